"""Fuzzing the command line: hostile corpora through ``graphkit build``, ``add`` and ``export``.

Each example writes a folder of hostile files (random Unicode with right-to-left, zero-width
and control characters, emoji, 50,000-character tokens, deeply nested brackets and quotes,
punctuation only, mixed scripts, malformed HTML, JSONL lines of odd types and odd values,
front matter with hostile YAML) and runs the command line on it, in this process
(the ``run_cli`` fixture: :func:`graphkit.cli.main` with its own logging, on the session's spaCy
pipeline; ``test_build`` runs the installed command as a subprocess for what only a process
shows: signals, locks, full disks).
What must hold: no Traceback and no internal error, exit status 0 or 2 (1 with one line for
``export`` of a damaged file), every input accounted for (in the store, or named on stderr),
every stored document extracted or recorded as failed, and the store passing
``PRAGMA integrity_check``.

Example counts are small and fixed, and every example is a corpus of several hostile files."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import RunCli

pytestmark = pytest.mark.slow

# No shrinking: a failing corpus is small enough to read as it is.
SETTINGS = settings(
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

_ODD = (
    "\u202e\u202d\u200f\u200e\u061c"  # bidirectional controls
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width
    "\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029"  # controls and odd line breaks
    "😀🇮🇷👩‍👩‍👧\U0001f9ea"  # emoji, flags, a ZWJ sequence
    "ایرانروسیهשלוםИранРоссия中国日本語한국"  # right-to-left and other scripts
    "()[]{}<>\"'«»“”‘’„…—–-.,;:!?/\\|@#$%^&*_~`"
)
_WORDS = ["Iran", "Russia", "attacked", "met", "Ukraine", "the", "China", "signed", "with", "\n", "\n\n"]

texts = st.one_of(
    st.text(min_size=1, max_size=300),
    st.text(alphabet=st.sampled_from(_ODD + "abc "), min_size=1, max_size=300),
    st.lists(st.sampled_from(_WORDS + list(_ODD)), min_size=1, max_size=60).map(" ".join),
    st.integers(10_000, 50_000).map(lambda n: "Iran " + "x" * n + " attacked Russia."),
    st.integers(100, 3_000).map(lambda n: "(" * n + "Iran met Russia" + ")" * n),
    st.integers(100, 2_000).map(lambda n: "\"'" * n + "Russia attacked Ukraine." + "'\"" * n),
    st.text(alphabet=st.sampled_from(".,;:!?-—()[]{}\"'…"), min_size=1, max_size=500),
    st.integers(10_000, 300_000).map(lambda n: ".!?" * n),  # hours for spaCy's tokenizer, unless cut
)


def _laughs(field: str) -> str:
    """YAML aliases nine deep: a few lines that stand for a billion items ("billion laughs")."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join([*lines, f"{field}: *i"])


