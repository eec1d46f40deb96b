"""The spaCy component that finds actor mentions: names, demonyms, metonyms, agent and role phrases.

Mentions are written to ``doc.spans["actors"]``: each span's ``label_`` is the actor id and its
``kb_id_`` says how it was found, one of :data:`graphkit.models.MENTION_KINDS`. The actors themselves,
including the agents and unknown names made up for this document, are kept as JSON in
``doc.user_data["graphkit_actors"]`` so that documents can cross process boundaries. The
document date (``doc.user_data["graphkit_date"]``, ISO string) picks a person's code and the
holder of an office.

Matching is one pass of a :class:`~spacy.matcher.PhraseMatcher` over every alias of the
catalogue, so its cost does not grow with the number of actors.

Examples
--------
>>> import spacy
>>> from graphkit.models import UNKNOWN_PREFIX, Actor, MentionKind
>>> nlp = spacy.blank("en")
>>> cat = Catalogue([Actor(id="IRN", label="Iran", type="state", code="IRN", country="IRN",
...                        aliases=("Iranian",))])
>>> matcher = ActorMatcher(nlp, cat)
>>> doc = matcher(nlp("Iranian drones hit Kyiv."))
>>> [(span.text, span.label_) for span in doc.spans["actors"]]
[('Iranian', 'IRN')]
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.attrs import LOWER, ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from graphkit.actors.agents import (
    AgentWords,
    abbreviation_of,
    agent_actor,
    clause_verb,
    initials_fit,
    is_place,
    names_armed,
    unidentified_mentions,
)
from graphkit.actors.catalogue import Agent, Catalogue
from graphkit.actors.gazetteer import Gazetteer
from graphkit.actors.kinds import actor_span
from graphkit.actors.nominals import (
    ACTOR_NOUNS,
    KIN_NOUNS,
    KIND_HEADS,
    NOT_OWNED,
    OWNED_NOUNS,
    backed_by_a_name,
    generic_mentions,
    is_actor_noun,
    is_stance,
    kind_sector,
    noun_key,
)
from graphkit.actors.unknown import NON_ACTOR_ORG_WORDS, is_named_actor, unknown_actor
from graphkit.models import UNKNOWN_PREFIX, Actor, MentionKind

__all__ = ["ACTORS_KEY", "DATE_KEY", "SPANS_KEY", "ActorMatcher", "doc_actors", "doc_date"]

SPANS_KEY = "actors"
ACTORS_KEY = "graphkit_actors"
DATE_KEY = "graphkit_date"

_PHRASE_DEPS = {"det", "amod", "compound", "nummod", "poss", "predet"}
_FUNCTION_WORDS = {"the", "of", "and", "for", "de", "del", "la", "le", "al", "el", "in", "on"}
_POSSESSIVES = {"'s", "’s", "'", "’"}
_KIND_MODIFIER_DEPS = {"amod", "compound", "poss"}
"""Modifiers that say the kind of a group: "*women's* groups", "*business* organisations"."""
_ACRONYM = re.compile(r"^[A-Z][A-Z.]{0,4}$")
_STATE_LIKE = {"state"}
_PLACE_LABELS = {"GPE", "LOC"}
_MAX_AGENT_WORDS = 5
# Words allowed between a state and its agent word: "Iran's *senior* military commanders".
_AGENT_FILLERS = {"'s", "’s", "senior", "top", "former", "new", "acting", "deputy", "own", "chief", "then"}
_HYPHENS = frozenset({"-", "–"})
"""Hyphens as the tokenizer splits them off: "Saudi*-*led", "eastern*-*based", "anti*-*Syria"."""
_OFFICE_WORDS = {"representative", "commissioner", "coordinator", "director", "adviser", "rapporteur"}
"""Offices the agent words lack, which a region after "for" is the portfolio of."""


def doc_actors(doc: Doc) -> dict[str, Actor]:
    """The actors of ``doc``'s mentions, by id."""
    return {key: Actor.model_validate(value) for key, value in doc.user_data.get(ACTORS_KEY, {}).items()}


def doc_date(doc: Doc) -> dt.date | None:
    """The publication date the extractor set on ``doc``, if any."""
    value = doc.user_data.get(DATE_KEY)
    return dt.date.fromisoformat(value) if value else None


