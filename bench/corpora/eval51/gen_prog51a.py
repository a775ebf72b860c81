"""prog51a: a WLGA programme TRACKED IN JIRA (programme kind): the WLGA digital team's Jira
project DIGI, filter "Digital Transformation Programme 2025-26 – Members' tracker", exported
on 20 January 2026 (real WLGA digital role and Digital Transformation Fund; project, issues,
officers and figures invented).

Layout: epics are the priorities (their own rows, Issue Type "Epic"), stories the actions
(Issue Type "Story", linked to their epic by "Epic Link"); Jira statuses "To Do" / "In
Progress" / "Done" / "Blocked"; due dates "31/Mar/26"; funding only in the epics: a "Budget"
label and a Description line "Funded by the ... (£...)"; rows in key order, so the stories of
one epic are not together.
The reading: priorities the four epics in key order (section their place 1-4); items the 15
stories, text the Summary, section their epic's place, status the Jira status (Done done, In
Progress in progress, To Do planned, Blocked at risk), quarter the 2025-26 (or 2026-27)
quarter of the Due date (None where there is none), partners organisations named in the
Summary or Description; grants the three epic Description lines (not the story "Award the
Digital Transformation Fund 2025-26 ..." that spends one of them). Title the filter name, date
the export date (2026-01-20).
The .txt is Jira's CSV export ("Export > CSV (current fields)"): it prints no filter name and
no date, so it has a reading of its own (`...--txt.json`): title "" and date "", the rest as
the other forms.
Forms: .txt the CSV (quoted multi-line Descriptions, CRLF rows, LF inside quotes), .html
Jira's printable list view (type icons with alt text, the epic's NAME in the Epic Link
column), .pdf Chrome's print of it, .docx a Confluence page exported to Word holding a Jira
Issues macro table (status lozenges in capitals "IN PROGRESS", dates "Mar 31, 2026", type as
a picture with alt text)."""
from __future__ import annotations

import csv
import io

