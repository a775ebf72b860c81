"""rec54b: an AUDIT WALES local government report with both RECOMMENDATIONS (R1-R3) and
PROPOSALS FOR IMPROVEMENT (P1-P5): "Workforce Planning Arrangements – Penrhos County Borough
Council", November 2025 (council, findings and officers invented; modelled on Audit Wales's
local reports and councils' management responses).

Layout: a bilingual cover page; "Summary report" with paragraph numbers in the margin and
"Exhibit 1: recommendations and proposals for improvement" (a "Recommendations" group row over
R1-R3, a "Proposals for improvement" group row over P1-P5); "Detailed report" in three
numbered chapters, each repeating its recommendations and proposals in a shaded box beside the
evidence; Appendix 1 audit approach (not items); Appendix 2 the Council's management response
form `Ref | Recommendation | Intended outcome | Accepted? | Management response | Completion
date | Responsible officer`.

The reading: recommendations the 8 items of both kinds (rec_id as printed, "R1" .. "P5"; the
front exhibit, the chapter boxes and the appendix repeat them: counted once), area the chapter
whose evidence they close (its title without the chapter number), owners the Council (LG; the
form's responsible officers are the Council's). Activities: the Council's management
responses (one a row, no number), in the area of their recommendation. Paragraphs of findings
and the audit approach are neither.
Forms: .pdf in Audit Wales's look (bilingual cover, margin paragraph numbers, exhibits, "Page
N of M - title" footer); .docx (Heading styles, the paragraph numbers one numbering.xml list);
.html the report as an accessible web page; .md pandoc's export of the Word file.
"""
from __future__ import annotations

import common54 as C
from common54 import esc, new_list, page, set_num
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

NAME = "rec54b-audit-wales-recommendations-proposals"
COUNCIL = "Penrhos County Borough Council"
TITLE = f"Workforce Planning Arrangements – {COUNCIL}"
TITLE_CY = "Trefniadau Cynllunio'r Gweithlu – Cyngor Bwrdeistref Sirol Penrhos"
DATE, DATE_CY = "November 2025", "Tachwedd 2025"
FOOT = f"Workforce Planning Arrangements – {COUNCIL}"

