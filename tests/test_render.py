"""The HTML explorer as a document: self-contained, escaped, truncated and cut as asked.

What the page does in a browser is tested in ``test_browser.py``.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
import pytest

from graphkit.build import build
from graphkit.cli import view
from graphkit.errors import InputError
from graphkit.graph import build_graph, ego_graph, find_actor, top_actors
from graphkit.models import DocumentInfo, Mention, Relation, Span
from graphkit.readwrite import read, write_graphml
from graphkit.render import ACTOR_COLOURS, QUAD_CLASSES, render_html, write_html
from graphkit.render.html import script_json

if TYPE_CHECKING:
    from graphkit.extract import Extractor

HOSTILE = "Iran arms Russia </script><script>alert(2)</script> <img src=x onerror=alert(1)> & \u2028 <!--"


def _actor(actor_id: str, label: str, kind: str = "state") -> Mention:
    return Mention(
        id=actor_id, label=label, type=kind, code=actor_id, country=None, start=0, end=1, text=label
    )


def _relation(
    source: Mention, target: Mention, relation: str, quad_class: int, sentence: str, **extra: object
) -> Relation:
    return Relation(
        doc_id=f"d-{len(sentence)}",
        sentence=Span(start=0, end=len(sentence), text=sentence),
        source=source,
        target=target,
        relation=relation,
        cameo="190" if quad_class == 4 else "0712",
        quad_class=quad_class,
        polarity="cooperative" if quad_class < 3 else "conflictual",
        intensity=-10.0 if quad_class == 4 else 7.4,
        confidence=0.9,
        doc=DocumentInfo(id="d", date=dt.date(2024, 3, 1), url="https://example.org/a", source="Reuters"),
        **extra,
    )


IRN = _actor("IRN", "Iran")
RUS = _actor("RUS", "Russia")
UKR = _actor("UKR", "Ukraine")
HMS = _actor("HMS", "Hamas", "armed_group")


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    return build_graph(
        [
            _relation(IRN, RUS, "supply", 2, HOSTILE),
            _relation(RUS, UKR, "attack", 4, "Russia attacked Ukraine."),
            _relation(RUS, UKR, "attack", 4, "Russia shelled Ukraine again."),
            _relation(IRN, HMS, "partnership", 1, "Iran and Hamas agreed to talk.", symmetric=True),
        ]
    )


class _Page(HTMLParser):
    """The scripts, links and CSP of a page, as a browser's tokenizer sees them."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self._open: dict[str, str | None] | None = None
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None

    def data(self) -> dict:
        (text,) = [text for attrs, text in self.scripts if attrs.get("id") == "graphkit-data"]
        return json.loads(text)

    def csp(self) -> str:
        (content,) = [a["content"] for t, a in self.tags if t == "meta" and a.get("http-equiv")]
        return str(content)


def test_render_hostile_text_cannot_leave_the_data_block(graph: nx.MultiDiGraph) -> None:
    page = _Page(render_html(graph))
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/json", None, None]
    sentences = [e["sentence"] for rel in page.data()["relations"].values() for e in rel["evidence"]]
    assert HOSTILE in sentences
    block = next(text for attrs, text in page.scripts if attrs.get("id") == "graphkit-data")
    assert not set(block) & set("<>&\u2028\u2029")


def test_render_script_json_round_trips() -> None:
    value = {"s": HOSTILE, "n": [1, 2.5, None]}
    assert json.loads(script_json(value)) == value


def test_render_page_references_nothing_outside_itself(graph: nx.MultiDiGraph) -> None:
    page = _Page(render_html(graph))
    assert not [t for t, a in page.tags if t in {"link", "img", "iframe"} or a.get("src") or a.get("href")]
    assert "default-src 'none'" in page.csp()
    vis_source = page.scripts[1][1]
    assert vis_source.startswith("/**\n * vis-network") and len(vis_source) > 400_000


def test_render_csp_allows_exactly_the_inline_scripts(graph: nx.MultiDiGraph) -> None:
    page = _Page(render_html(graph))
    allowed = set(re.findall(r"'sha256-([^']+)'", page.csp()))
    executable = [text for attrs, text in page.scripts if attrs.get("type") is None]
    assert allowed == {base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() for t in executable}


def test_render_inlined_assets_cannot_end_their_element(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph)
    assert page.lower().count("</script") == 3
    assert page.count("<!--") == 0


def test_render_title_is_text() -> None:
    page = render_html(nx.MultiDiGraph(), title="<b>Iran & Russia</b>")
    assert "<title>&lt;b&gt;Iran &amp; Russia&lt;/b&gt;</title>" in page
    assert "<h1>&lt;b&gt;Iran &amp; Russia&lt;/b&gt;</h1>" in page


