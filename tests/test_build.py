"""Tests of incremental builds: what is extracted when, outputs, interruptions, kills, locks."""

from __future__ import annotations

import contextlib
import json
import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from test_corpus import GOOD_IDS, SMALL_LIMIT, write_hostile_corpus

from conftest import RunCli
from graphkit import build as build_module
from graphkit.build import LazyExtractor, build, extractor_version
from graphkit.cli import main
from graphkit.errors import ModelNotFoundError, OutputError
from graphkit.extraction import Extractor
from graphkit.extraction.failure import Failure
from graphkit.graph import build_graph
from graphkit.models import Document, Mention, Relation, Span
from graphkit.store import Store

ACTORS = ["Iran", "Russia", "Israel", "China", "France", "Turkey", "Egypt", "Japan"]


class FakeExtractor:
    """Relations between the first two actor names of each sentence; counts what it reads.

    Not the thing under test: it stands in for the spaCy extractor in the fast tests.
    """

    def __init__(self, version: str = "fake-1", stop_after: int | None = None) -> None:
        self.version = version
        self.seen: list[str] = []
        self.stop_after = stop_after

    def pipe_isolated(self, docs: Iterable[Document], *, n_process: int = 1) -> Iterator[Any]:
        for doc in docs:
            if self.stop_after is not None and len(self.seen) == self.stop_after:
                raise KeyboardInterrupt
            self.seen.append(doc.id)
            mentions: list[Mention] = []
            relations: list[Relation] = []
            start = 0
            for sentence in doc.text.split("."):
                found = [
                    Mention(
                        id=name,
                        label=name,
                        type="state",
                        code=name[:3].upper(),
                        start=i,
                        end=i + len(name),
                        text=name,
                    )
                    for name in ACTORS
                    if (i := doc.text.find(name, start, start + len(sentence))) >= 0
                ]
                mentions += found
                if len(found) >= 2:
                    span = Span(start=start, end=start + len(sentence), text=sentence)
                    relations.append(
                        Relation(doc_id=doc.id, sentence=span, source=found[0], target=found[1],
                                 relation="meet", cameo="040", quad_class=1, polarity="cooperative",
                                 intensity=1.0, confidence=0.8, doc=doc.info())
                    )  # fmt: skip
                start += len(sentence) + 1
            yield SimpleNamespace(doc=doc.info(), mentions=mentions, relations=relations)


