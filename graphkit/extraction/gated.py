"""Gated parsing: the expensive components run on the excerpt the gate selects, and back.

Every document is tokenized, split into sentences and matched against the catalogue; the
gate (:mod:`graphkit.extraction.gate`) picks the sentences that can hold a relation; they
are copied into an excerpt :class:`~spacy.tokens.Doc` that goes through the parser and the
other components; NER reads a second, smaller excerpt and its entities are copied over.
What is found in the excerpt is then moved back to offsets of the whole text.

Examples
--------
>>> from graphkit.extraction.gate import Excerpt
>>> from graphkit.models import Span as TextSpan
>>> text = "Iran met Iraq. It rained. They talked."
>>> excerpt = Excerpt.of(text, [(0, 14), (26, 38)])
>>> moved(TextSpan(start=16, end=20, text="They"), excerpt, text)
Span(start=26, end=30, text='They')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TypeVar, cast

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Lemmatizer, Pipe, Sentencizer
from spacy.tokens import Doc, Span

from graphkit.actors.matcher import DATE_KEY, SPANS_KEY, ActorMatcher
from graphkit.extraction.attributes import IndexedAttributeRuler
from graphkit.extraction.gate import SEPARATOR, Excerpt, Gate, Selection
from graphkit.extraction.lemmatizer import IndexedLemmatizer
from graphkit.models import Document, Relation
from graphkit.models import Span as TextSpan
from graphkit.nlp import line_breaks, make_doc

__all__ = ["Gated", "GatedParser", "lemma_lookups", "moved", "moved_relation", "outside_names", "prepared"]


@dataclass(frozen=True)
class Gated:
    """One document after gated parsing."""

    doc: Doc
    """The whole document: tokens, sentences and catalogue names, no parse."""
    excerpt: Excerpt
    """The sentences that went through the parser."""
    parsed: Doc | None
    """:attr:`excerpt` parsed, with entities; ``None`` when the gate let nothing through."""


_HEADLINE_WORDS = 3
"""Capitalised words after the first a piece needs to be read as a headline in title case."""


class GatedParser:
    """Parses the sentences of documents that the gate lets through.

    Parameters
    ----------
    nlp
        The full pipeline; its sentence splitter runs on everything, the rest on excerpts.
    matcher
        The catalogue matcher, whose cheap pass (names only) feeds the gate.
    gate
        Which sentences can hold a relation.
    """

    def __init__(self, nlp: Language, matcher: ActorMatcher, gate: Gate) -> None:
        self.nlp = nlp
        self.matcher = matcher
        self.gate = gate
        self._split = _sentence_splitter(nlp)
        self._components = _but_ner(nlp)

    def parse(self, documents: list[Document], batch_size: int) -> list[Gated]:
        """Each of ``documents`` gated and parsed, in order."""
        prepared_docs = (prepared(self.nlp, document) for document in documents)
        # line breaks end sentences in the full pipeline too (graphkit.nlp.line_breaks)
        docs = [
            self.matcher.names_only(line_breaks(doc))
            for doc in self._split.pipe(prepared_docs, batch_size=batch_size)
        ]
        selections = [
            self.gate.select(doc, doc.spans[SPANS_KEY], document.text)
            for doc, document in zip(docs, documents, strict=True)
        ]
        parsed = iter(self._annotated(docs, selections, batch_size))
        return [
            Gated(doc, selection.parse, next(parsed) if selection.parse.text else None)
            for doc, selection in zip(docs, selections, strict=True)
        ]

    def _annotated(self, docs: list[Doc], selections: list[Selection], batch_size: int) -> list[Doc]:
        """The parse excerpts that are not empty, through the pipeline, with entities from the names excerpts.

        Every component but NER reads the parse excerpt; NER, which has its own embeddings,
        reads only the sentences that may hold an unknown name, and its entities are copied over.
        """
        wanted = [(doc, s) for doc, s in zip(docs, selections, strict=True) if s.parse.text]
        excerpts = (self._excerpt_doc(doc, s.parse) for doc, s in wanted)
        parsed = list(_through(self._components, excerpts, batch_size))
        if "ner" not in self.nlp.pipe_names:
            return parsed
        ner = cast(Pipe, self.nlp.get_pipe("ner"))
        named = ner.pipe((self._excerpt_doc(doc, s.names) for doc, s in wanted), batch_size=batch_size)
        for target, names, (_, selection) in zip(parsed, named, wanted, strict=True):
            _copy_entities(names, selection.names, target, selection.parse)
        return parsed

    def _excerpt_doc(self, doc: Doc, excerpt: Excerpt) -> Doc:
        """The excerpt as a Doc, each piece opening a sentence (the parser keeps preset starts).

        The tokens are those of ``doc``, copied rather than found again by the tokenizer; when a
        piece's edges cut a token (its tokens' span is not the piece), the excerpt is tokenized anew.
        """
        words: list[str] = []
        spaces: list[bool] = []
        firsts: list[int] = []
        names = {i for span in doc.spans.get(SPANS_KEY, []) for i in range(span.start, span.end)}
        for origin, length in zip(excerpt.origins, excerpt.lengths, strict=True):
            piece = doc.char_span(origin, origin + length, alignment_mode="expand")
            # the copy's text is then the excerpt's, with no need to build both and compare them
            if (
                piece is None
                or not len(piece)
                or (piece.start_char, piece.end_char) != (origin, origin + length)
            ):
                return self._retokenized(excerpt)
            if words:
                words.append(SEPARATOR)
                spaces.append(False)
            firsts.append(len(words))
            # a names window is a piece of a sentence: whether it is a headline is the sentence's
            # ("Tobias Ellwood, Minister for the Middle East" opens prose that goes on "welcomes …")
            sentences = (
                doc[piece[0].sent.start : piece[-1].sent.end] if doc.has_annotation("SENT_START") else piece
            )
            words += sentence_cased(piece, names, sentences)
            spaces += [bool(token.whitespace_) for token in piece]
            spaces[-1] = False
        starts: list[bool | int | None] = [None] * len(words)
        for first in firsts:
            starts[first] = True
        return Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)

    def _retokenized(self, excerpt: Excerpt) -> Doc:
        """The excerpt tokenized afresh, for the rare piece whose edges cut a token."""
        doc = make_doc(self.nlp, excerpt.text)
        for start, length in zip(excerpt.starts, excerpt.lengths, strict=True):
            piece = doc.char_span(start, start + length, alignment_mode="expand")
            if piece is not None and len(piece):
                piece[0].is_sent_start = True
        return doc


def sentence_cased(piece: Span, names: set[int], sentences: Span | None = None) -> list[str]:
    """The words of ``piece``; of a headline in title case, its capitalised words but the first
    and the catalogue's names (token indices ``names``) in lower case. Whether it is a headline is
    read on ``sentences``, those that hold the piece (the piece itself by default).

    The tagger reads "Russia *Strikes* Kyiv With Drones" as a run of names; "Russia strikes Kyiv
    with drones" it parses. The words keep their length, so every offset stays true, and the
    original text is what mentions and sentences show.

    >>> import spacy
    >>> doc = spacy.blank("en")("Russia Strikes Kyiv With Drones Overnight")
    >>> " ".join(sentence_cased(doc[:], {0, 2}))
    'Russia strikes Kyiv with drones overnight'
    >>> " ".join(sentence_cased(doc[:3], {0, 2}))
    'Russia Strikes Kyiv'
    >>> " ".join(sentence_cased(doc[:3], {0, 2}, doc[:]))
    'Russia strikes Kyiv'
    >>> prose = spacy.blank("en")("General Tarek Velazco-Quispe met Putin")
    >>> " ".join(sentence_cased(prose[:], set()))
    'General Tarek Velazco - Quispe met Putin'
    """
    words = [token for token in (piece if sentences is None else sentences) if token.is_alpha][1:]
    # a sentence has words in lower case ("met", "hosted"); a headline in title case has only
    # short function words so ("on", "of"), if any
    prose = any(token.is_lower and not token.is_stop for token in words)
    if prose or sum(token.is_title for token in words) < _HEADLINE_WORDS:
        return [token.text for token in piece]
    return [
        token.lower_ if token.is_title and token.i != piece.start and token.i not in names else token.text
        for token in piece
    ]


def prepared(nlp: Language, document: Document) -> Doc:
    """The tokenized document, dated for the actor matcher."""
    doc = make_doc(nlp, document.text)
    doc.user_data[DATE_KEY] = document.date.isoformat() if document.date else None
    return doc


def lemma_lookups(nlp: Language) -> Lookups | None:
    """The tables of the pipeline's rule lemmatizer, which the gate reads to spot triggers."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
        return lemmatizer.lookups
    return None


