"""Lay a document model out as a PDF, as a publisher's word processor would (test support).

``reportlab`` (a dev dependency) sets headings larger and bold, paragraphs and list items
(markers printed, nesting as indentation), and tables with ruling lines whose header row
is repeated on every page a table runs onto; every page has a running header and a page
number ("Page N of M") in its footer. Used by the PDF round trips and the benchmarks.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> data = pdf_bytes(DocumentModel([Paragraph(Inline("To update Members."), "1")]))
>>> data[:5]
b'%PDF-'
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from wlga_analysis.read.model import Block, DocumentModel, Heading, ListItem, Table

__all__ = ["pdf_bytes"]

_FONT_FILES = (  # (regular, bold): DejaVu has every marker glyph (○, ▪); Vera ships with reportlab
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
     "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
)
_HEADING_SIZE = {1: 18.0, 2: 14.5, 3: 12.0, 4: 10.0, 5: 10.0, 6: 10.0}
_BODY = 9.0


def _fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "Body" in pdfmetrics.getRegisteredFontNames():
        return "Body", "Body-Bold"
    import reportlab

    vera = Path(reportlab.__file__).parent / "fonts"
    candidates = [*_FONT_FILES, (str(vera / "Vera.ttf"), str(vera / "VeraBd.ttf"))]
    regular, bold = next(c for c in candidates if os.path.exists(c[0]))
    pdfmetrics.registerFont(TTFont("Body", regular))
    pdfmetrics.registerFont(TTFont("Body-Bold", bold))
    pdfmetrics.registerFontFamily("Body", normal="Body", bold="Body-Bold",
                                  italic="Body", boldItalic="Body-Bold")
    return "Body", "Body-Bold"


class _Layout:
    def __init__(self, cell_size: float):
        from reportlab.lib.styles import ParagraphStyle

        regular, bold = _fonts()
        self.style = ParagraphStyle("body", fontName=regular, fontSize=_BODY,
                                    leading=_BODY * 1.25, spaceAfter=_BODY * 0.8)
        self.cell = ParagraphStyle("cell", parent=self.style, fontSize=cell_size,
                                   leading=cell_size * 1.25, spaceAfter=cell_size * 0.8)
        self.headings = {level: ParagraphStyle(f"h{level}", parent=self.style, fontName=bold,
                                               fontSize=size, leading=size * 1.3,
                                               spaceBefore=4, spaceAfter=size * 0.7)
                         for level, size in _HEADING_SIZE.items()}

    def flowables(self, block: Block, style: Any, width: float) -> list[Any]:
        from reportlab.platypus import Paragraph as RLParagraph

        if isinstance(block, Table):
            return [self.table(block, width)]
        if isinstance(block, Heading):
            number = f"{block.number}. " if block.number else ""
            return [RLParagraph(number + block.text.html(), self.headings[block.level])]
        if isinstance(block, ListItem):
            from reportlab.lib.styles import ParagraphStyle

            indented = ParagraphStyle(f"li{block.level}", parent=style,
                                      leftIndent=14 * (block.level + 1))
            return [RLParagraph(f"{block.marker} {block.text.html()}", indented)]
        number = f"{block.number}. " if block.number else ""
        return [RLParagraph(number + block.text.html(), style)]

    def table(self, table: Table, width: float) -> Any:
        from reportlab.platypus import Table as RLTable
        from reportlab.platypus import TableStyle

        rows = [table.header, *table.rows] if table.header else list(table.rows)
        ncols = max(len(r) for r in rows)
        col = (width - 2) / ncols
        data = [[[f for b in cell.blocks for f in self.flowables(b, self.cell, col - 8)]
                 for cell in row] + [[]] * (ncols - len(row)) for row in rows]
        out = RLTable(data, colWidths=[col] * ncols, repeatRows=1 if table.header else 0)
        out.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black"),
                                 ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return out


def pdf_bytes(model: DocumentModel, running_header: str = "WLGA Executive Board",
              cell_size: float = 9.0) -> bytes:
    """Lay ``model`` out as a PDF (A4) and return its bytes.

    Parameters
    ----------
    model : DocumentModel
        What to print.
    running_header : str
        Printed at the top of every page.
    cell_size : float
        Font size in table cells (rows are not split across pages, so a long row needs a
        small size).
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    layout = _Layout(cell_size)
    width = A4[0] - 2 * 50
    story = [f for block in model.blocks for f in layout.flowables(block, layout.style, width)]
    pages: list[int] = []

    def furniture(total: int | None):
        def draw(canvas: Any, doc: Any) -> None:
            canvas.saveState()
            canvas.setFont("Body", 8)
            canvas.drawString(50, A4[1] - 30, running_header)
            page = canvas.getPageNumber()
            pages.append(page)
            label = f"Page {page} of {total}" if total else f"Page {page}"
            canvas.drawCentredString(A4[0] / 2, 25, label)
            canvas.restoreState()
        return draw

    def build(total: int | None) -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=50, rightMargin=50,
                                topMargin=60, bottomMargin=55, title="Document",
                                invariant=1)
        doc.build(list(story), onFirstPage=furniture(total), onLaterPages=furniture(total))
        return buffer.getvalue()

    build(None)
    total = max(pages) if pages else 1
    story = [f for block in model.blocks for f in layout.flowables(block, layout.style, width)]
    return build(total)
