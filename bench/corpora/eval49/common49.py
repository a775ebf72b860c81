"""eval49's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval34's one-level Word list
(`../eval34/common34.py`), eval38's pandoc wrapping (`../eval38/common38.py`) and eval43's
restarted lettered Word list (`../eval43/common43.py`), imported, not copied; plus this
corpus's small new helpers: RAG fills (Word hex, CSS, reportlab), pandoc's grid table of
multi-line cells, a superscript run in Word, and a letter PDF (letterhead on page 1,
"Page N" on the others)."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval34",
          HERE.parent / "eval38", HERE.parent / "eval43"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from common34 import new_list, set_num  # noqa: E402,F401
from common38 import wrap  # noqa: E402,F401
from common43 import letter_abstract, restarted_num  # noqa: E402,F401
from gen_common import (GRID, OUT, P, Pt, add_par, build_pdf, cell_text, colors, esc,  # noqa: E402,F401
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.lib.pagesizes import A4  # noqa: E402

# the RAG fills a Word template's "RAG" cells use (no text in the cell)
RAG_FILL = {"Blue": "0070C0", "Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}


def superscript(paragraph, text: str) -> None:
    r = paragraph.add_run(text)
    r.font.superscript = True


def grid_table(cells: list[list[list[str]]], widths: list[int]) -> list[str]:
    """pandoc's grid table: rows of cells, each cell a list of lines already wrapped to its
    column width; the first row a header row ("=" rule below it)."""
    out = ["+" + "+".join("-" * (w + 2) for w in widths) + "+"]
    for k, row in enumerate(cells):
        height = max(len(c) for c in row)
        for i in range(height):
            out.append("|" + "|".join(f" {(c[i] if i < len(c) else '').ljust(w)} "
                                      for c, w in zip(row, widths)) + "|")
        rule = "=" if k == 0 else "-"
        out.append("+" + "+".join(rule * (w + 2) for w in widths) + "+")
    return out


def letter_pdf(path: Path, story: list, letterhead, running: str) -> None:
    """A letter as printed: `letterhead(canvas, w, h)` draws page 1's head and foot; later
    pages carry `running` and "Page N" at the top."""
    from reportlab.platypus import SimpleDocTemplate

    def first(canv, doc):
        canv.saveState()
        letterhead(canv, *A4)
        canv.restoreState()

    def later(canv, doc):
        canv.saveState()
        w, h = A4
        canv.setFont("DejaVu", 8)
        canv.drawString(20 * mm, h - 12 * mm, running)
        canv.drawRightString(w - 20 * mm, h - 12 * mm, f"Page {doc.page}")
        canv.restoreState()

    d = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=48 * mm, bottomMargin=25 * mm, title=running)
    d.build(story, onFirstPage=first, onLaterPages=later)
