"""Tests of graphkit.evaluate: held-out split, gold readers, scorers, reliability, calibration,
the run over an extractor, the CLI; and the confidence table the calibration writes."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pydantic import BaseModel

from graphkit.cli import evaluate as evaluate_cli
from graphkit.errors import InputError
from graphkit.evaluate import (
    EvaluationReport,
    PredictedEvent,
    PredictedMention,
    PredictedRelation,
    RelationScores,
    Score,
    evaluate,
    evaluate_petrarch,
    format_report,
    read_petrarch,
    read_re3d,
    score_events,
    score_mentions,
    score_relations,
)
from graphkit.evaluate.calibration import UNASSERTED_CEILING, calibrate, plover_samples
from graphkit.evaluate.pairs import PairEnd, PredictedPair, judge_item, matches, score_pairs
from graphkit.evaluate.plover import PloverActor, PloverItem, read_plover
from graphkit.evaluate.re3d import Re3dGold
from graphkit.evaluate.reliability import reliability
from graphkit.evaluate.splits import RE3D_HELD_OUT, draw_held_out_subsets, plover_split, re3d_split
from graphkit.models import Document, DocumentInfo, Mention, Relation, Span
from graphkit.relations.confidence import ConfidenceTable, confidence, default_table

TEXT = "Russia attacked Ukraine. We met Iran. France and Germany signed a deal. Reuters News quoted Putin."

if TYPE_CHECKING:
    from graphkit.extract import Extractor


def at(word: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the ``nth`` occurrence of ``word`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def entity(word: str, kind: str, doc: str = "d1") -> dict[str, object]:
    start, end = at(word)
    return {"begin": start, "end": end, "type": kind, "value": word, "documentId": doc}


def relation(source: str, target: str, kind: str, doc: str = "d1") -> dict[str, object]:
    (sb, se), (tb, te) = at(source), at(target)
    return {
        "sourceBegin": sb,
        "sourceEnd": se,
        "source": source,
        "targetBegin": tb,
        "targetEnd": te,
        "target": target,
        "type": kind,
        "documentId": doc,
    }


def write_subset(folder: Path, documents: list[dict], entities: list[dict], relations: list[dict]) -> Path:
    folder.mkdir(parents=True)
    for name, rows in (("documents", documents), ("entities", entities), ("relations", relations)):
        (folder / f"{name}.json").write_text(
            "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
        )
    return folder


ENTITIES = [
    entity("Russia", "Organisation"),
    entity("Ukraine", "Location"),
    entity("Ukraine", "Organisation"),
    entity("We", "Organisation"),
    entity("Iran", "Location"),
    entity("France", "Organisation"),
    entity("Germany", "Nationality"),
    entity("Reuters News", "Organisation"),
    entity("Putin", "Person"),
    entity("deal", "Weapon"),
]
RELATIONS = [
    relation("Russia", "Ukraine", "FightingAgainst"),
    relation("Ukraine", "Russia", "Dislikes"),  # the same conflict pair again: counted once
    relation("We", "Iran", "CommWith"),  # first person pronoun: out of scope
    relation("France", "Germany", "AlliesOf"),
    relation("Germany", "France", "AlliesOf"),  # symmetric duplicate
    relation("France", "deal", "Likes"),  # a Weapon end: out of scope
    relation("Reuters News", "Putin", "CommWith"),
    relation("Russia", "Ukraine", "CoLocated"),  # not an actor-to-actor type
]


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """A folder of two re3d subsets: ``news`` with TEXT, ``other`` with one bare document."""
    write_subset(tmp_path / "gold" / "news", [{"_id": "d1", "text": TEXT, "title": "T"}], ENTITIES, RELATIONS)
    write_subset(tmp_path / "gold" / "other", [{"_id": "d2", "text": "Nothing here."}], [], [])
    return tmp_path / "gold"


@pytest.fixture
def gold(gold_dir: Path) -> Re3dGold:
    return read_re3d(gold_dir)


def predicted(
    source: str, target: str, quad_class: int, cameo: str = "", doc: str = "d1"
) -> PredictedRelation:
    (sb, se), (tb, te) = at(source), at(target)
    return PredictedRelation(
        doc_id=doc,
        source=Span(start=sb, end=se, text=source),
        target=Span(start=tb, end=te, text=target),
        quad_class=quad_class,
        cameo=cameo,
    )


def test_evaluate_reads_folder_of_subsets_and_one_subset(gold_dir: Path) -> None:
    everything = read_re3d(gold_dir)
    news = read_re3d(gold_dir / "news")
    assert sorted(everything.documents) == ["d1", "d2"]
    assert list(news.documents) == ["d1"]
    assert news.documents["d1"].subset == "news"
    assert len(news.entities) == len(ENTITIES)
    assert news.relations[0].source.text == "Russia"


def test_evaluate_reports_malformed_line_with_file_and_line(tmp_path: Path) -> None:
    folder = write_subset(tmp_path / "s", [{"_id": "d1", "text": TEXT}], [entity("Russia", "Person")], [])
    with (folder / "entities.json").open("a") as out:
        out.write('{"begin": 0, "end": \n')
    with pytest.raises(InputError, match=r"entities\.json:2: not valid JSON"):
        read_re3d(folder)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            {**entity("Russia", "Person"), "end": 500},
            r"entities\.json:1: offsets begin=0, end=500 do not fit",
        ),
        ({**entity("Russia", "Person"), "value": "Moscow"}, r"entities\.json:1: text\[0:6\] is 'Russia'"),
        ({**entity("Russia", "Person"), "documentId": "zz"}, r"entities\.json:1: documentId 'zz' is not in"),
        ({**entity("Russia", "Person"), "begin": "0"}, r"entities\.json:1: field 'begin' should be int"),
    ],
)
def test_evaluate_rejects_bad_entity_rows(tmp_path: Path, row: dict, message: str) -> None:
    folder = write_subset(tmp_path / "s", [{"_id": "d1", "text": TEXT}], [row], [])
    with pytest.raises(InputError, match=message):
        read_re3d(folder)


def test_evaluate_rejects_folder_without_gold(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"no documents\.json"):
        read_re3d(tmp_path)


def test_evaluate_scope_merges_duplicates_and_drops_pronouns(gold: Re3dGold) -> None:
    scores = score_relations(gold, [])
    assert scores.classes["conflict"].unlabeled.gold == 1
    assert scores.classes["cooperation"].unlabeled.gold == 1
    assert scores.classes["communication"].unlabeled.gold == 1  # Reuters-Putin, not We-Iran
    assert scores.overall.labeled.gold == 3
    conflict = next(m.relation for m in scores.misses if m.relation.cls == "conflict")
    assert conflict.types == ["FightingAgainst", "Dislikes"]
    assert conflict.sentence == "Russia attacked Ukraine."


def test_evaluate_recall_counts_a_gold_relation_once(gold: Re3dGold) -> None:
    # three different span pairs over the same gold ends, in both directions
    rus, ukr = Span(start=0, end=3, text="Rus"), Span(start=16, end=19, text="Ukr")
    preds = [
        predicted("Russia", "Ukraine", 4),
        predicted("Ukraine", "Russia", 4).model_copy(update={"target": rus}),
        predicted("Ukraine", "Russia", 4).model_copy(update={"source": ukr}),
    ]
    overall = score_relations(gold, preds).overall.labeled
    assert (overall.matched_gold, overall.gold) == (1, 3)
    assert (overall.correct, overall.predicted) == (3, 3)
    assert overall.precision == 1.0


def test_evaluate_repeated_claim_counts_once(gold: Re3dGold) -> None:
    scores = score_relations(gold, [predicted("France", "Germany", 2), predicted("Germany", "France", 2)])
    assert scores.predictions == 2
    assert scores.judged == 1
    assert scores.classes["cooperation"].labeled.f1 == 1.0


def test_evaluate_precision_judges_only_predictions_on_gold_actor_mentions(gold: Re3dGold) -> None:
    preds = [
        predicted("Russia", "Putin", 4),  # both ends on gold actors, no gold relation: wrong
        predicted("We", "Iran", 1),  # a pronoun and a Location: not judged
        predicted("France", "deal", 2),  # a Weapon end: not judged
    ]
    scores = score_relations(gold, preds)
    assert scores.judged == 1
    assert scores.overall.unlabeled.precision == 0.0
    assert [fp.prediction.source.text for fp in scores.false_positives] == ["Russia"]


@pytest.mark.parametrize(
    ("source", "target", "quad_class", "cameo", "labeled"),
    [
        ("Russia", "Ukraine", 4, "190", True),
        ("Russia", "Ukraine", 3, "111", True),
        ("Russia", "Ukraine", 1, "010", False),
        ("France", "Germany", 1, "", True),
        ("France", "Germany", 4, "", False),
        ("Reuters News", "Putin", 1, "", True),
        ("Reuters News", "Putin", 2, "042", True),
        ("Reuters News", "Putin", 3, "040", True),
        ("Reuters News", "Putin", 2, "061", False),
    ],
)
def test_evaluate_labels_follow_quad_class_and_cameo_root(
    gold: Re3dGold, source: str, target: str, quad_class: int, cameo: str, labeled: bool
) -> None:
    overall = score_relations(gold, [predicted(source, target, quad_class, cameo)]).overall
    assert overall.unlabeled.matched_gold == 1
    assert overall.labeled.matched_gold == int(labeled)
    assert overall.labeled.correct == int(labeled)


def test_evaluate_wrong_label_is_both_miss_and_false_positive(gold: Re3dGold) -> None:
    scores = score_relations(gold, [predicted("Russia", "Ukraine", 1)])
    conflict_miss = next(m for m in scores.misses if m.relation.cls == "conflict")
    assert conflict_miss.wrong_label
    assert [fp.wrong_label for fp in scores.false_positives] == [True]
    assert scores.false_positives[0].classes == ["cooperation", "communication"]
    text = format_report_for(gold, scores)
    assert "[found, wrong label]" in text
    assert "Russia attacked Ukraine." in text


def format_report_for(gold: Re3dGold, scores: RelationScores) -> str:
    report = EvaluationReport(
        gold=gold.path,
        documents=len(gold.documents),
        extractor="test",
        relations=scores,
        mentions=Score(gold=0, matched_gold=0, predicted=0, correct=0),
    )
    return format_report(report, show=5)


def test_evaluate_mentions_recall_and_fair_precision(gold: Re3dGold) -> None:
    def mention(word: str, kind: str) -> PredictedMention:
        start, end = at(word)
        return PredictedMention(doc_id="d1", start=start, end=end, text=word, type=kind)

    preds = [
        mention("Russia", "state"),
        mention("Russia", "state"),  # the same span twice counts once
        mention("Iran", "state"),  # gold Location, a state as metonym: correct
        mention("Putin", "person"),
        mention("We", "state"),  # a pronoun the annotators marked as an actor: correct
        mention("deal", "organisation"),  # gold Weapon: wrong
        mention("signed", "person"),  # no gold entity: wrong
        mention("Reuters News", "organisation"),  # gold Organisation but a news agency: wrong
    ]
    score = score_mentions(gold, preds)
    # gold actors: Russia, Ukraine, France, Germany, Putin (not "We", not Reuters)
    assert (score.matched_gold, score.gold) == (2, 5)
    assert (score.correct, score.predicted) == (4, 7)


def test_evaluate_mentions_location_counts_only_for_states(gold: Re3dGold) -> None:
    start, end = at("Iran")
    as_person = PredictedMention(doc_id="d1", start=start, end=end, text="Iran", type="person")
    assert score_mentions(gold, [as_person]).correct == 0


PETRARCH_XML = """<?xml version="1.0"?>
<Validation>
<Environment><Verbfile>CAMEO.2.0.txt</Verbfile></Environment>
<Sentence date="20150806" id="V-1" category="DEMO">
<EventCoding sourcecode="USAGOV" targetcode="RUS" eventcode="042"/>
<EventCoding sourcecode="RUS" targetcode="UKR" eventcode="190"/>
<Text>
The US government hosted Russia, which attacked Ukraine.
</Text>
<Parse>(ROOT)</Parse>
</Sentence>
<Sentence date="20150807" id="V-2">
<EventCoding noevents="True"/>
<Text>Nothing happened.</Text>
</Sentence>
</Validation>
"""


@pytest.fixture
def petrarch_file(tmp_path: Path) -> Path:
    path = tmp_path / "validation.xml"
    path.write_text(PETRARCH_XML, encoding="utf-8")
    return path


def test_evaluate_petrarch_reads_sentences_and_events(petrarch_file: Path) -> None:
    sentences = read_petrarch(petrarch_file)
    assert [s.id for s in sentences] == ["V-1", "V-2"]
    assert sentences[0].text == "The US government hosted Russia, which attacked Ukraine."
    assert sentences[0].date is not None and sentences[0].date.isoformat() == "2015-08-06"
    assert [e.eventcode for e in sentences[0].events] == ["042", "190"]
    assert sentences[1].events == []


def test_evaluate_petrarch_scores_exact_root_and_quad(petrarch_file: Path) -> None:
    def event(sentence: str, source: str, target: str, code: str, quad: int) -> PredictedEvent:
        return PredictedEvent(
            sentence_id=sentence, sourcecode=source, targetcode=target, eventcode=code, quad_class=quad
        )

    preds = [
        event("V-1", "USAGOV", "RUS", "042", 1),  # exact
        event("V-1", "RUS", "UKR", "193", 4),  # same root and quad, other code
        event("V-2", "FRA", "DEU", "057", 1),  # nothing to find
    ]
    scores = score_events(read_petrarch(petrarch_file), preds)
    assert (scores.exact.correct, scores.exact.predicted, scores.exact.gold) == (1, 3, 2)
    assert (scores.root.correct, scores.root.gold) == (2, 2)
    assert scores.quad.recall == 1.0
    assert scores.quad.precision == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("xml", "message"),
    [
        ("<Validation><Sentence id='a'><Text>x</Text></Validation>", r"validation\.xml:1: not well-formed"),
        ("<V>\n<Sentence id='a' date='2015-08-06'><Text>x</Text></Sentence></V>", r"validation\.xml:2: date"),
        (
            "<V><Sentence id='a'><Text>x</Text><EventCoding sourcecode='A' targetcode='B'/></Sentence></V>",
            "lacks eventcode",
        ),
        ("<V><Sentence><Text>x</Text></Sentence></V>", "no id"),
    ],
)
def test_evaluate_petrarch_rejects_bad_files(tmp_path: Path, xml: str, message: str) -> None:
    path = tmp_path / "validation.xml"
    path.write_text(xml, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_petrarch(path)


def test_evaluate_petrarch_does_not_expand_entities(tmp_path: Path) -> None:
    path = tmp_path / "validation.xml"
    path.write_text(
        '<!DOCTYPE V [<!ENTITY boom "EXPANDED">]><V><Sentence id="a"><Text>x &boom;</Text></Sentence></V>',
        encoding="utf-8",
    )
    assert "EXPANDED" not in read_petrarch(path)[0].text


class FakeExtraction(BaseModel):
    doc: DocumentInfo
    mentions: list[Mention]
    relations: list[Relation]


class FakeExtractor:
    """Finds "Russia" and "Ukraine" wherever they are, and a conflict between them."""

    version = "fake-1"

    def __init__(self, model: str | None = None, gate: bool = True) -> None:
        self.seen: list[Document] = []

    def pipe(self, docs: Iterable[Document]) -> Iterator[FakeExtraction]:
        for doc in docs:
            self.seen.append(doc)
            mentions = [
                Mention(
                    id=name[:3].upper(),
                    label=name,
                    type="state",
                    code=name[:3].upper(),
                    start=i,
                    end=i + len(name),
                    text=name,
                )
                for name in ("Russia", "Ukraine")
                if (i := doc.text.find(name)) >= 0
            ]
            relations = []
            if len(mentions) == 2:
                relations.append(
                    Relation(
                        doc_id=doc.id,
                        sentence=Span(start=0, end=len(doc.text), text=doc.text),
                        source=mentions[0],
                        target=mentions[1],
                        relation="attack",
                        cameo="190",
                        quad_class=4,
                        polarity="conflictual",
                        intensity=-10.0,
                        confidence=0.9,
                    )
                )
            yield FakeExtraction(doc=doc.info(), mentions=mentions, relations=relations)


def test_evaluate_runs_the_extractor_on_every_gold_document(gold_dir: Path) -> None:
    extractor = FakeExtractor()
    report = evaluate(gold_dir, extractor)
    assert sorted(d.id for d in extractor.seen) == ["d1", "d2"]
    assert report.extractor == "fake-1"
    assert report.relations.classes["conflict"].labeled.f1 == 1.0
    assert report.relations.overall.labeled.recall == pytest.approx(1 / 3)
    assert (report.mentions.correct, report.mentions.predicted) == (2, 2)


def test_evaluate_petrarch_runs_the_extractor_with_dates(petrarch_file: Path) -> None:
    extractor = FakeExtractor()
    report = evaluate_petrarch(petrarch_file, extractor)
    assert [d.date.isoformat() for d in extractor.seen if d.date] == ["2015-08-06", "2015-08-07"]
    assert (report.events.exact.correct, report.events.exact.predicted, report.events.exact.gold) == (1, 1, 2)


@pytest.fixture
def fake_extract_module(monkeypatch: pytest.MonkeyPatch) -> None:
    """``graphkit.extract`` replaced by one whose Extractor is :class:`FakeExtractor`."""
    module = types.ModuleType("graphkit.extract")
    module.Extractor = FakeExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "graphkit.extract", module)


def run_cli(argv: list[str]) -> int:
    """Parse ``argv`` with the evaluate sub-command alone, then run it."""
    parser = argparse.ArgumentParser(prog="graphkit")
    evaluate_cli.add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


@pytest.mark.usefixtures("fake_extract_module")
def test_evaluate_cli_prints_tables(gold_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["evaluate", "--gold", str(gold_dir), "--show", "2"]) == 0
    out = capsys.readouterr().out
    assert "relations, labeled" in out
    assert "actor mentions" in out
    assert "misses in development documents (first 2 of 2)" in out


@pytest.mark.usefixtures("fake_extract_module")
def test_evaluate_cli_reports_missing_gold(gold_dir: Path) -> None:
    with pytest.raises(InputError, match="missing: not a directory"):
        run_cli(["evaluate", "--gold", str(gold_dir / "missing")])


def test_evaluate_cli_rejects_negative_show(gold_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run_cli(["evaluate", "--gold", str(gold_dir), "--show", "-1"])
    assert "expected a whole number of at least 0" in capsys.readouterr().err


@pytest.mark.usefixtures("fake_extract_module")
def test_evaluate_cli_json_for_petrarch(petrarch_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["evaluate", "--gold", str(petrarch_file), "--format", "petrarch", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["events"]["sentences"] == 2
    assert report["events"]["root"]["precision"] == 1.0


def test_evaluate_with_the_real_extractor(gold_dir: Path, extractor: Extractor) -> None:
    report = evaluate(gold_dir, extractor)
    conflict = report.relations.classes["conflict"].labeled
    # "Russia attacked Ukraine." is the one conflict of the gold set, and an easy one.
    assert (conflict.matched_gold, conflict.gold) == (1, 1)
    assert conflict.precision == 1.0
    assert report.mentions.recall >= 0.5


# --- held-out split -------------------------------------------------------------------------

RE3D_FIVE = [
    "Australian_Department_of_Foreign_Affairs",
    "Delegation_of_the_European_Union_to_Syria",
    "UK_Government",
    "US_State_Department",
    "Wikipedia",
]


def test_evaluate_split_holds_out_the_drawn_subsets_and_a_third_of_plover() -> None:
    assert set(draw_held_out_subsets(RE3D_FIVE)) == RE3D_HELD_OUT == {"US_State_Department", "Wikipedia"}
    assert [re3d_split(s) for s in RE3D_FIVE] == ["dev", "dev", "dev", "held-out", "held-out"]
    assert re3d_split("news") == "dev"  # a subset of another name is development data
    assert (plover_split("i1"), plover_split("i2")) == ("held-out", "dev")
    shares = sum(plover_split(f"PLOVER-{n:04d}") == "held-out" for n in range(3000)) / 3000
    assert 0.3 < shares < 0.37


@pytest.fixture
def split_gold_dir(gold_dir: Path) -> Path:
    """The gold folder plus a held-out subset ``Wikipedia`` whose one document has a conflict."""
    text = "Russia invaded Ukraine. SECRET held-out sentence about Iran and Iraq."
    ents = [
        {"begin": b, "end": b + len(v), "type": "Organisation", "value": v, "documentId": "w1"}
        for v in ("Russia", "Ukraine", "Iran", "Iraq")
        if (b := text.index(v)) >= 0
    ]
    rels = [
        {
            "sourceBegin": text.index(s),
            "sourceEnd": text.index(s) + len(s),
            "source": s,
            "targetBegin": text.index(t),
            "targetEnd": text.index(t) + len(t),
            "target": t,
            "type": "FightingAgainst",
            "documentId": "w1",
        }
        for s, t in (("Russia", "Ukraine"), ("Iran", "Iraq"))
    ]
    write_subset(gold_dir / "Wikipedia", [{"_id": "w1", "text": text}], ents, rels)
    return gold_dir


def test_evaluate_reports_dev_held_out_and_all(split_gold_dir: Path) -> None:
    report = evaluate(split_gold_dir, FakeExtractor())
    parts = {part.split: part for part in report.splits}
    assert list(parts) == ["dev", "held-out", "all"]
    assert parts["held-out"].subsets == ["Wikipedia"]
    assert (parts["dev"].documents, parts["held-out"].documents, parts["all"].documents) == (2, 1, 3)
    held_out = parts["held-out"].labeled
    assert (held_out.correct, held_out.predicted, held_out.matched_gold, held_out.gold) == (1, 1, 1, 2)
    # the held-out miss (Iran - Iraq) is scored but never kept for showing
    assert parts["all"].labeled.gold == 5
    assert all(m.relation.doc_id != "w1" for m in report.relations.misses)
    assert parts["held-out"].reliability.bands[-1].judged == 1


@pytest.mark.usefixtures("fake_extract_module")
def test_evaluate_cli_never_shows_held_out_text(
    split_gold_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (["--show", "50"], ["--show", "50", "--json"], ["--split", "held-out", "--show", "5"]):
        assert run_cli(["evaluate", "--gold", str(split_gold_dir), *argv]) == 0
        out = capsys.readouterr().out
        assert "SECRET" not in out
    assert "held-out errors are never shown" in out
    assert "held-out" in out and "dev " not in out


@pytest.mark.usefixtures("fake_extract_module")
def test_evaluate_cli_split_dev_extracts_no_held_out_document(split_gold_dir: Path) -> None:
    extractor = FakeExtractor()
    report = evaluate(split_gold_dir, extractor, split="dev")
    assert sorted(d.id for d in extractor.seen) == ["d1", "d2"]
    assert [part.split for part in report.splits] == ["dev"]


def test_evaluate_cli_prints_compact_table_and_reliability(
    split_gold_dir: Path, capsys: pytest.CaptureFixture[str], fake_extract_module: None
) -> None:
    assert run_cli(["evaluate", "--gold", str(split_gold_dir)]) == 0
    out = capsys.readouterr().out
    assert "relations, labeled   docs" in out
    assert "held-out                1  100.0   50.0   66.7       1/1       1/2" in out
    assert "≥ 0.85" in out and "100.0 (1/1)" in out


# --- reliability ------------------------------------------------------------------------------


def test_evaluate_reliability_bands_edges_and_rising() -> None:
    table = reliability([(0.2, False), (0.5, False), (0.69, True), (0.7, True), (0.85, True), (None, False)])
    assert [(b.right, b.judged) for b in table.bands] == [(0, 1), (1, 2), (1, 1), (1, 1)]
    assert table.without_confidence == 1
    assert table.rising is False  # 100 % at 0.7–0.85 is not below 100 % at ≥ 0.85
    assert reliability([(0.9, True), (0.6, False)]).rising
    assert reliability([]).bands[0].precision is None


# --- plover-dev -------------------------------------------------------------------------------


def plover_actor(name: str, root: str | None) -> dict[str, object]:
    return {"name": name, "names": [name], "country": root, "code": root, "root": root}


def plover_item(item_id: str, text: str, source: str, target: str, **extra: object) -> dict[str, object]:
    item: dict[str, object] = {
        "id": item_id,
        "text": text,
        "date": None,
        "source": [plover_actor(source, source[:3].upper())],
        "target": [plover_actor(target, target[:3].upper())],
        "kind": "directed",
        "event": "ASSAULT",
        "quad": 4,
        "quad_ok": [4],
        "polarity": "conflict",
    }
    item.update(extra)
    return item


@pytest.fixture
def plover_file(tmp_path: Path) -> Path:
    """Three items: a dev conflict found, a dev cooperation found with the wrong class, a held-out one."""
    items = [
        plover_item("i2", "Russia shelled Ukraine.", "Russia", "Ukraine"),
        plover_item(
            "i6",
            "Ukraine thanked Russia.",
            "Ukraine",
            "Russia",
            quad=1,
            quad_ok=[1],
            polarity="cooperation",
            event="CONSULT",
        ),
        plover_item("i1", "SECRET Russia and Ukraine signed a deal.", "Russia", "Ukraine", kind="reciprocal"),
    ]
    path = tmp_path / "plover" / "items.jsonl"
    path.parent.mkdir()
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


def test_evaluate_plover_reads_items_from_folder_or_file(plover_file: Path) -> None:
    from_folder, from_file = read_plover(plover_file.parent), read_plover(plover_file)
    assert [i.id for i in from_folder] == [i.id for i in from_file] == ["i2", "i6", "i1"]
    assert [i.split for i in from_file] == ["dev", "dev", "held-out"]
    assert from_file[0].source[0].roots_or_root == ["RUS"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", r"items\.jsonl:2: not valid JSON"),
        ("[1]", r"items\.jsonl:2: expected a JSON object"),
        (json.dumps({**plover_item("x", "t", "A", "B"), "kind": "both"}), r"items\.jsonl:2: field 'kind'"),
        (json.dumps({**plover_item("x", "t", "A", "B"), "source": []}), r"items\.jsonl:2: field 'source'"),
        (
            json.dumps({k: v for k, v in plover_item("x", "t", "A", "B").items() if k != "text"}),
            "field 'text'",
        ),
        (json.dumps(plover_item("i2", "t", "A", "B")), r"items\.jsonl:2: item 'i2' appears twice"),
    ],
)
def test_evaluate_plover_rejects_malformed_items(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(plover_item("i2", "t", "A", "B")) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_plover(path)


def test_evaluate_plover_rejects_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_plover(tmp_path)
    (tmp_path / "items.jsonl").write_text("\n")
    with pytest.raises(InputError, match="no items"):
        read_plover(tmp_path)


def end(text: str, code: str = "", country: str | None = None, label: str = "") -> PairEnd:
    return PairEnd(text=text, label=label or text, code=code, country=country)


def test_evaluate_plover_matches_actors_by_code_or_name() -> None:
    police = PloverActor(name="Police Forces of Nigeria", root="NGA")
    rebels = PloverActor(name="Rwandan rebels", root=None)
    assert matches(end("Abuja", code="NGAGOV"), [police])  # by code
    assert matches(end("police"), [police])  # a generic word as the gold name's first word
    assert not matches(end("rebels"), [rebels])  # a generic word elsewhere names a kind only
    assert matches(end("the Rwandan rebels' leaders"), [rebels])  # the gold name inside the mention
    assert not matches(end("they", label="they"), [PloverActor(name="they")])  # pronouns never by name
    igo = PloverActor(name="UN", root="IGO")
    assert matches(end("the UN", code="IGOUNO"), [igo])


def pair(source: str, target: str, quad_class: int) -> PredictedPair:
    return PredictedPair(
        item_id="i", source=end(source), target=end(target), quad_class=quad_class, rule="verb"
    )


def test_evaluate_plover_judges_direction_and_class() -> None:
    item = PloverItem.model_validate(plover_item("i", "t", "Russia", "Ukraine"))
    backwards = judge_item(item, [pair("Ukraine", "Russia", 4)])
    assert (backwards.found, backwards.directed, backwards.class_ok) == (True, False, True)
    wrong_class = judge_item(item, [pair("Russia", "Ukraine", 1), pair("Iran", "Iraq", 4)])
    assert (wrong_class.found, wrong_class.directed, wrong_class.class_ok, wrong_class.linking) == (
        True,
        True,
        False,
        [0],
    )
    reciprocal = item.model_copy(update={"kind": "reciprocal"})
    assert judge_item(reciprocal, [pair("Ukraine", "Russia", 3)]).directed
    scores = score_pairs([backwards, wrong_class, judge_item(item, [])], relations=3)
    assert (scores.found, scores.directed_found, scores.class_found) == (2, 1, 1)
    assert scores.pairs_found == pytest.approx(2 / 3) and scores.preds_per_item == 1.0


@pytest.mark.usefixtures("fake_extract_module")
def test_evaluate_plover_cli_detects_format_and_shows_dev_only(
    plover_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["evaluate", "--gold", str(plover_file.parent), "--show", "10"]) == 0
    out = capsys.readouterr().out
    assert "SECRET" not in out
    lines = {line.split()[0]: line.split()[1:] for line in out.splitlines() if line.split()[:1]}
    assert lines["dev"][:4] == ["2", "100.0", "50.0", "50.0"]  # i6 is found backwards, as a conflict
    assert lines["held-out"][:4] == ["1", "100.0", "100.0", "100.0"]
    assert "i6 [CONSULT, cooperation] Ukraine -> Russia: wrong class" in out
    assert run_cli(["evaluate", "--gold", str(plover_file), "--format", "plover", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [m["item_id"] for m in report["misses"]] == ["i6"]
    assert [p["split"] for p in report["splits"]] == ["dev", "held-out", "all"]


@pytest.mark.usefixtures("fake_extract_module")
def test_evaluate_cli_refuses_split_of_petrarch(
    petrarch_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(["evaluate", "--gold", str(petrarch_file), "--split", "dev"]) == 1
    assert "--split applies to re3d and plover-dev" in capsys.readouterr().err


def test_evaluate_detects_gold_formats(tmp_path: Path) -> None:
    assert evaluate_cli.detect_format(str(tmp_path / "v.xml")) == "petrarch"
    assert evaluate_cli.detect_format(str(tmp_path / "x.jsonl")) == "plover"
    (tmp_path / "items.jsonl").write_text("")
    assert evaluate_cli.detect_format(str(tmp_path)) == "plover"
    assert evaluate_cli.detect_format(str(tmp_path / "re3d")) == "re3d"


# --- calibration and the confidence table -----------------------------------------------------


def test_evaluate_calibration_never_ranks_a_hedged_claim_above_an_asserted_one() -> None:
    # three lucky hedged predictions against a rule right half the time when asserted
    samples = [("verb", "asserted", i % 2 == 0) for i in range(40)] + [("verb", "hedged", True)] * 3
    calibration = calibrate(samples)
    asserted, hedged = calibration.modalities["asserted"].factor, calibration.modalities["hedged"].factor
    assert hedged == round(asserted * UNASSERTED_CEILING, 3) < asserted


def test_evaluate_calibration_shrinks_rules_toward_family_and_family_toward_overall() -> None:
    samples = (
        [("verb", "asserted", True)] * 18
        + [("verb", "asserted", False)] * 2
        + [("verb-passive", "asserted", False)]
        + [("noun", "hedged", False)] * 9
        + [("noun", "hedged", True)]
    )
    calibration = calibrate(samples, k=5)
    assert calibration.overall.precision == pytest.approx(19 / 31)
    verb = calibration.families["verb"]
    assert (verb.right, verb.judged) == (18, 21)
    assert verb.precision == pytest.approx((18 + 5 * 19 / 31) / 26)
    passive = calibration.rules["verb-passive"]
    assert passive.family == "verb"
    assert passive.precision == pytest.approx(5 * verb.precision / 6)  # one wrong pulls it down a little
    assert calibration.rules["verb"].precision > passive.precision > calibration.rules["noun"].precision
    hedged = calibration.modalities["hedged"]
    assert hedged.factor == pytest.approx((1 + 5) / (10 * calibration.rules["noun"].precision + 5))
    assert calibrate([]).overall.precision == 0.5


def test_evaluate_calibration_samples_of_plover_judge_only_the_gold_pair() -> None:
    item = PloverItem.model_validate(plover_item("i", "t", "Russia", "Ukraine"))
    preds = [pair("Russia", "Ukraine", 4), pair("Ukraine", "Russia", 1), pair("Iran", "Iraq", 4)]
    assert plover_samples(item, preds) == [("verb", "asserted", True), ("verb", "asserted", False)]


def test_evaluate_confidence_table_falls_back_to_family_then_overall() -> None:
    table = ConfidenceTable.from_yaml(
        "overall: {right: 6, judged: 10, precision: 0.6}\n"
        "families: {noun: {precision: 0.5}}\n"
        "rules: {verb: {precision: 0.8, family: verb}}\n"
        "modalities: {negated: {factor: 0.5}, asserted: {factor: 1.5}}\n"
    )
    assert table.rule_precision("verb") == 0.8
    assert table.rule_precision("noun-new") == 0.5
    assert table.rule_precision("co-agents") == 0.6
    assert confidence("verb", "negated", "name", "name", table=table) == 0.4
    assert confidence("verb", "asserted", "name", "name", table=table) == 1.0  # never above 1
    assert confidence("verb", "speculative", "pronoun", "unknown", table=table) == round(0.8 * 0.85 * 0.9, 3)


def test_evaluate_shipped_confidence_table_is_read_once_and_covers_the_rules() -> None:
    table = default_table()
    assert default_table() is table
    for rule in ("verb", "verb-passive", "noun", "noun-between", "co-agents", "at-the-hands"):
        assert 0.0 < table.rule_precision(rule) < 1.0
    assert table.modality_factor("hedged") < table.modality_factor("asserted")


def test_evaluate_calibration_script_writes_what_the_reader_reads() -> None:
    spec = importlib.util.spec_from_file_location(
        "calibrate_confidence", Path(__file__).parent.parent / "scripts" / "calibrate_confidence.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    samples = [("verb", "asserted", True), ("verb", "hedged", False), ("noun-pair", "asserted", True)]
    text = script.render(calibrate(samples), {"re3d-dev development subsets": samples}, "v1")
    assert text.startswith("# Confidence of relations")
    assert "# Judged predictions per rule: verb 2, noun-pair 1" in text
    table = ConfidenceTable.from_yaml(text)
    assert table.rule_precision("noun-pair") == round(calibrate(samples).rules["noun-pair"].precision, 3)
    assert table.modality_factor("hedged") < 1.0 < table.modality_factor("asserted")
