"""Reliability table: how often a prediction is right, per band of the confidence it carries.

A confidence means something when an analyst who keeps only the edges above a threshold
gets better edges: precision should rise from band to band, and the top band should be
right about as often as its confidence says. The bands are fixed so that figures of
different revisions compare:

========== =====================
band       confidence
========== =====================
``< 0.5``  below 0.5
``0.5–0.7`` 0.5 up to 0.7
``0.7–0.85`` 0.7 up to 0.85
``≥ 0.85`` 0.85 and more
========== =====================

What "right" is comes from the caller: on re3d a judged prediction whose labeled class
matches a gold relation (:func:`graphkit.evaluate.scoring.judge_predictions`).

Examples
--------
>>> table = reliability([(0.9, True), (0.9, True), (0.6, False), (0.6, True), (None, True)])
>>> [(band.label, band.right, band.judged) for band in table.bands]
[('< 0.5', 0, 0), ('0.5–0.7', 1, 2), ('0.7–0.85', 0, 0), ('≥ 0.85', 2, 2)]
>>> table.rising, table.without_confidence
(True, 1)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from pydantic import BaseModel, computed_field

__all__ = ["BANDS", "Band", "ReliabilityTable", "band_of", "reliability"]

BANDS: tuple[tuple[str, float], ...] = (("< 0.5", 0.0), ("0.5–0.7", 0.5), ("0.7–0.85", 0.7), ("≥ 0.85", 0.85))
"""Each band's label and lowest confidence; a band ends where the next begins."""


class Band(BaseModel):
    """Judged predictions of one confidence band and how many were right."""

    label: str
    low: float
    judged: int = 0
    right: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        """Right over judged; ``None`` for an empty band (no figure, rather than a false 0)."""
        return self.right / self.judged if self.judged else None


class ReliabilityTable(BaseModel):
    """Precision per confidence band."""

    bands: list[Band]
    without_confidence: int = 0
    """Judged predictions that carried no confidence (left out of the bands)."""

    @computed_field  # type: ignore[prop-decorator]
    @property
    def rising(self) -> bool:
        """Whether precision rises strictly from each non-empty band to the next non-empty one."""
        figures = [band.precision for band in self.bands if band.precision is not None]
        return all(low < high for low, high in itertools.pairwise(figures))


def band_of(confidence: float) -> int:
    """The index in :data:`BANDS` of the band holding ``confidence``.

    >>> band_of(0.49), band_of(0.5), band_of(0.85), band_of(1.0)
    (0, 1, 3, 3)
    """
    index = 0
    for number, (_, low) in enumerate(BANDS):
        if confidence >= low:
            index = number
    return index


def reliability(judgements: Iterable[tuple[float | None, bool]]) -> ReliabilityTable:
    """The reliability table of ``(confidence, right)`` pairs, one per judged prediction."""
    bands = [Band(label=label, low=low) for label, low in BANDS]
    missing = 0
    for confidence, right in judgements:
        if confidence is None:
            missing += 1
            continue
        band = bands[band_of(confidence)]
        band.judged += 1
        band.right += right
    return ReliabilityTable(bands=bands, without_confidence=missing)