class ActorMatcher:
    """Find the actors of a :class:`Catalogue` in a :class:`~spacy.tokens.Doc`.

    Parameters
    ----------
    nlp
        The pipeline; only its tokenizer is used to compile the aliases.
    catalogue
        The actors to find.
    use_entities
        Turn named entities the catalogue does not know (``doc.ents``) into actors of
        their own, never guessing them into a known actor.
    use_nominals
        Turn noun phrases headed by an actor noun ("the regime", "civilians") into generic
        actors (needs a parse).
    """

    def __init__(
        self, nlp: Language, catalogue: Catalogue, *, use_entities: bool = True, use_nominals: bool = True
    ) -> None:
        self.catalogue = catalogue
        self.vocab = nlp.vocab
        self.use_entities = use_entities
        self.use_nominals = use_nominals
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._forms: dict[str, list[Actor]] = {}
        self._case: dict[str, str] = {}
        for alias, actor in _with_typographic_variants(catalogue.aliases()):
            self._forms.setdefault(alias.lower(), []).append(actor)
            # The form with the fewest capitals sets which capitals the text must have.
            known = self._case.get(alias.lower())
            if known is None or _capitals(alias) < _capitals(known):
                self._case[alias.lower()] = alias
        # Natural case, because the tokenizer splits "u.s." and "U.S." differently.
        self._tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
        # Tokenizing every alias takes seconds; an alias is compiled when a document first has
        # its first word, so start-up costs little and the matches are the same.
        self._waiting: dict[str, list[str]] = {}
        for form in sorted(self._case.values()):
            self._waiting.setdefault(_first_word(form), []).append(form)
        self._first_words: dict[int, str] = {}
        """The key (:func:`_first_word`) of each token text seen, by its ORTH id: texts recur."""
        self.words = AgentWords.load()
        self.gazetteer = Gazetteer(self.words.geographic_features)
        self._agent_words = self.words.agents(catalogue.agents)
        for noun, code in OWNED_NOUNS.items():
            self._agent_words.setdefault((noun,), Agent(code=code))
        # plural demonyms ("Ghanaians") name a state's people: the plural of each one-word
        # demonym-like alias of a state is matched too, and read as its people
        self._plurals: dict[str, Actor] = {}
        for form, actor in _demonym_plurals(catalogue):
            self._plurals[form.lower()] = actor
            if form.lower() not in self._forms:
                self._forms[form.lower()] = [actor]
                self._case[form.lower()] = form
                self._waiting.setdefault(_first_word(form), []).append(form)

    def __call__(self, doc: Doc) -> Doc:
        self._find(doc, names_only=False)
        return doc

    def _find(self, doc: Doc, *, names_only: bool) -> None:
        day = doc_date(doc)
        found = _Found(doc, day)
        for span, actors in self._names(doc):
            actor = self._choose(actors, found, day)
            if actor is not None:
                found.add(span, actor, "name")
        _names_out_of_times(doc, found)
        self._elided_names(doc, found, day)
        self._shared_names(doc, found)
        _drop_datelines(doc, found)
        self._drop_portfolios(doc, found)
        if names_only:
            found.write()
            return
        self._agents_and_roles(doc, found, day)
        _titled_people(found)
        self._members_of_groups(doc, found)
        parsed = doc.has_annotation("DEP")
        if parsed:
            self._bodies_of(doc, found)
        if self.use_entities and doc.has_annotation("ENT_IOB"):
            self._named_bodies(doc, found)
            known = {(span.start, span.end) for span, _ in found.items()}
            self._unknown_entities(doc, found)
            # "the *Jalisco* cartel", "*Aden* police": a town the gazetteer places owns its agents too
            placed = [(span, actor) for span, actor in found.items() if (span.start, span.end) not in known]
            self._agents_and_roles(doc, found, day, placed)
            _surnames_of_earlier_people(found)
        if parsed:
            self._owned_by_state(found)
            _drop_stances(doc, found, self.words)
        if self.use_nominals and parsed:
            for span in unidentified_mentions(doc, found.tokens(), self.words):
                # "*separatist* militants" are no unidentified group: their kind names them
                if kind_sector(span.root) in {None, self.words.unidentified.code}:
                    found.add(span, self.words.unidentified, "agent")
            for span, actor in generic_mentions(doc, found.tokens()):
                found.add(span, self._dictionary_sector(span, actor), "generic")
        self._abbreviations(doc, found)
        if parsed:
            found.mark_places(self.words)
            self._located_people(found)
        found.write()

    def _agent_phrase(self, words: tuple[str, ...]) -> Agent | None:
        """The agent the lower-case ``words`` name, as they stand or with the last one singular."""
        return self._agent_words.get(words) or self._agent_words.get(_singular(words))

    def _dictionary_sector(self, span: Span, actor: Actor) -> Actor:
        """A group of a kind the agents dictionary names as a phrase or by its modifier, with its sector:
        "human rights groups" HRI, "aid groups" NGODEV, "women's groups" CVL, where "groups" alone
        are armed (UAF); a modifier that is an actor noun already says the kind ("rebel groups",
        graphkit.actors.nominals)."""
        if noun_key(span.root) not in KIND_HEADS:
            return actor
        words = tuple(t.lower_ for t in span if t.pos_ not in {"DET", "NUM", "PRON"})
        phrases = [words[start:] for start in range(len(words) - 1)]
        # "*women's* groups" CVL, "*business* groups" BUS: or a modifier the dictionary names alone
        phrases += [(c.lower_,) for c in span.root.children if c.dep_ in _KIND_MODIFIER_DEPS]
        for phrase in phrases:
            agent = self._agent_phrase(phrase)
            if agent is not None and not agent.title and not agent.prefix:
                return actor if agent.code == actor.code else actor.model_copy(update={"code": agent.code})
        return actor

    def names_only(self, doc: Doc) -> Doc:
        """Write only the catalogue names found in ``doc``: the cheap first look a gate needs.

        No agents, roles, unknown names or generic actors, which need the tagger and parser.
        """
        self._find(doc, names_only=True)
        return doc

    def _names(self, doc: Doc) -> Iterator[tuple[Span, list[Actor]]]:
        """Catalogue names, the longest that fit where matches overlap.

        Case is checked before the longest is chosen: "U.S." stands when "U.S. Military" does not fit.
        """
        self._compile_for(doc)
        fitting: dict[tuple[int, int], list[Actor]] = {}
        for _, start, end in self._matcher(doc):
            span = doc[start:end]
            key = span.text.lower()
            if key not in self._forms:
                key = " ".join(token.lower_ for token in span)
            actors = self._forms.get(key)
            if not actors or not _case_fits(span, self._case.get(key, key)):
                continue
            region = self._region_around(span, actors) or self._town_around(span, actors)
            if region is not None:
                # "*Upper* Nile": the region, not Egypt's river; "*Dera* Ismail Khan": the town
                fitting[start - 1, end] = [region]
            elif (
                not self._inside_a_longer_name(span)
                and not _a_date(span)
                and not self._names_a_site(span, actors)
            ):
                fitting[start, end] = actors
        for span in filter_spans([doc[start:end] for start, end in fitting]):
            yield span, fitting[span.start, span.end]

    def _elided_names(self, doc: Doc, found: _Found, day: dt.date | None) -> None:
        """ "North and South Korea", "East and West Germany": a word before "and" that shares the
        rest of the next name is a name of its own when the catalogue knows that name."""
        for span, _ in list(found.items()):
            if len(span) < 2 or span.start < 2 or doc[span.start - 1].lower_ not in _JOINING:
                continue
            first = doc[span.start - 2]
            if not first.is_title or found.at(first.i):
                continue
            actors = self._forms.get(" ".join([first.lower_, *(token.lower_ for token in span[1:])]))
            actor = self._choose(actors, found, day) if actors else None
            if actor is not None:
                found.add(doc[first.i : first.i + 1], actor, "name")

    def _names_a_site(self, span: Span, actors: list[Actor]) -> bool:
        """Whether a name other than a state's names the building or site it ends or comes before:
        "the *al-Aqsa* mosque", "*Ben Gurion* airport", "*the Al-Aqsa Mosque*" (agent_words.yaml
        ``named_sites``)."""
        last_and_next = [span[-1], *span.doc[span.end : span.end + 1]]
        named = any(token.lower_ in self.words.named_sites for token in last_and_next)
        return named and all(actor.type != "state" for actor in actors)

    def _before_a_facility(self, span: Span) -> bool:
        """Whether a name qualifies a site named for the town it stands in ("the *Ras Tanura*
        refinery"; agent_words.yaml ``facilities``); not one a possessive places ("Iran's Natanz
        plant", whose owner the matcher joins to the name)."""
        head = span.root.head
        return (
            span.root.dep_ in {"compound", "nmod"}
            and head.lemma_.lower() in self.words.facilities
            and not any(c.dep_ == "poss" for c in head.children)
        )

    def _town_around(self, span: Span, actors: list[Actor]) -> Actor | None:
        """The state of a town the gazetteer knows whose name a name other than a state's closes:
        "*Dera* Ismail Khan" is a Pakistani city, not the Afghan commander."""
        before = span.doc[span.start - 1] if span.start else None
        named = before is not None and before.is_title and before.is_alpha
        if before is None or not named or any(actor.type == "state" for actor in actors):
            return None
        state = self.gazetteer.country(f"{before.text} {span.text}")
        return self.catalogue.get(state) if state is not None else None

    def _inside_a_longer_name(self, span: Span) -> bool:
        """Whether a catalogue name is part of a longer place name: "Mocimboa *da Praia*", "the
        South *China* Sea"."""
        return _ends_a_longer_name(span) or _names_a_feature(span, self.words.geographic_features)

    def _region_around(self, span: Span, actors: list[Actor]) -> Actor | None:
        """The state of a region whose name a catalogue name closes, when the gazetteer places it
        in another state: "*Upper* Nile" (South Sudan), "*Northern* Ireland" (the United Kingdom)."""
        before = span.doc[span.start - 1] if span.start else None
        if before is None or not before.is_title or before.lower_ not in self.words.region_qualifiers:
            return None
        state = self.gazetteer.country(f"{before.text} {span.text}")
        if state is None or any(actor.country == state for actor in actors):
            return None
        return self.catalogue.get(state)

    def _compile_for(self, doc: Doc) -> None:
        """Add to the matcher the aliases whose first word ``doc`` has and that are not in it yet."""
        keys = {
            key for orth in doc.count_by(ORTH) if (key := self._first_word_of(orth, doc)) in self._waiting
        }
        forms = [form for key in sorted(keys) for form in self._waiting.pop(key)]
        if forms:
            self._matcher.add("ACTOR", list(self._tokenizer.pipe(forms)))

    def _first_word_of(self, orth: int, doc: Doc) -> str:
        """:func:`_first_word` of the text whose ORTH id in ``doc`` is ``orth``, remembered (the id is
        the text's hash, the same in every vocabulary; there are no more than the texts seen)."""
        key = self._first_words.get(orth)
        if key is None:
            key = self._first_words[orth] = _first_word(doc.vocab.strings[orth])
        return key

    def _choose(self, actors: list[Actor], found: _Found, day: dt.date | None) -> Actor | None:
        """One actor for an alias; an ambiguous alias resolves only on evidence, else not at all."""
        if len(actors) == 1:
            return actors[0]
        seen = [actor for actor in actors if actor.id in found.ids]
        if len(seen) == 1:
            return seen[0]
        in_office = [actor for actor in actors if any(role.covers(day) for role in actor.roles)]
        if day is not None and len(in_office) == 1:
            return in_office[0]
        states = [actor for actor in actors if actor.type in _STATE_LIKE]
        return states[0] if len(states) == 1 else None

    def _agents_and_roles(
        self, doc: Doc, found: _Found, day: dt.date | None, among: Iterable[tuple[Span, Actor]] | None = None
    ) -> None:
        """Country + sector word ("Russian troops") and country + office ("the Ukrainian President").

        Also an organisation + sector word ("NATO troops"), coordinated demonyms sharing one
        sector word ("US and British activists": one actor each) and a plural demonym alone
        ("Ghanaians": the state's people). Only the mentions ``among`` own agents when given.
        """
        owners = sorted(
            (
                (span, actor)
                for span, actor in (found.items() if among is None else among)
                if _owns_agents(actor)
            ),
            key=lambda item: item[0].start,
        )
        shared: list[tuple[Span, Actor]] = []  # demonyms waiting for the sector word of a later one
        for span, actor in owners:
            hit = (
                None
                if _after_hyphen(doc, span)
                else (self._agent_after(doc, span) or _members(doc, span, actor))
            )
            if hit is not None and is_stance(doc[hit[0] - 1]):
                hit = None  # "Greece's *opposition* to the deal": a stance, no party
            if hit is None:
                if _coordinated_next(doc, span.end, owners):
                    shared.append((span, actor))
                else:
                    shared.clear()
                    self._people(doc, span, actor, found)
                continue
            end, agent = hit
            if not agent.title and _modifies_next(doc, end):
                armed = ACTOR_NOUNS.get(noun_key(doc[end])) in _ARMED_SECTORS and doc[end - 1].head.i == end
                # "an Afghan army *convoy*", "a Russian navy *ship*": what the body acts or is hit through
                held = noun_key(doc[end]) in self.words.asset_heads and doc[end - 1].head.i == end
                # "a Russian army *offensive*", "a Saudi-led coalition *airstrike*": who strikes
                acting = noun_key(doc[end]) in self.words.struck_places and doc[end - 1].head.i == end
                if not (armed or held or acting):
                    if self._holder_named(doc, end, found):
                        # "Iranian envoy Hassan Kazemi Qomi": a name the catalogue lacks takes its code;
                        # "U.N. mediator Diego Cordovez": one it knows speaks for the office here
                        found.titles[end] = agent_actor(actor, agent, self.words)
                    shared.clear()
                    continue  # "Iranian military commander", "civilian nuclear program": a modifier
                # "Syrian opposition forces", "Iraqi government troops": the body it qualifies
                end += not acting
                if armed and agent.code == _PEOPLE_SECTOR:
                    # "the Libyan *National Army*": a word of the people naming a force is the force's
                    agent = self._head_agent(doc[end - 1], ()) or agent
            if agent.title and actor.type == "state":
                if _followed_by_name(doc, end):
                    # "Kenyan President William Ruto": the name is the office's, whoever it is
                    found.titles[end] = agent_actor(actor, agent, self.words)
                    shared.clear()
                    continue
                # undated, or named in apposition ("the Iraqi Foreign Minister, Ibrahim al-Jaafari"):
                # who held the office is not for the catalogue to guess
                holder = (
                    None
                    if day is None or _apposed_name(doc, end) or actor.country is None
                    else self.catalogue.office_holder(actor.country, agent.title, day)
                )
                if holder is not None:
                    found.replace(span, doc[span.start : end], holder, "role")
                    shared.clear()
                    continue
            elif agent.title and _followed_by_name(doc, end):
                # "NATO Secretary-General Mark Rutte": a name the catalogue lacks takes the office's code
                found.titles[end] = agent_actor(actor, agent, self.words)
                shared.clear()
                continue
            found.replace(span, doc[span.start : end], agent_actor(actor, agent, self.words), "agent")
            for other, owner in shared:  # "Senior Hungarian and Romanian officials"
                found.replace(other, other, agent_actor(owner, agent, self.words), "agent")
            shared.clear()

    def _members_of_groups(self, doc: Doc, found: _Found) -> None:
        """ "FARC rebels", "Hamas gunmen", "Taliban fighters": a group's name and what its members
        are called are one mention of the group."""
        for span, actor in list(found.items()):
            if actor.type not in {"armed_group", "organisation", "military"} or found.kind(span) != "name":
                continue
            hit = self._agent_after(doc, span)
            if hit is None or hit[1].title or _followed_by_name(doc, hit[0]):
                continue  # "Hamas leader Ismail Haniyeh": the leader is named
            end = hit[0]
            if _modifies_next(doc, end):
                continue  # "Hamas security officials' statement"
            found.replace(span, doc[span.start : end], actor, "name")

    def _people(self, doc: Doc, span: Span, actor: Actor, found: _Found) -> None:
        """ "Ghanaians", "ethnic Albanians": a plural demonym alone names the state's people."""
        if len(span) != 1 or self._plurals.get(span.text.lower()) is not actor:
            return
        start = span.start
        while start > 0 and doc[start - 1].lower_ in self.words.people_modifiers:
            start -= 1
        people = agent_actor(actor, Agent(code=self.words.people_code), self.words)
        found.replace(span, doc[start : span.end], people, "agent")

    def _drop_portfolios(self, doc: Doc, found: _Found) -> None:
        """ "the Minister *for the Middle East*", "EU Special Representative *for the Sahel*": a region
        an office is for is its portfolio, no actor of the sentence: a place, as NER would have
        tagged it had the name not been the catalogue's (the office is then no one's there)."""
        for span, actor in list(found.items()):
            before = span.start - 1 - (span.start > 0 and doc[span.start - 1].lower_ == "the")
            if actor.type != "group" or before < 1 or doc[before].lower_ != "for":
                continue
            # the word "for" hangs on; unparsed, the word before it or before "of State"
            office = doc[before].head if doc.has_annotation("DEP") else doc[before - 1]
            if not doc.has_annotation("DEP") and before > 2 and doc[before - 2].lower_ == "of":
                office = doc[before - 3]
            if self._agent_phrase((office.lower_,)) is not None or noun_key(office) in _OFFICE_WORDS:
                found.drop(span)
                if not any(token.ent_type for token in span):
                    doc.set_ents([Span(doc, span.start, span.end, label="LOC")], default="unmodified")

    def _agent_after(self, doc: Doc, span: Span) -> tuple[int, Agent] | None:
        """The longest agent phrase after ``span`` (a state or organisation), past fillers.

        Fillers are a few words ("senior", "'s") and, in a parsed ``doc``, up to two modifiers
        of the agent word ("Liberian *riot* police", "Iranian *nuclear* scientists"); there the
        owner must modify the agent word too.
        """
        index = span.end
        while index < len(doc) and doc[index].lower_ in _AGENT_FILLERS:
            index += 1
        if index + 1 < len(doc) and doc[index].text in _HYPHENS and doc[index + 1].lower_ == "led":
            index += 2  # "a *Saudi-led* coalition", "US-led forces": the body is the leader's
        if index + 1 < len(doc) and backed_by_a_name(doc[index + 1]):
            return None  # "the *UN-backed* government", "Iran-funded militias": the backer's is no body
        parsed = doc.has_annotation("DEP")
        first: tuple[int, Agent] | None = None  # an agent word that may only modify the next
        for skipped, start in enumerate(_after_modifiers(doc, index, _MAX_MODIFIERS if parsed else 0)):
            best: tuple[int, Agent] | None = None
            for length in range(1, _MAX_AGENT_WORDS + 1):
                words = tuple(token.lower_ for token in doc[start : start + length])
                if len(words) != length:
                    break
                agent = self._agent_phrase(words)
                if agent is not None:
                    best = (start + length, agent)
            if best is None and first is not None and start < len(doc):
                # "Haitian gang *members*", "Mexican cartel *leaders*": an office head no agent word
                # names takes the sector of the agent word that modifies it
                head = doc[start]
                if head.lower_ in self.words.office_heads and _modifies(span, doc[span.end : start + 1]):
                    return start + 1, first[1]
            if best is None:
                continue
            if skipped and not _modifies(span, doc[span.end : best[0]]):
                return first
            if parsed and _is_modifier(doc[best[0] - 1]) and first is None:
                first = best  # "Kenyan *university* students": try the word it modifies
                continue
            if (
                first is not None
                and not first[1].title
                and doc[best[0] - 1].lower_ in self.words.office_heads
            ):
                return best[0], first[1]  # "Israeli intelligence officials": the sector of the modifier
            return best
        return first

    def _bodies_of(self, doc: Doc, found: _Found) -> None:
        """ "the Government of Iraq", "the mayor of Nablus", "officials in Baghdad", "students
        throughout Indonesia", "activists from Britain and Germany": a body of a known actor."""
        done: set[int] = set()
        for span, actor in sorted(found.items(), key=lambda item: item[0].start):
            root = span.root
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head  # "activists from Britain and *Germany*"
            coordinated = root.i != span.root.i
            root = self._region_of(root, actor) or root
            prep = root.head
            head = prep.head
            # "a spokesman *for* the Taliban" speaks for them as "of" would say
            preposition = (
                "of" if prep.lower_ == "for" and head.lower_ in self.words.representing_heads else prep.lower_
            )
            if self._belongs(head, prep, actor) or self._leads(head, prep):
                # "gunmen *linked to* al-Shabaab" are its members, "a delegation *led by* Qatar's
                # foreign minister" Qatar's
                head, preposition = head.head, "of"
                for unowned, _ in found.at(head.i):
                    found.drop(unowned)  # "gunmen" alone were armed men of no one in particular
            if root.dep_ != "pobj" or preposition not in self.words.agent_prepositions:
                continue
            sector = self._sector_of(head, actor, preposition)
            if sector is None or (head.i not in done and found.at(head.i)):
                continue
            if actor.type in {"state", "igo"}:
                actor = agent_actor(actor, Agent(code=sector), self.words)
            if coordinated or head.i in done:
                found.replace(span, span, actor, "agent")  # a coordinated owner: its own name
                continue
            start = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ in _PHRASE_DEPS])
            done.add(head.i)
            found.replace(span, doc[start : max(span.end, root.i + 1)], actor, "agent")

    def _region_of(self, owner: Token, actor: Actor) -> Token | None:
        """ "rebels in *Myanmar's Rakhine state*", "students in *Iran's north*": the place a state
        owns stands for the state as an agent phrase's owner."""
        place = owner.head
        if actor.type != "state" or owner.dep_ not in {"poss", "compound"} or place.dep_ != "pobj":
            return None
        return place if place.lower_ in self.words.place_nouns | _STATE_LIKE else None

    def _belongs(self, word: Token, prep: Token, owner: Actor) -> bool:
        """Whether ``word`` ties the noun it qualifies to a group ``prep`` names ("fighters
        *affiliated with* Islamic State"); a state or a person is backed, not belonged to."""
        return (
            word.lower_ in self.words.affiliations
            and word.dep_ in {"acl", "amod"}
            and prep.lower_ in {"to", "with"}
            and owner.type in {"armed_group", "organisation"}
        )

    def _leads(self, word: Token, prep: Token) -> bool:
        """Whether ``word`` says the one its "by" names leads the noun it qualifies ("a delegation
        *led by* Qatar's foreign minister")."""
        return self.words.leads(word) and prep.lower_ == "by"

    def _body_led(self, ent: Span, found: _Found) -> Actor | None:
        """The known body a name leads ("a Qatari delegation *led by* Mohammed Al-Khulaifi"), which
        a name the catalogue lacks speaks for."""
        prep = ent.root.head
        if ent.root.dep_ != "pobj" or not self._leads(prep.head, prep):
            return None
        led = found.at(prep.head.head.i)
        return next((a for _, a in led if a.type not in {"state", "person"} and a.code), None)

    def _sector_of(self, head: Token, owner: Actor, preposition: str) -> str | None:
        """The sector a head noun gives its owner after ``preposition``; ``None``: no body of it."""
        group = owner.type not in {"state", "igo"}
        # "supporters of the Muslim Brotherhood" are its people; a leader's are not his office's
        followed = group and owner.type != "person" and head.lemma_.lower() in self.words.following_heads
        if followed and preposition == "of":
            return owner.code
        if head.pos_ not in {"NOUN", "PROPN"} or noun_key(head) in _OTHER_PARTY_HEADS:
            return None  # "allies of Iran" are not Iran's, "the son of a minister" not the minister's
        modifiers = tuple(c.lower_ for c in head.lefts if c.dep_ == "compound")
        agent = self._head_agent(head, modifiers)
        if head.lower_ in self.words.office_heads:
            # "*rebel* leaders in Addis Ababa" are rebels, as "rebel leaders" alone are
            kinds = [c.lower_ for c in head.lefts if c.dep_ in {"compound", "amod"}]
            agent = (self._agent_words.get((kinds[-1],)) if kinds else None) or agent
        if agent is None and noun_key(head) in _BODY_HEADS and modifiers:
            agent = self._agent_words.get(modifiers)  # "opposition groups", "student movement"
        if agent is None and names_armed(head, self.words):
            agent = Agent(code=self.words.unidentified.code)  # "a suicide bomber from al-Shabaab"
        sector = agent.code if agent is not None and not agent.prefix else ACTOR_NOUNS.get(noun_key(head))
        # "the *separatist* republics of Donetsk" are rebels, not the government of their place
        sector = kind_sector(head) or sector
        if noun_key(head) == "member" and group and preposition in {"of", "from"}:
            return owner.code  # "members of Hamas", "members of the Wagner group" are the group
        if not sector:
            return None
        if preposition != "of" and agent is None:
            return None  # "a state of siege in Haiti", "international partners in Paris": no body
        posted = head.lemma_.lower() in self.words.posted_abroad or head.lower_ in self.words.posted_abroad
        if posted and preposition == "from" and any(c.dep_ == "poss" for c in head.children):
            return None  # "recalled *its* ambassador from Washington": the owner is the possessor
        if posted and preposition == "from" and head.head.lemma_.lower() in self.words.bringing_home:
            return None  # "Israel recalls envoy from Ireland": where the envoy served
        if preposition not in {"of", "from"}:
            # "the embassy in Berlin", "troops in Syria" are someone else's; "refugees from Syria",
            # "troops from Chad" are theirs; "*world* leaders in Rome" no one's in particular, but
            # "the *Foreign* Ministry in Ankara" is a name's word
            unlocated = head.pos_ != "PROPN" and any(
                c.lower_ in self.words.unlocated_modifiers for c in head.lefts
            )
            if posted or unlocated:
                return None
            if sector[:3] in self.words.stationed_sectors:
                return None
        if owner.type not in {"state", "igo"}:
            # "the Members of the Security Council", "gunmen *from* Boko Haram": the body is the
            # organisation itself
            # "a senior *commander* of Hezbollah": an agent word names one of its people too
            named = agent is not None or is_actor_noun(head) or names_armed(head, self.words)
            return sector if preposition in {"of", "from"} and named else None
        if owner.type == "igo" and preposition not in {"of", "from"}:
            return None  # "allies in NATO" are its members, not its body
        return sector

    def _named_bodies(self, doc: Doc, found: _Found) -> None:
        """ "the UN Board of Inquiry", "the Russian Foreign Ministry": a named body of a known actor."""
        for ent in doc.ents:
            if ent.label_ != "ORG" or {token.lower_ for token in ent} & NON_ACTOR_ORG_WORDS:
                continue  # "Russian Jewish" (NORP) is no body; "the Canadian Press" is an outlet
            inside = [
                (span, actor)
                for span, actor in found.items()
                if ent.start <= span.start and span.end <= ent.end
            ]
            if len(inside) != 1 or inside[0][0].end == ent.end or inside[0][1].type not in {"state", "igo"}:
                continue
            span, actor = inside[0]
            rest = [t for t in doc[span.end : ent.end] if t.lower_ not in _FUNCTION_WORDS | _POSSESSIVES]
            if not rest or not all(token.text[:1].isupper() for token in rest):
                continue  # "the European Community's": the name and a possessive, no body
            if actor.type == "state":
                # "the Nigerian Union of Teachers": the body's own sector word, else its government
                sector = self._last_sector([t.lower_ for t in rest]) or "GOV"
                actor = agent_actor(actor, Agent(code=sector), self.words)
            found.replace(span, ent, actor, "agent")

    def _head_agent(self, head: Token, modifiers: tuple[str, ...]) -> Agent | None:
        """The agent a head noun names with its compounds ("riot police"), else alone."""
        return (
            self._agent_words.get((*modifiers, head.lower_))
            or self._agent_words.get((head.lower_,))
            or self._agent_words.get((head.lemma_.lower(),))
        )

    def _last_sector(self, words: list[str]) -> str | None:
        """The sector of the last agent phrase in ``words``, the longest that ends there: "National
        Defence *Force*" is the military ("defence force"), not the nation's people ("national")."""
        for end in range(len(words), 0, -1):
            for start in range(max(0, end - _MAX_AGENT_WORDS), end):
                phrase = tuple(words[start:end])
                agent = self._agent_phrase(phrase)
                if agent is not None and not agent.prefix:
                    return agent.code
        return None

    def _owned_by_state(self, found: _Found) -> None:
        """ "Egypt's Muslim Brotherhood", "Sudan's Rapid Support Forces": a group named with its state.

        The group's mention takes in the possessive; a group the catalogue does not know takes
        the state's country, and its code begins with the state's.
        """
        spans = sorted(found.items(), key=lambda item: item[0].start)
        for (first, state), (second, group) in itertools.pairwise(spans):
            doc = first.doc
            if state.type != "state" or group.type in {"state", "person"} or first.end + 1 != second.start:
                continue
            if doc[first.end].lower_ not in _POSSESSIVES:
                continue
            if group.country is None and group.id.startswith(UNKNOWN_PREFIX):
                # "Iran's Natanz" IRN, "Myanmar's Arakan Army" MMRREB: the state's code before its own
                code = f"{state.code}{group.code}"
                group = group.model_copy(update={"country": state.country, "code": code})
            elif group.country != state.country:
                continue
            found.drop(first)
            found.replace(second, doc[first.start : second.end], group, found.kind(second))

    def _abbreviations(self, doc: Doc, found: _Found) -> None:
        """ "the Rapid Support Forces (RSF) … the RSF": an abbreviation the text introduces in
        brackets names the same actor wherever it recurs in the document.

        A bracketed abbreviation the catalogue knows as another actor keeps that meaning unless
        its letters are the initials of the name before it.
        """
        defined: dict[str, tuple[Actor, MentionKind]] = {}
        brackets: set[int] = set()
        for span, actor in sorted(found.items(), key=lambda item: item[0].start):
            token = abbreviation_of(doc, span.end)
            if token is None or actor.type == "person":
                continue
            known = [s for s, a in found.at(token.i) if a.id != actor.id and found.kind(s) == "name"]
            if known and not initials_fit(token.text, [t.text for t in span]):
                continue
            defined.setdefault(token.text, (actor, found.kind(span)))
            brackets.add(token.i)
        if not defined:
            return
        for token in doc:
            meaning = defined.get(token.text)
            if meaning is None:
                continue
            actor, kind = meaning
            here = found.at(token.i)
            if any(other.id == actor.id for _, other in here):
                continue
            for old, _ in here:
                if len(old) <= 2:
                    found.drop(old)  # "RSF", "the RSF" found as something else
            if token.i in brackets and not here:
                continue  # the definition itself is no second mention
            if not found.at(token.i):
                found.add(doc[token.i : token.i + 1], actor, kind)

    def _longer_name(self, ent: Span, found: _Found) -> bool:
        """ "Mike Johnson": a person's name holding a catalogue surname ("Johnson", Boris Johnson's)
        that is not that person's; the surname's mention is dropped for the name to be read whole."""
        if ent.label_ != "PERSON":
            return False
        inside = [(s, a) for s, a in found.items() if s.start < ent.end and ent.start < s.end]
        if len(inside) != 1:
            return False
        span, actor = inside[0]
        if (
            span.start < ent.start
            or span.end > ent.end
            or actor.type != "person"
            or found.kind(span) != "name"
        ):
            return False
        words = _bare_name(ent.text)
        if len(words) <= len(_name_words(span.text)):
            return False
        if any(known.id == actor.id for known in self.catalogue.lookup(ent.text)):
            return False
        full_forms = [known for known in map(_bare_name, (actor.label, *actor.aliases)) if len(known) > 1]
        for known in full_forms:
            # "Donald J. Trump", "Vladimir Vladimirovich Putin": the same first and last names
            if words == known or (words[0], words[-1]) == (known[0], known[-1]):
                return False
        # "Omar Hassan al-Bashir" is the catalogue's Omar al-Bashir: a given name of the person keeps
        # the catalogue reading; only another given name ("Mike Johnson") is someone else
        # a one-word catalogue name opening a longer name is its given name: "Hassan Kazemi Qomi"
        # is not Jordan's Prince Hassan, where "Vladimir Putin" ends with Putin's own
        given = not full_forms and span.start == ent.start
        if not given and (not full_forms or words[0] in {word for known in full_forms for word in known}):
            return False
        found.drop(span)
        return True

    def _shared_names(self, doc: Doc, found: _Found) -> None:
        """ "Congo" and "Korea" alone follow the document's fuller mentions.

        In an article that names the Democratic Republic of Congo (or "Congolese" forces),
        "Congo and Rwanda agreed" is the DRC; "Korea" after "South Korean" is South Korea. A bare
        name follows only when the document's fuller mentions name one state of its family, the
        catalogue's own reading of the bare name is not among them and the bare name is not set
        beside the fuller one ("Korea and North Korea"); otherwise it is left as the catalogue
        reads it.
        """
        # most documents hold none of these words: ask the counts of their lower-case forms first
        if _SHARED_NAME_IDS.isdisjoint(doc.count_by(LOWER)):
            return
        by_word: dict[str, list[Token]] = {}
        for token in doc:
            if token.lower_ in _SHARED_NAMES and token.text[:1].isupper():
                by_word.setdefault(token.lower_, []).append(token)
        for word, bare in by_word.items():
            family = _SHARED_NAMES[word]
            fuller: set[str] = set()
            for span, actor in found.items():
                state = actor.country or actor.id
                if state in family and not _is_bare(span, word):
                    fuller.add(state)
            if len(fuller) != 1:
                continue
            meant = self.catalogue.get(next(iter(fuller)))
            if meant is None:
                continue
            named = {
                i
                for span, actor in found.items()
                if meant.id in (actor.id, actor.country)
                for i in range(span.start, span.end)
            }
            for token in bare:
                here = found.at(token.i)
                if any(not _is_bare(span, word) for span, _ in here):
                    continue  # part of a longer name: "Papua New Guinea", "Republic of Congo"
                if _set_beside(doc, token.i, named):
                    continue  # "Sudan and South Sudan": set beside the fuller name, it is the other state
                if any(actor.id == meant.id for _, actor in here):
                    continue
                if any(actor.id not in family for _, actor in here):
                    continue  # the word is someone else's name here
                for span, _ in here:
                    found.drop(span)
                span = here[0][0] if here else doc[token.i : token.i + 1]
                found.add(span, meant, "name")

    def _unknown_entities(self, doc: Doc, found: _Found) -> None:
        sources: set[str] = set()  # surnames of quoted experts: "Mr Azizi" later is still one
        for ent in map(_run_on_name, doc.ents):
            if ent[-1].lower_ in sources or (found.overlaps(ent) and not self._longer_name(ent, found)):
                continue
            if self._names_a_site(ent, []):
                continue  # "the al-Aqsa mosque", "Ben Gurion airport": a building, whoever it honours
            if self._before_a_facility(ent) and self._city(ent, found):
                continue  # "the *Zaporizhzhia* nuclear plant": a site named for its town is in its state
            if ent.label_ in _PLACE_LABELS or self.gazetteer.shared(ent.text):
                self._city(ent, found)  # "terrorism in *the Sahel*": a region many states share is no one
                continue
            if self._where(ent) and self._city(ent, found):
                continue  # "pulled out of *Kherson*", tagged as a person
            named_place = ent.root.dep_ in {"compound", "amod", "nmod"} or ent.root.head.lower_ == "of"
            if named_place and self._where(ent):
                continue  # "the *Essequibo* region", "the village of *Marinka*": a place the gazetteer lacks
            if ent.label_ in {"NORP", "ORG", "PERSON"} and self._qualifies_agent(ent):
                continue  # "Tigrayan rebels": a people the catalogue lacks qualifies a generic actor
            if not is_named_actor(ent):
                if ent.label_ == "PERSON":
                    sources.add(ent[-1].lower_)
                continue
            person = _earlier_person(ent, found)
            if person is not None:
                found.add(ent, person[0], person[1])  # "Kim" after "Kim Jong Un": the same man
                continue
            actor = unknown_actor(ent)
            if actor is not None:
                # a name the catalogue does not know, after its office: the office's code; in
                # apposition to it, whatever the entity label says the name is
                office = found.titles.get(ent.start) if ent.label_ in {"PERSON", "ORG"} else None
                office = office or _apposed_office(ent, found) or self._body_led(ent, found)
                # "*rebel* commander Sultani Makenga" REB: the role words first, then the rank
                if ent.label_ == "PERSON":
                    sector = _sector_before(ent) or self._rank(ent)
                else:
                    sector = self._rank(ent) or self._body_sector(ent)
                if office is None and sector is not None:
                    # "the opposition leader Bobi Wine", "rebel commander Sultani Makenga"; with the
                    # state before the words: "*Sudanese* General Mohamed Hamdan Dagalo" SDNMIL
                    state = _state_before(ent, found)
                    owner = state.code if state is not None else ""
                    country = state.country if state is not None else None
                    actor = actor.model_copy(update={"code": owner + sector, "country": country})
                if office is not None:
                    actor = actor.model_copy(update={"code": office.code, "country": office.country})
                found.add(ent, actor, "unknown")

    def _holder_named(self, doc: Doc, index: int, found: _Found) -> bool:
        """Whether the office words before token ``index`` are followed by the name of who holds
        it: a person's name, one the catalogue knows, or a name right after a word for one person
        that the tagger calls an organisation ("UN envoy *Staffan de Mistura*")."""
        token = doc[index]
        after_one_person = doc[index - 1].lower_ in self.words.personal_heads
        return (
            token.ent_type_ == "PERSON"
            or _person_at(found, index)
            or (token.ent_type_ == "ORG" and token.pos_ == "PROPN" and after_one_person)
        )

    def _rank(self, ent: Span) -> str | None:
        """The sector of the rank that opens a name or stands just before it: "*Colonel* Assimi
        Goita" MIL, "*General* Juan Zuniga" MIL (whom the tagger may call an organisation)."""
        before = ent.doc[ent.start - 1] if ent.start else None
        for token in (ent[0] if len(ent) > 1 else None, before):
            if token is not None and token.lower_ in self.words.ranks:
                return self.words.ranks[token.lower_]
        return None

    def _body_sector(self, ent: Span) -> str | None:
        """The sector an organisation's own name gives it when it names a body of a state: "the
        *Ministry* of Education" GOV, "the Constitutional *Court*" JUD, "the National *Assembly*"
        LEG; or an armed group: "the Kachin Independence *Army*" REB. Its country comes from
        where it is (graphkit.actors.domestic)."""
        if ent.label_ != "ORG":
            return None
        root = ent.root
        if root.lower_ in self.words.armed_group_heads:
            return _ARMED_GROUP
        modifiers = tuple(c.lower_ for c in root.lefts if c.dep_ == "compound" and c.i >= ent.start)
        agent = self._head_agent(root, modifiers) or self._agent_words.get(_singular((root.lower_,)))
        if agent is None or agent.prefix or agent.title or agent.code[:3] not in _STATE_BODY_SECTORS:
            return None
        return agent.code

    def _located_people(self, found: _Found) -> None:
        """ "massacred civilians *in El Geneina*": people named only by what they are belong to
        the state where the act that names them happens."""
        places = [
            (verb, state)
            for span, actor in found.items()
            if actor.type != "person" and found.kind(span) != "agent"  # "outside the *Russian embassy*"
            and actor.country and (place := self._place_phrase(span.root)).dep_ == "pobj"
            and (state := self.catalogue.get(actor.country)) is not None
            and place.head.lower_ in self.words.located_prepositions
            and place.head.head.pos_ != "ADJ"  # "protesters angry *at France*": an attitude's aim
            and (verb := clause_verb(place)) is not None
        ]  # fmt: skip
        for span, actor in list(found.items()):
            verb = clause_verb(span.root)
            states = {place.id: place for at, place in places if at == verb}
            if verb is None or len(states) != 1:
                continue
            state = next(iter(states.values()))
            sector = self._located_sector(span, actor, found)
            if sector is not None:
                found.replace(span, span, agent_actor(state, Agent(code=sector), self.words), "agent")
            elif _stateless_community(actor, self.words) and span.root.dep_ not in {"nsubj", "nsubjpass"}:
                # "detained Kurdish politicians *in Diyarbakir*": the community within that state
                found.replace(span, span, _within(actor, state), found.kind(span))

    def _place_phrase(self, name: Token) -> Token:
        """The head of the phrase a place's name stands in: "in *Enugu* state" is in the state."""
        head = name.head
        region = head.lemma_.lower() in self.words.place_nouns | _STATE_LIKE
        return head if name.dep_ == "compound" and region else name

    def _located_sector(self, span: Span, actor: Actor, found: _Found) -> str | None:
        """The sector of people named only by what they are, or by a people the catalogue lacks whom
        the act befalls ("slaughtered thousands of *Yazidis* in Sinjar": civilians of the state)."""
        if any(t.lower_ in self.words.unlocated_modifiers for t in span):
            return None  # "the international community"
        if found.kind(span) == "generic" and actor.code in self.words.located_sectors:
            return actor.code
        if found.kind(span) == "unknown" and not actor.code and span.label_ == "NORP":
            # only as whom the act befalls: "Kurds marched *in Bonn*" are no German civilians
            return None if span.root.dep_ in {"nsubj", "nsubjpass"} else "CVL"
        return None

    def _qualifies_agent(self, ent: Span) -> bool:
        head = ent.root.head
        agent = self._agent_words.get((head.lower_,)) or self._agent_words.get((noun_key(head),))
        # an organisation's name may head its members ("*Wagner* mercenaries"); an adjective may not;
        # a name the catalogue lacks before armed men ("*Tigrayan* fighters", "*Tamil* guerrillas",
        # tagged as an organisation or a person) says whose they are, as a people's name would
        armed = names_armed(head, self.words) or (
            agent is not None and agent.code[:3] in _ARMED_GROUP_SECTORS
        )
        if ent.label_ == "PERSON" and not armed:
            return False  # "Biden aides" are a person's; "Tamil guerrillas", tagged a person, a people's
        # a name the catalogue lacks before people ("*Dogon* villagers", "*Rohingya* refugees") says
        # whose they are, whatever the tagger calls it; before an office ("*Customs* officers", "a
        # *Foreign Office* spokesman") it names the body
        people = ent.label_ == "ORG" and ACTOR_NOUNS.get(noun_key(head)) in self.words.located_sectors
        deps = {"amod", "compound"} if ent.label_ == "NORP" or armed or people else {"amod"}
        return ent.root.dep_ in deps and (is_actor_noun(head) or agent is not None)

    def _where(self, ent: Span) -> bool:
        """Whether a name stands where a place does, whatever its entity label: the small pipeline
        tags "pulled out of *Kherson*" and "an attack on *Sumy*" as a person and "residential areas
        of *El Fasher*" as an organisation (:func:`~graphkit.actors.agents.is_place`)."""
        prep = ent.root.head
        out_of = prep.lower_ == "of" and prep.head.lower_ == "out" and ent.root.dep_ == "pobj"
        # "forces *liberated Kherson*", "withdrew *from Kherson*": where a verb of places acts
        verbs = self.words.place_verbs
        taken = ent.root.dep_ == "dobj" and prep.lemma_.lower() in verbs
        left = ent.root.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in verbs
        # "the siege *of Mariupol*"
        besieged = ent.root.dep_ == "pobj" and prep.lower_ == "of"
        besieged = besieged and prep.head.lemma_.lower() in self.words.places_of
        # "a missile attack *on Kherson*": where force is aimed
        # ("launched an attack *on* …": the preposition may hang on the verb of the act's noun)
        acts = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
        struck = (
            ent.root.dep_ == "pobj"
            and prep.lower_ in self.words.struck_prepositions
            and any(act.lemma_.lower() in self.words.struck_places for act in acts)
        )
        # "in *Enugu* state", "*Rakhine* state": a name before a lower-case "state" names a region
        region = ent.root.dep_ == "compound" and ent.root.head.text in _STATE_LIKE
        return out_of or taken or left or besieged or struck or region or is_place(ent, self.words)

    def _common_actor_noun(self, name: Span) -> bool:
        """ "*Gunmen* in Nigeria's Borno state", tagged as a place: a common noun that names actors
        is no town, whatever its entity label."""
        root = name.root
        return (
            len(name) == 1
            and root.pos_ == "NOUN"
            and (
                is_actor_noun(root) or names_armed(root, self.words) or self._head_agent(root, ()) is not None
            )
        )

    def _city(self, ent: Span, found: _Found) -> bool:
        """ "Gunmen stormed a hotel in *Aden*": a city the catalogue lacks stands for its state."""
        words = [t for t in ent if t.pos_ != "DET"]
        name = ent.doc[words[0].i : words[-1].i + 1] if words else ent
        code = self.gazetteer.country(name.text, found.states())
        state = self.catalogue.get(code) if code is not None else None
        if state is None and ent.label_ in _PLACE_LABELS and not self._common_actor_noun(name):
            # "shelled *Khiam* in southern Lebanon": a town the gazetteer lacks, placed by the text
            state = _state_after(name, found)
        if state is not None:
            found.add(name, state, "name")
        return state is not None


