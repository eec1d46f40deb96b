"""Shapes of the parse the relation rules read, as pure functions of tokens and spans.

Prepositions and their objects, passive participles, judgements ("calls X a Y"), members and
companions of a group ("as part of the coalition", "along with Russia"), what "who" and a
misattached infinitive stand for, pairs of actors.

>>> import spacy
>>> doc = spacy.blank("en")("a bust - up")
>>> hyphenated(doc[3])
'bust up'
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from spacy.tokens import Span, Token

from graphkit.actors.agents import first_conjunct
from graphkit.actors.kinds import kind_of
from graphkit.models import Actor
from graphkit.relations.arguments import (
    DESCRIBING_VERBS,
    MODIFIER_DEPS,
    NAMING_VERBS,
    ActorIndex,
    is_quantity,
)
from graphkit.relations.words import WORDS

__all__ = [
    "DESCRIBING_VERBS",
    "NAMING_VERBS",
    "OBLIGATION",
    "SUBJECT_DEPS",
    "addressed",
    "alternatives",
    "as_part",
    "bare_infinitive_misread",
    "companions",
    "compounded",
    "conditional",
    "counted",
    "counting",
    "definite",
    "effort_before",
    "first_conjunct",
    "for_clause",
    "goes_into",
    "hyphenated",
    "included",
    "infinitive",
    "is_judgement",
    "is_passive_participle",
    "is_prep",
    "laid_on",
    "mandative",
    "misread_subject",
    "modified_object",
    "named_as_group",
    "named_by",
    "obligation",
    "pairs",
    "participle_of",
    "passive_auxiliary",
    "person_before",
    "phrase_objects",
    "prep_objects",
    "preps",
    "reduced_relative_root",
    "reduced_relatives",
    "same_head",
    "shared_objects",
    "so_called",
    "state_holders",
    "stray_particle",
    "temporal",
    "together",
]  # fmt: skip

SUBJECT_DEPS = {"nsubj", "csubj"}
COPULAS = {"be", "remain", "become", "stay", "seem", "appear"}
"""Verbs that say what their subject is: "the truce *is* a fiction", "talks *seem* possible"."""
_TIME_WORDS = WORDS.calendar | {
    "today", "yesterday", "tomorrow", "week", "weekend", "month", "year", "day", "night", "morning",
    "evening", "afternoon",
    "time", "hour", "decade",  # "phoned Putin *for the first time*", "for the first time in a decade"
}  # fmt: skip
_TOGETHER = {"together", "jointly", "joint", "alongside", "united", "side-by-side", "collectively"}
_RESULT_STATES = {"dead", "unconscious", "alive", "senseless", "wounded"}
"""Adjectives saying what an act left its patient as ("shot *dead*"), not what someone judges."""
_MEMBERSHIP_NOUNS = {"part", "member"}
_IDIOM_NOUNS = {"shoulder", "side", "hand", "arm"}
"""Nouns of "shoulder to shoulder", "side by side", "hand in hand", "arm in arm"."""
_HYPHENS = {"-", "–"}
_INDEFINITE = {"a", "an"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
"""Pronouns that open a relative clause and stand for the noun it hangs on."""
_RELATIVE_ADVERBS = {"where", "when", "why", "whereby", "wherein"}
"""Adverbs that open a relative clause about a place, time or reason, not about its object."""
_DIRECTIONS = {"from", "to", "into", "toward", "towards"}
"""Prepositions of a direction, which a spot noun after them does not change."""
_EFFORT_NOUNS = {"effort", "campaign", "fight", "bid", "attempt", "drive", "mission", "strategy", "struggle",
                 "determination", "commitment", "resolve", "quest", "push",
                 "plot", "plan", "scheme", "conspiracy",
                 "decision", "move", "threat", "pledge", "promise", "vow", "offer", "refusal", "failure",
                 "readiness", "willingness", "intention", "initiative", "endeavour", "endeavor"}  # fmt: skip
"""Nouns whose infinitive their owner does ("the coalition's *campaign* to defeat ISIL", "a *decision*
by Azerbaijan to resume talks"), unlike "a call by Kenya *to* withdraw", done by whom it addresses."""
_ADDRESSING_VERBS = {"tell", "warn", "assure", "inform", "brief"}
_MEDIA_SECTOR = "MED"
_EACH_OTHER = {("each", "other"), ("one", "another")}
_OBJECT_LIKE_DEPS = {"dobj", "dative", "prep"}


_DISJUNCTIONS = {"or", "nor", "either", "neither"}
_PARTICLES = frozenset({"out", "off", "away", "back", "down", "up"})
"""Particles a small parser may label as prepositions: "pulling *out* of Beirut"."""
_FINITE_MARKS = {"aux", "auxpass", "dobj", "nsubjpass", "dative", "ccomp", "xcomp"}
"""What a participle read as a finite verb would carry: an auxiliary, an object, a clause."""


def preps(verb: Token) -> Iterator[Token]:
    """Prepositions of a verb, including those of its particle or object-less complement."""
    for child in verb.children:
        if is_prep(child):
            yield child
            if stray_particle(child):
                # "pulling *out of* Beirut": the particle's preposition is the verb's
                yield from (grand for grand in child.children if is_prep(grand))
        elif child.dep_ in {"prt", "acomp"} or _idiom(child) or stray_particle(child):
            # "stood *shoulder to shoulder* with Iraq", "fight *side by side* with the Kurds",
            # "hit *back at* Israel"
            yield from (grand for grand in child.children if is_prep(grand))


def prep_objects(head: Token, actors: ActorIndex, words: set[str]) -> list[Span]:
    """The actors of the prepositional phrases of ``head`` headed by one of ``words``."""
    found: list[Span] = []
    for pobj in phrase_objects(head, words):
        found.extend(s for s in actors.of_phrase(pobj) if s not in found)
    return found


def phrase_objects(head: Token, words: set[str]) -> list[Token]:
    """The objects of the prepositional phrases of ``head`` headed by one of ``words``.

    >>> import spacy
    >>> doc = spacy.blank("en")("attacks by gunmen")
    >>> for token, head, dep in zip(doc, [0, 0, 1], ["ROOT", "prep", "pobj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> [t.text for t in phrase_objects(doc[0], {"by"})]
    ['gunmen']
    """
    return [
        o for prep in head.children if is_prep(prep) and preposition(prep) in words for o in objects_of(prep)
    ]


def counted(token: Token) -> Token:
    """What a quantity counts: "*dozens of* political prisoners" → prisoners; any other token is itself.

    >>> import spacy
    >>> doc = spacy.blank("en")("dozens of prisoners")
    >>> rows = zip(doc, [0, 0, 1], ["ROOT", "prep", "pobj"], ["dozen", "of", "prisoner"])
    >>> for token, head, dep, lemma in rows:
    ...     token.head, token.dep_, token.lemma_ = doc[head], dep, lemma
    >>> counted(doc[0]).text
    'prisoners'
    """
    while is_quantity(token):
        counted_ = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj"]  # fmt: skip
        if not counted_:
            break
        token = counted_[0]
    return token


def prep_governor(prep: Token) -> Token:
    """What a preposition hangs on, past the agent of a passive the parser hung it on: "was
    accused by UN experts *of* arming …" is the accusation's "of", not the experts'.

    >>> import spacy
    >>> doc = spacy.blank("en")("accused by experts of arming")
    >>> for token, head, dep in zip(doc, [0, 0, 1, 2, 3], ["ROOT", "agent", "pobj", "prep", "pcomp"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> prep_governor(doc[3]).text
    'accused'
    """
    head = prep.head
    if head.dep_ == "pobj" and head.head.dep_ == "agent":
        return head.head.head
    return head


def counting(noun: Token) -> Token:
    """The quantity that counts ``noun``, :func:`counted` read upward ("*two decades of*
    hostility", "*dozens of* prisoners"), or ``noun`` itself."""
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and is_quantity(noun.head.head):
        noun = noun.head.head
    return noun


_SUM_WORDS = frozenset({"worth", "valued", "totalling", "totaling", "amounting"})
"""Words that give what a noun comes to ("aid *worth* $10 million")."""


def amount(noun: Token) -> list[Token]:
    """The sum a noun is counted in: "$2 billion *in* aid for Ukraine" → [billion], or the word
    that gives its sum ("aid *worth* $10 million to Syria" → [worth]), whose prepositions are the
    noun's; none for any other noun.

    >>> import spacy
    >>> doc = spacy.blank("en")("billion in aid")
    >>> for token, head, dep in zip(doc, [0, 0, 1], ["ROOT", "prep", "pobj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> [t.text for t in amount(doc[2])], amount(doc[0])
    (['billion'], [])
    """
    # "assistance *worth* $10 million to Syria": the parser may hang the noun's phrase on its sum
    worth = [c for c in noun.children if c.dep_ in {"amod", "acl"} and c.lower_ in _SUM_WORDS]
    if worth:
        return worth
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head == prep:
        return []
    # "$2 *billion* in aid", "10 billion *yen* in assistance": a number or a unit it counts; the
    # parser may hang "in" on the verb whose object the sum is ("pledged 10 billion yen *in* aid")
    sum_ = prep.head
    if sum_.pos_ in {"VERB", "AUX"}:
        sum_ = next((c for c in sum_.children if c.dep_ == "dobj" and c.i < prep.i), sum_)
    counted = sum_.like_num or any(c.dep_ == "nummod" for c in sum_.children)
    return [sum_] if counted else []


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for: "drones *that* Iran launched" → drones; any other token
    is itself.

    >>> import spacy
    >>> doc = spacy.blank("en")("drones that Iran launched")
    >>> for token, head, dep in zip(doc, [0, 3, 3, 0], ["ROOT", "dobj", "nsubj", "relcl"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> antecedent(doc[1]).text, antecedent(doc[2]).text
    ('drones', 'Iran')
    """
    verb = token.head
    if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl" and token.i < verb.i:
        return verb.head
    if token.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "ccomp" and token.i < verb.i:
        return _clefted(verb.head) or token
    return token


def _clefted(copula: Token) -> Token | None:
    """What "*it was* Qatar that brokered …" puts in focus: the copula's attribute, after an "it"."""
    if copula.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    return next((c for c in copula.children if c.dep_ == "attr"), None)


def objects_of(prep: Token) -> list[Token]:
    """The objects of a preposition; where the parser left it none, the subject of the clause that
    starts right after it: "granted asylum *to* five officers holed up in …" is parsed as if the
    officers "holed up" were a clause of their own.

    A preposition of two words has the objects of its "of" ("outside *of* the consulate"), and an
    object naming a spot beside something (:attr:`~graphkit.relations.words.Words.vantage_nouns`)
    stands for what it lies beside ("in *front* of the embassy"); :func:`preposition` says which
    word such a phrase reads as.

    >>> import spacy
    >>> doc = spacy.blank("en")("granted asylum to officers holed up")
    >>> deps = ["ROOT", "dobj", "prep", "nsubj", "advcl", "prt"]
    >>> for token, head, dep in zip(doc, [0, 0, 0, 4, 0, 4], deps):
    ...     token.head, token.dep_ = doc[head], dep
    >>> [t.text for t in objects_of(doc[2])]
    ['officers']
    """
    found = [c for c in prep.children if c.dep_ == "pobj"]
    if found:
        return [beside for obj in found for beside in _beside(obj)]
    inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"]
    if len(inner) == 1 and prep.i + 1 == inner[0].i:
        return objects_of(inner[0])
    if any(True for _ in prep.children) or prep.i + 1 >= len(prep.doc):
        return []
    subject = prep.doc[prep.i + 1]
    while (
        subject.head.i != subject.i and subject.dep_ not in {"nsubj", "nsubjpass"} and subject.head.i > prep.i
    ):
        subject = subject.head
    return [subject] if subject.dep_ in {"nsubj", "nsubjpass"} and subject.left_edge.i == prep.i + 1 else []


def preposition(prep: Token) -> str:
    """The preposition a phrase reads as: its own word, or the one its spot noun stands for.

    >>> import spacy
    >>> doc = spacy.blank("en")("gathered in front of the embassy")
    >>> for token, head, dep in zip(doc, [0, 0, 1, 2, 5, 3], ["ROOT", "prep", "pobj", "prep", "det", "pobj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> preposition(doc[1]), [t.text for t in objects_of(doc[1])]
    ('outside', ['embassy'])
    """
    if prep.lower_ in _DIRECTIONS:
        return prep.lower_  # "pulled back *from* the outskirts of Kyiv": still from Kyiv
    for obj in prep.children:
        word = _spot(obj)
        if obj.dep_ == "pobj" and word is not None and _beside(obj) != [obj]:
            return word
    return prep.lower_


def _spot(noun: Token) -> str | None:
    """The preposition a spot noun reads as ("front": "outside"), if it names a spot."""
    return WORDS.vantage_nouns.get(noun.lemma_.lower() or noun.lower_)  # a blank pipeline has no lemmas


def _beside(obj: Token) -> list[Token]:
    """What a preposition's object stands for: itself, or what a spot it names lies beside."""
    if _spot(obj) is None:
        return [obj]
    inner = [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"]
    return [o for prep in inner for o in objects_of(prep)] or [obj]


def is_passive_participle(verb: Token) -> bool:
    """ "Russia, *backed* by Iran", "*captured* territory", "after *being tortured*": a past participle
    with no perfect "have"."""
    if verb.tag_ != "VBN" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "Myanmar airstrikes *killed* 20 civilians", parsed as one noun phrase: the main verb
    return verb.dep_ in {"acl", "amod", "xcomp", "advcl", "ccomp", "oprd", "conj", "pcomp"} and not any(
        c.dep_ in SUBJECT_DEPS for c in verb.children
    )


def reduced_relative_root(verb: Token) -> bool:
    """ "A French citizen *detained* in Iran was freed": a past participle the parser made the root,
    with the noun it modifies for its subject and the clause's passive auxiliary on a conjunct; no
    finite verb is a participle with no auxiliary and no object.

    >>> import spacy
    >>> doc = spacy.blank("en")("citizens detained in Iran were freed")
    >>> deps = ["nsubj", "ROOT", "prep", "pobj", "auxpass", "conj"]
    >>> for token, head, dep in zip(doc, [1, 1, 1, 2, 5, 1], deps):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[1].tag_ = "VBN"
    >>> reduced_relative_root(doc[1])
    True
    """
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT":
        return False  # most verbs: no child to look at
    deps = {c.dep_ for c in verb.children}
    if "nsubj" not in deps or deps & _FINITE_MARKS:
        return False
    return any(
        c.dep_ == "conj"
        and any(a.dep_ == "auxpass" for a in c.children)
        and not any(a.dep_ in SUBJECT_DEPS for a in c.children)
        for c in verb.children
    )


def passive_auxiliary(verb: Token) -> bool:
    """Whether ``verb`` has a passive auxiliary: "is *said* to have", "was *reported* to be"."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def is_prep(token: Token) -> bool:
    """A preposition heading a phrase; spaCy calls "to" in "sells arms to Iran" a dative."""
    return token.dep_ == "prep" or (token.dep_ == "dative" and token.pos_ == "ADP")


def is_judgement(verb: Token) -> bool:
    """ "calls ISIL's presence a tragedy", "considers Iran a threat": a verb with an object and
    what is said of it judges, it does not act. spaCy gives the second either as ``oprd`` or as a
    second direct object (and splits "co-operation" into three of them: no judgement)."""
    if any(c.dep_ == "oprd" and c.lower_ not in _RESULT_STATES for c in verb.children):
        return True  # not "shot *dead*", "beaten *unconscious*": the state the act left someone in
    if verb.lemma_.lower() in NAMING_VERBS and any(
        t.dep_ in {"appos", "npadvmod"} and t.pos_ == "NOUN" and _indefinite(t)
        for c in verb.children
        if c.dep_ == "dobj"
        for t in verb.subtree
        if t.i > c.i
    ):
        return True  # "calls Hezbollah's presence a disaster", parsed as an apposition or an adverbial noun
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.is_alpha]
    # "accused Moscow of plotting a coup*, a claim* the Kremlin dismissed": a noun after a comma
    # sums up the clause, it says nothing of the object
    return any(
        not any(t.text in _HYPHENS or t.text == "," for t in verb.doc[first.i : second.i])
        for first, second in itertools.pairwise(objects)
    )


def same_head(first: Span, second: Span) -> bool:
    """ "Turkish and UK organisations": modifiers of one noun name the one body it heads."""
    return _modified(first) is not None and _modified(first) == _modified(second)


def _modified(span: Span) -> Token | None:
    token = span.root
    while token.dep_ == "conj":
        token = token.head
    return token.head if token.dep_ in MODIFIER_DEPS else None


def companions(verb: Token, actors: ActorIndex) -> list[Span]:
    """ "The UK, *as part of the Global Coalition*, is committed to …", "Iran, *along with Russia*,
    …": who the subject acts with acts too."""
    found: list[Span] = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "as":
            found += [s for p in prep.children if p.dep_ == "pobj" and p.lemma_.lower() in _MEMBERSHIP_NOUNS
                      for s in prep_objects(p, actors, {"of"})]  # fmt: skip
        elif prep.lower_ == "along" or (prep.lower_ == "with" and _together(prep)):
            found += (
                prep_objects(prep, actors, {"with"})
                if prep.lower_ == "along"
                else [s for p in prep.children if p.dep_ == "pobj" for s in actors.of_phrase(p)]
            )
    return found


def _together(prep: Token) -> bool:
    """ "*together* with", "along with" (spaCy hangs the adverb on the preposition or before it)."""
    before = prep.doc[prep.i - 1] if prep.i else prep
    return any(c.lower_ in {"along", "together"} for c in prep.children) or before.lower_ == "together"


def as_part(prep: Token) -> bool:
    """Whether ``prep`` is the "as" of "as part of" or "as a member of": it says within what the
    clause's act happens ("released prisoners *as part of* a deal with the United States"), not what
    its object is ("views Pyongyang *as* a threat")."""
    return prep.lower_ == "as" and any(o.lemma_.lower() in _MEMBERSHIP_NOUNS for o in objects_of(prep))


def named_as_group(span: Span) -> bool:
    """ "The UK, *as part of the Global Coalition*, …": the group a member acts within."""
    return any(t.lemma_.lower() in _MEMBERSHIP_NOUNS and t.head.lower_ == "as" for t in span.root.ancestors)


def person_before(verb: Token, actors: ActorIndex) -> Token:
    """Whom "who" stands for: "the rights of *citizens* in Tikrit who have suffered …" (spaCy hangs
    the clause on "rights"); the nearest actor before the clause named by a common noun or as
    people, not a place."""
    head = verb.head
    if actors.at(head) or head.ent_type_ == "PERSON":
        return head
    start = verb.left_edge.i
    before = [t for t in head.subtree if t.i < start and actors.at(t) and _personal(t)]
    return before[-1] if before else head


def _personal(token: Token) -> bool:
    return token.pos_ == "NOUN" or token.ent_type_ in {"PERSON", "NORP"}


def addressed(verb: Token, actors: ActorIndex) -> bool:
    """ "Putin *told Erdogan* that …", "*warned Iran* that …": speech to an actor relates the two;
    what is said stays attributed to the speaker."""
    return verb.lemma_.lower() in _ADDRESSING_VERBS and any(
        c.dep_ in {"dobj", "dative"} and any(not _media(actors.actor(s)) for s in actors.at(c))
        for c in verb.children
    )


def bare_infinitive_misread(verb: Token, governors: AbstractSet[str]) -> Token | None:
    """The object that does what a bare infinitive the parser coordinated with the main verb says:
    "jailed a student for helping *militants join* an armed group" (no "and" joins "join" to
    "jailed"; it completes "helping militants"). ``governors`` are the verbs whose object does their
    complement ("help", "let", "make").

    >>> import spacy
    >>> doc = spacy.blank("en")("jailed him for helping militants join")
    >>> heads, deps = [0, 0, 0, 2, 3, 0], ["ROOT", "dobj", "prep", "pcomp", "dobj", "conj"]
    >>> for token, head, dep in zip(doc, heads, deps):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[5].tag_, doc[3].lemma_ = "VB", "help"
    >>> bare_infinitive_misread(doc[5], {"help"}).text
    'militants'
    """
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.i == 0:
        return None
    between = verb.doc[verb.head.i + 1 : verb.i]
    if any(t.dep_ == "cc" or t.text in {",", ";"} for t in between):
        return None  # "will meet Iran *and sign* a deal": a coordination
    doer = verb.doc[verb.i - 1]
    governor = doer.head
    if doer.dep_ != "dobj" or governor == verb.head or governor.lemma_.lower() not in governors:
        return None
    return doer


def infinitive_misread(token: Token) -> bool:
    """Whether the parser tagged a verb after "to" as a noun: "offered *to host* talks", where the
    word is the complement of the verb before it and has the infinitive's "to" of its own.

    >>> import spacy
    >>> doc = spacy.blank("en")("France offered to host talks")
    >>> for token, head, dep in zip(doc, [1, 1, 3, 1, 3], ["nsubj", "ROOT", "aux", "xcomp", "dobj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[3].pos_ = "NOUN"
    >>> infinitive_misread(doc[3]), infinitive_misread(doc[4])
    (True, False)
    """
    return (
        token.pos_ == "NOUN"
        and token.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i + 1 == token.i for c in token.children)
    )


def relative_object(verb: Token) -> list[Token]:
    """The noun a relative clause with a subject of its own takes as its object: "the journalist
    *whom* Russia detained", "a man Iran *accused* of spying" (no pronoun at all), where the clause
    has no other object and says no place, time or reason ("the town *where* Russia attacked").

    >>> import spacy
    >>> doc = spacy.blank("en")("a man Iran accused of spying")
    >>> deps = ["det", "ROOT", "nsubj", "relcl", "prep", "pcomp"]
    >>> for token, head, dep in zip(doc, [1, 1, 3, 1, 3, 4], deps):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[1].pos_ = "NOUN"
    >>> [t.text for t in relative_object(doc[3])]
    ['man']
    """
    if verb.dep_ != "relcl" or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} or c.lower_ in _RELATIVE_ADVERBS]
    # ("Kenya and Ethiopia, *whose leaders* met in Nairobi": the clause's subject is the noun's)
    own_subject = bool(subjects) and not any(
        t.lower_ in RELATIVE_PRONOUNS or t.lower_ == "whose" for c in subjects for t in c.subtree
    )
    gapped = all(c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS and c.i < verb.i for c in objects)
    # ("the talks *in which* Iran took part": a pronoun after a preposition is that preposition's)
    governed = any(
        o.lower_ in RELATIVE_PRONOUNS for p in verb.children if p.dep_ == "prep" for o in p.children
    )
    return [verb.head] if own_subject and gapped and not governed else []


def shared_objects(verb: Token) -> list[Token]:
    """The direct objects a verb with none of its own shares with the verb coordinated right after
    it: "continues to *arm and finance* the Houthis".

    >>> import spacy
    >>> doc = spacy.blank("en")("arm and finance rebels")
    >>> for token, head, dep in zip(doc, [0, 0, 0, 2], ["ROOT", "cc", "conj", "dobj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> [t.text for t in shared_objects(doc[0])], shared_objects(doc[2])
    (['rebels'], [])
    """
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return [o for c in verb.children if c.dep_ == "conj" and c.i > verb.i
            and all(t.dep_ in {"cc", "punct"} for t in verb.doc[verb.i + 1 : c.i])
            for o in c.children if o.dep_ == "dobj"]  # fmt: skip


def reduced_relatives(verb: Token) -> list[Token]:
    """ "condemns the attack in Kabul *claimed by* ISIS-K", parsed as a clause whose subject is
    the attack: the nouns of ``verb``'s complements that are participles on them
    (:func:`participle_of`), which are the verb's objects.

    >>> import spacy
    >>> doc = spacy.blank("en")("condemns attack claimed by ISIS")
    >>> for token, head, dep in zip(doc, [0, 2, 0, 2, 3], ["ROOT", "nsubj", "ccomp", "agent", "pobj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[1].pos_ = "NOUN"
    >>> [t.text for t in reduced_relatives(doc[0])]
    ['attack']
    """
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if participle_of(s) is not None]


