"""The same 2,000 documents built on Dask with 1 and 2 workers, and locally with 2 processes.

The corpus is the one of ``benchmarks/throughput.py`` (paragraphs of ``corpus/*.md`` and of
the re3d-dev texts, drawn with a fixed seed), written as one JSON Lines file. Each build
starts from nothing and is timed whole, as a user waits for it: cluster start, pipeline
loading, extraction, Parquet, graph and files. It prints

(a) ``graphkit build --processes 2`` (the local build, SQLite store);
(b) ``graphkit build --workers 1`` (a LocalCluster of one worker process);
(c) ``graphkit build --workers 2``;

and the ratios b/c (scaling, target >= 1.8) and c/a (target: within 15 %, <= 1.15). The three
builds must give the same relations (checked, as a multiset of ``relations.jsonl`` lines).

Run::

    .venv/bin/python benchmarks/distributed.py [--docs N] [--batch-bytes N]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
# This file's name would hide the ``distributed`` package from every import, here and in workers.
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != HERE]

from graphkit.build import BuildSummary, build  # noqa: E402
from graphkit.distributed import build_distributed  # noqa: E402

_spec = importlib.util.spec_from_file_location("throughput", HERE / "throughput.py")
assert _spec is not None and _spec.loader is not None
throughput = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(throughput)
make_documents, paragraphs = throughput.make_documents, throughput.paragraphs

BATCH_BYTES = 60_000
"""About 40 documents a task here: a few dozen tasks, so that two workers share them evenly."""


def timed(run: Callable[[], BuildSummary]) -> tuple[float, BuildSummary]:
    """Seconds ``run`` takes, and its summary."""
    start = time.perf_counter()
    summary = run()
    return time.perf_counter() - start, summary


def relations(out: Path) -> Counter[str]:
    """The relations a build wrote, as a multiset of lines."""
    return Counter((out / "relations.jsonl").read_text(encoding="utf-8").splitlines())


def main() -> None:
    """Run the three builds and print their times and ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    parser.add_argument("--batch-bytes", type=int, default=BATCH_BYTES, help="input bytes per Dask task")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("distributed").setLevel(logging.ERROR)
    work = Path(tempfile.mkdtemp(prefix="graphkit-bench-"))
    try:
        corpus = work / "corpus.jsonl"
        documents = make_documents(args.docs, paragraphs())
        with open(corpus, "w", encoding="utf-8") as fh:
            for doc in documents:
                fh.write(json.dumps({"id": doc.id, "text": doc.text}) + "\n")
        words = sum(len(doc.text.split()) for doc in documents)
        print(f"{len(documents)} documents, {words} words, {corpus.stat().st_size} bytes; "
              f"Dask batches of {args.batch_bytes} bytes")  # fmt: skip

        def dask(workers: int) -> Callable[[], BuildSummary]:
            return lambda: build_distributed(
                [corpus], work / f"dask{workers}", workers=workers, batch_bytes=args.batch_bytes
            )

        local, local_summary = timed(lambda: build([corpus], work / "local", processes=2))
        print(f"(a) local, 2 processes: {local:7.1f} s  {words / local:6.0f} words/s  {local_summary.line()}")
        one, one_summary = timed(dask(1))
        print(f"(b) Dask, 1 worker:     {one:7.1f} s  {words / one:6.0f} words/s  {one_summary.line()}")
        two, two_summary = timed(dask(2))
        print(f"(c) Dask, 2 workers:    {two:7.1f} s  {words / two:6.0f} words/s  {two_summary.line()}")
        same = relations(work / "local") == relations(work / "dask1") == relations(work / "dask2")
        print(f"same relations in the three builds: {same}")
        scaling = one / two
        print(f"scaling b/c: {scaling:.2f}x (target >= 1.8: {'met' if scaling >= 1.8 else 'NOT met'})")
        against = two / local
        print(f"Dask 2 workers / local 2 processes c/a: {against:.2f} (target <= 1.15: "
              f"{'met' if against <= 1.15 else 'NOT met'})")  # fmt: skip
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
