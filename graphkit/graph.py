"""Merge relation records into a NetworkX multigraph of actors with provenance, and query it.

Nodes are canonical actors; there is one edge per (source, target, relation type),
keyed by the relation type, that aggregates every sentence behind it.

Node attributes: ``label``, ``type``, ``code``, ``country``, ``mentions`` (int), and
``merged_from`` (the short forms joined to the node, each with its ``reason``; see
:func:`merge_short_forms`) when there are any.
Edge attributes: ``relation``, ``cameo``, ``quad_class``, ``polarity``, ``symmetric``,
``count`` (sentences: one per sentence, however many records it gave), ``events`` (the
events those sentences report: see :mod:`graphkit.events`; each evidence item has its
``event_id`` and ``verbatim`` flag),
``first_date``/``last_date`` (ISO strings or None), ``intensity`` (mean), ``confidence``
(max), ``modalities`` (modality → count) and ``evidence`` (list of
:class:`~graphkit.models.Evidence` dicts). Lists and dicts stay in the graph; the writers
of :mod:`graphkit.readwrite` flatten them.

The queries every view shares live here too: :func:`find_actor` (who a name means),
:func:`weighted_degree` and :func:`top_actors` (who matters most, one ranking for the page
and the notebook) and :func:`ego_graph` (an actor's neighbourhood).

Examples
--------
>>> from graphkit.models import Mention, Relation, Span
>>> def state(code, label, start):
...     return Mention(id=code, label=label, type="state", code=code, country=code,
...                    start=start, end=start + len(label), text=label)
>>> iran, rus = state("IRN", "Iran", 0), state("RUS", "Russia", 14)
>>> rel = Relation(doc_id="d1", sentence=Span(start=0, end=33, text="Iran supplies Russia with drones."),
...                source=iran, target=rus, relation="supply", cameo="0712", quad_class=2,
...                polarity="cooperative", intensity=7.4, confidence=0.9)
>>> g = build_graph([rel])
>>> g.edges["IRN", "RUS", "supply"]["count"]
1
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.events import count_events, group_events
from graphkit.models import GENERIC_PREFIX, UNKNOWN_PREFIX, Evidence, Mention, Modality, Relation

if TYPE_CHECKING:
    from graphkit.actors.catalogue import Catalogue

__all__ = [
    "add_relations",
    "build_graph",
    "count_mentions",
    "ego_graph",
    "event_ids",
    "filter_edges",
    "find_actor",
    "merge_short_forms",
    "top_actors",
    "weighted_degree",
]


def build_graph(
    relations: Iterable[Relation],
    mentions: Iterable[Mention] = (),
    *,
    generic: bool = False,
    merge: bool = True,
) -> nx.MultiDiGraph:
    """A new graph from relation records; ``mentions`` adds their counts to the nodes.

    Actors of the catalogue become nodes when named; other names ("Azizi") and generic
    actors only through a relation. Relations with a generic actor ("the regime",
    "civilians") are left out unless ``generic``. With ``merge``, a name the catalogue does
    not know that is the short form of one other such name joins it (:func:`merge_short_forms`).
    """
    graph = nx.MultiDiGraph()
    add_relations(graph, relations if generic else (r for r in relations if not _has_generic(r)))
    count_mentions(graph, mentions)
    if merge:
        merge_short_forms(graph)
    return graph


def add_relations(graph: nx.MultiDiGraph, relations: Iterable[Relation]) -> nx.MultiDiGraph:
    """Merge ``relations`` into ``graph`` in place; evidence already present is not added twice."""
    touched: set[tuple[str, str, str]] = set()
    for rel in relations:
        _ensure_node(graph, rel.source)
        _ensure_node(graph, rel.target)
        source, target = _ordered(rel)
        key = rel.relation
        if not graph.has_edge(source, target, key):
            graph.add_edge(
                source,
                target,
                key=key,
                relation=rel.relation,
                cameo=rel.cameo,
                quad_class=rel.quad_class,
                polarity=rel.polarity,
                symmetric=rel.symmetric,
                evidence=[],
            )
        data = graph.edges[source, target, key]
        _add_evidence(data["evidence"], Evidence.of(rel).model_dump(mode="json"))
        touched.add((source, target, key))
    for edge in touched:
        _summarise(graph.edges[edge])
    return graph


def _add_evidence(evidence: list[dict[str, Any]], item: dict[str, Any]) -> None:
    """Add ``item`` unless its sentence is there: one sentence is one piece of evidence of an edge,
    however many records it gave (the surest one stays)."""
    where = (item.get("doc_id"), item.get("start"), item.get("end"))
    for index, known in enumerate(evidence):
        same = known == item or (
            None not in where and (known.get("doc_id"), known.get("start"), known.get("end")) == where
        )
        if same:
            if (item.get("confidence") or 0) > (known.get("confidence") or 0):
                evidence[index] = item
            return
    evidence.append(item)


def event_ids(graph: nx.MultiDiGraph, relations: Iterable[Relation]) -> list[Relation]:
    """Copies of ``relations`` with the ``event_id`` their sentence has in ``graph`` (None if not there).

    A record is found by its relation type, document, sentence offsets and actor words, which
    survive the merging of short forms.
    """
    ids = event_ids_of(graph)
    return [
        rel.model_copy(
            update={
                "event_id": ids.get(
                    (
                        rel.relation,
                        rel.doc_id,
                        rel.sentence.start,
                        rel.sentence.end,
                        rel.source.text,
                        rel.target.text,
                    )
                )
            }
        )
        for rel in relations
    ]


def event_ids_of(graph: nx.MultiDiGraph) -> dict[tuple[Any, ...], str | None]:
    """The event id of each evidence sentence of ``graph``, by relation type, document, sentence
    offsets and actor words (what survives the merging of short forms)."""
    return {
        (
            key,
            item.get("doc_id"),
            item.get("start"),
            item.get("end"),
            item.get("source_text"),
            item.get("target_text"),
        ): item.get("event_id")
        for _, _, key, data in graph.edges(keys=True, data=True)
        for item in data.get("evidence") or ()
    }


def record_event_key(record: Mapping[str, Any]) -> tuple[Any, ...]:
    """The key of :func:`event_ids_of` for a line of ``relations.jsonl`` read as JSON."""
    sentence, source, target = record["sentence"], record["source"], record["target"]
    return (
        record["relation"],
        record["doc_id"],
        sentence["start"],
        sentence["end"],
        source["text"],
        target["text"],
    )


def merge_short_forms(graph: nx.MultiDiGraph) -> dict[str, str]:
    """Join each unknown person named by a short form to the one unknown person whose full name it fits.

    Across documents, "Kobakhidze" (``unk:kobakhidze``) is Irakli Kobakhidze when he is the
    only person of the graph, catalogue or not, whose name begins or ends with that word (family
    names come first in Korean and Chinese names); with a rival ("Kim" beside Kim Jong Un and Kim
    Yo Jong) nothing is joined. The graph is changed in place: the short form's edges, evidence
    and mentions move to the full name, whose ``merged_from`` lists each joined id with its
    ``label`` and the ``reason``. The same nodes always give the same merges.

    Returns
    -------
    dict
        Each joined id → the id it joined.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("unk:irakli-kobakhidze", label="Irakli Kobakhidze", type="person", mentions=1)
    >>> g.add_node("unk:kobakhidze", label="Kobakhidze", type="person", mentions=2)
    >>> g.add_edge("unk:kobakhidze", "EU", key="accuse", count=1, evidence=[])
    'accuse'
    >>> merge_short_forms(g)
    {'unk:kobakhidze': 'unk:irakli-kobakhidze'}
    >>> g.nodes["unk:irakli-kobakhidze"]["mentions"], list(g.edges(keys=True))
    (3, [('unk:irakli-kobakhidze', 'EU', 'accuse')])
    >>> g.nodes["unk:irakli-kobakhidze"]["merged_from"][0]["reason"]
    "'Kobakhidze' is the last name of 'Irakli Kobakhidze', the only person of the graph it fits"
    """
    people = {
        str(node): [w.casefold() for w in str(data.get("label") or "").split()]
        for node, data in graph.nodes(data=True)
        if data.get("type") == "person"
    }
    # Each shorter run of words that begins or ends a name, to the people it fits: one look-up
    # per short form, not a pass over everyone (graphs of a million relations have 10^4 people).
    ends: dict[tuple[str, ...], dict[str, str]] = {}
    for other, full in people.items():
        for size in range(1, len(full)):
            ends.setdefault(tuple(full[:size]), {}).setdefault(other, "first")
            ends.setdefault(tuple(full[-size:]), {})[other] = "last"  # a name it both begins and ends
    joined: dict[str, str] = {}
    reasons: dict[str, str] = {}
    for node in sorted(people, key=lambda n: (len(people[n]), n)):
        short = people[node]
        if not node.startswith(UNKNOWN_PREFIX) or not short:
            continue
        fits = list(ends.get(tuple(short), {}).items())
        if len(fits) != 1 or not fits[0][0].startswith(UNKNOWN_PREFIX):
            continue
        other, end = fits[0]
        joined[node] = other
        label, full_label = graph.nodes[node].get("label"), graph.nodes[other].get("label")
        names = "name" if len(short) == 1 else "names"
        reasons[node] = (
            f"{label!r} is the {end} {names} of {full_label!r}, the only person of the graph it fits"
        )
    for node in sorted(joined):
        target = joined[node]
        while target in joined:  # "Kim" → "Kim Jong" → "Kim Jong Il": to the fullest name
            target = joined[target]
        joined[node] = target
        _join(graph, node, target, reasons[node])
    return joined


def _join(graph: nx.MultiDiGraph, node: str, into: str, reason: str) -> None:
    """Move ``node``'s edges, evidence and mentions to ``into``, and drop ``node``."""
    data = graph.nodes[node]
    target = graph.nodes[into]
    target["mentions"] = int(target.get("mentions") or 0) + int(data.get("mentions") or 0)
    merged = list(target.get("merged_from") or [])
    merged += [{"id": node, "label": data.get("label"), "reason": reason}, *(data.get("merged_from") or [])]
    target["merged_from"] = merged
    edges = [*graph.out_edges(node, keys=True, data=True), *graph.in_edges(node, keys=True, data=True)]
    for u, v, key, attrs in edges:
        u, v = (into if u == node else u), (into if v == node else v)
        if u == v:
            continue  # "Kobakhidze" and "Irakli Kobakhidze" related: one man, no relation
        if attrs.get("symmetric") and str(v) < str(u):
            u, v = v, u
        if not graph.has_edge(u, v, key):
            graph.add_edge(u, v, key=key, **{**attrs, "evidence": []})
        kept = graph.edges[u, v, key]
        for item in attrs.get("evidence") or []:
            _add_evidence(kept["evidence"], item)
        if kept["evidence"]:
            _summarise(kept)
    graph.remove_node(node)


