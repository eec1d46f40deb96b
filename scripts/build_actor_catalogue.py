"""Build ``graphkit/data/actors.jsonl`` and ``agents.jsonl`` from the PETRARCH dictionaries.

Re-runnable from anywhere: ``python scripts/build_actor_catalogue.py [--source DIR] [--out DIR]``
(paths default to the repository's; each file is written atomically).
Reads ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``,
``Phoenix.MilNonState.actors.txt`` and ``Phoenix.agents.txt`` (TABARI/PETRARCH format:
``NAME_ [CODE]`` entries, ``+ALIAS_`` lines, dated codes ``[RUSGOV 20000507-20080507]``,
``[~GOV]`` agents) and ``graphkit/data/actors_current.yaml`` (the curated entries, whose ids
the converted actors take when they describe the same actor).

What the conversion decides:

* types come from the code: a bare country code is a state, ``IGO…`` an igo, ``…REB``,
  ``…INS``, ``…UAF``, ``…SEP`` and ``IMG…`` armed groups, ``…MIL`` military, ``…GOV``
  government; entries with dated codes (or from the leader lists) and no institutional word
  in their name are persons; the rest are organisations.
* persons whose every dated role ended before 1980 are left out: news of 2015 onwards
  rarely names them, and their aliases would only cause false matches. So are news outlets
  (organisations coded ``…MED``), which articles cite as sources rather than as actors.
* a converted actor describing a curated one takes its id (the loader then merges them);
  one whose name is curated for another actor is dropped.
* aliases that could cause false matches are dropped: under three letters (bar US, UK, EU,
  UN), single common English words (spaCy stop words, agent nouns, calendar words, WordNet
  verbs, adjectives and adverbs), common first names on places, people's names listed under
  their group ("Sheikh Hassan Nasrallah" for Hezbollah), and aliases of more than one actor.
* states gain their pycountry names; unterminated demonyms (``+IRANIAN``) gain a plural.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
import shutil
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml
from spacy.lang.en.stop_words import STOP_WORDS

from graphkit.actors.catalogue import Agent, normalise_title
from graphkit.io import atomic_write
from graphkit.models import Actor, ActorType, Role

log = logging.getLogger("build_actor_catalogue")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "petrarch"
DEFAULT_OUT = ROOT / "graphkit" / "data"
DEFAULT_CURATED = DEFAULT_OUT / "actors_current.yaml"
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
)
AGENT_FILE = "Phoenix.agents.txt"
LICENSE = "MIT, Open Event Data Alliance"
PERSON_CUTOFF = dt.date(1980, 1, 1)
SHORT_ALIASES = {"US", "UK", "EU", "UN"}
CALENDAR_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
CALENDAR_WORDS |= {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
CALENDAR_WORDS |= {"friday", "saturday", "sunday"}
# Words that make a dated entry an institution rather than a person.
INSTITUTION_WORDS = re.compile(
    r"\b(COUNCIL|ASSEMBLY|PARTY|MINISTRY|SOVIET|REPUBLIC|FORCES?|ARMY|GUARDS?|COMMITTEE|"
    r"GOVERNMENT|FRONT|UNION|ORGANI[SZ]ATION|PARLIAMENT|CONGRESS|SENATE|COURT|BUREAU|AGENCY|"
    r"DEPARTMENT|OFFICE|MOVEMENT|BRIGADES?|STATE|KINGDOM|FEDERATION|SFSR|SSR|POLITBURO|"
    r"CABINET|JUNTA|COMMISSION|AUTHORITY|ADMINISTRATION|DUMA|POLICE|NAVY|REGIME|LEAGUE|"
    r"ALLIANCE|GROUP|ASSOCIATION|SECRETARIAT|PRESIDIUM|OF|THE)\b"
)
# Connectives kept lower case inside names ("Islamic Republic of Iran", "al-Qaeda").
LOWER_WORDS = {"of", "the", "and", "for", "de", "del", "da", "du", "la", "le", "al", "el", "bin", "ibn"}
LOWER_WORDS |= {"von", "van", "der", "den", "on", "in", "to", "a", "an", "at", "y", "e"}
# Consonant-only words that are abbreviations, not initials ("Mr", "St").
ABBREVIATIONS = {"MR", "MRS", "MS", "DR", "ST", "JR", "SR", "MT", "FT", "LT", "SGT", "PVT", "CPL", "MSGR"}
# Office titles an agent word can carry (normalised), for Catalogue.office_holder.
OFFICES = {
    "president",
    "prime minister",
    "foreign minister",
    "defence minister",
    "vice president",
    "supreme leader",
    "chancellor",
    "king",
    "queen",
    "emir",
    "crown prince",
    "sultan",
    "spokesman",
    "secretary-general",
    "director-general",
    "interior minister",
    "finance minister",
}
# Office and sector words the PETRARCH agents file lacks, spells only as a stem, or codes
# otherwise ("spokesman" is MED there; of a state it is its government speaking).
EXTRA_AGENTS = {
    "supreme leader": "GOV",
    "vice president": "GOV",
    "vice-president": "GOV",
    "secretary of state": "GOV",
    "foreign secretary": "GOV",
    "foreign minister": "GOV",
    "defence minister": "GOVMIL",
    "defense minister": "GOVMIL",
    "defence secretary": "GOVMIL",
    "defense secretary": "GOVMIL",
    "secretary of war": "GOVMIL",
    "war secretary": "GOVMIL",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "spokesperson": "GOV",
    "crown prince": "GOV",
    "emir": "GOV",
    "sultan": "GOV",
    "chancellor": "GOV",
    "prime minister": "GOV",
    "president": "GOV",
    "secretary-general": "GOV",
    "secretary general": "GOV",
    "director-general": "GOV",
    "director general": "GOV",
    "opposition": "OPP",
    "official": "GOV",
    "officials": "GOV",
    "leader": "GOV",
    "leaders": "GOV",
    "leadership": "GOV",
    "forces": "MIL",
    "armed forces": "MIL",
    "officer": "MIL",
    "officers": "MIL",
    "home secretary": "GOV",
    "interior minister": "GOV",
    "press secretary": "GOV",
}


@dataclass
class RawEntry:
    """One dictionary entry as written: name, aliases and codes, with where it was read."""

    name: str
    where: str
    comment: str = ""
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)


CODE_RE = re.compile(r"^([A-Z0-9~-]+)\s*(?:(>|<)?\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?$")


def parse_date(text: str) -> dt.date:
    """``YYYYMMDD`` or ``YYMMDD`` (years 16–99 are 19xx: the dictionaries date from 2014).

    >>> parse_date("080507"), parse_date("19890604")
    (datetime.date(2008, 5, 7), datetime.date(1989, 6, 4))
    """
    if len(text) == 6:
        year = int(text[:2])
        text = f"{1900 + year if year > 15 else 2000 + year}{text[2:]}"
    return dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code(text: str, where: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    """``"RUSGOV 20000507-20080507"`` → ``("RUSGOV", start, end)``; ``None`` (logged) if unusable."""
    match = CODE_RE.match(text.strip())
    if not match:
        log.warning("%s: unreadable code [%s], skipped", where, text)
        return None
    code, sign, single, start, end = match.groups()
    if code.strip("-") == "":
        return None
    try:
        if sign == ">":
            return code, parse_date(single), None
        if sign == "<":
            return code, None, parse_date(single)
        if start:
            begin, finish = parse_date(start), parse_date(end)
            if begin > finish:
                log.warning("%s: code [%s] ends before it starts, skipped", where, text)
                return None
            return code, begin, finish
    except ValueError:
        log.warning("%s: impossible date in [%s], skipped", where, text)
        return None
    return code, None, None


def read_dictionary(path: Path) -> Iterator[RawEntry]:
    """The entries of one PETRARCH actor dictionary."""
    entry: RawEntry | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        text, _, comment = raw.partition("#")
        if not text.strip():
            continue
        codes = [code for part in re.findall(r"\[([^\]]*)\]", text) if (code := parse_code(part, where))]
        head = re.sub(r"\[[^\]]*\]", "", text).strip()
        if raw[0] in " \t[":
            if entry is not None:
                entry.codes.extend(codes)
        elif head.startswith("+"):
            if entry is not None:
                entry.aliases.append(head[1:].strip())
                entry.codes.extend(codes)
        else:
            if entry is not None:
                yield entry
            entry = RawEntry(name=head, where=where, comment=comment.strip(), codes=codes)
    if entry is not None:
        yield entry


def natural_case(name: str, acronyms: frozenset[str] = frozenset(), leading_only: bool = False) -> str:
    """A dictionary phrase (``"ISLAMIC_REPUBLIC_OF_IRAN_"``) in the case news text uses.

    Words in ``acronyms`` (only as the first word when ``leading_only``: "US President …"
    but "Kim Jong Un"), words without vowels, roman numerals and dotted initials stay in
    capitals.

    >>> natural_case("ISLAMIC_REPUBLIC_OF_IRAN_"), natural_case("AL-QAEDA"), natural_case("U.S.")
    ('Islamic Republic of Iran', 'al-Qaeda', 'U.S.')
    >>> natural_case("NATO_SUMMIT", frozenset({"NATO"})), natural_case("ST._LUCIA")
    ('NATO Summit', 'St. Lucia')
    >>> natural_case("US_ENVOY_KIM_JONG_UN", frozenset({"US", "UN"}), leading_only=True)
    'US Envoy Kim Jong Un'
    >>> natural_case("KING_ABDULLAH_II"), natural_case("O'BRIEN"), natural_case("AL-QA'IDA")
    ('King Abdullah II', "O'Brien", "al-Qa'ida")
    """
    words = [word for word in re.split(r"[_\s]+", name.strip("_ ")) if word]
    out = []
    for index, word in enumerate(words):
        consonants = re.fullmatch(r"[B-DF-HJ-NP-TV-Z]{2,6}", word) and word not in ABBREVIATIONS
        roman = index > 0 and re.fullmatch(r"I{1,3}|IV|VI{0,3}", word)
        initials = re.fullmatch(r"([A-Z]\.)+[A-Z]?", word)
        if (word in acronyms and (index == 0 or not leading_only)) or consonants or roman or initials:
            out.append(word)
            continue
        parts = word.split("-")
        cased = []
        for position, part in enumerate(parts):
            lower = part.lower()
            first = index == 0 and position == 0
            if lower in LOWER_WORDS and (not first or len(parts) > 1):
                cased.append(lower)
            else:
                cased.append(capitalise(lower))
        out.append("-".join(cased))
    return " ".join(out)


def capitalise(word: str) -> str:
    """Capital first letter, also after "(" and one-letter prefixes, not inside words.

    >>> capitalise("o'brien"), capitalise("qa'ida"), capitalise("(party")
    ("O'Brien", "Qa'ida", '(Party')
    """
    return re.sub(
        r"^(\(?)([a-z])('[a-z])?",
        lambda m: m.group(1) + m.group(2).upper() + (m.group(3) or "").upper(),
        word,
    )


def find_acronyms(entries: Iterable[RawEntry]) -> frozenset[str]:
    """Single words that abbreviate a longer name of an entry with the same code (``NATO``).

    >>> sorted(find_acronyms([RawEntry("NORTH_ATLANTIC_TREATY_ORGANIZATION_", "x", aliases=["NATO_"])]))
    ['EU', 'NATO', 'UK', 'UN', 'US']
    """
    forms_by_code: dict[str, list[list[str]]] = defaultdict(list)
    for number, entry in enumerate(entries):
        key = entry.codes[0][0] if entry.codes else f"#{number}"
        forms_by_code[key] += [re.split(r"[_\s]+", form.strip("_ ")) for form in (entry.name, *entry.aliases)]
    found = set(SHORT_ALIASES)
    for forms in forms_by_code.values():
        initials = ["".join(word[0] for word in words if word) for words in forms if len(words) > 1]
        for words in forms:
            word = words[0] if len(words) == 1 else ""
            plausible = 2 <= len(word) <= 8 and word.isalpha() and word.lower() not in STOP_WORDS
            if plausible and any(is_subsequence(word, letters) for letters in initials):
                found.add(word)
    return frozenset(found)


def is_subsequence(short: str, long: str) -> bool:
    """Whether the letters of ``short`` appear in ``long`` in order.

    >>> is_subsequence("IPCC", "IGPOCC"), is_subsequence("ANSARU", "VFTPOMIBL")
    (True, False)
    """
    rest = iter(long)
    return all(letter in rest for letter in short)


def slug(text: str) -> str:
    """Lower-kebab ASCII id: ``"Volodymyr Zelenskyy"`` → ``"volodymyr-zelenskyy"``.

    >>> slug("Mohammed bin Salman Al Saud")
    'mohammed-bin-salman-al-saud'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def common_words(lemmas: Iterable[str], agent_words: Iterable[str]) -> set[str]:
    """Single words too common in English to stand for an actor.

    >>> sorted(common_words(["seek", "take_off"], ["army", "armed forces"]) & {"seek", "army", "armed"})
    ['army', 'seek']
    """
    words = {word.lower() for word in STOP_WORDS} | CALENDAR_WORDS
    words |= {phrase for phrase in agent_words if " " not in phrase}
    words |= {word for word in lemmas if "_" not in word}
    return words


