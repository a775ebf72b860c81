"""prog45a: a WLGA EXECUTIVE BOARD COVER PAPER on a programme, as the WLGA writes them:
"WLGA Housing and Homelessness Support Programme 2025-26: Progress Report", Executive Board,
30 January 2026, agenda item 7 (the WLGA's housing role real; programme, officer and figures
invented).

Layout: "Purpose of report" (1), "Recommendation" (2: "That the Board notes progress ..." -
a decision asked of the Board, not an item), "Background" (3-5), then "Progress" told in
paragraphs NUMBERED CONTINUOUSLY THROUGH THE WHOLE PAPER (6-19), grouped under UN-NUMBERED
sub-headings per priority ("Homelessness prevention"), then "Financial implications"
(20-22: the two grants, and the WLGA's own core contribution, not a grant), "Equality
implications" (23), "Risk" (24-25) and an author / contact block.

The reading: items are the paragraphs under the "Progress" heading's priority sub-headings
(6-19), told from background and implications by the heading they sit under; section = the
priority's place (1-3: the sub-headings carry no number); status from the words; quarter the
2025-26 financial-year quarter of the date the paragraph looks to (the outstanding work).
Forms: .docx ONE Word list (numbering.xml "%1.") through the whole paper, Heading 2 section
headings, Heading 3 priority sub-headings; .pdf the print of that Word file (printed "1."
numbers, hanging indent, running header and "Page N of M"); .html the WLGA website's meeting
page (CMS chrome, the paper in `<ol start>` runs); .txt Word's "Save as Plain Text" (CRLF,
"6.<TAB>text", headings as lines).
"""
from __future__ import annotations

from common45 import new_list, page, set_num
from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers, header_text,
                        mm, new_docx, pdf_styles)
from reportlab.platypus import Spacer

NAME = "prog45a-board-cover-paper-housing"
TITLE = "WLGA Housing and Homelessness Support Programme 2025-26: Progress Report"
MEETING = "WLGA EXECUTIVE BOARD"
DATE_PRINTED = "30 January 2026"
ITEM = "AGENDA ITEM 7"
REPORT_OF = "Report of: Director of Policy"
PURPOSE = ["To report progress with the WLGA Housing and Homelessness Support Programme "
           "2025-26 to the end of quarter 3 and to set out the funding position for 2026-27."]
RECOMMENDATION = ["That the Board notes progress with the programme to 31 December 2025 and "
                  "agrees that officers submit the 2026-27 bid to the Welsh Government by 27 "
                  "February 2026."]
BACKGROUND = [
    "The programme supports the 22 councils to prevent homelessness, to reduce the use of "
    "temporary accommodation and to bring more homes into use, in line with the Welsh "
    "Government's plans to end homelessness.",
    "The Board agreed the 2025-26 delivery plan at its meeting on 25 April 2025. The plan has "
    "three priorities, reported below, and progress is reported to the Board twice a year.",
    "This report covers the period from 1 April to 31 December 2025.",
]
# (priority, [(text, status, quarter, partners)]) - typed by hand, the careful reader's reading
PRIORITIES = [
    ("Homelessness prevention", [
        ("The homelessness prevention toolkit for housing options teams was published in June "
         "2025 and has been adopted by 19 councils.", "done", "2025-26 Q1", []),
        ("A peer review of prevention practice in four councils was completed in November "
         "2025, and its report has been shared with the Centre for Governance and Scrutiny.",
         "done", "2025-26 Q3", ["Centre for Governance and Scrutiny"]),
        ("Training on the new prevention duties for 310 front-line officers is under way and "
         "will finish in February 2026.", "in progress", "2025-26 Q4", []),
        ("Work with Data Cymru on a shared prevention outcomes dashboard has slipped because "
         "of delays in agreeing data sharing, and the dashboard is now expected in June 2026.",
         "at risk", "2026-27 Q1", ["Data Cymru"]),
        ("A regional prevention forum for the six North Wales councils will be set up in "
         "March 2026.", "planned", "2025-26 Q4", []),
    ]),
    ("Temporary accommodation", [
        ("A review of temporary accommodation costs across the 22 councils was completed in "
         "September 2025 and found that average nightly costs had risen by 18 per cent in a "
         "year.", "done", "2025-26 Q2", []),
        ("The WLGA and the Society of Welsh Treasurers are drafting joint guidance on the "
         "accounting treatment of temporary accommodation leases, to be issued in February "
         "2026.", "in progress", "2025-26 Q4", ["Society of Welsh Treasurers"]),
        ("A framework agreement for procuring bed and breakfast places is being tested with "
         "six councils, with a decision on wider roll-out in quarter 4.", "in progress",
         "2025-26 Q4", []),
        ("The move-on support pilot in Wrexham and Flintshire has been paused until a new "
         "provider is appointed, which is expected in May 2026.", "at risk", "2026-27 Q1", []),
    ]),
    ("Housing supply and empty homes", [
        ("The national empty homes grant scheme is now open in all 22 councils, and 412 "
         "applications had been approved by 31 December 2025.", "in progress", "2025-26 Q3",
         []),
        ("Good practice guidance on the compulsory purchase of long-term empty properties was "
         "published with Lawyers in Local Government in October 2025.", "done", "2025-26 Q3",
         ["Lawyers in Local Government"]),
        ("A survey of council-owned land suitable for modular homes was completed in quarter "
         "2 and identified 64 sites.", "done", "2025-26 Q2", []),
        ("An all-Wales empty homes conference will be held in Aberystwyth on 12 March 2026.",
         "planned", "2025-26 Q4", []),
        ("Councils will be supported to prepare their local housing market assessments for "
         "submission by September 2026.", "planned", "2026-27 Q2", []),
    ]),
]
FINANCE = [
    "The programme is funded by a Homelessness Prevention Support Grant of £480,000 from the "
    "Welsh Government for 2025-26, of which £331,000 had been spent by 31 December 2025.",
    "The Welsh Government also provides £95,000 for 2025-26 from the Empty Homes Enabling "
    "Fund for the empty homes work reported in paragraphs 15 to 18.",
    "The WLGA contributes £40,000 from its core budget towards the programme team. The "
    "2026-27 bid will seek grant funding at the same level as in 2025-26.",
]
EQUALITY = ["The programme helps councils to meet the Public Sector Equality Duty. An "
            "equality impact assessment of the prevention toolkit was carried out with "
            "Disability Wales before it was published."]
