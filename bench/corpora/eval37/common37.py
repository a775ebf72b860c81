"""eval37's imports: `../gen_common.py`, eval28's block renderer, eval29's CMS page chrome,
eval30's GOV.WALES page and Word list numbering and eval35's multi-level numbering.xml list
(all through `../eval35/common35.py`, imported, not copied); plus this corpus's new helpers:
a Word page break, a right tab with a dot leader (a list of recommendations with page
numbers), and a PDF build that prints the page number alone at the foot (as the Senedd
prints) and reports on which page each marked flowable fell (so a front list can print the
pages of the boxes that follow, in a second pass)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "eval35"))

from common35 import B, gov_page, multilevel, numbered, page  # noqa: E402,F401
from gen_common import OxmlElement, mm, qn  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.platypus import Flowable, SimpleDocTemplate  # noqa: E402


def page_break(doc) -> None:
    """A paragraph holding a hard page break (w:br w:type="page"), as Ctrl+Enter writes it."""
    p = doc.add_paragraph()
    br = OxmlElement("w:br")
    br.set(qn("w:type"), "page")
    p.add_run()._r.append(br)


def dot_leader_tab(paragraph, pos_twips: int = 9026) -> None:
    """A right-aligned tab stop with a dot leader (Word's TOC style of line)."""
    pPr = paragraph._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    tab = OxmlElement("w:tab")
    tab.set(qn("w:val"), "right")
    tab.set(qn("w:leader"), "dot")
    tab.set(qn("w:pos"), str(pos_twips))
    tabs.append(tab)
    pPr.append(tabs)


class Mark(Flowable):
    """An invisible flowable that records the page it is drawn on under its key."""
    pages: dict = {}

    def __init__(self, key: str):
        super().__init__()
        self.key = key
        self.width = self.height = 0

    def draw(self):
        Mark.pages[self.key] = self.canv.getPageNumber()


def build_pdf_plain_numbers(path: Path, story: list, header: str, first_page_bare: bool = True,
                            title: str = "") -> None:
    """A4; a running header (the report's short title) from page 2 and the page number alone,
    centred at the foot (no "of M"), as the Senedd's printed reports have them."""

    def deco(canv, doc):
        n = canv.getPageNumber()
        if first_page_bare and n == 1:
            return
        w, h = A4
        canv.setFont("DejaVu", 7.5)
        canv.drawRightString(w - 20 * mm, h - 12 * mm, header)
        canv.drawCentredString(w / 2, 10 * mm, str(n))

    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm, title=title or header)
    d.build(story, onFirstPage=deco, onLaterPages=deco)
