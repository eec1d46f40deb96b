"""Generic agents of one country: "protesters in Dhaka hurled stones at *police*".

A generic actor phrase ("police", "the government", "opposition figures") names no owner, yet
in most news sentences its owner is plain: the state the phrase's possessive pronoun stands for
("Venezuela put *its* armed forces on alert"), else the place where the sentence happens
("protesters *in Dhaka* … at police"), else, for the sectors that act at home (government,
opposition, police, courts, parliament, parties), the only country the sentence names ("Uganda's
government imposed a curfew on *opposition* strongholds"). Event coders code such agents with
that country (BGDCOP, UGAOPP), as the PETRARCH coder does with its sentence's location. Troops and
civilians are not assumed to be at home: "two soldiers were killed in a raid by Israeli forces"
names no soldier's country. Otherwise the phrase stays generic.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> from graphkit.actors.matcher import ACTORS_KEY, SPANS_KEY, doc_actors
>>> doc = Doc(Vocab(), words=["Protesters", "in", "Dhaka", "stoned", "police"],
...           sent_starts=[True, False, False, False, False])
>>> doc.spans[SPANS_KEY] = [actor_span(doc, 2, 3, "BGD", "place"),
...                         actor_span(doc, 4, 5, "grp:police", "generic")]
>>> doc.user_data[ACTORS_KEY] = {
...     "BGD": {"id": "BGD", "label": "Bangladesh", "type": "state", "code": "BGD", "country": "BGD"},
...     "grp:police": {"id": "grp:police", "label": "police", "type": "group", "code": "COP"}}
>>> _ = assign_domestic(doc, lambda country: None)
>>> [(s.text, s.label_, kind_of(s)) for s in doc.spans[SPANS_KEY]]
[('Dhaka', 'BGD', 'place'), ('police', 'BGDCOP', 'agent')]
>>> doc_actors(doc)["BGDCOP"].label
'Bangladesh (police)'
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from graphkit.actors.agents import AgentWords, agent_actor, is_place
from graphkit.actors.borders import names_a_border
from graphkit.actors.catalogue import Agent
from graphkit.actors.kinds import actor_span, kind_of
from graphkit.actors.matcher import ACTORS_KEY, SPANS_KEY, doc_actors
from graphkit.models import Actor, MentionKind

__all__ = ["assign_domestic"]

_OWNING_KINDS: frozenset[MentionKind] = frozenset({"name", "agent", "role", "place", "unknown"})
"""Mentions whose country may own a sentence's generic agents (not pronouns or other generics)."""
_POSSESSIVE_KINDS: frozenset[MentionKind] = frozenset({"pronoun"})
_NON_STATE_TYPES = {"armed_group", "organisation", "igo"}
_DOMESTIC_SECTORS = {"GOV", "OPP", "COP", "JUD", "LEG", "PTY"}
"""Sectors that act at home: their owner is the only country a sentence names."""
_ABROAD_SECTORS = {"GOV"}
"""Sectors that also act abroad: a country they act on does not own them ("the minister visited
Kenya"), while opposition, police or courts act on their own ("opposition protesters demanded the
resignation of *Serbian* President Vucic")."""
_ACTING_DEPS = {"nsubj", "nsubjpass", "poss"}
"""Where a generic agent stands as the one acting: a verb's subject, an act's owner ("the
government's *plan*")."""
_STATE_LEVEL_TYPES = {"state", "government", "person"}
"""Actors that stand for a state when acted on: the state, its government, its leaders."""


def assign_domestic(
    doc: Doc, state_of: Callable[[str], Actor | None], words: AgentWords | None = None
) -> Doc:
    """Give each generic agent of ``doc``, and each body named by an organisation's name the
    catalogue does not know, the country its possessive or its sentence names; "the" and a noun
    whose sentence names none ("*the* police") is the body an earlier sentence named last with that
    noun.

    ``state_of`` gives the state actor of an ISO 3166 code (``Catalogue.get``), for a country
    the document names only by a place or an agent.
    """
    actors = doc_actors(doc)
    spans = list(doc.spans.get(SPANS_KEY, []))
    words = words or AgentWords.load()
    changed = False
    for index, span in enumerate(spans):
        actor = actors.get(span.label_)
        # a body named but not known ("the Ministry of Education" GOV) is owned as a phrase is
        owned = kind_of(span) == "generic" or (
            kind_of(span) == "unknown" and actor is not None and actor.type == "organisation"
        )
        if not owned or actor is None or actor.country or not actor.code:
            continue
        several = span.root.lower_ in words.several_states
        if several or _portfolio(span) or any(t.lower_ in words.unlocated_modifiers for t in span):
            continue  # "*Western* leaders", "*foreign* ministers", "the *juntas*": no one country's
        owned_by = _possessor(span, spans, actors, state_of)
        # "the ambassador, summoned by the Foreign Ministry *in Ankara*": an envoy is not of the place
        # the sentence names (an embassy's place is its host; refugees and prisoners may be its own)
        lemma = span.root.lemma_.lower()
        posted = lemma in words.posted_abroad and lemma in words.personal_heads
        owner = owned_by or (None if posted else _placed_owner(span, spans, actors, state_of, words))
        if owner is not None and owner.type == "armed_group":
            agent: Actor | None = owner  # "Hamas said *its* fighters …": a group's own are the group
        elif owner is not None:
            agent = agent_actor(owner, Agent(code=actor.code), words)
        else:
            agent = _named_before(span, spans[:index], actors, words)
        if agent is None:
            continue
        spans[index] = actor_span(doc, span.start, span.end, agent.id, "agent")
        actors[agent.id] = agent
        changed = True
    if changed:
        doc.spans[SPANS_KEY] = spans
        doc.user_data[ACTORS_KEY] = {
            key: value.model_dump(mode="json", exclude_defaults=True) for key, value in actors.items()
        }
    return doc


