"""The notebook API over a small hand-made graph, and from a real corpus with the real extractor."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

import lxml.html
import networkx as nx
import pandas as pd
import pytest

from graphkit.api import HTMLFrame, KnowledgeGraph
from graphkit.errors import InputError
from graphkit.graph import build_graph
from graphkit.models import DocumentInfo, Mention, Relation, Span
from graphkit.readwrite import read_relations
from graphkit.render import render_html

if TYPE_CHECKING:
    from graphkit.extract import Extractor


def _mention(id: str, label: str, code: str | None = None, type: str = "state") -> Mention:
    return Mention(id=id, label=label, type=type, code=code or id, start=0, end=len(label), text=label)


IRN, RUS, UKR = _mention("IRN", "Iran"), _mention("RUS", "Russia"), _mention("UKR", "Ukraine")
PUTIN = _mention("PUTIN", "Vladimir Putin", code="RUSGOV", type="person")


def _relation(source: Mention, target: Mention, relation: str, day: dt.date | None, **kw: Any) -> Relation:
    sentence = f"{source.label} {relation} {target.label} on {day}."
    fields: dict[str, Any] = {
        "cameo": "0712",
        "quad_class": 2,
        "polarity": "cooperative",
        "intensity": 6.0,
        "confidence": 0.9,
        **kw,
    }
    doc_id = f"doc-{day}-{relation}"
    return Relation(
        doc_id=doc_id,
        sentence=Span(start=0, end=len(sentence), text=sentence),
        source=source,
        target=target,
        relation=relation,
        doc=DocumentInfo(id=doc_id, date=day),
        **fields,
    )


ATTACK = {"cameo": "190", "quad_class": 4, "polarity": "conflictual", "intensity": -10.0}
RELATIONS = [
    _relation(IRN, RUS, "supply", dt.date(2024, 1, 10), intensity=7.0),
    _relation(IRN, RUS, "supply", dt.date(2024, 1, 20), intensity=5.0, modality="hedged", confidence=0.5),
    _relation(IRN, RUS, "supply", dt.date(2024, 3, 5), intensity=6.0),
    _relation(RUS, IRN, "meet", None, cameo="036", quad_class=1, intensity=4.0, symmetric=True),
    _relation(RUS, UKR, "attack", dt.date(2024, 2, 1), **ATTACK),
    _relation(PUTIN, UKR, "threaten", dt.date(2024, 2, 2), cameo="138", quad_class=3, intensity=-7.0),
]


@pytest.fixture
def kg() -> KnowledgeGraph:
    return KnowledgeGraph.from_relations(RELATIONS)


def test_api_resolves_ids_labels_codes_and_aliases(kg: KnowledgeGraph) -> None:
    kg.graph.nodes["RUS"]["aliases"] = ["the Kremlin", "Moscow"]
    assert kg.resolve("RUS") == "RUS"
    assert kg.resolve("iran") == "IRN"
    assert kg.resolve("VLADIMIR PUTIN") == "PUTIN"
    assert kg.resolve("rusgov") == "PUTIN"
    assert kg.resolve("moscow") == "RUS"


def test_api_unknown_actor_lists_close_matches(kg: KnowledgeGraph) -> None:
    with pytest.raises(KeyError, match=r"no actor 'Ukrain'.*close matches: 'Ukraine' \(UKR\)"):
        kg.resolve("Ukrain")
    with pytest.raises(KeyError, match="no actor 'Atlantis'"):
        kg.relations("Atlantis")


def test_api_relations_between_two_actors_either_way(kg: KnowledgeGraph) -> None:
    rows = kg.relations("Russia", "Iran")
    assert [(r["source"], r["target"], r["relation"], r["count"]) for r in rows] == [
        ("IRN", "RUS", "supply", 3),
        ("IRN", "RUS", "meet", 1),
    ]
    assert [e["date"] for e in rows[0]["evidence"]] == ["2024-01-10", "2024-01-20", "2024-03-05"]
    rows[0]["evidence"].clear()
    assert kg.graph.edges["IRN", "RUS", "supply"]["count"] == 3
    assert len(kg.graph.edges["IRN", "RUS", "supply"]["evidence"]) == 3


def test_api_relations_of_one_actor_and_by_modality(kg: KnowledgeGraph) -> None:
    assert {r["relation"] for r in kg.relations("RUS")} == {"supply", "meet", "attack"}
    hedged = kg.relations("Iran", "Russia", modality="hedged")
    assert [(r["relation"], r["count"], r["modalities"]) for r in hedged] == [("supply", 1, {"hedged": 1})]
    assert [r["relation"] for r in kg.relations("Ukraine", modality="asserted")] == ["attack", "threaten"]
    assert kg.relations("Ukraine", modality=["speculative", "negated"]) == []


def test_api_neighbors_most_reported_first(kg: KnowledgeGraph) -> None:
    assert kg.neighbors("Russia") == ["IRN", "UKR"]
    assert kg.neighbors("UKR") == ["PUTIN", "RUS"]


def test_api_timeline_counts_and_mean_intensity_per_month(kg: KnowledgeGraph) -> None:
    table = kg.timeline("Iran", "Russia")
    assert [str(p) for p in table.index] == ["2024-01", "2024-02", "2024-03"]
    assert table["count"].tolist() == [2, 0, 1]
    assert table.loc[pd.Period("2024-01", "M"), "intensity"] == 6.0
    assert math.isnan(table.loc[pd.Period("2024-02", "M"), "intensity"])
    assert kg.timeline("Iran", "Russia", freq="Q")["count"].tolist() == [3]


def test_api_timeline_without_dates_is_empty() -> None:
    table = KnowledgeGraph.from_relations(RELATIONS[3:4]).timeline("Iran")
    assert table.empty
    assert list(table.columns) == ["count", "intensity"]


def test_api_top_actors_by_sentences_and_by_edges(kg: KnowledgeGraph) -> None:
    by_count = kg.top_actors(2)
    assert by_count.index.tolist() == ["RUS", "IRN"]
    assert by_count.loc["RUS"].tolist() == ["Russia", "state", 5]
    assert kg.top_actors(1, weight=None)["score"].to_dict() == {"RUS": 3}


def test_api_subgraph_by_actors_hops_quad_class_and_confidence(kg: KnowledgeGraph) -> None:
    assert sorted(kg.subgraph(["Iran"]).graph) == ["IRN", "RUS"]
    assert sorted(kg.subgraph(["Iran"], hops=2).graph) == ["IRN", "RUS", "UKR"]
    assert sorted(kg.subgraph(["Iran"], hops=3).graph) == ["IRN", "PUTIN", "RUS", "UKR"]
    conflict = kg.subgraph(quad_classes=[3, 4]).graph
    assert sorted(conflict.edges(keys=True)) == [("PUTIN", "UKR", "threaten"), ("RUS", "UKR", "attack")]
    sure = kg.subgraph(min_confidence=0.8).graph
    assert sure.edges["IRN", "RUS", "supply"]["count"] == 2
    assert kg.graph.edges["IRN", "RUS", "supply"]["count"] == 3
    isolated = kg.subgraph(["Iran"], quad_classes=[4]).graph
    assert list(isolated.nodes) == ["IRN"]


def test_api_to_pandas_gives_edges_and_evidence(kg: KnowledgeGraph) -> None:
    edges, evidence = kg.to_pandas()
    assert len(edges) == kg.graph.number_of_edges() == 4
    assert len(evidence) == len(RELATIONS)
    assert pd.api.types.is_datetime64_any_dtype(evidence["date"])
    assert pd.api.types.is_datetime64_any_dtype(edges["first_date"])
    supply = edges.set_index(["source", "target", "relation"]).loc[("IRN", "RUS", "supply")]
    assert json.loads(supply["modalities_json"]) == {"asserted": 2, "hedged": 1}


def test_api_show_embeds_the_rendered_page_in_an_iframe(kg: KnowledgeGraph) -> None:
    frame = kg.show(height="420px")
    assert isinstance(frame, HTMLFrame)
    markup = frame._repr_html_()
    iframe = lxml.html.fragment_fromstring(markup)
    assert iframe.tag == "iframe"
    assert "height: 420px" in iframe.get("style")
    assert iframe.get("srcdoc") == render_html(kg.graph)
    assert "<script" not in markup
    assert kg._repr_html_() == KnowledgeGraph(kg.graph).show()._repr_html_()


def test_api_export_writes_each_format(kg: KnowledgeGraph, tmp_path: Path) -> None:
    assert nx.read_graphml(kg.export("graphml", tmp_path / "g.graphml")).number_of_nodes() == 4
    edges = kg.export("csv", tmp_path / "tables" / "g.csv")
    assert edges.is_file()
    assert sorted(p.name for p in edges.parent.iterdir()) == ["g.csv", "g.evidence.csv"]


def test_api_from_relations_reads_a_build_folder_a_file_and_dicts(tmp_path: Path) -> None:
    lines = "".join(rel.model_dump_json() + "\n\n" for rel in RELATIONS)
    (tmp_path / "relations.jsonl").write_text(lines, encoding="utf-8")
    from_folder = KnowledgeGraph.from_relations(tmp_path)
    from_file = KnowledgeGraph.from_relations(str(tmp_path / "relations.jsonl"))
    from_dicts = KnowledgeGraph.from_relations([rel.model_dump(mode="json") for rel in RELATIONS])
    expected = build_graph(RELATIONS)
    for kg in (from_folder, from_file, from_dicts):
        assert sorted(kg.graph.edges(keys=True, data=True)) == sorted(expected.edges(keys=True, data=True))
    assert repr(from_folder) == "<KnowledgeGraph: 4 actors, 4 edges, 6 evidence sentences>"


def test_api_read_relations_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "relations.jsonl"
    path.write_text(RELATIONS[0].model_dump_json() + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"relations.jsonl:2: not a relation record"):
        list(read_relations(path))
    with pytest.raises(InputError, match="no such file"):
        list(read_relations(tmp_path / "missing.jsonl"))


def test_api_from_corpus_extracts_with_the_real_pipeline(extractor: Extractor, tmp_path: Path) -> None:
    article = tmp_path / "article.md"
    article.write_text(
        "---\ntitle: Strikes\ndate: 2025-03-01\n---\nIsrael attacked Iran. Iran later attacked Israel.\n",
        encoding="utf-8",
    )
    kg = KnowledgeGraph.from_corpus(article, extractor=extractor)
    attacks = kg.relations("Israel", "Iran")
    israel = kg.resolve("Israel")
    assert {(r["source"], r["target"]) for r in attacks} == {(israel, "IRN"), ("IRN", israel)}
    assert {r["quad_class"] for r in attacks} == {4}
    assert all(e["date"] == "2025-03-01" for r in attacks for e in r["evidence"])
    assert kg.graph.nodes["IRN"]["mentions"] == 2
