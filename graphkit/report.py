"""What changed between two periods: new dyads, shifts of balance, actors rising and falling.

A *dyad* is a pair of actors, either way round. Everything counts events (see
:mod:`graphkit.events`), each dated by its first report; undated events are left out. For a
period and a comparison period (by default the one of the same length just before it):

- **new dyads**: pairs with events in the period and none in the comparison period;
- **balance shifts**: pairs with events in both whose *balance* moved most, where the balance
  is (cooperative events − conflictual events) / events, from −1 (all conflict) to +1;
- **rising and falling actors**: the change in each actor's events.

Each row carries its strongest evidence: the event with the most reports (then the surest,
then the most intense), with its first report's sentence, outlet, date and link.
:func:`to_markdown` and :func:`to_html` write the result; the HTML page is one file with no
script, whose Content-Security-Policy lets it fetch nothing; all article text in it is escaped.

Examples
--------
>>> import datetime as dt, networkx as nx
>>> g = nx.MultiDiGraph()
>>> def ev(day, eid, sentence):
...     return {"date": f"2024-{day}", "event_id": eid, "sentence": sentence, "confidence": 0.8,
...             "intensity": -10.0, "outlet": "Wire", "doc_id": eid, "title": None, "url": None}
>>> g.add_edge("RUS", "UKR", key="attack", relation="attack", quad_class=4,
...            evidence=[ev("01-05", "e1", "Russia struck Kyiv."), ev("02-10", "e2", "Russia struck Odesa.")])
'attack'
>>> result = changes(g, dt.date(2024, 2, 1), dt.date(2024, 2, 29))
>>> result.against
(datetime.date(2024, 1, 3), datetime.date(2024, 1, 31))
>>> [(row.source, row.target, row.events_now, row.events_before) for row in result.new_dyads]
[]
>>> [(row.actor, row.events_now, row.change) for row in result.rising]
[]
"""

from __future__ import annotations

import datetime as dt
import html
import importlib.resources
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

import jinja2
import networkx as nx
from pydantic import BaseModel, ConfigDict

from graphkit.errors import InputError
from graphkit.events import group_events
from graphkit.io import atomic_write

__all__ = [
    "ActorChange",
    "Changes",
    "DyadChange",
    "Strongest",
    "changes",
    "parse_period",
    "to_html",
    "to_markdown",
    "write_report",
]

COOPERATIVE = (1, 2)
"""QuadClasses on the cooperative side of the balance; 3 and 4 are conflict."""


class Strongest(BaseModel):
    """The strongest evidence of a row: one event, told by its first report."""

    model_config = ConfigDict(frozen=True)

    sentence: str
    date: dt.date
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    relation: str
    reports: int
    """How many reports (sentences) tell of this event."""


class DyadChange(BaseModel):
    """A pair of actors in the two periods."""

    model_config = ConfigDict(frozen=True)

    source: str
    source_label: str
    target: str
    target_label: str
    events_now: int
    events_before: int
    balance_now: float | None
    balance_before: float | None
    shift: float | None
    """``balance_now − balance_before``; None when either period has no event."""
    evidence: Strongest | None


class ActorChange(BaseModel):
    """An actor's events in the two periods."""

    model_config = ConfigDict(frozen=True)

    actor: str
    label: str
    events_now: int
    events_before: int
    change: int
    evidence: Strongest | None


class Changes(BaseModel):
    """The report: the periods compared and what changed between them."""

    model_config = ConfigDict(frozen=True)

    since: dt.date
    until: dt.date
    against: tuple[dt.date, dt.date]
    new_dyads: list[DyadChange]
    balance: list[DyadChange]
    rising: list[ActorChange]
    falling: list[ActorChange]


class _Event(BaseModel):
    model_config = ConfigDict(frozen=True)

    pair: tuple[str, str]
    date: dt.date
    cooperative: bool
    strongest: Strongest
    rank: tuple[int, float, float]


def parse_period(text: str) -> tuple[dt.date, dt.date]:
    """``DATE..DATE`` as two dates, the first not after the second.

    Raises
    ------
    InputError
        Not two ISO dates joined by ``..``, or the first after the second.

    >>> parse_period("2024-01-01..2024-03-31")
    (datetime.date(2024, 1, 1), datetime.date(2024, 3, 31))
    """
    first, sep, last = text.partition("..")
    try:
        if not sep:
            raise ValueError("no '..'")
        period = (dt.date.fromisoformat(first.strip()), dt.date.fromisoformat(last.strip()))
    except ValueError as err:
        raise InputError(
            f"period {text!r}: expected DATE..DATE (e.g. 2024-01-01..2024-03-31): {err}"
        ) from None
    if period[0] > period[1]:
        raise InputError(f"period {text!r}: the first date is after the second")
    return period


