"""Pydantic types passed between graphkit's stages.

Every stage speaks these types: the corpus reader yields :class:`Document`, the
actor matcher produces :class:`Mention` objects bound to catalogue :class:`Actor`
entries, the relation extractor yields :class:`Relation` records (one line of
``relations.jsonl``), and the graph aggregates them as :class:`Evidence`.

Examples
--------
>>> doc = Document(id="d1", text="Iran supplies Russia with drones.")
>>> doc.model_dump_json(exclude_none=True)
'{"id":"d1","text":"Iran supplies Russia with drones."}'
"""

from __future__ import annotations

import bisect
import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "MENTION_KINDS",
    "Actor",
    "ActorType",
    "Document",
    "DocumentInfo",
    "Evidence",
    "Mention",
    "MentionKind",
    "Modality",
    "Polarity",
    "Relation",
    "Role",
    "Span",
]

GENERIC_PREFIX = "grp:"
"""Id prefix of generic actors, named by a common noun ("the regime", "civilians")."""
UNKNOWN_PREFIX = "unk:"
"""Id prefix of actors named in the text but not in the catalogue."""

ActorType = Literal[
    "state",
    "person",
    "igo",
    "armed_group",
    "organisation",
    "government",
    "military",
    "group",
]
"""Kinds of actor. ``government`` and ``military`` are state agents (IRNGOV, RUSMIL)."""

Modality = Literal["asserted", "hedged", "speculative", "negated"]
MentionKind = Literal["name", "agent", "role", "unknown", "generic", "place", "pronoun", "pair", "anaphor"]
"""How a mention named its actor (the ``kb_id_`` of each actor span of a spaCy ``Doc``)."""

MENTION_KINDS: dict[MentionKind, str] = {
    "name": "a catalogue name, alias, demonym or seat of power acting as a party ('Moscow said')",
    "agent": "a sector of a state or organisation ('Polish police' POLCOP, 'NATO troops', 'the mayor "
    "of Nablus'), a state's people ('Ghanaians' GHAPPL) or an unidentified armed group ('gunmen' UAF)",
    "role": "an office on the document's date ('the Ukrainian President')",
    "unknown": "a name the catalogue does not know, an actor of its own",
    "generic": "a common noun phrase naming no one in particular ('the regime', 'civilians')",
    "place": "a state named where something happens ('a protest in Beijing', 'the province of "
    "Helmand'): the rules decide whether the place stands for its state",
    "pronoun": "a pronoun linked by coreference",
    "pair": "'the two countries': two actors named before",
    "anaphor": "'this terrorist group': a group named before",
}
"""What each :data:`MentionKind` means."""
Polarity = Literal["cooperative", "conflictual"]


class Role(BaseModel):
    """A CAMEO-style code an actor holds over a date range (``[RUSGOV 20000507-20080507]``).

    >>> Role(code="USAGOV", start=dt.date(2025, 1, 20)).covers(dt.date(2025, 6, 1))
    True
    """

    model_config = ConfigDict(frozen=True)

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    title: str | None = None
    """Office held, lower case (``"president"``, ``"foreign minister"``), when known."""

    def covers(self, day: dt.date | None) -> bool:
        """Whether the role is held on ``day`` (an unknown day matches every role)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Actor(BaseModel):
    """A canonical actor of the catalogue: a node of the graph.

    >>> Actor(id="IRN", label="Iran", type="state", code="IRN", country="IRN").label
    'Iran'
    """

    model_config = ConfigDict(frozen=True)

    id: str
    label: str
    type: ActorType
    code: str
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()

    def code_on(self, day: dt.date | None) -> str:
        """The actor's code on ``day``: its role code if it held one, else its own code."""
        for role in sorted(self.roles, key=lambda r: r.start or dt.date.min, reverse=True):
            if role.covers(day):
                return role.code
        return self.code


class DocumentInfo(BaseModel):
    """The metadata of a document that travels with its evidence."""

    id: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    """The outlet (``"The Mirror"``)."""