def wordnet_lemmas() -> list[str]:
    """WordNet's verbs, adjectives and adverbs, as the installed spaCy pipeline ships them.

    Nouns are left out: WordNet lists proper nouns ("moscow") among them.
    """
    from graphkit.nlp import load_pipeline

    lemmatizer = load_pipeline(exclude=("parser", "ner")).get_pipe("lemmatizer")
    table = lemmatizer.lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    return [word for pos in ("verb", "adj", "adv") for word in table.get(pos, ())]


def classify(entry: RawEntry, code: str, states: set[str], dated: bool) -> ActorType:
    """The actor type of an entry from its code, dates and name (see the module docstring)."""
    if code in states:
        return "state"
    leader_list = "CountryInfo" in entry.comment or "IGOrulers" in entry.comment
    if (dated or leader_list) and not INSTITUTION_WORDS.search(entry.name.replace("_", " ")):
        return "person"
    if code.startswith("IGO"):
        return "igo"
    tail = code[3:]
    if code.startswith("IMG") or any(part in tail for part in ("REB", "INS", "UAF", "SEP")):
        return "armed_group"
    if tail.startswith("MIL"):
        return "military"
    if tail.startswith("GOV"):
        return "government"
    return "organisation"


@dataclass
class Draft:
    """An actor being assembled from one or more dictionary entries."""

    id: str
    label: str
    type: ActorType
    code: str
    country: str | None
    aliases: dict[str, bool] = field(default_factory=dict)
    """Alias → whether it is an unterminated stem in the dictionary (``+IRANIAN``)."""
    roles: list[Role] = field(default_factory=list)
    curated: bool = False


