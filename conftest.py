"""Shared fixtures: one real spaCy pipeline and one :class:`Extractor` per test session.

Both are also in the doctest namespace, as ``nlp`` and ``extractor``, for the doctests of
the package's modules: a doctest uses them instead of loading a pipeline of its own. This file
sits at the root, not in ``tests/``, so that the doctests under ``graphkit/`` see it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from _pytest.doctest import DoctestItem
from spacy.language import Language

from graphkit.nlp import load_pipeline

if TYPE_CHECKING:
    from graphkit.extract import Extractor


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline, loaded once. Tests must not add or remove its pipes."""
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    """The extractor on the session's pipeline, with the packaged catalogue, created once."""
    from graphkit.extract import Extractor

    return Extractor(nlp)


@pytest.fixture(autouse=True)
def _doctest_pipeline(request: pytest.FixtureRequest, doctest_namespace: dict[str, Any]) -> None:
    """Put ``nlp`` and ``extractor`` in the namespace of doctests (and load them only for doctests)."""
    if isinstance(request.node, DoctestItem):
        doctest_namespace["nlp"] = request.getfixturevalue("nlp")
        doctest_namespace["extractor"] = request.getfixturevalue("extractor")
