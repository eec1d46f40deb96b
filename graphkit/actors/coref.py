"""Conservative within-document coreference: pronouns and "the two nations" to their actors.

No link beats a wrong link. A pronoun is linked to an actor of the right kind in reach
(earlier in its sentence or in the sentence before): the latest such subject, or else the only
such actor. People who are not actors (a quoted historian) are in reach too, so "He added"
after a quoted expert links to nobody. "The two
nations" (countries, sides, states, powers) stands for the two countries named last.

>>> from graphkit.actors.matcher import ActorMatcher
>>> doc = ActorMatcher(nlp, catalogue)(nlp("Putin spoke. He warned Ukraine."))
>>> [(s.text, s.label_) for s in resolve_pronouns(doc, catalogue).spans["actors"]]
[('Putin', 'vladimir-putin'), ('He', 'vladimir-putin'), ('Ukraine', 'UKR')]
"""

from __future__ import annotations

from bisect import bisect_left
from typing import cast

from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import PRON
from spacy.tokens import Doc, Span, Token

from graphkit.actors.agents import AgentWords, clause_verb
from graphkit.actors.catalogue import Catalogue
from graphkit.actors.kinds import actor_span, kind_of
from graphkit.actors.matcher import ACTORS_KEY, SPANS_KEY, doc_actors
from graphkit.actors.nominals import is_actor_noun
from graphkit.models import Actor, MentionKind

__all__ = [
    "ANTECEDENTS_KEY",
    "FIRST_PERSON",
    "STATEMENT_REACH",
    "STATE_HEADS",
    "antecedent_of",
    "resolve_pronouns",
    "statement_opener",
]

ANTECEDENTS_KEY = "graphkit_antecedents"
"""``doc.user_data`` key: a linked pronoun's token index and label ("12:IRN") to its antecedent's tokens."""

_PERSON = {"person"}
_GROUPS = {"state", "igo", "organisation", "armed_group", "government", "military", "group"}
_KINDS = {
    **dict.fromkeys(["he", "him", "his", "she", "her", "hers"], _PERSON),
    **dict.fromkeys(["it", "its"], _GROUPS),
    **dict.fromkeys(["they", "them", "their", "theirs"], _GROUPS - {"state"}),
}
"""What each third person pronoun can stand for; "they" is never a single state."""
_PLURAL = {"they", "them", "their", "theirs"}
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my", "mine"})
"""Pronouns a speaker uses of themselves or their side: whom they stand for is who speaks."""
_TOPIC_PREPS = {"over", "about", "for"}
_QUOTE_MARKS = {'"', "“", "”"}
_MAX_CLIMB = 6
_ARMED_HEADS = {"terrorist", "militant", "insurgent", "militia", "extremist", "jihadist", "fighter"}
_GROUP_HEADS = _ARMED_HEADS | {"group", "organisation", "organization", "movement"}
STATE_HEADS = {"country", "nation", "kingdom", "republic", "emirate"}
"""Heads of a definite phrase that names the state just named: "Iran denied it. *The country*
said …", "Saudi Arabia … *the kingdom*" (data/generic_actors.yaml makes them actors)."""
_NAMED: frozenset[MentionKind] = frozenset({"name", "unknown"})
_DEMONSTRATIVES = {"this", "these", "that", "those"}
_STATE_NAMING: frozenset[MentionKind] = _NAMED | {"place"}
"""Mentions that name a state "the country" may stand for: "a coup *in Niger* … the country"."""
_AIMED_PREPOSITIONS = {"to", "on", "upon", "against", "toward", "towards", "at"}
"""Prepositions of whom an act is aimed at, never its own author: "imposed a blockade *on* the country"."""
_ARGUMENT_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj"}
"""Where a noun names a thing a later "it" may stand for: "studying *the proposal*"."""
_COPULAS = {"be", "become", "remain"}
_GROUP_TYPES = {"armed_group", "organisation"}
_OFFICE_HOLDERS = {"government", "igo", "military"}
"""Types of actor a catalogue title of one office ("German Chancellor") is filed under."""
_LOCATIVE_PREPS = {"in", "at", "across", "inside", "within", "near", "throughout"}
_PEOPLE_SECTORS = ("PPL", "CVL", "REF")
_STATE_PAIR_HEADS = frozenset(
    {"nation", "country", "state", "side", "power", "government", "neighbour", "neighbor", "ally"}
)
"""Heads of "the two nations", "both sides": one phrase that stands for the last two states named."""
_PERSON_PAIR_HEADS = frozenset({"leader", "president", "premier", "minister", "man", "woman", "counterpart"})
"""Heads of "the two leaders", "both men": one phrase that stands for the last two people named."""
PAIR_HEADS = _STATE_PAIR_HEADS | _PERSON_PAIR_HEADS
"""Heads of every phrase that stands for two actors: the gate and coreference read the same list."""
BARE_PAIR = "two"
"""The word of "*the two* signed a pact", a pair named by its number alone."""
_RELATIVE_OWNER = "whose"
"""The relative pronoun that stands for the noun its clause qualifies, as that noun's owner."""
_BARE_PAIR_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
"""Where "the two" heads a phrase of its own, not a number before a noun ("the two sides")."""
STATEMENT_REACH = 4
"""How many sentences a statement handed over by "… said:" runs for the first person to be its speaker."""
_SPEAKING: frozenset[MentionKind] = frozenset({"name", "role", "agent", "unknown"})
"""Kinds of mention that may hand over a statement: not places, generic nouns or pronouns."""


