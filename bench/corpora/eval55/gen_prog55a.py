"""prog55a: a WLGA programme kept in MICROSOFT PROJECT and exported. The (invented) "WLGA
Digital Transformation Programme 2025-26" plan (the WLGA's real digital team and the
Local Government Digital Transformation Fund it manages; tasks, officers, figures invented),
status date and print Thursday 12 February 2026.

Layout: Project's task table. ID 0 the project summary task (the programme's name); outline
level 1 SUMMARY tasks the three priorities; level 2 tasks (outline "1.3") the programme's
actions, two of them MILESTONES ("0 days"); level 3 sub-tasks ("1.3.2") the steps of two
tasks; % complete 0-100 the only status; dates "Tue 31/03/26"; Resource Names (people, the
WLGA Digital Team, and partners: Data Cymru, Academi Wales, SOLACE); Notes, two summary
tasks' notes naming their grant "Grant: Digital Transformation Grant £530,000".

The reading (typed here before any loader ran): items the 13 level-2 rows (tasks and
milestones alike); the level-3 sub-tasks are steps of their task, NOT items, and not part
of its text; text the Task Name alone (not its Notes); section the outline number's first
part; status from % complete alone (100 done, 1-99 in progress, 0 planned, whatever the
dates); quarter the financial-year quarter of the Finish date; partners the organisations in
the Task Name or the Resource Names (people and "WLGA Digital Team" are not partners).
Priorities the three summary task names. Grants the two summary tasks' Notes, 2025-26 (the
plan's year). Title the project summary task's name; date the print/status date 2026-02-12
(the .txt export prints no date: a reading of its own with date "").
Forms: .txt Project's "Save As > Text (tab delimited)" (no indentation, CRLF, Notes quoted);
.pdf Project's print of the task table (landscape, Gantt bars dropped, indented names, bold
summaries, header "Project: ... Date: ...", "Page N"); .html a SharePoint project site's
task list (indentation by CSS padding, no nested lists); .docx a board report with the table
pasted as a Word table (indentation by leading spaces in the Task Name cell).
"""
from __future__ import annotations

import datetime as dt

import numpy as np
from common55 import (GRID, OUT, P, add_par, cell_text, colors, esc, footer_page_numbers,
                      header_text, mm, new_docx, pdf_styles, set_repeat_header, shade)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "prog55a-digital-programme-ms-project"
TITLE = "WLGA Digital Transformation Programme 2025-26"
STATUS_DATE = dt.date(2026, 2, 12)

