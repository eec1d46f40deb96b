"""CSV: the graph as two tables, one row per edge and one row per evidence sentence.

``write_csv(graph, "graph.csv")`` writes the edges to ``graph.csv`` and their sentences
beside it, to ``graph.evidence.csv`` (:func:`evidence_path`); :func:`read_csv` reads the
pair back. :meth:`graphkit.api.KnowledgeGraph.to_pandas` builds its frames from the
same rows (:func:`edge_rows`, :func:`evidence_rows`).

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("IRN", label="Iran")
>>> g.add_node("RUS", label="Russia")
>>> g.add_edge("IRN", "RUS", key="supply", count=1, evidence=[{"sentence": "Iran arms Russia."}])
'supply'
>>> edge_rows(g)[0]["target_label"], edge_rows(g)[0]["count"]
('Russia', 1)
>>> evidence_rows(g)
[{'source': 'IRN', 'target': 'RUS', 'relation': 'supply', 'sentence': 'Iran arms Russia.'}]
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx
from pydantic import ValidationError

from graphkit.errors import InputError
from graphkit.models import Evidence
from graphkit.readwrite._common import (
    Destination,
    Scalar,
    Source,
    flatten,
    open_destination,
    open_source,
    source_name,
    unflatten,
)

__all__ = ["edge_rows", "evidence_path", "evidence_rows", "read_csv", "write_csv"]

EVIDENCE_SUFFIX = ".evidence.csv"
KEY_COLUMNS = ("source", "target", "relation")
LABEL_COLUMNS = ("source_label", "target_label")
# CSV cells are text: the edge attributes graphkit writes as numbers and flags get their type back.
_TYPES: dict[str, type] = {
    "count": int,
    "events": int,
    "verbatim": bool,
    "quad_class": int,
    "intensity": float,
    "confidence": float,
    "weight": float,
    "symmetric": bool,
}


def evidence_path(path: str | Path) -> Path:
    """Where the evidence table of the edges table ``path`` goes: beside it.

    >>> evidence_path("out/graph.csv").as_posix()
    'out/graph.evidence.csv'
    """
    path = Path(path)
    return path.with_name(path.name.removesuffix(".csv") + EVIDENCE_SUFFIX)


def edge_rows(graph: nx.MultiDiGraph) -> list[dict[str, Scalar]]:
    """One row per edge: endpoints, their labels and the scalar edge attributes.

    ``evidence`` is left to :func:`evidence_rows`; ``modalities`` becomes ``modalities_json``.
    """
    rows = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        attrs = {name: value for name, value in data.items() if name != "evidence"}
        row: dict[str, Scalar] = {
            "source": u,
            "target": v,
            "relation": key,
            "source_label": graph.nodes[u].get("label", u),
            "target_label": graph.nodes[v].get("label", v),
        }
        row.update(flatten(attrs, f"edge {u!r}→{v!r} ({key})"))
        rows.append(row)
    return rows


def evidence_rows(graph: nx.MultiDiGraph) -> list[dict[str, Scalar]]:
    """One row per evidence sentence, led by the edge it supports (source, target, relation)."""
    rows = []
    for u, v, key, data in graph.edges(keys=True, data=True):
        for item in data.get("evidence", ()):
            row: dict[str, Scalar] = {"source": u, "target": v, "relation": key}
            row.update(flatten(item, f"evidence of edge {u!r}→{v!r} ({key})"))
            rows.append(row)
    return rows


def write_csv(graph: nx.MultiDiGraph, dest: Destination, evidence: Destination | None = None) -> Path | None:
    """Write the edges table to ``dest`` and the evidence table beside it, each atomically.

    Both tables are built before either file is written, so a bad attribute leaves
    neither file behind. Missing values are empty cells; the csv module quotes
    sentences with commas, quotes or line breaks.

    Parameters
    ----------
    graph
        A graphkit graph (see :mod:`graphkit.graph`).
    dest
        The edges file: a path, or a file open for writing text.
    evidence
        The evidence file: a path, or a file open for writing text. By default
        :func:`evidence_path` of ``dest`` when it is a path; not written when ``dest`` is an
        open file.

    Returns
    -------
    Path or None
        The evidence file, when it was written to a path.

    Examples
    --------
    >>> import tempfile
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("IRN", "RUS", key="supply", evidence=[{"sentence": 'He said "yes, soon".'}])
    'supply'
    >>> path = Path(tempfile.mkdtemp()) / "graph.csv"
    >>> write_csv(g, path).read_text().splitlines()[1]
    'IRN,RUS,supply,"He said ""yes, soon""."'
    >>> path.read_text().splitlines()
    ['source,target,relation,source_label,target_label', 'IRN,RUS,supply,IRN,RUS']
    """
    if evidence is None and isinstance(dest, str | Path):
        evidence = evidence_path(dest)
    tables: list[tuple[Destination, list[dict[str, Scalar]]]] = [(dest, edge_rows(graph))]
    if evidence is not None:
        tables.append((evidence, evidence_rows(graph)))
    for target, rows in tables:
        with open_destination(target, "w") as fh:
            writer = csv.DictWriter(fh, fieldnames=_columns(rows), restval="", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    return Path(evidence) if isinstance(evidence, str | Path) else None


def read_csv(source: Source, evidence: Source | None = None) -> nx.MultiDiGraph:
    """A graph from the tables :func:`write_csv` writes.

    Parameters
    ----------
    source
        The edges file: a path, or a file open for reading text.
    evidence
        The evidence file; by default :func:`evidence_path` of ``source`` when that file
        exists. Edges get ``evidence`` lists only when it is read.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes carry their ``label`` only (the tables hold no other node attribute); edge
        numbers and flags have their types back, ``modalities`` is a dict again and each
        evidence item is as :class:`~graphkit.models.Evidence` gives it.

    Raises
    ------
    InputError
        No such file, a table without the ``source``, ``target`` and ``relation`` columns, or
        an evidence row that is not evidence (named by ``file:line``).

    Examples
    --------
    >>> import io
    >>> edges = io.StringIO("source,target,relation,source_label,count\\nIRN,RUS,supply,Iran,2\\n")
    >>> read_csv(edges).edges(keys=True, data=True)
    OutMultiEdgeDataView([('IRN', 'RUS', 'supply', {'count': 2, 'relation': 'supply'})])
    """
    if evidence is None and isinstance(source, str | Path) and evidence_path(source).is_file():
        evidence = evidence_path(source)
    graph = nx.MultiDiGraph()
    for line, row in _rows(source, "an edges CSV table"):
        u, v, key = (row.pop(column) for column in KEY_COLUMNS)
        for node, label in zip((u, v), (row.pop(c, "") for c in LABEL_COLUMNS), strict=True):
            if node not in graph:
                graph.add_node(node, **({"label": label} if label else {}))
        attrs = {name: _typed(name, value) for name, value in row.items() if value != ""}
        # The relation column is both the key and the edge's ``relation``, as in a built graph.
        attrs["relation"] = key
        graph.add_edge(u, v, key=key, **unflatten(attrs, f"{source_name(source)}:{line}"))
    if evidence is not None:
        for line, row in _rows(evidence, "an evidence CSV table"):
            u, v, key = (row.pop(column) for column in KEY_COLUMNS)
            if not graph.has_edge(u, v, key):
                graph.add_edge(u, v, key=key)
            try:
                item = Evidence.model_validate({k: value for k, value in row.items() if value != ""})
            except ValidationError as err:
                first = err.errors()[0]
                raise InputError(
                    f"{source_name(evidence)}:{line}: not evidence: {first['loc'][0]}: {first['msg']}"
                ) from None
            graph.edges[u, v, key].setdefault("evidence", []).append(item.model_dump(mode="json"))
    return graph


def _rows(source: Source, what: str) -> Iterable[tuple[int, dict[str, str]]]:
    with open_source(source, "r", what) as fh:
        reader = csv.DictReader(fh)
        try:
            missing = [column for column in KEY_COLUMNS if column not in (reader.fieldnames or ())]
            if missing:
                raise InputError(
                    f"{source_name(source)}: expected {what} with the columns {', '.join(missing)}"
                )
            for row in reader:
                yield reader.line_num, row
        except UnicodeDecodeError as err:
            raise InputError(
                f"{source_name(source)}: not UTF-8 text ({err.reason}): expected {what}"
            ) from None


def _typed(name: str, value: str) -> Any:
    kind = _TYPES.get(name)
    if kind is bool:
        return value == "True"
    return kind(value) if kind is not None else value


def _columns(rows: list[dict[str, Scalar]]) -> list[str]:
    """Every column in first-seen order; an empty table still gets the edge columns."""
    columns = dict.fromkeys(KEY_COLUMNS)
    for row in rows:
        columns.update(dict.fromkeys(row))
    return list(columns)
