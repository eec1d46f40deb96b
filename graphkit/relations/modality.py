"""Whether a relation is asserted, hedged, speculative or negated, read from its clause.

The cues are read on the trigger, on the verb of its clause (with that verb's auxiliaries and
adverbs), and on the verbs that govern the clause: "Russia *barely* sells", "Moscow *might* sell",
"*if* the mediation is done by Russia", "Trump *plans to* meet", "Iran *refused to* talk",
"*accused* Russia *of* shelling", "*prevented* Iran *from* building"; a word in scare quotes
("Assad's “war” on ISIL") is doubted; "Possibly, …" and "If …, …" opening a sentence scope over
all of it. A
negated epistemic verb ("I *don't think* Iran …") hedges rather than negates what it governs.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Russia might sell them")
>>> doc[1].dep_, doc[2].dep_ = "aux", "ROOT"
>>> doc[1].head = doc[2]
>>> modality_of(doc[2])
'hedged'
"""

from __future__ import annotations

from spacy.tokens import Token

from graphkit.models import Modality
from graphkit.relations.arguments import naming_verb
from graphkit.relations.syntax import (
    COPULAS,
    OBLIGATION,
    conditional,
    definite,
    infinitive,
    laid_on,
    passive_auxiliary,
    prep_governor,
)
from graphkit.relations.words import WORDS

__all__ = ["RANK", "modality_of", "unconfirmed"]

_NEGATORS = {"not", "n't", "never", "no", "barely", "hardly", "scarcely", "neither", "nor", "without"}
_NEAR_MISSES = {"nearly", "almost"}
"""Adverbs before a verb that say its act did not quite happen: "Turkey *nearly* shot down a Russian
jet", "Chile and Argentina *almost* went to war"; not of a verb of amounts ("*nearly* doubled")."""
_SCALAR_VERBS = {"double", "triple", "quadruple", "halve", "reach", "exceed", "equal", "match", "surpass"}
_HEDGE_AUX = {"may", "might", "could", "can"}
_SPECULATIVE_AUX = {"would", "shall", "will"} | OBLIGATION
_HEDGE_ADVERBS = {
    "possibly", "perhaps", "maybe", "reportedly", "allegedly", "probably", "likely", "apparently",
    "potentially", "supposedly", "seemingly", "presumably", "purportedly", "arguably",
}  # fmt: skip
_HEDGE_ADJECTIVES = {"alleged", "reported", "possible", "potential", "apparent", "suspected", "rumoured",
                     "rumored", "purported", "likely"}  # fmt: skip
_SPECULATIVE_ADJECTIVES = {"planned", "proposed", "prospective", "future", "expected", "hypothetical"}
_SPECULATIVE_DETERMINERS = {"any", "whatever"}
"""Determiners of an act that may never be: "would retaliate against *any* Israeli attack"."""
_NEGATING_VERBS = {"refuse", "deny", "fail", "reject", "decline", "avoid", "stop", "cease", "halt", "abandon"}
_EXCLUDING_VERBS = {"exclude", "preclude"}
"""Verbs that say what they govern will not be, as "rule out" does ("has not *excluded* new sanctions")."""
_NEGATING_PREDICATES = {"unlikely", "unable", "unwilling", "reluctant", "loath", "impossible", "improbable",
                        "unthinkable", "inconceivable"}  # fmt: skip
"""Adjectives that say the clause they govern, or the act they are said of, will not happen: "is
*unlikely* to abandon it", "a ceasefire remains *unlikely*"."""
_SCANT = {"little", "nothing"}
"""What "did *little* to", "did *nothing* to" do for the act they govern: not it."""
_HEDGING_PREDICATES = {"likely", "possible", "probable", "plausible", "conceivable"}
"""Adjectives that say it may: "is *likely* to strike" (said as an adjective, not a verb), "a deal
seems *possible*"."""
_COMING = {"imminent", "inevitable", "forthcoming", "expected", "due"}
"""Adjectives that say an act is to come: "an Israeli strike on Iran is *imminent*"."""
_SPECULATIVE_VERBS = {
    "plan", "expect", "hope", "want", "seek", "aim", "intend", "consider", "fear", "propose",
    "wish", "prepare", "try", "attempt", "threaten", "vow", "pledge", "promise", "look", "mull",
    "weigh", "need", "urge", "call", "demand", "push", "ask", "poise",
}  # fmt: skip
_FORESEEING_VERBS = {"risk", "fear", "expect", "anticipate", "dread", "foresee"}
"""Verbs whose object may yet come: "Turkey *risks* new EU sanctions", "Kyiv *fears* a new offensive"."""
_HEDGING_VERBS = {"believe", "think", "suggest", "appear", "seem", "claim", "allege", "suspect", "speculate",
                  "assume", "guess", "doubt", "question"}  # fmt: skip