# (outline, name, start, finish, pct, resources, notes, milestone,
#  reading: status, quarter, partners)   -- level-1 and level-3 rows carry None readings
D = dt.date
ROWS = [
    ("1", "Digital services and data", D(2025, 4, 1), D(2026, 10, 30), 58, "", 
     "Grant: Digital Transformation Grant £530,000", False, None),
    ("1.1", "Roll out the council website accessibility toolkit", D(2025, 4, 1),
     D(2025, 10, 31), 100, "Siân Morgan; WLGA Digital Team", "", False,
     ("done", "2025-26 Q3", [])),
    ("1.2", "Build a council tax collection benchmarking dashboard with Data Cymru",
     D(2025, 6, 2), D(2026, 3, 27), 60, "Data Cymru; Owain Rees", "Pilot with six councils "
     "first.", False, ("in progress", "2025-26 Q4", ["Data Cymru"])),
    ("1.3", "Procure a shared chatbot platform for councils", D(2025, 7, 1), D(2026, 3, 31),
     40, "Owain Rees", "", False, ("in progress", "2025-26 Q4", [])),
    ("1.3.1", "Market engagement with suppliers", D(2025, 7, 1), D(2025, 9, 30), 100,
     "Owain Rees", "", False, None),
    ("1.3.2", "Tender evaluation", D(2025, 11, 3), D(2026, 2, 27), 20, "Owain Rees", "",
     False, None),
    ("1.3.3", "Contract award", D(2026, 3, 31), D(2026, 3, 31), 0, "", "", True, None),
    ("1.4", "Digital maturity assessment report published", D(2025, 9, 19), D(2025, 9, 19),
     100, "Siân Morgan", "", True, ("done", "2025-26 Q2", [])),
    ("1.5", "Agree an open data standard for planning applications", D(2026, 5, 4),
     D(2026, 10, 30), 0, "Siân Morgan", "Depends on the Welsh Government's planning "
     "portal timetable.", False, ("planned", "2026-27 Q3", [])),
    ("2", "Cyber security and resilience", D(2025, 4, 1), D(2026, 4, 30), 71, "",
     "Grant: Cyber Resilience Fund £95,000 (Welsh Government, 2025-26)", False, None),
    ("2.1", "Run a cyber incident exercise with each of the 22 councils", D(2025, 5, 6),
     D(2026, 3, 13), 75, "Gethin Powell", "17 of 22 exercises held.", False,
     ("in progress", "2025-26 Q4", [])),
    ("2.2", "Renew the Wales WARP membership for all councils", D(2025, 4, 1),
     D(2025, 6, 30), 100, "Gethin Powell", "", False, ("done", "2025-26 Q1", [])),
    ("2.3", "Publish an incident response playbook for elected members", D(2026, 1, 12),
     D(2026, 3, 27), 0, "Gethin Powell", "", False, ("planned", "2025-26 Q4", [])),
    ("2.4", "Deliver cyber awareness training for councillors", D(2025, 10, 1),
     D(2026, 4, 30), 50, "Gethin Powell; WLGA Digital Team", "", False,
     ("in progress", "2026-27 Q1", [])),
    ("2.4.1", "Design the e-learning module", D(2025, 10, 1), D(2025, 12, 19), 100,
     "WLGA Digital Team", "", False, None),
    ("2.4.2", "Pilot the module with three councils", D(2026, 2, 2), D(2026, 4, 30), 0,
     "Gethin Powell", "", False, None),
    ("3", "Digital skills and leadership", D(2025, 4, 1), D(2026, 6, 30), 55, "", "", False,
     None),
    ("3.1", "Digital leadership programme for senior officers", D(2025, 4, 1),
     D(2025, 11, 28), 100, "Academi Wales; Catrin Lewis", "", False,
     ("done", "2025-26 Q3", ["Academi Wales"])),
    ("3.2", "Develop a digital apprenticeships framework for local government",
     D(2025, 9, 1), D(2026, 6, 30), 30, "Catrin Lewis", "", False,
     ("in progress", "2026-27 Q1", [])),
    ("3.3", "Digital skills survey results reported to Executive Board", D(2026, 3, 27),
     D(2026, 3, 27), 0, "Catrin Lewis", "", True, ("planned", "2025-26 Q4", [])),
    ("3.4", "Establish a network of member digital champions", D(2025, 6, 2),
     D(2026, 2, 20), 90, "SOLACE; Catrin Lewis", "", False,
     ("in progress", "2025-26 Q4", ["SOLACE"])),
]
PROJECT = (TITLE, D(2025, 4, 1), D(2026, 10, 30), 62)


def fmt(d: dt.date) -> str:
    return d.strftime("%a %d/%m/%y")


def duration(start, finish, milestone) -> str:
    if milestone:
        return "0 days"
    n = int(np.busday_count(start, finish + dt.timedelta(days=1)))
    return f"{n} days"


def level(outline: str) -> int:
    return outline.count(".") + 1


def reading(txt: bool = False) -> dict:
    items = [{"ref": o, "section": o.split(".")[0], "text": name, "status": r[0],
              "quarter": r[1], "partners": r[2]}
             for o, name, *_x, r in ROWS if r is not None and level(o) == 2]
    return {"kind": "programme", "title": TITLE, "date": "" if txt else "2026-02-12",
            "priorities": [name for o, name, *_x in ROWS if level(o) == 1],
            "items": items,
            "grants": [{"grant": "Digital Transformation Grant", "amount_gbp": 530000,
                        "financial_year": "2025-26"},
                       {"grant": "Cyber Resilience Fund", "amount_gbp": 95000,
                        "financial_year": "2025-26"}]}


def table_rows():
    """(id, outline level, outline number, name, duration, start, finish, pct, resources,
    notes, summary) with the project summary task as ID 0."""
    out = [(0, 0, "0", PROJECT[0], duration(PROJECT[1], PROJECT[2], False), fmt(PROJECT[1]),
            fmt(PROJECT[2]), PROJECT[3], "", "", True)]
    for i, (o, name, s, f, pct, res, notes, ms, _r) in enumerate(ROWS, 1):
        summary = any(r[0].startswith(o + ".") for r in ROWS)
        out.append((i, level(o), o, name, duration(s, f, ms), fmt(s), fmt(f), pct, res, notes,
                    summary))
    return out


