"""Document metadata from front matter, JSON objects and HTML pages, checked field by field.

>>> meta, problems = clean_metadata({"title": "Talks", "date": "3 March 2024", "tags": ["x"]})
>>> meta, problems
({'title': 'Talks', 'date': datetime.date(2024, 3, 3)}, [])
>>> clean_metadata({"date": "sometime soon", "url": 42})[1]
["field 'date': cannot parse 'sometime soon' as a date", "field 'url': expected a string, got int"]
>>> split_front_matter("---\\ntitle: T\\n---\\nBody.\\n")
('title: T', 'Body.\\n')
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import dateparser

__all__ = ["METADATA_FIELDS", "clean_metadata", "parse_date", "split_front_matter"]

METADATA_FIELDS = ("title", "date", "url", "source")
"""Optional document fields read from front matter and JSONL (plus ``id``)."""

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:(.*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)

# Absolute dates only: "yesterday" or "March 3" would silently depend on the day of the run.
_DATE_SETTINGS: Any = {
    "PARSERS": ["custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["year"],
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
}

_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:[T ]|\Z)")

_MAX_DATE_CHARS = 100
"""Longer "dates" are prose, not dates: refused without asking dateparser."""


def split_front_matter(text: str) -> tuple[str | None, str]:
    """``(front matter, body)``: the YAML between ``---`` lines at the start, and the rest verbatim.

    A file without front matter gives ``(None, text)``.
    """
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    return match.group(1) or "", text[match.end() :]


def parse_date(value: object) -> dt.date | None:
    """A date from a YAML/JSON value: a date, an ISO string or any absolute date dateparser reads.

    >>> parse_date("2025-03-01"), parse_date("Mon, 03 Mar 2025 10:00:00 GMT"), parse_date("soon")
    (datetime.date(2025, 3, 1), datetime.date(2025, 3, 3), None)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > _MAX_DATE_CHARS:
        return None
    text = value.strip()
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            return None  # an ISO shape with an impossible day: dateparser would only guess
    parsed = dateparser.parse(text, languages=["en"], settings=_DATE_SETTINGS)
    return parsed.date() if parsed else None


def clean_metadata(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The usable optional fields of ``raw`` and one message per field that was dropped."""
    meta: dict[str, Any] = {}
    problems: list[str] = []
    for name in METADATA_FIELDS:
        value = raw.get(name)
        if value is None or value == "":
            continue
        if name == "date":
            day = parse_date(value)
            if day is None:
                problems.append(f"field 'date': cannot parse {_show(value)} as a date")
            else:
                meta[name] = day
        elif isinstance(value, str):
            meta[name] = value.strip()
        else:
            problems.append(f"field {name!r}: expected a string, got {type(value).__name__}")
    return meta, problems


def _show(value: object) -> str:
    """A short view of a value for a message; of a list or mapping only its type.

    YAML aliases can make a small file stand for a structure of billions of items
    ("billion laughs"), whose ``repr`` would never end.

    >>> _show("sometime soon"), _show(["a"] * 3), _show(20250301)
    ("'sometime soon'", 'a list', '20250301')
    """
    if not isinstance(value, str | int | float | bool):
        return f"a {type(value).__name__}"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
