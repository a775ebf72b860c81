"""prog38b: a council's improvement programme update of the SHIPPED KIND opening with a
DASHBOARD: Conwy County Borough Council (real council; programme, officer and figures
invented), "Corporate Improvement Programme 2025-26: Quarter 3 progress report" to the
Finance and Resources Overview and Scrutiny Committee, 12 February 2026.

House style: an "In brief" box of three headline bullets; a "Dashboard summary" table
`Priority | Overall RAG | Key messages`, one row per priority (the RAG is the priority's, not
an item's); then the report's paragraphs NUMBERED CONTINUOUSLY 1-24: 1-4 the introduction
(purpose, background, how to read the report: not items), 5-24 the pieces of work under the
priority headings "Priority 1: Customer access" .. "Priority 4: Workforce and organisation"
(no 1.1 numbering; the priority is only the heading); each item's status only in its words;
the grants in a "Resources" table `Funding | Source | 2025-26 | Spent to 31 December 2025`
beside the council's own reserve and a Total row.

The reading: items paragraphs 5-24 (20), section the priority's number (Priority 2 -> "2"),
text the paragraph; status from the words ("went live", "was completed", "was approved",
"were extended", "was adopted" done; "on track", "is being revised", "is being updated",
"is running", "is progressing", "85% complete" in progress; "delayed", "behind schedule",
"off track", "slipped" at risk; "will be started", "will begin", "will be piloted", "will be
carried out" planned); quarter the 2025-26 quarter of the date (2026-27 for dates after
March 2026). The In brief bullets and the dashboard rows are NOT items; paragraphs 1-4 are
not items. Grants: the two Welsh Government grants of the Resources table (the reserve is the
council's own money, the Total a sum; the In brief "£0.97m" names no grant).
Forms: .docx Word (Heading 1 / Heading 2, the In brief box a shaded one-cell table with List
Bullet paragraphs, the 24 paragraphs ONE List Number list in numbering.xml running through
the headings, the numbers not in the text); .pdf a print of the Word file; .html the
council's website (CMS chrome, `<aside>` box, `<ol>` and `<ol start="5">` ..); .txt Word's
"Save as Plain Text" (CRLF, list numbers and bullets written out with a tab, table rows
tab-separated).
"""
from __future__ import annotations

from common38 import B, page, set_cell_shading
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, set_repeat_header)
from reportlab.platypus import Table, TableStyle

NAME = "prog38b-council-dashboard-continuous"
TITLE = "Corporate Improvement Programme 2025-26: Quarter 3 progress report"
META = ["Report to: Finance and Resources Overview and Scrutiny Committee",
        "Date: 12 February 2026",
        "Report author: Corporate Performance and Improvement Manager"]
IN_BRIEF = ["12 of the 20 pieces of work are complete or on track.",
            "Four are behind schedule, two of them off track: the move to the new waste "
            "depot and the social care rota system.",
            "£0.97m of Welsh Government grant supports the programme in 2025-26."]
DASHBOARD = [("Priority 1: Customer access", "Green",
              "The new telephony system is live and the library hub is open."),
             ("Priority 2: Housing and communities", "Amber",
              "Temporary accommodation procurement is behind schedule."),
             ("Priority 3: Environment and waste", "Red",
              "The depot move is off track; recycling and street lighting are on course."),
             ("Priority 4: Workforce and organisation", "Amber",
              "The rota system has slipped; the leadership programme is running well.")]
