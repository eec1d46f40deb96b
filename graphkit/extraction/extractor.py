"""The extractor: documents in, actor mentions and actor–relation–actor records out.

Each document is parsed by spaCy (only the sentences the gate selects, by default: see
:mod:`graphkit.extraction.gated`), its actors are found by the catalogue matcher and the
conservative coreference step, and the dependency rules read relations off every sentence
that names two actors. Modality and attribution are read for each relation, and a
confidence is set from the rule and the modality (:mod:`graphkit.relations.confidence`).

Examples
--------
>>> from graphkit.models import Document
>>> result = extractor.extract(Document(id="d1", text="Israel attacked Iran."))
>>> [(r.source.label, r.relation, r.target.label, r.quad_class) for r in result.relations]
[('Israel', 'use_force', 'Iran', 4)]
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import cast

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from graphkit.actors.agents import agent_actor
from graphkit.actors.catalogue import Agent, Catalogue
from graphkit.actors.coref import antecedent_of, resolve_pronouns
from graphkit.actors.domestic import assign_domestic
from graphkit.actors.kinds import actor_span, kind_of
from graphkit.actors.matcher import DATE_KEY, SPANS_KEY, ActorMatcher, doc_actors
from graphkit.actors.sides import one_side
from graphkit.extraction.chunks import CHUNK_CHARS, chunk_bounds, chunk_of, shifted, shifted_relation
from graphkit.extraction.failure import Failure, reason_of
from graphkit.extraction.gate import Gate
from graphkit.extraction.gated import Gated, GatedParser, lemma_lookups, moved, moved_relation, outside_names
from graphkit.extraction.gated import prepared as _prepared
from graphkit.extraction.version import extractor_version
from graphkit.extraction.workers import batches, in_workers
from graphkit.models import Actor, Document, DocumentInfo, Mention, Relation
from graphkit.models import Span as TextSpan
from graphkit.nlp import add_line_breaks, load_pipeline
from graphkit.relations.arguments import ActorIndex
from graphkit.relations.attribution import Attribution
from graphkit.relations.confidence import confidence
from graphkit.relations.lexicon import Lexicon
from graphkit.relations.modality import modality_of
from graphkit.relations.rules import Candidate, Rules

__all__ = ["Extraction", "Extractor", "Failure"]

log = logging.getLogger(__name__)


class Extraction(BaseModel):
    """What one document yields: its actor mentions and its relations."""

    doc: DocumentInfo
    mentions: list[Mention]
    relations: list[Relation]


class Extractor:
    """Turn documents into :class:`Extraction` results.

    Parameters
    ----------
    nlp
        A loaded spaCy pipeline with a parser and NER; loaded from ``model`` when omitted.
    catalogue
        The actor catalogue; the packaged one (plus ``user_dictionaries``) when omitted.
    model
        Name of the spaCy pipeline package to load when ``nlp`` is omitted.
    lexicon
        The relation lexicon; the packaged one when omitted.
    user_dictionaries
        YAML or CSV files of actors added to the packaged catalogue.
    gate
        Parse only the sentences that can hold a relation (see :mod:`graphkit.extraction.gate`);
        with ``False`` every sentence is parsed, as ``pipe(full=True)`` does.
    chunk_chars
        Longer texts are read in chunks of at most this many characters, which bounds memory.
    """

    def __init__(
        self,
        nlp: Language | None = None,
        catalogue: Catalogue | None = None,
        *,
        model: str | None = None,
        lexicon: Lexicon | None = None,
        user_dictionaries: Sequence[Path] = (),
        gate: bool = True,
        chunk_chars: int = CHUNK_CHARS,
    ) -> None:
        self.model = model
        self.gate = gate
        self.chunk_chars = chunk_chars
        self.user_dictionaries = tuple(user_dictionaries)
        self.nlp = nlp if nlp is not None else load_pipeline(model)
        add_line_breaks(self.nlp)
        self.catalogue = catalogue if catalogue is not None else Catalogue.load(extra=user_dictionaries)
        self.lexicon = lexicon if lexicon is not None else Lexicon.load()
        self.matcher = ActorMatcher(self.nlp, self.catalogue)
        self.rules = Rules(self.lexicon)

    @property
    def version(self) -> str:
        """Names the code, data, pipeline and user dictionaries (:mod:`graphkit.extraction.version`)."""
        return extractor_version(str(self.nlp.path) if self.nlp.path else self.model, self.user_dictionaries)

    def extract(self, document: Document) -> Extraction:
        """Mentions and relations of one document."""
        return next(self.pipe([document]))

    def pipe(
        self,
        documents: Iterable[Document],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        full: bool = False,
    ) -> Iterator[Extraction]:
        """Mentions and relations of each document, in order.

        By default only the sentences that can hold a relation (see
        :mod:`graphkit.extraction.gate`) go through the expensive pipeline components;
        ``full=True`` parses every sentence, which finds the same relations and more of the
        mentions, at several times the cost. With ``n_process > 1`` documents are spread over
        forked worker processes. A text longer than :attr:`chunk_chars` (or the pipeline's
        ``max_length``) is read in chunks (:mod:`graphkit.extraction.chunks`), its offsets
        still into the whole text. The first document that fails ends the run: see
        :meth:`pipe_isolated` for runs that go on.

                >>> texts = ["It rained in spring. Russia attacked Ukraine.", "Nothing happened."]
        >>> docs = [Document(id=str(i), text=text) for i, text in enumerate(texts)]
        >>> [[(r.source.text, r.sentence.start) for r in e.relations] for e in extractor.pipe(docs)]
        [[('Russia', 21)], []]
        """
        for result in self.pipe_isolated(
            documents, batch_size=batch_size, n_process=n_process, full=full, isolate=False
        ):
            yield cast(Extraction, result)  # without isolate a failure raises

    def pipe_isolated(
        self,
        documents: Iterable[Document],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        full: bool = False,
        isolate: bool = True,
    ) -> Iterator[Extraction | Failure]:
        """:meth:`pipe`, with ``isolate`` each document that fails yielding a :class:`Failure`.

        A document fails when its extraction raises or kills its worker process; the failure
        says why in one line, and the other documents go on.

                >>> bad = Document.model_construct(id="bad", text=None, path="news.jsonl:7")
        >>> [type(r).__name__ for r in extractor.pipe_isolated([Document(id="ok", text="Hi."), bad])]
        ['Extraction', 'Failure']
        """
        full = full or not self.gate
        limit = max(1, min(self.chunk_chars, self.nlp.max_length))
        pieces: deque[tuple[Document, int, bool]] = deque()

        def chunked() -> Iterator[Document]:
            for document in documents:
                bounds = chunk_bounds(document.text, limit) if isinstance(document.text, str) else [(0, 0)]
                for number, (start, end) in enumerate(bounds):
                    pieces.append((document, start, number == len(bounds) - 1))
                    yield document if len(bounds) == 1 else chunk_of(document, start, end)

        if n_process > 1:
            results = in_workers(
                self, chunked(), batch_size=batch_size, processes=n_process, full=full, isolate=isolate
            )
        elif isolate:
            results = self._isolated(chunked(), batch_size, full)
        else:
            results = self._extracted(chunked(), batch_size, full)
        parts: list[tuple[int, Extraction | Failure]] = []
        for result in results:
            document, offset, last = pieces.popleft()
            parts.append((offset, result))
            if last:
                yield _paged(document, _whole(document, parts))
                parts = []

    def _extracted(self, documents: Iterable[Document], batch_size: int, full: bool) -> Iterator[Extraction]:
        """The extraction of each document (none longer than the pipeline takes), in this process."""
        parser = GatedParser(
            self.nlp,
            self.matcher,
            Gate(self.lexicon, lemma_lookups(self.nlp), self.rules.triggers()),
        )
        for batch in batches(documents, batch_size):
            if full:
                pairs = ((_prepared(self.nlp, document), document) for document in batch)
                for doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                    yield self.read(doc, document)
            else:
                for gated, document in zip(parser.parse(batch, batch_size), batch, strict=True):
                    yield self._joined(gated, document)

    def _isolated(
        self, documents: Iterable[Document], batch_size: int, full: bool
    ) -> Iterator[Extraction | Failure]:
        """:meth:`_extracted` batch by batch; a batch that raises is done again one document at a time."""
        for batch in batches(documents, batch_size):
            try:
                done: list[Extraction | Failure] = list(self._extracted(batch, batch_size, full))
            except Exception:
                done = [self._alone(document, full) for document in batch]
            yield from done

    def _alone(self, document: Document, full: bool) -> Extraction | Failure:
        """The extraction of one document, or its failure."""
        try:
            return next(self._extracted([document], 1, full))
        except Exception as error:
            log.debug("extraction of %r failed", document.id, exc_info=True)
            return Failure.of(document, reason_of(error))

    def read(self, doc: Doc, document: Document) -> Extraction:
        """The extraction of a document already parsed as ``doc``."""
        doc.user_data[DATE_KEY] = document.date.isoformat() if document.date else None
        self.matcher(doc)
        resolve_pronouns(doc, self.catalogue)
        assign_domestic(doc, self.catalogue.get, self.matcher.words)
        actors = doc_actors(doc)
        info = document.info()
        mentions = [_mention(s, actors, document) for s in doc.spans[SPANS_KEY] if _is_reference(s)]
        return Extraction(doc=info, mentions=mentions, relations=list(self._relations(doc, actors, document)))

    def _joined(self, gated: Gated, document: Document) -> Extraction:
        """The extraction of ``document``: the excerpt's, moved back into place, plus the names left out.

        Outside the excerpt only the cheap catalogue matches are known; they stay mentions of
        the document.
        """
        actors = doc_actors(gated.doc)
        outside = [_mention(span, actors, document) for span in outside_names(gated.doc, gated.excerpt)]
        if gated.parsed is None:
            return Extraction(doc=document.info(), mentions=outside, relations=[])
        part = self.read(gated.parsed, document)
        text = document.text
        inside = [moved(mention, gated.excerpt, text) for mention in part.mentions]
        relations = [moved_relation(relation, gated.excerpt, text) for relation in part.relations]
        mentions = sorted(inside + outside, key=lambda mention: (mention.start, mention.end))
        return Extraction(doc=part.doc, mentions=mentions, relations=relations)

    def _relations(self, doc: Doc, actors: dict[str, Actor], document: Document) -> Iterator[Relation]:
        index = ActorIndex(doc, actors)
        if not index:
            return
        attribution: Attribution | None = None  # built on the first relation: most documents have few
        labels = _labels_per_sentence(doc)
        for sent in doc.sents:
            if len(labels.get(sent.start, ())) < 2 and not self.rules.recalls(sent):
                continue
            for candidate in self._events(sent, index, actors):
                attribution = attribution or Attribution(doc)
                yield _record(candidate, sent, actors, document, attribution)

    def _events(self, sent: Span, index: ActorIndex, actors: dict[str, Actor]) -> list[Candidate]:
        """One candidate per event of ``sent``: rules that find the same pair and CAMEO root in one
        clause ("launched air strikes on X" by its verb and by its noun) agree, and the finest code
        of them stands ("sent *military aid*": the noun's 072 over the verb's 070). A symmetric one
        ("a deal *with* Russia") stands for both directions; another clause is another event
        ("cooperation with Tehran, which supplied Russia …")."""
        events: list[Candidate] = []
        owner: dict[tuple[str, str, str, int], int] = {}
        for found in self.rules.candidates(sent, index):
            candidate = self._at_home(found, actors)
            source, target = candidate.source.label_, candidate.target.label_
            if one_side(actors[source], actors[target]):
                continue
            root, clause = candidate.code.code[:2], _predicate(candidate.clause).i
            keys = {(source, target, root, clause)} | (
                {(target, source, root, clause)} if candidate.symmetric else set()
            )
            known = [owner[k] for k in keys if k in owner]
            if not known:
                owner |= dict.fromkeys(keys, len(events))
                events.append(candidate)
            elif _finer(candidate.code.code, events[known[0]].code.code) and keys == {
                k for k, i in owner.items() if i == known[0]
            }:
                events[known[0]] = candidate
        return events

    def _at_home(self, candidate: Candidate, actors: dict[str, Actor]) -> Candidate:
        """ "Turkish authorities imposed a curfew *in Cizre in southeastern Turkey*": a place of the
        source's own country stands for its people, not for the state the source is part of."""
        target = candidate.target
        source, place = actors[candidate.source.label_], actors[target.label_]
        if kind_of(target) != "place" or not one_side(source, place):
            return candidate
        people = agent_actor(place, Agent(code=_PEOPLE), self.matcher.words)
        actors.setdefault(people.id, people)
        at_home = actor_span(target.doc, target.start, target.end, people.id, kind_of(target))
        return replace(candidate, target=at_home)


