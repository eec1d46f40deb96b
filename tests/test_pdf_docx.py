"""Reading PDF reports and Word documents: text, reading order, dates, titles and page numbers.

Every PDF and .docx is made here: PDFs with reportlab (its own Vera font, so the text layer is
Unicode), Word files with python-docx. Nothing comes from outside.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import reportlab
import yaml
from docx.enum.text import WD_BREAK
from PIL import Image
from reportlab.lib import colors, pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from conftest import RunCli
from graphkit.build import RELATIONS_FILE, build
from graphkit.corpus import CorpusReport, read_corpus
from graphkit.corpus.fields import split_front_matter
from graphkit.corpus.pdf import dehyphenate, read_pdf_bytes
from graphkit.extraction import Extractor
from graphkit.models import Document, Relation
from graphkit.store import Store

pdfmetrics.registerFont(TTFont("Vera", str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")))

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
WIDTH, HEIGHT = A4
LEFT, GUTTER_X = 72.0, WIDTH / 2 + 10
LEADING = 13.0

Page = Callable[[Canvas, int], None]


def make_pdf(pages: list[Page], *, title: str | None = None, encrypt: object = None) -> bytes:
    """A PDF of ``pages``, each drawn by a function of the canvas and the page number."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, encrypt=encrypt)
    if title:
        canvas.setTitle(title)
    canvas.setDateFormatter(lambda *_: "D:20190101120000Z")
    for number, page in enumerate(pages, start=1):
        page(canvas, number)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def lines_at(canvas: Canvas, x: float, top: float, lines: list[str], size: float = 10) -> None:
    canvas.setFont("Vera", size)
    for i, line in enumerate(lines):
        canvas.drawString(x, top - i * LEADING, line)


def running(canvas: Canvas, number: int) -> None:
    """The running header and footer of the test report."""
    canvas.setFont("Vera", 8)
    canvas.drawString(LEFT, HEIGHT - 40, "Black Sea Security Review")
    canvas.drawRightString(WIDTH - LEFT, HEIGHT - 40, "Issue 7")
    canvas.drawCentredString(WIDTH / 2, 30, f"Page {number} of 3")


def report_page_1(canvas: Canvas, number: int) -> None:
    running(canvas, number)
    canvas.setFont("Vera", 20)
    canvas.drawString(LEFT, HEIGHT - 100, "Drones over the Black Sea")
    canvas.setFont("Vera", 10)
    canvas.drawString(LEFT, HEIGHT - 140, "12 March 2024")
    top = HEIGHT - 190
    lines_at(
        canvas,
        LEFT,
        top,
        [
            "Iran supplied Russia with attack drones",
            "in the spring, according to the govern-",
            "ment of Ukraine. The deliveries went on",
            "through the summer.",
            "    Turkey condemned the strikes on Odesa",
            "and the Iranian-",
            "backed militias, and it called for new",
        ],
    )
    lines_at(
        canvas,
        GUTTER_X,
        top,
        [
            "talks in Istanbul with the Russia-",
            "Ukraine contact group.",
            "",
            "Israel struck targets in Syria, the army",
            "said. The United States urged",
        ],
    )


def report_page_2(canvas: Canvas, number: int) -> None:
    running(canvas, number)
    top = HEIGHT - 100
    lines_at(canvas, LEFT, top, ["restraint on all sides.", "", "China praised the talks."])
    lines_at(canvas, GUTTER_X, top, ["Qatar hosted envoys from Iran", "and the United States in Doha."])


def report_page_3(canvas: Canvas, number: int) -> None:
    running(canvas, number)
    lines_at(canvas, LEFT, HEIGHT - 100, ["Iran and Russia signed a treaty on energy."])


REPORT_TEXT = (
    "Drones over the Black Sea\n\n12 March 2024\n\n"
    "Iran supplied Russia with attack drones in the spring, according to the government of Ukraine. "
    "The deliveries went on through the summer.\n\n"
    "Turkey condemned the strikes on Odesa and the Iranian-backed militias, and it called for new "
    "talks in Istanbul with the Russia-Ukraine contact group.\n\n"
    "Israel struck targets in Syria, the army said. The United States urged restraint on all sides.\n\n"
    "China praised the talks.\n\n"
    "Qatar hosted envoys from Iran and the United States in Doha.\n\n"
    "Iran and Russia signed a treaty on energy."
)


