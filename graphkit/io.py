"""File input and output shared by every module: atomic writes, and YAML read quickly.

A reader never sees an empty or half-written file:

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
>>> with atomic_write(path) as fh:
...     _ = fh.write("done")
>>> path.read_text()
'done'
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal, overload

import yaml

__all__ = ["YAML_LOADER", "atomic_write", "load_yaml"]

YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The safe loader on libyaml's C parser where PyYAML was built with it (about ten times faster:
the data files are read by every process that extracts), else the pure-Python one."""


def load_yaml(text: str) -> Any:
    """``text`` as Python data, read as :func:`yaml.safe_load` reads it.

    >>> load_yaml("a: [1, 2]")
    {'a': [1, 2]}
    """
    return yaml.load(text, Loader=YAML_LOADER)


@overload
def atomic_write(
    path: str | Path, mode: Literal["w"] = "w"
) -> contextlib.AbstractContextManager[IO[str]]: ...
@overload
def atomic_write(path: str | Path, mode: Literal["wb"]) -> contextlib.AbstractContextManager[IO[bytes]]: ...


@contextlib.contextmanager  # type: ignore[misc]
def atomic_write(path: str | Path, mode: str = "w") -> Iterator[IO]:
    """Write to a temporary file beside ``path`` and move it into place only on success."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private; give it the mode a plain open() would have.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        text = {} if "b" in mode else {"encoding": "utf-8", "newline": ""}
        with open(fd, mode, **text) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
