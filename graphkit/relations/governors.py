"""What a governing verb or noun makes of the event in its clause.

CAMEO codes what a sentence asserts. "Venezuela refused to meet Colombia" asserts a rejection
(125), not a meeting; "Azerbaijan threatened to break relations with Russia" a threat (1313);
"Japan plans to visit China" an intent (036); "Egypt and Israel failed to reach an agreement"
no agreement at all. The families of governors and how each turns the governed code into the
asserted one are data (``graphkit/data/rules/governors.yaml``); this module finds the governor
of a clause on the parse and applies its family.

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["Venezuela", "refused", "to", "meet", "Colombia"], heads=[1, 1, 3, 1, 3],
...           deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], pos=["PROPN", "VERB", "PART", "VERB", "PROPN"],
...           lemmas=["Venezuela", "refuse", "to", "meet", "Colombia"])
>>> governors = Governors.load()
>>> family, governor = governors.governing(doc[3])
>>> family.name, governor.text, family.asserted("040")
('reject', 'refused', '125')
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from spacy.tokens import Token

from graphkit.io import load_yaml
from graphkit.relations.modality import unconfirmed
from graphkit.relations.syntax import amount, counting, effort_before, infinitive_misread, mandative
from graphkit.relations.words import WORDS

__all__ = ["KEEP", "Family", "Governors"]

GOVERNORS_FILE = "rules/governors.yaml"
KEEP = "keep"
"""What :meth:`Family.asserted` returns when the governed code stands as it is."""

_VERBAL = {"VERB", "AUX"}
_PURPOSE_IDIOMS = {("in", "order")}
"""A preposition and noun that with "to" only say what an act is for: "*in order* to protect"."""
_NOMINAL = {"NOUN", "PROPN"}
_APPEAL = "appeal"
_INTENT = "intent"
_REJECT = "reject"
_COMPLEMENT_DEPS = {"xcomp", "ccomp"}
_OBJECT_DEPS = {"dobj", "nsubjpass"}
"""Clauses a verb governs: "refused *to meet*", "demanded *that Iran release* the crew"."""
_LEFT_THROUGH = {"from", "of"}
_TOPIC_DEPS = {"pcomp", "pobj"}
_PARTICLES = {"out", "away"}


@dataclass(frozen=True)
class Family:
    """Governors of one kind ("reject", "threaten", "intent", "failure") and their recoding.

    >>> family = Family("threaten", frozenset({"threaten"}), "130", {"16": "131", "161": "1313"}, ())
    >>> family.asserted("161"), family.asserted("163"), family.asserted("040")
    ('1313', '131', '130')
    """

    name: str
    governors: frozenset[str]
    default: str | None
    recode: dict[str, str | None]
    keep: tuple[str, ...]
    marks: frozenset[str] = frozenset()
    """Words that mark a clause this family governs ("*whether* they will meet")."""
    objects: bool = False
    """Whether the family governs its verb's object noun ("*suspended* aid")."""
    own_acts: bool = False
    """Whether the family governs only acts of the governor's own subject: "Egypt denied *it* was
    sending troops" is Egypt's denial; "Russia denied that *Ukraine* was attacked" is not Ukraine's."""
    clauses: bool = True
    """Whether the family governs clauses ("*refused* to meet"); a family may govern both
    ("*threatened* sanctions", "*threatened* to impose sanctions")."""
    topics: frozenset[str] = frozenset()
    """Prepositions through which the family's nouns govern what they are about: "talks *on*
    normalising ties", "negotiations *over* a ceasefire"."""
    leaving: frozenset[str] = frozenset()
    """Verbs of leaving, with their particle ("withdraw", "pull out"), whose "from" or "of" object
    the family governs as it governs an object: "*withdrew from* the treaty", "*pulled out of* the deal"."""
    asked_of_others: frozenset[str] = frozenset()
    """Governors whose clause, with a subject of its own, asks the act of that subject: "Turkey
    *wants Sweden* to extradite" intends nothing and is read as an appeal is."""
    foreseen_of_others: frozenset[str] = frozenset()
    """Governors whose clause, with a subject of its own, is a forecast the family does not
    govern: "Japan *expects to* meet" is an intent, "analysts *expect Kenya* to host" none."""
    scheduled: frozenset[str] = frozenset()
    """Governors whose passive still says the subject's own plan: "*is scheduled to* visit"."""
    final: bool = False
    """Whether what the family's verbs govern is governed by nothing above them: "sought to *avoid*
    talks" intends no talks."""
    unsaid: bool = False
    """Whether what the family's verb stops was never said: "*blocked* a statement condemning
    Israel", "*vetoed* a resolution demanding a ceasefire" (the participle asserts nothing)."""

    def asserted(self, code: str) -> str | None:
        """The code asserted when this family governs ``code``: a code, :data:`KEEP`, or None (no event)."""
        if any(code.startswith(prefix) for prefix in self.keep):
            return KEEP
        for length in range(len(code), 1, -1):
            if code[:length] in self.recode:
                return self.recode[code[:length]]
        return self.default


