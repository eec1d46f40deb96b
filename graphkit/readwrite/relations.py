"""Relation records as JSON Lines (``relations.jsonl``): one :class:`~graphkit.models.Relation` a line.

Examples
--------
>>> import io
>>> from graphkit.models import Mention, Relation, Span
>>> iran = Mention(id="IRN", label="Iran", type="state", code="IRN", start=0, end=4, text="Iran")
>>> rus = Mention(id="RUS", label="Russia", type="state", code="RUS", start=14, end=20, text="Russia")
>>> rel = Relation(doc_id="d1", sentence=Span(start=0, end=33, text="Iran supplies Russia with drones."),
...                source=iran, target=rus, relation="supply", cameo="0712", quad_class=2,
...                polarity="cooperative", intensity=7.4, confidence=0.9)
>>> buf = io.StringIO()
>>> write_relations([rel], buf)
1
>>> [r.relation for r in read_relations(io.StringIO(buf.getvalue()))]
['supply']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from graphkit.errors import InputError
from graphkit.models import Relation
from graphkit.readwrite._common import Destination, Source, open_destination, open_source, source_name

__all__ = ["RELATIONS_FILE", "read_relations", "relations_path", "write_relations"]

RELATIONS_FILE = "relations.jsonl"
"""The name of the relation records in a build folder."""


def relations_path(path: str | Path) -> Path:
    """``path`` itself, or the ``relations.jsonl`` of the build folder ``path`` names.

    Raises
    ------
    InputError
        A folder without ``relations.jsonl``.
    """
    file = Path(path)
    if file.is_dir():
        if not (file / RELATIONS_FILE).is_file():
            raise InputError(f"no {RELATIONS_FILE} in {file}: run `graphkit build` first")
        file = file / RELATIONS_FILE
    return file


def read_relations(source: Source) -> Iterator[Relation]:
    """The relation records of a ``relations.jsonl`` file, a build folder holding one, or an open file.

    Blank lines are passed over.

    Raises
    ------
    InputError
        The file is missing, is not UTF-8 text, or a line is not a relation record (named by
        ``file:line``).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> list(read_relations(folder))  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.errors.InputError: no relations.jsonl in ...: run `graphkit build` first
    """
    if isinstance(source, str | Path):
        source = relations_path(source)
    with open_source(source, "r", "a relations.jsonl file") as fh:
        number = 0
        lines = iter(fh)
        while True:
            try:
                line = next(lines)
            except StopIteration:
                return
            except UnicodeDecodeError as err:
                # text is decoded in blocks: the line the bad byte is on is not known here
                raise InputError(
                    f"{source_name(source)}: not UTF-8 text ({err.reason}): expected a relations.jsonl file"
                ) from None
            number += 1
            if not line.strip():
                continue
            try:
                yield Relation.model_validate_json(line)
            except ValidationError as err:
                first = err.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "line"
                raise InputError(
                    f"{source_name(source)}:{number}: not a relation record: {where}: {first['msg']}"
                ) from None


def write_relations(relations: Iterable[Relation], dest: Destination) -> int:
    """Write ``relations`` one JSON object a line, atomically when ``dest`` is a path.

    Parameters
    ----------
    relations
        The records, written in this order.
    dest
        A path, or a file open for writing text.

    Returns
    -------
    int
        How many records were written.
    """
    count = 0
    with open_destination(dest, "w") as fh:
        for rel in relations:
            fh.write(rel.model_dump_json() + "\n")
            count += 1
    return count