def resolve_pronouns(doc: Doc, catalogue: Catalogue) -> Doc:
    """Add mentions for the pronouns and "the two nations" phrases of ``doc`` that resolve."""
    actors = doc_actors(doc)
    spans = list(doc.spans.get(SPANS_KEY, []))
    sents = list(doc.sents)
    added: list[Span] = []
    extra: dict[str, Actor] = {}
    antecedents: dict[str, list[int]] = doc.user_data.setdefault(ANTECEDENTS_KEY, {})
    # "Hamas … The group said *it* …": a group phrase is resolved first, so a pronoun after it is too
    spans = [_anaphor(span, spans, actors, sents, antecedents) for span in spans]
    maybe = _maybe_referring(doc)
    for number, sent in enumerate(sents):
        window_start = sents[number - 1].start if number else sent.start
        for index in maybe[bisect_left(maybe, sent.start) : bisect_left(maybe, sent.end)]:
            token = doc[index]
            if token.lower_ == _RELATIVE_OWNER:
                for owner in _relative_owners(token, spans):
                    added.append(actor_span(doc, token.i, token.i + 1, owner.label_, "pronoun"))
                    antecedents[_key(token.i, owner.label_)] = [owner.start, owner.end]
                continue
            speaker = (
                _quoted_speaker(token, spans) or _introduced_speaker(sents, number, spans, actors)
                if token.lower_ in FIRST_PERSON
                else None
            )
            if speaker is not None:
                # "“*We* will not allow Russia …,” Moldova's president told reporters"
                added.append(actor_span(doc, token.i, token.i + 1, speaker.label_, "pronoun"))
                antecedents[_key(token.i, speaker.label_)] = [speaker.start, speaker.end]
                continue
            kinds = _KINDS.get(token.lower_) if token.pos_ == "PRON" else None
            pair_start = _pair_phrase_start(token)
            if kinds is None and pair_start is None:
                continue
            window = [s for s in spans if window_start <= s.start and s.end <= token.i]
            if kinds is not None:
                strangers = _strangers(doc, window, window_start, token.i) if "person" in kinds else []
                doers = _force_doers(token)
                window = [s for s in window if not _same_clause_subject(token, s) and s.root.i not in doers]
                acted_on = _co_argument_labels(token, spans)
                window = [s for s in window if s.label_ not in acted_on]
                plural = token.lower_ in _PLURAL
                members = _coordinated_subject(window) if plural else []
                target = (
                    _controller(token, window, actors, kinds)
                    or _topic_owner(token, window, actors, kinds)
                    or _antecedent(
                        window + strangers, actors, kinds, plural=plural, sentence_start=sent.start
                    )
                )
                if target is not None and _thing_since(token, target, spans):
                    target = None  # "Israel rejected *it*" after "studying the proposal": the proposal
                for each in members or ([target] if target is not None else []):
                    added.append(actor_span(doc, token.i, token.i + 1, each.label_, "pronoun"))
                    antecedents[_key(token.i, each.label_)] = [each.start, each.end]
            if pair_start is not None:
                if doc[pair_start].lower_ == "their":
                    # "Hungarian and Romanian officials agreed that *their countries* …": only
                    # when the sentence so far names exactly two countries
                    window = [s for s in window if s.start >= sent.start]
                    if len(_last_two_countries(window, actors, catalogue, most=3)) != 2:
                        continue
                    pair_start += 1  # "their" is a pronoun of its own
                people = _last_two_people(window, actors)
                # "Kim hosted Putin in Pyongyang, where *the two leaders* signed a pact"; "Vucic met
                # Xi … *The two* signed": a bare pair is the last two people named, if two are
                if token.lemma_.lower() in _PERSON_PAIR_HEADS or (token.lower_ == BARE_PAIR and people):
                    for person in people:
                        added.append(actor_span(doc, pair_start, token.i + 1, person.label_, "pair"))
                    continue
                for state in _last_two_countries(window, actors, catalogue):
                    added.append(actor_span(doc, pair_start, token.i + 1, state.id, "pair"))
                    extra[state.id] = state
    pairs = {i for span in added if kind_of(span) == "pair" for i in range(span.start, span.end)}
    # "the two countries" is the pair, not a generic actor of its own
    spans = [s for s in spans if kind_of(s) != "generic" or not pairs.intersection(range(s.start, s.end))]
    doc.spans[SPANS_KEY] = sorted(spans + added, key=lambda s: (s.start, s.end))
    stored = doc.user_data.setdefault(ACTORS_KEY, {})
    for actor in extra.values():
        stored.setdefault(actor.id, actor.model_dump(mode="json", exclude_defaults=True))
    return doc