import common51 as C
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog51a-digital-programme-jira"
TITLE = "Digital Transformation Programme 2025-26 – Members' tracker"
DATE = "2026-01-20"
STATUS = {"Done": "done", "In Progress": "in progress", "To Do": "planned", "Blocked": "at risk"}
# epics: (key, name, labels, description)
EPICS = [
    ("DIGI-1", "Data and insight", "Budget",
     "Helping councils make better use of their data.\nFunded by the Local Government Data "
     "Insight Grant (£240,000 for 2025-26)."),
    ("DIGI-2", "Cyber resilience", "Budget",
     "Funded by the Cyber Resilience Grant (£310,000 for 2025-26).\nReports to the Cyber "
     "Steering Group each month."),
    ("DIGI-3", "Digital skills and leadership", "",
     "Delivered from the core team budget; no separate funding."),
    ("DIGI-4", "Shared digital services", "Budget",
     "Funded by the Local Government Digital Transformation Fund (£1,000,000 for 2025-26)."),
]
# stories: (key, summary, epic, status, assignee, due, labels, description, quarter, partners)
STORIES = [
    ("DIGI-5", "Run data maturity assessments in all 22 councils with Data Cymru", "DIGI-1",
     "Done", "Aled Rees", "30/Sep/25", "data",
     "All 22 assessments completed by 26 September.\nSummary report shared with the Digital "
     "Leaders Network.", "2025-26 Q2", ["Data Cymru"]),
    ("DIGI-6", "Publish a common data standard for council tax and benefits data", "DIGI-1",
     "In Progress", "Aled Rees", "31/Mar/26", "data",
     "Draft standard out for comment until 6 February.", "2025-26 Q4", []),
    ("DIGI-7", "Carry out a cyber incident exercise with every council's ICT team", "DIGI-2",
     "Done", "Gareth Bowen", "31/Oct/25", "cyber",
     "Exercise run in four regional sessions in October.", "2025-26 Q3", []),
    ("DIGI-8", "Deliver the Digital Leadership Programme for heads of service with Academi "
     "Wales", "DIGI-3", "In Progress", "Siân Evans", "31/Mar/26", "skills",
     "Cohort 2 started in November; 28 heads of service enrolled.", "2025-26 Q4",
     ["Academi Wales"]),
    ("DIGI-9", "Launch the all-Wales local government data dashboard", "DIGI-1", "Blocked",
     "Ffion Lloyd", "28/Feb/26", "data",
     "The hosting contract has not been signed.\nEscalated to the programme board on 12 "
     "January.", "2025-26 Q4", []),
    ("DIGI-10", "Procure a shared security operations centre service for councils", "DIGI-2",
     "In Progress", "Gareth Bowen", "30/Apr/26", "cyber",
     "Tender evaluation under way; four bids received.", "2026-27 Q1", []),
    ("DIGI-11", "Publish a digital skills framework for council staff", "DIGI-3", "Done",
     "Siân Evans", "31/Jul/25", "skills", "Published on the WLGA website on 22 July.",
     "2025-26 Q2", []),
    ("DIGI-12", "Publish cyber resilience guidance for elected members", "DIGI-2", "Done",
     "Siân Evans", "15/Dec/25", "cyber", "", "2025-26 Q3", []),
    ("DIGI-13", "Award the Digital Transformation Fund 2025-26 to council projects", "DIGI-4",
     "Done", "Owain Price", "31/Aug/25", "",
     "Eight council projects funded; announced on 28 August 2025.", "2025-26 Q2", []),
    ("DIGI-14", "Run digital inclusion workshops for elected members", "DIGI-3", "Blocked",
     "Mererid Jones", "31/Jan/26", "skills",
     "Paused until the new trainer is in post.", "2025-26 Q4", []),
    ("DIGI-15", "Pilot a shared online booking platform with three councils", "DIGI-4",
     "In Progress", "Owain Price", "31/Mar/26", "",
     "Pilot councils: Conwy, Ceredigion and Torfaen.\nGo-live planned for March.",
     "2025-26 Q4", []),
    ("DIGI-16", "Agree a common approach to the use of generative AI with SOLACE", "DIGI-4",
     "In Progress", "Owain Price", "30/Jan/26", "ai",
     "Draft principles discussed with SOLACE digital leads on 9 January.", "2025-26 Q4",
     ["SOLACE"]),
    ("DIGI-17", "Train 60 council analysts in Power BI with Academi Wales", "DIGI-1", "To Do",
     "Ffion Lloyd", "31/May/26", "data", "Course dates to be agreed.", "2026-27 Q1",
     ["Academi Wales"]),
    ("DIGI-18", "Review council backup arrangements against the NCSC guidance", "DIGI-2",
     "To Do", "Gareth Bowen", "30/Jun/26", "cyber", "", "2026-27 Q1", []),
    ("DIGI-19", "Hold the Digital Leaders Network conference", "DIGI-3", "To Do",
     "Mererid Jones", "", "events", "Venue and date not yet fixed.", None, []),
]
GRANTS = [("Local Government Data Insight Grant", 240000, "2025-26"),
          ("Cyber Resilience Grant", 310000, "2025-26"),
          ("Local Government Digital Transformation Fund", 1000000, "2025-26")]
EPIC_NAME = {k: n for k, n, _l, _d in EPICS}
EPIC_PLACE = {k: i for i, (k, *_r) in enumerate(EPICS, 1)}
MONTHS = {m: i for i, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), 1)}
LONG = "January February March April May June July August September October November December"


