"""Who says so: the speaker a relation is attributed to.

A relation is attributed when its trigger lies inside a quotation whose speaker is named
("“…,” Azizi told The Mirror"; "He added: “…"), inside the complement of a reporting verb
("Lanza said the administration will …"), or in a sentence that cites its source ("according
to many analysts", "as claimed by an Israeli minister"). Quotations that run over several
paragraphs, each opening with “ as newspapers print them, keep the last speaker.

>>> doc = nlp("“Russia will sell them out,” Azizi told The Mirror.")
>>> Attribution(doc).speaker_of(doc[1])
'Azizi'
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from graphkit.actors.agents import AgentWords
from graphkit.relations.syntax import passive_auxiliary
from graphkit.relations.words import WORDS

__all__ = ["Attribution"]

_OPEN = "“«„"
_CLOSE = "”»"
_PRONOUNS = {"he", "she", "they", "i", "we"}
_CITING_PREPS = {"according"}
_CITING_WORDS = re.compile(r"\b(?:by|according)\b")
"""A quick look at a sentence's text for the words :func:`_cited_source` reads ("nearby" is none)."""
_CITING_VERBS = {"claim", "report", "say", "state"}
"""Verbs whose "by" names a source cited: "as *stated by* the ministry"."""
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_PLACE_NOUNS = AgentWords.load().place_nouns


class Attribution:
    """The quotations and reporting clauses of one parsed document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._quotes = _quote_regions(doc.text)
        self._starts = [start for start, _ in self._quotes]
        self._speakers: dict[int, str] = {}
        self._quote_speaker: dict[int, str] = {}
        last: str | None = None
        sents = list(doc.sents)  # spaCy walks every token to find the sentences: once
        for index, sent in enumerate(sents):
            speaker = self._sentence_speaker(sent, last)
            if speaker:
                self._speakers[index] = speaker
                last = speaker
            for region in self._regions_in(sent):
                # A quotation with no speaker of its own continues the last one.
                if speaker or last:
                    self._quote_speaker.setdefault(region, speaker or last or "")
        self._sent_starts = [sent.start for sent in sents]

    def speaker_of(self, trigger: Token) -> str | None:
        """The speaker ``trigger``'s relation is attributed to, or ``None`` when it is the author's."""
        region = self._region_of(trigger.idx)
        if region is not None and self._quote_speaker.get(region):
            return self._quote_speaker[region]
        reporting = _reporting_governor(trigger) or self._trailing_report(trigger)
        if reporting is not None:
            return _speaker_text(reporting, self._last_before(trigger))
        return _cited_source(trigger.sent)

    def _trailing_report(self, trigger: Token) -> Token | None:
        """ "Iran is arming the Houthis*, a senior US official told Reuters*.": a reporting clause
        set after a comma at the end of the sentence reports all before it, however the parser
        attaches it."""
        sent = trigger.sent
        for token in sent:
            if token.i <= trigger.i or token.lemma_.lower() not in WORDS.reporting:
                continue
            subject = _subject(token)
            if subject is None or not self._outside_quotes(token) or subject.left_edge.i <= trigger.i:
                continue
            comma = sent.doc[subject.left_edge.i - 1]
            rest = [t for t in sent.doc[token.right_edge.i + 1 : sent.end] if not t.is_punct]
            if (
                comma.text == ","
                and not rest
                and not any(t.pos_ == "VERB" for t in sent.doc[comma.i : token.i] if t != token)
            ):
                return token
        return None

    def _sentence_speaker(self, sent: Span, last: str | None) -> str | None:
        for token in sent:
            if token.lemma_.lower() not in WORDS.reporting or not self._outside_quotes(token):
                continue
            subject = _subject(token)
            if subject is not None and (self._quotes_touch(sent) or _has_complement(token)):
                return _speaker_text(token, last)
            if subject is None and self._quotes_touch(sent):
                # "“…,” historian Arash Azizi told The Mirror": parsers often lose this subject
                named = self._person_near(sent, token)
                if named is not None:
                    return named
        return _cited_source(sent)

    def _person_near(self, sent: Span, verb: Token) -> str | None:
        """The person named outside quotes just before a reporting verb, or just after it ("said X")."""
        people = [e for e in sent.ents if e.label_ == "PERSON" and self._outside_quotes(e[0])]
        before = [e for e in people if e.end <= verb.i]
        after = [e for e in people if e.start > verb.i and e.start - verb.i <= 2]
        chosen = before[-1] if before else after[0] if after else None
        return chosen.text if chosen is not None else None

    def _last_before(self, token: Token) -> str | None:
        index = bisect_right(self._sent_starts, token.i) - 2
        while index >= 0:
            if index in self._speakers:
                return self._speakers[index]
            index -= 1
        return None

    def _region_of(self, char: int) -> int | None:
        index = bisect_right(self._starts, char) - 1
        if index >= 0 and char < self._quotes[index][1]:
            return index
        return None

    def _regions_in(self, sent: Span) -> list[int]:
        return [
            i
            for i, (start, end) in enumerate(self._quotes)
            if start < sent.end_char and sent.start_char < end
        ]

    def _outside_quotes(self, token: Token) -> bool:
        return self._region_of(token.idx) is None

    def _quotes_touch(self, sent: Span) -> bool:
        return bool(self._regions_in(sent)) or any(ch in sent.text for ch in _CLOSE + '"')


def _quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges inside quotation marks; an unclosed quote ends with its paragraph."""
    regions: list[tuple[int, int]] = []
    for match in re.finditer(r"[“«„\"]", text):
        start = match.end()
        if regions and start <= regions[-1][1]:
            continue
        close = re.compile(r"[”»\n]" if match.group() in _OPEN else r"[\"\n]")
        end = close.search(text, start)
        regions.append((start, end.start() if end else len(text)))
    return regions


