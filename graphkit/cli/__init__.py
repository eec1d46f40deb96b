"""The ``graphkit`` command line: thin wrappers that parse options and call the library.

Each sub-command lives in a module of this package with an ``add_parser(subparsers)``
function that registers it and sets ``func`` to the function that runs it.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
import traceback

from graphkit.errors import GraphkitError

__all__ = ["main"]

COMMANDS = ("extract", "build", "add", "evaluate", "export", "view", "report")
"""Sub-command modules, in the order ``--help`` lists them."""

EPILOG = """examples:
  graphkit build corpus/ --out out/         articles -> out/graph.html, graph.graphml, relations.jsonl
  graphkit extract corpus/ --out rel.jsonl  articles -> relation records only
  graphkit report out/ --since 2025-03-01 --until 2025-03-31   what changed -> out/report.md, .html
  graphkit <command> --help                 options of one command
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="graphkit",
        description="Turn articles into a geopolitical knowledge graph with evidence on every edge.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"graphkit.cli.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every error prints one line and returns 1 (130 after Ctrl-C).

    A file that cannot be read or written names itself and the reason. An error nobody
    foresaw is a bug: its one line says so, and ``--verbose`` adds the traceback.
    """
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.func(args) or 0)
    except GraphkitError as err:
        print(f"graphkit: error: {err}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("graphkit: interrupted", file=sys.stderr)
        return 130
    except OSError as err:
        where = f"{err.filename}: " if err.filename else ""
        print(f"graphkit: error: {where}{err.strerror or err}", file=sys.stderr)
        return 1
    except Exception as err:
        if args.verbose:
            traceback.print_exc(file=sys.stderr)
        message = " ".join(str(err).split())[:300]
        print(
            f"graphkit: internal error: {type(err).__name__}: {message} "
            "(a bug in graphkit: run again with --verbose for the traceback, and report it)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
