"""rec32a: a working group's recommendations table of the SHIPPED KIND by other hands, PRINTED
TO PDF WITH ROWS BREAKING ACROSS PAGES: "Working Group on Local Government Finance:
recommendations to the Partnership Council for Wales", June 2026 (the real Partnership
Council for Wales and its Finance Sub-Group; the group's text and figures invented).

Layout: ONE table `No. | Area | Activity underway or achieved | Recommendation | Lead`, one
row per recommendation, a NARROW "No." column, LONG cells wrapping over many lines; themes as
SHADED FULL-WIDTH rows inside the table ("Theme 1: Council tax and local taxation"); where an
area has two recommendations its Area and Activity cells are merged down over both rows;
activities one sentence each, two in a cell as two paragraphs; the Lead column "WG", "WLGA",
"Councils", "WG / WLGA" with a key above the table.
In the PDF (a print of the Word file, portrait A4) rows BREAK ACROSS PAGES: a recommendation's
text starts at the foot of page 1 and runs on at the top of page 2 under the REPEATED header
row (and again from page 2 to 3); the Word, web and Markdown forms hold the same table unbroken.

The reading: areas the Area cells (6) with the theme row above them (name without "Theme
1:"); recommendations No. 1-9, text the whole cell however many pages it runs over, owners
from the Lead column (Councils = LG; "WG / WLGA" both); activities the sentences of the
Activity cells (8, unnumbered: activity_no None) in their row's area.
Forms: .md a GitHub-style pipe table (merged cells empty below, two activities joined with
"<br>", theme rows a bold first cell); .html the GOV.WALES page (rowspan for merged cells,
theme rows `<td colspan="5" class="theme">`); .docx Word (vMerge, gridSpan theme rows
shaded, a repeated header row, two activities as two paragraphs of one cell); .pdf the print
with rows split over pages (rec 3 runs from page 1 to page 2, its Lead "WG" left on page 1).
"""
from __future__ import annotations

from chrome32 import page
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, qn, OxmlElement,
                        set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec32a-finance-working-group-table-pagebreaks"
TITLE = "Working Group on Local Government Finance: recommendations to the Partnership Council for Wales"
INTRO = ("The Working Group was asked by the Partnership Council for Wales in September 2025 "
         "to recommend how the funding of local government in Wales could be made more "
         "stable, simpler and fairer. The table below sets out, for each area the Group "
         "considered, the activity already underway or achieved and the Group's "
         "recommendations, with the body that should lead on each.")
BACKGROUND = ("The Group met eight times between October 2025 and May 2026. Its members were "
              "council leaders and finance portfolio holders nominated by the WLGA, Welsh "
              "Government officials and the Society of Welsh Treasurers. It took evidence from "
              "the Independent Commission on the Constitutional Future of Wales's finance "
              "advisers, the Wales Fiscal Analysis team and Audit Wales, and it drew on the "
              "Welsh Government's consultation on a fairer council tax.")
KEY = ("Lead: WG = Welsh Government; WLGA = Welsh Local Government Association; Councils = "
       "the 22 principal councils.")
