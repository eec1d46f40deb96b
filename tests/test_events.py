"""Events, not reports: one event told by several outlets is one event; two events stay two."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graphkit.build import build
from graphkit.events import count_events, group_events, same_event
from graphkit.extract import Extractor
from graphkit.graph import build_graph
from graphkit.readwrite import read_gexf, read_relations, write_csv, write_gexf
from graphkit.readwrite.graphml import read_graphml

CORPUS = Path(__file__).parent / "data" / "events_corpus"


@pytest.fixture(scope="module")
def built(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The events corpus built by the real pipeline: three outlets on one delivery, two strikes."""
    out = tmp_path_factory.mktemp("events-out")
    summary = build([CORPUS], out, extractor=extractor)
    assert summary.exit_status == 0
    return out


def _edge(graph, source: str, target: str) -> dict:
    (data,) = [d for u, v, d in graph.edges(data=True) if (u, v) == (source, target)]
    return data


def test_events_three_outlets_one_verbatim_are_one_event(built: Path) -> None:
    graph = build_graph(read_relations(built))
    data = _edge(graph, "IRN", "RUS")
    assert data["count"] == 3
    assert data["events"] == 1
    assert {e["outlet"] for e in data["evidence"]} == {"Global Wire", "The Daily Courier", "Evening Herald"}
    assert len({e["event_id"] for e in data["evidence"]}) == 1
    copies = {e["outlet"]: e["verbatim"] for e in data["evidence"]}
    # The Courier ran the Wire's sentence a day later: a copy; the Herald wrote its own.
    assert copies == {"Global Wire": False, "The Daily Courier": True, "Evening Herald": False}


def test_events_two_strikes_of_one_dyad_on_one_day_stay_two(built: Path) -> None:
    graph = build_graph(read_relations(built))
    data = _edge(graph, "RUS", "UKR")
    assert {e["date"] for e in data["evidence"]} == {"2024-03-12"}
    assert data["count"] == 2
    assert data["events"] == 2


def test_events_ids_reach_relations_jsonl_graphml_and_csv(built: Path, tmp_path: Path) -> None:
    lines = [json.loads(line) for line in (built / "relations.jsonl").read_text().splitlines()]
    drones = {r["event_id"] for r in lines if r["source"]["id"] == "IRN"}
    strikes = {r["event_id"] for r in lines if r["source"]["id"] == "RUS"}
    assert len(drones) == 1 and len(strikes) == 2 and None not in drones | strikes
    graph = read_graphml(built / "graph.graphml")
    assert _edge(graph, "IRN", "RUS")["events"] == 1
    assert {e["event_id"] for e in _edge(graph, "IRN", "RUS")["evidence"]} == drones
    write_csv(graph, tmp_path / "edges.csv")
    header, *rows = (tmp_path / "edges.csv").read_text().splitlines()
    columns = header.split(",")
    assert "events" in columns and "count" in columns
    by_source = {row.split(",")[columns.index("source")]: row.split(",") for row in rows}
    assert by_source["IRN"][columns.index("events")] == "1"
    assert by_source["IRN"][columns.index("count")] == "3"
    write_gexf(graph, tmp_path / "graph.gexf")
    again = read_gexf(tmp_path / "graph.gexf")
    assert _edge(again, "IRN", "RUS")["events"] == 1
    assert {e["verbatim"] for e in _edge(again, "IRN", "RUS")["evidence"]} == {True, False}


def _report(doc: str, date: str | None, sentence: str, target: str = "Russia") -> dict:
    return {
        "doc_id": doc,
        "start": 0,
        "end": len(sentence),
        "date": date,
        "cameo": "072",
        "sentence": sentence,
        "source_text": "Iran",
        "target_text": target,
    }


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # dates three days apart: two deliveries, however alike the words
        (_report("a", "2024-03-01", "Iran sent 200 drones to Russia."),
         _report("b", "2024-03-04", "Iran sent 200 drones to Russia."), False),
        # one dated, one not: not joined
        (_report("a", "2024-03-01", "Iran sent 200 drones to Russia."),
         _report("b", None, "Iran sent 200 drones to Russia."), False),
        # a shared number and a like telling: one fact
        (_report("a", "2024-03-01", "Iran sent 200 drones to Russia on Monday."),
         _report("b", "2024-03-02", "Russia got 200 Iranian drones from Iran, sources say.", "Russia"), True),
        # different places named: two events
        (_report("a", "2024-03-01", "Iran sent drones to Russia via Baku."),
         _report("b", "2024-03-01", "Iran sent drones to Russia via Astrakhan."), False),
    ],
)  # fmt: skip
def test_events_same_event_rules(a: dict, b: dict, same: bool) -> None:
    assert same_event(a, b) is same
    assert same_event(b, a) is same
    assert count_events(group_events([a, b], relation="supply")) == (1 if same else 2)


def test_events_grouping_is_transitive_and_stable() -> None:
    reports = [
        _report("a", "2024-03-01", "Iran sent 200 Shahed drones to Russia."),
        _report("b", "2024-03-02", "Iran sent 200 Shahed drones to Russia."),
        _report("c", "2024-03-03", "Iran sent 200 Shahed drones to Russia."),
    ]
    once = group_events(reports, relation="supply")
    again = group_events(list(reversed(reports)), relation="supply")
    # a and c are three days apart, yet one event through b
    assert count_events(once) == 1
    assert [e["event_id"] for e in once] == [e["event_id"] for e in reversed(again)]
    assert [e["verbatim"] for e in once] == [False, True, True]
