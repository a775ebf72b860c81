"""eval43's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval30's GOV.WALES page and Word list
numbering (`../eval30/chrome30.py`) and eval38's pandoc wrapping (`../eval38/common38.py`),
imported, not copied; plus this corpus's small new helpers: a lettered "(a)" Word list that
restarts per paragraph group (numbering.xml lowerLetter with a startOverride), a Chrome
"Print > Save as PDF" page (date and title in the header, URL and "1/3" in the footer), and a
Word box (a one-cell shaded table, as authors draw boxes)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval38"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common38 import wrap  # noqa: E402,F401
from gen_common import OxmlElement, mm, qn, shade  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402


def letter_abstract(doc, fmt: str = "lowerLetter", text: str = "(%1)") -> int:
    """An abstractNum whose level 0 is "(a)" lowerLetter (or `fmt` / `text`: "upperLetter",
    "%1."), indented 1.27 cm; returns its id."""
    numbering = doc.part.numbering_part.element
    ids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    an.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "1134")
    ind.set(qn("w:hanging"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    return aid


def restarted_num(doc, aid: int) -> int:
    """A new w:num over abstractNum `aid` restarting at 1 (Word's "Restart at a")."""
    numbering = doc.part.numbering_part.element
    nums = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return nid


def word_box(doc, fill: str = "E2EFDA"):
    """A one-cell table shaded `fill`, the box authors draw round a list; returns the cell
    (its first paragraph empty, to be filled)."""
    tb = doc.add_table(rows=1, cols=1)
    tb.style = "Table Grid"
    cell = tb.rows[0].cells[0]
    shade(cell, fill)
    return cell


def browser_pdf(path: Path, story: list, stamp: str, title: str, url: str) -> None:
    """A web page printed with Chrome's "Save as PDF" (headers and footers on): the date and
    time top left, the page title top centre, the URL bottom left, "n/N" bottom right."""
    from reportlab.pdfgen import canvas as _canvas
    from reportlab.platypus import SimpleDocTemplate

    class PrintCanvas(_canvas.Canvas):
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
                w, h = A4
                self.setFont("DejaVu", 7)
                self.drawString(10 * mm, h - 7 * mm, stamp)
                self.drawCentredString(w / 2, h - 7 * mm, title)
                self.drawString(10 * mm, 6 * mm, url)
                self.drawRightString(w - 10 * mm, 6 * mm, f"{self._pageNumber}/{n}")
                super().showPage()
            super().save()

    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm,
                          topMargin=16 * mm, bottomMargin=16 * mm, title=title)
    d.build(story, canvasmaker=PrintCanvas)
