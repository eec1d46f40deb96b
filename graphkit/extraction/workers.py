"""Extraction in forked worker processes, results in document order.

Examples
--------
>>> from graphkit.models import Document
>>> [len(batch) for batch in batches([Document(id=str(i), text="") for i in range(5)], 2)]
[2, 2, 1]
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import traceback
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Protocol

from graphkit.models import Document

if TYPE_CHECKING:
    from graphkit.extraction.extractor import Extraction

__all__ = ["batches", "in_workers"]


class _Piped(Protocol):
    """What a worker runs: :meth:`graphkit.extraction.Extractor.pipe` in one process."""

    def pipe(
        self, documents: Iterable[Document], *, batch_size: int = ..., n_process: int = ..., full: bool = ...
    ) -> Iterator[Extraction]: ...


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """``documents`` in lists of ``size``."""
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def in_workers(
    extractor: _Piped, documents: Iterable[Document], *, batch_size: int, processes: int, full: bool
) -> Iterator[Extraction]:
    """``extractor.pipe`` in ``processes`` forked workers, results in document order.

    Each worker inherits the loaded extractor through ``fork`` (nothing is pickled but the
    documents and the extractions) and takes batches of ``batch_size`` documents. At most
    ``_IN_FLIGHT`` batches per worker are out at a time, so memory stays flat on any corpus.
    """
    context = multiprocessing.get_context("fork")
    tasks: multiprocessing.Queue[tuple[int, list[Document]] | None] = context.Queue()
    results: multiprocessing.Queue[tuple[int, list[Extraction] | str]] = context.Queue()
    workers = [
        context.Process(target=_work, args=(extractor, tasks, results, batch_size, full), daemon=True)
        for _ in range(processes)
    ]
    for worker in workers:
        worker.start()
    numbered = enumerate(batches(documents, batch_size))
    done: dict[int, list[Extraction]] = {}
    sent = next_out = 0
    try:
        while True:
            while sent - next_out < _IN_FLIGHT * processes and (batch := next(numbered, None)) is not None:
                tasks.put(batch)
                sent += 1
            if next_out == sent:
                break
            number, outcome = _receive(results, workers)
            if isinstance(outcome, str):
                raise RuntimeError(f"extraction failed in a worker process:\n{outcome}")
            done[number] = outcome
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
    finally:
        _stop(workers, tasks)


_IN_FLIGHT = 3
_POLL_SECONDS = 1.0


def _work(
    extractor: _Piped,
    tasks: multiprocessing.Queue[tuple[int, list[Document]] | None],
    results: multiprocessing.Queue[tuple[int, list[Extraction] | str]],
    batch_size: int,
    full: bool,
) -> None:
    """A worker's loop: batches in, extractions (or the traceback of a failure) out."""
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for number, batch in iter(tasks.get, None):
        try:
            results.put((number, list(extractor.pipe(batch, batch_size=batch_size, full=full))))
        except Exception:
            results.put((number, traceback.format_exc()))


def _receive(
    results: multiprocessing.Queue[tuple[int, list[Extraction] | str]], workers: Sequence[BaseProcess]
) -> tuple[int, list[Extraction] | str]:
    """The next result; a worker that died (killed for memory, say) raises instead of hanging."""
    while True:
        try:
            return results.get(timeout=_POLL_SECONDS)
        except queue.Empty:
            dead = [worker.exitcode for worker in workers if not worker.is_alive()]
            if dead:
                raise RuntimeError(f"an extraction worker process died (exit code {dead[0]})") from None


def _stop(
    workers: Sequence[BaseProcess], tasks: multiprocessing.Queue[tuple[int, list[Document]] | None]
) -> None:
    """End the workers: politely when they are idle, by SIGTERM when still busy."""
    for _ in workers:
        tasks.put(None)
    for worker in workers:
        worker.join(timeout=_POLL_SECONDS)
        if worker.is_alive():
            worker.terminate()
            worker.join()
