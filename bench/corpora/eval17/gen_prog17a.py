"""prog17a: a programme BOARD'S ACTION LOG, tabled as "Matters arising" at its next meeting:
one table of OPEN actions and a second of actions CLOSED since the last meeting, each
`Action No. | Meeting date | Action | Owner | Due | Update | Status` (Status only "Open",
"Open - overdue" or "Closed"); action numbers run on from the Board's first meeting (no
sections, no priorities); the meeting date is when the action was agreed, not when it is
due; due dates dd/mm/yyyy or "Next meeting"; the update column is free text.

WLGA, "Local Government Digital Programme Board: action log", agenda item 3 (Matters
arising) for the meeting of 20 January 2026, updated 9 January 2026 (fictional board,
actions and people). Forms:
- .md: pandoc's Markdown of the Word paper (two pipe tables, the agenda box as text);
- .html: the WLGA's board-papers CMS page (cookie banner, navigation, breadcrumb, the log
  as two <table>s with <caption>s, "Download (Word)" link, footer);
- .docx: the paper in Word, landscape: agenda-item box (a one-row table), title, two tables
  with repeated header rows, page header and footer;
- .pdf: the paper printed landscape, the open actions table RUNNING OVER TWO PAGES (header
  row repeated).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog17a-board-action-log"
BOARD = "Local Government Digital Programme Board"
TITLE = f"{BOARD}: action log"
ITEM = "Agenda item 3: Matters arising"
MEETING = "Meeting of 20 January 2026"
UPDATED = "Updated 9 January 2026"
INTRO = ("This log records the actions agreed by the Board and their progress. Open actions "
         "are in Table 1. Actions closed since the Board last met are in Table 2; they will "
         "be removed from the log after this meeting unless the Board asks otherwise. "
         "Members are asked to note the updates and agree the closure of the actions in "
         "Table 2.")
COLS = ["Action No.", "Meeting date", "Action", "Owner", "Due", "Update", "Status"]
# (no, meeting, action, owner, due, update, status-printed, status, quarter, partners)
OPEN = [
    ("31", "11/03/2025", "Agree a common data-sharing template for councils' digital "
     "projects with Data Cymru.", "Head of Digital, WLGA", "30/09/2025",
     "Draft template out to councils; two councils' legal teams have raised points on "
     "retention. Revised date 31/03/2026.", "Open - overdue", "at risk", "2025-26 Q4",
     ["Data Cymru"]),
    ("34", "10/06/2025", "Report to the Board on the take-up of the cyber security "
     "exercise programme in each council.", "Cyber Resilience Lead", "Next meeting",
     "Eighteen councils have completed an exercise; report on the agenda for 20 January.",
     "Open", "in progress", "2025-26 Q4", []),
    ("36", "10/06/2025", "Set up a task group of Society of Welsh Treasurers members to "
     "cost a shared licensing agreement for case management software.",
     "Programme Manager", "31/12/2025",
     "Not started: the task group will be convened after the budget round.", "Open",
     "planned", "2025-26 Q3", ["Society of Welsh Treasurers"]),
    ("37", "16/09/2025", "Circulate the revised benefits realisation framework to heads of "
     "digital for comment.", "Programme Manager", "31/10/2025",
     "Sent on 28 October; comments due by 16 January.", "Open", "in progress",
     "2025-26 Q3", []),
    ("38", "16/09/2025", "Write to SOLACE Wales to ask for a chief executive sponsor for "
     "the AI in local government workstream.", "Chair", "31/10/2025",
     "Letter sent 2 October; SOLACE Wales to confirm a sponsor in January.",
     "Open", "in progress", "2025-26 Q3", ["SOLACE"]),
    ("40", "16/09/2025", "Commission Academi Wales to design a digital leadership module "
     "for elected members.", "Head of Digital, WLGA", "31/03/2026",
     "Scoping meeting held 4 December; proposal expected in February.", "Open",
     "in progress", "2025-26 Q4", ["Academi Wales"]),
    ("41", "18/11/2025", "Bring options for the programme's 2026-27 funding bid to the "
     "Board.", "Programme Manager", "Next meeting",
     "Options paper in preparation; a verbal update will be given.", "Open",
     "in progress", "2025-26 Q4", []),
    ("42", "18/11/2025", "Share the Audit Wales findings on councils' digital strategies "
     "with all heads of digital and agree a response.", "Head of Digital, WLGA",
     "28/02/2026", "Findings shared on 25 November; response being drafted.", "Open",
     "in progress", "2025-26 Q4", ["Audit Wales"]),
]
CLOSED = [
    ("33", "11/03/2025", "Publish the Board's terms of reference on the WLGA website.",
     "Board Secretary", "30/04/2025", "Published 14 April 2025.", "Closed", "done",
     "2025-26 Q1", []),
    ("35", "10/06/2025", "Confirm the councils taking part in the second wave of the "
     "digital skills pilot.", "Programme Manager", "31/07/2025",
     "Six councils confirmed; pilot started in September.", "Closed", "done",
     "2025-26 Q2", []),
    ("39", "16/09/2025", "Ask CIPFA to review the programme's cost model before the "
     "funding bid is drafted.", "Programme Manager", "30/11/2025",
     "CIPFA's review received on 21 November and circulated with the papers.", "Closed",
     "done", "2025-26 Q3", ["CIPFA"]),
    ("43", "18/11/2025", "Circulate the notes of the digital leaders' conference.",
     "Board Secretary", "05/12/2025", "Circulated 3 December.", "Closed", "done",
     "2025-26 Q3", []),
]
TABLES = [("Table 1: Open actions", OPEN),
          ("Table 2: Actions closed since the last meeting", CLOSED)]
CONTACT = "Contact: Board Secretary, WLGA, digital@wlga.example.gov.uk"


def reading() -> dict:
    items = [{"ref": a[0], "section": None, "text": a[2], "status": a[7], "quarter": a[8],
              "partners": a[9]} for _t, rows in TABLES for a in rows]
    return {"kind": "programme", "title": TITLE, "date": "2026-01-09", "priorities": [],
            "items": items, "grants": []}


def cells(a):
    return list(a[:7])


def write_md() -> None:
    out = [ITEM, "", MEETING, "", f"# {TITLE}", "", UPDATED, "", INTRO, ""]
    for cap, rows in TABLES:
        out += [f"**{cap}**", "", "| " + " | ".join(COLS) + " |", "|" + "---|" * len(COLS)]
        out += ["| " + " | ".join(cells(a)) + " |" for a in rows] + [""]
    out += [CONTACT, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>Action log - {esc(BOARD)} - WLGA</title></head><body>",
         '<div id="cookie-banner" role="dialog"><p>We use cookies to make this site work. '
         '<a href="/cookies">Cookie settings</a></p><button>Accept all cookies</button>'
         "<button>Reject</button></div>",
         '<a class="skip" href="#content">Skip to content</a>',
         '<header><a href="/" class="logo">WLGA</a><nav><ul><li><a href="/about">About</a>'
         '</li><li><a href="/boards">Boards and panels</a></li><li><a href="/digital">Digital'
         '</a></li><li><a href="/cy">Cymraeg</a></li></ul></nav></header>',
         '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/boards">'
         f'Boards and panels</a></li><li>{esc(BOARD)}</li></ol></nav>',
         '<main id="content">', f'<p class="item">{ITEM} &ndash; {MEETING}</p>',
         f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">{UPDATED}</p>', f"<p>{esc(INTRO)}</p>",
         '<p><a href="/files/action-log.docx">Download the action log (Word, 48KB)</a></p>']
    for cap, rows in TABLES:
        h.append(f'<table class="action-log"><caption>{esc(cap)}</caption><thead><tr>'
                 + "".join(f'<th scope="col">{c}</th>' for c in COLS) + "</tr></thead><tbody>")
        for a in rows:
            h.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in cells(a)) + "</tr>")
        h.append("</tbody></table>")
    h += [f"<p>{esc(CONTACT)}</p>", "</main>",
          '<footer><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">'
          "Privacy</a></li></ul><p>&copy; Welsh Local Government Association 2026</p></footer>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    header_text(doc, f"{BOARD} | {MEETING}")
    footer_page_numbers(doc, "WLGA")
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    cell_text(box.cell(0, 0), f"{ITEM}\n{MEETING}", bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, UPDATED)
    add_par(doc, INTRO)
    for cap, rows in TABLES:
        add_par(doc, cap, bold=True)
        t = doc.add_table(rows=1, cols=len(COLS))
        t.style = "Table Grid"
        for i, c in enumerate(COLS):
            cell_text(t.rows[0].cells[i], c, bold=True)
            shade(t.rows[0].cells[i], "D9E2F3")
        set_repeat_header(t.rows[0])
        for a in rows:
            r = t.add_row()
            for i, x in enumerate(cells(a)):
                cell_text(r.cells[i], x)
    add_par(doc, CONTACT)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(f"<b>{ITEM}</b><br/>{MEETING}", st["body"]), P(esc(TITLE), st["title"]),
             P(UPDATED, st["body"]), P(esc(INTRO), st["body"])]
    widths = [18 * mm, 22 * mm, 70 * mm, 34 * mm, 22 * mm, 70 * mm, 24 * mm]
    for cap, rows in TABLES:
        story.append(P(f"<b>{esc(cap)}</b>", st["body"]))
        data = [[P(f"<b>{c}</b>", st["cell"]) for c in COLS]]
        # the printed paper pads each row with a blank line (so Table 1 runs over a page)
        data += [[P(esc(x), st["cell"]) for x in cells(a)] for a in rows]
        t = Table(data, colWidths=widths, repeatRows=1, minRowHeights=[0] + [62] * len(rows))
        t.setStyle(TableStyle(GRID + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]))
        story += [t, Spacer(1, 6)]
    story.append(P(esc(CONTACT), st["small"]))
    build_pdf(OUT / f"{NAME}.pdf", story, f"{BOARD}: action log, m{MEETING[1:]}",
              "Welsh Local Government Association", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
