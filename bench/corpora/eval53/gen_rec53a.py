"""rec53a: a council's INTERNAL AUDIT REPORT in the Regional Internal Audit Service style
(recommendations kind): Bro Hafren County Borough Council (fictional), "Internal Audit
Report: UK Shared Prosperity Fund – Grant Management 2024-25", final report 26 June 2025,
presented to the Governance and Audit Committee on 17 July 2025 (real RIAS reporting style
and assurance ratings; council, findings and officers invented).

Layout: a cover block (audit, report status, distribution); "1. Executive summary" with the
assurance opinion "Reasonable assurance" and a count of recommendations by priority (High 4,
Medium 5, Low 3, Total 12: a count, no recommendation); "2. Scope"; "3. Findings" in four
sections (3.1 Governance, 3.2 Grant claims, 3.3 Contract monitoring, 3.4 Performance
reporting) of prose findings pointing at the action plan ("(ref 4)"); "4. Action plan"
`Ref | Finding | Recommendation | Priority | Agreed management action | Responsible officer
| Target date`, refs 1-12 numbered through, a full-width row naming the area above each
group; ref 9 "Not agreed – risk accepted ..."; Appendix A the assurance and priority
definitions (not recommendations).
The reading: areas the four findings sections without their number (themes none); a
recommendation is the Recommendation cell of an action plan row (12), rec_id the Ref, area
the group row above it (= its findings section), text the cell; owners LG (the responsible
officers are the council's own officers; the service audits itself), ref 9 included (a
recommendation made, even if not agreed); activities the Agreed management action cells
of the 11 agreed rows (activity_no null: none printed), area the row's area; ref 9's "Not
agreed – risk accepted" cell is no activity. The Finding and Priority cells, the priority
count, scope and definitions hold no recommendation.
Forms: .docx (Heading 1/2, the action plan a landscape section with a repeated header row
and merged area rows, a running header "OFFICIAL" and page numbers), .pdf a print of the
Word file (A4 portrait, the action plan on landscape pages), .html the committee papers
portal's page (modern.gov "Issue - items at meetings" with the report inline and a
document list), .txt Word's "Plain Text" save (headings as lines, table rows as TAB-
separated cells, CRLF)."""
from __future__ import annotations

import common53 as C
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Spacer, Table, TableStyle)