_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
"""Tags of finite verbs, which no noun phrase holds."""


class _Found:
    """The mentions of one document while they are being found."""

    def __init__(self, doc: Doc, day: dt.date | None) -> None:
        self.doc = doc
        self.day = day
        self._spans: dict[tuple[int, int], tuple[Span, Actor, MentionKind]] = {}
        self.ids: set[str] = set()
        self.titles: dict[int, Actor] = {}
        """The office before a name, by the name's first token: "Kenyan President | William Ruto"."""

    def states(self) -> set[str]:
        """The states of the actors found so far."""
        return {actor.country for _, actor, _ in self._spans.values() if actor.country}

    def add(self, span: Span, actor: Actor, kind: MentionKind) -> None:
        self._spans[span.start, span.end] = (span, actor, kind)
        self.ids.add(actor.id)

    def replace(self, old: Span, new: Span, actor: Actor, kind: MentionKind) -> None:
        if any(t.tag_ in _FINITE_TAGS for t in new if not old.start <= t.i < old.end):
            return  # "the president of Guinea-Bissau *dissolved* parliament": a misparse, no phrase
        kept = self._spans.pop((old.start, old.end), None)
        if not self.overlaps(new):
            self.add(new, actor, kind)
        elif kept is not None and kept[2] == "name":
            self._spans[old.start, old.end] = kept  # "members of the *Kurdish*-led SDF": the name stays

    def items(self) -> Iterable[tuple[Span, Actor]]:
        return [(span, actor) for span, actor, _ in self._spans.values()]

    def at(self, index: int) -> list[tuple[Span, Actor]]:
        """The mentions holding token ``index``."""
        return [(span, actor) for (s, e), (span, actor, _) in self._spans.items() if s <= index < e]

    def kind(self, span: Span) -> MentionKind:
        return self._spans[span.start, span.end][2]

    def drop(self, span: Span) -> None:
        self._spans.pop((span.start, span.end), None)

    def mark_places(self, words: AgentWords) -> None:
        """Names of states where something happens become mentions of kind ``place``."""
        for key, (span, actor, kind) in self._spans.items():
            if kind == "name" and actor.type == "state" and is_place(span, words):
                self._spans[key] = (span, actor, "place")

    def tokens(self) -> set[int]:
        return {i for start, end in self._spans for i in range(start, end)}

    def overlaps(self, span: Span) -> bool:
        return any(s < span.end and span.start < e for s, e in self._spans)

    def write(self) -> None:
        spans = []
        actors = dict(self.doc.user_data.get(ACTORS_KEY, {}))
        for (start, end), (_, actor, kind) in sorted(self._spans.items()):
            spans.append(actor_span(self.doc, start, end, actor.id, kind))
            actors[actor.id] = actor.model_dump(mode="json", exclude_defaults=True)
        self.doc.spans[SPANS_KEY] = spans
        self.doc.user_data[ACTORS_KEY] = actors


