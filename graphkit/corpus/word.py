"""Word documents (``.docx``): paragraphs in order, tables row by row, title and date from the properties.

Each paragraph of the body (headings too) becomes a paragraph of the text, separated by a
blank line, so that a heading never runs into the sentence after it. A table is read where it
stands, one line per row with its cells joined by `` | `` (a merged cell once). Page headers
and footers, comments and footnotes are left out. The title is the ``title`` document property,
else the first paragraph styled *Title* (or *Heading 1*); the date is the ``created`` property
(except python-docx's template date, 2013-12-23 23:15, which says nothing of the document).

A file that is not a Word document — a ZIP archive of something else, an old ``.doc``, an
encrypted ``.docx`` (an OLE file), broken XML — is skipped with one report line.

>>> from graphkit.corpus.report import CorpusReport
>>> report = CorpusReport()
>>> list(read_docx("memo.docx", b"PK\\x03\\x04 truncated", report)), str(report.problems[0])
([], 'memo.docx: skipped: not a Word document: a damaged ZIP archive (File is not a zip file)')
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graphkit.corpus.decode import sniff_binary
from graphkit.corpus.formats import _document
from graphkit.corpus.report import CorpusReport
from graphkit.models import Document

__all__ = ["MAX_UNPACKED_BYTES", "read_docx"]

MAX_UNPACKED_BYTES = 250_000_000
"""A ``.docx`` whose parts unpack to more than this is refused (a ZIP bomb, not a report)."""

_TEMPLATE_DATE = dt.datetime(2013, 12, 23, 23, 15, tzinfo=dt.UTC)
"""``created`` in python-docx's default template: the date of the template, not of the document."""

_WORD_MAIN = "word/document.xml"


def read_docx(path: str, data: bytes, report: CorpusReport) -> Iterator[Document]:
    """A ``.docx`` file: one document."""
    problem = _not_word(data)
    if problem:
        report.skip(path, problem)
        return
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
        text = "\n\n".join(_blocks(word))
        props = word.core_properties
        title, created = props.title, props.created
        first_title = _styled_title(word) if not (title or "").strip() else None
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as err:
        report.skip(path, f"not a Word document ({_short(err)})")
        return
    except Exception as err:  # lxml's XMLSyntaxError and the like: a damaged file
        report.skip(path, f"corrupt Word document ({_short(err)})")
        return
    if not text.strip():
        report.skip(path, "empty document (no text)")
        return
    day = created.date() if isinstance(created, dt.datetime) and created != _TEMPLATE_DATE else None
    raw: dict[str, Any] = {"title": (title or "").strip() or first_title, "date": day}
    yield _document(path, Path(path).stem, text, raw, report, line=None)


def _not_word(data: bytes) -> str | None:
    """Why ``data`` is not a ``.docx``, or None."""
    kind = sniff_binary(data[:8])
    if kind and kind.startswith("OLE"):
        return "an OLE file: an old Word .doc or a password-protected .docx; save it as a .docx without one"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        what = f"a {kind}" if kind and not kind.startswith("ZIP") else "a damaged ZIP archive"
        return f"not a Word document: {what} ({_short(err, name=False)})"
    names = {entry.filename for entry in entries}
    if _WORD_MAIN not in names:
        return (
            f"not a Word document: a ZIP archive of {len(entries)} file{'s' * (len(entries) != 1)} "
            f"without {_WORD_MAIN}"
        )
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        return f"unpacks to {unpacked} bytes, over the limit of {MAX_UNPACKED_BYTES} (a ZIP bomb?)"
    return None


def _blocks(word: Any) -> Iterator[str]:
    """The body's paragraphs and tables in document order, each as one block of text."""
    from docx.table import Table

    for item in word.iter_inner_content():
        if isinstance(item, Table):
            rows = list(_rows(item))
            if rows:
                yield "\n".join(rows)
        else:
            text = " ".join(item.text.split())
            if text:
                yield text


def _rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per grid column it spans
                continue
            seen.add(id(cell._tc))
            parts = [" ".join(p.text.split()) for p in cell.paragraphs]
            parts += [line for inner in cell.tables for line in _rows(inner)]
            text = " ".join(part for part in parts if part)
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(cells)


def _styled_title(word: Any) -> str | None:
    for wanted in ("title", "heading 1"):
        for paragraph in word.paragraphs:
            style = getattr(paragraph.style, "name", "") or ""
            text = " ".join(paragraph.text.split())
            if style.casefold() == wanted and text:
                return text[:300]
    return None


def _short(err: BaseException, *, name: bool = True) -> str:
    text = " ".join(str(err).split())[:150]
    if not name:
        return text or type(err).__name__
    return f"{type(err).__name__}: {text}" if text else type(err).__name__
