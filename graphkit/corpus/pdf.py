"""PDF reports: their text in reading order, without running headers, footers or page numbers.

The text layer of each page is laid out by pdfminer.six (through pdfplumber, both MIT) into
lines and blocks; graphkit then

- drops **running headers and footers**: lines near the top or bottom edge that come back on
  several pages (digits aside, so "Annual report · 12" and "· 13" are one header), and bare
  page numbers ("12", "Page 3 of 40", "– iv –") there on any page;
- puts the blocks in **reading order**: a page is cut into bands where no block overlaps the
  next vertically (a title over two columns, a wide table between them), and in each band the
  blocks are read column by column, left to right, each column top to bottom;
- reads **ruled tables** row by row (one line per row, cells joined with `` | ``) where they
  stand, instead of letting their cells run into the prose;
- undoes **hyphenation** across line ends ("govern-/ment" → "government"), keeping the hyphen
  of a compound ("Russian-/backed", "2023-/24") when the document writes it so elsewhere or
  the first part is a capitalised word of its own;
- ends a paragraph at a short line that closes a sentence, or before an indented one, and
  joins the other lines of a block with a space.

Pages are joined with a blank line, and :attr:`~graphkit.models.Document.pages` keeps the
offset at which each page starts, so each relation knows the page of its sentence. A page
with no text layer (a scan) is reported; a PDF with none at all is skipped: graphkit does no
OCR. The title is the document's ``Title`` metadata, unless that is a placeholder
("untitled", "Microsoft Word - draft.docx"), else the largest line at the top of the first
page; the date is a line of the first page that is only a date ("12 March 2024",
"Published: May 2023"), else the ``CreationDate`` metadata.

>>> from graphkit.corpus.report import CorpusReport
>>> report = CorpusReport()
>>> list(read_pdf("broken.pdf", b"%PDF-1.7 not really", report)), str(report.problems[0])
([], 'broken.pdf: skipped: corrupt PDF (PDFSyntaxError: No /Root object! - Is this really a PDF?)')
>>> dehyphenate("govern", "ment", {"government"}), dehyphenate("Russian", "backed", set())
('government', 'Russian-backed')
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graphkit.corpus.fields import parse_date
from graphkit.corpus.formats import _document
from graphkit.corpus.report import CorpusReport
from graphkit.models import Document

__all__ = ["PdfError", "dehyphenate", "read_pdf", "read_pdf_bytes"]

log = logging.getLogger(__name__)

_MARGIN = 0.1
"""Share of the page height, at the top and at the bottom, where running headers and footers live."""

_GUTTER = 6
"""Narrowest gap between two columns, in points."""

_REPEATED_SHARE = 0.3
"""A margin line on at least this share of the pages (and on two at least) is a running header."""

_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_PAGE_NUMBER = re.compile(
    rf"^(?:(?:page|p\.|seite|pág\.?)\s*)?[-–—|·•\s]*(?:\d{{1,4}}|{_ROMAN})[-–—|·•\s]*"
    r"(?:(?:of|/|von|de)\s*\d{1,4})?$",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_CID = re.compile(r"\(cid:\d+\)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;\"”’»)\]]$")
_HYPHENS = ("-", "\u00ad", "\u2010", "\u2011")
_JUNK_TITLE = re.compile(
    r"^(?:untitled|document\d*|microsoft (?:word|powerpoint) - .*|.*\.(?:docx?|pdf|indd|tex|rtf|odt|pptx?)"
    r"|title|slide \d+|\W*)$",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"^\s*(?:published|updated|date|dated|issued|released|as of|last updated)\s*(?:on)?\s*[:\-–]?\s*",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d\d)?(\d\d)?")


class PdfError(ValueError):
    """A PDF that cannot be read at all (encrypted, corrupt, or with no text layer)."""


@dataclass
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    size: float


@dataclass
class _Block:
    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[_Line] = field(default_factory=list)
    rows: list[str] | None = None
    """A table's rows, already joined; None for a block of text lines."""


@dataclass
class _Page:
    height: float
    blocks: list[_Block]
    images: int
    cid_lines: int = 0


@dataclass
class PdfText:
    """What was read from a PDF."""

    text: str
    pages: list[int]
    """Offset in ``text`` at which each page starts (one per page, image-only pages too)."""
    title: str | None
    date: dt.date | None
    problems: list[str]
    """Warnings: pages without a text layer, fonts without a Unicode map."""


