"""Estimate each rule's precision, and each modality's effect on it, from judged predictions.

A rule's confidence should be the share of its predictions that are right. Measured on a
few dozen development predictions, a raw share is noise for most rules (a rule right 2
times of 2 is not right 100 % of the time), so each estimate is shrunk toward what is known
of its kind, by empirical Bayes with ``k`` pseudo-observations (:data:`K` = 5):

* the **overall rate** is the raw share of right predictions;
* a **family's rate** (the family is the rule name's first part: ``verb`` for ``verb`` and
  ``verb-passive``, ``noun`` for ``noun-between``; see
  :func:`graphkit.relations.confidence.family_of`) is
  ``(right + k · overall rate) / (judged + k)``;
* a **rule's precision** is ``(right + k · family rate) / (judged + k)``.

A rule with no judged prediction gets its family's rate, a family with none the overall
rate. ``k = 5`` says: five predictions of the rule weigh as much as everything known of its
family. It is small enough that a rule judged 20 times or more is mostly its own figure.

**Modality factors.** Modality (hedged, negated …) is read apart from the rule, and rules
differ in how often they meet each modality, so a modality's raw precision would mix the
two. Its factor is instead observed over expected right predictions, with ``k`` expected
pseudo-observations at factor 1: ``(right + k) / (Σ rule precision + k)``, the sum over the
judged predictions of that modality. A modality seen rarely keeps a factor near 1, and no
other modality's factor exceeds :data:`UNASSERTED_CEILING` times the asserted one's: hedging,
speculating or negating never makes a claim surer than asserting it.

Examples
--------
>>> calibration = calibrate([("verb", "asserted", True)] * 6 + [("verb-passive", "asserted", False)] * 2)
>>> calibration.overall.precision, calibration.families["verb"].precision
(0.75, 0.75)
>>> calibration.rules["verb-passive"].precision
0.5357...
>>> round(calibration.modalities["asserted"].factor, 3)
0.966
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel

from graphkit.evaluate.pairs import PredictedPair, direction, polarity_ok
from graphkit.evaluate.plover import PloverItem
from graphkit.evaluate.scoring import Judged
from graphkit.relations.confidence import family_of

__all__ = [
    "UNASSERTED_CEILING",
    "Calibration",
    "Estimate",
    "K",
    "ModalityEstimate",
    "Sample",
    "calibrate",
    "plover_samples",
    "re3d_samples",
    "shrunk",
]

Sample = tuple[str, str, bool]
"""One judged prediction: its rule, its modality, and whether it is right."""

K = 5.0
"""Pseudo-observations of the prior in every shrunk estimate."""

UNASSERTED_CEILING = 0.95
"""The most a hedged, speculative or negated claim's factor may be, as a share of the asserted one's."""


class Estimate(BaseModel):
    """A rate and the counts behind it."""

    right: int
    judged: int
    precision: float
    family: str | None = None
    """For a rule: its family."""


class ModalityEstimate(BaseModel):
    """A modality's factor and the counts behind it."""

    right: int
    judged: int
    expected: float
    """Right predictions expected from the rules' precisions alone."""
    factor: float


class Calibration(BaseModel):
    """Every estimate :func:`calibrate` makes, as written to ``graphkit/data/confidence.yaml``."""

    k: float
    overall: Estimate
    families: dict[str, Estimate]
    rules: dict[str, Estimate]
    modalities: dict[str, ModalityEstimate]


def shrunk(right: float, judged: float, prior: float, k: float = K) -> float:
    """``(right + k · prior) / (judged + k)``: a share pulled toward ``prior`` by ``k`` observations.

    >>> shrunk(2, 2, 0.5), shrunk(0, 0, 0.6), shrunk(40, 50, 0.5)
    (0.6428571428571429, 0.6, 0.7727272727272727)
    """
    return (right + k * prior) / (judged + k)


def calibrate(judgements: Iterable[tuple[str, str, bool]], k: float = K) -> Calibration:
    """Estimates from ``(rule, modality, right)`` triples, one per judged prediction.

    The overall rate of no judgement at all is 0.5: nothing is known either way.
    """
    triples = list(judgements)
    right: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    family_right: Counter[str] = Counter()
    family_judged: Counter[str] = Counter()
    for rule, _, ok in triples:
        judged[rule] += 1
        right[rule] += ok
        family_judged[family_of(rule)] += 1
        family_right[family_of(rule)] += ok
    total_right = sum(right.values())
    overall = total_right / len(triples) if triples else 0.5
    families = {
        family: Estimate(
            right=family_right[family],
            judged=family_judged[family],
            precision=shrunk(family_right[family], family_judged[family], overall, k),
        )
        for family in sorted(family_judged)
    }
    rules = {
        rule: Estimate(
            right=right[rule],
            judged=judged[rule],
            precision=shrunk(right[rule], judged[rule], families[family_of(rule)].precision, k),
            family=family_of(rule),
        )
        for rule in sorted(judged)
    }
    modalities: dict[str, ModalityEstimate] = {}
    for modality in sorted({m for _, m, _ in triples}):
        mine = [(rule, ok) for rule, m, ok in triples if m == modality]
        hits = sum(ok for _, ok in mine)
        expected = sum(rules[rule].precision for rule, _ in mine)
        modalities[modality] = ModalityEstimate(
            right=hits, judged=len(mine), expected=expected, factor=(hits + k) / (expected + k)
        )
    asserted = modalities.get("asserted")
    ceiling = asserted.factor * UNASSERTED_CEILING if asserted is not None else None
    for modality, estimate in modalities.items():
        if ceiling is not None and modality != "asserted" and estimate.factor > ceiling:
            # hedging, speculating or negating never makes a claim surer than asserting it; a few
            # lucky hedged predictions must not rank them above asserted ones
            modalities[modality] = estimate.model_copy(update={"factor": round(ceiling, 3)})
    return Calibration(
        k=k,
        overall=Estimate(right=total_right, judged=len(triples), precision=overall),
        families=families,
        rules=rules,
        modalities=modalities,
    )


def re3d_samples(judged: Iterable[Judged]) -> list[Sample]:
    """Samples of re3d judged predictions: right when their labeled class matches a gold relation."""
    return [(j.prediction.rule or "unknown", j.prediction.modality, j.right) for j in judged]


def plover_samples(item: PloverItem, preds: Iterable[PredictedPair]) -> list[Sample]:
    """Samples of one plover item's predictions that link its gold pair, either way.

    Right when of the gold polarity, wrong when of the other; predictions with other ends
    are not judged (the item codes one event, not every relation of its sentence).
    """
    return [
        (pred.rule or "unknown", pred.modality, polarity_ok(item, pred.quad_class))
        for pred in preds
        if direction(item, pred) is not None
    ]
