"""A state named only as the side of a border where something happens.

"Seized a town *near the Ugandan border*", "shelled villages *along the border with Syria*": a
writer names a border after the state across it, and the place may lie on either side, so the
state is no one an act there hits, nor the owner of troops posted there. "Closed its border *with
Syria*" acts on the border itself and names Syria.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphkit.actors.agents import first_conjunct

__all__ = ["BORDER_HEADS", "names_a_border"]

BORDER_HEADS = frozenset({"border", "frontier", "boundary"})
_BESIDE_PREPS = frozenset({"near", "along", "at", "on", "by", "beside", "to"})
"""Prepositions that place something at a border ("a town *near* the border")."""


def names_a_border(span: Span) -> bool:
    """Whether an actor is named only as the side of a border where something happens: "near the
    *Ugandan* border", "along its border with *Syria*" (where the parser may hang "with" on the
    verb). "Closed its border with *Syria*" acts on the border itself and names Syria.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["near", "the", "Malian", "border"], heads=[0, 3, 3, 0],
    ...           deps=["ROOT", "det", "amod", "pobj"])
    >>> names_a_border(doc[2:3]), names_a_border(doc[3:4])
    (True, False)
    """
    token = first_conjunct(span.root)
    if token.dep_ == "pobj" and token.head.lower_ == "with":
        preposition = token.head
        border = preposition.nbor(-1) if preposition.i > 0 else preposition.head
    elif token.dep_ in {"amod", "compound", "nmod", "poss"}:
        border = token.head
    else:
        return False
    return (
        bool({border.lemma_.lower(), border.lower_} & BORDER_HEADS)
        and border.dep_ == "pobj"
        and border.head.lower_ in _BESIDE_PREPS
    )