def test_render_styles_nodes_by_type_and_edges_by_class(graph: nx.MultiDiGraph) -> None:
    data = _Page(render_html(graph)).data()
    colours = {n["id"]: n["color"]["background"] for n in data["nodes"]}
    assert colours == {
        "HMS": ACTOR_COLOURS["armed_group"],
        **dict.fromkeys(["IRN", "RUS", "UKR"], ACTOR_COLOURS["state"]),
    }
    by_relation = {data["relations"][e["id"]]["relation"]: e for e in data["edges"]}
    assert by_relation["attack"]["color"]["color"] == QUAD_CLASSES[4].colour
    assert by_relation["partnership"]["dashes"] is True
    assert by_relation["partnership"]["arrows"]["to"]["enabled"] is False
    assert by_relation["supply"]["arrows"]["to"]["enabled"] is True
    assert data["relations"][by_relation["attack"]["id"]]["count"] == 2


def test_render_keeps_best_connected_actors_and_says_so(graph: nx.MultiDiGraph) -> None:
    page = render_html(graph, max_nodes=2)
    data = _Page(page).data()
    # RUS has 3 sentences; IRN and UKR tie on 2 and the smaller id wins.
    assert data["drawn"] == ["IRN", "RUS"]
    drawn = set(data["drawn"])
    between = [r["relation"] for r in data["relations"].values() if {r["source"], r["target"]} <= drawn]
    assert between == ["supply"]
    # every actor and relation travels, for the search to bring into view
    assert sorted(data["actors"]) == ["HMS", "IRN", "RUS", "UKR"]
    assert len(data["relations"]) == graph.number_of_edges()
    assert "Showing the 2 best connected of 4 actors" in page
    assert "Showing" not in render_html(graph)


def test_render_leaves_out_actors_with_no_relation_and_says_so(graph: nx.MultiDiGraph) -> None:
    named = graph.copy()
    named.add_node("OMN", label="Oman", type="state", code="OMN", country="OMN", mentions=3)
    page = render_html(named)
    assert "OMN" not in _Page(page).data()["drawn"]
    assert "OMN" in _Page(page).data()["actors"]  # the search finds it
    assert "1 actors named with no relation are not drawn; search finds them" in page
    assert "OMN" in _Page(render_html(named, focus="OMN")).data()["drawn"]
    assert "OMN" in _Page(render_html(named, unrelated=True)).data()["drawn"]
    assert "named with no relation" not in render_html(named, unrelated=True)


def test_render_focus_survives_truncation(graph: nx.MultiDiGraph) -> None:
    data = _Page(render_html(graph, max_nodes=2, focus="HMS")).data()
    assert data["focus"] == "HMS" and "HMS" in data["drawn"] and len(data["drawn"]) == 2


def test_render_find_actor_by_id_code_label_alias() -> None:
    g = nx.MultiDiGraph()
    g.add_node("IRN", label="Iran", code="IRN", aliases=["Islamic Republic of Iran"])
    g.add_node("IRNGOV", label="Government of Iran", code="IRNGOV")
    g.add_node("KHA", label="Ali Khamenei", code="IRNGOV")
    assert find_actor(g, " iran ") == "IRN"
    assert find_actor(g, "irngov") == "IRNGOV"  # the id wins over two codes
    assert find_actor(g, "ali khamenei") == "KHA"
    assert find_actor(g, "Islamic Republic of Iran") == "IRN"
    with pytest.raises(InputError, match="no actor 'Persia'"):
        find_actor(g, "Persia")
    g.add_node("KHB", label="Ali Khamenei", code="X")
    with pytest.raises(InputError, match=r"ambiguous.*KHA, KHB"):
        find_actor(g, "Ali Khamenei")


def test_render_ego_graph_follows_edges_both_ways(graph: nx.MultiDiGraph) -> None:
    assert sorted(ego_graph(graph, "Hamas", 1)) == ["HMS", "IRN"]
    assert sorted(ego_graph(graph, "HMS", 2)) == ["HMS", "IRN", "RUS"]
    assert ego_graph(graph, "UKR", 1).number_of_edges() == 1  # RUS→UKR attack, both sentences
    with pytest.raises(InputError, match="hops"):
        ego_graph(graph, "UKR", -1)


