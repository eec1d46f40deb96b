"""Event coding as the sentence asserts it: governors, relationship character, rule records.

Each mechanism is checked on hand-built parses (``Doc`` with words, heads, deps, POS and lemmas,
so no statistical parser is involved) and on sentences of our own from several contexts
through the real pipeline.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

from graphkit.actors.coref import resolve_pronouns
from graphkit.actors.domestic import assign_domestic
from graphkit.actors.gazetteer import Gazetteer
from graphkit.actors.kinds import actor_span
from graphkit.actors.matcher import ACTORS_KEY, SPANS_KEY
from graphkit.actors.nominals import generic_mentions, is_stance, kind_sector
from graphkit.extraction import Extractor
from graphkit.models import Actor, Document, MentionKind, Relation
from graphkit.relations import syntax
from graphkit.relations.arguments import ActorIndex
from graphkit.relations.attribution import Attribution
from graphkit.relations.character import Character
from graphkit.relations.governors import KEEP, Governors
from graphkit.relations.lexicon import Lexicon
from graphkit.relations.means import finer_force
from graphkit.relations.modality import modality_of
from graphkit.relations.rules import Rules

ENGLISH = spacy.blank("en")


def parsed(words: str, heads: list[int], deps: str, pos: str, lemmas: str, actors: dict[int, str]) -> Doc:
    """A parse written by hand; ``actors`` maps a token to the actor id it names.

    English lexical attributes (``lower_``, ``like_num``) come from a blank English vocabulary,
    as they would from any pipeline; no statistical component is involved.
    """
    doc = Doc(
        ENGLISH.vocab,
        words=words.split(),
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        lemmas=lemmas.split(),
    )
    doc.spans["actors"] = [actor_span(doc, i, i + 1, label, "name") for i, label in actors.items()]
    return doc


@pytest.fixture(scope="module")
def rules() -> Rules:
    return Rules(Lexicon.load())


def coded(rules: Rules, doc: Doc) -> set[tuple[str, str, str]]:
    return {
        (c.source.label_, c.target.label_, c.code.code) for c in rules.candidates(doc[:], ActorIndex(doc))
    }


def found(extractor: Extractor, text: str) -> list[Relation]:
    return extractor.extract(Document(id="t", text=text)).relations


def codes(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(source country, target country, CAMEO code) of every relation that is not negated."""
    return {
        (str(r.source.country), str(r.target.country), r.cameo)
        for r in found(extractor, text)
        if r.modality != "negated"
    }


# -- governors, on hand-built parses ----------------------------------------------------------
def test_event_coding_refusal_is_a_rejection_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile refused to meet Peru", [1, 1, 3, 1, 3], "nsubj ROOT aux xcomp dobj",
                 "PROPN VERB PART VERB PROPN", "Chile refuse to meet Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "125")}


def test_event_coding_threat_to_attack_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Iran threatened to attack Israel", [1, 1, 3, 1, 3], "nsubj ROOT aux xcomp dobj",
                 "PROPN VERB PART VERB PROPN", "Iran threaten to attack Israel",
                 {0: "IRN", 4: "ISR"})  # fmt: skip
    assert coded(rules, doc) == {("IRN", "ISR", "138")}


def test_event_coding_failure_asserts_nothing_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Egypt failed to attack Libya", [1, 1, 3, 1, 3], "nsubj ROOT aux xcomp dobj",
                 "PROPN VERB PART VERB PROPN", "Egypt fail to attack Libya",
                 {0: "EGY", 4: "LBY"})  # fmt: skip
    assert coded(rules, doc) == set()
    plain = parsed("Egypt attacked Libya", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN",
                   "Egypt attack Libya", {0: "EGY", 2: "LBY"})  # fmt: skip
    assert ("EGY", "LBY") in {(s, t) for s, t, _ in coded(rules, plain)}  # the actors are found


def test_event_coding_families_recode_by_the_longest_prefix() -> None:
    governors = Governors.load()
    doc = parsed("A plans to visit B", [1, 1, 3, 1, 3], "nsubj ROOT aux xcomp dobj",
                 "PROPN VERB PART VERB PROPN", "A plan to visit B", {})  # fmt: skip
    family, governor = governors.governing(doc[3]) or (None, None)
    assert family is not None and governor is not None
    assert (family.name, governor.text) == ("intent", "plans")
    assert (
        family.asserted("042") == "036" and family.asserted("195") == "138" and family.asserted("036") == KEEP
    )


# -- relationship character ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemmas", "tone"),
    [
        ("relations became hostile", [1, 1, 1], "nsubj ROOT acomp", "NOUN VERB ADJ",
         "relation become hostile", "conflict"),
        ("ties are warm", [1, 1, 1], "nsubj ROOT acomp", "NOUN AUX ADJ", "tie be warm", "cooperation"),
        ("relations deteriorated", [1, 1], "nsubj ROOT", "NOUN VERB", "relation deteriorate", "conflict"),
        ("close ties", [1, 1], "amod ROOT", "ADJ NOUN", "close tie", "cooperation"),
        ("ties exist", [1, 1], "nsubj ROOT", "NOUN VERB", "tie exist", None),
        # the level a relationship is brought to
        ("ties hit a new low", [1, 1, 4, 4, 1], "nsubj ROOT det amod dobj", "NOUN VERB DET ADJ NOUN",
         "tie hit a new low", "conflict"),
        ("relations reached their highest point", [1, 1, 4, 4, 1], "nsubj ROOT poss amod dobj",
         "NOUN VERB PRON ADJ NOUN", "relation reach their high point", "cooperation"),
        ("relations reached a point", [1, 1, 3, 1], "nsubj ROOT det dobj", "NOUN VERB DET NOUN",
         "relation reach a point", None),
    ],
)  # fmt: skip
def test_event_coding_relationship_character_on_hand_parses(
    words: str, heads: list[int], deps: str, pos: str, lemmas: str, tone: str | None
) -> None:
    doc = parsed(words, heads, deps, pos, lemmas, {})
    noun = next(t for t in doc if t.lemma_ in {"relation", "tie"})
    assert Character.load().of(noun) == tone


def test_event_coding_a_definition_is_no_relationship() -> None:
    doc = parsed("relations are the relations", [1, 1, 3, 1], "nsubj ROOT det attr", "NOUN AUX DET NOUN",
                 "relation be the relation", {})  # fmt: skip
    assert Character.load().defines(doc[0])


@pytest.mark.parametrize(
    ("text", "a", "b", "quads"),
    [
        ("Relations between India and Pakistan became hostile after the attack.", "IND", "PAK", {3, 4}),
        ("Ties between Japan and South Korea have deteriorated sharply.", "JPN", "KOR", {3, 4}),
        ("Iran severed diplomatic ties with Saudi Arabia in 2016.", "IRN", "SAU", {3, 4}),
        ("Ties between Ankara and Athens are warm.", "TUR", "GRC", {1, 2}),
        ("Cuba and the United States restored diplomatic relations in 2015.", "CUB", "USA", {1, 2}),
        ("Kenya and Ethiopia enjoy close ties.", "KEN", "ETH", {1, 2}),
    ],
)
def test_event_coding_relationships_take_the_class_the_text_gives(
    extractor: Extractor, text: str, a: str, b: str, quads: set[int]
) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == {a, b}]
    assert between, found(extractor, text)
    assert {r.quad_class for r in between} <= quads


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("India–Pakistan relations are the bilateral relations between India and Pakistan.", "IND", "PAK"),
        (
            "The two countries, Israel and Saudi Arabia, have never established diplomatic relations.",
            "ISR",
            "SAU",
        ),
        ("Relations between Chile and Bolivia are the subject of this article.", "CHL", "BOL"),
    ],
)
def test_event_coding_defined_or_negated_relationships_make_no_edge(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    mentions = {m.country for m in extractor.extract(Document(id="t", text=text)).mentions}
    assert {a, b} <= mentions  # the actors are found
    asserted = [r for r in found(extractor, text) if r.modality != "negated"]
    assert not [r for r in asserted if {r.source.country, r.target.country} == {a, b}]


# -- governors on the real pipeline, several contexts -------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela refused to meet Colombia's foreign minister.", ("VEN", "COL", "125")),
        ("Iran refused to negotiate with Israel.", ("IRN", "ISR", "125")),
        ("Azerbaijan threatened to break relations with Russia.", ("AZE", "RUS", "1313")),
        ("Turkey threatened to impose sanctions on Sweden.", ("TUR", "SWE", "1312")),
        ("Japan plans to meet China next week.", ("JPN", "CHN", "036")),
        ("The Iraqi Prime Minister, Nouri al-Maliki, met President Barack Obama at the White House "
         "on Tuesday.", ("IRQ", "USA", "040")),
    ],
)  # fmt: skip
def test_event_coding_governors_in_several_contexts(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_event_coding_failure_and_appeal_assert_nothing_inside(extractor: Extractor) -> None:
    assert not codes(extractor, "Egypt and Israel failed to reach an agreement on Tuesday.")
    assert codes(extractor, "Egypt and Israel reached an agreement on Tuesday.")  # the actors are found
    urged = codes(extractor, "Brazil urged Argentina to release the Chilean fishermen.")
    assert ("BRA", "ARG", "020") in {(s, t, c[:3]) for s, t, c in urged}
    assert not any(s == "ARG" for s, _, _ in urged)
    demanded = codes(extractor, "The United States demanded that North Korea abandon its nuclear program.")
    assert ("USA", "PRK", "100") in demanded


# -- rule records and two-sided events -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel has long viewed Tehran as a hostile entity.", ("ISR", "IRN", 3)),
        ("Washington sees China as the biggest strategic threat.", ("USA", "CHN", 3)),
        ("Poland regards Russia as an existential threat.", ("POL", "RUS", 3)),
        ("Japan considers Australia a close partner.", ("JPN", "AUS", 1)),
        # the parser may hang the "as" phrase on the object: it is still the verb's
        ("The Kremlin views NATO's eastward expansion as an existential threat.", ("RUS", None, 3)),
        ("Seoul regards Pyongyang's missile programme as a grave danger.", ("KOR", "PRK", 3)),
        ("Cairo sees Ethiopia's new dam on the Nile as a threat to its water supply.", ("EGY", "ETH", 3)),
        # the stance a verb of seeing is done with
        ("India views China's port projects in Sri Lanka with deep suspicion.", ("IND", "CHN", 3)),
        ("Moscow watched the NATO drills in Finland with alarm.", ("RUS", None, 3)),
        ("Beijing has long regarded the Quad with suspicion.", ("CHN", None, 3)),
    ],
)
def test_event_coding_assessments_are_relations(
    extractor: Extractor, text: str, expected: tuple[str, str | None, int]
) -> None:
    assert expected in {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}


def test_event_coding_an_assessment_whose_as_phrase_hangs_on_the_object_by_hand(rules: Rules) -> None:
    doc = parsed("Chile views Peru 's expansion as a threat", [1, 1, 4, 2, 1, 4, 7, 5],
                 "nsubj ROOT poss case dobj prep det pobj", "PROPN VERB PROPN PART NOUN ADP DET NOUN",
                 "Chile view Peru 's expansion as a threat", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)
    calm = parsed("Chile views Peru 's expansion as a fact", [1, 1, 4, 2, 1, 4, 7, 5],
                  "nsubj ROOT poss case dobj prep det pobj", "PROPN VERB PROPN PART NOUN ADP DET NOUN",
                  "Chile view Peru 's expansion as a fact", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") not in coded(rules, calm)


def test_event_coding_an_assessment_made_with_distrust_by_hand(rules: Rules) -> None:
    doc = parsed("Chile eyes Peru 's navy with suspicion", [1, 1, 4, 2, 1, 1, 5],
                 "nsubj ROOT poss case dobj prep pobj", "PROPN VERB PROPN PART NOUN ADP NOUN",
                 "Chile eye Peru 's navy with suspicion", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)
    calm = parsed("Chile eyes Peru 's navy with interest", [1, 1, 4, 2, 1, 1, 5],
                  "nsubj ROOT poss case dobj prep pobj", "PROPN VERB PROPN PART NOUN ADP NOUN",
                  "Chile eye Peru 's navy with interest", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") not in coded(rules, calm)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Forces of India and Pakistan exchanged fire across the border on Sunday.", "IND", "PAK"),
        ("A firefight between Somali troops and al-Shabaab left ten dead.", "SOM", "SOM"),
        ("Fighting erupted between Ethiopia and Eritrea in May.", "ETH", "ERI"),
        ("Clashes between Sudanese troops and the Rapid Support Forces killed dozens.", "SDN", None),
    ],
)
def test_event_coding_two_sided_fighting(extractor: Extractor, text: str, a: str, b: str | None) -> None:
    fights = [r for r in found(extractor, text) if r.quad_class == 4]
    assert fights, found(extractor, text)
    assert all(r.symmetric for r in fights)
    assert any(r.source.country == a and (b is None or r.target.country == b) for r in fights)


def test_event_coding_compound_objects_and_authors(extractor: Extractor) -> None:
    strike = codes(extractor, "France launched an air strike against Islamic State positions in Syria.")
    assert any(c == "195" for _, _, c in strike)
    rejected = found(extractor, "Syria rejected calls by Kofi Annan for a ceasefire.")
    assert ("SYR", "Kofi Annan", "1246") in {(r.source.country, r.target.text, r.cameo) for r in rejected}


# -- nouns that name their own actor, states of war, acting together -----------------------------
@pytest.mark.parametrize(
    ("text", "a", "b", "quad"),
    [
        ("Russia and Belarus are close allies.", "RUS", "BLR", 1),
        ("The United States is Israel's closest ally.", "USA", "ISR", 1),
        ("Germany has been one of Ukraine's biggest backers since the invasion.", "DEU", "UKR", 1),
        ("Russia, Iran's closest ally, vetoed the resolution.", "RUS", "IRN", 1),
        ("Ethiopia and Eritrea were locked in a perpetual war for two decades.", "ETH", "ERI", 4),
        (
            "Venezuela and Guyana are embroiled in a bitter dispute over the Essequibo region.",
            "VEN",
            "GUY",
            3,
        ),
        ("Japan and Australia enjoy warm relations built on trade.", "JPN", "AUS", 1),
    ],
)
def test_event_coding_relationships_stated_in_summary(
    extractor: Extractor, text: str, a: str, b: str, quad: int
) -> None:
    assert any(
        {r.source.country, r.target.country} == {a, b} and r.quad_class == quad
        for r in found(extractor, text)
    ), found(extractor, text)


def test_event_coding_co_subjects_are_allies_only_against_a_third_or_together(extractor: Extractor) -> None:
    joined = found(extractor, "Sweden and Finland applied to join NATO at the same time.")
    assert {"SWE", "FIN"} <= {
        m.country for m in extractor.extract(Document(id="t", text="Sweden and Finland.")).mentions
    }
    assert not any({r.source.country, r.target.country} == {"SWE", "FIN"} for r in joined)
    condemned = found(extractor, "Brazil and Argentina condemned Venezuela.")
    assert any({r.source.country, r.target.country} == {"BRA", "ARG"} for r in condemned)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel is opposed to Egyptian mediation in the talks.", ("ISR", "EGY", 3)),
        ("Hungary remains opposed to Ukraine's membership of the EU.", ("HUN", "UKR", 3)),
        ("India is allied with Russia.", ("IND", "RUS", 1)),
        ("Rockets were fired from Lebanon at Israel overnight.", ("LBN", "ISR", 4)),
        ("Kenyan police used tear gas to disperse Somali refugees in Nairobi.", ("KEN", "SOM", 4)),
    ],
)
def test_event_coding_stances_and_origins(
    extractor: Extractor, text: str, expected: tuple[str, str, int]
) -> None:
    assert expected in {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid from the European Union to Moldova will rise to 1.8 billion euros.", ("IGO", "MDA", 2)),
        ("Sweden halted negotiations with Hungary on the sale of fighter jets.", ("SWE", "HUN", 4)),
        (
            "Russia massed more than 100,000 troops near the Ukrainian border in early 2022.",
            ("RUS", "UKR", 4),
        ),
        ("Nigerian troops imposed a curfew in Niamey.", ("NGA", "NER", 4)),
        ("The suspect was extradited to Germany by Italian authorities on Wednesday.", ("ITA", "DEU", 2)),
        ("The French foreign minister arrived in Beirut on Sunday for a two-day visit.", ("FRA", "LBN", 1)),
    ],
)
def test_event_coding_places_themes_and_nouns_in_a_verbs_place(
    extractor: Extractor, text: str, expected: tuple[str, str, int]
) -> None:
    got = {(str(r.source.code)[:3], str(r.target.code)[:3], r.quad_class) for r in found(extractor, text)}
    assert expected in got, found(extractor, text)


def test_event_coding_a_reversing_verb_carries_its_object_event(extractor: Extractor) -> None:
    boycott = found(extractor, "Colombia will boycott all talks with Venezuela.")
    assert {r.cameo[:2] for r in boycott if (r.source.country, r.target.country) == ("COL", "VEN")} == {"13"}


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Senior Hungarian and Romanian officials agreed on Wednesday to reopen the border.", "HUN", "ROU"),
        ("Fighting erupted between Thai and Cambodian troops along the disputed border.", "THA", "KHM"),
        ("Indian and French navies held joint exercises in the Arabian Sea this week.", "IND", "FRA"),
    ],
)
def test_event_coding_coordinated_owners_are_both_parties(
    extractor: Extractor, text: str, a: str, b: str
) -> None:
    assert any({r.source.country, r.target.country} == {a, b} for r in found(extractor, text)), found(
        extractor, text
    )


def test_event_coding_coordinated_owners_act_alike(extractor: Extractor) -> None:
    text = "Activists from Britain and Germany staged a protest outside the Russian embassy in Berlin."
    protesters = {r.source.country for r in found(extractor, text) if r.target.country == "RUS"}
    assert protesters == {"GBR", "DEU"}


# -- a spot beside a place: "in front of", "outside of", "on the outskirts of" ----------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Dozens of activists staged a protest in front of the Iranian embassy in Paris.", ("FRA", "IRN")),
        ("Kenyan students demonstrated in front of the Ugandan high commission.", ("KEN", "UGA")),
        ("Syrian government forces shelled villages on the outskirts of Idlib.", ("SYR", "SYR")),
        ("Nigerian troops clashed with Boko Haram fighters in the vicinity of Maiduguri.", ("NGA", "NGA")),
    ],
)
def test_event_coding_a_spot_beside_a_place_stands_for_the_place(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in {(r.source.country, r.target.country) for r in found(extractor, text)}, found(
        extractor, text
    )


def test_event_coding_a_spot_beside_a_place_on_a_hand_parse(rules: Rules) -> None:
    words = "Students protested in front of the Peruvian embassy"
    doc = parsed(words, [1, 1, 1, 2, 3, 7, 7, 4], "nsubj ROOT prep pobj prep det amod pobj",
                 "NOUN VERB ADP NOUN ADP DET ADJ NOUN", "student protest in front of the peruvian embassy",
                 {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER") in {(s, t) for s, t, _ in coded(rules, doc)}
    # the phrase reads as "outside", and what it stands for is the embassy, not the spot
    assert (syntax.preposition(doc[2]), [t.text for t in syntax.objects_of(doc[2])]) == (
        "outside",
        ["embassy"],
    )


def test_event_coding_a_spot_after_a_direction_keeps_the_direction_on_a_hand_parse() -> None:
    doc = parsed("troops withdrew from the outskirts of Lima", [1, 1, 1, 4, 2, 4, 5],
                 "nsubj ROOT prep det pobj prep pobj", "NOUN VERB ADP DET NOUN ADP PROPN",
                 "troop withdraw from the outskirt of Lima", {6: "PER"})  # fmt: skip
    # "from" the spot is still from the place: the spot does not make it "near"
    assert (syntax.preposition(doc[2]), [t.text for t in syntax.objects_of(doc[2])]) == ("from", ["Lima"])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Russia pulled its troops back from the outskirts of Kyiv.", "UKR"),
        ("The army withdrew from the outskirts of Khartoum after heavy fighting.", "SDN"),
        ("Rebels retreated from the vicinity of Goma on Sunday.", "COD"),
    ],
)
def test_event_coding_a_retreat_from_a_spot_beside_a_place(
    extractor: Extractor, text: str, place: str
) -> None:
    assert [r for r in found(extractor, text) if r.cameo.startswith("08") and r.target.country == place]


# -- generic agents of one country --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Protesters in Dhaka hurled stones at police during clashes over job quotas.", "BGDCOP"),
        ("Thousands of Georgians rallied in Tbilisi against the government's decision.", "GEOGOV"),
        ("Uganda's government imposed a curfew on opposition strongholds after the vote.", "UGAOPP"),
    ],
)
def test_event_coding_generic_agents_take_their_country(extractor: Extractor, text: str, agent: str) -> None:
    assert agent in {r.target.code for r in found(extractor, text)}, found(extractor, text)


def test_event_coding_troops_are_not_assumed_at_home(extractor: Extractor) -> None:
    raid = found(extractor, "Two soldiers were killed in a raid by Israeli forces.")
    assert {r.source.code for r in raid} == {"ISRMIL"}
    assert all(r.target.country != "ISR" for r in raid)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X said it …": a place in the object is no one acted on, so "it" is X
        ("Switzerland said today it had expelled two Russian diplomats based in Geneva.", ("CHE", "RUS")),
        # a time is no part of a verb's pattern ("demand on" codes force in the dictionary)
        ("The United States on Thursday demanded that North Korea abandon its program.", ("USA", "PRK")),
        # one's own force is moved, not acted on
        ("Nigeria announced that it will withdraw its peacekeeping force from Chad.", ("NGA", "TCD")),
        # a site stands for the state it is in
        ("Palestinian prisoners rioted on Monday at a jail in northern Israel.", ("PSE", "ISR")),
    ],
)
def test_event_coding_wire_phrasings(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert expected in {(r.source.country, r.target.country) for r in found(extractor, text)}, found(
        extractor, text
    )


def test_event_coding_a_place_at_home_stands_for_its_people(extractor: Extractor) -> None:
    curfew = found(extractor, "Nigerian troops imposed a curfew in Lagos.")
    assert ("NGAMIL", "NGACVL") in {(r.source.code, r.target.code) for r in curfew}
    abroad = found(extractor, "Nigerian troops imposed a curfew in Niamey.")
    assert ("NGAMIL", "NER") in {(r.source.code, r.target.code) for r in abroad}
    assert codes(extractor, "The United States demanded on Thursday that Iran free the crew.") >= {
        ("USA", "IRN", "100")
    }


def test_event_coding_a_question_asserts_nothing(extractor: Extractor) -> None:
    text = "Whether Washington and Tehran will ever restore ties remains uncertain."
    assert {"USA", "IRN"} <= {m.country for m in extractor.extract(Document(id="t", text=text)).mentions}
    assert not found(extractor, text)
    assert found(extractor, "Washington and Tehran will restore ties.")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Iran and its proxies like Hezbollah have coordinated attacks on Israeli positions.",
            ("IRN", "LBN"),
        ),
        ("Vietnam upgraded its relationship with the United States.", ("VNM", "USA")),
    ],
)
def test_event_coding_instances_and_upgrades(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert any(
        (r.source.country, r.target.country) == pair and r.quad_class <= 2 for r in found(extractor, text)
    ), found(extractor, text)


def test_event_coding_teams_are_no_parties(extractor: Extractor) -> None:
    teams = "The Australian and New Zealand teams met in the rugby final in Sydney."
    assert not found(extractor, teams)
    assert found(extractor, "The Australian and New Zealand governments met in Sydney.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran seized a Greek-flagged oil tanker on Thursday.", ("IRN", "GRC")),
        ("Houthi rebels hijacked an Israeli-linked cargo ship in the Red Sea.", ("YEM", "ISR")),
        ("Azerbaijan returned four captured Armenian soldiers to Armenia.", ("AZE", "ARM")),
    ],
)
def test_event_coding_hyphenated_owners_and_returns(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in {(r.source.country, r.target.country) for r in found(extractor, text)}, found(
        extractor, text
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel rejected a French proposal for a truce in southern Lebanon.", ("FRA", "ISR", "020")),
        ("North Korea rejected Seoul's offer of talks, calling it a deception.", ("KOR", "PRK", "030")),
        (
            "Kosovo's prime minister declined an invitation from Serbia to attend the summit.",
            ("SRB", "KSV", "040"),
        ),
    ],
)
def test_event_coding_an_answered_speech_act_was_made(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_event_coding_a_boycotted_event_did_not_happen(extractor: Extractor) -> None:
    boycott = codes(extractor, "Colombia will boycott all talks with Venezuela.")
    assert boycott and all(c[:2] != "04" for _, _, c in boycott)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israeli army lifted a day-old blockade on Palestinian lorries.", ("ISR", "PSE", 2)),
        ("Rwandan rebels demanded the removal of President Juvenal Habyarimana.", ("RWA", "RWA", 3)),
        (
            "Israeli intelligence officials have shared evidence with the U.S. about the plot.",
            ("ISR", "USA", 2),
        ),
        ("The EU agreed to provide 70 million dollars of aid for Romania.", ("", "ROU", 1)),
    ],
)
def test_event_coding_what_is_given_and_whom_it_reaches(
    extractor: Extractor, text: str, expected: tuple[str, str, int]
) -> None:
    source, target, quad = expected
    assert any(
        (not source or r.source.country == source) and r.target.country == target and r.quad_class == quad
        for r in found(extractor, text)
    ), found(extractor, text)


def test_event_coding_one_record_per_event_and_speakers_who_are_someone(extractor: Extractor) -> None:
    strikes = found(extractor, "France launched air strikes on Islamic State positions in Syria.")
    roots = [(r.source.code, r.target.code, r.cameo[:2]) for r in strikes]
    assert roots and len(roots) == len(set(roots))
    quoted = found(extractor, "Those who know say Russia attacked Ukraine.")
    assert quoted and all(r.attributed_to != "Those" for r in quoted)
    named = found(extractor, "Russia attacked Ukraine, Ukrainian officials said.")
    assert {r.attributed_to for r in named} == {"Ukrainian officials"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyrgyz officials received a mission of observers from the OSCE.", ("KGZ", "IGO", 1)),
        ("Israeli troops remained on alert in the occupied West Bank today.", ("ISR", "PSE", 4)),
        ("Demonstrators in Baghdad showed their disapproval for the United States' policies.",
         ("IRQ", "USA", 3)),
        ("Palestinian youths threw stones during demonstrations against violations by the Israeli army.",
         ("PSE", "ISR", 3)),
    ],
)  # fmt: skip
def test_event_coding_hosts_alerts_and_the_authors_of_what_is_opposed(
    extractor: Extractor, text: str, expected: tuple[str, str, int]
) -> None:
    got = {(str(r.source.code)[:3], str(r.target.code)[:3], r.quad_class) for r in found(extractor, text)}
    assert expected in got, found(extractor, text)


# -- people named by what they do, and what a comment or a briefing is not ----------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenyan police fired tear gas at protesters in Nairobi on Tuesday.", "KENCOP", "KENOPP"),
        ("French police detained dozens of climate activists in Paris.", "FRACOP", "FRAOPP"),
        ("Hong Kong police fired tear gas and rubber bullets at pro-democracy demonstrators.", "HKGCOP",
         "HKGOPP"),
        ("Ugandan troops killed five villagers in a raid near the Congolese border.", "UGAMIL", "CVL"),
    ],
)  # fmt: skip
def test_event_coding_people_named_by_what_they_do_are_actors(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    assert (source, target) in {(r.source.code, r.target.code) for r in found(extractor, text)}, found(
        extractor, text
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police fired tear gas at opposition supporters in Nairobi.",
        "Soldiers in Caracas arrested dozens of backers of the opposition leader.",
        "Thai troops dispersed supporters of the former prime minister in Bangkok.",
    ],
)
def test_event_coding_a_noun_naming_supporters_is_no_support_by_whoever_acts_on_them(
    extractor: Extractor, text: str
) -> None:
    relations = found(extractor, text)
    assert relations and not [r for r in relations if r.cameo.startswith("05")], relations


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Demonstrators gathered in Warsaw to protest the bombing of Kyiv.", "UKR"),
        ("Russia condemned the attack on the Ukrainian power plant.", "UKR"),
        ("Turkey criticised the shelling of Idlib by government forces.", "SYR"),
        ("Egypt denounced the killing of Palestinian civilians by Israeli forces.", "PSE"),
    ],
)
def test_event_coding_who_comments_on_a_violent_act_does_not_act_on_its_victim(
    extractor: Extractor, text: str, victim: str
) -> None:
    commenting = [r for r in found(extractor, text) if r.quad_class == 3]
    assert all(r.target.country != victim for r in commenting), commenting


@pytest.mark.parametrize(
    ("text", "receiver"),
    [
        ("The Jordanian minister commented on the delivery of food to civilians in Daraa.", "SYR"),
        ("Kenya's president remarked on the supply of grain to Somalia.", "SOM"),
        ("The envoy reflected on the delivery of tanks to Ukraine, Reuters reported.", "UKR"),
    ],
)
def test_event_coding_who_comments_on_aid_does_not_give_it(
    extractor: Extractor, text: str, receiver: str
) -> None:
    """Commenting on a delivery is no delivery: the commenter is not the noun's source."""
    giving = [r for r in found(extractor, text) if r.cameo[:2] in {"06", "07"}]
    assert not [r for r in giving if r.rule == "noun-governed"], giving


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("The European Union welcomed new sanctions on Iran.", "IRN"),
        ("Kenya applauded the arms embargo against South Sudan.", "SSD"),
        ("The Arab League denounced the blockade of Qatar by Saudi Arabia.", "QAT"),
    ],
)
def test_event_coding_who_comments_on_sanctions_does_not_act_on_whom_they_target(
    extractor: Extractor, text: str, victim: str
) -> None:
    extraction = extractor.extract(Document(id="d", text=text))
    assert victim in {m.country for m in extraction.mentions}
    commenting = [r for r in extraction.relations if r.rule == "verb"]
    assert all(r.target.country != victim for r in commenting), extraction.relations


def test_event_coding_a_comment_on_sanctions_on_a_hand_parse(rules: Rules) -> None:
    bare = parsed("Chile praised the sanctions on Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                  "PROPN VERB DET NOUN ADP PROPN", "Chile praise the sanction on Peru",
                  {0: "CHL", 5: "PER"})  # fmt: skip
    authored = parsed("Chile praised Brazil 's sanctions on Peru", [1, 1, 4, 2, 1, 4, 5],
                       "nsubj ROOT poss case dobj prep pobj", "PROPN VERB PROPN PART NOUN ADP PROPN",
                       "Chile praise Brazil 's sanction on Peru", {0: "CHL", 2: "BRA", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER") not in {(s, t) for s, t, _ in coded(rules, bare)}
    assert ("BRA", "PER") in {(s, t) for s, t, _ in coded(rules, authored)}
    assert ("CHL", "BRA") in {(s, t) for s, t, _ in coded(rules, authored)}
    assert ("CHL", "PER") not in {(s, t) for s, t, _ in coded(rules, authored)}


def test_event_coding_comment_on_a_violent_act_reaches_its_author(extractor: Extractor) -> None:
    slammed = found(extractor, "Pakistan slammed the Indian strikes on Muzaffarabad.")
    assert ("PAK", "IND", 3) in {(r.source.country, r.target.country, r.quad_class) for r in slammed}


def test_event_coding_a_comment_on_a_violent_act_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile protested the bombing of Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chile protest the bombing of Peru",
                 {0: "CHL", 5: "PER"})  # fmt: skip
    assert not {(s, t) for s, t, _ in coded(rules, doc)} & {("CHL", "PER")}
    # not violent: the one held is whom the protest is about
    arrest = parsed("Chile protested the arrest of Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                    "PROPN VERB DET NOUN ADP PROPN", "Chile protest the arrest of Peru",
                    {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER") in {(s, t) for s, t, _ in coded(rules, arrest)}


@pytest.mark.parametrize(
    "text",
    [
        "Russia has no plans to attack NATO, Putin told reporters in Moscow.",
        "The ceasefire is holding, a Turkish official told journalists in Ankara.",
        "Germany will send more air defence systems, a government spokesman told reporters.",
    ],
)
def test_event_coding_a_briefing_to_the_press_relates_no_one_to_the_press(
    extractor: Extractor, text: str
) -> None:
    assert not [r for r in found(extractor, text) if r.target.code.endswith("MED")], found(extractor, text)


def test_event_coding_speech_to_an_actor_still_relates(extractor: Extractor) -> None:
    told = found(extractor, "Putin told Erdogan that Russia would keep the grain corridor open.")
    assert ("RUS", "TUR") in {(r.source.country, r.target.country) for r in told}, told


@pytest.mark.parametrize(
    "text",
    [
        "Iranian agents plotted to kill an Israeli diplomat in Cyprus, police said.",
        "Rebels conspired to attack the Malian army base near Gao.",
    ],
)
def test_event_coding_a_plot_is_a_threat_not_an_act(extractor: Extractor, text: str) -> None:
    plotted = found(extractor, text)
    assert plotted and all(r.cameo.startswith("13") or r.modality != "asserted" for r in plotted), plotted


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        (
            "Canada and India expelled each other's top diplomats in a row over a killing.",
            {"CAN", "IND"},
            "16",
        ),
        ("Armenia and Azerbaijan accused each other of violating the ceasefire.", {"ARM", "AZE"}, "11"),
        ("Russia and Ukraine blamed one another for the collapse of the grain deal.", {"RUS", "UKR"}, "11"),
    ],
)
def test_event_coding_each_other_is_a_two_sided_act_not_an_alliance(
    extractor: Extractor, text: str, pair: set[str], root: str
) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert any(r.cameo.startswith(root) for r in between), between
    assert not [r for r in between if r.quad_class <= 2], between


def test_event_coding_each_other_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru expelled each other 's envoys", [3, 0, 0, 3, 5, 7, 5, 3],
                 "nsubj cc conj ROOT det poss case dobj", "PROPN CCONJ PROPN VERB DET NOUN PART NOUN",
                 "Chile and Peru expel each other 's envoy", {0: "CHL", 2: "PER"})  # fmt: skip
    sides = {frozenset((s, t)) for s, t, code in coded(rules, doc) if not code.startswith("05")}
    assert sides == {frozenset({"CHL", "PER"})}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Canada and India expelled diplomats in a row over the killing of a Sikh activist.", {"CAN", "IND"}),
        (
            "Russia and Ukraine traded accusations over the shelling of the Zaporizhzhia plant.",
            {"RUS", "UKR"},
        ),
        ("Serbia and Kosovo held talks after the attack on a monastery in the north.", {"SRB", "KSV"}),
    ],
)
def test_event_coding_an_act_a_noun_is_about_is_not_the_subjects_act(
    extractor: Extractor, text: str, sides: set[str]
) -> None:
    violent = [r for r in found(extractor, text) if r.cameo[:2] in {"18", "19", "20"}]
    assert not [r for r in violent if r.source.country in sides], violent


def test_event_coding_a_series_of_acts_is_still_the_subjects(extractor: Extractor) -> None:
    strikes = found(extractor, "France launched a series of air strikes against Islamic State in Syria.")
    assert any(r.source.country == "FRA" and r.cameo.startswith("19") for r in strikes), strikes


# -- a verb that cuts back what its object names ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("The United Nations reduced food supplies to a Cambodian refugee camp.", ("IGO", "KHM"), "162"),
        ("Germany froze development cooperation with Niger after the coup.", ("DEU", "NER"), "16"),
        ("Japan suspended humanitarian assistance to Myanmar in March.", ("JPN", "MMR"), "162"),
        ("Israel halted its offensive against Hamas in Gaza.", ("ISR", "PSE"), "087"),
        # "suspend" alone reduces relations (160); what it suspends says how
        ("Washington suspended military aid to Kyiv for two weeks.", ("USA", "UKR"), "162"),
        ("The EU suspended budget support to Niger after the coup.", ("IGO", "NER"), "1621"),
        ("The World Bank suspended lending to Uganda over its anti-gay law.", ("IGO", "UGA"), "1621"),
    ],
)
def test_event_coding_a_curtailed_act_is_a_reduction_or_a_de_escalation(
    extractor: Extractor, text: str, pair: tuple[str, str], code: str
) -> None:
    got = {(str(r.source.code)[:3], str(r.target.code)[:3], r.cameo) for r in found(extractor, text)}
    assert any((s, t) == pair and c.startswith(code) for s, t, c in got), got
    assert not [c for s, t, c in got if (s, t) == pair and c[:2] in {"06", "07", "19"}], got


def test_event_coding_a_curtailing_verb_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile suspended aid to Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile suspend aid to Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "162")}
    threat = parsed("Chile threatened to halt aid to Peru", [1, 1, 3, 1, 3, 4, 5],
                    "nsubj ROOT aux xcomp dobj prep pobj", "PROPN VERB PART VERB NOUN ADP PROPN",
                    "Chile threaten to halt aid to Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert coded(rules, threat) == {("CHL", "PER", "1311")}


# -- a sum of aid: "£2.5 billion in military aid for Ukraine" ------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain announced £2.5 billion in military aid for Ukraine.", ("GBR", "UKR", "072")),
        ("The World Bank approved $300 million in loans to Kenya on Friday.", (None, "KEN", "071")),
        ("Japan pledged 10 billion yen in humanitarian assistance to Gaza.", ("JPN", "PSE", "03")),
        ("Germany pledged $500 million in humanitarian aid to Sudan.", ("DEU", "SDN", "03")),
    ],
    ids=["announced", "approved", "pledged-unit", "pledged"],
)
def test_event_coding_a_sum_of_aid_is_the_aid(
    extractor: Extractor, text: str, expected: tuple[str | None, str, str]
) -> None:
    """The sum aid is counted in carries the aid's receiver, and what the verb does to the sum it
    does to the aid: a pledge is an intent (03x), no aid given."""
    source, target, code = expected
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert any(s == source and t == target and c.startswith(code) for s, t, c in got), got
    if code == "03":
        assert not [c for _, t, c in got if t == target and c[:2] == "07"], got


def test_event_coding_a_sum_of_aid_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad announced $5 million in aid for Niger", [1, 1, 3, 1, 3, 4, 3, 6],
                 "nsubj ROOT nmod dobj prep pobj prep pobj", "PROPN VERB SYM NUM ADP NOUN ADP PROPN",
                 "Chad announce $5 million in aid for Niger", {0: "TCD", 7: "NER"})  # fmt: skip
    assert ("TCD", "NER", "070") in coded(rules, doc)


# -- the object's "by" hung on an active verb; a river bank is a place ---------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The ICC opened an investigation into alleged war crimes by Israeli forces in Gaza.",
            ("IGO", "ISR"),
        ),
        ("The UN opened an inquiry into alleged abuses by Ethiopian troops in Tigray.", ("IGO", "ETH")),
        ("Russian troops withdrew from the west bank of the Dnipro.", ("RUS", "UKR")),
    ],
)
def test_event_coding_the_author_or_place_inside_the_object(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in {(str(r.source.code)[:3], str(r.target.code)[:3]) for r in found(extractor, text)}


def test_event_coding_an_objects_author_on_the_verb_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad opened an inquiry into crimes by Sudan", [1, 1, 3, 1, 3, 4, 1, 6],
                 "nsubj ROOT det dobj prep pobj agent pobj", "PROPN VERB DET NOUN ADP NOUN ADP PROPN",
                 "Chad open an inquiry into crime by Sudan", {0: "TCD", 7: "SDN"})  # fmt: skip
    assert ("TCD", "SDN") in {(s, t) for s, t, code in coded(rules, doc) if code.startswith("09")}


# -- dissolving a body ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Thai court dissolved the main opposition party on Wednesday.", ("THAJUD", "THAPTY")),
        ("The Malian junta dissolved all political parties.", ("MLIGOV", "MLIPTY")),
        ("Ethiopia's election board dissolved the Tigrayan party TPLF.", ("ETH", "ETHREB")),
    ],
)
def test_event_coding_dissolving_a_body_sanctions_it(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert (*pair, "172") in {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}


def test_event_coding_dissolving_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad dissolved the party", [1, 1, 3, 1], "nsubj ROOT det dobj", "PROPN VERB DET NOUN",
                 "Chad dissolve the party", {0: "TCDGOV", 3: "TCDPTY"})  # fmt: skip
    assert coded(rules, doc) == {("TCDGOV", "TCDPTY", "172")}


# -- ceasing what a verb does, and supplies whose kind a weapon names ---------------------------
@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("Slovakia stopped supplying weapons to Ukraine after the election.", ("SVK", "UKR"), "1622"),
        ("The rebels ceased shelling the town of Goma on Sunday.", ("REB", "COD"), "087"),
        ("Ethiopia stopped talking to Egypt about the dam, Cairo said.", ("ETH", "EGY"), "164"),
        ("Russia halted gas deliveries to Bulgaria and Poland.", ("RUS", "BGR"), "162"),
        ("Germany halted arms supplies to Turkey over its offensive in Syria.", ("DEU", "TUR"), "162"),
        ("Washington suspended weapons deliveries to Israel in May.", ("USA", "ISR"), "162"),
    ],
)
def test_event_coding_ceasing_an_act_cuts_it_back(
    extractor: Extractor, text: str, pair: tuple[str, str], code: str
) -> None:
    """ "stopped supplying": a reduction or a de-escalation, asserted, not the supplying negated;
    a weapon before a noun the verb cuts back names what is supplied, not a halt of weapons (087)."""
    got = {
        (str(r.source.code)[:3], str(r.target.code)[:3], r.cameo, r.modality) for r in found(extractor, text)
    }
    assert any((s, t) == pair and c.startswith(code) and m == "asserted" for s, t, c, m in got), got
    assert [c for s, t, c, _ in got if (s, t) == pair] == [c for s, t, c, _ in got if (s, t) == pair][:1], got


def test_event_coding_ceasing_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile stopped sending troops to Peru", [1, 1, 1, 2, 3, 4],
                 "nsubj ROOT xcomp dobj prep pobj", "PROPN VERB VERB NOUN ADP PROPN",
                 "Chile stop send troop to Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert {(s, t, c[:2]) for s, t, c in coded(rules, doc)} == {("CHL", "PER", "16")}
    prevented = parsed("Chile stopped Peru from attacking Bolivia", [1, 1, 1, 1, 3, 4],
                       "nsubj ROOT dobj prep pcomp dobj", "PROPN VERB PROPN ADP VERB PROPN",
                       "Chile stop Peru from attack Bolivia", {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    assert not {c for s, t, c in coded(rules, prevented) if c[:2] in {"16", "08"}}


@pytest.mark.parametrize(
    ("text", "pair", "quad"),
    [
        ("Japan and South Korea upgraded their diplomatic ties.", {"JPN", "KOR"}, 1),
        ("India and China strengthened their ties after the border talks.", {"IND", "CHN"}, 1),
        ("Morocco and Algeria severed their diplomatic ties in 2021.", {"MAR", "DZA"}, 4),
    ],
)
def test_event_coding_two_sides_changing_their_own_ties(
    extractor: Extractor, text: str, pair: set[str], quad: int
) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert between and all((r.quad_class <= 2) == (quad <= 2) for r in between), between


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("Kenyan authorities extended the curfew in Mombasa by two weeks.", ("KENGOV", "KENCVL"), "1723"),
        ("The junta extended the curfew in Mandalay after the protests.", ("MMRGOV", "MMRCVL"), "1723"),
        ("The government announced a ban on the opposition party in Cambodia.", ("KHMGOV", "KHMOPP"), "1722"),
        ("Algeria lifted the ban on the Islamic Salvation Front.", ("DZA", None), "081"),
        ("The EU eased sanctions on Syria in February.", ("IGOEUREEC", "SYR"), "085"),
    ],
)
def test_event_coding_administrative_sanctions_and_their_easing(
    extractor: Extractor, text: str, pair: tuple[str, str | None], code: str
) -> None:
    got = [(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)]
    assert any(
        s == pair[0] and (pair[1] is None or t.startswith(pair[1])) and c.startswith(code) for s, t, c in got
    ), got


@pytest.mark.parametrize(
    ("text", "actor", "not_to"),
    [
        ("China sanctioned Lockheed Martin over arms sales to Taiwan.", "CHN", "TWN"),
        ("The United States sanctioned Iranian officials over drone deliveries to Russia.", "USA", "RUS"),
        ("Israel recalled its ambassador over the killing of aid workers in Gaza.", "ISR", "PSE"),
    ],
)
def test_event_coding_what_a_verb_is_about_is_not_its_subjects_act(
    extractor: Extractor, text: str, actor: str, not_to: str
) -> None:
    relations = found(extractor, text)
    assert not [r for r in relations if (r.source.country, r.target.country) == (actor, not_to)], relations


def test_event_coding_talks_spoken_about_are_still_shared(extractor: Extractor) -> None:
    talks = found(
        extractor, "Kenyan President William Ruto said he was optimistic about the talks with Somalia."
    )
    assert ("KEN", "SOM") in {(r.source.country, r.target.country) for r in talks}, talks


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Taliban fighters ambushed an Afghan army convoy in Helmand.", "AFGMIL"),
        ("Houthi rebels attacked a US navy ship in the Red Sea.", "USAMIL"),
        ("Gunmen attacked an Egyptian army checkpoint in northern Sinai.", "EGYMIL"),
    ],
)
def test_event_coding_a_body_acts_and_is_hit_through_its_assets(
    extractor: Extractor, text: str, agent: str
) -> None:
    assert agent in {r.target.code for r in found(extractor, text)}, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A Saudi-led coalition airstrike killed 12 civilians in Saada.", ("SAUMIL", "YEMCVL")),
        ("A US Navy strike destroyed Houthi radar sites on Thursday.", ("USAMIL", "YEMREB")),
        ("A Malian army offensive drove Tuareg rebels out of Kidal.", ("MLIMIL", "TUAREB")),
    ],
)
def test_event_coding_a_body_before_an_act_of_force_is_who_strikes(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    relations = found(extractor, text)
    assert pair in {(r.source.code, r.target.code) for r in relations}, relations
    # the leader of the coalition is no party the coalition strikes or works with
    assert not [r for r in relations if {r.source.code, r.target.code} == {"SAU", "MIL"}], relations


def test_event_coding_a_named_federal_state_is_no_government(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="Boko Haram insurgents torched a village in Borno state."))
    assert not [m for m in doc.mentions if m.code == "GOV"], doc.mentions


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces looted Ukrainian grain from occupied territories.",
        "Militias plundered Sudanese villages in Darfur.",
    ],
)
def test_event_coding_looting_seizes_property(extractor: Extractor, text: str) -> None:
    assert "171" in {r.cameo for r in found(extractor, text)}, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Venezuela put its armed forces on alert over Guyana's oil exploration.", ("VEN", "GUY")),
        ("India put its air force on alert against Pakistan.", ("IND", "PAK")),
        ("Greece placed its navy on high alert over Turkish drilling plans.", ("GRC", "TUR")),
    ],
)
def test_event_coding_an_alert_aimed_at_someone_raises_military_alert(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = events(extractor, text)
    assert (*pair, "152") in got, got


# -- conditions, authority, places, inquiries, mediation -------------------------------------
def test_event_coding_a_condition_names_whom_a_threat_is_aimed_at_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Moscow threatened to cut supplies if Ukraine joined", [1, 1, 3, 1, 3, 7, 7, 3],
                 "nsubj ROOT aux xcomp dobj mark nsubj advcl", "PROPN VERB PART VERB NOUN SCONJ PROPN VERB",
                 "Moscow threaten to cut supply if Ukraine join", {0: "RUS", 6: "UKR"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, _ in got} == {("RUS", "UKR")} and all(c.startswith("13") for *_, c in got), got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow threatened to cut gas supplies if Ukraine joined the alliance.", ("RUS", "UKR")),
        (
            "Nigeria said it would pull its troops out unless Chad held elections within a year.",
            ("NGA", "TCD"),
        ),
        ("Turkey threatened to block the deal if Sweden did not extradite the suspects.", ("TUR", "SWE")),
    ],
)
def test_event_coding_a_condition_names_whom_the_act_is_aimed_at(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    assert pair in got, found(extractor, text)


def test_event_coding_no_condition_no_target(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="Moscow threatened to cut gas supplies, Ukraine said."))
    assert {m.country for m in doc.mentions} >= {"RUS", "UKR"}, doc.mentions
    assert not [r for r in doc.relations if {r.source.country, r.target.country} == {"RUS", "UKR"}]


def test_event_coding_an_agentless_arrest_is_the_states_where_it_happened_on_a_hand_parse(
    rules: Rules,
) -> None:
    doc = parsed("A journalist was arrested in Iran", [1, 3, 3, 3, 3, 4],
                 "det nsubjpass auxpass ROOT prep pobj", "DET NOUN AUX VERB ADP PROPN",
                 "a journalist be arrest in Iran", {1: "FRAMED", 5: "IRN"})  # fmt: skip
    # the dictionary's own code for arresting a journalist, as in the active voice (175)
    active = rules.lexicon.verb("arrest", objects=["journalist"])
    assert active is not None and coded(rules, doc) == {("IRN", "FRAMED", active.code)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A French journalist was arrested in Iran on espionage charges.", ("IRN", "FRA")),
        ("A British aid worker has been detained in Egypt, the Foreign Office said.", ("EGY", "GBR")),
        ("Two Estonian citizens were jailed in Russia for spying, their lawyer said.", ("RUS", "EST")),
    ],
)
def test_event_coding_an_agentless_arrest_is_the_states_where_it_happened(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    assert pair in got, found(extractor, text)


def test_event_coding_an_agentless_meeting_is_no_one_elses(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="A French delegation was received in Iran on Monday."))
    assert {m.country for m in doc.mentions} >= {"FRA", "IRN"}, doc.mentions
    assert not [r for r in doc.relations if r.source.country == "IRN"], doc.relations


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Insurgents detonated two car bombs in the capital Baghdad on Sunday.", "IRQ"),
        ("Gunmen stormed a hotel in the port city of Aden.", "YEM"),
    ],
)
def test_event_coding_a_place_named_in_apposition_is_aimed_at(
    extractor: Extractor, text: str, place: str
) -> None:
    assert place in {r.target.country for r in found(extractor, text)}, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Hague court opened an investigation into war crimes by Serbian forces in Kosovo.",
            ("NLD", "SRB"),
        ),
        ("The UN launched an inquiry into abuses by Ethiopian troops in Tigray.", (None, "ETH")),
        ("Kenya opened a probe into human rights violations by Ugandan police.", ("KEN", "UGA")),
    ],
)
def test_event_coding_an_inquiry_into_misconduct_targets_its_author(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    # the root: "launched an inquiry" is the dictionary's 091, "opened a probe" its 090
    got = [(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)]
    assert (*pair, "09") in got, got


@pytest.mark.parametrize(
    ("text", "mediator", "parties"),
    [
        ("The ceasefire between Armenia and Azerbaijan was mediated by Russia.", "RUS", {"ARM", "AZE"}),
        ("The talks between Ethiopia and Egypt were brokered by the United States.", "USA", {"ETH", "EGY"}),
    ],
)
def test_event_coding_a_mediation_in_the_passive_reaches_both_parties(
    extractor: Extractor, text: str, mediator: str, parties: set[str]
) -> None:
    got = {
        r.target.country for r in found(extractor, text) if r.source.country == mediator and r.cameo == "045"
    }
    assert got == parties, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "Afghan officials said they would meet UN envoy Staffan de Mistura.",
            "Staffan de Mistura",
            "IGOUNO",
        ),
        ("Afghan officials met the UN envoy, Staffan de Mistura, in Kabul.", "Staffan de Mistura", "IGOUNO"),
        ("Afghan officials met Iranian envoy Hassan Kazemi Qomi.", "Hassan Kazemi Qomi", "IRN"),
    ],
)
def test_event_coding_an_unknown_name_takes_its_stated_office(
    extractor: Extractor, text: str, name: str, code: str
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    codes_of = {m.text: m.code for m in doc.mentions}
    assert codes_of.get(name, "").startswith(code), doc.mentions


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Israeli forces killed 20 civilians in Gaza on Monday.", "PSECVL"),
        ("Police arrested dozens of students in Tehran.", "IRNEDU"),
        ("Gunmen killed five worshippers at a mosque in Kano.", "NGAREL"),
    ],
)
def test_event_coding_people_named_by_what_they_are_belong_where_the_act_happens(
    extractor: Extractor, text: str, people: str
) -> None:
    assert people in {r.target.code for r in found(extractor, text)}, found(extractor, text)


def test_event_coding_people_driven_into_a_state_are_not_its_own(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="Soldiers drove thousands of villagers into Bangladesh."))
    assert "BGD" in {m.country for m in doc.mentions}, doc.mentions
    assert not [m for m in doc.mentions if m.code == "BGDCVL"], doc.mentions


def test_event_coding_people_in_a_clause_without_a_verb(extractor: Extractor) -> None:
    doc = extractor.extract(
        Document(id="t", text="Fear among civilians in Gaza. Students in Tehran, once more.")
    )
    assert {"PSE", "IRN"} <= {m.country for m in doc.mentions}, doc.mentions


def test_event_coding_a_weapon_acts_for_whoever_planted_it_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("A bomb planted by Hamas killed soldiers", [1, 5, 1, 2, 3, 5, 5],
                 "det nsubj acl agent pobj ROOT dobj", "DET NOUN VERB ADP PROPN VERB NOUN",
                 "a bomb plant by Hamas kill soldier", {4: "HMS", 6: "ISRMIL"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, _ in got} == {("HMS", "ISRMIL")} and all(
        c[:2] in {"18", "19", "20"} for *_, c in got
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A roadside bomb planted by Boko Haram killed four Nigerian policemen.", ("NGA", "NGA")),
        ("A mine laid by Russian forces killed three Ukrainian soldiers near Kharkiv.", ("RUS", "UKR")),
        ("A Houthi missile struck a US navy ship in the Red Sea.", ("YEM", "USA")),
        (
            "Al-Shabaab claimed responsibility for the attack that killed nine Kenyan soldiers.",
            ("SOM", "KEN"),
        ),
    ],
)
def test_event_coding_who_is_behind_a_weapon_or_a_claimed_attack_acts(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {
        (r.source.country, r.target.country)
        for r in found(extractor, text)
        if r.cameo[:2] in {"18", "19", "20"}
    }
    assert pair in got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China staged large-scale military drills around Taiwan on Monday.", ("CHN", "TWN")),
        ("Russia held naval exercises off the coast of Japan.", ("RUS", "JPN")),
        (
            "Iran's navy sent warships into the Gulf as a show of force against the United States.",
            ("IRN", "USA"),
        ),
    ],
)
def test_event_coding_drills_aimed_at_a_state_are_a_show_of_force(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = events(extractor, text)
    assert (*pair, "150") in got, got


def test_event_coding_joint_drills_stay_cooperation(extractor: Extractor) -> None:
    got = {
        r.cameo for r in found(extractor, "India and France held joint naval exercises in the Arabian Sea.")
    }
    assert got == {"062"}, got


@pytest.mark.parametrize(
    ("text", "mediators", "parties"),
    [
        ("Thailand and Cambodia signed a ceasefire agreement in Kuala Lumpur, mediated by Malaysia.", {"MYS"},
         {"THA", "KHM"}),
        ("Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar and Turkey.",
         {"QAT", "TUR"}, {"PAK", "AFG"}),
        ("Serbia and Kosovo reached a deal on license plates, brokered by the European Union.", {None},
         {"SRB", "KSV"}),
    ],
)  # fmt: skip
def test_event_coding_a_mediating_participle_reaches_the_parties_of_its_clause(
    extractor: Extractor, text: str, mediators: set[str | None], parties: set[str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text) if r.cameo == "045"}
    assert got == {(m, p) for m in mediators for p in parties}, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("UN investigators are examining reports of abuses by Ethiopian troops in Tigray.", (None, "ETH")),
        ("The IAEA is investigating traces of uranium found at undeclared sites in Iran.", (None, "IRN")),
        ("French prosecutors are examining the finances of a Lebanese militia.", ("FRA", "LBN")),
    ],
)
def test_event_coding_an_inquiry_reaches_whom_its_object_is_about(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (*pair, "09") in got, got


def test_event_coding_an_inquiry_does_not_probe_where_the_event_happened(extractor: Extractor) -> None:
    doc = extractor.extract(
        Document(
            id="t",
            text="Dutch prosecutors are investigating the downing of the airliner over eastern Ukraine.",
        )
    )
    assert {m.country for m in doc.mentions} >= {"NLD", "UKR"}, doc.mentions
    assert not doc.relations, doc.relations


@pytest.mark.parametrize(
    ("text", "source", "code"),
    [
        (
            "Argentine unions held a general strike against President Javier Milei's austerity measures.",
            "ARGLAB",
            "143",
        ),
        ("French unions staged a nationwide strike against the government.", "FRALAB", "143"),
        ("Palestinian prisoners began a hunger strike against Israel's detention policy.", "PSECVL", "142"),
    ],
)
def test_event_coding_a_labour_or_hunger_strike_is_a_protest(
    extractor: Extractor, text: str, source: str, code: str
) -> None:
    got = {(r.source.code, r.cameo) for r in found(extractor, text)}
    assert (source, code) in got, got


def test_event_coding_a_strike_on_a_place_stays_military(extractor: Extractor) -> None:
    got = {r.cameo[:2] for r in found(extractor, "Israeli jets carried out a strike on Gaza.")}
    assert got == {"19"}, got


def test_event_coding_an_adjective_kind_on_a_hand_parse() -> None:
    from graphkit.relations.syntax import compounded

    doc = Doc(ENGLISH.vocab, words=["a", "general", "strike"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
              pos=["DET", "ADJ", "NOUN"], lemmas=["a", "general", "strike"])  # fmt: skip
    assert compounded(doc[2]) == ["general strike", "strike"]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The opposition demanded an apology from the Turkish government.", ("TUR", "TUR", "10")),
        ("Ukraine requested more ammunition from Germany.", ("UKR", "DEU", "02")),
        ("Cuba demanded compensation from the United States for the embargo.", ("CUB", "USA", "10")),
    ],
)
def test_event_coding_a_demand_is_made_of_whom_it_asks_from(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert event in got, got


def test_event_coding_a_force_given_by_a_pronoun_is_the_subjects_own(extractor: Extractor) -> None:
    text = "Nigeria said it will withdraw their peacekeeping force from Chad."
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    assert ("NGA", "TCD") in got and not [t for s, t in got if t is None], found(extractor, text)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "South Africa hosted talks between the Ethiopian government and Tigrayan rebels.",
            "Tigrayan rebels",
            "REB",
        ),
        ("Government troops clashed with Tuareg rebels near Kidal.", "Tuareg rebels", "REB"),
    ],
)
def test_event_coding_a_people_the_catalogue_lacks_qualifies_a_generic_actor(
    extractor: Extractor, text: str, mention: str, code: str
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    # the people's state is read from the place where a domestic actor is ("near Kidal": MLIREB)
    assert {m.text: m.code for m in doc.mentions}.get(mention, "").endswith(code), doc.mentions
    assert any(r.target.code.endswith(code) for r in doc.relations), doc.relations


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("India's foreign minister met his Chinese counterpart in Moscow.", "CHNGOV"),
        ("Blinken held talks with his Saudi counterparts.", "SAUGOV"),
    ],
)
def test_event_coding_a_counterpart_is_an_official_of_the_other_state(
    extractor: Extractor, text: str, code: str
) -> None:
    assert code in {r.target.code for r in found(extractor, text)}, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Security Council voted to impose an arms embargo on Yugoslavia.", (None, "YUG")),
        ("Zairean troops crossed into Angola.", ("COD", None)),
        ("Kampuchean guerrillas attacked Vietnamese troops.", ("KHM", "VNM")),
    ],
)
def test_event_coding_former_names_of_states_are_read(
    extractor: Extractor, text: str, pair: tuple[str | None, str | None]
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert {c for c in pair if c} <= {m.country for m in doc.mentions}, doc.mentions


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Syrian troops began pulling out of Beirut's southern suburbs on Monday.", ("SYR", "LBN")),
        ("Russian forces pulled out of Kherson in November.", ("RUS", "UKR")),
    ],
)
def test_event_coding_pulling_out_of_a_place_is_a_withdrawal(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (*pair, "08") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chad's president appealed for French military help against the rebels.", ("TCD", "FRA")),
        ("The rebels called for Kenyan mediation.", (None, "KEN")),
    ],
)
def test_event_coding_an_appeal_for_what_someone_would_give_is_made_of_them(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (*pair, "02") in got, got


def test_event_coding_a_particle_parsed_as_a_preposition_on_a_hand_parse() -> None:
    from graphkit.relations.syntax import preps

    words, deps = ["troops", "pulled", "out", "of", "Kherson"], ["nsubj", "ROOT", "prep", "prep", "pobj"]
    pos = ["NOUN", "VERB", "ADP", "ADP", "PROPN"]
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 1, 1, 2, 3], deps=deps, pos=pos)
    assert [p.text for p in preps(doc[1])] == ["out", "of"]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Washington reaffirmed its commitment to the defence of South Korea.", ("USA", "KOR")),
        ("France expressed support for the independence of Kosovo.", ("FRA", "KSV")),
        ("Russia pledged support for the sovereignty of Syria.", ("RUS", "SYR")),
    ],
)
def test_event_coding_an_act_done_for_someone_names_them_by_of(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 1) in got, got


def test_event_coding_sides_fighting_a_thing_do_not_fight_each_other(extractor: Extractor) -> None:
    text = "Peru and Ecuador agreed to cooperate in fighting drug trafficking along their border."
    got = found(extractor, text)
    assert {(r.source.country, r.target.country) for r in got} == {("PER", "ECU")}, got
    assert all(r.quad_class <= 2 for r in got), got
    clash = found(extractor, "Armenia and Azerbaijan clashed again.")
    assert {(r.source.country, r.target.country, r.quad_class) for r in clash} == {("ARM", "AZE", 4)}, clash


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Mali's junta ordered the UN peacekeeping mission to leave the country.", ("MLI", None)),
        ("Niger's military rulers ordered French troops to leave the country.", ("NER", "FRA")),
        ("The Sudanese government told the UN envoy to leave.", ("SDN", None)),
    ],
)
def test_event_coding_ordering_someone_out_is_an_expulsion(
    extractor: Extractor, text: str, pair: tuple[str, str | None]
) -> None:
    got = found(extractor, text)
    assert (*pair, "166") in {(r.source.country, r.target.country, r.cameo) for r in got}, got
    assert not [r for r in got if r.cameo[:2] == "04"], got


def test_event_coding_what_an_appeal_asks_for_is_not_given(extractor: Extractor) -> None:
    got = found(extractor, "Yerevan appealed to Moscow for help after the shelling.")
    assert {(r.source.country, r.target.country, r.cameo[:2]) for r in got} == {("ARM", "RUS", "02")}, got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Venezuela's criticism of Guyana drew a sharp rebuke from Brazil.", ("BRA", "VEN", "111")),
        ("Israel's settlement plan drew condemnation from Jordan.", ("JOR", "ISR", "111")),
        ("Ethiopia's peace deal with Eritrea won praise from the United States.", ("USA", "ETH", "051")),
    ],
)
def test_event_coding_a_reaction_drawn_from_someone_is_theirs(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert event in got, got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The US-led coalition bombed Islamic State positions.", "USAMIL"),
        ("Russian-led forces entered Kazakhstan in January.", "RUSMIL"),
    ],
)
def test_event_coding_a_body_led_by_a_state_is_its_own(extractor: Extractor, text: str, code: str) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert code in {m.code for m in doc.mentions}, doc.mentions


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt has denied that it is preparing to send troops to Somalia.", ("EGY", "SOM")),
        ("Iran denied supplying drones to Russia.", ("IRN", "RUS")),
    ],
)
def test_event_coding_denying_ones_own_act_is_a_denial(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = events(extractor, text)
    assert got == {(*pair, "016")}, got


def test_event_coding_denying_someone_elses_act_is_not_theirs_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Russia denied that Ukraine attacked Poland", [1, 1, 4, 4, 1, 4],
                 "nsubj ROOT mark nsubj ccomp dobj", "PROPN VERB SCONJ PROPN VERB PROPN",
                 "Russia deny that Ukraine attack Poland", {0: "RUS", 3: "UKR", 5: "POL"})  # fmt: skip
    got = coded(rules, doc)
    assert ("UKR", "POL", "016") not in got and ("UKR", "POL") in {(s, t) for s, t, _ in got}, got


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Singapore will host a meeting between the defence chiefs of China and the United States.",
            {"CHN", "USA"},
        ),
        ("Norway offered to host a new round of talks between Colombia and Venezuela.", {"COL", "VEN"}),
    ],
)
def test_event_coding_a_host_reaches_every_party(extractor: Extractor, text: str, parties: set[str]) -> None:
    got = {r.target.country for r in found(extractor, text) if r.source.country in {"SGP", "NOR"}}
    assert got == parties, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan offered condolences to Turkey after the earthquake.", ("JPN", "TUR")),
        (
            "Mexico's president expressed sympathy for the families of the Guatemalan migrants.",
            ("MEX", "GTM"),
        ),
    ],
)
def test_event_coding_sympathy_and_condolences(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = events(extractor, text)
    assert (*pair, "018") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Guyana insisted that Venezuela respect the border.", ("GUY", "VEN")),
        ("The UN demanded that Israel withdraw from Gaza.", (None, "ISR")),
    ],
)
def test_event_coding_a_clause_in_the_subjunctive_is_demanded(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (*pair, "10") in got, got


def test_event_coding_a_reported_fact_is_no_demand(extractor: Extractor) -> None:
    doc = extractor.extract(
        Document(id="t", text="Iran insisted that its programme with Russia is peaceful.")
    )
    assert {"IRN", "RUS"} <= {m.country for m in doc.mentions}, doc.mentions
    assert not [r for r in doc.relations if r.cameo[:2] == "10"], doc.relations


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Rwandan troops were deployed to Mozambique to help fight insurgents.", ("RWA", "MOZ")),
        ("Kenyan police officers were sent to Haiti last year.", ("KEN", "HTI")),
    ],
)
def test_event_coding_a_body_sent_somewhere_goes_for_its_state(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


def test_event_coding_alternatives_are_never_related(extractor: Extractor) -> None:
    doc = extractor.extract(
        Document(id="t", text="The strike was carried out by forces of either the Syrian regime or Russia.")
    )
    assert {"SYR", "RUS"} <= {m.country for m in doc.mentions}, doc.mentions
    assert not doc.relations, doc.relations
    both = found(extractor, "Forces of the Syrian regime and Russia attacked Turkish troops near Aleppo.")
    assert ("SYR", "RUS") in {(r.source.country, r.target.country) for r in both}, both


def test_event_coding_alternatives_on_a_hand_parse() -> None:
    from graphkit.relations.syntax import alternatives

    words = ["either", "Iran", "or", "Russia"]
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 1, 1, 1], deps=["preconj", "ROOT", "cc", "conj"])
    doc.spans["actors"] = [actor_span(doc, 1, 2, "IRN", "name"), actor_span(doc, 3, 4, "RUS", "name")]
    iran, russia = doc.spans["actors"]
    assert alternatives(iran, russia)


def test_event_coding_an_attribution_is_never_a_target(extractor: Extractor) -> None:
    text = "Jordanian intelligence officials shared evidence with the U.S., according to officials."
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert got == {("JORSPY", "USA")}, got


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Police in Uganda arrested the opposition leader Bobi Wine.", "Bobi Wine", "OPP"),
        ("Rebel commander Sultani Makenga met Congolese officials.", "Sultani Makenga", "REB"),
    ],
)
def test_event_coding_an_unknown_name_takes_the_sector_of_its_role(
    extractor: Extractor, text: str, name: str, code: str
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert {m.text: m.code for m in doc.mentions}.get(name) == code, doc.mentions


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hamas released four Israeli hostages.", ("PSE", "ISR")),
        ("Iran freed two French prisoners on Friday.", ("IRN", "FRA")),
    ],
)
def test_event_coding_people_released_belong_to_their_state(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:3]) for r in found(extractor, text)}
    assert (*pair, "084") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Al-Shabaab claimed the attack on the Kenyan base.", ("SOM", "KEN")),
        ("Boko Haram claimed responsibility for the attack on Chadian troops.", ("NGA", "TCD")),
    ],
)
def test_event_coding_the_claimant_of_an_attack_is_its_author(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


def test_event_coding_the_holy_see_is_a_state(extractor: Extractor) -> None:
    got = found(extractor, "The Vatican mediated a prisoner exchange between Russia and Ukraine.")
    assert {(r.source.country, r.target.country, r.cameo) for r in got} >= {
        ("VAT", "RUS", "045"),
        ("VAT", "UKR", "045"),
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen kidnapped 20 Nigerian schoolchildren.", "NGAEDU"),
        ("Hamas released four Israeli hostages.", "ISRCVL"),
        ("A Chinese national was arrested in Kenya.", "CHNCVL"),
    ],
)
def test_event_coding_people_named_by_what_befell_them_are_their_states(
    extractor: Extractor, text: str, code: str
) -> None:
    assert code in {r.target.code for r in found(extractor, text)}, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States designated the Houthis a terrorist organization.", ("USA", "YEM")),
        ("Canada listed the Revolutionary Guards as a terrorist group.", ("CAN", "IRN")),
        ("The EU declared Belarus a hostile state.", (None, "BLR")),
    ],
)
def test_event_coding_designating_someone_hostile_is_disapproval(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    got = events(extractor, text)
    assert (*pair, "110") in got, got


def pairs(extractor: Extractor, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO root) of the relations that are not negated."""
    return {
        (r.source.country, r.target.country, r.cameo[:2])
        for r in found(extractor, text)
        if r.modality != "negated"
    }


def events(extractor: Extractor, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, CAMEO code) of every relation found."""
    return {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}


def dyads(extractor: Extractor, text: str, root: str | None = None) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of the relations, of one CAMEO root when given."""
    return {
        (r.source.country, r.target.country)
        for r in found(extractor, text)
        if root is None or r.cameo[:2] == root
    }


# == wire-report shapes: permission and control, possessive pronouns on governed nouns, inquiries,
# protests aimed at an act's author, weapons with no named author, unknown peoples located by
# place, mass-violence nouns, declarations, "re-" verbs, allegations, quoted "we" ==============
# -- permission and control ---------------------------------------------------------------------
def test_permission_yields_to_whom_it_lets_act_on_a_hand_parse(rules: Rules) -> None:
    # "Iran let inspectors of the IAEA visit": the parser makes the inspectors the subject of "visit"
    doc = parsed("Iran let IAEA inspectors visit", [1, 1, 3, 4, 1], "nsubj ROOT compound nsubj ccomp",
                 "PROPN VERB PROPN NOUN VERB", "Iran let IAEA inspector visit",
                 {0: "IRN", 2: "IGOUNOIAE"})  # fmt: skip
    assert ("IRN", "IGOUNOIAE", "080") in coded(rules, doc)


def test_permission_reaches_where_it_lets_things_in_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Israel allowed trucks into Gaza", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Israel allow truck into Gaza",
                 {0: "ISR", 4: "PSE"})  # fmt: skip
    assert coded(rules, doc) == {("ISR", "PSE", "080")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel allowed the first aid trucks into northern Gaza on Sunday.", ("ISR", "PSE")),
        ("Iran has agreed to let IAEA inspectors visit the Fordow enrichment site.", ("IRN", None)),
        (
            "The interior minister allowed opposition leader Imran Khan to hold a rally in Islamabad.",
            ("PAK", "PAK"),
        ),
        (
            "China threatened sanctions after Vilnius allowed a Taiwanese representative office.",
            ("LTU", "TWN"),
        ),
    ],
)
def test_permission_in_wire_sentences(
    extractor: Extractor, text: str, pair: tuple[str | None, str | None]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text) if r.cameo[:2] == "03"
           or r.cameo[:2] == "08"}  # fmt: skip
    assert pair in got, found(extractor, text)


def test_a_refused_permission_is_a_refusal_to_yield(extractor: Extractor) -> None:
    got = pairs(extractor, "Tehran refused to allow IAEA inspectors access to the damaged sites.")
    assert ("IRN", None, "12") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada promised to help Haiti rebuild its national police force.", ("CAN", "HTI")),
        ("Qatar helped Afghanistan reopen its airport.", ("QAT", "AFG")),
    ],
)
def test_control_reaches_the_subject_of_the_complement(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


# -- possessive pronouns on a governed noun -----------------------------------------------------
def test_a_possessive_pronoun_leaves_the_noun_to_its_verb_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Japan offered its condolences to Turkey", [1, 1, 3, 1, 1, 4],
                 "nsubj ROOT poss dobj prep pobj",
                 "PROPN VERB PRON NOUN ADP PROPN", "Japan offer its condolence to Turkey",
                 {0: "JPN", 5: "TUR"})  # fmt: skip
    assert coded(rules, doc) == {("JPN", "TUR", "018")}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Japan's prime minister offered his condolences to Turkey on Tuesday.", ("JPN", "TUR", "01")),
        ("Germany pledged its support to Kyiv.", ("DEU", "UKR", "03")),
        ("Mali and Niger announced their withdrawal from the Economic Community of West African States.",
         ("MLI", None, "16")),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_in_wire_sentences(
    extractor: Extractor, text: str, triple: tuple[str, str | None, str]
) -> None:
    assert triple in pairs(extractor, text), found(extractor, text)


# -- inquiries ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kenyan police launched an inquiry into the deaths of Ugandan protesters at the border.",
            ("KEN", "UGA"),
        ),
        ("French prosecutors began a probe into the disappearance of a Chinese student.", ("FRA", "CHN")),
        (
            "The UN opened an investigation into the killing of Palestinian journalists in Gaza.",
            (None, "PSE"),
        ),
    ],
)
def test_an_inquiry_reaches_whom_it_looks_into(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = dyads(extractor, text, "09")
    assert pair in got, found(extractor, text)


def test_an_investigator_is_not_the_author_of_what_it_investigates(extractor: Extractor) -> None:
    text = "The UN opened an investigation into the killing of Palestinian journalists in Gaza."
    got = found(extractor, text)
    assert {r.cameo[:2] for r in got} == {"09"}, got


# -- protests aimed at the author of what they protest ------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hundreds of students marched in Tehran in protest of the government's decision to raise prices.",
         ("IRN", "IRN", "14")),
        ("Workers went on strike over a labour law signed by President Macron.", (None, "FRA", "14")),
        ("Nurses in Kenya went on strike over the government's failure to pay wages.", ("KEN", "KEN", "14")),
        ("Seven opposition parties in Nepal organized a general strike in protest of the arrest of activists "
         "by police.", ("NPL", "NPL", "14")),
    ],
)  # fmt: skip
def test_a_protest_aims_at_who_did_what_it_protests(
    extractor: Extractor, text: str, triple: tuple[str | None, str, str]
) -> None:
    got = found(extractor, text)
    assert any(
        (r.source.country, r.target.country, r.cameo[:2]) == triple and str(r.rule).startswith("pattern:")
        for r in got
    ), got


# -- weapons ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A prominent journalist was killed in a car bomb explosion in Beirut on Monday.",
        "Two policemen were killed by a roadside bomb in Kandahar.",
        "A car bomb killed three soldiers in Mogadishu on Sunday.",
        "Five people were wounded in a bomb blast in Quetta.",
    ],
)
def test_a_weapon_with_no_named_author_is_an_unidentified_group(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert any(r.source.code == "UAF" and r.cameo[:2] in {"18", "19"} for r in got), got


def test_a_weapon_planted_by_someone_is_theirs(extractor: Extractor) -> None:
    got = found(extractor, "A roadside bomb planted by the Taliban killed four policemen in Helmand.")
    assert {r.source.code for r in got} == {"AFGREB"}, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A drone launched from Lebanon struck a house in northern Israel, the army said.", ("LBN", "ISR")),
        ("A missile fired from Yemen hit a building in Eilat.", ("YEM", "ISR")),
    ],
)
def test_a_weapon_acts_for_the_place_it_came_from(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


# -- places and peoples -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Germany and France pledged to work with African partners to counter terrorism in the Sahel.",
        "Jihadist groups are expanding across the Sahel, the UN envoy said.",
        "French troops withdrew from the Sahel in 2022.",
    ],
    ids=["counter", "expanding", "withdrew"],
)
def test_a_region_many_states_share_is_no_state(extractor: Extractor, text: str) -> None:
    got = extractor.extract(Document(id="t", text=text))
    assert not [m for m in got.mentions if m.text == "Sahel"], got.mentions
    assert not [r for r in got.relations if "BFA" in {r.source.country, r.target.country}], got.relations


# -- places and peoples -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "state"),
    [("North Kivu", "COD"), ("South Kivu", "COD"), ("Upper Katanga", "COD"), ("Upper Kotto", "CAF")],
)
def test_the_gazetteer_reads_french_subdivisions_as_english_reports_name_them(name: str, state: str) -> None:
    assert Gazetteer().country(name) == state


def test_a_french_subdivision_named_in_english_is_its_state(extractor: Extractor) -> None:
    got = found(extractor, "Congo accused Rwanda of sending troops into North Kivu.")
    assert ("RWA", "COD") in {(r.source.country, r.target.country) for r in got}, got


def test_the_gazetteer_reads_other_spellings_of_large_cities() -> None:
    gazetteer = Gazetteer()
    assert (
        gazetteer.country("Douma"),
        gazetteer.country("El Geneina"),
        gazetteer.country("Khan Younis"),
    ) == (
        "SYR",
        "SDN",
        "PSE",
    )
    assert (gazetteer.country("The"), gazetteer.country("Asia"), gazetteer.country("Georgia")) == (
        None,
        None,
        None,
    )


def test_the_gazetteer_reads_regions_one_state_alone_has() -> None:
    gazetteer = Gazetteer(frozenset({"sea", "gulf"}))
    regions = ("Borno", "Cabo Delgado", "Sagaing", "Balochistan", "Ituri")
    assert [gazetteer.country(name) for name in regions] == ["NGA", "MOZ", "MMR", "PAK", "COD"]
    # shared by two states (India's and Pakistan's Punjab), or named for a feature (Sudan's Red Sea
    # state, Papua New Guinea's Gulf province)
    assert [gazetteer.country(name) for name in ("Punjab", "Red Sea", "Gulf")] == [None, None, None]


def test_a_region_s_own_name_comes_before_a_city_s_other_name() -> None:
    # Antioquia (Colombia) was a name of Antakya (Turkey); Shan, Chin (Myanmar) and Edo (Nigeria)
    # are other names of Chinese and Japanese cities
    gazetteer = Gazetteer(frozenset({"sea", "gulf"}))
    regions = ("Antioquia", "Shan", "Chin", "Edo")
    assert [gazetteer.country(name) for name in regions] == ["COL", "MMR", "MMR", "NGA"]
    # a city's own name still comes first: Aden is Yemeni, whatever region bears the name
    assert gazetteer.country("Aden") == "YEM"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ISWAP fighters stormed a military base in Borno, according to local sources.", ("NGA", "NGA")),
        ("Insurgents attacked a police station in Cabo Delgado on Sunday.", ("MOZ", "MOZ")),
        ("Myanmar's junta bombed a monastery in Sagaing.", ("MMR", "MMR")),
        ("Colombian police arrested a commander of the Gulf Clan in Antioquia.", ("COL", "COL")),
        ("Army jets struck rebel camps across Shan on Friday.", ("MMR", "MMR")),
    ],
    ids=["borno", "cabo-delgado", "sagaing", "antioquia", "shan"],
)
def test_a_region_stands_for_its_state(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair[1] in {r.target.country for r in found(extractor, text)}, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a community the catalogue knows keeps its name within the state: Iraq's Yazidis
        ("Islamic State fighters slaughtered thousands of Yazidis in Sinjar in 2014.", "IRQYAZ"),
        ("RSF fighters massacred hundreds of Masalit civilians in El Geneina.", "SDNCVL"),
        ("Government forces used chemical weapons against civilians in Douma in 2018.", "SYRCVL"),
    ],
)
def test_people_named_only_by_who_they_are_take_the_state_of_the_place(
    extractor: Extractor, text: str, code: str
) -> None:
    assert code in {r.target.code for r in found(extractor, text)}, found(extractor, text)


# -- nouns of mass violence, declarations, "re-" verbs -------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("A UN commission found that Israeli forces had committed genocide against Palestinians in Gaza.",
         ("ISR", "PSE", "202")),
        ("Serbian forces carried out ethnic cleansing of Kosovo Albanians in 1999.", ("SRB", "ALB", "203")),
        ("The report described the expulsion of ethnic Armenians by Azerbaijani forces.",
         ("AZE", "ARM", "174")),
    ],
)  # fmt: skip
def test_nouns_of_mass_violence(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in events(extractor, text), found(extractor, text)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The junta declared martial law in Myanmar.", ("MMR", "MMR", "1724")),
        ("The president declared a state of emergency in Ethiopia's Amhara region.", ("ETH", "ETH", "1724")),
        (
            "The military government declared a 30-day state of siege in Haiti on Saturday.",
            ("HTI", "HTI", "1724"),
        ),
        ("Russia declared war on Ukraine.", ("RUS", "UKR", "190")),
    ],
)
def test_a_declaration_is_the_act_it_declares(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in events(extractor, text), found(extractor, text)


def test_a_state_of_emergency_is_no_government(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="The government declared a state of emergency in Chad."))
    assert [m.text for m in doc.mentions] == ["The government", "Chad"], doc.mentions


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ecuador's new government re-established diplomatic ties with Mexico.", ("ECU", "MEX", "050")),
        ("The United States re-imposed sanctions on Iran in 2018.", ("USA", "IRN", "163")),
    ],
)
def test_a_re_verb_keeps_its_lemma(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    assert triple in events(extractor, text), found(extractor, text)


# -- pronouns after an office -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Nepal's foreign minister said on Monday that he had asked India to reopen the border.",
            ("NPL", "IND"),
        ),
        ("The Iranian foreign minister said he would visit Saudi Arabia next week.", ("IRN", "SAU")),
        ("Kenya's president said she had invited Uganda's leader to Nairobi.", ("KEN", "UGA")),
    ],
)
def test_he_or_she_may_stand_for_an_office_holder(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


# -- owners named by a participle ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Indian authorities confiscated property belonging to Pakistan-based militants in Kashmir.",
            ("IND", "PAK"),
        ),
        ("Ukraine seized assets owned by Russian oligarchs.", ("UKR", "RUS")),
        ("Israel bombed a tunnel used by Hamas in Rafah.", ("ISR", "PSE")),
    ],
)
def test_an_owner_named_by_a_participle_is_acted_on(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


def test_a_protest_over_an_arrest_aims_at_who_arrested_not_at_the_arrested(extractor: Extractor) -> None:
    got = found(extractor, "Students staged a protest over the arrest of activists by police in Dhaka.")
    protested = {r.target.code for r in got if str(r.rule).startswith("pattern:")}
    assert protested == {"BGDCOP"}, got


def test_a_noun_before_the_act_protested_may_name_its_topic(extractor: Extractor) -> None:
    got = found(
        extractor, "China lodged a formal protest with Japan over the Taiwan remarks of its prime minister."
    )
    assert ("CHN", "JPN") in {(r.source.country, r.target.country) for r in got}, got
    assert "TWN" not in {r.target.code for r in got}, got


# -- armed men named with their group ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Fighters from Hamas attacked an Israeli patrol.", "PSEREBHMS"),
        ("Gunmen from Boko Haram kidnapped 20 girls in Borno.", "NGAREB"),
        ("A roadside bomb planted by the Pakistani Taliban killed four policemen.", "PAKREB"),
        ("The TTP claimed the attack on a police station in Bannu.", "PAKREB"),
    ],
)
def test_armed_men_from_a_named_group_are_the_group(extractor: Extractor, text: str, code: str) -> None:
    assert code in {r.source.code for r in found(extractor, text)}, found(extractor, text)


# -- shows of force aimed by their purpose --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greek fighter jets were scrambled to intercept Turkish aircraft over the Aegean.", ("GRC", "TUR")),
        ("Russia massed troops on the border to pressure Ukraine.", ("RUS", "UKR")),
        ("Japanese jets were scrambled to shadow Chinese bombers near Okinawa.", ("JPN", "CHN")),
    ],
)
def test_a_show_of_force_is_aimed_at_whom_its_purpose_names(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = dyads(extractor, text, "15")
    assert pair in got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Poland's demand that Germany pay war reparations has strained ties.", ("POL", "DEU")),
        ("China's demand that Japan apologise angered Tokyo.", ("CHN", "JPN")),
        ("Iran's demand that the IAEA close its inquiry was rejected.", ("IRN", None)),
    ],
)
def test_a_demand_noun_is_made_of_its_clause_subject(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = dyads(extractor, text, "10")
    assert pair in got, found(extractor, text)


# -- threats, possessions, protesters held somewhere ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("North Korea threatened to turn Seoul into a sea of fire.", ("PRK", "KOR")),
        ("Hezbollah threatened to flatten Tel Aviv if the strikes continued.", ("LBN", "ISR")),
    ],
)
def test_a_threat_is_aimed_at_whom_its_content_names(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = dyads(extractor, text, "13")
    assert pair in got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Britain froze the assets of the Libyan government.", ("GBR", "LBY")),
        ("Canada seized the property of a Russian oligarch in Toronto.", ("CAN", "RUS")),
    ],
)
def test_what_someone_owns_stands_for_them(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Palestinian prisoners in Israeli jails have been on hunger strike for three weeks.",
            ("PSE", "ISR"),
        ),
        ("Tamil prisoners in a Colombo jail went on a hunger strike.", (None, "LKA")),
        ("Palestinian detainees in an Israeli prison began a hunger strike.", ("PSE", "ISR")),
    ],
)
def test_protesters_held_somewhere_protest_to_its_state(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    got = dyads(extractor, text, "14")
    assert pair in got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "people", "code"),
    [
        ("About 2,000 Assyrians marched to the Turkish embassy in Bonn.", "Assyrians", ""),
        ("About 2,000 Sikhs marched to the Indian embassy in London.", "Sikhs", ""),
        # a community the catalogue knows stays itself: no German Kurds for a march in Bonn
        ("About 2,000 Kurds marched to the Turkish embassy in Bonn.", "Kurds", "KUR"),
    ],
)
def test_a_people_is_located_only_when_acted_on(
    extractor: Extractor, text: str, people: str, code: str
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert {m.text: m.code for m in doc.mentions}[people] == code, doc.mentions


# -- vetoes, and what is owned inside a noun's target ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Turkey lifted its veto on Sweden's NATO membership bid in July 2023.", ("TUR", "SWE", "080")),
        ("Hungary dropped its veto on Ukraine's accession talks.", ("HUN", "UKR", "080")),
        ("China used its veto against a Security Council resolution on Myanmar.", ("CHN", None, "129")),
    ],
)
def test_a_veto_and_its_lifting(extractor: Extractor, text: str, triple: tuple[str, str | None, str]) -> None:
    got = events(extractor, text)
    assert triple in got, got


# -- protesters located where they gather ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Demonstrators gathered outside the Russian embassy in Warsaw to protest the bombing of Kyiv.",
         ("POL", "RUS")),
        ("Activists assembled outside the Chinese consulate in Sydney to protest.", ("AUS", "CHN")),
        ("Protesters marched in Lima to denounce the president.", ("PER", "PER")),
    ],
)  # fmt: skip
def test_protesters_are_of_the_place_and_protest_where_they_gather(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {
        (r.source.country, r.target.country) for r in found(extractor, text) if r.cameo[:2] in {"11", "14"}
    }
    assert pair in got, found(extractor, text)


# -- a preposition the parser left without its object ---------------------------------------------
def test_a_preposition_without_object_takes_the_clause_subject_after_it_on_a_hand_parse(rules: Rules) -> None:
    # "Peru granted asylum to officers holed up": the parser makes "officers" the subject of "holed"
    doc = parsed("Peru granted asylum to officers holed up", [1, 1, 1, 1, 5, 1, 5],
                 "nsubj ROOT dobj prep nsubj advcl prt", "PROPN VERB NOUN ADP NOUN VERB ADP",
                 "Peru grant asylum to officer hole up", {0: "PER", 4: "PANMIL"})  # fmt: skip
    assert ("PER", "PANMIL", "075") in coded(rules, doc)


def test_a_preposition_without_object_in_a_wire_sentence(extractor: Extractor) -> None:
    text = "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a residence."
    assert ("PER", "PAN", "07") in pairs(extractor, text), found(extractor, text)


# -- put under a state --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("A US national has been put under investigation in Italy.", ("ITA", "USA", "090")),
        ("Russian forces kept the city of Kharkiv under siege for weeks.", ("RUS", "UKR", "191")),
        ("Iranian authorities placed a French tourist under arrest in Tehran.", ("IRN", "FRA", "173")),
    ],
)
def test_put_under_a_state_is_the_act_the_state_names(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in events(extractor, text), found(extractor, text)


# -- the dictionary pattern's preposition names the target ----------------------------------------
def test_a_pattern_preposition_names_the_target_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Turkey cooperated with Iraq against the PKK", [1, 1, 1, 2, 1, 6, 4],
                 "nsubj ROOT prep pobj prep det pobj", "PROPN VERB ADP PROPN ADP DET PROPN",
                 "Turkey cooperate with Iraq against the PKK", {0: "TUR", 3: "IRQ", 6: "PKK"})  # fmt: skip
    assert coded(rules, doc) == {("TUR", "PKK", "110")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("North Korea threatened to respond harshly to the United States.", ("PRK", "USA")),
        ("Iran threatened to take revenge on Israel for the killing.", ("IRN", "ISR")),
    ],
)
def test_a_threat_is_aimed_by_its_content_prepositions(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = dyads(extractor, text, "13")
    assert pair in got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israeli soldiers confiscated weapons from Palestinian policemen in Jenin.", ("ISR", "PSE")),
        ("Customs officers seized a shipment from a Colombian vessel.", (None, "COL")),
    ],
)
def test_what_is_seized_from_someone_is_seized_from_them(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    got = dyads(extractor, text, "17")
    assert pair in got, found(extractor, text)


def test_a_threat_is_aimed_by_where_its_content_falls(extractor: Extractor) -> None:
    got = pairs(extractor, "Greece plans to impose restrictions on Bulgarian workers.")
    assert ("GRC", "BGR", "13") in got, got


def test_the_international_community_is_no_local_people_and_a_place_no_antecedent(
    extractor: Extractor,
) -> None:
    text = (
        "The attacks in Paris stiffened the resolve of the international community in its fight against ISIL."
    )
    doc = extractor.extract(Document(id="t", text=text))
    assert {m.text: m.code for m in doc.mentions}["the international community"] == "CVL", doc.mentions
    assert "FRA" not in {r.source.country for r in doc.relations}, doc.relations


# -- allegations, recalled envoys, settings -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Chad's government rejected accusations that it had supplied weapons to Sudanese rebels.",
            "negated",
        ),
        ("There were reports that Iran had sent drones to Russia.", "hedged"),
        ("Serbia dismissed allegations that its police had beaten Kosovo Albanians.", "negated"),
    ],
)
def test_a_clause_an_allegation_names_is_alleged_and_a_denied_one_negated(
    extractor: Extractor, text: str, modality: str
) -> None:
    got = found(extractor, text)
    assert got, got
    assert {r.modality for r in got} == {modality}, got


def test_an_allegation_on_a_hand_parse() -> None:
    doc = parsed("Chad rejected claims that it armed rebels", [1, 1, 1, 5, 5, 2, 5],
                 "nsubj ROOT dobj mark nsubj acl dobj", "PROPN VERB NOUN SCONJ PRON VERB NOUN",
                 "Chad reject claim that it arm rebel", {0: "TCD"})  # fmt: skip
    assert modality_of(doc[5]) == "negated"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Moscow recalled its ambassador from Washington for consultations.", ("RUS", "USA")),
        ("Ghana recalled its ambassador from Abuja after the dispute.", ("GHA", "NGA")),
    ],
)
def test_an_envoy_recalled_from_a_capital_is_the_recalling_states(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


def test_an_event_named_as_a_setting_lends_no_parties(extractor: Extractor) -> None:
    got = found(extractor, "Hungary blocked EU aid to Ukraine at the summit.")
    assert got, got
    assert all(r.cameo != "040" for r in got), got


# -- who speaks for a group, and the group named again ------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A spokesman for the Taliban said the group had released two American hostages.", "AFGREB"),
        ("Hamas fired rockets at Israel. The group said it had targeted Tel Aviv.", "PSEREBHMS"),
        ("A spokesman for Hezbollah said the group had fired at an Israeli position.", "LBNREB"),
    ],
)
def test_a_spokesman_for_a_group_and_the_group_named_again_are_the_group(
    extractor: Extractor, text: str, code: str
) -> None:
    got = found(extractor, text)
    assert got, got
    assert {r.source.code for r in got} == {code}, got


def test_the_group_is_not_a_subject_it_is_acted_on_by(extractor: Extractor) -> None:
    got = found(extractor, "The Coalition is committed to defeating these terrorists.")
    assert [r.target.code for r in got] == ["UAF"], got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Houthis, who control much of Yemen, have attacked ships linked to Israel.", ("YEM", "ISR")),
        ("Ukraine seized a tanker tied to Russian oligarchs.", ("UKR", "RUS")),
    ],
)
def test_what_is_linked_to_someone_stands_for_them(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


def test_a_phrase_never_grows_over_a_finite_verb(extractor: Extractor) -> None:
    text = "The president of Guinea-Bissau dissolved parliament after a coup attempt."
    doc = extractor.extract(Document(id="t", text=text))
    assert "The president" in {m.text for m in doc.mentions}, doc.mentions
    assert not any("president" in m.text and "parliament" in m.text for m in doc.mentions), doc.mentions


# -- "we" inside a quotation is its speaker ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"We are ready to talk to Ukraine," the Kremlin said.', ("RUS", "UKR")),
        ('"We will never recognise Kosovo," Serbia\'s president told reporters.', ("SRB", "KSV")),
        ("\u201cWe will retaliate against Israel,\u201d Hezbollah said in a statement.", ("LBN", "ISR")),
    ],
)
def test_we_inside_a_quotation_is_its_speaker(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    assert pair in got, found(extractor, text)


# -- "The minister said:" hands the word to the paragraphs that follow ---------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Foreign Secretary Philip Hammond said:\n\nI am appalled by this latest brutal attack by "
            "Assad\u2019s regime.",
            ("GBR", "SYR"),
        ),
        (
            "A spokesperson for the German Foreign Office said in a statement:\n\nGermany is following the "
            "events closely. We condemn Russia's attack on Kyiv in the strongest terms.",
            ("DEU", "RUS"),
        ),
        (
            "Kenyan President William Ruto said:\n\nI welcome the agreement. I thank Ethiopia for its "
            "leadership. Peace is within reach.",
            ("KEN", "ETH"),
        ),
    ],
)
def test_the_first_person_after_a_colon_is_who_was_handed_the_word(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    assert pair in got, found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # two actors before the colon: who speaks is not for us to guess
        "Britain and France said:\n\nWe condemn Russia's attack on Kyiv.",
        # a statement handed over long before no longer speaks for the speaker
        "The Foreign Secretary said:\n\nPeace matters. It rained. Talks went on. Nobody came. The end came. "
        "We condemn Russia's attack on Kyiv.",
    ],
)
def test_the_first_person_after_a_colon_needs_one_speaker_close_by(extractor: Extractor, text: str) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert "We" not in {m.text for m in doc.mentions}, doc.mentions
    assert "Russia" in {m.text for m in doc.mentions}


def test_we_outside_a_quotation_stays_unlinked(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="We reject the accusations made by Serbia."))
    assert "We" not in {m.text for m in doc.mentions}, doc.mentions


def test_whom_a_violent_act_befalls_is_not_supported_in_it(extractor: Extractor) -> None:
    text = "The Israeli military said it had killed a senior Hezbollah commander in a strike in Beirut."
    got = found(extractor, text)
    assert ("ISR", "LBN") in dyads(extractor, text, "19"), got
    assert "LBN" not in {r.source.country for r in got}, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivia severed diplomatic ties with Israel over its military offensive in Gaza.", ("ISR", "PSE")),
        ("Jordan recalled its ambassador from Israel over its bombing of Gaza.", ("ISR", "PSE")),
    ],
)
def test_its_in_what_a_verb_is_about_is_whom_the_verb_acts_on(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text, "19"), found(extractor, text)


def test_an_event_a_vow_follows_is_not_vowed(extractor: Extractor) -> None:
    text = "Serbia's president vowed to protect Kosovo Serbs after clashes with NATO peacekeepers."
    got = found(extractor, text)
    assert ("SRB", None) in dyads(extractor, text, "19"), got
    assert not dyads(extractor, text, "13"), got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States is Taiwan's most important arms supplier.", ("USA", "TWN", "070")),
        ("Germany is the largest donor to Ukraine after the United States.", ("DEU", "UKR", "070")),
        ("China has become Zambia's largest creditor.", ("CHN", "ZMB", "071")),
        ("Russia remains Armenia's main security guarantor.", ("RUS", "ARM", "062")),
        ("China is North Korea's economic lifeline.", ("CHN", "PRK", "070")),
        ("Iran has been a lifeline for the Assad government.", ("IRN", "SYR", "070")),
        ("France was the guarantor of Chad's security for decades.", ("FRA", "TCD", "062")),
        ("Washington has cast itself as the protector of Taiwan.", ("USA", "TWN", "062")),
        ("Turkey and Greece remain at odds over maritime boundaries.", ("TUR", "GRC", "110")),
        ("Ankara is at odds with Washington over the purchase of Russian missiles.", ("TUR", "USA", "110")),
    ],
)
def test_standing_relations_of_supply_credit_and_disagreement(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Beijing views Taiwan as a renegade province.", ("CHN", "TWN")),
        ("Serbia has never recognised Kosovo and regards it as its breakaway province.", ("SRB", "KSV")),
        ("Georgia regards Abkhazia's Russian backers as a hostile power.", ("GEO", "RUS")),
    ],
)
def test_a_breakaway_or_renegade_in_ones_eyes_is_perceived_hostile(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {
        (r.source.country, r.target.country)
        for r in found(extractor, text)
        if r.cameo == "110" and r.modality == "asserted"
    }
    assert pair in got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany has no intention of sending Taurus missiles to Ukraine.", ("DEU", "UKR")),
        ("The US has no desire to fight Iran, the Pentagon said.", ("USA", "IRN")),
        ("India has no intention of attacking Pakistan, its army chief said.", ("IND", "PAK")),
    ],
)
def test_event_coding_no_intention_of_an_act_negates_it(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country): r.modality for r in found(extractor, text)}
    assert got.get(pair) == "negated", found(extractor, text)


def test_an_intent_noun_governs_its_of_gerund_on_a_hand_parse() -> None:
    doc = parsed("Chile has no intention of attacking Peru", [1, 1, 3, 1, 3, 4, 5],
                 "nsubj ROOT det dobj prep pcomp dobj", "PROPN VERB DET NOUN ADP VERB PROPN",
                 "Chile have no intention of attack Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    governed = Governors.load().governing(doc[5])
    assert governed is not None
    assert (governed[0].name, governed[1].text) == ("intent", "intention")
    # an "of" gerund of a noun that governs nothing stays its own: "the cost of attacking Peru"
    cost = parsed("Chile weighed the cost of attacking Peru", [1, 1, 3, 1, 3, 4, 5],
                  "nsubj ROOT det dobj prep pcomp dobj", "PROPN VERB DET NOUN ADP VERB PROPN",
                  "Chile weigh the cost of attack Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert Governors.load().governing(cost[5]) is None


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The US has given Israel unconditional military support.", ("USA", "ISR", "072")),
        ("China offered financial support to Pakistan after the floods.", ("CHN", "PAK", "0331")),
        ("Germany pledged humanitarian assistance for Sudan on Monday.", ("DEU", "SDN", "0333")),
    ],
)
def test_aid_of_a_kind_has_its_code(extractor: Extractor, text: str, event: tuple[str, str, str]) -> None:
    assert event in events(extractor, text), found(extractor, text)


def test_aid_of_a_kind_on_a_hand_parse(rules: Rules) -> None:
    def given(kind: str) -> set[tuple[str, str, str]]:
        return coded(rules, parsed(f"Chile gave {kind} support to Peru", [1, 1, 3, 1, 1, 4],
                                   "nsubj ROOT amod dobj prep pobj", "PROPN VERB ADJ NOUN ADP PROPN",
                                   f"Chile give {kind} support to Peru", {0: "CHL", 5: "PER"}))  # fmt: skip

    assert {c[:3] for s, t, c in given("military") if (s, t) == ("CHL", "PER")} == {"072"}
    assert {c[:2] for s, t, c in given("political") if (s, t) == ("CHL", "PER")} == {"05"}  # verbal backing


def test_a_finite_conjunct_does_not_take_the_first_ones_negation_on_a_hand_parse() -> None:
    doc = parsed("Serbia never recognised Kosovo and regards it", [2, 2, 2, 2, 2, 2, 5],
                 "nsubj neg ROOT dobj cc conj dobj", "PROPN ADV VERB PROPN CCONJ VERB PRON",
                 "Serbia never recognise Kosovo and regard it", {0: "SRB", 3: "KSV"})  # fmt: skip
    doc[5].tag_ = "VBZ"
    assert (modality_of(doc[2]), modality_of(doc[5])) == ("negated", "asserted")


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Norway and Sweden share a long tradition of defence cooperation.", ("NOR", "SWE", "060")),
        ("India and Russia have decades of close friendship.", ("IND", "RUS", "050")),
        ("France and Germany have a history of rivalry.", ("FRA", "DEU", "110")),
    ],
)
def test_a_relationship_the_sides_object_is_made_of_is_theirs(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got, got


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Colombia's government has been at war with the ELN guerrillas for six decades.", "COLREB"),
        ("The Ethiopian army clashed with Fano militiamen in the Amhara region.", "ETHREB"),
        ("Congolese troops fought M23 rebels near Goma.", "CODREB"),
    ],
)
def test_armed_groups_of_current_conflicts_are_known(extractor: Extractor, text: str, code: str) -> None:
    assert code in {r.target.code for r in found(extractor, text)}, found(extractor, text)


# -- what a statement's object is about ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan expressed concern over China's military buildup in the South China Sea.", ("JPN", "CHN")),
        ("Brazil voiced satisfaction at the decision of the Argentine government.", ("BRA", "ARG")),
        ("The Indian foreign ministry expressed concern about Pakistan's nuclear tests.", ("IND", "PAK")),
    ],
)
def test_a_statement_is_aimed_at_whom_its_object_is_about(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text), found(extractor, text)


def test_a_statement_about_a_place_is_aimed_at_no_state_on_a_hand_parse(rules: Rules) -> None:
    about = parsed("Chile expressed concern over Bolivia 's plan", [1, 1, 1, 2, 6, 4, 3],
                   "nsubj ROOT dobj prep poss case pobj", "PROPN VERB NOUN ADP PROPN PART NOUN",
                   "Chile express concern over Bolivia 's plan", {0: "CHL", 4: "BOL"})  # fmt: skip
    assert ("CHL", "BOL", "012") in coded(rules, about)
    # "expressed concern at Geneva": a place where words are spoken is not what they are about
    place = parsed("Chile expressed concern at Geneva", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                   "PROPN VERB NOUN ADP PROPN", "Chile express concern at Geneva", {0: "CHL"})  # fmt: skip
    place.spans["actors"] = [*place.spans["actors"], actor_span(place, 4, 5, "CHE", "place")]
    assert not {(s, t) for s, t, _ in coded(rules, place)}


# -- the dictionary's finer code for a noun of its root's "not specified" -------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Canada carried out air strikes against Islamic State positions in Iraq.", ("CAN", "195")),
        ("Russian jets carried out strikes against rebel bases near Idlib.", ("RUS", "195")),
        ("Turkish warplanes carried out airstrikes on Kurdish militants in northern Iraq.", ("TUR", "195")),
    ],
)
def test_a_verb_pattern_naming_the_noun_gives_its_finer_code(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.cameo) for r in found(extractor, text)}
    assert pair in got, got


def test_a_verb_pattern_naming_the_noun_gives_its_finer_code_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Canada carried out strikes against Iraq", [1, 1, 1, 1, 3, 4],
                 "nsubj ROOT prt dobj prep pobj", "PROPN VERB ADP NOUN ADP PROPN",
                 "Canada carry out strike against Iraq", {0: "CAN", 5: "IRQ"})  # fmt: skip
    assert ("CAN", "IRQ", "195") in coded(rules, doc)
    assert ("CAN", "IRQ", "190") not in coded(rules, doc)


# -- the dictionary's nouns in -ss keep their lemma ----------------------------------------------
@pytest.mark.parametrize(("verb", "noun"), [("express", "sadness"), ("express", "readiness"),
                                            ("abolish", "access")])  # fmt: skip
def test_dictionary_nouns_in_ss_are_the_parse_lemmas(verb: str, noun: str) -> None:
    lexicon = Lexicon.load()
    assert lexicon.takes_object(verb, noun)
    assert not lexicon.takes_object(verb, noun[:-1])


# -- a reporting verb whose pattern names its object does what it says -------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States announced a loan to Egypt.", ("USA", "EGY", "071")),
        ("Venezuela claimed victory over Colombian rebels.", ("VEN", "COL", "013")),
        ("Norway announced an aid package for Sudan on Friday.", ("NOR", "SDN", "033")),
    ],
)
def test_a_reporting_verb_naming_its_object_acts(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got, got


def test_a_reporting_verb_of_a_clause_still_relates_no_one_on_hand_parses(rules: Rules) -> None:
    act = parsed("Spain announced a loan to Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Spain announce a loan to Peru",
                 {0: "ESP", 5: "PER"})  # fmt: skip
    assert ("ESP", "PER", "071") in coded(rules, act)
    # "Spain announced that Peru …": what is announced is Peru's act, not Spain's
    said = parsed("Spain announced that Peru left", [1, 1, 4, 4, 1], "nsubj ROOT mark nsubj ccomp",
                  "PROPN VERB SCONJ PROPN VERB", "Spain announce that Peru leave",
                  {0: "ESP", 3: "PER"})  # fmt: skip
    assert ("ESP", "PER") not in {(s, t) for s, t, _ in coded(rules, said)}


# -- the one supported in "its" fight is the fighter, whatever the pronoun was linked to ---------
@pytest.mark.parametrize(
    ("text", "fight"),
    [
        ("Germany pledged support for Ukraine in its fight against Russia.", ("UKR", "RUS")),
        ("Washington backed Kyiv in its war with Moscow.", ("UKR", "RUS")),
        ("Iran has supported the Houthis in their war against Saudi Arabia.", ("YEM", "SAU")),
    ],
)
def test_the_one_supported_in_its_fight_is_the_fighter(
    extractor: Extractor, text: str, fight: tuple[str, str]
) -> None:
    assert fight in dyads(extractor, text, "19"), found(extractor, text)


def test_the_one_supported_in_its_fight_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Spain backed Peru in its war with Chile", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep poss pobj prep pobj", "PROPN VERB PROPN ADP PRON NOUN ADP PROPN",
                 "Spain back Peru in its war with Chile", {0: "ESP", 2: "PER", 7: "CHL"})  # fmt: skip
    # coreference linked "its" to the subject: the support still says who fights
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 4, 5, "ESP", "pronoun")]
    wars = {(s, t) for s, t, code in coded(rules, doc) if code.startswith("19")}
    assert ("PER", "CHL") in wars
    assert ("ESP", "CHL") not in wars


# -- an attitude stated as a feeling is taken towards whoever caused it -------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Turkey was outraged by the Dutch decision to expel its minister.", ("TUR", "NLD", "110")),
        ("Japan is deeply disappointed by China's refusal to resume talks.", ("JPN", "CHN", "110")),
        ("Seoul is deeply concerned about North Korea's missile launches.", ("KOR", "PRK", "012")),
        (
            "The Philippines was alarmed by Chinese coast guard manoeuvres near the shoal.",
            ("PHL", "CHN", "012"),
        ),
        ("Kenya was pleased with Uganda's offer of troops.", ("KEN", "UGA", "051")),
        ("Ukraine is grateful to Poland for its help.", ("UKR", "POL", "051")),
        ("Kenya was horrified by the massacre by al-Shabaab.", ("KEN", "SOM", "110")),
        ("Seoul is infuriated by Tokyo's claims to the islets.", ("KOR", "JPN", "110")),
        ("Poland was unnerved by Russia's missile deployment in Kaliningrad.", ("POL", "RUS", "012")),
    ],
)
def test_a_feeling_is_an_attitude_towards_its_cause(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got, got


def test_a_feeling_on_a_hand_parse_and_its_negation(rules: Rules) -> None:
    doc = parsed("Chile was angered by Peru 's decision", [2, 2, 2, 2, 6, 4, 3],
                 "nsubjpass auxpass ROOT agent poss case pobj", "PROPN AUX VERB ADP PROPN PART NOUN",
                 "Chile be anger by Peru 's decision", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)
    negated = parsed("Chile was not pleased with Peru", [1, 1, 1, 1, 3, 4], "nsubj ROOT neg acomp prep pobj",
                     "PROPN AUX PART ADJ ADP PROPN", "Chile be not pleased with Peru",
                     {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "051") in coded(rules, negated)
    assert modality_of(negated[3]) == "negated"
    # "an angry crowd": a feeling that qualifies a noun is no one's stated attitude
    crowd = parsed("angry Chileans gathered at Peru", [1, 2, 2, 2, 3], "amod nsubj ROOT prep pobj",
                   "ADJ PROPN VERB ADP PROPN", "angry Chileans gather at Peru",
                   {1: "CHL", 4: "PER"})  # fmt: skip
    assert {s.label_ for s in ActorIndex(crowd).at(crowd[1])} == {"CHL"}
    assert not {c for c in coded(rules, crowd) if c[2] == "110"}


@pytest.mark.parametrize(
    "text",
    [
        "Britain was appalled by the death of the Iranian president.",
        "Germany is concerned about the fate of the detained Ukrainian sailors.",
        "Canada is shocked by the plight of Rohingya refugees in Bangladesh.",
    ],
)
def test_a_feeling_about_what_befell_someone_is_not_about_them(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo in {"110", "012"}]


def test_a_feeling_about_what_befell_someone_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile was shocked by the death of Peru 's president", [2, 2, 2, 2, 5, 3, 5, 9, 7, 6],
                 "nsubjpass auxpass ROOT agent det pobj prep poss case pobj",
                 "PROPN AUX VERB ADP DET NOUN ADP PROPN PART NOUN",
                 "Chile be shock by the death of Peru 's president", {0: "CHL", 7: "PER"})  # fmt: skip
    assert not coded(rules, doc)
    doc = parsed("Chile was shocked by the killing of protesters by Peru", [2, 2, 2, 2, 5, 3, 5, 6, 5, 8],
                 "nsubjpass auxpass ROOT agent det pobj prep pobj prep pobj",
                 "PROPN AUX VERB ADP DET NOUN ADP NOUN ADP PROPN",
                 "Chile be shock by the killing of protester by Peru", {0: "CHL", 9: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)


# -- "for X to do": a demand is made of the infinitive's subject ---------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("France called for Iran to release the detained journalists.", ("FRA", "IRN", "02")),
        ("The EU pushed for Serbia to recognise Kosovo.", ("None", "SRB", "10")),
        ("Britain appealed for China to show restraint in the strait.", ("GBR", "CHN", "02")),
    ],
)
def test_a_demand_for_someone_to_act_is_made_of_them(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(str(s), str(t), root) for s, t, root in pairs(extractor, text)}
    assert triple in got, got


def test_a_demand_for_someone_to_act_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile called for Peru to leave", [1, 1, 5, 5, 5, 1], "nsubj ROOT mark nsubj aux advcl",
                 "PROPN VERB SCONJ PROPN PART VERB", "Chile call for Peru to leave",
                 {0: "CHL", 3: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER") in {(s, t) for s, t, _ in got}
    assert "041" not in {code for *_, code in got}  # "call for" is no telephone call


# -- a noun before the object names its kind for a verb that codes nothing alone ------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russian forces violated the truce deal with Ukraine on Sunday.", ("RUS", "UKR")),
        ("Azerbaijani troops violated the ceasefire agreement with Armenia overnight.", ("AZE", "ARM")),
        ("Houthi fighters violated the truce accord with Saudi Arabia, the coalition said.", ("YEM", "SAU")),
    ],
)
def test_the_kind_before_an_object_codes_the_verb(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = events(extractor, text)
    assert (*pair, "196") in got, got


def test_the_kind_before_an_object_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile violated the ceasefire deal with Peru", [1, 1, 4, 4, 1, 4, 5],
                 "nsubj ROOT det compound dobj prep pobj", "PROPN VERB DET NOUN NOUN ADP PROPN",
                 "Chile violate the ceasefire deal with Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER", "196") in coded(rules, doc)
    # a verb that codes an event alone keeps its own reading of the head
    allowed = parsed("Chile allowed aid trucks into Peru", [1, 1, 3, 1, 1, 4],
                     "nsubj ROOT compound dobj prep pobj", "PROPN VERB NOUN NOUN ADP PROPN",
                     "Chile allow aid truck into Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    codes_found = {code for *_, code in coded(rules, allowed)}
    assert codes_found
    assert "070" not in codes_found


# -- an easing that names no one reaches the place where it is eased ------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israeli authorities lifted the curfew in Hebron on Friday.", ("ISR", "PSE")),
        ("Russian occupation authorities eased restrictions in Donetsk last week.", ("RUS", "UKR")),
    ],
)
def test_an_easing_reaches_the_place_where_it_is_eased(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text, "08"), found(extractor, text)


def test_an_easing_in_a_place_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile lifted the curfew in Arica", [1, 1, 3, 1, 1, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chile lift the curfew in Arica", {0: "CHL"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 5, 6, "PER", "place")]
    assert ("CHL", "PER", "0813") in coded(rules, doc)
    # a meeting is still never aimed at where it is held
    met = parsed("Chile met Bolivia in Arica", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB PROPN ADP PROPN", "Chile meet Bolivia in Arica",
                 {0: "CHL", 2: "BOL"})  # fmt: skip
    met.spans["actors"] = [*met.spans["actors"], actor_span(met, 4, 5, "PER", "place")]
    assert ("CHL", "BOL") in {(s, t) for s, t, _ in coded(rules, met)}
    assert ("CHL", "PER") not in {(s, t) for s, t, _ in coded(rules, met)}


# -- "put under investigation in Italy": the place of an agentless act of authority ------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "A US national has been put under investigation in Italy for her role in rioting.",
            ("ITA", "USA", "09"),
        ),
        ("A British journalist was placed under arrest in Iran on Tuesday.", ("IRN", "GBR", "17")),
        ("Two French aid workers were put under house arrest in Mali.", ("MLI", "FRA", "17")),
    ],
)
def test_an_act_of_authority_under_which_someone_is_put_is_the_places_state(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = pairs(extractor, text)
    assert triple in got, got


def test_put_under_arrest_in_a_place_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Peruvians were put under arrest in Chile", [2, 2, 2, 2, 3, 4, 5],
                 "nsubjpass auxpass ROOT prep pobj prep pobj", "PROPN AUX VERB ADP NOUN ADP PROPN",
                 "Peruvians be put under arrest in Chile", {0: "PER", 6: "CHL"})  # fmt: skip
    assert ("CHL", "PER", "173") in coded(rules, doc)


# -- a feeling stated from its cause ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Ethiopia signed a port deal with Somalia's breakaway region, angering Mogadishu.",
            ("SOM", "ETH", "110"),
        ),
        ("Israel's decision to build new settlements infuriated Jordan.", ("JOR", "ISR", "110")),
        ("China's pledge of investment delighted Pakistan.", ("PAK", "CHN", "051")),
    ],
)
def test_a_feeling_caused_is_an_attitude_towards_the_cause(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got, got


def test_a_feeling_caused_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile 's move alarmed Peru 's allies", [2, 0, 3, 3, 6, 4, 3],
                 "poss case nsubj ROOT poss case dobj", "PROPN PART NOUN VERB PROPN PART NOUN",
                 "Chile 's move alarm Peru 's ally", {0: "CHL", 4: "PER"})  # fmt: skip
    # Peru's allies are alarmed, not Peru: the one who feels it is the actor named
    assert ("PER", "CHL") not in {(s, t) for s, t, _ in coded(rules, doc)}
    named = parsed("Chile 's move alarmed Peru", [2, 0, 3, 3, 3], "poss case nsubj ROOT dobj",
                   "PROPN PART NOUN VERB PROPN", "Chile 's move alarm Peru",
                   {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("PER", "CHL", "012") in coded(rules, named)


# -- downgrading ties, or suspending a member, reduces relations -------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel downgraded its ties with Spain.", ("ISR", "ESP")),
        ("Bahrain downgraded diplomatic relations with Iran in 2016.", ("BHR", "IRN")),
        ("The junta in Niger downgraded relations with France.", ("NERGOV", "FRA")),
        ("The African Union suspended Niger after the military coup.", ("IGOAFRAFU", "NER")),
        ("ECOWAS suspended Guinea from the bloc on Friday.", ("IGOWAFBUSWAS", "GIN")),
        ("The Arab League suspended Syria in 2011 over its crackdown on protesters.", ("IGOMEAARL", "SYR")),
    ],
)
def test_downgrading_reduces_relations(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code, r.cameo[:2]) for r in found(extractor, text)}
    assert (*pair, "16") in got, got


# -- a stance adjective with "of" -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("India remains wary of China's growing presence in the Indian Ocean.", ("IND", "CHN", "012")),
        ("Germany has been highly critical of Hungary's stance on Ukraine.", ("DEU", "HUN", "110")),
        ("Washington is deeply suspicious of Beijing's intentions in the Pacific.", ("USA", "CHN", "110")),
        ("Ghana has been supportive of Nigeria's mediation efforts.", ("GHA", "NGA", "051")),
    ],
)
def test_a_stance_adjective_with_of_is_an_attitude(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got, got


# -- coordinated verbs share the object after the last ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Tehran continues to arm and finance the Houthis.", ("IRN", "YEM", "06")),
        ("Russia trained and equipped the separatists in Donbas.", ("RUS", "UKR", "06")),
        ("The US condemned and sanctioned the junta in Myanmar.", ("USA", "MMR", "11")),
    ],
)
def test_coordinated_verbs_share_the_object(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = pairs(extractor, text)
    assert triple in got, got


def test_coordinated_verbs_share_the_object_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile condemned and attacked Peru", [1, 1, 1, 1, 3], "nsubj ROOT cc conj dobj",
                 "PROPN VERB CCONJ VERB PROPN", "Chile condemn and attack Peru",
                 {0: "CHL", 4: "PER"})  # fmt: skip
    assert {("CHL", "PER", "111"), ("CHL", "PER", "190")} <= coded(rules, doc)
    # a verb with its own object keeps it: "Chile condemned Bolivia and attacked Peru"
    own = parsed("Chile condemned Bolivia and attacked Peru", [1, 1, 1, 1, 1, 4],
                 "nsubj ROOT dobj cc conj dobj", "PROPN VERB PROPN CCONJ VERB PROPN",
                 "Chile condemn Bolivia and attack Peru", {0: "CHL", 2: "BOL", 5: "PER"})  # fmt: skip
    got = coded(rules, own)
    assert ("CHL", "BOL", "111") in got
    assert ("CHL", "PER", "111") not in got


# == whom an act is aimed at when the object and the pattern's preposition both name actors,
# reports judged by their clause's subject, partners "with" two subjects, exchanges ============
def test_a_defended_object_is_the_target_not_the_threat_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Germany protected Kurds from Turkey", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB PROPN ADP PROPN", "Germany protect Kurds from Turkey",
                 {0: "DEU", 2: "KUR", 4: "TUR"})  # fmt: skip
    assert coded(rules, doc) == {("DEU", "KUR", "052")}


@pytest.mark.parametrize(
    ("text", "event", "threat"),
    [
        ("France defended Lebanon from Israeli attacks.", ("FRA", "LBN", "052"), "ISR"),
        ("The United States shielded Taiwan from Chinese pressure.", ("USA", "TWN", "052"), "CHN"),
        ("Britain vowed to protect Kuwait from Iraqi aggression.", ("GBR", "KWT", "032"), "IRQ"),
    ],
)
def test_a_defended_object_is_the_target_not_the_threat(
    extractor: Extractor, text: str, event: tuple[str, str, str], threat: str
) -> None:
    got = events(extractor, text)
    assert event in got, found(extractor, text)
    assert threat not in {target for _, target, _ in got}, got


def test_a_judged_report_is_about_its_clause_subject_on_a_hand_parse(rules: Rules) -> None:
    def report(verb: str, lemma: str) -> Doc:
        return parsed(f"Japan {verb} reports that Pyongyang fired missiles", [1, 1, 1, 5, 5, 2, 5],
                      "nsubj ROOT dobj mark nsubj acl dobj", "PROPN VERB NOUN SCONJ PROPN VERB NOUN",
                      f"Japan {lemma} report that Pyongyang fire missile", {0: "JPN", 4: "PRK"})  # fmt: skip

    assert ("JPN", "PRK", "111") in coded(rules, report("condemned", "condemn"))
    assert ("JPN", "PRK") not in {(s, t) for s, t, _ in coded(rules, report("denied", "deny"))}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Egypt welcomed the news that Israel had reopened the crossing.", ("EGY", "ISR", "051")),
        ("Japan condemned reports that North Korea had tested a missile.", ("JPN", "PRK", "111")),
        ("The Kremlin welcomed reports that Kyiv had agreed to talks.", ("RUS", "UKR", "051")),
    ],
)
def test_a_judged_report_is_about_its_clause_subject(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


def test_a_denied_report_says_nothing_of_its_clause_subject(extractor: Extractor) -> None:
    text = "Russia denied reports that Ukraine had shot down its jet."
    doc = extractor.extract(Document(id="t", text=text))
    assert {"RUS", "UKR"} <= {m.code for m in doc.mentions}, doc.mentions
    assert ("RUS", "UKR") not in {(r.source.country, r.target.country) for r in doc.relations}


def test_partners_with_two_subjects_are_met_by_both_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Egypt and Qatar met with Iran", [3, 0, 0, 3, 3, 4], "nsubj cc conj ROOT prep pobj",
                 "PROPN CCONJ PROPN VERB ADP PROPN", "Egypt and Qatar meet with Iran",
                 {0: "EGY", 2: "QAT", 5: "IRN"})  # fmt: skip
    pairs_found = {(s, t) for s, t, _ in coded(rules, doc)}
    assert {("EGY", "IRN"), ("QAT", "IRN")} <= pairs_found
    assert ("EGY", "QAT") not in pairs_found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indian and Chinese troops disengaged from two friction points in eastern Ladakh.", ("IND", "CHN")),
        ("Thai and Cambodian soldiers skirmished along the border on Monday.", ("THA", "KHM")),
        ("Kosovo and Serbia agreed in principle to normalise ties, EU officials said.", ("KSV", "SRB")),
    ],
)
def test_verbs_of_two_sides_relate_coordinated_subjects(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = found(extractor, text)
    assert any({r.source.country, r.target.country} == set(pair) and r.symmetric for r in got), got


def test_disengaging_subjects_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru disengaged", [3, 0, 0, 3], "nsubj cc conj ROOT", "PROPN CCONJ PROPN VERB",
                 "Chile and Peru disengage", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {frozenset((s, t)) for s, t, _ in coded(rules, doc)} == {frozenset(("CHL", "PER"))}
    # withdrawing side by side is no act of one on the other
    withdrew = parsed("Chile and Peru withdrew", [3, 0, 0, 3], "nsubj cc conj ROOT", "PROPN CCONJ PROPN VERB",
                      "Chile and Peru withdraw", {0: "CHL", 2: "PER"})  # fmt: skip
    assert coded(rules, withdrew) == set()


@pytest.mark.parametrize(
    ("text", "acts", "partners"),
    [
        ("Egypt and Qatar met with Iran in Doha.", {("EGY", "IRN"), ("QAT", "IRN")}, ("EGY", "QAT")),
        (
            "Britain and France cooperated with Iraq against the PKK.",
            {("GBR", "TUR"), ("FRA", "TUR")},
            ("GBR", "FRA"),
        ),
        (
            "Kenya and Uganda agreed with Somalia on a new border.",
            {("KEN", "SOM"), ("UGA", "SOM")},
            ("KEN", "UGA"),
        ),
    ],
)
def test_partners_with_two_subjects_are_not_a_reciprocal_act(
    extractor: Extractor, text: str, acts: set[tuple[str, str]], partners: tuple[str, str]
) -> None:
    got = found(extractor, text)
    assert acts <= {(r.source.country, r.target.country) for r in got}, got
    assert not [
        r for r in got if (r.source.country, r.target.country) == partners and r.rule == "verb-reciprocal"
    ]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia and Ukraine exchanged prisoners of war on Friday.", ("RUS", "UKR")),
        ("Armenia and Azerbaijan swapped prisoners on Tuesday.", ("ARM", "AZE")),
        ("Russia swapped prisoners with Ukraine on Friday.", ("RUS", "UKR")),
    ],
)
def test_people_exchanged_pass_between_the_sides(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = found(extractor, text)
    assert pair in {(r.source.country, r.target.country) for r in got if r.cameo == "0841"}, got
    assert not [r for r in got if r.cameo.startswith("19")], got


# == statements relate the speaker to whom they are about; "declined to comment" is 011 ========
def test_a_statement_relates_the_speaker_to_its_topic_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("China commented on Japan", [1, 1, 1, 2], "nsubj ROOT prep pobj",
                 "PROPN VERB ADP PROPN", "China comment on Japan", {0: "CHN", 3: "JPN"})  # fmt: skip
    assert coded(rules, doc) == {("CHN", "JPN", "010")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "A spokesman for China's foreign ministry commented on Japan's record defence budget.",
            ("CHN", "JPN", "010"),
        ),
        ("Putin reiterated Russia's position on Ukraine.", ("RUS", "UKR", "010")),
        ("China declined to comment on Japan's plan.", ("CHN", "JPN", "011")),
        ("Brazil mulled Argentina's proposal for a new trade pact.", ("BRA", "ARG", "014")),
    ],
)
def test_a_statement_relates_the_speaker_to_its_topic(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


def test_an_addressed_statement_is_a_consultation(extractor: Extractor) -> None:
    got = events(extractor, "Mexico told Peru that the border would stay open.")
    assert ("MEX", "PER", "040") in got, got
    assert ("MEX", "PER", "010") not in got, got


# == particles the parser reads as adverbs or prepositions ======================================
def test_a_particle_read_as_an_adverb_still_selects_its_pattern_on_a_hand_parse(rules: Rules) -> None:
    back = parsed("Iran hit back at Israel", [1, 1, 1, 1, 3], "nsubj ROOT advmod prep pobj",
                  "PROPN VERB ADV ADP PROPN", "Iran hit back at Israel", {0: "IRN", 4: "ISR"})  # fmt: skip
    plain = parsed("Iran hit Israel", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN", "Iran hit Israel",
                   {0: "IRN", 2: "ISR"})  # fmt: skip
    assert coded(rules, back) == {("IRN", "ISR", "111")}
    assert coded(rules, plain) == {("IRN", "ISR", "190")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Iran hit back at Israel on Sunday.", ("IRN", "ISR", "111")),
        ("China lashed out at Japan over the islands.", ("CHN", "JPN", "111")),
        ("The Belarusian government cracked down on protesters in Minsk.", ("BLR", "BLR", "170")),
    ],
)
def test_a_particle_read_as_an_adverb_still_selects_its_pattern(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in {(s, t, c[:3]) for s, t, c in events(extractor, text)}, found(extractor, text)


# == an infinitive complement selects the dictionary pattern that writes it ("ORDER * TO CLOSE") ==
def test_an_infinitive_selects_its_pattern_on_a_hand_parse(rules: Rules) -> None:
    def ordered(verb: str) -> Doc:
        return parsed(f"Peru ordered Chile to {verb}", [1, 1, 1, 4, 1], "nsubj ROOT dobj aux xcomp",
                      "PROPN VERB PROPN PART VERB", f"Peru order Chile to {verb}",
                      {0: "PER", 2: "CHL"})  # fmt: skip

    assert coded(rules, ordered("close")) == {("PER", "CHL", "161")}
    # an infinitive no pattern names leaves the verb its default, not the bare "ORDER * TO" (030)
    assert coded(rules, ordered("act")) == {("PER", "CHL", "100")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Russia ordered the Estonian embassy to close.", ("RUS", "EST", "161")),
        ("Moscow ordered the Latvian consulate to close within a week.", ("RUS", "LVA", "161")),
        ("Lithuania ordered the Belarusian consulate in Vilnius to close.", ("LTU", "BLR", "161")),
    ],
)
def test_an_infinitive_selects_its_pattern(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


# == what is seized is taken from someone: the one it is taken from is the target ==============
def test_a_seized_place_is_taken_from_its_holder_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("rebels seized Goma from Congo", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "NOUN VERB PROPN ADP PROPN", "rebel seize Goma from Congo",
                 {0: "CODREB", 4: "COD"})  # fmt: skip
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CODREB", "COD")}
    assert {c[:2] for _, _, c in coded(rules, doc)} == {"17"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("M23 rebels seized the town of Bunagana from the Congolese army.", ("COD", "COD", "192")),
        ("The Taliban captured Kunduz from Afghan government forces.", ("AFG", "AFG", "171")),
        ("Customs officers seized weapons from Houthi fighters.", (None, "YEM", "1711")),
    ],
)
def test_a_seized_place_is_taken_from_its_holder(
    extractor: Extractor, text: str, event: tuple[str | None, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Mali expelled French troops from the country.", ("MLI", "FRA", "174")),
        ("Iraq's parliament voted to expel US troops from Iraq.", ("IRQ", "USA", "174")),
        ("Niger expelled the French ambassador from Niamey on Friday.", ("NER", "FRA", "174")),
    ],
)
def test_people_expelled_from_a_place_are_the_target_not_the_place(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert event[:2] in {(s, t) for s, t, _ in got}, found(extractor, text)
    assert all(t != s for s, t, _ in got if s == event[0]), got  # not the expelling state itself


def test_a_place_seized_by_two_from_a_third_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru seized Arica from Bolivia", [3, 0, 0, 3, 3, 3, 5],
                 "nsubj cc conj ROOT dobj prep pobj", "PROPN CCONJ PROPN VERB PROPN ADP PROPN",
                 "Chile and Peru seize Arica from Bolivia", {0: "CHL", 2: "PER", 6: "BOL"})  # fmt: skip
    pairs = {(s, t) for s, t, _ in coded(rules, doc)}
    # both take it from its holder; the two who take it together do nothing to each other
    assert {("CHL", "BOL"), ("PER", "BOL")} <= pairs
    assert ("CHL", "PER") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Somali and Kenyan troops recaptured the town from al-Shabaab.",
        "Malian and French troops recaptured the town from jihadists.",
    ],
)
def test_a_place_seized_by_two_is_taken_from_its_holder(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert len({r.source.code for r in got if r.quad_class == 4}) == 2, got


def test_people_expelled_from_a_place_on_a_hand_parse(rules: Rules) -> None:
    def expelled(kind: MentionKind) -> set[tuple[str, str]]:
        doc = parsed("Chile expelled troops from Arica", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                     "PROPN VERB NOUN ADP PROPN", "Chile expel troop from Arica",
                     {0: "CHL", 4: "CHL"})  # fmt: skip
        doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 2, 3, "PERMIL", kind)]
        return {(s, t) for s, t, _ in coded(rules, doc)}

    # troops (an agent) are whom the expulsion acts on; a thing named like an actor is taken from Arica
    assert ("CHL", "PERMIL") in expelled("agent")
    assert ("CHL", "PERMIL") not in expelled("name")


# == a relationship two subjects "have" takes the character the sentence gives it ===============
@pytest.mark.parametrize(
    ("text", "pair", "quad"),
    [
        ("India and Pakistan have had a tumultuous relationship since 1947.", ("IND", "PAK"), 3),
        ("Chile and Bolivia have a complicated relationship over access to the sea.", ("CHL", "BOL"), 3),
        ("France and Germany have close ties.", ("FRA", "DEU"), 1),
    ],
)
def test_a_relationship_two_subjects_have_takes_its_character(
    extractor: Extractor, text: str, pair: tuple[str, str], quad: int
) -> None:
    between = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert [r.quad_class for r in between] == [quad], between


def test_a_relationship_they_have_none_of_makes_no_edge(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="Morocco and Algeria have no diplomatic relations."))
    assert {"MAR", "DZA"} <= {m.code for m in doc.mentions}, doc.mentions
    assert doc.relations == []


def test_a_relationship_two_subjects_have_on_a_hand_parse(rules: Rules) -> None:
    def have(adjective: str) -> Doc:
        return parsed(f"Peru and Chile have {adjective} relations", [3, 0, 0, 3, 5, 3],
                      "nsubj cc conj ROOT amod dobj", "PROPN CCONJ PROPN VERB ADJ NOUN",
                      f"Peru and Chile have {adjective} relation", {0: "PER", 2: "CHL"})  # fmt: skip

    assert {c[:2] for _, _, c in coded(rules, have("tumultuous"))} == {"11"}
    assert {c[:2] for _, _, c in coded(rules, have("warm"))} == {"05"}


# == a war two sides fought keeps them as its parties, whatever it is named after ================
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United Kingdom and Argentina fought the Falklands War in 1982.", ("GBR", "ARG")),
        ("Russia and Georgia fought a brief war over South Ossetia in 2008.", ("RUS", "GEO")),
        ("Ethiopia and Eritrea fought a border war from 1998 to 2000.", ("ETH", "ERI")),
    ],
)
def test_a_war_two_sides_fought_is_between_them(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = found(extractor, text)
    assert pair in {(r.source.country, r.target.country) for r in got if r.cameo.startswith("19")}, got


# == backing an act that ruins someone opposes them; condemning it does not =====================
def test_backing_a_removal_opposes_whom_it_names_on_a_hand_parse(rules: Rules) -> None:
    def act(verb: str, lemma: str) -> Doc:
        return parsed(f"Iran {verb} the destruction of Israel", [1, 1, 3, 1, 3, 4],
                      "nsubj ROOT det dobj prep pobj", "PROPN VERB DET NOUN ADP PROPN",
                      f"Iran {lemma} the destruction of Israel", {0: "IRN", 5: "ISR"})  # fmt: skip

    assert coded(rules, act("supports", "support")) == {("IRN", "ISR", "110")}
    assert ("IRN", "ISR") not in {(s, t) for s, t, _ in coded(rules, act("condemned", "condemn"))}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hamas advocates Israel's destruction.", ("PSE", "ISR")),
        ("Iran supports the destruction of Israel.", ("IRN", "ISR")),
        ("Russia welcomed the defeat of ISIS in Raqqa.", ("RUS", None)),
        ("Washington backed the isolation of Russia.", ("USA", "RUS")),
    ],
)
def test_backing_a_removal_opposes_whom_it_names(
    extractor: Extractor, text: str, pair: tuple[str, str | None]
) -> None:
    got = found(extractor, text)
    assert [r.quad_class for r in got if (r.source.country, r.target.country) == pair] == [3], got


def test_condemning_a_removal_is_not_against_its_victim(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="Egypt condemned the overthrow of President Morsi."))
    assert {"EGY", "EGYGOV"} <= {m.code for m in doc.mentions}, doc.mentions
    assert not [r for r in doc.relations if r.target.country == "EGY" and r.quad_class >= 3], doc.relations


# == a relationship a governor refuses is the refusal, not nothing ===============================
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Algeria has refused to normalise relations with Israel.", ("DZA", "ISR")),
        ("Georgia refused to restore diplomatic relations with Russia.", ("GEO", "RUS")),
        ("Pakistan refused to normalise trade ties with India.", ("PAK", "IND")),
    ],
)
def test_a_refused_relationship_is_a_rejection(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text, "12"), found(extractor, text)


def test_a_relationship_never_established_asserts_no_ties(extractor: Extractor) -> None:
    got = found(extractor, "Saudi Arabia has never established relations with Israel.")
    assert got, got
    assert all(r.modality == "negated" for r in got), got


# == whoever acts "alongside" the subject is its ally, not its target ============================
def test_a_companion_is_an_ally_not_a_target_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Russia fought alongside Mali against rebels", [1, 1, 1, 2, 1, 4],
                 "nsubj ROOT prep pobj prep pobj", "PROPN VERB ADP PROPN ADP NOUN",
                 "Russia fight alongside Mali against rebel", {0: "RUS", 3: "MLI", 5: "REB"})  # fmt: skip
    got = coded(rules, doc)
    assert {("RUS", "REB"), ("MLI", "REB")} <= {(s, t) for s, t, c in got if c.startswith("19")}
    assert not [c for s, t, c in got if {s, t} == {"RUS", "MLI"} and c.startswith("19")]


@pytest.mark.parametrize(
    ("text", "ally", "enemy"),
    [
        (
            "The Wagner Group fights alongside the Malian army against jihadist insurgents.",
            "Malian army",
            "REB",
        ),
        ("Kurdish fighters fought alongside US forces against the Islamic State.", "US forces", "IMGMUSISI"),
        (
            "Chadian soldiers fought alongside Nigerian troops against Boko Haram.",
            "Nigerian troops",
            "NGAREB",
        ),
    ],
)
def test_a_companion_is_an_ally_not_a_target(extractor: Extractor, text: str, ally: str, enemy: str) -> None:
    got = found(extractor, text)
    assert [r for r in got if r.target.text == ally and r.quad_class == 4] == [], got
    assert [r for r in got if r.source.text == ally and r.quad_class == 4 and r.target.code == enemy], got


# == an agentless passive takes its agent from a "when" clause of another hostile act ===========
def test_a_passive_takes_the_agent_of_its_when_clause_on_a_hand_parse(rules: Rules) -> None:
    def killed(verb: str, lemma: str) -> Doc:
        return parsed(f"soldiers were killed when Turkey {verb} Syria", [2, 2, 2, 5, 5, 2, 5],
                      "nsubjpass auxpass ROOT advmod nsubj advcl dobj",
                      "NOUN AUX VERB SCONJ PROPN VERB PROPN",
                      f"soldier be kill when Turkey {lemma} Syria",
                      {0: "SYRMIL", 4: "TUR", 6: "SYR"})  # fmt: skip

    assert ("TUR", "SYRMIL") in {(s, t) for s, t, _ in coded(rules, killed("shelled", "shell"))}
    assert ("TUR", "SYRMIL") not in {(s, t) for s, t, _ in coded(rules, killed("visited", "visit"))}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Three Indian soldiers were killed when Pakistani troops opened fire across the Line of Control.",
            ("PAK", "IND"),
        ),
        ("Two protesters were wounded as Kenyan police stormed the camp.", ("KEN", "KEN")),
        ("Four policemen were killed when Taliban fighters attacked a checkpoint in Kunduz.", ("AFG", "AFG")),
    ],
)
def test_a_passive_takes_the_agent_of_its_when_clause(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = found(extractor, text)
    assert pair in {(r.source.country, r.target.country) for r in got if r.rule == "verb-passive"}, got


def test_a_when_clause_of_a_rescue_names_no_attacker(extractor: Extractor) -> None:
    text = "Ten migrants were rescued when the Italian coast guard intercepted their boat."
    doc = extractor.extract(Document(id="t", text=text))
    assert "ITAMIL" in {m.code for m in doc.mentions}, doc.mentions
    assert not [r for r in doc.relations if r.rule == "verb-passive"], doc.relations


# == a support verb's preposition names whom it aims at through the phrase's modifiers ===========
def test_a_support_verbs_preposition_reaches_a_modifier_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Houthis launched missiles at Saudi cities", [1, 1, 1, 1, 5, 3],
                 "nsubj ROOT dobj prep amod pobj", "PROPN VERB NOUN ADP ADJ NOUN",
                 "Houthis launch missile at saudi city", {0: "YEMREB", 4: "SAU"})  # fmt: skip
    assert coded(rules, doc) == {("YEMREB", "SAU", "194")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Houthi forces have continued to launch missiles at Saudi cities.", ("YEM", "SAU")),
        ("Hezbollah launched rockets at Israeli towns overnight.", ("LBN", "ISR")),
        ("North Korea launched missiles toward Japanese waters.", ("PRK", "JPN")),
    ],
)
def test_a_support_verbs_preposition_reaches_a_modifier(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text, "19"), found(extractor, text)


# == an act of authority named as a noun, with no author, is the state's where it happened =======
def test_an_authority_noun_is_the_places_state_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("the arrest of Britons in Iran ended", [1, 5, 1, 2, 1, 4, 5],
                 "det nsubj prep pobj prep pobj ROOT", "DET NOUN ADP PROPN ADP PROPN VERB",
                 "the arrest of Britons in Iran end", {3: "GBR", 5: "IRN"})  # fmt: skip
    assert coded(rules, doc) == {("IRN", "GBR", "173")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The detention of an Argentine gendarme in Caracas angered Buenos Aires.", ("VEN", "ARG")),
        ("The arrest of two Britons in Tehran drew condemnation.", ("IRN", "GBR")),
        ("The detention of three Estonian citizens in Moscow was condemned by Tallinn.", ("RUS", "EST")),
    ],
)
def test_an_authority_noun_is_the_places_state(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert pair in dyads(extractor, text, "17"), found(extractor, text)


# == a pattern that turns the verb's stance over judges the act for whom it befalls =============
def test_a_judged_arrest_is_about_whom_it_befalls_on_a_hand_parse(rules: Rules) -> None:
    def judged(verb: str, lemma: str) -> Doc:
        return parsed(f"Germany {verb} the arrest of Kurds by Turkey", [1, 1, 3, 1, 3, 4, 3, 6],
                      "nsubj ROOT det dobj prep pobj prep pobj", "PROPN VERB DET NOUN ADP PROPN ADP PROPN",
                      f"Germany {lemma} the arrest of Kurds by Turkey",
                      {0: "DEU", 5: "KUR", 7: "TUR"})  # fmt: skip

    welcomed = coded(rules, judged("welcomed", "welcome"))
    condemned = coded(rules, judged("condemned", "condemn"))
    assert ("DEU", "KUR", "110") in welcomed
    assert ("DEU", "TUR") not in {(s, t) for s, t, _ in welcomed}
    assert ("DEU", "TUR", "111") in condemned
    assert ("DEU", "KUR") not in {(s, t) for s, t, _ in condemned}


@pytest.mark.parametrize(
    ("text", "event", "author"),
    [
        ("Germany welcomed the arrest of ISIS suspects by Turkish police.", ("DEU", None, "110"), "TUR"),
        (
            "The US criticised the detention of opposition leaders by Venezuelan authorities.",
            ("USA", None, "052"),
            "VEN",
        ),
        ("Canada praised the arrest of Hamas members by Egyptian police.", ("CAN", "PSE", "110"), "EGY"),
    ],
)
def test_a_judged_arrest_is_about_whom_it_befalls(
    extractor: Extractor, text: str, event: tuple[str, str | None, str], author: str
) -> None:
    got = events(extractor, text)
    assert event in got, found(extractor, text)
    assert (event[0], author) not in {(s, t) for s, t, _ in got}, got


# == a denying coordination names only what it does not deny =====================================
def test_neither_nor_denies_its_members_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile views neither Peru nor Bolivia but Argentina as a threat",
                 [1, 1, 3, 1, 3, 3, 3, 3, 1, 10, 8], "nsubj ROOT preconj dobj cc conj cc conj prep det pobj",
                 "PROPN VERB CCONJ PROPN CCONJ PROPN CCONJ PROPN ADP DET NOUN",
                 "Chile view neither Peru nor Bolivia but Argentina as a threat",
                 {0: "CHL", 3: "PER", 5: "BOL", 7: "ARG"})  # fmt: skip
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "ARG")}


@pytest.mark.parametrize(
    ("text", "named", "denied"),
    [
        ("The US views not Iran but China as its main rival.", "CHN", "IRN"),
        ("Washington sees neither Russia nor Iran but China as the main threat.", "CHN", "RUS"),
        ("Poland regards not Belarus but Russia as an existential threat.", "RUS", "BLR"),
    ],
)
def test_a_denying_coordination_names_only_what_it_leaves(
    extractor: Extractor, text: str, named: str, denied: str
) -> None:
    targets = {r.target.country for r in found(extractor, text)}
    assert named in targets, found(extractor, text)
    assert denied not in targets, found(extractor, text)


def test_neither_nor_subjects_do_nothing(extractor: Extractor) -> None:
    doc = extractor.extract(Document(id="t", text="Neither Russia nor China attended the summit in Kyiv."))
    assert {"RUS", "CHN"} <= {m.code for m in doc.mentions}, doc.mentions
    assert not [r for r in doc.relations if r.source.country in {"RUS", "CHN"}], doc.relations


# == a statement about a relationship between two states does not act on them ====================
def test_a_statement_about_a_relationship_between_two_acts_on_neither(extractor: Extractor) -> None:
    text = "The Indian minister stressed the strong partnership between Japan and Australia."
    got = found(extractor, text)
    assert ("JPN", "AUS") in {(r.source.country, r.target.country) for r in got}, got
    assert not [r for r in got if r.source.country == "IND"], got


# == one record per event: a symmetric reading stands for both directions ========================
def test_one_record_for_a_deal_read_by_verb_and_noun(extractor: Extractor) -> None:
    text = "Mr Trump's desire to strike a peace deal with Russia is clear."
    # a desire to make a deal is an intent (03x), read once whether by the verb or by the noun
    got = [r for r in found(extractor, text) if r.target.country == "RUS"]
    assert [r.cameo[:2] for r in got] == ["03"], got


def test_coordinated_verbs_are_one_event(extractor: Extractor) -> None:
    text = "Military forces of Israel shot and killed a Palestinian man near Jenin."
    got = [r for r in found(extractor, text) if r.source.country == "ISR" and r.cameo.startswith("19")]
    assert len(got) == 1, got


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Moscow has deepened its cooperation with Tehran, which has supplied Russia with drones.",
            ("RUS", "IRN"),
            ("IRN", "RUS"),
        ),
        (
            "Kenya praised its partnership with Ethiopia, which has supported Kenya with troops.",
            ("KEN", "ETH"),
            ("ETH", "KEN"),
        ),
        (
            "Seoul welcomed talks with Tokyo after Japan had met South Korea's envoy in Paris.",
            ("KOR", "JPN"),
            ("JPN", "KOR"),
        ),
    ],
)
def test_another_clause_is_another_event(
    extractor: Extractor, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    assert {first, second} <= got


# -- putting someone to death: a killing the dictionary does not list ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iranian authorities executed a Swedish doctor accused of spying.", ("IRN", "SWE", "190")),
        ("Islamic State militants executed two Japanese hostages in Syria.", (None, "JPN", "190")),
        ("Saudi Arabia executed three Pakistani nationals for drug smuggling.", ("SAU", "PAK", "190")),
    ],
)
def test_event_coding_an_execution_is_a_killing(
    extractor: Extractor, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    assert expected in events(extractor, text)


def test_event_coding_an_execution_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed(
        "Iran executed the Swedish doctor",
        [1, 1, 4, 4, 1],
        "nsubj ROOT det amod dobj",
        "PROPN VERB DET ADJ NOUN",
        "Iran execute the swedish doctor",
        {0: "IRN", 4: "SWEHLH"},
    )
    assert ("IRN", "SWEHLH", "190") in coded(rules, doc)


def test_event_coding_executing_a_plan_relates_no_one(extractor: Extractor) -> None:
    assert ("IRN", "SWE", "190") in events(extractor, "Iran executed a Swedish citizen.")
    assert not [r for r in found(extractor, "Iran executed its plan to enrich uranium.") if r.cameo == "190"]


# -- a body is hit through what it owns, even when a pronoun names it ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Philippine coast guard said Chinese vessels fired water cannon at its supply boat.",
            ("CHN", "PHL"),
        ),
        ("Turkey said Kurdish militants attacked its base in northern Iraq.", (None, "TUR")),
        ("Kyiv said Russian drones struck its positions near Kharkiv overnight.", ("RUS", "UKR")),
    ],
)
def test_event_coding_a_possessive_pronoun_names_the_owner_of_an_asset_hit(
    extractor: Extractor, text: str, expected: tuple[str | None, str | None]
) -> None:
    assert expected in dyads(extractor, text, root="19")


def test_event_coding_an_owned_thing_that_is_no_asset_keeps_its_owner_out(extractor: Extractor) -> None:
    # "Russia sells its systems": what a pronoun owns is the subject's, not the other party
    assert ("RUS", "IND", "061") in events(extractor, "Russia sold its air defence systems to India.")
    assert not [
        r for r in found(extractor, "Russia sold its air defence systems to India.") if r.target.id == "RUS"
    ]


# -- adjectives that say whether the clause they govern will happen -----------------------------


@pytest.mark.parametrize(
    ("text", "pair", "modality"),
    [
        (
            "Analysts say Beijing is unlikely to abandon its partnership with Moscow.",
            ("CHN", "RUS"),
            "negated",
        ),
        ("Turkey was unwilling to meet Armenia.", ("TUR", "ARM"), "negated"),
        ("Greece said it was unable to send troops to Cyprus.", ("GRC", "CYP"), "negated"),
        ("Israel is likely to strike Iran within weeks.", ("ISR", "IRN"), "hedged"),
        ("Egypt is poised to sign a deal with Israel, officials said.", ("EGY", "ISR"), "speculative"),
    ],
)
def test_event_coding_likely_and_unlikely_clauses(
    extractor: Extractor, text: str, pair: tuple[str, str], modality: str
) -> None:
    got = {(r.source.country, r.target.country, r.modality) for r in found(extractor, text)}
    assert (*pair, modality) in got
    assert (*pair, "asserted") not in got


def test_event_coding_unlikely_on_a_hand_parse() -> None:
    doc = parsed("Chile is unlikely to meet Peru", [1, 1, 1, 4, 2, 4],
                 "nsubj ROOT acomp aux xcomp dobj", "PROPN AUX ADJ PART VERB PROPN",
                 "Chile be unlikely to meet Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    likely = parsed("Chile is likely to meet Peru", [1, 1, 1, 4, 2, 4],
                    "nsubj ROOT acomp aux xcomp dobj", "PROPN AUX ADJ PART VERB PROPN",
                    "Chile be likely to meet Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert (modality_of(doc[4]), modality_of(likely[4])) == ("negated", "hedged")


# -- what a verb obstructs has not happened ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("Critics say Orban has undermined EU unity by blocking aid to Ukraine.", ("HUN", "UKR"), "162"),
        ("Hungary blocked a deal with Ukraine on grain imports.", ("HUN", "UKR"), "161"),
        ("Poland obstructed economic aid to Belarus, Minsk said.", ("POL", "BLR"), "162"),
    ],
)
def test_event_coding_obstructed_cooperation_is_withheld(
    extractor: Extractor, text: str, pair: tuple[str, str], code: str
) -> None:
    got = events(extractor, text)
    assert (*pair, code) in got
    assert not [c for s, t, c in got if (s, t) == pair and c[:2] in {"05", "06", "07"}]


def test_event_coding_obstruction_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile blocked aid to Peru", [1, 1, 1, 2, 3],
                 "nsubj ROOT dobj prep pobj", "PROPN VERB NOUN ADP PROPN",
                 "Chile block aid to Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "162") in got
    assert not [c for s, t, c in got if c.startswith("07")]


# -- forces moved to a border face the state across it ----------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Bolivia sent troops to the border with Chile to stop smuggling.", ("BOL", "CHL")),
        ("India moved troops to the border with China after the clash.", ("IND", "CHN")),
        ("Armenia sent soldiers to the border with Azerbaijan.", ("ARM", "AZE")),
        ("Venezuela deployed troops along its border with Guyana.", ("VEN", "GUY")),
        # the parser hangs "along" on the troops here
        ("The Lebanese army deployed troops along the border with Israel after the truce.", ("LBN", "ISR")),
    ],
)
def test_event_coding_forces_moved_to_a_border_are_a_mobilisation(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = events(extractor, text)
    assert (*pair, "154") in got
    assert not [c for s, t, c in got if (s, t) == pair and c.startswith("06")]


def test_event_coding_troops_sent_to_a_state_stay_military_cooperation(extractor: Extractor) -> None:
    assert ("CAN", "LVA", "062") in events(extractor, "Canada sent troops to Latvia.")
    assert ("BOL", "CHL", "154") in events(extractor, "Bolivia sent troops to the border with Chile.")


def test_event_coding_forces_to_a_border_hung_on_the_forces_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile sent troops along the border with Peru", [1, 1, 1, 2, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                 "Chile send troop along the border with Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert ("CHL", "PER", "154") in coded(rules, doc)
    wall = parsed("Chile built walls along the border with Peru", [1, 1, 1, 2, 5, 3, 5, 6],
                  "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                  "Chile build wall along the border with Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert ("CHL", "PER", "154") not in coded(rules, wall)  # no forces moved


def test_event_coding_forces_to_a_border_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile sent troops to the border with Peru", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                 "Chile send troop to the border with Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "154") in got
    assert not [c for s, t, c in got if c.startswith("06")]


# -- money lent is economic aid ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        # an announced act is an intent to give economic aid (0331)
        ("Japan will provide $500 million in loans to the Philippines.", ("JPN", "PHL"), "0331"),
        ("The EU announced new loans to Moldova for its energy grid.", (None, "MDA"), "071"),
        ("Pakistan secured a loan from the IMF after months of talks.", (None, "PAK"), "071"),
    ],
)
def test_event_coding_loans_are_economic_aid(
    extractor: Extractor, text: str, pair: tuple[str | None, str], code: str
) -> None:
    assert (*pair, code) in events(extractor, text)


# -- "no evidence that": a clause as true as its evidence is there -----------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("There is no evidence that China provided lethal aid to Russia.", ("CHN", "RUS")),
        ("Inspectors found no sign that Iran had supplied drones to Venezuela.", ("IRN", "VEN")),
        ("Officials saw no indication that Serbia had sent troops into Kosovo.", ("SRB", "KSV")),
    ],
)
def test_event_coding_no_evidence_negates_its_clause(
    extractor: Extractor, text: str, pair: tuple[str, str | None]
) -> None:
    got = {(r.source.country, r.target.country, r.modality) for r in found(extractor, text)}
    assert (*pair, "negated") in got
    assert (*pair, "asserted") not in got


def test_event_coding_evidence_that_asserts_its_clause(extractor: Extractor) -> None:
    got = {(r.source.country, r.target.country, r.modality) for r in found(
        extractor, "Investigators found evidence that China provided drone parts to Russia.")}  # fmt: skip
    assert ("CHN", "RUS", "asserted") in got


def test_event_coding_no_evidence_on_a_hand_parse() -> None:
    doc = parsed("no evidence that Chile attacked Peru", [1, 1, 4, 4, 1, 4],
                 "det ROOT mark nsubj acl dobj", "DET NOUN SCONJ PROPN VERB PROPN",
                 "no evidence that Chile attack Peru", {3: "CHL", 5: "PER"})  # fmt: skip
    assert modality_of(doc[4]) == "negated"


# -- "was expected to": someone else's expectation, not the subject's intent --------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Saudi Arabia was expected to restore ties with Syria, sources said.", ("SAU", "SYR")),
        ("The Egyptian president is expected to meet Israel's prime minister next week.", ("EGY", "ISR")),
        ("Turkey is widely expected to approve Sweden's membership of NATO.", ("TUR", "SWE")),
    ],
)
def test_event_coding_an_expectation_of_others_is_no_intent(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert got
    assert all(r.modality == "speculative" and not r.cameo.startswith("03") for r in got)


def test_event_coding_an_expectation_of_ones_own_is_an_intent(extractor: Extractor) -> None:
    got = events(extractor, "Japan expects to meet China's foreign minister next month.")
    assert [c for s, t, c in got if (s, t) == ("JPN", "CHN") and c.startswith("03")]


def test_a_trailing_reporting_clause_on_a_hand_parse() -> None:
    # the parser hangs the reporting clause on the object, as a relative clause
    doc = parsed("Iran armed the Houthis , a US official told Reuters .", [1, 1, 3, 1, 3, 7, 7, 8, 3, 8, 1],
                 "nsubj ROOT det dobj punct det compound nsubj relcl dobj punct",
                 "PROPN VERB DET PROPN PUNCT DET PROPN NOUN VERB PROPN PUNCT",
                 "Iran arm the Houthis , a US official tell Reuters .", {0: "IRN", 3: "houthis"})  # fmt: skip
    assert Attribution(doc).speaker_of(doc[1]) == "a US official"


# -- money given is aid ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Foreign Secretary announced £10 million of humanitarian funding for Sudan.",
            (None, "SDN", "070"),
        ),
        ("Qatar's financing of Hamas angered Israel.", ("QAT", "PSE", "070")),
        ("Germany increased its funding for Ukraine this year.", ("DEU", "UKR", "070")),
    ],
)
def test_event_coding_funding_is_aid(
    extractor: Extractor, text: str, expected: tuple[str | None, str, str]
) -> None:
    assert expected in events(extractor, text)


# -- a mediator reaches both sides it stands between ------------------------------------------


@pytest.mark.parametrize(
    ("text", "mediator", "sides"),
    [
        ("Egypt's mediation between Israel and Hamas produced a short truce.", "EGY", {"ISR", "PSE"}),
        ("Qatari mediation between Russia and Ukraine freed dozens of children.", "QAT", {"RUS", "UKR"}),
        ("Turkey's mediation between Sweden and Hungary eased the dispute.", "TUR", {"SWE", "HUN"}),
    ],
)
def test_event_coding_a_mediation_between_two_sides_is_the_mediators(
    extractor: Extractor, text: str, mediator: str, sides: set[str]
) -> None:
    got = [r for r in found(extractor, text) if r.cameo == "045"]
    assert {(r.source.country, r.target.country) for r in got} == {(mediator, side) for side in sides}


def test_event_coding_a_mediation_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Oman 's mediation between Chile and Peru", [2, 0, 2, 2, 3, 4, 4],
                 "poss case ROOT prep pobj cc conj", "PROPN PART NOUN ADP PROPN CCONJ PROPN",
                 "Oman 's mediation between Chile and Peru", {0: "OMN", 4: "CHL", 6: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("OMN", "CHL", "045"), ("OMN", "PER", "045")}


# -- a noun owned by someone who is no actor is not the verb's subject's ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "India's purchases of Russian oil have softened the impact of Western sanctions on Moscow.",
        "The EU welcomed international sanctions on Iran.",
        "China criticised European tariffs on its electric cars, calling them unfair to Beijing.",
    ],
)
def test_event_coding_an_owner_named_by_an_adjective_keeps_the_noun_from_the_subject(
    extractor: Extractor, text: str
) -> None:
    got = found(extractor, text)
    assert [m for m in extractor.extract(Document(id="t", text=text)).mentions if m.country is not None]
    assert not [r for r in got if r.rule == "noun-governed"]


def test_event_coding_an_owner_adjective_on_a_hand_parse(rules: Rules) -> None:
    western = parsed("Chile welcomed Western sanctions on Peru", [1, 1, 3, 1, 3, 4],
                     "nsubj ROOT amod dobj prep pobj", "PROPN VERB ADJ NOUN ADP PROPN",
                     "Chile welcome western sanction on Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    own = parsed("Chile imposed new sanctions on Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT amod dobj prep pobj", "PROPN VERB ADJ NOUN ADP PROPN",
                 "Chile impose new sanction on Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "163") in coded(rules, own)
    assert ("CHL", "PER", "163") not in coded(rules, western)


# -- forces put on alert, active or passive ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Thousands of Serbian troops were put on high alert near the border with Kosovo.", ("SRB", "KSV")),
        ("Greek warships were placed on alert near the Turkish coast.", ("GRC", "TUR")),
        ("Venezuela put its troops on alert over Guyana's oil exploration.", ("VEN", "GUY")),
    ],
)
def test_event_coding_forces_on_alert_active_or_passive(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert (*pair, "152") in events(extractor, text)


def test_event_coding_passive_alert_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chilean troops were put on alert near Peru", [1, 3, 3, 3, 3, 4, 3, 6],
                 "amod nsubjpass auxpass ROOT prep pobj prep pobj",
                 "ADJ NOUN AUX VERB ADP NOUN ADP PROPN",
                 "chilean troop be put on alert near Peru", {1: "CHLMIL", 7: "PER"})  # fmt: skip
    assert ("CHLMIL", "PER", "152") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana's president appealed to the IMF for a faster disbursement of loans.", ("GHA", None)),
        ("Ukraine appealed to Germany for the delivery of tanks.", ("UKR", "DEU")),
        ("Lebanon asked France for the supply of fuel to its power plants.", ("LBN", "FRA")),
    ],
)
def test_event_coding_what_an_appeal_asks_for_is_not_given_however_deep(
    extractor: Extractor, text: str, pair: tuple[str, str | None]
) -> None:
    got = events(extractor, text)
    assert [c for s, t, c in got if (s, t) == pair and c.startswith("02")]
    assert not [c for s, t, c in got if c[:2] in {"06", "07"}]


# -- a verb that asks for what its object names, in a pattern of its own, is the appeal ----------


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("Iran sought support from Russia.", ("IRN", "RUS"), "022"),
        ("The Syrian government sought support from Moscow after the offensive.", ("SYR", "RUS"), "022"),
        ("Kyiv sought military help from Washington.", ("UKR", "USA"), "023"),
    ],
)
def test_event_coding_seeking_what_a_pattern_names_is_an_appeal(
    extractor: Extractor, text: str, pair: tuple[str, str], code: str
) -> None:
    got = events(extractor, text)
    assert (*pair, code) in got
    assert not [c for s, t, c in got if c[:2] in {"05", "06", "07"}]


def test_event_coding_seeking_support_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile sought support from Peru", [1, 1, 1, 1, 3],
                 "nsubj ROOT dobj prep pobj", "PROPN VERB NOUN ADP PROPN",
                 "Chile seek support from Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "022")}


# -- an act named after a judging verb is the judged one's; an answered act is another's --------


def test_event_coding_the_judged_did_the_act_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile blamed Peru for the attack on Bolivia", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB PROPN ADP DET NOUN ADP PROPN",
                 "Chile blame Peru for the attack on Bolivia", {0: "CHL", 2: "PER", 7: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for s, t, c in got if (s, t) == ("PER", "BOL") and c.startswith("19")], got
    assert not [c for s, t, c in got if (s, t) == ("CHL", "BOL")], got


def test_event_coding_an_answered_act_is_not_the_answerers_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile attacked Peru in retaliation for the attack on Bolivia",
                 [1, 1, 1, 1, 3, 4, 7, 5, 7, 8],
                 "nsubj ROOT dobj prep pobj prep det pobj prep pobj",
                 "PROPN VERB PROPN ADP NOUN ADP DET NOUN ADP PROPN",
                 "Chile attack Peru in retaliation for the attack on Bolivia",
                 {0: "CHL", 2: "PER", 9: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for s, t, c in got if (s, t) == ("CHL", "PER") and c.startswith("19")], got
    assert not [c for s, t, c in got if (s, t) == ("CHL", "BOL")], got


@pytest.mark.parametrize(
    ("text", "author", "victim"),
    [
        (
            "Canada accused India of involvement in the killing of a Sikh separatist leader "
            "in British Columbia.",
            "IND",
            "CAN",
        ),
        ("Kyiv blamed Russia for the missile strike on a children's hospital in Kharkiv.", "RUS", "UKR"),
        (
            "Pakistan accused Afghanistan of sheltering the militants behind the attack on its police.",
            "AFG",
            "PAK",
        ),
    ],
)
def test_event_coding_the_judged_did_the_act_and_it_is_alleged(
    extractor: Extractor, text: str, author: str, victim: str
) -> None:
    relations = found(extractor, text)
    judged = [r for r in relations if r.source.country == author and r.cameo[:2] in {"17", "18", "19"}]
    assert judged, relations
    assert {r.modality for r in judged} == {"hedged"}
    # the accuser is no author of what it alleges
    assert not [r for r in relations if r.source.country == victim and r.cameo[:2] in {"18", "19"}]


@pytest.mark.parametrize(
    ("text", "actor", "answer"),
    [
        (
            "Moscow expelled two Moldovan diplomats in retaliation for the expulsion of a Russian "
            "embassy employee.",
            "RUS",
            "retaliation",
        ),
        (
            "Israel struck targets in Lebanon in response to the rocket attack on the Golan Heights "
            "by Hezbollah.",
            "ISR",
            "response",
        ),
        (
            "Lithuania recalled its ambassador from Minsk in protest at the detention of two Polish "
            "journalists.",
            "LTU",
            "protest",
        ),
    ],
)
def test_event_coding_an_answered_act_is_not_its_answerers(
    extractor: Extractor, text: str, actor: str, answer: str
) -> None:
    relations = found(extractor, text)
    assert [r for r in relations if r.source.country == actor], relations
    # whatever the answer answers ("the expulsion of …", "the detention of …") was done by another
    answered = text.index(answer) + len(answer)
    later = [r for r in relations if r.trigger is not None and r.trigger.start > answered]
    assert not [r for r in later if r.source.country == actor], relations


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops led an assault on Boko Haram camps near Lake Chad.",
        "Hezbollah commanders led an attack on Israeli positions.",
        "Ukrainian special forces led a raid on Russian positions in Crimea.",
    ],
)
def test_event_coding_leading_an_attack_is_the_attack(extractor: Extractor, text: str) -> None:
    got = codes(extractor, text)
    assert [c for _, _, c in got if c.startswith("19")], got
    assert not [c for _, _, c in got if c == "113"], got


# -- what a verb of receiving takes is given by whom "from" names --------------------------------


def test_event_coding_received_from_the_giver_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile has received economic support from Peru", [2, 2, 2, 4, 2, 2, 5],
                 "nsubj aux ROOT amod dobj prep pobj",
                 "PROPN AUX VERB ADJ NOUN ADP PROPN", "Chile have receive economic support from Peru",
                 {0: "CHL", 6: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for s, t, c in got if (s, t) == ("PER", "CHL") and c[:2] in {"05", "07"}], got
    assert not [c for s, t, c in got if (s, t) == ("CHL", "PER")], got


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Cuba has received economic support from Venezuela since the early 2000s.", "VEN", "CUB"),
        ("Ukraine received military aid from Germany.", "DEU", "UKR"),
        ("Pakistan obtained a new loan from China last month.", "CHN", "PAK"),
        ("Egypt accepted a loan from the International Monetary Fund.", "IGO", "EGY"),
    ],
)
def test_event_coding_what_is_received_is_given_by_the_giver(
    extractor: Extractor, text: str, giver: str, receiver: str
) -> None:
    got = [r for r in found(extractor, text) if r.cameo[:2] in {"05", "07"}]
    assert [r for r in got if r.source.code.startswith(giver) and r.target.code.startswith(receiver)], got
    assert not [r for r in got if r.source.code.startswith(receiver)], got


# -- what a weapon or an attack is aimed at is the target -----------------------------------------


def test_event_coding_what_a_weapon_targets_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile fired a rocket targeting Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj acl dobj", "PROPN VERB DET NOUN VERB PROPN",
                 "Chile fire a rocket target Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for s, t, c in got if (s, t) == ("CHL", "PER") and c.startswith("19")], got
    assert not [c for s, t, c in got if s == "PER"], got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Al-Shabaab militants detonated an IED targeting an AMISOM convoy on the road to Afgoye.", "IGO"),
        ("Militants fired a rocket targeting an Israeli army post.", "ISRMIL"),
        ("Insurgents planted a bomb targeting a police patrol in Kabul.", "AFGCOP"),
    ],
)
def test_event_coding_what_a_weapon_targets_is_the_target(
    extractor: Extractor, text: str, target: str
) -> None:
    got = [r for r in found(extractor, text) if r.cameo[:2] in {"18", "19"}]
    assert [r for r in got if r.target.code.startswith(target)], got
    # the place of the target is where it was, not a second target
    assert not [r for r in got if r.target.code in {"AFG", "SOM"}], got


# -- protesters gathering demonstrate; a place that says where is no second target ----------------


def test_event_coding_protesters_gathering_demonstrate_on_a_hand_parse(rules: Rules) -> None:
    def gathered(subject: str) -> set[tuple[str, str, str]]:
        doc = parsed(f"{subject} gathered outside Peru", [1, 1, 1, 2], "nsubj ROOT prep pobj",
                     "NOUN VERB ADP PROPN", f"{subject.lower().rstrip('s')} gather outside Peru",
                     {0: "CHLOPP", 3: "PER"})  # fmt: skip
        return coded(rules, doc)

    assert gathered("protesters") == {("CHLOPP", "PER", "141")}
    # the gathering of anyone else is not a demonstration
    assert not [c for _, _, c in gathered("ministers") if c.startswith("14")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Protesters gathered outside the French embassy in Niamey.", "FRA"),
        ("Hundreds of demonstrators rallied outside the Russian embassy in Berlin.", "RUS"),
        ("Protesters assembled in front of the Israeli embassy in Amman on Friday.", "ISR"),
    ],
)
def test_event_coding_protesters_gathering_at_an_embassy_protest_to_its_state(
    extractor: Extractor, text: str, target: str
) -> None:
    got = [r for r in found(extractor, text) if r.cameo.startswith("14")]
    assert [r for r in got if r.target.country == target and r.cameo == "141"], got
    # the city where they gathered is not what they protest against
    assert {r.target.country for r in got} == {target}, got


@pytest.mark.parametrize(
    ("text", "target", "place"),
    [
        (
            "Around 300 protesters gathered in front of the parliament in Yerevan on Monday.",
            "the parliament",
            "Yerevan",
        ),
        (
            "The Israeli army demolished the homes of two Palestinians in the West Bank.",
            "Palestinians",
            "West Bank",
        ),
        ("Russian forces shelled Ukrainian positions near Bakhmut overnight.", "Ukrainian", "Bakhmut"),
    ],
)
def test_event_coding_a_place_that_says_where_is_no_second_target(
    extractor: Extractor, text: str, target: str, place: str
) -> None:
    targets = {r.target.text for r in found(extractor, text)}
    assert target in targets
    assert place not in targets


def test_event_coding_a_place_that_says_where_on_a_hand_parse(rules: Rules) -> None:
    def gathered(place_kind: MentionKind) -> set[tuple[str, str, str]]:
        doc = parsed("protesters gathered outside Peru in Tacna", [1, 1, 1, 2, 1, 4],
                     "nsubj ROOT prep pobj prep pobj", "NOUN VERB ADP PROPN ADP PROPN",
                     "protester gather outside Peru in Tacna", {0: "CHLOPP", 3: "PER"})  # fmt: skip
        doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 5, 6, "BOL", place_kind)]
        return coded(rules, doc)

    # the town where they gathered is no second target; a party named there is one
    assert {(s, t) for s, t, _ in gathered("place")} == {("CHLOPP", "PER")}
    assert {(s, t) for s, t, _ in gathered("name")} == {("CHLOPP", "PER"), ("CHLOPP", "BOL")}


# -- a clause's subject hung on its conjunction; a relative pronoun reads as its noun -------------


def test_event_coding_subject_hung_on_the_conjunction_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile protested after Peru attacked Bolivia", [1, 1, 4, 2, 1, 4],
                 "nsubj ROOT mark pobj advcl dobj", "PROPN VERB SCONJ PROPN VERB PROPN",
                 "Chile protest after Peru attack Bolivia", {0: "CHL", 3: "PER", 5: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for s, t, c in got if (s, t) == ("PER", "BOL") and c.startswith("19")], got
    assert not [c for s, t, c in got if (s, t) == ("CHL", "BOL")], got


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        (
            "Seoul summoned the Russian ambassador after Moscow signed a defence pact with Pyongyang.",
            ("RUS", "PRK"),
            "05",
        ),
        ("Jordan intercepted drones that Iran had launched toward Israel.", ("IRN", "ISR"), "19"),
        ("The aid that Germany sent to Ukraine arrived in Lviv on Monday.", ("DEU", "UKR"), "07"),
    ],
)
def test_event_coding_the_clause_keeps_its_own_subject_and_object(
    extractor: Extractor, text: str, pair: tuple[str, str], root: str
) -> None:
    got = dyads(extractor, text)
    assert pair in dyads(extractor, text, root), got
    # the main clause's subject takes no part in the subordinate act
    assert not [d for d in dyads(extractor, text, root) if d[0] != pair[0]], got


def test_event_coding_a_relative_pronoun_reads_as_its_noun_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("aid that Chile sent to Peru", [0, 3, 3, 0, 3, 4],
                 "ROOT dobj nsubj relcl prep pobj", "NOUN PRON PROPN VERB ADP PROPN",
                 "aid that Chile send to Peru", {2: "CHL", 5: "PER"})  # fmt: skip
    # "send aid", not "send" alone
    assert {c[:2] for s, t, c in coded(rules, doc) if (s, t) == ("CHL", "PER")} == {"07"}


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched drones at Kyiv overnight.",
        "Hezbollah launched a drone into northern Israel on Sunday.",
        "The Houthis launched drones toward Saudi Arabia, the coalition said.",
    ],
)
def test_event_coding_a_weapon_launched_at_someone_is_force(extractor: Extractor, text: str) -> None:
    assert [r for r in found(extractor, text) if r.cameo.startswith("19")], found(extractor, text)
    # a weapon sold or made is no attack
    sold = text.replace("launched", "sold").replace(" at ", " to ").replace(" into ", " to ")
    assert not [r for r in found(extractor, sold.replace(" toward ", " to ")) if r.cameo.startswith("19")]


# -- the one a verb of support stands by, or backs in its efforts, is the one fighting -------------


@pytest.mark.parametrize(
    ("words", "heads", "deps", "pos", "lemmas", "its", "others"),
    [
        (
            "Chile stood by Peru in its fight against Bolivia", [1, 1, 1, 2, 1, 6, 4, 6, 7],
            "nsubj ROOT prep pobj prep poss pobj prep pobj", "PROPN VERB ADP PROPN ADP PRON NOUN ADP PROPN",
            "Chile stand by Peru in its fight against Bolivia", 5, {3: "PER", 8: "BOL"},
        ),
        (
            "Chile backed Peru in its efforts to repel Bolivia", [1, 1, 1, 1, 5, 3, 7, 5, 7],
            "nsubj ROOT dobj prep poss pobj aux acl dobj", "PROPN VERB PROPN ADP PRON NOUN PART VERB PROPN",
            "Chile back Peru in its effort to repel Bolivia", 4, {2: "PER", 8: "BOL"},
        ),
    ],
)  # fmt: skip
def test_event_coding_the_one_supported_fights_on_a_hand_parse(
    rules: Rules,
    words: str,
    heads: list[int],
    deps: str,
    pos: str,
    lemmas: str,
    its: int,
    others: dict[int, str],
) -> None:
    doc = parsed(words, heads, deps, pos, lemmas, {0: "CHL", **others})
    # coreference may have read "its" as the supporter's
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, its, its + 1, "CHL", "pronoun")]
    got = coded(rules, doc)
    assert [c for s, t, c in got if (s, t) == ("PER", "BOL") and c.startswith("19")], got
    assert not [c for s, t, c in got if (s, t) == ("CHL", "BOL")], got


@pytest.mark.parametrize(
    ("text", "fighter", "enemy"),
    [
        ("Britain stands by Ukraine in its fight against Russian aggression.", "UKR", "RUS"),
        ("Poland sided with Kyiv in its war against Moscow.", "UKR", "RUS"),
        ("The UK stands by Iraq in its fight against Daesh.", "IRQ", "IMG"),
        ("Washington backed Kyiv in its efforts to repel the Russian invasion.", "UKR", "RUS"),
        ("The coalition has supported the Kurdish Peshmerga in their efforts to defeat ISIS.", "IRQ", "IMG"),
        ("France supported Mali in its campaign to defeat the jihadists of JNIM.", "MLI", "MLI"),
    ],
)
def test_event_coding_the_one_supported_fights(
    extractor: Extractor, text: str, fighter: str, enemy: str
) -> None:
    # "stands by Ukraine in its fight", "backed Kyiv in its efforts to repel": the one supported fights
    fights = [r for r in found(extractor, text) if r.cameo.startswith("19")]
    assert [r for r in fights if r.source.code.startswith(fighter) and r.target.code.startswith(enemy)], (
        fights
    )
    assert len(fights) == 1, fights


# -- a mediator named by "as" mediates between the two it stands between -------------------------


def test_event_coding_acting_as_a_mediator_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile acted as a mediator between Peru and Bolivia", [1, 1, 1, 4, 2, 4, 5, 6, 6],
                 "nsubj ROOT prep det pobj prep pobj cc conj",
                 "PROPN VERB ADP DET NOUN ADP PROPN CCONJ PROPN",
                 "Chile act as a mediator between Peru and Bolivia",
                 {0: "CHL", 6: "PER", 8: "BOL"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "045"), ("CHL", "BOL", "045")}


@pytest.mark.parametrize(
    ("text", "mediator", "sides"),
    [
        ("Turkey has positioned itself as a mediator between Moscow and Kyiv.", "TUR", {"RUS", "UKR"}),
        ("Qatar has acted as a mediator between Israel and Hamas.", "QAT", {"ISR", "PSE"}),
        ("Oman served as an intermediary between Iran and the United States.", "OMN", {"IRN", "USA"}),
    ],
)
def test_event_coding_acting_as_a_mediator(
    extractor: Extractor, text: str, mediator: str, sides: set[str]
) -> None:
    mediated = [r for r in found(extractor, text) if r.cameo == "045"]
    assert {r.source.code for r in mediated} == {mediator}, mediated
    assert {str(r.target.country) for r in mediated} == sides


# -- a relationship the passive of a verb's pattern acts on ------------------------------------


def test_event_coding_ties_severed_in_the_passive_on_a_hand_parse(rules: Rules) -> None:
    def ties(verb: str, lemma: str) -> set[tuple[str, str, str]]:
        doc = parsed(f"ties between Chile and Peru were {verb}", [6, 0, 1, 2, 2, 6, 6],
                     "nsubjpass prep pobj cc conj auxpass ROOT",
                     "NOUN ADP PROPN CCONJ PROPN AUX VERB",
                     f"tie between Chile and Peru be {lemma}", {2: "CHL", 4: "PER"})  # fmt: skip
        return coded(rules, doc)

    assert {c[:2] for _, _, c in ties("severed", "sever")} == {"16"}
    assert {c[:2] for _, _, c in ties("restored", "restore")} == {"05"}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Diplomatic relations between Venezuela and Colombia were severed in 2019.", "16"),
        ("Diplomatic ties between Qatar and Egypt were cut in 2017.", "16"),
        ("Ties between Iran and Saudi Arabia were restored in 2023.", "05"),
    ],
)
def test_event_coding_ties_severed_or_restored_in_the_passive(
    extractor: Extractor, text: str, root: str
) -> None:
    roots = {r.cameo[:2] for r in found(extractor, text)}
    assert roots == {root}


@pytest.mark.parametrize(
    "text",
    [
        "Iran supplied drones to the Houthis.",
        "The Netherlands supplied F-16 fighter jets to Ukraine last year.",
        "Russia has supplied attack helicopters to Mali's junta.",
    ],
)
def test_event_coding_aircraft_supplied_are_military_aid(extractor: Extractor, text: str) -> None:
    codes_found = {r.cameo for r in found(extractor, text)}
    assert "072" in codes_found, codes_found
    assert "0332" not in codes_found  # given, not promised


# -- a weapon's owner is not acted on by whoever uses it -----------------------------------------


def test_event_coding_a_weapons_owner_is_not_its_users_target_on_a_hand_parse(rules: Rules) -> None:
    def done_to(noun: str, verb: str, lemma: str) -> set[tuple[str, str]]:
        words = ["Chile", "'s", f"{noun}s", "which", "were", verb, "by", "Peru"]
        doc = Doc(ENGLISH.vocab, words=words, heads=[2, 0, 2, 5, 5, 2, 5, 6],
                  deps=["poss", "case", "ROOT", "nsubjpass", "auxpass", "relcl", "agent", "pobj"],
                  pos=["PROPN", "PART", "NOUN", "PRON", "AUX", "VERB", "ADP", "PROPN"],
                  tags=["NNP", "POS", "NNS", "WDT", "VBD", "VBN", "IN", "NNP"],
                  lemmas=["Chile", "'s", noun, "which", "be", lemma, "by", "Peru"])  # fmt: skip
        doc.spans["actors"] = [actor_span(doc, 0, 1, "CHL", "name"), actor_span(doc, 7, 8, "PER", "name")]
        return {(s, t) for s, t, _ in coded(rules, doc)}

    # Chile's officials arrested by Peru are acted on; Chile's missiles used by Peru make no target of Chile
    assert done_to("official", "arrested", "arrest") == {("PER", "CHL")}
    assert done_to("missile", "used", "use") == set()


@pytest.mark.parametrize(
    ("text", "user", "owner"),
    [
        (
            "Iran provided its ballistic missiles, which are used by Russia in the war against Ukraine.",
            "RUS",
            "IRN",
        ),
        (
            "North Korea shipped its artillery shells, which were fired by Russian forces at Kharkiv.",
            "RUS",
            "PRK",
        ),
        (
            "Turkey sold its drones to Ethiopia, which were used by the army against Tigrayan forces.",
            "ETH",
            "TUR",
        ),
    ],
)
def test_event_coding_a_weapons_owner_is_not_its_users_target(
    extractor: Extractor, text: str, user: str, owner: str
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert {user, owner} <= {m.country for m in doc.mentions}, doc.mentions
    assert not [r for r in doc.relations if (r.source.country, r.target.country) == (user, owner)], (
        doc.relations
    )


# -- "North and South Korea": two names sharing their last word -------------------------------------
def test_two_names_sharing_a_word_are_both_parties_by_hand(rules: Rules) -> None:
    doc = parsed("North and South Korea signed a deal", [3, 0, 0, 4, 4, 6, 4],
                 "nmod cc conj nsubj ROOT det dobj", "PROPN CCONJ PROPN PROPN VERB DET NOUN",
                 "North and South Korea sign a deal", {0: "PRK"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 2, 4, "KOR", "name")]
    assert {("KOR", "PRK"), ("PRK", "KOR")} & {(s, t) for s, t, _ in coded(rules, doc)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("North and South Korea exchanged fire across the border on Tuesday.", ("KOR", "PRK")),
        ("Talks between North and South Korea resumed in Panmunjom.", ("KOR", "PRK")),
        ("East and West Germany signed a treaty on their relations in 1972.", ("DEU", "DDR")),
    ],
)
def test_two_names_sharing_a_word_are_both_parties(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert {pair, pair[::-1]} & got, got


# -- tariffs are economic coercion; a verb that lays them on leaves the relation to the noun ---------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Washington slapped tariffs on Chinese steel.", ("USA", "CHN")),
        ("Trump imposed a 25 percent tariff on Canadian goods.", ("USA", "CAN")),
        ("US tariffs on Mexico angered officials in Mexico City.", ("USA", "MEX")),
    ],
)
def test_tariffs_laid_on_a_state_are_sanctions(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*pair, "163") in got, got
    # the verb that lays them on is no assault (slap: 180) or coercion (impose: 170) of its own
    assert not {c for s, t, c in got if (s, t) == pair and c[:2] in {"17", "18"}}, got


# -- what a verb of threat takes as its object is threatened ----------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The EU threatened sanctions on Iran over its nuclear programme.", ("IGO", "IRN")),
        ("Washington threatened new tariffs on Chinese electric vehicles.", ("USA", "CHN")),
        ("Britain threatened an arms embargo against Sudan.", ("GBR", "SDN")),
    ],
)
def test_a_threatened_sanction_is_a_threat_of_sanctions(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(str(r.source.code)[:3], str(r.target.country), r.cameo) for r in found(extractor, text)}
    assert (*pair, "1312") in got, got
    assert not {c for s, t, c in got if (s, t) == pair and c.startswith("16")}, got


def test_a_threatened_sanction_by_hand(rules: Rules) -> None:
    doc = parsed("Canada threatened sanctions on Russia", [1, 1, 1, 2, 3],
                 "nsubj ROOT dobj prep pobj", "PROPN VERB NOUN ADP PROPN",
                 "Canada threaten sanction on Russia", {0: "CAN", 4: "RUS"})  # fmt: skip
    assert ("CAN", "RUS", "1312") in coded(rules, doc)
    assert not {c for s, t, c in coded(rules, doc) if c.startswith("16")}


# -- "declared persona non grata": a diplomat expelled ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Peru declared the Mexican ambassador persona non grata.", ("PER", "MEX")),
        ("Estonia declared the Russian charge d'affaires persona non grata.", ("EST", "RUS")),
        ("Nicaragua declared the EU ambassador persona non grata in 2021.", ("NIC", "IGO")),
    ],
)
def test_a_diplomat_declared_persona_non_grata_is_expelled(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(str(r.source.code)[:3], str(r.target.code)[:3], r.cameo) for r in found(extractor, text)}
    assert (*pair, "161") in got, got


def test_a_diplomat_declared_persona_non_grata_by_hand(rules: Rules) -> None:
    doc = parsed("Chile declared Peru 's envoy persona non grata", [1, 1, 4, 2, 5, 1, 7, 5],
                 "nsubj ROOT poss case nsubj ccomp compound dobj",
                 "PROPN VERB PROPN PART NOUN NOUN ADJ NOUN",
                 "Chile declare Peru 's envoy persona non grata", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "161") in coded(rules, doc)


# -- "Iran-backed militias": the backer backs; the body acts -------------------------------------------
@pytest.mark.parametrize(
    ("text", "backer", "act"),
    [
        (
            "Iran-backed militias fired rockets at US troops in Syria.",
            "IRN",
            ("grp:militias", "USAMIL", "19"),
        ),
        ("The Lebanese army fought Syrian-backed militiamen in east Beirut.", "SYR", ("LBNMIL", None, "19")),
        (
            "Turkish-backed fighters attacked Kurdish positions near Manbij.",
            "TUR",
            ("grp:fighters", None, "19"),
        ),
        ("The US-backed Syrian Democratic Forces captured Raqqa in 2017.", "USA", ("sdf", "SYR", "17")),
        # with an article before the backer, the body is still its own
        (
            "The Russian-backed separatists shelled Ukrainian positions near Donetsk.",
            "RUS",
            ("grp:separatists", "UKR", "19"),
        ),
    ],
)
def test_a_body_backed_by_a_name_acts_for_itself(
    extractor: Extractor, text: str, backer: str, act: tuple[str, str | None, str]
) -> None:
    rels = found(extractor, text)
    backed = [r for r in rels if r.source.id == backer and r.cameo == "050"]
    assert backed, rels
    assert not [r for r in rels if r.source.id == backer and r.cameo[:2] in {"17", "18", "19", "20"}], rels
    source, target, root = act
    assert [r for r in rels if r.source.id == source and r.cameo.startswith(root)], rels
    assert target is None or [r for r in rels if r.target.id == target or r.target.country == target], rels


def test_a_body_backed_by_a_name_by_hand(rules: Rules) -> None:
    doc = parsed("Chile - backed rebels attacked Peru", [2, 2, 3, 4, 4, 4],
                 "npadvmod punct amod nsubj ROOT dobj", "PROPN PUNCT VERB NOUN VERB PROPN",
                 "Chile - back rebel attack Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 3, 4, "grp:rebels", "generic")]
    got = coded(rules, doc)
    assert ("CHL", "grp:rebels", "050") in got
    assert ("grp:rebels", "PER", "190") in got
    assert ("CHL", "PER", "190") not in got


# -- relationships: a dashed pair the parser splits, a participle or "one of" that says their character --
@pytest.mark.parametrize(
    ("text", "pair", "quad"),
    [
        ("South Korea–Japan relations improved markedly under President Yoon.", {"KOR", "JPN"}, 1),
        ("China-Australia relations soured in 2020.", {"CHN", "AUS"}, 3),
        ("The relationship between Russia and Belarus is one of close alliance.", {"RUS", "BLR"}, 1),
        ("The relationship between Iran and Israel is one of open hostility.", {"IRN", "ISR"}, 3),
        (
            "Ties between Rwanda and Uganda, strained by mutual accusations, worsened in 2019.",
            {"RWA", "UGA"},
            3,
        ),
    ],
)
def test_a_relationship_the_parse_scatters_keeps_its_pair_and_character(
    extractor: Extractor, text: str, pair: set[str], quad: int
) -> None:
    got = [(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)]
    assert [g for g in got if {g[0], g[1]} == pair and (g[2] <= 2) == (quad <= 2)], got
    assert not [g for g in got if {g[0], g[1]} == pair and (g[2] <= 2) != (quad <= 2)], got


@pytest.mark.parametrize(
    ("text", "author", "named"),
    [
        ("The Hungarian prime minister blocked a joint EU statement condemning Israel.", "IGOEUREEC", "ISR"),
        ("Russia vetoed a UN resolution condemning Syria.", "IGOUNO", "SYR"),
        ("China blocked a Security Council statement criticising North Korea.", "IGOUNO", "PRK"),
    ],
    ids=["blocked-eu", "vetoed-un", "blocked-council"],
)
def test_what_a_stopped_document_says_was_never_said(
    extractor: Extractor, text: str, author: str, named: str
) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert got, got  # the stopping itself is coded
    assert (author, named) not in got, got


def test_what_an_issued_document_says_stands(extractor: Extractor) -> None:
    got = {
        (r.source.code, r.target.code)
        for r in found(extractor, "Washington welcomed a UN resolution condemning Syria.")
    }
    assert ("IGOUNO", "SYR") in got, got


def test_a_stopped_document_by_hand(rules: Rules) -> None:
    doc = parsed("Chile blocked a Mercosur statement condemning Peru", [1, 1, 4, 4, 1, 4, 5],
                 "nsubj ROOT det compound dobj acl dobj", "PROPN VERB DET PROPN NOUN VERB PROPN",
                 "Chile block a Mercosur statement condemn Peru",
                 {0: "CHL", 3: "IGOSAMMER", 6: "PER"})  # fmt: skip
    doc[5].tag_ = "VBG"
    got = coded(rules, doc)
    assert not any(src == "IGOSAMMER" and tgt == "PER" for src, tgt, _ in got), got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The EU issued a statement condemning Russia.", ("IGOEUREEC", "RUS")),
        ("The Arab League adopted a resolution condemning Israel.", ("IGOMEAARL", "ISR")),
        (
            "The Security Council passed a resolution demanding that Hamas free the hostages.",
            ("IGOUNO", "PSEREBHMS"),
        ),
    ],
    ids=["issued", "adopted", "passed"],
)
def test_a_document_says_what_its_issuer_says(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in {(r.source.code, r.target.code) for r in found(extractor, text)}


def test_a_document_received_is_not_the_receivers_word(extractor: Extractor) -> None:
    got = {
        (r.source.code, r.target.code)
        for r in found(extractor, "Egypt received a letter criticising Ethiopia.")
    }
    assert ("EGY", "ETH") not in got, got


def test_a_document_says_what_its_issuer_says_by_hand(rules: Rules) -> None:
    doc = parsed("Chile issued a statement condemning Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj acl dobj", "PROPN VERB DET NOUN VERB PROPN",
                 "Chile issue a statement condemn Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    doc[4].tag_ = "VBG"
    assert any(
        src == "CHL" and tgt == "PER" and code.startswith("11") for src, tgt, code in coded(rules, doc)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Teachers went on strike in Harare to demand higher wages.",
        "Doctors at public hospitals in Nairobi began a strike against the government.",
        "Dock workers staged a strike at the port of Antwerp.",
    ],
    ids=["teachers", "doctors", "dockers"],
)
def test_a_strike_by_civilians_is_a_labour_strike(extractor: Extractor, text: str) -> None:
    got = {r.cameo for r in found(extractor, text)}
    assert got and not any(code.startswith("19") for code in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Israel launched a strike on Hezbollah positions.",
        "The army carried out a strike against ISIS in Raqqa.",
    ],
)
def test_a_strike_by_an_army_stays_force(extractor: Extractor, text: str) -> None:
    assert any(r.cameo.startswith("19") for r in found(extractor, text))


def test_a_strike_by_civilians_by_hand(rules: Rules) -> None:
    doc = parsed("nurses began a strike against Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj prep pobj", "NOUN VERB DET NOUN ADP PROPN",
                 "nurse begin a strike against Peru", {5: "PER"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 0, 1, "grp:nurses", "generic")]
    doc.user_data[ACTORS_KEY] = {
        "PER": {"id": "PER", "label": "Peru", "type": "state", "code": "PER", "country": "PER"},
        "grp:nurses": {"id": "grp:nurses", "label": "nurses", "type": "group", "code": "HLH"},
    }
    got = coded(rules, doc)
    assert got and all(not code.startswith("19") for _, _, code in got), got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Houthi forces launched a drone at a US destroyer in the Red Sea.", ("YEM", "USA")),
        ("Militants launched a drone at a Nigerian army base.", ("", "NGA")),
        ("Hezbollah launched a drone at an Israeli warship.", ("", "ISR")),
    ],
    ids=["houthi", "militants", "hezbollah"],
)
def test_a_weapon_aimed_at_someone_names_the_target(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(str(r.source.country or ""), str(r.target.country), r.quad_class) for r in found(extractor, text)}
    assert any(tgt == pair[1] and quad == 4 and src.startswith(pair[0]) for src, tgt, quad in got), got


def test_a_weapon_aimed_at_someone_by_hand(rules: Rules) -> None:
    doc = parsed("Chile launched a missile at Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj prep pobj", "PROPN VERB DET NOUN ADP PROPN",
                 "Chile launch a missile at Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert any(
        src == "CHL" and tgt == "PER" and code.startswith("19") for src, tgt, code in coded(rules, doc)
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The envoy expressed concern about violence between Israeli settlers and Palestinians.",
            {"ISR", "PSE"},
        ),
        ("Police violence against protesters in Nairobi drew criticism.", {"KEN"}),
        ("Violence between Azerbaijani and Armenian forces flared overnight.", {"AZE", "ARM"}),
    ],
    ids=["settlers", "police", "forces"],
)
def test_violence_between_or_against_is_conflict(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = [r for r in found(extractor, text) if r.cameo == "180"]
    assert got and pair <= {str(r.source.country) for r in got} | {str(r.target.country) for r in got}, got


def test_violence_by_hand(rules: Rules) -> None:
    doc = parsed("violence between Chile and Peru escalated", [5, 0, 1, 2, 2, 5],
                 "nsubj prep pobj cc conj ROOT", "NOUN ADP PROPN CCONJ PROPN VERB",
                 "violence between Chile and Peru escalate", {2: "CHL", 4: "PER"})  # fmt: skip
    assert {("CHL", "PER", "180"), ("PER", "CHL", "180")} & coded(rules, doc)


@pytest.mark.parametrize(
    "text",
    [
        "The UN recorded attacks on aid workers in Sudan.",
        "Human Rights Watch documented violence against Rohingya civilians by the Myanmar army.",
        "Observers tracked strikes on Ukrainian power plants.",
    ],
    ids=["recorded", "documented", "tracked"],
)
def test_who_records_an_act_does_not_do_it(extractor: Extractor, text: str) -> None:
    recorders = {"IGOUNO", "NGOHRI", ""}
    got = [r for r in found(extractor, text) if r.quad_class == 4]
    assert not [r for r in got if (r.source.code or "") in recorders], got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Armenia and Azerbaijan have no diplomatic relations and have fought two wars.",
            {"ARM", "AZE"},
        ),
        ("Israel has no embassy in Iran and has attacked Iranian targets.", {"ISR", "IRN"}),
        (
            "Bhutan has no diplomatic relations with China but has held boundary talks with Beijing.",
            {"BTN", "CHN"},
        ),
    ],
    ids=["wars", "attacks", "talks"],
)
def test_none_of_one_verbs_object_does_not_negate_its_conjunct(
    extractor: Extractor, text: str, pair: set[str]
) -> None:
    got = [r for r in found(extractor, text) if {str(r.source.country), str(r.target.country)} == pair]
    assert any(r.modality == "asserted" for r in got), got
    assert not any(r.modality == "negated" for r in got), got


def test_none_of_one_verbs_object_by_hand(rules: Rules) -> None:
    doc = parsed("Chile has no embassy and has attacked Peru", [1, 1, 3, 1, 1, 6, 1, 6],
                 "nsubj ROOT det dobj cc aux conj dobj", "PROPN VERB DET NOUN CCONJ AUX VERB PROPN",
                 "Chile have no embassy and have attack Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    doc[6].tag_ = "VBN"
    attack = next(c for c in rules.candidates(doc[:], ActorIndex(doc)) if c.target.label_ == "PER")
    assert modality_of(attack.trigger, attack.clause) == "asserted"


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Sudan rejected calls for talks with the RSF.", ("SDN", "SDNREB")),
        ("The army chief in Bamako rejected calls for negotiations with the jihadists.", ("MLI", "")),
        ("Georgia's ruling party rejected a proposal for dialogue with the opposition.", ("GEO", "GEOOPP")),
    ],
    ids=["calls-talks", "calls-negotiations", "proposal-dialogue"],
)
def test_rejecting_calls_for_cooperation_rejects_its_other_side(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = [r for r in found(extractor, text) if r.cameo.startswith("12")]
    assert any(
        str(r.source.country).startswith(pair[0]) and (r.target.code or "").startswith(pair[1]) for r in got
    ), found(extractor, text)


def test_rejecting_calls_for_sanctions_is_no_rejection_of_their_target(extractor: Extractor) -> None:
    got = found(extractor, "Hungary rejected calls for sanctions on Russia.")
    assert not [r for r in got if r.target.country == "RUS"], got


@pytest.mark.parametrize(
    "text",
    [
        "Israel dismissed demands for a ceasefire with Hamas.",
        "The government refused a request for cooperation with the ICC.",
        "Kenya ignored calls for a truce with al-Shabaab.",
    ],
    ids=["ceasefire", "cooperation", "truce"],
)
def test_what_a_demand_or_request_asks_for_has_not_happened(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert not [r for r in got if r.quad_class <= 2 and r.modality == "asserted"], got


def test_rejecting_calls_for_talks_by_hand(rules: Rules) -> None:
    doc = parsed("Chile rejected calls for talks with Peru", [1, 1, 1, 2, 3, 4, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB NOUN ADP NOUN ADP PROPN",
                 "Chile reject call for talk with Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert any(src == "CHL" and tgt == "PER" and code.startswith("12") for src, tgt, code in got), got
    assert not any(code.startswith("04") for _, _, code in got), got


@pytest.mark.parametrize(
    ("text", "place", "killer"),
    [
        (
            "I condemn the appalling attack on a mosque in Kabul, which killed dozens of worshippers.",
            "AFG",
            None,
        ),
        (
            "The bombing of a market in Mogadishu, which killed 20 people, was claimed by al-Shabaab.",
            "SOM",
            "SOM",
        ),
        (
            "Russia's strike on a shopping centre in Kremenchuk, which killed 20 civilians, was condemned.",
            "UKR",
            "RUS",
        ),
    ],
    ids=["kabul", "mogadishu", "kremenchuk"],
)
def test_where_an_attack_happened_is_not_what_killed(
    extractor: Extractor, text: str, place: str, killer: str | None
) -> None:
    killings = [r for r in found(extractor, text) if r.quad_class == 4 and r.target.code in {"CVL", "REL"}]
    assert not [r for r in killings if r.source.code == place], killings
    assert killer is None or [r for r in killings if r.source.country == killer], killings


def test_a_place_a_relative_clause_is_about_keeps_it(extractor: Extractor) -> None:
    got = found(extractor, "The minister visited troops in Mali, which has expelled French forces.")
    assert ("MLI", "FRAMIL") in {(r.source.code, r.target.code) for r in got}, got


def test_where_an_attack_happened_by_hand(rules: Rules) -> None:
    doc = parsed("an attack on a mosque in Peru , which killed worshippers",
                 [1, 1, 1, 4, 2, 4, 5, 6, 9, 6, 9],
                 "det ROOT prep det pobj prep pobj punct nsubj relcl dobj",
                 "DET NOUN ADP DET NOUN ADP PROPN PUNCT PRON VERB NOUN",
                 "an attack on a mosque in Peru , which kill worshipper", {6: "PER"})  # fmt: skip
    doc[8].tag_ = "WDT"
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 10, 11, "grp:worshippers", "generic")]
    assert not [c for c in coded(rules, doc) if c[0] == "PER"], coded(rules, doc)


def test_a_rejected_claim_stays_a_denial(extractor: Extractor) -> None:
    text = "Chad's government rejected accusations that it had supplied weapons to Sudanese rebels."
    got = {(r.source.code, r.target.code, r.modality) for r in found(extractor, text)}
    assert ("TCDGOV", "SDNREB", "negated") in got, got


@pytest.mark.parametrize(
    ("text", "refuser", "giver"),
    [
        ("Tunisia refused to accept aid from the EU.", "TUN", "IGOEUREEC"),
        ("The junta in Niamey refused to accept food aid from the United Nations.", "NER", "IGOUNO"),
        ("Eritrea has refused to receive a delegation from Ethiopia.", "ERI", "ETH"),
    ],
    ids=["aid-eu", "food-aid-un", "delegation"],
)
def test_a_refusal_to_receive_is_the_refusers_rejection(
    extractor: Extractor, text: str, refuser: str, giver: str
) -> None:
    got = {(r.source.country or r.source.code, r.target.country or r.target.code, r.quad_class)
           for r in found(extractor, text)}  # fmt: skip
    assert (refuser, giver, 3) in got, got
    assert not [g for g in got if g[0] == giver], got


def test_a_refusal_to_receive_by_hand(rules: Rules) -> None:
    doc = parsed("Chile refused to accept aid from Peru", [1, 1, 3, 1, 3, 3, 5],
                 "nsubj ROOT aux xcomp dobj prep pobj", "PROPN VERB PART VERB NOUN ADP PROPN",
                 "Chile refuse to accept aid from Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert any(src == "CHL" and tgt == "PER" and code.startswith("12") for src, tgt, code in got), got
    assert not any(src == "PER" for src, _, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Ties between Canada and India plunged after the killing of a Sikh activist.",
        "Relations between Rwanda and Burundi nosedived last year.",
        "The relationship between Algeria and Morocco has unravelled since 2021.",
    ],
)
def test_a_relationship_that_falls_is_hostile(extractor: Extractor, text: str) -> None:
    got = {r.quad_class for r in found(extractor, text)}
    assert got and all(quad >= 3 for quad in got), got


def test_a_relationship_that_falls_by_hand(rules: Rules) -> None:
    doc = parsed("ties between Chile and Peru plunged", [5, 0, 1, 2, 2, 5],
                 "nsubj prep pobj cc conj ROOT", "NOUN ADP PROPN CCONJ PROPN VERB",
                 "tie between Chile and Peru plunge", {2: "CHL", 4: "PER"})  # fmt: skip
    doc[5].tag_ = "VBD"
    assert {("CHL", "PER", "110"), ("PER", "CHL", "110")} & coded(rules, doc)


def test_a_relationship_named_by_a_participle_by_hand(rules: Rules) -> None:
    doc = parsed("Chile - Peru relations soured in 2020", [3, 3, 3, 3, 3, 4, 5],
                 "compound punct compound ROOT acl prep pobj", "PROPN PUNCT PROPN NOUN VERB ADP NUM",
                 "Chile - Peru relation sour in 2020", {0: "CHL", 2: "PER"})  # fmt: skip
    doc[4].tag_ = "VBD"
    assert {("CHL", "PER", "110"), ("PER", "CHL", "110")} & coded(rules, doc)


# -- what describes someone inside a claim is the claim's ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pakistan has denied allegations that it harbours militants who attack India.", ("UAF", "IND")),
        ("India accused Pakistan of harbouring militants who attack Indian soldiers.", ("UAF", "IND")),
        ("Reports that Rwanda backs rebels who attacked Goma were denied by Kigali.", ("REB", "COD")),
    ],
)
def test_a_description_inside_a_claim_is_hedged(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.code, str(r.target.country), r.modality) for r in found(extractor, text)}
    assert (*pair, "hedged") in got, got
    assert (*pair, "asserted") not in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # the author's own description of whom they are
        ("Rwanda denied backing the M23 rebels fighting Congolese troops.", ("CODREB", "COD")),
        # no claim around it
        ("Israel struck militants who had attacked its soldiers.", ("UAF", "ISR")),
    ],
)
def test_a_description_outside_a_claim_or_definite_is_asserted(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.code, str(r.target.country), r.modality) for r in found(extractor, text)}
    assert (*pair, "asserted") in got, got


def test_a_description_inside_a_claim_by_hand() -> None:
    doc = parsed("Chile denied claims that it armed rebels who attacked Peru", [1, 1, 1, 5, 5, 2, 5, 8, 6, 8],
                 "nsubj ROOT dobj mark nsubj acl dobj nsubj relcl dobj",
                 "PROPN VERB NOUN SCONJ PRON VERB NOUN PRON VERB PROPN",
                 "Chile deny claim that it arm rebel who attack Peru", {})  # fmt: skip
    assert modality_of(doc[8]) == "hedged"
    definite = parsed("Chile denied claims that it armed the rebels who attacked Peru",
                      [1, 1, 1, 5, 5, 2, 7, 5, 9, 7, 9],
                      "nsubj ROOT dobj mark nsubj acl det dobj nsubj relcl dobj",
                      "PROPN VERB NOUN SCONJ PRON VERB DET NOUN PRON VERB PROPN",
                      "Chile deny claim that it arm the rebel who attack Peru", {})  # fmt: skip
    assert modality_of(definite[9]) == "asserted"


# -- a war that nearly happened ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greece and Turkey have repeatedly come close to war over islands in the Aegean.", {"GRC", "TUR"}),
        ("India and Pakistan were on the brink of war in 2019.", {"IND", "PAK"}),
        ("Armenia and Azerbaijan came close to war again in 2021.", {"ARM", "AZE"}),
    ],
)
def test_a_war_that_nearly_happened_is_strained_ties(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = [(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)]
    assert [g for g in got if {g[0], g[1]} == pair and g[2] == "110"], got
    assert not [g for g in got if g[2].startswith("19")], got


def test_a_war_that_nearly_happened_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru came close to war", [3, 0, 0, 3, 3, 4, 5],
                 "nsubj cc conj ROOT advmod prep pobj", "PROPN CCONJ PROPN VERB ADV ADP NOUN",
                 "Chile and Peru come close to war", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {("CHL", "PER", "110"), ("PER", "CHL", "110")} & coded(rules, doc)
    assert not {c for _, _, c in coded(rules, doc) if c.startswith("19")}


# -- a protest addressed to someone is a complaint to them ----------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Indonesia protested to Beijing over a Chinese coast guard incursion.", ("IDN", "CHN")),
        ("Japan protested to South Korea over the visit to the disputed islands.", ("JPN", "KOR")),
        ("The Philippines complained to China about the water cannon attack.", ("PHL", "CHN")),
    ],
)
def test_a_protest_made_to_someone_is_a_complaint(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*pair, "111") in got, got
    assert not [c for s, t, c in got if (s, t) == pair and c.startswith("14")], got


def test_a_protest_made_to_someone_by_hand(rules: Rules) -> None:
    doc = parsed("Chile protested to Peru", [1, 1, 1, 2], "nsubj ROOT prep pobj", "PROPN VERB ADP PROPN",
                 "Chile protest to Peru", {0: "CHL", 3: "PER"})  # fmt: skip
    assert ("CHL", "PER", "111") in coded(rules, doc)


# -- headlines join two subjects with a comma -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan, Australia sign defence pact", {"JPN", "AUS"}),
        ("India, China hold border talks in Beijing", {"IND", "CHN"}),
        ("Pakistan, Afghanistan agree to ceasefire after border clashes", {"PAK", "AFG"}),
    ],
)
def test_a_headlines_comma_joins_two_subjects(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = [(r.source.country, r.target.country) for r in found(extractor, text)]
    assert [g for g in got if set(g) == pair], got


def test_a_headlines_comma_by_hand(rules: Rules) -> None:
    doc = parsed("Chile , Peru sign pact", [3, 3, 3, 3, 3], "npadvmod punct nsubj ROOT dobj",
                 "PROPN PUNCT PROPN VERB NOUN", "Chile , Peru sign pact", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {("CHL", "PER"), ("PER", "CHL")} & {(s, t) for s, t, _ in coded(rules, doc)}
    # not inside a sentence: "On Monday, Peru signed …" has no second subject
    later = parsed("Then Chile , Peru sign pact", [4, 4, 4, 4, 4, 4],
                   "advmod npadvmod punct nsubj ROOT dobj", "ADV PROPN PUNCT PROPN VERB NOUN",
                   "then Chile , Peru sign pact", {1: "CHL", 3: "PER"})  # fmt: skip
    assert not {("CHL", "PER"), ("PER", "CHL")} & {(s, t) for s, t, _ in coded(rules, later)}


# -- joint patrols are military cooperation, a patrol alone is a unit ---------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The US and the Philippines launched joint patrols in the South China Sea.", {"USA", "PHL"}),
        ("Thailand and Malaysia began joint patrols along their border.", {"THA", "MYS"}),
        ("Poland and Lithuania will hold joint patrols near the Suwalki Gap.", {"POL", "LTU"}),
    ],
)
def test_joint_patrols_are_military_cooperation(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = [(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)]
    assert [g for g in got if {g[0], g[1]} == pair and g[2] <= 2], got


def test_a_patrol_attacked_is_no_cooperation(extractor: Extractor) -> None:
    got = [
        (r.source.country, r.target.country, r.quad_class)
        for r in found(extractor, "Ukrainian forces ambushed a Russian patrol near Bakhmut.")
    ]
    assert ("UKR", "RUS", 4) in got
    assert not [g for g in got if g[2] <= 2], got


# -- trade in goods, and the embargo of banning it ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "China banned imports of Japanese seafood after the Fukushima water release.",
            ("CHN", "JPN", "163"),
        ),
        ("The EU banned imports of Russian oil.", ("IGO", "RUS", "163")),
        ("Russia banned imports of Moldovan wine in 2013.", ("RUS", "MDA", "163")),
        ("China's exports to the United States rose 5 percent.", ("CHN", "USA", "061")),
        ("US imports of Chinese steel fell sharply.", ("USA", "CHN", "061")),
    ],
)
def test_trade_and_its_ban(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    got = {(str(r.source.code)[:3], str(r.target.country), r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_a_ban_on_imports_by_hand(rules: Rules) -> None:
    doc = parsed("Chile banned imports of Peruvian fish", [1, 1, 1, 2, 5, 3],
                 "nsubj ROOT dobj prep amod pobj", "PROPN VERB NOUN ADP ADJ NOUN",
                 "Chile ban import of peruvian fish", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "163") in coded(rules, doc)


# -- what became of a relationship, named by a noun ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "quads"),
    [
        ("The normalisation of relations between Israel and Morocco angered Algeria.", {"ISR", "MAR"},
         {1, 2}),
        ("Analysts noted a restoration of diplomatic relations between Turkey and Egypt.", {"TUR", "EGY"},
         {1, 2}),
        ("The thaw in relations between Cuba and the United States did not last.", {"CUB", "USA"}, {1, 2}),
        ("The breakdown of relations between Russia and Georgia led to war.", {"RUS", "GEO"}, {3, 4}),
        ("The deterioration of ties between India and Canada worried Washington.", {"IND", "CAN"}, {3, 4}),
        ("A rift in relations between Peru and Mexico followed the ousting of Castillo.", {"PER", "MEX"},
         {3, 4}),
    ],
)  # fmt: skip
def test_what_became_of_a_relationship_named_by_a_noun(
    extractor: Extractor, text: str, pair: set[str], quads: set[int]
) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert between, found(extractor, text)
    assert {r.quad_class for r in between} <= quads


@pytest.mark.parametrize(
    ("governor", "lemma", "tone"),
    [("breakdown", "breakdown", "conflict"), ("restoration", "restoration", "cooperation"),
     ("history", "history", None)],
)  # fmt: skip
def test_what_became_of_a_relationship_by_hand(governor: str, lemma: str, tone: str | None) -> None:
    doc = parsed(f"the {governor} of relations", [1, 1, 1, 2], "det ROOT prep pobj", "DET NOUN ADP NOUN",
                 f"the {lemma} of relation", {})  # fmt: skip
    assert Character.load().of(doc[3]) == tone


# -- a state's own politics, named by where they happen -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The African Union praised the election in Ghana.", ("IGO", "GHA", "051")),
        ("Western governments condemned the crackdown in Belarus.", ("WST", "BLR", "111")),
        ("The United Nations condemned the coup in Niger.", ("IGO", "NER", "111")),
        ("The United States criticised the vote in Venezuela as flawed.", ("USA", "VEN", "111")),
    ],
)
def test_a_states_own_politics_are_aimed_at_the_state(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(str(r.source.code)[:3], str(r.target.country), r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_a_states_own_politics_by_hand(rules: Rules) -> None:
    doc = parsed("Chile praised the referendum in Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj prep pobj", "PROPN VERB DET NOUN ADP PROPN",
                 "Chile praise the referendum in Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "051") in coded(rules, doc)
    # an attack in a city is no act aimed at the city's state
    attack = parsed("Chile condemned the attack in Lima", [1, 1, 3, 1, 3, 4],
                    "nsubj ROOT det dobj prep pobj", "PROPN VERB DET NOUN ADP PROPN",
                    "Chile condemn the attack in Lima", {0: "CHL", 5: "PER"})  # fmt: skip
    assert not [c for c in coded(rules, attack) if c[:2] == ("CHL", "PER")]


# -- summoning an envoy to protest: the protest is the summoner's ----------------------------------------
@pytest.mark.parametrize(
    ("text", "summoned"),
    [
        ("Tehran summoned the British charge d'affaires to protest the arrest of an Iranian man.", "GBR"),
        ("Poland summoned Russia's ambassador to protest the missile incursion.", "RUS"),
        ("Algeria summoned the French ambassador to protest the remarks of President Macron.", "FRA"),
    ],
)
def test_a_summoned_envoy_does_not_act_for_the_summoner(
    extractor: Extractor, text: str, summoned: str
) -> None:
    got = [(r.source.country, r.rule) for r in found(extractor, text)]
    assert got, text
    assert not [g for g in got if g[0] == summoned and g[1] == "verb"], got


# -- insults and airdrops, which the dictionary lacks ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Argentina's president insulted Spain's prime minister.", ("ARG", "ESP", "111")),
        ("North Korea's state media taunted South Korea's president.", ("PRK", "KOR", "111")),
        ("Russian officials vilified Estonia as a Nazi state.", ("RUS", "EST", "111")),
        ("Jordan airdropped food into Gaza.", ("JOR", "PSE", "073")),
        ("The United States airdropped supplies to besieged Yazidis in Iraq.", ("USA", "IRQ", "070")),
        ("Houthi forces sank a Greek-owned cargo ship in the Red Sea.", ("YEM", "GRC", "190")),
        ("The Ukrainian navy said it had sunk a Russian landing ship near Feodosia.", ("UKR", "RUS", "190")),
        ("Turkey downed a Russian warplane near the Syrian border in 2015.", ("TUR", "RUS", "190")),
        ("Sudanese jets strafed RSF positions outside Khartoum.", ("SDN", "SDN", "195")),
        ("Israeli army bulldozers bulldozed Palestinian homes near Hebron.", ("ISR", "PSE", "1712")),
    ],
)
def test_verbs_the_dictionary_lacks(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    got = {(str(r.source.country), str(r.target.country), r.cameo) for r in found(extractor, text)}
    assert triple in got, got


# -- a warning or an argument against an act is aimed at its author -------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Jordan warned against an Israeli offensive on Rafah.", ("JOR", "ISR")),
        ("Washington cautioned against any Chinese attempt to blockade Taiwan.", ("USA", "CHN")),
        ("Germany's chancellor warned against a Russian attack on the Baltic states.", ("DEU", "RUS")),
    ],
)
def test_a_warning_against_an_act_is_aimed_at_its_author(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 3) in got, got


def test_a_warning_against_an_act_by_hand(rules: Rules) -> None:
    doc = parsed("Chile warned against a Peruvian attack", [1, 1, 1, 5, 5, 2],
                 "nsubj ROOT prep det amod pobj", "PROPN VERB ADP DET ADJ NOUN",
                 "Chile warn against a peruvian attack", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "130") in coded(rules, doc)
    # a warning with no stand against anything relates no one
    plain = parsed("Chile warned of a Peruvian attack", [1, 1, 1, 5, 5, 2],
                   "nsubj ROOT prep det amod pobj", "PROPN VERB ADP DET ADJ NOUN",
                   "Chile warn of a peruvian attack", {0: "CHL", 4: "PER"})  # fmt: skip
    assert not [c for c in coded(rules, plain) if c[:2] == ("CHL", "PER")]


# -- trade, its embargo and trade wars; normalisation ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Turkey halted all trade with Israel over the war in Gaza.", ("TUR", "ISR", "163")),
        ("Russia suspended trade with Georgia in 2006.", ("RUS", "GEO", "163")),
        ("Trade between India and Bangladesh grew sharply.", ("IND", "BGD", "061")),
        ("The US-China trade war escalated in 2019.", ("USA", "CHN", "163")),
        ("Canada and the United States are locked in a trade war.", ("CAN", "USA", "163")),
        ("Morocco's normalisation with Israel angered Algeria.", ("MAR", "ISR", "050")),
        ("The normalization between Bahrain and Israel was signed in Washington.", ("BHR", "ISR", "050")),
    ],
)
def test_trade_its_embargo_and_trade_wars(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(str(r.source.country), str(r.target.country), r.cameo) for r in found(extractor, text)}
    assert triple in got, got
    # a trade war is no fighting
    assert not [g for g in got if g[2].startswith(("19", "20"))], got


# -- a relationship changed by a verb the dictionary has no pattern for ----------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "quad"),
    [
        ("India and Australia elevated their relationship to a comprehensive strategic partnership.",
         {"IND", "AUS"}, 1),
        ("The United States and Vietnam upgraded their relationship in 2023.", {"USA", "VNM"}, 1),
        ("Kenya and Tanzania have revitalised their relationship after years of friction.",
         {"KEN", "TZA"}, 1),
    ],
)  # fmt: skip
def test_a_relationship_changed_by_an_uncoded_verb(
    extractor: Extractor, text: str, pair: set[str], quad: int
) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert between and all((r.quad_class <= 2) == (quad <= 2) for r in between), found(extractor, text)


def test_a_relationship_changed_by_an_uncoded_verb_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru elevated their relationship", [3, 0, 0, 3, 5, 3],
                 "nsubj cc conj ROOT poss dobj", "PROPN CCONJ PROPN VERB PRON NOUN",
                 "Chile and Peru elevate their relationship", {0: "CHL", 2: "PER"})  # fmt: skip
    by_verb = [c for c in rules.candidates(doc[:], ActorIndex(doc)) if c.trigger.lemma_ == "elevate"]
    assert {(c.source.label_, c.target.label_, c.code.code) for c in by_verb} == {("CHL", "PER", "050")}
    # a verb that says nothing of the relationship gives it no class
    doc = parsed("Chile and Peru described their relationship", [3, 0, 0, 3, 5, 3],
                 "nsubj cc conj ROOT poss dobj", "PROPN CCONJ PROPN VERB PRON NOUN",
                 "Chile and Peru describe their relationship", {0: "CHL", 2: "PER"})  # fmt: skip
    assert not coded(rules, doc)


# -- the parties who concluded an agreement, named by the participle's agent ------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        ("The United States welcomes the agreement reached by the governments of Armenia and Azerbaijan.",
         {"ARM", "AZE"}, True),
        ("The agreement reached by Sudan and South Sudan on oil transit holds.", {"SDN", "SSD"}, True),
        ("The accord signed by Ethiopia and Eritrea ended two decades of hostility.", {"ETH", "ERI"}, True),
        # mediators are no parties
        ("The deal brokered by Qatar and Egypt collapsed.", {"QAT", "EGY"}, False),
    ],
)  # fmt: skip
def test_the_parties_who_concluded_an_agreement(
    extractor: Extractor, text: str, pair: set[str], expected: bool
) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert bool(between) == expected, found(extractor, text)
    assert len(between) <= 1  # one record per event, whichever word carries it


# -- a sentence parsed as one noun phrase: its participle with an object is the main verb ----------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("On 12 March, Myanmar military airstrikes killed at least 20 civilians in Sagaing region.",
         ("MMR", "MMR")),
        ("On 4 April, Russian missile strikes killed nine civilians in Kharkiv.", ("RUS", "UKR")),
        ("On 9 May, Israeli drone strikes killed three Hezbollah fighters in southern Lebanon.",
         ("ISR", "LBN")),
    ],
)  # fmt: skip
def test_a_participle_with_an_object_in_a_verbless_parse_acts(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 4) in got, got


def test_a_participle_with_an_object_in_a_verbless_parse_by_hand() -> None:
    doc = parsed("Peruvian airstrikes killed civilians", [1, 1, 1, 2], "amod ROOT acl dobj",
                 "ADJ NOUN VERB NOUN", "peruvian airstrike kill civilian", {})  # fmt: skip
    doc[2].tag_ = "VBN"
    assert not syntax.is_passive_participle(doc[2])
    # "the civilians killed in the strike" stays a passive participle
    doc = parsed("civilians killed in strikes", [0, 0, 1, 2], "ROOT acl prep pobj",
                 "NOUN VERB ADP NOUN", "civilian kill in strike", {})  # fmt: skip
    doc[1].tag_ = "VBN"
    assert syntax.is_passive_participle(doc[1])


# -- a means used is no one acted on; a likeness burned stands for whom it shows ----------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russia used Iranian drones to attack Kyiv.", ("RUS", "UKR", "190")),
        # the drones name the kind of force (relations/means.py): 1952
        ("The army employed Turkish drones against the rebels in the north.", ("MIL", "REB", "1952")),
        ("The G7 agreed to use frozen Russian assets to fund a loan to Ukraine.", ("IGO", "UKR", "071")),
    ],
)
def test_a_means_used_is_no_one_acted_on(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(str(r.source.code)[:3], str(r.target.code)[:3], r.cameo) for r in found(extractor, text)}
    assert triple in got, got
    makers = {"IRN", "TUR", "RUS"} - {triple[0]}
    assert not [g for g in got if g[1] in makers], got


def test_a_means_used_by_hand(rules: Rules) -> None:
    doc = parsed("Chile used Peruvian drones against Bolivia", [1, 1, 3, 1, 1, 4],
                 "nsubj ROOT amod dobj prep pobj", "PROPN VERB ADJ NOUN ADP PROPN",
                 "Chile use peruvian drone against Bolivia", {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "BOL", "1952") in got, got
    assert not [g for g in got if g[1] == "PER"], got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Protesters in Dhaka burned an effigy of the Indian prime minister on Friday.", ("BGD", "IND")),
        ("Demonstrators in Tehran burned portraits of Donald Trump.", ("IRN", "USA")),
        ("Students in Manila burned an effigy of the Chinese president.", ("PHL", "CHN")),
    ],
)
def test_a_likeness_burned_stands_for_whom_it_shows(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (*pair, "14") in got, got


# -- buying from a seller; passing a rival in a ranking ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India bought S-400 air defence systems from Russia.", ("IND", "RUS")),
        ("Egypt imports most of its wheat from Ukraine.", ("EGY", "UKR")),
        ("Turkey purchased missile systems from Moscow despite US objections.", ("TUR", "RUS")),
        ("Australia agreed to buy nuclear-powered submarines from the United States.", ("AUS", "USA")),
    ],
)
def test_buying_from_a_seller(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 2) in got or (*pair, 1) in got, got


def test_buying_from_a_seller_by_hand(rules: Rules) -> None:
    doc = parsed("Chile bought jets from Peru", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile buy jet from Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "062") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt bought French Rafale jets in 2015.", ("EGY", "FRA")),
        ("India bought record volumes of discounted Russian crude last year.", ("IND", "RUS")),
        ("Turkey agreed to buy Russian S-400 missile systems despite US objections.", ("TUR", "RUS")),
    ],
)
def test_buying_goods_a_state_makes_trades_with_it(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 2) in got or (*pair, 1) in got, got


def test_buying_goods_a_state_makes_by_hand(rules: Rules) -> None:
    doc = parsed("Chile bought volumes of Peruvian copper", [1, 1, 1, 2, 5, 3],
                 "nsubj ROOT dobj prep amod pobj", "PROPN VERB NOUN ADP ADJ NOUN",
                 "Chile buy volume of peruvian copper", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "061") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Beijing retaliated by banning exports of gallium to the United States.",
            ("CHN", "USA"),
        ),
        ("Russia banned exports of grain to Georgia in 2010.", ("RUS", "GEO")),
        ("India prohibited exports of rice to Bangladesh.", ("IND", "BGD")),
    ],
)
def test_banning_exports_to_a_state_is_an_embargo(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    """The dictionary codes banning imports as an embargo (163) and banning exports as reduced
    relations (160); both are embargoes."""
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*pair, "163") in got, got


def test_passing_a_rival_in_a_ranking_is_no_attack(extractor: Extractor) -> None:
    got = found(extractor, "Norway overtook Russia as Europe's biggest gas supplier.")
    assert not [r for r in got if r.quad_class == 4], got


# -- feelings an act causes, in the perfect too; one reading per trigger and pair -------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India's purchases of Russian oil have irritated Washington.", ("USA", "IND")),
        ("Turkey's balancing act between NATO and Russia frustrates its Western allies.", ("GOV", "TUR")),
        ("Serbia's refusal to recognise Kosovo has angered Brussels.", ("IGO", "SRB")),
    ],
)
def test_an_act_that_angers_in_the_perfect(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = {
        (r.source.country or str(r.source.code)[:3], r.target.country, r.cameo)
        for r in found(extractor, text)
    }
    assert (*pair, "110") in got, got
    # the one made to feel it is not also the act's target
    assert not [g for g in got if g[:2] == (pair[1], pair[0])], got


def test_an_act_that_angers_in_the_perfect_by_hand(rules: Rules) -> None:
    doc = parsed("Chile has irritated Peru", [2, 2, 2, 2], "nsubj aux ROOT dobj", "PROPN AUX VERB PROPN",
                 "Chile have irritate Peru", {0: "CHL", 3: "PER"})  # fmt: skip
    doc[2].tag_ = "VBN"
    got = coded(rules, doc)
    assert ("PER", "CHL", "110") in got, got
    assert not [g for g in got if g[:2] == ("CHL", "PER")], got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Competition between India and China for influence in Nepal is intensifying.", {"IND", "CHN"}),
        ("China's competition with the United States is reshaping Asia.", {"CHN", "USA"}),
        ("The competition between Russia and Turkey in the Caucasus has sharpened.", {"RUS", "TUR"}),
    ],
)
def test_competition_between_states_is_rivalry(extractor: Extractor, text: str, pair: set[str]) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert between and all(r.quad_class == 3 for r in between), found(extractor, text)


# -- a body described beside a name is the name's; speaking of someone is no consultation --------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Houthis, an Iran-aligned group, have attacked ships in the Red Sea.", ("IRN", "The Houthis")),
        ("Hezbollah, a Lebanese militia backed by Tehran, fired rockets at Israel.", ("IRN", "Hezbollah")),
        ("Kataib Hezbollah, an Iran-backed militia, claimed the attack.", ("IRN", "Kataib Hezbollah")),
    ],
)
def test_a_body_described_beside_a_name_is_the_names(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.text) for r in found(extractor, text) if r.cameo == "050"}
    assert pair in got, got


def test_a_body_described_beside_a_name_by_hand() -> None:
    doc = parsed("Hamas , a Qatari group", [0, 0, 4, 4, 0], "ROOT punct det amod appos",
                 "PROPN PUNCT DET ADJ NOUN", "Hamas , a qatari group", {0: "HMS"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 3, 5, "QATGRP", "agent")]
    assert [s.label_ for s in ActorIndex(doc).of_phrase(doc[4])] == ["HMS"]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's foreign minister told state television, referring to Israel, that Tehran would respond.",
        "The Chinese envoy alluded to Japan in his speech at the UN.",
        "In his address, the Turkish president referred to Greece several times.",
    ],
)
def test_speaking_of_someone_is_no_consultation(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert not [r for r in got if r.cameo.startswith("04")], got


# -- a hostile designation without "as" ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel branded UNRWA a terrorist organisation.", ("ISR", "UNRWA")),
        ("The Russian authorities designated Navalny's foundation an extremist organisation.",
         ("RUS", "Navalny")),
        ("Moscow declared Bellingcat an undesirable organisation.", ("RUS", "Bellingcat")),
    ],
)  # fmt: skip
def test_a_hostile_designation_without_as(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = {(r.source.country, r.target.text, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 3) in got, got
    # the category is no one acted on
    assert not [g for g in got if "organisation" in g[1]], got


def test_a_hostile_designation_without_as_by_hand(rules: Rules) -> None:
    doc = parsed("Chile branded Sendero a terrorist group", [1, 1, 1, 5, 5, 1],
                 "nsubj ROOT dobj det amod dobj", "PROPN VERB PROPN DET ADJ NOUN",
                 "Chile brand Sendero a terrorist group", {0: "CHL", 2: "SND"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "SND", "110")}


# -- a governor whose complement codes the event adds no act of its own -----------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("Somalia and Kenya agreed to restore diplomatic ties.", {"SOM", "KEN"}, "032"),
        ("Seoul and Tokyo agreed to resume their security dialogue.", {"KOR", "JPN"}, "036"),
        (
            "India and Pakistan agreed to observe a ceasefire along the Line of Control.",
            {"IND", "PAK"},
            "0356",
        ),
    ],
)
def test_a_governor_whose_complement_codes_the_event_adds_no_act(
    extractor: Extractor, text: str, pair: set[str], code: str
) -> None:
    between = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert between == {code}, between


def test_an_appeal_is_still_its_own_act(extractor: Extractor) -> None:
    got = {
        (r.source.country, r.target.country, r.cameo)
        for r in found(extractor, "Taiwan asked the United States to speed up weapons deliveries.")
    }
    assert ("TWN", "USA", "020") in got, got


def test_a_governor_whose_complement_codes_the_event_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru agreed to restore ties", [3, 0, 0, 3, 5, 3, 5],
                 "nsubj cc conj ROOT aux xcomp dobj", "PROPN CCONJ PROPN VERB PART VERB NOUN",
                 "Chile and Peru agree to restore tie", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {c[2] for c in coded(rules, doc)} == {"032"}


# -- a passive clause of circumstance names its agent -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Dozens of Rohingya were killed when their boat was shelled by the Myanmar navy.", ("MMR", "MMR")),
        ("Two journalists were wounded when their car was hit by an Israeli drone.", ("ISR", None)),
        ("Four farmers were killed when their village was bombed by Sudanese army jets.", ("SDN", None)),
    ],
)
def test_a_passive_clause_of_circumstance_names_its_agent(
    extractor: Extractor, text: str, pair: tuple[str, str | None]
) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 4) in got, got


# -- an envoy recalled from where it served; a quantity reads as what it counts; sanctions lifted -------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Israel recalls envoy from Ireland after Palestine recognition", ("ISR", "IRL", "161")),
        ("Morocco recalled its envoy to Tunisia.", ("MAR", "TUN", "161")),
        ("The Netherlands recalled ambassador from Turkey.", ("NLD", "TUR", "161")),
        ("Cuba frees dozens of political prisoners after Vatican talks", ("CUB", None, "0841")),
        ("Belarus released hundreds of political prisoners.", ("BLR", None, "0841")),
        ("China lifted sanctions on Lithuanian goods.", ("CHN", "LTU", "085")),
        ("The EU lifts sanctions on Belarusian potash", ("IGO", "BLR", "085")),
    ],
)
def test_envoys_recalled_quantities_counted_and_sanctions_lifted(
    extractor: Extractor, text: str, triple: tuple[str, str | None, str]
) -> None:
    got = {(str(r.source.code)[:3], r.target.country, r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_an_envoy_recalled_by_hand(rules: Rules) -> None:
    doc = parsed("Chile recalled its envoy to Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT poss dobj prep pobj", "PROPN VERB PRON NOUN ADP PROPN",
                 "Chile recall its envoy to Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "161") in coded(rules, doc)


def test_a_quantity_reads_as_what_it_counts_by_hand() -> None:
    doc = parsed("freed dozens of prisoners", [0, 0, 1, 2], "ROOT dobj prep pobj", "VERB NOUN ADP NOUN",
                 "free dozen of prisoner", {})  # fmt: skip
    assert syntax.counted(doc[1]).text == "prisoners"
    assert syntax.counted(doc[3]).text == "prisoners"


# -- a partner a possessive seems to own is another -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"China is our most important partner," the Brazilian president told reporters.', {"CHN", "BRA"}),
        ('"Japan is our closest ally," the Philippine president said.', {"JPN", "PHL"}),
        ('"Russia is our strategic partner," the Indian foreign minister said in Moscow.', {"RUS", "IND"}),
    ],
)
def test_a_partner_a_possessive_seems_to_own_is_another(
    extractor: Extractor, text: str, pair: set[str]
) -> None:
    between = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert between and all(r.quad_class <= 2 for r in between), found(extractor, text)


def test_a_partner_a_possessive_seems_to_own_by_hand(rules: Rules) -> None:
    doc = parsed("Chile is our partner", [1, 1, 3, 1], "nsubj ROOT poss attr", "PROPN AUX PRON NOUN",
                 "Chile be our partner", {0: "CHL"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 2, 3, "PER", "pronoun"),
                           actor_span(doc, 2, 4, "PERGOV", "agent")]  # fmt: skip
    assert {frozenset(c[:2]) for c in coded(rules, doc)} & {
        frozenset({"CHL", "PER"}),
        frozenset({"CHL", "PERGOV"}),
    }


# -- calling someone a threat, no "as" --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The Japanese prime minister called China the greatest strategic challenge to Japan.",
            ("JPN", "CHN"),
        ),
        ("Poland's president called Russia a terrorist state.", ("POL", "RUS")),
        ("Estonia's prime minister called Russia an existential threat.", ("EST", "RUS")),
    ],
)
def test_calling_someone_a_threat(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*pair, "110") in got, got


def test_calling_someone_a_threat_by_hand(rules: Rules) -> None:
    doc = parsed("Chile called Peru a threat", [1, 1, 1, 4, 1], "nsubj ROOT dobj det oprd",
                 "PROPN VERB PROPN DET NOUN", "Chile call Peru a threat", {0: "CHL", 2: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "110")}
    # calling on someone is an appeal, no judgement
    doc = parsed("Chile called on Peru", [1, 1, 1, 2], "nsubj ROOT prep pobj", "PROPN VERB ADP PROPN",
                 "Chile call on Peru", {0: "CHL", 3: "PER"})  # fmt: skip
    assert {c[2][:2] for c in coded(rules, doc)} <= {"02"}


# -- "the country", "the kingdom": the state named just before ---------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran denied the report. The country said it had not supplied drones to Russia.",
         ("IRN", "RUS", "072")),
        ("Morocco recalled its ambassador from Algeria. The kingdom accused Algiers of backing the "
         "Polisario Front.", ("MAR", "DZA", "112")),
        ("Kenya hosted the talks. The country later sent police officers to Haiti.", ("KEN", "HTI", None)),
    ],
)  # fmt: skip
def test_the_country_named_just_before(
    extractor: Extractor, text: str, triple: tuple[str, str, str | None]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert [g for g in got if g[:2] == triple[:2] and triple[2] in {None, g[2]}], got


def test_the_country_named_just_before_by_hand(extractor: Extractor) -> None:
    doc = Doc(ENGLISH.vocab, words=["Iran", "denied", "it", ".", "The", "country", "said", "no", "."],
              heads=[1, 1, 1, 1, 5, 6, 6, 6, 6],
              deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "dobj", "punct"],
              pos=["PROPN", "VERB", "PRON", "PUNCT", "DET", "NOUN", "VERB", "DET", "PUNCT"],
              tags=["NNP", "VBD", "PRP", ".", "DT", "NN", "VBD", "DT", "."],
              lemmas=["Iran", "deny", "it", ".", "the", "country", "say", "no", "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [
        actor_span(doc, 0, 1, "IRN", "name"),
        actor_span(doc, 4, 6, "grp:country", "generic"),
    ]
    doc.user_data[ACTORS_KEY] = {
        "IRN": {"id": "IRN", "label": "Iran", "type": "state", "code": "IRN", "country": "IRN"},
        "grp:country": {"id": "grp:country", "label": "country", "type": "group", "code": "GOV"},
    }
    resolve_pronouns(doc, extractor.catalogue)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.start == 4] == [("The country", "IRN")]


# -- hearsay in the passive, and acts set aside -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "pair", "modality"),
    [
        ("India is said to have pressed Russia for a discount on oil.", "pressed", ("IND", "RUS"), "hedged"),
        ("Iran was reported to have sent drones to Sudan.", "sent", ("IRN", "SDN"), "hedged"),
        (
            "Instead of sanctioning Moscow, India increased its purchases of Russian oil.",
            "sanctioning",
            ("IND", "RUS"),
            "negated",
        ),
        # what is done instead is done
        (
            "Instead of sanctioning Moscow, India increased its purchases of Russian oil.",
            "purchases",
            ("IND", "RUS"),
            "asserted",
        ),
        ("Rather than condemn Russia, China praised its restraint.", "condemn", ("CHN", "RUS"), "negated"),
    ],
)
def test_hearsay_and_acts_set_aside(
    extractor: Extractor, text: str, trigger: str, pair: tuple[str, str], modality: str
) -> None:
    got = [
        r
        for r in found(extractor, text)
        if (r.source.country, r.target.country) == pair
        and r.trigger is not None
        and r.trigger.text == trigger
    ]
    assert got and all(r.modality == modality for r in got), found(extractor, text)
    # hearsay is no one's report: the subject did not say it
    assert all(r.attributed_to is None for r in got), got


def test_an_act_set_aside_by_hand() -> None:
    doc = parsed("Rather than expel Peru , Chile protested", [2, 2, 6, 2, 6, 6, 6],
                 "advmod mark advcl dobj punct nsubj ROOT", "ADV SCONJ VERB PROPN PUNCT PROPN VERB",
                 "rather than expel Peru , Chile protest", {})  # fmt: skip
    assert modality_of(doc[2]) == "negated"
    assert modality_of(doc[6]) == "asserted"


# -- a verb that cuts back its object says through it what it does ------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia restricted imports of Moldovan fruit.", ("RUS", "MDA")),
        ("The Netherlands restricted exports of chip-making machines to China.", ("NLD", "CHN")),
        ("Beijing curbed imports of Australian barley in 2020.", ("CHN", "AUS")),
    ],
)
def test_a_verb_that_cuts_back_its_object_adds_no_act_of_its_own(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    codes_ = {r.cameo for r in found(extractor, text) if (r.source.country, r.target.country) == pair}
    assert codes_ == {"163"}, found(extractor, text)


def test_a_verb_that_blocks_what_a_name_owns_still_acts(extractor: Extractor) -> None:
    got = {
        (r.source.country, r.target.country)
        for r in found(extractor, "Hungary has repeatedly blocked EU aid to Ukraine.")
    }
    assert ("HUN", "UKR") in got, got


def test_a_verb_that_cuts_back_its_object_by_hand(rules: Rules) -> None:
    doc = parsed("Chile restricted imports of Peruvian fish", [1, 1, 1, 2, 5, 3],
                 "nsubj ROOT dobj prep amod pobj", "PROPN VERB NOUN ADP ADJ NOUN",
                 "Chile restrict import of peruvian fish", {0: "CHL", 4: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "163")}


# -- leaving an agreement, and agreements offered or promised ---------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The United States withdrew from the Intermediate-Range Nuclear Forces Treaty with Russia in 2019.",
         ("USA", "RUS", "161")),
        ("Washington pulled out of the nuclear deal with Iran in 2018.", ("USA", "IRN", "161")),
        ("Ethiopia backed out of the peace deal with Eritrea.", ("ETH", "ERI", "161")),
        ("Britain opted out of the agreement with the EU.", ("GBR", None, "161")),
        ("Mexico exited the trade agreement with Peru.", ("MEX", "PER", "161")),
        ("Burkina Faso quit its defence agreement with France.", ("BFA", "FRA", "161")),
        ("Iran withdrew from the negotiations with the European Union in protest.", ("IRN", None, "164")),
    ],
)  # fmt: skip
def test_leaving_an_agreement_reduces_relations(
    extractor: Extractor, text: str, event: tuple[str, str | None, str]
) -> None:
    """A treaty, deal or talks left ("withdrew from", "pulled out of", "quit") are cut back (16x),
    not concluded or held (057, 046)."""
    got = events(extractor, text)
    assert event in got, found(extractor, text)
    assert not any(code[:2] in {"04", "05"} for _, _, code in got), got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Australia offered Tuvalu a treaty on migration.", ("AUS", "TUV", "030")),
        ("Saudi Arabia offered a loan to Egypt.", ("SAU", "EGY", "0331")),
        ("Canada pledged sanctions against Iran.", ("CAN", "IRN", "1312")),
        ("Qatar offered mediation between Ethiopia and Eritrea.", ("QAT", "ETH", "039")),
        ("The United States promised military aid to Taiwan.", ("USA", "TWN", "0332")),
    ],
)  # fmt: skip
def test_an_agreement_offered_or_promised_is_intended(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    """What is offered, pledged or promised as a noun has not happened: an intent (03x), or a
    threat for a hostile act (13x), of the kind the noun names."""
    got = events(extractor, text)
    assert event in got, found(extractor, text)
    assert not any(code[:2] in {"05", "06", "07", "16"} for _, _, code in got), got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("India signed a defence pact with the United States.", ("IND", "USA", "057")),
        ("Russia withdrew its troops from Kherson in November.", ("RUS", "UKR", "0874")),
        ("Japan sought help from the United States.", ("JPN", "USA", "023")),
    ],
)
def test_agreements_concluded_and_help_sought_stay_as_they_are(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


@pytest.mark.parametrize("attached_to_particle", [True, False])
def test_leaving_through_a_particle_on_a_hand_parse(attached_to_particle: bool) -> None:
    """ "pulled out of the pact": the parser hangs "of" on the particle or on the verb; either way
    the verb of leaving governs the noun it leaves."""
    of_head = 2 if attached_to_particle else 1
    doc = parsed("Mali pulled out of the pact", [1, 1, 1, of_head, 5, 3],
                 "nsubj ROOT prt prep det pobj", "PROPN VERB ADP ADP DET NOUN",
                 "Mali pull out of the pact", {0: "MLI"})  # fmt: skip
    governed = Governors.load().governing_object(doc[5])
    assert governed is not None
    family, verb = governed
    assert (family.name, verb.text, family.asserted("057")) == ("curtail", "pulled", "161")
    stayed = parsed("Mali pulled the pact", [1, 1, 3, 1], "nsubj ROOT det dobj", "PROPN VERB DET NOUN",
                    "Mali pull the pact", {0: "MLI"})  # fmt: skip
    assert Governors.load().governing_object(stayed[3]) is None  # "pull" alone leaves nothing


# -- bodies of several agents, organisations left, quantities, acts spoken of -----------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chile and Colombia recalled their ambassadors to Israel for consultations.",
            {("CHL", "ISR", "161"), ("COL", "ISR", "161")},
        ),
        (
            "Jordan and Egypt recalled their envoys from Tel Aviv.",
            {("JOR", "ISR", "161"), ("EGY", "ISR", "161")},
        ),
        (
            "Bahrain and the UAE withdrew their troops from Yemen.",
            {("BHR", "YEM", "0874"), ("ARE", "YEM", "0874")},
        ),
    ],
)
def test_a_body_their_gives_to_several_agents_is_each_ones_own(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "their" resolves to one of the coordinated agents; the body is still every agent's own, so
    none acts on it, and an envoy called home "for consultations" is consulted at home."""
    got = events(extractor, text)
    assert expected <= got, found(extractor, text)
    assert not any(code[:2] == "04" for _, _, code in got), got
    assert all(target not in {s for s, _, _ in expected} for _, target, code in got if code[:2] != "05"), got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Mali withdrew from ECOWAS in January.", ("MLI", None, "160")),
        ("Israel withdrew from UNESCO at the end of 2018.", ("ISR", None, "160")),
        ("Britain's withdrawal from the European Union hurt trade.", ("GBR", None, "160")),
        ("Hungary threatened to withdraw from the International Criminal Court.", ("HUN", None, "131")),
        ("Russia withdrew from Kherson in November.", ("RUS", "UKR", "0874")),
        ("Israel's withdrawal from Gaza was completed in 2005.", ("ISR", "PSE", "087")),
    ],
)
def test_leaving_an_organisation_reduces_relations(
    extractor: Extractor, text: str, event: tuple[str, str | None, str]
) -> None:
    """A retreat from an international organisation is leaving it (160); from a place it stays a
    military withdrawal (087)."""
    assert event in events(extractor, text), found(extractor, text)


def test_leaving_an_organisation_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad withdrew from ECCAS", [1, 1, 1, 2], "nsubj ROOT prep pobj", "PROPN VERB ADP PROPN",
                 "Chad withdraw from ECCAS", {0: "TCD", 3: "IGOCAFECC"})  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "TCD": {"id": "TCD", "label": "Chad", "type": "state", "code": "TCD", "country": "TCD"},
        "IGOCAFECC": {"id": "IGOCAFECC", "label": "ECCAS", "type": "igo", "code": "IGOCAFECC"},
    }
    assert {code for _, _, code in coded(rules, doc)} == {"160"}
    doc.user_data[ACTORS_KEY]["IGOCAFECC"]["type"] = "state"  # a place left is a military withdrawal
    assert {code[:3] for _, _, code in coded(rules, doc)} == {"087"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kyiv accused Moscow of deporting thousands of Ukrainian children to Russia.",
            ("RUS", "UKR", "174"),
        ),
        ("Israel deported hundreds of African migrants to Rwanda.", ("ISR", None, "174")),
    ],
)
def test_a_quantity_of_people_is_acted_on_not_where_they_are_sent(
    extractor: Extractor, text: str, event: tuple[str, str | None, str]
) -> None:
    """ "deported *thousands of* children *to* Russia": the people counted are the target, the
    place they are sent to is not an addressee."""
    got = events(extractor, text)
    assert event in got, found(extractor, text)
    assert ("ISR", "RWA", "174") not in got


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The ICC issued an arrest warrant for Vladimir Putin over the deportation of children.", "CVL"),
        ("Canada voiced alarm over the detention of two Canadians in China.", "CANPPL"),
    ],
)
def test_whom_an_act_spoken_of_reaches_is_not_its_author(
    extractor: Extractor, text: str, victims: str
) -> None:
    """ "over the deportation *of children*": "of" names whom the act reaches, not who did it, so the
    speaker does not address them."""
    spoken = [r for r in found(extractor, text) if r.target.code == victims and r.cameo[:2] in {"01", "10"}]
    assert not spoken, spoken


# -- remarks meant to wound, the other side of a fight, two people named by one phrase --------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Paris and Rome traded barbs over migration policy.", {"FRA", "ITA"}),
        ("Turkey and Greece exchanged insults over the islands.", {"TUR", "GRC"}),
        ("The Kremlin and the White House traded jibes over the summit.", {"RUS", "USA"}),
    ],
)
def test_traded_barbs_are_criticism_not_trade(extractor: Extractor, text: str, pair: set[str]) -> None:
    """ "traded barbs" exchanges criticism (111) both ways; the dictionary's default for "trade"
    (economic cooperation) does not apply to a remark."""
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert got and all(r.cameo == "111" for r in got), got


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two Indian soldiers were killed in an exchange of fire with Pakistani troops in Kashmir.",
         ("PAK", "IND")),
        ("Three policemen were killed in clashes with Maoist rebels in Chhattisgarh.", (None, "IND")),
        ("A Turkish soldier was wounded in a firefight with PKK militants.", (None, "TUR")),
    ],
)  # fmt: skip
def test_victims_of_a_two_sided_fight_suffer_the_other_side(
    extractor: Extractor, text: str, event: tuple[str | None, str]
) -> None:
    """ "killed in clashes *with* Maoist rebels": whoever the victims fought is behind the killing."""
    hits = [r for r in found(extractor, text) if r.cameo[:2] in {"18", "19"} and r.target.country == event[1]]
    assert hits and all(r.rule == "verb-passive" for r in hits), found(extractor, text)
    assert event[0] is None or {r.source.country for r in hits} == {event[0]}


def test_a_cooperative_exchange_names_no_attacker(extractor: Extractor) -> None:
    text = "Two people were killed in an exchange of prisoners with Russia."
    assert not [r for r in found(extractor, text) if r.source.country == "RUS"], found(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim Jong Un hosted Vladimir Putin in Pyongyang, where the two leaders signed a defence pact.",
         {"PRK", "RUS"}),
        ("Xi Jinping met Joe Biden in California, where the two leaders agreed to resume military talks.",
         {"CHN", "USA"}),
        ("The Iranian foreign minister met his Saudi counterpart in Beijing, where the two ministers agreed "
         "to restore ties.", {"IRN", "SAU"}),
    ],
)  # fmt: skip
def test_the_two_leaders_are_the_last_two_people_named(
    extractor: Extractor, text: str, expected: set[str]
) -> None:
    """ "the two leaders", "both men": one phrase for the last two people named, as "the two
    countries" is for the last two states."""
    pair = [r for r in found(extractor, text) if r.source.text.lower().endswith(("leaders", "ministers"))]
    assert pair and {pair[0].source.country, pair[0].target.country} == expected, found(extractor, text)


def test_the_two_leaders_need_two_people(extractor: Extractor) -> None:
    text = "Putin met the generals. The two men discussed the offensive."
    assert not found(extractor, text)


def test_the_two_leaders_by_hand(extractor: Extractor) -> None:
    words = ["Lula", "met", "Boric", ",", "and", "the", "two", "leaders", "talked", "."]
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 1, 1, 1, 1, 7, 7, 8, 1, 1],
              deps=["nsubj", "ROOT", "dobj", "punct", "cc", "det", "nummod", "nsubj", "conj", "punct"],
              pos=["PROPN", "VERB", "PROPN", "PUNCT", "CCONJ", "DET", "NUM", "NOUN", "VERB", "PUNCT"],
              tags=["NNP", "VBD", "NNP", ",", "CC", "DT", "CD", "NNS", "VBD", "."],
              lemmas=["Lula", "meet", "Boric", ",", "and", "the", "two", "leader", "talk", "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 1, "p:lula", "name"), actor_span(doc, 2, 3, "p:boric", "name")]
    doc.user_data[ACTORS_KEY] = {
        "p:lula": {"id": "p:lula", "label": "Lula", "type": "person", "code": "BRAGOV", "country": "BRA"},
        "p:boric": {"id": "p:boric", "label": "Boric", "type": "person", "code": "CHLGOV", "country": "CHL"},
    }
    resolve_pronouns(doc, extractor.catalogue)
    pair = sorted(s.label_ for s in doc.spans[SPANS_KEY] if s.start == 5)
    assert pair == ["p:boric", "p:lula"]


# -- sides stated as divided; what talks are about -------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan and China remain deeply divided over the disputed islands.", {"JPN", "CHN"}),
        ("India and Pakistan remain bitterly divided over Kashmir.", {"IND", "PAK"}),
        ("Serbia and Kosovo are still divided on the status of the north.", {"SRB", "KSV"}),
    ],
)
def test_sides_divided_over_a_question_disagree(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert got and all(r.cameo == "110" for r in got), found(extractor, text)


def test_one_side_divided_makes_no_pair(extractor: Extractor) -> None:
    assert not found(extractor, "The European Union is divided over sanctions on Israel.")


def test_sides_divided_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru remain divided over fishing", [3, 0, 0, 3, 3, 4, 5],
                 "nsubj cc conj ROOT acomp prep pobj", "PROPN CCONJ PROPN VERB ADJ ADP NOUN",
                 "Chile and Peru remain divided over fishing", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {frozenset((s, t)) for s, t, code in coded(rules, doc) if code == "110"} == {
        frozenset({"CHL", "PER"})
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Saudi Arabia has resumed talks on normalising ties with Israel.", {"SAU", "ISR"}),
        ("The talks on restoring diplomatic relations between Iran and Egypt stalled.", {"IRN", "EGY"}),
        ("Israel and Hamas resumed negotiations over a ceasefire in Gaza.", {"ISR", "PSE"}),
    ],
)
def test_what_talks_are_about_is_negotiated_not_done(extractor: Extractor, text: str, pair: set[str]) -> None:
    """ "talks *on* normalising ties": the ties are negotiated (046), not restored (050); a truce
    talked over is not declared (0871)."""
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert got and {r.cameo for r in got} == {"046"}, found(extractor, text)


# -- obligation: "must", "should" ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Erdogan says Sweden must crack down on Kurdish militants.", ("SWE", "KURUAF")),
        ("Syria must comply with UN Security Council Resolution 2254.", ("SYR", "IGOUNO")),
        ("Blinken said Israel should allow more aid into Gaza.", ("ISR", "PSEGZA")),
    ],
)
def test_an_act_someone_must_do_is_not_asserted(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    """ "Sweden *must* crack down": what ought to happen has not; the relation is speculative."""
    got = [r for r in found(extractor, text) if (r.source.code, r.target.code) == pair]
    assert got and all(r.modality == "speculative" for r in got), found(extractor, text)


def test_must_on_a_hand_parse() -> None:
    doc = parsed("Chile must free Peruvian fishermen", [2, 2, 2, 4, 2], "nsubj aux ROOT amod dobj",
                 "PROPN AUX VERB ADJ NOUN", "Chile must free peruvian fisherman",
                 {0: "CHL", 3: "PER"})  # fmt: skip
    assert modality_of(doc[2]) == "speculative"


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The EU insisted that Serbia must recognise Kosovo.", ("IGOEUREEC", "SRB")),
        ("Kenya demanded that Somalia should withdraw its claim.", ("KEN", "SOM")),
    ],
)
def test_insisting_that_someone_must_act_is_a_demand(
    extractor: Extractor, text: str, event: tuple[str, str]
) -> None:
    """A clause of obligation asks for an act as a subjunctive does ("insisted that Serbia recognise")."""
    got = {(r.source.code, r.target.code, r.cameo[:2]) for r in found(extractor, text)}
    assert (*event, "10") in got, got


def test_obligation_is_mandative_on_a_hand_parse() -> None:
    deps, pos = "nsubj ROOT mark nsubj aux ccomp", "PROPN VERB SCONJ PROPN AUX VERB"
    doc = parsed("Chad insisted that Sudan must pay", [1, 1, 5, 5, 5, 1], deps, pos,
                 "Chad insist that Sudan must pay", {0: "TCD", 3: "SDN"})  # fmt: skip
    assert syntax.mandative(doc[1])
    plain = parsed("Chad said that Sudan will pay", [1, 1, 5, 5, 5, 1], deps, pos,
                   "Chad say that Sudan will pay", {0: "TCD", 3: "SDN"})  # fmt: skip
    assert not syntax.mandative(plain[1])


# -- lists of sanctions and terrorism ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Canada added the Wagner Group to its sanctions list.", ("CAN", "172")),
        ("The US Commerce Department put Huawei on its entity list.", ("USA", "172")),
        ("Washington removed Cuba from its list of state sponsors of terrorism.", ("USA", "081")),
        ("The European Union removed Panama from its blacklist of tax havens.", ("IGO", "081")),
    ],
)
def test_put_on_a_list_or_taken_off_it(extractor: Extractor, text: str, event: tuple[str, str]) -> None:
    """Listing is an administrative sanction (172), delisting eases one (081): never an expulsion
    (174, the dictionary's default for "remove")."""
    got = {(r.source.code[:3], r.cameo) for r in found(extractor, text)}
    assert event in got and not any(code == "174" for _, code in got), got


def test_removed_from_a_place_stays_removed(extractor: Extractor) -> None:
    assert not [r for r in found(extractor, "The EU removed troops from the border.") if r.cameo == "081"]


def test_a_list_on_a_hand_parse(rules: Rules) -> None:
    heads, deps, pos = [1, 1, 1, 1, 5, 3], "nsubj ROOT dobj prep poss pobj", "PROPN VERB PROPN ADP PRON NOUN"
    listed = parsed("Chile put Peru on its list", heads, deps, pos, "Chile put Peru on its list",
                    {0: "CHL", 2: "PER"})  # fmt: skip
    assert coded(rules, listed) == {("CHL", "PER", "172")}
    delisted = parsed("Chile removed Peru from its list", heads, deps, pos, "Chile remove Peru from its list",
                      {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "081") in coded(rules, delisted)


# -- what is bought and from whom; aid that comes along; holding territory ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "India, which buys most of its weapons from Russia, has been reluctant to condemn the invasion.",
        "India buys most of its weapons from Russia.",
        "Egypt bought half of its wheat from Ukraine last year.",
    ],
)
def test_a_buyer_trades_with_whom_from_names_wherever_it_hangs(extractor: Extractor, text: str) -> None:
    """ "buys *most of* its weapons *from* Russia": the quantity counts what is bought, and "from"
    names the seller whether the parser hangs it on the verb or on what is bought."""
    sellers = {"RUS", "UKR"}
    got = [r for r in found(extractor, text) if r.target.country in sellers and r.cameo[:2] == "06"]
    assert got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "helper"),
    [
        ("With Russian help, Assad's forces recaptured Aleppo in 2016.", "RUS"),
        ("The rebels captured the town with Turkish backing.", "TUR"),
        ("With US support, Kyiv launched a counteroffensive against Russian forces.", "USA"),
    ],
)
def test_aid_that_comes_along_is_not_the_target(extractor: Extractor, text: str, helper: str) -> None:
    """ "recaptured Aleppo *with Russian help*": the helper is not fought."""
    assert not [r for r in found(extractor, text) if r.target.country == helper and r.cameo[:2] == "19"]


def test_a_counteroffensive_is_an_offensive(extractor: Extractor) -> None:
    got = events(extractor, "Kyiv launched a counteroffensive against Russian forces.")
    assert ("UKR", "RUS", "190") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis, who control much of Yemen, have attacked ships linked to Israel.",
        "Rebels controlled much of Syria's north in 2015.",
        "Hamas has controlled Gaza since 2007.",
    ],
)
def test_holding_territory_is_no_event(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.trigger and r.trigger.text.startswith("control")]


# -- whom a group's attitude is aimed at does not own it -----------------------------------------
@pytest.mark.parametrize(
    ("text", "group", "not_owner"),
    [
        ("Protesters angry at France stormed the embassy.", "Protesters", "FRA"),
        ("The embassy was stormed by protesters angry at Denmark's refusal.", "protesters", "DNK"),
        ("Students opposed to Israel's war occupied the campus.", "Students", "ISR"),
    ],
)
def test_whom_a_group_is_angry_at_does_not_own_it(
    extractor: Extractor, text: str, group: str, not_owner: str
) -> None:
    codes = {m.code for m in extractor.extract(Document(id="t", text=text)).mentions if m.text == group}
    assert codes and not any(code.startswith(not_owner) for code in codes), codes


@pytest.mark.parametrize(
    ("text", "group", "owner"),
    [
        ("Civilians in Aleppo fled the fighting.", "Civilians in Aleppo", "SYR"),
        ("Protesters in Tbilisi clashed with police.", "Protesters in Tbilisi", "GEO"),
        ("Militias massacred civilians in El Geneina.", "civilians", "SDN"),
    ],
)
def test_people_where_they_are_stay_that_states(
    extractor: Extractor, text: str, group: str, owner: str
) -> None:
    codes = {m.code for m in extractor.extract(Document(id="t", text=text)).mentions if m.text == group}
    assert codes and all(code.startswith(owner) for code in codes), codes


def test_an_attitudes_aim_owns_no_group_by_hand(extractor: Extractor) -> None:
    words = ["Protesters", "angry", "at", "France", "marched", "."]
    doc = Doc(ENGLISH.vocab, words=words, heads=[4, 0, 1, 2, 4, 4],
              deps=["nsubj", "amod", "prep", "pobj", "ROOT", "punct"],
              pos=["NOUN", "ADJ", "ADP", "PROPN", "VERB", "PUNCT"],
              lemmas=["protester", "angry", "at", "France", "march", "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [
        actor_span(doc, 0, 1, "grp:protesters", "generic"),
        actor_span(doc, 3, 4, "FRA", "name"),
    ]
    doc.user_data[ACTORS_KEY] = {
        "grp:protesters": {"id": "grp:protesters", "label": "protesters", "type": "group", "code": "OPP"},
        "FRA": {"id": "FRA", "label": "France", "type": "state", "code": "FRA", "country": "FRA"},
    }
    assign_domestic(doc, extractor.catalogue.get)
    assert [s.label_ for s in doc.spans[SPANS_KEY] if s.start == 0] == ["grp:protesters"]
    doc[1].pos_ = "NOUN"  # no longer an attitude: the only country named owns the protesters
    doc[1].dep_ = "compound"
    assign_domestic(doc, extractor.catalogue.get)
    assert [s.label_ for s in doc.spans[SPANS_KEY] if s.start == 0] != ["grp:protesters"]


# -- turning to someone for something ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cut off from Russian gas, Germany turned to Norway for supplies.", ("DEU", "NOR")),
        ("Sri Lanka turned to the IMF for a bailout.", ("LKA", "IGO")),
        ("Niger turned to Russia for security assistance after expelling French troops.", ("NER", "RUS")),
    ],
)
def test_turning_to_someone_for_aid_is_an_appeal(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    """ "turned to Norway *for* supplies": an appeal (020) to whom "to" names; no aid is given yet,
    and none by the one who asks."""
    got = {(r.source.code[:3], r.target.code[:3], r.cameo) for r in found(extractor, text)}
    assert (*pair, "020") in got, got
    assert not any(code[:2] == "07" for _, _, code in got), got


def test_turning_to_someone_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad turned to Sudan for loans", [1, 1, 1, 2, 1, 4], "nsubj ROOT prep pobj prep pobj",
                 "PROPN VERB ADP PROPN ADP NOUN", "Chad turn to Sudan for loan",
                 {0: "TCD", 3: "SDN"})  # fmt: skip
    assert coded(rules, doc) == {("TCD", "SDN", "020")}


# -- more relational nouns of analysis prose ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The rift between Algeria and Morocco deepened after Rabat's deal with Israel.",
            ("DZA", "MAR", "110"),
        ),
        (
            "The thaw between Turkey and Egypt culminated in an exchange of ambassadors.",
            ("TUR", "EGY", "050"),
        ),
        ("India's dependence on Russian oil has grown sharply.", ("IND", "RUS", "060")),
        ("Poland's reliance on American weapons has grown since the invasion.", ("POL", "USA", "060")),
    ],
)
def test_rifts_thaws_and_dependence_are_relations(
    extractor: Extractor, text: str, event: tuple[str | None, str, str]
) -> None:
    got = events(extractor, text)
    assert any(e[1:] == event[1:] and event[0] in {None, e[0]} for e in got), got


def test_a_thaw_of_no_one_is_no_relation(extractor: Extractor) -> None:
    assert not found(extractor, "The thaw came early in Moscow this spring.")


# -- names made with "of" carry the noun's prepositions; a memorandum is an agreement -----------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("India signed a memorandum of understanding with Bangladesh on water sharing.", {"IND", "BGD"}),
        ("Kenya and Haiti signed an MoU on the police mission.", {"KEN", "HTI"}),
        ("The memorandum between Ethiopia and Eritrea was never published.", {"ETH", "ERI"}),
    ],
)
def test_a_memorandum_is_an_agreement(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == pair]
    assert got and all(r.cameo == "057" for r in got), found(extractor, text)


def test_a_name_with_of_carries_the_nouns_preposition_by_hand(rules: Rules) -> None:
    doc = parsed("Chile signed a memorandum of understanding with Peru", [1, 1, 3, 1, 3, 4, 5, 6],
                 "nsubj ROOT det dobj prep pobj prep pobj", "PROPN VERB DET NOUN ADP NOUN ADP PROPN",
                 "Chile sign a memorandum of understanding with Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert ("CHL", "PER", "057") in coded(rules, doc)


def test_the_other_side_of_a_fight_is_no_party_to_a_cooperative_verb(extractor: Extractor) -> None:
    """The other side of a fight is behind its victims' harm, not the partner of a verb the lexicon
    codes as cooperation ("engage" is consultation, 040)."""
    text = "Indian troops were engaged in an exchange of fire with Pakistani troops."
    assert not [r for r in found(extractor, text) if r.cameo[:2] == "04"], found(extractor, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Erdogan said Sweden must crack down on Kurdish militants.", ("TURGOV", "SWE", "100")),
        ("Iran must stop enriching uranium, the IAEA chief said.", ("IGOUNOIAE", "IRN", "100")),
        ("Blinken said Israel should allow more aid into Gaza.", ("USAGOV", "ISR", "020")),
    ],
)
def test_saying_someone_must_act_demands_it(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    """A statement of what another must do is a demand (100), of what they should do an appeal (020)."""
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert event in got, got


def test_saying_what_someone_will_do_demands_nothing(extractor: Extractor) -> None:
    text = "Lavrov said Ukraine will join the talks."
    assert not [r for r in found(extractor, text) if r.cameo[:2] in {"02", "10"}], found(extractor, text)


def test_obligation_on_a_hand_parse() -> None:
    deps, pos = "nsubj ROOT nsubj aux ccomp", "PROPN VERB PROPN AUX VERB"
    must = parsed("Chad said Sudan must pay", [1, 1, 4, 4, 1], deps, pos, "Chad say Sudan must pay",
                  {0: "TCD", 2: "SDN"})  # fmt: skip
    will = parsed("Chad said Sudan will pay", [1, 1, 4, 4, 1], deps, pos, "Chad say Sudan will pay",
                  {0: "TCD", 2: "SDN"})  # fmt: skip
    assert (syntax.obligation(must[1]), syntax.obligation(will[1])) == ("must", None)


# --- what a negating verb governs: its complement, not its participial adjunct ----------------


def test_a_participial_adjunct_of_a_refusal_is_asserted_on_a_hand_parse() -> None:
    doc = parsed("Chile refused to meet Peru citing a dispute", [1, 1, 3, 1, 3, 1, 7, 5],
                 "nsubj ROOT aux xcomp dobj advcl det dobj", "PROPN VERB PART VERB PROPN VERB DET NOUN",
                 "Chile refuse to meet Peru cite a dispute", {0: "CHL", 4: "PER"})  # fmt: skip
    assert (modality_of(doc[3]), modality_of(doc[7])) == ("negated", "asserted")


@pytest.mark.parametrize(
    ("text", "pair", "refused"),
    [
        (
            "Argentina's president refused to attend the summit in Brazil, citing a dispute with Lula.",
            ("ARG", "BRA"),
            "11",
        ),
        (
            "China threatened sanctions after Vilnius allowed a Taiwanese representative office.",
            ("LTU", "TWN"),
            "08",
        ),
        ("Niger declined to attend the summit, accusing France of interference.", ("NER", "FRA"), "11"),
        (
            "The Georgian president failed to win the vote, blaming Russia for the unrest.",
            ("GEO", "RUS"),
            "11",
        ),
    ],
    ids=["citing-dispute", "after-clause", "declined-accusing", "failed-blaming"],
)
def test_what_happened_beside_a_refusal_or_threat_stays_asserted(
    extractor: Extractor, text: str, pair: tuple[str, str], refused: str
) -> None:
    """The adjunct of a negating or speculative verb ("*citing* a dispute") is not what it governs."""
    got = [r for r in found(extractor, text) if r.cameo.startswith(refused)]
    ends = {(r.source.country or r.source.code, r.target.country or r.target.code, r.modality) for r in got}
    assert (*pair, "asserted") in ends, got


# --- belonging to a body of members ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia suspended its participation in the CSTO.", ("ARM", "IGOEURCST", "161")),
        ("Mali suspended its membership of the African Union.", ("MLI", "IGOAFRAFU", "161")),
        ("Nicaragua ended its membership in the Organization of American States.", ("NIC", "IGOOAS", "161")),
        ("The African Union suspended Niger's membership following the coup.", ("IGOAFRAFU", "NER", "160")),
    ],
    ids=["suspended-participation", "suspended-membership", "ended-membership", "body-suspends-member"],
)
def test_a_membership_cut_back_reduces_relations(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Hungary remains opposed to Ukraine's membership of the EU.",
        "Russia's participation in Syria began in 2015.",
        "North Korea's participation in the war against Ukraine alarmed Seoul.",
    ],
    ids=["sought-membership", "state-is-no-body", "war-is-no-body"],
)
def test_a_membership_alone_asserts_nothing(extractor: Extractor, text: str) -> None:
    got = [r for r in found(extractor, text) if r.relation == "membership"]
    assert got == []


def test_a_membership_of_a_body_on_a_hand_parse(rules: Rules) -> None:
    cut = parsed("Mali suspended its membership of ECOWAS", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT poss dobj prep pobj", "PROPN VERB PRON NOUN ADP PROPN",
                 "Mali suspend its membership of ECOWAS", {0: "MLI", 5: "IGOWAFBUSWAS"})  # fmt: skip
    held = parsed("Mali valued its membership of ECOWAS", [1, 1, 3, 1, 3, 4],
                  "nsubj ROOT poss dobj prep pobj", "PROPN VERB PRON NOUN ADP PROPN",
                  "Mali value its membership of ECOWAS", {0: "MLI", 5: "IGOWAFBUSWAS"})  # fmt: skip
    kinds = {
        "MLI": {"id": "MLI", "label": "Mali", "type": "state", "code": "MLI", "country": "MLI"},
        "IGOWAFBUSWAS": {"id": "IGOWAFBUSWAS", "label": "ECOWAS", "type": "igo", "code": "IGOWAFBUSWAS"},
    }
    for doc in (cut, held):
        doc.user_data[ACTORS_KEY] = kinds
    assert ("MLI", "IGOWAFBUSWAS", "161") in coded(rules, cut)
    assert not {c for c in coded(rules, held) if c[2] == "050"}


# --- a relational object keeps its own "with" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Argentina's president refused to attend the summit in Brazil, citing a dispute with Lula.",
            ("ARG", "BRA"),
        ),
        ("Serbia's president, citing tensions with Kosovo, cancelled his trip.", ("SRB", "KSV")),
        ("The minister mentioned the rivalry with Beijing in his speech.", (None, "CHN")),
    ],
    ids=["citing-dispute", "citing-tensions", "mentioned-rivalry"],
)
def test_a_relational_objects_with_is_no_addressee(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    """ "citing a *dispute with* Lula" consults no one: the "with" is the noun's (CAMEO 040 is not coded)."""
    got = [r for r in found(extractor, text) if r.cameo.startswith("04") and r.target.country == pair[1]]
    assert got == []


# --- a relationship brought to a level; one enjoyed ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("India's relationship with Canada hit a new low after the killing.", ("IND", "CAN"), "110"),
        ("Relations between Poland and Belarus reached their lowest point.", ("POL", "BLR"), "110"),
        ("Relations between Hanoi and Washington reached a historic high.", ("VNM", "USA"), "050"),
        ("Ties between Turkey and Egypt returned to normal in 2023.", ("TUR", "EGY"), "050"),
        ("Brazil has long enjoyed warm relations with Portugal.", ("BRA", "PRT"), "050"),
        ("Kazakhstan enjoys close ties with Beijing.", ("KAZ", "CHN"), "050"),
        ("Armenia has enjoyed strained relations with Turkey for decades.", ("ARM", "TUR"), "110"),
    ],
    ids=["hit-low", "lowest-point", "historic-high", "returned-to-normal", "enjoyed-warm", "enjoys-close",
         "enjoyed-strained"],
)  # fmt: skip
def test_a_relationship_has_the_level_or_tone_the_sentence_gives(
    extractor: Extractor, text: str, pair: tuple[str, str], code: str
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*pair, code) in got, got


# --- a summons' purpose is aimed at whom it summons; a state's protest is an official complaint -----


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iraq's government summoned the Turkish ambassador to protest the air strikes in the north.",
         ("IRQ", "TUR")),
        ("Poland summoned Russia's ambassador to protest the missile incursion.", ("POL", "RUS")),
        ("Ghana summoned the Nigerian envoy to complain about the attacks on traders.", ("GHA", "NGA")),
    ],
    ids=["iraq-turkey", "poland-russia", "ghana-nigeria-complain"],
)  # fmt: skip
def test_a_summons_purpose_is_aimed_at_whom_it_summons(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    """The summoner's complaint (CAMEO 11x) is aimed at the envoy, not only its consultation (040)."""
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (*pair, "11") in got, got


def test_a_summons_purpose_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad summoned the envoy to protest the raid", [1, 1, 3, 1, 5, 1, 7, 5],
                 "nsubj ROOT det dobj aux advcl det dobj", "PROPN VERB DET NOUN PART VERB DET NOUN",
                 "Chad summon the envoy to protest the raid", {0: "TCD", 3: "SDNGOV"})  # fmt: skip
    means = parsed("Chad used the envoy to protest the raid", [1, 1, 3, 1, 5, 1, 7, 5],
                   "nsubj ROOT det dobj aux advcl det dobj", "PROPN VERB DET NOUN PART VERB DET NOUN",
                   "Chad use the envoy to protest the raid", {0: "TCD", 3: "SDNGOV"})  # fmt: skip
    assert ("TCD", "SDNGOV") in {(s, t) for s, t, code in coded(rules, doc) if code[:2] == "14"}
    assert not {(s, t) for s, t, code in coded(rules, means) if code[:2] == "14"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of Iranians protested outside the British embassy in Tehran.", ("IRNPPL", "14")),
        ("Students protested against the Chinese consulate in Toronto.", ("CANEDU", "14")),
        ("Algeria recalled its ambassador to France in protest at Paris's stance.", ("DZA", "114")),
    ],
    ids=["people-demonstrate", "students-demonstrate", "state-complains"],
)  # fmt: skip
def test_who_protests_decides_dissent_or_complaint(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    source, code = expected
    got = {(r.source.code, r.cameo) for r in found(extractor, text)}
    assert any(s == source and c.startswith(code) for s, c in got), got


# --- handing someone over cooperates with whom they are handed to ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Germany extradited a suspected Russian spy to the United States.", ("DEU", "USA")),
        ("Spain extradited a Russian businessman to the United States on fraud charges.", ("ESP", "USA")),
        ("Lebanon handed over a Syrian army officer to Jordan.", ("LBN", "JOR")),
    ],
    ids=["spy", "businessman", "officer"],
)
def test_handing_someone_over_cooperates_with_the_receiver(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text) if r.cameo[:2] == "06"}
    assert got == {pair}, found(extractor, text)


def test_handing_over_hostages_acts_on_them(extractor: Extractor) -> None:
    got = found(extractor, "Hamas handed over dozens of Israeli hostages to the Red Cross.")
    assert {r.target.code for r in got} == {"ISRCVL"}, got


def test_handing_over_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad extradited a Sudanese officer to Egypt", [1, 1, 4, 4, 1, 1, 5],
                 "nsubj ROOT det amod dobj prep pobj", "PROPN VERB DET ADJ NOUN ADP PROPN",
                 "Chad extradite a sudanese officer to Egypt", {0: "TCD", 4: "SDNMIL", 6: "EGY"})  # fmt: skip
    assert ("TCD", "EGY", "063") in coded(rules, doc)


# --- verbs whose "in" is acted on; a mediator stepping into a dispute; adverbs the dictionary names --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar invested $2 billion in Egypt.", ("QAT", "EGY", "061")),
        ("China invested heavily in Zambia's copper mines.", ("CHN", "ZMB", "061")),
        ("Turkey intervened militarily in Libya.", ("TUR", "LBY", "190")),
        ("Qatar intervened in the dispute between Ethiopia and Eritrea.", ("QAT", "ERI", "045")),
    ],
    ids=["invested-in", "invested-in-owned", "intervened-militarily", "intervened-in-dispute"],
)
def test_what_in_names_for_verbs_acting_in(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert expected in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces attacked a convoy in Ukraine.",  # "in" stays the place of an act
        "Rwanda intervened in Congo in 1996.",  # no aid (the dictionary's default, 070)
    ],
)
def test_in_stays_a_place_for_other_verbs(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo[:2] == "07"], found(extractor, text)


def test_a_manner_adverb_the_dictionary_names_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad intervened militarily in Libya", [1, 1, 1, 1, 3], "nsubj ROOT advmod prep pobj",
                 "PROPN VERB ADV ADP PROPN", "Chad intervene militarily in Libya",
                 {0: "TCD", 4: "LBY"})  # fmt: skip
    assert ("TCD", "LBY", "190") in coded(rules, doc)


# --- who undergoes what a noun names: "faces EU sanctions", "under US sanctions" -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia faces new EU sanctions over the war.", ("IGOEUREEC", "RUS", "163")),
        ("Iran has been under US sanctions for decades.", ("USA", "IRN", "163")),
        ("Cuba has been subject to a United States embargo since 1962.", ("USA", "CUB", "163")),
        ("North Korea is subject to UN sanctions.", ("IGOUNO", "PRK", "163")),
        ("Hamas is under pressure from Egypt to accept the deal.", ("EGY", "PSEREBHMS", "170")),
        ("Ukraine has been under Russian attack since 2022.", ("RUS", "UKR", "190")),
    ],
    ids=["faces", "under", "subject-to", "subject-to-igo", "under-pressure-from", "under-attack"],
)
def test_who_undergoes_an_act_is_its_target(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert expected in got, got


def test_facing_is_no_meeting(extractor: Extractor) -> None:
    assert not [r for r in found(extractor, "Russia faces new EU sanctions.") if r.cameo[:2] == "04"]


def test_who_undergoes_an_act_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Mali faces ECOWAS sanctions", [1, 1, 3, 1], "nsubj ROOT compound dobj",
                 "PROPN VERB PROPN NOUN", "Mali face ECOWAS sanction",
                 {0: "MLI", 2: "IGOWAFBUSWAS"})  # fmt: skip
    under = parsed("Mali is under ECOWAS sanctions", [1, 1, 1, 4, 2], "nsubj ROOT prep compound pobj",
                   "PROPN AUX ADP PROPN NOUN", "Mali be under ECOWAS sanction",
                   {0: "MLI", 3: "IGOWAFBUSWAS"})  # fmt: skip
    assert ("IGOWAFBUSWAS", "MLI", "163") in coded(rules, doc)
    assert ("IGOWAFBUSWAS", "MLI", "163") in coded(rules, under)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan received Chinese loans worth $4 billion last year.", ("CHN", "PAK", "071")),
        ("Ukraine depends on American military aid to hold the front.", ("USA", "UKR", "072")),
        ("Cuba has long relied on Venezuelan oil shipments.", ("VEN", "CUB", "061")),
        ("Lebanon secured Qatari support for its army.", ("QAT", "LBN", "050")),
    ],
    ids=["received", "depends-on", "relied-on", "secured"],
)
def test_who_receives_or_relies_on_what_a_noun_names_is_its_target(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert expected in got, got


def test_who_relies_on_aid_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Mali relies on French aid", [1, 1, 1, 4, 2], "nsubj ROOT prep amod pobj",
                 "PROPN VERB ADP ADJ NOUN", "Mali rely on french aid", {0: "MLI", 3: "FRA"})  # fmt: skip
    assert ("FRA", "MLI", "070") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("India and Nepal share an open border and deep cultural ties.", "050"),
        ("France and Germany have a common currency and a strong partnership.", "050"),
        ("India and China share a disputed border and a bitter rivalry.", "110"),
    ],
    ids=["ties", "partnership", "rivalry"],
)
def test_a_coordinated_relationship_is_held_by_the_subjects(
    extractor: Extractor, text: str, code: str
) -> None:
    """ "share an open border *and deep ties*": the second object is held as the first is."""
    got = {r.cameo for r in found(extractor, text)}
    assert code in got, found(extractor, text)


# --- "shot dead" is an act, not a judgement -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("At least 12 protesters were shot dead by security forces in Khartoum.", ("SDNCOP", "SDNOPP")),
        ("Police shot dead two protesters in Nairobi.", ("KENCOP", "KENOPP")),
        ("Gunmen shot dead a village chief in Zamfara.", ("UAF", "NGAGOV")),
    ],
    ids=["passive", "active", "gunmen"],
)
def test_an_act_that_left_someone_dead_is_coded(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text) if r.cameo[:2] in {"18", "19"}}
    assert pair in got, found(extractor, text)


def test_a_resultative_is_no_judgement_on_a_hand_parse() -> None:
    shot = parsed("police shot protesters dead", [1, 1, 1, 1], "nsubj ROOT dobj oprd", "NOUN VERB NOUN ADJ",
                  "police shoot protester dead", {})  # fmt: skip
    called = parsed("Chad called the vote illegal", [1, 1, 3, 1, 1], "nsubj ROOT det dobj oprd",
                    "PROPN VERB DET NOUN ADJ", "Chad call the vote illegal", {})  # fmt: skip
    assert (syntax.is_judgement(shot[1]), syntax.is_judgement(called[1])) == (False, True)


def test_only_a_protest_by_a_state_is_an_official_complaint(extractor: Extractor) -> None:
    """A state that stages rallies keeps the dictionary's demonstration (141); only its protest complains."""
    rallies = {r.cameo for r in found(extractor, "Iran staged rallies against the United States.")}
    protested = found(extractor, "Algeria recalled its ambassador to France in protest at Paris's stance.")
    assert "141" in rallies and "114" not in rallies
    assert "114" in {r.cameo for r in protested}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan lodged a protest with China over the detention of a Japanese businessman.", ("JPN", "CHN")),
        ("Seoul lodged a formal protest with Tokyo over the new history textbooks.", ("KOR", "JPN")),
        (
            "Nigeria's foreign ministry lodged a protest with Ghana after the raid on its embassy.",
            ("NGA", "GHA"),
        ),
    ],
)
def test_a_protest_a_state_lodges_is_an_official_complaint(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    """The dictionary codes "lodge a protest" as disapproval (110); lodged by a state it complains."""
    got = {(str(r.source.code)[:3], str(r.target.code)[:3], r.cameo) for r in found(extractor, text)}
    assert (*pair, "114") in got, got


def test_a_lodged_protest_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad lodged a protest with Sudan", [1, 1, 3, 1, 1, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chad lodge a protest with Sudan",
                 {0: "TCD", 5: "SDN"})  # fmt: skip
    states = {
        code: Actor(id=code, label=code, type="state", code=code, country=code) for code in ("TCD", "SDN")
    }
    index = ActorIndex(doc, states)
    assert ("TCD", "SDN", "114") in {(c.source.label_, c.target.label_, c.code.code)
                                     for c in rules.candidates(doc[:], index)}  # fmt: skip


# --- what is weighed is not done ------------------------------------------------------------


def test_event_coding_a_weighed_act_is_intended_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Kenya is weighing a trade deal with Ethiopia", [2, 2, 2, 5, 5, 2, 5, 6],
                 "nsubj aux ROOT det compound dobj prep pobj", "PROPN AUX VERB DET NOUN NOUN ADP PROPN",
                 "Kenya be weigh a trade deal with Ethiopia", {0: "KEN", 7: "ETH"})  # fmt: skip
    got = coded(rules, doc)
    assert ("KEN", "ETH", "057") not in got and {code for *_, code in got} & {"030", "0311"}, got


@pytest.mark.parametrize(
    ("text", "absent", "expected"),
    [
        # the sanctions are not imposed: the dictionary's threat of them stands alone
        ("Washington is considering sanctions against Georgian officials.", "163", "1312"),
        # the dictionary codes weighing itself: considering a policy option (014)
        ("Canada is weighing new sanctions on Iranian officials over the crackdown.", "163", "014"),
        ("Kenya is mulling a trade deal with Ethiopia.", "057", "030"),
        ("Egypt is considering cutting ties with Israel.", "160", "131"),
        ("Britain and France are considering sending troops to Ukraine.", "062", "0312"),
    ],
)
def test_event_coding_a_weighed_act_is_intended(
    extractor: Extractor, text: str, absent: str, expected: str
) -> None:
    got = {r.cameo for r in found(extractor, text) if r.modality != "negated"}
    assert expected in got and absent not in got, found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel is considering a French proposal for a ceasefire with Hezbollah.", ("FRA", "ISR")),
        ("The Kremlin is weighing a request from Minsk for more loans.", ("BLR", "RUS")),
        ("Kyiv is considering a Turkish proposal for a grain deal with Russia.", ("TUR", "UKR")),
    ],
)
def test_event_coding_someone_else_s_proposal_weighed_was_made(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    # whoever weighs it, the proposal is its maker's own act, as the noun codes it
    made = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert made and not [r for r in made if r.cameo.startswith("03")], found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran pledged its commitment to Syria.",
        "Turkey offered a pledge to Azerbaijan.",
        "Cuba promised a commitment to Venezuela.",
    ],
)
def test_event_coding_an_intent_offered_stays_an_intent(extractor: Extractor, text: str) -> None:
    # an intent named by a noun under a verb of intent is kept as it is (it once failed on the keep)
    got = found(extractor, text)
    assert got and all(r.cameo.startswith("03") for r in got), got


def test_event_coding_an_assessment_whose_object_the_parser_took_for_a_clause(rules: Rules) -> None:
    doc = parsed("Japan considered Chinese investment a threat", [1, 1, 3, 1, 5, 1],
                 "nsubj ROOT amod ccomp det oprd", "PROPN VERB ADJ NOUN DET NOUN",
                 "Japan consider chinese investment a threat", {0: "JPN", 2: "CHN"})  # fmt: skip
    assert ("JPN", "CHN", "110") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Iran threatened to close the Strait of Hormuz if the United States imposed new sanctions.",
            ("IRN", "USA"),
        ),
        ("Hamas threatened to kill the hostages if Israel continued its bombardment.", ("PSE", "ISR")),
        ("Turkey threatened to launch an offensive if the Kurdish militia did not withdraw.", ("TUR", None)),
    ],
)
def test_event_coding_a_condition_on_the_threatened_act_names_whom_it_is_aimed_at(
    extractor: Extractor, text: str, pair: tuple[str, str | None]
) -> None:
    got = [r for r in found(extractor, text) if r.cameo.startswith("13")]
    assert pair in {(r.source.country, r.target.country) for r in got} or (
        pair[1] is None and any(r.target.text.endswith("militia") for r in got)
    ), got


def test_event_coding_a_condition_on_the_threatened_act_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Iran threatened to close the strait if Oman objected", [1, 1, 3, 1, 5, 3, 8, 8, 3],
                 "nsubj ROOT aux xcomp det dobj mark nsubj advcl",
                 "PROPN VERB PART VERB DET NOUN SCONJ PROPN VERB",
                 "Iran threaten to close the strait if Oman object", {0: "IRN", 7: "OMN"})  # fmt: skip
    assert {code for source, target, code in coded(rules, doc) if (source, target) == ("IRN", "OMN")} == {
        "130"
    }


# --- another's act named as a fact is outside the verb's negation ---------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("China did not condemn Russia's invasion of Ukraine.", ("RUS", "UKR"), "192"),
        ("India has refused to condemn Russia's invasion of Ukraine.", ("RUS", "UKR"), "192"),
        ("Germany has not commented on Israel's strikes on Gaza.", ("ISR", "PSE"), "190"),
        ("Egypt did not accept Ethiopia's offer of talks on the dam.", ("ETH", "EGY"), "030"),
    ],
)
def test_event_coding_another_s_act_named_as_a_fact_stands(
    extractor: Extractor, text: str, pair: tuple[str, str], code: str
) -> None:
    got = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert [(r.cameo, r.modality) for r in got] == [(code, "asserted")], found(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # an act not yet known ("an", no owner) is what the warning is about: not a fact
        ("Jordan warned against an Israeli offensive on Rafah.", ("ISR", "PSE")),
        ("Berlin warned against a Russian attack on the Baltic states.", ("RUS", None)),
        # one's own act stays in the verb's scope
        ("Israel did not confirm its strikes on Iran.", ("ISR", "IRN")),
    ],
)
def test_event_coding_an_unknown_or_own_act_takes_the_verb_s_modality(
    extractor: Extractor, text: str, pair: tuple[str, str | None]
) -> None:
    got = [r for r in found(extractor, text) if r.source.country == pair[0]]
    assert got and all(r.modality != "asserted" for r in got if pair[1] in {None, r.target.country}), got


def test_event_coding_another_s_act_named_as_a_fact_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile did not condemn Peru 's raid on Bolivia", [3, 3, 3, 3, 6, 4, 3, 6, 7],
                 "nsubj aux neg ROOT poss case dobj prep pobj",
                 "PROPN AUX PART VERB PROPN PART NOUN ADP PROPN",
                 "Chile do not condemn Peru 's raid on Bolivia", {0: "CHL", 4: "PER", 8: "BOL"})  # fmt: skip
    candidates = rules.candidates(doc[:], ActorIndex(doc))
    raid = [c for c in candidates if (c.source.label_, c.target.label_) == ("PER", "BOL")]
    assert raid and all(c.presupposed for c in raid), candidates
    assert modality_of(raid[0].trigger, raid[0].clause, raid[0].presupposed) == "asserted"
    assert modality_of(raid[0].trigger, raid[0].clause) == "negated"  # as the verb's own act would be


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Myanmar military aircraft bombed a camp for displaced people in Kachin state.", "195"),
        ("Israeli jets bombed a school for displaced families in Gaza City.", "195"),
        ("Russian missiles hit a shelter for refugees in Kharkiv.", "190"),
    ],
)
def test_event_coding_for_people_names_whom_a_thing_is_for(
    extractor: Extractor, text: str, code: str
) -> None:
    # not the dictionary's "bomb ... for" (criticise for), which a reason after the object reads
    got = {r.cameo[:2] for r in found(extractor, text)}
    assert "11" not in got and code[:2] in got, found(extractor, text)


def test_event_coding_for_people_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad bombed a camp for refugees in Niger", [1, 1, 3, 1, 3, 4, 1, 6],
                 "nsubj ROOT det dobj prep pobj prep pobj", "PROPN VERB DET NOUN ADP NOUN ADP PROPN",
                 "Chad bomb a camp for refugee in Niger", {0: "TCD", 7: "NER"})  # fmt: skip
    assert {code[:2] for *_, code in coded(rules, doc)} == {"19"}
    # a reason hung on an actor object is still the verb's: "blasted Niger for hosting …"
    doc = parsed("Chad blasted Niger for hosting rebels", [1, 1, 1, 2, 3, 4],
                 "nsubj ROOT dobj prep pcomp dobj", "PROPN VERB PROPN ADP VERB NOUN",
                 "Chad blast Niger for host rebel", {0: "TCD", 2: "NER"})  # fmt: skip
    assert ("TCD", "NER", "111") in coded(rules, doc)


# -- the author of an object, named by a participle's "by" ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sudan's army chief rejected a ceasefire proposal put forward by Kenya.", ("SDN", "KEN", "12")),
        ("Moscow condemned the sanctions imposed by the European Union.", ("RUS", "None", "11")),
        ("Venezuela denounced the report published by the UN human rights office.", ("VEN", "None", "11")),
        ("Iran criticised the resolution sponsored by Britain, France and Germany.", ("IRN", "DEU", "11")),
        ("Washington praised the reforms introduced by the Saudi government.", ("USA", "SAU", "05")),
    ],
    ids=["proposal-kenya", "sanctions-eu", "report-un", "resolution-e3", "reforms-saudi"],
)
def test_event_coding_a_participle_names_the_author_of_the_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """What is rejected, condemned or praised is its author's, as "calls *by* Annan" are his."""
    source, target, root = expected
    got = {(str(r.source.country), str(r.target.country), r.cameo[:2]) for r in found(extractor, text)}
    assert (source, target, root) in got, found(extractor, text)


def test_event_coding_a_broker_is_not_the_author_of_a_two_sided_event(extractor: Extractor) -> None:
    """A ceasefire brokered by Qatar is the parties': agreeing to it or welcoming it acts on no broker."""
    for text in (
        "Israel and Hezbollah agreed to a ceasefire brokered by the United States and France.",
        "The UN welcomed the ceasefire brokered by Qatar and Egypt.",
    ):
        brokers = {"USA", "FRA", "QAT", "EGY"}
        assert not [r for r in found(extractor, text) if r.target.country in brokers], found(extractor, text)


def test_event_coding_a_participle_author_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile rejected a plan drafted by Peru", [1, 1, 3, 1, 3, 4, 5],
                 "nsubj ROOT det dobj acl agent pobj", "PROPN VERB DET NOUN VERB ADP PROPN",
                 "Chile reject a plan draft by Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "PER")}
    doc = parsed("Chile rejected a truce brokered by Peru", [1, 1, 3, 1, 3, 4, 5],
                 "nsubj ROOT det dobj acl agent pobj", "PROPN VERB DET NOUN VERB ADP PROPN",
                 "Chile reject a truce broker by Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER") not in {(s, t) for s, t, _ in coded(rules, doc)}


# -- an act whose object is "no" such thing did not happen -------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Taliban have offered no assurances to Pakistan over militant attacks.", ("AFG", "PAK")),
        ("China offered no military support to Russia, US officials said.", ("CHN", "RUS")),
        ("The United States gave no guarantees to Ukraine.", ("USA", "UKR")),
        ("Russia sent no troops to Syria last year.", ("RUS", "SYR")),
    ],
    ids=["assurances-taliban", "support-china", "guarantees-us", "troops-russia"],
)
def test_event_coding_an_object_of_no_kind_negates_the_act(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert got and {r.modality for r in got} == {"negated"}, found(extractor, text)


def test_event_coding_an_object_of_no_kind_on_a_hand_parse() -> None:
    doc = parsed("Chad sent no troops to Niger", [1, 1, 3, 1, 1, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chad send no troop to Niger",
                 {0: "TCD", 5: "NER"})  # fmt: skip
    assert modality_of(doc[1]) == "negated"
    # "no fewer than 20 soldiers" counts soldiers: the act happened
    doc = parsed("Chad killed no fewer than 20 soldiers", [1, 1, 4, 4, 5, 6, 1],
                 "nsubj ROOT quantmod amod quantmod nummod dobj", "PROPN VERB DET ADJ ADP NUM NOUN",
                 "Chad kill no few than 20 soldier", {0: "TCD"})  # fmt: skip
    assert modality_of(doc[1]) == "asserted"


# -- lobbying someone is an appeal to them -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("France is lobbying Germany to back a joint defence fund.", ("FRA", "DEU"), "020"),
        ("Taiwan lobbied Washington to sell it more fighter jets.", ("TWN", "USA"), "020"),
        ("Ukraine lobbied Germany for Taurus missiles.", ("UKR", "DEU"), "0232"),
    ],
    ids=["france-germany", "taiwan-us", "ukraine-germany"],
)
def test_event_coding_lobbying_is_an_appeal(
    extractor: Extractor, text: str, pair: tuple[str, str], code: str
) -> None:
    """CAMEO 020, as "lobbied for" is, or the appeal of the kind of goods lobbied for (0232, words.yaml
    ``goods_in_kind``); what is lobbied for has not happened."""
    got = found(extractor, text)
    assert any((r.source.country, r.target.country, r.cameo) == (*pair, code) for r in got), got
    assert all(r.modality != "asserted" or r.cameo[:2] == "02" for r in got), got


# -- "all parties to the conflict" take part in it; their caller does not ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "New Zealand calls on all parties to the conflict in Yemen to respect humanitarian law.",
        "Norway urged the parties to the war in Sudan to protect civilians.",
        "Qatar called on the signatories to the ceasefire agreement to honour it.",
    ],
    ids=["parties-yemen", "parties-sudan", "signatories-accord"],
)
def test_event_coding_the_event_parties_take_part_in_is_not_the_callers(
    extractor: Extractor, text: str
) -> None:
    got = found(extractor, text)
    assert not [r for r in got if r.cameo[:2] in {"19", "08", "05", "06"}], got


def test_event_coding_parties_to_an_event_on_a_hand_parse(rules: Rules) -> None:
    # the parser's reading: "to the conflict" hung on the verb
    doc = parsed("Chile called on parties to the conflict", [1, 1, 1, 2, 1, 6, 4],
                 "nsubj ROOT prep pobj prep det pobj", "PROPN VERB ADP NOUN ADP DET NOUN",
                 "Chile call on party to the conflict", {0: "CHL", 3: "PTY"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PTY", "020")}


# -- a deed's "of" names its doer ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States strongly supports the efforts of the African Union in Ethiopia.",
            ("USA", None, "05"),
        ),
        ("Kenya praised the role of Qatar in the Gaza negotiations.", ("KEN", "QAT", "05")),
        (
            "The Arab League criticised the policies of Israel in the occupied territories.",
            (None, "ISR", "11"),
        ),
        ("Moscow condemned the conduct of Ukrainian forces in Kursk.", ("RUS", "UKR", "11")),
        ("Beijing expressed support for the efforts of Pakistan to fight terrorism.", ("CHN", "PAK", "05")),
    ],
    ids=["efforts-au", "role-qatar", "policies-israel", "conduct-ukraine", "support-for-efforts"],
)
def test_event_coding_a_deed_stands_for_its_doer(
    extractor: Extractor, text: str, expected: tuple[str | None, str | None, str]
) -> None:
    source, target, root = expected
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (source, target, root) in got, found(extractor, text)


def test_event_coding_a_deed_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile praised the role of Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chile praise the role of Peru",
                 {0: "CHL", 5: "PER"})  # fmt: skip
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "PER")}


# -- what a passive verb's agent says shaped a relationship gives its class ----------------------
@pytest.mark.parametrize(
    ("text", "pair", "quads"),
    [
        ("Bilateral relations between Chile and Argentina have been shaped by a long border dispute.",
         ("CHL", "ARG"), {3}),
        ("Relations between Algeria and Morocco have been shaped by decades of hostility.",
         ("DZA", "MAR"), {3}),
        ("Ties between Greece and Turkey have been defined by rivalry over Cyprus.", ("GRC", "TUR"), {3}),
        ("Relations between Japan and Australia have been shaped by close security cooperation.",
         ("JPN", "AUS"), {1}),
        ("Ties between Egypt and Saudi Arabia were severed by Cairo in 1979.", ("EGY", "SAU"), {3, 4}),
    ],
    ids=["dispute-chile", "hostility-algeria", "rivalry-greece", "cooperation-japan", "severed-by-actor"],
)  # fmt: skip
def test_event_coding_the_cause_of_a_relationship_gives_its_class(
    extractor: Extractor, text: str, pair: tuple[str, str], quads: set[int]
) -> None:
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == set(pair)]
    assert got and {r.quad_class for r in got} <= quads, got


def test_event_coding_the_cause_of_a_relationship_on_a_hand_parse() -> None:
    doc = parsed("relations were shaped by decades of hostility", [2, 2, 2, 2, 3, 4, 5],
                 "nsubjpass auxpass ROOT agent pobj prep pobj", "NOUN AUX VERB ADP NOUN ADP NOUN",
                 "relation be shape by decade of hostility", {})  # fmt: skip
    assert Character.load().cause(doc[0]) == "conflict"
    doc = parsed("relations were severed by Chile", [2, 2, 2, 2, 3], "nsubjpass auxpass ROOT agent pobj",
                 "NOUN AUX VERB ADP PROPN", "relation be sever by Chile", {})  # fmt: skip
    assert Character.load().cause(doc[0]) is None


# -- the act a vowed revenge answers is another's ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "avenger"),
    [
        ("Iran's supreme leader vowed revenge on Israel for the killing of Ismail Haniyeh in Tehran.", "IRN"),
        ("Tehran vowed revenge on Washington for the killing of Qassem Soleimani.", "IRN"),
        ("The Houthis vowed revenge on the United States for the bombing of Sanaa.", "YEM"),
    ],
    ids=["haniyeh", "soleimani", "sanaa"],
)
def test_event_coding_the_act_revenge_answers_is_anothers(
    extractor: Extractor, text: str, avenger: str
) -> None:
    got = found(extractor, text)
    assert any(r.source.country == avenger and r.cameo[:2] == "13" for r in got), got
    assert not [r for r in got if r.source.country == avenger and r.cameo[:2] in {"18", "19", "20"}], got


def test_event_coding_revenge_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile vowed revenge for the killing of Peru", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                 "Chile vow revenge for the killing of Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert not [(s, t, c) for s, t, c in coded(rules, doc) if s == "CHL" and c[:2] == "18"]


# -- a commitment, determination or resolve to act is an intent ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The UK reiterated its commitment to defeating ISIS.", ("GBR", "IMGMUSISI", "138")),
        ("Japan reaffirmed its commitment to defending Taiwan.", ("JPN", "TWN", "0334")),
        ("Nigeria restated its resolve to crush Boko Haram.", ("NGA", "NGAREB", "138")),
        (
            "Kenya and Somalia renewed their shared commitment to combating al-Shabaab.",
            ("KEN", "SOMREB", "138"),
        ),
    ],
    ids=["commitment-isis", "commitment-taiwan", "resolve-boko-haram", "shared-commitment"],
)
def test_event_coding_a_commitment_to_act_is_an_intent(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = {(str(r.source.country), str(r.target.code), r.cameo) for r in found(extractor, text)}
    assert expected in got, found(extractor, text)


def test_event_coding_a_commitment_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile reaffirmed its commitment to fighting Peru", [1, 1, 3, 1, 3, 4, 5],
                 "nsubj ROOT poss dobj prep pcomp dobj", "PROPN VERB PRON NOUN ADP VERB PROPN",
                 "Chile reaffirm its commitment to fight Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER", "138") in coded(rules, doc)


# -- an annexation is the annexing state's act on the one whose land it takes --------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The UN General Assembly condemned Russia's annexation of four Ukrainian regions.", ("RUS", "UKR")),
        ("Washington condemned the annexation of Crimea by Russia.", ("RUS", "UKR")),
        ("Syria denounced Israel's annexation of the Golan Heights.", ("ISR", "SYR")),
    ],
    ids=["russia-regions", "crimea-by-russia", "israel-golan"],
)
def test_event_coding_an_annexation_is_a_seizure(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*pair, "171") in got, found(extractor, text)
    # the one condemning it acts on the annexer, not on its victim
    assert not [r for r in found(extractor, text) if r.cameo[:2] == "11" and r.target.country == pair[1]]


# -- cutting help reaches its recipient, not its giver -------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hungary vetoed EU aid for Ukraine in December.", ("HUN", "UKR")),
        ("Washington suspended military aid for Egypt.", ("USA", "EGY")),
        ("The IMF froze its loans to Sri Lanka.", (None, "LKA")),
    ],
    ids=["veto-eu-aid", "suspend-aid-for", "freeze-loans"],
)
def test_event_coding_cut_help_reaches_its_recipient(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text) if r.cameo[:2] == "16"}
    assert got == {pair}, found(extractor, text)


def test_event_coding_cut_help_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile vetoed EU aid for Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT compound dobj prep pobj",
                 "PROPN VERB PROPN NOUN ADP PROPN", "Chile veto EU aid for Peru",
                 {0: "CHL", 2: "IGOEUREEC", 5: "PER"})  # fmt: skip
    assert {(s, t) for s, t, c in coded(rules, doc) if c[:2] == "16"} == {("CHL", "PER")}


# -- what an appeal takes as its object has not happened ----------------------------------------
@pytest.mark.parametrize(
    ("text", "asked", "appeal"),
    [
        ("Thousands of Israelis marched in Tel Aviv to demand a hostage deal with Hamas.", "05", "10"),
        ("Haiti's transitional council requested help from Kenya in restoring order.", "07", "02"),
        ("The opposition demanded talks with the government.", "04", "10"),
    ],
    ids=["demand-deal", "request-help", "demand-talks"],
)
def test_event_coding_what_an_appeal_asks_for_is_not_done(
    extractor: Extractor, text: str, asked: str, appeal: str
) -> None:
    got = found(extractor, text)
    assert any(r.cameo[:2] == appeal for r in got), got
    assert not [r for r in got if r.cameo[:2] == asked and r.modality == "asserted"], got


def test_event_coding_an_appeals_object_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile demanded a deal with Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chile demand a deal with Peru",
                 {0: "CHL", 5: "PER"})  # fmt: skip
    assert {c[:2] for *_, c in coded(rules, doc)} <= {"10"}


# -- casualties of an attack from a place, in an attack by someone, by a weapon fired from a place -
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Three Pakistani soldiers were killed in a cross-border attack from Afghanistan.", ("AFG", "PAK")),
        ("Two Israeli soldiers were wounded in a rocket attack from Lebanon.", ("LBN", "ISR")),
        ("Two Israeli civilians were wounded in a rocket attack by Hezbollah.", ("LBN", "ISR")),
        ("Two Israeli civilians were wounded by rockets fired from Lebanon.", ("LBN", "ISR")),
        ("A Saudi border guard was killed by a drone launched from Yemen.", ("YEM", "SAU")),
    ],
    ids=["attack-from-afghanistan", "wounded-attack-from", "wounded-attack-by", "rockets-from", "drone-from"],
)
def test_event_coding_casualties_of_an_attack_from_somewhere(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 4) in got, found(extractor, text)


def test_event_coding_casualties_of_an_attack_from_somewhere_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("soldiers were wounded in an attack by Chile", [2, 2, 2, 2, 5, 3, 5, 6],
                 "nsubjpass auxpass ROOT prep det pobj prep pobj", "NOUN AUX VERB ADP DET NOUN ADP PROPN",
                 "soldier be wound in an attack by Chile", {0: "PERMIL", 7: "CHL"})  # fmt: skip
    assert ("CHL", "PERMIL") in {(s, t) for s, t, _ in coded(rules, doc)}
    doc = parsed("soldiers were killed in an attack from Chile", [2, 2, 2, 2, 5, 3, 5, 6],
                 "nsubjpass auxpass ROOT prep det pobj prep pobj", "NOUN AUX VERB ADP DET NOUN ADP PROPN",
                 "soldier be kill in an attack from Chile", {0: "PERMIL", 7: "CHL"})  # fmt: skip
    assert ("CHL", "PERMIL") in {(s, t) for s, t, _ in coded(rules, doc)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Five Nigerian soldiers were wounded in an ambush by Boko Haram.", ("NGAREB", "NGAMIL")),
        ("A Taliban ambush on a police convoy killed nine officers in Kunduz.", ("AFGREB", "AFGCOP")),
        ("Al-Shabaab fighters staged an ambush against Kenyan troops near Lamu.", ("SOMREB", "KENMIL")),
        ("Israel's onslaught on Gaza has killed thousands of Palestinians.", ("ISR", "PSEGZA")),
    ],
    ids=["ambush-by", "ambush-on", "ambush-against", "onslaught-on"],
)
def test_event_coding_an_ambush_is_force(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code, r.quad_class) for r in found(extractor, text)}
    assert (*pair, 4) in got, found(extractor, text)


# -- training someone's forces is military aid ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Iran trained Shiite militias in Iraq.", ("IRN", "IRQ")),
        ("Britain trains Ukrainian soldiers on Salisbury Plain.", ("GBR", "UKR")),
        ("Turkey trained Somali police officers in Mogadishu.", ("TUR", "SOM")),
    ],
    ids=["iran-militias", "britain-soldiers", "turkey-police"],
)
def test_event_coding_training_forces_is_military_aid(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert (*pair, "072") in codes(extractor, text), found(extractor, text)


def test_event_coding_training_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile trained Peruvian troops", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chile train peruvian troop", {0: "CHL", 3: "PERMIL"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PERMIL", "072")}


# -- an act seen as a provocation is its author's, seen with hostility ----------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tokyo sees China's naval drills near Okinawa as a provocation.", ("JPN", "CHN")),
        ("Baku regards France's arms sales to Armenia as a provocation.", ("AZE", "FRA")),
        ("Pyongyang views Seoul's joint exercises with Washington as a provocation.", ("PRK", "KOR")),
    ],
    ids=["tokyo-china", "baku-france", "pyongyang-seoul"],
)
def test_event_coding_seen_as_a_provocation(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "110") in codes(extractor, text), found(extractor, text)


# == a coordination the parser leaves on a noun modifier; an apposition names its head ============


def test_a_modifier_holding_the_and_is_coordinated_on_a_hand_parse(rules: Rules) -> None:
    # "the Turkish Minister" hung on "officials" as a modifier, holding the "and" itself
    doc = parsed("Russia met the Turkish Minister and Iranian officials", [1, 1, 7, 4, 7, 4, 7, 1],
                 "nsubj ROOT det amod nmod cc amod dobj", "PROPN VERB DET ADJ PROPN CCONJ ADJ NOUN",
                 "Russia meet the turkish Minister and iranian official",
                 {0: "RUS", 4: "TURGOV", 7: "IRNGOV"})  # fmt: skip
    assert {(s, t) for s, t, c in coded(rules, doc) if c == "040"} == {("RUS", "TURGOV"), ("RUS", "IRNGOV")}


def test_a_modifier_holding_the_and_inside_is_coordinated_on_a_hand_parse(rules: Rules) -> None:
    # "and" coordinates "Affairs" with "Pakistani", a word that modifies "officials"
    doc = parsed("China met the Minister of Affairs and Pakistani officials", [1, 1, 8, 8, 3, 4, 4, 4, 1],
                 "nsubj ROOT det nmod prep pobj cc conj dobj",
                 "PROPN VERB DET PROPN ADP PROPN CCONJ ADJ NOUN",
                 "China meet the Minister of Affairs and pakistani official",
                 {0: "CHN", 3: "RUSGOV", 8: "PAKGOV"})  # fmt: skip
    assert {(s, t) for s, t, c in coded(rules, doc) if c == "040"} == {("CHN", "RUSGOV"), ("CHN", "PAKGOV")}


def test_a_name_coordinating_nouns_stays_a_modifier_on_a_hand_parse(rules: Rules) -> None:
    # "the Ministry of Trade and Industry officials": one ministry's officials, not two parties
    doc = parsed("Chile met the Ministry of Trade and Industry officials", [1, 1, 8, 8, 3, 4, 5, 5, 1],
                 "nsubj ROOT det nmod prep pobj cc conj dobj",
                 "PROPN VERB DET PROPN ADP PROPN CCONJ PROPN NOUN",
                 "Chile meet the Ministry of Trade and Industry official",
                 {0: "CHL", 3: "PERGOV", 8: "PERGOV2"})  # fmt: skip
    assert ("CHL", "PERGOV") not in {(s, t) for s, t, c in coded(rules, doc)}


def test_an_apposed_name_names_its_head_on_a_hand_parse(rules: Rules) -> None:
    # "hosted the Iraqi Minister Sudani": the person, not the state his title names
    doc = parsed("Turkey hosted the Iraqi Minister Sudani", [1, 1, 4, 4, 1, 4],
                 "nsubj ROOT det amod dobj appos", "PROPN VERB DET ADJ PROPN PROPN",
                 "Turkey host the iraqi Minister Sudani", {0: "TUR", 3: "IRQ", 5: "IRQGOV"})  # fmt: skip
    assert {(s, t) for s, t, c in coded(rules, doc)} == {("TUR", "IRQGOV")}


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Guterres briefed the US Secretary of State and Gulf partners on the ceasefire.", {"USAGOV"}),
        ("Wang Yi met the Russian Minister of Foreign Affairs and Pakistani officials in Beijing.",
         {"RUSGOV", "PAKGOV"}),
        ("Iran hosted the Iraqi Minister of Foreign Affairs and Syrian officials in Tehran.",
         {"IRQGOV", "SYRGOV"}),
    ],
)  # fmt: skip
def test_every_coordinated_party_is_met(extractor: Extractor, text: str, targets: set[str]) -> None:
    got = {r.target.code for r in found(extractor, text) if r.cameo[:2] == "04"}
    assert targets <= got, got


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Erdogan hosted the Iraqi Prime Minister Mohammed Shia al-Sudani and Kurdish leaders in Ankara.",
         "Mohammed Shia al-Sudani"),
        ("Mali ordered the UN peacekeeping mission MINUSMA to leave the country without delay.", "MINUSMA"),
        ("Brazil's president Lula offered to mediate between Russia and Ukraine.", None),
    ],
)  # fmt: skip
def test_an_apposed_name_is_the_party(extractor: Extractor, text: str, target: str | None) -> None:
    rels = found(extractor, text)
    if target is not None:
        assert target in {r.target.text for r in rels}, [(r.source.text, r.target.text) for r in rels]
    else:  # the apposed name is the source: Lula, not Brazil, offers
        assert {r.source.text for r in rels} == {"Lula"}, [(r.source.text, r.target.text) for r in rels]


# == what a group is said to be does what it does; an insurgency; fighting a government ===========


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Boko Haram is a jihadist group that has attacked Nigerian troops.", ("NGAREB", "NGAMIL", "190")),
        ("Al-Shabaab is a militant group that has fought the Somali government since 2006.",
         ("SOMREB", "SOMGOV", "190")),
        ("Boko Haram is a jihadist group based in northeastern Nigeria that has waged an insurgency "
         "against the Nigerian state since 2009.", ("NGAREB", "NGA", "190")),
        ("The Taliban waged an insurgency against the Afghan government.", ("AFGREB", "AFGGOV", "190")),
        ("Maoist rebels led an armed rebellion against the Nepalese monarchy.", ("REB", "NPL", "190")),
    ],
)  # fmt: skip
def test_a_group_said_to_be_one_acts_and_insurgencies_are_force(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_a_group_denied_to_be_one_is_not_its_subject(extractor: Extractor) -> None:
    got = {r.source.code for r in found(extractor, "Hamas is not a group that attacked Israeli troops.")}
    assert "PSEREBHMS" not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Hamas has governed the Gaza Strip since 2007.",
        "The PYD governs much of northeastern Syria.",
        "The Houthis have governed Sanaa since 2014.",
    ],
)
def test_governing_a_territory_is_no_cooperation(extractor: Extractor, text: str) -> None:
    got = [(r.source.text, r.target.text, r.cameo) for r in found(extractor, text)]
    assert not [g for g in got if g[2][:2] == "06"], got


# -- ground lost to someone was taken by force --------------------------------------------------------


def test_ground_lost_to_a_side_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Mali lost control to Wagner", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Mali lose control to Wagner",
                 {0: "MLI", 4: "RUSUAF"})  # fmt: skip
    assert coded(rules, doc) == {("RUSUAF", "MLI", "190")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Islamic State lost control of Raqqa to the Syrian Democratic Forces in 2017.",
         ("SYRREB", "IMGMUSISI")),
        ("Russia lost the city of Kherson to Ukrainian forces in November.", ("UKRMIL", "RUS")),
        ("The Afghan army lost several districts to the Taliban.", ("AFGREB", "AFGMIL")),
        ("Syrian government forces lost Palmyra to the Islamic State in 2015.", ("IMGMUSISI", "SYRMIL")),
    ],
)  # fmt: skip
def test_ground_lost_to_a_side_was_taken_by_it(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "190") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The ruling party lost the election to the opposition.",
        "Nokia lost market share to Samsung.",
        "Kherson was lost to Ukrainian forces in November.",
    ],
)
def test_what_else_is_lost_to_someone_is_no_fighting(extractor: Extractor, text: str) -> None:
    got = [(r.source.text, r.target.text, r.cameo) for r in found(extractor, text)]
    assert not [g for g in got if g[2][:2] == "19"], got


# -- fighters driven out by fighters are fought ---------------------------------------------------------


def test_fighters_driven_out_are_fought_on_a_hand_parse(rules: Rules) -> None:
    def doc_of(actors: dict[int, str]) -> Doc:
        doc = parsed("troops cleared rebels from Gao", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                     "NOUN VERB NOUN ADP PROPN", "troop clear rebel from Gao", actors)  # fmt: skip
        doc.user_data[ACTORS_KEY] = {
            "MLIMIL": {"id": "MLIMIL", "label": "Mali (military)", "type": "military", "code": "MLIMIL"},
            "MLIREB": {"id": "MLIREB", "label": "Malian rebels", "type": "group", "code": "MLIREB"},
            "MLI": {"id": "MLI", "label": "Mali", "type": "state", "code": "MLI"},
        }
        return doc

    assert ("MLIMIL", "MLIREB", "190") in coded(rules, doc_of({0: "MLIMIL", 2: "MLIREB"}))
    # a state's expulsion is no fight
    assert not [c for c in coded(rules, doc_of({0: "MLI", 2: "MLIREB"})) if c[2] == "190"]


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Iraqi forces cleared ISIL fighters from the western districts of Mosul.", ("IRQMIL", "IMGMUSISI")),
        ("Ukrainian troops drove Russian forces from the outskirts of Kyiv.", ("UKRMIL", "RUSMIL")),
        ("Kenyan forces ousted al-Shabaab fighters from Kismayo.", ("KENMIL", "SOMREB")),
        ("Malian troops cleared jihadists from the area around Mopti.", ("MLIMIL", "MLIUAF")),
    ],
)
def test_fighters_driven_out_by_fighters_are_fought(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "190") in got, got
    # the place they are driven from is no party
    assert not [g for g in got if g[1] not in {dyad[1]}], got


def test_a_state_expelling_troops_is_no_fight(extractor: Extractor) -> None:
    got = {
        (r.source.code, r.target.code, r.cameo)
        for r in found(extractor, "Mali expelled French troops from the country.")
    }
    assert got == {("MLI", "FRAMIL", "174")}, got


# -- a noun's own preposition is the noun's: welcoming a commitment praises whoever made it -------------


@pytest.mark.parametrize("to_head", [4, 1])  # "to" on the noun, or hung on the verb by the parser
def test_welcoming_a_commitment_to_something_on_a_hand_parse(rules: Rules, to_head: int) -> None:
    doc = parsed("Chile welcomed Peru 's commitment to peace", [1, 1, 4, 2, 1, to_head, 5],
                 "nsubj ROOT poss case dobj prep pobj", "PROPN VERB PROPN PART NOUN ADP NOUN",
                 "Chile welcome Peru 's commitment to peace", {0: "CHL", 2: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "051")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The EU welcomed Ethiopia's commitment to the peace process.", ("IGOEUREEC", "ETH")),
        ("Germany welcomed the commitment of Serbia to talks with Kosovo.", ("DEU", "SRB")),
        ("The Minister welcomed the commitment of the Government of Afghanistan to peace talks with the "
         "Taliban.", ("GOV", "AFGGOV")),
    ],
)  # fmt: skip
def test_welcoming_a_commitment_praises_who_made_it(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert got == {(*dyad, "051")}, got


def test_welcoming_someone_to_a_place_is_still_hosting(extractor: Extractor) -> None:
    got = {
        (r.source.country, r.target.country, r.cameo)
        for r in found(extractor, "Xi welcomed Putin to Beijing.")
    }
    assert ("CHN", "RUS", "043") in got, got


# -- "the north of" a state stands for it; a count of an event is the event -----------------------------


def test_a_compass_part_of_a_state_stands_for_it_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile attacked a base in the north of Peru", [1, 1, 3, 1, 1, 6, 4, 6, 7],
                 "nsubj ROOT det dobj prep det pobj prep pobj", "PROPN VERB DET NOUN ADP DET NOUN ADP PROPN",
                 "Chile attack a base in the north of Peru", {0: "CHL", 8: "PER"})  # fmt: skip
    assert ("CHL", "PER", "190") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Rebels loyal to the former vice president attacked a military base in the north of South Sudan.",
         ("REB", "SSD")),
        ("Jihadists attacked a police post in the east of Burkina Faso.", ("UAF", "BFA")),
        ("Al-Shabaab fighters stormed a hotel in the south of Somalia.", ("SOMREB", "SOM")),
    ],
)  # fmt: skip
def test_a_compass_part_of_a_state_stands_for_it(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.country) for r in found(extractor, text) if r.quad_class == 4}
    assert dyad in got, got


def test_ending_years_of_war_is_a_de_escalation_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile ended years of war with Peru", [1, 1, 1, 2, 3, 4, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB NOUN ADP NOUN ADP PROPN",
                 "Chile end year of war with Peru",
                 {0: "CHL", 6: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "087") in got, got
    assert not [c for c in got if c[2].startswith("19")], got


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia and Eritrea signed a peace agreement in 2018, ending two decades of hostility.",
        "The deal ended years of fighting between Sudan and South Sudan.",
        "Kenya and Somalia ended months of hostility by restoring diplomatic ties.",
    ],
)
def test_ending_years_of_hostility_asserts_none(extractor: Extractor, text: str) -> None:
    got = [
        (r.source.text, r.target.text, r.cameo) for r in found(extractor, text) if r.modality == "asserted"
    ]
    assert not [g for g in got if g[2][:2] in {"11", "19"}], got


# -- an act laid at someone's door is theirs, alleged ------------------------------------------------------


def test_an_act_blamed_on_someone_is_theirs_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("an attack blamed on Chile killed Peruvians", [1, 5, 1, 2, 3, 5, 5],
                 "det nsubj acl prep pobj ROOT dobj", "DET NOUN VERB ADP PROPN VERB PROPN",
                 "an attack blame on Chile kill Peruvians", {4: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER", "190") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A drone strike blamed on the United States killed an al-Shabaab commander in southern Somalia.",
         ("USA", "SOMREB")),
        ("An attack blamed on Hamas killed two Israeli soldiers.", ("PSEREBHMS", "ISRMIL")),
        ("The bombing, attributed to the Pakistani Taliban, killed 30 police officers.", ("PAKREB", "COP")),
        ("An alleged Israeli strike killed three Hezbollah fighters in Syria.", ("ISR", "LBNREB")),
    ],
)  # fmt: skip
def test_an_act_blamed_on_someone_is_theirs_alleged(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code, r.modality) for r in found(extractor, text) if r.quad_class == 4}
    assert got == {(*dyad, "hedged")}, got


def test_an_act_claimed_by_someone_stays_asserted(extractor: Extractor) -> None:
    text = "The attack, claimed by the Islamic State, killed 12 Egyptian soldiers in North Sinai."
    got = {(r.source.code, r.modality) for r in found(extractor, text)}
    assert got == {("IMGMUSISI", "asserted")}, got


# -- "condemned what it called aggression": the free relative's name is the object -----------------------


def test_what_it_called_names_the_object_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile condemned what it called Peruvian aggression", [1, 1, 4, 4, 1, 6, 4],
                 "nsubj ROOT dobj nsubj ccomp amod oprd", "PROPN VERB PRON PRON VERB ADJ NOUN",
                 "Chile condemn what it call peruvian aggression", {0: "CHL", 5: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for c in got if c[:2] == ("CHL", "PER") and c[2][:2] == "11"], got


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Venezuela's foreign minister denounced what he called US interference in the country's affairs.",
         ("VEN", "USA")),
        ("China criticised what it called US provocations in the Taiwan Strait.", ("CHN", "USA")),
        ("Russian Foreign Minister Sergei Lavrov condemned what he called NATO's provocations in the Baltic.",
         ("RUS", "")),
        ("Iran condemned what it called Israeli aggression against Syria.", ("IRN", "ISR")),
    ],
)  # fmt: skip
def test_what_it_called_names_the_object(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.country, r.target.country or "") for r in found(extractor, text) if r.quad_class == 3}
    assert dyad in got, got


def test_what_it_called_is_not_what_it_said(extractor: Extractor) -> None:
    """A free relative of saying names no object: "denied what Iran said"."""
    got = [(r.source.country, r.target.country) for r in found(extractor, "Israel denied what Iran said.")]
    assert ("ISR", "IRN") not in got, got


# -- a crowd of civilians gathering demonstrates; only the armed show force --------------------------------


def test_civilians_rallying_demonstrate_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("farmers rallied outside the Peruvian embassy", [1, 1, 1, 5, 5, 2],
                 "nsubj ROOT prep det amod pobj", "NOUN VERB ADP DET ADJ NOUN",
                 "farmer rally outside the peruvian embassy", {4: "PER"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 0, 1, "grp:farmers", "generic")]
    doc.user_data[ACTORS_KEY] = {
        "PER": {"id": "PER", "label": "Peru", "type": "state", "code": "PER", "country": "PER"},
        "grp:farmers": {"id": "grp:farmers", "label": "farmers", "type": "group", "code": "AGR"},
    }
    got = coded(rules, doc)
    assert ("grp:farmers", "PER", "141") in got, got
    assert not [c for c in got if c[2].startswith("15")], got


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Georgians rallied in Tbilisi against a bill critics call Russian-inspired.",
        "Thousands of Serbs rallied outside the US embassy in Belgrade.",
        "Hundreds of Rohingya refugees rallied in Cox's Bazar, demanding a safe return to Myanmar.",
    ],
)
def test_civilians_rallying_demonstrate(extractor: Extractor, text: str) -> None:
    got = {r.cameo for r in found(extractor, text)}
    assert "141" in got and not [c for c in got if c.startswith("15")], got


def test_troops_massing_still_show_force(extractor: Extractor) -> None:
    got = {r.cameo[:2] for r in found(extractor, "Russian troops massed on the border with Ukraine.")}
    assert "15" in got, got


def test_a_people_on_strike_protest(extractor: Extractor) -> None:
    text = "Greeks went on strike against the government's austerity plan."
    got = {r.cameo for r in found(extractor, text)}
    assert not [c for c in got if c.startswith("19")], got


# -- "Turkey risks EU sanctions": what a subject risks may come upon it; a forecast is no intent ------------


def test_what_a_state_risks_comes_upon_it_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile risks Peruvian sanctions", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chile risk peruvian sanction", {0: "CHL", 2: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("PER", "CHL", "163") in got, got
    assert not [c for c in got if c[0] == "CHL"], got


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Turkey risks new EU sanctions over its drilling off Cyprus.", ("IGOEUREEC", "TUR")),
        ("India's purchase of Russian S-400 missiles risks US sanctions.", ("USA", "IND")),
        ("Hungary risks losing EU funds after Brussels imposed sanctions on Budapest.", None),
    ],
)  # fmt: skip
def test_what_a_state_risks_may_come(extractor: Extractor, text: str, dyad: tuple[str, str] | None) -> None:
    relations = found(extractor, text)
    # what the state did stands ("India's *purchase* of Russian missiles"); what it risks is not its act
    done = [r for r in relations if r.trigger is not None and r.trigger.text == "purchase"]
    assert all((r.cameo, r.modality) == ("061", "asserted") for r in done), done
    got = {(r.source.code, r.target.code, r.modality) for r in relations if r not in done}
    assert not [g for g in got if g[0] in {"TUR", "IND", "HUN"} and g[1] != "HUN"], got
    if dyad is not None:
        assert (*dyad, "speculative") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Israel expected an Iranian attack on its territory.",
        "Taiwan expects more Chinese military pressure after the election.",
        "Analysts expect Kenya to host the talks.",
    ],
)
def test_a_forecast_is_no_intent_to_cooperate(extractor: Extractor, text: str) -> None:
    got = [(r.source.text, r.target.text, r.cameo) for r in found(extractor, text)]
    assert not [g for g in got if g[2].startswith("03") and g[0] in {"Israel", "Taiwan", "Analysts"}], got


# -- those who fight side by side cooperate militarily -------------------------------------------------------


def test_fighting_alongside_is_military_cooperation_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile fought alongside Peru against Bolivia", [1, 1, 1, 2, 1, 4],
                 "nsubj ROOT prep pobj prep pobj", "PROPN VERB ADP PROPN ADP PROPN",
                 "Chile fight alongside Peru against Bolivia", {0: "CHL", 3: "PER", 5: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "062") in got, got
    assert ("CHL", "BOL", "190") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chadian soldiers fought alongside Nigerian troops against Boko Haram.", {"TCDMIL", "NGAMIL"}),
        ("Iran, along with Russia, attacked Ukraine.", {"IRN", "RUS"}),
        ("The United States and Britain carried out air strikes on Houthi targets in Yemen.", {"USA", "GBR"}),
    ],
)  # fmt: skip
def test_fighting_alongside_is_military_cooperation(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.code, r.target.code} == pair}
    assert got == {"062"}, got


def test_acting_together_without_force_stays_diplomatic(extractor: Extractor) -> None:
    got = {r.cameo for r in found(extractor, "Jordan and Egypt recalled their envoys from Tel Aviv.")
           if {r.source.country, r.target.country} == {"JOR", "EGY"}}  # fmt: skip
    assert got == {"050"}, got


# -- "has done little to restrain Baku": what someone did little or nothing to do was not done ------------


def test_doing_little_to_act_negates_the_act_on_a_hand_parse() -> None:
    doc = parsed("Chile did little to help Peru", [1, 1, 1, 4, 1, 4], "nsubj ROOT dobj aux advcl dobj",
                 "PROPN VERB ADJ PART VERB PROPN", "Chile do little to help Peru",
                 {0: "CHL", 5: "PER"})  # fmt: skip
    assert (modality_of(doc[4]), modality_of(doc[1])) == ("negated", "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "Russia has done little to restrain Azerbaijan.",
        "Egypt has done little to help Sudan's refugees.",
        "China did little to pressure North Korea over its missile tests.",
    ],
)
def test_doing_little_to_act_negates_the_act(extractor: Extractor, text: str) -> None:
    got = {r.modality for r in found(extractor, text)}
    assert got == {"negated"}, got


def test_doing_a_lot_to_act_asserts_it(extractor: Extractor) -> None:
    got = {r.modality for r in found(extractor, "Iran did a lot to arm the Houthis.")}
    assert got == {"asserted"}, got


# -- "Protesters (Kenya)": a state in brackets after a group says where it is from -------------------------


def test_a_bracketed_state_qualifies_a_group_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("protesters ( Peru ) rallied in Lima", [4, 0, 0, 0, 4, 4, 5],
                 "nsubj punct appos punct ROOT prep pobj", "NOUN PUNCT PROPN PUNCT VERB ADP PROPN",
                 "protester ( Peru ) rally in Lima", {2: "PER", 6: "PER"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 0, 1, "PEROPP", "generic")]
    doc.user_data[ACTORS_KEY] = {
        "PER": {"id": "PER", "label": "Peru", "type": "state", "code": "PER", "country": "PER"},
        "PEROPP": {"id": "PEROPP", "label": "Peru (opposition)", "type": "group", "code": "PEROPP",
                   "country": "PER"},
    }  # fmt: skip
    assert ("PEROPP", "PER", "141") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Protesters (Kenya) demonstrated in Nairobi against the Finance Bill.", ("KENOPP", "KEN")),
        ("Rioters (India) torched houses belonging to Muslims in Manipur.", ("INDOPP", "INDMUS")),
        ("An Unidentified Armed Group (Nigeria) attacked Kaduna village, killing 7 civilians.",
         ("UAF", "CVL")),
    ],
)  # fmt: skip
def test_a_conflict_monitors_actor_names(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert dyad in got, got


def test_a_bracketed_abbreviation_still_names_the_group(extractor: Extractor) -> None:
    text = "The Rapid Support Forces (RSF) attacked El Fasher. The RSF denied it."
    got = {r.source.code for r in found(extractor, text)}
    assert "SDNREB" in got, got


# -- "ISIS-Sahel militants": the name before a hyphen owns the group when the rest names no one ------------


def test_a_hyphenated_branch_is_its_groups_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("ISIS - Sahel militants killed Peruvians", [2, 2, 3, 4, 4, 4],
                 "compound punct compound nsubj ROOT dobj", "PROPN PUNCT PROPN NOUN VERB PROPN",
                 "ISIS - Sahel militant kill Peruvians", {0: "ISIS", 5: "PER"})  # fmt: skip
    assert [c for c in coded(rules, doc) if c[:2] == ("ISIS", "PER")]


@pytest.mark.parametrize(
    "text",
    [
        "ISIS-Sahel militants killed 7 civilians in Tillaberi region, Niger.",
        "Islamic State-Sahel fighters killed 12 soldiers in Niger.",
        "ISIS-K fighters attacked a Taliban checkpoint in Kabul.",
    ],
)
def test_a_hyphenated_branch_is_its_groups(extractor: Extractor, text: str) -> None:
    assert "IMGMUSISI" in {r.source.code for r in found(extractor, text)}


def test_two_hyphenated_names_stay_two_sides(extractor: Extractor) -> None:
    text = "The Israel-Hamas war displaced a million people."
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert got == {("ISR", "PSEREBHMS")}, got


# -- "Backed by Russia, Syrian troops …": a fronted participle's patient is the clause's subject ------------


def test_a_fronted_participle_acts_on_the_subject_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Backed by Chile , Peru attacked Bolivia", [5, 0, 1, 5, 5, 5, 5],
                 "advcl agent pobj punct nsubj ROOT dobj", "VERB ADP PROPN PUNCT PROPN VERB PROPN",
                 "back by Chile , Peru attack Bolivia", {2: "CHL", 4: "PER", 6: "BOL"})  # fmt: skip
    doc[0].tag_ = "VBN"
    got = coded(rules, doc)
    assert [c for c in got if c[:2] == ("CHL", "PER") and c[2].startswith("05")], got


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Backed by Russian air power, Syrian troops recaptured Aleppo in 2016.", ("RUS", "SYRMIL")),
        ("Supported by Iran, the Houthis attacked Saudi oil facilities.", ("IRN", "YEMREB")),
        ("Armed by the United States, Ukrainian forces pushed back the Russian army.", ("USA", "UKRMIL")),
        ("Afghan forces retook the city from the Taliban, aided by strong support from Pakistan.",
         ("PAK", "AFGMIL")),
    ],
)  # fmt: skip
def test_a_fronted_participle_acts_on_the_subject(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text) if r.quad_class <= 2}
    assert dyad in got, got


# -- "It was Qatar that brokered …": a cleft's focus is the clause's subject --------------------------------


def test_a_cleft_focus_is_the_subject_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("It was Chile that attacked Peru", [1, 1, 1, 4, 1, 4], "nsubj ROOT attr nsubj ccomp dobj",
                 "PRON AUX PROPN PRON VERB PROPN", "it be Chile that attack Peru",
                 {2: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "190") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("It was Qatar that brokered the prisoner exchange between Washington and Tehran.", ("QAT", "USA")),
        ("It was Russia that vetoed the resolution.", None),
        ("It was Egypt that mediated the truce between Israel and Hamas.", ("EGY", "ISR")),
        ("It was Turkey that shot down the Russian jet in 2015.", ("TUR", "RUS")),
    ],
)  # fmt: skip
def test_a_cleft_focus_is_the_subject(extractor: Extractor, text: str, dyad: tuple[str, str] | None) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    if dyad is None:
        assert not got, got
    else:
        assert dyad in got, got


# -- "reporters asked Biden about the strike": a question is no appeal ---------------------------------------


def test_asking_about_is_a_question_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile asked Peru about the strike", [1, 1, 1, 1, 5, 3], "nsubj ROOT dobj prep det pobj",
                 "PROPN VERB PROPN ADP DET NOUN", "Chile ask Peru about the strike",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert not coded(rules, doc)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked Biden about the strike.",
        "Biden was asked by reporters about the strike.",
        "Asked by reporters about the strike, Biden said Israel had the right to defend itself.",
    ],
)
def test_asking_about_is_a_question(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo.startswith("02")]


@pytest.mark.parametrize(("text", "code"), [("Iran asked Russia for help.", "020"),
                                            ("Ukraine asked Germany to send tanks.", "020")])  # fmt: skip
def test_asking_for_something_stays_an_appeal(extractor: Extractor, text: str, code: str) -> None:
    assert code in {r.cameo for r in found(extractor, text)}


# -- ruling a territory is no event; ruling against a side disapproves of it ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hamas has ruled Gaza since 2007.",
        "The Taliban ruled Afghanistan from 1996 to 2001.",
        "Hamas, which has ruled Gaza since 2007, rejected the proposal.",
    ],
)
def test_ruling_a_territory_is_no_event(extractor: Extractor, text: str) -> None:
    got = [(r.source.text, r.target.text, r.cameo) for r in found(extractor, text)]
    assert not [g for g in got if g[2].startswith("06")], got


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The European Court of Justice ruled against Poland.", ("IGOEUREECJUD", "POL")),
        ("The WTO ruled against the United States.", ("IGOBUSWTO", "USA")),
        ("The International Court of Justice ruled against Russia in the genocide case.", ("", "RUS")),
    ],
)  # fmt: skip
def test_ruling_against_a_side_disapproves(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text) if r.cameo == "110"}
    assert any(s.startswith(dyad[0]) and t == dyad[1] for s, t in got), got


def test_ruling_against_and_ruling_on_a_hand_parse(rules: Rules) -> None:
    against = parsed("Chile ruled against Peru", [1, 1, 1, 2], "nsubj ROOT prep pobj", "PROPN VERB ADP PROPN",
                     "Chile rule against Peru", {0: "CHL", 3: "PER"})  # fmt: skip
    ruled = parsed("Chile ruled Peru", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN", "Chile rule Peru",
                   {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, against)
    assert not coded(rules, ruled)


# -- fighters pushed back or out by fighters are fought --------------------------------------------------


def test_fighters_pushed_back_are_fought_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chilean troops pushed back Peruvian troops", [1, 2, 2, 2, 5, 2],
                 "amod nsubj ROOT prt amod dobj", "ADJ NOUN VERB ADP ADJ NOUN",
                 "chilean troop push back peruvian troop", {})  # fmt: skip
    doc.spans["actors"] = [actor_span(doc, 0, 2, "CHLMIL", "agent"), actor_span(doc, 4, 6, "PERMIL", "agent")]
    doc.user_data[ACTORS_KEY] = {
        "CHLMIL": {"id": "CHLMIL", "label": "Chile (military)", "type": "military", "code": "CHLMIL"},
        "PERMIL": {"id": "PERMIL", "label": "Peru (military)", "type": "military", "code": "PERMIL"},
    }
    assert ("CHLMIL", "PERMIL", "190") in coded(rules, doc)


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops pushed Russian forces back across the Dnipro.",
        "Malian soldiers drove back jihadist fighters near Gao.",
        "Iraqi forces pushed the Islamic State out of Mosul.",
        "A Russian army offensive pushed Ukrainian troops out of Avdiivka.",
    ],
)
def test_fighters_pushed_back_are_fought(extractor: Extractor, text: str) -> None:
    assert "190" in {r.cameo for r in found(extractor, text)}


# -- détente and reconciliation are rapprochement -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The détente between Iran and Saudi Arabia, brokered by China, has survived the Gaza war.",
         {"IRN", "SAU"}),
        ("The detente between Washington and Havana began under Obama.", {"USA", "CUB"}),
        ("Turkey's reconciliation with Egypt paved the way for a visit by Erdogan.", {"TUR", "EGY"}),
    ],
)  # fmt: skip
def test_detente_and_reconciliation_are_rapprochement(
    extractor: Extractor, text: str, pair: set[str]
) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert got == {"050"}, got


# -- a bailout is economic aid ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The IMF approved a $3 billion bailout for Egypt.", ("IGOBUSIMF", "EGY")),
        ("The EU approved a bailout for Greece.", ("IGOEUREEC", "GRC")),
        ("Saudi Arabia gave Pakistan a $3 billion bailout.", ("SAU", "PAK")),
    ],
)
def test_a_bailout_is_economic_aid(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "071") in got, got


# -- a sum written with a currency sign is the dictionary's money ----------------------------------------


def test_a_sum_with_a_sign_is_money_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile pledged $ 200 million to Peru", [1, 1, 4, 4, 1, 1, 5],
                 "nsubj ROOT quantmod compound dobj prep pobj", "PROPN VERB SYM NUM NUM ADP PROPN",
                 "Chile pledge $ 200 million to Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER", "0331") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan pledged $200 million in aid to Ukraine.", "0331"),
        ("The UAE pledged $1 billion to Sudan.", "0331"),
        ("Saudi Arabia pledged $2 billion in financial support to Pakistan on Saturday.", "0331"),
        ("The World Bank approved a $500 million loan to Kenya.", "0311"),
    ],
)
def test_a_sum_with_a_sign_is_money(extractor: Extractor, text: str, code: str) -> None:
    assert code in {r.cameo for r in found(extractor, text)}


# -- the target of an act the parser hangs on its author --------------------------------------------------


def test_a_target_hung_on_the_author_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Attacks by Russia against Ukraine continued", [5, 0, 1, 2, 3, 5],
                 "nsubj prep pobj prep pobj ROOT", "NOUN ADP PROPN ADP PROPN VERB",
                 "attack by Russia against Ukraine continue", {2: "RUS", 4: "UKR"})  # fmt: skip
    assert ("RUS", "UKR", "190") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The attacks by armed groups against civilians in Burkina Faso continued.", ("UAF", "BFACVL")),
        ("The attacks of armed groups against civilians continued.", ("UAF", "CVL")),
        ("Raids by Turkish troops against Kurdish militants went on all week.", ("TURMIL", "KURUAF")),
        ("The US offered a threat of sanctions against Cuba.", ("USA", "CUB")),
    ],
)  # fmt: skip
def test_a_target_hung_on_the_author(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert dyad in got, got


# -- those who act together on no one named are allies -----------------------------------------------------


def test_acting_together_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Germany and France worked together", [3, 0, 0, 3, 3],
                 "nsubj cc conj ROOT advmod", "PROPN CCONJ PROPN VERB ADV",
                 "Germany and France work together", {0: "DEU", 2: "FRA"})  # fmt: skip
    assert {frozenset(c[:2]) for c in coded(rules, doc) if c[2] == "050"} == {frozenset({"DEU", "FRA"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan and India work together on maritime security.", {"JPN", "IND"}),
        ("Russia and China jointly vetoed the resolution.", {"RUS", "CHN"}),
        ("Thailand and Malaysia began joint patrols along their border.", {"THA", "MYS"}),
        ("Britain and France have worked closely together in the fight against Daesh.", {"GBR", "FRA"}),
    ],
)
def test_acting_together(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert "050" in got, got


def test_acting_alone_relates_no_subjects(extractor: Extractor) -> None:
    """Guard: two subjects of one act, done on no one, are not allies unless done together."""
    relations = found(extractor, "Poland and Hungary joined the European Union in 2004.")
    assert relations and not [r for r in relations if {r.source.country, r.target.country} == {"POL", "HUN"}]


# -- a clash over a matter between unarmed sides is a quarrel --------------------------------------------


def test_a_clash_over_a_matter_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru clashed over fishing rights", [3, 0, 0, 3, 3, 6, 4],
                 "nsubj cc conj ROOT prep compound pobj", "PROPN CCONJ PROPN VERB ADP NOUN NOUN",
                 "Chile and Peru clash over fishing right", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {c[2] for c in coded(rules, doc)} == {"110"}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ukraine and Poland have clashed over grain imports.", {"UKR", "POL"}),
        ("Biden and Netanyahu clashed over the conduct of the war in Gaza.", {"USA", "ISR"}),
        ("Hungary clashed with the European Commission over frozen funds.", {"HUN", None}),
    ],
)
def test_a_clash_over_a_matter_is_a_quarrel(extractor: Extractor, text: str, pair: set[str | None]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert got == {"110"}, got


@pytest.mark.parametrize(
    "text",
    [
        "Armenian and Azerbaijani troops clashed over a disputed hill.",
        "Sudan and South Sudan have clashed repeatedly over the disputed Abyei region.",
        "Protesters clashed with police in Nairobi.",
    ],
)
def test_armed_clashes_and_clashes_over_land_stay_fights(extractor: Extractor, text: str) -> None:
    """Guard: armed sides, a territory fought over, or no matter at all: force (190)."""
    assert "190" in {r.cameo for r in found(extractor, text)}


# -- a standing distrust is verbal conflict ----------------------------------------------------------------


def test_distrust_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Cuba 's distrust of Washington", [2, 0, 2, 2, 3],
                 "poss case ROOT prep pobj", "PROPN PART NOUN ADP PROPN",
                 "Cuba 's distrust of Washington", {0: "CUB", 4: "USA"})  # fmt: skip
    assert ("CUB", "USA", "110") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Vietnam and China share a long history of mutual suspicion.", {"VNM", "CHN"}),
        ("Pakistan's mistrust of India has shaped its nuclear doctrine.", {"PAK", "IND"}),
        ("The animosity between Baku and Yerevan runs deep.", {"AZE", "ARM"}),
    ],
)
def test_distrust_is_verbal_conflict(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert got == {"110"}, got


def test_suspicion_of_a_crime_relates_no_one(extractor: Extractor) -> None:
    """Guard: "on suspicion of spying" names no side of a distrust."""
    relations = found(extractor, "Police arrested two Russians on suspicion of spying.")
    assert relations and "110" not in {r.cameo for r in relations}


# -- an act aimed at an object is that act -----------------------------------------------------------------


def test_an_aimed_act_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("US sanctions target Iran", [1, 2, 2, 2], "compound nsubj ROOT dobj",
                 "PROPN NOUN VERB PROPN", "US sanction target Iran", {0: "USA", 3: "IRN"})  # fmt: skip
    assert coded(rules, doc) == {("USA", "IRN", "163")}


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("The new EU sanctions target Iranian drone makers.", ("IGOEUREEC", "IRN"), "163"),
        ("US tariffs hit Chinese exporters hard.", ("USA", "CHNBUS"), "163"),
        ("Israeli strikes hit Hezbollah positions in southern Lebanon.", ("ISR", "LBNREB"), "190"),
    ],
)
def test_an_aimed_act_is_that_act(extractor: Extractor, text: str, dyad: tuple[str, str], code: str) -> None:
    got = {r.cameo for r in found(extractor, text) if (r.source.code, r.target.code) == dyad}
    assert got == {code}, got


# -- whoever a subject relies on for arms or goods supplies them --------------------------------------------


def test_reliance_on_a_supplier_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Hungary relies on Russia for gas", [1, 1, 1, 2, 1, 4], "nsubj ROOT prep pobj prep pobj",
                 "PROPN VERB ADP PROPN ADP NOUN", "Hungary rely on Russia for gas",
                 {0: "HUN", 3: "RUS"})  # fmt: skip
    assert ("RUS", "HUN", "061") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Moscow has increasingly relied on Tehran for drones since 2022.", ("IRN", "RUS"), "062"),
        ("Armenia depends on Russia for gas and wheat.", ("RUS", "ARM"), "061"),
        ("Pakistan has long relied on China for loans.", ("CHN", "PAK"), "061"),
        ("Ukraine relies on the United States for weapons.", ("USA", "UKR"), "062"),
    ],
)  # fmt: skip
def test_reliance_on_a_supplier(extractor: Extractor, text: str, dyad: tuple[str, str], code: str) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*dyad, code) in got, got


# -- estrangement stated in summary prose reduces relations ------------------------------------------------


def test_growing_apart_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad and Sudan grew apart", [3, 0, 0, 3, 3], "nsubj cc conj ROOT advmod",
                 "PROPN CCONJ PROPN VERB ADV", "Chad and Sudan grow apart", {0: "TCD", 2: "SDN"})  # fmt: skip
    assert {frozenset(c[:2]) for c in coded(rules, doc) if c[2] == "160"} == {frozenset({"TCD", "SDN"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Addis Ababa and Asmara have grown apart since the Pretoria agreement.", {"ETH", "ERI"}),
        ("Armenia has drifted away from Russia, its traditional ally.", {"ARM", "RUS"}),
        ("Turkey and the European Union have drifted apart.", {"TUR", None}),
        ("Hungary has turned away from Brussels in recent years.", {"HUN", None}),
    ],
)
def test_estrangement_reduces_relations(extractor: Extractor, text: str, pair: set[str | None]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert "160" in got, got


# -- a place taken from a side: "of" names what is taken, "from" whom --------------------------------------


def test_a_recapture_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Nigeria 's recapture of Baga from Shabaab", [2, 0, 2, 2, 3, 4, 5],
                 "poss case ROOT prep pobj prep pobj", "PROPN PART NOUN ADP PROPN ADP PROPN",
                 "Nigeria 's recapture of Baga from Shabaab", {0: "NGA", 6: "SOMREB"})  # fmt: skip
    assert coded(rules, doc) == {("NGA", "SOMREB", "190")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Minister welcomed the Nigerian army's recapture of Baga from Boko Haram.",
         ("NGAMIL", "NGAREB")),
        ("Iraq's liberation of Mosul from the Islamic State took nine months.", ("IRQ", "IMGMUSISI")),
        ("The recapture of Kherson from Russian forces by Ukraine's army was celebrated.",
         ("UKRMIL", "RUSMIL")),
    ],
)  # fmt: skip
def test_a_place_taken_from_a_side(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    relations = found(extractor, text)
    assert dyad in {(r.source.code, r.target.code) for r in relations}
    # the place taken is no side of the fight, nor is whoever welcomes it
    assert not [r for r in relations if r.cameo == "190" and r.target.code in {"NGAGOV", None, ""}]
    assert not [r for r in relations if r.cameo == "190" and r.source.text in {"Baga", "Mosul", "Kherson"}]


# -- "has yet to" and "neither … nor" negate; a reporting "insisted" asks for nothing -------------------


def test_yet_to_and_neither_on_hand_parses() -> None:
    yet = parsed("Chile has yet to recognise Kosovo", [1, 1, 1, 4, 1, 4], "nsubj ROOT advmod aux xcomp dobj",
                 "PROPN VERB ADV PART VERB PROPN", "Chile have yet to recognise Kosovo", {})  # fmt: skip
    neither = parsed("Neither Chile nor Peru recognised Kosovo", [1, 4, 1, 1, 4, 4],
                     "preconj nsubj cc conj ROOT dobj", "CCONJ PROPN CCONJ PROPN VERB PROPN",
                     "neither Chile nor Peru recognise Kosovo", {})  # fmt: skip
    assert (modality_of(yet[4]), modality_of(neither[4])) == ("negated", "negated")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Japan has yet to apologise to South Korea for wartime forced labour.", {"JPN", "KOR"}),
        ("Kenya has yet to send troops to Haiti.", {"KEN", "HTI"}),
        ("Neither Washington nor Beijing has condemned the coup in Niger.", {"USA", "NER"}),
    ],
)  # fmt: skip
def test_yet_to_and_neither_negate(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = {r.modality for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert got == {"negated"}, got


@pytest.mark.parametrize(
    ("text", "pair", "modality"),
    [
        ("Israel did not target civilians in the strike on Rafah, an army spokesman insisted.",
         {"ISR", "PSE"}, "negated"),
        ("Pakistan attacked militants in Afghanistan, officials insisted.", {"PAK", None}, "asserted"),
        ("Rebels had shelled government troops, the army insisted.", {None}, "asserted"),
    ],
)  # fmt: skip
def test_a_reporting_insist_asks_for_nothing(
    extractor: Extractor, text: str, pair: set[str | None], modality: str
) -> None:
    got = {r.modality for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert modality in got, [(r.source.code, r.target.code, r.modality) for r in found(extractor, text)]


def test_an_insisted_subjunctive_is_still_a_demand(extractor: Extractor) -> None:
    """Guard: "insisted that X respect" asks for an act (100)."""
    assert "100" in {
        r.cameo for r in found(extractor, "Guyana insisted that Venezuela respect the border ruling.")
    }


# -- a body qualified as allied, or named another's affiliate, is its ally -------------------------------


def test_allied_qualifier_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Militias allied with Iran attacked", [4, 0, 1, 2, 4], "nsubj acl prep pobj ROOT",
                 "NOUN VERB ADP PROPN VERB", "militia ally with Iran attack",
                 {0: "UAF", 3: "IRN"})  # fmt: skip
    assert ("UAF", "IRN", "050") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Militias aligned with Tehran attacked US bases in Syria.", ("UAF", "IRN")),
        ("The Kataib Hezbollah militia, closely aligned with Iran, claimed the drone attack.",
         ("IRQREB", "IRN")),
        ("Rebels allied with Rwanda seized the town.", ("REB", "RWA")),
        ("Al-Shabaab, an affiliate of al-Qaeda, controls large parts of rural southern Somalia.",
         ("SOMREB", "IMGMUSALQ")),
        ("JNIM, al-Qaeda's affiliate in the Sahel, attacked a Malian army base.", ("MLIREB", "IMGMUSALQ")),
    ],
)  # fmt: skip
def test_allies_by_qualifier_and_affiliation(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "050") in got, got


# -- a place taken from a side by "take" ---------------------------------------------------------------


def test_taking_a_place_from_a_side_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Rebels took the town from Mali", [1, 1, 3, 1, 1, 4], "nsubj ROOT det dobj prep pobj",
                 "NOUN VERB DET NOUN ADP PROPN", "rebel take the town from Mali",
                 {0: "REB", 5: "MLI"})  # fmt: skip
    assert {c[:2] for c in coded(rules, doc)} == {("REB", "MLI")}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Hamas took control of Gaza from Fatah in 2007.", ("PSEREBHMS", "PSE")),
        ("The rebels took the town from government forces.", ("REB", "MIL")),
        ("Rebels took Goma from the Congolese army in 2012.", ("REB", "CODMIL")),
    ],
)
def test_taking_a_place_from_a_side(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in {(r.source.code, r.target.code) for r in found(extractor, text)}


def test_taking_people_from_a_place_is_no_fight(extractor: Extractor) -> None:
    """Guard: hostages taken from a village are the ones acted on."""
    got = {
        (r.source.code, r.target.code, r.cameo)
        for r in found(extractor, "The army took ten hostages from the village.")
    }
    assert got == {("MIL", "CVL", "181")}, got


# -- a participle the parser makes a clause still names the act's author ------------------------------------


def test_a_reduced_relative_parsed_as_a_clause_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad condemns the attack claimed by Boko", [1, 1, 3, 4, 1, 4, 5],
                 "nsubj ROOT det nsubj ccomp agent pobj", "PROPN VERB DET NOUN VERB ADP PROPN",
                 "Chad condemn the attack claim by Boko", {0: "TCD", 6: "NGAREB"})  # fmt: skip
    assert ("TCD", "NGAREB", "111") in coded(rules, doc)


@pytest.mark.parametrize(
    "text",
    [
        "The United States strongly condemns the terrorist attack in Kabul claimed by ISIS-K.",
        "The United States condemns the attack in Kabul claimed by the Islamic State.",
        "France condemned the attack claimed by the Islamic State.",
    ],
)
def test_a_condemned_attack_names_its_claimant(extractor: Extractor, text: str) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert {c for c in got if c[1] == "IMGMUSISI" and c[2] == "111"}, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Egypt and the UAE have clashed diplomatically with Turkey.", {"EGY", "TUR"}),
        ("Serbian and Croatian officials clashed publicly with each other.", {"SRB", "HRV"}),
        ("Poland clashed politically with Germany.", {"POL", "DEU"}),
    ],
)
def test_a_clash_in_words_is_a_quarrel(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert got == {"110"}, got


# -- burning a building destroys property ---------------------------------------------------------------


def test_burning_a_building_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Iranians burned the Saudi embassy", [1, 1, 4, 4, 1], "nsubj ROOT det amod dobj",
                 "PROPN VERB DET ADJ NOUN", "Iranians burn the saudi embassy",
                 {0: "IRN", 3: "SAU"})  # fmt: skip
    assert ("IRN", "SAU", "1712") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rioters (Pakistan) burned a police station in Swat after a blasphemy accusation.", "1712"),
        ("Israeli settlers torched Palestinian homes in the village of Huwara.", "1712"),
        ("Rioters torched the offices of the ruling party in Dhaka.", "1712"),
        ("Demonstrators in Tehran burned portraits of Donald Trump.", "141"),
    ],
)
def test_burning_a_building_destroys_property(extractor: Extractor, text: str, code: str) -> None:
    assert code in {r.cameo for r in found(extractor, text)}


# -- an accusation of a crime is verbal; restrictions on a side are administrative sanctions --------------


def test_accusing_of_a_crime_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Kenya accused Uganda of crimes", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB PROPN ADP NOUN", "Kenya accuse Uganda of crime",
                 {0: "KEN", 2: "UGA"})  # fmt: skip
    assert coded(rules, doc) == {("KEN", "UGA", "1121")}


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Amnesty International accused Saudi-led coalition forces of war crimes in Yemen.",
         ("NGOHRIAMN", "SAUMIL"), "1121"),
        ("Ukraine accused Russia of crimes against humanity.", ("UKR", "RUS"), "1121"),
        ("We are deeply concerned by the Taliban's restrictions on women.", ("AFGREB", "CVL"), "172"),
        ("The United States imposed new restrictions on Chinese chipmakers.", ("USA", "CHN"), "1721"),
        ("Japan lifted export restrictions on South Korea in 2023.", ("JPN", "KOR"), "081"),
        ("The United States imposed visa restrictions on Ugandan officials.", ("USA", "UGAGOV"), "1721"),
    ],
)  # fmt: skip
def test_accusations_and_restrictions(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, code) in got, got


# -- more nouns of backing and arming; "Sino-"; what a relationship does is not held by its sides -----------


def test_arming_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Iran 's arming of Hamas", [2, 0, 2, 2, 3], "poss case ROOT prep pobj",
                 "PROPN PART NOUN ADP PROPN", "Iran 's arming of Hamas",
                 {0: "IRN", 4: "PSEREBHMS"})  # fmt: skip
    assert coded(rules, doc) == {("IRN", "PSEREBHMS", "062")}


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Washington's patronage of Riyadh has survived many crises.", ("USA", "SAU"), "050"),
        ("Pakistan's sponsorship of militant groups has long angered New Delhi.", ("PAK", "UAF"), "050"),
        ("Iran's arming of the Houthis violates a UN embargo.", ("IRN", "YEMREB"), "062"),
        ("The Sino-Russian partnership has deepened since 2022.", ("CHN", "RUS"), "050"),
        ("Sino-Indian relations soured after the border clash.", ("CHN", "IND"), "110"),
    ],
)
def test_backing_arming_and_sino(extractor: Extractor, text: str, dyad: tuple[str, str], code: str) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, code) in got or (dyad[1], dyad[0], code) in got, got


def test_what_a_relationship_does_is_not_held_by_its_sides(extractor: Extractor) -> None:
    relations = found(extractor, "The Saudi-Iranian rivalry has shaped conflicts from Yemen to Lebanon.")
    assert {r.cameo for r in relations} == {"110"}, [
        (r.source.code, r.target.code, r.cameo) for r in relations
    ]


def test_sides_of_a_war_they_fought_still_hold_it(extractor: Extractor) -> None:
    """Guard: "Ethiopian and Eritrean troops fought a war": the subjects hold the war."""
    text = "Ethiopian and Eritrean troops fought a bloody border war between 1998 and 2000."
    assert "190" in {r.cameo for r in found(extractor, text)}


# -- a meeting's "of" names its parties when it names several -----------------------------------------------


def test_a_summit_of_parties_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("a summit of Chile and Peru", [1, 1, 1, 2, 3, 3], "det ROOT prep pobj cc conj",
                 "DET NOUN ADP PROPN CCONJ PROPN", "a summit of Chile and Peru",
                 {3: "CHL", 5: "PER"})  # fmt: skip
    assert {frozenset(c[:2]) for c in coded(rules, doc)} == {frozenset({"CHL", "PER"})}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("A trilateral summit of Japan, South Korea and the United States was held.", {"JPN", "KOR"}),
        ("The meeting of Putin and Xi lasted three hours.", {"RUS", "CHN"}),
        ("A summit of Egypt, Jordan and Iraq opened in Baghdad.", {"EGY", "IRQ"}),
    ],
)  # fmt: skip
def test_a_summit_of_parties(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert got == {"040"}, got


def test_a_summit_of_one_body_relates_no_one(extractor: Extractor) -> None:
    """Guard: "the summit of the African Union" names one party."""
    assert not found(extractor, "The summit of the African Union opened in Addis Ababa.")


# -- what is prepared or planned is intended -----------------------------------------------------------


def test_prepared_sanctions_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile prepared sanctions against Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile prepare sanction against Peru",
                 {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "1312") in coded(rules, doc)
    assert ("CHL", "PER", "163") not in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("The EU is preparing new sanctions against Russia, diplomats said.", ("IGOEUREEC", "RUS"), "1312"),
        ("Russia is planning a new offensive against Kharkiv.", ("RUS", "UKR"), "138"),
        ("Israel is preparing a ground invasion of Lebanon.", ("ISR", "LBN"), "1382"),
    ],
)
def test_what_is_prepared_is_intended(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, code) in got, got
    assert not {c for c in got if c[2][:2] in {"16", "19"}}, got


# -- an act avenged happened; avenging is force --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "threat", "act"),
    [
        ("Hezbollah vowed to avenge the killing of its commander by Israel.",
         ("LBNREB", "ISR", "138"), ("ISR", "LBNREB", "186")),
        ("Iran vowed to avenge Soleimani's killing by the United States.", ("IRN", "USA", "138"), None),
        ("Hezbollah vowed to retaliate for the killing of its commander by Israel.",
         ("LBNREB", "ISR", "130"), ("ISR", "LBNREB", "186")),
    ],
)  # fmt: skip
def test_an_avenged_act_happened(
    extractor: Extractor, text: str, threat: tuple[str, str, str], act: tuple[str, str, str] | None
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert threat in got, got
    assert act is None or act in got, got


def test_an_avenged_act_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad vowed to avenge the attack by Sudan on Chad", [1, 1, 3, 1, 5, 3, 5, 6, 5, 8],
                 "nsubj ROOT aux xcomp det dobj prep pobj prep pobj",
                 "PROPN VERB PART VERB DET NOUN ADP PROPN ADP PROPN",
                 "Chad vow to avenge the attack by Sudan on Chad",
                 {0: "TCD", 7: "SDN", 9: "TCD"})  # fmt: skip
    codes = coded(rules, doc)
    assert ("TCD", "SDN", "138") in codes and ("SDN", "TCD", "190") in codes, codes


# -- whom a verb of authorising or instructing names does what its infinitive says --------------------------


def test_authorising_an_object_to_act_on_a_hand_parse(rules: Rules) -> None:
    # the parser hangs the infinitive on the verb as an adverbial clause, as it does in news text
    doc = parsed("Chile authorised Peru to help Bolivia", [1, 1, 1, 4, 1, 4],
                 "nsubj ROOT dobj aux advcl dobj", "PROPN VERB PROPN PART VERB PROPN",
                 "Chile authorise Peru to help Bolivia",
                 {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    codes = coded(rules, doc)
    assert ("PER", "BOL", "070") in codes and ("CHL", "BOL", "070") not in codes, codes


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Security Council authorised a Kenyan-led mission to help Haiti's police.", "KEN"),
        ("Congress authorized the Pentagon to send weapons to Ukraine.", "USA"),
        ("The AU mandated Burundian troops to protect Somali civilians.", "BDIMIL"),
    ],
)
def test_authorising_an_object_to_act(extractor: Extractor, text: str, actor: str) -> None:
    relations = found(extractor, text)
    assert [r for r in relations if r.source.code == actor and r.cameo[:2] in {"07", "06", "03"}], [
        (r.source.code, r.target.code, r.cameo) for r in relations
    ]


# -- blame traded or put on someone is an accusation ----------------------------------------------------


def test_traded_blame_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru traded blame", [3, 0, 0, 3, 3], "nsubj cc conj ROOT dobj",
                 "PROPN CCONJ PROPN VERB NOUN", "Chile and Peru trade blame",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert {c[2] for c in coded(rules, doc)} == {"112"}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China and the Philippines traded blame over the collision.", {"CHN", "PHL"}),
        ("Israel and Hamas exchanged blame for the collapse of the talks.", {"ISR", "PSE"}),
        ("Russia put the blame on Ukraine.", {"RUS", "UKR"}),
    ],
)
def test_blame_is_an_accusation(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = {r.cameo for r in found(extractor, text) if {r.source.country, r.target.country} == pair}
    assert got == {"112"}, got


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The European Union paid Turkey billions of euros to host Syrian refugees.", ("TUR", "SYRREF")),
        ("Russia paid Wagner fighters to attack Ukrainian positions.", ("RUSUAF", "UKR")),
        ("The cartel hired gunmen to kill the mayor.", ("UAF", "GOV")),
    ],
)
def test_whom_one_pays_or_hires_does_what_is_paid_for(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert dyad in got, got


def test_whom_one_pays_acts_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile paid Peru to attack Bolivia", [1, 1, 1, 4, 1, 4],
                 "nsubj ROOT dobj aux advcl dobj", "PROPN VERB PROPN PART VERB PROPN",
                 "Chile pay Peru to attack Bolivia", {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    codes = coded(rules, doc)
    assert ("PER", "BOL", "190") in codes and ("CHL", "BOL", "190") not in codes, codes


# -- a sum counted in aid of a kind is that aid -----------------------------------------------------------


def test_a_sum_in_aid_of_a_kind_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile provided 50 dollars in military aid to Peru", [1, 1, 3, 1, 3, 6, 4, 1, 7],
                 "nsubj ROOT nummod dobj prep amod pobj prep pobj",
                 "PROPN VERB NUM NOUN ADP ADJ NOUN ADP PROPN",
                 "Chile provide 50 dollar in military aid to Peru", {0: "CHL", 8: "PER"})  # fmt: skip
    codes = coded(rules, doc)
    # the aid's own reading only, not the dollars' (economic aid) beside it
    assert {c[2] for c in codes if c[:2] == ("CHL", "PER")} == {"072"}, codes


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Canada will provide an additional 50 million dollars in military aid to Kyiv.", "0332"),
        ("Qatar pledged $50 million in humanitarian aid to Afghanistan.", "0333"),
        ("Australia will provide an additional $10 million in humanitarian assistance to Yemen.", "0333"),
        ("Japan pledged $200 million in aid to Ukraine.", "0331"),
    ],
)
def test_a_sum_in_aid_of_a_kind_is_that_aid(extractor: Extractor, text: str, code: str) -> None:
    assert code in {r.cameo for r in found(extractor, text)}


# -- an act done at someone's request or invitation: they asked whoever acted --------------------------------


def test_an_act_at_a_request_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad sent troops at the request of Niger", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                 "Chad send troop at the request of Niger", {0: "TCD", 7: "NER"})  # fmt: skip
    assert ("NER", "TCD", "020") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("France deployed troops to Mali at the request of the Malian government.", ("MLI", "FRA"), "020"),
        ("At Baghdad's request, the coalition widened its air strikes.", ("IRQ", None), "020"),
        ("Kenyan troops entered Somalia on the request of the Somali government.", ("SOM", "KEN"), "020"),
        ("At the behest of Saudi Arabia, Egypt cut ties with Qatar.", ("SAU", "EGY"), "020"),
        ("At the urging of Washington, Israel delayed its offensive in Rafah.", ("USA", "ISR"), "020"),
        ("Putin visited Pyongyang at the invitation of Kim Jong Un.", ("PRK", "RUS"), "040"),
        ("Upon the invitation of the Indonesian government, Australian police joined the inquiry.",
         ("IDN", "AUS"), "040"),
    ],
)  # fmt: skip
def test_an_act_at_a_request_or_invitation(
    extractor: Extractor, text: str, dyad: tuple[str, str | None], code: str
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*dyad, code) in got, got


def test_an_act_at_a_request_keeps_its_own_code(extractor: Extractor) -> None:
    got = codes(extractor, "At the invitation of Xi Jinping, Vladimir Putin paid a state visit to Beijing.")
    assert {("CHN", "RUS", "040"), ("RUS", "CHN", "042")} <= got, got


# -- an act a copula calls false did not happen as named ----------------------------------------------------


def test_an_act_called_a_sham_on_a_hand_parse() -> None:
    doc = parsed("Chad 's truce with Niger is a sham", [2, 0, 5, 2, 3, 5, 7, 5],
                 "poss case nsubj prep pobj ROOT det attr", "PROPN PART NOUN ADP PROPN AUX DET NOUN",
                 "Chad 's truce with Niger be a sham", {0: "TCD", 4: "NER"})  # fmt: skip
    held = parsed("Chad 's truce with Niger is a success", [2, 0, 5, 2, 3, 5, 7, 5],
                  "poss case nsubj prep pobj ROOT det attr", "PROPN PART NOUN ADP PROPN AUX DET NOUN",
                  "Chad 's truce with Niger be a success", {0: "TCD", 4: "NER"})  # fmt: skip
    assert (modality_of(doc[2]), modality_of(held[2])) == ("negated", "asserted")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Moscow's withdrawal from Syria is a sham.", "negated"),
        ("The ceasefire between Israel and Hamas is a fiction.", "negated"),
        ("The talk of a Russian withdrawal from Kherson is a charade.", "negated"),
        ("Beijing's partnership with Moscow is a myth, analysts argue.", "negated"),
        ("The alliance between Iran and Venezuela is largely a facade.", "negated"),
        ("Assad's “war” on Hezbollah is a sham.", "negated"),
        ("The ceasefire between Israel and Hamas is holding.", "asserted"),
        ("The blockade of Qatar by Saudi Arabia was a disaster.", "asserted"),
    ],
)
def test_an_act_called_a_sham_did_not_happen(extractor: Extractor, text: str, modality: str) -> None:
    got = found(extractor, text)
    assert got, text
    assert {r.modality for r in got} == {modality}, got


# -- an attack "inside" a state is aimed at it ------------------------------------------------------------


def test_strikes_inside_a_state_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad launched strikes inside Niger", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chad launch strike inside Niger",
                 {0: "TCD", 4: "NER"})  # fmt: skip
    assert ("TCD", "NER", "190") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Pakistan carried out air strikes inside Iran on Thursday.", ("PAK", "IRN")),
        ("Israel launched strikes inside Lebanon overnight.", ("ISR", "LBN")),
        ("Kabul denies harbouring militants who carry out attacks inside Pakistan.", (None, "PAK")),
        ("Turkey's raids inside Iraq have killed dozens of PKK fighters.", ("TUR", "IRQ")),
    ],
)
def test_strikes_inside_a_state_are_aimed_at_it(
    extractor: Extractor, text: str, dyad: tuple[str | None, str]
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text)}
    assert dyad in got, got


# -- money or arms poured into a state: economic aid, military cooperation ---------------------------------


def test_money_poured_into_a_state_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Qatar poured money into Chad", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Qatar pour money into Chad", {0: "QAT", 4: "TCD"})  # fmt: skip
    assert ("QAT", "TCD", "071") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Saudi Arabia and the UAE have pumped billions of dollars into Egypt.", ("SAU", "EGY"), "071"),
        ("Beijing has poured billions of dollars into Pakistan.", ("CHN", "PAK"), "071"),
        ("Washington ploughed money into Iraq's reconstruction after 2003.", ("USA", "IRQ"), "071"),
        ("The EU injected 50 billion euros into Ukraine's economy.", ("IGOEUREEC", "UKR"), "071"),
        ("Iran has funnelled arms into Yemen for years.", ("IRN", "YEM"), "062"),
        ("Western countries have poured weapons into Ukraine since 2022.", ("WST", "UKR"), "062"),
    ],
)
def test_money_or_arms_poured_into_a_state(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, code) in got, got


# -- a buyer trades with whoever sells ----------------------------------------------------------------------


def test_a_buyer_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad is a buyer of Niger 's oil", [1, 1, 3, 1, 3, 7, 5, 4],
                 "nsubj ROOT det attr prep poss case pobj", "PROPN AUX DET NOUN ADP PROPN PART NOUN",
                 "Chad be a buyer of Niger 's oil", {0: "TCD", 5: "NER"})  # fmt: skip
    assert ("TCD", "NER", "061") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("China is the largest buyer of Iranian oil.", ("CHN", "IRN")),
        ("India has become a major buyer of Russian arms.", ("IND", "RUS")),
        ("Turkey has emerged as a key importer of Russian gas.", ("TUR", "RUS")),
        ("India is Russia's biggest arms buyer.", ("IND", "RUS")),
    ],
)
def test_a_buyer_trades_with_the_seller(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "061") in got, got


# -- a protest handed over in a note is an official complaint ------------------------------------------


def test_a_protest_note_handed_over_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad handed a protest note to Sudan", [1, 1, 4, 4, 1, 1, 5],
                 "nsubj ROOT det compound dobj prep pobj", "PROPN VERB DET NOUN NOUN ADP PROPN",
                 "Chad hand a protest note to Sudan", {0: "TCD", 6: "SDN"})  # fmt: skip
    states = {
        code: Actor(id=code, label=code, type="state", code=code, country=code) for code in ("TCD", "SDN")
    }
    got = {
        (c.source.label_, c.target.label_, c.code.code)
        for c in rules.candidates(doc[:], ActorIndex(doc, states))
    }
    assert ("TCD", "SDN", "114") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tokyo handed a protest to the Chinese ambassador.", ("JPN", "CHN")),
        ("Poland sent a protest note to Moscow over the airspace violation.", ("POL", "RUS")),
        ("Iran handed the Swiss envoy a protest note.", ("IRN", "CHE")),
        ("Lithuania delivered a protest note to Belarus over the balloons.", ("LTU", "BLR")),
    ],
)
def test_a_protest_note_handed_over_is_an_official_complaint(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*pair, "114") in got, got


def test_a_note_handed_over_without_protest_stays_a_transfer(extractor: Extractor) -> None:
    got = {r.cameo for r in found(extractor, "Poland handed a note to Moscow about the visit.")}
    assert "114" not in got, got


# -- whoever answers an invitation did not make it; a body's own meeting snubbed was put to no one --------


def test_a_declined_invitation_and_a_snubbed_summit_on_hand_parses(rules: Rules) -> None:
    declined = parsed("Chad declined an invitation to a summit of Niger", [1, 1, 3, 1, 3, 6, 4, 6, 7],
                      "nsubj ROOT det dobj prep det pobj prep pobj",
                      "PROPN VERB DET NOUN ADP DET NOUN ADP PROPN",
                      "Chad decline an invitation to a summit of Niger", {0: "TCD", 8: "NER"})  # fmt: skip
    snubbed = parsed("Chad snubbed a summit of Niger", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                     "PROPN VERB DET NOUN ADP PROPN", "Chad snub a summit of Niger",
                     {0: "TCD", 5: "NER"})  # fmt: skip
    assert ("TCD", "NER", "040") not in coded(rules, declined)
    assert ("NER", "TCD", "040") not in coded(rules, snubbed)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina's president snubbed a summit of the BRICS group.",
        "Mexico's president declined an invitation to a summit of the G7.",
        "Mexico declined an invitation to the G7 summit.",
        "Iran welcomed the Astana talks on Syria.",
    ],
)
def test_an_answered_invitation_or_snubbed_meeting_is_no_meeting(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert not [r for r in got if r.cameo.startswith("04")], got


def test_an_invitation_answered_is_still_the_inviter_s(extractor: Extractor) -> None:
    text = "Mexico declined an invitation from the G7."
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert {("IGOGOS", "MEX", "040"), ("MEX", "IGOGOS", "120")} <= got, got


# -- a participle of aiming names the target of an act a noun names --------------------------------------


def test_sanctions_targeting_someone_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad imposed sanctions targeting Niger", [1, 1, 1, 2, 3], "nsubj ROOT dobj acl dobj",
                 "PROPN VERB NOUN VERB PROPN", "Chad impose sanction target Niger",
                 {0: "TCD", 4: "NER"})  # fmt: skip
    assert {c[2][:2] for c in coded(rules, doc) if c[:2] == ("TCD", "NER")} == {"16"}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Canada announced new sanctions targeting Russian oligarchs and their families.", ("CAN", "RUSBUS")),
        ("The EU adopted sanctions targeting Iranian drone makers.", ("IGOEUREEC", "IRN")),
        ("Britain unveiled sanctions aimed at Russia's shadow fleet.", ("GBR", "RUS")),
        ("The US imposed sanctions aimed at Iranian oil exports.", ("USA", "IRN")),
    ],
)
def test_sanctions_targeting_someone_are_imposed_on_them(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "163") in got, got
    assert not [r for r in got if r[2].startswith("05")], got


# -- persona non grata, however the parser joins the phrase ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The Estonian foreign ministry declared a Russian diplomat persona non grata.", ("EST", "RUS")),
        ("Latvia declared a Belarusian diplomat persona non grata.", ("LVA", "BLR")),
        ("Nigeria declared the French ambassador persona non grata.", ("NGA", "FRA")),
    ],
)
def test_a_diplomat_declared_persona_non_grata_however_parsed(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "161") in got, got


def test_persona_non_grata_as_one_compound_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad declared a Niger diplomat persona non grata", [1, 1, 7, 4, 5, 7, 7, 1],
                 "nsubj ROOT det compound compound compound compound dobj",
                 "PROPN VERB DET PROPN NOUN NOUN ADJ NOUN", "Chad declare a Niger diplomat persona non grata",
                 {0: "TCD", 3: "NER"})  # fmt: skip
    assert ("TCD", "NER", "161") in coded(rules, doc)


# -- a third party that draws two closer brings them together; its verb codes nothing of its own


def test_drawn_closer_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Sanctions pushed Chad closer to Niger", [1, 1, 1, 1, 3, 4],
                 "nsubj ROOT dobj advmod prep pobj", "NOUN VERB PROPN ADV ADP PROPN",
                 "sanction push Chad closer to Niger",
                 {2: "TCD", 5: "NER"})  # fmt: skip
    assert coded(rules, doc) == {("TCD", "NER", "050")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Beijing's growing assertiveness has pushed Manila closer to Washington.", {"PHL", "USA"}),
        ("The war drove Moscow and Beijing closer together.", {"RUS", "CHN"}),
        ("Sanctions have pushed Russia closer to China.", {"RUS", "CHN"}),
        ("The crisis brought India closer to the United States.", {"IND", "USA"}),
        ("Western pressure has nudged Serbia closer to Moscow.", {"SRB", "RUS"}),
    ],
)
def test_a_third_party_draws_two_closer(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = [(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)]
    assert [r for r in got if {r[0], r[1]} == pair and r[2] == "050"], got
    assert not [r for r in got if r[2].startswith("10")], got


def test_a_push_without_closer_stays_a_demand(extractor: Extractor) -> None:
    got = codes(extractor, "The EU pushed Serbia to recognise Kosovo.")
    assert any(c[1:] == ("SRB", "100") for c in got), got


# -- force not ruled out is threatened ---------------------------------------------------------------------


def test_force_not_ruled_out_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad never ruled out an attack on Niger", [2, 2, 2, 2, 5, 2, 5, 6],
                 "nsubj neg ROOT prt det dobj prep pobj", "PROPN ADV VERB ADP DET NOUN ADP PROPN",
                 "Chad never rule out an attack on Niger", {0: "TCD", 7: "NER"})  # fmt: skip
    got = [c for c in rules.candidates(doc[:], ActorIndex(doc))]
    assert {(c.source.label_, c.target.label_, c.code.code) for c in got} == {("TCD", "NER", "138")}
    assert {modality_of(c.trigger, c.clause, c.presupposed) for c in got} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Beijing has never ruled out the use of force against Taiwan.", ("CHN", "TWN")),
        ("China refused to rule out military action against Taiwan.", ("CHN", "TWN")),
        ("Israel did not rule out a strike on Iran.", ("ISR", "IRN")),
        ("Washington has not ruled out an intervention in Venezuela.", ("USA", "VEN")),
    ],
)
def test_force_not_ruled_out_is_threatened(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = [(r.source.country, r.target.country, r.cameo, r.modality) for r in found(extractor, text)]
    assert got == [(*dyad, "138", "asserted")], got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president ruled out military action against Iran.", set()),
        ("Sudan's army chief ruled out negotiations with the RSF.", {("SDN", "SDN", "125")}),
    ],
)
def test_what_is_ruled_out_is_not_threatened(
    extractor: Extractor, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert codes(extractor, text) == expected


# -- "neither … nor" negates both verbs ----------------------------------------------------------------------


def test_neither_nor_on_a_hand_parse() -> None:
    doc = parsed("Chad neither confirmed nor denied it", [2, 2, 2, 2, 2, 4],
                 "nsubj preconj ROOT cc conj dobj", "PROPN CCONJ VERB CCONJ VERB PRON",
                 "Chad neither confirm nor deny it", {0: "TCD"})  # fmt: skip
    doc[2].tag_ = doc[4].tag_ = "VBD"  # a finite conjunct asserts itself unless "nor" joins it
    assert (modality_of(doc[2]), modality_of(doc[4])) == ("negated", "negated")


@pytest.mark.parametrize(
    "text",
    [
        "Turkey neither condemned nor supported the Russian invasion.",
        "Hungary neither condemned nor welcomed the Azerbaijani offensive in Karabakh.",
    ],
)
def test_neither_nor_negates_both_verbs(extractor: Extractor, text: str) -> None:
    got = [r for r in found(extractor, text) if not r.cameo.startswith("19")]
    assert got and {r.modality for r in got} == {"negated"}, found(extractor, text)


# -- a confirmation and a denial both withheld leave the act unconfirmed ------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel neither confirmed nor denied carrying out the strike in Damascus.", ("ISR", "SYR")),
        ("The Kremlin neither confirmed nor denied that Putin had met Prigozhin.", ("RUS", "RUS")),
        (
            "The Pentagon did not confirm or deny that US forces had raided the compound in Syria.",
            ("USA", "SYR"),
        ),
    ],
)
def test_neither_confirmed_nor_denied_is_unconfirmed(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert got and {r.modality for r in got} == {"hedged"}, found(extractor, text)
    assert not [r for r in got if r.cameo == "016"], got


def test_neither_confirmed_nor_denied_by_hand() -> None:
    doc = parsed("Chad neither confirmed nor denied attacking Niger", [2, 2, 2, 2, 2, 4, 5],
                 "nsubj preconj ROOT cc conj xcomp dobj", "PROPN CCONJ VERB CCONJ VERB VERB PROPN",
                 "Chad neither confirm nor deny attack Niger", {0: "TCD", 6: "NER"})  # fmt: skip
    doc[2].tag_ = doc[4].tag_ = "VBD"
    assert modality_of(doc[5]) == "hedged"


def test_and_does_not_negate(extractor: Extractor) -> None:
    got = found(extractor, "Turkey condemned and sanctioned Syria.")
    assert got and {r.modality for r in got} == {"asserted"}, got


# -- an act named again in the next sentence is its author's -------------------------------------------------


def test_an_act_named_again_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad shelled Niger . Mali condemned the shelling .", [1, 1, 1, 1, 5, 5, 7, 5, 5],
                 "nsubj ROOT dobj punct nsubj ROOT det dobj punct",
                 "PROPN VERB PROPN PUNCT PROPN VERB DET NOUN PUNCT",
                 "Chad shell Niger . Mali condemn the shelling .",
                 {0: "TCD", 2: "NER", 4: "MLI"})  # fmt: skip
    first, second = doc.sents
    assert ("MLI", "TCD", "111") in coded(rules, doc)
    assert Rules.recalls(second) and not Rules.recalls(first)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("North Korea launched a ballistic missile. Japan condemned the launch.", ("JPN", "PRK")),
        ("Russia invaded Ukraine in 2022. The UN assembly condemned the invasion.", ("IGOUNO", "RUS")),
        ("Police arrested 40 opposition activists in Harare. Amnesty International criticised the arrests.",
         ("NGOHRIAMN", "ZWECOP")),
        ("Iranian forces seized a British tanker. London denounced the seizure.", ("GBR", "IRNMIL")),
    ],
)  # fmt: skip
def test_an_act_named_again_is_its_author_s(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (*dyad, "111") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Two soldiers were killed in an ambush. The army condemned the killing.",
        "North Korea launched a missile. It rained all day. Japan condemned the launch.",
        "North Korea launched a missile. Japan condemned the Russian strike on Kyiv.",
    ],
)
def test_an_act_named_again_needs_its_author_in_the_sentence_before(extractor: Extractor, text: str) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert ("JPN", "PRK") not in got and not [g for g in got if g[0] == "MIL"], got


# -- support for a state's integrity or stability is support for the state -----------------------------------


def test_support_for_a_state_s_integrity_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad backs the integrity of Niger", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chad back the integrity of Niger",
                 {0: "TCD", 5: "NER"})  # fmt: skip
    assert {c[:2] for c in coded(rules, doc)} == {("TCD", "NER")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("France reaffirms its unwavering support for the territorial integrity of Ukraine.", ("FRA", "UKR")),
        ("Turkey backs the territorial integrity of Syria.", ("TUR", "SYR")),
        ("China expressed support for the stability of Myanmar.", ("CHN", "MMR")),
    ],
)
def test_support_for_a_state_s_integrity_is_support_for_it(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*dyad, 1) in got, got


# -- an act done under, despite or after someone's pressure: they coerce whoever acts


def test_an_act_under_pressure_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad refused despite pressure from Niger", [1, 1, 1, 2, 3, 4],
                 "nsubj ROOT prep pobj prep pobj", "PROPN VERB ADP NOUN ADP PROPN",
                 "Chad refuse despite pressure from Niger",
                 {0: "TCD", 5: "NER"})  # fmt: skip
    assert ("NER", "TCD", "170") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Despite pressure from Washington, India continued to buy Russian oil.", ("USA", "IND")),
        ("Turkey approved Sweden's NATO bid after pressure from the United States.", ("USA", "TUR")),
        ("Amid Chinese pressure, Honduras cut ties with Taiwan.", ("CHN", "HND")),
        ("Under pressure from Washington, the Netherlands restricted chip exports.", ("USA", "NLD")),
    ],
)
def test_an_act_under_pressure_is_coerced(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "170") in codes(extractor, text)


def test_a_delayed_offensive_is_not_fought(extractor: Extractor) -> None:
    got = codes(extractor, "Israel delayed its offensive in Rafah under pressure from Washington.")
    assert not [c for c in got if c[2].startswith("19")], got


# -- what is put to a vote is weighed, not done --------------------------------------------------------------


def test_a_vote_on_sanctions_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad held a vote on sanctions against Niger", [1, 1, 3, 1, 3, 4, 5, 6],
                 "nsubj ROOT det dobj prep pobj prep pobj", "PROPN VERB DET NOUN ADP NOUN ADP PROPN",
                 "Chad hold a vote on sanction against Niger", {0: "TCD", 7: "NER"})  # fmt: skip
    got = {c.code.code for c in rules.candidates(doc[:], ActorIndex(doc))}
    assert got and all(code.startswith("13") for code in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela held a referendum on annexing the Essequibo region of Guyana.",
        "The Security Council will hold a vote on sanctions against Iran.",
        "The EU held a vote on new sanctions against Belarus.",
    ],
)
def test_what_is_put_to_a_vote_is_not_done(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert got and all(r.cameo.startswith("13") for r in got), got


def test_voting_to_condemn_condemns(extractor: Extractor) -> None:
    assert ("None", "RUS", "111") in codes(extractor, "The UN General Assembly voted to condemn Russia.")


# -- shadowing or intercepting another's ship or aircraft is a show of force ---------------------------------


def test_shadowing_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad shadowed Niger 's ship", [1, 1, 4, 2, 1], "nsubj ROOT poss case dobj",
                 "PROPN VERB PROPN PART NOUN", "Chad shadow Niger 's ship", {0: "TCD", 2: "NER"})  # fmt: skip
    assert ("TCD", "NER", "150") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("A Russian warship shadowed a British destroyer through the English Channel.", ("RUS", "GBR")),
        ("Japanese jets were scrambled to shadow Chinese bombers near Okinawa.", ("JPN", "CHN")),
        ("NATO jets intercepted Russian bombers near Estonian airspace.", (None, "RUS")),
        ("Chinese warships shadowed a Philippine patrol vessel near Scarborough Shoal.", ("CHN", "PHL")),
        ("Russian jets intercepted a US reconnaissance drone over the Black Sea.", ("RUS", "USA")),
    ],
)
def test_shadowing_or_intercepting_is_a_show_of_force(
    extractor: Extractor, text: str, dyad: tuple[str | None, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo[:2]) for r in found(extractor, text)}
    assert (*dyad, "15") in got or (*dyad, "17") in got, got


def test_a_shadowed_vessel_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad shadowed a Niger vessel", [1, 1, 4, 4, 1], "nsubj ROOT det compound dobj",
                 "PROPN VERB DET PROPN NOUN", "Chad shadow a Niger vessel", {0: "TCD", 3: "NER"})  # fmt: skip
    assert ("TCD", "NER", "150") in coded(rules, doc)


def test_intercepted_migrants_are_coerced(extractor: Extractor) -> None:
    text = "Dozens of migrants were intercepted by the Libyan coast guard and returned to Tripoli."
    assert {r.cameo for r in found(extractor, text)} == {"170"}


# -- an act attributed or ascribed to someone accuses them ---------------------------------------------------


def test_an_act_attributed_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad attributed the attack to Niger", [1, 1, 3, 1, 1, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chad attribute the attack to Niger",
                 {0: "TCD", 5: "NER"})  # fmt: skip
    assert ("TCD", "NER", "112") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Washington attributed the cyberattack to China.", ("USA", "CHN")),
        ("Kyiv ascribed the blast to Russian saboteurs.", ("UKR", "RUS")),
        (
            "Britain attributed the poisoning of Sergei Skripal to Russian military intelligence.",
            ("GBR", "RUS"),
        ),
    ],
)
def test_an_act_attributed_to_someone_accuses_them(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert (*dyad, "112") in codes(extractor, text)


def test_a_loss_attributed_to_a_cause_accuses_no_one(extractor: Extractor) -> None:
    assert codes(extractor, "The report attributed Russia's losses to poor logistics.") == set()


# -- drills a state holds alone are its own; the owner may hang on a compound -----


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Taiwan condemned Chinese military drills around the island as provocative.", ("TWN", "CHN"), "111"),
        ("Japan protested Russian naval exercises near Hokkaido.", ("JPN", "RUS"), "114"),
        ("Beijing denounced the American war games with South Korea.", ("CHN", "USA"), "111"),
        ("Seoul criticised the North Korean artillery drills near the border.", ("KOR", "PRK"), "111"),
    ],
)
def test_drills_held_alone_are_their_holders(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    assert (*dyad, code) in codes(extractor, text)


def test_drills_held_alone_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad condemned Nigerien drills", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chad condemn nigerien drill", {0: "TCD", 2: "NER"})  # fmt: skip
    assert ("TCD", "NER", "111") in coded(rules, doc)


def test_an_owner_hung_on_a_compound_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad condemned Nigerien missile strikes", [1, 1, 3, 4, 1], "nsubj ROOT amod compound dobj",
                 "PROPN VERB ADJ NOUN NOUN", "Chad condemn nigerien missile strike",
                 {0: "TCD", 2: "NER"})  # fmt: skip
    assert ("TCD", "NER", "111") in coded(rules, doc)


def test_a_two_sided_conflict_names_no_place_as_a_side(extractor: Extractor) -> None:
    assert codes(extractor, "The Syrian conflict was discussed by France and Britain.") == {
        ("FRA", "GBR", "040")
    }


# -- a place near a border lies on either side: only a show of force is aimed across it ---


@pytest.mark.parametrize(
    "text",
    [
        "Rebels of the M23 seized the town of Bunagana near the Ugandan border.",
        "M23 rebels captured a town near the border with Rwanda.",
        "Islamist fighters seized a village near the Malian border.",
        "Turkish troops shelled villages along the Syrian border.",
    ],
)
def test_an_act_near_a_border_hits_no_state_across_it(extractor: Extractor, text: str) -> None:
    assert {r.cameo[:2] for r in found(extractor, text) if r.target.type == "state"} == set()


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Russia massed troops near the Ukrainian border.", ("RUS", "UKR"), "154"),
        ("China deployed warships along the border with Vietnam.", ("CHN", "VNM"), "154"),
        ("Turkey closed its border with Syria.", ("TUR", "SYR"), "172"),
        ("Gunmen attacked a village near Kaduna.", ("None", "NGA"), "190"),
    ],
)
def test_a_show_of_force_or_the_border_itself_still_names_the_state(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    assert (*dyad, code) in codes(extractor, text)


def test_troops_near_a_border_are_not_the_state_across_it(extractor: Extractor) -> None:
    targets = {r.target.id for r in found(extractor, "Russia massed troops near the Ukrainian border.")}
    assert targets == {"UKR"}


def test_an_act_near_a_border_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("rebels seized a town near the Malian border", [1, 1, 3, 1, 3, 7, 7, 4],
                 "nsubj ROOT det dobj prep det amod pobj", "NOUN VERB DET NOUN ADP DET ADJ NOUN",
                 "rebel seize a town near the malian border", {0: "REB", 6: "MLI"})  # fmt: skip
    assert coded(rules, doc) == set()


# -- a state recognised is granted diplomatic recognition (054); an agreement revoked reduces relations ---


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Norway recognised the State of Palestine, drawing a furious response from Israel.", ("NOR", "PSE")),
        ("Nicaragua broke off relations with Taiwan and recognised Beijing.", ("NIC", "CHN")),
        ("Spain and Norway formally recognised a Palestinian state on Tuesday.", ("ESP", "PSE")),
        ("Ghana recognised the new military government in Niamey.", ("GHA", "NER")),
    ],
)
def test_a_state_recognised_is_diplomatic_recognition(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert (*dyad, "054") in codes(extractor, text)


def test_efforts_recognised_stay_praise(extractor: Extractor) -> None:
    text = "The African Union recognised the efforts of Kenya in the talks."
    assert codes(extractor, text) == {("None", "KEN", "051")}


def test_a_state_recognised_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad recognised Niger", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN",
                 "Chad recognise Niger", {0: "TCD", 2: "NER"})  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        code: {"id": code, "label": code, "type": "state", "code": code, "country": code}
        for code in ("TCD", "NER")
    }
    called = parsed("Chad recognised a Nigerien state", [1, 1, 4, 4, 1], "nsubj ROOT det amod dobj",
                    "PROPN VERB DET ADJ NOUN", "Chad recognise a nigerien state",
                    {0: "TCD", 3: "NER"})  # fmt: skip
    assert ("TCD", "NER", "054") in coded(rules, doc)
    assert ("TCD", "NER", "054") in coded(rules, called)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Niger's junta revoked a military cooperation agreement with the United States.", ("NER", "USA")),
        ("India cancelled a trade agreement with Malaysia.", ("IND", "MYS")),
        ("Burkina Faso annulled a 1961 treaty with France.", ("BFA", "FRA")),
    ],
)
def test_an_agreement_revoked_reduces_relations(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert (*dyad, "161") in codes(extractor, text)


# -- members of a body are the body: a head with no code of its own stands for its "of" ----------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("An Israeli airstrike killed 14 members of one family.", "CVL"),
        ("Gunmen killed five members of a family in Zamfara.", "NGACVL"),
        ("Police in Dhaka arrested 20 members of the opposition party.", "BGDPTY"),
    ],
)
def test_members_of_a_body_are_the_body(extractor: Extractor, text: str, target: str) -> None:
    assert target in {r.target.code for r in found(extractor, text)}


def test_supporters_of_a_leader_are_not_the_leader(extractor: Extractor) -> None:
    text = "Police in Islamabad detained dozens of supporters of former prime minister Imran Khan."
    assert "Imran Khan" not in {r.target.label for r in found(extractor, text)}


def test_members_of_a_body_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("gunmen killed members of a family", [1, 1, 1, 2, 5, 3], "nsubj ROOT dobj prep det pobj",
                 "NOUN VERB NOUN ADP DET NOUN", "gunman kill member of a family", {})  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 1, "grp:gunman", "generic"),
                            actor_span(doc, 2, 3, "grp:member", "generic"),
                            actor_span(doc, 4, 6, "grp:family", "generic")]  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "grp:gunman": {"id": "grp:gunman", "label": "gunmen", "type": "group", "code": "UAF"},
        "grp:member": {"id": "grp:member", "label": "members", "type": "group", "code": ""},
        "grp:family": {"id": "grp:family", "label": "family", "type": "group", "code": "CVL"},
    }
    assert ("grp:gunman", "grp:family", "190") in coded(rules, doc)


# -- the states of a region, or others than those named, are no one named state's ---------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Poland and the Baltic states have urged NATO to strengthen its eastern flank.",
            "baltic states",
        ),
        ("Germany and the Nordic countries pledged aid to Ukraine.", "nordic countries"),
        ("Egypt and other African governments criticised the EU.", "african governments"),
    ],
)
def test_a_regions_states_are_not_the_named_states(extractor: Extractor, text: str, body: str) -> None:
    countries = [r.source.country for r in found(extractor, text) if body in r.source.text.lower()]
    assert countries and set(countries) == {None}, countries


# -- an army's or an armed group's own: "its troops", "its fighters" ---------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nigeria's army said its troops had killed 50 bandits in Zamfara.", "NGAMIL"),
        ("The Sudanese army said its soldiers had repelled an RSF attack.", "SDNMIL"),
        ("Hamas said its fighters had attacked Israeli troops.", "PSEREBHMS"),
        ("The Houthis said their forces had targeted a US destroyer.", "YEMREB"),
    ],
)
def test_an_armys_or_groups_possessive_owns_its_agents(extractor: Extractor, text: str, source: str) -> None:
    assert source in {r.source.code for r in found(extractor, text)}


def test_an_armys_possessive_on_a_hand_parse(extractor: Extractor) -> None:
    doc = parsed("Chad 's army said its troops attacked rebels", [2, 0, 3, 3, 5, 6, 3, 6],
                 "poss case nsubj ROOT poss nsubj ccomp dobj",
                 "PROPN PART NOUN VERB PRON NOUN VERB NOUN", "Chad 's army say its troop attack rebel",
                 {})  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 3, "TCDMIL", "agent"),
                            actor_span(doc, 4, 5, "TCDMIL", "pronoun"),
                            actor_span(doc, 4, 6, "grp:troop", "generic")]  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "TCDMIL": {"id": "TCDMIL", "label": "Chad (military)", "type": "military", "code": "TCDMIL",
                   "country": "TCD"},
        "grp:troop": {"id": "grp:troop", "label": "troops", "type": "group", "code": "MIL"},
    }  # fmt: skip
    assign_domestic(doc, extractor.catalogue.get)
    assert [s.label_ for s in doc.spans[SPANS_KEY] if s.start == 4 and len(s) == 2] == ["TCDMIL"]


# -- a body of members left by a verb that codes nothing else ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Mali quit ECOWAS.", ("MLI", "IGOWAFBUSWAS")),
        ("Britain voted to leave the European Union.", ("GBR", "IGOEUREEC")),
        ("The United States exited the World Health Organization under Trump.", ("USA", "IGOUNOHLHWHO")),
    ],
)
def test_an_organisation_left_is_relations_reduced(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)} == {(*dyad, "160")}


@pytest.mark.parametrize("text", ["The envoy left Kabul on Monday.", "French troops left Niger in December."])
def test_a_place_left_codes_nothing(extractor: Extractor, text: str) -> None:
    assert found(extractor, text) == []


def test_an_organisation_left_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad quit ECCAS", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN", "Chad quit ECCAS",
                 {0: "TCD", 2: "IGOCAFECC"})  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "TCD": {"id": "TCD", "label": "Chad", "type": "state", "code": "TCD", "country": "TCD"},
        "IGOCAFECC": {"id": "IGOCAFECC", "label": "ECCAS", "type": "igo", "code": "IGOCAFECC"},
    }
    assert coded(rules, doc) == {("TCD", "IGOCAFECC", "160")}


# -- "they" after the coordinated subjects it repeats relates them -----------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Saudi Arabia and Iran announced they would restore relations.", ("SAU", "IRN")),
        ("Egypt and Qatar said they had agreed to restore ties.", ("EGY", "QAT")),
        ("India and China said they would hold talks.", ("IND", "CHN")),
    ],
)
def test_they_repeating_two_subjects_relates_them(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in {(r.source.code, r.target.code) for r in found(extractor, text)}


def test_they_repeating_two_subjects_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad and Niger said they would restore ties", [3, 0, 0, 3, 6, 6, 3, 6],
                 "nsubj cc conj ROOT nsubj aux ccomp dobj", "PROPN CCONJ PROPN VERB PRON AUX VERB NOUN",
                 "Chad and Niger say they would restore tie", {0: "TCD", 2: "NER"})  # fmt: skip
    doc.spans[SPANS_KEY] = [*doc.spans[SPANS_KEY], actor_span(doc, 4, 5, "TCD", "pronoun"),
                            actor_span(doc, 4, 5, "NER", "pronoun")]  # fmt: skip
    assert {(a, b) for a, b, _ in coded(rules, doc)} & {("TCD", "NER"), ("NER", "TCD")}


# -- an adjective governs its infinitive as a verb does: "ready to", "willing to", "keen to" --------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran is ready to meet the United States.", ("IRN", "USA", "036")),
        ("Russia is willing to negotiate with Ukraine.", ("RUS", "UKR", "036")),
        ("China is keen to deepen ties with Brazil.", ("CHN", "BRA", "032")),
    ],
)
def test_an_adjective_governs_its_infinitive(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_an_adjective_governs_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad is ready to meet Niger", [1, 1, 1, 4, 2, 4], "nsubj ROOT acomp aux xcomp dobj",
                 "PROPN AUX ADJ PART VERB PROPN", "Chad be ready to meet Niger",
                 {0: "TCD", 5: "NER"})  # fmt: skip
    assert ("TCD", "NER", "036") in coded(rules, doc)


# -- a noun after a comma sums up the clause: no judgement of the object ----------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Moldova accused Moscow of plotting a coup, a claim the Kremlin dismissed.", ("MDA", "RUS", "112")),
        ("China sanctioned US defence firms, a step Washington condemned.", ("CHN", "USA", "163")),
        ("Israel struck Iranian air defences, a move Tehran called an act of war.", ("ISR", "IRN", "190")),
    ],
)
def test_a_summing_noun_after_a_comma_is_no_judgement(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_a_summing_noun_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad accused Niger , a claim", [1, 1, 1, 1, 5, 1], "nsubj ROOT dobj punct det dobj",
                 "PROPN VERB PROPN PUNCT DET NOUN", "Chad accuse Niger , a claim",
                 {0: "TCD", 2: "NER"})  # fmt: skip
    judged = parsed("Chad considers Niger a threat", [1, 1, 1, 4, 1], "nsubj ROOT dobj det dobj",
                    "PROPN VERB PROPN DET NOUN", "Chad consider Niger a threat",
                    {0: "TCD", 2: "NER"})  # fmt: skip
    assert ("TCD", "NER", "112") in coded(rules, doc)
    assert not syntax.is_judgement(doc[1])
    assert syntax.is_judgement(judged[1])


# -- an event that dates a clause is the subject's only when the subject is an actor itself ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Moscow's leverage over Yerevan has waned since the 2020 war with Azerbaijan.",
        "Russia's influence in Armenia has declined since the war with Azerbaijan.",
    ],
)
def test_a_dating_event_is_not_a_possessors(extractor: Extractor, text: str) -> None:
    assert not {r for r in found(extractor, text) if r.source.country == "RUS"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Armenia has turned to the West since the 2020 war with Azerbaijan.", "ARM"),
        ("The Armenian army has rearmed since the war with Azerbaijan.", "ARM"),
    ],
)
def test_a_dating_event_is_the_acting_subjects(extractor: Extractor, text: str, source: str) -> None:
    assert (source, "AZE", "190") in codes(extractor, text)


def test_a_dating_event_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad 's leverage waned since the war with Niger", [2, 0, 3, 3, 3, 6, 4, 6, 7],
                 "poss case nsubj ROOT prep det pobj prep pobj",
                 "PROPN PART NOUN VERB ADP DET NOUN ADP PROPN",
                 "Chad 's leverage wane since the war with Niger", {0: "TCD", 8: "NER"})  # fmt: skip
    assert coded(rules, doc) == set()


# -- what a verb takes its object "as" is said of the object: "views Pyongyang as a threat to Seoul" ------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Washington views Pyongyang as a threat to Seoul.", ("PRK", "KOR", "130")),
        ("Cairo sees Ethiopia's new dam on the Nile as a threat to its water supply.", ("ETH", "EGY", "130")),
        (
            "Beijing views Washington's alliances in Asia as an attempt to contain China.",
            ("USA", "CHN", "170"),
        ),
    ],
)
def test_what_an_object_is_taken_as_is_the_objects(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_taken_as_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad views Niger as a threat to Mali", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB PROPN ADP DET NOUN ADP PROPN",
                 "Chad view Niger as a threat to Mali", {0: "TCD", 2: "NER", 7: "MLI"})  # fmt: skip
    got = coded(rules, doc)
    assert ("NER", "MLI", "130") in got
    assert ("TCD", "MLI", "130") not in got


# -- a wedding party is a feast, a search party a task: no political party -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Saudi-led coalition airstrike hit a wedding party in Yemen's Hajjah province.",
        "Police arrested members of a search party near the border.",
        "Gunmen opened fire on a birthday party in Kaduna.",
    ],
)
def test_a_gathering_called_a_party_is_no_political_party(extractor: Extractor, text: str) -> None:
    assert "PTY" not in {r.target.code[-3:] for r in found(extractor, text)}


def test_a_political_party_is_still_one(extractor: Extractor) -> None:
    text = "Police raided the offices of the opposition party in Dhaka."
    assert ("BGDCOP", "BGDOPP") in {(r.source.code, r.target.code) for r in found(extractor, text)}


def test_a_wedding_party_on_a_hand_parse() -> None:
    doc = parsed("jets hit a wedding party", [1, 1, 4, 4, 1], "nsubj ROOT det compound dobj",
                 "NOUN VERB DET NOUN NOUN", "jet hit a wedding party", {})  # fmt: skip
    ruling = parsed("the ruling party", [2, 2, 2], "det amod ROOT", "DET ADJ NOUN", "the ruling party",
                    {})  # fmt: skip
    assert not list(generic_mentions(doc, set()))
    assert [span.text for span, _ in generic_mentions(ruling, set())] == ["the ruling party"]


# -- reconciling makes peace, feuding and sparring quarrel --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ethiopia and Eritrea reconciled in 2018.", ("ETH", "ERI", "050")),
        ("Egypt reconciled with Qatar in 2021.", ("EGY", "QAT", "050")),
        ("India and Pakistan have feuded over Kashmir for decades.", ("IND", "PAK", "110")),
        ("Paris and Rome sparred over migration.", ("FRA", "ITA", "110")),
    ],
)
def test_relationship_verbs_code_their_relationship(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_relationship_verbs_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad and Niger reconciled", [3, 0, 0, 3], "nsubj cc conj ROOT", "PROPN CCONJ PROPN VERB",
                 "Chad and Niger reconcile", {0: "TCD", 2: "NER"})  # fmt: skip
    assert ("TCD", "NER", "050") in coded(rules, doc)


# -- an act ruled out will not be; one not ruled out may be -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple", "modality"),
    [
        ("Russia has not ruled out sending troops to Belarus.", ("RUS", "BLR", "062"), "speculative"),
        ("France did not rule out sending troops to Ukraine.", ("FRA", "UKR", "062"), "speculative"),
        ("Russia has ruled out sending troops to Belarus.", ("RUS", "BLR", "062"), "negated"),
        ("Washington has not excluded new sanctions on Iran.", ("USA", "IRN", "163"), "speculative"),
    ],
)
def test_an_act_ruled_out_or_not(
    extractor: Extractor, text: str, triple: tuple[str, str, str], modality: str
) -> None:
    got = {(r.source.country, r.target.country, r.cameo): r.modality for r in found(extractor, text)}
    assert got[triple] == modality


def test_ruled_out_on_a_hand_parse() -> None:
    doc = parsed("Chad has not ruled out sending troops", [3, 3, 3, 3, 3, 3, 5],
                 "nsubj aux neg ROOT prt xcomp dobj", "PROPN AUX PART VERB ADP VERB NOUN",
                 "Chad have not rule out send troop", {})  # fmt: skip
    ruled = parsed("Chad ruled out sending troops", [1, 1, 1, 1, 3], "nsubj ROOT prt xcomp dobj",
                   "PROPN VERB ADP VERB NOUN", "Chad rule out send troop", {})  # fmt: skip
    assert (modality_of(doc[5]), modality_of(ruled[3])) == ("speculative", "negated")


# -- weapons of mass destruction name any material conflict (2042) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Syria used chemical weapons against civilians in Douma.", ("SYR", "SYR", "2042")),
        ("Syrian government forces used chemical weapons against rebels in Ghouta.", ("SYR", "SYR", "2042")),
        ("Iraq used chemical weapons against Iranian troops.", ("IRQ", "IRN", "2042")),
    ],
)
def test_weapons_of_mass_destruction_name_the_act(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_tear_gas_stays_repression(extractor: Extractor) -> None:
    assert {r.cameo for r in found(extractor, "Police fired tear gas at protesters in Nairobi.")} == {"175"}


def test_weapons_of_mass_destruction_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad used chemical weapons against Niger", [1, 1, 3, 1, 1, 4],
                 "nsubj ROOT amod dobj prep pobj", "PROPN VERB ADJ NOUN ADP PROPN",
                 "Chad use chemical weapon against Niger",
                 {0: "TCD", 5: "NER"})  # fmt: skip
    assert ("TCD", "NER", "2042") in coded(rules, doc)


# -- sabotage of a thing damages its owner's property; sabotaged talks stay reduced relations ---------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "Ukraine's intelligence agency said it had sabotaged a Russian railway line in Buryatia.",
            ("UKR", "RUS"),
        ),
        ("Russian agents sabotaged a Polish railway line.", ("RUS", "POL")),
        ("Partisans loyal to Kyiv sabotaged a Russian military train near Melitopol.", ("None", "RUS")),
    ],
)
def test_sabotaged_property_is_destroyed_property(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert (*dyad, "1712") in codes(extractor, text)


def test_sabotaged_talks_reduce_relations(extractor: Extractor) -> None:
    assert codes(extractor, "Russia sabotaged the talks with Ukraine.") == {("RUS", "UKR", "160")}


def test_sabotaged_property_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad sabotaged a Nigerien pipeline", [1, 1, 4, 4, 1], "nsubj ROOT det amod dobj",
                 "PROPN VERB DET ADJ NOUN", "Chad sabotage a nigerien pipeline",
                 {0: "TCD", 3: "NER"})  # fmt: skip
    assert coded(rules, doc) == {("TCD", "NER", "1712")}


# -- sides that fought each other are no allies in what their fight did ------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Kyrgyz and Tajik border guards traded fire, killing at least 24 people.", ("KGZ", "TJK")),
        ("Indian and Chinese troops clashed in the Galwan valley, killing 20 soldiers.", ("CHN", "IND")),
        ("Israel and Hamas exchanged fire, wounding dozens of civilians.", ("ISR", "PSE")),
    ],
)
def test_opponents_are_no_co_agents(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    got = {(r.source.country, r.target.country, r.quad_class) for r in found(extractor, text)}
    assert (*dyad, 4) in got
    assert not {(a, b) for a, b, q in got if q <= 2} & {dyad, dyad[::-1]}


def test_partners_in_a_meeting_still_act_together(extractor: Extractor) -> None:
    assert ("GBR", "FRA", "050") in codes(extractor, "Britain and France met and condemned Russia.")


def test_opponents_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad and Niger exchanged fire , killing civilians", [3, 0, 0, 3, 3, 3, 3, 6],
                 "nsubj cc conj ROOT dobj punct advcl dobj", "PROPN CCONJ PROPN VERB NOUN PUNCT VERB NOUN",
                 "Chad and Niger exchange fire , kill civilian", {0: "TCD", 2: "NER", 7: "CVL"})  # fmt: skip
    assert not {c for c in coded(rules, doc) if c[2] in {"062", "050"}}


# -- an act named again: a noun a verb carried, an act named by another word -------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "China imposed sanctions on two US defence firms. Washington criticised the sanctions.",
            ("USA", "CHN", "111"),
        ),
        (
            "North Korea fired a ballistic missile over Japan. Tokyo and Seoul condemned the launch.",
            ("JPN", "PRK", "111"),
        ),
        (
            "Hungary's prime minister met Vladimir Putin in Moscow. EU leaders condemned the visit.",
            ("IGO", "HUN", "111"),
        ),
    ],
)
def test_an_act_named_again_by_its_noun_or_another_word(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(r.source.code[:3], r.target.country, r.cameo) for r in found(extractor, text)}
    assert triple in got


def test_a_noun_named_again_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad imposed sanctions . Mali criticised the sanctions .", [1, 1, 1, 1, 5, 5, 7, 5, 5],
                 "nsubj ROOT dobj punct nsubj ROOT det dobj punct",
                 "PROPN VERB NOUN PUNCT PROPN VERB DET NOUN PUNCT",
                 "Chad impose sanction . Mali criticise the sanction .", {0: "TCD", 4: "MLI"})  # fmt: skip
    assert ("MLI", "TCD", "111") in coded(rules, doc)


# -- an act done despite someone's warnings or objections ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Despite repeated warnings from Beijing, the US Navy sailed a warship through the Taiwan Strait",
            ("CHN", "USA", "130"),
        ),
        ("Turkey purchased missile systems from Moscow despite US objections.", ("USA", "TUR", "110")),
        ("Despite Chinese objections, the Czech Senate president visited Taiwan.", ("CHN", "CZE", "110")),
        ("Hungary blocked the aid package despite criticism from other EU members.", ("None", "HUN", "110")),
    ],
)
def test_an_act_despite_warnings_or_objections(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_despite_objections_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad bought jets despite objections from Niger", [1, 1, 1, 1, 3, 4, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB NOUN ADP NOUN ADP PROPN",
                 "Chad buy jet despite objection from Niger", {0: "TCD", 6: "NER"})  # fmt: skip
    assert ("NER", "TCD", "110") in coded(rules, doc)


# -- an acronym the parser takes for an auxiliary is still the subject -----------------------------------


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("IGAD condemned the coup in Niger.", ("IGODEVIAD", "NER", "111")),
        ("IGAD imposed sanctions on South Sudan.", ("IGODEVIAD", "SSD", "163")),
    ],
)
def test_an_acronym_parsed_as_an_auxiliary_is_the_subject(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in {(r.source.code, r.target.country, r.cameo) for r in found(extractor, text)}


def test_an_acronym_auxiliary_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("CEMAC condemned Chad", [1, 1, 1], "aux ROOT dobj", "AUX VERB PROPN", "cemac condemn Chad",
                 {0: "IGOCAFCEM", 2: "TCD"})  # fmt: skip
    will = parsed("Chad will condemn Niger", [2, 2, 2, 2], "nsubj aux ROOT dobj", "PROPN AUX VERB PROPN",
                  "Chad will condemn Niger", {0: "TCD", 3: "NER"})  # fmt: skip
    assert ("IGOCAFCEM", "TCD", "111") in coded(rules, doc)
    assert {(a, b) for a, b, _ in coded(rules, will)} == {("TCD", "NER")}  # a true auxiliary is no subject


# -- a body's "of <state>" names its owner, however long its own name -------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "The Ministry of Foreign Affairs of Japan strongly protests the entry of Chinese coast guard"
            " vessels into Japan's territorial waters.",
            "JPNGOV",
        ),
        (
            "The Ministry of Defence of Ukraine condemned the incursion of Russian drones into Polish"
            " airspace.",
            "UKRGOV",
        ),
    ],
)
def test_a_bodys_of_state_owns_it(extractor: Extractor, text: str, owner: str) -> None:
    doc = extractor.nlp(text)
    extractor.matcher(doc)
    assign_domestic(doc, extractor.catalogue.get)
    assert [s.label_ for s in doc.spans[SPANS_KEY] if s.start == 0] == [owner]


def test_a_bodys_of_state_on_a_hand_parse(extractor: Extractor) -> None:
    doc = parsed("the ministry of defence of Chad thanked Niger in Mali", [1, 6, 1, 2, 3, 4, 6, 6, 6, 8],
                 "det nsubj prep pobj prep pobj ROOT dobj prep pobj",
                 "DET NOUN ADP NOUN ADP PROPN VERB PROPN ADP PROPN",
                 "the ministry of defence of Chad thank Niger in Mali", {})  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 2, "grp:ministry", "generic"),
                            actor_span(doc, 5, 6, "TCD", "name"), actor_span(doc, 7, 8, "NER", "name"),
                            actor_span(doc, 9, 10, "MLI", "name")]  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "grp:ministry": {"id": "grp:ministry", "label": "ministry", "type": "group", "code": "GOV"},
        **{c: {"id": c, "label": c, "type": "state", "code": c, "country": c} for c in ("TCD", "NER", "MLI")},
    }
    assign_domestic(doc, extractor.catalogue.get)
    assert [s.label_ for s in doc.spans[SPANS_KEY] if s.start == 0] == ["TCDGOV"]


# -- an intrusion's "of" names the intruder ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Manila protested the incursion of Chinese ships into its exclusive economic zone.", ("PHL", "CHN")),
        ("Lithuania condemned the intrusion of Belarusian helicopters into its airspace.", ("LTU", "BLR")),
        ("India condemned the incursion of Chinese troops into Ladakh.", ("IND", "CHN")),
    ],
)
def test_an_intrusions_of_names_the_intruder(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in {(r.source.country, r.target.country) for r in found(extractor, text)}


def test_an_intrusions_of_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad condemned the incursion of Nigerien troops", [1, 1, 3, 1, 3, 6, 4],
                 "nsubj ROOT det dobj prep amod pobj", "PROPN VERB DET NOUN ADP ADJ NOUN",
                 "Chad condemn the incursion of nigerien troop", {0: "TCD", 5: "NER"})  # fmt: skip
    assert ("TCD", "NER", "111") in coded(rules, doc)


# -- the phrase of a noun the parser hangs on its sum ("aid worth $10 million to Syria") ---------------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The Republic of Korea will provide humanitarian assistance worth $10 million to Syria.",
            ("KOR", "SYR"),
        ),
        ("Japan approved a loan worth 5 billion yen to Sri Lanka.", ("JPN", "LKA")),
        ("Washington announced military aid worth $400 million for Ukraine.", ("USA", "UKR")),
    ],
)
def test_a_nouns_phrase_hung_on_its_sum(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    assert dyad in {(r.source.country, r.target.country) for r in found(extractor, text)}


def test_a_nouns_phrase_hung_on_its_sum_on_a_hand_parse() -> None:
    doc = parsed("aid worth millions to Chad", [0, 0, 1, 1, 3], "ROOT amod npadvmod prep pobj",
                 "NOUN ADJ NUM ADP PROPN", "aid worth million to Chad", {})  # fmt: skip
    assert [t.text for t in syntax.amount(doc[0])] == ["worth"]


# -- a missile or rocket intercepted is shot down; intercepted weapons shipments stay confiscated ------------


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Israel intercepted rockets fired by Hezbollah.", ("ISR", "LBN")),
        ("Saudi air defences intercepted a ballistic missile launched by the Houthis.", ("SAU", "YEM")),
        ("The Pentagon said its forces had intercepted a Houthi missile.", ("USA", "YEM")),
    ],
)
def test_an_intercepted_missile_is_shot_down(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "190") in codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The US Navy intercepted Iranian weapons bound for the Houthis.", "1711"),
        ("Russian jets intercepted a US reconnaissance drone over the Black Sea.", "150"),
    ],
)
def test_intercepted_weapons_and_drones_keep_their_codes(extractor: Extractor, text: str, code: str) -> None:
    assert {r.cameo for r in found(extractor, text)} == {code}


def test_an_intercepted_missile_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad intercepted a Nigerien missile", [1, 1, 4, 4, 1], "nsubj ROOT det amod dobj",
                 "PROPN VERB DET ADJ NOUN", "Chad intercept a nigerien missile",
                 {0: "TCD", 3: "NER"})  # fmt: skip
    assert coded(rules, doc) == {("TCD", "NER", "190")}


# -- "he" and "she" for a catalogue title of one office ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The German Chancellor said she would meet Putin.", ("DEU", "RUS", "036")),
        ("The US Defense Secretary said he would visit Kyiv next week.", ("USA", "UKR", "036")),
        ("The UN Secretary General said he was appalled by the attack by Hamas.", (None, "PSE", "110")),
        (
            "The EU High Representative said she had urged Iran to release the prisoners.",
            (None, "IRN", "020"),
        ),
    ],
)
def test_a_pronoun_stands_for_a_catalogue_title_of_one_office(
    extractor: Extractor, text: str, triple: tuple[str | None, str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_it_still_stands_for_a_government_named_as_such(extractor: Extractor) -> None:
    got = codes(extractor, "The German government said it would send tanks to Ukraine.")
    assert ("DEU", "UKR", "0332") in got, got


def test_a_pronoun_stands_for_a_title_of_one_office_by_hand(extractor: Extractor) -> None:
    doc = Doc(ENGLISH.vocab,
              words=["The", "German", "Chancellor", "said", "she", "would", "meet", "Putin", "."],
              heads=[2, 2, 3, 3, 6, 6, 3, 6, 3],
              deps=["det", "amod", "nsubj", "ROOT", "nsubj", "aux", "ccomp", "dobj", "punct"],
              pos=["DET", "ADJ", "PROPN", "VERB", "PRON", "AUX", "VERB", "PROPN", "PUNCT"],
              tags=["DT", "JJ", "NNP", "VBD", "PRP", "MD", "VB", "NNP", "."],
              lemmas=["the", "german", "Chancellor", "say", "she", "would", "meet", "Putin",
                      "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 1, 3, "DEUGOV", "name"), actor_span(doc, 7, 8, "RUSGOV", "name")]
    doc.user_data[ACTORS_KEY] = {
        "DEUGOV": {"id": "DEUGOV", "label": "Germany (government)", "type": "government", "code": "DEUGOV",
                   "country": "DEU"},
        "RUSGOV": {"id": "RUSGOV", "label": "Vladimir Putin", "type": "person", "code": "RUSGOV",
                   "country": "RUS"},
    }  # fmt: skip
    resolve_pronouns(doc, extractor.catalogue)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.start == 4] == [("she", "DEUGOV")]


# -- the "by" of an act the parser hangs on the verb ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "author", "target", "backer"),
    [
        ("Germany supported the offensive by Kurdish forces against the Islamic State.",
         "KURMIL", "IMGMUSISI", "DEU"),
        ("Iran backed the offensive by Houthi fighters against Saudi forces.", "YEMREB", "SAUMIL", "IRN"),
        ("Washington welcomed the offensive by Iraqi forces against Islamic State.",
         "IRQMIL", "IMGMUSISI", "USA"),
        ("Turkey opposed the offensive by Kurdish fighters against Syrian government forces.",
         "KURUAF", "SYRMIL", "TUR"),
    ],
)  # fmt: skip
def test_the_by_of_an_act_hung_on_the_verb_is_its_author(
    extractor: Extractor, text: str, author: str, target: str, backer: str
) -> None:
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert (author, target, "190") in got, got
    # whoever backs, welcomes or opposes the offensive does not wage it on its own author
    assert not [g for g in got if g[0] == backer and g[2] == "190"], got


def test_the_by_of_an_act_hung_on_the_verb_by_hand(rules: Rules) -> None:
    doc = parsed("Germany supported the offensive by Kurds against Iraq",
                 [1, 1, 3, 1, 1, 4, 5, 6], "nsubj ROOT det dobj prep pobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN ADP PROPN",
                 "Germany support the offensive by Kurds against Iraq",
                 {0: "DEU", 5: "KUR", 7: "IRQ"})  # fmt: skip
    got = coded(rules, doc)
    assert ("KUR", "IRQ", "190") in got, got
    assert ("DEU", "KUR", "190") not in got, got


def test_an_inquiry_into_crimes_by_someone_stays_about_them(extractor: Extractor) -> None:
    got = codes(
        extractor, "The ICC opened an investigation into alleged war crimes by Israeli forces in Gaza."
    )
    assert ("None", "ISR", "090") in got, got


# -- a small town's name yields to a place of a state the text names ------------------------------
def test_the_gazetteer_gives_a_small_towns_name_to_a_state_named_in_the_text() -> None:
    gazetteer = Gazetteer(frozenset({"sea", "gulf"}))
    # Samar: a Ukrainian town and a Philippine province; Kwale: Nigerian and Kenyan towns
    assert [gazetteer.country(name) for name in ("Samar", "Kwale", "Adrar")] == ["UKR", "NGA", "DZA"]
    assert [gazetteer.country(n, {"PHL"}) for n in ("Samar", "Kwale")] == ["PHL", "NGA"]
    assert gazetteer.country("Kwale", {"KEN", "USA"}) == "KEN"
    assert gazetteer.country("Adrar", {"MRT"}) == "MRT"
    # a large city keeps its own state whoever the text names: Paris, Texas is a town
    assert gazetteer.country("Paris", {"USA"}) == "FRA"


@pytest.mark.parametrize(
    ("text", "group", "state"),
    [
        ("Armed Forces of the Philippines clashed with NPA rebels in Samar.", "NPA rebels", "PHL"),
        ("Kenyan police arrested 12 protesters in Kwale.", "12 protesters", "KEN"),
        ("Mauritanian soldiers clashed with smugglers in Adrar.", "smugglers", "MRT"),
        # the town's own state, when the text names it
        ("Gunmen killed three farmers in Kwale, Nigerian police said.", "three farmers", "NGA"),
    ],
)
def test_people_in_a_small_town_belong_to_the_state_the_text_names(
    extractor: Extractor, text: str, group: str, state: str
) -> None:
    got = extractor.extract(Document(id="t", text=text))
    assert [m.country for m in got.mentions if m.text == group] == [state], got.mentions


# -- people on the move or in public places are civilians -------------------------------------------
@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Armed men kidnapped 30 passengers on the Abuja-Kaduna highway.", "30 passengers"),
        ("Gunmen opened fire on motorists near Bamenda.", "motorists"),
        ("A car bomb killed five bystanders outside a mosque in Kabul.", "five bystanders"),
        ("Militants abducted commuters from a bus in Balochistan.", "commuters"),
    ],
)
def test_passengers_and_bystanders_are_civilians_acted_on(
    extractor: Extractor, text: str, victims: str
) -> None:
    got = found(extractor, text)
    assert [r.target.code[-3:] for r in got if r.target.text == victims] == ["CVL"], got


# -- naming someone's act a wrong accuses them of it ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Biden called Putin a war criminal.", ("USA", "RUS", "112")),
        ("Kyiv called the Russian attack a war crime.", ("UKR", "RUS", "1121")),
        ("Manila called the Chinese manoeuvre an act of aggression.", ("PHL", "CHN", "112")),
        ("The Kremlin called the Ukrainian drone strike an act of terrorism.", ("RUS", "UKR", "1124")),
        ("Moscow called the Ukrainian saboteurs terrorists.", ("RUS", "UKR", "112")),
    ],
)
def test_naming_an_act_a_wrong_accuses_its_author(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text), found(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya calls Uganda a close partner.",
        "Washington called for talks with Iran.",
    ],
)
def test_naming_no_wrong_accuses_no_one(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo.startswith("112")], found(extractor, text)


def test_what_an_object_is_called_is_no_one_acted_on(extractor: Extractor) -> None:
    got = found(extractor, "Poland's president called Russia a terrorist state.")
    assert not [r for r in got if r.target.text == "a terrorist state"], got
    # "condemned what it called aggression": the condemning verb's own code, no second accusation
    assert [r.cameo for r in found(extractor, "Chile condemned what it called Peruvian aggression")] == [
        "1123"
    ]


def test_naming_an_act_a_wrong_by_hand(rules: Rules) -> None:
    doc = parsed("Chile called Peruvian raids crimes", [1, 1, 3, 1, 1], "nsubj ROOT amod dobj oprd",
                 "PROPN VERB ADJ NOUN NOUN", "Chile call peruvian raid crime",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "1121") in coded(rules, doc)


# -- whoever holds people does what befalls them in custody ---------------------------------------
@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("A Palestinian prisoner died after being tortured in Israeli custody, a rights group said.",
         ("ISR", "PSE"), "1822"),
        ("Two journalists were beaten while in the custody of Iranian security forces.",
         ("IRN", "None"), "182"),
        ("A Kenyan journalist died after being beaten by Ugandan police.", ("UGA", "KEN"), "182"),
    ],
)  # fmt: skip
def test_the_holder_does_what_befalls_those_in_custody(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    got = codes(extractor, text)
    assert (*dyad, code) in got, got
    # the one held never does it to the holder
    assert (dyad[1], dyad[0], code) not in got, got


def test_the_holder_does_what_befalls_those_in_custody_by_hand(rules: Rules) -> None:
    doc = parsed("Activists were beaten in Iranian custody", [2, 2, 2, 2, 5, 3],
                 "nsubjpass auxpass ROOT prep amod pobj", "NOUN AUX VERB ADP ADJ NOUN",
                 "activist be beat in iranian custody", {0: "OPP", 4: "IRN"})  # fmt: skip
    assert [(s, t) for s, t, _ in coded(rules, doc)] == [("IRN", "OPP")]


# -- what is received from someone, they give -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Ukraine received weapons from Germany.", ("DEU", "UKR", "072")),
        ("Armenia received arms from Russia.", ("RUS", "ARM", "072")),
        ("Egypt has received billions of dollars from Saudi Arabia.", ("SAU", "EGY", "071")),
    ],
)
def test_what_is_received_from_someone_they_give(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = codes(extractor, text)
    assert triple in got, got
    assert (triple[1], triple[0], triple[2]) not in got, got


@pytest.mark.parametrize(
    "text",
    ["Ukraine received a delegation from Poland.", "Kenya received a letter from the Ugandan president."],
)
def test_a_delegation_or_a_letter_received_is_no_aid(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo[:2] in {"06", "07"}], found(extractor, text)


def test_what_is_taken_from_someone_is_not_given(extractor: Extractor) -> None:
    got = codes(extractor, "The militants took money from local traders.")
    assert not [g for g in got if g[2][:2] in {"06", "07"}], got


def test_what_is_received_from_someone_they_give_by_hand(rules: Rules) -> None:
    doc = parsed("Chad received weapons from Libya", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chad receive weapon from Libya",
                 {0: "TCD", 4: "LBY"})  # fmt: skip
    assert ("LBY", "TCD", "072") in coded(rules, doc)


# -- "neither … nor" subjects: both, negated ----------------------------------------------------------
def test_neither_nor_subjects_both_act_negated(extractor: Extractor) -> None:
    got = found(extractor, "Neither Russia nor Ukraine has accepted the Turkish proposal.")
    accepted = {(r.source.country, r.target.country, r.modality) for r in got if r.cameo == "032"}
    assert accepted == {("RUS", "TUR", "negated"), ("UKR", "TUR", "negated")}, got


def test_neither_nor_subjects_by_hand() -> None:
    doc = parsed("Neither Chile nor Peru rejected Bolivia", [1, 4, 1, 1, 4, 4],
                 "preconj nsubj cc conj ROOT dobj", "CCONJ PROPN CCONJ PROPN VERB PROPN",
                 "neither Chile nor Peru reject Bolivia", {1: "CHL", 3: "PER", 5: "BOL"})  # fmt: skip
    assert [s.label_ for s in ActorIndex(doc).of_phrase(doc[1])] == ["CHL", "PER"]


# -- a pattern's preposition naming only where leaves whom to another ------------------------------
@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Police fired on commuters at a railway station in Dhaka.", "commuters"),
        ("Gunmen fired on passengers at a bus station in Kaduna.", "passengers"),
        ("Police fired on farmers at a market in Lahore.", "farmers"),
        ("Troops fired on villagers at a checkpoint in Rakhine.", "villagers"),
    ],
)
def test_whom_force_is_aimed_at_beats_where(extractor: Extractor, text: str, victims: str) -> None:
    got = found(extractor, text)
    assert [r.target.text for r in got if r.cameo == "190"] == [victims], got


def test_whom_force_is_aimed_at_beats_where_by_hand(rules: Rules) -> None:
    doc = parsed("Police fired on farmers at a market in Lahore", [1, 1, 1, 2, 1, 6, 4, 6, 7],
                 "nsubj ROOT prep pobj prep det pobj prep pobj", "NOUN VERB ADP NOUN ADP DET NOUN ADP PROPN",
                 "police fire on farmer at a market in Lahore", {0: "COP", 3: "AGR", 8: "PAK"})  # fmt: skip
    doc.spans[SPANS_KEY] = [
        actor_span(doc, 0, 1, "COP", "agent"),
        actor_span(doc, 3, 4, "AGR", "agent"),
        actor_span(doc, 8, 9, "PAK", "place"),
    ]
    assert {(s, t) for s, t, c in coded(rules, doc) if c == "190"} == {("COP", "AGR")}


# -- a number that counts people reads as whom it counts -------------------------------------------
@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Nigerian troops killed two of the Boko Haram commanders in Borno.", "NGA"),
        ("Police in Nairobi arrested three of the protesters outside parliament.", "KEN"),
        ("An Israeli strike killed one of Hezbollah's senior commanders in Beirut.", "LBN"),
        ("Azerbaijani forces killed three of the Armenian soldiers.", "ARM"),
    ],
)
def test_a_number_of_people_is_whom_it_counts(extractor: Extractor, text: str, victims: str) -> None:
    got = found(extractor, text)
    assert [r.target.country for r in got] == [victims], got


def test_a_number_of_people_by_hand(rules: Rules) -> None:
    doc = parsed("Troops killed two of the militants", [1, 1, 1, 2, 5, 3], "nsubj ROOT dobj prep det pobj",
                 "NOUN VERB NUM ADP DET NOUN", "troop kill two of the militant",
                 {0: "MIL", 5: "UAF"})  # fmt: skip
    assert ("MIL", "UAF", "190") in coded(rules, doc)


def test_one_of_its_commanders_is_the_body_its_stands_for_by_hand(rules: Rules) -> None:
    # "its" as coreference links it: a member is hit for the body, where "its systems" stay no one's
    doc = parsed("Israel killed one of its commanders", [1, 1, 1, 2, 5, 3], "nsubj ROOT dobj prep poss pobj",
                 "PROPN VERB NUM ADP PRON NOUN", "Israel kill one of its commander",
                 {0: "ISR", 4: "HEZ"})  # fmt: skip
    assert ("ISR", "HEZ", "190") in coded(rules, doc)


def test_its_fighters_are_the_group_its_stands_for(extractor: Extractor) -> None:
    text = "Hezbollah vowed revenge after an Israeli strike killed one of its commanders in Beirut."
    assert ("ISR", "LBN", "190") in codes(extractor, text)


# -- a subject the parser hangs on the auxiliary -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Egypt and Qatar are mediating between Israel and Hamas.",
         {("EGY", "ISR"), ("EGY", "PSE"), ("QAT", "ISR"), ("QAT", "PSE")}),
        ("Kenya and Uganda were negotiating with South Sudan over the border.",
         {("KEN", "SSD"), ("UGA", "SSD")}),
    ],
)  # fmt: skip
def test_subjects_hung_on_the_auxiliary_act(
    extractor: Extractor, text: str, pairs: set[tuple[str, str]]
) -> None:
    assert {(s, t) for s, t, _ in codes(extractor, text)} == pairs


def test_subjects_hung_on_the_auxiliary_by_hand(rules: Rules) -> None:
    doc = parsed("Egypt and Qatar are mediating between Israel and Hamas", [3, 0, 0, 4, 4, 4, 5, 6, 6],
                 "nsubj cc conj aux ROOT prep pobj cc conj",
                 "PROPN CCONJ PROPN AUX VERB ADP PROPN CCONJ PROPN",
                 "Egypt and Qatar be mediate between Israel and Hamas",
                 {0: "EGY", 2: "QAT", 6: "ISR", 8: "HAMAS"})  # fmt: skip
    assert {(s, t) for s, t, c in coded(rules, doc) if c == "045"} == {
        ("EGY", "ISR"),
        ("EGY", "HAMAS"),
        ("QAT", "ISR"),
        ("QAT", "HAMAS"),
    }


# -- hideouts and strongholds stand for the state they are in -------------------------------------
@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Pakistan carried out air strikes on militant hideouts inside Afghanistan.", "AFG"),
        ("Israeli jets bombed weapons depots in Syria.", "SYR"),
        ("Ethiopian drones struck rebel hideouts inside Sudan.", "SDN"),
    ],
)
def test_a_hideout_stands_for_its_state(extractor: Extractor, text: str, where: str) -> None:
    assert [r.target.country for r in found(extractor, text)] == [where], found(extractor, text)


def test_a_hideout_inside_a_state_by_hand(rules: Rules) -> None:
    doc = parsed("Jets bombed hideouts inside Afghanistan", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "NOUN VERB NOUN ADP PROPN", "jet bomb hideout inside Afghanistan",
                 {0: "PAKMIL", 4: "AFG"})  # fmt: skip
    assert {t for s, t, c in coded(rules, doc)} == {"AFG"}


# -- bodies that are several states are no one country's -------------------------------------------
@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Sahel juntas have turned to Russia for security assistance after expelling French forces.",
            "The Sahel juntas",
        ),
        (
            "The European Parliament urged member states to designate the IRGC a terrorist group.",
            "member states",
        ),
        ("The regimes expelled French diplomats.", "The regimes"),
        ("Gulf governments condemned the Houthi attack on Saudi Arabia.", "Gulf governments"),
    ],
)
def test_several_states_are_no_one_countrys(extractor: Extractor, text: str, group: str) -> None:
    got = [m for m in extractor.extract(Document(id="t", text=text)).mentions if m.text == group]
    assert got and all(m.country is None for m in got), got


def test_several_states_by_hand(extractor: Extractor) -> None:
    words = ["The", "juntas", "expelled", "French", "troops", "."]
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 2, 2, 4, 2, 2],
              deps=["det", "nsubj", "ROOT", "amod", "dobj", "punct"],
              pos=["DET", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
              lemmas=["the", "junta", "expel", "french", "troop", "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [
        actor_span(doc, 0, 2, "grp:juntas", "generic"),
        actor_span(doc, 3, 5, "FRAMIL", "agent"),
    ]
    doc.user_data[ACTORS_KEY] = {
        "grp:juntas": {"id": "grp:juntas", "label": "juntas", "type": "group", "code": "GOV"},
        "FRAMIL": {
            "id": "FRAMIL",
            "label": "France (military)",
            "type": "military",
            "code": "FRAMIL",
            "country": "FRA",
        },
    }
    assign_domestic(doc, extractor.catalogue.get)
    assert [s.label_ for s in doc.spans[SPANS_KEY] if s.start == 0] == ["grp:juntas"]
    retagged = Doc(ENGLISH.vocab, words=["The", "junta", *words[2:]], heads=[1, 2, 2, 4, 2, 2],
                   deps=["det", "nsubj", "ROOT", "amod", "dobj", "punct"],
                   pos=["DET", "NOUN", "VERB", "ADJ", "NOUN", "PUNCT"],
                   lemmas=["the", "junta", "expel", "french", "troop", "."])  # fmt: skip
    retagged.spans[SPANS_KEY] = [actor_span(retagged, 0, 2, "grp:junta", "generic"),
                                 actor_span(retagged, 3, 5, "FRAMIL", "agent")]  # fmt: skip
    retagged.user_data[ACTORS_KEY] = {**doc.user_data[ACTORS_KEY], "grp:junta": {
        "id": "grp:junta", "label": "junta", "type": "group", "code": "GOV"}}  # fmt: skip
    assign_domestic(retagged, extractor.catalogue.get)
    # one junta is one country's: here the only one the sentence names
    assert [s.label_ for s in retagged.spans[SPANS_KEY] if s.start == 0] != ["grp:junta"]


# -- "as part of" a deal: the subject's deal, not its object's -------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Cuba released 553 prisoners as part of a deal with the United States.", ("CUB", "USA")),
        ("Iran freed two French citizens as part of an agreement with France.", ("IRN", "FRA")),
        ("Venezuela freed six Americans as part of an agreement with Washington.", ("VEN", "USA")),
    ],
)
def test_as_part_of_a_deal_is_the_subjects_deal(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    deals = {(r.source.country, r.target.country) for r in found(extractor, text) if r.cameo == "057"}
    assert deals == {pair}, found(extractor, text)


def test_as_part_of_by_hand(rules: Rules) -> None:
    doc = parsed("Cuba released prisoners as part of a deal with Spain", [1, 1, 1, 1, 3, 4, 7, 5, 7, 8],
                 "nsubj ROOT dobj prep pobj prep det pobj prep pobj",
                 "PROPN VERB NOUN ADP NOUN ADP DET NOUN ADP PROPN",
                 "Cuba release prisoner as part of a deal with Spain",
                 {0: "CUB", 2: "CVL", 9: "ESP"})  # fmt: skip
    deals = {(s, t) for s, t, c in coded(rules, doc) if c == "057"}
    assert deals == {("CUB", "ESP")}


# -- an obstructed act: the obstructer withholds it ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Hungary has blocked EU military aid to Ukraine.", ("HUN", "UKR")),
        ("France obstructed EU aid to Turkey.", ("FRA", "TUR")),
        ("Republicans in Congress blocked US aid to Israel.", ("None", "ISR")),
    ],
)
def test_the_obstructer_withholds_the_aid(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    got = codes(extractor, text)
    withheld = {(s, t) for s, t, c in got if c.startswith("16")}
    assert withheld == {pair}, got


def test_the_obstructer_withholds_by_hand(rules: Rules) -> None:
    doc = parsed("Hungary blocked EU aid to Ukraine", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT compound dobj prep pobj",
                 "PROPN VERB PROPN NOUN ADP PROPN", "Hungary block EU aid to Ukraine",
                 {0: "HUN", 2: "EU", 5: "UKR"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, c in got if c.startswith("16")} == {("HUN", "UKR")}, got


# -- an answer that names no one is aimed at the authors of what it answers ------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Hezbollah vowed revenge after Israel killed a senior commander.", ("LBN", "ISR", "138")),
        ("Iran vowed to retaliate after Israel struck its consulate in Damascus.", ("IRN", "ISR", "138")),
        ("Hezbollah vowed revenge for the killing of its commander by Israel.", ("LBN", "ISR", "138")),
        ("The Houthis vowed revenge after US jets bombed Sanaa.", ("YEM", "USA", "138")),
    ],
)
def test_an_answer_is_aimed_at_the_authors_of_what_it_answers(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_an_answer_by_hand(rules: Rules) -> None:
    doc = parsed("Chile protested after Peru attacked Bolivia", [1, 1, 4, 4, 1, 4],
                 "nsubj ROOT mark nsubj advcl dobj", "PROPN VERB SCONJ PROPN VERB PROPN",
                 "Chile protest after Peru attack Bolivia", {0: "CHL", 3: "PER", 5: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, c in got if s == "CHL"} == {("CHL", "PER")}, got


def test_a_promised_response_is_no_cooperation_with_whom_it_answers(extractor: Extractor) -> None:
    text = "Hezbollah promised a response after an Israeli strike killed a senior commander in Beirut."
    assert not [r for r in found(extractor, text) if r.source.country == "LBN" and r.quad_class <= 2]


# -- a passive participle reads the noun it qualifies as its object ------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "The sanctions imposed on Iran by the European Union target its drone programme.",
            ("None", "IRN", "163"),
        ),
        (
            "Sanctions imposed on Venezuela by the United States have hurt its oil industry.",
            ("USA", "VEN", "163"),
        ),
        ("Nigerian troops rescued 20 hostages held by Boko Haram in Borno.", ("NGA", "None", "181")),
    ],
)
def test_a_participle_reads_the_noun_it_qualifies(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_a_participle_reads_the_noun_it_qualifies_by_hand(rules: Rules) -> None:
    doc = parsed("sanctions imposed on Iran by Canada", [0, 0, 1, 2, 1, 4], "ROOT acl prep pobj agent pobj",
                 "NOUN VERB ADP PROPN ADP PROPN", "sanction impose on Iran by Canada",
                 {3: "IRN", 5: "CAN"})  # fmt: skip
    doc[1].tag_ = "VBN"
    assert ("CAN", "IRN", "163") in coded(rules, doc)


def test_a_two_sided_noun_reads_its_parties_itself(extractor: Extractor) -> None:
    text = "The agreement reached by Sudan and South Sudan on oil transit holds."
    assert ("SDN", "SSD", "057") in codes(extractor, text)


# -- a possessive in what force hits is not the attacker's -----------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Armenian officials said Azerbaijani troops had opened fire on their positions overnight.",
         ("AZE", "ARM", "193")),
        ("Hezbollah vowed revenge after Israel killed one of its commanders.", ("ISR", "LBN", "190")),
        ("Russia denied reports that Ukraine had shot down its jet.", ("UKR", "RUS", "190")),
    ],
)  # fmt: skip
def test_a_possessive_in_what_force_hits_is_not_the_attackers(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(str(r.source.country), str(r.target.country), r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_a_possessive_in_the_act_itself_is_the_doers(extractor: Extractor) -> None:
    got = codes(extractor, "At Baghdad's request, the coalition widened its air strikes.")
    assert ("IRQ", "None", "020") in got, got


def test_a_possessive_in_what_force_hits_by_hand(extractor: Extractor) -> None:
    doc = Doc(ENGLISH.vocab,
              words=["Iran", "said", "Israel", "struck", "its", "consulate", "."],
              heads=[1, 1, 3, 1, 5, 3, 1],
              deps=["nsubj", "ROOT", "nsubj", "ccomp", "poss", "dobj", "punct"],
              pos=["PROPN", "VERB", "PROPN", "VERB", "PRON", "NOUN", "PUNCT"],
              tags=["NNP", "VBD", "NNP", "VBD", "PRP$", "NN", "."],
              lemmas=["Iran", "say", "Israel", "strike", "its", "consulate", "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 1, "IRN", "name"), actor_span(doc, 2, 3, "ISR", "name")]
    doc.user_data[ACTORS_KEY] = {
        "IRN": {"id": "IRN", "label": "Iran", "type": "state", "code": "IRN", "country": "IRN"},
        "ISR": {"id": "ISR", "label": "Israel", "type": "state", "code": "ISR", "country": "ISR"},
    }
    resolve_pronouns(doc, extractor.catalogue)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.start == 4] == [("its", "IRN")]
    doc[3].lemma_ = "visit"  # no force: the possessive may be the subject's own
    doc.spans[SPANS_KEY] = [s for s in doc.spans[SPANS_KEY] if s.start != 4]
    resolve_pronouns(doc, extractor.catalogue)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.start == 4] == [("its", "ISR")]


# -- an official whose portfolio is a place abroad -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Minister of State for the Middle East condemned the attack on the Turkish embassy in Mogadishu.",
        "The minister for Europe condemned the arrest of protesters in Belgrade.",
        "The special envoy for Yemen condemned the Houthi attack on Aden.",
    ],
)
def test_an_official_for_a_place_abroad_is_not_its(extractor: Extractor, text: str) -> None:
    officials = [m for m in extractor.extract(Document(id="t", text=text)).mentions if m.start == 0]
    assert officials and all(m.country is None for m in officials), officials


def test_an_official_for_a_place_abroad_by_hand(extractor: Extractor) -> None:
    def owner(portfolio: str, label: str | None) -> list[str]:
        words = ["The", "minister", "for", portfolio, "spoke", "in", "Nairobi", "."]
        doc = Doc(ENGLISH.vocab, words=words, heads=[1, 4, 1, 2, 4, 4, 5, 4],
                  deps=["det", "nsubj", "prep", "pobj", "ROOT", "prep", "pobj", "punct"],
                  pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
                  lemmas=["the", "minister", "for", portfolio, "speak", "in", "Nairobi", "."])  # fmt: skip
        doc.ents = [Span(doc, 3, 4, label=label)] if label else []
        doc.spans[SPANS_KEY] = [
            actor_span(doc, 0, 2, "grp:minister", "generic"),
            actor_span(doc, 6, 7, "KEN", "place"),
        ]
        doc.user_data[ACTORS_KEY] = {
            "grp:minister": {"id": "grp:minister", "label": "minister", "type": "group", "code": "GOV"},
            "KEN": {"id": "KEN", "label": "Kenya", "type": "state", "code": "KEN", "country": "KEN"},
        }
        assign_domestic(doc, extractor.catalogue.get)
        return [s.label_ for s in doc.spans[SPANS_KEY] if s.start == 0]

    assert owner("Europe", "LOC") == ["grp:minister"]
    assert owner("Trade", None) == ["KENGOV"]


# -- a feeling's cause: an act of authority is the state's where it happened, and no act of who feels --
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The EU is concerned about the arrest of a French citizen in Iran.", ("None", "IRN")),
        ("Canada is troubled by the detention of activists in Egypt.", ("CAN", "EGY")),
        ("The United States is concerned about the crackdown on protesters in Georgia.", ("USA", "GEO")),
    ],
)
def test_worry_about_an_act_of_authority_is_aimed_at_the_state_where(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert (*pair, "012") in codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "feeling"),
    [
        ("Germany was shocked by the killing of protesters in Iran.", "DEU"),
        ("Britain is alarmed by the detention of opposition leaders in Tanzania.", "GBR"),
        ("Canada is troubled by the detention of activists in Egypt.", "CAN"),
    ],
)
def test_who_feels_does_not_do_what_they_feel_about(extractor: Extractor, text: str, feeling: str) -> None:
    got = codes(extractor, text)
    assert not [g for g in got if g[0] == feeling and g[2][:2] in {"17", "18"}], got


def test_who_feels_does_not_do_what_they_feel_about_by_hand(rules: Rules) -> None:
    doc = parsed("Canada was troubled by the detention of activists in Egypt", [2, 2, 2, 2, 5, 3, 5, 6, 7, 8],
                 "nsubjpass auxpass ROOT agent det pobj prep pobj prep pobj",
                 "PROPN AUX VERB ADP DET NOUN ADP NOUN ADP PROPN",
                 "Canada be trouble by the detention of activist in Egypt",
                 {0: "CAN", 7: "OPP", 9: "EGY"})  # fmt: skip
    doc[2].tag_ = "VBN"
    got = coded(rules, doc)
    assert not [g for g in got if g[0] == "CAN" and g[2].startswith("17")], got


# -- who raises, learns of or commemorates an act did not do it ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mosul was liberated after three years of occupation by ISIS.",
        "Kherson was liberated after months of occupation by Russian forces.",
    ],
)
def test_an_acts_by_is_its_own_after_a_passive(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.source.code in {"IMGMUSISI", "RUSMIL"}], found(
        extractor, text
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Germany raised the detention of its citizens with Iranian officials.", "DEU"),
        ("Britain learned of the arrest of its nationals in Russia from media reports.", "GBR"),
        ("Kenya commemorated the bombing of the US embassy in Nairobi.", "KEN"),
    ],
)
def test_who_speaks_of_or_remembers_an_act_did_not_do_it(
    extractor: Extractor, text: str, speaker: str
) -> None:
    got = codes(extractor, text)
    assert not [g for g in got if g[0] == speaker and g[2][:2] in {"17", "18", "19"}], got


def test_who_remembers_an_act_did_not_do_it_by_hand(rules: Rules) -> None:
    doc = parsed("Japan remembered the bombing of Kenya", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Japan remember the bombing of Kenya",
                 {0: "JPN", 5: "KEN"})  # fmt: skip
    got = coded(rules, doc)
    assert not [g for g in got if g[0] == "JPN"], got


# -- reporting an attack is not making it; its doer is its own ------------------------------------
@pytest.mark.parametrize(
    ("text", "reporter"),
    [
        ("Nigeria reported an attack by bandits on a village in Zamfara.", "NGA"),
        ("Pakistan reported an attack by militants on a police post in Khyber.", "PAK"),
        ("Mali reported an attack by jihadists on its troops near Gao.", "MLI"),
    ],
)
def test_reporting_an_attack_is_not_making_it(extractor: Extractor, text: str, reporter: str) -> None:
    got = found(extractor, text)
    assert [r for r in got if r.cameo.startswith("19")], got
    assert not [r for r in got if r.source.country == reporter and r.source.type == "state"], got


def test_its_in_an_attack_by_another_stands_for_the_reporter(extractor: Extractor) -> None:
    got = codes(extractor, "Chad reported an attack by Boko Haram on its soldiers near Lake Chad.")
    assert got == {("NGA", "TCD", "190")}, got


def test_its_in_an_attack_by_another_by_hand(extractor: Extractor) -> None:
    doc = Doc(ENGLISH.vocab,
              words=["Chad", "reported", "an", "attack", "by", "Boko", "on", "its", "soldiers", "."],
              heads=[1, 1, 3, 1, 3, 4, 3, 8, 6, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "poss", "pobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "PRON", "NOUN", "PUNCT"],
              tags=["NNP", "VBD", "DT", "NN", "IN", "NNP", "IN", "PRP$", "NNS", "."],
              lemmas=["Chad", "report", "an", "attack", "by", "Boko", "on", "its", "soldier",
                      "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 1, "TCD", "name"), actor_span(doc, 5, 6, "boko", "name")]
    doc.user_data[ACTORS_KEY] = {
        "TCD": {"id": "TCD", "label": "Chad", "type": "state", "code": "TCD", "country": "TCD"},
        "boko": {"id": "boko", "label": "Boko", "type": "armed_group", "code": "NGAREB", "country": "NGA"},
    }
    resolve_pronouns(doc, extractor.catalogue)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.start == 7] == [("its", "TCD")]


# -- who suffers harm from an act undergoes the act --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lebanon suffered heavy damage from Israeli air strikes in the south.", ("ISR", "LBN")),
        ("Yemen endured years of destruction from Saudi air strikes.", ("SAU", "YEM")),
        ("Kharkiv suffered heavy casualties from a Russian missile attack.", ("RUS", "UKR")),
    ],
)
def test_who_suffers_harm_from_an_act_undergoes_it(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert [c for s, t, c in codes(extractor, text) if (s, t) == pair and c.startswith("19")]


def test_who_suffers_harm_from_an_act_by_hand(rules: Rules) -> None:
    doc = parsed("Lebanon suffered damage from Israeli strikes", [1, 1, 1, 2, 5, 3],
                 "nsubj ROOT dobj prep amod pobj",
                 "PROPN VERB NOUN ADP ADJ NOUN", "Lebanon suffer damage from israeli strike",
                 {0: "LBN", 4: "ISR"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for s, t, c in got if (s, t) == ("ISR", "LBN") and c.startswith("19")], got


# -- talks cut back, whatever they are about ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Saudi Arabia has paused talks on normalising ties with Israel.", ("SAU", "ISR")),
        ("Saudi Arabia suspended talks on a defence pact with the United States.", ("SAU", "USA")),
        ("Israel paused talks on normalising ties with Saudi Arabia.", ("ISR", "SAU")),
    ],
)
def test_talks_cut_back_are_halted_whatever_they_are_about(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(s, t, c) for s, t, c in codes(extractor, text) if (s, t) == pair}
    assert got == {(*pair, "164")}, codes(extractor, text)


def test_talks_cut_back_by_hand(rules: Rules) -> None:
    doc = parsed("Chile suspended talks on a pact with Peru", [1, 1, 1, 2, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                 "Chile suspend talk on a pact with Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert {c for s, t, c in got if (s, t) == ("CHL", "PER")} == {"164"}, got


# -- a past-tense verb the parser hung on the noun after it ---------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Chad condemned Nigerien missile strikes", ("TCD", "NER", "111")),
        ("Chile trained Peruvian troops", ("CHL", "PER", "072")),
        (
            "Egyptian President Abdel Fattah al-Sisi hosted Sudanese army chief Abdel Fattah al-Burhan"
            " in Cairo.",
            ("EGY", "SDN", "043"),
        ),
    ],
)
def test_a_verb_parsed_as_a_modifier_acts_on_the_noun_it_modifies(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in codes(extractor, text)


def test_a_verb_parsed_as_a_modifier_by_hand(rules: Rules) -> None:
    doc = parsed("Chile trained Peruvian troops", [1, 3, 3, 3], "nsubj amod amod ROOT",
                 "PROPN VERB ADJ NOUN", "Chile train peruvian troop", {0: "CHL", 2: "PER"})  # fmt: skip
    doc[1].tag_ = "VBD"
    assert ("CHL", "PER", "072") in coded(rules, doc)


def test_a_participle_on_a_noun_is_no_misparsed_verb(rules: Rules) -> None:
    # "the occupied territories": a participle (VBN) with no subject of its own
    doc = parsed("Chile visited occupied Peruvian towns", [1, 1, 4, 4, 1], "nsubj ROOT amod amod dobj",
                 "PROPN VERB VERB ADJ NOUN", "Chile visit occupy peruvian town",
                 {0: "CHL", 3: "PER"})  # fmt: skip
    doc[2].tag_ = "VBN"
    assert syntax.modified_object(doc[2]) == []


# -- a modifier the parser leaves holding only the "and" ------------------------------------------
def test_a_modifier_holding_only_the_and_is_coordinated(extractor: Extractor) -> None:
    text = "Israeli and Hezbollah fighters traded fire across the border."
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == {"ISR", "LBN"}]
    assert got and all(r.cameo.startswith("19") and r.symmetric for r in got), found(extractor, text)


@pytest.mark.parametrize("kind", ["name", "agent"])
def test_a_modifier_holding_only_the_and_by_hand(rules: Rules, kind: MentionKind) -> None:
    doc = parsed("Chilean and Peruvian rebels clashed", [3, 0, 3, 4, 4], "amod cc amod nsubj ROOT",
                 "ADJ CCONJ ADJ NOUN VERB", "chilean and peruvian rebel clash", {})  # fmt: skip
    doc.spans["actors"] = [actor_span(doc, 0, 1, "CHL", "name"), actor_span(doc, 2, 4, "PER", kind)]
    assert {frozenset((s, t)) for s, t, c in coded(rules, doc) if c.startswith("19")} == {
        frozenset(("CHL", "PER"))
    }


# -- rounds, waves and packages count what they hold ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Norway has offered to host a new round of talks between the Colombian government and ELN"
            " rebels.",
            ("NOR", "COL", "039"),
        ),
        (
            "Turkey hosted a second round of talks between Russian and Ukrainian delegations.",
            ("TUR", "RUS", "045"),
        ),
        ("Oman hosted indirect talks between Iranian and American negotiators.", ("OMN", "USA", "045")),
    ],
)
def test_hosted_talks_between_two_sides_are_mediation(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in codes(extractor, text)


def test_a_round_of_talks_reads_as_talks_by_hand(rules: Rules) -> None:
    doc = parsed("Chile hosted a round of talks between Peru and Bolivia", [1, 1, 3, 1, 3, 4, 5, 6, 7, 7],
                 "nsubj ROOT det dobj prep pobj prep pobj cc conj",
                 "PROPN VERB DET NOUN ADP NOUN ADP PROPN CCONJ PROPN",
                 "Chile host a round of talk between Peru and Bolivia",
                 {0: "CHL", 7: "PER", 9: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t, c) for s, t, c in got if s == "CHL"} == {("CHL", "PER", "045"), ("CHL", "BOL", "045")}


# -- a release is the holder's, not the one who seeks or brokers it -------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hamas announced the release of three Israeli hostages on Saturday.", ("PSE", "ISR", "0841")),
        (
            "The EU welcomes the release of political prisoners by the Belarusian authorities.",
            ("BLR", "None", "0841"),
        ),
        ("Ukraine welcomed the release of Ukrainian prisoners of war by Russia.", ("RUS", "UKR", "0841")),
        ("Qatar mediated the release of four American citizens held in Iran.", ("QAT", "USA", "045")),
    ],
)
def test_a_release_is_done_by_its_releaser(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "seeker"),
    [
        ("Australia is seeking the release of a journalist detained in China.", "AUS"),
        ("Germany secured the release of a German citizen jailed in Belarus.", "DEU"),
        ("Egypt mediated the release of Israeli hostages held by Hamas.", "EGY"),
        ("Qatar mediated the release of four American citizens held in Iran.", "QAT"),
    ],
)
def test_who_seeks_or_brokers_a_release_does_not_release(
    extractor: Extractor, text: str, seeker: str
) -> None:
    got = codes(extractor, text)
    assert not [c for s, t, c in got if s == seeker and c.startswith("084")], got


def test_a_release_sought_by_hand(rules: Rules) -> None:
    doc = parsed("Chile sought the release of Peru 's envoy", [1, 1, 3, 1, 3, 7, 5, 4],
                 "nsubj ROOT det dobj prep poss case pobj", "PROPN VERB DET NOUN ADP PROPN PART NOUN",
                 "Chile seek the release of Peru 's envoy", {0: "CHL", 5: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "0253") in got and not [c for s, t, c in got if c.startswith("084")], got


# -- migrants detained are arrested ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mexican authorities detained more than 300 migrants from Central America in a truck.", "MEX"),
        ("Greek police detained dozens of migrants near the border.", "GRC"),
        ("Libyan authorities imprisoned hundreds of migrants in Tripoli.", "LBY"),
    ],
)
def test_migrants_detained_are_arrested(extractor: Extractor, text: str, source: str) -> None:
    assert [c for s, t, c in codes(extractor, text) if s == source and c == "173"], codes(extractor, text)


def test_migrants_detained_by_hand(rules: Rules) -> None:
    doc = parsed("Chile detained Peruvian migrants", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chile detain peruvian migrant", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "173") in coded(rules, doc)


# -- adjectives joined on a one-sided act are its authors, not its two sides ------------------------
@pytest.mark.parametrize(
    ("text", "authors", "receiver"),
    [
        (
            "Egypt has long relied on Saudi and Emirati financial support to stabilise its economy.",
            {"SAU", "ARE"},
            "EGY",
        ),
        ("Kyiv welcomed new British and French military aid.", {"GBR", "FRA"}, "UKR"),
        ("Sudan received Saudi and Qatari loans last year.", {"SAU", "QAT"}, "SDN"),
    ],
)
def test_adjectives_joined_on_a_one_sided_act_are_its_authors(
    extractor: Extractor, text: str, authors: set[str], receiver: str
) -> None:
    got = codes(extractor, text)
    assert {s for s, t, c in got if t == receiver and c.startswith("07")} == authors, got
    assert not [c for s, t, c in got if {s, t} == authors], got


def test_a_hyphened_adjective_pair_on_a_strike_strikes_together(extractor: Extractor) -> None:
    got = codes(extractor, "US-Israeli strikes hit Iranian nuclear sites.")
    assert ("USA", "IRN", "190") in got and ("ISR", "IRN", "190") in got
    assert not [c for s, t, c in got if (s, t) == ("USA", "ISR") and c.startswith("19")], got


def test_adjectives_joined_on_a_one_sided_act_by_hand(rules: Rules) -> None:
    doc = parsed("Peru received Chilean and Bolivian aid", [1, 1, 5, 2, 2, 1], "nsubj ROOT amod cc conj dobj",
                 "PROPN VERB ADJ CCONJ ADJ NOUN", "Peru receive chilean and bolivian aid",
                 {0: "PER", 2: "CHL", 4: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {("CHL", "PER"), ("BOL", "PER")} <= {(s, t) for s, t, c in got if c.startswith("07")}, got
    assert not [c for s, t, c in got if {s, t} == {"CHL", "BOL"}], got


# -- the weapon named decides over the dictionary's one code for every weapon ------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Gunmen attacked villagers with machetes in Ituri.", ("None", "COD", "182")),
        (
            "ADF militants attacked civilians in Beni territory with machetes, killing 18.",
            ("UGA", "None", "182"),
        ),
        ("Militants attacked a police station with rifles and grenades.", ("None", "None", "193")),
        ("Israel attacked Hezbollah positions with artillery.", ("ISR", "LBN", "194")),
    ],
)
def test_the_weapon_named_decides_the_code_of_force(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in codes(extractor, text), codes(extractor, text)


def test_the_weapon_named_decides_the_code_of_force_by_hand(rules: Rules) -> None:
    doc = parsed("Chile attacked Peru with knives", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB PROPN ADP NOUN", "Chile attack Peru with knife",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "182") in coded(rules, doc)


# -- an act named after the "of" of a report or of evidence ---------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "modality"),
    [
        ("There were no reports of Israeli strikes on Iran overnight.", ("ISR", "IRN"), "negated"),
        ("There was no sign of a Russian withdrawal from Kherson.", ("RUS", "UKR"), "negated"),
        ("Reports of Chinese military aid to Russia alarmed Washington.", ("CHN", "RUS"), "hedged"),
        (
            "There were reports of clashes between Indian and Chinese troops in Ladakh.",
            ("CHN", "IND"),
            "hedged",
        ),
    ],
)
def test_an_act_reported_or_not_is_as_true_as_the_report(
    extractor: Extractor, text: str, pair: tuple[str, str], modality: str
) -> None:
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == set(pair)]
    assert got and all(r.modality == modality for r in got), found(extractor, text)


def test_an_act_reported_or_not_by_hand() -> None:
    doc = parsed("there were no reports of strikes", [1, 1, 3, 1, 3, 4], "expl ROOT det attr prep pobj",
                 "PRON VERB DET NOUN ADP NOUN", "there be no report of strike", {})  # fmt: skip
    assert modality_of(doc[5]) == "negated"
    doc = parsed("reports of strikes alarmed Chile", [3, 0, 1, 3, 3], "nsubj prep pobj ROOT dobj",
                 "NOUN ADP NOUN VERB PROPN", "report of strike alarm Chile", {})  # fmt: skip
    assert modality_of(doc[2]) == "hedged"


# -- a place the tagger calls a person, named by the act on it ------------------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("There was no sign of a Russian withdrawal from Kherson.", "Kherson"),
        ("Russian forces tightened the siege of Mariupol in April.", "Mariupol"),
        ("Ukraine marked the anniversary of the liberation of Kherson.", "Kherson"),
    ],
)
def test_a_place_named_by_the_act_on_it_is_no_person(extractor: Extractor, text: str, place: str) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert {m.text: m.type for m in doc.mentions}.get(place) == "state", doc.mentions


# -- an object "it" after a thing named since its antecedent is the thing --------------------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Egypt and Qatar proposed a new ceasefire plan on Friday. Hamas said it was studying the"
            " proposal, while Israel rejected it.",
            {"PSE", "EGY", "QAT"},
        ),
        ("Egypt and Qatar proposed a new ceasefire plan on Friday. Israel rejected it.", {"EGY", "QAT"}),
        ("The EU sanctioned Iran's drone programme on Monday. Russia condemned it.", {"IGO"}),
    ],
)
def test_an_object_it_after_a_thing_is_the_thing(extractor: Extractor, text: str, wrong: set[str]) -> None:
    got = found(extractor, text)
    rejected = [r for r in got if r.trigger is not None and r.trigger.text in {"rejected", "condemned"}]
    assert not [r for r in rejected if (r.target.country or "IGO") in wrong], got


def _two_sentences(words: list[str], tags: list[str], labels: dict[int, str]) -> Doc:
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 6, 6, 6],
              deps=["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
              pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PRON", "PUNCT"], tags=tags,
              lemmas=[w.lower() for w in words])  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, i, i + 1, label, "name") for i, label in labels.items()]
    doc.user_data[ACTORS_KEY] = {
        label: {"id": label, "label": label, "type": "state", "code": label, "country": label}
        for label in labels.values()
    }
    return doc


def test_an_object_it_after_a_thing_by_hand(extractor: Extractor) -> None:
    tags = ["NNP", "VBD", "DT", "NN", ".", "NNP", "VBD", "PRP", "."]
    words = ["Chile", "proposed", "a", "plan", ".", "Peru", "rejected", "it", "."]
    doc = _two_sentences(words, tags, {0: "CHL", 5: "PER"})
    resolve_pronouns(doc, extractor.catalogue)
    assert not [s for s in doc.spans[SPANS_KEY] if s.start == 7]
    # with an actor, not a thing, named in between, the pronoun still resolves
    words = ["Chile", "attacked", "the", "Peru", ".", "Bolivia", "condemned", "it", "."]
    doc = _two_sentences(
        words, ["NNP", "VBD", "DT", "NNP", ".", "NNP", "VBD", "PRP", "."], {0: "CHL", 3: "PER", 5: "BOL"}
    )
    resolve_pronouns(doc, extractor.catalogue)
    assert [s for s in doc.spans[SPANS_KEY] if s.start == 7]


# -- an answer made with an act is its subject's act -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("China retaliated with tariffs on Canadian canola oil.", ("CHN", "CAN", "163")),
        ("Russia responded with sanctions against Japanese officials.", ("RUS", "JPN", "163")),
        ("Pakistan responded with airstrikes on Afghan territory.", ("PAK", "AFG", "195")),
        ("Israel retaliated for the rocket fire with strikes on Gaza.", ("ISR", "PSE", "190")),
    ],
)
def test_an_answer_made_with_an_act_is_its_subjects(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in codes(extractor, text), codes(extractor, text)


def test_an_answer_made_with_an_act_by_hand(rules: Rules) -> None:
    doc = parsed("Chile retaliated with sanctions on Peru", [1, 1, 1, 2, 3, 4],
                 "nsubj ROOT prep pobj prep pobj", "PROPN VERB ADP NOUN ADP PROPN",
                 "Chile retaliate with sanction on Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "163") in coded(rules, doc)


# -- export controls are restrictions ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Japan lifted export controls on South Korea.", ("JPN", "KOR", "081")),
        ("The United States tightened export controls on China.", ("USA", "CHN", "172")),
        ("Japan imposed export controls on South Korea.", ("JPN", "KOR", "172")),
    ],
)
def test_export_controls_are_restrictions(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    got = codes(extractor, text)
    assert event in got and not [c for s, t, c in got if c.startswith("13")], got


def test_export_controls_by_hand(rules: Rules) -> None:
    doc = parsed("Chile lifted export controls on Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT compound dobj prep pobj", "PROPN VERB NOUN NOUN ADP PROPN",
                 "Chile lift export control on Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert {c for s, t, c in coded(rules, doc) if (s, t) == ("CHL", "PER")} == {"081"}


# -- a particle before the object reads as the dictionary's preposition ------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Uganda took in thousands of refugees fleeing fighting in eastern Congo.", ("UGA", "None", "075")),
        ("Germany took in a million Syrian refugees in 2015.", ("DEU", "SYR", "075")),
        ("Poland took in millions of Ukrainian refugees.", ("POL", "UKR", "075")),
    ],
)
def test_a_particle_before_the_object_reads_as_a_preposition(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    got = codes(extractor, text)
    assert event in got and not [c for s, t, c in got if c.startswith("17")], got


def test_a_particle_before_the_object_by_hand(rules: Rules) -> None:
    doc = parsed("Chile took in Peruvian refugees", [1, 1, 1, 4, 1], "nsubj ROOT prt amod dobj",
                 "PROPN VERB ADP ADJ NOUN", "Chile take in peruvian refugee",
                 {0: "CHL", 3: "PER"})  # fmt: skip
    assert ("CHL", "PER", "075") in coded(rules, doc)


# -- the UN's assembly and councils named without "UN" ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The United States voted against a General Assembly resolution calling for a ceasefire in Gaza.",
            "General Assembly",
        ),
        ("The General Assembly condemned Russia's annexation of Crimea.", "General Assembly"),
        ("Venezuela was elected to the Human Rights Council despite its record.", "Human Rights Council"),
    ],
)
def test_the_uns_bodies_named_without_un_are_the_un(extractor: Extractor, text: str, mention: str) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert {m.text: m.code for m in doc.mentions}.get(mention) == "IGOUNO", doc.mentions


# -- a name the parser makes the head of the object of the verb after it ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ECOWAS imposed sanctions on Niger.",
        "In July, ECOWAS imposed sanctions on Niger.",
        "Following the coup, ECOWAS imposed sanctions on Niger.",
    ],
)
def test_a_name_made_head_of_the_verbs_object_is_its_subject(extractor: Extractor, text: str) -> None:
    assert ("None", "NER", "163") in codes(extractor, text), codes(extractor, text)


def test_a_name_made_head_of_the_verbs_object_by_hand(rules: Rules) -> None:
    doc = parsed("SADC imposed sanctions on Peru", [0, 2, 0, 2, 3], "ROOT amod dobj prep pobj",
                 "VERB VERB NOUN ADP PROPN", "sadc impose sanction on Peru",
                 {0: "SADC", 4: "PER"})  # fmt: skip
    doc[1].tag_ = "VBN"
    assert ("SADC", "PER", "163") in coded(rules, doc)
    # a participle before a noun that is no name's object stays a participle
    doc = parsed("Iran rejected imposed sanctions", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB VERB NOUN", "Iran reject impose sanction", {0: "IRN"})  # fmt: skip
    doc[2].tag_ = "VBN"
    assert syntax.misread_subject(doc[2]) is None


# -- an allegation denied, whether its act follows "that" or "of" -----------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "modality"),
    [
        (
            "Ukraine denied reports of a Ukrainian attack on the Russian border town.",
            ("UKR", "RUS"),
            "negated",
        ),
        ("Beijing dismissed reports of Chinese military aid to Russia.", ("CHN", "RUS"), "negated"),
        ("Reports of Rwandan support for the M23 rebels were rejected by Kigali.", ("RWA", "COD"), "negated"),
        (
            "Venezuela disputed reports of clashes between its troops and Colombian guerrillas.",
            ("VEN", "COL"),
            "negated",
        ),
        (
            "Serbia did not dispute allegations that its police had beaten Kosovo Albanians.",
            ("SRB", "ALB"),
            "hedged",
        ),
    ],
)
def test_a_denied_allegation_negates_its_act_after_that_or_of(
    extractor: Extractor, text: str, pair: tuple[str, str], modality: str
) -> None:
    got = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert got and all(r.modality == modality for r in got), found(extractor, text)


def test_an_allegation_disputed_is_no_dispute_with_its_subject(extractor: Extractor) -> None:
    text = "Serbia did not dispute allegations that its police had beaten Kosovo Albanians."
    assert "110" not in {r.cameo for r in found(extractor, text)}, found(extractor, text)


def test_a_denied_report_of_an_act_by_hand() -> None:
    doc = parsed("Chile denied reports of strikes", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP NOUN", "Chile deny report of strike", {0: "CHL"})  # fmt: skip
    assert modality_of(doc[4]) == "negated"
    doc = parsed("Chile did not deny reports of strikes", [3, 3, 3, 3, 3, 4, 5],
                 "nsubj aux neg ROOT dobj prep pobj", "PROPN AUX PART VERB NOUN ADP NOUN",
                 "Chile do not deny report of strike", {0: "CHL"})  # fmt: skip
    assert modality_of(doc[6]) == "hedged"


# -- a noun of several senses takes the one its verb's own pattern names -------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Rioters set fire to the Chinese embassy in Yangon.", (None, "CHN", "180")),
        ("Israeli settlers set fire to Palestinian homes in the village of Huwara.", ("ISR", "PSE", "180")),
        ("Masked youths set fire to a police post in northern Kosovo.", (None, "XKX", "180")),
        ("Protesters set fire to a French flag outside the embassy in Niamey.", ("NER", "FRA", "140")),
    ],
)
def test_fire_set_to_something_is_not_gunfire(
    extractor: Extractor, text: str, event: tuple[str | None, str | None, str]
) -> None:
    got = found(extractor, text)
    assert event[2] in {r.cameo for r in got}, got
    assert "190" not in {r.cameo for r in got}, got


def test_fire_opened_stays_gunfire(extractor: Extractor) -> None:
    got = found(extractor, "Troops opened fire on protesters in Khartoum.")
    assert {r.cameo[:2] for r in got} == {"19"}, got


def test_fire_set_by_hand(rules: Rules) -> None:
    doc = parsed("Chile set fire to Peru 's embassy", [1, 1, 1, 1, 6, 4, 3],
                 "nsubj ROOT dobj prep poss case pobj", "PROPN VERB NOUN ADP PROPN PART NOUN",
                 "Chile set fire to Peru 's embassy", {0: "CHL", 4: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "180") in got, got
    assert ("CHL", "PER", "190") not in got, got


# -- one event found by its verb and its noun takes the finer code of the two ----------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The United States sent military aid to Taiwan.", ("USA", "TWN", "072")),
        ("Japan sent humanitarian aid to Turkey after the earthquake.", ("JPN", "TUR", "073")),
        ("The United States promised military aid to Taiwan.", ("USA", "TWN", "0332")),
        (
            "Russia has threatened to halt gas supplies to Moldova unless Chisinau pays its debts.",
            ("RUS", "MDA", "1311"),
        ),
    ],
)
def test_an_event_found_twice_takes_the_finer_code(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert event in got, found(extractor, text)
    assert len({code[:2] for s, t, code in got if (s, t) == event[:2]}) == len(
        [1 for s, t, _ in got if (s, t) == event[:2]]
    ), got


def test_military_aid_sent_by_hand(rules: Rules) -> None:
    doc = parsed("Chile sent military aid to Peru", [1, 1, 3, 1, 1, 4], "nsubj ROOT amod dobj prep pobj",
                 "PROPN VERB ADJ NOUN ADP PROPN", "Chile send military aid to Peru",
                 {0: "CHL", 5: "PER"})  # fmt: skip
    assert {("CHL", "PER", "070"), ("CHL", "PER", "072")} <= coded(rules, doc)


# -- objects the dictionary names by another word of their kind ------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Venezuela's government released six American detainees after a visit by a US envoy.",
         ("VEN", "USA", "0841")),
        ("Iran freed two French detainees in a prisoner swap.", ("IRN", "FRA", "0841")),
        ("Colombian guerrillas released four Venezuelan abductees near the border.", ("COL", "VEN", "0841")),
    ],
)  # fmt: skip
def test_detainees_freed_are_prisoners_released(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


def test_detainees_freed_by_hand(rules: Rules) -> None:
    doc = parsed("Chile freed Peruvian detainees", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chile free peruvian detainee", {0: "CHL", 3: "PER"})  # fmt: skip
    assert ("CHL", "PER", "0841") in coded(rules, doc), coded(rules, doc)


# -- a head whose kind its modifier says: "separatist republics" are rebels, not a government -------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Kazakhstan declined to recognise the Russian-backed separatist republics in eastern Ukraine.",
         "separatist republics", "UKRREB"),
        ("Moscow recognised the separatist republics of Donetsk and Luhansk.", "separatist republics",
         "UKRREB"),
        ("The rebel republic in Transnistria asked Russia for protection.", "rebel republic", "REB"),
    ],
)  # fmt: skip
def test_separatist_republics_are_rebels(extractor: Extractor, text: str, phrase: str, code: str) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    coded_as = {m.code for m in doc.mentions if phrase in m.text}
    assert coded_as == {code}, doc.mentions
    assert not any(r.target.code.endswith("GOV") for r in doc.relations), doc.relations


def test_a_kind_head_takes_its_modifiers_sector_by_hand() -> None:
    doc = parsed("the separatist republics and aid groups and rebel groups", [2, 2, 2, 2, 5, 2, 2, 8, 6],
                 "det amod ROOT cc compound conj cc compound conj",
                 "DET ADJ NOUN CCONJ NOUN NOUN CCONJ NOUN NOUN",
                 "the separatist republic and aid group and rebel group", {})  # fmt: skip
    assert [kind_sector(doc[i]) for i in (2, 5, 8, 1)] == ["REB", None, "REB", None]


# -- shells and munitions are the dictionary's ammunition ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("North Korea has shipped millions of artillery shells to Russia, officials in Seoul said.",
         ("PRK", "RUS", "072")),
        ("Iran supplied Russia with munitions for its war in Ukraine.", ("IRN", "RUS", "072")),
        ("The United States sent cluster munitions to Ukraine.", ("USA", "UKR", "072")),
        ("South Korea sold artillery shells to the United States.", ("KOR", "USA", "062")),
    ],
)  # fmt: skip
def test_shells_and_munitions_sent_are_arms(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


def test_munitions_after_a_preposition_by_hand(rules: Rules) -> None:
    doc = parsed("Chile supplied Peru with munitions", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB PROPN ADP NOUN", "Chile supply Peru with munition",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "072") in coded(rules, doc), coded(rules, doc)


# -- goods received that a state's name is on, that state gave ---------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The Houthis received Iranian weapons through Oman.", ("IRN", "YEM", "072")),
        ("Moscow received North Korean artillery shells last year.", ("PRK", "RUS", "072")),
        ("Russia has received Iranian missiles and North Korean shells.", ("PRK", "RUS", "072")),
        ("Russia has received Iranian missiles and North Korean shells.", ("IRN", "RUS", "072")),
    ],
)
def test_goods_received_with_a_state_named_on_them_are_its_gift(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = codes(extractor, text)
    assert triple in got, got
    assert (triple[1], triple[0], "043") not in got, got


def test_a_delegation_received_is_still_hosted(extractor: Extractor) -> None:
    got = codes(extractor, "Lebanon received a Qatari delegation on Monday.")
    assert ("LBN", "QAT", "043") in got, got
    assert not [g for g in got if g[2][:2] in {"06", "07"}], got


def test_goods_received_with_a_state_named_on_them_by_hand(rules: Rules) -> None:
    doc = parsed("Chile received Peruvian weapons", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chile receive peruvian weapon", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("PER", "CHL", "072") in coded(rules, doc), coded(rules, doc)


def test_what_a_possessor_owns_accepted_is_no_gift_of_theirs(extractor: Extractor) -> None:
    got = codes(extractor, "Germany accepted Japan's refusal of the offer.")
    assert not [g for g in got if g[:2] == ("JPN", "DEU")], got


# -- whom an expulsion befalls says its code: envoys 161, people 174, peacekeepers 166 ---------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Somalia expelled the Ethiopian ambassador over a port deal with Somaliland.",
            ("SOM", "ETH", "161"),
        ),
        ("The junta expelled two French diplomats and a British envoy.", (None, "GBR", "161")),
        ("Belgrade expelled two Danish journalists on Friday.", ("SRB", "DNK", "174")),
        ("Kuwait expelled dozens of Egyptian workers after a brawl.", ("KWT", "EGY", "174")),
        ("Eritrea expelled UN peacekeepers from the border zone.", ("ERI", None, "166")),
        ("Mali's junta expelled the UN peacekeeping mission.", ("MLI", None, "166")),
    ],
)
def test_whom_an_expulsion_befalls_says_its_code(
    extractor: Extractor, text: str, event: tuple[str | None, str | None, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


def test_an_envoy_expelled_is_a_diplomat_by_hand(rules: Rules) -> None:
    doc = parsed("Chile expelled Peru 's envoy", [1, 1, 4, 2, 1], "nsubj ROOT poss case dobj",
                 "PROPN VERB PROPN PART NOUN", "Chile expel Peru 's envoy", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "161") in coded(rules, doc), coded(rules, doc)


# -- people held that are handed over or given back are released ------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Hamas handed over dozens of Israeli hostages to the Red Cross.", ("PSE", "ISR", "0841")),
        ("Russia handed over the bodies of Ukrainian soldiers.", ("RUS", "UKR", "0841")),
        ("The Taliban handed over two American detainees to Qatari officials.", ("AFG", "USA", "0841")),
        ("Israel returned the bodies of 45 Palestinians to Gaza.", ("ISR", "PSE", "0841")),
        ("Colombia extradited a drug lord to the United States.", ("COL", "USA", "063")),
    ],
)
def test_people_held_handed_over_are_released(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in events(extractor, text), found(extractor, text)


def test_prisoners_handed_over_by_hand(rules: Rules) -> None:
    doc = parsed("Chile handed over Peruvian prisoners", [1, 1, 1, 4, 1], "nsubj ROOT prt amod dobj",
                 "PROPN VERB ADP ADJ NOUN", "Chile hand over peruvian prisoner",
                 {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "0841") in coded(rules, doc), coded(rules, doc)


# -- a bare "the two": the last two people named, else the last two states -----------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia's president Aleksandar Vucic met Chinese leader Xi Jinping in Belgrade on Wednesday. "
         "The two signed more than two dozen agreements.", {"SRB", "CHN"}),
        ("Kenya and Somalia restored diplomatic relations on Thursday. The two signed a security pact.",
         {"KEN", "SOM"}),
        ("The Chinese president met his Brazilian counterpart in Brasilia. The two agreed to expand trade.",
         {"CHN", "BRA"}),
    ],
)  # fmt: skip
def test_a_bare_the_two_is_the_last_pair_named(extractor: Extractor, text: str, expected: set[str]) -> None:
    pair = [r for r in found(extractor, text) if r.source.text == "The two"]
    assert pair and {pair[0].source.country, pair[0].target.country} == expected, found(extractor, text)


def test_the_two_before_a_noun_is_no_bare_pair(extractor: Extractor) -> None:
    text = "Putin met the generals. The two sides discussed the offensive."
    assert not [r for r in found(extractor, text) if r.source.text.startswith("The two")]


def test_a_bare_the_two_by_hand(extractor: Extractor) -> None:
    words = ["Lula", "met", "Boric", ".", "The", "two", "talked", "."]
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 1, 1, 1, 5, 6, 6, 6],
              deps=["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
              pos=["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NUM", "VERB", "PUNCT"],
              tags=["NNP", "VBD", "NNP", ".", "DT", "CD", "VBD", "."],
              lemmas=["Lula", "meet", "Boric", ".", "the", "two", "talk", "."],
              sent_starts=[True, False, False, False, True, False, False, False])  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 1, "p:lula", "name"), actor_span(doc, 2, 3, "p:boric", "name")]
    doc.user_data[ACTORS_KEY] = {
        "p:lula": {"id": "p:lula", "label": "Lula", "type": "person", "code": "BRAGOV", "country": "BRA"},
        "p:boric": {"id": "p:boric", "label": "Boric", "type": "person", "code": "CHLGOV", "country": "CHL"},
    }
    resolve_pronouns(doc, extractor.catalogue)
    assert sorted(s.label_ for s in doc.spans[SPANS_KEY] if s.start == 4) == ["p:boric", "p:lula"]


# -- force taken as an object names its weapon; a defence names none ---------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Thai and Cambodian troops traded artillery fire along the disputed border.", "194"),
        ("Indian and Pakistani troops exchanged mortar fire across the Line of Control.", "194"),
        ("Armenian and Azerbaijani soldiers traded gunfire near the village.", "193"),
        ("Indian and Chinese troops exchanged fire in the Galwan valley.", "190"),
    ],
)
def test_fire_exchanged_is_coded_by_its_weapon(extractor: Extractor, text: str, code: str) -> None:
    assert {r.cameo for r in found(extractor, text)} == {code}, found(extractor, text)


def test_air_defences_are_no_aerial_weapon(extractor: Extractor) -> None:
    text = "Saudi air defences intercepted a ballistic missile launched by the Houthis."
    assert "195" not in {r.cameo for r in found(extractor, text)}, found(extractor, text)


def test_fire_exchanged_by_its_weapon_by_hand() -> None:
    words = ["Chilean", "and", "Peruvian", "troops", "traded", "mortar", "fire"]
    doc = Doc(ENGLISH.vocab, words=words, heads=[3, 0, 0, 4, 4, 6, 4],
              deps=["amod", "cc", "conj", "nsubj", "ROOT", "compound", "dobj"],
              pos=["ADJ", "CCONJ", "ADJ", "NOUN", "VERB", "NOUN", "NOUN"],
              lemmas=["chilean", "and", "peruvian", "troop", "trade", "mortar", "fire"])  # fmt: skip
    assert finer_force(doc[4]) == "194"


def test_a_jurisdiction_accepted_is_no_gift(extractor: Extractor) -> None:
    got = codes(extractor, "Kenya accepted Ugandan jurisdiction over the case.")
    assert not [g for g in got if g[:2] == ("UGA", "KEN")], got


# -- what a participle says of people is no work of its "by" ------------------------------------------
@pytest.mark.parametrize(
    ("text", "not_target"),
    [
        ("Turkish police arrested a suspect wanted by Interpol.", None),
        ("Mexican authorities arrested a senior cartel figure wanted by the United States.", "USA"),
        ("Kenyan police detained a fugitive sought by Rwanda.", "RWA"),
        ("Spanish police detained a Russian businessman sought by Ukraine.", "UKR"),
    ],
)
def test_a_participle_on_people_names_no_target(extractor: Extractor, text: str, not_target: str) -> None:
    arrests = [r for r in found(extractor, text) if r.cameo[:2] == "17"]
    assert all(r.target.country != not_target and "Interpol" not in r.target.text for r in arrests), arrests


def test_a_participle_on_a_thing_made_names_its_author(extractor: Extractor) -> None:
    assert ("CHL", "PER", "120") in codes(extractor, "Chile rejected a plan drafted by Peru")


def test_a_participle_on_people_by_hand(rules: Rules) -> None:
    doc = parsed("Spain arrested a suspect wanted by Italy", [1, 1, 3, 1, 3, 4, 5],
                 "nsubj ROOT det dobj acl agent pobj", "PROPN VERB DET NOUN VERB ADP PROPN",
                 "Spain arrest a suspect want by Italy", {0: "ESP", 6: "ITA"})  # fmt: skip
    assert not [c for c in coded(rules, doc) if c[:2] == ("ESP", "ITA")]
    plan = parsed("Spain rejected a plan drafted by Italy", [1, 1, 3, 1, 3, 4, 5],
                  "nsubj ROOT det dobj acl agent pobj", "PROPN VERB DET NOUN VERB ADP PROPN",
                  "Spain reject a plan draft by Italy", {0: "ESP", 6: "ITA"})  # fmt: skip
    assert [c for c in coded(rules, plan) if c[:2] == ("ESP", "ITA")]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels held a French aid worker for six months.",
        "Gunmen held two Danish aid workers in the desert.",
        "Iran has held the British aid worker since May.",
    ],
)
def test_people_are_no_kind_of_their_work(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo[:2] == "16"], found(extractor, text)


# -- whoever holds those a release frees frees them ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qatar brokered the release of four American prisoners held by Iran.", ("IRN", "USA", "0841")),
        ("Turkey welcomed the release of a Turkish journalist detained by Ethiopia.", ("ETH", "TUR", "0841")),
        ("Turkey welcomed the release of a Turkish journalist detained by Ethiopia.", ("TUR", "ETH", "051")),
        ("Washington demanded the release of two Americans jailed by Russia.", ("USA", "RUS", "1053")),
        ("Oman secured the release of two Belgian sailors captured by Iran.", ("IRN", "BEL", "0841")),
    ],
)
def test_a_captor_frees_those_released(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_a_captor_frees_those_released_by_hand(rules: Rules) -> None:
    doc = parsed("Oman secured the release of Americans jailed by Iran", [1, 1, 3, 1, 3, 4, 5, 6, 7],
                 "nsubj ROOT det dobj prep pobj acl agent pobj",
                 "PROPN VERB DET NOUN ADP PROPN VERB ADP PROPN",
                 "Oman secure the release of American jail by Iran",
                 {0: "OMN", 5: "USA", 8: "IRN"})  # fmt: skip
    assert ("IRN", "USA", "0841") in coded(rules, doc)


# -- people freed are persons released (0841), not a yielding of no kind ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Russia freed two Americans.",
        "Belarus freed Ales Bialiatski.",
        "Venezuela freed six Americans as part of an agreement with Washington.",
        "Chile must free Peruvian fishermen.",
    ],
)
def test_people_freed_are_released(extractor: Extractor, text: str) -> None:
    assert "0841" in {r.cameo for r in found(extractor, text)}, found(extractor, text)


def test_people_freed_by_hand(rules: Rules) -> None:
    doc = parsed("Iran freed the sailors", [1, 1, 3, 1], "nsubj ROOT det dobj", "PROPN VERB DET NOUN",
                 "Iran free the sailor", {0: "IRN", 3: "GBR"})  # fmt: skip
    assert coded(rules, doc) == {("IRN", "GBR", "0841")}


def test_people_read_no_other_event(rules: Rules) -> None:
    doc = parsed("Iran abandoned the sailors", [1, 1, 3, 1], "nsubj ROOT det dobj", "PROPN VERB DET NOUN",
                 "Iran abandon the sailor", {0: "IRN", 3: "GBR"})  # fmt: skip
    assert "160" not in {code for _, _, code in coded(rules, doc)}


# -- an expulsion reads as its verb reads whom it expels -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mali's junta ordered the expulsion of the French ambassador on Monday.", {"174"}),
        ("The report described the expulsion of ethnic Armenians by Azerbaijani forces.", {"174"}),
        ("Pakistan's deportation of Afghan refugees drew criticism.", {"174"}),
        ("Niger announced the expulsion of two French diplomats.", {"161"}),
    ],
)
def test_an_expulsion_reads_as_its_verb(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert {r.cameo for r in found(extractor, text)} == expected, found(extractor, text)


def test_an_expulsion_of_peacekeepers_by_hand(rules: Rules) -> None:
    doc = parsed("the expulsion of peacekeepers", [1, 1, 1, 2], "det ROOT prep pobj", "DET NOUN ADP NOUN",
                 "the expulsion of peacekeeper", {})  # fmt: skip
    read = rules._read_as_its_verb(doc[1])
    assert read is not None and read.code == "166"


# -- a proposal's author after the verb answering it; an infinitive's misplaced "by" ------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia rejected the proposal from Kyiv.", ("RUS", "UKR", "120")),
        ("Moscow rejected the proposal from Kyiv.", ("RUS", "UKR", "120")),
        ("Venezuela dismissed the offer from Bogota.", ("VEN", "COL")),
        (
            "Kazakhstan refused to recognise the annexation of Ukrainian regions by Russia.",
            ("KAZ", "RUS", "120"),
        ),
        ("The EU refused to recognise the annexation of Crimea by Russia.", ("RUS", "UKR", "171")),
    ],
)
def test_an_author_the_parser_hangs_on_the_verb(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    got = codes(extractor, text)
    assert [g for g in got if g[: len(expected)] == expected], got


def test_a_received_things_from_is_no_author(extractor: Extractor) -> None:
    assert codes(extractor, "Ukraine received military aid from Germany.") == {("DEU", "UKR", "072")}


def test_an_author_the_parser_hangs_on_the_verb_by_hand(rules: Rules) -> None:
    doc = parsed("Peru rejected the proposal from Lima", [1, 1, 3, 1, 1, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Peru reject the proposal from Lima",
                 {0: "PER", 5: "CHL"})  # fmt: skip
    assert ("PER", "CHL", "120") in coded(rules, doc)


# -- a weapon's origin fired it; a weapon on its way pays no visit ------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Navy intercepted a missile fired from Yemen.", ("USA", "YEM")),
        ("The Israeli military said it had intercepted a drone launched from Yemen.", ("ISR", "YEM")),
        ("Polish jets shot down a drone launched from Belarus.", ("POL", "BLR")),
    ],
)
def test_a_weapons_origin_fired_it(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert [g for g in codes(extractor, text) if g[:2] == expected], codes(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jordan shot down Iranian drones heading for Israel.",
        "Missiles launched by Iran headed for Tel Aviv.",
        "Russian drones heading toward Poland were shot down over Ukraine.",
    ],
)
def test_a_weapon_on_its_way_pays_no_visit(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo[:2] == "04"], found(extractor, text)


def test_a_weapon_on_its_way_by_hand(rules: Rules) -> None:
    doc = parsed("Iranian drones headed for Israel", [1, 2, 2, 2, 3], "amod nsubj ROOT prep pobj",
                 "ADJ NOUN VERB ADP PROPN", "iranian drone head for Israel",
                 {0: "IRN", 4: "ISR"})  # fmt: skip
    assert not [c for c in coded(rules, doc) if c[2][:2] == "04"]
    envoy = parsed("Iranian envoys headed for Israel", [1, 2, 2, 2, 3], "amod nsubj ROOT prep pobj",
                   "ADJ NOUN VERB ADP PROPN", "iranian envoy head for Israel",
                   {0: "IRN", 4: "ISR"})  # fmt: skip
    assert [c for c in coded(rules, envoy) if c[2][:2] == "04"]


# -- an attack named before "that" is the means of what it did ----------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The Pakistani Taliban claimed responsibility for a suicide bombing that killed 12 policemen.",
            "1831",
        ),
        (
            "The Islamic State claimed a suicide bombing that killed dozens of Shiite worshippers in Kabul.",
            "1831",
        ),
        ("Al-Shabaab claimed a car bomb that killed five Somali soldiers in Mogadishu.", "1832"),
    ],
)
def test_an_attack_before_that_is_the_means(extractor: Extractor, text: str, code: str) -> None:
    assert code in {r.cameo for r in found(extractor, text)}, found(extractor, text)


def test_an_attack_before_that_by_hand() -> None:
    words = ["a", "suicide", "bombing", "that", "killed", "policemen"]
    doc = Doc(ENGLISH.vocab, words=words, heads=[2, 2, 2, 4, 2, 4],
              deps=["det", "compound", "ROOT", "nsubj", "relcl", "dobj"],
              pos=["DET", "NOUN", "NOUN", "PRON", "VERB", "NOUN"],
              lemmas=["a", "suicide", "bombing", "that", "kill", "policeman"])  # fmt: skip
    assert finer_force(doc[4]) == "1831"


# -- a noun's infinitive the parser calls its complement is still the noun's ---------------------------
@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("Mexico's president criticised US plans to designate cartels as terrorist organisations.", "110"),
        ("Seoul condemned Pyongyang's plans to launch a spy satellite.", "190"),
    ],
)
def test_a_nouns_infinitive_is_governed(extractor: Extractor, text: str, asserted: str) -> None:
    assert asserted not in {r.cameo for r in found(extractor, text) if r.modality == "asserted"}


def test_a_nouns_infinitive_is_governed_by_hand() -> None:
    words = ["US", "plans", "to", "designate", "cartels"]
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 1, 3, 1, 3],
              deps=["compound", "ROOT", "aux", "xcomp", "dobj"],
              pos=["PROPN", "NOUN", "PART", "ADJ", "NOUN"],
              lemmas=["US", "plan", "to", "designate", "cartel"])  # fmt: skip
    governed = Governors.load().governing(doc[3])
    assert governed is not None and governed[1].i == 1


# -- "their" pact is the governing sides' ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia and Belarus renewed their defence pact.", ("RUS", "BLR")),
        ("Japan and Australia extended their security agreement.", ("JPN", "AUS")),
        ("The Vatican and China renewed their agreement on the appointment of bishops.", ("VAT", "CHN")),
    ],
)
def test_their_pact_is_the_subjects(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert [g for g in codes(extractor, text) if set(g[:2]) == set(pair) and g[2] == "057"], codes(
        extractor, text
    )


def test_their_pact_is_the_subjects_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru renewed their pact", [3, 0, 0, 3, 5, 3], "nsubj cc conj ROOT poss dobj",
                 "PROPN CCONJ PROPN VERB PRON NOUN", "Chile and Peru renew their pact",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 4, 5, "CHL", "pronoun"),
                           actor_span(doc, 4, 5, "PER", "pronoun")]  # fmt: skip
    assert {c[2] for c in coded(rules, doc) if {c[0], c[1]} == {"CHL", "PER"}} == {"057"}


# -- a verb of perceiving names a wrong with "as" ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("New Delhi sees Islamabad as the main sponsor of militancy in Kashmir.", ("IND", "PAK")),
        ("Rabat views Algiers as the main sponsor of extremism in the Sahel.", ("MAR", "DZA")),
        ("Baku regards Yerevan as guilty of aggression against its people.", ("AZE", "ARM")),
    ],
)
def test_a_wrong_perceived_as_is_an_accusation(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert [g for g in codes(extractor, text) if g[:2] == pair and g[2][:3] == "112"], codes(extractor, text)


def test_a_partner_perceived_is_no_accusation(extractor: Extractor) -> None:
    text = "Paris sees Rabat as a partner in the fight against extremism."
    assert not [g for g in codes(extractor, text) if g[2][:2] == "11"], codes(extractor, text)


def test_a_wrong_perceived_as_by_hand(rules: Rules) -> None:
    doc = parsed("India sees Pakistan as a sponsor of militancy", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB PROPN ADP DET NOUN ADP NOUN",
                 "India see Pakistan as a sponsor of militancy", {0: "IND", 2: "PAK"})  # fmt: skip
    assert [c for c in coded(rules, doc) if c[:2] == ("IND", "PAK") and c[2][:3] == "112"]


# -- police and protesters clash by force, whatever the matter -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "On 1 October, protesters in Nairobi clashed with Kenyan police over the finance bill.",
        "Students clashed with police in Dhaka over job quotas.",
        "Farmers clashed with riot police in Brussels over EU trade policy.",
    ],
)
def test_a_clash_with_police_is_no_quarrel(extractor: Extractor, text: str) -> None:
    assert {r.cameo for r in found(extractor, text)} == {"190"}, found(extractor, text)


def test_states_clashing_over_a_matter_quarrel(extractor: Extractor) -> None:
    assert codes(extractor, "Ukraine and Poland have clashed over grain imports.") == {("UKR", "POL", "110")}


# -- "in support of" with no owner names no fight of the object's --------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey has deployed troops to Libya in support of the Tripoli government.", ("TUR", "LBY", "050")),
        ("Venezuela accepted the mediation of Norway in talks with the opposition.", ("VEN", None, "046")),
        ("Iran has supported the Houthis in their war against Saudi Arabia.", ("YEM", "SAU", "190")),
    ],
)
def test_in_support_of_is_the_subjects(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in events(extractor, text), found(extractor, text)


def test_a_clash_with_police_by_hand(rules: Rules) -> None:
    doc = parsed("Students clashed with police over taxes", [1, 1, 1, 2, 1, 4],
                 "nsubj ROOT prep pobj prep pobj",
                 "NOUN VERB ADP NOUN ADP NOUN", "student clash with police over tax",
                 {0: "KENEDU", 3: "KENCOP"})  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "KENEDU": {"id": "KENEDU", "label": "students", "type": "group", "code": "KENEDU", "country": "KEN"},
        "KENCOP": {"id": "KENCOP", "label": "police", "type": "group", "code": "KENCOP", "country": "KEN"},
    }
    assert {c[2] for c in coded(rules, doc)} == {"190"}


# -- the weapon launched names the force ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Houthis launched drones at a US warship.", "1952"),
        ("Russia launched 40 drones at Ukraine overnight.", "1952"),
        ("Iraqi militias launched rockets at a US base in eastern Syria.", "194"),
        ("Russian jets dropped glide bombs on Kharkiv.", "195"),
    ],
)
def test_the_weapon_launched_names_the_force(extractor: Extractor, text: str, code: str) -> None:
    assert {r.cameo for r in found(extractor, text)} == {code}, found(extractor, text)


def test_a_harmless_weapon_names_no_force(extractor: Extractor) -> None:
    text = "Chinese vessels fired water cannon at a Philippine supply boat."
    assert not [r for r in found(extractor, text) if r.cameo == "194"], found(extractor, text)


def test_the_weapon_launched_by_hand() -> None:
    words = ["Hamas", "fired", "rockets", "at", "Israel"]
    doc = Doc(ENGLISH.vocab, words=words, heads=[1, 1, 1, 1, 3],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
              lemmas=["Hamas", "fire", "rocket", "at", "Israel"])  # fmt: skip
    assert finer_force(doc[1]) == "194"
    water = Doc(ENGLISH.vocab, words=["ships", "fired", "water", "cannon"], heads=[1, 1, 3, 1],
                deps=["nsubj", "ROOT", "compound", "dobj"], pos=["NOUN", "VERB", "NOUN", "NOUN"],
                lemmas=["ship", "fire", "water", "cannon"])  # fmt: skip
    assert finer_force(water[1]) is None


# -- one of a people freed is a person released -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Iran freed a Briton jailed on espionage charges.",
        "The Taliban released an American held for two years.",
        "Venezuela released a Colombian detained at the border.",
    ],
)
def test_one_of_a_people_freed_is_released(extractor: Extractor, text: str) -> None:
    assert "0841" in {r.cameo for r in found(extractor, text)}, found(extractor, text)


# -- a group's name on the word of its kind names the group -------------------------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Colombia's government resumed peace talks with the ELN guerrilla group in Caracas.", "COLREB"),
        ("Bogota suspended talks with the ELN guerrilla group after a bombing.", "COLREB"),
        ("Venezuela hosted talks with the FARC guerrilla group.", "COLREB"),
    ],
)
def test_a_name_on_the_word_of_its_kind_names_the_group(extractor: Extractor, text: str, target: str) -> None:
    assert target in {r.target.code for r in found(extractor, text)}, found(extractor, text)


def test_a_name_on_the_word_of_its_kind_by_hand(rules: Rules) -> None:
    doc = parsed("Israel struck the Hamas militant group", [1, 1, 5, 4, 5, 1],
                 "nsubj ROOT det compound compound dobj", "PROPN VERB DET PROPN NOUN NOUN",
                 "Israel strike the Hamas militant group", {0: "ISR", 3: "PSEREBHMS"})  # fmt: skip
    assert [c for c in coded(rules, doc) if c[:2] == ("ISR", "PSEREBHMS")]
    # what a name qualifies inside a thing is no owner of the thing: "*Syria* sanctions listings"
    listings = parsed("Britain welcomed the Syria sanctions listings", [1, 1, 5, 4, 5, 1],
                      "nsubj ROOT det compound compound dobj", "PROPN VERB DET PROPN NOUN NOUN",
                      "Britain welcome the Syria sanction listing", {0: "GBR", 3: "SYR"})  # fmt: skip
    assert not [c for c in coded(rules, listings) if c[:2] == ("GBR", "SYR")]


# -- people or a group wanted are hunted, not courted -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "hunter"),
    [
        ("Police arrested a Hamas commander wanted by Israel.", "ISR"),
        ("Thai authorities deported a dissident sought by Vietnam.", "VNM"),
        ("The ICC wants Putin for war crimes.", None),
        ("Sweden will not extradite the Kurdish journalists sought by Turkey, the court ruled.", "TUR"),
    ],
)
def test_people_wanted_are_hunted_not_courted(extractor: Extractor, text: str, hunter: str | None) -> None:
    intents = [r for r in found(extractor, text) if r.cameo[:2] == "03"]
    assert not [r for r in intents if hunter is None or r.source.country == hunter], intents


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran wants better relations with Saudi Arabia.", ("IRN", "SAU", "030")),
        ("Turkey sought support from NATO.", ("TUR", "None", "022")),
        ("Italy wants ties with Spain.", ("ITA", "ESP", "030")),
    ],
)
def test_what_is_wanted_keeps_its_code(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_people_wanted_by_hand(rules: Rules) -> None:
    doc = parsed("Italy wants Ocalan", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN", "Italy want Ocalan",
                 {0: "ITA", 2: "TURREB"})  # fmt: skip
    assert not coded(rules, doc)
    suspect = parsed("Spain detained a suspect sought by Italy", [1, 1, 3, 1, 3, 4, 5],
                     "nsubj ROOT det dobj acl agent pobj", "PROPN VERB DET NOUN VERB ADP PROPN",
                     "Spain detain a suspect seek by Italy", {0: "ESP", 6: "ITA"})  # fmt: skip
    assert not [c for c in coded(rules, suspect) if c[0] == "ITA"]
    ties = parsed("Italy wants ties with Spain", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                  "PROPN VERB NOUN ADP PROPN", "Italy want tie with Spain", {0: "ITA", 4: "ESP"})  # fmt: skip
    assert [c for c in coded(rules, ties) if c[:2] == ("ITA", "ESP")]


# -- a kind named in more words is finer than its head alone ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bolivia severed diplomatic ties with Israel.", ("BOL", "ISR", "161")),
        ("Morocco cut diplomatic ties with Iran in 2018.", ("MAR", "IRN", "161")),
        ("Algeria threatened to cut diplomatic ties with Spain.", ("DZA", "ESP", "1313")),
        ("Diplomatic ties between Qatar and Egypt were cut in 2017.", ("QAT", "EGY", "161")),
        # without the kind, the dictionary's "sever ties" stands
        ("Bolivia severed ties with Israel.", ("BOL", "ISR", "160")),
    ],
)
def test_a_kind_in_more_words_is_finer(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_a_kind_in_more_words_by_hand(rules: Rules) -> None:
    doc = parsed("Chile severed diplomatic ties with Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT amod dobj prep pobj", "PROPN VERB ADJ NOUN ADP PROPN",
                 "Chile sever diplomatic tie with Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "161") in coded(rules, doc)
    plain = parsed("Chile severed ties with Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                   "PROPN VERB NOUN ADP PROPN", "Chile sever tie with Peru",
                   {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "160") in coded(rules, plain)


# -- a repeated act reads the dictionary's own "re-" verb ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran and Saudi Arabia re-established diplomatic relations.", ("IRN", "SAU", "050")),
        ("Ecuador's new government re-established diplomatic ties with Mexico.", ("ECU", "MEX", "050")),
        ("Nicaragua established diplomatic relations with China.", ("NIC", "CHN", "054")),
        ("The United States re-imposed sanctions on Iran in 2018.", ("USA", "IRN", "163")),
    ],
)
def test_a_repeated_act_reads_the_re_verb(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_a_repeated_act_by_hand(rules: Rules) -> None:
    again = parsed("Chile re- established relations with Peru", [2, 2, 2, 2, 3, 4],
                   "nsubj dep ROOT dobj prep pobj", "PROPN X VERB NOUN ADP PROPN",
                   "Chile re- establish relation with Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "050") in coded(rules, again)
    first = parsed("Chile established relations with Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                   "PROPN VERB NOUN ADP PROPN", "Chile establish relation with Peru",
                   {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "054") in coded(rules, first)


# -- a modifier naming the kind of a head that is no actor noun names the body -------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A rebel faction signed a ceasefire with the government.", "REB"),
        ("Separatist factions attacked a police station in Balochistan.", "REB"),
        ("The rebel movement seized the town of Goma.", "REB"),
    ],
)
def test_a_kind_names_the_body_of_its_head(extractor: Extractor, text: str, source: str) -> None:
    relations = found(extractor, text)
    assert source in {r.source.code for r in relations}, relations
    assert all(" " in r.source.text for r in relations if r.source.code == source), relations


def test_a_named_body_of_a_kind_is_one_actor(extractor: Extractor) -> None:
    relations = found(extractor, "The Houthi rebel movement seized a British-owned cargo ship.")
    assert {r.source.code for r in relations} == {"YEMREB"}, relations


def test_a_kind_names_the_body_by_hand() -> None:
    doc = parsed("the rebel movement attacked Goma", [2, 2, 3, 3, 3], "det amod nsubj ROOT dobj",
                 "DET ADJ NOUN VERB PROPN", "the rebel movement attack Goma", {})  # fmt: skip
    found_here = [(span.text, actor.code) for span, actor in generic_mentions(doc, set())]
    assert found_here == [("the rebel movement", "REB")]
    named = parsed("the Houthi rebel movement attacked", [3, 3, 3, 4, 4], "det compound compound nsubj ROOT",
                   "DET PROPN NOUN NOUN VERB", "the Houthi rebel movement attack", {})  # fmt: skip
    assert not list(generic_mentions(named, {1}))
    # "troop movements" are no body: only a kind word makes one
    moves = parsed("troop movements", [1, 1], "compound ROOT", "NOUN NOUN", "troop movement", {})  # fmt: skip
    assert not list(generic_mentions(moves, set()))


# -- recognition said in the passive; a "by" hung on the object of the passive's preposition -----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The separatist republics were recognised by Russia.", ("RUS", "None", "054")),
        ("Kosovo has been recognised by Kenya.", ("KEN", "KSV", "054")),
        ("Palestine was recognised as a state by Spain, Ireland and Norway.", ("NOR", "PSE", "054")),
        ("Palestine was recognised as a state by Spain, Ireland and Norway.", ("ESP", "PSE", "054")),
    ],
)
def test_recognition_in_the_passive(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in codes(extractor, text)


def test_recognition_in_the_passive_by_hand(rules: Rules) -> None:
    doc = parsed("Kosovo was recognised as a state by Kenya", [2, 2, 2, 2, 5, 3, 5, 6],
                 "nsubjpass auxpass ROOT prep det pobj prep pobj",
                 "PROPN AUX VERB ADP DET NOUN ADP PROPN", "Kosovo be recognise as a state by Kenya",
                 {0: "KSV", 7: "KEN"})  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        code: {"id": code, "label": name, "type": "state", "code": code, "country": code}
        for code, name in (("KSV", "Kosovo"), ("KEN", "Kenya"))
    }
    assert ("KEN", "KSV", "054") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Palestine was recognised as a state by Spain.", None),
        ("Japan welcomed the report by the UN commission on Myanmar.", None),
        ("Russia shelled Kharkiv overnight, as reported by Ukraine's military.", "Ukraine's military"),
        ("The bombing in Mogadishu was claimed by al-Shabaab.", "al-Shabaab"),
    ],
)
def test_a_by_cites_only_after_a_verb_of_saying(extractor: Extractor, text: str, speaker: str | None) -> None:
    relations = found(extractor, text)
    assert relations and {r.attributed_to for r in relations} == {speaker}, relations


# -- a punishment answers someone else's act ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Iran's supreme leader vowed harsh punishment for the attack on the Israeli embassy.",
        "Egypt promised punishment for the attack on the Israeli embassy.",
        "Kenya vowed justice for the attack on the Somali embassy.",
    ],
)
def test_a_punishment_answers_another_act(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo[:2] in {"18", "19"}], found(extractor, text)


def test_a_punishment_answers_another_act_by_hand(rules: Rules) -> None:
    doc = parsed("Iran vowed punishment for the attack on Israel", [1, 1, 1, 2, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                 "Iran vow punishment for the attack on Israel", {0: "IRN", 7: "ISR"})  # fmt: skip
    assert not [c for c in coded(rules, doc) if c[2][:2] == "19"], coded(rules, doc)


# -- sides stated as drawing closer have cooperative ties ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China and the Solomon Islands have grown closer since the 2022 security deal.", ("CHN", "SLB")),
        ("Russia and North Korea have moved closer together.", ("RUS", "PRK")),
        ("Turkey and Egypt drew closer after years of hostility.", ("TUR", "EGY")),
    ],
)
def test_sides_drawing_closer_have_ties(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "050") in codes(extractor, text)


@pytest.mark.parametrize(
    "text", ["Russian troops moved closer to Kyiv.", "Turkey moved closer to the border."]
)
def test_one_side_drawing_closer_makes_no_pair(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo == "050"], found(extractor, text)


def test_sides_drawing_closer_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru grew closer", [3, 0, 0, 3, 3], "nsubj cc conj ROOT advmod",
                 "PROPN CCONJ PROPN VERB ADV", "Chile and Peru grow close", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {c for c in coded(rules, doc) if c[2] == "050"} & {("CHL", "PER", "050"), ("PER", "CHL", "050")}


# -- what one wants of another is asked of it, no one's intent ----------------------------------------
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Turkey wants Sweden to extradite Kurdish militants.", "SWE"),
        ("The EU wants Serbia to recognise Kosovo.", "SRB"),
        ("Washington wants Israel to allow more aid into Gaza.", "ISR"),
    ],
)
def test_what_is_wanted_of_another_is_no_intent(extractor: Extractor, text: str, doer: str) -> None:
    assert not [r for r in found(extractor, text) if r.source.country == doer], found(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey wants to buy F-16 jets from the United States.", ("TUR", "USA", "0312")),
        ("Iran hopes it can sign a deal with Saudi Arabia.", ("IRN", "SAU", "030")),
    ],
)
def test_what_one_wants_to_do_stays_an_intent(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_what_is_wanted_of_another_by_hand(rules: Rules) -> None:
    other = parsed("Chile wants Peru to meet Bolivia", [1, 1, 4, 4, 1, 4], "nsubj ROOT nsubj aux ccomp dobj",
                   "PROPN VERB PROPN PART VERB PROPN", "Chile want Peru to meet Bolivia",
                   {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    assert not [c for c in coded(rules, other) if c[:2] == ("PER", "BOL")], coded(rules, other)
    own = parsed("Chile wants to meet Bolivia", [1, 1, 3, 1, 3], "nsubj ROOT aux xcomp dobj",
                 "PROPN VERB PART VERB PROPN", "Chile want to meet Bolivia",
                 {0: "CHL", 4: "BOL"})  # fmt: skip
    assert ("CHL", "BOL", "036") in coded(rules, own)


# -- an assessment in the passive: the one seen is the subject, the one who sees it the "by" -----------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Houthis were designated as a terrorist organisation by the United States.",
            ("USA", "YEM", "110"),
        ),
        ("Hamas is designated as a terrorist group by the EU.", ("None", "PSE", "110")),
        ("Russia is seen as a threat by Poland.", ("POL", "RUS", "110")),
    ],
)
def test_an_assessment_in_the_passive(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_an_assessment_in_the_passive_names_no_one_without_a_by(extractor: Extractor) -> None:
    assert not found(extractor, "Russia is seen as a threat.")


def test_an_assessment_in_the_passive_by_hand(rules: Rules) -> None:
    doc = parsed("Peru is seen as a threat by Chile", [2, 2, 2, 2, 5, 3, 2, 6],
                 "nsubjpass auxpass ROOT prep det pobj agent pobj",
                 "PROPN AUX VERB ADP DET NOUN ADP PROPN", "Peru be see as a threat by Chile",
                 {0: "PER", 7: "CHL"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)


# -- raising a standing hostility heightens it; raising an event speaks of it -------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela has raised tensions with Guyana.", ("VEN", "GUY", "110")),
        ("Manila's move raised tensions with Beijing.", ("PHL", "CHN", "110")),
        ("The naval drills raised tensions between Japan and China.", ("JPN", "CHN", "110")),
        ("Kenya's decision raised the rivalry with Uganda, analysts said.", ("KEN", "UGA", "110")),
    ],
)
def test_raising_a_hostility_heightens_it(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister raised the detention of its citizens with Iran.",
        "Canberra raised the arrest of an Australian writer with Beijing.",
    ],
)
def test_raising_an_event_speaks_of_it(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.cameo[:2] == "17"], found(extractor, text)


def test_raising_a_hostility_by_hand(rules: Rules) -> None:
    doc = parsed("Chile raised tensions with Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile raise tension with Peru",
                 {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)
    arrest = parsed("Chile raised the arrest with Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                    "PROPN VERB DET NOUN ADP PROPN", "Chile raise the arrest with Peru",
                    {0: "CHL", 5: "PER"})  # fmt: skip
    assert not [c for c in coded(rules, arrest) if c[2][:2] == "17"]


# -- a bombing is coded by who carries it out and with what ----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al-Shabaab claimed responsibility for a bombing at a hotel in Mogadishu.", ("SOM", "SOM", "183")),
        ("The Houthis claimed a bombing of a Saudi oil facility.", ("YEM", "SAU", "183")),
        (
            "The Islamic State claimed responsibility for a suicide bombing at a mosque in Peshawar.",
            ("None", "PAK", "1831"),
        ),
        (
            "The Pakistani Taliban carried out a suicide bombing against a police station in Peshawar.",
            ("PAK", "PAK", "1831"),
        ),
        # a state's bombing stays aerial
        ("Russia's bombing of Aleppo drew condemnation from France.", ("RUS", "SYR", "195")),
    ],
)
def test_a_bombing_is_coded_by_its_doer_and_weapon(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_a_bombing_by_hand(rules: Rules) -> None:
    doc = parsed("the Hamas bombing of Ashdod", [2, 2, 2, 2, 3], "det compound ROOT prep pobj",
                 "DET PROPN NOUN ADP PROPN", "the Hamas bombing of Ashdod",
                 {1: "PSEREBHMS", 4: "ISR"})  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "PSEREBHMS": {
            "id": "PSEREBHMS",
            "label": "Hamas",
            "type": "armed_group",
            "code": "PSEREBHMS",
            "country": "PSE",
        },
        "ISR": {"id": "ISR", "label": "Israel", "type": "state", "code": "ISR", "country": "ISR"},
    }
    assert ("PSEREBHMS", "ISR", "183") in coded(rules, doc)
    suicide = parsed("a suicide bombing by Hamas at Ashdod", [2, 2, 2, 2, 3, 2, 5],
                     "det compound ROOT prep pobj prep pobj", "DET NOUN NOUN ADP PROPN ADP PROPN",
                     "a suicide bombing by Hamas at Ashdod", {4: "PSEREBHMS", 6: "ISR"})  # fmt: skip
    suicide.user_data[ACTORS_KEY] = doc.user_data[ACTORS_KEY]
    assert ("PSEREBHMS", "ISR", "1831") in coded(rules, suicide)


# -- a name one calls another is an accusation ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Biden called Putin a butcher.", ("USA", "RUS", "112")),
        ("Maduro called the Colombian president a fascist.", ("VEN", "COL", "112")),
        ("The Polish president called the Belarusian leader a dictator.", ("POL", "BLR", "112")),
        ("Kim Jong Un described the South Korean president as a warmonger.", ("PRK", "KOR", "112")),
    ],
)
def test_calling_another_a_name_accuses_them(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text), found(extractor, text)


def test_calling_another_a_name_by_hand(rules: Rules) -> None:
    doc = parsed("Chile called Peru a bully", [1, 1, 1, 4, 1], "nsubj ROOT dobj det oprd",
                 "PROPN VERB PROPN DET NOUN", "Chile call Peru a bully", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "112") in coded(rules, doc)


# -- resisting an act refuses it ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany resisted sending tanks to Ukraine.", ("DEU", "UKR", "122")),
        (
            "Germany, which had long resisted sending tanks to Ukraine, reversed course.",
            ("DEU", "UKR", "122"),
        ),
        ("Hungary has resisted meeting the Ukrainian president.", ("HUN", "UKR", "125")),
    ],
)
def test_resisting_an_act_refuses_it(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    got = codes(extractor, text)
    assert expected in got and not [c for c in got if c[2][:2] in {"04", "06"}], got


def test_resisting_an_act_by_hand(rules: Rules) -> None:
    doc = parsed("Chile resisted meeting Peru", [1, 1, 1, 2], "nsubj ROOT xcomp dobj",
                 "PROPN VERB VERB PROPN", "Chile resist meet Peru", {0: "CHL", 3: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "125")}


# -- a passive that keeps its object made the one given it its subject ----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Argentina was granted a $44 billion loan by the International Monetary Fund.",
            ("None", "ARG", "071"),
        ),
        ("Pakistan was granted a bailout by the IMF in July.", ("None", "PAK", "071")),
        ("Kenya was offered a $1 billion loan by China.", ("CHN", "KEN", "0331")),
    ],
)
def test_a_passive_keeping_its_object_gives_to_its_subject(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text), found(extractor, text)


def test_a_passive_refusal_gives_nothing(extractor: Extractor) -> None:
    assert not found(extractor, "Kenya was refused a loan by the World Bank.")
    assert not found(extractor, "Egypt was denied a loan by the IMF.")


def test_a_passive_keeping_its_object_by_hand(rules: Rules) -> None:
    doc = parsed("Chile was granted a loan by Peru", [2, 2, 2, 4, 2, 4, 5],
                 "nsubjpass auxpass ROOT det dobj prep pobj", "PROPN AUX VERB DET NOUN ADP PROPN",
                 "Chile be grant a loan by Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("PER", "CHL", "071") in coded(rules, doc)


# -- what a passive verb of naming says its subject is names it ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey is considered a key ally of Azerbaijan.", ("TUR", "AZE", "050")),
        ("Hungary's prime minister is considered Moscow's closest ally in the EU.", ("HUN", "RUS", "050")),
        ("Serbia is deemed Russia's closest partner in the Balkans.", ("SRB", "RUS", "050")),
    ],
)
def test_a_passive_naming_verb_says_what_its_subject_is(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text), found(extractor, text)


def test_a_passive_naming_verb_by_hand(rules: Rules) -> None:
    doc = parsed("Chile is considered an ally of Peru", [2, 2, 2, 4, 2, 4, 5],
                 "nsubjpass auxpass ROOT det oprd prep pobj", "PROPN AUX VERB DET NOUN ADP PROPN",
                 "Chile be consider an ally of Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER", "050") in coded(rules, doc)


# -- a clause has one nominal subject: two on one verb are a misread earlier clause ---------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("After Russia annexed Crimea, the European Union imposed sanctions on Moscow.", "Crimea"),
        (
            "Egyptian President Abdel Fattah al-Sisi hosted Sudanese army chief Abdel Fattah al-Burhan "
            "in Cairo.",
            "Egyptian",
        ),
    ],
)
def test_one_subject_per_clause(extractor: Extractor, text: str, wrong: str) -> None:
    got = found(extractor, text)
    assert got and not [r for r in got if r.source.text == wrong], got


def test_one_subject_per_clause_by_hand(rules: Rules) -> None:
    doc = parsed("Chile Bolivia sanctioned Peru", [2, 2, 2, 2], "nsubj nsubj ROOT dobj",
                 "PROPN PROPN VERB PROPN", "Chile Bolivia sanction Peru",
                 {0: "CHL", 1: "BOL", 3: "PER"})  # fmt: skip
    assert {c[0] for c in coded(rules, doc)} == {"BOL"}
    # coordinated subjects are one subject phrase
    both = parsed("Chile and Bolivia sanctioned Peru", [3, 0, 0, 3, 3], "nsubj cc conj ROOT dobj",
                  "PROPN CCONJ PROPN VERB PROPN", "Chile and Bolivia sanction Peru",
                  {0: "CHL", 2: "BOL", 4: "PER"})  # fmt: skip
    assert {c[0] for c in coded(rules, both) if c[1] == "PER"} == {"CHL", "BOL"}


# -- what a restriction falls on is no act of whoever imposes it ------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US imposed tariffs on imports from China.", ("USA", "CHN", "163")),
        ("Britain imposed a ban on exports to Russia.", ("GBR", "RUS", "1722")),
        ("China announced restrictions on exports of gallium to the United States.", ("CHN", "USA", "172")),
    ],
)
def test_a_restriction_falls_on_the_trade_it_restricts(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = codes(extractor, text)
    assert expected in got and not [c for c in got if c[2][:2] == "06"], got


def test_a_restriction_on_sales_is_no_sale(extractor: Extractor) -> None:
    assert not [
        r for r in found(extractor, "The EU imposed sanctions on oil sales to Syria.") if r.cameo[:2] == "06"
    ]


def test_a_restriction_falls_on_the_trade_by_hand(rules: Rules) -> None:
    doc = parsed("Chile imposed tariffs on imports from Peru", [1, 1, 1, 2, 3, 4, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB NOUN ADP NOUN ADP PROPN",
                 "Chile impose tariff on import from Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "163")}
    ban = parsed("Chile banned the sale of arms to Peru", [1, 1, 3, 1, 3, 4, 3, 6],
                 "nsubj ROOT det dobj prep pobj prep pobj", "PROPN VERB DET NOUN ADP NOUN ADP PROPN",
                 "Chile ban the sale of arm to Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert not [c for c in coded(rules, ban) if c[2][:2] == "06"]


# -- a speaker named by a common noun keeps what says whose it is ---------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokesperson for the Pentagon said US forces had struck Iranian-backed militias in Syria.",
            "A spokesperson for the Pentagon",
        ),
        (
            "Sources close to the talks said Egypt and Qatar were pressing Hamas to accept the deal.",
            "Sources close to the talks",
        ),
        (
            "According to a report by Human Rights Watch, Ethiopian forces killed dozens of civilians.",
            "a report by Human Rights Watch",
        ),
        ("Iran has supplied the Houthis with drones, according to UN experts.", "UN experts"),
        ("Indonesia and Singapore enjoy excellent ties, officials in Jakarta said.", "officials in Jakarta"),
    ],
)
def test_a_common_noun_speaker_keeps_whose_it_is(extractor: Extractor, text: str, speaker: str) -> None:
    got = found(extractor, text)
    assert got and {r.attributed_to for r in got} == {speaker}, got


def test_a_common_noun_speaker_by_hand() -> None:
    doc = parsed("A spokesman for Hamas said Israel struck Gaza", [1, 4, 1, 2, 4, 6, 4, 6],
                 "det nsubj prep pobj ROOT nsubj ccomp dobj",
                 "DET NOUN ADP PROPN VERB PROPN VERB PROPN",
                 "a spokesman for Hamas say Israel strike Gaza",
                 {3: "hamas", 5: "ISR", 7: "PSE"})  # fmt: skip
    assert Attribution(doc).speaker_of(doc[6]) == "A spokesman for Hamas"
    cited = parsed("according to a report by HRW Israel struck Gaza", [7, 0, 3, 1, 3, 4, 7, 7, 7],
                   "prep prep det pobj prep pobj nsubj ROOT dobj",
                   "VERB ADP DET NOUN ADP PROPN PROPN VERB PROPN",
                   "accord to a report by HRW Israel strike Gaza",
                   {5: "hrw", 6: "ISR", 8: "PSE"})  # fmt: skip
    assert Attribution(cited).speaker_of(cited[7]) == "a report by HRW"


# -- tanks and aircraft received from a state are its military aid ---------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine received tanks from Poland.", ("POL", "UKR", "072")),
        ("Ukraine has received Abrams tanks from the United States.", ("USA", "UKR", "072")),
        (
            "Ukraine received the first batch of F-16 jets from Denmark and the Netherlands.",
            ("DNK", "UKR", "072"),
        ),
        ("Germany provided Leopard tanks to Ukraine.", ("DEU", "UKR", "072")),
        ("The Netherlands provided F-16 jets to Ukraine.", ("NLD", "UKR", "072")),
    ],
)
def test_tanks_and_aircraft_given_are_military_aid(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = codes(extractor, text)
    assert expected in got and (expected[1], expected[0], "072") not in got, got


def test_goods_counted_from_a_giver_by_hand(rules: Rules) -> None:
    doc = parsed("Chile received a batch of tanks from Peru", [1, 1, 3, 1, 3, 4, 3, 6],
                 "nsubj ROOT det dobj prep pobj prep pobj", "PROPN VERB DET NOUN ADP NOUN ADP PROPN",
                 "Chile receive a batch of tank from Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("PER", "CHL", "072")}


def coded_actors(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code) of every relation that is not negated."""
    return {
        (r.source.code, r.target.code, r.cameo) for r in found(extractor, text) if r.modality != "negated"
    }


# -- a joint act is named so whatever adjectives stand between ------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Philippines and Australia held their largest joint naval patrol in the South China Sea.",
         {"PHL", "AUS"}),
        ("India and France held joint maritime patrols in the Indian Ocean.", {"IND", "FRA"}),
        ("Russia and China conducted their first joint air patrol over the Pacific.", {"RUS", "CHN"}),
    ],
)  # fmt: skip
def test_a_joint_patrol_is_military_cooperation(extractor: Extractor, text: str, pair: set[str]) -> None:
    got = coded_actors(extractor, text)
    assert any({s[:3], t[:3]} == pair and code == "062" for s, t, code in got), got


def test_a_joint_patrol_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru held a joint naval patrol", [3, 0, 0, 3, 7, 7, 7, 3],
                 "nsubj cc conj ROOT det amod amod dobj", "PROPN CCONJ PROPN VERB DET ADJ ADJ NOUN",
                 "Chile and Peru hold a joint naval patrol", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {(s, t) for s, t, code in coded(rules, doc) if code == "062"} & {("CHL", "PER"), ("PER", "CHL")}


# -- trade preferences favour whom they are granted to ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The EU suspended trade preferences for Cambodia.", ("IGOEUREEC", "KHM", "163")),
        ("The US revoked Ethiopia's trade privileges.", ("USA", "ETH", "163")),
        ("Washington restored trade benefits for Mali.", ("USA", "MLI", "061")),
        ("Britain extended its trade preferences to Ghana.", ("GBR", "GHA", "061")),
        (
            "The EU threatened to suspend trade preferences for Cambodia over human rights abuses.",
            ("IGOEUREEC", "KHM", "1312"),
        ),
    ],
)
def test_trade_preferences_favour_their_holder(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = coded_actors(extractor, text)
    assert expected in got and (expected[1], expected[0], expected[2]) not in got, got


def test_trade_preferences_no_one_grants_relate_no_one(extractor: Extractor) -> None:
    assert coded_actors(extractor, "Cambodia's trade preferences expire next year.") == set()


def test_trade_preferences_of_an_owner_by_hand(rules: Rules) -> None:
    doc = parsed("Peru revoked Chile 's trade privileges", [1, 1, 5, 2, 5, 1],
                 "nsubj ROOT poss case compound dobj", "PROPN VERB PROPN PART NOUN NOUN",
                 "Peru revoke Chile 's trade privilege", {0: "PER", 2: "CHL"})  # fmt: skip
    assert coded(rules, doc) == {("PER", "CHL", "163")}


# -- a relative clause with a subject of its own takes its noun as object ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran executed a Swedish national it accused of spying for Israel.", ("IRN", "SWECVL", "112")),
        ("Russia freed the American journalist whom it had detained for a year.", ("RUS", "USAMED", "173")),
        ("Belarus pardoned a Lithuanian activist it jailed last year.", ("BLR", "LTUOPP", "173")),
        (
            "Turkey extradited a Uighur activist that China accused of terrorism.",
            ("CHN", "CHNUIGOPP", "1124"),
        ),
        (
            "Venezuela's government arrested a US citizen it accused of plotting to kill Maduro.",
            ("USACVL", "VENGOV", "138"),
        ),
    ],
)
def test_a_relative_clause_takes_its_noun_as_object(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded_actors(extractor, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Kenya and Ethiopia, whose leaders met in Nairobi, signed a security pact.", "040"),
        ("Macron carried a letter from Biden to President Xi which he rejected.", "120"),
        ("Venezuela's government arrested a US citizen it accused of plotting to kill Maduro.", "138"),
    ],
)
def test_a_relative_clause_object_stays_in_its_clause(extractor: Extractor, text: str, wrong: str) -> None:
    got = found(extractor, text)
    # no subject of the clause acts on the noun it hangs on, and the accuser does not plot
    assert not any(r.cameo == wrong and r.source.code[:3] == r.target.code[:3] == "VEN" for r in got), got
    assert not any(r.cameo == wrong and "GOV" in r.source.code and r.target.code[:3] in {"KEN", "ETH", "CHN"}
                   for r in got), got  # fmt: skip


def test_a_relative_clause_object_by_hand(rules: Rules) -> None:
    doc = parsed("Chile detained a journalist Peru accused", [1, 1, 3, 1, 5, 3],
                 "nsubj ROOT det dobj nsubj relcl", "PROPN VERB DET NOUN PROPN VERB",
                 "Chile detain a journalist Peru accuse", {0: "CHL", 3: "journalist", 4: "PER"})  # fmt: skip
    assert ("PER", "journalist", "112") in coded(rules, doc)
    whom = parsed("Chile freed the journalist whom Peru detained", [1, 1, 3, 1, 6, 6, 3],
                  "nsubj ROOT det dobj dobj nsubj relcl", "PROPN VERB DET NOUN PRON PROPN VERB",
                  "Chile free the journalist whom Peru detain",
                  {0: "CHL", 3: "journalist", 5: "PER"})  # fmt: skip
    assert ("PER", "journalist", "173") in coded(rules, whom)


# -- what talks are about is negotiated, joining a body too ------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Finland opened talks on joining NATO.", ("FIN", "IGOWSTNAT", "046")),
        ("Georgia suspended talks on joining the European Union.", ("GEO", "IGOEUREEC", "046")),
        ("Moldova began negotiations on joining the EU last year.", ("MDA", "IGOEUREEC", "046")),
    ],
)
def test_talks_on_joining_are_negotiated(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = coded_actors(extractor, text)
    assert expected in got and (expected[0], expected[1], "040") not in got, got


def test_talks_on_joining_by_hand(rules: Rules) -> None:
    doc = parsed("Chile held talks on joining NATO", [1, 1, 1, 2, 3, 4],
                 "nsubj ROOT dobj prep pcomp dobj", "PROPN VERB NOUN ADP VERB PROPN",
                 "Chile hold talk on join NATO", {0: "CHL", 5: "NATO"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "NATO", "046") in got and ("CHL", "NATO", "040") not in got, got
    # the parser may hang the topic on the verb that holds the talks
    hung = parsed("Chile opened talks on joining NATO", [1, 1, 1, 1, 3, 4],
                  "nsubj ROOT dobj prep pcomp dobj", "PROPN VERB NOUN ADP VERB PROPN",
                  "Chile open talk on join NATO", {0: "CHL", 5: "NATO"})  # fmt: skip
    got = coded(rules, hung)
    assert ("CHL", "NATO", "046") in got and ("CHL", "NATO", "040") not in got, got


# -- a couple is people acted upon ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban released a British couple who had been detained for seven months.",
         ("AFGREB", "GBRCVL", "0841")),
        ("Iran detained a French couple on spying charges.", ("IRN", "FRACVL", "173")),
        ("Gunmen kidnapped an Italian couple in southern Niger.", ("UAF", "ITACVL", "181")),
    ],
)  # fmt: skip
def test_a_couple_is_civilians(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_actors(extractor, text)


# -- banks are companies ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Treasury sanctioned three Mexican banks accused of laundering money for cartels.",
         ("USAGOV", "MEXBUS", "163")),
        ("Chinese banks lent money to Russia.", ("CHNBUS", "RUS", "071")),
        ("The United States imposed sanctions on Chinese banks that help Russia.", ("USA", "CHNBUS", "163")),
    ],
)  # fmt: skip
def test_banks_are_companies(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded_actors(extractor, text)


def test_a_bank_keeps_out_of_a_place_name(extractor: Extractor) -> None:
    got = coded_actors(extractor, "Israeli settlers attacked Palestinian villages in the West Bank.")
    assert got and not any(t.endswith("BUS") for _, t, _ in got), got


# -- a verb after "to" the parser took for a noun is read as the verb it is -----------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France offered to host talks between Armenia and Azerbaijan.", ("FRA", "ARM", "039")),
        ("Macron offered to host talks between Armenia and Azerbaijan.", ("FRAGOV", "AZE", "039")),
    ],
)
def test_an_infinitive_tagged_as_a_noun_is_a_verb(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded_actors(extractor, text)


def test_an_infinitive_tagged_as_a_noun_by_hand(rules: Rules) -> None:
    doc = parsed("Chile offered to host talks between Peru and Bolivia", [1, 1, 3, 1, 3, 4, 5, 6, 6],
                 "nsubj ROOT aux xcomp dobj prep pobj cc conj",
                 "PROPN VERB PART NOUN NOUN ADP PROPN CCONJ PROPN",
                 "Chile offer to host talk between Peru and Bolivia",
                 {0: "CHL", 6: "PER", 8: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {("CHL", "PER", "039"), ("CHL", "BOL", "039")} <= got, got


# -- what a count counts is what is sent ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang sent dozens of workers to Russia.", ("PRK", "RUS")),
        ("Cuba sent hundreds of doctors to Venezuela.", ("CUB", "VEN")),
        ("Rwanda sent thousands of workers to Qatar.", ("RWA", "QAT")),
    ],
)
def test_counted_people_sent_are_what_is_sent(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    got = coded_actors(extractor, text)
    assert any((s, t) == expected for s, t, _ in got), got
    assert not any(s == expected[0] and t.endswith(("CVL", "HLH")) for s, t, _ in got), got


def test_counted_people_sent_by_hand(rules: Rules) -> None:
    doc = parsed("Chile sent dozens of workers to Peru", [1, 1, 1, 2, 3, 1, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB NOUN ADP NOUN ADP PROPN",
                 "Chile send dozen of worker to Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    # the workers are a generic actor, as the matcher finds them
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 4, 5, "CVL", "generic")]
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "PER")}


# -- an intelligence agency is intelligence ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ukraine's intelligence agency claimed responsibility for the killing of a Russian general.",
            "UKRSPY",
        ),
        ("Ukraine's intelligence agency said it had sabotaged a Russian railway line.", "UKRSPY"),
        ("Turkey's intelligence agency captured a senior Islamic State commander in Syria.", "TURSPY"),
    ],
)
def test_an_intelligence_agency_is_intelligence(extractor: Extractor, text: str, source: str) -> None:
    got = coded_actors(extractor, text)
    assert got and {s for s, _, _ in got} == {source}, got


# -- what a count after a preposition counts is what the pattern reads ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pyongyang has supplied Moscow with millions of artillery shells.", ("PRK", "RUS", "072")),
        ("North Korea supplied Russia with thousands of shells.", ("PRK", "RUS", "072")),
        ("Iran has supplied the Houthis with hundreds of missiles.", ("IRN", "YEMREB", "072")),
    ],
)
def test_a_count_after_a_preposition_reads_as_what_it_counts(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = coded_actors(extractor, text)
    assert expected in got and (expected[0], expected[1], "060") not in got, got


def test_a_count_after_a_preposition_by_hand(rules: Rules) -> None:
    doc = parsed("Chile supplied Peru with millions of shells", [1, 1, 1, 1, 3, 4, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB PROPN ADP NOUN ADP NOUN",
                 "Chile supply Peru with million of shell", {0: "CHL", 2: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "072")}


# -- whom a tie names by its owner is someone else ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Guatemala restored diplomatic relations with Taiwan's rival.", "TWN"),
        ("Iran held talks with Israel's enemies.", "ISR"),
        ("Venezuela signed deals with America's adversaries.", "USA"),
        ("Moscow sought closer ties with Washington's foes in the region.", "USA"),
    ],
)
def test_a_tie_named_by_its_owner_is_not_the_owner(extractor: Extractor, text: str, owner: str) -> None:
    got = coded_actors(extractor, text)
    assert not any(t == owner for _, t, _ in got), got


def test_a_tie_named_beside_it_is_who_it_is(extractor: Extractor) -> None:
    assert ("ISR", "LBNREB", "190") in coded_actors(extractor, "Israel struck Iran's ally, Hezbollah.")


def test_a_tie_named_by_its_owner_by_hand(rules: Rules) -> None:
    doc = parsed("Chile held talks with Peru 's rival", [1, 1, 1, 2, 6, 4, 3],
                 "nsubj ROOT dobj prep poss case pobj", "PROPN VERB NOUN ADP PROPN PART NOUN",
                 "Chile hold talk with Peru 's rival", {0: "CHL", 4: "PER"})  # fmt: skip
    assert not any(t == "PER" for _, t, _ in coded(rules, doc))
    own = parsed("Chile held talks with Peru 's president", [1, 1, 1, 2, 6, 4, 3],
                 "nsubj ROOT dobj prep poss case pobj", "PROPN VERB NOUN ADP PROPN PART NOUN",
                 "Chile hold talk with Peru 's president", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "046") in coded(rules, own)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary met its NATO allies in Brussels.", ("HUN", "IGOWSTNAT", "040")),
        (
            "Greece demanded that its European Union partners refuse to recognise Macedonia.",
            ("GRC", "IGOEUREEC"),
        ),
    ],
)
def test_allies_a_body_names_are_its_members(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    got = coded_actors(extractor, text)
    assert any((s, t, c)[: len(expected)] == expected for s, t, c in got), got


# -- what someone is ordered to do has not happened ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "order", "unasserted"),
    [
        (
            "The Dutch court ordered the government to halt exports of F-35 parts to Israel.",
            ("NLDJUD", "GOV", "100"),
            "163",
        ),
        (
            "A Brazilian judge ordered the police to arrest the former president.",
            ("BRAJUD", "BRACOP", "152"),
            "173",
        ),
        (
            "The Kenyan court ordered the government to deport the activists.",
            ("KENJUD", "KENGOV", "100"),
            "174",
        ),
    ],
)
def test_what_is_ordered_has_not_happened(
    extractor: Extractor, text: str, order: tuple[str, str, str], unasserted: str
) -> None:
    got = coded_actors(extractor, text)
    assert order in got and not any(code == unasserted for _, _, code in got), got


def test_what_is_ordered_by_hand(rules: Rules) -> None:
    doc = parsed("Chile ordered Peru to expel the envoy", [1, 1, 1, 4, 1, 6, 4],
                 "nsubj ROOT dobj aux xcomp det dobj", "PROPN VERB PROPN PART VERB DET NOUN",
                 "Chile order Peru to expel the envoy", {0: "CHL", 2: "PER", 6: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert not any(s == "PER" for s, _, _ in got), got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia sent troops to Syria in order to protect the Assad government.", ("RUS", "SYRGOV", "074")),
        ("Turkey deployed troops in order to attack Kurdish militants in Iraq.", ("TUR", "IRQKURUAF", "190")),
        ("Qatar hosted the delegations in order to mediate between Israel and Hamas.", ("QAT", "ISR")),
    ],
)
def test_in_order_to_gives_no_order(extractor: Extractor, text: str, expected: tuple[str, ...]) -> None:
    got = coded_actors(extractor, text)
    assert any((s, t, c)[: len(expected)] == expected for s, t, c in got), got


def test_in_order_to_by_hand(rules: Rules) -> None:
    doc = parsed("Chile sent troops in order to protect Peru", [1, 1, 1, 1, 3, 6, 4, 6],
                 "nsubj ROOT dobj prep pobj aux acl dobj", "PROPN VERB NOUN ADP NOUN PART VERB PROPN",
                 "Chile send troop in order to protect Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert ("CHL", "PER", "074") in coded(rules, doc)


# -- who a site hosts is reached through it -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iraqi militias launched drones at a base hosting US forces in western Iraq.", ("IRQUAF", "USAMIL")),
        ("Russian missiles struck a school sheltering displaced families in Kharkiv.", ("RUS", "UKRCVL")),
        ("Rebels shelled a camp hosting Sudanese refugees near the Chadian border.", ("REB", "SDNREF")),
    ],
)
def test_an_attack_on_a_site_reaches_whom_it_hosts(
    extractor: Extractor, text: str, expected: tuple[str, ...]
) -> None:
    got = coded_actors(extractor, text)
    assert any((s, t, c)[: len(expected)] == expected for s, t, c in got), got


def test_whom_a_site_hosts_by_hand(rules: Rules) -> None:
    doc = parsed("Chile bombed a base hosting Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj acl dobj", "PROPN VERB DET NOUN VERB PROPN",
                 "Chile bomb a base host Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert any(s == "CHL" and t == "PER" for s, t, _ in coded(rules, doc)), coded(rules, doc)
    doc = parsed("Chile bombed a country hosting Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj acl dobj", "PROPN VERB DET NOUN VERB PROPN",
                 "Chile bomb a country host Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert not any(t == "PER" for _, t, _ in coded(rules, doc)), coded(rules, doc)


# -- a backer before a hyphen, wherever the parser hangs it ------------------------------------------
@pytest.mark.parametrize(
    ("text", "backed"),
    [
        ("The UN-backed government in Tripoli signed a maritime deal with Turkey.", ("IGOUNO", "050")),
        ("The EU-funded coast guard intercepted hundreds of migrants off Libya.", ("IGOEUREEC", "061")),
        ("Libya's eastern-based parliament rejected the UN-backed government in Tripoli.", ("IGOUNO", "050")),
    ],
)
def test_a_backer_hung_on_the_body_backs_it(extractor: Extractor, text: str, backed: tuple[str, str]) -> None:
    got = coded_actors(extractor, text)
    assert any((s, c) == backed for s, _, c in got), got
    assert not any(t.startswith(backed[0]) and t != backed[0] for s, t, _ in got), got


def test_a_backer_hung_on_the_body_by_hand(rules: Rules) -> None:
    doc = parsed("Chile - backed rebels attacked Peru", [3, 3, 3, 4, 4, 4],
                 "compound amod amod nsubj ROOT dobj", "PROPN ADJ VERB NOUN VERB PROPN",
                 "Chile - back rebel attack Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 3, 4, "grp:rebels", "generic")]
    got = coded(rules, doc)
    assert ("CHL", "grp:rebels", "050") in got, got
    assert ("CHL", "PER", "190") not in got, got


# -- the one accused by someone does the act alleged, hedged ------------------------------------------
@pytest.mark.parametrize(
    ("text", "doer", "act"),
    [
        ("Rwanda was accused by UN experts of arming the M23 rebels.", "RWA", "CODREB"),
        ("Iran has been accused by Western governments of supplying drones to Russia.", "IRN", "RUS"),
        (
            "Syrian government forces were accused by rights groups of using chemical weapons in Douma.",
            "SYRMIL",
            "SYRCVL",
        ),
    ],
)
def test_the_one_accused_by_someone_does_the_alleged_act(
    extractor: Extractor, text: str, doer: str, act: str
) -> None:
    rels = found(extractor, text)
    alleged = [r for r in rels if r.target.code == act]
    assert alleged and all(r.source.code == doer and r.modality == "hedged" for r in alleged), rels


def test_the_one_accused_by_someone_by_hand(rules: Rules) -> None:
    doc = parsed("Chile was accused by Peru of attacking Bolivia", [2, 2, 2, 2, 3, 4, 5, 6],
                 "nsubjpass auxpass ROOT agent pobj prep pcomp dobj",
                 "PROPN AUX VERB ADP PROPN ADP VERB PROPN",
                 "Chile be accuse by Peru of attack Bolivia", {0: "CHL", 4: "PER", 7: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert any(s == "CHL" and t == "BOL" for s, t, _ in got), got
    assert not any(s == "PER" and t == "BOL" for s, t, _ in got), got
    assert modality_of(doc[6]) == "hedged"


# -- what one actor sees another as is the viewer's judgement, no fact ---------------------------------
@pytest.mark.parametrize(
    ("text", "judged"),
    [
        (
            "The Kremlin views NATO's expansion into Finland as a direct threat to Russian security.",
            ("RUS", "IGOWSTNAT"),
        ),
        ("Poland sees Russia's military build-up in Belarus as a threat to NATO.", ("POL", "RUS")),
        ("Japan views China's naval activity as a growing threat to Taiwan.", ("JPN", "CHN")),
    ],
)
def test_a_threat_one_is_seen_as_is_the_viewers_judgement(
    extractor: Extractor, text: str, judged: tuple[str, str]
) -> None:
    rels = found(extractor, text)
    assert any((r.source.code, r.target.code, r.cameo) == (*judged, "110") for r in rels), rels
    threats = [r for r in rels if r.cameo.startswith("13")]
    assert threats and all(r.modality == "hedged" for r in threats), rels


def test_a_threat_one_is_seen_as_by_hand(rules: Rules) -> None:
    doc = parsed("Chile views Peru 's expansion as a threat to Bolivia", [1, 1, 4, 2, 1, 1, 7, 5, 7, 8],
                 "nsubj ROOT poss case dobj prep det pobj prep pobj",
                 "PROPN VERB PROPN PART NOUN ADP DET NOUN ADP PROPN",
                 "Chile view Peru 's expansion as a threat to Bolivia",
                 {0: "CHL", 2: "PER", 9: "BOL"})  # fmt: skip
    got = list(rules.candidates(doc[:], ActorIndex(doc)))
    assert any((c.source.label_, c.target.label_, c.code.code, c.judged) == ("CHL", "PER", "110", False)
               for c in got), got  # fmt: skip
    threats = [c for c in got if c.source.label_ == "PER"]
    assert threats and all(c.judged for c in threats), got


# -- a purpose clause is as true as the act it is the purpose of ------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "modality"),
    [
        (
            "Seoul suspects Pyongyang of sending troops to fight for Russia in Kursk.",
            ("PRK", "RUS"),
            "hedged",
        ),
        (
            "Congo accused Rwanda of sending troops across the border to support the M23.",
            ("RWA", "CODREB"),
            "hedged",
        ),
        ("Chad did not send soldiers to help the Sudanese army.", ("TCD", "SDNMIL"), "negated"),
    ],
)
def test_a_purpose_clause_takes_the_modality_of_its_act(
    extractor: Extractor, text: str, pair: tuple[str, str], modality: str
) -> None:
    rels = [r for r in found(extractor, text) if (r.source.code, r.target.code) == pair]
    assert rels and all(r.modality == modality for r in rels), found(extractor, text)


def test_a_purpose_clause_takes_the_modality_of_its_act_by_hand() -> None:
    doc = parsed("Chile denied sending troops to attack Peru", [1, 1, 1, 2, 5, 2, 5],
                 "nsubj ROOT xcomp dobj aux advcl dobj", "PROPN VERB VERB NOUN PART VERB PROPN",
                 "Chile deny send troop to attack Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    doc[2].tag_, doc[5].tag_ = "VBG", "VB"
    assert modality_of(doc[5]) == modality_of(doc[2]) != "asserted"


# -- "any" attack is one that may never be ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Iran warned that it would retaliate against any Israeli attack on its nuclear facilities.",
            ("ISR", "IRN"),
        ),
        ("Pakistan said it would retaliate against any Indian strike on its territory.", ("IND", "PAK")),
        ("Venezuela said it would respond to any US attack on its oil platforms.", ("USA", "VEN")),
    ],
)
def test_any_attack_is_one_that_may_never_be(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    rels = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert rels and all(r.modality == "speculative" for r in rels), found(extractor, text)


def test_any_attack_by_hand() -> None:
    doc = parsed("Chile condemned any attack on Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj prep pobj", "PROPN VERB DET NOUN ADP PROPN",
                 "Chile condemn any attack on Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert modality_of(doc[3]) == "speculative"
    doc = parsed("Chile condemned the attack on Peru", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj prep pobj", "PROPN VERB DET NOUN ADP PROPN",
                 "Chile condemn the attack on Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert modality_of(doc[3]) == "asserted"


# -- equipment received with its owner's name is given by the owner; people received are hosted --------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt received the first batch of Chinese fighter jets, local media reported.",
            ("CHNMIL", "EGY", "072"),
        ),
        ("Ukraine received the first Dutch F-16 jets.", ("NLDMIL", "UKR", "072")),
        ("Serbia received six French Rafale jets.", ("FRA", "SRB", "072")),
        ("Cuba received a Russian delegation in Havana.", ("CUB", "RUSGOV", "043")),
    ],
)
def test_equipment_received_is_given_by_its_owner(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded_actors(extractor, text), coded_actors(extractor, text)


def test_equipment_received_by_hand(rules: Rules) -> None:
    doc = parsed("Chile received Peruvian jets", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chile receive peruvian jet", {0: "CHL"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 2, 4, "PERMIL", "agent")]
    assert ("PERMIL", "CHL", "072") in coded(rules, doc), coded(rules, doc)
    doc = parsed("Chile received Peruvian envoys", [1, 1, 3, 1], "nsubj ROOT amod dobj",
                 "PROPN VERB ADJ NOUN", "Chile receive peruvian envoy", {0: "CHL"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 2, 4, "PERGOV", "agent")]
    assert not any(s == "PERGOV" for s, _, _ in coded(rules, doc)), coded(rules, doc)


# -- nouns of wanting govern what they are eager for as an intent -----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey's eagerness to buy Russian air defence systems alarmed Washington.", ("TUR", "RUS", "0311")),
        ("Georgia's ambition to join the European Union has stalled.", ("GEO", "IGOEUREEC", "032")),
        ("Serbia's aspiration to join the EU has cooled.", ("SRB", "IGOEUREEC", "032")),
    ],
)
def test_a_noun_of_wanting_makes_an_intent(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded_actors(extractor, text), coded_actors(extractor, text)


def test_a_noun_of_wanting_by_hand(rules: Rules) -> None:
    doc = parsed("Chile 's eagerness to meet Peru grew", [2, 0, 6, 4, 2, 4, 6],
                 "poss case nsubj aux acl dobj ROOT", "PROPN PART NOUN PART VERB PROPN VERB",
                 "Chile 's eagerness to meet Peru grow", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "036") in coded(rules, doc), coded(rules, doc)


# -- land claimed by a state cites no source ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Japan has protested to Russia over military drills on islands claimed by both countries.",
        "Vietnam accused China of building an airstrip on reefs claimed by Hanoi.",
        "Greece protested the Turkish survey near the Aegean islands claimed by Athens.",
    ],
)
def test_a_territorial_claim_is_no_citation(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert got and all(r.attributed_to is None for r in got), got


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The attack, claimed by al-Shabaab, killed three US servicemen in Kenya.", "al-Shabaab"),
        ("As claimed by Israeli officials, Hezbollah fired rockets at Haifa.", "Israeli officials"),
    ],
)
def test_a_claim_of_an_act_still_cites_its_claimant(extractor: Extractor, text: str, speaker: str) -> None:
    got = found(extractor, text)
    assert got and {r.attributed_to for r in got} == {speaker}, got


def test_a_territorial_claim_by_hand() -> None:
    doc = parsed("China built a base on reefs claimed by Manila", [1, 1, 3, 1, 3, 4, 5, 6, 7],
                 "nsubj ROOT det dobj prep pobj acl agent pobj",
                 "PROPN VERB DET NOUN ADP NOUN VERB ADP PROPN",
                 "China build a base on reef claim by Manila", {0: "CHN", 8: "PHL"})  # fmt: skip
    assert Attribution(doc).speaker_of(doc[1]) is None
    cited = parsed("the attack claimed by Hamas killed soldiers", [1, 5, 1, 2, 3, 5, 5],
                   "det nsubj acl agent pobj ROOT dobj",
                   "DET NOUN VERB ADP PROPN VERB NOUN",
                   "the attack claim by Hamas kill soldier", {4: "hamas"})  # fmt: skip
    assert Attribution(cited).speaker_of(cited[5]) == "Hamas"


# -- a participle the parser made the root undergoes, with its noun -------------------------------
def test_a_participle_misread_as_the_root_keeps_its_noun_the_one_acted_on(extractor: Extractor) -> None:
    text = "A French citizen detained in Iran for two years was freed and flew home."
    got = {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}
    assert ("IRN", "FRACVL", "173") in got and ("FRACVL", "IRN", "173") not in got, got


@pytest.mark.parametrize(
    ("words", "heads", "deps", "expected"),
    [
        # the participle as root, the clause's auxiliary on its conjunct: the noun underwent it
        ("journalists detained in Iran were freed", [1, 1, 1, 2, 5, 1],
         "nsubj ROOT prep pobj auxpass conj", ("IRN", "grp:journalists", "173")),
        # with an object of its own it is the clause's verb: "journalists detained Iranians"
        ("journalists detained Iranians and were freed", [1, 1, 1, 1, 5, 1],
         "nsubj ROOT dobj cc auxpass conj", ("grp:journalists", "IRN", "173")),
    ],
)  # fmt: skip
def test_a_participle_misread_as_the_root_by_hand(
    rules: Rules, words: str, heads: list[int], deps: str, expected: tuple[str, str, str]
) -> None:
    pos = {"journalists": "NOUN", "detained": "VERB", "in": "ADP", "Iran": "PROPN", "were": "AUX",
           "freed": "VERB", "Iranians": "PROPN", "and": "CCONJ"}  # fmt: skip
    lemmas = {"journalists": "journalist", "detained": "detain", "were": "be", "freed": "free"}
    split = words.split()
    actor = split.index("Iran") if "Iran" in split else split.index("Iranians")
    doc = parsed(words, heads, deps, " ".join(pos[w] for w in split),
                 " ".join(lemmas.get(w, w) for w in split), {actor: "IRN"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 0, 1, "grp:journalists", "generic")]
    doc[1].tag_ = "VBN"
    got = coded(rules, doc)
    assert expected in got and (expected[1], expected[0], expected[2]) not in got, got


# -- a body led by someone is no one acted on -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Qatari delegation led by Mohammed Al-Khulaifi held talks with Hamas leaders in Cairo.",
        "An opposition delegation led by Juan Guaido met European diplomats in Brussels.",
        "A Sudanese army delegation headed by Shams al-Din Kabbashi met RSF negotiators in Jeddah.",
    ],
)
def test_a_body_led_by_its_leader_is_not_acted_on(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert got and all(r.trigger is not None and r.trigger.text not in {"led", "headed"} for r in got), got


def test_a_body_led_by_its_leader_by_hand(rules: Rules) -> None:
    doc = parsed("the delegation led by Kaabi met Hamas", [1, 5, 1, 2, 3, 5, 5],
                 "det nsubj acl agent pobj ROOT dobj", "DET NOUN VERB ADP PROPN VERB PROPN",
                 "the delegation lead by Kaabi meet Hamas", {4: "QAT", 6: "hamas"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 0, 2, "grp:delegation", "generic")]
    doc.user_data[ACTORS_KEY] = {
        "QAT": {"id": "QAT", "label": "Qatar", "type": "state", "code": "QAT", "country": "QAT"},
        "hamas": {"id": "hamas", "label": "Hamas", "type": "armed_group", "code": "PSEREBHMS"},
        "grp:delegation": {"id": "grp:delegation", "label": "delegation", "type": "group", "code": "GOV"},
    }
    doc[2].tag_ = "VBN"
    got = coded(rules, doc)
    assert ("QAT", "grp:delegation", "036") not in got and ("grp:delegation", "hamas", "040") in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kenyan-led police mission arrived in Haiti to confront armed gangs.", ("KENCOP", "HTI", "042")),
        ("A French-led police mission arrived in Bangui on Monday.", ("FRACOP", "CAF", "042")),
        ("A Nigerian-led police mission arrested 20 suspects in Conakry.", ("NGACOP", "GIN", "173")),
    ],
)
def test_a_mission_led_by_a_state_is_its_own_not_its_partner(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """ "The Kenyan-led police mission": one actor, Kenya's police, not the police backing Kenya."""
    got = found(extractor, text)
    assert {r.source.code for r in got} == {expected[0]}, got
    assert expected in {(r.source.code, r.target.code, r.cameo) for r in got}, got


# -- one's own body led somewhere reaches where it goes -------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Qatari prime minister led a Qatari delegation to Washington.", ("QATGOV", "USA")),
        ("The Indian foreign minister led an Indian delegation to Moscow.", ("INDGOV", "RUS")),
        ("Antony Blinken led a US delegation to Beijing for talks.", ("USAGOV", "CHN")),
    ],
)
def test_ones_own_delegation_led_somewhere_reaches_its_host(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    got = {(r.source.code, r.target.code) for r in found(extractor, text)}
    assert expected in got, got


def test_ones_own_delegation_led_somewhere_by_hand(rules: Rules) -> None:
    doc = parsed("the minister led a delegation to Washington", [1, 2, 2, 4, 2, 2, 5],
                 "det nsubj ROOT det dobj prep pobj", "DET NOUN VERB DET NOUN ADP PROPN",
                 "the minister lead a delegation to Washington", {6: "USA"})  # fmt: skip
    doc.spans["actors"] = [
        *doc.spans["actors"],
        actor_span(doc, 0, 2, "QATGOV", "agent"),
        actor_span(doc, 3, 5, "QATGOV", "agent"),
    ]
    doc.user_data[ACTORS_KEY] = {
        "USA": {"id": "USA", "label": "United States", "type": "state", "code": "USA", "country": "USA"},
        "QATGOV": {"id": "QATGOV", "label": "Qatar (government)", "type": "government", "code": "QATGOV",
                   "country": "QAT"},
    }  # fmt: skip
    got = coded(rules, doc)
    assert ("QATGOV", "USA", "036") in got, got


# -- harbouring people shelters them; harbouring a feeling shelters no one -------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria harboured Kurdish rebels for years.", ("SYR", "KURREB")),
        ("The Ivorian government was harbouring Burkinabe dissidents.", ("CIVGOV", "BFAOPP")),
        ("Uganda harboured Rwandan rebels in the 1990s, a UN report said.", ("UGA", "RWAREB")),
    ],
)
def test_harbouring_people_shelters_them(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert (*expected, "075") in coded_actors(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran harbours deep hostility toward Israel.",
        "Turkey has long harboured ambitions against the Kurds in Syria.",
        "Poland harbours suspicions about Russia's intentions.",
    ],
)
def test_harbouring_a_feeling_shelters_no_one(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert all(r.cameo != "075" for r in got), got


def test_harbouring_by_hand(rules: Rules) -> None:
    people = parsed("Syria harboured rebels", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB NOUN",
                    "Syria harbour rebel", {0: "SYR", 2: "REB"})  # fmt: skip
    assert ("SYR", "REB", "075") in coded(rules, people)
    feeling = parsed("Iran harbours hostility toward Israel", [1, 1, 1, 2, 3],
                     "nsubj ROOT dobj prep pobj", "PROPN VERB NOUN ADP PROPN",
                     "Iran harbour hostility toward Israel", {0: "IRN", 4: "ISR"})  # fmt: skip
    assert not [c for c in coded(rules, feeling) if c[2] == "075"], coded(rules, feeling)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("North Korea expelled the inspectors of the IAEA.", "PRK", "IGOUNOIAE"),
        ("Pro-Russian separatists barred observers of the OSCE from the crash site.", "REB", "IGOEUROSC"),
        ("Iran allowed inspectors from the IAEA to visit the Natanz plant.", "IRN", "IGOUNOIAE"),
        ("Investigators from the ICC met Ukrainian prosecutors in Kyiv.", "IGOJUDICC", "UKRJUD"),
        ("Observers from the African Union praised the conduct of the vote in Kenya.", "IGOAFRAFU", "KEN"),
    ],
)
def test_inspectors_and_monitors_stand_for_their_body(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    assert (source, target) in {(r.source.code, r.target.code) for r in found(extractor, text)}


def test_inspectors_of_a_body_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Syria detained the monitors of the OPCW", [1, 1, 3, 1, 3, 6, 4],
                 "nsubj ROOT det dobj prep det pobj", "PROPN VERB DET NOUN ADP DET PROPN",
                 "Syria detain the monitor of the OPCW", {0: "SYR", 6: "OPCW"})  # fmt: skip
    assert {("SYR", "OPCW", "173")} == coded(rules, doc)


# -- "whose" stands for the noun its relative clause qualifies ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Nigeria and Niger, whose relations soured after the coup, reopened their border.",
         "NGA", "NER", "11"),
        ("Serbia and Kosovo, whose relations remain tense, agreed to a deal on licence plates.",
         "SRB", "KSV", "11"),
        ("The Houthis, whose leader has threatened Israel, seized another ship.", "YEMREB", "ISR", "13"),
        ("The UN condemned the RSF, whose fighters killed hundreds of civilians in El Fasher.",
         "SDNREB", "SDNCVL", "20"),
        ("Pakistan, whose army has fought the Taliban for years, welcomed the talks.",
         "PAKMIL", "AFGREB", "19"),
    ],
)  # fmt: skip
def test_whose_stands_for_the_noun_its_clause_qualifies(
    extractor: Extractor, text: str, source: str, target: str, root: str
) -> None:
    got = {(r.source.code, r.target.code, r.cameo[:2]) for r in found(extractor, text)}
    assert (source, target, root) in got


def test_their_relations_after_two_states_relate_the_two(extractor: Extractor) -> None:
    got = found(extractor, "Ghana and Togo said their relations had improved since the election.")
    assert {(r.source.code, r.target.code, r.quad_class) for r in got} == {("GHA", "TGO", 1)}


def test_whose_by_hand(extractor: Extractor) -> None:
    words = ["Chile", "and", "Peru", ",", "whose", "ties", "soured", ",", "met", "."]
    doc = Doc(ENGLISH.vocab, words=words, heads=[8, 0, 0, 0, 5, 6, 0, 0, 8, 8],
              deps=["nsubj", "cc", "conj", "punct", "poss", "nsubj", "relcl", "punct", "ROOT", "punct"],
              pos=["PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "VERB", "PUNCT"],
              tags=["NNP", "CC", "NNP", ",", "WP$", "NNS", "VBD", ",", "VBD", "."],
              lemmas=["Chile", "and", "Peru", ",", "whose", "tie", "sour", ",", "meet", "."])  # fmt: skip
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 1, "CHL", "name"), actor_span(doc, 2, 3, "PER", "name")]
    doc.user_data[ACTORS_KEY] = {
        "CHL": {"id": "CHL", "label": "Chile", "type": "state", "code": "CHL", "country": "CHL"},
        "PER": {"id": "PER", "label": "Peru", "type": "state", "code": "PER", "country": "PER"},
    }
    resolve_pronouns(doc, extractor.catalogue)
    assert {(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.start == 4} == {
        ("whose", "CHL"),
        ("whose", "PER"),
    }


def test_one_pronoun_for_two_owns_their_relationship_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("their ties soured", [1, 2, 2], "poss nsubj ROOT", "PRON NOUN VERB", "their tie sour", {})
    doc.spans[SPANS_KEY] = [actor_span(doc, 0, 1, "CHL", "pronoun"), actor_span(doc, 0, 1, "PER", "pronoun")]
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "PER")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Unidentified gunmen ambushed a patrol of the Burkinabe army near Djibo.", "BFAMIL"),
        ("Pirates seized a vessel of the Iranian navy in the Gulf of Aden.", "IRNMIL"),
        ("Militants attacked a checkpoint of the Egyptian army near Arish.", "EGYMIL"),
    ],
)
def test_an_asset_stands_for_the_body_it_is_of(extractor: Extractor, text: str, target: str) -> None:
    assert {r.target.code for r in found(extractor, text)} == {target}


def test_an_asset_of_a_body_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Gunmen ambushed a patrol of the army", [1, 1, 3, 1, 3, 6, 4],
                 "nsubj ROOT det dobj prep det pobj", "NOUN VERB DET NOUN ADP DET NOUN",
                 "gunman ambush a patrol of the army", {0: "UAF", 6: "MLIMIL"})  # fmt: skip
    assert {("UAF", "MLIMIL")} == {(s, t) for s, t, _ in coded(rules, doc)}


# -- what a verb of naming calls its object is that object, in the judge's view ------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Morocco views the Polisario Front as a separatist movement armed by Algiers.", "DZA", "NAFREB"),
        ("Washington considers the Houthis a terrorist group backed by Tehran.", "IRN", "YEMREB"),
        ("India describes Lashkar-e-Taiba as a terrorist group sponsored by Pakistan.", "PAK", "PAKREB"),
        ("Kyiv considers Wagner a criminal organisation financed by the Kremlin.", "RUS", "RUSUAF"),
    ],
)
def test_what_a_judge_calls_its_object_is_the_object(
    extractor: Extractor, text: str, source: str, target: str
) -> None:
    got = {(r.source.code, r.target.code): r.modality for r in found(extractor, text)}
    assert got.get((source, target)) == "hedged"


def test_what_a_judge_calls_its_object_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile views Hamas as a group armed by Iran", [1, 1, 1, 1, 5, 3, 5, 6, 7],
                 "nsubj ROOT dobj prep det pobj acl agent pobj",
                 "PROPN VERB PROPN ADP DET NOUN VERB ADP PROPN",
                 "Chile view Hamas as a group arm by Iran", {0: "CHL", 2: "HMS", 8: "IRN"})  # fmt: skip
    doc[6].tag_ = "VBN"
    doc.spans[SPANS_KEY] = [*doc.spans[SPANS_KEY], actor_span(doc, 4, 6, "grp:group", "generic")]
    doc.user_data[ACTORS_KEY] = {
        "grp:group": {"id": "grp:group", "label": "group", "type": "group", "code": "UAF"}
    }
    assert ("IRN", "HMS") in {(s, t) for s, t, _ in coded(rules, doc)}


# -- phrasal verbs with a default of their own (verb_overrides.yaml) --------------------------------
def test_phrasal_defaults_in_the_lexicon() -> None:
    lexicon = Lexicon.load()
    fall_out = lexicon.verb("fall", particles=["out"])
    take_in = lexicon.verb("take", objects=["migrant"], particles=["in"])
    assert (fall_out and fall_out.code, lexicon.verb("fall")) == ("110", None)
    assert (take_in and take_in.code, lexicon.verb("take", objects=["migrant"]).code) == ("075", "171")  # type: ignore[union-attr]
    assert "fall" in lexicon.verb_lemmas()


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Qatar and Saudi Arabia fell out in 2017.", ("QAT", "SAU", "110")),
        ("Erdogan fell out with Netanyahu over the war in Gaza.", ("TUR", "ISR", "110")),
        ("Once close allies, Morocco and Algeria fell out over Western Sahara.", ("MAR", "DZA", "110")),
        ("Canada took in Afghan interpreters who had worked for its army.", ("CAN", "AFG", "075")),
        ("Washington turned down Kyiv's request for long-range missiles.", ("USA", "UKR", "120")),
        (
            "The Taliban turned down a request from Islamabad to hand over militant leaders.",
            ("AFG", "PAK", "120"),
        ),
    ],
)
def test_phrasal_verbs_code_by_their_particle(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_phrasal_verb_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru fell out", [3, 0, 0, 3, 3], "nsubj cc conj ROOT prt",
                 "PROPN CCONJ PROPN VERB ADP", "Chile and Peru fall out", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {(s, t, c) for s, t, c in coded(rules, doc)} & {("CHL", "PER", "110"), ("PER", "CHL", "110")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Once close allies, Qatar and Saudi Arabia clashed over Yemen.", ("QAT", "SAU")),
        ("Longtime partners, Germany and France clashed over nuclear power.", ("DEU", "FRA")),
        ("Former enemies, Ethiopia and Eritrea signed a peace deal in 2018.", ("ETH", "ERI")),
    ],
)
def test_a_tie_set_off_before_names_is_no_actor(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert {(r.source.code, r.target.code) for r in found(extractor, text)} == {pair}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Honduras ended ties with Taiwan in March.", ("HND", "TWN")),
        ("Panama terminated diplomatic relations with Taipei.", ("PAN", "TWN")),
        ("Honduras established relations with China in March, ending ties with Taiwan.", ("HND", "TWN")),
        ("Kyiv has halted all ties with Minsk.", ("UKR", "BLR")),
    ],
)
def test_a_relationship_cut_back_is_broken(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "161") in codes(extractor, text)


def test_a_relationship_cut_back_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile ended ties with Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile end tie with Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "161") in coded(rules, doc)


# -- another's act foreseen keeps its own reading, speculative ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Diplomats expect Saudi Arabia and Israel to sign a deal next year.", ("SAU", "ISR", "057")),
        ("Washington expects Riyadh and Jerusalem to normalise ties.", ("SAU", "ISR", "050")),
        ("Diplomats expect Saudi Arabia to resume talks with Israel after the war.", ("SAU", "ISR", "046")),
        ("Observers expect Kenya to sign a trade deal with Britain this year.", ("KEN", "GBR", "057")),
    ],
)
def test_another_s_act_foreseen_keeps_its_reading(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo): r.modality for r in found(extractor, text)}
    assert got.get(triple) == "speculative", got


def test_another_s_act_foreseen_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Analysts expect Chile to sign a deal with Peru", [1, 1, 4, 4, 1, 6, 4, 6, 7],
                 "nsubj ROOT nsubj aux ccomp det dobj prep pobj",
                 "NOUN VERB PROPN PART VERB DET NOUN ADP PROPN",
                 "analyst expect Chile to sign a deal with Peru", {2: "CHL", 8: "PER"})  # fmt: skip
    assert ("CHL", "PER", "057") in coded(rules, doc)


# -- goods moved name the kind of aid ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Poland delivered tanks to Kyiv.", ("POL", "UKR", "072")),
        ("The United States handed over rifles and ammunition to the Lebanese army.", ("USA", "LBN", "072")),
        ("Tanks were delivered to Ukraine by Germany.", ("DEU", "UKR", "072")),
        ("Germany gave Ukraine dozens of Leopard tanks.", ("DEU", "UKR", "072")),
        ("Germany sent tanks to Ukraine last winter.", ("DEU", "UKR", "072")),
        ("Egypt handed over food and tents to Sudanese refugees.", ("EGY", "SDN", "073")),
    ],
)
def test_goods_moved_name_the_kind_of_aid(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_goods_of_no_aid_kind_leave_the_transfer_as_it_is(extractor: Extractor) -> None:
    assert ("RUS", "HUN", "060") in codes(extractor, "Russia delivered gas to Hungary.")


def test_weapons_delivered_are_military_aid_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile delivered tanks to Peru", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile deliver tank to Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "072") in coded(rules, doc)


def test_goods_of_two_kinds_name_no_kind_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile handed over tents and rifles to Peru", [1, 1, 1, 1, 3, 3, 1, 6],
                 "nsubj ROOT prt dobj cc conj prep pobj", "PROPN VERB ADP NOUN CCONJ NOUN ADP PROPN",
                 "Chile hand over tent and rifle to Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert {code for _, _, code in coded(rules, doc)} & {"072", "073"} == set()


# -- an event named as the time of another lends it no parties ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "kept", "pair"),
    [
        (
            "The United States airlifted ammunition to Israel in the first days of the war.",
            ("USA", "ISR", "072"),
            ("USA", "ISR"),
        ),
        ("Britain sent fighter jets to Poland in the early weeks of the invasion.", None, ("GBR", "POL")),
        ("Turkey shipped drones to Azerbaijan at the start of the conflict.", None, ("TUR", "AZE")),
    ],
)
def test_an_event_named_as_a_time_lends_no_parties(
    extractor: Extractor, text: str, kept: tuple[str, str, str] | None, pair: tuple[str, str]
) -> None:
    got = codes(extractor, text)
    assert not {c for s, t, c in got if (s, t) == pair and c[:2] in {"18", "19", "20"}}, got
    assert kept is None or kept in got


def test_an_event_named_as_a_time_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile sent arms to Peru in the first days of the war",
                 [1, 1, 1, 1, 3, 1, 8, 8, 5, 8, 11, 9],
                 "nsubj ROOT dobj prep pobj prep det amod pobj prep det pobj",
                 "PROPN VERB NOUN ADP PROPN ADP DET ADJ NOUN ADP DET NOUN",
                 "Chile send arm to Peru in the first day of the war", {0: "CHL", 4: "PER"})  # fmt: skip
    assert {code[:2] for _, _, code in coded(rules, doc)} & {"18", "19", "20"} == set()


# -- a relationship no one owns is the side of whoever speaks of it or acts as it changes ------------------
@pytest.mark.parametrize(
    ("text", "pair", "quad"),
    [
        (
            "Relations with Moscow have deteriorated sharply, the Finnish prime minister said.",
            ("FIN", "RUS"),
            3,
        ),
        ("Tensions with China have grown, Taiwan's president said.", ("TWN", "CHN"), 3),
        ("Serbia put its army on alert as tensions with Kosovo rose.", ("SRB", "KSV"), 3),
        (
            "Ties with Washington have never been closer, India's foreign minister said on Monday.",
            ("IND", "USA"),
            1,
        ),
        ("Talks with the Taliban have stalled, Pakistan's foreign minister said.", ("PAK", "AFG"), 1),
    ],
)
def test_an_unowned_relationship_is_the_speakers_side(
    extractor: Extractor, text: str, pair: tuple[str, str], quad: int
) -> None:
    got = {(r.source.country, r.target.country): r.quad_class for r in found(extractor, text)}
    assert got.get(pair) == quad, got


def test_an_unowned_war_is_not_the_speakers(extractor: Extractor) -> None:
    got = codes(extractor, "The war with Ukraine has dragged on, Hungary's prime minister said.")
    assert not {c for s, t, c in got if {s, t} == {"HUN", "UKR"}}, got


def test_an_unowned_relationship_reported_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile said ties with Peru soured", [1, 1, 5, 2, 3, 1], "nsubj ROOT nsubj prep pobj ccomp",
                 "PROPN VERB NOUN ADP PROPN VERB", "Chile say tie with Peru sour",
                 {0: "CHL", 4: "PER"})  # fmt: skip
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "PER")}


def test_an_unowned_relationship_in_an_adverbial_clause_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile moved troops as tensions with Peru rose", [1, 1, 1, 7, 7, 4, 5, 1],
                 "nsubj ROOT dobj mark nsubj prep pobj advcl",
                 "PROPN VERB NOUN SCONJ NOUN ADP PROPN VERB",
                 "Chile move troop as tension with Peru rise", {0: "CHL", 6: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Turkey handed over two fugitives to Kazakhstan.", ("TUR", "KAZ", "063")),
        ("Kenya delivered the suspects to Ugandan authorities.", ("KEN", "UGA", "063")),
        ("Iraqi Kurdish forces handed over several Islamic State suspects to the Iraqi government.",
         (None, "IRQ", "063")),
    ],
)  # fmt: skip
def test_people_wanted_by_justice_handed_over_are_judicial_cooperation(
    extractor: Extractor, text: str, triple: tuple[str | None, str, str]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert triple in got, got


# -- a body of members joined is cooperation with it ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Finland joined NATO in April 2023.", ("FIN", "IGOWSTNAT", "050")),
        ("Indonesia joined BRICS last year.", ("IDN", "IGOBRI", "050")),
        ("Poland and Hungary joined the European Union in 2004.", ("POL", "IGOEUREEC", "050")),
        # an application or a bid to join is an intent
        ("Sweden applied to join NATO in May.", ("SWE", "IGOWSTNAT", "032")),
        ("Turkey blocked Sweden's bid to join NATO.", ("SWE", "IGOWSTNAT", "032")),
    ],
)
def test_an_organisation_joined_is_cooperation(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}


def test_people_joined_are_met(extractor: Extractor) -> None:
    assert {r.cameo for r in found(extractor, "Macron joined Scholz in Kyiv.")} == {"040"}


def test_an_organisation_joined_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad joined ECCAS", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN", "Chad join ECCAS",
                 {0: "TCD", 2: "IGOCAFECC"})  # fmt: skip
    doc.user_data[ACTORS_KEY] = {
        "TCD": {"id": "TCD", "label": "Chad", "type": "state", "code": "TCD", "country": "TCD"},
        "IGOCAFECC": {"id": "IGOCAFECC", "label": "ECCAS", "type": "igo", "code": "IGOCAFECC"},
    }
    assert coded(rules, doc) == {("TCD", "IGOCAFECC", "050")}


# -- a state that moves closer to another draws closer to it ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Argentina has moved closer to Washington.", ("ARG", "USA")),
        ("Iran has grown closer to Russia since the war.", ("IRN", "RUS")),
        ("Tehran was drawn closer to Moscow.", ("IRN", "RUS")),
        ("Argentina's new government has moved closer to Washington and away from Beijing.", ("ARG", "USA")),
    ],
)
def test_a_state_moving_closer_draws_closer(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "050") in codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Russian troops moved closer to Kyiv.", ("RUS", "UKR", "050")),
        ("Washington pushed Manila closer to Tokyo.", ("USA", "JPN", "050")),
    ],
)
def test_forces_or_a_pusher_moving_closer_draw_no_one(
    extractor: Extractor, text: str, absent: tuple[str, str, str]
) -> None:
    assert absent not in codes(extractor, text)


def test_a_state_moving_closer_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile moved closer to Peru", [1, 1, 1, 2, 3], "nsubj ROOT advmod prep pobj",
                 "PROPN VERB ADV ADP PROPN", "Chile move close to Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    doc[2].lemma_ = "close"
    doc.user_data[ACTORS_KEY] = {
        "CHL": {"id": "CHL", "label": "Chile", "type": "state", "code": "CHL", "country": "CHL"},
        "PER": {"id": "PER", "label": "Peru", "type": "state", "code": "PER", "country": "PER"},
    }
    assert coded(rules, doc) == {("CHL", "PER", "050")}


# -- aid is aimed at whom its purpose names ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Saudi Arabia pledged $500 million to rebuild Gaza.", ("SAU", "PSE", "0331")),
        ("The EU allocated 50 billion euros to help Ukraine.", ("IGOEUREEC", "UKR", "071")),
        ("Qatar donated $20 million to support UNRWA.", ("QAT", "IGOUNOREF", "071")),
    ],
)
def test_aid_is_aimed_at_whom_its_purpose_names(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = {(r.source.code, r.target.country or r.target.code, r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_aid_to_fight_someone_is_no_aid_to_them(extractor: Extractor) -> None:
    got = codes(extractor, "Iran sent weapons to fight the Islamic State.")
    assert not {c for _, _, c in got if c[:2] in {"07", "03"}}, got


def test_aid_aimed_by_its_purpose_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile pledged money to rebuild Peru", [1, 1, 1, 4, 1, 4],
                 "nsubj ROOT dobj aux advcl dobj", "PROPN VERB NOUN PART VERB PROPN",
                 "Chile pledge money to rebuild Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "0331") in coded(rules, doc)


# -- duties and levies are tariffs; a levy raised is the subject's ----------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The European Union imposed anti-dumping duties on Chinese steel.", ("IGOEUREEC", "CHN", "163")),
        ("Britain imposed a levy on Russian oil.", ("GBR", "RUS", "163")),
        ("India raised duties on US goods.", ("IND", "USA", "163")),
        ("Canada raised tariffs on Chinese steel.", ("CAN", "CHN", "163")),
    ],
)
def test_duties_and_levies_are_tariffs(extractor: Extractor, text: str, triple: tuple[str, str, str]) -> None:
    got = {(r.source.code, r.target.country or r.target.code, r.cameo) for r in found(extractor, text)}
    assert triple in got, got


def test_soldiers_on_duty_lay_no_tariff(extractor: Extractor) -> None:
    got = codes(extractor, "Israeli soldiers on duty at the checkpoint detained two Palestinians.")
    assert {c for _, _, c in got} == {"173"}, got


def test_a_tariff_raised_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile raised tariffs on Peruvian goods", [1, 1, 1, 2, 5, 3],
                 "nsubj ROOT dobj prep amod pobj", "PROPN VERB NOUN ADP ADJ NOUN",
                 "Chile raise tariff on peruvian good", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "163") in coded(rules, doc)


# -- kin are civilians, not whoever their "of" names ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Colombian rebels kidnapped the father of a footballer.", "the father"),
        ("Hamas killed the son of an Israeli minister.", "the son"),
        ("Gunmen killed the wife and two sons of a police officer in Kano.", "the wife"),
    ],
)
def test_kin_are_civilians_of_their_own(extractor: Extractor, text: str, target: str) -> None:
    got = {r.target.text: r.target.code for r in found(extractor, text)}
    assert got.get(target) == "CVL", got


# -- "the country" an act is aimed at is not the state that acts -----------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("France condemned the coup in Niger and suspended development aid to the country.",
         ("FRA", "NER", "162")),
        ("Kenya hosted talks on Sudan and pledged aid to the country.", ("KEN", "SDN", "033")),
        ("Turkey shelled Kurdish positions in Syria and threatened a ground offensive against the country.",
         ("TUR", "SYR", "130")),
    ],
)  # fmt: skip
def test_the_country_aimed_at_is_not_the_actor(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_the_country_aimed_at_by_hand(extractor: Extractor) -> None:
    doc = Doc(ENGLISH.vocab,
              words=["Chile", "attacked", "Peru", "and", "imposed", "a", "blockade", "on", "the", "country"],
              heads=[1, 1, 1, 1, 1, 6, 4, 6, 9, 7],
              deps=["nsubj", "ROOT", "dobj", "cc", "conj", "det", "dobj", "prep", "det", "pobj"],
              pos=["PROPN", "VERB", "PROPN", "CCONJ", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN"],
              tags=["NNP", "VBD", "NNP", "CC", "VBD", "DT", "NN", "IN", "DT", "NN"],
              lemmas=["Chile", "attack", "Peru", "and", "impose", "a", "blockade", "on", "the",
                      "country"])  # fmt: skip
    doc.spans[SPANS_KEY] = [
        actor_span(doc, 0, 1, "CHL", "name"),
        actor_span(doc, 2, 3, "PER", "name"),
        actor_span(doc, 8, 10, "grp:country", "generic"),
    ]
    doc.user_data[ACTORS_KEY] = {
        "CHL": {"id": "CHL", "label": "Chile", "type": "state", "code": "CHL", "country": "CHL"},
        "PER": {"id": "PER", "label": "Peru", "type": "state", "code": "PER", "country": "PER"},
        "grp:country": {"id": "grp:country", "label": "country", "type": "group", "code": "GOV"},
    }
    resolve_pronouns(doc, extractor.catalogue)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY] if s.start == 8] == [("the country", "PER")]


# -- what a verb answers after "to" was put to its subject -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Venezuela did not respond to Guyana's request for talks.", ("GUY", "VEN", "020")),
        ("Israel responded to the Egyptian ceasefire proposal on Sunday.", ("EGY", "ISR", "020")),
        ("Pyongyang has not replied to Seoul's offer of talks.", ("KOR", "PRK", None)),
    ],
)
def test_what_is_answered_after_to_was_put_to_the_answerer(
    extractor: Extractor, text: str, triple: tuple[str, str, str | None]
) -> None:
    got = {(r.source.country, r.target.country, r.cameo) for r in found(extractor, text)}
    assert [g for g in got if g[:2] == triple[:2] and triple[2] in {None, g[2]}], got


def test_what_is_answered_after_to_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile responded to Peru 's request", [1, 1, 1, 5, 3, 2], "nsubj ROOT prep poss case pobj",
                 "PROPN VERB ADP PROPN PART NOUN", "Chile respond to Peru 's request",
                 {0: "CHL", 3: "PER"})  # fmt: skip
    assert ("PER", "CHL", "020") in coded(rules, doc)


# -- recognition switched from one side to another ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "left", "chosen"),
    [
        ("The Solomon Islands switched diplomatic recognition from Taipei to Beijing in 2019.",
         ("SLB", "TWN"), ("SLB", "CHN")),
        ("Nicaragua shifted its diplomatic ties from Taiwan to China.", ("NIC", "TWN"), ("NIC", "CHN")),
        ("Panama switched its allegiance from Taipei to Beijing in 2017.", ("PAN", "TWN"), ("PAN", "CHN")),
    ],
)  # fmt: skip
def test_recognition_switched_leaves_one_and_recognises_the_other(
    extractor: Extractor, text: str, left: tuple[str, str], chosen: tuple[str, str]
) -> None:
    got = codes(extractor, text)
    assert (*left, "161") in got and (*chosen, "054") in got, got


def test_troops_moved_switch_no_recognition(extractor: Extractor) -> None:
    assert not {c for _, _, c in codes(extractor, "Russia moved troops from Belarus to Ukraine.")} & {
        "161",
        "054",
    }


def test_recognition_switched_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile switched recognition from Peru to Bolivia", [1, 1, 1, 1, 3, 1, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB NOUN ADP PROPN ADP PROPN",
                 "Chile switch recognition from Peru to Bolivia", {0: "CHL", 4: "PER", 6: "BOL"})  # fmt: skip
    assert {("CHL", "PER", "161"), ("CHL", "BOL", "054")} <= coded(rules, doc)


# -- what a verb of naming calls by an adjective of reproach is criticised ---------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("China called the US sanctions illegal.", ("CHN", "USA")),
        ("Turkey described the Swedish decision as unacceptable.", ("TUR", "SWE")),
        ("Moscow called the Finnish decision provocative.", ("RUS", "FIN")),
        ("Venezuela called the Guyanese referendum illegitimate.", ("VEN", "GUY")),
    ],
)
def test_called_by_an_adjective_of_reproach_is_criticised(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    assert (*pair, "111") in codes(extractor, text)


def test_called_by_an_adjective_of_reproach_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile called Peru 's decision illegal", [1, 1, 4, 2, 1, 1],
                 "nsubj ROOT poss case dobj oprd", "PROPN VERB PROPN PART NOUN ADJ",
                 "Chile call Peru 's decision illegal", {0: "CHL", 2: "PER"})  # fmt: skip
    assert coded(rules, doc) == {("CHL", "PER", "111")}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Honduras withdrew from the World Bank's investment tribunal.", ("HND", "IGOUNODEVWBKJUD")),
        ("Venezuela quit the UN Human Rights Council.", ("VEN", "IGOUNO")),
    ],
)
def test_a_body_of_an_organisation_left_is_relations_reduced(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert (*dyad, "160") in {(r.source.code, r.target.code, r.cameo) for r in found(extractor, text)}


def test_a_body_of_an_organisation_left_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chad quit the ECCAS council", [1, 1, 4, 4, 1], "nsubj ROOT det compound dobj",
                 "PROPN VERB DET PROPN NOUN", "Chad quit the ECCAS council", {0: "TCD"})  # fmt: skip
    doc.spans["actors"] = [*doc.spans["actors"], actor_span(doc, 2, 5, "IGOCAFECCLEG", "agent")]
    doc.user_data[ACTORS_KEY] = {
        "TCD": {"id": "TCD", "label": "Chad", "type": "state", "code": "TCD", "country": "TCD"},
        "IGOCAFECCLEG": {
            "id": "IGOCAFECCLEG",
            "label": "ECCAS council",
            "type": "group",
            "code": "IGOCAFECCLEG",
        },
    }
    assert coded(rules, doc) == {("TCD", "IGOCAFECCLEG", "160")}


# -- "an Iranian-made drone": where a thing comes from is no party; who supplied it gave it --------------
@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("An Iranian-made drone hit a Ukrainian power plant.", "IRN"),
        ("Chinese-made rockets hit an Israeli town near the border.", "CHN"),
        ("Russian-made jets bombed rebel-held towns in Idlib.", "RUS"),
        ("The rebels shot down a Russian-built helicopter over Idlib.", "RUS"),
        ("Ukraine fired US-supplied missiles at Russian positions in Crimea.", "USA"),
        ("Israel intercepted a North Korean-designed missile over the Golan.", "PRK"),
    ],
)
def test_a_maker_or_supplier_named_before_a_hyphen_is_no_party_to_the_act(
    extractor: Extractor, text: str, maker: str
) -> None:
    rels = found(extractor, text)
    assert not [r for r in rels if maker in {r.source.country, r.target.country} and r.cameo[:2] >= "18"], (
        rels
    )


def test_a_maker_named_before_a_hyphen_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile - made drones hit Peru", [2, 2, 3, 4, 4, 4],
                 "npadvmod punct amod nsubj ROOT dobj", "PROPN PUNCT VERB NOUN VERB PROPN",
                 "Chile - make drone hit Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert not {c for c in coded(rules, doc) if "CHL" in c}
    flagged = parsed("Peru seized a Chile - flagged tanker", [1, 1, 6, 5, 5, 6, 1],
                     "nsubj ROOT det npadvmod punct amod dobj", "PROPN VERB DET PROPN PUNCT VERB NOUN",
                     "Peru seize a Chile - flag tanker", {0: "PER", 3: "CHL"})  # fmt: skip
    assert ("PER", "CHL", "171") in coded(rules, flagged)


@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Ukraine fired US-supplied missiles at Russian positions in Crimea.", ("USA", "UKR"), "072"),
        ("The Houthis launched Iranian-supplied missiles at Saudi Arabia.", ("IRN", "YEM"), "072"),
        ("Sudan's army used Iranian-supplied drones against the RSF.", ("IRN", "SDN"), "072"),
        ("Ukraine used German-donated Leopard tanks in the counteroffensive.", ("DEU", "UKR"), "072"),
        ("Hungary received Russian-supplied gas through the TurkStream pipeline.", ("RUS", "HUN"), "060"),
    ],
)
def test_a_supplier_named_before_a_hyphen_gave_what_the_subject_uses(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    assert (*dyad, code) in codes(extractor, text)


def test_goods_of_a_supplier_destroyed_are_no_aid(extractor: Extractor) -> None:
    text = "Russian forces destroyed a US-supplied HIMARS launcher near Kharkiv."
    assert not {c for c in codes(extractor, text) if c[0] == "USA"}


def test_a_supplier_named_before_a_hyphen_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Peru fired Chile - supplied rockets at Bolivia", [1, 1, 4, 4, 5, 1, 1, 6],
                 "nsubj ROOT npadvmod punct amod dobj prep pobj",
                 "PROPN VERB PROPN PUNCT VERB NOUN ADP PROPN",
                 "Peru fire Chile - supply rocket at Bolivia", {0: "PER", 2: "CHL", 7: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "072") in got
    assert not {c for c in got if c[0] == "CHL" and c[2][:2] >= "18"}


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Morocco bought Turkish-made Bayraktar drones last year.", ("MAR", "TUR")),
        ("India has bought Russian-built S-400 air defence systems.", ("IND", "RUS")),
    ],
)
def test_goods_bought_are_bought_from_their_maker(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in {c[:2] for c in codes(extractor, text)}


# -- "a US drone was shot down by the Houthis": a weapon downed is its owner's loss ------------------------
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        (
            "The Pentagon confirmed that a US drone had been shot down over Yemen by the Houthis.",
            ("YEM", "USA"),
        ),
        ("A Turkish drone was destroyed by Kurdish fighters near Kobani.", ("SYR", "TUR")),
        ("Two Israeli drones were downed by Hezbollah over southern Lebanon.", ("LBN", "ISR")),
        ("A Russian missile was intercepted over Kyiv by Ukrainian air defences.", ("UKR", "RUS")),
    ],
)
def test_a_weapon_downed_in_the_passive_acts_on_its_owner(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    assert dyad in {c[:2] for c in codes(extractor, text) if c[2][:2] == "19"}


def test_a_weapon_fired_in_the_passive_is_no_act_on_its_maker(extractor: Extractor) -> None:
    got = codes(extractor, "Iranian missiles were fired at Israel by the Houthis.")
    assert ("YEM", "ISR") in {c[:2] for c in got}
    assert not {c for c in got if c[1] == "IRN"}


def test_a_weapon_downed_in_the_passive_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("a Peru drone was downed by Chile", [2, 2, 4, 4, 4, 4, 5],
                 "det compound nsubjpass auxpass ROOT agent pobj", "DET PROPN NOUN AUX VERB ADP PROPN",
                 "a Peru drone be down by Chile", {1: "PER", 6: "CHL"})  # fmt: skip
    assert {c[:2] for c in coded(rules, doc)} == {("CHL", "PER")}


# -- "Kyiv blamed the attack on Moscow": an act laid at someone's door is theirs, alleged ------------------
@pytest.mark.parametrize(
    ("text", "blamer", "author"),
    [
        ("Kyiv blamed the attack on Moscow.", "UKR", "RUS"),
        ("Israel blamed the bombing on Hamas.", "ISR", "PSE"),
        ("Ukraine blamed the killing of three civilians on Russia.", "UKR", "RUS"),
        ("Islamabad blamed the suicide attack on Afghan-based militants.", "PAK", "AFG"),
    ],
)
def test_an_act_blamed_on_someone_is_not_the_blamer_s(
    extractor: Extractor, text: str, blamer: str, author: str
) -> None:
    rels = found(extractor, text)
    assert not [r for r in rels if r.source.country == blamer and r.cameo[:2] >= "18"], rels
    assert [
        r for r in rels if r.source.country == blamer and r.target.country == author and r.cameo[:2] == "11"
    ]
    authored = [r for r in rels if r.source.country == author and r.cameo[:2] >= "18"]
    assert all(r.modality == "hedged" for r in authored), authored


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The attack on a Ukrainian convoy was blamed on Russia.", ("RUS", "UKR")),
        ("The shelling of an Armenian village was blamed on Azerbaijani troops.", ("AZE", "ARM")),
        ("The killing of three Moroccan truck drivers in Mali was blamed on jihadists.", (None, "MAR")),
    ],
)
def test_an_act_blamed_in_the_passive_is_its_author_s_alleged(
    extractor: Extractor, text: str, dyad: tuple[str | None, str]
) -> None:
    rels = [r for r in found(extractor, text) if r.cameo[:2] >= "18"]
    assert [r for r in rels if (r.source.country, r.target.country) == dyad and r.modality == "hedged"], rels


def test_an_act_blamed_on_someone_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile blamed the attack on Peru", [1, 1, 3, 1, 3, 4], "nsubj ROOT det dobj prep pobj",
                 "PROPN VERB DET NOUN ADP PROPN", "Chile blame the attack on Peru",
                 {0: "CHL", 5: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert [c for c in got if c[:2] == ("CHL", "PER") and c[2][:2] == "11"], got
    assert not [c for c in got if c[0] == "CHL" and c[2][:2] >= "18"], got


# -- "Mauritania hosted talks between …", parsed as a noun phrase with no verb: the name is the subject ------
@pytest.mark.parametrize(
    ("text", "host", "parties"),
    [
        ("Mauritania hosted talks between Mali and Senegal.", "MRT", {"MLI", "SEN"}),
        ("Angola hosted talks between Congo and Rwanda in Luanda.", "AGO", {"COD", "RWA"}),
        ("Mauritania hosted talks between the leaders of Mali and Senegal.", "MRT", {"MLI", "SEN"}),
    ],
)
def test_a_clause_read_as_a_noun_phrase_keeps_its_subject(
    extractor: Extractor, text: str, host: str, parties: set[str]
) -> None:
    got = codes(extractor, text)
    assert {c[1] for c in got if c[0] == host and c[2] == "045"} == parties, got


def test_a_clause_read_as_a_noun_phrase_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile hosted talks between Peru and Bolivia", [1, 2, 2, 2, 3, 4, 4],
                 "npadvmod amod ROOT prep pobj cc conj", "PROPN VERB NOUN ADP PROPN CCONJ PROPN",
                 "Chile host talk between Peru and Bolivia", {0: "CHL", 4: "PER", 6: "BOL"})  # fmt: skip
    doc[1].tag_ = "VBN"
    assert {c for c in coded(rules, doc) if c[0] == "CHL"} == {("CHL", "PER", "045"), ("CHL", "BOL", "045")}


# -- "foiled a plot to bomb the consulate": the infinitive completes the plot, whoever foils it ------------
@pytest.mark.parametrize(
    ("text", "plotter", "target"),
    [
        (
            "Ukraine's security service said it had thwarted a Russian plot to assassinate Zelensky.",
            "RUS",
            "UKR",
        ),
        ("Turkish police foiled an Islamic State plot to bomb the US consulate in Istanbul.", None, "USA"),
        (
            "Kenyan police said they had foiled an al-Shabaab plot to attack the Israeli embassy in Nairobi.",
            "SOM",
            "ISR",
        ),
    ],
)
def test_a_plot_hung_on_the_verb_that_foils_it_is_the_plotter_s_intent(
    extractor: Extractor, text: str, plotter: str | None, target: str
) -> None:
    rels = found(extractor, text)
    plotted = [
        r for r in rels if r.target.country == target and (plotter is None or r.source.country == plotter)
    ]
    assert plotted, rels
    assert all(r.cameo[:2] == "13" for r in rels), rels


def test_a_plot_foiled_by_no_one_named_is_no_one_s(extractor: Extractor) -> None:
    assert not found(extractor, "Police foiled a plot to bomb the US consulate.")


def test_a_plot_hung_on_the_verb_that_foils_it_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile foiled a Peruvian plot to attack Bolivia", [1, 1, 4, 4, 1, 6, 1, 6],
                 "nsubj ROOT det amod dobj aux advcl dobj", "PROPN VERB DET ADJ NOUN PART VERB PROPN",
                 "Chile foil a peruvian plot to attack Bolivia", {0: "CHL", 3: "PER", 7: "BOL"})  # fmt: skip
    assert {c for c in coded(rules, doc) if c[1] == "BOL"} == {("PER", "BOL", "138")}


# -- "Russian troops entered the town of Bakhmut": forces that enter a place occupy it (the dictionary's
# "&MILITARY * &TOWN"); ships and aircraft that enter waters or airspace show force ---------------------
@pytest.mark.parametrize(
    ("text", "dyad", "code"),
    [
        ("Russian troops entered the town of Bakhmut.", ("RUS", "UKR"), "192"),
        ("Turkish troops crossed into northern Iraq.", ("TUR", "IRQ"), "192"),
        ("Israeli tanks pushed into Rafah on Tuesday.", ("ISR", "PSE"), "192"),
        ("Ukrainian troops entered Russia's Kursk region in August.", ("UKR", "RUS"), "192"),
        (
            "Chinese warships entered Japanese territorial waters near the Senkaku Islands.",
            ("CHN", "JPN"),
            "150",
        ),
        ("Russian jets entered Estonian airspace on Friday.", ("RUS", "EST"), "150"),
    ],
)
def test_forces_that_enter_a_place_occupy_it(
    extractor: Extractor, text: str, dyad: tuple[str, str], code: str
) -> None:
    assert (*dyad, code) in codes(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops entered Aleppo.",  # a state's own place
        "Myanmar's military drove more than 700,000 Rohingya into Bangladesh in 2017.",  # moves others
        "Russian troops entered talks with Ukrainian negotiators.",  # talks are no place
    ],
)
def test_forces_entering_no_foreign_place_occupy_nothing(extractor: Extractor, text: str) -> None:
    assert not {c for c in codes(extractor, text) if c[2] == "192"}


def test_forces_that_enter_a_place_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chilean troops entered Peru", [1, 2, 2, 2], "amod nsubj ROOT dobj", "ADJ NOUN VERB PROPN",
                 "chilean troop enter Peru", {0: "CHL", 3: "PER"})  # fmt: skip
    doc.spans["actors"] = [
        actor_span(doc, 0, 2, "CHLMIL", "agent"),
        *[s for s in doc.spans["actors"] if s.start == 3],
    ]
    assert ("CHLMIL", "PER", "192") in coded(rules, doc)


# -- "Armenia and Azerbaijan each accused the other": "each" … "the other" is each other -----------------
@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Armenia and Azerbaijan each accused the other of violating the ceasefire.", {"ARM", "AZE"}, "11"),
        (
            "Pakistan and India each expelled a diplomat from the other's high commission.",
            {"PAK", "IND"},
            "16",
        ),
        ("Israel and Hezbollah each blamed the other for the escalation.", {"ISR", "LBN"}, "11"),
    ],
)
def test_each_and_the_other_is_a_two_sided_act(
    extractor: Extractor, text: str, pair: set[str], root: str
) -> None:
    rels = found(extractor, text)
    assert [r for r in rels if {r.source.country, r.target.country} == pair and r.cameo.startswith(root)], (
        rels
    )
    assert not [r for r in rels if r.cameo[:2] == "05"], rels


def test_each_and_the_other_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru each accused the other", [4, 0, 0, 0, 4, 6, 4],
                 "nsubj cc conj appos ROOT det dobj", "PROPN CCONJ PROPN PRON VERB DET ADJ",
                 "Chile and Peru each accuse the other", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {frozenset(c[:2]) for c in coded(rules, doc) if c[2][:2] == "11"} == {frozenset({"CHL", "PER"})}


# -- "a plot *by* Islamic State militants to bomb …": the "by" of an effort, decision or threat names
# who would do its infinitive -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dyad", "root"),
    [
        ("The refusal by Serbia to recognise Kosovo remains an obstacle.", ("SRB", "KSV"), "12"),
        (
            "The move by Israel to annex parts of the West Bank drew condemnation from Jordan.",
            ("ISR", "PSE"),
            "17",
        ),
        ("Several countries backed a bid by Brazil to join the Security Council.", ("BRA", "IGOUNO"), "03"),
        (
            "Washington praised the initiative by Saudi Arabia to host talks between Sudan's generals.",
            ("SAU", "SDN"),
            "04",
        ),
        ("Moscow rejected the offer by Turkey to mediate talks with Kyiv.", ("TUR", "UKR"), "03"),
        ("The EU criticised the decision by Hungary to veto aid to Ukraine.", ("HUN", "UKR"), "13"),
    ],
)
def test_the_by_of_an_effort_names_who_does_its_infinitive(
    extractor: Extractor, text: str, dyad: tuple[str, str], root: str
) -> None:
    rels = found(extractor, text)
    ends = [(r.source.country, r.target.country or r.target.code, r.cameo[:2]) for r in rels]
    assert (*dyad, root) in ends, rels


def test_the_by_of_an_effort_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile condemned the plot by Peru to attack Bolivia", [1, 1, 3, 1, 3, 4, 7, 3, 7],
                 "nsubj ROOT det dobj prep pobj aux acl dobj",
                 "PROPN VERB DET NOUN ADP PROPN PART VERB PROPN",
                 "Chile condemn the plot by Peru to attack Bolivia",
                 {0: "CHL", 5: "PER", 8: "BOL"})  # fmt: skip
    assert {c for c in coded(rules, doc) if c[1] == "BOL"} == {("PER", "BOL", "138")}


def test_the_by_of_an_effort_hung_on_the_verb_on_a_hand_parse(rules: Rules) -> None:
    # "criticised the move by Peru to expel …": the parser may hang the infinitive on the verb
    doc = parsed("Chile criticised the move by Peru to expel Bolivian diplomats",
                 [1, 1, 3, 1, 3, 4, 7, 1, 9, 7],
                 "nsubj ROOT det dobj prep pobj aux advcl amod dobj",
                 "PROPN VERB DET NOUN ADP PROPN PART VERB ADJ NOUN",
                 "Chile criticise the move by Peru to expel bolivian diplomat",
                 {0: "CHL", 5: "PER", 8: "BOL"})  # fmt: skip
    expelled = {c for c in coded(rules, doc) if c[1] == "BOL"}
    assert expelled and all(c[0] == "PER" for c in expelled), expelled


# -- "India and Pakistan went to war": going into an event is the event, between the subjects -------
@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("India and Pakistan went to war in 1971.", {"IND", "PAK"}, "19"),
        ("Iran and the United States returned to talks in Vienna.", {"IRN", "USA"}, "04"),
        ("Britain and Argentina went to war over the Falklands in 1982.", {"GBR", "ARG"}, "19"),
    ],
)
def test_going_into_an_event_is_the_event_between_the_subjects(
    extractor: Extractor, text: str, pair: set[str], root: str
) -> None:
    rels = found(extractor, text)
    assert any({r.source.country, r.target.country} == pair and r.cameo[:2] == root for r in rels), rels


@pytest.mark.parametrize(
    "text",
    ["India went to war in 1971 with Pakistan.", "Iran returned to talks with the United States."],
)
def test_going_into_an_event_is_no_act_of_going(extractor: Extractor, text: str) -> None:
    rels = found(extractor, text)
    assert rels and all(r.trigger and r.trigger.text not in {"went", "returned"} for r in rels), rels


def test_sent_to_a_war_or_objecting_to_a_deal_is_no_event_between_the_subjects(extractor: Extractor) -> None:
    assert not found(extractor, "Britain and France sent troops to the war in Crimea.")
    assert not found(extractor, "France and Germany objected to the trade deal.")


def test_leading_someone_into_an_event_is_the_verb_s_own_act(extractor: Extractor) -> None:
    # the dictionary's "return … to detention" (173): the subject moves someone else into it
    assert ("SWE", "POL", "173") in codes(extractor, "Sweden returned Poland to detention.")


def test_going_into_an_event_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru went to war", [3, 0, 0, 3, 3, 4], "nsubj cc conj ROOT prep pobj",
                 "PROPN CCONJ PROPN VERB ADP NOUN", "Chile and Peru go to war",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert {(s, t) for s, t, code in coded(rules, doc) if code.startswith("19")} == {("CHL", "PER")}


# -- "nearly" and "almost" before a verb: its act did not happen -------------------------------------
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Turkey nearly shot down a Russian jet.", ("TUR", "RUS")),
        ("Peru nearly went to war with Ecuador.", ("PER", "ECU")),
        ("Iranian boats almost rammed a US destroyer in the Gulf.", ("IRN", "USA")),
    ],
)
def test_an_act_nearly_done_is_not_done(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    rels = [r for r in found(extractor, text) if (r.source.country, r.target.country) == dyad]
    assert rels and all(r.modality == "negated" for r in rels), rels


@pytest.mark.parametrize(
    "text",
    ["Israel killed nearly 100 Palestinians in Gaza.", "China nearly doubled its oil imports from Russia."],
)
def test_nearly_of_a_number_or_an_amount_leaves_the_act_done(extractor: Extractor, text: str) -> None:
    rels = found(extractor, text)
    assert rels and all(r.modality == "asserted" for r in rels), rels


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Chile and Argentina nearly went to war over the Beagle Channel in 1978.", {"CHL", "ARG"}),
        ("Greece and Turkey almost went to war in 1996.", {"GRC", "TUR"}),
    ],
)
def test_nearly_going_to_war_is_strained_ties(extractor: Extractor, text: str, pair: set[str]) -> None:
    asserted = [(r.cameo, r.relation) for r in found(extractor, text) if r.modality == "asserted"]
    assert asserted == [("110", "strained_ties")], asserted


def test_an_act_nearly_done_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile nearly attacked Peru", [2, 2, 2, 2], "nsubj advmod ROOT dobj",
                 "PROPN ADV VERB PROPN", "Chile nearly attack Peru", {0: "CHL", 3: "PER"})  # fmt: skip
    assert ("CHL", "PER", "190") in coded(rules, doc)
    assert modality_of(doc[2]) == "negated"
    counted = parsed("Chile attacked nearly 100 Peruvians", [1, 1, 3, 4, 1], "nsubj ROOT advmod nummod dobj",
                     "PROPN VERB ADV NUM PROPN", "Chile attack nearly 100 Peruvians",
                     {0: "CHL", 4: "PER"})  # fmt: skip
    assert modality_of(counted[1]) == "asserted"


# -- "Greece and Turkey dispute maritime boundaries": sides contesting a place oppose each other -------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Greece and Turkey have long disputed maritime boundaries in the Aegean.", {"GRC", "TUR"}),
        ("Japan and China both claim the Senkaku Islands.", {"JPN", "CHN"}),
        ("Cambodia and Thailand contest the area around the Preah Vihear temple.", {"KHM", "THA"}),
        ("Sudan and South Sudan disagree over the status of Abyei.", {"SDN", "SSD"}),
    ],
)
def test_sides_contesting_a_place_oppose_each_other(extractor: Extractor, text: str, pair: set[str]) -> None:
    rels = found(extractor, text)
    assert any({r.source.country, r.target.country} == pair and r.quad_class == 3 for r in rels), rels


@pytest.mark.parametrize(
    "text",
    [
        "The US and Britain disputed the report.",
        "Israel and Hamas both claimed victory.",
        "Russia and Ukraine both claimed to have downed dozens of drones.",
    ],
)
def test_sides_contesting_no_place_do_not_oppose_each_other(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.quad_class >= 3], found(extractor, text)


def test_sides_contesting_a_place_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile and Peru claim the islands", [3, 0, 0, 3, 5, 3], "nsubj cc conj ROOT det dobj",
                 "PROPN CCONJ PROPN VERB DET NOUN", "Chile and Peru claim the island",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc)
    victory = parsed("Chile and Peru claim victory", [3, 0, 0, 3, 3], "nsubj cc conj ROOT dobj",
                     "PROPN CCONJ PROPN VERB NOUN", "Chile and Peru claim victory",
                     {0: "CHL", 2: "PER"})  # fmt: skip
    assert not coded(rules, victory)


# -- "intercepted a boat carrying migrants": what is done to a vehicle is done to those it carries ----
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Tunisian coast guards intercepted a boat carrying migrants bound for Italy.",
            ("TUNMIL", "CVL", "150"),
        ),
        ("Indonesia turned back a boat carrying Rohingya.", ("IDN", "MMRROH", "174")),
        ("Israeli troops fired on a convoy carrying UN staff in Gaza.", ("ISRMIL", "IGOUNO", "190")),
        ("Russia shot down a plane carrying Ukrainian prisoners of war.", ("RUS", "UKRMIL", "190")),
    ],
)
def test_a_vehicle_stands_for_those_it_carries(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in coded_actors(extractor, text)


def test_a_vehicle_carrying_goods_stands_for_no_one(extractor: Extractor) -> None:
    assert not found(extractor, "Houthi fighters attacked a ship carrying grain.")


def test_a_vehicle_stands_for_those_it_carries_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile attacked a bus carrying Peruvians", [1, 1, 3, 1, 3, 4],
                 "nsubj ROOT det dobj acl dobj", "PROPN VERB DET NOUN VERB PROPN",
                 "Chile attack a bus carry Peruvians", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "190") in coded(rules, doc)
    goods = parsed("Chile attacked a bus carrying Peruvians", [1, 1, 3, 1, 3, 4],
                   "nsubj ROOT det dobj acl dobj", "PROPN VERB DET NOUN VERB PROPN",
                   "Chile attack a bus carry Peruvians", {0: "CHL"})  # fmt: skip
    assert not coded(rules, goods)


# -- "pushed back boats carrying refugees": turning people back expels them (verb_overrides.yaml) ------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Greek coast guards pushed back migrants to Turkey.", "CVL"),
        ("Bangladeshi border guards pushed back boats carrying Rohingya refugees.", "MMRROHREF"),
    ],
)
def test_pushing_people_back_expels_them(extractor: Extractor, text: str, target: str) -> None:
    assert any(t == target and code == "174" for _, t, code in coded_actors(extractor, text))


# -- "brought a genocide case against Israel": a case against someone accuses them of a crime (1121),
# a suit or proceedings sue them (115) ------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("South Africa brought a genocide case against Israel at the International Court of Justice.",
         ("ZAF", "ISR")),
        ("Gambia's case against Myanmar accuses it of genocide.", ("GMB", "MMR")),
        ("The EU launched legal proceedings against Hungary.", ("EU", "HUN")),
    ],
)  # fmt: skip
def test_a_case_against_someone_sues_them(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    sued = [r for r in found(extractor, text) if r.cameo in {"115", "1121"}]
    assert any((r.source.country or "EU", r.target.country) == dyad for r in sued), sued


def test_a_case_of_someone_sues_no_one(extractor: Extractor) -> None:
    heard = found(extractor, "The court heard the case of the detained journalist.")
    assert not [r for r in heard if r.cameo in {"115", "1121"}]


# -- "U.S.-backed", "U.S.-China": an initialism with full stops before a hyphen is a word of its own ----
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("U.S.-China ties", ["U.S.", "-", "China", "ties"]),
        ("the E.U.-brokered deal", ["the", "E.U.", "-", "brokered", "deal"]),
        ("The U.S. said it.", ["The", "U.S.", "said", "it", "."]),
        ("a -5 degree night, -- he said", ["a", "-5", "degree", "night", ",", "--", "he", "said"]),
    ],
)
def test_an_initialism_before_a_hyphen_is_split_off(
    extractor: Extractor, text: str, words: list[str]
) -> None:
    assert [t.text for t in extractor.nlp.make_doc(text)] == words


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("U.S.-backed forces attacked Islamic State fighters.", ("USA", "MIL", "050")),
        ("U.S.-China relations have deteriorated sharply.", ("USA", "CHN", "110")),
        ("The Secretary underscored the importance of the U.S.-Japan alliance.", ("USA", "JPN", "050")),
    ],
)
def test_a_state_written_with_full_stops_before_a_hyphen_acts(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in coded_actors(extractor, text)


# -- "militants *that Turkey considers terrorists*": in a relative clause the one seen is its noun -----
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Washington arms Kurdish militants that Turkey considers terrorists.", ("TUR", "KURUAF", "110")),
        ("Kenya hosts Somali refugees, whom it sees as a security threat.", ("KEN", "SOMREF", "110")),
        ("The militia, which Washington designated as a terrorist group, denied the attack.",
         ("USA", "UAF", "110")),
    ],
)  # fmt: skip
def test_one_seen_in_a_relative_clause_is_its_noun(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in coded_actors(extractor, text)


def test_one_seen_in_a_relative_clause_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile arms rebels that Peru considers terrorists", [1, 1, 1, 5, 5, 2, 5],
                 "nsubj ROOT dobj dobj nsubj relcl dobj", "PROPN VERB NOUN PRON PROPN VERB NOUN",
                 "Chile arm rebel that Peru consider terrorist", {0: "CHL", 2: "BOL", 4: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("PER", "BOL", "110") in got
    # the verb of seeing says nothing else: no consultation of "terrorists"
    assert not {c for c in got if c[0] == "PER" and c[2] != "110"}


# -- "Seoul worries that Pyongyang may conduct a test": worry about what someone may do is a ----------
# pessimistic comment on them, whoever says it (the subject, or the subject over the noun)
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Seoul worries that Pyongyang may conduct a seventh nuclear test.", ("KOR", "PRK")),
        ("Israel fears that Hezbollah could launch a ground incursion into the Galilee.", ("ISR", "LBN")),
        ("Japan is concerned that China will seize the islands.", ("JPN", "CHN")),
        ("Germany has expressed concern that Hungary is blocking EU aid to Ukraine.", ("DEU", "HUN")),
        ("Sanctions led Iran to fear that Moscow would abandon it.", ("IRN", "RUS")),
    ],
)
def test_worry_about_what_someone_may_do_is_a_comment_on_them(
    extractor: Extractor, text: str, dyad: tuple[str, str]
) -> None:
    worried = [r for r in found(extractor, text) if r.cameo == "012"]
    assert [(r.source.country, r.target.country) for r in worried] == [dyad], worried
    assert worried[0].modality == "asserted"


def test_worry_with_no_one_worried_or_no_one_feared_is_no_comment(extractor: Extractor) -> None:
    assert not [
        r for r in found(extractor, "There are fears that Russia will attack Moldova.") if r.cameo == "012"
    ]
    assert not found(extractor, "Officials in Kyiv fear that dozens were killed.")


def test_worry_in_a_clause_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile fears that Peru will attack", [1, 1, 5, 5, 5, 1], "nsubj ROOT mark nsubj aux ccomp",
                 "PROPN VERB SCONJ PROPN AUX VERB", "Chile fear that Peru will attack",
                 {0: "CHL", 3: "PER"})  # fmt: skip
    assert ("CHL", "PER", "012") in coded(rules, doc)
    doc = parsed("Chile voiced concern that Peru will attack", [1, 1, 1, 6, 6, 6, 2],
                 "nsubj ROOT dobj mark nsubj aux acl", "PROPN VERB NOUN SCONJ PROPN AUX VERB",
                 "Chile voice concern that Peru will attack", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "012") in coded(rules, doc)


# -- "Lithuania faced coercion from Beijing": what one faces comes from the verb's "from" too ---------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Lithuania faced coercion from Beijing.", ("CHN", "LTU", "170")),
        (
            "Beijing has increasingly used economic coercion against Australia since 2020.",
            ("CHN", "AUS", "170"),
        ),
        ("Taiwan condemned China's intimidation of its ships.", ("CHN", "TWN", "170")),
    ],
)
def test_coercion_faced_or_used_is_coercion(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in codes(extractor, text)


def test_what_is_faced_from_someone_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile faced pressure from Peru", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile face pressure from Peru",
                 {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("PER", "CHL", "170") in coded(rules, doc)


# -- "Canada alleges that Indian agents killed …": an allegation accuses the clause's subject ---------
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Canada alleges that Indian agents killed a Sikh activist in British Columbia.", ("CAN", "IND")),
        ("Kyiv alleged Russia had used chemical weapons near Bakhmut.", ("UKR", "RUS")),
        ("Pakistan alleged that Afghan Taliban fighters sheltered the bombers.", ("PAK", "AFG")),
    ],
)
def test_an_allegation_accuses_whom_it_names(extractor: Extractor, text: str, dyad: tuple[str, str]) -> None:
    assert (*dyad, "112") in codes(extractor, text)


def test_an_allegation_by_no_one_accuses_no_one(extractor: Extractor) -> None:
    assert not [
        r for r in found(extractor, "It is alleged that Rwanda supplied the M23 rebels.") if r.cameo == "112"
    ]


def test_an_allegation_in_a_clause_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile alleged that Peru attacked Bolivia", [1, 1, 4, 4, 1, 4],
                 "nsubj ROOT mark nsubj ccomp dobj",
                 "PROPN VERB SCONJ PROPN VERB PROPN", "Chile allege that Peru attack Bolivia",
                 {0: "CHL", 3: "PER", 5: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "112") in got and ("PER", "BOL", "190") in got


# -- "accused Western agencies of helping Ukraine": the accused does it, even when no actor names them --
@pytest.mark.parametrize(
    "text",
    [
        "The Kremlin accused Western intelligence agencies of helping Ukraine plan the attack.",
        "Beijing accused unnamed foreign forces of supporting Hong Kong protesters.",
    ],
)
def test_an_accused_no_actor_names_leaves_the_act_to_no_one(extractor: Extractor, text: str) -> None:
    rels = found(extractor, text)
    accuser = text.split(" accused")[0]
    assert not [r for r in rels if r.source.text == accuser and r.cameo[:2] in {"05", "06", "07"}], rels


def test_an_accused_no_actor_names_on_a_hand_parse(rules: Rules) -> None:
    doc = parsed("Chile accused agents of helping Peru", [1, 1, 1, 1, 3, 4],
                 "nsubj ROOT dobj prep pcomp dobj",
                 "PROPN VERB NOUN ADP VERB PROPN", "Chile accuse agent of help Peru",
                 {0: "CHL", 5: "PER"})  # fmt: skip
    assert not {c for c in coded(rules, doc) if c[0] == "CHL" and c[2][:2] == "07"}
    mutual = parsed("Chile and Peru accused each other of attacking", [3, 0, 0, 3, 5, 3, 3, 6],
                    "nsubj cc conj ROOT det dobj prep pcomp", "PROPN CCONJ PROPN VERB DET ADJ ADP VERB",
                    "Chile and Peru accuse each other of attack", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {c for c in coded(rules, mutual) if c[2] == "112"}


# -- one who reassures another acts: the dictionary's encouragement of the subject -------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("The United States reassured Japan of its commitment to the alliance.", ("USA", "JPN", "051")),
        ("Beijing reassured Islamabad that the corridor would go ahead.", ("CHN", "PAK", "051")),
        ("Macron reassured Polish leaders about French security guarantees.", ("FRA", "POL", "051")),
    ],
)
def test_who_reassures_another_encourages_them(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got and (triple[1], triple[0], "051") not in got, got


def test_reassuring_by_hand_and_a_feeling_that_still_reverses(rules: Rules) -> None:
    doc = parsed("Chile reassured Peru", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN",
                 "Chile reassure Peru", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "051") in coded(rules, doc) and ("PER", "CHL", "051") not in coded(rules, doc)
    pleased = parsed("Chile delighted Peru", [1, 1, 1], "nsubj ROOT dobj", "PROPN VERB PROPN",
                     "Chile delight Peru", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("PER", "CHL", "051") in coded(rules, pleased)


# -- recognising a state, named as a noun -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Paraguay reaffirmed its recognition of Taiwan during the president's visit.",
            ("PRY", "TWN", "054"),
        ),
        ("Bhutan's recognition of Israel came as a surprise to its neighbours.", ("BTN", "ISR", "054")),
        ("The recognition of South Sudan by Kenya followed the referendum.", ("KEN", "SSD", "054")),
        ("Nicaragua withdrew its recognition of Taiwan in 2021.", ("NIC", "TWN", "161")),
    ],
)
def test_a_recognition_of_a_state_grants_it(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    got = events(extractor, text)
    assert triple in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya welcomed the recognition of the African Union's efforts in Somalia.",
        "The UN called for the recognition of Rohingya rights by Myanmar.",
    ],
)
def test_a_recognition_of_no_state_grants_nothing(extractor: Extractor, text: str) -> None:
    got = events(extractor, text)
    assert not {e for e in got if e[2] == "054"}, got


def test_a_recognition_by_hand(rules: Rules) -> None:
    def recognised(kind: str) -> set[tuple[str, str, str]]:
        doc = parsed("Chile 's recognition of Peru", [2, 0, 2, 2, 3], "poss case ROOT prep pobj",
                     "PROPN PART NOUN ADP PROPN", "Chile 's recognition of Peru",
                     {0: "CHL", 4: "PER"})  # fmt: skip
        doc.user_data[ACTORS_KEY] = {
            "CHL": {"id": "CHL", "label": "Chile", "type": "state", "code": "CHL", "country": "CHL"},
            "PER": {"id": "PER", "label": "Peru", "type": kind, "code": "PER"},
        }
        return coded(rules, doc)

    assert ("CHL", "PER", "054") in recognised("state")
    assert not recognised("igo")  # only a state is recognised


# -- what a copula says of an act named as its subject -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("A ceasefire between Israel and Hamas remains unlikely.", "negated"),
        ("Talks between Tehran and Washington are impossible under the current leadership.", "negated"),
        ("A deal between Armenia and Azerbaijan seems possible this year.", "hedged"),
        ("An attack by Iran on Israel is likely, analysts say.", "hedged"),
        ("An Israeli strike on Hezbollah positions is imminent.", "speculative"),
        ("Talks between Iran and the US were productive.", "asserted"),
    ],
)
def test_what_a_copula_says_of_an_act(extractor: Extractor, text: str, modality: str) -> None:
    got = {r.modality for r in found(extractor, text)}
    assert got == {modality}, got


def test_what_a_copula_says_of_an_act_by_hand() -> None:
    for word, modality in [("unlikely", "negated"), ("possible", "hedged"), ("imminent", "speculative")]:
        doc = parsed(f"a truce between Chile and Peru remains {word}", [1, 6, 1, 2, 3, 3, 6, 6],
                     "det nsubj prep pobj cc conj ROOT acomp", "DET NOUN ADP PROPN CCONJ PROPN VERB ADJ",
                     f"a truce between Chile and Peru remain {word}", {3: "CHL", 5: "PER"})  # fmt: skip
        assert modality_of(doc[1]) == modality, word


# -- an act a verb of avoiding takes as its object did not happen --------------------------------------
@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("Vietnam avoided open confrontation with China over the reef.", ("VNM", "CHN")),
        ("Kenya staved off clashes between Somali and Ethiopian troops.", ("ETH", "SOM")),
        ("Both governments have so far avoided talks with the rebels.", None),
        ("Seoul sought to avoid formal talks with Pyongyang.", ("KOR", "PRK")),
    ],
)
def test_an_avoided_act_is_negated(extractor: Extractor, text: str, dyad: tuple[str, str] | None) -> None:
    relations = found(extractor, text)
    assert relations and all(r.modality == "negated" for r in relations), relations
    if dyad is not None:
        assert dyad in {(r.source.country, r.target.country) for r in relations}, relations


def test_an_avoided_act_is_no_intent_by_hand(rules: Rules) -> None:
    doc = parsed("Chile sought to avoid talks with Peru", [1, 1, 3, 1, 3, 4, 5],
                 "nsubj ROOT aux xcomp dobj prep pobj", "PROPN VERB PART VERB NOUN ADP PROPN",
                 "Chile seek to avoid talk with Peru", {0: "CHL", 6: "PER"})  # fmt: skip
    got = coded(rules, doc)
    assert ("CHL", "PER", "046") in got and ("CHL", "PER", "036") not in got, got


def test_an_avoided_act_by_hand() -> None:
    doc = parsed("Chile avoided war with Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile avoid war with Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert modality_of(doc[2]) == "negated"
    waged = parsed("Chile waged war with Peru", [1, 1, 1, 2, 3], "nsubj ROOT dobj prep pobj",
                   "PROPN VERB NOUN ADP PROPN", "Chile wage war with Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert modality_of(waged[2]) == "asserted"


# -- a name hyphened to "brokered" mediates between the parties -----------------------------------------
@pytest.mark.parametrize(
    ("text", "broker", "parties"),
    [
        ("Israel and Hamas agreed to a Qatari-brokered truce on Friday.", "QAT", {"ISR", "PSE"}),
        ("Riyadh and Tehran restored ties under a Chinese-brokered deal.", "CHN", {"SAU", "IRN"}),
        ("The Turkish-mediated talks between Russia and Ukraine stalled.", "TUR", {"RUS", "UKR"}),
        ("The US-brokered ceasefire between Israel and Hezbollah took effect.", "USA", {"ISR", "LBN"}),
    ],
)
def test_a_broker_named_before_a_hyphen_mediates(
    extractor: Extractor, text: str, broker: str, parties: set[str]
) -> None:
    got = events(extractor, text)
    assert {(broker, p, "045") for p in parties} <= got, got
    # the broker is no party to the agreement itself
    assert not {e for e in got if e[0] == broker and e[2] != "045"}, got


def test_a_broker_before_a_hyphen_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru signed a Bolivia - brokered deal", [3, 0, 0, 3, 8, 7, 7, 8, 3],
                 "nsubj cc conj ROOT det npadvmod punct amod dobj",
                 "PROPN CCONJ PROPN VERB DET PROPN PUNCT VERB NOUN",
                 "Chile and Peru sign a Bolivia - broker deal", {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {("BOL", "CHL", "045"), ("BOL", "PER", "045")} <= got, got


# -- a verb that comments on an act carries the act's preposition; the act's goods give its kind --------
@pytest.mark.parametrize(
    ("text", "judged", "act"),
    [
        (
            "The G7 condemned Iran's supply of ballistic missiles to Russia.",
            ("IGO", "IRN"),
            ("IRN", "RUS", "072"),
        ),
        (
            "Kyiv denounced North Korea's supply of artillery shells to Russia.",
            ("UKR", "PRK"),
            ("PRK", "RUS", "072"),
        ),
        (
            "Manila protested the incursion of Chinese ships into its exclusive economic zone.",
            None,
            ("CHN", "PHL", "192"),
        ),
    ],
)
def test_a_commenting_verb_carries_the_acts_preposition(
    extractor: Extractor, text: str, judged: tuple[str, str] | None, act: tuple[str, str, str]
) -> None:
    relations = found(extractor, text)
    got = {(r.source.country, r.target.country, r.cameo) for r in relations}
    assert act in got, got
    if judged is not None:
        commented = {(r.source.code[:3], r.target.country) for r in relations if r.cameo.startswith("11")}
        assert commented == {judged}, commented  # the act's author is judged, not whom it reached


def test_a_commenting_verb_carries_the_acts_preposition_by_hand(rules: Rules) -> None:
    doc = parsed("Chile condemned Peru 's supply of rifles to Bolivia", [1, 1, 4, 2, 1, 4, 5, 1, 7],
                 "nsubj ROOT poss case dobj prep pobj prep pobj",
                 "PROPN VERB PROPN PART NOUN ADP NOUN ADP PROPN",
                 "Chile condemn Peru 's supply of rifle to Bolivia",
                 {0: "CHL", 2: "PER", 8: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert ("PER", "BOL", "072") in got and not {c for c in got if c[0] == "CHL" and c[1] == "BOL"}, got


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Iran's delivery of drones to Russia alarmed Kyiv.", ("IRN", "RUS", "072")),
        ("Germany's delivery of food and medicine to Gaza resumed.", ("DEU", "PSE", "073")),
        ("Qatar's supply of gas to Britain rose last year.", ("QAT", "GBR", "070")),
    ],
)
def test_a_nouns_goods_give_the_kind_of_aid(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    assert triple in events(extractor, text)


# -- "opposition" names a party, or a stance taken against something ------------------------------------
@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Russia's opposition to NATO expansion is long-standing.", ("RUS", "IGO", "110")),
        ("Egypt reiterated its firm opposition to Ethiopia's dam.", ("EGY", "ETH", "110")),
        (
            "Beijing's objection to the sale of arms to Taiwan by Washington was ignored.",
            ("CHN", "USA", "110"),
        ),
    ],
)
def test_an_opposition_to_something_is_a_stance(
    extractor: Extractor, text: str, triple: tuple[str, str, str]
) -> None:
    relations = found(extractor, text)
    got = {(r.source.code[:3], r.target.code[:3], r.cameo) for r in relations}
    assert triple in got, got
    assert not any(r.source.code.endswith("OPP") or r.target.code.endswith("OPP") for r in relations), (
        relations
    )


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Kenya's opposition staged protests against President Ruto.", "KENOPP"),
        ("The opposition accused the government of rigging the vote.", "OPP"),
        ("Turkish opposition leaders criticised Erdogan over the arrests.", "TUROPP"),
    ],
)
def test_the_opposition_is_a_party(extractor: Extractor, text: str, party: str) -> None:
    assert party in {r.source.code for r in found(extractor, text)}


def test_a_stance_by_hand(rules: Rules) -> None:
    stance = parsed("Chile 's opposition to Peru", [2, 0, 2, 2, 3], "poss case ROOT prep pobj",
                    "PROPN PART NOUN ADP PROPN", "Chile 's opposition to Peru",
                    {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, stance)
    party = parsed("the opposition attacked Peru", [1, 2, 2, 2], "det nsubj ROOT dobj",
                   "DET NOUN VERB PROPN", "the opposition attack Peru", {3: "PER"})  # fmt: skip
    assert is_stance(stance[2]) and not is_stance(party[1])


# -- a passive subject takes its verb's negation, as an object does --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Relations between Japan and North Korea have never been formally established.",
        "Talks between Iran and the United States were not held in Oman after all.",
        "No sanctions were imposed on Russia by India.",
    ],
)
def test_a_passive_subject_takes_its_verbs_negation(extractor: Extractor, text: str) -> None:
    assert all(r.modality == "negated" for r in found(extractor, text)), found(extractor, text)


def test_a_passive_subject_of_a_report_keeps_its_act(extractor: Extractor) -> None:
    relations = found(extractor, "The agreement between Serbia and Kosovo was not published.")
    assert relations and all(r.modality == "asserted" for r in relations), relations


def test_a_passive_subject_takes_its_verbs_negation_by_hand() -> None:
    held = parsed("talks with Peru were not held", [5, 0, 1, 5, 5, 5], "nsubjpass prep pobj auxpass neg ROOT",
                  "NOUN ADP PROPN AUX PART VERB", "talk with Peru be not hold", {2: "PER"})  # fmt: skip
    published = parsed("talks with Peru were not published", [5, 0, 1, 5, 5, 5],
                       "nsubjpass prep pobj auxpass neg ROOT", "NOUN ADP PROPN AUX PART VERB",
                       "talk with Peru be not publish", {2: "PER"})  # fmt: skip
    assert modality_of(held[0]) == "negated" and modality_of(published[0]) == "asserted"


# -- a governor above a verb does not reach the known thing the verb acts on -------------------------
@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Turkey threatened to veto the agreement between Sweden and Finland.", ("SWE", "FIN"), "05"),
        ("Russia refused to recognise the deal between Armenia and Azerbaijan.", ("ARM", "AZE"), "05"),
        (
            "Greece refused to endorse the agreement between North Macedonia and Bulgaria.",
            ("MKD", "BGR"),
            "05",
        ),
        ("Turkey threatened to block Sweden's bid to join NATO.", ("SWE", None), "03"),
        ("Hungary vowed to block Ukraine's application to join the European Union.", ("UKR", None), "03"),
        ("Poland refused to support Ukraine's plan to export grain to Europe.", ("UKR", None), "03"),
    ],
)
def test_a_governor_does_not_reach_what_its_verb_acts_on(
    extractor: Extractor, text: str, pair: tuple[str, str | None], root: str
) -> None:
    got = [r for r in found(extractor, text) if (r.source.country, r.target.country) == pair]
    assert got and all(r.cameo[:2] == root and r.modality == "asserted" for r in got), found(extractor, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        # the governor's subject is a party: the governor still reaches the act
        ("Iran agreed to hold talks with the United States.", ("IRN", "USA", "036")),
        ("Tunisia refused to accept aid from the European Union.", ("TUN", None, "122")),
    ],
)
def test_a_governor_still_reaches_its_subjects_own_act(
    extractor: Extractor, text: str, event: tuple[str, str | None, str]
) -> None:
    assert event in events(extractor, text)


def test_a_governor_does_not_reach_what_its_verb_acts_on_by_hand(rules: Rules) -> None:
    doc = parsed("Chile threatened to veto the pact between Peru and Bolivia", [1, 1, 3, 1, 5, 3, 5, 6, 7, 7],
                 "nsubj ROOT aux xcomp det dobj prep pobj cc conj",
                 "PROPN VERB PART VERB DET NOUN ADP PROPN CCONJ PROPN",
                 "Chile threaten to veto the pact between Peru and Bolivia",
                 {0: "CHL", 7: "PER", 9: "BOL"})  # fmt: skip
    got = {c for s, t, c in coded(rules, doc) if {s, t} == {"PER", "BOL"}}
    assert got and all(c.startswith("05") for c in got), coded(rules, doc)


def test_a_governor_reaches_a_pact_of_its_own_subject_by_hand(rules: Rules) -> None:
    doc = parsed("Chile threatened to veto its pact with Peru", [1, 1, 3, 1, 5, 3, 5, 6],
                 "nsubj ROOT aux xcomp poss dobj prep pobj",
                 "PROPN VERB PART VERB PRON NOUN ADP PROPN", "Chile threaten to veto its pact with Peru",
                 {0: "CHL", 4: "CHL", 7: "PER"})  # fmt: skip
    got = {c for s, t, c in coded(rules, doc) if (s, t) == ("CHL", "PER")}
    assert got and not any(c.startswith("05") for c in got), coded(rules, doc)


# -- a judge's "with" names the act of the one judged ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("A Lebanese court charged five men with attacking a UN peacekeeping patrol.", (None, None), "19"),
        ("Prosecutors in Paris charged a Syrian man with helping the Islamic State plan attacks.",
         ("SYR", None), "07"),
        ("German prosecutors charged a Russian man with involvement in the killing of a Georgian dissident.",
         ("RUS", "GEO"), "18"),
        ("Kenyan police charged three Somali men with the attack on the Westgate mall.", ("SOM", None), "19"),
    ],
)  # fmt: skip
def test_a_judges_with_names_the_act_of_the_one_judged(
    extractor: Extractor, text: str, pair: tuple[str | None, str | None], root: str
) -> None:
    got = [r for r in found(extractor, text) if r.cameo[:2] == root]
    assert got and all((r.source.country, r.target.country) == pair for r in got), found(extractor, text)
    assert all(r.modality == "hedged" for r in got), got


def test_a_judges_with_names_the_act_of_the_one_judged_by_hand(rules: Rules) -> None:
    doc = parsed("Chile charged Peru with attacking Bolivia", [1, 1, 1, 1, 3, 4],
                 "nsubj ROOT dobj prep pcomp dobj", "PROPN VERB PROPN ADP VERB PROPN",
                 "Chile charge Peru with attack Bolivia", {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, c in got if c.startswith("19")} == {("PER", "BOL")}, got


# -- whoever uses an armed group as its proxy sponsors it --------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pakistan has long used militant groups as proxies against India in Kashmir.", "PAK"),
        ("Iran uses the Houthis as a proxy in its rivalry with Saudi Arabia.", "IRN"),
        ("Russia has employed Wagner mercenaries as proxies in Libya and Mali.", "RUS"),
        ("Rwanda has used the M23 rebels as a proxy to exploit eastern Congo's minerals.", "RWA"),
    ],
)
def test_a_group_used_as_a_proxy_is_sponsored(extractor: Extractor, text: str, source: str) -> None:
    got = [r for r in found(extractor, text) if r.relation == "proxy"]
    assert got and all(r.source.country == source and r.cameo == "072" for r in got), found(extractor, text)
    assert all(r.target.type in {"armed_group", "group"} for r in got), got


def test_a_group_used_as_a_proxy_by_hand(rules: Rules) -> None:
    doc = parsed("Chile used Peru as a proxy", [1, 1, 1, 2, 5, 3], "nsubj ROOT dobj prep det pobj",
                 "PROPN VERB PROPN ADP DET NOUN", "Chile use Peru as a proxy",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "072") in coded(rules, doc)


def test_a_state_used_as_a_venue_is_no_proxy_by_hand(rules: Rules) -> None:
    doc = parsed("Chile used Peru as a venue", [1, 1, 1, 2, 5, 3], "nsubj ROOT dobj prep det pobj",
                 "PROPN VERB PROPN ADP DET NOUN", "Chile use Peru as a venue",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert not any(c == "072" for _, _, c in coded(rules, doc))


# -- a purchase is an import by its buyer -------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey's purchase of the S-400 system from Russia angered its NATO allies.", ("TUR", "RUS")),
        ("Washington criticised Ankara's purchase of Russian missiles.", ("TUR", "RUS")),
        ("The purchase of Iranian drones by Russia alarmed Kyiv.", ("RUS", "IRN")),
        ("India increased its purchases of Russian oil despite Western sanctions.", ("IND", "RUS")),
    ],
)
def test_a_purchase_is_an_import_by_its_buyer(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert (*pair, "061") in codes(extractor, text)


# -- the charge a judge hangs on the one judged ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        (
            "UN investigators accused Myanmar's military of genocide against the Rohingya.",
            ("MMR", "MMR"),
            "20",
        ),
        (
            "Amnesty accused the Ethiopian army of atrocities against civilians in Tigray.",
            ("ETH", None),
            "18",
        ),
        ("Kenya accused Sudan's army of attacks on refugees.", ("SDN", None), "19"),
    ],
)
def test_a_charge_hung_on_the_one_judged_is_that_ones_alleged_act(
    extractor: Extractor, text: str, pair: tuple[str, str | None], root: str
) -> None:
    got = [r for r in found(extractor, text) if r.cameo[:2] == root]
    assert got and all((r.source.country, r.target.country) == pair for r in got), found(extractor, text)
    assert all(r.modality == "hedged" for r in got), got


def test_a_charge_hung_on_the_one_judged_by_hand(rules: Rules) -> None:
    doc = parsed("Chile accused Peru of attacks on Bolivia", [1, 1, 1, 2, 3, 4, 5],
                 "nsubj ROOT dobj prep pobj prep pobj", "PROPN VERB PROPN ADP NOUN ADP PROPN",
                 "Chile accuse Peru of attack on Bolivia", {0: "CHL", 2: "PER", 6: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, c in got if c.startswith("19")} == {("PER", "BOL")}, got


# -- goods supplied "with", and goods named by a compound ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("France supplied Ukraine with air defence systems.", ("FRA", "UKR", "072")),
        ("Iran has supplied the Houthis with drones, according to UN experts.", ("IRN", "YEM", "072")),
        ("Turkey supplied Azerbaijan with drones and artillery.", ("TUR", "AZE", "072")),
        ("Germany delivered missile systems to Ukraine.", ("DEU", "UKR", "072")),
        ("Iran supplied the Houthis with food and medicine.", ("IRN", "YEM", "073")),
    ],
)
def test_goods_supplied_with_or_named_by_a_compound_give_the_kind_of_aid(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in codes(extractor, text)


def test_goods_supplied_with_by_hand(rules: Rules) -> None:
    doc = parsed("Chile supplied Peru with missile systems", [1, 1, 1, 1, 5, 3],
                 "nsubj ROOT dobj prep compound pobj", "PROPN VERB PROPN ADP NOUN NOUN",
                 "Chile supply Peru with missile system", {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "072") in coded(rules, doc)


def test_goods_of_no_kind_supplied_with_stay_general_by_hand(rules: Rules) -> None:
    doc = parsed("Chile supplied Peru with fuel", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB PROPN ADP NOUN", "Chile supply Peru with fuel",
                 {0: "CHL", 2: "PER"})  # fmt: skip
    assert not {c for s, t, c in coded(rules, doc) if (s, t) == ("CHL", "PER")} & {"072", "073"}


# -- whom concerns are raised with, wherever the parser hangs "with" ----------------------------------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Australia raised concerns about human rights in Xinjiang with China.", ("AUS", "CHN")),
        ("The Swedish minister raised Stockholm's concerns about Koran burnings with Turkey.",
         ("SWE", "TUR")),
        ("India's foreign minister raised concerns about the safety of Indian students"
         " with Ukrainian officials.", ("IND", "UKR")),
    ],
)  # fmt: skip
def test_concerns_are_raised_with_whom_the_with_names(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = {(s, t) for s, t, c in codes(extractor, text) if c.startswith("04")}
    assert got == {pair}, codes(extractor, text)


def test_concerns_are_raised_with_whom_the_with_names_by_hand(rules: Rules) -> None:
    doc = parsed("Chile raised Peru 's concerns with Bolivia", [1, 1, 4, 2, 1, 4, 5],
                 "nsubj ROOT poss case dobj prep pobj", "PROPN VERB PROPN PART NOUN ADP PROPN",
                 "Chile raise Peru 's concern with Bolivia", {0: "CHL", 2: "PER", 6: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, c in got if c.startswith("04")} == {("CHL", "BOL")}, got


# -- peacekeepers sent are protection given; announced, an intent -------------------------------------
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kenya deployed peacekeepers to Haiti.", ("KEN", "HTI", "074")),
        ("Kazakhstan sent peacekeepers to the Golan Heights under a UN mandate.", ("KAZ", "SYR", "074")),
        ("Brazil sent peacekeepers to Haiti in 2004.", ("BRA", "HTI", "074")),
        ("Kenya will deploy peacekeepers to Haiti.", ("KEN", "HTI", "0334")),
    ],
)
def test_peacekeepers_sent_are_protection_given(
    extractor: Extractor, text: str, event: tuple[str, str, str]
) -> None:
    assert event in codes(extractor, text)


# -- a standing hostility said to lessen is a relationship improving ---------------------------------
@pytest.mark.parametrize(
    ("text", "pair", "cooperative"),
    [
        ("Tensions between Greece and Turkey eased after the 2023 earthquake.", ("GRC", "TUR"), True),
        ("The rivalry between Saudi Arabia and Iran has eased since 2023.", ("SAU", "IRN"), True),
        ("Tensions between Serbia and Kosovo were defused by EU mediation.", ("SRB", "KSV"), True),
        ("The deal led to an easing of tensions between Ethiopia and Eritrea.", ("ETH", "ERI"), True),
        ("Tensions between Israel and Iran have risen sharply.", ("ISR", "IRN"), False),
        ("Tensions between China and Taiwan have eased slightly but remain high.", ("CHN", "TWN"), False),
    ],
)
def test_a_hostility_that_lessens_is_a_relationship_improving(
    extractor: Extractor, text: str, pair: tuple[str, str], cooperative: bool
) -> None:
    got = [r for r in found(extractor, text) if {r.source.country, r.target.country} == set(pair)]
    assert got and all((r.quad_class <= 2) == cooperative for r in got), found(extractor, text)


def test_a_hostility_that_lessens_by_hand(rules: Rules) -> None:
    doc = parsed("Tensions between Chile and Peru eased", [5, 0, 1, 2, 2, 5],
                 "nsubj prep pobj cc conj ROOT", "NOUN ADP PROPN CCONJ PROPN VERB",
                 "tension between Chile and Peru ease", {2: "CHL", 4: "PER"})  # fmt: skip
    got = {c for s, t, c in coded(rules, doc) if {s, t} == {"CHL", "PER"}}
    assert got == {"050"}, coded(rules, doc)


# -- a plural apposition stands for all the sides named --------------------------------------------------
@pytest.mark.parametrize(
    ("text", "pairs", "root"),
    [
        (
            "Iran and Saudi Arabia, long regional rivals, reopened their embassies in 2023.",
            {("IRN", "SAU")},
            "11",
        ),
        (
            "Russia and Iran, Syria's main allies, sent envoys to Damascus.",
            {("RUS", "SYR"), ("IRN", "SYR")},
            "05",
        ),
        (
            "Japan and South Korea, both US allies, held talks in Tokyo.",
            {("JPN", "USA"), ("KOR", "USA")},
            "05",
        ),
    ],
)
def test_a_plural_apposition_stands_for_all_the_sides_named(
    extractor: Extractor, text: str, pairs: set[tuple[str, str]], root: str
) -> None:
    got = {(r.source.country, r.target.country) for r in found(extractor, text) if r.rule == "noun-self"}
    assert got == pairs and all(
        r.cameo[:2] == root for r in found(extractor, text) if r.rule == "noun-self"
    ), found(extractor, text)


def test_a_plural_apposition_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru , old rivals , met", [6, 0, 0, 0, 5, 0, 6, 6],
                 "nsubj cc conj punct amod appos punct ROOT", "PROPN CCONJ PROPN PUNCT ADJ NOUN PUNCT VERB",
                 "Chile and Peru , old rival , meet", {0: "CHL", 2: "PER"})  # fmt: skip
    doc[5].tag_ = "NNS"
    assert ("CHL", "PER", "110") in coded(rules, doc) or ("PER", "CHL", "110") in coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hungary did not sign the declaration condemning Israel.", "negated"),
        ("Greece refused to sign a statement criticising Russia.", "negated"),
        ("The European Union is expected to issue a statement condemning Iran.", "speculative"),
        ("Vietnam has not published a report accusing China of piracy.", "negated"),
        ("The African Union issued a communique condemning Sudan.", "asserted"),
    ],
)
def test_what_a_document_says_is_said_as_far_as_it_is_issued(
    extractor: Extractor, text: str, modality: str
) -> None:
    got = [r for r in found(extractor, text) if r.cameo.startswith("11")]
    assert got, found(extractor, text)
    assert {r.modality for r in got} == {modality}, got


def test_what_a_document_says_is_said_as_far_as_it_is_issued_by_hand() -> None:
    doc = parsed("Peru did not sign the letter condemning Chile", [3, 3, 3, 3, 5, 3, 5, 6],
                 "nsubj aux neg ROOT det dobj acl dobj", "PROPN AUX PART VERB DET NOUN VERB PROPN",
                 "Peru do not sign the letter condemn Chile", {0: "PER", 7: "CHL"})  # fmt: skip
    doc[6].tag_ = "VBG"
    signed = parsed("Peru signed the letter condemning Chile", [1, 1, 3, 1, 3, 4],
                    "nsubj ROOT det dobj acl dobj", "PROPN VERB DET NOUN VERB PROPN",
                    "Peru sign the letter condemn Chile", {0: "PER", 5: "CHL"})  # fmt: skip
    signed[4].tag_ = "VBG"
    assert (modality_of(doc[6]), modality_of(signed[4])) == ("negated", "asserted")


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Rwanda and Congo traded accusations over the M23 offensive.", {"RWA", "COD"}, "11"),
        ("Venezuela and Guyana traded accusations over ExxonMobil's drilling.", {"VEN", "GUY"}, "11"),
        ("India and China exchanged accusations over Pakistan's role in the attack.", {"IND", "CHN"}, "11"),
    ],
)
def test_what_two_sides_exchange_over_a_matter_is_between_them(
    extractor: Extractor, text: str, pair: set[str], root: str
) -> None:
    got = found(extractor, text)
    assert {(r.source.country, r.target.country) for r in got} <= {
        (a, b) for a in pair for b in pair if a != b
    }, got
    assert any(r.cameo.startswith(root) for r in got), got


def test_what_two_sides_exchange_over_a_matter_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru traded accusations over the Bolivia deal", [3, 0, 0, 3, 3, 3, 8, 8, 5],
                 "nsubj cc conj ROOT dobj prep det compound pobj",
                 "PROPN CCONJ PROPN VERB NOUN ADP DET PROPN NOUN",
                 "Chile and Peru trade accusation over the Bolivia deal",
                 {0: "CHL", 2: "PER", 7: "BOL"})  # fmt: skip
    got = coded(rules, doc)
    assert {(s, t) for s, t, _ in got} == {("CHL", "PER")}, got


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("An explosion killed three Turkish soldiers in Syria, Ankara said, blaming Kurdish militants.",
         "TUR", "Kurdish militants"),
        ("A car bomb killed four Iraqi policemen in Kirkuk, Baghdad said, blaming Islamic State.",
         "IRQ", "Islamic State"),
        ("A blast hit a Pakistani convoy in Waziristan, Islamabad said, blaming the Pakistani Taliban.",
         "PAK", "the Pakistani Taliban"),
    ],
)  # fmt: skip
def test_a_participle_after_a_reporting_clause_is_the_reporters(
    extractor: Extractor, text: str, accuser: str, accused: str
) -> None:
    blamed = [r for r in found(extractor, text) if r.cameo.startswith("112")]
    assert [(r.source.country, r.target.text) for r in blamed] == [(accuser, accused)], blamed


def test_a_participle_after_a_reporting_clause_by_hand(rules: Rules) -> None:
    doc = parsed("A blast killed Chilean police , Lima said , blaming Bolivia",
                 [1, 2, 2, 4, 2, 6, 7, 2, 7, 2, 9],
                 "det nsubj ROOT amod dobj punct nsubj parataxis punct advcl dobj",
                 "DET NOUN VERB ADJ NOUN PUNCT PROPN VERB PUNCT VERB PROPN",
                 "a blast kill chilean police , Lima say , blame Bolivia",
                 {4: "CHL", 6: "PER", 10: "BOL"})  # fmt: skip
    doc[7].tag_, doc[9].tag_ = "VBD", "VBG"
    blamed = {(s, t) for s, t, code in coded(rules, doc) if code.startswith("112")}
    assert blamed == {("PER", "BOL")}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "doer", "root"),
    [
        ("A Nigerian court sentenced a Boko Haram commander to death for the killing of aid workers.",
         "Boko Haram commander", "18"),
        ("Turkish police detained two Syrian men for the bombing of a Turkish army base.",
         "Syrian men", "19"),
        ("Egypt jailed three Hamas members for the shelling of Israeli towns.", "Hamas", "19"),
    ],
)  # fmt: skip
def test_whom_a_punishment_is_for_did_the_act(extractor: Extractor, text: str, doer: str, root: str) -> None:
    acts = [r for r in found(extractor, text) if r.cameo.startswith(root)]
    assert [r.source.text for r in acts] == [doer], acts


def test_whom_a_punishment_is_for_did_the_act_by_hand(rules: Rules) -> None:
    doc = parsed("Chile jailed Peruvian officers for the bombing of Bolivia", [1, 1, 3, 1, 1, 6, 4, 6, 7],
                 "nsubj ROOT amod dobj prep det pobj prep pobj",
                 "PROPN VERB ADJ NOUN ADP DET NOUN ADP PROPN",
                 "Chile jail peruvian officer for the bombing of Bolivia",
                 {0: "CHL", 3: "PER", 8: "BOL"})  # fmt: skip
    bombed = {(s, t) for s, t, code in coded(rules, doc) if code.startswith("19")}
    assert bombed == {("PER", "BOL")}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain pledged tanks to Ukraine.", ("GBR", "UKR", "0332")),
        ("Canada offered missiles to Kyiv on Tuesday.", ("CAN", "UKR", "0332")),
        ("Canada offered helicopters to Kyiv on Tuesday.", ("CAN", "UKR", "033")),
        ("Japan promised tents and blankets to Turkey after the earthquake.", ("JPN", "TUR", "0333")),
    ],
)
def test_an_intent_to_give_goods_is_of_their_kind(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany sent more weapons for Ukraine.", ("DEU", "UKR", "072")),
        ("France pledged new air defence systems for Kyiv.", ("FRA", "UKR", "0332")),
        ("Iran supplied drones for Russia's war in Ukraine.", ("IRN", "RUS", "072")),
        ("Japan delivered food and medicine for Gaza.", ("JPN", "PSE", "073")),
    ],
)
def test_goods_of_a_kind_given_for_someone_reach_them(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


def test_goods_given_or_promised_for_someone_by_hand(rules: Rules) -> None:
    doc = parsed("Chile pledged tanks for Peru", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB NOUN ADP PROPN", "Chile pledge tank for Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    sent = parsed("Chile sent troops for Peru", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                  "PROPN VERB NOUN ADP PROPN", "Chile send troop for Peru", {0: "CHL", 4: "PER"})  # fmt: skip
    assert ("CHL", "PER", "0332") in coded(rules, doc)
    assert not any(code.startswith("07") for _, _, code in coded(rules, sent)), coded(rules, sent)


@pytest.mark.parametrize(
    "text",
    [
        "Mutual distrust has long marked relations between Pakistan and Afghanistan.",
        "Bitter rivalry has shaped relations between Greece and Turkey.",
        "Mutual suspicion has dominated relations between Laos and Thailand.",
        "A long history of mistrust has defined ties between Japan and China.",
    ],
)
def test_what_marks_a_relationship_gives_its_character(extractor: Extractor, text: str) -> None:
    got = found(extractor, text)
    assert got and {r.quad_class for r in got} == {3}, got


def test_what_marks_a_relationship_by_hand(rules: Rules) -> None:
    doc = parsed("Rivalry shaped relations between Chile and Peru", [1, 1, 1, 2, 3, 4, 4],
                 "nsubj ROOT dobj prep pobj cc conj", "NOUN VERB NOUN ADP PROPN CCONJ PROPN",
                 "rivalry shape relation between Chile and Peru", {4: "CHL", 6: "PER"})  # fmt: skip
    trade = parsed("Trade shaped relations between Chile and Peru", [1, 1, 1, 2, 3, 4, 4],
                   "nsubj ROOT dobj prep pobj cc conj", "NOUN VERB NOUN ADP PROPN CCONJ PROPN",
                   "trade shape relation between Chile and Peru", {4: "CHL", 6: "PER"})  # fmt: skip
    assert {code[:2] for _, _, code in coded(rules, doc)} == {"11"}, coded(rules, doc)
    assert {code[:2] for _, _, code in coded(rules, trade)} == {"05"}, coded(rules, trade)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ethiopia and Eritrea ended two decades of hostility.", {"ETH", "ERI"}),
        ("Nepal and Bhutan ended decades of hostility.", {"NPL", "BTN"}),
        ("Uzbekistan and Kyrgyzstan ended decades of hostility with a border treaty.", {"UZB", "KGZ"}),
    ],
)
def test_what_two_sides_do_to_a_span_of_an_event_is_between_them(
    extractor: Extractor, text: str, pair: set[str]
) -> None:
    got = found(extractor, text)
    assert any({r.source.country, r.target.country} == pair and r.quad_class <= 2 for r in got), got


def test_what_two_sides_do_to_a_span_of_an_event_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru ended decades of hostility", [3, 0, 0, 3, 3, 4, 5],
                 "nsubj cc conj ROOT dobj prep pobj", "PROPN CCONJ PROPN VERB NOUN ADP NOUN",
                 "Chile and Peru end decade of hostility", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {frozenset((s, t)) for s, t, _ in coded(rules, doc)} == {frozenset(("CHL", "PER"))}, coded(
        rules, doc
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Iranian president is due to visit Moscow next week.", ("IRN", "RUS", "036")),
        ("The Turkish foreign minister is scheduled to travel to Cairo on Sunday.", ("TUR", "EGY", "036")),
        ("Chile's president is set to meet his Argentine counterpart in Santiago.", ("CHL", "ARG", "036")),
        ("Kenya and Somalia are slated to sign a security pact this month.", ("KEN", "SOM", "030")),
    ],
)
def test_an_act_scheduled_is_an_intent(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    got = codes(extractor, text)
    assert expected in got or (expected[1], expected[0], expected[2]) in got, found(extractor, text)
    assert not any(code[:2] in {"04", "05"} for _, _, code in got), got


def test_an_act_scheduled_is_an_intent_by_hand(rules: Rules) -> None:
    doc = parsed("Chile is scheduled to visit Peru", [2, 2, 2, 4, 2, 4],
                 "nsubjpass auxpass ROOT aux xcomp dobj", "PROPN AUX VERB PART VERB PROPN",
                 "Chile be schedule to visit Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    expected = parsed("Chile is expected to visit Peru", [2, 2, 2, 4, 2, 4],
                      "nsubjpass auxpass ROOT aux xcomp dobj", "PROPN AUX VERB PART VERB PROPN",
                      "Chile be expect to visit Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert ("CHL", "PER", "036") in coded(rules, doc), coded(rules, doc)
    assert ("CHL", "PER", "036") not in coded(rules, expected), coded(rules, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine asked Germany for more tanks.", ("UKR", "DEU", "0232")),
        ("Armenia appealed to France for air defence systems.", ("ARM", "FRA", "0232")),
        ("Somalia asked Turkey for food and medicine after the floods.", ("SOM", "TUR", "0233")),
    ],
)
def test_an_appeal_for_goods_is_of_their_kind(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text), found(extractor, text)


def test_an_appeal_for_goods_by_hand(rules: Rules) -> None:
    doc = parsed("Chile asked Peru for rifles", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                 "PROPN VERB PROPN ADP NOUN", "Chile ask Peru for rifle", {0: "CHL", 2: "PER"})  # fmt: skip
    patience = parsed("Chile asked Peru for patience", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                      "PROPN VERB PROPN ADP NOUN", "Chile ask Peru for patience",
                      {0: "CHL", 2: "PER"})  # fmt: skip
    assert ("CHL", "PER", "0232") in coded(rules, doc), coded(rules, doc)
    assert ("CHL", "PER", "0232") not in coded(rules, patience), coded(rules, patience)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Houthi rebels fired missiles at an oil terminal in Saudi Arabia.", ("YEM", "SAU")),
        ("Kurdish militants set fire to a pipeline in Turkey.", (None, "TUR")),
        ("Russia launched strikes on a power plant in Ukraine.", ("RUS", "UKR")),
        ("Ukrainian drones set fire to an oil refinery in the Russian region of Krasnodar.", ("UKR", "RUS")),
    ],
)
def test_infrastructure_stands_for_the_state_it_is_in(
    extractor: Extractor, text: str, pair: tuple[str | None, str]
) -> None:
    got = [r for r in found(extractor, text) if r.quad_class == 4]
    assert [(r.source.country, r.target.country) for r in got] == [pair], got


def test_infrastructure_stands_for_the_state_it_is_in_by_hand(rules: Rules) -> None:
    doc = parsed("Chile set fire to a refinery in Peru", [1, 1, 1, 1, 5, 3, 5, 6],
                 "nsubj ROOT dobj prep det pobj prep pobj", "PROPN VERB NOUN ADP DET NOUN ADP PROPN",
                 "Chile set fire to a refinery in Peru", {0: "CHL", 7: "PER"})  # fmt: skip
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "PER")}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The UN envoy met with Houthi leaders in Sanaa to push for a truce.", "040"),
        ("Macron met with African leaders in Paris on Friday.", "040"),
        ("The Chinese premier met with ASEAN leaders in Jakarta.", "040"),
        ("Biden will meet with Gulf leaders next month.", "036"),
    ],
)
def test_meeting_with_leaders_is_a_meeting(extractor: Extractor, text: str, code: str) -> None:
    assert {r.cameo for r in found(extractor, text)} == {code}, found(extractor, text)


def test_meeting_with_leaders_is_a_meeting_by_hand(rules: Rules) -> None:
    doc = parsed("Chile met with Peruvian leaders", [1, 1, 1, 4, 2], "nsubj ROOT prep amod pobj",
                 "PROPN VERB ADP ADJ NOUN", "Chile meet with peruvian leader",
                 {0: "CHL", 3: "PER"})  # fmt: skip
    assert {code for _, _, code in coded(rules, doc)} == {"040"}, coded(rules, doc)


@pytest.mark.parametrize(
    "text",
    [
        "Washington has not ruled out sanctions against Ankara over the purchase.",
        "Brussels ruled out sanctions on Israel for now.",
        "The Kremlin ruled out a search of the Ukrainian vessel.",
    ],
)
def test_ruling_out_is_no_act_of_its_own(extractor: Extractor, text: str) -> None:
    assert not [r for r in found(extractor, text) if r.trigger and r.trigger.text == "ruled"], found(
        extractor, text
    )


def test_ruling_out_is_no_act_of_its_own_by_hand(rules: Rules) -> None:
    doc = parsed("Chile ruled out sanctions against Peru", [1, 1, 1, 1, 3, 4],
                 "nsubj ROOT prt dobj prep pobj", "PROPN VERB ADP NOUN ADP PROPN",
                 "Chile rule out sanction against Peru", {0: "CHL", 5: "PER"})  # fmt: skip
    assert "090" not in {code for _, _, code in coded(rules, doc)}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Israel and Hezbollah violated the ceasefire agreement.", {"ISR", "LBN"}),
        ("Sudan and South Sudan violated the truce deal.", {"SDN", "SSD"}),
        ("Both Armenia and Azerbaijan are guilty of violating the ceasefire agreement.", {"ARM", "AZE"}),
    ],
)
def test_two_sides_violating_a_ceasefire_agreement_violate_it_against_each_other(
    extractor: Extractor, text: str, pair: set[str]
) -> None:
    got = found(extractor, text)
    assert {(frozenset((r.source.country, r.target.country)), r.cameo) for r in got} == {
        (frozenset(pair), "196")
    }, got


def test_two_sides_violating_a_ceasefire_agreement_by_hand(rules: Rules) -> None:
    doc = parsed("Chile and Peru violated the ceasefire agreement", [3, 0, 0, 3, 6, 6, 3],
                 "nsubj cc conj ROOT det compound dobj", "PROPN CCONJ PROPN VERB DET NOUN NOUN",
                 "Chile and Peru violate the ceasefire agreement", {0: "CHL", 2: "PER"})  # fmt: skip
    assert {code for _, _, code in coded(rules, doc)} == {"196"}, coded(rules, doc)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Syrian jets bombed rebel-held Idlib.", "REB"),
        ("Ukraine struck Russian-occupied Melitopol.", "RUS"),
        ("Israel shelled Hamas-run Gaza.", "PSEREBHMS"),
        ("Saudi jets bombed Houthi-controlled Hodeidah.", "YEMREB"),
    ],
)
def test_a_place_stands_for_whoever_holds_it(extractor: Extractor, text: str, target: str) -> None:
    got = found(extractor, text)
    assert [r.target.code for r in got] == [target], got


def test_a_place_stands_for_whoever_holds_it_by_hand(rules: Rules) -> None:
    doc = parsed("Chile bombed Peruvian - held Arica", [1, 1, 4, 4, 5, 1],
                 "nsubj ROOT npadvmod punct amod dobj", "PROPN VERB ADJ PUNCT VERB PROPN",
                 "Chile bomb peruvian - hold Arica", {0: "CHL", 2: "PER", 5: "CHL"})  # fmt: skip
    made = parsed("Chile bombed Peruvian - built Arica", [1, 1, 4, 4, 5, 1],
                  "nsubj ROOT npadvmod punct amod dobj", "PROPN VERB ADJ PUNCT VERB PROPN",
                  "Chile bomb peruvian - build Arica", {0: "CHL", 2: "PER", 5: "BOL"})  # fmt: skip
    assert {(s, t) for s, t, _ in coded(rules, doc)} == {("CHL", "PER")}, coded(rules, doc)
    assert ("CHL", "BOL") in {(s, t) for s, t, _ in coded(rules, made)}, coded(rules, made)


def test_a_bare_infinitive_read_as_a_conjunct_is_its_objects_act(extractor: Extractor) -> None:
    text = "A Moroccan court jailed an Algerian student for helping young militants join an armed group."
    got = found(extractor, text)
    assert not [r for r in got if r.source.code == "MARJUD" and r.trigger and r.trigger.text == "join"], got


def test_a_bare_infinitive_read_as_a_conjunct_by_hand(rules: Rules) -> None:
    # "jailed a Peruvian for helping Bolivian rebels attack Chile": no "and" joins "attack" to "jailed"
    doc = parsed("Chile jailed Peruvians for helping Bolivian rebels attack Argentina",
                 [1, 1, 1, 1, 3, 6, 4, 1, 7],
                 "nsubj ROOT dobj prep pcomp amod dobj conj dobj",
                 "PROPN VERB NOUN ADP VERB ADJ NOUN VERB PROPN",
                 "Chile jail peruvian for help bolivian rebel attack Argentina",
                 {0: "CHL", 2: "PER", 5: "BOL", 8: "ARG"})  # fmt: skip
    doc[7].tag_ = "VB"
    let = parsed("Chile let Bolivian troops enter Argentina", [1, 1, 3, 1, 1, 4],
                 "nsubj ROOT amod dobj conj dobj", "PROPN VERB ADJ NOUN VERB PROPN",
                 "Chile let bolivian troop enter Argentina", {0: "CHL", 2: "BOL", 5: "ARG"})  # fmt: skip
    let[4].tag_ = "VB"
    coordinated = parsed("Chile will meet Peru and attack Argentina", [2, 2, 2, 2, 2, 2, 5],
                         "nsubj aux ROOT dobj cc conj dobj", "PROPN AUX VERB PROPN CCONJ VERB PROPN",
                         "Chile will meet Peru and attack Argentina",
                         {0: "CHL", 3: "PER", 6: "ARG"})  # fmt: skip
    coordinated[5].tag_ = "VB"
    attacked = {(s, t) for s, t, code in coded(rules, doc) if code.startswith("19")}
    assert attacked == {("BOL", "ARG")}, coded(rules, doc)
    assert ("CHL", "ARG") not in {(s, t) for s, t, _ in coded(rules, let)}, coded(rules, let)
    assert ("CHL", "ARG") in {(s, t) for s, t, _ in coded(rules, coordinated)}, coded(rules, coordinated)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("For Ankara, the Kurdish militias in Syria remain an existential threat.", ("TUR", "KURUAF")),
        ("To Seoul, Pyongyang remains the biggest danger.", ("KOR", "PRK")),
        ("For Poland, Russia has become an existential threat.", ("POL", "RUS")),
    ],
)
def test_a_threat_from_a_fronted_point_of_view_is_perceived(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    got = found(extractor, text)
    assert [(r.source.code, r.target.code, r.cameo) for r in got] == [(*pair, "110")], got


def test_a_threat_from_a_fronted_point_of_view_by_hand(rules: Rules) -> None:
    doc = parsed("For Chile , Peru is a threat", [4, 0, 4, 4, 4, 6, 4],
                 "prep pobj punct nsubj ROOT det attr", "ADP PROPN PUNCT PROPN AUX DET NOUN",
                 "for Chile , Peru be a threat", {1: "CHL", 3: "PER"})  # fmt: skip
    after = parsed("Peru is a threat for Chile", [1, 1, 3, 1, 1, 4], "nsubj ROOT det attr prep pobj",
                   "PROPN AUX DET NOUN ADP PROPN", "Peru be a threat for Chile",
                   {0: "PER", 5: "CHL"})  # fmt: skip
    assert ("CHL", "PER", "110") in coded(rules, doc), coded(rules, doc)
    assert ("CHL", "PER", "110") not in coded(rules, after), coded(rules, after)
