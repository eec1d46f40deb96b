"""Agents and groups as actors (issue 17, item 1): sectors of states and organisations, coordinated
demonyms, bodies "of"/"in" a state, a state's people, unidentified armed groups, places, abbreviations.

Each mechanism is tested on sentences from several contexts; the ``Doc``s built by hand carry
their own parse, so those tests do not depend on the statistical parser.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.actors import Catalogue
from graphkit.actors.agents import AgentWords, agent_actor, initials_fit, is_place
from graphkit.actors.catalogue import Agent, packaged_data
from graphkit.actors.coref import resolve_pronouns
from graphkit.actors.domestic import assign_domestic
from graphkit.actors.kinds import actor_span, kind_of
from graphkit.actors.matcher import ACTORS_KEY, SPANS_KEY, ActorMatcher, doc_actors
from graphkit.extraction import Extractor
from graphkit.graph import build_graph
from graphkit.models import GENERIC_PREFIX, MENTION_KINDS, Actor, Document, Mention, Relation
from graphkit.models import Span as TextSpan

Found = list[tuple[str, str, str]]


@pytest.fixture(scope="module")
def matcher(nlp: Language) -> ActorMatcher:
    return ActorMatcher(nlp, Catalogue.load())


def parsed(nlp: Language, matcher: ActorMatcher, text: str) -> Found:
    """Mentions found by the real pipeline: (text, actor id, kind)."""
    doc = matcher(nlp(text))
    return [(s.text, s.label_, kind_of(s)) for s in doc.spans[SPANS_KEY]]


def by_hand(
    matcher: ActorMatcher, rows: list[tuple[str, int, str, str, str, str]], ents: list[str] | None = None
) -> Doc:
    """A parsed Doc from rows of (word, head, dep, pos, tag, lemma), with entity tags in IOB form
    when given, run through the matcher."""
    doc = Doc(
        matcher.vocab,
        words=[row[0] for row in rows],
        heads=[row[1] for row in rows],
        deps=[row[2] for row in rows],
        pos=[row[3] for row in rows],
        tags=[row[4] for row in rows],
        lemmas=[row[5] for row in rows],
        ents=ents,
    )
    return matcher(doc)


def mentions(doc: Doc) -> Found:
    return [(s.text, s.label_, kind_of(s)) for s in doc.spans[SPANS_KEY]]


def domestic_codes(nlp: Language, matcher: ActorMatcher, text: str) -> dict[str, str]:
    """Each mention's text and the code of its actor, once generic agents have their country."""
    doc = matcher(nlp(text))
    assign_domestic(doc, matcher.catalogue.get, matcher.words)
    actors = doc_actors(doc)
    return {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}


# --- nationality + agent, every sector of the agents file -------------------------------------


def test_agents_sector_of_a_state_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("A", 2, "det", "DET", "DT", "a"),
            ("Tunisian", 2, "amod", "ADJ", "JJ", "tunisian"),
            ("court", 3, "nsubj", "NOUN", "NN", "court"),
            ("jailed", 3, "ROOT", "VERB", "VBD", "jail"),
            ("an", 6, "det", "DET", "DT", "an"),
            ("Algerian", 6, "amod", "ADJ", "JJ", "algerian"),
            ("student", 3, "dobj", "NOUN", "NN", "student"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [("Tunisian court", "TUNJUD", "agent"), ("Algerian student", "DZAEDU", "agent")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Haitian gang members attacked a police station.", ("Haitian gang members", "HTICRM")),
        (
            "Mexican cartel leaders ordered the killings, prosecutors said.",
            ("Mexican cartel leaders", "MEXCRM"),
        ),
        ("Sudanese militia commanders met in Khartoum.", ("Sudanese militia commanders", "SDNUAF")),
    ],
)
def test_agents_an_office_head_takes_the_sector_of_the_agent_before_it(
    nlp: Language, matcher: ActorMatcher, text: str, mention: tuple[str, str]
) -> None:
    """ "gang members": "members" is no agent word; the agent word that modifies it gives the sector."""
    assert mention in [(t, label) for t, label, _ in mentions(matcher(nlp(text)))]


def test_agents_office_head_after_an_agent_word_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Haitian", 2, "amod", "ADJ", "JJ", "haitian"),
            ("gang", 2, "compound", "NOUN", "NN", "gang"),
            ("members", 3, "nsubj", "NOUN", "NNS", "member"),
            ("fled", 3, "ROOT", "VERB", "VBD", "flee"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [("Haitian gang members", "HTICRM", "agent")]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Indian navy sailors rescued 12 Iranian fishermen.", ("Indian navy sailors", "INDMIL")),
        ("Kenyan police recruits were trained by British instructors.", ("Kenyan police recruits", "KENCOP")),
        ("Egyptian army engineers destroyed smuggling tunnels.", ("Egyptian army engineers", "EGYMIL")),
        ("Two Russian embassy staffers were expelled from Oslo.", ("Russian embassy staffers", "RUSGOV")),
    ],
)
def test_agents_the_members_of_a_body_take_its_sector(
    nlp: Language, matcher: ActorMatcher, text: str, mention: tuple[str, str]
) -> None:
    """ "navy sailors", "police recruits": the body's members and staff are the body, as its officers are."""
    assert mention in [(t, label) for t, label, _ in mentions(matcher(nlp(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The African Union envoy met rebel negotiators in Addis Ababa.", {"rebel negotiators": "REB"}),
        ("The envoy met rebel leaders in Addis Ababa.", {"rebel leaders in Addis Ababa": "ETHREB"}),
        ("The mediator met opposition negotiators in Caracas.", {"opposition negotiators": "VENOPP"}),
        ("A Turkish military team inspected the base in Libya.", {"Turkish military team": "TURMIL"}),
        ("The Kenyan-led police mission arrived in Haiti.", {"Kenyan-led police mission": "KENCOP"}),
        ("The Rwandan-led force attacked rebel positions.", {"Rwandan-led force": "RWAMIL"}),
    ],
)
def test_agents_those_a_body_sends_take_its_sector(
    nlp: Language, matcher: ActorMatcher, text: str, expected: dict[str, str]
) -> None:
    """ "rebel negotiators", "a military team": whom a body sends are its own; negotiators in a
    capital are visitors there, as envoys are, and take no sector from the city."""
    codes = domestic_codes(nlp, matcher, text)
    assert {t: codes.get(t) for t in expected} == expected, codes


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("A Qatari delegation led by Mohammed Al-Khulaifi held talks with Hamas.",
         "Mohammed Al-Khulaifi", "QATGOV"),
        ("An Egyptian security delegation led by Hassan Mahmoud Rashad arrived in Gaza.",
         "Hassan Mahmoud Rashad", "EGYGOV"),
        ("A Turkish military team led by Ahmet Yilmaz inspected the base.", "Ahmet Yilmaz", "TURMIL"),
    ],
)  # fmt: skip
def test_agents_a_name_leading_a_known_body_speaks_for_it(
    nlp: Language, matcher: ActorMatcher, text: str, name: str, code: str
) -> None:
    """A name the catalogue lacks, at the head of a body it knows, takes the body's code."""
    assert domestic_codes(nlp, matcher, text).get(name) == code


def test_agents_a_name_leading_a_known_body_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("A", 2, "det", "DET", "DT", "a"),
            ("Qatari", 2, "amod", "ADJ", "JJ", "qatari"),
            ("delegation", 7, "nsubj", "NOUN", "NN", "delegation"),
            ("led", 2, "acl", "VERB", "VBN", "lead"),
            ("by", 3, "agent", "ADP", "IN", "by"),
            ("Ali", 6, "compound", "PROPN", "NNP", "Ali"),
            ("Kaabi", 4, "pobj", "PROPN", "NNP", "Kaabi"),
            ("arrived", 7, "ROOT", "VERB", "VBD", "arrive"),
            (".", 7, "punct", "PUNCT", ".", "."),
        ],
        ents=["O", "B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"],
    )
    codes = {t: doc_actors(doc)[label].code for t, label, _ in mentions(doc)}
    assert codes == {"Qatari delegation": "QATGOV", "Ali Kaabi": "QATGOV"}, codes


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Ottawa froze the assets of Russian oligarchs close to the Kremlin.",
            ("Russian oligarchs", "RUSBUS"),
        ),
        ("Britain sanctioned three Russian billionaires.", ("Russian billionaires", "RUSBUS")),
        ("A Chinese property magnate was detained in Shanghai.", ("Chinese property magnate", "CHNBUS")),
    ],
)
def test_agents_the_very_rich_are_business(
    nlp: Language, matcher: ActorMatcher, text: str, mention: tuple[str, str]
) -> None:
    assert mention in [(t, label) for t, label, _ in mentions(matcher(nlp(text)))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Foreign Ministry in Ankara summoned the Swedish ambassador.",
         {"The Foreign Ministry in Ankara": "TURGOV"}),
        ("Officials at the Interior Ministry in Baghdad denied the report.",
         {"the Interior Ministry in Baghdad": "IRQGOV"}),
        ("The ambassador, who was summoned by the Foreign Ministry in Ankara, left on Monday.",
         {"The ambassador": "GOV"}),
        ("Chad summoned the envoy to protest the raid.", {"the envoy": "GOV"}),
    ],
)  # fmt: skip
def test_agents_a_named_ministry_in_a_capital_and_an_envoy_there(
    nlp: Language, matcher: ActorMatcher, text: str, expected: dict[str, str]
) -> None:
    """ "the *Foreign* Ministry in Ankara": a word of the name is no "foreign" that unlocates it; an
    envoy the sentence places or acts on is not of that place or that state."""
    codes = domestic_codes(nlp, matcher, text)
    assert {t: codes.get(t) for t in expected} == expected, codes


def test_agents_a_named_ministry_in_a_capital_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("the", 2, "det", "DET", "DT", "the"),
            ("Foreign", 2, "compound", "PROPN", "NNP", "Foreign"),
            ("Ministry", 5, "nsubj", "PROPN", "NNP", "Ministry"),
            ("in", 2, "prep", "ADP", "IN", "in"),
            ("Ankara", 3, "pobj", "PROPN", "NNP", "Ankara"),
            ("protested", 5, "ROOT", "VERB", "VBD", "protest"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ],
    )
    assert ("the Foreign Ministry in Ankara", "TURGOV", "agent") in mentions(doc)


def test_agents_members_of_a_body_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Sri", 1, "compound", "PROPN", "NNP", "Sri"),
            ("Lankan", 3, "compound", "PROPN", "NNP", "Lankan"),
            ("navy", 3, "compound", "NOUN", "NN", "navy"),
            ("sailors", 4, "nsubj", "NOUN", "NNS", "sailor"),
            ("arrested", 4, "ROOT", "VERB", "VBD", "arrest"),
            ("fishermen", 4, "dobj", "NOUN", "NNS", "fisherman"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ],
    )
    assert ("Sri Lankan navy sailors", "LKAMIL", "agent") in mentions(doc)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("China sanctioned three US defence firms over arms sales.", ("US defence firms", "USABUS")),
        ("Gunmen attacked Chinese contractors in Balochistan.", ("Chinese contractors", "CHNBUS")),
        ("A Turkish firm will build the railway, Ankara said.", ("Turkish firm", "TURBUS")),
    ],
)
def test_agents_firms_and_contractors_are_companies(
    nlp: Language, matcher: ActorMatcher, text: str, mention: tuple[str, str]
) -> None:
    assert mention in [(t, label) for t, label, _ in mentions(matcher(nlp(text)))]


def test_agents_modifier_between_state_and_agent_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Kenyan", 2, "amod", "ADJ", "JJ", "kenyan"),
            ("university", 2, "compound", "NOUN", "NN", "university"),
            ("students", 3, "nsubj", "NOUN", "NNS", "student"),
            ("clashed", 3, "ROOT", "VERB", "VBD", "clash"),
            ("with", 3, "prep", "ADP", "IN", "with"),
            ("Egyptian", 7, "amod", "ADJ", "JJ", "egyptian"),
            ("riot", 7, "compound", "NOUN", "NN", "riot"),
            ("police", 4, "pobj", "NOUN", "NNS", "police"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [
        ("Kenyan university students", "KENEDU", "agent"),
        ("Egyptian riot police", "EGYCOP", "agent"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Polish police detained dozens of protesters in Warsaw.", ("Polish police", "POLCOP")),
        ("Serbian workers went on strike over unpaid wages.", ("Serbian workers", "SRBLAB")),
        ("Belgrade expelled two Danish journalists on Friday.", ("Danish journalists", "DNKMED")),
        ("Palestinian prisoners rioted at a jail in the Negev.", ("Palestinian prisoners", "PSECVL")),
        ("Israeli tanks shelled the outskirts of Rafah.", ("Israeli tanks", "ISRMIL")),
        ("Liberian riot police used tear gas on the crowd.", ("Liberian riot police", "LBRCOP")),
        ("French farmers blocked roads near Lyon.", ("French farmers", "FRAAGR")),
        ("Israeli intelligence officials shared evidence.", ("Israeli intelligence officials", "ISRSPY")),
        ("Kenyan police officers fired on the crowd.", ("Kenyan police officers", "KENCOP")),
    ],
)
def test_agents_sector_of_a_state_on_the_parser(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "agent") in parsed(nlp, matcher, text)


def test_agents_a_body_before_an_act_of_force_strikes_by_hand(matcher: ActorMatcher) -> None:
    # "a Russian army offensive": the army is who strikes, as "Russian troops" would be
    doc = by_hand(
        matcher,
        [
            ("A", 3, "det", "DET", "DT", "a"),
            ("Russian", 2, "amod", "ADJ", "JJ", "russian"),
            ("army", 3, "compound", "NOUN", "NN", "army"),
            ("offensive", 4, "nsubj", "NOUN", "NN", "offensive"),
            ("began", 4, "ROOT", "VERB", "VBD", "begin"),
            (".", 4, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [("Russian army", "RUSMIL", "agent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Saudi-led coalition airstrike hit a market in Saada.", ("Saudi-led coalition", "SAUMIL")),
        ("A Nigerian air force strike killed villagers in Zamfara.", ("Nigerian air force", "NGAMIL")),
        ("A Malian army offensive pushed into Kidal.", ("Malian army", "MLIMIL")),
        ("A Colombian police raid freed two hostages.", ("Colombian police", "COLCOP")),
    ],
)
def test_agents_a_body_before_an_act_of_force_strikes(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "agent") in parsed(nlp, matcher, text)


def test_agents_modifier_word_is_not_an_owner(nlp: Language, matcher: ActorMatcher) -> None:
    assert [m[1] for m in parsed(nlp, matcher, "Iran's civilian nuclear program grew.")] == ["IRN"]
    # a stance's name owns nothing and is no actor of its phrase (test_agents_a_stance_names_no_owner)
    found = parsed(nlp, matcher, "A prominent anti-Syria journalist was killed in Beirut.")
    assert [code for _, code, _ in found if code.startswith("SYR")] == []


# --- coordinated demonyms sharing one agent word --------------------------------------------


def test_agents_coordinated_demonyms_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Senior", 4, "amod", "ADJ", "JJ", "senior"),
            ("Hungarian", 4, "amod", "ADJ", "JJ", "hungarian"),
            ("and", 1, "cc", "CCONJ", "CC", "and"),
            ("Romanian", 1, "conj", "ADJ", "JJ", "romanian"),
            ("officials", 5, "nsubj", "NOUN", "NNS", "official"),
            ("agreed", 5, "ROOT", "VERB", "VBD", "agree"),
            (".", 5, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [("Hungarian", "HUNGOV", "agent"), ("Romanian officials", "ROUGOV", "agent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US and British activists protested outside the embassy.", {"USAOPP", "GBROPP"}),
        ("Polish, Czech and Slovak workers went on strike.", {"POLLAB", "CZELAB", "SVKLAB"}),
        ("Senior Hungarian and Romanian officials agreed on Wednesday.", {"HUNGOV", "ROUGOV"}),
    ],
)
def test_agents_coordinated_demonyms_on_the_parser(
    nlp: Language, matcher: ActorMatcher, text: str, expected: set[str]
) -> None:
    assert expected <= {m[1] for m in parsed(nlp, matcher, text)}


def test_agents_comma_between_parties_is_no_coordination(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Rebels seized villages near the border with Bulgaria, Macedonian officials said."
    assert ("Bulgaria", "BGR", "name") in parsed(nlp, matcher, text)


# --- international organisations' agents ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of NATO troops withdrew on Monday.", ("NATO troops", "IGOWSTNATMIL")),
        ("U.N. peacekeepers patrolled the buffer zone.", ("U.N. peacekeepers", "IGOUNOMIL")),
        (
            "European Community foreign ministers agreed to provide aid.",
            ("European Community foreign ministers", "IGOEUREECGOV"),
        ),
    ],
)
def test_agents_of_an_organisation(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "agent") in parsed(nlp, matcher, text)


def test_agents_word_lists_name_their_source_and_date() -> None:
    header = (packaged_data() / "agent_words.yaml").read_text(encoding="utf-8").split("\n\n")[0]
    assert "Source:" in header and "PETRARCH" in header and "2026-" in header


def test_agents_organisation_actor_has_no_country() -> None:
    words = AgentWords.load()
    nato = Actor(id="nato", label="NATO", type="igo", code="IGOWSTNAT")
    troops = agent_actor(nato, Agent(code="MIL"), words)
    assert (troops.code, troops.country, troops.type) == ("IGOWSTNATMIL", None, "military")
    india = Actor(id="IND", label="India", type="state", code="IND", country="IND")
    assert agent_actor(india, Agent(code="IGO", prefix=True), words).code == "IGOIND"


# --- a body of, in, throughout, from a state -------------------------------------------------


def test_agents_body_in_a_city_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Officials", 3, "nsubj", "NOUN", "NNS", "official"),
            ("in", 0, "prep", "ADP", "IN", "in"),
            ("Baghdad", 1, "pobj", "PROPN", "NNP", "Baghdad"),
            ("condemned", 3, "ROOT", "VERB", "VBD", "condemn"),
            ("the", 5, "det", "DET", "DT", "the"),
            ("attack", 3, "dobj", "NOUN", "NN", "attack"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [("Officials in Baghdad", "IRQGOV", "agent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor of Nablus called for calm.", ("The mayor of Nablus", "PSEGOV")),
        (
            "Opposition groups in Zimbabwe demanded new elections.",
            ("Opposition groups in Zimbabwe", "ZWEOPP"),
        ),
        ("Students throughout Indonesia marched on Monday.", ("Students throughout Indonesia", "IDNEDU")),
        ("A court in Nairobi issued arrest warrants.", ("A court in Nairobi", "KENJUD")),
        ("Demonstrators in Baghdad blocked a road.", ("Demonstrators in Baghdad", "IRQOPP")),
    ],
)
def test_agents_body_of_a_place(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "agent") in parsed(nlp, matcher, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Refugees from Syria returned home on Monday.", ("Refugees from Syria", "SYRREF")),
        ("Troops from Chad arrived in northern Mali.", ("Troops from Chad", "TCDMIL")),
        ("The ambassador from Iran left Paris.", ("The ambassador from Iran", "IRNGOV")),
    ],
)
def test_agents_body_from_a_state(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "agent") in parsed(nlp, matcher, text)


def test_agents_coordinated_places_each_own_the_body(nlp: Language, matcher: ActorMatcher) -> None:
    found = parsed(nlp, matcher, "Activists from Britain and Germany staged a protest on Saturday.")
    assert {m[1] for m in found} == {"GBROPP", "DEUOPP"}


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        ("Protesters gathered outside the embassy in Berlin.", "DEUGOV"),
        ("There are 2,000 troops in Syria.", "SYRMIL"),
        ("The junta declared a state of siege in Haiti on Saturday.", "HTIGOV"),
        ("Kerry met international partners in Paris on Monday.", "FRAGOV"),
        ("The allies of Iran condemned the strike.", "IRNGOV"),
    ],
)
def test_agents_body_posted_abroad_is_not_the_places(
    nlp: Language, matcher: ActorMatcher, text: str, not_expected: str
) -> None:
    assert not_expected not in {m[1] for m in parsed(nlp, matcher, text)}