def write_corpus(root: Path, n: int, *, seed: int = 7, sentences: int = 3) -> list[Path]:
    """``n`` small articles with front matter, naming pairs of actors."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    verbs = ["attacked", "met", "criticised", "signed a trade agreement with", "sent drones to", "praised"]
    for i in range(n):
        body = " ".join(
            f"{rng.choice(ACTORS)} {rng.choice(verbs)} {rng.choice(ACTORS)} on Monday."
            for _ in range(sentences)
        )
        path = root / f"doc{i:04d}.md"
        path.write_text(f"---\ntitle: Article {i}\ndate: 2025-0{1 + i % 9}-1{i % 10}\n---\n{body}\n")
        paths.append(path)
    return paths


def test_build_second_run_extracts_nothing(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 12)
    first = build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    again = FakeExtractor()
    second = build([tmp_path / "c"], tmp_path / "out", extractor=again)
    assert (first.extracted, first.unchanged) == (12, 0)
    assert (second.extracted, second.unchanged, again.seen) == (0, 12, [])
    assert (second.relations, second.nodes, second.edges) == (first.relations, first.nodes, first.edges)
    assert first.relations and first.relations > 0


def test_build_extracts_only_changed_new_or_stale_documents(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "c", 5)
    build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    paths[1].write_text("Iran met Japan.\n")
    write_corpus(tmp_path / "more", 1, seed=9)[0].rename(tmp_path / "c" / "new.md")
    fake = FakeExtractor()
    summary = build([tmp_path / "c"], tmp_path / "out", extractor=fake)
    assert fake.seen == ["doc0001", "new"] and (summary.extracted, summary.unchanged) == (2, 4)
    newer = FakeExtractor(version="fake-2")
    assert build([tmp_path / "c"], tmp_path / "out", extractor=newer).extracted == 6
    assert sorted(newer.seen) == sorted(["doc0000", "doc0001", "doc0002", "doc0003", "doc0004", "new"])


def test_build_rebuild_starts_over_from_the_paths_given(tmp_path: Path) -> None:
    paths = write_corpus(tmp_path / "c", 4)
    build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    paths[0].unlink()
    kept = build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    assert kept.unchanged == 4, "the store accumulates documents"
    fake = FakeExtractor()
    summary = build([tmp_path / "c"], tmp_path / "out", extractor=fake, rebuild=True)
    assert (summary.extracted, summary.unchanged, len(fake.seen)) == (3, 0, 3)
    lines = (tmp_path / "out" / "relations.jsonl").read_text().splitlines()
    assert {json.loads(line)["doc_id"] for line in lines} <= {"doc0001", "doc0002", "doc0003"}


def test_build_writes_relations_html_and_graphml(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 6)
    summary = build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    out = tmp_path / "out"
    records = [
        Relation.model_validate_json(line) for line in (out / "relations.jsonl").read_text().splitlines()
    ]
    assert len(records) == summary.relations
    graph = build_graph(records)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (summary.nodes, summary.edges)
    assert (out / "graph.html").read_text().startswith("<!DOCTYPE html>")
    assert "<graphml" in (out / "graph.graphml").read_text()
    assert summary.line() == (
        f"read 6, skipped 0, extracted 6, unchanged 0, relations {summary.relations}, "
        f"nodes {summary.nodes}, edges {summary.edges}"
    )


def test_build_interrupted_keeps_work_and_resumes(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 10)
    summary = build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor(stop_after=4))
    assert summary.interrupted and (summary.extracted, summary.remaining, summary.exit_status) == (4, 6, 130)
    assert "remaining 6; run the same command again to continue" in summary.line()
    assert not (tmp_path / "out" / "relations.jsonl").exists()
    fake = FakeExtractor()
    resumed = build([tmp_path / "c"], tmp_path / "out", extractor=fake)
    assert (resumed.extracted, resumed.unchanged, len(fake.seen)) == (6, 4, 6)


class SwallowingExtractor(FakeExtractor):
    """Ctrl-C lands where a library swallows it (a callback that cannot raise) after ``after`` documents."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.after = after

    def pipe_isolated(self, docs: Iterable[Document], *, n_process: int = 1) -> Iterator[Any]:
        for result in super().pipe_isolated(docs, n_process=n_process):
            if len(self.seen) == self.after:
                with contextlib.suppress(KeyboardInterrupt):  # as a callback that cannot raise
                    os.kill(os.getpid(), signal.SIGINT)
            yield result


def test_build_interrupt_a_library_swallows_still_stops_the_build(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 10)
    summary = build([tmp_path / "c"], tmp_path / "out", extractor=SwallowingExtractor(after=3))
    assert summary.interrupted and (summary.extracted, summary.remaining) == (3, 7)
    resumed = build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    assert (resumed.extracted, resumed.unchanged) == (7, 3)


