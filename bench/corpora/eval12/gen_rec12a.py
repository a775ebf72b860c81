"""rec12a: an Audit Wales national report's APPENDIX of RECOMMENDATIONS AND MANAGEMENT
RESPONSES: one table, `Ref | Recommendation | Recommendation for | Accepted? | Management
response | Target date`, "R1".."R17"; the AREA is the bold topic line that opens each
Recommendation cell (repeated for every recommendation of the topic); the owners are the
"Recommendation for" column ("Councils", "Welsh Government and WLGA", "WLGA and Data
Cymru"); each management response is the activity under way (no number).

Audit Wales, "Digital services in local government: getting value for money", Appendix 3,
October 2025. Forms:

- .md: a pipe table, the topic in bold then `<br>` then the text in the same cell;
- .html: <table> with <th scope="row">R1</th>, the topic a <p class="topic"><strong>, the
  Accepted? value a badge;
- .docx: landscape, the table's header row repeated, the topic a bold first paragraph of the
  cell;
- .pdf: landscape, reportlab table with repeated header, Audit Wales page header and
  "Page N of M".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header, RGBColor)
from reportlab.platypus import Table, TableStyle

NAME = "rec12a-audit-management-response"
REPORT = "Digital services in local government: getting value for money"
TITLE = "Appendix 3 – Recommendations and management responses"
FOR_CODES = {"Councils": ["LG"], "Welsh Government": ["WG"], "WLGA": ["WLGA"],
             "Welsh Government and WLGA": ["WG", "WLGA"],
             "WLGA and Data Cymru": ["WLGA", "Data Cymru"],
             "Councils and WLGA": ["LG", "WLGA"]}

# (area, [(recommendation, for, accepted, response, target)])
AREAS = [
    ("Evidence and understanding of need", [
        ("Councils should base their digital strategies on evidence of residents' needs and "
         "use of services, including those who do not use digital channels.", "Councils",
         "Yes", "All councils will refresh their digital strategies by March 2027; 14 have "
         "already completed a residents' survey on digital use.", "March 2027"),
        ("The Welsh Government should publish national data on digital exclusion by council "
         "area each year.", "Welsh Government", "Yes", "The Welsh Government will add "
         "council-level digital inclusion measures to the National Survey for Wales results "
         "from 2026.", "July 2026"),
    ]),
    ("Working with others", [
        ("Councils should work with neighbouring councils and the health boards to share "
         "digital platforms where services overlap.", "Councils", "Yes", "Regional digital "
         "partnerships have been set up in the south-east and the north; the other regions "
         "will follow in 2026.", "December 2026"),
        ("The WLGA should broker a shared approach to procuring common systems such as "
         "revenues and benefits.", "WLGA", "Yes", "A procurement group of heads of digital "
         "meets each quarter and has agreed a first shared framework for contact centre "
         "software.", "June 2026"),
        ("The Welsh Government and the WLGA should agree how the Centre for Digital Public "
         "Services supports councils.", "Welsh Government and WLGA", "Yes", "A memorandum of "
         "understanding between the Centre for Digital Public Services and the WLGA was signed "
         "in September 2025.", "Complete"),
    ]),
    ("Resourcing digital ambitions", [
        ("Councils should set out in their medium-term financial plans the revenue and capital "
         "costs of their digital strategies.", "Councils", "Yes", "Guidance for finance "
         "directors on costing digital strategies has been issued by the Society of Welsh "
         "Treasurers.", "April 2026"),
        ("Councils should identify the staff skills and capacity they need to deliver their "
         "digital strategies.", "Councils", "Yes", "A digital skills framework for council "
         "staff is being developed with Academi Wales.", "March 2026"),
        ("The Welsh Government should provide multi-year funding for local government digital "
         "transformation.", "Welsh Government", "Partly", "The Welsh Government cannot commit "
         "funding beyond the current spending review period but will give indicative "
         "allocations for 2026-27 and 2027-28.", "Budget 2026-27"),
    ]),
    ("Measuring impact and value for money", [
        ("Councils should set out the benefits each digital project is expected to deliver and "
         "track them after the project ends.", "Councils", "Yes", "A benefits realisation "
         "template has been shared through the heads of digital network and is used by 12 "
         "councils.", "September 2026"),
        ("Councils should report the progress and impact of their digital strategies to "
         "scrutiny committees at least once a year.", "Councils", "Yes", "Most councils now "
         "report each year; the Centre for Governance and Scrutiny has prepared questions for "
         "scrutiny members.", "March 2026"),
        ("The WLGA and Data Cymru should develop common measures of digital service take-up "
         "and satisfaction.", "WLGA and Data Cymru", "Yes", "Data Cymru has drafted eight "
         "common measures, to be piloted in six councils.", "December 2026"),
    ]),
    ("Citizen involvement and inclusion", [
        ("Councils should involve residents, including those who are digitally excluded, in "
         "designing digital services.", "Councils", "Yes", "Councils are using their "
         "citizens' panels and the Digital Communities Wales programme to test new services "
         "with residents.", "Ongoing"),
        ("Councils should keep non-digital routes to services for people who cannot or do not "
         "want to use digital channels.", "Councils", "Yes", "All councils have confirmed that "
         "telephone and face-to-face routes remain for every service moved online.",
         "Complete"),
        ("The Welsh Government should ensure that national digital services meet the Welsh "
         "Language Standards from launch.", "Welsh Government", "Yes", "The Welsh "
         "Government's digital service standard now requires Welsh language testing before "
         "any service goes live.", "Complete"),
    ]),
    ("Learning and capacity", [
        ("The WLGA should set up a way for councils to share lessons from digital projects "
         "that did not deliver their intended benefits.", "WLGA", "Yes", "A lessons learned "
         "library was launched on the WLGA's website in November 2025.", "Complete"),
        ("Councils should evaluate their digital strategies at their mid-point and publish "
         "what they have learned.", "Councils", "Yes", "Councils will include the evaluation "
         "in their annual self-assessment reports from 2026-27.", "October 2026"),
        ("Councils and the WLGA should develop the digital leadership skills of senior "
         "officers and cabinet members.", "Councils and WLGA", "Yes", "A digital leadership "
         "programme for cabinet members ran in autumn 2025 and a second cohort starts in May "
         "2026.", "May 2026"),
    ]),
]
COLS = ["Ref", "Recommendation", "Recommendation for", "Accepted?", "Management response",
        "Target date"]
INTRO = [
    "Our report made 17 recommendations to councils, the Welsh Government and the WLGA. "
    "Exhibit 8 sets out each recommendation, the body it is for and the response we "
    "received. The responses are those of the bodies named; we have not audited them.",
    "Where a recommendation is for councils, the response was provided by the WLGA on behalf "
    "of the 22 principal councils. Each council will also respond through its own governance "
    "and audit committee.",
]
EXHIBIT = "Exhibit 8: recommendations and management responses"
SOURCE = "Source: Audit Wales, responses received to 30 September 2025"


def rows():
    n = 0
    for area, recs in AREAS:
        for text, for_, acc, resp, target in recs:
            n += 1
            yield n, area, text, for_, acc, resp, target


def reading() -> dict:
    areas = [{"area_no": str(i), "area": a, "theme": None} for i, (a, _r) in
             enumerate(AREAS, 1)]
    recs, acts = [], []
    for n, area, text, for_, _acc, resp, _t in rows():
        recs.append({"rec_id": str(n), "rec_label": f"R{n}", "area": area, "text": text,
                     "owners": FOR_CODES[for_]})
        acts.append({"activity_no": None, "area": area, "text": resp})
    return {"kind": "recommendations", "title": f"{REPORT}: {TITLE}", "areas": areas,
            "recommendations": recs, "activities": acts}


# ------------------------------------------------------------------ Markdown
def write_md() -> None:
    out = [f"# {TITLE}", "", f"*{REPORT}* – Auditor General for Wales, October 2025", ""]
    out += [p + "\n" for p in INTRO]
    out += [f"**{EXHIBIT}**", "", "| " + " | ".join(COLS) + " |",
            "| --- | --- | --- | --- | --- | --- |"]
    for n, area, text, for_, acc, resp, target in rows():
        out.append(f"| R{n} | **{area}**<br>{text} | {for_} | {acc} | {resp} | {target} |")
    out += ["", SOURCE, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | {esc(REPORT)} | Audit Wales</title>",
         "<style>body{font-family:Arial,sans-serif}table{border-collapse:collapse}"
         "th,td{border:1px solid #999;padding:5px;vertical-align:top}"
         "thead th{background:#2b2a6b;color:#fff}.topic{margin:0 0 4px;color:#2b2a6b}"
         ".badge{border-radius:3px;padding:1px 6px;background:#e0e0e0}</style></head><body>",
         '<nav aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/publications">'
         "Publications</a></nav><main>",
         f'<p class="report-title">{esc(REPORT)}</p>', f"<h1>{esc(TITLE)}</h1>"]
    h += [f"<p>{esc(p)}</p>" for p in INTRO]
    h.append(f"<table><caption>{esc(EXHIBIT)}</caption><thead><tr>"
             + "".join(f'<th scope="col">{esc(c)}</th>' for c in COLS) + "</tr></thead><tbody>")
    for n, area, text, for_, acc, resp, target in rows():
        h.append(f'<tr><th scope="row">R{n}</th><td><p class="topic"><strong>{esc(area)}'
                 f"</strong></p><p>{esc(text)}</p></td><td>{esc(for_)}</td>"
                 f'<td><span class="badge">{acc}</span></td><td><p>{esc(resp)}</p></td>'
                 f"<td>{esc(target)}</td></tr>")
    h += ["</tbody></table>", f'<p class="source">{esc(SOURCE)}</p>', "</main>",
          "<footer>© Auditor General for Wales 2025</footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    doc = new_docx(size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, f"{REPORT} – Audit Wales")
    footer_page_numbers(doc, "Audit Wales")
    doc.add_heading(TITLE, level=1)
    for p in INTRO:
        add_par(doc, p)
    add_par(doc, EXHIBIT, bold=True)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for cell, c in zip(t.rows[0].cells, COLS):
        cell_text(cell, c, bold=True)
        shade(cell, "2B2A6B")
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    set_repeat_header(t.rows[0])
    for n, area, text, for_, acc, resp, target in rows():
        r = t.add_row()
        cell_text(r.cells[0], f"R{n}", bold=True)
        cell_text(r.cells[1], area, bold=True)
        add_par(r.cells[1], text)
        for cell, v in zip(r.cells[2:], (for_, acc, resp, target)):
            cell_text(cell, v)
    add_par(doc, SOURCE, size=8)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(esc(REPORT), st["small"]), P(esc(TITLE), st["title"])]
    story += [P(esc(p), st["body"]) for p in INTRO]
    story.append(P(f"<b>{esc(EXHIBIT)}</b>", st["body"]))
    data = [[P(f"<font color='white'><b>{esc(c)}</b></font>", st["cellb"]) for c in COLS]]
    for n, area, text, for_, acc, resp, target in rows():
        data.append([P(f"<b>R{n}</b>", st["cell"]),
                     [P(f"<b>{esc(area)}</b>", st["cellb"]), P(esc(text), st["cell"])],
                     P(esc(for_), st["cell"]), P(acc, st["cell"]), P(esc(resp), st["cell"]),
                     P(esc(target), st["cell"])])
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2B2A6B"))]
    story.append(Table(data, colWidths=[12 * mm, 80 * mm, 32 * mm, 20 * mm, 90 * mm,
                                        24 * mm], repeatRows=1, style=TableStyle(style)))
    story.append(P(esc(SOURCE), st["small"]))
    build_pdf(OUT / f"{NAME}.pdf", story, f"{REPORT} – Audit Wales", "Audit Wales",
              wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(AREAS), len(list(rows())))
