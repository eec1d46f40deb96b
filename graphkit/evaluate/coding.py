"""Score event coding against the hand-written gold tables of ``tests/data``.

Two tables, one JSON object per line (:func:`read_coding_table`,
:func:`read_relationship_table`):

* the **coding table**: wire-style sentences, each with the events it codes
  (``{"source": "FRA", "target": "SYR", "cameo": "195", "symmetric": false}``), or none;
* the **relationship table**: sentences about two actors ``a`` and ``b``, each with the class
  of their relationship the sentence asserts: ``conflict``, ``cooperation`` or ``none``.

Predictions are graphkit :class:`~graphkit.models.Relation` objects or their
``relations.jsonl`` dicts, grouped by row id. Relations whose modality is ``negated`` are left
out by default: "failed to reach agreement" asserts no agreement, and scoring a negated
"meet" as a meeting would reward coding what the sentence denies.

**Actor roots.** Actors are matched by the root of their code, its first three letters:
the country of a state or state agent (``TUNJUD`` → ``TUN``), ``IGO``/``NGO``/``IMG`` for
international, non-governmental and multinational actors (``IGOUNO`` → ``IGO``, as PETRARCH's
own validation compares), and the generic code itself for actors without a country
(``UAF`` for gunmen). A predicted mention whose code is shorter than three letters is rooted
by its ``country``; one with neither (an actor the catalogue does not know) has the empty root
``""``, which matches nothing. The full code (sector included) is a secondary figure.

**Direction.** An expected event matches a prediction with the same source root and target
root; either direction matches when the expected event or the prediction is symmetric.

**Coding figures** (:func:`score_coding`):

* *recall*: share of expected events matched by some prediction of their sentence;
* *precision*: share of predicted dyads that match an expected event of their sentence,
  a dyad being a distinct (source root, target root) pair of one sentence (unordered for
  symmetric predictions). Dyads whose two roots are equal are left out unless an expected
  event of that sentence has equal roots: an extractor relating "Iran" to "Iranian
  officials" is not making a claim the table can judge. Every dyad of a sentence without
  expected events is a false positive;
* *root accuracy*: of the events found, the share with a matching prediction of the
  expected CAMEO root (first two digits);
* *full-code share*: of the events found, the share with a matching prediction whose source
  and target codes equal the expected ones in full (``TUNJUD``, not just ``TUN``);
* *exact-code share*: of the events found, the share with a matching prediction of the
  expected CAMEO code in full;
* per-root recall, by the CAMEO root of the expected event.

**Relationship class** (:func:`relationship_class`): the relations between ``a`` and ``b``
(either direction, by root) decide: none → ``none``; of one polarity (QuadClass 1–2
cooperation, 3–4 conflict) → that polarity; of both → the polarity of the relation with the
greatest absolute Goldstein intensity; a tie there goes to the polarity with more relations,
and a tie again is undecided, ``none``: the extractor said both things equally.

Examples
--------
>>> row = CodingRow(id="c1", text="Gunmen killed two Tunisian police officers.",
...                 events=[GoldEvent(source="UAF", target="TUNCOP", cameo="1823")])
>>> pred = {"source": {"code": "UAF"}, "target": {"code": "TUNMIL"}, "cameo": "190",
...         "quad_class": 4, "intensity": -10.0}
>>> scores = score_coding([row], {"c1": [pred]})
>>> scores.recall, scores.precision, scores.root_accuracy, scores.full_code_share
(1.0, 1.0, 0.0, 0.0)
>>> [f.kind for f in scores.failures]
['wrong_root']
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from graphkit.models import Relation

__all__ = [
    "CodingFailure",
    "CodingRow",
    "CodingScores",
    "GoldEvent",
    "RelationshipFailure",
    "RelationshipRow",
    "RelationshipScores",
    "TableError",
    "actor_root",
    "cameo_codes",
    "read_coding_table",
    "read_relationship_table",
    "relationship_class",
    "score_coding",
    "score_relationships",
]

RelationshipClass = Literal["conflict", "cooperation", "none"]
FailureKind = Literal["miss", "wrong_root", "false_positive"]
Prediction = Relation | Mapping[str, Any]
"""A predicted relation: a :class:`Relation` or its ``relations.jsonl`` dict."""

CAMEO_ROOTS = tuple(f"{n:02d}" for n in range(1, 21))


class TableError(ValueError):
    """Malformed rows of a gold table; each problem is one ``file:line: reason`` line."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class GoldEvent(BaseModel):
    """One event a coding-table sentence codes.

    >>> GoldEvent(source="ind", target="PAKMIL", cameo="193", symmetric=True).source
    'IND'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    source: str
    target: str
    cameo: str
    symmetric: bool = False

    @field_validator("source", "target")
    @classmethod
    def _actor_code(cls, code: str) -> str:
        code = code.strip().upper()
        if len(code) < 3 or not code.isalnum():
            raise ValueError(f"actor code {code!r} is not at least three letters")
        return code

    @field_validator("cameo")
    @classmethod
    def _cameo_code(cls, code: str) -> str:
        if not (code.isdigit() and 2 <= len(code) <= 4):
            raise ValueError(f"CAMEO code {code!r} is not 2 to 4 digits")
        return code


class CodingRow(BaseModel):
    """A coding-table sentence and the events it codes (none for a no-event row)."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    date: dt.date | None = None
    events: list[GoldEvent]
    note: str = ""


