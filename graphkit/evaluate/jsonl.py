"""The objects of a gold JSON Lines file, each with where it stands (``file:line``).

>>> import pathlib, tempfile
>>> path = pathlib.Path(tempfile.mkdtemp()) / "gold.jsonl"
>>> _ = path.write_text('{"id": 1}\\n\\n[2]\\n', encoding="utf-8")
>>> reader = json_objects(path)
>>> next(reader)[1]
{'id': 1}
>>> next(reader)
Traceback (most recent call last):
graphkit.errors.InputError: ...gold.jsonl:3: expected a JSON object, got list
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from graphkit.errors import InputError

__all__ = ["json_objects"]


def json_objects(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(file:line, object)`` for every non-blank line; the first bad line raises
    :class:`~graphkit.errors.InputError` naming it."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as err:
                raise InputError(f"{where}: not valid JSON ({err.msg} at column {err.colno})") from None
            if not isinstance(obj, dict):
                raise InputError(f"{where}: expected a JSON object, got {type(obj).__name__}")
            yield where, obj
