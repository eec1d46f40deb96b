"""What every format shares: scalar-only attributes, and a path or an open file to write or read.

GraphML and GEXF hold scalars only, and GEXF would read a list as time-varying values,
so lists and dicts leave as JSON strings (``evidence`` → ``evidence_json`` plus
``evidence_count``), ``None`` is left out, and each attribute name keeps one type
across the file so readers see one typed key per attribute. Readers undo it with
:func:`unflatten`.

Examples
--------
>>> flat = flatten({"count": 2, "modalities": {"asserted": 2}, "country": None}, "edge IRN→RUS")
>>> flat
{'count': 2, 'modalities_json': '{"asserted": 2}'}
>>> unflatten(flat, "edge IRN→RUS")
{'count': 2, 'modalities': {'asserted': 2}}
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, Literal, TypeAlias, TypeVar

import networkx as nx

from graphkit.errors import InputError
from graphkit.io import atomic_write

__all__ = [
    "Destination",
    "Scalar",
    "Source",
    "edge_id",
    "flat_graph",
    "flatten",
    "open_destination",
    "open_source",
    "parse_source",
    "rekey",
    "source_name",
    "to_json",
    "unflat_graph",
    "unflatten",
    "unify_types",
]

Scalar: TypeAlias = str | int | float | bool
Destination: TypeAlias = str | Path | IO[bytes] | IO[str]
Source: TypeAlias = str | Path | IO[bytes] | IO[str]
T = TypeVar("T")
JSON_SUFFIX = "_json"
COUNT_SUFFIX = "_count"


def to_json(value: Any, where: str) -> str:
    """``value`` as compact JSON; dates become ISO strings, anything else unknown is an error.

    >>> to_json([{"date": dt.date(2024, 3, 1)}], "edge")
    '[{"date": "2024-03-01"}]'
    """

    def default(obj: Any) -> str:
        if isinstance(obj, dt.date):
            return obj.isoformat()
        raise TypeError(f"cannot export {where}: {type(obj).__name__} value is not JSON serialisable")

    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=default)


def flatten(attrs: Mapping[str, Any], where: str) -> dict[str, Scalar]:
    """The attributes of one node or edge with scalar values only.

    Parameters
    ----------
    attrs
        Attribute name → value as stored in the graph.
    where
        The node or edge, named in error messages.

    Returns
    -------
    dict
        Scalars kept; dates as ISO strings; lists and dicts as ``<name>_json`` strings,
        lists also as ``<name>_count``; ``None`` left out.

    Raises
    ------
    TypeError
        A value of any other type, naming the attribute and ``where``.

    Examples
    --------
    >>> flatten({"evidence": [{"sentence": "Iran supplies Russia."}]}, "edge")
    {'evidence_json': '[{"sentence": "Iran supplies Russia."}]', 'evidence_count': 1}
    """
    out: dict[str, Scalar] = {}
    for name, value in attrs.items():
        if value is None:
            continue
        if isinstance(value, str | int | float | bool):
            out[name] = value
        elif isinstance(value, dt.date):
            out[name] = value.isoformat()
        elif isinstance(value, list | tuple | dict):
            out[f"{name}{JSON_SUFFIX}"] = to_json(value, f"{name!r} of {where}")
            if not isinstance(value, dict):
                out[f"{name}{COUNT_SUFFIX}"] = len(value)
        else:
            raise TypeError(
                f"cannot export attribute {name!r} of {where}: expected str, int, float, bool, "
                f"date, list, dict or None but got {type(value).__name__}"
            )
    return out


def unflatten(attrs: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The attributes of one node or edge as :func:`flatten` found them.

    Parameters
    ----------
    attrs
        Attribute name → value as read from a file.
    where
        The node or edge, named in error messages.

    Returns
    -------
    dict
        ``<name>_json`` parsed back into ``<name>``, its ``<name>_count`` dropped; the
        other attributes as they are.

    Raises
    ------
    InputError
        A ``<name>_json`` value that is not JSON, naming the attribute and ``where``.

    Examples
    --------
    >>> unflatten({"evidence_json": '[{"sentence": "Iran arms Russia."}]', "evidence_count": 1}, "edge")
    {'evidence': [{'sentence': 'Iran arms Russia.'}]}
    """
    out = dict(attrs)
    for name in [key for key in attrs if key.endswith(JSON_SUFFIX)]:
        base = name.removesuffix(JSON_SUFFIX)
        try:
            out[base] = json.loads(out.pop(name))
        except (TypeError, json.JSONDecodeError) as err:
            raise InputError(
                f"cannot read attribute {name!r} of {where}: expected JSON but got {err}"
            ) from None
        out.pop(f"{base}{COUNT_SUFFIX}", None)
    return out