def modified_object(verb: Token) -> list[Token]:
    """The object of a past-tense verb the parser hung as a modifier on the noun after it, with its
    own subject ("Egypt *hosted* Sudanese army chief Burhan", "Chad *condemned* Nigerien missile
    strikes") or with the name before it made that noun's head (:func:`misread_subject`): that noun.

    >>> import spacy
    >>> doc = spacy.blank("en")("Chile trained Peruvian troops")
    >>> for token, head, dep in zip(doc, [1, 3, 3, 3], ["nsubj", "amod", "amod", "ROOT"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[1].tag_ = "VBD"
    >>> [t.text for t in modified_object(doc[1])]
    ['troops']
    """
    misread = verb.tag_ == "VBD" and verb.dep_ in {"amod", "compound"} and verb.i < verb.head.i
    if misread and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return [verb.head]
    return [verb.head] if misread_subject(verb) is not None else []


def laid_on(verb: Token) -> Token | None:
    """The preposition by which a verb of blaming lays what it names on someone (words.yaml
    ``blaming``): its own ("the attack *was blamed on* Russia"), else the last of its object's, where
    the parser hangs it ("Kyiv blamed the attack *on Moscow*" lays the attack on Moscow).

    >>> import spacy
    >>> doc = spacy.blank("en")("Kyiv blamed the attack on Moscow")
    >>> deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj"]
    >>> for token, head, dep in zip(doc, [1, 1, 3, 1, 3, 4], deps):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[1].lemma_ = "blame"
    >>> laid_on(doc[1]).i, laid_on(doc[3])
    (4, None)
    """
    word = WORDS.blaming.get(verb.lemma_.lower())
    if word is None:
        return None
    own = [p for p in preps(verb) if p.lower_ == word]
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    hung = [p for o in objects for p in o.children if is_prep(p) and p.lower_ == word]
    return next(iter(own or hung[-1:]), None)


