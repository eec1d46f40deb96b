"""Run an extractor over gold documents and score what it finds, per part of the held-out split.

Any object with ``pipe(documents)`` yielding extractions (``doc``, ``mentions``,
``relations``) and a ``version`` will do: :class:`graphkit.extract.Extractor` in use, a
stand-in in tests.

Examples
--------
>>> import json, pathlib, tempfile
>>> from graphkit.models import DocumentInfo
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "documents.json").write_text(json.dumps({"_id": "d", "text": "Iran met Iraq."}))
>>> _ = (folder / "entities.json").write_text("")
>>> _ = (folder / "relations.json").write_text("")
>>> class Silent:
...     version = "0"
...     def pipe(self, docs):
...         return (Extraction(doc=DocumentInfo(id=d.id), mentions=[], relations=[]) for d in docs)
>>> from pydantic import BaseModel
>>> class Extraction(BaseModel):
...     doc: DocumentInfo
...     mentions: list
...     relations: list
>>> report = evaluate(folder, Silent())
>>> report.documents, report.relations.predictions
(1, 0)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from pydantic import BaseModel, Field

from graphkit.evaluate.events import EventScores, PredictedEvent, score_events
from graphkit.evaluate.pairs import PairScores, PredictedPair, judge_item, score_pairs
from graphkit.evaluate.petrarch import read_petrarch
from graphkit.evaluate.plover import read_plover
from graphkit.evaluate.re3d import Re3dGold, read_re3d
from graphkit.evaluate.reliability import ReliabilityTable, reliability
from graphkit.evaluate.scoring import (
    PredictedMention,
    PredictedRelation,
    RelationScores,
    Score,
    judge_predictions,
    score_mentions,
    score_relations,
)
from graphkit.evaluate.splits import SplitChoice, re3d_split, selected
from graphkit.models import Document, DocumentInfo, Mention, Relation

__all__ = [
    "EvaluationReport",
    "EventEvaluationReport",
    "ExtractionLike",
    "ExtractorLike",
    "PloverEvaluationReport",
    "PloverMiss",
    "PloverSplitFigures",
    "SplitFigures",
    "evaluate",
    "evaluate_petrarch",
    "evaluate_plover",
]


class ExtractionLike(Protocol):
    """What the evaluation reads of one extraction."""

    @property
    def doc(self) -> DocumentInfo: ...
    @property
    def mentions(self) -> Sequence[Mention]: ...
    @property
    def relations(self) -> Sequence[Relation]: ...


class ExtractorLike(Protocol):
    """What the evaluation needs of an extractor."""

    @property
    def version(self) -> str: ...
    def pipe(self, docs: Iterable[Document]) -> Iterator[ExtractionLike]: ...


class SplitFigures(BaseModel):
    """The headline figures of one part of the gold data (``dev``, ``held-out`` or ``all``)."""

    split: SplitChoice
    subsets: list[str]
    documents: int
    unlabeled: Score
    labeled: Score
    mentions: Score
    reliability: ReliabilityTable
    """Labeled precision per confidence band (:mod:`graphkit.evaluate.reliability`)."""


class EvaluationReport(BaseModel):
    """Figures of one run on re3d gold (definitions in :mod:`graphkit.evaluate.scoring`).

    ``relations`` and ``mentions`` are of the part evaluated (``split``); ``splits`` has the
    headline figures of each part of it. The misses and false positives in ``relations``
    are those of development documents only: held-out documents are scored, never shown
    (:mod:`graphkit.evaluate.splits`).
    """

    gold: str
    split: SplitChoice = "all"
    documents: int
    extractor: str
    relations: RelationScores
    mentions: Score
    splits: list[SplitFigures] = Field(default_factory=list)


class EventEvaluationReport(BaseModel):
    """Figures of one run on a PETRARCH validation file (see :mod:`graphkit.evaluate.events`)."""

    gold: str
    extractor: str
    events: EventScores


class PloverSplitFigures(BaseModel):
    """The figures of one part of plover-dev."""

    split: SplitChoice
    scores: PairScores


class PloverMiss(BaseModel):
    """A development item whose pair was not found with its class, and what was predicted."""

    item_id: str
    event: str | None
    polarity: str
    source: list[str]
    target: list[str]
    found: bool
    """The pair was found, with the other polarity only."""
    text: str
    predictions: list[str]


class PloverEvaluationReport(BaseModel):
    """Figures of one run on plover-dev (definitions in :mod:`graphkit.evaluate.pairs`).

    ``misses`` are those of development items only: held-out items are scored, never shown.
    """

    gold: str
    split: SplitChoice = "all"
    extractor: str
    splits: list[PloverSplitFigures]
    misses: list[PloverMiss]


def evaluate(gold_dir: str | Path, extractor: ExtractorLike, split: SplitChoice = "all") -> EvaluationReport:
    """Extract from the re3d documents of ``split`` under ``gold_dir`` and score relations and mentions."""
    everything = read_re3d(gold_dir)
    gold = everything.restricted(
        k for k, doc in everything.documents.items() if selected(re3d_split(doc.subset), split)
    )
    docs = [Document(id=doc.id, text=doc.text, title=doc.title) for doc in gold.documents.values()]
    relations: list[PredictedRelation] = []
    mentions: list[PredictedMention] = []
    for extraction in extractor.pipe(docs):
        doc_id = extraction.doc.id
        relations.extend(PredictedRelation.of(doc_id, rel) for rel in extraction.relations)
        mentions.extend(PredictedMention.of(doc_id, mention) for mention in extraction.mentions)
    scores = score_relations(gold, relations)
    dev_docs = {k for k, doc in gold.documents.items() if re3d_split(doc.subset) == "dev"}
    # held-out errors are dropped here, before any report or JSON can print their sentences
    scores.misses = [m for m in scores.misses if m.relation.doc_id in dev_docs]
    scores.false_positives = [f for f in scores.false_positives if f.prediction.doc_id in dev_docs]
    parts: list[SplitChoice] = ["dev", "held-out", "all"] if split == "all" else [split]
    return EvaluationReport(
        gold=str(gold_dir),
        split=split,
        documents=len(docs),
        extractor=extractor.version,
        relations=scores,
        mentions=score_mentions(gold, mentions),
        splits=[_split_figures(gold, part, relations, mentions) for part in parts],
    )


def _split_figures(
    gold: Re3dGold,
    part: SplitChoice,
    relations: Sequence[PredictedRelation],
    mentions: Sequence[PredictedMention],
) -> SplitFigures:
    doc_ids = {k for k, doc in gold.documents.items() if selected(re3d_split(doc.subset), part)}
    sub = gold.restricted(doc_ids)
    rels = [r for r in relations if r.doc_id in doc_ids]
    overall = score_relations(sub, rels).overall
    return SplitFigures(
        split=part,
        subsets=sorted({doc.subset for doc in sub.documents.values()}),
        documents=len(doc_ids),
        unlabeled=overall.unlabeled,
        labeled=overall.labeled,
        mentions=score_mentions(sub, [m for m in mentions if m.doc_id in doc_ids]),
        reliability=reliability((j.prediction.confidence, j.right) for j in judge_predictions(sub, rels)),
    )


def evaluate_petrarch(path: str | Path, extractor: ExtractorLike) -> EventEvaluationReport:
    """Extract from every sentence of a PETRARCH validation file and score the events.

    Each sentence is one document, dated so that actors are coded by the roles they held.
    """
    sentences = read_petrarch(path)
    docs = [Document(id=s.id, text=s.text, date=s.date) for s in sentences]
    events = [
        PredictedEvent.of(extraction.doc.id, rel)
        for extraction in extractor.pipe(docs)
        for rel in extraction.relations
    ]
    return EventEvaluationReport(
        gold=str(path), extractor=extractor.version, events=score_events(sentences, events)
    )


def evaluate_plover(
    path: str | Path, extractor: ExtractorLike, split: SplitChoice = "all"
) -> PloverEvaluationReport:
    """Extract from every plover-dev item of ``split`` (one document each) and score the pairs."""
    items = [item for item in read_plover(path) if selected(item.split, split)]
    docs = [Document(id=item.id, text=item.text, date=item.date) for item in items]
    preds: dict[str, list[PredictedPair]] = {item.id: [] for item in items}
    for extraction in extractor.pipe(docs):
        preds[extraction.doc.id].extend(
            PredictedPair.of(extraction.doc.id, rel) for rel in extraction.relations
        )
    judgements = {item.id: judge_item(item, preds[item.id]) for item in items}
    parts: list[SplitChoice] = ["dev", "held-out", "all"] if split == "all" else [split]
    figures = []
    for part in parts:
        ids = [item.id for item in items if selected(item.split, part)]
        scores = score_pairs((judgements[i] for i in ids), sum(len(preds[i]) for i in ids))
        figures.append(PloverSplitFigures(split=part, scores=scores))
    misses = [
        PloverMiss(
            item_id=item.id,
            event=item.event,
            polarity=item.polarity,
            source=[a.name for a in item.source],
            target=[a.name for a in item.target],
            found=judgements[item.id].found,
            text=item.text,
            predictions=[_brief(p) for p in preds[item.id]],
        )
        # only development items: a held-out text must never reach a report
        for item in items
        if item.split == "dev" and not judgements[item.id].class_ok
    ]
    return PloverEvaluationReport(
        gold=str(path), split=split, extractor=extractor.version, splits=figures, misses=misses
    )


def _brief(pred: PredictedPair) -> str:
    return (
        f"{pred.source.text!r} [{pred.source.code}] -{pred.cameo}/q{pred.quad_class}-> "
        f"{pred.target.text!r} [{pred.target.code}]"
    )
