"""Builds on a Dask cluster: the same extraction as :mod:`graphkit.build`, as tasks on many machines.

``graphkit build INPUT… --out OUT --workers N`` starts a ``LocalCluster`` of N worker
processes; ``--scheduler tcp://HOST:8786`` uses a running cluster (``dask scheduler`` and
``dask worker`` on each machine). The client lists the input and cuts it into batches sized
by bytes (:mod:`graphkit.corpus.shards`); each batch is one task. A worker reads its batch
itself, hashes its documents (content and metadata, as the SQLite store does) and, unless a
batch of exactly those documents was done by the same extractor version, extracts it with
the extractor it loaded once (:class:`ExtractorPlugin`) and writes the batch's Parquet files
(:mod:`graphkit.parquet`). The client then writes the manifest of the current batches and,
from the dataset, ``relations.jsonl``, ``graph.html`` and ``graph.graphml`` (the graph from
column-wise aggregates, :mod:`graphkit.aggregates`).

When a worker dies, Dask gives its batches to another; a batch redone replaces its own files,
so nothing is counted twice. A document whose extraction raises is recorded as failed in its
batch, and the next build redoes that batch. Only this module imports Dask, and only the
cluster path imports this module: the local build never loads it.

Input must be readable by every worker at the same name (a shared folder, or an object
store by URL), and ``OUT`` must be one shared folder seen at the same path on every machine.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import networkx as nx
from dask.distributed import Client, KilledWorker, LocalCluster, WorkerPlugin, as_completed, get_worker
from tqdm import tqdm

from graphkit.aggregates import DEFAULT_EVIDENCE, graph_from_dataset, page_view
from graphkit.build import BuildSummary, write_graph_files
from graphkit.corpus import DEFAULT_MAX_BYTES, CorpusReport, Problem
from graphkit.corpus.shards import DEFAULT_BATCH_BYTES, Partition, plan, read_partition
from graphkit.errors import InputError, OutputError
from graphkit.extraction.failure import Failure, reason_of
from graphkit.extraction.version import extractor_version
from graphkit.graph import event_ids_of, record_event_key
from graphkit.models import DocumentInfo
from graphkit.parquet import DATASET_FOLDER, Dataset, batch_name
from graphkit.store import content_hash

if TYPE_CHECKING:
    from dask.distributed import Worker
    from distributed.scheduler import Scheduler

    from graphkit.extraction import Extractor

__all__ = ["BatchOutcome", "ExtractorPlugin", "build_distributed", "extract_batch"]

log = logging.getLogger(__name__)


@dataclass
class BatchOutcome:
    """What one batch task did: sent back to the client, small (no text, no results)."""

    number: int
    name: str
    documents: int = 0
    extracted: int = 0
    """Documents extracted by this task (0 when the batch was done before)."""
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    report: CorpusReport = field(default_factory=CorpusReport)


class _QuietReport(CorpusReport):
    """A report that only records: the client logs each problem once, the worker none."""

    def _add(self, problem: Problem, level: int) -> None:
        self.problems.append(problem)


class ExtractorPlugin(WorkerPlugin):
    """The extractor of one worker process: created on its first batch, then reused by every batch.

    Registered under a name made of the extractor version, so that builds with other settings
    on the same cluster each have their own. A worker whose graphkit, data or pipeline differs
    from the client's (another version) refuses the batch with a message saying so.

    >>> ExtractorPlugin(None, (), "0123456789abcdef").name
    'graphkit-extractor-0123456789abcdef'
    """

    def __init__(self, model: str | None, actors: Sequence[str], version: str) -> None:
        self.model = model
        self.actors = tuple(actors)
        self.version = version
        self.name = f"graphkit-extractor-{version}"
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        return {"model": self.model, "actors": self.actors, "version": self.version, "name": self.name}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._extractor = None
        self._lock = threading.Lock()

    def setup(self, worker: Worker) -> None:
        """Nothing is loaded yet: the first batch loads the pipeline, so joining stays quick."""

    def extract(self, documents: list[object]) -> list[object]:
        """:meth:`graphkit.extraction.Extractor.pipe_isolated` on this worker, one batch at a time.

        The lock keeps a worker started with several threads from running spaCy in two at once.
        """
        with self._lock:
            if self._extractor is None:
                self._extractor = self._load()
            return list(self._extractor.pipe_isolated(documents, n_process=1))  # type: ignore[arg-type]

    def _load(self) -> Extractor:
        from graphkit.extraction import Extractor

        here = extractor_version(self.model, [Path(a) for a in self.actors])
        if here != self.version:
            raise RuntimeError(
                f"this worker's extractor version is {here}, the client's {self.version}: install the "
                "same graphkit, pipeline and actor files on every machine"
            )
        return Extractor(model=self.model, user_dictionaries=[Path(a) for a in self.actors])


def extract_batch(
    partition: Partition, *, plugin: str, version: str, dataset: str, max_bytes: int
) -> BatchOutcome:
    """The task of one batch, run on a worker: read it, and extract and write it unless done before."""
    report = _QuietReport()
    documents = list(read_partition(partition, max_bytes=max_bytes, report=report))
    hashes = [content_hash(doc) for doc in documents]
    name = batch_name(zip((doc.id for doc in documents), hashes, strict=True), version)
    outcome = BatchOutcome(partition.number, name, documents=len(documents), report=report)
    store = Dataset(dataset)
    if store.finished(name):
        outcome.unchanged = len(documents)
        return outcome
    extractor: ExtractorPlugin = get_worker().plugins[plugin]  # type: ignore[assignment]
    results = extractor.extract(list(documents)) if documents else []
    store.write_batch(name, documents, hashes, results)  # type: ignore[arg-type]
    outcome.failures = [result for result in results if isinstance(result, Failure)]
    outcome.extracted = len(documents) - len(outcome.failures)
    return outcome


def build_distributed(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    scheduler: str | None = None,
    workers: int | None = None,
    model: str | None = None,
    actors: Sequence[str | os.PathLike[str]] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_bytes: int = DEFAULT_BATCH_BYTES,
    rebuild: bool = False,
    progress: bool = False,
    generic: bool = False,
    evidence: int = DEFAULT_EVIDENCE,
    announce: Callable[[str], None] = log.info,
) -> BuildSummary:
    """Bring ``out``'s Parquet dataset up to date with ``paths`` on a Dask cluster; write the graph files.

    Parameters
    ----------
    paths
        Folders, files and fsspec URLs (see :mod:`graphkit.corpus.shards`).
    out
        The output folder: ``dataset/`` and the three graph files go there.
    scheduler
        Address of a running scheduler (``tcp://host:8786``); without it a ``LocalCluster``
        of ``workers`` processes is started, and stopped at the end.
    workers
        Worker processes of the local cluster (2 when neither this nor ``scheduler`` is given).
    batch_bytes
        Input bytes per task.
    rebuild
        Forget the dataset and extract everything again.
    evidence
        Sentences kept per edge in the graph (the most confident; counts are over all).
    announce
        Called with the line naming the dashboard's address.

    Returns
    -------
    BuildSummary
        The counts, as :func:`graphkit.build.build` gives them.

    Raises
    ------
    InputError
        When the scheduler cannot be reached.
    OutputError
        When the dataset or the graph files cannot be written.
    """
    out = Path(out).resolve()
    actor_files = [str(Path(a).resolve()) for a in actors]
    version = extractor_version(model, [Path(a) for a in actor_files])
    summary = BuildSummary()
    dataset = Dataset(out / DATASET_FOLDER)
    if rebuild:
        shutil.rmtree(dataset.root, ignore_errors=True)
    try:
        dataset.root.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{dataset.root}: cannot write the dataset: {err.strerror or err}") from err
    partitions = plan(paths, batch_bytes=batch_bytes, max_bytes=max_bytes, report=summary.report)
    names: list[str | None] = [None] * len(partitions)
    with _client(scheduler, workers) as client:
        announce(f"Dask dashboard: {client.dashboard_link}")
        plugin = ExtractorPlugin(model, actor_files, version)
        if not client.run_on_scheduler(_registered, name=plugin.name):
            # registering again would replace the extractors the workers already loaded
            client.register_plugin(plugin, name=plugin.name)
        for outcome in _run(client, partitions, plugin.name, version, dataset, max_bytes, progress):
            _count(summary, outcome)
            if outcome.name:
                names[outcome.number] = outcome.name
    dataset.write_manifest([name for name in names if name is not None])
    dataset.prune()
    _report_duplicates(dataset, summary.report)
    graph = graph_from_dataset(dataset, generic=generic, k=evidence)
    records = with_event_ids(graph, dataset.records())
    summary.relations = write_graph_files(graph, records, out, page=page_view(graph))
    summary.nodes, summary.edges = graph.number_of_nodes(), graph.number_of_edges()
    return summary


def with_event_ids(graph: nx.MultiDiGraph, records: Iterator[str]) -> Iterator[str]:
    """``relations.jsonl`` lines with the event id their sentence has in ``graph`` (None where the
    graph keeps only the strongest sentences of an edge and this one is not among them)."""
    ids = event_ids_of(graph)
    for line in records:
        record = json.loads(line)
        record["event_id"] = ids.get(record_event_key(record))
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local cluster of ``workers`` processes."""
    if scheduler is not None:
        try:
            client = Client(scheduler)  # waits distributed.comm.timeouts.connect (Dask's config, 30 s)
        except (OSError, TimeoutError, ValueError) as err:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {reason_of(err)}") from err
        with client:
            yield client
        return
    cluster = LocalCluster(
        n_workers=workers or 2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=":0",
        silence_logs=logging.WARNING,
    )
    with cluster, Client(cluster) as client:
        yield client


def _run(
    client: Client,
    partitions: list[Partition],
    plugin: str,
    version: str,
    dataset: Dataset,
    max_bytes: int,
    progress: bool,
) -> Iterator[BatchOutcome]:
    """Each batch's outcome as it finishes; a batch whose task failed for good is reported as failed."""
    run = uuid.uuid4().hex[:8]
    futures = {
        client.submit(
            extract_batch,
            partition,
            plugin=plugin,
            version=version,
            dataset=str(dataset.root),
            max_bytes=max_bytes,
            key=f"graphkit-batch-{partition.number}-{run}",
            pure=False,
        ): partition
        for partition in partitions
    }
    with tqdm(total=len(futures), unit="batch", desc="batches", file=sys.stderr, disable=not progress) as bar:
        for future in as_completed(futures):
            partition = futures[future]
            try:
                outcome: BatchOutcome = future.result()
            except KilledWorker as err:
                outcome = _lost(
                    partition, f"its worker process died on every try (killed, or out of memory): {err}"
                )
            except Exception as err:  # one batch's surprise must not end the build
                outcome = _lost(partition, reason_of(err))
            future.release()
            bar.update()
            yield outcome


def _registered(dask_scheduler: Scheduler, name: str) -> bool:
    """Whether the scheduler already gives new workers the plugin ``name`` (run on the scheduler)."""
    return name in dask_scheduler.worker_plugins


def _lost(partition: Partition, reason: str) -> BatchOutcome:
    """A batch none of whose documents could be extracted: the next build tries it again."""
    failure = Failure(
        doc=DocumentInfo(id=f"(batch {partition.number})"), path=partition.label(), reason=reason
    )
    return BatchOutcome(partition.number, "", failures=[failure])


def _count(summary: BuildSummary, outcome: BatchOutcome) -> None:
    """Add a batch's counts and problems to the build's, logging each problem and failure once."""
    report = summary.report
    report.files += outcome.report.files
    report.documents += outcome.report.documents
    report.duplicates += outcome.report.duplicates
    for problem in outcome.report.problems:
        add = {"skipped": report.skip, "warning": report.warn, "note": report.note}[problem.severity]
        add(problem.path, problem.reason, line=problem.line)
    summary.extracted += outcome.extracted
    summary.unchanged += outcome.unchanged
    for failure in outcome.failures:
        log.warning("%s; recorded as failed, the next build tries it again", failure.line())
    summary.failed.extend(outcome.failures)


def _report_duplicates(dataset: Dataset, report: CorpusReport) -> None:
    """Documents read in two batches count once, as :func:`graphkit.corpus.read_corpus` counts them."""
    found, _ = dataset.duplicates()
    for duplicate in found:
        report.documents -= 1
        where = duplicate.path or duplicate.doc_id
        if duplicate.same:
            report.duplicates += 1
            report.note(
                where, f"duplicate of {duplicate.first_path} (id {duplicate.doc_id!r}, same text); left out"
            )
        else:
            report.skip(
                where, f"id {duplicate.doc_id!r} already read from {duplicate.first_path} with other text"
            )
