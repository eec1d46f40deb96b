"""``graphkit evaluate``: score the extractor against re3d, plover-dev or PETRARCH gold."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphkit.evaluate import (
    evaluate,
    evaluate_petrarch,
    evaluate_plover,
    format_event_report,
    format_plover_report,
    format_report,
)
from graphkit.evaluate.plover import is_plover_path
from graphkit.evaluate.splits import SPLITS

__all__ = ["add_parser", "detect_format", "run"]

EPILOG = """examples:
  graphkit evaluate --gold ../shared/bench/re3d-dev --show 10
  graphkit evaluate --gold ../shared/bench/plover-dev --split dev --show 5
  graphkit evaluate --gold validation.xml --format petrarch --json

Held-out data (re3d subsets US_State_Department and Wikipedia, a third of plover-dev's
items) is scored but never shown: --show lists development errors only. See
docs/evaluation.md.
"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register the ``evaluate`` sub-command."""
    parser = subparsers.add_parser(
        "evaluate",
        help="score extraction against gold data",
        description="Run the extractor on gold documents and print precision, recall and F1.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--gold",
        required=True,
        help="re3d subset folder or folder of subsets, plover-dev folder or .jsonl, or a PETRARCH XML file",
    )
    parser.add_argument(
        "--format",
        choices=("re3d", "plover", "petrarch"),
        help="gold format (default: detected from --gold)",
    )
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default="all",
        help="evaluate development data, held-out data or both (default: all, figures of each)",
    )
    parser.add_argument(
        "--show",
        type=_count,
        default=0,
        metavar="N",
        help="list N misses and N false positives of development data",
    )
    parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    parser.add_argument("--model", help="spaCy pipeline name or path (default: the installed English one)")
    parser.add_argument(
        "--full", action="store_true", help="parse every sentence, not only those that can hold a relation"
    )
    parser.set_defaults(func=run)


def _count(value: str) -> int:
    """A whole number of at least 0, for ``--show``."""
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 0, got {value!r}")
    return int(value)


def detect_format(gold: str) -> str:
    """The gold format of a path: ``petrarch`` for XML, ``plover`` for JSON lines, else ``re3d``.

    >>> detect_format("validation.xml"), detect_format("items.jsonl"), detect_format("re3d-dev")
    ('petrarch', 'plover', 're3d')
    """
    if Path(gold).suffix.lower() == ".xml":
        return "petrarch"
    return "plover" if is_plover_path(gold) else "re3d"


def run(args: argparse.Namespace) -> int:
    """Evaluate and print the report."""
    # imported here: loading the extractor loads spaCy, which `graphkit --help` should not wait for
    from graphkit.extract import Extractor

    kind = args.format or detect_format(args.gold)
    if kind == "petrarch" and args.split != "all":
        print("graphkit evaluate: --split applies to re3d and plover-dev gold, not PETRARCH", file=sys.stderr)
        return 1
    extractor = Extractor(model=args.model, gate=not args.full)
    if kind == "petrarch":
        events = evaluate_petrarch(args.gold, extractor)
        print(events.model_dump_json(indent=2) if args.json else format_event_report(events))
    elif kind == "plover":
        pairs = evaluate_plover(args.gold, extractor, split=args.split)
        print(pairs.model_dump_json(indent=2) if args.json else format_plover_report(pairs, show=args.show))
    else:
        report = evaluate(args.gold, extractor, split=args.split)
        print(report.model_dump_json(indent=2) if args.json else format_report(report, show=args.show))
    return 0
