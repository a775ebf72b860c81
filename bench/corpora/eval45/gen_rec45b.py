"""rec45b: a council SCRUTINY TASK AND FINISH GROUP report printing its recommendations
TWICE: Bridgend County Borough Council (real council; group, officers and content
invented), "Support for Unpaid Carers: Report of the Task and Finish Group", Subject
Overview and Scrutiny Committee 2, 12 March 2026.

Layout: an executive summary whose recommendations are BULLETS (no numbers) under bold
area sub-headings; chapters of findings; then "Appendix 1 – Action plan", a table
`No. | Recommendation | Cabinet response | Action to be taken | Lead officer | Target date`
numbered 1-12, the responses (Accepted / Partially accepted / Not accepted) and actions
written by the Cabinet.

The reading: each recommendation ONCE (12): rec_id the action plan's No.; area the summary's
sub-heading it sits under; text the recommendation (the same words in both places); owners
the council (LG: the Cabinet and council officers are asked, "the Leader writes to the Welsh
Government" too); the Cabinet's response, action, lead officer and date belong to the
recommendation and are not recommendations or activities. No themes; no activities.
Forms: .pdf A4 report (running header, "Page N of M", the action plan table on landscape-width
columns on a page of its own, its header row set to repeat); .docx Word (List Bullet bullets, the table
with a repeated header row); .html the council's ModernGov agenda item page (the report as
ModernGov's Word conversion); .txt Word's plain-text save (the table as tab-separated lines).
"""
from __future__ import annotations

from common45 import moderngov_page
from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles,
                        set_repeat_header, shade)
from reportlab.platypus import PageBreak, Table, TableStyle

NAME = "rec45b-task-finish-carers-action-plan"
TITLE = "Support for Unpaid Carers: Report of the Task and Finish Group"
COUNCIL = "Bridgend County Borough Council"
COMMITTEE = "Subject Overview and Scrutiny Committee 2"
DATE = "12 March 2026"
INTRO = [
    "The Committee set up the Task and Finish Group in June 2025 to look at how well the "
    "Council identifies and supports unpaid carers, including young carers. The Group met "
    "seven times and heard from carers, officers and the Carers Trust.",
    "The Group's recommendations were considered by Cabinet on 17 February 2026. Cabinet's "
    "response to each is set out in the action plan at Appendix 1.",
]
LEAD_IN = "The Task and Finish Group recommends that:"
# (area, [(text, response, action, lead officer, target date)]) - typed by hand
AREAS = [
    ("Identifying carers", [
        ("The Council adds a question about caring to every social services and housing "
         "assessment, so that carers are identified at first contact.", "Accepted",
         "Assessment forms in WCCIS and the housing system to be changed.",
         "Head of Adult Social Care", "September 2026"),
        ("GP surgeries are asked to share their carers' registers with the Council, with "
         "carers' consent.", "Partially accepted",
         "To be raised with the Cwm Taf Morgannwg Regional Partnership Board; consent model "
         "to be agreed first.", "Group Manager, Commissioning", "March 2027"),
        ("An annual carers' count is published as part of the Council's self-assessment.",
         "Accepted", "Count to be included from the 2025-26 self-assessment.",
         "Corporate Performance Manager", "July 2026"),
    ]),
    ("Information and advice", [
        ("A single carers' page is created on the Council website, in Welsh and English, "
         "with a printable version for libraries.", "Accepted",
         "Page to be built with the Customer Services team.", "Head of Customer Services",
         "June 2026"),
        ("Carers are offered a named contact in the Information, Advice and Assistance "
         "service.", "Partially accepted",
         "A named team, not a named person, will be offered within current resources.",
         "Head of Adult Social Care", "October 2026"),
        ("The Council funds a carers' advice worker in each of the three community hubs.",
         "Not accepted", "None. Not affordable in the 2026-27 budget; to be reconsidered "
         "for 2027-28.", "Head of Finance", "–"),
    ]),
    ("Breaks and respite", [
        ("The Council doubles the number of short-break grants for carers in 2026-27.",
         "Partially accepted", "Grants to increase by 50 per cent, funded from the Carers "
         "Support Grant.", "Group Manager, Commissioning", "April 2026"),
        ("Replacement care can be booked online at least four weeks ahead.", "Accepted",
         "Online booking to be added to the care portal.", "Head of Adult Social Care",
         "December 2026"),
        ("The Leader writes to the Welsh Government asking for multi-year funding of "
         "respite services.", "Accepted", "Letter sent on 2 March 2026.", "Chief Executive",
         "Complete"),
    ]),
    ("Young carers", [
        ("Every secondary school has a young carers' lead and displays the young carers ID "
         "card scheme.", "Accepted", "Schools to be asked through the Headteachers' forum.",
         "Head of Education and Family Support", "September 2026"),
        ("Young carers are given free access to the Council's leisure centres.",
         "Not accepted", "None. Halo Leisure contract does not allow it; a discounted rate "
         "will be explored instead.", "Head of Partnerships", "–"),
        ("The Committee receives a progress report on this action plan in twelve months' "
         "time.", "Accepted", "Report added to the Committee's forward work programme.",
         "Scrutiny Officer", "March 2027"),
    ]),
]
FINDINGS = [
    ("Identifying carers", [
        "There are an estimated 17,000 unpaid carers in the county borough, but only 2,900 "
        "are known to the Council.",
        "Carers told us that nobody asked them whether they were caring when the person they "
        "look after was assessed."]),
    ("Information and advice", [
        "Information for carers is spread across eleven pages of the Council website and is "
        "hard to find.",
        "The Group welcomed the work of the Information, Advice and Assistance service but "
        "heard that carers are often passed between teams."]),
    ("Breaks and respite", [
        "Short-break grants were fully committed by October in each of the last two years.",
        "Replacement care has to be booked by telephone and often at short notice."]),
    ("Young carers", [
        "Twelve of the nineteen secondary and all-through schools have a young carers' "
        "lead.",
        "Young carers told us that the cost of activities stops them taking a break."]),
]
HEAD = ["No.", "Recommendation", "Cabinet response", "Action to be taken", "Lead officer",
        "Target date"]