_NOTHING_SAID = Family("unsaid", frozenset(), None, {}, ())
"""What governs the words of a document that was stopped: no event."""


class Governors:
    """The families of governing verbs and nouns, looked up on the parse."""

    def __init__(self, families: list[Family], future: frozenset[str]) -> None:
        self._by_lemma = {lemma: f for f in families if f.clauses for lemma in f.governors}
        self._by_object_verb = {lemma: f for f in families if f.objects for lemma in f.governors}
        self._by_leaving_verb = {verb: f for f in families for verb in f.leaving}
        self._by_topic = {(prep, noun): f for f in families for prep in f.topics for noun in f.governors}
        self._by_mark = {mark: family for family in families for mark in family.marks}
        self._intent = next((f for f in families if f.name == _INTENT), None)
        self._appeal = next((f for f in families if f.name == _APPEAL), None)
        self._unsaying = frozenset(lemma for f in families if f.unsaid for lemma in f.governors)
        self._refusing = frozenset(lemma for f in families if f.name == _REJECT for lemma in f.governors)
        self._future = future

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Governors:
        """Read ``rules/governors.yaml`` from ``data_dir`` (default: the package's data)."""
        root: Path | Traversable = data_dir if data_dir is not None else resources.files("graphkit") / "data"
        data = load_yaml((root / GOVERNORS_FILE).read_text(encoding="utf-8"))
        families = [
            Family(
                name,
                frozenset(fields["governors"]),
                fields.get("default"),
                dict(fields.get("recode") or {}),
                tuple(fields.get("keep") or ()),
                frozenset(fields.get("marks") or ()),
                fields.get("objects", False) in {True, "also"},
                bool(fields.get("own_acts", False)),
                clauses=bool(fields.get("clauses", fields.get("objects", False) in {False, "also"})),
                leaving=frozenset(fields.get("leaving") or ()),
                topics=frozenset(fields.get("topics") or ()),
                unsaid=bool(fields.get("unsaid", False)),
                final=bool(fields.get("final", False)),
                asked_of_others=frozenset(fields.get("asked_of_others") or ()),
                foreseen_of_others=frozenset(fields.get("foreseen_of_others") or ()),
                scheduled=frozenset(fields.get("scheduled") or ()),
            )
            for name, fields in data["families"].items()
        ]
        return cls(families, frozenset(data["future_auxiliaries"]))

    def governing(self, clause: Token) -> tuple[Family, Token] | None:
        """The family that governs the event of ``clause``, with the governing token.

        The governor is the verb whose complement the clause is ("*refused* to meet"), the
        noun whose infinitive or "of" or "to" gerund it is ("its *refusal* to meet", "no *intention*
        of sending", "its *commitment* to defending"), or, for an event announced
        with a future auxiliary ("*will* withdraw"), the event's own verb.
        """
        token = clause
        if token.pos_ not in _VERBAL and token.head.pos_ in _VERBAL and not infinitive_misread(token):
            token = token.head  # "whether relations *will improve*": a noun's clause is its verb's
        while token.dep_ == "conj" and token.head.pos_ in _VERBAL and token.head != token:
            token = token.head  # "threatened to cut ties *and expel* its envoys"
        marked = next((self._by_mark[c.lower_] for c in token.children if c.lower_ in self._by_mark), None)
        if marked is not None and any(c.dep_ == "mark" for c in token.children if c.lower_ in marked.marks):
            return marked, token
        head = token.head
        # "is *ready* to sign", "was *unable* to agree": an adjective governs its infinitive as a verb does
        if token.dep_ in _COMPLEMENT_DEPS and head.pos_ in _VERBAL | {"ADJ"}:
            family = self._by_lemma.get(head.lemma_.lower())
            # "Saudi Arabia *was expected* to restore ties": someone else's expectation, no intent
            passive = (
                family is not None
                and family is self._intent
                and head.lemma_.lower() not in family.scheduled
                and any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)
            )
            foreseen = family is not None and head.lemma_.lower() in family.foreseen_of_others
            # "*neither confirmed nor denied* carrying out the strike": no denial is made
            if (
                family is not None
                and not passive
                and not (foreseen and _own_subject(token))
                and not _reported(family, token, head)
                and not unconfirmed(head)
            ):
                asked = head.lemma_.lower() in family.asked_of_others and _own_subject(token)
                return (self._appeal, head) if asked and self._appeal is not None else (family, head)
        # ("US *plans* to designate cartels": the parser may call a noun's infinitive its xcomp)
        if token.dep_ in {"acl", "relcl", "xcomp"} and head.pos_ in _NOMINAL and _infinitive(token):
            # ("sent troops *in order to* protect Assad": an idiom of purpose, no order given)
            purpose = head.dep_ == "pobj" and (head.head.lower_, head.lower_) in _PURPOSE_IDIOMS
            family = None if purpose else self._by_lemma.get(head.lemma_.lower())
            if family is not None:
                return family, head
        # "foiled a *plot* to bomb the consulate": the parser may hang the plot's infinitive on "foiled"
        effort = effort_before(token)
        family = self._by_lemma.get(effort.lemma_.lower()) if effort is not None else None
        if effort is not None and family is not None and effort.dep_ == "dobj":
            return family, effort
        noun = head.head
        stopped = head.dep_ in _OBJECT_DEPS and noun.lemma_.lower() in self._unsaying
        if token.dep_ == "acl" and token.tag_ == "VBG" and stopped:
            # "blocked a statement *condemning* Israel": the statement was never made
            return _NOTHING_SAID, noun
        if token.dep_ == "pcomp" and head.lower_ in {"of", "to"} and noun.pos_ in _NOMINAL and noun != head:
            # "no *intention of* sending missiles", "its *commitment to* defeating ISIS" read as
            # "intention to send", "commitment to defeat"
            family = self._by_lemma.get(noun.lemma_.lower())
            if family is not None:
                return family, noun
        topical = self.about(token)
        if topical is not None:
            return topical
        if self._intent is not None and token.pos_ in _VERBAL and self._announced(token):
            return self._intent, token
        return None

    def refuses(self, verb: Token) -> bool:
        """Whether ``verb`` is one of rejection ("rejected", "refused", "declined")."""
        return verb.lemma_.lower() in self._refusing

    def about(self, token: Token) -> tuple[Family, Token] | None:
        """The family of the noun whose topic ``token`` is: "talks *on* normalising ties", "talks *on*
        a truce" (what talks are about is negotiated).

        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["talks", "on", "a", "truce"], heads=[0, 0, 3, 1],
        ...           deps=["ROOT", "prep", "det", "pobj"], pos=["NOUN", "ADP", "DET", "NOUN"],
        ...           lemmas=["talk", "on", "a", "truce"])
        >>> family, noun = Governors.load().about(doc[3])
        >>> family.name, noun.text, family.asserted("0871")
        ('negotiated', 'talks', '046')
        """
        prep = token.head
        noun = prep.head
        if noun.pos_ in _VERBAL:
            # "opened talks *on* joining NATO": the parser may hang the noun's topic on its verb
            noun = next((c for c in noun.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i), noun)
        if token.dep_ not in _TOPIC_DEPS or noun.pos_ not in _NOMINAL or noun == prep:
            return None
        family = self._by_topic.get((prep.lower_, noun.lemma_.lower()))
        return (family, noun) if family is not None else None

    def governing_object(self, noun: Token) -> tuple[Family, Token] | None:
        """The family whose verb has ``noun`` as its object ("*suspended* aid", "aid *was cut*").

        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Mali", "suspended", "aid"], heads=[1, 1, 1],
        ...           deps=["nsubj", "ROOT", "dobj"], pos=["PROPN", "VERB", "NOUN"],
        ...           lemmas=["Mali", "suspend", "aid"])
        >>> family, verb = Governors.load().governing_object(doc[2])
        >>> family.name, verb.text, family.asserted("070")
        ('curtail', 'suspended', '162')
        """
        if noun.pos_ not in _NOMINAL:
            return None
        noun = next(iter(amount(noun)), noun)  # "*pledged* $500 million in aid": the sum is the object
        noun = counting(noun)  # "*ending* two decades of hostility": the count is the object
        verb = noun.head
        if noun.dep_ == "pobj" and verb.lower_ in _LEFT_THROUGH:
            return self._left(verb)
        if noun.dep_ not in _OBJECT_DEPS or verb.pos_ not in _VERBAL:
            return None
        family = self._by_object_verb.get(verb.lemma_.lower())
        return (family, verb) if family is not None else None

    def _left(self, prep: Token) -> tuple[Family, Token] | None:
        """The family of the verb of leaving whose "from" or "of" is ``prep`` ("*pulled out* of")."""
        verb = prep.head
        if verb.lower_ in _PARTICLES and verb.head.pos_ in _VERBAL and verb.head != verb:
            verb = verb.head  # "pulled *out* of": the parser may hang "of" on the particle
        if verb.pos_ not in _VERBAL:
            return None
        particle = next((c.lower_ for c in verb.children if c.lower_ in _PARTICLES and c.i > verb.i), None)
        lemma = verb.lemma_.lower()
        family = self._by_leaving_verb.get(f"{lemma} {particle}" if particle else lemma)
        return (family, verb) if family is not None else None

    def _announced(self, verb: Token) -> bool:
        """ "Nigeria *will* withdraw its force": an act announced, not done."""
        return any(c.dep_ == "aux" and c.lower_ in self._future for c in verb.children)


def _own_subject(clause: Token) -> bool:
    """Whether a clause names its own doer ("wants *Sweden* to extradite"); a pronoun is taken for
    the governor's subject ("Iran hopes *it* can sign")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON" for c in clause.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _reported(family: Family, clause: Token, verb: Token) -> bool:
    """ "Israel did not target civilians, a spokesman *insisted*": a verb of asking that also
    reports says what its clause asserts, unless the clause asks for an act ("insisted *that
    Venezuela respect* the border", :func:`~graphkit.relations.syntax.mandative`)."""
    return (
        family.name == _APPEAL
        and clause.dep_ == "ccomp"
        and verb.lemma_.lower() in WORDS.reporting
        and not mandative(verb)
    )
