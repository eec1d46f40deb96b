"""The Parquet dataset of a cluster build: relations with their evidence, mentions, documents.

A cluster build writes, per batch of documents, one file into each of three folders under
``OUT/dataset``::

    relations/<name>.parquet   one row per relation: flat columns for aggregates, and
                               ``record``, the line of relations.jsonl
    mentions/<name>.parquet    one row per actor mention
    documents/<name>.parquet   one row per document read: id, content hash, failure

``<name>`` is a hash of the batch's documents (id and content hash, :func:`batch_name`) and
the extractor version, so a batch done once is never done again, and a batch redone (its
worker lost halfway) replaces its own files rather than adding rows. Each file is written
aside and moved into place; the documents file goes last and marks the batch finished.
``manifest.json`` lists the batches of the last build in input order: files of other
batches (an older content, an older extractor) are stale and removed by :meth:`Dataset.prune`.

Examples
--------
>>> import tempfile
>>> from graphkit.models import Document
>>> dataset = Dataset(tempfile.mkdtemp())
>>> docs = [Document(id="d1", text="Iran met Russia.")]
>>> name = batch_name([("d1", "abc")], "v1")
>>> dataset.finished(name)
False
>>> dataset.write_batch(name, docs, ["abc"], [Failure.of(docs[0], "ValueError")])
>>> dataset.finished(name), dataset.failures(name)
(False, 1)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pyarrow as pa
import pyarrow.parquet as pq

from graphkit.extraction.failure import Failure
from graphkit.models import Document, Mention, Relation

if TYPE_CHECKING:
    from graphkit.build import ExtractionLike

__all__ = [
    "DATASET_FOLDER",
    "DOCUMENTS",
    "MENTIONS",
    "RELATIONS",
    "Dataset",
    "Duplicate",
    "batch_name",
]

DATASET_FOLDER = "dataset"
"""The dataset's folder inside a build's output folder."""
RELATIONS, MENTIONS, DOCUMENTS = "relations", "mentions", "documents"
_TABLES = (RELATIONS, MENTIONS, DOCUMENTS)
MANIFEST = "manifest.json"

_ACTOR = [("id", pa.string()), ("label", pa.string()), ("type", pa.string()), ("code", pa.string())]
RELATION_SCHEMA = pa.schema(
    [
        ("batch", pa.string()),
        ("seq", pa.int32()),
        ("doc_id", pa.string()),
        *[(f"source_{name}", kind) for name, kind in _ACTOR],
        ("source_country", pa.string()),
        *[(f"target_{name}", kind) for name, kind in _ACTOR],
        ("target_country", pa.string()),
        ("relation", pa.string()),
        ("cameo", pa.string()),
        ("quad_class", pa.int8()),
        ("polarity", pa.string()),
        ("symmetric", pa.bool_()),
        ("intensity", pa.float64()),
        ("confidence", pa.float64()),
        ("modality", pa.string()),
        ("attributed_to", pa.string()),
        ("date", pa.date32()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("sentence", pa.string()),
        ("sentence_start", pa.int64()),
        ("sentence_end", pa.int64()),
        ("source_text", pa.string()),
        ("target_text", pa.string()),
        ("trigger", pa.string()),
        ("record", pa.string()),
    ]
)
"""One relation per row; ``record`` is its line of ``relations.jsonl``, the rest is for aggregates."""
MENTION_SCHEMA = pa.schema(
    [
        ("batch", pa.string()),
        ("seq", pa.int32()),
        ("doc_id", pa.string()),
        *_ACTOR,
        ("country", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
    ]
)
DOCUMENT_SCHEMA = pa.schema(
    [
        ("batch", pa.string()),
        ("seq", pa.int32()),
        ("doc_id", pa.string()),
        ("sha256", pa.string()),
        ("path", pa.string()),
        ("failure", pa.string()),
        ("relations", pa.int32()),
    ]
)
_SCHEMAS = {RELATIONS: RELATION_SCHEMA, MENTIONS: MENTION_SCHEMA, DOCUMENTS: DOCUMENT_SCHEMA}


def batch_name(documents: Iterable[tuple[str, str]], version: str) -> str:
    """The name of a batch's files: a hash of its ``(id, content hash)`` pairs, and ``version``.

    >>> batch_name([("d1", "abc")], "v1") == batch_name([("d1", "abc")], "v1") != batch_name([], "v1")
    True
    >>> batch_name([("d1", "abc")], "v1").endswith("-v1")
    True
    """
    hasher = hashlib.sha256()
    for doc_id, digest in documents:
        hasher.update(doc_id.encode("utf-8", "surrogatepass") + b"\0" + digest.encode() + b"\n")
    return f"{hasher.hexdigest()[:32]}-{version}"


class Duplicate(NamedTuple):
    """A document id read in two batches: the later one is left out, as the local reader does."""

    doc_id: str
    path: str | None
    first_path: str | None
    same: bool
    """Same content (a note) or other content (reported as skipped)."""


class Dataset:
    """The dataset folder of a cluster build (made on first write).

    Parameters
    ----------
    root
        The folder; every worker must see it at the same path (shared storage).
    """

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    def path(self, table: str, name: str) -> Path:
        """The file of batch ``name`` in ``table`` (``relations``, ``mentions`` or ``documents``)."""
        return self.root / table / f"{name}.parquet"

    def finished(self, name: str) -> bool:
        """Whether batch ``name`` was written whole, with no document failed (then it is redone)."""
        return self.path(DOCUMENTS, name).is_file() and self.failures(name) == 0

    def failures(self, name: str) -> int:
        """Documents of batch ``name`` whose extraction failed (0 when the batch is not written)."""
        path = self.path(DOCUMENTS, name)
        if not path.is_file():
            return 0
        column = pq.read_table(path, columns=["failure"]).column("failure")
        return len(column) - column.null_count

    def write_batch(
        self,
        name: str,
        documents: Sequence[Document],
        hashes: Sequence[str],
        outcomes: Sequence[ExtractionLike | Failure],
    ) -> None:
        """Write the three files of batch ``name``, each atomically, the documents file last."""
        relations: list[Relation] = []
        mentions: list[tuple[str, Mention]] = []
        failures: dict[str, str] = {}
        counts: dict[str, int] = {}
        for outcome in outcomes:
            if isinstance(outcome, Failure):
                failures[outcome.doc.id] = outcome.reason
                continue
            relations.extend(outcome.relations)
            mentions.extend((outcome.doc.id, mention) for mention in outcome.mentions)
            counts[outcome.doc.id] = len(outcome.relations)
        self._write(RELATIONS, name, _relation_rows(name, relations))
        self._write(MENTIONS, name, _mention_rows(name, mentions))
        rows: dict[str, list[object]] = {
            "batch": [name] * len(documents),
            "seq": list(range(len(documents))),
            "doc_id": [doc.id for doc in documents],
            "sha256": list(hashes),
            "path": [doc.path for doc in documents],
            "failure": [failures.get(doc.id) for doc in documents],
            "relations": [counts.get(doc.id, 0) for doc in documents],
        }
        self._write(DOCUMENTS, name, rows)

    def write_manifest(self, names: Sequence[str]) -> None:
        """Record ``names`` as the batches of the dataset, in input order (atomically)."""
        self.root.mkdir(parents=True, exist_ok=True)
        temporary = self.root / f".{MANIFEST}.{uuid.uuid4().hex}.tmp"
        unique = list(dict.fromkeys(names))  # two batches of the same documents are one
        temporary.write_text(json.dumps({"batches": unique}, indent=0), encoding="utf-8")
        os.replace(temporary, self.root / MANIFEST)

    def manifest(self) -> list[str]:
        """The batches of the last build, in input order ([] before any).

        >>> import tempfile
        >>> Dataset(tempfile.mkdtemp()).manifest()
        []
        """
        path = self.root / MANIFEST
        if not path.is_file():
            return []
        return [str(name) for name in json.loads(path.read_text(encoding="utf-8"))["batches"]]

    def files(self, table: str) -> list[Path]:
        """The files of ``table`` of the manifest's batches, in order (those written)."""
        paths = (self.path(table, name) for name in self.manifest())
        return [path for path in paths if path.is_file()]

    def prune(self) -> int:
        """Remove the files of batches not in the manifest, and leftovers of interrupted writes."""
        keep = {f"{name}.parquet" for name in self.manifest()}
        removed = 0
        for table in _TABLES:
            folder = self.root / table
            if not folder.is_dir():
                continue
            for path in folder.iterdir():
                if path.name not in keep:
                    with contextlib.suppress(FileNotFoundError):
                        path.unlink()
                        removed += 1
        return removed

    def duplicates(self) -> tuple[list[Duplicate], dict[str, set[str]]]:
        """Ids read in more than one batch, and per batch the ids it must leave out.

        The first batch in manifest order keeps a document; later ones leave it out.
        """
        files = self.files(DOCUMENTS)
        if not files:
            return [], {}
        first: dict[str, tuple[str, str | None]] = {}
        found: list[Duplicate] = []
        left_out: dict[str, set[str]] = {}
        for file in files:
            table = pq.read_table(file, columns=["doc_id", "sha256", "path"])
            ids, hashes = table.column("doc_id").to_pylist(), table.column("sha256").to_pylist()
            for doc_id, digest, path in zip(ids, hashes, table.column("path").to_pylist(), strict=True):
                seen = first.get(doc_id)
                if seen is None:
                    first[doc_id] = (digest, path)
                    continue
                found.append(Duplicate(doc_id, path, seen[1], seen[0] == digest))
                left_out.setdefault(file.stem, set()).add(doc_id)
        return found, left_out

    def records(self) -> Iterator[str]:
        """The lines of ``relations.jsonl``, in input order, each document once."""
        _, left_out = self.duplicates()
        for path in self.files(RELATIONS):
            table = pq.read_table(path, columns=["batch", "doc_id", "record"])
            skip = left_out.get(path.stem, set())
            for doc_id, record in zip(
                table.column("doc_id").to_pylist(), table.column("record").to_pylist(), strict=True
            ):
                if doc_id not in skip:
                    yield record

    def _write(self, table: str, name: str, rows: dict[str, list[object]]) -> None:
        folder = self.root / table
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{name}.{uuid.uuid4().hex}.tmp"
        try:
            pq.write_table(pa.table(rows, schema=_SCHEMAS[table]), temporary, compression="zstd")
            os.replace(temporary, self.path(table, name))
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()