_SHARED_NAMES: dict[str, frozenset[str]] = {
    "congo": frozenset({"COG", "COD"}),
    "korea": frozenset({"KOR", "PRK"}),
}
"""Words that alone name any of several states: which one follows the document's fuller mentions.

Only words that writers do shorten a fuller name to ("Congo" for the DRC, "Korea" for South
Korea); "Sudan" and "Guinea" are the names of states of their own, and a writer naming South
Sudan or Equatorial Guinea does not drop the first word."""
_SHARED_NAME_IDS = frozenset(get_string_id(word) for word in _SHARED_NAMES)
_JOINING = frozenset({"and", "or", "&"})
"""Words that join two names: "Korea *and* North Korea", "North *and* South Korea"."""

_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "madam"}
_TITLES = {
    "president", "prime", "minister", "senator", "sen.", "general", "gen.", "governor", "gov.",
    "king", "queen", "prince", "sheikh", "ayatollah", "chancellor", "speaker", "secretary", "rep.",
    "representative", "leader", "chairman", "commander", "colonel", "col.", "emir", "crown",
}  # fmt: skip
"""Words that may open a person entity without making it another name: "Senator Johnson"."""


def _run_on_name(ent: Span) -> Span:
    """A person's name with the names the tagger cut from it: "President *Hassan Sheikh* *Mohamud*"
    tagged as two people is one name, not Jordan's Prince Hassan and someone else."""
    if ent.label_ != "PERSON":
        return ent
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label)


