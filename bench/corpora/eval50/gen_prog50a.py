"""prog50a: a programme tracker KEPT IN GOOGLE SHEETS and shared (programme kind): the
"Local Government Procurement Reform Programme 2025-26 – action tracker", kept by the WLGA's
programme office (real WLGA and real Procurement Act 2023 / Social Partnership and Public
Procurement (Wales) Act 2023; programme, actions and figures invented).

Layout: tab "Actions": A1 the tracker's title, A2 "Last updated: 30/01/2026 ...", row 3 empty,
row 4 the frozen header `ID | Workstream | Action | Lead org | Start | End | Status | Last
update`, one row per action, the workstream repeated on every row and the rows sorted by it
(so the IDs, given as actions were added, are not in order), Status from a data-validation
dropdown ("Complete", "On track", "At risk", "Off track", "Not started"), dates "31/03/2026",
"Last update" a dated note (some with commas, two with a line break in the cell). Tab
"Budget": `Grant | Funder | Allocation 2025-26 | Spent to 31/12/2025 | Notes`, two Welsh
Government grants, the WLGA's own in-kind contribution and a Total row.
Forms: .html File > Share > Publish to web (the whole document: both tabs in the waffle table
with row numbers and column letters); .pdf File > Download > PDF of the workbook (landscape,
fit to width, gridlines, both tabs, page numbers); .txt File > Download > CSV of the Actions
tab only (Sheets downloads one tab; the Budget is not in it, and the .txt has a reading of its
own without grants); .docx the ranges copied from Sheets and pasted into Word (two plain
tables, the title rows pasted as rows of the first).

The reading: items the action rows (14), text the Action cell; section the workstream's
place in the sheet (1-4; the workstreams are unnumbered); status from the Status column
(Complete done, On track in progress, At risk and Off track at risk, Not started planned);
quarter the 2025-26 financial quarter of the End date; partners the organisations named in
the row (Lead org or Action) other than the WLGA and the Welsh Government; grants the two
Budget rows funded by the Welsh Government (the WLGA's in-kind contribution is its own
resource, the Total a sum); title A1; date the "Last updated" date.
"""
from __future__ import annotations

import common50 as C
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

NAME = "prog50a-procurement-sheets-tracker"
TITLE = "Local Government Procurement Reform Programme 2025-26 – action tracker"
DOC_TITLE = "Procurement Reform Programme tracker 2025-26 (shared)"
UPDATED = "Last updated: 30/01/2026 by the Programme Office (WLGA). Please do not sort or filter " \
          "this view – use Data > Create a filter view."
HEAD = ["ID", "Workstream", "Action", "Lead org", "Start", "End", "Status", "Last update"]
STATUS = {"Complete": "done", "On track": "in progress", "At risk": "at risk",
          "Off track": "at risk", "Not started": "planned"}
CHIP = {"Complete": "chip-blue", "On track": "chip-green", "At risk": "chip-amber",
        "Off track": "chip-red", "Not started": "chip-grey"}
PDF_CHIP = {"Complete": "#bfe1f6", "On track": "#d4edbc", "At risk": "#ffe5a0",
            "Off track": "#ffcfc9", "Not started": "#e6e6e6"}

