"""Tests of the cluster build: a real ``dask.distributed`` LocalCluster of two worker processes over
loopback, the Parquet dataset, input by URL and in shards, and the graph from aggregates.

The corpus is the seed corpus plus the re3d-dev documents (``../shared/bench/re3d-dev``, beside
the repository, as in CI); the cluster tests are skipped, saying why, where they are absent.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import dask
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dask.distributed import Client, LocalCluster

from graphkit.aggregates import dyads, edge_evidence, graph_from_dataset
from graphkit.api import KnowledgeGraph
from graphkit.build import BuildSummary, build
from graphkit.cli import main
from graphkit.corpus import CorpusReport, read_corpus
from graphkit.corpus.shards import plan, read_partition
from graphkit.distributed import build_distributed
from graphkit.graph import build_graph
from graphkit.parquet import DATASET_FOLDER, DOCUMENTS, RELATIONS, Dataset
from graphkit.readwrite import read
from graphkit.store import Store

if TYPE_CHECKING:
    from dask.distributed import Worker

    from graphkit.extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
RE3D = ROOT.parent / "shared" / "bench" / "re3d-dev"
BATCH_BYTES = 12_000
"""Small batches, so that the corpus makes a dozen tasks and a worker can die in the middle."""


# -- the corpus and the two builds to compare --------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus and the re3d-dev texts (as JSON Lines), in a folder of their own."""
    sources = sorted(RE3D.glob("*/documents.json"))
    if not sources:
        pytest.skip(f"re3d-dev documents not found at {RE3D} (development data kept beside the repository)")
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted((ROOT / "corpus").glob("*.md")):
        shutil.copy(path, folder / path.name)
    with open(folder / "re3d.jsonl", "w", encoding="utf-8") as out:
        for source in sources:
            for line in source.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    doc = json.loads(line)
                    record = {"id": doc["_id"], "text": doc["text"], "title": doc.get("title")}
                    out.write(json.dumps(record) + "\n")
    return folder


@pytest.fixture(scope="module")
def local(corpus: Path, tmp_path_factory: pytest.TempPathFactory, extractor: Extractor) -> Path:
    """The local build of the corpus (the reference)."""
    out = tmp_path_factory.mktemp("local")
    summary = build([corpus], out, extractor=extractor)
    assert summary.exit_status == 0 and summary.extracted == 70
    return out


@pytest.fixture(scope="module")
def cluster() -> Iterator[LocalCluster]:
    """A real Dask cluster: a scheduler and two worker processes over loopback."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0"
    ) as running:
        yield running


class Built(NamedTuple):
    """A build on the cluster: its folder, its summary and the lines it announced."""

    out: Path
    summary: BuildSummary
    announced: list[str]


@pytest.fixture(scope="module")
def built(cluster: LocalCluster, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The corpus built on the cluster, once for the module: the folder, the summary and the lines
    announced. The graph tests read the folder; only a build with nothing to redo writes into it."""
    out = tmp_path_factory.mktemp("cluster")
    announced: list[str] = []
    summary = on(cluster, corpus, out, announce=announced.append)
    return Built(out, summary, announced)


