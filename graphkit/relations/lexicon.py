"""The relation lexicon: CAMEO codes, verb patterns and relational nouns.

Three data files under ``graphkit/data/`` back it: ``cameo_codes.jsonl`` (every
CAMEO event code with its Goldstein value and QuadClass), ``cameo_verbs.jsonl``
(the PETRARCH verb patterns reduced to dependency-parse constraints, built by
``scripts/build_cameo_lexicon.py``) and the hand-written ``relational_nouns.yaml``.

Examples
--------
>>> lex = Lexicon.load()
>>> lex.verb("sell", objects=["weapon"], preps=[("to", "iran")]).relation
'military_cooperation'
>>> lex.verb("accuse").code, lex.code("112").quad_class
('112', 3)
>>> lex.noun("sanction").target
('on', 'against')
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from graphkit.io import load_yaml
from graphkit.models import Polarity

__all__ = ["CameoCode", "Lexicon", "RelationalNoun", "overrides_by_lemma", "with_overrides"]

CODES_FILE = "cameo_codes.jsonl"
VERBS_FILE = "cameo_verbs.jsonl"
NOUNS_FILE = "relational_nouns.yaml"
OVERRIDES_FILE = "verb_overrides.yaml"
PATTERN_OVERRIDES_FILE = "pattern_overrides.yaml"

Slot = Literal[
    "self",
    "poss",
    "compound",
    "amod",
    "of",
    "on",
    "against",
    "with",
    "to",
    "by",
    "from",
    "for",
    "between",
    "among",
    "in",
    "into",
    "toward",
    "at",
    "outside",
    "inside",
    "over",
    "captor",
]
"""Where a relational noun finds an actor: itself (``self``, "Russia, Iran's *ally*"),
its possessor, a compound or adjective modifier, the object of a preposition, or (``captor``)
whoever holds those it frees ("the release of prisoners *held by Iran*")."""


class CameoCode(BaseModel):
    """One CAMEO event code.

    >>> Lexicon.load().code("195").model_dump()
    {'code': '195', 'name': 'Employ aerial weapons, not specified below', 'goldstein': -10.0, \
'quad_class': 4, 'polarity': 'conflictual', 'relation': 'airstrike'}
    """

    model_config = ConfigDict(frozen=True)

    code: str
    name: str
    goldstein: float
    quad_class: Literal[1, 2, 3, 4]
    polarity: Polarity
    relation: str
    """Short snake-case relation name (``use_force``, ``sanction``)."""


class RelationalNoun(BaseModel):
    """A noun that carries a relation between two actors ("talks", "sanctions", "ally").

    >>> shown = {"lemma", "code", "relation", "symmetric", "source", "target"}
    >>> Lexicon.load().noun("ally").model_dump(include=shown)
    {'lemma': 'ally', 'code': '050', 'relation': 'alliance', 'symmetric': True, \
'source': ('self',), 'target': ('poss', 'of', 'compound', 'amod')}
    """

    model_config = ConfigDict(frozen=True)

    lemma: str
    code: str
    relation: str
    symmetric: bool
    source: tuple[Slot, ...]
    target: tuple[Slot, ...]
    forms: tuple[str, ...] = ()
    """Other spellings looked up the same way (``"air strike"`` for ``airstrike``)."""
    character: bool = False
    """A relationship with no class of its own ("relations", "ties"): the sentence gives it one
    (:mod:`graphkit.relations.character`)."""
    speech_act: bool = False
    """A proposal, request or invitation: it was made even when the verb over it answers it
    ("rejected a French *proposal*"), where "boycotted the *talks*" says the talks did not happen."""
    held_alone: bool = False
    """A two-sided noun one side may also hold alone: its adjective or compound names who holds
    it ("condemned *Chinese* military drills" is China's), where "the *Syrian* conflict" names a
    place."""
    by_civilians: str | None = None
    """The code when civilians, workers or professionals do it: a *strike* by teachers is a
    labour strike (143), where a strike by an army is force (190)."""
    by_armed_groups: str | None = None
    """The code when an armed group that is no state's force does it: a *bombing* by al-Shabaab is
    a non-military bombing (183), where a state's bombing is aerial (195)."""
    brokered: bool = False
    """An act others seek, demand or broker ("*sought* the release of a journalist", "*mediated* the
    release of hostages"): a verb whose own pattern codes it otherwise did that about it, and its
    subject is not the noun's actor."""
    sense_by_verb: bool = False
    """A noun of several senses whose verb's own pattern says which: "*set* fire to a police
    station" is arson (180), "*opened* fire on protesters" gunfire (the noun's own 190)."""
    membership: bool = False
    """Belonging to a body of members: it asserts only what a verb does to it ("*suspended* its
    membership"): "Ukraine's membership of the EU" is more often sought or opposed than held."""
    targets: tuple[str, ...] = ()
    """The actor types its target must have, when it has one kind only: a membership is of an
    international organisation ("its *membership* of NATO", where "Russia's participation in
    Syria" names none), a recognition of a state ("its *recognition* of Taiwan", where "the
    recognition of the AU's efforts" praises)."""


@dataclass(frozen=True, slots=True)
class _Pattern:
    """A verb pattern: constraints on the verb's dependents and the code they give."""

    code: str | None
    object: frozenset[str] | None
    prep: str | None
    prep_object: frozenset[str] | None
    particle: str | None
    aims_at_prep: bool = False
    """The dictionary marks the preposition's object as the target (``(FROM +)``)."""
    specificity: int = field(init=False)
    """How many constraints the pattern sets."""
    rank: tuple[int, bool] = field(init=False)
    """More constraints first; among equals, one on the object, the verb's core argument:
    "break *relations* with Russia" is breaking relations, not "break with" someone. Both are set
    once, as patterns are compared many times."""

    def __post_init__(self) -> None:
        constraints = (self.object, self.prep, self.prep_object, self.particle)
        specificity = sum(x is not None for x in constraints)
        object.__setattr__(self, "specificity", specificity)
        object.__setattr__(self, "rank", (specificity, self.object is not None))

    def index_keys(self) -> Iterable[tuple[str, str]]:
        """Index keys: any one of them must be present for the pattern to match."""
        yield from (("o", o) for o in self.object or ())
        if self.prep is not None:
            yield ("p", self.prep)
        if self.particle is not None:
            yield ("p", self.particle)

    def _particle_object(self, preps: set[tuple[str, str]]) -> bool:
        return self.particle is not None and any(
            p == self.particle and o in (self.object or ()) for p, o in preps
        )

    def matches(self, objects: set[str], preps: set[tuple[str, str]], words: set[str]) -> bool:
        """Whether the dependents satisfy every constraint.

        ``words`` holds particles and preposition heads together: spaCy labels "on" in
        "embark on" or "up" in "set up talks" either way, so each stands in for the other.
        """
        # "embarked *on* manoeuvres": the parser may make a particle's object a preposition's
        if self.object is not None and not self.object & objects and not self._particle_object(preps):
            return False
        if self.particle is not None and self.particle not in words:
            return False
        if self.prep is None:
            return True
        if self.prep_object is None:
            return self.prep in words
        return any(p == self.prep and o in self.prep_object for p, o in preps)


@dataclass(frozen=True, slots=True)
class _Verb:
    """Everything known about one verb lemma, patterns in preference order."""

    default: str | None
    patterns: tuple[_Pattern, ...]
    index: dict[tuple[str, str], tuple[int, ...]]

    @classmethod
    def of(cls, records: list[dict]) -> _Verb:
        default: str | None = None
        patterns: list[_Pattern] = []
        index: dict[tuple[str, str], list[int]] = {}
        for r in records:
            obj, pobj = r["object"], r["prep_object"]
            pattern = _Pattern(
                r["code"],
                frozenset(obj) if obj is not None else None,
                r["prep"],
                frozenset(pobj) if pobj is not None else None,
                r["particle"],
                r.get("target") == "pobj",
            )
            if not pattern.specificity:
                default = default or pattern.code
                continue
            for key in pattern.index_keys():
                index.setdefault(key, []).append(len(patterns))
            patterns.append(pattern)
        return cls(default, tuple(patterns), {k: tuple(v) for k, v in index.items()})

    def match(self, objects: set[str], preps: set[tuple[str, str]], words: set[str]) -> _Pattern | None:
        """The best-ranked matching pattern (:attr:`_Pattern.rank`), the earliest among equals."""
        keys = [("o", o) for o in objects] + [("p", w) for w in words | {p for p, _ in preps}]
        candidates = sorted({i for key in keys for i in self.index.get(key, ())})
        best: _Pattern | None = None
        for i in candidates:
            pattern = self.patterns[i]
            if (best is None or pattern.rank > best.rank) and pattern.matches(objects, preps, words):
                best = pattern
        return best


class Lexicon:
    """CAMEO codes, verb patterns and relational nouns, with dictionary lookups."""

    def __init__(
        self,
        codes: dict[str, CameoCode],
        verbs: dict[str, list[str]],
        nouns: dict[str, RelationalNoun],
        version: str,
        defaults: dict[str, str | None] | None = None,
        overrides: Sequence[dict[str, Any]] = (),
    ) -> None:
        self._codes = codes
        self._verb_lines = verbs
        self._defaults = dict(defaults or {})
        self._verbs: dict[str, _Verb] = {}
        self._nouns = nouns
        self._noun_heads = frozenset(_head_word(key) for key in nouns)
        self._overrides = overrides_by_lemma(overrides)
        self.version = version
        """Digest of the data files: results coded with another version are stale."""

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Lexicon:
        """Read the three data files from ``data_dir`` (default: the package's ``data``)."""
        root: Path | Traversable = data_dir if data_dir is not None else resources.files("graphkit") / "data"
        raw = {
            name: (root / name).read_bytes()
            for name in (CODES_FILE, VERBS_FILE, NOUNS_FILE, OVERRIDES_FILE, PATTERN_OVERRIDES_FILE)
        }
        version = hashlib.sha256(b"\0".join(raw.values())).hexdigest()[:16]
        codes = {c["code"]: CameoCode(**c) for c in _records(raw[CODES_FILE].decode("utf-8"))}
        # Verb records stay JSON text until their lemma is first looked up: parsing all
        # forty thousand of them would take most of a second.
        verbs: dict[str, list[str]] = {}
        for line in raw[VERBS_FILE].decode("utf-8").splitlines()[1:]:
            verbs.setdefault(_lemma_of(line), []).append(line)
        nouns: dict[str, RelationalNoun] = {}
        for lemma, fields in load_yaml(raw[NOUNS_FILE].decode("utf-8")).items():
            noun = RelationalNoun(lemma=lemma, **fields)
            for key in (lemma, *noun.forms):
                nouns[_noun_key(key)] = noun
        defaults = load_yaml(raw[OVERRIDES_FILE].decode("utf-8")) or {}
        overrides = load_yaml(raw[PATTERN_OVERRIDES_FILE].decode("utf-8")) or []
        return cls(codes, verbs, nouns, version, defaults, overrides)

    def code(self, code: str) -> CameoCode:
        """The CAMEO code ``code``; raises KeyError when there is no such code.

        >>> Lexicon.load().code("0871").name
        'Declare truce, ceasefire'
        """
        return self._codes[code]

    def codes(self) -> list[CameoCode]:
        """Every code, in codebook order."""
        return list(self._codes.values())

    def verb(
        self,
        lemma: str,
        *,
        objects: Sequence[str] = (),
        preps: Sequence[tuple[str, str]] = (),
        particles: Sequence[str] = (),
        infinitives: Sequence[str] = (),
    ) -> CameoCode | None:
        """The code of a verb given its dependents' lemmas, None if it codes no event.

        ``objects`` are direct-object lemmas, ``preps`` (preposition, object lemma)
        pairs, ``particles`` the verb's particles and ``infinitives`` the lemmas of its
        infinitive complements, which the dictionary writes as words ("ORDER * TO CLOSE"):
        they meet a pattern naming them, never a bare "TO". Pass the prepositional phrases
        of the direct object too: CAMEO patterns such as ``SERIES (OF ATTACKS)`` or
        ``CALLS (FOR CEASEFIRE)`` describe them, and spaCy attaches them to the noun.
        The most specific matching pattern wins; without one the verb's default code
        applies. A pattern may code "no event" and so override the default.

        >>> lex = Lexicon.load()
        >>> lex.verb("hit", objects=["criticism"]).code, lex.verb("hit").code
        ('110', '190')
        >>> lex.verb("fight", preps=[("with", "corruption")]) is None
        True
        >>> lex.verb("order", infinitives=["close"]).code, lex.verb("order", infinitives=["act"]).code
        ('161', '100')
        """
        key = lemma.lower()
        verb = self._verb(key)
        if verb is None:
            default = self._default(key, particles, None)
            return self._codes[default] if default is not None else None
        pattern = self._match(verb, objects, preps, particles, infinitives)
        if pattern is not None and self._phrasal(key, particles) and pattern.particle is None:
            pattern = None  # "*ruled out* sanctions": a phrasal verb is not the verb's "rule sanction"
        code = pattern.code if pattern is not None else self._default(key, particles, verb.default)
        return self._codes[code] if code is not None else None

    def _phrasal(self, key: str, particles: Sequence[str]) -> bool:
        """Whether verb ``key`` with ``particles`` is a phrasal verb with a default of its own
        (verb_overrides.yaml "rule out")."""
        return any(f"{key} {particle.lower()}" in self._defaults for particle in particles)

    def _default(self, key: str, particles: Sequence[str], fallback: str | None) -> str | None:
        """The default code of verb ``key``: its phrasal verb's where a particle makes one
        (verb_overrides.yaml: "fall out", "take in"), else its own."""
        for particle in particles:
            phrase = f"{key} {particle.lower()}"
            if phrase in self._defaults:
                return self._defaults[phrase]
        return self._defaults.get(key, fallback)

    def pattern_preposition(
        self,
        lemma: str,
        *,
        objects: Sequence[str] = (),
        preps: Sequence[tuple[str, str]] = (),
        particles: Sequence[str] = (),
        infinitives: Sequence[str] = (),
        object_actor: bool = False,
    ) -> str | None:
        """The preposition of the pattern that codes the verb, if it names whom the act is aimed
        at: the dictionary's "cooperate *against*" (110) is aimed at whom "against" names, not at a
        partner "with". With ``object_actor`` (the verb's direct object is an actor), only a pattern
        that marks its preposition's object as the target names one, as PETRARCH aims an unmarked
        pattern at the first actor after the verb: "defend the Kurds *from* Turkey" defends the Kurds.

        >>> lexicon = Lexicon.load()
        >>> lexicon.pattern_preposition("cooperate", preps=[("with", "iraq"), ("against", "pkk")])
        'against'
        >>> lexicon.pattern_preposition("defend", preps=[("from", "attack")], object_actor=True) is None
        True
        """
        verb = self._verb(lemma.lower())
        pattern = self._match(verb, objects, preps, particles, infinitives) if verb is not None else None
        if pattern is None or (object_actor and not pattern.aims_at_prep):
            return None
        return pattern.prep

    def _verb(self, key: str) -> _Verb | None:
        verb = self._verbs.get(key)
        if verb is None:
            lines = self._verb_lines.get(key)
            if lines is None:
                return None
            verb = self._verbs[key] = self._parsed(key, lines)
        return verb

    @staticmethod
    def _match(
        verb: _Verb,
        objects: Sequence[str],
        preps: Sequence[tuple[str, str]],
        particles: Sequence[str],
        infinitives: Sequence[str] = (),
    ) -> _Pattern | None:
        low_preps = {(p.lower(), o.lower()) for p, o in preps}
        words = {p for p, _ in low_preps} | {p.lower() for p in particles}
        low_preps |= {("to", i.lower()) for i in infinitives}
        return verb.match({o.lower() for o in objects}, low_preps, words)

    def takes_object(self, lemma: str, obj: str) -> bool:
        """Whether a pattern of verb ``lemma`` names object ``obj``: then it is what the verb
        handles ("send *troops*", "lead a *delegation*"), not an actor it acts on.

        >>> lex = Lexicon.load()
        >>> lex.takes_object("send", "troop"), lex.takes_object("attack", "iran")
        (True, False)
        """
        verb = self._verb(lemma.lower())
        return verb is not None and ("o", obj.lower()) in verb.index

    def names_prep_object(self, lemma: str, prep: str, obj: str) -> bool:
        """Whether a pattern of verb ``lemma`` names ``obj`` after ``prep``: "opened a camp *for
        refugees*" is aid (075), where "for" alone, after any object, reads as a reason.

        >>> lex = Lexicon.load()
        >>> lex.names_prep_object("open", "for", "refugee"), lex.names_prep_object("bomb", "for", "people")
        (True, False)
        """
        verb = self._verb(lemma.lower())
        patterns = [verb.patterns[i] for i in verb.index.get(("p", prep), ())] if verb is not None else []
        return any(p.prep == prep and p.prep_object is not None and obj in p.prep_object for p in patterns)

    def pairs_object_with_prep(self, lemma: str, obj: str, prep: str) -> bool:
        """Whether a pattern of verb ``lemma`` names object ``obj`` together with ``prep``: then
        the preposition is the pattern's, wherever it hangs ("condemned the *attack on*").

        >>> lex = Lexicon.load()
        >>> lex.pairs_object_with_prep("condemn", "attack", "on")
        True
        >>> lex.pairs_object_with_prep("welcome", "commitment", "to")
        False
        """
        verb = self._verb(lemma.lower())
        patterns = [verb.patterns[i] for i in verb.index.get(("o", obj), ())] if verb is not None else []
        return any(p.prep == prep for p in patterns)

    def _parsed(self, lemma: str, lines: list[str]) -> _Verb:
        """The patterns of ``lemma``, with the codes of ``pattern_overrides.yaml`` in place."""
        records = [json.loads(line) for line in lines]
        return _Verb.of(with_overrides(records, self._overrides.get(lemma, ())))

    def verb_lemmas(self) -> frozenset[str]:
        """Every verb that codes an event in some context (with an object, a preposition, or alone).

        >>> "attack" in Lexicon.load().verb_lemmas()
        True
        """
        # a phrasal verb's default ("fall out") makes its verb one that may code
        defaults = frozenset(k.split()[0] for k, v in self._defaults.items() if v is not None)
        return frozenset(self._verb_lines) | defaults

    def noun(self, lemma: str) -> RelationalNoun | None:
        """The relational noun ``lemma`` (``"talk"``, ``"air strike"``, ``"bust-up"``), if any.

        >>> Lexicon.load().noun("air-strike").relation
        'airstrike'
        """
        return self._nouns.get(_noun_key(lemma))

    def may_head_a_relation(self, word: str) -> bool:
        """Whether ``word`` heads some relational noun ("strike" of "air strike", "state" of "state of
        emergency"): a cheap test before :meth:`noun`, since most nouns of a sentence (and every
        compound made on them) name no relation.

        >>> lexicon = Lexicon.load()
        >>> [lexicon.may_head_a_relation(w) for w in ("Strike", "air", "weather", "co-operation")]
        [True, False, False, True]
        """
        return _head_word(_noun_key(word)) in self._noun_heads

    def nouns_alike(self, noun: RelationalNoun) -> list[str]:
        """Relational nouns that mean what ``noun`` means (same code and relation), lemmas and forms:
        a verb pattern written for one of them reads the others ("halted *negotiations*" as "halted talks").

        >>> lexicon = Lexicon.load()
        >>> "talk" in lexicon.nouns_alike(lexicon.noun("negotiation"))
        True
        """
        return [
            key
            for key, other in self._nouns.items()
            if other.code == noun.code and other.relation == noun.relation and other is not noun
        ]

    def relation_name(self, code: str) -> str:
        """The short relation name of a CAMEO code (``"190"`` -> ``"use_force"``).

        >>> [Lexicon.load().relation_name(c) for c in ("190", "193", "195", "163", "0871")]
        ['use_force', 'fight', 'airstrike', 'sanction', 'ceasefire']
        """
        return self._codes[code].relation


_LEMMA_PREFIX = '{"lemma":"'


_CONSTRAINTS = ("object", "prep", "prep_object", "particle")


def overrides_by_lemma(overrides: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The records of ``pattern_overrides.yaml`` by verb lemma; one record may name a family of
    verbs the dictionary patterns alike ("supply", "give").

    >>> sorted(overrides_by_lemma([{"lemma": ["give", "lend"], "object": "tank", "code": "072"}]))
    ['give', 'lend']
    """
    found: dict[str, list[dict[str, Any]]] = {}
    for override in overrides:
        lemmas = override["lemma"]
        for lemma in [lemmas] if isinstance(lemmas, str) else lemmas:
            found.setdefault(lemma, []).append(override)
    return found


def with_overrides(
    records: list[dict[str, Any]], overrides: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The dictionary records of one lemma with the codes of the ``overrides`` that match them in
    place (a later override wins).

    >>> with_overrides([{"lemma": "meet", "code": "036", "prep": "at"}],
    ...                [{"lemma": "meet", "prep": "at", "code": "040"}])[0]["code"]
    '040'
    """
    for override in overrides:
        for record in records:
            if _overridden(record, override):
                record["code"] = override["code"]
    return records


def _overridden(record: dict[str, Any], override: dict[str, Any]) -> bool:
    """Whether a dictionary pattern has exactly the constraints an override names.

    >>> _overridden({"object": None, "prep": "at", "prep_object": None, "particle": None},
    ...             {"lemma": "meet", "prep": "at", "code": "040"})
    True
    >>> _overridden({"object": None, "prep": "at", "prep_object": ["summit"], "particle": None},
    ...             {"lemma": "meet", "prep": "at", "code": "040"})
    False
    """
    for constraint in _CONSTRAINTS:
        wanted, have = override.get(constraint), record.get(constraint)
        if wanted is None and have is not None:
            return False
        if wanted is not None and not (have == wanted or (isinstance(have, list) and wanted in have)):
            return False
    return True


def _noun_key(text: str) -> str:
    """Lower case, hyphens as spaces, single spaces: ``"Bust-up"`` -> ``"bust up"``."""
    return " ".join(text.lower().replace("-", " ").split())


def _head_word(key: str) -> str:
    """The word a noun key is made on: the last, or the one before "of" ("state of emergency")."""
    return key.split(" of ")[0].split()[-1] if key else key


def _lemma_of(line: str) -> str:
    """The lemma of a verb record, read without parsing the whole line."""
    if line.startswith(_LEMMA_PREFIX):
        return line[len(_LEMMA_PREFIX) : line.index('"', len(_LEMMA_PREFIX))]
    return str(json.loads(line)["lemma"])


def _records(text: str) -> Iterable[dict]:
    """The records of a JSON Lines data file, without its ``_meta`` header."""
    for line in text.splitlines():
        record = json.loads(line)
        if "_meta" not in record:
            yield record
