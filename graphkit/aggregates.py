"""The graph of a Parquet dataset, from aggregates computed column-wise by DuckDB.

A cluster build's evidence can run to millions of rows; loading each into NetworkX (as
:func:`graphkit.graph.build_graph` does) would hold them all in memory as dicts. Here DuckDB
reads the dataset's columns and computes, per edge (source, target, relation, as in
:mod:`graphkit.graph`): sentences (one per sentence, however many records it gave),
first and last date, mean intensity, highest confidence, modality and QuadClass mix and the
outlets that report it most; the graph keeps those and the ``k`` most confident sentences.
:func:`edge_evidence` fetches the rest of an edge's sentences from the dataset, whose folder
the graph names (``graph.graph["dataset"]``).

The numbers equal those of :func:`~graphkit.graph.build_graph` over the same relations:
generic actors are left out unless asked for, short forms of unknown names join their full
name (:func:`~graphkit.graph.merge_short_forms`, on the nodes, before edges are counted), and
a document read in two batches counts once.

Examples
--------
>>> import tempfile
>>> from graphkit.models import Document, DocumentInfo, Mention, Relation, Span
>>> from graphkit.parquet import Dataset, batch_name
>>> def state(code, start):
...     return Mention(id=code, label=code, type="state", code=code, start=start, end=start + 3, text=code)
>>> rel = Relation(doc_id="d1", sentence=Span(start=0, end=16, text="IRN arms RUS."),
...                source=state("IRN", 0), target=state("RUS", 9), relation="supply", cameo="0712",
...                quad_class=2, polarity="cooperative", intensity=7.4, confidence=0.9)
>>> class Done:  # what the extractor yields for a document
...     doc, mentions, relations = DocumentInfo(id="d1"), [rel.source, rel.target], [rel]
>>> dataset = Dataset(tempfile.mkdtemp())
>>> name = batch_name([("d1", "h")], "v1")
>>> dataset.write_batch(name, [Document(id="d1", text="IRN arms RUS.")], ["h"], [Done()])
>>> dataset.write_manifest([name])
>>> g = graph_from_dataset(dataset)
>>> edge = g.edges["IRN", "RUS", "supply"]
>>> edge["count"], edge["modalities"], g.nodes["IRN"]["mentions"]
(1, {'asserted': 1}, 1)
>>> [e["sentence"] for e in edge_evidence(g, "IRN", "RUS", "supply")]
['IRN arms RUS.']
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from typing import Any

import duckdb
import networkx as nx
import pyarrow as pa

from graphkit.events import count_events, group_events
from graphkit.graph import merge_short_forms, top_actors
from graphkit.models import GENERIC_PREFIX, UNKNOWN_PREFIX
from graphkit.parquet import DOCUMENTS, MENTIONS, RELATIONS, Dataset

__all__ = ["DEFAULT_EVIDENCE", "PAGE_ACTORS", "dyads", "edge_evidence", "graph_from_dataset", "page_view"]

DEFAULT_EVIDENCE = 3
"""Sentences kept in the graph per edge: the most confident ones."""

PAGE_ACTORS = 2_000
"""Actors the HTML page of a dataset's graph carries: the best connected (see :func:`page_view`)."""

MEMORY_LIMIT = "400MB"
"""DuckDB's own memory; past it, it spills to a temporary folder rather than grow (10^6 rows
need about 1 GiB of peak RSS in all, with the graph)."""

_EVIDENCE_COLUMNS = """doc_id, title, date, url, outlet, sentence, sentence_start AS start,
    sentence_end AS "end", source_text, target_text, trigger, modality, attributed_to, confidence,
    intensity, cameo"""
"""The fields of :class:`graphkit.models.Evidence`, in its order."""


def graph_from_dataset(
    dataset: Dataset | str | os.PathLike[str],
    *,
    generic: bool = False,
    k: int = DEFAULT_EVIDENCE,
    merge: bool = True,
) -> nx.MultiDiGraph:
    """The graph of a dataset's current batches, as :func:`~graphkit.graph.build_graph` draws it.

    Parameters
    ----------
    dataset
        A :class:`~graphkit.parquet.Dataset` or its folder.
    generic
        Keep the relations of generic actors ("the regime").
    k
        Sentences kept per edge in ``evidence``, the most confident first chosen; ``count``
        is always the edge's whole number of sentences.
    merge
        Join short forms of unknown names to their full name.

    Returns
    -------
    networkx.MultiDiGraph
        Edge attributes as :mod:`graphkit.graph` documents them, plus ``quad_classes``
        (QuadClass → sentences) and ``top_sources`` (the three outlets with most sentences).
    """
    dataset = dataset if isinstance(dataset, Dataset) else Dataset(dataset)
    graph = nx.MultiDiGraph(dataset=str(dataset.root))
    with _connect(dataset, generic) as con:
        if con is None:
            return graph
        _add_nodes(con, graph)
        joined = merge_short_forms(graph) if merge else {}
        con.register("joined", pa.table({"id": list(joined), "into": list(joined.values())}))
        con.execute(_EDGES_SQL)
        _add_edges(con, graph, k)
    return graph


