"""eval54's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval45's Word text box (DrawingML with the
VML fallback) and ModernGov page (`../eval45/common45.py`), eval34's one-level Word lists
(`../eval34/common34.py`), imported, not copied; plus this corpus's small helpers: a
vertically merged Word cell run, a Word table header row, and pdfium's copy of a PDF's text."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval45",
          HERE.parent / "eval34"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from common34 import new_list, set_num  # noqa: E402,F401
from common45 import moderngov_page, text_box  # noqa: E402,F401
from gen_common import *  # noqa: E402,F401,F403
from gen_common import OUT, cell_text, set_repeat_header, shade  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402,F401


def vmerge(table, col: int, first: int, last: int, text: str, size: int | None = None) -> None:
    """Merge a column's cells over rows first..last (Word's w:vMerge) and write the text once."""
    top = table.cell(first, col)
    if last > first:
        top = top.merge(table.cell(last, col))
    cell_text(top, text, size=size)


def header_row(table, head: list[str], fill: str, size: int | None = None) -> None:
    for c, x in zip(table.rows[0].cells, head):
        cell_text(c, x, bold=True, size=size)
        shade(c, fill)
    set_repeat_header(table.rows[0])


def pdf_copy_text(name: str) -> str:
    """What selecting all in a PDF viewer and pasting gives (pdfium's text of each page)."""
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(str(OUT / f"{name}.pdf"))
    text = "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    return text.replace("\r\n", "\n").rstrip() + "\n"