SUMMARY = [
    "We reviewed the Council's arrangements for planning its workforce: how it identifies the "
    "people and skills it will need to deliver its Corporate Plan, and how it monitors and "
    "reviews its workforce plans.",
    "We carried out the review between April and August 2025 to help discharge the Auditor "
    "General's duties under section 17 of the Public Audit (Wales) Act 2004 and the Local "
    "Government and Elections (Wales) Act 2021.",
    "Overall, we found that the Council understands its main workforce risks but does not yet "
    "have a corporate plan to manage them, and its workforce data is not reliable enough to "
    "support good decisions.",
    "The Council employs around 5,900 people. Its turnover rose from 11.2% in 2022-23 to "
    "14.6% in 2024-25, and it spent £6.3 million on agency staff in 2024-25.",
    "Exhibit 1 sets out our recommendations and proposals for improvement. Recommendations are "
    "the matters we consider the Council must address; proposals for improvement are matters "
    "it should consider. The Council's management response is in Appendix 2.",
]
# (chapter, [finding paragraphs], [(ref, text, outcome, accepted, response, date, officer)])
CHAPTERS = [
    ("The Council's strategic approach to workforce planning", [
        "The Council's People Strategy 2022-2027 sets out its values and its ambitions for "
        "staff wellbeing, but it does not say how many people, or which skills, each service "
        "will need over the next five years.",
        "Service plans describe workforce pressures, but they are not brought together into a "
        "corporate view, and they are not linked to the Medium Term Financial Plan.",
        "Trade unions told us they were not involved in planning the workforce, only in "
        "consultation on individual restructures.",
        "Senior officers recognise the gap; a draft workforce plan was discussed by the "
        "Corporate Management Team in June 2025 but has not yet gone to Cabinet.",
    ], [
        ("R1", "The Council should approve a corporate workforce plan that links the workforce "
         "needs of each service to its Medium Term Financial Plan and its Corporate Plan.",
         "A single plan that shows the workforce the Council needs and can afford.", "Yes",
         "A corporate workforce plan for 2026-2031 will be presented to Cabinet with the "
         "2026-27 budget, drawing on revised service workforce plans.", "March 2026",
         "Head of People and Organisational Development"),
        ("P1", "The Council should involve the trade unions and its staff networks in "
         "developing the corporate workforce plan.",
         "Staff and their representatives help shape the plan.", "Yes",
         "The draft plan will be discussed at the Joint Consultative Committee and with the "
         "staff networks before it goes to Cabinet.", "February 2026",
         "Head of People and Organisational Development"),
        ("P2", "The Council should set out how it applies the five ways of working in its "
         "workforce planning.",
         "Workforce planning takes a long-term, preventative and collaborative approach.",
         "Partially",
         "The workforce plan will include a section on the five ways of working; a separate "
         "statement is not needed.", "March 2026", "Chief Executive"),
    ]),
    ("Workforce data and intelligence", [
        "The Council holds workforce data in three systems that do not share information, and "
        "reports to Cabinet give different figures for vacancies in the same quarter.",
        "Agency spending is reported by the finance team but is not analysed by post or "
        "reason, so managers cannot see where it could be reduced.",
        "The Council does not compare its workforce data with that of other councils.",
    ], [
        ("R2", "The Council should put in place a single, reliable source of workforce data, "
         "including vacancies, turnover and agency spending, and report it to Cabinet every "
         "quarter.",
         "Members and managers base decisions on accurate, consistent workforce data.", "Yes",
         "The HR and payroll systems will be integrated and a quarterly workforce dashboard "
         "will be reported to Cabinet from the second quarter of 2026-27.", "September 2026",
         "Head of Digital Services"),
        ("P3", "The Council should compare its workforce data with that of similar councils, "
         "using the benchmarking tools that are available to it.",
         "The Council understands how its workforce compares with others.", "Yes",
         "The Council will join the all-Wales workforce benchmarking club and include "
         "comparisons in the annual workforce report.", "December 2026",
         "Workforce Intelligence Manager"),
    ]),
    ("Monitoring and reviewing workforce plans", [
        "Progress with the People Strategy is reported once a year to the Corporate Overview "
        "and Scrutiny Committee, but the reports describe activity rather than results.",
        "The recruitment and retention action plan agreed in 2024 has no targets, so the "
        "Council cannot tell whether the actions are working.",
        "The Council has increased its apprenticeships from 24 to 61 since 2022, but has not "
        "assessed whether they have helped to fill hard-to-fill posts.",
    ], [
        ("R3", "The Council should strengthen its oversight of workforce planning by "
         "reporting progress against the corporate workforce plan to the Governance and Audit "
         "Committee twice a year.",
         "Members can hold officers to account for delivering the plan.", "Yes",
         "Progress reports will go to the Governance and Audit Committee every six months, the "
         "first in October 2026.", "October 2026", "Chief Executive"),
        ("P4", "The Council should set measurable outcomes for the actions in its recruitment "
         "and retention action plan.",
         "The Council knows which recruitment and retention actions work.", "Yes",
         "Targets for turnover, time to hire and agency spending will be added to the action "
         "plan when it is refreshed.", "June 2026", "Head of People and Organisational "
         "Development"),
        ("P5", "The Council should evaluate the impact of its apprenticeship and other grow "
         "your own schemes on filling hard-to-fill posts.",
         "The schemes are targeted where they make most difference.", "Yes",
         "An evaluation of the apprenticeship scheme will be commissioned from the "
         "internal audit team and reported to Cabinet.", "December 2026",
         "Head of People and Organisational Development"),
    ]),
]
APPROACH = ("We reviewed documents, including the People Strategy, service plans and reports "
            "to Cabinet and scrutiny; interviewed officers, members and trade union "
            "representatives; and held two focus groups with managers.")
RESP_HEAD = ["Ref", "Recommendation", "Intended outcome", "Accepted?", "Management response",
             "Completion date", "Responsible officer"]