def lines(out: Path) -> Counter[str]:
    """The relations of a build folder, as a multiset of JSON lines without their event ids.

    A cluster build groups into events only the edges whose every sentence its graph keeps
    (:func:`events_agree` checks those); the rest of the record is the local build's.
    """
    records = [
        json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return Counter(
        json.dumps({k: v for k, v in r.items() if k != "event_id"}, sort_keys=True) for r in records
    )


def _sentence(evidence: dict[str, object]) -> tuple[object, ...]:
    return evidence["doc_id"], evidence["start"], evidence["end"], evidence["sentence"], evidence["cameo"]


def events_agree(cluster: Path, local: Path) -> int:
    """How many cluster records carry an event id, after checking each is the local build's."""

    def ids(out: Path) -> dict[str, str | None]:
        records = [
            json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()
        ]
        return {json.dumps({k: v for k, v in r.items() if k != "event_id"}, sort_keys=True): r["event_id"]
                for r in records}  # fmt: skip

    theirs, ours = ids(cluster), ids(local)
    grouped = {key: event for key, event in theirs.items() if event is not None}
    assert all(ours[key] == event for key, event in grouped.items())
    return len(grouped)


def loaded(dask_worker: Worker) -> int | None:
    """The identity of the extractor a worker holds (run on each worker), None before its first batch."""
    plugins = [p for name, p in dask_worker.plugins.items() if name.startswith("graphkit-extractor-")]
    extractor = getattr(plugins[0], "_extractor", None) if plugins else None
    return id(extractor) if extractor is not None else None


def on(cluster: LocalCluster, corpus: Path | str, out: Path, **options: Any) -> BuildSummary:
    return build_distributed(
        [corpus], out, scheduler=cluster.scheduler_address, batch_bytes=BATCH_BYTES, **options
    )


# -- on the cluster ----------------------------------------------------------------------------


def test_distributed_same_relations_as_local_then_nothing_to_redo(
    cluster: LocalCluster, corpus: Path, local: Path, built: Built
) -> None:
    tmp_path, first, announced = built
    assert first.exit_status == 0, first.failed
    assert (first.report.documents, first.extracted, first.unchanged) == (70, 70, 0)
    assert lines(tmp_path) == lines(local) and sum(lines(local).values()) > 100
    assert events_agree(tmp_path, local) > sum(lines(local).values()) // 2
    assert announced and announced[0].startswith("Dask dashboard: http://127.0.0.1:")
    dataset = Dataset(tmp_path / DATASET_FOLDER)
    batches = dataset.manifest()
    assert len(batches) > 5  # several tasks, so the comparison says something about batching
    files = sorted(p.name for p in dataset.root.rglob("*.parquet"))

    again = on(cluster, corpus, tmp_path)
    assert (again.extracted, again.unchanged, again.relations) == (0, 70, first.relations)
    assert sorted(p.name for p in dataset.root.rglob("*.parquet")) == files
    assert lines(tmp_path) == lines(local)


def test_distributed_graph_equals_the_local_graph(
    cluster: LocalCluster, local: Path, built: Built, tmp_path: Path
) -> None:
    """The aggregates give the edges, counts, dates and evidence build_graph gives; k bounds the evidence."""
    with Client(cluster) as client:
        before = client.run(loaded)
        # a second build (the seed corpus: two batches) after the module's build of the corpus
        seed = on(cluster, ROOT / "corpus", tmp_path / "seed")
        after = client.run(loaded)
    assert seed.exit_status == 0 and seed.extracted == 3
    # each worker loaded its extractor once, for the first build, and kept it for this one
    assert all(after[worker] == before[worker] for worker in before if before[worker] is not None)
    assert all(after.values())
    built_out = built.out
    with Store(local / "graphkit.db") as store:
        expected = build_graph(list(store.relations()), store.mentions())
    whole = graph_from_dataset(built_out / DATASET_FOLDER, k=10_000)
    assert dict(whole.nodes(data=True)) == dict(expected.nodes(data=True))
    assert set(whole.edges(keys=True)) == set(expected.edges(keys=True))
    for u, v, key, data in expected.edges(keys=True, data=True):
        got = whole.edges[u, v, key]
        same = ("count", "first_date", "last_date", "confidence", "modalities", "cameo", "quad_class")
        assert {name: got[name] for name in same} == {name: data[name] for name in same}
        assert got["intensity"] == pytest.approx(data["intensity"], abs=1e-3)
        # the same sentences back the edge; where short forms were merged the local graph keeps
        # one record of a sentence and groups each name's reports into events before the merge
        assert {_sentence(e) for e in got["evidence"]} == {_sentence(e) for e in data["evidence"]}
    kept = graph_from_dataset(built_out / DATASET_FOLDER, k=1)
    busiest = max(expected.edges(keys=True, data=True), key=lambda edge: edge[3]["count"])
    u, v, key, data = busiest
    assert data["count"] > 1 and kept.edges[u, v, key]["count"] == data["count"]
    assert len(kept.edges[u, v, key]["evidence"]) == 1
    assert kept.edges[u, v, key]["evidence"][0]["confidence"] == data["confidence"]
    assert len(edge_evidence(kept, u, v, key)) == data["count"]  # the way to the rest
    table = dyads(built_out / DATASET_FOLDER)
    assert sum(table.column("count").to_pylist()) == sum(
        d["count"] for *_, d in expected.edges(data=True, keys=True)
    )
    # the build folder reads back as that graph, through the API and the readers
    assert KnowledgeGraph.from_build(built_out).graph.number_of_edges() == expected.number_of_edges()
    assert read(built_out).number_of_edges() == expected.number_of_edges()
    assert main(["export", "gexf", "--graph", str(built_out), "--out", str(tmp_path / "g.gexf")]) == 0
    assert read(tmp_path / "g.gexf").number_of_nodes() == expected.number_of_nodes()


def test_distributed_worker_killed_by_sigkill_same_result(
    cluster: LocalCluster, corpus: Path, local: Path, tmp_path: Path
) -> None:
    with Client(cluster) as client:
        pids: dict[str, int] = client.run(os.getpid)
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["summary"] = on(cluster, corpus, tmp_path, rebuild=True)
            except BaseException as err:  # handed to the test thread
                outcome["error"] = err

        thread = threading.Thread(target=run)
        thread.start()
        documents = tmp_path / DATASET_FOLDER / DOCUMENTS
        deadline = time.monotonic() + 300
        killed = None
        while killed is None and time.monotonic() < deadline and thread.is_alive():
            busy = [worker for worker, tasks in client.processing().items() if tasks and worker in pids]
            if busy and documents.is_dir() and any(documents.glob("*.parquet")):
                killed = pids[busy[0]]
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.05)
        thread.join(timeout=600)
    assert killed is not None, "no worker was busy to kill: the build ended first"
    assert "error" not in outcome, outcome.get("error")
    summary = outcome["summary"]
    assert summary.exit_status == 0 and not summary.failed
    assert lines(tmp_path) == lines(local)
    dataset = Dataset(tmp_path / DATASET_FOLDER)
    rows = sum(pq.read_metadata(path).num_rows for path in dataset.files(RELATIONS))
    assert rows == sum(lines(local).values())  # the batch redone left no second copy
    assert not list(dataset.root.rglob("*.tmp"))


