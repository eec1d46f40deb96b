"""A notebook-friendly handle on the knowledge graph: look up actors, read evidence, plot, export.

:class:`KnowledgeGraph` is a thin layer over the NetworkX graph (``kg.graph``): every
method reads that graph, and actors can be named by id, label, alias or code, in any
case (close matches are suggested for a misspelt name). Results come back as plain dicts and pandas frames.

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
>>> [e["sentence"] for r in kg.relations("iran", "Russia") for e in r["evidence"]]
['Iran supplies Russia with drones.']
>>> kg.timeline("Iran", "Russia").to_dict("index")
{Period('2024-03', 'M'): {'count': 1, 'intensity': 7.4}}
"""

from __future__ import annotations

import copy
import html
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd
from rapidfuzz import fuzz, process

from graphkit import readwrite
from graphkit.errors import InputError
from graphkit.graph import build_graph, ego_graph, filter_edges, find_actor, top_actors
from graphkit.models import Mention, Modality, Relation
from graphkit.store import DEFAULT_NAME, Store

if TYPE_CHECKING:
    from graphkit.extract import Extractor

__all__ = ["HTMLFrame", "KnowledgeGraph"]


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

    def __init__(self, graph: nx.MultiDiGraph | None = None) -> None:
        self.graph = graph if graph is not None else nx.MultiDiGraph()

    # -- construction -------------------------------------------------------------------

    @classmethod
    def from_corpus(
        cls,
        paths: str | Path | Iterable[str | Path],
        *,
        extractor: Extractor | None = None,
        model: str | None = None,
    ) -> KnowledgeGraph:
        """Read articles, extract their relations and build the graph.

        Parameters
        ----------
        paths
            A file or folder of articles, or several (see :func:`graphkit.corpus.read_corpus`).
        extractor
            An :class:`~graphkit.extract.Extractor` to reuse; one is created when omitted.
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
        >>> kg = KnowledgeGraph.from_corpus(folder, extractor=extractor)
        >>> [(r["source"], r["target"]) for r in kg.relations("Iran", "Russia")]
        [('IRN', 'RUS')]
        """
        # The pipeline is heavy: load it only when a corpus is read, not on import.
        from graphkit.corpus import read_corpus

        if extractor is None:
            from graphkit.extract import Extractor

            extractor = Extractor(model=model)
        relations: list[Relation] = []
        mentions: list[Mention] = []
        for extraction in extractor.pipe(read_corpus(paths)):
            mentions.extend(extraction.mentions)
            # Evidence takes its date and title from the record, so make sure it has them.
            relations.extend(
                rel if rel.doc else rel.model_copy(update={"doc": extraction.doc})
                for rel in extraction.relations
            )
        return cls(build_graph(relations, mentions))

    @classmethod
    def from_build(cls, folder: str | Path) -> KnowledgeGraph:
        """The graph of a ``graphkit build`` output folder, as the build drew it; no NLP is loaded.

        Reads ``relations.jsonl`` and, from the store beside it, how often each actor is named
        (node ``mentions``) and the catalogue actors named without a relation.

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
        """The node id of the actor called ``name``: its id, code, label or an alias, any case.

        Names are matched as by :func:`graphkit.graph.find_actor`, so a notebook and
        ``graphkit view --actor`` agree on who is who.

        Raises
        ------
        KeyError
            No actor, or several, go by ``name``; the message lists the candidates or the
            close matches.

        Examples
        --------
        >>> kg = KnowledgeGraph(nx.MultiDiGraph())
        >>> kg.graph.add_node("RUS", label="Russia", code="RUS", aliases=["the Kremlin"])
        >>> kg.resolve("the kremlin")
        'RUS'
        >>> kg.resolve("Rusia")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        KeyError: "no actor 'Rusia' in the graph: ...; close matches: 'Russia' (RUS)"
        """
        try:
            return find_actor(self.graph, name)
        except InputError as err:
            raise KeyError(f"{err}{self._suggest(name)}") from None

    def relations(
        self,
        a: str,
        b: str | None = None,
        *,
        modality: Modality | Iterable[Modality] | None = None,
    ) -> list[dict[str, Any]]:
        """The edges between ``a`` and ``b`` (or all of ``a``'s), either way, with evidence.

        Parameters
        ----------
        a, b
            Actor names (see :meth:`resolve`).
        modality
            Keep only evidence of this modality (or these), e.g. ``"asserted"``; counts,
            dates and intensity are recomputed over what is kept.

        Returns
        -------
        list of dict
            Copies of the edge attributes plus ``source``, ``target`` and ``relation``,
            most-reported first.

        Examples
        --------
        >>> kg = KnowledgeGraph(nx.MultiDiGraph())
        >>> kg.graph.add_edge("IRN", "RUS", key="supply", relation="supply", count=3, evidence=[])
        'supply'
        >>> [(r["source"], r["target"], r["relation"]) for r in kg.relations("RUS")]
        [('IRN', 'RUS', 'supply')]
        """
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
            {"source": u, "target": v, **copy.deepcopy(data), "relation": key}
            for (u, v, key), data in edges.items()
        ]
        return sorted(rows, key=lambda row: (-row.get("count", 0), row["relation"], row["source"]))

    def neighbors(self, a: str) -> list[str]:
        """Ids of the actors linked to ``a`` either way, the most-reported link first.

        >>> kg = KnowledgeGraph(nx.MultiDiGraph([("IRN", "RUS", "supply"), ("UKR", "IRN", "accuse")]))
        >>> kg.neighbors("IRN")
        ['RUS', 'UKR']
        """
        actor = self.resolve(a)
        weight: dict[str, int] = {}
        for row in self.relations(actor):
            other = row["target"] if row["source"] == actor else row["source"]
            weight[other] = weight.get(other, 0) + row.get("count", 1)
        return sorted(weight, key=lambda node: (-weight[node], node))

    # -- summaries ----------------------------------------------------------------------

    def timeline(self, a: str, b: str | None = None, freq: str = "M") -> pd.DataFrame:
        """Evidence sentences per period between ``a`` and ``b`` (or all of ``a``'s).

        Parameters
        ----------
        a, b
            Actor names (see :meth:`resolve`).
        freq
            A pandas period frequency: ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``.

        Returns
        -------
        pandas.DataFrame
            Indexed by ``period`` from the first to the last dated sentence, quiet periods
            included, with ``count`` (sentences) and ``intensity`` (mean Goldstein value,
            NaN when quiet). Undated sentences are left out.
        """
        rows = [
            (item["date"], item["intensity"])
            for row in self.relations(a, b)
            for item in row.get("evidence", ())
            if item.get("date")
        ]
        frame = pd.DataFrame(rows, columns=["date", "intensity"])
        periods = pd.PeriodIndex(pd.to_datetime(frame["date"]), freq=freq, name="period")
        table = frame.groupby(periods)["intensity"].agg(count="size", intensity="mean")
        if not table.empty:
            table = table.reindex(pd.period_range(periods.min(), periods.max(), freq=freq, name="period"))
        table["count"] = table["count"].fillna(0).astype(int)
        return table

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
        return KnowledgeGraph(graph)

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

    def show(self, height: str = "600px", title: str | None = None) -> HTMLFrame:
        """The interactive graph page, shown inline when it is a cell's result.

        Inside a loop or before other output, wrap it: ``display(kg.show())``.

        >>> KnowledgeGraph().show(height="300px")
        HTMLFrame(height='300px')
        """
        from graphkit.render.html import render_html

        return HTMLFrame(render_html(self.graph, title=title), height=height)

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
