"""prog53a: a WLGA programme TRACKED IN ASANA (programme kind): the WLGA democratic services
team's Asana project "WLGA Governance and Scrutiny Support Programme 2025-26", exported and
printed on 12 February 2026 (real WLGA governance, scrutiny and member support roles; the
project, tasks, officers and figures invented).

Layout: Asana sections are the priorities; each top-level task an action; "Completed At"
filled when a task is complete; the custom field "Status" On track / At risk / Off track
(blank on tasks not started; left "At risk" on one task completed since); four SUBTASKS
("Parent task" filled, no section, no project in the CSV) are steps of their parent;
funding only in two tasks' Notes ("Funded from the ... (£... for 2025-26)"); the custom
field "Budget (£)" is the task's own budget line, not a grant.
The reading: priorities the four sections in order (section their place 1-4); items the 15
top-level tasks (NOT the subtasks: steps of a task, not printed in the list view or the
report), text the task Name, status: complete ("Completed At" filled, whatever the stale
Status field says) done, On track in progress, At risk and Off track at risk, no Status and
not complete planned; quarter the 2025-26 (or 2026-27) quarter of the Due Date (None for the
task with none); partners organisations named in the task Name; grants the two Notes lines
(the Budget (£) column is no grant). Title the project name; date the status update / print
date, 2026-02-12.
The .txt is Asana's CSV export: it names the project in its "Projects" column on every top-
level row but prints no date, so it has a reading of its own (`...--txt.json`): date "".
Forms: .txt the CSV (CRLF rows, quoted multi-line Notes with LF), .html Asana's print view
of the list (sections as headers, task rows with a completion tick, assignee chips with
initials, due dates "31 Mar" (the year printed only outside 2026), Status chips, notes
under the task name), .pdf Chrome's print of it, .docx the programme manager's report to
the Improvement Programme Board with the list pasted as a Word table (section rows merged
across) and a short narrative."""
from __future__ import annotations

import csv
import io

import common53 as C
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog53a-governance-programme-asana"
TITLE = "WLGA Governance and Scrutiny Support Programme 2025-26"
DATE = "2026-02-12"
SECTIONS = ["Scrutiny development", "Governance and audit committees",
            "Democratic participation", "Member support and development"]
PEOPLE = {"Rhian Beynon": "rhian.beynon@wlga.gov.uk", "Dafydd Huws": "dafydd.huws@wlga.gov.uk",
          "Nia Pritchard": "nia.pritchard@wlga.gov.uk", "Tomos Lewis": "tomos.lewis@wlga.gov.uk",
          "Eleri Morgan": "eleri.morgan@wlga.gov.uk"}
