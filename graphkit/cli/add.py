"""``graphkit add``: put more articles into a store and extract them."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Iterator
from pathlib import Path

from graphkit.cli.build import EXIT_STATUS, add_store_options, run
from graphkit.corpus import CorpusReport
from graphkit.errors import InputError
from graphkit.models import Document
from graphkit.store import DEFAULT_NAME

__all__ = ["add_parser", "run_add"]

EPILOG = (
    """examples:
  graphkit add new-articles/ --out out/      add to out/graphkit.db and rewrite out/graph.html …
  graphkit add feed.jsonl --store kg.db      add to a store only; no graph files written
  graphkit add --feed https://example.org/rss.xml --out out/
                                             fetch the feed's new entries (run it again later:
                                             entries already in the store are not fetched again)
  graphkit add --urls links.txt --out out/   fetch the pages listed, one URL a line

"""
    + EXIT_STATUS
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the ``add`` sub-command."""
    parser = subparsers.add_parser(
        "add",
        help="add articles to a store (and its graph files)",
        description=(
            "Read articles into the store and extract the new or changed ones. With --out, the graph "
            f"files in DIR are rewritten (the store defaults to DIR/{DEFAULT_NAME}); with --store "
            "alone only the store is updated."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="article files or folders")
    web = parser.add_argument_group(
        "feeds and links (the only options that use the network)",
        "Pages are fetched with a per-host delay, retries with back-off and robots.txt honoured; "
        "an entry or link already in the store is not fetched again.",
    )
    web.add_argument(
        "--feed", action="append", default=[], metavar="URL", help="an RSS or Atom feed whose entries to add"
    )
    web.add_argument(
        "--urls",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a file of page URLs to add, one a line ('#' starts a comment)",
    )
    web.add_argument(
        "--timeout", type=_seconds, default=20.0, metavar="SECONDS", help="longest wait for a server (20)"
    )
    web.add_argument(
        "--delay", type=_seconds, default=1.0, metavar="SECONDS", help="pause between requests to a host (1)"
    )
    web.add_argument(
        "--retries", type=int, default=2, metavar="N", help="tries again after a timeout or a 5xx/429 (2)"
    )
    parser.add_argument(
        "--out", type=Path, metavar="DIR", help="output folder whose graph files are rewritten"
    )
    add_store_options(parser, store_help=f"the store (default: DIR/{DEFAULT_NAME})")
    parser.set_defaults(func=run_add)


def run_add(args: argparse.Namespace) -> int:
    """Run ``graphkit add``."""
    if args.out is None and args.store is None:
        raise InputError("graphkit add needs --store PATH or --out DIR")
    if not args.paths and not args.feed and not args.urls:
        raise InputError("graphkit add needs a PATH, --feed URL or --urls FILE")
    missing = [str(path) for path in args.urls if not path.is_file()]
    if missing:
        raise InputError(f"no such file: {', '.join(missing)}")
    if args.retries < 0:
        raise InputError(f"--retries must be 0 or more, got {args.retries}")
    fetched = None
    if args.feed or args.urls:
        fetched = functools.partial(_fetch, args)
    return run(args, out=args.out, rebuild=False, fetched=fetched)


def _fetch(args: argparse.Namespace, known: set[str], report: CorpusReport) -> Iterator[Document]:
    """The documents of ``--feed`` and ``--urls`` (the network is touched only here)."""
    from graphkit.corpus.fetch import FetchOptions, fetch_documents

    options = FetchOptions(
        timeout=args.timeout, retries=args.retries, delay=args.delay, max_bytes=args.max_bytes
    )
    return fetch_documents(feeds=args.feed, url_files=args.urls, known=known, report=report, options=options)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}")
    return seconds