def count_mentions(graph: nx.MultiDiGraph, mentions: Iterable[Mention]) -> None:
    """Add each mention to its node's ``mentions`` count; a catalogue actor gets a node if needed."""
    for mention in mentions:
        if mention.id not in graph and mention.id.startswith((GENERIC_PREFIX, UNKNOWN_PREFIX)):
            continue
        _ensure_node(graph, mention)
        graph.nodes[mention.id]["mentions"] += 1


def filter_edges(
    graph: nx.MultiDiGraph,
    *,
    min_confidence: float = 0.0,
    modalities: Iterable[Modality] | None = None,
    min_count: int = 1,
) -> nx.MultiDiGraph:
    """A copy of ``graph`` keeping the evidence that passes the thresholds.

    Edges left with no evidence are dropped, and so are actors left with no edge.
    """
    allowed = set(modalities) if modalities is not None else None
    kept = nx.MultiDiGraph()
    for u, v, key, data in graph.edges(keys=True, data=True):
        evidence = [
            e
            for e in data["evidence"]
            if e["confidence"] >= min_confidence and (allowed is None or e["modality"] in allowed)
        ]
        if len(evidence) < max(min_count, 1):
            continue
        kept.add_node(u, **graph.nodes[u])
        kept.add_node(v, **graph.nodes[v])
        kept.add_edge(u, v, key=key, **{**data, "evidence": evidence})
        _summarise(kept.edges[u, v, key])
    return kept


