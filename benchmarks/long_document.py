"""Peak memory and time of ``graphkit build`` on one 5 MB document, as one line and as paragraphs.

The document is the text of ``corpus/`` articles repeated to the size asked for, written
either as ordinary paragraphs (blank lines between them) or as a single line. Each layout
is built by the installed ``graphkit`` command in a process of its own, whose peak resident
memory (``ru_maxrss`` from ``wait4``) and wall time are printed, with the pipeline alone (a
build of a one-sentence document) for comparison. The extractor reads long texts in chunks
(:mod:`graphkit.extraction.chunks`), so peak memory should stay near the pipeline's own
whatever the layout.

Run::

    .venv/bin/python benchmarks/long_document.py [--megabytes 5] [--processes 1]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRAPHKIT = str(Path(sys.executable).with_name("graphkit"))


def paragraphs() -> list[str]:
    """The paragraphs of the ``corpus/`` articles, front matter left out."""
    found: list[str] = []
    for path in sorted((ROOT / "corpus").glob("*.md")):
        body = re.sub(r"\A---\n.*?\n---\n", "", path.read_text(encoding="utf-8"), flags=re.DOTALL)
        found += [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]
    return found


def document(size: int, *, one_line: bool) -> str:
    """About ``size`` bytes of article text: paragraphs, or the same text on one line."""
    pieces = paragraphs()
    out: list[str] = []
    total = 0
    while total < size:
        piece = pieces[len(out) % len(pieces)]
        out.append(" ".join(piece.split()) if one_line else piece)
        total += len(piece.encode("utf-8")) + 2
    return (" " if one_line else "\n\n").join(out) + "\n"


def run(text: str, folder: Path, processes: int) -> tuple[float, float, str]:
    """Build ``text`` as one file in ``folder``; returns peak RSS (MiB), seconds and the summary line."""
    corpus = folder / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text(text, encoding="utf-8")
    command = [GRAPHKIT, "build", str(corpus), "--out", str(folder / "out"), "-q"]
    command += ["--max-bytes", str(len(text.encode("utf-8")) + 1), "--processes", str(processes)]
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    assert process.stdout is not None and process.stderr is not None
    summary, errors = process.stdout.read().strip(), process.stderr.read().strip()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"graphkit build exited with {process.returncode}: {errors[-500:]}")
    return usage.ru_maxrss / 1024, seconds, summary


def main() -> None:
    """Print peak RSS and time of each layout."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0, help="document size in MB (5)")
    parser.add_argument("--processes", type=int, default=1, help="--processes of the build (1)")
    args = parser.parse_args()
    size = int(args.megabytes * 1_000_000)
    cases = [
        ("pipeline alone (one sentence)", "Iran met Russia in Moscow.\n"),
        (f"{args.megabytes:g} MB as paragraphs", document(size, one_line=False)),
        (f"{args.megabytes:g} MB on one line", document(size, one_line=True)),
    ]
    for name, text in cases:
        with tempfile.TemporaryDirectory() as tmp:
            rss, seconds, summary = run(text, Path(tmp), args.processes)
        words = len(text.split())
        speed = words / seconds
        print(f"{name:32} peak RSS {rss:7.0f} MiB  {seconds:6.1f} s  {speed:7.0f} words/s  ({summary})")


if __name__ == "__main__":
    main()
