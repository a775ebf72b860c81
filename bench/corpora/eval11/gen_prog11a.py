"""prog11a: a delivery plan printed as a Gantt chart.

WLGA Climate Change Support Programme 2025-26, position at the end of Quarter 2 (16 October
2025). One table per workstream: Ref | Milestone | Lead | Apr–Jun | Jul–Sep | Oct–Dec |
Jan–Mar | Progress. The quarters a milestone is scheduled in are SHADED (no word in the
cell: dark blue fill in Word, web page and PDF; "■" in the Markdown export), the progress is a
SYMBOL with a key (✔ complete, ◐ under way, ○ not started, ▲ behind schedule). Grants are
a definition list (web page), tab-leader lines (Word), a borderless table (PDF), a Markdown
definition list (text).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import *  # noqa: F401,F403
from gen_common import (GRID, OUT, P, Pt, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles,
                        set_repeat_header, shade)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog11a-climate-delivery-plan"
TITLE = "Climate Change Support Programme 2025-26: Delivery Plan – position at the end of Quarter 2"
DATE_PRINTED = "16 October 2025"
BAR = "1F4E79"  # the plan's bar colour
QUARTERS = ["Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"]
SYMBOLS = {"done": "✔", "in progress": "◐", "planned": "○", "at risk": "▲"}
KEY = "Key: ✔ complete   ◐ under way, on schedule   ○ not yet started   ▲ behind schedule"

INTRO = [
    "This paper reports progress against the 2025-26 delivery plan of the WLGA Climate Change "
    "Support Programme, which supports all 22 councils towards a net zero public sector in "
    "Wales by 2030. It is presented to the Local Government Decarbonisation Strategy Panel.",
    "Each milestone is shown against the quarter or quarters in which it is scheduled "
    "(shaded). The progress column shows the position at 30 September 2025.",
]
PRIORITIES_LEAD = "The priorities agreed by the Panel for 2025-26 are:"
PRIORITIES = ["Decarbonising council buildings and energy",
              "Fleet and mobility",
              "Procurement and supply chains",
              "Land use, nature and adaptation"]

# (ref, milestone, lead, first quarter, last quarter, status) -- status as the symbol says
WORKSTREAMS = [
    ("1", "Buildings and energy", [
        ("1.1", "Publish updated net zero buildings guidance for councils", "WLGA", 1, 1, "done"),
        ("1.2", "Run two regional workshops on heat decarbonisation plans for council estates",
         "WLGA / Local Partnerships", 1, 2, "done"),
        ("1.3", "Complete a review of Low Carbon Heat Capital Grant projects with the 18 "
         "participating councils", "WLGA", 2, 3, "in progress"),
        ("1.4", "Agree a common method for display energy certificate data", "Data Cymru", 3, 3,
         "planned"),
        ("1.5", "Pilot a shared framework for solar PV on council roofs in two councils",
         "Local Partnerships", 3, 4, "at risk"),
        ("1.6", "Report lessons from the heat pump pilots to the Panel", "WLGA", 4, 4, "planned"),
    ]),
    ("2", "Fleet and mobility", [
        ("2.1", "Publish a fleet transition toolkit for council fleet managers",
         "WLGA / Energy Saving Trust", 1, 1, "done"),
        ("2.2", "Map charging infrastructure at council depots in all 22 councils",
         "Energy Saving Trust", 2, 2, "done"),
        ("2.3", "Commission a joint procurement exercise for electric refuse collection vehicles",
         "WLGA", 2, 3, "at risk"),
        ("2.4", "Collect grey fleet (staff mileage) data from councils", "Data Cymru", 3, 3,
         "in progress"),
        ("2.5", "Hold a national meeting of the fleet managers' network", "WLGA", 4, 4,
         "planned"),
    ]),
    ("3", "Procurement and supply chains", [
        ("3.1", "Issue guidance on carbon in procurement", "CIPFA / WLGA", 1, 2, "done"),
        ("3.2", "Deliver four supplier-emissions training sessions for council procurement "
         "teams", "WLGA", 2, 3, "in progress"),
        ("3.3", "Agree a standard question set for suppliers' carbon reduction plans", "WLGA",
         3, 3, "in progress"),
        ("3.4", "Test the standard question set in three live tenders", "WLGA", 4, 4, "planned"),
        ("3.5", "Publish a baseline of supply chain emissions for 2024-25", "Data Cymru", 4, 4,
         "at risk"),
    ]),
    ("4", "Land use, nature and adaptation", [
        ("4.1", "Complete the mapping of council-owned land for tree planting and peatland "
         "restoration", "WLGA", 1, 2, "done"),
        ("4.2", "Publish climate adaptation case studies from six councils", "WLGA", 2, 2,
         "done"),
        ("4.3", "Hold a members' seminar on flood risk and adaptation", "WLGA", 3, 3,
         "planned"),
        ("4.4", "Support councils to prepare local area energy plans", "WLGA / Energy Systems "
         "Catapult", 1, 4, "in progress"),
        ("4.5", "Evaluate the nature recovery pilots", "WLGA", 4, 4, "planned"),
    ]),
    ("5", "Leadership, skills and reporting", [
        ("5.1", "Deliver carbon literacy training for 150 elected members", "WLGA", 1, 4,
         "in progress"),
        ("5.2", "Support councils with their annual net zero reporting returns", "WLGA / Data "
         "Cymru", 2, 2, "done"),
        ("5.3", "Publish the all-Wales local government emissions summary for 2024-25",
         "Data Cymru", 3, 3, "in progress"),
        ("5.4", "Refresh the climate change pages of the WLGA website", "WLGA", 2, 2,
         "at risk"),
        ("5.5", "Convene the Decarbonisation Strategy Panel each quarter", "WLGA", 1, 4,
         "in progress"),
        ("5.6", "Prepare the 2026-27 delivery plan and grant application", "WLGA", 4, 4,
         "planned"),
    ]),
]
KNOWN_ORGS = {"Data Cymru", "CIPFA"}  # of data/raw/organisations.csv named in a Lead cell

FUNDING_LEAD = ("The programme is funded by the Welsh Government. Funding confirmed for "
                "2025-26 is:")
GRANTS = [("Climate Change Support Programme grant", 1_050_000, "£1,050,000"),
          ("Local area energy planning support grant", 300_000, "£300,000"),
          ("Fleet transition feasibility fund", 150_000, "£150,000")]
TOTAL = "£1,500,000"
NEXT = [
    "The Panel is asked to note progress at the end of Quarter 2 and the milestones behind "
    "schedule (▲), and to agree that the 2026-27 delivery plan is brought to its meeting in "
    "February 2026.",
]


def reading() -> dict:
    items = []
    for no, _name, rows in WORKSTREAMS:
        for ref, text, lead, _q0, q1, status in rows:
            partners = [o for o in KNOWN_ORGS if o in lead]
            items.append({"section": no, "ref": ref, "text": text, "status": status,
                          "quarter": f"2025-26 Q{q1}", "partners": sorted(partners)})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-16",
            "priorities": PRIORITIES, "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": "2025-26"}
                       for g, a, _ in GRANTS]}


# ------------------------------------------------------------------ Markdown
def write_md() -> None:
    out = [f"# {TITLE}", "", "**Welsh Local Government Association**  ",
           f"Report to the Local Government Decarbonisation Strategy Panel, {DATE_PRINTED}", ""]
    for p in INTRO:
        out += [p, ""]
    out += ["## Priorities for 2025-26", "", PRIORITIES_LEAD, ""]
    out += [f"- {p}" for p in PRIORITIES] + [""]
    out += ["## Progress against the delivery plan", "", KEY, "",
            "Shaded quarters (■) show when each milestone is scheduled.", ""]
    for no, name, rows in WORKSTREAMS:
        out += [f"### Workstream {no}: {name}", "",
                "| Ref | Milestone | Lead | " + " | ".join(QUARTERS) + " | Progress |",
                "|---|---|---|:-:|:-:|:-:|:-:|:-:|"]
        for ref, text, lead, q0, q1, status in rows:
            marks = ["■" if q0 <= q <= q1 else " " for q in range(1, 5)]
            out.append(f"| {ref} | {text} | {lead} | " + " | ".join(marks)
                       + f" | {SYMBOLS[status]} |")
        out.append("")
    out += ["## Funding", "", FUNDING_LEAD, ""]
    for g, _a, printed in GRANTS:
        out += [g, f":   {printed}", ""]
    out += ["Total", f":   {TOTAL}", ""]
    out += ["## Recommendation", ""] + NEXT + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title>",
         "<style>td.bar{background-color:#1f4e79}td.sym{text-align:center;font-size:1.2em}"
         "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
         "</head><body>",
         '<header class="site-header"><a href="/">WLGA</a><nav><ul><li><a href="/climate">'
         "Climate change</a></li><li><a href=\"/news\">News</a></li></ul></nav></header>",
         "<main>", f"<h1>{esc(TITLE)}</h1>",
         f'<p class="meta">Report to the Local Government Decarbonisation Strategy Panel, '
         f'<time datetime="2025-10-16">{DATE_PRINTED}</time></p>']
    h += [f"<p>{esc(p)}</p>" for p in INTRO]
    h += ["<h2>Priorities for 2025-26</h2>", f"<p>{esc(PRIORITIES_LEAD)}</p>", "<ul>"]
    h += [f"<li>{esc(p)}</li>" for p in PRIORITIES] + ["</ul>"]
    h += ["<h2>Progress against the delivery plan</h2>", f'<p class="key">{esc(KEY)}</p>']
    for no, name, rows in WORKSTREAMS:
        h += [f"<h3>Workstream {no}: {esc(name)}</h3>", "<table>",
              f"<caption>Workstream {no} milestones, 2025-26</caption>",
              '<thead><tr><th scope="col" rowspan="2">Ref</th><th scope="col" rowspan="2">'
              'Milestone</th><th scope="col" rowspan="2">Lead</th>'
              '<th scope="colgroup" colspan="4">2025-26</th>'
              '<th scope="col" rowspan="2">Progress</th></tr><tr>'
              + "".join(f'<th scope="col">{q}</th>' for q in QUARTERS) + "</tr></thead><tbody>"]
        for ref, text, lead, q0, q1, status in rows:
            cells = "".join('<td class="bar"></td>' if q0 <= q <= q1 else "<td></td>"
                            for q in range(1, 5))
            h.append(f"<tr><td>{ref}</td><td>{esc(text)}</td><td>{esc(lead)}</td>{cells}"
                     f'<td class="sym">{SYMBOLS[status]}</td></tr>')
        h += ["</tbody></table>"]
    h += ["<h2>Funding</h2>", f"<p>{esc(FUNDING_LEAD)}</p>", "<dl>"]
    for g, _a, printed in GRANTS:
        h += [f"<dt>{esc(g)}</dt><dd>{printed}</dd>"]
    h += [f"<dt>Total</dt><dd>{TOTAL}</dd>", "</dl>", "<h2>Recommendation</h2>"]
    h += [f"<p>{esc(p)}</p>" for p in NEXT]
    h += ["</main>", "<footer><p>© Welsh Local Government Association</p></footer>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h), encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    doc = new_docx(size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, "WLGA Climate Change Support Programme – Delivery Plan 2025-26")
    footer_page_numbers(doc, "Decarbonisation Strategy Panel, " + DATE_PRINTED)
    doc.add_heading(TITLE, level=0)
    add_par(doc, "Report to the Local Government Decarbonisation Strategy Panel")
    add_par(doc, DATE_PRINTED)
    for p in INTRO:
        add_par(doc, p)
    doc.add_heading("Priorities for 2025-26", level=1)
    add_par(doc, PRIORITIES_LEAD)
    for p in PRIORITIES:
        add_par(doc, p, style="List Bullet")
    doc.add_heading("Progress against the delivery plan", level=1)
    add_par(doc, KEY)
    for no, name, rows in WORKSTREAMS:
        doc.add_heading(f"Workstream {no}: {name}", level=2)
        t = doc.add_table(rows=2, cols=8)
        t.style = "Table Grid"
        hdr = ["Ref", "Milestone", "Lead", "", "", "", "", "Progress"]
        for i, txt in enumerate(hdr):
            cell_text(t.rows[0].cells[i], txt, bold=True)
        for i, q in enumerate(QUARTERS):
            cell_text(t.rows[1].cells[3 + i], q, bold=True)
        cell_text(t.rows[0].cells[3], "2025-26", bold=True)
        t.cell(0, 3).merge(t.cell(0, 6))
        cell_text(t.cell(0, 3), "2025-26", bold=True)
        for c in (0, 1, 2, 7):
            top = t.cell(0, c)
            txt = hdr[c]
            top.merge(t.cell(1, c))
            cell_text(top, txt, bold=True)
        set_repeat_header(t.rows[0])
        set_repeat_header(t.rows[1])
        for ref, text, lead, q0, q1, status in rows:
            r = t.add_row().cells
            cell_text(r[0], ref)
            cell_text(r[1], text)
            cell_text(r[2], lead)
            for q in range(1, 5):
                cell_text(r[2 + q], "")
                if q0 <= q <= q1:
                    shade(r[2 + q], BAR)
            cell_text(r[7], SYMBOLS[status], size=12)
        widths = [Cm(1.2), Cm(9.5), Cm(4), Cm(1.8), Cm(1.8), Cm(1.8), Cm(1.8), Cm(2)]
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = w
    doc.add_heading("Funding", level=1)
    add_par(doc, FUNDING_LEAD)
    for g, _a, printed in GRANTS + [("Total", 0, TOTAL)]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(12))
        r = p.add_run(f"{g}\t{printed}")
        r.bold = g == "Total"
    doc.add_heading("Recommendation", level=1)
    for p in NEXT:
        add_par(doc, p)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    s = pdf_styles(9)
    story = [P(TITLE, s["title"]),
             P("Report to the Local Government Decarbonisation Strategy Panel — " + DATE_PRINTED,
               s["body"])]
    story += [P(p, s["body"]) for p in INTRO]
    story += [P("Priorities for 2025-26", s["h1"]), P(PRIORITIES_LEAD, s["body"])]
    story += [P(f"•&nbsp;&nbsp;{esc(p)}", s["body"]) for p in PRIORITIES]
    story += [P("Progress against the delivery plan", s["h1"]), P(KEY, s["body"])]
    for no, name, rows in WORKSTREAMS:
        story.append(P(f"Workstream {no}: {esc(name)}", s["h2"]))
        data = [[P("Ref", s["cellb"]), P("Milestone", s["cellb"]), P("Lead", s["cellb"]),
                 P("2025-26", s["cellb"]), "", "", "", P("Progress", s["cellb"])],
                ["", "", ""] + [P(q, s["cellb"]) for q in QUARTERS] + [""]]
        style = list(GRID) + [("SPAN", (3, 0), (6, 0)), ("SPAN", (0, 0), (0, 1)),
                              ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)),
                              ("SPAN", (7, 0), (7, 1)),
                              ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#D9D9D9"))]
        for i, (ref, text, lead, q0, q1, status) in enumerate(rows, start=2):
            data.append([P(ref, s["cell"]), P(esc(text), s["cell"]), P(esc(lead), s["cell"]),
                         "", "", "", "", P(SYMBOLS[status], s["cell"])])
            for q in range(q0, q1 + 1):
                style.append(("BACKGROUND", (2 + q, i), (2 + q, i), colors.HexColor("#" + BAR)))
        t = Table(data, colWidths=[12 * mm, 105 * mm, 45 * mm, 20 * mm, 20 * mm, 20 * mm,
                                   20 * mm, 17 * mm], repeatRows=2)
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 4 * mm)]
    story += [P("Funding", s["h1"]), P(FUNDING_LEAD, s["body"])]
    ft = Table([[P(esc(g), s["body"]), P(pr, s["body"])] for g, _a, pr in GRANTS]
               + [[P("<b>Total</b>", s["body"]), P(f"<b>{TOTAL}</b>", s["body"])]],
               colWidths=[90 * mm, 40 * mm])
    ft.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black)]))
    story += [ft, P("Recommendation", s["h1"])] + [P(esc(p), s["body"]) for p in NEXT]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Climate Change Support Programme – Delivery "
              "Plan 2025-26", "Decarbonisation Strategy Panel, " + DATE_PRINTED, wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