def test_agents_embassy_is_its_government(nlp: Language, matcher: ActorMatcher) -> None:
    found = parsed(nlp, matcher, "Activists staged a protest outside the Russian embassy in Berlin.")
    assert ("Russian embassy", "RUSGOV", "agent") in found
    assert ("Berlin", "DEU", "place") in found


# --- a state's people ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghanaians voted in large numbers.", ("Ghanaians", "GHAPPL")),
        ("Israeli soldiers arrested more than 100 Palestinians.", ("Palestinians", "PSEPPL")),
        ("Ethnic Albanians have sworn to fight.", ("Ethnic Albanians", "ALBPPL")),
        ("Ghanaian authorities deported 168 Liberians.", ("Liberians", "LBRPPL")),
        # nouns for a people named like the state, and those the catalogue lists with their plural
        ("Police in Athens detained three Greeks.", ("Greeks", "GRCPPL")),
        ("Croats and Bosniaks voted in the referendum.", ("Croats", "HRVPPL")),
        ("Two Uzbeks were among the dead.", ("Uzbeks", "UZBPPL")),
        ("Danes went to the polls on Tuesday.", ("Danes", "DNKPPL")),
        ("Gunmen kidnapped four Filipinos in Sulu.", ("Filipinos", "PHLPPL")),
    ],
)
def test_agents_people_of_a_state(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "agent") in parsed(nlp, matcher, text)


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        ("China warned the Philippines against provocations.", "Philippines", "PHL"),
        ("The Netherlands recalled its ambassador.", "The Netherlands", "NLD"),
        ("Cuba accused the Bahamas of mistreating migrants.", "Bahamas", "BHS"),
    ],
)
def test_agents_a_state_named_as_a_plural_is_the_state(
    nlp: Language, matcher: ActorMatcher, text: str, name: str, state: str
) -> None:
    assert [(t, label) for t, label, _ in parsed(nlp, matcher, text) if t == name] == [(name, state)]


def test_agents_singular_demonym_before_an_office_is_its_government(
    nlp: Language, matcher: ActorMatcher
) -> None:
    found = parsed(nlp, matcher, "The Ghanaian envoy left Accra.")
    assert ("Ghanaian envoy", "GHAGOV", "agent") in found
    assert ("Accra", "GHA", "name") in found


@pytest.mark.parametrize(
    ("text", "region", "state", "not_state"),
    [
        ("Troops were deployed to Upper Nile after the clashes.", "Upper Nile", "SSD", "EGY"),
        ("Police in Northern Ireland arrested two men.", "Northern Ireland", "GBR", "IRL"),
        ("Israeli settlers attacked Palestinians in East Jerusalem.", "East Jerusalem", "PSE", "ISR"),
    ],
    ids=["upper-nile", "northern-ireland", "east-jerusalem"],
)
def test_agents_a_region_named_with_a_qualifier_is_its_own_states(
    nlp: Language, matcher: ActorMatcher, text: str, region: str, state: str, not_state: str
) -> None:
    doc = matcher(nlp(text))
    actors = doc_actors(doc)
    codes = {s.text: actors[s.label_].code or "" for s in doc.spans[SPANS_KEY]}
    assert [code for text, code in codes.items() if region in text and code.startswith(state)], codes
    name = region.split()[-1]  # the catalogue's name inside the region's ("Nile", "Ireland")
    assert not [code for text, code in codes.items() if name in text and code.startswith(not_state)], codes


def test_agents_a_region_named_with_a_qualifier_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Clashes", 1, "nsubj", "NOUN", "NNS", "clash"),
        ("erupted", 1, "ROOT", "VERB", "VBD", "erupt"),
        ("in", 1, "prep", "ADP", "IN", "in"),
        ("Blue", 4, "compound", "PROPN", "NNP", "Blue"),
        ("Nile", 2, "pobj", "PROPN", "NNP", "Nile"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = by_hand(matcher, rows, ["O", "O", "O", "B-GPE", "I-GPE", "O"])
    actors = doc_actors(doc)
    assert {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]} == {"Blue Nile": "SDN"}


def test_agents_people_are_antecedents_only_as_subjects(nlp: Language, matcher: ActorMatcher) -> None:
    text = "The minister pledged to give all Iraqis new hope. They also agreed to work with partners."
    doc = resolve_pronouns(matcher(nlp(text)), matcher.catalogue)
    assert not [s for s in doc.spans[SPANS_KEY] if s.text == "They"]


def pronoun_codes(doc: Doc, word: str) -> set[str]:
    actors = doc_actors(doc)
    return {
        actors[s.label_].code or ""
        for s in doc.spans[SPANS_KEY]
        if s.text == word and kind_of(s) == "pronoun"
    }


@pytest.mark.parametrize(
    ("text", "subject", "meant"),
    [
        (
            "Around 200 protesters gathered outside the parliament in Nairobi; "
            "police fired tear gas to disperse them.",
            "COP",
            "OPP",
        ),
        ("Gunmen seized the school, and soldiers were sent to drive them out.", "MIL", "UAF"),
        ("Students occupied the campus until riot police arrived to remove them.", "COP", "EDU"),
    ],
)
def test_agents_object_pronoun_of_a_controlled_clause_is_not_its_controller(
    nlp: Language, matcher: ActorMatcher, text: str, subject: str, meant: str
) -> None:
    codes = pronoun_codes(resolve_pronouns(matcher(nlp(text)), matcher.catalogue), "them")
    assert any(code.endswith(meant) for code in codes)
    assert not any(code.endswith(subject) for code in codes)


def test_agents_controlled_clause_pronoun_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Protesters", 1, "nsubj", "NOUN", "NNS", "protester"),
        ("marched", 4, "ccomp", "VERB", "VBD", "march"),
        (";", 4, "punct", "PUNCT", ":", ";"),
        ("police", 4, "nsubj", "NOUN", "NNS", "police"),
        ("used", 4, "ROOT", "VERB", "VBD", "use"),
        ("batons", 4, "dobj", "NOUN", "NNS", "baton"),
        ("to", 7, "aux", "PART", "TO", "to"),
        ("scatter", 4, "advcl", "VERB", "VB", "scatter"),
        ("them", 7, "dobj", "PRON", "PRP", "they"),
        (".", 4, "punct", "PUNCT", ".", "."),
    ]
    doc = resolve_pronouns(by_hand(matcher, rows), matcher.catalogue)
    assert pronoun_codes(doc, "them") == {"OPP"}


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Washington welcomed Russia's decision to withdraw its troops from Georgia.", "RUS"),
        ("Damascus welcomed Saudi Arabia's decision to reopen its embassy.", "SAU"),
        ("Paris praised Ghana's commitment to protecting its journalists.", "GHA"),
    ],
    ids=["decision-russia", "decision-saudi", "commitment-ghana"],
)
def test_agents_its_in_a_clause_an_owner_controls_is_the_owners(
    nlp: Language, matcher: ActorMatcher, text: str, meant: str
) -> None:
    codes = pronoun_codes(resolve_pronouns(matcher(nlp(text)), matcher.catalogue), "its")
    assert codes == {meant}, codes


def test_agents_its_in_a_controlled_clause_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("welcomed", 1, "ROOT", "VERB", "VBD", "welcome"),
        ("Peru", 4, "poss", "PROPN", "NNP", "Peru"),
        ("'s", 2, "case", "PART", "POS", "'s"),
        ("decision", 1, "dobj", "NOUN", "NN", "decision"),
        ("to", 6, "aux", "PART", "TO", "to"),
        ("recall", 4, "acl", "VERB", "VB", "recall"),
        ("its", 8, "poss", "PRON", "PRP$", "its"),
        ("envoy", 6, "dobj", "NOUN", "NN", "envoy"),
    ]
    doc = resolve_pronouns(by_hand(matcher, rows, ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]),
                           matcher.catalogue)  # fmt: skip
    assert pronoun_codes(doc, "its") == {"PER"}


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "The summit stiffened the resolve of the international community in its determination "
            "to defeat ISIL.",
            "CVL",
        ),
        ("Sanctions were imposed on the regime and its backers.", "GOV"),
        ("The ruling angered the opposition in its campaign against the president.", "OPP"),
    ],
    ids=["community", "regime", "opposition"],
)
def test_agents_generic_actor_of_the_pronouns_own_sentence_is_its_antecedent(
    nlp: Language, matcher: ActorMatcher, text: str, meant: str
) -> None:
    codes = pronoun_codes(resolve_pronouns(matcher(nlp(text)), matcher.catalogue), "its")
    assert codes == {meant}, codes


def test_agents_generic_antecedent_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Donors", 1, "nsubj", "NOUN", "NNS", "donor"),
        ("praised", 1, "ROOT", "VERB", "VBD", "praise"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("junta", 1, "dobj", "NOUN", "NN", "junta"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("its", 6, "poss", "PRON", "PRP$", "its"),
        ("restraint", 4, "pobj", "NOUN", "NN", "restraint"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = resolve_pronouns(by_hand(matcher, rows), matcher.catalogue)
    assert pronoun_codes(doc, "its") == {"GOV"}


def test_agents_generic_actor_of_an_earlier_sentence_is_no_antecedent(
    nlp: Language, matcher: ActorMatcher
) -> None:
    text = "Aid reached the refugees last week. Its arrival was delayed by the rains."
    doc = resolve_pronouns(matcher(nlp(text)), matcher.catalogue)
    assert pronoun_codes(doc, "Its") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Senior Hungarian and Romanian officials agreed that their countries should cooperate.",
            {"HUN", "ROU"},
        ),
        ("Egypt and Qatar said their governments would meet next week.", {"EGY", "QAT"}),
    ],
)
def test_agents_their_countries_after_two_countries(
    nlp: Language, matcher: ActorMatcher, text: str, pair: set[str]
) -> None:
    doc = resolve_pronouns(matcher(nlp(text)), matcher.catalogue)
    assert {s.label_ for s in doc.spans[SPANS_KEY] if kind_of(s) == "pair"} == pair


def test_agents_their_countries_after_three_is_no_pair(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Officials from France, Germany and Italy said their countries would send aid."
    doc = resolve_pronouns(matcher(nlp(text)), matcher.catalogue)
    assert not [s for s in doc.spans[SPANS_KEY] if kind_of(s) == "pair"]


def test_agents_named_body_with_a_possessive(nlp: Language, matcher: ActorMatcher) -> None:
    text = "Boris Johnson welcomes the UN Board of Inquiry's summary of its investigation."
    assert "un" in {m[1] for m in parsed(nlp, matcher, text)}


# --- unidentified armed actors ---------------------------------------------------------------


def test_agents_unidentified_gunmen_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Gunmen", 1, "nsubj", "NOUN", "NNS", "gunman"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("two", 4, "nummod", "NUM", "CD", "two"),
            ("police", 4, "compound", "NOUN", "NN", "police"),
            ("officers", 1, "dobj", "NOUN", "NNS", "officer"),
            ("in", 1, "prep", "ADP", "IN", "in"),
            ("Kabul", 5, "pobj", "PROPN", "NNP", "Kabul"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
    )
    found = mentions(doc)
    assert ("Gunmen", "UAF", "agent") in found
    assert ("Kabul", "AFG", "place") in found
    assert doc_actors(doc)["UAF"].label == "unidentified armed group"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Armed men attacked a checkpoint in Sinai.", "Armed men"),
        ("A suicide bomber killed 12 people at a market in Baghdad.", "A suicide bomber"),
        ("Militants stormed a hotel in Mogadishu.", "Militants"),
        ("Unidentified assailants opened fire on a bus in Quetta.", "Unidentified assailants"),
    ],
)
def test_agents_unidentified_armed_actors(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str
) -> None:
    assert (phrase, "UAF", "agent") in parsed(nlp, matcher, text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Armed herders attacked farmers near the river.", "Armed herders"),
        ("Masked youths set fire to a police post overnight.", "Masked youths"),
        ("Armed bandits ambushed a convoy on the highway.", "Armed bandits"),
        ("Hooded raiders looted the warehouse before dawn.", "Hooded raiders"),
    ],
)
def test_agents_people_the_text_arms_are_unidentified_armed_actors(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str
) -> None:
    assert (phrase, "UAF", "agent") in parsed(nlp, matcher, text)


def test_agents_armed_people_by_hand(nlp: Language, matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Armed", 1, "amod", "ADJ", "JJ", "armed"),
            ("herders", 2, "nsubj", "NOUN", "NNS", "herder"),
            ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
            ("villagers", 2, "dobj", "NOUN", "NNS", "villager"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
    )
    assert ("Armed herders", "UAF", "agent") in mentions(doc)
    # the armed forces of a state are its military, not an armed group the text does not name
    forces = parsed(nlp, matcher, "The Chadian Armed Forces shelled the city.")
    assert ("Chadian Armed Forces", "TCDMIL", "agent") in forces


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "The Zambian National Defence Force carried out a drone strike.",
            "The Zambian National Defence Force",
            "ZMBMIL",
        ),
        ("The Malawi Defence Force deployed to the border.", "Malawi Defence Force", "MWIMIL"),
        ("The Nigerian Union of Teachers called a strike.", "The Nigerian Union of Teachers", "NGAEDU"),
    ],
)
def test_agents_named_body_takes_its_last_agent_phrase_in_either_spelling(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert (phrase, code, "agent") in parsed(nlp, matcher, text)


def test_agents_phrases_are_read_in_both_spellings() -> None:
    words = AgentWords.load()
    agents = words.agents({"defense forces": Agent(code="MIL"), "labour union": Agent(code="LAB")})
    assert agents[("defence", "forces")].code == "MIL"
    assert agents[("labor", "union")].code == "LAB"


@pytest.mark.parametrize(
    ("text", "phrase", "group"),
    [
        (
            "A suicide bomber from al-Shabaab killed nine soldiers.",
            "A suicide bomber from al-Shabaab",
            "al-shabaab",
        ),
        ("Gunmen from Boko Haram stormed a school.", "Gunmen from Boko Haram", "boko-haram"),
        (
            "An armed man from the Taliban opened fire on a checkpoint.",
            "An armed man from the Taliban",
            "taliban",
        ),
    ],
)
def test_agents_armed_people_from_a_named_group_are_the_group(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, group: str
) -> None:
    found = parsed(nlp, matcher, text)
    assert (phrase, group, "agent") in found
    assert "UAF" not in {m[1] for m in found}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Tanzanian police tortured opposition supporters.", "opposition supporters", "TZAOPP"),
        ("Police in Kampala arrested dozens of opposition members.", "opposition members", "UGAOPP"),
        ("Soldiers detained militia members near the border.", "militia members", "UAF"),
    ],
)
def test_agents_relational_heads_take_the_sector_of_their_modifier(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert (phrase, code) in domestic_codes(nlp, matcher, text).items()


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Teachers staged a protest outside the Ministry of Education in Accra.",
            "the Ministry of Education",
            "GHAGOV",
        ),
        ("Lawyers marched to the Constitutional Court in Kampala.", "the Constitutional Court", "UGAJUD"),
        ("Police in Caracas blocked a march to the National Assembly.", "the National Assembly", "VENLEG"),
    ],
)
def test_agents_a_body_named_by_its_own_name_takes_its_sector_and_country(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert (phrase, code) in domestic_codes(nlp, matcher, text).items()


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Myanmar aircraft bombed a village held by the Karen National Liberation Army.",
            "the Karen National Liberation Army",
        ),
        (
            "The Kuki National Army seized a police outpost in the west of the country.",
            "The Kuki National Army",
        ),
        ("Government troops clashed with the Chin National Army.", "the Chin National Army"),
    ],
)
def test_agents_an_army_named_by_a_name_the_catalogue_lacks_is_an_armed_group(
    nlp: Language, matcher: ActorMatcher, text: str, group: str
) -> None:
    # an armed opposition group (REB), not the army of a state (MIL) nor an actor of no kind
    assert domestic_codes(nlp, matcher, text)[group].endswith("REB")


