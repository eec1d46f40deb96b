"""Dictionary self-check: does every CAMEO verb pattern code its own template sentence?

For every pattern of ``graphkit/data/cameo_verbs.jsonl`` that codes an event, and every
default of ``verb_overrides.yaml``, :mod:`graphkit.evaluate.selfcheck` writes one sentence
in which state A acts on state B through exactly that pattern ("France sent troops to
Germany."). The real extractor (gated, default model) reads them all; a sentence passes when
some relation goes from A to B (by ISO3) with the pattern's CAMEO code. Target: 90 %.

Every failure is put down to one cause, found on the real objects: the full parse of the
sentence, the lexicon and the rules (first that applies):

template      lemminflect has no past tense for the verb: no sentence was made;
gate          the full pipeline (``pipe(full=True)``) codes it, the gated one does not;
tokens        the verb is not one token of the parse;
tag           the verb is not tagged VERB/AUX (the rules read only verbs);
lemma         spaCy's lemma of the verb is not the dictionary's;
actors        a state was not found by the actor matcher;
dictionary    the pattern's object is no noun ("bitterly", "injure"): a slip of the dictionary;
lexicon       on the template's own words, :meth:`Lexicon.verb` gives another code: a pattern
              listed earlier or more specific wins, or ``verb_overrides.yaml`` replaces the
              verb's default;
parse         on the dependents the parse gives, :meth:`Lexicon.verb` gives another code:
              the object, preposition or particle is not where the rules look (split by
              which), or one more specific pattern matches them;
rules         the verb codes the pattern's code but the rules relate no one by it: a
              reporting verb, a "judgement" (two objects),
              an object that carries the relation itself, no agent or no patient found;
direction     the relation is coded, but from B to A;
other code    A and B are related with another code only (another rule).

Run::

    .venv/bin/python benchmarks/dictionary_selfcheck.py [--limit N | --sample N] [--lemma LEMMA]
        [--json failures.json] [--batch-size 256]

The last line reads ``dictionary-selfcheck: patterns=N coded=X% ...``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, Token

from graphkit.evaluate.selfcheck import SEED, Template, load_patterns, noun_form, noun_like, templates
from graphkit.extract import Extraction, Extractor
from graphkit.models import Document, Relation
from graphkit.relations import syntax
from graphkit.relations.arguments import ActorIndex
from graphkit.relations.rules import _OBJECT_DEPS, _SUPPORT_VERBS, REPORTING_VERBS

TARGET = 0.90
BY_DESIGN = (
    "rules: reporting verbs",
    "template:",
    "dictionary:",
)
"""Causes that say nothing of the extractor's reading: graphkit relates no one by a reporting
verb (what it reports is the claim); no sentence could be made; the pattern's object is no noun."""
EXAMPLES = 3


@dataclass
class Outcome:
    """What the extractor made of one template."""

    template: Template
    passed: bool
    got: list[str]
    """The relations between the two states, as ``SRC-code->TGT (rule)``."""
    cause: str = ""
    detail: str = ""


def passes(template: Template, relations: Iterable[Relation]) -> bool:
    """Whether some relation goes from the source to the target state with the pattern's code."""
    return any(_is(template, r, template.code) for r in relations)


def _is(template: Template, relation: Relation, code: str | None, reverse: bool = False) -> bool:
    source, target = (template.target, template.source) if reverse else (template.source, template.target)
    return (
        relation.source.country == source[1]
        and relation.target.country == target[1]
        and (code is None or relation.cameo == code)
    )


def _between(template: Template, relations: Iterable[Relation]) -> list[str]:
    pair = {template.source[1], template.target[1]}
    return [
        f"{r.source.country}-{r.cameo}->{r.target.country} ({r.rule})"
        for r in relations
        if {r.source.country, r.target.country} == pair
    ]


def _dependents(extractor: Extractor, verb: Token) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """Objects, (preposition, object) pairs and particles as ``Rules._verb_code`` reads them; an
    infinitive complement is the pair ("to", its lemma), as the dictionary writes it."""
    objects, preps, particles, infinitives = extractor.rules._pattern_inputs(verb)
    return objects, [*preps, *(("to", i) for i in infinitives)], particles


def _intended(template: Template) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    """The dependents the template means the verb to have."""
    target = template.target[0].lower()
    objects = [o for o in (template.object,) if o is not None]
    if template.slot == "dobj":
        objects.insert(0, target)
    preps: list[tuple[str, str]] = []
    if template.prep is not None:
        preps.append((template.prep, target if template.slot == "pobj" else str(template.prep_object)))
    particles = [template.particle] if template.particle is not None else []
    return objects, preps, particles


