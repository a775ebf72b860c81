"""prog25a: a MICROSOFT PLANNER BOARD EXPORTED AND PRINTED by a programme office: one row or
card per task with Task Name | Bucket Name | Progress (Not started / In progress / Completed) |
Priority | Assigned To | Start Date | Due Date (dd/mm/yyyy) | Late | Checklist (3/5) | Labels.
The buckets are the programme's areas; tasks are assigned to named people whose organisation
is stated only in a key ("People on this plan"); late tasks are flagged "Late" (Planner's own
flag: due before the export date and not completed).

WLGA Climate Change Support Programme (setting real; content invented), board exported
06/10/2025 for the programme's delivery group.
Forms: .md the Planner "Export plan to Excel" sheet converted by pandoc (pipe table, Planner's
own column names, Late true/false, Completed Checklist Items and Checklist Items in two
columns); .html the board printed from the browser as KANBAN columns side by side (one
<section> per bucket, cards of <div>s: title, label chips, due date, checklist "3/5",
assignee initials with a title attribute), with Planner's chrome (app bar, filter, "Group by
Bucket"); .docx the Excel sheet pasted into Word as a landscape table sorted by bucket;
.pdf the Kanban board printed: one column per bucket side by side, cards as boxed nested tables.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from reportlab.platypus import Table, TableStyle

NAME = "prog25a-planner-board-export"
TITLE = "Climate Change Support Programme 2025-26 – delivery board"
EXPORTED = "06/10/2025"
INTRO = ("Tasks of the WLGA Climate Change Support Programme's delivery board in Microsoft "
         "Planner, exported on 06/10/2025 for the Decarbonisation Delivery Group. Each bucket "
         "is one of the programme's four work areas. Tasks flagged Late were due before the "
         "export date and are not complete.")
PEOPLE = [("Carys Morgan", "CM", "WLGA Climate Change Support Programme (programme manager)"),
          ("Dafydd Rees", "DR", "WLGA Climate Change Support Programme (energy adviser)"),
          ("Nia Thomas", "NT", "Data Cymru (data analyst, seconded to the programme)"),
          ("Owain Price", "OP", "Academi Wales (learning and development)"),
          ("Helen Jarvis", "HJ", "CIPFA (procurement adviser)")]
LABELS = [("Net Zero 2030", "pink"), ("Council support", "blue"), ("Training", "green"),
          ("Reporting", "purple")]
BUCKETS = ["Buildings and energy", "Fleet and transport", "Procurement and supply chain",
           "Data and reporting"]
# bucket -> [(task, progress, priority, assigned, start, due, late, done, items, labels,
#             STATUS, QUARTER, PARTNERS)]  (status, quarter, partners typed by the reader)
TASKS = {
    "Buildings and energy": [
        ("Publish the school heat decarbonisation pathway guidance", "Completed", "Medium",
         ["Carys Morgan"], "01/04/2025", "30/06/2025", False, 5, 5, ["Net Zero 2030"],
         "done", "2025-26 Q1", []),
        ("Run heat pump retrofit workshops for council estates teams", "In progress",
         "Important", ["Carys Morgan", "Owain Price"], "01/07/2025", "28/11/2025", False, 2, 4,
         ["Training", "Council support"], "in progress", "2025-26 Q3", ["Academi Wales"]),
        ("Collect display energy certificates from all 22 councils", "In progress", "Urgent",
         ["Dafydd Rees"], "14/07/2025", "19/09/2025", True, 3, 5, ["Council support"],
         "at risk", "2025-26 Q2", []),
        ("Agree a framework for solar PV on council car parks", "Not started", "Medium",
         ["Dafydd Rees"], "03/11/2025", "27/02/2026", False, 0, 3, ["Net Zero 2030"],
         "planned", "2025-26 Q4", []),
    ],
    "Fleet and transport": [
        ("Map EV charge points installed at council depots", "Completed", "Medium",
         ["Nia Thomas"], "01/05/2025", "31/07/2025", False, 4, 4, ["Reporting"],
         "done", "2025-26 Q2", ["Data Cymru"]),
        ("Draft the ultra low emission fleet transition toolkit", "In progress", "Important",
         ["Carys Morgan"], "02/06/2025", "12/09/2025", True, 1, 6, ["Net Zero 2030"],
         "at risk", "2025-26 Q2", []),
        ("Set up a hydrogen refuse vehicle trial with two councils", "Not started", "Low",
         ["Dafydd Rees"], "05/01/2026", "30/06/2026", False, 0, 4, ["Council support"],
         "planned", "2026-27 Q1", []),
    ],
    "Procurement and supply chain": [
        ("Add the carbon reduction clause to council procurement templates", "In progress",
         "Medium", ["Helen Jarvis"], "01/08/2025", "31/10/2025", False, 2, 3,
         ["Council support"], "in progress", "2025-26 Q3", ["CIPFA"]),
        ("Train procurement officers in supplier carbon reporting", "Not started", "Medium",
         ["Owain Price"], "12/01/2026", "31/03/2026", False, 0, 2, ["Training"],
         "planned", "2025-26 Q4", ["Academi Wales"]),
        ("Estimate scope 3 emissions from council purchasing", "Completed", "Important",
         ["Nia Thomas", "Helen Jarvis"], "01/04/2025", "29/08/2025", False, 5, 5,
         ["Reporting"], "done", "2025-26 Q2", ["Data Cymru", "CIPFA"]),
    ],
    "Data and reporting": [
        ("Issue the 2024-25 net zero reporting return to councils", "Completed", "Urgent",
         ["Nia Thomas"], "01/04/2025", "30/05/2025", False, 3, 3, ["Reporting"],
         "done", "2025-26 Q1", ["Data Cymru"]),
        ("Publish the all-Wales council emissions dashboard", "In progress", "Important",
         ["Nia Thomas", "Dafydd Rees"], "02/06/2025", "15/12/2025", False, 3, 5,
         ["Reporting", "Net Zero 2030"], "in progress", "2025-26 Q3", ["Data Cymru"]),
        ("Review the net zero reporting guidance with the Welsh Government", "Not started",
         "Medium", ["Carys Morgan"], "02/02/2026", "29/05/2026", False, 0, 2, ["Reporting"],
         "planned", "2026-27 Q1", []),
    ],
}
INITIALS = {n: i for n, i, _o in PEOPLE}
COLS = ["Task Name", "Bucket Name", "Progress", "Priority", "Assigned To", "Start Date",
        "Due Date", "Late", "Completed Checklist Items", "Checklist Items", "Labels"]


def rows():
    for b in BUCKETS:
        for t in TASKS[b]:
            name, prog, pri, who, start, due, late, done, items, labels = t[:10]
            yield [name, b, prog, pri, ";".join(who), start, due, "true" if late else "false",
                   str(done), str(items), ";".join(labels)]


def reading() -> dict:
    items = []
    for s, b in enumerate(BUCKETS, 1):
        for k, t in enumerate(TASKS[b], 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": t[0], "status": t[10],
                          "quarter": t[11], "partners": t[12]})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-06", "priorities": BUCKETS,
            "items": items, "grants": []}


def write_md() -> None:
    out = [f"# {TITLE}", "", INTRO, "", "## People on this plan", ""]
    out += [f"- {n} ({i}) – {o}" for n, i, o in PEOPLE] + ["", "## Tasks", ""]
    out += ["| " + " | ".join(COLS) + " |", "|" + "---|" * len(COLS)]
    out += ["| " + " | ".join(r) + " |" for r in rows()]
    out += ["", f"*Exported from Microsoft Planner on {EXPORTED} 09:14.*"]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def card_html(t) -> str:
    name, prog, pri, who, start, due, late, done, items, labels = t[:10]
    chips = "".join(f'<span class="label {dict(LABELS)[x]}">{esc(x)}</span>' for x in labels)
    icon = {"Completed": "✔", "In progress": "◐", "Not started": "○"}[prog]
    flag = '<span class="late">Late</span>' if late else ""
    pr = f'<span class="priority">{esc(pri)}</span>' if pri in ("Urgent", "Important") else ""
    shown = due[:5] if due.endswith("/2025") else due  # (Planner: the year only if not this one)
    avatars = "".join(f'<span class="avatar" title="{esc(n)}">{INITIALS[n]}</span>'
                      for n in who)
    return (f'<div class="card" draggable="true"><div class="labels">{chips}</div>'
            f'<div class="title"><span class="progress" title="{esc(prog)}">{icon}</span> '
            f"{esc(name)}</div>"
            f'<div class="meta">{pr}{flag}<span class="due">{esc(shown)}</span>'
            f'<span class="checklist">☑ {done}/{items}</span></div>'
            f'<div class="assignees">{avatars}</div></div>')


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - Board - Planner</title>",
         "<style>.board{display:flex}.bucket{width:25%}.late{color:#a4262c}</style>",
         "</head><body>",
         '<div class="appbar"><span class="waffle">⋮⋮⋮</span> <span>Planner</span> '
         '<input type="search" placeholder="Search"> <span class="me">CM</span></div>',
         '<div class="plan-header"><span class="plan-icon">DS</span>'
         f'<h1 class="plan-name">{esc(TITLE)}</h1>'
         '<ul class="views"><li class="selected">Board</li><li>Charts</li><li>Schedule</li>'
         '</ul><span class="filter">Filter (0)</span> <span class="group">Group by Bucket'
         '</span></div>', f'<p class="print-note">{esc(INTRO)}</p>',
         '<div class="board">']
    for b in BUCKETS:
        h += [f'<section class="bucket"><h2 class="bucket-name">{esc(b)}</h2>',
              '<button class="add-task">+ Add task</button>']
        h += [card_html(t) for t in TASKS[b] if t[1] != "Completed"]
        comp = [t for t in TASKS[b] if t[1] == "Completed"]
        if comp:
            h.append(f'<div class="completed-toggle">Completed tasks {len(comp)}</div>')
            h += [card_html(t) for t in comp]
        h.append("</section>")
    h += ['<section class="bucket new"><span>Add new bucket</span></section></div>',
          '<div class="key"><h3>People on this plan</h3><ul>']
    h += [f"<li><span class=\"avatar\">{i}</span> {esc(n)} – {esc(o)}</li>"
          for n, i, o in PEOPLE]
    h += ["</ul><h3>Labels</h3><ul>"] + [f"<li>{esc(x)} ({c})</li>" for x, c in LABELS]
    h += ["</ul></div>", f'<footer>Printed {EXPORTED} · Microsoft Planner</footer>',
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    header_text(doc, "WLGA Climate Change Support Programme")
    footer_page_numbers(doc, f"Planner export {EXPORTED}")
    doc.add_heading(TITLE, level=1)
    add_par(doc, INTRO)
    add_par(doc, "People on this plan", bold=True)
    for n, i, o in PEOPLE:
        add_par(doc, f"{n} ({i}) – {o}", style="List Bullet")
    tb = doc.add_table(rows=1, cols=len(COLS))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, COLS):
        cell_text(c, x, bold=True, size=8)
        shade(c, "DDEBF7")
    for r in rows():
        cells = tb.add_row().cells
        for c, x in zip(cells, r):
            cell_text(c, x, size=8)
        if r[7] == "true":
            shade(cells[7], "F4B084")
    add_par(doc, f"Exported from Microsoft Planner on {EXPORTED} 09:14.").runs[0].italic = True
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(8)
    cell, cellb = st["cell"], st["cellb"]
    story = [P(esc(TITLE), st["title"]), P(esc(INTRO), st["body"])]

    def card(t):
        name, prog, pri, who, start, due, late, done, items, labels = t[:10]
        lines = [[P(" · ".join(esc(x) for x in labels), st["small"])],
                 [P(f"<b>{esc(name)}</b>", cell)],
                 [P(f"{esc(prog)}" + (f" · {esc(pri)}" if pri in ("Urgent", "Important")
                                        else ""), st["small"])],
                 [P(("<font color='#a4262c'><b>Late</b></font> · " if late else "")
                    + f"Due {esc(due)} · Checklist {done}/{items}", st["small"])],
                 [P(", ".join(INITIALS[n] for n in who), st["small"])]]
        c = Table(lines, colWidths=[58 * mm])
        c.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F8F8F8")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        return c

    head = [P(f"<b>{esc(b)}</b> ({len(TASKS[b])})", cellb) for b in BUCKETS]
    n = max(len(TASKS[b]) for b in BUCKETS)
    body = [[card(TASKS[b][i]) if i < len(TASKS[b]) else "" for b in BUCKETS]
            for i in range(n)]
    t = Table([head] + body, colWidths=[62 * mm] * 4)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
    story += [t, P("People on this plan", st["h2"])]
    story += [P(f"{i} – {esc(n)}, {esc(o)}", st["body"]) for n, i, o in PEOPLE]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{TITLE} – printed {EXPORTED}",
              "Microsoft Planner", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