CODES = {"WG": "WG", "WLGA": "WLGA", "Councils": "LG"}
# theme -> [(area, [activities], [(no, recommendation, lead)])]
THEMES = [
    ("Theme 1: Council tax and local taxation", [
        ("Council tax reform",
         ["The Welsh Government consulted on the revaluation of council tax bands in 2025.",
          "Councils have applied the revised national discounts and exemptions since April "
          "2025."],
         [("1", "That the Welsh Government publishes, by December 2026, a firm timetable for "
           "the revaluation of council tax bands and the introduction of the new bands, "
           "setting out the transitional relief that will apply to households whose bills "
           "rise by more than a set amount, the arrangements for updating valuations at "
           "regular intervals in future, and how the Valuation Office Agency's costs will be "
           "met so that councils do not bear them.", "WG"),
          ("2", "That councils, working through their Society of Welsh Treasurers network, "
           "agree a common approach to communicating the revaluation to residents, including "
           "shared letters, a single explanatory web page in Welsh and English, and "
           "consistent advice on appeals, discounts and the council tax reduction scheme, so "
           "that residents in neighbouring councils receive the same information at the same "
           "time and in the same form, and that the approach is tested with residents and "
           "advice agencies before it is used.", "Councils")]),
        ("Non-domestic rates",
         ["A review of small business rates relief was completed by the Welsh Government in "
          "January 2026."],
         [("3", "That the Welsh Government gives councils more discretion over non-domestic "
           "rates relief in town centres, including the power to design local relief schemes "
           "for particular types of business, with the cost of that relief shared between "
           "the Welsh Government and the council on a basis agreed in advance, and with a "
           "review of the first three years of any scheme so that what works can be used in "
           "other areas of Wales and any scheme that does not work can be stopped without "
           "loss to the council concerned.", "WG")]),
    ]),
    ("Theme 2: Grants and funding flexibility", [
        ("Specific grants",
         ["Nine education grants have been merged into the Local Authority Education Grant."],
         [("4", "That the Welsh Government and the WLGA agree, by March 2027, a list of the "
           "specific grants to be transferred into the revenue support grant over the next "
           "three years, starting with those under £5 million a year and those whose terms "
           "have not changed for three years or more, and that each transfer is made at the "
           "grant's full value so that no council is worse off in the year of transfer or in "
           "the year after it.", "WG / WLGA"),
          ("5", "That the Welsh Government sets a common set of terms and conditions and a "
           "single monitoring return for all specific grants that remain, with payment in "
           "advance where the grant funds staff.", "WG")]),
        ("Multi-year settlements",
         ["Indicative settlement figures for the following year have been published each "
          "year since 2022-23."],
         [("6", "That the Welsh Government publishes indicative local government settlement "
           "figures for at least two years beyond the year being set, whenever its own "
           "budget allows, and explains any change from the indicative figures when the "
           "final settlement is published.", "WG")]),
    ]),
    ("Theme 3: Capacity and collaboration", [
        ("Finance workforce",
         ["The Society of Welsh Treasurers runs a finance trainee scheme with 18 trainees.",
          "Twelve councils have joined a shared agreement for interim finance staff."],
         [("7", "That councils and the WLGA develop an all-Wales finance apprenticeship and "
           "graduate route, with a shared recruitment campaign and a common pay band for "
           "trainees, to be in place for the 2027 intake.", "Councils / WLGA")]),
        ("Shared services and procurement",
         ["The WLGA has mapped the shared finance services already in place between councils."],
         [("8", "That the WLGA publishes, by September 2027, a guide to setting up shared "
           "revenues and benefits services, drawing on the services already in place.",
           "WLGA"),
          ("9", "That councils review their procurement of finance systems together when "
           "their current contracts end, so that common systems can be bought at lower cost.",
           "Councils")]),
    ]),
]
HEAD = ["No.", "Area", "Activity underway or achieved", "Recommendation", "Lead"]


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


def write_md() -> None:
    out = [f"# {TITLE}", "", "*Partnership Council for Wales, June 2026*", "", INTRO, "", KEY,
           "", "| " + " | ".join(HEAD) + " |", "|---|---|---|---|---|"]
    for theme, rows in THEMES:
        out.append(f"| **{theme}** |  |  |  |  |")
        for area, activities, rr in rows:
            for k, (n, t, lead) in enumerate(rr):
                a, acts = (area, "<br>".join(activities)) if k == 0 else ("", "")
                out.append(f"| {n} | {a} | {acts} | {t} | {lead} |")
    out += ["", "Secretariat: Welsh Government Local Government Finance Policy Division and "
            "the WLGA."]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<p class="first-published">First published: 18 June 2026</p>',
            f"<p>{esc(INTRO)}</p>", f"<p>{esc(KEY)}</p>",
            '<div class="table-wrapper"><table class="govwales-table"><thead><tr>'
            + "".join(f'<th scope="col">{esc(h)}</th>' for h in HEAD) + "</tr></thead><tbody>"]
    for theme, rows in THEMES:
        body.append(f'<tr><td colspan="5" class="theme" style="background:#e5e5e5">'
                    f"<strong>{esc(theme)}</strong></td></tr>")
        for area, activities, rr in rows:
            for k, (n, t, lead) in enumerate(rr):
                cells = f"<td>{n}</td>"
                if k == 0:
                    span = f' rowspan="{len(rr)}"' if len(rr) > 1 else ""
                    cells += (f"<td{span}>{esc(area)}</td><td{span}>"
                              + "".join(f"<p>{esc(a)}</p>" for a in activities) + "</td>")
                cells += f"<td>{esc(t)}</td><td>{esc(lead)}</td>"
                body.append(f"<tr>{cells}</tr>")
    body += ["</tbody></table></div>", "<p>Secretariat: Welsh Government Local Government "
             "Finance Policy Division and the WLGA.</p>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "GOV.WALES", ["Home", "Local government", "Partnership Council for Wales"],
        body, ["Business and economy", "Education", "Health and social care",
               "Local government", "Housing"], "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"),
        encoding="utf-8")