_FORGOING = {("instead", "of"), ("rather", "than"), ("far", "from")}
_HEARSAY_VERBS = {"say", "report", "rumour", "rumor", "understand", "reckon"}
"""Reporting verbs whose passive passes on hearsay: "is *said* to have", "was *reported* to be"."""
_PREPOSITIONAL_GOVERNORS: dict[tuple[str, str], Modality] = {
    **dict.fromkeys([("warn", "against"), ("caution", "against"), ("threaten", "with"), ("talk", "into"),
                     ("pressure", "into"), ("push", "into"), ("urge", "against")], "speculative"),
    **dict.fromkeys([("accuse", "of"), ("suspect", "of"), ("blame", "for"), ("charge", "with"),
                     ("condemn", "for"), ("criticise", "for"), ("criticize", "for")], "hedged"),
    **dict.fromkeys([("prevent", "from"), ("stop", "from"), ("deter", "from"), ("bar", "from"),
                     ("ban", "from"), ("refrain", "from"), ("dissuade", "from"), ("keep", "from")],
                    "negated"),
}  # fmt: skip
"""A verb and the preposition of the gerund it governs: what the gerund says did not happen
("prevented Iran *from* building"), is alleged ("accused Russia *of* shelling"), or is feared."""
_QUOTES = {'"', "“", "”", "‘", "’", "'"}
_AVERTING_VERBS = {"avoid", "avert", "eschew", "forgo", "forego", "sidestep", "prevent", "preclude", "stave"}
"""Verbs whose object is an act that did not happen: "*avoided* a confrontation with China"."""
_SPECULATIVE_MARKS = {"if", "unless", "whether", "should", "once", "when"}
_SPECULATIVE_NOUNS = {"possibility", "potential", "idea", "prospect", "speculation", "scenario", "risk",
                      "chance", "plan", "proposal", "hope", "fear", "question", "threat"}  # fmt: skip

_ALLEGATION_NOUNS = {"accusation", "allegation", "claim", "charge", "report", "rumour", "rumor", "suggestion",
                     "assertion", "insinuation"}  # fmt: skip
"""Nouns whose clause is alleged, not asserted: "accusations *that it had supplied* weapons"."""
_EVIDENCE_NOUNS = {"evidence", "sign", "indication", "proof", "confirmation", "trace", "suggestion"}
"""Nouns whose clause is as true as they are there: "there is *no evidence* that China supplied …"."""
_FALSEHOODS = {"sham", "fiction", "myth", "charade", "farce", "hoax", "lie", "fabrication", "fraud",
               "pretence", "pretense", "facade", "façade", "illusion", "mirage", "smokescreen", "ruse",
               "fantasy", "fake", "bogus", "fictitious", "fabricated", "illusory", "nonexistent",
               "non-existent"}  # fmt: skip
"""What a copula says an act is when it did not happen as named: "the ceasefire is *a fiction*"."""

RANK: dict[Modality, int] = {"asserted": 0, "hedged": 1, "speculative": 2, "negated": 3}
"""When cues disagree, the strongest wins: negation over speculation over hedging."""

_MAX_GOVERNORS = 4
_FINITE_TAGS = {"VBZ", "VBD", "VBP"}
_OBJECT_DEPS = {"dobj", "attr", "oprd", "conj", "compound", "appos", "dative", "acomp", "nsubjpass"}
"""Dependencies of what a verb acts on, its passive subject too: "relations *were never* established"."""
_ABOUT_AN_ACT = WORDS.observing | {"publish", "reveal", "disclose", "announce", "confirm", "release", "leak"}
"""Verbs whose passive subject is an act they report, not one they do: "the pact *was not published*"."""
"""Dependents in their verb's clause; "acomp": "was *not* pleased with" negates the adjective."""
_CONTROL_DEPS = {"xcomp", "ccomp", "conj", "advcl"}
"""Clauses that take their governor's modality: "did not *agree to* attack", "suspected of sending
troops *to fight* for Russia" (an adverbial clause only as an infinitive of purpose: "refused to
attend, *citing* a dispute" stops the climb before)."""


