"""The seed corpus's graph files as Gephi's neighbours read them: networkx, igraph, and graphology's
GraphML and GEXF parsers (the readers of Gephi Lite and sigma.js), run with node.

graphology's parsers live in ``tests/js`` (``package.json`` and ``package-lock.json``; ``make
test`` runs ``npm ci`` there). The tests that need them are skipped only when node is absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import igraph
import networkx as nx
import pytest
from lxml import etree

from graphkit.api import KnowledgeGraph
from graphkit.cli import main
from graphkit.readwrite import FORMATS, read, write_gexf, write_graphml

if TYPE_CHECKING:
    pass

ROOT = Path(__file__).parents[1]
JS = Path(__file__).parent / "js"
GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = "{http://gexf.net/1.3}"
INTEGERS = {"edge": ("count", "quad_class", "evidence_count"), "node": ("mentions",)}

needs_node = pytest.mark.skipif(
    shutil.which("node") is None, reason="node is not installed: graphology cannot run"
)


@pytest.fixture(scope="module")
def seed(seed_build: Path) -> Path:
    """A build folder of the seed corpus (the session's: read only)."""
    return seed_build


@pytest.fixture(scope="module")
def graph(seed: Path) -> nx.MultiDiGraph:
    return KnowledgeGraph.from_build(seed).graph


def _graphology(fmt: str, path: Path) -> dict[str, Any]:
    if not (JS / "node_modules" / "graphology").is_dir():
        pytest.fail(f"graphology is not installed in {JS}: run `npm ci` there (make setup-dev does)")
    done = subprocess.run(
        ["node", str(JS / "read_graph.js"), fmt, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _xml_edge_ids(path: Path, ns: str) -> list[str]:
    return [edge.get("id") for edge in etree.parse(str(path)).getroot().iter(f"{ns}edge")]


def test_gephi_readers_seed_graph_has_parallel_relations(graph: nx.MultiDiGraph) -> None:
    """The test below means something only if relation names repeat across pairs, as they do."""
    names = Counter(key for *_, key in graph.edges(keys=True))
    assert names.most_common(1)[0][1] > 1
    assert graph.number_of_edges() > 20


def test_gephi_readers_graphml_ids_are_unique_and_integers_typed(
    graph: nx.MultiDiGraph, tmp_path: Path
) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    ids = _xml_edge_ids(path, GRAPHML_NS)
    assert len(ids) == graph.number_of_edges() == len(set(ids))
    assert set(ids) == {f"{u}|{v}|{key}" for u, v, key in graph.edges(keys=True)}
    keys = etree.parse(str(path)).getroot().findall(f"{GRAPHML_NS}key")
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    for domain, names in INTEGERS.items():
        for name in names:
            assert types[domain, name] in {"int", "long"}, (domain, name)


def test_gephi_readers_graphml_networkx_and_igraph_agree(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    assert all(isinstance(data["count"], int) for *_, data in back.edges(data=True))
    assert all(isinstance(data["quad_class"], int) for *_, data in back.edges(data=True))
    assert all(isinstance(data["mentions"], int) for _, data in back.nodes(data=True))
    ours = read(path)
    assert set(ours.edges(keys=True)) == set(graph.edges(keys=True))
    ig = igraph.Graph.Read_GraphML(str(path))
    assert (ig.vcount(), ig.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    through = igraph.Graph.from_networkx(back)  # igraph by way of networkx keeps integers
    assert all(isinstance(edge["count"], int) for edge in through.es)
    # igraph's GraphML reader holds every number as a double: integers arrive as integral floats.
    for edge in ig.es:
        original = graph.edges[ig.vs[edge.source]["id"], ig.vs[edge.target]["id"], edge["relation"]]
        assert edge["count"] == original["count"] and float(edge["count"]).is_integer()
        assert edge["quad_class"] == original["quad_class"]


@needs_node
def test_gephi_readers_graphml_graphology_reads_every_edge(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    write_graphml(graph, path)
    read_back = _graphology("graphml", path)
    assert read_back["order"] == graph.number_of_nodes()
    assert read_back["size"] == graph.number_of_edges()
    assert set(read_back["edges"]) == {f"{u}|{v}|{key}" for u, v, key in graph.edges(keys=True)}
    for edge_key, edge in read_back["edges"].items():
        u, v, key = edge_key.split("|")
        assert (edge["source"], edge["target"]) == (u, v)
        attrs = edge["attributes"]
        assert attrs["count"] == ["number", graph.edges[u, v, key]["count"]]
        assert attrs["quad_class"] == ["number", graph.edges[u, v, key]["quad_class"]]
        assert attrs["relation"] == ["string", key]
    for node, attrs in read_back["nodes"].items():
        assert attrs["mentions"] == ["number", graph.nodes[node]["mentions"]]
        assert attrs["label"] == ["string", graph.nodes[node]["label"]]


@needs_node
def test_gephi_readers_gexf_graphology_and_networkx_agree(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    path = tmp_path / "graph.gexf"
    write_gexf(graph, path)
    ids = _xml_edge_ids(path, GEXF_NS)
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    declared = {
        (a.getparent().get("class"), a.get("title")): a.get("type")
        for a in etree.parse(str(path)).getroot().iter(f"{GEXF_NS}attribute")
    }
    for domain, names in INTEGERS.items():
        for name in names:
            assert declared[domain, name] in {"integer", "long"}, (domain, name)
    read_back = _graphology("gexf", path)
    assert (read_back["order"], read_back["size"]) == (graph.number_of_nodes(), graph.number_of_edges())
    assert set(read_back["edges"]) == set(ids)
    for edge_key, edge in read_back["edges"].items():
        u, v, key = edge_key.split("|")
        assert edge["attributes"]["count"] == ["number", graph.edges[u, v, key]["count"]]
    back = nx.read_gexf(path, version="1.3")
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )
    assert set(read(path).edges(keys=True)) == set(graph.edges(keys=True))


@pytest.mark.parametrize("fmt", FORMATS)
def test_gephi_readers_export_out_is_the_file_it_names(seed: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "exp" / "deeper" / f"mine.{fmt}"
    assert main(["export", fmt, "--graph", str(seed), "--out", str(out)]) == 0
    assert out.is_file()
    expected = {f"mine.{fmt}"} | ({"mine.evidence.csv"} if fmt == "csv" else set())
    assert {p.name for p in out.parent.iterdir()} == expected
    assert read(out).number_of_edges() == KnowledgeGraph.from_build(seed).graph.number_of_edges()


def test_gephi_readers_export_out_naming_a_folder_is_refused(
    seed: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exp"
    folder.mkdir()
    assert main(["export", "graphml", "--graph", str(seed), "--out", str(folder)]) == 1
    assert f"--out {folder}: is a folder; expected the file to write, e.g. {folder}/graph.graphml" in (
        capsys.readouterr().err
    )
    assert list(folder.iterdir()) == []
