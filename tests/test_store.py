"""Tests of the SQLite store: documents, results, staleness, locking and schema versions."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graphkit.errors import InputError, OutputError, StoreBusyError
from graphkit.models import Document, Mention, Relation, Span
from graphkit.store import SCHEMA_VERSION, Counts, Store, content_hash

IRAN = Mention(id="IRN", label="Iran", type="state", code="IRN", country="IRN", start=0, end=4, text="Iran")
RUSSIA = Mention(
    id="RUS", label="Russia", type="state", code="RUS", country="RUS", start=14, end=20, text="Russia"
)


def _relation(doc_id: str) -> Relation:
    return Relation(
        doc_id=doc_id,
        sentence=Span(start=0, end=33, text="Iran supplies Russia with drones."),
        source=IRAN,
        target=RUSSIA,
        relation="supply",
        cameo="0712",
        quad_class=2,
        polarity="cooperative",
        intensity=7.4,
        confidence=0.9,
    )


def _doc(doc_id: str, text: str = "Iran supplies Russia with drones.", **meta: object) -> Document:
    return Document(id=doc_id, text=text, **meta)  # type: ignore[arg-type]


def test_store_put_documents_counts_new_changed_unchanged(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.put_documents([_doc("a"), _doc("b")]) == Counts(2, 0, 0)
        assert store.put_documents([_doc("a"), _doc("b", "Other."), _doc("c")]) == Counts(1, 1, 1)
        assert store.put_documents([_doc("a", title="New title")]) == Counts(0, 1, 0)
        assert store.counts()["documents"] == 3


def test_store_documents_round_trip_text_and_metadata(tmp_path: Path) -> None:
    doc = Document(
        id="d",
        text="Line\r\nwith\x00NUL and ünïcode 😀",
        title="T",
        date=dt.date(2025, 3, 1),
        url="u",
        path="x.md",
    )
    with Store(tmp_path / "s.db") as store:
        store.put_documents([doc])
        ((back, digest),) = store.documents()
        assert back == doc and digest == content_hash(doc) == store.sha256("d")
        assert list(store.documents(["missing"])) == []


def test_store_pending_follows_content_and_version(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.put_documents([_doc("a"), _doc("b")])
        assert store.pending("v1") == ["a", "b"]
        store.save_extraction("a", store.sha256("a"), "v1", mentions=[IRAN], relations=[_relation("a")])
        assert store.pending("v1") == ["b"]
        assert store.pending("v2") == ["a", "b"]
        store.put_documents([_doc("a", "Changed text.")])
        assert store.pending("v1") == ["a", "b"]
        assert list(store.relations()) == [], "results of old content are not shown"


def test_store_save_extraction_replaces_never_duplicates(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.put_documents([_doc("a")])
        for _ in range(3):
            store.save_extraction(
                "a", store.sha256("a"), "v1", mentions=[IRAN, RUSSIA], relations=[_relation("a")]
            )
        assert list(store.relations()) == [_relation("a")]
        assert list(store.mentions()) == [IRAN, RUSSIA]
        assert store.counts() == {"documents": 1, "extracted": 1, "relations": 1, "failed": 0}


def test_store_clear_forgets_everything(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.put_documents([_doc("a")])
        store.save_extraction("a", store.sha256("a"), "v1", mentions=[], relations=[_relation("a")])
        store.clear()
        assert store.counts() == {"documents": 0, "extracted": 0, "relations": 0, "failed": 0}


def test_store_persists_in_wal_mode_with_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.put_documents([_doc("a")])
    with Store(path) as store:
        assert store.pending("v") == ["a"]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_store_refuses_newer_schema_and_foreign_files(tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(InputError, match="newer than this graphkit"):
        Store(newer)
    text = tmp_path / "notes.db"
    text.write_text("not a database, just some words that are long enough " * 20)
    with pytest.raises(InputError, match="not a graphkit store"):
        Store(text)
    assert text.read_text().startswith("not a database"), "a foreign file is never changed"
    with Store(newer.with_name("fresh.db"), timeout=0):
        pass  # the lock of a refused store was released


FIXTURES = Path(__file__).parent / "fixtures"
"""Stores written by released graphkits: ``store-v<N>.db`` has schema version N."""


def test_store_migrates_a_released_v1_store_in_place(tmp_path: Path) -> None:
    path = tmp_path / "graphkit.db"
    shutil.copy(FIXTURES / "store-v1.db", path)
    before = sqlite3.connect(path)
    assert before.execute("PRAGMA user_version").fetchone()[0] == 1
    rows = before.execute("SELECT id, sha256, text FROM documents ORDER BY seq").fetchall()
    before.close()
    with Store(path) as store:
        assert [(d.id, digest, d.text) for d, digest in store.documents()] == rows
        assert store.counts() == {"documents": 2, "extracted": 2, "relations": 4, "failed": 0}
        relations = list(store.relations())
        assert {(r.source.id, r.target.id) for r in relations} >= {("ISR", "IRN"), ("CHN", "JPN")}
        store.save_failure("a", store.sha256("a"), "v-next", "MemoryError")
        assert store.failures() == [("a", "/tmp/fx/c/a.md", "MemoryError")]
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_store_reads_the_current_release_fixture(tmp_path: Path) -> None:
    path = tmp_path / "graphkit.db"
    shutil.copy(FIXTURES / f"store-v{SCHEMA_VERSION}.db", path)
    with Store(path) as store:
        assert store.counts()["documents"] == 2
        assert store.failures() == [("b1", "/tmp/fx/c/b.jsonl:1", "MemoryError")]
        assert store.pending("a-later-version") == ["a", "b1"]


def test_store_migration_failure_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "graphkit.db"
    shutil.copy(FIXTURES / "store-v1.db", path)
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE failures (x)")  # the next step cannot create its table
    db.commit()
    db.close()
    with pytest.raises(InputError, match="cannot upgrade the store from schema version 1 to"):
        Store(path)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1, "the whole migration was rolled back"
    assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_store_refuses_a_foreign_sqlite_database_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (text)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(InputError, match=r"not a graphkit store \(schema version 0 with tables notes"):
        Store(path)
    assert path.read_bytes() == before


def test_store_failures_recorded_pending_then_cleared(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.put_documents([_doc("a"), _doc("b")])
        store.save_extraction("a", store.sha256("a"), "v", mentions=[], relations=[])
        store.save_failure("b", store.sha256("b"), "v", "MemoryError")
        assert store.failures() == [("b", None, "MemoryError")]
        assert store.pending("v") == ["b"], "a failed document is tried again"
        assert store.counts()["failed"] == 1
        store.save_extraction("b", store.sha256("b"), "v", mentions=[IRAN], relations=[])
        assert store.failures() == [] and store.pending("v") == []


def test_store_that_cannot_be_created_is_one_output_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the store's folder should be")
    with pytest.raises(
        OutputError, match=r"file/graphkit.db: cannot open the store: .*file is a file, not a folder"
    ):
        Store(blocker / "graphkit.db")


HOLD = """
import sys, time
from graphkit.store import Store
store = Store(sys.argv[1])
print("held", flush=True)
time.sleep(60)
"""


def _holder(path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_store_second_writer_waits_then_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    holder = _holder(path)
    try:
        start = time.monotonic()
        with pytest.raises(
            StoreBusyError, match=r"s\.db: store in use by another graphkit process \(waited 0.5 s\)"
        ):
            Store(path, timeout=0.5)
        assert 0.5 <= time.monotonic() - start < 3
    finally:
        holder.kill()
        holder.wait()


def test_store_lock_released_when_holder_is_killed(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    holder = _holder(path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    with Store(path, timeout=5) as store:
        assert store.counts()["documents"] == 0
