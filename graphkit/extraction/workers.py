"""Extraction in forked worker processes, results in document order, a dead worker survived.

Each worker inherits the loaded extractor through ``fork`` (nothing is pickled but the
documents and the results) and has a pipe of its own each way, so that a worker killed at
any instant (by the kernel for memory, say) can hold no lock the others need. A worker gets
one batch at a time, so the batch it was on when it died is known: with ``isolate`` its
documents are tried again one per task in fresh workers, and a document that kills its
worker alone becomes a :class:`~graphkit.extraction.failure.Failure`; the run goes on.

Examples
--------
>>> from graphkit.models import Document
>>> [len(batch) for batch in batches([Document(id=str(i), text="") for i in range(5)], 2)]
[2, 2, 1]
>>> [len(batch) for batch in batches([Document(id=str(i), text="x" * 40) for i in range(5)], 9, 100)]
[2, 2, 1]
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import signal
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext
from multiprocessing.process import BaseProcess
from typing import TYPE_CHECKING, Protocol

from graphkit.extraction.failure import Failure, died
from graphkit.models import Document

if TYPE_CHECKING:
    from graphkit.extraction.extractor import Extraction

__all__ = ["BATCH_CHARS", "batches", "in_workers"]

_Key = tuple[int, int]
"""A task: (batch number, -1) for a whole batch, (batch number, i) for its i-th document alone."""
_Task = tuple[_Key, list[Document]]
_Outcome = list["Extraction | Failure"] | str
"""A worker's answer: one result per document, or the traceback of an unexpected error."""

_WINDOW = 3
"""Batches per worker that may be out (or done and waiting for an earlier one): memory stays flat."""
_JOIN_SECONDS = 1.0


class _Piped(Protocol):
    """What a worker runs: :meth:`graphkit.extraction.Extractor.pipe_isolated` in one process."""

    def pipe_isolated(
        self,
        documents: Iterable[Document],
        *,
        batch_size: int = ...,
        n_process: int = ...,
        full: bool = ...,
        isolate: bool = ...,
    ) -> Iterator[Extraction | Failure]: ...


@dataclass
class _Worker:
    process: BaseProcess
    tasks: Connection
    """The parent's sending end."""
    results: Connection
    """The parent's receiving end."""
    task: _Task | None = None
    """The task the worker is on; it gets the next only when it has answered."""


BATCH_CHARS = 100_000
"""Most characters in one batch: spaCy holds a batch's documents at once, so this bounds memory."""


def batches(documents: Iterable[Document], size: int, chars: int = BATCH_CHARS) -> Iterator[list[Document]]:
    """``documents`` in lists of ``size``, or fewer when their texts reach ``chars`` characters.

    A document longer than ``chars`` makes a batch of its own.
    """
    batch: list[Document] = []
    total = 0
    for document in documents:
        length = len(document.text) if isinstance(document.text, str) else 0
        if batch and (len(batch) == size or total + length > chars):
            yield batch
            batch, total = [], 0
        batch.append(document)
        total += length
    if batch:
        yield batch