def reading(txt: bool = False) -> dict:
    items = []
    for key, summary, epic, status, _a, _d, _l, _desc, q, partners in STORIES:
        items.append({"ref": key, "section": str(EPIC_PLACE[epic]), "text": summary,
                      "status": STATUS[status], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": "" if txt else TITLE, "date": "" if txt else DATE,
            "priorities": [e[1] for e in EPICS], "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y} for g, a, y in GRANTS]}


def rows():
    """Every issue in key order: (key, summary, type, status, assignee, due, epic, labels,
    description)."""
    out = [(k, n, "Epic", "In Progress", "Owain Price", "", "", lab, d) for k, n, lab, d in EPICS]
    out += [(k, s, "Story", st, a, due, ep, lab, d)
            for k, s, ep, st, a, due, lab, d, _q, _p in STORIES]
    return sorted(out, key=lambda r: int(r[0].split("-")[1]))


def write_txt() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Issue key", "Summary", "Issue Type", "Status", "Assignee", "Due date",
                "Epic Link", "Labels", "Description"])
    for r in rows():
        w.writerow(list(r))
    (C.OUT / f"{NAME}.txt").write_text(buf.getvalue(), encoding="utf-8")


def confluence_date(d: str) -> str:
    if not d:
        return ""
    day, mon, yy = d.split("/")
    return f"{mon} {int(day)}, 20{yy}"


