"""``graphkit report``: what changed in a built graph between two periods, as Markdown and HTML.

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="graphkit")
>>> add_parser(parser.add_subparsers())
>>> args = parser.parse_args(["report", "out/", "--since", "2024-03-01", "--until", "2024-03-31"])
>>> args.since, args.against
(datetime.date(2024, 3, 1), 'previous')
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any, Literal

from graphkit.readwrite import read
from graphkit.report import changes, parse_period, write_report

__all__ = ["add_parser", "run"]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_parser(subparsers: Any) -> None:
    """Register ``report`` on the ``graphkit`` sub-command parser."""
    parser = subparsers.add_parser(
        "report",
        help="write what changed between two periods (new dyads, balance shifts, rising actors)",
        description="Write OUT/report.md and OUT/report.html: what changed in the graph of OUT "
        "between the period --since..--until and the one it is compared with.",
        epilog="example: graphkit report out/ --since 2025-03-01 --until 2025-03-31 --against previous",
    )
    parser.add_argument(
        "out", type=Path, help="a build folder (relations.jsonl) or a graph file; the report goes beside it"
    )
    parser.add_argument("--since", type=_date, required=True, help="first day of the period (YYYY-MM-DD)")
    parser.add_argument("--until", type=_date, required=True, help="last day of the period (YYYY-MM-DD)")
    parser.add_argument(
        "--against",
        default="previous",
        help="'previous' (the period of the same length just before; the default) or DATE..DATE",
    )
    parser.add_argument("--top", type=int, default=10, help="rows in each list (default 10)")
    parser.add_argument("--name", default="report", help="file names without suffix (default report)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Read the graph, compare the periods, write the two files, print where they went."""
    graph = read(args.out)
    against: Literal["previous"] | tuple[dt.date, dt.date] = (
        "previous" if args.against == "previous" else parse_period(args.against)
    )
    result = changes(graph, args.since, args.until, against, top=args.top)
    folder = args.out if args.out.is_dir() else args.out.parent
    markdown, page = write_report(result, folder, args.name)
    print(
        f"graphkit: {len(result.new_dyads)} new dyads, {len(result.balance)} balance shifts, "
        f"{len(result.rising)} actors rising, {len(result.falling)} falling: wrote {markdown} and {page}"
    )
    return 0
