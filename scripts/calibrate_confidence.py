"""Measure each rule's precision on development gold and write ``graphkit/data/confidence.yaml``.

Usage (from the project root)::

    .venv/bin/python scripts/calibrate_confidence.py            # writes graphkit/data/confidence.yaml
    .venv/bin/python scripts/calibrate_confidence.py --dry-run  # prints it instead

Rerun it after changing rules. It reads DEVELOPMENT data only (graphkit.evaluate.splits):
held-out documents and items are never extracted here, so the held-out reliability table
stays a fair test of the calibration.

Judged predictions (rule, modality, right or wrong):

* re3d-dev, development subsets: judged predictions (both ends on gold actor mentions),
  right when their labeled class matches a gold relation (graphkit.evaluate.scoring);
* plover-dev, development items: relations linking the gold pair either way, right with
  the gold polarity, wrong with the other; relations with other ends are not judged;
* the coding table ``tests/data/coding_table.jsonl``, when it and
  ``graphkit/evaluate/coding.py`` exist: each relation whose dyad ``score_coding`` judges,
  right when it matches an expected event (by actor roots) of the same polarity; relations
  with an actor of no code (one the catalogue does not know) are not judged, as the table
  could never match them.

The estimates (graphkit.evaluate.calibration): rule precision shrunk toward its family's
rate, the family's toward the overall rate, with k = 5 pseudo-observations; a modality
factor of observed over expected right predictions, shrunk toward 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from graphkit.evaluate.calibration import Calibration, K, Sample, calibrate, plover_samples, re3d_samples
from graphkit.evaluate.events import quad_class_of
from graphkit.evaluate.pairs import PredictedPair
from graphkit.evaluate.plover import read_plover
from graphkit.evaluate.re3d import read_re3d
from graphkit.evaluate.scoring import PredictedRelation, judge_predictions
from graphkit.evaluate.splits import re3d_split
from graphkit.models import Document, Relation

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "graphkit" / "data" / "confidence.yaml"
CODING_TABLE = ROOT / "tests" / "data" / "coding_table.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--re3d", default=str(ROOT.parent / "shared" / "bench" / "re3d-dev"))
    parser.add_argument("--plover", default=str(ROOT.parent / "shared" / "bench" / "plover-dev"))
    parser.add_argument("--coding", default=str(CODING_TABLE))
    parser.add_argument(
        "--sources",
        default="re3d",
        help=(
            "comma-separated judged sources to pool: re3d, plover, coding "
            "(default: re3d, judged as the reliability table judges; docs/evaluation.md)"
        ),
    )
    parser.add_argument("--k", type=float, default=K, help=f"pseudo-observations of each prior ({K:g})")
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--dry-run", action="store_true", help="print the table, write nothing")
    args = parser.parse_args(argv)

    # imported here: loading the extractor loads spaCy
    from graphkit.extract import Extractor

    wanted = {name.strip() for name in args.sources.split(",")}
    unknown = wanted - {"re3d", "plover", "coding"}
    if unknown:
        parser.error(f"unknown source(s) {', '.join(sorted(unknown))}: use re3d, plover, coding")
    extractor = Extractor()
    sources: dict[str, list[Sample]] = {}
    if "re3d" in wanted:
        sources["re3d-dev development subsets"] = re3d_dev(args.re3d, extractor)
    if "plover" in wanted:
        sources["plover-dev development items"] = plover_dev(args.plover, extractor)
    coding = coding_table(Path(args.coding), extractor) if "coding" in wanted else None
    if coding is not None:
        sources[f"coding table {Path(args.coding).name}"] = coding
    for name, samples in sources.items():
        print(f"{name}: {len(samples)} judged, {sum(ok for *_, ok in samples)} right", file=sys.stderr)
    calibration = calibrate([s for samples in sources.values() for s in samples], k=args.k)
    text = render(calibration, sources, extractor.version)
    if args.dry_run:
        print(text)
    else:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}", file=sys.stderr)
    return 0


def re3d_dev(path: str, extractor: Any) -> list[Sample]:
    """Samples of the re3d development subsets (held-out documents are not even extracted)."""
    everything = read_re3d(path)
    gold = everything.restricted(
        k for k, doc in everything.documents.items() if re3d_split(doc.subset) == "dev"
    )
    docs = [Document(id=doc.id, text=doc.text, title=doc.title) for doc in gold.documents.values()]
    preds = [PredictedRelation.of(x.doc.id, rel) for x in extractor.pipe(docs) for rel in x.relations]
    return re3d_samples(judge_predictions(gold, preds))


def plover_dev(path: str, extractor: Any) -> list[Sample]:
    """Samples of the plover-dev development items (held-out items are not even extracted)."""
    items = {item.id: item for item in read_plover(path) if item.split == "dev"}
    docs = [Document(id=item.id, text=item.text, date=item.date) for item in items.values()]
    samples: list[Sample] = []
    for extraction in extractor.pipe(docs):
        preds = [PredictedPair.of(extraction.doc.id, rel) for rel in extraction.relations]
        samples += plover_samples(items[extraction.doc.id], preds)
    return samples


def coding_table(path: Path, extractor: Any) -> list[Sample] | None:
    """Samples of the coding table, or ``None`` when the table or its scorer is not there."""
    if not path.is_file() or importlib.util.find_spec("graphkit.evaluate.coding") is None:
        print(f"coding table skipped: {path} or graphkit/evaluate/coding.py missing", file=sys.stderr)
        return None
    try:
        from graphkit.evaluate.coding import actor_root, read_coding_table, score_coding
    except ImportError as err:  # the module is being written by someone else: do without it
        print(f"coding table skipped: {err}", file=sys.stderr)
        return None
    rows = {row.id: row for row in read_coding_table(path)}
    docs = [Document(id=row.id, text=row.text, date=row.date) for row in rows.values()]
    samples: list[Sample] = []
    for extraction in extractor.pipe(docs):
        row = rows[extraction.doc.id]
        for rel in extraction.relations:
            # an actor the catalogue does not know has no code the table could match: not judged
            if not all(actor_root(end.code, end.country) for end in (rel.source, rel.target)):
                continue
            sample = _coding_sample(row, rel, score_coding)
            if sample is not None:
                samples.append(sample)
    return samples


def _coding_sample(row: Any, rel: Relation, score_coding: Any) -> Sample | None:
    """One relation judged as ``score_coding`` judges its dyad, and right only with the event's polarity."""
    alone = score_coding([row], {row.id: [rel]}, include_negated=True)
    if alone.predicted_dyads == 0:  # a dyad the table cannot judge ("Iran" and "Iranian officials")
        return None
    right = False
    for event in row.events:
        one = row.model_copy(update={"events": [event]})
        matched = score_coding([one], {row.id: [rel]}, include_negated=True).correct_dyads > 0
        if matched and (quad_class_of(event.cameo) <= 2) == (rel.quad_class <= 2):
            right = True
    return rel.rule or "unknown", rel.modality, right