def _anaphor(
    span: Span,
    spans: list[Span],
    actors: dict[str, Actor],
    sents: list[Span],
    antecedents: dict[str, list[int]],
) -> Span:
    """ "ISIL … this terrorist organisation", "Iran … the country": a definite group or state
    phrase names the group or state just named."""
    if kind_of(span) != "generic":
        return span
    number = next(i for i, sent in enumerate(sents) if sent.start <= span.start < sent.end)
    lemma = span.root.lemma_.lower()
    if span.root.dep_ == "attr" and lemma in STATE_HEADS | _GROUP_HEADS:
        found = _predicate_of(span, spans, actors)
    elif lemma in STATE_HEADS:
        found = _state_named(span, spans, actors, sents[max(number - 1, 0)].start)
    elif lemma in _GROUP_HEADS:
        found = _group_named(span, spans, actors, sents[max(number - 2, 0)].start)
    else:
        return span
    if found is None:
        return span
    antecedents[_key(span.start, found.label_)] = [found.start, found.end]
    return actor_span(span.doc, span.start, span.end, found.label_, "anaphor")


def _predicate_of(span: Span, spans: list[Span], actors: dict[str, Actor]) -> Span | None:
    """ "*Boko Haram* is a jihadist group that has waged an insurgency": what the subject of a
    copula is said to be names the subject's actor, unless it is denied ("is not a state")."""
    verb = span.root.head
    if verb.lemma_.lower() not in _COPULAS or any(c.dep_ == "neg" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = [s for s in spans for subject in subjects if s.start <= subject.i < s.end
             and kind_of(s) in _NAMED and s.label_ in actors]  # fmt: skip
    return named[0] if named else None


def _group_named(span: Span, spans: list[Span], actors: dict[str, Actor], floor: int) -> Span | None:
    """ "this terrorist organisation", and "the group" after a named group ("the Taliban … the group
    said"): the group named last since ``floor``."""
    root = span.root
    if not any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES | {"the"} for c in root.children):
        return None
    # "these terrorists" are an armed group, "this organisation" may be any; neither is the
    # subject of its own verb ("the Coalition is committed to defeating these terrorists")
    types = {"armed_group"} if root.lemma_.lower() in _ARMED_HEADS else _GROUP_TYPES
    # "a spokesman for the Taliban said *the group* had …": a subject of its own clause may be it
    subject = root.dep_ in {"nsubj", "nsubjpass"}
    # "a spokesman for the Taliban" names the group as well as the name alone does
    named = [s for s in spans if floor <= s.start and s.end <= span.start and kind_of(s) in _NAMED | {"agent"}
             and s.label_ in actors and actors[s.label_].type in types
             and not (s.sent == span.sent and s.root.dep_ in {"nsubj", "nsubjpass"}
                      and not subject)]  # fmt: skip
    return named[-1] if named else None