def _relation_rows(batch: str, relations: list[Relation]) -> dict[str, list[object]]:
    rows: dict[str, list[object]] = {name: [] for name in RELATION_SCHEMA.names}
    for seq, rel in enumerate(relations):
        info = rel.doc
        values: dict[str, object] = {
            "batch": batch,
            "seq": seq,
            "doc_id": rel.doc_id,
            "relation": rel.relation,
            "cameo": rel.cameo,
            "quad_class": rel.quad_class,
            "polarity": rel.polarity,
            "symmetric": rel.symmetric,
            "intensity": rel.intensity,
            "confidence": rel.confidence,
            "modality": rel.modality,
            "attributed_to": rel.attributed_to,
            "date": info.date if info else None,
            "title": info.title if info else None,
            "url": info.url if info else None,
            "outlet": info.source if info else None,
            "sentence": rel.sentence.text,
            "sentence_start": rel.sentence.start,
            "sentence_end": rel.sentence.end,
            "source_text": rel.source.text,
            "target_text": rel.target.text,
            "trigger": rel.trigger.text if rel.trigger else None,
            "record": rel.model_dump_json(),
        }
        for side, mention in (("source", rel.source), ("target", rel.target)):
            for field in ("id", "label", "type", "code", "country"):
                values[f"{side}_{field}"] = getattr(mention, field)
        for name, value in values.items():
            rows[name].append(value)
    return rows


def _mention_rows(batch: str, mentions: list[tuple[str, Mention]]) -> dict[str, list[object]]:
    rows: dict[str, list[object]] = {name: [] for name in MENTION_SCHEMA.names}
    for seq, (doc_id, mention) in enumerate(mentions):
        values = {"batch": batch, "seq": seq, "doc_id": doc_id, **mention.model_dump()}
        for name in MENTION_SCHEMA.names:
            rows[name].append(values[name])
    return rows
