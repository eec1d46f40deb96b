"""Score predicted relations against plover-dev items: is the gold actor pair found, and how?

Each item codes one event of one sentence, so relations beyond it are not errors: there is
no precision here, only shares of items.

Matching an actor
-----------------
A predicted mention (a relation's source or target) *matches* a gold actor

* by code, when the mention's country equals one of the actor's roots (its ``roots``, else
  its ``root``, else its ``country``: an ISO-3 code, ``IGO`` or ``NGO``), or the mention's
  code starts with one (``RUSMIL`` matches ``RUS``, ``IGOUNO`` matches ``IGO``);
* by name, when the normalised mention text or label and a normalised gold name are equal
  or one holds the other as whole words ("U.S." and "U.S. Secretary of State Warren
  Christopher"). Normalising lowers the case, drops dots, turns other punctuation into
  spaces and drops a leading "the". A pronoun or determiner (:data:`NO_NAME`) never
  matches by name, and a generic word (:data:`GENERIC`: "police", "rebels") inside a
  longer gold name matches only as its first word ("police" ~ "Police Forces of Nigeria",
  not "rebels" ~ "Rwandan rebels").

Figures (shares of the items scored)
------------------------------------
``pairs_found``
    some relation of the item links a gold source and a gold target, in either direction;
``directed``
    some relation links them in the gold direction (either direction for ``reciprocal``
    items, which have none);
``class_ok``
    some relation that links the pair has the gold polarity: QuadClass 1 or 2 for
    cooperation, 3 or 4 for conflict;
``quad_ok``
    some relation that links the pair has one of the item's accepted QuadClasses.

``preds_per_item`` counts every relation predicted, linked to the pair or not.

Examples
--------
>>> normalise("The U.S. Army's"), name_matches("police", "police forces of nigeria")
('us army s', True)
>>> name_matches("rebels", "rwandan rebels"), name_matches("they", "they")
(False, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal

from pydantic import BaseModel, computed_field

from graphkit.evaluate.plover import PloverActor, PloverItem
from graphkit.evaluate.splits import Split
from graphkit.models import Mention, Relation

__all__ = [
    "GENERIC",
    "NO_NAME",
    "ItemJudgement",
    "PairEnd",
    "PairScores",
    "PredictedPair",
    "direction",
    "judge_item",
    "name_matches",
    "normalise",
    "score_pairs",
]

# fmt: off
NO_NAME = frozenset({
    "", "a", "an", "the", "i", "we", "you", "he", "she", "it", "they", "them", "his", "her", "its",
    "their", "our", "this", "that", "these", "those", "who", "which", "one", "both", "all", "some",
    "other", "others",
})
"""Words that name no one: never a match by name."""

GENERIC = frozenset({
    "army", "authorities", "civilians", "countries", "country", "force", "forces", "government",
    "group", "groups", "gunmen", "men", "armed men", "military", "militants", "militia", "militias",
    "officials", "party", "people", "police", "protesters", "rebels", "residents", "rioters",
    "security forces", "side", "sides", "soldiers", "state", "troops",
})
# fmt: on
"""Words naming a kind of actor, not which one: inside a longer gold name, a match only as its first word."""

_NOT_WORD = re.compile(r"[^\w]+")


class PairEnd(BaseModel):
    """What matching needs of a predicted mention."""

    text: str
    label: str = ""
    code: str = ""
    country: str | None = None

    @classmethod
    def of(cls, mention: Mention) -> PairEnd:
        return cls(text=mention.text, label=mention.label, code=mention.code, country=mention.country)


class PredictedPair(BaseModel):
    """What the scorer needs of a relation predicted for one item."""

    item_id: str
    source: PairEnd
    target: PairEnd
    quad_class: int
    cameo: str = ""
    confidence: float | None = None
    rule: str | None = None
    modality: str = "asserted"

    @classmethod
    def of(cls, item_id: str, rel: Relation) -> PredictedPair:
        """The scorer's view of a relation extracted from item ``item_id``."""
        return cls(
            item_id=item_id,
            source=PairEnd.of(rel.source),
            target=PairEnd.of(rel.target),
            quad_class=rel.quad_class,
            cameo=rel.cameo,
            confidence=rel.confidence,
            rule=rel.rule,
            modality=rel.modality,
        )


class ItemJudgement(BaseModel):
    """What the predictions of one item achieve."""

    item_id: str
    split: Split
    found: bool
    directed: bool
    class_ok: bool
    quad_ok: bool
    linking: list[int]
    """Indices, in the item's predictions, of those linking the gold pair."""


