"""``graphkit extract``: articles in, ``relations.jsonl`` out (no store, no graph)."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from pathlib import Path

from tqdm import tqdm

from graphkit.corpus import CorpusReport, read_corpus
from graphkit.errors import OutputError
from graphkit.io import atomic_write

__all__ = ["add_parser", "run"]

log = logging.getLogger(__name__)

EXAMPLES = """examples:
  graphkit extract corpus/ --out relations.jsonl
  graphkit extract news.jsonl --actors my_actors.yaml --out relations.jsonl --mentions mentions.jsonl
"""


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``extract``."""
    parser = sub.add_parser(
        "extract",
        help="extract actor-relation-actor records from articles",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders of articles")
    parser.add_argument("--out", type=Path, required=True, help="relations.jsonl to write")
    parser.add_argument("--mentions", type=Path, help="also write the actor mentions as JSONL")
    parser.add_argument("--model", help="spaCy pipeline to load (default: en_core_web_sm if installed)")
    parser.add_argument("--actors", type=Path, action="append", default=[], help="user actor dictionary")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Extract and write; exit status 2 when some documents were skipped or failed."""
    from graphkit.extraction import Extractor, Failure  # spaCy loads only for commands that parse

    report = CorpusReport()
    extractor = Extractor(model=args.model, user_dictionaries=args.actors)
    documents = read_corpus(args.paths, report=report)
    relations = failed = 0
    try:
        with contextlib.ExitStack() as stack:
            out = stack.enter_context(atomic_write(args.out))
            mentions = stack.enter_context(atomic_write(args.mentions)) if args.mentions else None
            results = extractor.pipe_isolated(documents)
            for result in tqdm(results, unit="doc", disable=args.quiet or None, file=sys.stderr):
                if isinstance(result, Failure):
                    log.warning("%s", result.line())
                    failed += 1
                    continue
                out.writelines(relation.model_dump_json() + "\n" for relation in result.relations)
                if mentions is not None:
                    mentions.writelines(mention.model_dump_json() + "\n" for mention in result.mentions)
                relations += len(result.relations)
    except OSError as err:
        raise OutputError(f"{err.filename or args.out}: cannot write: {err.strerror or err}") from err
    print(
        f"graphkit: read {report.documents} documents, skipped {report.skipped}, failed {failed}, "
        f"wrote {relations} relations to {args.out}",
        file=sys.stderr,
    )
    return 2 if report.skipped or failed else 0
