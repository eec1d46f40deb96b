"""The actor catalogue: canonical actors, their surface forms and who held which office when.

The packaged data lives in ``graphkit/data``: ``actors.jsonl`` (converted from the PETRARCH
dictionaries by ``scripts/build_actor_catalogue.py``), ``actors_current.yaml`` (hand-curated,
brings office holders to the present and wins over the converted data for the same id) and
``agents.jsonl`` (sector and office words such as "military" or "foreign minister").
User dictionaries (YAML or CSV) passed as ``extra`` replace catalogue entries with the same id.

Metonyms are aliases of the state itself: "Moscow", "the Kremlin" and "Russian" all name
the actor ``RUS``; a separate government actor would split one actor's edges in two.

Examples
--------
>>> import datetime as dt
>>> cat = catalogue
>>> cat.get("RUS").label
'Russia'
>>> cat.office_holder("UKR", "president", dt.date(2025, 3, 1)).label
'Volodymyr Zelensky'
>>> [a.id for a in cat.lookup("the Kremlin")]
['RUS']
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import hashlib
import importlib.resources
import io
import json
import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from graphkit.errors import InputError
from graphkit.io import YAML_LOADER
from graphkit.models import Actor, Role

__all__ = ["Agent", "Catalogue", "normalise_title", "packaged_data"]

log = logging.getLogger(__name__)

ACTORS_FILE = "actors.jsonl"
CURRENT_FILE = "actors_current.yaml"
AGENTS_FILE = "agents.jsonl"

# Names of the same office, so "defense secretary" and "minister of defence" find one person.
_TITLE_VARIANTS = {
    variant: title
    for title, variants in {
        "defence minister": (
            "defense minister",
            "defence secretary",
            "defense secretary",
            "secretary of defense",
            "secretary of defence",
            "minister of defence",
            "minister of defense",
            "secretary of war",
            "war secretary",
            "armed forces minister",
            "minister of the armed forces",
        ),
        "foreign minister": (
            "foreign secretary",
            "secretary of state",
            "foreign affairs minister",
            "minister of foreign affairs",
            "minister for foreign affairs",
            "external affairs minister",
            "minister of external affairs",
        ),
        "interior minister": ("interior secretary", "home secretary", "minister of the interior"),
        "finance minister": (
            "chancellor of the exchequer",
            "treasury secretary",
            "secretary of the treasury",
            "minister of finance",
        ),
        "prime minister": ("pm", "premier"),
        "vice president": ("vice-president", "vp"),
        "spokesman": ("spokesperson", "spokeswoman", "press secretary"),
        "secretary-general": ("secretary general",),
        "director-general": ("director general",),
    }.items()
    for variant in variants
}


def normalise_title(title: str) -> str:
    """Lower-case an office title, collapse spaces and map spelling variants to one form.

    >>> normalise_title("Defense  Minister")
    'defence minister'
    """
    key = " ".join(title.lower().split())
    return _TITLE_VARIANTS.get(key, key)


class Agent(BaseModel):
    """What a sector or office word adds to an actor's code (``military`` → ``MIL``).

    >>> Agent(code="GOV", title="foreign minister").title
    'foreign minister'
    """

    model_config = ConfigDict(frozen=True)

    code: str
    """CAMEO agent suffix: ``GOV``, ``MIL``, ``REB``, ``OPP``, ``COP``, ``BUS``, ``MED`` …"""
    title: str | None = None
    """For office words, the office (``"president"``), as :meth:`Catalogue.office_holder` takes it."""
    prefix: bool = False
    """Whether the code goes before the actor's code (``IGO~``: peacekeepers) rather than after."""


