"""The pipeline's attribute ruler with its one-token rules looked up instead of matched.

spaCy's :class:`~spacy.pipeline.AttributeRuler` tries each of its patterns at every token with a
:class:`~spacy.matcher.Matcher`. Most patterns of the English pipelines (the old tag map and
morph rules) are one token whose tag, lower-case form or dependency label must be a value, or
one of a list: here those are looked up in a table by the token's values, and only the few
others (several tokens, ``NOT_IN``, ``REGEX``, ``IS_SPACE``) go through a Matcher. The matches
of both are sorted as the ruler sorts its own and applied by the ruler itself, so every token
gets the same attributes, at a third of the cost (the ruler is a tenth of the gated pipeline's
time otherwise).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = nlp.add_pipe("attribute_ruler")
>>> ruler.add([[{"LOWER": "who"}]], {"POS": "PRON"})
>>> ruler.add([[{"LOWER": "who"}, {"LOWER": "else"}]], {"LEMMA": "WHO"})
>>> doc = IndexedAttributeRuler(ruler)(nlp.make_doc("Who else?"))
>>> [(token.pos_, token.lemma_) for token in doc]
[('PRON', 'WHO'), ('', ''), ('', '')]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, LEMMA, LOWER, NORM, ORTH, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

__all__ = ["IndexedAttributeRuler"]

_LOOKED_UP = {
    "TAG": TAG,
    "LOWER": LOWER,
    "ORTH": ORTH,
    "TEXT": ORTH,
    "DEP": DEP,
    "NORM": NORM,
    "LEMMA": LEMMA,
}
"""Token attributes whose value is a string's hash, as :meth:`Doc.to_array` gives them."""

_Table = dict[Any, list[int]]
"""Rule numbers by a token's values of some attributes (one value, or a tuple of several)."""


class IndexedAttributeRuler:
    """Apply ``ruler``'s patterns as the ruler does, one-token patterns of plain values by lookup.

    Parameters
    ----------
    ruler
        The pipeline's attribute ruler; its patterns are read once, so add none afterwards.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self._matcher = Matcher(ruler.vocab)
        tables: dict[tuple[int, ...], _Table] = {}
        for number in range(len(ruler.attrs)):
            rule = ruler.matcher.get(str(number))
            for pattern in rule[1] if rule is not None else ():
                looked_up = _looked_up(pattern)
                if looked_up is None:
                    self._matcher.add(str(number), [pattern])
                    continue
                attrs, keys = looked_up
                table = tables.setdefault(attrs, {})
                for key in keys:
                    table.setdefault(key[0] if len(key) == 1 else key, []).append(number)
        self._attrs: list[int | str] = sorted({attr for attrs in tables for attr in attrs})
        self._tables = [
            ([self._attrs.index(attr) for attr in attrs], table) for attrs, table in tables.items()
        ]
        self._ids = [get_string_id(str(number)) for number in range(len(ruler.attrs))]

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every rule matching in ``doc``, later rules over earlier ones."""
        strings = doc.vocab.strings
        matches = [
            (int(strings[match_id]), match_id, start, end)
            for match_id, start, end in self._matcher(doc, allow_missing=True)
        ]
        if self._attrs and len(doc):
            # one column per attribute (a single attribute's array comes back flat)
            columns = doc.to_array(self._attrs).reshape(len(doc), len(self._attrs)).T.tolist()
            for positions, table in self._tables:
                keys: Iterable[Any] = (
                    columns[positions[0]]
                    if len(positions) == 1
                    else zip(*(columns[p] for p in positions), strict=True)
                )
                for start, key in enumerate(keys):
                    numbers = table.get(key)
                    if numbers is not None:
                        matches += [(number, self._ids[number], start, start + 1) for number in numbers]
        matches.sort()  # AttributeRuler.match's order: by rule, so that later rules win
        self.ruler.set_annotations(doc, matches)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        """Each of ``docs`` through :meth:`__call__`, as the ruler's own ``pipe`` does."""
        del batch_size  # one document at a time, as the ruler
        return map(self, docs)


def _looked_up(pattern: list[dict[str, Any]]) -> tuple[tuple[int, ...], list[tuple[int, ...]]] | None:
    """The attribute ids of a one-token pattern of plain values (a text, or ``IN`` a list of texts),
    sorted, and every tuple of value hashes it matches; None for any other pattern, which a Matcher
    must read.

    >>> attrs, keys = _looked_up([{"TAG": "NN", "LOWER": {"IN": ["us", "we"]}}])
    >>> us, we, noun = (get_string_id(text) for text in ("us", "we", "NN"))
    >>> attrs == (LOWER, TAG), sorted(keys) == sorted([(us, noun), (we, noun)])
    (True, True)
    >>> _looked_up([{"TAG": "NN"}, {"LOWER": "us"}]), _looked_up([{"DEP": {"NOT_IN": [""]}}])
    (None, None)
    """
    if len(pattern) != 1 or not pattern[0]:
        return None
    values: dict[int, set[int]] = {}
    for name, value in pattern[0].items():
        texts = _texts(value)
        if name not in _LOOKED_UP or texts is None or _LOOKED_UP[name] in values:
            return None  # "ORTH" and "TEXT" both: left to the Matcher as well
        values[_LOOKED_UP[name]] = {get_string_id(text) for text in texts}
    attrs = tuple(sorted(values))
    return attrs, list(itertools.product(*(sorted(values[attr]) for attr in attrs)))


def _texts(value: Any) -> list[str] | None:
    """The texts an attribute's value in a pattern allows, when it is a text or ``{"IN": [texts]}``.

    An empty text is left to the Matcher: it is what a token has when the attribute is missing.
    """
    texts = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else [value]
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t for t in texts):
        return None
    return texts
