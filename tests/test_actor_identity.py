"""One node per actor: short forms linked within a document and joined across documents,
"Congo" and its kin following the document, and outlets, datelines and bare adjectives never
actors. Texts of our own through the real pipeline."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import networkx as nx
import pytest

from graphkit.api import KnowledgeGraph
from graphkit.graph import build_graph, merge_short_forms
from graphkit.models import Document, Relation

if TYPE_CHECKING:
    from graphkit.extract import Extractor
    from graphkit.extraction.extractor import Extraction


def _extract(extractor: Extractor, text: str, doc_id: str = "d") -> Extraction:
    return extractor.extract(Document(id=doc_id, text=text, date=dt.date(2025, 6, 1), source="Wire"))


def _mentions(extraction: Extraction) -> list[tuple[str, str]]:
    return [(m.text, m.id) for m in extraction.mentions]


def _relations(extraction: Extraction) -> set[tuple[str, str, str]]:
    return {(r.source.id, r.relation, r.target.id) for r in extraction.relations}


# -- within a document ---------------------------------------------------------------------


def test_actor_identity_surname_follows_the_full_name(extractor: Extractor) -> None:
    found = _extract(
        extractor,
        "North Korean leader Kim Jong Un met Russian President Vladimir Putin in Pyongyang on Tuesday. "
        "Kim praised Russia for its support. Later, Kim threatened South Korea.",
    )
    assert [m for m in _mentions(found) if m[0] == "Kim"] == [("Kim", "kim-jong-un")] * 2
    sources = {source for source, _, target in _relations(found) if target in {"RUS", "KOR"}}
    assert sources == {"kim-jong-un"}


def test_actor_identity_two_candidates_leave_the_short_form_alone(extractor: Extractor) -> None:
    found = _extract(
        extractor,
        "Kim Jong Un and his sister Kim Yo Jong attended the parade. Kim criticised the United States.",
    )
    kim = [ident for text, ident in _mentions(found) if text == "Kim"]
    assert kim and not set(kim) & {"kim-jong-un", "unk:kim-yo-jong"}


def test_actor_identity_unknown_names_link_their_short_forms(extractor: Extractor) -> None:
    found = _extract(
        extractor,
        "Georgian Prime Minister Irakli Kobakhidze accused the European Union of blackmail. "
        "Kobakhidze later criticised Brussels again.",
    )
    ids = {ident for text, ident in _mentions(found) if "Kobakhidze" in text}
    assert ids == {"unk:irakli-kobakhidze"}
    assert {source for source, *_ in _relations(found)} == {"unk:irakli-kobakhidze"}


def test_actor_identity_family_name_first_links_too(extractor: Extractor) -> None:
    found = _extract(
        extractor,
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Tokyo. "
        "Lee urged Japan to cooperate with Seoul.",
    )
    assert ("Lee", "lee-jae-myung") in _mentions(found)
    assert any(source == "lee-jae-myung" and target == "JPN" for source, _, target in _relations(found))


def test_actor_identity_short_form_before_the_full_name_is_not_linked(extractor: Extractor) -> None:
    found = _extract(extractor, "Kobakhidze criticised Brussels. Irakli Kobakhidze later met Vladimir Putin.")
    assert ("Kobakhidze", "unk:irakli-kobakhidze") not in _mentions(found)


# -- states that share a name --------------------------------------------------------------


def test_actor_identity_congo_follows_a_drc_article(extractor: Extractor) -> None:
    found = _extract(
        extractor,
        "The Democratic Republic of Congo accused Rwanda of backing the M23 rebels. "
        "Congo and Rwanda agreed to a ceasefire in Washington.",
    )
    assert ("Congo", "COD") in _mentions(found)
    assert "COG" not in {ident for _, ident in _mentions(found)}
    agreed = {(source, target) for source, _, target in _relations(found)}
    assert ("COD", "RWA") in agreed and not any("COG" in pair for pair in agreed)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # "Congo" follows the document's other Congo, else is the DRC as news copy writes it
        pytest.param(
            "Congo and Gabon signed a border treaty in Brazzaville.", "Congo", "COG", id="congo-brazzaville"
        ),
        pytest.param(
            "Uganda deployed troops to eastern Congo to fight the ADF rebels.", "Congo", "COD", id="congo"
        ),
        pytest.param("Congo accused Rwanda of backing the M23 rebels near Goma.", "Congo", "COD", id="congo"),
        pytest.param("Angola hosted talks between Congo and Rwanda in Luanda.", "Congo", "COD", id="congo"),
        pytest.param(
            "South Korean troops joined the drill. Japan and Korea signed a new defence pact.",
            "Korea",
            "KOR",
            id="korea-follows",
        ),
        # "Sudan" and "Guinea" are states of their own
        pytest.param("South Sudan accused Sudan of backing rebels.", "Sudan", "SDN", id="sudan"),
        pytest.param("Sudan and South Sudan signed an oil deal in Addis Ababa.", "Sudan", "SDN", id="sudan"),
        pytest.param(
            "Guinea and Equatorial Guinea held talks on fishing rights.", "Guinea", "GIN", id="guinea"
        ),
        pytest.param(
            "Equatorial Guinea's president flew to Conakry. Guinea welcomed him.",
            "Guinea",
            "GIN",
            id="guinea",
        ),
        # the first of two names sharing their last word
        pytest.param("North and South Korea agreed to reopen the hotline.", "North", "PRK", id="shared-word"),
        pytest.param("East and West Germany were reunited in 1990.", "East", "DDR", id="shared-word"),
    ],
)
def test_actor_identity_the_state_a_short_name_names(
    extractor: Extractor, text: str, name: str, code: str
) -> None:
    assert (name, code) in _mentions(_extract(extractor, text))


def test_actor_identity_sudan_with_both_sudans_stays_sudan(extractor: Extractor) -> None:
    found = _extract(
        extractor, "South Sudan accused Sudan of bombing its border towns near Khartoum's lines."
    )
    assert ("Sudan", "SDN") in _mentions(found)
    assert ("South Sudan", "SSD") in _mentions(found)


def test_actor_identity_a_bare_name_beside_the_fuller_one_is_not_it(extractor: Extractor) -> None:
    found = _extract(
        extractor, "North Korea fired a missile. Korea and North Korea traded warnings on Monday."
    )
    assert ("North Korea", "PRK") in _mentions(found)
    assert ("Korea", "PRK") not in _mentions(found)


# -- never actors --------------------------------------------------------------------------


def test_actor_identity_datelines_are_no_actors(extractor: Extractor) -> None:
    found = _extract(
        extractor,
        "DUBLIN — She has slammed NATO over its plans for Ukraine.\n\n"
        "LONDON (Reuters) - Britain condemned Russia on Monday.\n\n"
        "KYIV, Ukraine — Ukrainian officials accused Russia of shelling.",
    )
    texts = [text for text, _ in _mentions(found)]
    assert "DUBLIN" not in texts and "LONDON" not in texts and "KYIV" not in texts
    assert any(source == "GBR" and target == "RUS" for source, _, target in _relations(found))
    assert "IRL" not in {source for source, *_ in _relations(found)}


def test_actor_identity_a_state_before_a_dash_in_a_sentence_stays(extractor: Extractor) -> None:
    found = _extract(extractor, "Russia — not Ukraine — attacked Georgia in 2008.")
    assert ("Russia", "RUS") in _mentions(found)
    assert any(source == "RUS" for source, *_ in _relations(found))


@pytest.mark.parametrize(
    "text",
    [
        "CBC reported that Canada criticised China.",
        "Canada told CBC News it would sanction Russia.",
        "Sky News said Britain would sanction Russia.",
        "Xinhua praised Pakistan for its support of China.",
    ],
)
def test_actor_identity_outlets_are_no_actors(extractor: Extractor, text: str) -> None:
    found = _extract(extractor, text)
    ids = {ident for _, ident in _mentions(found)}
    assert not {i for i in ids if i.startswith("unk:")}, _mentions(found)


def test_actor_identity_bare_nationality_adjective_is_no_actor(extractor: Extractor) -> None:
    found = _extract(extractor, "The European condemned Russia. Democratic lawmakers criticised China.")
    ids = {ident for _, ident in _mentions(found)}
    assert "unk:european" not in ids and "unk:democratic" not in ids


# -- across documents ----------------------------------------------------------------------


def test_actor_identity_short_forms_join_across_documents(extractor: Extractor) -> None:
    first = _extract(extractor, "Georgian Prime Minister Irakli Kobakhidze accused the European Union.", "a")
    second = _extract(extractor, "Kobakhidze criticised Brussels on Friday.", "b")
    relations: list[Relation] = [*first.relations, *second.relations]
    assert {r.source.id for r in relations} == {"unk:irakli-kobakhidze", "unk:kobakhidze"}
    graph = build_graph(relations, [*first.mentions, *second.mentions])
    assert "unk:kobakhidze" not in graph
    node = graph.nodes["unk:irakli-kobakhidze"]
    reason = "'Kobakhidze' is the last name of 'Irakli Kobakhidze', the only person of the graph it fits"
    assert node["merged_from"] == [{"id": "unk:kobakhidze", "label": "Kobakhidze", "reason": reason}]
    assert node["mentions"] == 2
    assert graph.out_degree("unk:irakli-kobakhidze") >= 2
    kg = KnowledgeGraph(graph)
    assert kg.resolve("unk:kobakhidze") == kg.resolve("Kobakhidze") == "unk:irakli-kobakhidze"
    assert "unk:kobakhidze" in build_graph(relations, merge=False)


def test_actor_identity_no_join_with_a_rival() -> None:
    graph = nx.MultiDiGraph()
    for node, label in [
        ("unk:kim", "Kim"),
        ("unk:kim-yo-jong", "Kim Yo Jong"),
        ("kim-jong-un", "Kim Jong Un"),
        ("unk:lee", "Lee"),
        ("unk:jae-myung-lee", "Jae-myung Lee"),
    ]:
        graph.add_node(node, label=label, type="person", mentions=1)
    graph.add_node("unk:park", label="Park", type="organisation")
    graph.add_node("unk:park-geun-hye", label="Park Geun-hye", type="person")
    assert merge_short_forms(graph) == {"unk:lee": "unk:jae-myung-lee"}
    assert "unk:kim" in graph and "unk:park" in graph  # a rival; an organisation is no short form


def test_actor_identity_one_sentence_is_one_piece_of_evidence(extractor: Extractor) -> None:
    found = _extract(extractor, "Iran supplied Russia with drones.")
    (relation,) = [r for r in found.relations if (r.source.id, r.target.id) == ("IRN", "RUS")]
    again = relation.model_copy(update={"confidence": relation.confidence / 2, "trigger": None})
    graph = build_graph([relation, again])
    edge = graph.edges["IRN", "RUS", relation.relation]
    assert edge["count"] == 1 and edge["evidence"][0]["confidence"] == relation.confidence


def test_actor_identity_a_catalogue_surname_follows_the_person_of_the_document(extractor: Extractor) -> None:
    """ "Johnson" is Boris Johnson's in the catalogue; after "Mike Johnson" it is Mike Johnson."""
    found = _extract(
        extractor,
        "House Speaker Mike Johnson met Volodymyr Zelensky in Washington. Johnson praised Ukraine. "
        "Later Johnson criticised Russia.",
    )
    johnsons = {ident for text, ident in _mentions(found) if "Johnson" in text}
    assert johnsons == {"unk:mike-johnson"}
    boris = _extract(extractor, "Boris Johnson met Volodymyr Zelensky in Kyiv. Johnson praised Ukraine.")
    assert {ident for text, ident in _mentions(boris) if "Johnson" in text} == {"boris-johnson"}
    alone = _extract(extractor, "Johnson praised Ukraine on Monday.")
    assert ("Johnson", "boris-johnson") in _mentions(alone)


def test_actor_identity_middle_names_and_initials_keep_the_catalogue_person(extractor: Extractor) -> None:
    found = _extract(
        extractor,
        "Vladimir Vladimirovich Putin met Donald J. Trump in Alaska. Putin praised the United States.",
    )
    ids = {ident for text, ident in _mentions(found) if "Putin" in text or "Trump" in text}
    assert ids == {"vladimir-putin", "donald-trump"}
    melania = _extract(extractor, "Melania Trump met Olena Zelenska in Kyiv. Trump praised Ukraine.")
    assert {ident for text, ident in _mentions(melania) if "Trump" in text} == {"unk:melania-trump"}


def test_actor_identity_a_middle_name_keeps_the_catalogue_person(extractor: Extractor) -> None:
    found = _extract(extractor, "President Omar Hassan al-Bashir met Egyptian officials in Khartoum.")
    named = {ident for _, ident in _mentions(found)}
    assert not any(ident.startswith("unk:") for ident in named), named
