"""The pipeline's attribute ruler with its one-token rules looked up instead of matched.

spaCy's :class:`~spacy.pipeline.AttributeRuler` tries each of its patterns at every token with a
:class:`~spacy.matcher.Matcher`. Most patterns of the English pipelines (the old tag map and
morph rules) are one token whose tag, lower-case form or dependency label must be a value, or
one of a list: here those are looked up in a table by the token's values, and only the few
others (several tokens, ``REGEX``) go through a Matcher. The matches
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
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import DEP, IS_ALPHA, IS_DIGIT, IS_PUNCT, IS_SPACE, LEMMA, LOWER, NORM, ORTH, TAG
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

_FLAGS = {"IS_SPACE": IS_SPACE, "IS_PUNCT": IS_PUNCT, "IS_ALPHA": IS_ALPHA, "IS_DIGIT": IS_DIGIT}
"""Boolean token attributes a pattern may ask for, which :meth:`Doc.to_array` gives as 1 or 0."""

_Need = tuple[int, frozenset[int], "re.Pattern[str] | None"]
"""An attribute and the values (or the regular expression) some token of a document must have."""
_Condition = tuple[int, frozenset[int], bool]
"""An attribute, values, and whether the token's value must be among them (``False``: not)."""
_Table = dict[Any, list[tuple[int, tuple[_Condition, ...]]]]
"""Rule numbers and their conditions by a token's values of some attributes (one value, or a
tuple of several)."""


