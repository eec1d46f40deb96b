"""Template sentences for the dictionary self-check: one per CAMEO verb pattern.

Every record of ``cameo_verbs.jsonl`` that codes an event (and every default of
``verb_overrides.yaml``) becomes one sentence in which a state acts on another through exactly
that pattern: the verb in the simple past, the pattern's object (plural where the noun is
countable), particle and prepositional phrase, and the target state where the pattern puts it.
``benchmarks/dictionary_selfcheck.py`` runs the extractor over them and checks each comes out
with its pattern's code.

Where the target goes:

- in the prepositional phrase when the record says so (``target: pobj``) or when the pattern
  names a preposition but not its object ("France sent troops *to Germany*");
- after an object that is the source's own act, by the preposition of its CAMEO root
  (:data:`ACT_PREPOSITIONS`): the object is an act (a relational noun of the lexicon) or the
  verb one whose object is its subject's own ("France carried out the strikes *against Germany*",
  "France expressed the alarm *about Germany*"; "Germany's alarm" would be Germany's own);
- otherwise right after the verb ("France accused *Germany*", "France argued *Germany* over
  weapons"). Before an object the target is its receiver when the record says so (``target:
  dobj``) or the code is one of handing over or meeting (roots 03, 04, 06, 07: "France sent
  *Germany* aid"), else its owner ("France approved *Germany's* claims"): a bare noun after a
  name that receives nothing reads as a clause ("Germany claims"). A particle follows the
  target when there is no object ("France called *Germany* off") and precedes it when there
  is one ("France called off *Germany's* plans").

Inflection is lemminflect's, with its rules for unknown words for a verb it does not know
("relaunched"); a noun it does not know is written as its lemma.

Examples
--------
>>> record = {"lemma": "send", "code": "062", "object": ["troop"], "prep": "to",
...           "prep_object": None, "particle": None, "target": None}
>>> make_template(record, STATES[0], STATES[1]).text
'France sent troops to Germany.'
>>> make_template(dict(record, object=None, prep=None, lemma="accuse"), STATES[0], STATES[1]).text
'France accused Germany.'
>>> [t.text for t in templates([record, dict(record, lemma="dispatch")])]
['Italy sent troops to Ghana.', 'Norway dispatched troops to Mexico.']
"""

from __future__ import annotations

import json
import random
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from typing import Any, Literal

from lemminflect import getAllInflections, getAllLemmas, getInflection

from graphkit.io import load_yaml
from graphkit.relations.lexicon import overrides_by_lemma, with_overrides

__all__ = [
    "ACT_PREPOSITIONS",
    "RECIPIENT_ROOTS",
    "SEED",
    "STATES",
    "State",
    "Template",
    "load_patterns",
    "make_template",
    "noun_form",
    "noun_like",
    "past_tense",
    "templates",
]

State = tuple[str, str]
"""A state's name as written in the sentence and its ISO 3166 alpha-3 code."""

STATES: tuple[State, ...] = (
    ("France", "FRA"),
    ("Germany", "DEU"),
    ("Kenya", "KEN"),
    ("Brazil", "BRA"),
    ("Japan", "JPN"),
    ("India", "IND"),
    ("Turkey", "TUR"),
    ("Egypt", "EGY"),
    ("Peru", "PER"),
    ("Norway", "NOR"),
    ("Canada", "CAN"),
    ("Mexico", "MEX"),
    ("Chile", "CHL"),
    ("Ghana", "GHA"),
    ("Poland", "POL"),
    ("Spain", "ESP"),
    ("Italy", "ITA"),
    ("Sweden", "SWE"),
    ("Vietnam", "VNM"),
    ("Argentina", "ARG"),
)
"""Single-word names the actor catalogue knows as states."""

RECIPIENT_ROOTS = frozenset({"03", "04", "06", "07"})
"""CAMEO roots whose object is handed over or met about: the target receives it."""

ACT_PREPOSITIONS: dict[str, str] = {
    "01": "about", "02": "to", "03": "to", "04": "with", "05": "with", "06": "with", "07": "to",
    "08": "to", "09": "into", "10": "from", "11": "against", "12": "with", "13": "against",
    "14": "against", "15": "against", "16": "with", "17": "against", "18": "against",
    "19": "against", "20": "against",
}  # fmt: skip
"""Per CAMEO root, the preposition that names whom an act is aimed at, as the codebook's own
descriptions phrase it: talks *with*, aid *to*, strikes *against*, an inquiry *into*."""

SEED = 17
"""Seed of the state pairs: the same records always give the same sentences."""


