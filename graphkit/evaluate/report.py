"""Print evaluation reports as plain-text tables, with the errors behind them on request.

Examples
--------
>>> from graphkit.evaluate.scoring import Score
>>> print(score_row("overall", Score(gold=4, matched_gold=2, predicted=5, correct=2)))
overall         40.0   50.0   44.4       2/5       2/4
"""

from __future__ import annotations

from graphkit.evaluate.reliability import BANDS, Band
from graphkit.evaluate.run import (
    EvaluationReport,
    EventEvaluationReport,
    PloverEvaluationReport,
    SplitFigures,
)
from graphkit.evaluate.scoring import CLASSES, Score
from graphkit.evaluate.splits import RE3D_HELD_OUT

__all__ = [
    "band_cell",
    "format_event_report",
    "format_plover_report",
    "format_reliability",
    "format_report",
    "format_splits",
    "score_row",
]

_HEADER = f"{'':<13} {'P%':>6} {'R%':>6} {'F1%':>6} {'correct':>9} {'found':>9}"


def score_row(name: str, score: Score) -> str:
    """One table row: precision, recall and F1 in percent, and the counts behind them."""
    return (
        f"{name:<13} {100 * score.precision:>6.1f} {100 * score.recall:>6.1f} {100 * score.f1:>6.1f} "
        f"{f'{score.correct}/{score.predicted}':>9} {f'{score.matched_gold}/{score.gold}':>9}"
    )


def band_cell(band: Band) -> str:
    """A reliability cell: precision in percent and its counts, or a dash for an empty band.

    >>> band_cell(Band(label="< 0.5", low=0.0, judged=4, right=1)), band_cell(Band(label="< 0.5", low=0.0))
    ('25.0 (1/4)', '-')
    """
    return "-" if band.precision is None else f"{100 * band.precision:.1f} ({band.right}/{band.judged})"


def format_splits(splits: list[SplitFigures]) -> list[str]:
    """The compact table: labeled relation figures and mention figures per part of the gold data."""
    lines = [f"relations, labeled  {'docs':>5} {'P%':>6} {'R%':>6} {'F1%':>6} {'correct':>9} {'found':>9}"]
    for part in splits:
        lines.append(f"{part.split:<19} {part.documents:>5} " + score_row("", part.labeled)[14:])
    lines += ["", f"actor mentions      {'docs':>5} {'P%':>6} {'R%':>6} {'F1%':>6}"]
    for part in splits:
        m = part.mentions
        figures = f"{100 * m.precision:>6.1f} {100 * m.recall:>6.1f} {100 * m.f1:>6.1f}"
        lines.append(f"{part.split:<19} {part.documents:>5} {figures}")
    return lines


def format_reliability(splits: list[SplitFigures]) -> list[str]:
    """The reliability table: labeled precision per confidence band, one column per part."""
    parts = [part for part in splits if part.split != "all"] or splits
    lines = [f"{'confidence':<12}" + "".join(f"{part.split:>18}" for part in parts)]
    for index, (label, _) in enumerate(BANDS):
        lines.append(
            f"{label:<12}" + "".join(f"{band_cell(part.reliability.bands[index]):>18}" for part in parts)
        )
    lines.append(
        f"{'rising':<12}" + "".join(f"{'yes' if part.reliability.rising else 'no':>18}" for part in parts)
    )
    return lines


