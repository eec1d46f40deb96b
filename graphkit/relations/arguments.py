"""Which actors a token of the parse stands for.

A relation's participants are found on the dependency parse: the subject and object of a verb,
the arguments of a relational noun. :class:`ActorIndex` maps those tokens to the actor
mentions of ``doc.spans["actors"]``: a token inside a mention, a head whose modifiers name an
actor ("Iranian leaders", "Iran's foreign minister") and the conjuncts of either ("Brazil and
the United States").

>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Iran helps Russia")
>>> from graphkit.actors.kinds import actor_span
>>> doc.spans["actors"] = [actor_span(doc, 0, 1, "IRN", "name"), actor_span(doc, 2, 3, "RUS", "name")]
>>> [span.label_ for span in ActorIndex(doc).at(doc[2])]
['RUS']
"""

from __future__ import annotations

from collections import defaultdict

from spacy.tokens import Doc, Span, Token

from graphkit.actors.agents import AgentWords
from graphkit.actors.borders import BORDER_HEADS
from graphkit.actors.kinds import actor_span, kind_of
from graphkit.actors.matcher import SPANS_KEY, doc_actors
from graphkit.actors.nominals import TIE_NOUNS, is_actor_noun
from graphkit.actors.sides import one_side
from graphkit.models import Actor, MentionKind

__all__ = [
    "DESCRIBING_VERBS",
    "MODIFIER_DEPS",
    "NAMING_VERBS",
    "PLACE_HEADS",
    "QUANTITIES",
    "ActorIndex",
    "conjuncts",
    "is_quantity",
    "naming_verb",
]

MODIFIER_DEPS = {"compound", "amod", "poss", "nmod", "npadvmod"}
"""Dependencies by which a modifier names the actor behind a noun ("Iranian", "Iran's")."""
NAMING_VERBS = {"call", "consider", "deem", "label", "brand", "term", "name", "dub", "declare", "describe",
                "characterise", "characterize"}  # fmt: skip
"""Verbs that say what their object is: "*called* the attack a war crime", "*describes* Iran as a threat"."""
DESCRIBING_VERBS = NAMING_VERBS | {"portray", "see", "view", "regard", "perceive", "designate"}
"""Verbs of "what it *called* aggression", "what it *described as* meddling", "*called* the attack a
war crime"."""
_ASSET_HEADS = AgentWords.load().asset_heads
"""Heads through which the body that owns them is hit ("fired at *its* supply boat")."""
_ORIGIN_PARTICIPLES = AgentWords.load().origin_participles
"""Participles after which a hyphened name is where a thing comes from: "an *Iranian*-made drone"."""
_HOLDING_PARTICIPLES = AgentWords.load().holding_participles
"""Participles after which a hyphened name holds the place: "*rebel*-held Idlib"."""
_TERRITORY_TYPES = frozenset({"state", "organisation", "group"})
"""Actor types a place name may resolve to (a territory such as Gaza has its own code)."""
_MEMBER_HEADS = frozenset(
    {"commander", "leader", "member", "official", "officer", "fighter", "militant", "soldier", "operative",
     "chief", "spokesman", "spokeswoman", "spokesperson"}
)  # fmt: skip
"""People who act and are hit for the body they belong to: "killed one of *its* commanders",
"*their* fighters attacked a convoy"."""