@dataclass(frozen=True, slots=True)
class Template:
    """The sentence of one pattern and what the extractor should find in it."""

    lemma: str
    code: str
    """The pattern's CAMEO code: the relation from ``source`` to ``target`` should carry it."""
    origin: Literal["dictionary", "override"]
    index: int
    """Position of the record among the patterns (``load_patterns`` order)."""
    source: State
    target: State
    text: str
    """The sentence; empty when ``error`` is set."""
    verb_start: int
    verb_end: int
    """Character offsets of the verb in ``text``."""
    object: str | None
    """Lemma of the direct object written (one of the pattern's)."""
    prep: str | None
    prep_object: str | None
    """Lemma of the preposition's object written; None when the target fills it."""
    particle: str | None
    slot: Literal["dobj", "pobj"]
    """Where the target state stands: after the verb or as the preposition's object."""
    constrained: bool
    """Whether the record asks anything of the verb's dependents (else it is the verb's default)."""
    error: str | None = None
    """Why no sentence could be made (a verb lemminflect cannot inflect)."""


def past_tense(lemma: str) -> str | None:
    """The simple past of a verb; one lemminflect does not know takes its rules for unknown
    words ("relaunched", "torched"). None only for a lemma it cannot inflect at all.

    >>> past_tense("send"), past_tense("accuse"), past_tense("relaunch")
    ('sent', 'accused', 'relaunched')
    """
    forms = getInflection(lemma, "VBD", inflect_oov=True)
    return forms[0] if forms else None


def noun_form(lemma: str) -> str:
    """The plural of a noun used only as a count noun, else the lemma itself.

    lemminflect lists the bare form among the plurals of nouns that are also mass nouns
    ("aid", "criticism"): those stay singular.

    >>> noun_form("troop"), noun_form("weapon"), noun_form("aid"), noun_form("acces")
    ('troops', 'weapons', 'aid', 'acces')
    """
    plurals = getAllInflections(lemma, upos="NOUN").get("NNS")
    if not plurals or lemma in plurals:
        return lemma
    return plurals[0]


def noun_like(lemma: str) -> bool:
    """Whether a pattern's object can be a noun: lemminflect knows it as one, or not at all
    (the spaCy lemmatiser's slips, "acces" for "access", are unknown words), or it is a gerund.

    >>> [noun_like(w) for w in ("troop", "acces", "cleansing", "bitterly", "injure")]
    [True, True, True, False, False]
    """
    kinds = getAllLemmas(lemma)
    return not kinds or "NOUN" in kinds or lemma.endswith("ing")


def _known_noun(lemmas: Sequence[str]) -> str:
    """The first lemma lemminflect knows as a noun (real words over lemmatiser slips), else the first."""
    return next((x for x in lemmas if getAllInflections(x, upos="NOUN")), lemmas[0])


def make_template(
    record: Mapping[str, Any],
    source: State,
    target: State,
    index: int = 0,
    acts: Collection[str] = (),
    support: Collection[str] = (),
) -> Template:
    """The sentence in which ``source`` acts on ``target`` through the pattern ``record``.

    ``acts`` are the nouns that name an act (the lexicon's relational nouns) and ``support``
    the verbs whose object is their subject's own ("expressed *alarm*", "carried out *raids*"):
    such an object is the source's own act, aimed at the target by the preposition of its
    CAMEO root ("France expressed the alarm *about* Germany"), not the target's ("Germany's alarm").

    >>> rec = {"lemma": "call", "code": "160", "object": None, "prep": None, "prep_object": None,
    ...        "particle": "off", "target": None}
    >>> a, b = ("France", "FRA"), ("Germany", "DEU")
    >>> make_template(rec, a, b).text
    'France called Germany off.'
    >>> make_template(dict(rec, object=["talk"]), a, b).text
    "France called off Germany's talk."
    >>> make_template(dict(rec, object=["aid"], code="070"), a, b).text
    'France called off Germany aid.'
    >>> make_template(dict(rec, particle=None, lemma="argue", prep="over", prep_object=["weapon"]), a, b).text
    'France argued Germany over weapons.'
    >>> strikes = dict(rec, object=["strike"], code="195", lemma="carry", particle="out")
    >>> make_template(strikes, a, b, acts={"strike"}).text
    'France carried out the strikes against Germany.'
    >>> make_template(dict(rec, lemma="relaunch", particle=None), a, b).text
    'France relaunched Germany.'
    """
    lemma, code = str(record["lemma"]), record["code"]
    if code is None:
        raise ValueError(f"record of {lemma!r} codes no event")
    objects, prep_objects = record.get("object"), record.get("prep_object")
    prep, particle = record.get("prep"), record.get("particle")
    obj = _known_noun(objects) if objects else None
    in_pobj = prep is not None and (record.get("target") == "pobj" or not prep_objects)
    pobj = _known_noun(prep_objects) if prep_objects and not in_pobj else None
    template = Template(
        lemma=lemma,
        code=str(code),
        origin=record.get("origin", "dictionary"),
        index=index,
        source=source,
        target=target,
        text="",
        verb_start=0,
        verb_end=0,
        object=obj,
        prep=prep,
        prep_object=pobj,
        particle=particle,
        slot="pobj" if in_pobj else "dobj",
        constrained=any(x is not None for x in (objects, prep, prep_objects, particle)),
    )
    verb = past_tense(lemma)
    if verb is None:
        return replace(template, error=f'no past tense for verb "{lemma}"')
    if in_pobj and prep_objects:
        return replace(template, error="the target and the preposition's object compete for one slot")
    noun = noun_form(obj) if obj is not None else None
    words: list[str | None]
    if in_pobj:
        words = [verb, particle, noun, prep, target[0]]
    elif (
        noun is not None
        and (obj in acts or lemma in support)
        and prep is None
        and record.get("target") != "dobj"
    ):
        # "carried out strikes *against Germany*": the act is the source's, not "Germany's strikes"
        words = [verb, particle, "the", noun, ACT_PREPOSITIONS[template.code[:2]], target[0]]
    elif noun is not None:
        tail = [prep, noun_form(pobj)] if pobj is not None else []
        recipient = record.get("target") == "dobj" or template.code[:2] in RECIPIENT_ROOTS
        words = [verb, particle, target[0] if recipient else f"{target[0]}'s", noun, *tail]
    else:
        tail = [prep, noun_form(pobj)] if pobj is not None else []
        words = [verb, target[0], particle, *tail]
    text = f"{source[0]} {' '.join(w for w in words if w)}."
    start = len(source[0]) + 1
    return replace(template, text=text, verb_start=start, verb_end=start + len(verb))