def _pattern_text(
    extractor: Extractor, lemma: str, deps: tuple[list[str], list[tuple[str, str]], list[str]]
) -> str:
    """The pattern of ``lemma`` that wins on ``deps``, as the lexicon's matcher picks it."""
    objects, preps, particles = deps
    lexicon = extractor.lexicon
    lexicon.verb(lemma, objects=objects, preps=preps, particles=particles)  # builds the verb's patterns
    verb = lexicon._verbs.get(lemma)
    if verb is None:
        return "default"
    low = {(p.lower(), o.lower()) for p, o in preps}
    pattern = verb.match(set(objects), low, {p for p, _ in low} | set(particles))
    if pattern is None:
        return "default"
    parts = [
        f"object={sorted(pattern.object)[:3]}" if pattern.object else "",
        f"prep={pattern.prep}" if pattern.prep else "",
        f"prep_object={sorted(pattern.prep_object)[:3]}" if pattern.prep_object else "",
        f"particle={pattern.particle}" if pattern.particle else "",
    ]
    return " ".join(p for p in parts if p)


def _code(
    extractor: Extractor, lemma: str, deps: tuple[list[str], list[tuple[str, str]], list[str]]
) -> str | None:
    objects, preps, particles = deps
    code = extractor.lexicon.verb(lemma, objects=objects, preps=preps, particles=particles)
    return code.code if code is not None else None


def _unmet(template: Template, deps: tuple[list[str], list[tuple[str, str]], list[str]]) -> str:
    """Which of the template's own dependents the parse does not give the verb."""
    objects, preps, particles = deps
    words = {p for p, _ in preps} | set(particles)
    if template.object is not None and template.object not in objects:
        return "object"
    if template.particle is not None and template.particle not in words:
        return "particle"
    if template.prep is not None:
        wanted = template.target[0].lower() if template.slot == "pobj" else template.prep_object
        if template.prep not in words:
            return "preposition"
        if template.prep_object is not None and (template.prep, wanted) not in preps:
            return "preposition's object"
    return ""


def diagnose(extractor: Extractor, outcome: Outcome, doc: Doc, extraction: Extraction) -> None:
    """Set the cause of a failure from the full parse and extraction, the lexicon and the rules."""
    t = outcome.template
    cause, detail = _diagnose(extractor, t, doc, extraction)
    outcome.cause, outcome.detail = cause, detail


def _diagnose(extractor: Extractor, t: Template, doc: Doc, extraction: Extraction) -> tuple[str, str]:
    full = extraction.relations
    if passes(t, full):
        return "gate: the gated pipeline skips what the full parse codes", ""
    span = doc.char_span(t.verb_start, t.verb_end)
    if span is None or len(span) != 1:
        return "tokens: the verb is not one token", ""
    verb = span[0]
    if verb.pos_ not in {"VERB", "AUX"}:
        return "tag: the verb is not tagged as a verb", f"{verb.text}/{verb.pos_}/{verb.tag_} ({verb.dep_})"
    lemma = verb.lemma_.lower()
    if lemma != t.lemma:
        return (
            "lemma: spaCy's lemma differs from the dictionary's",
            f"{verb.text} -> {lemma!r}, not {t.lemma!r}",
        )
    countries = {m.country for m in extraction.mentions}
    missing = [name for name, iso in (t.source, t.target) if iso not in countries]
    if missing:
        return "actors: a state was not recognised", ", ".join(missing)
    intended = _intended(t)
    meant = _code(extractor, t.lemma, intended)
    if meant != t.code:
        pattern = _pattern_text(extractor, t.lemma, intended)
        if not t.constrained and t.origin == "dictionary" and t.lemma in extractor.lexicon._defaults:
            return "lexicon: verb_overrides.yaml replaces the dictionary default", f"{t.code} -> {meant}"
        if pattern == "default":
            return "lexicon: no pattern matches the template's words", f"{t.code} -> {meant} (default)"
        return "lexicon: another pattern wins on the template's own words", f"{t.code} -> {meant} ({pattern})"
    deps = _dependents(extractor, verb)
    raw = _code(extractor, lemma, deps)
    if raw != t.code:
        odd = [w for w in (t.object, t.prep_object) if w is not None and not noun_like(w)]
        if odd:
            return "dictionary: the pattern's object is no noun", f"{odd[0]!r}; {t.code} -> {raw}"
        unmet = _unmet(t, deps)
        shown = f"{t.code} -> {raw}; parse: objects={deps[0]} preps={deps[1]} particles={deps[2]}"
        if unmet == "object":
            return _object_cause(t, verb), shown
        if unmet:
            return f"parse: the {unmet} is not read as the verb's", shown
        return "parse: a more specific pattern matches the parse's dependents", (
            f"{shown} ({_pattern_text(extractor, lemma, deps)})"
        )
    if any(_is(t, r, t.code, reverse=True) for r in full):
        return "direction: coded from B to A", ""
    index = ActorIndex(doc)
    if lemma in REPORTING_VERBS and not syntax.addressed(verb, index):
        return "rules: reporting verbs relate no one", lemma
    if syntax.is_judgement(verb):
        return "rules: two objects read as a judgement", f"objects={deps[0]}"
    others = [r for r in full if _is(t, r, None)]
    if others:
        return "other code: A-B related by another rule only", "; ".join(_between(t, others))
    rules = extractor.rules
    if rules._noun_object(verb):
        return "rules: the object noun carries the relation", f"objects={deps[0]}"
    agents, patients, _ = rules._verb_arguments(verb, index)
    if not agents:
        return "rules: no agent found", f"subject deps={[c.dep_ for c in verb.children]}"
    if not patients:
        return _patient_cause(extractor, t, verb, index)
    return "rules: agent and patient found, no relation kept", (
        f"agents={[s.text for s in agents]} patients={[s.text for s in patients]}"
    )


