"""The spaCy component that finds actor mentions: names, demonyms, metonyms, agent and role phrases.

Mentions are written to ``doc.spans["actors"]``: each span's ``label_`` is the actor id and its
``kb_id_`` says how it was found (``name``, ``agent``, ``role``, ``unknown``; the coreference
step adds ``pronoun``). The actors themselves, including the agents and unknown names made up
for this document, are kept as JSON in ``doc.user_data["graphkit_actors"]`` so that documents
can cross process boundaries. The document date (``doc.user_data["graphkit_date"]``, ISO
string) picks a person's code and the holder of an office.

Matching is one pass of a :class:`~spacy.matcher.PhraseMatcher` over every alias of the
catalogue, so its cost does not grow with the number of actors.

Examples
--------
>>> import spacy
>>> from graphkit.models import Actor
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
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from graphkit.actors.catalogue import Agent, Catalogue
from graphkit.actors.nominals import ACTOR_NOUNS, generic_mentions, is_actor_noun, noun_key
from graphkit.actors.unknown import is_named_actor, unknown_actor
from graphkit.models import Actor

__all__ = ["ACTORS_KEY", "DATE_KEY", "SPANS_KEY", "ActorMatcher", "doc_actors", "doc_date"]

SPANS_KEY = "actors"
ACTORS_KEY = "graphkit_actors"
DATE_KEY = "graphkit_date"

_PHRASE_DEPS = {"det", "amod", "compound", "nummod", "poss", "predet"}
_FUNCTION_WORDS = {"the", "of", "and", "for", "de", "del", "la", "le", "al", "el", "in", "on"}
_ACRONYM = re.compile(r"^[A-Z][A-Z.]{0,4}$")
_STATE_LIKE = {"state"}
_MAX_AGENT_WORDS = 3
# Words allowed between a state and its agent word: "Iran's *senior* military commanders".
_AGENT_FILLERS = {"'s", "’s", "senior", "top", "former", "new", "acting", "deputy", "own", "chief", "then"}


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
        tokenizer: Tokenizer = nlp.tokenizer  # type: ignore[assignment]
        self._matcher.add("ACTOR", list(tokenizer.pipe(sorted(self._case.values()))))
        self._agent_words = {tuple(key.split()): agent for key, agent in catalogue.agents.items()}

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
        if names_only:
            found.write()
            return
        self._agents_and_roles(doc, found, day)
        if doc.has_annotation("DEP"):
            self._bodies_of(doc, found)
        if self.use_entities and doc.has_annotation("ENT_IOB"):
            self._named_bodies(doc, found)
            self._unknown_entities(doc, found)
        if self.use_nominals and doc.has_annotation("DEP"):
            for span, actor in generic_mentions(doc, found.tokens()):
                found.add(span, actor, "generic")
        found.write()

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
        fitting: dict[tuple[int, int], list[Actor]] = {}
        for _, start, end in self._matcher(doc):
            span = doc[start:end]
            key = span.text.lower()
            if key not in self._forms:
                key = " ".join(token.lower_ for token in span)
            actors = self._forms.get(key)
            if actors and _case_fits(span, self._case.get(key, key)):
                fitting[start, end] = actors
        for span in filter_spans([doc[start:end] for start, end in fitting]):
            yield span, fitting[span.start, span.end]

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

    def _agents_and_roles(self, doc: Doc, found: _Found, day: dt.date | None) -> None:
        """Country + sector word ("Russian troops") and country + office ("the Ukrainian President")."""
        for span, actor in list(found.items()):
            if actor.type != "state" or not actor.country:
                continue
            hit = self._agent_after(doc, span.end)
            if hit is None:
                continue
            end, agent = hit
            last = doc[end - 1]
            if not agent.title and last.dep_ in {"amod", "compound", "nmod"} and last.head.i >= end:
                if last.head.i != end or ACTOR_NOUNS.get(noun_key(last.head)) not in _ARMED_SECTORS:
                    continue  # "Iranian military commander", "civilian nuclear program": a modifier
                end += 1  # "Syrian opposition forces", "Iraqi government troops": the body it qualifies
            if agent.title:
                if _followed_by_name(doc, end):
                    continue
                # undated, or named in apposition ("the Iraqi Foreign Minister, Ibrahim al-Jaafari"):
                # who held the office is not for the catalogue to guess
                holder = (
                    None
                    if day is None or _apposed_name(doc, end)
                    else self.catalogue.office_holder(actor.country, agent.title, day)
                )
                if holder is not None:
                    found.replace(span, doc[span.start : end], holder, "role")
                    continue
            found.replace(span, doc[span.start : end], _agent_actor(actor, agent), "agent")

    def _agent_after(self, doc: Doc, start: int) -> tuple[int, Agent] | None:
        """The longest agent phrase beginning at ``start`` (after optional fillers)."""
        index = start
        while index < len(doc) and doc[index].lower_ in _AGENT_FILLERS:
            index += 1
        best: tuple[int, Agent] | None = None
        for length in range(1, _MAX_AGENT_WORDS + 1):
            words = tuple(token.lower_ for token in doc[index : index + length])
            agent = self._agent_words.get(words) or self._agent_words.get(_singular(words))
            if agent is not None and len(words) == length and agent.code in _AGENT_NAMES:
                best = (index + length, agent)
        return best

    def _bodies_of(self, doc: Doc, found: _Found) -> None:
        """ "the Government of Iraq", "the Members of the Security Council": a body of a known actor."""
        for span, actor in list(found.items()):
            prep = span.root.head
            if span.root.dep_ != "pobj" or prep.lower_ != "of" or not is_actor_noun(prep.head):
                continue
            head = prep.head
            start = min([head.i] + [c.left_edge.i for c in head.lefts if c.dep_ in _PHRASE_DEPS])
            if actor.type == "state":
                sector = ACTOR_NOUNS[noun_key(head)]
                if sector not in _AGENT_NAMES:
                    continue
                actor = _agent_actor(actor, Agent(code=sector))
            found.replace(span, doc[start : span.end], actor, "agent")

    def _named_bodies(self, doc: Doc, found: _Found) -> None:
        """ "the UN Board of Inquiry", "the Russian Foreign Ministry": a named body of a known actor."""
        for ent in doc.ents:
            if ent.label_ not in {"ORG", "NORP"}:
                continue
            inside = [
                (span, actor)
                for span, actor in found.items()
                if ent.start <= span.start and span.end <= ent.end
            ]
            if len(inside) != 1 or inside[0][0].end == ent.end or inside[0][1].type not in {"state", "igo"}:
                continue
            span, actor = inside[0]
            if actor.type == "state":
                actor = _agent_actor(actor, Agent(code="GOV"))
            found.replace(span, ent, actor, "agent")

    def _unknown_entities(self, doc: Doc, found: _Found) -> None:
        sources: set[str] = set()  # surnames of quoted experts: "Mr Azizi" later is still one
        for ent in doc.ents:
            if found.overlaps(ent) or ent[-1].lower_ in sources:
                continue
            if not is_named_actor(ent):
                if ent.label_ == "PERSON":
                    sources.add(ent[-1].lower_)
                continue
            actor = unknown_actor(ent)
            if actor is not None:
                found.add(ent, actor, "unknown")


class _Found:
    """The mentions of one document while they are being found."""

    def __init__(self, doc: Doc, day: dt.date | None) -> None:
        self.doc = doc
        self.day = day
        self._spans: dict[tuple[int, int], tuple[Span, Actor, str]] = {}
        self.ids: set[str] = set()

    def add(self, span: Span, actor: Actor, kind: str) -> None:
        self._spans[span.start, span.end] = (span, actor, kind)
        self.ids.add(actor.id)

    def replace(self, old: Span, new: Span, actor: Actor, kind: str) -> None:
        self._spans.pop((old.start, old.end), None)
        if not self.overlaps(new):
            self.add(new, actor, kind)

    def items(self) -> Iterable[tuple[Span, Actor]]:
        return [(span, actor) for span, actor, _ in self._spans.values()]

    def tokens(self) -> set[int]:
        return {i for start, end in self._spans for i in range(start, end)}

    def overlaps(self, span: Span) -> bool:
        return any(s < span.end and span.start < e for s, e in self._spans)

    def write(self) -> None:
        spans = []
        actors = dict(self.doc.user_data.get(ACTORS_KEY, {}))
        for (start, end), (_, actor, kind) in sorted(self._spans.items()):
            spans.append(Span(self.doc, start, end, label=actor.id, kb_id=kind))
            actors[actor.id] = actor.model_dump(mode="json", exclude_defaults=True)
        self.doc.spans[SPANS_KEY] = spans
        self.doc.user_data[ACTORS_KEY] = actors


_ARMED_SECTORS = {"MIL", "UAF", "REB", "COP"}
"""Sectors of the heads an agent word qualifies as a body of its own ("opposition *forces*")."""


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


def _followed_by_name(doc: Doc, index: int) -> bool:
    """ "Iranian Foreign Minister Abbas Araghchi": the title belongs to the name that follows."""
    return index < len(doc) and (doc[index].pos_ == "PROPN" or doc[index].ent_type_ == "PERSON")


def _apposed_name(doc: Doc, index: int) -> bool:
    """ "…, Ibrahim al-Jaafari": a comma and then a person's name."""
    return index + 1 < len(doc) and doc[index].text == "," and doc[index + 1].ent_type_ == "PERSON"


def _agent_actor(state: Actor, agent: Agent) -> Actor:
    """A state's agent as an actor of its own: Russia + MIL → ``RUSMIL``."""
    code = f"{state.code}{agent.code}"
    return Actor(
        id=code,
        label=f"{state.label} ({_AGENT_NAMES.get(agent.code, agent.code.lower())})",
        type="military" if agent.code == "MIL" else "government" if agent.code == "GOV" else "group",
        code=code,
        country=state.country,
    )


_AGENT_NAMES = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebels",
    "OPP": "opposition",
    "COP": "police",
    "SPY": "intelligence",
    "JUD": "judiciary",
    "LEG": "legislature",
    "PTY": "party",
    "CVL": "civilians",
    "PPL": "people",
    "UAF": "armed forces",
    "REF": "refugees",
}
"""The political sectors an agent phrase may name; business, media, education are not actors."""


def _singular(words: tuple[str, ...]) -> tuple[str, ...]:
    last = words[-1] if words else ""
    return (*words[:-1], last[:-1]) if last.endswith("s") else words


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
