"""The kind of an actor span: how its mention named the actor (a :data:`~graphkit.models.MentionKind`).

spaCy keeps the kind in each actor span's ``kb_id_``, a plain string; these two functions are
the only places that write or read it, so a misspelt kind fails at once (and under mypy).

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Moscow", "said", "it", "agreed"])
>>> kind_of(actor_span(doc, 2, 3, "RUS", "pronoun"))
'pronoun'
"""

from __future__ import annotations

from typing import cast, get_args

from spacy.tokens import Doc, Span

from graphkit.models import MentionKind

__all__ = ["actor_span", "kind_of"]

_KINDS = frozenset(get_args(MentionKind))


def actor_span(doc: Doc, start: int, end: int, actor_id: str, kind: MentionKind) -> Span:
    """The span ``doc[start:end]`` naming ``actor_id`` (its ``label_``) in the way ``kind`` says."""
    return Span(doc, start, end, label=actor_id, kb_id=kind)


def kind_of(span: Span) -> MentionKind:
    """The kind of an actor span.

    Raises
    ------
    ValueError
        When the span was not made by :func:`actor_span` (its ``kb_id_`` is no kind).
    """
    kind = span.kb_id_
    if kind not in _KINDS:
        raise ValueError(f"span {span.text!r}: expected a mention kind in kb_id_, got {kind!r}")
    return cast(MentionKind, kind)
