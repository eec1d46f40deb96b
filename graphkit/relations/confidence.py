"""How much a relation is to be trusted, from the rule that found it and what the text asserts.

Examples
--------
>>> confidence("verb", "asserted", "name", "name")
0.85
>>> confidence("verb", "hedged", "pronoun", "name")
0.614
"""

from __future__ import annotations

__all__ = ["confidence"]

_RULE_CONFIDENCE = {
    "verb": 0.85,
    "verb-passive": 0.8,
    "verb-reciprocal": 0.75,
    "co-agents": 0.6,
    "at-the-hands": 0.7,
    "noun-supported": 0.65,
    "noun-between": 0.85,
    "noun-pair": 0.75,
    "noun": 0.75,
    "noun-governed": 0.6,
}
_MODALITY_FACTOR = {"asserted": 1.0, "hedged": 0.85, "speculative": 0.75, "negated": 0.9}
# A side reached through coreference ("it", "the two nations", "this group") may be the wrong actor.
_INDIRECT_KINDS = frozenset({"pronoun", "pair", "anaphor"})
_INDIRECT_FACTOR = 0.85
# A name the catalogue does not know may be no actor at all.
_UNKNOWN_FACTOR = 0.9


def confidence(rule: str, modality: str, source_kind: str, target_kind: str) -> float:
    """The confidence of a relation, rounded to three places.

    Parameters
    ----------
    rule
        The rule that found the relation (``Relation.rule``).
    modality
        ``asserted``, ``hedged``, ``speculative`` or ``negated``.
    source_kind, target_kind
        The kind of each side's mention (its span's ``kb_id_``): ``pronoun``, ``pair`` and
        ``anaphor`` are reached through coreference, ``unknown`` is a name not in the catalogue.

    Raises
    ------
    KeyError
        When ``rule`` or ``modality`` is not one of the known ones.

    Examples
    --------
    >>> confidence("noun-between", "negated", "name", "unknown")
    0.689
    """
    value = _RULE_CONFIDENCE.get(rule, 0.6) * _MODALITY_FACTOR[modality]
    for kind in (source_kind, target_kind):
        if kind in _INDIRECT_KINDS:
            value *= _INDIRECT_FACTOR
        if kind == "unknown":
            value *= _UNKNOWN_FACTOR
    return round(value, 3)