def _portfolio(span: Span) -> bool:
    """ "the Minister of State *for the Middle East*", "the envoy *for Syria*": an official whose office is
    a place abroad is not of the places the sentence names."""
    return any(
        o.ent_type_ in {"GPE", "LOC"}
        for p in span.root.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _placed_owner(
    span: Span,
    spans: list[Span],
    actors: dict[str, Actor],
    state_of: Callable[[str], Actor | None],
    words: AgentWords,
) -> Actor | None:
    """The owner the place or the only country of ``span``'s sentence names, if any."""
    code = actors[span.label_].code
    # "protesters *angry at France*", "students *opposed to* Israel's war": whom a group's attitude
    # is aimed at is no owner of it (only the sentence's mentions can own it)
    sent = span.sent
    # "protesters burned flags outside *the US embassy*", "police detained *Afghan refugees*": people
    # posted or living abroad name no home for the sentence's generic agents
    others = [
        other
        for other in spans
        if _inside(other, sent)
        and not _aimed_by(other, span)
        and not _abroad(other, words)
        and not names_a_border(other)  # "troops *near the Ukrainian border*": either side's
    ]
    return (
        _of_state(span, others, actors)
        or _only_country(span, others, actors, state_of, frozenset({"place"}), within=span.root)
        or (
            _home_country(span, others, actors, state_of, words, abroad=code in _ABROAD_SECTORS)
            if code in _DOMESTIC_SECTORS
            else None
        )
    )


def _of_state(span: Span, spans: list[Span], actors: dict[str, Actor]) -> Actor | None:
    """The state an "of" after the phrase names, through the body's own name: "the Ministry of
    Foreign Affairs *of Japan*", "the Ministry of Defence *of Ukraine*"."""
    heads = [span.root]
    for _ in range(3):
        heads = [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        heads += [c for h in heads for c in h.conjuncts]
        states = {a.id: a for other in spans if other.root in heads
                  and (a := actors.get(other.label_)) is not None and a.type == "state"}  # fmt: skip
        if states:
            # "the leaders *of Russia and China*": two states own no one phrase
            return next(iter(states.values())) if len(states) == 1 else None
    return None


def _named_before(
    span: Span, before: list[Span], actors: dict[str, Actor], words: AgentWords
) -> Actor | None:
    """ "Nigerian police arrested protesters. Amnesty condemned *the police*": "the" and a noun alone,
    which its own sentence gives no owner, is the last body an earlier sentence named with that
    noun (a strict head match, as coreference resolvers make it). "The regime" after "the Syrian
    government" is not resolved: the noun differs, and an article names several governments. Nor
    is "the minister": one person, perhaps not the one named before.
    """
    head = span.root.lemma_.lower()
    if len(span) != 2 or span[0].lower_ != "the" or head in words.personal_heads:
        return None  # "police", "a soldier": someone new; "the moderate opposition": a kind of it
    code = actors[span.label_].code
    for other in reversed(before):
        actor = actors.get(other.label_)
        if other.end > span.sent.start or other.root.lemma_.lower() != head:
            continue
        if (
            actor is not None
            and actor.country
            and actor.type != "person"
            and actor.code == actor.country + code
        ):
            return actor
    return None


def _aimed_by(other: Span, span: Span) -> bool:
    """Whether ``other`` hangs on an adjective or participle that qualifies ``span``'s head:
    "protesters *angry at* France", "crowds *loyal to* Maduro", "students *opposed to* the war"."""
    token = other.root
    for _ in range(6):
        if token.head == token or token.head == span.root:
            return False
        token = token.head
        if token.pos_ in {"ADJ", "VERB"} and token.head == span.root and token.dep_ in {"amod", "acl"}:
            return True
    return False


def _possessor(
    span: Span, spans: list[Span], actors: dict[str, Actor], state_of: Callable[[str], Actor | None]
) -> Actor | None:
    """ "*its* armed forces": the state or armed group a possessive pronoun inside the phrase was
    linked to, or the state of the official or army it was linked to ("Brazil's foreign minister
    said *his* country …", "Nigeria's army said *its* troops …")."""
    for other in spans:
        if kind_of(other) in _POSSESSIVE_KINDS and span.start <= other.start and other.end <= span.end:
            owner = actors.get(other.label_)
            if owner is not None and owner.type in {"state", "armed_group"}:
                return owner
            if owner is not None and owner.type in _STATE_LEVEL_TYPES | {"military"} and owner.country:
                return state_of(owner.country)
    return None


def _home_country(
    span: Span,
    spans: list[Span],
    actors: dict[str, Actor],
    state_of: Callable[[str], Actor | None],
    words: AgentWords,
    *,
    abroad: bool,
) -> Actor | None:
    """The only country the sentence names; for a sector that acts ``abroad``, the only one it
    names apart from the states ``span`` acts on."""
    if abroad:
        spans = _not_acted_on(span, spans, actors, words)
    return _only_country(span, spans, actors, state_of, _OWNING_KINDS)


def _not_acted_on(span: Span, spans: list[Span], actors: dict[str, Actor], words: AgentWords) -> list[Span]:
    """The mentions of ``spans`` but the states and governments a generic subject, or the owner of
    an act's noun, acts on.

    "The Foreign Secretary pressed *Russia*", "the minister visited *Kenya*", "the government
    said *Assad* …", "the government's plan to recognise *Kosovo*": an official acting on another
    state is not that state's, nor are the places of that state where it meets it ("the minister
    met *Kenyan* officials in *Nairobi*"). A country's own bodies ("announced a ban on *the
    opposition party in Cambodia*") and where the verb acts ("imposed a curfew *in Uganda*") still
    name the owner.
    """
    root = span.root
    if root.dep_ not in _ACTING_DEPS:
        return spans
    verb = root.head
    acted_on = {
        other for other in spans
        if _inside(other, verb) and not _inside(other, root) and not is_place(other, words)
        and (_state_level(actors.get(other.label_)) or _abroad(other, words))
    }  # fmt: skip
    # "the minister met *Kenyan* officials in Nairobi": the place is theirs, not the minister's
    met = verb.lemma_.lower() in words.meeting_verbs
    visited = {actors[other.label_].country for other in acted_on} if met else set()
    return [
        other
        for other in spans
        if other not in acted_on
        and not (_inside(other, verb) and is_place(other, words) and _country(actors, other) in visited)
    ]


def _abroad(span: Span, words: AgentWords) -> bool:
    """Whether a mention names, by their state's adjective, people often where they are not from:
    "an *Australian* citizen", "*Afghan* refugees", "the *US* embassy" (``posted_abroad`` and
    ``nationals`` in agent_words.yaml); "citizens *in Tikrit*" are where they live."""
    root = span.root
    named = any(c.dep_ in {"amod", "compound", "poss"} for c in root.children)
    return named and (root.lower_ in words.posted_abroad or root.lower_ in words.nationals)


def _country(actors: dict[str, Actor], span: Span) -> str | None:
    """The country of the actor a mention names, if it has one."""
    actor = actors.get(span.label_)
    return actor.country if actor is not None else None


def _state_level(actor: Actor | None) -> bool:
    """Whether an actor is a state, its government or one of its leaders ("Russia", "Assad",
    "the Iranian envoy")."""
    if actor is None or not actor.country:
        return False
    return actor.type in _STATE_LEVEL_TYPES or actor.code.startswith(f"{actor.country}GOV")


def _only_country(
    span: Span,
    spans: list[Span],
    actors: dict[str, Actor],
    state_of: Callable[[str], Actor | None],
    kinds: frozenset[MentionKind],
    within: Token | None = None,
) -> Actor | None:
    """The state of the only country the sentence's mentions of ``kinds`` name, if there is one;
    with ``within``, only mentions in that token's phrase count ("civilians *in Aleppo*").

    A named group or organisation is no owner: "coalition operations against Hezbollah" are not
    Lebanon's.
    """
    sent = within if within is not None else span.sent
    countries = {
        actor.country
        for other in spans
        if kind_of(other) in kinds and _inside(other, sent)
        and (actor := actors.get(other.label_)) is not None and actor.country
        and actor.type not in _NON_STATE_TYPES
    }  # fmt: skip
    if len(countries) != 1:
        return None
    country = countries.pop()
    state = actors.get(country) or state_of(country)
    if state is None or state.type != "state":
        return Actor(id=country, label=country, type="state", code=country, country=country)
    return state


def _inside(span: Span, where: Span | Token) -> bool:
    """Whether ``span`` starts in a sentence, or in a token's phrase (its subtree)."""
    if isinstance(where, Span):
        return where.start <= span.start < where.end
    return where.left_edge.i <= span.start <= where.right_edge.i