def write_txt() -> None:
    head = ["ID", "Outline Level", "Outline Number", "Task Name", "Duration", "Start",
            "Finish", "% Complete", "Resource Names", "Notes"]
    lines = ["\t".join(head)]
    for i, lv, o, name, dur, s, f, pct, res, notes, _sm in table_rows():
        q = f'"{notes}"' if notes else ""
        lines.append("\t".join([str(i), str(lv), o, name, dur, s, f, f"{pct}%", res, q]))
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def write_pdf() -> None:
    st = pdf_styles(8)
    head = ["ID", "Task Name", "Duration", "Start", "Finish", "% Comp.", "Resource Names",
            "Notes"]
    data = [[P(f"<b>{h}</b>", st["cell"]) for h in head]]
    bold_rows = []
    for k, (i, lv, o, name, dur, s, f, pct, res, notes, sm) in enumerate(table_rows(), 1):
        from reportlab.lib.styles import ParagraphStyle
        ind = ParagraphStyle(f"i{k}", parent=st["cellb" if sm else "cell"], leftIndent=9 * lv)
        data.append([P(str(i), st["cell"]), P(esc(name), ind), P(dur, st["cell"]),
                     P(s, st["cell"]), P(f, st["cell"]), P(f"{pct}%", st["cell"]),
                     P(esc(res), st["cell"]), P(esc(notes), st["cell"])])
        if sm:
            bold_rows.append(k)
    t = Table(data, colWidths=[10 * mm, 82 * mm, 18 * mm, 22 * mm, 22 * mm, 15 * mm, 45 * mm,
                               50 * mm], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DFE3E8")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))

    def furniture(c, d):
        w, h = landscape(A4)
        c.setFont("DejaVu", 7.5)
        c.drawString(15 * mm, h - 10 * mm, "Project: WLGA Digital Programme 2025-26.mpp")
        c.drawString(15 * mm, h - 14 * mm, "Date: " + fmt(STATUS_DATE))
        c.drawCentredString(w / 2, 8 * mm, f"Page {c.getPageNumber()}")

    doc = SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=landscape(A4),
                            leftMargin=15 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                            bottomMargin=15 * mm, title="WLGA Digital Programme 2025-26")
    doc.build([t, Spacer(1, 4)], onFirstPage=furniture, onLaterPages=furniture)


def write_html() -> None:
    rows = []
    for i, lv, o, name, dur, s, f, pct, res, notes, sm in table_rows():
        due = dt.datetime.strptime(f[4:], "%d/%m/%y").strftime("%d/%m/%Y")
        start = dt.datetime.strptime(s[4:], "%d/%m/%y").strftime("%d/%m/%Y")
        weight = "font-weight:600;" if sm else ""
        chk = "checked " if pct == 100 else ""
        rows.append(
            f'<tr class="ms-itmhover" role="row"><td class="ms-cellstyle ms-vb-firstCell">'
            f'<input type="checkbox" {chk}disabled aria-label="Completed"></td>'
            f'<td class="ms-cellstyle ms-vb-title"><div style="padding-left:{lv * 24}px;{weight}">'
            f'<a class="ms-listlink" href="#">{esc(name)}</a></div></td>'
            f'<td class="ms-cellstyle ms-vb2">{start}</td><td class="ms-cellstyle ms-vb2">{due}</td>'
            f'<td class="ms-cellstyle ms-vb2">{pct} %</td>'
            f'<td class="ms-cellstyle ms-vb-user">{esc(res)}</td>'
            f'<td class="ms-cellstyle ms-vb2">{esc(notes)}</td></tr>')
    body = "\n".join(rows)
    html = f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr"><head><meta charset="utf-8">
