"""Long texts in chunks, and one document's failure kept to itself, on the real pipeline."""

from __future__ import annotations

import itertools
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphkit.extraction import Extraction, Extractor
from graphkit.extraction.chunks import chunk_bounds
from graphkit.extraction.failure import Failure
from graphkit.models import Document

PARAGRAPHS = [
    "Russia attacked Ukraine on Monday.",
    "Iran and Iraq signed a trade agreement in Baghdad.",
    "It rained all week.",
    "Turkey condemned the Syrian government for the attack on Kurdish fighters.",
]


def _keys(result: Extraction) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    assert all(r.trigger is not None for r in result.relations)
    relations: list[tuple[object, ...]] = sorted(
        (
            r.source.start,
            r.source.end,
            r.target.start,
            r.target.end,
            r.trigger.start,  # type: ignore[union-attr]
            r.sentence.start,
            r.relation,
        )
        for r in result.relations
    )
    return relations, sorted((m.start, m.end, m.id) for m in result.mentions)


def _assert_offsets_slice(text: str, result: Extraction) -> None:
    for mention in result.mentions:
        assert text[mention.start : mention.end] == mention.text
    for r in result.relations:
        for span in (r.sentence, r.source, r.target, r.trigger):
            assert span is not None and text[span.start : span.end] == span.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n!?\t\u3002"), max_size=400), st.integers(1, 60))
def test_chunks_cover_the_text_exactly_within_the_limit(text: str, limit: int) -> None:
    bounds = chunk_bounds(text, limit)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds)), "contiguous"
    assert all(0 < end - start <= limit for start, end in bounds) or text == ""


def test_chunks_prefer_paragraphs_then_sentences_then_spaces() -> None:
    text = "One two. Three four.\n\nFive six seven."
    assert [text[a:b] for a, b in chunk_bounds(text, 25)] == ["One two. Three four.\n\n", "Five six seven."]
    assert next(text[a:b] for a, b in chunk_bounds(text, 12)) == "One two. "
    words = "aaaa bbbb cccc"
    assert [words[a:b] for a, b in chunk_bounds(words, 7)] == ["aaaa ", "bbbb ", "cccc"]


def test_chunks_extraction_equals_whole_when_cut_at_paragraphs(extractor: Extractor) -> None:
    text = "\n\n".join(PARAGRAPHS * 4)
    document = Document(id="d", text=text)
    small = Extractor(extractor.nlp, extractor.catalogue, lexicon=extractor.lexicon, chunk_chars=150)
    whole, chunked = extractor.extract(document), small.extract(document)
    assert len(chunk_bounds(text, 150)) > 3
    assert chunked.relations and _keys(chunked) == _keys(whole)
    _assert_offsets_slice(text, chunked)


def test_chunks_text_over_max_length_is_read_whole_on_one_line(extractor: Extractor) -> None:
    text = " ".join(PARAGRAPHS * 30)  # one line, about 5,000 characters
    max_length = extractor.nlp.max_length
    extractor.nlp.max_length = 1000
    try:
        result = extractor.extract(Document(id="long", text=text))
    finally:
        extractor.nlp.max_length = max_length
    _assert_offsets_slice(text, result)
    last = text.rindex("Turkey")
    assert any(r.source.start == last for r in result.relations), "the end of the text was read too"


def test_chunks_a_failing_document_is_its_own_in_process_and_in_workers(extractor: Extractor) -> None:
    # Not a mock: the real extractor meets a document it cannot read (no text at all).
    bad = Document.model_construct(id="bad", text=None, path="news.jsonl:7")  # type: ignore[arg-type]
    good = [Document(id=f"g{i}", text=text) for i, text in enumerate(PARAGRAPHS)]
    for processes in (1, 2):
        results = list(
            extractor.pipe_isolated([*good[:2], bad, *good[2:]], n_process=processes, batch_size=2)
        )
        assert [r.doc.id for r in results] == ["g0", "g1", "bad", "g2", "g3"]
        failure = results[2]
        assert isinstance(failure, Failure)
        assert failure.line().startswith("news.jsonl:7: failed: document 'bad': TypeError")
        assert all(isinstance(r, Extraction) for i, r in enumerate(results) if i != 2)
        first = results[0]
        assert isinstance(first, Extraction) and first.relations
    with pytest.raises(TypeError):
        list(extractor.pipe([bad]))


def test_chunks_punctuation_megabyte_is_read_in_seconds(extractor: Extractor) -> None:
    # spaCy's tokenizer is quadratic in a run of punctuation: 12,000 characters took 81 s,
    # so a megabyte would take days unless runs are cut (graphkit.nlp.make_doc).
    text = "Iran met Russia. " + "?!." * 350_000 + " Israel attacked Iran."
    start = time.monotonic()
    result = extractor.extract(Document(id="punct", text=text))
    assert time.monotonic() - start < 120
    assert [(r.source.text, r.target.text) for r in result.relations][-1] == ("Israel", "Iran")
    _assert_offsets_slice(text, result)
