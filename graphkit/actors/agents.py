"""Agents and groups as actors: how a sector word, a place or an abbreviation names an actor.

CAMEO codes an actor named by what it is rather than by its name as a state (or international
organisation) followed by a sector: "a Tunisian court" is ``TUNJUD``, "Polish police"
``POLCOP``, "NATO troops" ``IGOWSTNATMIL``. The sector words are PETRARCH's agents file
(``agents.jsonl``) and a few more in ``agent_words.yaml``, which also lists what this module
needs to read the rest:

* unidentified armed actors ("gunmen", "armed men", "a suicide bomber") are one actor coded
  ``UAF`` with no country, as CAMEO codes unidentified armed forces;
* a plural demonym alone ("Ghanaians", "ethnic Albanians") names a state's people (``PPL``);
* a state named where something happens ("a protest in Beijing", "the Afghan province of
  Helmand") is a mention of kind ``place``: the relation rules decide when a place stands for
  its state;
* an abbreviation the text introduces in brackets ("the Rapid Support Forces (RSF)") names
  the same actor wherever it recurs in the document.

>>> words = AgentWords.load()
>>> words.sector_label("COP"), words.sector_label("GOVMIL")
('police', 'government')
>>> owner = Actor(id="POL", label="Poland", type="state", code="POL", country="POL")
>>> agent_actor(owner, Agent(code="COP"), words).id
'POLCOP'
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from graphkit.actors.catalogue import AGENTS_FILE, Agent, packaged_data
from graphkit.io import load_yaml
from graphkit.models import Actor

__all__ = [
    "WORDS_FILE",
    "AgentWords",
    "abbreviation_of",
    "agent_actor",
    "agent_nouns",
    "clause_verb",
    "first_conjunct",
    "gate_nouns",
    "initials_fit",
    "is_place",
    "names_armed",
    "unidentified_mentions",
]

WORDS_FILE = "agent_words.yaml"

_SKIPPABLE = frozenset({"OF", "THE", "AND", "FOR", "DE", "DU", "LA", "AL", "EL"})
"""Function words an abbreviation may leave out: "Front *de* Libération Nationale" (FLN)."""

_ACRONYM = re.compile(r"^[A-Z][A-Za-z]?[A-Z]{1,6}$")
"""A bracketed abbreviation: "RSF", "FIS", "DPRK", "PdA" (two to eight letters, capitals at the ends)."""
_NAMING_ENTS = frozenset({"NORP", "ORG", "GPE", "PERSON"})


@dataclass(frozen=True)
class AgentWords:
    """The word lists of ``agent_words.yaml`` (see the file for what each holds)."""

    sectors: Mapping[str, str]
    extra_agents: Mapping[str, str]
    office_heads: frozenset[str]
    personal_heads: frozenset[str]
    asset_heads: frozenset[str]
    origin_participles: frozenset[str]
    holding_participles: frozenset[str]
    equipment: frozenset[str]
    posted_abroad: frozenset[str]
    nationals: frozenset[str]
    place_verbs: frozenset[str]
    places_of: frozenset[str]
    """Nouns of acts on a place whose "of" names it: "the siege *of Mariupol*"."""
    stance_prefixes: frozenset[str]
    """Prefixes after which a name is a stance, not an owner ("*pro*-Russian separatists")."""
    struck_places: frozenset[str]
    """Nouns and verbs of force whose preposition aims at a place ("an attack *on* Kherson")."""
    struck_prepositions: frozenset[str]
    bringing_home: frozenset[str]
    meeting_verbs: frozenset[str]
    following_heads: frozenset[str]
    """Nouns of a group's followers, who are its people: "supporters of the Muslim Brotherhood"."""
    """Verbs of meeting: the place of the state met is the host's ("met Kenyan officials in Nairobi")."""
    agent_prepositions: frozenset[str]
    representing_heads: frozenset[str]
    affiliations: frozenset[str]
    leading: frozenset[str]
    stationed_sectors: frozenset[str]
    located_sectors: frozenset[str]
    civil_sectors: frozenset[str]
    located_prepositions: frozenset[str]
    unlocated_modifiers: frozenset[str]
    several_states: frozenset[str]
    hostile_acts: frozenset[str]
    unidentified: Actor
    unidentified_heads: frozenset[str]
    unidentified_phrases: frozenset[tuple[str, str]]
    unidentified_instruments: frozenset[str]
    spellings: Mapping[str, str]
    people_code: str
    people_modifiers: frozenset[str]
    place_prepositions: frozenset[str]
    place_nouns: frozenset[str]
    gate_sectors: frozenset[str]
    not_gate_signals: frozenset[str]
    armed_group_heads: frozenset[str]
    ranks: Mapping[str, str]
    geographic_features: frozenset[str]
    named_sites: frozenset[str]
    """Buildings and sites named after a person or group ("the *al-Aqsa* mosque", "*Ben Gurion*
    airport"): the name names the site, not its namesake."""
    facilities: frozenset[str]
    """Sites named for the town they stand in ("the *Ras Tanura* refinery"): the town places them."""
    region_qualifiers: frozenset[str]
    communities: frozenset[str]

    @classmethod
    def load(cls, path: Path | None = None) -> AgentWords:
        """The lists of ``path`` (default: the packaged ``agent_words.yaml``), read once per path."""
        return _load(str(path) if path is not None else "")

    def leads(self, word: Token) -> bool:
        """Whether ``word`` is a participle saying who leads the noun it qualifies ("a delegation
        *led* by Qatar's foreign minister")."""
        return word.lower_ in self.leading and word.dep_ == "acl"

    def sector_label(self, code: str) -> str:
        """ "police" for ``COP``; a code of several sectors by its first (``GOVMIL``: government)."""
        return self.sectors.get(code) or self.sectors.get(code[:3]) or code.lower()

    def agents(self, catalogue_agents: Mapping[str, Agent]) -> dict[tuple[str, ...], Agent]:
        """Agent phrases by their lower-case words: the catalogue's, then the extra ones it lacks.

        Phrases ending in a preposition ("embassy in") are left out: the preposition belongs
        to what follows ("the Russian embassy in Berlin"); so are place nouns ("village").
        Each phrase is also read in its other spelling ("defence forces", "defense forces") and
        hyphenated ("Secretary-General").
        """
        found: dict[tuple[str, ...], Agent] = {}
        for phrase, agent in catalogue_agents.items():
            words = tuple(phrase.split())
            if phrase in self.place_nouns or phrase.removesuffix("s") in self.place_nouns:
                continue  # "the West Bank village of Duma": a place
            if words and words[-1] not in self.agent_prepositions | {"to", "for", "at", "on", "with"}:
                found[words] = agent
        for phrase, code in self.extra_agents.items():
            found.setdefault(tuple(phrase.split()), Agent(code=code))
        for words, agent in list(found.items()):
            found.setdefault(tuple(self.spellings.get(word, word) for word in words), agent)
        for words, agent in list(found.items()):
            if len(words) > 1:  # "Secretary-General", tokenized with its hyphen
                found.setdefault(tuple(itertools.chain(*((word, "-") for word in words)))[:-1], agent)
        return found