def _set_beside(doc: Doc, index: int, named: set[int]) -> bool:
    """Whether the word at ``index`` and a name on ``named`` are joined by "and" or "or", either
    way round ("Korea and North Korea"); read from the words, as names are found before parsing."""
    after, before = doc[index + 1 : index + 3], doc[max(index - 2, 0) : index]
    return (len(after) == 2 and after[0].lower_ in _JOINING and after[1].i in named) or (
        len(before) == 2 and before[1].lower_ in _JOINING and before[0].i in named
    )


def _is_bare(span: Span, word: str) -> bool:
    """Whether ``span`` is ``word`` alone, or with "the": "Congo", "the Congo"."""
    words = [token.lower_ for token in span if token.lower_ != "the"]
    return words == [word]


def _bare_name(text: str) -> list[str]:
    """A person's name without honorifics, titles and initials: "President Donald J. Trump" → donald trump."""
    return [w for w in _name_words(text) if w not in _TITLES and not (len(w) <= 2 and w.endswith("."))]


def _name_words(text: str) -> list[str]:
    return [word.casefold() for word in text.replace("’", "'").split() if word.casefold() not in _HONORIFICS]


def _earlier_person(ent: Span, found: _Found) -> tuple[Actor, MentionKind] | None:
    """The person a short form ("Kim", "Kobakhidze", "Mr Lee") names, introduced in full before it.

    The short form must be the first or last words of the full name (family names come first in
    Korean and Chinese names, last in most others) of exactly one person named earlier in the
    document, a catalogue person or a name the catalogue does not know; with two candidates
    ("Kim Jong Un" and "Kim Yo Jong") it is linked to neither.
    """
    if ent.label_ != "PERSON":
        return None
    words = _name_words(ent.text)
    while words and words[-1] in {"'s", "'"}:
        words.pop()
    if not words:
        return None
    candidates: dict[str, tuple[Actor, MentionKind]] = {}
    for span, actor in found.items():
        if actor.type != "person" or span.start >= ent.start:
            continue
        for name in (actor.label, *actor.aliases, span.text):
            full = _name_words(name)
            if len(full) > len(words) and words in (full[: len(words)], full[-len(words) :]):
                candidates.setdefault(actor.id, (actor, found.kind(span)))
                break
    return next(iter(candidates.values())) if len(candidates) == 1 else None