_DESCRIPTIVE_KINDS: frozenset[MentionKind] = frozenset({"agent", "generic", "role"})
_NAMED_KINDS: frozenset[MentionKind] = frozenset({"name", "unknown"})
_NAMING_ENTS = {"NORP", "GPE", "ORG", "LOC"}
_PRIVATE_HEADS = {
    "company", "firm", "business", "corporation", "bank", "university", "school", "college", "website",
    "media", "newspaper", "broadcaster", "channel", "brand", "product", "student", "alumnus", "tourist",
    # sport and culture: "the Australian and New Zealand *teams* met in the final"
    "team", "squad", "club", "player", "athlete", "league", "championship", "band", "orchestra", "film",
}  # fmt: skip
"""Heads whose modifiers name no party: "*German* companies". A text stands for its author, as
the event coders read it: "support a *UN Security Council* resolution" acts on the UN."""
QUANTITIES = frozenset(
    {"ten", "hundred", "thousand", "million", "dozen", "score", "number", "lot", "majority", "most", "half",
     "bulk", "all", "some", "many", "much", "part", "share", "week", "month", "year", "decade", "century",
     "several", "few", "each", "both", "either", "neither", "none", "any", "one",
     "round", "series", "wave", "spate", "string", "barrage", "volley", "salvo", "flurry", "batch",
     "package", "set", "raft", "body", "remains"}
)  # fmt: skip
"""Words that count what their "of" phrase names: "tens of thousands of innocent people", "scores
of civilians", "*most of* its weapons", "ending *two decades of* hostility", "*each of* the
parties", "hosted a new *round of* talks", "imposed a *package of* sanctions", "a *wave of*
arrests", "handed over *the bodies of* four hostages". Numbers count too (:func:`is_quantity`)."""


def is_quantity(token: Token) -> bool:
    """Whether ``token`` counts what its "of" phrase names: "*dozens of* prisoners", "*two of* the
    gunmen", "*one of* Hezbollah's commanders".

    >>> import spacy
    >>> doc = spacy.blank("en")("two of several dozen")
    >>> [is_quantity(t) for t in doc]
    [True, False, True, True]
    """
    return token.lemma_.lower() in QUANTITIES or token.lower_ in QUANTITIES or token.like_num


# Heads that stand for the actor in their "of" phrase: "the leaders of Iran".
_OF_HEADS = {
    "leader", "leadership", "government", "regime", "army", "force", "troop", "official",
    "people", "president", "minister", "administration", "military", "navy", "authority",
    "representative", "delegation", "ally", "member", "militia", "fighter", "soldier", "chief", "head",
    "deployment", "contingent", "unit", "battalion", "brigade", "squadron", "fleet", "convoy",
    "group",
    # places people live or work in: "the offices *of* the Palestinian administrators"
    "office", "headquarters", "home", "house", "residence", "camp", "base", "compound", "embassy",
    "consulate", "mission", "village", "jail", "prison", "position", "stronghold", "hideout",
    # what someone owns: "froze the *assets* of the Libyan government"
    "asset", "property", "fund", "account", "reserve", "holding", "estate",
    # likenesses protesters burn or tear down: "burned an *effigy* of the Indian prime minister"
    "effigy", "portrait", "poster",
}  # fmt: skip
_CONDUCT_HEADS = {
    "terrorism", "aggression", "brutality", "savagery", "inhumanity", "barbarity", "barbarism", "crime",
    "atrocity", "depravity", "abuse", "violation", "wrongdoing", "misconduct", "excess",
}  # fmt: skip
"""Conduct, named for whoever shows it, "of" or "by" them: "the terrorism *of* ISIL", "an inquiry
into war crimes *by* Serbian forces" (the inquiry is into the forces)."""
_OF_HEADS |= _CONDUCT_HEADS | QUANTITIES
_OBSERVER_HEADS = {"inspector", "monitor", "observer", "investigator"}
"""People who watch or inspect for a body, named by it "of" or "from" it: "expelled the
inspectors *of* the IAEA", "monitors *from* the OSCE were barred"; alone they are no one in particular."""
_OF_HEADS |= _OBSERVER_HEADS | _ASSET_HEADS  # "ambushed a *patrol of* the Burkinabe army"
PLACE_HEADS = {"city", "town", "province", "region", "capital", "district", "area", "port", "island", "coast",
               "shore", "bank", "waters", "outskirts", "outskirt", "suburb", "vicinity",
               # "a base in *the north of* South Sudan"
               "north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest"}  # fmt: skip
