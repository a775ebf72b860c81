"""rec37b: a working group's recommendations table of the SHIPPED KIND with its COLUMNS IN
ANOTHER ORDER: `Recommendation | Owner | Area | No.` (the number in the LAST column, owners
as codes with a key above the table), and the activities in a SEPARATE later table
`Area | What is already happening` keyed by area name, one area named differently there
("Procurement & social value" for the recommendations table's "Procurement and social
value"), its activities unnumbered bullets in the cell. The Working Group on Local
Government Commercial Capacity's recommendations to the Partnership Council for Wales,
November 2025 (the real Partnership Council; the group and content invented).

The reading: areas the five names of the Area column (first-seen order), no themes (the
paper has none); recommendations No. 1-13 (rec_id the No. column), text the Recommendation
cell, owners the Owner codes ("WLGA/LG" both, "WG / WLGA" both); activities the bullets of
the second table (8, unnumbered: activity_no None), area the recommendations table's name
for the row's area ("Procurement & social value" is "Procurement and social value").
Forms: .docx landscape, two Table Grid tables with a repeated shaded header row, owners
bold, activities List Bullet paragraphs in the cell; .pdf landscape print of the Word file;
.html a GOV.WALES publication page; .txt the shipped extraction's shape (markdown-ish
headings, tab-separated rows whose cells hold HTML fragments).
"""
from __future__ import annotations

from common37 import gov_page
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, set_repeat_header, shade)

NAME = "rec37b-working-group-columns-reordered"
TITLE = ("Working Group on Local Government Commercial Capacity: Recommendations to the "
         "Partnership Council for Wales")
DATE = "November 2025"
INTRO = ("The Working Group was established by the Partnership Council for Wales in January "
         "2025 to consider how councils can strengthen procurement, commercial income and "
         "shared services. Its recommendations are set out in Table 1 and the work already "
         "under way in Table 2.")
KEY = ("Owner: WG = Welsh Government; WLGA = Welsh Local Government Association; LG = local "
       "government (the 22 councils).")

# (No., recommendation, printed owner, owner codes, area) — typed by hand
RECS = [
    (1, "That councils implement the Procurement Act 2023 and the Procurement (Wales) Act 2023 "
        "through a shared implementation plan co-ordinated by the WLGA.", "WLGA/LG",
     ["WLGA", "LG"], "Procurement and social value"),
    (2, "That the Welsh Government funds a common framework for measuring social value, for "
        "use by all councils from April 2026.", "WG", ["WG"], "Procurement and social value"),
    (3, "That councils publish a pipeline of contracts worth more than £100,000 at least 12 "
        "months ahead.", "LG", ["LG"], "Procurement and social value"),
    (4, "That the Welsh Government clarifies the powers of councils to trade and to charge for "
        "discretionary services.", "WG", ["WG"], "Commercial income"),
    (5, "That the WLGA establishes a network of commercial practitioners to share business "
        "cases and lessons learned.", "WLGA", ["WLGA"], "Commercial income"),
    (6, "That councils agree common principles for setting fees and charges and review them "
        "every year.", "LG", ["LG"], "Commercial income"),
    (7, "That the Welsh Government and the WLGA jointly commission a feasibility study of "
        "shared payroll and HR systems.", "WG / WLGA", ["WG", "WLGA"],
     "Shared back-office services"),
    (8, "That councils in the same region consider joint ICT procurement when their current "
        "contracts end.", "LG", ["LG"], "Shared back-office services"),
    (9, "That the WLGA develops a commercial skills programme for officers and elected "
        "members.", "WLGA", ["WLGA"], "Skills and capacity"),
    (10, "That the Welsh Government funds 20 procurement trainee posts in councils for three "
         "years.", "WG", ["WG"], "Skills and capacity"),
    (11, "That councils include commercial awareness in member induction after the 2027 local "
         "elections.", "LG", ["LG"], "Skills and capacity"),
    (12, "That the Welsh Government and councils publish spend over £25,000 in a common open "
         "data format.", "WG / LG", ["WG", "LG"], "Spend data and transparency"),
    (13, "That the WLGA reports progress on these recommendations to the Partnership Council "
         "every six months.", "WLGA", ["WLGA"], "Spend data and transparency"),
]
# (area as printed in Table 2, area as the reader files it, [activities])
ACTIVITIES = [
    ("Procurement & social value", "Procurement and social value", [
        "Eleven councils already report social value using the national themes, outcomes and "
        "measures framework.",
        "The WLGA has run six briefing sessions on the new procurement legislation for "
        "council procurement leads."]),
    ("Commercial income", "Commercial income", [
        "A survey of councils' trading companies was completed in June 2025.",
        "Case studies of income generation from four councils have been published."]),
    ("Shared back-office services", "Shared back-office services", [
        "Three councils in the Cardiff Capital Region already share a single payroll system."]),
    ("Skills and capacity", "Skills and capacity", [
        "The Welsh Government funded a procurement graduate scheme with 12 places in 2024-25.",
        "Procurement staff in 15 councils have completed the national procurement learning "
        "modules."]),
    ("Spend data and transparency", "Spend data and transparency", [
        "All 22 councils publish spend over £500 on their websites, in different formats."]),
]