class Catalogue:
    """Canonical actors with an alias index.

    Parameters
    ----------
    actors
        The actors; a later actor with an id already seen replaces the earlier one.
    agents
        Sector and office words (lower case) mapped to their :class:`Agent`.
    version
        A short digest naming the data; computed from ``actors`` when not given.
    problems
        Messages about entries skipped while loading (``file:line: reason``).

    Examples
    --------
    >>> from graphkit.models import Role
    >>> putin = Actor(id="vladimir-putin", label="Vladimir Putin", type="person", code="RUSELI",
    ...               country="RUS", aliases=("Putin",),
    ...               roles=(Role(code="RUSGOV", start=dt.date(2012, 5, 7), title="president"),))
    >>> cat = Catalogue([putin])
    >>> [alias for alias, _ in cat.aliases()]
    ['Vladimir Putin', 'Putin']
    >>> cat.office_holder("RUS", "President", dt.date(2020, 1, 1)).id
    'vladimir-putin'
    """

    def __init__(
        self,
        actors: Iterable[Actor],
        agents: Mapping[str, Agent] | None = None,
        *,
        version: str | None = None,
        problems: Sequence[str] = (),
    ) -> None:
        self._actors: dict[str, Actor] = {actor.id: actor for actor in actors}
        self.agents: Mapping[str, Agent] = dict(agents or {})
        self.problems: tuple[str, ...] = tuple(problems)
        self.version: str = version or _digest(
            actor.model_dump_json(exclude_defaults=True).encode() for actor in self._actors.values()
        )
        self._by_alias: dict[str, list[Actor]] = defaultdict(list)
        self._by_code: dict[str, list[Actor]] = defaultdict(list)
        self._by_title: dict[str, list[tuple[Actor, int]]] = defaultdict(list)
        for actor in self._actors.values():
            self._by_code[actor.code].append(actor)
            for alias in _surface_forms(actor):
                self._by_alias[alias.casefold()].append(actor)
            for index, role in enumerate(actor.roles):
                if role.title:
                    self._by_title[normalise_title(role.title)].append((actor, index))

    @classmethod
    def load(cls, path: Path | None = None, extra: Sequence[Path] = ()) -> Catalogue:
        """Load the packaged catalogue (or the data directory ``path``) and user dictionaries.

        ``path`` is a directory holding ``actors.jsonl``, ``actors_current.yaml`` and
        ``agents.jsonl`` (any may be missing). Each of ``extra`` is a YAML or CSV user
        dictionary whose entries replace catalogue entries of the same id; malformed entries
        are skipped with a warning and listed in :attr:`problems`.

        Raises
        ------
        InputError
            When a data file or user dictionary cannot be read or parsed at all.
        """
        root = Path(path) if path is not None else packaged_data()
        hasher = hashlib.sha256()
        problems: list[str] = []

        with _gc_paused():
            actors = {actor.id: actor for actor in _read_actor_jsonl(root / ACTORS_FILE, hasher)}
            current = root / CURRENT_FILE
            if current.exists():
                for actor in _read_user_file(current, hasher, problems, loader=YAML_LOADER):
                    actors[actor.id] = _merge(actor, actors[actor.id]) if actor.id in actors else actor
            for user_file in extra:
                for actor in _read_user_file(Path(user_file), hasher, problems):
                    actors[actor.id] = actor
            agents = dict(_read_agents(root / AGENTS_FILE, hasher))
            catalogue = cls(actors.values(), agents, version=hasher.hexdigest()[:12], problems=problems)
        for problem in problems:
            log.warning("actor dictionary: %s", problem)
        return catalogue

    def __repr__(self) -> str:
        return f"<Catalogue {len(self)} actors, version {self.version}>"

    def get(self, actor_id: str) -> Actor | None:
        """The actor with id ``actor_id``, or ``None``."""
        return self._actors.get(actor_id)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __len__(self) -> int:
        return len(self._actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def aliases(self) -> Iterator[tuple[str, Actor]]:
        """Every surface form (label first, natural case) with its actor."""
        for actor in self._actors.values():
            for alias in _surface_forms(actor):
                yield alias, actor

    def lookup(self, text: str) -> list[Actor]:
        """The actors one of whose surface forms is ``text``, ignoring case."""
        return list(self._by_alias.get(text.casefold(), ()))

    def by_code(self, code: str) -> list[Actor]:
        """The actors whose own code is ``code`` (``"IGOWSTNAT"`` → NATO)."""
        return list(self._by_code.get(code, ()))

    def office_holder(self, country: str, title: str, day: dt.date | None) -> Actor | None:
        """Who held office ``title`` for ``country`` on ``day`` (``None``: the current holder).

        ``country`` is matched against the start of the role's code (``"UKR"`` matches
        ``UKRGOV``); when several roles fit, the one that began last wins.
        """
        best: tuple[dt.date, Actor] | None = None
        for actor, index in self._by_title.get(normalise_title(title), ()):
            role = actor.roles[index]
            if not role.code.startswith(country):
                continue
            if day is None and role.end is not None and role.end < dt.date.today():
                continue
            if not role.covers(day):
                continue
            start = role.start or dt.date.min
            if best is None or start > best[0]:
                best = (start, actor)
        return best[1] if best else None


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the catalogue is built.

    Loading allocates a few hundred thousand objects and no reference cycles; the
    collections they would trigger on the way roughly double the load time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def packaged_data() -> Path:
    """The directory of the data files shipped with graphkit."""
    return Path(str(importlib.resources.files("graphkit") / "data"))


def _surface_forms(actor: Actor) -> Iterator[str]:
    seen: set[str] = set()
    for form in (actor.label, *actor.aliases):
        key = form.casefold()
        if key not in seen:
            seen.add(key)
            yield form


def _digest(chunks: Iterable[bytes]) -> str:
    hasher = hashlib.sha256()
    for chunk in chunks:
        hasher.update(chunk)
    return hasher.hexdigest()[:12]


def _merge(preferred: Actor, other: Actor) -> Actor:
    """``preferred`` with the aliases and roles of ``other`` added (curated data wins).

    A role of ``other`` is left out when ``preferred`` has one with the same code over an
    overlapping period: the same office, with the curated dates and title.
    """
    aliases = dict.fromkeys((*preferred.aliases, *other.aliases))
    extra = [role for role in other.roles if not any(_same_office(role, mine) for mine in preferred.roles)]
    roles = dict.fromkeys((*preferred.roles, *extra))
    return preferred.model_copy(
        update={
            "aliases": tuple(aliases),
            "roles": tuple(roles),
            "country": preferred.country or other.country,
        }
    )


def _same_office(a: Role, b: Role) -> bool:
    """Same code over overlapping dates."""
    low, high = dt.date.min, dt.date.max
    overlap = (a.start or low) <= (b.end or high) and (b.start or low) <= (a.end or high)
    return a.code == b.code and overlap


def _read_actor_jsonl(path: Path, hasher: Any) -> Iterator[Actor]:
    """Actors of a generated JSONL file; its first line is a ``_meta`` header."""
    if not path.exists():
        log.debug("no %s", path)
        return
    data = path.read_bytes()
    hasher.update(data)
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip() or line.startswith(b'{"_meta"'):
            continue
        try:
            yield Actor.model_validate_json(line)
        except ValidationError as err:
            raise InputError(f"{path}:{number}: {_reason(err)}") from err


def _read_agents(path: Path, hasher: Any) -> Iterator[tuple[str, Agent]]:
    """(word, agent) pairs of ``agents.jsonl``: ``{"word": ..., "code": ..., "title": ...}``."""
    if not path.exists():
        return
    data = path.read_bytes()
    hasher.update(data)
    for number, line in enumerate(data.splitlines(), start=1):
        record = json.loads(line)
        if "_meta" in record:
            continue
        try:
            word = record.pop("word")
            yield word, Agent.model_validate(record)
        except (KeyError, ValidationError) as err:
            raise InputError(f"{path}:{number}: bad agent record: {err}") from err


def _read_user_file(
    path: Path, hasher: Any, problems: list[str], loader: type[yaml.SafeLoader] = yaml.SafeLoader
) -> Iterator[Actor]:
    """Actors of a YAML or CSV dictionary; bad entries go to ``problems`` as ``file:line: reason``.

    A user's file is parsed by the pure-Python ``loader``: libyaml's C parser, fast enough for
    the packaged file, crashes the whole process on hostile nesting.

    An entry is skipped when it does not validate or its id is not in the catalogue's form
    (ISO alpha-3 for states, lower-kebab otherwise); unknown fields are reported and ignored.
    """
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read actor dictionary: {err.strerror}") from err
    hasher.update(data)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: not UTF-8 text (byte {err.start})") from err
    entries = _csv_entries(path, text) if path.suffix.lower() == ".csv" else _yaml_entries(path, text, loader)
    for line, entry, field_lines in entries:
        if entry is None:
            problems.append(f"{path}:{line}: an actor entry must be a mapping of fields")
            continue
        for name in sorted(set(entry) - set(Actor.model_fields)):
            problems.append(f"{path}:{field_lines.get(name, line)}: unknown field {name!r} ignored")
        try:
            actor = Actor.model_validate(entry)
        except ValidationError as err:
            error = err.errors()[0]
            where = field_lines.get(str(error["loc"][0]), line) if error["loc"] else line
            problems.append(f"{path}:{where}: {_reason(err)}")
            continue
        pattern = _STATE_ID if actor.type == "state" else _SLUG_ID
        if not pattern.fullmatch(actor.id):
            form = "an ISO alpha-3 code for a state" if actor.type == "state" else "lower-kebab-case"
            problems.append(f"{path}:{field_lines.get('id', line)}: field 'id': {actor.id!r} is not {form}")
            continue
        yield actor


_STATE_ID = re.compile(r"[A-Z]{3}")
_SLUG_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

Entry = tuple[int, dict[str, Any] | None, dict[str, int]]
"""A raw entry: its first line, its fields (``None`` if not a mapping), and each field's line."""


def _yaml_entries(path: Path, text: str, loader: type[yaml.SafeLoader]) -> Iterator[Entry]:
    """Entries of a YAML list of actor mappings (or a mapping with an ``actors`` list)."""
    try:
        root = yaml.compose(text, Loader=loader)
    except (yaml.YAMLError, RecursionError) as err:  # RecursionError: nesting too deep to parse
        raise InputError(f"{path}: not valid YAML: {err}".replace("\n", " ")) from err
    if isinstance(root, yaml.MappingNode):
        root = next((value for key, value in root.value if key.value == "actors"), None)
    if not isinstance(root, yaml.SequenceNode):
        raise InputError(f"{path}: expected a list of actors (or an 'actors:' list)")
    constructor = yaml.constructor.SafeConstructor()
    for node in root.value:
        line = node.start_mark.line + 1
        if not isinstance(node, yaml.MappingNode):
            yield line, None, {}
            continue
        field_lines = {key.value: key.start_mark.line + 1 for key, _ in node.value}
        entry = constructor.construct_document(node)
        yield line, entry, field_lines


_CSV_COLUMNS = ("id", "label", "type", "code", "country", "aliases", "roles")


def _csv_entries(path: Path, text: str) -> Iterator[Entry]:
    """Entries of a CSV with columns id,label,type,code,country,aliases,roles.

    ``aliases`` are separated by ``;``; ``roles`` are ``CODE:START:END[:TITLE]`` separated by
    ``;`` with ISO dates, either date may be empty.
    """
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in _CSV_COLUMNS[:4] if column not in (reader.fieldnames or ())]
    if missing:
        raise InputError(f"{path}:1: missing column(s) {', '.join(missing)}")
    for row in reader:
        line = reader.line_num
        entry: dict[str, Any] = {key: value for key, value in row.items() if key and value}
        entry["aliases"] = [alias.strip() for alias in row.get("aliases", "").split(";") if alias.strip()]
        roles = [role.strip() for role in (row.get("roles") or "").split(";") if role.strip()]
        entry["roles"] = [_csv_role(role) for role in roles]
        yield line, entry, {}


def _csv_role(text: str) -> dict[str, str | None]:
    """``"RUSGOV:2000-05-07:2008-05-07:president"`` as a role mapping for validation."""
    code, start, end, title = [*text.split(":", 3), "", "", ""][:4]
    return {"code": code, "start": start or None, "end": end or None, "title": title or None}


def _reason(err: ValidationError) -> str:
    """The first validation error in one line: ``field 'type': 'nation' is not one of …``."""
    error = err.errors()[0]
    field = ".".join(str(part) for part in error["loc"])
    if error["type"] == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        message = f"{error['input']!r} is not one of {expected.replace(' or ', ', ')}"
    elif error["type"] == "missing":
        message = "is required"
    else:
        message = f"{error['msg']} (got {error['input']!r})"
    return f"field '{field}': {message}" if field else message