# (id, workstream, action, lead org, start, end, status, last update, section, quarter, partners)
ROWS = [
    ("PR-01", "Procurement Act readiness",
     "Deliver Procurement Act 2023 training to procurement officers in all 22 councils",
     "WLGA", "01/04/2025", "30/09/2025", "Complete",
     "24/09/2025 – final session held in Llandudno; 1,140 officers trained", 1, "2025-26 Q2",
     []),
    ("PR-02", "Procurement Act readiness",
     "Update the model contract procedure rules for the new regime",
     "Lawyers in Local Government", "01/05/2025", "31/10/2025", "Complete",
     "03/11/2025 – model rules issued to monitoring officers", 1, "2025-26 Q3",
     ["Lawyers in Local Government"]),
    ("PR-03", "Procurement Act readiness",
     "Publish all-Wales guidance on pipeline and transparency notices",
     "Welsh Government", "01/06/2025", "31/12/2025", "At risk",
     "20/01/2026 – draft with WG legal services,\nsign-off not yet received", 1, "2025-26 Q3",
     []),
    ("PR-12", "Procurement Act readiness",
     "Set up a procurement helpdesk for councils with CIPFA",
     "WLGA / CIPFA", "01/09/2025", "31/03/2026", "On track",
     "15/01/2026 – helpdesk live for 9 councils, rest to join in February", 1, "2025-26 Q4",
     ["CIPFA"]),
    ("PR-07", "Skills and capacity",
     "Establish a peer network for council category managers",
     "WLGA", "01/04/2025", "31/08/2025", "Complete",
     "02/09/2025 – network launched, 48 members", 2, "2025-26 Q2", []),
    ("PR-08", "Skills and capacity",
     "Launch a procurement apprenticeship pathway with Academi Wales",
     "Academi Wales", "01/07/2025", "31/01/2026", "On track",
     "28/01/2026 – first 12 apprentices start on 2 February", 2, "2025-26 Q4",
     ["Academi Wales"]),
    ("PR-13", "Skills and capacity",
     "Commission commercial skills training for heads of service",
     "WLGA", "01/02/2026", "31/07/2026", "Not started",
     "", 2, "2026-27 Q2", []),
    ("PR-04", "Social partnership duty",
     "Agree model socially responsible procurement objectives for councils",
     "WLGA", "01/04/2025", "31/07/2025", "Complete",
     "30/07/2025 – agreed by the Heads of Procurement Network", 3, "2025-26 Q2", []),
    ("PR-05", "Social partnership duty",
     "Pilot annual socially responsible procurement reports with four councils",
     "WLGA", "01/10/2025", "30/06/2026", "On track",
     "12/01/2026 – Conwy, Powys, Swansea and Torfaen signed up", 3, "2026-27 Q1", []),
    ("PR-06", "Social partnership duty",
     "Produce guidance on the contract management duty for outsourced services",
     "Welsh Government", "01/11/2025", "31/05/2026", "Off track",
     "21/01/2026 – working group has not met since October,\nescalated to the Programme Board",
     3, "2026-27 Q1", []),
    ("PR-14", "Social partnership duty",
     "Include fair work clauses in the all-Wales domiciliary care framework",
     "WLGA", "01/04/2026", "30/09/2026", "Not started", "", 3, "2026-27 Q2", []),
    ("PR-09", "Spend data and analysis",
     "Publish the all-Wales council spend dashboard with Data Cymru",
     "Data Cymru", "01/04/2025", "31/12/2025", "Complete",
     "16/12/2025 – dashboard published, quarterly refresh agreed", 4, "2025-26 Q3",
     ["Data Cymru"]),
    ("PR-10", "Spend data and analysis",
     "Agree common spend categories with the Society of Welsh Treasurers",
     "WLGA", "01/09/2025", "28/02/2026", "On track",
     "09/01/2026 – draft categories out for comment", 4, "2025-26 Q4",
     ["Society of Welsh Treasurers"]),
    ("PR-11", "Spend data and analysis",
     "Report the share of council spend with Welsh businesses",
     "WLGA", "01/01/2026", "31/03/2026", "At risk",
     "27/01/2026 – 6 councils yet to supply data", 4, "2025-26 Q4", []),
]
BUDGET_HEAD = ["Grant", "Funder", "Allocation 2025-26", "Spent to 31/12/2025", "Notes"]
BUDGET = [
    ["Procurement Reform Grant", "Welsh Government", "£480,000", "£301,250",
     "Grant offer letter 14/04/2025"],
    ["Fair Work and Social Partnership Grant", "Welsh Government", "£125,000", "£40,600",
     "Claimed quarterly"],
    ["WLGA contribution (staff time, in kind)", "WLGA", "£30,000", "£22,500", ""],
    ["Total", "", "£635,000", "£364,350", ""],
]


