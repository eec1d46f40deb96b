"""Named entities the catalogue does not know: which are actors, and the actor each becomes.

An unknown name is never guessed into a known actor; it becomes an actor of its own, with
no code, unless it is not an actor at all: an outlet, a university, a company, an event, a
place, or a quoted expert or journalist (they are the ``attributed_to`` of what they claim).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Reuters said so.")
>>> doc.ents = [doc.char_span(0, 7, label="ORG")]
>>> is_named_actor(doc.ents[0])
False
"""

from __future__ import annotations

from spacy.tokens import Span

from graphkit.actors.ids import slug
from graphkit.actors.nominals import is_actor_noun
from graphkit.models import UNKNOWN_PREFIX, Actor, ActorType

__all__ = ["NON_ACTOR_DESCRIPTORS", "NON_ACTOR_ORG_WORDS", "OUTLETS", "is_named_actor", "unknown_actor"]

_ACTOR_LABELS: dict[str, ActorType] = {"PERSON": "person", "ORG": "organisation", "NORP": "group"}

NON_ACTOR_ORG_WORDS = {
    "university", "college", "school", "institute", "institution", "academy", "times", "post",
    "mirror", "news", "journal", "gazette", "herald", "telegraph", "guardian", "tribune", "press",
    "reuters", "afp", "bbc", "cnn", "agency", "magazine", "review", "daily", "radio", "tv",
    "television", "channel", "inc", "ltd", "corp", "corporation", "company", "plc", "llc", "bank",
    "airlines", "airways", "group", "foundation", "center", "centre", "museum", "hospital",
    "olympics", "games", "cup", "festival", "lense", "observer", "economist", "bloomberg",
    "uav", "uavs", "drone", "drones", "missile", "missiles", "rocket", "rockets", "jet", "jets",
}  # fmt: skip
"""Words that make an organisation name something other than a political actor."""

NON_ACTOR_DESCRIPTORS = {
    "analyst", "expert", "historian", "professor", "scholar", "researcher", "fellow", "journalist",
    "correspondent", "reporter", "editor", "author", "writer", "commentator", "columnist",
    "economist", "lecturer", "academic", "observer", "specialist", "student", "pundit", "adviser",
    "advisor", "consultant", "blogger", "host", "anchor",
}  # fmt: skip
"""Appositions and titles that mark a person as a source of claims rather than a party."""

OUTLETS = {
    "abc", "abc news", "afp", "agence france-presse", "al arabiya", "al jazeera", "anadolu",
    "anadolu agency", "ansa", "ap", "associated press", "axios", "bbc", "bloomberg", "cbc",
    "cbc news", "cbs", "cbs news", "cgtn", "cnbc", "cnn", "ctv", "ctv news", "der spiegel", "dpa",
    "deutsche welle", "dw", "efe", "euronews", "fars", "fars news agency", "financial times",
    "fox", "fox news", "france 24", "global news", "haaretz", "interfax", "irna", "isna", "itv",
    "itv news", "kcna", "kyodo", "kyiv independent", "le figaro", "le monde", "meduza", "msnbc",
    "nbc", "nbc news", "nhk", "npr", "newsweek", "politico", "politico europe", "press tv", "pbs",
    "radio free europe", "rfe/rl", "ria", "ria novosti", "rt", "rte", "reuters", "semafor",
    "sky news", "sputnik", "tass", "tasnim", "the atlantic", "the economist", "the hill",
    "the independent", "the new york times", "the wall street journal", "the washington post",
    "times of israel", "trt", "ukrinform", "voa", "voice of america", "wsj", "xinhua", "yonhap",
    "ynet",
}  # fmt: skip
"""News outlets and broadcasters, named as such ("CBC", "told Sky News"): sources, never actors."""

_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "al", "ive", "ist", "i")
"""Endings of nationality and party adjectives: European, Japanese, Democratic, Conservative."""

_LATIN_END = 0x250
"""Code points below this are Latin letters (basic, supplement, extended A and B)."""
_REPORTING_HEADS = {"tell", "report", "according", "quote", "write", "publish", "cite"}


