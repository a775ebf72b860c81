"""prog43a: a WLGA-supported programme tracked in NOTION and exported: the "Digital
Transformation Support Programme 2025-26" page, last edited 3 November 2025.

The page: a title, page properties (Last edited, Programme lead, Tags), an intro callout,
a "Workstreams" heading over four TOGGLES (one per workstream, the narrative inside), a
"Funding" toggle holding the two grants (one "£450k", one "£0.8m"), and an inline database
view as a table `Name | Workstream | Status | Owner | Due | Budget` (Status Notion's own
"Not started" / "In progress" / "Done" / "Blocked"; Due "@March 31, 2026"; Budget per task,
not grants), rows sorted by workstream.

The reading (typed here by hand): items are the database rows (15); text the Name; section
the workstream's place in the page's list of workstreams (1-4, the order of the toggles and
of the view's sort); status Done -> done, In progress -> in progress, Not started ->
planned, Blocked -> at risk; quarter the financial-year quarter of the Due date (no Due: no
quarter); partners the organisations the Name names (Owner is a person of the team).
Grants: the two in the Funding toggle; the Budget column is the task's share, not a grant.
Title the page title; date the "Last edited" property (2025-11-03), not the print date.
Forms: .html Notion's "Export > HTML" (article.page, table.properties with property icons,
details/summary toggles, figure.callout, table.collection-content, <time>@...</time>);
.md Notion's "Export > Markdown & CSV" (properties as "Key: value" lines, the view as a
pipe table, toggles as "- ▸" lines with the narrative indented under them); .docx the web
page selected and pasted into Word (Heading 1 title, "Normal (Web)" paragraphs, the table
kept, icons lost); .pdf Chrome's print of the web page (date/title header, URL footer, n/N).
"""
from __future__ import annotations

