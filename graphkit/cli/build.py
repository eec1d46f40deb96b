"""``graphkit build``: articles → store → ``graph.html``, ``graph.graphml``, ``relations.jsonl``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from graphkit.build import BuildSummary, build
from graphkit.corpus import DEFAULT_MAX_BYTES, CorpusReport
from graphkit.errors import InputError
from graphkit.models import Document
from graphkit.store import DEFAULT_NAME, LOCK_TIMEOUT

__all__ = ["EXIT_STATUS", "add_parser", "add_store_options", "run", "run_build"]

EXIT_STATUS = """exit status:
  0    every input read and the graph written
  1    user error (missing path, store in use, unknown model) or an output that cannot be
       written (read-only folder, full disk): one line on stderr; the store and earlier
       graph files are left as they were
  2    done, but some files, lines or documents were skipped or failed (each named on stderr;
       failed documents are recorded in the store and tried again by the next build)
  130  interrupted by Ctrl-C: what was extracted is kept; run the same command to continue
"""

EPILOG = (
    """examples:
  graphkit build corpus/ --out out/              first build: extracts every article
  graphkit build corpus/ --out out/              again: extracts only new or changed articles
  graphkit build corpus/ more.jsonl --out out/ --rebuild --processes 4
  graphkit build corpus/ --out out/ --workers 4  on a local Dask cluster of 4 processes
  graphkit build /shared/news/ s3://bucket/shards/ --out /shared/out/ --scheduler tcp://host:8786

"""
    + EXIT_STATUS
)


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the ``build`` sub-command."""
    parser = subparsers.add_parser(
        "build",
        help="build the graph of a corpus, extracting only what changed",
        description=(
            "Read .txt/.md (YAML front matter), .jsonl, .html, .pdf and .docx articles into a store, "
            "extract the new or changed ones and write graph.html, graph.graphml and relations.jsonl "
            "into --out."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files or folders (or fsspec URLs, with --workers/--scheduler)",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="output folder")
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="forget the stored documents and results, and extract everything again",
    )
    add_store_options(parser, store_help=f"the store (default: DIR/{DEFAULT_NAME})")
    cluster = parser.add_argument_group("on a Dask cluster (results in DIR/dataset as Parquet; no store)")
    cluster.add_argument(
        "--workers", type=_positive, metavar="N", help="start a local Dask cluster of N worker processes"
    )
    cluster.add_argument(
        "--scheduler", metavar="ADDRESS", help="use a running Dask cluster (tcp://host:8786)"
    )
    cluster.add_argument(
        "--batch-bytes",
        type=_positive,
        default=None,
        metavar="N",
        help="input bytes per Dask task (32000000)",
    )
    parser.set_defaults(func=run_build)


def add_store_options(parser: argparse.ArgumentParser, *, store_help: str) -> None:
    """The options ``build`` and ``add`` share."""
    parser.add_argument("--store", type=Path, metavar="PATH", help=store_help)
    parser.add_argument("--model", help="spaCy pipeline name or path (default: the installed English one)")
    parser.add_argument(
        "--actors",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="extra actor dictionary (YAML/CSV)",
    )
    parser.add_argument(
        "--processes", type=_positive, default=1, metavar="N", help="spaCy worker processes (1)"
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=(
            f"skip files and JSONL lines larger than N bytes, each with a report line ({DEFAULT_MAX_BYTES}); "
            "smaller ones are read whole, long texts in chunks"
        ),
    )
    parser.add_argument(
        "--wait",
        type=float,
        default=LOCK_TIMEOUT,
        metavar="SECONDS",
        help=f"how long to wait for another process using the store ({LOCK_TIMEOUT:g})",
    )
    parser.add_argument(
        "--generic",
        action="store_true",
        help="also draw generic actors ('the regime', 'civilians'); relations.jsonl has them all",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def run_build(args: argparse.Namespace) -> int:
    """Run ``graphkit build``: locally, or on Dask with ``--workers`` or ``--scheduler``."""
    if args.workers is None and args.scheduler is None:
        return run(args, out=args.out, rebuild=args.rebuild)
    from graphkit.cli.cluster import run_cluster  # imports Dask: only for cluster builds

    return run_cluster(args)


def run(
    args: argparse.Namespace,
    *,
    out: Path | None,
    rebuild: bool,
    fetched: Callable[[set[str], CorpusReport], Iterable[Document]] | None = None,
) -> int:
    """Build with the parsed options, print the summary line and return the exit status."""
    missing = [str(path) for path in args.paths if not Path(path).exists()]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    summary: BuildSummary = build(
        args.paths,
        out,
        store_path=args.store,
        rebuild=rebuild,
        model=args.model,
        actors=args.actors,
        processes=args.processes,
        max_bytes=args.max_bytes,
        progress=not args.quiet and sys.stderr.isatty(),
        lock_timeout=args.wait,
        generic=getattr(args, "generic", False),
        fetched=fetched,
    )
    if summary.interrupted:
        print(f"graphkit: {summary.line()}", file=sys.stderr)
    else:
        print(summary.line())
    return summary.exit_status


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return int(value)