def changes(
    graph: nx.MultiDiGraph,
    since: dt.date,
    until: dt.date,
    against: Literal["previous"] | tuple[dt.date, dt.date] = "previous",
    *,
    top: int = 10,
) -> Changes:
    """What changed in ``graph`` from the comparison period to ``since``…``until`` (both included).

    Parameters
    ----------
    graph
        A graphkit graph; evidence without ``event_id`` is grouped into events here.
    since, until
        The period of interest.
    against
        ``"previous"`` (the period of the same length ending the day before ``since``) or two dates.
    top
        Rows kept in each list.

    Raises
    ------
    InputError
        ``since`` after ``until``, or ``top`` below 1.
    """
    if since > until:
        raise InputError(f"--since {since} is after --until {until}")
    if top < 1:
        raise InputError(f"top must be at least 1, got {top}")
    if against == "previous":
        length = until - since
        before = (since - dt.timedelta(days=1) - length, since - dt.timedelta(days=1))
    else:
        before = (against[0], against[1])
    now_events = [e for e in _events(graph) if since <= e.date <= until]
    old_events = [e for e in _events(graph) if before[0] <= e.date <= before[1]]
    now, old = _by_pair(now_events), _by_pair(old_events)
    labels = {str(n): str(d.get("label") or n) for n, d in graph.nodes(data=True)}
    dyads = [
        _dyad(pair, now.get(pair, []), old.get(pair, []), labels) for pair in sorted(set(now) | set(old))
    ]
    new = sorted(
        (d for d in dyads if d.events_now and not d.events_before), key=lambda d: (-d.events_now, d.source)
    )
    moved = sorted(
        (d for d in dyads if d.shift is not None),
        key=lambda d: (-abs(d.shift or 0.0), -(d.events_now + d.events_before), d.source, d.target),
    )
    actors = _actors(now_events, old_events, labels)
    rising = sorted((a for a in actors if a.change > 0), key=lambda a: (-a.change, a.actor))
    falling = sorted((a for a in actors if a.change < 0), key=lambda a: (a.change, a.actor))
    return Changes(
        since=since,
        until=until,
        against=before,
        new_dyads=new[:top],
        balance=moved[:top],
        rising=rising[:top],
        falling=falling[:top],
    )


def _events(graph: nx.MultiDiGraph) -> Iterator[_Event]:
    """Every dated event of the graph, dated by its first report, with its strongest telling."""
    for u, v, key, data in graph.edges(keys=True, data=True):
        evidence = list(data.get("evidence") or ())
        relation = str(data.get("relation") or key)
        if any(not item.get("event_id") for item in evidence):
            evidence = group_events(evidence, relation=relation)
        groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
        for item in evidence:
            if item.get("date"):
                groups[str(item["event_id"])].append(item)
        quad = int(data.get("quad_class") or 0)
        for reports in groups.values():
            reports.sort(key=lambda item: str(item["date"]))
            first = reports[0]
            day = dt.date.fromisoformat(str(first["date"])[:10])
            strongest = Strongest(
                sentence=str(first.get("sentence") or ""),
                date=day,
                outlet=first.get("outlet"),
                title=first.get("title"),
                url=first.get("url"),
                relation=relation,
                reports=len(reports),
            )
            rank = (
                len(reports),
                max(float(r.get("confidence") or 0) for r in reports),
                abs(float(first.get("intensity") or 0)),
            )
            pair = (str(u), str(v)) if str(u) <= str(v) else (str(v), str(u))
            yield _Event(pair=pair, date=day, cooperative=quad in COOPERATIVE, strongest=strongest, rank=rank)


def _by_pair(events: list[_Event]) -> dict[tuple[str, str], list[_Event]]:
    found: dict[tuple[str, str], list[_Event]] = defaultdict(list)
    for event in events:
        found[event.pair].append(event)
    return found


def _balance(events: list[_Event]) -> float | None:
    if not events:
        return None
    cooperative = sum(1 for e in events if e.cooperative)
    return round((2 * cooperative - len(events)) / len(events), 3)


def _strongest(events: list[_Event]) -> Strongest | None:
    if not events:
        return None
    return max(events, key=lambda e: (e.rank, e.date.isoformat())).strongest


def _dyad(
    pair: tuple[str, str], now: list[_Event], old: list[_Event], labels: Mapping[str, str]
) -> DyadChange:
    balance_now, balance_before = _balance(now), _balance(old)
    shift = None if balance_now is None or balance_before is None else round(balance_now - balance_before, 3)
    return DyadChange(
        source=pair[0],
        source_label=labels.get(pair[0], pair[0]),
        target=pair[1],
        target_label=labels.get(pair[1], pair[1]),
        events_now=len(now),
        events_before=len(old),
        balance_now=balance_now,
        balance_before=balance_before,
        shift=shift,
        evidence=_strongest(now) or _strongest(old),
    )


