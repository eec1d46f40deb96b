"""Score predicted relations and actor mentions against re3d gold: pure functions on plain data.

Relations
---------
*In scope* are gold relations of the actor-to-actor types FightingAgainst and Dislikes
(class ``conflict``), AlliesOf and Likes (``cooperation``) and CommWith (``communication``)
whose two ends each carry, at exactly their span, a gold entity of type Organisation, Person
or Nationality, and neither end is a first or second person pronoun (:data:`PRONOUNS`, whole
mention, case-insensitive). re3d often records one relation in both directions, and may mark
one pair both FightingAgainst and Dislikes: gold relations are therefore counted once per
(document, class, unordered pair of end spans).

Two spans *overlap* when they share a character. A prediction *matches* a gold relation of
the same document when its source overlaps one gold end and its target the other, in either
direction. A prediction *claims* classes by its QuadClass and CAMEO code: 3 or 4 conflict,
1 or 2 cooperation, QuadClass 1 or CAMEO root 01, 02 or 04 communication (so a QuadClass 1
prediction claims both cooperation and communication).

Recall: the share of gold relations matched by at least one prediction (*unlabeled*), or by
one that claims the gold class (*labeled*). A gold relation matched by several predictions
counts once.

Precision: re3d marks relations only between entities it annotated, so only *judged*
predictions count: those whose two spans both overlap a gold Organisation, Person or
Nationality mention other than a first or second person pronoun. Repeats of one claim (same
document, same unordered pair of spans, same classes) count once. Each judged prediction is
correct when it matches some gold relation (unlabeled), or some gold relation of a class it
claims (labeled). Several predictions can be correct through one gold relation (say "Iran"
and "the Iranian government" against a gold "Iranian government"): each counts.

Per class, recall uses the gold relations of that class and precision the judged predictions
claiming it; overall figures use every gold relation and every judged prediction.

Actor mentions
--------------
A *gold actor mention* is a gold Organisation, Person or Nationality mention (one per span),
except first and second person pronouns and Organisation mentions holding a word of
:data:`NON_ACTOR_WORDS` (companies, media, schools, hospitals, museums, events). Groups of
people ("civilians", "the Syrian people"), nominals ("the regime") and third person pronouns
stay: re3d relates them as actors and CAMEO codes them (``CVL``, ``GOV``).

Recall: the share of gold actor mentions overlapped by some predicted mention. Precision:
the share of predicted mentions (one per span) overlapping a gold Organisation, Person or
Nationality mention that is not excluded by :data:`NON_ACTOR_WORDS` (pronouns count: the
annotators marked an actor there), or, for a predicted mention of type ``state``, a gold
Location: re3d tags country names as Location also where the country acts ("Iran supplies
Russia"), where graphkit reads the state as a metonym.

Examples
--------
>>> sorted(relation_classes(1, "042"))
['communication', 'cooperation']
>>> Score(gold=4, matched_gold=1, predicted=2, correct=1).f1
0.333...
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Literal, TypeVar

from pydantic import BaseModel, computed_field

from graphkit.evaluate.re3d import GoldEnd, GoldEntity, Re3dGold
from graphkit.models import Mention, Relation, Span

__all__ = [
    "ACTOR_ENTITY_TYPES",
    "CLASSES",
    "NON_ACTOR_WORDS",
    "PRONOUNS",
    "RE3D_CLASSES",
    "ClassScores",
    "FalsePositive",
    "Judged",
    "PredictedMention",
    "PredictedRelation",
    "RelationClass",
    "RelationMiss",
    "RelationScores",
    "ScopedRelation",
    "Score",
    "gold_actor_mentions",
    "gold_relations_in_scope",
    "is_pronoun",
    "judge_predictions",
    "relation_classes",
    "score_mentions",
    "score_relations",
    "sentence_around",
]

RelationClass = Literal["conflict", "cooperation", "communication"]
CLASSES: tuple[RelationClass, ...] = ("conflict", "cooperation", "communication")

RE3D_CLASSES: dict[str, RelationClass] = {
    "FightingAgainst": "conflict",
    "Dislikes": "conflict",
    "AlliesOf": "cooperation",
    "Likes": "cooperation",
    "CommWith": "communication",
}
"""The re3d relation types that relate two actors, and their class."""

ACTOR_ENTITY_TYPES = frozenset({"Organisation", "Person", "Nationality"})

# fmt: off
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
    "you", "your", "yours", "yourself", "yourselves",
})
"""First and second person pronouns: the speaker or reader, never a named actor."""

NON_ACTOR_WORDS = frozenset({
    "company", "companies", "firm", "business", "businesses", "businessmen", "corporation", "operator",
    "media", "news", "television", "tv", "radio", "newspaper", "broadcaster",
    "university", "universities", "college", "school", "schools", "students",
    "hospital", "lab", "museum", "museums", "heritage",
    "summit", "conference", "dialogue", "project",
})
# fmt: on
"""Words marking an Organisation mention as no geopolitical actor (matched as whole words)."""

_COMMUNICATION_ROOTS = frozenset({"01", "02", "04"})
_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+|\n+")


class Score(BaseModel):
    """Counts behind one precision / recall / F1 figure.

    >>> Score(gold=2, matched_gold=1, predicted=0, correct=0).recall
    0.5
    """

    gold: int
    matched_gold: int
    predicted: int
    correct: int

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class PredictedRelation(BaseModel):
    """What the scorer needs of a predicted relation.

    >>> PredictedRelation(doc_id="d1", source=Span(start=0, end=4, text="Iran"),
    ...                   target=Span(start=9, end=13, text="Iraq"), quad_class=1).cameo
    ''
    """

    doc_id: str
    source: Span
    target: Span
    quad_class: int
    cameo: str = ""
    sentence: str | None = None
    confidence: float | None = None
    """Carried for the reliability table and calibration; the scores ignore it."""
    rule: str | None = None
    modality: str = "asserted"

    @classmethod
    def of(cls, doc_id: str, rel: Relation) -> PredictedRelation:
        """The scorer's view of an extracted relation of document ``doc_id``."""
        return cls(
            doc_id=doc_id,
            source=Span(start=rel.source.start, end=rel.source.end, text=rel.source.text),
            target=Span(start=rel.target.start, end=rel.target.end, text=rel.target.text),
            quad_class=rel.quad_class,
            cameo=rel.cameo,
            sentence=rel.sentence.text,
            confidence=rel.confidence,
            rule=rel.rule,
            modality=rel.modality,
        )