class IndexedAttributeRuler:
    """Apply ``ruler``'s patterns as the ruler does, one-token patterns of plain values by lookup.

    Parameters
    ----------
    ruler
        The pipeline's attribute ruler; its patterns are read once, so add none afterwards.
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        # a Matcher for each other pattern, asked only when the document has what its first token needs
        self._matchers: list[tuple[list[_Need], Matcher]] = []
        self._found: dict[tuple[str, int], bool] = {}
        """Whether a regular expression finds something in a text (by its hash): texts recur."""
        tables: dict[tuple[int, ...], _Table] = {}
        for number in range(len(ruler.attrs)):
            rule = ruler.matcher.get(str(number))
            for pattern in rule[1] if rule is not None else ():
                looked_up = _looked_up(pattern)
                if looked_up is None:
                    matcher = Matcher(ruler.vocab)
                    matcher.add(str(number), [pattern])
                    self._matchers.append((_needs(pattern[0] if pattern else {}), matcher))
                    continue
                attrs, keys, conditions = looked_up
                table = tables.setdefault(attrs, {})
                for key in keys:
                    table.setdefault(key[0] if len(key) == 1 else key, []).append((number, conditions))
        needed = {attr for attrs in tables for attr in attrs}
        needed |= {
            c[0] for table in tables.values() for rules in table.values() for _, cs in rules for c in cs
        }
        self._attrs: list[int | str] = sorted(needed)
        column = {attr: self._attrs.index(attr) for attr in needed}
        self._tables = [
            (
                [column[attr] for attr in attrs],
                {
                    key: [
                        (n, tuple((column[a], values, inside) for a, values, inside in cs)) for n, cs in rules
                    ]
                    for key, rules in table.items()
                },
            )
            for attrs, table in tables.items()
        ]
        self._ids = [get_string_id(str(number)) for number in range(len(ruler.attrs))]

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every rule matching in ``doc``, later rules over earlier ones."""
        strings = doc.vocab.strings
        values: dict[int, set[int]] = {}  # each attribute's values in doc, as asked for
        matches = [
            (int(strings[match_id]), match_id, start, end)
            for needs, matcher in self._matchers
            if all(self._met(need, doc, values) for need in needs)
            for match_id, start, end in matcher(doc, allow_missing=True)
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
                    rules = table.get(key)
                    if rules is not None:
                        matches += [
                            (number, self._ids[number], start, start + 1)
                            for number, conditions in rules
                            if all(
                                (columns[c][start] in values) == inside for c, values, inside in conditions
                            )
                        ]
        matches.sort()  # AttributeRuler.match's order: by rule, so that later rules win
        self.ruler.set_annotations(doc, matches)
        return doc

    def _met(self, need: _Need, doc: Doc, values: dict[int, set[int]]) -> bool:
        """Whether some token of ``doc`` has a value of the attribute that ``need`` allows."""
        attr, allowed, expression = need
        if attr not in values:
            values[attr] = set(doc.count_by(attr))
        if expression is None:
            return not values[attr].isdisjoint(allowed)
        strings = doc.vocab.strings
        for value in values[attr]:
            found = self._found.get((expression.pattern, value))
            if found is None:
                found = self._found[expression.pattern, value] = bool(expression.search(strings[value]))
            if found:
                return True
        return False

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        """Each of ``docs`` through :meth:`__call__`, as the ruler's own ``pipe`` does."""
        del batch_size  # one document at a time, as the ruler
        return map(self, docs)


def _looked_up(
    pattern: list[dict[str, Any]],
) -> tuple[tuple[int, ...], list[tuple[int, ...]], tuple[_Condition, ...]] | None:
    """How a table finds a one-token pattern: the ids of its attributes of plain values (a text, or
    ``IN`` a list of texts, or a flag such as ``IS_SPACE``), sorted, every tuple of values it
    matches, and the conditions on its other attributes (``NOT_IN`` a list of texts). None for
    any other pattern (several tokens, no plain value, ``REGEX``), which a Matcher must read.

    >>> attrs, keys, conditions = _looked_up([{"TAG": "NN", "LOWER": {"IN": ["us", "we"]}}])
    >>> us, we, noun = (get_string_id(text) for text in ("us", "we", "NN"))
    >>> attrs == (LOWER, TAG), sorted(keys) == sorted([(us, noun), (we, noun)]), conditions
    (True, True, ())
    >>> space = _looked_up([{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}])
    >>> space == ((IS_SPACE,), [(1,)], ((DEP, {0}, False),))
    True
    >>> _looked_up([{"TAG": "NN"}, {"LOWER": "us"}]), _looked_up([{"DEP": {"NOT_IN": [""]}}])
    (None, None)
    """
    if len(pattern) != 1:
        return None
    values: dict[int, set[int]] = {}
    conditions: list[_Condition] = []
    for name, value in pattern[0].items():
        texts = _texts(value)
        if name in _LOOKED_UP and texts is not None and _LOOKED_UP[name] not in values:
            values[_LOOKED_UP[name]] = {get_string_id(text) for text in texts}
        elif name in _LOOKED_UP and isinstance(value, dict) and set(value) == {"NOT_IN"}:
            excluded = value["NOT_IN"]
            if not isinstance(excluded, list) or not all(isinstance(text, str) for text in excluded):
                return None
            conditions.append((_LOOKED_UP[name], frozenset(get_string_id(text) for text in excluded), False))
        elif name in _FLAGS and isinstance(value, bool) and _FLAGS[name] not in values:
            values[_FLAGS[name]] = {int(value)}
        else:
            return None  # "ORTH" and "TEXT" both, too: left to the Matcher
    if not values or len({attr for attr, _, _ in conditions} | set(values)) != len(values) + len(conditions):
        return None  # nothing to look up by, or one attribute twice
    attrs = tuple(sorted(values))
    return attrs, list(itertools.product(*(sorted(values[attr]) for attr in attrs))), tuple(conditions)


def _needs(spec: dict[str, Any]) -> list[_Need]:
    """What a document must have for a pattern whose first token is ``spec`` to match: for each
    attribute of plain texts or a regular expression, a token with such a value. Other
    attributes are not asked about, so a document may have all this and no match.

    >>> _needs({"LOWER": "gon"}) == [(LOWER, {get_string_id("gon")}, None)]
    True
    >>> _needs({"LOWER": {"REGEX": "^y'?$"}})[0][2].pattern, _needs({"IS_SPACE": True})
    ("^y'?$", [])
    """
    needs: list[_Need] = []
    for name, value in spec.items():
        if name not in _LOOKED_UP:
            continue
        texts = _texts(value)
        if texts is not None:
            needs.append((_LOOKED_UP[name], frozenset(get_string_id(text) for text in texts), None))
        elif isinstance(value, dict) and set(value) == {"REGEX"} and isinstance(value["REGEX"], str):
            needs.append((_LOOKED_UP[name], frozenset(), re.compile(value["REGEX"])))
    return needs


def _texts(value: Any) -> list[str] | None:
    """The texts an attribute's value in a pattern allows, when it is a text or ``{"IN": [texts]}``.

    An empty text is left to the Matcher: it is what a token has when the attribute is missing.
    """
    texts = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else [value]
    if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t for t in texts):
        return None
    return texts
