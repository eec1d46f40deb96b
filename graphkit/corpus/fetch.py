"""Feeds and lists of links: fetch the pages and read their article text (``graphkit add --feed/--urls``).

This is the only code of graphkit that uses the network, and only when asked. It fetches
with httpx, politely:

- a clear ``User-Agent`` (:data:`USER_AGENT`), and **robots.txt** honoured for each host
  (RFC 9309: a robots.txt that is missing or refused allows everything; one that cannot be
  fetched at all leaves the host alone); its ``Crawl-delay`` is honoured up to a minute;
- a **delay between requests to one host** (``delay`` seconds), timeouts on every wait, and
  **retries with back-off** after a timeout, a dropped connection, HTTP 429 or a 5xx;
- redirects followed by hand, at most :data:`MAX_REDIRECTS`, each hop checked against its
  host's robots.txt; a **loop** is named as one;
- at most ``max_bytes`` read of any response (the ``Content-Length`` checked first, then the
  bytes as they come), and at most :data:`TOTAL_TIMEOUTS` × ``timeout`` seconds spent on one.

A page is read as the ``.html`` reader reads a file (:func:`graphkit.corpus.webpage.read_page`:
trafilatura's main text, with the date from the page's metadata through htmldate); a link to
a PDF is read as a ``.pdf`` file. A page with no article text in it (an index of links, a
login wall) is "not an article". A feed entry's own date and title win over the page's,
since the feed states them outright.

A document's id is its URL as the feed or the list gives it; its ``url`` is where the
redirects ended. **An entry already in the store** (its id or its URL) **is not fetched again**,
so following a feed is cheap: run the same command every hour and only new entries are
fetched. Every failure (timeout, HTTP error, robots.txt, too large, not an article) is one
line of the report; the other entries go on.

>>> read_url_list("# mine\\nhttps://example.org/a\\n\\nftp://example.org/b\\n", "links.txt", CorpusReport())
['https://example.org/a']
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
import time
import urllib.robotparser
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urldefrag, urljoin, urlsplit

from graphkit import __version__
from graphkit.corpus.decode import UndecodableError, decode_bytes
from graphkit.corpus.fields import clean_metadata
from graphkit.corpus.pdf import PdfError, read_pdf_bytes
from graphkit.corpus.reader import DEFAULT_MAX_BYTES
from graphkit.corpus.report import CorpusReport
from graphkit.corpus.webpage import read_page
from graphkit.models import Document

if TYPE_CHECKING:
    import httpx

__all__ = [
    "MAX_REDIRECTS",
    "TOTAL_TIMEOUTS",
    "USER_AGENT",
    "FetchError",
    "FetchOptions",
    "Fetcher",
    "Link",
    "fetch_documents",
    "read_url_list",
]

log = logging.getLogger(__name__)

USER_AGENT = f"graphkit/{__version__} (knowledge-graph builder; fetches the feeds and links it is given)"
ROBOTS_AGENT = "graphkit"
"""The name robots.txt rules are matched against."""

MAX_REDIRECTS = 10
TOTAL_TIMEOUTS = 3
"""A response still arriving after this many ``timeout`` periods is dropped (a trickling server)."""
MAX_CRAWL_DELAY = 60.0
"""A robots.txt ``Crawl-delay`` above this is honoured only up to it."""
MIN_ARTICLE_WORDS = 30
"""A page whose main text is shorter is not an article (a teaser, a login wall, an index)."""

_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


class FetchError(Exception):
    """A URL that could not be fetched or read; the message is the report's reason."""


@dataclass(frozen=True)
class FetchOptions:
    """How politely and patiently to fetch."""

    timeout: float = 20.0
    """Seconds for each wait: connecting, and each read of the response."""
    retries: int = 2
    """Tries after the first, on a timeout, a dropped connection, HTTP 429 or 5xx."""
    backoff: float = 2.0
    """Seconds before the first retry, doubled for each next one."""
    delay: float = 1.0
    """Seconds between two requests to the same host."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest response read, in bytes."""
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Response:
    """A fetched resource."""

    url: str
    """Where the redirects ended."""
    content_type: str
    body: bytes


@dataclass(frozen=True)
class Link:
    """A page to fetch, with what its feed says of it."""

    url: str
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None