def test_build_interrupt_between_commit_and_count_agrees_with_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C right after a document is committed: the summary counts it, as the rerun will."""
    write_corpus(tmp_path / "c", 10)
    committed = Store.save_extraction

    def commit_then_interrupt(store: Store, doc_id: str, *args: Any, **kwargs: Any) -> None:
        committed(store, doc_id, *args, **kwargs)
        if doc_id.endswith("3"):
            raise KeyboardInterrupt

    monkeypatch.setattr(Store, "save_extraction", commit_then_interrupt)
    summary = build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    with Store(tmp_path / "out" / "graphkit.db") as store:
        left = len(store.pending("fake-1"))
    assert summary.interrupted and 0 < left < 10
    assert (summary.extracted, summary.remaining) == (10 - left, left)


def test_build_hostile_corpus_ingests_every_good_document(tmp_path: Path) -> None:
    root = tmp_path / "hostile"
    root.mkdir()
    expected = write_hostile_corpus(root)
    summary = build([root], tmp_path / "out", extractor=FakeExtractor(), max_bytes=SMALL_LIMIT)
    lines = [str(p).removeprefix(f"{root}{os.sep}") for p in summary.report.problems]
    assert all(any(line.startswith(start) for line in lines) for start in expected.values())
    assert summary.exit_status == 2 and summary.report.skipped == 19
    with Store(tmp_path / "out" / "graphkit.db") as store:
        assert {doc.id for doc, _ in store.documents()} == set(GOOD_IDS)
        assert store.pending("fake-1") == []


def test_build_lazy_extractor_not_created_when_nothing_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_corpus(tmp_path / "c", 3)
    monkeypatch.setattr(build_module, "extractor_version", lambda model, actors: "fake-1")
    build([tmp_path / "c"], tmp_path / "out", extractor=FakeExtractor())
    lazy = LazyExtractor()
    assert build([tmp_path / "c"], tmp_path / "out", extractor=lazy).extracted == 0
    assert lazy._real is None


def test_build_cli_user_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["add", str(tmp_path / "nowhere"), "--store", str(tmp_path / "s.db")]) == 1
    assert main(["add", str(tmp_path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"graphkit: error: no such file or directory: {tmp_path / 'nowhere'}",
        "graphkit: error: graphkit add needs --store PATH or --out DIR",
    ]


# --- end to end, with the real extractor -------------------------------------------------


def test_build_extractor_version_follows_its_inputs(tmp_path: Path) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text("- id: wagner\n  label: Wagner Group\n  type: armed_group\n  code: RUSMIL\n")
    base = extractor_version()
    with_actors = extractor_version(None, [actors])
    assert base != with_actors == extractor_version(None, [actors])
    actors.write_text("- id: wagner\n  label: Wagner\n  type: armed_group\n  code: RUSMIL\n")
    assert extractor_version(None, [actors]) not in {base, with_actors}
    with pytest.raises(ModelNotFoundError, match="'no_such_pipeline' is not installed"):
        extractor_version("no_such_pipeline")


def test_build_no_change_rebuild_loads_no_pipeline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extractor: Extractor
) -> None:
    from graphkit.extraction import extractor as extract

    write_corpus(tmp_path / "c", 5)
    loaded = LazyExtractor()
    loaded._real = extractor  # the extractor the default would load: the session's, already loaded
    first = build([tmp_path / "c"], tmp_path / "out", extractor=loaded)
    assert first.extracted == 5 and first.relations

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the spaCy pipeline was loaded")

    monkeypatch.setattr(extract, "load_pipeline", refuse)
    lazy = LazyExtractor()
    second = build([tmp_path / "c"], tmp_path / "out", extractor=lazy)
    assert (second.extracted, second.unchanged, second.relations) == (0, 5, first.relations)
    assert lazy._real is None


CLI = [str(Path(sys.executable).with_name("graphkit"))]
"""The installed command, run as users run it."""


def _extracted(store: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1)
        try:
            return int(db.execute("SELECT count(*) FROM extractions").fetchone()[0])
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0  # not created yet


def _unless_code_changed(version: str) -> None:
    """Skip when the extractor's code or data changed under the test (a tree being edited)."""
    if extractor_version() != version:
        pytest.skip("extractor code or data changed while the test ran: results rightly went stale")


def _graph_signature(store: Path) -> tuple[dict[str, dict], Counter[str]]:
    with Store(store) as opened:
        graph = build_graph(list(opened.relations()), opened.mentions())
    evidence = Counter(
        json.dumps([u, v, key, item], sort_keys=True)
        for u, v, key, data in graph.edges(keys=True, data=True)
        for item in data["evidence"]
    )
    return dict(graph.nodes(data=True)), evidence