@functools.lru_cache(maxsize=4)
def _load(path: str) -> AgentWords:
    """The lists of the file at ``path``, the packaged one for ``""`` (found once, not per call)."""
    data = load_yaml((Path(path) if path else packaged_data() / WORDS_FILE).read_text(encoding="utf-8"))
    unidentified = data["unidentified"]
    people = data["people"]
    return AgentWords(
        sectors=dict(data["sectors"]),
        extra_agents=dict(data["extra_agents"]),
        office_heads=frozenset(data["office_heads"]),
        personal_heads=frozenset(data["personal_heads"]),
        asset_heads=frozenset(data["asset_heads"]),
        origin_participles=frozenset(data["origin_participles"]),
        holding_participles=frozenset(data["holding_participles"]),
        equipment=frozenset(data["equipment"]),
        posted_abroad=frozenset(data["posted_abroad"]),
        nationals=frozenset(data["nationals"]),
        place_verbs=frozenset(data["place_verbs"]),
        places_of=frozenset(data["places_of"]),
        stance_prefixes=frozenset(data["stance_prefixes"]),
        struck_places=frozenset(data["struck_places"]["words"]),
        struck_prepositions=frozenset(data["struck_places"]["prepositions"]),
        bringing_home=frozenset(data["bringing_home"]),
        meeting_verbs=frozenset(data["meeting_verbs"]),
        following_heads=frozenset(data["following_heads"]),
        agent_prepositions=frozenset(data["agent_prepositions"]),
        representing_heads=frozenset(data["representing_heads"]),
        affiliations=frozenset(data["affiliations"]),
        leading=frozenset(data["leading"]),
        stationed_sectors=frozenset(data["stationed_sectors"]),
        located_sectors=frozenset(data["located_sectors"]),
        civil_sectors=frozenset(data["civil_sectors"]),
        located_prepositions=frozenset(data["located_prepositions"]),
        unlocated_modifiers=frozenset(data["unlocated_modifiers"]),
        several_states=frozenset(data["several_states"]),
        hostile_acts=frozenset(data["hostile_acts"]),
        unidentified=Actor(
            id=unidentified["id"], label=unidentified["label"], type="armed_group", code=unidentified["code"]
        ),
        unidentified_heads=frozenset(unidentified["heads"]),
        unidentified_phrases=frozenset(tuple(phrase.split()) for phrase in unidentified["phrases"])
        | {
            (modifier, head)
            for modifier in unidentified["armed_modifiers"]
            for head in unidentified["armed_people"]
        },
        unidentified_instruments=frozenset(unidentified["instruments"]),
        # both ways: a British spelling reads as the American one, and the other way round
        spellings={
            **data["spellings"],
            **{british: american for american, british in data["spellings"].items()},
        },
        people_code=people["code"],
        people_modifiers=frozenset(people["modifiers"]),
        place_prepositions=frozenset(data["place_prepositions"]),
        place_nouns=frozenset(data["place_nouns"]),
        gate_sectors=frozenset(data["gate_sectors"]),
        not_gate_signals=frozenset(data["not_gate_signals"]),
        armed_group_heads=frozenset(data["armed_group_heads"]),
        ranks=dict(data["ranks"]),
        geographic_features=frozenset(data["geographic_features"]),
        named_sites=frozenset(data["named_sites"]),
        facilities=frozenset(data["facilities"]),
        region_qualifiers=frozenset(data["region_qualifiers"]),
        communities=frozenset(data["communities"]),
    )