class RelationshipRow(BaseModel):
    """A relationship-table sentence about ``a`` and ``b`` and the class it asserts."""

    model_config = ConfigDict(extra="forbid")

    id: str
    text: str
    a: str
    b: str
    expected: RelationshipClass
    note: str = ""

    @field_validator("a", "b")
    @classmethod
    def _actor_code(cls, code: str) -> str:
        return GoldEvent._actor_code(code)


def cameo_codes() -> frozenset[str]:
    """Every code of the packaged ``cameo_codes.jsonl``.

    >>> {"19", "195", "1952"} <= cameo_codes(), "1999" in cameo_codes()
    (True, False)
    """
    text = (resources.files("graphkit") / "data" / "cameo_codes.jsonl").read_text("utf-8")
    records = (json.loads(line) for line in text.splitlines() if line.strip())
    return frozenset(r["code"] for r in records if "code" in r)


def read_coding_table(path: str | Path, known_codes: Collection[str] | None = None) -> list[CodingRow]:
    """The rows of a coding table; :class:`TableError` lists every malformed row as ``file:line``.

    ``known_codes`` are the CAMEO codes an event may carry (default: :func:`cameo_codes`).
    Row ids must be unique.
    """
    codes = cameo_codes() if known_codes is None else known_codes
    rows: list[CodingRow] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for where, record in _records(path, problems):
        try:
            row = CodingRow.model_validate(record)
        except ValidationError as error:
            problems.append(f"{where}: {_reason(error)}")
            continue
        unknown = [e.cameo for e in row.events if e.cameo not in codes]
        if unknown:
            problems.append(f"{where}: unknown CAMEO code {', '.join(unknown)}")
        elif _unique(row.id, where, seen, problems):
            rows.append(row)
    if problems:
        raise TableError(problems)
    return rows


def read_relationship_table(path: str | Path) -> list[RelationshipRow]:
    """The rows of a relationship table; :class:`TableError` lists every malformed row."""
    rows: list[RelationshipRow] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for where, record in _records(path, problems):
        try:
            row = RelationshipRow.model_validate(record)
        except ValidationError as error:
            problems.append(f"{where}: {_reason(error)}")
            continue
        if _unique(row.id, where, seen, problems):
            rows.append(row)
    if problems:
        raise TableError(problems)
    return rows


def actor_root(code: str | None, country: str | None = None) -> str:
    """The root an actor is matched by: the first three letters of its code, else its country.

    >>> actor_root("TUNJUD"), actor_root("IGOUNO"), actor_root("UAF")
    ('TUN', 'IGO', 'UAF')
    >>> actor_root("", "IRQ"), actor_root("", None)
    ('IRQ', '')
    """
    code = (code or "").upper()
    if len(code) >= 3:
        return code[:3]
    return (country or "").upper()[:3]