CONTACT = ["Contact officer: Meinir Hopkins, Scrutiny Officer",
           "Telephone: (01656) 643515", "Email: scrutiny@bridgend.gov.uk"]


def plan_rows():
    n, out = 1, []
    for _area, rows in AREAS:
        for t, resp, act, lead, when in rows:
            out.append([str(n), t, resp, act, lead, when])
            n += 1
    return out


def reading() -> dict:
    recs, n = [], 1
    for area, rows in AREAS:
        for t, *_r in rows:
            recs.append({"rec_id": str(n), "area": area, "text": t, "owners": ["LG"]})
            n += 1
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _r in AREAS],
            "recommendations": recs, "activities": None}


def write_txt() -> None:
    out = [COUNCIL.upper(), f"REPORT TO {COMMITTEE.upper()}", DATE.upper(), "", TITLE, "",
           "1. Executive summary", ""]
    out += [x for t in INTRO for x in (t, "")] + [LEAD_IN, ""]
    for area, rows in AREAS:
        out += [area, ""] + [f"•\t{t}" for t, *_r in rows] + [""]
    for k, (area, ps) in enumerate(FINDINGS, 2):
        out += [f"{k}. {area}", ""] + [x for t in ps for x in (t, "")]
    out += CONTACT + ["", "Appendix 1 – Action plan", "", "\t".join(HEAD)]
    out += ["\t".join(r) for r in plan_rows()]
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))


