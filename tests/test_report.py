"""What changed: new dyads, balance shifts, rising and falling actors, in Markdown, HTML and Jupyter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from test_time_view import _rel

from graphkit.api import KnowledgeGraph
from graphkit.cli import main
from graphkit.errors import InputError
from graphkit.graph import build_graph
from graphkit.models import Relation
from graphkit.readwrite import write_relations
from graphkit.report import changes, parse_period, to_html, to_markdown

HOSTILE = (
    "Iran <img src=x onerror=alert(1)> met | *Russia* [x](javascript:alert(2)) "
    "</td><script>alert(3)</script>."
)


def _records() -> list[Relation]:
    jan, feb = dt.date(2024, 1, 10), dt.date(2024, 2, 10)
    return [
        # USA–CHN: cooperation in January, conflict in February
        _rel("USA", "CHN", 2, jan, "The United States sent aid to China.", "a1"),
        _rel("USA", "CHN", 4, feb, "The United States struck Chinese ships.", "b1"),
        _rel("USA", "CHN", 4, feb + dt.timedelta(days=5), "The United States shelled Chinese ports.", "b2"),
        # RUS→UKR: three attacks in January, one in February
        _rel("RUS", "UKR", 4, jan, "Russia struck Kyiv.", "a2"),
        _rel("RUS", "UKR", 4, jan + dt.timedelta(days=6), "Russia struck Lviv.", "a3"),
        _rel("RUS", "UKR", 4, jan + dt.timedelta(days=12), "Russia struck Odesa.", "a4"),
        _rel("RUS", "UKR", 4, feb, "Russia struck Kharkiv.", "b3"),
        # IRN–RUS: new in February, one event told by two outlets word for word
        _rel("IRN", "RUS", 1, feb, HOSTILE, "b4"),
        _rel("IRN", "RUS", 1, feb + dt.timedelta(days=1), HOSTILE, "b5"),
    ]


def test_report_finds_new_dyads_shifts_and_movers() -> None:
    result = changes(build_graph(_records()), dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert result.against == (dt.date(2024, 1, 3), dt.date(2024, 1, 31))
    assert [(d.source, d.target, d.events_now) for d in result.new_dyads] == [("IRN", "RUS", 1)]
    assert result.new_dyads[0].evidence is not None and result.new_dyads[0].evidence.reports == 2
    shift = result.balance[0]
    assert (shift.source, shift.target) == ("CHN", "USA")
    assert (shift.balance_before, shift.balance_now, shift.shift) == (1.0, -1.0, -2.0)
    assert [(a.actor, a.change) for a in result.falling] == [("UKR", -2), ("RUS", -1)]
    assert [(a.actor, a.change) for a in result.rising] == [("CHN", 1), ("IRN", 1), ("USA", 1)]


def test_report_against_an_explicit_period() -> None:
    graph = build_graph(_records())
    result = changes(graph, dt.date(2024, 2, 1), dt.date(2024, 2, 29), parse_period("2023-01-01..2023-12-31"))
    # nothing happened in 2023: every dyad of February is new, no balance can shift
    assert {(d.source, d.target) for d in result.new_dyads} == {
        ("IRN", "RUS"),
        ("CHN", "USA"),
        ("RUS", "UKR"),
    }
    assert result.balance == []
    with pytest.raises(InputError, match=r"expected DATE\.\.DATE"):
        parse_period("2024-01-01")


def test_report_cli_writes_markdown_and_html_with_text_escaped(tmp_path: Path, capsys) -> None:
    write_relations(_records(), tmp_path / "relations.jsonl")
    code = main(["report", str(tmp_path), "--since", "2024-02-01", "--until", "2024-02-29"])
    assert code == 0
    assert "1 new dyads" in capsys.readouterr().out
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "## New dyads" in markdown and "Iran – Russia" in markdown
    assert "<img" not in markdown and "<script" not in markdown and "</td>" not in markdown
    assert "\\| \\*Russia\\* \\[x\\]" in markdown  # table and link marks stay text
    assert "<img" not in page and "<script" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "default-src 'none'" in page


def test_report_cli_bad_period_is_one_line(tmp_path: Path, capsys) -> None:
    write_relations(_records(), tmp_path / "relations.jsonl")
    code = main(
        ["report", str(tmp_path), "--since", "2024-02-01", "--until", "2024-02-29", "--against", "soon"]
    )
    assert code == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "expected DATE..DATE" in err
    code = main(["report", str(tmp_path), "--since", "2024-03-01", "--until", "2024-02-29"])
    assert code == 1
    assert "is after" in capsys.readouterr().err


def test_report_api_changes_as_dataframes() -> None:
    kg = KnowledgeGraph.from_relations(_records())
    tables = kg.changes("2024-02-01", "2024-02-29")
    assert tables["new_dyads"][["source", "target", "events_now", "evidence_reports"]].values.tolist() == [
        ["IRN", "RUS", 1, 2]
    ]
    assert tables["balance"].loc[0, "shift"] == -2.0
    assert tables["falling"]["actor"].tolist() == ["UKR", "RUS"]
    same = kg.changes("2024-02-01", "2024-02-29", against=("2024-01-03", "2024-01-31"))
    assert same["balance"].equals(tables["balance"])
    with pytest.raises(InputError, match="expected a date"):
        kg.changes("February", "2024-02-29")


def test_report_html_and_markdown_of_nothing() -> None:
    result = changes(build_graph([]), dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert "None." in to_markdown(result)
    assert "None." in to_html(result)