def misread_subject(verb: Token) -> Token | None:
    """The subject of a verb the parser hung on its object, when it made the name just before the
    verb the head of that object: "*ECOWAS* imposed sanctions on Niger", where the small pipeline
    reads the acronym as a verb or a root whose object is "sanctions"; or when it made the name a
    modifier of the verb in a sentence with no verb, whose root is the object ("*Mauritania* hosted
    talks between Mali and Senegal").

    >>> import spacy
    >>> doc = spacy.blank("en")("ECOWAS imposed sanctions")
    >>> for token, head, dep in zip(doc, [0, 2, 0], ["ROOT", "amod", "dobj"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[0].pos_, doc[1].tag_ = "PROPN", "VBN"
    >>> misread_subject(doc[1]).text
    'ECOWAS'
    >>> for token, head, dep in zip(doc, [1, 2, 2], ["npadvmod", "amod", "ROOT"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> misread_subject(doc[1]).text
    'ECOWAS'
    """
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ not in {"amod", "compound"} or verb.i == 0:
        return None
    obj, before = verb.head, verb.doc[verb.i - 1]
    named = before.text[:1].isupper() and before.pos_ in {"PROPN", "VERB", "NOUN"}
    # "Iran-backed militias" has a hyphen before the verb: no name just before it
    rootless = before.head == verb and obj.dep_ == "ROOT" and before.dep_ in {"npadvmod", "nsubj", "compound"}
    headed = obj.head == before and obj.dep_ == "dobj"
    return before if named and obj.i > verb.i and (rootless or headed) else None


