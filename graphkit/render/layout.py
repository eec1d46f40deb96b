"""Where the page draws each actor, worked out in Python so the page runs no physics at first.

Up to :data:`DIRECT` actors, one ForceAtlas2 layout (:func:`networkx.forceatlas2_layout`) of
the whole graph. Above, ForceAtlas2 costs the square of the actors each step (48 s for 3,000
actors), so the actors are split into communities, each laid out on its own, and the
communities placed by a layout of the graph of communities: the cost is the square of the
largest community. Groups of allies for the page's colours come from :func:`communities`
of the cooperation graph.

Examples
--------
>>> import networkx as nx
>>> g = nx.MultiDiGraph([("IRN", "RUS", "supply"), ("RUS", "UKR", "attack")])
>>> sorted(layout(g))
['IRN', 'RUS', 'UKR']
>>> g.edges["IRN", "RUS", "supply"]["quad_class"], g.edges["RUS", "UKR", "attack"]["quad_class"] = 2, 4
>>> communities(g)
{'IRN': 0, 'RUS': 0}
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable

import networkx as nx

__all__ = ["DIRECT", "SPAN", "communities", "layout"]

DIRECT = 600
"""Up to this many actors, one layout of the whole graph."""
SPAN = 130.0
"""Canvas units per actor on the side of the drawing's square root (vis-network's scale)."""
_SEED = 7


def layout(graph: nx.Graph, *, seed: int = _SEED) -> dict[Hashable, tuple[float, float]]:
    """Each node's position, in vis-network canvas units, the same for the same graph.

    Parameters
    ----------
    graph
        Any NetworkX graph; directions, parallel edges and keys are set aside, edges
        weigh as their ``events`` (else ``count``, else 1).
    seed
        The layouts' random seed.

    Returns
    -------
    dict
        Node → (x, y), centred on the origin.
    """
    simple = _simple(graph)
    if simple.number_of_nodes() == 0:
        return {}
    small = simple.number_of_nodes() <= DIRECT
    pos = _fa2(simple, seed) if small else _by_community(simple, seed)
    return _scaled(pos, math.sqrt(simple.number_of_nodes()) * SPAN)


def communities(
    graph: nx.Graph, *, seed: int = _SEED, quad_classes: Iterable[int] = (1, 2)
) -> dict[str, int]:
    """Groups of allies: Louvain communities of the cooperation graph, largest first.

    Only edges of the ``quad_classes`` (verbal and material cooperation) count; actors with
    none of them belong to no group and are left out. Groups are numbered from 0 by size,
    then by their smallest id, so the same graph gives the same numbers.
    """
    coop = nx.Graph()
    for u, v, data in graph.edges(data=True):
        if data.get("quad_class") in set(quad_classes) and u != v:
            weight = float(data.get("events") or data.get("count") or 1)
            prior = coop.get_edge_data(u, v, {}).get("weight", 0.0)
            coop.add_edge(str(u), str(v), weight=prior + weight)
    if coop.number_of_nodes() == 0:
        return {}
    found = nx.community.louvain_communities(coop, weight="weight", seed=seed)
    ordered = sorted(found, key=lambda group: (-len(group), min(group)))
    return {node: number for number, group in enumerate(ordered) for node in sorted(group)}


def _simple(graph: nx.Graph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes)
    for u, v, data in graph.edges(data=True):
        if u == v:
            continue
        weight = float(data.get("events") or data.get("count") or 1)
        prior = simple.get_edge_data(u, v, {}).get("weight", 0.0)
        simple.add_edge(u, v, weight=prior + weight)
    return simple


def _fa2(graph: nx.Graph, seed: int, iterations: int = 100) -> dict[Hashable, tuple[float, float]]:
    if graph.number_of_nodes() == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    # strong gravity keeps small components near the main one instead of flung to the edges
    pos = nx.forceatlas2_layout(
        graph, max_iter=iterations, seed=seed, weight="weight", strong_gravity=True, scaling_ratio=4.0
    )
    return {node: (float(x), float(y)) for node, (x, y) in pos.items()}


def _by_community(graph: nx.Graph, seed: int) -> dict[Hashable, tuple[float, float]]:
    """Lay out each community alone, then place them by a layout of the graph of communities."""
    groups = sorted(
        nx.community.louvain_communities(graph, weight="weight", seed=seed),
        key=lambda g: (-len(g), str(min(map(str, g)))),
    )
    member = {node: index for index, group in enumerate(groups) for node in group}
    meta = nx.Graph()
    meta.add_nodes_from(range(len(groups)))
    for u, v, data in graph.edges(data=True):
        a, b = member[u], member[v]
        if a != b:
            meta.add_edge(a, b, weight=meta.get_edge_data(a, b, {}).get("weight", 0.0) + data["weight"])
    radius = [math.sqrt(len(group)) for group in groups]
    centres = _scaled(_fa2(meta, seed) if meta.number_of_nodes() > 1 else {0: (0.0, 0.0)}, 1.0)
    # spread the centres until no two groups' discs overlap
    spread = 1.0
    for a in range(len(groups)):
        for b in range(a + 1, len(groups)):
            gap = math.dist(centres[a], centres[b]) or 1e-6
            spread = max(spread, (radius[a] + radius[b]) * 1.15 / gap)
    pos: dict[Hashable, tuple[float, float]] = {}
    for index, group in enumerate(groups):
        local = _scaled(_fa2(graph.subgraph(group), seed, iterations=60), radius[index])
        cx, cy = centres[index]
        for node, (x, y) in local.items():
            pos[node] = (cx * spread + x, cy * spread + y)
    return pos


def _scaled(pos: dict, half: float) -> dict[Hashable, tuple[float, float]]:
    """``pos`` centred on the origin and stretched so that nine points in ten lie within ``half``."""
    if not pos:
        return {}
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    distances = sorted(math.hypot(x - cx, y - cy) for x, y in pos.values())
    far = distances[int(0.9 * (len(distances) - 1))] or distances[-1] or 1.0
    return {
        node: (round((x - cx) * half / far, 1), round((y - cy) * half / far, 1))
        for node, (x, y) in pos.items()
    }
