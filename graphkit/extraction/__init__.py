"""Extraction: documents in, actor mentions and relations out.

:mod:`~graphkit.extraction.extractor` orchestrates and builds the records,
:mod:`~graphkit.extraction.gate` picks the sentences worth parsing,
:mod:`~graphkit.extraction.gated` parses them and moves results back into place,
:mod:`~graphkit.extraction.chunks` cuts long texts,
:mod:`~graphkit.extraction.workers` spreads documents over processes (a dead one survived),
:mod:`~graphkit.extraction.failure` says why a document failed and
:mod:`~graphkit.extraction.version` names everything results depend on.

``Extractor``, ``Extraction`` and ``Failure`` are imported on first use, so that reading the version
(all a build with nothing new needs) does not import spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graphkit.extraction.extractor import Extraction, Extractor, Failure

__all__ = ["Extraction", "Extractor", "Failure"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        return getattr(importlib.import_module("graphkit.extraction.extractor"), name)
    raise AttributeError(f"module 'graphkit.extraction' has no attribute {name!r}")