G1 = "Funded from the Improvement Support Grant (£780,000 for 2025-26)."
G2 = "Funded from the Democratic Renewal Grant (£145,000 for 2025-26)."
# tasks: (id, created, completed, name, section, assignee, start, due, tags, notes, status,
#         budget, parent, READING: status, quarter, partners)
TASKS = [
    ("1209318800412001", "2025-04-07", "2025-11-28",
     "Run the scrutiny chairs' development programme with the Centre for Governance and "
     "Scrutiny", 1, "Dafydd Huws", "2025-06-02", "2025-11-30", "Training",
     "Six sessions held; 41 chairs and vice-chairs attended.\n" + G1, "On track", "38000", "",
     "done", "2025-26 Q3", ["Centre for Governance and Scrutiny"]),
    ("1209318800412007", "2025-04-07", "", "Book venues for the north and south sessions", 0,
     "Eleri Morgan", "", "2025-05-30", "", "", "", "", "Run the scrutiny chairs' development "
     "programme with the Centre for Governance and Scrutiny", None, None, None),
    ("1209318800412002", "2025-04-07", "", "Publish a self-evaluation toolkit for scrutiny "
     "committees", 1, "Dafydd Huws", "2025-09-01", "2026-03-31", "Guidance",
     "Draft tested with two councils in January.", "On track", "", "",
     "in progress", "2025-26 Q4", []),
    ("1209318800412003", "2025-04-08", "", "Pilot peer review of scrutiny in three councils", 1,
     "Rhian Beynon", "2025-10-01", "2026-02-27", "Peer support",
     "First review completed in December.\nThe second pilot council has asked to move its "
     "review to April.", "At risk", "22000", "", "at risk", "2025-26 Q4", []),
    ("1209318800412008", "2025-04-08", "2025-10-03", "Agree terms of reference with the pilot "
     "councils", 0, "Rhian Beynon", "", "2025-09-30", "", "", "", "",
     "Pilot peer review of scrutiny in three councils", None, None, None),
    ("1209318800412004", "2025-04-10", "2025-10-17", "Deliver training for lay members of "
     "governance and audit committees with CIPFA", 2, "Nia Pritchard", "2025-09-15",
     "2025-10-31", "Training", "Three online sessions; 37 lay members took part.", "On track",
     "12500", "", "done", "2025-26 Q3", ["CIPFA"]),
    ("1209318800412005", "2025-04-10", "", "Produce a model annual report template for "
     "governance and audit committees", 2, "Nia Pritchard", "2025-11-03", "2026-03-20",
     "Guidance", "", "On track", "", "", "in progress", "2025-26 Q4", []),
    ("1209318800412006", "2025-04-10", "", "Review the self-assessment guidance with Audit "
     "Wales", 2, "Tomos Lewis", "2025-10-01", "2026-01-30", "Guidance",
     "Waiting for Audit Wales comments on the second draft.\nNew date to be agreed at the "
     "March board.", "Off track", "", "", "at risk", "2025-26 Q4", ["Audit Wales"]),
    ("1209318800412009", "2025-04-11", "", "Hold the all-Wales network of governance and audit "
     "committee chairs", 2, "Nia Pritchard", "2026-04-01", "2026-06-18", "Events", "", "", "",
     "", "planned", "2026-27 Q1", []),
    ("1209318800412010", "2025-04-14", "", "Launch the Be a Councillor campaign for the 2027 "
     "local elections", 3, "Eleri Morgan", "2025-11-01", "2026-09-30", "Campaign",
     G2 + "\nCampaign website in development; launch planned for the summer.", "On track",
     "60000", "", "in progress", "2026-27 Q2", []),
    ("1209318800412011", "2025-04-14", "2025-07-15", "Publish guidance on public participation "
     "strategies", 3, "Tomos Lewis", "2025-04-14", "2025-07-31", "Guidance",
     "Published on the WLGA website on 15 July.", "On track", "", "", "done", "2025-26 Q2",
     []),
    ("1209318800412012", "2025-04-15", "", "Run democracy workshops for young people in "
     "secondary schools", 3, "Eleri Morgan", "2025-09-01", "2026-03-13", "Events",
     "Only 9 of the 20 planned workshops booked so far.", "At risk", "8000", "", "at risk",
     "2025-26 Q4", []),
    ("1209318800412013", "2025-04-15", "", "Confirm the school venues for the spring "
     "workshops", 0, "Eleri Morgan", "", "2026-02-20", "", "", "", "",
     "Run democracy workshops for young people in secondary schools", None, None, None),
    ("1209318800412014", "2025-04-16", "", "Evaluate hybrid meeting arrangements in all 22 "
     "councils", 3, "Tomos Lewis", "2025-12-01", "2026-05-29", "Research",
     "Survey of democratic services heads closes on 27 February.", "On track", "", "",
     "in progress", "2026-27 Q1", []),
    ("1209318800412015", "2025-04-17", "2026-01-22", "Refresh the Member Development Charter "
     "assessment framework", 4, "Rhian Beynon", "2025-06-01", "2026-01-31", "Guidance",
     "Framework agreed by the Charter panel on 22 January.", "At risk", "", "", "done",
     "2025-26 Q4", []),
    ("1209318800412016", "2025-04-17", "", "Deliver the leadership academy for new cabinet "
     "members with the LGA", 4, "Rhian Beynon", "2025-10-06", "2026-03-26", "Training",
     "Cohort of 18 members; two of three modules delivered by LGA peers.", "On track",
     "45000", "", "in progress", "2025-26 Q4", ["LGA"]),
    ("1209318800412017", "2025-04-17", "", "Confirm the module 3 speakers", 0, "Dafydd Huws",
     "", "2026-02-27", "", "", "", "", "Deliver the leadership academy for new cabinet "
     "members with the LGA", None, None, None),
    ("1209318800412018", "2025-04-18", "", "Publish a guide to the safety and wellbeing of "
     "elected members", 4, "Dafydd Huws", "2026-04-01", "2026-07-31", "Guidance",
     "To start once the national survey results are in.", "", "", "", "planned", "2026-27 Q2",
     []),
    ("1209318800412019", "2025-04-18", "", "Commission research on the time councillors spend "
     "on council work", 4, "Tomos Lewis", "", "", "Research", "Scope to be agreed.", "", "",
     "", "planned", None, []),
]
GRANTS = [("Improvement Support Grant", 780000, "2025-26"),
          ("Democratic Renewal Grant", 145000, "2025-26")]