def absorb(target: Draft, other: Draft) -> None:
    """Add the aliases and roles of ``other`` to ``target`` (``target``'s come first)."""
    target.aliases.update({k: v for k, v in other.aliases.items() if k not in target.aliases})
    target.roles.extend(role for role in other.roles if role not in target.roles)


def state_codes(entries: Iterable[RawEntry], agent_codes: set[str]) -> set[str]:
    """Country codes: ISO alpha-3 and the bare three-letter codes of the country dictionary."""
    codes: set[str] = set()
    for entry in entries:
        if entry.where.startswith(ACTOR_FILES[0]):
            codes |= {code for code, _, _ in entry.codes if re.fullmatch(r"[A-Z]{3}", code)}
    # Some agent codes spell a country code too (MUS: Muslim, Mauritius): ISO wins.
    return {country.alpha_3 for country in pycountry.countries} | (codes - agent_codes)


def draft_of(entry: RawEntry, states: set[str], acronyms: frozenset[str]) -> Draft | None:
    """The actor an entry describes, or ``None`` when it has no usable code."""
    dated = [(code, start, end) for code, start, end in entry.codes if start or end]
    undated = [code for code, start, end in entry.codes if not (start or end)]
    if not entry.codes:
        return None
    state = next((code for code, _, _ in entry.codes if code in states), None)
    kind = classify(entry, state or (undated or [dated[0][0]])[0], states, bool(dated))
    if kind == "person":
        prefix = next((c[:3] for c, _, _ in dated if c[:3] in states or c.startswith("IGO")), None)
        base = next((c for c in undated if len(c) >= 6), None)
        code = base or f"{prefix or (undated[0][:3] if undated else '---')}ELI"
        if dated and all(end and end < PERSON_CUTOFF for _, _, end in dated):
            return None
    elif kind == "state" and state:
        code, dated = state, []
    else:
        code = (undated or [dated[0][0]])[0]
    if kind == "organisation" and code.endswith("MED"):
        return None  # news outlets: articles quote them ("told The Guardian"), they rarely act
    country = code[:3] if code[:3] in states else None
    person = kind == "person"
    label = natural_case(entry.name, acronyms, leading_only=person)
    if kind == "state":
        label = state_label(code) or label
    if not re.search(r"[A-Za-z]{2}", label):
        return None  # "313": a number alone names nothing reliably
    draft = Draft(
        id=code if kind == "state" else slug(label),
        label=label,
        type=kind,
        code=code,
        country=country,
        roles=[Role(code=c, start=s, end=e) for c, s, e in dated],
    )
    for alias in entry.aliases:
        if alias:
            draft.aliases[natural_case(alias, acronyms, leading_only=person)] = not alias.endswith("_")
    return draft