def _object_cause(t: Template, verb: Token) -> str:
    """Why the pattern's object is not among the verb's objects: its lemma, or where it hangs."""
    word = noun_form(str(t.object))
    found = [w for w in verb.doc if w.i > verb.i and w.text == word]
    if not found:
        return "parse: the object is not read as the verb's (not one token)"
    token = found[0]
    if token.head == verb and token.dep_ in _OBJECT_DEPS:
        return "parse: the object's lemma differs from the pattern's"
    if token.pos_ not in {"NOUN", "PROPN"}:
        return "parse: the object is not tagged as a noun"
    return "parse: the object hangs elsewhere (not the verb's object)"


def _patient_cause(extractor: Extractor, t: Template, verb: Token, index: ActorIndex) -> tuple[str, str]:
    """Why the rules find no patient although the verb codes the pattern's code."""
    rules, lexicon = extractor.rules, extractor.lexicon
    children = [f"{c.text}/{c.dep_}" for c in verb.children]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    themes = [c for c in objects if rules._is_theme(verb, c, index)]
    if themes:
        return (
            "rules: no patient: the object is taken as handed over (theme)",
            f"themes={[c.text for c in themes]}",
        )
    target = [w for w in verb.doc if w.text == t.target[0]]
    holder = target[0].head if target else None
    if t.slot == "pobj" and holder is not None and holder.dep_ == "prep" and holder.head != verb:
        where = f"{holder.text} <- {holder.head.text}/{holder.head.dep_}"
        return "rules: no patient: the target's preposition hangs on the object, not the verb", where
    owned = [c for c in objects if any(g.dep_ == "poss" for g in c.children)]
    entries = [lexicon.noun(c.lemma_.lower()) for c in owned]
    if any(e is not None and e.symmetric for e in entries):
        return (
            "rules: no patient: the owner of a symmetric relational noun is not read",
            f"children={children}",
        )
    if owned and verb.lemma_.lower() in _SUPPORT_VERBS:
        return "rules: no patient: a support verb's object stands only for itself", f"children={children}"
    return "rules: no patient found (other)", f"children={children}"


def run(extractor: Extractor, chosen: Sequence[Template], batch_size: int) -> list[Outcome]:
    """Extract every template, then diagnose the failures on a full parse."""
    made = [t for t in chosen if t.error is None]
    docs = (Document(id=str(t.index), text=t.text) for t in made)
    outcomes = [
        Outcome(t, False, [], "template: no past tense (lemminflect)", t.error or "")
        for t in chosen
        if t.error
    ]
    failed: list[Outcome] = []
    for template, extraction in zip(made, extractor.pipe(docs, batch_size=batch_size), strict=True):
        outcome = Outcome(
            template, passes(template, extraction.relations), _between(template, extraction.relations)
        )
        outcomes.append(outcome)
        if not outcome.passed:
            failed.append(outcome)
    # the full pipeline, as pipe(full=True) runs it (every component, then read), keeping the Doc
    redo = [Document(id=str(o.template.index), text=o.template.text) for o in failed]
    parsed = extractor.nlp.pipe((d.text for d in redo), batch_size=batch_size)
    for outcome, document, doc in zip(failed, redo, parsed, strict=True):
        diagnose(extractor, outcome, doc, extractor.read(doc, document))
    outcomes.sort(key=lambda o: o.template.index)
    return outcomes