def reading() -> dict:
    areas: list[str] = []
    for *_x, area in RECS:
        if area not in areas:
            areas.append(area)
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a in areas],
            "recommendations": [{"rec_id": str(n), "area": a, "text": t, "owners": o}
                                for n, t, _p, o, a in RECS],
            "activities": [{"activity_no": None, "area": filed, "text": t}
                           for _printed, filed, acts in ACTIVITIES for t in acts]}


H1 = ["Recommendation", "Owner", "Area", "No."]
H2 = ["Area", "What is already happening"]
T1 = "Table 1: Recommendations"
T2 = "Table 2: What is already happening"


def write_txt() -> None:
    out = ["", "", f"## {TITLE}", "", f"### {DATE}", "", INTRO, "", KEY, "", f"#### {T1}", "",
           "\t".join(H1)]
    for n, t, printed, _o, a in RECS:
        out.append(f"<p>{esc(t)}</p>\t<p><b>{esc(printed)}</b></p>\t<p>{esc(a)}</p>\t"
                   f"<p>{n}</p>")
    out += ["", f"#### {T2}", "", "\t".join(H2)]
    for printed, _f, acts in ACTIVITIES:
        out.append(f"<p><b>{esc(printed)}</b></p>\t<ul> "
                   + " ".join(f"<li>{esc(x)}</li>" for x in acts) + " </ul>")
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>",
         f'<p class="first-published">First published: 27 {DATE}</p>',
         '<p class="part-of">Part of: <a href="#">Local government reform</a></p>',
         f"<p>{esc(INTRO)}</p>", f"<p>{esc(KEY)}</p>",
         f"<h2>{T1}</h2>", '<table class="govwales-table"><thead><tr>'
         + "".join(f'<th scope="col">{esc(h)}</th>' for h in H1) + "</tr></thead><tbody>"]
    for n, t, printed, _o, a in RECS:
        b.append(f"<tr><td>{esc(t)}</td><td><strong>{esc(printed)}</strong></td>"
                 f"<td>{esc(a)}</td><td>{n}</td></tr>")
    b += ["</tbody></table>", f"<h2>{T2}</h2>",
          '<table class="govwales-table"><thead><tr>'
          + "".join(f'<th scope="col">{esc(h)}</th>' for h in H2) + "</tr></thead><tbody>"]
    for printed, _f, acts in ACTIVITIES:
        b.append(f'<tr><th scope="row">{esc(printed)}</th><td><ul>'
                 + "".join(f"<li>{esc(x)}</li>" for x in acts) + "</ul></td></tr>")
    b.append("</tbody></table>")
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Partnership Council for Wales"], b),
        encoding="utf-8")


def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    doc = new_docx(font="Arial", size=11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, "Working Group on Local Government Commercial Capacity")
    footer_page_numbers(doc, f"Partnership Council for Wales – {DATE}")
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(DATE)
    doc.add_paragraph(INTRO)
    doc.add_paragraph(KEY)
    doc.add_heading(T1, level=2)
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, H1):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    set_repeat_header(tb.rows[0])
    for n, t, printed, _o, a in RECS:
        cells = tb.add_row().cells
        cell_text(cells[0], t)
        cell_text(cells[1], printed, bold=True)
        cell_text(cells[2], a)
        cell_text(cells[3], str(n))
    doc.add_paragraph()
    doc.add_heading(T2, level=2)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, H2):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    set_repeat_header(tb.rows[0])
    for printed, _f, acts in ACTIVITIES:
        cells = tb.add_row().cells
        cell_text(cells[0], printed, bold=True)
        first = cells[1].paragraphs[0]
        first.style = doc.styles["List Bullet"]
        first.add_run(acts[0])
        for x in acts[1:]:
            cells[1].add_paragraph(x, style="List Bullet")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    from reportlab.platypus import Table, TableStyle
    st = pdf_styles(9)
    story = [P(esc(TITLE), st["title"]), P(DATE, st["body"]), P(esc(INTRO), st["body"]),
             P(esc(KEY), st["body"]), P(T1, st["h2"])]
    rows = [[P(f"<b>{h}</b>", st["cell"]) for h in H1]]
    for n, t, printed, _o, a in RECS:
        rows.append([P(esc(t), st["cell"]), P(f"<b>{esc(printed)}</b>", st["cell"]),
                     P(esc(a), st["cell"]), P(str(n), st["cell"])])
    t1 = Table(rows, colWidths=[150 * mm, 30 * mm, 60 * mm, 15 * mm], repeatRows=1)
    t1.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                          colors.HexColor("#D9E2F3"))]))
    story += [t1, P(T2, st["h2"])]
    rows = [[P(f"<b>{h}</b>", st["cell"]) for h in H2]]
    for printed, _f, acts in ACTIVITIES:
        rows.append([P(f"<b>{esc(printed)}</b>", st["cell"]),
                     [P("•&nbsp;&nbsp;" + esc(x), st["cell"]) for x in acts]])
    t2 = Table(rows, colWidths=[60 * mm, 195 * mm], repeatRows=1)
    t2.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                          colors.HexColor("#D9E2F3"))]))
    story.append(t2)
    build_pdf(OUT / f"{NAME}.pdf", story, "Working Group on Local Government Commercial Capacity",
              f"Partnership Council for Wales – {DATE}", wide=True)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(RECS))
