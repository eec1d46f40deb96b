"""Read plover-dev gold: one-sentence news items coded with their actors and event class.

``items.jsonl`` holds one JSON object per line (``../shared/bench/plover-dev/README.md``)::

    {"id", "text", "date": null, "source": [ACTOR, ...], "target": [ACTOR, ...],
     "kind": "directed" | "reciprocal", "event": PLOVER type, "quad": 1-4, "quad_ok": [quads],
     "polarity": "cooperation" | "conflict"}
    ACTOR = {"name", "names": [surface names], "country", "code", "root", optional "roots"}

A gold path is the ``.jsonl`` file or a folder holding ``items.jsonl``. Every problem is
reported as an :class:`~graphkit.errors.InputError` naming ``file:line`` (and the field).
Other keys (``from``) are ignored.

Examples
--------
>>> import json, pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> actor = {"name": "Hungary", "names": ["Hungary"], "country": "HUN", "code": "HUN", "root": "HUN"}
>>> item = {"id": "i1", "text": "Hungary met Romania.", "date": None, "source": [actor],
...         "target": [dict(actor, name="Romania", names=["Romania"], root="ROU")],
...         "kind": "reciprocal", "event": "CONSULT", "quad": 1, "polarity": "cooperation"}
>>> _ = (folder / "items.jsonl").write_text(json.dumps(item) + "\\n")
>>> [(i.id, i.target[0].roots_or_root, i.quad_ok, i.split) for i in read_plover(folder)]
[('i1', ['ROU'], [1], 'held-out')]
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, computed_field, model_validator

from graphkit.errors import InputError
from graphkit.evaluate.jsonl import json_objects
from graphkit.evaluate.splits import Split, plover_split

__all__ = ["ITEMS_FILE", "PloverActor", "PloverItem", "is_plover_path", "read_plover"]

ITEMS_FILE = "items.jsonl"


class PloverActor(BaseModel):
    """A gold actor: its names as the text gives them, and the codes it may be matched by."""

    model_config = ConfigDict(extra="ignore")

    name: str
    names: list[str] = Field(default_factory=list)
    country: str | None = None
    code: str | None = None
    root: str | None = None
    roots: list[str] | None = None

    @property
    def roots_or_root(self) -> list[str]:
        """The roots a mention's country or code may match: ``roots``, else ``root`` or ``country``."""
        if self.roots:
            return self.roots
        first = self.root or self.country
        return [first] if first else []

    @property
    def all_names(self) -> list[str]:
        """The surface names, or the name when none is listed."""
        return self.names or [self.name]


class PloverItem(BaseModel):
    """One coded sentence."""

    model_config = ConfigDict(extra="ignore")

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    date: dt.date | None = None
    source: list[PloverActor] = Field(min_length=1)
    target: list[PloverActor] = Field(min_length=1)
    kind: Literal["directed", "reciprocal"]
    """``reciprocal`` items ("A and B agreed ...") have no direction."""
    event: str | None = None
    quad: Literal[1, 2, 3, 4]
    quad_ok: list[int] = Field(default_factory=list)
    """QuadClasses accepted (the PLOVER one, and CAMEO's where it files the event elsewhere)."""
    polarity: Literal["cooperation", "conflict"]
    where: str = ""
    """``file:line`` it was read from, for messages."""

    @model_validator(mode="after")
    def _quad_ok_holds_quad(self) -> PloverItem:
        if not self.quad_ok:
            self.quad_ok = [self.quad]
        return self

    @computed_field  # type: ignore[prop-decorator]
    @property
    def split(self) -> Split:
        """``dev`` or ``held-out`` (:func:`graphkit.evaluate.splits.plover_split`)."""
        return plover_split(self.id)


def is_plover_path(path: str | Path) -> bool:
    """Whether ``path`` looks like plover-dev gold: a ``.jsonl`` file, or a folder holding ``items.jsonl``.

    >>> is_plover_path("items.jsonl"), is_plover_path("re3d-dev")
    (True, False)
    """
    path = Path(path)
    return path.suffix == ".jsonl" or (path / ITEMS_FILE).is_file()


def read_plover(path: str | Path) -> list[PloverItem]:
    """Every item of a plover-dev file (or of ``items.jsonl`` in a folder), in order.

    Raises
    ------
    InputError
        When the file is missing or holds no item, a line is not a JSON object, a field is
        missing or of the wrong kind, or an id appears twice.
    """
    path = Path(path)
    if path.is_dir():
        path = path / ITEMS_FILE
    if not path.is_file():
        raise InputError(f"{path}: no such file (expected plover-dev {ITEMS_FILE})")
    items: list[PloverItem] = []
    seen: set[str] = set()
    for where, obj in json_objects(path):
        try:
            item = PloverItem.model_validate({**obj, "where": where})
        except ValidationError as err:
            first = err.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "item"
            raise InputError(f"{where}: field {field!r}: {first['msg']}") from None
        if item.id in seen:
            raise InputError(f"{where}: item {item.id!r} appears twice")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise InputError(f"{path}: no items")
    return items