def _finer(code: str, than: str) -> bool:
    """Whether ``code`` is a finer reading of the event ``than`` codes: below it ("1721" under "172"),
    or a specified code where ``than`` is its root's "not specified" ("072" against "070").

    >>> _finer("072", "070"), _finer("1721", "172"), _finer("070", "072"), _finer("073", "072")
    (True, True, False, False)
    """
    below = len(code) > len(than) and code.startswith(than)
    return below or (than[2:] == "0" and code[2:] not in {"", "0"} and code[:2] == than[:2])


_PEOPLE = "CVL"
"""The sector a state's own places stand for when the state's own side acts on them."""


def _predicate(token: Token) -> Token:
    """The verb of the clause ``token`` is in (``token`` itself when it is one, or when no verb
    is above it): "launched air *strikes*" is the launching's; coordinated verbs are the first
    one's ("shot and *killed* a man" is one event)."""
    current = token
    for _ in range(8):
        if current.head == current or (current.pos_ in {"VERB", "AUX"} and current.dep_ != "conj"):
            return current
        current = current.head
    return current


def _whole(document: Document, parts: list[tuple[int, Extraction | Failure]]) -> Extraction | Failure:
    """The result of ``document`` from those of its chunks, each found at its offset in the text."""
    if len(parts) == 1 and parts[0][0] == 0:
        return parts[0][1]
    for offset, part in parts:
        if isinstance(part, Failure):
            return Failure.of(document, f"{part.reason} (in the chunk at character {offset})")
    extractions = [(offset, cast(Extraction, part)) for offset, part in parts]
    return Extraction(
        doc=document.info(),
        mentions=[shifted(m, offset) for offset, part in extractions for m in part.mentions],
        relations=[shifted_relation(r, offset) for offset, part in extractions for r in part.relations],
    )