from common43 import browser_pdf
from gen_common import (OUT, P, cell_text, colors, esc, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "prog43a-notion-digital-tracker"
TITLE = "Digital Transformation Support Programme 2025-26"
EDITED = "November 3, 2025 10:12 AM"
URL = ("https://www.notion.so/wlga-digital/Digital-Transformation-Support-Programme-2025-26-"
       "4f1c9a7be2d34c0e9b51a6d2f08e7c13")
STAMP = "04/11/2025, 09:41"
LEAD = "Catrin Howells"
INTRO = ("This page tracks the WLGA's Digital Transformation Support Programme for 2025-26, "
         "delivered with the 22 councils and the Centre for Digital Public Services. Update "
         "the table before each monthly programme board.")
# (workstream, narrative)
WORKSTREAMS = [
    ("Data and insight", "Helping councils use the data they hold: maturity assessments, "
     "common standards and shared dashboards. The social care dashboard pilot is waiting "
     "for data sharing agreements to be signed by two of the three councils."),
    ("Cyber resilience", "Exercising incident plans and raising the baseline of technical "
     "controls. Every council has now run a tabletop exercise."),
    ("Digital skills", "Leadership, champions and accessibility training for staff and "
     "members. The accessibility course is held up until a new supplier is appointed."),
    ("Shared platforms", "Common platforms councils can adopt rather than each buying their "
     "own: booking and payments, the Welsh-language chatbot and hosting."),
]
FUNDING = ["Welsh Government Digital Transformation Grant: £450k for 2025-26 (grant offer "
           "letter of 14 April 2025).",
           "Cyber Resilience Fund (Welsh Government, Cyber Action Plan for Wales): £0.8m for "
           "2025-26, of which £240k is passed through to councils."]
# (name, workstream index, Notion status, owner, due (Month D, YYYY) or "", budget)
# + the reading: (status, quarter, partners)
ROWS = [
    ("Run data maturity self-assessments with Data Cymru", 1, "Done", "Rhian Morgan",
     "June 30, 2025", "£18,000", "done", "2025-26 Q1", ["Data Cymru"]),
    ("Publish the local government data standards catalogue", 1, "In progress",
     "Owain Price", "December 19, 2025", "£9,500", "in progress", "2025-26 Q3", []),
    ("Pilot a shared social care dashboard in three councils", 1, "Blocked", "Rhian Morgan",
     "February 27, 2026", "£22,000", "at risk", "2025-26 Q4", []),
    ("Data ethics training for elected members", 1, "Not started", "Owain Price",
     "March 31, 2026", "£6,000", "planned", "2025-26 Q4", []),
    ("Tabletop cyber exercises in all 22 councils", 2, "Done", "Gareth Lloyd",
     "September 30, 2025", "£30,000", "done", "2025-26 Q2", []),
    ("Cyber Essentials Plus support for eight councils", 2, "In progress", "Gareth Lloyd",
     "January 30, 2026", "£48,000", "in progress", "2025-26 Q4", []),
    ("Agree a mutual aid protocol for cyber incidents with SOLACE", 2, "In progress",
     "Gareth Lloyd", "November 28, 2025", "", "in progress", "2025-26 Q3", ["SOLACE"]),
    ("Commission a supply chain security review", 2, "Not started", "Gareth Lloyd", "",
     "£15,000", "planned", None, []),
    ("Launch the digital leadership programme with Academi Wales", 3, "Done", "Sara Hughes",
     "May 16, 2025", "£12,500", "done", "2025-26 Q1", ["Academi Wales"]),
    ("Digital champions network: second cohort", 3, "In progress", "Sara Hughes",
     "October 31, 2025", "£7,000", "in progress", "2025-26 Q3", []),
    ("Accessibility training for web editors", 3, "Blocked", "Sara Hughes",
     "December 12, 2025", "£5,500", "at risk", "2025-26 Q3", []),
    ("Procure a shared booking and payments platform", 4, "In progress", "Dafydd Evans",
     "March 31, 2026", "£60,000", "in progress", "2025-26 Q4", []),
    ("Cloud hosting cost benchmarking with CIPFA", 4, "Done", "Dafydd Evans",
     "August 29, 2025", "£8,000", "done", "2025-26 Q2", ["CIPFA"]),
    ("Move councils onto the shared Welsh-language chatbot", 4, "Not started",
     "Dafydd Evans", "June 30, 2026", "£25,000", "planned", "2026-27 Q1", []),
    ("Open-source the planning portal components", 4, "Blocked", "Dafydd Evans",
     "April 30, 2026", "", "at risk", "2026-27 Q1", []),
]
HEAD = ["Name", "Workstream", "Status", "Owner", "Due", "Budget"]
COLOURS = {"Done": "green", "In progress": "blue", "Not started": "default", "Blocked": "red"}
WS_COLOURS = ["purple", "red", "yellow", "green"]


def reading() -> dict:
    items, count = [], {}
    for name, ws, _st, _o, _d, _b, status, q, partners in ROWS:
        count[ws] = count.get(ws, 0) + 1
        items.append({"ref": f"{ws}.{count[ws]}", "section": str(ws), "text": name,
                      "status": status, "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-03",
            "priorities": [w for w, _ in WORKSTREAMS], "items": items,
            "grants": [{"grant": "Digital Transformation Grant", "amount_gbp": 450000,
                        "financial_year": "2025-26"},
                       {"grant": "Cyber Resilience Fund", "amount_gbp": 800000,
                        "financial_year": "2025-26"}]}


SVG = ('<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;'
       'display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="{c}">'
       '<path d="M1 2h14v2H1zM1 7h14v2H1zM1 12h9v2H1z"></path></svg>')


def write_html() -> None:
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>'
         f"<title>{esc(TITLE)}</title><style>/* cspell:disable-file */ /* webkit printing "
         "magic: print all background colors */ html { -webkit-print-color-adjust: exact; } "
         "* { box-sizing: border-box; } .collection-content td { white-space: pre-wrap; } "
         ".status-dot { display:inline-block; width:8px; height:8px; border-radius:99px; } "
         "details summary { cursor: pointer; }</style></head><body>",
         '<article id="4f1c9a7b-e2d3-4c0e-9b51-a6d2f08e7c13" class="page sans"><header>'
         '<div class="page-header-icon undefined"><span class="icon">💻</span></div>'
         f'<h1 class="page-title">{esc(TITLE)}</h1><p class="page-description"></p>'
         '<table class="properties"><tbody>'
         '<tr class="property-row property-row-last_edited_time"><th>'
         + SVG.format(c="typesCreatedAt") + f"Last edited</th><td><time>@{EDITED}</time>"
         "</td></tr>"
         '<tr class="property-row property-row-person"><th>' + SVG.format(c="typesPerson")
         + f'Programme lead</th><td><span class="user"><span class="icon user-icon">CH'
         f"</span>{LEAD}</span></td></tr>"
         '<tr class="property-row property-row-multi_select"><th>'
         + SVG.format(c="typesMultipleSelect") + 'Tags</th><td><span class="selected-value '
         'select-value-color-blue">Programme</span><span class="selected-value '
         'select-value-color-gray">2025-26</span></td></tr></tbody></table></header>'
         '<div class="page-body">',
         '<figure class="block-color-gray_background callout" style="white-space:pre-wrap;'
         'display:flex" id="a1"><div style="font-size:1.5em"><span class="icon">💡</span>'
         f'</div><div style="width:100%">{esc(INTRO)}</div></figure>',
         '<h2 id="b1" class="">Workstreams</h2>']
    for i, (ws, text) in enumerate(WORKSTREAMS):
        h.append(f'<ul id="t{i}" class="toggle"><li><details open=""><summary>{esc(ws)}'
                 f'</summary><p id="p{i}" class="">{esc(text)}</p></details></li></ul>')
    h.append('<ul id="f1" class="toggle"><li><details open=""><summary><strong>Funding'
             '</strong></summary><figure class="block-color-yellow_background callout" '
             'style="white-space:pre-wrap;display:flex"><div style="font-size:1.5em">'
             '<span class="icon">💷</span></div><div style="width:100%">'
             + "".join(f"<p>{esc(x)}</p>" for x in FUNDING) + "</div></figure></details>"
             "</li></ul>")
    h.append('<h2 id="b2" class="">Tasks</h2><div id="c1" class="collection-content">'
             '<h4 class="collection-title">Programme tasks</h4>'
             '<table class="collection-content"><thead><tr>')
    icons = ["typesTitle", "typesSelect", "typesStatus", "typesPerson", "typesDate",
             "typesNumber"]
    h.append("".join(f"<th>{SVG.format(c=c)}{esc(x)}</th>" for c, x in zip(icons, HEAD))
             + "</tr></thead><tbody>")
    for k, (name, ws, st, owner, due, budget, *_r) in enumerate(ROWS):
        href = name.replace(" ", "%20").replace(":", "%3A") + f"%20{k:04x}e2.html"
        due_html = f"<time>@{due}</time>" if due else ""
        h.append(f'<tr id="r{k}"><td class="cell-title"><a href="Tasks/{href}">{esc(name)}'
                 f'</a></td><td class="cell-Ws"><span class="selected-value select-value-'
                 f'color-{WS_COLOURS[ws - 1]}">{esc(WORKSTREAMS[ws - 1][0])}</span></td>'
                 f'<td class="cell-St"><span class="status-value select-value-color-'
                 f'{COLOURS[st]}"><div class="status-dot status-dot-color-{COLOURS[st]}">'
                 f'</div>{st}</span></td><td class="cell-Ow"><span class="user">'
                 f'<span class="icon user-icon">{owner[0]}{owner.split()[1][0]}</span>'
                 f'{esc(owner)}</span></td><td class="cell-Du">{due_html}</td>'
                 f'<td class="cell-Bu">{esc(budget)}</td></tr>')
    h.append("</tbody></table><br/><br/></div></div></article>"
             '<span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>')
    (OUT / f"{NAME}.html").write_text("".join(h) + "\n", encoding="utf-8")


def write_md() -> None:
    out = [f"# {TITLE}", "", f"Last edited: {EDITED}", f"Programme lead: {LEAD}",
           "Tags: Programme, 2025-26", "", "<aside>", "💡 " + INTRO, "", "</aside>", "",
           "## Workstreams", ""]
    for ws, text in WORKSTREAMS:
        out += [f"- ▸ {ws}", "", f"    {text}", ""]
    out += ["- ▸ **Funding**", "", "    <aside>", "    💷 " + FUNDING[0], "",
            "    " + FUNDING[1], "", "    </aside>", "", "## Tasks", "",
            "| " + " | ".join(HEAD) + " |", "| " + " | ".join("---" for _ in HEAD) + " |"]
    for name, ws, st, owner, due, budget, *_r in ROWS:
        out.append(f"| {name} | {WORKSTREAMS[ws - 1][0]} | {st} | {owner} | {due} | "
                   f"{budget} |")
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Segoe UI", size=10)
    doc.add_heading(TITLE, level=1)
    for k, v in (("Last edited", "@" + EDITED), ("Programme lead", LEAD),
                 ("Tags", "Programme2025-26")):  # (the tag chips pasted with no space)
        tb = doc.add_paragraph(style="Normal")
        tb.add_run(k + "\t" + v)
    doc.add_paragraph("💡" + INTRO, style="Normal")
    doc.add_heading("Workstreams", level=2)
    for ws, text in WORKSTREAMS:
        doc.add_paragraph(ws, style="Normal")
        doc.add_paragraph(text, style="Normal")
    p = doc.add_paragraph(style="Normal")
    p.add_run("Funding").bold = True
    doc.add_paragraph("💷" + FUNDING[0], style="Normal")
    doc.add_paragraph(FUNDING[1], style="Normal")
    doc.add_heading("Tasks", level=2)
    doc.add_paragraph("Programme tasks", style="Normal").runs[0].bold = True
    tb = doc.add_table(rows=1, cols=len(HEAD))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x)
        shade(c, "F7F6F3")
    for name, ws, st, owner, due, budget, *_r in ROWS:
        for c, x in zip(tb.add_row().cells, [name, WORKSTREAMS[ws - 1][0], st,
                                            owner[0] + owner.split()[1][0] + owner,
                                            "@" + due if due else "", budget]):
            cell_text(c, x)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(esc(TITLE), st["title"])]
    props = Table([[P("Last edited", st["small"]), P("@" + EDITED, st["cell"])],
                   [P("Programme lead", st["small"]), P(LEAD, st["cell"])],
                   [P("Tags", st["small"]), P("Programme   2025-26", st["cell"])]],
                  colWidths=[40 * 2.835, 120 * 2.835], hAlign="LEFT")
    story += [props, P("", st["body"])]
    box = Table([[P(esc(INTRO), st["body"])]], colWidths=[175 * 2.835])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F1EF"))]))
    story += [box, P("Workstreams", st["h1"])]
    for ws, text in WORKSTREAMS:
        story += [P("▾ " + esc(ws), st["body"]), P("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(text),
                                                   st["body"])]
    story.append(P("▾ <b>Funding</b>", st["body"]))
    fbox = Table([[P(esc(x), st["body"])] for x in FUNDING], colWidths=[170 * 2.835])
    fbox.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FBF3DB"))]))
    story += [fbox, P("Tasks", st["h1"]), P("<b>Programme tasks</b>", st["body"])]
    rows = [[P(esc(x), st["small"]) for x in HEAD]]
    for name, ws, stt, owner, due, budget, *_r in ROWS:
        rows.append([P(esc(x), st["cell"]) for x in
                     [name, WORKSTREAMS[ws - 1][0], "● " + stt, owner,
                      "@" + due if due else "", budget]])
    t = Table(rows, colWidths=[x * 2.835 for x in (58, 28, 22, 25, 27, 18)], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#E9E9E7")),
                           ("LINEAFTER", (0, 0), (-2, -1), 0.3, colors.HexColor("#E9E9E7")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    browser_pdf(OUT / f"{NAME}.pdf", story, STAMP, TITLE, URL)


if __name__ == "__main__":
    write_html()
    write_md()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
