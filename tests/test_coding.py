"""The event-coding scorer, the shape of the gold tables, and the extractor's floors on them."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any, cast

import pytest
from spacy.language import Language

from graphkit.evaluate.coding import (
    CAMEO_ROOTS,
    CodingRow,
    GoldEvent,
    RelationshipRow,
    TableError,
    cameo_codes,
    read_coding_table,
    read_relationship_table,
    relationship_class,
    score_coding,
    score_relationships,
)
from graphkit.evaluate.events import quad_class_of
from graphkit.extract import Extractor
from graphkit.models import Document, Mention, Relation, Span

# Regression floors, to be raised as coding improves (never lowered to let a change pass):
# what the extractor scored when the tables were written, rounded down to 5 points. On commit
# c9f22aa: recall 41.3 %, precision 73.2 %, root accuracy 72.5 %, relationships 48.7 % (the
# working tree of 2026-11-29 02:30 UTC: 42.8, 74.3, 73.5, 50.0). Raised at 03:55 UTC after the
# event-coding work of issue 17: 67.4, 86.3, 82.6, 92.1. Acceptance targets (issue 17):
# recall ≥ 85 %, precision ≥ 85 %, root accuracy ≥ 80 %, relationship accuracy ≥ 90 %.
RECALL_FLOOR = 0.65
PRECISION_FLOOR = 0.85
ROOT_ACCURACY_FLOOR = 0.80
RELATIONSHIP_FLOOR = 0.90

DATA = Path(__file__).parent / "data"
CODING_TABLE = DATA / "coding_table.jsonl"
RELATIONSHIP_TABLE = DATA / "relationship_sentences.jsonl"


def rel(source: str, target: str, cameo: str, **fields: Any) -> dict[str, Any]:
    """A predicted relation as a ``relations.jsonl`` dict, with what the scorer reads."""
    quad = quad_class_of(cameo)
    return {
        "source": {"code": source, "country": fields.pop("source_country", None)},
        "target": {"code": target, "country": fields.pop("target_country", None)},
        "cameo": cameo,
        "quad_class": fields.pop("quad_class", quad),
        "intensity": fields.pop("intensity", -5.0 if quad > 2 else 3.0),
        **fields,
    }


def event(source: str, target: str, cameo: str, symmetric: bool = False) -> GoldEvent:
    return GoldEvent(source=source, target=target, cameo=cameo, symmetric=symmetric)


def row(row_id: str, *events: GoldEvent) -> CodingRow:
    return CodingRow(id=row_id, text=f"sentence {row_id}", events=list(events))


# --- the coding scorer -----------------------------------------------------------------------


def test_directed_dyad_matches_by_root_and_sector_is_a_bonus() -> None:
    rows = [row("c1", event("POLCOP", "BLR", "173"))]
    scores = score_coding(rows, {"c1": [rel("POLGOV", "BLR", "173")]})
    assert (scores.recall, scores.precision, scores.root_accuracy) == (1.0, 1.0, 1.0)
    assert scores.full_code_share == 0.0
    assert scores.exact_code_share == 1.0


def test_wrong_direction_is_a_miss_and_a_false_positive() -> None:
    rows = [row("c1", event("ISR", "IRN", "195"))]
    scores = score_coding(rows, {"c1": [rel("IRN", "ISR", "195")]})
    assert (scores.recall, scores.precision) == (0.0, 0.0)
    assert [f.kind for f in scores.failures] == ["miss", "false_positive"]


def test_symmetric_event_or_prediction_matches_either_direction() -> None:
    rows = [
        row("c1", event("INDMIL", "PAKMIL", "193", symmetric=True)),
        row("c2", event("CHN", "BRA", "040")),
    ]
    predictions = {"c1": [rel("PAK", "IND", "190")], "c2": [rel("BRA", "CHN", "040", symmetric=True)]}
    scores = score_coding(rows, predictions)
    assert (scores.recall, scores.precision, scores.root_accuracy) == (1.0, 1.0, 1.0)


def test_root_accuracy_counts_found_events_only() -> None:
    rows = [row("c1", event("UAF", "NGAMIL", "1823")), row("c2", event("USA", "TWN", "072"))]
    scores = score_coding(rows, {"c1": [rel("UAF", "NGAMIL", "190")]})
    assert (scores.found, scores.expected, scores.right_root) == (1, 2, 0)
    assert scores.root_accuracy == 0.0
    assert scores.per_root["18"] == (1, 1)
    assert scores.per_root["07"] == (0, 1)
    assert scores.root_recall("07") == 0.0
    assert set(scores.per_root) >= set(CAMEO_ROOTS)
    assert [(f.id, f.kind) for f in scores.failures] == [("c1", "wrong_root"), ("c2", "miss")]


def test_any_matching_prediction_with_the_right_root_counts() -> None:
    rows = [row("c1", event("DZA", "ESP", "1313"))]
    scores = score_coding(rows, {"c1": [rel("DZA", "ESP", "161"), rel("DZA", "ESP", "138")]})
    assert scores.root_accuracy == 1.0
    assert scores.predicted_dyads == 1  # one distinct dyad, whatever its codes


def test_prediction_in_a_no_event_sentence_is_a_false_positive() -> None:
    rows = [row("c1")]
    scores = score_coding(rows, {"c1": [rel("PAK", "AUS", "040")]})
    assert (scores.expected, scores.predicted_dyads, scores.correct_dyads) == (0, 1, 0)
    assert scores.precision == 0.0
    assert scores.failures[0].kind == "false_positive"
    assert scores.failures[0].predicted == ["PAK → AUS 040"]


def test_equal_roots_are_judged_only_where_the_table_codes_such_an_event() -> None:
    own = rel("IRN", "IRNGOV", "040")
    assert score_coding([row("c1", event("IRN", "ISR", "111"))], {"c1": [own]}).predicted_dyads == 0
    domestic = row("c2", event("TUNJUD", "TUNOPP", "173"))
    scores = score_coding([domestic], {"c2": [rel("TUNJUD", "TUNGOV", "173")]})
    assert (scores.recall, scores.precision, scores.full_code_share) == (1.0, 1.0, 0.0)


def test_negated_predictions_are_left_out_unless_asked() -> None:
    rows = [row("c1")]
    predictions = {"c1": [rel("VEN", "COL", "057", modality="negated", symmetric=True)]}
    assert score_coding(rows, predictions).predicted_dyads == 0
    assert score_coding(rows, predictions, include_negated=True).predicted_dyads == 1


def test_mentions_without_a_long_code_are_rooted_by_country() -> None:
    rows = [row("c1", event("IRQ", "KWT", "192"))]
    pred = rel("", "KWT", "192", source_country="IRQ")
    assert score_coding(rows, {"c1": [pred]}).recall == 1.0
    unknown = rel("", "KWT", "192")
    scores = score_coding(rows, {"c1": [unknown]})
    assert scores.recall == 0.0
    assert scores.failures[-1].predicted == ["? → KWT 192"]


def test_relation_objects_are_scored_like_their_dicts() -> None:
    def mention(code: str, country: str | None) -> Mention:
        return Mention(
            id=code, label=code, type="state", code=code, country=country, start=0, end=1, text="x"
        )

    relation = Relation(
        doc_id="c1",
        sentence=Span(start=0, end=1, text="x"),
        source=mention("RUSMIL", "RUS"),
        target=mention("UKR", "UKR"),
        relation="fight",
        cameo="194",
        quad_class=4,
        polarity="conflictual",
        intensity=-9.0,
        confidence=0.8,
    )
    scores = score_coding([row("c1", event("RUSMIL", "UKR", "194"))], {"c1": [relation]})
    assert (scores.recall, scores.root_accuracy, scores.full_code_share) == (1.0, 1.0, 1.0)


# --- the relationship scorer -----------------------------------------------------------------


def test_relationship_class_rules() -> None:
    war = rel("IND", "PAK", "190", intensity=-10.0)
    talks = rel("PAKGOV", "IND", "040", intensity=1.0)
    big_aid = rel("PAK", "IND", "073", intensity=7.4)
    mild_criticism = rel("IND", "PAK", "111", intensity=-2.0)
    assert relationship_class([], "IND", "PAK") == "none"
    assert relationship_class([war], "PAK", "IND") == "conflict"
    assert relationship_class([talks], "IND", "PAK") == "cooperation"
    assert relationship_class([war, talks], "IND", "PAK") == "conflict"
    assert relationship_class([big_aid, mild_criticism], "IND", "PAK") == "cooperation"
    assert relationship_class([war], "IND", "CHN") == "none"


def test_relationship_ties_are_decided_by_count_then_undecided() -> None:
    hit = rel("IND", "PAK", "190", intensity=-5.0)
    help_ = rel("PAK", "IND", "070", intensity=5.0)
    other_help = rel("IND", "PAK", "061", intensity=3.0)
    assert relationship_class([hit, help_], "IND", "PAK") == "none"
    assert relationship_class([hit, help_, other_help], "IND", "PAK") == "cooperation"


def test_relationship_negated_relations_do_not_count() -> None:
    negated = rel("ISR", "SAU", "050", modality="negated")
    assert relationship_class([negated], "ISR", "SAU") == "none"
    assert relationship_class([negated], "ISR", "SAU", include_negated=True) == "cooperation"


def test_score_relationships() -> None:
    rows = [
        RelationshipRow(id="r1", text="a", a="IRN", b="ISR", expected="conflict"),
        RelationshipRow(id="r2", text="b", a="JPN", b="AUS", expected="cooperation"),
        RelationshipRow(id="r3", text="c", a="IND", b="PAK", expected="none"),
    ]
    predictions = {"r1": [rel("ISR", "IRN", "195")], "r3": [rel("IND", "PAK", "050", symmetric=True)]}
    scores = score_relationships(rows, predictions)
    assert (scores.rows, scores.right) == (3, 1)
    assert scores.confusion == {"conflict→conflict": 1, "cooperation→none": 1, "none→cooperation": 1}
    assert [(f.id, f.predicted) for f in scores.failures] == [("r2", "none"), ("r3", "cooperation")]
    assert scores.failures[1].relations == ["IND – PAK 050"]


# --- reading tables --------------------------------------------------------------------------


def write_lines(path: Path, records: list[Any]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n")
    return path


def test_malformed_coding_rows_are_reported_with_file_and_line(tmp_path: Path) -> None:
    good = {
        "id": "c1",
        "text": "Iran attacked Israel.",
        "events": [{"source": "IRN", "target": "ISR", "cameo": "190"}],
    }
    path = write_lines(
        tmp_path / "table.jsonl",
        [
            good,
            '{"id": "c2", "text": ',  # line 2: not JSON
            {"id": "c3", "text": "x", "events": [{"source": "IR", "target": "ISR", "cameo": "190"}]},
            {"id": "c4", "text": "x", "events": [{"source": "IRN", "target": "ISR", "cameo": "999"}]},
            {"id": "c5", "text": "x", "events": [{"source": "IRN", "target": "ISR", "cameo": "19a"}]},
            {"id": "c6", "text": "x"},  # line 6: no events
            good,  # line 7: duplicate id
            [1, 2],  # line 8: not an object
            {"id": "c9", "text": "x", "events": [], "date": "2024-13-40"},
        ],
    )
    with pytest.raises(TableError) as caught:
        read_coding_table(path)
    problems = caught.value.problems
    assert [p.split(": ")[0] for p in problems] == [f"{path}:{n}" for n in (2, 3, 4, 5, 6, 7, 8, 9)]
    assert "not JSON" in problems[0]
    assert "events.0.source" in problems[1]
    assert "unknown CAMEO code 999" in problems[2]
    assert "not 2 to 4 digits" in problems[3]
    assert "events" in problems[4]
    assert f"duplicate id 'c1' (first at {path}:1)" in problems[5]
    assert "not a JSON object" in problems[6]
    assert "date" in problems[7]


def test_malformed_relationship_rows_are_reported(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "rel.jsonl",
        [
            {"id": "r1", "text": "x", "a": "IND", "b": "PAK", "expected": "conflict"},
            {"id": "r2", "text": "x", "a": "IND", "b": "PAK", "expected": "hostile"},
            "",
            {"id": "r4", "text": "x", "a": "IND", "expected": "none"},
        ],
    )
    with pytest.raises(TableError, match=rf"{path}:2: expected: .*\n{path}:4: b: "):
        read_relationship_table(path)


# --- the tables themselves -------------------------------------------------------------------


def test_coding_table_meets_its_shape_rules() -> None:
    rows = read_coding_table(CODING_TABLE)  # ids unique, codes known, rows well formed
    assert len(rows) >= 220
    per_root = Counter(root for r in rows for root in {e.cameo[:2] for e in r.events})
    assert {root: n for root, n in per_root.items() if n < 8} == {}
    assert set(per_root) == set(CAMEO_ROOTS)
    assert all(e.cameo in cameo_codes() for r in rows for e in r.events)
    no_event = sum(not r.events for r in rows)
    assert 0.08 <= no_event / len(rows) <= 0.2
    assert all(r.note for r in rows)


def test_relationship_table_meets_its_shape_rules() -> None:
    rows = read_relationship_table(RELATIONSHIP_TABLE)
    assert len(rows) >= 70
    classes = Counter(r.expected for r in rows)
    assert min(classes["conflict"], classes["cooperation"]) >= len(rows) // 4
    assert all(r.note for r in rows)


# --- the extractor on the tables -------------------------------------------------------------


@pytest.fixture(scope="module")
def table_extractor(request: pytest.FixtureRequest, nlp: Language) -> Extractor:
    """The session's ``extractor`` fixture where the conftest has one, else one on ``nlp``."""
    try:
        return cast(Extractor, request.getfixturevalue("extractor"))
    except pytest.FixtureLookupError:
        return Extractor(nlp)


def test_extractor_floors_on_the_gold_tables(table_extractor: Extractor) -> None:
    extractor = table_extractor
    coding_rows = read_coding_table(CODING_TABLE)
    relationship_rows = read_relationship_table(RELATIONSHIP_TABLE)
    documents = [Document(id=r.id, text=r.text, date=r.date) for r in coding_rows]
    documents += [Document(id=r.id, text=r.text) for r in relationship_rows]
    predictions = {e.doc.id: e.relations for e in extractor.pipe(documents)}
    coding = score_coding(coding_rows, predictions)
    relationships = score_relationships(relationship_rows, predictions)
    figures = (
        f"recall {coding.recall:.3f}, precision {coding.precision:.3f}, "
        f"root accuracy {coding.root_accuracy:.3f}, relationships {relationships.accuracy:.3f}"
    )
    assert coding.recall >= RECALL_FLOOR, figures
    assert coding.precision >= PRECISION_FLOOR, figures
    assert coding.root_accuracy >= ROOT_ACCURACY_FLOOR, figures
    assert relationships.accuracy >= RELATIONSHIP_FLOOR, figures