def find_actor(graph: nx.MultiDiGraph, query: str, catalogue: Catalogue | None = None) -> str:
    """The node that ``query`` names: its id, else its code, label or an alias (any case).

    Then, with a ``catalogue``, any surface form the catalogue knows ("US", "America", "the
    Kremlin", "Erdogan") of an actor in the graph, or its catalogue code (``TURELI``, when one
    actor of the graph has it: a node's ``code`` is the one it held when named); last, one
    word of a person's name ("Kobakhidze" for Irakli Kobakhidze, "Kim" for Kim Jong Un) when
    one person in the graph has it.

    Parameters
    ----------
    graph
        A graphkit graph.
    query
        What to look for.
    catalogue
        A :class:`~graphkit.actors.catalogue.Catalogue` whose aliases name graph actors too.

    Raises
    ------
    InputError
        No actor matches, or several match at the best level (they are listed).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("IRN", label="Iran", code="IRN", aliases=["Islamic Republic"])
    >>> g.add_node("KHAMENEI", label="Ali Khamenei", code="IRNGOV", type="person")
    >>> find_actor(g, "iran"), find_actor(g, "irngov"), find_actor(g, "Islamic Republic")
    ('IRN', 'KHAMENEI', 'IRN')
    >>> find_actor(g, "Khamenei")
    'KHAMENEI'
    """
    wanted = query.strip().casefold()
    for level in ("id", "code", "label", "alias", "catalogue", "surname"):
        if level == "catalogue":
            known = []
            if catalogue is not None:
                known = catalogue.lookup(query.strip()) or catalogue.by_code(query.strip().upper())
            found = sorted({actor.id for actor in known if actor.id in graph})
        else:
            found = sorted(
                str(node) for node, data in graph.nodes(data=True) if wanted in _names(node, data, level)
            )
        if len(found) == 1:
            return found[0]
        if found:
            what = {"catalogue": "a catalogue name or code", "surname": "in the name"}.get(
                level, f"the {level}"
            )
            raise InputError(f"actor {query!r} is ambiguous: it is {what} of {', '.join(found)}; give an id")
    examples = ", ".join(sorted(str(node) for node in graph.nodes)[:5])
    raise InputError(
        f"no actor {query!r} in the graph: expected an id, code, label or alias (ids include {examples})"
    )