def _state_named(span: Span, spans: list[Span], actors: dict[str, Actor], floor: int) -> Span | None:
    """ "Iran denied the report. *The country* said …": "the country" or "the kingdom", singular
    and definite, names the state named last since ``floor`` (its sentence or the one before), a
    subject first ("Saudi Arabia accused Iran … *The kingdom* also …" is Saudi Arabia)."""
    root = span.root
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
    if root.tag_ not in {"NN", "NNP"} or not definite:
        return None
    # ("France condemned the coup *in Niger* and suspended aid *to the country*": a state may be
    # named by its place, and what a state acts on is not itself, which "itself" would name)
    states = [s for s in spans if floor <= s.start and s.end <= span.start and kind_of(s) in _STATE_NAMING
              and s.label_ in actors and actors[s.label_].type == "state"
              and not (s.sent == span.sent and s.root.head == root.head)
              and not _described_subject(root, s)]  # fmt: skip
    subjects = [s for s in states if s.root.dep_ in {"nsubj", "nsubjpass"}]
    return (subjects or states)[-1] if states else None


def antecedent_of(span: Span) -> Span | None:
    """The mention a linked pronoun or anaphor stands for, when it is in the same sentence.

    Evidence then shows the name ("*The UK* remains steadfast in its support …") where the
    relation was read off the pronoun.
    """
    found = span.doc.user_data.get(ANTECEDENTS_KEY, {}).get(_key(span.start, span.label_))
    if kind_of(span) not in {"pronoun", "anaphor"} or found is None:
        return None
    start, end = found[0], found[1]
    if span.doc[start].sent.start != span.sent.start:
        return None
    named = next((s for s in span.doc.spans[SPANS_KEY] if (s.start, s.end) == (start, end)), None)
    # an antecedent that is no actor span of its own (a name inside a longer one) is a name
    return named if named is not None else actor_span(span.doc, start, end, span.label_, "name")


def _co_argument_labels(pronoun: Token, spans: list[Span]) -> set[str]:
    """ "as *they* confront ISIL": whom a pronoun's own verb acts on is not the pronoun."""
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return set()
    verb = pronoun.head
    objects = {t.i for c in verb.children if c.dep_ in {"dobj", "dative", "attr"} for t in c.subtree}
    objects |= {t.i for p in verb.children if p.dep_ == "prep" for t in p.subtree}
    # a place where it happens is no one acted on: "it expelled diplomats based *in Geneva*"
    return {s.label_ for s in spans if s.root.i in objects and kind_of(s) != "place"}


def _key(index: int, label: str) -> str:
    """Where a pronoun's antecedent is kept: one pronoun ("their") may stand for several actors."""
    return f"{index}:{label}"


def _same_clause_subject(pronoun: Token, span: Span) -> bool:
    """ "Kerry urged *him*": an object pronoun never stands for the subject of its own verb."""
    if pronoun.dep_ not in {"dobj", "dative", "pobj", "iobj"}:
        return False
    return _subject_of(pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head, span)


def _subject_of(verb: Token, span: Span) -> bool:
    """Whether ``span`` is the subject of ``verb``'s clause, shared or controlled."""
    # "Kerry raised concerns and urged *him*": a coordinated verb shares its subject; so does a
    # clause of purpose or manner, and a complement its subject controls ("police fired tear
    # gas to disperse *them*", "Kerry wants to meet *him*"), unless an object controls it
    # ("they asked police to protect *them*": they may be them)
    while verb.dep_ in {"conj", "advcl", "xcomp"} and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children
    ):
        if verb.dep_ == "xcomp" and any(c.dep_ in {"dobj", "dative"} for c in verb.head.children):
            return span.root.head == verb.head and span.root.dep_ in {"dobj", "dative"}
        verb = verb.head
    return span.root.head == verb and span.root.dep_ in {"nsubj", "nsubjpass"}