def state_label(code: str) -> str | None:
    """The short English name pycountry gives a country (``None`` when it has only a list form).

    >>> state_label("NER"), state_label("KOR"), state_label("FSM")
    ('Niger', 'South Korea', None)
    """
    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    name: str = getattr(country, "common_name", None) or country.name
    return None if "," in name else name


def add_country_names(draft: Draft) -> None:
    """pycountry's names of a state, and plurals of its unterminated demonyms."""
    country = pycountry.countries.get(alpha_3=draft.code)
    if country is not None:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                draft.aliases.setdefault(name, False)
    names = [draft.label.casefold(), *(name.casefold() for name in draft.aliases if " " not in name)]
    for alias, stem in list(draft.aliases.items()):
        demonym = any(alias[:4].casefold() == name[:4] and alias.casefold() != name for name in names)
        if stem and demonym and " " not in alias and re.search(r"(an|i)$", alias):
            draft.aliases.setdefault(alias + "s", False)


def merge_drafts(drafts: Iterable[Draft]) -> dict[str, Draft]:
    """Drafts by id; the same name for the same kind and country is one actor."""
    by_id: dict[str, Draft] = {}
    for draft in drafts:
        key = draft.id
        other = by_id.get(key)
        if other is not None and (other.type, other.country) != (draft.type, draft.country):
            key = draft.id = f"{draft.id}-{(draft.country or draft.code[:3]).lower()}"
            other = by_id.get(key)
        if other is None:
            by_id[key] = draft
        else:
            absorb(other, draft)
    return by_id