def png(width: int = 400, height: int = 300) -> ImageReader:
    image = Image.new("RGB", (width, height), (200, 180, 160))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    return ImageReader(buffer)


def image_page(canvas: Canvas, number: int) -> None:
    canvas.drawImage(png(), LEFT, 200, width=WIDTH - 2 * LEFT, height=500)


def read_one(path: Path) -> tuple[list[Document], list[str]]:
    report = CorpusReport()
    docs = list(read_corpus([path], report=report))
    return docs, [str(problem).removeprefix(f"{path.parent}/") for problem in report.problems]


# --- PDF -----------------------------------------------------------------------------------


def test_pdf_two_columns_running_headers_hyphenation_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "review.pdf"
    path.write_bytes(make_pdf([report_page_1, report_page_2, report_page_3]))
    (doc,), problems = read_one(path)
    assert problems == []
    assert doc.text == REPORT_TEXT
    assert (doc.id, doc.title, doc.date) == ("review", "Drones over the Black Sea", dt.date(2024, 3, 12))
    assert doc.pages is not None and len(doc.pages) == 3
    # page 2 starts in the sentence carried over from page 1, page 3 at its own paragraph
    assert doc.text[doc.pages[1] :].startswith("restraint on all sides.")
    assert doc.text[doc.pages[2] :] == "Iran and Russia signed a treaty on energy."
    assert doc.page_at(doc.text.index("Israel struck")) == 1
    assert doc.page_at(doc.text.index("China praised")) == 2
    assert doc.page_at(len(doc.text) - 1) == 3


def test_pdf_metadata_title_wins_and_placeholders_are_ignored() -> None:
    pdf = read_pdf_bytes(make_pdf([report_page_1], title="Black Sea drones: a review"))
    assert pdf.title == "Black Sea drones: a review"
    placeholder = read_pdf_bytes(make_pdf([report_page_1], title="Microsoft Word - draft3.docx"))
    assert placeholder.title == "Drones over the Black Sea"  # the largest line of the first page


def test_pdf_date_from_metadata_when_the_first_page_has_none() -> None:
    def page(canvas: Canvas, number: int) -> None:
        lines_at(canvas, LEFT, HEIGHT - 100, ["Iran and Russia signed a treaty on energy."])
        canvas.drawCentredString(WIDTH / 2, 30, "\u2013 1 \u2013")

    pdf = read_pdf_bytes(make_pdf([page]))
    assert pdf.date == dt.date(2019, 1, 1)  # CreationDate
    assert pdf.text == "Iran and Russia signed a treaty on energy."  # "– 1 –" is a page number


def test_dehyphenation_uses_the_documents_own_words() -> None:
    assert dehyphenate("govern", "ment", set()) == "government"
    assert dehyphenate("well", "known", {"well-known"}) == "well-known"
    assert dehyphenate("pre", "war", {"prewar"}) == "prewar"
    assert dehyphenate("Iranian", "backed", set()) == "Iranian-backed"
    assert dehyphenate("Govern", "ment", {"government"}) == "Government"


def test_pdf_ruled_table_is_read_row_by_row_in_place(tmp_path: Path) -> None:
    def page(canvas: Canvas, number: int) -> None:
        lines_at(canvas, LEFT, HEIGHT - 100, ["Deliveries recorded in the first quarter."])
        table = Table(
            [["Supplier", "Recipient", "Item"], ["Iran", "Russia", "drones"], ["China", "Russia", "chips"]],
            colWidths=[120, 120, 120],
        )
        table.setStyle(
            TableStyle(
                [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "Vera")]
            )
        )
        table.wrapOn(canvas, WIDTH, HEIGHT)
        table.drawOn(canvas, LEFT, HEIGHT - 200)
        lines_at(canvas, LEFT, HEIGHT - 240, ["Shipments rose after the summer."])

    path = tmp_path / "table.pdf"
    path.write_bytes(make_pdf([page]))
    (doc,), problems = read_one(path)
    assert problems == []
    assert doc.text == (
        "Deliveries recorded in the first quarter.\n\n"
        "Supplier | Recipient | Item\nIran | Russia | drones\nChina | Russia | chips\n\n"
        "Shipments rose after the summer."
    )