@functools.lru_cache(maxsize=1)
def gate_nouns() -> frozenset[str]:
    """One-word nouns of the agents files that name an actor alone, singular: the gate's signals.

    >>> {"court", "mayor", "policeman", "gunman"} <= gate_nouns(), "naval" in gate_nouns()
    (True, False)
    """
    words = AgentWords.load()
    found = set(words.unidentified_heads)
    found |= {word for word, code, prefix in _one_word_agents() if code[:3] in words.gate_sectors or prefix}
    found |= {
        word for word, code in words.extra_agents.items() if " " not in word and code in words.gate_sectors
    }
    return frozenset(word for word in found if not word.endswith("s") and word not in words.not_gate_signals)


@functools.lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Every one-word noun of the agents files, whatever its sector: the words that name people or
    bodies by what they are.

    >>> {"businessman", "scientist", "dissident", "court"} <= agent_nouns(), "plan" in agent_nouns()
    (True, False)
    """
    extra = {word for word in AgentWords.load().extra_agents if " " not in word}
    return frozenset({word for word, _, _ in _one_word_agents()} | extra)


def _one_word_agents() -> Iterator[tuple[str, str, bool]]:
    """(word, code, whether a prefix) of the agents file's one-word entries."""
    for line in (packaged_data() / AGENTS_FILE).read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        word = record.get("word", "")
        if word and " " not in word:
            yield word, record.get("code", ""), bool(record.get("prefix"))