def _reporting_governor(token: Token) -> Token | None:
    """The reporting verb whose complement holds ``token`` ("Lanza said [the US will …]")."""
    current = token
    for _ in range(8):
        if current.head == current:
            return None
        dep, current = current.dep_, current.head
        lemma = current.lemma_.lower()
        # "The UK continues *to stand* …" goes on doing; "…, he continued" speaks
        reports = dep in {"ccomp", "parataxis"} or (dep == "xcomp" and lemma != "continue")
        # "India *is said to* have pressed Russia": hearsay, no one's report (modality hedges it)
        if lemma in WORDS.reporting and reports and not passive_auxiliary(current):
            return current
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


def _has_complement(verb: Token) -> bool:
    return any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)


def _speaker_text(verb: Token, last: str | None) -> str | None:
    subject = _subject(verb)
    if subject is None:
        return _phrase_before(verb)
    if subject.lower_ in _PRONOUNS:
        return last
    if subject.lower_ in {"it", "there", "this", "that"}:
        return None  # "it is believed that …": nobody in particular says so
    return _phrase(subject)


def _phrase_before(verb: Token) -> str | None:
    """ "…, the Syrian Observatory for Human Rights said.": the words between the last comma and a
    reporting verb the parser left without a subject name its speaker."""
    doc, start = verb.doc, verb.i
    while (
        start > verb.sent.start and doc[start - 1].text != "," and doc[start - 1].pos_ not in {"VERB", "AUX"}
    ):
        start -= 1
    words = doc[start : verb.i]
    if start == verb.sent.start or not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return None
    return words.text.removeprefix("the ").removeprefix("The ")


def _cited_source(sent: Span) -> str | None:
    """ "according to X", "as claimed by X", "as reported by X"."""
    if _CITING_WORDS.search(sent.text.lower()) is None:
        return None  # most sentences: no token to look at
    for token in sent:
        if token.lower_ in _CITING_PREPS:
            pobj = next((t for t in token.subtree if t.dep_ == "pobj"), None)
            if pobj is not None:
                return _phrase(pobj)
        # "as *stated by* X"; "recognised as a *state by* Spain" cites no one
        if (
            token.lower_ == "by"
            and token.head.pos_ == "VERB"
            and token.head.lemma_.lower() in _CITING_VERBS
            and not _claims_a_place(token.head)
        ):
            pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
            if pobj is not None and token.head.i < token.i:
                return _phrase(pobj)
    return None


def _claims_a_place(verb: Token) -> bool:
    """ "islands *claimed by* both countries", "waters claimed by Vietnam": a territorial claim,
    no source cited."""
    if verb.dep_ != "acl" or verb.lemma_.lower() != "claim":
        return False
    place = verb.head
    return place.ent_type_ in {"GPE", "LOC", "FAC"} or place.lemma_.lower() in _PLACE_NOUNS


def _phrase(head: Token) -> str | None:
    """A speaker's name: the entity the head belongs to, else its noun phrase without clauses;
    None when the head names no one ("*Those* who …", "*72 %* said", a particle the parse took
    for a subject)."""
    subtree = range(head.left_edge.i, head.right_edge.i + 1)
    people = [e for e in head.doc.ents if e.label_ == "PERSON" and e.start in subtree]
    if people:
        return people[-1].text
    if head.ent_type_ in {"ORG", "GPE"}:
        return next(e.text for e in head.doc.ents if e.start <= head.i < e.end)
    if any(t.ent_type_ for t in head.lefts):
        # "South Korean intelligence": the named modifier and what it modifies
        return head.doc[head.left_edge.i : head.i + 1].text.removeprefix("the ").removeprefix("The ")
    if head.pos_ not in {"NOUN", "PROPN"} or not head.is_alpha or head.is_stop:
        return None
    # "al-Shabaab" keeps its hyphen; "a spokesperson *for the Pentagon*", "sources *close to the
    # talks*": a common noun keeps what says whose it is, but no clause
    clauses = [t for t in head.subtree if t != head and t.dep_ in {"relcl", "acl", "appos"}]
    inside = {i for c in clauses for i in range(c.left_edge.i, c.right_edge.i + 1)}
    words = [t for t in head.subtree if t.i not in inside and (not t.is_punct or t.text in {"-", "–"})]
    # "Ukraine's military", as written: the words with their own spacing
    return "".join(t.text_with_ws for t in words).strip() or head.text
