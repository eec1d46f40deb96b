"""How much a relation is to be trusted, from the rule that found it and what the text asserts.

A relation's confidence estimates the chance that it is right:

    confidence = rule precision × modality factor × indirect-mention factors

* the **rule precision** and the **modality factor** are measured on development gold by
  ``scripts/calibrate_confidence.py`` and read from ``graphkit/data/confidence.yaml``
  (:class:`ConfidenceTable`; how they are estimated: :mod:`graphkit.evaluate.calibration`
  and ``docs/evaluation.md``). A rule the file does not name gets its family's rate
  (:func:`family_of`), else the overall rate; a modality it does not name, factor 1;
* a side reached through coreference ("it", "the two nations") may be the wrong actor
  (× 0.85 each), a name the catalogue does not know may be no actor at all (× 0.9 each).

Examples
--------
>>> table = ConfidenceTable(overall=0.6, families={"verb": 0.7}, rules={"verb": 0.8},
...                         modalities={"hedged": 0.5})
>>> confidence("verb", "asserted", "name", "name", table=table)
0.8
>>> confidence("verb-passive", "hedged", "pronoun", "name", table=table)
0.297
>>> 0.0 < confidence("verb", "asserted", "name", "name") <= 1.0
True
"""

from __future__ import annotations

import functools
from importlib import resources

from pydantic import BaseModel, ConfigDict, field_validator

from graphkit.io import load_yaml
from graphkit.models import MentionKind

__all__ = ["CONFIDENCE_FILE", "ConfidenceTable", "confidence", "default_table", "family_of"]

CONFIDENCE_FILE = "confidence.yaml"
"""Name of the calibrated table in ``graphkit/data``."""

# A side reached through coreference ("it", "the two nations", "this group") may be the wrong actor.
_INDIRECT_KINDS: frozenset[MentionKind] = frozenset({"pronoun", "pair", "anaphor"})
_INDIRECT_FACTOR = 0.85
# A name the catalogue does not know may be no actor at all.
_UNKNOWN_FACTOR = 0.9
# Rule names whose first part is a word class ("verb-passive", "noun-between") group by it;
# others ("co-agents", "at-the-hands") are a family of their own.
_WORD_CLASSES = frozenset({"verb", "noun", "adjective", "pattern"})


def family_of(rule: str) -> str:
    """The family a rule's precision is shrunk toward: the rule name's first part.

    >>> family_of("verb-passive"), family_of("noun"), family_of("co-agents"), family_of("verb:195")
    ('verb', 'noun', 'co-agents', 'verb')
    """
    head = rule.split(":", 1)[0]
    first = head.split("-", 1)[0]
    return first if first in _WORD_CLASSES else head


class ConfidenceTable(BaseModel):
    """Calibrated precisions: overall, per family and per rule, and a factor per modality.

    Only the figures are read here; the counts behind them, in the same file, are for people.
    """

    model_config = ConfigDict(frozen=True)

    overall: float
    families: dict[str, float] = {}
    rules: dict[str, float] = {}
    modalities: dict[str, float] = {}

    @field_validator("families", "rules", "modalities", mode="before")
    @classmethod
    def _figures(cls, value: object) -> object:
        """Entries may be plain numbers or mappings with the figure under ``precision``/``factor``."""
        if not isinstance(value, dict):
            return value
        return {
            name: entry.get("precision", entry.get("factor")) if isinstance(entry, dict) else entry
            for name, entry in value.items()
        }

    @field_validator("overall", mode="before")
    @classmethod
    def _overall(cls, value: object) -> object:
        return value.get("precision") if isinstance(value, dict) else value

    def rule_precision(self, rule: str) -> float:
        """The rule's calibrated precision, else its family's rate, else the overall rate.

        >>> ConfidenceTable(overall=0.5, families={"noun": 0.6}).rule_precision("noun-new")
        0.6
        """
        if rule in self.rules:
            return self.rules[rule]
        return self.families.get(family_of(rule), self.overall)

    def modality_factor(self, modality: str) -> float:
        """The modality's calibrated factor; 1 for a modality never measured."""
        return self.modalities.get(modality, 1.0)

    @classmethod
    def from_yaml(cls, text: str) -> ConfidenceTable:
        """The table written by ``scripts/calibrate_confidence.py``.

        >>> ConfidenceTable.from_yaml("overall: {precision: 0.6}\\nrules: {verb: {precision: 0.7}}").rules
        {'verb': 0.7}
        """
        return cls.model_validate(load_yaml(text))


@functools.cache
def default_table() -> ConfidenceTable:
    """The table shipped in ``graphkit/data``, read once per process."""
    text = (resources.files("graphkit") / "data" / CONFIDENCE_FILE).read_text(encoding="utf-8")
    return ConfidenceTable.from_yaml(text)


def confidence(
    rule: str,
    modality: str,
    source_kind: MentionKind,
    target_kind: MentionKind,
    *,
    table: ConfidenceTable | None = None,
) -> float:
    """The confidence of a relation, rounded to three places.

    Parameters
    ----------
    rule
        The rule that found the relation (``Relation.rule``).
    modality
        ``asserted``, ``hedged``, ``speculative`` or ``negated``.
    source_kind, target_kind
        The kind of each side's mention: ``pronoun``, ``pair`` and
        ``anaphor`` are reached through coreference, ``unknown`` is a name not in the catalogue.
    table
        The calibrated figures; :func:`default_table` when not given.

    Examples
    --------
    >>> table = ConfidenceTable(overall=0.6)
    >>> confidence("noun-between", "negated", "name", "unknown", table=table)
    0.54
    """
    table = table or default_table()
    value = table.rule_precision(rule) * table.modality_factor(modality)
    for kind in (source_kind, target_kind):
        if kind in _INDIRECT_KINDS:
            value *= _INDIRECT_FACTOR
        if kind == "unknown":
            value *= _UNKNOWN_FACTOR
    # a factor above 1 (a modality right more often than its rules) must not leave [0, 1]
    return round(min(max(value, 0.0), 1.0), 3)
