"""Build graphkit's CAMEO code table and verb lexicon from the PETRARCH dictionary.

Writes two JSON Lines files under ``graphkit/data/``, each opening with a
``{"_meta": ...}`` header record:

``cameo_codes.jsonl``
    Every CAMEO 1.1b3 event code (two-digit roots, their three- and four-digit
    children, and the few extension codes the PETRARCH dictionary uses) with
    its name, Goldstein value, QuadClass, polarity and a short relation name.
``cameo_verbs.jsonl``
    The verb patterns of ``CAMEO.2.0.txt`` reduced to what a dependency parse
    shows: one record per (verb lemma, constraints) with the direct-object
    lemmas, one prepositional phrase (preposition and object lemmas) and a
    particle. A record without constraints is the verb's default code.

The code table itself is ``scripts/data/cameo_codes.psv`` (transcribed by hand, its
source in its header); the verb patterns come from the PETRARCH dictionary.

Run from anywhere (paths default to the repository's; re-running gives the same files,
bar the date); each file is written atomically::

    .venv/bin/python scripts/build_cameo_lexicon.py \\
        --source ../shared/reference/petrarch/CAMEO.2.0.txt --out graphkit/data
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.io import atomic_write
from graphkit.nlp import load_pipeline

log = logging.getLogger("build_cameo_lexicon")

SCRIPT = "scripts/build_cameo_lexicon.py"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "reference" / "petrarch" / "CAMEO.2.0.txt"
DEFAULT_OUT = ROOT / "graphkit" / "data"
CAMEO_TABLE = ROOT / "scripts" / "data" / "cameo_codes.psv"


# Words after a verb that spaCy attaches as ``prt`` (never as a preposition).
PARTICLES = frozenset(
    [
        "up",
        "down",
        "out",
        "off",
        "away",
        "back",
        "forward",
        "aside",
        "together",
        "apart",
        "ahead",
        "behind",
        "home",
    ]
)
# Words that are a preposition when a noun follows and a particle otherwise.
AMBIGUOUS = frozenset(["in", "on", "over", "through", "along", "around", "about", "across", "by"])
PREPOSITIONS = AMBIGUOUS | frozenset(
    [
        "to",
        "for",
        "with",
        "against",
        "at",
        "from",
        "into",
        "of",
        "onto",
        "upon",
        "toward",
        "towards",
        "between",
        "among",
        "amid",
        "amidst",
        "under",
        "after",
        "before",
        "during",
        "within",
        "without",
        "beyond",
        "despite",
        "via",
        "near",
        "like",
        "as",
        "than",
        "until",
    ]
)
# Members the dictionary's sets lack but news text relies on ("sold arms to").
SET_ADDITIONS = {"&WEAPON": [["ARMS"]]}
AUXILIARIES = frozenset(
    ["be", "is", "are", "am", "was", "were", "been", "has", "have", "had", "will", "would"]
)

PATTERN_RE = re.compile(r"^-\s*(?P<body>.*?)\s*\[(?P<code>[^\]]*)\]\s*(?:#(?P<comment>.*))?$")
TOKEN_RE = re.compile(r"[(){}]|&\w+|[$+^%*]|[^\s(){}&$+^%*]+")

Lemmatize = Callable[[str], str]


@dataclass
class Entry:
    """A verb line of a block: its words, inflected forms and own code."""

    words: list[str]
    forms: set[str]
    code: str | None
    reciprocal: str | None
    explicit: bool


@dataclass
class Block:
    """A ``--- NAME [code] ---`` block: synonymous verbs sharing patterns."""

    name: str
    code: str | None
    reciprocal: str | None
    entries: list[Entry] = field(default_factory=list)
    patterns: list[tuple[str, str, str]] = field(default_factory=list)
    """(body, code field, comment) of each ``-`` line."""


@dataclass(frozen=True)
class Constraints:
    """What a pattern asks of a verb's dependents (lemmas, lower case)."""

    object: tuple[str, ...] | None = None
    prep: str | None = None
    prep_object: tuple[str, ...] | None = None
    particle: str | None = None
    target: str | None = None
    lossy: bool = False
    """A multiword phrase was reduced to its head."""

    def merge(self, other: Constraints) -> Constraints | None:
        """Both sets of constraints at once, or None when they ask for different things."""
        fields = {}
        for name in ("object", "prep", "prep_object", "particle", "target"):
            mine, theirs = getattr(self, name), getattr(other, name)
            if mine is not None and theirs is not None and mine != theirs:
                return None
            fields[name] = mine if mine is not None else theirs
        return Constraints(**fields, lossy=self.lossy or other.lossy)