class PairScores(BaseModel):
    """Counts of items, and the shares the module docstring defines."""

    items: int
    relations: int
    found: int
    directed_found: int
    class_found: int
    quad_found: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def pairs_found(self) -> float:
        return self.found / self.items if self.items else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def directed(self) -> float:
        return self.directed_found / self.items if self.items else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def class_ok(self) -> float:
        return self.class_found / self.items if self.items else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def quad_ok(self) -> float:
        return self.quad_found / self.items if self.items else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def preds_per_item(self) -> float:
        return self.relations / self.items if self.items else 0.0


def normalise(name: str | None) -> str:
    """A name as matching compares it (see the module docstring)."""
    words = _NOT_WORD.sub(" ", (name or "").lower().replace(".", "")).split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def name_matches(mention: str, gold: str) -> bool:
    """Whether a normalised mention name and a normalised gold name match by name."""
    if mention in NO_NAME or gold in NO_NAME:
        return False
    padded_mention, padded_gold = f" {mention} ", f" {gold} "
    if padded_gold in padded_mention:  # the gold name whole inside the mention, or equal
        return True
    if padded_mention not in padded_gold:
        return False
    # "rebels" inside "Rwandan rebels" names a kind, not these rebels
    return mention not in GENERIC or gold.startswith(mention + " ")


def matches_by_code(end: PairEnd, actor: PloverActor) -> bool:
    """Whether the mention's country is a root of the actor, or its code starts with one.

    >>> moscow = PairEnd(text="Moscow", code="RUSGOV", country=None)
    >>> matches_by_code(moscow, PloverActor(name="Russia", root="RUS"))
    True
    """
    code, country = end.code.upper(), (end.country or "").upper()
    return any(country == root.upper() or code.startswith(root.upper()) for root in actor.roots_or_root)


def matches_by_name(end: PairEnd, actor: PloverActor) -> bool:
    """Whether the mention's text or label matches one of the actor's names."""
    mention_names = {normalise(end.text), normalise(end.label)}
    return any(name_matches(m, normalise(g)) for m in mention_names for g in actor.all_names)


def matches(end: PairEnd, actors: Sequence[PloverActor]) -> bool:
    """Whether the mention matches one of ``actors`` by code or by name."""
    return any(matches_by_code(end, actor) or matches_by_name(end, actor) for actor in actors)


def direction(item: PloverItem, pred: PredictedPair) -> Literal["forward", "backward"] | None:
    """How ``pred`` links the item's gold pair: ``forward`` (gold source to gold target),
    ``backward``, or not at all (``None``). Forward wins when both hold."""
    if matches(pred.source, item.source) and matches(pred.target, item.target):
        return "forward"
    if matches(pred.source, item.target) and matches(pred.target, item.source):
        return "backward"
    return None


def polarity_ok(item: PloverItem, quad_class: int) -> bool:
    """Whether a QuadClass has the item's polarity (1, 2 cooperation; 3, 4 conflict)."""
    return (quad_class <= 2) == (item.polarity == "cooperation")


def judge_item(item: PloverItem, preds: Sequence[PredictedPair]) -> ItemJudgement:
    """What the item's predictions achieve, as the module docstring defines."""
    ways = [direction(item, pred) for pred in preds]
    linking = [n for n, way in enumerate(ways) if way is not None]
    forward = any(way == "forward" for way in ways)
    return ItemJudgement(
        item_id=item.id,
        split=item.split,
        found=bool(linking),
        directed=forward if item.kind == "directed" else bool(linking),
        class_ok=any(polarity_ok(item, preds[n].quad_class) for n in linking),
        quad_ok=any(preds[n].quad_class in item.quad_ok for n in linking),
        linking=linking,
    )


def score_pairs(judgements: Iterable[ItemJudgement], relations: int) -> PairScores:
    """The figures of judged items, given the number of relations predicted for them.

    >>> j = ItemJudgement(item_id="i", split="dev", found=True, directed=False, class_ok=True,
    ...                   quad_ok=False, linking=[0])
    >>> score_pairs([j, j.model_copy(update={"found": False, "class_ok": False})], 3).class_ok
    0.5
    """
    judged = list(judgements)
    return PairScores(
        items=len(judged),
        relations=relations,
        found=sum(j.found for j in judged),
        directed_found=sum(j.directed for j in judged),
        class_found=sum(j.class_ok for j in judged),
        quad_found=sum(j.quad_ok for j in judged),
    )
