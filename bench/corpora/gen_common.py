"""Shared helpers of the evaluation corpora's generators (Word, PDF, web page).

Run the generators with /work/main/.venv/bin/python (python-docx, reportlab).
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate

OUT = Path(sys.argv[0]).resolve().parent / "docs"  # (the running generator's corpus)
OUT.mkdir(exist_ok=True)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold",
                              italic="DejaVu-Oblique", boldItalic="DejaVu-Bold")

esc = html.escape


# ------------------------------------------------------------------ PDF
def pdf_styles(base: int = 9) -> dict[str, ParagraphStyle]:
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName="DejaVu", fontSize=base,
                          leading=base * 1.3, alignment=TA_LEFT, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=body, fontName="DejaVu-Bold",
                                fontSize=base + 7, leading=(base + 7) * 1.25, spaceAfter=8),
        "h1": ParagraphStyle("h1", parent=body, fontName="DejaVu-Bold", fontSize=base + 3,
                             leading=(base + 3) * 1.3, spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=body, fontName="DejaVu-Bold", fontSize=base + 1,
                             leading=(base + 1) * 1.3, spaceBefore=6, spaceAfter=3),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=base - 1, leading=(base - 1) * 1.25,
                               spaceAfter=2),
        "cellb": ParagraphStyle("cellb", parent=body, fontName="DejaVu-Bold", fontSize=base - 1,
                                leading=(base - 1) * 1.25, spaceAfter=2),
        "small": ParagraphStyle("small", parent=body, fontSize=base - 2, leading=(base - 2) * 1.3),
    }


def build_pdf(path: Path, story: list, header: str, footer: str, wide: bool = False) -> None:
    """A PDF with a running header (the paper's short title) and a "Page N of M" footer."""
    from reportlab.pdfgen import canvas as _canvas
    size = landscape(A4) if wide else A4

    class NumberedCanvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                w, h = size
                self.setFont("DejaVu", 7.5)
                self.drawString(18 * mm, h - 12 * mm, header)
                self.line(18 * mm, h - 13.5 * mm, w - 18 * mm, h - 13.5 * mm)
                self.drawString(18 * mm, 10 * mm, footer)
                self.drawRightString(w - 18 * mm, 10 * mm, f"Page {self._pageNumber} of {n}")
                super().showPage()
            super().save()

    d = SimpleDocTemplate(str(path), pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm,
                          topMargin=20 * mm, bottomMargin=18 * mm, title=header)
    d.build(story, canvasmaker=NumberedCanvas)


def P(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text, style)


GRID = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]


# ------------------------------------------------------------------ Word
def new_docx(font: str = "Arial", size: int = 11) -> Document:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def shade(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_repeat_header(row) -> None:
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text: str, bold: bool = False, size: int | None = None) -> None:
    """Replace a cell's text with one paragraph."""
    for extra in cell.paragraphs[1:]:
        if not extra.text.strip():
            extra._p.getparent().remove(extra._p)
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def add_par(cell_or_doc, text: str = "", bold: bool = False, style: str | None = None,
            size: int | None = None):
    p = cell_or_doc.add_paragraph(style=style) if style else cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def footer_page_numbers(doc, left: str) -> None:
    """A footer "left text ... Page N" with a PAGE field, as Word prints it."""
    sec = doc.sections[0]
    p = sec.footer.paragraphs[0]
    p.text = left + "\t\tPage "
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


def header_text(doc, text: str) -> None:
    doc.sections[0].header.paragraphs[0].text = text


__all__ = ["OUT", "esc", "pdf_styles", "build_pdf", "P", "GRID", "new_docx", "shade",
           "set_repeat_header", "cell_text", "add_par", "footer_page_numbers", "header_text",
           "colors", "mm", "Pt", "RGBColor", "WD_ALIGN_PARAGRAPH", "OxmlElement", "qn"]