def render(calibration: Calibration, sources: dict[str, list[Sample]], version: str) -> str:
    """The YAML file: a header saying where the figures come from, then the figures."""

    def rounded(value: float) -> float:
        return round(value, 3)

    counts: Counter[str] = Counter(rule for samples in sources.values() for rule, _, _ in samples)
    data = {
        "source": {name: len(samples) for name, samples in sources.items()},
        "created": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "script": "scripts/calibrate_confidence.py",
        "extractor": version,
        "k": calibration.k,
        "overall": _entry(calibration.overall.model_dump(), rounded),
        "families": {name: _entry(e.model_dump(), rounded) for name, e in calibration.families.items()},
        "rules": {name: _entry(e.model_dump(), rounded) for name, e in calibration.rules.items()},
        "modalities": {name: _entry(m.model_dump(), rounded) for name, m in calibration.modalities.items()},
    }
    header = [
        "# Confidence of relations: calibrated rule precision x modality factor.",
        "# Written by scripts/calibrate_confidence.py from DEVELOPMENT data only; do not edit by hand:",
        "# rerun the script after changing rules (docs/evaluation.md). Never calibrate on held-out data.",
        "# precision = (right + k * family rate) / (judged + k); a family's rate is shrunk toward",
        "# the overall rate the same way; factor = (right + k) / (expected right + k).",
        "# Judged predictions per rule: "
        + ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items(), key=lambda kv: -kv[1])),
    ]
    return "\n".join(header) + "\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def _entry(values: dict[str, Any], rounded: Any) -> dict[str, Any]:
    return {key: rounded(v) if isinstance(v, float) else v for key, v in values.items() if v is not None}


if __name__ == "__main__":
    sys.exit(main())
