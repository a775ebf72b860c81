"""rec11a: a recommendations table whose THEME, AREA and PROGRESS cells are MERGED down the
rows of their recommendations (one row per recommendation).

Tackling Poverty Partnership Group: recommendations to the Partnership Council for Wales
(Welsh Government and WLGA, March 2025). Columns: Theme | Area | Progress to date | No. |
Recommendation | Owner(s). Forms:

- .html: rowspan on Theme, Area and Progress cells; progress items an <ol start=N>;
- .docx: vertically merged cells (w:vMerge) in Word, header row repeated;
- .pdf: one printed cell over the rows (reportlab SPAN), the table breaking across pages with
  its header repeated;
- .md: the Markdown a converter gives for merged cells: the text in the first row, the rows
  below left EMPTY in those columns; progress items joined with <br>.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles,
                        set_repeat_header, shade)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "rec11a-poverty-merged-cells"
TITLE = "Tackling Poverty Partnership Group: Recommendations to the Partnership Council for Wales"
DATE_PRINTED = "March 2025"
INTRO = [
    "The Tackling Poverty Partnership Group was set up by the Partnership Council for Wales in "
    "2023 to agree joint action by the Welsh Government and local government following the "
    "Auditor General's report 'Time for Change – Poverty in Wales'.",
    "The table sets out, for each area of work, the progress made to date and the Group's "
    "recommendations, with the organisation(s) responsible. Where more than one owner is "
    "shown, the first named leads.",
]
CLOSE = ["The Partnership Council is asked to endorse the recommendations and to receive a "
         "progress report in March 2026."]

# theme -> [(area no, area name, remit, [(activity no, text)], [(rec no, text, printed owner,
#            owner codes)])]
THEMES = [
    ("Theme A – Income maximisation", "Income maximisation", [
        (1, "Take-up of benefits and entitlements",
         "To increase the take-up of devolved and local entitlements.", [
             (1, "The Welsh Benefits Charter was agreed by the Welsh Government, all 22 "
                 "councils and the Welsh Revenue Authority."),
             (2, "Twelve councils have linked council tax reduction applications with free "
                 "school meals."),
             (3, "Auto-enrolment for the School Essentials Grant is being piloted in two "
                 "councils."),
         ], [
             ("R1", "That every local authority publishes a local take-up plan under the Welsh "
                    "Benefits Charter by March 2026.", "Local authorities", ["LG"]),
             ("R2", "That the Welsh Government and the WLGA agree common data-sharing "
                    "arrangements so that eligibility for one entitlement passports to others.",
              "WG / WLGA", ["WG", "WLGA"]),
             ("R3", "That the auto-enrolment pilots are evaluated before any national "
                    "roll-out.", "WG", ["WG"]),
         ]),
        (2, "Advice services",
         "To make sure people reach independent advice early.", [
             (4, "Single Advice Fund grants were extended to March 2026."),
             (5, "Council advice teams and Single Advice Fund providers were mapped in each "
                 "region."),
         ], [
             ("R4", "That councils and Single Advice Fund providers agree referral pathways in "
                    "each region.", "Local authorities", ["LG"]),
             ("R5", "That the WLGA publishes good practice on advice in libraries and community "
                    "hubs.", "WLGA", ["WLGA"]),
             ("R6", "That multi-year funding for advice services is considered in the next "
                    "grant round.", "Welsh Government", ["WG"]),
         ]),
        (3, "Council tax collection and debt",
         "To collect council tax fairly and avoid pushing households into debt.", [
             (6, "The Council Tax Protocol for Wales was refreshed in 2024."),
             (7, "Data Cymru published comparative data on council tax arrears."),
         ], [
             ("R7", "That all councils adopt the refreshed Council Tax Protocol for Wales.",
              "Local authorities", ["LG"]),
             ("R8", "That annual comparative data on the use of enforcement agents is "
                    "published.", "WLGA / Data Cymru", ["WLGA", "Data Cymru"]),
             ("R9", "That the regulations on council tax liability orders are reviewed.",
              "WG", ["WG"]),
         ]),
    ]),
    ("Theme B – Services and places", "Services and places", [
        (4, "Food and fuel poverty",
         "To move from crisis support to longer-term resilience.", [
             (8, "Food partnerships are funded in every council area."),
             (9, "An evaluation of warm spaces in winter 2023-24 was completed."),
         ], [
             ("R10", "That food partnerships are supported to move from emergency provision to "
                     "food security plans.", "WG / Local authorities", ["WG", "LG"]),
             ("R11", "That a review of warm spaces is carried out with the third sector before "
                     "winter 2025.", "WLGA", ["WLGA"]),
         ]),
        (5, "Child poverty",
         "To put the Child Poverty Strategy for Wales into practice locally.", [
             (10, "The Child Poverty Strategy for Wales was published in January 2024."),
             (11, "Most councils name child poverty in their well-being objectives."),
         ], [
             ("R12", "That each council names a lead member and a lead officer for child "
                     "poverty.", "Local authorities", ["LG"]),
             ("R13", "That the Child Poverty Strategy's measures are published with local "
                     "breakdowns.", "WG / Data Cymru", ["WG", "Data Cymru"]),
             ("R14", "That Public Services Boards report on child poverty actions each year.",
              "Local authorities", ["LG"]),
         ]),
        (6, "Grants and funding",
         "To make anti-poverty funding simpler and longer-term.", [
             (12, "The Audit Wales report found that short-term grants hinder long-term "
                  "planning."),
             (13, "Smaller grants are being merged into the Children and Communities Grant."),
         ], [
             ("R15", "That the number of separate anti-poverty grants is reduced, with "
                     "three-year allocations.", "Welsh Government", ["WG"]),
             ("R16", "That simpler monitoring returns are agreed for anti-poverty grants.",
              "WLGA / WG", ["WLGA", "WG"]),
             ("R17", "That Audit Wales is invited to review progress on these recommendations "
                     "in 2026-27.", "WG / WLGA", ["WG", "WLGA"]),
         ]),
        (7, "Measuring impact",
         "To know whether joint action is making a difference.", [
             (14, "Data Cymru has drafted a shared outcomes framework."),
         ], [
             ("R18", "That the Partnership Council agrees the shared outcomes framework.",
              "WLGA / WG", ["WLGA", "WG"]),
             ("R19", "That councils report against the framework from 2026-27.",
              "Local authorities", ["LG"]),
             ("R20", "That the outcomes data are published on a public dashboard.",
              "Data Cymru", ["Data Cymru"]),
         ]),
    ]),
]


def reading() -> dict:
    areas, recs, acts = [], [], []
    for _printed, theme, area_list in THEMES:
        for no, name, _remit, activities, rows in area_list:
            areas.append({"area_no": str(no), "area": name, "theme": theme})
            for a_no, text in activities:
                acts.append({"activity_no": str(a_no), "area": name, "text": text})
            for r_no, text, _printed_owner, codes in rows:
                recs.append({"rec_id": r_no.lstrip("R"), "rec_label": r_no, "area": name,
                             "text": text, "owners": codes})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


HEAD = ["Theme", "Area", "Progress to date", "No.", "Recommendation", "Owner(s)"]


# ------------------------------------------------------------------ Markdown
def write_md() -> None:
    out = [f"# {TITLE}", "", f"*Welsh Government and Welsh Local Government Association, "
           f"{DATE_PRINTED}*", ""]
    for p in INTRO:
        out += [p, ""]
    out += ["| " + " | ".join(HEAD) + " |", "|" + "---|" * len(HEAD)]
    for printed_theme, _t, area_list in THEMES:
        first_theme = True
        for no, name, remit, activities, rows in area_list:
            progress = "<br>".join(f"{a}. {t}" for a, t in activities)
            for i, (r_no, text, owner, _c) in enumerate(rows):
                theme_cell = f"**{printed_theme}**" if first_theme else ""
                area_cell = f"**Area {no}: {name}**<br>{remit}" if i == 0 else ""
                prog_cell = progress if i == 0 else ""
                out.append(f"| {theme_cell} | {area_cell} | {prog_cell} | {r_no} | {text} | "
                           f"{owner} |")
                first_theme = False
    out += [""] + CLOSE + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | GOV.WALES</title>",
         "<style>table{border-collapse:collapse}th,td{border:1px solid #444;padding:4px;"
         "vertical-align:top}</style></head><body>",
         '<a class="skip" href="#main">Skip to main content</a>',
         '<header><nav><a href="/">GOV.WALES</a> <a href="/topics">Topics</a></nav></header>',
         '<main id="main">', f"<h1>{esc(TITLE)}</h1>",
         '<p class="meta">First published: <time datetime="2025-03-20">20 March 2025</time></p>',
         "<section><h2>Introduction</h2>"]
    h += [f"<p>{esc(p)}</p>" for p in INTRO]
    h += ["</section>", "<section><h2>Recommendations</h2>", "<table>", "<thead><tr>"
          + "".join(f'<th scope="col">{c}</th>' for c in HEAD) + "</tr></thead>", "<tbody>"]
    for printed_theme, _t, area_list in THEMES:
        n_theme = sum(len(a[4]) for a in area_list)
        first_theme = True
        for no, name, remit, activities, rows in area_list:
            for i, (r_no, text, owner, _c) in enumerate(rows):
                cells = []
                if first_theme:
                    cells.append(f'<th scope="rowgroup" rowspan="{n_theme}">'
                                 f"{esc(printed_theme)}</th>")
                    first_theme = False
                if i == 0:
                    cells.append(f'<td rowspan="{len(rows)}"><p><strong>Area {no}: '
                                 f"{esc(name)}</strong></p><p>{esc(remit)}</p></td>")
                    start = activities[0][0]
                    cells.append(f'<td rowspan="{len(rows)}"><ol start="{start}">'
                                 + "".join(f"<li>{esc(t)}</li>" for _a, t in activities)
                                 + "</ol></td>")
                cells += [f"<td>{r_no}</td>", f"<td>{esc(text)}</td>", f"<td>{esc(owner)}</td>"]
                h.append("<tr>" + "".join(cells) + "</tr>")
    h += ["</tbody></table>", "</section>"]
    h += [f"<p>{esc(p)}</p>" for p in CLOSE]
    h += ["</main>", "<footer><p>Crown copyright. Open Government Licence v3.0.</p></footer>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h), encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm
    doc = new_docx(size=9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, "Tackling Poverty Partnership Group – Recommendations")
    footer_page_numbers(doc, "Partnership Council for Wales, " + DATE_PRINTED)
    doc.add_heading(TITLE, level=1)
    add_par(doc, "Welsh Government and Welsh Local Government Association – " + DATE_PRINTED)
    for p in INTRO:
        add_par(doc, p)
    n_rows = sum(len(a[4]) for _p, _t, al in THEMES for a in al)
    t = doc.add_table(rows=1 + n_rows, cols=6)
    t.style = "Table Grid"
    for i, c in enumerate(HEAD):
        cell_text(t.cell(0, i), c, bold=True)
        shade(t.cell(0, i), "D9E2F3")
    set_repeat_header(t.rows[0])
    r = 1
    for printed_theme, _t, area_list in THEMES:
        theme_top = r
        for no, name, remit, activities, rows in area_list:
            area_top = r
            for r_no, text, owner, _c in rows:
                cell_text(t.cell(r, 3), r_no)
                cell_text(t.cell(r, 4), text)
                cell_text(t.cell(r, 5), owner)
                r += 1
            a = t.cell(area_top, 1)
            if len(rows) > 1:
                a = a.merge(t.cell(r - 1, 1))
            cell_text(a, f"Area {no}: {name}", bold=True)
            add_par(a, remit)
            pcell = t.cell(area_top, 2)
            if len(rows) > 1:
                pcell = pcell.merge(t.cell(r - 1, 2))
            cell_text(pcell, f"{activities[0][0]}. {activities[0][1]}")
            for a_no, text in activities[1:]:
                add_par(pcell, f"{a_no}. {text}")
        th = t.cell(theme_top, 0).merge(t.cell(r - 1, 0))
        cell_text(th, printed_theme, bold=True)
    widths = [Cm(2.6), Cm(4.2), Cm(6.8), Cm(1.2), Cm(7.6), Cm(3)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    add_par(doc, "")
    for p in CLOSE:
        add_par(doc, p)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    s = pdf_styles(9)
    story = [P(esc(TITLE), s["title"]),
             P("Welsh Government and Welsh Local Government Association – " + DATE_PRINTED,
               s["body"])]
    story += [P(esc(p), s["body"]) for p in INTRO] + [Spacer(1, 3 * mm)]
    data = [[P(c, s["cellb"]) for c in HEAD]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    r = 1
    for printed_theme, _t, area_list in THEMES:
        theme_top = r
        for no, name, remit, activities, rows in area_list:
            area_top = r
            for i, (r_no, text, owner, _c) in enumerate(rows):
                row = ["", "", "", P(r_no, s["cell"]), P(esc(text), s["cell"]),
                       P(esc(owner), s["cell"])]
                if i == 0:
                    row[1] = [P(f"<b>Area {no}: {esc(name)}</b>", s["cell"]),
                              P(esc(remit), s["cell"])]
                    row[2] = [P(f"{a}. {esc(tx)}", s["cell"]) for a, tx in activities]
                if r == theme_top:
                    row[0] = P(f"<b>{esc(printed_theme)}</b>", s["cell"])
                data.append(row)
                r += 1
            style += [("SPAN", (1, area_top), (1, r - 1)), ("SPAN", (2, area_top), (2, r - 1))]
        style.append(("SPAN", (0, theme_top), (0, r - 1)))
    t = Table(data, colWidths=[26 * mm, 42 * mm, 68 * mm, 12 * mm, 76 * mm, 30 * mm],
              repeatRows=1)
    t.setStyle(TableStyle(style))
    story += [t, Spacer(1, 4 * mm)] + [P(esc(p), s["body"]) for p in CLOSE]
    build_pdf(OUT / f"{NAME}.pdf", story, "Tackling Poverty Partnership Group – "
              "Recommendations", "Partnership Council for Wales, " + DATE_PRINTED, wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