def read_pdf(path: str, data: bytes, report: CorpusReport) -> Iterator[Document]:
    """A ``.pdf`` file: one document, its pages' start offsets kept in ``pages``."""
    try:
        pdf = read_pdf_bytes(data)
    except PdfError as err:
        report.skip(path, str(err))
        return
    for problem in pdf.problems:
        report.warn(path, problem)
    raw = {"title": pdf.title, "date": pdf.date}
    doc = _document(path, Path(path).stem, pdf.text, raw, report, line=None)
    yield doc.model_copy(update={"pages": pdf.pages})


def read_pdf_bytes(data: bytes) -> PdfText:
    """Read a PDF held in memory.

    Raises
    ------
    PdfError
        For an encrypted PDF without an empty user password, a corrupt one, or one with no text.
    """
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.lstrip(b"\x00\t\n\r ")[:1024].find(b"%PDF") >= 0:
        raise PdfError("not a PDF file (no %PDF header)")
    try:
        pdf = pdfplumber.open(io.BytesIO(data), laparams={"all_texts": True})
    except PdfminerException as err:
        cause = err.args[0] if err.args else err
        if isinstance(cause, PDFPasswordIncorrect):
            raise PdfError("encrypted PDF: it needs a password to open; save a copy without one") from err
        if isinstance(cause, PDFEncryptionError):
            raise PdfError(f"encrypted PDF with an unsupported scheme ({cause})") from err
        raise PdfError(f"corrupt PDF ({_short(cause)})") from err
    except Exception as err:  # pdfminer raises many kinds on broken files
        raise PdfError(f"corrupt PDF ({_short(err)})") from err
    with pdf:
        metadata = _metadata(pdf)
        pages, unreadable = _pages(pdf)
    if not pages:
        raise PdfError("corrupt PDF: no pages could be read" + (f" ({unreadable[0]})" if unreadable else ""))
    return _assemble(pages, metadata, unreadable)


def _metadata(pdf: object) -> dict[str, object]:
    try:
        meta = getattr(pdf, "metadata", {}) or {}
    except Exception:  # a broken Info dictionary: no metadata, the text may still be fine
        return {}
    return dict(meta) if isinstance(meta, dict) else {}


def _pages(pdf: object) -> tuple[list[_Page], list[str]]:
    pages: list[_Page] = []
    unreadable: list[str] = []
    try:
        all_pages = list(getattr(pdf, "pages", []))
    except Exception as err:
        return [], [_short(err)]
    for number, page in enumerate(all_pages, start=1):
        try:
            pages.append(_read_page(page))
        except Exception as err:  # one broken page must not lose the others
            log.debug("page %d unreadable", number, exc_info=True)
            unreadable.append(f"page {number}: {_short(err)}")
            pages.append(_Page(height=1.0, blocks=[], images=0))
        finally:
            page.close()
    if unreadable and len(unreadable) == len(all_pages):
        return [], unreadable
    return pages, unreadable


def _read_page(page: object) -> _Page:
    from pdfminer.layout import LTChar, LTFigure, LTImage, LTTextBox, LTTextLineHorizontal

    layout = page.layout  # type: ignore[attr-defined]
    height = float(layout.height) or 1.0
    tables = _tables(page, height)
    blocks: list[_Block] = list(tables)
    images = 0
    cid_lines = 0

    def lines_of(box: object) -> list[_Line]:
        nonlocal cid_lines
        found: list[_Line] = []
        for line in box:  # type: ignore[attr-defined]
            if not isinstance(line, LTTextLineHorizontal):
                continue
            text = line.get_text()
            if _CID.search(text):
                cid_lines += 1
                text = _CID.sub("", text)
            text = " ".join(text.translate(_LIGATURES).replace("\u00a0", " ").split())
            if not text:
                continue
            sizes = [c.size for c in line if isinstance(c, LTChar)]
            x0, y0, x1, y1 = line.bbox
            if any(_inside(x0, y0, x1, y1, t) for t in tables):
                continue
            found.append(_Line(x0, y0, x1, y1, text, statistics.median(sizes) if sizes else 0.0))
        return found

    def walk(items: object) -> None:
        nonlocal images
        for item in items:  # type: ignore[attr-defined]
            if isinstance(item, LTTextBox):
                lines = lines_of(item)
                if lines:
                    blocks.append(_box(lines))
            elif isinstance(item, LTImage):
                images += 1
            elif isinstance(item, LTFigure):
                if any(isinstance(child, LTImage) for child in item):
                    images += 1
                walk(item)

    walk(layout)
    images = max(images, len(getattr(page, "images", ())))
    return _Page(height=height, blocks=blocks, images=images, cid_lines=cid_lines)


