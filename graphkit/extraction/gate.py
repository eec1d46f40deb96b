"""The gate: which sentences of a document are worth the full spaCy pipeline.

A relation needs two actors in one sentence. Cheap signals of an actor, read off a
tokenized document whose sentences were split by a light component (``senter``) and whose
catalogue names were matched, are: a catalogue mention, a run of capitalised words the
catalogue does not know (a name NER may find), a third person pronoun, a noun that names
an actor ("forces", "the regime") and a pair phrase ("the two countries", which stands for
two). A sentence with two signals is *relevant*; so is the sentence before a relevant
one that holds a pronoun or a pair phrase, which coreference reads for antecedents.

The relevant sentences are cut out into an :class:`Excerpt`, runs of adjacent sentences
kept verbatim and separated by a blank line, so that the expensive components (tok2vec,
tagger, parser) run on them alone, and offsets found in the excerpt map back to the
original text. NER, the costliest component, reads less still: a few words either side of each
capitalised word the catalogue does not know (:func:`_name_windows`).

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> doc = nlp("Iran met Iraq. It rained. They talked.")
>>> Excerpt.of(doc.text, [(0, 14), (26, 38)]).text
'Iran met Iraq.\\n\\nThey talked.'
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token

from graphkit.actors.agents import gate_nouns
from graphkit.actors.coref import BARE_PAIR, FIRST_PERSON, PAIR_HEADS, STATE_HEADS, statement_opener
from graphkit.actors.nominals import ACTOR_NOUNS
from graphkit.relations.lexicon import Lexicon
from graphkit.relations.words import WORDS

__all__ = ["SEPARATOR", "Excerpt", "Gate", "whole_sentences"]

SEPARATOR = "\n\n"
"""What joins two runs of relevant sentences that are apart in the original text."""

_PRONOUNS = frozenset(
    {"he", "him", "his", "she", "her", "hers", "it", "its", "they", "them", "their", "theirs"}
)
_DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})
_TITLE_WORDS = frozenset(
    {"prime", "foreign", "defence", "defense", "deputy", "general", "chief", "security", "council",
     "department", "office", "house", "senate", "congress", "mr", "mrs", "ms", "dr", "sir", "special",
     "presidential", "envoy", "affairs", "interior", "justice", "finance", "state", "national"}
)  # fmt: skip
"""Capitalised words of titles and bodies, which alone do not make a name for NER to read."""
NAME_WINDOW = 6
"""Words NER reads either side of a possible name (:func:`_name_windows`)."""
_HYPHENS = frozenset({"-", "–"})
_AGENT_NOUNS = gate_nouns()
"""Nouns of the agents files that name an actor alone: "court", "mayor", "policemen", "gunmen"."""
_POS = ("verb", "noun")
_RECALLING = frozenset({"the", "this", "that"})
_RECALL_REACH = 3
"""How far after a commenting verb the act it names again may be: "condemned the (latest) launch"."""
_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "people": "people", "allies": "ally"}
_NOT_NAMES = WORDS.calendar | {"i"}
"""Capitalised words that are no names: calendar words and the pronoun "I"."""


@dataclass(frozen=True)
class Excerpt:
    """Pieces of a text joined by :data:`SEPARATOR`, with the way back to the original offsets.

    >>> excerpt = Excerpt.of("Iran met Iraq. It rained. They talked.", [(0, 14), (26, 38)])
    >>> excerpt.span(16, 20)
    (26, 30)
    """

    text: str
    starts: tuple[int, ...]
    """Where each piece begins in :attr:`text`."""
    origins: tuple[int, ...]
    """Where each piece begins in the original text."""
    lengths: tuple[int, ...]

    @classmethod
    def of(cls, text: str, ranges: Sequence[tuple[int, int]]) -> Excerpt:
        """The excerpt of ``text`` holding the character ``ranges`` (sorted, not overlapping)."""
        starts: list[int] = []
        position = 0
        for start, end in ranges:
            starts.append(position)
            position += end - start + len(SEPARATOR)
        joined = SEPARATOR.join(text[start:end] for start, end in ranges)
        lengths = tuple(end - start for start, end in ranges)
        return cls(joined, tuple(starts), tuple(start for start, _ in ranges), lengths)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the excerpt's ``text[start:end]``.

        An end that falls in a separator keeps to its piece, a start there moves to the next
        piece, so the result never covers text that was left out unless the span did.

        >>> Excerpt.of("abc--def", [(0, 3), (5, 8)]).span(1, 7)
        (1, 7)
        """
        return self._offset(start, leading=True), self._offset(end, leading=False)

    def inner(self, start: int, end: int) -> tuple[int, int] | None:
        """The excerpt's offsets of the original ``[start, end)``; None unless one piece holds it.

        >>> excerpt = Excerpt.of("abc--def", [(0, 3), (5, 8)])
        >>> excerpt.inner(6, 8), excerpt.inner(2, 6)
        ((6, 8), None)
        """
        index = bisect_right(self.origins, start) - 1
        if index < 0 or end > self.origins[index] + self.lengths[index]:
            return None
        shift = self.starts[index] - self.origins[index]
        return start + shift, end + shift

    def _offset(self, offset: int, *, leading: bool) -> int:
        index = max(bisect_right(self.starts, offset) - 1, 0)
        inside = offset - self.starts[index]
        if inside < self.lengths[index] or (inside == self.lengths[index] and not leading):
            return self.origins[index] + inside
        # in a separator: a start moves on to the next piece, an end stays with its own
        if leading and index + 1 < len(self.starts):
            return self.origins[index + 1]
        return self.origins[index] + self.lengths[index]


