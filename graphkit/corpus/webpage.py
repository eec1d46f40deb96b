"""The article in an HTML page: its main text, its title, and whether the text was under-read.

Before trafilatura sees the page, what is never article text is cut out of it: navigation,
asides, forms and buttons, related-article blocks ("Related", "More from …", "Read more"),
lists whose items are links, and share or follow buttons. The text is then extracted with
trafilatura's balanced settings; when it is much shorter than the page's visible text (what
remains of the body once that boilerplate is gone), it is extracted again favouring recall,
and the longer reading is kept. If it is still short, :func:`read_page` says so, and the
caller reports it and keeps what was read.

The title is the article's own: ``og:title`` (or ``twitter:title``), else the page's first
``<h1>``, else ``<title>`` cleaned of its site suffix ("Talks in Doha | Wire" → "Talks in Doha"),
never the text of a share or follow button.

>>> page = read_page(
...     "<html><head><title>Talks in Doha | Wire</title></head><body><article>"
...     "<p>Qatar hosted talks between Iran and the United States on Monday.</p>"
...     "<h2>Related</h2><ul><li><a href='/a'>Iran and Oman</a></li><li><a href='/b'>Gaza</a></li></ul>"
...     "<a href='https://x.com/share'>Share on X</a></article></body></html>"
... )
>>> page.title, page.text, page.short
('Talks in Doha', 'Qatar hosted talks between Iran and the United States on Monday.', None)
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

import trafilatura
from lxml.html import HtmlElement
from trafilatura.settings import Document as Page
from trafilatura.utils import load_html

__all__ = ["SHORT_RATIO", "HtmlPage", "read_page"]

SHORT_RATIO = 0.5
"""A reading with fewer words than this share of the page's visible text is short."""

_MIN_MISSING_WORDS = 40
"""…and only when at least this many words are missing (a short page's byline is not an article)."""

_DROP_TAGS = ("nav", "aside", "form", "button", "noscript", "template", "iframe", "svg", "select", "dialog")
_NEVER_DROPPED = {"html", "body", "main", "article"}

_BOILERPLATE_NAME = re.compile(
    r"(?:^|[-_\s])(?:related|more-?from|read-?more|see-?also|recommend\w*|most-?(?:read|popular)|"
    r"popular|trending|share\w*|social|follow|newsletter|subscribe|signup|sign-up|breadcrumbs?|"
    r"navigation|navbar|nav|menu|sidebar|promo|outbrain|taboola|teaser-list|further-reading)(?:$|[-_\s])",
    re.IGNORECASE,
)
_RELATED_HEADING = re.compile(
    r"^\W*(?:related(?:\s+(?:articles?|stories|content|coverage|news|reading|topics?|posts?))?|"
    r"more\s+(?:from|on|in|about|stories|news|coverage)\b.*|read\s+(?:more|also|next)\b.*|"
    r"see\s+also|also\s+read|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?|"
    r"most\s+(?:read|popular|viewed)|popular\s+(?:now|stories)|trending(?:\s+now)?|"
    r"further\s+reading|latest\s+(?:news|stories))\W*$",
    re.IGNORECASE,
)
_SHARE_PHRASE = (
    r"(?:(?:follow|like|join|find)\s+us(?:\s+on\s+\w+)?"
    r"|share(?:\s+(?:this|the)(?:\s+(?:article|story|page|post))?)?(?:\s+(?:on|via|to|with)\s+\w+)?"
    r"|tweet(?:\s+this)?|pin\s+it|e-?mail(?:\s+(?:this|a\s+friend))?|print(?:\s+this)?|copy\s+link"
    r"|subscribe(?:\s+to\s+(?:our|the)\s+newsletter)?|sign\s+up(?:\s+for\s+(?:our|the)\s+newsletter)?"
    r"|facebook|twitter|x|linkedin|whatsapp|instagram|telegram|bluesky|reddit|youtube|tiktok|mastodon"
    r"|threads|flipboard)"
)
_SHARE_TEXT = re.compile(rf"^(?:\W*{_SHARE_PHRASE})+\W*$", re.IGNORECASE)
_TITLE_SEPARATORS = re.compile(r"(\s+[|\-–—·•»]\s+|\s*\|\s*)")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class HtmlPage:
    """What was read from a page."""

    text: str
    """Main text ('' when none was found)."""
    title: str | None
    date: str | None
    url: str | None
    source: str | None
    short: str | None = None
    """Why the text looks under-read (it is still kept), or None."""