TOP = [t for t in TASKS if not t[12]]
SUBS = {t[12]: t for t in TASKS if t[12]}


def reading(txt: bool = False) -> dict:
    items = [{"ref": t[0][-4:], "section": str(t[4]), "text": t[3], "status": t[13],
              "quarter": t[14], "partners": t[15]} for t in TOP]
    return {"kind": "programme", "title": TITLE, "date": "" if txt else DATE,
            "priorities": SECTIONS, "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y} for g, a, y in GRANTS]}


def check() -> None:
    for t in TOP:
        if t[7]:
            y, m, _d = map(int, t[7].split("-"))
            assert C.fy_quarter(y, m) == t[14], t
    assert len(TOP) == 15


def write_txt() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Task ID", "Created At", "Completed At", "Last Modified", "Name",
                "Section/Column", "Assignee", "Assignee Email", "Start Date", "Due Date",
                "Tags", "Notes", "Projects", "Parent task", "Status", "Budget (£)"])
    for t in TASKS:
        (tid, created, done, name, sec, who, start, due, tags, notes, status, budget, parent,
         *_r) = t
        modified = done or "2026-02-11"
        w.writerow([tid, created, done, modified, name, SECTIONS[sec - 1] if sec else "", who,
                    PEOPLE[who], start, due, tags, notes, "" if parent else TITLE, parent,
                    status, budget])
    (C.OUT / f"{NAME}.txt").write_text(buf.getvalue(), encoding="utf-8")


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def short_due(d: str) -> str:
    if not d:
        return ""
    y, m, day = d.split("-")
    return f"{int(day)} {MON[int(m) - 1]}" + ("" if y == "2026" else f" {y}")