def _tables(page: object, height: float) -> list[_Block]:
    """The ruled tables of ``page`` as blocks of rows (cells joined with ``" | "``)."""
    blocks: list[_Block] = []
    try:
        found = page.find_tables()  # type: ignore[attr-defined]
    except Exception:
        return []
    for table in found:
        rows: list[str] = []
        for row in table.extract():
            cells = [" ".join((cell or "").translate(_LIGATURES).split()) for cell in row]
            cells = [cell for cell in cells if cell]
            if cells:
                rows.append(" | ".join(cells))
        if len(rows) < 1:
            continue
        x0, top, x1, bottom = table.bbox
        blocks.append(_Block(x0, height - bottom, x1, height - top, rows=rows))
    return blocks


def _inside(x0: float, y0: float, x1: float, y1: float, table: _Block) -> bool:
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    return table.x0 <= cx <= table.x1 and table.y0 <= cy <= table.y1


def _box(lines: list[_Line]) -> _Block:
    return _Block(
        min(line.x0 for line in lines),
        min(line.y0 for line in lines),
        max(line.x1 for line in lines),
        max(line.y1 for line in lines),
        lines,
    )


def _assemble(pages: list[_Page], metadata: dict[str, object], unreadable: list[str]) -> PdfText:
    problems = [f"{what}: left out" for what in unreadable]
    first_lines = [line for block in (pages[0].blocks if pages else []) for line in block.lines]
    first_height = pages[0].height if pages else 1.0
    _drop_running_lines(pages)
    vocabulary = _vocabulary(pages)
    pieces: list[tuple[int, str, bool]] = []
    scanned: list[int] = []
    for number, page in enumerate(pages, start=1):
        if page.cid_lines:
            problems.append(
                f"page {number}: {page.cid_lines} lines in a font without a Unicode map; their text is lost"
            )
        found: list[tuple[int, str, bool]] = []
        above: _Block | None = None
        for block in _reading_order(page.blocks):
            # only a paragraph at the top of a page or of the next column can go on from the last one
            top = above is None or block.y1 > above.y0
            for index, paragraph in enumerate(_paragraphs(block, vocabulary)):
                found.append((number, paragraph, top and index == 0 and block.rows is None))
            above = block
        if not found and page.images:
            scanned.append(number)
        pieces.extend(found)
    text, offsets = _joined(pieces, len(pages), vocabulary)
    if not text.strip():
        if scanned:
            raise PdfError(
                f"scanned PDF: no text layer on its {len(pages)} page{'s' * (len(pages) > 1)}, "
                "only images (graphkit does no OCR)"
            )
        raise PdfError("no text in the PDF")
    if scanned:
        listed = ", ".join(str(n) for n in scanned)
        problems.append(
            f"page{'s' * (len(scanned) > 1)} {listed}: no text layer, only images (no OCR); left out"
        )
    title = _meta_title(metadata.get("Title")) or _first_page_title(first_lines, first_height)
    date = _first_page_date(first_lines) or _meta_date(metadata.get("CreationDate"))
    return PdfText(text, offsets, title, date, problems)


def _joined(pieces: list[tuple[int, str, bool]], pages: int, vocabulary: set[str]) -> tuple[str, list[int]]:
    """The text of ``(page, paragraph, may go on from the last)`` pieces, and where each page starts.

    A paragraph cut by a column or page break (one that ends mid-sentence, followed at the top
    of the next column or page by one that starts in lower case) is joined again. A page
    without text starts where the next text does, so that bisecting an offset always finds a
    page with text.
    """
    text = ""
    starts: dict[int, int] = {}
    for number, paragraph, may_continue in pieces:
        if may_continue and _continues(text, paragraph):
            text = _join(text, paragraph, vocabulary)
            at = max(len(text) - len(paragraph), 0)
        else:
            text += "\n\n" if text else ""
            at = len(text)
            text += paragraph
        starts.setdefault(number, at)
    offsets = [0] * pages
    following = len(text)
    for index in range(pages - 1, -1, -1):
        following = offsets[index] = starts.get(index + 1, following)
    return text, offsets


