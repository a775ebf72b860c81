"""Shared imports of eval34's generators: ../gen_common.py, eval28's block renderer
(`../eval28/blocks28.py`), eval29's CMS page chrome (`../eval29/chrome29.py`), eval32's real
Word heading numbering (`../eval32/chrome32.py`) and eval23's footnote pieces
(`../eval23/gen_prog23b.py`: the Notes marker and the footnotes.xml skeleton), imported, not
copied; plus this corpus's helpers: Word footnotes on any paragraph, a Word numbering of
paragraphs with any level text ("R%1", upper Roman), and a PDF build that prints the
footnotes of each page at its foot."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for p in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval32",
          HERE.parent / "eval23"):
    sys.path.insert(0, str(p))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome32 import heading_numbering  # noqa: E402,F401
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.opc.packuri import PackURI  # noqa: E402
from docx.opc.part import Part  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from gen_common import OxmlElement, esc, mm, qn  # noqa: E402
from gen_prog23b import FOOTNOTES_XML, W, Notes  # noqa: E402,F401
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # noqa: E402


# ------------------------------------------------------------------ Word footnotes
def fn_ref(paragraph, k: int) -> None:
    """Append a real footnote reference (w:footnoteReference w:id=k) to a paragraph."""
    paragraph._p.append(parse_xml(
        f'<w:r {W}><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign '
        f'w:val="superscript"/></w:rPr><w:footnoteReference w:id="{k}"/></w:r>'))


def add_footnotes(doc, notes: dict[int, str]) -> None:
    """Write word/footnotes.xml with the notes {id: text} and relate it to the document."""
    xml = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign '
        f'w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> '
        f'{esc(t, quote=False)}</w:t></w:r></w:p></w:footnote>' for k, t in notes.items())
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                FOOTNOTES_XML.replace("{notes}", xml).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


# ------------------------------------------------------------------ Word numbering
def new_list(doc, fmt: str, text: str, start: int = 1, indent: int = 567) -> int:
    """A one-level list in numbering.xml (numFmt fmt, lvlText text such as "R%1"); returns
    its numId. Paragraphs given this numId (set_num) number on through the whole document."""
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
    for tag, val in (("w:start", str(start)), ("w:numFmt", fmt), ("w:lvlText", text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent))
    ind.set(qn("w:hanging"), str(indent))
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    nums = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    return nid


def set_num(paragraph, nid: int, ilvl: int = 0) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)


# ------------------------------------------------------------------ PDF with page footnotes
def build_pdf_notes(path, story, header: str, footer: str, wide: bool = False,
                    right_header: str = "", page_fmt: str = "Page {n} of {m}",
                    title: str = "") -> None:
    """A Word print: running header, footer with page numbers, and the footnotes whose
    Notes markers were drawn on a page printed at that page's foot above a short rule."""
    from reportlab.pdfgen import canvas as _canvas
    size = landscape(A4) if wide else A4

    class Canvas(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            m = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                w, h = size
                self.setFont("DejaVu", 7.5)
                self.drawString(18 * mm, h - 12 * mm, header)
                if right_header:
                    self.drawRightString(w - 18 * mm, h - 12 * mm, right_header)
                self.drawString(18 * mm, 10 * mm, footer)
                self.drawRightString(w - 18 * mm, 10 * mm,
                                     page_fmt.format(n=self._pageNumber, m=m))
                super().showPage()
            super().save()

    def foot(canv, doc):
        notes = getattr(canv, "_foot_notes", [])
        if notes:
            canv.saveState()
            top = 16 * mm + 3.6 * mm * len(notes)
            canv.line(18 * mm, top + 2 * mm, 70 * mm, top + 2 * mm)
            canv.setFont("DejaVu", 7)
            y = top - 1.5 * mm
            for k, text in notes:
                canv.setFont("DejaVu", 5)
                canv.drawString(18 * mm, y + 1.5, str(k))
                canv.setFont("DejaVu", 7)
                canv.drawString(20.5 * mm, y, text)
                y -= 3.6 * mm
            canv.restoreState()
        canv._foot_notes = []

    w, h = size
    d = BaseDocTemplate(str(path), pagesize=size, title=title or header)
    frame = Frame(18 * mm, 34 * mm, w - 36 * mm, h - 54 * mm, id="body")
    d.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=foot)])
    d.build(story, canvasmaker=Canvas)