def modality_of(trigger: Token, clause: Token | None = None, presupposed: bool = False) -> Modality:
    """The modality of a relation whose trigger is ``trigger`` inside ``clause``'s clause.

    A ``presupposed`` act, another's named as a fact ("China did not condemn *Russia's invasion*"),
    takes only its own cues ("Russia's *alleged* invasion") and those of the whole sentence.
    """
    found: Modality = "hedged" if _scare_quoted(trigger) else "asserted"
    found = _stronger(found, _predicated(trigger))
    found = _stronger(found, _laid_on(trigger))
    if presupposed:
        return _stronger(_stronger(found, _local(trigger)), _sentence_cues(trigger))
    head = _clause_verb(clause or trigger)
    if head is not None and head != trigger and _rules_out(head):
        # "has *not* excluded new sanctions": an act ruled out will not be, one not ruled out may be
        ruled: Modality = "speculative" if _local(head) == "negated" else "negated"
        return _stronger(_stronger(_stronger(found, _local(trigger)), ruled), _sentence_cues(trigger))
    for token in dict.fromkeys([trigger, clause or trigger]):
        found = _stronger(found, _local(token))
    found = _stronger(found, _prepositional(trigger))
    found = _stronger(found, _averted(trigger))
    found = _stronger(found, _reported_of(trigger))
    if head is not None:
        found = _stronger(found, _local(head))
        if head != trigger and head.lemma_.lower() in _FORESEEING_VERBS:
            found = _stronger(found, "speculative")
        found = _stronger(found, _forgone(head))
        found = _stronger(found, _governors(head))
        found = _stronger(found, _alleged_subject(head))
        described = head.head if head.dep_ in _RELATIVE_DEPS else None
        if (
            described is not None
            and _indefinite(described)
            and (naming_verb(described) is not None or modality_of(described) != "asserted")
        ):
            # "denied allegations that it harbours militants *who attack India*": what describes
            # someone inside a claim is the claim's, not the author's: hedged, whatever the claim is.
            # A definite description is the author's own ("denied backing *the* M23 rebels fighting …"),
            # and so is what a judge calls someone ("views Hezbollah as *a militia controlled by Iran*")
            found = _stronger(found, "hedged")
    return _stronger(found, _sentence_cues(trigger))


def _predicated(noun: Token) -> Modality:
    """What a copula says of an act named as its subject: "Assad's “war” on ISIL *is a sham*", "the
    truce between them *is a fiction*" did not happen as named; "a ceasefire *remains unlikely*"
    will not; "talks *seem possible*" may; "an attack *is imminent*" is to come. So with an act
    talk of names ("talk *of* a withdrawal is a charade")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in COPULAS:
        return "asserted"
    named = [c for c in verb.children if c.dep_ in {"attr", "acomp", "oprd"}]
    said = {word for c in named for word in (c.lemma_.lower(), c.lower_)}
    if said & (_FALSEHOODS | _NEGATING_PREDICATES):
        return "negated"
    if said & _HEDGING_PREDICATES:
        return "hedged"
    return "speculative" if said & _COMING else "asserted"


def _laid_on(noun: Token) -> Modality:
    """An act one lays at someone's door is alleged: "Kyiv *blamed* the killing on Moscow", "the
    attack *was attributed to* the Taliban" (words.yaml ``blaming``, with its preposition)."""
    laid = noun.dep_ in {"dobj", "nsubjpass"} and laid_on(noun.head) is not None
    return "hedged" if laid else "asserted"


