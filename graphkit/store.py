"""The embedded store: documents and their extraction results in one SQLite file.

The store keeps every document read (id, content hash, metadata, text) and, per document,
the mentions and relations the extractor found, tagged with the content hash they were
computed from and the extractor version. A build extracts only the documents whose result
is missing or stale (:meth:`Store.pending`), so an unchanged corpus costs no NLP at all.

Safety
------
- SQLite in WAL mode; each document's results are written in **one transaction**, so a
  process killed at any instant (SIGKILL included) loses at most the document in flight and
  never leaves half a result or duplicated evidence.
- **One writer per store.** Opening a :class:`Store` takes an exclusive ``flock`` on
  ``<store>.lock`` for the life of the object. A second writer waits up to ``timeout``
  seconds, then raises :class:`~graphkit.errors.StoreBusyError`. The kernel drops the lock
  when its process dies, so a killed build never leaves the store locked. (``flock`` is not
  reliable on some network file systems: keep stores on a local disk.) Readers that open the
  SQLite file directly are never blocked by a writer (WAL).
- The schema is versioned with ``PRAGMA user_version`` and migrated on open, all steps in
  one transaction; a store written by a newer graphkit, and an SQLite file that is not a
  graphkit store, are refused with a message naming both versions rather than changed.
- A document whose extraction failed is recorded in ``failures`` with the reason; it has no
  current result, so the next build tries it again.

Examples
--------
>>> import tempfile, pathlib
>>> from graphkit.models import Document
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graphkit.db"
>>> with Store(path) as store:
...     store.put_documents([Document(id="d1", text="Iran met Russia.")])
...     store.pending("v1")
...     store.save_extraction("d1", store.sha256("d1"), "v1", mentions=[], relations=[])
...     store.pending("v1"), store.pending("v2")
Counts(new=1, changed=0, unchanged=0)
['d1']
([], ['d1'])
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, NamedTuple

from pydantic import TypeAdapter

from graphkit.errors import InputError, OutputError, StoreBusyError
from graphkit.models import Document, DocumentInfo, Mention, Relation

__all__ = ["DEFAULT_NAME", "LOCK_TIMEOUT", "SCHEMA_VERSION", "Counts", "Store", "content_hash"]

log = logging.getLogger(__name__)

DEFAULT_NAME = "graphkit.db"
"""File name of the store inside a build's output folder."""

LOCK_TIMEOUT = 30.0
"""Seconds a second writer waits for the store before giving up."""

SCHEMA_VERSION = 2
"""1: documents and extractions (graphkit 0.1); 2: failures."""

