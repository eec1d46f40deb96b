"""The page over time in headless Chromium: the slider, play, the dyad timeline, events with their
reports, the actors-drawn setting and groups of allies, the report page, hostile text in each.

Launched as ``tests/test_browser.py`` launches Chromium (Debian's, at /usr/bin/chromium).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import Browser, Dialog, sync_playwright
from test_browser import HOSTILE, Session, _launch, wait_until

from graphkit.graph import build_graph
from graphkit.models import DocumentInfo, Mention, Relation, Span
from graphkit.render import write_html
from graphkit.report import changes, write_report

pytestmark = pytest.mark.browser

HOSTILE_LABEL = "<img src=x onerror=alert('label')>"
LABELS = {
    "HOST": HOSTILE_LABEL,
    "IRN": "Iran",
    "RUS": "Russia",
    "UKR": "Ukraine",
    "USA": "United States",
    "BLR": "Belarus",
    "CHN": "China",
}
HOSTILE_OUTLET = "<img src=x onerror=alert('outlet')>"


def _rel(
    source: str,
    target: str,
    quad: int,
    day: dt.date | None,
    sentence: str,
    doc: str,
    outlet: str = "Wire",
) -> Relation:
    def mention(actor: str) -> Mention:
        return Mention(
            id=actor, label=LABELS[actor], type="state", code=actor, start=0, end=1, text=LABELS[actor]
        )

    return Relation(
        doc_id=doc,
        sentence=Span(start=0, end=len(sentence), text=sentence),
        source=mention(source),
        target=mention(target),
        relation={1: "meet", 2: "supply", 3: "criticise", 4: "attack"}[quad],
        cameo={1: "036", 2: "070", 3: "111", 4: "190"}[quad],
        quad_class=quad,
        polarity="cooperative" if quad < 3 else "conflictual",
        intensity={1: 4.0, 2: 7.4, 3: -4.0, 4: -10.0}[quad],
        symmetric=quad == 1,
        confidence=0.8,
        trigger=Span(start=0, end=1, text=sentence.split()[1]),
        doc=DocumentInfo(
            id=doc, date=day, source=outlet, title=f"<b>{doc}</b>", url=f"https://news.example.org/{doc}"
        ),
    )


def time_relations() -> list[Relation]:
    """Six months of a war and its friends; one delivery told by three outlets, one a copy."""
    d = dt.date
    places = ["Kyiv", "Lviv", "Odesa", "Kharkiv", "Dnipro", "Sumy"]
    attacks = [
        _rel(
            "RUS",
            "UKR",
            4,
            d(2024, month, 10),
            f"Russia struck {places[month - 1]} at dawn.",
            f"attack{month}",
        )
        for month in range(1, 7)
    ]
    attacks.append(_rel("RUS", "UKR", 4, d(2024, 3, 20), "Russia shelled Zaporizhzhia.", "attack3b"))
    delivery = "Iran delivered 200 Shahed drones to Russia on Monday."
    return [
        *attacks,
        _rel("UKR", "RUS", 3, d(2024, 2, 1), "Ukraine condemned Russia.", "condemn"),
        _rel("IRN", "RUS", 2, d(2024, 3, 4), delivery, "wire", "Global Wire"),
        _rel("IRN", "RUS", 2, d(2024, 3, 5), delivery, "courier", HOSTILE_OUTLET),
        _rel(
            "IRN",
            "RUS",
            2,
            d(2024, 3, 5),
            "Iran sent Russia 200 Shahed drones this week.",
            "herald",
            "Herald",
        ),
        _rel("IRN", "RUS", 2, d(2024, 5, 2), HOSTILE, "hostile", "Wire"),
        _rel("BLR", "RUS", 1, d(2024, 4, 1), "Belarus and Russia held talks.", "talks"),
        _rel("CHN", "RUS", 1, d(2024, 6, 1), "China and Russia met in Beijing.", "beijing"),
        _rel("HOST", "RUS", 1, d(2024, 6, 2), "The guests and Russia met in Minsk.", "guests"),
        _rel("USA", "UKR", 2, d(2024, 1, 20), "The United States sent Ukraine missiles.", "aid"),
        _rel("USA", "IRN", 3, None, "The United States criticised Iran.", "undated"),
    ]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        browser = _launch(pw)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return build_graph(time_relations())


@pytest.fixture
def open_page(browser: Browser) -> Iterator:
    contexts = []

    def _open(path: Path, ready: str = "window.graphkit && window.graphkit.ready") -> Session:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
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
        if ready:
            wait_until(page, ready)
        return session

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture
def time_page(graph: nx.MultiDiGraph, tmp_path: Path, open_page) -> Session:
    return open_page(write_html(graph, tmp_path / "time.html", title="Time"))


def _expected(graph: nx.MultiDiGraph, first: str, last: str, undated: bool = True) -> dict[str, int]:
    """Visible actors and relations when the evidence dated first..last (and undated, if on) shows."""
    edges = [
        (u, v)
        for u, v, data in graph.edges(data=True)
        if any(
            (e["date"] is None and undated) or (e["date"] and first <= e["date"] <= last)
            for e in data["evidence"]
        )
    ]
    return {"nodes": len({n for edge in edges for n in edge}), "edges": len(edges)}


def _inert(session: Session) -> None:
    """Nothing hostile ran or became an element, and nothing was fetched."""
    page = session.page
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.querySelectorAll('script:not([type])').length") == 2  # vis + page
    assert page.locator("#gk-panel b, #gk-panel script").count() == 0
    assert session.dialogs == []
    assert session.errors == []
    assert session.requests == [session.url]


def test_time_slider_window_changes_visible_edges(graph: nx.MultiDiGraph, time_page: Session) -> None:
    page = time_page.page
    months = time_page.data()["months"]
    assert months == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    assert time_page.counts() == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    # keyboard on the real sliders: January to February
    page.focus("#gk-slider-to")
    for _ in range(4):
        page.keyboard.press("ArrowLeft")
    assert page.input_value("#gk-to") == "2024-02-29"
    assert page.inner_text("#gk-window") == "2024-01 to 2024-02"
    early = _expected(graph, "2024-01-01", "2024-02-29")
    assert time_page.counts() == early
    # April to June
    page.focus("#gk-slider-to")
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    page.focus("#gk-slider-from")
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    assert page.inner_text("#gk-window") == "2024-04 to 2024-06"
    late = _expected(graph, "2024-04-01", "2024-06-30")
    assert time_page.counts() == late
    assert late != early
    # widths follow the window: Iran → Russia holds one event from April on, not two
    supply = time_page.edge_id("IRN", "RUS", "supply")
    assert page.evaluate(f"window.graphkit.edges.get('{supply}').width") == 1
    # the undated switch: the United States' undated criticism of Iran goes
    page.uncheck("#gk-undated")
    assert time_page.counts() == _expected(graph, "2024-04-01", "2024-06-30", undated=False)
    _inert(time_page)


def test_time_play_steps_through_months(graph: nx.MultiDiGraph, time_page: Session) -> None:
    page = time_page.page
    seen: list[tuple[str, int]] = []
    page.click("#gk-play")
    assert page.get_attribute("#gk-play", "aria-pressed") == "true"
    deadline = dt.datetime.now() + dt.timedelta(seconds=20)
    while page.evaluate("window.graphkit.playing") and dt.datetime.now() < deadline:
        window = page.inner_text("#gk-window")
        if not seen or seen[-1][0] != window:
            seen.append((window, time_page.counts()["edges"]))
        page.wait_for_timeout(60)
    windows = [w for w, _ in seen]
    assert windows == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]
    for window, edges in seen:
        month = window
        last = f"{month}-31"
        assert edges == _expected(graph, f"{month}-01", last)["edges"], window
    assert page.inner_text("#gk-play") == "Play"


def test_time_dyad_timeline_counts_events_by_month_and_class(time_page: Session) -> None:
    page = time_page.page
    attack = time_page.edge_id("RUS", "UKR", "attack")
    page.evaluate(f"window.graphkit.selectEdge('{attack}')")
    bars = page.locator("#gk-panel svg rect.gk-bar")
    by_month: dict[tuple[str, str], int] = {}
    for i in range(bars.count()):
        bar = bars.nth(i)
        key = (bar.get_attribute("data-month") or "", bar.get_attribute("data-quad") or "")
        by_month[key] = int(bar.get_attribute("data-events") or 0)
    # both directions of the pair: Russia's attacks (class 4) and Ukraine's condemnation (class 3)
    assert by_month == {
        ("2024-01", "4"): 1,
        ("2024-02", "4"): 1,
        ("2024-02", "3"): 1,
        ("2024-03", "4"): 2,
        ("2024-04", "4"): 1,
        ("2024-05", "4"): 1,
        ("2024-06", "4"): 1,
    }
    means = page.locator("#gk-panel svg circle.gk-goldstein-point")
    february = [means.nth(i).get_attribute("data-mean") for i in range(means.count())
                if means.nth(i).get_attribute("data-month") == "2024-02"]  # fmt: skip
    assert february == ["-7.00"]  # mean of -10 and -4
    assert "8 events by month" in page.inner_text("#gk-panel figcaption")
    # real click on the line between the two actors opens the same panel
    page.evaluate("window.graphkit.network.unselectAll()")
    point = page.evaluate(
        f"(() => {{ const n = window.graphkit.network; n.fit({{animation: false}});"
        f" return n.canvasToDOM(n.body.edges['{attack}'].edgeType.getPoint(0.5)); }})()"
    )
    box = page.locator("#gk-network canvas").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.evaluate("window.graphkit.network.getSelectedEdges()") == [attack]
    assert page.locator("#gk-panel svg rect.gk-bar").count() == len(by_month)
    _inert(time_page)


def test_time_event_with_several_reports_in_the_panel(time_page: Session) -> None:
    page = time_page.page
    supply = time_page.edge_id("IRN", "RUS", "supply")
    page.evaluate(f"window.graphkit.selectEdge('{supply}')")
    panel = page.locator("#gk-panel")
    assert panel.locator(".gk-event-count").inner_text() == "2 events in 4 of 4 sentences pass the filters"
    events = panel.locator(".gk-event")
    assert events.count() == 2
    delivery = events.nth(0)
    reports = delivery.locator(".gk-report")
    assert reports.count() == 3
    assert "3 reports" in delivery.inner_text()
    assert delivery.locator(".gk-verbatim").count() == 1
    copy = reports.filter(has=page.locator(".gk-verbatim"))
    assert HOSTILE_OUTLET in copy.inner_text()  # the outlet's name, shown as text
    assert reports.nth(2).locator("q").inner_text() == "Iran sent Russia 200 Shahed drones this week."
    links = delivery.locator("a")
    assert [links.nth(i).get_attribute("href") for i in range(links.count())] == [
        "https://news.example.org/wire",
        "https://news.example.org/courier",
        "https://news.example.org/herald",
    ]
    assert "<b>wire</b>" in links.nth(0).inner_text()
    assert HOSTILE in events.nth(1).inner_text()
    # the actor panel counts events: Iran's supply to Russia is two, not four sentences
    page.evaluate("window.graphkit.selectNode('IRN')")
    assert "\u2192 supply (2)" in panel.inner_text()
    _inert(time_page)


def test_time_actors_drawn_setting_and_groups_of_allies(graph: nx.MultiDiGraph, time_page: Session) -> None:
    page = time_page.page
    page.fill("#gk-top-n", "3")
    page.press("#gk-top-n", "Tab")  # a number input commits its value on leaving it
    assert page.evaluate("window.graphkit.nodes.length") == 3
    assert set(page.evaluate("window.graphkit.drawn")) == {"RUS", "UKR", "IRN"}
    page.fill("#gk-top-n", str(graph.number_of_nodes()))
    page.press("#gk-top-n", "Tab")
    assert page.evaluate("window.graphkit.nodes.length") == graph.number_of_nodes()
    # groups of allies: communities of the cooperation graph
    groups = {a: v["community"] for a, v in time_page.data()["actors"].items()}
    assert groups["RUS"] == groups["IRN"] == groups["BLR"] == groups["CHN"] == groups["HOST"]
    assert groups["UKR"] == groups["USA"] != groups["RUS"]
    page.select_option("#gk-colour", "community")
    colour = page.evaluate("window.graphkit.nodes.get('RUS').color.background")
    assert colour != page.evaluate("window.graphkit.nodes.get('UKR').color.background")
    page.check("#gk-collapse")
    clusters = page.evaluate(
        "(() => { const n = window.graphkit.network;"
        " return Object.keys(n.body.nodes).filter((id) => n.isCluster(id)); })()"
    )
    assert clusters, "a group of three or more allies collapses into one node"
    # the group's tooltip names its members, the hostile label among them, as text
    title = page.evaluate(f"window.graphkit.network.body.nodes['{clusters[0]}'].options.title")
    assert HOSTILE_LABEL in title
    page.uncheck("#gk-collapse")
    assert not page.evaluate(
        "Object.keys(window.graphkit.network.body.nodes).some((id) => window.graphkit.network.isCluster(id))"
    )
    _inert(time_page)


def test_time_report_page_is_inert(graph: nx.MultiDiGraph, tmp_path: Path, open_page) -> None:
    result = changes(graph, dt.date(2024, 4, 1), dt.date(2024, 6, 30), "previous")
    _, html_path = write_report(result, tmp_path)
    session = open_page(html_path, ready="")
    page = session.page
    assert page.title() == "What changed: 2024-04-01 to 2024-06-30"
    sections = page.locator("section.report-section h2").all_inner_texts()
    assert sections == ["New dyads", "Balance shifts", "Actors rising", "Actors falling"]
    new = page.locator("section.report-section").nth(0)
    assert "Belarus \u2013 Russia" in new.inner_text()
    assert f"{HOSTILE_LABEL} \u2013 Russia" in new.inner_text()
    text = page.inner_text("body")
    assert HOSTILE in text
    assert page.evaluate("document.querySelectorAll('img, script, iframe').length") == 0
    assert session.dialogs == [] and session.errors == [] and session.requests == [session.url]


def slider_screenshot(html_path: Path, png_path: Path, first: int, last: int, edge: tuple[str, str]) -> Path:
    """The page with the slider at months ``first``..``last`` and the relation ``edge`` opened.

    ``python tests/test_time_view.py PAGE PNG`` makes ``docs/time-slider.png`` from the seed
    corpus's page (``graphkit build corpus/ --out out/``).
    """
    with sync_playwright() as pw:
        own = _launch(pw)
        try:
            page = own.new_page(viewport={"width": 1400, "height": 860})
            page.goto(html_path.resolve().as_uri())
            wait_until(page, "window.graphkit && window.graphkit.ready")
            page.evaluate(f"window.graphkit.setWindow({first}, {last})")
            relations = page.evaluate(
                "JSON.parse(document.getElementById('graphkit-data').textContent).relations"
            )
            chosen = next(i for i, r in relations.items() if (r["source"], r["target"]) == edge)
            page.evaluate(f"window.graphkit.selectEdge('{chosen}')")
            page.screenshot(path=str(png_path))
        finally:
            own.close()
    return png_path


if __name__ == "__main__":
    import sys

    if len(sys.argv) != 3:
        sys.exit("usage: python tests/test_time_view.py PAGE.html OUT.png")
    print(slider_screenshot(Path(sys.argv[1]), Path(sys.argv[2]), 4, 7, ("IRN", "RUS")))
