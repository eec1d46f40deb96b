"""The HTML explorer in headless Chromium: offline, counts, filters, clicks, hostile text, ego view.

Needs Debian's ``chromium`` at /usr/bin/chromium (``.ci/run`` installs it); skip these
tests with ``pytest -m "not browser"``. ``python tests/test_browser.py PAGE PNG`` saves a
screenshot of an explorer page (``docs/screenshot.png`` is made this way).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import Browser, Dialog, Page, Playwright, sync_playwright

from graphkit.cli import view
from graphkit.graph import build_graph, ego_graph
from graphkit.models import ActorType, DocumentInfo, Mention, Modality, Relation, Span
from graphkit.render import write_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = "Iran said <img src=x onerror=alert(1)> it sent Russia drones <script>alert(2)</script>."

ACTORS: dict[str, tuple[str, ActorType]] = {
    "IRN": ("Iran", "state"),
    "RUS": ("Russia", "state"),
    "USA": ("United States", "state"),
    "ISR": ("Israel", "state"),
    "UKR": ("Ukraine", "state"),
    "CHN": ("China", "state"),
    "SAU": ("Saudi Arabia", "state"),
    "QAT": ("Qatar", "state"),
    "HMS": ("Hamas", "armed_group"),
    "HEZ": ("Hezbollah", "armed_group"),
    "HTH": ("Houthis", "armed_group"),
    "UN": ("United Nations", "igo"),
    "IAEA": ("IAEA", "igo"),
    "NATO": ("NATO", "igo"),
    "PUTIN": ("Vladimir Putin", "person"),
    "ZELENSKY": ("Volodymyr Zelensky", "person"),
    "NETANYAHU": ("Benjamin Netanyahu", "person"),
    "IRGC": ("Revolutionary Guards", "military"),
    "IRNGOV": ("Government of Iran", "government"),
    "ICRC": ("Red Cross", "organisation"),
    "PROTEST": ("Protesters", "group"),
}

SYMMETRIC = {"partnership", "meet"}

# (source, target, relation, QuadClass, day of 2024, sentence, extras); extras set modality,
# attributed_to, page or url (default https://news.example.org/<row>).
WORLD: list[tuple] = [
    ("IRN", "RUS", "supply", 2, 3, HOSTILE, {"url": "javascript:alert(3)"}),
    ("IRN", "RUS", "supply", 2, 40, "Iran shipped missiles to Russia.",
     {"modality": "hedged", "attributed_to": "US officials"}),
    ("IRN", "RUS", "supply", 2, 100, "Tehran delivered more drones to Moscow.", {"page": "12"}),
    ("IRN", "RUS", "partnership", 1, 20, "Iran and Russia signed a strategic pact."),
    ("RUS", "UKR", "attack", 4, 10, "Russia struck Kyiv overnight."),
    ("RUS", "UKR", "attack", 4, 55, "Russian missiles hit Odesa."),
    ("RUS", "UKR", "attack", 4, 120, "Russia shelled Kharkiv."),
    ("UKR", "RUS", "attack", 4, 70, "Ukraine struck a Russian refinery."),
    ("USA", "UKR", "aid", 2, 30, "Washington sent air defences to Ukraine."),
    ("NATO", "UKR", "support", 1, 35, "NATO pledged support for Ukraine."),
    ("USA", "IRN", "sanction", 3, 45, "The United States sanctioned Iranian firms."),
    ("USA", "IRN", "threaten", 3, 100, "Washington may strike Iran.",
     {"modality": "speculative", "attributed_to": "analysts"}),
    ("ISR", "HMS", "attack", 4, 15, "Israel bombed Hamas positions in Gaza."),
    ("HMS", "ISR", "attack", 4, 14, "Hamas fired rockets at Israel."),
    ("IRN", "HMS", "support", 2, 50, "Iran funds Hamas, Israel says.", {"attributed_to": "Israel"}),
    ("IRN", "HEZ", "supply", 2, 60, "Iran arms Hezbollah."),
    ("HEZ", "ISR", "attack", 4, 65, "Hezbollah shelled northern Israel."),
    ("IRN", "HTH", "supply", 2, 75, "Iran supplied the Houthis with missiles.", {"modality": "hedged"}),
    ("HTH", "SAU", "attack", 4, 80, "The Houthis did not attack Saudi oil sites.", {"modality": "negated"}),
    ("QAT", "HMS", "mediate", 1, 85, "Qatar mediated talks with Hamas."),
    ("QAT", "ISR", "mediate", 1, 86, "Qatar relayed an offer to Israel."),
    ("IAEA", "IRN", "criticise", 3, 95, "The IAEA criticised Iran over enrichment."),
    ("UN", "RUS", "criticise", 3, 110, "The UN condemned Russia's strikes."),
    ("CHN", "RUS", "partnership", 1, 25, "China and Russia deepened ties."),
    ("PUTIN", "ZELENSKY", "threaten", 3, 130, "Putin warned Zelensky."),
    ("NETANYAHU", "HMS", "threaten", 3, 16, "Netanyahu vowed to destroy Hamas."),
    ("IRGC", "ISR", "attack", 4, 140, "The Revolutionary Guards launched drones at Israel."),
    ("IRNGOV", "PROTEST", "repress", 4, 5, "Iran's government cracked down on protesters."),
    ("ICRC", "UKR", "aid", 2, 150, "The Red Cross delivered aid to Ukraine."),
    ("SAU", "IRN", "meet", 1, 160, "Saudi Arabia and Iran held talks."),
]  # fmt: skip


def _mention(actor_id: str) -> Mention:
    label, kind = ACTORS[actor_id]
    return Mention(
        id=actor_id, label=label, type=kind, code=actor_id, country=None, start=0, end=1, text=label
    )


def world_relations() -> list[Relation]:
    """About twenty actors and thirty relations, one of them with a hostile sentence."""
    return [_world_relation(number, row) for number, row in enumerate(WORLD)]


def _world_relation(number: int, row: tuple) -> Relation:
    """The relation of one row shaped as :data:`WORLD`'s."""
    source, target, relation, quad, day, sentence, *extras = row
    extra: dict[str, str] = extras[0] if extras else {}
    modality: Modality = extra.get("modality", "asserted")  # type: ignore[assignment]
    return Relation(
        doc_id=f"doc{number}",
        sentence=Span(start=0, end=len(sentence), text=sentence),
        source=_mention(source),
        target=_mention(target),
        relation=relation,
        cameo={1: "036", 2: "070", 3: "111", 4: "190"}[quad],
        quad_class=quad,
        polarity="cooperative" if quad < 3 else "conflictual",
        intensity={1: 4.0, 2: 7.4, 3: -4.0, 4: -10.0}[quad],
        symmetric=relation in SYMMETRIC,
        modality=modality,
        attributed_to=extra.get("attributed_to"),
        confidence=0.8,
        page=int(extra["page"]) if "page" in extra else None,
        trigger=Span(start=0, end=1, text=sentence.split()[1]),
        doc=DocumentInfo(
            id=f"doc{number}",
            title=f"Report {number}",
            date=dt.date(2024, 1, 1) + dt.timedelta(days=day),
            url=extra.get("url", f"https://news.example.org/{number}"),
            source="Example Wire",
        ),
    )