class Document(DocumentInfo):
    """One article: its text and metadata. Offsets everywhere index ``text``."""

    text: str
    path: str | None = None
    """Where it was read from (``file`` or ``file:line``), for messages."""
    pages: list[int] | None = None
    """Of a paged document (a PDF): the offset in ``text`` at which each page starts, page 1 first."""

    def page_at(self, offset: int) -> int | None:
        """The page (from 1) holding ``text[offset]``, or None for a document without pages.

        >>> Document(id="r", text="One. Two.", pages=[0, 5]).page_at(6)
        2
        """
        if not self.pages:
            return None
        return max(bisect.bisect_right(self.pages, offset), 1)

    def info(self) -> DocumentInfo:
        """The metadata without the text."""
        return DocumentInfo(id=self.id, title=self.title, date=self.date, url=self.url, source=self.source)


class Span(BaseModel):
    """A slice ``text[start:end]`` of a document."""

    start: int
    end: int
    text: str


class Mention(Span):
    """An actor as named in one place of a document (a name, a pronoun, a demonym)."""

    id: str
    label: str
    type: ActorType
    code: str
    country: str | None = None

    @classmethod
    def of(cls, actor: Actor, start: int, end: int, text: str, day: dt.date | None = None) -> Mention:
        """A mention of ``actor`` at ``text``, coded for the day of the document."""
        return cls(
            id=actor.id,
            label=actor.label,
            type=actor.type,
            code=actor.code_on(day),
            country=actor.country,
            start=start,
            end=end,
            text=text,
        )


class Relation(BaseModel):
    """One actor–relation–actor triple found in a sentence: a line of ``relations.jsonl``.

    ``source`` acts on ``target``; when ``symmetric`` is true the order carries no meaning.
    """

    doc_id: str
    sentence: Span
    source: Mention
    target: Mention
    relation: str
    """Type name (``"attack"``, ``"partnership"``, ``"supply"``)."""
    cameo: str
    quad_class: Literal[1, 2, 3, 4]
    polarity: Polarity
    intensity: float = Field(ge=-10.0, le=10.0)
    """Goldstein-scale value of the CAMEO code."""
    symmetric: bool = False
    modality: Modality = "asserted"
    attributed_to: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    trigger: Span | None = None
    """The verb or noun that carries the relation."""
    rule: str | None = None
    """Name of the extraction rule, for debugging and confidence."""
    doc: DocumentInfo | None = None
    event_id: str | None = None
    """The event this sentence reports, shared by every report of it (see :mod:`graphkit.events`)."""
    page: int | None = None
    """The page of the sentence (from 1), for a paged document such as a PDF; None otherwise."""


class Evidence(BaseModel):
    """One sentence behind a graph edge, with where and when it was published."""

    doc_id: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    sentence: str
    start: int
    end: int
    source_text: str
    target_text: str
    trigger: str | None = None
    modality: Modality = "asserted"
    attributed_to: str | None = None
    confidence: float
    intensity: float
    cameo: str
    event_id: str | None = None
    """The event this sentence reports (set by the graph, see :mod:`graphkit.events`)."""
    verbatim: bool = False
    """The same sentence as an earlier report of the event from another document: a copy."""
    page: int | None = None
    """The page of the sentence in a paged document (a PDF), from 1; None otherwise."""

    @classmethod
    def of(cls, rel: Relation) -> Evidence:
        """The evidence a relation record gives its edge."""
        info = rel.doc or DocumentInfo(id=rel.doc_id)
        return cls(
            doc_id=rel.doc_id,
            title=info.title,
            date=info.date,
            url=info.url,
            outlet=info.source,
            sentence=rel.sentence.text,
            start=rel.sentence.start,
            end=rel.sentence.end,
            source_text=rel.source.text,
            target_text=rel.target.text,
            trigger=rel.trigger.text if rel.trigger else None,
            modality=rel.modality,
            attributed_to=rel.attributed_to,
            confidence=rel.confidence,
            intensity=rel.intensity,
            cameo=rel.cameo,
            page=rel.page,
        )
