"""The pipeline's rule lemmatizer, each distinct word form lemmatised once.

spaCy's rule :class:`~spacy.pipeline.Lemmatizer` makes a Token object of every word and asks its
rules for it; a word's lemma depends only on its text, part of speech and morphology, which
:meth:`Doc.to_array` gives for a whole document at once. Here each such triple is lemmatised by
the lemmatizer itself the first time it occurs, and remembered: every token gets the lemma the
lemmatizer gives it, at a fraction of the cost.

>>> from graphkit.nlp import load_pipeline
>>> nlp = load_pipeline()
>>> lemmatizer = IndexedLemmatizer(nlp.get_pipe("lemmatizer"))
>>> doc = nlp.make_doc("Troops were sent")
>>> for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
...     doc = nlp.get_pipe(name)(doc)
>>> [token.lemma_ for token in lemmatizer(doc)]
['troop', 'be', 'send']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, cast

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

__all__ = ["IndexedLemmatizer"]

_COLUMNS = [ORTH, POS, MORPH, LEMMA]


class IndexedLemmatizer:
    """Set the lemmas ``lemmatizer`` sets, each (text, part of speech, morphology) asked once.

    Parameters
    ----------
    lemmatizer
        The pipeline's lemmatizer, in rule mode (a lookup lemmatizer is left to itself).
    """

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}
        """The lemma (its hash) of each (text, part of speech, morphology) seen."""

    def __call__(self, doc: Doc) -> Doc:
        """Lemmatise ``doc``'s tokens that have no lemma (all of them when the lemmatizer overwrites)."""
        if self.lemmatizer.mode != "rule" or not len(doc):
            return self.lemmatizer(doc)
        columns = doc.to_array(_COLUMNS)
        lemmas = columns[:, 3:].copy()  # one column, as from_array takes it
        overwrite = self.lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(columns.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                found = self._lemmas.get(key)
                if found is None:
                    found = self._lemmas[key] = doc.vocab.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                lemmas[i, 0] = found
        doc.from_array([LEMMA], cast(Any, lemmas))  # uint64, as to_array gave it; the stubs say float
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 1000) -> Iterator[Doc]:
        """Each of ``docs`` through :meth:`__call__`, one at a time as the lemmatizer's own ``pipe``."""
        del batch_size
        return map(self, docs)