def _described_subject(noun: Token, span: Span) -> bool:
    """ "Russia invaded Ukraine and imposed a blockade *on the country*": a definite description
    aimed at never stands for the subject of its own clause, however deep in it (where "a snake near
    *him*" may be the subject's); a place may ("Mali expelled French troops *from the country*")."""
    if noun.dep_ == "pobj" and noun.head.lower_ not in _AIMED_PREPOSITIONS:
        return False
    verb = clause_verb(noun.head)
    return verb is not None and _subject_of(verb, span)


def _force_doers(pronoun: Token) -> set[int]:
    """The tokens a possessive in what force hits never stands for: the subject of the act, or the
    doer the act names ("Israel struck *its* consulate", "troops opened fire on *their* positions",
    "killed one of *its* commanders", "an attack *by Boko Haram* on its soldiers"); none when the
    possessive is in the act itself ("the coalition widened *its* air strikes")."""
    if pronoun.dep_ != "poss":
        return set()
    words = AgentWords.load()
    noun = pronoun.head
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in {"dobj", "pobj"}:
        noun = noun.head.head  # "one *of* its commanders"
    if noun.dep_ == "dobj":
        verb, acts = noun.head, [noun.head]
    elif noun.dep_ == "pobj" and noun.head.lower_ in {*words.struck_prepositions, "at"}:
        # "opened *fire* on their positions", "carried out *strikes* on its bases": the act may be the object
        head = noun.head.head
        doers = {o.i for p in head.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children}
        if doers:  # "reported an attack *by Boko Haram* on its soldiers": the act names its doer
            return doers if head.lemma_.lower() in words.hostile_acts else set()
        verb = head.head if head.dep_ == "dobj" else head
        acts = [head, verb, *(c for c in verb.children if c.dep_ == "dobj")]
    else:
        return set()
    if not any(a.lemma_.lower() in words.hostile_acts for a in acts):
        return set()
    return {c.i for c in verb.children if c.dep_ == "nsubj"}


def _coordinated_subject(window: list[Span]) -> list[Span]:
    """ "The Government of Iraq and the Iraqi people … in *their* fight": the latest coordination
    in reach, unless a subject comes after it; each member is meant."""
    by_root = {s.root.i: s for s in window}
    for span in reversed(window):
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass"} and not any(
            c.dep_ == "conj" and c.i in by_root for c in root.children
        ):
            return []  # a subject of its own comes after any coordination
        token = root
        while token.dep_ == "conj" and token.head.i in by_root:
            token = token.head
        if token.i != root.i:
            continue  # a later member: its coordination is read from the first
        members = [by_root[t.i] for t in _conjuncts(token) if t.i in by_root]
        if len({m.label_ for m in members}) >= 2:
            return members
    return []


def _conjuncts(token: Token) -> list[Token]:
    found, stack = [], [token]
    while stack:  # no recursion: a hostile list of names may nest thousands deep
        current = stack.pop()
        found.append(current)
        stack.extend(c for c in current.children if c.dep_ == "conj")
    return sorted(found, key=lambda t: t.i)