class Unmappable(ValueError):
    """A pattern whose structure has no clean dependency-parse equivalent."""


def strip_comment(line: str) -> str:
    """The line without its ``#`` comment and surrounding blanks."""
    return line.split("#", 1)[0].strip()


def parse_code(text: str) -> tuple[str | None, str | None]:
    """``"042:043"`` -> (``"042"``, ``"043"``); ``"---"`` and blanks are None."""
    forward, _, reverse = text.strip().rstrip("!").partition(":")

    def clean(code: str) -> str | None:
        code = code.strip()
        return code if code and code != "---" else None

    return clean(forward), clean(reverse)


def read_synsets(lines: Iterable[str]) -> dict[str, list[list[str]]]:
    """Synonym sets by name (``"&CURRENCY"``): each member is a list of upper-case words."""
    sets: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for raw in lines:
        line = strip_comment(raw)
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0].rstrip("_"), [])
        elif line.startswith("+") and current is not None:
            words = [w for w in re.split(r"[\s_]+", line[1:]) if w]
            if words:
                current.append(words)
        elif line.startswith(("-", "---")) or (line and not line.startswith("+")):
            current = None
    return sets


def read_blocks(lines: Sequence[str]) -> list[Block]:
    """The verb blocks between ``VERB PATTERNS`` and ``TRANSFORMATIONS``."""
    blocks: list[Block] = []
    inside = False
    for raw in lines:
        if raw.startswith("####### VERB PATTERNS"):
            inside = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        line = raw.strip()
        if not inside or not line or line.startswith("#"):
            continue
        if line.startswith("---"):
            match = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", line)
            if match is None:
                raise ValueError(f"unreadable block header: {line!r}")
            blocks.append(Block(match.group(1), *parse_code(match.group(2))))
        elif line.startswith("-"):
            pattern = PATTERN_RE.match(line)
            if pattern is None:
                log.debug("pattern without code skipped: %s", line)
                continue
            blocks[-1].patterns.append((pattern["body"], pattern["code"], pattern["comment"] or ""))
        else:
            entry = read_entry(strip_comment(line), blocks[-1])
            if entry is not None:
                blocks[-1].entries.append(entry)
    return blocks


def read_entry(line: str, block: Block) -> Entry | None:
    """A verb line (``GIVE {GAVE GIVEN } [070]``), or None for inflected fragments."""
    code_match = re.search(r"\[([^\]]*)\]", line)
    code, reciprocal = parse_code(code_match.group(1)) if code_match else (block.code, block.reciprocal)
    forms_match = re.search(r"\{([^}]*)\}", line)
    base = line.split()[0]
    words = [w.lower() for w in base.lstrip("+").split("_") if w]
    forms_text = forms_match.group(1) if forms_match else None
    # "+KILLED_AND {}": an inflected fragment, not a verb with a base form.
    if base.startswith("+") and forms_text is not None and not forms_text.strip():
        return None
    if not words or words[0] in AUXILIARIES:
        return None
    forms = {base.lstrip("+").lower()}
    if forms_text:
        forms |= {f.strip("+,").lower() for f in forms_text.split() if f.strip("+,")}
    return Entry(words, forms, code, reciprocal, code_match is not None)


def tokenize(body: str) -> list[str | list]:
    """Nest ``(...)`` and ``{...}`` groups: groups become ``["(", ...]`` / ``["{", ...]`` lists."""
    stack: list[list] = [[]]
    for token in TOKEN_RE.findall(body):
        if token in "({":
            stack.append([token])
        elif token in ")}":
            if len(stack) == 1:
                raise Unmappable(f"unbalanced {token!r}")
            group = stack.pop()
            stack[-1].append(group)
        else:
            stack[-1].append(token)
    if len(stack) != 1:
        raise Unmappable("unbalanced group")
    return stack[0]


