"""Node-link JSON (the D3 shape): lists and dicts kept as JSON, nothing flattened.

Examples
--------
>>> import io, json, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("IRN", "RUS", key="supply", evidence=[{"sentence": "Iran arms Russia."}])
'supply'
>>> buf = io.StringIO()
>>> write_node_link_json(g, buf)
>>> json.loads(buf.getvalue())["edges"][0]["evidence"]
[{'sentence': 'Iran arms Russia.'}]
>>> read_node_link_json(io.StringIO(buf.getvalue())).edges["IRN", "RUS", "supply"]["evidence"]
[{'sentence': 'Iran arms Russia.'}]
"""

from __future__ import annotations

import datetime as dt
import json
from typing import IO, Any

import networkx as nx

from graphkit.readwrite._common import Destination, Source, open_destination, parse_source

__all__ = ["read_node_link_json", "write_node_link_json"]


def write_node_link_json(graph: nx.MultiDiGraph, dest: Destination) -> None:
    """Write ``graph`` as node-link JSON, atomically when ``dest`` is a path.

    Read it back with :func:`read_node_link_json`, or
    ``nx.node_link_graph(json.load(fh), edges="edges")``.

    Parameters
    ----------
    graph
        A graphkit graph (see :mod:`graphkit.graph`).
    dest
        A path, or a file open for writing text.

    Raises
    ------
    TypeError
        An attribute value that is not JSON serialisable; no file is left behind.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.json"
    >>> write_node_link_json(nx.MultiDiGraph([("IRN", "RUS", "supply")]), path)
    >>> data = json.loads(path.read_text())
    >>> nx.node_link_graph(data, edges="edges").has_edge("IRN", "RUS", "supply")
    True
    """
    data = nx.node_link_data(graph, edges="edges")
    with open_destination(dest, "w") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1, default=_iso_date)
        fh.write("\n")


def read_node_link_json(source: Source) -> nx.MultiDiGraph:
    """A graph from node-link JSON as :func:`write_node_link_json` writes it.

    Parameters
    ----------
    source
        A path, or a file open for reading text.

    Raises
    ------
    InputError
        No such file, or a file that is not node-link JSON (naming the file and the reason).
    """
    graph = parse_source(
        source, "r", "node-link JSON", lambda fh: nx.node_link_graph(json.load(fh), edges="edges")
    )
    return graph if isinstance(graph, nx.MultiDiGraph) else nx.MultiDiGraph(graph)


def _node_link_graph(fh: IO[Any]) -> nx.Graph:
    return nx.node_link_graph(json.load(fh), edges="edges")


def _iso_date(obj: Any) -> str:
    if isinstance(obj, dt.date):
        return obj.isoformat()
    raise TypeError(f"cannot export {type(obj).__name__} value as JSON")
