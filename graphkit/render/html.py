"""Render a graph as one self-contained, interactive HTML page.

pyvis assembles the node and edge records in vis-network's format; a template of our own
inlines vis-network's JS and CSS from the pyvis package, so the page opens with the
network off and makes no request at all (its Content-Security-Policy forbids them too).
The graph travels as JSON inside ``<script type="application/json">``; the page's script
builds every piece of article text into the DOM with ``textContent``, never as markup.

Examples
--------
>>> from graphkit.graph import build_graph
>>> from graphkit.models import Mention, Relation, Span
>>> iran = Mention(id="IRN", label="Iran", type="state", code="IRN", start=0, end=4, text="Iran")
>>> rus = Mention(id="RUS", label="Russia", type="state", code="RUS", start=14, end=20, text="Russia")
>>> rel = Relation(doc_id="d1", sentence=Span(start=0, end=33, text="Iran supplies Russia with drones."),
...                source=iran, target=rus, relation="supply", cameo="0712", quad_class=2,
...                polarity="cooperative", intensity=7.4, confidence=0.9)
>>> page = render_html(build_graph([rel]), title="Drones")
>>> "<title>Drones</title>" in page, "Iran supplies Russia with drones." in page
(True, True)
"""

from __future__ import annotations

import base64
import hashlib
import importlib.resources
import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import jinja2
import networkx as nx
from markupsafe import Markup
from pyvis.network import Network

from graphkit.graph import top_actors, weighted_degree
from graphkit.io import atomic_write
from graphkit.models import Modality
from graphkit.render.layout import communities, layout

__all__ = [
    "ACTOR_COLOURS",
    "QUAD_CLASSES",
    "QuadClassStyle",
    "render_html",
    "script_json",
    "write_html",
]

log = logging.getLogger(__name__)

ACTOR_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "state": "#4e79a7",
        "government": "#a0cbe8",
        "military": "#b07aa1",
        "person": "#f28e2b",
        "igo": "#76b7b2",
        "organisation": "#59a14f",
        "armed_group": "#e15759",
        "group": "#9c755f",
    }
)
"""Node colour of each actor type (Tableau 10: distinct for most colour-blind readers)."""

OTHER_COLOUR = "#bab0ac"


class QuadClassStyle(NamedTuple):
    """How the edges of one CAMEO QuadClass look."""

    label: str
    colour: str
    dashed: bool
    """Verbal classes are dashed, so class survives a greyscale print."""


QUAD_CLASSES: Mapping[int, QuadClassStyle] = MappingProxyType(
    {
        1: QuadClassStyle("verbal cooperation", "#74c476", True),
        2: QuadClassStyle("material cooperation", "#1a7a3a", False),
        3: QuadClassStyle("verbal conflict", "#f39c4a", True),
        4: QuadClassStyle("material conflict", "#c0262d", False),
    }
)
"""Edge style of each QuadClass: green for cooperation, orange/red for conflict."""

MODALITIES: tuple[Modality, ...] = ("asserted", "hedged", "speculative", "negated")

WEIGHT = "events"
"""What ranks actors and widens edges on the page: events, not the sentences reporting them."""
LARGE = 2000
"""Above this many relations, edges are not drawn while the view is dragged or zoomed."""

_VIS = ("lib", "vis-9.1.2")
_ASSETS = "assets"


