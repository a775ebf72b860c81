"""rec38b: a recommendations table of the SHIPPED KIND with ONE ROW PER AREA: "Digital and Data
Sub-Group: recommendations to the Partnership Council for Wales", WLGA and Welsh Government,
March 2027 (the Partnership Council, Data Cymru, WASPI, Digital Communities Wales and Academi
Wales are real; the sub-group, its text and figures invented).

Layout: an owner key in the introduction (WG, WLGA, LG, CJCs); three theme headings, each over
a table `Area | Activity underway or achieved | Recommendations | Owner` with one row per
AREA; the Area cell a bold name and a one-line remit; the Activity cell numbered lines
1-8 through the document; the Recommendations cell SEVERAL NUMBERED RECOMMENDATIONS (1-14
through the document); the Owner cell the owners LINE BY LINE, each line the recommendation's
number and its owner codes ("1. WG, WLGA" / "2. LG").

The reading: areas the bold names (6) under their theme headings; recommendations 1-14 with
the owners of the Owner line bearing the same number (codes as printed: WG, WLGA, LG, CJCs);
activities 1-8 with their printed number as activity_no, in the area of their row.
Forms: .html a CMS page whose tables are ARIA GRIDS OF DIVS (`<div role="table">`, `role=
"rowgroup"`, `role="row"`, `role="columnheader"`, `role="cell"`), each line a `<p>`; .docx
Word (landscape, Heading 2 themes, real tables with a repeated shaded header row; the
activities and the recommendations two numbered lists in numbering.xml running on from table
to table, the numbers not in the text; the owner lines typed "1. WG, WLGA"); .pdf a print of
the Word file (landscape, printed numbers); .txt the tab-separated extraction of the shipped
kind (Markdown-like headings, each row one line of tab-separated cells holding HTML
fragments).
"""
from __future__ import annotations

from common38 import gov_page, numbered
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec38b-digital-subgroup-area-rows"
TITLE = "Digital and Data Sub-Group: recommendations to the Partnership Council for Wales"
INTRO = ("The Digital and Data Sub-Group was asked by the Partnership Council in April 2026 to "
         "recommend how councils, the WLGA and the Welsh Government can work together on "
         "data, digital services and digital skills. The tables below set out, for each area, "
         "the activity already under way and the sub-group's recommendations. Owners: WG – "
         "Welsh Government; WLGA – Welsh Local Government Association; LG – local government "
         "(the 22 councils); CJCs – Corporate Joint Committees.")
HEAD = ["Area", "Activity underway or achieved", "Recommendations", "Owner"]
# theme -> [(area, remit, [activities], [(recommendation, owners)])]
THEMES = [
    ("Data and insight", [
        ("Data sharing", "To make it easier for councils and partners to share data lawfully "
         "and safely.",
         ["The Wales Accord on the Sharing of Personal Information (WASPI) templates were "
          "updated for councils in 2025.",
          "Data Cymru completed a stock-take of data sharing agreements in all 22 councils."],
         [("That the Welsh Government and the WLGA agree a single data sharing framework for "
           "local public services by March 2028.", ["WG", "WLGA"]),
          ("That councils appoint a named data sharing lead at chief officer level.", ["LG"])]),
        ("Performance data", "To reduce the burden of reporting and make performance data "
         "easier to use.",
         ["The national performance data platform was moved to new hosting in 2025."],
         [("That the set of national performance measures is reduced to no more than 40 by "
           "2028-29.", ["WG", "WLGA"]),
          ("That councils publish their performance data in an open, machine-readable "
           "format.", ["LG"]),
          ("That the WLGA reports a national summary of councils' performance each year.",
           ["WLGA"])]),
    ]),
    ("Digital services", [
        ("Common platforms", "To build digital services once and share them.",
         ["Eleven councils are using the shared 'Ask Once' customer account platform.",
          "A joint procurement of social care case management systems is under way."],
         [("That the 'Ask Once' customer account platform is offered to all councils from "
           "April 2028.", ["WLGA", "LG"]),
          ("That the Welsh Government funds the set-up costs of shared platforms through a "
           "three-year digital transformation fund.", ["WG"])]),
        ("Cyber resilience", "To protect council services and data from cyber attack.",
         ["Every council completed a cyber security self-assessment in 2025-26."],
         [("That councils test their cyber incident response plans at least once a year.",
           ["LG"]),
          ("That a regional cyber security adviser is funded in each Corporate Joint "
           "Committee area.", ["WG", "CJCs"])]),
    ]),
    ("People and skills", [
        ("Digital skills for staff", "To give staff and leaders the skills to use digital "
         "tools well.",
         ["The Digital Leadership programme for senior officers ran twice in 2025-26."],
         [("That every council includes digital skills in its workforce strategy.", ["LG"]),
          ("That the WLGA and Academi Wales extend the Digital Leadership programme to "
           "elected members.", ["WLGA"])]),
        ("Digital inclusion", "To make sure no one is shut out of council services.",
         ["Digital Communities Wales trained 900 council staff as digital champions."],
         [("That councils offer free assisted digital support in every library by 2028.",
           ["LG"]),
          ("That the Welsh Government keeps non-digital routes to all public services for "
           "those who need them.", ["WG"]),
          ("That the WLGA, councils and the Welsh Government publish a joint digital "
           "inclusion charter.", ["WLGA", "LG", "WG"])]),
    ]),
]
CLOSING = ("The sub-group will report progress on the recommendations to the Partnership "
           "Council in March 2028.")