def _share(outcomes: Sequence[Outcome]) -> float:
    return sum(o.passed for o in outcomes) / len(outcomes) if outcomes else 0.0


def report(outcomes: Sequence[Outcome], seconds: float) -> list[str]:
    """The printed report: shares overall and per CAMEO root, failures by cause."""
    lines = [f"patterns checked: {len(outcomes)}  ({seconds:.0f} s)"]
    share = _share(outcomes)
    lines.append(f"coded with the pattern's code: {share:.1%}  (target {TARGET:.0%})")
    made = [o for o in outcomes if o.template.error is None]
    lines.append(f"  of the templates made: {_share(made):.1%} of {len(made)}")
    codable = [o for o in outcomes if not o.cause.startswith(BY_DESIGN)]
    lines.append(
        "  without reporting verbs, missing templates and non-noun objects: "
        f"{_share(codable):.1%} of {len(codable)}"
    )
    lines.append("")
    lines.append("per CAMEO root: share (passed/checked)")
    roots: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        roots[o.template.code[:2]].append(o)
    for root in sorted(roots):
        group = roots[root]
        lines.append(f"  {root}: {_share(group):6.1%} ({sum(o.passed for o in group)}/{len(group)})")
    failures = [o for o in outcomes if not o.passed]
    lines.append("")
    lines.append(f"failures by cause ({len(failures)}):")
    by_cause: dict[str, list[Outcome]] = defaultdict(list)
    for o in failures:
        by_cause[o.cause].append(o)
    for cause, group in sorted(by_cause.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        lines.append(f"  {len(group):6d}  {cause}")
        for o in _examples(group):
            t = o.template
            shown = t.text or f"<{t.lemma} {t.object or ''} {t.particle or ''} {t.prep or ''}>"
            lines.append(f"          e.g. [{t.code}] {shown}  -- {o.detail}")
    top = Counter(o.cause.split(":")[0] for o in failures)
    lines.append("")
    per_kind = " ".join(f"{kind.replace(' ', '_')}={n}" for kind, n in top.most_common())
    lines.append(
        f"dictionary-selfcheck: patterns={len(outcomes)} coded={share:.1%} "
        f"codable={_share(codable):.1%} "
        f"failures={len(failures)} {per_kind}"
    )
    return lines


def _examples(group: Sequence[Outcome]) -> list[Outcome]:
    """Up to three examples, of different lemmas where there are."""
    seen: set[str] = set()
    picked: list[Outcome] = []
    for o in group:
        if o.template.lemma not in seen:
            seen.add(o.template.lemma)
            picked.append(o)
        if len(picked) == EXAMPLES:
            break
    return picked


def failures_json(outcomes: Sequence[Outcome]) -> list[dict]:
    """The failures for other engineers: sentence, expected, got, cause."""
    return [
        {
            "sentence": o.template.text,
            "lemma": o.template.lemma,
            "origin": o.template.origin,
            "pattern": {
                "object": o.template.object,
                "prep": o.template.prep,
                "prep_object": o.template.prep_object,
                "particle": o.template.particle,
                "target": o.template.slot,
            },
            "expected": f"{o.template.source[1]}-{o.template.code}->{o.template.target[1]}",
            "got": o.got,
            "cause": o.cause,
            "detail": o.detail,
        }
        for o in outcomes
        if not o.passed
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="check the first N patterns only")
    parser.add_argument("--sample", type=int, help=f"check N patterns drawn with seed {SEED}")
    parser.add_argument("--lemma", action="append", help="check the patterns of this verb (repeatable)")
    parser.add_argument("--json", type=Path, help="write the failures here")
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args(argv)

    extractor = Extractor()
    patterns = load_patterns()
    acts = {o for r in patterns for o in r["object"] or () if extractor.lexicon.noun(o) is not None}
    chosen = templates(patterns, acts=acts, support=_SUPPORT_VERBS)
    if args.lemma:
        chosen = [t for t in chosen if t.lemma in set(args.lemma)]
    if args.sample is not None:
        chosen = sorted(
            random.Random(SEED).sample(chosen, min(args.sample, len(chosen))), key=lambda t: t.index
        )
    if args.limit is not None:
        chosen = chosen[: args.limit]
    if not chosen:
        print("no pattern to check", file=sys.stderr)
        return 2
    start = time.perf_counter()
    outcomes = run(extractor, chosen, args.batch_size)
    print("\n".join(report(outcomes, time.perf_counter() - start)))
    if args.json is not None:
        args.json.write_text(json.dumps(failures_json(outcomes), indent=1, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