def whole_sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, with a split inside a word undone: the statistical splitter may
    open a sentence at the hyphen of "Anti-government protesters stormed …", and the excerpt
    would lose "Anti".

    >>> import spacy
    >>> doc = spacy.blank("en")("Anti-government protesters marched. Police fled.")
    >>> for i, token in enumerate(doc):
    ...     token.is_sent_start = i in (0, 1, 6)
    >>> [sent.text for sent in whole_sentences(doc)]
    ['Anti-government protesters marched.', 'Police fled.']
    """
    sents: list[Span] = []
    for sent in doc.sents:
        before = doc[sent.start - 1] if sents else None
        # inside a word: after a word with no space, not after a line break or a full stop
        if before is not None and not (before.whitespace_ or before.is_space or before.is_punct):
            sents[-1] = doc[sents[-1].start : sent.end]
        else:
            sents.append(sent)
    return sents


class Gate:
    """Choose the sentences of a tokenized, sentence-split document that can hold a relation.

    Parameters
    ----------
    lexicon
        The relation lexicon: a sentence needs one of its verbs or relational nouns (a
        *trigger*). Without it, every sentence counts as holding a trigger.
    lookups
        The tables of the pipeline's rule lemmatizer (``lemma_rules``, ``lemma_exc``), to
        find the lemmas a word may have before any tagger has run; without them, too, every
        sentence counts as holding a trigger.

    Examples
    --------
    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> nlp.add_pipe("sentencizer")  # doctest: +ELLIPSIS
    <spacy.pipeline.sentencizer.Sentencizer object at ...>
    >>> doc = nlp("It rained all day. The army shelled the town. Its rebels fled.")
    >>> Gate().select(doc, spans=[]).parse.text
    'The army shelled the town. Its rebels fled.'

    """

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        lookups: Lookups | None = None,
        triggers: frozenset[str] = frozenset(),
    ) -> None:
        self.lexicon = lexicon
        self._lemmas = _Lemmas(lookups) if lookups is not None and lexicon is not None else None
        self._verbs = lexicon.verb_lemmas() if lexicon is not None else frozenset()
        self._words = triggers
        """Words of the rule records (``data/rules/patterns.yaml``): "at the *hands* of ISIL"."""
        self._triggers: dict[str, bool] = {}
        """Whether a lower-case word may be a trigger, remembered: words recur across documents."""
        self._commenting: dict[str, bool] = {}
        """Whether a lower-case trigger may be a verb that comments on an act, remembered."""

    def select(self, doc: Doc, spans: Iterable[Span], text: str | None = None) -> Selection:
        """The relevant sentences of ``doc`` (given its catalogue mentions ``spans``) as excerpts.

        ``text`` is ``doc.text`` when the caller has it: the Doc builds it from the tokens anew.

        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("It rained. The army shelled the old town of Gaza at dawn and at dusk."
        ...           " Its rebels fled.")
        >>> selection = Gate().select(doc, spans=[])
        >>> selection.parse.text
        'The army shelled the old town of Gaza at dawn and at dusk. Its rebels fled.'
        >>> selection.names.text
        'army shelled the old town of Gaza at dawn and at dusk.'
        """
        sents = whole_sentences(doc)
        named = _mentions_per_sentence(sents, spans)
        readings = [self.read(sent, mentions) for sent, mentions in zip(sents, named, strict=True)]
        chosen: set[int] = set()
        for number, reading in enumerate(readings):
            # "The minister said:" a few sentences before: "I" and "we" are the minister, whom
            # coreference reads in that sentence
            opener = statement_opener(sents, number) if reading.first_person else None
            spoken = 0 if opener is None else number - opener
            if reading.actors + bool(spoken) >= 2 and reading.trigger:
                chosen.update(range(max(number - max(reading.context, spoken), 0), number + 1))
        parse = sorted(chosen)
        windows = _name_windows(doc, sents, readings, parse)
        text = doc.text if text is None else text  # doc.text is built from the tokens on every access
        return Selection(_excerpt(text, sents, parse), Excerpt.of(text, windows))

    def read(self, sent: Span, mentions: Sequence[Span]) -> Reading:
        """The signals of one sentence whose catalogue mentions are ``mentions``.

        >>> import spacy
        >>> Gate().read(spacy.blank("en")("Both countries told Mr Smith")[:], [])
        Reading(actors=3, trigger=True, context=1, names=(4,), first_person=False)
        """
        covered = {i for span in mentions for i in range(span.start, span.end)}
        actors = len({span.label_ for span in mentions})
        trigger = self._lemmas is None
        context = 0
        in_name = first_person = recalling = False
        commented = -1  # the last word that may comment on an act ("condemned")
        names: list[int] = []
        for token in sent:
            if token.i in covered:
                in_name = False
                if token.lower_ in WORDS.calendar:
                    # "On *17 November*, protesters marched": a catalogue name that may be a date
                    names.append(token.i)
                continue
            name = _could_be_name(token, sent)
            actors += name and not in_name
            in_name = name
            lower = token.lower_
            singular = _singular(lower)
            # NER is for names: a capitalised title or body ("Minister", "Council") is not one
            if name and singular not in ACTOR_NOUNS and lower not in _TITLE_WORDS:
                names.append(token.i)
            if lower in _PRONOUNS:
                actors += 1
                context = max(context, 1)
            elif lower in FIRST_PERSON:
                first_person = True
            elif _is_pair(token, singular):
                actors += 2
                context = max(context, 1)
            elif singular in ACTOR_NOUNS or singular in _AGENT_NOUNS:
                actors += 1
                if _after_demonstrative(token):
                    context = 2  # "this terrorist organisation" names a group of the last two sentences
                elif singular in STATE_HEADS and token.i - 1 == sent.start and token.nbor(-1).lower_ == "the":
                    # "*The country* said …" opening a sentence names the state of the sentence before
                    context = max(context, 1)
            if self._lemmas is None:
                continue  # no lexicon: every sentence holds a trigger
            is_trigger = self._is_trigger(token)
            trigger = trigger or is_trigger
            # "Japan condemned *the launch*": an act named again, whose author the sentence before names
            recalling = recalling or (
                (is_trigger or singular in WORDS.nominalisations)
                and commented >= 0
                and 2 <= token.i - commented <= _RECALL_REACH
                and token.doc[commented + 1].lower_ in _RECALLING
            )
            if is_trigger and self._comments(lower):
                commented = token.i
        if recalling:
            actors += 1
            context = max(context, 1)
        return Reading(actors, trigger, context, tuple(names), first_person)

    def _comments(self, word: str) -> bool:
        """Whether ``word`` may be a verb that comments on an act ("condemned", "welcomes")."""
        assert self._lemmas is not None  # only asked with the lexicon's lemmas
        known = self._commenting.get(word)
        if known is None:
            known = self._commenting[word] = not WORDS.commenting.isdisjoint(self._lemmas.of(word))
        return known

    def _is_trigger(self, token: Token) -> bool:
        """Whether ``token`` may be a verb or relational noun of the lexicon, whatever its tag."""
        key = token.lower_
        if token.i >= 2 and token.nbor(-1).text in _HYPHENS:
            key = f"{token.nbor(-2).lower_} {key}"  # "bust-up" is three tokens
        known = self._triggers.get(key)
        if known is None:
            known = self._triggers[key] = self._lexical_trigger(key)
        return known

    def _lexical_trigger(self, word: str) -> bool:
        assert self._lemmas is not None and self.lexicon is not None  # only asked when both are known
        lexicon = self.lexicon
        if word in self._words:
            return True
        return any(
            lemma in self._verbs or lemma in self._words or lexicon.noun(lemma) is not None
            for lemma in self._lemmas.of(word)
        )


@dataclass(frozen=True)
class Selection:
    """The sentences of a document that the expensive components must see."""

    parse: Excerpt
    """Sentences that can hold a relation, with the sentences coreference reads before them."""
    names: Excerpt
    """The words around the names the catalogue does not know in them: all NER must read."""


@dataclass(frozen=True)
class Reading:
    """What the gate reads of one sentence."""

    actors: int
    """Signals of actors: catalogue actors, capitalised names, pronouns, actor nouns."""
    trigger: bool
    """Whether a word may be a verb or a relational noun of the lexicon."""
    context: int
    """How many sentences before this one coreference reads (pronouns, "the two countries")."""
    names: tuple[int, ...]
    """The capitalised words the catalogue does not know (token indices): names only NER can tell."""
    first_person: bool = False
    """Whether "I" or "we" occurs: an actor when a sentence before hands over the word ("… said:")."""


class _Lemmas:
    """Every lemma a word may have as a verb or a noun, by a rule lemmatizer's tables.

    >>> import spacy
    >>> lookups = nlp.get_pipe("lemmatizer").lookups
    >>> sorted(_Lemmas(lookups).of("met")), "attack" in _Lemmas(lookups).of("attacked")
    (['meet', 'met'], True)
    """

    def __init__(self, lookups: Lookups) -> None:
        rules = lookups.get_table("lemma_rules")
        exceptions = lookups.get_table("lemma_exc")
        self._rules = [(old, new) for pos in _POS for old, new in rules.get(pos, [])]
        self._exceptions = [exceptions.get(pos, {}) for pos in _POS]

    def of(self, word: str) -> set[str]:
        """``word`` itself, its irregular lemmas and what each suffix rule makes of it."""
        found = {word, _singular(word)}
        for table in self._exceptions:
            found.update(table.get(word, ()))
        found.update(word[: len(word) - len(old)] + new for old, new in self._rules if word.endswith(old))
        return found


def _excerpt(text: str, sents: list[Span], numbers: list[int]) -> Excerpt:
    """The excerpt of ``text`` holding the sentences ``numbers`` (ascending), adjacent ones in one piece."""
    return Excerpt.of(text, [(sents[run[0]].start_char, sents[run[-1]].end_char) for run in _runs(numbers)])


def _name_windows(
    doc: Doc, sents: list[Span], readings: list[Reading], numbers: list[int]
) -> list[tuple[int, int]]:
    """The character ranges NER must read: :data:`NAME_WINDOW` words either side of each possible
    name in the sentences ``numbers`` (ascending), within the run of adjacent sentences that holds
    it, touching windows joined.

    NER's decisions about a word depend on a few words around it (its embeddings see four either
    side), so a window that wide gives the name the entity it has in the run of sentences, and NER
    reads a fraction of the words.
    """
    tokens: list[tuple[int, int]] = []
    for run in _runs(numbers):
        first, last = sents[run[0]].start, sents[run[-1]].end
        for name in (name for number in run for name in readings[number].names):
            start, end = _capitalised_run(doc, name, first, last)
            start, end = max(start - NAME_WINDOW, first), min(end + NAME_WINDOW, last)
            if tokens and start <= tokens[-1][1]:
                tokens[-1] = (tokens[-1][0], max(end, tokens[-1][1]))
            else:
                tokens.append((start, end))
    return [(doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end in tokens]


def _capitalised_run(doc: Doc, i: int, first: int, last: int) -> tuple[int, int]:
    """The run of capitalised words around ``doc[i]`` within ``[first, last)``, as a token range:
    the name may be longer than the word the gate found ("the State *Department*", "*Abu* Ghadiya").

    >>> import spacy
    >>> doc = spacy.blank("en")("He met Abu Bakr al-Baghdadi there")
    >>> _capitalised_run(doc, 3, 0, len(doc))
    (2, 4)
    """
    start, end = i, i + 1
    while start > first and doc[start - 1].text[:1].isupper():
        start -= 1
    while end < last and doc[end].text[:1].isupper():
        end += 1
    return start, end


def _runs(numbers: list[int]) -> list[list[int]]:
    """``numbers`` (ascending) in runs of consecutive ones.

    >>> _runs([1, 2, 4, 6, 7])
    [[1, 2], [4], [6, 7]]
    """
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _mentions_per_sentence(sents: list[Span], spans: Iterable[Span]) -> list[list[Span]]:
    starts = [sent.start for sent in sents]
    found: list[list[Span]] = [[] for _ in sents]
    for span in spans:
        found[bisect_right(starts, span.start) - 1].append(span)
    return found


def _could_be_name(token: Token, sent: Span) -> bool:
    """A capitalised word inside a sentence or a quotation, or opening one unless it reads as a
    function word or an adverb ("The", "Nonetheless,")."""
    if not token.is_alpha or not token.text[0].isupper() or token.lower_ in _NOT_NAMES:
        return False
    opening = token.i == sent.start or token.nbor(-1).is_punct or token.nbor(-1).is_space
    if not opening:
        return True
    after = token.nbor() if token.i + 1 < sent.end else None
    return not token.is_stop and after is not None and not after.is_punct


def _after_demonstrative(token: Token) -> bool:
    """A noun preceded, within two words, by "this", "these", "that" or "those"."""
    return any(token.i - back >= 0 and token.nbor(-back).lower_ in _DEMONSTRATIVES for back in (1, 2))


def _is_pair(token: Token, singular: str) -> bool:
    """The head of "the two nations" or "both sides", or a bare "the two" ("*The two* signed …")."""
    if token.i < 1 or (singular not in PAIR_HEADS and token.lower_ != BARE_PAIR):
        return False
    before = token.nbor(-1).lower_
    if token.lower_ == BARE_PAIR:
        return before == "the"
    return before == "both" or (before == "two" and token.i >= 2 and token.nbor(-2).lower_ == "the")


def _singular(word: str) -> str:
    """A crude singular of an English noun, enough to look up actor and relational nouns.

    >>> [_singular(w) for w in ("forces", "militias", "countries", "gunmen", "children", "press")]
    ['force', 'militia', 'country', 'gunman', 'child', 'press']
    """
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