def participle_of(noun: Token) -> Token | None:
    """The verb a noun is the subject of when that verb, with a "by" agent and no auxiliary, is a
    participle on the noun the parser made a clause ("the attack *claimed by* ISIS-K")."""
    clause = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ != "NOUN" or clause.dep_ != "ccomp":
        return None
    agent = any(c.dep_ == "agent" for c in clause.children)
    return clause if agent and not any(c.dep_ in {"aux", "auxpass"} for c in clause.children) else None


def so_called(verb: Token) -> list[Token]:
    """What a verb with a free relative for object acts on: the name the relative gives it,
    "condemned *what it called* Israeli aggression", "rejected what it described *as* meddling".

    >>> import spacy
    >>> doc = spacy.blank("en")("condemned what it called aggression")
    >>> for token, head, dep in zip(doc, [0, 3, 3, 0, 3], ["ROOT", "dobj", "nsubj", "ccomp", "oprd"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[3].lemma_ = "call"
    >>> [t.text for t in so_called(doc[0])]
    ['aggression']
    """
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp", "dobj"}]
    # "what" may head the relative ("condemned *what* it called …") or sit in it
    clauses += [r for c in verb.children if c.dep_ == "dobj" and c.lower_ == "what"
                for r in c.children if r.dep_ in {"relcl", "acl"}]  # fmt: skip
    for clause in clauses:
        if clause.lemma_.lower() not in DESCRIBING_VERBS:
            continue
        if not any(c.lower_ == "what" for c in (*clause.children, clause.head)):
            continue
        names = [c for c in clause.children if c.dep_ in {"oprd", "dobj", "attr"} and c.lower_ != "what"]
        return names + [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                        for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return []


def for_clause(token: Token) -> bool:
    """Whether ``token`` heads an infinitive clause opened by "for" ("called *for Iran to release*").

    >>> import spacy
    >>> doc = spacy.blank("en")("called for Iran to leave")
    >>> for token, head, dep in zip(doc, [0, 4, 4, 4, 0], ["ROOT", "mark", "nsubj", "aux", "advcl"]):
    ...     token.head, token.dep_ = doc[head], dep
    >>> for_clause(doc[4]), for_clause(doc[2])
    (True, False)
    """
    return token.dep_ in {"advcl", "ccomp", "xcomp"} and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in token.children
    )


