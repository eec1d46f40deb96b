"""Read and write graphkit graphs and relation records: one module per format, reader beside writer.

Each writer takes the graph first and a path (written atomically: a failure leaves
no empty or partial file) or an open file; each reader takes a path or an open file.
The graph keeps evidence lists and modality counts as they are; the formats that hold
scalars only get them flattened, as JSON strings with counts beside them, and their
readers unflatten them (:mod:`graphkit.readwrite._common`).

=========  ================  ===================================  ==============================
format     module            reader / writer                      for
=========  ================  ===================================  ==============================
jsonl      ``relations``     :func:`read_relations` /             the relation records a build
                             :func:`write_relations`              writes (``relations.jsonl``)
graphml    ``graphml``       :func:`read_graphml` /               Gephi, yEd, igraph, Cytoscape
                             :func:`write_graphml`
gexf       ``gexf``          :func:`read_gexf` /                  Gephi, edges on the timeline
                             :func:`write_gexf`                   (GEXF 1.3)
json       ``node_link``     :func:`read_node_link_json` /        D3 and web pages, evidence
                             :func:`write_node_link_json`         kept as arrays
csv        ``tables``        :func:`read_csv` / :func:`write_csv`  spreadsheets, pandas (edges,
                                                                  and evidence beside them)
=========  ================  ===================================  ==============================

Examples
--------
>>> import tempfile, pathlib, networkx as nx
>>> g = nx.MultiDiGraph([("IRN", "RUS", "supply")])
>>> out = pathlib.Path(tempfile.mkdtemp())
>>> write(g, "gexf", out / "graph.gexf").name
'graph.gexf'
>>> list(read(out / "graph.gexf").edges(keys=True))
[('IRN', 'RUS', 'supply')]
>>> default_name("csv")
'graph.csv'
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, TypeAlias, get_args

import networkx as nx

from graphkit.errors import InputError
from graphkit.graph import build_graph
from graphkit.readwrite.gexf import read_gexf, write_gexf
from graphkit.readwrite.graphml import read_graphml, write_graphml
from graphkit.readwrite.node_link import read_node_link_json, write_node_link_json
from graphkit.readwrite.relations import RELATIONS_FILE, read_relations, write_relations
from graphkit.readwrite.tables import edge_rows, evidence_path, evidence_rows, read_csv, write_csv

__all__ = [
    "FORMATS",
    "RELATIONS_FILE",
    "Format",
    "default_name",
    "edge_rows",
    "evidence_path",
    "evidence_rows",
    "find_graph",
    "read",
    "read_csv",
    "read_gexf",
    "read_graphml",
    "read_node_link_json",
    "read_relations",
    "write",
    "write_csv",
    "write_gexf",
    "write_graphml",
    "write_node_link_json",
    "write_relations",
]

Format: TypeAlias = Literal["graphml", "gexf", "json", "csv"]
FORMATS: tuple[str, ...] = get_args(Format)

_WRITERS: dict[str, Callable[[nx.MultiDiGraph, Any], Any]] = {
    "graphml": write_graphml,
    "gexf": write_gexf,
    "json": write_node_link_json,
    "csv": write_csv,
}
_READERS: dict[str, Callable[[Path], nx.MultiDiGraph]] = {
    ".jsonl": lambda path: build_graph(read_relations(path)),
    ".graphml": read_graphml,
    ".gexf": read_gexf,
    ".json": read_node_link_json,
    ".csv": read_csv,
}
_NAMES = {fmt: f"graph.{'json' if fmt == 'json' else fmt}" for fmt in FORMATS}
_FOUND_IN_FOLDER = (RELATIONS_FILE, "graph.graphml")
"""What a build folder holds, in the order :func:`find_graph` looks for it."""


def default_name(fmt: str) -> str:
    """The file name a build folder uses for ``fmt``.

    >>> default_name("gexf")
    'graph.gexf'
    """
    return _NAMES[_check(fmt)]


def write(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> Path:
    """Write ``graph`` in format ``fmt`` to ``path``, atomically.

    Parameters
    ----------
    graph
        A graphkit graph.
    fmt
        One of :data:`FORMATS`.
    path
        The file to write (for ``"csv"``, the edges; the evidence goes beside it, see
        :func:`~graphkit.readwrite.tables.evidence_path`).

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    ValueError
        An unknown format, listing the known ones.
    """
    _WRITERS[_check(fmt)](graph, Path(path))
    return Path(path)


def find_graph(path: str | Path) -> Path:
    """``path`` itself, or the graph file of the build folder it names.

    Raises
    ------
    InputError
        The path is missing, or a folder holds none of ``relations.jsonl`` and ``graph.graphml``.
    """
    path = Path(path)
    if path.is_dir():
        found = [path / name for name in _FOUND_IN_FOLDER if (path / name).is_file()]
        if not found:
            raise InputError(f"{path}: expected a directory holding {' or '.join(_FOUND_IN_FOLDER)}")
        path = found[0]
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return path


def read(path: str | Path) -> nx.MultiDiGraph:
    """The graph in a file of any format here, chosen by its suffix, or in a build folder.

    ``relations.jsonl`` is rebuilt into a graph (:func:`graphkit.graph.build_graph`); the
    other formats are read as their reader reads them. A Dask build folder is read from its
    Parquet dataset (:func:`graphkit.aggregates.graph_from_dataset`).

    Raises
    ------
    InputError
        The path is missing, has an unknown suffix, or its content is not readable.
    """
    if (Path(path) / "dataset" / "manifest.json").is_file():  # a Dask build folder
        from graphkit.aggregates import graph_from_dataset

        return graph_from_dataset(Path(path) / "dataset")
    file = find_graph(path)
    reader = _READERS.get(file.suffix)
    if reader is None:
        raise InputError(f"{file}: expected a file ending in {', '.join(_READERS)}")
    return reader(file)


def _check(fmt: str) -> str:
    if fmt not in _WRITERS:
        raise ValueError(f"unknown export format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return fmt
