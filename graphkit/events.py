"""Events, not reports: group the sentences that report one event into one event with its reports.

When five outlets carry one agency story, an edge holds five sentences but one event. Two
pieces of evidence of one edge (one dyad, one relation type) report the same event when

- their CAMEO codes share a root (the first two digits: ``190`` and ``195`` are both "use
  conventional military force"),
- their documents are dated at most :data:`WINDOW_DAYS` apart (two undated ones count as
  close; a dated and an undated one do not),
- they do not name different actors or facts: if each sentence names an actor by a word,
  or a place, person or number (a capitalised word or a digit), that the other does not,
  they are two events ("struck Kyiv" and "struck Odesa" on the same day), and
- their sentences are near-duplicates, or tell the same fact: the token-set similarity of
  :mod:`rapidfuzz` reaches :data:`SIMILAR`, or reaches :data:`SAME_FACT` with a fact shared
  beyond the actors' own words.

Reports are joined transitively (single link), sorted by date, and the event takes the id
:func:`event_id` gives its earliest report. A report whose sentence is, once spacing, case
and punctuation are set aside, the same as an earlier report's from another document is
marked ``verbatim`` (a syndicated copy).

The functions here are pure: they read and return plain evidence dicts (the fields of
:class:`~graphkit.models.Evidence`) and know nothing of graphs, so a column-wise path can
call them on its own rows.

Examples
--------
>>> reports = [
...     {"doc_id": "a", "start": 0, "end": 40, "date": "2024-03-01", "cameo": "190", "outlet": "Wire",
...      "sentence": "Russia struck Kyiv with 40 drones overnight.",
...      "source_text": "Russia", "target_text": "Kyiv"},
...     {"doc_id": "b", "start": 5, "end": 45, "date": "2024-03-02", "cameo": "195", "outlet": "Daily",
...      "sentence": "Russia struck Kyiv with 40 drones overnight.",
...      "source_text": "Russia", "target_text": "Kyiv"},
... ]
>>> grouped = group_events(reports, relation="attack")
>>> [e["event_id"] == grouped[0]["event_id"] for e in grouped], [e["verbatim"] for e in grouped]
([True, True], [False, True])
>>> count_events(grouped)
1
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rapidfuzz import fuzz

from graphkit.relations.words import WORDS

__all__ = [
    "SAME_FACT",
    "SIMILAR",
    "WINDOW_DAYS",
    "count_events",
    "event_id",
    "facts",
    "group_events",
    "normalise",
    "same_event",
]

WINDOW_DAYS = 2
"""Reports of one event are published at most this many days apart."""
SIMILAR = 85.0
"""Token-set similarity (0–100) above which two sentences are near-duplicates."""
SAME_FACT = 55.0
"""Token-set similarity enough for two sentences that share a named fact."""

_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_PUNCT = re.compile(r"[^\w\s]+")


def normalise(sentence: str) -> str:
    """The sentence as a copy would match it: case, punctuation and spacing set aside.

    >>> normalise("  Iran  SENT drones—to Russia! ")
    'iran sent drones to russia'
    """
    return " ".join(_PUNCT.sub(" ", sentence.casefold()).split())


def facts(item: Mapping[str, Any]) -> frozenset[str]:
    """The named facts of a report's sentence: its capitalised words and numbers, case-folded.

    The sentence's first word is left out (capitalised for grammar only), and so are the names
    of days and months (a report's date is compared on its own).

    >>> sorted(facts({"sentence": "Russia struck Kyiv and Lviv with 40 drones on Monday."}))
    ['40', 'kyiv', 'lviv']
    """
    found = set()
    for word in _WORD.findall(str(item.get("sentence") or ""))[1:]:
        folded = word.casefold()
        if (word[0].isupper() or word[0].isdigit()) and folded not in WORDS.calendar:
            found.add(folded)
    return frozenset(found)


def same_event(a: Mapping[str, Any], b: Mapping[str, Any], *, window: int = WINDOW_DAYS) -> bool:
    """Whether two reports of one edge tell of one event.

    They must share a CAMEO root and be published within ``window`` days. Then each naming an
    actor by a word absent from the other ("Kyiv" struck against "Kharkiv" struck), or each
    naming a fact the other does not ("via Baku", "via Astrakhan"), makes them two events
    (Tehran for Iran splits too: a missed merge counts reports, as before); otherwise
    they are one when their sentences are near-duplicates (token-set similarity at least
    :data:`SIMILAR`) or tell the same fact (at least :data:`SAME_FACT`, and a fact other
    than the actors' own words in common: "200", "Shahed").

    >>> kyiv = {"sentence": "Russia struck Kyiv overnight.", "date": "2024-03-01", "cameo": "190",
    ...         "source_text": "Russia", "target_text": "Kyiv"}
    >>> odesa = {**kyiv, "sentence": "Russia struck Odesa overnight.", "target_text": "Odesa"}
    >>> same_event(kyiv, {**kyiv, "date": "2024-03-03"}), same_event(kyiv, odesa)
    (True, False)
    """
    if _root(a) != _root(b) or not _close(a.get("date"), b.get("date"), window):
        return False
    names_a, names_b = _actor_words(a), _actor_words(b)
    words_a, words_b = _words(a.get("sentence")), _words(b.get("sentence"))
    if names_a - words_b and names_b - words_a:
        return False  # each names an actor by a word the other lacks: "Kyiv" struck, "Odesa" struck
    actors = names_a | names_b
    facts_a, facts_b = facts(a) - actors, facts(b) - actors
    if facts_a - facts_b and facts_b - facts_a:
        return False
    text_a, text_b = normalise(str(a.get("sentence") or "")), normalise(str(b.get("sentence") or ""))
    score = fuzz.token_set_ratio(text_a, text_b)
    return score >= SIMILAR or (score >= SAME_FACT and bool(facts_a & facts_b))


def event_id(relation: str, first: Mapping[str, Any]) -> str:
    """The id of the event whose earliest report is ``first``, on an edge of type ``relation``.

    It is stable across builds: it hashes the relation, the CAMEO root, the document and
    the sentence's offsets and actor words of that report (a sentence can hold several dyads).

    >>> event_id("attack", {"doc_id": "a", "start": 0, "end": 9, "cameo": "190",
    ...                     "source_text": "Russia", "target_text": "Kyiv"})
    'ev-d70ff27145cd'
    """
    parts = [relation, _root(first), *(str(first.get(k)) for k in ("doc_id", "start", "end"))]
    parts += [str(first.get("source_text")), str(first.get("target_text"))]
    return "ev-" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def group_events(
    evidence: Sequence[Mapping[str, Any]], *, relation: str, window: int = WINDOW_DAYS
) -> list[dict[str, Any]]:
    """Copies of one edge's ``evidence``, each with its ``event_id`` and ``verbatim`` flag.

    Parameters
    ----------
    evidence
        The reports of one edge (one dyad, one relation type), as evidence dicts.
    relation
        The edge's relation type, part of each event's id.
    window
        Days apart that reports of one event may be published.

    Returns
    -------
    list of dict
        In the order given, each with ``event_id`` (str) and ``verbatim`` (bool) set.
    """
    order = sorted(range(len(evidence)), key=lambda i: (_day(evidence[i].get("date")) or dt.date.max, i))
    parent = list(range(len(evidence)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for pos, i in enumerate(order):
        day = _day(evidence[i].get("date"))
        for j in order[pos + 1 :]:
            later = _day(evidence[j].get("date"))
            if day is not None and later is not None and (later - day).days > window:
                break  # sorted by date: no later report can be close
            if find(i) != find(j) and same_event(evidence[i], evidence[j], window=window):
                parent[find(j)] = find(i)
    first: dict[int, int] = {}
    for i in order:
        first.setdefault(find(i), i)
    seen: dict[tuple[int, str], str] = {}
    out = [dict(item) for item in evidence]
    for i in order:
        root = find(i)
        out[i]["event_id"] = event_id(relation, evidence[first[root]])
        text = normalise(str(evidence[i].get("sentence") or ""))
        earlier = seen.setdefault((root, text), str(evidence[i].get("doc_id")))
        out[i]["verbatim"] = earlier != str(evidence[i].get("doc_id"))
    return out


def count_events(evidence: Iterable[Mapping[str, Any]]) -> int:
    """How many events the evidence reports: distinct ``event_id`` values (a report without one is one).

    >>> count_events([{"event_id": "ev-1"}, {"event_id": "ev-1"}, {"event_id": "ev-2"}, {}])
    3
    """
    ids = set()
    loose = 0
    for item in evidence:
        if item.get("event_id"):
            ids.add(item["event_id"])
        else:
            loose += 1
    return len(ids) + loose


def _words(text: Any) -> set[str]:
    return {w.casefold() for w in _WORD.findall(str(text or ""))}


def _actor_words(item: Mapping[str, Any]) -> set[str]:
    return _words(item.get("source_text")) | _words(item.get("target_text"))


def _root(item: Mapping[str, Any]) -> str:
    return str(item.get("cameo") or "")[:2]


def _day(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _close(a: Any, b: Any, window: int) -> bool:
    day_a, day_b = _day(a), _day(b)
    if day_a is None or day_b is None:
        return day_a is None and day_b is None
    return abs((day_a - day_b).days) <= window