def _actors(now: list[_Event], old: list[_Event], labels: Mapping[str, str]) -> list[ActorChange]:
    per_now: dict[str, list[_Event]] = defaultdict(list)
    per_old: dict[str, list[_Event]] = defaultdict(list)
    for events, table in ((now, per_now), (old, per_old)):
        for event in events:
            for actor in set(event.pair):
                table[actor].append(event)
    rows = []
    for actor in sorted(set(per_now) | set(per_old)):
        a, b = per_now.get(actor, []), per_old.get(actor, [])
        rows.append(
            ActorChange(
                actor=actor,
                label=labels.get(actor, actor),
                events_now=len(a),
                events_before=len(b),
                change=len(a) - len(b),
                evidence=_strongest(a) if len(a) >= len(b) else _strongest(b),
            )
        )
    return rows


# --- writing -------------------------------------------------------------------------------


def to_markdown(result: Changes) -> str:
    """The report as Markdown; article text is escaped so it cannot become Markdown or HTML.

    >>> empty = Changes(since=dt.date(2024, 2, 1), until=dt.date(2024, 2, 29),
    ...     against=(dt.date(2024, 1, 1), dt.date(2024, 1, 31)), new_dyads=[], balance=[],
    ...     rising=[], falling=[])
    >>> md = to_markdown(empty)
    >>> md.splitlines()[0]
    '# What changed: 2024-02-01 to 2024-02-29'
    """
    lines = [
        f"# What changed: {result.since} to {result.until}",
        "",
        f"Compared with {result.against[0]} to {result.against[1]}. Counts are events (one event "
        "however many outlets reported it), dated by their first report.",
        "",
    ]
    sections = _sections(result)
    for title, header, rows in sections:
        lines += [f"## {title}", ""]
        if not rows:
            lines += ["None.", ""]
            continue
        lines += ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        for cells, evidence in rows:
            lines.append("| " + " | ".join(_md(c) for c in [*cells, _evidence_text(evidence)]) + " |")
        lines.append("")
    return "\n".join(lines)


def to_html(result: Changes) -> str:
    """The report as one HTML page with no script and nothing to fetch; every text escaped."""
    template = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined).from_string(
        importlib.resources.files("graphkit.render")
        .joinpath("assets", "report.html")
        .read_text(encoding="utf-8")
    )
    sections = [
        {
            "title": title,
            "header": header,
            "rows": [{"cells": [str(c) for c in cells], "evidence": evidence} for cells, evidence in rows],
        }
        for title, header, rows in _sections(result)
    ]
    return template.render(result=result, sections=sections, safe_url=_safe_url)


def write_report(result: Changes, folder: str | Path, name: str = "report") -> tuple[Path, Path]:
    """Write ``<name>.md`` and ``<name>.html`` into ``folder`` atomically; returns both paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = (folder / f"{name}.md", folder / f"{name}.html")
    for path, text in zip(paths, (to_markdown(result), to_html(result)), strict=True):
        with atomic_write(path) as fh:
            fh.write(text)
    return paths


def _sections(result: Changes) -> list[tuple[str, list[str], list[tuple[list[Any], Strongest | None]]]]:
    def signed(value: float | None) -> str:
        return "" if value is None else f"{value:+.2f}"

    dyad_header = ["Actors", "Events now", "Events before", "Balance now", "Balance before", "Shift"]
    actor_header = ["Actor", "Events now", "Events before", "Change"]

    def dyads(rows: list[DyadChange]) -> list[tuple[list[Any], Strongest | None]]:
        return [
            (
                [
                    f"{d.source_label} – {d.target_label}",
                    d.events_now,
                    d.events_before,
                    signed(d.balance_now),
                    signed(d.balance_before),
                    signed(d.shift),
                ],
                d.evidence,
            )
            for d in rows
        ]

    def actors(rows: list[ActorChange]) -> list[tuple[list[Any], Strongest | None]]:
        return [([a.label, a.events_now, a.events_before, f"{a.change:+d}"], a.evidence) for a in rows]

    return [
        ("New dyads", [*dyad_header, "Strongest evidence"], dyads(result.new_dyads)),
        ("Balance shifts", [*dyad_header, "Strongest evidence"], dyads(result.balance)),
        ("Actors rising", [*actor_header, "Strongest evidence"], actors(result.rising)),
        ("Actors falling", [*actor_header, "Strongest evidence"], actors(result.falling)),
    ]


def _evidence_text(evidence: Strongest | None) -> str:
    if evidence is None:
        return ""
    where = ", ".join(str(x) for x in (evidence.outlet, evidence.date) if x)
    copies = f", {evidence.reports} reports" if evidence.reports > 1 else ""
    link = f" {evidence.url}" if _safe_url(evidence.url) else ""
    return f"“{evidence.sentence}” ({where}{copies}){link}"


def _md(value: Any) -> str:
    """A table cell: HTML escaped, and Markdown's own marks backslashed, so text stays text."""
    text = html.escape(" ".join(str(value).split()), quote=False)
    for mark in "\\`*_[]|":
        text = text.replace(mark, "\\" + mark)
    return text


def _safe_url(url: str | None) -> str | None:
    """Only http(s) URLs become links."""
    return url if url and url.split(":", 1)[0].lower() in ("http", "https") else None
