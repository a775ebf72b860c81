"""prog37b: a WLGA programme update EMBEDDED IN A COUNCIL COMMITTEE'S MINUTES: the Vale of
Glamorgan Council's Corporate Performance and Resources Scrutiny Committee, 3 December 2025
(a real council and committee; the meeting, members and content invented). Minute 7, "WLGA
IMPROVEMENT PROGRAMME 2025-26: QUARTER 2 UPDATE": 7.1 the WLGA's Head of Improvement
reported ...; 7.2-7.4 one minute paragraph per priority ("In relation to leadership and member
support, Members noted:") over bullets in reported speech ("had been completed", "was under way", "would start"); 7.5 the
grant sentence; 7.6-7.7 "In response to a question from Cllr ..."; "RESOLVED – That the
update be noted.". Before it: apologies, declarations of interest (one naming item 7),
minutes of the last meeting, a performance report with its own "The Committee requested:"
bullets, budget monitoring, the corporate risk register; after it: the forward work
programme and urgent items. None of those is programme content.

The reading: items the bullets after "Members noted:" in 7.2-7.4 (11), section the minute
paragraph's number (7.2, 7.3, 7.4), priorities the three names those paragraphs name
(as 7.1 lists them; printed in lower case in the sentence). Status from the reported-speech words; quarter the 2025-26 quarter of
the (outstanding) date, None where no date is given. Grants the two of 7.5. Title the
minute's heading (the programme update the minutes record; a judgement call, see README),
date the meeting's, 2025-12-03.
Forms: .docx minute headings and paragraphs numbered by Word (one multi-level list, level 1
"%1." headings in bold capitals, level 2 "%1.%2" paragraphs; no number in the text),
List Bullet bullets, bold "RESOLVED –" lines; .pdf a print of the Word file; .html the
council's ModernGov "Printed minutes" page (mgItemTable per item, numbers in their own
cell); .txt Word's "Save as Plain Text" (numbers and bullets followed by a tab).
"""
from __future__ import annotations

from common37 import multilevel, numbered
from gen_common import (OUT, P, build_pdf, esc, footer_page_numbers, header_text, new_docx,
                        pdf_styles)

NAME = "prog37b-committee-minutes-update"
COUNCIL = "Vale of Glamorgan Council"
COMMITTEE = "Corporate Performance and Resources Scrutiny Committee"
DATE = "3 December 2025"
HEADING7 = "WLGA IMPROVEMENT PROGRAMME 2025-26: QUARTER 2 UPDATE"

PRESENT = ("Present: Councillor E. Williams (Chair); Councillor M. Hooper (Vice-Chair); "
           "Councillors G. Carroll, R. Jenkins, S. Morgan, N. Thomas and M. Wilson.")
ALSO = ("Also present: Dr F. Hughes (Head of Improvement, Welsh Local Government "
        "Association), Councillor L. Burnett (Executive Leader and Cabinet Member for "
        "Performance and Resources).")

# (priority, [(bullet, status, quarter, partners)])
PRIORITIES = [
    ("Leadership and member support", [
        ("The Leading Wales programme for new council leaders had been completed in September "
         "2025, with 11 leaders taking part.", "done", "2025-26 Q2", []),
        ("Mentoring for 14 cabinet members was under way and would run until March 2026.",
         "in progress", "2025-26 Q4", []),
        ("The political leadership conference had been moved from November 2025 to February "
         "2026 because of the by-elections.", "at risk", "2025-26 Q4", []),
        ("A new member development charter would be launched with the Centre for Governance "
         "and Scrutiny in January 2026.", "planned", "2025-26 Q4",
         ["Centre for Governance and Scrutiny"]),
    ]),
    ("Performance, governance and scrutiny", [
        ("Peer panel training had been delivered to 35 panel members in July 2025.", "done",
         "2025-26 Q2", []),
        ("The scrutiny improvement toolkit was being tested by six councils and would be "
         "finalised by the end of December 2025.", "in progress", "2025-26 Q3", []),
        ("Joint risk management guidance with CIPFA had been published in August 2025.",
         "done", "2025-26 Q2", ["CIPFA"]),
        ("Support for the self-assessment moderation exercise was behind schedule owing to "
         "vacancies in the team.", "at risk", None, []),
    ]),
    ("Workforce and organisational development", [
        ("The all-Wales leadership apprenticeship had recruited its first 20 apprentices in "
         "October 2025.", "done", "2025-26 Q3", []),
        ("A review of agency staff spend was being carried out with the Society of Welsh "
         "Treasurers and would report in January 2026.", "in progress", "2025-26 Q4",
         ["Society of Welsh Treasurers"]),
        ("Work on a shared recruitment portal would start in April 2026.", "planned",
         "2026-27 Q1", []),
    ]),
]

