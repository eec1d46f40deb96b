"""Actor resolution in text with the real pipeline: names, metonyms, agents, roles, coreference."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from graphkit.actors import Catalogue
from graphkit.actors.coref import resolve_pronouns
from graphkit.actors.kinds import kind_of
from graphkit.actors.matcher import DATE_KEY, SPANS_KEY, ActorMatcher, doc_actors
from graphkit.actors.unknown import is_named_actor
from graphkit.extract import Extractor
from graphkit.models import Document


@pytest.fixture(scope="module")
def matcher(extractor: Extractor) -> ActorMatcher:
    return extractor.matcher


def found(
    nlp: Language, matcher: ActorMatcher, text: str, day: str | None = None
) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    doc.user_data[DATE_KEY] = day
    matcher(doc)
    resolve_pronouns(doc, matcher.catalogue)
    return [(s.text, s.label_, kind_of(s)) for s in doc.spans[SPANS_KEY]]


def ids(nlp: Language, matcher: ActorMatcher, text: str, day: str | None = None) -> list[str]:
    return [actor for _, actor, _ in found(nlp, matcher, text, day)]


def test_matcher_names_aliases_and_surnames(nlp: Language, matcher: ActorMatcher) -> None:
    assert ids(nlp, matcher, "Vladimir Putin met Mr Trump. Putin smiled.") == [
        "vladimir-putin",
        "donald-trump",
        "vladimir-putin",
    ]


def test_matcher_demonyms_and_metonyms(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Iranian officials flew to Moscow while the Kremlin and the White House traded barbs."
    assert ids(nlp, matcher, text) == ["IRNGOV", "RUS", "RUS", "USA"]


def test_matcher_acronym_needs_capitals(nlp: Language, matcher: ActorMatcher) -> None:
    assert ids(nlp, matcher, "Tell us what the US wants.") == ["USA"]


def test_matcher_agent_phrases(nlp: Language, matcher: ActorMatcher) -> None:
    result = found(nlp, matcher, "Russian troops clashed with Syrian rebels near the border.")
    assert [(text, actor) for text, actor, _ in result] == [
        ("Russian troops", "RUSMIL"),
        ("Syrian rebels", "SYRREB"),
    ]


def test_matcher_sector_word_as_modifier_is_not_an_agent(nlp: Language, matcher: ActorMatcher) -> None:
    assert ids(nlp, matcher, "Iran's civilian nuclear program grew.") == ["IRN"]


def test_matcher_role_by_date(nlp: Language, matcher: ActorMatcher) -> None:
    text = "The Ukrainian President spoke on Monday."
    assert "volodymyr-zelensky" in ids(nlp, matcher, text, "2025-03-01")
    assert "petro-poroshenko" in ids(nlp, matcher, text, "2016-05-01")


def test_matcher_person_code_by_date(catalogue: Catalogue) -> None:
    trump = catalogue.get("donald-trump")
    assert trump is not None
    assert trump.code_on(dt.date(2025, 6, 1)) == "USAGOV"
    assert trump.code_on(dt.date(2022, 6, 1)) != "USAGOV"


def test_matcher_pronoun_to_right_antecedent(nlp: Language, matcher: ActorMatcher) -> None:
    result = found(nlp, matcher, "Erdogan arrived in Ankara. He criticised Greece.")
    assert ("He", "recep-tayyip-erdogan", "pronoun") in result


def test_matcher_pronoun_not_linked_when_ambiguous(nlp: Language, matcher: ActorMatcher) -> None:
    result = found(nlp, matcher, "Reporters saw Macron with Scholz. He was angry.")
    assert not [r for r in result if r[2] == "pronoun"]


def test_matcher_pronoun_blocked_by_quoted_expert(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Putin spoke, historian John Doe said. He added that more talks were needed."
    assert not [r for r in found(nlp, matcher, text) if r[0] == "He"]


def test_matcher_two_nations(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Egypt hosted Qatar, praising the ties between the two nations."
    pair = {actor for text_, actor, kind in found(nlp, matcher, text) if kind == "pair"}
    assert pair == {"EGY", "QAT"}


def test_matcher_two_nations_are_parties_not_places(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Egypt hosted Qatar to discuss the war in Sudan and the Oslo accords. Both countries agreed."
    pair = {actor for text_, actor, kind in found(nlp, matcher, text) if kind == "pair"}
    assert pair == {"EGY", "QAT"}


def test_matcher_quoted_analyst_is_not_an_actor(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Iran is worried, political analyst Maria Gonzalez told The Guardian. Ms Gonzalez added more."
    assert ids(nlp, matcher, text) == ["IRN"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("A Russian court jailed US journalist Evan Marlow for 16 years.", "Evan Marlow"),
        ("Iran detained French researcher Odile Ferrand in Tehran.", "Odile Ferrand"),
        ("Columnist Farid Haddad was arrested in Algiers on Monday.", "Farid Haddad"),
    ],
)
def test_matcher_a_source_described_as_such_is_a_party_when_acted_on(
    nlp: Language, matcher: ActorMatcher, text: str, person: str
) -> None:
    """Journalists and analysts are sources of claims, not parties, unless a verb acts on them."""
    assert person in {text_ for text_, _, _ in found(nlp, matcher, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The State Department approved the sale of fighter jets to Turkey.",
        "A State Department spokesman criticised the arrests in Caracas.",
        "Iran rejected the annual human rights report of the State Department.",
    ],
)
def test_matcher_the_state_department_is_the_us_government(
    nlp: Language, matcher: ActorMatcher, text: str
) -> None:
    assert "department-of-state" in {actor for _, actor, _ in found(nlp, matcher, text)}


def test_matcher_unknown_name_not_guessed(nlp: Language, matcher: ActorMatcher) -> None:
    doc = nlp("General Tarek Velazco-Quispe met Putin.")
    matcher(doc)
    actors = doc_actors(doc)
    names = {s.text: s.label_ for s in doc.spans[SPANS_KEY]}
    unknown = [actor for key, actor in actors.items() if key.startswith("unk:")]
    assert names.get("Putin") == "vladimir-putin"
    # the rank gives a sector (a general: MIL), no country and no one the catalogue knows
    assert unknown and all(a.code == "MIL" and a.country is None and a.type == "person" for a in unknown)
    assert all(
        not label.startswith(("vladimir", "donald")) for text, label in names.items() if text != "Putin"
    )


def test_matcher_newspaper_is_not_an_actor(nlp: Language, matcher: ActorMatcher) -> None:
    assert ids(nlp, matcher, "Israel attacked Gaza, according to the Jerusalem Post.")[:1] == ["ISR"]
    assert all(not a.startswith("unk:") for a in ids(nlp, matcher, "Syria fell, the Daily Planet reported."))


def test_glosses_in_another_script_are_no_actors(extractor: Extractor) -> None:
    text = "Abu Hamza (Arabic: أبو حمزة) was a militant. He fought in Iraq."
    mentions = extractor.extract(Document(id="g", text=text)).mentions
    assert not any(m.text in {"Arabic", "أبو حمزة"} for m in mentions)


def test_matcher_compiles_aliases_as_documents_need_them_with_the_same_matches(
    nlp: Language, catalogue: Catalogue
) -> None:
    texts = [
        "Al-Qaeda and the U.S. clashed near the Kremlin, Moscow said.",
        "The Islamic Republic of Iran and the Democratic People's Republic of Korea met in Pyongyang.",
        "'Abd al-Aziz met the Prime Minister of Pakistan in Islamabad; pro-Iran militias protested.",
    ]
    warm = ActorMatcher(nlp, catalogue)
    for text in reversed(texts):
        warm(nlp.make_doc(text))  # the other texts compile their aliases first
    for text in texts:
        fresh = ActorMatcher(nlp, catalogue)
        waiting = len(fresh._waiting)
        alone, after_others = fresh(nlp.make_doc(text)), warm(nlp.make_doc(text))
        got = [(s.text, s.label_) for s in alone.spans[SPANS_KEY]]
        assert got and len(fresh._waiting) < waiting  # only this document's first words were compiled
        assert got == [(s.text, s.label_) for s in after_others.spans[SPANS_KEY]]


def test_a_sentence_s_capitalised_first_adjective_is_no_name() -> None:
    """NER may take the capitalised adjective that opens a sentence for a person ("Humanitarian aid
    was delivered …"); a one-word adjective at a sentence's start is no actor of its own."""
    words = ["Humanitarian", "aid", "reached", "Gaza", "and", "Salim", "welcomed", "it"]
    starts: list[bool | int | None] = [True, False, False, False, False, False, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["ADJ", "NOUN", "VERB", "PROPN", "CCONJ", "PROPN",
              "VERB", "PRON"], sent_starts=starts)  # fmt: skip
    doc.ents = [Span(doc, 0, 1, label="PERSON"), Span(doc, 5, 6, label="PERSON")]
    assert [is_named_actor(ent) for ent in doc.ents] == [False, True]


@pytest.mark.parametrize(
    "text",
    [
        "Humanitarian aid was delivered to Gaza by Jordan and Egypt.",
        "Humanitarian convoys reached Khartoum after the RSF withdrew.",
    ],
)
def test_an_opening_adjective_makes_no_mention(extractor: Extractor, text: str) -> None:
    mentions = extractor.extract(Document(id="t", text=text)).mentions
    assert "Humanitarian" not in {m.text for m in mentions}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Amnesty accused the army of torture.", [("Amnesty", "amnesty-international")]),
        ("HRW said police beat protesters.", [("HRW", "human-rights-watch")]),
        # the common noun is no one
        ("The government declared an amnesty for rebels.", []),
        ("Prosecutors said hrw was a typo.", []),
    ],
)
def test_ngos_by_their_short_names(
    nlp: Language, matcher: ActorMatcher, text: str, named: list[tuple[str, str]]
) -> None:
    got = [(t, actor) for t, actor, _ in found(nlp, matcher, text) if t.lower() in {"amnesty", "hrw"}]
    assert got == named