def outside_names(doc: Doc, excerpt: Excerpt) -> list[Span]:
    """The catalogue names of ``doc`` outside ``excerpt``: only the cheap pass knows them."""
    pieces = [
        (origin, origin + length) for origin, length in zip(excerpt.origins, excerpt.lengths, strict=True)
    ]
    spans = doc.spans[SPANS_KEY]
    return [span for span in spans if not any(start <= span.start_char < end for start, end in pieces)]


_S = TypeVar("_S", bound=TextSpan)


def moved(span: _S, excerpt: Excerpt, text: str) -> _S:
    """``span`` of the excerpt as a span of the original ``text``."""
    start, end = excerpt.span(span.start, span.end)
    return span.model_copy(update={"start": start, "end": end, "text": text[start:end]})


def moved_relation(relation: Relation, excerpt: Excerpt, text: str) -> Relation:
    """``relation`` found in the excerpt, with every offset moved into the original ``text``."""
    return relation.model_copy(
        update={
            name: moved(getattr(relation, name), excerpt, text)
            for name in ("sentence", "source", "target", "trigger")
        }
    )


def _sentence_splitter(nlp: Language) -> Pipe:
    """The pipeline's statistical sentence splitter, cheap as it needs no parse, else punctuation rules."""
    if "senter" in nlp.component_names:
        return cast(Pipe, nlp.get_pipe("senter"))
    return Sentencizer()