def _antecedent(
    window: list[Span],
    actors: dict[str, Actor],
    kinds: set[str],
    *,
    plural: bool,
    sentence_start: int | None = None,
) -> Span | None:
    """The mention a pronoun stands for: the latest fitting subject, else the latest mention of
    the only fitting actor.

    ``window`` holds the mentions in reach, and unknown people as spans labelled ``""``: when
    one of those wins, the pronoun is about someone who is not an actor and stays unlinked.
    """
    fitting = [s for s in window if _fits(s, actors, kinds, plural)]
    subjects = [s for s in fitting if s.root.dep_ in {"nsubj", "nsubjpass"}]
    if subjects:
        return subjects[-1] if subjects[-1].label_ else None
    # a generic actor ("its allies") is an antecedent only as a subject, a group named in the
    # singular ("Hamas … they") only as a subject too, and so is a state's people in an earlier
    # sentence ("a threat to all Iraqis … They also agreed"); in the pronoun's own sentence they
    # may be its antecedent ("stands with the Lebanese people as they confront Hezbollah")
    own_sentence = sentence_start if sentence_start is not None else window[-1].end if window else 0
    # "the attacks *in Paris* … its determination": where something happened is no antecedent
    # "the resolve of *the international community* in *its* determination": a generic actor of the
    # pronoun's own sentence may be its antecedent
    named = [s for s in fitting if kind_of(s) != "place" and _agrees(s, plural) and not _locative(s)
             and not (kind_of(s) == "generic" and s.start < own_sentence)
             and not (_people(s, actors) and s.start < own_sentence)]  # fmt: skip
    if len({s.label_ for s in named}) > 1 and sentence_start is not None:
        # "support Iraqi security forces in *their* campaign": the only fitting actor of the
        # pronoun's own sentence beats those of the sentence before
        named = [s for s in named if s.start >= sentence_start]
    return named[-1] if len({s.label_ for s in named}) == 1 and named[-1].label_ else None


def _thing_since(pronoun: Token, target: Span, spans: list[Span]) -> bool:
    """Whether an object "it" follows a thing named after its antecedent: "Hamas said it was
    studying *the proposal*, while Israel rejected *it*", "Egypt proposed *a plan*. Israel rejected
    *it*" reject the proposal and the plan."""
    if pronoun.lower_ != "it" or pronoun.dep_ != "dobj":
        return False
    named = {i for s in spans for i in range(s.start, s.end)}
    return any(
        t.tag_ == "NN" and t.dep_ in _ARGUMENT_DEPS and t.i not in named and not is_actor_noun(t)
        for t in pronoun.doc[target.end : pronoun.i]
    )


def _people(span: Span, actors: dict[str, Actor]) -> bool:
    """Whether a mention names a state's people or civilians ("Iraqis" IRQPPL, "civilians in Tikrit")."""
    actor = actors.get(span.label_)
    return kind_of(span) == "agent" and actor is not None and actor.code.endswith(_PEOPLE_SECTORS)


def _agrees(span: Span, plural: bool) -> bool:
    """Whether a mention's number is the pronoun's; people and states are never ruled out by it."""
    return span.label_ == "" or span.root.tag_ in {"NNS", "NNPS"} or not plural or kind_of(span) == "pronoun"


def _fits(span: Span, actors: dict[str, Actor], kinds: set[str], plural: bool) -> bool:
    if not span.label_:
        return True  # an unknown person
    actor = actors.get(span.label_)
    if actor is not None and "person" in kinds and _one_person(span, actor):
        return True  # "the foreign minister said that *he* …"
    if actor is None or actor.type not in kinds:
        return False
    if actor.type in {"person", "state"}:
        return True
    return (span.root.tag_ in {"NNS", "NNPS"}) == plural or actor.type == "armed_group"


def _controller(pronoun: Token, window: list[Span], actors: dict[str, Actor], kinds: set[str]) -> Span | None:
    """Whose "its" is in the clause an act's owner controls: that owner's ("Washington welcomed
    *Russia's* decision to withdraw *its* troops", "Japan's commitment to defending *its* islands")."""
    if pronoun.dep_ != "poss":
        return None
    token = pronoun.head
    for _ in range(_MAX_CLIMB):
        if token.head == token:
            return None
        clause, token = token, token.head
        infinitive = clause.dep_ == "acl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        )
        gerund = clause.dep_ == "pcomp" and token.lower_ == "to"
        if gerund:
            token = token.head
        if (infinitive or gerund) and token.pos_ in {"NOUN", "PROPN"}:
            owners = [s for s in window if s.root.head == token and s.root.dep_ == "poss"
                      and _fits(s, actors, kinds, plural=False)]  # fmt: skip
            return owners[-1] if owners else None
    return None