def templates(
    records: Iterable[Mapping[str, Any]],
    states: Sequence[State] = STATES,
    seed: int = SEED,
    acts: Collection[str] = (),
    support: Collection[str] = (),
) -> list[Template]:
    """One template per record, each with a pair of different states drawn with ``seed``.

    >>> rec = {"lemma": "accuse", "code": "112", "object": None, "prep": None, "prep_object": None,
    ...        "particle": None, "target": None}
    >>> [t.text for t in templates([rec, rec], seed=1)]
    ['Japan accused Vietnam.', 'Kenya accused Peru.']
    """
    rng = random.Random(seed)
    made = []
    for index, record in enumerate(records):
        source, target = rng.sample(list(states), 2)
        made.append(make_template(record, source, target, index, acts, support))
    return made


def load_patterns(
    verbs: str | None = None, overrides: str | None = None, pattern_overrides: str | None = None
) -> list[dict[str, Any]]:
    """Every pattern that codes an event: the records of ``cameo_verbs.jsonl`` with a code, in
    file order, with the codes ``pattern_overrides.yaml`` documents in place (a pattern it sets to
    none codes no event), then the defaults of ``verb_overrides.yaml`` with a code (as records
    without constraints, ``origin: override``). ``verbs``, ``overrides`` and ``pattern_overrides``
    are the files' texts (default: the packaged ones).

    >>> patterns = load_patterns()
    >>> patterns[0]["lemma"], patterns[-1]["origin"]
    ('abandon', 'override')
    >>> load_patterns('{"_meta": {}}\\n', "talk: '040'\\nsay: null\\n", "[]")
    [{'lemma': 'talk', 'code': '040', 'object': None, 'prep': None, 'prep_object': None, \
'particle': None, 'reciprocal': None, 'target': None, 'origin': 'override'}]
    """
    data = resources.files("graphkit") / "data"
    if verbs is None:
        verbs = (data / "cameo_verbs.jsonl").read_text(encoding="utf-8")
    if overrides is None:
        overrides = (data / "verb_overrides.yaml").read_text(encoding="utf-8")
    if pattern_overrides is None:
        pattern_overrides = (data / "pattern_overrides.yaml").read_text(encoding="utf-8")
    documented = overrides_by_lemma(load_yaml(pattern_overrides) or [])
    found: list[dict[str, Any]] = []
    for line in verbs.splitlines():
        record = json.loads(line)
        if "_meta" in record:
            continue
        record = with_overrides([record], documented.get(record["lemma"], ()))[0]
        if record["code"] is not None:
            found.append(record | {"origin": "dictionary"})
    for key, code in (load_yaml(overrides) or {}).items():
        if code is not None:
            lemma, *particle = str(key).split()  # "take in": a phrasal verb's default
            empty = dict.fromkeys(("object", "prep", "prep_object", "particle", "reciprocal", "target"))
            empty["particle"] = particle[0] if particle else None
            found.append({"lemma": lemma, "code": str(code), **empty, "origin": "override"})
    return found
