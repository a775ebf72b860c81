"""rec31b: a working group's recommendations TABLE WITH NESTED NUMBERING: "Regional Working
Review Group: report and recommendations to the Partnership Council for Wales", June 2026
(real Partnership Council, WLGA, CJCs; the group, text and figures invented).

Layout (not tried by earlier corpora): the recommendations in ONE table
`Area | Ref | Recommendation | Owner(s) | Timescale`; the areas numbered "1", "2" ... in
ROW-SPANNING first-column cells (the number on one line, the name below it); the
recommendations numbered "1.1", "1.2", "2.1" ...; owners as ABBREVIATIONS ("WG", "WLGA",
"LAs", "CJCs", "WG / WLGA", "LAs, CJCs") explained in a glossary; the activities in an
EARLIER section "What is already happening" of bullets under numbered area sub-headings
("1. Strategic transport planning"); an introduction and a glossary that are neither.

The reading (typed here, before any loader ran): areas the four area names without their
number (no themes); recommendations 1.1 .. 4.2 (rec_id the printed ref), text as printed,
owners the Owner(s) cell by the glossary (WG, WLGA, LAs = LG, CJCs = Corporate Joint
Committees); activities the bullets (7, no number: activity_no None) in the area of the
sub-heading above them; the Timescale column is not scored.
Forms: .md pandoc's export of the Word file (a GRID table, the area cells spanning rows, as
pandoc 3 writes row spans); .html the WLGA website page (CMS chrome, `<td rowspan>`); .docx
the Word file (vertically merged area cells, w:vMerge; Heading 1/2; List Bullet); .pdf A4
print of the Word file (spanned cells, running header, "Page N of M").
"""
from __future__ import annotations

import textwrap

import common31  # noqa: F401
from chrome29 import page
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec31b-regional-working-nested-table"
TITLE = "Regional Working Review Group: report and recommendations to the Partnership Council for Wales"
INTRO = [
    "The Review Group was asked by the Partnership Council for Wales in October 2025 to "
    "review how regional working by councils and the four Corporate Joint Committees has "
    "developed since 2021 and to recommend what should happen next.",
    "Section 2 sets out what is already happening in each of the four areas the Group "
    "looked at. Section 3 sets out the Group's recommendations, numbered by area.",
]
GLOSSARY = [("CJCs", "Corporate Joint Committees"), ("LAs", "local authorities (the 22 "
            "principal councils)"), ("WG", "Welsh Government"),
            ("WLGA", "Welsh Local Government Association")]
CODE = {"WG": "WG", "WLGA": "WLGA", "LAs": "LG", "CJCs": "Corporate Joint Committees"}
# (area, [activities], [(rec, owners cell, timescale)])
AREAS = [
    ("Strategic transport planning",
     ["All four CJCs have consulted on their draft Regional Transport Plans.",
      "Transport for Wales has seconded planners to each CJC until March 2027."],
     [("That the Welsh Government confirms capital funding for each Regional Transport Plan "
       "for at least three years.", "WG", "By April 2027"),
      ("That CJCs publish an annual delivery report on their Regional Transport Plan.",
       "CJCs", "Annually from 2027")]),
    ("Economic wellbeing",
     ["The North Wales Growth Deal transferred to the North Wales CJC in April 2025.",
      "A regional economic framework has been agreed in each region."],
     [("That the Welsh Government and WLGA agree which economic development functions are "
       "best delivered regionally.", "WG / WLGA", "By December 2026"),
      ("That LAs align their local economic strategies with the regional economic "
       "framework.", "LAs", "2026-27"),
      ("That CJCs share one economic data dashboard across the four regions.", "CJCs",
       "By March 2027")]),
    ("Strategic development plans",
     ["Two CJCs have published delivery agreements for their Strategic Development Plans."],
     [("That the remaining CJCs publish delivery agreements for their Strategic Development "
       "Plans by March 2027.", "CJCs", "By March 2027"),
      ("That the Welsh Government funds a shared planning policy team for each CJC.", "WG",
       "From 2027-28")]),
    ("Governance and scrutiny",
     ["Each CJC has a governance and audit sub-committee.",
      "The WLGA ran a development session for CJC scrutiny members in March 2026."],
     [("That the WLGA provides a scrutiny support programme for CJC members.", "WLGA",
       "From September 2026"),
      ("That LAs and CJCs agree joint scrutiny arrangements for regional functions.",
       "LAs, CJCs", "By March 2027")]),
]
HEAD = ["Area", "Ref", "Recommendation", "Owner(s)", "Timescale"]


