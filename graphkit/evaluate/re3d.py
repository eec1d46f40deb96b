"""Read re3d gold data: documents, entities and relations of one subset or of many.

A subset folder holds ``documents.json``, ``entities.json`` and ``relations.json``, one JSON
object per line; entity and relation offsets index the document's ``text``. A gold path is
either such a folder or a directory of them (``../shared/bench/re3d-dev``). Every problem
is reported as an :class:`~graphkit.errors.InputError` naming ``file:line``.

Examples
--------
>>> import json, pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "documents.json").write_text(json.dumps({"_id": "d1", "text": "Iran met Iraq."}))
>>> _ = (folder / "entities.json").write_text(json.dumps(
...     {"begin": 0, "end": 4, "type": "Organisation", "value": "Iran", "documentId": "d1"}))
>>> _ = (folder / "relations.json").write_text("")
>>> gold = read_re3d(folder)
>>> gold.entities[0].text, gold.entities[0].where.endswith("entities.json:1")
('Iran', True)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from graphkit.errors import InputError
from graphkit.evaluate.jsonl import json_objects

__all__ = ["GoldDocument", "GoldEntity", "GoldRelation", "Re3dGold", "read_re3d"]

_FILES = ("documents.json", "entities.json", "relations.json")


class GoldDocument(BaseModel):
    """A re3d document: the text every offset of its entities and relations indexes."""

    id: str
    text: str
    title: str | None = None
    subset: str
    """Name of the folder it was read from (``"UK_Government"``)."""


class GoldEntity(BaseModel):
    """An annotated entity mention (``type`` is ``"Organisation"``, ``"Person"``, ``"Location"``…)."""

    doc_id: str
    start: int
    end: int
    type: str
    text: str
    where: str
    """``file:line`` it was read from, for messages."""


class GoldEnd(BaseModel):
    """One end of a gold relation."""

    start: int
    end: int
    text: str


class GoldRelation(BaseModel):
    """An annotated relation (``type`` is ``"FightingAgainst"``, ``"CommWith"``…) between two spans."""

    doc_id: str
    type: str
    source: GoldEnd
    target: GoldEnd
    where: str


class Re3dGold(BaseModel):
    """Everything read from one gold path."""

    path: str
    documents: dict[str, GoldDocument]
    entities: list[GoldEntity]
    relations: list[GoldRelation]

    def restricted(self, doc_ids: Iterable[str]) -> Re3dGold:
        """The same gold with only the documents ``doc_ids`` (and their entities and relations)."""
        keep = set(doc_ids)
        return Re3dGold(
            path=self.path,
            documents={k: doc for k, doc in self.documents.items() if k in keep},
            entities=[e for e in self.entities if e.doc_id in keep],
            relations=[r for r in self.relations if r.doc_id in keep],
        )


def read_re3d(path: str | Path) -> Re3dGold:
    """Read a re3d subset folder, or every subset folder inside ``path``, sorted by name.

    Raises
    ------
    InputError
        When ``path`` holds no subset, a line is not a JSON object, a field is missing, a
        document id is unknown or repeated, or offsets do not fit the document text.
    """
    root = Path(path)
    folders = _subset_folders(root)
    documents: dict[str, GoldDocument] = {}
    entities: list[GoldEntity] = []
    relations: list[GoldRelation] = []
    for folder in folders:
        for where, obj in json_objects(folder / "documents.json"):
            doc = GoldDocument(
                id=_field(obj, "_id", str, where),
                text=_field(obj, "text", str, where),
                title=obj.get("title"),
                subset=folder.name,
            )
            if doc.id in documents:
                raise InputError(f"{where}: document {doc.id!r} appears twice")
            documents[doc.id] = doc
        for where, obj in json_objects(folder / "entities.json"):
            doc = _document(documents, obj, where)
            start, end = _offsets(obj, "begin", "end", doc, where)
            text = _checked_text(doc, start, end, _field(obj, "value", str, where), where)
            entities.append(
                GoldEntity(
                    doc_id=doc.id,
                    start=start,
                    end=end,
                    type=_field(obj, "type", str, where),
                    text=text,
                    where=where,
                )
            )
        for where, obj in json_objects(folder / "relations.json"):
            doc = _document(documents, obj, where)
            ends = []
            for side in ("source", "target"):
                start, end = _offsets(obj, f"{side}Begin", f"{side}End", doc, where)
                text = _checked_text(doc, start, end, _field(obj, side, str, where), where)
                ends.append(GoldEnd(start=start, end=end, text=text))
            relations.append(
                GoldRelation(
                    doc_id=doc.id,
                    type=_field(obj, "type", str, where),
                    source=ends[0],
                    target=ends[1],
                    where=where,
                )
            )
    return Re3dGold(path=str(root), documents=documents, entities=entities, relations=relations)


def _subset_folders(root: Path) -> list[Path]:
    """``root`` itself when it is a subset folder, else its subset sub-folders."""
    if not root.is_dir():
        raise InputError(f"{root}: not a directory (expected a re3d subset folder or a folder of them)")
    if (root / _FILES[0]).is_file():
        folders = [root]
    else:
        folders = sorted(p for p in root.iterdir() if (p / _FILES[0]).is_file())
    if not folders:
        raise InputError(f"{root}: no {_FILES[0]} here nor in any sub-folder: not re3d gold data")
    for folder in folders:
        for name in _FILES:
            if not (folder / name).is_file():
                raise InputError(f"{folder / name}: missing (a re3d subset needs {', '.join(_FILES)})")
    return folders


def _field(obj: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = obj.get(key)
    # bool is an int subclass: an offset of `true` is a broken file, not 1
    if not isinstance(value, kind) or isinstance(value, bool):
        raise InputError(f"{where}: field {key!r} should be {kind.__name__}, got {value!r}")
    return value


def _document(documents: dict[str, GoldDocument], obj: dict[str, Any], where: str) -> GoldDocument:
    doc_id = _field(obj, "documentId", str, where)
    if doc_id not in documents:
        raise InputError(f"{where}: documentId {doc_id!r} is not in documents.json")
    return documents[doc_id]


def _offsets(obj: dict[str, Any], first: str, last: str, doc: GoldDocument, where: str) -> tuple[int, int]:
    start, end = _field(obj, first, int, where), _field(obj, last, int, where)
    if not 0 <= start < end <= len(doc.text):
        raise InputError(
            f"{where}: offsets {first}={start}, {last}={end} do not fit document {doc.id!r} "
            f"of {len(doc.text)} characters"
        )
    return start, end


def _checked_text(doc: GoldDocument, start: int, end: int, value: str, where: str) -> str:
    """The document's slice, after checking it says what the annotation says."""
    text = doc.text[start:end]
    # re3d writes line breaks inside a value as spaces
    if text.split() != value.split():
        raise InputError(f"{where}: text[{start}:{end}] is {text!r} but the annotation says {value!r}")
    return text
