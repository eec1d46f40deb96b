"""The weapon of an attack gives CAMEO's finer code of force (graphkit.relations.means)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from graphkit.extraction import Extractor
from graphkit.models import Document
from graphkit.relations.means import finer_force, weapons

ENGLISH = spacy.blank("en")


def hand_parse(words: str, heads: list[int], deps: str, pos: str, lemmas: str) -> Doc:
    """A parse written by hand: no statistical component is involved."""
    return Doc(
        ENGLISH.vocab,
        words=words.split(),
        heads=heads,
        deps=deps.split(),
        pos=pos.split(),
        lemmas=lemmas.split(),
    )


def codes(extractor: Extractor, text: str) -> set[tuple[str | None, str | None, str]]:
    relations = extractor.extract(Document(id="t", text=text)).relations
    return {(r.source.country, r.target.country, r.cameo) for r in relations}


def test_a_weapon_acting_as_subject_gives_its_code_on_a_hand_parse() -> None:
    doc = hand_parse("Egyptian warplanes attacked Derna", [1, 2, 2, 2], "amod nsubj ROOT dobj",
                     "ADJ NOUN VERB PROPN", "egyptian warplane attack Derna")  # fmt: skip
    assert finer_force(doc[2]) == "195"


def test_a_weapon_the_act_is_done_with_gives_its_code_on_a_hand_parse() -> None:
    doc = hand_parse("Chad attacked Boko Haram with artillery", [1, 1, 3, 1, 1, 4],
                     "nsubj ROOT compound dobj prep pobj", "PROPN VERB PROPN PROPN ADP NOUN",
                     "Chad attack Boko Haram with artillery")  # fmt: skip
    assert weapons(doc[1]) == ["artillery"]
    assert finer_force(doc[1]) == "194"


def test_a_weapon_used_in_an_adverbial_clause_on_a_hand_parse() -> None:
    doc = hand_parse("Kenya attacked Shabaab using drones", [1, 1, 1, 1, 3],
                     "nsubj ROOT dobj advcl dobj", "PROPN VERB PROPN VERB NOUN",
                     "Kenya attack Shabaab use drone")  # fmt: skip
    assert finer_force(doc[1]) == "1952"


def test_a_weapon_a_force_is_used_with_on_a_hand_parse() -> None:
    doc = hand_parse("Chad used drones against Sudan", [1, 1, 1, 1, 3], "nsubj ROOT dobj prep pobj",
                     "PROPN VERB NOUN ADP PROPN", "Chad use drone against Sudan")  # fmt: skip
    assert finer_force(doc[1]) == "1952"


def test_a_weapon_on_the_acts_own_noun_on_a_hand_parse() -> None:
    doc = hand_parse("an artillery attack on Kherson", [2, 2, 2, 2, 3], "det compound ROOT prep pobj",
                     "DET NOUN NOUN ADP PROPN", "an artillery attack on Kherson")  # fmt: skip
    assert finer_force(doc[2]) == "194"


def test_weapons_of_different_kinds_keep_the_unspecified_code_on_a_hand_parse() -> None:
    doc = hand_parse("jets and tanks attacked Gaza", [3, 0, 0, 3, 3], "nsubj cc conj ROOT dobj",
                     "NOUN CCONJ NOUN VERB PROPN", "jet and tank attack Gaza")  # fmt: skip
    assert sorted(weapons(doc[3])) == ["jet", "tank"]
    assert finer_force(doc[3]) is None
    aerial = hand_parse("jets and drones attacked Gaza", [3, 0, 0, 3, 3], "nsubj cc conj ROOT dobj",
                        "NOUN CCONJ NOUN VERB PROPN", "jet and drone attack Gaza")  # fmt: skip
    assert finer_force(aerial[3]) == "195"  # all aerial: CAMEO's aerial code covers them


def test_what_is_attacked_is_not_the_weapon_on_a_hand_parse() -> None:
    doc = hand_parse("rebels attacked a tank", [1, 1, 3, 1], "nsubj ROOT det dobj", "NOUN VERB DET NOUN",
                     "rebel attack a tank")  # fmt: skip
    assert finer_force(doc[1]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli aircraft struck Hezbollah targets in southern Lebanon overnight.", ("ISR", "LBN", "195")),
        ("Turkish warplanes bombed suspected PKK positions in northern Iraq.", ("TUR", "TUR", "195")),
        ("Russian forces attacked Kharkiv with drones overnight, the governor said.", ("RUS", "UKR", "1952")),
        ("A Ukrainian drone attack hit an oil refinery in Russia's Ryazan region.", ("UKR", "RUS", "1952")),
        ("Ethiopian troops attacked Tigrayan forces using tanks and artillery.", ("ETH", "ETH", "194")),
        ("Kyiv blamed Russia for the missile strike on a hospital in Kharkiv.", ("RUS", "UKR", "194")),
        ("Azerbaijan used Israeli drones against Armenian forces.", ("AZE", "ARM", "1952")),
        ("Russia used Iranian drones against Ukrainian cities.", ("RUS", "UKR", "1952")),
        ("Turkey used armed drones against PKK fighters in northern Iraq.", ("TUR", "TUR", "1952")),
    ],
    ids=[
        "aircraft-subject",
        "warplanes",
        "with-drones",
        "drone-attack-noun",
        "using-tanks",
        "missile",
        "used-drones",
        "used-drones-cities",
        "used-armed-drones",
    ],
)
def test_the_weapon_named_refines_force(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli forces attacked Hamas in Khan Younis.", ("ISR", "PSE", "190")),
        ("Israeli jets and tanks attacked Hamas in Khan Younis.", ("ISR", "PSE", "190")),
    ],
    ids=["no-weapon", "weapons-of-two-kinds"],
)
def test_force_with_no_single_weapon_stays_unspecified(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in codes(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A suicide bomber from al-Shabaab killed nine Somali soldiers.", ("SOM", "SOM", "1831")),
        ("A suicide attack by al-Shabaab killed 20 people in Mogadishu.", ("SOM", "SOM", "1831")),
        ("A car bomb planted by the Taliban killed five Afghan soldiers.", ("AFG", "AFG", "1832")),
    ],
    ids=["suicide-bomber", "suicide-attack", "car-bomb"],
)
def test_bombs_an_attacker_carries_are_unconventional_violence(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    """A bomber is no aircraft: CAMEO files suicide (1831) and car (1832) bombings apart from force."""
    assert expected in codes(extractor, text)