def all_recs():
    for ch, _f, recs in CHAPTERS:
        for r in recs:
            yield ch, r


def reading() -> dict:
    recs, acts = [], []
    order = sorted(all_recs(), key=lambda x: (x[1][0][0] != "R", x[1][0]))
    for ch, (ref, text, _o, _a, resp, _d, _off) in order:
        recs.append({"rec_id": ref, "area": ch, "text": text, "owners": ["LG"]})
    for ch, (ref, text, _o, _a, resp, _d, _off) in all_recs():
        acts.append({"activity_no": None, "area": ch, "text": resp})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": ch, "theme": None} for ch, _f, _r in CHAPTERS],
            "recommendations": recs, "activities": acts}


def blocks() -> list:
    """The report after its cover: ("h1"|"h2", text), ("np", n, text) a numbered paragraph,
    ("exhibit", caption, head, rows) rows either ("group", label) or cells, ("box", label,
    text), ("p", text)."""
    b: list = [("h1", "Summary report")]
    n = 0
    for t in SUMMARY:
        n += 1
        b.append(("np", n, t))
    rows: list = [("group", "Recommendations")]
    order = sorted(all_recs(), key=lambda x: (x[1][0][0] != "R", x[1][0]))
    for k, (_ch, r) in enumerate(order):
        if k == 3:
            rows.append(("group", "Proposals for improvement"))
        rows.append([r[0], r[1]])
    b.append(("exhibit", "Exhibit 1: recommendations and proposals for improvement",
              ["Ref", "Recommendation / proposal for improvement"], rows))
    b.append(("h1", "Detailed report"))
    for c, (ch, finds, recs) in enumerate(CHAPTERS, 1):
        b.append(("h2", f"{c}. {ch}"))
        for t in finds:
            n += 1
            b.append(("np", n, t))
        for r in recs:
            label = "Recommendation" if r[0][0] == "R" else "Proposal for improvement"
            b.append(("box", f"{label} {r[0]}", r[1]))
    b += [("h1", "Appendix 1 – Audit approach"), ("p", APPROACH),
          ("h1", "Appendix 2 – Management response"),
          ("p", f"{COUNCIL}'s response to our recommendations and proposals for improvement."),
          ("exhibit", "Exhibit 2: management response", RESP_HEAD,
           [[r[0], r[1], r[2], r[3], r[4], r[5], r[6]] for _ch, r in order])]
    return b


# ------------------------------------------------------------------ PDF (Audit Wales's look)
RED = C.colors.HexColor("#C8102E")


