"""eval48's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval30's Word list numbering
(`../eval30/chrome30.py`), eval34's Word footnotes and numbering.xml lists
(`../eval34/common34.py`), eval23's page-footnote marker (`../eval23/gen_prog23b.py`),
eval38's pandoc wrapping (`../eval38/common38.py`) and eval39's status icons and Word pictures
with alt text (`../eval39/common39.py`), imported, not copied; plus this corpus's one new
helper: a LaTeX-looking PDF build (serif, running head with the chapter on the left and the
page number on the right, footnotes at the page foot)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval23", HERE.parent / "eval34", HERE.parent / "eval38",
          HERE.parent / "eval39"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import numbered  # noqa: E402,F401
from common34 import add_footnotes, fn_ref, new_list, set_num  # noqa: E402,F401
from common38 import para_style, wrap  # noqa: E402,F401
from common39 import picture_with_alt  # noqa: E402,F401
from gen_common import (GRID, OUT, P, Pt, RGBColor, add_par, build_pdf, cell_text,  # noqa: E402,F401
                        colors, esc, footer_page_numbers, header_text, mm, new_docx,
                        pdf_styles, qn, shade, OxmlElement)
from gen_prog23b import Notes  # noqa: E402,F401
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate  # noqa: E402

_FD = Path("/usr/share/fonts/truetype/dejavu")
for _n, _f in (("Serif", "DejaVuSerif.ttf"), ("Serif-Bold", "DejaVuSerif-Bold.ttf"),
               ("Serif-Italic", "DejaVuSerif-Italic.ttf"),
               ("Serif-BoldItalic", "DejaVuSerif-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(_n, str(_FD / _f)))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic",
                              boldItalic="Serif-BoldItalic")


def latex_styles(base: float = 10.5) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("lbody", fontName="Serif", fontSize=base, leading=base * 1.35,
                          alignment=4, firstLineIndent=14, spaceAfter=0)
    return {
        "body": body,
        "first": ParagraphStyle("lfirst", parent=body, firstLineIndent=0),
        "title": ParagraphStyle("ltitle", parent=body, fontSize=base + 9, leading=(base + 9) * 1.3,
                                alignment=1, firstLineIndent=0, spaceAfter=10),
        "author": ParagraphStyle("lauthor", parent=body, alignment=1, firstLineIndent=0,
                                 spaceAfter=4),
        "chapter": ParagraphStyle("lchap", parent=body, fontName="Serif-Bold", fontSize=base + 7,
                                  leading=(base + 7) * 1.3, firstLineIndent=0, alignment=0,
                                  spaceBefore=10, spaceAfter=12),
        "section": ParagraphStyle("lsec", parent=body, fontName="Serif-Bold", fontSize=base + 2,
                                  leading=(base + 2) * 1.3, firstLineIndent=0, alignment=0,
                                  spaceBefore=10, spaceAfter=5),
        "box": ParagraphStyle("lbox", parent=body, firstLineIndent=0, alignment=0),
        "boxhead": ParagraphStyle("lboxh", parent=body, fontName="Serif-Bold",
                                  firstLineIndent=0, alignment=0, spaceAfter=3),
        "item": ParagraphStyle("litem", parent=body, firstLineIndent=0, leftIndent=18,
                               bulletIndent=6, alignment=0, spaceAfter=2),
    }


class RunningHead(Flowable):
    """Zero-size marker: from the page it is drawn on, the running head reads `text`
    (LaTeX's \\markboth from a \\chapter)."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.width = self.height = 0

    def draw(self):
        self.canv._running_head = self.text


def build_latex_pdf(path, story, title: str, first_page_plain: bool = True) -> None:
    """A LaTeX report's print: A4, serif, running head (chapter in small capitals left, page
    number right, a rule under it), no head on the title page, footnotes (Notes markers) at
    the page foot above LaTeX's short rule, numbered 1, 2, 3 as set."""
    w, h = A4

    def on_page(canv, doc):
        n = canv.getPageNumber()
        head = getattr(canv, "_running_head", "")
        if n > 1 or not first_page_plain:
            canv.saveState()
            canv.setFont("Serif-Italic", 9)
            canv.drawString(30 * mm, h - 20 * mm, head.upper() if head else title)
            canv.setFont("Serif", 9)
            canv.drawRightString(w - 30 * mm, h - 20 * mm, str(n))
            canv.setLineWidth(0.4)
            canv.line(30 * mm, h - 21.5 * mm, w - 30 * mm, h - 21.5 * mm)
            canv.restoreState()
        notes = getattr(canv, "_foot_notes", [])
        if notes:
            canv.saveState()
            top = 22 * mm + 3.8 * mm * len(notes)
            canv.setLineWidth(0.4)
            canv.line(30 * mm, top + 2 * mm, 75 * mm, top + 2 * mm)
            y = top - 1.5 * mm
            for k, text in notes:
                canv.setFont("Serif", 5.5)
                canv.drawString(30 * mm, y + 1.8, str(k))
                canv.setFont("Serif", 7.5)
                canv.drawString(32.5 * mm, y, text)
                y -= 3.8 * mm
            canv.restoreState()
        canv._foot_notes = []
        if n == 1 and first_page_plain:
            canv.setFont("Serif", 9)
            canv.drawCentredString(w / 2, 14 * mm, "")

    d = BaseDocTemplate(str(path), pagesize=A4, title=title, author="Wales Centre for Evidence "
                        "and Policy", creator="LaTeX with hyperref", producer="pdfTeX-1.40.25")
    frame = Frame(30 * mm, 40 * mm, w - 60 * mm, h - 66 * mm, id="body")
    d.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_page)])
    d.build(story)


def shade_par(paragraph, fill: str) -> None:
    """Paragraph shading (w:pPr/w:shd), as a Word export prints a header band."""
    ppr = paragraph._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    for k, v in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", fill)):
        shd.set(qn(k), v)
    ppr.append(shd)


def col_width(table, widths_cm) -> None:
    from docx.shared import Cm
    for row in table.rows:
        for c, wd in zip(row.cells, widths_cm):
            c.width = Cm(wd)