"""Places named by "of" ("the city of Kherson"): they stand for the place's state, and a
relative clause after them is about the event, not the place."""
_OF_HEADS |= PLACE_HEADS
_HYPHENS = {"-", "–"}
_OWNER_PREPS = {"of", "from", "in", "throughout"}
"""Prepositions of an agent phrase's owner: "forces *of* India and Pakistan", "activists *from*
Britain and Germany"."""
_SITE_HEADS = {"jail", "prison", "camp", "base", "target", "position", "village", "town", "city", "office",
               "headquarters", "compound", "facility", "installation", "outpost", "checkpoint",
               # where fighters shelter or store arms: "air strikes on militant *hideouts* inside Afghanistan"
               "hideout", "stronghold", "barracks", "bunker", "depot", "warehouse",
               # where people gather: "stormed a *hotel* in Aden", "bombed a *market* in Kabul"
               "hotel", "market", "bazaar", "mosque", "church", "temple", "school", "hospital", "station",
               "airport", "restaurant", "mall", "stadium", "site", "house", "home", "building",
               # what keeps a state running: "set fire to an oil *refinery* in the Russian region of …"
               "refinery", "plant", "factory", "port", "terminal", "pipeline", "bridge", "dam", "airbase",
               "airfield", "substation", "reactor", "oilfield", "shipyard", "arsenal"}  # fmt: skip
"""Sites that stand for the state they are *in* when they are acted on."""
_POLITY_HEADS = {"election", "vote", "ballot", "referendum", "poll", "crackdown", "coup", "junta",
                 "transition", "government", "regime", "administration", "leadership", "authority",
                 "parliament"}  # fmt: skip
"""A state's own politics, named for the state they are *in*: "praised the *election in* Ghana",
"condemned the *crackdown in* Belarus", "the *government in* Kabul"."""
_OWNING_VERBS = {"belong", "own", "run", "operate", "control", "hold", "use", "link", "tie", "connect",
                 "affiliate"}  # fmt: skip
"""Participles that name a thing's owner: "property *belonging to* militants", "assets *owned by*
Russian oligarchs", "territory *held by* the rebels", "ships *linked to* Israel"."""
_HOSTING_VERBS = {"host", "house", "shelter", "accommodate", "quarter"}
"""Participles that name who is at a site: "drones launched at a base *hosting* US forces", "a
hotel *housing* asylum seekers": an attack on the site reaches them."""
_FOR_HEADS = {"camp", "shelter", "home", "school", "hospital", "center", "centre", "settlement"}
"""Places named for whom they hold: "a camp *for* Congolese refugees"."""