def fold_duplicate_persons(drafts: dict[str, Draft]) -> None:
    """Fold a person entry whose label is another same-country person's alias into that person.

    The leader lists repeat people under partial names (``RAFSANJANI_`` beside
    ``AKBAR_HASHEMI_RAFSANJANI``); left apart they would make the name ambiguous.
    """
    owners: dict[tuple[str | None, str], set[str]] = defaultdict(set)
    for draft in drafts.values():
        if draft.type == "person":
            for alias in draft.aliases:
                owners[(draft.country, alias.casefold())].add(draft.id)
    for draft_id in list(drafts):
        draft = drafts[draft_id]
        if draft.type != "person":
            continue
        targets = owners.get((draft.country, draft.label.casefold()), set()) - {draft_id}
        if len(targets) == 1:
            target = drafts[targets.pop()]
            target.aliases.setdefault(draft.label, False)
            absorb(target, draft)
            del drafts[draft_id]


def read_curated(path: Path) -> list[Actor]:
    """The actors of ``actors_current.yaml``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [Actor.model_validate(item) for item in data["actors"]]


def align_with_curated(drafts: dict[str, Draft], curated: list[Actor]) -> None:
    """Give converted actors the id of the curated actor they describe.

    A converted actor joins a curated one when its label is a curated name in the same
    country (``Kremlin`` → ``RUS``) or of the same non-person type, when both are persons of
    one country sharing a full name (two words or more), or when both have the same code and
    a shared name. A converted actor whose label is a curated name of an actor elsewhere is
    dropped: the curated one wins.
    """
    index: dict[str, set[str]] = defaultdict(set)
    for draft in drafts.values():
        if draft.type != "state":
            for form in (draft.label, *draft.aliases):
                index[form.casefold()].add(draft.id)
    for actor in curated:
        names = {name.casefold() for name in (actor.label, *actor.aliases)}
        for draft_id in sorted(set().union(*(index.get(name, set()) for name in names))):
            found = drafts.get(draft_id)
            if found is None or draft_id == actor.id or found.curated:
                continue
            draft = found
            shared = names & {form.casefold() for form in (draft.label, *draft.aliases)}
            label_clash = draft.label.casefold() in names
            if label_clash and (
                draft.country == (actor.country or actor.id) or draft.type == actor.type != "person"
            ):
                same = True
            elif draft.type == "person" and actor.type == "person":
                same = draft.country == actor.country and any(" " in name for name in shared)
            else:
                # A group and its leader share a code and, in PETRARCH, names: keep them apart.
                same = draft.code == actor.code and "person" not in (draft.type, actor.type)
            if not same:
                if label_clash:
                    log.debug("dropped %s: its name %r is curated for %s", draft_id, draft.label, actor.id)
                    del drafts[draft_id]
                continue
            del drafts[draft_id]
            target = drafts.get(actor.id)
            if target is None:
                draft.id, draft.curated = actor.id, True
                drafts[actor.id] = draft
            else:
                absorb(target, draft)


def filter_aliases(drafts: dict[str, Draft], curated: list[Actor], common: set[str]) -> Counter[str]:
    """Drop aliases that would cause false matches; returns how many went for each reason."""
    owners: dict[str, set[str]] = defaultdict(set)
    for draft in drafts.values():
        for name in (draft.label, *draft.aliases):
            owners[name.casefold()].add(draft.id)
    curated_names = {name.casefold(): actor.id for actor in curated for name in (actor.label, *actor.aliases)}
    for name, actor_id in curated_names.items():
        owners[name].add(actor_id)
    # Common first names ("Vladimir", a city of Russia) and one-word person names ("Nasser").
    first_names = Counter(d.label.casefold().split()[0] for d in drafts.values() if d.type == "person")
    person_words = {word for word, count in first_names.items() if count >= 3}
    person_words |= {d.label.casefold() for d in drafts.values() if d.type == "person" and " " not in d.label}
    # Names of people, which PETRARCH also lists under their groups ("Sheikh Hassan Nasrallah").
    person_names = {loose(d.label) for d in drafts.values() if d.type == "person"}
    person_names |= {loose(name) for a in curated if a.type == "person" for name in (a.label, *a.aliases)}
    dropped: Counter[str] = Counter()
    for draft in drafts.values():
        kept: dict[str, bool] = {}
        for alias, stem in draft.aliases.items():
            key = alias.casefold()
            if key == draft.label.casefold():
                continue
            reason = drop_reason(alias, draft, common, person_words)
            if reason is None and draft.type != "person" and names_person(alias, person_names):
                reason = "names a person"
            elif reason is None and curated_names.get(key, draft.id) != draft.id:
                reason = "curated elsewhere"
            elif reason is None and len(owners[key]) > 1 and key not in curated_names:
                reason = "ambiguous"
            if reason:
                dropped[reason] += 1
                log.debug("dropped alias %r of %s: %s", alias, draft.id, reason)
            else:
                kept[alias] = stem
        draft.aliases = kept
    return dropped


def loose(name: str) -> str:
    """A name for comparison: lower case, punctuation and hyphens as spaces.

    >>> loose("Abu Bakr al-Baghdadi") == loose("ABU BAKR AL BAGHDADI")
    True
    """
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def names_person(alias: str, person_names: set[str]) -> bool:
    """Whether ``alias`` ends with a person's name ("Sheikh Hassan Nasrallah").

    >>> names = {"hassan nasrallah"}
    >>> names_person("Sheikh Hassan Nasrallah", names), names_person("Hezbollah", names)
    (True, False)
    """
    words = loose(alias).split()
    return any(" ".join(words[start:]) in person_names for start in range(len(words)))


def drop_reason(alias: str, draft: Draft, common: set[str], person_words: set[str]) -> str | None:
    """Why ``alias`` alone would match text that is not about ``draft`` (``None``: it would not)."""
    key = alias.casefold()
    if len(re.sub(r"[^A-Za-z]", "", alias)) < 3 and alias.replace(".", "") not in SHORT_ALIASES:
        return "short"
    if " " in alias:
        return None
    # States keep one-word aliases that are English words ("Turkey") but not stop words.
    if key in STOP_WORDS or key in CALENDAR_WORDS or (key in common and draft.type != "state"):
        return "common word"
    demonym = draft.type == "state" and key[:4] == draft.label.casefold()[:4]
    if draft.type != "person" and key in person_words and not demonym:
        return "person name"
    return None


def to_actor(draft: Draft) -> Actor:
    """The finished actor, roles in date order; a state has none.

    A state is coded as itself: the dictionaries' dated role for Palestine (PSEGOV from 1994)
    would code "Palestinian homes" and "Palestinians" as the Authority.
    """
    dated = () if draft.type == "state" else draft.roles
    roles = sorted(set(dated), key=lambda r: (r.start or dt.date.min, r.end or dt.date.max, r.code))
    return Actor(
        id=draft.id,
        label=draft.label,
        type=draft.type,
        code=draft.code,
        country=draft.country,
        aliases=tuple(draft.aliases),
        roles=tuple(roles),
    )


def header(source: str) -> dict[str, Any]:
    """The ``_meta`` record every generated data file starts with."""
    return {
        "_meta": {
            "source": source,
            "license": LICENSE,
            "generated": dt.date.today().isoformat(),
            "script": "scripts/build_actor_catalogue.py",
        }
    }


def expand_agent(phrase: str, substitutions: dict[str, tuple[str, ...]]) -> list[str]:
    """Agent phrase variants: substitution sets filled in, the ``MINIST`` stem spelled out.

    >>> expand_agent("SPOKES!PERSON!", {"PERSON": ("MAN", "WOMAN")})
    ['spokesman', 'spokeswoman']
    >>> expand_agent("DEFENCE_MINIST", {})
    ['defence minister', 'defence ministry']
    """
    phrases = [phrase]
    for name, values in substitutions.items():
        phrases = (
            [p.replace(f"!{name}!", value) for p in phrases for value in values]
            if any(f"!{name}!" in p for p in phrases)
            else phrases
        )
    out = []
    for item in phrases:
        words = [w for w in re.split(r"[_\s]+", item.strip("_ ")) if w]
        if words and words[-1] == "MINIST":
            out += [" ".join([*words[:-1], end]).lower() for end in ("MINISTER", "MINISTRY")]
        elif words:
            out.append(" ".join(words).lower())
    return out


def plural(phrase: str) -> str:
    """The regular plural PETRARCH would generate for the last word.

    >>> plural("militia"), plural("secretary"), plural("boss"), plural("gunman")
    ('militias', 'secretaries', 'bosses', 'gunmen')
    """
    if phrase.endswith("man"):
        return phrase[:-3] + "men"
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    if re.search(r"(s|x|z|ch|sh)$", phrase):
        return phrase + "es"
    return phrase + "s"


def read_agents(path: Path) -> dict[str, Agent]:
    """Agent words (lower case, with regular plurals) and what they add to an actor's code."""
    substitutions: dict[str, tuple[str, ...]] = {}
    agents: dict[str, Agent] = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.partition("#")[0].strip()
        if not text:
            continue
        if sub := re.match(r"^!(\w+)!\s*=\s*(.+)$", text):
            substitutions[sub.group(1)] = tuple(v.strip() for v in sub.group(2).split(","))
            continue
        match = re.match(r"^(.+?)\s*(?:\{([^}]*)\})?\s*\[(\w*)~(\w*)\]$", text)
        if not match:
            log.warning("%s:%d: unreadable agent line, skipped", path.name, number)
            continue
        phrase, plural_form, before, after = match.groups()
        code, prefix = (after, False) if after else (before, True)
        for word in expand_agent(phrase, substitutions):
            title = normalise_title(word)
            agents.setdefault(
                word, Agent(code=code, title=title if title in OFFICES else None, prefix=prefix)
            )
            if plural_form is not None:
                many = expand_agent(plural_form, {})
            elif "!" in phrase or re.search(r" (of|for|in|to) ", word) or word.endswith((".", "s")):
                many = []  # substitution sets list their plurals; "of" phrases pluralise inside
            else:
                many = [plural(word)]
            for form in many:
                agents.setdefault(form, Agent(code=code, prefix=prefix))
    for word, code in EXTRA_AGENTS.items():
        title = normalise_title(word)
        agents[word] = Agent(code=code, title=title if title in OFFICES else None)
    return agents


