"""rec40a: recommendations of the SHIPPED KIND as a BORDERLESS, WHITESPACE-ALIGNED table.
Partnership Council for Wales (real), "Rural Services Working Group: Report and
recommendations to the Partnership Council for Wales", March 2026 (group, content and figures
invented).

Layout: a short introduction (purpose, membership, how the group worked; no activities), then
one table `No. | Area | Recommendation | Lead | Timescale` with no ruling lines at all
(columns only by position, cells wrapping over several lines), the Area printed only on its
area's first row and blank below it until it changes; Lead codes explained in a key under
the table (WG, WLGA, Councils, "WG / WLGA", "WLGA / Councils", Working Group); a closing
"Next steps" paragraph.

The reading (typed here by hand): areas the five Area values (no themes: the report has none,
theme None); recommendations No. 1-12 in the area printed above them; text the
Recommendation cell joined over its wrapped lines; owners from the Lead cell (WG; WLGA;
Councils = LG; "WG / WLGA" both; "WLGA / Councils" WLGA + LG; Working Group). No activities:
the paper prints none. "Next steps" is not a recommendation.

Forms: .pdf A4 portrait, the borderless table over two pages with its header row repeated,
a running header and "Page N of M"; .docx a Word table with Borders: None and bold header
row, the Area cells empty below the first; .html the Partnership Council page on GOV.WALES
(a plain `<table>`, empty `<td>` under the area); .txt fixed-width columns padded with spaces
(wrapped cells continue on the next lines in their column), as an e-mail or terminal prints it.
"""
from __future__ import annotations

from common40 import gov_page, no_borders, wrap
from gen_common import (OUT, P, add_par, build_pdf, cell_text, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles)
from reportlab.platypus import Table, TableStyle

NAME = "rec40a-rural-services-borderless-table"
TITLE = ("Rural Services Working Group: Report and recommendations to the Partnership Council "
         "for Wales")
INTRO = [
    ("h", "1. Purpose"),
    ("p", "The Partnership Council for Wales asked the Rural Services Working Group in May 2025 "
          "to consider how public services can be kept within reach of people in rural Wales "
          "and to make recommendations to the Council."),
    ("h", "2. How we worked"),
    ("p", "The Group met six times between June 2025 and January 2026. Its members were drawn "
          "from the Welsh Government, the WLGA, nine rural councils and One Voice Wales. It "
          "heard from bus operators, housing associations and young people in Powys, Gwynedd "
          "and Ceredigion."),
    ("h", "3. Recommendations"),
    ("p", "Our recommendations are set out in the table below. The Lead column shows who we "
          "think should take each recommendation forward."),
]
# (no, area or "", text, lead, timescale, owners)
ROWS = [
    ("1", "Transport and access", "That the Welsh Government extends the fflecsi demand-"
     "responsive bus pilots to every rural county.", "WG", "By April 2027", ["WG"]),
    ("2", "", "That councils and bus operators publish a single printed and online timetable "
     "for each rural county.", "Councils", "12 months", ["LG"]),
    ("3", "Digital connectivity", "That each council appoints a rural digital champion to help "
     "residents and small businesses get online.", "Councils", "6 months", ["LG"]),
    ("4", "", "That a joint plan is agreed to improve mobile coverage in the 50 communities "
     "with the weakest signal.", "WG / WLGA", "By March 2027", ["WG", "WLGA"]),
    ("5", "Access to services", "That shared service hubs in libraries and community buildings "
     "are piloted in four market towns.", "WLGA / Councils", "2026-27", ["WLGA", "LG"]),
    ("6", "", "That the local government funding formula reflects the extra cost of delivering "
     "services in sparsely populated areas.", "WG", "Next settlement", ["WG"]),
    ("7", "", "That guidance on community asset transfer is simplified for town and community "
     "councils.", "WG", "12 months", ["WG"]),
    ("8", "Rural housing", "That councils use income from the council tax premium on second "
     "homes to fund affordable homes for local people.", "Councils", "Ongoing", ["LG"]),
    ("9", "", "That the network of rural housing enablers is re-established, hosted by the "
     "WLGA.", "WLGA", "2026-27", ["WLGA"]),
    ("10", "Rural economy and workforce", "That neighbouring rural councils share hard-to-fill "
     "specialist posts such as ecologists and building control surveyors.", "Councils",
     "18 months", ["LG"]),
    ("11", "", "That a rural apprenticeship programme for council services is funded from "
     "April 2027.", "WG", "From April 2027", ["WG"]),
    ("12", "", "That the Group reports progress on these recommendations to the Partnership "
     "Council in twelve months' time.", "Working Group", "March 2027", ["Working Group"]),
]
HEAD = ["No.", "Area", "Recommendation", "Lead", "Timescale"]
KEY = ("Key to the Lead column: WG – Welsh Government; WLGA – Welsh Local Government "
       "Association; Councils – the 22 principal councils; Working Group – this Group.")