def test_agents_an_armed_group_by_hand(matcher: ActorMatcher) -> None:
    words = ["Troops", "fought", "the", "Karenni", "Liberation", "Army", "."]
    doc = Doc(matcher.vocab, words=words, heads=[1, 1, 5, 5, 5, 1, 1],
              deps=["nsubj", "ROOT", "det", "compound", "compound", "dobj", "punct"],
              pos=["NOUN", "VERB", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"],
              lemmas=["troop", "fight", "the", "Karenni", "Liberation", "Army", "."],
              ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"])  # fmt: skip
    actors = doc_actors(matcher(doc))
    # the state's troops keep their own sector: only the organisation's name makes a rebel group
    assert {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]} == {
        "Troops": "MIL",
        "the Karenni Liberation Army": "REB",
    }


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Members of Hamas attacked an Israeli patrol near Gaza.", "Members of Hamas", "PSEREBHMS"),
        ("Members of the Taliban met Qatari officials in Doha.", "Members of the Taliban", "AFGREB"),
        (
            "Members of the Fano militia ambushed federal troops near Bahir Dar.",
            "Members of the Fano militia",
            "REB",
        ),
    ],
)
def test_agents_members_of_a_group_are_the_group(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    codes = domestic_codes(nlp, matcher, text)
    assert codes[phrase].endswith(code), codes
    assert "Members" not in codes  # no actor of no kind named "members" beside the group


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Fighters affiliated with Islamic State attacked a church in Mozambique.",
            "Fighters affiliated with Islamic State",
            "IMGMUSISI",
        ),
        (
            "Militiamen loyal to Hamas executed suspected collaborators in Gaza.",
            "Militiamen loyal to Hamas",
            "PSEREBHMS",
        ),
        (
            "Gunmen affiliated with Boko Haram abducted 20 girls in Borno.",
            "Gunmen affiliated with Boko Haram",
            "NGAREB",
        ),
    ],
)
def test_agents_a_body_that_belongs_to_a_group_is_the_group(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(phrase) == code


def test_agents_a_body_allied_with_a_group_is_its_own(nlp: Language, matcher: ActorMatcher) -> None:
    codes = domestic_codes(nlp, matcher, "Rebels allied with the M23 seized the town of Rubaya.")
    assert codes["Rebels"] == "REB"
    assert codes["M23"] == "CODREB"


def test_agents_members_of_a_group_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Members", 3, "nsubj", "NOUN", "NNS", "member"),
        ("of", 0, "prep", "ADP", "IN", "of"),
        ("Hamas", 1, "pobj", "PROPN", "NNP", "Hamas"),
        ("attacked", 3, "ROOT", "VERB", "VBD", "attack"),
        ("Israel", 3, "dobj", "PROPN", "NNP", "Israel"),
    ]
    found = mentions(by_hand(matcher, rows))
    hamas = matcher.catalogue.lookup("Hamas")[0].id
    # one mention for the members and their group, the group's own actor; the state stays a name
    assert found == [("Members of Hamas", hamas, "agent"), ("Israel", "ISR", "name")]


def test_agents_a_hyphenated_title_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("NATO", 3, "compound", "PROPN", "NNP", "NATO"),
        ("Secretary", 3, "compound", "PROPN", "NNP", "Secretary"),
        ("-", 3, "punct", "PUNCT", "HYPH", "-"),
        ("General", 4, "nsubj", "PROPN", "NNP", "General"),
        ("warned", 4, "ROOT", "VERB", "VBD", "warn"),
        ("Russia", 4, "dobj", "PROPN", "NNP", "Russia"),
    ]
    found = mentions(by_hand(matcher, rows))
    assert [text for text, _, _ in found] == ["NATO Secretary - General", "Russia"]  # a Doc of spaced words
    assert matcher.catalogue.get(found[0][1]) is None  # an agent of NATO, not NATO itself


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        pytest.param(
            "NATO Secretary-General Jens Hamberg warned Russia.",
            "Jens Hamberg",
            "IGOWSTNATGOV",
            id="hyphenated title",
        ),
        pytest.param(
            "Kenyan Vice-President Rigathi Kamau met Ugandan officials.",
            "Rigathi Kamau",
            "KENGOV",
            id="hyphenated title",
        ),
        pytest.param(
            "The WHO Director-General urged China to share data.",
            "WHO Director-General",
            "IGOUNOHLHWHOGOV",
            id="hyphenated title",
        ),
        pytest.param(
            "Colonel Moussa Diarra expelled the French ambassador.", "Moussa Diarra", "MIL", id="rank"
        ),
        pytest.param(
            "Senator Bob Menendez criticised Egypt over the arrests.", "Bob Menendez", "LEG", id="rank"
        ),
        pytest.param(
            "Judge Alejandro Rivera opened investigations against Chilean officials.",
            "Alejandro Rivera",
            "JUD",
            id="rank",
        ),
        pytest.param(
            "Inspectors visited Iran's Natanz site on Monday.", "Iran's Natanz", "IRN", id="group of a state"
        ),
        pytest.param(
            "The army fought Myanmar's Karenni Army in Kayah state.",
            "Myanmar's Karenni Army",
            "MMRREB",
            id="group of a state",
        ),
        pytest.param(
            "Police raided Kenya's Mungiki sect in Nairobi.", "Kenya's Mungiki", "KEN", id="group of a state"
        ),
        pytest.param(
            "The militia shelled residential areas of El Fasher on Friday.",
            "El Fasher",
            "SDN",
            id="city as a place",
        ),
        pytest.param("Gunmen killed a village chief in Kidal region.", "Kidal", "MLI", id="city as a place"),
        pytest.param(
            "Russian forces pulled out of Kherson in November.", "Kherson", "UKR", id="city as a place"
        ),
        pytest.param(
            "Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud in Nairobi "
            "on Monday.",
            "Hassan Sheikh Mohamud",
            "SOMGOV",
            id="guest of a host",
        ),
        pytest.param(
            "Putin hosted Burkinabe junta leader Amadou Sawadogo at the Kremlin.",
            "Amadou Sawadogo",
            "BFAGOV",
            id="guest of a host",
        ),
        pytest.param(
            "Kenyan President William Ruto hosted Sudanese General Yasir al-Atta in Nairobi.",
            "Yasir al-Atta",
            "SDNMIL",
            id="guest of a host",
        ),
        pytest.param(
            "Sudanese General Abdel Fattah al-Burhan met Egyptian officials in Cairo.",
            "Abdel Fattah al-Burhan",
            "SDNMIL",
            id="state before a rank",
        ),
        pytest.param(
            "Bolivian General Juan Jose Zuniga ordered troops to surround the presidential palace.",
            "Juan Jose Zuniga",
            "BOLMIL",
            id="state before a rank",
        ),
        pytest.param(
            "Nigerian Colonel Abubakar Sani led an assault on Boko Haram camps.",
            "Abubakar Sani",
            "NGAMIL",
            id="state before a rank",
        ),
        pytest.param(
            "Israeli Major General Yaron Finkelman visited troops in Gaza.",
            "Yaron Finkelman",
            "ISRMIL",
            id="state before a rank",
        ),
        pytest.param(
            "On 12 March, Wagner Group and FAMa forces killed 20 civilians in Moura.",
            "FAMa forces",
            "MLIMIL",
            id="forces conflict reports name",
        ),
        pytest.param(
            "The Tatmadaw bombed a village held by the Arakan Army.",
            "The Tatmadaw",
            "MMRMIL",
            id="forces conflict reports name",
        ),
        pytest.param(
            "The TNLA seized a town from the Myanmar military.",
            "TNLA",
            "MMRREB",
            id="forces conflict reports name",
        ),
        pytest.param(
            "Gunmen killed a village chief in Kidal region.",
            "a village chief",
            "MLIGOV",
            id="local office holder",
        ),
        pytest.param(
            "Police arrested the mayor of Istanbul.",
            "the mayor of Istanbul",
            "TURGOV",
            id="local office holder",
        ),
        pytest.param(
            "Rebels kidnapped the governor of the province.", "the governor", "GOV", id="local office holder"
        ),
        pytest.param(
            "Turkish police detained dozens of Kurdish politicians in Diyarbakir.",
            "Kurdish politicians",
            "TURKURPTY",
            id="local office holder",
        ),
        pytest.param(
            "The Minister held meetings with British businesses and students in Tashkent.",
            "British businesses",
            "GBRBUS",
            id="plural agent word",
        ),
        pytest.param(
            "Police detained members of two Kenyan opposition parties.",
            "members of two Kenyan opposition parties",
            "KENOPP",
            id="plural agent word",
        ),
        pytest.param(
            "Syrian authorities released the detainees.",
            "Syrian authorities",
            "SYRGOV",
            id="plural agent word",
        ),
        pytest.param(
            "The Kremlin accused the West of waging a hybrid war against Russia.",
            "the West",
            "WST",
            id="the West",
        ),
        pytest.param(
            "Western countries imposed sanctions on Belarus.", "Western countries", "WST", id="the West"
        ),
        pytest.param(
            "China warned the West against interfering in Hong Kong.", "the West", "WST", id="the West"
        ),
        pytest.param("The WTO ruled against the United States.", "The WTO", "IGOBUSWTO", id="organisations"),
        pytest.param("China condemned AUKUS as a threat.", "AUKUS", "IGOWSTAUK", id="organisations"),
        pytest.param("The EU and Mercosur signed a trade deal.", "Mercosur", "IGOSAMMSR", id="organisations"),
        pytest.param(
            "The Alliance of Sahel States accused ECOWAS of serving French interests.",
            "The Alliance of Sahel States",
            "IGOWAFAES",
            id="organisations",
        ),
        pytest.param("Mali said the AES would field a joint force.", "AES", "IGOWAFAES", id="organisations"),
        pytest.param(
            "The European Court of Justice ruled against Poland.",
            "European Court of Justice",
            "IGOEUREECJUD",
            id="European courts",
        ),
        pytest.param(
            "The ECHR ruled that Russia violated the rights of Chechens.",
            "ECHR",
            "IGOEURCOEJUD",
            id="European courts",
        ),
        pytest.param(
            "Unidentified armed men abducted a local councillor in Kidal.",
            "a local councillor",
            "MLIGOV",
            id="local office holder",
        ),
        pytest.param("Bandits abducted 30 villagers in Zamfara state.", "Bandits", "CRM", id="criminals"),
        pytest.param(
            "Somali pirates seized a Bangladeshi cargo ship.", "Somali pirates", "SOMCRM", id="criminals"
        ),
        pytest.param(
            "Bandits kidnapped 20 schoolchildren in Kaduna.",
            "20 schoolchildren",
            "NGACVL",
            id="schoolchildren",
        ),
    ],
)
def test_agents_the_code_a_phrase_gets(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    """Hyphenated titles ("Secretary-General"), ranks before a name the catalogue lacks, a group
    named with its state (the state's code first), a city wherever a place stands, the guest a
    verb "hosted" names, the state before a rank, forces conflict reports name by abbreviation,
    local office holders, plural agent words read singular."""
    assert domestic_codes(nlp, matcher, text)[phrase] == code


def test_agents_an_organisation_named_otherwise_stays_unknown(nlp: Language, matcher: ActorMatcher) -> None:
    text = "The Sahel Alliance for Peace said the Ministry of Health in Niamey had closed."
    codes = domestic_codes(nlp, matcher, text)
    assert codes["the Ministry of Health in Niamey"] == "NERGOV"
    assert codes["The Sahel Alliance for Peace"] == ""


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("UNRWA said Israeli strikes hit its school in Gaza.", "unrwa"),
        ("UNIFIL peacekeepers reported Hezbollah fire near Naqoura.", "unifil"),
        ("Al Shabaab fighters attacked SNA forces in Lower Shabelle.", "somali-national-army"),
        ("Fano militia clashed with the ENDF near Lalibela.", "endf"),
        ("The CSTO sent troops to Kazakhstan in January.", "csto"),
        ("The DRC accused Rwanda of backing the rebels.", "COD"),
        ("The AU suspended Niger after the coup.", "african-union"),
    ],
)
def test_agents_un_operations_and_state_forces_by_abbreviation(
    nlp: Language, matcher: ActorMatcher, text: str, actor: str
) -> None:
    assert actor in {m[1] for m in parsed(nlp, matcher, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The Eurasia Group praised India's budget.",
        "The Soufan Group criticised Iran's proxies.",
        "The Crisis Group accused Russia of arming the junta.",
    ],
)
def test_agents_a_named_group_is_no_generic_armed_group(
    nlp: Language, matcher: ActorMatcher, text: str
) -> None:
    found = parsed(nlp, matcher, text)
    assert {"IND", "IRN", "RUS"} & {m[1] for m in found}
    assert not [m for m in found if "Group" in m[0]]


def test_agents_an_unnamed_group_stays_generic(nlp: Language, matcher: ActorMatcher) -> None:
    assert ("The group", "grp:group", "generic") in parsed(nlp, matcher, "The group attacked Chad.")


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Mexican authorities extradited a cartel leader to the United States.", "a cartel leader", "CRM"),
        ("Haitian gangs attacked a police station in Port-au-Prince.", "Haitian gangs", "HTICRM"),
        ("Nicaragua stripped 94 opponents of their citizenship.", "94 opponents", "NICOPP"),
        ("Police in Minsk detained dozens of government critics.", "government critics", "BLROPP"),
    ],
)
def test_agents_criminals_and_opponents_are_actors(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert (phrase, code) in domestic_codes(nlp, matcher, text).items()


def test_agents_armed_group_with_an_owner_is_not_unidentified(nlp: Language, matcher: ActorMatcher) -> None:
    assert ("Palestinian militants", "PSEUAF", "agent") in parsed(
        nlp, matcher, "Palestinian militants fired rockets."
    )
    assert "UAF" not in {m[1] for m in parsed(nlp, matcher, "Hamas gunmen fired on the patrol.")}


def test_agents_demonstrative_armed_phrase_is_left_to_coreference(
    nlp: Language, matcher: ActorMatcher
) -> None:
    text = "Al-Shabaab claimed the attack in Mogadishu. These militants have killed hundreds."
    assert "UAF" not in {m[1] for m in parsed(nlp, matcher, text)}


def test_agents_unidentified_actor_is_kept_in_the_graph() -> None:
    words = AgentWords.load()
    assert not words.unidentified.id.startswith(GENERIC_PREFIX)
    gunmen = Mention.of(words.unidentified, 0, 6, "Gunmen")
    police = Mention(id="KENCOP", label="Kenya (police)", type="group", code="KENCOP", country="KEN",
                     start=20, end=26, text="police")  # fmt: skip
    relation = Relation(
        doc_id="d", sentence=TextSpan(start=0, end=27, text="Gunmen killed two police."), source=gunmen,
        target=police, relation="kill", cameo="180", quad_class=4, polarity="conflictual", intensity=-9.0,
        confidence=0.7,
    )  # fmt: skip
    assert "UAF" in build_graph([relation])


# --- places -----------------------------------------------------------------------------------


def test_agents_place_or_party_by_hand(matcher: ActorMatcher) -> None:
    protest = by_hand(
        matcher,
        [
            ("Students", 1, "nsubj", "NOUN", "NNS", "student"),
            ("protested", 1, "ROOT", "VERB", "VBD", "protest"),
            ("in", 1, "prep", "ADP", "IN", "in"),
            ("Beijing", 2, "pobj", "PROPN", "NNP", "Beijing"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
    )
    assert ("Beijing", "CHN", "place") in mentions(protest)
    condemned = by_hand(
        matcher,
        [
            ("Beijing", 1, "nsubj", "PROPN", "NNP", "Beijing"),
            ("condemned", 1, "ROOT", "VERB", "VBD", "condemn"),
            ("Tokyo", 1, "dobj", "PROPN", "NNP", "Tokyo"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(condemned) == [("Beijing", "CHN", "name"), ("Tokyo", "JPN", "name")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Hundreds of NATO troops withdrew from the Afghan province of Helmand.", ("Helmand", "AFG")),
        ("Thousands marched through the streets of Algiers.", ("Algiers", "DZA")),
        ("A car bomb exploded near a market in Kabul.", ("Kabul", "AFG")),
    ],
)
def test_agents_place_on_the_parser(
    nlp: Language, matcher: ActorMatcher, text: str, place: tuple[str, str]
) -> None:
    assert (*place, "place") in parsed(nlp, matcher, text)


def test_agents_village_is_a_place_not_an_agent(nlp: Language, matcher: ActorMatcher) -> None:
    found = parsed(nlp, matcher, "Masked men set fire to a house in the West Bank village of Duma.")
    assert ("West Bank", "PSE", "place") in found


def test_agents_recipient_is_no_place(nlp: Language, matcher: ActorMatcher) -> None:
    assert ("Brazil", "BRA", "name") in parsed(
        nlp, matcher, "Argentina has apologized to Brazil for the incident."
    )


def test_agents_place_kind_is_listed() -> None:
    assert {"place", "agent", "name", "generic"} <= set(MENTION_KINDS)
    assert is_place.__doc__


# --- abbreviations introduced in the text ----------------------------------------------------


def test_agents_abbreviation_of_an_unknown_name_by_hand(matcher: ActorMatcher) -> None:
    words = ["The", "Zaluvian", "Freedom", "Front", "(", "ZFF", ")", "attacked", "Kenya", "."]
    words += ["Later", "the", "ZFF", "withdrew", "."]
    ents = ["O", "B-ORG", "I-ORG", "I-ORG"] + ["O"] * (len(words) - 4)
    doc = Doc(matcher.vocab, words=words, ents=ents)
    matcher(doc)
    found = mentions(doc)
    assert ("Zaluvian Freedom Front", "unk:zaluvian-freedom-front", "unknown") in found
    assert [m for m in found if m[0] == "ZFF"][-1] == ("ZFF", "unk:zaluvian-freedom-front", "unknown")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Rapid Support Forces (RSF) shelled El Fasher. The RSF denied it.", "rapid-support-forces"),
        (
            "Bouteflika met the Islamic Salvation Front (FIS) on Monday. The FIS refused to disarm.",
            "islamic-salvation-front",
        ),
        ("The Nigerian Union of Teachers (NUT) called a strike. NUT leaders met the minister.", "NGAEDU"),
    ],
)
def test_agents_abbreviation_names_the_same_actor(
    nlp: Language, matcher: ActorMatcher, text: str, actor: str
) -> None:
    doc = matcher(nlp(text))
    last = [s for s in doc.spans[SPANS_KEY] if s.text.isupper()][-1]
    assert last.label_ == actor


def test_agents_initials() -> None:
    assert initials_fit("RSF", ["Rapid", "Support", "Forces"])
    assert initials_fit("DPRK", ["Democratic", "People", "'s", "Republic", "of", "Korea"])
    assert initials_fit("FLN", ["Front", "de", "Libération", "Nationale"])
    assert not initials_fit("FIS", ["Islamic", "Salvation", "Front"])


# --- a group and what its members are called ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "FARC rebels signed a peace accord in Havana.",
            ("FARC rebels", "revolutionary-armed-forces-of-colombia"),
        ),
        ("Hamas gunmen fired on an Israeli patrol.", ("Hamas gunmen", "hamas")),
        ("Taliban fighters seized the district centre.", ("Taliban fighters", "taliban")),
    ],
)
def test_agents_members_of_a_named_group(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert (*expected, "name") in parsed(nlp, matcher, text)


def test_agents_named_leader_of_a_group_stays_apart(nlp: Language, matcher: ActorMatcher) -> None:
    found = parsed(nlp, matcher, "Hamas leader Ismail Haniyeh met Qatari officials in Doha.")
    assert ("Hamas", "hamas", "name") in found


# --- a group named with its state -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt's Muslim Brotherhood called for protests.",
            ("Egypt's Muslim Brotherhood", "muslim-brotherhood"),
        ),
        (
            "Sudan's Rapid Support Forces seized the town.",
            ("Sudan's Rapid Support Forces", "rapid-support-forces"),
        ),
    ],
)
def test_agents_group_named_with_its_state(
    nlp: Language, matcher: ActorMatcher, text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(m[0], m[1]) for m in parsed(nlp, matcher, text)]