def _surnames_of_earlier_people(found: _Found) -> None:
    """ "Mike Johnson … Johnson said": a catalogue surname ("Johnson" is Boris Johnson's) names the
    one person of the document, named in full before it, whose name it fits, unless the
    catalogue's own person was named before it too."""
    spans = sorted(found.items(), key=lambda item: item[0].start)
    for index, (span, actor) in enumerate(spans):
        if actor.type != "person" or found.kind(span) != "name" or len(_name_words(span.text)) != 1:
            continue
        earlier = [(s, a) for s, a in spans[:index] if a.type == "person"]
        if any(a.id == actor.id for _, a in earlier):
            continue
        words = _name_words(span.text)
        fitting = {
            a.id: (a, found.kind(s))
            for s, a in earlier
            if any(
                len(full) > 1 and words in (full[:1], full[-1:])
                for full in (_name_words(a.label), _name_words(s.text))
            )
        }
        if len(fitting) == 1:
            person, kind = next(iter(fitting.values()))
            found.replace(span, span, person, kind)
            spans[index] = (span, person)


_DATELINE_DASHES = {"—", "–", "-", "--", "―", ":"}


def _names_out_of_times(doc: Doc, found: _Found) -> None:
    """Take out of a date or time the catalogue name the tagger ran into it ("drones at *Kyiv*
    overnight" is no time), so that no later reading takes the place for one."""
    opening = {span.start: span.end for span, _ in found.items()}
    ents = [
        Span(doc, opening[ent.start], ent.end, label=ent.label_)
        if ent.label_ in {"DATE", "TIME"} and opening.get(ent.start, ent.end) < ent.end
        else ent
        for ent in doc.ents
    ]
    if ents != list(doc.ents):
        doc.ents = ents


