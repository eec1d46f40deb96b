"""A notebook-friendly handle on the knowledge graph: look up actors, read evidence, plot, export.

:class:`KnowledgeGraph` is a thin layer over the NetworkX graph (``kg.graph``): every
method reads that graph, and actors can be named by id, label, alias or code, in any
case, and by any name the actor catalogue knows ("US", "the Kremlin", "Erdogan"); close
matches are suggested for a misspelt name. Results come back as pandas frames.

Examples
--------
>>> from graphkit.models import Mention, Relation, Span, DocumentInfo
>>> import datetime as dt
>>> iran = Mention(id="IRN", label="Iran", type="state", code="IRN", start=0, end=4, text="Iran")
>>> rus = Mention(id="RUS", label="Russia", type="state", code="RUS", start=14, end=20, text="Russia")
>>> rel = Relation(doc_id="d1", sentence=Span(start=0, end=33, text="Iran supplies Russia with drones."),
...                source=iran, target=rus, relation="supply", cameo="0712", quad_class=2,
...                polarity="cooperative", intensity=7.4, confidence=0.9,
...                doc=DocumentInfo(id="d1", date=dt.date(2024, 3, 1)))
>>> kg = KnowledgeGraph.from_relations([rel])
>>> kg
<KnowledgeGraph: 2 actors, 1 edges, 1 evidence sentences>
>>> kg.relations("iran", "Russia")[["source", "relation", "target", "count"]].values.tolist()
[['IRN', 'supply', 'RUS', 1]]
>>> kg.evidence("iran", "Russia")["sentence"].tolist()
['Iran supplies Russia with drones.']
>>> kg.timeline("Iran", "Russia").to_dict("index")
{Period('2024-03', 'M'): {'count': 1, 'events': 1, 'intensity': 7.4, 'q1': 0, 'q2': 1, 'q3': 0, 'q4': 0}}
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import hashlib
import html
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx
import pandas as pd
from rapidfuzz import fuzz, process

from graphkit import readwrite
from graphkit.errors import InputError
from graphkit.graph import build_graph, ego_graph, filter_edges, find_actor, top_actors
from graphkit.models import Modality, Relation
from graphkit.report import ActorChange, DyadChange, Strongest, changes, parse_period
from graphkit.store import DEFAULT_NAME, Store

if TYPE_CHECKING:
    from graphkit.actors.catalogue import Catalogue
    from graphkit.extract import Extractor

__all__ = ["HTMLFrame", "KnowledgeGraph"]

log = logging.getLogger(__name__)

RELATION_COLUMNS = [
    "source", "source_label", "relation", "target", "target_label", "count", "events", "cameo", "quad_class",
    "polarity", "intensity", "confidence", "first_date", "last_date", "symmetric", "modalities", "evidence",
]  # fmt: skip
"""The columns of :meth:`KnowledgeGraph.relations`, in order."""
EVIDENCE_COLUMNS = [
    "date", "source", "relation", "target", "sentence", "modality", "attributed_to", "confidence",
    "intensity", "outlet", "title", "url", "doc_id", "start", "end", "source_text", "target_text",
    "trigger", "cameo", "event_id", "verbatim",
]  # fmt: skip
"""The leading columns of :meth:`KnowledgeGraph.evidence`; any other evidence field follows."""
DYAD_FIELDS = [name for name in DyadChange.model_fields if name != "evidence"]
ACTOR_FIELDS = [name for name in ActorChange.model_fields if name != "evidence"]
EVIDENCE_FIELDS = list(Strongest.model_fields)
QUAD_COLUMNS = ("q1", "q2", "q3", "q4")
"""Columns of :meth:`KnowledgeGraph.timeline`: events of each CAMEO QuadClass (1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)."""


@dataclass(frozen=True)
class HTMLFrame:
    """A rendered graph page that Jupyter and VS Code show inline, in an ``<iframe srcdoc>``.

    The page sits in its own frame so its scripts and styles cannot clash with the notebook's.

    >>> frame = HTMLFrame('<p class="x">A & B</p>', height="200px")
    >>> frame
    HTMLFrame(height='200px')
    >>> frame._repr_html_()[:65]
    '<iframe srcdoc="&lt;p class=&quot;x&quot;&gt;A &amp; B&lt;/p&gt;"'
    """

    # Left out of the repr: the page embeds its scripts and runs to hundreds of kilobytes.
    html: str = field(repr=False)
    height: str = "600px"

    def _repr_html_(self) -> str:
        srcdoc = html.escape(self.html, quote=True)
        style = f"width: 100%; height: {html.escape(self.height)}; border: none"
        return f'<iframe srcdoc="{srcdoc}" style="{style}"></iframe>'


class KnowledgeGraph:
    """The actor graph with evidence, for exploring in a notebook.

    Parameters
    ----------
    graph
        A graph built by :func:`graphkit.graph.build_graph`; empty when omitted.

    Attributes
    ----------
    graph : networkx.MultiDiGraph
        The underlying graph, shared, not copied.

    Examples
    --------
    >>> KnowledgeGraph().graph.number_of_nodes()
    0
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None, *, catalogue: Catalogue | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()
        self._catalogue = catalogue

    @property
    def catalogue(self) -> Catalogue:
        """The actor catalogue names are resolved with: the packaged one unless one was given.

        Loaded on first use (under a second), then shared by every :class:`KnowledgeGraph`.
        """
        if self._catalogue is None:
            self._catalogue = _packaged_catalogue()
        return self._catalogue

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_corpus(
        cls,
        paths: str | Path | Iterable[str | Path],
        *,
        store: str | Path | None = None,
        extractor: Extractor | None = None,
        model: str | None = None,
    ) -> KnowledgeGraph:
        """Read articles, extract the relations of those new or changed, and build the graph.

        Extraction results are kept in a store, as ``graphkit build`` keeps them, so calling
        this again on the same corpus extracts only the articles added or changed since (and
        loads no NLP when there are none).

        Parameters
        ----------
        paths
            A file or folder of articles, or several (see :func:`graphkit.corpus.read_corpus`).
        store
            The SQLite store to keep results in. By default one per set of ``paths``, in
            ``$XDG_CACHE_HOME/graphkit`` (``~/.cache/graphkit``); pass a build folder's
            ``graphkit.db`` to share it with ``graphkit build``. A store keeps the articles it
            once read: one deleted from the folder stays in the graph (use a new store).
        extractor
            An :class:`~graphkit.extract.Extractor` to reuse; one is created when needed.
        model
            The spaCy pipeline for the created extractor (ignored with ``extractor``).

        Returns
        -------
        KnowledgeGraph
            Node ``mentions`` count every mention of the actor in the corpus.

        Examples
        --------
        ``extractor`` is the test suite's shared :class:`~graphkit.extract.Extractor`; leave
        it out to have one created.

        >>> import tempfile, pathlib
        >>> folder = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (folder / "a.txt").write_text("Iran supplied Russia with drones in March 2024.")
        >>> kg = KnowledgeGraph.from_corpus(folder, store=folder / "kg.db", extractor=extractor)
        >>> kg.relations("Iran", "Russia")[["source", "target"]].values.tolist()
        [['IRN', 'RUS']]
        """
        # The pipeline is heavy: build() loads it only when something is to be extracted.
        from graphkit.build import build

        listed = [paths] if isinstance(paths, str | Path) else list(paths)
        store_file = Path(store) if store is not None else _cache_store(listed)
        summary = build(listed, None, store_path=store_file, extractor=extractor, model=model)
        if summary.interrupted:
            raise KeyboardInterrupt
        if summary.failed:
            log.warning("%d document(s) could not be extracted; see the lines above", len(summary.failed))
        catalogue = getattr(extractor, "catalogue", None)
        with Store(store_file) as opened:
            return cls(build_graph(list(opened.relations()), list(opened.mentions())), catalogue=catalogue)

    @classmethod
    def from_build(cls, folder: str | Path) -> KnowledgeGraph:
        """The graph of a ``graphkit build`` output folder, as the build drew it; no NLP is loaded.

        Reads ``relations.jsonl`` and, from the store beside it, how often each actor is named
        (node ``mentions``) and the catalogue actors named without a relation. The folder of a
        Dask build is read from its Parquet dataset (:func:`graphkit.aggregates.graph_from_dataset`:
        each edge keeps its most confident sentences, ``count`` is over all of them).

        Raises
        ------
        InputError
            ``folder`` is not a folder holding ``relations.jsonl``, or a line is not a relation record.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> KnowledgeGraph.from_build(pathlib.Path(tempfile.mkdtemp()))  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        graphkit.errors.InputError: ...: expected a graphkit build folder holding relations.jsonl
        """
        folder = Path(folder)
        if (folder / "dataset" / "manifest.json").is_file():  # a Dask build: aggregates, not every row
            from graphkit.aggregates import graph_from_dataset

            return cls(graph_from_dataset(folder / "dataset"))
        if not (folder / readwrite.RELATIONS_FILE).is_file():
            raise InputError(f"{folder}: expected a graphkit build folder holding {readwrite.RELATIONS_FILE}")
        return cls.from_relations(folder)

    @classmethod
    def from_relations(cls, source: str | Path | Iterable[Relation | dict[str, Any]]) -> KnowledgeGraph:
        """Build the graph from relation records.

        Parameters
        ----------
        source
            A ``relations.jsonl`` file, a build output folder holding one, or records
            (:class:`~graphkit.models.Relation` objects or their dicts). A build folder's store
            adds the actor mentions: how often each actor is named, and the catalogue actors
            named without a relation, as in the graph ``graphkit build`` writes.

        Raises
        ------
        InputError
            A missing file or a line that is not a relation record.

        Examples
        --------
        >>> KnowledgeGraph.from_relations([]).graph.number_of_edges()
        0
        """
        if isinstance(source, str | Path):
            if (Path(source) / "dataset" / "manifest.json").is_file():
                return cls.from_build(source)  # a Dask build folder: its aggregates, mentions included
            records: Iterable[Relation] = readwrite.read_relations(source)
            store = Path(source) / DEFAULT_NAME
            if Path(source).is_dir() and store.is_file():
                with Store(store) as opened:
                    return cls(build_graph(records, list(opened.mentions())))
        else:
            records = (r if isinstance(r, Relation) else Relation.model_validate(r) for r in source)
        return cls(build_graph(records))

    # -- looking up ---------------------------------------------------------------------

    def resolve(self, name: str) -> str:
        """The node id of the actor called ``name``: its id, code, label or alias, any case.

        Names are matched as by :func:`graphkit.graph.find_actor` with the actor catalogue,
        as ``graphkit view --actor`` matches them: the graph's own ids, codes, labels and
        aliases first, then every surface form the catalogue knows of an actor in the graph
        ("US", "America", "Beijing", "the Kremlin", "Erdogan"), then a person's surname.

        Raises
        ------
        KeyError
            No actor, or several, go by ``name``; the message lists the candidates or the
            close matches, and says when the catalogue knows the name but the graph has no such actor.

        Examples
        --------
        >>> kg = KnowledgeGraph(nx.MultiDiGraph(), catalogue=catalogue)
        >>> kg.graph.add_node("RUS", label="Russia", code="RUS")
        >>> kg.resolve("the kremlin"), kg.resolve("Moscow")
        ('RUS', 'RUS')
        >>> kg.resolve("Rusia")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        KeyError: "no actor 'Rusia' in the graph: ...; close matches: 'Russia' (RUS)"
        """
        try:
            return find_actor(self.graph, name, self.catalogue)
        except InputError as err:
            known = [actor for actor in self.catalogue.lookup(name.strip()) if actor.id not in self.graph]
            absent = ""
            if known and str(err).startswith("no actor"):
                names = ", ".join(f"{actor.label} ({actor.id})" for actor in known[:3])
                absent = f"; the catalogue knows {name!r} as {names}, which is not in this graph"
            raise KeyError(f"{err}{absent}{self._suggest(name)}") from None

    def relations(
        self,
        a: str,
        b: str | None = None,
        *,
        modality: Modality | Iterable[Modality] | None = None,
    ) -> pd.DataFrame:
        """The relations between ``a`` and ``b`` (or all of ``a``'s), either way: one row each.

        Parameters
        ----------
        a, b
            Actor names (see :meth:`resolve`).
        modality
            Keep only evidence of this modality (or these), e.g. ``"asserted"``; counts,
            dates and intensity are recomputed over what is kept.

        Returns
        -------
        pandas.DataFrame
            One row per edge (a relation type between two actors), most-reported first, with
            the columns of :data:`RELATION_COLUMNS`: ``count`` sentences, mean ``intensity``,
            ``first_date``/``last_date`` as timestamps, ``modalities`` (modality → count) and
            ``evidence``, the list of its sentences (each a dict; :meth:`evidence` gives them
            as a table). Copies: editing them leaves the graph as it was.

        Examples
        --------
        >>> kg = KnowledgeGraph(nx.MultiDiGraph())
        >>> kg.graph.add_edge("IRN", "RUS", key="supply", relation="supply", count=3, evidence=[])
        'supply'
        >>> kg.relations("RUS")[["source", "target", "relation", "count"]].values.tolist()
        [['IRN', 'RUS', 'supply', 3]]
        """
        rows = self._edges(a, b, modality)
        frame = pd.DataFrame(rows, columns=RELATION_COLUMNS)
        for column in ("first_date", "last_date"):
            frame[column] = pd.to_datetime(frame[column])
        return frame

    def evidence(
        self,
        a: str,
        b: str | None = None,
        *,
        modality: Modality | Iterable[Modality] | None = None,
    ) -> pd.DataFrame:
        """The sentences behind :meth:`relations`: one row per sentence, oldest first.

        Returns
        -------
        pandas.DataFrame
            The edge's ``source``, ``relation`` and ``target``, then each sentence's fields
            (:data:`EVIDENCE_COLUMNS` first): ``date`` as a timestamp, ``sentence``, ``modality``,
            ``attributed_to``, ``outlet``, ``url`` and the character offsets into its document.

        Examples
        --------
        >>> kg = KnowledgeGraph(nx.MultiDiGraph())
        >>> kg.graph.add_edge("IRN", "RUS", key="supply", evidence=[{"sentence": "Iran arms Russia."}])
        'supply'
        >>> kg.evidence("Iran")[["source", "relation", "sentence"]].values.tolist()
        [['IRN', 'supply', 'Iran arms Russia.']]
        """
        rows = [
            {"source": row["source"], "relation": row["relation"], "target": row["target"], **item}
            for row in self._edges(a, b, modality)
            for item in row["evidence"]
        ]
        extra = sorted({name for row in rows for name in row} - set(EVIDENCE_COLUMNS))
        frame = pd.DataFrame(rows, columns=EVIDENCE_COLUMNS + extra)
        frame["date"] = pd.to_datetime(frame["date"])
        return frame.sort_values("date", kind="stable", na_position="last").reset_index(drop=True)

    def _edges(
        self, a: str, b: str | None, modality: Modality | Iterable[Modality] | None
    ) -> list[dict[str, Any]]:
        """Copies of the edges between ``a`` and ``b`` (or all of ``a``'s), most-reported first."""
        source = self.resolve(a)
        target = self.resolve(b) if b is not None else None
        graph = self.graph
        if modality is not None:
            graph = filter_edges(graph, modalities=[modality] if isinstance(modality, str) else modality)
        if source not in graph:
            return []
        edges = {
            (u, v, key): data
            for u, v, key, data in [
                *graph.out_edges(source, keys=True, data=True),
                *graph.in_edges(source, keys=True, data=True),
            ]
            if target is None or {u, v} == {source, target}
        }
        rows = [
            {
                "source": u,
                "source_label": graph.nodes[u].get("label", u),
                "target": v,
                "target_label": graph.nodes[v].get("label", v),
                **copy.deepcopy(data),
                "relation": key,
                "evidence": copy.deepcopy(data.get("evidence", [])),
            }
            for (u, v, key), data in edges.items()
        ]
        return sorted(rows, key=lambda row: (-(row.get("count") or 0), row["relation"], row["source"]))

    def neighbors(self, a: str) -> list[str]:
        """Ids of the actors linked to ``a`` either way, the most-reported link first.

        >>> kg = KnowledgeGraph(nx.MultiDiGraph([("IRN", "RUS", "supply"), ("UKR", "IRN", "accuse")]))
        >>> kg.neighbors("IRN")
        ['RUS', 'UKR']
        """
        actor = self.resolve(a)
        weight: dict[str, int] = {}
        for row in self._edges(actor, None, None):
            other = row["target"] if row["source"] == actor else row["source"]
            weight[other] = weight.get(other, 0) + (row.get("count") or 1)
        return sorted(weight, key=lambda node: (-weight[node], node))

    # -- summaries ----------------------------------------------------------------------

    def timeline(self, a: str, b: str | None = None, freq: str = "M", *, fill: bool = False) -> pd.DataFrame:
        """Evidence sentences per period between ``a`` and ``b`` (or all of ``a``'s).

        Parameters
        ----------
        a, b
            Actor names (see :meth:`resolve`).
        freq
            A pandas period frequency: ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``.
        fill
            Also give the quiet periods between the first and the last dated sentence, with a
            ``count`` of 0 and a NaN ``intensity`` (for plotting on an even axis).

        Returns
        -------
        pandas.DataFrame
            Indexed by ``period``, the periods that hold evidence (all from first to last with
            ``fill``), with ``count`` (sentences), ``events`` (the events they report, each
            counted once however many outlets reported it), ``intensity`` (mean Goldstein
            value) and ``q1``…``q4`` (events of each QuadClass).
            Undated sentences are left out.
        """
        rows = [
            (item["date"], item["intensity"], item.get("event_id") or id(item), int(row["quad_class"]))
            for row in self._edges(a, b, None)
            for item in row.get("evidence", ())
            if item.get("date")
        ]
        frame = pd.DataFrame(rows, columns=["date", "intensity", "event", "quad_class"])
        periods = pd.PeriodIndex(pd.to_datetime(frame["date"]), freq=freq, name="period")
        grouped = frame.groupby(periods)
        table = grouped["intensity"].agg(count="size", intensity="mean")
        table.insert(1, "events", grouped["event"].nunique())
        for quad in QUAD_COLUMNS:
            picked = frame[frame["quad_class"] == int(quad[1])]
            table[quad] = picked.groupby(periods[frame["quad_class"] == int(quad[1])])["event"].nunique()
        if fill and not table.empty:
            table = table.reindex(pd.period_range(periods.min(), periods.max(), freq=freq, name="period"))
        for column in ("count", "events", *QUAD_COLUMNS):
            table[column] = table[column].fillna(0).astype(int)
        return table

    def changes(
        self,
        since: str | dt.date,
        until: str | dt.date,
        against: str | tuple[str | dt.date, str | dt.date] = "previous",
        *,
        top: int = 10,
    ) -> dict[str, pd.DataFrame]:
        """What changed from the comparison period to ``since``…``until``: see :mod:`graphkit.report`.

        Parameters
        ----------
        since, until
            The period (dates or ISO strings), both days included.
        against
            ``"previous"`` (the period of the same length just before), ``"DATE..DATE"``, or two dates.
        top
            Rows in each table.

        Returns
        -------
        dict of pandas.DataFrame
            ``new_dyads``, ``balance`` (balance shifts), ``rising`` and ``falling`` (actors), each
            row with its strongest evidence in the ``evidence_*`` columns.

        Examples
        --------
        >>> kg = KnowledgeGraph()
        >>> sorted(kg.changes("2024-02-01", "2024-02-29"))
        ['balance', 'falling', 'new_dyads', 'rising']
        """
        if isinstance(against, str) and against != "previous":
            period: Literal["previous"] | tuple[dt.date, dt.date] = parse_period(against)
        elif isinstance(against, tuple):
            period = (_as_date(against[0]), _as_date(against[1]))
        else:
            period = "previous"
        result = changes(self.graph, _as_date(since), _as_date(until), period, top=top)
        tables = {}
        for name in ("new_dyads", "balance", "rising", "falling"):
            rows = []
            for row in getattr(result, name):
                record = row.model_dump(exclude={"evidence"})
                evidence = row.evidence.model_dump() if row.evidence else {}
                record.update({f"evidence_{key}": evidence.get(key) for key in EVIDENCE_FIELDS})
                rows.append(record)
            columns = DYAD_FIELDS if name in ("new_dyads", "balance") else ACTOR_FIELDS
            tables[name] = pd.DataFrame(rows, columns=[*columns, *(f"evidence_{k}" for k in EVIDENCE_FIELDS)])
        return tables

    def top_actors(self, n: int = 10, weight: str | None = "count") -> pd.DataFrame:
        """The ``n`` best-connected actors, ranked by :func:`graphkit.graph.top_actors`.

        Ties go to the more mentioned actor, then to the smaller id, as on the page.

        Parameters
        ----------
        n
            How many.
        weight
            Edge attribute summed over each actor's edges in and out (``"count"``: the
            sentences about it); ``None`` counts edges.

        Returns
        -------
        pandas.DataFrame
            Indexed by ``id``, with ``label``, ``type`` and ``score``, best first.

        Examples
        --------
        >>> kg = KnowledgeGraph(nx.MultiDiGraph([("IRN", "RUS", "supply"), ("UKR", "IRN", "accuse")]))
        >>> kg.top_actors(1, weight=None)["score"].to_dict()
        {'IRN': 2}
        """
        scores = top_actors(self.graph, n, weight=weight) if n > 0 else []
        return pd.DataFrame(
            [
                {
                    "id": node,
                    "label": self.graph.nodes[node].get("label", node),
                    "type": self.graph.nodes[node].get("type"),
                    "score": score,
                }
                for node, score in scores
            ],
            columns=["id", "label", "type", "score"],
        ).set_index("id")

    def subgraph(
        self,
        actors: Iterable[str] | None = None,
        hops: int = 1,
        quad_classes: Iterable[int] | None = None,
        min_confidence: float = 0.0,
    ) -> KnowledgeGraph:
        """A smaller graph: around some actors, of some kinds of relation, or surer evidence.

        Parameters
        ----------
        actors
            Keep the actors within ``hops`` links (either way) of these; all when omitted.
        hops
            How far from ``actors`` to reach.
        quad_classes
            Keep edges of these CAMEO quad classes (1 verbal cooperation, 2 material
            cooperation, 3 verbal conflict, 4 material conflict).
        min_confidence
            Keep evidence at least this confident (edges left without any are dropped).

        Returns
        -------
        KnowledgeGraph
            A copy; actors left with no edge are dropped unless named in ``actors``.

        Examples
        --------
        >>> g = nx.MultiDiGraph([("IRN", "RUS", "supply"), ("RUS", "UKR", "attack"), ("UKR", "POL", "meet")])
        >>> sorted(KnowledgeGraph(g).subgraph(["irn"], hops=2).graph)
        ['IRN', 'RUS', 'UKR']
        """
        centres = [self.resolve(name) for name in actors] if actors is not None else None
        graph = filter_edges(self.graph, min_confidence=min_confidence) if min_confidence > 0 else self.graph
        graph = graph.copy()
        if quad_classes is not None:
            kept = set(quad_classes)
            graph.remove_edges_from(
                [(u, v, k) for u, v, k, q in graph.edges(keys=True, data="quad_class") if q not in kept]
            )
            graph.remove_nodes_from([node for node in list(graph) if graph.degree(node) == 0])
        if centres is not None:
            near: set[str] = set()
            for centre in centres:
                if centre in graph:
                    near |= set(ego_graph(graph, centre, hops))
                else:
                    near.add(centre)
                    graph.add_node(centre, **self.graph.nodes[centre])
            graph = graph.subgraph(near).copy()
        return KnowledgeGraph(graph, catalogue=self._catalogue)

    def to_pandas(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The edges and the evidence sentences as two data frames.

        Returns
        -------
        edges, evidence : pandas.DataFrame
            The tables of :func:`graphkit.readwrite.write_csv`, with dates parsed.

        Examples
        --------
        >>> edges, evidence = KnowledgeGraph(nx.MultiDiGraph([("IRN", "RUS", "supply")])).to_pandas()
        >>> edges[["source", "target", "relation"]].values.tolist()
        [['IRN', 'RUS', 'supply']]
        """
        frames = (
            pd.DataFrame(readwrite.edge_rows(self.graph)),
            pd.DataFrame(readwrite.evidence_rows(self.graph)),
        )
        for frame in frames:
            for column in ("date", "first_date", "last_date"):
                if column in frame:
                    frame[column] = pd.to_datetime(frame[column])
        return frames

    # -- output -------------------------------------------------------------------------

    def show(self, height: str = "600px", title: str | None = None, *, unrelated: bool = False) -> HTMLFrame:
        """The interactive graph page, shown inline when it is a cell's result.

        Inside a loop or before other output, wrap it: ``display(kg.show())``. Actors named
        without any relation are drawn only with ``unrelated=True``; the page's search finds
        them either way.

        >>> KnowledgeGraph().show(height="300px")
        HTMLFrame(height='300px')
        """
        from graphkit.render.html import render_html

        return HTMLFrame(render_html(self.graph, title=title, unrelated=unrelated), height=height)

    def _repr_html_(self) -> str:
        return self.show()._repr_html_()

    def export(self, format: str, path: str | Path) -> Path:
        """Write the graph as ``graphml``, ``gexf``, ``json`` or ``csv`` to ``path``, atomically.

        For ``csv``, ``path`` is the edges table and the evidence goes beside it
        (``graph.csv``, ``graph.evidence.csv``); see :func:`graphkit.readwrite.write`.

        >>> import tempfile, pathlib
        >>> out = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
        >>> KnowledgeGraph(nx.MultiDiGraph([("IRN", "RUS", "supply")])).export("graphml", out).exists()
        True
        """
        return readwrite.write(self.graph, format, path)

    def __repr__(self) -> str:
        sentences = sum(len(ev) for *_, ev in self.graph.edges(data="evidence", default=()))
        return (
            f"<KnowledgeGraph: {self.graph.number_of_nodes()} actors, "
            f"{self.graph.number_of_edges()} edges, {sentences} evidence sentences>"
        )

    def _suggest(self, name: str) -> str:
        surfaces: dict[str, str] = {}
        for node, data in self.graph.nodes(data=True):
            aliases = data.get("aliases") or ()
            names = [node, data.get("label"), data.get("code")]
            names += [aliases] if isinstance(aliases, str) else list(aliases)
            for surface in names:
                if surface:
                    surfaces.setdefault(str(surface), node)
        close = process.extract(name, list(surfaces), scorer=fuzz.WRatio, limit=5, score_cutoff=70)
        if not close:
            return ""
        return "; close matches: " + ", ".join(f"{s!r} ({surfaces[s]})" for s, *_ in close)


@functools.cache
def _as_date(value: str | dt.date) -> dt.date:
    """A date from a date or an ISO string, an :class:`InputError` naming the value otherwise."""
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _packaged_catalogue() -> Catalogue:
    from graphkit.actors.catalogue import Catalogue

    return Catalogue.load()


def _cache_store(paths: list[str | Path]) -> Path:
    """The default store of :meth:`KnowledgeGraph.from_corpus`: one per set of corpus paths."""
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "graphkit"
    root.mkdir(parents=True, exist_ok=True)
    key = "\n".join(sorted(str(Path(path).resolve()) for path in paths))
    return root / f"corpus-{hashlib.sha256(key.encode()).hexdigest()[:16]}.db"