def owner_codes(cell: str) -> list[str]:
    return [CODE[x.strip()] for x in cell.replace("/", ",").split(",")]


def reading() -> dict:
    areas, recs, acts = [], [], []
    for i, (area, aa, rr) in enumerate(AREAS, 1):
        areas.append({"area": area, "theme": None})
        acts += [{"activity_no": None, "area": area, "text": a} for a in aa]
        recs += [{"rec_id": f"{i}.{j}", "area": area, "text": t, "owners": owner_codes(o)}
                 for j, (t, o, _ts) in enumerate(rr, 1)]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


# ------------------------------------------------------------------ .md (pandoc grid table)
def grid_table() -> list[str]:
    widths = [14, 5, 44, 10, 13]

    def wrap(t, w):
        return textwrap.wrap(t, w) or [""]

    def sep(ch="-", skip_first=False):
        s = "+"
        for k, w in enumerate(widths):
            if k == 0 and skip_first:
                s = "|" + " " * (w + 2) + "+"
            else:
                s += ch * (w + 2) + "+"
        return s

    def line(cells):
        return "|" + "|".join(f" {c:<{w}} " for c, w in zip(cells, widths)) + "|"

    out = [sep(), line(HEAD), sep("=")]
    for i, (area, _aa, rr) in enumerate(AREAS, 1):
        area_lines = [str(i), ""] + wrap(area, widths[0])
        blocks = []
        for j, (t, o, ts) in enumerate(rr, 1):
            cols = [wrap(f"{i}.{j}", widths[1]), wrap(t, widths[2]), wrap(o, widths[3]),
                    wrap(ts, widths[4])]
            blocks.append(cols)
        heights = [max(len(c) for c in b) for b in blocks]
        total = sum(heights) + len(blocks) - 1
        if len(area_lines) > total:
            heights[-1] += len(area_lines) - total
        area_lines += [""] * (sum(heights) + len(blocks) - 1 - len(area_lines))
        k = 0
        for bi, (b, h) in enumerate(zip(blocks, heights)):
            for li in range(h):
                out.append(line([area_lines[k]] + [c[li] if li < len(c) else "" for c in b]))
                k += 1
            if bi < len(blocks) - 1:
                s = sep(skip_first=True)
                out.append("|" + f" {area_lines[k]:<{widths[0]}} " + s[len(" " * (widths[0] + 2)) + 1:])
                k += 1
        out.append(sep())
    return out