def _drop_datelines(doc: Doc, found: _Found) -> None:
    """ "DUBLIN — She's slammed NATO", "LONDON (Reuters) -": a place heading the story is no actor."""
    for span, actor in list(found.items()):
        if found.kind(span) == "name" and _is_dateline(doc, span, actor):
            found.drop(span)


def _is_dateline(doc: Doc, span: Span, actor: Actor) -> bool:
    """Whether ``span`` opens a line and is followed by a dash, as a dateline is.

    The name must be in capitals, or followed by an agency in brackets, or be a city (not the
    state's own name) followed by a capitalised word: "Russia — not Ukraine — started" is no dateline.
    """
    if span.start > 0:
        before = doc[span.start - 1]
        if "\n" not in before.text_with_ws and not before.is_space:
            return False
    index, agency = span.end, False
    if index < len(doc) and doc[index].text == ",":  # "KYIV, Ukraine —"
        index += 1
        while index < len(doc) and index - span.end <= 3 and doc[index].text[:1].isupper():
            index += 1
    if index < len(doc) and doc[index].text == "(":  # "(Reuters)"
        close = next((i for i in range(index, min(index + 6, len(doc))) if doc[i].text == ")"), None)
        if close is None:
            return False
        index, agency = close + 1, True
    if index >= len(doc) or doc[index].text not in _DATELINE_DASHES:
        return False
    if doc[index].text in _HYPHENS and not doc[index - 1].whitespace_:
        return False  # "Tehran-Moscow axis": a hyphen, no dateline
    capitals = sum(ch.isupper() for ch in span.text) > 1 and span.text.upper() == span.text
    after = doc[index + 1] if index + 1 < len(doc) else None
    city = span.text.casefold() != actor.label.casefold() and actor.type == "state" and doc[index].text != ":"
    return capitals or agency or (city and after is not None and after.text[:1].isupper())


_ARMED_SECTORS = {"MIL", "UAF", "REB", "COP"}
"""Sectors of the heads an agent word qualifies as a body of its own ("opposition *forces*")."""
_PEOPLE_SECTOR = "CVL"
"""The sector of a state's people ("Iranian *nationals*"), which a force they name is not."""
_STATE_BODY_SECTORS = {"GOV", "LEG", "JUD"}
"""Sectors of a state's own bodies, which an organisation's name may give it ("the Ministry of
Education"); not armies or forces, which rebels name themselves too ("the Kachin Independence Army")."""
_ARMED_GROUP = "REB"
"""The sector of an organisation the catalogue lacks named as an army, militia or brigade."""
_ARMED_GROUP_SECTORS = {"REB", "UAF", "INS"}
"""Sectors of the agent words that name an armed group's men: rebels, guerrillas, insurgents."""
_NAME_PARTICLES = {"da", "de", "do", "dos", "das", "del", "della", "di", "du", "des"}
"""Lower-case particles inside Romance and Portuguese place names ("Mocimboa da Praia")."""


def _case_fits(span: Span, alias: str) -> bool:
    """Capitals in the alias must be capitals in the text: "US" is not "us", "Chad" not "chad"."""
    if _ACRONYM.match(alias):
        return span.text == alias or span.text.upper() == span.text
    words = [word if word.lower() not in _FUNCTION_WORDS else word.lower() for word in alias.split()]
    tokens = [token.text for token in span]
    if len(words) != len(tokens):
        return any(ch.isupper() for ch in span.text) or not any(ch.isupper() for ch in alias)
    return all(not word[:1].isupper() or text[:1].isupper() for word, text in zip(words, tokens, strict=True))


def _with_typographic_variants(aliases: Iterable[tuple[str, Actor]]) -> Iterator[tuple[str, Actor]]:
    """Each alias, and its form with typographic apostrophes and dashes ("Da’esh", "Iran–Iraq")."""
    for alias, actor in aliases:
        yield alias, actor
        curly = alias.replace("'", "’").replace("-", "–")
        if curly != alias:
            yield curly, actor


def _capitals(text: str) -> int:
    return sum(ch.isupper() for ch in text)


def _a_date(span: Span) -> bool:
    """Whether the tagger reads a catalogue name as a date: "On *21 June*, militants attacked …"
    names a day, not the Greek group of that name; "the *17 November* group" names the group. A
    proper name the tagger runs into a time after it is a place: "drones at *Kyiv* overnight"."""
    last = span[-1]
    if last.dep_ == "compound" and last.head.i >= span.end:
        return False
    if not all(token.ent_type_ in {"DATE", "TIME"} for token in span):
        return False
    ent = next(e for e in span.doc.ents if e.start <= span.start < e.end)
    return not (ent.end > span.end and all(token.pos_ == "PROPN" for token in span))


def _names_a_feature(span: Span, features: frozenset[str]) -> bool:
    """Whether a name opens or closes the name of a sea or another feature: "the South *China*
    Sea", "the Gulf of *Oman*", "the Sea of *Japan*"."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in features:
        return True
    if span.start < 2 or doc[span.start - 1].lower_ != "of":
        return False
    feature = doc[span.start - 2]
    return feature.text[:1].isupper() and feature.lower_ in features


def _ends_a_longer_name(span: Span) -> bool:
    """Whether a name is the end of a longer one joined by a particle: "Mocimboa *da Praia*", "Ciudad
    *del Este*" name towns, not Cape Verde's capital or a direction."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in _NAME_PARTICLES:
        return False
    before = doc[span.start - 2]
    return before.text[:1].isupper() and before.is_alpha and not before.is_sent_start


def _person_at(found: _Found, index: int) -> bool:
    """Whether a person the catalogue knows is named from token ``index`` on."""
    return any(span.start == index and actor.type == "person" for span, actor in found.at(index))


def _titled_people(found: _Found) -> None:
    """A person the catalogue knows speaks, in this document, for the office the text names before
    the name: "*NATO Secretary General* Jens Stoltenberg" is NATO's, whatever post the dictionary
    dates last ("NORGOV"); every mention of that person in the document follows."""
    offices: dict[str, Actor] = {}
    for span, actor in found.items():
        office = found.titles.get(span.start)
        if office is None or actor.type != "person" or not office.code:
            continue
        # the post the catalogue dates for the person, where the title names it ("IGOWSTNAT" for
        # "NATO Secretary General"), else the title's own code
        held = [code for code in (actor.code, *(r.code for r in actor.roles)) if office.code.startswith(code)]
        code = held[0] if held else office.code
        if code != actor.code_on(found.day):
            update = {"code": code, "country": office.country, "roles": ()}
            offices[actor.id] = actor.model_copy(update=update)
    for span, actor in found.items():
        if actor.id in offices:
            found.add(span, offices[actor.id], found.kind(span))


def _sector_before(ent: Span) -> str | None:
    """The sector of the generic words that name a person's role before the name: "the
    *opposition* leader Bobi Wine" (OPP), "*rebel* commander Sultani Makenga" (REB)."""
    doc, index, codes = ent.doc, ent.start - 1, []
    while index >= 0 and ent.start - index <= _MAX_AGENT_WORDS and doc[index].dep_ in {"compound", "amod"}:
        code = ACTOR_NOUNS.get(noun_key(doc[index]))
        if code:
            codes.append(code)
        index -= 1
    return codes[-1] if codes else None


def _state_before(ent: Span, found: _Found) -> Actor | None:
    """The state named just before the role words or rank of a name: "the *Bolivian* army General
    Juan Zuniga", "*Ugandan* rebel commander …"."""
    doc, index = ent.doc, ent.start - 1
    while index >= 0 and ent.start - index <= _MAX_AGENT_WORDS + 1:
        states = [a for s, a in found.at(index) if s.end == index + 1 and a.type == "state"]
        if states:
            return states[0]
        if doc[index].dep_ not in {"compound", "amod"}:
            return None
        index -= 1
    return None


def _apposed_office(ent: Span, found: _Found) -> Actor | None:
    """ "the UN envoy, Staffan de Mistura", "*Chadian leader* Mahamat Idriss Deby": the office named
    just before a name, or past a comma."""
    end = ent.start - 1 if ent.start and ent.doc[ent.start - 1].text == "," else ent.start
    if end < 1:
        return None
    before = [(s, a) for s, a in found.at(end - 1) if s.end == end]
    return next((a for s, a in before if found.kind(s) in {"agent", "role"} and a.code), None)


def _followed_by_name(doc: Doc, index: int) -> bool:
    """ "Iranian Foreign Minister Abbas Araghchi": the title belongs to the name that follows."""
    return index < len(doc) and (doc[index].pos_ == "PROPN" or doc[index].ent_type_ == "PERSON")


def _apposed_name(doc: Doc, index: int) -> bool:
    """ "…, Ibrahim al-Jaafari": a comma and then a person's name."""
    return index + 1 < len(doc) and doc[index].text == "," and doc[index + 1].ent_type_ == "PERSON"


def _modifies_next(doc: Doc, end: int) -> bool:
    """Whether the agent phrase ending at ``end`` modifies a word after it ("military *commander*").

    Not when "and" follows, whatever the parse says: "the Colombian government and FARC rebels".
    """
    last = doc[end - 1]
    coordinated = end < len(doc) and doc[end].lower_ in {"and", "or"}
    return last.dep_ in {"amod", "compound", "nmod"} and last.head.i >= end and not coordinated


