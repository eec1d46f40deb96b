"""Read a corpus of files and folders into documents, reporting (never raising on) bad input.

Formats (by extension): ``.txt``/``.md`` with optional YAML front matter (``id``, ``title``,
``date``, ``url``, ``source``), ``.jsonl`` (one object per line with ``id`` and ``text``) and
``.html``/``.htm`` (main text by trafilatura), ``.pdf`` (:mod:`graphkit.corpus.pdf`) and ``.docx``
(:mod:`graphkit.corpus.word`). Folders are walked recursively in sorted order,
hidden files and folders left out; files of other kinds in a folder are noted and ignored,
named explicitly they are reported as skipped.

Documents over ``max_bytes`` (a whole file, or one JSONL line; 10 MB by default) are
**skipped** with a report line and never read into memory: a file of tens of megabytes is
almost always a dump rather than an article. Everything under the limit is read whole; the
extractor reads long texts in chunks, with offsets into the whole text. A file whose reader
fails in a way no check foresaw is reported like any other bad file, and the rest is read.

>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "a.md").write_text("---\\ntitle: Talks\\ndate: 2025-03-01\\n---\\nIran met Russia.\\n")
>>> _ = (root / "b.jsonl").write_text('{"id": "b1", "text": "Iran supplies Russia."}\\n[1]\\n')
>>> report = CorpusReport()
>>> [(d.id, d.date) for d in read_corpus([root], report=report)]
[('a', datetime.date(2025, 3, 1)), ('b1', None)]
>>> [str(p).removeprefix(str(root)) for p in report.problems]
['/b.jsonl:2: skipped: expected a JSON object, got array']
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from graphkit.corpus.decode import UndecodableError, decode_bytes
from graphkit.corpus.formats import read_html, read_jsonl, read_text
from graphkit.corpus.pdf import read_pdf
from graphkit.corpus.report import CorpusReport
from graphkit.corpus.word import read_docx
from graphkit.models import Document

__all__ = ["DEFAULT_MAX_BYTES", "SUFFIXES", "read_bytes", "read_corpus"]

DEFAULT_MAX_BYTES = 10_000_000
"""Largest file (or JSONL line) read, in bytes: a book, not a dump."""

SUFFIXES = (".txt", ".md", ".jsonl", ".html", ".htm", ".pdf", ".docx")
"""Extensions read (case-insensitive)."""


_BINARY_READERS: dict[str, Callable[[str, bytes, CorpusReport], Iterator[Document]]] = {
    ".pdf": read_pdf,
    ".docx": read_docx,
}
"""Readers of binary formats, given the file's bytes."""


def read_corpus(
    paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    report: CorpusReport | None = None,
) -> Iterator[Document]:
    """Yield the documents of ``paths`` (files or folders) in a deterministic order.

    Parameters
    ----------
    paths
        Files and folders; folders are walked recursively.
    max_bytes
        Files (and JSONL lines) larger than this are skipped without being read.
    report
        Filled in with counts and one :class:`~graphkit.corpus.report.Problem` per file, line
        or field that was left out or guessed (each also logged once).

    A second document with an id already read is left out: with the same text it is a
    duplicate (noted), with other text a conflict (reported as skipped).
    """
    report = report if report is not None else CorpusReport()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    first: dict[str, tuple[str, str]] = {}
    for path in _files(paths, report):
        for doc in _guarded(path, _read_file(path, max_bytes, report), report):
            digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
            seen = first.get(doc.id)
            if seen is None:
                first[doc.id] = (digest, doc.path or path)
                report.documents += 1
                yield doc
            elif seen[0] == digest:
                report.duplicates += 1
                report.note(doc.path or path, f"duplicate of {seen[1]} (id {doc.id!r}, same text); left out")
            else:
                report.skip(doc.path or path, f"id {doc.id!r} already read from {seen[1]} with other text")


def _guarded(path: str, docs: Iterator[Document], report: CorpusReport) -> Iterator[Document]:
    """``docs``, the rest of the file reported as skipped if its reader fails unexpectedly."""
    try:
        yield from docs
    except Exception as err:  # one file's surprise must not end the build
        message = " ".join(str(err).split())[:200]
        report.skip(path, f"cannot read: {type(err).__name__}" + (f": {message}" if message else ""))


def _files(paths: Iterable[str | os.PathLike[str]], report: CorpusReport) -> Iterator[str]:
    done: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = _walk(path, report)
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                report.skip(str(path), f"unknown extension {path.suffix!r} (expected {', '.join(SUFFIXES)})")
                continue
            candidates = iter([str(path)])
        else:
            report.skip(str(path), "no such file or directory")
            continue
        for name in candidates:
            real = os.path.realpath(name)
            if real not in done:
                done.add(real)
                yield name


def _walk(root: Path, report: CorpusReport) -> Iterator[str]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if os.path.splitext(name)[1].lower() in SUFFIXES:
                yield path
            else:
                report.note(path, "ignored: not a corpus file (unknown extension)")


def _read_file(path: str, max_bytes: int, report: CorpusReport) -> Iterator[Document]:
    report.files += 1
    suffix = os.path.splitext(path)[1].lower()
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            report.skip(path, "not a regular file")
            return
        if suffix == ".jsonl":
            yield from read_jsonl(path, max_bytes, report)
            return
        if info.st_size > max_bytes:
            report.skip(path, f"{info.st_size} bytes, over the limit of {max_bytes} bytes (--max-bytes)")
            return
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as err:
        report.skip(path, f"cannot read: {err.strerror or err}")
        return
    if len(data) > max_bytes:
        report.skip(path, f"over the limit of {max_bytes} bytes (--max-bytes)")
        return
    yield from read_bytes(path, data, report)


def read_bytes(path: str, data: bytes, report: CorpusReport) -> Iterator[Document]:
    """The documents of a file's bytes, read as its name says (.txt, .md, .html, .pdf, .docx).

    >>> [d.text for d in read_bytes("bucket/a.txt", b"Iran met Russia.", CorpusReport())]
    ['Iran met Russia.']
    """
    suffix = os.path.splitext(path)[1].lower()
    if suffix in _BINARY_READERS:
        yield from _BINARY_READERS[suffix](path, data, report)
        return
    try:
        text, encoding = decode_bytes(data)
    except UndecodableError as err:
        report.skip(path, str(err))
        return
    if encoding not in {"utf-8", "utf-16", "utf-32"}:
        report.warn(path, f"not UTF-8: decoded as {encoding}")
    if not text.strip():
        report.skip(path, "empty document (no text)")
        return
    yield from (read_html if suffix in {".html", ".htm"} else read_text)(path, text, report)