# a minute: (heading, [paragraph]) where a paragraph is ("p", text) numbered, ("ul", [..])
# bullets after the paragraph before, ("res", text) an unnumbered RESOLVED line
MINUTES = [
    ("APOLOGIES FOR ABSENCE", [
        ("p", "Apologies for absence were received from Councillors C. Cave and J. Protheroe.")]),
    ("DECLARATIONS OF INTEREST", [
        ("p", "Councillor R. Jenkins declared a personal interest in Agenda Item 7 as a member "
              "of the WLGA Council and remained in the meeting.")]),
    ("MINUTES OF THE PREVIOUS MEETING", [
        ("res", "That the minutes of the meeting held on 8 October 2025 be approved as a correct "
                "record.")]),
    ("QUARTER 2 PERFORMANCE REPORT 2025-26", [
        ("p", "The Head of Policy and Business Transformation presented the Council's "
              "performance at quarter 2. Of the 46 performance indicators reported, 31 were on "
              "target, 9 were within 10% of target and 6 had missed their target."),
        ("p", "Members discussed the indicators for the time taken to process housing benefit "
              "claims and for sickness absence. The Committee requested:"),
        ("ul", ["a briefing on sickness absence in the Environment and Housing directorate;",
                "that the quarter 3 report sets out the reasons for the housing benefit "
                "indicator missing its target."]),
        ("res", "That the quarter 2 performance report be noted and the Committee's requests be "
                "referred to Cabinet.")]),
    ("REVENUE AND CAPITAL BUDGET MONITORING FOR THE PERIOD 1 APRIL TO 30 SEPTEMBER 2025", [
        ("p", "The Head of Finance reported a projected overspend of £1.9m on the revenue "
              "budget, mainly in social services, and slippage of £6.2m in the capital "
              "programme."),
        ("res", "That the position be noted.")]),
    ("CORPORATE RISK REGISTER QUARTER 2 UPDATE", [
        ("p", "The Operational Manager – Corporate Strategy presented the register. The risk "
              "rating for workforce recruitment and retention had increased from 12 to 16."),
        ("res", "That the update be noted.")]),
    (HEADING7, None),   # the programme minute, written below
    ("FORWARD WORK PROGRAMME 2025-26", [
        ("p", "The Democratic and Scrutiny Services Officer presented the forward work "
              "programme. The Committee agreed to add the annual self-assessment report to its "
              "meeting on 11 March 2026."),
        ("res", "That the forward work programme be approved as amended.")]),
    ("URGENT ITEMS", [("p", "There were no urgent items.")]),
]


def minute7() -> list:
    names = [n for n, _ in PRIORITIES]
    out = [("p", "The Chair welcomed Dr Ffion Hughes, Head of Improvement at the Welsh Local "
                 "Government Association (WLGA), to the meeting. The Head of Improvement "
                 "reported that the WLGA Improvement Programme 2025-26 had three priorities "
                 f"this year: {names[0].lower()}; {names[1].lower()}; and {names[2].lower()}.")]
    leads = {names[0]: "In relation to", names[1]: "On", names[2]: "With regard to"}
    for name, bullets in PRIORITIES:
        out.append(("p", f"{leads[name]} {name.lower()}, Members noted:"))
        out.append(("ul", [b for b, *_ in bullets]))
    out += [
        ("p", "The Head of Improvement advised that the Welsh Government had confirmed an "
              "Improvement Grant of £815,000 for 2025-26 and that a further £120,000 had been "
              "awarded from the Workforce Development Fund for 2025-26 to support the "
              "apprenticeship."),
        ("p", "In response to a question from Cllr S. Morgan about the number of councils "
              "taking part in the scrutiny toolkit pilot, the Head of Improvement explained "
              "that six councils had volunteered and a further four had expressed interest."),
        ("p", "In response to a question from Cllr R. Jenkins regarding the future of the "
              "grant, the Head of Improvement stated that the Welsh Government had indicated "
              "that funding for 2026-27 would be confirmed in February 2026. Members thanked "
              "Dr Hughes for the update."),
        ("res", "That the update be noted."),
    ]
    return out