RISK = [
    "The main risk to delivery is the fixed-term funding of the programme team: two of the "
    "five posts end on 31 March 2026 unless the 2026-27 grant is confirmed.",
    "The risk is being managed by submitting the bid early and through regular meetings with "
    "Welsh Government officials.",
]
CONTACT = [("Author:", "Rhian Edwards, Policy Officer (Housing)"),
           ("Tel:", "029 2046 8600"),
           ("E-mail:", "rhian.edwards@wlga.gov.uk")]


def sections():
    """[(heading, level, [paragraphs])]: the paper's numbered runs in order."""
    out = [("Purpose of report", 2, PURPOSE), ("Recommendation", 2, RECOMMENDATION),
           ("Background", 2, BACKGROUND), ("Progress", 2, [])]
    for name, rows in PRIORITIES:
        out.append((name, 3, [t for t, *_ in rows]))
    out += [("Financial implications", 2, FINANCE), ("Equality implications", 2, EQUALITY),
            ("Risk", 2, RISK)]
    return out


def reading() -> dict:
    items, n = [], 6
    for i, (_name, rows) in enumerate(PRIORITIES, 1):
        for t, st, q, partners in rows:
            items.append({"ref": str(n), "section": str(i), "text": t, "status": st,
                          "quarter": q, "partners": partners})
            n += 1
    assert n == 20
    return {"kind": "programme", "title": TITLE, "date": "2026-01-30",
            "priorities": [p for p, _r in PRIORITIES], "items": items,
            "grants": [{"grant": "Homelessness Prevention Support Grant", "amount_gbp": 480000,
                        "financial_year": "2025-26"},
                       {"grant": "Empty Homes Enabling Fund", "amount_gbp": 95000,
                        "financial_year": "2025-26"}]}


def write_txt() -> None:
    out = [MEETING, DATE_PRINTED, ITEM, "", TITLE, "", REPORT_OF, ""]
    n = 1
    for head, _lvl, paras in sections():
        out += [head, ""]
        for t in paras:
            out += [f"{n}.\t{t}", ""]
            n += 1
    out += [f"{a} {b}" for a, b in CONTACT]
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))


def write_html() -> None:
    body = ['<div class="meeting-meta"><p class="meeting">Executive Board</p>'
            '<p><time datetime="2026-01-30">30 January 2026</time> · Agenda item 7</p></div>',
            f"<h1>{esc(TITLE)}</h1>", f"<p class=\"report-of\">{esc(REPORT_OF)}</p>"]
    n = 1
    for head, lvl, paras in sections():
        body.append(f"<h{lvl}>{esc(head)}</h{lvl}>")
        if paras:
            st = f' start="{n}"' if n != 1 else ""
            body.append(f'<ol class="report-paras"{st}>'
                        + "".join(f"<li>{esc(t)}</li>" for t in paras) + "</ol>")
            n += len(paras)
    body.append('<div class="contact-block"><h2>Contact</h2>'
                + "".join(f"<p><strong>{esc(a)}</strong> {esc(b)}</p>" for a, b in CONTACT)
                + "</div>")
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "About us", "Meetings", "Executive Board",
                        "30 January 2026"], body,
        ["About us", "Our work", "News", "Publications", "Meetings", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, f"{MEETING} – {DATE_PRINTED.upper()} – {ITEM}")
    footer_page_numbers(doc, "WLGA Housing and Homelessness Support Programme 2025-26")
    for line in (MEETING, DATE_PRINTED, ITEM):
        add_par(doc, line, bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, REPORT_OF, bold=True)
    nid = new_list(doc, "decimal", "%1.")
    for head, lvl, paras in sections():
        doc.add_heading(head, level=lvl)
        for t in paras:
            set_num(add_par(doc, t, style="List Paragraph"), nid)
    add_par(doc)
    for a, b in CONTACT:
        p = add_par(doc, a, bold=True)
        p.add_run(" " + b)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10.5)
    num = st["body"].clone("num", leftIndent=10 * mm, firstLineIndent=-10 * mm, spaceAfter=6)
    story = [P(f"<b>{x}</b>", st["body"]) for x in (MEETING, DATE_PRINTED, ITEM)]
    story += [Spacer(1, 4 * mm), P(esc(TITLE), st["title"]), P(f"<b>{REPORT_OF}</b>", st["body"])]
    n = 1
    for head, lvl, paras in sections():
        story.append(P(esc(head), st["h1" if lvl == 2 else "h2"]))
        for t in paras:
            story.append(P(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}", num))
            n += 1
    story.append(Spacer(1, 4 * mm))
    story += [P(f"<b>{a}</b> {esc(b)}", st["body"]) for a, b in CONTACT]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{MEETING} – {DATE_PRINTED.upper()} – {ITEM}",
              "WLGA Housing and Homelessness Support Programme 2025-26")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