def stray_particle(token: Token) -> bool:
    """Whether a preposition with no object of its own, or an adverb, is a particle the parser
    mislabelled ("pulling *out* of Beirut", "hit *back* at"); "*according* to officials" is none.

    >>> import spacy
    >>> doc = spacy.blank("en")("pulled out of Kherson")
    >>> doc[1].dep_, doc[2].dep_, doc[2].head = "prep", "prep", doc[1]
    >>> stray_particle(doc[1])
    True
    """
    if token.lower_ not in _PARTICLES:
        return False
    # "fought *back*", "cracked *down*": or an adverb of the verb
    return token.dep_ == "advmod" or (
        token.dep_ == "prep" and not any(o.dep_ == "pobj" for o in token.children)
    )


OBLIGATION = frozenset({"must", "should", "ought"})
"""Auxiliaries that say a clause ought to happen, not that it does: "Sweden *must* act"."""


def mandative(verb: Token) -> bool:
    """ "Guyana insisted *that Venezuela respect* the border": a clause in the subjunctive (a bare
    verb after its own subject, with no auxiliary) asks for an act; what is reported is a demand.
    So does a clause of obligation: "Erdogan said *Sweden must crack down* on the PKK"."""
    return obligation(verb) is not None or any(
        c.dep_ == "ccomp" and not any(a.dep_ in {"aux", "auxpass"} for a in c.children)
        and any(s.dep_ == "nsubj" and _bare_after(c, s) for s in c.children)
        for c in verb.children
    )  # fmt: skip


