"""One reader per file format: text with front matter, JSON Lines, and HTML pages.

Each reader yields :class:`~graphkit.models.Document` objects and records in the
:class:`~graphkit.corpus.report.CorpusReport` whatever it had to leave out or guess.

>>> report = CorpusReport()
>>> [d.title for d in read_text("a.md", "---\\ntitle: Talks\\n---\\nIran met Russia.\\n", report)]
['Talks']
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import yaml
from lxml.etree import LxmlError

from graphkit.corpus.decode import sniff_binary
from graphkit.corpus.fields import clean_metadata, split_front_matter
from graphkit.corpus.report import CorpusReport
from graphkit.corpus.webpage import read_page
from graphkit.models import Document

__all__ = ["read_html", "read_jsonl", "read_jsonl_lines", "read_text"]

_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def read_text(path: str, text: str, report: CorpusReport) -> Iterator[Document]:
    """A ``.txt``/``.md`` file: optional YAML front matter, then the text, kept verbatim."""
    front, body = split_front_matter(text)
    raw: dict[str, Any] = {}
    if front is None and text.startswith("---\n"):
        report.warn(path, "front matter: no closing '---' line; the whole file is read as text")
    elif front:
        try:
            # the pure-Python parser: libyaml's crashes the process on hostile nesting
            loaded = yaml.safe_load(front)
        except (yaml.YAMLError, RecursionError) as err:  # nesting too deep for the parser: same fate
            mark = getattr(err, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            report.warn(path, f"front matter: invalid YAML{where}; metadata ignored")
            loaded = None
        if isinstance(loaded, dict):
            raw = loaded
        elif loaded is not None:
            report.warn(path, f"front matter: expected key: value pairs, got {_kind(loaded)}; ignored")
    if not body.strip():
        report.skip(path, "empty document (no text)" + (" after the front matter" if front else ""))
        return
    doc_id = _front_matter_id(path, raw.get("id"), report)
    yield _document(path, doc_id, body, raw, report, line=None)


def read_html(path: str, html: str, report: CorpusReport) -> Iterator[Document]:
    """An HTML page: its main text (never scripts, styles, navigation or related links) and title."""
    try:
        page = read_page(html)
    except (LxmlError, ValueError) as err:
        report.skip(path, f"cannot parse the HTML ({err})")
        return
    if not page.text.strip():
        report.skip(path, "no main text found in the HTML page")
        return
    if page.short:
        report.warn(path, page.short)
    raw = {"title": page.title, "date": page.date, "url": page.url, "source": page.source}
    yield _document(path, Path(path).stem, page.text, raw, report, line=None)


def read_jsonl(path: str, max_bytes: int, report: CorpusReport) -> Iterator[Document]:
    """A JSON Lines file: one object per line with ``id`` and ``text``, read one line at a time."""
    with open(path, "rb") as fh:
        kind = sniff_binary(fh.read(8192).removeprefix(b"\xef\xbb\xbf"))
        if kind:
            report.skip(path, f"binary file ({kind})")
            return
        fh.seek(0)
        yield from read_jsonl_lines(path, fh, max_bytes, report)


def read_jsonl_lines(
    path: str, fh: IO[bytes], max_bytes: int, report: CorpusReport, *, first: int = 1, stop: int | None = None
) -> Iterator[Document]:
    """The documents of the lines of ``fh`` from where it stands; the first is line ``first``.

    With ``stop``, only the lines that start before byte ``stop`` are read (a byte range of a
    file shared out between workers: the line that crosses ``stop`` is the range's last).
    """
    for number, line in enumerate(_lines(fh, max_bytes, stop), start=first):
        if line is None:
            report.skip(path, f"line over the limit of {max_bytes} bytes (--max-bytes)", line=number)
            continue
        doc = _jsonl_document(path, number, line.removeprefix(b"\xef\xbb\xbf"), report)
        if doc is not None:
            yield doc


def _lines(fh: IO[bytes], max_bytes: int, stop: int | None = None) -> Iterator[bytes | None]:
    """The file's lines, or None for a line longer than ``max_bytes`` (never held in memory)."""
    while (stop is None or fh.tell() < stop) and (line := fh.readline(max_bytes + 1)):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = fh.readline(1 << 20)
            yield None
        else:
            yield line


def _jsonl_document(path: str, number: int, line: bytes, report: CorpusReport) -> Document | None:
    if not line.strip():
        return None
    try:
        obj = json.loads(line.decode("utf-8"))
    except UnicodeDecodeError as err:
        report.skip(
            path, f"invalid UTF-8 (byte 0x{line[err.start]:02x} at column {err.start + 1})", line=number
        )
        return None
    except json.JSONDecodeError as err:
        report.skip(path, f"invalid JSON ({err.msg} at column {err.colno})", line=number)
        return None
    except (ValueError, RecursionError) as err:
        report.skip(path, f"invalid JSON ({err.__class__.__name__}: {str(err)[:80]})", line=number)
        return None
    if not isinstance(obj, dict):
        report.skip(path, f"expected a JSON object, got {_kind(obj)}", line=number)
        return None
    reason = _check_field(obj, "id") or _check_field(obj, "text")
    if reason:
        report.skip(path, reason, line=number)
        return None
    text = obj["text"]
    if not text.strip():
        report.skip(path, "field 'text' is empty", line=number)
        return None
    return _document(f"{path}:{number}", str(obj["id"]), text, obj, report, line=number)


def _check_field(obj: dict[str, Any], name: str) -> str | None:
    value = obj.get(name)
    if value is None:
        return f"missing field {name!r}"
    if name == "id" and isinstance(value, int) and not isinstance(value, bool):
        return None
    if not isinstance(value, str):
        return f"field {name!r} must be a string, got {_kind(value)}"
    if not value.strip():
        return f"field {name!r} is empty"
    if _has_surrogate(value):
        return f"field {name!r} contains an unpaired surrogate escape (\\ud800-\\udfff)"
    return None


def _front_matter_id(path: str, value: object, report: CorpusReport) -> str:
    stem = Path(path).stem
    if value is None:
        return stem
    if isinstance(value, int | str) and not isinstance(value, bool) and str(value).strip():
        if not _has_surrogate(str(value)):
            return str(value).strip()
        report.warn(path, f"front matter: field 'id' contains an unpaired surrogate; using {stem!r}")
        return stem
    report.warn(
        path, f"front matter: field 'id' must be a non-empty string, got {_kind(value)}; using {stem!r}"
    )
    return stem


def _document(
    where: str, doc_id: str, text: str, raw: dict[str, Any], report: CorpusReport, *, line: int | None
) -> Document:
    file = where.rsplit(":", 1)[0] if line is not None else where
    meta, problems = clean_metadata(raw)
    for problem in problems:
        report.warn(file, f"{problem}; kept without it", line=line)
    for name, value in list(meta.items()):
        if isinstance(value, str) and _has_surrogate(value):
            report.warn(file, f"field {name!r} contains an unpaired surrogate; kept without it", line=line)
            del meta[name]
    return Document(id=doc_id, text=text, path=where, **meta)


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _kind(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)