class PatternReader:
    """Turns pattern bodies into :class:`Constraints` over a dependency parse."""

    def __init__(self, synsets: dict[str, list[list[str]]], lemmatize: Lemmatize) -> None:
        self.synsets = synsets
        self.lemmatize = lemmatize

    def heads(self, item: str | list) -> tuple[list[str], bool]:
        """Head lemmas of a noun item (word, ``&SET`` or ``{...}`` phrase) and whether it was reduced."""
        if isinstance(item, list):
            words = [w for w in item[1:] if isinstance(w, str) and w not in "$+^%"]
            if not words or any(isinstance(w, list) for w in item[1:]):
                raise Unmappable(f"phrase {item!r}")
            lemmas, _ = self.heads(words[-1])
            return lemmas, len(words) > 1
        if item.startswith("&"):
            if item not in self.synsets:
                raise Unmappable(f"unknown set {item}")
            # Multiword members are left out: their heads alone ("gas" of "tear gas",
            # "system" of "missile system") would match far too much.
            lemmas = [self.word(m[0]) for m in self.synsets[item] if len(m) == 1]
            return list(dict.fromkeys(x for x in lemmas if x)), False
        if "_" in item:
            # "AIR_STRIKE": consecutive words, headed by the last.
            return self.heads(["{", *[w for w in item.split("_") if w]])
        lemma = self.word(item)
        if not lemma:
            raise Unmappable(f"word {item!r}")
        return [lemma], False

    def word(self, word: str) -> str:
        """A dictionary word as spaCy lemmatises it as a noun; empty when spaCy splits it."""
        if not re.fullmatch(r"[A-Za-z]+", word):
            return ""
        return self.lemmatize(word.lower())

    def read(self, body: str) -> Constraints:
        """Constraints of a pattern body such as ``* &WEAPON (TO +)``."""
        tokens = tokenize(body)
        if tokens.count("*") != 1 or tokens[0] != "*":
            raise Unmappable("words before the verb")
        return self.read_tail(tokens[1:])

    def read_tail(self, items: list[str | list]) -> Constraints:
        """Constraints of what follows the verb (also used for multiword verbs)."""
        found = Constraints()
        nouns: list[str | list] = []
        pps = 0
        i = 0
        while i < len(items):
            item, nxt = items[i], items[i + 1] if i + 1 < len(items) else None
            i += 1
            if isinstance(item, list) and (item[0] == "(" or self.starts_with_prep(item)):
                more = self.read_pp(item[1:])
            elif item == "+" and not nouns and found.object is None:
                more = Constraints(target="dobj")
            elif isinstance(item, str) and item.lower() in PARTICLES:
                more = Constraints(particle=item.lower())
            elif isinstance(item, str) and item.lower() in PREPOSITIONS:
                word = item.lower()
                if nxt == "+" or self.is_noun(nxt):
                    more = self.read_pp([word, nxt])
                    i += 1
                elif word in AMBIGUOUS:
                    more = Constraints(particle=word)
                else:
                    more = Constraints(prep=word)
            elif self.is_noun(item):
                if pps:
                    raise Unmappable("object after a prepositional phrase")
                nouns.append(item)
                continue
            else:
                raise Unmappable(f"item {item!r}")
            pps += more.prep is not None
            found = self.add(found, more)
        if pps > 1:
            raise Unmappable("several prepositional phrases")
        if nouns:
            found = self.add(found, self.read_object(nouns))
        return found

    @staticmethod
    def starts_with_prep(item: list) -> bool:
        """Whether a ``{...}`` phrase is really a prepositional phrase (``{FOR DONATIONS}``)."""
        return len(item) > 2 and isinstance(item[1], str) and item[1].lower() in PREPOSITIONS

    @staticmethod
    def is_noun(item: str | list | None) -> bool:
        """Whether an item can head a noun phrase (a word, set or ``{...}`` phrase)."""
        if item is None:
            return False
        if isinstance(item, list):
            return item[0] == "{"
        if item.startswith("&"):
            return True
        return item not in "$+^%*" and item.lower() not in PREPOSITIONS | PARTICLES

    def read_object(self, nouns: list[str | list]) -> Constraints:
        """A direct object from one to two noun items (the last one heads it)."""
        if len(nouns) > 2:
            raise Unmappable(f"long object {nouns!r}")
        lemmas, lossy = self.heads(nouns[-1])
        return Constraints(object=tuple(lemmas), lossy=lossy or len(nouns) > 1)

    def read_pp(self, items: list) -> Constraints:
        """``(PREP [NOUN...])`` as a preposition and the lemmas its object may have."""
        if not items or not isinstance(items[0], str):
            raise Unmappable(f"phrase {items!r}")
        head = items[0].lower()
        rest = items[1:]
        if head in PARTICLES:
            inner = self.read_tail(rest) if rest else Constraints()
            return self.add(inner, Constraints(particle=head))
        if head not in PREPOSITIONS:
            raise Unmappable(f"phrase without preposition {items!r}")
        if not rest or rest == ["^"]:
            return Constraints(prep=head)
        if rest == ["+"]:
            return Constraints(prep=head, target="pobj")
        nouns = [r for r in rest if self.is_noun(r)]
        if len(nouns) != len(rest) or len(nouns) > 2:
            raise Unmappable(f"phrase {items!r}")
        lemmas, lossy = self.heads(nouns[-1])
        return Constraints(prep=head, prep_object=tuple(lemmas), lossy=lossy or len(nouns) > 1)

    @staticmethod
    def add(found: Constraints, more: Constraints) -> Constraints:
        """Merge, refusing a pattern that asks for two objects, particles or phrases."""
        merged = found.merge(more)
        if merged is None:
            raise Unmappable("conflicting constraints")
        return merged