def test_agents_a_city_tagged_as_an_organisation_by_hand(matcher: ActorMatcher) -> None:
    def shelled(noun: str, lemma: str) -> Doc:
        return Doc(matcher.vocab, words=["Rebels", "shelled", noun, "of", "El", "Fasher"],
                   heads=[1, 1, 1, 2, 5, 3], deps=["nsubj", "ROOT", "dobj", "prep", "compound", "pobj"],
                   pos=["NOUN", "VERB", "NOUN", "ADP", "PROPN", "PROPN"],
                   lemmas=["rebel", "shell", lemma, "of", "El", "Fasher"],
                   ents=["O", "O", "O", "O", "B-ORG", "I-ORG"])  # fmt: skip

    areas, friends = shelled("areas", "area"), shelled("friends", "friend")
    named = [(text, label) for text, label, _ in mentions(matcher(areas))]
    assert ("El Fasher", "SDN") in named  # "areas of" a place: the city, for its state
    named = [(text, label) for text, label, _ in mentions(matcher(friends))]
    assert ("El Fasher", "unk:el-fasher") in named  # "friends of" an organisation: as the tagger says


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Ethiopian federal forces clashed with Tigrayan fighters near Mekelle.", "Tigrayan fighters", "UAF"),
        ("Tamil guerrillas attacked an army camp in Jaffna.", "Tamil guerrillas", "REB"),
        ("The government offered amnesty to communist guerrillas.", "communist guerrillas", "REB"),
    ],
)
def test_agents_armed_men_named_by_a_name_the_catalogue_lacks_are_one_armed_group(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    codes = domestic_codes(nlp, matcher, text)
    assert codes[phrase].endswith(code), codes
    assert phrase.split()[0] not in codes  # the name alone is no actor of no kind


def test_agents_armed_men_named_by_a_name_by_hand(matcher: ActorMatcher) -> None:
    def before(noun: str, lemma: str) -> Doc:
        return Doc(matcher.vocab, words=["Tamil", noun, "attacked", "Jaffna"], heads=[1, 2, 2, 2],
                   deps=["compound", "nsubj", "ROOT", "dobj"], pos=["PROPN", "NOUN", "VERB", "PROPN"],
                   lemmas=["Tamil", lemma, "attack", "Jaffna"],
                   ents=["B-PERSON", "O", "O", "B-GPE"])  # fmt: skip

    armed = [text for text, _, _ in mentions(matcher(before("guerrillas", "guerrilla")))]
    assert "Tamil guerrillas" in armed
    # a person's name before other people stays the person's ("Tamil aides"): not an armed group
    aides = [text for text, _, _ in mentions(matcher(before("aides", "aide")))]
    assert "Tamil aides" not in aides
    assert "Tamil" in aides


def test_agents_a_rank_inside_a_name_by_hand(matcher: ActorMatcher) -> None:
    doc = Doc(matcher.vocab, words=["Police", "arrested", "General", "Zuniga"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "compound", "dobj"], pos=["NOUN", "VERB", "PROPN", "PROPN"],
              lemmas=["police", "arrest", "General", "Zuniga"],
              ents=["O", "O", "B-ORG", "I-ORG"])  # fmt: skip
    actors = doc_actors(matcher(doc))
    assert {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]} == {
        "Police": "COP",
        "General Zuniga": "MIL",
    }
    # a rank alone is no name: "General" tagged by itself names no one
    alone = Doc(matcher.vocab, words=["Police", "arrested", "General"], heads=[1, 1, 1],
                deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "PROPN"],
                lemmas=["police", "arrest", "General"], ents=["O", "O", "B-ORG"])  # fmt: skip
    actors = doc_actors(matcher(alone))
    assert {s.text: actors[s.label_].code for s in alone.spans[SPANS_KEY]}.get("General") != "MIL"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Mozambican forces recaptured Mocimboa da Praia from the insurgents.", "Praia"),
        ("Smugglers moved cigarettes through Ciudad del Este.", "Este"),
        ("Fishermen from Ponta da Guinea protested against the port authority.", "Guinea"),
    ],
)
def test_agents_a_name_that_ends_a_longer_place_name_is_not_the_capital(
    nlp: Language, matcher: ActorMatcher, text: str, capital: str
) -> None:
    found = parsed(nlp, matcher, text)
    assert found  # the sentence's actors are found
    assert capital not in [m[0] for m in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("US and Philippine forces held drills near the South China Sea.", "China"),
        ("India deployed two warships to the Indian Ocean on Monday.", "Indian"),
        ("Tensions rose on the Korean Peninsula after the missile launch by Pyongyang.", "Korean"),
    ],
)
def test_agents_a_state_in_the_name_of_a_sea_is_not_mentioned(
    nlp: Language, matcher: ActorMatcher, text: str, word: str
) -> None:
    codes = domestic_codes(nlp, matcher, text)
    assert codes  # the sentence's actors are found
    assert not [phrase for phrase in codes if word in phrase.split()], codes


def test_agents_a_state_before_a_feature_word_by_hand(matcher: ActorMatcher) -> None:
    def named(feature: str) -> list[str]:
        doc = Doc(matcher.vocab, words=["Ships", "entered", "the", "South", "China", feature])
        return [text for text, _, _ in mentions(matcher(doc))]

    assert "China" not in named("Sea")
    assert "China" in named("again")  # a lower-case word after it ends no name


def test_agents_a_name_after_a_particle_by_hand(matcher: ActorMatcher) -> None:
    def town(first: str) -> list[str]:
        doc = Doc(matcher.vocab, words=["Troops", "entered", first, "da", "Praia"], heads=[1, 1, 4, 4, 1],
                  deps=["nsubj", "ROOT", "compound", "compound", "dobj"],
                  pos=["NOUN", "VERB", "PROPN", "ADP", "PROPN"])  # fmt: skip
        return [text for text, _, _ in mentions(matcher(doc))]

    assert "Praia" not in town("Mocimboa")  # a town's name ends with the capital's
    assert "Praia" in town("via")  # "via da Praia": a lower-case word names no town


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Human rights groups accused the army of torture.", "Human rights groups", "HRI"),
        ("Rights groups condemned the arrests in Minsk.", "Rights groups", "HRI"),
        ("Local aid groups delivered food to Gaza.", "Local aid groups", "NGODEV"),
    ],
)
def test_agents_a_group_of_a_kind_the_agents_dictionary_names(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    # "groups" alone are armed (UAF); "rights groups" and "aid groups" are phrases of the dictionary
    assert domestic_codes(nlp, matcher, text)[phrase].endswith(code)


def test_agents_a_group_of_a_kind_the_agents_dictionary_names_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Rights", 1, "compound", "NOUN", "NNS", "right"),
            ("groups", 2, "nsubj", "NOUN", "NNS", "group"),
            ("protested", 2, "ROOT", "VERB", "VBD", "protest"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [("Rights groups", "grp:rights-groups", "generic")]
    assert doc_actors(doc)["grp:rights-groups"].code == "HRI"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Exiled opposition groups are lobbying for intervention in Venezuela.",
            "Exiled opposition groups",
            "OPP",
        ),
        ("Rebel groups attacked army posts in Darfur.", "Rebel groups", "REB"),
        ("Armed groups attacked a village in Ituri.", "Armed groups", "UAF"),
    ],
)
def test_agents_a_group_is_of_the_kind_its_modifier_says(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text)[phrase].endswith(code)


def test_agents_a_group_of_a_kind_by_hand(matcher: ActorMatcher) -> None:
    def group_code(modifier: str) -> str:
        doc = by_hand(matcher, [
            (modifier, 1, "amod", "ADJ", "JJ", modifier.lower()),
            ("groups", 2, "nsubj", "NOUN", "NNS", "group"),
            ("protested", 2, "ROOT", "VERB", "VBD", "protest"),
        ])  # fmt: skip
        actors = doc_actors(doc)
        return next(actors[s.label_].code for s in doc.spans[SPANS_KEY] if s.text.endswith("groups"))

    # the modifier's own sector when it is an actor noun; the head's (an armed group) otherwise
    assert (group_code("Opposition"), group_code("Militant"), group_code("Local")) == ("OPP", "UAF", "UAF")


def test_agents_an_unknown_group_named_with_its_state_by_hand(matcher: ActorMatcher) -> None:
    doc = Doc(matcher.vocab, words=["Inspectors", "visited", "Iran", "'s", "Natanz", "plant"],
              heads=[1, 1, 5, 2, 5, 1], deps=["nsubj", "ROOT", "poss", "case", "compound", "dobj"],
              pos=["NOUN", "VERB", "PROPN", "PART", "PROPN", "NOUN"],
              lemmas=["inspector", "visit", "Iran", "'s", "Natanz", "plant"],
              ents=["O", "O", "B-GPE", "O", "B-ORG", "O"])  # fmt: skip
    actors = doc_actors(matcher(doc))
    found = {s.text: (actors[s.label_].code, actors[s.label_].country) for s in doc.spans[SPANS_KEY]}
    assert found["Iran 's Natanz"] == ("IRN", "IRN")
    assert "Iran" not in found  # the possessive is part of the group's mention


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Kenyan President William Ruto spoke with Ethiopian officials on Sunday.", "William Ruto", "KENGOV"),
        ("Nigerian Foreign Minister Yusuf Tuggar met French officials in Paris.", "Yusuf Tuggar", "NGAGOV"),
    ],
)
def test_agents_an_unknown_name_after_its_office_takes_the_office_code(
    extractor: Extractor, text: str, name: str, code: str
) -> None:
    mentions = extractor.extract(Document(id="t", text=text)).mentions
    assert (name, code) in {(m.text, m.code) for m in mentions}


# --- a government official is not owned by the country it acts on ------------------------------


def test_agents_an_official_acting_on_a_state_is_not_its_by_hand(matcher: ActorMatcher) -> None:
    visited = by_hand(matcher, [
        ("The", 1, "det", "DET", "DT", "the"), ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
        ("visited", 2, "ROOT", "VERB", "VBD", "visit"), ("Kenya", 2, "dobj", "PROPN", "NNP", "Kenya"),
    ])  # fmt: skip
    spoke = by_hand(matcher, [
        ("The", 1, "det", "DET", "DT", "the"), ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
        ("spoke", 2, "ROOT", "VERB", "VBD", "speak"), ("in", 2, "prep", "ADP", "IN", "in"),
        ("Kenya", 3, "pobj", "PROPN", "NNP", "Kenya"),
    ])  # fmt: skip
    for doc in (visited, spoke):
        assign_domestic(doc, matcher.catalogue.get, matcher.words)
    assert ("The minister", "KENGOV", "agent") in mentions(spoke)
    assert ("Kenya", "KEN", "name") in mentions(visited)
    assert ("The minister", "grp:minister", "generic") in mentions(visited)


def coded_mentions(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    """(text, actor code) of the mentions the extractor keeps."""
    return [(m.text, m.code) for m in extractor.extract(Document(id="t", text=text)).mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted 80 pupils from a school in Kaduna.",
        "Bandits kidnapped dozens of schoolgirls in Zamfara state.",
        "Police detained 30 pupils in Harare.",
    ],
)
def test_pupils_are_an_actor_of_education(extractor: Extractor, text: str) -> None:
    """The agents file codes pupils EDU, as students; schoolchildren stay civilians (CVL)."""
    assert any(str(code).endswith("EDU") for _, code in coded_mentions(extractor, text))


@pytest.mark.parametrize(
    ("text", "official", "state"),
    [
        ("The Foreign Secretary pressed Russia to withdraw its troops.", "The Foreign Secretary", "RUS"),
        ("The defence minister visited Kenya on Monday.", "The defence minister", "KEN"),
        ("The government accused Iran of arming the rebels.", "The government", "IRN"),
    ],
)
def test_agents_an_official_acting_on_a_state_is_not_its(
    extractor: Extractor, text: str, official: str, state: str
) -> None:
    found = dict(coded_mentions(extractor, text))
    assert found.get(official) == "GOV", found
    assert state in found.values(), found


@pytest.mark.parametrize(
    ("text", "official", "met"),
    [
        ("The minister met with Kenyan officials in Nairobi on Monday.", "The minister", "Kenyan officials"),
        (
            "The foreign minister held talks with Egyptian officials in Cairo.",
            "The foreign minister",
            "Egyptian officials",
        ),
        ("The envoy visited the Sudanese president in Port Sudan.", "The envoy", "Sudanese president"),
    ],
    ids=["met-kenya", "talks-egypt", "visited-sudan"],
)
def test_agents_the_place_of_a_state_met_is_the_hosts(
    extractor: Extractor, text: str, official: str, met: str
) -> None:
    """An official who meets a state's officials where they are is no one's by that place."""
    found = dict(coded_mentions(extractor, text))
    assert found.get(official) == "GOV", found
    assert str(found.get(met)).endswith("GOV") and found.get(met) != "GOV", found


def test_agents_the_place_of_a_state_met_is_the_hosts_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("The", 1, "det", "DET", "DT", "the"), ("minister", 2, "nsubj", "NOUN", "NN", "minister"),
        ("met", 2, "ROOT", "VERB", "VBD", "meet"), ("Kenyan", 4, "amod", "ADJ", "JJ", "kenyan"),
        ("officials", 2, "dobj", "NOUN", "NNS", "official"), ("in", 2, "prep", "ADP", "IN", "in"),
        ("Nairobi", 5, "pobj", "PROPN", "NNP", "Nairobi"), (".", 2, "punct", "PUNCT", ".", "."),
    ], ents=["O", "O", "O", "B-NORP", "O", "O", "B-GPE", "O"])  # fmt: skip
    assign_domestic(doc, matcher.catalogue.get, matcher.words)
    assert mentions(doc) == [
        ("The minister", "grp:minister", "generic"),
        ("Kenyan officials", "KENGOV", "agent"),
        ("Nairobi", "KEN", "place"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interior minister allowed opposition leader Imran Khan to hold a rally in Islamabad.",
            ("The interior minister", "PAKGOV"),
        ),
        ("The president hosted Ghanaian officials in Accra.", ("The president", "GHAGOV")),
        (
            "The government banned rallies by Cambodian opposition figures in Phnom Penh.",
            ("The government", "KHMGOV"),
        ),
    ],
    ids=["allowed-at-home", "host-at-home", "banned-at-home"],
)
def test_agents_an_act_at_home_keeps_its_place(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    """Only meeting says nothing of whose the place is: acting on one's people there, or hosting, keep it."""
    assert expected in coded_mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government imposed a curfew in Uganda.", ("The government", "UGAGOV")),
        (
            "Opposition protesters demanded the resignation of Serbian President Aleksandar Vucic.",
            ("Opposition protesters", "SRBOPP"),
        ),
        ("Police arrested three Kenyan activists in Mombasa.", ("Police", "KENCOP")),
    ],
)
def test_agents_domestic_sectors_keep_their_home_country(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in coded_mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "member"),
    [
        (
            "Israeli forces killed a senior commander of Hezbollah in southern Lebanon.",
            ("a senior commander of Hezbollah", "LBNREB"),
        ),
        (
            "A US drone strike killed a top commander of al-Shabaab in Somalia.",
            ("a top commander of al-Shabaab", "SOMREB"),
        ),
        (
            "Iraqi troops captured an operative of the Islamic State near Mosul.",
            ("an operative of the Islamic State", "IMGMUSISI"),
        ),
    ],
    ids=["commander-hezbollah", "commander-shabaab", "operative-isis"],
)
def test_agents_an_agent_word_of_a_group_is_one_of_its_people(
    extractor: Extractor, text: str, member: tuple[str, str]
) -> None:
    """A word the agents dictionary knows ("commander", "operative") names a group's member after
    "of", as "members" and "fighters" do; the place it is in is not the one acted on."""
    assert member in coded_mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas studied a truce plan presented by Qatari mediators.", ("Qatari mediators", "QATGOV")),
        ("Ukrainian negotiators met Russian officials in Istanbul.", ("Ukrainian negotiators", "UKRGOV")),
        ("US negotiators held talks with Taliban representatives in Doha.", ("US negotiators", "USAGOV")),
    ],
    ids=["mediators-qatar", "negotiators-ukraine", "negotiators-us"],
)
def test_agents_mediators_and_negotiators_are_a_states_envoys(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in coded_mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Security forces fired on supporters of the Muslim Brotherhood in Cairo.",
            ("supporters of the Muslim Brotherhood", "EGYOPPMUS"),
        ),
        (
            "Police detained dozens of supporters of Hamas in Hebron.",
            ("supporters of Hamas", "PSEREBHMS"),
        ),
        ("Loyalists of Hezbollah rallied in southern Beirut.", ("Loyalists of Hezbollah", "LBNREB")),
    ],
    ids=["supporters-brotherhood", "supporters-hamas", "loyalists-hezbollah"],
)
def test_agents_followers_of_a_group_are_its_people(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    """As its members are; "supporters of Iran" (a state) stay its backers, another party."""
    assert expected in coded_mentions(extractor, text)


def test_agents_followers_of_a_group_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("Police", 1, "nsubj", "NOUN", "NNS", "police"), ("arrested", 1, "ROOT", "VERB", "VBD", "arrest"),
        ("supporters", 1, "dobj", "NOUN", "NNS", "supporter"), ("of", 2, "prep", "ADP", "IN", "of"),
        ("Hezbollah", 3, "pobj", "PROPN", "NNP", "Hezbollah"),
    ], ents=["O", "O", "O", "O", "B-ORG"])  # fmt: skip
    assert ("supporters of Hezbollah", "hezbollah", "agent") in mentions(doc), mentions(doc)