def _drop_stances(doc: Doc, found: _Found, words: AgentWords) -> None:
    """ "*pro-Russian* separatists", "an *anti-Syria* journalist": a name after a stance prefix that
    modifies a later head says what the head stands for; it is neither the head's owner nor an
    actor of the phrase, which is read as a generic actor."""
    for span, _ in list(found.items()):
        stance = _after_hyphen(doc, span) and doc[span.start - 2].lower_ in words.stance_prefixes
        if stance and span.root.dep_ in {"amod", "compound", "nmod"} and span.root.head.i >= span.end:
            found.drop(span)


def _after_hyphen(doc: Doc, span: Span) -> bool:
    """ "an anti-*Syria* journalist", "a pro-*Russian* militia": the name does not own the agent."""
    return span.start >= 2 and doc[span.start - 1].text in _HYPHENS


def _state_after(place: Span, found: _Found) -> Actor | None:
    """The state a place name is said to be in right after it ("Khiam *in southern Lebanon*")."""
    doc = place.doc
    if place.end >= len(doc) or doc[place.end].lower_ != "in":
        return None
    index = place.end + 1
    while index < len(doc) and doc[index].pos_ in {"DET", "ADJ"}:
        index += 1  # "in *southern* Lebanon", "in *the* north-east of …" stops at "north"
    states = [actor for span, actor in found.at(index) if span.start == index and actor.type == "state"]
    return states[0] if states else None


def _stateless_community(actor: Actor, words: AgentWords) -> bool:
    """Whether the actor is a community of no one state or its members ("Kurds", "Kurdish politicians")."""
    return actor.country is None and actor.code[:3] in words.communities


def _within(community: Actor, state: Actor) -> Actor:
    """The community within ``state``, coded as CAMEO codes one (``TUR`` + ``KURPTY``).

    >>> kurds = Actor(id="KURPTY", label="Kurds (party)", type="group", code="KURPTY")
    >>> turkey = Actor(id="TUR", label="Turkey", type="state", code="TUR", country="TUR")
    >>> _within(kurds, turkey).code, _within(kurds, turkey).country
    ('TURKURPTY', 'TUR')
    """
    code = f"{state.code}{community.code}"
    return community.model_copy(
        update={
            "id": code,
            "code": code,
            "country": state.country,
            "label": f"{community.label} in {state.label}",
        }
    )


def _owns_agents(actor: Actor) -> bool:
    """States, international organisations and named communities have agents: "Polish police",
    "NATO troops", "Kurdish fighters"."""
    return (actor.type == "state" and bool(actor.country)) or actor.type in {"igo", "group"}


def _members(doc: Doc, span: Span, actor: Actor) -> tuple[int, Agent] | None:
    """A partner or ally a region or community names is one of its own: "its *African* partners",
    "*Kurdish* allies" (where "*American* allies" are others, America's: :data:`NOT_OWNED`)."""
    if actor.type != "group" or span.end >= len(doc):
        return None
    noun = doc[span.end]
    if noun_key(noun) not in NOT_OWNED or (doc.has_annotation("DEP") and span.root.head != noun):
        return None
    return span.end + 1, Agent(code=ACTOR_NOUNS[noun_key(noun)])


def _coordinated_next(doc: Doc, end: int, owners: list[tuple[Span, Actor]]) -> bool:
    """Whether another owner follows ``end`` after "and", "or" or a comma: "US *and* British activists"."""
    index = end
    while index < len(doc) and doc[index].lower_ in {"and", "or", ",", "&"}:
        index += 1
    if index == end or not any(span.start == index for span, _ in owners):
        return False
    # parsed, the first must modify what follows: not "the border with Bulgaria, Macedonian officials"
    root = doc[end - 1]
    return (
        not doc.has_annotation("DEP")
        or root.dep_ == "conj"
        or (root.dep_ in {"amod", "compound", "nmod", "poss"} and root.head.i > root.i)
    )


_RELATIONAL_HEADS = {
    "ally",
    "partner",
    "enemy",
    "rival",
    "foe",
    "neighbour",
    "neighbor",
    "backer",
    "supporter",
}
"""Heads that name another party of the actor after "of", not a body of it: "allies of Iran"."""
_OTHER_PARTY_HEADS = _RELATIONAL_HEADS | KIN_NOUNS
"""Those heads and kin, someone else than whoever their "of" names ("the son *of* a minister")."""
_BODY_HEADS = {"group", "organisation", "organization", "movement", "member", "leader", "union", "body"}
"""Heads whose compound says which body they are: "*opposition* groups", "*student* movement"."""

_MAX_MODIFIERS = 2
"""Modifiers of an agent word allowed between it and its owner in a parsed doc."""


def _is_modifier(token: Token) -> bool:
    """An adjective or lower-case noun modifying a word to its right: "*riot* police", "Iraqi
    *Kurdish* leaders"."""
    return (
        token.dep_ in {"amod", "compound", "nmod", "advmod"}
        and token.head.i > token.i
        and (token.text.islower() or token.pos_ == "ADJ")
        and token.pos_ in {"ADJ", "NOUN", "VERB", "ADV"}
    )


def _after_modifiers(doc: Doc, index: int, most: int) -> Iterator[int]:
    """Where an agent word may start from ``index`` on: there, and past each of up to ``most``
    modifiers, a hyphenated one counting as one ("Libya's *eastern-based* parliament", "Iran's
    *state-run* media"; a name before the hyphen is a mention of its own: "*Tripoli*-based")."""
    yield index
    for _ in range(most):
        hyphenated = index + 2 < len(doc) and doc[index + 1].text in _HYPHENS
        if hyphenated and doc[index].is_lower and _is_modifier(doc[index + 2]):
            index += 3
        elif index < len(doc) and _is_modifier(doc[index]):
            index += 1
        else:
            return
        yield index


def _modifies(owner: Span, phrase: Span) -> bool:
    """Whether ``owner`` modifies the head of the agent ``phrase`` that follows it (parsed docs)."""
    head = owner.root.head
    while head.dep_ in {"amod", "compound", "nmod"} and head.i < phrase.end - 1 and head.head.i != head.i:
        head = head.head
    return phrase.start <= head.i < phrase.end or head.i == phrase.end


def _demonym_plurals(catalogue: Catalogue) -> Iterator[tuple[str, Actor]]:
    """Plurals of states' one-word demonyms ("Ghanaians", "Israelis", "Greeks"), the catalogue's
    or made here.

    A demonym is an alias sharing its first four letters with the state's label and ending as
    the nouns for a people do ("Ghanaian", "Afghan", "Israeli", "Greek", "Croat", "Kosovar", not
    "Kazakhstan" or "Finland"); its plural adds "s". An alias that is another one with "s" added
    is a plural too, however the state is called ("Dane" and "Danes"), but not the state's name
    ("Philippines").
    """
    for actor in catalogue:
        if actor.type != "state":
            continue
        stem = actor.label.casefold()[:4]
        words = {alias for alias in actor.aliases if " " not in alias and alias[:1].isupper()}
        for alias in words:
            if (alias + "s").casefold() == actor.label.casefold():
                continue  # "Philippine" and "Philippines", "Netherland" and "Netherlands"
            named_alike = alias.casefold()[:4] == stem and alias.casefold() != actor.label.casefold()
            people = named_alike and _PEOPLE_NOUN.search(alias) and not _PLACE_NAME.search(alias)
            if alias + "s" in words or people:
                yield alias + "s", actor


_PEOPLE_NOUN = re.compile(r"(an|i|[deknort])$")
_PLACE_NAME = re.compile(r"(stan|land)$")


def _singular(words: tuple[str, ...]) -> tuple[str, ...]:
    """The phrase with its last word singular, as English spells most plurals: "businesses",
    "parties", "troops".

    >>> _singular(("british", "businesses")), _singular(("political", "parties")), _singular(("troops",))
    (('british', 'business'), ('political', 'party'), ('troop',))
    """
    last = words[-1] if words else ""
    if len(last) > 4 and last.endswith("ies"):
        return (*words[:-1], last[:-3] + "y")
    if last.endswith(("sses", "shes", "ches", "xes")):
        return (*words[:-1], last[:-2])
    return (*words[:-1], last[:-1]) if last.endswith("s") and not last.endswith("ss") else words


_WORD = re.compile(r"\w+")


def _first_word(text: str) -> str:
    """The first run of word characters of ``text``, in lower case: the key an alias waits under.

    However the tokenizer splits an alias ("al-Qaeda", "U.S."), its first token holds this run,
    and so does the token of a document where the alias begins.

    >>> _first_word("al-Qaeda"), _first_word("U.S."), _first_word("'Abd al-Aziz"), _first_word("--")
    ('al', 'u', 'abd', '--')
    """
    found = _WORD.search(text)
    return found.group().lower() if found else text.lower()


@Language.factory(
    "graphkit_actors",
    assigns=["doc.spans"],
    default_config={"data_dir": None, "user_dictionaries": [], "use_entities": True},
)
def make_actor_matcher(
    nlp: Language, name: str, *, data_dir: str | None, user_dictionaries: list[str], use_entities: bool
) -> ActorMatcher:
    """spaCy factory: ``nlp.add_pipe("graphkit_actors", config={"user_dictionaries": [...]})``."""
    catalogue = Catalogue.load(Path(data_dir) if data_dir else None, [Path(p) for p in user_dictionaries])
    return ActorMatcher(nlp, catalogue, use_entities=use_entities)