def test_a_lower_case_entity_is_no_name() -> None:
    """NER may take a common noun for an organisation ("an *air* strike", "the *navy* said"); a name
    has a capital somewhere ("al-Shabaab" too)."""
    words = ["forces", "carried", "out", "an", "air", "strike", "with", "al-Shabaab", "help", "of", "Salim"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    doc.ents = [Span(doc, 4, 5, label="ORG"), Span(doc, 7, 8, label="ORG"), Span(doc, 10, 11, label="PERSON")]
    assert [is_named_actor(ent) for ent in doc.ents] == [False, True, True]


def test_an_entity_ner_gives_in_lower_case_makes_no_mention(extractor: Extractor) -> None:
    text = "Israeli forces carried out an air strike on a house in Khan Younis, killing 4 Palestinians."
    mentions = extractor.extract(Document(id="t", text=text)).mentions
    assert all(any(ch.isupper() for ch in m.text) for m in mentions), mentions
    assert {r.source.code for r in extractor.extract(Document(id="t", text=text)).relations} == {"ISRMIL"}


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian National Defense Forces clashed with Fano militia.",
        "The Ethiopian National Defence Force clashed with Fano militia.",
    ],
)
def test_a_force_named_in_the_plural_or_singular(nlp: Language, matcher: ActorMatcher, text: str) -> None:
    assert ids(nlp, matcher, text)[0] == "endf"