def unify_types(records: list[dict[str, Scalar]]) -> None:
    """Give each attribute name one type across ``records``, in place.

    Integers mixed with floats become floats; any other mix becomes strings, so a
    typed format declares a single key per name.

    >>> rows = [{"x": 1}, {"x": 2.5}, {"y": True}, {"y": "maybe"}]
    >>> unify_types(rows)
    >>> rows
    [{'x': 1.0}, {'x': 2.5}, {'y': 'True'}, {'y': 'maybe'}]
    """
    seen: dict[str, set[type]] = {}
    for record in records:
        for name, value in record.items():
            seen.setdefault(name, set()).add(type(value))
    for name, types in seen.items():
        if len(types) < 2:
            continue
        cast: type = float if types == {int, float} else str
        for record in records:
            if name in record:
                record[name] = cast(record[name])


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` ready for Gephi: scalar attributes, labels and weights set.

    Every node gets a ``label`` (its id when it has none) and every edge a ``label``
    (its key, the relation type) and a ``weight`` (its ``count``), which Gephi reads
    for edge labels and thickness.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("IRN", "RUS", key="supply", count=2, evidence=[{}, {}])
    'supply'
    >>> flat_graph(g).edges["IRN", "RUS", "supply"]
    {'count': 2, 'evidence_json': '[{}, {}]', 'evidence_count': 2, 'label': 'supply', 'weight': 2.0}
    """
    nodes = [(node, flatten(data, f"node {node!r}")) for node, data in graph.nodes(data=True)]
    edges = [
        (u, v, key, flatten(data, f"edge {u!r}→{v!r} ({key})"))
        for u, v, key, data in graph.edges(keys=True, data=True)
    ]
    for node, attrs in nodes:
        attrs.setdefault("label", str(node))
    for _, _, key, attrs in edges:
        attrs.setdefault("label", str(key))
        if "count" in attrs:
            attrs.setdefault("weight", float(attrs["count"]))
    unify_types([attrs for _, attrs in nodes])
    unify_types([attrs for *_, attrs in edges])
    flat = type(graph)(**flatten(graph.graph, "the graph"))
    flat.add_nodes_from(nodes)
    flat.add_edges_from(edges)
    return flat


def unflat_graph(graph: nx.Graph) -> nx.MultiDiGraph:
    """A graphkit graph from one read back from a scalar-only format, in place where possible.

    Undoes :func:`flat_graph`: ``<name>_json`` attributes become lists and dicts again, and an
    edge's ``label`` and ``weight`` go when they only repeat its key and ``count``.

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("IRN", "RUS", key="supply", count=2, evidence_json="[{}, {}]", evidence_count=2,
    ...            label="supply", weight=2.0)
    'supply'
    >>> unflat_graph(g).edges["IRN", "RUS", "supply"]
    {'count': 2, 'evidence': [{}, {}]}
    """
    multi = graph if isinstance(graph, nx.MultiDiGraph) else nx.MultiDiGraph(graph)
    for node, data in multi.nodes(data=True):
        _replace(data, unflatten(data, f"node {node!r}"))
    for u, v, key, data in multi.edges(keys=True, data=True):
        attrs = unflatten(data, f"edge {u!r}→{v!r} ({key})")
        if attrs.get("label") == str(key):
            del attrs["label"]
        if "weight" in attrs and "count" in attrs and attrs["weight"] == float(attrs["count"]):
            del attrs["weight"]
        _replace(data, attrs)
    return multi


def edge_id(source: Any, target: Any, key: Any) -> str:
    """The id a file gives an edge: unique in the file, and stable between exports of a growing graph.

    The key alone (the relation type) repeats across pairs, which graphology, yEd and Gephi
    read as one edge met twice.

    >>> edge_id("IRN", "RUS", "supply")
    'IRN|RUS|supply'
    """
    return f"{source}|{target}|{key}"


def rekey(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with each edge keyed by its relation again, as :func:`edge_id` wrote it.

    A reader keys an edge by its id in the file; graphkit keys it by its ``relation`` (else by
    the id's last part when the id is :func:`edge_id`'s, else by the id itself).

    >>> g = nx.MultiDiGraph()
    >>> g.add_edge("IRN", "RUS", key="IRN|RUS|supply", relation="supply")
    'IRN|RUS|supply'
    >>> list(rekey(g).edges(keys=True))
    [('IRN', 'RUS', 'supply')]
    """
    keyed = nx.MultiDiGraph(**graph.graph)
    keyed.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        written = str(key)
        prefix = edge_id(u, v, "")
        relation = data.get("relation")
        if relation is None:
            relation = written.removeprefix(prefix) if written.startswith(prefix) else key
        keyed.add_edge(u, v, key=relation, **data)
    return keyed


def _replace(data: dict[str, Any], attrs: dict[str, Any]) -> None:
    data.clear()
    data.update(attrs)


@contextlib.contextmanager
def open_destination(dest: Destination, mode: Literal["w", "wb"]) -> Iterator[IO[Any]]:
    """An open file to write: ``dest`` itself if it is one, else an atomic write to the path.

    >>> import io
    >>> with open_destination(io.StringIO(), "w") as fh:
    ...     _ = fh.write("ok")
    """
    if isinstance(dest, str | Path):
        with atomic_write(dest, mode) as fh:
            yield fh
    else:
        yield dest


@contextlib.contextmanager
def open_source(source: Source, mode: Literal["r", "rb"], what: str) -> Iterator[IO[Any]]:
    """An open file to read: ``source`` itself if it is one, else the file at the path.

    Raises
    ------
    InputError
        No file at the path, naming ``what`` was expected there.

    >>> import io
    >>> with open_source(io.StringIO("ok"), "r", "a test file") as fh:
    ...     fh.read()
    'ok'
    """
    if not isinstance(source, str | Path):
        yield source
        return
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{path}: no such file: expected {what}")
    if mode == "rb":
        with path.open("rb") as binary:
            yield binary
    else:
        with path.open("r", encoding="utf-8", newline="") as text:
            yield text


def parse_source(source: Source, mode: Literal["r", "rb"], what: str, parse: Callable[[IO[Any]], T]) -> T:
    """``parse`` of the file ``source`` names (or is), any failure of the parser an :class:`InputError`.

    Raises
    ------
    InputError
        No such file, or ``parse`` failed; the message names the file, ``what`` was expected
        and the parser's reason.

    >>> import io
    >>> parse_source(io.StringIO("[1"), "r", "JSON", json.load)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    graphkit.errors.InputError: the input: not readable as JSON: Expecting ',' delimiter: ...
    """
    with open_source(source, mode, f"a {what} file") as fh:
        try:
            return parse(fh)
        except Exception as err:  # parsers raise bare XML, JSON and NetworkX errors for broken files
            raise InputError(f"{source_name(source)}: not readable as {what}: {err}") from err


def source_name(source: Source) -> str:
    """How messages name ``source``: its path, else the open file's name.

    >>> import io
    >>> source_name(Path("out") / "graph.graphml"), source_name(io.BytesIO())
    ('out/graph.graphml', 'the input')
    """
    if isinstance(source, str | Path):
        return str(source)
    return str(getattr(source, "name", "the input"))
