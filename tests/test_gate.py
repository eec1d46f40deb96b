"""The gate: gated extraction finds what full extraction finds, with offsets into the original text."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.extraction import Extraction, Extractor
from graphkit.extraction.gate import Excerpt, Gate, whole_sentences
from graphkit.extraction.gated import sentence_cased
from graphkit.models import Document, Mention, Span
from graphkit.nlp import load_pipeline

TEXTS = [
    "The weather was mild all week. Russia attacked Ukraine on Monday.\n"
    "Markets were calm. Iran and Iraq signed a trade agreement in Baghdad.",
    "Vladimir Putin spoke in Moscow. He later warned Ukraine against joining NATO.\n"
    "Prices rose. Analysts expected little change.",
    "China and India held talks on their border. The two countries agreed to a ceasefire.\n"
    "It rained in Delhi. Turkey condemned the Syrian government for the attack on Kurdish fighters.",
    "Hezbollah fired rockets at Israel. Israeli jets struck Lebanon in response.\n\n"
    "Nothing else happened that day. The United States urged Israel to show restraint.",
]


def _documents() -> list[Document]:
    return [Document(id=f"t{number}", text=text) for number, text in enumerate(TEXTS)]


def _relation_keys(results: list[Extraction]) -> list[tuple[object, ...]]:
    return sorted(
        (
            r.doc_id,
            r.source.id,
            r.source.start,
            r.target.id,
            r.target.start,
            r.relation,
            r.trigger.start if r.trigger else None,
            r.sentence.start,
        )
        for result in results
        for r in result.relations
    )


def test_gate_finds_the_relations_of_full_extraction(extractor: Extractor) -> None:
    full = list(extractor.pipe(_documents(), full=True))
    gated = list(extractor.pipe(_documents()))
    assert _relation_keys(full)  # the texts hold relations to compare
    assert _relation_keys(gated) == _relation_keys(full)


def test_gate_offsets_slice_the_original_text(extractor: Extractor) -> None:
    documents = _documents()
    for document, result in zip(documents, extractor.pipe(documents), strict=True):
        spans: list[Span | Mention] = list(result.mentions)
        for rel in result.relations:
            spans += [rel.sentence, rel.source, rel.target, *([rel.trigger] if rel.trigger else [])]
        assert spans
        for span in spans:
            assert document.text[span.start : span.end] == span.text


def test_gate_keeps_document_order_in_worker_processes(extractor: Extractor) -> None:
    documents = _documents() * 3
    alone = list(extractor.pipe(documents, batch_size=2))
    parallel = list(extractor.pipe(documents, batch_size=2, n_process=2))
    assert [result.doc.id for result in parallel] == [document.id for document in documents]
    assert parallel == alone


class _Seen:
    """A pipeline component that records the text of every document it is given."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def __call__(self, doc: Doc) -> Doc:
        self.texts.append(doc.text)
        return doc


@Language.factory("test_gate_seen")
def _make_seen(nlp: Language, name: str) -> _Seen:
    return _Seen()


def test_gate_skips_the_parser_without_actors() -> None:
    nlp = load_pipeline()
    seen = nlp.add_pipe("test_gate_seen", after="parser")
    assert isinstance(seen, _Seen)
    extractor = Extractor(nlp)
    quiet = "It rained all day in the valley. Prices of bread went up again. Nobody was surprised."
    busy = "It rained all day. Russia attacked Ukraine."
    results = list(extractor.pipe([Document(id="quiet", text=quiet), Document(id="busy", text=busy)]))
    assert results[0].relations == [] and results[0].mentions == []
    assert [(r.source.text, r.target.text) for r in results[1].relations] == [("Russia", "Ukraine")]
    assert seen.texts == ["Russia attacked Ukraine."]


def test_gate_excerpt_maps_offsets_back() -> None:
    text = "Iran met Iraq. It rained. They talked."
    excerpt = Excerpt.of(text, [(0, 14), (26, 38)])
    start = excerpt.text.index("They")
    assert excerpt.span(start, start + 4) == (26, 30)
    assert excerpt.inner(26, 30) == (start, start + 4)
    assert excerpt.inner(10, 30) is None


def test_gate_lets_through_verbs_the_rules_read_without_the_lexicon(extractor: Extractor) -> None:
    """ "retook", "recaptured", "regained": verbs of wresting the dictionary lacks, or that the
    small pipeline leaves unlemmatised, are read by the rules, so the gate must parse their sentences
    as the full pipeline would."""
    texts = [
        "Rwandan troops retook the town from insurgents.",
        "The Syrian army regained control of Aleppo from rebel groups.",
        "Iraqi forces retook Ramadi from Islamic State fighters in December.",
    ]
    documents = [Document(id=str(i), text=text) for i, text in enumerate(texts)]
    gated = _relation_keys(list(extractor.pipe(documents)))
    full = _relation_keys(list(extractor.pipe(documents, full=True)))
    assert gated == full
    assert len({key[0] for key in gated}) == len(texts)  # each sentence holds its fight