def _topic_owner(
    pronoun: Token, window: list[Span], actors: dict[str, Actor], kinds: set[str]
) -> Span | None:
    """Whose "its" is in what a verb is about: the one it acts on, not its subject ("Bolivia cut
    ties with Israel *over its* offensive", "sanctioned Iran over *its* drone deliveries")."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in _TOPIC_PREPS:
        return None
    acted_on = [s for s in window if s.sent == pronoun.sent and s.root.dep_ in {"dobj", "pobj"}
                and kind_of(s) not in {"generic", "place"}
                and _fits(s, actors, kinds, plural=False)]  # fmt: skip
    return acted_on[-1] if acted_on else None


def _quoted_speaker(pronoun: Token, spans: list[Span]) -> Span | None:
    """Whom "we" or "I" stands for in reported speech: the subject of the verb that reports it,
    after a quotation ("“We will not allow Russia …,” *Moldova's president* told reporters") or
    before a colon ("*The Foreign Secretary* said: I am appalled …")."""
    sent = pronoun.sent
    quoted = sum(t.text in _QUOTE_MARKS for t in sent.doc[sent.start : pronoun.i]) % 2 == 1
    if pronoun.pos_ != "PRON":
        return None
    clause = pronoun
    for _ in range(_MAX_CLIMB):
        head = clause.head
        if clause.dep_ in {"ccomp", "parataxis"} and (
            (quoted and head.i > clause.i) or _colon_between(head, clause)
        ):
            subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i != clause.i]
            named = [s for c in subjects for s in spans if s.start <= c.i < s.end and kind_of(s) != "pronoun"]
            return named[0] if named else None
        if head.i == clause.i:
            return None
        clause = head
    return None


def _introduced_speaker(
    sents: list[Span], number: int, spans: list[Span], actors: dict[str, Actor]
) -> Span | None:
    """Who speaks in the first person in a statement handed to them by a sentence before it: "The
    Foreign Secretary Philip Hammond said:" closing a paragraph, the statement following. That
    sentence (:func:`statement_opener`) must name actors of one side only, of kinds that speak
    ("*Kenyan* President *William Ruto* said:"); the last of them speaks."""
    opener = statement_opener(sents, number)
    if opener is None:
        return None
    before = sents[opener]
    named = [s for s in spans if before.start <= s.start and s.end <= before.end and kind_of(s) in _SPEAKING]
    sides = {(actors[s.label_].country if s.label_ in actors else None) or s.label_ for s in named}
    return named[-1] if len(sides) == 1 else None


def statement_opener(sents: list[Span], number: int) -> int | None:
    """The sentence before sentence ``number``, at most :data:`STATEMENT_REACH` back, that ends
    with a colon and so hands the word to what follows ("… said:"); None if there is none.

    >>> from spacy.vocab import Vocab
    >>> words = ["Ruto", "said", ":", "I", "agree", ".", "We", "act", "."]
    >>> doc = Doc(Vocab(), words=words, sent_starts=[True, False, False] * 3)
    >>> [statement_opener(list(doc.sents), n) for n in range(3)]
    [None, 0, 0]
    """
    for before in range(number - 1, max(number - 1 - STATEMENT_REACH, -1), -1):
        words = [token for token in sents[before] if not token.is_space]
        if words and words[-1].text == ":":
            return before
    return None


def _colon_between(verb: Token, clause: Token) -> bool:
    """Whether a colon opens ``clause`` after the verb that reports it ("said: I …")."""
    return verb.i < clause.i and any(t.text == ":" for t in verb.doc[verb.i + 1 : clause.left_edge.i + 1])


def _one_person(span: Span, actor: Actor) -> bool:
    """Whether a mention names one person by office: an agent or generic one ("Nepal's foreign
    *minister*", "the Foreign *Secretary*") or a catalogue title of an office ("the German
    *Chancellor*", "the US Defense *Secretary*", filed under the government or body it heads)."""
    root = span.root
    by_office = kind_of(span) in {"agent", "generic"} or (
        kind_of(span) == "name" and actor.type in _OFFICE_HOLDERS
    )
    heads = AgentWords.load().personal_heads
    return by_office and root.tag_ in {"NN", "NNP"} and root.lemma_.lower() in heads


def _strangers(doc: Doc, window: list[Span], start: int, end: int) -> list[Span]:
    """People no catalogue knows (a quoted expert), who compete for "he" and "she" too."""
    covered = {i for s in window for i in range(s.start, s.end)}
    return [
        actor_span(doc, e.start, e.end, "", "unknown")
        for e in doc.ents
        if e.label_ == "PERSON"
        and start <= e.start
        and e.end <= end
        and not covered.intersection(range(e.start, e.end))
    ]


def _names_a_thing(span: Span) -> bool:
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} and not is_actor_noun(root.head)


