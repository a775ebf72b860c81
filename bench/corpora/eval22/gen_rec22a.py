"""rec22a: a HEALTHCARE INSPECTORATE WALES / CARE INSPECTORATE WALES JOINT INSPECTION report
with an IMPROVEMENT PLAN APPENDIX: "What we found" in three chapters ("Quality of patient
experience", "Delivery of safe and effective care", "Quality of management and leadership")
of narrative paragraphs under sub-headings (some sub-headings say only "No immediate
concerns were identified"), then Appendix A "Summary of concerns resolved during the
inspection" (none), Appendix B "Immediate improvement plan" (the IMMEDIATE ASSURANCE table,
one row) and Appendix C "Improvement plan", tables `Improvement needed | Standard /
Regulation | Service action | Responsible officer | Timescale`, grouped by chapter rows, the
last three columns FILLED IN BY THE SERVICE. The recommendations are the "Improvement needed"
cells; the Standard / Regulation column is a reference, not an area.

HIW and CIW (real inspectorates and joint CMHT inspection type; Glanmor Community Mental
Health Team, Glanmor University Health Board and Glanmor County Borough Council fictional;
content invented), published 12 March 2026. Forms:
- .md: pandoc's Markdown of the Word file, the appendix tables as pandoc GRID TABLES with the
  chapter rows spanning the width (pandoc 3 grid-table colspan);
- .html: HIW's website page (cookie banner, "Cymraeg", nav, breadcrumb, footer) with the
  appendices as <table>s whose chapter rows are <td colspan="5">;
- .docx: Word report, Heading 1/2/3, appendix tables with merged chapter rows, LANDSCAPE section;
- .pdf: report with running header, appendix tables with spanned chapter rows.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from reportlab.platypus import Table, TableStyle

NAME = "rec22a-hiw-ciw-improvement-plan"
TITLE = ("Joint inspection of community mental health services: Glanmor Community Mental "
         "Health Team (Adults)")
DATE = "12 March 2026"
HB = "Glanmor University Health Board"
LA = "Glanmor County Borough Council"
C1, C2, C3 = ("Quality of patient experience", "Delivery of safe and effective care",
              "Quality of management and leadership")
SUMMARY = [
    "Healthcare Inspectorate Wales (HIW) and Care Inspectorate Wales (CIW) completed a joint "
    f"inspection of Glanmor Community Mental Health Team (Adults), provided by {HB} and "
    f"{LA}, on 2 to 4 December 2025.",
    "Overall, we found that people were treated with dignity and respect by staff who knew "
    "them well. However, we found that care plans were not always reviewed on time and that "
    "the team's waiting times for assessment were too long. The health board and the local "
    "authority must address the improvements set out in Appendix B and Appendix C.",
]
# chapter: [(sub-heading, paragraph)]
FOUND = {
    C1: [("Dignity and respect", "People told us staff treated them kindly and with respect. "
          "Interview rooms at the team base were private and comfortable."),
         ("Timely care", "The median wait from referral to assessment was 34 days. Some "
          "people told us they received no contact while they waited."),
         ("Welsh language", "Welsh-speaking staff were available, but the active offer was "
          "not recorded in most of the files we reviewed.")],
    C2: [("Safeguarding", "No immediate concerns were identified. Staff knew how to raise a "
          "safeguarding concern with the local authority."),
         ("Medicines management", "Clozapine was stored safely, but the clinic room fridge "
          "temperature had not been recorded on 11 days in November, and we required "
          "immediate assurance."),
         ("Care planning", "Care and treatment plans under the Mental Health (Wales) Measure "
          "2010 were in place for everyone, but 9 of the 20 we reviewed were overdue for "
          "review."),
         ("Carers", "Carers were not always offered an assessment of their own needs.")],
    C3: [("Leadership", "The team manager and the senior practitioner were visible and "
          "supportive, and staff spoke highly of them."),
         ("Workforce", "Two social worker posts and one community psychiatric nurse post "
          "were vacant, and caseloads were high."),
         ("Governance", "No immediate concerns were identified. Incident reporting was well "
          "established.")],
}
# improvement plan rows: (chapter, improvement needed, standard, action, officer, timescale,
# owners)
IMMEDIATE = [
    (C2, "The health board must ensure the clinic room fridge temperature is monitored and "
     "recorded daily, and that action is taken when it is out of range.",
     "Health and Care Standards 2015, Standard 2.6 Medicines management",
     "A daily fridge temperature check has been added to the duty nurse's checklist and is "
     "audited weekly by the team manager.", f"Team Manager, {HB}", "Complete",
     ["Glanmor University Health Board"]),
]
PLAN = [
    (C1, "The service must reduce waiting times from referral to assessment and keep in "
     "contact with people while they wait.", "Health and Care Standards 2015, Standard 5.1 "
     "Timely access", "A duty worker will contact everyone waiting more than two weeks; a "
     "waiting list review is under way.", f"Service Manager, {HB}", "June 2026",
     ["Glanmor University Health Board"]),
    (C1, "The service should record the active offer of Welsh language services in each "
     "person's file.", "Welsh Language (Wales) Measure 2011; More than just words",
     "The active offer has been added to the assessment template.",
     f"Team Manager, {HB}", "April 2026", ["Glanmor University Health Board"]),
    (C2, "The health board must ensure care and treatment plans are reviewed within the "
     "timescales of the Mental Health (Wales) Measure 2010.", "Mental Health (Wales) Measure "
     "2010, Part 2", "A monthly report of reviews due will be discussed in supervision.",
     f"Senior Practitioner, {HB}", "May 2026", ["Glanmor University Health Board"]),
    (C2, "The local authority must ensure carers are offered an assessment of their own "
     "needs.", "Social Services and Well-being (Wales) Act 2014, section 24",
     "Carers' assessments will be offered at every review and recorded on WCCIS.",
     f"Team Manager (Social Work), {LA}", "June 2026", ["LG"]),
    (C3, "The health board and the local authority should fill the team's vacant posts and "
     "review caseloads.", "Health and Care Standards 2015, Standard 7.1 Workforce",
     "Posts have been advertised jointly; caseloads will be reviewed monthly until they are "
     "filled.", f"Head of Mental Health Services, {HB}; Head of Adult Services, {LA}",
     "September 2026", ["Glanmor University Health Board", "LG"]),
]
HEAD = ["Improvement needed", "Standard / Regulation", "Service action",
        "Responsible officer", "Timescale"]
APPA = "No concerns were resolved during the inspection."
APPB = ("The table below includes any immediate non-compliance concerns about patient safety "
        "identified during the inspection where we require the service to complete an "
        "immediate improvement plan telling us about the urgent actions they are taking.")
APPC = ("The table below includes any other improvements identified during the inspection "
        "where we require the service to complete an improvement plan telling us about the "
        "actions they are taking to address these areas.")
SIGNOFF = [f"Service representative: Head of Mental Health Services, {HB}",
           f"Service representative: Head of Adult Services, {LA}", "Date: 20 February 2026"]


def reading() -> dict:
    recs = [{"rec_id": str(i), "area": r[0], "text": r[1], "owners": r[6]}
            for i, r in enumerate(IMMEDIATE + PLAN, 1)]
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a in (C1, C2, C3)],
            "recommendations": recs, "activities": None}


def groups(rows):
    last = None
    for r in rows:
        if r[0] != last:
            yield "chapter", r[0]
            last = r[0]
        yield "row", r


# ------------------------------------------------------------------ Markdown (pandoc grid)
W = (34, 22, 34, 20, 10)


def gcells(cells):
    cols = [textwrap.wrap(c, w) for c, w in zip(cells, W)]
    n = max(len(x) for x in cols)
    return ["| " + " | ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cols, W))
            + " |" for i in range(n)]


def md_table(rows):
    sep = "+" + "+".join("-" * (w + 2) for w in W) + "+"
    full = sum(W) + 3 * (len(W) - 1)
    out = [sep] + gcells(HEAD) + ["+" + "+".join("=" * (w + 2) for w in W) + "+"]
    for kind, r in groups(rows):
        if kind == "chapter":
            out += ["| " + f"**{r}**".ljust(full) + " |", sep]
        else:
            out += gcells(list(r[1:6])) + [sep]
    return out


def write_md() -> None:
    out = [f"# {TITLE}", "", f"Publication date: {DATE}", "", "## Summary of our inspection",
           ""] + [x + "\n" for x in SUMMARY] + ["## What we found", ""]
    for ch, subs in FOUND.items():
        out += [f"### {ch}", ""]
        for sh, p in subs:
            out += [f"#### {sh}", "", p, ""]
    out += ["## Appendix A -- Summary of concerns resolved during the inspection", "", APPA, "",
            "## Appendix B -- Immediate improvement plan", "", APPB, ""] + md_table(IMMEDIATE)
    out += ["", "## Appendix C -- Improvement plan", "", APPC, ""] + md_table(PLAN) + [""]
    out += [x + "\\" for x in SIGNOFF[:-1]] + [SIGNOFF[-1], ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (HIW website)
def html_table(rows):
    h = ['<table class="improvement-plan"><thead><tr>'
         + "".join(f'<th scope="col">{x}</th>' for x in HEAD) + "</tr></thead><tbody>"]
    for kind, r in groups(rows):
        if kind == "chapter":
            h.append(f'<tr class="section"><td colspan="5"><strong>{esc(r)}</strong></td></tr>')
        else:
            h.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r[1:6]) + "</tr>")
    return h + ["</tbody></table>"]


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | Healthcare Inspectorate Wales</title></head><body>",
         '<div class="cookie-banner"><h2>Cookies on hiw.org.uk</h2><p>We use some essential '
         'cookies to make this website work.</p><button>Accept additional cookies</button>'
         '<button>Reject additional cookies</button></div>',
         '<a class="skip" href="#content">Skip to main content</a>',
         '<header><a href="/" class="logo">Healthcare Inspectorate Wales</a><a href="/cy" '
         'lang="cy">Cymraeg</a><nav><ul><li><a href="/inspections">Our inspections</a></li>'
         '<li><a href="/reports">Reports</a></li><li><a href="/concerns">Raise a concern</a>'
         '</li></ul></nav></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/reports">Reports</a> / '
         "Joint inspection</nav>", '<main id="content">', f"<h1>{esc(TITLE)}</h1>",
         f'<p class="date">Publication date: {DATE}</p>', "<h2>Summary of our inspection</h2>"]
    h += [f"<p>{esc(x)}</p>" for x in SUMMARY] + ["<h2>What we found</h2>"]
    for ch, subs in FOUND.items():
        h.append(f"<h3>{esc(ch)}</h3>")
        for sh, p in subs:
            h += [f"<h4>{esc(sh)}</h4>", f"<p>{esc(p)}</p>"]
    h += ["<h2>Appendix A – Summary of concerns resolved during the inspection</h2>",
          f"<p>{esc(APPA)}</p>", "<h2>Appendix B – Immediate improvement plan</h2>",
          f"<p>{esc(APPB)}</p>"] + html_table(IMMEDIATE)
    h += ["<h2>Appendix C – Improvement plan</h2>", f"<p>{esc(APPC)}</p>"] + html_table(PLAN)
    h += [f"<p>{esc(x)}</p>" for x in SIGNOFF]
    h += ["</main>", '<footer><p>Healthcare Inspectorate Wales, Welsh Government, Rhydycar '
          'Business Park, Merthyr Tydfil CF48 1UZ</p><ul><li><a href="/accessibility">'
          'Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul><p>© Crown '
          "copyright</p></footer>", "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def word_table(doc, rows):
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x, bold=True, size=9)
        shade(c, "D9E2F3")
    set_repeat_header(tb.rows[0])
    for kind, r in groups(rows):
        cells = tb.add_row().cells
        if kind == "chapter":
            m = cells[0].merge(cells[4])
            cell_text(m, r, bold=True, size=9)
            shade(m, "F2F2F2")
        else:
            for c, x in zip(cells, r[1:6]):
                cell_text(c, x, size=9)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Healthcare Inspectorate Wales / Care Inspectorate Wales")
    footer_page_numbers(doc, f"Joint inspection – {DATE}")
    doc.add_heading(TITLE, level=1)
    add_par(doc, f"Publication date: {DATE}")
    doc.add_heading("Summary of our inspection", level=1)
    for x in SUMMARY:
        add_par(doc, x)
    doc.add_heading("What we found", level=1)
    for ch, subs in FOUND.items():
        doc.add_heading(ch, level=2)
        for sh, p in subs:
            doc.add_heading(sh, level=3)
            add_par(doc, p)
    from docx.enum.section import WD_ORIENT, WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    doc.add_heading("Appendix A – Summary of concerns resolved during the inspection", level=1)
    add_par(doc, APPA)
    doc.add_heading("Appendix B – Immediate improvement plan", level=1)
    add_par(doc, APPB)
    word_table(doc, IMMEDIATE)
    doc.add_heading("Appendix C – Improvement plan", level=1)
    add_par(doc, APPC)
    word_table(doc, PLAN)
    add_par(doc)
    for x in SIGNOFF:
        add_par(doc, x)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def pdf_table(rows, cell):
    data = [[P(f"<b>{x}</b>", cell) for x in HEAD]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    for kind, r in groups(rows):
        if kind == "chapter":
            data.append([P(f"<b>{esc(r)}</b>", cell), "", "", "", ""])
            n = len(data) - 1
            style += [("SPAN", (0, n), (4, n)),
                      ("BACKGROUND", (0, n), (4, n), colors.HexColor("#F2F2F2"))]
        else:
            data.append([P(esc(c), cell) for c in r[1:6]])
    t = Table(data, colWidths=[x * mm for x in (52, 34, 50, 32, 22)], repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c22c", fontSize=8.5, leading=11)
    story = [P(esc(TITLE), st["title"]), P(f"Publication date: {DATE}", st["body"]),
             P("Summary of our inspection", st["h1"])]
    story += [P(esc(x), st["body"]) for x in SUMMARY] + [P("What we found", st["h1"])]
    for ch, subs in FOUND.items():
        story.append(P(esc(ch), st["h1"]))
        for sh, p in subs:
            story += [P(esc(sh), st["h2"]), P(esc(p), st["body"])]
    story += [P("Appendix A – Summary of concerns resolved during the inspection", st["h1"]),
              P(esc(APPA), st["body"]), P("Appendix B – Immediate improvement plan", st["h1"]),
              P(esc(APPB), st["body"]), pdf_table(IMMEDIATE, cell),
              P("Appendix C – Improvement plan", st["h1"]), P(esc(APPC), st["body"]),
              pdf_table(PLAN, cell)]
    story += [P(esc(x), st["body"]) for x in SIGNOFF]
    build_pdf(OUT / f"{NAME}.pdf", story, "HIW / CIW – Joint inspection: Glanmor Community "
              "Mental Health Team", "Healthcare Inspectorate Wales")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