def _but_ner(nlp: Language) -> list[Callable[[Doc], Doc]]:
    """Every component of ``nlp`` but NER, in pipeline order; the attribute ruler and the
    lemmatizer as faster equals."""
    return [_faster(component) for name, component in nlp.pipeline if name != "ner"]


def _faster(component: Callable[[Doc], Doc]) -> Callable[[Doc], Doc]:
    """A component that sets what ``component`` sets, faster, where there is one; else itself."""
    if isinstance(component, AttributeRuler):
        return IndexedAttributeRuler(component)
    if isinstance(component, Lemmatizer):
        return IndexedLemmatizer(component)
    return component


def _through(components: list[Callable[[Doc], Doc]], docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """``docs`` through ``components``, in order."""
    for component in components:
        pipe = getattr(component, "pipe", None)
        docs = pipe(docs, batch_size=batch_size) if pipe is not None else map(component, docs)
    return iter(docs)


def _copy_entities(source: Doc, source_excerpt: Excerpt, target: Doc, target_excerpt: Excerpt) -> None:
    """Set ``source``'s entities on ``target``, both excerpts of one text; other tokens are outside any."""
    spans = []
    for ent in source.ents:
        inner = target_excerpt.inner(*source_excerpt.span(ent.start_char, ent.end_char))
        span = target.char_span(*inner, label=ent.label_) if inner is not None else None
        if span is not None:
            spans.append(span)
    target.set_ents(spans, default="outside")