def _locative(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS


def _maybe_referring(doc: Doc) -> list[int]:
    """The indices of the tokens of ``doc`` that may be a third person pronoun, a quoted "we", or
    end a pair phrase, in order; read off its arrays, as most tokens are none of these."""
    strings = doc.vocab.strings
    # columns, not rows: a list per token would be as many objects for the garbage collector
    columns = cast(list[list[int]], doc.to_array([POS, LOWER, LEMMA]).reshape(len(doc), 3).T.tolist())
    parts, lowers, lemmas = columns
    return [
        index
        for index, (pos, lower, lemma) in enumerate(zip(parts, lowers, lemmas, strict=True))
        if (pos == PRON and (strings[lower] in _KINDS or strings[lower] in FIRST_PERSON))
        or strings[lemma].lower() in PAIR_HEADS
        or strings[lower] in (BARE_PAIR, _RELATIVE_OWNER)
    ]


def _relative_owners(pronoun: Token, spans: list[Span]) -> list[Span]:
    """ "Nigeria and Niger, *whose* relations soured", "the militia, *whose* fighters attacked": the
    mentions of the noun (and its conjuncts) the relative clause of "whose" qualifies."""
    clause = pronoun.head
    for _ in range(_MAX_CLIMB):
        if clause.dep_ == "relcl" or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "relcl":
        return []
    owners = {t.i for t in _conjuncts(clause.head)}
    return [s for s in spans if s.root.i in owners and s.end <= pronoun.i]


def _pair_phrase_start(token: Token) -> int | None:
    """Where "the two nations", "both countries" or a bare "the two" begins, if ``token`` ends one."""
    doc = token.doc
    if token.lower_ == BARE_PAIR and token.dep_ in _BARE_PAIR_DEPS and token.i >= 1:
        return token.i - 1 if doc[token.i - 1].lower_ == "the" else None
    if token.lemma_.lower() not in PAIR_HEADS or token.i < 1:
        return None
    if doc[token.i - 1].lower_ == "both":
        return token.i - 1
    if doc[token.i - 1].lower_ == "their" and token.tag_ in {"NNS", "NNPS"}:
        return token.i - 1  # "their countries": kept only where two countries are in reach
    if token.i >= 2 and doc[token.i - 2].lower_ == "the" and doc[token.i - 1].lower_ == "two":
        return token.i - 2
    return None


def _last_two_people(window: list[Span], actors: dict[str, Actor]) -> list[Span]:
    """The last two people named in ``window``, by name or by one office ("Saudi Arabia's crown
    prince"); none unless there are two."""
    people: list[Span] = []
    for span in reversed(window):
        actor = actors.get(span.label_)
        one = actor is not None and (
            actor.type == "person" or (kind_of(span) == "agent" and span.root.tag_ in {"NN", "NNP"})
        )
        if one and all(p.label_ != span.label_ for p in people):
            people.append(span)
        if len(people) == 2:
            return people
    return []


def _last_two_countries(
    window: list[Span], actors: dict[str, Actor], catalogue: Catalogue, most: int = 2
) -> list[Actor]:
    """The states of the last two countries named in ``window`` (none unless there are two).

    With ``most`` above two, the states of up to that many countries, so that a caller can
    tell two from more.
    """
    countries: list[str] = []
    for span in reversed(window):
        if _locative(span) or _names_a_thing(span) or kind_of(span) == "place":
            continue  # "violations in Ukraine", "the Minsk agreements": a place, not a party
        country = actors[span.label_].country if span.label_ in actors else None
        if country and country not in countries:
            countries.append(country)
        if len(countries) == most:
            break
    states = [catalogue.get(code) for code in countries]
    return [s for s in states if s is not None] if len(countries) >= 2 else []
