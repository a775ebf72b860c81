"""prog13a: a Welsh Government GRANT MONITORING RETURN laid out as a FORM: a header block
("Grant recipient:", "Grant:", "Award 2025-26:", "Reporting period:", "Date submitted:"),
the grant's objectives, then one labelled block per project, grouped by strand:

    Project:               1.2 Scrutiny development for new chairs
    Lead body:             WLGA with the Centre for Governance and Scrutiny
    Budget 2025-26:        £60,000
    Spend to date:         £22,450
    Completion date:       March 2026
    Progress this quarter: <sentences>
    RAG:                   Amber

WLGA to the Welsh Government, Local Government Improvement Support Grant 2025-26,
Quarter 2 monitoring return, submitted 24 October 2025. Forms:

- .txt: the return as the online form system prints it to text: "Label: value" lines
  padded with spaces to a column, a blank line and a rule between projects, strand
  headings in capitals;
- .html: the gov.wales grant portal's "check your answers" page: a cookie banner, a
  header and navigation, every project a GOV.UK summary list (<dl class="govuk-summary-
  list"> with <dt> key and <dd> value and a "Change" link), footer;
- .docx: the Welsh Government's Word template: a two-column table per project (label cell
  shaded), strand headings as Heading 2, the header block a table too;
- .pdf: ONE long two-column table for all the projects (it runs over pages, header row
  repeated), a strand row spanning both columns, a shaded project row.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "prog13a-grant-monitoring-return"
TITLE = "Local Government Improvement Support Grant 2025-26: Quarterly Monitoring Return"
HEAD = [("Grant recipient", "Welsh Local Government Association (WLGA)"),
        ("Grant", "Local Government Improvement Support Grant"),
        ("Award reference", "LGIS/2025-26/003"),
        ("Award 2025-26", "£1,150,000"),
        ("Additional award 2025-26 (Corporate Joint Committees support)", "£120,000"),
        ("Reporting period", "Quarter 2: 1 July 2025 to 30 September 2025"),
        ("Total spend to date", "£512,940"),
        ("Date submitted", "24 October 2025"),
        ("Contact", "Improvement Support Team, WLGA")]
OBJECTIVES = [
    "Strengthen leadership, governance and scrutiny in councils",
    "Support councils to meet their performance and self-assessment duties",
    "Build workforce capacity and skills across local government",
]
GRANTS = [("Local Government Improvement Support Grant", 1150000, "2025-26"),
          ("Corporate Joint Committees support", 120000, "2025-26")]
# status of a RAG value (the return's key: Complete / Green on track / Amber at risk /
# Red off track / Not started)
RAG = {"Complete": "done", "Green": "in progress", "Amber": "at risk", "Red": "at risk",
       "Not started": "planned"}

# strand no, name, [(project, lead body, budget, spend, completion, progress, RAG, quarter,
#                    partners)]
STRANDS = [
    ("1", "Leadership and governance", [
        ("Leadership development programme for cabinet members",
         "WLGA with Academi Wales", "£85,000", "£41,300", "March 2026",
         "Two residential modules ran in July and September with 38 cabinet members from 17 "
         "councils. The third module is booked for January 2026.", "Green", "2025-26 Q4",
         ["Academi Wales"]),
        ("Scrutiny development for new committee chairs",
         "WLGA with the Centre for Governance and Scrutiny", "£60,000", "£22,450",
         "March 2026", "Fewer councils than planned have taken up the chairs' workshops; "
         "six of the planned twelve have been held and the rest are being rescheduled.",
         "Amber", "2025-26 Q4", ["Centre for Governance and Scrutiny"]),
        ("Governance and audit committee lay member induction", "WLGA", "£18,000",
         "£18,000", "September 2025", "The induction pack and three online sessions were "
         "delivered in August; 41 lay members attended.", "Complete", "2025-26 Q2", []),
        ("Member standards and conduct peer network", "WLGA with Lawyers in Local "
         "Government", "£12,000", "£0", "June 2026", "Work will begin once the "
         "Standards Framework review reports in spring 2026.", "Not started", "2026-27 Q1",
         ["Lawyers in Local Government"]),
    ]),
    ("2", "Performance and self-assessment", [
        ("Panel performance assessment support for councils", "WLGA", "£140,000",
         "£66,800", "March 2026", "Panels were arranged for five councils this quarter; "
         "the WLGA recruited and briefed the peer members and the independent chairs.",
         "Green", "2025-26 Q4", []),
        ("Self-assessment peer challenge sessions", "WLGA with Audit Wales", "£35,000",
         "£9,200", "December 2025", "Two sessions held; a third was cancelled when the "
         "host council withdrew and the December date is at risk.", "Red", "2025-26 Q3",
         ["Audit Wales"]),
        ("Common performance measures on the shared data platform", "Data Cymru",
         "£95,000", "£47,000", "March 2026", "Data Cymru loaded the 2024-25 measures for "
         "all 22 councils and added the new homelessness measures in September.", "Green",
         "2025-26 Q4", ["Data Cymru"]),
        ("Corporate Joint Committee performance framework", "WLGA", "£120,000",
         "£31,500", "February 2026", "A draft framework was shared with the four "
         "Corporate Joint Committees in September for comment by November.", "Green",
         "2025-26 Q4", []),
    ]),
    ("3", "Workforce", [
        ("Workforce planning toolkit for councils", "WLGA with the HR Directors Network",
         "£40,000", "£40,000", "July 2025", "The toolkit was published in July and has "
         "been used by nine councils.", "Complete", "2025-26 Q2",
         ["HR Directors Network"]),
        ("Social care recruitment campaign with councils", "WLGA", "£210,000",
         "£98,600", "March 2026", "The autumn campaign launched on 15 September; a winter "
         "phase is planned for January 2026.", "Green", "2025-26 Q4", []),
        ("Apprenticeship and graduate scheme expansion", "WLGA", "£150,000", "£38,040",
         "June 2026", "Recruitment to the second graduate cohort has been delayed by the "
         "late confirmation of council places; the start has moved from April to June "
         "2026.", "Amber", "2026-27 Q1", []),
        ("Digital skills for frontline staff", "WLGA with Academi Wales", "£75,000",
         "£0", "March 2026", "The supplier will be appointed in November; no work has "
         "started.", "Not started", "2025-26 Q4", ["Academi Wales"]),
    ]),
]
LABELS = ["Project", "Lead body", "Budget 2025-26", "Spend to date", "Completion date",
          "Progress this quarter", "RAG"]
KEY = ("RAG key: Complete – project finished; Green – on track; Amber – at risk, "
       "action in hand; Red – off track; Not started.")
DECL = ("I confirm that the information in this return is accurate and that the grant "
        "has been used only for the purposes set out in the award letter.")
SIGN = [("Signed", "Chief Executive, WLGA"), ("Date", "24 October 2025")]


def projects():
    for sno, sname, rows in STRANDS:
        for i, row in enumerate(rows, 1):
            yield sno, sname, f"{sno}.{i}", row


def values(ref, row):
    name, lead, budget, spend, when, progress, rag = row[:7]
    return [f"{ref} {name}", lead, budget, spend, when, progress, rag]


def reading() -> dict:
    items = []
    for sno, _s, ref, row in projects():
        items.append({"section": sno, "ref": ref, "text": row[0], "status": RAG[row[6]],
                      "quarter": row[7], "partners": sorted(row[8])})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-24",
            "priorities": OBJECTIVES, "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y}
                       for g, a, y in GRANTS]}


# ------------------------------------------------------------------ text
def write_txt() -> None:
    w = 24
    out = ["WELSH GOVERNMENT – GRANT MONITORING RETURN", "", TITLE, "",
           "SECTION A: GRANT DETAILS", ""]
    for k, v in HEAD:
        out.append(f"{k}:".ljust(w) + " " + v if len(k) < w else f"{k}: {v}")
    out += ["", "SECTION B: OBJECTIVES OF THE GRANT (FROM THE AWARD LETTER)", ""]
    out += [f"({chr(97 + i)}) {o}" for i, o in enumerate(OBJECTIVES)]
    out += ["", "SECTION C: PROJECT PROGRESS", "", KEY, ""]
    last = None
    for sno, sname, ref, row in projects():
        if sno != last:
            out += ["=" * 72, f"STRAND {sno} – {sname.upper()}", "=" * 72, ""]
            last = sno
        for lab, val in zip(LABELS, values(ref, row)):
            out.append(f"{lab}:".ljust(w) + " " + val)
        out += ["", "-" * 72, ""]
    out += ["SECTION D: DECLARATION", "", DECL, ""]
    out += [f"{k}:".ljust(w) + " " + v for k, v in SIGN]
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ HTML
def summary_list(pairs, change=True) -> str:
    h = ['<dl class="govuk-summary-list">']
    for k, v in pairs:
        link = ('<dd class="govuk-summary-list__actions"><a class="govuk-link" href="#">'
                f'Change<span class="govuk-visually-hidden"> {esc(k.lower())}</span></a></dd>'
                if change else "")
        h.append(f'<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">'
                 f'{esc(k)}</dt><dd class="govuk-summary-list__value">{esc(v)}</dd>{link}'
                 "</div>")
    h.append("</dl>")
    return "\n".join(h)


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en" class="govuk-template"><head><meta charset="utf-8">',
         f"<title>Check your answers – {esc(TITLE)} – Grants portal – GOV.WALES</title>",
         '<link rel="stylesheet" href="/assets/govuk-frontend.min.css"></head>',
         '<body class="govuk-template__body">',
         '<div class="govuk-cookie-banner" role="region" aria-label="Cookies on GOV.WALES">'
         '<h2 class="govuk-cookie-banner__heading">Cookies on GOV.WALES</h2><p>We use some '
         'essential cookies to make this service work.</p><button>Accept additional cookies'
         '</button> <button>Reject additional cookies</button> <a href="/cookies">View '
         'cookies</a></div>',
         '<header class="govuk-header"><a href="/" class="govuk-header__link">LLYW.CYMRU / '
         'GOV.WALES</a><span class="govuk-header__service-name">Grants portal</span>'
         '<nav><ul><li><a href="/dashboard">Your grants</a></li><li><a href="/claims">Claims'
         '</a></li><li><a href="/returns">Monitoring returns</a></li><li><a href="/signout">'
         "Sign out</a></li></ul></nav></header>",
         '<div class="govuk-width-container"><a href="/returns" class="govuk-back-link">Back'
         '</a><main class="govuk-main-wrapper" id="main-content">',
         '<span class="govuk-caption-l">Monitoring return – Quarter 2</span>',
         f'<h1 class="govuk-heading-l">{esc(TITLE)}</h1>',
         '<h2 class="govuk-heading-m">Section A: Grant details</h2>', summary_list(HEAD, False),
         '<h2 class="govuk-heading-m">Section B: Objectives of the grant</h2>',
         '<p class="govuk-body">From the award letter:</p><ol class="govuk-list '
         'govuk-list--number" type="a">']
    h += [f"<li>{esc(o)}</li>" for o in OBJECTIVES]
    h += ["</ol>", '<h2 class="govuk-heading-m">Section C: Project progress</h2>',
          f'<p class="govuk-body govuk-hint">{esc(KEY)}</p>']
    last = None
    for sno, sname, ref, row in projects():
        if sno != last:
            h.append(f'<h3 class="govuk-heading-s">Strand {sno}: {esc(sname)}</h3>')
            last = sno
        h.append(f'<div class="govuk-summary-card"><div class="govuk-summary-card__title-'
                 f'wrapper"><h4 class="govuk-summary-card__title">Project {ref}</h4></div>'
                 '<div class="govuk-summary-card__content">')
        h.append(summary_list(list(zip(LABELS, values(ref, row)))))
        h.append("</div></div>")
    h += ['<h2 class="govuk-heading-m">Section D: Declaration</h2>',
          f'<p class="govuk-body">{esc(DECL)}</p>', summary_list(SIGN, False),
          '<button class="govuk-button">Submit return</button>', "</main></div>",
          '<footer class="govuk-footer"><ul><li><a href="/accessibility">Accessibility</a>'
          '</li><li><a href="/privacy">Privacy</a></li><li><a href="/cymraeg">Cymraeg</a></li>'
          "</ul><p>© Crown copyright</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def kv_table(doc, pairs, fill="DCE6F1", first_bold=False):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(pairs):
        r = t.add_row()
        cell_text(r.cells[0], k, bold=True)
        shade(r.cells[0], fill)
        cell_text(r.cells[1], v, bold=first_bold and i == 0)
    return t


def write_docx() -> None:
    doc = new_docx(size=10)
    header_text(doc, "Llywodraeth Cymru / Welsh Government – Grant monitoring return")
    footer_page_numbers(doc, "LGIS/2025-26/003 – Quarter 2")
    doc.add_heading(TITLE, level=1)
    doc.add_heading("Section A: Grant details", level=2)
    kv_table(doc, HEAD)
    doc.add_heading("Section B: Objectives of the grant (from the award letter)", level=2)
    for i, o in enumerate(OBJECTIVES):
        add_par(doc, f"({chr(97 + i)})\t{o}")
    doc.add_heading("Section C: Project progress", level=2)
    add_par(doc, KEY, size=9)
    last = None
    for sno, sname, ref, row in projects():
        if sno != last:
            doc.add_heading(f"Strand {sno} – {sname}", level=3)
            last = sno
        kv_table(doc, list(zip(LABELS, values(ref, row))), first_bold=True)
        add_par(doc, "")
    doc.add_heading("Section D: Declaration", level=2)
    add_par(doc, DECL)
    kv_table(doc, SIGN)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P("Welsh Government – Grant monitoring return", st["small"]),
             P(esc(TITLE), st["title"]), P("Section A: Grant details", st["h1"])]
    story.append(Table([[P(f"<b>{esc(k)}</b>", st["cell"]), P(esc(v), st["cell"])]
                        for k, v in HEAD], colWidths=[70 * mm, 104 * mm],
                       style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (0, -1),
                                                       colors.HexColor("#DCE6F1"))])))
    story.append(P("Section B: Objectives of the grant (from the award letter)", st["h1"]))
    story += [P(f"({chr(97 + i)}) {esc(o)}", st["body"]) for i, o in enumerate(OBJECTIVES)]
    story += [P("Section C: Project progress", st["h1"]), P(esc(KEY), st["small"])]
    data = [[P("<b>Field</b>", st["cellb"]), P("<b>Return</b>", st["cellb"])]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C00000")),
                          ("TEXTCOLOR", (0, 0), (-1, 0), colors.white)]
    last = None
    for sno, sname, ref, row in projects():
        if sno != last:
            data.append([P(f"<b>Strand {sno} – {esc(sname)}</b>", st["cellb"]), ""])
            n = len(data) - 1
            style += [("SPAN", (0, n), (1, n)),
                      ("BACKGROUND", (0, n), (1, n), colors.HexColor("#BFBFBF"))]
            last = sno
        for i, (lab, val) in enumerate(zip(LABELS, values(ref, row))):
            data.append([P(f"<b>{esc(lab)}</b>", st["cell"]),
                         P(f"<b>{esc(val)}</b>" if i == 0 else esc(val), st["cell"])])
            if i == 0:
                style.append(("BACKGROUND", (0, len(data) - 1), (1, len(data) - 1),
                              colors.HexColor("#DCE6F1")))
    story.append(Table(data, colWidths=[40 * mm, 134 * mm], repeatRows=1,
                       style=TableStyle(style)))
    story += [P("Section D: Declaration", st["h1"]), P(esc(DECL), st["body"])]
    story += [P(f"<b>{esc(k)}:</b> {esc(v)}", st["body"]) for k, v in SIGN]
    build_pdf(OUT / f"{NAME}.pdf", story, "Grant monitoring return – LGIS/2025-26/003 – "
              "Quarter 2 2025-26", "Welsh Government")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, sum(len(s[2]) for s in STRANDS), "projects")
