"""Reading HTML pages: only the article's text, the article's title, and under-read pages reported.

Every page is written here; nothing is fetched.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from trafilatura.settings import Document as Page

from graphkit.api import KnowledgeGraph
from graphkit.corpus import CorpusReport, read_corpus
from graphkit.corpus.webpage import read_page
from graphkit.extraction import Extractor

FACT = "Iran and Russia signed a new agreement on energy cooperation in Tehran on Tuesday, officials said."


def _para(i: int) -> str:
    return f"<p>Paragraph {i}: {FACT} The talks lasted many hours and covered gas, oil and nuclear power.</p>"


def _blocks(n: int, tag: str = "div") -> str:
    return "".join(
        f"<{tag}>Part {i}. {FACT} More words follow here about the pact and its terms.</{tag}>"
        for i in range(n)
    )


ARTICLE_WITH_BOILERPLATE = f"""<!doctype html>
<html><head><title>Iran and Russia sign energy pact - World - The Wire</title>
<meta property="og:site_name" content="The Wire"></head>
<body>
<div class="top"><a href="/">Home</a> <a href="/world">World</a> <a href="/politics">Politics</a></div>
<article>
<h1>Iran and Russia sign energy pact</h1>
<div><a href="https://facebook.com/sharer">Share on Facebook</a> <a href="https://x.com/intent">Share on X</a>
<a href="mailto:?">Email</a></div>
{_para(0)}
<p>Read more: <a href="/a">Gazprom shares rise after Tehran visit</a></p>
{_para(1)}
<p>Share prices in Moscow rose after the announcement, traders said.</p>
{_para(2)}
<h2>Related</h2>
<ul>
<li><a href="/b">Turkey hosts Ukraine peace talks in Istanbul</a></li>
<li><a href="/c">China and Brazil expand soybean trade deal</a></li>
<li><a href="/d">Japan protests North Korean missile launch</a></li>
</ul>
<div><h3>More from World</h3>
<div><a href="/e">Egypt mediates ceasefire between Israel and Hamas</a></div>
<div><a href="/f">India and Pakistan trade fire across Kashmir line</a></div>
</div>
<p><a href="https://twitter.com/thewire">Follow us on Twitter</a></p>
</article>
<div><a href="/g">Privacy</a> <a href="/h">Terms</a> <a href="/i">Contact</a></div>
</body></html>
"""

RELATED = [
    "Gazprom shares rise",
    "Turkey hosts Ukraine",
    "China and Brazil",
    "Japan protests",
    "Egypt mediates",
    "India and Pakistan",
    "More from World",
    "Related",
]
SHARE = ["Share on Facebook", "Share on X", "Follow us on Twitter", "Email"]


def _read(tmp_path: Path, name: str, html: str) -> tuple[list[str], list[str | None], CorpusReport]:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    report = CorpusReport()
    docs = list(read_corpus([path], report=report))
    return [d.text for d in docs], [d.title for d in docs], report


def test_related_lists_and_share_buttons_are_not_article_text(tmp_path: Path) -> None:
    (text,), (title,), report = _read(tmp_path, "pact.html", ARTICLE_WITH_BOILERPLATE)
    for i in range(3):
        assert f"Paragraph {i}: {FACT}" in text
    assert "Share prices in Moscow rose" in text  # an article sentence that starts like a button
    for phrase in RELATED + SHARE:
        assert phrase not in text, phrase
    assert title == "Iran and Russia sign energy pact"
    assert report.problems == []


def test_a_boilerplate_class_name_around_the_whole_story_is_not_obeyed() -> None:
    story = "".join(_para(i) for i in range(4))
    html = (
        f"<html><body><div class='post share-wrapper'>{story}<p>Read more about the pact below.</p>"
        f"<p>Share prices rose.</p></div><div class='related'><a href='/x'>Other story</a></div>"
        "</body></html>"
    )
    text = read_page(html).text
    assert (
        "Paragraph 3:" in text and "Read more about the pact below." in text and "Share prices rose." in text
    )
    assert "Other story" not in text


def test_the_boilerplate_would_be_read_without_the_cleaning() -> None:
    """The page is a real test: trafilatura on its own keeps some of what the reader cuts out."""
    page = trafilatura.bare_extraction(ARTICLE_WITH_BOILERPLATE, favor_recall=True)
    assert isinstance(page, Page) and page.text
    assert any(phrase in page.text for phrase in RELATED + SHARE)


def test_share_button_is_never_the_title(tmp_path: Path) -> None:
    html = f"""<html><head><title>Sanctions Weekly | Newsletter | The Brief</title></head><body>
    <div><h1><a href="https://twitter.com/brief">Follow us on Twitter</a></h1></div>
    <div><h1>Share on Facebook</h1></div>
    <main>{_para(0)}{_para(1)}{_para(2)}</main></body></html>"""
    (text,), (title,), _ = _read(tmp_path, "letter.html", html)
    assert title == "Sanctions Weekly"
    assert "Follow us on Twitter" not in text and "Share on Facebook" not in text


@pytest.mark.parametrize(
    ("head", "body_title", "expected"),
    [
        (
            '<meta property="og:title" content="Iran and Oman hold talks">',
            "Share this article",
            "Iran and Oman hold talks",
        ),
        (
            "<title>Follow us on Twitter</title>",
            "<h1>Iran and Oman hold talks</h1>",
            "Iran and Oman hold talks",
        ),
        ("<title>Iran and Oman hold talks – Middle East – Wire</title>", "", "Iran and Oman hold talks"),
        ("<title>Politics | Iran and Oman hold talks</title>", "", "Iran and Oman hold talks"),
        ("<title>Kim Jong Un - the man and the myth</title>", "", "Kim Jong Un - the man and the myth"),
        ("<title>Talks | Wire</title>", "<header><h1>The Wire</h1></header>", "Talks"),
        (
            "<title>Wire</title>",
            "<div><h1>The Wire</h1></div><main><h1>Talks resume</h1></main>",
            "Talks resume",
        ),
    ],
)
def test_title_comes_from_the_article(head: str, body_title: str, expected: str) -> None:
    html = f"<html><head>{head}</head><body>{body_title}<article>{_para(0)}{_para(1)}</article></body></html>"
    assert read_page(html).title == expected


def test_under_read_page_is_retried_favouring_recall(tmp_path: Path) -> None:
    # most of the story is in bare <div>s after the paragraphs: the balanced reading stops early
    paragraphs = "".join(_para(i) for i in range(4))
    html = f"<html><body><div>{paragraphs}</div><div><div>{_blocks(6)}</div></div></body></html>"
    balanced = trafilatura.bare_extraction(html)
    assert (
        isinstance(balanced, Page) and balanced.text and "Part 5." not in balanced.text
    )  # the page is under-read by default
    (text,), _, report = _read(tmp_path, "divs.html", html)
    assert "Paragraph 0:" in text and "Part 5." in text
    assert report.problems == []


def test_still_short_page_is_reported_in_one_line_and_kept(tmp_path: Path) -> None:
    # the story goes on in <section>s outside <main>'s <article>: not read even favouring recall
    paragraphs = "".join(_para(i) for i in range(3))
    html = (
        f"<html><head><title>Energy pact</title></head><body><main><article>{paragraphs}"
        f"</article>{_blocks(10, 'section')}</main></body></html>"
    )
    (text,), (title,), report = _read(tmp_path, "short.html", html)
    assert "Paragraph 2:" in text and title == "Energy pact"
    (problem,) = report.problems
    assert problem.severity == "warning" and problem.path == str(tmp_path / "short.html")
    assert "\n" not in str(problem)
    assert "even favouring recall" in problem.reason and "kept what was read" in problem.reason
    assert str(problem).startswith(f"{tmp_path / 'short.html'}: warning: main text is ")


def test_a_normal_page_is_not_reported(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Talks</title></head><body><header><a href='/'>Home</a></header><article>"
        f"<h1>Talks</h1>{_para(0)}{_para(1)}</article><footer>© The Wire 2025. All rights reserved.</footer>"
        "</body></html>"
    )
    (text,), (title,), report = _read(tmp_path, "talks.html", html)
    assert "Paragraph 1:" in text and "All rights reserved" not in text
    assert title == "Talks" and report.problems == []


def test_the_pipeline_reads_no_relation_from_related_links_or_buttons(
    extractor: Extractor, tmp_path: Path
) -> None:
    page = tmp_path / "pact.html"
    page.write_text(ARTICLE_WITH_BOILERPLATE, encoding="utf-8")
    kg = KnowledgeGraph.from_corpus(page, store=tmp_path / "kg.db", extractor=extractor)
    nodes = set(kg.graph.nodes)
    assert {"IRN", "RUS"} <= nodes
    # every related headline names a pair of states: none of them is in the graph
    assert not nodes & {"TUR", "UKR", "CHN", "BRA", "JPN", "PRK", "EGY", "ISR", "IND", "PAK"}
    (title,) = {e["title"] for evidence in kg.relations("Iran", "Russia")["evidence"] for e in evidence}
    assert title == "Iran and Russia sign energy pact"