@dataclass(frozen=True)
class Record:
    """One line of ``cameo_verbs.jsonl`` before ordering."""

    lemma: str
    code: str | None
    reciprocal: str | None
    constraints: Constraints
    rank: tuple[int, int, int]
    """Sort key: lossy patterns last; verb lines (explicit codes first), then the verb's own
    patterns, then the rest of its block's; file order among equals."""

    def key(self) -> tuple:
        c = self.constraints
        return (self.lemma, c.object, c.prep, c.prep_object, c.particle)

    def to_json(self) -> dict:
        c = self.constraints
        return {
            "lemma": self.lemma,
            "code": self.code,
            "object": list(c.object) if c.object is not None else None,
            "prep": c.prep,
            "prep_object": list(c.prep_object) if c.prep_object is not None else None,
            "particle": c.particle,
            "reciprocal": self.reciprocal,
            "target": c.target,
        }


def comment_verbs(comment: str) -> set[str]:
    """Verb forms named in a pattern comment (``# START , BEGIN <ab 02 Dec 2005>``)."""
    text = re.sub(r"<[^>]*>", "", comment)
    return {w.lower() for w in re.findall(r"\b[A-Z][A-Z_]+\b", text)}


def block_records(block: Block, reader: PatternReader, order: Iterator[int]) -> Iterator[Record]:
    """Records of one block: defaults, multiword verbs and patterns for every verb."""
    patterns: list[tuple[Constraints, str | None, str | None, set[str], int]] = []
    for body, code_text, comment in block.patterns:
        try:
            constraints = reader.read(body)
        except Unmappable as why:
            log.debug("%s: dropped %r (%s)", block.name, body, why)
            continue
        code, reciprocal = parse_code(code_text)
        patterns.append((constraints, code, reciprocal, comment_verbs(comment), next(order)))
    for entry in block.entries:
        try:
            base = reader.read_tail(list(entry.words[1:])) if len(entry.words) > 1 else Constraints()
        except Unmappable as why:
            log.debug("%s: dropped verb %r (%s)", block.name, entry.words, why)
            continue
        lemma = entry.words[0]
        if entry.code is not None or entry.reciprocal is not None or len(entry.words) > 1:
            yield Record(
                lemma, entry.code, entry.reciprocal, base, (0, 0 if entry.explicit else 1, next(order))
            )
        for constraints, code, reciprocal, verbs, position in patterns:
            merged = base.merge(constraints)
            if merged is None or merged == base:
                continue
            own = bool(verbs & entry.forms)
            yield Record(lemma, code, reciprocal, merged, (int(merged.lossy), 2 if own else 3, position))


def build_verbs(lines: Sequence[str], lemmatize: Lemmatize) -> list[dict]:
    """All verb records, deduplicated on (lemma, constraints), grouped by lemma."""
    synsets = read_synsets(lines)
    for name, members in SET_ADDITIONS.items():
        synsets[name] = synsets[name] + members
    reader = PatternReader(synsets, lemmatize)
    order = iter(range(10**9))
    records = [r for block in read_blocks(lines) for r in block_records(block, reader, order)]
    best: dict[tuple, Record] = {}
    for record in sorted(records, key=lambda r: r.rank):
        best.setdefault(record.key(), record)
    kept = sorted(best.values(), key=lambda r: (r.lemma, r.rank))
    return [r.to_json() for r in kept]


def read_table(path: Path) -> list[tuple[str, str, str, str]]:
    """The rows of the CAMEO code table (``code|goldstein|relation|name``), comments left out."""
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("|")
        if len(fields) != 4:
            raise SystemExit(f"{path}:{number}: expected code|goldstein|relation|name, got {line!r}")
        code, goldstein, relation, name = fields
        rows.append((code, goldstein, relation, name))
    return rows


