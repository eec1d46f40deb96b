"""Dependency rules that find actor–relation–actor candidates in a parsed sentence.

Two families of rules, both on the parse, never on co-occurrence:

- **verbal**: a verb of the CAMEO lexicon with an actor as its agent (subject, or the ``by``
  phrase of a passive) and an actor as its patient (object, dative, or prepositional object);
  subjects are shared along coordinated verbs and passed down to purpose clauses ("moved to
  support"), relative clauses take the noun they modify;
- **nominal**: a relational noun with its participants ("the partnership *between A and B*",
  "*A's* war *with B*", "*A–B* tensions", "talks *with* Putin" whose other side is the subject of
  the verb that governs the noun, "support *from* Russia" for whoever seeks it).

>>> from graphkit.relations.arguments import ActorIndex
>>> from graphkit.actors.kinds import actor_span
>>> doc = nlp("Iran supplies Russia with drones.")
>>> doc.spans["actors"] = [actor_span(doc, 0, 1, "IRN", "name"), actor_span(doc, 2, 3, "RUS", "name")]
>>> found = Rules(lexicon).candidates(doc[:], ActorIndex(doc))
>>> [(c.source.text, c.code.code, c.target.text) for c in found]
[('Iran', '072', 'Russia')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from graphkit.actors.agents import AgentWords, agent_nouns, clause_verb
from graphkit.actors.borders import names_a_border
from graphkit.actors.kinds import kind_of
from graphkit.actors.matcher import SPANS_KEY
from graphkit.actors.nominals import NOT_OWNED, STANCE_HEADS, TIE_NOUNS, is_actor_noun, is_stance, noun_key
from graphkit.models import Actor
from graphkit.relations import syntax
from graphkit.relations.arguments import MODIFIER_DEPS, PLACE_HEADS, ActorIndex, conjuncts
from graphkit.relations.character import Character
from graphkit.relations.engine import PatternMatch, PatternRules, Resolver, load_places
from graphkit.relations.governors import KEEP, Governors
from graphkit.relations.lexicon import CameoCode, Lexicon, RelationalNoun
from graphkit.relations.means import AERIAL_FORCE, GENERIC_FORCE, finer_force
from graphkit.relations.modality import modality_of
from graphkit.relations.syntax import SUBJECT_DEPS
from graphkit.relations.words import WORDS

__all__ = ["REPORTING_VERBS", "Candidate", "Rules"]

REPORTING_VERBS = WORDS.reporting
"""Verbs that report speech or thought (``data/rules/words.yaml``, as every verb class below)."""

_PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
_OBJECT_DEPS = {"dobj", "dative", "attr", "oprd"}
_VERB_TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at", "into", "onto",
                      "by"}  # fmt: skip
"""Prepositions whose object a verb acts on; "in", "for", "over" mostly give places, times, purposes."""
_COMPANION_PREPS = {"alongside", "beside"}
"""Prepositions of whoever acts together with the subject: "fought *alongside* the Kurds"."""
_SLOT_WORDS = {"self", "poss", "compound", "amod", "between", "among", "captor"}
"""Slots of a relational noun (relational_nouns.yaml) that are not prepositions of its own."""
_OBJECT_CONTROL = WORDS.object_control
_RECIPROCAL_VERBS = WORDS.reciprocal
_EXCHANGE_VERBS = WORDS.exchange
_LIGHT_VERBS = WORDS.light
_SUPPORT_VERBS = WORDS.support
_OBSERVING_VERBS = WORDS.observing
_CLAIMING_VERBS = WORDS.claiming
_DISOWNING_CODES = ("12", "016")
"""Rejections and denials: what they reject or deny is someone else's claim."""
_SUPPORTED_PREPS = {"for", "of", "to"}
_UNCODED_READERS = WORDS.reciprocal | WORDS.exchange | WORDS.light | WORDS.wresting
"""Verbs read even when they code nothing themselves: their object or their sides carry it."""
_WRESTING_VERBS = WORDS.wresting
_UNDERGOING_VERBS = WORDS.undergoing_verbs | WORDS.receiving
_REFUSING_VERBS = WORDS.responding | WORDS.denying
"""Verbs whose passive keeps what was not given ("*was refused* a loan")."""
"""Verbs whose subject undergoes or receives what their object names: "faces sanctions", "received loans"."""
_AGENT_WORDS = AgentWords.load()
_UNIDENTIFIED = _AGENT_WORDS.unidentified.id
_CONTESTED = WORDS.contested | _AGENT_WORDS.place_nouns
"""What sides contest: places and a say over them (words.yaml ``contesting``)."""
"""The actor of unnamed armed men and of weapons whose author no one names."""
_UNLOCATED = _AGENT_WORDS.unlocated_modifiers
"""Modifiers that name an owner who is no actor of the text ("*Western* sanctions")."""
_FORCE_CODE = "190"
_ARMED_TYPES = {"military", "armed_group"}
_MILITARY_SECTOR = "MIL"
_ARMED_SECTORS = {_MILITARY_SECTOR, "REB", "UAF", "INS"}
_POLICE_SECTOR = "COP"
_OUT_OF = {"from", "out", "back"}
"""Words of being driven out: "cleared ISIL fighters *from* Mosul", "pushed militants *out of* the town",
"pushed *back* the Russian army"."""
_VERBAL_CONFLICT = 3
_MATERIAL_CONFLICT = 4
_MATERIAL_COOPERATION = 2
_SECOND_OBJECT_DEPS = {"dobj", "appos", "npadvmod", "oprd", "attr"}
"""Dependencies the parser may give what an object is called when it hangs it on the object:
"labelled the patrol *a provocation*"."""
_MEANS_PREPS = {"with", "by"}
"""Prepositions that name what an answer is made with: "retaliated *with* tariffs"."""
_ANY_WEAPON = "194"
"""The dictionary's code of force with any weapon of its synset (CAMEO's artillery and tanks)."""
_MASS_DESTRUCTION_ROOT = "204"
_CARRIED_BOMB_CODE = "183"
"""CAMEO's bombs carried by an attacker, suicide and car bombs: a kind of act the aerial code of a
bombing's noun does not name."""
_VIOLENT_ROOTS = {"18", "19", "20"}
_FORCEFUL_ROOTS = {"17", "18", "19", "20"}
_RESTRICTING_ROOTS = {"16", "17"}
"""CAMEO roots of reducing relations and coercing: sanctions, tariffs, bans, embargoes."""
_HOSTILE_ACT_ROOTS = {"16", *_FORCEFUL_ROOTS}
"""Acts done *to* someone: sanctions, expulsions, coercion, assault, force."""
_CAPTURE_ROOTS = {"17", "18"}
"""Roots of taking or holding people: arrest and detention (17x), abduction and hostage-taking (18x)."""
_CIRCUMSTANCE_MARKS = {"when", "as", "after", "while"}
_ANSWERED_MARKS = {"after", "since", "because", "when"}
"""Marks of the clause an answer follows: "vowed revenge *after* Israel killed …"."""
_ANSWERED_PREPS = {"for", "over", "after", "following"}
"""Prepositions of the act an answer answers: "revenge *for* the killing by Israel"."""
_STATEMENT_CODE = "010"
_OBLIGATION_CODES = {"must": "100", "should": "020", "ought": "020"}
"""What saying that someone must or should act is: a demand (CAMEO 100) or an appeal (020)."""
_STATEMENT_ROOT = "01"
_INFINITIVE_DEPS = {"xcomp", "ccomp", "advcl"}
_CLAIM_CODE = "015"
"""Claim responsibility: what is claimed is asserted, as its claimant's act."""
_CONSULT_CODE = "040"
_DEMONSTRATE_CODE = "141"
"""Demonstrate or rally: what protesters gathering do, whatever the verb of gathering codes alone."""
_SHOW_OF_FORCE_ROOT = "15"
_MONEY = "money"
_CURRENCY_SIGNS = {"$", "€", "£", "¥", "US$"}
_PEOPLE = "people"
"""The dictionary's word for any people as an object ("free people")."""
_ADDRESSEE_PREPS = {"to", "with"}
_OPPOSE_CODE = "110"
"""Disapprove: what a cooperative verb says of the one it is done "against"."""
_ALLIANCE_CODE = "050"
_ARMS_IN_COMMON_CODE = "062"
"""Diplomatic cooperation: what actors doing one thing together are to each other."""
_OBJECT_PCOMP_PREPS = {"against", "from", "into", "of", "for"}
_JUDGED_PREPS = {"of", "for", "with"}
"""What a verb of judging judges its object of or for ("accused India *of* involvement in …",
"charged two men *with* the attack on …")."""
"""Prepositions after an object whose gerund the object does: "stopped Iran *from* building"."""
_AMONG = {"between", "among", "amongst"}
_LOCATING_PREPS = {"in", "inside", "near", "at"}
"""Prepositions of a place that says where an act or its target is: "*in* Yerevan"."""
_STOOD_BY_PREPS = {"by", "with", "behind", "beside"}
"""Prepositions of whom a verb of support stands with: "stands *by* Ukraine in its fight"."""
_LAUNCHED_PREPS = {"at", "on", "against", "toward", "towards", "into"}
"""Prepositions of whom a weapon is launched or aimed at: "launched drones *toward* Israel", "a
rocket aimed *at* an army post"."""
_AUTHOR_PREPS = {"by", "from"}
_REPETITION = "re-"  # the prefix graphkit.nlp cuts off as a token of its own
_ACT_SUFFIXES = ("al", "ion", "ions", "ment", "ments", "ing", "ure", "ance", "ence", "als")
"""Endings of nouns that name an act: removal, release, expulsion, detention, killing, seizure."""
_ACT_NOUNS = {"defence", "defense", "security", "sovereignty", "independence", "survival", "recovery",
              "integrity", "stability", "freedom"}  # fmt: skip
"""Acts and goods done or kept for someone, whose "of" names them: "the *defence* of South Korea",
"support for the territorial *integrity* of Ukraine"."""
_AIMED_PREPS = {"in", "near", "along", "over", "against", "toward", "towards", "around"}
_WEAPON_AIMS = {"at", "on", "against", "toward", "towards", "into"}
"""What a weapon is aimed at: "launched a drone *at* a US destroyer", "a missile *on* Kyiv"."""
_RECEIVER_PREPS = {"to", "for", "with"}
_NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}
_TIME_PREPS = {"since", "after", "before", "during", "following", "amid", "until"}
"""Prepositions that date a clause by another event ("has waned *since* the war")."""
_INNER_TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "into", "of"}
"""Prepositions of a verb's object that name whom the verb reaches: "boycott contact *with* the US",
"demanded the removal *of* President Habyarimana"."""
_VERBAL_CLASSES = {1, 3}
"""QuadClasses of words rather than deeds: verbal cooperation and verbal conflict."""
_TOPIC_PREPS = {"over", "about", "at", "regarding", "concerning"}
"""Prepositions of a statement's object that name what, and so whom, it is about."""
_DEMANDING_ROOTS = {"02", "10", "13"}
"""Appeals, demands and threats: their clause's subject is whom they address."""
_PROBING_ROOTS = {"09"}
"""Inquiries: what is investigated leads to whom it is about, however deep in the object."""
_PROBED_PREPS = {"of", "by", "from", "against", "with"}
"""Prepositions inside an inquiry's object that lead to whom it is about, not to where it happened."""
_MAX_GOVERNORS = 3
"""Governors stacked on one event: "*denied* that it was *preparing* to send troops"."""
_MOVING_ROOTS = {"08", "15"}
"""Withdrawals and shows of force move forces whether or not a pattern names them."""
_PROTEST_ROOT = "14"
_REJECT_ROOT = "12"
_STATE_LEVEL_TYPES = {"state", "government", "igo"}
_HELD_PREPS = {"in", "at", "inside", "outside"}
_PatternInputs = tuple[list[str], list[tuple[str, str]], list[str], list[str]]
"""What the dictionary's patterns read of a verb: object lemmas, (preposition, object) pairs,
particles, lemmas of infinitive complements."""
_PURPOSED_ROOTS = _MOVING_ROOTS | {"13"}
"""Acts aimed at whom their infinitive names when nothing else names anyone."""
_AID_CODES = ("07", "033")
"""Aid given or promised, aimed at whom its purpose names when nothing else names anyone ("pledged
$500 million *to rebuild Gaza*"), unless the purpose is a fight ("sent arms to fight the rebels")."""
_SETTING_PREPS = {"at", "during", "after", "before", "ahead", "following", "amid"}
"""Prepositions of an event named as the setting of another: "*at* the summit", "*during* talks"."""
_RELEASED_PEOPLE = "0841"
"""CAMEO's release of persons: whose they are is whom the release reaches."""
_RETURNED = "084"
"""CAMEO's return or release of no kind said, finer as a release of persons when people held go back."""
_HANDLING_ROOTS = {"03", "04", "06", "07", "08", "15"}
"""Intents to meet, consultations, material cooperation, aid, withdrawals and shows of force: what
their patterns name as object ("send a delegation", "provide troops", "withdraw its force", "mass
troops") is handed over or moved, the actor reached is elsewhere."""
_MATERIAL_COOPERATION_ROOT = "06"
_GOODS_CODES = ("060", "061", "062", "064", "07")
"""Codes of goods changing hands: trade, arms, intelligence and aid (not judicial cooperation, 063:
"accepted Brazil's *jurisdiction*" is no gift of Brazil's)."""
_MAX_KIND_STEPS = 3
"""How far ``object_kinds`` is followed: an envoy is an ambassador, an ambassador a diplomat."""
_RECEIVER_TO = frozenset({"to"})
_ACTING_IN_PREPS = frozenset(_VERB_TARGET_PREPS | {"in"})
"""The target prepositions of verbs whose "in" names whom they act on ("intervened *in* Libya")."""
_MEDIATE_CODE = "045"
_BARE_INFINITIVE_GOVERNORS = WORDS.object_control | {"let", "make", "have", "see", "watch", "hear"}
"""Verbs whose object does what a bare infinitive after it says ("helped militants *join*")."""
_GIVING_ROOTS = frozenset(code[:2] for code, way in WORDS.goods_refinements.items() if way.given)
"""Roots of giving and of intents to give, whose goods may say *for* whom (words.yaml ``goods_in_kind``)."""
_CLIMB_DEPS = {"dobj", "pobj", "prep", "attr", "conj", "appos", "nsubjpass", "oprd", "dative", "acomp",
               "agent"}  # fmt: skip
_MAX_CLIMB = 5
_PERSPECTIVE_DEPS = {"ccomp", "advcl"}
"""Clauses whose subject's relationship is seen from the clause they depend on ("…, *the minister
said*", "… *as* tensions with Kosovo rose")."""


@dataclass(frozen=True)
class Candidate:
    """A relation found by a rule, before modality and attribution are read."""

    source: Span
    target: Span
    trigger: Token
    code: CameoCode
    relation: str
    symmetric: bool
    rule: str
    clause: Token
    """The token whose context (negation, modal verbs, conditionals) governs the relation."""
    presupposed: bool = False
    """Whether the act is another's named as a fact, outside the clause's negation, refusal or
    intent: "China did not condemn *Russia's invasion*" (only the noun's own cues count)."""
    judged: bool = False
    """Whether the act is what someone judges another to be, no fact: "Washington views Pyongyang
    as *a threat* to Seoul" (at most hedged)."""