RAG_FILL = {"Green": "C6EFCE", "Amber": "FFEB9C", "Red": "FFC7CE"}
INTRO = [
    "This report sets out progress with the Corporate Improvement Programme 2025-26 at the "
    "end of quarter 3 (31 December 2025).",
    "Cabinet agreed the programme on 8 April 2025 as the delivery plan for the Council's "
    "improvement priorities under the Local Government and Elections (Wales) Act 2021.",
    "The dashboard above gives each priority's overall RAG rating; the paragraphs below "
    "report each piece of work.",
    "Members are asked to scrutinise the progress made and to note the two pieces of work "
    "that are off track.",
]
# (priority, [(text, status, quarter, partners)]) -- numbered on from 5
PRIORITIES = [
    ("Customer access", [
        ("The new contact centre telephony system went live on 3 November 2025.", "done",
         "2025-26 Q3", []),
        ("The remaining eight services are on track to be added to the 'My Conwy' online "
         "account by 31 March 2026.", "in progress", "2025-26 Q4", []),
        ("The library hub in Abergele was completed in September 2025 and is open to the "
         "public.", "done", "2025-26 Q2", []),
        ("The review of face-to-face reception points has been delayed by the building "
         "condition survey and will now report in June 2026.", "at risk", "2026-27 Q1", []),
        ("A Welsh language chatbot will be piloted with Bangor University from April 2026.",
         "planned", "2026-27 Q1", []),
    ]),
    ("Housing and communities", [
        ("Forty-two empty homes have been brought back into use and the scheme is on track "
         "to reach its target of 60 by March 2026.", "in progress", "2025-26 Q4", []),
        ("The Rapid Rehousing Transition Plan was approved by Cabinet on 9 September 2025.",
         "done", "2025-26 Q2", []),
        ("Procurement of the temporary accommodation framework is behind schedule and "
         "contract award has moved to February 2026.", "at risk", "2025-26 Q4", []),
        ("Community asset transfer guidance is being revised with town and community "
         "councils for publication in January 2026.", "in progress", "2025-26 Q4", []),
        ("A place plan for Colwyn Bay town centre will be started in quarter 1 of 2026-27.",
         "planned", "2026-27 Q1", []),
    ]),
    ("Environment and waste", [
        ("Weekly recycling collections from flats were extended to all 36 blocks in October "
         "2025.", "done", "2025-26 Q3", []),
        ("The move to the new waste depot is off track because of delays to the planning "
         "consent, and the revised date is September 2026.", "at risk", "2026-27 Q2", []),
        ("Replacement of street lights with LEDs is 85% complete and will finish by the end "
         "of December 2025.", "in progress", "2025-26 Q3", []),
        ("The fleet decarbonisation plan is being updated with the Welsh Government Energy "
         "Service and will be reported to Cabinet in March 2026.", "in progress",
         "2025-26 Q4", []),
        ("A trial collection of food waste from businesses will begin in May 2026.",
         "planned", "2026-27 Q1", []),
    ]),
    ("Workforce and organisation", [
        ("The new social care rota system has been delayed by data migration problems and "
         "go-live has slipped to April 2026.", "at risk", "2026-27 Q1", []),
        ("The agile working policy was adopted on 1 October 2025 after consultation with the "
         "trade unions.", "done", "2025-26 Q3", []),
        ("A leadership programme for 30 middle managers is running with Academi Wales and "
         "will finish in March 2026.", "in progress", "2025-26 Q4", ["Academi Wales"]),
        ("Job evaluation of the remaining 140 posts is progressing and is expected to be "
         "completed in quarter 4.", "in progress", "2025-26 Q4", []),
        ("A staff wellbeing survey will be carried out with Data Cymru in June 2026.",
         "planned", "2026-27 Q1", ["Data Cymru"]),
    ]),
]
RES_HEAD = ["Funding", "Source", "2025-26", "Spent to 31 December 2025"]
RESOURCES = [("Digital Transformation Grant", "Welsh Government", "£350,000", "£212,000"),
             ("Circular Economy Capital Fund", "Welsh Government", "£620,000", "£305,500"),
             ("Improvement reserve", "Conwy County Borough Council", "£200,000", "£64,000"),
             ("Total", "", "£1,170,000", "£581,500")]


def numbered_items():
    n = len(INTRO)
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        for row in rows:
            n += 1
            yield n, i, name, row


