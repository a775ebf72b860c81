"""eval47's shared renderer: eval28's block renderer (`../eval28/blocks28.py`) and eval29's CMS
page chrome (`../eval29/chrome29.py`), imported, not copied, plus three blocks this corpus
adds: ("box", title, [paragraphs]) a shaded box (a case study), ("figs", [(figure, label)]) a
key-figures strip, and ("dtable", head, rows) a table whose cells may hold several lines."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "eval28"))
sys.path.insert(0, str(HERE.parent / "eval29"))

import blocks28 as B  # noqa: E402
from chrome29 import page  # noqa: E402,F401
from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,  # noqa: E402,F401
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Spacer, Table, TableStyle  # noqa: E402

BOX_FILL = "E2EFD9"


def md(blocks) -> str:
    """pandoc's Markdown of the Word file: a one-cell table is a grid table, the figures
    strip a two-row grid table."""
    out: list[str] = []
    for b in blocks:
        if b[0] == "box":
            w = 74
            lines = [f"**{b[1]}**", ""]
            for para in b[2]:
                lines += textwrap.wrap(para, w) + [""]
            lines.pop()
            out.append("+" + "-" * (w + 2) + "+")
            out += [f"| {ln.ljust(w)} |" for ln in lines]
            out += ["+" + "-" * (w + 2) + "+", ""]
        elif b[0] == "figs":
            w = 18
            wrapped = [textwrap.wrap(lab, w) for _f, lab in b[1]]
            out.append("+" + "+".join("-" * (w + 2) for _ in b[1]) + "+")
            out.append("|" + "|".join(f" {('**' + f + '**').ljust(w)} " for f, _l in b[1]) + "|")
            out.append("+" + "+".join("=" * (w + 2) for _ in b[1]) + "+")
            for i in range(max(len(x) for x in wrapped)):
                out.append("|" + "|".join(f" {(x[i] if i < len(x) else '').ljust(w)} "
                                          for x in wrapped) + "|")
            out += ["+" + "+".join("-" * (w + 2) for _ in b[1]) + "+", ""]
        else:
            out.append(B.md([b]))
    return "\n".join(out)


def html(blocks) -> list[str]:
    h: list[str] = []
    for b in blocks:
        if b[0] == "box":
            h.append('<aside class="case-study"><h3>' + esc(b[1]) + "</h3>"
                     + "".join(f"<p>{esc(x)}</p>" for x in b[2]) + "</aside>")
        elif b[0] == "figs":
            h.append('<div class="key-figures"><h3 class="visually-hidden">Key figures</h3><ul>'
                     + "".join(f'<li><span class="figure">{esc(f)}</span> '
                               f'<span class="label">{esc(lab)}</span></li>' for f, lab in b[1])
                     + "</ul></div>")
        else:
            h += B.html([b])
    return h


def docx(blocks, doc) -> None:
    for b in blocks:
        if b[0] == "box":
            tb = doc.add_table(rows=1, cols=1)
            tb.style = "Table Grid"
            c = tb.rows[0].cells[0]
            cell_text(c, b[1], bold=True)
            for para in b[2]:
                add_par(c, para)
            shade(c, BOX_FILL)
            add_par(doc)
        elif b[0] == "figs":
            tb = doc.add_table(rows=2, cols=len(b[1]))
            for i, (f, lab) in enumerate(b[1]):
                cell_text(tb.rows[0].cells[i], f, bold=True, size=16)
                cell_text(tb.rows[1].cells[i], lab, size=9)
                shade(tb.rows[0].cells[i], "1F4E79")
                shade(tb.rows[1].cells[i], "1F4E79")
            add_par(doc)
        else:
            B.docx([b], doc)


def pdf(blocks, st, widths=None) -> list:
    story: list = []
    for b in blocks:
        if b[0] == "box":
            t = Table([[[P(f"<b>{esc(b[1])}</b>", st["body"])]
                        + [P(esc(x), st["body"]) for x in b[2]]]], colWidths=[170 * mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E2EFD9")),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#70AD47")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            story += [Spacer(1, 4), t, Spacer(1, 6)]
        elif b[0] == "figs":
            n = len(b[1])
            t = Table([[P(f'<font size="16" color="white"><b>{esc(f)}</b></font>', st["body"])
                        for f, _l in b[1]],
                       [P(f'<font color="white">{esc(lab)}</font>', st["small"])
                        for _f, lab in b[1]]], colWidths=[170 * mm / n] * n)
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1F4E79")),
                                   ("LINEAFTER", (0, 0), (-2, -1), 1, colors.white),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 4), t, Spacer(1, 6)]
        else:
            story += B.pdf([b], st, widths)
    return story