class Rules:
    """The verbal and nominal rules over one lexicon."""

    def __init__(
        self, lexicon: Lexicon, governors: Governors | None = None, character: Character | None = None
    ) -> None:
        self.lexicon = lexicon
        self.governors = governors if governors is not None else Governors.load()
        self.character = character if character is not None else Character.load()
        self.patterns = PatternRules.load()
        self.places = load_places()
        self._coding_verbs = lexicon.verb_lemmas()

    def triggers(self) -> frozenset[str]:
        """Words the rules read that the lexicon does not code, which the gate must let through: the
        rule records' words, verbs of wresting ("*retook* the town from insurgents" is a fight,
        whatever the dictionary lacks) and of leaving or joining a body ("*exited* the WHO", places.yaml).

        >>> "retook" in Rules(Lexicon.load()).triggers()
        True
        """
        return self.patterns.triggers() | _WRESTING_VERBS | frozenset(self.places.member_verbs)

    def candidates(self, sent: Span, actors: ActorIndex) -> Iterator[Candidate]:
        """Every candidate of a sentence, coded as the sentence asserts it; the same pair may come
        from several rules."""
        for candidate in self._found(sent, actors):
            asserted = self._asserted(candidate, actors)
            if asserted is not None:
                yield asserted

    def _asserted(self, candidate: Candidate, actors: ActorIndex) -> Candidate | None:
        """The candidate as its governors make it: "*refused* to meet" is a rejection, "*threatened*
        to cut ties" a threat, "*failed* to agree" nothing (:mod:`graphkit.relations.governors`).
        Governors stack: "*denied* that it was *preparing* to send troops" is a denial of an intent.
        A membership no verb changes asserts nothing: "opposed *Ukraine's membership* of the EU"."""
        governed = self._as_governed(candidate, actors)
        entry = self.lexicon.noun(candidate.trigger.lemma_.lower()) if governed is not None else None
        if (
            governed is not None
            and entry is not None
            and entry.membership
            and governed.code == candidate.code
        ):
            return None
        return self._formal(governed, actors) if governed is not None else None

    def _formal(self, candidate: Candidate, actors: ActorIndex) -> Candidate:
        """A protest by a state, its government or an international body is an official complaint
        (CAMEO 114), where a people's is dissent (14x): "Tehran *protested* the arrest", "Tokyo
        *lodged a protest* with Beijing"."""
        trigger = candidate.trigger
        # "handed *a protest note* to the envoy": the protest may name what carries it
        delivered = trigger.lemma_.lower() in WORDS.formal_protest_verbs and any(
            c.dep_ == "dobj" and w.lemma_.lower() in WORDS.formal_protest_words
            for c in trigger.children
            for w in (c, *(m for m in c.children if m.dep_ == "compound"))
        )
        protest = delivered or trigger.lemma_.lower() in WORDS.formal_protest_words
        formal = WORDS.formal_protests.get(candidate.code.code) if protest else None
        source = actors.actor(candidate.source) if formal is not None else None
        if formal is None or source is None or not _state_level(source):
            return candidate
        code = self.lexicon.code(formal)
        return replace(candidate, code=code, relation=code.relation)

    def _as_governed(self, candidate: Candidate, actors: ActorIndex) -> Candidate | None:
        curtailed = self._curtailed(candidate, actors)
        if curtailed is None:
            return None
        by_object = (
            self.governors.governing_object(curtailed.trigger) if curtailed.rule.startswith("noun") else None
        )
        if by_object is not None and by_object[0].final:
            return curtailed  # "sought to *avoid* talks": nothing above the verb of avoiding governs them
        governed: Candidate | None = self._left_body(curtailed, actors)
        for _ in range(_MAX_GOVERNORS):
            if governed is None:
                return None
            recoded = self._governed(governed, actors)
            if recoded is governed:
                return governed
            if recoded is not None and recoded.trigger != governed.trigger:
                # "suspended *talks* on a defence pact with …": the noun the topic became is cut back too
                recoded = self._curtailed(recoded, actors)
            governed = recoded
        return governed

    def _left_body(self, candidate: Candidate, actors: ActorIndex) -> Candidate:
        """ "Mali *withdrew from* ECOWAS": a retreat from an organisation is leaving it (places.yaml)."""
        code = candidate.code.code
        left = next((new for old, new in self.places.left_bodies.items() if code.startswith(old)), None)
        target = actors.actor(candidate.target) if left is not None else None
        if left is None or target is None or not _body_of_members(target):
            return candidate
        recoded = self.lexicon.code(left)
        return replace(candidate, code=recoded, relation=recoded.relation)

    def _governed(self, candidate: Candidate, actors: ActorIndex) -> Candidate | None:
        """The candidate as its nearest governor makes it; the same candidate when none does."""
        # "paused talks on normalising *ties*": a noun the talks are about, wherever its clause is
        topic = self.governors.about(candidate.trigger) if candidate.trigger != candidate.clause else None
        governed = topic or self.governors.governing(candidate.clause)
        if governed is None:
            return candidate
        family, governor = governed
        if candidate.presupposed:
            return candidate  # "India *refused* to condemn Russia's invasion": the invasion stands
        if self._acted_upon(candidate, governor, actors):
            return replace(candidate, presupposed=True)
        if family.own_acts and not self._is_subject(candidate.source, governor, actors):
            return candidate
        asserted = family.asserted(candidate.code.code)
        if asserted is None:
            return None
        if asserted == KEEP or asserted == candidate.code.code:
            return candidate
        code = self.lexicon.code(asserted)
        # an intent of two parties stays mutual ("agreed to meet"); a refusal or threat has a direction
        symmetric = candidate.symmetric and code.code[:2] == "03"
        source, target = candidate.source, candidate.target
        if code.code[:2] == _REJECT_ROOT and self._refuses_what_it_receives(candidate, governor, actors):
            source, target = target, source  # "Tunisia *refused* to accept aid from the EU": Tunisia rejects
        return replace(
            candidate,
            source=source,
            target=target,
            code=code,
            relation=code.relation,
            trigger=governor,
            clause=governor,
            symmetric=symmetric,
        )

    def _acted_upon(self, candidate: Candidate, governor: Token, actors: ActorIndex) -> bool:
        """Whether the candidate's event is a known thing the verb under ``governor`` acts on, none
        of whose parties is the governor's subject: "Turkey threatened to veto *the deal between
        Sweden and Finland*", "refused to back *Ukraine's plan* to export grain" threaten and refuse
        nothing of theirs, and the deal and the plan stand as facts (presupposed). A light or support
        verb carries its noun's event ("agreed to *hold talks*"); what is not yet known ("threatened to
        oppose *any* arms sale") is governed as before."""
        noun = candidate.clause
        verb = noun.head
        if (
            noun.pos_ not in {"NOUN", "PROPN"}
            or noun.dep_ not in _OBJECT_DEPS
            or not syntax.definite(noun)
            or verb == governor
            or verb.lemma_.lower() in _LIGHT_VERBS | _SUPPORT_VERBS
        ):
            return False
        return not any(
            self._is_subject(end, governor, actors) for end in (candidate.source, candidate.target)
        )

    def _refuses_what_it_receives(self, candidate: Candidate, governor: Token, actors: ActorIndex) -> bool:
        """Whether a refusal's subject is the one the refused act would reach, not its doer."""
        refusers = {s.label_ for s in self._subjects(governor, actors, SUBJECT_DEPS)}
        return candidate.target.label_ in refusers and candidate.source.label_ not in refusers

    def _is_subject(self, source: Span, governor: Token, actors: ActorIndex) -> bool:
        """Whether ``source`` is (an actor of) the subject of ``governor``: its own act."""
        return any(s.label_ == source.label_ for s in self._subjects(governor, actors, SUBJECT_DEPS))

    def _curtailed(self, candidate: Candidate, actors: ActorIndex) -> Candidate | None:
        """A relational noun cut back by its verb ("*suspended* aid to Mali") is a reduction of relations."""
        noun = candidate.trigger
        governed = self.governors.governing_object(noun) if candidate.rule.startswith("noun") else None
        if governed is None:
            return candidate
        family, verb = governed
        named = self._object_lemma(verb, noun) if noun.head == verb else None  # not "backed out *of* it"
        patterned = self.lexicon.verb(verb.lemma_, objects=[named]) if named is not None else None
        if (
            named is not None
            and self.lexicon.takes_object(verb.lemma_, named)
            and (patterned is None or patterned.code[:2] == candidate.code.code[:2])
        ):
            return candidate  # "severed ties": the dictionary's own pattern codes it as the noun does
        if family.own_acts and not self._is_subject(candidate.source, verb, actors):
            return candidate  # "weighed a request *from Minsk*": the request was made as the noun says
        # "*pledged* aid", "*offered* a treaty": where the verb's pattern makes the noun another kind of
        # event (an intent, 03x), the family says which, from the noun's own code (0331 for economic aid)
        asserted = family.asserted(candidate.code.code)
        if asserted is None:
            return None
        if asserted == KEEP:
            return candidate
        code = self.lexicon.code(asserted)
        recoded = replace(candidate, code=code, relation=code.relation, trigger=verb, clause=verb)
        # "Hungary *blocked* EU aid to Ukraine": the verb's subject withholds the aid, not the EU
        doers = [s for s in self._subjects(verb, actors, SUBJECT_DEPS) if s.label_ != candidate.target.label_]
        if not doers or any(s.label_ == candidate.source.label_ for s in doers):
            return recoded
        return replace(recoded, source=doers[0]) if len(doers) == 1 else None

    def _found(self, sent: Span, actors: ActorIndex) -> Iterator[Candidate]:
        matches = list(self.patterns.matches(sent))
        patterned = list(self._patterned(matches, actors))
        yield from patterned
        # "views Pyongyang as *a threat* to Seoul": a noun a record covers is a judgement, no fact
        covered = {match.tokens[node].i for match in matches for node in match.record.covers}
        # a rule record is the more specific reading of its trigger verb: "*told* the envoy to
        # leave" is an expulsion, not also a consultation of the envoy
        # ("India's purchases *irritated* Washington": its disapproval, not also a protest of India's)
        taken = {_pair_at(token, c) for c in patterned for token in (c.trigger, c.clause)}
        displacing = self.patterns.displacing
        displaced = {c.clause.i for c in patterned if c.rule.removeprefix("pattern:") in displacing}
        for token in sent:
            if (
                (token.pos_ in {"VERB", "AUX"} or syntax.infinitive_misread(token))
                and token.i not in displaced
                and (
                    token.lemma_.lower() not in REPORTING_VERBS
                    or syntax.addressed(token, actors)
                    or syntax.mandative(token)
                    or self._names_its_object(token)
                    or _speaks_against(token)
                    or self._named_wrong(token) is not None
                    or _contests_a_place(token)  # "Japan and China both *claim* the Senkaku Islands"
                )
            ):
                yield from (c for c in self._verbal(token, actors) if _pair_at(token, c) not in taken)
            if token.pos_ in {"NOUN", "PROPN"} or (token.pos_ == "VERB" and token.dep_ in _NOMINAL_DEPS):
                # "*Aid* from the EU to Moldova will rise": a word in a noun's place is a noun; a noun
                # a rule record's verb governs is read by the record ("turned to the IMF for a *bailout*")
                judged = token.i in covered
                yield from (replace(c, judged=True) if judged else c for c in self._nominal(token, actors)
                            if _pair_at(c.clause, c) not in taken)  # fmt: skip

    def _held_by_whom_taken(self, verb: Token, actors: ActorIndex, patients: list[Span]) -> list[Span]:
        """Whom a wresting verb takes its object from: "liberated Dabiq *from ISIL* control", "seized
        the town *from the Congolese army*", "liberated Kuwait from Iraq". People or forces acted on
        are the target, not where they are taken from ("expelled *French troops* from the country",
        "cleared *ISIL fighters* from Mosul"): then no one."""
        if verb.lemma_.lower() not in _WRESTING_VERBS or any(not _held_ground(p, actors) for p in patients):
            return []
        return self._verb_prep_objects(verb, actors, {"from"}) + [
            s for c in verb.children if c.dep_ == "dobj" for s in syntax.prep_objects(c, actors, {"from"})
        ]

    def _fight(self, verb: Token) -> bool:
        """Whether a verb codes conflict: "sent arms *to fight* the rebels"."""
        code = self._verb_code(verb)
        return code is not None and code.quad_class > 2

    def _movers(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """ "Argentina *moved closer to* Washington", "Tehran was *drawn closer to* Moscow": a state or
        its government that moves itself or is moved, where no object names another mover ("troops
        moved closer to Kyiv" advance)."""
        if any(c.dep_ == "dobj" for c in verb.children):
            return []
        subjects = self._subjects(verb, actors, SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS)
        return [s for s in subjects if (a := actors.actor(s)) is not None and _state_level(a)]

    def _names_its_object(self, verb: Token) -> bool:
        """Whether a verb's own pattern names its direct object: then a reporting verb does what
        it says ("*announced sanctions* against Iran", "*declared war* on Germany")."""
        return any(self._governed_by_pattern(c) for c in verb.children)

    def _patterned(self, matches: list[PatternMatch], actors: ActorIndex) -> Iterator[Candidate]:
        """Candidates of the rule records (:mod:`graphkit.relations.engine`), read by the same resolvers."""
        resolvers: dict[str, Resolver] = {
            "subjects": lambda token: self._subjects(token, actors, SUBJECT_DEPS),
            # "*the US* designated the Houthis", "were designated *by the US*": who acts, in either voice
            "doers": lambda token: (
                self._agent_phrase(token, actors)
                if _has_passive_subject(token)
                else self._subjects(token, actors, SUBJECT_DEPS)
            ),
            # ("activists *whom* it regards as terrorists": a relative pronoun is the noun it stands for)
            "phrase": lambda token: actors.of_phrase(syntax.antecedent(token)),
            "movers": lambda token: self._movers(token, actors),
            # "alarmed *Japan and South Korea*": the actors named, not whose they are ("Armenia's allies")
            "named": lambda token: [s for t in conjuncts(token) for s in actors.at(t)],
            # "citizens who suffered at the hands of ISIL": who undergoes a verb, active or passive
            "undergoers": lambda token: self._subjects(token, actors, SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS),
            # "the plight of the Yazidi at the hands of ISIL": whose a noun is
            "owners": lambda token: actors.modifiers(token) + syntax.prep_objects(token, actors, {"of"}),
            # "*US* pressure", "pressure *from* Washington": whom what a noun names comes from
            "senders": lambda token: (
                actors.modifiers(token) + syntax.prep_objects(token, actors, {"from", "by"})
            ),
            # "remained on alert *in the West Bank*", "on alert *over Guyana's* exploration"
            "aimed": lambda token: self._verb_prep_objects(token, actors, _AIMED_PREPS),
            # "the government's decision", "a law signed by Macron": who did an act, or the actor itself
            "authors": lambda token: (
                (actors.of_phrase(token) if actors.at(token) else []) or self._authors(token, actors)
            ),
            # "*students* staged a protest", "*workers* went on strike": who holds what a noun names
            "governed": lambda token: self._governing_subject(token, actors)[1],
            # "a truce *between Israel and Hamas*", "*Israel and Hamas* agreed to a truce": who is party
            # to what a noun names
            "parties": lambda token: (
                syntax.prep_objects(token, actors, _AMONG) or self._governing_subject(token, actors)[1]
            ),
        }
        for match in matches:
            record = match.record
            trigger = match.tokens[record.trigger]
            # "traded *artillery* fire" (194): a record of force takes the weapon named around it
            recorded = self.lexicon.code(record.code)
            code = self._in_kind(self._armed(trigger, recorded), trigger) or recorded
            relation = record.relation or code.relation
            sources, targets = self.patterns.resolve(match, resolvers)
            rule = f"pattern:{record.name}"
            # a settled record's modality is its trigger's own; its clause is the verb it matched on
            settled = record.settled
            clause = match.tokens[record.pattern[0]["RIGHT_ID"]] if settled else trigger
            if record.symmetric and sources == targets:
                for first, second in syntax.pairs(sources):
                    yield Candidate(first, second, trigger, code, relation, True, rule, clause, settled)
                continue
            for source in sources:
                for target in targets:
                    if source.label_ != target.label_:
                        yield Candidate(
                            source, target, trigger, code, relation, record.symmetric, rule, clause, settled
                        )

    # -- verbs -----------------------------------------------------------------------------
    def _verbal(self, verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
        """The verb's candidates, but those of a pair its complement already relates: "Somalia and
        Kenya *agreed* to restore ties" asserts the restoring as the governor makes it (an intent,
        governors.yaml), not also an agreement of its own; an appeal stays its own act."""
        carried: set[frozenset[str]] | None = None
        for candidate in self._verbal_own(verb, actors):
            if carried is None:
                carried = self._carried_by_its_complement(verb, actors)  # read only when needed
            if frozenset((candidate.source.label_, candidate.target.label_)) not in carried:
                yield candidate

    def _verbal_own(self, verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
        if syntax.is_judgement(verb) and self._named_wrong(verb) is None:
            return  # "considers Iran a threat" judges; "called the attack a war crime" accuses
        if _AGENT_WORDS.leads(verb) and actors.of_phrase(verb.head):
            return  # "a Qatari delegation *led by* its minister": whose the body is, no act on it
        inputs = self._pattern_inputs(verb) if verb.lemma_.lower() in self._coding_verbs else None
        code = self._aimed_event(verb) or self._verb_code(verb, inputs) or self._claimed_event(verb)
        code = self._member_change(verb, actors) or self._recognition(verb, code, actors)
        code = self._people_handed(verb, code)
        received = list(self._received(verb, actors)) if verb.lemma_.lower() in WORDS.receiving else []
        if received:
            yield from received
            return
        if code is None and verb.lemma_.lower() not in _UNCODED_READERS and not self._changes_ties(verb):
            return  # most verbs of a sentence code nothing: their arguments are not worth reading
        agents, patients, passive = self._verb_arguments(verb, actors, code)
        # "North Korea launched a missile. Japan *condemned the launch*": an act named again
        recalled = [] if patients else self._recalled(verb, actors)
        patients = patients or recalled
        if not patients and code is not None and code.quad_class >= _VERBAL_CONFLICT:
            # "vowed revenge *after Israel killed* a commander": an answer aimed at no one named
            patients = self._answered_authors(verb, actors, agents)
        if recalled:
            # "Washington criticised *the sanctions*" judges their author by the verb's own code; the
            # dictionary's "criticise sanctions" (053) speaks for whom they hit, named elsewhere
            own = self.lexicon.verb(verb.lemma_.lower(), objects=[], preps=[], particles=[], infinitives=[])
            code = own or code
        aimed_by_pattern = self._pattern_targets(verb, actors, inputs) if inputs is not None else []
        # "were wounded *in* an attack by Hezbollah": a passive verb's "in" names its agent's act,
        # whatever the pattern's preposition ("wounded in an accident") would aim at
        aimed_by_pattern = [s for s in aimed_by_pattern if s not in agents]
        # "Britain and France cooperated *with Iraq against* the PKK": both act on the others named;
        # "Rwanda and Congo *traded* accusations over the M23 offensive": an exchange is between them
        reciprocal = (
            verb.lemma_.lower() in _RECIPROCAL_VERBS | _EXCHANGE_VERBS
            and not self._named_patients(verb, actors)
            and not aimed_by_pattern
            and not self._verb_prep_objects(verb, actors, {"with"})
        ) or syntax.each_other(verb)
        held_by = self._held_by_whom_taken(verb, actors, patients)
        if len(agents) >= 2 and (reciprocal or not (patients or held_by)):
            mutual = list(self._reciprocal(verb, agents, actors))
            if not mutual and code is not None and syntax.together(verb):
                # "Egypt and Sudan will *jointly* build the dam", "worked *together* on the plan":
                # those who act together, on no one named, are allies
                mutual = list(self._co_agents(verb, agents, code, actors))
            yield from mutual
            return
        if aimed_by_pattern:
            # "cooperate with Iraq *against* the PKK" (110): the pattern's preposition names whom,
            # unless it names only where and another names whom ("fired *on commuters* at a
            # station in Dhaka")
            people = [p for p in patients if kind_of(p) != "place" and p not in aimed_by_pattern]
            only_where = all(kind_of(s) == "place" for s in aimed_by_pattern)
            patients = people if people and only_where else aimed_by_pattern
        if passive and not agents and code is not None and code.code[:2] in self.places.authority_roots:
            # "a French journalist was arrested *in Iran*": an act of authority with no "by" is
            # the act of the state where it happened (data/rules/places.yaml)
            where = set(self.places.authority_prepositions)
            # "was put *under investigation in Italy*": the place may hang on the state named
            states = [o for p in syntax.preps(verb) if p.lower_ == "under" for o in syntax.objects_of(p)]
            agents = self._verb_prep_objects(verb, actors, where) or [
                s for o in states for s in syntax.prep_objects(o, actors, where)
            ]
        if not agents:
            return
        if held_by:
            # "seized the town *from the Congolese army*" keeps its own code (occupy); "liberated"
            # or "freed" a place is the fight, not the cooperation of its own code
            taking = code if code is not None and code.quad_class == _MATERIAL_CONFLICT else None
            yield from self._directed(agents, held_by, verb, taking or self.lexicon.code(_FORCE_CODE), "verb")
            return
        fought = code is None or code.code[:2] not in _VIOLENT_ROOTS
        if fought and _forced_out(verb, agents, patients, actors):
            # "cleared ISIL fighters from Mosul", "drove Russian forces from Kyiv": fighters driven
            # out by fighters are fought, not expelled (174) or let go (080, "clear" of charges)
            code = self.lexicon.code(_FORCE_CODE)
        if code is None:
            return
        code = self._disputed(verb, code, [*agents, *patients], actors)
        if code.code[:2] == _SHOW_OF_FORCE_ROOT and agents and all(self._civilian(a, actors) for a in agents):
            # "thousands of Georgians *rallied* in Tbilisi": a crowd of civilians demonstrates; only
            # the armed show force (the dictionary's default for "rally" is 150)
            code = self.lexicon.code(_DEMONSTRATE_CODE)
        companions = [] if passive else self._verb_prep_objects(verb, actors, _COMPANION_PREPS)
        if companions:
            # "Wagner fights *alongside the Malian army* against jihadists": a companion acts too
            patients = [p for p in patients if p not in companions]
            agents = [*agents, *(c for c in companions if c not in agents)]
        if len(agents) >= 2 and ((code.quad_class >= 3 and patients) or syntax.together(verb) or companions):
            # "Brazil and Argentina condemned Venezuela", "Egypt and Sudan will jointly build the dam":
            # sides of one act against a third, or acting together; "Poland and Hungary joined the EU"
            # says nothing of Poland and Hungary
            yield from self._co_agents(verb, agents, code, actors)
        if patients and all(
            self._own_body(p)
            or _shared_body(p, agents, actors)
            or all(actors.one_side(p, a) or _same_body(p, a, actors) for a in agents)
            for p in patients
        ):
            # "Nigeria will withdraw *its* peacekeeping force from Chad", "the Qatari prime minister led
            # a Qatari delegation to Washington": one's own are moved, not acted on; whom the move
            # reaches is elsewhere
            moved = patients
            patients = self._verb_prep_objects(verb, actors, _VERB_TARGET_PREPS | {"from"}) or [
                # "recalled its ambassador *from Washington*": the place may hang on what is moved
                s
                for p in moved
                for s in syntax.prep_objects(p.root, actors, {"from", "to", "in"})
            ]
        if not patients and code.code[:2] in self.places.aimed:
            # "imposed a curfew *in Algiers*", "withdrew *from* Kherson": where an act is aimed stands
            # for its state when no one else is named (data/rules/places.yaml)
            aimed = self.places.aimed[code.code[:2]]
            # "massed troops *near the Ukrainian border*": the place may hang on what is moved
            patients = self._verb_prep_objects(verb, actors, aimed) or [
                s
                for c in verb.children
                if c.dep_ == "dobj"
                for s in syntax.prep_objects(c, actors, set(aimed))
            ]
            if not patients and verb.dep_ in {"advcl", "xcomp"} and syntax.infinitive(verb):
                # "gathered *outside the Russian embassy* to protest": where the purpose is pursued
                patients = self._verb_prep_objects(verb.head, actors, aimed)
        if not patients and code.code[:2] == _PROTEST_ROOT:
            patients = self._held_by(agents, actors)
        if not patients and code.code[:2] in _DEMANDING_ROOTS:
            # "demanded *that Iran* release the crew": a demand is made of the clause's subject;
            # "demanded support *from* the assembly", "sought help from Russia": of whom it is asked
            patients = self._clause_subjects(verb, actors, {"ccomp"}) or self._asked_of(verb, actors)
        if not patients and verb.lemma_.lower() in _OBJECT_CONTROL | WORDS.permitting:
            # "helped *Haiti* rebuild its police", "let *IAEA* inspectors visit": the parser may make
            # whom the verb lets or makes act the subject of its complement
            patients = self._clause_subjects(verb, actors, {"ccomp", "xcomp"})
        if not patients and verb.lemma_.lower() in WORDS.permitting:
            patients = self._permitted(verb, actors)
        if not patients and verb.lemma_.lower() in WORDS.buying:
            # "bought submarines *from* the US", wherever the parser hangs "from": on the verb or on
            # what is bought ("buys most of its weapons *from* Russia")
            bought = [syntax.counted(c) for c in verb.children if c.dep_ == "dobj"]
            # "bought *French* Rafale jets", "record volumes of discounted *Russian* crude": else the
            # goods' maker sells them
            made_of = [p for b in bought for p in b.children if syntax.is_prep(p) and p.lower_ == "of"]
            goods = [*bought, *(o for p in made_of for o in syntax.objects_of(p))]
            patients = (
                self._verb_prep_objects(verb, actors, {"from"})
                or [s for b in bought for s in syntax.prep_objects(b, actors, {"from"})]
                or [s for g in goods for s in actors.modifiers(g, makers=True)]
            )
        aid = code.code.startswith(_AID_CODES)
        if not patients and (code.code[:2] in _PURPOSED_ROOTS or aid):
            # "jets were scrambled *to intercept Turkish aircraft*", "massed troops to invade Ukraine":
            # a show of force is aimed at whom its purpose names, a threat at whom its content does
            # ("threatened *to turn Seoul* into a sea of fire"); a coded content is the threat itself
            # ("threatened to attack Israel", see governors.yaml), a fight no aid's purpose
            contents = [c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and syntax.infinitive(c)
                        and (code.code[:2] != "13" or self._verb_code(c) is None)
                        and not (aid and self._fight(c))]  # fmt: skip
            objects = [o for c in contents for o in c.children if o.dep_ == "dobj"]
            patients = [s for o in objects for s in actors.of_phrase(o)]
            # "threatened to respond harshly *to the United States*", "to impose restrictions *on* …"
            patients = patients or [s for c in contents for s in self._verb_prep_objects(c, actors)]
            patients = patients or [
                s for o in objects for s in syntax.prep_objects(o, actors, _AIMED_PREPS | {"on"})
            ]
        if not patients and code.quad_class == _MATERIAL_CONFLICT:
            # "launched a drone *at* a US destroyer": the parser may hang the aim on the weapon
            weapons = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in WORDS.instruments]
            patients = [s for w in weapons for s in syntax.prep_objects(w, actors, _WEAPON_AIMS)]
        if not patients:
            patients = self._conditioned(verb, actors, agents)
        if not patients and code.code[:2] in _PROBING_ROOTS:
            patients = self._probed(verb, actors, agents)
        if not patients or (self._noun_object(verb) and not recalled):
            return
        if code.code[:2] not in self.places.across_border:
            patients = [p for p in patients if not names_a_border(p)]
        patients = _without_their_places(patients)
        rule = "verb-passive" if passive else "verb"
        if code.quad_class <= 2 and any(
            c.dep_ == "dobj" and c.lemma_.lower() in WORDS.ousting for c in verb.children
        ):
            # "Iran supports *the destruction of* Israel": backing an act that ruins someone opposes them
            code = self.lexicon.code(_OPPOSE_CODE)
        if code.quad_class <= 2:
            # "united *against* ISIL", "supported the Iraqi government *against* ISIL": a cooperative
            # verb is with one side and against the other
            opposed = self._verb_prep_objects(verb, actors, {"against"})
            yield from self._directed(agents, opposed, verb, self.lexicon.code(_OPPOSE_CODE), rule)
            patients = [p for p in patients if p not in opposed]
        yield from self._directed(agents, patients, verb, code, rule)

    def _pattern_targets(self, verb: Token, actors: ActorIndex, inputs: _PatternInputs) -> list[Span]:
        """The actors named by the preposition of the dictionary pattern that codes ``verb``."""
        lemmas, preps, particles, infinitives = inputs
        object_actor = any(actors.of_phrase(c) for c in verb.children if c.dep_ == "dobj")
        prep = self.lexicon.pattern_preposition(
            verb.lemma_.lower(),
            objects=lemmas,
            preps=preps,
            particles=particles,
            infinitives=infinitives,
            object_actor=object_actor,
        )
        return self._verb_prep_objects(verb, actors, {prep}) if prep is not None and prep != "by" else []

    def _asked_of(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """Of whom a demand or appeal with no object asks: "demanded support *from* the assembly",
        "sought help from Russia", "appealed for *French* military help"."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        asked = self._verb_prep_objects(verb, actors, {"from"})
        asked = asked or [s for c in objects for s in syntax.prep_objects(c, actors, {"from"})]
        wanted = [o for p in syntax.preps(verb) if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"]
        return asked or [s for o in wanted for s in actors.of_phrase(o)]

    def _permitted(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """Whom a permission that lets no one act yields to: who owns what it lets through
        ("allowed a *Taiwanese* office"), else where it lets it in ("allowed aid trucks *into Gaza*")."""
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        owners = [
            s for o in objects for s in actors.modifiers(o) + syntax.prep_objects(o, actors, {"from", "of"})
        ]
        reached = WORDS.permitted_prepositions
        return (
            owners
            or self._verb_prep_objects(verb, actors, set(reached))
            or [s for o in objects for s in syntax.prep_objects(o, actors, set(reached))]
        )

    def _own_body(self, patient: Span) -> bool:
        """ "will withdraw *their* peacekeeping force": a body of no named state that a possessive
        pronoun gives to the subject is the subject's own; so is an envoy of no named state a verb
        brings home ("*recalled* ambassador from Turkey")."""
        root = patient.root
        if kind_of(patient) != "generic":
            return False
        words = _AGENT_WORDS
        posted = root.lemma_.lower() in words.posted_abroad or root.lower_ in words.posted_abroad
        brought_home = posted and root.dep_ == "dobj" and root.head.lemma_.lower() in words.bringing_home
        return brought_home or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in root.children)

    def _probed(self, verb: Token, actors: ActorIndex, agents: list[Span]) -> list[Span]:
        """Whom an inquiry reaches when its object names no one at its head: the first actor inside
        it ("examined reports of abuses *by Ethiopian troops*", "traces found at sites *in Iran*")."""
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for token in obj.subtree:
                # a place named as where the event happened is not probed ("the downing of the
                # airliner *over Ukraine*"); a site stands for its state ("sites *in Iran*")
                located = token.dep_ == "pobj" and token.head.lower_ not in _PROBED_PREPS
                named = [] if located else [s for s in actors.at(token) if kind_of(s) != "place"]
                named = named or (actors.of_phrase(token) if token.pos_ == "NOUN" else [])
                found = [s for s in named if not any(actors.one_side(s, a) for a in agents)]
                if found:
                    return found
        return []

    def _conditioned(self, verb: Token, actors: ActorIndex, agents: list[Span]) -> list[Span]:
        """Whom an act made on a condition is aimed at: the subject of the condition, on the
        act's clause, the clause that governs it ("threatened to cut gas *if Ukraine* joined") or
        the infinitive it governs ("threatened to close the strait *if the United States* …")."""
        clauses, head = [verb, *(c for c in verb.children if c.dep_ == "xcomp")], verb
        while head.dep_ in {"xcomp", "ccomp"} and len(clauses) < 4:
            head = head.head
            clauses.append(head)
        conditions = [c for h in clauses for c in h.children if c.dep_ == "advcl" and syntax.conditional(c)]
        found = [s for c in conditions for subject in c.children if subject.dep_ in SUBJECT_DEPS
                 for s in actors.of_phrase(subject)]  # fmt: skip
        return [s for s in found if not any(actors.one_side(s, a) for a in agents)]

    def _directed(
        self, agents: list[Span], patients: list[Span], verb: Token, code: CameoCode, rule: str
    ) -> Iterator[Candidate]:
        relation = self.lexicon.relation_name(code.code)
        for source in agents:
            for target in patients:
                if source.label_ != target.label_:
                    yield Candidate(source, target, verb, code, relation, False, rule, verb)

    def _named_patients(self, verb: Token, actors: ActorIndex) -> bool:
        """Whether a verb's object is an actor, not an issue naming some ("UK-France co-operation")."""
        return any(actors.at(c) for c in verb.children if c.dep_ in _OBJECT_DEPS)

    def _disputed(self, verb: Token, code: CameoCode, sides: list[Span], actors: ActorIndex) -> CameoCode:
        """``code``, or disapproval (110) where force (190) is a quarrel (:meth:`_quarrel`)."""
        quarrel = code.code == _FORCE_CODE and self._quarrel(verb, sides, actors)
        return self.lexicon.code(_OPPOSE_CODE) if quarrel else code

    @staticmethod
    def _quarrel(verb: Token, sides: list[Span], actors: ActorIndex) -> bool:
        """ "Ukraine and Poland have *clashed over* grain imports": a fight over a matter between
        sides none of whom is armed is a quarrel (words.yaml ``disputing``); over a territory ("the
        disputed Abyei *region*", "over Kashmir") it stays a fight; done "diplomatically" or
        "publicly" it is a quarrel whoever the sides are."""
        if verb.lemma_.lower() not in WORDS.disputing:
            return False
        if any(c.dep_ == "advmod" and c.lower_ in WORDS.disputing_manners for c in verb.children):
            return True  # "have clashed *diplomatically* with Turkey"
        matters = [
            o for p in syntax.preps(verb) if syntax.preposition(p) == "over" for o in syntax.objects_of(p)
        ]
        over = any(
            o.lemma_.lower() not in _AGENT_WORDS.place_nouns and o.ent_type_ not in {"GPE", "LOC"}
            for o in matters
        )
        # police clash with protesters by force, whatever the matter ("clashed with police *over*
        # the finance bill")
        forceful = any(_armed_actor(side, actors) or _policing(side, actors) for side in sides)
        return over and bool(sides) and not forceful

    def _co_agents(
        self, verb: Token, agents: list[Span], act: CameoCode, actors: ActorIndex
    ) -> Iterator[Candidate]:
        """ "The UK, the Coalition and Iraq are committed to defeating ISIL": who act together are
        allies; those who fight together ("Wagner fought *alongside* the Malian army") cooperate
        militarily (062)."""
        if self._opponents(verb, agents, actors):
            return
        code = self.lexicon.code(_ARMS_IN_COMMON_CODE if act.code[:2] in _VIOLENT_ROOTS else _ALLIANCE_CODE)
        for first, second in syntax.pairs(agents):
            apart = not (
                syntax.included(first, second)
                or syntax.included(second, first)
                or syntax.same_head(first, second)
            )
            if apart and not (syntax.named_as_group(first) or syntax.named_as_group(second)):
                yield Candidate(first, second, verb, code, "cooperate", True, "co-agents", verb)

    def _opponents(self, verb: Token, agents: list[Span], actors: ActorIndex) -> bool:
        """Whether the subjects a clause shares with the verb it hangs on fought or quarrelled with
        each other there, as that verb's reciprocal reading codes it: "Kyrgyz and Tajik border
        guards *traded fire*, killing 24 people" makes them no allies in the killing."""
        head = verb.head
        if verb.dep_ not in {"advcl", "conj", "xcomp"} or head == verb:
            return False
        return any(c.code.quad_class >= 3 for c in self._reciprocal(head, agents, actors))

    def _noun_object(self, verb: Token) -> bool:
        """ "reiterated its *support*", "held *talks*", "*went to* war": the noun carries the relation,
        unless the verb's own pattern names it ("*sought support* from Russia" is an appeal, 022)."""
        lemma = verb.lemma_.lower()
        if syntax.goes_into(verb):
            events = [
                o for p in syntax.preps(verb) if p.lower_ in {"to", "into"} for o in syntax.objects_of(p)
            ]
            return any(self.lexicon.noun(o.lemma_.lower()) is not None for o in events)
        if lemma not in _SUPPORT_VERBS:
            return False
        # "provided 50 million dollars *in military aid*": a sum counted in a relational noun is that noun
        objects = [self._counted_in(c) for c in verb.children if c.dep_ == "dobj"]
        return any(
            self.lexicon.noun(c.lemma_.lower()) is not None
            and not (lemma in WORDS.seeking and self.lexicon.takes_object(lemma, c.lemma_.lower()))
            for c in objects
        )

    def _qualified_object(self, verb: Token) -> bool:
        """Whether the noun a passive participle qualifies is the participle's object to its patterns:
        "the sanctions *imposed* on Iran by the EU" (impose sanctions), not a name ("Hamas, *led* by
        Haniyeh") or a two-sided relation, which reads its parties itself ("the agreement *reached*
        by Sudan and South Sudan")."""
        noun = verb.head
        return (
            verb.dep_ in {"acl", "amod"}
            and noun.pos_ == "NOUN"
            and syntax.is_passive_participle(verb)
            and not self._shared(noun)
        )

    def _pattern_inputs(self, verb: Token) -> _PatternInputs:
        """What the dictionary's patterns read of a verb: object lemmas, (preposition, object)
        pairs, particles and infinitive complements."""
        # "troops *were deployed*": a passive's subject is the pattern's object
        objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS or c.dep_ == "nsubjpass"]
        if self._qualified_object(verb):
            objects.append(verb.head)  # "the sanctions *imposed* on Iran": the noun it qualifies
        # "intervened *militarily*": the dictionary writes a manner adverb as its object word
        objects += [c for c in verb.children if c.dep_ == "advmod" and c.lower_.endswith("ly")]
        # "rejected *what it termed* baseless allegations": the name the free relative gives
        objects += syntax.so_called(verb) + syntax.modified_object(verb)
        # "demanded *on Thursday*": a time is no part of a pattern ("demand on" codes force)
        # "welcomed the commitment of Serbia *to talks*": the parser may hang the noun's own one on the verb
        nouns = [c for c in verb.children if c.dep_ == "dobj"]
        # ("supplied Moscow with *millions of* shells": a quantity reads as what it counts)
        preps = [
            (p.lower_, syntax.counted(o).lemma_.lower())
            for p in syntax.preps(verb)
            for o in p.children
            if o.dep_ == "pobj"
            and not syntax.temporal(o)
            and not any(self._nouns_own(verb, n, p, o) for n in nouns)
        ]
        # "drones *that* Iran launched": a relative pronoun reads as the noun it stands for
        # "freed *dozens of* political prisoners": a quantity reads as what it counts
        counted = [syntax.counted(syntax.antecedent(o)) for o in objects]
        # the parser may hang the verb's preposition on its object ("blasted Iran *for* hosting …"),
        # or on what the object counts ("hosted a new round of talks *between* …"), but "for" people
        # names whom a thing is for ("bombed a camp *for displaced people*"): only a pattern that
        # names them reads it ("opened a camp *for refugees*" is aid)
        preps += [(p.lower_, o.lemma_.lower()) for obj in dict.fromkeys(objects + counted)
                  for p in obj.children if p.dep_ == "prep"
                  for o in p.children if o.dep_ == "pobj" and not self._beneficiary(verb, p, o)
                  and not self._nouns_own(verb, obj, p, o)]  # fmt: skip
        # "called *for* Iran to release": the "for" of an infinitive clause is the verb's preposition
        preps += [("for", s.lemma_.lower()) for c in verb.children if syntax.for_clause(c)
                  for s in c.children if s.dep_ in SUBJECT_DEPS]  # fmt: skip
        # "ordered the embassy *to close*": the dictionary writes an infinitive as its words (TO CLOSE)
        infinitives = [
            c.lemma_.lower()
            for c in verb.children
            if c.dep_ in _INFINITIVE_DEPS and syntax.infinitive(c) and not syntax.for_clause(c)
        ]
        # "pulling *out* of Beirut": a preposition with no object of its own is the verb's particle
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt" or syntax.stray_particle(c)]
        # "took *in* thousands of refugees": the dictionary writes a particle before the object as
        # a preposition ("TAKE IN REFUGEES")
        preps += [(p, o.lemma_.lower()) for p in particles for o in counted if o.dep_ != "nsubjpass"]
        # "supplied Russia *with munitions*" as "with ammunition": an object the dictionary names by
        # another word of its kind, after a preposition as after the verb (``_object_lemma``)
        preps += [(p, WORDS.object_kinds[o]) for p, o in preps if o in WORDS.object_kinds]
        return [self._object_lemma(verb, o) for o in counted], preps, particles, infinitives

    def _counted_in(self, obj: Token) -> Token:
        """ "provided 50 million dollars *in military aid*": a sum counted in a relational noun of a
        kind of its own (072, not aid of no kind, 070, which a sum makes economic) stands for that
        noun, as in "provided military aid"; any other object is itself."""
        for noun in syntax.phrase_objects(obj, {"in"}):
            entry = self._entry_of(noun) if syntax.amount(noun) == [obj] else None
            coded = self._noun_code(noun, entry) if entry is not None else None
            if coded is not None and not coded[0].code.endswith("0"):
                return noun
        return obj

    def _nouns_own(self, verb: Token, obj: Token, prep: Token, noun: Token) -> bool:
        """ "welcomed Ethiopia's commitment *to the peace process*": a relational noun's own
        preposition, naming no party, is the noun's, not the verb's ("welcomed Putin *to* Beijing"),
        unless a pattern of the verb names its object, or the noun with it ("condemned the *attack on*")."""
        entry = self.lexicon.noun(obj.lemma_.lower())
        return (
            entry is not None
            and prep.lower_ in entry.target
            and noun.pos_ != "PROPN"
            and not is_actor_noun(noun)
            and not self.lexicon.names_prep_object(verb.lemma_, prep.lower_, noun.lemma_.lower())
            and not self.lexicon.pairs_object_with_prep(verb.lemma_, obj.lemma_.lower(), prep.lower_)
        )

    def _aimed_elsewhere(self, noun: Token, entry: RelationalNoun) -> bool:
        """Whether a noun names what it is aimed at, so that whoever answers it was not its
        addressee: "the EU welcomed Ethiopia's commitment *to the peace process*"."""
        own = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in entry.target]
        verb = noun.head
        objects = [(p, o) for p in syntax.preps(verb) for o in p.children if o.dep_ == "pobj"]
        hung = any(self._nouns_own(verb, noun, p, o) for p, o in objects)
        return hung or any(o.dep_ == "pobj" for p in own for o in p.children)

    def _beneficiary(self, verb: Token, prep: Token, noun: Token) -> bool:
        """ "a camp *for displaced people*": "for" people after an object says whom it is for, unless
        a pattern of the verb names them."""
        return (
            prep.lower_ == "for"
            and is_actor_noun(noun)
            and not self.lexicon.names_prep_object(verb.lemma_, "for", noun.lemma_.lower())
        )

    def _verb_code(self, verb: Token, inputs: _PatternInputs | None = None) -> CameoCode | None:
        lemma = verb.lemma_.lower()
        if lemma in WORDS.gathering and _demonstrators_gather(verb):
            # "protesters *gathered* outside the French embassy": a demonstration, aimed where they gather
            return self.lexicon.code(_DEMONSTRATE_CODE)
        wrong = self._named_wrong(verb)
        if wrong is not None and wrong.pos_ == "ADJ":
            return self.lexicon.code(WORDS.reproaching)  # "called the minister *arrogant*": criticism
        if wrong is not None:
            # "Kyiv *called* the attack a war crime": an accusation of the wrong
            return self.lexicon.verb(WORDS.accusing, preps=[("of", wrong.lemma_.lower())])
        if lemma not in self._coding_verbs and lemma not in WORDS.placing:
            return None  # a verb the lexicon lacks codes nothing, whatever its dependents
        lemmas, preps, particles, infinitives = inputs or self._pattern_inputs(verb)
        asked = {p for p, _ in preps}
        # "asked *by reporters about* the strike": the parser may hang the question on the asker
        asked |= {p.lower_ for a in verb.children if a.dep_ == "agent" for o in a.children for p in o.children
                  if p.dep_ == "prep"}  # fmt: skip
        if lemma in WORDS.questioning and "about" in asked and "for" not in asked and not infinitives:
            return None  # "reporters *asked* Biden *about* the strike": a question, no appeal
        code = self.lexicon.verb(
            lemma, objects=lemmas, preps=preps, particles=particles, infinitives=infinitives
        )
        again = f"{_REPETITION}{lemma}"
        if verb.i > 0 and verb.doc[verb.i - 1].lower_ == _REPETITION and again in self._coding_verbs:
            # "*re-*established diplomatic ties": the dictionary's own "re-establish relations" (050),
            # not the recognition "establish relations" grants (054)
            code = self.lexicon.verb(again, objects=lemmas, preps=preps, particles=particles) or code
        code = self._in_kind(code, verb)
        if code is not None and self._hunted(verb, infinitives) and code == self.lexicon.verb(lemma):
            return None  # "a suspect *wanted by* Interpol", "*seeks* the fugitive": pursued, not courted
        if code is not None and self._sheltering_no_one(verb) and code == self.lexicon.verb(lemma):
            return None  # "harbours deep hostility toward Israel": no one sheltered
        if code is not None and self._governs_a_finer_relation(verb, code.code):
            # "suspended aid to Mali", "threatened sanctions": the noun's governed reading is finer
            return None
        if code is None and set(lemmas) & WORDS.instruments and any(p in _LAUNCHED_PREPS for p, _ in preps):
            # "drones that Iran launched *toward* Israel": a weapon the dictionary predates, sent at someone
            code = self.lexicon.code(_FORCE_CODE)
        if code is None and lemma in WORDS.placing:
            # "was *put under investigation*", "placed the town under siege": the state named codes it
            under = [self.lexicon.noun(o) for p, o in preps if p == "under"]
            code = next((self.lexicon.code(e.code) for e in under if e is not None), None)
        addressed = (self._addressed(verb) and lemma not in WORDS.topical) or lemma == "tell"
        if code is not None and code.code == _STATEMENT_CODE and addressed:
            # "brought a message *to* Iran", "told *the tribunal*": addressed to someone
            return self.lexicon.code(_CONSULT_CODE)
        stated = code is not None and code.code[:2] == _STATEMENT_CODE[:2]
        obliged = syntax.obligation(verb) if stated else None
        if obliged is not None:
            # "Erdogan *said* Sweden *must* crack down" demands it (100); "*should* allow aid" appeals (020)
            return self.lexicon.code(_OBLIGATION_CODES[obliged])
        if code is not None and code.code[:2] == _CONSULT_CODE[:2] and _moving_weapon(verb):
            return None  # "drones *heading for* Israel": a weapon on its way pays no visit
        return self._armed(verb, code)

    def _in_kind(self, code: CameoCode | None, verb: Token) -> CameoCode | None:
        """``code``, or the kind of aid the goods moved name when ``code`` is a transfer of no kind
        said: "*delivered* tanks to Kyiv" is military aid (072), where the dictionary's "deliver"
        names no weapons (words.yaml ``goods_in_kind``); "tents and rifles" name no one kind. A
        participle's goods are what it qualifies: "*US-supplied* missiles"; a noun's, its "of"; a
        verb that supplies someone *with* goods, its "with" ("supplied Kyiv with *air defence
        systems*": a compound may name the kind of a general head). An intent to give becomes the
        intent or appeal of the goods' kind ("*pledged* tanks to Kyiv", 0332; "*asked* Berlin *for*
        tanks", 0232) unless a pattern names them."""
        way = WORDS.goods_refinements.get(code.code) if code is not None else None
        if way is None:
            return code
        if verb.pos_ == "NOUN":  # "the *delivery* of tanks to Kyiv"
            objects = syntax.phrase_objects(verb, {"of"})
        elif verb.dep_ == "amod":
            objects = [verb.head]
        else:
            objects = syntax.phrase_objects(verb, {way.preposition}) or [
                o for o in verb.children if o.dep_ in {"dobj", "nsubjpass"}
            ]
        moved = [syntax.counted(g) for o in objects for g in (o, *o.conjuncts)]
        if way.patterns_stand:  # "offered *helicopters*": the dictionary's own pattern stands (033)
            moved = [g for g in moved if not self._names_goods(verb, g, way.preposition)]
        kind, *others = {_kind_of_goods(g) for g in moved} or {""}
        kind = way.kinds.get(kind, "")
        return self.lexicon.code(kind) if kind and not others else code

    def _names_goods(self, verb: Token, goods: Token, preposition: str) -> bool:
        """Whether a pattern of ``verb`` names ``goods`` where they stand: as its object, or after
        ``preposition``."""
        lemma = verb.lemma_.lower()
        if goods.dep_ == "pobj":
            return self.lexicon.names_prep_object(lemma, preposition, goods.lemma_)
        return self.lexicon.takes_object(lemma, goods.lemma_)

    @staticmethod
    def _hunted(verb: Token, infinitives: Sequence[str]) -> bool:
        """Whether a verb of wanting has people or a group as its object (words.yaml ``pursuing``);
        "wants Sweden *to extradite*" wants a deed, not Sweden."""
        if verb.lemma_.lower() not in WORDS.pursuing or infinitives:
            return False
        return _people_object(verb)

    @staticmethod
    def _sheltering_no_one(verb: Token) -> bool:
        """Whether a verb of sheltering (words.yaml ``sheltering``) has no people for its object:
        "harbours deep hostility toward Israel" shelters a feeling, no one."""
        return verb.lemma_.lower() in WORDS.sheltering and not _people_object(verb)

    @staticmethod
    def _named_wrong(verb: Token) -> Token | None:
        """The wrong a verb of naming calls its object ("called *the attack* a war *crime*", "described
        the strike *as terrorism*", "called the decision *illegal*"): a noun or adjective outside the
        object's own phrase ("branded *a terrorist group*" names no one a wrong; "called Hamas *a
        terrorist* group" is an assessment of patterns.yaml); none for "called *for*", "*on*", nor
        for a verb of no naming. A verb of perceiving names with "as": "*sees* Islamabad *as* the
        main sponsor of militancy"."""
        lemma = verb.lemma_.lower()
        perceived = lemma in syntax.DESCRIBING_VERBS and any(p.lower_ == "as" for p in syntax.preps(verb))
        if lemma not in syntax.NAMING_VERBS and not perceived:
            return None
        if any(c.lower_ in WORDS.naming_not_after for c in verb.children if c.dep_ in {"prep", "prt"} and c.i
               < next((o.i for o in verb.children if o.dep_ == "dobj"), len(verb.doc))):  # fmt: skip
            return None
        named = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if named is None or named.pos_ == "PRON":
            return None  # "condemned *what* it called aggression": the aggression is the object
        inside = _own_phrase(named)
        # ("called the minister *arrogant*": an adjective of reproach is a wrong too)
        return next(
            (t for t in verb.subtree if t.i > named.i and t.i not in inside
             and ((t.pos_ == "NOUN" and t.lemma_.lower() in WORDS.wrongs)
                  or (t.pos_ == "ADJ" and t.lemma_.lower() in WORDS.reproaches))),
            None,
        )  # fmt: skip

    def _addressed(self, verb: Token) -> bool:
        """Whether ``verb`` or its object is addressed to someone ("brought a message *to* Iran"); the
        "with" of a relational object is the noun's own ("citing a *dispute with* Lula")."""
        objects = [
            c for c in verb.children if c.dep_ in _OBJECT_DEPS and self.lexicon.noun(c.lemma_.lower()) is None
        ]
        preps = [*syntax.preps(verb), *(p for o in objects for p in o.children if p.dep_ == "prep")]
        return any(p.lower_ in _ADDRESSEE_PREPS and any(o.dep_ == "pobj" for o in p.children) for p in preps)

    def _armed(self, act: Token, code: CameoCode | None) -> CameoCode | None:
        """``code``, or the finer code of force the weapons named around ``act`` give a force of no
        weapon (190): "Israeli *aircraft* struck" is 195 (:mod:`graphkit.relations.means`); weapons
        of mass destruction name any material conflict ("*used chemical weapons*" is 2042). The
        dictionary files every weapon of its synset, knife to howitzer, under 194 ("attacked villagers
        *with machetes*"): the weapon named decides there too, and a bomb carried by an attacker
        decides over a bombing's aerial code ("a *suicide* bombing" is 1831)."""
        if code is None or code.quad_class != _MATERIAL_CONFLICT:
            return code
        finer = finer_force(act)
        unspecified = code.code in {GENERIC_FORCE, _ANY_WEAPON}
        carried = finer is not None and finer.startswith(_CARRIED_BOMB_CODE) and code.code == AERIAL_FORCE
        if finer is not None and (unspecified or carried or finer.startswith(_MASS_DESTRUCTION_ROOT)):
            return self.lexicon.code(finer)
        return code

    def _governs_a_finer_relation(self, verb: Token, code: str) -> bool:
        """Whether the verb governs a relational noun its own patterns do not name, whose reading
        under the verb is a finer code of the verb's own kind: "suspended *humanitarian
        assistance*" (1623, where "suspended Niger" is 160), "threatened *sanctions*" (1312, not 130)."""
        for obj in verb.children:
            entry = self.lexicon.noun(obj.lemma_.lower()) if obj.dep_ == "dobj" else None
            governed = self.governors.governing_object(obj) if entry is not None else None
            if (
                entry is None
                or entry.character  # "downgraded relations": a relationship takes the verb's code
                # "the AU suspended *Niger's membership*": a membership of no body named is the verb's act
                or (entry.membership and not any(p.lower_ in entry.target for p in obj.children))
                or governed is None
                or self.lexicon.takes_object(verb.lemma_, self._object_lemma(verb, obj))
            ):
                continue
            finer = governed[0].asserted(entry.code)
            # "restricted *imports* of Moldovan fruit": a verb that governs its object only (curtail,
            # obstruct) says through the noun what it does; the noun's reading is the event (163),
            # not also the verb's default (170), unless a name owns the noun ("blocked *EU* aid" is
            # the blocker's act on the aid's receiver; "blocked *the deal*" names no one it reaches)
            reaching = any(p.dep_ == "prep" for p in obj.children)  # "imports *of* Moldovan fruit"
            own = not governed[0].clauses and reaching and not _named_owner(obj)
            if finer is not None and (finer[:2] == code[:2] or own):
                return True
        return False

    def _object_lemma(self, verb: Token, obj: Token) -> str:
        """The object as the verb's patterns name it: "launched an *air strike*" is "airstrike", and
        "halted *negotiations*" is "halted talks" when the verb codes nothing else and only "talks"
        has a pattern of it (the lexicon codes both nouns alike)."""
        for form in syntax.compounded(obj)[:-1]:
            joined = form.replace(" ", "")
            if self.lexicon.takes_object(verb.lemma_, joined):
                return joined
            # "severed *diplomatic ties*": a kind named in more words is finer than the head alone
            kind = _kind_named(verb.lemma_, form, self.lexicon)
            if kind is not None:
                return kind
        if _sum_of_money(obj) and self.lexicon.takes_object(verb.lemma_, _MONEY):
            return _MONEY  # "pledged *$200 million*": the dictionary's money, whatever the sign
        lemma = obj.lemma_.lower()
        if self.lexicon.takes_object(verb.lemma_, lemma):
            return lemma
        if self._refines_for_people(verb, obj):
            return _PEOPLE  # "freed *two Americans*", "released *Navalny*": the dictionary's "free people"
        # "recalled its *envoy*": the dictionary's "recall ambassador"; "expelled the UN *peacekeeping
        # mission*" its "expel officer"
        named = (_kind_named(verb.lemma_, form, self.lexicon) for form in syntax.compounded(obj))
        kind = next((k for k in named if k is not None), None)
        if kind is not None:
            return kind
        if self.lexicon.verb(verb.lemma_) is not None:
            return lemma  # the verb's default codes it
        # "violated the *ceasefire* agreement": a verb that codes nothing alone reads the kind a
        # noun before the head names, when it has a pattern for that kind that reads as the verb
        # reads the head itself; people are no kind of their work ("held an *aid* worker")
        kinds = [c.lemma_.lower() for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        kinds = [] if _names_people(obj) else kinds
        taken = (k for k in kinds if self.lexicon.takes_object(verb.lemma_, k))
        kind = next((k for k in taken if self._kind_fits(verb, obj, k)), None)
        if kind is not None:
            return kind
        entry = self.lexicon.noun(lemma)
        alike = self.lexicon.nouns_alike(entry) if entry is not None else []
        return next(
            (
                other
                for other in alike
                if self.lexicon.takes_object(verb.lemma_, other)
                and self.lexicon.verb(verb.lemma_, objects=[other]) is not None
            ),
            lemma,
        )

    def _refines_for_people(self, verb: Token, obj: Token) -> bool:
        """Whether ``obj`` names people or a person and the verb's pattern for people is a finer cut
        of the verb's own code (0841 "release persons" under 080 "yield"), not another event
        ("abandon people" is 160, where "abandon" alone is 080)."""
        # a plural name is a people ("*Americans*"), whose entity type the actor matcher may have taken
        # and so is one of them ("freed *a Briton*", "released *an American*")
        one_of = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in obj.children)
        named = obj.pos_ == "PROPN" and (obj.ent_type_ == "PERSON" or obj.tag_ == "NNPS" or one_of)
        people = _names_people(obj) or named
        if not people or not self.lexicon.takes_object(verb.lemma_, _PEOPLE):
            return False
        own, kind = self.lexicon.verb(verb.lemma_), self.lexicon.verb(verb.lemma_, objects=[_PEOPLE])
        return own is not None and kind is not None and kind.code[:2] == own.code[:2]

    def _kind_fits(self, verb: Token, obj: Token, kind: str) -> bool:
        """Whether the verb's pattern for the kind ``obj``'s compound names reads as the verb reads the
        noun itself: "ended its *defence* cooperation agreement" (1622, a finer cut than 161), but
        not "halted *arms* supplies" (the dictionary's "halt weapons", 087, where the supplies are
        cut back: 162)."""
        entry = self.lexicon.noun(obj.lemma_.lower())
        governed = self.governors.governing_object(obj) if entry is not None else None
        reading = governed[0].asserted(entry.code) if governed is not None and entry is not None else None
        code = self.lexicon.verb(verb.lemma_, objects=[kind])
        return reading is None or reading == KEEP or code is None or code.code[:2] == reading[:2]

    def _carried_by_its_complement(self, verb: Token, actors: ActorIndex) -> set[frozenset[str]]:
        """The pairs an infinitive ``verb`` governs relates by an event the governor asserts."""
        pairs: set[frozenset[str]] = set()
        for complement in (c for c in verb.children if c.dep_ == "xcomp"):
            governed = self.governors.governing(complement)
            code = self._verb_code(complement)
            # an appeal asserts nothing of what it asks for: the appeal itself is the event
            if governed is None or governed[1] != verb or code is None:
                continue
            if governed[0].asserted(code.code) is None:
                continue
            pairs |= {frozenset((c.source.label_, c.target.label_)) for c in self._verbal(complement, actors)}
        return pairs

    def _changes_ties(self, verb: Token) -> bool:
        """Whether ``verb`` acts on a relationship noun ("*elevated* their relationship"): the sentence
        gives the relationship its class even where the dictionary has no pattern for the verb."""
        entries = [self.lexicon.noun(c.lemma_.lower()) for c in verb.children if c.dep_ == "dobj"]
        return any(entry is not None and entry.character for entry in entries)

    def _member_change(self, verb: Token, actors: ActorIndex) -> CameoCode | None:
        """ "Mali *quit* ECOWAS", "voted to *leave* the EU", "Finland *joined* NATO": a body of members
        left or joined (places.yaml ``member_verbs``)."""
        code = self.places.member_verbs.get(verb.lemma_.lower())
        body = code is not None and any(_body_of_members(a) for a in _named_objects(verb, actors))
        return self.lexicon.code(code) if code is not None and body else None

    def _recognition(self, verb: Token, code: CameoCode | None, actors: ActorIndex) -> CameoCode | None:
        """ "Norway *recognised* the State of Palestine", "recognised a Palestinian *state*": a state
        recognised is granted diplomatic recognition (words.yaml ``recognition``), where "recognised
        the efforts of the AU" or "Kenya's delegation" keeps the dictionary's code."""
        if code is None or verb.lemma_.lower() not in WORDS.recognising:
            return code
        called = any(o.lemma_.lower() in WORDS.recognised for o in _direct_objects(verb))
        states = called or any(a.type == "state" for a in _named_objects(verb, actors))
        return self.lexicon.code(WORDS.recognition_code) if states else code

    def _reciprocal(self, verb: Token, agents: list[Span], actors: ActorIndex) -> Iterator[Candidate]:
        """ "Iran and Israel exchanged attacks", "Egypt and Qatar met", "Greece and Turkey dispute
        maritime boundaries": the subjects act on each other."""
        lemma = verb.lemma_.lower()
        contested = _contests_a_place(verb)
        # ("ended *decades of* hostility": what a quantity counts)
        counted = [syntax.counted(c) for c in verb.children if c.dep_ == "dobj"]
        objects = [c for c in counted if self.lexicon.noun(c.lemma_.lower())]
        entry = self.lexicon.noun(objects[0].lemma_.lower()) if objects else None
        code: CameoCode | None
        if entry is not None and entry.character and not self.lexicon.takes_object(lemma, objects[0].lemma_):
            # "Japan and South Korea *upgraded* their ties", "India and Pakistan have had a *tumultuous*
            # relationship": the class the sentence gives the relationship, else none
            coded = self._noun_code(objects[0], entry)
            if coded is None:
                return
            code, relation = coded
        elif entry is not None and (lemma in _EXCHANGE_VERBS or (entry.symmetric and lemma in _LIGHT_VERBS)):
            code, relation = self.lexicon.code(entry.code), entry.relation
        elif (
            entry is not None
            and entry.symmetric
            and self.lexicon.takes_object(lemma, self._object_lemma(verb, objects[0]))
        ):
            # "restored diplomatic ties", "severed relations": the verb's own pattern for its object
            # ("violated the *ceasefire* agreement": or for the kind a noun before it names)
            code = self._verb_code(verb)
            relation = code.relation if code is not None else ""
        elif syntax.each_other(verb) or lemma in _RECIPROCAL_VERBS or lemma in _EXCHANGE_VERBS or contested:
            # "discussed UK-France co-operation": the object is the topic;
            # "expelled *each other's* diplomats": the verb's own act, both ways
            code = self._verb_code(verb)
            code = self._disputed(verb, code, agents, actors) if code is not None else None
            relation = code.relation if code is not None else ""
            if not (syntax.each_other(verb) or contested) and _fights_a_thing(verb, code):
                return
        else:
            return
        if code is None:
            return
        for first, second in syntax.pairs(agents):
            yield Candidate(first, second, verb, code, relation, True, "verb-reciprocal", verb)

    def _verb_arguments(
        self, verb: Token, actors: ActorIndex, code: CameoCode | None = None
    ) -> tuple[list[Span], list[Span], bool]:
        """(agents, patients, passive) of a verb coded ``code``; direct objects are preferred over
        prepositions."""
        passive = _has_passive_subject(verb)
        # "*ECOWAS* imposed sanctions", parsed as a participle on "sanctions": an active verb
        passive = passive or (syntax.is_passive_participle(verb) and syntax.misread_subject(verb) is None)
        if passive:
            agents = self._agent_phrase(verb, actors)
            # "killed *in a raid by* US forces", "wounded *in an Israeli airstrike*", "killed *in a
            # car bomb explosion*" (an unknown bomber), "wounded *by rockets fired from* Lebanon"
            agents = agents or [s for p in verb.children
                                if (p.dep_ == "prep" and p.lower_ == "in") or p.dep_ == "agent"
                                for o in p.children if o.dep_ == "pobj"
                                for s in self._event_sources(o, actors)
                                or (self._other_side(o, actors) if _hostile_or_unknown(code) else [])
                                or self._unidentified(o, actors)]  # fmt: skip
            # "a missile was fired at the coalition *from Yemen*": with no "by", the origin acts
            agents = agents or self._verb_prep_objects(verb, actors, {"from"})
            # "was tortured *in Israeli custody*", "beaten while *in the custody of* Iranian police"
            agents = agents or self._holders(verb, actors)
            # "three soldiers were killed *when Pakistani troops opened fire*": the clause saying how
            agents = agents or self._circumstance_agents(verb, actors)
            if not agents and verb.lemma_.lower() in WORDS.sending:
                # "Rwandan troops *were deployed to* Mozambique": a body sent goes for its own state
                sent = [
                    s for s in self._subjects(verb, actors, _PASSIVE_SUBJECT_DEPS) if kind_of(s) == "agent"
                ]
                return sent, self._verb_prep_objects(verb, actors, {"to", "into"}), True
            # "the strike was carried out by …": the event's authors are its agents, not its patients;
            # a weapon's owner is not acted on by its user ("Iran's missiles, *which* are used by Russia"),
            # but by whoever downs it ("a US drone *was shot down* by the Houthis")
            undergoers = [syntax.antecedent(c) for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
            downed = verb.lemma_.lower() in WORDS.downing
            used = not downed and any(u.lemma_.lower() in WORDS.instruments for u in undergoers)
            patients = (
                []
                if used
                else [s for s in self._subjects(verb, actors, _PASSIVE_SUBJECT_DEPS) if s not in agents]
            )
            if not patients and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
                # "a prisoner died *after being tortured*": the subject of the clause underwent it
                sufferers = self._subjects(verb.head.head, actors, SUBJECT_DEPS)
                patients = [s for s in sufferers if s not in agents]
            if not patients and verb.lemma_.lower() not in _OBSERVING_VERBS:
                # "the ceasefire *between Armenia and Azerbaijan* was mediated by Russia"
                undergoers = [c for c in verb.children if c.dep_ in _PASSIVE_SUBJECT_DEPS]
                undergoers += [verb.head] if syntax.is_passive_participle(verb) else []
                patients = [s for u in undergoers for s in syntax.prep_objects(u, actors, _AMONG)]
            if not patients and verb.lemma_.lower() in WORDS.mediating and syntax.is_passive_participle(verb):
                # "signed a ceasefire agreement, *mediated by* Malaysia": the parties of the clause
                clause = clause_verb(verb.head)
                parties = self._subjects(clause, actors, SUBJECT_DEPS) if clause is not None else []
                patients = parties if len(parties) >= 2 else []
            if agents and not patients and not any(c.dep_ in _PASSIVE_SUBJECT_DEPS and actors.at(c)
                                                   for c in verb.children):  # fmt: skip
                # "the suspect was extradited *to Germany* by Italian authorities": whom it reaches
                patients = self._verb_prep_objects(verb, actors, _VERB_TARGET_PREPS - {"by"})
            return agents, patients, True
        agents = self._subjects(verb, actors, SUBJECT_DEPS)
        lemma = verb.lemma_.lower()
        # "sent troops to Syria", "led a delegation to Berlin": an object the verb's own pattern
        # names is what is sent or led, not whom it reaches
        themes = [c for c in verb.children if c.dep_ == "dobj" and self._is_theme(verb, c, actors)]
        objects = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.pos_ != "ADP" and c not in themes]
        # "the journalist *whom* Russia detained", "a man Iran accused": the noun the clause is on
        relative = [c for c in objects if c.lower_ in syntax.RELATIVE_PRONOUNS]
        objects = self._clause_objects(verb, objects, actors)
        objects = (
            objects
            or relative
            or (
                syntax.shared_objects(verb)
                or syntax.so_called(verb)
                or syntax.reduced_relatives(verb)
                or syntax.modified_object(verb)
            )
        )
        wrong = self._named_wrong(verb)
        if wrong is not None:
            # "called Russia *a terrorist state*": what the object is called is no one acted on
            objects = [c for c in objects if wrong.i not in _own_phrase(c)]
        patients = [s for c in objects for s in self._object_actors(verb, c, actors, code)]
        # "gave *Ukraine* weapons", parsed as a compound of what is given: the receiver
        patients += [s for c in themes for m in c.children if m.dep_ == "compound" and m.pos_ == "PROPN"
                     and m.left_edge.i == verb.i + 1 for s in actors.at(m)]  # fmt: skip
        # "mediated talks *between Russia and Ukraine*": the parties of the object are acted on,
        # unless the verb only comments ("welcomed the agreement between A and B", "highlighted the
        # partnership between the two nations")
        stating = code is not None and code.code.startswith(_STATEMENT_ROOT)
        taking_part = lemma not in _OBSERVING_VERBS and not stating
        # "host a new round *of* talks between …": the parties may hang on what the object counts
        counted = [o for c in objects for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                   for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        # "intervened *in the dispute* between …": a mediator reaches the parties of what it steps into
        stepped_in = (
            [o for p in syntax.preps(verb) for o in syntax.objects_of(p)]
            if code is not None and code.code == _MEDIATE_CODE
            else []
        )
        between = [
            s
            for c in (*objects, *counted, *stepped_in, verb)
            if taking_part
            for s in syntax.prep_objects(c, actors, _AMONG)
        ]
        addressees = self._verb_prep_objects(
            verb, actors, _ADDRESSEE_PREPS - self._carried_preps(verb)
        ) or self._consulted_through_object([*themes, *objects], code, actors)
        # "extradited a Russian spy *to the United States*": material cooperation is with whom the
        # person or thing is handed to
        # ("handed over Israeli *hostages* to the Red Cross" frees the hostages, whoever takes them)
        handed = code is not None and code.code[:2] == _MATERIAL_COOPERATION_ROOT
        handed = handed and not any(_held_people(c) for c in objects)
        if handed and (receivers := self._verb_prep_objects(verb, actors, _RECEIVER_TO)):
            return agents, receivers, False
        if blamed := self._blamed(verb, actors):
            return agents, blamed, False  # "blamed the killing of civilians *on Russia*": whom it is laid on
        if addressees and not any(actors.at(syntax.counted(c)) for c in objects):
            # "delivered the United States' message *to* the Syrian people": the owner of what is
            # delivered is not whom it reaches
            return agents, addressees, False
        # "provided 70 million dollars of aid *for Romania*": the receiver may hang on what is given
        given = [s for c in themes for s in syntax.prep_objects(c, actors, _RECEIVER_PREPS)]
        return (
            agents,
            patients
            or between
            # "invested $2 billion *in* Egypt": verbs whose "in" names whom they act on (words.yaml)
            or self._verb_prep_objects(
                verb, actors, _ACTING_IN_PREPS if lemma in WORDS.acting_in else _VERB_TARGET_PREPS
            )
            or given
            or self._given_for(verb, [*themes, *objects], code, actors)
            or self._aimed_at([*themes, *objects], actors)
            or self._spoken_of(verb, [*themes, *objects], actors)
            or self._summoned_for(verb, actors),
            False,
        )

    @staticmethod
    def _given_for(
        verb: Token, objects: Sequence[Token], code: CameoCode | None, actors: ActorIndex
    ) -> list[Span]:
        """Whom goods of a kind are given or promised *for*: "sent more weapons *for Ukraine*",
        "pledged 14 tanks *for Kyiv*" (words.yaml ``goods_in_kind``); "for" names a purpose
        ("sent troops *for* the parade") unless the verb gives goods of a kind."""
        if code is None or code.code[:2] not in _GIVING_ROOTS:
            return []
        goods = [o for o in objects if _kind_of_goods(syntax.counted(o))]
        if not goods:
            return []
        return [s for head in (verb, *goods) for s in syntax.prep_objects(head, actors, {"for"})]

    def _consulted_through_object(
        self, objects: Sequence[Token], code: CameoCode | None, actors: ActorIndex
    ) -> list[Span]:
        """Whom a consultation is held with, where the parser hangs its "with" inside what is raised:
        "raised Australia's concerns *with China*", "raised concerns about rights in Xinjiang *with
        Beijing*". Only on a noun of no relation of its own ("a dispute *with* Lula" is the dispute's)."""
        if code is None or code.code[:2] != _CONSULT_CODE[:2]:
            return []
        holders = [
            t
            for o in objects
            for t in o.subtree
            if t.pos_ == "NOUN" and self.lexicon.noun(t.lemma_.lower()) is None
        ]
        return [s for h in holders for s in syntax.prep_objects(h, actors, {"with"})]

    def _summoned_for(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """ "summoned the British envoy *to protest* the arrest": a purpose that reaches no one of its
        own is aimed at whom its governing verb summons, recalls or expels."""
        head = verb.head
        if verb.dep_ not in {"xcomp", "advcl"} or not syntax.infinitive(verb):
            return []
        if head.lemma_.lower() not in WORDS.purposing or head.lemma_.lower() in WORDS.means:
            return []
        return [s for c in head.children if c.dep_ == "dobj" for s in actors.of_phrase(c)]

    @staticmethod
    def recalls(sent: Span) -> bool:
        """Whether a sentence may comment on an act the sentence before names, and so relate its one
        actor to that act's author: "Japan *condemned the launch*" (:meth:`_recalled`)."""
        return sent.start > 0 and any(_named_again(token) for token in sent if token.pos_ == "VERB")

    def _recalled(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """Who did the act a verb's definite object names again, when that object names no one:
        "North Korea launched a missile. Japan *condemned the launch*", "Russian forces shelled
        Kharkiv. Kyiv condemned *the shelling*". Only the sentence before is read, for the act's
        verb or noun (words.yaml ``nominalisations``): no link beats a wrong link."""
        named = [c for c in _named_again(verb) if not actors.of_phrase(c)]
        sent = verb.sent
        if not named or sent.start == 0:
            return []
        lemmas = {c.lemma_.lower() for c in named}
        forms = lemmas | {WORDS.nominalisations[lemma] for lemma in lemmas if lemma in WORDS.nominalisations}
        for token in reversed(verb.doc[sent.start - 1].sent):
            if token.lemma_.lower() not in forms:
                continue
            if token.pos_ == "VERB":
                authors = self._subjects(token, actors, SUBJECT_DEPS)
            else:
                authors = actors.modifiers(token) + syntax.prep_objects(token, actors, {"by"})
                if not authors and token.dep_ == "dobj" and token.head.lemma_.lower() in _SUPPORT_VERBS:
                    # "China *imposed* sanctions on … Washington criticised *the sanctions*"
                    authors = self._subjects(token.head, actors, SUBJECT_DEPS)
            if authors:
                return authors
        return []

    def _aimed_at(self, objects: list[Token], actors: ActorIndex) -> list[Span]:
        """Whom what a verb uses is aimed at: "detonated an IED *targeting* an AMISOM convoy",
        "fired a rocket *aimed at* an army post"."""
        participles = [p for c in objects for p in c.children
                       if p.dep_ in {"acl", "relcl"} and p.lemma_.lower() in WORDS.aiming]  # fmt: skip
        aimed = [o for p in participles for o in p.children if o.dep_ == "dobj"]
        preps = [x for p in participles for x in syntax.preps(p) if x.lower_ in _LAUNCHED_PREPS]
        aimed += [o for x in preps for o in syntax.objects_of(x)]
        named = [s for o in aimed for s in actors.of_phrase(o)]
        # "a police patrol *in Kabul*": the place says where the target was, when one is named
        return [s for s in named if kind_of(s) != "place"] or named

    def _spoken_of(self, verb: Token, objects: list[Token], actors: ActorIndex) -> list[Span]:
        """Whom a statement's object is about: "expressed concern *over China's* buildup", "voiced
        anger *at Turkey*". Only for an object the verb's pattern names, coding words rather than
        deeds (quad classes 1 and 3), and never a place ("held talks *at Geneva*")."""
        named = [c for c in objects if self.lexicon.takes_object(verb.lemma_, self._object_lemma(verb, c))]
        code = self._verb_code(verb) if named else None
        if code is None or code.quad_class not in _VERBAL_CLASSES:
            return []
        # the parser hangs "at …" on the object or on the verb: "voiced satisfaction *at* the decision"
        topics = [o for c in (*named, verb) for p in c.children
                  if syntax.is_prep(p) and p.lower_ in _TOPIC_PREPS
                  for o in syntax.objects_of(p)]  # fmt: skip
        # "regret about the remarks *of the Ugandan president*": what is spoken of stands for its author,
        # but "of" names whom an act reaches where the act is a relational noun ("over the deportation
        # *of children*": the children are not its authors)
        return [s for o in topics for s in [s for s in actors.of_phrase(o) if kind_of(s) != "place"]
                or syntax.prep_objects(o, actors, _AUTHOR_PREPS | self._of_its_author(o))]  # fmt: skip

    def _of_its_author(self, noun: Token) -> set[str]:
        """ "of" when it may name who did what ``noun`` names: not where the noun's entry has "of"
        for whom its act reaches ("the deportation *of* children", "the invasion *of* Ukraine")."""
        entry = self.lexicon.noun(noun.lemma_.lower())
        return set() if entry is not None and "of" in {str(slot) for slot in entry.target} else {"of"}

    def _held_by(self, protesters: list[Span], actors: ActorIndex) -> list[Span]:
        """ "Palestinian prisoners *in an Israeli jail* began a hunger strike": protesters held or
        gathered somewhere protest to whoever holds that place."""
        return [s for p in protesters for s in syntax.prep_objects(p.root, actors, _HELD_PREPS)]

    def _clause_subjects(self, head: Token, actors: ActorIndex, deps: AbstractSet[str]) -> list[Span]:
        """The subjects of the clauses ``head`` takes: whom a verb makes or lets act ("helped
        *Haiti* rebuild"), of whom a demand noun asks ("the demand *that Germany* pay"); a clause
        opened by "for" always counts ("called *for Iran* to release", "arranged for China to host")."""
        return [s for c in head.children if c.dep_ in deps or syntax.for_clause(c)
                for subject in c.children if subject.dep_ in SUBJECT_DEPS
                for s in actors.of_phrase(subject)]  # fmt: skip

    def _perspective(self, noun: Token, actors: ActorIndex) -> tuple[Token, list[Span]]:
        """The clause a relationship noun's own clause depends on and its subjects: "ties with Moscow
        have soured, *the minister said*", "Serbia put its army on alert *as* tensions with Kosovo
        rose"; none where the noun is no clause's subject."""
        clause = noun.head
        if noun.dep_ != "nsubj" or clause.pos_ not in {"VERB", "AUX"}:
            return noun, []
        heads = [clause.head] if clause.dep_ in _PERSPECTIVE_DEPS else []
        heads += [c for c in clause.children if c.dep_ == "parataxis"]
        for head in heads:
            subjects = self._subjects(head, actors, SUBJECT_DEPS)
            if subjects:
                return head, subjects
        return noun, []

    def _own_pronouns(self, modifiers: list[Span], governor: list[Span]) -> bool:
        """Whether the modifiers are pronouns standing for the governing subject ("Japan offered *its*
        condolences"); "backs Mali in *their* fight" stands for someone else."""
        subjects = {s.label_ for s in governor}
        return all(s.root.pos_ == "PRON" and s.label_ in subjects for s in modifiers)

    def _authors(self, act: Token, actors: ActorIndex) -> list[Span]:
        """Who did an act a noun names: its owner or adjective ("*Israel's* strikes"), its "by" or
        "of", the "by" of a participle after it ("a law *signed by* President Macron"); a noun
        before it last, as it may name the topic ("the *Taiwan* remarks of its prime minister")."""
        entry = self.lexicon.noun(act.lemma_.lower())
        # "the arrest *of* activists" names whom it befell, "the remarks *of* its prime minister" who spoke
        befell = (entry is not None and "of" in entry.target) or act.lemma_.lower() in WORDS.fates
        words = {"by"} if befell else {"by", "of"}
        named = syntax.prep_objects(act, actors, words) + self._participle_authors(act, actors)
        owners = [s for s in actors.modifiers(act) if s.root.dep_ != "compound"]
        found = owners + named or actors.modifiers(act)
        if found or entry is None or entry.code[:2] not in self.places.authority_roots:
            return found
        # "concerned about the arrests of journalists *in Turkey*": an act of authority no one is named
        # behind is the state's where it happened (data/rules/places.yaml)
        where = set(self.places.authority_prepositions)
        befallen = syntax.phrase_objects(act, {"of"})
        places = [s for h in (act, *befallen) for s in syntax.prep_objects(h, actors, where)]
        return [s for s in places if s.root not in befallen]  # not "*journalists in Turkey*" themselves

    def _unidentified(self, token: Token, actors: ActorIndex) -> list[Span]:
        return [s for s in actors.at(token) if s.label_ == _UNIDENTIFIED]

    def _is_theme(self, verb: Token, obj: Token, actors: ActorIndex) -> bool:
        """Whether a direct object is what is given, sent or led ("sent *troops*", "provided 125
        *soldiers*", "leads a *delegation*"): a pattern of the verb names it, coding an act of
        handing over or meeting, and it names no one in particular ("the Iraqi government" is
        someone)."""
        # ("sent *dozens of* workers": what is counted is what is sent)
        lemma, noun = verb.lemma_.lower(), syntax.counted(obj).lemma_.lower()
        if obj.dep_ != "dobj" or self.lexicon.noun(noun) is not None:
            return False  # an event ("lifted a *blockade* on …") is acted on, not handed over
        code = self.lexicon.verb(lemma, objects=[noun])
        if code is None or code.code[:2] not in _HANDLING_ROOTS:
            return False
        if code.code.startswith(_RELEASED_PEOPLE) and lemma not in _EXCHANGE_VERBS:
            return False  # "released four *Israeli* hostages": people released are acted on, not handed
            # over; people exchanged pass between the two sides ("swapped prisoners with Ukraine")
        # a show of force or a withdrawal moves forces whether or not a pattern names them
        # ("massed *troops*", "will withdraw *its peacekeeping force*")
        # ("*shadowed* a Philippine vessel" moves no one's forces: it confronts the vessel's owner)
        moved = code.code[:2] in _MOVING_ROOTS and lemma not in WORDS.confronting
        named = self.lexicon.takes_object(lemma, noun) or moved
        # "abandoned *France's* outposts" names whose they are: not a thing handed over
        return named and all(kind_of(s) == "generic" for s in actors.of_phrase(obj, places=False))

    def _verb_prep_objects(
        self, verb: Token, actors: ActorIndex, preps: AbstractSet[str] = _VERB_TARGET_PREPS
    ) -> list[Span]:
        return [
            s
            for prep in syntax.preps(verb)
            if syntax.preposition(prep) in preps
            for pobj in syntax.objects_of(prep)
            if not self._aid_along(prep, pobj)
            for s in self._object_actors(verb, pobj, actors)
        ]

    def _carried_preps(self, verb: Token) -> set[str]:
        """The prepositions a verb that comments on an act carries for the act's noun, after it: the
        parser hangs "condemned Iran's supply of drones *to* Russia" on the verb, whose subject
        addresses no one there (as it does in "protested *to* Beijing")."""
        if verb.lemma_.lower() not in _OBSERVING_VERBS:
            return set()
        acts = [(c, entry) for c in verb.children if c.dep_ == "dobj" and (entry := self._entry_of(c))]
        return {
            p.lower_
            for c, entry in acts
            for p in syntax.preps(verb)
            if p.i > c.i and p.lower_ in entry.target
        }

    def _aid_along(self, prep: Token, pobj: Token) -> bool:
        """ "recaptured Aleppo *with Russian help*", "*with the support of* Iran": aid that comes
        along with an act is its helper's, not someone the act is done with or to."""
        if prep.lower_ != "with":
            return False
        entry = self.lexicon.noun(pobj.lemma_.lower())
        return (
            entry is not None
            and not entry.symmetric
            and (entry.code[:2] == "07" or entry.relation == "support")
        )

    def _object_actors(
        self, verb: Token, obj: Token, actors: ActorIndex, code: CameoCode | None = None
    ) -> list[Span]:
        """The actors a verb's object stands for.

        An object naming an event of two sides ("dealt with the *Syrian* conflict") or one the
        verb only qualifies ("reiterated the UK's commitment") stands for no one but itself. Help
        that a verb ``code``d as reducing it cuts reaches its recipient ("vetoed EU aid *for
        Ukraine*"), as CAMEO's 16x codes it, not its giver.
        """
        entry = self.lexicon.noun(obj.lemma_.lower())
        if code is not None and code.code[:2] == "16" and entry is not None and not entry.symmetric:
            recipients = syntax.prep_objects(obj, actors, {str(slot) for slot in entry.target})
            if recipients and self.lexicon.code(entry.code).quad_class <= 2:
                return recipients
        if verb.lemma_.lower() in WORDS.means and obj.dep_ == "dobj":
            own = actors.at(obj)  # "used *Iranian* drones": a means, whoever made it; "used *civilians*"
        elif verb.lemma_.lower() in _SUPPORT_VERBS and obj.dep_ != "pobj":
            # "reiterated *the UK's* commitment" is the UK's own; "launched missiles at *Saudi* cities" is not
            own = actors.at(obj)
        elif entry is not None and entry.symmetric:
            # "abandoned *Canada's* truce" acts on Canada; "dealt with the *Syrian* conflict" on no one
            own = actors.of_phrase(obj, places=entry.held_alone)
        else:
            own = actors.of_phrase(obj)
        # "rejected calls *by Annan*", "dismissed a proposal *from France*": what is acted on is its author's;
        # "boycott all contact *with the United States*": or whom the object itself reaches
        # "protested the bombing *of Kyiv*", "condemned the *arrest* of a French journalist",
        # "welcomed sanctions *on Iran*": whoever comments on a hostile act is not acting on its victim
        violent = entry is not None and entry.code[:2] in _HOSTILE_ACT_ROOTS
        # "condemned the *overthrow* of Morsi" speaks for its victim; "welcomed the defeat of ISIS" does not
        ousted = obj.lemma_.lower() in WORDS.ousting and self._hostile(verb)
        victims = (violent or ousted) and verb.lemma_.lower() in _OBSERVING_VERBS
        # "*called* the attack a war crime": the wrong is its author's, whatever the pattern of the act
        accused = self._named_wrong(verb) is not None
        if violent and obj.dep_ == "dobj" and not accused and self._judged_for_its_patient(verb, obj):
            # "welcomed the *arrest* of ISIS suspects by Turkish police" (110), "criticised the
            # *detention* of opposition leaders" (052): the pattern judges the act for whom it befalls
            return syntax.prep_objects(obj, actors, self._inner_target_preps(obj))
        # "protested the incursion *of* Chinese ships", "the withdrawal *of* Russian troops": the
        # prepositions an act noun names its author after
        authors = _AUTHOR_PREPS | (({str(slot) for slot in entry.source} - _SLOT_WORDS) if entry else set())
        # a participle's "by" authors what is made or done, not people ("a suspect *wanted by* Interpol")
        authored = not (entry is not None and entry.symmetric) and not _names_people(obj)
        return (
            own
            or syntax.prep_objects(obj, actors, authors)
            # "demanded the release of two Americans *jailed by Russia*": of whoever holds them
            or self._captors(obj, entry, actors)
            # "rejected a proposal *put forward by* Kenya"; "agreed to a ceasefire *brokered by* Qatar"
            # is the parties' own, its broker's or signatories' no more than "a ceasefire between" is
            or (self._participle_authors(obj, actors) if authored else [])
            or self._misplaced_authors(verb, actors)
            or _aboard(obj, actors)
            or (
                syntax.prep_objects(obj, actors, self._inner_target_preps(obj))
                if obj.dep_ == "dobj" and not victims
                else []
            )
            or (self._reported_subjects(obj, actors) if verb.lemma_.lower() in _OBSERVING_VERBS else [])
            or self._asked_with(verb, obj, actors)
        )

    def _asked_with(self, verb: Token, obj: Token, actors: ActorIndex) -> list[Span]:
        """ "rejected calls *for talks with the RSF*": who refuses what is asked of it refuses
        those the cooperation asked for would reach (words.yaml ``asking``)."""
        if obj.lemma_.lower() not in WORDS.asking or not self.governors.refuses(verb):
            return []
        fors = [p for p in obj.children if syntax.is_prep(p) and p.lower_ == "for"]
        entries = [(noun, self._entry_of(noun)) for p in fors for noun in syntax.objects_of(p)]
        return [
            s
            for noun, entry in entries
            if entry is not None and self.lexicon.code(entry.code).quad_class <= 2
            for s in syntax.prep_objects(noun, actors, set(entry.target))
        ]

    def _misplaced_authors(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """ "opened an investigation into alleged war crimes *by Israeli forces*", "supported the
        offensive *by Kurdish forces*": the parser may hang the "by" of the verb's object on an active
        verb, which has a subject and no agent of its own, as an agent or as a preposition after an
        object that names an act; an infinitive's subject is its controller's ("refused to recognise
        the annexation of Ukrainian regions *by Russia*")."""
        if not any(c.dep_ == "nsubj" for c in verb.children) and verb.dep_ != "xcomp":
            return []
        acts = [c for c in verb.children if c.dep_ == "dobj" and self._is_act(c)]
        # "rejected the proposal *from Kyiv*": or, after a verb answering it, the "from" a noun names
        # its author with ("received aid *from* Germany" is the receiving verb's own "from")
        entry = self._entry_of(acts[0]) if acts and verb.lemma_.lower() in WORDS.responding else None
        sourced = {"by"} | ({"from"} if entry is not None and "from" in entry.source else set())
        return [
            s
            for c in verb.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in sourced and acts and c.i > acts[0].i)
            for o in syntax.objects_of(c)
            for s in actors.of_phrase(o)
        ]

    def _received(self, verb: Token, actors: ActorIndex) -> Iterator[Candidate]:
        """What a verb of receiving takes "from" someone, they give ("Ukraine *received* tanks *from*
        Poland"), coded as the dictionary codes giving the goods (words.yaml ``giving``); a state
        named on the goods made and gave them ("received *Iranian* drones and *North Korean*
        shells"). A relational noun received is the noun's to read ("received economic support
        from Venezuela"), an actor received is hosted ("received *a Russian delegation*")."""
        lemma = verb.lemma_.lower()
        if lemma in WORDS.wresting or syntax.passive_auxiliary(verb):
            return  # "the militants *took* money from traders": taken, not given
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        # ("the first *batch* of F-16 jets from Denmark": the goods counted, and the count's "from")
        goods = [(syntax.counted(g), g) for c in objects for g in conjuncts(c)]
        if not goods or self._hosted(goods[0][0], actors):
            return
        from_verb = self._verb_prep_objects(verb, actors, {"from"})
        receivers = self._subjects(verb, actors, SUBJECT_DEPS)
        for good, count in goods:
            # the dictionary's own "receive weapons" (072) where it has one, else its "provide wheat"
            code = None if self._hosted(good, actors) else self._given(lemma, good.lemma_.lower())
            if code is None or code.quad_class != _MATERIAL_COOPERATION:
                continue
            holders = (good,) if count.i == good.i else (good, count)
            from_good = [s for h in holders for s in syntax.prep_objects(h, actors, {"from"})]
            givers = from_verb or from_good or self._makers(good, code, actors)
            for giver, receiver in ((g, r) for g in givers for r in receivers if g.label_ != r.label_):
                yield Candidate(giver, receiver, verb, code, code.relation, False, "verb-received", verb)

    def _makers(self, good: Token, code: CameoCode, actors: ActorIndex) -> list[Span]:
        """The states named on goods given as aid or trade ("*Iranian* drones"): not a possessor,
        whose "refusal" or "deadline" one accepts is no gift of theirs."""
        if not code.code.startswith(_GOODS_CODES):
            return []
        named = actors.of_phrase(good)
        # "received *Chinese fighter jets*": equipment named with its owner is one agent mention
        equipment = _is_equipment(good)
        return [s for s in named if (s.root.dep_ in {"amod", "compound"} and s.root.head == good)
                or (equipment and s.root == good and kind_of(s) == "agent")]  # fmt: skip

    def _people_handed(self, verb: Token, code: CameoCode | None) -> CameoCode | None:
        """ "*handed over* four hostages to the Red Cross", "*returned* the bodies of 45 Palestinians":
        people held that are given up or given back are released (0841), where the verb alone codes
        goods handed (060) or a return of no kind said (084); words.yaml ``held_people``."""
        if code is None or not (code.code[:2] == _MATERIAL_COOPERATION_ROOT or code.code == _RETURNED):
            return code
        held = any(_held_people(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"})
        return self.lexicon.code(_RELEASED_PEOPLE) if held else code

    def _hosted(self, good: Token, actors: ActorIndex) -> bool:
        """Whether what is received is an actor ("a Russian *delegation*", not its equipment: "Chinese
        *fighter jets*") or a relational noun."""
        named = actors.of_phrase(good)
        hosted = not _is_equipment(good) and any(s.start <= good.i < s.end for s in named)
        return hosted or self.lexicon.noun(good.lemma_) is not None

    def _given(self, lemma: str, noun: str) -> CameoCode | None:
        """How the dictionary codes receiving ``noun`` ("receive weapons" 072), else giving it
        ("provide wheat"); an object it names by another word of its kind reads as that word
        ("weaponry" as "weapon")."""
        for verb in (lemma, WORDS.giving):
            if self.lexicon.takes_object(verb, noun):
                return self.lexicon.verb(verb, objects=[noun])
        for verb in (lemma, WORDS.giving):
            kind = _kind_named(verb, noun, self.lexicon)
            if kind is not None:
                return self.lexicon.verb(verb, objects=[kind])
        return None

    def _holders(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """Who holds those an act befell, as "in custody" says (words.yaml ``holding``): its owner or
        its "of", on the verb or on a "while" clause of it ("beaten *while in the custody of* …")."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "advcl")]
        held = [o for h in heads for p in syntax.preps(h) if p.lower_ == "in" for o in syntax.objects_of(p)
                if o.lemma_.lower() in WORDS.holding]  # fmt: skip
        return [s for o in held for s in actors.modifiers(o) + syntax.prep_objects(o, actors, {"of"})]

    def _circumstance_agents(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """Who did an act of force reported in the passive, as a "when" or "as" clause of another
        act of force says ("were killed when *Pakistani troops* opened fire", "was wounded as
        *police* stormed the camp"); a clause of any other act names no one behind it."""
        if not self._forceful(verb):
            return []
        clauses = [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and any(m.dep_ in {"advmod", "mark"} and m.lower_ in _CIRCUMSTANCE_MARKS for m in c.children)
            and self._forceful(c)
        ]
        # "… when their boat *was shelled by* the Myanmar navy": a passive clause names its agent
        return [
            s
            for c in clauses
            for s in (
                self._agent_phrase(c, actors)
                if any(d.dep_ in _PASSIVE_SUBJECT_DEPS for d in c.children)
                else self._subjects(c, actors, SUBJECT_DEPS)
            )
        ]

    def _forceful(self, verb: Token) -> bool:
        """Whether a verb codes coercion, assault or force (CAMEO 17 to 20)."""
        code = self._verb_code(verb)
        return code is not None and code.code[:2] in _FORCEFUL_ROOTS

    def _judged_for_its_patient(self, verb: Token, obj: Token) -> bool:
        """Whether the verb's dictionary pattern for its object turns the verb's own stance over
        ("welcome" 051, "welcome *arrest*" 110): the pattern is about whom the act befalls."""
        lemma, noun = verb.lemma_.lower(), self._object_lemma(verb, obj)
        if not self.lexicon.takes_object(lemma, noun):
            return False
        pattern, default = self.lexicon.verb(lemma, objects=[noun]), self.lexicon.verb(lemma)
        return (
            pattern is not None
            and default is not None
            and (pattern.quad_class <= 2) != (default.quad_class <= 2)
        )

    def _hostile(self, verb: Token) -> bool:
        """Whether the verb, whatever its object, is hostile ("condemn" is, "welcome" is not)."""
        code = self.lexicon.verb(verb.lemma_.lower())
        return code is not None and code.quad_class >= 3

    def _reported_subjects(self, noun: Token, actors: ActorIndex) -> list[Span]:
        """Whom a report that is judged is about: "welcomed the news *that Iraq* had retaken Tikrit",
        "condemned reports that *Pyongyang* had fired". A rejected or denied report is someone else's
        claim about them, and says nothing of the clause's subject."""
        clauses = [c for c in noun.children if c.dep_ in {"acl", "ccomp"}
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]  # fmt: skip
        code = self._verb_code(noun.head) if clauses else None
        denied = noun.head.lemma_.lower() in WORDS.denying
        if code is None or denied or code.code.startswith(_DISOWNING_CODES):
            return []
        return [s for c in clauses for subject in c.children if subject.dep_ in SUBJECT_DEPS
                for s in actors.of_phrase(subject)]  # fmt: skip

    def _participle_authors(self, noun: Token, actors: ActorIndex) -> list[Span]:
        """The "by" of a participle after ``noun`` ("a plan *drafted by France*"), or whom one lays
        it on ("a drone strike *blamed on the United States*", words.yaml ``blaming``)."""
        # "condemns the attack *claimed by* ISIS-K", parsed as a clause: its verb is the participle
        misparsed = [p for p in [syntax.participle_of(noun)] if p is not None]
        # "intercepted a missile *fired from Yemen*": a weapon's origin stands for whoever fired it
        weapon = noun.lemma_.lower() in WORDS.instruments
        return [
            s for acl in [*(c for c in noun.children if c.dep_ == "acl"), *misparsed]
            for s in self._agent_phrase(acl, actors) + self._blamed(acl, actors)
            or (self._verb_prep_objects(acl, actors, {"from"}) if weapon else [])
        ]  # fmt: skip

    def _blamed(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """Whom a verb or participle lays an act on: "*blamed on* the United States", "*attributed
        to* the Pakistani Taliban", "blamed the attack *on Moscow*" (:func:`syntax.laid_on`)."""
        preposition = syntax.laid_on(verb)
        objects = syntax.objects_of(preposition) if preposition is not None else []
        return [s for o in objects for s in self._object_actors(verb, o, actors)]

    def _agent_phrase(self, head: Token, actors: ActorIndex) -> list[Span]:
        """The actors of the "by" phrase of a passive verb or participle ("*by the Taliban*")."""
        agents = [by for by in head.children if by.dep_ == "agent"]
        if not agents and _has_passive_subject(head):
            # "Palestine was recognised *as a state by Spain*": the parser may hang a passive clause's
            # "by" on the role its "as" names; elsewhere a "by" is its noun's own ("liberated after
            # years of *occupation by* ISIS")
            agents = [by for p in syntax.preps(head) if p.lower_ == "as" for o in syntax.objects_of(p)
                      for by in o.children if by.dep_ == "prep" and by.lower_ == "by"]  # fmt: skip
        return [s for by in agents for o in by.children for s in actors.of_phrase(o)]

    def _inner_target_preps(self, obj: Token) -> set[str]:
        """Prepositions of an object that name whom the verb reaches; "of" only after an act
        ("the *removal* of Habyarimana", "the *threat* of Daesh"), not after a quality or a share
        ("the unity *of* the international community", "30% *of* territory")."""
        return _INNER_TARGET_PREPS if self._is_act(obj) else _INNER_TARGET_PREPS - {"of"}

    def _is_act(self, noun: Token) -> bool:
        """Whether a noun names an act ("removal", "defence") or a deed ("the *efforts* of the AU"), as
        its lexicon entry, ending or word class shows."""
        lemma = noun.lemma_.lower()
        return (
            self.lexicon.noun(lemma) is not None
            or noun.lower_.endswith(_ACT_SUFFIXES)
            or lemma in _ACT_NOUNS
            or lemma in WORDS.deeds
            or lemma in WORDS.ousting
        )

    def _subjects(self, verb: Token, actors: ActorIndex, deps: set[str]) -> list[Span]:
        """The actors a verb's subject stands for, inherited where the clause has none of its own."""
        wanted = deps
        if syntax.reduced_relative_root(verb):
            # "A French citizen *detained* in Iran was freed": the misread subject underwent it
            wanted = {*deps, "nsubj"} if deps is _PASSIVE_SUBJECT_DEPS else deps - {"nsubj"}
        # "Egypt and Qatar *are* mediating": the parser may hang the subject on an auxiliary
        own = _one_subject(
            verb, [c for h in (verb, *_auxiliaries(verb)) for c in h.children if c.dep_ in wanted]
        )
        if own:
            if verb.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP"} for c in own):
                own = [self._relative_head(verb, actors)]
            elif verb.dep_ == "ccomp":
                own = [syntax.antecedent(c) for c in own]  # "it was *Qatar* that brokered …"
            found = [s for c in own for s in actors.of_phrase(c) or self._event_sources(c, actors)]
            companions = [s for h in (verb, *own) for s in syntax.companions(h, actors)]
            return found + [s for s in companions if found and s not in found]
        if syntax.is_passive_participle(verb) and deps is _PASSIVE_SUBJECT_DEPS:
            if verb.dep_ == "advcl" and verb.head.pos_ in {"VERB", "AUX"}:
                # "*Backed by Russia*, Syrian troops recaptured Aleppo": the clause's subject undergoes it
                return self._subjects(verb.head, actors, SUBJECT_DEPS)
            return actors.of_phrase(verb.head)
        # "*ECOWAS* imposed sanctions": or for a verb whose object the real verb modifies
        misread = syntax.misread_subject(verb)
        if misread is not None and deps is not _PASSIVE_SUBJECT_DEPS:
            return actors.of_phrase(misread)
        # "*IGAD* condemned the coup": the parser may take an acronym it does not know for an auxiliary
        auxiliaries = [s for c in verb.children if c.dep_ in {"aux", "auxpass"} for s in actors.at(c)]
        if auxiliaries and deps is not _PASSIVE_SUBJECT_DEPS:
            return auxiliaries
        # "after *Moscow* signed a pact": the parser may hang the clause's subject on its conjunction
        marked = [o for m in verb.children if m.dep_ == "mark" and m.i < verb.i
                  for o in m.children if o.dep_ == "pobj"]  # fmt: skip
        if marked and deps is not _PASSIVE_SUBJECT_DEPS:
            return [s for o in marked for s in actors.of_phrase(o)]
        return self._inherited_subjects(verb, actors, deps)

    def _supported(self, noun: Token, actors: ActorIndex) -> list[Span]:
        """ "support for Iraq *in its fight* against ISIL": the one supported is the one fighting."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.head == prep or syntax.amount(noun):
            return []  # "£2 billion *in* aid": the sum the aid comes to, no fight it supports
        head = prep.head
        if head.pos_ not in {"VERB", "AUX"}:
            return syntax.prep_objects(head, actors, _SUPPORTED_PREPS)
        code = self._verb_code(head)
        if code is not None and code.quad_class >= 3:
            return []  # "killed a commander *in a strike*": the one acted on is no one supported
        # "reiterates UK support *for Iraq* in the fight": the object's own target, else the object
        objects = [c for c in head.children if c.dep_ == "dobj"]
        aided = [s for c in objects if self.lexicon.noun(c.lemma_.lower()) is not None
                 for s in syntax.prep_objects(c, actors, _SUPPORTED_PREPS)]  # fmt: skip
        # "stands *by Ukraine* in its fight against …", "sided *with* Kyiv in its war": whom the
        # verb's preposition names
        return (
            aided
            or [s for c in objects for s in actors.of_phrase(c)]
            or self._verb_prep_objects(head, actors, _STOOD_BY_PREPS)
        )

    def _passive_subjects(self, verb: Token, actors: ActorIndex) -> list[Span]:
        """Who a passive verb acts on; a participle clause ("…, aided by Turkey") shares its main
        clause's subject."""
        own = self._subjects(verb, actors, _PASSIVE_SUBJECT_DEPS)
        if own or verb.dep_ != "advcl" or verb.head.pos_ not in {"VERB", "AUX"}:
            return own
        return self._subjects(verb.head, actors, SUBJECT_DEPS)

    def _clause_objects(self, verb: Token, objects: list[Token], actors: ActorIndex) -> list[Token]:
        """``objects`` of ``verb`` but its relative pronouns, and for a relative clause with no object
        of its own the noun it hangs on ("the journalist *whom* Russia detained", "a man Iran accused")."""
        return [c for c in objects if c.lower_ not in syntax.RELATIVE_PRONOUNS] + self._relative_object(
            verb, actors
        )

    def _relative_object(self, verb: Token, actors: ActorIndex) -> list[Token]:
        """The noun a relative clause takes as its object (:func:`syntax.relative_object`), unless a
        "which" hangs on a person ("a message to Khamenei *which* he rejected" is the message)."""
        found = syntax.relative_object(verb)
        if not any(c.lower_ == "which" for c in verb.children):
            return found
        named = [actors.actor(s) for h in found for s in actors.at(h)]
        return [] if any(a is not None and a.type == "person" for a in named) else found

    def _relative_head(self, verb: Token, actors: ActorIndex) -> Token:
        """The noun a relative clause is about: a person for "who", else an event or its head."""
        if any(c.lower_ == "who" for c in verb.children):
            return syntax.person_before(verb, actors)
        return self._event_head(verb, actors)

    def _event_head(self, verb: Token, actors: ActorIndex) -> Token:
        """What a relative clause is about: "ISIL's attacks in the town of Tel Tamer in Hasaka
        Province, *which killed* …" are the attacks, though spaCy hangs the clause on the nearest
        noun. A head that names no actor and no event gives way to the event it is a place of."""
        head = token = verb.head
        # "an attack on a mosque *in Kabul*, which killed …": where it happened did not kill
        located = head.dep_ == "pobj" and head.head.lower_ in _AGENT_WORDS.located_prepositions
        named = actors.of_phrase(head) and head.lemma_.lower() not in PLACE_HEADS and not located
        if named or self.lexicon.noun(head.lemma_.lower()) is not None:
            return head
        while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head != token.head:
            token = token.head.head
            if token.pos_ in {"NOUN", "PROPN"} and self.lexicon.noun(token.lemma_.lower()) is not None:
                return token
        return head

    def _claimed_event(self, verb: Token) -> CameoCode | None:
        """ "atrocities that ISIL *perpetrated* against …", "*committed* attacks on …": a verb of
        carrying out takes its code from the event it carries out."""
        if verb.lemma_.lower() not in _CLAIMING_VERBS:
            return None
        events = [c for c in verb.children if c.dep_ == "dobj" and c.tag_ not in {"WDT", "WP"}]
        if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children):
            events.append(verb.head)
        entries = [self.lexicon.noun(e.lemma_.lower()) for e in events]
        entry = next((e for e in entries if e is not None and e.code[:2] in _VIOLENT_ROOTS), None)
        return self.lexicon.code(entry.code) if entry is not None else None

    def _aimed_event(self, verb: Token) -> CameoCode | None:
        """ "US sanctions *target* Russian banks", "Israeli strikes *hit* Hezbollah positions": an
        act aimed at an object is that act, whatever the verb of aiming codes alone (words.yaml
        ``aiming``); its owner is the verb's subject as the parse gives it."""
        if verb.lemma_.lower() not in WORDS.aiming or not any(c.dep_ == "dobj" for c in verb.children):
            return None
        acts = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        entries = [(a, self.lexicon.noun(a.lemma_.lower())) for a in acts]
        coded = [(a, e) for a, e in entries if e is not None and not e.symmetric and not e.character]
        if not coded:
            return None
        act, entry = coded[0]
        return self._armed(act, self.lexicon.code(entry.code))

    def _answered_authors(self, verb: Token, actors: ActorIndex, agents: list[Span]) -> list[Span]:
        """Whom an answer that names no one is aimed at: the authors of the act it follows ("vowed
        revenge *after an Israeli strike killed* …", "retaliated *after Israel struck* …", "vowed
        revenge *for the killing* of its commander *by Israel*")."""
        answer = [verb, *(c for c in verb.children if c.dep_ in {"dobj", "xcomp"})]
        if not any(t.lemma_.lower() in WORDS.reprisals for t in answer):
            return []
        if verb.dep_ == "xcomp":
            answer.append(verb.head)  # "vowed to retaliate *after* …": the clause may hang on the vow
        acts = [c for t in answer for c in t.children if c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in _ANSWERED_MARKS for m in c.children)]  # fmt: skip
        authors = [s for act in acts for s in self._verb_arguments(act, actors)[0]]
        authors += [s for t in answer for o in syntax.phrase_objects(t, _ANSWERED_PREPS)
                    for s in self._event_sources(o, actors)]  # fmt: skip
        own = {a.label_ for a in agents}
        return [s for s in authors if s.label_ not in own]

    def _event_sources(self, noun: Token, actors: ActorIndex) -> list[Span]:
        """Who is behind an event that acts: "attacks *claimed by Daesh* killed 28 people".

        The owner of the event noun ("ISIL's attacks"), its "by" phrase, the subject of the verb
        that claims or carries it out ("Daesh claimed attacks which …"), or the agent of a
        participle that does ("attacks carried out by …").
        """
        instrument = noun.lemma_.lower() in WORDS.instruments
        entry = self.lexicon.noun(noun.lemma_.lower())
        if noun.pos_ not in {"NOUN", "PROPN"} or (entry is None and not instrument):
            return []
        found = actors.modifiers(noun) + syntax.prep_objects(noun, actors, {"by"})
        claimed = noun.head.head if syntax.is_prep(noun.head) and noun.head.lower_ == "for" else noun
        if claimed.dep_ == "dobj" and claimed.head.lemma_.lower() in _CLAIMING_VERBS:
            # "claimed the bombing", "claimed responsibility *for* the bombing that killed …"
            found += self._subjects(claimed.head, actors, SUBJECT_DEPS)
        if noun.dep_ in SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS and noun.head.lemma_.lower() in _CLAIMING_VERBS:
            # "multiple attacks, *claimed by Da'esh*, have killed …"
            found += self._agent_phrase(noun.head, actors)
        for participle in noun.children:
            # "attacks carried out by …"; any participle of a weapon: "a bomb *planted by* the Taliban"
            if participle.dep_ == "acl" and (instrument or participle.lemma_.lower() in _CLAIMING_VERBS):
                found += self._agent_phrase(participle, actors)
            if participle.dep_ == "acl":
                found += self._blamed(participle, actors)  # "a drone strike *blamed on* the United States"
            if participle.dep_ == "acl" and instrument and not found:
                # "a drone *launched from Lebanon*": with no one named, the place it came from acts
                found += self._verb_prep_objects(participle, actors, {"from"})
        if not found and entry is not None and "from" in entry.source:
            # "killed in a cross-border attack *from Afghanistan*": as the noun's own "from" says
            found = syntax.prep_objects(noun, actors, {"from"})
        return found

    def _entry_of(self, noun: Token) -> RelationalNoun | None:
        """The relational noun ``noun`` heads, compounds first ("air strike", "exchange of fire")."""
        return next(
            (e for form in syntax.compounded(noun) if (e := self.lexicon.noun(form)) is not None), None
        ) or self.lexicon.noun(syntax.hyphenated(noun))

    def _restricts(self, noun: Token, prep: Token) -> bool:
        """Whether ``noun`` names a reduction or restriction (16x, 17x: "tariffs", "a ban") whose
        target ``prep`` introduces."""
        entry = self._entry_of(noun) if noun.pos_ == "NOUN" else None
        return entry is not None and entry.code[:2] in _RESTRICTING_ROOTS and prep.lower_ in entry.target

    def _standing_state(self, obj: Token) -> bool:
        """Whether the object ``obj`` names a state two sides are in, a relationship or a hostility
        ("raised *tensions* with Guyana", "raised *relations* to ambassador level"), or a levy of
        the subject's ("raised *tariffs* on Chinese steel"), not an event."""
        entry = self._entry_of(obj) if obj.dep_ == "dobj" else None
        if entry is not None and obj.lemma_.lower() in WORDS.heightened:
            return True
        return (
            entry is not None
            and entry.symmetric
            and (entry.character or self.character.words.get(obj.lemma_.lower()) == "conflict")
        )

    def _name_tail(self, noun: Token) -> list[Token]:
        """The last word of a relational noun named with "of" ("a memorandum of *understanding*", "an
        exchange of *fire*"), where the parser may hang the noun's own prepositions ("… *with*
        Bangladesh")."""
        lemma = noun.lemma_.lower()
        return [o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"
                and self.lexicon.noun(f"{lemma} of {o.lemma_.lower()}") is not None]  # fmt: skip

    def _other_side(self, noun: Token, actors: ActorIndex) -> list[Span]:
        """ "soldiers were killed in *an exchange of fire with Pakistani troops*", "in clashes *with*
        militants": in a fight of two sides, whoever the victims fought is behind their deaths."""
        entry = self._entry_of(noun)
        fight = entry is not None and entry.symmetric and entry.code[:2] in _HOSTILE_ACT_ROOTS
        return syntax.prep_objects(noun, actors, {"with"}) if fight else []

    def _inherited_subjects(self, verb: Token, actors: ActorIndex, deps: set[str]) -> list[Span]:
        """Subjects of coordinated verbs, purpose clauses and complements of adjectives and nouns."""
        head = verb.head
        doer = syntax.bare_infinitive_misread(verb, _BARE_INFINITIVE_GOVERNORS)
        if doer is not None:
            return actors.of_phrase(doer)  # "for helping *militants* join an armed group"
        if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
            return self._subjects(head, actors, deps | SUBJECT_DEPS)
        if verb.dep_ in {"acomp", "attr"} and head.pos_ in {"VERB", "AUX"}:
            return self._subjects(head, actors, SUBJECT_DEPS)  # "the UK *is committed* to …"
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            # "warned Iran *against attacking*", "accused Russia *of shelling*": the object does it
            governor = syntax.prep_governor(head)
            # ("charged five men *with attacking* a patrol": a judge's "with" names the act judged)
            judging_with = head.lower_ == "with" and governor.lemma_.lower() in WORDS.judging
            if (head.lower_ in _OBJECT_PCOMP_PREPS or judging_with) and governor.pos_ in {"VERB", "AUX"}:
                # ("a man Iran accused *of spying*": the object of a relative clause is its noun;
                # "Rwanda *was accused* by UN experts of arming …": a passive's subject is its object)
                objects = self._clause_objects(
                    governor, [c for c in governor.children if c.dep_ in {"dobj", "nsubjpass"}], actors
                )
                done_by = [s for c in objects for s in actors.of_phrase(c)]
                # ("accused Western agencies *of helping* Ukraine": an accused no actor names does it
                # still, not the accuser; "accused *each other*" stands for the accusers)
                judged = governor.lemma_.lower() in WORDS.judging and not syntax.each_other(governor)
                if done_by or (objects and judged):
                    return done_by
            # "committed *to defeating*", "in its effort *of supporting*"
            return self._controller(governor, actors)
        infinitive_relative = verb.dep_ == "relcl" and syntax.infinitive(verb)
        if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"} and not syntax.infinitive(verb):
            # "insurgents *crossing* the border": a participle's subject is the noun it qualifies
            return actors.of_phrase(head) or self._issuers(head, actors)
        effort = syntax.effort_before(verb)
        owners = _effort_owners(effort, actors) if effort is not None else []
        if effort is not None and all(kind_of(m) == "pronoun" for m in owners):
            # "backed Kyiv in *its* efforts to repel …": the pronoun is the one supported, whoever
            # coreference picked
            owners = self._supported(effort, actors) or owners
        if owners:
            # "supported Iraqi forces in *their campaign* to defeat ISIL": spaCy may hang the
            # infinitive on the verb; it completes the effort noun just before it
            return owners
        stopped = self.governors.governing_object(effort) if effort is not None else None
        if stopped is not None and stopped[0].unsaid:
            return []  # "police *foiled* a plot to bomb the consulate": the plot is not the police's
        reporter = _report_before(verb)
        if reporter is not None:
            # "three soldiers were killed, *Ankara said, blaming* Kurdish militants": a participle
            # just after a reporting clause is the reporter's, wherever the parser hangs it
            return self._subjects(reporter, actors, SUBJECT_DEPS)
        if verb.dep_ in {"xcomp", "advcl", "acl"} or infinitive_relative:
            return self._controller(head, actors, verb)
        return []

    def _issuers(self, document: Token, actors: ActorIndex) -> list[Span]:
        """Who says what a document no one is named behind says: "the EU *issued* a statement
        condemning Russia" (words.yaml ``documents``)."""
        verb = document.head
        if document.dep_ != "dobj" or document.lemma_.lower() not in WORDS.documents:
            return []
        return self._subjects(verb, actors, SUBJECT_DEPS) if verb.lemma_.lower() in WORDS.issuing else []

    def _controller(self, head: Token, actors: ActorIndex, verb: Token | None = None) -> list[Span]:
        """Who does what an infinitive says: the subject of its verb, the owner of its noun.

        The object of the governing verb does it when the verb is one of control ("urged Israel
        to strike") or the infinitive complements an object that is an actor ("supports the
        Opposition to defend civilians", "provides soldiers to train the army").
        """
        if head.pos_ in {"VERB", "AUX"}:
            objects = [c for c in head.children if c.dep_ == "dobj" and (verb is None or c.i < verb.i)]
            by_object = [s for c in objects for s in actors.of_phrase(c)]
            # "summoned the envoy *to protest*": the summoner's purpose, not the envoy's act
            purpose = head.lemma_.lower() in WORDS.purposing
            complement = verb is not None and verb.dep_ == "xcomp" and not purpose
            if head.lemma_.lower() in _OBJECT_CONTROL or (by_object and complement):
                return by_object
            return self._subjects(head, actors, SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS)
        if (
            head.pos_ in {"ADJ", "NOUN"}
            and head.dep_ in {"acomp", "attr"}
            and head.head.pos_ in {"VERB", "AUX"}
        ):
            # "committed to defeating", "was the first to congratulate Trump"
            return self._subjects(head.head, actors, SUBJECT_DEPS | _PASSIVE_SUBJECT_DEPS)
        if head.pos_ in {"NOUN", "PROPN"}:
            # "their determination to defeat ISIL", "the coalition's campaign to degrade ISIL",
            # "meets to enhance efforts to counter ISIL"
            return actors.at(head) or _effort_owners(head, actors) or self._governing_subject(head, actors)[1]
        return []

    # -- nouns -----------------------------------------------------------------------------
    def _nominal(self, noun: Token, actors: ActorIndex) -> Iterator[Candidate]:
        if not any(self.lexicon.may_head_a_relation(word) for word in (noun.lemma_, noun.lower_)):
            return  # most nouns: no relational noun is made on them
        entry = self._entry_of(noun)
        # "Russia and Belarus are *close allies*": a relational noun read as a generic actor still relates
        # "China is *our most important partner*": a partner a possessive seems to own is another
        owned = noun.lemma_.lower() not in NOT_OWNED
        named = owned and any(kind_of(s) != "generic" for s in actors.at(noun))
        if entry is None or named or self._asked_for(noun):
            return
        if noun_key(noun) in STANCE_HEADS and not is_stance(noun):
            return  # "lost the election to *the opposition*": a party, no stance taken
        coded = self._noun_code(noun, entry)
        if coded is None:
            return
        code, relation = coded
        if (kind := self._in_kind(code, noun)) is not None and kind != code:
            code, relation = kind, kind.relation  # "Iran's *supply* of drones to Russia" is military aid
        # "the agreement reached yesterday between A and B": the participle may carry the parties
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl")]
        if noun.dep_ == "nsubj" and noun.head.pos_ in {"VERB", "AUX"}:
            holders.append(noun.head)  # "fighting *erupted* between Ethiopia and Eritrea"
        between = [s for h in holders for s in syntax.prep_objects(h, actors, _AMONG)]
        if entry.symmetric and len(between) < 2:
            # "the agreement *reached by* Armenia and Azerbaijan": the parties who concluded it (a verb
            # that codes the event itself, "signed by", is read as a verb)
            between += [s for h in holders[1:] if h.dep_ == "acl" and h.lemma_.lower() in WORDS.concluding
                        and self._verb_code(h) is None
                        for by in h.children if by.dep_ == "agent" for o in syntax.objects_of(by)
                        for s in actors.of_phrase(o) if s not in between]  # fmt: skip
        if entry.symmetric and len(between) < 2 and code.code[:2] == _CONSULT_CODE[:2]:
            # "a trilateral summit *of* Japan, South Korea and the United States": a meeting's "of"
            # names its parties when it names several
            attending = syntax.prep_objects(noun, actors, {"of"})
            between = attending if len(attending) >= 2 else between
        # "Egypt's mediation *between* Israel and Hamas": a noun whose source is another reaches both
        aimed = "between" in entry.target and "between" not in entry.source
        if len(between) >= 2 and not aimed:
            for first, second in syntax.pairs(between):
                yield Candidate(first, second, noun, code, relation, True, "noun-between", noun)
            return
        modifiers = actors.modifiers(noun)
        if "self" in entry.source + entry.target:
            # a noun that names a person ("supporters") is no act of whoever governs it: "police
            # fired tear gas at opposition *supporters*" says nothing of whom the police support
            selves = syntax.named_by(noun, actors)
            if selves:
                yield from self._named_relation(noun, entry, selves, modifiers, actors, code, relation)
            return
        # "captured by X *with the support of* Y": Y supports whoever does the capturing
        aiding = noun.dep_ == "pobj" and noun.head.lower_ == "with" and code.quad_class <= 2
        target_preps = {str(slot) for slot in entry.target} - _SLOT_WORDS - ({"of"} if aiding else set())
        # "the threat *of* Daesh", "the aid *of* Jordanian officers": "of" marking no target marks the owner,
        # unless the noun takes something "from" someone ("the liberation *of Mosul* from ISIL": taken)
        owner_of = set() if "from" in target_preps else {"of"} - target_preps
        source_preps = ({str(slot) for slot in entry.source} - _SLOT_WORDS) | owner_of
        # "launched an inquiry *into* the deaths of …": a support verb may carry the noun's preposition;
        # so may a verb that comments on it, after it ("condemned Iran's supply of drones *to Russia*")
        carrier = noun.head if noun.dep_ == "dobj" else None
        supporting = carrier is not None and carrier.lemma_.lower() in _SUPPORT_VERBS
        carried = self._carried_preps(carrier) if carrier is not None else set()
        inner = [o for c in ([noun, carrier] if carrier is not None else [noun]) for prep in c.children
                 if syntax.is_prep(prep) and prep.lower_ in target_preps
                 and (c is noun or supporting or prep.lower_ in carried)
                 for o in prep.children if o.dep_ == "pobj"]  # fmt: skip
        probing = code.code[:2] in _PROBING_ROOTS
        targets = (
            (between if aimed else [])
            # "a memorandum of understanding *with Bangladesh*": the noun's name may carry its preposition,
            # and so may the sum it is counted in ("£2 billion in aid *for Ukraine*")
            or [
                s
                for h in (noun, *self._name_tail(noun), *syntax.amount(noun))
                for s in syntax.prep_objects(h, actors, target_preps)
            ]
            # "condemned Iran's supply of drones *to Russia*", parsed on the verb that comments
            or [s for o in inner if o.head.head == carrier and o.head.lower_ in carried for s in actors.at(o)]
            # "new sanctions *targeting* Russian oligarchs": a participle of aiming names the target
            or self._aimed_at([noun], actors)
            # "attacks by armed groups *against civilians*", "the recapture of Baga *from Boko Haram*": the
            # parser may hang the target on the author or on what the act takes
            or [
                s
                for o in syntax.phrase_objects(noun, source_preps | {"of"})
                for s in syntax.prep_objects(o, actors, target_preps - {"of"})
            ]
            # "demonstrations against violations *by the Israeli military*": an act stands for its author
            or [s for o in inner for s in syntax.prep_objects(o, actors, _AUTHOR_PREPS)]
            # "a ban on exports *to Russia*": a restriction falls on whom the trade it restricts reaches
            or [
                s
                for o in inner
                if code.code[:2] in _RESTRICTING_ROOTS
                for s in syntax.prep_objects(o, actors, self._inner_target_preps(o))
            ]
            or (self._misplaced_authors(noun.head, actors) if inner and noun.dep_ == "dobj" else [])
            # "its veto on *Sweden's* membership bid": what someone owns stands for them
            or [
                s
                for o in inner
                if o.lemma_.lower() not in TIE_NOUNS
                for c in o.children
                if c.dep_ == "poss"
                for s in actors.at(c)
            ]
            # "its commitment to the defence *of South Korea*": or for whom it is done
            or [s for o in inner if self._is_act(o) for s in syntax.prep_objects(o, actors, {"of"})]
            # "an inquiry into the deaths *of Ugandan protesters*": an inquiry is about whom it names
            or [s for o in inner if probing for s in syntax.prep_objects(o, actors, _PROBED_PREPS)]
            # "Poland's demand *that Germany* pay reparations": a demand is made of its clause's subject
            or (
                self._clause_subjects(noun, actors, {"acl", "ccomp"})
                if code.code[:2] in _DEMANDING_ROOTS
                else []
            )
        )
        if entry.targets:
            targets = [t for t in targets if (a := actors.actor(t)) is not None and a.type in entry.targets]
        sources = syntax.prep_objects(noun, actors, source_preps)
        sources = sources or [s for s in self._captors(noun, entry, actors) if s not in targets]
        if (
            not sources
            and not modifiers
            and noun.dep_ == "dobj"
            and "by" in source_preps
            and all(actors.of_phrase(o) for o in inner)
        ):
            # "supported the assault *by Syrian troops on Aleppo*": the parser may hang the noun's
            # author, and then its target, on the verb ("an inquiry into crimes *by* …": the crimes' author)
            sources = self._misplaced_authors(noun.head, actors)
            aimed_at = self._verb_prep_objects(noun.head, actors, target_preps - {"by"}) + [
                t for s in sources for t in syntax.prep_objects(s.root, actors, target_preps - {"of"})
            ]
            targets = targets or [s for s in aimed_at if s not in sources]
        # ("*Saudi and Emirati* financial support", "*US-Israeli* strikes": adjectives joined on a
        # one-sided act name its authors; headline names before a verb taken for a noun stay sides:
        # "Chile and Peru trade blame")
        coauthors = not entry.symmetric and any(
            m.root.head != noun and m.root.head.dep_ == "amod" and m.root.head.head == noun for m in modifiers
        )
        # ("renewed *their* defence pact": one plural pronoun is the governing sides', read below)
        named_apart = len({m.start for m in modifiers}) >= 2
        if named_apart and not targets and not sources and not coauthors:
            for first, second in syntax.pairs(modifiers):
                yield Candidate(first, second, noun, code, relation, entry.symmetric, "noun-pair", noun)
            return
        clause, governor = self._governing_subject(noun, actors)
        if targets and not (governor or modifiers or sources) and entry.symmetric and code.quad_class % 2:
            # "Relations with Moscow have soured, *the Finnish prime minister* said": a standing
            # relationship no one owns is the side of whoever speaks of it or acts as it changes
            clause, governor = self._perspective(noun, actors)
        if not targets and governor and self._author_of_topic(noun, sources, actors, target_preps):
            # "the court opened an inquiry into war crimes *by Serbian forces*": the parser hangs the
            # crime's author on the inquiry, which its governing subject opened
            sources, targets = [], sources
        # "Japan and Australia *enjoy* warm relations", "were locked *in* a perpetual war"
        # the subjects share the noun's relationship only when it is what their verb is about
        # "share a long tradition *of* defence cooperation": what the object is made of is held too
        # ("exchanged prisoners *of war*" names people, not a war between the subjects)
        made_of = (
            noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ in {"dobj", "attr"}
            and not actors.at(noun.head.head)
        )  # fmt: skip
        # ("share an open border *and deep cultural ties*": a coordinated object is held as the first)
        # ("the Saudi-Iranian *rivalry* has shaped conflicts": what a relationship does is not its sides')
        sides = len(governor) >= 2 and not any(
            s.root.dep_ in MODIFIER_DEPS and self._entry_of(s.root.head) is not None for s in governor
        )
        held = (syntax.first_conjunct(noun).dep_ in {"dobj", "attr"} or made_of) and sides
        # "the UK and Argentina fought *the Falklands War*": a name inside what two sides hold is no third
        if entry.symmetric and not targets and not sources and (held or not modifiers):
            parties = governor if held else syntax.state_holders(noun, actors)
            if len(parties) >= 2:
                for first, second in syntax.pairs(parties):
                    yield Candidate(first, second, noun, code, relation, True, "noun-pair", clause)
                return
            if parties and noun.dep_ == "pobj":
                # "Colombia has been at war *with* the ELN": the preposition hangs on the verb
                governor = parties
                clause = noun.head.head
        if entry.symmetric and not targets and not sources and _shared_owner(modifiers):
            # "Nigeria and Niger said *their* relations had soured", "…, *whose* ties are close": one
            # pronoun standing for coordinated sides owns the relationship of the two
            for first, second in syntax.pairs(modifiers):
                yield Candidate(first, second, noun, code, relation, True, "noun-pair", noun)
            return
        rule = "noun"
        presupposed = False
        supported = self._supported(noun, actors)
        # "backed Kyiv in *its* war with Moscow": the pronoun is the one supported, whoever coreference picked
        # (one is supported in a fight, not in cooperation: "deployed troops *in support of* the
        # Tripoli government" is the subject's support, "accepted mediation *in talks* with the
        # opposition" the subject's talks)
        fought = code.quad_class >= _VERBAL_CONFLICT
        if not sources and fought and all(kind_of(m) == "pronoun" for m in modifiers) and supported:
            sources, rule = supported, "noun-supported"
        if not sources and not modifiers and (noun.dep_ == "pobj" or targets):
            # "the Taliban claimed responsibility *for* the attack on …": its claimant is its author
            sources = [s for s in self._event_sources(noun, actors) if s not in targets]
        if (
            not (sources or modifiers or governor)
            and targets
            and code.code[:2] in self.places.authority_roots
        ):
            # "the arrest of a French journalist *in Iran*": an act of authority no one is named behind
            # is the state's where it happened, as in the passive (data/rules/places.yaml)
            where = set(self.places.authority_prepositions)
            sources = [
                s for h in (noun, *inner) for s in syntax.prep_objects(h, actors, where) if s not in targets
            ]
        if sources:
            # "Iran sought support *from* Russia": the one who seeks is the one supported
            seeker = rule == "noun" and bool(syntax.prep_objects(noun, actors, {"from"}))
            targets = targets or (governor if seeker or aiding else [])
            presupposed = _presupposed(noun, clause, sources, governor)
        elif modifiers and governor and _owners_favoured(entry, modifiers):
            # "the US revoked *Ethiopia's* trade privileges": what the owner is granted, the governing
            # subject grants or withdraws
            sources, targets, rule = governor, modifiers, "noun-governed"
        elif modifiers and not self._own_pronouns(modifiers, governor):
            sources = modifiers
            presupposed = _presupposed(noun, clause, sources, governor)
        elif governor and (givers := self._givers(clause, noun, code, actors)):
            # "Cuba received economic support *from Venezuela*", "Lithuania faced coercion *from*
            # Beijing": the parser hangs "from" on the verb
            sources, targets, rule = givers, governor, "noun-received"
        elif (
            governor
            and not _owned_by_no_actor(noun)
            and not (entry.speech_act and _answering_verb(noun) is not None)
            and not self._brokered(noun, entry, clause)
        ):
            # ("Mexico *declined an invitation* to the G7 summit": whoever answers it did not make it)
            # "offered *its* condolences to Turkey": the pronoun stands for the governing subject
            sources, rule = governor, "noun-governed"
            # "provided support *to Kyiv*", "gave *Somalia* support": the verb carries the noun's
            # other side, unless the noun names its own ("the fight *against terrorism*")
            own_target = any(syntax.is_prep(p) and p.lower_ in target_preps for p in noun.children)
            # "blocked EU aid to Ukraine *at the summit*": an event named as the setting of another
            # lends it no parties
            setting = _setting(noun)
            # "recalled their ambassadors to Israel *for consultations*": an envoy brought home for
            # talks is consulted at home, not in the country left
            at_home = (
                noun.dep_ == "pobj"
                and noun.head.lower_ == "for"
                and clause.lemma_.lower() in _AGENT_WORDS.bringing_home
            )
            if _partaken(noun):
                return  # "called on all parties *to the conflict*": the parties', not the caller's
            if clause is not noun and not own_target and not setting and not at_home:
                datives = [s for c in clause.children if c.dep_ == "dative" and c.pos_ != "ADP"
                           for s in actors.of_phrase(c)]  # fmt: skip
                # "approved aid *for* Taiwan": the noun's own preposition, attached to the verb
                preps = _VERB_TARGET_PREPS | target_preps
                targets = targets or datives or self._verb_prep_objects(clause, actors, preps)
        if sources and not targets:
            # "Russia *faces* EU sanctions", "Iran has been *under* US sanctions", "Pakistan
            # *received* Chinese loans": who undergoes or receives it
            targets = [s for s in self._undergoers(noun, actors) if s not in sources]
        if (
            sources
            and not targets
            and (answering := _answering_verb(noun)) is not None
            and code.quad_class != _MATERIAL_CONFLICT  # "welcomed the army's recapture of Baga": no offer
            # "snubbed a summit *of the BRICS*": a body's own meeting was put to no one
            and (entry.speech_act or code.code[:2] != _CONSULT_CODE[:2])
            and not self._aimed_elsewhere(noun, entry)
        ):
            # "Israel rejected a *French* proposal": it was put to the one who answers it
            targets = self._subjects(answering, actors, SUBJECT_DEPS)
        if not targets and code.code[:2] == _PROTEST_ROOT:
            targets = self._held_by(sources, actors)
        for source in sources:
            doers = self._doers_code(entry, code, source, actors)
            done, called = (doers, doers.relation) if doers is not None else (code, relation)
            for target in targets:
                if source.label_ != target.label_:
                    yield Candidate(
                        source, target, noun, done, called, entry.symmetric, rule, clause, presupposed
                    )

    def _captors(self, noun: Token, entry: RelationalNoun | None, actors: ActorIndex) -> list[Span]:
        """Who holds those a noun of freeing frees (relational_nouns.yaml's ``captor`` slot): the "by"
        of a participle on them that the dictionary codes as seizing, detaining or abducting them
        (17x, 18x), as in "the release of prisoners *held by* Iran" or "of soldiers *captured by*
        the rebels"."""
        if entry is None or "captor" not in entry.source:
            return []
        preps = {str(slot) for slot in entry.target} - _SLOT_WORDS
        held = [o for p in syntax.preps(noun) if p.lower_ in preps for o in syntax.objects_of(p)]
        return [
            s for h in held for acl in h.children if acl.dep_ == "acl"
            and (code := self.lexicon.verb(acl.lemma_.lower(), objects=[h.lemma_.lower()])) is not None
            and code.code[:2] in _CAPTURE_ROOTS
            for s in self._agent_phrase(acl, actors)
        ]  # fmt: skip

    def _brokered(self, noun: Token, entry: RelationalNoun, clause: Token) -> bool:
        """Whether an act others may seek or broker is only obtained by the governing subject: "Hamas
        *announced* the release of three hostages" (the pattern's 0841) and "*began* the release" do
        it; "Germany *secured* the release of a citizen jailed in Belarus" does not."""
        if not entry.brokered or clause.lemma_.lower() in WORDS.light:
            return False
        return self._pattern_code(noun) is None if noun.dep_ == "dobj" else True

    def _doers_code(
        self, entry: RelationalNoun, code: CameoCode, source: Span, actors: ActorIndex
    ) -> CameoCode | None:
        """The noun's code for the kind of its doer: "teachers went on *strike*" is a labour strike
        (143), not force (``by_civilians`` in relational_nouns.yaml); "an al-Shabaab *bombing*" a
        non-military bombing (183), not an aerial one (``by_armed_groups``), unless the weapon named
        already coded it ("a *suicide* bombing", 1831)."""
        if entry.by_civilians is not None and self._civilian(source, actors):
            return self.lexicon.code(entry.by_civilians)
        if entry.by_armed_groups is not None and code.code == entry.code and _irregular(source, actors):
            return self.lexicon.code(entry.by_armed_groups)
        return None

    @staticmethod
    def _civilian(span: Span, actors: ActorIndex) -> bool:
        """Whether an actor's members act as civilians (``civil_sectors`` in agent_words.yaml)."""
        actor = actors.actor(span)
        return actor is not None and actor.code[-3:] in _AGENT_WORDS.civil_sectors

    def _undergoers(self, noun: Token, actors: ActorIndex) -> list[Span]:
        """Who undergoes or receives the act a noun names: the subject of a verb of undergoing or
        receiving whose object it is ("Russia *faces* new EU sanctions", "Pakistan *received*
        Chinese loans"), of a verb of relying on it ("*depends on* Chinese loans"), or of the
        clause it is set *under* or *subject to* ("Iran has been under US sanctions", "Cuba is
        subject to a US embargo"; words.yaml)."""
        head = noun.head
        if noun.dep_ == "dobj" and head.lemma_.lower() in _UNDERGOING_VERBS:
            return self._subjects(head, actors, SUBJECT_DEPS)
        if noun.dep_ == "dobj" and _has_passive_subject(head) and head.lemma_.lower() not in _REFUSING_VERBS:
            # "Argentina *was granted* a loan by the IMF": a passive that keeps its object made the
            # one it was given to its subject ("*was refused* a loan" was given none)
            return self._subjects(head, actors, _PASSIVE_SUBJECT_DEPS)
        if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in WORDS.depending:
            return self._subjects(head.head, actors, SUBJECT_DEPS)
        harm = head.head
        if noun.dep_ == "pobj" and head.lower_ == "from" and harm.dep_ == "dobj":
            # "*suffered* heavy damage from Israeli air strikes": who suffers the harm undergoes its cause
            sufferer = harm.head
            if sufferer.lemma_.lower() in WORDS.undergoing_verbs:
                return self._subjects(sufferer, actors, SUBJECT_DEPS)
        if noun.dep_ != "pobj" or head.lower_ not in WORDS.undergoing_prepositions:
            return []
        clause = head.head
        if clause.dep_ == "acomp" and clause.lemma_.lower() in WORDS.undergoing_predicates:
            clause = clause.head  # "is *subject* to", "was *exposed* to"
        elif head.lower_ != "under":
            return []
        return self._subjects(clause, actors, SUBJECT_DEPS) if clause.pos_ in {"VERB", "AUX"} else []

    def _givers(self, clause: Token, noun: Token, code: CameoCode, actors: ActorIndex) -> list[Span]:
        """Who gives what a verb of receiving takes, or does what one of undergoing suffers:
        "received support *from Venezuela*", "faced coercion *from Beijing*"."""
        if noun.dep_ != "dobj" or clause.i != noun.head.i:
            return []
        lemma = clause.lemma_.lower()
        received = lemma in WORDS.receiving and code.quad_class <= 2
        if not (received or lemma in WORDS.undergoing_verbs):
            return []
        return self._verb_prep_objects(clause, actors, {"from"})

    def _asked_for(self, noun: Token) -> bool:
        """ "appealed to Moscow *for help*", "for the disbursement *of loans*": what an appeal or
        demand asks for has not been given."""
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        prep = noun.head
        asking = prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in WORDS.asking
        if noun.dep_ == "pobj" and prep.lower_ == "for" and asking:
            return True  # "dismissed *demands* for a ceasefire", "a *request* for cooperation"
        if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ not in {"VERB", "AUX"}:
            return False
        code = self._verb_code(prep.head)
        return code is not None and code.code[:2] in {"02", "10"}

    def _author_of_topic(
        self, noun: Token, sources: list[Span], actors: ActorIndex, target_preps: set[str]
    ) -> bool:
        """Whether a governed noun's only sources come by "by" while its target phrase names no one."""
        topic = any(syntax.is_prep(p) and p.lower_ in target_preps for p in noun.children)
        authors = syntax.prep_objects(noun, actors, {"by"})
        return noun.dep_ == "dobj" and topic and bool(sources) and all(s in authors for s in sources)

    def _named_relation(
        self,
        noun: Token,
        entry: RelationalNoun,
        selves: list[Span],
        modifiers: list[Span],
        actors: ActorIndex,
        code: CameoCode,
        relation: str,
    ) -> Iterator[Candidate]:
        """A noun that names its own actor: "the United States is *Israel's* closest ally" relates the
        United States to Israel; "Russia and Belarus are close allies" relates the two."""
        slots = {str(slot) for slot in (*entry.source, *entry.target)} - _SLOT_WORDS
        # "a mediator *between* Israel and Hamas": a noun aimed between two reaches both
        slots |= _AMONG & {str(slot) for slot in entry.target}
        others = [s for s in modifiers + syntax.prep_objects(noun, actors, slots | {"of"}) if s not in selves]
        if not others and entry.symmetric:
            for first, second in syntax.pairs(selves):
                yield Candidate(first, second, noun, code, relation, True, "noun-self", noun)
            return
        for named in selves:
            for other in others:
                source, target = (named, other) if "self" in entry.source else (other, named)
                if source.label_ != target.label_:
                    yield Candidate(source, target, noun, code, relation, entry.symmetric, "noun-self", noun)

    def _read_as_its_verb(self, noun: Token) -> CameoCode | None:
        """A noun of several senses read as its verb (words.yaml ``nominalisations``) reads what it
        acts on: "the expulsion *of UN peacekeepers*" as "expel peacekeepers" (166, the dictionary's
        "expel officer"), where "expulsion" alone is people deported (174)."""
        verb = WORDS.nominalisations.get(noun.lemma_.lower())
        if verb is None:
            return None
        acted_on = [o for p in syntax.preps(noun) if p.lower_ == "of" for o in syntax.objects_of(p)]
        for form in (f for o in acted_on for f in syntax.compounded(o)):
            kind = form if self.lexicon.takes_object(verb, form) else _kind_named(verb, form, self.lexicon)
            if kind is not None:
                return self.lexicon.verb(verb, objects=[kind])
        return None

    def _noun_code(self, noun: Token, entry: RelationalNoun) -> tuple[CameoCode, str] | None:
        """The code and relation name of a relational noun, as the sentence gives it.

        A relationship ("relations", "ties") takes the code of the verb whose own CAMEO pattern
        names it ("*severed* ties" 160, "*restored* relations" 050), else the class its sentence
        gives it, else none; negated, it asserts nothing (:mod:`graphkit.relations.character`).
        """
        if not entry.character:
            own = self.lexicon.code(entry.code)
            if entry.symmetric and own.quad_class == _VERBAL_CONFLICT and self.character.eased(noun):
                # "tensions between Greece and Turkey *eased*": a standing hostility that lessens
                code_name, relation = self.character.codes["cooperation"]
                return self.lexicon.code(code_name), relation
            governing = None if entry.speech_act else self._pattern_code(noun)
            if governing is not None and governing.code == _CLAIM_CODE:
                governing = None  # "Al-Shabaab *claimed* the attack": the claimant's own act
            if governing is not None and (governing.quad_class <= 2) != (own.quad_class <= 2):
                # "boycotted the talks", "cancelled a visit", "ended the war": the verb's own pattern
                # says what became of the event, and the verb's relation carries it
                return None
            if governing is not None and entry.brokered and governing.code[:2] != own.code[:2]:
                # "sought the *release* of a journalist" (0253), "mediated the release of hostages"
                # (045): the verb's own pattern says what its subject did about another's act
                return None
            if governing is not None and entry.sense_by_verb and governing.code[:2] != own.code[:2]:
                # "*set* fire to a police station" is arson (180), "set fire to a flag" a protest
                # (140): the verb's own pattern says which sense the noun has
                return governing, governing.relation
            read = self._read_as_its_verb(noun) if governing is None and entry.sense_by_verb else None
            if read is not None and read.quad_class == own.quad_class:
                return read, read.relation
            unspecified = own.code[2:] == "0"
            finer = (
                governing is not None and governing.code != own.code and governing.code[:2] == own.code[:2]
            )
            # "imposed visa *restrictions*" (1721 under the noun's 172): a code below the noun's own
            below = (
                governing is not None
                and len(governing.code) > len(own.code)
                and governing.code.startswith(own.code)
            )
            if governing is not None and ((unspecified and finer) or below):
                # "carried out *air strikes*" (195): the dictionary's finer reading of a noun whose own
                # code is its root's "not specified" (190)
                return governing, governing.relation
            armed = self._armed(noun, own)
            # "an *artillery* attack" (194): the weapon's code and its relation name
            return (own, entry.relation) if armed is own or armed is None else (armed, armed.relation)
        clause = noun.head if noun.dep_ in _OBJECT_DEPS else noun
        # "never established relations" asserts nothing; "*refused* to normalise relations" is the
        # refusal a governor makes of it (governors.yaml)
        if modality_of(noun, clause) == "negated" and self.governors.governing(clause) is None:
            return None
        cause = self.character.cause(noun)
        if cause is not None:
            code_name, relation = self.character.codes[cause]
            return self.lexicon.code(code_name), relation
        code = self._verb_code(noun.head) if self._governed_by_pattern(noun, passive=True) else None
        if code is not None:
            return code, code.relation
        # "enjoys *close* ties": a verb whose pattern codes nothing leaves the class to the sentence
        tone = self.character.of(noun)
        if tone is None and self.governors.governing_object(noun) is not None:
            # "*ended* ties with Taiwan": a verb that cuts back the relationship makes its reduction
            # (governors.yaml curtail), as it does of "diplomatic cooperation"
            return self.lexicon.code(entry.code), entry.relation
        if tone is None:
            return None
        code_name, relation = self.character.codes[tone]
        return self.lexicon.code(code_name), relation

    def _governed_by_pattern(self, noun: Token, *, passive: bool = False) -> bool:
        """Whether the verb of which ``noun`` is the object has a pattern naming it ("*severed* ties";
        with ``passive``, also "ties *were severed*")."""
        verb = noun.head
        objects = noun.dep_ == "dobj" or (passive and noun.dep_ == "nsubjpass" and verb.pos_ == "VERB")
        return objects and self.lexicon.takes_object(verb.lemma_, self._object_lemma(verb, noun))

    def _pattern_code(self, noun: Token) -> CameoCode | None:
        """The code the governing verb's own pattern gives its object ``noun``, if it has one."""
        return self._verb_code(noun.head) if self._governed_by_pattern(noun) else None

    def _shared(self, noun: Token) -> bool:
        """Whether ``noun`` names a two-sided relation ("talks", "ties"), not an act of one side."""
        entry = self.lexicon.noun(noun.lemma_.lower())
        return entry is not None and entry.symmetric

    def _inquiry(self, noun: Token) -> bool:
        entry = self.lexicon.noun(noun.lemma_.lower())
        return entry is not None and entry.code[:2] in _PROBING_ROOTS

    def _governing_subject(self, noun: Token, actors: ActorIndex) -> tuple[Token, list[Span]]:
        """The verb a relational noun hangs from ("*held* talks", "*announced* a trip") and its subject."""
        token = noun
        topic = False
        step = noun
        for _ in range(_MAX_CLIMB):
            if token.dep_ not in _CLIMB_DEPS or token.head == token:
                break
            before, step, token = step, token, token.head
            topical = step.dep_ == "prep" and step.lower_ in WORDS.topic_prepositions
            # "vowed to protect Kosovo Serbs *after clashes* with NATO": a shared event the verb is
            # about is its subject's, but not what the verb asserts or vows
            topic = topic or topical
            if topical and not self._shared(noun):
                # "expelled diplomats in a row *over* the killing", "sanctioned Lockheed *over* arms
                # sales to Taiwan": the act is what the row or the verb is about, not something the
                # subject did ("a series *of* strikes" is still theirs; "optimistic *about* the talks
                # with Australia": talks are shared by whoever speaks of them)
                return noun, []
            # ("*retaliated with* tariffs", "*responded with* sanctions": the answer itself, its subject's)
            answer = step.dep_ == "prep" and step.lower_ in _MEANS_PREPS
            if (
                (token.lemma_.lower() in WORDS.reprisals and not answer)
                or _after_reprisal(step)
                or _answering(step, token)
            ):
                return noun, []  # "*in retaliation for* the expulsion of …": the answered act is another's
            if step.dep_ == "prep" and self._restricts(token, step):
                # "imposed tariffs *on* steel imports from Canada", "a ban *on* exports to Russia": what
                # a restriction falls on is not an act of whoever imposes it
                return noun, []
            probing = token.pos_ == "NOUN" and self._inquiry(token)
            if probing or (
                step.dep_ == "prep" and any(c.dep_ == "dobj" and self._inquiry(c) for c in token.children)
            ):
                # "opened an investigation into *the killing* of journalists": the investigator is
                # not the killer, wherever the parser hangs "into"
                return noun, []
            if token.pos_ in {"VERB", "AUX"}:
                lemma = token.lemma_.lower()
                if step.dep_ in {"dobj", "nsubjpass"} and (blamed := self._blamed(token, actors)):
                    return token, blamed  # "the attack *was blamed on* Russia": its author, alleged
                judged = [s for c in token.children if c.dep_ == "dobj" for s in actors.of_phrase(c)]
                # ("accused *Myanmar's military of* genocide": the parser may hang "of" on the object)
                charge = before if step.dep_ == "dobj" and before.head == step else step
                if (
                    judged
                    and lemma in WORDS.judging
                    and charge.dep_ == "prep"
                    and charge.lower_ in _JUDGED_PREPS
                ):
                    return token, judged  # "accused *India* of involvement in the killing of …"
                if judged and step.dep_ == "prep" and step.lower_ == "as" and not syntax.as_part(step):
                    return token, judged  # "views *Pyongyang* as a threat to Seoul": what the object is
                observing = (
                    lemma in _OBSERVING_VERBS
                    and lemma not in _SUPPORT_VERBS  # "announced a truce"
                    and not (lemma in WORDS.heightening and self._standing_state(step))
                )
                if observing or (step.dep_ == "nsubjpass" and lemma not in _SUPPORT_VERBS):
                    # "the fight against Daesh will be aided by Syrians": the subject is acted on
                    return token, []
                if step.dep_ == "agent" and lemma in WORDS.feelings:
                    return noun, []  # "*troubled by* the detention of activists": the cause, no one's act
                if step.dep_ == "agent":
                    # "liberated Dabiq, aided *by support* from Turkey": the aided are who the noun reaches
                    return token, self._passive_subjects(token, actors)
                agents, _, passive = self._verb_arguments(token, actors)
                # "He was captured with the aid of X": a passive subject suffers the act, it does not act
                subjects = agents if passive else self._subjects(token, actors, SUBJECT_DEPS)
                if step.dep_ == "prep" and step.lower_ in _TIME_PREPS:
                    # "Moscow's *leverage* has waned since the war with Azerbaijan": an event that
                    # dates a clause is its subject's only when the subject is an actor itself
                    subjects = [s for s in subjects if s.root.dep_ not in MODIFIER_DEPS]
                return (noun if topic else token), subjects
            if token.pos_ in {"NOUN", "PROPN"} and actors.modifiers(token):
                return token, []
        return noun, []


def _without_their_places(patients: list[Span]) -> list[Span]:
    """ "gathered in front of the parliament *in Yerevan*": a place that says where the act or another
    target is, is not a second target."""
    if all(kind_of(p) == "place" for p in patients):
        return patients
    return [
        p for p in patients
        if not (kind_of(p) == "place" and p.root.dep_ == "pobj" and p.root.head.lower_ in _LOCATING_PREPS)
    ]  # fmt: skip


def _demonstrators_gather(verb: Token) -> bool:
    """Whether a verb of gathering has protesters for subject: "*protesters* gathered", "hundreds
    *of demonstrators* rallied"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    counted = [o for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(s.lemma_.lower() in WORDS.demonstrators for s in (*subjects, *counted))


def _answered(noun: Token) -> bool:
    """Whether an act is what an answer answers, which happened whatever the answer's governor says:
    "vowed to *avenge* the killing", "vowed revenge *for* the killing" (words.yaml
    ``reprisals``)."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in WORDS.reprisals
    verb = head.head
    return head.lower_ in {"for", "to"} and (verb.lemma_.lower() in WORDS.reprisals or _answering(head, verb))


def _after_reprisal(step: Token) -> bool:
    """ "recalled its ambassador in protest *at* the detention of …": a preposition the parser hangs
    on the verb, just after the word of an answer it completes."""
    if step.dep_ != "prep" or step.i == 0:
        return False
    before = step.doc[step.i - 1]
    return before.lemma_.lower() in WORDS.reprisals and before.dep_ == "pobj"


def _answering(step: Token, verb: Token) -> bool:
    """ "vowed *revenge* on Israel *for* the killing of …": a "for" or "to" the parser hangs on a verb
    whose object is the word of an answer."""
    if step.dep_ != "prep" or step.lower_ not in {"for", "to"}:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in WORDS.reprisals for c in verb.children)


def _shared_owner(modifiers: list[Span]) -> bool:
    """Whether ``modifiers`` are one pronoun standing for several actors ("*their* ties")."""
    return (
        len({m.label_ for m in modifiers}) >= 2
        and len({m.start for m in modifiers}) == 1
        and all(kind_of(m) == "pronoun" for m in modifiers)
    )


def _owned_by_no_actor(noun: Token) -> bool:
    """ "softened the impact of *Western* sanctions", "welcomed *international* aid": a modifier
    that names an owner who is no actor of the text keeps the noun from the verb's subject."""
    return any(
        c.dep_ in {"amod", "compound"} and (c.ent_type_ == "NORP" or c.lower_ in _UNLOCATED)
        for c in noun.children
    )


def _effort_owners(effort: Token, actors: ActorIndex) -> list[Span]:
    """Whose an effort, plan or decision is: its "by" outright ("a plot *by* Islamic State militants
    to bomb …", "the decision *by* Azerbaijan to resume talks"), else its owner or adjective ("*the
    coalition's* campaign")."""
    return syntax.prep_objects(effort, actors, {"by"}) or actors.modifiers(effort)


def _aboard(vehicle: Token, actors: ActorIndex) -> list[Span]:
    """Who a vehicle carries, named by its participle (words.yaml ``carrying``): "intercepted a
    boat *carrying* migrants", "fired on a convoy *transporting* UN staff" reach those aboard."""
    if vehicle.lemma_.lower() not in WORDS.carrying_vehicles:
        return []
    carried = [o for c in vehicle.children if c.dep_ == "acl" and c.lemma_.lower() in WORDS.carrying_verbs
               for o in c.children if o.dep_ == "dobj"]  # fmt: skip
    return [s for o in carried for s in actors.of_phrase(o)]


def _contests_a_place(verb: Token) -> bool:
    """Whether a verb of contesting has for object a place or a say over one, which its subjects
    would each hold (words.yaml ``contesting``): "*dispute* maritime boundaries", "both *claim* the
    Senkaku Islands", not "disputed the report" or "claimed victory"."""
    if verb.lemma_.lower() not in WORDS.contesting_verbs:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        {o.lemma_.lower(), o.lower_} & _CONTESTED or o.ent_type_ in {"GPE", "LOC", "FAC"} for o in objects
    )


def _fights_a_thing(verb: Token, code: CameoCode | None) -> bool:
    """ "Peru and Ecuador cooperate in *fighting drug trafficking*": sides that fight a thing do not
    fight each other; a topic they talk about ("discussed co-operation") stays mutual."""
    hostile = code is not None and code.quad_class >= 3
    return hostile and any(c.dep_ == "dobj" for c in verb.children)


def _body_of_members(actor: Actor) -> bool:
    """An international organisation or one of its bodies ("withdrew from *the World Bank's
    investment tribunal*"), which states join and leave."""
    return actor.type == "igo" or (actor.type == "group" and actor.code.startswith("IGO"))


def _state_level(actor: Actor) -> bool:
    """A state, its government or an official of it, or an international body."""
    return actor.type in _STATE_LEVEL_TYPES or actor.code[3:6] == "GOV"


def _hostile_or_unknown(code: CameoCode | None) -> bool:
    """Whether a verb's code, if any, is conflict: "killed in clashes with …", not "engaged in talks"."""
    return code is None or code.quad_class > 2


def _partaken(noun: Token) -> bool:
    """Whether ``noun`` is what those named just before its "to" take part in ("all parties *to the
    conflict*", "the signatories to *the accord*"), wherever the parser hung the "to"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.i == 0:
        return False
    return noun.doc[prep.i - 1].lemma_.lower() in WORDS.partaking


def _owners_favoured(entry: RelationalNoun, modifiers: list[Span]) -> bool:
    """Whether the possessors of a noun are those it favours, not its authors ("*Ethiopia's* trade
    privileges" are granted to Ethiopia, where "*Russia's* exports" are Russia's own)."""
    slots = {str(slot) for slot in entry.target} - {str(slot) for slot in entry.source}
    return "poss" in slots and all(m.root.dep_ == "poss" and m.root.pos_ != "PRON" for m in modifiers)


def _kind_of_goods(goods: Token) -> str:
    """The code of the kind of aid ``goods`` are (words.yaml ``goods_in_kind``), by their head or,
    for a general head, a compound before it ("*missile* systems", "*air defence* systems"); "" for
    none."""
    words = [goods, *(c for c in goods.children if c.dep_ == "compound" and c.i < goods.i)]
    return next((kind for w in words if (kind := WORDS.goods_in_kind.get(w.lemma_.lower(), ""))), "")


def _presupposed(noun: Token, clause: Token, authors: list[Span], governor: list[Span]) -> bool:
    """Whether an act a noun names is another's, named as a fact: the object of a verb whose
    subject (``governor``, none for a verb that reports another's act) is not among its
    ``authors``. "China did not condemn *Russia's invasion*", "India refused to condemn it",
    "Egypt did not accept *Ethiopia's offer*": the verb's negation, refusal or intent does not
    reach it; one's own act does ("Israel did not confirm *its* strikes"). Only a definite
    description names a fact: "the attack", "Russia's invasion", not "an Israeli offensive"."""
    if noun.dep_ not in {"dobj", "pobj"} or not syntax.definite(noun):
        return False  # "warned against *an* Israeli offensive": an act not yet known is no fact
    if clause is noun:
        return _answered(noun)  # "vowed to *avenge the killing* of its commander by Israel"
    subjects = {s.label_ for s in governor}
    return not any(a.label_ in subjects for a in authors)


def _same_body(first: Span, second: Span, actors: ActorIndex) -> bool:
    """Whether two mentions name one state's same body: "the Qatari prime minister led *a Qatari
    delegation*" (both QATGOV)."""
    a, b = actors.actor(first), actors.actor(second)
    return first != second and a is not None and b is not None and bool(a.country) and a.code == b.code


def _has_passive_subject(verb: Token) -> bool:
    """Whether a verb heads a passive clause with a subject of its own ("*Kosovo* was recognised")."""
    return any(c.dep_ in _PASSIVE_SUBJECT_DEPS for c in verb.children) or syntax.reduced_relative_root(verb)


def _direct_objects(verb: Token) -> list[Token]:
    """A verb's direct objects with their conjuncts ("recognised Kosovo *and* Palestine"), and a
    passive's subject ("*Kosovo* was recognised by Kenya")."""
    return [o for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for o in conjuncts(c)]


def _named_objects(verb: Token, actors: ActorIndex) -> list[Actor]:
    """The actors a verb's direct objects are themselves ("quit *ECOWAS*"), not those inside them
    ("recognised *Kenya's* delegation")."""
    return [
        a
        for o in _direct_objects(verb)
        for s in actors.at(o)
        if s.root == o and (a := actors.actor(s)) is not None
    ]


def _one_subject(verb: Token, subjects: list[Token]) -> list[Token]:
    """``subjects`` with one nominal subject, the nearest to ``verb``: a clause has one, and two are
    the parser's misreading of an earlier clause ("After Russia *annexed* Crimea, the EU imposed
    sanctions" parsed with "Crimea" and "the EU" both subjects of "imposed")."""
    nominal = [s for s in subjects if s.dep_ == "nsubj"]
    if len(nominal) < 2:
        return subjects
    nearest = min(nominal, key=lambda s: abs(verb.i - s.i))
    return [s for s in subjects if s.dep_ != "nsubj" or s.i == nearest.i]


def _answering_verb(noun: Token) -> Token | None:
    """The verb that answers a noun as its object ("*rejected* a French proposal", "*declined* an
    invitation") or after its "to" ("did not *respond to* Guyana's request"); :data:`WORDS.responding`."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    answered = noun.dep_ == "dobj" or verb != noun.head
    return verb if answered and verb.lemma_.lower() in WORDS.responding else None


def _named_again(verb: Token) -> list[Token]:
    """The definite objects of a verb that comments on an act: what may name an act again
    ("condemned *the launch*"; :data:`WORDS.commenting`)."""
    if verb.lemma_.lower() not in WORDS.commenting:
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and syntax.definite(c)]


def _pair_at(token: Token, candidate: Candidate) -> tuple[int, int, int]:
    """Where a candidate is read and its unordered pair: one key for a record and a reading it overrides."""
    first, second = sorted((candidate.source.start, candidate.target.start))
    return token.i, first, second


def _shared_body(patient: Span, agents: list[Span], actors: ActorIndex) -> bool:
    """ "Chile and Colombia recalled *their* ambassadors": a body "their" gives to one of several
    agents (the pronoun resolves to one) is each agent's own."""
    theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in patient.root.children)
    return theirs and len(agents) > 1 and any(actors.one_side(patient, a) for a in agents)


def _sum_of_money(obj: Token) -> bool:
    """Whether an object is a sum written with a currency sign: "*$*200 million", "*£*5bn" (not a
    noun a sum qualifies: "a $3 billion *loan*")."""
    amount = obj.pos_ in {"NUM", "SYM"} or obj.text in _CURRENCY_SIGNS
    return amount and any(t.text in _CURRENCY_SIGNS for t in obj.doc[obj.left_edge.i : obj.i + 1])


def _speaks_against(verb: Token) -> bool:
    """ "Jordan *warned against* an Israeli offensive", "*argued against* Kyiv's membership": a
    reporting verb with an "against" phrase takes a stand on whom that phrase names."""
    return any(syntax.preposition(p) == "against" for p in syntax.preps(verb))


def _named_owner(noun: Token) -> bool:
    """Whether a name or a demonym before ``noun`` owns it ("*EU* aid", "*Western* sanctions")."""
    return any(
        c.dep_ in {"compound", "poss", "nmod", "amod"}
        and (c.pos_ == "PROPN" or (c.pos_ == "ADJ" and c.text[:1].isupper()))
        for c in noun.children
    )


def _held_ground(span: Span, actors: ActorIndex) -> bool:
    """Whether a mention may name ground that is held: not people or forces ("French troops",
    "ISIL fighters"), whom an act of wresting acts on."""
    kind = kind_of(span)
    if kind == "place":
        return True
    actor = actors.actor(span)
    return kind not in {"agent", "generic"} and (actor is None or actor.type == "state")


def _forced_out(verb: Token, agents: list[Span], patients: list[Span], actors: ActorIndex) -> bool:
    """Whether armed actors drive armed actors out of somewhere with a verb of wresting."""
    return (
        verb.lemma_.lower() in _WRESTING_VERBS
        and bool(patients)
        and any(
            p.lower_ in _OUT_OF
            for p in [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children)]
        )
        and all(_armed_actor(span, actors) for span in [*agents, *patients])
    )


def _policing(span: Span, actors: ActorIndex) -> bool:
    actor = actors.actor(span)
    return actor is not None and (actor.code or "").endswith(_POLICE_SECTOR)


def _irregular(span: Span, actors: ActorIndex) -> bool:
    """Whether an actor is an armed group that is no state's force (rebels, militants, gunmen)."""
    actor = actors.actor(span)
    if actor is None:
        return False
    sectors = _sectors(actor.code or "")
    return _MILITARY_SECTOR not in sectors and (actor.type == "armed_group" or bool(sectors & _ARMED_SECTORS))


def _armed_actor(span: Span, actors: ActorIndex) -> bool:
    actor = actors.actor(span)
    return actor is not None and (
        actor.type in _ARMED_TYPES or bool(_sectors(actor.code or "") & _ARMED_SECTORS)
    )


def _sectors(code: str) -> set[str]:
    """The three-letter parts of a CAMEO actor code ("SOMREB": SOM, REB)."""
    return {code[i : i + 3] for i in range(0, len(code), 3)}


def _own_phrase(noun: Token) -> set[int]:
    """The tokens of a noun's phrase, without a second noun the parser hangs on it after it."""
    called = [c for c in noun.rights if c.dep_ in _SECOND_OBJECT_DEPS and c.pos_ in {"NOUN", "PROPN"}]
    return {t.i for t in noun.subtree} - {t.i for c in called for t in c.subtree}


def _auxiliaries(verb: Token) -> list[Token]:
    """The auxiliaries of ``verb`` that are no actor's name ("*are* mediating", not "*IGAD* condemned")."""
    return [c for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.pos_ == "AUX" and c.i < verb.i]


def _kind_named(verb: str, noun: str, lexicon: Lexicon) -> str | None:
    """The first kind of ``noun``, or of its kind in turn (words.yaml ``object_kinds``), that a
    pattern of ``verb`` names: "expelled two *envoys*" as "expel diplomat" (envoy, ambassador,
    diplomat)."""
    kind = WORDS.object_kinds.get(noun)
    for _ in range(_MAX_KIND_STEPS):
        if kind is None or lexicon.takes_object(verb, kind):
            return kind
        kind = WORDS.object_kinds.get(kind)
    return None


def _moving_weapon(verb: Token) -> bool:
    """Whether what moves is a weapon (words.yaml ``instruments``): "missiles *headed* for Tel Aviv",
    "drones *heading* for Israel"."""
    movers = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    movers += [verb.head] if verb.dep_ == "acl" else []
    return any(syntax.antecedent(m).lemma_.lower() in WORDS.instruments for m in movers)


def _people_object(verb: Token) -> bool:
    """Whether ``verb``'s object, or the noun its participle qualifies, is people or a group: an
    actor's mention or a noun of people (:func:`_names_people`)."""
    patients = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    patients += [verb.head] if verb.dep_ == "acl" else []
    mentioned = {t for s in verb.doc.spans.get(SPANS_KEY, ()) for t in range(s.start, s.end)}
    return any(_names_people(p) or p.i in mentioned for p in patients)


def _names_people(noun: Token) -> bool:
    """Whether ``noun`` names people rather than a thing made or done: "a *suspect* wanted by
    Interpol" is no work of Interpol's, as "a *plan* drafted by Peru" is Peru's (the agents files,
    the generic actor nouns, words.yaml ``persons`` and ``held_people``)."""
    lemma = noun.lemma_.lower()
    known = lemma in agent_nouns() or lemma in WORDS.persons or lemma in WORDS.held_people
    return known or is_actor_noun(noun)


def _is_equipment(token: Token) -> bool:
    """Whether ``token`` names a military's equipment, goods when received ("Chinese *fighter jets*"),
    not people hosted (agent_words.yaml ``equipment``)."""
    return token.lemma_.lower() in _AGENT_WORDS.equipment


def _setting(noun: Token) -> bool:
    """Whether an event noun is named as the time of another: "*at* the summit", "*during* talks",
    "in the first *days of* the war", "at the *start of* the invasion" (words.yaml ``phases``).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["sent", "arms", "in", "the", "days", "of", "the", "war"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 4, 2, 4, 7, 5],
    ...           deps=["ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj"],
    ...           lemmas=["send", "arm", "in", "the", "day", "of", "the", "war"])
    >>> _setting(doc[7]), _setting(doc[1])
    (True, False)
    """
    if noun.dep_ != "pobj":
        return False
    if noun.head.lower_ in _SETTING_PREPS:
        return True
    stretch = noun.head.head if noun.head.lower_ == "of" else None
    return (
        stretch is not None
        and stretch.dep_ in {"pobj", "npadvmod"}
        and (syntax.temporal(stretch) or stretch.lemma_.lower() in WORDS.phases)
    )


def _held_people(obj: Token) -> bool:
    """Whether an object names people held, or counts them ("the *bodies* of soldiers", "dozens of
    *hostages*"): words.yaml ``held_people``."""
    return bool({obj.lemma_.lower(), syntax.counted(obj).lemma_.lower()} & WORDS.held_people)


def _report_before(verb: Token) -> Token | None:
    """The reporting verb of a parenthetical clause just before a participle: "…, the army
    *said*, blaming the PKK" (words.yaml ``reporting``)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    before = [c for c in verb.head.children if c.dep_ in {"parataxis", "ccomp"} and c.i < verb.i]
    reporter = before[-1] if before else None
    if reporter is None or reporter.lemma_.lower() not in WORDS.reporting or reporter.i < verb.head.i:
        return None
    between = verb.doc[reporter.right_edge.i + 1 : verb.i]
    return reporter if all(t.is_punct for t in between) else None