def vmerge(cell, val: str) -> None:
    el = OxmlElement("w:vMerge")
    if val:
        el.set(qn("w:val"), val)
    cell._tc.get_or_add_tcPr().append(el)


def write_docx() -> None:
    from docx.shared import Cm
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "Working Group on Local Government Finance – recommendations")
    footer_page_numbers(doc, "Partnership Council for Wales – June 2026")
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(INTRO)
    doc.add_paragraph(KEY)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    tb.autofit = False
    widths = [Cm(1.0), Cm(2.8), Cm(4.5), Cm(7.2), Cm(1.9)]
    for c, h in zip(tb.rows[0].cells, HEAD):
        cell_text(c, h, bold=True)
        shade(c, "1F3864")
        c.paragraphs[0].runs[0].font.color.rgb = __import__("docx").shared.RGBColor(255, 255, 255)
    set_repeat_header(tb.rows[0])
    for theme, rows in THEMES:
        row = tb.add_row()
        m = row.cells[0].merge(row.cells[4])
        cell_text(m, theme, bold=True)
        shade(m, "D9D9D9")
        for area, activities, rr in rows:
            for k, (n, t, lead) in enumerate(rr):
                row = tb.add_row()
                cs = row.cells
                cell_text(cs[0], n)
                if k == 0:
                    cell_text(cs[1], area, bold=True)
                    cell_text(cs[2], activities[0])
                    for a in activities[1:]:
                        cs[2].add_paragraph(a)
                    if len(rr) > 1:
                        vmerge(cs[1], "restart")
                        vmerge(cs[2], "restart")
                else:
                    vmerge(cs[1], "")
                    vmerge(cs[2], "")
                cell_text(cs[3], t)
                cell_text(cs[4], lead)
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph("Secretariat: Welsh Government Local Government Finance Policy Division "
                      "and the WLGA.")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    rows = [[P(f'<font color="#FFFFFF"><b>{esc(h)}</b></font>', st["cell"]) for h in HEAD]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864"))]
    for theme, trows in THEMES:
        i = len(rows)
        rows.append([P(f"<b>{esc(theme)}</b>", st["cell"]), "", "", "", ""])
        style += [("SPAN", (0, i), (-1, i)),
                  ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#D9D9D9"))]
        for area, activities, rr in trows:
            for k, (n, t, lead) in enumerate(rr):
                if k == 0:
                    rows.append([P(n, st["cell"]), P(f"<b>{esc(area)}</b>", st["cell"]),
                                 [P(esc(a), st["cell"]) for a in activities],
                                 P(esc(t), st["cell"]), P(esc(lead), st["cell"])])
                else:   # merged area / activity cells: printed as one cell over both rows
                    i = len(rows)
                    rows.append([P(n, st["cell"]), "", "", P(esc(t), st["cell"]),
                                 P(esc(lead), st["cell"])])
                    style += [("SPAN", (1, i - 1), (1, i)), ("SPAN", (2, i - 1), (2, i))]
    t = Table(rows, colWidths=[10 * mm, 28 * mm, 45 * mm, 72 * mm, 19 * mm], repeatRows=1,
              splitByRow=1, splitInRow=1)
    style += [("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    t.setStyle(TableStyle(style))
    story = [P(esc(TITLE), st["title"]), P("Partnership Council for Wales – June 2026",
                                           st["body"]),
             P(esc(INTRO), st["body"]), P(esc(BACKGROUND), st["body"]),
             P(esc(KEY), st["body"]), t,
             P("Secretariat: Welsh Government Local Government Finance Policy Division and the "
               "WLGA.", st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Working Group on Local Government Finance",
              "Partnership Council for Wales – June 2026")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