def weighted_degree(graph: nx.MultiDiGraph, weight: str | None = "count") -> dict[Hashable, float]:
    """Each actor's weighted degree: ``weight`` summed over all its edges, in and out.

    Parameters
    ----------
    graph
        A graphkit graph.
    weight
        The edge attribute to sum: ``"count"`` (the default) gives the sentences about the
        actor, an edge without a count weighing as its evidence, else 1; ``None`` counts edges.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("IRN", "RUS", key="supply", count=3)
    'supply'
    >>> g.add_edge("IRN", "UKR", key="condemn", evidence=[{}, {}])
    'condemn'
    >>> weighted_degree(g), weighted_degree(g, weight=None)
    ({'IRN': 5, 'RUS': 3, 'UKR': 2}, {'IRN': 2, 'RUS': 1, 'UKR': 1})
    """
    degree: dict[Hashable, float] = dict.fromkeys(graph.nodes, 0)
    for u, v, data in graph.edges(data=True):
        value = _edge_weight(data, weight)
        degree[u] += value
        degree[v] += value
    return degree


def top_actors(
    graph: nx.MultiDiGraph, n: int, *, weight: str | None = "count", keep: Iterable[str] = ()
) -> list[tuple[Hashable, float]]:
    """The ``n`` actors of highest :func:`weighted_degree`, best first, with their scores.

    Ties go to the more mentioned actor (node attribute ``mentions``), then to the smaller
    id, so the same graph always gives the same ranking. Actors in ``keep`` are included
    whatever their rank (in rank order with the others), taking places of the ``n``.

    Raises
    ------
    ValueError
        ``n`` below 1.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("IRN", "RUS", key="supply", count=3)
    'supply'
    >>> g.add_edge("USA", "CHN", key="meet", count=1)
    'meet'
    >>> g.nodes["USA"]["mentions"] = 4
    >>> top_actors(g, 3)
    [('IRN', 3), ('RUS', 3), ('USA', 1)]
    >>> top_actors(g, 2, keep=["CHN"])
    [('IRN', 3), ('CHN', 1)]
    """
    if n < 1:
        raise ValueError(f"n must be at least 1, got {n}")
    degree = weighted_degree(graph, weight)
    mentions = {node: int(graph.nodes[node].get("mentions") or 0) for node in degree}
    ranked = sorted(degree, key=lambda node: (-degree[node], -mentions[node], str(node)))
    wanted = set(keep)
    pinned = {node for node in ranked if node in wanted}
    chosen = pinned | set([node for node in ranked if node not in pinned][: max(n - len(pinned), 0)])
    return [(node, degree[node]) for node in ranked if node in chosen]


