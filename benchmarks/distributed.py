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
Each build runs ``--rounds`` times in mirrored order (a b c, c b a) and the best time counts,
since on a shared machine the load of others comes and goes.

Run::

    .venv/bin/python benchmarks/distributed.py [--docs N] [--batch-bytes N] [--rounds R]
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
    parser.add_argument("--rounds", type=int, default=2, help="runs of each build; the best counts (2)")
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

        def dask(workers: int) -> Callable[[Path], BuildSummary]:
            return lambda out: build_distributed([corpus], out, workers=workers, batch_bytes=args.batch_bytes)

        builds: dict[str, Callable[[Path], BuildSummary]] = {
            "(a) local, 2 processes": lambda out: build([corpus], out, processes=2),
            "(b) Dask, 1 worker": dask(1),
            "(c) Dask, 2 workers": dask(2),
        }
        best: dict[str, float] = {}
        outputs: dict[str, Counter[str]] = {}
        names = list(builds)
        for round_number in range(args.rounds):
            # mirrored order (a b c, then c b a): load from others on a shared machine hits each alike
            for name in names if round_number % 2 == 0 else names[::-1]:
                out = work / f"out-{round_number}-{names.index(name)}"
                seconds, summary = timed(lambda: builds[name](out))  # noqa: B023 - called at once
                print(f"{name}: {seconds:7.1f} s  {words / seconds:6.0f} words/s  {summary.line()}")
                best[name] = min(best.get(name, seconds), seconds)
                outputs[name] = relations(out)
                shutil.rmtree(out)
        local, one, two = (best[name] for name in names)
        print(f"best of {args.rounds}: (a) {local:.1f} s, (b) {one:.1f} s, (c) {two:.1f} s")
        same = all(counted == outputs[names[0]] for counted in outputs.values())
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