def render_html(
    graph: nx.MultiDiGraph,
    *,
    title: str | None = None,
    max_nodes: int = 150,
    focus: str | None = None,
    unrelated: bool = False,
    hops: int | None = None,
) -> str:
    """The explorer page for ``graph``: one HTML document that needs nothing else.

    Parameters
    ----------
    graph
        A graphkit graph (see :mod:`graphkit.graph`).
    title
        Page title and heading; defaults to a count of actors and relations.
    max_nodes
        Above this many actors, keep the best connected (see :func:`graphkit.graph.top_actors`)
        and say so on the page.
    focus
        A node id to select and show when the page opens (the centre of an ego view).
    unrelated
        Also draw the actors named without any relation (by default they are left out of the
        drawing, and the page's search still finds them).
    hops
        With ``focus``, an ego view: draw the actors within ``hops`` relations of it (either
        way). The rest of the graph travels too, so counts are the whole graph's, as on the
        main page, and the search reaches beyond the neighbourhood.

    Returns
    -------
    str
        The page. Every actor and relation of ``graph`` travels in it: the search finds any
        actor, drawn or not, and brings it into view with its neighbours.
    """
    if focus is not None and focus not in graph:
        raise ValueError(f"focus {focus!r} is not a node of the graph")
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    if hops is not None and (focus is None or hops < 0):
        raise ValueError(f"hops needs a focus and must be 0 or more, got focus={focus!r}, hops={hops}")
    related = graph.subgraph(n for n in graph if unrelated or graph.degree(n) or n == focus)
    scope = related
    notices = []
    if hops is not None:
        scope = graph.subgraph(nx.ego_graph(graph, focus, radius=hops, undirected=True))
        label = graph.nodes[focus].get("label") or focus
        notices.append(
            f"Showing the {scope.number_of_nodes()} actors within {hops} hop{'s' if hops != 1 else ''} "
            f"of {label}, of {related.number_of_nodes()}; search finds the others."
        )
    shown = scope
    if scope.number_of_nodes() > max_nodes:
        top = top_actors(scope, max_nodes, weight=WEIGHT, keep=[focus] if focus else [])
        shown = scope.subgraph(node for node, _ in top).copy()
        notices.append(
            f"Showing the {shown.number_of_nodes()} best connected of {scope.number_of_nodes()} actors "
            f"(ranked by the events on their relations) and {shown.number_of_edges()} of "
            f"{scope.number_of_edges()} relations."
        )
    if graph.number_of_edges() > LARGE:
        notices.append(
            f"Over {LARGE:,} relations: lines have no arrowheads or dashes (the colour gives the class, "
            "the tooltip the direction) and are hidden while the view moves."
        )
    if hops is None and related.number_of_nodes() < graph.number_of_nodes():
        # named without any relation: in the graph files and the page's data, not drawn
        left_out = graph.number_of_nodes() - related.number_of_nodes()
        notices.append(f"{left_out} actors named with no relation are not drawn; search finds them.")
    notice = " ".join(notices) or None
    if notice:
        log.info("%s", notice)
    title = title or f"{scope.number_of_nodes()} actors, {scope.number_of_edges()} relations"
    payload = _payload(graph, set(shown), focus, max_nodes)
    vis_js, page_js = _vis_asset("vis-network.min.js"), _asset("explorer.js")
    return _template().render(
        title=title,
        notice=notice,
        csp=_content_security_policy([vis_js, page_js]),
        vis_css=Markup(_vis_asset("vis-network.css")),
        page_css=Markup(_asset("explorer.css")),
        vis_js=Markup(vis_js),
        page_js=Markup(page_js),
        data_json=Markup(script_json(payload)),
        classes=[{"code": code, **style._asdict()} for code, style in QUAD_CLASSES.items()],
        modalities=payload["modalityCounts"],
        types=_legend_types(shown),
        max_count=max((rel["events"] for rel in payload["relations"].values()), default=1),
        dates=payload["dates"],
        months=payload["months"],
        cap=max(len(payload["drawn"]), 1),
        actor_total=max(len(payload["actors"]), 1),
    )


def write_html(
    graph: nx.MultiDiGraph,
    path: str | Path,
    *,
    title: str | None = None,
    max_nodes: int = 150,
    focus: str | None = None,
    unrelated: bool = False,
    hops: int | None = None,
) -> Path:
    """Write :func:`render_html` of ``graph`` to ``path`` atomically; returns ``path``.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "graph.html"
    >>> write_html(nx.MultiDiGraph(), out).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    True
    """
    page = render_html(graph, title=title, max_nodes=max_nodes, focus=focus, unrelated=unrelated, hops=hops)
    with atomic_write(path) as fh:
        fh.write(page)
    return Path(path)