def write_md() -> None:
    out = [f"# {TITLE}", "", "June 2026", "", "# 1. Introduction", ""]
    for p in INTRO:
        out += [p, ""]
    out += ["# 2. What is already happening", ""]
    for i, (area, aa, _rr) in enumerate(AREAS, 1):
        out += [f"## 2.{i} {area}", ""] + [f"-   {a}" for a in aa] + [""]
    out += ["# 3. Recommendations", ""] + grid_table() + [""]
    out += ["# Glossary", ""] + [f"**{a}** -- {b}  " for a, b in GLOSSARY] + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", '<p class="date">June 2026</p>',
            "<h2>1. Introduction</h2>"] + [f"<p>{esc(p)}</p>" for p in INTRO]
    body.append("<h2>2. What is already happening</h2>")
    for i, (area, aa, _rr) in enumerate(AREAS, 1):
        body += [f"<h3>2.{i} {esc(area)}</h3>",
                 "<ul>" + "".join(f"<li>{esc(a)}</li>" for a in aa) + "</ul>"]
    body += ["<h2>3. Recommendations</h2>", '<table class="table table-bordered"><thead><tr>'
             + "".join(f"<th>{h}</th>" for h in HEAD) + "</tr></thead><tbody>"]
    for i, (area, _aa, rr) in enumerate(AREAS, 1):
        for j, (t, o, ts) in enumerate(rr, 1):
            first = (f'<td rowspan="{len(rr)}"><strong>{i}</strong><br>{esc(area)}</td>'
                     if j == 1 else "")
            body.append(f"<tr>{first}<td>{i}.{j}</td><td>{esc(t)}</td><td>{esc(o)}</td>"
                        f"<td>{esc(ts)}</td></tr>")
    body.append("</tbody></table>")
    body += ["<h2>Glossary</h2>", "<dl>" + "".join(f"<dt>{a}</dt><dd>{esc(b)}</dd>"
                                                   for a, b in GLOSSARY) + "</dl>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Publications", "Partnership Council"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Regional Working Review Group – June 2026")
    footer_page_numbers(doc, "Report to the Partnership Council for Wales")
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph("June 2026")
    doc.add_heading("1. Introduction", level=1)
    for p in INTRO:
        doc.add_paragraph(p)
    doc.add_heading("2. What is already happening", level=1)
    for i, (area, aa, _rr) in enumerate(AREAS, 1):
        doc.add_heading(f"2.{i} {area}", level=2)
        for a in aa:
            doc.add_paragraph(a, style="List Bullet")
    doc.add_heading("3. Recommendations", level=1)
    n = sum(len(rr) for *_x, rr in AREAS)
    tb = doc.add_table(rows=1 + n, cols=5)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, HEAD):
        cell_text(c, h, bold=True)
        shade(c, "C00000")
    set_repeat_header(tb.rows[0])
    r0 = 1
    for i, (area, _aa, rr) in enumerate(AREAS, 1):
        for j, (t, o, ts) in enumerate(rr, 1):
            cells = tb.rows[r0 + j - 1].cells
            for c, x in zip(cells[1:], (f"{i}.{j}", t, o, ts)):
                cell_text(c, x)
        top = tb.rows[r0].cells[0]
        m = top.merge(tb.rows[r0 + len(rr) - 1].cells[0]) if len(rr) > 1 else top
        cell_text(m, str(i), bold=True)
        m.add_paragraph(area)
        shade(m, "F2F2F2")
        r0 += len(rr)
    doc.add_heading("Glossary", level=1)
    for a, b in GLOSSARY:
        p = doc.add_paragraph()
        p.add_run(a).bold = True
        p.add_run(" – " + b)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"]), P("June 2026", st["body"]),
             P("1. Introduction", st["h1"])] + [P(esc(p), st["body"]) for p in INTRO]
    story.append(P("2. What is already happening", st["h1"]))
    for i, (area, aa, _rr) in enumerate(AREAS, 1):
        story.append(P(f"2.{i} {esc(area)}", st["h2"]))
        story += [P("•&nbsp;&nbsp;" + esc(a), st["body"]) for a in aa]
    story.append(P("3. Recommendations", st["h1"]))
    rows = [[P(f'<font color="white"><b>{h}</b></font>', st["cell"]) for h in HEAD]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#C00000"))]
    for i, (area, _aa, rr) in enumerate(AREAS, 1):
        start = len(rows)
        for j, (t, o, ts) in enumerate(rr, 1):
            rows.append([[P(f"<b>{i}</b>", st["cell"]), P(esc(area), st["cell"])] if j == 1 else "",
                         P(f"{i}.{j}", st["cell"]), P(esc(t), st["cell"]), P(esc(o), st["cell"]),
                         P(esc(ts), st["cell"])])
        style += [("SPAN", (0, start), (0, len(rows) - 1)),
                  ("BACKGROUND", (0, start), (0, len(rows) - 1), colors.HexColor("#F2F2F2"))]
    t = Table(rows, colWidths=[32 * mm, 12 * mm, 78 * mm, 22 * mm, 28 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(P("Glossary", st["h1"]))
    story += [P(f"<b>{a}</b> – {esc(b)}", st["body"]) for a, b in GLOSSARY]
    build_pdf(OUT / f"{NAME}.pdf", story, "Regional Working Review Group – June 2026",
              "Report to the Partnership Council for Wales")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