def write_html() -> None:
    b = [f'<p class="mgBold">{esc(TITLE)}</p>', '<p class="mgBold">1. Executive summary</p>']
    b += [f"<p>{esc(t)}</p>" for t in INTRO] + [f"<p>{esc(LEAD_IN)}</p>"]
    for area, rows in AREAS:
        b.append(f'<p><strong>{esc(area)}</strong></p><ul>'
                 + "".join(f"<li>{esc(t)}</li>" for t, *_r in rows) + "</ul>")
    for k, (area, ps) in enumerate(FINDINGS, 2):
        b.append(f'<p class="mgBold">{k}. {esc(area)}</p>')
        b += [f"<p>{esc(t)}</p>" for t in ps]
    b += [f"<p>{esc(c)}</p>" for c in CONTACT]
    b.append('<p class="mgBold">Appendix 1 – Action plan</p>')
    b.append('<table class="mgWordTable" border="1"><tr>'
             + "".join(f"<td><p><strong>{esc(h)}</strong></p></td>" for h in HEAD) + "</tr>"
             + "".join("<tr>" + "".join(f"<td><p>{esc(c)}</p></td>" for c in r) + "</tr>"
                       for r in plan_rows()) + "</table>")
    (OUT / f"{NAME}.html").write_text(moderngov_page(
        COUNCIL, "democratic.bridgend.gov.uk", COMMITTEE,
        f"Meeting of {COMMITTEE}, Thursday, 12th March, 2026 10.00 am (Item 5.)",
        "Report of the Task and Finish Group: Support for Unpaid Carers", b,
        ["Report - Support for Unpaid Carers, item 5 PDF 412 KB",
         "Appendix 1 - Action plan, item 5 PDF 188 KB"]), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COMMITTEE} – {DATE}")
    footer_page_numbers(doc, COUNCIL)
    add_par(doc, COUNCIL.upper(), bold=True)
    add_par(doc, f"REPORT TO {COMMITTEE.upper()}", bold=True)
    add_par(doc, DATE.upper(), bold=True)
    doc.add_heading(TITLE, level=1)
    doc.add_heading("1. Executive summary", level=2)
    for t in INTRO:
        add_par(doc, t)
    add_par(doc, LEAD_IN)
    for area, rows in AREAS:
        add_par(doc, area, bold=True)
        for t, *_r in rows:
            add_par(doc, t, style="List Bullet")
    for k, (area, ps) in enumerate(FINDINGS, 2):
        doc.add_heading(f"{k}. {area}", level=2)
        for t in ps:
            add_par(doc, t)
    for c in CONTACT:
        add_par(doc, c)
    doc.add_page_break()
    doc.add_heading("Appendix 1 – Action plan", level=2)
    tb = doc.add_table(rows=1, cols=len(HEAD))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x, bold=True, size=9)
        shade(c, "BDD7EE")
    set_repeat_header(tb.rows[0])
    for r in plan_rows():
        for c, x in zip(tb.add_row().cells, r):
            cell_text(c, x, size=9)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(f"<b>{esc(x)}</b>", st["body"]) for x in (COUNCIL.upper(),
                                                         f"REPORT TO {COMMITTEE.upper()}",
                                                         DATE.upper())]
    story += [P(esc(TITLE), st["title"]), P("1. Executive summary", st["h1"])]
    story += [P(esc(t), st["body"]) for t in INTRO] + [P(esc(LEAD_IN), st["body"])]
    bul = st["body"].clone("bul", leftIndent=6 * mm, firstLineIndent=-4 * mm)
    for area, rows in AREAS:
        story.append(P(f"<b>{esc(area)}</b>", st["body"]))
        story += [P("•&nbsp;&nbsp;" + esc(t), bul) for t, *_r in rows]
    for k, (area, ps) in enumerate(FINDINGS, 2):
        story.append(P(f"{k}. {esc(area)}", st["h1"]))
        story += [P(esc(t), st["body"]) for t in ps]
    story += [P(esc(c), st["body"]) for c in CONTACT]
    story += [PageBreak(), P("Appendix 1 – Action plan", st["h1"])]
    rows = [[P(f"<b>{esc(x)}</b>", st["cell"]) for x in HEAD]]
    rows += [[P(esc(c), st["cell"]) for c in r] for r in plan_rows()]
    t = Table(rows, colWidths=[9 * mm, 52 * mm, 22 * mm, 42 * mm, 26 * mm, 21 * mm],
              repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                         colors.HexColor("#BDD7EE"))]))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COMMITTEE} – {DATE}", COUNCIL)


if __name__ == "__main__":
    write_pdf()
    write_docx()
    write_html()
    write_txt()
    print(NAME, len(reading()["recommendations"]))