def is_named_actor(ent: Span) -> bool:
    """Whether an entity the catalogue does not know can act in a geopolitical relation."""
    if ent.label_ not in _ACTOR_LABELS or not any(ch.isalpha() for ch in ent.text):
        return False
    if any(ch.isdigit() for ch in ent.text):
        return False  # "Shahed-136", "S-400": weapons and models, not actors
    if not any(ch.isupper() for ch in ent.text):
        return False  # "carried out an *air* strike": a name has a capital; a lower-case guess is none
    if not any(ch.isalpha() and ord(ch) < _LATIN_END for ch in ent.text):
        return False  # a name glossed in its own script: "Abu Ghadiya (Arabic: أبو غادية)"
    if ent.end < len(ent.doc) and ent.doc[ent.end].text == ":":
        return False  # "(Arabic: …)": the language of a gloss
    if len(ent) == 1 and ent[0].pos_ == "ADJ" and ent.start == ent.sent.start:
        return False  # "*Humanitarian* aid was delivered …": a sentence's capitalised first adjective
    words = {token.lower_ for token in ent}
    if ent.label_ == "NORP" and ent.root.dep_ in {"amod", "compound"} and is_actor_noun(ent.root.head):
        return False  # "other European leaders": a generic actor, read as a whole phrase
    if ent.label_ == "NORP" and _bare_adjective(ent):
        return False  # "the European said", "Republican senators": an adjective, not a party
    if ent.label_ in {"ORG", "PERSON", "NORP"} and _is_outlet(ent):
        return False
    if ent.label_ == "ORG" and (words & NON_ACTOR_ORG_WORDS or _is_reported_to(ent)):
        return False
    return not (ent.label_ == "PERSON" and _described_as_source(ent) and not _acted_on(ent))


def unknown_actor(ent: Span) -> Actor | None:
    """The actor an unknown entity stands for: its own id and label, no code, no country."""
    label = _clean(ent)
    if not label:
        return None
    return Actor(id=f"{UNKNOWN_PREFIX}{slug(label)}", label=label, type=_ACTOR_LABELS[ent.label_], code="")


def _clean(ent: Span) -> str:
    tokens = list(ent)
    while tokens and (tokens[0].lower_ in {"the", "a", "an"} or not tokens[0].text.strip()):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in {"'s", "’s", "'"}:
        tokens = tokens[:-1]
    return "".join(token.text_with_ws for token in tokens).strip()


def _is_outlet(ent: Span) -> bool:
    """ "CBC", "Sky News", "the Associated Press": a news outlet by name (see :data:`OUTLETS`)."""
    text = " ".join(token.lower_ for token in ent if token.lower_ not in {"'s", "’s"})
    return text in OUTLETS or text.removeprefix("the ") in OUTLETS


def _bare_adjective(ent: Span) -> bool:
    """A one-word nationality or party adjective ("European", "Democratic"), not a plural people
    ("Europeans", "Democrats"), who can act."""
    if len(ent) != 1:
        return False
    token = ent[0]
    if token.tag_ == "JJ" or token.dep_ == "amod":
        return True
    word = token.lower_
    return not word.endswith("s") and word.endswith(_ADJECTIVE_ENDINGS)


def _is_reported_to(ent: Span) -> bool:
    """ "told The Mirror", "according to Reuters": the organisation is an outlet."""
    head = ent.root.head
    if ent.root.dep_ in {"dobj", "dative"} and head.lemma_ in _REPORTING_HEADS:
        return True
    return ent.root.dep_ == "pobj" and head.head.lemma_ in _REPORTING_HEADS


def _acted_on(ent: Span) -> bool:
    """Whether a verb acts on the entity: "jailed *journalist Evan Smith*", "*the analyst* was
    arrested". Whoever is described as a source of claims is a party when acted on."""
    return ent.root.dep_ in {"dobj", "nsubjpass"} and ent.root.head.pos_ == "VERB"


def _described_as_source(ent: Span) -> bool:
    """A person named with a descriptor such as "historian" or "analyst" nearby."""
    doc = ent.doc
    floor = ent.sent.start if doc.has_annotation("SENT_START") else 0
    window = doc[max(ent.start - 8, floor) : ent.start]
    related = [child for child in ent.root.children if child.dep_ in {"appos", "compound", "amod"}]
    related += [ent.root.head] if ent.root.dep_ == "appos" else []
    # nouns only: "Abiy Ahmed *hosted* President Hassan Sheikh Mohamud" names no TV host
    return any(
        (token.lemma_.lower() in NON_ACTOR_DESCRIPTORS or token.lower_ in NON_ACTOR_DESCRIPTORS)
        and token.pos_ not in {"VERB", "AUX"}
        for token in (*window, *related)
    )