def _continues(text: str, paragraph: str) -> bool:
    """Whether ``paragraph`` goes on with the sentence that ``text`` leaves unfinished."""
    if not text or not paragraph:
        return False
    if text.endswith(_HYPHENS) or text.endswith("\u00ad"):
        return paragraph[0].isalpha()
    return paragraph[0].islower() and not _SENTENCE_END.search(text)


def _drop_running_lines(pages: list[_Page]) -> None:
    """Remove running headers, footers and page numbers from the margins of ``pages`` (in place)."""

    def in_margin(line: _Line, height: float) -> bool:
        return line.y0 >= (1 - _MARGIN) * height or line.y1 <= _MARGIN * height

    def key(line: _Line) -> str:
        return _DIGITS.sub("#", line.text.casefold())

    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({key(line) for b in page.blocks for line in b.lines if in_margin(line, page.height)})
    threshold = max(2, _REPEATED_SHARE * len(pages))
    for page in pages:
        kept: list[_Block] = []
        for block in page.blocks:
            if block.rows is not None:
                kept.append(block)
                continue
            lines = [
                line
                for line in block.lines
                if not (
                    in_margin(line, page.height)
                    and (counts[key(line)] >= threshold or _PAGE_NUMBER.match(line.text))
                )
            ]
            if lines:
                kept.append(_box(lines) if len(lines) != len(block.lines) else block)
        page.blocks = kept


def _reading_order(blocks: Sequence[_Block]) -> list[_Block]:
    """Columns left to right, each top to bottom, between the blocks that cross a gutter.

    A gutter is an inner strip of the page that (almost) no line crosses; a block that crosses
    one (a title over two columns, a wide table) ends the columns above it and is read before
    the columns below it.
    """
    if len(blocks) < 2:
        return list(blocks)
    gutters = _gutters(blocks)
    if not gutters:
        return sorted(blocks, key=lambda b: (-round(b.y1), b.x0))
    edges = [g for gutter in gutters for g in gutter]
    bounds = list(zip([-float("inf"), *edges[1::2]], [*edges[0::2], float("inf")], strict=True))

    def column(block: _Block) -> int | None:
        hits = [i for i, (a, b) in enumerate(bounds) if block.x0 < b and block.x1 > a]
        return hits[0] if len(hits) == 1 else None

    separators = sorted((b for b in blocks if column(b) is None), key=lambda b: -b.y1)
    ordered: list[_Block] = []
    placed: set[int] = set()
    for cut in [*separators, None]:
        level = cut.y1 if cut is not None else -float("inf")
        region = [
            b for b in blocks if id(b) not in placed and column(b) is not None and (b.y0 + b.y1) / 2 > level
        ]
        region.sort(key=lambda b: (column(b) or 0, -b.y1, b.x0))
        ordered.extend(region)
        placed.update(id(b) for b in region)
        if cut is not None:
            ordered.append(cut)
            placed.add(id(cut))
    return ordered


def _gutters(blocks: Sequence[_Block]) -> list[tuple[float, float]]:
    """Inner vertical strips, at least 6 pt wide, crossed by few of the page's lines."""
    left = min(b.x0 for b in blocks)
    cover = [0] * (int(max(b.x1 for b in blocks) - left) + 2)
    for block in blocks:
        weight = len(block.rows) if block.rows is not None else len(block.lines)
        for x in range(int(block.x0 - left), int(block.x1 - left) + 1):
            cover[x] += weight
    threshold = 0.15 * max(cover)
    gutters: list[tuple[float, float]] = []
    run_start: int | None = None
    for x, count in enumerate(cover):
        if count <= threshold:
            run_start = x if run_start is None else run_start
        elif run_start is not None:
            if run_start > 0 and x - run_start >= _GUTTER:
                gutters.append((left + run_start, left + x))
            run_start = None
    return gutters


