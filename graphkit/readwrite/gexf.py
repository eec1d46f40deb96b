"""GEXF 1.3 for Gephi, with edges placed on the timeline by their evidence dates.

An edge lives from its first to its last evidence date (the ``start`` and ``end``
attributes), so Gephi's timeline shows each relation while it is being reported.
With ``timeline="spells"`` it lives on each evidence date instead (one ``<spell>``
per date), so relations flash up when reported: Gephi takes the union of an edge's
``start``/``end`` and its spells, so the two are written one or the other.
Parallel edges (two relation types between one pair) carry GEXF 1.3's ``kind``, so
Gephi keeps them apart instead of merging them.

Examples
--------
>>> import io, networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_edge("IRN", "RUS", key="supply", evidence=[{"date": "2024-03-01"}, {"date": "2024-05-02"}])
'supply'
>>> buf = io.BytesIO()
>>> write_gexf(g, buf)
>>> back = nx.read_gexf(io.BytesIO(buf.getvalue()), version="1.3")
>>> edge = back.edges["IRN", "RUS"]
>>> edge["start"], edge["end"]
('2024-03-01', '2024-05-02')
>>> read_gexf(io.BytesIO(buf.getvalue())).edges["IRN", "RUS", "supply"]["evidence"][0]
{'date': '2024-03-01'}
"""

from __future__ import annotations

from functools import partial
from typing import Literal

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter

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

__all__ = ["GEXF_VERSION", "read_gexf", "write_gexf"]

GEXF_VERSION = "1.3"
"""The GEXF version written; read back with ``nx.read_gexf(path, version="1.3")``."""
XSI_NAMESPACE = "http://www.w3.org/2001/XMLSchema-instance"


def write_gexf(
    graph: nx.MultiDiGraph,
    dest: Destination,
    *,
    timeline: Literal["interval", "spells"] = "interval",
) -> None:
    """Write ``graph`` as dynamic GEXF 1.3, atomically when ``dest`` is a path.

    Parameters
    ----------
    graph
        A graphkit graph (see :mod:`graphkit.graph`).
    dest
        A path, or a file open for writing bytes.
    timeline
        ``"interval"``: each edge spans its first to last evidence date (``start``,
        ``end``). ``"spells"``: one spell per distinct evidence date. Undated edges
        are present throughout either way.

    Raises
    ------
    TypeError
        An attribute value that cannot be exported; no file is left behind.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("IRN", "RUS", key="supply", evidence=[{"date": "2024-03-01"}])
    'supply'
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.gexf"
    >>> write_gexf(g, path, timeline="spells")
    >>> nx.read_gexf(path, version="1.3").edges["IRN", "RUS"]["spells"]
    [('2024-03-01', '2024-03-01')]
    """
    flat = flat_graph(graph)
    kinds = {}
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = flat.edges[u, v, key]
        # Explicit ids keep an edge's identity stable between exports of a growing graph.
        attrs["id"] = edge_id(u, v, key)
        kinds[attrs["id"]] = str(key)
        dates = sorted({e["date"] for e in data.get("evidence", ()) if e.get("date")})
        if not dates:
            continue
        if timeline == "spells":
            attrs["spells"] = [(day, day) for day in dates]
        else:
            attrs["start"], attrs["end"] = dates[0], dates[-1]
    writer = GEXFWriter(version=GEXF_VERSION)
    # networkx 3.6 declares the XML Schema instance namespace without "www" for 1.3.
    writer.xml.set("xmlns:xsi", XSI_NAMESPACE)
    writer.add_graph(flat)
    for element in writer.graph_element.iter("edge"):
        element.set("kind", kinds[element.get("id")])
    with open_destination(dest, "wb") as fh:
        writer.write(fh)


def read_gexf(source: Source) -> nx.MultiDiGraph:
    """A graph from GEXF as :func:`write_gexf` writes it, lists and dicts restored.

    Parameters
    ----------
    source
        A path, or a file open for reading bytes.

    Returns
    -------
    networkx.MultiDiGraph
        Keyed by relation type; ``<name>_json`` attributes parsed back into ``<name>``. The
        timeline (``start``/``end`` or ``spells``) and the GEXF edge ``id`` stay as read.

    Raises
    ------
    InputError
        No such file, or a file that is not GEXF 1.3 (naming the file and the parser's reason).
    """
    graph = parse_source(source, "rb", f"GEXF {GEXF_VERSION}", partial(nx.read_gexf, version=GEXF_VERSION))
    if not graph.is_multigraph():
        # networkx reads a file without parallel edges as a DiGraph: the key is the edge's label.
        multi = nx.MultiDiGraph(**graph.graph)
        multi.add_nodes_from(graph.nodes(data=True))
        multi.add_edges_from(
            (u, v, data.get("label", data.get("id")), data) for u, v, data in graph.edges(data=True)
        )
        graph = multi
    return unflat_graph(rekey(graph))