def reading(txt: bool = False) -> dict:
    items = [{"ref": r[0], "section": str(r[8]), "text": r[2], "status": STATUS[r[6]],
              "quarter": r[9], "partners": r[10]} for r in ROWS]
    grants = [] if txt else [
        {"grant": "Procurement Reform Grant", "amount_gbp": 480000, "financial_year": "2025-26"},
        {"grant": "Fair Work and Social Partnership Grant", "amount_gbp": 125000,
         "financial_year": "2025-26"}]
    return {"kind": "programme", "title": TITLE, "date": "2026-01-30",
            "priorities": ["Procurement Act readiness", "Skills and capacity",
                           "Social partnership duty", "Spend data and analysis"],
            "items": items, "grants": grants}


def action_rows() -> list[list[str]]:
    return [[TITLE], [UPDATED], [], HEAD] + [list(r[:8]) for r in ROWS]


def budget_rows() -> list[list[str]]:
    return [["Budget 2025-26"], [], BUDGET_HEAD] + BUDGET


def write_txt() -> None:
    (C.OUT / f"{NAME}.txt").write_text(C.sheets_csv(action_rows()), encoding="utf-8",
                                        newline="")


def write_html() -> None:
    act = action_rows()
    cls = {(0, 0): "s0", (1, 0): "s2"}
    for c in range(len(HEAD)):
        cls[(3, c)] = "s1"
    for k, r in enumerate(ROWS):
        cls[(4 + k, 6)] = "s2 " + CHIP[r[6]]
    bud = budget_rows()
    bcls = {(0, 0): "s0"}
    for c in range(len(BUDGET_HEAD)):
        bcls[(2, c)] = "s1"
    for k in range(len(BUDGET)):
        bcls[(3 + k, 2)] = "s3"
        bcls[(3 + k, 3)] = "s3"
    (C.OUT / f"{NAME}.html").write_text(
        C.sheets_pubhtml(DOC_TITLE, [("Actions", act, 4, cls), ("Budget", bud, 3, bcls)]),
        encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for rows, head_row in ((action_rows(), 3), (budget_rows(), 2)):
        width = max(len(r) for r in rows)
        tb = doc.add_table(rows=len(rows), cols=width)
        tb.style = "Table Grid"
        for i, r in enumerate(rows):
            for j in range(width):
                v = r[j] if j < len(r) else ""
                cell = tb.rows[i].cells[j]
                lines = v.split("\n")
                C.cell_text(cell, lines[0], bold=(i == head_row or (i == 0 and j == 0)),
                            size=14 if (i == 0 and j == 0) else 9)
                for extra in lines[1:]:
                    C.add_par(cell, extra, size=9)
                if i == head_row:
                    C.shade(cell, "D9D9D9")
        C.add_par(doc, "")
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(7)
    cell = st["cell"]
    story = []
    for rows, head_row, widths in ((action_rows(), 3, [14, 34, 70, 30, 17, 17, 17, 62]),
                                   (budget_rows(), 2, [70, 35, 30, 30, 60])):
        width = len(widths)
        data = []
        for r in rows:
            r = list(r) + [""] * (width - len(r))
            data.append([Paragraph(C.esc(v).replace("\n", "<br/>"), cell) for v in r])
        data[0][0] = Paragraph(f"<b>{C.esc(rows[0][0])}</b>", st["h2"])
        style = [("GRID", (0, 0), (-1, -1), 0.25, C.colors.HexColor("#bfbfbf")),
                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("BACKGROUND", (0, head_row), (-1, head_row), C.colors.HexColor("#d9d9d9")),
                 ("SPAN", (0, 0), (min(5, width - 1), 0))]
        for j in range(width):
            data[head_row][j] = Paragraph(f"<b>{C.esc(rows[head_row][j])}</b>", cell)
        if head_row == 3:
            style.append(("SPAN", (0, 1), (4, 1)))
            for k, r in enumerate(ROWS):
                style.append(("BACKGROUND", (6, 4 + k), (6, 4 + k),
                              C.colors.HexColor(PDF_CHIP[r[6]])))
        t = Table(data, colWidths=[w * C.mm for w in widths], repeatRows=0)
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 6 * C.mm)]
        if head_row == 3:
            from reportlab.platypus import PageBreak
            story.append(PageBreak())
    C.sheets_pdf(C.OUT / f"{NAME}.pdf", story, DOC_TITLE)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(ROWS))
