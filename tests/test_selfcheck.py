"""Tests of graphkit.evaluate.selfcheck: the template sentences of the dictionary self-check
(benchmarks/dictionary_selfcheck.py), and the real extractor on a fixed sample of them."""

from __future__ import annotations

import random
from typing import Any

import pytest

from graphkit.evaluate.selfcheck import SEED, STATES, load_patterns, make_template, templates
from graphkit.extract import Extractor
from graphkit.models import Document

A, B = STATES[0], STATES[1]

SAMPLE = 40
SAMPLE_FLOOR = 0.70
"""Regression floor, not a target: the share of the fixed sample of 40 patterns coded with their
own code when this test was written (29/40 = 72.5 %), rounded down to 5 points. The
acceptance target of the whole dictionary is 90 % (benchmarks/dictionary_selfcheck.py)."""


def record(lemma: str, code: str = "110", **constraints: Any) -> dict[str, Any]:
    fields = dict.fromkeys(("object", "prep", "prep_object", "particle", "reciprocal", "target"))
    return {"lemma": lemma, "code": code, **fields, **constraints}


@pytest.mark.parametrize(
    ("rec", "sentence"),
    [
        (record("send", "062", object=["troop"], prep="to"), "France sent troops to Germany."),
        (record("accuse", "112"), "France accused Germany."),
        (record("argue", prep="over", prep_object=["weapon"]), "France argued Germany over weapons."),
        (record("call", "160", particle="off"), "France called Germany off."),
        (record("petition", "113", prep="against"), "France petitioned against Germany."),
        (record("accord", "139", object=["hour"], target="dobj"), "France accorded Germany hours."),
        (
            record("act", "154", object=["troop"], prep="toward", target="pobj"),
            "France acted troops toward Germany.",
        ),
        # handed over (root 07): the target receives the object; else it owns it
        (record("give", "070", object=["aid"]), "France gave Germany aid."),
        (record("approve", "051", object=["claim"]), "France approved Germany's claims."),
        (record("put", "164", object=["plan"], particle="off"), "France put off Germany's plans."),
    ],
)
def test_template_sentences(rec: dict[str, Any], sentence: str) -> None:
    template = make_template(rec, A, B)
    assert template.error is None
    assert template.text == sentence
    assert template.text[template.verb_start : template.verb_end] == sentence.split()[1]


def test_a_verb_lemminflect_does_not_know_takes_its_regular_past() -> None:
    template = make_template(record("relaunch", "073", object=["relief"]), A, B)
    assert template.error is None
    assert template.text == f"{A[0]} relaunched {B[0]} relief."


def test_templates_are_deterministic_and_pair_different_states() -> None:
    patterns = load_patterns()[:500]
    first, second = templates(patterns), templates(patterns)
    assert [t.text for t in first] == [t.text for t in second]
    assert all(t.source != t.target for t in first)
    assert len({t.source for t in first}) == len(STATES)


def test_every_coded_pattern_and_override_default_is_checked() -> None:
    verbs = "\n".join(
        [
            '{"_meta": {}}',
            '{"lemma":"abandon","code":"080","object":null,"prep":null,"prep_object":null,'
            '"particle":null,"reciprocal":null,"target":null}',
            '{"lemma":"abandon","code":null,"object":["plan"],"prep":null,"prep_object":null,'
            '"particle":null,"reciprocal":null,"target":null}',
        ]
    )
    patterns = load_patterns(verbs, "talk: '040'\nsay: null\n")
    assert [(p["lemma"], p["code"], p["origin"]) for p in patterns] == [
        ("abandon", "080", "dictionary"),
        ("talk", "040", "override"),
    ]


def test_extractor_codes_a_fixed_sample_of_patterns(extractor: Extractor) -> None:
    """The real extractor (the session's) over 40 patterns drawn with the self-check's seed."""
    chosen = random.Random(SEED).sample(templates(load_patterns()), SAMPLE)
    made = [t for t in chosen if t.error is None]
    docs = [Document(id=str(t.index), text=t.text) for t in made]
    passed = sum(
        any(
            r.source.country == t.source[1] and r.target.country == t.target[1] and r.cameo == t.code
            for r in extraction.relations
        )
        for t, extraction in zip(made, extractor.pipe(docs), strict=True)
    )
    assert passed / SAMPLE >= SAMPLE_FLOOR, f"{passed}/{SAMPLE} patterns coded"


def test_selfcheck_expects_the_codes_pattern_overrides_document() -> None:
    overrides = (
        "- {lemma: [give, lend], object: tank, code: '072'}\n- {lemma: use, object: aircraft, code: null}\n"
    )
    verbs = "\n".join([
        '{"_meta": {}}',
        '{"lemma":"give","code":"031","object":["tank"],"prep":null,"prep_object":null,"particle":null,"reciprocal":null,"target":null}',
        '{"lemma":"use","code":"090","object":["aircraft"],"prep":null,"prep_object":null,"particle":null,"reciprocal":null,"target":null}',
    ])  # fmt: skip
    patterns = load_patterns(verbs, "{}", overrides)
    assert [(p["lemma"], p["code"]) for p in patterns] == [("give", "072")]