def reading() -> dict:
    items = [{"ref": str(n), "section": str(i), "text": t, "status": st, "quarter": q,
              "partners": partners}
             for n, i, _name, (t, st, q, partners) in numbered_items()]
    return {"kind": "programme", "title": TITLE, "date": "2026-02-12",
            "priorities": [p for p, _ in PRIORITIES], "items": items,
            "grants": [{"grant": "Digital Transformation Grant", "amount_gbp": 350000,
                        "financial_year": "2025-26"},
                       {"grant": "Circular Economy Capital Fund", "amount_gbp": 620000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ Word and its print
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Conwy County Borough Council – Finance and Resources Overview and "
                     "Scrutiny Committee – 12 February 2026")
    footer_page_numbers(doc, "Corporate Improvement Programme 2025-26 – Quarter 3")
    doc.add_heading(TITLE, level=0)
    for m in META:
        doc.add_paragraph(m)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.rows[0].cells[0]
    cell_text(c, "In brief", bold=True)
    for b in IN_BRIEF:
        c.add_paragraph(b, style="List Bullet")
    set_cell_shading(c, "DEEAF6")
    doc.add_heading("Dashboard summary", level=1)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for cell, h in zip(tb.rows[0].cells, ["Priority", "Overall RAG", "Key messages"]):
        cell_text(cell, h, bold=True)
        set_cell_shading(cell, "D9D9D9")
    set_repeat_header(tb.rows[0])
    for pr, rag, msg in DASHBOARD:
        cells = tb.add_row().cells
        cell_text(cells[0], pr)
        cell_text(cells[1], rag, bold=True)
        set_cell_shading(cells[1], RAG_FILL[rag])
        cell_text(cells[2], msg)
    doc.add_heading("Introduction", level=1)
    for t in INTRO:
        doc.add_paragraph(t, style="List Number")
    doc.add_heading("Progress by priority", level=1)
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"Priority {i}: {name}", level=2)
        for t, *_ in rows:
            doc.add_paragraph(t, style="List Number")   # the one list runs on: 5, 6, ...
    doc.add_heading("Resources", level=1)
    B.docx([("table", RES_HEAD, RESOURCES)], doc, fill="D9D9D9")
    doc.add_paragraph("Contact: Corporate Performance and Improvement Team, "
                      "improvement@conwy.gov.uk")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"])] + [P(esc(m), st["body"]) for m in META]
    box = Table([[[P("<b>In brief</b>", st["body"])]
                  + [P("•&nbsp;&nbsp;" + esc(b), st["body"]) for b in IN_BRIEF]]],
                colWidths=[174 * mm])
    box.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, -1),
                                           colors.HexColor("#DEEAF6"))]))
    story += [box, P("Dashboard summary", st["h1"])]
    rows = [[P(f"<b>{h}</b>", st["cell"]) for h in ["Priority", "Overall RAG",
                                                    "Key messages"]]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]
    for k, (pr, rag, msg) in enumerate(DASHBOARD, 1):
        rows.append([P(esc(pr), st["cell"]), P(f"<b>{rag}</b>", st["cell"]),
                     P(esc(msg), st["cell"])])
        style.append(("BACKGROUND", (1, k), (1, k), colors.HexColor("#" + RAG_FILL[rag])))
    t = Table(rows, colWidths=[60 * mm, 24 * mm, 90 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, P("Introduction", st["h1"])]
    story += [P(f"{n}.&nbsp;&nbsp;&nbsp;{esc(x)}", st["body"]) for n, x in enumerate(INTRO, 1)]
    story.append(P("Progress by priority", st["h1"]))
    last = None
    for n, i, name, (t_, *_r) in numbered_items():
        if i != last:
            story.append(P(f"Priority {i}: {esc(name)}", st["h2"]))
            last = i
        story.append(P(f"{n}.&nbsp;&nbsp;&nbsp;{esc(t_)}", st["body"]))
    story.append(P("Resources", st["h1"]))
    story += B.pdf([("table", RES_HEAD, RESOURCES)], st,
                   widths={4: [58 * mm, 54 * mm, 28 * mm, 34 * mm]})
    story.append(P("Contact: Corporate Performance and Improvement Team, "
                   "improvement@conwy.gov.uk", st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "Finance and Resources Overview and Scrutiny "
              "Committee – 12 February 2026", "Corporate Improvement Programme 2025-26 – "
              "Quarter 3")


# ------------------------------------------------------------------ web page and plain text
def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>"] + [f'<p class="meta">{esc(m)}</p>' for m in META]
    body.append('<aside class="callout callout--summary"><h2>In brief</h2><ul>'
                + "".join(f"<li>{esc(b)}</li>" for b in IN_BRIEF) + "</ul></aside>")
    body.append("<h2>Dashboard summary</h2>")
    body.append('<table class="dashboard"><thead><tr><th scope="col">Priority</th>'
                '<th scope="col">Overall RAG</th><th scope="col">Key messages</th></tr>'
                "</thead><tbody>" + "".join(
                    f'<tr><td>{esc(p)}</td><td class="rag rag--{r.lower()}">{r}</td>'
                    f"<td>{esc(m)}</td></tr>" for p, r, m in DASHBOARD) + "</tbody></table>")
    body.append("<h2>Introduction</h2><ol>" + "".join(f"<li>{esc(x)}</li>" for x in INTRO)
                + "</ol>")
    body.append("<h2>Progress by priority</h2>")
    n = len(INTRO) + 1
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        body.append(f"<h3>Priority {i}: {esc(name)}</h3>")
        body.append(f'<ol start="{n}">' + "".join(f"<li>{esc(t)}</li>" for t, *_ in rows)
                    + "</ol>")
        n += len(rows)
    body.append("<h2>Resources</h2>")
    body += B.html([("table", RES_HEAD, RESOURCES)])
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "Conwy County Borough Council", ["Home", "Council and democracy",
                                                "Performance", "Improvement programme"],
        body, ["Bins and recycling", "Council tax", "Schools", "Jobs", "Council and democracy"],
        "Conwy County Borough Council, Coed Pella, Conway Road, Colwyn Bay, LL29 7AZ"),
        encoding="utf-8")


def write_txt() -> None:
    out = [TITLE] + META + ["", "In brief"] + [f"•\t{b}" for b in IN_BRIEF] + ["",
           "Dashboard summary", "Priority\tOverall RAG\tKey messages"]
    out += ["\t".join(r) for r in DASHBOARD] + ["", "Introduction"]
    out += [f"{n}.\t{x}" for n, x in enumerate(INTRO, 1)] + ["", "Progress by priority"]
    last = None
    for n, i, name, (t, *_r) in numbered_items():
        if i != last:
            out += ["", f"Priority {i}: {name}"]
            last = i
        out.append(f"{n}.\t{t}")
    out += ["", "Resources", "\t".join(RES_HEAD)] + ["\t".join(r) for r in RESOURCES]
    out += ["", "Contact: Corporate Performance and Improvement Team, improvement@conwy.gov.uk"]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


if __name__ == "__main__":
    write_docx()
    write_pdf()
    write_html()
    write_txt()
    print(NAME, len(reading()["items"]))
