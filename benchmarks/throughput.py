"""Words per second of graphkit extraction against a bare spaCy pass, in one run.

The corpus is ``N`` documents made of paragraphs of ``corpus/*.md`` (front matter stripped)
and of the texts of ``../shared/bench/re3d-dev/*/documents.json`` when present: each
document is a distinct sample of paragraphs drawn with a fixed seed, so no text repeats
as a whole. The run times

(a) the bare pipeline, ``nlp.pipe`` with its default components, at the best of a few batch
    sizes (tried on a slice of the corpus);
(b) :meth:`graphkit.extract.Extractor.pipe` (the gated extractor) on the same documents;

and prints words per second for each and the ratio b/a (target ≥ 1.0). The two are timed in
turn on slices of the corpus, (a) first on one slice and (b) first on the next, so that a shared
machine that slows down or speeds up during the run weighs on both alike; the ratio of each
slice is printed too, as a measure of the noise. With
``--processes 2`` it also times (b) in two worker processes (target: ≥ 1.6 times faster).
It reports peak RSS (target < 2 GiB), and the share of graph building and HTML rendering
in the whole (target ≤ 10 %). When the re3d gold is present, relation F1 and mention
recall of the gated and the full extractor are printed side by side (target: F1 within
one point).

Run::

    .venv/bin/python benchmarks/throughput.py [--docs N] [--processes P] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy

from graphkit.evaluate import evaluate
from graphkit.extract import Extraction, Extractor
from graphkit.graph import build_graph
from graphkit.models import Document
from graphkit.nlp import default_model_name
from graphkit.render.html import render_html

ROOT = Path(__file__).resolve().parent.parent
RE3D = ROOT.parent / "shared" / "bench" / "re3d-dev"
BATCH_SIZES = (16, 64, 256)
TUNING_DOCS = 150
SLICES = 4
SEED = 7


def paragraphs() -> list[str]:
    """Every non-empty paragraph (line) of the seed corpus and of the re3d texts.

    >>> len(paragraphs()) > 50
    True
    """
    texts = [
        _without_front_matter(path.read_text(encoding="utf-8")) for path in sorted(ROOT.glob("corpus/*.md"))
    ]
    for source in sorted(RE3D.glob("*/documents.json")):
        texts += [
            json.loads(line)["text"]
            for line in source.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def make_documents(count: int, pool: list[str], seed: int = SEED) -> list[Document]:
    """``count`` documents of 2 to 8 paragraphs drawn from ``pool`` with a fixed seed.

    >>> docs = make_documents(3, ["a.", "b.", "c.", "d."])
    >>> len(docs), len({doc.text for doc in docs}) == 3 or len(docs)
    (3, True)
    """
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        size = rng.randint(2, min(8, len(pool)))
        documents.append(Document(id=f"bench-{number}", text="\n".join(rng.sample(pool, size))))
    return documents


def _without_front_matter(text: str) -> str:
    """The text after a ``---`` front matter block, if any.

    >>> _without_front_matter("---\\nid: x\\n---\\nBody.")
    'Body.'
    """
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return text[end + 5 :]
    return text


def bare_seconds(nlp: spacy.language.Language, texts: list[str], batch_size: int) -> float:
    """Seconds ``nlp.pipe`` takes over ``texts``."""
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start


def best_batch_size(nlp: spacy.language.Language, texts: list[str]) -> int:
    """The fastest of :data:`BATCH_SIZES` on ``texts``."""
    times = {size: bare_seconds(nlp, texts, size) for size in BATCH_SIZES}
    for size, seconds in times.items():
        print(f"  bare batch size {size:>4}: {seconds:6.2f} s on {len(texts)} documents")
    return min(times, key=lambda size: times[size])


def extract_all(
    extractor: Extractor, documents: list[Document], processes: int
) -> tuple[float, list[Extraction]]:
    """Seconds the gated extractor takes over ``documents``, and its results."""
    start = time.perf_counter()
    results = list(extractor.pipe(documents, n_process=processes))
    return time.perf_counter() - start, results


def timed_in_turn(
    nlp: spacy.language.Language, extractor: Extractor, documents: list[Document], batch_size: int
) -> tuple[float, float, list[Extraction], list[float]]:
    """Seconds of the bare pipeline and of the gated extractor over ``documents``, timed slice by
    slice in alternating order; the extractor's results; the ratio of each slice."""
    bare = gated = 0.0
    results: list[Extraction] = []
    ratios: list[float] = []
    step = -(-len(documents) // SLICES)
    for number, first in enumerate(range(0, len(documents), step)):
        part = documents[first : first + step]
        texts = [doc.text for doc in part]
        if number % 2:
            seconds, found = extract_all(extractor, part, 1)
            spacy_seconds = bare_seconds(nlp, texts, batch_size)
        else:
            spacy_seconds = bare_seconds(nlp, texts, batch_size)
            seconds, found = extract_all(extractor, part, 1)
        bare, gated = bare + spacy_seconds, gated + seconds
        results += found
        ratios.append(spacy_seconds / seconds)
    return bare, gated, results, ratios


def graph_seconds(results: list[Extraction]) -> float:
    """Seconds to build the graph of ``results`` and render it as HTML."""
    start = time.perf_counter()
    graph = build_graph(
        (rel for result in results for rel in result.relations),
        (mention for result in results for mention in result.mentions),
    )
    render_html(graph)
    return time.perf_counter() - start


def peak_rss_mib() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MiB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


class Mode:
    """The extractor in gated or full mode, as :func:`graphkit.evaluate.evaluate` calls it."""

    def __init__(self, extractor: Extractor, *, full: bool) -> None:
        self.extractor = extractor
        self.full = full

    @property
    def version(self) -> str:
        """The extractor's version, marked with the mode."""
        return f"{self.extractor.version}{'-full' if self.full else ''}"

    def pipe(self, docs: Iterable[Document]) -> Iterator[Extraction]:
        """:meth:`Extractor.pipe` in this mode."""
        return self.extractor.pipe(docs, full=self.full)


def compare_accuracy(extractor: Extractor) -> None:
    """Print relation F1 (labeled and unlabeled) and mention recall of both modes on the re3d gold."""
    if not RE3D.is_dir():
        print("re3d gold not found: accuracy not compared")
        return
    for full in (True, False):
        report = evaluate(RE3D, Mode(extractor, full=full))
        overall = report.relations.overall
        print(
            f"{'full ' if full else 'gated'}: relation F1 labeled {100 * overall.labeled.f1:5.1f}, "
            f"unlabeled {100 * overall.unlabeled.f1:5.1f}; mentions P {100 * report.mentions.precision:5.1f} "
            f"R {100 * report.mentions.recall:5.1f} F1 {100 * report.mentions.f1:5.1f}"
        )


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the corpus (default 2000)")
    parser.add_argument("--processes", type=int, default=1, help="also time extraction in P worker processes")
    parser.add_argument("--quick", action="store_true", help="a small corpus, for a smoke test")
    args = parser.parse_args()
    count = 60 if args.quick else args.docs
    documents = make_documents(count, paragraphs())
    texts = [doc.text for doc in documents]
    nlp = spacy.load(default_model_name())
    words = sum(len(nlp.make_doc(text)) for text in texts)
    print(f"{count} documents, {words} words; pipeline {nlp.pipe_names}")

    size = best_batch_size(nlp, texts[: min(TUNING_DOCS, count)])
    extractor = Extractor()
    extractor.extract(documents[0])  # warm up: lazily loaded lexicon entries, first-call allocations
    bare, seconds, results, ratios = timed_in_turn(nlp, extractor, documents, size)
    relations = sum(len(result.relations) for result in results)
    print(f"(a) bare spaCy, batch {size}: {words / bare:8.0f} words/s ({bare:.1f} s)")
    print(
        f"(b) graphkit gated:        {words / seconds:8.0f} words/s ({seconds:.1f} s, {relations} relations)"
    )
    print(f"ratio b/a: {bare / seconds:.2f} (target >= 1.0); by slice, in turn: "
          + ", ".join(f"{ratio:.2f}" for ratio in ratios))  # fmt: skip

    if args.processes > 1:
        parallel, _ = extract_all(extractor, documents, args.processes)
        print(f"(b) in {args.processes} processes: {words / parallel:8.0f} words/s ({parallel:.1f} s); "
              f"scaling {seconds / parallel:.2f}x (target >= 1.6)")  # fmt: skip

    drawing = graph_seconds(results)
    share = drawing / (seconds + drawing)
    print(f"graph + HTML: {drawing:.2f} s, {100 * share:.1f} % of extraction + graph + HTML (target <= 10 %)")
    own, children = peak_rss_mib()
    print(f"peak RSS: {own:.0f} MiB (this process), {children:.0f} MiB (largest worker) (target < 2048)")
    compare_accuracy(extractor)


if __name__ == "__main__":
    main()