def build(source: Path, out: Path, curated_file: Path = DEFAULT_CURATED) -> None:
    """Convert the dictionaries in ``source`` into ``out/actors.jsonl`` and ``out/agents.jsonl``.

    ``curated_file`` holds the hand-written entries the converted actors align with.
    """
    entries = [entry for name in ACTOR_FILES for entry in read_dictionary(source / name)]
    agents = read_agents(source / AGENT_FILE)
    states = state_codes(entries, {agent.code for agent in agents.values()})
    acronyms = find_acronyms(entry for entry in entries if not any(s or e for _, s, e in entry.codes))
    drafts = merge_drafts(d for entry in entries if (d := draft_of(entry, states, acronyms)) is not None)
    for draft in drafts.values():
        if draft.type == "state":
            add_country_names(draft)
    fold_duplicate_persons(drafts)
    curated = read_curated(curated_file)
    align_with_curated(drafts, curated)
    common = common_words(wordnet_lemmas(), agents)
    dropped = filter_aliases(drafts, curated, common)
    actors = sorted((to_actor(d) for d in drafts.values()), key=lambda a: a.id)

    names = ", ".join(ACTOR_FILES)
    with atomic_write(out / "actors.jsonl") as fh:
        fh.write(json.dumps(header(f"PETRARCH dictionaries ({names})"), ensure_ascii=False) + "\n")
        for actor in actors:
            fh.write(actor.model_dump_json(exclude_defaults=True) + "\n")
    with atomic_write(out / "agents.jsonl") as fh:
        fh.write(json.dumps(header(f"PETRARCH dictionaries ({AGENT_FILE})"), ensure_ascii=False) + "\n")
        for word in sorted(agents):
            record = {"word": word, **agents[word].model_dump(exclude_defaults=True)}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (source / "LICENSE").open("rb") as licence, atomic_write(out / "PETRARCH-LICENSE", "wb") as fh:
        shutil.copyfileobj(licence, fh)

    kinds = Counter(actor.type for actor in actors)
    aliases = sum(len(actor.aliases) + 1 for actor in actors)
    log.info(
        "%d actors (%s), %d surface forms, %d agent words", len(actors), dict(kinds), aliases, len(agents)
    )
    log.info("aliases dropped: %s", dict(dropped))


def main(argv: list[str] | None = None) -> int:
    """Command line: ``--source`` (the PETRARCH directory) and ``--out`` (``graphkit/data``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="PETRARCH dictionary directory")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="graphkit data directory")
    parser.add_argument(
        "--curated", type=Path, default=DEFAULT_CURATED, help="the hand-written actors (actors_current.yaml)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every alias dropped")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO, format="%(levelname)s %(message)s"
    )
    build(args.source, args.out, args.curated)
    return 0


if __name__ == "__main__":
    sys.exit(main())