def edge_evidence(graph: nx.MultiDiGraph, source: str, target: str, relation: str) -> list[dict[str, Any]]:
    """Every sentence of an edge of a :func:`graph_from_dataset` graph, read from its dataset.

    Ordered as the corpus was read; one per sentence, the surest record of each.

    Raises
    ------
    KeyError
        The graph has no such edge, or names no dataset.
    """
    data = graph.edges[source, target, relation]
    folder = graph.graph["dataset"]

    def ids(node: str) -> list[str]:
        return [node, *(str(item["id"]) for item in graph.nodes[node].get("merged_from") or ())]

    pair = (ids(source), ids(target))
    with _connect(Dataset(folder), generic=True) as con:
        if con is None:
            return []
        condition = "(list_contains(?, source_id) AND list_contains(?, target_id))"
        if data.get("symmetric"):
            condition = f"({condition} OR (list_contains(?, source_id) AND list_contains(?, target_id)))"
        rows = con.sql(
            f"""SELECT * EXCLUDE (dup) FROM (
                    SELECT {_EVIDENCE_COLUMNS}, ord, row_number() OVER (
                        PARTITION BY doc_id, sentence_start, sentence_end
                        ORDER BY confidence DESC, ord) AS dup
                    FROM r WHERE relation = ? AND {condition})
                WHERE dup = 1 ORDER BY ord""",
            params=[relation, *pair, *(pair[::-1] if data.get("symmetric") else ())],
        ).to_arrow_table()
    return [_evidence(row) for row in rows.drop(["ord"]).to_pylist()]


def page_view(graph: nx.MultiDiGraph, actors: int = PAGE_ACTORS) -> tuple[nx.MultiDiGraph, str | None]:
    """The part of ``graph`` an HTML page carries, and its title (None when it is the whole graph).

    The page embeds every actor and relation it is given, for its search; past a few thousand
    actors that is more than a browser holds comfortably, so the page of a large graph gets
    the ``actors`` best connected (:func:`~graphkit.graph.top_actors`) and their relations,
    and says so in its title. GraphML and GEXF keep the whole graph.

    >>> g = nx.MultiDiGraph([("IRN", "RUS", "supply"), ("IRN", "SYR", "supply"), ("USA", "CHN", "meet")])
    >>> view, title = page_view(g, 2)
    >>> sorted(view), title
    (['CHN', 'IRN'], '2 best connected of 5 actors (graph.graphml has them all)')
    """
    if graph.number_of_nodes() <= actors:
        return graph, None
    kept = [node for node, _ in top_actors(graph, actors)]
    title = f"{len(kept)} best connected of {graph.number_of_nodes()} actors (graph.graphml has them all)"
    return graph.subgraph(kept).copy(), title


def dyads(dataset: Dataset | str | os.PathLike[str], *, generic: bool = False) -> pa.Table:
    """One row per ordered pair of actors, whatever the relation: the aggregates of its sentences.

    Columns ``source``, ``target``, ``count``, ``first_date``, ``last_date``, ``intensity`` (mean),
    ``quad_classes`` and ``modalities`` (value → sentences), ``top_sources`` (outlet, count).
    """
    dataset = dataset if isinstance(dataset, Dataset) else Dataset(dataset)
    with _connect(dataset, generic) as con:
        if con is None:
            return pa.table({})
        con.register("joined", pa.table({"id": pa.array([], pa.string()), "into": pa.array([], pa.string())}))
        con.execute(_EDGES_SQL)
        return con.sql(
            """WITH outlets AS (
                   SELECT u, v, outlet, count(*) AS n FROM e WHERE outlet IS NOT NULL GROUP BY ALL),
               top AS (
                   SELECT u, v,
                       list({'outlet': outlet, 'count': n} ORDER BY n DESC, outlet)[:3] AS top_sources
                   FROM outlets GROUP BY ALL)
               SELECT e.u AS source, e.v AS target, count(*) AS count, min(date) AS first_date,
                   max(date) AS last_date, round(avg(intensity), 3) AS intensity,
                   histogram(quad_class) AS quad_classes, histogram(modality) AS modalities,
                   any_value(top.top_sources) AS top_sources
               FROM e LEFT JOIN top ON top.u = e.u AND top.v = e.v
               GROUP BY e.u, e.v ORDER BY count DESC, source, target"""
        ).to_arrow_table()


