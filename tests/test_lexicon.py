"""Tests for graphkit.relations.lexicon and the data files behind it."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from graphkit.relations.lexicon import CODES_FILE, NOUNS_FILE, VERBS_FILE, Lexicon

DATA = Path(str(resources.files("graphkit") / "data"))


@pytest.fixture(scope="module")
def lex(lexicon: Lexicon) -> Lexicon:
    return lexicon


def _header(name: str) -> dict:
    with (DATA / name).open(encoding="utf-8") as lines:
        return json.loads(next(lines))["_meta"]


def test_lexicon_headers_name_source_licence_and_script() -> None:
    codes, verbs = _header(CODES_FILE), _header(VERBS_FILE)
    for meta in (codes, verbs):
        assert {"source", "license", "generated", "script"} <= meta.keys()
        assert meta["script"] == "scripts/build_cameo_lexicon.py"
    assert verbs["license"] == "MIT"
    assert "Copyright (c) 2015 Open Event Data Alliance" in verbs["notice"]
    assert (DATA / NOUNS_FILE).read_text("utf-8").startswith("# Relational nouns")


def test_lexicon_code_table_has_every_root_and_valid_values(lex: Lexicon) -> None:
    codes = {c.code: c for c in lex.codes()}
    roots = [f"{n:02d}" for n in range(1, 21)]
    assert all(root in codes and f"{root}0" in codes for root in roots)
    assert len(codes) > 300
    assert all(-10.0 <= c.goldstein <= 10.0 for c in codes.values())
    assert all(c.code.startswith(root) for root in roots for c in codes.values() if c.code[:2] == root)
    # Every child shares its root's QuadClass; polarity follows the QuadClass.
    assert all(c.quad_class == codes[c.code[:2]].quad_class for c in codes.values())
    assert all((c.polarity == "cooperative") == (c.quad_class <= 2) for c in codes.values())


@pytest.mark.parametrize(
    ("code", "goldstein", "quad"),
    [
        ("010", 0.0, 1),
        ("020", 3.0, 1),
        ("036", 4.0, 1),
        ("042", 1.9, 1),
        ("043", 2.8, 1),
        ("046", 7.0, 1),
        ("057", 8.0, 1),
        ("061", 6.4, 2),
        ("072", 8.3, 2),
        ("0874", 10.0, 2),
        ("090", -2.0, 3),
        ("111", -2.0, 3),
        ("130", -4.4, 3),
        ("141", -6.5, 3),
        ("154", -7.2, 4),
        ("163", -8.0, 4),
        ("172", -5.0, 4),
        ("180", -9.0, 4),
        ("193", -10.0, 4),
        ("200", -10.0, 4),
    ],
)
def test_lexicon_code_goldstein_and_quad_class(lex: Lexicon, code: str, goldstein: float, quad: int) -> None:
    assert (lex.code(code).goldstein, lex.code(code).quad_class) == (goldstein, quad)


def test_lexicon_code_unknown_raises_key_error(lex: Lexicon) -> None:
    with pytest.raises(KeyError):
        lex.code("999")


def test_lexicon_relation_names_are_snake_case_and_inherited(lex: Lexicon) -> None:
    assert lex.relation_name("190") == "use_force"
    assert lex.relation_name("1123") == lex.relation_name("112") == "accuse"
    assert all(c.relation.replace("_", "").isalpha() and c.relation.islower() for c in lex.codes())


def test_lexicon_verb_codes_all_exist_in_the_code_table(lex: Lexicon) -> None:
    known = {c.code for c in lex.codes()}
    with (DATA / VERBS_FILE).open(encoding="utf-8") as lines:
        next(lines)
        records = [json.loads(line) for line in lines]
    used = {r["code"] for r in records} | {r["reciprocal"] for r in records}
    assert used - {None} <= known
    assert all(r["lemma"] == r["lemma"].lower() and " " not in r["lemma"] for r in records)


@pytest.mark.parametrize(
    ("lemma", "kwargs", "code"),
    [
        ("attack", {}, "190"),
        ("accuse", {}, "112"),
        ("condemn", {}, "111"),
        ("meet", {}, "040"),
        ("visit", {}, "042"),
        ("threaten", {}, "130"),
        ("invade", {}, "192"),
        ("sell", {"objects": ["weapon"]}, "062"),
        ("sell", {"objects": ["arm"], "preps": [("to", "iran")]}, "062"),
        ("supply", {}, "060"),
        ("supply", {"objects": ["arm"]}, "072"),
        ("provide", {"objects": ["weapon"]}, "072"),
        ("impose", {"objects": ["sanction"]}, "163"),
        ("sign", {"objects": ["agreement"]}, "057"),
        ("strike", {"objects": ["deal"]}, "057"),
        ("hold", {"objects": ["talk"]}, "046"),
        ("kick", {"particles": ["off"], "objects": ["talk"]}, "046"),
        ("clash", {"preps": [("with", "police")]}, "190"),
    ],
)
def test_lexicon_verb_lookup(lex: Lexicon, lemma: str, kwargs: dict, code: str) -> None:
    found = lex.verb(lemma, **kwargs)
    assert found is not None and found.code == code


def test_lexicon_verb_attack_is_material_conflict(lex: Lexicon) -> None:
    attack = lex.verb("attack")
    assert attack is not None and attack.code.startswith("19") and attack.quad_class == 4
    assert attack.polarity == "conflictual"


def test_lexicon_verb_pattern_overrides_default(lex: Lexicon) -> None:
    # "attack the government's decision" is verbal: CAMEO's ATTACK + DECISION pattern.
    verbal = lex.verb("attack", objects=["decision"])
    assert verbal is not None and verbal.code == "111" and verbal.quad_class == 3
    # "fight corruption" is coded as no event at all.
    assert lex.verb("fight", preps=[("with", "corruption")]) is None
    assert lex.verb("fight").code == "190"  # type: ignore[union-attr]


def test_lexicon_verb_is_case_insensitive_and_none_when_unknown(lex: Lexicon) -> None:
    assert lex.verb("ACCUSE") == lex.verb("accuse")
    assert lex.verb("frobnicate") is None
    assert lex.verb("anger") is None  # known verb, but CAMEO gives it no code


def test_lexicon_particle_matches_prepositional_reading(lex: Lexicon) -> None:
    # spaCy may parse "kicked off talks" with "off" as prt or prep: both find the pattern.
    as_prep = lex.verb("kick", objects=["talk"], preps=[("off", "")])
    assert as_prep is not None and as_prep.code == "046"


@pytest.mark.parametrize(
    ("lemma", "code", "relation", "symmetric"),
    [
        ("partnership", "050", "partnership", True),
        ("talk", "046", "negotiate", True),
        ("visit", "042", "visit", False),
        ("ceasefire", "0871", "ceasefire", True),
        ("sanction", "163", "sanction", False),
        ("war", "190", "use_force", True),
        ("invasion", "192", "occupy", False),
        ("airstrike", "195", "airstrike", False),
        ("accusation", "112", "accuse", False),
        ("condemnation", "111", "criticize", False),
        ("threat", "130", "threaten", False),
        ("arms sale", "062", "military_cooperation", False),
    ],
)
def test_lexicon_noun_lookup(lex: Lexicon, lemma: str, code: str, relation: str, symmetric: bool) -> None:
    noun = lex.noun(lemma)
    assert noun is not None
    assert (noun.code, noun.relation, noun.symmetric) == (code, relation, symmetric)


def test_lexicon_noun_forms_and_spelling(lex: Lexicon) -> None:
    assert lex.noun("air strike") == lex.noun("Airstrike")
    assert lex.noun("bust-up") is not None and lex.noun("bust-up") == lex.noun("bust up")
    assert lex.noun("arm sale") == lex.noun("arms sale")
    assert lex.noun("sandwich") is None


def test_lexicon_nouns_cover_the_brief_and_use_known_codes(lex: Lexicon) -> None:
    required = [
        "partnership",
        "alliance",
        "ally",
        "tie",
        "relation",
        "cooperation",
        "rapprochement",
        "talk",
        "negotiation",
        "meeting",
        "summit",
        "visit",
        "trip",
        "call",
        "deal",
        "agreement",
        "treaty",
        "accord",
        "ceasefire",
        "truce",
        "mediation",
        "sanction",
        "embargo",
        "tension",
        "rivalry",
        "hostility",
        "war",
        "conflict",
        "fighting",
        "clash",
        "confrontation",
        "invasion",
        "occupation",
        "attack",
        "strike",
        "airstrike",
        "bombing",
        "assault",
        "offensive",
        "support",
        "aid",
        "assistance",
        "backing",
        "supply",
        "sale",
        "threat",
        "condemnation",
        "criticism",
        "accusation",
        "dispute",
        "row",
        "bust-up",
        "spat",
        "standoff",
        "feud",
        "nexus",
        "axis",
        "pact",
        "proxy",
        "adversary",
        "rival",
        "enemy",
        "foe",
        "friend",
        "partner",
    ]
    nouns = {name: lex.noun(name) for name in required}
    assert [name for name, noun in nouns.items() if noun is None] == []
    for noun in nouns.values():
        assert noun is not None
        cameo = lex.code(noun.code)
        assert noun.source and noun.target
        # Event nouns share their code's relation name, so verb and noun edges merge.
        if noun.relation not in {
            "partnership", "alliance", "ties", "rapprochement", "friendship", "cooperation", "support",
            "supply", "proxy", "dispute", "tensions", "rivalry", "enmity", "standoff",
        }:  # fmt: skip
            assert noun.relation == cameo.relation, noun.lemma


def test_lexicon_noun_polarity_matches_meaning(lex: Lexicon) -> None:
    cooperative = ["alliance", "partner", "aid", "deal", "ceasefire", "talk"]
    conflictual = ["sanction", "rivalry", "enemy", "war", "accusation", "standoff"]
    assert all(lex.code(lex.noun(n).code).polarity == "cooperative" for n in cooperative)  # type: ignore[union-attr]
    assert all(lex.code(lex.noun(n).code).polarity == "conflictual" for n in conflictual)  # type: ignore[union-attr]


def test_lexicon_loads_from_a_given_directory() -> None:
    lex = Lexicon.load(DATA)
    assert lex.verb("accuse") is not None


def test_lexicon_version_is_a_stable_digest_of_the_data(lex: Lexicon) -> None:
    assert len(lex.version) == 16 and int(lex.version, 16) >= 0
    assert Lexicon.load(DATA).version == lex.version


def test_lexicon_a_particles_object_read_as_a_prepositions_still_matches() -> None:
    """ "embarked *on* manoeuvres": the parser may make the particle a preposition, its object a pobj."""
    lexicon = Lexicon.load()
    as_particle = lexicon.verb("embark", objects=["maneuver"], particles=["on"])
    as_preposition = lexicon.verb("embark", preps=[("on", "maneuver")])
    assert as_particle is not None
    assert as_preposition is not None
    assert as_preposition.code == as_particle.code == "150"
    visit = lexicon.verb("embark", preps=[("on", "visit")])
    assert visit is not None
    assert visit.code == "042"


@pytest.mark.parametrize("lemma", ["give", "provide", "lend", "donate"])
def test_a_pattern_override_names_a_family_of_verbs(lemma: str) -> None:
    found = Lexicon.load().verb(lemma, objects=["tank"])
    assert found is not None and found.code == "072"