@dataclass
class Fetcher:
    """An HTTP client that keeps to robots.txt and a per-host delay; close it when done."""

    options: FetchOptions = field(default_factory=FetchOptions)
    client: httpx.Client | None = None
    _robots: dict[str, urllib.robotparser.RobotFileParser | str] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _delays: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        import httpx

        if self.client is None:
            self.client = httpx.Client(
                timeout=httpx.Timeout(self.options.timeout),
                headers={"User-Agent": self.options.user_agent},
                follow_redirects=False,
                trust_env=False,
            )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        if self.client is not None:
            self.client.close()

    def get(self, url: str) -> Response:
        """Fetch ``url``, following redirects.

        Raises
        ------
        FetchError
            With the reason in a few words: HTTP status, timeout, robots.txt, loop, size.
        """
        seen = [url]
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            _check_scheme(current)
            self._allowed(current)
            status, headers, body = self._request(current)
            if status in {301, 302, 303, 307, 308} and headers.get("location"):
                target = urldefrag(urljoin(current, headers["location"].strip()))[0]
                if target in seen:
                    raise FetchError(f"redirect loop ({' → '.join([*seen[seen.index(target) :], target])})")
                seen.append(target)
                current = target
                continue
            if status >= 400:
                raise FetchError(f"HTTP {status}{_phrase(status)}")
            if status >= 300:
                raise FetchError(f"HTTP {status}{_phrase(status)} without a Location to follow")
            return Response(current, headers.get("content-type", ""), body)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects (from {url})")

    def _request(self, url: str) -> tuple[int, dict[str, str], bytes]:
        """One URL with retries: ``(status, lower-case headers, body)``."""
        import httpx

        options = self.options
        attempts = options.retries + 1
        for attempt in range(attempts):
            last_try = attempt == attempts - 1
            self._wait_turn(url)
            try:
                status, headers, body = self._once(url)
            except httpx.TimeoutException as err:
                if last_try:
                    raise FetchError(f"timed out{_tries(attempts)} ({options.timeout:g} s)") from err
                wait = options.backoff * 2**attempt
            except httpx.InvalidURL as err:
                raise FetchError(f"invalid URL ({err})") from err
            except (httpx.TransportError, httpx.DecodingError) as err:
                if last_try or isinstance(err, httpx.UnsupportedProtocol):
                    raise FetchError(f"cannot fetch{_tries(attempts)}: {_short(err)}") from err
                wait = options.backoff * 2**attempt
            else:
                if status not in _RETRY_STATUS or last_try:
                    if status in _RETRY_STATUS:
                        raise FetchError(f"HTTP {status}{_phrase(status)}{_tries(attempts)}")
                    return status, headers, body
                wait = max(options.backoff * 2**attempt, _retry_after(headers.get("retry-after")))
            log.info("%s: retrying in %.1f s", url, wait)
            time.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    def _once(self, url: str) -> tuple[int, dict[str, str], bytes]:
        assert self.client is not None
        limit = self.options.max_bytes
        deadline = time.monotonic() + TOTAL_TIMEOUTS * self.options.timeout
        with self.client.stream("GET", url) as response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            if 300 <= response.status_code < 400 or response.status_code >= 400:
                return response.status_code, headers, b""
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > limit:
                raise FetchError(f"{int(length)} bytes, over the limit of {limit} bytes (--max-bytes)")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > limit:
                    raise FetchError(f"over the limit of {limit} bytes (--max-bytes)")
                if time.monotonic() > deadline:
                    raise FetchError(
                        f"still arriving after {TOTAL_TIMEOUTS * self.options.timeout:g} s; dropped"
                    )
                chunks.append(chunk)
            return response.status_code, headers, b"".join(chunks)

    def _wait_turn(self, url: str) -> None:
        host = _origin(url)
        delay = max(self.options.delay, self._delays.get(host, 0.0))
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def _allowed(self, url: str) -> None:
        """Raise :class:`FetchError` unless the host's robots.txt lets graphkit fetch ``url``."""
        origin = _origin(url)
        rules = self._robots.get(origin)
        if rules is None:
            rules = self._robots[origin] = self._read_robots(origin)
        if isinstance(rules, str):
            raise FetchError(rules)
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise FetchError("disallowed by the site's robots.txt")

    def _read_robots(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        """The host's rules, or why the host is left alone."""
        parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            status, _, body = self._request(origin + "/robots.txt")
        except FetchError as err:
            return f"robots.txt cannot be fetched ({err}); the host is left alone"
        if status >= 500:
            return f"robots.txt cannot be fetched (HTTP {status}{_phrase(status)}); the host is left alone"
        if 300 <= status < 500:
            parser.parse([])  # no robots.txt: everything is allowed (RFC 9309)
        else:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        crawl_delay = parser.crawl_delay(ROBOTS_AGENT)
        if crawl_delay:
            self._delays[origin] = min(float(crawl_delay), MAX_CRAWL_DELAY)
        return parser


def fetch_documents(
    *,
    feeds: Sequence[str] = (),
    url_files: Sequence[str | Path] = (),
    known: set[str] | frozenset[str] = frozenset(),
    report: CorpusReport,
    options: FetchOptions | None = None,
    fetcher: Fetcher | None = None,
) -> Iterator[Document]:
    """The documents of the feeds' entries and the listed pages that ``known`` does not hold.

    ``known`` holds the ids and URLs already in the store. Every failure is one line of
    ``report``; the rest goes on.
    """
    options = options or FetchOptions()
    own = fetcher is None
    fetcher = fetcher or Fetcher(options)
    done = set(known)
    try:
        for feed in feeds:
            yield from _fetch_all(fetcher, _feed_links(fetcher, feed, report), done, feed, report)
        for listing in url_files:
            try:
                text = Path(listing).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as err:
                report.skip(str(listing), f"cannot read the list of links: {_short(err)}")
                continue
            links = [Link(url) for url in read_url_list(text, str(listing), report)]
            yield from _fetch_all(fetcher, links, done, str(listing), report)
    finally:
        if own:
            fetcher.close()


def read_url_list(text: str, where: str, report: CorpusReport) -> list[str]:
    """The http(s) URLs of a list, one a line; blank lines and ``#`` comments are left out."""
    urls: list[str] = []
    for number, line in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        url = line.strip()
        if not url or url.startswith("#"):
            continue
        try:
            _check_scheme(url)
        except FetchError as err:
            report.skip(where, f"{url[:100]!r}: {err}", line=number)
            continue
        urls.append(urldefrag(url)[0])
    return urls


def _fetch_all(
    fetcher: Fetcher, links: Iterable[Link], done: set[str], where: str, report: CorpusReport
) -> Iterator[Document]:
    already = 0
    for link in links:
        if link.url in done:
            already += 1
            continue
        done.add(link.url)
        doc = _fetch_one(fetcher, link, report)
        if doc is not None:
            done.add(doc.url or link.url)
            report.documents += 1
            yield doc
    if already:
        report.note(where, f"{already} link{'s' * (already > 1)} already in the store; not fetched again")


def _fetch_one(fetcher: Fetcher, link: Link, report: CorpusReport) -> Document | None:
    try:
        response = fetcher.get(link.url)
        text, meta, pages = _read(response)
    except FetchError as err:
        report.skip(link.url, str(err))
        return None
    raw: dict[str, Any] = {
        "title": link.title or meta.get("title"),
        "date": link.date or meta.get("date"),
        "url": response.url,
        "source": meta.get("source") or link.source,
    }
    fields, problems = clean_metadata(raw)
    for problem in problems:
        report.warn(link.url, f"{problem}; kept without it")
    for warning in meta.get("warnings", ()):
        report.warn(link.url, warning)
    return Document(id=link.url, text=text, path=link.url, pages=pages, **fields)


def _read(response: Response) -> tuple[str, dict[str, Any], list[int] | None]:
    """``(text, metadata, page offsets)`` of a fetched page or PDF."""
    kind = response.content_type.split(";")[0].strip().lower()
    if kind == "application/pdf" or response.body.startswith(b"%PDF"):
        try:
            pdf = read_pdf_bytes(response.body)
        except PdfError as err:
            raise FetchError(str(err)) from err
        return pdf.text, {"title": pdf.title, "date": pdf.date, "warnings": pdf.problems}, pdf.pages
    if kind and kind not in _HTML_TYPES:
        raise FetchError(f"not an article: the server sent {kind}, not an HTML page")
    html = _decode(response)
    try:
        page = read_page(html)
    except Exception as err:  # lxml and trafilatura raise several kinds on broken pages
        raise FetchError(f"cannot parse the HTML ({_short(err)})") from err
    words = len(_WORD.findall(page.text))
    if words < MIN_ARTICLE_WORDS:
        found = f"only {words} words of main text" if words else "no main text"
        raise FetchError(f"not an article: {found} in the page")
    warnings = [page.short] if page.short else []
    meta = {"title": page.title, "date": page.date, "source": page.source, "warnings": warnings}
    return page.text, meta, None


def _decode(response: Response) -> str:
    match = _CHARSET.search(response.content_type)
    if match:
        try:
            return response.body.decode(match.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return decode_bytes(response.body).text
    except UndecodableError as err:
        raise FetchError(f"cannot decode the page ({err})") from err


def _feed_links(fetcher: Fetcher, url: str, report: CorpusReport) -> list[Link]:
    """The entries of the feed at ``url`` (none, with a report line, when it cannot be read)."""
    import feedparser

    try:
        _check_scheme(url)
        response = fetcher.get(url)
    except FetchError as err:
        report.skip(url, f"feed: {err}")
        return []
    # always bytes: given a string that looks like a URL, feedparser would fetch it itself
    parsed = feedparser.parse(
        response.body,
        response_headers={"content-type": response.content_type, "content-location": response.url},
        resolve_relative_uris=False,
        sanitize_html=False,
    )
    if not parsed.get("version") and not parsed.entries:
        report.skip(url, f"not a feed: {_what_instead(response)}")
        return []
    if parsed.get("bozo") and parsed.entries:
        reason = _short(parsed.get("bozo_exception", ""))
        report.warn(url, f"feed not well-formed ({reason}); read its {len(parsed.entries)} entries anyway")
    source = _text(parsed.feed.get("title"))
    links: list[Link] = []
    for number, entry in enumerate(parsed.entries, start=1):
        href = _text(entry.get("link")) or _link_of(entry)
        if not href:
            report.skip(url, f"entry {number} ({_text(entry.get('title')) or 'untitled'!r}) has no link")
            continue
        target = urldefrag(urljoin(response.url, href))[0]
        title = _text(entry.get("title"))
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        day = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
        links.append(Link(target, title=title, date=day, source=source))
    return links


def _link_of(entry: Any) -> str | None:
    for link in entry.get("links", ()):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    guid = _text(entry.get("id"))
    return guid if guid and guid.startswith(("http://", "https://")) else None


def _what_instead(response: Response) -> str:
    """What the server sent instead of a feed, naming a feed the page links to if any."""
    kind = response.content_type.split(";")[0].strip().lower() or "no content type"
    if kind in _HTML_TYPES or response.body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        from lxml import html as lxml_html

        try:
            tree = lxml_html.fromstring(response.body)
            feeds = [
                urljoin(response.url, link.get("href", ""))
                for link in tree.iter("link")
                if (link.get("type") or "").lower() in {"application/rss+xml", "application/atom+xml"}
                and link.get("href")
            ]
        except Exception:
            feeds = []
        named = f"; it names a feed: {feeds[0]} (give that to --feed)" if feeds else ""
        return f"the server sent an HTML page{named}"
    return f"the server sent {kind} that is neither RSS nor Atom"


def _text(value: object) -> str | None:
    return (" ".join(value.split()) or None) if isinstance(value, str) else None


def _check_scheme(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in {"http", "https"} or not parts.netloc:
        raise FetchError("not an http(s) URL")


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _phrase(status: int) -> str:
    from http import HTTPStatus

    try:
        return f" {HTTPStatus(status).phrase}"
    except ValueError:
        return ""


def _tries(attempts: int) -> str:
    return f" after {attempts} tries" if attempts > 1 else ""


def _retry_after(value: str | None) -> float:
    """Seconds a ``Retry-After`` header asks for (at most a minute; 0 when absent or unreadable)."""
    if not value:
        return 0.0
    if value.strip().isdigit():
        return min(float(value.strip()), 60.0)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    return min(max((when - dt.datetime.now(dt.UTC)).total_seconds(), 0.0), 60.0)


def _short(err: object) -> str:
    text = " ".join(str(err).split())[:150]
    return text or type(err).__name__
