"""rec29a: a recommendations paper of the SHIPPED KIND by other hands, AS A TABLE: the joint
WLGA / Welsh Government "Local Government Workforce Working Group" reporting to the
Partnership Council for Wales (real bodies; group, text and figures invented), September 2026.

Layout (not tried by eval11-14 or eval21): ONE table `Area | Activity underway or completed |
No. | Recommendation | Lead`, **one row per recommendation**, the Area and Activity cells
filled only in an area's FIRST row and left EMPTY (not merged) in the rows below it, the
themes as full-width rows inside the table ("Theme A: Attracting and recruiting"); activities
as unnumbered "•" lines in their cell; the owners in a Lead column ("WG", "WLGA / WG",
"Councils", "WLGA"); one area with no activity yet ("None to date").

The reading: areas the Area cells under their theme rows; recommendations No. 1-10 with the
Lead column's owners as codes (Councils = LG); activities the bullet lines (no number: None);
"None to date" is not an activity.
Forms: .md GitHub pipe table (theme rows as a bold first cell with empty cells beside it,
activities joined with "<br>"); .html GOV.WALES-like page, theme rows `<th colspan="5">`;
.docx Word table with the theme rows merged across (gridSpan) and a repeated header row;
.pdf landscape, the table running over pages with the header repeated.
"""
from __future__ import annotations

from chrome29 import page
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles,
                        set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec29a-workforce-working-group-table"
TITLE = "Local Government Workforce Working Group: recommendations to the Partnership Council"
INTRO = ("The Working Group was set up by the Partnership Council for Wales in October 2025 to "
         "agree joint action by the Welsh Government, the WLGA and councils on the local "
         "government workforce. This table sets out, for each area the Group considered, "
         "the activity already under way and the Group's recommendations. Leads: WG = Welsh "
         "Government; WLGA = Welsh Local Government Association; Councils = the 22 principal "
         "councils.")
CODES = {"WG": "WG", "WLGA": "WLGA", "Councils": "LG"}
# theme -> [(area, [activities], [(no, rec, lead)])]
THEMES = [
    ("Theme A: Attracting and recruiting", [
        ("Careers and entry routes",
         ["The 'Choose Local Government' careers campaign ran from June to October 2025.",
          "Eight councils piloted a shared apprenticeship scheme in 2025-26."],
         [("1", "That the careers campaign is funded for a further three years from 2027-28.",
           "WG"),
          ("2", "That every council offers at least one apprenticeship or graduate entry route "
           "in each directorate by March 2028.", "Councils")]),
        ("Hard-to-fill roles",
         ["A survey of vacancies in planning, social work and environmental health was "
          "completed in January 2026."],
         [("3", "That a national bursary scheme is established for planning and environmental "
           "health students who agree to work in Welsh councils.", "WLGA / WG"),
          ("4", "That councils agree a shared approach to market supplements through the HR "
           "Directors Network.", "Councils")]),
    ]),
    ("Theme B: Developing and keeping people", [
        ("Leadership development",
         ["Academi Wales and the WLGA delivered the first cohort of the middle managers' "
          "programme."],
         [("5", "That the middle managers' programme is offered to all 22 councils from "
           "April 2027.", "WLGA")]),
        ("Wellbeing and fair work",
         ["A workforce wellbeing survey of 11,000 staff was completed in March 2026.",
          "A fair work toolkit for councils was agreed with the trade unions."],
         [("6", "That the fair work toolkit is adopted as an agreement of the Workforce "
           "Partnership Council.", "WLGA / WG"),
          ("7", "That councils report staff wellbeing measures in their annual "
           "self-assessment reports.", "Councils")]),
    ]),
    ("Theme C: Planning the workforce", [
        ("Workforce data",
         ["Data Cymru published the first national local government workforce dataset for "
          "2024-25."],
         [("8", "That the national workforce dataset is updated every year and extended to "
           "agency and interim staff.", "WLGA"),
          ("9", "That the Welsh Government funds a common workforce planning tool for all "
           "councils.", "WG")]),
        ("Future skills", [],
         [("10", "That a joint WLGA and Welsh Government review of digital and AI skills in "
           "councils reports to the Partnership Council by December 2027.", "WLGA / WG")]),
    ]),
]
HEAD = ["Area", "Activity underway or completed", "No.", "Recommendation", "Lead"]


def owners(lead: str) -> list[str]:
    return [CODES[x.strip()] for x in lead.split("/")]