@dataclass(frozen=True)
class _Predicted:
    """What the scorers read of one predicted relation."""

    source_root: str
    target_root: str
    source_code: str
    target_code: str
    cameo: str
    quad_class: int
    intensity: float
    symmetric: bool
    negated: bool

    @classmethod
    def of(cls, prediction: Prediction) -> _Predicted:
        data = prediction.model_dump() if isinstance(prediction, Relation) else prediction
        source, target = data["source"], data["target"]
        return cls(
            source_root=actor_root(source.get("code"), source.get("country")),
            target_root=actor_root(target.get("code"), target.get("country")),
            source_code=(source.get("code") or "").upper(),
            target_code=(target.get("code") or "").upper(),
            cameo=str(data.get("cameo", "")),
            quad_class=int(data.get("quad_class", 0)),
            intensity=float(data.get("intensity", 0.0)),
            symmetric=bool(data.get("symmetric", False)),
            negated=data.get("modality") == "negated",
        )

    def matches(self, event: GoldEvent) -> bool:
        """Same roots as ``event``, in its direction or, when either is symmetric, the other."""
        forward = (self.source_root, self.target_root) == (event.source[:3], event.target[:3])
        backward = (self.target_root, self.source_root) == (event.source[:3], event.target[:3])
        return forward or ((event.symmetric or self.symmetric) and backward)

    def same_codes(self, event: GoldEvent) -> bool:
        """Same full actor codes as ``event`` (direction as for :meth:`matches`)."""
        forward = (self.source_code, self.target_code) == (event.source, event.target)
        backward = (self.target_code, self.source_code) == (event.source, event.target)
        return forward or ((event.symmetric or self.symmetric) and backward)

    @property
    def dyad(self) -> tuple[str, str, bool]:
        if self.symmetric:
            first, second = sorted((self.source_root, self.target_root))
            return first, second, True
        return self.source_root, self.target_root, False

    def describe(self) -> str:
        arrow = "–" if self.symmetric else "→"
        return f"{self.source_code or '?'} {arrow} {self.target_code or '?'} {self.cameo}"


class CodingFailure(BaseModel):
    """One error of the extractor on the coding table.

    ``kind`` is ``miss`` (no prediction has the expected dyad), ``wrong_root`` (the dyad is
    found, never with the expected CAMEO root) or ``false_positive`` (a predicted dyad that
    matches no expected event).
    """

    id: str
    text: str
    kind: FailureKind
    expected: str | None = None
    predicted: list[str] = []
    note: str = ""


class CodingScores(BaseModel):
    """Counts and figures on the coding table, as the module docstring defines them."""

    sentences: int
    expected: int
    found: int
    predicted_dyads: int
    correct_dyads: int
    right_root: int
    full_code: int
    exact_code: int
    per_root: dict[str, tuple[int, int]]
    """CAMEO root → (events found, events expected)."""
    failures: list[CodingFailure]

    @property
    def recall(self) -> float:
        return _share(self.found, self.expected)

    @property
    def precision(self) -> float:
        return _share(self.correct_dyads, self.predicted_dyads)

    @property
    def root_accuracy(self) -> float:
        return _share(self.right_root, self.found)

    @property
    def full_code_share(self) -> float:
        return _share(self.full_code, self.found)

    @property
    def exact_code_share(self) -> float:
        return _share(self.exact_code, self.found)

    def root_recall(self, root: str) -> float:
        """Recall of the expected events of CAMEO root ``root`` (``"19"``)."""
        found, expected = self.per_root.get(root, (0, 0))
        return _share(found, expected)