def test_render_top_actors_one_ranking_with_one_tie_break(graph: nx.MultiDiGraph) -> None:
    # sentences: RUS 1 + 2, IRN 1 + 1, UKR 2, HMS 1; ties go to the more mentioned, then the smaller id
    assert top_actors(graph, 4) == [("RUS", 3), ("IRN", 2), ("UKR", 2), ("HMS", 1)]
    graph.nodes["UKR"]["mentions"] = 5
    assert [node for node, _ in top_actors(graph, 3)] == ["RUS", "UKR", "IRN"]
    assert [node for node, _ in top_actors(graph, 2, keep=["HMS"])] == ["RUS", "HMS"]
    assert top_actors(graph, 2, weight=None) == [("IRN", 2), ("RUS", 2)]  # edges, not sentences
    shown = _Page(render_html(graph, max_nodes=3)).data()["drawn"]
    assert sorted(shown) == ["IRN", "RUS", "UKR"]


def test_render_write_html_is_atomic(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    out = write_html(graph, tmp_path / "sub" / "graph.html", title="t")
    assert out == tmp_path / "sub" / "graph.html"
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]
    assert out.read_text(encoding="utf-8") == render_html(graph, title="t")


def _view(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="graphkit")
    view.add_parser(parser.add_subparsers())
    return parser.parse_args(["view", *argv])


def test_render_view_command_writes_ego_view_from_relations(tmp_path: Path, capsys) -> None:
    rels = [
        _relation(IRN, RUS, "supply", 2, "Iran supplied Russia."),
        _relation(RUS, UKR, "attack", 4, "Russia attacked Ukraine."),
    ]
    (tmp_path / "relations.jsonl").write_text(
        "".join(r.model_dump_json() + "\n" for r in rels), encoding="utf-8"
    )
    out = tmp_path / "ego.html"
    assert view.run(_view("--graph", str(tmp_path), "--actor", "iran", "--hops", "1", "--out", str(out))) == 0
    assert capsys.readouterr().out.strip() == str(out)
    data = _Page(out.read_text(encoding="utf-8")).data()
    assert data["drawn"] == ["IRN", "RUS"] and data["focus"] == "IRN"
    assert sorted(data["actors"]) == ["IRN", "RUS", "UKR"]
    assert "<title>Iran: relations within 1 hop</title>" in out.read_text(encoding="utf-8")
    assert "Showing the 2 actors within 1 hop of Iran, of 3; search finds the others." in out.read_text(
        encoding="utf-8"
    )


def test_render_ego_view_counts_as_the_main_view(tmp_path: Path, extractor: Extractor) -> None:
    """The ego view of a build folder shows each actor's mentions and sentences as the build's page."""
    out = tmp_path / "out"
    assert build([Path(__file__).parents[1] / "corpus"], out, extractor=extractor).exit_status == 0
    main = _Page((out / "graph.html").read_text(encoding="utf-8")).data()["actors"]
    for graph_arg in (out, out / "relations.jsonl"):
        page = tmp_path / "iran.html"
        assert view.run(_view("--graph", str(graph_arg), "--actor", "Iran", "--out", str(page))) == 0
        ego = _Page(page.read_text(encoding="utf-8")).data()
        assert ego["actors"]["IRN"]["mentions"] == main["IRN"]["mentions"] > 0
        for actor in ego["drawn"]:
            assert ego["actors"][actor] == main[actor], actor
    # a name only the catalogue knows
    assert view.run(_view("--graph", str(out), "--actor", "Tehran", "--out", str(tmp_path / "t.html"))) == 0


def test_render_view_command_reads_exported_graphml(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    write_graphml(graph, tmp_path / "graph.graphml")
    back = read(tmp_path / "graph.graphml")
    assert back.edges["IRN", "RUS", "supply"]["evidence"] == graph.edges["IRN", "RUS", "supply"]["evidence"]
    assert back.edges["RUS", "UKR", "attack"]["modalities"] == {"asserted": 2}
    out = tmp_path / "g.html"
    view.run(_view("--graph", str(tmp_path / "graph.graphml"), "--out", str(out)))
    assert len(_Page(out.read_text(encoding="utf-8")).data()["relations"]) == graph.number_of_edges()


def test_render_view_command_reports_bad_input(tmp_path: Path) -> None:
    good = _relation(IRN, RUS, "supply", 2, "Iran supplied Russia.").model_dump_json()
    (tmp_path / "relations.jsonl").write_text(good + '\n{"doc_id": "d1"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"relations.jsonl:2: not a relation record"):
        view.run(_view("--graph", str(tmp_path), "--out", str(tmp_path / "g.html")))
    assert not (tmp_path / "g.html").exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="expected a directory holding"):
        view.run(_view("--graph", str(empty)))
    with pytest.raises(InputError, match="no such file"):
        view.run(_view("--graph", str(tmp_path / "missing.graphml")))
