"""eval50's imports: eval49's (`../eval49/common49.py`: `../gen_common.py`, eval28's block
renderer, eval29's CMS page chrome, eval34's one-level Word list, eval38's pandoc wrapping,
eval43's restarted lettered Word list, eval49's pandoc grid table), eval30's GOV.WALES page and
Word list numbering (`../eval30/chrome30.py`) and eval43's shaded one-cell Word box
(`../eval43/common43.py`), imported, not copied; plus this corpus's small new helpers: a
Google Sheets "Publish to web" page (the waffle table with row numbers and column letters,
a frozen-row bar and the sheet tabs), Google Sheets' CSV download, and Google Sheets' PDF
export (gridlines, fit to width, page numbers in the footer)."""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval49", HERE.parent / "eval30", HERE.parent / "eval43"):
    sys.path.insert(0, str(d))

from common49 import (GRID, OUT, P, Pt, add_par, build_pdf, cell_text, colors, esc,  # noqa: E402,F401
                      footer_page_numbers, grid_table, header_text, letter_abstract, mm,
                      new_docx, new_list, page, pdf_styles, restarted_num, set_num, shade,
                      wrap)
from chrome30 import bullet, gov_page, numbered  # noqa: E402,F401
from common43 import word_box  # noqa: E402,F401
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.platypus import SimpleDocTemplate  # noqa: E402

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def col_letter(i: int) -> str:
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


# ------------------------------------------------------------------ Google Sheets
def sheets_csv(rows: list[list[str]]) -> str:
    """File > Download > Comma-separated values: every row padded to the used range's width,
    cells quoted only when they hold a comma, a quote or a line break, rows ended CRLF and
    line breaks inside a cell LF, no byte order mark."""
    width = max(len(r) for r in rows)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(list(r) + [""] * (width - len(r)))
    return buf.getvalue()


def sheets_pubhtml(doc_title: str, sheets: list[tuple[str, list[list[str]], int, dict]]) -> str:
    """File > Share > Publish to web (entire document, web page): a title bar, the sheet tabs,
    and per sheet the "waffle" table with column letters A, B, C ... in its <thead> and row
    numbers in a <th> opening each row; the frozen rows followed by the freeze bar row; empty
    cells empty <td>; classes for the formats. sheets: (name, rows, frozen_rows,
    {(row, col): css class}) per sheet."""
    h = ['<!DOCTYPE html><html><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{esc(doc_title)}</title>",
         '<link rel="stylesheet" href="https://ssl.gstatic.com/docs/spreadsheets/'
         'waffle_published_ltr.css">',
         "<style>.ritz .waffle a { color: inherit; }.ritz .waffle .s0{background-color:#ffffff;"
         "text-align:left;font-weight:bold;color:#000000;font-family:Arial;font-size:14pt;"
         "vertical-align:bottom;white-space:nowrap;direction:ltr;padding:2px 3px 2px 3px;}"
         ".ritz .waffle .s1{background-color:#d9d9d9;text-align:left;font-weight:bold;"
         "font-family:Arial;font-size:10pt;vertical-align:bottom;white-space:nowrap;}"
         ".ritz .waffle .s2{background-color:#ffffff;text-align:left;font-family:Arial;"
         "font-size:10pt;vertical-align:top;white-space:normal;overflow:hidden;"
         "word-wrap:break-word;}.ritz .waffle .s3{text-align:right;font-family:Arial;"
         "font-size:10pt;vertical-align:top;}.ritz .waffle .chip-green{background-color:"
         "#d4edbc;}.ritz .waffle .chip-blue{background-color:#bfe1f6;}.ritz .waffle "
         ".chip-amber{background-color:#ffe5a0;}.ritz .waffle .chip-red{background-color:"
         "#ffcfc9;}.ritz .waffle .chip-grey{background-color:#e6e6e6;}</style>",
         "</head><body>",
         f'<div id="doc-title"><span class="name">{esc(doc_title)}</span></div>',
         '<div id="sheet-menu" class="sheet-menu"><ul class="sheet-tabs">']
    for k, (name, *_r) in enumerate(sheets):
        sel = ' class="active"' if k == 0 else ""
        h.append(f'<li id="sheet-button-{k}"{sel}><a href="#gid={k}" '
                 f'onclick="switchToSheet(\'{k}\')">{esc(name)}</a></li>')
    h.append('</ul></div><div id="top-bar"><span class="updated">Updated automatically every '
             "5 minutes</span></div>")
    h.append('<div id="sheets-viewport">')
    for k, (name, rows, frozen, classes) in enumerate(sheets):
        width = max(len(r) for r in rows)
        disp = "" if k == 0 else "display:none;"
        h.append(f'<div id="{k}" style="{disp}position:relative;" dir="ltr">'
                 '<div class="ritz grid-container" dir="ltr"><table class="waffle" '
                 'cellspacing="0" cellpadding="0"><thead><tr><th class="row-header '
                 'freezebar-origin-ltr"></th>'
                 + "".join(f'<th id="{k}C{c}" style="width:{120 if c else 70}px;" '
                           f'class="column-headers-background">{col_letter(c)}</th>'
                           for c in range(width)) + "</tr></thead><tbody>")
        for r, row in enumerate(rows):
            row = list(row) + [""] * (width - len(row))
            cells = []
            for c, v in enumerate(row):
                cls = classes.get((r, c), "s2" if v else "")
                inner = "<br>".join(esc(x) for x in v.split("\n"))
                attr = f' class="{cls}"' if cls else ""
                d = ' dir="ltr"' if v else ""
                cells.append(f"<td{attr}{d}>{inner}</td>")
            h.append(f'<tr style="height: 20px"><th id="{k}R{r}" style="height: 20px;" '
                     'class="row-headers-background"><div class="row-header-wrapper" '
                     f'style="line-height: 20px">{r + 1}</div></th>' + "".join(cells) + "</tr>")
            if frozen and r == frozen - 1:
                h.append('<tr><th style="height:3px;" class="freezebar-cell '
                         'freezebar-horizontal-handle"></th>'
                         + "".join('<td class="freezebar-cell freezebar-horizontal"></td>'
                                   for _ in range(width)) + "</tr>")
        h.append("</tbody></table></div></div>")
    h.append("</div>")
    h.append('<div id="footer"><a href="https://docs.google.com/spreadsheets/">Published by '
             'Google Sheets</a> – <a href="#">Report abuse</a> – Updated automatically every 5 '
             "minutes</div>")
    h.append("<script>function switchToSheet(id){var v=document.getElementById("
             "'sheets-viewport').children;for(var i=0;i<v.length;i++){v[i].style.display="
             "(v[i].id==id)?'':'none';}}</script></body></html>")
    return "\n".join(h) + "\n"


def sheets_pdf(path: Path, story: list, title: str) -> None:
    """File > Download > PDF: landscape A4, "Fit to width", gridlines, narrow margins, the
    footer holding the sheet's page number only (Sheets' "Page numbers" option)."""
    size = landscape(A4)

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7)
        canv.drawRightString(size[0] - 8 * mm, 6 * mm, str(doc.page))
        canv.restoreState()

    d = SimpleDocTemplate(str(path), pagesize=size, leftMargin=8 * mm, rightMargin=8 * mm,
                          topMargin=8 * mm, bottomMargin=12 * mm, title=title)
    d.build(story, onFirstPage=foot, onLaterPages=foot)
