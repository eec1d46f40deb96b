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

import functools
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any, cast

from spacy.attrs import LEMMA, POS
from spacy.symbols import ADJ, NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from graphkit.actors.agents import AgentWords
from graphkit.actors.catalogue import packaged_data
from graphkit.actors.ids import slug
from graphkit.io import load_yaml
from graphkit.models import GENERIC_PREFIX, Actor

__all__ = [
    "ACTOR_NOUNS",
    "GENERIC_FILE",
    "KIND_HEADS",
    "KIN_NOUNS",
    "NOT_OWNED",
    "OWNED_NOUNS",
    "STANCE_HEADS",
    "TIE_NOUNS",
    "generic_label",
    "generic_mentions",
    "is_actor_noun",
    "is_stance",
    "kind_sector",
    "noun_key",
]

GENERIC_FILE = "generic_actors.yaml"
"""The head nouns of generic actors, in ``graphkit/data``."""


@functools.lru_cache(maxsize=1)
def _generic_words() -> dict[str, Any]:
    return dict(load_yaml((packaged_data() / GENERIC_FILE).read_text(encoding="utf-8")))


ACTOR_NOUNS: Mapping[str, str] = MappingProxyType(
    {word: code or "" for word, code in _generic_words()["heads"].items()}
)
"""Head lemmas of noun phrases that name an actor, with their CAMEO sector code."""

NOT_OWNED = frozenset(_generic_words()["not_owned"])
"""Heads no possessor or country owns as its body: "*our* most important partner", "American
*allies*" are others, related to whoever is named."""

TIE_NOUNS = frozenset(_generic_words()["ties"])
"""Heads that name someone by a tie to whoever is named before them: "*Israel's* enemies" are others."""

KIN_NOUNS = frozenset(_generic_words()["kin"])
"""Heads of kin, someone else than whoever their "of" names: "the son *of* a minister"."""

OWNED_NOUNS: Mapping[str, str] = MappingProxyType(
    {
        word: code
        for word, code in ACTOR_NOUNS.items()
        if code and word not in {*_generic_words()["needs_qualifier"], *NOT_OWNED}
    }
)
"""Actor nouns a people's name before them owns, as an agent word: "Pakistani *miners*" are
Pakistan's labour, "Hazara *pilgrims*" the Hazaras' (the matcher reads them after the agents file's)."""

# Heads that name an actor only with a qualifier or a definite article: "use of force" is no
# actor, "the group" and "armed groups" are.
_NEEDS_QUALIFIER = frozenset(_generic_words()["needs_qualifier"])
_NOT_BODIES: Mapping[str, frozenset[str]] = MappingProxyType(
    {head: frozenset(words) for head, words in _generic_words()["not_bodies"].items()}
)
"""Compounds that make a head no body: a *wedding* party, a *search* party."""
_BACKING = frozenset(_generic_words()["backing"])
"""Participles of backing: "*Iran-backed* militias" are militias of their own, backed by Iran."""
_ACTING_BODIES = frozenset(_generic_words()["acting_bodies"])
"""Bodies that act in the modifier of an event or effort: "coalition airstrikes", "army offensive"
("regime change" and "military operations" name no one)."""
_ACTOR_POS = frozenset({NOUN, PROPN, ADJ})
"""The parts of speech of a generic actor's head, as :meth:`Doc.to_array` gives them; an adjective
names a body only as the kind of a head ("a *rebel* faction", tagged JJ)."""
KIND_HEADS = frozenset(_generic_words()["kind_heads"])
"""Heads whose kind an actor-noun modifier says: "*opposition* groups" are the opposition."""
_MOTIONS: Mapping[str, frozenset[str]] = MappingProxyType(
    {head: frozenset(sectors) for head, sectors in _generic_words()["motions"].items()}
)
"""Kind heads that a state's forces make a motion: "*troop* movements"."""
_DROP = {"DET", "PRON", "NUM", "PUNCT", "CCONJ", "ADP"}
_QUANTITY_DEPS = {"advmod", "quantmod", "nummod", "predet"}