def agent_actor(owner: Actor, agent: Agent, words: AgentWords) -> Actor:
    """The agent of a state or an international organisation as an actor of its own.

    Russia + MIL → ``RUSMIL``; NATO + MIL → ``IGOWSTNATMIL``; a prefix agent (PETRARCH's
    ``[IGO~]``, peacekeepers) puts ``IGO`` before a state's code and makes an organisation's
    agent military.

    >>> words = AgentWords.load()
    >>> nato = Actor(id="nato", label="NATO", type="igo", code="IGOWSTNAT")
    >>> troops = agent_actor(nato, Agent(code="MIL"), words)
    >>> troops.id, troops.label, troops.country
    ('IGOWSTNATMIL', 'NATO (military)', None)
    >>> india = Actor(id="IND", label="India", type="state", code="IND", country="IND")
    >>> agent_actor(india, Agent(code="IGO", prefix=True), words).code
    'IGOIND'
    """
    if agent.prefix:
        code = f"{agent.code}{owner.code}" if owner.type == "state" else f"{owner.code}MIL"
        label = f"{owner.label} (peacekeepers)"
        sector = "MIL"
    else:
        code = f"{owner.code}{agent.code}"
        label = f"{owner.label} ({words.sector_label(agent.code)})"
        sector = agent.code[:3]
    return Actor(
        id=code,
        label=label,
        type="military" if sector == "MIL" else "government" if sector == "GOV" else "group",
        code=code,
        country=owner.country,
    )


def unidentified_mentions(doc: Doc, taken: set[int], words: AgentWords) -> Iterator[Span]:
    """Noun phrases of a parsed ``doc`` naming armed actors the text does not name ("gunmen").

    A phrase qualified by a name ("Hamas gunmen") or a demonym ("Palestinian militants") is
    left to the matcher, which finds its owner; so is one whose tokens are in ``taken``.
    """
    # a head the lists name alone or last in a phrase: the other nouns need no look at their modifiers
    heads = (
        words.unidentified_heads
        | {phrase[-1] for phrase in words.unidentified_phrases}
        | words.unidentified_instruments
    )
    # "An *Unidentified Armed* Group": a conflict monitor's title case is no name
    own_words = {modifier for modifier, _ in words.unidentified_phrases}
    for token in doc:
        if token.i in taken or token.pos_ not in {"NOUN", "PROPN"} or token.dep_ in {"compound", "amod"}:
            continue
        lemma = token.lemma_.lower()
        if lemma not in heads and token.lower_ not in heads:
            continue
        if not (
            names_armed(token, words) or (lemma in words.unidentified_instruments and _acting_weapon(token))
        ):
            continue
        start = token.i
        for child in token.lefts:
            if child.dep_ in {"det", "amod", "compound", "nummod", "quantmod", "advmod", "nmod"}:
                start = min(start, child.left_edge.i)
        span = doc[start : token.i + 1]
        if any(i in taken for i in range(span.start, span.end)):
            continue
        naming = [t for t in span[:-1] if t.pos_ != "DET" and t.lower_ not in own_words]
        if any(t.pos_ == "PROPN" or t.ent_type_ in _NAMING_ENTS for t in naming):
            continue  # "Hamas gunmen", "Kurdish militants": a named owner
        if any(t.lower_ in {"this", "these", "that", "those"} for t in span[:-1]):
            continue  # "these militants": a group named before, for coreference
        if _named_owner_after(token):
            continue  # "gunmen *from Boko Haram*", "a suicide bomber of al-Shabaab": the owner's own
        yield span


def names_armed(token: Token, words: AgentWords) -> bool:
    """Whether a noun names armed actors alone ("gunmen") or with its modifier ("suicide bomber",
    "armed youths"), as the unidentified armed group's lists say."""
    lemma = token.lemma_.lower()
    if lemma in words.unidentified_heads or token.lower_ in words.unidentified_heads:
        return True
    modifiers = [child for child in token.lefts if child.dep_ in {"amod", "compound", "nmod"}]
    pairs = {(child.lower_, form) for child in modifiers for form in (lemma, token.lower_)}
    return bool(pairs & words.unidentified_phrases)