def _reported_of(noun: Token) -> Modality:
    """An act named after the "of" of a report or of evidence is as true as they are: "*reports of*
    Israeli strikes" are alleged, "there were *no reports of* strikes", "*no sign of* a withdrawal"
    deny it; "*evidence of* Iranian involvement" asserts it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return "asserted"
    holder = noun.head.head
    word = holder.lemma_.lower()
    if word not in _EVIDENCE_NOUNS | _ALLEGATION_NOUNS:
        return "asserted"
    if _local(holder) == "negated" or _none_of(holder) or _denied(holder):
        return "negated"
    return "hedged" if word in _ALLEGATION_NOUNS else "asserted"


def _denied(allegation: Token) -> bool:
    """ "*rejected* accusations that it had armed …", "*denied* reports of an attack", "claims of
    … were *dismissed* by": an allegation its object's verb denies is negated in the denier's voice
    (its attribution keeps whose voice), read one way whether the act follows "that" or "of"; one
    "not denied" is only alleged."""
    verb = allegation.head
    if allegation.dep_ not in {"dobj", "nsubjpass"} or verb.lemma_.lower() not in WORDS.denying:
        return False
    return _local(verb) != "negated"


def _alleged_subject(verb: Token) -> Modality:
    """ "An *alleged* Israeli strike killed …", "a drone strike *blamed on* the United States
    killed …": an act the sentence only alleges hedges what it is said to have done."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return "hedged" if any(_local(s, objects=False) == "hedged" for s in subjects) else "asserted"


def _sentence_cues(trigger: Token) -> Modality:
    """What opens the sentence scopes over all of it: "*Possibly*, …", "*If* it happens, …"."""
    sent = trigger.sent
    root = sent.root
    found: Modality = "asserted"
    for child in root.children:
        if child.dep_ == "advmod" and child.i == sent.start and child.lower_ in _HEDGE_ADVERBS:
            found = _stronger(found, "hedged")
        elif (
            child.dep_ == "advcl"
            and child.i < trigger.i
            and not (child.left_edge.i <= trigger.i <= child.right_edge.i)
            and conditional(child)
        ):
            found = _stronger(found, "speculative")
    return found


def _prepositional(noun: Token) -> Modality:
    """An act named after a verb's preposition, as a gerund would be: "*accused* India *of*
    involvement in the killing", "*prevented* Iran *from* an attack" (:data:`_PREPOSITIONAL_GOVERNORS`)."""
    for _ in range(_MAX_GOVERNORS):
        if noun.dep_ != "pobj":
            break
        prep, governor = noun.head, prep_governor(noun.head)
        if governor.pos_ in {"VERB", "AUX"}:
            return _PREPOSITIONAL_GOVERNORS.get((governor.lemma_.lower(), prep.lower_), "asserted")
        verb = governor.head
        if governor.dep_ == "dobj" and (verb.lemma_.lower(), prep.lower_) in _PREPOSITIONAL_GOVERNORS:
            # "accused *Myanmar's military of* genocide": the parser may hang the preposition on the object
            return _PREPOSITIONAL_GOVERNORS[(verb.lemma_.lower(), prep.lower_)]
        noun = governor
    return "asserted"


def _averted(noun: Token) -> Modality:
    """An act a verb of avoiding takes as its object did not happen: "Vietnam *avoided* open
    confrontation with China", "mediators *averted* a war between the two", "*staved off* clashes"."""
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    averting = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _AVERTING_VERBS
    # "have so far *avoided* talks", parsed as a participle before the noun
    averted = any(
        c.dep_ == "amod" and c.tag_ == "VBN" and c.lemma_.lower() in _AVERTING_VERBS for c in noun.lefts
    )
    return "negated" if averting or averted else "asserted"


def _scare_quoted(trigger: Token) -> bool:
    """ "Assad's *“war”* on ISIL is a sham": a word set in quotation marks of its own is doubted."""
    doc = trigger.doc
    if trigger.i == 0 or trigger.i + 1 >= len(doc):
        return False
    return doc[trigger.i - 1].text in _QUOTES and doc[trigger.i + 1].text in _QUOTES