def obligation(verb: Token) -> str | None:
    """ "Erdogan said *Sweden must* crack down": the auxiliary of obligation ("must") of a clause with
    a subject that ``verb`` reports, if any."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and any(s.dep_ == "nsubj" for s in c.children)]
    return next(
        (a.lower_ for c in clauses for a in c.children if a.dep_ == "aux" and a.lower_ in OBLIGATION), None
    )


def _bare_after(verb: Token, subject: Token) -> bool:
    """A bare verb form: "VB", or "VBP" after a singular noun ("that Venezuela *respect*")."""
    return verb.tag_ == "VB" or (verb.tag_ == "VBP" and subject.tag_ in {"NN", "NNP"})


def _media(actor: Actor | None) -> bool:
    """Whether speech to ``actor`` is speech to the public: "Putin *told reporters*" attributes, it
    does not relate Putin to the press."""
    return actor is not None and actor.code.endswith(_MEDIA_SECTOR)


def each_other(verb: Token) -> bool:
    """ "expelled *each other's* diplomats", "accused *one another*": the verb's subjects are also
    its objects.

    >>> import spacy
    >>> doc = spacy.blank("en")("expelled each other 's diplomats")
    >>> for token, head, dep in [(1, 2, "det"), (2, 4, "poss"), (3, 2, "case"), (4, 0, "dobj")]:
    ...     doc[token].head, doc[token].dep_ = doc[head], dep
    >>> each_other(doc[0])
    True

    So with "each" on the subjects and "the other" after the verb: "Armenia and Azerbaijan *each*
    accused *the other*", "each expelled a diplomat from *the other's* mission".
    """
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    each = any(t.lower_ == "each" for t in (*verb.children, *(g for s in subjects for g in s.children)))
    pairs = _EACH_OTHER | ({("the", "other")} if each else set())
    for child in verb.children:
        if child.dep_ in _OBJECT_LIKE_DEPS:
            words = [t.lower_ for t in child.subtree]
            if any(pair in pairs for pair in itertools.pairwise(words)):
                return True
    return False


def effort_before(verb: Token) -> Token | None:
    """The effort noun ("campaign", "efforts", "plot") an infinitival clause completes, where the
    parser hangs it ("in its efforts *to repel* …") or right after its phrase when it hangs it on the
    verb ("foiled a plot *to bomb* the consulate", "criticised the move by Moscow *to expel* …", read
    as a purpose of the verb).

    >>> import spacy
    >>> doc = spacy.blank("en")("criticised the move by Moscow to expel diplomats")
    >>> deps = ["ROOT", "det", "dobj", "prep", "pobj", "aux", "advcl", "dobj"]
    >>> for token, head, dep in zip(doc, [0, 2, 0, 2, 3, 6, 0, 6], deps):
    ...     token.head, token.dep_ = doc[head], dep
    >>> doc[2].lemma_, doc[5].tag_ = "move", "TO"
    >>> effort_before(doc[6]).text
    'move'
    """
    if verb.dep_ == "acl" and infinitive(verb) and verb.head.lemma_.lower() in _EFFORT_NOUNS:
        return verb.head
    if verb.dep_ not in {"advcl", "xcomp"} or not infinitive(verb) or verb.left_edge.i == 0:
        return None
    ends_before = verb.left_edge.i - 1
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if verb.dep_ == "advcl":
        objects += [o for p in verb.head.children if is_prep(p) for o in objects_of(p)]
    hung = [o for o in objects if o.right_edge.i == ends_before and o.i < verb.i]
    return next((o for o in hung if o.lemma_.lower() in _EFFORT_NOUNS), None)


def _idiom(token: Token) -> bool:
    return token.lemma_.lower() in _IDIOM_NOUNS and token.dep_ != "pobj"


def infinitive(verb: Token) -> bool:
    """ "*to* defeat": a verb with its infinitive marker."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _indefinite(noun: Token) -> bool:
    return any(d.lower_ in _INDEFINITE for d in noun.children)


