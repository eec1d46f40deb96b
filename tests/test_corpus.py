"""Tests of the corpus reader: every format, every kind of hostile input, and fuzzing."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphkit.corpus import CorpusReport, read_corpus

SMALL_LIMIT = 50_000
"""``max_bytes`` the hostile corpus is read with, so "huge" inputs stay small on disk."""

GOOD_IDS: dict[str, Any] = {
    "good-md": "Iran supplies Russia with drones.\n",
    "plain": "Russia attacked Ukraine on Monday.\n",
    "legacy": "Le président a dit « non » à l'accord — café, naïve.\n",
    "utf16": "Israel struck Iran.\n",
    "page": None,  # main text of the HTML page, checked separately
    "j1": "China met Japan.",
    "bad-date": "France criticised Germany.\n",
    "bad-yaml": "Turkey hosted Syria.\n",
    "long-line": "Iran " * 9_000,
    "dup": "Same text twice.\n",
    "j-baddate": "Egypt welcomed Jordan.",
}


def write_hostile_corpus(root: Path) -> dict[str, str]:
    """Write a folder with every kind of bad input next to good documents.

    Returns the expected report lines (without severity), by a short name of the case.
    """
    files: dict[str, bytes] = {
        "good.md": b"---\nid: good-md\ntitle: Drones\ndate: 2025-03-01\nsource: Wire\n---\n"
        b"Iran supplies Russia with drones.\n",
        "plain.txt": GOOD_IDS["plain"].encode(),
        "legacy.txt": GOOD_IDS["legacy"].encode("cp1252"),
        "utf16.txt": GOOD_IDS["utf16"].encode("utf-16"),
        "page.html": b"<html><head><title>Talks</title><script>var s = 'SCRIPTTEXT';</script>"
        b"<style>p { color: red } STYLETEXT</style></head><body><article><h1>Talks in Doha</h1>"
        b"<p>Qatar hosted talks between Iran and the United States on Monday.</p></article></body></html>",
        "bad-date.md": b"---\ndate: sometime soon\n---\n" + GOOD_IDS["bad-date"].encode(),
        "bad-yaml.md": b"---\ntitle: [unclosed\n---\n" + GOOD_IDS["bad-yaml"].encode(),
        "long-line.txt": GOOD_IDS["long-line"].encode(),
        "dup.md": GOOD_IDS["dup"].encode(),
        "sub/dup.md": GOOD_IDS["dup"].encode(),
        "sub/plain.md": b"Other text under an id already read.\n",
        "empty.txt": b"",
        "blank.md": b"---\ntitle: Nothing\n---\n \n\t\n",
        "nul.txt": b"text\x00with NUL bytes",
        "report.md": b"%PDF-1.4\n%binary",
        "archive.txt": b"PK\x03\x04\x14\x00zipped",
        "mojibake.txt": bytes(range(128, 256)) * 3,
        "huge.txt": b"Paragraph.\n\n" * (SMALL_LIMIT // 10),
        "notes.odt": b"PK\x03\x04",
        "docs.jsonl": b"\n".join(
            [
                json.dumps(
                    {"id": "j1", "text": GOOD_IDS["j1"], "title": "T", "date": "3 March 2024"}
                ).encode(),
                b"{not json",
                json.dumps({"id": "j2"}).encode(),
                json.dumps({"id": "j3", "text": 42}).encode(),
                b"[1, 2]",
                b"",
                json.dumps({"id": "j4", "text": "   "}).encode(),
                json.dumps({"id": "j5", "text": "x" * (SMALL_LIMIT + 10)}).encode(),
                b'{"id": "j6", "text": "caf\xe9"}',
                json.dumps({"id": "j1", "text": GOOD_IDS["j1"]}).encode(),
                json.dumps({"id": "j1", "text": "Another text."}).encode(),
                json.dumps({"id": "j-baddate", "text": GOOD_IDS["j-baddate"], "date": "no date"}).encode(),
                json.dumps({"text": "No id."}).encode(),
                b'{"id": "j7", "text": "\\ud800 lone"}',
            ]
        ),
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / "broken.md").symlink_to(root / "missing-target.md")
    (root / ".hidden.md").write_text("Hidden files are not read.")
    return {
        "legacy": "legacy.txt: warning: not UTF-8: decoded as cp1252",
        "bad-date": "bad-date.md: warning: field 'date': cannot parse 'sometime soon' as a date; kept",
        "bad-yaml": "bad-yaml.md: warning: front matter: invalid YAML",
        "dup": "sub/dup.md: note: duplicate of",
        "conflict": "sub/plain.md: skipped: id 'plain' already read from",
        "empty": "empty.txt: skipped: empty document (no text)",
        "blank": "blank.md: skipped: empty document (no text) after the front matter",
        "nul": "nul.txt: skipped: binary file (NUL bytes)",
        "pdf": "report.md: skipped: binary file (PDF document)",
        "zip": "archive.txt: skipped: binary file (ZIP archive",
        "mojibake": "mojibake.txt: skipped: not UTF-8 (byte 0x80 at offset 0) and no encoding recognised",
        "huge": f"huge.txt: skipped: {SMALL_LIMIT // 10 * 12} bytes, over the limit of {SMALL_LIMIT} bytes",
        "unknown": "notes.odt: note: ignored: not a corpus file (unknown extension)",
        "unreadable": "broken.md: skipped: cannot read: No such file or directory",
        "json": "docs.jsonl:2: skipped: invalid JSON (Expecting property name enclosed in double quotes",
        "no-text": "docs.jsonl:3: skipped: missing field 'text'",
        "text-type": "docs.jsonl:4: skipped: field 'text' must be a string, got number",
        "array": "docs.jsonl:5: skipped: expected a JSON object, got array",
        "empty-text": "docs.jsonl:7: skipped: field 'text' is empty",
        "long": f"docs.jsonl:8: skipped: line over the limit of {SMALL_LIMIT} bytes",
        "utf8": "docs.jsonl:9: skipped: invalid UTF-8 (byte 0xe9 at column 26)",
        "jdup": "docs.jsonl:10: note: duplicate of",
        "jconflict": "docs.jsonl:11: skipped: id 'j1' already read from",
        "jdate": "docs.jsonl:12: warning: field 'date': cannot parse 'no date' as a date",
        "no-id": "docs.jsonl:13: skipped: missing field 'id'",
        "surrogate": "docs.jsonl:14: skipped: field 'text' contains an unpaired surrogate",
    }


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    root = tmp_path / "hostile"
    root.mkdir()
    return root, write_hostile_corpus(root)


def _lines(report: CorpusReport, root: Path) -> list[str]:
    return [str(p).removeprefix(f"{root}{os.sep}") for p in report.problems]


def test_corpus_hostile_every_case_reported_once(hostile: tuple[Path, dict[str, str]]) -> None:
    root, expected = hostile
    report = CorpusReport()
    docs = list(read_corpus([root], max_bytes=SMALL_LIMIT, report=report))
    lines = _lines(report, root)
    for case, start in expected.items():
        hits = [line for line in lines if line.startswith(start)]
        assert len(hits) == 1, f"{case}: {start!r} not reported exactly once in {lines}"
    assert len(lines) == len(expected), lines
    assert {d.id for d in docs} == set(GOOD_IDS)
    assert report.documents == len(GOOD_IDS) and report.duplicates == 2
    assert report.skipped == sum(": skipped: " in line for line in lines) == 19


def test_corpus_hostile_good_documents_read_exactly(hostile: tuple[Path, dict[str, str]]) -> None:
    root, _ = hostile
    docs = {d.id: d for d in read_corpus([root], max_bytes=SMALL_LIMIT)}
    for doc_id, text in GOOD_IDS.items():
        if text is not None:
            assert docs[doc_id].text == text, doc_id
    good = docs["good-md"]
    assert (good.title, good.date, good.source, good.path) == (
        "Drones",
        dt.date(2025, 3, 1),
        "Wire",
        str(root / "good.md"),
    )
    assert (docs["j1"].title, docs["j1"].date, docs["j1"].path) == (
        "T",
        dt.date(2024, 3, 3),
        f"{root}/docs.jsonl:1",
    )
    assert docs["bad-date"].date is None and docs["j-baddate"].date is None


def test_corpus_html_main_text_without_scripts_or_styles(hostile: tuple[Path, dict[str, str]]) -> None:
    root, _ = hostile
    (page,) = read_corpus([root / "page.html"])
    assert "Qatar hosted talks between Iran and the United States on Monday." in page.text
    assert "SCRIPTTEXT" not in page.text and "STYLETEXT" not in page.text and "color" not in page.text
    assert page.title in {"Talks", "Talks in Doha"}


def test_corpus_order_is_sorted_and_deterministic(tmp_path: Path) -> None:
    for name in ["b/z.txt", "a.txt", "b/a.txt", "c.jsonl"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
    (tmp_path / "b" / "z.txt").write_text("Z.")
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b" / "a2.txt").write_text("B.")
    (tmp_path / "c.jsonl").write_text('{"id": "c2", "text": "C2"}\n{"id": "c1", "text": "C1"}\n')
    ids = [d.id for d in read_corpus([tmp_path])]
    assert ids == ["a", "c2", "c1", "a2", "z"]
    assert ids == [d.id for d in read_corpus(tmp_path)]


def test_corpus_unknown_or_missing_named_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "x.odt").write_bytes(b"PK\x03\x04")
    report = CorpusReport()
    assert list(read_corpus([tmp_path / "x.odt", tmp_path / "nope.md"], report=report)) == []
    assert _lines(report, tmp_path) == [
        "x.odt: skipped: unknown extension '.odt' (expected .txt, .md, .jsonl, .html, .htm, .pdf, .docx)",
        "nope.md: skipped: no such file or directory",
    ]


def test_corpus_front_matter_removed_text_verbatim(tmp_path: Path) -> None:
    path = tmp_path / "n.md"
    path.write_bytes(b"---\r\nid: 7\r\nurl: https://x.test/a\r\n---\r\n\r\nLine one.\r\nLine two.")
    (doc,) = read_corpus([path])
    assert (doc.id, doc.url, doc.text) == ("7", "https://x.test/a", "\r\nLine one.\r\nLine two.")


def test_corpus_front_matter_lone_surrogates_are_reported_and_dropped(tmp_path: Path) -> None:
    # YAML reads "\\ud87f" as a lone surrogate, which no output can encode (found by fuzzing)
    path = tmp_path / "f0.md"
    path.write_bytes(b'---\nid: "i\\ud87fx"\ntitle: "t\\udce8"\n---\nIran met Iraq.')
    report = CorpusReport()
    (doc,) = read_corpus([path], report=report)
    assert (doc.id, doc.title, doc.text) == ("f0", None, "Iran met Iraq.")
    assert len(report.problems) == 2 and all("surrogate" in p.reason for p in report.problems)
    doc.model_dump_json()  # the store hashes this: it must encode


def test_corpus_same_file_named_twice_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.")
    report = CorpusReport()
    assert [d.id for d in read_corpus([tmp_path, tmp_path / "a.txt"], report=report)] == ["a"]
    assert report.problems == []


def test_corpus_megabyte_lines_read_under_the_default_limit(tmp_path: Path) -> None:
    line = "Iran supplies Russia. " * 70_000
    (tmp_path / "long.txt").write_text(line)
    (tmp_path / "long.jsonl").write_text(json.dumps({"id": "j", "text": line}) + "\n")
    assert [len(d.text) for d in read_corpus([tmp_path])] == [len(line), len(line)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_corpus_unreadable_file_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("No access.")
    path.chmod(0)
    report = CorpusReport()
    assert list(read_corpus([path], report=report)) == []
    assert _lines(report, tmp_path) == ["secret.txt: skipped: cannot read: Permission denied"]


FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".md", ".jsonl", ".html"]))
def test_corpus_never_raises_on_arbitrary_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    report = CorpusReport()
    for doc in read_corpus([path], max_bytes=200, report=report):
        assert doc.text.strip()
        doc.text.encode("utf-8")
    assert report.files == 1


@FUZZ
@given(text=st.text(max_size=200), suffix=st.sampled_from([".txt", ".md", ".jsonl", ".html"]))
def test_corpus_never_raises_on_arbitrary_unicode(tmp_path: Path, text: str, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    docs = list(read_corpus([path]))
    if suffix in {".txt", ".md"} and text.strip() and "\x00" not in text and not text.startswith("---"):
        assert [d.text for d in docs] == [text]


@FUZZ
@given(
    obj=st.dictionaries(
        st.sampled_from(["id", "text", "title", "date", "url", "source"]), st.from_type(object)
    )
)
def test_corpus_never_raises_on_arbitrary_jsonl_fields(tmp_path: Path, obj: dict[str, object]) -> None:
    path = tmp_path / "fuzz.jsonl"
    path.write_text(json.dumps(obj, default=repr) + "\n")
    docs = list(read_corpus([path]))
    assert len(docs) <= 1


def test_corpus_billion_laughs_front_matter_is_read_at_once(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    path = tmp_path / "laughs.md"
    path.write_text("---\n" + "\n".join([*lines, "date: *i", "title: *i"]) + "\n---\nIran met Russia.\n")
    report = CorpusReport()
    assert [d.text for d in read_corpus([path], report=report)] == ["Iran met Russia.\n"]
    assert [p.reason for p in report.problems] == [
        "field 'title': expected a string, got list; kept without it",
        "field 'date': cannot parse a list as a date; kept without it",
    ]