def in_workers(
    extractor: _Piped,
    documents: Iterable[Document],
    *,
    batch_size: int,
    processes: int,
    full: bool,
    isolate: bool = False,
) -> Iterator[Extraction | Failure]:
    """``extractor.pipe_isolated`` in ``processes`` forked workers, one result per document, in order.

    Raises
    ------
    RuntimeError
        Without ``isolate``, when a worker raises or dies (the message says which and why).
    """
    context = multiprocessing.get_context("fork")
    numbered = enumerate(batches(documents, batch_size))
    retries: deque[_Task] = deque()
    singles: dict[int, list[Extraction | Failure | None]] = {}
    done: dict[int, list[Extraction | Failure]] = {}
    sent = next_out = 0
    exhausted = False

    def file(key: _Key, outcome: list[Extraction | Failure]) -> None:
        number, index = key
        if index < 0:
            done[number] = outcome
            return
        slots = singles[number]
        slots[index] = outcome[0]
        if all(slot is not None for slot in slots):
            done[number] = [slot for slot in singles.pop(number) if slot is not None]

    workers = [_start(context, extractor, batch_size, full, isolate) for _ in range(processes)]
    try:
        while True:
            for worker in workers:
                if worker.task is not None:
                    continue
                task = retries.popleft() if retries else None
                if task is None and not exhausted and sent - next_out < _WINDOW * processes:
                    item = next(numbered, None)
                    exhausted = item is None
                    if item is not None:
                        task, sent = ((item[0], -1), item[1]), sent + 1
                if task is not None and not _send(worker, task):
                    retries.appendleft(task)  # the worker is dead: seen below, the task is not to blame
            if exhausted and next_out == sent:
                return
            ready = wait([w.results for w in workers] + [w.process.sentinel for w in workers])
            for position, worker in enumerate(workers):
                if worker.results not in ready and worker.process.sentinel not in ready:
                    continue
                answer = _receive(worker)
                if answer is not None:
                    key, outcome = answer
                    worker.task = None
                    if isinstance(outcome, str):
                        raise RuntimeError(f"extraction failed in a worker process:\n{outcome}")
                    file(key, outcome)
                elif not worker.process.is_alive():
                    worker.process.join()
                    reason = died(worker.process.exitcode)
                    if worker.task is not None:
                        if not isolate:
                            raise RuntimeError(f"an extraction worker process died: {reason}")
                        (number, index), batch = worker.task
                        if index < 0 and len(batch) > 1:
                            # which document killed it is unknown: each goes alone to a fresh worker
                            singles[number] = [None] * len(batch)
                            retries.extend(((number, i), [doc]) for i, doc in enumerate(batch))
                        else:
                            file((number, index), [Failure.of(batch[0], reason)])
                    _close(worker)
                    workers[position] = _start(context, extractor, batch_size, full, isolate)
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
    finally:
        _stop(workers)


def _start(context: ForkContext, extractor: _Piped, batch_size: int, full: bool, isolate: bool) -> _Worker:
    """A new worker process, forked from this one with the extractor already loaded."""
    task_out, task_in = context.Pipe(duplex=False)
    result_out, result_in = context.Pipe(duplex=False)
    process = context.Process(
        target=_work, args=(extractor, task_out, result_in, batch_size, full, isolate), daemon=True
    )
    process.start()
    # Only the worker writes results and reads tasks: the parent's copies of those ends go,
    # so that the worker's death shows as the end of its pipe.
    task_out.close()
    result_in.close()
    return _Worker(process, task_in, result_out)


def _send(worker: _Worker, task: _Task) -> bool:
    """Give ``task`` to an idle worker; False when the worker is already gone."""
    try:
        worker.tasks.send(task)
    except OSError:
        return False
    worker.task = task
    return True


def _receive(worker: _Worker) -> tuple[_Key, _Outcome] | None:
    """The worker's answer when one is waiting; None when it has none (it may have died)."""
    try:
        if worker.results.poll():
            answer: tuple[_Key, _Outcome] = worker.results.recv()
            return answer
    except (EOFError, OSError, pickle.UnpicklingError):
        pass  # the worker died, perhaps in the middle of an answer: it is retried as a death
    return None


def _work(
    extractor: _Piped, tasks: Connection, results: Connection, batch_size: int, full: bool, isolate: bool
) -> None:
    """A worker's loop: a task in, its results (or the traceback of an unexpected error) out."""
    # Ctrl-C reaches the whole process group: the parent handles it and stops the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task: _Task | None = tasks.recv()
        except EOFError:
            return
        if task is None:
            return
        key, batch = task
        outcome: _Outcome
        try:
            outcome = list(extractor.pipe_isolated(batch, batch_size=batch_size, full=full, isolate=isolate))
        except Exception:
            outcome = traceback.format_exc()
        results.send((key, outcome))


def _close(worker: _Worker) -> None:
    worker.tasks.close()
    worker.results.close()


def _stop(workers: list[_Worker]) -> None:
    """End the workers: politely when they are idle, by SIGTERM when still busy."""
    for worker in workers:
        with contextlib.suppress(OSError):  # a dead worker needs no goodbye
            worker.tasks.send(None)
    for worker in workers:
        worker.process.join(timeout=_JOIN_SECONDS)
        if worker.process.is_alive():
            worker.process.terminate()
            worker.process.join()
        _close(worker)
