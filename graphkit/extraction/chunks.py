"""Long texts in chunks: cut at paragraph, then sentence, then whitespace boundaries.

spaCy refuses texts over its ``max_length`` and its memory grows with the length of a
:class:`~spacy.tokens.Doc`, so a long document is read as consecutive chunks of at most
``limit`` characters, each extracted alone, and what each chunk yields is moved back to
offsets of the whole text. The chunks cover the text exactly, in order, with nothing left
out and nothing read twice. Ordinary news articles are far shorter than a chunk and go
through whole.

Examples
--------
>>> text = "Iran met Iraq. Talks went on.\\n\\nRussia replied at length."
>>> [text[start:end] for start, end in chunk_bounds(text, 40)]
['Iran met Iraq. Talks went on.\\n\\n', 'Russia replied at length.']
>>> line = "Iran met Iraq. They talked."
>>> [line[start:end] for start, end in chunk_bounds(line, 20)]
['Iran met Iraq. ', 'They talked.']
"""

from __future__ import annotations

import re
from typing import TypeVar

from graphkit.models import Document, Relation
from graphkit.models import Span as TextSpan

__all__ = ["CHUNK_CHARS", "chunk_bounds", "chunk_of", "shifted", "shifted_relation"]

CHUNK_CHARS = 50_000
"""Longest text extracted in one piece: about 8,000 words, longer than nearly every news article."""

_PARAGRAPH = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_SENTENCE = re.compile(r"[.!?。！？…][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")


def chunk_bounds(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of each chunk of ``text``, none longer than ``limit`` characters.

    Each chunk ends after the last paragraph break that fits, else after the last sentence
    end, else after the last run of white space, else (one enormous token) at ``limit``.

    >>> chunk_bounds("x" * 25, 10)
    [(0, 10), (10, 20), (20, 25)]
    >>> chunk_bounds("", 10)
    [(0, 0)]
    """
    if limit < 1:
        raise ValueError(f"chunk limit must be at least 1 character, got {limit}")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def _cut(text: str, start: int, stop: int) -> int:
    """Where the chunk that begins at ``start`` ends, at most at ``stop``."""
    for boundary in (_PARAGRAPH, _SENTENCE, _SPACE):
        end = None
        for match in boundary.finditer(text, start, stop):
            end = match.end()
        if end is not None and end > start:
            return end
    return stop


def chunk_of(document: Document, start: int, end: int) -> Document:
    """The part ``[start, end)`` of ``document`` as a document of its own (same id and metadata)."""
    return document.model_copy(update={"text": document.text[start:end]})


_S = TypeVar("_S", bound=TextSpan)


def shifted(span: _S, offset: int) -> _S:
    """``span`` of a chunk that starts at ``offset``, as a span of the whole text.

    >>> shifted(TextSpan(start=2, end=6, text="Iran"), 100)
    Span(start=102, end=106, text='Iran')
    """
    return span.model_copy(update={"start": span.start + offset, "end": span.end + offset})


def shifted_relation(relation: Relation, offset: int) -> Relation:
    """``relation`` found in a chunk that starts at ``offset``, with offsets into the whole text."""
    return relation.model_copy(
        update={
            name: shifted(getattr(relation, name), offset)
            for name in ("sentence", "source", "target", "trigger")
        }
    )