NAME = "rec53a-spf-internal-audit-report"
TITLE = "Internal Audit Report: UK Shared Prosperity Fund – Grant Management 2024-25"
COUNCIL = "Bro Hafren County Borough Council"
AREAS = ["Governance", "Grant claims", "Contract monitoring", "Performance reporting"]
FINDINGS = {
    "Governance": "The Local Partnership Group meets quarterly and the Programme Board "
    "monthly. The group's terms of reference have not been reviewed since 2022 (ref 1). "
    "Declarations of interest were recorded at only two of the six project assessment panels "
    "we reviewed (ref 2), and the programme risk register was last updated in October 2024 "
    "(ref 3).",
    "Grant claims": "We tested 25 grant claims paid in 2024-25 with a value of £612,400. "
    "Evidence of defrayal was missing for seven claims (£48,300) (ref 4). Two claims took the "
    "cumulative payments to a project above its approved budget (ref 5). The same officer "
    "checked and approved every claim tested (ref 6), and two of the four quarterly returns "
    "reached the lead authority after the deadline (ref 7).",
    "Contract monitoring": "None of the three largest SPF-funded contracts (£410,000 in "
    "total) had a contract management plan (ref 8). Monitoring meetings take place but are "
    "not minuted (ref 9). One contract was extended by six months without a waiver of "
    "Contract Procedure Rules (ref 10).",
    "Performance reporting": "Output figures reported to the lead authority could not be "
    "traced to evidence for three of the ten projects tested (ref 11). Progress is reported to "
    "Cabinet but has not been reported to scrutiny since the programme began (ref 12).",
}
# rows: (ref, area, finding, recommendation, priority, action, officer, target)
ROWS = [
    ("1", "Governance", "Terms of reference not reviewed since 2022.",
     "Review the terms of reference of the Local Partnership Group and present them to Cabinet "
     "for approval.", "Medium",
     "The terms of reference will be reviewed with the group and reported to Cabinet in the "
     "autumn.", "Regeneration Manager", "30/11/2025"),
    ("2", "Governance", "Declarations of interest not recorded at four of six panels.",
     "Record declarations of interest at the start of every project assessment panel and keep "
     "them with the panel notes.", "High",
     "A standing declarations item has been added to the panel agenda template.",
     "Head of Regeneration", "31/07/2025"),
    ("3", "Governance", "Risk register last updated in October 2024.",
     "Update the programme risk register each quarter and report the highest risks to the "
     "Programme Board.", "Medium",
     "The risk register will be a standing item at the quarterly Programme Board.",
     "SPF Programme Manager", "30/09/2025"),
    ("4", "Grant claims", "No evidence of defrayal for 7 of 25 claims (£48,300).",
     "Obtain bank statements or remittance advices showing defrayal before any grant claim is "
     "paid.", "High",
     "The claim checklist has been amended; no claim will be paid without evidence of "
     "defrayal.", "Grants Officer", "31/07/2025"),
    ("5", "Grant claims", "Two claims paid above the approved project budget.",
     "Check each claim against the approved project budget and the cumulative amount paid "
     "before payment.", "High",
     "A cumulative payment check has been built into the grants spreadsheet.",
     "Grants Officer", "31/08/2025"),
    ("6", "Grant claims", "Claims checked and approved by the same officer.",
     "Separate the checking and approval of grant claims so that no officer approves a claim "
     "they have checked.", "Medium",
     "The Regeneration Manager will approve all claims over £10,000 from September.",
     "Regeneration Manager", "30/09/2025"),
    ("7", "Grant claims", "Two quarterly returns submitted late.",
     "Set an internal timetable for the quarterly return that allows five working days for "
     "review before the lead authority's deadline.", "Low",
     "A timetable has been agreed and circulated to project leads.", "SPF Programme Manager",
     "31/10/2025"),
    ("8", "Contract monitoring", "No contract management plans for the three largest "
     "contracts.",
     "Put a contract management plan in place for every SPF-funded contract over £75,000.",
     "Medium", "Plans will be drawn up using the corporate contract management template.",
     "Procurement Manager", "31/12/2025"),
    ("9", "Contract monitoring", "Monitoring meetings not minuted.",
     "Minute contract monitoring meetings and record the actions agreed.", "Low",
     "Not agreed – risk accepted. Actions are confirmed to suppliers by e-mail; the service "
     "considers that formal minutes would add cost without reducing the risk.",
     "Head of Regeneration", "N/A"),
    ("10", "Contract monitoring", "Contract extended without a waiver.",
     "Obtain a waiver of Contract Procedure Rules before extending any contract beyond its "
     "agreed term.", "High",
     "A reminder has been issued to all project leads and waivers are now logged centrally.",
     "Procurement Manager", "31/07/2025"),
    ("11", "Performance reporting", "Outputs not traced to evidence for 3 of 10 projects.",
     "Keep evidence for every output and outcome figure reported to the lead authority.",
     "Medium", "Project leads will upload their evidence to the shared SPF folder each "
     "quarter.", "SPF Programme Manager", "31/10/2025"),
    ("12", "Performance reporting", "No reporting to scrutiny.",
     "Report SPF outputs and spend to the Economy and Place Scrutiny Committee twice a year.",
     "Low", "The first report is scheduled for the January 2026 committee.",
     "Head of Regeneration", "31/01/2026"),
]
HEAD = ["Ref", "Finding", "Recommendation", "Priority", "Agreed management action",
        "Responsible officer", "Target date"]