def _paragraphs(block: _Block, vocabulary: set[str]) -> list[str]:
    if block.rows is not None:
        return ["\n".join(block.rows)]
    paragraphs: list[str] = []
    current = ""
    width = block.x1 - block.x0
    previous: _Line | None = None
    for line in block.lines:
        if previous is not None:
            short = previous.x1 < block.x1 - 0.15 * width and bool(_SENTENCE_END.search(previous.text))
            indented = line.x0 > block.x0 + max(line.size, 4.0) and line.x0 > previous.x0 + 1.0
            if short or indented:
                paragraphs.append(current)
                current = ""
        current = _join(current, line.text, vocabulary) if current else line.text
        previous = line
    if current:
        paragraphs.append(current)
    return [p.replace("\u00ad", "") for p in paragraphs if p.strip()]


def _join(text: str, line: str, vocabulary: set[str]) -> str:
    """``text`` continued by the next ``line`` of its paragraph."""
    if text.endswith("\u00ad"):
        return text[:-1] + line
    if text.endswith(_HYPHENS) and len(text) > 1 and text[-2].isalpha():
        match = re.search(r"([^\W\d_]+(?:-[^\W\d_]+)*)[-\u2010\u2011]$", text)
        head = match.group(1).rsplit("-", 1)[-1] if match else ""
        tail = re.match(r"[^\W_]+", line)
        if head and tail and line[0].islower():
            joined = dehyphenate(head, tail.group(0), vocabulary)
            return text[: -len(head) - 1] + joined + line[tail.end() :]
        return text[:-1] + "-" + line  # "Russian-/Ukrainian", "2023-/24": the hyphen stays
    if text.endswith(("—", "/")):
        return text + line
    return f"{text} {line}"


def dehyphenate(head: str, tail: str, vocabulary: set[str]) -> str:
    """The word split as ``head-`` / ``tail`` across a line end, given the document's words.

    The hyphen goes when the document writes the joined word elsewhere; else it stays when the
    document writes the compound with it, or when ``head`` is capitalised ("Iranian-/backed",
    "US-/led": in news, compounds on a name far outnumber sentences that start at a line end).
    """
    joined = head + tail
    if joined.casefold() in vocabulary:
        return joined
    if f"{head}-{tail}".casefold() in vocabulary or head[:1].isupper():
        return f"{head}-{tail}"
    return joined


def _vocabulary(pages: list[_Page]) -> set[str]:
    """Words of the document, lower case (compounds also whole), that do not end a line."""
    words: set[str] = set()
    for page in pages:
        for block in page.blocks:
            for line in block.lines:
                text = line.text[:-1] if line.text.endswith(_HYPHENS) else line.text
                for word in _WORDS.findall(text):
                    folded = word.casefold()
                    words.add(folded)
                    if "-" in folded:
                        words.update(folded.split("-"))
                # a word broken at this line's end is not evidence of itself
                if line.text.endswith(_HYPHENS):
                    last = _WORDS.findall(text)
                    if last:
                        words.discard(last[-1].casefold())
    return words


def _meta_title(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    title = " ".join(value.split())
    if not title or len(title) > 300 or _JUNK_TITLE.match(title):
        return None
    return title


def _first_page_title(lines: list[_Line], height: float) -> str | None:
    """The largest lines in the top 40 % of the first page, when larger than the body text."""
    top = [line for line in lines if line.y0 >= 0.6 * height and line.size > 0]
    if not top:
        return None
    body = statistics.median(line.size for line in lines if line.size > 0)
    biggest = max(line.size for line in top)
    if biggest < 1.15 * body:
        return None
    parts = [line.text for line in sorted(top, key=lambda t: -t.y1) if line.size >= biggest - 0.5]
    title = " ".join(" ".join(parts).split())
    return title if 0 < len(title) <= 300 and not _PAGE_NUMBER.match(title) else None


def _first_page_date(lines: list[_Line]) -> dt.date | None:
    """The first line of the first page that is only a date ("12 March 2024", "Published: May 2023")."""
    for line in sorted(lines, key=lambda t: -t.y1):
        text = _DATE_PREFIX.sub("", line.text).strip(" .,|·")
        if len(text) > 40 or len(text.split()) > 5 or not _YEAR.search(text):
            continue
        day = parse_date(text)
        if day is not None:
            return day
    return None


def _meta_date(value: object) -> dt.date | None:
    """``D:20240312103000+01'00'`` → 2024-03-12 (a month or year alone gives its first day)."""
    if not isinstance(value, str):
        return None
    match = _PDF_DATE.match(value.strip())
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _short(err: object) -> str:
    text = " ".join(str(err).split())
    name = type(err).__name__
    if not text:
        return name
    return f"{name}: {text[:150]}"