class ActorIndex:
    """The actor mentions of a document, looked up by token."""

    def __init__(self, doc: Doc, actors: dict[str, Actor] | None = None) -> None:
        self.doc = doc
        self._by_token: dict[int, list[Span]] = defaultdict(list)
        for span in doc.spans.get(SPANS_KEY, []):
            for index in range(span.start, span.end):
                self._by_token[index].append(span)

        self._actors = actors
        """The actors by id: given by a caller that has them, else read from the document when
        first asked (most sentences never ask)."""

    def __bool__(self) -> bool:
        return bool(self._by_token)

    def actor(self, span: Span) -> Actor | None:
        """The actor a mention names."""
        if self._actors is None:
            self._actors = doc_actors(self.doc)
        return self._actors.get(span.label_)

    def one_side(self, first: Span, second: Span) -> bool:
        """Whether two mentions are a state and its own leader, government or army."""
        a, b = self.actor(first), self.actor(second)
        return a is not None and b is not None and one_side(a, b)

    def at(self, token: Token) -> list[Span]:
        """The mentions covering ``token`` itself."""
        return list(self._by_token.get(token.i, ()))

    def of_phrase(self, head: Token, *, coordinated: bool = True, places: bool = True) -> list[Span]:
        """The actors a noun phrase headed by ``head`` stands for, with its conjuncts.

        Besides a mention at the head itself, a possessor stands for the phrase ("Iran's
        program"), and so do adjectives and compounds ("strikes on *Iranian* nuclear sites",
        "supports *Iraqi* unity") unless the head names a private body ("*German* companies").
        ``places=False`` keeps possessors only.
        """
        heads = conjuncts(head) if coordinated else [head]
        # "civilians, including children": those included are acted on too
        heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep" and p.lower_ == "including"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        found: list[Span] = []
        for token in heads:
            for span in self._of_head(token, places):
                if span not in found:
                    found.append(span)
        return found

    def modifiers(self, head: Token, *, makers: bool = False) -> list[Span]:
        """Actors named by the modifiers of ``head`` ("*US–Iran* tensions", "*Russian* assistance");
        who made or supplied it only with ``makers`` ("an *Iranian-made* drone" is no Iran's, but
        "bought *Turkish-made* drones" buys from Turkey)."""
        found: list[Span] = []
        for child in head.lefts:
            if child.lower_ in _ORIGIN_PARTICIPLES and not makers:
                continue
            if child.dep_ not in MODIFIER_DEPS and child.dep_ != "nummod":
                continue
            for token in child.subtree:
                for span in self.at(token):
                    if span not in found and not _contains(span, head):
                        found.append(span)
        if found:
            # "South Korea–Japan relations", "China–Australia ties": the parser may hang the first
            # of a dashed pair elsewhere; the words say it is the pair's
            first = min(span.start for span in found)
            if first >= 2 and self.doc[first - 1].text in _HYPHENS:
                found += [span for span in self.at(self.doc[first - 2]) if span not in found]
        return found

    def _of_head(self, token: Token, places: bool) -> list[Span]:
        own = self.at(token)
        holders = self._holders_of_place(token) if own and all(self._territory(s) for s in own) else []
        if holders:
            return holders  # "bombed *rebel*-held Idlib": the place stands for whoever holds it
        uncoded = all((a := self.actor(span)) is not None and not a.code for span in own)
        if own and uncoded and token.lemma_.lower() in _OF_HEADS:
            # "14 members *of one family*": who they are is in what they are part of (generic_actors.yaml
            # gives them no code of their own), and the evidence shows both; "supporters *of* Imran
            # Khan" are not Imran Khan
            start = min(span.start for span in own)
            of = [actor_span(self.doc, start, s.end, s.label_, kind_of(s))
                  for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                  for o in prep.children if o.dep_ == "pobj"
                  for each in conjuncts(o)
                  for s in self._of_head(each, places) if s.start > start]  # fmt: skip
            own = of or own
        if own and all(kind_of(span) in _DESCRIPTIVE_KINDS for span in own):
            # "the Iraqi Foreign Minister, Ibrahim al-Jaafari": the name says who.
            # the evidence shows both: "the Iraqi Foreign Minister, Ibrahim al-Jaafari"
            named = [actor_span(self.doc, min(o.start for o in own), s.end, s.label_, kind_of(s))
                     for c in token.children if c.dep_ == "appos" for s in self.at(c)
                     if kind_of(s) in _NAMED_KINDS and not self._qualifying_state(s)]  # fmt: skip
            if not named and token.dep_ == "appos":
                # "the Houthis, *an Iran-aligned group*": the name it stands beside says who
                named = [s for s in self.at(token.head) if kind_of(s) in _NAMED_KINDS]
            named = named or self._described(token)
            return named or own + self._coordinated_owners(token, own)
        if own:
            # "North and South Korea": a name whose rest the next one shares is coordinated with it,
            # also when the parser leaves it holding only the "and" ("*Israeli* and Hezbollah fighters")
            return own + [span for child in token.lefts if child.dep_ in MODIFIER_DEPS
                          and any(c.dep_ in {"conj", "cc"} for c in child.children)
                          for span in self.at(child) if span not in own]  # fmt: skip
        # "bombs in the capital *Baghdad*", "the port city, *Hodeidah*", "hosted the Iraqi Prime
        # Minister *Mohammed al-Sudani*", "struck Iran's ally, *Hezbollah*": the apposition names it
        place = token.lemma_.lower() in PLACE_HEADS
        named = [span for child in token.children if child.dep_ == "appos" for span in self.at(child)
                 if place or kind_of(span) in _NAMED_KINDS]  # fmt: skip
        if named:
            return named
        if token.lemma_.lower() in TIE_NOUNS:
            # "talks with *Israel's* enemies": whom a tie names its owner by is someone else, but
            # "*NATO* allies", "its *European Community* partners" are the body's own members
            return [s for c in token.children if c.dep_ in MODIFIER_DEPS for s in self.at(c) if self._body(s)]
        deps = MODIFIER_DEPS if places and token.lemma_.lower() not in _PRIVATE_HEADS else {"poss"}
        # "Russia sells *its* systems": a possessive pronoun marks ownership, not the other party,
        # but a body is hit through its assets ("fired water cannon at *its* supply boat")
        asset = token.lemma_.lower() in _ASSET_HEADS | _MEMBER_HEADS
        # "Iraqi and Kurdistan Regional governments": coordinated modifiers each name one
        found = [span for child in token.children if child.dep_ in deps and (child.pos_ != "PRON" or asset)
                 for each in conjuncts(child) for span in self.at(each)]  # fmt: skip
        if places and not found:
            # "the *North Korean* artillery drills": the parser may hang the owner on a compound, and a
            # group's name on the word of its kind ("the *ELN* guerrilla group"; "*Syria* sanctions
            # listings" are no Syria's)
            kinds = is_actor_noun(token)
            found = [span for child in token.children if child.dep_ == "compound" and not self.at(child)
                     for owner in child.children
                     if owner.dep_ == "amod" or (owner.dep_ == "compound" and kinds and is_actor_noun(child))
                     for span in self.at(owner)]  # fmt: skip
        if places and any(h in token.doc[token.left_edge.i : token.i].text for h in _HYPHENS):
            # "a *Greek*-flagged tanker", "an *Israeli*-linked ship", "a *US*-drafted resolution";
            # "*ISIS*-Sahel militants", where the rest is no actor ("Israel-Hamas war" names two)
            found += [span for owner in token.subtree if owner.i < token.i
                      and owner.dep_ in {"npadvmod", "compound", "amod"}
                      and ((owner.head.dep_ == "amod" and owner.head.lower_ not in _ORIGIN_PARTICIPLES)
                           or (owner.head.dep_ == "compound" and not self.at(owner.head)))
                      and owner.i + 1 < len(owner.doc) and owner.doc[owner.i + 1].text in _HYPHENS
                      for span in self.at(owner) if span not in found]  # fmt: skip
        if token.lemma_.lower() in BORDER_HEADS:
            # "its border *with China*": a border stands for the state across it
            found += [s for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
                      for o in p.children if o.dep_ == "pobj" for s in self.at(o)]  # fmt: skip
        found += [span for span in self._owners(token, places) if span not in found]
        lemma = token.lemma_.lower()
        if found or not (lemma in _OF_HEADS | _FOR_HEADS | _SITE_HEADS | _POLITY_HEADS or is_quantity(token)):
            return found
        # "tens of thousands of innocent people": quantities nest
        words = {"of", "for"} if lemma in _FOR_HEADS else {"of"}
        if lemma in _SITE_HEADS | _POLITY_HEADS:
            words |= {"in", "inside"}  # "this jail *in northern Israel*", "targets *inside* Syria"
        if lemma in _CONDUCT_HEADS:
            words.add("by")
        if lemma in _OBSERVER_HEADS:
            words.add("from")
        # "the defence chiefs of China *and the United States*": each conjunct owns the body
        return [
            span
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ in words
            for pobj in prep.children
            if pobj.dep_ == "pobj"
            for each in conjuncts(pobj)
            for span in self._of_head(each, places)
        ]

    def _territory(self, span: Span) -> bool:
        """Whether a mention names ground that can be held: a place by its name ("Idlib", "Gaza"),
        not people or a body ("Iran-controlled *militias*")."""
        actor = self.actor(span)
        return kind_of(span) in {"name", "place"} and (actor is None or actor.type in _TERRITORY_TYPES)

    def _holders_of_place(self, place: Token) -> list[Span]:
        """Whoever a hyphened participle of holding says holds ``place``: "*rebel*-held Idlib",
        "*Russian*-occupied Melitopol" (agent_words.yaml ``holding_participles``)."""
        doc = place.doc
        return [
            span
            for held in place.children
            if held.dep_ == "amod" and held.lemma_.lower() in _HOLDING_PARTICIPLES
            for owner in held.children
            if owner.dep_ in {"npadvmod", "compound", "amod", "nmod"}
            and owner.i + 1 < held.i
            and doc[owner.i + 1].text in _HYPHENS
            for span in self.at(owner)
        ]

    def _described(self, token: Token) -> list[Span]:
        """ "views the Polisario Front *as a separatist movement* armed by Algiers", "considers the
        Houthis *a terrorist group* backed by Tehran": what a verb of naming says its object is, is
        that object."""
        verb = naming_verb(token)
        if verb is None:
            return []
        holders = verb.children if token.dep_ == "pobj" else token.children
        deps = {"dobj", "nsubjpass"} if token.dep_ == "pobj" else {"nsubj"}
        return [s for o in holders if o.dep_ in deps for s in self.at(o) if kind_of(s) in _NAMED_KINDS]

    def _body(self, span: Span) -> bool:
        """Whether ``span`` names an international organisation or alliance, a body of members."""
        actor = self.actor(span)
        return actor is not None and actor.type == "igo"

    def _qualifying_state(self, span: Span) -> bool:
        """ "Protesters *(Kenya)*", "an Unidentified Armed Group *(Nigeria)*": a state in brackets
        after a group says where it is from (as conflict monitors write), not who it is."""
        actor = self.actor(span)
        bracketed = span.start > 0 and self.doc[span.start - 1].text == "("
        return bracketed and actor is not None and actor.type == "state"

    def _owners(self, token: Token, places: bool) -> list[Span]:
        """Whom a participle after ``token`` names as its owner ("property *belonging to* X") or,
        after a site, as who is there ("a base *hosting* US forces")."""
        participles = [c for c in token.children if c.dep_ == "acl"]
        site = token.lemma_.lower() in _SITE_HEADS
        hosted = [o for acl in participles if site and acl.lemma_.lower() in _HOSTING_VERBS
                  for o in acl.children if o.dep_ == "dobj"]  # fmt: skip
        return [
            span
            for acl in participles if acl.lemma_.lower() in _OWNING_VERBS
            for prep in acl.children if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"to", "by"}
            for pobj in prep.children if pobj.dep_ == "pobj"
            for span in self._of_head(pobj, places)
        ] + [span for o in hosted for span in self._of_head(o, places)]  # fmt: skip

    def _coordinated_owners(self, token: Token, own: list[Span]) -> list[Span]:
        """ "*Forces of India* and Pakistan", "*Activists from Britain* and Germany": the agent mention
        takes its first owner; the others, coordinated with it, own the body too."""
        owners = [o for p in token.children if p.dep_ == "prep" and p.lower_ in _OWNER_PREPS
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        found = [span for owner in owners for other in conjuncts(owner)[1:]
                 for span in self.at(other) if span not in own]  # fmt: skip
        # "Senior *Hungarian* and Romanian officials": a modifier coordinated with the owner named
        # inside the mention owns the body too, also when the parser leaves it holding only the "and"
        # ("*Israeli* and Hezbollah fighters")
        inside = [t for span in own for t in span if t.dep_ in MODIFIER_DEPS and t.head == token]
        found += [span for modifier in inside for other in conjuncts(modifier) if other not in inside
                  for span in self.at(other) if span not in own and span not in found]  # fmt: skip
        found += [span for child in token.children if child.dep_ in MODIFIER_DEPS and child.i < token.i
                  for span in self.at(child) if span not in own and span not in found
                  and any(c.dep_ in {"conj", "cc"} for c in child.children)]  # fmt: skip
        return found


def naming_verb(token: Token) -> Token | None:
    """The verb of naming that says its object is ``token``: "views Iran *as a threat*",
    "considers the Houthis *a terrorist group*" (the parser makes the object the subject of a
    clause there).
    """
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        verb = token.head.head
    elif token.dep_ in {"ccomp", "xcomp", "oprd"}:
        verb = token.head
    else:
        return None
    return verb if verb.lemma_.lower() in DESCRIBING_VERBS else None


def conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Iran, Russia and China").

    An apposition that is itself coordinated is a list item the parser mislabelled: in "the
    UK, the Coalition and Iraq" spaCy often attaches "Coalition" as an apposition of "UK".
    So is a noun modifier left holding the "and": "joined *the US Secretary of State* and
    international partners" (the parser hangs the first conjunct on the second's head).
    """
    found, stack = [], [token]
    while stack:  # no recursion: a hostile list of names may nest thousands deep
        current = stack.pop()
        found.append(current)
        stack.extend(child for child in current.children
                     if child.dep_ == "conj" or _listed_appos(child) or _stranded(child))  # fmt: skip
    found += _headline_pair(token)
    return sorted(_not_denied(token, found), key=lambda t: t.i)


def _headline_pair(subject: Token) -> list[Token]:
    """ "*Japan*, Australia sign defence pact": a headline joins two subjects with a comma, and the
    parser makes the first a modifier of the verb. Only at the start of the sentence."""
    if subject.dep_ != "nsubj" or subject.left_edge.i < 2:
        return []
    comma, first = subject.doc[subject.left_edge.i - 1], subject.doc[subject.left_edge.i - 2]
    opens = first.left_edge.i == first.sent.start
    return (
        [first]
        if comma.text == "," and first.dep_ in {"npadvmod", "dep"} and first.head == subject.head and opens
        else []
    )


def _not_denied(head: Token, members: list[Token]) -> list[Token]:
    """The members a denying coordination leaves: "views *neither* Russia nor Iran *but* China as a
    threat" and "*not* Iran *but* China" name China only, "neither Russia nor Iran" as an object no
    one. As a subject, both ("*Neither* Russia nor Ukraine has accepted": the clause is negated,
    graphkit.relations.modality)."""
    but = min((c.i for c in head.children if c.dep_ == "cc" and c.lower_ == "but"), default=None)
    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in head.children):
        if but is None and head.dep_ in {"nsubj", "nsubjpass"}:
            return members
        return [m for m in members if but is not None and m.i > but]
    if but is not None and any(c.dep_ == "neg" for c in head.children):
        return [m for m in members if m.i > but]
    return members


def _stranded(modifier: Token) -> bool:
    """Whether a noun modifier holds a coordination its head's phrase should have: an "and"
    after it ("joined *the US Secretary of State* and international partners"), or inside it,
    coordinating a word that modifies the head ("the Russian Minister of Foreign Affairs and
    *Pakistani* officials"). "North and South Korea" hangs the names on the head as compounds;
    "Trade and *Industry* officials" coordinates nouns of one name."""
    head = modifier.head
    if modifier.dep_ != "nmod" or modifier.right_edge.i >= head.i:
        return False
    if any(c.dep_ == "cc" and c.i > modifier.i for c in modifier.children):
        return True
    last = modifier.right_edge
    return (
        last.dep_ == "conj"
        and last.i == head.i - 1
        and (last.pos_ == "ADJ" or last.ent_type_ in _NAMING_ENTS)
        and any(c.dep_ == "cc" for c in last.head.children)
    )


def _listed_appos(token: Token) -> bool:
    return token.dep_ == "appos" and any(c.dep_ == "conj" for c in token.children)


def _contains(span: Span, token: Token) -> bool:
    return span.start <= token.i < span.end
