"""Actors named by a common noun: "the regime", "the international community", "civilians".

Government statements and news name many parties by role or kind rather than by name. A noun
phrase headed by an actor noun becomes a *generic* actor of its own, labelled by the phrase
("international community", "terrorist group"), with the CAMEO sector of its head as code
(``CVL`` for civilians, ``MIL`` for forces) and no country. Phrases that name a country
("Iraqi security forces") are agents of that state and handled by the matcher; armed actors
the text does not name ("gunmen", "armed men") are one unidentified armed group, ``UAF``
(:mod:`graphkit.actors.agents`), found before the generic phrases.

>>> generic_label(["the", "international", "community"])
'international community'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from spacy.tokens import Doc, Span, Token

from graphkit.actors.ids import slug
from graphkit.models import GENERIC_PREFIX, Actor

__all__ = ["ACTOR_NOUNS", "generic_label", "generic_mentions", "is_actor_noun", "noun_key"]

ACTOR_NOUNS: Mapping[str, str] = {
    # people acted upon or acting as a body
    "people": "CVL", "civilian": "CVL", "citizen": "CVL", "resident": "CVL", "family": "CVL",
    "child": "CVL", "woman": "CVL", "victim": "CVL", "villager": "CVL", "population": "CVL",
    "refugee": "REF", "community": "CVL", "worker": "CVL", "mourner": "CVL", "hostage": "CVL",
    # states and their bodies
    "regime": "GOV", "government": "GOV", "minister": "GOV", "secretary": "GOV", "official": "GOV",
    "leader": "GOV", "president": "GOV", "ministry": "GOV", "administration": "GOV",
    "spokesman": "GOV", "spokesperson": "GOV", "spokeswoman": "GOV", "delegation": "GOV",
    "ambassador": "GOV", "embassy": "GOV", "diplomat": "GOV", "authority": "GOV", "envoy": "GOV",
    "state": "GOV", "country": "GOV", "nation": "GOV", "partner": "GOV", "ally": "GOV",
    "parliament": "LEG", "lawmaker": "LEG", "party": "PTY", "opposition": "OPP",
    "force": "MIL", "troop": "MIL", "army": "MIL", "navy": "MIL", "military": "MIL",
    "soldier": "MIL", "coalition": "MIL", "police": "COP",
    # armed groups
    "terrorist": "UAF", "militant": "UAF", "fighter": "UAF", "militia": "UAF", "extremist": "UAF",
    "insurgent": "REB", "rebel": "REB", "jihadist": "UAF", "group": "UAF", "organisation": "UAF",
    "organization": "UAF", "perpetrator": "UAF", "attacker": "UAF", "gunman": "UAF",
    "member": "", "player": "", "backer": "", "supporter": "", "guarantor": "",
}  # fmt: skip
"""Head lemmas of noun phrases that name an actor, with their CAMEO sector code."""

# Heads that name an actor only with a qualifier or a definite article: "use of force" is no
# actor, "the group" and "armed groups" are.
_NEEDS_QUALIFIER = {"force", "group", "organisation", "organization", "state", "party", "community",
                    "authority", "member", "player", "country", "nation", "government",
                    "population"}  # fmt: skip
_ACTING_BODIES = {"coalition", "army", "police", "militia", "navy", "opposition", "rebel"}
"""Bodies that act in the modifier of an event or effort: "coalition airstrikes", "army offensive"
("regime change" and "military operations" name no one)."""
_DROP = {"DET", "PRON", "NUM", "PUNCT", "CCONJ", "ADP"}
_QUANTITY_DEPS = {"advmod", "quantmod", "nummod", "predet"}


def generic_mentions(doc: Doc, taken: set[int]) -> Iterator[tuple[Span, Actor]]:
    """Generic actor phrases of a parsed ``doc`` whose tokens are not in ``taken``."""
    for token in doc:
        code = ACTOR_NOUNS.get(noun_key(token))
        if code is None or token.pos_ not in {"NOUN", "PROPN"} or token.i in taken:
            continue
        if (token.dep_ in {"compound", "amod"} and not _acting_modifier(token)) or not _qualified(token):
            continue
        span = _phrase(token)
        if any(i in taken for i in range(span.start, span.end)):
            continue
        label = generic_label([t.text for t in span if t.pos_ not in _DROP and t.dep_ not in _QUANTITY_DEPS])
        if label:
            yield span, Actor(id=f"{GENERIC_PREFIX}{slug(label)}", label=label, type="group", code=code)


def generic_label(words: list[str]) -> str:
    """The label of a generic actor: its words without articles, in lower case."""
    kept = [w for w in words if w.lower() not in {"the", "a", "an", "these", "those", "this", "that"}]
    return " ".join(kept).lower()


def noun_key(token: Token) -> str:
    """The noun's lemma; spaCy leaves capitalised plurals ("Members") unlemmatised."""
    lemma = token.lemma_.lower()
    if lemma not in ACTOR_NOUNS and lemma.endswith("s") and lemma[:-1] in ACTOR_NOUNS:
        return lemma[:-1]
    return lemma


def _acting_modifier(token: Token) -> bool:
    """ "*coalition* operations against Da'esh", "the *army* offensive": a body named as the
    modifier of what it does, not of another body ("*coalition* forces" is one actor)."""
    head = token.head
    return (
        token.dep_ == "compound"
        and noun_key(token) in _ACTING_BODIES
        and head.pos_ == "NOUN"
        and noun_key(head) not in ACTOR_NOUNS
    )


def _qualified(token: Token) -> bool:
    if noun_key(token) not in _NEEDS_QUALIFIER:
        return True
    if token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() not in {"force"}:
        return True
    return any(c.dep_ in {"amod", "compound", "poss"} or c.lower_ == "the" for c in token.children)


def is_actor_noun(token: Token) -> bool:
    """Whether ``token`` is a noun that names an actor ("forces", "Members", "government")."""
    return token.pos_ in {"NOUN", "PROPN"} and noun_key(token) in ACTOR_NOUNS


def _phrase(head: Token) -> Span:
    """The head with its determiners and modifiers to the left, as gold annotators mark them."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in {"det", "amod", "compound", "nummod", "poss", "quantmod", "predet"}:
            start = min(start, child.left_edge.i)
    return head.doc[start : head.i + 1]