def write_pdf() -> None:
    from reportlab.lib.pagesizes import A4
    st = C.pdf_styles(10)
    num = st["body"].clone("num", leftIndent=12 * C.mm, bulletIndent=0, spaceAfter=6)
    cap = st["h2"].clone("cap", textColor=RED)
    cover_t = st["title"].clone("cover", fontSize=22, leading=27, textColor=C.colors.white)
    cover_s = st["body"].clone("covers", fontSize=12, leading=15, textColor=C.colors.white)
    w, h = A4

    def cover(c, d):
        c.saveState()
        c.setFillColor(RED)
        c.rect(0, 0, w, h, fill=1, stroke=0)
        c.setFillColor(C.colors.white)
        c.setFont("DejaVu-Bold", 11)
        c.drawString(20 * C.mm, h - 22 * C.mm, "Archwilydd Cyffredinol Cymru")
        c.drawString(20 * C.mm, h - 28 * C.mm, "Auditor General for Wales")
        c.setFont("DejaVu", 8)
        c.drawString(20 * C.mm, 14 * C.mm, "This document is also available in Welsh / Mae'r "
                     "ddogfen hon hefyd ar gael yn Gymraeg")
        c.restoreState()

    story = [Spacer(1, 60 * C.mm), Paragraph(esc(TITLE), cover_t),
             Paragraph(esc(DATE), cover_s), Spacer(1, 12 * C.mm),
             Paragraph(esc(TITLE_CY), cover_t), Paragraph(esc(DATE_CY), cover_s),
             PageBreak(), Paragraph("About this report", st["h1"]),
             Paragraph("This document has been prepared for the internal use of "
                       f"{esc(COUNCIL)} as part of work performed in accordance with the "
                       "statutory functions of the Auditor General for Wales.", st["body"]),
             Paragraph("If you require this publication in an alternative format and/or "
                       "language, please contact us on 029 2032 0500.", st["body"]),
             PageBreak()]
    for b in blocks():
        k = b[0]
        if k == "h1":
            story.append(Paragraph(esc(b[1]), st["h1"].clone("r1", textColor=RED)))
        elif k == "h2":
            story.append(Paragraph(esc(b[1]), st["h2"]))
        elif k == "np":
            story.append(Paragraph(esc(b[2]), num, bulletText=str(b[1])))
        elif k == "p":
            story.append(Paragraph(esc(b[1]), st["body"]))
        elif k == "box":
            t = Table([[Paragraph(f"<b>{esc(b[1])}</b>", st["body"])],
                       [Paragraph(esc(b[2]), st["body"])]], colWidths=[150 * C.mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                    C.colors.HexColor("#F4DADE")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 2 * C.mm), t, Spacer(1, 3 * C.mm)]
        elif k == "exhibit":
            story.append(Paragraph(esc(b[1]), cap))
            head, rows = b[2], b[3]
            wide = len(head) > 2
            cell = st["cell"].clone("c7", fontSize=7.5, leading=9.5) if wide else st["cell"]
            data = [[Paragraph(f"<b>{esc(x)}</b>", cell) for x in head]]
            style = list(C.GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                     C.colors.HexColor("#F4DADE"))]
            for r in rows:
                if r[0] == "group":
                    data.append([Paragraph(f"<b>{esc(r[1])}</b>", cell)] + [""] * (len(head) - 1))
                    style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
                else:
                    data.append([Paragraph(esc(x), cell) for x in r])
            widths = ([12, 30, 26, 16, 40, 18, 22] if wide else [14, 160])
            t = Table(data, colWidths=[x * C.mm for x in widths], repeatRows=1)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 3 * C.mm)]

    # "Page N of M": two passes (the total known after the first)
    from reportlab.platypus import SimpleDocTemplate
    class Counter:
        n = 0

    def count(c, d):
        Counter.n = max(Counter.n, d.page)
    import copy
    tmp = SimpleDocTemplate("/dev/null", pagesize=A4, leftMargin=18 * C.mm,
                            rightMargin=18 * C.mm, topMargin=18 * C.mm, bottomMargin=18 * C.mm)
    tmp.build(copy.deepcopy(story), onFirstPage=count, onLaterPages=count)
    total = Counter.n

    def inner_n(c, d):
        c.saveState()
        c.setFont("DejaVu", 8)
        c.setFillColor(RED)
        c.drawString(18 * C.mm, 10 * C.mm, f"Page {d.page} of {total} - {FOOT}")
        c.restoreState()
    doc = SimpleDocTemplate(str(C.OUT / f"{NAME}.pdf"), pagesize=A4, leftMargin=18 * C.mm,
                            rightMargin=18 * C.mm, topMargin=18 * C.mm, bottomMargin=18 * C.mm,
                            title=TITLE, author="Audit Wales")
    doc.build(story, onFirstPage=cover, onLaterPages=inner_n)


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.footer_page_numbers(doc, FOOT)
    C.add_par(doc, "Archwilydd Cyffredinol Cymru / Auditor General for Wales", bold=True)
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, DATE)
    doc.add_heading(TITLE_CY, level=0)
    C.add_par(doc, DATE_CY)
    doc.add_page_break()
    nid = new_list(doc, "decimal", "%1")
    for b in blocks():
        k = b[0]
        if k in ("h1", "h2"):
            doc.add_heading(b[1], level=int(k[1]))
        elif k == "np":
            set_num(C.add_par(doc, b[2]), nid)
        elif k == "p":
            C.add_par(doc, b[1])
        elif k == "box":
            t = doc.add_table(rows=2, cols=1)
            C.cell_text(t.cell(0, 0), b[1], bold=True)
            C.cell_text(t.cell(1, 0), b[2])
            for c in (t.cell(0, 0), t.cell(1, 0)):
                C.shade(c, "F4DADE")
            C.add_par(doc)
        elif k == "exhibit":
            C.add_par(doc, b[1], bold=True)
            head, rows = b[2], b[3]
            t = doc.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            C.header_row(t, head, "F4DADE", size=9 if len(head) > 2 else None)
            for r in rows:
                cells = t.add_row().cells
                if r[0] == "group":
                    m = cells[0].merge(cells[-1])
                    C.cell_text(m, r[1], bold=True)
                else:
                    for c, x in zip(cells, r):
                        C.cell_text(c, x, size=9 if len(head) > 2 else None)
            C.add_par(doc)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">Published: {DATE} · Local audit '
            'reports · <a href="#">Cymraeg</a></p>']
    open_ol = False
    for b in blocks():
        k = b[0]
        if k != "np" and open_ol:
            body.append("</ol>")
            open_ol = False
        if k in ("h1", "h2"):
            lv = int(k[1]) + 1
            body.append(f"<h{lv}>{esc(b[1])}</h{lv}>")
        elif k == "np":
            if not open_ol:
                body.append(f'<ol class="paragraphs" start="{b[1]}">')
                open_ol = True
            body.append(f"<li>{esc(b[2])}</li>")
        elif k == "p":
            body.append(f"<p>{esc(b[1])}</p>")
        elif k == "box":
            body.append(f'<div class="callout"><p><strong>{esc(b[1])}</strong></p><p>'
                        f"{esc(b[2])}</p></div>")
        elif k == "exhibit":
            head, rows = b[2], b[3]
            h = [f'<table class="exhibit"><caption>{esc(b[1])}</caption><thead><tr>'
                 + "".join(f'<th scope="col">{esc(x)}</th>' for x in head) + "</tr></thead>"
                 "<tbody>"]
            for r in rows:
                if r[0] == "group":
                    h.append(f'<tr class="group"><th colspan="{len(head)}" scope="rowgroup">'
                             f"{esc(r[1])}</th></tr>")
                else:
                    h.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>")
            body.append("".join(h) + "</tbody></table>")
    if open_ol:
        body.append("</ol>")
    (C.OUT / f"{NAME}.html").write_text(page(
        TITLE, "Audit Wales", ["Home", "Publications", "Local government"], body,
        ["About us", "Our work", "Publications", "News", "Careers", "Contact us"],
        "Audit Wales, 1 Capital Quarter, Tyndall Street, Cardiff, CF10 4BZ"), encoding="utf-8")


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    """pandoc -f docx -t markdown: headings as ATX, the numbered paragraphs as ordered lists
    keeping their start numbers, the one-cell boxes and the exhibits as pipe tables (the group
    rows a bold first cell), the footer dropped."""
    L = ["**Archwilydd Cyffredinol Cymru / Auditor General for Wales**", "", f"# {TITLE}", "",
         DATE, "", f"# {TITLE_CY}", "", DATE_CY, ""]
    prev = None
    for b in blocks():
        k = b[0]
        if k in ("h1", "h2"):
            L += [("#" * (int(k[1]) + 1)) + " " + b[1], ""]
        elif k == "np":
            L += [f"{b[1]}.  {b[2]}", ""]
        elif k == "p":
            L += [b[1], ""]
        elif k == "box":
            L += [f"| **{b[1]}** |", "|---|", f"| {b[2]} |", ""]
        elif k == "exhibit":
            head, rows = b[2], b[3]
            L += [f"**{b[1]}**", "", "| " + " | ".join(head) + " |",
                  "|" + "|".join("---" for _ in head) + "|"]
            for r in rows:
                cells = ([f"**{r[1]}**"] + [""] * (len(head) - 1)) if r[0] == "group" else r
                L.append("| " + " | ".join(cells) + " |")
            L.append("")
        prev = k
    del prev
    (C.OUT / f"{NAME}.md").write_text("\n".join(L).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_pdf()
    write_docx()
    write_html()
    write_md()
    print(NAME, len(reading()["recommendations"]))
