"""Shared fixtures: one real spaCy pipeline, :class:`Extractor`, catalogue and lexicon per session.

They are also in the doctest namespace, as ``nlp``, ``extractor``, ``catalogue`` and ``lexicon``,
for the doctests of the package's modules: a doctest uses them instead of loading a pipeline,
catalogue or lexicon of its own (each is loaded only when a doctest names it). This file sits at the root,
not in ``tests/``, so that the doctests under ``graphkit/`` see it too.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from _pytest.doctest import DoctestItem
from spacy.language import Language

# Keep the compiled test modules (pytest rewrites their asserts) and graphkit's modules in their
# __pycache__ folders (ignored by git) even where PYTHONDONTWRITEBYTECODE is set: compiling ~150
# modules again takes seconds in every pytest worker and every graphkit subprocess of every run.
sys.dont_write_bytecode = False

if TYPE_CHECKING:
    from graphkit.actors import Catalogue
    from graphkit.extract import Extractor
    from graphkit.relations.lexicon import Lexicon

RunCli = Callable[..., "subprocess.CompletedProcess[str]"]
"""``run_cli(*args)``: the command line run in this process, as :func:`subprocess.run` would report it."""

SHARED = ("nlp", "extractor", "catalogue", "lexicon")
"""The fixtures a doctest gets by naming them."""


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The real English pipeline, loaded once. Tests must not add or remove its pipes."""
    from graphkit.nlp import load_pipeline

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


@pytest.fixture(scope="session")
def seed_build(extractor: Extractor, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed corpus (``corpus/``) built once by the session's extractor: its build folder.

    Read only: a test that changes a build copies it (or its store) first.
    """
    from graphkit.build import build

    out = tmp_path_factory.mktemp("seed-build") / "out"
    summary = build([Path(__file__).parent / "corpus"], out, extractor=extractor)
    assert summary.exit_status == 0 and summary.extracted > 0
    return out


@pytest.fixture(scope="session")
def run_cli(extractor: Extractor) -> RunCli:
    """``graphkit`` run in this process: exit status, stdout and stderr, as the installed command gives them.

    For tests of what the command does with its inputs, not of the process itself (signals,
    locks between processes, resource limits run the installed command). The command is
    :func:`graphkit.cli.main` with its own logging set-up on a fresh root logger, writing into
    the captured stderr. A build with the default model and no user dictionaries extracts with
    the session's extractor (the one that command would create: same pipeline, catalogue and
    lexicon) instead of loading spaCy again; the store still records the command's own
    extractor version. Anything else (another ``--model``, ``--actors``) loads its own.
    """
    from graphkit.build import LazyExtractor
    from graphkit.cli import main

    created = LazyExtractor.real

    def real(self: LazyExtractor) -> Extractor:
        if self.model is None and not self.actors:
            self._real = extractor
            return extractor
        return created(self)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        out, err = io.StringIO(), io.StringIO()
        with _fresh_root_logger(), pytest.MonkeyPatch.context() as patch:
            patch.setattr(LazyExtractor, "real", real)
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                status = main(list(args))
        return subprocess.CompletedProcess(["graphkit", *args], status, out.getvalue(), err.getvalue())

    return run


@contextlib.contextmanager
def _fresh_root_logger() -> Iterator[None]:
    """The root logger without handlers (so ``logging.basicConfig`` sets it up), restored afterwards."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    for handler in handlers:
        root.removeHandler(handler)
    try:
        yield
    finally:
        for handler in root.handlers[:]:
            root.removeHandler(handler)
            handler.close()
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)


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