def score_coding(
    rows: Sequence[CodingRow],
    predictions: Mapping[str, Iterable[Prediction]],
    *,
    include_negated: bool = False,
) -> CodingScores:
    """Score ``predictions`` (relations by row id) against the coding table ``rows``.

    A two-sided event matches either direction; a negated prediction is left out unless
    ``include_negated``; a prediction in a no-event sentence is a false positive.

    >>> row = CodingRow(id="c1", text="Forces of India and Pakistan exchanged fire.",
    ...                 events=[GoldEvent(source="INDMIL", target="PAKMIL", cameo="193", symmetric=True)])
    >>> empty = CodingRow(id="c2", text="India and Pakistan play cricket.", events=[])
    >>> fire = {"source": {"code": "PAK"}, "target": {"code": "INDMIL"}, "cameo": "190"}
    >>> play = {"source": {"code": "IND"}, "target": {"code": "PAK"}, "cameo": "061"}
    >>> scores = score_coding([row, empty], {"c1": [fire], "c2": [play]})
    >>> scores.recall, scores.precision, scores.root_accuracy, scores.per_root["19"]
    (1.0, 0.5, 1.0, (1, 1))
    >>> [(f.id, f.kind, f.predicted) for f in scores.failures]
    [('c2', 'false_positive', ['IND → PAK 061'])]
    """
    counts: Counter[str] = Counter()
    per_root: dict[str, list[int]] = {root: [0, 0] for root in CAMEO_ROOTS}
    failures: list[CodingFailure] = []
    for row in rows:
        preds = [_Predicted.of(p) for p in predictions.get(row.id, ())]
        preds = [p for p in preds if include_negated or not p.negated]
        for event in row.events:
            counts["expected"] += 1
            tally = per_root.setdefault(event.cameo[:2], [0, 0])
            tally[1] += 1
            matching = [p for p in preds if p.matches(event)]
            expected = f"{event.source} {'–' if event.symmetric else '→'} {event.target} {event.cameo}"
            if not matching:
                failures.append(_failure(row, "miss", expected, preds))
                continue
            counts["found"] += 1
            tally[0] += 1
            if any(p.cameo[:2] == event.cameo[:2] for p in matching):
                counts["right_root"] += 1
            else:
                failures.append(_failure(row, "wrong_root", expected, matching))
            counts["full_code"] += any(p.same_codes(event) for p in matching)
            counts["exact_code"] += any(p.cameo == event.cameo for p in matching)
        # Equal roots ("Iran" and "Iranian officials") are judged only where the table
        # codes such an event: elsewhere the sentence says nothing about them.
        judge_equal = any(e.source[:3] == e.target[:3] for e in row.events)
        dyads: dict[tuple[str, str, bool], list[_Predicted]] = {}
        for p in preds:
            if p.source_root == p.target_root and not judge_equal:
                continue
            dyads.setdefault(p.dyad, []).append(p)
        for dyad_preds in dyads.values():
            counts["predicted_dyads"] += 1
            if any(p.matches(e) for p in dyad_preds for e in row.events):
                counts["correct_dyads"] += 1
            else:
                failures.append(_failure(row, "false_positive", None, dyad_preds))
    return CodingScores(
        sentences=len(rows),
        expected=counts["expected"],
        found=counts["found"],
        predicted_dyads=counts["predicted_dyads"],
        correct_dyads=counts["correct_dyads"],
        right_root=counts["right_root"],
        full_code=counts["full_code"],
        exact_code=counts["exact_code"],
        per_root={root: (found, expected) for root, (found, expected) in per_root.items()},
        failures=failures,
    )


def relationship_class(
    predictions: Iterable[Prediction], a: str, b: str, *, include_negated: bool = False
) -> RelationshipClass:
    """The class of the relationship of ``a`` and ``b`` the predictions assert.

    ``a`` and ``b`` are actor codes, matched by root in either direction; the rule is the
    module docstring's.

    >>> hit = {"source": {"code": "ISR"}, "target": {"code": "IRN"}, "cameo": "195",
    ...        "quad_class": 4, "intensity": -10.0}
    >>> talk = {"source": {"code": "IRNGOV"}, "target": {"code": "ISR"}, "cameo": "040",
    ...         "quad_class": 1, "intensity": 1.0}
    >>> relationship_class([hit, talk], "IRN", "ISR"), relationship_class([talk], "IRN", "ISR")
    ('conflict', 'cooperation')
    >>> relationship_class([hit], "IRN", "IRQ")
    'none'
    """
    roots = sorted((actor_root(a), actor_root(b)))
    between = [
        p
        for p in map(_Predicted.of, predictions)
        if (include_negated or not p.negated) and sorted((p.source_root, p.target_root)) == roots
    ]
    conflict = [p for p in between if p.quad_class in (3, 4)]
    cooperation = [p for p in between if p.quad_class in (1, 2)]
    if not conflict and not cooperation:
        return "none"
    if not cooperation:
        return "conflict"
    if not conflict:
        return "cooperation"
    strongest_conflict = max(abs(p.intensity) for p in conflict)
    strongest_cooperation = max(abs(p.intensity) for p in cooperation)
    if strongest_conflict != strongest_cooperation:
        return "conflict" if strongest_conflict > strongest_cooperation else "cooperation"
    if len(conflict) != len(cooperation):
        return "conflict" if len(conflict) > len(cooperation) else "cooperation"
    return "none"


