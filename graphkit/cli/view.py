"""``graphkit view``: write the interactive HTML explorer of a saved graph, whole or around one actor.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="graphkit")
>>> add_parser(parser.add_subparsers())
>>> args = parser.parse_args(["view", "--graph", "out/", "--actor", "IRN", "--out", "ego.html"])
>>> args.hops, args.max_nodes
(1, 150)
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from graphkit.errors import InputError
from graphkit.graph import find_actor
from graphkit.readwrite import RELATIONS_FILE, read
from graphkit.render import write_html
from graphkit.store import DEFAULT_NAME

__all__ = ["add_parser", "run"]

log = logging.getLogger(__name__)


def add_parser(subparsers: Any) -> None:
    """Register ``view`` on the ``graphkit`` sub-command parser."""
    parser = subparsers.add_parser(
        "view",
        help="write an interactive HTML view of a graph, or of one actor's neighbourhood",
        description="Write one self-contained HTML page (works offline) to explore a graph.",
        epilog="example: graphkit view --graph out/graph.graphml --actor IRN --hops 1 --out ego.html",
    )
    parser.add_argument(
        "--graph",
        required=True,
        type=Path,
        help="relations.jsonl, a graph file of `graphkit export` (.graphml, .gexf, .json, .csv), "
        "or a build directory holding relations.jsonl or graph.graphml",
    )
    parser.add_argument("--actor", help="show only this actor's neighbourhood: an id, code, label or alias")
    parser.add_argument("--hops", type=int, default=1, help="neighbourhood radius for --actor (default 1)")
    parser.add_argument(
        "--max-nodes",
        type=int,
        default=150,
        help="above this many actors keep the best connected (default 150)",
    )
    parser.add_argument(
        "--unrelated",
        action="store_true",
        help="also draw the actors named without any relation (the search finds them anyway)",
    )
    parser.add_argument("--title", help="page title (default: a count of actors and relations)")
    parser.add_argument(
        "--out", type=Path, default=Path("graph.html"), help="page to write (default graph.html)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the graph, cut the ego view if asked, write the page and print its path."""
    if args.max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1, got {args.max_nodes}")
    if args.hops < 0:
        raise InputError(f"--hops must be 0 or more, got {args.hops}")
    graph = _load(args.graph)
    focus = None
    title = args.title
    if args.actor:
        focus = _find(graph, args.actor)
        label = graph.nodes[focus].get("label") or focus
        title = title or f"{label}: relations within {args.hops} hop{'s' if args.hops != 1 else ''}"
    page = write_html(
        graph,
        args.out,
        title=title,
        max_nodes=args.max_nodes,
        focus=focus,
        unrelated=args.unrelated,
        hops=args.hops if focus else None,
    )
    print(page)
    return 0


def _load(path: Path) -> Any:
    """The graph at ``path``; from a build folder (or its relations.jsonl) with the store's
    mention counts, so the page counts as the build's own page does."""
    folder = path if path.is_dir() else path.parent
    from_build = path.is_dir() or path.name == RELATIONS_FILE
    if from_build and (folder / DEFAULT_NAME).is_file() and (folder / RELATIONS_FILE).is_file():
        from graphkit.api import KnowledgeGraph

        return KnowledgeGraph.from_build(folder).graph
    return read(path)


def _find(graph: Any, name: str) -> str:
    """The actor ``name`` means: the graph's own names first, then the catalogue's."""
    try:
        return find_actor(graph, name)
    except InputError as err:
        if "ambiguous" in str(err):
            raise
    from graphkit.actors.catalogue import Catalogue

    return find_actor(graph, name, Catalogue.load())
