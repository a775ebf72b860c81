"""rec24a: an AUDIT WALES local report whose recommendations are "PROPOSALS FOR IMPROVEMENT"
(P1 .. P5, not R1), each printed in a box at the end of its theme's chapter and followed by
a "MANAGEMENT RESPONSE" table `Intended outcome | Action | Completion date | Responsible
officer` filled in by the council (one or two rows), with "Exhibit 1: proposals for
improvement by theme" (`Theme | Proposals`, refs only) in the summary.

The recommendations are the proposals (area: the theme chapter; owner: the council); the
management responses are not recommendations: their actions are the activities (area: the
proposal's theme, no number printed).

Audit Wales (setting real: Audit Wales's 2023 local reports "Use of performance information:
service user perspective and outcomes" made proposals for improvement to each council with a
management response; this council and its content invented), Glanmor County Borough Council,
June 2025.
Forms: .md pandoc from the Word file (boxes as blockquotes, pipe tables); .html the Audit
Wales website's report page (cookie banner, nav, footer); .docx Word with the proposal as a
shaded one-cell table; .pdf the report with exhibits and boxes.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle
from shell24 import cms_page

NAME = "rec24a-audit-wales-proposals"
COUNCIL = "Glanmor County Borough Council"
TITLE = "Use of performance information: service user perspective and outcomes – " + COUNCIL
META = ["Audit year: 2024-25", "Date issued: June 2025", "Document reference: 4512A2025"]
ABOUT = ("This report sets out the findings of the Auditor General's review of the "
         "performance information the council's senior leaders use to understand the "
         "perspective of service users and the outcomes of the council's work. We carried "
         "out the review under section 17 of the Public Audit (Wales) Act 2004 and section "
         "15 of the Well-being of Future Generations (Wales) Act 2015.")
SUMMARY = ("Overall we found that the information provided to senior leaders tells them "
           "what services do, but little about what service users think or about the "
           "outcomes for them. We make five proposals for improvement, summarised in "
           "Exhibit 1.")
MR_HEAD = ["Intended outcome", "Action", "Completion date", "Responsible officer"]
# theme: (title, findings, [(P no, text, [(outcome, action, date, officer)])])
THEMES = [
    ("Service user perspective", [
        "Cabinet and scrutiny reports rarely include the views of service users. Where "
        "surveys are carried out, their results stay within the service.",
        "The council's complaints data is reported as numbers of complaints, not as what "
        "complaints say about services."], [
        (1, "The Council should include information on service users' views and experience "
            "in the performance reports that go to Cabinet and scrutiny committees.", [
            ("Members understand how residents experience services.",
             "Add a service user section, drawing on surveys and complaints, to the "
             "quarterly performance report.", "December 2025",
             "Head of Policy and Performance")]),
        (2, "The Council should analyse what complaints and compliments tell it about "
            "services and report the lessons learnt each year.", [
            ("Lessons from complaints lead to changes in services.",
             "Publish an annual complaints and compliments lessons report to the Governance "
             "and Audit Committee.", "July 2026", "Complaints Manager"),
            ("", "Train service managers in recording the cause of each complaint.",
             "March 2026", "Complaints Manager")]),
    ]),
    ("Outcomes", [
        "Most of the measures in the corporate plan count activity, such as the number of "
        "visits or assessments, rather than the difference services make.",
        "The council has begun to define outcome measures for two of its well-being "
        "objectives but not for the others."], [
        (3, "The Council should set outcome measures for each of its well-being objectives "
            "and report progress against them.", [
            ("Progress on the well-being objectives can be judged on outcomes.",
             "Agree outcome measures for the remaining four well-being objectives as part of "
             "the corporate plan refresh.", "April 2026",
             "Head of Policy and Performance")]),
        (4, "The Council should use the national survey and its own data to compare its "
            "outcomes with those of similar councils.", [
            ("Senior leaders know how the council's outcomes compare.",
             "Include benchmarking from Data Cymru's comparison tools in the annual "
             "self-assessment.", "October 2026", "Corporate Performance Manager")]),
    ]),
    ("Quality of data", [
        "The council has no system for checking the accuracy of the performance data that "
        "services report."], [
        (5, "The Council should put in place arrangements to assure the accuracy of the "
            "performance information it reports.", [
            ("Members can rely on the performance information they receive.",
             "Introduce a data quality policy and an annual sample check of performance "
             "measures by internal audit.", "March 2026", "Head of Audit and Risk")]),
    ]),
]


def reading() -> dict:
    recs, acts = [], []
    for t, _f, props in THEMES:
        for n, text, mr in props:
            recs.append({"rec_id": str(n), "rec_label": f"P{n}", "area": t, "text": text,
                         "owners": ["LG"]})
            acts += [{"activity_no": None, "area": t, "text": row[1]} for row in mr]
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": t, "theme": None} for t, _f, _p in THEMES],
            "recommendations": recs, "activities": acts}


def exhibit() -> list[list[str]]:
    return [[t, ", ".join(f"P{n}" for n, _t, _m in props)] for t, _f, props in THEMES]


def write_md() -> None:
    o = [f"# {TITLE}", ""] + [m + "  " for m in META] + ["", "## About this report", "",
         ABOUT, "", "## Summary", "", SUMMARY, "",
         "**Exhibit 1: proposals for improvement by theme**", "", "| Theme | Proposals |",
         "|---|---|"]
    o += [f"| {a} | {b} |" for a, b in exhibit()] + ["", "Source: Audit Wales", ""]
    para = 1
    for t, findings, props in THEMES:
        o += [f"## {t}", ""]
        for f in findings:
            o += [f"{para}. {f}", ""]
            para += 1
        for n, text, mr in props:
            o += [f"> **Proposal for improvement**", ">", f"> **P{n}** {text}", "",
                  f"**Management response to P{n}**", "", "| " + " | ".join(MR_HEAD) + " |",
                  "|---|---|---|---|"]
            o += ["| " + " | ".join(r) + " |" for r in mr] + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(o) + "\n", encoding="utf-8")


def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>", '<ul class="report-meta">'
         + "".join(f"<li>{esc(m)}</li>" for m in META) + "</ul>",
         "<h2>About this report</h2>", f"<p>{esc(ABOUT)}</p>", "<h2>Summary</h2>",
         f"<p>{esc(SUMMARY)}</p>", '<figure class="exhibit"><figcaption>Exhibit 1: proposals '
         'for improvement by theme</figcaption><table><thead><tr><th>Theme</th><th>Proposals'
         "</th></tr></thead><tbody>"]
    b += [f"<tr><td>{esc(a)}</td><td>{esc(c)}</td></tr>" for a, c in exhibit()]
    b += ["</tbody></table><p class=\"source\">Source: Audit Wales</p></figure>"]
    para = 1
    for t, findings, props in THEMES:
        b.append(f"<h2>{esc(t)}</h2>")
        for f in findings:
            b.append(f'<p><span class="para-no">{para}</span> {esc(f)}</p>')
            para += 1
        for n, text, mr in props:
            b += [f'<div class="callout proposal"><h3>Proposal for improvement</h3><p><strong>'
                  f"P{n}</strong> {esc(text)}</p></div>",
                  f'<h4>Management response to P{n}</h4><table class="management-response">'
                  "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in MR_HEAD)
                  + "</tr></thead><tbody>"]
            b += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in mr]
            b.append("</tbody></table>")
    page = cms_page(TITLE, "Audit Wales", b, ["Home", "Publications", TITLE])
    (OUT / f"{NAME}.html").write_text(page, encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Use of performance information – " + COUNCIL)
    footer_page_numbers(doc, "Audit Wales")
    doc.add_heading(TITLE, level=0)
    for m in META:
        add_par(doc, m)
    doc.add_heading("About this report", level=1)
    add_par(doc, ABOUT)
    doc.add_heading("Summary", level=1)
    add_par(doc, SUMMARY)
    add_par(doc, "Exhibit 1: proposals for improvement by theme", bold=True)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    cell_text(tb.rows[0].cells[0], "Theme", bold=True)
    cell_text(tb.rows[0].cells[1], "Proposals", bold=True)
    for a, c in exhibit():
        cells = tb.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], c)
    add_par(doc, "Source: Audit Wales", size=8)
    para = 1
    for t, findings, props in THEMES:
        doc.add_heading(t, level=1)
        for f in findings:
            add_par(doc, f"{para}\t{f}")
            para += 1
        for n, text, mr in props:
            box = doc.add_table(rows=1, cols=1)
            c = box.rows[0].cells[0]
            cell_text(c, "Proposal for improvement", bold=True)
            p = add_par(c, f"P{n}", bold=True)
            p.add_run(" " + text)
            shade(c, "DEEAF6")
            add_par(doc)
            add_par(doc, f"Management response to P{n}", bold=True)
            tb = doc.add_table(rows=1, cols=4)
            tb.style = "Table Grid"
            for c, h in zip(tb.rows[0].cells, MR_HEAD):
                cell_text(c, h, bold=True)
                shade(c, "D9D9D9")
            for r in mr:
                for c, x in zip(tb.add_row().cells, r):
                    cell_text(c, x)
            add_par(doc)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"]
    story = [P("Audit Wales", st["body"]), P(esc(TITLE), st["title"])]
    story += [P(esc(m), st["body"]) for m in META]
    story += [P("About this report", st["h1"]), P(esc(ABOUT), st["body"]),
              P("Summary", st["h1"]), P(esc(SUMMARY), st["body"]),
              P("<b>Exhibit 1: proposals for improvement by theme</b>", st["body"])]
    et = Table([[P("<b>Theme</b>", cell), P("<b>Proposals</b>", cell)]]
               + [[P(esc(a), cell), P(esc(c), cell)] for a, c in exhibit()],
               colWidths=[80 * mm, 60 * mm])
    et.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                          colors.HexColor("#D9D9D9"))]))
    story += [et, P("Source: Audit Wales", st["small"])]
    para = 1
    for t, findings, props in THEMES:
        story.append(P(esc(t), st["h1"]))
        for f in findings:
            story.append(P(f"{para}&nbsp;&nbsp;&nbsp;{esc(f)}", st["body"]))
            para += 1
        for n, text, mr in props:
            bx = Table([[[P("<b>Proposal for improvement</b>", st["body"]),
                          P(f"<b>P{n}</b> {esc(text)}", st["body"])]]], colWidths=[170 * mm])
            bx.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                     colors.HexColor("#DEEAF6")),
                                    ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#1F4E79"))]))
            story += [bx, P(f"<b>Management response to P{n}</b>", st["body"])]
            mt = Table([[P(f"<b>{esc(h)}</b>", cell) for h in MR_HEAD]]
                       + [[P(esc(x), cell) for x in r] for r in mr],
                       colWidths=[45 * mm, 65 * mm, 25 * mm, 35 * mm])
            mt.setStyle(TableStyle(GRID))
            story.append(mt)
    build_pdf(OUT / f"{NAME}.pdf", story, "Use of performance information – " + COUNCIL,
              "Audit Wales – June 2025")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]), len(reading()["activities"]))