def _paged(document: Document, result: Extraction | Failure) -> Extraction | Failure:
    """``result`` with the page of each relation's sentence, for a paged document (a PDF)."""
    if not document.pages or isinstance(result, Failure):
        return result
    relations = [r.model_copy(update={"page": document.page_at(r.sentence.start)}) for r in result.relations]
    return result.model_copy(update={"relations": relations})


def _record(
    candidate: Candidate,
    sent: Span,
    actors: dict[str, Actor],
    document: Document,
    attribution: Attribution,
) -> Relation:
    """The relation record of one rule's candidate."""
    modality = modality_of(candidate.trigger, candidate.clause, candidate.presupposed)
    if candidate.judged and modality == "asserted":
        modality = "hedged"  # "views Pyongyang as *a threat* to Seoul": the viewer's judgement
    code = candidate.code
    trigger = candidate.trigger
    return Relation(
        doc_id=document.id,
        sentence=_trimmed(sent),
        source=_mention(_named(candidate.source), actors, document),
        target=_mention(_named(candidate.target), actors, document),
        relation=candidate.relation,
        cameo=code.code,
        quad_class=code.quad_class,  # type: ignore[arg-type]
        polarity="cooperative" if code.quad_class <= 2 else "conflictual",
        intensity=code.goldstein,
        symmetric=candidate.symmetric,
        modality=modality,
        attributed_to=attribution.speaker_of(trigger),
        confidence=confidence(candidate.rule, modality, kind_of(candidate.source), kind_of(candidate.target)),
        trigger=TextSpan(start=trigger.idx, end=trigger.idx + len(trigger.text), text=trigger.text),
        rule=candidate.rule,
        doc=document.info(),
    )