def build_codes(table: Path = CAMEO_TABLE) -> list[dict]:
    """The CAMEO code table as records, each relation name filled from its parent."""
    rows: list[dict] = []
    relations: dict[str, str] = {}
    for code, goldstein, relation, name in read_table(table):
        root = int(code[:2])
        quad = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 14 else 4
        relation = relation or relations[code[:3] if len(code) == 4 else code[:2]]
        relations[code] = relation
        rows.append(
            {
                "code": code,
                "name": name,
                "goldstein": float(goldstein),
                "quad_class": quad,
                "polarity": "cooperative" if quad <= 2 else "conflictual",
                "relation": relation,
            }
        )
    return rows


def spacy_lemmatizer() -> Lemmatize:
    """Noun lemmas exactly as graphkit's spaCy pipeline produces them (``arms`` -> ``arm``)."""
    from spacy.tokens import Doc

    nlp = load_pipeline()
    lemmatizer = nlp.get_pipe("lemmatizer")
    cache: dict[str, str] = {}

    def lemmatize(word: str) -> str:
        if word not in cache:
            doc = Doc(nlp.vocab, words=[word], pos=["NOUN"])
            # "sadness", "access", "progress": out of context the rules strip the "s" of a
            # singular in -ss, which the parse of a sentence keeps ("sadness")
            lemma = word.lower() if word.lower().endswith("ss") else lemmatizer(doc)[0].lemma_.lower()
            cache[word] = lemma
        return cache[word]

    return lemmatize


def write_jsonl(path: Path, meta: dict, records: Iterable[dict]) -> int:
    """Write the header and records atomically; returns the record count."""
    count = 0
    with atomic_write(path) as out:
        out.write(json.dumps({"_meta": meta}, ensure_ascii=False) + "\n")
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
    return count


def source_notice(lines: Sequence[str]) -> str:
    """The MIT notice and attribution block of the dictionary header."""
    start = next(i for i, line in enumerate(lines) if "Dictionary development has been funded" in line)
    end = next(i for i, line in enumerate(lines) if "OTHER DEALINGS IN THE SOFTWARE" in line)
    return "\n".join(line.lstrip("# ").rstrip() for line in lines[start : end + 1])


def main(argv: Sequence[str] | None = None) -> None:
    """Parse options, build both files and log their sizes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="CAMEO.2.0.txt")
    parser.add_argument("--table", type=Path, default=CAMEO_TABLE, help="the CAMEO code table")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="graphkit/data directory")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every dropped pattern")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")

    today = dt.date.today().isoformat()
    codes = build_codes(args.table)
    n_codes = write_jsonl(
        args.out / "cameo_codes.jsonl",
        {
            "source": "CAMEO 1.1b3 codebook (Schrodt 2012) and its Goldstein-scale table; "
            "extension codes 1213, 176, 1951, 1952 as used by PETRARCH dictionaries",
            "license": "CAMEO event codes and Goldstein values are published facts; "
            "this transcription is MIT like graphkit",
            "generated": today,
            "script": SCRIPT,
        },
        codes,
    )
    lines = args.source.read_text(encoding="utf-8").splitlines()
    verbs = build_verbs(lines, spacy_lemmatizer())
    n_verbs = write_jsonl(
        args.out / "cameo_verbs.jsonl",
        {
            "source": f"{args.source.name}, PETRARCH CAMEO verb-pattern dictionary, Open Event Data Alliance",
            "license": "MIT",
            "notice": source_notice(lines),
            "generated": today,
            "script": SCRIPT,
            "format": "one record per (lemma, object, prep, prep_object, particle); object, prep_object: "
            "lemma lists (any may match); null = no constraint; code null = no event; reciprocal = "
            "code of the target acting on the source; target = where the target actor sits (dobj, pobj); "
            "records of a lemma are in preference order",
        },
        verbs,
    )
    unknown = {r["code"] for r in verbs} | {r["reciprocal"] for r in verbs}
    unknown -= {c["code"] for c in codes} | {None}
    if unknown:
        raise SystemExit(f"verb codes missing from the CAMEO table: {sorted(unknown)}")
    log.info(
        "wrote %d codes and %d verb records (%d lemmas)", n_codes, n_verbs, len({r["lemma"] for r in verbs})
    )


if __name__ == "__main__":
    main()