def script_json(value: Any) -> str:
    """``value`` as JSON safe inside a ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so no ``</script>`` or
    ``<!--`` in article text can end the element; U+2028/U+2029 too, for old parsers.

    >>> script_json({"sentence": "</script><b>&"})
    '{"sentence": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, default=str)
    for char in "<>&\u2028\u2029":
        text = text.replace(char, f"\\u{ord(char):04x}")
    return text


def _payload(graph: nx.MultiDiGraph, drawn: set[Any], focus: str | None, cap: int) -> dict[str, Any]:
    """Everything the page's script needs: vis records, actors, relations with evidence.

    Every actor and relation of ``graph`` is there, for the search to bring into view; the page
    puts only the ``drawn`` ones (and the relations between them) into vis-network at first.
    Every actor has its place (:func:`graphkit.render.layout.layout`), so the page needs no physics
    and the "actors drawn" setting can bring in more without moving the others.
    """
    degree = weighted_degree(graph, WEIGHT)
    places = layout(graph)
    groups = communities(graph)
    ranking = [str(node) for node, _ in top_actors(graph, max(graph.number_of_nodes(), 1), weight=WEIGHT)]
    net = Network(directed=True)
    actors: dict[str, dict[str, Any]] = {}
    for node, data in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        colour = ACTOR_COLOURS.get(str(data.get("type")), OTHER_COLOUR)
        net.add_node(
            str(node),
            label=str(data.get("label") or node),
            color=_node_colour(colour),
            value=degree[node] + 1,
            x=places[node][0],
            y=places[node][1],
        )
        actors[str(node)] = {
            "label": str(data.get("label") or node),
            "type": data.get("type"),
            "code": data.get("code"),
            "country": data.get("country"),
            "mentions": int(data.get("mentions") or 0),
            "degree": degree[node],
            "community": groups.get(str(node)),
            "merged_from": [
                {"label": str(item.get("label") or item.get("id")), "reason": str(item.get("reason") or "")}
                for item in data.get("merged_from") or ()
                if isinstance(item, Mapping)
            ],
        }
    relations: dict[str, dict[str, Any]] = {}
    edges = sorted(graph.edges(keys=True, data=True), key=lambda e: (str(e[0]), str(e[1]), str(e[2])))
    parallel = Counter(frozenset((str(u), str(v))) for u, v, *_ in edges)
    large = len(edges) > LARGE
    rank: Counter[frozenset[str]] = Counter()
    for index, (u, v, key, data) in enumerate(edges):
        edge_id = f"e{index}"
        style = QUAD_CLASSES[int(data["quad_class"])]
        pair = frozenset((str(u), str(v)))
        rank[pair] += 1
        net.add_edge(
            str(u),
            str(v),
            id=edge_id,
            color={"color": style.colour, "highlight": style.colour, "hover": style.colour},
            dashes=style.dashed and not large,  # dashes cost canvas time: colour alone tells class
            arrows={"to": {"enabled": not data.get("symmetric"), "scaleFactor": 0.6}},
            # Curves of distinct roundness keep parallel edges of one pair apart.
            smooth={"enabled": True, "type": "curvedCW", "roundness": 0.15 * rank[pair]}
            if parallel[pair] > 1
            else {"enabled": False},
        )
        relations[edge_id] = {
            "source": str(u),
            "target": str(v),
            "relation": str(data.get("relation") or key),
            "cameo": data.get("cameo"),
            "quad_class": int(data["quad_class"]),
            "polarity": data.get("polarity"),
            "symmetric": bool(data.get("symmetric")),
            "count": _count(data),
            "events": int(data.get("events") or _count(data)),
            "intensity": data.get("intensity"),
            "evidence": list(data.get("evidence") or []),
        }
    nodes, vis_edges, *_ = net.get_network_data()
    if large:
        nodes, vis_edges = _lean(nodes, graph), [_lean_edge(edge) for edge in vis_edges]
    evidence = [item for rel in relations.values() for item in rel["evidence"]]
    dates = sorted(str(item["date"]) for item in evidence if item.get("date"))
    modality_counts = Counter(item.get("modality", "asserted") for item in evidence)
    return {
        "nodes": nodes,
        "edges": vis_edges,
        "options": _vis_options(large=large),
        "typeColours": {**ACTOR_COLOURS, "other": OTHER_COLOUR},
        "actors": actors,
        "relations": relations,
        "classes": {str(code): style.label for code, style in QUAD_CLASSES.items()},
        "focus": focus,
        "drawn": sorted(str(node) for node in drawn),
        "dates": [dates[0], dates[-1]] if dates else None,
        "months": _months(dates[0], dates[-1]) if dates else [],
        "rank": ranking,
        "cap": cap,
        "undated": sum(1 for item in evidence if not item.get("date")),
        "modalityCounts": [{"name": name, "count": modality_counts[name]} for name in MODALITIES],
    }


def _lean(nodes: list[dict[str, Any]], graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Node records of a large page: the colour goes by ``group`` (the actor type), set once in the options.

    vis-network reads every option of every record; shared ones cost once as a group's.
    """
    kinds = {str(node): str(data.get("type")) for node, data in graph.nodes(data=True)}
    return [
        {
            **{key: record[key] for key in ("id", "label", "value", "x", "y")},
            "group": kinds[record["id"]] if kinds[record["id"]] in ACTOR_COLOURS else "other",
        }
        for record in nodes
    ]


