"""prog40a: a programme of the SHIPPED KIND kept as a Smartsheet tracker and exported. WLGA
(real; programme, officers and figures invented), "WLGA Decarbonisation Support Programme
2025-26 – Delivery Tracker", status at 16 January 2026.

Layout: the hierarchy shown ONLY by indentation (parent rows the four priorities, child rows
the actions; no numbers anywhere); columns `Task Name | Health | % Complete | Assigned To |
Start | Finish | Budget`; Health Smartsheet's coloured balls written as Green / Yellow / Red /
Blue (the sheet's key: Yellow at risk, Blue complete; two not-started rows have no ball);
parent rows carry rolled-up Health, % Complete, Start and Finish and the only Budget figures;
Assigned To an e-mail address or a name; dates printed mm/dd/yy as the tool prints them; the
sheet summary (Programme owner, Status as at, Funding) above the grid.

The reading (typed here by hand): items the 14 child rows (text the Task Name); section the
priority's place (1-4, nothing is printed); status from the Health ball through the key
(Blue done, Green in progress, Yellow and Red at risk, no ball with 0% and a future Start
planned); quarter the 2025-26 financial quarter of the Finish date (when the action is or was
due; 2026-27 for Finish dates after March 2026); partners the organisations in the task name
(not the Assigned To column). Grants: the one grant of the sheet summary, the Decarbonisation
Support Grant (£575,000, 2025-26); the Budget figures are its shares by priority, not grants.
Title the sheet name; date 2026-01-16 (the summary's "Status as at 01/16/26").

Forms: .html Smartsheet's published sheet (`<td style="padding-left: 20px">` indent, ball
spans with the colour word); .pdf the tool's print (landscape, the grid on the left and a
Gantt bar area by month on the right, printed date in the header, page numbers); .docx the
grid pasted into Word (a table, the indent as a paragraph left indent); .txt tab separated
(the indent as leading spaces), the summary fields first.
"""
from __future__ import annotations

from common40 import page  # noqa: F401  (sets sys.path)
from gen_common import (OUT, P, add_par, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade)
from docx.shared import Cm, Pt
from docx.enum.section import WD_ORIENT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

NAME = "prog40a-smartsheet-decarbonisation-tracker"
TITLE = "WLGA Decarbonisation Support Programme 2025-26 – Delivery Tracker"
SUMMARY = [("Programme owner", "Head of Climate and Decarbonisation, WLGA"),
           ("Status as at", "01/16/26"),
           ("Funding", "Decarbonisation Support Grant 2025-26 (Welsh Government) £575,000"),
           ("Health key", "Green on track · Yellow at risk · Red off track · Blue complete")]