def reading() -> dict:
    areas, recs, acts = [], [], []
    for theme, rows in THEMES:
        for area, activities, rr in rows:
            areas.append({"area": area, "theme": theme.split(": ", 1)[1]})
            acts += [{"activity_no": None, "area": area, "text": a} for a in activities]
            recs += [{"rec_id": n, "area": area, "text": t, "owners": owners(lead)}
                     for n, t, lead in rr]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def table_rows():
    """[("theme", text)] or [("row", area, activities, no, rec, lead)], areas only once."""
    for theme, rows in THEMES:
        yield ("theme", theme)
        for area, activities, rr in rows:
            for k, (n, t, lead) in enumerate(rr):
                if k == 0:
                    yield ("row", area, activities or ["None to date."], n, t, lead)
                else:
                    yield ("row", "", [], n, t, lead)


def write_md() -> None:
    out = [f"# {TITLE}", "", "*Partnership Council for Wales, September 2026*", "", INTRO, "",
           "| " + " | ".join(HEAD) + " |", "|---|---|---|---|---|"]
    for r in table_rows():
        if r[0] == "theme":
            out.append(f"| **{r[1]}** |  |  |  |  |")
        else:
            out.append(f"| {r[1]} | {'<br>'.join('• ' + a for a in r[2])} | {r[3]} | {r[4]} "
                       f"| {r[5]} |")
    out += ["", "Secretariat: WLGA and Welsh Government Local Government Division."]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<p class="first-published">First published: 24 September 2026</p>',
            f"<p>{esc(INTRO)}</p>", '<div class="table-wrapper"><table class="govwales-table">',
            "<thead><tr>" + "".join(f'<th scope="col">{esc(h)}</th>' for h in HEAD)
            + "</tr></thead><tbody>"]
    for r in table_rows():
        if r[0] == "theme":
            body.append(f'<tr class="theme"><th colspan="5" scope="rowgroup">{esc(r[1])}</th></tr>')
        else:
            acts = "".join(f"<p>• {esc(a)}</p>" for a in r[2])
            body.append(f"<tr><td>{esc(r[1])}</td><td>{acts}</td><td>{r[3]}</td>"
                        f"<td>{esc(r[4])}</td><td>{esc(r[5])}</td></tr>")
    body += ["</tbody></table></div>",
             "<p>Secretariat: WLGA and Welsh Government Local Government Division.</p>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "GOV.WALES", ["Home", "Local government", "Partnership Council for Wales"],
        body, ["Business and economy", "Education", "Health and social care",
               "Local government", "Housing"], "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"),
        encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, "Partnership Council for Wales – Local Government Workforce Working Group")
    footer_page_numbers(doc, "September 2026")
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(INTRO)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, HEAD):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    set_repeat_header(tb.rows[0])
    for r in table_rows():
        row = tb.add_row()
        if r[0] == "theme":
            m = row.cells[0].merge(row.cells[4])
            cell_text(m, r[1], bold=True)
            shade(m, "F2F2F2")
            continue
        cell_text(row.cells[0], r[1], bold=bool(r[1]))
        acts = row.cells[1]
        for k, a in enumerate(r[2]):
            if k == 0:
                cell_text(acts, "• " + a)
            else:
                acts.add_paragraph("• " + a)
        for c, x in zip(row.cells[2:], r[3:]):
            cell_text(c, x)
    doc.add_paragraph("Secretariat: WLGA and Welsh Government Local Government Division.")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    rows = [[P(f"<b>{esc(h)}</b>", st["cell"]) for h in HEAD]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    for r in table_rows():
        if r[0] == "theme":
            i = len(rows)
            rows.append([P(f"<b>{esc(r[1])}</b>", st["cell"]), "", "", "", ""])
            style += [("SPAN", (0, i), (-1, i)),
                      ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2"))]
        else:
            rows.append([P(f"<b>{esc(r[1])}</b>" if r[1] else "", st["cell"]),
                         [P("•&nbsp;" + esc(a), st["cell"]) for a in r[2]] or "",
                         P(r[3], st["cell"]), P(esc(r[4]), st["cell"]), P(esc(r[5]), st["cell"])])
    t = Table(rows, colWidths=[40 * mm, 80 * mm, 12 * mm, 100 * mm, 28 * mm], repeatRows=1,
              splitByRow=1)
    style += [("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]
    t.setStyle(TableStyle(style))
    story = [P(esc(TITLE), st["title"]), P(esc(INTRO), st["body"]), t,
             P("Secretariat: WLGA and Welsh Government Local Government Division.", st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Local Government Workforce Working Group",
              "Partnership Council for Wales – September 2026", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