INTRO = [
    ("Audit", "UK Shared Prosperity Fund – Grant Management 2024-25"),
    ("Report status", "Final"), ("Date issued", "26 June 2025"),
    ("Distribution", "Corporate Director – Place; Head of Regeneration; Regeneration Manager; "
     "SPF Programme Manager"),
    ("Auditor", "Sian Rowlands, Senior Auditor, Regional Internal Audit Service"),
]
SUMMARY = [
    "The council is the lead authority's delivery partner for £2.1 million of the UK Shared "
    "Prosperity Fund in Bro Hafren for 2024-25. This audit was part of the 2024-25 Internal "
    "Audit Plan approved by the Governance and Audit Committee.",
    "Overall opinion: Reasonable assurance. There is a generally sound system of governance, "
    "risk management and control in place. Some issues, non-compliance or scope for "
    "improvement were identified which may put at risk the achievement of objectives.",
]
COUNT = [("High", "4"), ("Medium", "5"), ("Low", "3"), ("Total", "12")]
SCOPE = ("The audit covered the governance of the programme, the processing of grant claims "
         "from funded projects, the monitoring of SPF-funded contracts and the reporting of "
         "outputs to the lead authority for the period 1 April 2024 to 31 March 2025. It did "
         "not cover the lead authority's own arrangements.")
DEFS = [("Substantial assurance", "A sound system of governance, risk management and control "
         "exists, with internal controls operating effectively."),
        ("Reasonable assurance", "There is a generally sound system of governance, risk "
         "management and control in place. Some issues were identified."),
        ("Limited assurance", "Significant gaps, weaknesses or non-compliance were identified."),
        ("High priority", "Action needed to address a significant risk; to be put in place "
         "within one month."),
        ("Medium priority", "Action needed to address a risk; to be put in place within three "
         "months."),
        ("Low priority", "Action advised to improve controls; within six months.")]


def reading() -> dict:
    recs = [{"rec_id": r[0], "area": r[1], "text": r[3], "owners": ["LG"]} for r in ROWS]
    acts = [{"activity_no": None, "area": r[1], "text": r[5]} for r in ROWS
            if not r[5].startswith("Not agreed")]
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a in AREAS],
            "recommendations": recs, "activities": acts}


def grouped():
    for a in AREAS:
        yield a, [r for r in ROWS if r[1] == a]


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    doc = C.new_docx(font="Arial", size=10)
    C.header_text(doc, "OFFICIAL")
    C.footer_page_numbers(doc, f"{COUNCIL} – Regional Internal Audit Service")
    doc.add_heading(TITLE, level=0)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in INTRO:
        cells = tb.add_row().cells
        C.cell_text(cells[0], k, bold=True)
        C.shade(cells[0], "E7E6E6")
        C.cell_text(cells[1], v)
    doc.add_heading("1. Executive summary", level=1)
    for x in SUMMARY:
        doc.add_paragraph(x)
    doc.add_paragraph("Recommendations made, by priority:")
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    C.cell_text(tb.rows[0].cells[0], "Priority", bold=True)
    C.cell_text(tb.rows[0].cells[1], "Number", bold=True)
    for k, v in COUNT:
        cells = tb.add_row().cells
        C.cell_text(cells[0], k, bold=k == "Total")
        C.cell_text(cells[1], v, bold=k == "Total")
    doc.add_heading("2. Scope", level=1)
    doc.add_paragraph(SCOPE)
    doc.add_heading("3. Findings", level=1)
    for i, a in enumerate(AREAS, 1):
        doc.add_heading(f"3.{i} {a}", level=2)
        doc.add_paragraph(FINDINGS[a])
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("4. Action plan", level=1)
    tb = doc.add_table(rows=1, cols=len(HEAD))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        C.cell_text(c, x, bold=True, size=9)
        C.shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = C.RGBColor(0xFF, 0xFF, 0xFF)
    C.set_repeat_header(tb.rows[0])
    for a, rows in grouped():
        cells = tb.add_row().cells
        m = cells[0].merge(cells[-1])
        C.cell_text(m, a, bold=True, size=9)
        C.shade(m, "D9E2F3")
        for r in rows:
            cells = tb.add_row().cells
            for c, x in zip(cells, [r[0], r[2], r[3], r[4], r[5], r[6], r[7]]):
                C.cell_text(c, x, size=9)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Appendix A – Assurance and priority definitions", level=1)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in DEFS:
        cells = tb.add_row().cells
        C.cell_text(cells[0], k, bold=True)
        C.cell_text(cells[1], v)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (a print of the Word)