HYPHENATED_OPENINGS = [
    "Anti-government protesters stormed the parliament in Baghdad.",
    "Anti-war activists marched in London on Saturday.",
    "Pro-Russian separatists shelled Kramatorsk.",
]


def test_gate_keeps_a_hyphenated_first_word_whole(extractor: Extractor) -> None:
    """The sentence splitter may open a sentence at the hyphen of "Anti-government"; the excerpt
    the gate parses must not lose the word's first half."""
    documents = [Document(id=f"h{number}", text=text) for number, text in enumerate(HYPHENATED_OPENINGS)]
    gated = list(extractor.pipe(documents))
    full = list(extractor.pipe(documents, full=True))
    for gated_result, full_result in zip(gated, full, strict=True):
        first = gated_result.mentions[0]
        assert first.start == 0 and first.text.split()[0] in {"Anti-government", "Anti-war", "Pro-Russian"}
        assert [(m.text, m.code) for m in gated_result.mentions] == [
            (m.text, m.code) for m in full_result.mentions
        ]


def test_gate_whole_sentences_on_a_hand_split_doc(nlp: Language) -> None:
    doc = nlp.make_doc("Anti-war activists marched. Police watched.")
    for token in doc:
        token.is_sent_start = token.i in (0, 1, 6)  # a split at the hyphen, and a true one
    assert [sent.text for sent in whole_sentences(doc)] == ["Anti-war activists marched.", "Police watched."]


HEADLINES = [
    ("Russia Strikes Kyiv With Drones Overnight", ("RUS", "UKR")),
    ("China Warns Philippines Over South China Sea Incident", ("CHN", "PHL")),
    ("US Imposes New Sanctions on Venezuela", ("USA", "VEN")),
]


def test_gate_reads_headlines_in_title_case(extractor: Extractor) -> None:
    """A headline in title case is parsed in sentence case; what the user sees keeps its own case."""
    documents = [Document(id=f"t{n}", text=text) for n, (text, _) in enumerate(HEADLINES)]
    for document, result, (_, pair) in zip(documents, extractor.pipe(documents), HEADLINES, strict=True):
        assert pair in {(r.source.country, r.target.country) for r in result.relations}, result.relations
        for rel in result.relations:
            assert document.text[rel.sentence.start : rel.sentence.end] == rel.sentence.text == document.text


def test_gate_leaves_prose_with_many_names_as_it_is(nlp: Language) -> None:
    doc = nlp.make_doc("Kenyan President William Ruto hosted Somali President Hassan Sheikh Mohamud.")
    assert sentence_cased(doc[:], set()) == [token.text for token in doc]
    headline = nlp.make_doc("Iran Seizes Oil Tanker in Gulf of Oman")
    expected = ["Iran", "seizes", "oil", "tanker", "in", "Gulf", "of", "Oman"]
    assert sentence_cased(headline[:], {0, 5, 6, 7}) == expected  # the names kept as they are


def test_gate_whole_sentences_keeps_a_line_break_apart(nlp: Language) -> None:
    """A sentence after a line break or a full stop with no space is a sentence of its own: only a
    split right after a word is undone (else every paragraph would be one sentence)."""
    doc = nlp.make_doc("Troops marched.\nPolice fled.Rebels hid.")
    for token in doc:
        token.is_sent_start = token.i in (0, 3, 4, 7)  # the line break, "Police", "Rebels"
    sentences = [sent.text.strip() for sent in whole_sentences(doc)]
    assert [text for text in sentences if text] == ["Troops marched.", "Police fled.", "Rebels hid."]


def _names_text(nlp: Language, text: str) -> str:
    doc = nlp(text)
    return Gate().select(doc, spans=[]).names.text


def test_gate_sends_ner_a_window_around_each_possible_name(nlp: Language) -> None:
    # the rest of a long sentence changes nothing NER says about the name, whose embeddings see
    # four words either side
    filler = "the long talks that followed in the cold hall went on late into the night and then "
    text = f"Officials said {filler}Kemal Arslan met the envoys, {filler}they left."
    names = _names_text(nlp, text)
    assert "Kemal Arslan met" in names
    assert names.count("night") == 1 and not names.startswith("Officials")
    assert len(names) < len(text) / 2


