"""GraphML for Gephi, yEd, igraph and Cytoscape: typed keys, scalar attributes only.

Examples
--------
>>> import io, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("IRN", label="Iran")
>>> g.add_edge("IRN", "RUS", key="supply", count=1, evidence=[{"sentence": "Iran arms Russia."}])
'supply'
>>> buf = io.BytesIO()
>>> write_graphml(g, buf)
>>> back = nx.read_graphml(io.BytesIO(buf.getvalue()), force_multigraph=True)
>>> back.edges["IRN", "RUS", "IRN|RUS|supply"]["evidence_count"]
1
>>> read_graphml(io.BytesIO(buf.getvalue())).edges["IRN", "RUS", "supply"]["evidence"]
[{'sentence': 'Iran arms Russia.'}]
"""

from __future__ import annotations

from functools import partial

import networkx as nx

from graphkit.readwrite._common import (
    Destination,
    Source,
    edge_id,
    flat_graph,
    open_destination,
    parse_source,
    rekey,
    unflat_graph,
)

__all__ = ["read_graphml", "write_graphml"]


def write_graphml(graph: nx.MultiDiGraph, dest: Destination) -> None:
    """Write ``graph`` as GraphML, atomically when ``dest`` is a path.

    Parameters
    ----------
    graph
        A graphkit graph (see :mod:`graphkit.graph`).
    dest
        A path, or a file open for writing bytes.

    Raises
    ------
    TypeError
        An attribute value that cannot be exported; no file is left behind.

    Notes
    -----
    ``evidence`` becomes ``evidence_json`` (a JSON array of the sentences) and
    ``evidence_count``; ``modalities`` becomes ``modalities_json``; ``None`` values
    are left out. Edges carry ``label`` (the relation) and ``weight`` (the count).
    Each edge's id is unique in the file, ``source|target|relation``
    (:func:`~graphkit.readwrite._common.edge_id`): graphology (Gephi Lite, sigma.js), yEd
    and Gephi read a repeated id as one edge. :func:`read_graphml` keys edges by relation again.
    Integers (``count``, ``quad_class``, ``mentions``) are typed ``long``; igraph, whose
    numbers are all doubles, reads them as integral floats.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> g = nx.MultiDiGraph([("IRN", "RUS", "supply")])
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.graphml"
    >>> write_graphml(g, path)
    >>> sorted(nx.read_graphml(path).nodes)
    ['IRN', 'RUS']
    """
    flat = flat_graph(graph)
    # networkx writes a multigraph's edge key as the edge id: key each edge by its unique id.
    unique = type(flat)(**flat.graph)
    unique.add_nodes_from(flat.nodes(data=True))
    unique.add_edges_from(
        (u, v, edge_id(u, v, key), data) for u, v, key, data in flat.edges(keys=True, data=True)
    )
    with open_destination(dest, "wb") as fh:
        nx.write_graphml(unique, fh)


def read_graphml(source: Source) -> nx.MultiDiGraph:
    """A graph from GraphML as :func:`write_graphml` writes it, lists and dicts restored.

    Parameters
    ----------
    source
        A path, or a file open for reading bytes.

    Returns
    -------
    networkx.MultiDiGraph
        ``<name>_json`` attributes parsed back into ``<name>`` (see
        :func:`~graphkit.readwrite._common.unflatten`); attributes written as ``None`` are absent.

    Raises
    ------
    InputError
        No such file, or a file that is not GraphML (naming the file and the parser's reason).
    """
    return unflat_graph(
        rekey(parse_source(source, "rb", "GraphML", partial(nx.read_graphml, force_multigraph=True)))
    )