<title>Tasks - All Tasks</title>
<style>.ms-listviewtable td{{padding:4px 8px;border-bottom:1px solid #eaeaea}}
.ms-core-suiteBar{{background:#0078d4;color:#fff}}</style></head>
<body class="ms-backgroundImage">
<div id="suiteBarTop" class="ms-core-suiteBar"><span class="ms-core-brandingText">SharePoint</span>
<a href="#">Newsfeed</a> <a href="#">OneDrive</a> <a href="#">Sites</a> <span>Catrin Lewis</span></div>
<div id="s4-titlerow"><div class="ms-siteIcon-img"><img src="/_layouts/15/images/siteIcon.png" alt="Site icon"></div>
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea">
<a href="#">{esc(TITLE)}</a> <span class="ms-ltviewselectormenuheader">Tasks</span></span></h1>
<div class="ms-breadcrumb">WLGA Digital Team &gt; Projects &gt; {esc(TITLE)} &gt; Tasks</div></div>
<div id="sideNavBox"><nav aria-label="Quick launch"><ul class="ms-core-listMenu-root">
<li><a href="#">Home</a></li><li><a href="#">Notebook</a></li><li><a href="#">Documents</a></li>
<li><a href="#" class="selected">Tasks</a></li><li><a href="#">Calendar</a></li>
<li><a href="#">Site contents</a></li><li><a href="#">EDIT LINKS</a></li></ul></nav></div>
<div id="contentBox">
<div class="ms-webpart-chrome"><div class="ms-timelineControl" aria-label="Timeline">
<p>Add tasks with dates to the timeline</p></div>
<div class="ms-csrlistview-controldiv"><a href="#">+ new task</a> or <a href="#">edit</a> this list
&nbsp; <a href="#" class="ms-pivotControl-surfacedOpt-selected">All Tasks</a> <a href="#">Late Tasks</a>
<a href="#">Upcoming</a> <a href="#">Completed</a> <a href="#">My Tasks</a> <a href="#">Gantt Chart</a>
<input type="search" placeholder="Find an item"></div>
<table class="ms-listviewtable" summary="Tasks" role="grid"><thead><tr>
<th scope="col">&#10003;</th><th scope="col">Task Name</th><th scope="col">Start Date</th>
<th scope="col">Due Date</th><th scope="col">% Complete</th><th scope="col">Assigned To</th>
<th scope="col">Description</th></tr></thead><tbody>
{body}
</tbody></table></div>
<div class="ms-descriptiontext">Project status date: {STATUS_DATE.strftime('%d/%m/%Y')} &#183;
Last modified 12/02/2026 16:05 by Catrin Lewis</div></div>
<div class="ms-footer">Welsh Local Government Association &#183; SharePoint Server</div>
</body></html>
"""
    (OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "WLGA Digital Programme Board – 12 February 2026 – Item 4")
    footer_page_numbers(doc, "WLGA Digital Transformation Programme 2025-26")
    doc.add_paragraph(TITLE, style="Title")
    add_par(doc, "Progress report to the Digital Programme Board, 12 February 2026")
    doc.add_paragraph("Purpose", style="Heading 1")
    add_par(doc, "This report sets out progress on the programme plan at the status date of "
            "12 February 2026. The table below is taken from the programme's Microsoft "
            "Project plan; sub-tasks are shown indented under their task.")
    doc.add_paragraph("Funding", style="Heading 1")
    add_par(doc, "Digital services and data is funded by the Digital Transformation Grant "
            "(£530,000) and cyber work by the Cyber Resilience Fund (£95,000), both from the "
            "Welsh Government for 2025-26.")
    doc.add_paragraph("Programme plan at 12 February 2026", style="Heading 1")
    head = ["ID", "Task Name", "Duration", "Start", "Finish", "% Complete", "Resource Names"]
    rows = table_rows()
    t = doc.add_table(rows=1 + len(rows), cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        cell_text(c, h, bold=True, size=9)
        shade(c, "DCE6F1")
    set_repeat_header(t.rows[0])
    for r, (i, lv, o, name, dur, s, f, pct, res, _n, sm) in enumerate(rows, 1):
        vals = [str(i), "   " * lv + name, dur, s, f, f"{pct}%", res]
        for c, v in zip(t.rows[r].cells, vals):
            cell_text(c, v, bold=sm, size=9)
    doc.add_paragraph("Recommendation", style="Heading 1")
    add_par(doc, "The Board is asked to note progress.")
    add_par(doc, "Catrin Lewis, Digital Programme Manager, WLGA")
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_txt()
    write_pdf()
    write_html()
    write_docx()
    print(NAME, len(reading()["items"]))