STANCE_HEADS = frozenset(_generic_words()["stances"]["heads"])
"""Heads that name a party or a stance, as the sentence says (:func:`is_stance`): "opposition"."""


def is_stance(token: Token) -> bool:
    """Whether ``token`` names a stance rather than a body: "its *opposition* to the deal", "strong
    *opposition*" (generic_actors.yaml ``stances``), where "the *opposition* marched" is a party."""
    stances = _generic_words()["stances"]
    if noun_key(token) not in STANCE_HEADS:
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in stances["preps"])
        or (c.dep_ == "amod" and c.lower_ in stances["degrees"])
        for c in token.children
    )


def generic_mentions(doc: Doc, taken: set[int]) -> Iterator[tuple[Span, Actor]]:
    """Generic actor phrases of a parsed ``doc`` whose tokens are not in ``taken``."""
    office_heads = AgentWords.load().office_heads
    for token in _actor_nouns(doc):
        if token.i in taken:
            continue
        if _describes_the_named(token, taken) or is_stance(token):
            continue
        own = ACTOR_NOUNS[noun_key(token)]
        # an office head, a head of no sector of its own ("opposition *supporters*", "militia
        # members") or of a kind its modifier says ("opposition *groups*"): the modifier's sector
        kind_head = noun_key(token) in KIND_HEADS
        code = _office_sector(token) if token.lower_ in office_heads or not own or kind_head else own
        # "the *rebel* movement", "a *militia* faction": a modifier naming the kind of a head that is no
        # actor noun itself names the body the head is
        body = token.head if _names_kind_of(token) else token
        if body is token and (
            token.pos_ == "ADJ"
            or (token.dep_ in {"compound", "amod"} and not _acting_modifier(token))
            or not _qualified(token)
        ):
            continue
        span = _phrase(body)
        if any(i in taken for i in range(span.start, span.end)):
            continue
        label = generic_label([t.text for t in span if t.pos_ not in _DROP and t.dep_ not in _QUANTITY_DEPS])
        if label:
            yield span, Actor(id=f"{GENERIC_PREFIX}{slug(label)}", label=label, type="group", code=code)


def _describes_the_named(token: Token, taken: set[int]) -> bool:
    """ "Once close *allies*, Qatar and Saudi Arabia fell out": a tie set off by a comma before
    the names it describes, which the parser may make the first of them, is no actor of its own."""
    if noun_key(token) not in TIE_NOUNS or token.i + 1 == len(token.doc) or token.nbor().text != ",":
        return False
    return any(c.dep_ in {"conj", "appos"} and c.i in taken for c in token.children)


def kind_sector(head: Token) -> str | None:
    """The sector the modifier of a head whose kind its modifier says (``kind_heads``) gives it:
    "*rebel* groups" REB, "the *separatist* republics" REB, where "the republic" alone is a
    state's government; ``None`` when no actor noun modifies it.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["separatist", "republics"], heads=[1, 1], deps=["amod", "ROOT"],
    ...           lemmas=["separatist", "republic"])
    >>> kind_sector(doc[1]), kind_sector(doc[0])
    ('REB', None)
    """
    return _modifier_sector(head) if noun_key(head) in KIND_HEADS else None


def _office_sector(head: Token) -> str:
    """The sector of an office head or a relational one: its actor-noun modifier's ("an
    *opposition* leader" OPP, "*army* officers" MIL, "*opposition* supporters" OPP), else its own
    ("a leader" GOV; "supporters" none)."""
    sector = _modifier_sector(head)
    return ACTOR_NOUNS[noun_key(head)] if sector is None else sector


def _modifier_sector(head: Token) -> str | None:
    modifiers = [c for c in head.children if c.dep_ in {"compound", "amod"} and noun_key(c) in ACTOR_NOUNS]
    return ACTOR_NOUNS[noun_key(modifiers[-1])] if modifiers else None