def _named_owner_after(token: Token) -> bool:
    return any(
        prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
        and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_) for o in prep.children)
        for prep in token.rights
    )  # fmt: skip


def _acting_weapon(token: Token) -> bool:
    """Whether a weapon acts in its clause with no author named: the subject of a verb ("a car
    bomb killed …") or the means of a passive ("was killed *in* a bomb blast"), and nothing after
    it says who planted or fired it."""
    if any(c.dep_ in {"acl", "relcl"} for c in token.children):
        return False  # "a bomb planted by …", "a drone launched from Lebanon"
    if token.dep_ == "nsubj":
        return token.head.pos_ == "VERB"
    prep = token.head
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in prep.head.children)
    return token.dep_ == "pobj" and prep.lower_ in {"by", "in"} and passive


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` is in, past the nouns and prepositions above it ("talks
    *mediated* by Qatar" hang on "agreed"); None where a noun's subject is reached first or no
    verb is above it.
    """
    while token.pos_ not in {"VERB", "AUX"}:
        if token.head.i == token.i or (
            token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ not in {"VERB", "AUX"}
        ):
            return None
        token = token.head
    return token


def first_conjunct(token: Token) -> Token:
    """The first of the coordinated words ``token`` belongs to: "an open border and deep *ties*"
    stand where "border" does.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["share", "borders", "and", "ties"], heads=[0, 0, 1, 1],
    ...           deps=["ROOT", "dobj", "cc", "conj"])
    >>> first_conjunct(doc[3]).text
    'borders'
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def is_place(span: Span, words: AgentWords) -> bool:
    """Whether a state's mention names where something happens rather than a party.

    The object of a locative preposition ("a protest in Beijing", "shelling across Ukraine"),
    of "of" after a place noun ("the Afghan province of Helmand"), or a modifier of a place
    noun ("the Syrian border"), and what is coordinated with them. Needs a parse.
    """
    root = first_conjunct(span.root)
    if root.dep_ in {"amod", "compound", "nmod", "poss"}:
        return root.head.lemma_.lower() in words.place_nouns
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in words.place_prepositions:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in words.place_nouns


def initials_fit(abbreviation: str, name: list[str]) -> bool:
    """Whether ``abbreviation`` reads as the initials of the words of ``name``, in order.

    Function words may be skipped or kept ("Front de Libération Nationale": FLN), a word
    may give more than one letter ("Democratic People's Republic of Korea": DPRK).

    >>> initials_fit("RSF", ["Rapid", "Support", "Forces"])
    True
    >>> initials_fit("FIS", ["Islamic", "Salvation", "Front"])
    False
    >>> initials_fit("DPRK", ["Democratic", "People", "'s", "Republic", "of", "Korea"])
    True
    """
    content = [word for word in name if word[:1].isalpha()]
    letters = abbreviation.upper()
    if not content or content[0][0].upper() != letters[0]:
        return False
    capitals = [word for word in content if word[0].isupper()]
    return _initials(letters, [word.upper() for word in capitals]) or _initials(
        letters, [word.upper() for word in content]
    )


def _initials(letters: str, words: list[str]) -> bool:
    """Each word gives its first letter and maybe more; every letter comes from a word's start."""
    if not letters:
        return not words
    if not words:
        return False
    word, rest = words[0], words[1:]
    for taken in range(1, min(len(word), len(letters)) + 1):
        if word[:taken] == letters[:taken] and _initials(letters[taken:], rest):
            return True
    return word in _SKIPPABLE and _initials(letters, rest)


def abbreviation_of(doc: Doc, end: int) -> Token | None:
    """The abbreviation in brackets right after a mention ending at ``end``: "… Forces (RSF)"."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    token = doc[end + 1]
    return token if _ACRONYM.match(token.text) else None
