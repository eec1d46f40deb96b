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

from graphkit.api import RELATION_COLUMNS, HTMLFrame, KnowledgeGraph
from graphkit.errors import InputError
from graphkit.graph import build_graph
from graphkit.models import DocumentInfo, Mention, Relation, Span
from graphkit.readwrite import read_relations
from graphkit.render import render_html

if TYPE_CHECKING:
    from graphkit.actors.catalogue import Catalogue
    from graphkit.extract import Extractor

ROOT = Path(__file__).parents[1]


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


def test_api_resolves_every_name_the_catalogue_knows(catalogue: Catalogue) -> None:
    graph = nx.MultiDiGraph()
    for node, label, code, kind in [
        ("USA", "United States", "USA", "state"),
        ("CHN", "China", "CHN", "state"),
        ("RUS", "Russia", "RUS", "state"),
        ("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "TURGOV", "person"),
        ("unk:irakli-kobakhidze", "Irakli Kobakhidze", "", "person"),
    ]:
        graph.add_node(node, label=label, code=code, type=kind)
    kg = KnowledgeGraph(graph, catalogue=catalogue)
    assert [kg.resolve(name) for name in ("US", "America", "U.S.", "Beijing", "the Kremlin", "Kremlin")] == [
        "USA", "USA", "USA", "CHN", "RUS", "RUS",
    ]  # fmt: skip
    assert kg.resolve("Erdogan") == kg.resolve("TURELI") == "recep-tayyip-erdogan"
    assert kg.resolve("Kobakhidze") == "unk:irakli-kobakhidze"
    with pytest.raises(
        KeyError, match=r"the catalogue knows 'Zelensky' as Volodymyr Zelensky .*not in this graph"
    ):
        kg.resolve("Zelensky")


def test_api_a_surname_of_two_people_is_ambiguous() -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("unk:kim-jong-un", label="Kim Jong Un", type="person")
    graph.add_node("unk:kim-yo-jong", label="Kim Yo Jong", type="person")
    graph.add_node("unk:lee-jae-myung", label="Lee Jae-myung", type="person")
    kg = KnowledgeGraph(graph)
    assert kg.resolve("Lee") == "unk:lee-jae-myung"
    with pytest.raises(
        KeyError, match="'Kim' is ambiguous: it is in the name of unk:kim-jong-un, unk:kim-yo-jong"
    ):
        kg.resolve("Kim")


def test_api_unknown_actor_lists_close_matches(kg: KnowledgeGraph) -> None:
    with pytest.raises(KeyError, match=r"no actor 'Ukranie'.*close matches: 'Ukraine' \(UKR\)"):
        kg.resolve("Ukranie")
    with pytest.raises(KeyError, match="no actor 'Atlantis'"):
        kg.relations("Atlantis")


def test_api_relations_between_two_actors_either_way(kg: KnowledgeGraph) -> None:
    rows = kg.relations("Russia", "Iran")
    assert isinstance(rows, pd.DataFrame)
    assert rows[["source", "target", "relation", "count"]].values.tolist() == [
        ["IRN", "RUS", "supply", 3],
        ["IRN", "RUS", "meet", 1],
    ]
    assert rows[["source_label", "target_label"]].values.tolist()[0] == ["Iran", "Russia"]
    assert [e["date"] for e in rows.loc[0, "evidence"]] == ["2024-01-10", "2024-01-20", "2024-03-05"]
    assert pd.api.types.is_datetime64_any_dtype(rows["first_date"])
    rows.loc[0, "evidence"].clear()
    assert kg.graph.edges["IRN", "RUS", "supply"]["count"] == 3
    assert len(kg.graph.edges["IRN", "RUS", "supply"]["evidence"]) == 3


def test_api_relations_of_one_actor_and_by_modality(kg: KnowledgeGraph) -> None:
    assert set(kg.relations("RUS")["relation"]) == {"supply", "meet", "attack"}
    hedged = kg.relations("Iran", "Russia", modality="hedged")
    assert hedged[["relation", "count", "modalities"]].values.tolist() == [["supply", 1, {"hedged": 1}]]
    assert kg.relations("Ukraine", modality="asserted")["relation"].tolist() == ["attack", "threaten"]
    empty = kg.relations("Ukraine", modality=["speculative", "negated"])
    assert empty.empty and list(empty.columns) == RELATION_COLUMNS


def test_api_evidence_gives_one_row_per_sentence(kg: KnowledgeGraph) -> None:
    table = kg.evidence("Iran", "Russia")
    assert len(table) == 4
    assert table[["source", "relation", "target"]].values.tolist()[0] == ["IRN", "supply", "RUS"]
    assert pd.api.types.is_datetime64_any_dtype(table["date"])
    assert table["date"].dt.strftime("%Y-%m-%d").tolist()[:3] == ["2024-01-10", "2024-01-20", "2024-03-05"]
    assert table["date"].isna().tolist() == [False, False, False, True]
    assert list(table.columns[:5]) == ["date", "source", "relation", "target", "sentence"]
    assert kg.evidence("Iran", "Russia", modality="hedged")["modality"].tolist() == ["hedged"]
    assert len(kg.evidence("Ukraine", modality="negated")) == 0


def test_api_neighbors_most_reported_first(kg: KnowledgeGraph) -> None:
    assert kg.neighbors("Russia") == ["IRN", "UKR"]
    assert kg.neighbors("UKR") == ["PUTIN", "RUS"]


def test_api_timeline_counts_and_mean_intensity_per_month(kg: KnowledgeGraph) -> None:
    table = kg.timeline("Iran", "Russia")
    assert [str(p) for p in table.index] == ["2024-01", "2024-03"]
    assert table["count"].tolist() == [2, 1]
    assert table.loc[pd.Period("2024-01", "M"), "intensity"] == 6.0
    filled = kg.timeline("Iran", "Russia", fill=True)
    assert [str(p) for p in filled.index] == ["2024-01", "2024-02", "2024-03"]
    assert filled["count"].tolist() == [2, 0, 1]
    assert math.isnan(filled.loc[pd.Period("2024-02", "M"), "intensity"])
    assert kg.timeline("Iran", "Russia", freq="Q")["count"].tolist() == [3]


def test_api_timeline_of_years_apart_has_no_empty_rows() -> None:
    """Two reports ten years apart: two rows, not 121 months mostly of zero."""
    kg = KnowledgeGraph.from_relations(
        [
            _relation(IRN, RUS, "supply", dt.date(2014, 1, 1)),
            _relation(IRN, RUS, "supply", dt.date(2024, 1, 1)),
        ]
    )
    assert kg.timeline("Iran", "Russia")["count"].tolist() == [1, 1]
    assert len(kg.timeline("Iran", "Russia", fill=True)) == 121


def test_api_timeline_without_dates_is_empty() -> None:
    table = KnowledgeGraph.from_relations(RELATIONS[3:4]).timeline("Iran")
    assert table.empty
    assert list(table.columns) == ["count", "events", "intensity", "q1", "q2", "q3", "q4"]


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
    kg = KnowledgeGraph.from_corpus(article, store=tmp_path / "kg.db", extractor=extractor)
    attacks = kg.relations("Israel", "Iran")
    israel = kg.resolve("Israel")
    assert set(zip(attacks["source"], attacks["target"], strict=True)) == {(israel, "IRN"), ("IRN", israel)}
    assert set(attacks["quad_class"]) == {4}
    assert all(e["date"] == "2025-03-01" for evidence in attacks["evidence"] for e in evidence)
    assert kg.graph.nodes["IRN"]["mentions"] == 2


class _Counting:
    """The shared extractor, counting the documents it is given."""

    def __init__(self, extractor: Extractor) -> None:
        self.inner, self.seen = extractor, 0
        self.catalogue = extractor.catalogue

    @property
    def version(self) -> str:
        return self.inner.version

    def pipe_isolated(self, docs: Any, **kw: Any) -> Any:
        for doc in docs:
            self.seen += 1
            yield from self.inner.pipe_isolated([doc], **kw)


def test_api_from_corpus_reuses_its_store(extractor: Extractor, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ndate: 2025-03-01\n---\nIsrael attacked Iran.\n", encoding="utf-8")
    (corpus / "b.md").write_text("---\ndate: 2025-03-02\n---\nRussia condemned Israel.\n", encoding="utf-8")
    counting = _Counting(extractor)
    first = KnowledgeGraph.from_corpus(corpus, store=tmp_path / "kg.db", extractor=counting)  # type: ignore[arg-type]
    assert counting.seen == 2
    again = KnowledgeGraph.from_corpus(corpus, store=tmp_path / "kg.db", extractor=counting)  # type: ignore[arg-type]
    assert counting.seen == 2
    assert sorted(again.graph.edges(keys=True)) == sorted(first.graph.edges(keys=True))
    (corpus / "b.md").write_text("---\ndate: 2025-03-02\n---\nRussia praised Iran.\n", encoding="utf-8")
    changed = KnowledgeGraph.from_corpus(corpus, store=tmp_path / "kg.db", extractor=counting)  # type: ignore[arg-type]
    assert counting.seen == 3
    assert changed.graph.has_edge("RUS", "IRN")


def test_api_from_build_loads_a_build_folder_with_its_mentions(seed_build: Path, tmp_path: Path) -> None:
    out = seed_build  # the seed corpus built by the session's extractor
    kg = KnowledgeGraph.from_build(out)
    built = nx.read_graphml(out / "graph.graphml")
    assert kg.graph.number_of_nodes() == built.number_of_nodes()
    assert kg.graph.number_of_edges() == built.number_of_edges()
    assert kg.graph.nodes["IRN"]["mentions"] == built.nodes["IRN"]["mentions"] > 0
    with pytest.raises(InputError, match="expected a graphkit build folder"):
        KnowledgeGraph.from_build(tmp_path)


def test_api_resolve_accepts_every_alias_of_the_most_mentioned_actors(
    seed_build: Path, catalogue: Catalogue
) -> None:
    """The seed corpus's 50 most-mentioned catalogue actors (all it has) by each label and alias;
    a catalogue code resolves when one actor of the graph has it, else names them all."""
    kg = KnowledgeGraph(KnowledgeGraph.from_build(seed_build).graph, catalogue=catalogue)
    graph = kg.graph
    known = {str(n): actor for n in graph if (actor := catalogue.get(str(n))) is not None}
    top = sorted(known, key=lambda n: (-graph.nodes[n]["mentions"], n))[:50]
    assert len(top) >= 30
    names = [(alias, node) for node in top for alias in (known[node].label, *known[node].aliases)]
    assert len(names) > 1000
    assert [(alias, node) for alias, node in names if kg.resolve(alias) != node] == []
    codes = {known[node].code for node in top}
    for code in codes:
        holders = {n for n, actor in known.items() if actor.code == code}
        if code in graph:  # an id wins: IRNMIL is Iran's military, though Soleimani's code too
            assert kg.resolve(code) == code
        elif len(holders) == 1:
            assert kg.resolve(code) in holders
        else:
            with pytest.raises(KeyError, match="ambiguous"):
                kg.resolve(code)