def test_agents_an_agent_word_of_a_group_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"), ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
        ("a", 4, "det", "DET", "DT", "a"), ("senior", 4, "amod", "ADJ", "JJ", "senior"),
        ("commander", 1, "dobj", "NOUN", "NN", "commander"), ("of", 4, "prep", "ADP", "IN", "of"),
        ("Hezbollah", 5, "pobj", "PROPN", "NNP", "Hezbollah"),
    ], ents=["O", "O", "O", "O", "O", "O", "B-ORG"])  # fmt: skip
    assert ("a senior commander of Hezbollah", "hezbollah", "agent") in mentions(doc), mentions(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sudanese army accused the RSF of shelling a hospital. "
            "The RSF blamed the army for the attack.",
            ("the army", "SDNMIL"),
        ),
        (
            "Nigerian police arrested dozens of protesters in Lagos. "
            "Amnesty International condemned the police.",
            ("the police", "NGACOP"),
        ),
        (
            "Kenya's government signed a deal with the IMF. "
            "Opposition leaders accused the government of lying.",
            ("the government", "KENGOV"),
        ),
    ],
    ids=["army-sudan", "police-nigeria", "government-kenya"],
)
def test_agents_the_body_named_before_by_its_noun(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    """ "the police" with no owner in its sentence is the police an earlier sentence named."""
    assert expected in coded_mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("The Syrian government shelled Idlib. Rebels accused the regime of war crimes.", "the regime"),
        ("Iraqi ministers met in Baghdad. The minister later flew to Amman.", "The minister"),
        ("Nigerian police arrested protesters. Police later released them.", "Police"),
    ],
    ids=["other-noun", "one-person", "not-definite"],
)
def test_agents_only_the_same_noun_names_the_body_before(
    extractor: Extractor, text: str, generic: str
) -> None:
    found = dict(coded_mentions(extractor, text))
    assert found.get(generic) in {"GOV", "COP"}, found


def test_agents_the_body_named_before_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("Kenyan", 1, "amod", "ADJ", "JJ", "kenyan"), ("police", 2, "nsubj", "NOUN", "NNS", "police"),
        ("fired", 2, "ROOT", "VERB", "VBD", "fire"), (".", 2, "punct", "PUNCT", ".", "."),
        ("Amnesty", 5, "nsubj", "PROPN", "NNP", "Amnesty"),
        ("condemned", 5, "ROOT", "VERB", "VBD", "condemn"),
        ("the", 7, "det", "DET", "DT", "the"), ("police", 5, "dobj", "NOUN", "NNS", "police"),
    ], ents=["B-NORP", "O", "O", "O", "O", "O", "O", "O"])  # fmt: skip
    assign_domestic(doc, matcher.catalogue.get, matcher.words)
    assert [(text, label) for text, label, _ in mentions(doc) if text != "Amnesty"] == [
        ("Kenyan police", "KENCOP"),
        ("the police", "KENCOP"),
    ]


def test_agents_the_owner_of_an_act_is_not_the_state_it_acts_on_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("Crowds", 1, "nsubj", "NOUN", "NNS", "crowd"), ("marched", 1, "ROOT", "VERB", "VBD", "march"),
        ("in", 1, "prep", "ADP", "IN", "in"), ("Yerevan", 2, "pobj", "PROPN", "NNP", "Yerevan"),
        ("against", 1, "prep", "ADP", "IN", "against"), ("the", 6, "det", "DET", "DT", "the"),
        ("government", 8, "poss", "NOUN", "NN", "government"), ("'s", 6, "case", "PART", "POS", "'s"),
        ("deal", 4, "pobj", "NOUN", "NN", "deal"), ("with", 8, "prep", "ADP", "IN", "with"),
        ("Azerbaijan", 9, "pobj", "PROPN", "NNP", "Azerbaijan"),
    ])  # fmt: skip
    assign_domestic(doc, matcher.catalogue.get, matcher.words)
    assert ("the government", "ARMGOV", "agent") in mentions(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of Serbs marched in Belgrade against the government's plan to recognise Kosovo.",
            ("the government", "SRBGOV"),
        ),
        (
            "Farmers in Warsaw protested against the government's deal with Ukraine.",
            ("the government", "POLGOV"),
        ),
        (
            "Crowds in Yerevan denounced the government's agreement with Azerbaijan.",
            ("the government", "ARMGOV"),
        ),
    ],
    ids=["plan-serbia", "deal-poland", "agreement-armenia"],
)
def test_agents_the_owner_of_an_act_keeps_its_home_country(
    extractor: Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in coded_mentions(extractor, text)


# --- "I" and "we" in reported speech stand for the speaker -------------------------------------


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        ("Turkey's foreign minister said: I welcome the decision of Greece.", "I", "TURGOV"),
        ("The Kenyan president said: we will support Somalia.", "we", "KENGOV"),
        ('"I condemn this attack," the Polish president said.', "I", "POLGOV"),
        ("Egypt's foreign minister said: \u201cWe reject any attack on Sudan.\u201d", "We", "EGYGOV"),
    ],
)
def test_agents_first_person_in_reported_speech_is_the_speaker(
    extractor: Extractor, text: str, pronoun: str, speaker: str
) -> None:
    assert (pronoun, speaker) in coded_mentions(extractor, text)


def test_agents_first_person_outside_reported_speech_stays_unlinked(extractor: Extractor) -> None:
    found = coded_mentions(extractor, "I met the Iranian ambassador in Vienna.")
    assert ("Iranian ambassador", "IRNGOV") in found
    assert "I" not in {text for text, _ in found}


def test_agents_colon_speaker_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("Kenya", 1, "nsubj", "PROPN", "NNP", "Kenya"), ("said", 1, "ROOT", "VERB", "VBD", "say"),
        (":", 1, "punct", "PUNCT", ":", ":"), ("I", 4, "nsubj", "PRON", "PRP", "I"),
        ("regret", 1, "ccomp", "VERB", "VBP", "regret"), ("this", 4, "dobj", "PRON", "DT", "this"),
    ])  # fmt: skip
    doc = resolve_pronouns(doc, matcher.catalogue)
    assert ("I", "KEN", "pronoun") in mentions(doc)


# --- an office head takes the sector of the actor noun before it -------------------------------


def test_agents_office_head_takes_its_modifiers_sector_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("an", 2, "det", "DET", "DT", "an"), ("opposition", 2, "compound", "NOUN", "NN", "opposition"),
        ("leader", 3, "nsubj", "NOUN", "NN", "leader"), ("spoke", 3, "ROOT", "VERB", "VBD", "speak"),
        ("to", 3, "prep", "ADP", "IN", "to"), ("a", 6, "det", "DET", "DT", "a"),
        ("leader", 4, "pobj", "NOUN", "NN", "leader"),
    ])  # fmt: skip
    codes = {s.text: doc_actors(doc)[s.label_].code for s in doc.spans[SPANS_KEY]}
    assert codes == {"an opposition leader": "OPP", "a leader": "GOV"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela's government arrested an opposition leader on charges of treason.", "VENOPP"),
        ("Police in Minsk detained two opposition leaders.", "BLROPP"),
        ("Rebel leaders met the UN envoy in Geneva.", "REB"),
    ],
)
def test_agents_office_head_takes_its_modifiers_sector(
    extractor: Extractor, text: str, expected: str
) -> None:
    assert expected in {code for _, code in coded_mentions(extractor, text)}


# --- "he" after an office named without a country is that office holder -----------------------


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "The Foreign Secretary met his Saudi counterpart in London. He urged Riyadh to allow aid in.",
            "SAUGOV",
        ),
        (
            "The defence minister received the Polish ambassador on Monday. She praised Warsaw's support.",
            "POLGOV",
        ),
        (
            "The Prime Minister spoke to the Kenyan president by phone. He thanked Nairobi for its help.",
            "KENGOV",
        ),
    ],
)
def test_agents_he_after_an_office_without_a_country_is_its_holder(
    extractor: Extractor, text: str, other: str
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert other in {m.code for m in doc.mentions}, doc.mentions
    assert [m.code for m in doc.mentions if m.text in {"He", "She"}] == ["GOV"], doc.mentions


# --- people named after their office, rank or host ----------------------------------------------


def test_agents_a_name_the_tagger_cut_in_two_is_one_person_by_hand(matcher: ActorMatcher) -> None:
    # the tagger's two people "Hassan Sheikh" and "Mohamud": one name, not the catalogue's one-word
    # "Hassan" (Jordan's Prince Hassan) beside someone else
    words = ["Somali", "President", "Hassan", "Sheikh", "Mohamud", "arrived", "in", "Nairobi", "."]
    doc = Doc(matcher.vocab, words=words, heads=[4, 4, 4, 4, 5, 5, 5, 6, 5],
              deps=["amod", "compound", "compound", "compound", "nsubj", "ROOT", "prep", "pobj", "punct"],
              pos=["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"],
              ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "B-PERSON", "O", "O", "B-GPE", "O"])  # fmt: skip
    actors = doc_actors(matcher(doc))
    codes = {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}
    assert codes["Hassan Sheikh Mohamud"] == "SOMGOV", codes
    assert "Hassan" not in codes


def test_agents_host_as_a_verb_is_no_descriptor_by_hand(matcher: ActorMatcher) -> None:
    def codes(words: list[str], pos: list[str]) -> dict[str, str]:
        ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"]
        lemmas = [{"hosted": "host", "thanked": "thank"}.get(w, w.lower()) for w in words]
        doc = Doc(matcher.vocab, words=words, pos=pos, lemmas=lemmas, ents=ents)
        actors = doc_actors(matcher(doc))
        return {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}

    hosted = codes(["Zoran", "Milic", "hosted", "General", "Ivo", "Dragan", "."],
                   ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT"])  # fmt: skip
    assert hosted["Ivo Dragan"] == "MIL", hosted
    # the noun still marks a source of claims, no party: "the *host* Ivo Dragan"
    host = codes(["Zoran", "Milic", "thanked", "host", "Ivo", "Dragan", "."],
                 ["PROPN", "PROPN", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT"])  # fmt: skip
    assert "Zoran Milic" in host
    assert "Ivo Dragan" not in host


def test_agents_office_just_before_a_name_by_hand(matcher: ActorMatcher) -> None:
    # the name in apposition to the office without a comma, as the parser often hangs it
    words = ["Chadian", "leader", "Ahmat", "Brahim", "Oumar", "arrived", "."]
    doc = Doc(matcher.vocab, words=words, heads=[1, 5, 4, 4, 1, 5, 5],
              deps=["amod", "nsubj", "compound", "compound", "appos", "ROOT", "punct"],
              pos=["ADJ", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
              ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])  # fmt: skip
    actors = doc_actors(matcher(doc))
    codes = {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}
    assert codes == {"Chadian leader": "TCDGOV", "Ahmat Brahim Oumar": "TCDGOV"}


# --- a catalogue name the tagger reads as a date; a name before people -------------------------


def test_agents_a_catalogue_name_read_as_a_date_is_the_date_by_hand(matcher: ActorMatcher) -> None:
    # the catalogue holds Greek groups named "21 June" and "17 November" (PETRARCH's actors)
    def codes(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> dict[str, str]:
        doc = Doc(matcher.vocab, words=words, heads=heads, deps=deps, ents=ents)
        actors = doc_actors(matcher(doc))
        return {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}

    dated = codes(["On", "21", "June", ",", "Greece", "protested", "."], [5, 2, 0, 5, 5, 5, 5],
                  ["prep", "nummod", "pobj", "punct", "nsubj", "ROOT", "punct"],
                  ["O", "B-DATE", "I-DATE", "O", "B-GPE", "O", "O"])  # fmt: skip
    assert dated == {"Greece": "GRC"}
    named = codes(["The", "17", "November", "group", "struck", "."], [3, 2, 3, 4, 4, 4],
                  ["det", "nummod", "compound", "nsubj", "ROOT", "punct"],
                  ["O", "B-DATE", "I-DATE", "O", "O", "O"])  # fmt: skip
    assert named.get("17 November") == "GRCREB", named


def test_agents_a_place_the_tagger_runs_into_a_time_is_the_place_by_hand(matcher: ActorMatcher) -> None:
    def codes(words: list[str], ents: list[str]) -> dict[str, str]:
        doc = Doc(
            matcher.vocab, words=words, ents=ents, pos=["PROPN" if w[0].isupper() else "X" for w in words]
        )
        actors = doc_actors(matcher(doc))
        return {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}

    overnight = codes(["Chile", "fired", "drones", "at", "Lima", "overnight", "."],
                      ["B-GPE", "O", "O", "O", "B-TIME", "I-TIME", "O"])  # fmt: skip
    assert overnight == {"Chile": "CHL", "Lima": "PER"}
    # and the time is only what follows it: no later reading takes the place for a time
    doc = matcher(Doc(matcher.vocab, words=["at", "Lima", "overnight"], ents=["O", "B-TIME", "I-TIME"],
                      pos=["ADP", "PROPN", "ADV"]))  # fmt: skip
    assert [(e.text, e.label_) for e in doc.ents] == [("overnight", "TIME")]
    assert codes(["Chile", "attacked", "on", "21", "June", "."],
                 ["B-GPE", "O", "O", "B-DATE", "I-DATE", "O"]) == {"Chile": "CHL"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Russia launched 40 Shahed drones at Kyiv overnight.", ("RUS", "UKR")),
        ("Israeli jets struck targets near Beirut overnight, Lebanese officials said.", ("ISR", "LBN")),
        ("Houthi rebels fired two missiles at Eilat overnight.", ("YEM", "ISR")),
    ],
)
def test_agents_a_place_before_a_time_is_the_place_acted_on(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    relations = extractor.extract(Document(id="t", text=text)).relations
    assert pair in {(r.source.country, r.target.country) for r in relations}, relations


@pytest.mark.parametrize(
    "text",
    [
        "On 17 November, protesters marched in Athens against the budget.",
        "Iran attacked Iraq on 21 June, according to Iraqi officials.",
        "Police in Thessaloniki arrested two men on 17 November.",
    ],
)
def test_agents_a_catalogue_name_read_as_a_date_is_no_actor_in_extraction(
    extractor: Extractor, text: str
) -> None:
    # the gate hands NER only the sentences with names the catalogue lacks: a date-like name goes too
    extraction = extractor.extract(Document(id="t", text=text))
    assert "GRCREB" not in {m.code for m in extraction.mentions}, extraction.mentions


@pytest.mark.parametrize(
    "text",
    [
        "On 21 June, Fulani militia attacked Dogon villagers in Bandiagara, killing 20 people.",
        "On May 15, police arrested two activists in Athens.",
        "On 17 November, ISWAP fighters ambushed a Nigerian army patrol near Monguno.",
    ],
)
def test_agents_an_event_date_is_no_actor(nlp: Language, matcher: ActorMatcher, text: str) -> None:
    codes = domestic_codes(nlp, matcher, text)
    assert len(codes) >= 2, codes
    assert "GRCREB" not in codes.values(), codes


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("On 21 June, Fulani militia attacked Dogon villagers in Bandiagara.", "Dogon villagers", "MLICVL"),
        ("Soldiers fired on Masalit refugees near the border.", "Masalit refugees", "REF"),
        ("Gunmen killed five Ahmadi traders in Lahore.", "five Ahmadi traders", "PAKBUS"),
    ],
)
def test_agents_a_name_the_catalogue_lacks_before_people_says_whose_they_are(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    # one actor of the people's kind, not a name of no kind beside them
    codes = domestic_codes(nlp, matcher, text)
    assert codes.get(phrase) == code, codes
    assert "" not in codes.values(), codes


def test_agents_a_name_before_a_place_noun_is_a_place_by_hand(matcher: ActorMatcher) -> None:
    def codes(head: str) -> dict[str, str]:
        words = ["Chile", "annexed", "the", "Zarovia", head, "."]
        doc = Doc(matcher.vocab, words=words, heads=[1, 1, 4, 4, 1, 1],
                  deps=["nsubj", "ROOT", "det", "compound", "dobj", "punct"],
                  pos=["PROPN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"],
                  lemmas=["Chile", "annex", "the", "Zarovia", head, "."],
                  ents=["B-GPE", "O", "O", "B-ORG", "O", "O"])  # fmt: skip
        return {s.text: s.label_ for s in matcher(doc).spans[SPANS_KEY]}

    # "the Zarovia region": a place the gazetteer lacks, no actor of no kind
    assert codes("region") == {"Chile": "CHL"}
    assert codes("movement") == {"Chile": "CHL", "Zarovia": "unk:zarovia"}


@pytest.mark.parametrize(
    ("text", "place", "target"),
    [
        ("Venezuela's Maduro threatened to annex the Essequibo region of Guyana.", "Essequibo", "GUY"),
        ("The army shelled villages in the Karenni region of Myanmar.", "Karenni", None),
        ("Gunmen attacked a convoy in the Kurram district of Pakistan.", "Kurram", None),
        ("Russian forces razed the village of Marinka to the ground.", "Marinka", None),
    ],
)
def test_agents_a_place_the_gazetteer_lacks_is_no_actor(
    extractor: Extractor, text: str, place: str, target: str | None
) -> None:
    doc = extractor.extract(Document(id="t", text=text))
    assert doc.mentions, doc
    assert place not in {m.text for m in doc.mentions}
    if target is not None:
        assert target in {r.target.code for r in doc.relations}, doc.relations


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Israeli settlers attacked Palestinians in the West Bank.", "West Bank"),
        ("The Israeli army shelled the Gaza Strip overnight.", "Gaza Strip"),
        ("Syrian troops advanced in the Euphrates Valley.", "Euphrates Valley"),
    ],
)
def test_agents_a_feature_named_after_a_region_or_state_is_no_mention_of_it(
    nlp: Language, matcher: ActorMatcher, text: str, place: str
) -> None:
    codes = domestic_codes(nlp, matcher, text)
    assert codes, codes
    assert "WST" not in codes.values()
    assert not [phrase for phrase in codes if phrase in place and phrase != place], codes


def test_agents_his_country_is_the_officials_by_hand(matcher: ActorMatcher) -> None:
    doc = Doc(matcher.vocab, words=["The", "minister", "said", "his", "country", "objected"])
    doc.spans[SPANS_KEY] = [
        actor_span(doc, 1, 2, "ZZZGOV", "role"),
        actor_span(doc, 3, 4, "ZZZGOV", "pronoun"),
        actor_span(doc, 3, 5, "grp:country", "generic"),
    ]
    doc.user_data[ACTORS_KEY] = {
        "ZZZGOV": {"id": "ZZZGOV", "label": "Zarovia (government)", "type": "government", "code": "ZZZGOV",
                   "country": "ZZZ"},
        "grp:country": {"id": "grp:country", "label": "country", "type": "group", "code": "GOV"},
    }  # fmt: skip
    zarovia = Actor(id="ZZZ", label="Zarovia", type="state", code="ZZZ", country="ZZZ")
    assign_domestic(doc, {"ZZZ": zarovia}.get, matcher.words)
    assert [(s.text, s.label_) for s in doc.spans[SPANS_KEY]][-1] == ("his country", "ZZZGOV")


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Brazil's foreign minister said his country would not join sanctions against Russia.",
            "his country",
            "BRAGOV",
        ),
        ("The Turkish president said his country would never recognise Cyprus.", "his country", "TURGOV"),
        ("Kenya's president said his government would send police to Haiti.", "his government", "KENGOV"),
    ],
)
def test_agents_his_country_is_the_officials(extractor: Extractor, text: str, phrase: str, code: str) -> None:
    # coreference links "his" to the official; the phrase takes the official's state
    doc = extractor.extract(Document(id="t", text=text))
    assert {(m.text, m.code) for m in doc.mentions} >= {(phrase, code)}, doc.mentions


