"""``graphkit build --workers N`` or ``--scheduler ADDRESS``: the build on a Dask cluster.

Kept apart from :mod:`graphkit.cli.build` so that a local build never imports Dask.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from graphkit.build import BuildSummary
from graphkit.corpus.shards import DEFAULT_BATCH_BYTES
from graphkit.distributed import build_distributed
from graphkit.errors import InputError

__all__ = ["run_cluster"]


def run_cluster(args: argparse.Namespace) -> int:
    """Build on Dask with the parsed options, print the summary line and return the exit status."""
    missing = [path for path in args.paths if "://" not in path and not Path(path).exists()]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    if not getattr(args, "verbose", False):
        # Dask logs every scheduler and worker event at INFO; the build says what matters itself.
        logging.getLogger("distributed").setLevel(logging.WARNING)
    if args.store is not None:
        raise InputError("--store is for local builds: a Dask build keeps its results in --out as Parquet")
    summary: BuildSummary = build_distributed(
        args.paths,
        args.out,
        scheduler=args.scheduler,
        workers=args.workers,
        model=args.model,
        actors=args.actors,
        max_bytes=args.max_bytes,
        batch_bytes=args.batch_bytes or DEFAULT_BATCH_BYTES,
        rebuild=args.rebuild,
        progress=not args.quiet and sys.stderr.isatty(),
        generic=args.generic,
        announce=lambda line: print(f"graphkit: {line}", file=sys.stderr),
    )
    print(summary.line())
    return summary.exit_status