class UnreadablePage(ValueError):
    """The HTML cannot be parsed at all."""


def read_page(html: str) -> HtmlPage:
    """Read ``html``; raise :class:`UnreadablePage` if it cannot be parsed."""
    tree = load_html(html)
    if tree is None:
        raise UnreadablePage("no HTML document in the file")
    title = article_title(tree)
    clean = copy.deepcopy(tree)
    _drop_boilerplate(clean)
    visible = _words(_visible_text(clean))
    page = _extract(clean, favor_recall=False)
    words = _words(page.text if page else "")
    retried = False
    if _is_short(words, visible):
        retried = True
        recall = _extract(clean, favor_recall=True)
        if recall is not None and _words(recall.text) > words:
            page, words = recall, _words(recall.text)
    short = None
    if _is_short(words, visible) and words:
        share = round(100 * words / visible)
        short = (
            f"main text is {words} words, {share}% of the page's {visible} visible words"
            f"{' even favouring recall' if retried else ''}; kept what was read"
        )
    if page is None:
        return HtmlPage("", title, None, None, None, short)
    return HtmlPage(
        page.text or "",
        title or _clean_title(page.title, page.sitename),
        page.date,
        page.url,
        page.sitename,
        short,
    )


def article_title(tree: HtmlElement) -> str | None:
    """og:title / twitter:title, else the first <h1>, else <title> without its site suffix."""
    site = _meta(tree, "og:site_name")
    for name in ("og:title", "twitter:title"):
        if title := _clean_title(_meta(tree, name), site):
            return title
    site_key = _key(site) if site else None
    # the story's own <h1> first; a site header's logo ("<h1>The Wire</h1>") is not a title
    in_story = [h1 for h1 in tree.iter("h1") if any(a.tag in {"article", "main"} for a in h1.iterancestors())]
    for h1 in in_story + [h1 for h1 in tree.iter("h1") if h1 not in in_story]:
        if _in_boilerplate(h1) or (site_key and _key(h1.text_content()) == site_key):
            continue
        if title := _clean_title(h1.text_content(), None):
            return title
    for element in tree.iter("title"):
        if title := _clean_title(element.text_content(), site):
            return title
    return None


def _clean_title(raw: str | None, site: str | None) -> str | None:
    """``raw`` without the site name or sections around it; None for empty or share-button text.

    Trailing parts ("… - World - Wire") go when they are short names; leading ones
    ("Politics | …") only before a "|", so that "Kim Jong Un - the man and the myth" stays whole.
    """
    if not raw:
        return None
    title = " ".join(raw.split())
    pieces = _TITLE_SEPARATORS.split(title)
    parts, seps = pieces[0::2], pieces[1::2]
    if len(parts) > 1 and all(p.strip() for p in parts):
        site_key = _key(site) if site else None
        head = max(range(len(parts)), key=lambda i: (_key(parts[i]) != site_key, len(parts[i])))
        before_ok = all(
            (_key(parts[i]) == site_key or _is_name(parts[i])) and "|" in seps[i] for i in range(head)
        )
        after_ok = all(_key(p) == site_key or _is_name(p) for p in parts[head + 1 :])
        if before_ok and after_ok:
            title = parts[head]
    title = title.strip()
    if not title or len(title) > 300 or _SHARE_TEXT.match(title):
        return None
    return title


def _is_name(part: str) -> bool:
    """A site or section name: a few words, each capitalised or a short joining word."""
    words = part.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w[:1].isdigit() or len(w) <= 3 for w in words)


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def _meta(tree: HtmlElement, name: str) -> str | None:
    for meta in tree.iter("meta"):
        if name in {meta.get("property"), meta.get("name")}:
            content = meta.get("content")
            if content and content.strip():
                return content
    return None


def _extract(tree: HtmlElement, *, favor_recall: bool) -> Page | None:
    page = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        with_metadata=True,
        include_comments=False,
        favor_recall=favor_recall,
        deduplicate=False,
    )
    return page if isinstance(page, Page) else None


def _is_short(words: int, visible: int) -> bool:
    return words < SHORT_RATIO * visible and visible - words >= _MIN_MISSING_WORDS


def _words(text: str | None) -> int:
    return len(_WORD.findall(text or ""))