def included(member: Span, group: Span) -> bool:
    """ "the international community – *including Russia* –": a member named inside its group."""
    return any(
        token.dep_ == "prep" and token.lower_ == "including" and group.start <= token.head.i < group.end
        for token in member.root.ancestors
    )


def hyphenated(noun: Token) -> str:
    """ "bust-up" is three tokens; its head is the last."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text in _HYPHENS:
        return f"{doc[noun.i - 2].lower_} {noun.lower_}"
    return noun.lower_


def compounded(noun: Token) -> list[str]:
    """The noun's lemma with the common nouns compounded before it, longest first: "an *air strike*"
    is an airstrike, not the strike of workers that "strike" alone may be.

    >>> import spacy
    >>> doc = spacy.blank("en")("an air strike")
    >>> doc[2].lemma_, doc[1].dep_, doc[1].pos_, doc[1].head = "strike", "compound", "NOUN", doc[2]
    >>> compounded(doc[2])
    ['air strike', 'strike']
    """
    # a hyphenated prefix ("co-operation") is read by hyphenated(), not as a word of its own
    # an adjective that makes a kind of its own counts too: "a *general* strike" is no military one
    words = [c.lower_ for c in noun.lefts if _kind_word(c, noun)
             and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text in _HYPHENS)]  # fmt: skip
    lemma = noun.lemma_.lower()
    # "a *state of emergency*": a name made with "of" is one noun too
    named = [f"{lemma} of {o.lemma_.lower()}" for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    # "a *joint* naval patrol": a joint act is named so whatever adjectives stand between
    joint = [f"{c.lower_} {lemma}" for c in noun.lefts
             if c.dep_ == "amod" and c.lower_ in _TOGETHER and c.lower_ not in words]  # fmt: skip
    return named + [" ".join([*words[i:], lemma]) for i in range(len(words))] + joint + [lemma]


def _kind_word(modifier: Token, noun: Token) -> bool:
    noun_compound = modifier.dep_ == "compound" and modifier.pos_ == "NOUN"
    return noun_compound or (modifier.dep_ == "amod" and modifier.i + 1 == noun.i)


def conditional(clause: Token) -> bool:
    """Whether a clause states a condition: "*if* Ukraine joins", "*unless* Chad holds elections"."""
    return any(m.dep_ == "mark" and m.lower_ in WORDS.conditional_marks for m in clause.children)


def temporal(token: Token) -> bool:
    """ "on *Thursday*", "in *May*", "since *2016*": a time, not a party or a pattern's object."""
    return token.ent_type_ in {"DATE", "TIME"} or token.lemma_.lower() in _TIME_WORDS


def together(verb: Token) -> bool:
    """ "worked *together*", "*jointly* built", "launched a *joint* offensive", "fought *alongside*"."""
    words = {c.lower_ for c in verb.children} | {
        g.lower_ for c in verb.children if c.dep_ in {"dobj", "prep"} for g in c.children
    }
    return bool(words & _TOGETHER)


