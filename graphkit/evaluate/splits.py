"""Which gold data is held out: the one definition every figure, report and script uses.

Rules are written by reading the errors on *development* data. Figures on data whose
sentences nobody read while writing them (*held-out* data) say whether the rules hold on
news they were not tuned to; they stop saying it as soon as someone opens a held-out
sentence to find a rule. So held-out documents are scored, never shown: their figures are
printed, their texts, misses and false positives are not (see ``docs/evaluation.md``).

* **re3d-dev**: a document is held out when its subset (the folder it was read from) is
  one of :data:`RE3D_HELD_OUT`, ``US_State_Department`` and ``Wikipedia``: two of the five
  subsets, drawn by :func:`draw_held_out_subsets` with seed 17 before any rule change of
  the round that introduced the split. Subsets of other names are development data.
* **plover-dev**: an item is held out when the SHA-256 of its id, read as a number, is a
  multiple of 3 (34 of the 138 items): a rule that needs no list and stays put when items
  are added or reordered.

Examples
--------
>>> re3d_split("Wikipedia"), re3d_split("UK_Government")
('held-out', 'dev')
>>> plover_split("PLOVER-GSR01-AGREE-0001")
'dev'
>>> selected("held-out", "all"), selected("held-out", "dev")
(True, False)
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterable
from typing import Literal

__all__ = [
    "RE3D_HELD_OUT",
    "RE3D_SEED",
    "SPLITS",
    "Split",
    "SplitChoice",
    "draw_held_out_subsets",
    "plover_split",
    "re3d_split",
    "selected",
]

Split = Literal["dev", "held-out"]
"""The part of the gold data a document or item belongs to."""
SplitChoice = Literal["dev", "held-out", "all"]
"""What a command evaluates: one part or both."""
SPLITS: tuple[SplitChoice, ...] = ("dev", "held-out", "all")

RE3D_SEED = 17
RE3D_HELD_OUT = frozenset({"US_State_Department", "Wikipedia"})
"""The re3d-dev subsets held out: ``draw_held_out_subsets`` of the five, fixed here so that
adding or renaming a subset can never move one into development."""

_PLOVER_MODULUS = 3


def draw_held_out_subsets(subsets: Iterable[str], seed: int = RE3D_SEED, k: int = 2) -> list[str]:
    """The draw that chose :data:`RE3D_HELD_OUT`, kept to show how it was made.

    >>> five = ["Australian_Department_of_Foreign_Affairs", "Delegation_of_the_European_Union_to_Syria",
    ...         "UK_Government", "US_State_Department", "Wikipedia"]
    >>> sorted(draw_held_out_subsets(five)) == sorted(RE3D_HELD_OUT)
    True
    """
    return random.Random(seed).sample(sorted(subsets), k)


def re3d_split(subset: str) -> Split:
    """The part a re3d document of ``subset`` (its folder's name) belongs to."""
    return "held-out" if subset in RE3D_HELD_OUT else "dev"


def plover_split(item_id: str) -> Split:
    """The part a plover-dev item belongs to, from its id alone.

    >>> sum(plover_split(f"item-{n}") == "held-out" for n in range(300))
    89
    """
    digest = int(hashlib.sha256(item_id.encode("utf-8")).hexdigest(), 16)
    return "held-out" if digest % _PLOVER_MODULUS == 0 else "dev"


def selected(split: Split, choice: SplitChoice) -> bool:
    """Whether data of ``split`` is part of what ``choice`` evaluates."""
    return choice == "all" or split == choice