NEXT = ("Next steps: the Group asks the Partnership Council to endorse these recommendations "
        "at its meeting on 14 May 2026. The Group will then meet once more to agree how "
        "progress will be reported.")
SIGN = "Cllr Llinos Medi Parry and Dr Rhodri Williams, Co-chairs, March 2026"


def reading() -> dict:
    areas, recs, cur = [], [], None
    for no, area, text, _lead, _t, owners in ROWS:
        if area:
            cur = area
            areas.append({"area": area, "theme": None})
        recs.append({"rec_id": no, "area": cur, "text": text, "owners": owners})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": []}


def write_txt() -> None:
    widths = [4, 22, 46, 16, 15]
    out = [TITLE.upper(), "=" * 72, ""]
    for kind, text in INTRO:
        out += ([text, "-" * len(text)] if kind == "h" else wrap(text)) + [""]
    out.append("  ".join(h.ljust(w) for h, w in zip(HEAD, widths)).rstrip())
    out.append("  ".join("-" * w for w in widths))
    for no, area, text, lead, tsc, _o in ROWS:
        cols = [wrap(c, width=w) if c else [""] for c, w in
                zip([no, area, text, lead, tsc], widths)]
        for k in range(max(len(c) for c in cols)):
            out.append("  ".join((c[k] if k < len(c) else "").ljust(w)
                                 for c, w in zip(cols, widths)).rstrip())
        out.append("")
    out += wrap(KEY) + [""] + wrap(NEXT) + ["", SIGN]
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<p class="meta">Part of: Partnership Council for Wales · First published: '
            "20 March 2026</p>"]
    for kind, text in INTRO:
        body.append(f"<h2>{esc(text)}</h2>" if kind == "h" else f"<p>{esc(text)}</p>")
    body.append('<table class="table"><thead><tr>'
                + "".join(f"<th>{esc(h)}</th>" for h in HEAD) + "</tr></thead><tbody>")
    for no, area, text, lead, tsc, _o in ROWS:
        body.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in (no, area, text, lead, tsc))
                    + "</tr>")
    body += ["</tbody></table>", f"<p><em>{esc(KEY)}</em></p>", "<h2>4. Next steps</h2>",
             f"<p>{esc(NEXT.split(': ', 1)[1])}</p>", f"<p>{esc(SIGN)}</p>"]
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Partnership Council for Wales"], body),
        encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "Partnership Council for Wales – Rural Services Working Group")
    footer_page_numbers(doc, "March 2026")
    doc.add_heading(TITLE, level=0)
    for kind, text in INTRO:
        doc.add_heading(text, level=1) if kind == "h" else add_par(doc, text)
    tb = doc.add_table(rows=1, cols=5)
    no_borders(tb)
    for c, h in zip(tb.rows[0].cells, HEAD):
        cell_text(c, h, bold=True)
    for row in ROWS:
        for c, x in zip(tb.add_row().cells, row[:5]):
            if x:
                cell_text(c, x)
    add_par(doc, KEY).runs[0].italic = True
    doc.add_heading("4. Next steps", level=1)
    add_par(doc, NEXT.split(": ", 1)[1])
    add_par(doc, SIGN)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"])]
    for kind, text in INTRO:
        story.append(P(esc(text), st["h1" if kind == "h" else "body"]))
    data = [[P(f"<b>{esc(h)}</b>", st["cell"]) for h in HEAD]]
    data += [[P(esc(c), st["cell"]) for c in row[:5]] for row in ROWS]
    t = Table(data, colWidths=[10 * mm, 30 * mm, 78 * mm, 23 * mm, 27 * mm], repeatRows=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story += [t, P(f"<i>{esc(KEY)}</i>", st["small"]), P("4. Next steps", st["h1"]),
              P(esc(NEXT.split(": ", 1)[1]), st["body"]), P(esc(SIGN), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Rural Services Working Group – Report and "
              "recommendations", "Partnership Council for Wales")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