# parent rows: (priority, health, pct, start, finish, budget, [children])
# child rows: (task, health, pct, assigned, start, finish, status, quarter, partners)
SHEET = [
    ("Net zero planning and reporting", "Yellow", "61%", "04/01/25", "03/31/26", "£180,000", [
        ("Publish the 2024-25 net zero reporting summary for all 22 councils", "Blue", "100%",
         "rhian.price@wlga.gov.uk", "04/01/25", "07/31/25", "done", "2025-26 Q2", []),
        ("Refresh the carbon accounting methodology with Data Cymru", "Green", "60%",
         "Owain Hughes", "06/02/25", "03/31/26", "in progress", "2025-26 Q4", ["Data Cymru"]),
        ("Run peer reviews of council decarbonisation action plans", "Yellow", "35%",
         "owain.hughes@wlga.gov.uk", "09/01/25", "02/27/26", "at risk", "2025-26 Q4", []),
        ("Train elected members in climate scrutiny with the Centre for Governance and "
         "Scrutiny", "Green", "50%", "Siân Evans", "10/06/25", "12/19/25", "in progress",
         "2025-26 Q3", ["Centre for Governance and Scrutiny"]),
    ]),
    ("Buildings and energy", "Red", "40%", "05/12/25", "06/30/26", "£240,000", [
        ("Complete energy surveys of 140 council buildings", "Blue", "100%",
         "tomos.jenkins@wlga.gov.uk", "05/12/25", "10/31/25", "done", "2025-26 Q3", []),
        ("Procure a national framework for solar PV on school roofs", "Red", "20%",
         "Tomos Jenkins", "07/01/25", "01/30/26", "at risk", "2025-26 Q4", []),
        ("Build the pipeline of council retrofit projects for the next Re:fit Cymru wave",
         "Green", "40%", "tomos.jenkins@wlga.gov.uk", "09/15/25", "05/29/26", "in progress",
         "2026-27 Q1", []),
        ("Publish guidance on heat decarbonisation plans for council housing", "", "0%",
         "Rhian Price", "04/06/26", "06/30/26", "planned", "2026-27 Q1", []),
    ]),
    ("Fleet and transport", "Green", "67%", "04/14/25", "03/20/26", "£95,000", [
        ("Agree a shared specification for electric refuse collection vehicles", "Blue",
         "100%", "Gareth Morgan", "04/14/25", "09/26/25", "done", "2025-26 Q2", []),
        ("Map gaps in public charge points in rural wards with the councils' transport leads",
         "Green", "75%", "gareth.morgan@wlga.gov.uk", "06/16/25", "12/12/25", "in progress",
         "2025-26 Q3", []),
        ("Pilot pool car sharing between three neighbouring councils", "Yellow", "25%",
         "Gareth Morgan", "10/01/25", "03/20/26", "at risk", "2025-26 Q4", []),
    ]),
    ("Procurement and supply chains", "Green", "52%", "08/04/25", "09/30/26", "£60,000", [
        ("Publish carbon reporting guidance for council finance teams with CIPFA", "Green",
         "55%", "Elin Rowlands", "08/04/25", "02/13/26", "in progress", "2025-26 Q4",
         ["CIPFA"]),
        ("Hold supplier engagement events in North and South Wales", "Blue", "100%",
         "elin.rowlands@wlga.gov.uk", "09/08/25", "11/21/25", "done", "2025-26 Q3", []),
        ("Report scope 3 emissions from the top 50 suppliers of each council", "", "0%",
         "Elin Rowlands", "04/01/26", "09/30/26", "planned", "2026-27 Q2", []),
    ]),
]
HEAD = ["Task Name", "Health", "% Complete", "Assigned To", "Start", "Finish", "Budget"]
BALL = {"Green": "#2E9E44", "Yellow": "#F2C200", "Red": "#D52B1E", "Blue": "#1F6FD1", "": "#FFFFFF"}


def reading() -> dict:
    items = []
    for i, (_p, *_x, kids) in enumerate(SHEET, 1):
        for j, (task, _h, _pc, _a, _s, _f, st, q, partners) in enumerate(kids, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": task, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2026-01-16",
            "priorities": [p[0] for p in SHEET], "items": items,
            "grants": [{"grant": "Decarbonisation Support Grant", "amount_gbp": 575000,
                        "financial_year": "2025-26"}]}


def rows():
    """(level, cells) for every row of the grid."""
    for name, h, pc, s, f, budget, kids in SHEET:
        yield 0, [name, h, pc, "", s, f, budget]
        for task, hh, pcc, a, ss, ff, *_ in kids:
            yield 1, [task, hh, pcc, a, ss, ff, ""]


