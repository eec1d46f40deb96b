"""Event coding of the extractor on the hand-written gold tables of ``tests/data``.

Runs :class:`graphkit.extract.Extractor` over each row of the coding table and of the
relationship table (one document per row, with the row's date) and prints the figures
:mod:`graphkit.evaluate.coding` defines: dyad recall and precision, CAMEO root accuracy,
full-code share, recall per CAMEO root, and relationship accuracy. The last line sums them
up. The acceptance targets (issue 17) are recall and precision ≥ 85 %, root accuracy ≥ 80 %
and relationship accuracy ≥ 90 %.

Run from the repository root::

    .venv/bin/python benchmarks/coding_table.py [--show N] [--include-negated]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from graphkit.evaluate.coding import (
    CAMEO_ROOTS,
    CodingRow,
    CodingScores,
    RelationshipRow,
    RelationshipScores,
    read_coding_table,
    read_relationship_table,
    score_coding,
    score_relationships,
)
from graphkit.extract import Extractor
from graphkit.models import Document, Relation

CODING_TABLE = "tests/data/coding_table.jsonl"
RELATIONSHIP_TABLE = "tests/data/relationship_sentences.jsonl"


def extract(extractor: Extractor, rows: Sequence[CodingRow | RelationshipRow]) -> dict[str, list[Relation]]:
    """The relations of each row's sentence, by row id."""
    documents = [
        Document(id=row.id, text=row.text, date=row.date if isinstance(row, CodingRow) else None)
        for row in rows
    ]
    return {e.doc.id: e.relations for e in extractor.pipe(documents)}


def coding_report(scores: CodingScores, show: int) -> str:
    """The coding-table figures, per-root recall and up to ``show`` failures of each kind."""
    lines = [
        f"coding table: {scores.sentences} sentences, {scores.expected} expected events",
        f"  recall          {scores.recall:6.1%}  ({scores.found}/{scores.expected} events)",
        f"  precision       {scores.precision:6.1%}  ({scores.correct_dyads}/{scores.predicted_dyads} dyads)",
        f"  root accuracy   {scores.root_accuracy:6.1%}  ({scores.right_root}/{scores.found} found)",
        f"  full-code share {scores.full_code_share:6.1%}  ({scores.full_code}/{scores.found} found)",
        f"  exact CAMEO     {scores.exact_code_share:6.1%}  ({scores.exact_code}/{scores.found} found)",
        "  recall per CAMEO root:",
    ]
    for root in CAMEO_ROOTS:
        found, expected = scores.per_root.get(root, (0, 0))
        lines.append(f"    {root}  {scores.root_recall(root):6.1%}  ({found}/{expected})")
    for kind in ("miss", "wrong_root", "false_positive"):
        failures = [f for f in scores.failures if f.kind == kind]
        if not show or not failures:
            continue
        lines.append(f"  {kind} ({len(failures)}):")
        for failure in failures[:show]:
            wanted = f" expected {failure.expected};" if failure.expected else ""
            predicted = ", ".join(failure.predicted) or "nothing"
            lines.append(f"    {failure.id}:{wanted} predicted {predicted}")
            lines.append(f"      {failure.text}")
    return "\n".join(lines)


def relationship_report(scores: RelationshipScores, show: int) -> str:
    """The relationship-table accuracy, its confusion counts and up to ``show`` failures."""
    lines = [
        f"relationship table: {scores.rows} sentences",
        f"  accuracy        {scores.accuracy:6.1%}  ({scores.right}/{scores.rows})",
        "  expected→predicted: " + ", ".join(f"{key} {n}" for key, n in scores.confusion.items()),
    ]
    if show and scores.failures:
        lines.append(f"  failures ({len(scores.failures)}):")
        for failure in scores.failures[:show]:
            relations = ", ".join(failure.relations) or "no relation"
            lines.append(
                f"    {failure.id}: expected {failure.expected}, got {failure.predicted} ({relations})"
            )
            lines.append(f"      {failure.text}")
    return "\n".join(lines)


def main() -> None:
    """Extract, score and print both tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coding", default=CODING_TABLE)
    parser.add_argument("--relationships", default=RELATIONSHIP_TABLE)
    parser.add_argument("--show", type=int, default=0, help="print up to N failures of each kind")
    parser.add_argument(
        "--include-negated", action="store_true", help="score negated relations as asserted ones"
    )
    args = parser.parse_args()
    coding_rows = read_coding_table(args.coding)
    relationship_rows = read_relationship_table(args.relationships)
    extractor = Extractor()
    start = time.perf_counter()
    coding = score_coding(coding_rows, extract(extractor, coding_rows), include_negated=args.include_negated)
    relationships = score_relationships(
        relationship_rows, extract(extractor, relationship_rows), include_negated=args.include_negated
    )
    elapsed = time.perf_counter() - start
    print(coding_report(coding, args.show))
    print(relationship_report(relationships, args.show))
    print(f"extraction of {len(coding_rows) + len(relationship_rows)} sentences: {elapsed:.1f} s")
    print(
        f"recall {coding.recall:.1%}, precision {coding.precision:.1%}, "
        f"root accuracy {coding.root_accuracy:.1%}, full-code {coding.full_code_share:.1%}, "
        f"relationship accuracy {relationships.accuracy:.1%}"
    )


if __name__ == "__main__":
    main()