def test_gate_name_window_reaches_into_the_sentence_before(nlp: Language) -> None:
    # a name opening a sentence keeps the words before it, as in the whole run of sentences
    text = "The army shelled the town of Kerem overnight. Dina Haddad told reporters it would go on."
    names = _names_text(nlp, text)
    assert "overnight. Dina Haddad told" in names


def test_gate_name_window_keeps_a_run_of_capitalised_words_whole(nlp: Language) -> None:
    # the catalogue knows the corps, so only "Esmail Qaani" is a possible name; the window around
    # it must not cut the corps' name, which NER reads as part of the run
    text = (
        "In a rare interview broadcast late on Sunday, the Islamic Revolutionary Guard Corps Quds "
        "Force Commander Esmail Qaani said the attacks would go on."
    )
    doc = nlp(text)
    start = text.index("Islamic")
    corps = doc.char_span(start, text.index(" Commander"), label="IRGC")
    assert corps is not None
    names = Gate().select(doc, spans=[corps]).names.text
    assert "Sunday, the Islamic Revolutionary Guard Corps Quds Force Commander Esmail Qaani said" in names
    assert not names.startswith("In a rare")


LONG_SENTENCES = [
    "After a night of talks in a hotel on the edge of the capital, the rebel commander Yusuf Okello "
    "signed a ceasefire with Uganda, according to a statement read out by officials on state radio.",
    "In a speech to a crowd of several thousand supporters gathered in the main square on Sunday "
    "evening, opposition leader Marta Kowalczyk accused Russia of meddling in the election.",
    "Speaking to reporters at the end of a long day of meetings in Brussels, the Lithuanian "
    "minister said the envoy Arnas Petraitis had been expelled by Belarus for spying.",
]


def test_gate_name_windows_find_the_names_of_full_extraction(extractor: Extractor) -> None:
    documents = [Document(id=f"long{n}", text=text) for n, text in enumerate(LONG_SENTENCES)]
    full = list(extractor.pipe(documents, full=True))
    gated = list(extractor.pipe(documents))
    unknown = [[m.text for m in result.mentions if m.id.startswith("unk:")] for result in gated]
    assert [[name for name in found if " " in name] for found in unknown] == [
        ["Yusuf Okello"],
        ["Marta Kowalczyk"],
        ["Arnas Petraitis"],
    ]
    assert [r.mentions for r in gated] == [r.mentions for r in full]


RECALLED_ACTS = [
    "North Korea launched a ballistic missile on Sunday. Japan and South Korea condemned the launch.",
    "Russian forces shelled Kharkiv overnight. Ukraine's foreign ministry condemned the shelling.",
    "Iranian forces seized a British-flagged tanker in the Strait of Hormuz. London denounced the seizure.",
]


def test_gate_parses_the_sentence_before_an_act_named_again(extractor: Extractor) -> None:
    """ "London denounced *the seizure*" has one actor of its own; the act it names again is the
    author's of the sentence before, which the gate must parse with it, as the full pipeline does."""
    documents = [Document(id=str(i), text=text) for i, text in enumerate(RECALLED_ACTS)]
    gated = _relation_keys(list(extractor.pipe(documents)))
    assert gated == _relation_keys(list(extractor.pipe(documents, full=True)))
    assert {key[0] for key in gated if key[5] == "criticize"} == {"0", "1", "2"}, gated


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tobias Ellwood, Minister for the Middle East welcomes the liberation of Sinjar.", "Tobias Ellwood"),
        ("Maria Lindqvist, Commissioner for Europe praised Ukraine's reforms.", "Maria Lindqvist"),
        ("Kwame Mensah, Envoy to the Gulf states welcomed the truce in Sudan.", "Kwame Mensah"),
    ],
)
def test_gate_a_name_window_of_prose_is_not_a_headline(extractor: Extractor, text: str, name: str) -> None:
    """NER reads a window around a name; the window's words may all be capitalised or function words
    ("Minister for the Middle East"), but the sentence is prose and keeps its case."""
    mentions = {m.text for m in extractor.extract(Document(id="t", text=text)).mentions}
    assert name in mentions, mentions


def test_gate_a_headline_piece_is_judged_by_its_sentence(nlp: Language) -> None:
    doc = nlp.make_doc("Ahmed Karimi, Minister for the Middle East spoke today")
    assert sentence_cased(doc[:7], set(), doc[:]) == [token.text for token in doc[:7]]
    assert sentence_cased(doc[:7], set())[1] == "karimi"  # alone, the piece reads as a headline