def write_txt() -> None:
    out = [TITLE] + [f"{k}: {v}" for k, v in SUMMARY] + ["", "\t".join(HEAD)]
    out += ["\t".join([" " * (4 * lvl) + c[0]] + c[1:]) for lvl, c in rows()]
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - Smartsheet.com</title>",
         "<style>body{font-family:Arial,sans-serif;font-size:13px} table{border-collapse:"
         "collapse} td,th{border:1px solid #ddd;padding:2px 6px} .ball{display:inline-block;"
         "width:10px;height:10px;border-radius:5px;margin-right:4px} .parent td{font-weight:"
         "bold}</style></head><body>",
         '<div class="publish-header"><span class="logo">smartsheet</span> '
         f'<span class="sheet-name">{esc(TITLE)}</span> '
         '<a href="#" class="signin">Log in</a> <a href="#">Try Smartsheet for free</a></div>',
         '<div class="sheet-summary" aria-label="Sheet Summary"><h2>Sheet Summary</h2><table>']
    h += [f'<tr><th scope="row">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in SUMMARY]
    h += ["</table></div>", '<table class="grid" id="grid"><thead><tr><th></th>']
    h += [f"<th>{esc(x)}</th>" for x in HEAD] + ["</tr></thead><tbody>"]
    for n, (lvl, c) in enumerate(rows(), 1):
        cls = ' class="parent"' if lvl == 0 else ""
        toggle = '<span class="expander" aria-expanded="true">▾</span> ' if lvl == 0 else ""
        ball = (f'<span class="ball" style="background:{BALL[c[1]]}" title="{c[1]}"></span>'
                f"{c[1]}") if c[1] else ""
        h.append(f'<tr{cls} data-row="{n}"><td class="rownum">{n}</td>'
                 f'<td style="padding-left: {20 * lvl}px">{toggle}{esc(c[0])}</td>'
                 f"<td>{ball}</td>" + "".join(f"<td>{esc(x)}</td>" for x in c[2:]) + "</tr>")
    h += ["</tbody></table>",
          '<div class="publish-footer">Published with Smartsheet · <a href="#">Report abuse'
          "</a></div></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, "WLGA Climate and Decarbonisation Team")
    footer_page_numbers(doc, "Decarbonisation Support Programme tracker")
    add_par(doc, TITLE, bold=True, size=14)
    for k, v in SUMMARY:
        p = add_par(doc, k + ": ", bold=True)
        p.add_run(v)
    tb = doc.add_table(rows=1, cols=len(HEAD))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x, bold=True)
        shade(c, "E7E6E6")
    for lvl, vals in rows():
        cells = tb.add_row().cells
        for k, (c, x) in enumerate(zip(cells, vals)):
            cell_text(c, x, bold=(lvl == 0))
            if k == 0 and lvl:
                c.paragraphs[0].paragraph_format.left_indent = Cm(0.6)
    doc.save(OUT / f"{NAME}.docx")


MONTHS = ["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb", "Mar",
          "Apr", "May", "Jun", "Jul", "Aug", "Sep"]


def month_index(d: str) -> int:
    m, _dd, yy = (int(x) for x in d.split("/"))
    return (yy - 25) * 12 + m - 4


def write_pdf() -> None:
    st = pdf_styles(7)
    head1 = [""] * 7 + ["2025"] + [""] * 8 + ["2026"] + [""] * 9
    head1 = head1[:7 + len(MONTHS)]
    data = [head1, HEAD + MONTHS]
    style = [("FONT", (0, 0), (-1, -1), "DejaVu", 6.5), ("FONT", (0, 1), (-1, 1), "DejaVu-Bold", 6.5),
             ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#CCCCCC")),
             ("LINEAFTER", (6, 0), (6, -1), 0.75, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#EEEEEE"))]
    for r, (lvl, c) in enumerate(rows(), 2):
        task = P(("<b>%s</b>" if lvl == 0 else "%s") % esc(c[0]), st["cell"])
        ball = (f'<font color="{BALL[c[1]]}">●</font> {c[1]}') if c[1] else ""
        data.append([task, P(ball, st["cell"])] + c[2:] + [""] * len(MONTHS))
        if lvl:
            style.append(("LEFTPADDING", (0, r), (0, r), 14))
        a, b = month_index(c[4]), month_index(c[5])
        fill = colors.HexColor("#7FA7D9" if lvl else "#333333")
        style.append(("BACKGROUND", (7 + max(a, 0), r), (7 + min(b, len(MONTHS) - 1), r), fill))
    widths = [70 * mm, 16 * mm, 16 * mm, 35 * mm, 13 * mm, 13 * mm, 14 * mm] + [5.6 * mm] * len(MONTHS)
    t = Table(data, colWidths=widths, repeatRows=2)
    t.setStyle(TableStyle(style))
    story = [P(f"<b>{esc(TITLE)}</b>", st["h2"])]
    story += [P(f"<b>{esc(k)}:</b> {esc(v)}", st["small"]) for k, v in SUMMARY] + [t]
    size = landscape(A4)

    def deco(canvas, doc):
        canvas.setFont("DejaVu", 6.5)
        canvas.drawString(10 * mm, size[1] - 8 * mm, TITLE)
        canvas.drawRightString(size[0] - 10 * mm, size[1] - 8 * mm, "Printed: 01/16/26 10:42 AM")
        canvas.drawRightString(size[0] - 10 * mm, 7 * mm, f"Page {doc.page}")
    d = SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=size, leftMargin=10 * mm,
                          rightMargin=10 * mm, topMargin=12 * mm, bottomMargin=12 * mm,
                          title=TITLE)
    d.build(story, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