def minutes() -> list:
    return [(h, minute7() if body is None else body) for h, body in MINUTES]


def reading() -> dict:
    items = []
    for i, (_name, bullets) in enumerate(PRIORITIES, 2):
        for j, (t, st, q, partners) in enumerate(bullets, 1):
            items.append({"ref": f"7.{i}.{j}", "section": f"7.{i}", "text": t, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": "WLGA Improvement Programme 2025-26: Quarter 2 Update",
            "date": "2025-12-03", "priorities": [n for n, _ in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement Grant", "amount_gbp": 815000,
                        "financial_year": "2025-26"},
                       {"grant": "Workforce Development Fund", "amount_gbp": 120000,
                        "financial_year": "2025-26"}]}


def numbered_minutes():
    """Yield (kind, number, text) with the minute numbers as printed."""
    for n, (head, body) in enumerate(minutes(), 1):
        yield "h", f"{n}.", head
        k = 0
        for blk in body:
            if blk[0] == "p":
                k += 1
                yield "p", f"{n}.{k}", blk[1]
            elif blk[0] == "ul":
                for b in blk[1]:
                    yield "li", "", b
            else:
                yield "res", "", blk[1]


TOP = [f"{COUNCIL.upper()}", "", f"{COMMITTEE.upper()}", "",
       f"Minutes of a meeting held on {DATE} at 5.00 p.m. in the Council Chamber, Civic "
       "Offices, Barry and by remote means.", "",
       "The Committee agenda is available here.", "",
       "The recording of the meeting is available here.", ""]


def write_txt() -> None:
    out = list(TOP) + [PRESENT, "", ALSO, ""]
    for kind, num, text in numbered_minutes():
        if kind in ("h", "p"):
            if out and out[-1].startswith("•"):
                out.append("")
            out += [f"{num}\t{text}", ""]
        elif kind == "li":
            out += [f"•\t{text}"]
        else:
            if out and out[-1].startswith("•"):
                out.append("")
            out += [f"RESOLVED – {text}", ""]
    out += ["", "The meeting closed at 7.12 p.m.", "", "CHAIR"]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