# --- communities: ethnic and religious groups, and the people a name owns ------------------------


def test_agents_a_community_and_its_members_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Kurdish", 1, "amod", "ADJ", "JJ", "kurdish"),
            ("fighters", 2, "nsubj", "NOUN", "NNS", "fighter"),
            ("freed", 2, "ROOT", "VERB", "VBD", "free"),
            ("Yazidi", 4, "amod", "ADJ", "JJ", "yazidi"),
            ("women", 2, "dobj", "NOUN", "NNS", "woman"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
    )
    assert mentions(doc) == [("Kurdish fighters", "KURUAF", "agent"), ("Yazidi women", "IRQYAZCVL", "agent")]


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        pytest.param(
            "Chinese authorities detained thousands of Uyghurs in Xinjiang.",
            "Uyghurs",
            "CHNUIG",
            id="uyghurs",
        ),
        pytest.param(
            "Myanmar soldiers burned Rohingya villages in 2017.", "Rohingya", "MMRROH", id="rohingya-place"
        ),
        pytest.param(
            "Tigrayan forces withdrew from Amhara towns on Friday.",
            "Tigrayan forces",
            "ETHTIGMIL",
            id="tigray",
        ),
        pytest.param(
            "Shia militias fired rockets at a US base near Erbil.", "Shia militias", "SHIUAF", id="shia"
        ),
        pytest.param(
            "Kurdish activists marched through Bonn on Saturday.",
            "Kurdish activists",
            "KUROPP",
            id="kurd-subject",
        ),
        pytest.param(
            "Soldiers fired on Rohingya refugees near the border.",
            "Rohingya refugees",
            "MMRROHREF",
            id="rohingya-refugees",
        ),
        pytest.param(
            "Fulani herders clashed with farmers in Benue state.", "Fulani herders", "FULAGR", id="fulani"
        ),
        pytest.param(
            "Gunmen killed five Pakistani miners in Balochistan.",
            "Pakistani miners",
            "PAKLAB",
            id="owned-noun",
        ),
        pytest.param(
            "Gunmen killed five Hazara miners in Balochistan.", "Hazara miners", "PAKHAZLAB", id="hazara"
        ),
    ],
)
def test_agents_communities_and_the_people_a_name_owns(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    """An ethnic or religious community is an actor with agents of its own, coded after its home
    state where it has one; a people's name owns the generic people nouns after it."""
    assert domestic_codes(nlp, matcher, text)[phrase] == code


def test_agents_allies_are_no_agents_of_the_state_before_them(nlp: Language, matcher: ActorMatcher) -> None:
    codes = domestic_codes(
        nlp, matcher, "American allies criticised the decision, but American diplomats defended it."
    )
    assert codes["American diplomats"] == "USAGOV"
    assert "USAGOV" not in {code for phrase, code in codes.items() if "allies" in phrase}


# --- a town the gazetteer lacks, placed in a state by the text ---------------------------------------


def test_agents_a_town_the_text_places_in_a_state_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Jets", 1, "nsubj", "NOUN", "NNS", "jet"),
        ("bombed", 1, "ROOT", "VERB", "VBD", "bomb"),
        ("Zarovo", 1, "dobj", "PROPN", "NNP", "Zarovo"),
        ("in", 2, "prep", "ADP", "IN", "in"),
        ("southern", 5, "amod", "ADJ", "JJ", "southern"),
        ("Lebanon", 3, "pobj", "PROPN", "NNP", "Lebanon"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = by_hand(matcher, rows, ents=["O", "O", "B-GPE", "O", "O", "B-GPE", "O"])
    assert ("Zarovo", "LBN") in [(text, label) for text, label, _ in mentions(doc)]


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces shelled the town of Khiam in southern Lebanon.",
        "On 30 September 2024, Israeli forces shelled the outskirts of Khiam in southern Lebanon.",
    ],
)
def test_agents_a_town_the_text_places_in_a_state(nlp: Language, matcher: ActorMatcher, text: str) -> None:
    assert domestic_codes(nlp, matcher, text).get("Khiam") == "LBN"


def test_agents_an_organisation_in_a_city_is_not_placed(nlp: Language, matcher: ActorMatcher) -> None:
    codes = domestic_codes(
        nlp, matcher, "Teachers staged a protest outside the Ministry of Education in Accra."
    )
    assert codes["the Ministry of Education"] == "GHAGOV"


# --- a generic agent no one country owns, and the regions of the Americas --------------------------
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Zelensky appealed to Western leaders for more air defence systems.", "Western leaders"),
        ("Pope Francis urged world leaders in Rome to act on climate change.", "world leaders"),
        ("Lula criticised international officials for their silence.", "international officials"),
    ],
)
def test_agents_a_generic_agent_an_unlocated_word_qualifies_has_no_home(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str
) -> None:
    code = domestic_codes(nlp, matcher, text)[phrase]
    assert code == "GOV", code


def test_agents_a_generic_agent_an_unlocated_word_qualifies_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet"),
        ("foreign", 3, "amod", "ADJ", "JJ", "foreign"),
        ("ministers", 1, "dobj", "NOUN", "NNS", "minister"),
    ]
    doc = by_hand(matcher, rows, ["B-GPE", "O", "O", "O"])
    assign_domestic(doc, matcher.catalogue.get, matcher.words)
    assert "CHLGOV" not in {doc_actors(doc)[s.label_].code for s in doc.spans[SPANS_KEY]}
    # without the word, the only country named owns them
    plain = [*rows[:2], ("the", 3, "det", "DET", "DT", "the"), rows[3]]
    doc = by_hand(matcher, plain, ["B-GPE", "O", "O", "O"])
    assign_domestic(doc, matcher.catalogue.get, matcher.words)
    assert "CHLGOV" in {doc_actors(doc)[s.label_].code for s in doc.spans[SPANS_KEY]}


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Farmers protested against EU trade deals with South America.", "South America", "SAM"),
        ("Latin America has strong trade ties with China.", "Latin America", "LAM"),
        ("Migrants from Central America crossed into Mexico.", "Migrants from Central America", "LAM"),
        ("North America and Europe are NATO's two pillars.", "North America", "NMR"),
        ("America imposed sanctions on Iran.", "America", "USA"),
    ],
)
def test_agents_the_regions_of_the_americas_are_no_united_states(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text)[phrase] == code


# --- a city the tagger calls a person, where a verb of places acts ---------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Russian troops withdrew from Kherson.", "Kherson", "UKR"),
        ("RSF fighters besieged El Fasher for months.", "El Fasher", "SDN"),
        ("The rebels overran Goma in January.", "Goma", "COD"),
    ],
)
def test_agents_a_city_a_verb_of_places_acts_on(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(phrase) == code


def test_agents_a_city_a_verb_of_places_acts_on_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
        ("liberated", 1, "ROOT", "VERB", "VBD", "liberate"),
        ("Kherson", 1, "dobj", "PROPN", "NNP", "Kherson"),
    ]
    doc = by_hand(matcher, rows, ["O", "O", "B-PERSON"])
    assert ("Kherson", "UKR", "name") in mentions(doc)
    # a person the verb does not take as a place stays a person
    met = [rows[0], ("met", 1, "ROOT", "VERB", "VBD", "meet"), rows[2]]
    doc = by_hand(matcher, met, ["O", "O", "B-PERSON"])
    assert ("Kherson", "UKR", "name") not in mentions(doc)


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched a missile attack on Sumy overnight.",
        "A drone attack on Mykolaiv killed two people, the governor said.",
        "Russian troops attacked Zaporizhzhia again on Monday.",
        "The M23 advanced on Bukavu after taking Goma.",
    ],
    ids=["missile-attack-on", "drone-attack-on-subject", "attacked", "advanced-on"],
)
def test_agents_a_city_where_force_is_aimed_is_a_place(extractor: Extractor, text: str) -> None:
    """The small pipeline tags these cities as persons; where force is aimed, the gazetteer's city."""
    found = dict(coded_mentions(extractor, text))
    city = next(name for name in ("Sumy", "Mykolaiv", "Zaporizhzhia", "Bukavu") if name in text)
    assert found.get(city) in {"UKR", "COD"}, found


def test_agents_a_city_where_force_is_aimed_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("an", 1, "det", "DET", "DT", "an"), ("attack", 1, "ROOT", "NOUN", "NN", "attack"),
        ("on", 1, "prep", "ADP", "IN", "on"), ("Kherson", 2, "pobj", "PROPN", "NNP", "Kherson"),
    ]  # fmt: skip
    doc = by_hand(matcher, rows, ["O", "O", "O", "B-PERSON"])
    assert ("Kherson", "UKR", "name") in mentions(doc)
    # a talk on someone is aimed at no place
    talk = [rows[0], ("talk", 1, "ROOT", "NOUN", "NN", "talk"), *rows[2:]]
    doc = by_hand(matcher, talk, ["O", "O", "O", "B-PERSON"])
    assert ("Kherson", "UKR", "name") not in mentions(doc)


# --- a state named inside the name of a sea is no actor -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Iran seized an oil tanker in the Gulf of Oman, accusing it of smuggling fuel.", "Oman"),
        ("North Korea fired two missiles into the Sea of Japan.", "Japan"),
        ("Indian warships patrolled the Bay of Bengal.", "Bengal"),
    ],
)
def test_agents_a_state_inside_the_name_of_a_sea_is_no_actor(
    nlp: Language, matcher: ActorMatcher, text: str, name: str
) -> None:
    assert name not in domestic_codes(nlp, matcher, text)


def test_agents_a_state_inside_the_name_of_a_sea_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("ships", 1, "nsubj", "NOUN", "NNS", "ship"),
        ("entered", 1, "ROOT", "VERB", "VBD", "enter"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("Gulf", 1, "dobj", "PROPN", "NNP", "Gulf"),
        ("of", 3, "prep", "ADP", "IN", "of"),
        ("Oman", 4, "pobj", "PROPN", "NNP", "Oman"),
    ]
    assert not [m for m in mentions(by_hand(matcher, rows)) if m[0] == "Oman"]
    # the state itself, named after "of" with no feature before it, stays
    rows[3] = ("coast", 1, "dobj", "NOUN", "NN", "coast")
    assert [m for m in mentions(by_hand(matcher, rows)) if m[0] == "Oman"]


# --- intelligence services, officers by rank, border crossings -------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Ukraine's security service detained a colonel.", "Ukraine's security service", "UKRSPY"),
        ("The Russian security service arrested a US journalist.", "Russian security service", "RUSSPY"),
        ("Egypt's secret services monitored the activists for months.", "Egypt's secret services", "EGYSPY"),
        ("Ukraine's security service detained a colonel suspected of spying.", "a colonel", "MIL"),
        ("Rebels captured a lieutenant near the border.", "a lieutenant", "MIL"),
    ],
    ids=["ukraine-security-service", "russian-security-service", "egypt-secret-services", "colonel",
         "lieutenant"],
)  # fmt: skip
def test_agents_intelligence_services_and_officers(
    extractor: Extractor, text: str, phrase: str, code: str
) -> None:
    assert (phrase, code) in coded_mentions(extractor, text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Pakistan closed the Torkham border crossing with Afghanistan after clashes.", ("PAK", "AFG")),
        ("Israel closed the Allenby crossing with Jordan.", ("ISR", "JOR")),
    ],
    ids=["torkham", "allenby"],
)
def test_agents_a_named_crossing_is_a_place_not_a_party(
    extractor: Extractor, text: str, pair: tuple[str, str]
) -> None:
    relations = extractor.extract(Document(id="t", text=text)).relations
    assert pair in {(r.source.country, r.target.country) for r in relations}, relations
    assert all(r.target.code for r in relations), relations


# --- a name after a stance prefix is no owner: "pro-Russian separatists" ---------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Yesterday, pro-Russian separatists shelled Kramatorsk.", "pro-Russian separatists", "REB"),
        ("Pro-Iran militias attacked a US base in Syria.", "Pro-Iran militias", "UAF"),
        ("On Friday, anti-Israel protesters marched in London.", "anti-Israel protesters", "GBROPP"),
    ],
    ids=["pro-russian", "pro-iran", "anti-israel"],
)
def test_agents_a_stance_names_no_owner(extractor: Extractor, text: str, phrase: str, code: str) -> None:
    found = coded_mentions(extractor, text)
    assert (phrase, code) in found, found
    assert not {"RUS", "IRN", "ISR"} & {c for _, c in found}, found


def test_agents_a_stance_names_no_owner_by_hand(matcher: ActorMatcher) -> None:
    rows = [
        ("pro", 3, "amod", "ADJ", "JJ", "pro"), ("-", 3, "punct", "PUNCT", "HYPH", "-"),
        ("Russian", 3, "amod", "ADJ", "JJ", "russian"), ("rebels", 4, "nsubj", "NOUN", "NNS", "rebel"),
        ("fled", 4, "ROOT", "VERB", "VBD", "flee"),
    ]  # fmt: skip
    doc = by_hand(matcher, rows)
    assert [(label, kind) for _, label, kind in mentions(doc)] == [("grp:pro-russian-rebels", "generic")]
    plain = by_hand(matcher, [  # "Russian rebels": Russia's
        ("Russian", 1, "amod", "ADJ", "JJ", "russian"), ("rebels", 2, "nsubj", "NOUN", "NNS", "rebel"),
        ("fled", 2, "ROOT", "VERB", "VBD", "flee"),
    ])  # fmt: skip
    assert ("Russian rebels", "RUSREB", "agent") in mentions(plain)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("China denied that its coast guard had rammed a Philippine boat.", "its coast guard", "CHNMIL"),
        ("Libyan coast guard officers intercepted a boat carrying migrants.", "Libyan coast guard officers",
         "LBYMIL"),
        ("Iran's Revolutionary Guards seized a tanker; the guards said it was smuggling fuel.", "the guards",
         "MIL"),
    ],
    ids=["its-coast-guard", "coast-guard-officers", "the-guards"],
)  # fmt: skip
def test_agents_guards_are_armed_forces(extractor: Extractor, text: str, phrase: str, code: str) -> None:
    found = coded_mentions(extractor, text)
    assert any(p == phrase and c is not None and c.endswith(code) for p, c in found), found


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Unidentified drones struck a Sudanese army base in Port Sudan.", "Unidentified drones"),
        ("A drone struck a village in northern Burkina Faso, killing 20 people.", "A drone"),
        ("A rocket hit a US base in Iraq on Tuesday.", "A rocket"),
    ],
    ids=["unidentified-drones", "a-drone", "a-rocket"],
)
def test_agents_a_weapon_no_one_is_named_behind_is_an_unidentified_actor(
    extractor: Extractor, text: str, phrase: str
) -> None:
    assert (phrase, "UAF") in coded_mentions(extractor, text)


def test_agents_an_owned_weapon_is_its_owners(extractor: Extractor) -> None:
    found = coded_mentions(extractor, "Russian drones struck Kyiv overnight.")
    assert ("Russian", "RUS") in found and not [c for _, c in found if c == "UAF"], found


# --- what a copula says its subject is names the subject ------------------------------------------


def _copula(matcher: ActorMatcher, negated: bool) -> Doc:
    rows = [("Hamas", 1, "nsubj", "PROPN", "NNP", "Hamas"), ("is", 1, "ROOT", "AUX", "VBZ", "be")]
    rows += [("not", 1, "neg", "PART", "RB", "not")] if negated else []
    at = len(rows)
    rows += [("a", at + 2, "det", "DET", "DT", "a"), ("militant", at + 2, "amod", "ADJ", "JJ", "militant"),
             ("group", 1, "attr", "NOUN", "NN", "group"), (".", 1, "punct", "PUNCT", ".", ".")]  # fmt: skip
    ents = ["B-ORG"] + ["O"] * (len(rows) - 1)
    return resolve_pronouns(by_hand(matcher, rows, ents), matcher.catalogue)


def test_a_predicate_group_names_the_subject_by_hand(matcher: ActorMatcher) -> None:
    doc = _copula(matcher, negated=False)
    spans = {s.text: s for s in doc.spans[SPANS_KEY]}
    assert spans["a militant group"].label_ == spans["Hamas"].label_
    assert kind_of(spans["a militant group"]) == "anaphor"


def test_a_denied_predicate_names_no_one_by_hand(matcher: ActorMatcher) -> None:
    doc = _copula(matcher, negated=True)
    spans = {s.text: s for s in doc.spans[SPANS_KEY]}
    assert spans["a militant group"].label_ != spans["Hamas"].label_


# -- a person the catalogue knows speaks for the office the text names before the name --------------------


def _codes(doc: Doc) -> dict[str, str]:
    actors = doc_actors(doc)
    return {s.text: actors[s.label_].code_on(None) for s in doc.spans[SPANS_KEY]}


def test_agents_a_known_person_takes_the_office_before_the_name_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("NATO", 2, "compound", "PROPN", "NNP", "NATO"),
            ("Secretary", 2, "compound", "PROPN", "NNP", "Secretary"),
            ("General", 4, "compound", "PROPN", "NNP", "General"),
            ("Jens", 4, "compound", "PROPN", "NNP", "Jens"),
            ("Stoltenberg", 5, "nsubj", "PROPN", "NNP", "Stoltenberg"),
            ("criticised", 5, "ROOT", "VERB", "VBD", "criticise"),
            ("Russia", 5, "dobj", "PROPN", "NNP", "Russia"),
        ],
    )
    assert _codes(doc)["Jens Stoltenberg"] == "IGOWSTNAT"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("NATO Secretary General Jens Stoltenberg met Ukraine's president. Stoltenberg pledged support.",
         "Stoltenberg", "IGOWSTNAT"),
        ("Afghan rebel leaders said they would meet U.N. mediator Diego Cordovez.",
         "Diego Cordovez", "IGOUNOGOV"),
        ("Opposition protesters demanded the resignation of Serbian President Aleksandar Vucic.",
         "Aleksandar Vucic", "SRBGOV"),
    ],
)  # fmt: skip
def test_agents_a_known_person_takes_the_office_before_the_name(
    nlp: Language, matcher: ActorMatcher, text: str, name: str, code: str
) -> None:
    assert _codes(matcher(nlp(text)))[name] == code


