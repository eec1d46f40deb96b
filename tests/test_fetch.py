"""``graphkit add --feed/--urls`` against a real HTTP server that the test starts on 127.0.0.1.

The server (http.server in a thread) serves an RSS and an Atom feed, articles, a redirect, a
404, a response slower than the timeout, a redirect loop, a page that is not an article, a
page too large, a PDF report, an HTML page given as a feed, and a robots.txt that forbids a
folder. No other address is ever contacted.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from test_pdf_docx import HEIGHT, LEFT, lines_at, make_pdf

from conftest import RunCli
from graphkit.corpus import CorpusReport
from graphkit.corpus.fetch import Fetcher, FetchError, FetchOptions, fetch_documents, read_url_list
from graphkit.models import Document
from graphkit.store import Store

FAST = FetchOptions(timeout=0.5, retries=0, backoff=0.01, delay=0.0, max_bytes=200_000)

Reply = tuple[int, dict[str, str], bytes]
NOTHING: frozenset[str] = frozenset()


def article(title: str, sentence: str, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    filler = " ".join(["The talks went on for several hours, officials said, and covered many topics."] * 4)
    return (
        f"<!doctype html><html><head><title>{title} | The Wire</title>{meta}"
        '<meta property="og:site_name" content="The Wire"></head><body>'
        '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
        f"<article><h1>{title}</h1><p>{sentence}</p><p>{filler}</p></article>"
        "<footer>© The Wire</footer></body></html>"
    ).encode()


INDEX = (
    b"<!doctype html><html><head><title>Latest</title></head><body><ul>"
    + b"".join(f'<li><a href="/story/{i}">Story number {i}</a></li>'.encode() for i in range(30))
    + b"</ul></body></html>"
)


def rss(base: str, items: list[tuple[str, str, str | None]]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>{base}{path}</link><guid>{base}{path}</guid>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + "</item>"
        for title, path, date in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire feed</title>'
        f"<link>{base}/</link><description>News</description>{body}</channel></rss>"
    ).encode()


def atom(base: str, items: list[tuple[str, str]]) -> bytes:
    body = "".join(
        f'<entry><title>{title}</title><link href="{path}"/><id>tag:wire,2025:{path}</id>'
        "<updated>2025-04-02T08:00:00Z</updated></entry>"
        for title, path in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Wire atom</title><id>tag:wire,2025:feed</id><updated>2025-04-02T08:00:00Z</updated>"
        f'<link href="{base}/"/>{body}</feed>'
    ).encode()


@dataclass
class Server:
    base: str
    routes: dict[str, Callable[[], Reply]] = field(default_factory=dict)
    hits: Counter[str] = field(default_factory=Counter)
    agents: set[str] = field(default_factory=set)

    def page(self, path: str, body: bytes, kind: str = "text/html; charset=utf-8") -> None:
        self.routes[path] = lambda: (200, {"Content-Type": kind}, body)


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            state.hits[path] += 1
            state.agents.add(self.headers.get("User-Agent", ""))
            route = state.routes.get(path)
            status, headers, body = route() if route else (404, {"Content-Type": "text/plain"}, b"no")
            try:
                self.send_response(status)
                headers = {"Content-Length": str(len(body)), **headers}
                for name, value in headers.items():
                    if value:
                        self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    # a short poll, so that shutdown() at teardown returns at once rather than after half a second
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def slow() -> Reply:
    time.sleep(1.5)  # past FAST's 0.5 s timeout
    return 200, {"Content-Type": "text/html"}, article("Late", "Iran attacked Israel.")


def pdf_report() -> bytes:
    def page(text: str) -> Callable[..., None]:
        return lambda canvas, number: lines_at(canvas, LEFT, HEIGHT - 100, [text])

    return make_pdf(
        [page("An overview of the region follows."), page("Israel attacked Iran on Friday.")],
        title="Strikes report",
    )


def serve_world(server: Server) -> None:
    """The feeds, pages and failures of the tests."""
    base = server.base
    server.page("/robots.txt", b"User-agent: *\nDisallow: /private/\n", "text/plain")
    server.page("/a", article("Drones for Russia", "Iran supplied Russia with drones.", "2025-03-03"))
    server.page("/b", article("Talks in Doha", "Qatar hosted talks between Iran and the United States."))
    server.page("/c", article("Strikes in Syria", "Israel struck targets in Syria on Monday."))
    server.page("/d", article("Treaty", "Iran and Russia signed a treaty on energy.", "2024-11-20"))
    server.routes["/moved"] = lambda: (301, {"Location": "/b"}, b"")
    server.routes["/loop1"] = lambda: (302, {"Location": f"{base}/loop2"}, b"")
    server.routes["/loop2"] = lambda: (302, {"Location": "/loop1"}, b"")
    server.routes["/slow"] = slow
    server.page("/index", INDEX)
    server.page("/private/memo", article("Memo", "Iran met Russia."))
    server.page("/big", b"<html><body><p>" + b"Iran met Russia. " * 20_000 + b"</p></body></html>")
    flood = b"<html><body><p>" + b"Iran met Russia. " * 20_000 + b"</p></body></html>"
    server.routes["/flood"] = lambda: (200, {"Content-Type": "text/html", "Content-Length": ""}, flood)
    server.page("/photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
    server.page("/report.pdf", pdf_report(), "application/pdf")
    server.page(
        "/rss.xml",
        rss(
            base,
            [
                ("Drones for Russia", "/a", "Mon, 03 Mar 2025 10:00:00 GMT"),
                ("Talks", "/moved", "Tue, 04 Mar 2025 10:00:00 GMT"),
                ("Gone", "/missing", None),
                ("Late", "/slow", None),
                ("Loop", "/loop1", None),
                ("Latest", "/index", None),
                ("Secret", "/private/memo", None),
            ],
        ),
        "application/rss+xml",
    )
    server.page(
        "/atom.xml", atom(base, [("Strikes in Syria", "/c"), ("Drones again", "/a")]), "application/atom+xml"
    )
    server.page(
        "/news",
        b'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        b"</head><body><p>News</p></body></html>",
    )


def fetch(
    server: Server, *, feeds: Sequence[str] = (), urls: Path | None = None, known: frozenset[str] = NOTHING
) -> tuple[list[Document], list[str]]:
    """The documents fetched, and the report's lines with the server's address left out."""
    report = CorpusReport()
    docs = list(
        fetch_documents(
            feeds=[server.base + feed for feed in feeds],
            url_files=[urls] if urls else [],
            known=known,
            report=report,
            options=FAST,
        )
    )
    lines = [str(p).replace(server.base, "") for p in report.problems]
    return docs, lines


def test_fetch_rss_and_atom_add_exactly_the_good_articles(server: Server) -> None:
    serve_world(server)
    docs, lines = fetch(server, feeds=["/rss.xml", "/atom.xml"])
    base = server.base
    assert [d.id for d in docs] == [f"{base}/a", f"{base}/moved", f"{base}/c"]
    a, moved, c = docs
    # the feed's date and title win; the page gives the text, its site and the final URL
    assert (a.title, a.date, a.source, a.url) == (
        "Drones for Russia",
        dt.date(2025, 3, 3),
        "The Wire",
        f"{base}/a",
    )
    assert "Iran supplied Russia with drones." in a.text and "Home" not in a.text
    assert (moved.url, moved.date, moved.title) == (f"{base}/b", dt.date(2025, 3, 4), "Talks")
    assert c.date == dt.date(2025, 4, 2)  # the Atom entry's <updated>
    assert sorted(lines) == sorted(
        [
            "/missing: skipped: HTTP 404 Not Found",
            "/slow: skipped: timed out (0.5 s)",
            "/loop1: skipped: redirect loop (/loop1 → /loop2 → /loop1)",
            "/index: skipped: not an article: no main text in the page",
            "/private/memo: skipped: disallowed by the site's robots.txt",
            "/atom.xml: note: 1 link already in the store; not fetched again",
        ]
    ), lines
    assert server.hits["/a"] == 1 and server.hits["/private/memo"] == 0  # robots.txt honoured
    assert server.hits["/robots.txt"] == 1
    assert all(agent.startswith("graphkit/") for agent in server.agents)


def test_fetch_second_run_fetches_nothing_new(server: Server) -> None:
    serve_world(server)
    first, _ = fetch(server, feeds=["/rss.xml", "/atom.xml"])
    known = frozenset({d.id for d in first} | {d.url for d in first if d.url})
    before = server.hits.copy()
    again, lines = fetch(server, feeds=["/rss.xml", "/atom.xml"], known=known)
    assert again == []
    fetched = server.hits - before
    # only the feeds themselves, robots.txt, and the failures (which are tried again)
    assert set(fetched) <= {
        "/rss.xml",
        "/atom.xml",
        "/robots.txt",
        "/missing",
        "/slow",
        "/loop1",
        "/loop2",
        "/index",
    }
    assert not {"/a", "/b", "/c", "/moved"} & set(fetched)
    assert "/rss.xml: note: 2 links already in the store; not fetched again" in lines


def test_fetch_url_list_pages_pdf_and_failures(server: Server, tmp_path: Path) -> None:
    serve_world(server)
    listing = tmp_path / "links.txt"
    base = server.base
    listing.write_text(
        f"# reading list\n{base}/d\n{base}/report.pdf\n\n{base}/big\n{base}/photo.png\n{base}/flood\n"
        f"mailto:desk@example.org\n{base}/d#again\n"
    )
    docs, lines = fetch(server, urls=listing)
    assert [d.id for d in docs] == [f"{base}/d", f"{base}/report.pdf"]
    page, report = docs
    assert (page.date, page.title, page.pages) == (
        dt.date(2024, 11, 20),
        "Treaty",
        None,
    )  # the page's own date
    assert report.title == "Strikes report" and report.pages is not None and len(report.pages) == 2
    assert report.page_at(report.text.index("Israel attacked")) == 2
    assert sorted(lines) == sorted(
        [
            "/big: skipped: 340033 bytes, over the limit of 200000 bytes (--max-bytes)",
            "/flood: skipped: over the limit of 200000 bytes (--max-bytes)",
            "/photo.png: skipped: not an article: the server sent image/png, not an HTML page",
            f"{listing}:8: skipped: 'mailto:desk@example.org': not an http(s) URL",
            f"{listing}: note: 1 link already in the store; not fetched again",
        ]
    ), lines


def test_fetch_feed_that_is_html_names_its_feed(server: Server) -> None:
    serve_world(server)
    docs, lines = fetch(server, feeds=["/news", "/missing-feed"])
    assert docs == []
    assert lines == [
        "/news: skipped: not a feed: the server sent an HTML page; it names a feed: /rss.xml "
        "(give that to --feed)",
        "/missing-feed: skipped: feed: HTTP 404 Not Found",
    ]


def test_fetch_retries_with_backoff_and_keeps_a_delay_per_host(server: Server) -> None:
    serve_world(server)
    replies = iter(
        [
            (503, {"Retry-After": "0"}, b"busy"),
            (200, {"Content-Type": "text/html"}, article("T", "Iran met Russia.")),
        ]
    )
    server.routes["/flaky"] = lambda: next(replies)
    options = FetchOptions(timeout=0.5, retries=2, backoff=0.05, delay=0.3)
    with Fetcher(options) as fetcher:
        started = time.monotonic()
        response = fetcher.get(server.base + "/flaky")
        elapsed = time.monotonic() - started
    assert response.body.startswith(b"<!doctype html>")
    assert server.hits["/flaky"] == 2
    # robots.txt, the 503 and the retry: three requests to one host, 0.3 s apart at least
    assert elapsed >= 0.6
    patient = FetchOptions(timeout=0.3, retries=1, backoff=0.01, delay=0.0)
    with Fetcher(patient) as fetcher, pytest.raises(FetchError, match=r"^timed out after 2 tries \(0.3 s\)$"):
        fetcher.get(server.base + "/slow")


def test_fetch_robots_txt_that_cannot_be_fetched_leaves_the_host_alone(
    server: Server, tmp_path: Path
) -> None:
    server.routes["/robots.txt"] = lambda: (500, {}, b"oops")
    server.page("/a", article("A", "Iran met Russia."))
    listing = tmp_path / "links.txt"
    listing.write_text(f"{server.base}/a\n")
    docs, lines = fetch(server, urls=listing)
    assert docs == []
    assert lines == [
        "/a: skipped: robots.txt cannot be fetched (HTTP 500 Internal Server Error); the host is left alone"
    ]
    assert server.hits["/a"] == 0


def test_url_list_reading() -> None:
    report = CorpusReport()
    text = "\ufeff https://a.example/x \n#c\nhttp://b.example/y#frag\nnot a url\n"
    assert read_url_list(text, "l.txt", report) == ["https://a.example/x", "http://b.example/y"]
    assert [str(p) for p in report.problems] == ["l.txt:4: skipped: 'not a url': not an http(s) URL"]


def test_cli_add_feed_and_urls_incrementally(server: Server, tmp_path: Path, run_cli: RunCli) -> None:
    serve_world(server)
    listing = tmp_path / "links.txt"
    listing.write_text(f"{server.base}/d\n{server.base}/report.pdf\n{server.base}/a\n")
    store = tmp_path / "kg.db"
    args = [
        "add", "--feed", f"{server.base}/rss.xml", "--feed", f"{server.base}/atom.xml",
        "--urls", str(listing), "--store", str(store),
        "--timeout", "0.5", "--delay", "0", "--retries", "0", "-q",
    ]  # fmt: skip
    first = run_cli(*args)
    assert first.returncode == 2  # some entries failed: each one line
    assert first.stdout.startswith("read 5, skipped 5, extracted 5, unchanged 0"), first.stdout
    assert first.stderr.count("skipped:") == 5 and "Traceback" not in first.stderr
    with Store(store) as kg:
        ids = {doc.id for doc, _ in kg.documents()}
        relations = {(r.doc_id.removeprefix(server.base), r.page) for r in kg.relations()}
    base = server.base
    assert ids == {f"{base}{p}" for p in ("/a", "/moved", "/c", "/d", "/report.pdf")}
    assert ("/report.pdf", 2) in relations and ("/a", None) in relations
    good = {"/a", "/b", "/c", "/d", "/report.pdf"}
    before = server.hits.copy()
    again = run_cli(*args)
    assert again.returncode == 2
    assert again.stdout.startswith("read 0, skipped 5, extracted 0, unchanged 5"), again.stdout
    assert not good & set(server.hits - before)  # nothing already stored is fetched again
    nothing = run_cli("add", "--store", str(store))
    assert nothing.returncode == 1
    assert nothing.stderr.strip() == "graphkit: error: graphkit add needs a PATH, --feed URL or --urls FILE"


def test_reading_a_corpus_never_imports_the_network_code() -> None:
    import subprocess
    import sys

    code = (
        "import sys, graphkit.build, graphkit.cli, graphkit.corpus;"
        "print(sorted(m for m in ('httpx', 'feedparser', 'graphkit.corpus.fetch') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