def write_html() -> None:
    nav = ("Home", "Committees", "Calendar", "Councillors", "Decisions", "Forward plans",
           "Search documents")
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>Minutes, {esc(COMMITTEE)} - {esc(DATE)} | {esc(COUNCIL)}</title>",
         '<link rel="stylesheet" href="/mgTemplates/VoG/mgTemplate.css">',
         "</head><body>",
         '<div id="mgSiteHeader"><a href="https://www.valeofglamorgan.gov.uk">'
         f'<img src="/mgTemplates/logo.png" alt="{esc(COUNCIL)}"></a>'
         '<a href="mgCommitteeDetails.aspx?ID=1234&amp;LLL=1">Cymraeg</a></div>',
         '<div id="mgNav"><ul>' + "".join(f'<li><a href="#">{n}</a></li>' for n in nav)
         + "</ul></div>",
         '<div id="mgBreadCrumbs"><a href="#">Home</a> &gt; <a href="#">Committees</a> &gt; '
         f'<a href="#">{esc(COMMITTEE)}</a> &gt; Meeting</div>',
         '<div class="mgContent"><h1 class="mgMainTitleTxt">Minutes</h1>',
         f'<h2 class="mgSubTitleTxt">{esc(COMMITTEE)}</h2>',
         f'<p class="mgSubTitleTxt">Wednesday, 3rd December, 2025 5.00 pm</p>',
         '<div class="mgLinks"><ul><li><a href="#">Agenda frontsheet PDF 178 KB</a></li>'
         '<li><a href="#">Printed minutes PDF 210 KB</a></li><li><a href="#">Webcast</a>'
         "</li></ul></div>",
         '<p class="mgSectionTitle">Attendance details</p>',
         f'<p>{esc(PRESENT)}</p><p>{esc(ALSO)}</p>',
         '<p class="mgSectionTitle">Items</p>']
    n = 0
    para: list[str] = []

    def flush():
        if para:
            h.append('<div class="mgWordPara">' + "".join(para) + "</div></td></tr></table>")
            para.clear()

    for kind, num, text in numbered_minutes():
        if kind == "h":
            flush()
            n += 1
            h.append('<table class="mgItemTable" summary="Item"><tr>'
                     f'<td class="mgItemNumberCell"><p class="mgAiTitleTxt">{n}.</p></td>'
                     f'<td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID={40100 + n}">'
                     f"{esc(text)}</a></p>"
                     f'<p class="mgSubItemTitleTxt">Minutes:</p>')
        elif kind == "p":
            para.append(f'<p class="MsoNormal">{num}&nbsp;&nbsp; {esc(text)}</p>')
        elif kind == "li":
            if not para or not para[-1].endswith("</li>"):
                para.append("<ul>")
            else:
                para[-1] = para[-1][: -len("</ul>")] if para[-1].endswith("</ul>") else para[-1]
            para.append(f"<li>{esc(text)}</li>")
        else:
            para.append(f"<p><b>RESOLVED –</b> {esc(text)}</p>")
    flush()
    # close the <ul>s opened above (each run of <li> is followed by a <p>)
    html = "\n".join(h)
    html = html.replace("</li>\n", "</li>").replace("</li><p", "</li></ul><p")
    html += ("\n</div>"
             '<div id="mgFooter"><p>Vale of Glamorgan Council, Civic Offices, Holton Road, '
             'Barry CF63 4RU</p><p>Powered by ModernGov</p></div></body></html>\n')
    (OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COMMITTEE} – {DATE}")
    footer_page_numbers(doc, "Minutes – draft until approved")
    for i, line in enumerate([COUNCIL.upper(), COMMITTEE.upper()]):
        p = doc.add_paragraph()
        p.add_run(line).bold = True
    doc.add_paragraph(f"Minutes of a meeting held on {DATE} at 5.00 p.m. in the Council "
                      "Chamber, Civic Offices, Barry and by remote means.")
    doc.add_paragraph(PRESENT)
    doc.add_paragraph(ALSO)
    nid = multilevel(doc, ["%1.", "%1.%2"])
    for kind, _num, text in numbered_minutes():
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
            numbered(p, nid, 0)
        elif kind == "p":
            numbered(doc.add_paragraph(text), nid, 1)
        elif kind == "li":
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = doc.add_paragraph()
            p.add_run("RESOLVED –").bold = True
            p.add_run(" " + text)
    doc.add_paragraph("The meeting closed at 7.12 p.m.")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(f"<b>{esc(COUNCIL.upper())}</b>", st["body"]),
             P(f"<b>{esc(COMMITTEE.upper())}</b>", st["body"]),
             P(f"Minutes of a meeting held on {DATE} at 5.00 p.m. in the Council Chamber, Civic "
               "Offices, Barry and by remote means.", st["body"]),
             P(esc(PRESENT), st["body"]), P(esc(ALSO), st["body"])]
    for kind, num, text in numbered_minutes():
        if kind == "h":
            story.append(P(f"<b>{num}&nbsp;&nbsp;&nbsp;{esc(text)}</b>", st["h2"]))
        elif kind == "p":
            story.append(P(f"{num}&nbsp;&nbsp;&nbsp;{esc(text)}", st["body"]))
        elif kind == "li":
            story.append(P(f"•&nbsp;&nbsp;{esc(text)}", st["body"]))
        else:
            story.append(P(f"<b>RESOLVED –</b> {esc(text)}", st["body"]))
    story.append(P("The meeting closed at 7.12 p.m.", st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COMMITTEE} – {DATE}",
              "Minutes – draft until approved")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