def rows():
    """(theme, [(area, remit, [(no, activity)], [(no, rec, owners)])]) numbered through."""
    a = r = 0
    out = []
    for theme, arealist in THEMES:
        trs = []
        for area, remit, acts, recs in arealist:
            na = [(str(a + k), x) for k, x in enumerate(acts, 1)]
            nr = [(str(r + k), x, o) for k, (x, o) in enumerate(recs, 1)]
            a += len(acts)
            r += len(recs)
            trs.append((area, remit, na, nr))
        out.append((theme, trs))
    return out


def reading() -> dict:
    areas, recs, acts = [], [], []
    for theme, trs in rows():
        for area, _remit, na, nr in trs:
            areas.append({"area": area, "theme": theme})
            acts += [{"activity_no": n, "area": area, "text": t} for n, t in na]
            recs += [{"rec_id": n, "area": area, "text": t, "owners": o} for n, t, o in nr]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def owner_line(n: str, owners: list[str]) -> str:
    return f"{n}. {', '.join(owners)}"


# ------------------------------------------------------------------ web page (ARIA grid)
def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", '<p class="meta">Published: 18 March 2027</p>',
            f"<p>{esc(INTRO)}</p>"]
    for k, (theme, trs) in enumerate(rows(), 1):
        body.append(f'<h2 id="theme-{k}">{esc(theme)}</h2>')
        body.append(f'<div class="c-table" role="table" aria-labelledby="theme-{k}">')
        body.append('<div class="c-table__head" role="rowgroup"><div class="c-table__row" '
                    'role="row">' + "".join(f'<div class="c-table__th" role="columnheader">'
                                            f"{esc(h)}</div>" for h in HEAD) + "</div></div>")
        body.append('<div class="c-table__body" role="rowgroup">')
        for area, remit, na, nr in trs:
            cells = [f"<p><strong>{esc(area)}</strong></p><p>{esc(remit)}</p>",
                     "".join(f"<p>{n}. {esc(t)}</p>" for n, t in na),
                     "".join(f"<p>{n}. {esc(t)}</p>" for n, t, _o in nr),
                     "".join(f"<p>{esc(owner_line(n, o))}</p>" for n, _t, o in nr)]
            body.append('<div class="c-table__row" role="row">' + "".join(
                f'<div class="c-table__td" role="cell" data-label="{esc(h)}">{c}</div>'
                for h, c in zip(HEAD, cells)) + "</div>")
        body.append("</div></div>")
    body.append(f"<p>{esc(CLOSING)}</p>")
    css = ('<style>.c-table{display:table;width:100%}.c-table__row{display:table-row}'
           '.c-table__th,.c-table__td{display:table-cell;border:1px solid #bbb;padding:4px}'
           '.c-table__head{display:table-header-group;font-weight:bold}'
           '.c-table__body{display:table-row-group}</style>')
    html = gov_page(TITLE, ["Home", "Local government", "Partnership Council for Wales"], body)
    (OUT / f"{NAME}.html").write_text(html.replace("</head>", css + "</head>", 1),
                                      encoding="utf-8")