def generic_label(words: list[str]) -> str:
    """The label of a generic actor: its words without articles, in lower case."""
    kept = [w for w in words if w.lower() not in {"the", "a", "an", "these", "those", "this", "that"}]
    return " ".join(kept).lower()


def noun_key(token: Token) -> str:
    """The noun's lemma; spaCy leaves capitalised plurals ("Members") unlemmatised."""
    return _lemma_key(token.lemma_)


def _lemma_key(lemma: str) -> str:
    """:func:`noun_key` of a token whose lemma is ``lemma``."""
    lemma = lemma.lower()
    if lemma in ACTOR_NOUNS:
        return lemma
    if lemma.endswith("s") and lemma[:-1] in ACTOR_NOUNS:
        return lemma[:-1]
    if lemma.endswith("men") and lemma[:-3] + "man" in ACTOR_NOUNS:
        return lemma[:-3] + "man"  # "Militiamen", "Tribesmen"
    return lemma


def _actor_nouns(doc: Doc) -> Iterator[Token]:
    """The nouns (and adjectives) of ``doc`` whose :func:`noun_key` is an actor noun, in order.

    They are read off the arrays of lemmas and parts of speech, so that a Token is made only for
    the few that are: this runs over every token of every parsed document.
    """
    strings = doc.vocab.strings
    # columns, not rows: a list per token would be as many objects for the garbage collector
    columns = cast(list[list[int]], doc.to_array([LEMMA, POS]).reshape(len(doc), 2).T.tolist())
    lemmas, parts = columns
    for index, (lemma, pos) in enumerate(zip(lemmas, parts, strict=True)):
        if pos in _ACTOR_POS and _lemma_key(strings[lemma]) in ACTOR_NOUNS:
            yield doc[index]


def _names_kind_of(token: Token) -> bool:
    """Whether ``token`` says the kind of a head that names a body only with it (``kind_heads``
    that are no actor nouns: "the *rebel* movement", "*separatist* factions"; "*troop* movements"
    are a motion)."""
    head, kind = token.head, noun_key(token.head)
    return (
        token.dep_ in {"compound", "amod"}
        and head.pos_ == "NOUN"
        and kind in KIND_HEADS
        and kind not in ACTOR_NOUNS
        and ACTOR_NOUNS[noun_key(token)] not in _MOTIONS.get(kind, ())
    )


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
    if noun_key(token) == "state" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
        return False  # "Borno state", "Rakhine State": a region named, not a government
    if noun_key(token) == "state" and any(
        p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "NOUN" for o in p.children)
        for p in token.rights
    ):
        return False  # "a *state* of emergency", "a state of siege": a condition, not a government
    if any(
        c.dep_ == "compound" and c.lemma_.lower() in _NOT_BODIES.get(noun_key(token), ())
        for c in token.children
    ):
        return False  # "a *wedding* party": a feast, not a political party
    if noun_key(token) not in _NEEDS_QUALIFIER:
        return True
    if token.text[:1].isupper() and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children
    ):
        return False  # "the Eurasia *Group*", "the Soufan Group": a name, which is no generic actor
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
        if backed_by_a_name(child):
            start = child.i + 1  # "the Iran-backed *militias*": the body, not its backer
            break
        if child.dep_ in {"det", "amod", "compound", "nummod", "poss", "quantmod", "predet"}:
            start = min(start, child.left_edge.i)
    return head.doc[start : head.i + 1]


def backed_by_a_name(token: Token) -> bool:
    """Whether ``token`` is a participle of backing hyphenated after a name: "Iran-*backed*"."""
    return (
        token.lower_ in _BACKING
        and token.i >= 2
        and token.doc[token.i - 1].text in {"-", "–"}
        and token.doc[token.i - 2].pos_ in {"PROPN", "ADJ", "NOUN"}
    )
