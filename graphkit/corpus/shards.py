"""A corpus named by paths or fsspec URLs, cut into partitions that workers read on their own.

The client only lists files and reads Parquet footers (:func:`plan`); each worker reads the
text of its own partition (:func:`read_partition`), so the corpus never passes through the
client's memory. Inputs: folders, ``.txt``/``.md``/``.html`` files, ``.jsonl`` files (cut
into byte ranges when large) and Parquet shards (cut at row groups) with a column ``text``
and optional ``id``, ``title``, ``date``, ``url``, ``source``. A URL is anything fsspec
opens (``s3://``, ``gs://``, ``http://`` … with the matching fsspec package installed);
a plain path is made absolute, since workers do not share the client's working folder.

Partitions are sized by bytes, and cut where a content-defined rule says (a part ends its
partition with a probability of its size over the target, decided by a hash of its name),
so a file added to a folder changes the partition it falls in, not every partition after it.

Examples
--------
>>> import pathlib, tempfile
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> _ = (root / "a.md").write_text("---\\ndate: 2025-03-01\\n---\\nIran met Russia.\\n")
>>> _ = (root / "b.jsonl").write_text('{"id": "b1", "text": "Iran supplies Russia."}\\n[1]\\n')
>>> report = CorpusReport()
>>> partitions = plan([root], batch_bytes=1_000_000, report=report)
>>> [len(p.parts) for p in partitions]
[2]
>>> [(d.id, d.date) for d in read_partition(partitions[0], report=report)]
[('a', datetime.date(2025, 3, 1)), ('b1', None)]
>>> [str(p).removeprefix(str(root)) for p in report.problems]
['/b.jsonl:2: skipped: expected a JSON object, got array']
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO, Any, Literal

import fsspec
from fsspec.core import url_to_fs
from fsspec.implementations.local import LocalFileSystem

from graphkit.corpus.decode import sniff_binary
from graphkit.corpus.formats import _document, _kind, read_jsonl_lines
from graphkit.corpus.reader import DEFAULT_MAX_BYTES, SUFFIXES, _guarded, read_bytes
from graphkit.corpus.report import CorpusReport
from graphkit.models import Document

__all__ = ["DEFAULT_BATCH_BYTES", "PARQUET_SUFFIXES", "Part", "Partition", "plan", "read_partition"]

DEFAULT_BATCH_BYTES = 32_000_000
"""Bytes of input per batch: tens of MB, enough to keep a worker busy for minutes."""

PARQUET_SUFFIXES = (".parquet", ".pq")
PARQUET_COLUMNS = ("id", "text", "title", "date", "url", "source")
"""Columns read from a Parquet shard; ``text`` is required."""

_CAP = 4
"""A partition never grows past this many times the target, whatever the hash says."""
_COUNT_BLOCK = 1 << 22

PartKind = Literal["file", "jsonl", "parquet"]


@dataclass(frozen=True)
class Part:
    """A piece of one input: a whole file, a byte range of a JSONL file, or Parquet row groups."""

    url: str
    """A local path (absolute) or an fsspec URL."""
    kind: PartKind
    size: int
    """Bytes of input, for sizing batches (uncompressed bytes for Parquet row groups)."""
    start: int = 0
    """First byte (JSONL) or row group (Parquet)."""
    stop: int | None = None
    """End byte or row group, exclusive; None for the end of the file."""


@dataclass(frozen=True)
class Partition:
    """One batch of input, read by one worker task."""

    number: int
    parts: tuple[Part, ...]

    @property
    def size(self) -> int:
        """Bytes of input."""
        return sum(part.size for part in self.parts)

    def label(self) -> str:
        """Where the batch comes from, for messages.

        >>> Partition(0, (Part("a.md", "file", 5), Part("b.md", "file", 5))).label()
        'batch 0 (a.md … b.md)'
        """
        first, last = self.parts[0].url, self.parts[-1].url
        return f"batch {self.number} ({first}" + (f" … {last})" if last != first else ")")


def plan(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    batch_bytes: int = DEFAULT_BATCH_BYTES,
    max_bytes: int = DEFAULT_MAX_BYTES,
    report: CorpusReport | None = None,
) -> list[Partition]:
    """The partitions of ``inputs``, listed in the order :func:`graphkit.corpus.read_corpus` reads.

    Only names, sizes and Parquet footers are read. Missing inputs, unknown extensions, files
    over ``max_bytes`` and unreadable Parquet footers are reported (never raised).
    """
    report = report if report is not None else CorpusReport()
    parts: list[Part] = []
    for url, size in _files(inputs, report):
        parts.extend(_parts(url, size, batch_bytes, max_bytes, report))
    partitions: list[Partition] = []
    batch: list[Part] = []
    total = 0
    for part in parts:
        batch.append(part)
        total += part.size
        if total >= _CAP * batch_bytes or _ends_batch(part, batch_bytes):
            partitions.append(Partition(len(partitions), tuple(batch)))
            batch, total = [], 0
    if batch:
        partitions.append(Partition(len(partitions), tuple(batch)))
    return partitions


def read_partition(
    partition: Partition, *, max_bytes: int = DEFAULT_MAX_BYTES, report: CorpusReport | None = None
) -> Iterator[Document]:
    """The documents of ``partition``; bad input goes to ``report`` as the local reader puts it.

    A second document with an id already read in this partition is left out as
    :func:`~graphkit.corpus.read_corpus` leaves it out (duplicates across partitions are
    found when the results are put together).
    """
    report = report if report is not None else CorpusReport()
    first: dict[str, tuple[str, str]] = {}
    for part in partition.parts:
        for doc in _guarded(part.url, _read_part(part, max_bytes, report), report):
            digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
            seen = first.get(doc.id)
            if seen is None:
                first[doc.id] = (digest, doc.path or part.url)
                report.documents += 1
                yield doc
            elif seen[0] == digest:
                report.duplicates += 1
                report.note(
                    doc.path or part.url, f"duplicate of {seen[1]} (id {doc.id!r}, same text); left out"
                )
            else:
                report.skip(
                    doc.path or part.url, f"id {doc.id!r} already read from {seen[1]} with other text"
                )


def _ends_batch(part: Part, batch_bytes: int) -> bool:
    """Whether ``part`` closes its batch: true with probability size / target, by its name's hash.

    >>> _ends_batch(Part("big.md", "file", 10), 5), _ends_batch(Part("empty.md", "file", 0), 5)
    (True, False)
    """
    name = f"{PurePosixPath(part.url).name}#{part.start}"
    draw = int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big") / 2**64
    return draw < part.size / batch_bytes


def _files(inputs: Iterable[str | os.PathLike[str]], report: CorpusReport) -> Iterator[tuple[str, int]]:
    """``(url, size)`` of every corpus file of ``inputs``, folders walked as ``os.walk`` walks them."""
    done: set[str] = set()
    for given in inputs:
        name = os.fspath(given)
        try:
            fs, root = url_to_fs(name)
            exists, folder = fs.exists(root), fs.isdir(root)
        except (OSError, ValueError, ImportError) as err:
            report.skip(name, f"cannot open: {type(err).__name__}: {err}")
            continue
        if not exists:
            report.skip(name, "no such file or directory")
            continue
        if folder:
            found = fs.find(root, detail=True, withdirs=False)
            listed = [(path, info) for path, info in found.items() if not _hidden(path, root)]
            listed.sort(key=lambda item: _walk_key(item[0], root))
        else:
            listed = [(root, fs.info(root))]
        for path, info in listed:
            url = path if isinstance(fs, LocalFileSystem) else fs.unstrip_protocol(path)
            suffix = PurePosixPath(path).suffix.lower()
            if suffix not in SUFFIXES + PARQUET_SUFFIXES:
                if folder:
                    report.note(url, "ignored: not a corpus file (unknown extension)")
                else:
                    expected = ", ".join(SUFFIXES + PARQUET_SUFFIXES)
                    report.skip(url, f"unknown extension {suffix!r} (expected {expected})")
                continue
            if url not in done:
                done.add(url)
                yield url, int(info.get("size") or 0)


def _hidden(path: str, root: str) -> bool:
    return any(part.startswith(".") for part in PurePosixPath(path).relative_to(root).parts)


def _walk_key(path: str, root: str) -> tuple[tuple[int, str], ...]:
    """Files of a folder before its subfolders, each level sorted: the order of ``os.walk``."""
    parts = PurePosixPath(path).relative_to(root).parts
    return (*((1, folder) for folder in parts[:-1]), (0, parts[-1]))


def _parts(url: str, size: int, batch_bytes: int, max_bytes: int, report: CorpusReport) -> list[Part]:
    suffix = PurePosixPath(url).suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        return _parquet_parts(url, report)
    if suffix == ".jsonl":
        starts = range(0, max(size, 1), batch_bytes)
        return [
            Part(url, "jsonl", min(batch_bytes, size - start), start, start + batch_bytes)
            if start + batch_bytes < size
            else Part(url, "jsonl", size - start, start, None)
            for start in starts
        ]
    if size > max_bytes:
        report.skip(url, f"{size} bytes, over the limit of {max_bytes} bytes (--max-bytes)")
        return []
    return [Part(url, "file", size)]


def _parquet_parts(url: str, report: CorpusReport) -> list[Part]:
    import pyarrow.parquet as pq

    try:
        with fsspec.open(url, "rb") as fh:
            meta = pq.ParquetFile(fh).metadata
            names = set(meta.schema.names)
    except Exception as err:  # a damaged footer, a file that is not Parquet: that file only
        report.skip(url, f"cannot read as Parquet: {type(err).__name__}: {' '.join(str(err).split())[:200]}")
        return []
    if "text" not in names:
        report.skip(url, f"no column 'text' (columns: {', '.join(sorted(names)[:10])})")
        return []
    return [
        Part(url, "parquet", meta.row_group(group).total_byte_size, group, group + 1)
        for group in range(meta.num_row_groups)
    ]


def _read_part(part: Part, max_bytes: int, report: CorpusReport) -> Iterator[Document]:
    try:
        with fsspec.open(part.url, "rb") as fh:
            if part.kind == "file":
                report.files += 1
                data = fh.read(max_bytes + 1)
                if len(data) > max_bytes:
                    report.skip(part.url, f"over the limit of {max_bytes} bytes (--max-bytes)")
                    return
                yield from read_bytes(part.url, data, report)
            elif part.kind == "jsonl":
                yield from _read_jsonl_range(part, fh, max_bytes, report)
            else:
                yield from _read_row_groups(part, fh, report)
    except OSError as err:
        report.skip(part.url, f"cannot read: {err.strerror or err}")


def _read_jsonl_range(part: Part, fh: IO[bytes], max_bytes: int, report: CorpusReport) -> Iterator[Document]:
    """The lines of a JSONL file that start in ``[part.start, part.stop)``, numbered as in the file."""
    kind = sniff_binary(fh.read(8192).removeprefix(b"\xef\xbb\xbf"))
    if part.start == 0:
        report.files += 1
        if kind:
            report.skip(part.url, f"binary file ({kind})")
    if kind:
        return
    begin = part.start
    if begin > 0:
        fh.seek(begin - 1)
        if fh.read(1) != b"\n":
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the line that crosses the range's start belongs to the range before
        begin = fh.tell()
    fh.seek(0)
    before = 0
    while fh.tell() < begin:  # line numbers as in the whole file, for messages
        before += fh.read(min(_COUNT_BLOCK, begin - fh.tell())).count(b"\n")
    yield from read_jsonl_lines(part.url, fh, max_bytes, report, first=before + 1, stop=part.stop)


def _read_row_groups(part: Part, fh: IO[bytes], report: CorpusReport) -> Iterator[Document]:
    """The rows of a Parquet shard's row groups; row numbers (from 1) are the file's."""
    import pyarrow.parquet as pq

    shard = pq.ParquetFile(fh)
    if part.start == 0:
        report.files += 1
    stop = part.stop if part.stop is not None else shard.metadata.num_row_groups
    number = sum(shard.metadata.row_group(group).num_rows for group in range(part.start))
    columns = [name for name in PARQUET_COLUMNS if name in shard.schema_arrow.names]
    stem = PurePosixPath(part.url).stem
    for group in range(part.start, stop):
        for row in shard.read_row_group(group, columns=columns).to_pylist():
            number += 1
            doc = _row_document(part.url, number, stem, row, report)
            if doc is not None:
                yield doc


def _row_document(
    url: str, number: int, stem: str, row: dict[str, Any], report: CorpusReport
) -> Document | None:
    """A Parquet row as a document (``id`` defaults to ``<file stem>-<row>``), or None, reported."""
    text = row.get("text")
    if not isinstance(text, str):
        reason = (
            "missing field 'text'" if text is None else f"field 'text' must be a string, got {_kind(text)}"
        )
        report.skip(url, reason, line=number)
        return None
    if not text.strip():
        report.skip(url, "field 'text' is empty", line=number)
        return None
    raw_id = row.get("id")
    doc_id = f"{stem}-{number}" if raw_id is None or not str(raw_id).strip() else str(raw_id)
    return _document(f"{url}:{number}", doc_id, text, row, report, line=number)