def format_report(report: EvaluationReport, *, show: int = 0) -> str:
    """The re3d figures per part, the reliability table, the detailed figures of the part
    evaluated; with ``show``, that many misses and false positives of development documents."""
    rel = report.relations
    held_out = sorted(RE3D_HELD_OUT)
    lines = [
        f"gold: {report.gold} ({report.documents} documents)   extractor: {report.extractor}",
        f"held out: {', '.join(held_out)}: scored, never shown (docs/evaluation.md)",
        "",
        *format_splits(report.splits),
        "",
        "reliability: labeled precision of judged relations per confidence band",
        *format_reliability(report.splits),
        "",
        f"detailed figures ({report.split})",
        f"relations: {rel.predictions} predicted, {rel.judged} judged "
        "(both ends on gold Organisation/Person/Nationality mentions, repeats once)",
    ]
    for kind in ("unlabeled", "labeled"):
        lines += ["", f"relations, {kind}", _HEADER]
        for name in CLASSES:
            lines.append(score_row(name, getattr(rel.classes[name], kind)))
        lines.append(score_row("overall", getattr(rel.overall, kind)))
    lines += ["", "actor mentions", _HEADER, score_row("mentions", report.mentions)]
    if show and report.split == "held-out":
        lines += ["", "held-out errors are never shown: use --split dev"]
    elif show:
        lines += ["", f"misses in development documents (first {show} of {len(rel.misses)})"]
        for miss in rel.misses[:show]:
            g = miss.relation
            note = "  [found, wrong label]" if miss.wrong_label else ""
            lines.append(f"  {g.cls}: {g.source.text!r} - {g.target.text!r} ({'/'.join(g.types)}){note}")
            lines.append(f"      {g.sentence}")
            lines.append(f"      {g.where}")
        lines += [
            "",
            f"false positives in development documents (first {show} of {len(rel.false_positives)})",
        ]
        for fp in rel.false_positives[:show]:
            p = fp.prediction
            note = "  [matches gold, wrong label]" if fp.wrong_label else ""
            claims = "/".join(fp.classes) or "no class"
            lines.append(
                f"  {claims}: {p.source.text!r} -> {p.target.text!r} "
                f"(QuadClass {p.quad_class}, CAMEO {p.cameo or '-'}) in {p.doc_id}{note}"
            )
            lines.append(f"      {fp.sentence}")
    return "\n".join(lines)


def format_event_report(report: EventEvaluationReport) -> str:
    """The PETRARCH figures at the exact, root and quad levels."""
    events = report.events
    lines = [
        f"gold: {report.gold} ({events.sentences} sentences)   extractor: {report.extractor}",
        "",
        "events",
        _HEADER,
        score_row("exact", events.exact),
        score_row("root", events.root),
        score_row("quad", events.quad),
    ]
    return "\n".join(lines)


def format_plover_report(report: PloverEvaluationReport, *, show: int = 0) -> str:
    """The plover-dev shares per part; with ``show``, that many development items missed."""
    lines = [
        f"gold: {report.gold}   extractor: {report.extractor}",
        "held out: items whose id's SHA-256 is a multiple of 3: scored, never shown (docs/evaluation.md)",
        "",
        f"{'plover-dev':<10} {'items':>5} {'pairs_found%':>13} {'directed%':>10} {'class_ok%':>10} "
        f"{'quad_ok%':>9} {'preds/item':>11}",
    ]
    for part in report.splits:
        s = part.scores
        lines.append(
            f"{part.split:<10} {s.items:>5} {100 * s.pairs_found:>13.1f} {100 * s.directed:>10.1f} "
            f"{100 * s.class_ok:>10.1f} {100 * s.quad_ok:>9.1f} {s.preds_per_item:>11.2f}"
        )
    if show and report.split == "held-out":
        lines += ["", "held-out items are never shown: use --split dev"]
    elif show:
        lines += [
            "",
            f"development items without the pair in its class (first {show} of {len(report.misses)})",
        ]
        for miss in report.misses[:show]:
            what = "wrong class" if miss.found else "pair not found"
            lines.append(
                f"  {miss.item_id} [{miss.event or '-'}, {miss.polarity}] "
                f"{' | '.join(miss.source)} -> {' | '.join(miss.target)}: {what}"
            )
            lines.append(f"      {miss.text}")
            lines.extend(f"      pred: {pred}" for pred in miss.predictions[:4])
    return "\n".join(lines)
