"""The graph and its exports from a Parquet dataset of 10^5 and 10^6 relation rows: time and peak RSS.

The rows are real: the seed corpus and the re3d-dev texts (when present) are extracted once,
and their relations, mentions and documents are copied, each copy a batch of its own with
shifted document ids and dates (one day per copy) and actor ids shifted every ten copies, so
that the graph grows with the rows as a corpus of many years and places would. For each size,
a fresh process (so that peak RSS is its own) builds the graph from the dataset's aggregates
(:func:`graphkit.aggregates.graph_from_dataset`, 3 sentences kept per edge) and writes
``relations.jsonl``, GraphML, GEXF and the HTML page (of the 2,000 best connected actors,
:func:`graphkit.aggregates.page_view`), as a cluster build ends.

Targets: peak RSS <= 2 GiB at 10^6 rows, and time growing no worse than linearly (the
time ratio of the two sizes at most the row ratio).

Run::

    .venv/bin/python benchmarks/graph_scale.py [--sizes 100000 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
RE3D = ROOT.parent / "shared" / "bench" / "re3d-dev"
SIZES = (100_000, 1_000_000)
GROUP = 10
"""Copies that share actor ids: every ten copies, a new set of actors."""


def base_dataset(folder: Path) -> Path:
    """Extract the seed corpus (and the re3d-dev texts) once into a one-batch dataset."""
    from graphkit.corpus import read_corpus
    from graphkit.extract import Extractor
    from graphkit.models import Document
    from graphkit.parquet import Dataset, batch_name
    from graphkit.store import content_hash

    documents = list(read_corpus([ROOT / "corpus"]))
    for source in sorted(RE3D.glob("*/documents.json")):
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                documents.append(Document(id=doc["_id"], text=doc["text"], title=doc.get("title")))
    results = list(Extractor().pipe(documents))
    hashes = [content_hash(doc) for doc in documents]
    dataset = Dataset(folder)
    name = batch_name(zip((d.id for d in documents), hashes, strict=True), "base")
    dataset.write_batch(name, documents, hashes, results)
    dataset.write_manifest([name])
    return folder


def replicate(base: Path, folder: Path, rows: int) -> int:
    """A dataset of about ``rows`` relation rows, copies of ``base``'s; returns the rows written."""
    from graphkit.parquet import DOCUMENTS, MENTIONS, RELATIONS, Dataset

    source = Dataset(base)
    name = source.manifest()[0]
    tables = {table: pq.read_table(source.path(table, name)) for table in (RELATIONS, MENTIONS, DOCUMENTS)}
    records = [json.loads(r) for r in tables[RELATIONS].column("record").to_pylist()]
    per_copy = tables[RELATIONS].num_rows
    copies = max(1, round(rows / per_copy))
    target = Dataset(folder)
    names = []
    for copy in range(copies):
        batch = f"copy{copy:07d}-bench"
        names.append(batch)
        for table, data in tables.items():
            shifted = _shifted(table, data, copy, batch, records if table == RELATIONS else None)
            out = target.path(table, batch)
            out.parent.mkdir(parents=True, exist_ok=True)
            pq.write_table(shifted, out, compression="zstd")
    target.write_manifest(names)
    return copies * per_copy


def _shifted(table_name: str, table: pa.Table, copy: int, batch: str, records: list[dict] | None) -> pa.Table:
    suffix = f"~{copy}"
    actors = f"~g{copy // GROUP}"
    columns = {name: table.column(name) for name in table.column_names}
    columns["batch"] = pa.array([batch] * table.num_rows, pa.string())
    columns["doc_id"] = pc.binary_join_element_wise(table.column("doc_id"), pa.scalar(suffix), "")
    if table_name == "relations":
        for side in ("source_id", "target_id"):
            columns[side] = pc.binary_join_element_wise(table.column(side), pa.scalar(actors), "")
        day = dt.timedelta(days=copy)
        dates = [(d or dt.date(2024, 1, 1)) + day for d in table.column("date").to_pylist()]
        columns["date"] = pa.array(dates, pa.date32())
        lines = []
        for record, date in zip(records or [], dates, strict=True):
            record = {**record, "doc_id": record["doc_id"] + suffix}
            record["source"] = {**record["source"], "id": record["source"]["id"] + actors}
            record["target"] = {**record["target"], "id": record["target"]["id"] + actors}
            record["doc"] = {**(record.get("doc") or {"id": record["doc_id"]}), "date": date.isoformat()}
            lines.append(json.dumps(record))
        columns["record"] = pa.array(lines, pa.string())
    elif table_name == "mentions":
        columns["id"] = pc.binary_join_element_wise(table.column("id"), pa.scalar(actors), "")
    return pa.table(columns, schema=table.schema)


def measure(folder: Path) -> None:
    """In this process: the graph and its exports from ``folder``'s dataset; print time and peak RSS."""
    from graphkit.aggregates import graph_from_dataset, page_view
    from graphkit.parquet import Dataset
    from graphkit.readwrite import write_gexf, write_graphml
    from graphkit.render.html import write_html

    out = folder.parent / f"{folder.name}-out"
    out.mkdir(exist_ok=True)
    dataset = Dataset(folder)
    start = time.perf_counter()
    graph = graph_from_dataset(dataset)
    graph_seconds = time.perf_counter() - start
    with open(out / "relations.jsonl", "w", encoding="utf-8") as fh:
        lines = sum(fh.write(record + "\n") > 0 for record in dataset.records())
    write_graphml(graph, out / "graph.graphml")
    write_gexf(graph, out / "graph.gexf")
    shown, title = page_view(graph)
    write_html(shown, out / "graph.html", title=title)
    total = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "rows": lines,
                "nodes": graph.number_of_nodes(),
                "edges": graph.number_of_edges(),
                "graph_s": round(graph_seconds, 1),
                "total_s": round(total, 1),
                "peak_rss_mib": round(peak),
            }
        )
    )


def main() -> None:
    """Make the datasets, measure each in a fresh process, and print the figures and targets."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="relation rows")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure is not None:
        measure(args.measure)
        return
    work = Path(tempfile.mkdtemp(prefix="graphkit-scale-"))
    try:
        base = base_dataset(work / "base")
        figures = []
        for size in args.sizes:
            folder = work / f"rows{size}"
            made = replicate(base, folder, size)
            answer = subprocess.run(
                [sys.executable, __file__, "--measure", str(folder)],
                capture_output=True,
                text=True,
                check=True,
            )
            figure = json.loads(answer.stdout.strip().splitlines()[-1])
            figures.append(figure)
            print(
                f"{made:>9} rows: {figure['nodes']} nodes, {figure['edges']} edges; "
                f"graph {figure['graph_s']} s, "
                f"graph + relations.jsonl + GraphML + GEXF + HTML {figure['total_s']} s; "
                f"peak RSS {figure['peak_rss_mib']} MiB"
            )
            shutil.rmtree(folder.parent / f"{folder.name}-out", ignore_errors=True)
            shutil.rmtree(folder)
        largest = figures[-1]
        print(f"peak RSS at {largest['rows']} rows: {largest['peak_rss_mib']} MiB "
              f"(target <= 2048: {'met' if largest['peak_rss_mib'] <= 2048 else 'NOT met'})")  # fmt: skip
        if len(figures) > 1:
            rows = figures[-1]["rows"] / figures[0]["rows"]
            grows = figures[-1]["total_s"] / figures[0]["total_s"]
            print(f"time x{grows:.1f} for rows x{rows:.1f} "
                  f"(no worse than linear: {'met' if grows <= rows else 'NOT met'})")  # fmt: skip
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