def write_pdf() -> None:
    from reportlab.lib.pagesizes import A4, landscape
    st = C.pdf_styles(9)
    cell = st["cell"]
    story = [C.P(C.esc(TITLE), st["title"])]
    t = Table([[C.P(f"<b>{k}</b>", cell), C.P(C.esc(v), cell)] for k, v in INTRO],
              colWidths=[40 * C.mm, 130 * C.mm])
    t.setStyle(TableStyle(C.GRID + [("BACKGROUND", (0, 0), (0, -1), C.colors.HexColor("#E7E6E6"))]))
    story += [t, C.P("1. Executive summary", st["h1"])]
    story += [C.P(C.esc(x), st["body"]) for x in SUMMARY]
    story.append(C.P("Recommendations made, by priority:", st["body"]))
    t = Table([[C.P("<b>Priority</b>", cell), C.P("<b>Number</b>", cell)]]
              + [[C.P(k, cell), C.P(v, cell)] for k, v in COUNT], colWidths=[40 * C.mm, 25 * C.mm])
    t.setStyle(TableStyle(C.GRID))
    story += [t, C.P("2. Scope", st["h1"]), C.P(SCOPE, st["body"]), C.P("3. Findings", st["h1"])]
    for i, a in enumerate(AREAS, 1):
        story += [C.P(f"3.{i} {a}", st["h2"]), C.P(C.esc(FINDINGS[a]), st["body"])]
    story += [NextPageTemplate("wide"), PageBreak(), C.P("4. Action plan", st["h1"])]
    white = cell.clone("w", textColor=C.colors.white, fontName="DejaVu-Bold")
    data = [[C.P(x, white) for x in HEAD]]
    style = C.GRID + [("BACKGROUND", (0, 0), (-1, 0), C.colors.HexColor("#1F3864"))]
    for a, rows in grouped():
        style += [("SPAN", (0, len(data)), (-1, len(data))),
                  ("BACKGROUND", (0, len(data)), (-1, len(data)), C.colors.HexColor("#D9E2F3"))]
        data.append([C.P(f"<b>{a}</b>", cell), "", "", "", "", "", ""])
        for r in rows:
            data.append([C.P(C.esc(x), cell) for x in (r[0], r[2], r[3], r[4], r[5], r[6], r[7])])
    t = Table(data, colWidths=[10 * C.mm, 45 * C.mm, 62 * C.mm, 17 * C.mm, 65 * C.mm,
                               32 * C.mm, 20 * C.mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, NextPageTemplate("tall"), PageBreak(),
              C.P("Appendix A – Assurance and priority definitions", st["h1"])]
    t = Table([[C.P(f"<b>{k}</b>", cell), C.P(C.esc(v), cell)] for k, v in DEFS],
              colWidths=[45 * C.mm, 125 * C.mm])
    t.setStyle(TableStyle(C.GRID))
    story.append(t)

    def deco(size):
        def draw(canv, doc):
            w, h = size
            canv.setFont("DejaVu-Bold", 8)
            canv.drawCentredString(w / 2, h - 10 * C.mm, "OFFICIAL")
            canv.setFont("DejaVu", 7.5)
            canv.drawString(18 * C.mm, 10 * C.mm,
                            f"{COUNCIL} – Regional Internal Audit Service")
            canv.drawRightString(w - 18 * C.mm, 10 * C.mm, f"Page {doc.page}")
        return draw
    tall, wide = A4, landscape(A4)
    d = BaseDocTemplate(str(C.OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    d.addPageTemplates([
        PageTemplate("tall", [Frame(18 * C.mm, 18 * C.mm, tall[0] - 36 * C.mm,
                                    tall[1] - 36 * C.mm)], onPage=deco(tall), pagesize=tall),
        PageTemplate("wide", [Frame(15 * C.mm, 18 * C.mm, wide[0] - 30 * C.mm,
                                    wide[1] - 36 * C.mm)], onPage=deco(wide), pagesize=wide)])
    d.build(story)


# ------------------------------------------------------------------ modern.gov page
def write_html() -> None:
    e = C.esc
    b = ['<div class="mgContent"><h1 class="mgMainTitleTxt">Issue - items at meetings - '
         "Internal Audit Report: UK Shared Prosperity Fund – Grant Management 2024-25</h1>",
         '<h2 class="mgSubTitleTxt">Meeting: 17/07/2025 - Governance and Audit Committee '
         "(Item 8)</h2>",
         '<p class="mgAiTitleTxt">8. Internal Audit Report: UK Shared Prosperity Fund – Grant '
         "Management 2024-25</p>",
         "<p>To receive the final report of the Regional Internal Audit Service (copy "
         "enclosed).</p>",
         '<div class="mgReportText"><h2>' + e(TITLE) + '</h2><table class="mgStatsTable">'
         + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in INTRO) + "</table>",
         "<h3>1. Executive summary</h3>" + "".join(f"<p>{e(x)}</p>" for x in SUMMARY),
         "<p>Recommendations made, by priority:</p><table><tr><th>Priority</th><th>Number</th>"
         "</tr>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in COUNT) + "</table>",
         f"<h3>2. Scope</h3><p>{e(SCOPE)}</p><h3>3. Findings</h3>"]
    for i, a in enumerate(AREAS, 1):
        b.append(f"<h4>3.{i} {e(a)}</h4><p>{e(FINDINGS[a])}</p>")
    b.append('<h3>4. Action plan</h3><table class="mgActionPlan"><thead><tr>'
             + "".join(f'<th scope="col">{x}</th>' for x in HEAD) + "</tr></thead><tbody>")
    for a, rows in grouped():
        b.append(f'<tr class="area"><td colspan="7"><strong>{e(a)}</strong></td></tr>')
        for r in rows:
            b.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in
                                      (r[0], r[2], r[3], r[4], r[5], r[6], r[7])) + "</tr>")
    b.append("</tbody></table><h3>Appendix A – Assurance and priority definitions</h3><table>"
             + "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in DEFS)
             + "</table></div>")
    b.append('<h3 class="mgSubSubTitleTxt">Minutes:</h3><p>The Senior Auditor presented the '
             "report. Members noted the reasonable assurance opinion and asked that the "
             "recommendation not agreed by management be reported to the Committee's next "
             "meeting.</p><p><strong>RESOLVED</strong> – That the report be noted.</p>"
             '<h3 class="mgSubSubTitleTxt">Supporting documents:</h3><ul class="mgActionList">'
             '<li><a href="#">Internal Audit Report - UK Shared Prosperity Fund, item 8 '
             "PDF 312 KB</a></li><li><a href=\"#\">Appendix A - definitions, item 8 PDF 88 KB"
             "</a></li></ul></div>")
    html = C.page("Issue - items at meetings - Internal Audit Report", f"{COUNCIL} – modern.gov",
                  ["Home", "Committees", "Governance and Audit Committee", "Issue"], b,
                  ["Councillors", "Committees", "Meetings", "Decisions", "Search documents"],
                  f"{COUNCIL}, Civic Offices")
    (C.OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


# ------------------------------------------------------------------ Word's plain text
def write_txt() -> None:
    t = [TITLE, ""]
    t += [f"{k}\t{v}" for k, v in INTRO] + ["", "1. Executive summary", ""]
    for x in SUMMARY:
        t += [x, ""]
    t += ["Recommendations made, by priority:", "Priority\tNumber"]
    t += [f"{k}\t{v}" for k, v in COUNT] + ["", "2. Scope", "", SCOPE, "", "3. Findings", ""]
    for i, a in enumerate(AREAS, 1):
        t += [f"3.{i} {a}", "", FINDINGS[a], ""]
    t += ["4. Action plan", "", "\t".join(HEAD)]
    for a, rows in grouped():
        t.append(a)
        for r in rows:
            t.append("\t".join((r[0], r[2], r[3], r[4], r[5], r[6], r[7])))
    t += ["", "Appendix A – Assurance and priority definitions", ""]
    t += [f"{k}\t{v}" for k, v in DEFS]
    (C.OUT / f"{NAME}.txt").write_text("\r\n".join(t) + "\r\n", encoding="utf-8")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["recommendations"]), len(r["activities"]))