def screenshot(
    html_path: str | Path,
    png_path: str | Path,
    *,
    browser: Browser | None = None,
    width: int = 1400,
    height: int = 860,
) -> Path:
    """Open an explorer page in headless Chromium, wait for its layout to settle, save a PNG.

    ``browser`` reuses a running browser; without it one is started and stopped.
    """
    if browser is None:
        with sync_playwright() as pw:
            own = _launch(pw)
            try:
                return screenshot(html_path, png_path, browser=own, width=width, height=height)
            finally:
                own.close()
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        page.goto(Path(html_path).resolve().as_uri())
        wait_until(page, "window.graphkit && window.graphkit.ready")
        page.screenshot(path=str(png_path))
    finally:
        page.close()
    return Path(png_path)


def wait_until(page: Page, expression: str, timeout: float = 30.0) -> None:
    """Poll ``expression`` until truthy (``wait_for_function`` polls by eval, which the CSP forbids)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{expression} still false after {timeout}s")
        page.wait_for_timeout(50)


def _launch(pw: Playwright) -> Browser:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} not found: install Debian's chromium, or run pytest -m 'not browser'")
    return pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)


@dataclass
class Session:
    """A loaded explorer page and everything it did that a test may object to."""

    page: Page
    url: str
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def data(self) -> dict:
        return self.page.evaluate("JSON.parse(document.getElementById('graphkit-data').textContent)")

    def counts(self) -> dict[str, int]:
        return self.page.evaluate("window.graphkit.counts()")

    def edge_id(self, source: str, target: str, relation: str) -> str:
        relations = self.data()["relations"]
        (found,) = [
            i
            for i, r in relations.items()
            if (r["source"], r["target"], r["relation"]) == (source, target, relation)
        ]
        return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        browser = _launch(pw)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def world() -> nx.MultiDiGraph:
    return build_graph(world_relations())


@pytest.fixture
def open_page(browser: Browser) -> Iterator:
    """Open a page and record its requests, console errors and dialogs."""
    contexts = []

    def _open(path: Path) -> Session:
        context = browser.new_context(viewport={"width": 1400, "height": 860})
        contexts.append(context)
        page = context.new_page()
        session = Session(page=page, url=path.resolve().as_uri())
        page.on("request", lambda request: session.requests.append(request.url))
        page.on("console", lambda msg: session.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda err: session.errors.append(str(err)))

        def on_dialog(dialog: Dialog) -> None:
            session.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.goto(session.url)
        wait_until(page, "window.graphkit && window.graphkit.ready")
        return session

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def world_page(world: nx.MultiDiGraph, tmp_path: Path, open_page) -> Session:
    return open_page(write_html(world, tmp_path / "graph.html", title="World"))


def test_browser_loads_offline_without_errors(world: nx.MultiDiGraph, world_page: Session) -> None:
    assert world_page.requests == [world_page.url]
    assert world_page.errors == []
    assert world_page.counts() == {"nodes": world.number_of_nodes(), "edges": world.number_of_edges()}
    assert world_page.page.evaluate("window.graphkit.nodes.length") == world.number_of_nodes()
    status = f"{world.number_of_nodes()} actors, {world.number_of_edges()} relations shown"
    assert world_page.page.inner_text("#gk-status") == status
    assert world_page.page.evaluate("window.graphkit.frozen") is True


def _expected(world: nx.MultiDiGraph, keep) -> dict[str, int]:
    """Counts once the evidence failing ``keep(edge, evidence)`` is gone."""
    edges = [(u, v) for u, v, d in world.edges(data=True) if any(keep(d, e) for e in d["evidence"])]
    return {"nodes": len({n for edge in edges for n in edge}), "edges": len(edges)}


def test_browser_class_filter_hides_material_conflict(world: nx.MultiDiGraph, world_page: Session) -> None:
    page = world_page.page
    attack = world_page.edge_id("RUS", "UKR", "attack")
    page.get_by_label("material conflict").uncheck()
    assert world_page.counts() == _expected(world, lambda d, e: d["quad_class"] != 4)
    assert page.evaluate(f"window.graphkit.edges.get('{attack}').hidden") is True
    # Protesters took part in material conflict only.
    assert page.evaluate("window.graphkit.nodes.get('PROTEST').hidden") is True
    page.get_by_role("button", name="Reset filters").click()
    wait_until(page, f"!window.graphkit.edges.get('{attack}').hidden")
    assert world_page.counts()["edges"] == world.number_of_edges()


def test_browser_modality_count_and_date_filters(world: nx.MultiDiGraph, world_page: Session) -> None:
    page = world_page.page
    page.get_by_label("asserted").uncheck()
    assert world_page.counts() == _expected(world, lambda d, e: e["modality"] != "asserted")
    page.get_by_label("asserted").check()
    page.fill("#gk-min-count", "2")
    assert world_page.counts() == _expected(world, lambda d, e: d["count"] >= 2)
    page.fill("#gk-min-count", "1")
    page.fill("#gk-from", "2024-04-01")
    assert world_page.counts() == _expected(world, lambda d, e: e["date"] >= "2024-04-01")
    supply = world_page.edge_id("IRN", "RUS", "supply")
    page.evaluate(f"window.graphkit.selectEdge('{supply}')")
    assert page.locator("#gk-panel .gk-evidence").count() == 1  # only the sentence dated in April


def test_browser_edge_evidence_shows_hostile_text_as_text(world_page: Session) -> None:
    page = world_page.page
    supply = world_page.edge_id("IRN", "RUS", "supply")
    assert page.evaluate(f"window.graphkit.selectEdge('{supply}')") is True
    panel = page.locator("#gk-panel")
    assert panel.locator("h2").inner_text() == "Iran \u2192 Russia"
    items = panel.locator(".gk-evidence")
    assert items.count() == 3
    assert HOSTILE in panel.inner_text()
    assert panel.locator("img, script").count() == 0
    assert "said by US officials" in items.nth(1).inner_text()
    assert "hedged" in items.nth(1).inner_text()
    # the page of a sentence from a paged document (a PDF report)
    assert "\u00b7 p. 12" in items.nth(2).inner_text() and "p. " not in items.nth(1).inner_text()
    # A javascript: URL stays text; http(s) URLs become safe links.
    assert items.nth(0).locator("a").count() == 0
    link = items.nth(1).locator("a")
    assert link.get_attribute("href") == "https://news.example.org/1"
    assert link.get_attribute("rel") == "noopener noreferrer"
    assert link.get_attribute("target") == "_blank"
    assert page.evaluate("window.graphkit.network.getSelectedEdges()") == [supply]
    page.wait_for_timeout(300)
    assert world_page.dialogs == []
    assert world_page.errors == []


def test_browser_real_click_on_node_lists_partners(world: nx.MultiDiGraph, world_page: Session) -> None:
    page = world_page.page
    point = page.evaluate(
        "(() => { const n = window.graphkit.network; return n.canvasToDOM(n.getPositions(['IRN']).IRN); })()"
    )
    box = page.locator("#gk-network canvas").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    panel = page.locator("#gk-panel")
    assert panel.locator("h2").inner_text() == "Iran"
    partners = panel.locator("h3").all_inner_texts()
    assert set(partners) == {world.nodes[n]["label"] for n in nx.all_neighbors(world, "IRN")}
    assert partners[0] == "Russia"  # most sentences first
    assert "\u2192 supply (3)" in panel.inner_text()
    assert page.evaluate("window.graphkit.network.getSelectedNodes()") == ["IRN"]
    panel.get_by_role("button", name="\u2192 supply (3)").click()
    assert panel.locator("h2").inner_text() == "Iran \u2192 Russia"


def test_browser_tooltip_is_text(browser: Browser, tmp_path: Path, open_page) -> None:
    relation = world_relations()[0]
    marked = relation.model_copy(
        update={"source": relation.source.model_copy(update={"label": "<b>Iran</b>"})}
    )
    session = open_page(write_html(build_graph([marked]), tmp_path / "tip.html"))
    page = session.page
    point = page.evaluate(
        "(() => { const n = window.graphkit.network; return n.canvasToDOM(n.getPositions(['IRN']).IRN); })()"
    )
    box = page.locator("#gk-network canvas").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert tooltip.inner_text().startswith("<b>Iran</b> (state, IRN)")
    assert tooltip.locator("b").count() == 0
    assert session.dialogs == [] and session.errors == []


def test_browser_search_focuses_actor(world_page: Session) -> None:
    page = world_page.page
    page.fill("#gk-search", "rus")
    page.press("#gk-search", "Enter")
    assert page.evaluate("window.graphkit.network.getSelectedNodes()") == ["RUS"]
    assert page.locator("#gk-panel h2").inner_text() == "Russia"
    page.fill("#gk-search", "zelen")
    page.get_by_role("button", name="Find").click()
    assert page.locator("#gk-panel h2").inner_text() == "Volodymyr Zelensky"
    page.fill("#gk-search", "Atlantis")
    page.press("#gk-search", "Enter")
    assert page.inner_text("#gk-search-status") == "No actor matches \u201cAtlantis\u201d"


def test_browser_freeze_button_toggles_physics(world_page: Session) -> None:
    page = world_page.page
    button = page.locator("#gk-freeze")
    assert button.inner_text() == "Unfreeze layout"
    button.click()
    assert page.evaluate("window.graphkit.frozen") is False
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.inner_text() == "Unfreeze layout"


def test_browser_truncated_view_says_so(world: nx.MultiDiGraph, tmp_path: Path, open_page) -> None:
    session = open_page(write_html(world, tmp_path / "top.html", max_nodes=6))
    assert session.counts()["nodes"] == 6
    # only what is drawn is in vis-network: hidden items would slow its layout tenfold
    assert session.page.evaluate("window.graphkit.nodes.length") == 6
    notice = session.page.inner_text("#gk-notice")
    assert notice.startswith(f"Showing the 6 best connected of {world.number_of_nodes()} actors")
    assert session.errors == [] and session.requests == [session.url]


def test_browser_ego_view(world: nx.MultiDiGraph, tmp_path: Path, open_page) -> None:
    (tmp_path / "relations.jsonl").write_text(
        "".join(r.model_dump_json() + "\n" for r in world_relations()), encoding="utf-8"
    )
    out = tmp_path / "ego.html"
    parser = argparse.ArgumentParser(prog="graphkit")
    view.add_parser(parser.add_subparsers())
    args = parser.parse_args(
        ["view", "--graph", str(tmp_path), "--actor", "Hamas", "--hops", "1", "--out", str(out)]
    )
    assert view.run(args) == 0
    session = open_page(out)
    ego = ego_graph(world, "HMS", 1)
    assert session.counts() == {"nodes": ego.number_of_nodes(), "edges": ego.number_of_edges()}
    assert session.page.locator("#gk-panel h2").inner_text() == "Hamas"
    assert session.page.evaluate("window.graphkit.network.getSelectedNodes()") == ["HMS"]
    assert session.page.title() == "Hamas: relations within 1 hop"
    assert session.errors == [] and session.requests == [session.url]


def test_browser_screenshot(browser: Browser, world: nx.MultiDiGraph, tmp_path: Path) -> None:
    html = write_html(world, tmp_path / "graph.html")
    png = screenshot(html, tmp_path / "graph.png", browser=browser, width=800, height=500)
    head = png.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")) == (800, 500)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python tests/test_browser.py PAGE.html OUT.png")
    print(screenshot(sys.argv[1], sys.argv[2]))


def _click_canvas(page: Page, x: float, y: float) -> None:
    """A real mouse click at canvas coordinates (x, y)."""
    point = page.evaluate(f"window.graphkit.network.canvasToDOM({{x: {x}, y: {y}}})")
    box = page.locator("#gk-network canvas").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def test_browser_click_selects_the_edge_nearest_the_pointer(tmp_path: Path, open_page) -> None:
    """India → Pakistan and Trump → Pakistan run close; a filtered-out edge (China → US) crosses
    right under the click. The click picks the visible line nearest the pointer."""
    extra: dict[str, tuple[str, ActorType]] = {
        "IND": ("India", "state"),
        "PAK": ("Pakistan", "state"),
        "TRUMP": ("Donald Trump", "person"),
    }
    ACTORS.update(extra)
    try:
        rows: list[tuple] = [
            ("IND", "PAK", "attack", 4, 5, "India struck Pakistan.", {}),
            ("TRUMP", "PAK", "praise", 1, 6, "Trump praised Pakistan.", {}),
            ("CHN", "USA", "criticise", 3, 7, "China criticised the US.", {}),
        ]
        relations = [_world_relation(i, row) for i, row in enumerate(rows)]
        session = open_page(write_html(build_graph(relations), tmp_path / "near.html"))
    finally:
        for key in extra:
            del ACTORS[key]
    page = session.page
    # Pakistan at the origin, India 600 to the left, Trump 60 above India: at x = -300 the two
    # lines into Pakistan are 30 apart; China → US runs down x = -300 through both.
    page.evaluate(
        "(() => { const n = window.graphkit.network; n.moveNode('PAK', 0, 0); n.moveNode('IND', -600, 0);"
        " n.moveNode('TRUMP', -600, -60); n.moveNode('CHN', -300, -250); n.moveNode('USA', -300, 250);"
        " n.moveTo({position: {x: -300, y: 0}, scale: 1}); n.redraw(); })()"
    )
    india_pakistan = session.edge_id("IND", "PAK", "attack")
    trump_pakistan = session.edge_id("TRUMP", "PAK", "praise")
    _click_canvas(page, -280, -3)  # 3 from India→Pakistan, 25 from Trump→Pakistan
    assert page.evaluate("window.graphkit.network.getSelectedEdges()") == [india_pakistan]
    assert page.locator("#gk-panel h2").inner_text() == "India \u2192 Pakistan"
    _click_canvas(page, -280, -25)  # 3 from Trump→Pakistan
    assert page.evaluate("window.graphkit.network.getSelectedEdges()") == [trump_pakistan]
    page.uncheck("input[name='gk-class'][value='3']")  # hides China → US
    _click_canvas(page, -300, -3)  # on the hidden line, 3 from India→Pakistan
    assert page.evaluate("window.graphkit.network.getSelectedEdges()") == [india_pakistan]
    _click_canvas(page, -150, 150)  # far from every visible line
    assert page.evaluate("window.graphkit.network.getSelectedEdges()") == []
    assert session.errors == []


def test_browser_search_brings_a_left_out_actor_into_view(
    world: nx.MultiDiGraph, tmp_path: Path, open_page
) -> None:
    named = world.copy()
    named.add_node("OMN", label="Oman", type="state", code="OMN", country="OMN", mentions=2)
    session = open_page(write_html(named, tmp_path / "top.html", max_nodes=6))
    page = session.page
    assert "ZELENSKY" not in page.evaluate("window.graphkit.drawn")
    before = session.counts()
    page.fill("#gk-search", "Zelensky")  # a word of the label, not its start
    page.press("#gk-search", "Enter")
    assert page.evaluate("window.graphkit.network.getSelectedNodes()") == ["ZELENSKY"]
    assert page.locator("#gk-panel h2").inner_text() == "Volodymyr Zelensky"
    assert (
        page.inner_text("#gk-search-status") == "Volodymyr Zelensky was not drawn: shown with its neighbours"
    )
    drawn = set(page.evaluate("window.graphkit.drawn"))
    assert {"ZELENSKY", "PUTIN"} <= drawn
    hidden = page.evaluate("Object.fromEntries(window.graphkit.nodes.get().map((n) => [n.id, !!n.hidden]))")
    assert hidden["ZELENSKY"] is False and hidden["PUTIN"] is False
    assert session.counts()["edges"] == before["edges"] + 1  # Putin → Zelensky
    # an actor named with no relation: found, drawn alone
    page.fill("#gk-search", "oman")
    page.press("#gk-search", "Enter")
    assert page.locator("#gk-panel h2").inner_text() == "Oman"
    assert page.evaluate("window.graphkit.network.getSelectedNodes()") == ["OMN"]
    assert session.errors == []


def test_browser_actor_panel_says_which_short_forms_were_joined(tmp_path: Path, open_page) -> None:
    graph = build_graph(world_relations())
    reason = "'Putin' is the last name of 'Vladimir Putin', the only person of the graph it fits"
    graph.nodes["PUTIN"]["merged_from"] = [{"id": "unk:putin", "label": "Putin", "reason": reason}]
    session = open_page(write_html(graph, tmp_path / "merged.html"))
    session.page.evaluate("window.graphkit.selectNode('PUTIN')")
    assert session.page.inner_text("#gk-panel .gk-merged") == f"Also named \u201cPutin\u201d: {reason}"
    assert session.errors == []
