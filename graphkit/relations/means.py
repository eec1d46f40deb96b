"""The weapon an attack is carried out with, and CAMEO's finer code of force it gives.

CAMEO codes force with no weapon named as 190 ("not specified below") and gives weapons codes
of their own: small arms 193, artillery and tanks 194, aerial weapons 195 (remotely piloted
ones 1952), and bombs an attacker carries are unconventional violence (suicide 1831, car
1832). News names the weapon in three places, read here for any act the dictionary codes 190:

* as the one who acts: "Israeli *aircraft* struck Hezbollah targets", "a *drone* attack hit a
  refinery", "Kyiv was hit by Russian *missiles*";
* as what the act is done with: "attacked Kharkiv *with* drones", "*using* artillery";
* on the act's own noun: "an *artillery* attack on Kherson", "*air* raids", or on the force
  it takes as object: "traded *artillery* fire".

The words and their codes are data (``means_of_force`` in ``graphkit/data/rules/words.yaml``).
When the weapons named differ ("with drones and tanks"), the act keeps 190, unless all are
aerial: "drones and missiles" is 195.

>>> import spacy
>>> from spacy.tokens import Doc
>>> words = ["Russian", "jets", "attacked", "Idlib"]
>>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2],
...           deps=["amod", "nsubj", "ROOT", "dobj"], pos=["ADJ", "NOUN", "VERB", "PROPN"],
...           lemmas=["russian", "jet", "attack", "Idlib"])
>>> finer_force(doc[2])
'195'
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from graphkit.relations.syntax import antecedent
from graphkit.relations.words import WORDS

__all__ = ["AERIAL_FORCE", "GENERIC_FORCE", "finer_force", "weapons"]

GENERIC_FORCE = "190"
"""CAMEO's force with no weapon named, the only code a weapon makes finer."""

AERIAL_FORCE = "195"
"""CAMEO's aerial weapons, the kind a bombing's noun names and the drones' code extends."""
_ACTING_DEPS = {"nsubj", "agent"}
_WITH_PREPS = {"with", "by"}
_USING = {"use", "employ"}
_MODIFIER_DEPS = {"compound", "amod", "nmod"}
_DEFENCES = {"defence", "defense", "defences", "defenses"}


def finer_force(act: Token) -> str | None:
    """CAMEO's code of force with the weapons named around ``act``, or ``None`` when none is named
    or they differ in kind."""
    codes = {WORDS.means_of_force[w] for w in weapons(act)}
    if len(codes) == 1:
        return codes.pop()
    if codes and all(code.startswith(AERIAL_FORCE) for code in codes):
        return AERIAL_FORCE
    return None


def weapons(act: Token) -> list[str]:
    """The weapon words named as the actor, the instrument or the kind of ``act``, as lemmas."""
    return [word for holder in _holders(act) for word in _words(holder) if word in WORDS.means_of_force]


def _holders(act: Token) -> Iterator[Token]:
    """The tokens that may name a weapon of ``act``: itself (by its modifiers), what acts, and what
    it is done with."""
    yield act
    for child in act.children:
        if child.dep_ in _ACTING_DEPS or (child.dep_ == "prep" and child.lower_ in _WITH_PREPS):
            # "a suicide *bombing that* killed 12 policemen": a relative pronoun acts as its noun
            objects = (
                [antecedent(child)]
                if child.dep_ == "nsubj"
                else [c for c in child.children if c.dep_ == "pobj"]
            )
        elif child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in _USING:
            objects = [c for c in child.children if c.dep_ == "dobj"]  # "*using* drones"
        elif child.dep_ == "dobj" and (act.lemma_.lower() in _USING or act.lemma_.lower() in WORDS.launching):
            # "*used* Israeli drones against Armenian forces", "*launched* drones at a US warship"
            objects = [child]
        elif child.dep_ == "dobj" and child.lemma_.lower() in WORDS.force_nouns:
            objects = [child]  # "traded *artillery* fire": force named as the object, by its weapon
        else:
            continue
        for obj in objects:
            yield obj
            yield from obj.conjuncts


def _words(token: Token) -> list[str]:
    """The lemma of ``token``, when a common noun, and those of its noun modifiers ("*drone* attack");
    a defence's modifiers name what it stops, not what it fires ("*air* defences", "*missile* defence")."""
    if token.lemma_.lower() in _DEFENCES:
        return []
    if any(c.dep_ in _MODIFIER_DEPS and c.lower_ in WORDS.harmless_modifiers for c in token.children):
        return []  # "fired *water* cannon at the boat": crowd control, no weapon of war
    own = [token.lemma_.lower()] if token.pos_ == "NOUN" else []
    return own + [c.lemma_.lower() for c in token.children if c.dep_ in _MODIFIER_DEPS]
