"""Shared fixtures: one real spaCy pipeline, :class:`Extractor`, catalogue and lexicon per session.

They are also in the doctest namespace, as ``nlp``, ``extractor``, ``catalogue`` and ``lexicon``,
for the doctests of the package's modules: a doctest uses them instead of loading a pipeline,
catalogue or lexicon of its own (each is loaded only when a doctest names it). This file sits at the root,
not in ``tests/``, so that the doctests under ``graphkit/`` see it too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import pytest
from _pytest.doctest import DoctestItem
from spacy.language import Language

from graphkit.nlp import load_pipeline

if TYPE_CHECKING:
    from graphkit.actors import Catalogue
    from graphkit.extract import Extractor
    from graphkit.relations.lexicon import Lexicon

SHARED = ("nlp", "extractor", "catalogue", "lexicon")
"""The fixtures a doctest gets by naming them."""


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline, loaded once. Tests must not add or remove its pipes."""
    return load_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp: Language) -> Extractor:
    """The extractor on the session's pipeline, with the packaged catalogue, created once."""
    from graphkit.extract import Extractor

    return Extractor(nlp)


@pytest.fixture(scope="session")
def catalogue(extractor: Extractor) -> Catalogue:
    """The packaged actor catalogue: the extractor's own, not loaded a second time. Read only."""
    return extractor.catalogue


@pytest.fixture(scope="session")
def lexicon(extractor: Extractor) -> Lexicon:
    """The packaged CAMEO lexicon: the extractor's own, not loaded a second time. Read only."""
    return extractor.lexicon


@pytest.fixture(autouse=True)
def _doctest_shared(request: pytest.FixtureRequest, doctest_namespace: dict[str, Any]) -> None:
    """Give a doctest the shared fixtures it names (:data:`SHARED`) and does not assign itself."""
    if not isinstance(request.node, DoctestItem) or request.node.dtest is None:
        return
    sources = [example.source for example in request.node.dtest.examples]
    words = {word for source in sources for word in re.findall(r"\w+", source)}
    assigned = {name for source in sources for name in re.findall(r"^(\w+)\s*=[^=]", source, re.MULTILINE)}
    for name in SHARED:
        if name in words - assigned:
            doctest_namespace[name] = request.getfixturevalue(name)