def _local(token: Token, objects: bool = True) -> Modality:
    """Cues attached to one token: its negation, modal auxiliaries, adverbs and adjectives, and,
    with ``objects``, an object that names none ("sent *no* troops")."""
    found: Modality = "asserted"
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in token.head.children):
        found = "negated"  # "neither confirmed *nor denied*", "did not sign *nor ratify*"
    for child in token.children:
        word = child.lower_
        negator = child.dep_ == "neg" or (child.dep_ in {"advmod", "det", "preconj"} and word in _NEGATORS)
        if negator or (child.dep_ == "advmod" and word in _NEAR_MISSES and _nearly_done(token, child)):
            found = _stronger(found, "negated")
        elif child.dep_ in {"nsubj", "nsubjpass"} and any(g.lower_ == "neither" for g in child.children):
            found = _stronger(found, "negated")  # "*Neither* Egypt nor Sudan has signed the agreement"
        elif objects and child.dep_ in {"dobj", "dative"} and _none_of(child):
            found = _stronger(found, "negated")  # "offered *no* assurances", "sent *no* troops"
        elif child.dep_ == "aux" and word in _HEDGE_AUX:
            found = _stronger(found, "hedged")
        elif child.dep_ == "aux" and word in _SPECULATIVE_AUX and word != "will":
            found = _stronger(found, "speculative")
        elif (
            (child.dep_ == "advmod" and word in _HEDGE_ADVERBS)
            or (child.dep_ == "amod" and word in _HEDGE_ADJECTIVES)
            or (child.dep_ == "acl" and child.lemma_.lower() in WORDS.blaming)  # "a strike *blamed on* X"
        ):
            found = _stronger(found, "hedged")
        elif (
            (child.dep_ == "amod" and word in _SPECULATIVE_ADJECTIVES)
            or (child.dep_ == "det" and word in _SPECULATIVE_DETERMINERS)
            or (child.dep_ == "mark" and word in _SPECULATIVE_MARKS - {"when", "once"})
        ):
            found = _stronger(found, "speculative")
    return found


def _nearly_done(verb: Token, adverb: Token) -> bool:
    """Whether "nearly" or "almost" says of a verb's act that it did not happen: before the verb
    ("*nearly* went to war"), not after it, where it counts ("killed *nearly* 100 people")."""
    return verb.pos_ == "VERB" and adverb.i < verb.i and verb.lemma_.lower() not in _SCALAR_VERBS