hostile_yaml = st.one_of(
    st.text(max_size=200),
    st.just("title: [unclosed"),
    st.integers(50, 5_000).map(lambda n: "title: " + "[" * n + "]" * n),
    st.sampled_from(["title", "date", "id", "source"]).map(_laughs),
    st.just("title: !!python/object/apply:os.system ['echo pwned']"),
    st.builds(
        lambda title, date, doc_id: (
            f"title: {json.dumps(title)}\ndate: {json.dumps(date)}\nid: {json.dumps(doc_id)}"
        ),
        st.text(max_size=50),
        st.one_of(st.text(max_size=30), st.just("2025-02-30"), st.just("0000-01-01")),
        st.one_of(st.text(max_size=20), st.just("")),
    ),
    st.just("- just\n- a list"),
    st.just("id: [1, 2]\ndate: {nested: true}"),
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
jsonl_lines = st.one_of(
    json_values.map(json.dumps),
    st.builds(lambda text: json.dumps({"id": "x", "text": text}), texts),
    st.builds(lambda doc_id: json.dumps({"id": doc_id, "text": "Iran met Russia."}), json_values),
    st.builds(
        lambda text, meta: json.dumps({"id": "x", "text": text, **meta}),
        texts,
        st.dictionaries(st.sampled_from(["title", "date", "url", "source"]), json_values, max_size=4),
    ),
    st.text(max_size=100).filter(lambda line: "\n" not in line and "\r" not in line),
    st.integers(100, 3_000).map(lambda n: "[" * n + "]" * n),
)

html_pages = st.one_of(
    st.builds(lambda text: f"<html><body><article><p>{text}</p></article></body></html>", texts),
    st.builds(lambda text: f"<html><body><div><p>{text}<div><span><b>{text}", texts),
    st.integers(100, 3_000).map(lambda n: "<div>" * n + "Iran met Russia." + "</div>" * (n // 2)),
    st.builds(lambda text: f"<script>{text}</script><style>{text}</style>", texts),
    st.text(max_size=300),
)


@st.composite
def corpora(draw: st.DrawFn) -> dict[str, bytes]:
    """A few hostile files by name; JSONL ids are made unique so that no line hides another."""
    files: dict[str, bytes] = {}
    for number in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["txt", "md", "jsonl", "html"]))
        if kind == "txt":
            data = draw(texts).encode("utf-8", "surrogatepass")
        elif kind == "md":
            data = f"---\n{draw(hostile_yaml)}\n---\n{draw(texts)}".encode("utf-8", "surrogatepass")
        elif kind == "html":
            data = draw(html_pages).encode("utf-8", "surrogatepass")
        else:
            lines = draw(st.lists(jsonl_lines, min_size=1, max_size=6))
            lines = [line.replace('"id": "x"', f'"id": "f{number}-{i}"', 1) for i, line in enumerate(lines)]
            data = "\n".join(lines).encode("utf-8", "surrogatepass")
        files[f"f{number}.{kind}"] = data
    return files


def _write(folder: Path, files: dict[str, bytes]) -> None:
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def _stored(store: Path) -> tuple[set[str], int, int]:
    """Paths of the stored documents, documents with neither result nor failure, integrity."""
    db = sqlite3.connect(store)
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        paths = {path for (path,) in db.execute("SELECT path FROM documents")}
        orphans = db.execute(
            """SELECT count(*) FROM documents d WHERE NOT EXISTS
               (SELECT 1 FROM extractions e WHERE e.doc_id = d.id AND e.sha256 = d.sha256)
               AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.doc_id = d.id AND f.sha256 = d.sha256)"""
        ).fetchone()[0]
        total = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        return paths, orphans, total
    finally:
        db.close()


def _inputs(folder: Path, files: dict[str, bytes]) -> Iterator[str]:
    """What must be accounted for: each file, and each non-blank line of a JSONL file."""
    for name, data in files.items():
        path = str(folder / name)
        if name.endswith(".jsonl") and b"\x00" not in data[:8192]:
            for number, line in enumerate(data.split(b"\n"), start=1):
                if line.strip():
                    yield f"{path}:{number}"
        else:
            yield path


def _check_run(
    result: subprocess.CompletedProcess[str], store: Path, folder: Path, files: dict[str, bytes]
) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "internal error" not in result.stderr, result.stderr
    assert result.returncode in (0, 2), result.stderr
    paths, orphans, _ = _stored(store)
    assert orphans == 0, "a stored document has neither a result nor a recorded failure"
    whole_file = {line.split(": ", 2)[1] for line in result.stderr.splitlines() if ": " in line}
    for item in _inputs(folder, files):
        file = item.rsplit(":", 1)[0] if item.endswith(tuple("0123456789")) and item.count(":") else item
        reported = f"{item}: " in result.stderr or f"{file}: skipped" in result.stderr
        assert item in paths or reported or file in whole_file, f"{item} neither stored nor reported"


@settings(SETTINGS, max_examples=5)
@given(corpora())
def test_fuzz_build_accounts_for_every_input(run_cli: RunCli, files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = Path(tmp) / "corpus", Path(tmp) / "out"
        _write(folder, files)
        result = run_cli("-v", "build", str(folder), "--out", str(out))
        _check_run(result, out / "graphkit.db", folder, files)
        if result.returncode in (0, 2):
            assert (out / "relations.jsonl").exists() and (out / "graph.html").exists()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, run_cli: RunCli) -> Path:
    """A build of a small clean corpus: the base that ``add`` and ``export`` are fuzzed on."""
    root = tmp_path_factory.mktemp("built")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\ntitle: Talks\ndate: 2025-03-01\n---\nIran and Russia signed a deal.\n")
    (corpus / "b.txt").write_text("Israel attacked Iran on Monday. China criticised Japan.\n")
    result = run_cli("build", str(corpus), "--out", str(root / "out"), "-q")
    assert result.returncode == 0, result.stderr
    return root / "out"


@settings(SETTINGS, max_examples=3)
@given(corpora())
def test_fuzz_add_keeps_the_store_whole(run_cli: RunCli, built: Path, files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        shutil.copytree(built, out)
        _, _, before = _stored(out / "graphkit.db")
        folder = Path(tmp) / "more"
        _write(folder, files)
        result = run_cli("-v", "add", str(folder), "--out", str(out))
        _check_run(result, out / "graphkit.db", folder, files)
        _, _, after = _stored(out / "graphkit.db")
        assert after >= before, "nothing already ingested is lost"


damage = st.one_of(
    st.builds(lambda cut: ("truncate", cut), st.integers(0, 2_000)),
    st.builds(lambda lines: ("append", "\n".join(lines)), st.lists(jsonl_lines, min_size=1, max_size=4)),
    st.builds(lambda data: ("bytes", data), st.binary(max_size=200)),
    st.just(("none", None)),
)


@settings(SETTINGS, max_examples=6)
@given(
    st.sampled_from(["graphml", "gexf", "json", "csv"]),
    damage,
    st.sampled_from(["default", "nested", "under-a-file", "a-folder"]),
)
def test_fuzz_export_never_a_traceback(
    run_cli: RunCli, built: Path, fmt: str, harm: tuple[str, object], target: str
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        shutil.copytree(built, out)
        relations = out / "relations.jsonl"
        kind, value = harm
        if kind == "truncate":
            relations.write_bytes(relations.read_bytes()[: int(str(value))])
        elif kind == "append":
            with open(relations, "a", encoding="utf-8") as fh:
                fh.write(str(value) + "\n")
        elif kind == "bytes":
            assert isinstance(value, bytes)
            relations.write_bytes(value)
        (Path(tmp) / "a-file").write_text("not a folder")
        destination = {
            "default": [],
            "nested": ["--out", str(Path(tmp) / "new" / "deeper" / f"g.{fmt}")],
            "under-a-file": ["--out", str(Path(tmp) / "a-file" / f"g.{fmt}")],
            "a-folder": ["--out", str(Path(tmp))] if fmt != "csv" else ["--out", str(Path(tmp) / "a-file")],
        }[target]
        result = run_cli("export", fmt, "--graph", str(out), *destination)
        assert "Traceback" not in result.stderr, result.stderr
        assert "internal error" not in result.stderr, result.stderr
        assert result.returncode in (0, 1), result.stderr
        if result.returncode == 1:
            assert len(result.stderr.strip().splitlines()) == 1, result.stderr
            assert result.stderr.startswith("graphkit: error: ")
        _, _, documents = _stored(out / "graphkit.db")
        assert documents == 2


def test_fuzz_export_relations_file_not_utf8_is_one_line(
    run_cli: RunCli, built: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(built, out)
    (out / "relations.jsonl").write_bytes(b"\x9e\x9d\xba\x1d")
    result = run_cli("export", "csv", "--graph", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith(f"graphkit: error: {out / 'relations.jsonl'}"), result.stderr