def named_by(noun: Token, actors: ActorIndex) -> list[Span]:
    """The actors a relational noun names as itself: "*Russia and Belarus* are close allies",
    "*the United States* is Israel's closest ally", "*Germany* has been one of Ukraine's backers",
    "*Russia*, Iran's ally, …"."""
    # "its proxies *like Hezbollah*", "allies *such as* Japan": the instances named are the noun
    instances = [s for p in noun.children if p.dep_ == "prep" and p.lower_ in {"like", "as", "including"}
                 for o in p.children if o.dep_ == "pobj" for s in actors.of_phrase(o)]  # fmt: skip
    if instances:
        return instances
    token = first_conjunct(noun)  # "strategic partners and founding *members*"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() == "one":
        token = token.head.head  # "one of Ukraine's biggest backers"
    head = token.head
    if token.dep_ in {"attr", "acomp"} and head.lemma_.lower() in COPULAS:
        return [s for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} for s in actors.of_phrase(c)]
    if token.dep_ == "appos":
        # "*Iran and Saudi Arabia*, long regional rivals": a plural stands for all the sides named
        return actors.of_phrase(head, coordinated=token.tag_ in {"NNS", "NNPS"})
    # ("is deemed Russia's closest *partner*": the parser may make it the passive's object)
    passive_object = token.dep_ == "dobj" and any(c.dep_ == "nsubjpass" for c in head.children)
    if (token.dep_ == "oprd" or passive_object) and head.lemma_.lower() in DESCRIBING_VERBS:
        # "Turkey *is considered* a key ally of Azerbaijan", "*considers* Oman a partner": what the
        # verb says its object is
        named = {"nsubjpass"} if passive_object else {"dobj", "nsubjpass"}
        return [s for c in head.children if c.dep_ in named for s in actors.of_phrase(c)]
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
        # "Qatar has acted *as a mediator*", "named Oman *as* an intermediary": the verb's object,
        # else its subject, is what the noun names
        verb = head.head
        objects = [s for c in verb.children if c.dep_ == "dobj" for s in actors.of_phrase(c)]
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return objects or [s for c in subjects for s in actors.of_phrase(c)]
    return []


def goes_into(verb: Token) -> bool:
    """Whether a verb says its subject goes into what its "to" or "into" names (words.yaml
    ``entering``): "*went* to war", "*returned* to talks"; not with an object of its own, which is
    what goes ("*returned* Poland to detention")."""
    return verb.lemma_.lower() in WORDS.entering and not any(c.dep_ == "dobj" for c in verb.children)


def state_holders(noun: Token, actors: ActorIndex) -> list[Span]:
    """Who are in the state a noun names: "Ethiopia and Eritrea were locked *in* a war", "Colombia
    has been *at* war with the ELN", "Venezuela and Guyana are embroiled *in* a dispute", or go
    into it: "India and Pakistan *went to* war" (not "objected to the deal", "sent troops to the
    war": words.yaml ``entering``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "at", "into", "to"}:
        return []
    holder = prep.head
    if prep.lower_ == "to" and not goes_into(holder):
        return []
    if holder.pos_ not in {"VERB", "AUX", "ADJ"}:
        return []
    if holder.pos_ == "ADJ" and holder.dep_ == "acomp":
        holder = holder.head
    return [s for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"} for s in actors.of_phrase(c)]


def pairs(spans: list[Span]) -> Iterator[tuple[Span, Span]]:
    """Pairs of different actors; one pronoun standing for two ("they") is no pair, "the two
    nations" is, and so is "they" after two subjects it repeats ("Egypt and Qatar said *they* …")
    and the owner of what two own ("Nigeria and Niger, *whose* relations soured")."""
    for i, first in enumerate(spans):
        for second in spans[i + 1 :]:
            one_word = (first.start, first.end) == (second.start, second.end) and kind_of(first) == "pronoun"
            one_word = one_word and not _repeated_subjects(first.root) and first.root.dep_ != "poss"
            if first.label_ != second.label_ and not one_word and not alternatives(first, second):
                yield first, second


def _repeated_subjects(pronoun: Token) -> bool:
    """ "Saudi Arabia and Iran said *they* would restore relations": the subject of a clause said,
    announced or agreed by coordinated subjects repeats them."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ not in {"ccomp", "xcomp"}:
        return False
    subjects = [c for c in clause.head.children if c.dep_ in SUBJECT_DEPS]
    return any(c.dep_ == "conj" for s in subjects for c in s.children)


def alternatives(first: Span, second: Span) -> bool:
    """ "by forces of *either the Asad regime or Russia*": one of two, never the two together."""
    phrases = [_phrase_head(first.root), _phrase_head(second.root)]
    heads = {p.i for p in phrases}
    for phrase in phrases:
        head = phrase.head if phrase.dep_ == "conj" else phrase
        if head.i in heads and any(
            c.dep_ in {"cc", "preconj"} and c.lower_ in _DISJUNCTIONS for c in head.children
        ):
            return True
    return False


def _phrase_head(token: Token) -> Token:
    """The noun a modifier belongs to: "*Asad*" in "the Asad regime" is the regime's."""
    while token.dep_ in {"compound", "amod", "poss", "nmod"} and token.head.i != token.i:
        token = token.head
    return token


_DEFINITE_DETERMINERS = frozenset({"the", "this", "these", "that", "those"})


def definite(noun: Token) -> bool:
    """Whether a noun phrase points at something known: an owner or a definite determiner ("the
    attack", "Russia's invasion", "these talks"; not "an offensive", "attacks")."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_DETERMINERS) for c in noun.children
    )