class PredictedMention(BaseModel):
    """What the scorer needs of a predicted actor mention (``type`` as in :class:`Mention`)."""

    doc_id: str
    start: int
    end: int
    text: str
    type: str

    @classmethod
    def of(cls, doc_id: str, mention: Mention) -> PredictedMention:
        """The scorer's view of an extracted mention of document ``doc_id``."""
        return cls(doc_id=doc_id, start=mention.start, end=mention.end, text=mention.text, type=mention.type)


class ScopedRelation(BaseModel):
    """A gold relation in scope, merged over its duplicates."""

    doc_id: str
    cls: RelationClass
    source: GoldEnd
    target: GoldEnd
    types: list[str]
    """The re3d types merged into it (``["FightingAgainst", "Dislikes"]``)."""
    sentence: str
    where: str


class RelationMiss(BaseModel):
    """A gold relation no prediction matched with its class."""

    relation: ScopedRelation
    wrong_label: bool
    """Matched, but only by predictions claiming other classes."""


class FalsePositive(BaseModel):
    """A judged prediction that matches no gold relation of a class it claims."""

    prediction: PredictedRelation
    classes: list[RelationClass]
    sentence: str
    wrong_label: bool
    """It matches a gold relation, of a class it does not claim."""


class Judged(BaseModel):
    """A judged prediction (the first of its repeats) and whether it is right."""

    prediction: PredictedRelation
    classes: list[RelationClass]
    matched: bool
    """It matches some gold relation (unlabeled right)."""
    right: bool
    """It matches some gold relation of a class it claims (labeled right)."""


class ClassScores(BaseModel):
    """Unlabeled and labeled figures of one class, or of all."""

    unlabeled: Score
    labeled: Score