def _visible_text(tree: HtmlElement) -> str:
    body = tree.find(".//body")
    root = body if body is not None else tree
    skipped = {"script", "style", "head", "title", "meta", "link"}
    texts: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in skipped:
            if element.tail:
                texts.append(element.tail)
            continue
        if element.text:
            texts.append(element.text)
        if element.tail:
            texts.append(element.tail)
    return " ".join(texts)


def _in_boilerplate(element: HtmlElement) -> bool:
    """Inside navigation, a footer or the site's header (a <header> outside the story)."""
    tags = [a.tag for a in element.iterancestors() if isinstance(a.tag, str)]
    if any(tag in _DROP_TAGS or tag == "footer" for tag in tags):
        return True
    if "header" in tags:
        return not any(tag in {"article", "main"} for tag in tags)
    return False


def _drop_boilerplate(tree: HtmlElement) -> None:
    """Cut out of ``tree`` what is never article text (in place)."""
    doomed: list[HtmlElement] = []
    page_words = _words(tree.text_content())
    for element in tree.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue
        names = f"{element.get('class', '')} {element.get('id', '')} {element.get('role', '')}"
        # a class name is a hint, not proof: a "share-wrapper" around the whole story stays
        boilerplate = (
            tag not in _NEVER_DROPPED
            and bool(_BOILERPLATE_NAME.search(names))
            and (_link_density(element) >= 0.5 or _words(element.text_content()) <= 0.4 * page_words)
        )
        if tag in _DROP_TAGS or tag == "footer" or _hidden(element) or boilerplate:
            doomed.append(element)
    _drop_all(tree, doomed)
    headings = [e for e in tree.iter() if isinstance(e.tag, str) and _is_related_heading(e)]
    _drop_all(tree, headings, siblings=True)
    _drop_all(tree, [e for e in tree.iter("ul", "ol", "dl") if _is_link_list(e)])
    _drop_all(tree, [e for e in tree.iter("a", "p", "li", "span", "div") if _is_share(e)])


def _drop_all(root: HtmlElement, elements: list[HtmlElement], *, siblings: bool = False) -> None:
    for element in elements:
        if element.getparent() is None or element.getroottree().getroot() is not root:
            continue
        if siblings:
            for sibling in list(element.itersiblings()):
                if _link_density(sibling) < 0.5 and _words(sibling.text_content()) > 0:
                    break
                sibling.drop_tree()
        element.drop_tree()


def _hidden(element: HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or element.get("aria-hidden") == "true"
        or bool(_HIDDEN_STYLE.search(element.get("style", "")))
    )


def _is_related_heading(element: HtmlElement) -> bool:
    if element.tag not in {"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "strong", "b", "header"}:
        return False
    text = _short_text(element)
    if not text or not _RELATED_HEADING.match(text):
        return False
    if element.tag in {"h1", "h2", "h3", "h4", "h5", "h6", "header"}:
        return True
    # a "Read more: <link>" line goes whole (with the link lists after it); an article's own
    # "Read more about it below" without a link stays
    following = element.getnext()
    return element.find(".//a") is not None or (following is not None and _link_density(following) >= 0.5)


def _is_link_list(element: HtmlElement) -> bool:
    items = [child for child in element if isinstance(child.tag, str) and child.tag in {"li", "dt", "dd"}]
    linked = [item for item in items if _link_density(item) >= 0.8]
    return len(items) >= 2 and len(linked) >= 0.8 * len(items)


def _is_share(element: HtmlElement) -> bool:
    if len(element) > 8:  # a button bar's buttons go one by one
        return False
    text = _short_text(element)
    return text is not None and bool(_SHARE_TEXT.match(text))


def _short_text(element: HtmlElement, limit: int = 60) -> str | None:
    """The element's text, whitespace collapsed, or None if longer than ``limit`` (read no further)."""
    parts: list[str] = []
    size = 0
    for piece in element.itertext():
        parts.append(piece)
        size += len(piece)
        if size > 4 * limit:  # whitespace aside, already far too long
            return None
    text = " ".join(" ".join(parts).split())
    return text if len(text) <= limit else None


def _link_density(element: HtmlElement) -> float:
    if not isinstance(element.tag, str):
        return 0.0
    total = len(" ".join(element.text_content().split()))
    if total == 0:
        return 1.0
    linked = sum(len(" ".join(a.text_content().split())) for a in element.iter("a"))
    return linked / total