class _connect:
    """A DuckDB connection with the views ``r`` (relations) and ``mentions`` of the current batches.

    ``r`` has ``ord``, the row's place in the corpus, and leaves out documents read twice and,
    unless ``generic``, relations of generic actors. None when the dataset has no batch.
    """

    def __init__(self, dataset: Dataset, generic: bool) -> None:
        self.dataset = dataset
        self.generic = generic
        self.con: duckdb.DuckDBPyConnection | None = None
        self.spill = tempfile.TemporaryDirectory(prefix="graphkit-duckdb-")

    def __enter__(self) -> duckdb.DuckDBPyConnection | None:
        relations, mentions = self.dataset.files(RELATIONS), self.dataset.files(MENTIONS)
        if not relations or not self.dataset.files(DOCUMENTS):
            return None
        con = self.con = duckdb.connect()
        con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
        con.execute("SET preserve_insertion_order = false")
        con.execute(f"SET temp_directory = '{_quoted(self.spill.name)}'")
        order = {name: number for number, name in enumerate(self.dataset.manifest())}
        _, left_out = self.dataset.duplicates()
        con.register("batches", pa.table({"batch": list(order), "bo": list(order.values())}))
        pairs = [(batch, doc_id) for batch, ids in left_out.items() for doc_id in sorted(ids)]
        con.register(
            "left_out",
            pa.table(
                {
                    "batch": pa.array([b for b, _ in pairs], pa.string()),
                    "doc_id": pa.array([d for _, d in pairs], pa.string()),
                }
            ),
        )
        keep = (
            "TRUE"
            if self.generic
            else (
                f"NOT starts_with(source_id, '{GENERIC_PREFIX}') "
                f"AND NOT starts_with(target_id, '{GENERIC_PREFIX}')"
            )
        )
        for view, files, where in (("r", relations, keep), ("mentions", mentions, "TRUE")):
            listed = ", ".join(f"'{_quoted(str(path))}'" for path in files)
            con.execute(
                f"""CREATE VIEW {view} AS
                    SELECT t.*, b.bo::BIGINT * 4294967296 + t.seq::BIGINT * 2 AS ord
                    FROM read_parquet([{listed}]) t JOIN batches b ON b.batch = t.batch
                    WHERE {where} AND NOT EXISTS (
                        SELECT 1 FROM left_out l WHERE l.batch = t.batch AND l.doc_id = t.doc_id)"""
            )
        return con

    def __exit__(self, *exc: object) -> None:
        if self.con is not None:
            self.con.close()
        self.spill.cleanup()


_EDGES_SQL = """
CREATE OR REPLACE TEMP TABLE e AS
WITH mapped AS (
    SELECT r.doc_id, r.sentence_start, r.sentence_end, r.ord, r.relation, r.cameo, r.quad_class,
        r.polarity, r."symmetric", r.intensity, r.confidence, r.modality, r.date, r.outlet,
        coalesce(js.into, r.source_id) AS u0, coalesce(jt.into, r.target_id) AS v0,
        (js.into IS NOT NULL OR jt.into IS NOT NULL) AS moved
    FROM r LEFT JOIN joined js ON js.id = r.source_id LEFT JOIN joined jt ON jt.id = r.target_id),
oriented AS (
    SELECT *, CASE WHEN "symmetric" AND v0 < u0 THEN v0 ELSE u0 END AS u,
        CASE WHEN "symmetric" AND v0 < u0 THEN u0 ELSE v0 END AS v
    FROM mapped WHERE NOT (moved AND u0 = v0)),
ranked AS (
    SELECT *, row_number() OVER (
        PARTITION BY u, v, relation, doc_id, sentence_start, sentence_end
        ORDER BY confidence DESC, ord) AS dup
    FROM oriented)
SELECT * EXCLUDE (dup, u0, v0, moved) FROM ranked WHERE dup = 1
"""
"""Per edge, one row per sentence (its surest record), after short forms joined their full name.

A relation between a short form and its full name (one man) is no edge, as in
:func:`graphkit.graph.merge_short_forms`."""


