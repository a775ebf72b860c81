"""rec46b: a rapid review's recommendations TABLE with priority, cost band and timescale
columns: "Rapid Review of Home to School Transport in Wales: Report and Recommendations",
November 2025, for the Welsh Government (WG, WLGA, councils real; review and content
invented).

Layout: a short introduction, then ONE table `No. | Recommendation | Who | Priority |
Cost | Timescale` split by full-width THEME rows ("Safety and standards" ...); "Who" lists
owners as "WG / WLGA / LAs"; Priority High / Medium / Low; Cost a band "£" / "££" / "£££"
(NOT an amount); a key under the table ("£ = under £50,000; ££ = £50,000 to £500,000;
£££ = over £500,000"; timescales "Short: within 12 months ...").

The reading: 16 recommendations numbered 1-16 through the table; area the theme row above
(4 areas, no themes); owners from the Who cell (WG, WLGA, LAs -> LG); no activities; nothing
in the Cost column or the key is a figure to be read.
Forms: .docx the table with theme rows merged across (gridSpan) and shaded, repeated header
row; .pdf landscape print; .html a GOV.WALES publication page (`<th colspan="6"
scope="rowgroup">` theme rows); .md pandoc pipe table (theme rows a bold first cell)."""
from __future__ import annotations

from common46 import gov_page
from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from reportlab.platypus import Table, TableStyle

NAME = "rec46b-rapid-review-cost-band-table"
TITLE = "Rapid Review of Home to School Transport in Wales: Report and Recommendations"
DATE_PRINTED = "November 2025"
INTRO = ("The Minister asked for a rapid review of home to school transport in June 2025. "
         "The review's 16 recommendations are set out below, grouped by theme, with who "
         "should lead, their priority, an indicative cost band and a timescale.")
HEAD = ["No.", "Recommendation", "Who", "Priority", "Cost", "Timescale"]
OWN = {"WG": "WG", "WLGA": "WLGA", "LAs": "LG"}
# (theme, [(text, who, priority, cost, timescale)])
THEMES = [
    ("Safety and standards", [
        ("Introduce a national minimum standard for escorts on transport for primary "
         "pupils.", "WG", "High", "££", "Medium"),
        ("Require seat belts on all contracted school buses by September 2027.", "WG / LAs",
         "High", "£££", "Medium"),
        ("Publish a single all-Wales driver and escort training package.", "WLGA / LAs",
         "Medium", "£", "Short"),
        ("Carry out joint vehicle inspections with the traffic commissioner each year.",
         "LAs", "Medium", "£", "Short"),
    ]),
    ("Eligibility and fairness", [
        ("Review the statutory walking distances in the Learner Travel (Wales) Measure "
         "2008.", "WG", "High", "£££", "Long"),
        ("Extend free transport to post-16 learners in Welsh-medium education.", "WG / LAs",
         "Medium", "£££", "Long"),
        ("Adopt a common appeals process for transport decisions.", "WLGA / LAs", "Medium",
         "£", "Short"),
        ("Publish each council's transport policy in a common format.", "LAs", "Low", "£",
         "Short"),
    ]),
    ("Contracts and costs", [
        ("Develop a national framework for school transport contracts.",
         "WG / WLGA / LAs", "High", "££", "Medium"),
        ("Share route planning software between neighbouring councils.", "LAs", "Medium",
         "££", "Medium"),
        ("Collect and publish comparable cost data every year.", "WLGA", "Medium", "£",
         "Short"),
        ("Test a regional operator of last resort in one region.", "WG / WLGA", "Low", "£££",
         "Long"),
    ]),
    ("Learners with additional learning needs", [
        ("Set out transport needs in every learner's individual development plan.", "LAs",
         "High", "£", "Short"),
        ("Fund specialist training for passenger assistants.", "WG", "High", "££",
         "Medium"),
        ("Create a national forum of parents and carers on transport.", "WG / WLGA",
         "Medium", "£", "Short"),
        ("Evaluate independent travel training schemes.", "WLGA / LAs", "Low", "££", "Long"),
    ]),
]
KEY = ["Cost bands: £ = under £50,000; ££ = £50,000 to £500,000; £££ = over £500,000 (a "
       "year, across Wales).",
       "Timescale: Short = within 12 months; Medium = 1 to 3 years; Long = more than 3 years.",
       "Who: WG = Welsh Government; WLGA = Welsh Local Government Association; LAs = local "
       "authorities."]