def _lean_edge(record: dict[str, Any]) -> dict[str, Any]:
    """An edge record of a large page: what differs from the options' defaults (no arrowhead, straight).

    Filling thousands of arrowheads is most of a large page's drawing time; the tooltip and the
    panel say which way a relation runs.
    """
    lean = {"id": record["id"], "from": record["from"], "to": record["to"], "color": record["color"]["color"]}
    if record["smooth"]["enabled"]:
        lean["smooth"] = record["smooth"]
    return lean


def _months(first: str, last: str) -> list[str]:
    """Every month from ``first``'s to ``last``'s, as ``YYYY-MM``.

    >>> _months("2023-11-30", "2024-02-01")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _vis_options(*, large: bool = False) -> dict[str, Any]:
    """vis-network options: places from Python and no physics until asked, labels by zoom and weight.

    A label is drawn once its text would be at least ``drawThreshold`` pixels high on screen, and
    its size grows with the actor's events: zoomed out, only the main actors are named. With
    ``large``, edges are left out while the view moves, which keeps frames short.
    """
    return {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "nodes": {
            "shape": "dot",
            "borderWidth": 2,
            "scaling": {
                "min": 10,
                "max": 34,
                "label": {"enabled": True, "min": 13, "max": 30, "drawThreshold": 7, "maxVisible": 30},
            },
            "font": {"size": 15, "face": "system-ui, sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrowStrikethrough": False,
            "selectionWidth": 2,
            "hoverWidth": 1,
            "arrows": {"to": {"enabled": not large, "scaleFactor": 0.6}},
            "smooth": {"enabled": False},
            "color": {"inherit": False},
        },
        "groups": {
            name: {"color": _node_colour(colour)}
            for name, colour in {**ACTOR_COLOURS, "other": OTHER_COLOUR}.items()
        },
        "physics": {
            "enabled": False,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -90,
                "centralGravity": 0.012,
                "springLength": 130,
                "springConstant": 0.05,
                "avoidOverlap": 0.6,
            },
            "stabilization": {"enabled": False},
            "minVelocity": 0.75,
        },
        "interaction": {
            "hover": not large,
            "tooltipDelay": 120,
            "multiselect": False,
            "keyboard": False,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
    }


def _node_colour(colour: str) -> dict[str, Any]:
    """A node's colours: its type's fill, a white ring, darker rings when selected or hovered."""
    return {
        "background": colour,
        "border": "#ffffff",
        "highlight": {"background": colour, "border": "#222222"},
        "hover": {"background": colour, "border": "#555555"},
    }


def _legend_types(graph: nx.MultiDiGraph) -> list[dict[str, str]]:
    """Legend rows for the actor types present, in :data:`ACTOR_COLOURS` order."""
    present = {str(data.get("type")) for _, data in graph.nodes(data=True)}
    rows = [
        {"label": name.replace("_", " "), "colour": c} for name, c in ACTOR_COLOURS.items() if name in present
    ]
    if present - ACTOR_COLOURS.keys():
        rows.append({"label": "other", "colour": OTHER_COLOUR})
    return rows


def _count(data: Mapping[str, Any]) -> int:
    """Sentences behind an edge: ``count`` when summarised, else the evidence listed."""
    return int(data.get("count") or len(data.get("evidence") or ()))


def _content_security_policy(scripts: Iterable[str]) -> str:
    """Only our own inline scripts run (by hash), and the page may fetch nothing."""
    hashes = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'" for text in scripts
    )
    return (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    return env.from_string(_asset("explorer.html"))


def _asset(name: str) -> str:
    return importlib.resources.files("graphkit.render").joinpath(_ASSETS, name).read_text(encoding="utf-8")


def _vis_asset(name: str) -> str:
    return importlib.resources.files("pyvis").joinpath(*_VIS, name).read_text(encoding="utf-8")