def test_distributed_bad_input_reported_from_workers(cluster: LocalCluster, tmp_path: Path) -> None:
    """Bad lines, rows and files get the one-line reports of the local reader; the rest is built."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "news.jsonl").write_text(
        '{"id": "a", "text": "Israel attacked Iran."}\n{"id": 3, "text": 5}\nnot json\n', encoding="utf-8"
    )
    (folder / "empty.md").write_text("", encoding="utf-8")
    table = pa.table(
        {"id": ["p1", "p2"], "text": ["Russia invaded Ukraine.", None], "source": ["wire", None]}
    )
    pq.write_table(table, folder / "shard.parquet")
    summary = on(cluster, f"file://{folder}", tmp_path / "out")
    problems = sorted(str(problem).removeprefix(str(folder)) for problem in summary.report.problems)
    assert problems == [
        "/empty.md: skipped: empty document (no text)",
        "/news.jsonl:2: skipped: field 'text' must be a string, got number",
        "/news.jsonl:3: skipped: invalid JSON (Expecting value at column 1)",
        "/shard.parquet:2: skipped: missing field 'text'",
    ]
    assert (summary.report.documents, summary.extracted, summary.exit_status) == (2, 2, 2)
    records = [json.loads(line) for line in (tmp_path / "out" / "relations.jsonl").read_text().splitlines()]
    assert {(r["source"]["id"], r["target"]["id"], r["doc"]["source"]) for r in records} >= {
        ("ISR", "IRN", None),
        ("RUS", "UKR", "wire"),
    }


def test_distributed_cli_on_a_running_scheduler(
    cluster: LocalCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Israel attacked Iran.", encoding="utf-8")
    status = main(
        ["build", str(folder), "--out", str(tmp_path / "out"), "--scheduler", cluster.scheduler_address]
    )
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert "Dask dashboard: http://" in captured.err
    assert captured.out.startswith("read 1, skipped 0, extracted 1, unchanged 0, relations 1")
    with dask.config.set({"distributed.comm.timeouts.connect": "0.5s"}):  # nothing listens there
        status = main(
            ["build", str(folder), "--out", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9"]
        )
    assert status == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in capsys.readouterr().err


# -- without a cluster -------------------------------------------------------------------------


def test_distributed_local_build_imports_no_dask() -> None:
    code = (
        "import sys, graphkit.build, graphkit.cli, graphkit.cli.build, graphkit.api; "
        "graphkit.cli.build_parser(); print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('dask', 'distributed', 'duckdb')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_shards_read_as_the_local_reader_reads(corpus: Path) -> None:
    """Byte ranges of a JSONL file and whole files give the documents (and line numbers) of read_corpus."""
    report, expected_report = CorpusReport(), CorpusReport()
    partitions = plan([corpus], batch_bytes=5_000, report=report)
    assert sum(part.kind == "jsonl" for p in partitions for part in p.parts) > 10
    got = [doc for partition in partitions for doc in read_partition(partition, report=report)]
    expected = list(read_corpus([corpus], report=expected_report))
    assert [(d.id, d.text, d.path) for d in got] == [(d.id, d.text, d.path) for d in expected]
    assert report.documents == expected_report.documents == 70


def test_shards_adding_a_file_changes_one_batch(tmp_path: Path) -> None:
    for number in range(200):
        (tmp_path / f"{number:03d}.txt").write_text("Iran met Russia. " * (20 + number % 7), encoding="utf-8")

    def cut() -> list[tuple[str, ...]]:
        return [tuple(Path(part.url).name for part in p.parts) for p in plan([tmp_path], batch_bytes=4_000)]

    before = cut()
    (tmp_path / "100a.txt").write_text("Israel attacked Iran. " * 30, encoding="utf-8")
    after = cut()
    assert len(before) > 10
    assert len(set(before) - set(after)) <= 2  # the batch it falls in, and the next when it ends one


def test_shards_parquet_row_groups_and_missing_text(tmp_path: Path) -> None:
    table = pa.table({"text": [f"Iran met Russia {n}." for n in range(10)], "date": ["2025-03-01"] * 10})
    pq.write_table(table, tmp_path / "s.parquet", row_group_size=3)
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "other.parquet")
    report = CorpusReport()
    partitions = plan([tmp_path], batch_bytes=1, report=report)
    assert [len(p.parts) for p in partitions] == [1, 1, 1, 1]
    docs = [doc for p in partitions for doc in read_partition(p, report=report)]
    assert [d.id for d in docs] == [f"s-{n}" for n in range(1, 11)]
    assert str(docs[0].date) == "2025-03-01"
    assert [str(p).removeprefix(str(tmp_path)) for p in report.problems] == [
        "/other.parquet: skipped: no column 'text' (columns: body)"
    ]


def test_dataset_redone_batch_replaces_its_files(tmp_path: Path) -> None:
    from graphkit.models import Document

    dataset = Dataset(tmp_path)
    docs = [Document(id="d1", text="x")]
    for _ in range(2):
        dataset.write_batch("b-v1", docs, ["h"], [])
    dataset.write_manifest(["b-v1", "b-v1"])
    assert dataset.manifest() == ["b-v1"]
    (tmp_path / DOCUMENTS / "old-v0.parquet").write_bytes(b"stale")
    assert dataset.prune() == 1
    assert [pq.read_metadata(p).num_rows for p in dataset.files(DOCUMENTS)] == [1]