_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE documents (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            info TEXT NOT NULL,
            text TEXT NOT NULL,
            path TEXT
        )""",
        """CREATE TABLE extractions (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL,
            version TEXT NOT NULL,
            mentions TEXT NOT NULL,
            relations TEXT NOT NULL,
            n_relations INTEGER NOT NULL
        )""",
    ),
    (
        """CREATE TABLE failures (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL,
            version TEXT NOT NULL,
            reason TEXT NOT NULL
        )""",
    ),
)
"""``_MIGRATIONS[i]`` takes a store from schema version ``i`` to ``i + 1``."""

_BATCH = 500
"""Documents stored per transaction: few enough to lose little, many enough to be fast."""

_MENTIONS = TypeAdapter(list[Mention])
_RELATIONS = TypeAdapter(list[Relation])


class _StoredInfo(DocumentInfo):
    """The ``info`` column: the metadata, and the page offsets of a paged document (stores
    written before pages existed simply have none)."""

    pages: list[int] | None = None


def _info_json(doc: Document) -> str:
    """The ``info`` column of ``doc`` (for an unpaged document, as before pages existed)."""
    if doc.pages is None:
        return doc.info().model_dump_json()
    return _StoredInfo(**doc.info().model_dump(), pages=doc.pages).model_dump_json()


class Counts(NamedTuple):
    """How the documents given to :meth:`Store.put_documents` compared with the store."""

    new: int
    changed: int
    unchanged: int


def content_hash(doc: Document) -> str:
    """SHA-256 of a document's text and metadata (not of where it was read from).

    Metadata counts because it travels into every relation (the date also picks the actor
    codes), so a changed title or date makes the stored results stale.

    >>> a, b = Document(id="d", text="x", path="a.md"), Document(id="d", text="x", path="b.md")
    >>> content_hash(a) == content_hash(b) != content_hash(Document(id="d", text="y"))
    True
    """
    # a document without pages hashes as before pages existed: stored results stay current
    exclude = {"path"} if doc.pages is not None else {"path", "pages"}
    return hashlib.sha256(doc.model_dump_json(exclude=exclude).encode("utf-8")).hexdigest()


class Store:
    """An open store, held exclusively by this process until :meth:`close`.

    Parameters
    ----------
    path
        The SQLite file; created (with its folder) when missing.
    timeout
        Seconds to wait for another process holding the store.

    Raises
    ------
    StoreBusyError
        When another process still holds the store after ``timeout`` seconds.
    InputError
        When ``path`` is not a graphkit store (or one from a newer graphkit).
    OutputError
        When the store cannot be created or opened for writing (the reason is named).
    """

    def __init__(self, path: str | os.PathLike[str], *, timeout: float = LOCK_TIMEOUT) -> None:
        self.path = Path(path)
        self._lock: IO[bytes] | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock = _acquire(self.path.with_name(self.path.name + ".lock"), timeout)
        except (FileExistsError, NotADirectoryError) as err:
            blocker = next((p for p in self.path.parents if p.exists() and not p.is_dir()), self.path.parent)
            raise OutputError(
                f"{self.path}: cannot open the store: {blocker} is a file, not a folder"
            ) from err
        except OSError as err:
            raise OutputError(f"{self.path}: cannot open the store: {_why(err)}") from err
        try:
            self._db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            version = self._checked_version()  # before anything is written: a refused file stays as it was
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL in WAL mode survives any process crash; only a power cut may drop the
            # last commits, and even that never corrupts the file.
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate(version)
        except sqlite3.OperationalError as err:
            self._release()
            raise OutputError(f"{self.path}: cannot open the store: {err}") from err
        except sqlite3.DatabaseError as err:
            self._release()
            raise InputError(f"{self.path}: not a graphkit store ({err})") from err
        except BaseException:
            self._release()
            raise

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database and let the next writer in."""
        self._release()

    def put_documents(self, docs: Iterable[Document]) -> Counts:
        """Store ``docs``: new ids are added, changed ones replaced, the others left alone.

        Documents are committed in batches, so an interrupted call keeps what it stored.
        """
        known = dict(self._db.execute("SELECT id, sha256 FROM documents"))
        new = changed = unchanged = 0
        rows: list[tuple[str, str, str, str, str | None]] = []
        for doc in docs:
            digest = content_hash(doc)
            old = known.get(doc.id)
            if old == digest:
                unchanged += 1
                continue
            new, changed = (new + 1, changed) if old is None else (new, changed + 1)
            known[doc.id] = digest
            rows.append((doc.id, digest, _info_json(doc), doc.text, doc.path))
            if len(rows) >= _BATCH:
                self._upsert(rows)
                rows = []
        self._upsert(rows)
        return Counts(new, changed, unchanged)

    def pending(self, version: str) -> list[str]:
        """Ids of documents with no result for their current content and ``version``, in store order."""
        query = """SELECT d.id FROM documents d LEFT JOIN extractions e ON e.doc_id = d.id
                   WHERE e.doc_id IS NULL OR e.sha256 != d.sha256 OR e.version != ? ORDER BY d.seq"""
        return [doc_id for (doc_id,) in self._db.execute(query, (version,))]

    def known(self) -> set[str]:
        """The ids and URLs of the stored documents (what ``graphkit add --feed`` need not fetch again)."""
        rows = self._db.execute("SELECT id, json_extract(info, '$.url') FROM documents")
        return {value for row in rows for value in row if isinstance(value, str)}

    def sha256(self, doc_id: str) -> str:
        """The content hash stored for ``doc_id``.

        Raises
        ------
        KeyError
            When the store has no such document.
        """
        row = self._db.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise KeyError(doc_id)
        return str(row[0])

    def documents(self, ids: Sequence[str] | None = None) -> Iterator[tuple[Document, str]]:
        """``(document, content hash)`` for ``ids`` (all documents, in store order, when None)."""
        query = "SELECT sha256, info, text, path FROM documents"
        if ids is None:
            rows: Iterable[tuple[str, str, str, str | None]] = self._db.execute(query + " ORDER BY seq")
        else:
            rows = (self._db.execute(query + " WHERE id = ?", (i,)).fetchone() for i in ids)
        for row in rows:
            if row is None:
                continue
            digest, info, text, path = row
            meta = _StoredInfo.model_validate_json(info).model_dump(exclude_none=True)
            yield Document(text=text, path=path, **meta), digest

    def save_extraction(
        self, doc_id: str, sha256: str, version: str, *, mentions: list[Mention], relations: list[Relation]
    ) -> None:
        """Replace the results of ``doc_id`` in one transaction (all of them or none)."""
        row = (
            doc_id,
            sha256,
            version,
            _MENTIONS.dump_json(mentions).decode("utf-8"),
            _RELATIONS.dump_json(relations).decode("utf-8"),
            len(relations),
        )
        with self._transaction():
            self._db.execute("INSERT OR REPLACE INTO extractions VALUES (?, ?, ?, ?, ?, ?)", row)
            self._db.execute("DELETE FROM failures WHERE doc_id = ?", (doc_id,))

    def save_failure(self, doc_id: str, sha256: str, version: str, reason: str) -> None:
        """Record that extracting ``doc_id`` failed, and why; the next :meth:`pending` has it again.

        Results of an earlier content or version, if any, stay as they were.
        """
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?)", (doc_id, sha256, version, reason)
            )

    def failures(self) -> list[tuple[str, str | None, str]]:
        """``(id, path, reason)`` of each document whose last extraction failed, in store order."""
        query = """SELECT d.id, d.path, f.reason FROM failures f JOIN documents d ON d.id = f.doc_id
                   ORDER BY d.seq"""
        return [(doc_id, path, reason) for doc_id, path, reason in self._db.execute(query)]

    def clear(self) -> None:
        """Forget every document and result (one transaction), for a build from scratch."""
        with self._transaction():
            self._db.execute("DELETE FROM failures")
            self._db.execute("DELETE FROM extractions")
            self._db.execute("DELETE FROM documents")

    def relations(self) -> Iterator[Relation]:
        """Every relation of the current results, in store order."""
        for (blob,) in self._current("relations"):
            yield from _RELATIONS.validate_json(blob)

    def mentions(self) -> Iterator[Mention]:
        """Every actor mention of the current results, in store order."""
        for (blob,) in self._current("mentions"):
            yield from _MENTIONS.validate_json(blob)

    def counts(self) -> dict[str, int]:
        """Numbers of documents, current results, relations and failed documents in the store."""
        documents = self._db.execute("SELECT count(*) FROM documents").fetchone()[0]
        results, relations = self._db.execute(
            """SELECT count(*), coalesce(sum(n_relations), 0) FROM extractions e
               JOIN documents d ON d.id = e.doc_id AND d.sha256 = e.sha256"""
        ).fetchone()
        failed = self._db.execute("SELECT count(*) FROM failures").fetchone()[0]
        return {"documents": documents, "extracted": results, "relations": relations, "failed": failed}

    def _current(self, column: str) -> Iterator[tuple[str]]:
        # Results whose document changed since are stale: they are not shown, only replaced.
        return self._db.execute(
            f"""SELECT e.{column} FROM extractions e
                JOIN documents d ON d.id = e.doc_id AND d.sha256 = e.sha256 ORDER BY d.seq"""
        )

    def _upsert(self, rows: list[tuple[str, str, str, str, str | None]]) -> None:
        if not rows:
            return
        with self._transaction():
            self._db.executemany(
                """INSERT INTO documents (id, sha256, info, text, path) VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT(id) DO UPDATE SET sha256 = excluded.sha256, info = excluded.info,
                   text = excluded.text, path = excluded.path""",
                rows,
            )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def _checked_version(self) -> int:
        """The schema version of the file, refusing a newer graphkit's store and foreign databases."""
        version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise InputError(
                f"{self.path}: store schema version {version} is newer than this graphkit's "
                f"({SCHEMA_VERSION}); upgrade graphkit or use another --store"
            )
        tables = [name for (name,) in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        if version == 0 and tables:
            raise InputError(
                f"{self.path}: not a graphkit store (schema version 0 with tables "
                f"{', '.join(sorted(tables)[:5])}; this graphkit writes version {SCHEMA_VERSION})"
            )
        return version

    def _migrate(self, version: int) -> None:
        """Bring the schema from ``version`` to :data:`SCHEMA_VERSION`, every step in one transaction."""
        if version == SCHEMA_VERSION:
            return
        try:
            with self._transaction():
                for target in range(version + 1, SCHEMA_VERSION + 1):
                    for statement in _MIGRATIONS[target - 1]:
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as err:
            raise InputError(
                f"{self.path}: cannot upgrade the store from schema version {version} to "
                f"{SCHEMA_VERSION} ({err}); the store was left as it was"
            ) from err
        if version:
            log.info("%s: store schema migrated from version %d to %d", self.path, version, SCHEMA_VERSION)

    def _release(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()
            self._db = None  # type: ignore[assignment]
        if self._lock is not None:
            self._lock.close()  # closing the descriptor drops the flock
            self._lock = None


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any exception (KeyboardInterrupt included)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")


def _why(err: OSError) -> str:
    """The reason of an OS error without its file name (the message names the file already)."""
    return err.strerror or str(err)


def _acquire(lock_path: Path, timeout: float) -> IO[bytes]:
    handle = open(lock_path, "a+b")  # noqa: SIM115 - held open for the life of the store
    deadline = time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                raise StoreBusyError(
                    f"{lock_path.with_suffix('')}: store in use by another graphkit process "
                    f"(waited {timeout:g} s); run again when it has finished"
                ) from None
            time.sleep(min(0.1, max(deadline - time.monotonic(), 0.0)))
