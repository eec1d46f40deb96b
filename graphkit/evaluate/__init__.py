"""Measure the extractor against gold data: re3d relations and mentions, plover-dev actor
pairs, PETRARCH events.

:mod:`~graphkit.evaluate.splits` says which gold data is held out (scored, never shown);
:mod:`~graphkit.evaluate.re3d`, :mod:`~graphkit.evaluate.plover` and
:mod:`~graphkit.evaluate.petrarch` read gold files; :mod:`~graphkit.evaluate.scoring`,
:mod:`~graphkit.evaluate.pairs`, :mod:`~graphkit.evaluate.events` and
:mod:`~graphkit.evaluate.reliability` score plain predictions (their docstrings define every
figure); :mod:`~graphkit.evaluate.calibration` turns judged predictions into rule
precisions; :mod:`~graphkit.evaluate.run` runs an extractor and
:mod:`~graphkit.evaluate.report` prints the result. ``docs/evaluation.md`` tells how to use
them.

>>> from graphkit.evaluate import relation_classes
>>> sorted(relation_classes(4))
['conflict']
"""

from graphkit.evaluate.events import EventScores, PredictedEvent, score_events
from graphkit.evaluate.pairs import PairScores, PredictedPair, judge_item, score_pairs
from graphkit.evaluate.petrarch import GoldSentence, read_petrarch
from graphkit.evaluate.plover import PloverItem, read_plover
from graphkit.evaluate.re3d import Re3dGold, read_re3d
from graphkit.evaluate.reliability import ReliabilityTable, reliability
from graphkit.evaluate.report import format_event_report, format_plover_report, format_report
from graphkit.evaluate.run import (
    EvaluationReport,
    EventEvaluationReport,
    PloverEvaluationReport,
    evaluate,
    evaluate_petrarch,
    evaluate_plover,
)
from graphkit.evaluate.scoring import (
    Judged,
    PredictedMention,
    PredictedRelation,
    RelationScores,
    Score,
    judge_predictions,
    relation_classes,
    score_mentions,
    score_relations,
)

__all__ = [
    "EvaluationReport",
    "EventEvaluationReport",
    "EventScores",
    "GoldSentence",
    "Judged",
    "PairScores",
    "PloverEvaluationReport",
    "PloverItem",
    "PredictedEvent",
    "PredictedMention",
    "PredictedPair",
    "PredictedRelation",
    "Re3dGold",
    "RelationScores",
    "ReliabilityTable",
    "Score",
    "evaluate",
    "evaluate_petrarch",
    "evaluate_plover",
    "format_event_report",
    "format_plover_report",
    "format_report",
    "judge_item",
    "judge_predictions",
    "read_petrarch",
    "read_plover",
    "read_re3d",
    "relation_classes",
    "reliability",
    "score_events",
    "score_mentions",
    "score_pairs",
    "score_relations",
]
