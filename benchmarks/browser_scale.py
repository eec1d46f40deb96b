"""The explorer page at scale, in headless Chromium: first draw, frame times, file size.

Run: ``python benchmarks/browser_scale.py [--sizes 300:1500 3000:15000] [--out DIR]``. For each
size (actors:relations) it builds a synthetic graph of allied blocs (most relations inside a
bloc, a few across; dates over two years), writes the page with every actor drawn
(``max_nodes`` = actors) and measures, in Debian's Chromium at /usr/bin/chromium:

- Python: graph building and page writing (layout included), and the HTML file size;
- first draw: milliseconds from navigation start to vis-network's first drawn frame (every
  actor, and on a large page its strongest relations: the others follow a chunk a frame);
- all relations in: milliseconds until the last chunk of relations was added;
- frame times while zooming (real mouse-wheel steps) and panning (real mouse drags): the
  intervals between animation frames (what a user sees) and vis-network's own drawing time;
- one full redraw with every edge, for reference.

Targets at 3,000 actors and 15,000 relations: first draw ≤ 3 s, median frame ≤ 33 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

from graphkit.graph import build_graph
from graphkit.models import DocumentInfo, Mention, Relation, Span
from graphkit.render import write_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
KINDS = [
    (1, "meet", "036", 4.0),
    (2, "supply", "070", 7.4),
    (3, "criticise", "111", -4.0),
    (4, "attack", "190", -10.0),
]


def synthetic(actors: int, relations: int, seed: int = 7) -> list[Relation]:
    """``relations`` records between ``actors`` actors in blocs of about 60, each its own edge."""
    rng = random.Random(seed)
    blocs = max(actors // 60, 1)
    bloc = [i % blocs for i in range(actors)]
    members: dict[int, list[int]] = {}
    for i, b in enumerate(bloc):
        members.setdefault(b, []).append(i)
    # a few actors are hubs, as states are in the news
    weight = [1.0 / (1 + rank) ** 0.7 for rank in range(actors)]
    rng.shuffle(weight)
    mentions = {
        i: Mention(
            id=f"A{i:05d}",
            label=f"Actor {i}",
            type="state",
            code=f"A{i:05d}",
            start=0,
            end=1,
            text=f"Actor {i}",
        )
        for i in range(actors)
    }
    seen: set[tuple[int, int, int]] = set()
    out: list[Relation] = []
    start = dt.date(2023, 1, 1)
    while len(out) < relations:
        a = rng.choices(range(actors), weight)[0]
        inside = rng.random() < 0.85
        pool = members[bloc[a]] if inside else range(actors)
        b = rng.choice(list(pool))
        quad, name, cameo, intensity = KINDS[rng.randrange(2) if inside else 2 + rng.randrange(2)]
        if a == b or (a, b, quad) in seen:
            continue
        seen.add((a, b, quad))
        day = start + dt.timedelta(days=rng.randrange(730))
        sentence = f"Actor {a} and Actor {b}: {name} number {len(out)}."
        out.append(
            Relation(
                doc_id=f"d{len(out)}",
                sentence=Span(start=0, end=len(sentence), text=sentence),
                source=mentions[a],
                target=mentions[b],
                relation=name,
                cameo=cameo,
                quad_class=quad,
                polarity="cooperative" if quad < 3 else "conflictual",
                intensity=intensity,
                confidence=0.8,
                doc=DocumentInfo(
                    id=f"d{len(out)}", date=day, source="Wire", url=f"https://example.org/{len(out)}"
                ),
            )
        )
    return out


FRAME_PROBE = """
() => {
  const n = window.graphkit.network;
  const probe = { frames: [], draws: [], running: true };
  let last = null;
  const tick = (t) => {
    if (last !== null) probe.frames.push(t - last);
    last = t;
    if (probe.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  let began = 0;
  n.on("beforeDrawing", () => { began = performance.now(); });
  n.on("afterDrawing", () => { probe.draws.push(performance.now() - began); });
  window.__probe = probe;
}
"""


def interact(page: Page) -> dict[str, list[float]]:
    """Zoom with the wheel and pan by dragging, as a user does; the frame and draw times meanwhile."""
    box = page.locator("#gk-network canvas").bounding_box()
    assert box is not None
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.evaluate(FRAME_PROBE)
    page.mouse.move(cx, cy)
    for step in range(24):  # in, then out
        page.mouse.wheel(0, -120 if step < 12 else 120)
        page.wait_for_timeout(40)
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        page.mouse.move(cx, cy)
        page.mouse.down()
        for i in range(1, 16):
            page.mouse.move(cx + dx * 12 * i, cy + dy * 12 * i)
            page.wait_for_timeout(16)
        page.mouse.up()
    page.wait_for_timeout(300)
    return page.evaluate("(() => { window.__probe.running = false; return window.__probe; })()")


def measure(actors: int, relations: int, folder: Path, page: Page) -> dict[str, float]:
    """Build, write and open one synthetic page; its figures."""
    began = time.perf_counter()
    graph = build_graph(synthetic(actors, relations))
    built = time.perf_counter()
    path = write_html(graph, folder / f"scale-{actors}.html", max_nodes=actors)
    written = time.perf_counter()
    page.goto(path.resolve().as_uri())
    deadline = time.monotonic() + 120
    while not page.evaluate("window.graphkit && window.graphkit.ready"):
        if time.monotonic() > deadline:
            raise TimeoutError("the page never drew")
        page.wait_for_timeout(20)
    first = page.evaluate("window.graphkit.firstDraw")
    while not page.evaluate("window.graphkit.complete"):
        if time.monotonic() > deadline:
            raise TimeoutError("the page never drew every relation")
        page.wait_for_timeout(20)
    complete = page.evaluate("window.graphkit.complete")
    drawn = page.evaluate("window.graphkit.nodes.length")
    full = page.evaluate(
        "(() => { const n = window.graphkit.network; const t = performance.now(); n.redraw();"
        " n.body.emitter.emit('_redraw'); return performance.now() - t; })()"
    )
    probe = interact(page)
    return {
        "actors": graph.number_of_nodes(),
        "relations": graph.number_of_edges(),
        "drawn": drawn,
        "build_s": built - began,
        "write_s": written - built,
        "size_mb": path.stat().st_size / 1e6,
        "first_draw_ms": first,
        "complete_ms": complete,
        "full_redraw_ms": full,
        "median_frame_ms": statistics.median(probe["frames"]) if probe["frames"] else float("nan"),
        "p90_frame_ms": statistics.quantiles(probe["frames"], n=10)[-1]
        if len(probe["frames"]) > 10
        else float("nan"),
        "median_draw_ms": statistics.median(probe["draws"]) if probe["draws"] else float("nan"),
        "frames": len(probe["frames"]),
    }


def _line(row: dict[str, float]) -> str:
    return " ".join(
        [
            f"{row['actors']:>5} actors {row['relations']:>6} relations ({row['drawn']} drawn):",
            f"build {row['build_s']:.1f} s, write {row['write_s']:.1f} s, HTML {row['size_mb']:.1f} MB,",
            f"first draw {row['first_draw_ms']:.0f} ms, all relations in {row['complete_ms']:.0f} ms,",
            f"full redraw {row['full_redraw_ms']:.0f} ms,",
            f"zoom/pan frames: median {row['median_frame_ms']:.1f} ms, p90 {row['p90_frame_ms']:.1f} ms,",
            f"vis draw median {row['median_draw_ms']:.1f} ms over {row['frames']} frames",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["300:1500", "3000:15000"], help="actors:relations")
    parser.add_argument("--out", type=Path, help="keep the pages here (default: a temporary folder)")
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix="graphkit-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for size in args.sizes:
                actors, relations = (int(x) for x in size.split(":"))
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                row = measure(actors, relations, folder, page)
                page.close()
                print(_line(row))
                sys.stdout.flush()
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