def test_pdf_image_only_page_is_reported_and_numbering_kept(tmp_path: Path) -> None:
    def text(line: str) -> Page:
        return lambda canvas, number: lines_at(canvas, LEFT, HEIGHT - 100, [line])

    path = tmp_path / "mixed.pdf"
    path.write_bytes(make_pdf([text("Iran met Russia."), image_page, text("Israel attacked Iran.")]))
    (doc,), problems = read_one(path)
    assert problems == ["mixed.pdf: warning: page 2: no text layer, only images (no OCR); left out"]
    assert doc.text == "Iran met Russia.\n\nIsrael attacked Iran."
    assert doc.pages is not None and len(doc.pages) == 3
    assert doc.page_at(doc.text.index("Israel")) == 3


def test_pdf_scan_encrypted_corrupt_and_fake_are_one_line_each(tmp_path: Path) -> None:
    def hello(canvas: Canvas, number: int) -> None:
        lines_at(canvas, LEFT, HEIGHT - 100, ["Iran met Russia in Tehran."])

    good = make_pdf([hello])
    files = {
        "scan.pdf": make_pdf([image_page, image_page]),
        "locked.pdf": make_pdf([hello], encrypt=pdfencrypt.StandardEncryption("secret")),
        "owner-only.pdf": make_pdf([hello], encrypt=pdfencrypt.StandardEncryption("", ownerPassword="x")),
        "garbage.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 40,
        "truncated.pdf": good[: len(good) // 3],
        "page.pdf": b"<!doctype html><html><body>Not a PDF.</body></html>",
        "empty.pdf": make_pdf([lambda canvas, number: None]),
        "good.pdf": good,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    report = CorpusReport()
    docs = list(read_corpus([tmp_path], report=report))
    assert sorted(d.id for d in docs) == ["good", "owner-only"]
    lines = sorted(str(p).removeprefix(f"{tmp_path}/") for p in report.problems)
    assert len(lines) == 6, lines
    assert all("\n" not in line for line in lines)
    expected = {
        "empty.pdf": "skipped: no text in the PDF",
        "garbage.pdf": "skipped: corrupt PDF",
        "locked.pdf": "skipped: encrypted PDF: it needs a password to open",
        "page.pdf": "skipped: not a PDF file (no %PDF header)",
        "scan.pdf": "skipped: scanned PDF: no text layer on its 2 pages, only images (graphkit does no OCR)",
        "truncated.pdf": "skipped: corrupt PDF",
    }
    for line, (name, start) in zip(lines, sorted(expected.items()), strict=True):
        assert line.startswith(f"{name}: {start}"), line


def test_pdf_page_number_reaches_relations_store_and_graph(tmp_path: Path, extractor: Extractor) -> None:
    def filler(canvas: Canvas, number: int) -> None:
        lines_at(canvas, LEFT, HEIGHT - 100, ["An overview of the region follows.", "", "It rained."])

    def strike(canvas: Canvas, number: int) -> None:
        lines_at(canvas, LEFT, HEIGHT - 100, ["Israel attacked Iran on Friday."])

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "strikes.pdf").write_bytes(make_pdf([filler, filler, strike], title="Strikes"))
    (corpus / "plain.md").write_text("Russia attacked Ukraine.\n")
    out = tmp_path / "out"
    summary = build([corpus], out, extractor=extractor)
    assert summary.exit_status == 0
    records = [json.loads(line) for line in (out / RELATIONS_FILE).read_text().splitlines()]
    pages = {(r["doc_id"], r["source"]["label"], r["target"]["label"]): r.get("page") for r in records}
    assert pages == {("strikes", "Israel", "Iran"): 3, ("plain", "Russia", "Ukraine"): None}
    assert next(r for r in records if r["doc_id"] == "plain")["page"] is None  # an unpaged record has no page
    with Store(out / "graphkit.db") as store:
        stored = {doc.id: doc for doc, _ in store.documents()}
        assert stored["strikes"].pages is not None and len(stored["strikes"].pages) == 3
        assert stored["plain"].pages is None
        assert {r.doc_id: r.page for r in store.relations()} == {"strikes": 3, "plain": None}
    html = (out / "graph.html").read_text()
    assert '"page": 3' in html
    # a second build finds nothing to do: the pages are part of the stored document
    again = build([corpus], out, extractor=extractor)
    assert (again.extracted, again.unchanged) == (0, 2)


def test_pdf_store_written_before_pages_existed_stays_readable(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    doc = Document(id="d1", text="Iran met Russia.", title="T")
    with Store(path) as store:
        store.put_documents([doc])
        before = store.sha256("d1")
        row = store._db.execute("SELECT info FROM documents").fetchone()[0]
    assert "pages" not in row  # unpaged documents are stored exactly as before
    with Store(path) as store:
        assert store.put_documents([doc]).unchanged == 1 and store.sha256("d1") == before
        assert next(store.documents())[0] == doc


def _sentence_key(rel: Relation) -> tuple[str, ...]:
    # a PDF cannot tell "self- serving" (so written in the article) from a word broken at a line end
    sentence = re.sub(r"[\s\-]+", "", rel.sentence.text)
    return (rel.doc_id, rel.source.id, rel.relation, rel.target.id, rel.cameo, rel.modality, sentence)


def seed_pdf(markdown: Path, out: Path) -> None:
    """The article as a PDF report: its paragraphs wrapped on A4 pages, title and date as metadata."""
    front, body = split_front_matter(markdown.read_text(encoding="utf-8"))
    meta = yaml.safe_load(front or "")
    style = ParagraphStyle("body", fontName="Vera", fontSize=10, leading=LEADING, spaceAfter=8)
    day: dt.date = meta["date"]

    def stamp(canvas: Canvas, _: object) -> None:
        canvas.setDateFormatter(lambda *__: f"D:{day:%Y%m%d}120000Z")

    document = SimpleDocTemplate(str(out), pagesize=A4, title=meta["title"])
    paragraphs = [Paragraph(escape(line), style) for line in body.splitlines() if line.strip()]
    document.build(paragraphs, onFirstPage=stamp, onLaterPages=stamp)


def test_pdf_seed_articles_give_the_markdown_corpus_relations(tmp_path: Path, extractor: Extractor) -> None:
    for markdown in sorted(CORPUS.glob("*.md")):
        seed_pdf(markdown, tmp_path / f"{markdown.stem}.pdf")
    report = CorpusReport()
    pdf_docs = list(read_corpus([tmp_path], report=report))
    md_docs = list(read_corpus([CORPUS]))
    assert report.problems == []
    assert len(pdf_docs) == len(md_docs) >= 3
    for pdf_doc, md_doc in zip(pdf_docs, md_docs, strict=True):
        assert (pdf_doc.id, pdf_doc.title, pdf_doc.date) == (md_doc.id, md_doc.title, md_doc.date)
        assert pdf_doc.pages is not None and len(pdf_doc.pages) >= 2
    from_pdf = [r for e in extractor.pipe(pdf_docs) for r in e.relations]
    from_md = [r for e in extractor.pipe(md_docs) for r in e.relations]
    assert len(from_md) >= 10
    assert sorted(map(_sentence_key, from_pdf)) == sorted(map(_sentence_key, from_md))
    by_id = {doc.id: doc for doc in pdf_docs}
    for rel in from_pdf:
        doc = by_id[rel.doc_id]
        assert rel.page == doc.page_at(rel.sentence.start) and rel.page is not None
        assert doc.text[rel.sentence.start : rel.sentence.end] == rel.sentence.text
    assert {rel.page for rel in from_pdf} >= {1, 2}


# --- Word ----------------------------------------------------------------------------------


def make_docx(path: Path, *, title: str | None = "Energy talks", created: dt.datetime | None = None) -> None:
    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    if created is not None:
        document.core_properties.created = created
    document.add_paragraph("Energy talks in Doha", style="Title")
    document.add_heading("Summary", level=1)
    document.add_paragraph("Qatar hosted talks between Iran and the United States on Monday.")
    paragraph = document.add_paragraph("Oman sent an envoy.")
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run("Russia stayed away.")
    document.add_heading("Deliveries", level=2)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(
        table.rows,
        [["Supplier", "Recipient", "Item"], ["Iran", "Russia", "drones"], ["China", "Russia", ""]],
        strict=True,
    ):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    table.cell(2, 1).merge(table.cell(2, 2)).text = "Russia (chips)"
    document.add_paragraph("")  # empty paragraphs are left out
    document.add_paragraph("Turkey condemned the strikes.", style="List Bullet")
    document.save(str(path))


DOCX_TEXT = (
    "Energy talks in Doha\n\nSummary\n\n"
    "Qatar hosted talks between Iran and the United States on Monday.\n\n"
    "Oman sent an envoy. Russia stayed away.\n\nDeliveries\n\n"
    "Supplier | Recipient | Item\nIran | Russia | drones\nChina | Russia (chips)\n\n"
    "Turkey condemned the strikes."
)


def test_docx_paragraphs_headings_and_tables_in_order(tmp_path: Path) -> None:
    path = tmp_path / "talks.docx"
    make_docx(path, created=dt.datetime(2025, 5, 4, 9, 30, tzinfo=dt.UTC))
    (doc,), problems = read_one(path)
    assert problems == []
    assert doc.text == DOCX_TEXT
    assert (doc.id, doc.title, doc.date, doc.pages) == ("talks", "Energy talks", dt.date(2025, 5, 4), None)


def test_docx_title_from_title_paragraph_and_template_date_ignored(tmp_path: Path) -> None:
    path = tmp_path / "untitled.docx"
    make_docx(path, title=None)  # python-docx's template: created 2013-12-23, no title
    (doc,), _ = read_one(path)
    assert (doc.title, doc.date) == ("Energy talks in Doha", None)


def test_docx_bad_files_are_one_line_each(tmp_path: Path) -> None:
    def zipped(files: dict[str, bytes]) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return buffer.getvalue()

    make_docx(tmp_path / "good.docx")
    good = (tmp_path / "good.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(good)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    broken = dict(parts, **{"word/document.xml": b"<w:document><w:body><w:p>"})
    files = {
        "photos.docx": zipped({"holiday.jpg": b"\xff\xd8\xff", "notes.txt": b"hello"}),
        "sheet.docx": zipped({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}),
        "broken.docx": zipped(broken),
        "old.docx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512,
        "truncated.docx": good[: len(good) // 2],
        "text.docx": b"Just some text saved with the wrong name.",
        "empty.docx": _empty_docx(tmp_path),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    report = CorpusReport()
    assert [d.id for d in read_corpus([tmp_path], report=report)] == ["good"]
    lines = sorted(str(p).removeprefix(f"{tmp_path}/") for p in report.problems)
    expected = [
        "broken.docx: skipped: corrupt Word document (XMLSyntaxError",
        "empty.docx: skipped: empty document (no text)",
        "old.docx: skipped: an OLE file: an old Word .doc or a password-protected .docx",
        "photos.docx: skipped: not a Word document: a ZIP archive of 2 files without word/document.xml",
        "sheet.docx: skipped: not a Word document: a ZIP archive of 2 files without word/document.xml",
        "text.docx: skipped: not a Word document: a damaged ZIP archive",
        "truncated.docx: skipped: not a Word document: a damaged ZIP archive",
    ]
    assert len(lines) == len(expected), lines
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), line


def _empty_docx(tmp_path: Path) -> bytes:
    path = tmp_path / "made-empty.docx.tmp"
    docx.Document().save(str(path))
    data = path.read_bytes()
    path.unlink()
    return data


def test_cli_builds_a_folder_of_pdf_and_docx(tmp_path: Path, run_cli: RunCli) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "review.pdf").write_bytes(make_pdf([report_page_1, report_page_2, report_page_3]))
    make_docx(corpus / "talks.docx")
    (corpus / "locked.pdf").write_bytes(
        make_pdf([report_page_3], encrypt=pdfencrypt.StandardEncryption("secret"))
    )
    result = run_cli("build", str(corpus), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 2
    assert result.stdout.startswith("read 2, skipped 1, extracted 2, unchanged 0"), result.stdout
    assert "locked.pdf: skipped: encrypted PDF: it needs a password" in result.stderr
    assert "Traceback" not in result.stderr
