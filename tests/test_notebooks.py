"""The notebooks are committed without outputs and run top to bottom, each in a fresh kernel.

The notebooks share nothing, so their kernels run at the same time.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import nbformat
import pytest
from nbclient import NotebookClient

from graphkit.api import KnowledgeGraph

if TYPE_CHECKING:
    from graphkit.extract import Extractor

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01_explore_seed_corpus.ipynb", "02_export_to_gephi.ipynb", "03_time_and_changes.ipynb"]
# Appended to the in-memory copy only, to prove the kernel runs this interpreter.
PREFIX_PROBE = "import sys; print('kernel prefix:', sys.prefix)"


def _execute(names: list[str]) -> dict[str, nbformat.NotebookNode]:
    """Run the notebooks ``names`` at once, each in its own fresh kernel; the executed copies."""
    notebooks = {name: nbformat.read(NOTEBOOKS / name, as_version=4) for name in names}
    for nb in notebooks.values():
        nb.cells.append(nbformat.v4.new_code_cell(PREFIX_PROBE))

    async def run_all() -> None:
        clients = [
            # three kernels on two shared cores: output may lag its cell's reply by more than
            # nbclient's default 4 s, and a late output must fail the run, not go missing
            NotebookClient(
                nb,
                kernel_name="python3",
                timeout=900,
                iopub_timeout=120,
                raise_on_iopub_timeout=True,
                resources={"metadata": {"path": str(NOTEBOOKS)}},
            )
            for nb in notebooks.values()
        ]
        await asyncio.gather(*(client.async_execute() for client in clients))

    # from_corpus keeps its results in $XDG_CACHE_HOME/graphkit: a fresh one, not the user's.
    saved = os.environ.get("XDG_CACHE_HOME")
    with tempfile.TemporaryDirectory(prefix="graphkit-cache-") as cache:
        os.environ["XDG_CACHE_HOME"] = cache
        try:
            asyncio.run(run_all())
        finally:
            if saved is None:
                os.environ.pop("XDG_CACHE_HOME", None)
            else:
                os.environ["XDG_CACHE_HOME"] = saved
    return notebooks


def _output_text(nb: nbformat.NotebookNode) -> str:
    parts: list[str] = []
    for cell in nb.cells:
        stream = None
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == stream:
                # one print can reach the client in several messages (a busy machine): it is one text
                parts[-1] += output.get("text", "")
                continue
            stream = output.get("name") if output.get("output_type") == "stream" else None
            parts.append(output.get("text", ""))
            if "image/png" in output.get("data", {}):
                parts.append("[image/png]")
            data = output.get("data", {})
            parts.extend(str(data[kind]) for kind in ("text/plain", "text/html") if kind in data)
    return "\n".join(parts)


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_committed_without_outputs(name: str) -> None:
    nb = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.id


@pytest.fixture(scope="module")
def outputs() -> dict[str, str]:
    """The text each notebook shows when run top to bottom."""
    return {name: _output_text(nb) for name, nb in _execute(NAMES).items()}


@pytest.fixture(scope="module")
def seed_kg(
    extractor: Extractor, seed_build: Path, tmp_path_factory: pytest.TempPathFactory
) -> KnowledgeGraph:
    """The seed corpus's graph, as the notebooks' kernels build it (from_corpus), on a copy of the
    store of the session's seed build: everything is extracted already, nothing is extracted again."""
    store = tmp_path_factory.mktemp("store") / "kg.db"
    shutil.copy(seed_build / "graphkit.db", store)
    return KnowledgeGraph.from_corpus(ROOT / "corpus", store=store, extractor=extractor)


@pytest.fixture(scope="module")
def iran_russia(seed_kg: KnowledgeGraph) -> list[dict[str, Any]]:
    """The edges between Iran and Russia in the seed corpus, as the notebook's kernel finds them."""
    kg = seed_kg
    edges = kg.relations("Iran", "Russia").to_dict("records")
    assert edges, "the seed corpus should relate Iran and Russia"
    return edges


@pytest.mark.slow
def test_notebooks_explore_shows_iran_russia_evidence(
    outputs: dict[str, str], iran_russia: list[dict[str, Any]]
) -> None:
    text = outputs[NAMES[0]]
    assert f"kernel prefix: {sys.prefix}" in text
    for edge in iran_russia:
        assert f"{edge['source']} -[{edge['relation']}]-> {edge['target']}" in text
        for item in edge["evidence"]:
            assert item["sentence"] in text
    assert "<iframe srcdoc=" in text


@pytest.mark.slow
def test_notebooks_gephi_export_reads_back_attributes(outputs: dict[str, str]) -> None:
    text = outputs[NAMES[1]]
    assert f"kernel prefix: {sys.prefix}" in text
    assert "evidence_json" in text and "modalities_json" in text
    assert "GEXF version: 1.3 | timeformat: date" in text
    assert "graph mode: dynamic" in text


@pytest.mark.slow
def test_notebooks_time_and_changes_plots_and_reports(
    outputs: dict[str, str], seed_kg: KnowledgeGraph
) -> None:
    text = outputs[NAMES[2]]
    assert f"kernel prefix: {sys.prefix}" in text
    timeline = seed_kg.timeline("Iran", "Russia", fill=True)
    events, sentences = int(timeline["events"].sum()), int(timeline["count"].sum())
    assert f"timeline: {len(timeline)} months, {events} events in {sentences} sentences" in text
    assert f"plotted {len(timeline)} months, {events} events" in text
    assert "[image/png]" in text
    tables = seed_kg.changes("2025-03-01", "2025-06-30", against="2024-11-01..2025-02-28")
    assert len(tables["new_dyads"]) > 0
    for row in tables["new_dyads"].itertuples():
        assert f"new dyad: {row.source_label} \u2013 {row.target_label} ({row.events_now} events)" in text
    assert "# What changed: 2025-03-01 to 2025-06-30" in text