def test_agents_a_known_person_without_an_office_keeps_the_catalogue_code(
    nlp: Language, matcher: ActorMatcher
) -> None:
    doc = matcher(nlp("Jens Stoltenberg met Ukraine's president in Oslo."))
    assert _codes(doc)["Jens Stoltenberg"] == "NORGOV"


def test_agents_a_name_tagged_as_an_organisation_after_an_office_holds_it_by_hand(
    matcher: ActorMatcher,
) -> None:
    doc = by_hand(
        matcher,
        [
            ("UN", 1, "compound", "PROPN", "NNP", "UN"),
            ("envoy", 3, "compound", "NOUN", "NN", "envoy"),
            ("Staffan", 3, "compound", "PROPN", "NNP", "Staffan"),
            ("Mistura", 4, "nsubj", "PROPN", "NNP", "Mistura"),
            ("met", 4, "ROOT", "VERB", "VBD", "meet"),
            ("rebels", 4, "dobj", "NOUN", "NNS", "rebel"),
        ],
        ["B-ORG", "O", "B-ORG", "I-ORG", "O", "O"],
    )
    assert _codes(doc).get("Staffan Mistura") == "IGOUNOGOV"


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels met UN envoy Staffan de Mistura in Geneva.",
        "The Houthis met UN envoy Hans Grundberg in Muscat.",
        "Afghan officials said they would meet UN envoy Staffan de Mistura.",
    ],
)
def test_agents_a_name_after_an_office_holds_it(nlp: Language, matcher: ActorMatcher, text: str) -> None:
    codes = _codes(matcher(nlp(text)))
    assert [c for name, c in codes.items() if name.endswith(("Mistura", "Grundberg"))] == ["IGOUNOGOV"], codes


# --- a common noun that names actors is no town, whatever its entity label -----------------------


def test_agents_a_common_actor_noun_tagged_as_a_place_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Gunmen", 6, "nsubj", "NOUN", "NNS", "gunman"),
            ("in", 0, "prep", "ADP", "IN", "in"),
            ("Nigeria", 5, "poss", "PROPN", "NNP", "Nigeria"),
            ("'s", 2, "case", "PART", "POS", "'s"),
            ("Borno", 5, "compound", "PROPN", "NNP", "Borno"),
            ("state", 1, "pobj", "NOUN", "NN", "state"),
            ("abducted", 6, "ROOT", "VERB", "VBD", "abduct"),
            ("students", 6, "dobj", "NOUN", "NNS", "student"),
        ],
        ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"],
    )
    assert _codes(doc).get("Gunmen") == "UAF", _codes(doc)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen in Nigeria's Borno state abducted 30 students.", "Gunmen"),
        ("Militiamen killed 40 villagers in the east.", "Militiamen"),
        ("Militiamen loyal to the warlord torched a village.", "Militiamen"),
    ],
)
def test_agents_armed_men_are_unidentified_armed_forces(
    nlp: Language, matcher: ActorMatcher, text: str, word: str
) -> None:
    codes = _codes(matcher(nlp(text)))
    assert [c for name, c in codes.items() if name.split()[0] == word] == ["UAF"], codes


# --- the place a state owns stands for it as an agent phrase's owner ------------------------------


def test_agents_a_region_of_a_state_owns_the_agent_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Rebels", 6, "nsubj", "NOUN", "NNS", "rebel"),
            ("in", 0, "prep", "ADP", "IN", "in"),
            ("Myanmar", 5, "poss", "PROPN", "NNP", "Myanmar"),
            ("'s", 2, "case", "PART", "POS", "'s"),
            ("Rakhine", 5, "compound", "PROPN", "NNP", "Rakhine"),
            ("state", 1, "pobj", "NOUN", "NN", "state"),
            ("attacked", 6, "ROOT", "VERB", "VBD", "attack"),
            ("police", 6, "dobj", "NOUN", "NNS", "police"),
        ],
        ["O", "O", "B-GPE", "O", "B-ORG", "O", "O", "O"],
    )
    assert _codes(doc).get("Rebels in Myanmar 's Rakhine state") == "MMRREB", _codes(doc)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Rebels in Myanmar's Shan state seized a border crossing from the army.", "MMRREB"),
        ("Students in Iran's capital protested against the government.", "IRNEDU"),
        ("Journalists in Turkey's southeast were detained on Monday.", "TURMED"),
    ],
)
def test_agents_a_region_of_a_state_owns_the_agent(
    nlp: Language, matcher: ActorMatcher, text: str, code: str
) -> None:
    assert code in _codes(matcher(nlp(text))).values(), _codes(matcher(nlp(text)))


def test_agents_troops_in_a_region_of_a_state_are_not_its_own(nlp: Language, matcher: ActorMatcher) -> None:
    """Guard: armed men are often abroad; a region does not make them its state's."""
    codes = _codes(matcher(nlp("Militants in Syria's north attacked Turkish troops.")))
    assert codes.get("Militants") == "UAF", codes


# --- a name before a lower-case "state" names a region, not an organisation -------------------------


def test_agents_a_name_before_state_is_a_region_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Gunmen", 1, "nsubj", "NOUN", "NNS", "gunman"),
            ("raided", 1, "ROOT", "VERB", "VBD", "raid"),
            ("a", 3, "det", "DET", "DT", "a"),
            ("village", 1, "dobj", "NOUN", "NN", "village"),
            ("in", 3, "prep", "ADP", "IN", "in"),
            ("Enugu", 6, "compound", "PROPN", "NNP", "Enugu"),
            ("state", 4, "pobj", "NOUN", "NN", "state"),
        ],
        ["O", "O", "O", "O", "O", "B-ORG", "O"],
    )
    assert _codes(doc).get("Enugu") == "NGA", _codes(doc)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Unidentified gunmen abducted a Catholic priest in Enugu state.", "Enugu"),
        ("The Tatmadaw carried out airstrikes on a KIA camp in Kachin state.", "Kachin"),
        ("Fighters attacked a police post in Kaduna state on Sunday.", "Kaduna"),
    ],
)
def test_agents_a_name_before_state_is_no_organisation(
    nlp: Language, matcher: ActorMatcher, text: str, name: str
) -> None:
    doc = matcher(nlp(text))
    actors = doc_actors(doc)
    named = [actors[s.label_] for s in doc.spans[SPANS_KEY] if s.text == name]
    assert all(a.type != "organisation" and a.code for a in named), named


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Protesters stormed government buildings in Dhaka.", "BGDGOV"),
        ("Demonstrators marched to the parliament building in Tbilisi.", "GEOLEG"),
        ("Rioters set fire to the government headquarters in Lima.", "PERGOV"),
    ],
)
def test_agents_seats_of_power_stand_for_their_bodies(
    nlp: Language, matcher: ActorMatcher, text: str, code: str
) -> None:
    assert code in _codes(matcher(nlp(text))).values(), _codes(matcher(nlp(text)))


# --- a government acting on nationals, refugees or prisoners of a state is not that state's --------------


def test_agents_nationals_acted_on_do_not_own_the_government_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("The", 1, "det", "DET", "DT", "the"), ("government", 2, "nsubj", "NOUN", "NN", "government"),
        ("jailed", 2, "ROOT", "VERB", "VBD", "jail"), ("two", 5, "nummod", "NUM", "CD", "two"),
        ("British", 5, "amod", "ADJ", "JJ", "british"), ("nationals", 2, "dobj", "NOUN", "NNS", "national"),
    ], ents=["O", "O", "O", "B-CARDINAL", "B-NORP", "O"])  # fmt: skip
    assign_domestic(doc, matcher.catalogue.get, matcher.words)
    assert ("The government", "GBRGOV") not in [(text, label) for text, label, _ in mentions(doc)]


@pytest.mark.parametrize(
    ("text", "generic", "foreign"),
    [
        ("The government deported hundreds of Afghan refugees.", "The government", "AFGGOV"),
        ("The government released 30 Palestinian prisoners.", "The government", "PSEGOV"),
        ("The junta freed an adviser to Suu Kyi, an Australian citizen.", "The junta", "AUSGOV"),
    ],
)
def test_agents_nationals_acted_on_do_not_own_the_government(
    nlp: Language, matcher: ActorMatcher, text: str, generic: str, foreign: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(generic) != foreign


def test_agents_own_people_acted_on_still_own_the_government(nlp: Language, matcher: ActorMatcher) -> None:
    """Guard: "arrested Kenyan opposition leaders": the government is Kenya's."""
    codes = domestic_codes(nlp, matcher, "The government arrested Kenyan opposition leaders.")
    assert codes.get("The government") == "KENGOV", codes


# --- people posted or living abroad name no home for the sentence's generic agents ------------------------


@pytest.mark.parametrize(
    ("text", "generic", "foreign"),
    [
        ("Police arrested protesters outside the Israeli embassy.", "Police", "ISRCOP"),
        ("Police detained dozens of Afghan refugees.", "Police", "AFGCOP"),
        ("Riot police dispersed a crowd outside the French consulate.", "Riot police", "FRACOP"),
    ],
)
def test_agents_people_abroad_name_no_home(
    nlp: Language, matcher: ActorMatcher, text: str, generic: str, foreign: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(generic) != foreign


def test_agents_citizens_in_a_place_still_name_its_state(nlp: Language, matcher: ActorMatcher) -> None:
    """Guard: "citizens in Tikrit" live there; the parties called on are Iraq's."""
    text = "Abadi called on all parties to respect the rights of citizens in Tikrit."
    assert domestic_codes(nlp, matcher, text).get("all parties") == "IRQPTY"


# --- a group of a kind its modifier's sector names ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "group", "code"),
    [
        ("The minister met representatives of women's groups in Kabul.", "women's groups", "CVL"),
        ("Police broke up a protest by farmers' organisations in Delhi.", "farmers' organisations", "AGR"),
        ("The president met victims' groups in Kyiv.", "victims' groups", "CVL"),
        ("The government banned business groups and media organisations.", "media organisations", "MED"),
        # a modifier of no sector leaves the head's own kind: armed groups are armed
        ("The army attacked armed groups in Darfur.", "armed groups", "UAF"),
    ],
)
def test_agents_a_group_takes_the_sector_of_its_modifier(
    nlp: Language, matcher: ActorMatcher, text: str, group: str, code: str
) -> None:
    codes = domestic_codes(nlp, matcher, text)
    assert codes.get(group, "").endswith(code), codes


def test_agents_a_group_takes_the_sector_of_its_possessor_by_hand(matcher: ActorMatcher) -> None:
    words = ["Police", "met", "women", "'s", "groups", "."]
    doc = Doc(matcher.vocab, words=words, spaces=[True, True, False, True, False, False],
              heads=[1, 1, 4, 2, 1, 1], deps=["nsubj", "ROOT", "poss", "case", "dobj", "punct"],
              pos=["NOUN", "VERB", "NOUN", "PART", "NOUN", "PUNCT"],
              tags=["NNS", "VBD", "NNS", "POS", "NNS", "."],
              lemmas=["police", "meet", "woman", "'s", "group", "."])  # fmt: skip
    actors = doc_actors(matcher(doc))
    codes = {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}
    assert codes.get("women's groups") == "CVL", codes


# --- people named by what they are belong to the state of the region where the act happens --------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Gunmen abducted a priest and two nuns in Kogi state.", "a priest", "NGAREL"),
        ("Gunmen abducted a priest and two nuns in Kogi state.", "two nuns", "NGACHR"),
        ("Bandits kidnapped dozens of schoolgirls in Zamfara state.", "schoolgirls", "NGAEDU"),
        ("Myanmar military aircraft bombed a camp for displaced people in Kachin state.", "displaced people",
         "MMRCVL"),
        ("Police arrested an imam in Kaduna state on Friday.", "an imam", "NGAMUS"),
    ],
)  # fmt: skip
def test_agents_people_in_a_named_region_belong_to_its_state(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(phrase) == code, domestic_codes(nlp, matcher, text)


def test_agents_clergy_are_actors_of_their_faith(nlp: Language, matcher: ActorMatcher) -> None:
    codes = domestic_codes(nlp, matcher, "Separatists kidnapped a Catholic bishop and a rabbi.")
    assert (codes.get("a Catholic bishop"), codes.get("a rabbi")) == ("CHR", "JEW"), codes


def test_agents_people_in_a_named_region_by_hand(matcher: ActorMatcher) -> None:
    rows = [("Gunmen", 1, "nsubj", "NOUN", "NNS", "gunman"), ("abducted", 1, "ROOT", "VERB", "VBD", "abduct"),
            ("a", 3, "det", "DET", "DT", "a"), ("priest", 1, "dobj", "NOUN", "NN", "priest"),
            ("in", 3, "prep", "ADP", "IN", "in"), ("Enugu", 6, "compound", "PROPN", "NNP", "Enugu"),
            ("state", 4, "pobj", "NOUN", "NN", "state"), (".", 1, "punct", "PUNCT", ".", ".")]  # fmt: skip
    doc = by_hand(matcher, rows, ["O", "O", "O", "O", "O", "B-GPE", "O", "O"])
    actors = doc_actors(doc)
    assert {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}.get("a priest") == "NGAREL"


# -- a name on a building or site names the site -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "site_name"),
    [
        ("Israeli police raided the al-Aqsa mosque compound and arrested dozens of worshippers.", "al-Aqsa"),
        ("Hundreds of settlers entered the Al-Aqsa Mosque on Sunday.", "Al-Aqsa"),
        ("Israel closed Ben Gurion airport after the missile attack.", "Ben Gurion"),
        ("Protesters gathered outside Trump Tower in New York.", "Trump"),
    ],
)
def test_agents_a_name_on_a_site_names_no_actor(
    nlp: Language, matcher: ActorMatcher, text: str, site_name: str
) -> None:
    assert not [m for m in parsed(nlp, matcher, text) if site_name in m[0]], parsed(nlp, matcher, text)


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        (
            "The al-Aqsa Brigades attacked Israeli soldiers near Nablus.",
            "al-Aqsa",
            "al-aqsa-martyrs-brigades",
        ),
        ("Russian drones struck Kyiv airport overnight.", "Kyiv", "UKR"),
    ],
)
def test_agents_a_group_or_a_state_before_no_site_stays(
    nlp: Language, matcher: ActorMatcher, text: str, name: str, actor: str
) -> None:
    assert (name, actor) in {(m[0], m[1]) for m in parsed(nlp, matcher, text)}, parsed(nlp, matcher, text)


def test_agents_a_name_on_a_site_by_hand(matcher: ActorMatcher) -> None:
    rows = [("Police", 1, "nsubj", "NOUN", "NNS", "police"), ("raided", 1, "ROOT", "VERB", "VBD", "raid"),
            ("the", 4, "det", "DET", "DT", "the"), ("al-Aqsa", 4, "compound", "PROPN", "NNP", "al-Aqsa"),
            ("mosque", 1, "dobj", "NOUN", "NN", "mosque")]  # fmt: skip
    assert "al-Aqsa" not in [m[0] for m in mentions(by_hand(matcher, rows, ["O", "O", "O", "B-ORG", "O"]))]
    rows[4] = ("offices", 1, "dobj", "NOUN", "NNS", "office")
    assert "al-Aqsa" in [m[0] for m in mentions(by_hand(matcher, rows, ["O", "O", "O", "B-ORG", "O"]))]


# --- a name that closes the name of a town the gazetteer knows is the town --------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The TTP claimed an attack on a police station in Dera Ismail Khan.", ("Dera Ismail Khan", "PAK")),
        ("Police in Dera Ismail Khan arrested three militants.", ("Police in Dera Ismail Khan", "PAKCOP")),
        ("Floods cut the road to Dera Ismail Khan on Monday.", ("Dera Ismail Khan", "PAK")),
    ],
)
def test_agents_a_name_closing_a_town_is_the_town(
    nlp: Language, matcher: ActorMatcher, text: str, mention: tuple[str, str]
) -> None:
    found = parsed(nlp, matcher, text)
    assert mention in {(m[0], m[1]) for m in found}, found
    assert not [m for m in found if m[1] == "ismail-khan"], found


def test_agents_the_person_alone_stays(nlp: Language, matcher: ActorMatcher) -> None:
    found = parsed(nlp, matcher, "Afghan warlord Ismail Khan met Iranian officials in Herat.")
    assert ("Ismail Khan", "ismail-khan") in {(m[0], m[1]) for m in found}, found


def test_agents_a_name_closing_a_town_by_hand(matcher: ActorMatcher) -> None:
    rows = [("Gunmen", 1, "nsubj", "NOUN", "NNS", "gunman"), ("attacked", 1, "ROOT", "VERB", "VBD", "attack"),
            ("Dera", 4, "compound", "PROPN", "NNP", "Dera"),
            ("Ismail", 4, "compound", "PROPN", "NNP", "Ismail"),
            ("Khan", 1, "dobj", "PROPN", "NNP", "Khan")]  # fmt: skip
    found = mentions(by_hand(matcher, rows, ["O", "O", "O", "B-PERSON", "I-PERSON"]))
    assert ("Dera Ismail Khan", "PAK") in {(m[0], m[1]) for m in found}, found


# --- armed people no name owns are of the kind their modifier says ------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Cameroonian soldiers killed eight separatist fighters in the Northwest region.", "fighters", "REB"),
        ("Rebel gunmen ambushed a convoy near Beni, the army said.", "gunmen", "REB"),
        ("Separatist militants attacked a police post in Balochistan.", "militants", "REB"),
        ("Mexican troops killed 13 suspected cartel gunmen.", "gunmen", "CRM"),
        # a kind no sector names keeps the head's own
        ("Armed men attacked a bus near Maiduguri.", "men", "UAF"),
        ("Militants attacked a police post in Balochistan.", "Militants", "UAF"),
    ],
)
def test_armed_people_take_the_kind_of_their_modifier(
    extractor: Extractor, text: str, phrase: str, code: str
) -> None:
    found = coded_mentions(extractor, text)
    assert [c for t, c in found if t.endswith(phrase) and str(c).endswith(code)], found


