"""Rules as records: fixed shapes of the parse, each one record in ``graphkit/data/rules/patterns.yaml``.

A record names its CAMEO code, its confidence, the words the gate must see (``triggers``), a
spaCy :class:`~spacy.matcher.DependencyMatcher` pattern, and for each side of the relation the
pattern node it hangs from (``anchor``) and the resolver that finds the actors there
(``resolve``). Resolvers are the few general ways of reading who a token stands for (its
subjects with what they inherit, the noun phrase and its conjuncts, …); they are passed in by
:class:`graphkit.relations.rules.Rules`, which owns them, so a rule is data and the reading of
the tree stays written once.

>>> rules = PatternRules.load()
>>> "viewed-as-threat" in {record.name for record in rules.records}
True
>>> "regard" in rules.triggers()
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from graphkit.io import load_yaml

__all__ = [
    "PATTERNS_FILE",
    "PLACES_FILE",
    "PatternMatch",
    "PatternRecord",
    "PatternRules",
    "Places",
    "Resolver",
    "load_places",
]

PATTERNS_FILE = "rules/patterns.yaml"
PLACES_FILE = "rules/places.yaml"
Resolver = Callable[[Token], list[Span]]
"""Who a token of a match stands for."""


@dataclass(frozen=True)
class Places:
    """Where acts are aimed and where authority acts, from ``rules/places.yaml``."""

    aimed: dict[str, frozenset[str]]
    """CAMEO roots whose acts aimed at a place hit its state, and the prepositions that aim them."""
    authority_roots: frozenset[str]
    """CAMEO roots whose agentless passives are the acts of the state they happen in."""
    authority_prepositions: frozenset[str]
    left_bodies: dict[str, str]
    """Codes (by prefix) of a retreat, and the code of leaving an organisation it becomes."""
    member_verbs: dict[str, str] = field(default_factory=dict)
    """Verbs that leave or join an international organisation named as their object ("*quit*
    ECOWAS", "*joined* NATO"), and the code they take then."""
    across_border: frozenset[str] = frozenset()
    """CAMEO roots whose acts near a border are aimed at the state across it (shows of force)."""


def load_places(data_dir: Path | None = None) -> Places:
    """Read ``rules/places.yaml`` from ``data_dir`` (default: the package's data).

    >>> places = load_places()
    >>> sorted(places.aimed["08"]), "17" in places.authority_roots
    (['across', 'from', 'in', 'of', 'out', 'throughout'], True)
    """
    root: Path | Traversable = data_dir if data_dir is not None else resources.files("graphkit") / "data"
    data = load_yaml((root / PLACES_FILE).read_text(encoding="utf-8"))
    authorities = data["authorities"]
    return Places(
        aimed={str(code): frozenset(preps) for code, preps in data["roots"].items()},
        authority_roots=frozenset(str(code) for code in authorities["roots"]),
        authority_prepositions=frozenset(authorities["prepositions"]),
        left_bodies={str(code): str(left) for code, left in (data.get("left_bodies") or {}).items()},
        across_border=frozenset(str(code) for code in data.get("across_border") or ()),
        member_verbs={str(verb): str(code) for verb, code in (data.get("member_verbs") or {}).items()},
    )


@dataclass(frozen=True)
class PatternRecord:
    """One rule: a dependency pattern, what it codes, and where its two sides are."""

    name: str
    code: str
    relation: str | None
    confidence: float
    triggers: tuple[str, ...]
    source: tuple[str, str]
    """(anchor node, resolver name)."""
    target: tuple[str, str]
    trigger: str
    """The node whose token is the relation's trigger (its clause is read for modality)."""
    symmetric: bool
    pattern: list[dict[str, Any]]
    displaces: bool = False
    """Whether the record is the only reading of its trigger verb: "pushed Manila *closer to*
    Washington" is no demand on Manila, whatever "push" codes alone."""
    settled: bool = False
    """Whether the record's pattern reads the negation or refusal it needs itself ("has *never*
    ruled out force"), so that its trigger's clause is not read again for modality or governors."""
    covers: tuple[str, ...] = ()
    """Nodes whose words are a judgement the record reads: a relational noun read on them is the
    judge's view, at most hedged ("views Pyongyang as *a threat* to Seoul")."""

    @classmethod
    def of(cls, raw: dict[str, Any]) -> PatternRecord:
        """A record from its YAML mapping; a missing field raises KeyError naming it, a node name or
        word that is not text (YAML reads a bare ``on`` as true) raises ValueError naming the rule.

        >>> PatternRecord.of({"name": "r", "code": "040", "confidence": 0.5, "triggers": [],
        ...     "source": {"anchor": "v", "resolve": "subjects"},
        ...     "target": {"anchor": "v", "resolve": "phrase"},
        ...     "pattern": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": {"IN": ["near", False]}}}]})
        Traceback (most recent call last):
        ValueError: rule 'r': expected text in pattern node 'v', got False (quote "on", "off", "yes", "no")
        """
        for node in raw["pattern"]:
            values = [node.get("RIGHT_ID"), node.get("LEFT_ID"), *_leaves(node.get("RIGHT_ATTRS", {}))]
            for value in values:
                if isinstance(value, bool):
                    raise ValueError(
                        f"rule {raw['name']!r}: expected text in pattern node {node.get('RIGHT_ID')!r}, "
                        f'got {value} (quote "on", "off", "yes", "no")'
                    )
        return cls(
            name=str(raw["name"]),
            code=str(raw["code"]),
            relation=raw.get("relation"),
            confidence=float(raw["confidence"]),
            triggers=tuple(raw["triggers"]),
            source=(raw["source"]["anchor"], raw["source"]["resolve"]),
            target=(raw["target"]["anchor"], raw["target"]["resolve"]),
            trigger=str(raw.get("trigger", raw["pattern"][0]["RIGHT_ID"])),
            symmetric=bool(raw.get("symmetric", False)),
            pattern=list(raw["pattern"]),
            displaces=bool(raw.get("displaces", False)),
            settled=bool(raw.get("settled", False)),
            covers=tuple(raw.get("covers", ())),
        )


def _leaves(attrs: Any) -> list[Any]:
    """The values of a pattern node's attributes, inside ``{IN: [...]}`` sets too."""
    if isinstance(attrs, dict):
        return [leaf for value in attrs.values() for leaf in _leaves(value)]
    if isinstance(attrs, list):
        return [leaf for value in attrs for leaf in _leaves(value)]
    return [attrs]


_WORD_ATTRS = {"LEMMA": "LEMMA", "LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH"}
"""Token attributes of a pattern node that name words, and the sentence's set each is checked against."""


def _needed_words(record: PatternRecord) -> list[tuple[str, frozenset[str]]]:
    """For each word a node of ``record`` must be (an attribute equal to a text or ``IN`` a list), the
    attribute and its allowed texts: a sentence without one of them cannot match the record.

    >>> record = PatternRecord.of({"name": "r", "code": "040", "confidence": 0.5, "triggers": [],
    ...     "source": {"anchor": "v", "resolve": "subjects"}, "target": {"anchor": "v", "resolve": "phrase"},
    ...     "pattern": [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["meet"]}, "DEP": "ROOT"}},
    ...                 {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "w", "RIGHT_ATTRS": {"LOWER": "with"}}]})
    >>> _needed_words(record)
    [('LEMMA', frozenset({'meet'})), ('LOWER', frozenset({'with'}))]
    """
    needs = []
    for node in record.pattern:
        for attr, value in node.get("RIGHT_ATTRS", {}).items():
            if attr not in _WORD_ATTRS:
                continue
            if isinstance(value, str):
                needs.append((_WORD_ATTRS[attr], frozenset({value})))
            elif (
                isinstance(value, dict)
                and set(value) == {"IN"}
                and all(isinstance(v, str) for v in value["IN"])
            ):
                needs.append((_WORD_ATTRS[attr], frozenset(value["IN"])))
    return needs


def _words_of(sent: Span) -> dict[str, set[str]]:
    """The lemmas, lower-case forms and texts of the tokens of ``sent``, by attribute name."""
    lemmas, lowers, texts = set(), set(), set()
    for token in sent:
        lemmas.add(token.lemma_)
        lowers.add(token.lower_)
        texts.add(token.text)
    return {"LEMMA": lemmas, "LOWER": lowers, "ORTH": texts}


@dataclass(frozen=True)
class PatternMatch:
    """A record's match in a sentence: the record and the token of each pattern node."""

    record: PatternRecord
    tokens: dict[str, Token]


class PatternRules:
    """Every record, matched by one :class:`~spacy.matcher.DependencyMatcher` per vocabulary."""

    def __init__(self, records: list[PatternRecord]) -> None:
        self.records = records
        self.displacing = frozenset(record.name for record in records if record.displaces)
        """The names of the records that displace their trigger verb's own reading."""
        self._matchers: dict[int, list[DependencyMatcher]] = {}
        self._words = self.triggers()
        self._needs = [_needed_words(record) for record in records]

    @classmethod
    def load(cls, data_dir: Path | None = None) -> PatternRules:
        """Read ``rules/patterns.yaml`` from ``data_dir`` (default: the package's data)."""
        root: Path | Traversable = data_dir if data_dir is not None else resources.files("graphkit") / "data"
        raw = load_yaml((root / PATTERNS_FILE).read_text(encoding="utf-8")) or []
        return cls([PatternRecord.of(item) for item in raw])

    def triggers(self) -> frozenset[str]:
        """The words the gate must let through for some record to match."""
        return frozenset(word for record in self.records for word in record.triggers)

    def matches(self, sent: Span) -> Iterator[PatternMatch]:
        """Every match of every record in ``sent``.

        The DependencyMatcher is costly; a sentence with none of the records' words needs none,
        and nor does one where no record finds a token for each of its nodes that name words.
        """
        if not self.records:
            return
        seen = _words_of(sent)
        words = self._words
        if words.isdisjoint(seen["LOWER"]) and words.isdisjoint(lemma.lower() for lemma in seen["LEMMA"]):
            return
        # one matcher per record, run only where the record's words are all there: a matcher's cost
        # grows with every node of every pattern it holds, and most sentences can match one or two
        possible = [
            index
            for index, needs in enumerate(self._needs)
            if all(not allowed.isdisjoint(seen[attr]) for attr, allowed in needs)
        ]
        if not possible:
            return
        doc = sent.doc
        matchers = self._matchers_for(doc.vocab)
        # a matcher copies a Span it is given into a Doc of its own: copied once, for every record
        own = sent.as_doc(copy_user_data=True)
        for index in possible:
            record = self.records[index]
            nodes = [node["RIGHT_ID"] for node in record.pattern]
            for _, token_ids in matchers[index](own):
                tokens = {node: doc[sent.start + i] for node, i in zip(nodes, token_ids, strict=True)}
                yield PatternMatch(record, tokens)

    def resolve(self, match: PatternMatch, resolvers: dict[str, Resolver]) -> tuple[list[Span], list[Span]]:
        """The actors of a match's two sides, read by the resolvers the record names."""
        sides = []
        for anchor, resolver in (match.record.source, match.record.target):
            sides.append(resolvers[resolver](match.tokens[anchor]))
        return sides[0], sides[1]

    def _matchers_for(self, vocab: Vocab) -> list[DependencyMatcher]:
        """One matcher per record, in the records' order, built once per vocabulary."""
        matchers = self._matchers.get(id(vocab))
        if matchers is None:
            matchers = self._matchers[id(vocab)] = [DependencyMatcher(vocab) for _ in self.records]
            for matcher, record in zip(matchers, self.records, strict=True):
                matcher.add(record.name, [record.pattern])
        return matchers
