"""The character a sentence gives a relationship noun ("relations", "ties", "relationship").

A relationship noun names no event: what the sentence says of it does. "Hostile relations",
"relations *became tense*", "ties *deteriorated*" are conflict; "*close* ties", "ties *are warm*"
cooperation; "*never established* relations" nothing; and a sentence that defines the topic
("India–Pakistan relations *are* the bilateral relations between India and Pakistan") makes no
edge. The words are data (``graphkit/data/rules/relationship_character.yaml``).

>>> from spacy.tokens import Doc
>>> from spacy.vocab import Vocab
>>> doc = Doc(Vocab(), words=["relations", "became", "hostile"], heads=[1, 1, 1],
...           deps=["nsubj", "ROOT", "acomp"], pos=["NOUN", "VERB", "ADJ"],
...           lemmas=["relation", "become", "hostile"])
>>> Character.load().of(doc[0])
'conflict'
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from spacy.tokens import Token

from graphkit.io import load_yaml

__all__ = ["CHARACTER_FILE", "Character", "Tone"]

CHARACTER_FILE = "rules/relationship_character.yaml"
Tone = Literal["conflict", "cooperation"]

_VERBAL = {"VERB", "AUX"}
_DESCRIBING_DEPS = {"amod", "advmod", "acomp", "attr", "oprd", "npadvmod", "conj", "compound"}
"""Dependents of the noun or its verb that describe the relationship ("*close* ties", "became *tense*")."""
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_COPULAS = {"be", "remain", "become", "grow", "stay", "turn", "seem", "appear", "look", "get"}


@dataclass(frozen=True)
class Character:
    """Words that give a relationship its class, and the shapes of a definition."""

    words: dict[str, Tone]
    codes: dict[Tone, tuple[str, str]]
    """CAMEO code and relation name of each class."""
    defining_verbs: frozenset[str]
    defining_nouns: frozenset[str]
    reaching: frozenset[str] = frozenset()
    """Verbs that bring the relationship to a level their object names ("*hit* a new low")."""
    easing: frozenset[str] = frozenset()
    """Verbs and nouns by which a standing hostility lessens ("tensions *eased*", "an *easing* of
    tensions"): the relationship is improving."""
    lingering: frozenset[str] = frozenset()
    """Verbs that say a hostility stays, whatever eased ("eased slightly but *remain* high")."""

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Character:
        """Read ``rules/relationship_character.yaml`` from ``data_dir`` (default: the package's data)."""
        root: Path | Traversable = data_dir if data_dir is not None else resources.files("graphkit") / "data"
        data = load_yaml((root / CHARACTER_FILE).read_text(encoding="utf-8"))
        tones: tuple[Tone, ...] = ("cooperation", "conflict")  # conflict last: it wins a word in both
        words = {word: tone for tone in tones for word in data[tone]["words"]}
        codes = {tone: (str(data[tone]["code"]), str(data[tone]["relation"])) for tone in tones}
        defining = data["defining"]
        return cls(
            words,
            codes,
            frozenset(defining["verbs"]),
            frozenset(defining["nouns"]),
            frozenset(data["reaching"]),
            frozenset(data["easing"]),
            frozenset(data["lingering"]),
        )

    def of(self, noun: Token) -> Tone | None:
        """The class the sentence gives the relationship ``noun``; None when it gives none or defines it."""
        if self.defines(noun):
            return None
        return self._tone(_describing_words(noun) + _level_reached(noun, self.reaching))

    def cause(self, noun: Token) -> Tone | None:
        """The class of what a passive verb's agent says shaped the relationship ``noun`` ("relations
        were *shaped by a border dispute*", "ties *cemented by* trade"), or an active verb's subject
        ("*mutual distrust* has long marked relations"); None when it names none. The cause says
        more than the verb, which the dictionary may code for another sense ("shape ties" is to
        form them, 050)."""
        verb = noun.head
        if noun.dep_ not in {"nsubjpass", "dobj"} or verb.pos_ not in _VERBAL:
            return None
        if noun.dep_ == "dobj":
            causes = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        else:
            causes = [o for c in verb.children if c.dep_ == "agent" for o in c.children]
        # "shaped by *decades of* hostility": what the time named was full of
        causes += [g for o in causes for p in o.children if p.lower_ == "of" for g in p.children]
        return self._tone([w.lemma_.lower() for w in causes])

    def eased(self, noun: Token) -> bool:
        """Whether the sentence says the standing hostility ``noun`` lessens: "tensions between Greece
        and Turkey *eased*", "the rivalry *has subsided*", "a *thaw* in the feud"."""
        verb = noun.head
        lessened = noun.dep_ in _SUBJECT_DEPS and verb.pos_ in _VERBAL and verb.lemma_.lower() in self.easing
        staying = lessened and any(
            c.dep_ == "conj" and c.lemma_.lower() in self.lingering for c in verb.children
        )
        return (lessened and not staying) or any(word in self.easing for word in _nominal_governor(noun))

    def _tone(self, lemmas: list[str]) -> Tone | None:
        """The class the words give; conflict wins where both occur."""
        found = {self.words[w] for w in lemmas if w in self.words}
        if "conflict" in found:
            return "conflict"
        return "cooperation" if found else None

    def defines(self, noun: Token) -> bool:
        """ "A–B relations *are the* bilateral relations between A and B", "… *refers to* the ties …"."""
        verb = noun.head
        if verb.pos_ not in _VERBAL or verb == noun:
            return False
        lemma = verb.lemma_.lower()
        if lemma in self.defining_verbs and noun.dep_ in _SUBJECT_DEPS:
            return True
        if lemma != "be":
            return False
        others = [c for c in verb.children if c != noun and c.dep_ in {"attr", "nsubj"}]
        return any(c.lemma_.lower() in self.defining_nouns for c in others)


def _describing_words(noun: Token) -> list[str]:
    """Lemmas that may describe ``noun``: its own modifiers, and the verb it is the subject of with
    that verb's complements and its agent ("*marred by* mistrust")."""
    words = [c.lemma_.lower() for c in noun.children if c.dep_ in _DESCRIBING_DEPS]
    words += [c.lower_ for c in noun.children if c.dep_ in _DESCRIBING_DEPS]
    # "China–Australia relations *soured* in 2020" parsed as a participle of the noun, "ties
    # *strained by* mistrust": what happened to the relationship, as its verb would say
    for participle in (c for c in noun.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"}):
        words.append(participle.lemma_.lower())
        words += [o.lemma_.lower() for p in participle.children if p.dep_ == "agent" for o in p.children]
    words += _nominal_governor(noun)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ in _VERBAL:
        words.append(verb.lemma_.lower())  # "*normalised* relations", "*enjoy* close ties"
    if noun.dep_ in _SUBJECT_DEPS and verb.pos_ in _VERBAL:
        if verb.lemma_.lower() not in _COPULAS:
            words.append(verb.lemma_.lower())
        for child in verb.children:
            if child.dep_ in _DESCRIBING_DEPS:
                words += [child.lemma_.lower(), child.lower_]
                words += [g.lemma_.lower() for g in child.children if g.dep_ in {"amod", "advmod", "conj"}]
                words += _kind_named(child)
            elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {"by", "with"}):
                words += [o.lemma_.lower() for o in child.children if o.dep_ == "pobj"]
    return words


def _level_reached(noun: Token, reaching: frozenset[str]) -> list[str]:
    """ "ties *hit a new low*", "relations *sank to their lowest* point": the level the verb of which
    the relationship is the subject brings it to, with that level's modifiers."""
    verb = noun.head
    if noun.dep_ not in _SUBJECT_DEPS or verb.lemma_.lower() not in reaching:
        return []
    levels = [c for c in verb.children if c.dep_ == "dobj"]
    levels += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "at"}
               for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return [w.lemma_.lower() for level in levels for w in (level, *level.children) if w.dep_ != "det"]


def _nominal_governor(noun: Token) -> list[str]:
    """ "the *restoration* of ties", "a *thaw* in relations": the noun that says what became of the
    relationship, as a verb governing it would."""
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in {"of", "in"}:
        return []
    governor = preposition.head
    return [governor.lemma_.lower()] if governor.pos_ == "NOUN" and governor != noun else []


def _kind_named(predicate: Token) -> list[str]:
    """ "the relationship … is *one of close alliance*": the lemmas of the kind a predicate "one of"
    names, with its modifiers; none for any other predicate."""
    if predicate.lemma_.lower() != "one":
        return []
    kinds = [
        o
        for p in predicate.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [
        w.lemma_.lower()
        for kind in kinds
        for w in (kind, *kind.children)
        if w.dep_ in {"pobj", "amod", "compound"}
    ]