def test_armed_people_take_the_kind_of_their_modifier_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("separatist", 3, "amod", "ADJ", "JJ", "separatist"),
            ("fighters", 1, "dobj", "NOUN", "NNS", "fighter"),
        ],
    )
    actors = doc_actors(doc)
    assert {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}["separatist fighters"] == "REB"
    plain = by_hand(
        matcher,
        [
            ("Troops", 1, "nsubj", "NOUN", "NNS", "troop"),
            ("killed", 1, "ROOT", "VERB", "VBD", "kill"),
            ("the", 3, "det", "DET", "DT", "the"),
            ("militants", 1, "dobj", "NOUN", "NNS", "militant"),
        ],
    )
    actors = doc_actors(plain)
    assert {s.text: actors[s.label_].code for s in plain.spans[SPANS_KEY]}["the militants"] == "UAF"


# --- a town only the gazetteer places owns its agents, as a catalogue name does ------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Jalisco cartel attacked soldiers in Michoacan.", "Jalisco cartel", "MEXCRM"),
        ("Sindh police arrested two men suspected of smuggling.", "Sindh police", "PAKCOP"),
        ("Gunmen ambushed Borno police near Maiduguri on Sunday.", "Borno police", "NGACOP"),
    ],
)
def test_a_placed_town_owns_its_agents(extractor: Extractor, text: str, phrase: str, code: str) -> None:
    assert (phrase, code) in coded_mentions(extractor, text)


def test_a_placed_town_owns_its_agents_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("The", 2, "det", "DET", "DT", "the"),
            ("Jalisco", 2, "compound", "PROPN", "NNP", "Jalisco"),
            ("cartel", 3, "nsubj", "NOUN", "NN", "cartel"),
            ("attacked", 3, "ROOT", "VERB", "VBD", "attack"),
            ("soldiers", 3, "dobj", "NOUN", "NNS", "soldier"),
        ],
        ents=["O", "B-GPE", "O", "O", "O"],
    )
    actors = doc_actors(doc)
    assert {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]}.get("Jalisco cartel") == "MEXCRM"


# --- a body led by someone is theirs -----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "A delegation led by Qatar's foreign minister arrived in Kabul for talks with the Taliban.",
            "QATGOV",
        ),
        ("A delegation headed by the Iranian foreign minister visited Beirut.", "IRNGOV"),
        ("A coalition led by Saudi Arabia struck Sanaa on Friday.", "SAUMIL"),
        ("A delegation led by Sergei Lavrov arrived in Pyongyang.", "RUSGOV"),
    ],
)
def test_a_body_led_by_someone_is_theirs(extractor: Extractor, text: str, code: str) -> None:
    got = extractor.extract(Document(id="t", text=text)).relations
    assert got and {r.source.code for r in got} == {code}, got


def test_a_body_led_by_someone_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("A", 1, "det", "DET", "DT", "a"),
            ("delegation", 5, "nsubj", "NOUN", "NN", "delegation"),
            ("led", 1, "acl", "VERB", "VBN", "lead"),
            ("by", 2, "agent", "ADP", "IN", "by"),
            ("Qatar", 3, "pobj", "PROPN", "NNP", "Qatar"),
            ("arrived", 5, "ROOT", "VERB", "VBD", "arrive"),
        ],
    )
    actors = doc_actors(doc)
    assert {s.text: actors[s.label_].code for s in doc.spans[SPANS_KEY]} == {
        "A delegation led by Qatar": "QATGOV"
    }


# --- the adjectives of the Americas' regions name the region, not the United States ----------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Venezuela broke off relations with seven Latin American countries.", "Latin American", "LAM"),
        ("Central American migrants crossed into Mexico on Sunday.", "Central American migrants", "LAMCVL"),
        ("South American leaders met in Brasilia.", "South American leaders", "SAMGOV"),
        ("American officials met their Canadian counterparts.", "American officials", "USAGOV"),
    ],
)
def test_a_region_of_the_americas_is_no_united_states(
    extractor: Extractor, text: str, phrase: str, code: str
) -> None:
    assert (phrase, code) in coded_mentions(extractor, text), coded_mentions(extractor, text)


def test_a_region_of_the_americas_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Latin", 1, "amod", "ADJ", "JJ", "latin"),
            ("American", 2, "amod", "ADJ", "JJ", "american"),
            ("states", 3, "nsubj", "NOUN", "NNS", "state"),
            ("met", 3, "ROOT", "VERB", "VBD", "meet"),
        ],
    )
    assert "USA" not in {doc_actors(doc)[s.label_].code for s in doc.spans[SPANS_KEY]}


# --- a site named for its town is in the town's state ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Russian officials blamed Ukraine for the attack on the Zaporizhzhia nuclear plant.",
            "Zaporizhzhia",
            "UKR",
        ),
        ("Missiles hit the Ras Tanura refinery on Saturday.", "Ras Tanura", "SAU"),
        ("Protesters gathered outside the Ben Gurion airport.", "Ben Gurion", None),
    ],
)
def test_a_site_named_for_its_town_is_in_its_state(
    extractor: Extractor, text: str, phrase: str, code: str | None
) -> None:
    got = dict(coded_mentions(extractor, text))
    assert got.get(phrase) == code, got


# --- a hyphenated modifier between an owner and its agent word; a backer owns no agent -----------------
@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        (
            "Libya's eastern-based parliament rejected the deal with Turkey.",
            "Libya's eastern-based parliament",
            "LBYLEG",
        ),
        ("Iran's state-run media accused Israel of sabotage.", "Iran's state-run media", "IRNMED"),
        (
            "Russia's state-owned gas company cut supplies to Moldova.",
            "Russia's state-owned gas company",
            "RUSBUS",
        ),
    ],
)
def test_a_hyphenated_modifier_keeps_the_owner(
    nlp: Language, matcher: ActorMatcher, text: str, mention: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(mention) == code


@pytest.mark.parametrize(
    "text",
    [
        "The UN-backed government in Tripoli signed a maritime deal with Turkey.",
        "The EU-funded coast guard intercepted hundreds of migrants off Libya.",
        "The US-trained police in Haiti arrested two gang leaders.",
    ],
)
def test_a_backer_owns_no_agent(nlp: Language, matcher: ActorMatcher, text: str) -> None:
    codes = domestic_codes(nlp, matcher, text)
    owned = [m for m, c in codes.items() if "-" in m and any(w in m for w in ("backed", "funded", "trained"))]
    assert not owned, codes


def test_hyphenated_modifier_and_backer_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Libya", 5, "poss", "PROPN", "NNP", "Libya"),
            ("'s", 0, "case", "PART", "POS", "'s"),
            ("eastern", 4, "npadvmod", "ADJ", "JJ", "eastern"),
            ("-", 4, "punct", "PUNCT", "HYPH", "-"),
            ("based", 5, "amod", "VERB", "VBN", "base"),
            ("parliament", 6, "nsubj", "NOUN", "NN", "parliament"),
            ("met", 6, "ROOT", "VERB", "VBD", "meet"),
        ],
    )
    assert [t for t, _, kind in mentions(doc) if kind == "agent"] == [
        "Libya 's eastern - based parliament"
    ], mentions(doc)
    doc = by_hand(
        matcher,
        [
            ("the", 4, "det", "DET", "DT", "the"),
            ("UN", 4, "compound", "PROPN", "NNP", "UN"),
            ("-", 4, "amod", "ADJ", "JJ", "-"),
            ("backed", 4, "amod", "VERB", "VBN", "back"),
            ("government", 5, "nsubj", "NOUN", "NN", "government"),
            ("met", 5, "ROOT", "VERB", "VBD", "meet"),
        ],
    )
    assert not any("government" in t and "UN" in t for t, _, _ in mentions(doc)), mentions(doc)


# --- the Pope is the Holy See's sovereign --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Pope Francis urged Israel and Hamas to agree to a ceasefire.", "Pope Francis"),
        ("Pope Leo XIV met Ukrainian President Volodymyr Zelensky at the Vatican.", "Pope Leo XIV"),
        ("Pope Leo called on Russia to release Ukrainian prisoners.", "Pope Leo"),
    ],
)
def test_the_pope_speaks_for_the_holy_see(
    nlp: Language, matcher: ActorMatcher, text: str, mention: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(mention) == "VATGOV"


def test_the_pope_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Pope", 1, "compound", "PROPN", "NNP", "Pope"),
            ("Francis", 2, "nsubj", "PROPN", "NNP", "Francis"),
            ("spoke", 2, "ROOT", "VERB", "VBD", "speak"),
        ],
    )
    assert ("Pope Francis", "pope-francis", "name") in mentions(doc), mentions(doc)


# -- forces of a kind: the modifier (or the agents file's phrase) says which ----------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Police forces fired tear gas at protesters.", "Police forces", "COP"),
        ("Security forces raided the offices of the newspaper.", "Security forces", "COP"),
        ("Rebel forces shelled the airport overnight.", "Rebel forces", "REB"),
        ("Government forces recaptured the town on Monday.", "Government forces", "MIL"),
    ],
)
def test_forces_of_a_kind_take_its_sector(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text)[phrase] == code


def test_forces_of_a_kind_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Police", 1, "compound", "NOUN", "NN", "police"),
            ("forces", 2, "nsubj", "NOUN", "NNS", "force"),
            ("fired", 2, "ROOT", "VERB", "VBD", "fire"),
            (".", 2, "punct", "PUNCT", ".", "."),
        ],
    )
    assert [(text, doc_actors(doc)[label].code) for text, label, _ in mentions(doc)] == [
        ("Police forces", "COP")
    ]


# -- a name whose agent phrase would swallow another mention stays a name -------------------------------
@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("A Turkish drone strike killed two members of the Kurdish-led SDF in northeast Syria.",
         "two members of the Kurdish-led SDF", "SYRREB"),
        ("Kazakhstan declined to recognise the Russian-backed separatist republics in eastern Ukraine.",
         "separatist republics", "UKRREB"),
        ("The UN-backed government in Tripoli signed a deal with Turkey.", "government", "LBYGOV"),
    ],
)  # fmt: skip
def test_a_name_qualified_by_another_keeps_its_phrase(
    extractor: Extractor, text: str, phrase: str, code: str
) -> None:
    relations = extractor.extract(Document(id="t", text=text)).relations
    assert (phrase, code) in {(end.text, end.code) for r in relations for end in (r.source, r.target)}


def test_a_name_qualified_by_another_stays_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(
        matcher,
        [
            ("Drones", 1, "nsubj", "NOUN", "NNS", "drone"),
            ("hit", 1, "ROOT", "VERB", "VBD", "hit"),
            ("members", 1, "dobj", "NOUN", "NNS", "member"),
            ("of", 2, "prep", "ADP", "IN", "of"),
            ("the", 8, "det", "DET", "DT", "the"),
            ("Kurdish", 7, "npadvmod", "PROPN", "NNP", "Kurdish"),
            ("-", 7, "punct", "PUNCT", "HYPH", "-"),
            ("led", 8, "amod", "VERB", "VBN", "lead"),
            ("SDF", 3, "pobj", "PROPN", "NNP", "SDF"),
            (".", 1, "punct", "PUNCT", ".", "."),
        ],
    )
    assert "sdf" in {label for _, label, _ in mentions(doc)}


# --- courts and prosecutors named by their noun alone ------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("Guatemala's president accused prosecutors of plotting a coup.", "prosecutors", "GTMJUD"),
        ("In Istanbul, a court jailed two journalists.", "a court", "TURJUD"),
        ("Iran's judiciary sentenced a French tourist to prison.", "Iran's judiciary", "IRNJUD"),
        ("A judge in Lagos froze the accounts of a Nigerian senator.", "A judge in Lagos", "NGAJUD"),
        ("Kenya's opposition leader said the judges had been bribed.", "the judges", "KENJUD"),
    ],
)
def test_agents_courts_and_prosecutors_are_judiciary_at_home(
    nlp: Language, matcher: ActorMatcher, text: str, name: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(name) == code


def test_agents_a_court_named_alone_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("The", 1, "det", "DET", "DT", "the"),
        ("court", 2, "nsubj", "NOUN", "NN", "court"),
        ("jailed", 2, "ROOT", "VERB", "VBD", "jail"),
        ("two", 4, "nummod", "NUM", "CD", "two"),
        ("activists", 2, "dobj", "NOUN", "NNS", "activist"),
    ])  # fmt: skip
    assert ("The court", "grp:court", "generic") in mentions(doc)


def test_agents_kin_are_not_the_body_of_whom_they_are_kin_by_hand(matcher: ActorMatcher) -> None:
    doc = by_hand(matcher, [
        ("the", 1, "det", "DET", "DT", "the"),
        ("son", 1, "ROOT", "NOUN", "NN", "son"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("Hamas", 5, "compound", "PROPN", "NNP", "Hamas"),
        ("commander", 2, "pobj", "NOUN", "NN", "commander"),
    ])  # fmt: skip
    found = mentions(doc)
    assert ("the son", "grp:son", "generic") in found and not [m for m in found if "son of" in m[0]], found


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Libyan National Army shelled the outskirts of Tripoli.", "Libyan National Army", "LBYMIL"),
        ("The Afghan National Army retook the district from the Taliban.", "Afghan National Army", "AFGMIL"),
        ("The Somali National Army killed 30 al-Shabaab fighters.", "Somali National Army", "SOMMIL"),
        # a people's word alone stays the people's; one qualifying no force stays its own
        ("Four Iranian nationals were arrested in Baku.", "Iranian nationals", "IRNCVL"),
    ],
)
def test_agents_a_word_of_the_people_naming_a_force_is_the_force(
    extractor: Extractor, text: str, phrase: str, code: str
) -> None:
    named = {
        m.text.removeprefix("The "): m.code for m in extractor.extract(Document(id="t", text=text)).mentions
    }
    assert named.get(phrase) == code, named


def test_agents_a_word_of_the_people_naming_a_force_by_hand(matcher: ActorMatcher) -> None:
    rows = [("the", 3, "det", "DET", "DT", "the"), ("Chilean", 3, "amod", "ADJ", "JJ", "chilean"),
            ("National", 3, "compound", "PROPN", "NNP", "National"),
            ("Army", 4, "nsubj", "PROPN", "NNP", "Army"),
            ("attacked", 4, "ROOT", "VERB", "VBD", "attack")]  # fmt: skip
    doc = by_hand(matcher, rows)
    codes = {text: doc_actors(doc)[label].code for text, label, _ in mentions(doc)}
    assert codes == {"Chilean National Army": "CHLMIL"}, codes


# -- regions: CAMEO's region codes, their agents and members, and the portfolios they name ------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Gulf states pledged billions of dollars to Lebanon.", "Gulf states", "PGS"),
        ("Gulf Arab monarchies restored ties with Qatar.", "Gulf Arab monarchies", "PGS"),
        ("African leaders criticised France at the summit.", "African leaders", "AFRGOV"),
        (
            "Southeast Asian diplomats urged Myanmar to end the violence.",
            "Southeast Asian diplomats",
            "SEAGOV",
        ),
        ("Russia cut gas supplies to Europe in 2022.", "Europe", "EUR"),
        ("Iran expanded its influence across the Middle East.", "the Middle East", "MEA"),
        ("Nordic countries pledged aid to Ukraine.", "Nordic countries", "SCN"),
        # its organisations and banks are longer names and keep their own codes
        ("The European Central Bank raised rates.", "European Central Bank", "IGOEUREEC"),
        ("The European Council extended sanctions on Russia.", "European Council", "IGOEUREEC"),
        ("The African Union suspended Niger.", "The African Union", "IGOAFRAFU"),
        ("The Central African Republic expelled a French diplomat.", "Central African Republic", "CAF"),
        ("The Caucasus Emirate claimed the attack.", "The Caucasus Emirate", "RUSREB"),
    ],
)
def test_agents_regions_are_actors(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    """The regions statements and analysis speak for, with their agents, as "Latin American"
    leaders are; names that hold a region's keep their own actor."""
    assert domestic_codes(nlp, matcher, text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Germany met its African partners in Berlin.", "African partners", "AFRGOV"),
        ("Washington reassured its European allies.", "European allies", "EURGOV"),
        ("Tokyo courted its Southeast Asian partners.", "Southeast Asian partners", "SEAGOV"),
    ],
)
def test_agents_a_regions_partners_are_its_own(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    """ "African partners" are African states, where "American allies" are America's others."""
    assert domestic_codes(nlp, matcher, text)[phrase] == code


def test_agents_a_states_allies_stay_others(nlp: Language, matcher: ActorMatcher) -> None:
    codes = domestic_codes(nlp, matcher, "Beijing warned American allies in Asia.")
    assert codes.get("American") == "USA" and "American allies" not in codes, codes


def test_agents_a_regions_partners_by_hand(matcher: ActorMatcher) -> None:
    rows = [("Japan", 1, "nsubj", "PROPN", "NNP", "Japan"), ("met", 1, "ROOT", "VERB", "VBD", "meet"),
            ("Caribbean", 3, "compound", "PROPN", "NNP", "Caribbean"),
            ("partners", 1, "dobj", "NOUN", "NNS", "partner")]  # fmt: skip
    codes = {
        text: doc_actors(doc)[label].code
        for doc in [by_hand(matcher, rows)]
        for text, label, _ in mentions(doc)
    }
    assert codes == {"Japan": "JPN", "Caribbean partners": "CRBGOV"}, codes


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Minister for the Middle East Tobias Ellwood visited Baghdad.", "the Middle East"),
        ("The EU Special Representative for Central Asia met Kazakh officials.", "Central Asia"),
        ("Britain's minister for Africa met the Kenyan president.", "Africa"),
    ],
)
def test_agents_a_region_an_office_is_for_is_no_actor(
    nlp: Language, matcher: ActorMatcher, text: str, region: str
) -> None:
    assert region not in domestic_codes(nlp, matcher, text)


def test_agents_a_region_aid_is_for_stays_an_actor(nlp: Language, matcher: ActorMatcher) -> None:
    assert domestic_codes(nlp, matcher, "Japan pledged more aid for Africa.").get("Africa") == "AFR"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        (
            "Russian air defences shot down 30 Ukrainian drones over Belgorod.",
            "Russian air defences",
            "RUSMIL",
        ),
        ("Ukraine's air defense destroyed 40 Russian missiles overnight.", "Ukraine's air defense", "UKRMIL"),
        ("Israeli air defences intercepted rockets from Lebanon.", "Israeli air defences", "ISRMIL"),
    ],
)
def test_agents_a_states_air_defences_are_its_military(
    nlp: Language, matcher: ActorMatcher, text: str, phrase: str, code: str
) -> None:
    assert domestic_codes(nlp, matcher, text).get(phrase) == code
