"""Relation rules on sentences of our own, with the real pipeline: syntax, modality, attribution."""

from __future__ import annotations

import pytest

from graphkit.extract import Extractor
from graphkit.models import Document, Relation


def rels(extractor: Extractor, text: str) -> list[Relation]:
    return extractor.extract(Document(id="t", text=text)).relations


def pairs(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    return {(r.source.id, r.target.id) for r in rels(extractor, text)}


def one(extractor: Extractor, text: str, source: str, target: str) -> Relation:
    found = [r for r in rels(extractor, text) if (r.source.id, r.target.id) == (source, target)]
    assert found, rels(extractor, text)
    return found[0]


def test_rules_active_verb(extractor: Extractor) -> None:
    rel = one(extractor, "Israel attacked Iran on Friday.", "ISR", "IRN")
    assert rel.quad_class == 4 and rel.polarity == "conflictual" and rel.modality == "asserted"
    assert rel.intensity < 0


def test_rules_passive_voice_keeps_direction(extractor: Extractor) -> None:
    rel = one(extractor, "Iran was struck by Israel overnight.", "ISR", "IRN")
    assert rel.quad_class == 4
    assert ("IRN", "ISR") not in pairs(extractor, "Iran was struck by Israel overnight.")


def test_rules_coordinated_subjects_both_act(extractor: Extractor) -> None:
    found = pairs(extractor, "Brazil and Argentina condemned Venezuela.")
    assert {("BRA", "VEN"), ("ARG", "VEN")} <= found


def test_rules_coordinated_objects_both_receive(extractor: Extractor) -> None:
    found = pairs(extractor, "Russia threatened Finland and Sweden.")
    assert {("RUS", "FIN"), ("RUS", "SWE")} <= found


def test_rules_supply_with_object(extractor: Extractor) -> None:
    rel = one(extractor, "Iran supplies Russia with drones.", "IRN", "RUS")
    assert rel.quad_class == 2


def test_rules_prepositional_target(extractor: Extractor) -> None:
    rel = one(extractor, "Egypt negotiated with Ethiopia for months.", "EGY", "ETH")
    assert rel.quad_class in (1, 2)


def test_rules_infinitival_purpose_inherits_subject(extractor: Extractor) -> None:
    rel = one(extractor, "France moved quickly to support Ukraine.", "FRA", "UKR")
    assert rel.quad_class in (1, 2)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Turkey, which attacked Syria last year, denies any wrongdoing.", ("TUR", "SYR")),
        ("Russia, which invaded Ukraine in 2022, denies any wrongdoing.", ("RUS", "UKR")),
        ("Iran, which has armed Hezbollah for decades, rejected the report.", ("IRN", "hezbollah")),
    ],
)
def test_rules_relative_clause_subject(extractor: Extractor, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(extractor, text)


def test_rules_light_verb_with_relational_noun(extractor: Extractor) -> None:
    rel = one(extractor, "India held talks with Pakistan in Geneva.", "IND", "PAK")
    assert rel.quad_class == 1


def test_rules_nominal_between(extractor: Extractor) -> None:
    found = rels(extractor, "The partnership between Iran and Venezuela has deepened.")
    assert found and found[0].symmetric and found[0].quad_class in (1, 2)
    assert {found[0].source.id, found[0].target.id} == {"IRN", "VEN"}


def test_rules_nominal_hyphenated_pair(extractor: Extractor) -> None:
    found = rels(extractor, "China-Japan tensions rose sharply.")
    assert found and found[0].quad_class in (3, 4)
    assert {found[0].source.id, found[0].target.id} == {"CHN", "JPN"}


def test_rules_nominal_possessive_with_target(extractor: Extractor) -> None:
    rel = one(extractor, "Russia's war with Georgia lasted five days.", "RUS", "GEO")
    assert rel.quad_class == 4


def test_rules_nominal_adjective_source(extractor: Extractor) -> None:
    rel = one(extractor, "Analysts noted the Chinese support for Pakistan.", "CHN", "PAK")
    assert rel.quad_class in (1, 2)


def test_rules_negation(extractor: Extractor) -> None:
    assert one(extractor, "Japan did not attack South Korea.", "JPN", "KOR").modality == "negated"
    assert one(extractor, "Russia barely sells weapons to Iran.", "RUS", "IRN").modality == "negated"
    # a refusal is asserted: it is a rejection, not a negated negotiation (test_governors.py)
    refusal = one(extractor, "Iran refused to negotiate with Israel.", "IRN", "ISR")
    assert (refusal.cameo, refusal.modality) == ("125", "asserted")


def test_rules_hedging(extractor: Extractor) -> None:
    assert one(extractor, "Moscow might sell missiles to Tehran.", "RUS", "IRN").modality == "hedged"
    assert one(extractor, "Egypt reportedly attacked Libya.", "EGY", "LBY").modality == "hedged"


def test_rules_speculation(extractor: Extractor) -> None:
    rel = one(extractor, "If Spain attacked Morocco, the region would burn.", "ESP", "MAR")
    assert rel.modality == "speculative"


def test_rules_confidence_lower_for_hedged(extractor: Extractor) -> None:
    asserted = one(extractor, "Egypt attacked Libya.", "EGY", "LBY")
    hedged = one(extractor, "Egypt might attack Libya.", "EGY", "LBY")
    assert hedged.confidence < asserted.confidence


def test_rules_attribution_reported_speech(extractor: Extractor) -> None:
    text = "“Russia will sell Iran out,” analyst Jane Roe told The Times."
    rel = one(extractor, text, "RUS", "IRN")
    assert rel.attributed_to == "Jane Roe"
    nodes = {r.source.label for r in rels(extractor, text)} | {r.target.label for r in rels(extractor, text)}
    assert "Jane Roe" not in nodes and "The Times" not in nodes


def test_rules_attribution_said_that(extractor: Extractor) -> None:
    rel = one(extractor, "The spokesman Tom Smith said that Israel had attacked Lebanon.", "ISR", "LBN")
    assert rel.attributed_to == "Tom Smith"


def test_rules_attribution_according_to(extractor: Extractor) -> None:
    rel = one(extractor, "According to Reuters, Sudan attacked Chad.", "SDN", "TCD")
    assert rel.attributed_to == "Reuters"


def test_rules_attribution_multi_paragraph_quote(extractor: Extractor) -> None:
    text = "He is worried, the analyst Ann Lee said: “Iran trusts no one.\n“Russia threatens Ukraine daily.”"
    rel = one(extractor, text, "RUS", "UKR")
    assert rel.attributed_to == "Ann Lee"


@pytest.mark.parametrize(
    ("text", "pair", "speaker"),
    [
        (
            "Iran is arming the Houthis, a senior US official told Reuters.",
            ("IRN", "houthis"),
            "a senior US official",
        ),
        (
            "The Saudi crown prince met Syria's president in Riyadh, state media reported.",
            ("SAUGOV", "SYRGOV"),
            "state media",
        ),
        (
            "Turkey shelled Kurdish positions in Syria, the Syrian Observatory for Human Rights said.",
            ("TUR", "SYRKUR"),
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_rules_attribution_by_a_trailing_reporting_clause(
    extractor: Extractor, text: str, pair: tuple[str, str], speaker: str
) -> None:
    assert one(extractor, text, *pair).attributed_to == speaker


def test_rules_a_trailing_clause_that_reports_nothing_attributes_nothing(extractor: Extractor) -> None:
    assert (
        one(extractor, "Iran armed the Houthis, who then attacked ships.", "IRN", "houthis").attributed_to
        is None
    )
    assert one(extractor, "Israel struck Gaza, killing 20 people.", "ISR", "gaza").attributed_to is None


def test_rules_author_voice_not_attributed(extractor: Extractor) -> None:
    assert one(extractor, "Israel attacked Iran.", "ISR", "IRN").attributed_to is None


def test_rules_object_between_parties_are_acted_on(extractor: Extractor) -> None:
    found = pairs(extractor, "Qatar mediated talks between Israel and Hamas.")
    assert {("QAT", "ISR"), ("QAT", "hamas")} <= found


def test_rules_reciprocal_exchange_of_fire(extractor: Extractor) -> None:
    found = rels(extractor, "India and Pakistan exchanged fire along the border.")
    assert found and found[0].symmetric and found[0].quad_class == 4
    assert {found[0].source.id, found[0].target.id} == {"IND", "PAK"}


def test_rules_barrage_launched_at_a_capital(extractor: Extractor) -> None:
    rel = one(extractor, "Russian forces launched a barrage of missiles at Kyiv.", "RUSMIL", "UKR")
    assert rel.quad_class == 4


def test_rules_pronoun_with_antecedent_in_sentence_shows_the_name(extractor: Extractor) -> None:
    text = "The UK remains steadfast in its support of the Government of Iraq."
    rel = one(extractor, text, "GBR", "IRQGOV")
    assert rel.source.text == "The UK"
    assert text[rel.source.start : rel.source.end] == "The UK"


def test_rules_suffering_at_the_hands_of(extractor: Extractor) -> None:
    rel = one(
        extractor, "The citizens of Tikrit have suffered at the hands of Hezbollah.", "hezbollah", "IRQCVL"
    )
    assert rel.quad_class == 4


def test_rules_reciprocal_verb_with_a_topic_object(extractor: Extractor) -> None:
    found = rels(extractor, "Egypt and Jordan discussed Red Sea co-operation on Monday.")
    assert found and found[0].symmetric and found[0].relation == "consult"
    assert {found[0].source.id, found[0].target.id} == {"EGY", "JOR"}


def test_rules_object_of_support_does_what_its_infinitive_says(extractor: Extractor) -> None:
    found = pairs(extractor, "France supports the Lebanese army to confront Hezbollah.")
    assert ("LBNMIL", "hezbollah") in found
    assert ("FRA", "hezbollah") not in found


def test_rules_object_pronoun_is_not_the_subject_of_its_verb(extractor: Extractor) -> None:
    text = "Macron called Scholz on Monday and urged him to pressure Hungary."
    # the appeal is the event; what it asks for has not happened (test_event_coding.py)
    assert ("emmanuel-macron", "olaf-scholz") in pairs(extractor, text)
    assert not any(p[1] == "HUN" and p[0] in {"emmanuel-macron", "FRA"} for p in pairs(extractor, text))


def test_rules_what_is_sent_is_not_the_receiver(extractor: Extractor) -> None:
    found = rels(extractor, "Canada is sending two hundred soldiers to Latvia.")
    assert {(r.source.id, r.target.id) for r in found} == {("CAN", "LVA")}


def test_rules_addressee_beats_the_owner_of_the_message(extractor: Extractor) -> None:
    found = pairs(extractor, "The envoy delivered Turkey's message to the Iraqi government.")
    assert not any(target == "TUR" for _, target in found)


def test_rules_place_of_a_two_sided_conflict_is_no_party(extractor: Extractor) -> None:
    assert not pairs(extractor, "Qatar is a key mediator dealing with the Sudanese conflict.")


def test_rules_judgement_is_no_act(extractor: Extractor) -> None:
    assert not pairs(extractor, "The minister calls Hezbollah presence in Syria a disaster.")


def test_rules_members_included_in_a_group_are_no_allies_of_it(extractor: Extractor) -> None:
    text = "The Arab League – including Egypt and Jordan – must now work to support the ceasefire."
    found = rels(extractor, text)
    assert not any(r.rule == "co-agents" and "arab-league" in (r.source.id, r.target.id) for r in found)


def test_rules_anaphor_shows_its_name_in_the_same_sentence(extractor: Extractor) -> None:
    text = "Canada condemned Hamas's crimes and vowed to defeat this terrorist group."
    criticized = [r for r in rels(extractor, text) if r.relation == "criticize"]
    assert [r.target.text for r in criticized] == ["Hamas"]
    assert all(r.target.text != "this terrorist group" for r in rels(extractor, text))


def test_rules_their_after_a_coordination_means_each(extractor: Extractor) -> None:
    text = "Canada backs the Government of Mali and the Malian people in their fight against Boko Haram."
    assert {("MLIGOV", "boko-haram"), ("MLIPPL", "boko-haram")} <= pairs(extractor, text)


def test_rules_a_text_stands_for_its_author(extractor: Extractor) -> None:
    # as the event coders read it: complying with a resolution is yielding to its issuer
    codes = {
        (r.source.code, r.target.code)
        for r in rels(extractor, "Syria must comply with UN Security Council Resolution 2254.")
    }
    assert ("SYR", "IGOUNO") in codes
    assert ("GBR", "un-security-council") in pairs(
        extractor, "Britain voted to support a UN Security Council resolution on Tuesday."
    )


def test_rules_modifiers_of_one_body_are_no_allies(extractor: Extractor) -> None:
    text = "Local Turkish and Greek organisations focused on supporting Syrian refugees."
    assert not any(r.rule == "co-agents" for r in rels(extractor, text))


def test_rules_shoulder_to_shoulder_with(extractor: Extractor) -> None:
    text = "Japan continues to stand shoulder to shoulder with the Philippine people."
    rel = one(extractor, text, "JPN", "PHLPPL")
    assert rel.quad_class in (1, 2) and rel.attributed_to is None


def test_rules_they_is_not_what_they_confront(extractor: Extractor) -> None:
    text = "Hezbollah fired rockets. France stands with the Lebanese people as they confront Hezbollah."
    found = pairs(extractor, text)
    assert ("LBNPPL", "hezbollah") in found


def test_rules_acting_as_part_of_a_coalition(extractor: Extractor) -> None:
    text = "Denmark, as part of the African Union, is committed to continuing to provide Somalia with aid."
    found = rels(extractor, text)
    assert {("DNK", "SOM"), ("african-union", "SOM")} <= {(r.source.id, r.target.id) for r in found}
    assert not any(r.rule == "co-agents" for r in found)


def test_rules_acting_along_with_someone(extractor: Extractor) -> None:
    assert {("IRN", "UKR"), ("RUS", "UKR")} <= pairs(extractor, "Iran, along with Russia, attacked Ukraine.")


def test_rules_receiver_before_what_is_given(extractor: Extractor) -> None:
    assert ("USA", "UKR") in pairs(extractor, "The United States gave Ukraine weapons.")
    assert ("RUS", "IRN") in pairs(extractor, "Russia gave Iran support.")


def test_rules_who_stands_for_the_people_not_the_place(extractor: Extractor) -> None:
    text = "We defend the rights of civilians in Aleppo who have suffered at the hands of Hezbollah."
    # the civilians, Syria's by where they are; not Aleppo's state
    assert pairs(extractor, text) == {("hezbollah", "SYRCVL")}


def test_rules_telling_someone_is_communication(extractor: Extractor) -> None:
    text = "Putin told Erdogan that Russia would attack Ukraine."
    rel = one(extractor, text, "vladimir-putin", "recep-tayyip-erdogan")
    assert rel.quad_class == 1
    assert one(extractor, text, "RUS", "UKR").attributed_to == "Putin"


def test_rules_with_one_side_against_the_other(extractor: Extractor) -> None:
    text = "Canada is committed to supporting the Malian government against the terrorism of Boko Haram."
    assert one(extractor, text, "CAN", "boko-haram").quad_class == 3
    assert one(extractor, text, "CAN", "MLIGOV").quad_class in (1, 2)
    found = pairs(extractor, "Iran united with Russia against Ukraine.")
    assert ("IRN", "UKR") in found
    assert all(
        rel.quad_class <= 2
        for rel in rels(extractor, "Iran united with Russia against Ukraine.")
        if rel.target.id == "RUS"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Baghdad accused the Kurdistan Regional Government of smuggling oil.", id="accused"),
        pytest.param("Iraq and the KRG agreed to resume oil exports through Turkey.", id="agreed"),
        pytest.param(
            "The deal between Iraq and the Kurdistan Regional Government was signed on Monday.", id="deal"
        ),
    ],
)
def test_rules_a_regional_government_is_a_side_of_its_own(extractor: Extractor, text: str) -> None:
    """A state and its own government are one side; a region's government and its state are two."""
    found = pairs(extractor, text)
    assert {("IRQ", "kurdistan-regional-government"), ("kurdistan-regional-government", "IRQ")} & found
    assert ("IRQ", "IRQGOV") not in pairs(extractor, "Iraq said the Iraqi government had agreed to the plan.")


def test_rules_infinitive_after_their_campaign(extractor: Extractor) -> None:
    text = "The coalition supports Iraqi forces in their campaign to defeat Hezbollah."
    found = pairs(extractor, text)
    assert ("IRQMIL", "hezbollah") in found


def test_rules_coalition_named_in_what_it_does(extractor: Extractor) -> None:
    text = "The need to continue coalition operations against Hezbollah is clear."
    assert ("grp:coalition", "hezbollah") in pairs(extractor, text)


def test_rules_mediating_between_two_parties(extractor: Extractor) -> None:
    found = pairs(extractor, "Egypt mediated between Israel and Hamas in Cairo.")
    assert {("EGY", "ISR"), ("EGY", "hamas")} <= found


def test_rules_restoring_and_severing_ties(extractor: Extractor) -> None:
    restored = rels(extractor, "Saudi Arabia and Iran restored diplomatic ties.")
    assert restored and restored[0].symmetric and restored[0].quad_class in (1, 2)
    severed = rels(extractor, "Qatar and Bahrain severed diplomatic relations.")
    assert severed and severed[0].quad_class in (3, 4)


def test_rules_gerund_after_an_object_is_the_objects_act(extractor: Extractor) -> None:
    warned = one(extractor, "The US warned Iran against attacking Israel.", "IRN", "ISR")
    assert warned.modality == "speculative"
    assert ("USA", "ISR") not in pairs(extractor, "The US warned Iran against attacking Israel.")
    accused = one(extractor, "Ukraine accused Russia of shelling Kharkiv.", "RUS", "UKR")
    assert accused.modality == "hedged"
    prevented = one(extractor, "Sanctions prevented Iran from supplying Russia with drones.", "IRN", "RUS")
    assert prevented.modality == "negated"


CONFLICT, COOPERATION = (3, 4), (1, 2)


@pytest.mark.parametrize(
    ("text", "source", "target", "quad_classes"),
    [
        pytest.param(
            "Kurdish forces liberated the town of Kobani from Hezbollah control.",
            "KURMIL", "hezbollah", CONFLICT, id="taken-from-someone",
        ),
        pytest.param(
            "Afghan forces retook the city from the Taliban, aided by strong support from Pakistan.",
            "PAK", "AFGMIL", COOPERATION, id="aided-by-support-from",
        ),
        pytest.param(
            "The smugglers were arrested by Greek police with the help of Turkish intelligence officers.",
            "TURSPY", "GRCCOP", COOPERATION, id="with-the-help-of",
        ),
        pytest.param(
            "Canada condemns Hamas's rocket attacks on the town of Sderot in southern Israel, "
            "which killed three Israeli civilians.",
            "hamas", "ISRCVL", CONFLICT, id="relative-clause-about-the-event",
        ),
        pytest.param(
            "These are atrocities that Boko Haram has perpetrated against thousands of Nigerian civilians.",
            "boko-haram", "NGACVL", CONFLICT, id="perpetrated-against",
        ),
        pytest.param(
            "Two bombings, later claimed by al-Shabaab, killed twenty Somali civilians.",
            "al-shabaab", "SOMCVL", CONFLICT, id="claimed-by-someone",
        ),
        pytest.param(
            "Two soldiers were killed in a raid by Israeli forces.",
            "ISRMIL", "grp:soldiers", CONFLICT, id="killed-in-a-raid-by",
        ),
    ],
)  # fmt: skip
def test_rules_who_does_what_to_whom(
    extractor: Extractor, text: str, source: str, target: str, quad_classes: tuple[int, ...]
) -> None:
    assert one(extractor, text, source, target).quad_class in quad_classes


def test_rules_scare_quotes_hedge(extractor: Extractor) -> None:
    assert (
        one(extractor, "Assad's “war” on Hezbollah cost few lives.", "bashar-al-assad", "hezbollah").modality
        == "hedged"
    )
    assert one(extractor, "“Russia attacked Ukraine,” he said.", "RUS", "UKR").modality == "asserted"


def test_rules_sentence_opening_cues_scope_over_the_sentence(extractor: Extractor) -> None:
    text = "If Russia attacks Estonia, the US will impose sanctions on Russia."
    assert one(extractor, text, "USA", "RUS").modality == "speculative"
    text = "Possibly, Hamas will try to attack Israel again."
    assert one(extractor, text, "hamas", "ISR").modality != "asserted"
