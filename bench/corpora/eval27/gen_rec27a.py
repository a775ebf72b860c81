"""rec27a: a CORONER'S REGULATION 28 REPORT TO PREVENT FUTURE DEATHS on the England and Wales
template: the heading "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", then nine numbered
sections printed as the rows of a two-column form (number | content): 1 THIS REPORT IS BEING
SENT TO (two addressees: the council and the health board); 2 CORONER; 3 CORONER'S LEGAL
POWERS; 4 INVESTIGATION and INQUEST; 5 CIRCUMSTANCES OF THE DEATH; 6 CORONER'S CONCERNS ("The
MATTERS OF CONCERN are as follows. –" then "(1)" .. "(5)"); 7 ACTION SHOULD BE TAKEN; 8 YOUR
RESPONSE; 9 COPIES and PUBLICATION.

The reading: the five MATTERS OF CONCERN are the recommendations (each names the failing and
the body that must act; section 7 asks for action on them); rec_id the printed number;
no areas (one list); owners the addressee each concern is about (the council = LG, the health
board by name; both where the concern names both). Sections 1-5 and 7-9 are not
recommendations. No activities.

Senior Coroner for Swansea and Neath Port Talbot (real coroner area; the inquest, the
deceased and the concerns invented), dated 14 October 2026.
Forms: .txt the text as the Chief Coroner's website PDF copies out (numbered sections as
lines); .html the judiciary.uk "Prevention of future death reports" page (metadata fields,
then the report; cookie banner, nav, footer); .docx the template's two-column table with the
concerns as Word list numbering "(%1)" from numbering.xml; .pdf the signed template.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,  # noqa: E402
                        footer_page_numbers, mm, new_docx, pdf_styles)
from reportlab.platypus import Table, TableStyle  # noqa: E402
from shell27 import add_numbering, cms_page, number_par  # noqa: E402

NAME = "rec27a-regulation-28-report"
TITLE = "Regulation 28: Report to Prevent Future Deaths – Gwilym Rhys Bowen"
HB = "Swansea Bay University Health Board"
COUNCIL = "Neath Port Talbot County Borough Council"
SENT_TO = [f"The Chief Executive, {COUNCIL}", f"The Chief Executive, {HB}"]
CORONER = "Mr A. B. Llewellyn, Senior Coroner for the coroner area of Swansea and Neath Port Talbot"
POWERS = ("I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act "
          "2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.")
INQUEST = ("On 3 March 2026 I commenced an investigation into the death of Gwilym Rhys Bowen, "
           "aged 81. The investigation concluded at the end of the inquest on 30 September "
           "2026. The conclusion of the inquest was a narrative conclusion: Mr Bowen died of "
           "hypothermia following a fall at his home, two days after his discharge from "
           "hospital, before the package of care arranged for him had started.")
CIRC = [
    "Mr Bowen lived alone and had a diagnosis of mixed dementia. He was admitted to Morriston "
    "Hospital on 14 February 2026 after a fall and was declared medically fit for discharge on "
    "24 February 2026.",
    "He was discharged home by hospital transport on the afternoon of Friday 27 February 2026. "
    "The ward understood that a package of four calls a day would start that evening. The "
    "council's domiciliary care brokerage team had not been able to source a provider and the "
    "package was due to start on Monday 2 March 2026.",
    "No one visited Mr Bowen over the weekend. He was found on the floor of his kitchen by a "
    "neighbour on 1 March 2026 and was pronounced dead at the scene.",
]
LEAD = ("During the course of the inquest the evidence revealed matters giving rise to concern. "
        "In my opinion there is a risk that future deaths will occur unless action is taken. In "
        "the circumstances it is my statutory duty to report to you.")
MATTERS = "The MATTERS OF CONCERN are as follows. –"
# (number, text, owners)
CONCERNS = [
    ("1", "The Health Board's discharge checklist does not require ward staff to confirm with "
          "the council that a package of care has started, or will start on the day of "
          "discharge, before a patient who lives alone is sent home.", [HB]),
    ("2", "The council's brokerage team has no procedure for telling the discharging ward when "
          "a package of care cannot start on the date agreed, and no one is responsible for "
          "making that call out of hours or at weekends.", ["LG"]),
    ("3", "There is no shared record between the Health Board and the council of patients "
          "discharged home while awaiting a package of care, so no agency knew that Mr Bowen "
          "was at home without support.", [HB, "LG"]),
    ("4", "The Health Board's policy of avoiding Friday afternoon discharges of frail patients "
          "was not known to the ward staff who gave evidence, and compliance with it is not "
          "audited.", [HB]),
    ("5", "The council's community alarm service was not offered to Mr Bowen on discharge, "
          "although he met its criteria, because referrals can only be made by a social worker "
          "and none had been allocated.", ["LG"]),
]
ACTION = ("In my opinion action should be taken to prevent future deaths and I believe you and "
          "your organisations have the power to take such action.")
RESPONSE = ("You are under a duty to respond to this report within 56 days of the date of this "
            "report, namely by 9 December 2026. I, the coroner, may extend the period. Your "
            "response must contain details of action taken or proposed to be taken, setting out "
            "the timetable for action. Otherwise you must explain why no action is proposed.")
COPIES = ("I have sent a copy of my report to the Chief Coroner and to the following Interested "
          "Persons: the family of Mr Bowen; Care Inspectorate Wales; Healthcare Inspectorate "
          "Wales. I am also under a duty to send the Chief Coroner a copy of your response. The "
          "Chief Coroner may publish either or both in a complete or redacted or summary form. "
          "He may send a copy of this report to any person who he believes may find it useful "
          "or of interest. You may make representations to me, the coroner, at the time of your "
          "response, about the release or the publication of your response by the Chief "
          "Coroner.")
DATE = "14 October 2026"
SIGN = "A. B. Llewellyn, Senior Coroner, Swansea and Neath Port Talbot"

SECTIONS = [
    ("1", "THIS REPORT IS BEING SENT TO:", ("list", SENT_TO)),
    ("2", "CORONER", ("p", [f"I am {CORONER}."])),
    ("3", "CORONER'S LEGAL POWERS", ("p", [POWERS])),
    ("4", "INVESTIGATION and INQUEST", ("p", [INQUEST])),
    ("5", "CIRCUMSTANCES OF THE DEATH", ("p", CIRC)),
    ("6", "CORONER'S CONCERNS", ("concerns", None)),
    ("7", "ACTION SHOULD BE TAKEN", ("p", [ACTION])),
    ("8", "YOUR RESPONSE", ("p", [RESPONSE])),
    ("9", "COPIES and PUBLICATION", ("p", [COPIES, DATE, SIGN])),
]


def text_form() -> str:
    out = ["REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", "",
           "NOTE: This form is to be used after an inquest.", "",
           "REGULATION 28 REPORT TO PREVENT FUTURE DEATHS", ""]
    for n, head, (kind, body) in SECTIONS:
        out += [f"{n} {head}", ""]
        if kind == "list":
            out += [f"{i}. {t}" for i, t in enumerate(body, 1)] + [""]
        elif kind == "p":
            for t in body:
                out += [t, ""]
        else:
            out += [LEAD, "", MATTERS, ""]
            for num, t, _o in CONCERNS:
                out += [f"({num}) {t}", ""]
    return "\n".join(out)


def html_form() -> str:
    meta = [("Date of report", "14/10/2026"), ("Ref", "2026-0581"),
            ("Deceased name", "Gwilym Rhys Bowen"), ("Coroner name", "A. B. Llewellyn"),
            ("Coroner Area", "Swansea and Neath Port Talbot"),
            ("Category", "Community health care and emergency services related deaths; "
                         "Hospital Death (Clinical Procedures and medical management) related "
                         "deaths"),
            ("This report is being sent to", f"{COUNCIL} | {HB}")]
    h = [f"<h1>{esc('Gwilym Rhys Bowen: Prevention of future deaths report')}</h1>",
         '<div class="pfd-meta">'
         + "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in meta) + "</div>",
         '<p><a href="#">Gwilym-Rhys-Bowen-Prevention-of-future-deaths-report-2026-0581.pdf'
         "</a></p>", '<div class="pfd-report">',
         "<h2>REGULATION 28: REPORT TO PREVENT FUTURE DEATHS</h2>"]
    for n, head, (kind, body) in SECTIONS:
        h.append(f"<h3>{n} {esc(head)}</h3>")
        if kind == "list":
            h.append("<ol>" + "".join(f"<li>{esc(t)}</li>" for t in body) + "</ol>")
        elif kind == "p":
            h += [f"<p>{esc(t)}</p>" for t in body]
        else:
            h += [f"<p>{esc(LEAD)}</p>", f"<p>{esc(MATTERS)}</p>"]
            h += [f"<p>({num}) {esc(t)}</p>" for num, t, _o in CONCERNS]
    h.append("</div>")
    h.append('<p class="related">Related content: <a href="#">Prevention of future deaths '
             'reports</a> | <a href="#">Coroners</a></p>')
    return cms_page("Gwilym Rhys Bowen: Prevention of future deaths report",
                    "Courts and Tribunals Judiciary", h,
                    ["Home", "Publications", "Prevention of future death reports"])


def docx_form(path) -> None:
    doc = new_docx(font="Arial", size=11)
    footer_page_numbers(doc, "Regulation 28 – Gwilym Rhys Bowen")
    numid = add_numbering(doc, "decimal", "(%1)")
    sent = add_numbering(doc, "decimal", "%1.")
    add_par(doc, "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS", bold=True, size=14)
    add_par(doc, "NOTE: This form is to be used after an inquest.", size=9)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    c0, c1 = tb.rows[0].cells
    cell_text(c0, "")
    cell_text(c1, "REGULATION 28 REPORT TO PREVENT FUTURE DEATHS", bold=True)
    for n, head, (kind, body) in SECTIONS:
        a, b = tb.add_row().cells
        cell_text(a, n, bold=True)
        cell_text(b, head, bold=True)
        if kind == "list":
            for t in body:
                number_par(add_par(b, t), sent)
        elif kind == "p":
            for t in body:
                add_par(b, t)
        else:
            add_par(b, LEAD)
            p = add_par(b)
            p.add_run("The ")
            p.add_run("MATTERS OF CONCERN").bold = True
            p.add_run(" are as follows. –")
            for _n, t, _o in CONCERNS:
                number_par(add_par(b, t), numid)
    for col, w in zip(tb.columns, (600000, 5400000)):
        for c in col.cells:
            c.width = w
    doc.save(path)


def pdf_form(path) -> None:
    st = pdf_styles(10)
    body, cellb = st["body"], st["cellb"]
    story = [P("<b>REGULATION 28: REPORT TO PREVENT FUTURE DEATHS</b>", st["title"]),
             P("NOTE: This form is to be used after an inquest.", st["small"])]
    data = [["", P("<b>REGULATION 28 REPORT TO PREVENT FUTURE DEATHS</b>", body)]]
    for n, head, (kind, b) in SECTIONS:
        inner = [P(f"<b>{esc(head)}</b>", cellb)]
        if kind == "list":
            inner += [P(f"{i}&nbsp;&nbsp;{esc(t)}", body) for i, t in enumerate(b, 1)]
        elif kind == "p":
            inner += [P(esc(t), body) for t in b]
        else:
            inner += [P(esc(LEAD), body), P("The <b>MATTERS OF CONCERN</b> are as follows. –",
                                            body)]
            inner += [P(f"({num})&nbsp;&nbsp;{esc(t)}",
                        body.clone("c", leftIndent=20, firstLineIndent=-20))
                      for num, t, _o in CONCERNS]
        data.append([P(f"<b>{n}</b>", body), inner])
    t = Table(data, colWidths=[12 * mm, 162 * mm], splitByRow=1)
    t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                          colors.HexColor("#EEEEEE"))]))
    story.append(t)
    build_pdf(path, story, "REGULATION 28: REPORT TO PREVENT FUTURE DEATHS",
              "Senior Coroner, Swansea and Neath Port Talbot – 14 October 2026")


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE, "areas": [],
            "recommendations": [{"rec_id": n, "area": None, "text": t, "owners": o}
                                for n, t, o in CONCERNS],
            "activities": None}


if __name__ == "__main__":
    (OUT / f"{NAME}.txt").write_text(text_form(), encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(html_form(), encoding="utf-8")
    docx_form(OUT / f"{NAME}.docx")
    pdf_form(OUT / f"{NAME}.pdf")
    print(NAME, len(CONCERNS))
