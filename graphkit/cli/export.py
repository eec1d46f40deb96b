"""``graphkit export``: write a built graph as GraphML, GEXF, node-link JSON or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from graphkit.errors import InputError, OutputError
from graphkit.readwrite import FORMATS, default_name, evidence_path, write, write_gexf

__all__ = ["add_parser", "run"]

EPILOG = """examples:
  graphkit export gexf --graph out/                  out/relations.jsonl -> out/graph.gexf
  graphkit export graphml --graph out/ --out g.graphml
  graphkit export csv --graph out/relations.jsonl    -> out/graph.csv, out/graph.evidence.csv
  graphkit export gexf --graph out/ --spells         edges on the timeline at each report date
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the ``export`` sub-command."""
    parser = subparsers.add_parser(
        "export",
        help="write a built graph for Gephi, igraph, D3 or spreadsheets",
        description=(
            "Rebuild the graph from relation records (with the actor mentions of the store, from a "
            "build folder) and write it as GraphML, dynamic GEXF 1.3, node-link JSON or CSV (the "
            "edges to the file named, their evidence sentences beside it as <name>.evidence.csv)."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("format", choices=FORMATS, metavar="FORMAT", help=f"one of {', '.join(FORMATS)}")
    parser.add_argument(
        "--graph",
        required=True,
        type=Path,
        metavar="DIR",
        help="a `graphkit build` output folder, or a relations.jsonl file",
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="PATH",
        help="file to write (csv: the edges; the evidence goes beside it); "
        "default: graph.<format> beside the relations",
    )
    parser.add_argument(
        "--spells",
        action="store_true",
        help="gexf only: place each edge on the timeline at each evidence date, not first-to-last",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the relations, rebuild the graph and write it."""
    if args.spells and args.format != "gexf":
        raise InputError(f"--spells applies to gexf, not {args.format}")
    folder = args.graph if args.graph.is_dir() else args.graph.parent
    out = args.out or folder / default_name(args.format)
    if out.is_dir():
        raise InputError(
            f"--out {out}: is a folder; expected the file to write, e.g. {out / default_name(args.format)}"
        )
    # imported here: the API brings pandas (a third of a second), which no other command needs
    from graphkit.api import KnowledgeGraph

    graph = KnowledgeGraph.from_relations(args.graph).graph
    try:
        if args.format == "gexf":
            write_gexf(graph, out, timeline="spells" if args.spells else "interval")
        else:
            write(graph, args.format, out)
    except OSError as err:
        raise OutputError(f"{out}: cannot write: {err.strerror or err}") from err
    also = f" and {evidence_path(out)}" if args.format == "csv" else ""
    print(f"wrote {out}{also} ({graph.number_of_nodes()} actors, {graph.number_of_edges()} edges)")
    return 0