@pytest.mark.slow
def test_build_sigkill_then_rerun_equals_clean_build(tmp_path: Path, run_cli: RunCli) -> None:
    version = extractor_version()
    # two batches of the extractor (64 documents each): the kill lands in the second
    total = 120
    write_corpus(tmp_path / "c", total, sentences=6)
    killed, clean = tmp_path / "killed", tmp_path / "clean"
    proc = subprocess.Popen([*CLI, "build", str(tmp_path / "c"), "--out", str(killed), "-q"])
    deadline = time.monotonic() + 120
    while _extracted(killed / "graphkit.db") < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = _extracted(killed / "graphkit.db")
    assert 20 <= done < total, f"kill landed after {done} documents"
    # the killed process is gone: the rerun (and the clean build it is compared with) can run here
    rerun = run_cli("build", str(tmp_path / "c"), "--out", str(killed), "-q")
    clean_build = run_cli("build", str(tmp_path / "c"), "--out", str(clean), "-q")
    assert (rerun.returncode, clean_build.returncode) == (0, 0), rerun.stderr + clean_build.stderr
    assert f"extracted {total}, unchanged 0," in clean_build.stdout
    _unless_code_changed(version)
    assert f"extracted {total - done}, unchanged {done}," in rerun.stdout
    assert _graph_signature(killed / "graphkit.db") == _graph_signature(clean / "graphkit.db")
    assert sorted((killed / "relations.jsonl").read_text().splitlines()) == sorted(
        (clean / "relations.jsonl").read_text().splitlines()
    )
    db = sqlite3.connect(killed / "graphkit.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_build_concurrent_builds_wait_or_fail_clearly(tmp_path: Path) -> None:
    version = extractor_version()
    write_corpus(tmp_path / "c", 60, sentences=4)
    out = tmp_path / "out"
    args = [*CLI, "build", str(tmp_path / "c"), "--out", str(out), "-q"]
    first = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while not (out / "graphkit.db").exists():
        time.sleep(0.01)
    impatient = subprocess.run([*args, "--wait", "0"], capture_output=True, text=True)
    patient = subprocess.Popen(
        [*args, "--wait", "120"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    first_out, first_err = first.communicate(timeout=180)
    patient_out, patient_err = patient.communicate(timeout=180)
    assert impatient.returncode == 1
    assert impatient.stderr.strip().endswith(
        "graphkit.db: store in use by another graphkit process (waited 0 s); run again when it has finished"
    )
    assert (first.returncode, patient.returncode) == (0, 0), first_err + patient_err
    assert "extracted 60, unchanged 0" in first_out
    _unless_code_changed(version)
    assert "extracted 0, unchanged 60" in patient_out
    db = sqlite3.connect(out / "graphkit.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM extractions").fetchone()[0] == 60


@pytest.mark.slow
def test_build_ctrl_c_stops_cleanly_and_rerun_continues(tmp_path: Path, run_cli: RunCli) -> None:
    version = extractor_version()
    write_corpus(tmp_path / "c", 100, sentences=6)
    out = tmp_path / "out"
    args = [*CLI, "build", str(tmp_path / "c"), "--out", str(out), "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while _extracted(out / "graphkit.db") < 10 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    done = _extracted(out / "graphkit.db")
    assert proc.returncode == 130 and stdout == "", stderr
    assert stderr.splitlines()[-1] == (
        f"graphkit: interrupted: read 100, skipped 0, extracted {done}, unchanged 0, "
        f"remaining {100 - done}; run the same command again to continue"
    )
    rerun = run_cli(*args[1:])  # the interrupted process has ended: the same command, in this one
    _unless_code_changed(version)
    assert rerun.returncode == 0 and f"extracted {100 - done}, unchanged {done}," in rerun.stdout


# --- one document's failure is its own -----------------------------------------------------


class FailingExtractor(FakeExtractor):
    """The fake extractor, reporting a failure for the documents named (as the real one does)."""

    def __init__(self, failing: set[str]) -> None:
        super().__init__()
        self.failing = failing

    def pipe_isolated(self, docs: Iterable[Document], *, n_process: int = 1) -> Iterator[Any]:
        for doc in docs:
            if doc.id in self.failing:
                yield Failure.of(doc, "MemoryError")
            else:
                yield from super().pipe_isolated([doc])


def test_build_failed_document_recorded_reported_and_retried(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = write_corpus(tmp_path / "c", 5)
    first = build([tmp_path / "c"], tmp_path / "out", extractor=FailingExtractor({"doc0002"}))
    assert (first.extracted, [f.doc.id for f in first.failed], first.exit_status) == (4, ["doc0002"], 2)
    assert first.line().startswith("read 5, skipped 0, extracted 4, unchanged 0, failed 1, relations ")
    assert f"{paths[2]}: failed: document 'doc0002': MemoryError; recorded as failed" in caplog.text
    with Store(tmp_path / "out" / "graphkit.db") as store:
        assert store.failures() == [("doc0002", str(paths[2]), "MemoryError")]
    second = build([tmp_path / "c"], tmp_path / "out", extractor=FailingExtractor(set()))
    assert (second.extracted, second.unchanged, second.failed, second.exit_status) == (1, 4, [], 0)
    with Store(tmp_path / "out" / "graphkit.db") as store:
        assert store.failures() == [] and store.counts()["extracted"] == 5


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _kill_busy_workers(build_pid: int, cpu_limit: float, stop: threading.Event, killed: list[int]) -> None:
    """What the kernel does to a worker that eats all memory: SIGKILL, here by CPU time used."""
    while not stop.is_set():
        for child in _children(build_pid):
            try:
                if _cpu_seconds(child) > cpu_limit:
                    os.kill(child, signal.SIGKILL)
                    killed.append(child)
            except OSError:
                pass  # gone already
        time.sleep(0.05)


@pytest.mark.slow
def test_build_worker_killed_by_sigkill_fails_its_document_only(tmp_path: Path, run_cli: RunCli) -> None:
    version = extractor_version()
    write_corpus(tmp_path / "c", 6)
    heavy = " ".join(f"{a} attacked {b} on Monday." for a in ACTORS for b in ACTORS) + "\n"
    (tmp_path / "c" / "heavy.txt").write_text(heavy * (90_000 // len(heavy)))
    out = tmp_path / "out"
    args = [*CLI, "build", str(tmp_path / "c"), "--out", str(out), "-q", "--processes", "2"]
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop, killed = threading.Event(), list[int]()
    watchdog = threading.Thread(target=_kill_busy_workers, args=(proc.pid, 1.0, stop, killed), daemon=True)
    watchdog.start()
    try:
        stdout, stderr = proc.communicate(timeout=300)
    finally:
        stop.set()
        watchdog.join()
    assert killed, "no worker was busy long enough to be killed"
    assert proc.returncode == 2, stderr
    assert "Traceback" not in stderr
    failed = [line for line in stderr.splitlines() if ": failed: " in line]
    assert len(failed) == 1 and f"{tmp_path / 'c' / 'heavy.txt'}: failed: document 'heavy': " in failed[0]
    assert "killed by SIGKILL" in failed[0] and "the next build tries it again" in failed[0]
    assert "read 7, skipped 0, extracted 6, unchanged 0, failed 1," in stdout
    with Store(out / "graphkit.db") as store:
        assert [doc_id for doc_id, _, _ in store.failures()] == ["heavy"]
        assert store.counts()["extracted"] == 6
    assert {json.loads(line)["doc_id"] for line in (out / "relations.jsonl").read_text().splitlines()} == {
        f"doc{i:04d}" for i in range(6)
    }
    rerun = run_cli(*args[1:])  # the same command, in this process (its workers forked from it)
    assert rerun.returncode == 0, rerun.stderr
    _unless_code_changed(version)
    assert "read 7, skipped 0, extracted 1, unchanged 6, relations " in rerun.stdout
    with Store(out / "graphkit.db") as store:
        assert store.failures() == [] and store.counts()["extracted"] == 7
    assert '"doc_id":"heavy"' in (out / "relations.jsonl").read_text()


# --- outputs that cannot be written ------------------------------------------------------


def test_build_out_is_a_file_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_corpus(tmp_path / "c", 2)
    blocker = tmp_path / "out"
    blocker.write_text("a file where the output folder should be")
    assert main(["build", str(tmp_path / "c"), "--out", str(blocker), "-q"]) == 1
    err = capsys.readouterr().err
    store = blocker / "graphkit.db"
    assert err == f"graphkit: error: {store}: cannot open the store: {blocker} is a file, not a folder\n"
    assert blocker.read_text() == "a file where the output folder should be"


def test_build_graph_files_that_cannot_be_written_keep_store_and_old_files(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c", 4)
    out, store = tmp_path / "out", tmp_path / "s.db"
    build([tmp_path / "c"], out, store_path=store, extractor=FakeExtractor())
    before = {name: (out / name).read_bytes() for name in ("relations.jsonl", "graph.html", "graph.graphml")}
    write_corpus(tmp_path / "c", 6)
    (out / "graph.graphml").unlink()
    (out / "graph.graphml").mkdir()  # a folder where a file should be: the last file cannot be replaced
    with pytest.raises(OutputError, match=r"graph.graphml: cannot write: a folder is in the file.s place"):
        build([tmp_path / "c"], out, store_path=store, extractor=FakeExtractor())
    assert {name: (out / name).read_bytes() for name in ("relations.jsonl", "graph.html")} == {
        name: before[name] for name in ("relations.jsonl", "graph.html")
    }, "earlier files are replaced only when every file is written"
    assert not [p for p in out.iterdir() if p.name.startswith(".graphkit-")], "no staging folder left"
    with Store(store) as opened:
        assert opened.counts()["extracted"] == 6, "the store keeps what was extracted"


def _full_disk(limit: int) -> None:
    """In the child: files may not grow past ``limit`` bytes, as on a disk with that much room."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead


@pytest.mark.slow
def test_build_full_disk_is_one_line_exit_1_store_and_outputs_intact(tmp_path: Path, run_cli: RunCli) -> None:
    write_corpus(tmp_path / "c", 3)
    out = tmp_path / "out"
    args = [*CLI, "build", str(tmp_path / "c"), "--out", str(out), "-q"]
    first = run_cli(*args[1:])  # the first build, on a disk with room: in this process
    assert first.returncode == 0, first.stderr
    before = {
        path.name: path.read_bytes() for path in out.iterdir() if not path.name.startswith("graphkit.db")
    }
    assert len(before["graph.html"]) > 60_000
    full = subprocess.run(args, capture_output=True, text=True, preexec_fn=lambda: _full_disk(60_000))
    assert full.returncode == 1, full.stderr
    assert full.stderr == f"graphkit: error: {out / 'graph.html'}: cannot write: File too large\n"
    after = {
        path.name: path.read_bytes() for path in out.iterdir() if not path.name.startswith("graphkit.db")
    }
    assert after == before
    db = sqlite3.connect(out / "graphkit.db")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM extractions").fetchone()[0] == 3


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_build_read_only_out_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_corpus(tmp_path / "c", 2)
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        assert main(["build", str(tmp_path / "c"), "--out", str(out), "--store", str(tmp_path / "s.db")]) == 1
    finally:
        out.chmod(0o755)
    assert capsys.readouterr().err.startswith(
        f"graphkit: error: {out}: cannot write the graph files: Permission"
    )


@pytest.mark.slow
def test_build_cli_hostile_corpus_with_2mb_line_and_30mb_file(tmp_path: Path, run_cli: RunCli) -> None:
    """The acceptance corpus of issue 11: every kind of bad input, a 2 MB line, a 30 MB file."""
    version = extractor_version()
    root = tmp_path / "hostile"
    root.mkdir()
    expected = write_hostile_corpus(root)
    # one event per 8 KB: the whole line is read, split and gated, and only the events are parsed
    calm = "Markets were calm on Monday. " * 280
    line = " ".join(f"{calm}{a} attacked {b} on Monday." for a in ACTORS for b in ACTORS if a != b)
    (root / "two-megabytes.txt").write_text((line + " ") * (2 * 1024 * 1024 // (len(line) + 1) + 1) + "\n")
    with open(root / "thirty-megabytes.txt", "wb") as fh:
        fh.truncate(30 * 1024 * 1024)  # sparse: 30 MB on paper, no room taken
    out = tmp_path / "out"
    result = run_cli("build", str(root), "--out", str(out), "-q")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    lines = [line.split(": ", 1)[1].removeprefix(f"{root}{os.sep}") for line in result.stderr.splitlines()]
    # under the default --max-bytes, the corpus's "huge" file and line are read like any other
    wanted = [
        text for name, text in expected.items() if name not in {"huge", "long"} and ": note: " not in text
    ]
    wanted.append(
        f"thirty-megabytes.txt: skipped: {30 * 1024 * 1024} bytes, over the limit of 10000000 bytes"
    )
    for text in wanted:
        assert sum(line.startswith(text) for line in lines) == 1, f"{text!r} not reported once in {lines}"
    good = set(GOOD_IDS) | {"huge", "j5", "two-megabytes"}
    with Store(out / "graphkit.db") as store:
        assert {doc.id for doc, _ in store.documents()} == good
        assert store.failures() == [] and store.counts()["extracted"] == len(good)
        long_relations = [r for r in store.relations() if r.doc_id == "two-megabytes"]
    text = (root / "two-megabytes.txt").read_text()
    assert long_relations and max(r.sentence.end for r in long_relations) > len(text) - 200, "read to the end"
    assert all(text[r.sentence.start : r.sentence.end] == r.sentence.text for r in long_relations)
    assert (out / "graph.graphml").exists() and (out / "graph.html").exists()
    _unless_code_changed(version)