def _none_of(noun: Token) -> bool:
    """Whether a noun phrase names none of its kind: "*no* assurances", "*no* troops" (not "*no*
    fewer than 20 soldiers", where "no" qualifies a number)."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


_RELATIVE_DEPS = {"relcl", "acl"}
"""Clauses that describe a noun: "militants *who attack India*", "rebels *fighting Kinshasa*"."""


def _indefinite(noun: Token) -> bool:
    """Whether a noun phrase introduces someone ("militants", "a group") rather than pointing at a
    known one ("the rebels", "its allies", "the M23 rebels"); the subject of a small clause is
    not its name ("considers *the Houthis* a group")."""
    names = (c for c in noun.children if c.pos_ == "PROPN" and c.dep_ != "nsubj")
    return noun.pos_ == "NOUN" and not definite(noun) and not any(names)


def _clause_verb(token: Token) -> Token | None:
    """The verb whose object ``token`` is (itself when it is a verb), in either voice.

    A noun in an adjunct ("*despite* the ties") or an active subject ("the war … is *not* a war
    triggered in urgency") does not take the verb's negation.
    """
    for _ in range(6):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head == token or token.dep_ not in _OBJECT_DEPS:
            return None
        if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in _ABOUT_AN_ACT:
            return None  # "the memorandum *was never published*": it was made, whatever became of its text
        token = token.head
    return None


def _governors(verb: Token) -> Modality:
    """Cues on the verbs and nouns above a clause: "plans *to meet*", "refused *to talk*"."""
    issued = _issuing_verb(verb)
    if issued is not None:
        # "did not sign the declaration *condemning* Israel": it says what its issuer says
        return _stronger(_local(issued), _governors(issued))
    found: Modality = "asserted"
    token = verb
    for _ in range(_MAX_GOVERNORS):
        if token.head == token or token.dep_ in {"ROOT", "relcl", "parataxis"}:
            break
        if token.dep_ == "conj" and token.tag_ in _FINITE_TAGS:
            break  # "has never recognised Kosovo and *regards* it as …": a finite conjunct asserts itself
        if token.dep_ == "advcl" and not infinitive(token):
            break  # "refused to attend, *citing* a dispute": the adjunct happened; it was not refused
        dep, token = token.dep_, token.head
        if dep == "pcomp" and token.head != token:
            # "warned Iran *against* attacking", "accused Russia *of* shelling"
            cue = _PREPOSITIONAL_GOVERNORS.get((prep_governor(token).lemma_.lower(), token.lower_))
            found = _stronger(found, cue or "asserted")
            break
        lemma = token.lemma_.lower()
        if unconfirmed(token):
            found = _stronger(found, "hedged")  # "neither confirmed nor denied that Putin had met …"
            break
        if _rules_out(token):
            # "ruled out sending troops" says it will not happen; "has *not* ruled out sending
            # troops", that it may: the negation is the governor's own, not passed on
            found = _stronger(found, "speculative" if _local(token) == "negated" else "negated")
            break
        if lemma in _NEGATING_VERBS or (token.pos_ == "ADJ" and lemma in _NEGATING_PREDICATES):
            found = _stronger(found, "negated")
        elif lemma == "do" and any(c.dep_ == "dobj" and c.lower_ in _SCANT for c in token.children):
            found = _stronger(found, "negated")  # "Russia has *done little to* restrain Baku"
        elif lemma in {"have", "be"} and any(
            c.dep_ == "advmod" and c.lower_ == "yet" for c in token.children
        ):
            found = _stronger(found, "negated")  # "Japan *has yet to* apologise", "is yet to ratify"
        elif token.pos_ == "ADJ" and lemma in _HEDGING_PREDICATES:
            found = _stronger(found, "hedged")
        elif lemma in _SPECULATIVE_VERBS or lemma in _SPECULATIVE_NOUNS:
            found = _stronger(found, "speculative")
        elif lemma in _EVIDENCE_NOUNS and token.pos_ == "NOUN" and _local(token) == "negated":
            found = _stronger(found, "negated")  # "no sign that Iran has resumed enrichment"
        elif lemma in _ALLEGATION_NOUNS and token.pos_ == "NOUN":
            # "rejected accusations *that it had supplied weapons*": an allegation, here denied
            found = _stronger(found, "negated" if _denied(token) else "hedged")
        elif lemma in _HEDGING_VERBS or (
            lemma in _HEARSAY_VERBS and dep == "xcomp" and passive_auxiliary(token)
        ):
            found = _stronger(found, "hedged")  # "India *is said to* have pressed Russia"
        if dep not in _CONTROL_DEPS:
            break
        # "have *no* relations and have fought two wars": the first verb's object is not the second's
        local = _local(token, objects=dep != "conj")
        # "does not believe Iran is …": a negated opinion hedges what it governs.
        found = _stronger(found, "hedged" if local == "negated" and lemma in _HEDGING_VERBS else local)
    return found


def _issuing_verb(verb: Token) -> Token | None:
    """The verb that issues the document a participle hangs on: "*signed* a statement condemning"
    (words.yaml ``documents`` and ``issuing``)."""
    document = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or document.dep_ != "dobj":
        return None
    if document.lemma_.lower() not in WORDS.documents or document.head.lemma_.lower() not in WORDS.issuing:
        return None
    return document.head


def unconfirmed(verb: Token) -> bool:
    """ "*neither confirmed nor denied*", "did *not confirm or deny*": a confirmation and a denial
    both withheld leave what they govern unconfirmed, neither asserted nor denied."""
    joined = [verb.head] if verb.dep_ == "conj" else [c for c in verb.children if c.dep_ == "conj"]
    pair = {verb.lemma_.lower(), *(c.lemma_.lower() for c in joined)}
    return {"confirm", "deny"} <= pair and any(_local(v) == "negated" for v in (verb, *joined))


def _rules_out(verb: Token) -> bool:
    """ "*ruled out* sending troops", "*excluded* new sanctions": a verb that says an act will not be."""
    lemma = verb.lemma_.lower()
    particle = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return (lemma == "rule" and particle) or lemma in _EXCLUDING_VERBS


def _forgone(verb: Token) -> Modality:
    """ "*Instead of* sanctioning Moscow", "*rather than* expel the envoy", "*far from*
    condemning": an act set aside for another did not happen, whatever the parse makes of the
    two words before it."""
    doc = verb.doc
    before = (doc[verb.i - 2].lower_, doc[verb.i - 1].lower_) if verb.i >= 2 else ("", "")
    return "negated" if before in _FORGOING else "asserted"


def _stronger(a: Modality, b: Modality) -> Modality:
    return a if RANK[a] >= RANK[b] else b
