"""Each format written, then read back by our own reader and by an independent one: igraph, lxml,
pandas, the csv module and NetworkX."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import igraph
import networkx as nx
import pandas as pd
import pytest
from lxml import etree

from graphkit.build import build
from graphkit.cli import main
from graphkit.errors import InputError
from graphkit.graph import build_graph
from graphkit.models import DocumentInfo, Mention, Relation, Span
from graphkit.readwrite import (
    FORMATS,
    default_name,
    evidence_path,
    read,
    read_csv,
    read_gexf,
    read_graphml,
    read_node_link_json,
    read_relations,
    write,
    write_csv,
    write_gexf,
    write_graphml,
    write_node_link_json,
    write_relations,
)

if TYPE_CHECKING:
    from graphkit.extract import Extractor

GEXF_NS = {"g": "http://gexf.net/1.3"}
TRICKY = 'Iran may ship missiles, "officials" said,\nto Russia — soon.'


def _mention(id: str, label: str, type: str = "state", country: str | None = None) -> Mention:
    return Mention(id=id, label=label, type=type, code=id, country=country, start=0, end=9, text=label)


def _relation(
    source: Mention, target: Mention, relation: str, sentence: str, day: dt.date | None, **kw: Any
) -> Relation:
    doc_id = f"doc-{day or 'undated'}"
    url = kw.pop("url", None)
    doc = DocumentInfo(id=doc_id, title="Title, with comma", date=day, source="The Mirror", url=url)
    fields: dict[str, Any] = {
        "cameo": "0712",
        "quad_class": 2,
        "polarity": "cooperative",
        "intensity": 7.4,
        "confidence": 0.9,
        **kw,
    }
    span = Span(start=0, end=len(sentence), text=sentence)
    return Relation(
        doc_id=doc_id, sentence=span, source=source, target=target, relation=relation, doc=doc, **fields
    )


IRN, RUS = _mention("IRN", "Iran", country="IRN"), _mention("RUS", "Russia", country="RUS")
UKR, NATO = _mention("UKR", "Ukraine", country="UKR"), _mention("NATO", "NATO", type="igo")
PACT = {"symmetric": True, "cameo": "057", "quad_class": 1}
STRIKE = {"cameo": "190", "quad_class": 4, "polarity": "conflictual", "intensity": -10.0}
CONDEMN = {"cameo": "122", "quad_class": 3, "polarity": "conflictual", "intensity": -2.0}
URL = "https://example.org/a?x=1,2"
RELATIONS = [
    _relation(IRN, RUS, "supply", "Iran supplies Russia with drones.", dt.date(2024, 3, 1)),
    _relation(IRN, RUS, "supply", TRICKY, dt.date(2024, 5, 2), modality="hedged", intensity=6.0),
    _relation(RUS, IRN, "partnership", "Russia and Iran signed a pact.", None, **PACT),
    _relation(RUS, UKR, "attack", "Russia struck Kyiv.", dt.date(2024, 4, 15), url=URL, **STRIKE),
    _relation(NATO, RUS, "condemn", "NATO condemned Russia.", dt.date(2024, 4, 16), **CONDEMN),
]


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph(RELATIONS)


def _expected_edge(data: dict[str, Any]) -> dict[str, Any]:
    """What a scalar-only format must carry for an edge, before type conversion by the reader."""
    out = {k: v for k, v in data.items() if k not in {"evidence", "modalities"} and v is not None}
    return {**out, "evidence_count": len(data["evidence"])}


def _assert_edge_survives(original: dict[str, Any], read: dict[str, Any]) -> None:
    for name, value in _expected_edge(original).items():
        assert read[name] == pytest.approx(value) if isinstance(value, float) else read[name] == value, name
    assert json.loads(read["evidence_json"]) == original["evidence"]
    assert json.loads(read["modalities_json"]) == original["modalities"]


# -- GraphML -----------------------------------------------------------------------------


def test_export_graphml_reads_back_with_igraph(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    read = igraph.Graph.Read_GraphML(str(path))
    assert read.is_directed()
    assert sorted(read.vs["id"]) == sorted(graph.nodes)
    assert {v["id"]: v["label"] for v in read.vs} == dict(graph.nodes(data="label"))
    edges = {
        (read.vs[e.source]["id"], read.vs[e.target]["id"], e["relation"]): e.attributes() for e in read.es
    }
    assert set(edges) == set(graph.edges(keys=True))
    for (u, v, key), attrs in edges.items():
        original = graph.edges[u, v, key]
        for name, value in _expected_edge(original).items():
            # igraph reads every GraphML number as a float
            assert attrs[name] == (pytest.approx(value) if isinstance(value, int | float) else value), name
        assert json.loads(attrs["evidence_json"]) == original["evidence"]
        assert attrs["weight"] == original["count"]


def test_export_graphml_reads_back_with_networkx(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    read = nx.read_graphml(path, force_multigraph=True)
    # networkx keys an edge by its GraphML id, unique in the file: source|target|relation.
    assert set(read.edges(keys=True)) == {(u, v, f"{u}|{v}|{key}") for u, v, key in graph.edges(keys=True)}
    for u, v, key, data in graph.edges(keys=True, data=True):
        _assert_edge_survives(data, read.edges[u, v, f"{u}|{v}|{key}"])
        assert read.edges[u, v, f"{u}|{v}|{key}"]["label"] == key
    for node, data in graph.nodes(data=True):
        assert read.nodes[node] == {k: v for k, v in data.items() if v is not None}
    assert "country" not in read.nodes["NATO"]
    assert json.loads(read.edges["IRN", "RUS", "IRN|RUS|supply"]["evidence_json"])[1]["sentence"] == TRICKY


def test_export_graphml_declares_one_typed_key_per_attribute(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    keys = etree.parse(str(path)).getroot().findall("{http://graphml.graphdrawing.org/xmlns}key")
    declared = [(k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in keys]
    assert all(kind for *_, kind in declared)
    assert len({(domain, name) for domain, name, _ in declared}) == len(declared)
    assert ("edge", "evidence_json", "string") in declared
    assert ("edge", "intensity", "double") in declared


def test_export_graphml_mixed_number_types_become_one_float_key(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_edge("A", "B", key="x", score=1)
    graph.add_edge("B", "C", key="x", score=2.5)
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    read = nx.read_graphml(path, force_multigraph=True)
    assert read.edges["A", "B", "A|B|x"]["score"] == 1.0
    assert isinstance(read.edges["A", "B", "A|B|x"]["score"], float)


def test_export_graphml_writes_to_an_open_file(graph: nx.MultiDiGraph) -> None:
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    read = nx.read_graphml(io.BytesIO(buffer.getvalue()), force_multigraph=True)
    assert read.number_of_edges() == graph.number_of_edges()


# -- GEXF --------------------------------------------------------------------------------


def test_export_gexf_reads_back_with_lxml(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "1.3"
    assert root.nsmap[None] == GEXF_NS["g"]
    assert root.nsmap["xsi"] == "http://www.w3.org/2001/XMLSchema-instance"
    element = root.find("g:graph", GEXF_NS)
    assert (element.get("mode"), element.get("timeformat")) == ("dynamic", "date")
    edges = {e.get("id"): e for e in root.iterfind(".//g:edge", GEXF_NS)}
    supply = edges["IRN|RUS|supply"]
    assert (supply.get("start"), supply.get("end")) == ("2024-03-01", "2024-05-02")
    assert (supply.get("kind"), supply.get("label"), supply.get("weight")) == ("supply", "supply", "2.0")
    assert edges["RUS|UKR|attack"].get("start") == edges["RUS|UKR|attack"].get("end") == "2024-04-15"
    # The partnership has no dated evidence, so it is present throughout.
    assert edges["IRN|RUS|partnership"].get("start") is None
    titles = {
        a.get("title"): a.get("type")
        for a in root.iterfind(".//g:attributes[@class='edge']/g:attribute", GEXF_NS)
    }
    assert titles["evidence_json"] == "string"
    assert titles["quad_class"] == "long"
    assert {e.get("source") for e in edges.values()} <= {
        n.get("id") for n in root.iterfind(".//g:node", GEXF_NS)
    }


def test_export_gexf_reads_back_with_networkx(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    read = nx.read_gexf(path, version="1.3")
    assert read.graph["mode"] == "dynamic"
    assert set(read.edges(keys=True)) == set(graph.edges(keys=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        edge = read.edges[u, v, key]
        _assert_edge_survives(data, edge)
        assert (edge.get("start"), edge.get("end")) == (data["first_date"], data["last_date"])
    for node, data in graph.nodes(data=True):
        assert read.nodes[node] == {k: v for k, v in data.items() if v is not None}


def test_export_gexf_spells_put_each_evidence_date_on_the_timeline(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path, timeline="spells")
    supply = nx.read_gexf(path, version="1.3").edges["IRN", "RUS", "supply"]
    assert supply["spells"] == [("2024-03-01", "2024-03-01"), ("2024-05-02", "2024-05-02")]
    assert "start" not in supply
    spells = (
        etree.parse(str(path)).getroot().findall(".//g:edge[@id='IRN|RUS|supply']/g:spells/g:spell", GEXF_NS)
    )
    assert [s.get("start") for s in spells] == ["2024-03-01", "2024-05-02"]


# -- node-link JSON and CSV --------------------------------------------------------------


def test_export_node_link_json_round_trips_every_attribute(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    write_node_link_json(graph, path)
    read = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert read.is_multigraph() and read.is_directed()
    assert dict(read.nodes(data=True)) == dict(graph.nodes(data=True))
    assert sorted(read.edges(keys=True, data=True)) == sorted(graph.edges(keys=True, data=True))


def test_export_csv_reads_back_with_pandas_and_csv(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    edges_path = tmp_path / "tables" / "graph.csv"
    written = write_csv(graph, edges_path)
    assert written == evidence_path(edges_path) == tmp_path / "tables" / "graph.evidence.csv"
    assert sorted(p.name for p in edges_path.parent.iterdir()) == ["graph.csv", "graph.evidence.csv"]
    edges = pd.read_csv(edges_path, keep_default_na=False)
    assert len(edges) == graph.number_of_edges()
    row = edges.set_index(["source", "target", "relation"]).loc[("IRN", "RUS", "supply")]
    assert (row["count"], row["intensity"], row["source_label"]) == (2, 6.7, "Iran")
    assert json.loads(row["modalities_json"]) == {"asserted": 1, "hedged": 1}
    assert "evidence_json" not in edges.columns
    with written.open(newline="", encoding="utf-8") as fh:
        evidence = list(csv.DictReader(fh))
    assert len(evidence) == sum(len(ev) for *_, ev in graph.edges(data="evidence"))
    tricky = next(r for r in evidence if r["modality"] == "hedged")
    assert (tricky["sentence"], tricky["title"], tricky["date"]) == (
        TRICKY,
        "Title, with comma",
        "2024-05-02",
    )
    undated = next(r for r in evidence if r["relation"] == "partnership")
    assert undated["date"] == "" and undated["url"] == ""
    assert next(r for r in evidence if r["relation"] == "attack")["url"] == URL


# -- our own readers ---------------------------------------------------------------------


def _without_none(data: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in data.items() if value is not None}


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_export_reader_gives_back_the_graph(graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    path = write(graph, fmt, tmp_path / default_name(fmt))
    back = read(path)
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))
    assert {n: _without_none(d) for n, d in back.nodes(data=True)} == {
        n: _without_none(d) for n, d in graph.nodes(data=True)
    }
    timeline = {"start", "end", "id"} if fmt == "gexf" else set()
    for u, v, key, data in graph.edges(keys=True, data=True):
        read_back = {k: value for k, value in back.edges[u, v, key].items() if k not in timeline}
        assert read_back == (data if fmt == "json" else _without_none(data)), (u, v, key)


def test_export_csv_reader_gives_back_edges_and_evidence(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = write(graph, "csv", tmp_path / "graph.csv")
    back = read_csv(path)
    assert dict(back.nodes(data="label")) == dict(graph.nodes(data="label"))
    for u, v, key, data in graph.edges(keys=True, data=True):
        assert back.edges[u, v, key] == _without_none(data), (u, v, key)
    edges_only = read_csv(io.StringIO(path.read_text(encoding="utf-8")))
    assert edges_only.edges["IRN", "RUS", "supply"]["count"] == 2
    assert "evidence" not in edges_only.edges["IRN", "RUS", "supply"]


def test_export_relations_round_trip_through_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "relations.jsonl"
    assert write_relations(RELATIONS, path) == len(RELATIONS)
    assert list(read_relations(path)) == RELATIONS
    assert list(read_relations(tmp_path)) == RELATIONS
    assert sorted(read(tmp_path).edges(keys=True)) == sorted(build_graph(RELATIONS).edges(keys=True))


@pytest.mark.parametrize(
    ("reader", "name", "content", "message"),
    [
        (read_graphml, "g.graphml", b"<graphml><broken", "not readable as GraphML"),
        (read_gexf, "g.gexf", b"<gexf><broken", "not readable as GEXF 1.3"),
        (read_node_link_json, "g.json", b'{"nodes": [', "not readable as node-link JSON"),
        (read_csv, "g.csv", b"from,to\nIRN,RUS\n", "expected an edges CSV table with the columns source"),
    ],
)
def test_export_readers_name_the_file_they_cannot_read(
    tmp_path: Path, reader: Any, name: str, content: bytes, message: str
) -> None:
    good = write(
        build_graph(RELATIONS),
        {".graphml": "graphml", ".gexf": "gexf", ".json": "json", ".csv": "csv"}[Path(name).suffix],
        tmp_path / "good" / name,
    )
    assert reader(good).number_of_edges() == 4
    (tmp_path / name).write_bytes(content)
    with pytest.raises(InputError, match=f"{name}: {message}"):
        reader(tmp_path / name)
    with pytest.raises(InputError, match="no such file"):
        reader(tmp_path / "missing" / name)


def test_export_read_finds_the_graph_of_a_build_folder(tmp_path: Path) -> None:
    write_graphml(build_graph(RELATIONS), tmp_path / "graph.graphml")
    assert read(tmp_path).number_of_edges() == 4
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match=r"expected a directory holding relations\.jsonl or graph\.graphml"):
        read(empty)
    (tmp_path / "graph.dot").write_text("digraph {}", encoding="utf-8")
    with pytest.raises(InputError, match=r"expected a file ending in \.jsonl, \.graphml"):
        read(tmp_path / "graph.dot")


# -- failures and dispatch ---------------------------------------------------------------


WRITERS: dict[str, tuple[Callable[..., Any], str]] = {
    "graphml": (write_graphml, "graph.graphml"),
    "gexf": (write_gexf, "graph.gexf"),
    "json": (write_node_link_json, "graph.json"),
    "csv": (write_csv, "graph.csv"),
}


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_export_failing_writer_leaves_no_file(graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    writer, name = WRITERS[fmt]
    writer(graph, tmp_path / "good" / name)
    assert (tmp_path / "good" / name).is_file()
    graph.edges["RUS", "UKR", "attack"]["evidence"][0]["unserialisable"] = object()
    (tmp_path / "bad").mkdir()
    with pytest.raises(TypeError, match="object"):
        writer(graph, tmp_path / "bad" / name)
    assert list((tmp_path / "bad").iterdir()) == []


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_export_failing_writer_keeps_the_previous_file(
    graph: nx.MultiDiGraph, tmp_path: Path, fmt: str
) -> None:
    writer, name = WRITERS[fmt]
    target = tmp_path / name
    writer(graph, target)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert target.name in before
    graph.edges["IRN", "RUS", "supply"]["broken"] = object()
    with pytest.raises(TypeError):
        writer(graph, target)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_export_write_dispatches_and_rejects_unknown_formats(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    assert write(graph, "json", tmp_path / "g.json").exists()
    with pytest.raises(ValueError, match="expected one of graphml, gexf, json, csv"):
        write(graph, "dot", tmp_path / "g.dot")


# -- command line ------------------------------------------------------------------------


@pytest.fixture
def build_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    lines = [rel.model_dump_json() for rel in RELATIONS]
    (folder / "relations.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_cli_writes_each_format_beside_the_relations(
    build_dir: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", fmt, "--graph", str(build_dir)]) == 0
    written = build_dir / default_name(fmt)
    assert written.is_file()
    assert "4 actors, 4 edges" in capsys.readouterr().out
    back = read(written)
    assert sorted(back.edges(keys=True)) == sorted(build_graph(RELATIONS).edges(keys=True))


def test_export_cli_csv_out_is_the_file_it_names(build_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "exp" / "graph.csv"
    assert main(["export", "csv", "--graph", str(build_dir), "--out", str(out)]) == 0
    assert out.is_file()
    assert sorted(p.name for p in out.parent.iterdir()) == ["graph.csv", "graph.evidence.csv"]
    assert read_csv(out).number_of_edges() == build_graph(RELATIONS).number_of_edges() == 4


def test_export_cli_reads_a_relations_file_and_writes_out(build_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere" / "g.gexf"
    assert (
        main(["export", "gexf", "--graph", str(build_dir / "relations.jsonl"), "--out", str(out), "--spells"])
        == 0
    )
    assert nx.read_gexf(out, version="1.3").edges["RUS", "UKR", "attack"]["spells"] == [
        ("2024-04-15", "2024-04-15")
    ]


def test_export_cli_reports_a_bad_line(build_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with (build_dir / "relations.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "x"}\n')
    assert main(["export", "graphml", "--graph", str(build_dir)]) == 1
    err = capsys.readouterr().err
    assert "relations.jsonl:6: not a relation record" in err
    assert not (build_dir / "graph.graphml").exists()


def test_export_cli_needs_relations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "json", "--graph", str(tmp_path)]) == 1
    assert "no relations.jsonl" in capsys.readouterr().err


def test_export_cli_keeps_the_mentions_of_a_build(tmp_path: Path, extractor: Extractor) -> None:
    """A build folder's store gives the export what ``build`` gives its own GraphML: mention
    counts, and catalogue actors named without a relation."""
    out = tmp_path / "out"
    assert build([Path(__file__).parents[1] / "corpus"], out, extractor=extractor).exit_status == 0
    assert main(["export", "graphml", "--graph", str(out), "--out", str(tmp_path / "export.graphml")]) == 0
    built, exported = nx.read_graphml(out / "graph.graphml"), nx.read_graphml(tmp_path / "export.graphml")
    assert set(exported.nodes) == set(built.nodes)
    assert {n: d.get("mentions") for n, d in exported.nodes(data=True)} == {
        n: d.get("mentions") for n, d in built.nodes(data=True)
    }
    assert any(d.get("mentions") for _, d in exported.nodes(data=True))


@pytest.mark.parametrize("name", ["relations.jsonl", "graph.csv"])
def test_export_readers_name_a_file_that_is_not_utf8(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"source,target,relation\n" + b"\x9e\x9d\xba\x1d\n" * 5000)
    with pytest.raises(InputError, match=rf"{name}: not UTF-8 text \(invalid start byte\): expected"):
        list(read_relations(path)) if name.endswith(".jsonl") else read_csv(path)