def _labels_per_sentence(doc: Doc) -> dict[int, set[str]]:
    """The actors named in each sentence, by the sentence's first token."""
    labels: dict[int, set[str]] = {}
    for span in doc.spans[SPANS_KEY]:
        labels.setdefault(span.sent.start, set()).add(span.label_)
    return labels


def _named(span: Span) -> Span:
    """A pronoun's antecedent in the same sentence, labelled as the pronoun; else the span itself."""
    antecedent = antecedent_of(span)
    if antecedent is None:
        return span
    return actor_span(span.doc, antecedent.start, antecedent.end, span.label_, kind_of(antecedent))


def _is_reference(span: Span) -> bool:
    """Whether a span refers to its actor: "the two nations" refers to a pair, "its" and "whose" to
    what they own."""
    return kind_of(span) != "pair" and not (kind_of(span) == "pronoun" and span.root.tag_ in {"PRP$", "WP$"})


def _trimmed(sent: Span) -> TextSpan:
    """The sentence without the white space around it (paragraph breaks belong to no sentence)."""
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    stripped = text.strip()
    return TextSpan(start=start, end=start + len(stripped), text=stripped)


def _mention(span: Span, actors: dict[str, Actor], document: Document) -> Mention:
    return Mention.of(actors[span.label_], span.start_char, span.end_char, span.text, document.date)