class RelationshipFailure(BaseModel):
    """A relationship-table row classed wrongly, with the relations behind the class."""

    id: str
    text: str
    expected: RelationshipClass
    predicted: RelationshipClass
    relations: list[str]
    note: str = ""


class RelationshipScores(BaseModel):
    """Accuracy on the relationship table and its confusion counts."""

    rows: int
    right: int
    confusion: dict[str, int]
    """``"expected→predicted"`` → rows."""
    failures: list[RelationshipFailure]

    @property
    def accuracy(self) -> float:
        return _share(self.right, self.rows)


def score_relationships(
    rows: Sequence[RelationshipRow],
    predictions: Mapping[str, Iterable[Prediction]],
    *,
    include_negated: bool = False,
) -> RelationshipScores:
    """Share of relationship-table rows whose :func:`relationship_class` is the expected one.

    >>> row = RelationshipRow(id="r1", text="India and Pakistan have fought three wars.",
    ...                       a="IND", b="PAK", expected="conflict")
    >>> scores = score_relationships([row], {})
    >>> scores.accuracy, scores.confusion, scores.failures[0].predicted
    (0.0, {'conflict→none': 1}, 'none')
    """
    confusion: Counter[str] = Counter()
    failures: list[RelationshipFailure] = []
    for row in rows:
        preds = list(predictions.get(row.id, ()))
        predicted = relationship_class(preds, row.a, row.b, include_negated=include_negated)
        confusion[f"{row.expected}→{predicted}"] += 1
        if predicted != row.expected:
            described = [_Predicted.of(p) for p in preds]
            failures.append(
                RelationshipFailure(
                    id=row.id,
                    text=row.text,
                    expected=row.expected,
                    predicted=predicted,
                    relations=[p.describe() + (" (negated)" if p.negated else "") for p in described],
                    note=row.note,
                )
            )
    return RelationshipScores(
        rows=len(rows),
        right=sum(n for key, n in confusion.items() if key.split("→")[0] == key.split("→")[1]),
        confusion=dict(sorted(confusion.items())),
        failures=failures,
    )


def _records(path: str | Path, problems: list[str]) -> Iterable[tuple[str, Any]]:
    """``(file:line, JSON object)`` of each non-blank line; bad JSON goes to ``problems``."""
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error.msg})")
                continue
            if not isinstance(record, dict):
                problems.append(f"{where}: not a JSON object")
                continue
            yield where, record


def _reason(error: ValidationError) -> str:
    """One line per field of a validation error: ``events.0.cameo: CAMEO code '9' is ...``."""
    parts = []
    for detail in error.errors():
        field = ".".join(str(part) for part in detail["loc"]) or "row"
        message = str(detail["msg"]).removeprefix("Value error, ")
        parts.append(f"{field}: {message}")
    return "; ".join(parts)


def _unique(row_id: str, where: str, seen: dict[str, str], problems: list[str]) -> bool:
    """Whether ``row_id`` is new; a repeated one is a problem naming both lines."""
    if row_id in seen:
        problems.append(f"{where}: duplicate id {row_id!r} (first at {seen[row_id]})")
        return False
    seen[row_id] = where
    return True


def _failure(
    row: CodingRow,
    kind: Literal["miss", "wrong_root", "false_positive"],
    expected: str | None,
    preds: list[_Predicted],
) -> CodingFailure:
    return CodingFailure(
        id=row.id,
        text=row.text,
        kind=kind,
        expected=expected,
        predicted=[p.describe() for p in preds],
        note=row.note,
    )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