# ------------------------------------------------------------------ Word and its print
def _list(doc, fmt: str) -> int:
    """A one-level decimal list "%1." in numbering.xml (the numbers are Word's)."""
    from common38 import multilevel
    return multilevel(doc, [fmt], indent=360)


def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    doc = new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, "Partnership Council for Wales – Digital and Data Sub-Group")
    footer_page_numbers(doc, "March 2027")
    act_list, rec_list = _list(doc, "%1."), _list(doc, "%1.")
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph(INTRO)
    for theme, trs in rows():
        doc.add_heading(theme, level=2)
        tb = doc.add_table(rows=1, cols=4)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, HEAD):
            cell_text(c, h, bold=True)
            shade(c, "DEEAF6")
        set_repeat_header(tb.rows[0])
        for area, remit, na, nr in trs:
            cells = tb.add_row().cells
            cell_text(cells[0], area, bold=True)
            cells[0].add_paragraph(remit)
            for cell, lines, lst in ((cells[1], [t for _n, t in na], act_list),
                                     (cells[2], [t for _n, t, _o in nr], rec_list)):
                for k, t in enumerate(lines):
                    p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                    p.add_run(t)
                    numbered(p, lst)
            for k, (n, _t, o) in enumerate(nr):
                p = cells[3].paragraphs[0] if k == 0 else cells[3].add_paragraph()
                p.add_run(owner_line(n, o))
        doc.add_paragraph()
    doc.add_paragraph(CLOSING)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"]), P(esc(INTRO), st["body"])]
    for theme, trs in rows():
        story.append(P(esc(theme), st["h1"]))
        data = [[P(f"<b>{esc(h)}</b>", st["cell"]) for h in HEAD]]
        for area, remit, na, nr in trs:
            data.append([[P(f"<b>{esc(area)}</b>", st["cell"]), P(esc(remit), st["cell"])],
                         [P(f"{n}.&nbsp;&nbsp;{esc(t)}", st["cell"]) for n, t in na],
                         [P(f"{n}.&nbsp;&nbsp;{esc(t)}", st["cell"]) for n, t, _o in nr],
                         [P(esc(owner_line(n, o)), st["cell"]) for n, _t, o in nr]])
        t = Table(data, colWidths=[52 * mm, 78 * mm, 100 * mm, 30 * mm], repeatRows=1,
                  splitByRow=1)
        t.setStyle(TableStyle(list(GRID) + [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DEEAF6"))]))
        story.append(t)
    story.append(P(esc(CLOSING), st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "Digital and Data Sub-Group: recommendations",
              "Partnership Council for Wales – March 2027", wide=True)


# ------------------------------------------------------------------ the shipped extraction
def write_txt() -> None:
    out = ["", "", f"## {TITLE}", "", "### Introduction", "", INTRO, ""]
    for theme, trs in rows():
        out += [f"#### {theme}", "", "\t".join(HEAD)]
        for area, remit, na, nr in trs:
            c0 = f"<p><b>{esc(area)}</b></p> <p>{esc(remit)}</p>"
            c1 = ('<ol style="list-style-type: none"> '
                  + " ".join(f"<li>{n}. {esc(t)}</li>" for n, t in na) + " </ol>")
            c2 = ('<ol style="list-style-type: none"> '
                  + " ".join(f"<li>{n}. {esc(t)}</li>" for n, t, _o in nr) + " </ol>")
            c3 = " ".join(f"<p>{esc(owner_line(n, o))}</p>" for n, _t, o in nr)
            out.append("\t".join([c0, c1, c2, c3]))
        out.append("")
    out.append(CLOSING)
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_html()
    write_docx()
    write_pdf()
    write_txt()
    print(NAME, len(reading()["recommendations"]), len(reading()["activities"]))