def initials(n: str) -> str:
    return "".join(x[0] for x in n.split())


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{C.esc(TITLE)} - Asana</title>",
         "<style>body{font-family:-apple-system,Helvetica,Arial,sans-serif;font-size:13px}"
         ".PrintSection h2{font-size:15px;border-bottom:1px solid #e0e0e0}.TaskRow{display:"
         "grid;grid-template-columns:24px 1fr 140px 80px 90px}.AvatarChip{border-radius:50%;"
         "background:#6d6e6f;color:#fff;padding:2px 4px;font-size:10px}.Chip--green{background:"
         "#5da283}.Chip--yellow{background:#f1bd6c}.Chip--red{background:#e8384f}.TaskNotes{"
         "color:#6d6e6f;font-size:11px}</style></head><body class=\"PrintView\">",
         '<div class="PrintHeader"><img src="/-/static/asana-logo.svg" alt="asana"></div>',
         f'<h1 class="PrintHeader-projectName">{C.esc(TITLE)}</h1>',
         '<div class="ProjectStatus"><span class="Chip Chip--green">On track</span> '
         "Status update · 12 Feb 2026 · Rhian Beynon</div>",
         '<div class="ColumnHeaders" role="row"><span></span><span role="columnheader">Task name'
         '</span><span role="columnheader">Assignee</span><span role="columnheader">Due date'
         '</span><span role="columnheader">Status</span></div>']
    for i, sec in enumerate(SECTIONS, 1):
        h.append(f'<div class="PrintSection"><h2 class="SectionRow-name">{C.esc(sec)}</h2>')
        for t in TOP:
            if t[4] != i:
                continue
            tid, _c, done, name, _s, who, _st, due, _tg, notes, status = t[:11]
            tick = ('<span class="TaskRowCompletionStatus TaskRowCompletionStatus--complete" '
                    'aria-label="Completed task">✓</span>' if done else
                    '<span class="TaskRowCompletionStatus" aria-label="Mark complete">○</span>')
            chip = ""
            if status:
                col = {"On track": "green", "At risk": "yellow", "Off track": "red"}[status]
                chip = f'<span class="Chip Chip--{col}">{status}</span>'
            sub = sum(1 for s in TASKS if s[12] == name)
            subs = f' <span class="SubtaskCount" aria-label="{sub} subtask">{sub} ⤷</span>' \
                if sub else ""
            nhtml = "".join(f"<div>{C.esc(x)}</div>" for x in notes.split("\n") if x)
            h.append(f'<div class="TaskRow" role="row" data-task-id="{tid}">{tick}'
                     f'<span class="TaskName">{C.esc(name)}{subs}'
                     + (f'<div class="TaskNotes">{nhtml}</div>' if nhtml else "") + "</span>"
                     f'<span class="Assignee"><span class="AvatarChip">{initials(who)}</span> '
                     f'{C.esc(who)}</span><span class="DueDate">{short_due(due)}</span>'
                     f'<span class="CustomField">{chip}</span></div>')
        h.append("</div>")
    h.append("</body></html>")
    (C.OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_pdf() -> None:
    st = C.pdf_styles(8)
    cell = st["cell"].clone("c", fontSize=7, leading=8.6)
    grey = st["cell"].clone("g", fontSize=6.3, leading=7.6, textColor=C.colors.grey)
    story = [C.P("asana", st["small"]), C.P(C.esc(TITLE), st["h1"]),
             C.P("● On track   Status update · 12 Feb 2026 · Rhian Beynon", st["small"]),
             Spacer(1, 4)]
    data = [[C.P("", cell), C.P("<b>Task name</b>", cell), C.P("<b>Assignee</b>", cell),
             C.P("<b>Due date</b>", cell), C.P("<b>Status</b>", cell)]]
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.3, C.colors.lightgrey),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, sec in enumerate(SECTIONS, 1):
        style += [("SPAN", (0, len(data)), (-1, len(data)))]
        data.append([C.P(f"<b>{C.esc(sec)}</b>", st["h2"]), "", "", "", ""])
        for t in TOP:
            if t[4] != i:
                continue
            _id, _c, done, name, _s, who, _st, due, _tg, notes, status = t[:11]
            sub = sum(1 for s in TASKS if s[12] == name)
            inner = [C.P(C.esc(name) + (f"  {sub} ⤷" if sub else ""), cell)]
            inner += [C.P(C.esc(x), grey) for x in notes.split("\n") if x]
            data.append([C.P("✓" if done else "○", cell), inner,
                         C.P(f"{initials(who)}  {C.esc(who)}", cell), C.P(short_due(due), cell),
                         C.P(status, cell)])
    t = Table(data, colWidths=[7 * C.mm, 100 * C.mm, 32 * C.mm, 19 * C.mm, 20 * C.mm],
              repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    C.browser_pdf(C.OUT / f"{NAME}.pdf", story, "12/02/2026, 09:41", f"{TITLE} - Asana",
                  "https://app.asana.com/0/1209318800411990/print")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=10)
    C.header_text(doc, "WLGA – Improvement Programme Board – 12 February 2026")
    C.footer_page_numbers(doc, "Governance and Scrutiny Support Programme: progress report")
    doc.add_heading(TITLE, level=1)
    C.add_par(doc, "Progress report to the Improvement Programme Board, 12 February 2026",
              bold=True)
    C.add_par(doc, "Author: Rhian Beynon, Programme Manager (Governance and Scrutiny)")
    doc.add_heading("Summary", level=2)
    for x in ["The programme is on track overall. Four of the fifteen actions are complete, "
              "including the scrutiny chairs' development programme and the lay member "
              "training delivered with CIPFA.",
              "Three actions need the Board's attention: the peer review pilot, where a council "
              "has asked to move its review to April; the democracy workshops, where bookings "
              "are low; and the review of the self-assessment guidance, which is overdue.",
              "The programme is funded from the Improvement Support Grant (£780,000 for "
              "2025-26) and the Democratic Renewal Grant (£145,000 for 2025-26). Task budgets "
              "in the table below are allocations from these grants."]:
        C.add_par(doc, x)
    doc.add_heading("Programme tracker (from Asana, 12 February 2026)", level=2)
    head = ["", "Task name", "Assignee", "Due date", "Status", "Budget (£)"]
    tb = doc.add_table(rows=1, cols=len(head))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, head):
        C.cell_text(c, x, bold=True, size=9)
        C.shade(c, "F0F0F0")
    C.set_repeat_header(tb.rows[0])
    for i, sec in enumerate(SECTIONS, 1):
        cells = tb.add_row().cells
        m = cells[0].merge(cells[-1])
        C.cell_text(m, sec, bold=True, size=9)
        for t in TOP:
            if t[4] != i:
                continue
            _id, _c, done, name, _s, who, _st, due, _tg, _n, status, budget = t[:12]
            cells = tb.add_row().cells
            vals = ["✓" if done else "", name, who, short_due(due), status,
                    f"{int(budget):,}" if budget else ""]
            for c, x in zip(cells, vals):
                C.cell_text(c, x, size=9)
    C.add_par(doc, "✓ = task completed in Asana. Status is the project's custom field as last "
              "set by the task owner.", size=8)
    doc.add_heading("Next steps", level=2)
    C.add_par(doc, "The Board is asked to note the report and agree a revised date for the "
              "review of the self-assessment guidance at its March meeting.")
    doc.save(C.OUT / f"{NAME}.docx")


if __name__ == "__main__":
    check()
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