def ego_graph(
    graph: nx.MultiDiGraph, actor: str, hops: int = 1, catalogue: Catalogue | None = None
) -> nx.MultiDiGraph:
    """The actors within ``hops`` relations of ``actor`` (either direction) and their edges.

    ``actor`` is anything :func:`find_actor` accepts (with ``catalogue``, its aliases too).

    Raises
    ------
    InputError
        ``hops`` below 0, or no single actor goes by ``actor``.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("IRN", "RUS", "supply"), ("RUS", "UKR", "attack"), ("UKR", "POL", "meet")])
    >>> sorted(ego_graph(g, "RUS")), sorted(ego_graph(g, "IRN", hops=2))
    (['IRN', 'RUS', 'UKR'], ['IRN', 'RUS', 'UKR'])
    """
    if hops < 0:
        raise InputError(f"hops must be 0 or more, got {hops}")
    return nx.ego_graph(graph, find_actor(graph, actor, catalogue), radius=hops, undirected=True)


def _names(node: Any, data: Mapping[str, Any], level: str) -> set[str]:
    """The case-folded names of one kind an actor answers to."""
    if level == "id":
        values: Iterable[Any] = [node, *(item.get("id") for item in data.get("merged_from") or ())]
    elif level == "surname":
        label = str(data.get("label") or "")
        words = label.split()
        # family names come first in some languages (Kim Jong Un), last in others: any word will do
        values = words if data.get("type") == "person" and len(words) > 1 else []
    elif level == "alias":
        aliases = data.get("aliases") or ()
        values = [aliases] if isinstance(aliases, str) else aliases
    else:
        values = [data.get(level)]
    return {str(value).casefold() for value in values if value}


def _edge_weight(data: Mapping[str, Any], weight: str | None) -> float:
    if weight is None:
        return 1
    if data.get(weight) is not None:
        return data[weight]
    if weight == "count" and "evidence" in data:
        return len(data["evidence"])
    if weight == "events" and "evidence" in data:
        return count_events(data["evidence"])
    return 1


def _has_generic(rel: Relation) -> bool:
    return rel.source.id.startswith(GENERIC_PREFIX) or rel.target.id.startswith(GENERIC_PREFIX)


def _ensure_node(graph: nx.MultiDiGraph, mention: Mention) -> None:
    if mention.id not in graph:
        graph.add_node(
            mention.id,
            label=mention.label,
            type=mention.type,
            code=mention.code,
            country=mention.country,
            mentions=0,
        )


def _ordered(rel: Relation) -> tuple[str, str]:
    """Symmetric relations get one edge per pair, whichever way the sentence ran."""
    source, target = rel.source.id, rel.target.id
    if rel.symmetric and target < source:
        return target, source
    return source, target


def _summarise(data: dict) -> None:
    evidence = data["evidence"]
    if any(not item.get("event_id") for item in evidence):  # new reports: group again; else keep the ids
        evidence = data["evidence"] = group_events(evidence, relation=str(data.get("relation") or ""))
    dates = sorted(e["date"] for e in evidence if e["date"])
    intensities = [e["intensity"] for e in evidence]
    data["count"] = len(evidence)
    data["events"] = count_events(evidence)
    data["first_date"] = dates[0] if dates else None
    data["last_date"] = dates[-1] if dates else None
    data["intensity"] = round(sum(intensities) / len(intensities), 3)
    data["confidence"] = max(e["confidence"] for e in evidence)
    data["modalities"] = dict(Counter(e["modality"] for e in evidence))