class RelationScores(BaseModel):
    """Relation figures per class and overall, with the errors behind them."""

    classes: dict[RelationClass, ClassScores]
    overall: ClassScores
    predictions: int
    """Predictions given, before leaving out repeats and unjudged ones."""
    judged: int
    misses: list[RelationMiss]
    false_positives: list[FalsePositive]


def relation_classes(quad_class: int, cameo: str = "") -> frozenset[RelationClass]:
    """The classes a prediction claims by its QuadClass and CAMEO code.

    >>> sorted(relation_classes(4, "190")), sorted(relation_classes(3, "040"))
    (['conflict'], ['communication', 'conflict'])
    """
    classes: set[RelationClass] = set()
    if quad_class in (3, 4):
        classes.add("conflict")
    if quad_class in (1, 2):
        classes.add("cooperation")
    if quad_class == 1 or cameo[:2] in _COMMUNICATION_ROOTS:
        classes.add("communication")
    return frozenset(classes)


def is_pronoun(text: str) -> bool:
    """Whether a mention is a first or second person pronoun.

    >>> is_pronoun(" We"), is_pronoun("they")
    (True, False)
    """
    return text.strip().lower() in PRONOUNS


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or line) of ``text`` holding ``text[start:end]``, on one line.

    >>> sentence_around("Hi. Iran met Iraq.\\nBye.", 4, 8)
    'Iran met Iraq.'
    """
    begin = 0
    for brk in _SENTENCE_BREAK.finditer(text, 0, start):
        begin = brk.end()
    after = _SENTENCE_BREAK.search(text, end)
    # keep the full stop, drop the space or line break after it
    stop = after.start() + len(after.group().rstrip()) if after else len(text)
    return " ".join(text[begin:stop].split())


def gold_relations_in_scope(gold: Re3dGold) -> list[ScopedRelation]:
    """The gold relations scored, merged over duplicates, in reading order."""
    types_at = _entity_types_by_span(gold.entities)
    merged: dict[tuple[str, RelationClass, frozenset[tuple[int, int]]], ScopedRelation] = {}
    for rel in gold.relations:
        cls = RE3D_CLASSES.get(rel.type)
        if cls is None or not all(
            types_at.get((rel.doc_id, e.start, e.end), set()) & ACTOR_ENTITY_TYPES and not is_pronoun(e.text)
            for e in (rel.source, rel.target)
        ):
            continue
        key = (
            rel.doc_id,
            cls,
            frozenset({(rel.source.start, rel.source.end), (rel.target.start, rel.target.end)}),
        )
        if key in merged:
            if rel.type not in merged[key].types:
                merged[key].types.append(rel.type)
            continue
        text = gold.documents[rel.doc_id].text
        merged[key] = ScopedRelation(
            doc_id=rel.doc_id,
            cls=cls,
            source=rel.source,
            target=rel.target,
            types=[rel.type],
            sentence=sentence_around(
                text, min(rel.source.start, rel.target.start), max(rel.source.end, rel.target.end)
            ),
            where=rel.where,
        )
    return list(merged.values())


def score_relations(gold: Re3dGold, predictions: Iterable[PredictedRelation]) -> RelationScores:
    """Relation precision, recall and F1 per class and overall, as the module docstring defines.

    >>> import json, pathlib, tempfile
    >>> from graphkit.evaluate.re3d import read_re3d
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "documents.json").write_text(json.dumps({"_id": "d", "text": "Iran fought Iraq."}))
    >>> ents = [{"begin": b, "end": e, "type": "Organisation", "value": v, "documentId": "d"}
    ...         for b, e, v in [(0, 4, "Iran"), (12, 16, "Iraq")]]
    >>> _ = (folder / "entities.json").write_text("\\n".join(map(json.dumps, ents)))
    >>> _ = (folder / "relations.json").write_text(json.dumps({"sourceBegin": 0, "sourceEnd": 4,
    ...     "source": "Iran", "targetBegin": 12, "targetEnd": 16, "target": "Iraq",
    ...     "type": "FightingAgainst", "documentId": "d"}))
    >>> pred = PredictedRelation(doc_id="d", source=Span(start=12, end=16, text="Iraq"),
    ...                          target=Span(start=0, end=4, text="Iran"), quad_class=4)
    >>> scores = score_relations(read_re3d(folder), [pred, pred])
    >>> scores.overall.labeled.f1, scores.judged
    (1.0, 1)
    """
    scoped = gold_relations_in_scope(gold)
    given, judged, found_by = _judge(gold, scoped, predictions)

    def class_scores(gold_rels: Sequence[ScopedRelation], cls: RelationClass | None) -> ClassScores:
        claiming = [(c, m) for _, c, m in judged if cls is None or cls in c]
        unlabeled = Score(
            gold=len(gold_rels),
            matched_gold=sum(id(g) in found_by for g in gold_rels),
            predicted=len(claiming),
            correct=sum(bool(m) for _, m in claiming),
        )
        labeled = Score(
            gold=len(gold_rels),
            matched_gold=sum(g.cls in found_by.get(id(g), set()) for g in gold_rels),
            predicted=len(claiming),
            correct=sum(any(g.cls in c and (cls is None or g.cls == cls) for g in m) for c, m in claiming),
        )
        return ClassScores(unlabeled=unlabeled, labeled=labeled)

    texts = {doc_id: doc.text for doc_id, doc in gold.documents.items()}
    return RelationScores(
        classes={cls: class_scores([g for g in scoped if g.cls == cls], cls) for cls in CLASSES},
        overall=class_scores(scoped, None),
        predictions=given,
        judged=len(judged),
        misses=[
            RelationMiss(relation=g, wrong_label=id(g) in found_by)
            for g in scoped
            if g.cls not in found_by.get(id(g), set())
        ],
        false_positives=[
            FalsePositive(
                prediction=pred,
                classes=[c for c in CLASSES if c in classes],
                sentence=" ".join(pred.sentence.split())
                if pred.sentence
                else _prediction_sentence(texts.get(pred.doc_id, ""), pred),
                wrong_label=bool(matches),
            )
            for pred, classes, matches in judged
            if not any(g.cls in classes for g in matches)
        ],
    )


def judge_predictions(gold: Re3dGold, predictions: Iterable[PredictedRelation]) -> list[Judged]:
    """The judged predictions, each with whether it is right, as :func:`score_relations` judges.

    Repeats of one claim appear once (the first); unjudged predictions not at all. The
    reliability table and the confidence calibration read these.
    """
    _, judged, _ = _judge(gold, gold_relations_in_scope(gold), predictions)
    return [
        Judged(
            prediction=pred,
            classes=[c for c in CLASSES if c in classes],
            matched=bool(matches),
            right=any(g.cls in classes for g in matches),
        )
        for pred, classes, matches in judged
    ]


_Judgement = tuple[PredictedRelation, frozenset[RelationClass], list[ScopedRelation]]


def _judge(
    gold: Re3dGold, scoped: Sequence[ScopedRelation], predictions: Iterable[PredictedRelation]
) -> tuple[int, list[_Judgement], dict[int, set[RelationClass]]]:
    """Predictions given, the judged ones with their matches, and the classes found per gold relation.

    The last is keyed by ``id()`` of the gold relations in ``scoped``.
    """
    entities = _by_doc(e for e in gold.entities if e.type in ACTOR_ENTITY_TYPES and not is_pronoun(e.text))
    gold_by_doc: dict[str, list[ScopedRelation]] = {}
    for rel in scoped:
        gold_by_doc.setdefault(rel.doc_id, []).append(rel)

    given = 0
    seen: set[tuple[str, frozenset[tuple[int, int]], frozenset[RelationClass]]] = set()
    judged: list[_Judgement] = []
    # classes claimed by the predictions matching each gold relation, keyed by id(gold relation)
    found_by: dict[int, set[RelationClass]] = {}
    for pred in predictions:
        given += 1
        classes = relation_classes(pred.quad_class, pred.cameo)
        key = (pred.doc_id, frozenset({_pair(pred.source), _pair(pred.target)}), classes)
        if key in seen:
            continue
        seen.add(key)
        matches = [g for g in gold_by_doc.get(pred.doc_id, []) if _matches(pred, g)]
        for g in matches:
            found_by.setdefault(id(g), set()).update(classes)
        doc_entities = entities.get(pred.doc_id, [])
        if all(
            any(_overlap(_pair(span), (e.start, e.end)) for e in doc_entities)
            for span in (pred.source, pred.target)
        ):
            judged.append((pred, classes, matches))
    return given, judged, found_by


def gold_actor_mentions(gold: Re3dGold) -> list[GoldEntity]:
    """The gold mentions actor-mention recall is measured on (see the module docstring)."""
    # filter before merging spans: one span can carry both a Location and an Organisation
    return _unique_spans(e for e in gold.entities if _is_actor_entity(e) and not is_pronoun(e.text))


def score_mentions(gold: Re3dGold, predictions: Iterable[PredictedMention]) -> Score:
    """Actor-mention precision and recall, as the module docstring defines.

    >>> import json, pathlib, tempfile
    >>> from graphkit.evaluate.re3d import read_re3d
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "documents.json").write_text(json.dumps({"_id": "d", "text": "Iran met Reuters."}))
    >>> ents = [{"begin": 0, "end": 4, "type": "Location", "value": "Iran", "documentId": "d"},
    ...         {"begin": 9, "end": 16, "type": "Organisation", "value": "Reuters", "documentId": "d"}]
    >>> _ = (folder / "entities.json").write_text("\\n".join(map(json.dumps, ents)))
    >>> _ = (folder / "relations.json").write_text("")
    >>> iran = PredictedMention(doc_id="d", start=0, end=4, text="Iran", type="state")
    >>> score_mentions(read_re3d(folder), [iran])
    Score(gold=1, matched_gold=0, predicted=1, correct=1, precision=1.0, recall=0.0, f1=0.0)
    """
    preds = _unique_spans(predictions)
    actors = _by_doc(gold_actor_mentions(gold))
    fair = _by_doc(e for e in gold.entities if _is_actor_entity(e) or e.type == "Location")
    matched = sum(
        any(_overlap((p.start, p.end), (g.start, g.end)) for p in preds if p.doc_id == g.doc_id)
        for doc in actors.values()
        for g in doc
    )
    correct = sum(
        any(
            _overlap((p.start, p.end), (e.start, e.end)) and (e.type != "Location" or p.type == "state")
            for e in fair.get(p.doc_id, [])
        )
        for p in preds
    )
    return Score(
        gold=sum(map(len, actors.values())), matched_gold=matched, predicted=len(preds), correct=correct
    )


def _is_actor_entity(entity: GoldEntity) -> bool:
    if entity.type not in ACTOR_ENTITY_TYPES:
        return False
    return entity.type != "Organisation" or not NON_ACTOR_WORDS & set(_WORD.findall(entity.text.lower()))


def _entity_types_by_span(entities: Iterable[GoldEntity]) -> dict[tuple[str, int, int], set[str]]:
    types: dict[tuple[str, int, int], set[str]] = {}
    for e in entities:
        types.setdefault((e.doc_id, e.start, e.end), set()).add(e.type)
    return types


_T = TypeVar("_T", GoldEntity, PredictedMention)


def _unique_spans(items: Iterable[_T]) -> list[_T]:
    """The first item of each (document, start, end), in order."""
    unique: dict[tuple[str, int, int], _T] = {}
    for item in items:
        unique.setdefault((item.doc_id, item.start, item.end), item)
    return list(unique.values())


def _by_doc(items: Iterable[_T]) -> dict[str, list[_T]]:
    grouped: dict[str, list[_T]] = {}
    for item in items:
        grouped.setdefault(item.doc_id, []).append(item)
    return grouped


def _pair(span: Span | GoldEnd) -> tuple[int, int]:
    return span.start, span.end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _matches(pred: PredictedRelation, gold: ScopedRelation) -> bool:
    s, t, gs, gt = _pair(pred.source), _pair(pred.target), _pair(gold.source), _pair(gold.target)
    return (_overlap(s, gs) and _overlap(t, gt)) or (_overlap(s, gt) and _overlap(t, gs))


def _prediction_sentence(text: str, pred: PredictedRelation) -> str:
    return sentence_around(
        text, min(pred.source.start, pred.target.start), max(pred.source.end, pred.target.end)
    )