def rows():
    n = 0
    for th, rs in THEMES:
        yield ("theme", th)
        for r in rs:
            n += 1
            yield ("row", [str(n)] + list(r))


def reading() -> dict:
    recs, n = [], 0
    for th, rs in THEMES:
        for t, who, *_ in rs:
            n += 1
            recs.append({"rec_id": str(n), "area": th, "text": t,
                         "owners": [OWN[w] for w in who.split(" / ")]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": th, "theme": None} for th, _ in THEMES],
            "recommendations": recs, "activities": []}


def write_md() -> None:
    out = ["---", f'title: "{TITLE}"', f'date: "{DATE_PRINTED}"', "---", "", INTRO, "",
           "## Recommendations", "", "| " + " | ".join(HEAD) + " |",
           "|-----|------------------|---------|------|-----|------|"]
    for k, v in rows():
        out.append(f"| **{v}** |  |  |  |  |  |" if k == "theme" else "| " + " | ".join(v) + " |")
    out += [""] + [x for k in KEY for x in (k, "")]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">First published: {DATE_PRINTED}</p>',
            f"<p>{esc(INTRO)}</p>", "<h2>Recommendations</h2>", "<table><thead><tr>"
            + "".join(f'<th scope="col">{esc(h)}</th>' for h in HEAD) + "</tr></thead>"]
    for k, v in rows():
        if k == "theme":
            body.append(f'<tbody><tr><th colspan="6" scope="rowgroup">{esc(v)}</th></tr>')
        else:
            body.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in v) + "</tr>")
    body.append("</tbody></table>")
    body += [f'<p class="key">{esc(k)}</p>' for k in KEY]
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Education and skills", "School transport"], body), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    header_text(doc, "Rapid Review of Home to School Transport")
    footer_page_numbers(doc, "November 2025")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE_PRINTED)
    add_par(doc, INTRO)
    doc.add_heading("Recommendations", level=1)
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x, bold=True)
        shade(c, "D9E2F3")
    set_repeat_header(tb.rows[0])
    for k, v in rows():
        cells = tb.add_row().cells
        if k == "theme":
            m = cells[0].merge(cells[5])
            cell_text(m, v, bold=True)
            shade(m, "F2F2F2")
        else:
            for c, x in zip(cells, v):
                cell_text(c, x)
    add_par(doc)
    for k in KEY:
        add_par(doc, k, size=9)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(esc(TITLE), st["title"]), P(DATE_PRINTED, st["body"]), P(esc(INTRO), st["body"]),
             P("Recommendations", st["h1"])]
    data = [[P(f"<b>{esc(h)}</b>", st["cell"]) for h in HEAD]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    for k, v in rows():
        if k == "theme":
            r = len(data)
            data.append([P(f"<b>{esc(v)}</b>", st["cell"])] + [""] * 5)
            style += [("SPAN", (0, r), (-1, r)),
                      ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#F2F2F2"))]
        else:
            data.append([P(esc(c), st["cell"]) for c in v])
    t = Table(data, colWidths=[12 * mm, 130 * mm, 38 * mm, 22 * mm, 18 * mm, 25 * mm],
              repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    story += [P(esc(k), st["small"]) for k in KEY]
    build_pdf(OUT / f"{NAME}.pdf", story, "Rapid Review of Home to School Transport",
              "November 2025", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