def write_html() -> None:
    head = ["T", "Key", "Summary", "Status", "Assignee", "Due", "Epic Link", "Labels",
            "Description"]
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="UTF-8">',
         f"<title>{C.esc(TITLE)} - WLGA Jira</title>",
         '<style>body{font-family:Arial,sans-serif;font-size:12px}#issuetable td,#issuetable '
         'th{border:1px solid #ccc;padding:3px;vertical-align:top}.aui-lozenge{text-transform:'
         'uppercase;font-weight:bold;font-size:10px}</style></head><body class="page-type-'
         'printable">',
         '<table class="printable-header"><tr><td><img src="/s/-/_/images/jira-software-logo.png"'
         ' alt="Jira"> <b>WLGA Jira</b></td><td align="right">'
         '<a href="/issues/?filter=12411">Back to previous view</a></td></tr></table>',
         f'<h1 class="search-title">{C.esc(TITLE)}</h1>',
         '<p class="results-count">Displaying 19 issues at 20/Jan/26 10:04 AM.</p>',
         '<table id="issuetable"><thead><tr>'
         + "".join(f'<th class="colHeaderLink">{x}</th>' for x in head) + "</tr></thead><tbody>"]
    for key, summ, typ, st, ass, due, epic, lab, desc in rows():
        cls = {"Done": "success", "In Progress": "current", "To Do": "default",
               "Blocked": "error"}[st]
        epic_cell = (f'<a class="aui-label ghx-label-{EPIC_PLACE[epic]}" href="/browse/{epic}">'
                     f"{C.esc(EPIC_NAME[epic])}</a>") if epic else ""
        desc_html = "".join(f"<p>{C.esc(x)}</p>" for x in desc.split("\n") if x)
        h.append(f'<tr id="issuerow-{key[5:]}" class="issuerow">'
                 f'<td class="issuetype"><img src="/images/icons/{typ.lower()}.svg" alt="{typ}" '
                 f'title="{typ}" height="16" width="16"></td>'
                 f'<td class="issuekey"><a href="/browse/{key}">{key}</a></td>'
                 f'<td class="summary"><a href="/browse/{key}">{C.esc(summ)}</a></td>'
                 f'<td class="status"><span class="aui-lozenge aui-lozenge-{cls}">{st}</span></td>'
                 f'<td class="assignee">{C.esc(ass)}</td><td class="duedate">'
                 f'{("<time>" + due + "</time>") if due else ""}</td>'
                 f'<td class="customfield_10008">{epic_cell}</td>'
                 f'<td class="labels">{C.esc(lab)}</td><td class="description">{desc_html}</td>'
                 "</tr>")
    h += ["</tbody></table>",
          '<p class="footer">Generated at Tue Jan 20 10:04:51 GMT 2026 by Owain Price using '
          "Jira 9.12.4#9120004-sha1:3f2b1c7.</p></body></html>"]
    (C.OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_pdf() -> None:
    st = C.pdf_styles(8)
    cell = st["cell"].clone("c", fontSize=6.5, leading=8)
    story = [C.P("<b>WLGA Jira</b>", st["small"]), C.P(C.esc(TITLE), st["h1"]),
             C.P("Displaying 19 issues at 20/Jan/26 10:04 AM.", st["small"]), Spacer(1, 4)]
    head = ["T", "Key", "Summary", "Status", "Assignee", "Due", "Epic Link", "Labels",
            "Description"]
    data = [[C.P(f"<b>{x}</b>", cell) for x in head]]
    for key, summ, typ, stt, ass, due, epic, lab, desc in rows():
        data.append([C.P("■" if typ == "Epic" else "▣", cell), C.P(key, cell),
                     C.P(C.esc(summ), cell), C.P(stt.upper(), cell), C.P(C.esc(ass), cell),
                     C.P(due, cell), C.P(C.esc(EPIC_NAME.get(epic, "")), cell),
                     C.P(C.esc(lab), cell), C.P(C.esc(desc).replace("\n", "<br/>"), cell)])
    t = Table(data, colWidths=[5 * C.mm, 13 * C.mm, 37 * C.mm, 19 * C.mm, 17 * C.mm,
                               15 * C.mm, 20 * C.mm, 11 * C.mm, 41 * C.mm], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, C.colors.grey),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
    story += [t, Spacer(1, 6), C.P("Generated at Tue Jan 20 10:04:51 GMT 2026 by Owain Price "
                                   "using Jira 9.12.4#9120004-sha1:3f2b1c7.", st["small"])]
    C.browser_pdf(C.OUT / f"{NAME}.pdf", story, "20/01/2026, 10:05", f"{TITLE} - WLGA Jira",
                  "https://jira.wlga.gov.uk/sr/jira.issueviews:searchrequest-printable/12411/"
                  "SearchRequest-12411.html?tempMax=1000")


def icon(kind: str):
    colour = {"Epic": (101, 84, 192), "Story": (54, 179, 126)}[kind]

    def draw(d, w, h):
        d.rounded_rectangle((2, 2, w - 3, h - 3), radius=4, fill=colour)
        if kind == "Epic":
            d.polygon([(w * .55, 5), (w * .3, h * .55), (w * .5, h * .55), (w * .45, h - 5),
                       (w * .7, h * .45), (w * .5, h * .45)], fill="white")
        else:
            d.rectangle((w * .3, 6, w * .7, h - 6), fill="white")
    return C.png(f"jira-{kind.lower()}", draw, (32, 32))


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=9)
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.5)
    doc.add_heading(TITLE, level=1)
    C.add_par(doc, "Created by Owain Price, last modified on Jan 20, 2026", size=8)
    C.add_par(doc, "This page lists every epic and story in the DIGI project for the Digital "
              "Transformation Programme 2025-26. The table is a live Jira Issues macro "
              "(filter 12411); the figures were refreshed when this page was exported.")
    head = ["T", "Key", "Summary", "Status", "Assignee", "Due", "Epic Link", "Description"]
    tb = doc.add_table(rows=1, cols=len(head))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, head):
        C.cell_text(c, x, bold=True, size=8)
        C.shade(c, "F4F5F7")
    C.set_repeat_header(tb.rows[0])
    for key, summ, typ, stt, ass, due, epic, _lab, desc in rows():
        cells = tb.add_row().cells
        C.cell_text(cells[0], "")
        run = cells[0].paragraphs[0].add_run()
        pic = run.add_picture(str(icon(typ)), width=Cm(0.4))
        C.set_alt(pic, typ)
        vals = [key, summ, stt.upper(), ass, confluence_date(due), EPIC_NAME.get(epic, "")]
        for c, x in zip(cells[1:7], vals):
            C.cell_text(c, x, size=8)
        lines = [x for x in desc.split("\n") if x]
        C.cell_text(cells[7], lines[0] if lines else "", size=8)
        for x in lines[1:]:
            C.add_par(cells[7], x, size=8)
    C.add_par(doc, "19 issues", size=8)
    doc.save(C.OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
