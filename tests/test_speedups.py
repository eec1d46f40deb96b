"""The shortcuts of the gated pipeline give what the slow ways give, on the real pipeline.

Each shortcut (a table instead of a Matcher, a check that skips a matcher that would find
nothing, a remembered key) is compared with the way it replaces, on the texts of
``tests/data`` and a few edge cases.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from graphkit.actors.matcher import SPANS_KEY, ActorMatcher
from graphkit.extraction import Extractor
from graphkit.extraction.attributes import IndexedAttributeRuler
from graphkit.extraction.lemmatizer import IndexedLemmatizer
from graphkit.nlp import line_breaks
from graphkit.relations.arguments import _HYPHENS
from graphkit.relations.attribution import _CITING_WORDS, _cited_source

DATA = Path(__file__).parent / "data"
EDGES = [
    "",
    " ",
    "\n\n",
    "Who else?  \n  It's not gonna work, y'all, c'mon.",
    "There is nothing ain't nothin' they'd do: I told you it was him that did it.",
    "Let's go.\n\nThe U.S. and the Democratic Republic of Congo met. Congo and Rwanda agreed.",
]


def _texts(limit: int = 200) -> list[str]:
    rows = [
        json.loads(line)["text"]
        for name in ("coding_table.jsonl", "relationship_sentences.jsonl")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return rows[:limit] + EDGES


def _annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.norm_) for t in doc]


def _before_ruler(nlp: Language) -> list[str]:
    names = nlp.pipe_names
    return names[: names.index("attribute_ruler")]


def test_indexed_attribute_ruler_sets_what_the_ruler_sets(nlp: Language) -> None:
    with nlp.select_pipes(enable=_before_ruler(nlp)):
        tagged = list(nlp.pipe(_texts()))
    ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
    slow = [ruler(Doc(nlp.vocab).from_bytes(doc.to_bytes())) for doc in tagged]
    fast = list(
        IndexedAttributeRuler(ruler).pipe(Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in tagged)
    )
    assert [_annotations(doc) for doc in fast] == [_annotations(doc) for doc in slow]
    assert [doc.to_bytes() for doc in fast] == [doc.to_bytes() for doc in slow]


def test_indexed_lemmatizer_sets_what_the_lemmatizer_sets(nlp: Language) -> None:
    names = nlp.pipe_names
    with nlp.select_pipes(enable=names[: names.index("lemmatizer")]):
        tagged = list(nlp.pipe([*_texts(), "He leads; they led; the leads were leading.", "Saw saws."]))
    lemmatizer = cast(Lemmatizer, nlp.get_pipe("lemmatizer"))
    # a token the attribute ruler gave a lemma keeps it, as the lemmatizer leaves it
    assert any(token.lemma != 0 for doc in tagged for token in doc)
    slow = [lemmatizer(Doc(nlp.vocab).from_bytes(doc.to_bytes())) for doc in tagged]
    fast = list(
        IndexedLemmatizer(lemmatizer).pipe(Doc(nlp.vocab).from_bytes(doc.to_bytes()) for doc in tagged)
    )
    assert [[t.lemma_ for t in doc] for doc in fast] == [[t.lemma_ for t in doc] for doc in slow]
    assert [doc.to_bytes() for doc in fast] == [doc.to_bytes() for doc in slow]


def test_rule_records_match_as_without_the_check(nlp: Language, extractor: Extractor) -> None:
    """The check before the matchers, and a matcher per record run only where its words are (on
    one copy of the sentence as a Doc), find what one matcher of every record finds in every
    sentence."""
    patterns = extractor.rules.patterns
    matcher = DependencyMatcher(nlp.vocab)
    for record in patterns.records:
        matcher.add(record.name, [record.pattern])
    checked = found = 0
    for doc in nlp.pipe(_texts()):
        for sent in doc.sents:
            expected = sorted((nlp.vocab.strings[key], ids) for key, ids in matcher(sent))
            words = patterns._words
            if not any(t.lower_ in words or t.lemma_.lower() in words for t in sent):
                continue  # the trigger words the check has always asked for
            got = sorted((m.record.name, [m.tokens[n["RIGHT_ID"]].i - sent.start for n in m.record.pattern])
                         for m in patterns.matches(sent))  # fmt: skip
            assert got == expected, sent.text
            checked += 1
            found += bool(got)
    assert checked > 20 and found > 5


def test_actor_matcher_keys_remembered(nlp: Language, extractor: Extractor) -> None:
    """A matcher that has remembered the keys of other documents finds what a fresh one finds."""
    texts = _texts(80)
    used = ActorMatcher(nlp, extractor.catalogue)
    for doc in nlp.pipe(reversed(texts)):
        used(doc)
    fresh = ActorMatcher(nlp, extractor.catalogue)
    for doc in nlp.pipe(texts):
        first = fresh(Doc(nlp.vocab).from_bytes(doc.to_bytes()))
        again = used(doc)
        assert [(s.start, s.end, s.label_, s.kb_id_) for s in again.spans[SPANS_KEY]] == [
            (s.start, s.end, s.label_, s.kb_id_) for s in first.spans[SPANS_KEY]
        ]


def test_line_breaks_start_what_a_pass_over_every_token_starts(nlp: Language) -> None:
    """:func:`graphkit.nlp.line_breaks` looks only at space tokens; every token's whitespace agrees."""
    texts = [*_texts(), "Iran talks\nRussia replied.", "a \n\n b\n c  \n", "\n", "x\ny z\t\nw"]
    for text in texts:
        expected = nlp.make_doc(text)
        for token in expected[1:]:
            previous = expected[token.i - 1]
            if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
                token.is_sent_start = True
        got = line_breaks(nlp.make_doc(text))
        assert [t.is_sent_start for t in got] == [t.is_sent_start for t in expected], text


def test_cited_source_quick_look_skips_only_sentences_without_the_words(nlp: Language) -> None:
    """The text search for "by" and "according" lets through every sentence with such a token."""
    texts = [
        *_texts(),
        "Standing nearby, the envoy of Abyei said the by-election was over.",
        "Troops were sent, as reported by Reuters.",
        "Two schools were hit, according to UNICEF.",
    ]
    for text in texts:
        for sent in nlp(text).sents:
            if any(token.lower_ in {"by", "according"} for token in sent):
                assert _CITING_WORDS.search(sent.text.lower()), sent.text
    assert _cited_source(next(nlp("Troops were sent, as reported by Reuters.").sents)) == "Reuters"


def test_hyphenated_owner_look_finds_what_the_subtree_walk_finds(nlp: Language) -> None:
    """Owners before a hyphen ("a Greek-flagged tanker") are looked for only when the words before a
    noun hold a hyphen; the subtree walk finds none in any other noun phrase."""
    for text in [*_texts(), "Iran seized a Greek-flagged tanker.", "A US–drafted resolution failed."]:
        doc = nlp(text)
        hyphened = {t.i - 1 for t in doc if t.text in _HYPHENS}
        for token in doc:
            if any(o.i < token.i and o.i in hyphened for o in token.subtree):
                assert any(h in doc[token.left_edge.i : token.i].text for h in _HYPHENS), text
