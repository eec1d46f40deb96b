"""A document whose extraction failed: what a run records instead of stopping.

Examples
--------
>>> from graphkit.models import Document
>>> failure = Failure.of(Document(id="d1", text="…", path="news.jsonl:3"), reason_of(MemoryError()))
>>> failure.line()
"news.jsonl:3: failed: document 'd1': MemoryError"
>>> died(-9)
'its worker process was killed by SIGKILL (the kernel does that when memory runs out)'
"""

from __future__ import annotations

import signal
from dataclasses import dataclass

from graphkit.models import Document, DocumentInfo

__all__ = ["Failure", "died", "reason_of"]

_MAX_REASON = 300
"""Characters of an exception's message kept: enough to recognise it, short enough for one line."""


@dataclass(frozen=True)
class Failure:
    """One document that could not be extracted, and why (one line, no traceback)."""

    doc: DocumentInfo
    path: str | None
    """Where the document was read from (``file`` or ``file:line``)."""
    reason: str

    @classmethod
    def of(cls, document: Document, reason: str) -> Failure:
        """The failure of ``document``."""
        return cls(doc=document.info(), path=document.path, reason=reason)

    def line(self) -> str:
        """``file[:line]: failed: document 'id': reason``."""
        return f"{self.path or '(no file)'}: failed: document {self.doc.id!r}: {self.reason}"


def reason_of(error: BaseException) -> str:
    """An exception as one short line: its type and the start of its message.

    >>> reason_of(ValueError("[E088] Text of length 2000000\\nexceeds maximum"))
    'ValueError: [E088] Text of length 2000000 exceeds maximum'
    """
    message = " ".join(str(error).split())
    if len(message) > _MAX_REASON:
        message = message[: _MAX_REASON - 1] + "…"
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def died(exitcode: int | None) -> str:
    """Why a worker process ended, from its exit code (a negative one is the signal that ended it).

    >>> died(1)
    'its worker process exited with status 1'
    """
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        note = " (the kernel does that when memory runs out)" if name == "SIGKILL" else ""
        return f"its worker process was killed by {name}{note}"
    return f"its worker process exited with status {exitcode}"