def _add_nodes(con: duckdb.DuckDBPyConnection, graph: nx.MultiDiGraph) -> None:
    """Nodes as :func:`~graphkit.graph.build_graph` makes them: attributes of the first mention."""
    ends = """SELECT id, arg_min(label, o) AS label, arg_min(type, o) AS type, arg_min(code, o) AS code,
                  arg_min(country, o) AS country, min(o) AS first
              FROM (SELECT source_id AS id, source_label AS label, source_type AS type,
                        source_code AS code, source_country AS country, ord AS o FROM r
                    UNION ALL
                    SELECT target_id, target_label, target_type, target_code, target_country, ord + 1 FROM r)
              GROUP BY id ORDER BY first"""
    for row in _rows(con, ends):
        graph.add_node(row.pop("id"), **{k: row[k] for k in ("label", "type", "code", "country")}, mentions=0)
    named = """SELECT id, count(*) AS n, arg_min(label, ord) AS label, arg_min(type, ord) AS type,
                   arg_min(code, ord) AS code, arg_min(country, ord) AS country, min(ord) AS first
               FROM mentions GROUP BY id ORDER BY first"""
    for row in _rows(con, named):
        node = row["id"]
        if node not in graph:
            if node.startswith((GENERIC_PREFIX, UNKNOWN_PREFIX)):
                continue  # named but in no relation drawn: no node, as in count_mentions
            graph.add_node(node, **{k: row[k] for k in ("label", "type", "code", "country")}, mentions=0)
        graph.nodes[node]["mentions"] += int(row["n"])


def _add_edges(con: duckdb.DuckDBPyConnection, graph: nx.MultiDiGraph, k: int) -> None:
    summary = """
        WITH outlets AS (
            SELECT u, v, relation, outlet, count(*) AS n FROM e WHERE outlet IS NOT NULL GROUP BY ALL),
        top AS (
            SELECT u, v, relation,
                list({'outlet': outlet, 'count': n} ORDER BY n DESC, outlet)[:3] AS top_sources
            FROM outlets GROUP BY ALL)
        SELECT e.u, e.v, e.relation, arg_min(cameo, ord) AS cameo, arg_min(quad_class, ord) AS quad_class,
            arg_min(polarity, ord) AS polarity, arg_min("symmetric", ord) AS "symmetric", count(*) AS count,
            min(date) AS first_date, max(date) AS last_date, avg(intensity) AS intensity,
            max(confidence) AS confidence, histogram(modality) AS modalities,
            histogram(quad_class) AS quad_classes, any_value(top.top_sources) AS top_sources,
            min(ord) AS first
        FROM e LEFT JOIN top ON top.u = e.u AND top.v = e.v AND top.relation = e.relation
        GROUP BY e.u, e.v, e.relation ORDER BY first"""
    for row in _rows(con, summary):
        u, v, key = row.pop("u"), row.pop("v"), row["relation"]
        row.pop("first")
        for name in ("first_date", "last_date"):
            row[name] = row[name].isoformat() if row[name] is not None else None
        row["intensity"] = round(row["intensity"], 3)
        row["modalities"] = dict(row["modalities"])
        row["quad_classes"] = {int(q): n for q, n in row["quad_classes"]}
        row["top_sources"] = list(row["top_sources"] or [])
        graph.add_edge(u, v, key=key, **row, evidence=[])
    strongest = f"""
        WITH t AS (
            SELECT u, v, relation, ord, row_number() OVER (
                PARTITION BY u, v, relation ORDER BY confidence DESC, ord) AS rank
            FROM e)
        SELECT t.u, t.v, t.relation AS edge_relation, {_EVIDENCE_COLUMNS}
        FROM t JOIN r ON r.ord = t.ord WHERE t.rank <= {int(k)} ORDER BY t.ord"""
    for row in _rows(con, strongest):
        u, v, key = row.pop("u"), row.pop("v"), row.pop("edge_relation")
        graph.edges[u, v, key]["evidence"].append(_evidence(row))
    for _, _, data in graph.edges(data=True):
        if len(data["evidence"]) == data["count"]:
            # every report of the edge is here: grouped into events as the local graph groups them
            data["evidence"] = group_events(data["evidence"], relation=str(data["relation"]))
            data["events"] = count_events(data["evidence"])
        else:
            data["events"] = data["count"]  # reports left in the dataset are not grouped: one each


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[dict[str, Any]]:
    """The rows of ``sql`` as dicts, fetched in slices so that the whole result is never in Python twice."""
    reader = con.sql(sql).to_arrow_reader(100_000)
    for batch in reader:
        yield from batch.to_pylist()


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    """A row as :class:`graphkit.models.Evidence` dumps it (dates as ISO strings)."""
    if row.get("date") is not None:
        row["date"] = row["date"].isoformat()
    return row


def _quoted(text: str) -> str:
    return text.replace("'", "''")
