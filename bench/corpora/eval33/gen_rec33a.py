"""rec33a: a Working Group recommendations table of the SHIPPED KIND in its ORDINARY layout
(the layout of working-group-recommendations.txt: a theme heading over a table
`Area | Activity underway or achieved | Recommendations`, the Area cell a bold "Area N: Name"
over a remit paragraph, activities and recommendations each numbered through the whole
document, owners in bold brackets "(WLGA/WG)"), whose FILES are damaged:

- .txt  the plain-text extraction as shipped (tab-separated rows whose cells hold HTML
        fragments), UTF-8 that went through a Windows-1252 round trip: every "’" is "â€™",
        "–" is "â€“", "£" is "Â£"; a trailing space on the table rows;
- .html a GOV.WALES-like page declared `<meta charset="utf-8">` whose bytes are
        Windows-1252 ("£" 0xA3, "’" 0x92, "–" 0x96 are invalid UTF-8), unclosed <p> and <li>,
        entity soup (&#8211;, &nbsp;, &pound;);
- .docx Word styles, but an EMPTY paragraph between every paragraph (in the body and inside
        the table cells), NON-BREAKING SPACES ("12 councils") and SOFT HYPHENS inside words;
- .pdf  a print with ligatures (ﬁ ﬂ ﬀ) in the text layer, the running header
        "WLGA – OFFICIAL" and "Page N of M" on every page, the table across two pages.

The reading: areas the "Area N:" cells (5) under their theme heading; activities the numbered
lines of the middle column (1-8) in their row's area; recommendations 1-9 with the bold
bracket's owners (WLGA/WG -> WLGA, WG; LG; Working Group), text without the bracket.
"""
from __future__ import annotations

from damage33 import (NBSP, OUT, SHY, esc, ligatures, mojibake, nbsp, page, shy)
from gen_common import (GRID, P, add_par, build_pdf, colors, header_text, mm, new_docx,
                        pdf_styles, set_repeat_header, shade)

NAME = "rec33a-climate-working-group-table"
TITLE = "Working Group on Local Government Climate Action: Recommendations"
CORE = ("The Working Group’s core task was to agree how local government and the Welsh "
        "Government can work together to reach a net zero public sector in Wales by 2030 – "
        "through the councils’ own buildings, fleet and land, the funding available and the "
        "way progress is reported.")
OWN = {"WLGA/WG": ["WLGA", "WG"], "WG": ["WG"], "LG": ["LG"], "WLGA/LG": ["WLGA", "LG"],
       "Working Group": ["Working Group"]}
# (theme, [(area, remit, [activities], [(recommendation, owner printed)])])
THEMES = [
    ("Buildings and energy", [
        ("Public buildings", "To identify how councils can cut the carbon emissions of their "
         "schools, offices and depots.",
         ["Completed a survey of the energy performance of 3,100 council buildings.",
          "Agreed a common approach to display energy certificates for all public buildings."],
         [("That all councils publish a decarbonisation plan for their non-domestic buildings "
           "by March 2027.", "LG"),
          ("That the Welsh Government extends the Re:fit Cymru framework to 2030 – with a "
           "£5 million fund for smaller councils’ buildings.", "WG")]),
        ("Renewable energy", "To explore the scope for councils to generate renewable energy "
         "on their own land.",
         ["Mapped council land suitable for solar farms, identifying 41 sites."],
         [("That the WLGA and the Welsh Government agree a pipeline of council-owned "
           "renewable energy schemes.", "WLGA/WG")]),
    ]),
    ("Transport and fleet", [
        ("Council fleet", "To consider how councils’ vehicle fleets can move to zero "
         "emission vehicles.",
         ["Twelve councils have adopted a fleet transition plan.",
          "Joint procurement of electric refuse vehicles is under way in two regions."],
         [("That councils share charging infrastructure for fleet vehicles across regional "
           "boundaries.", "LG"),
          ("That the Welsh Government provides multi-year funding for fleet transition.",
           "WG")]),
        ("Active travel", "To review how active travel funding reaches councils.",
         ["Reviewed the active travel grant process with Transport for Wales."],
         [("That the active travel grant is awarded on a three-year basis.", "WG")]),
    ]),
    ("Reporting and skills", [
        ("Carbon reporting", "To simplify the way councils report their emissions.",
         ["Agreed the net zero reporting guidance for 2025-26 with Data Cymru.",
          "Held two workshops for finance officers on carbon accounting."],
         [("That the Welsh Government and the WLGA simplify the annual net zero reporting "
           "return.", "WLGA/WG"),
          ("That the Working Group reviews progress on these recommendations in twelve "
           "months.", "Working Group")]),
    ]),
]


def numbered():
    """(theme, area number, area, remit, [(activity no, text)], [(rec no, text, owner)])"""
    a_no, r_no, k = 0, 0, 0
    for theme, areas in THEMES:
        for area, remit, acts, recs in areas:
            k += 1
            al = [(a_no + i, t) for i, t in enumerate(acts, 1)]
            rl = [(r_no + i, t, o) for i, (t, o) in enumerate(recs, 1)]
            a_no += len(acts)
            r_no += len(recs)
            yield theme, k, area, remit, al, rl


def reading() -> dict:
    areas, recs, acts = [], [], []
    for theme, _k, area, _remit, al, rl in numbered():
        areas.append({"area": area, "theme": theme})
        acts += [{"activity_no": str(n), "area": area, "text": t} for n, t in al]
        recs += [{"rec_id": str(n), "area": area, "text": t, "owners": OWN[o]}
                 for n, t, o in rl]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


# ------------------------------------------------------------------ .txt (mojibake)
def write_txt() -> None:
    L = [f"## {TITLE}", "", "### Reminder of Working Group's Core task", "", CORE, ""]
    last = None
    for theme, k, area, remit, al, rl in numbered():
        if theme != last:
            L += [f"#### {theme}", "", "Area\tActivity underway or achieved\tRecommendations"]
            last = theme
        c1 = f"<p><b>Area {k}: {area}</b></p> <p>{remit}</p>"
        c2 = ('<ol style="list-style-type: none"> '
              + " ".join(f"<li>{n}. {t}</li>" for n, t in al) + " </ol>")
        c3 = ('<ol style="list-style-type: none"> '
              + " ".join(f"<li>{n}. {t} (<b>{o}</b>)</li>" for n, t, o in rl) + " </ol>")
        L.append(f"{c1}\t{c2}\t{c3} ")
        L.append("")
    (OUT / f"{NAME}.txt").write_text(mojibake("\n".join(L) + "\n"), encoding="utf-8")


# ------------------------------------------------------------------ .html (cp1252 as utf-8)
def ent(s: str, k: int) -> str:
    s = esc(s, quote=False)
    if k % 2:
        s = s.replace(" – ", " &#8211; ").replace("£", "&pound;")
    return s.replace(" (", "&nbsp;(")


def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>", '<p class="meta">Published by the Welsh Government and '
         "the WLGA", "<h2>Reminder of the Working Group’s core task</h2>", f"<p>{esc(CORE)}"]
    last = None
    for theme, k, area, remit, al, rl in numbered():
        if theme != last:
            if last is not None:
                b.append("</tbody></table>")
            b += [f"<h3>{esc(theme)}</h3>", '<table class="wg-table"><thead><tr><th>Area</th>'
                  "<th>Activity underway or achieved</th><th>Recommendations</th></tr></thead>"
                  "<tbody>"]
            last = theme
        b.append(f"<tr><td><p><strong>Area {k}: {esc(area)}</strong><p>{ent(remit, k)}</td>"
                 "<td><ol class=\"plain\">" + "".join(f"<li>{n}. {ent(t, n)}" for n, t in al)
                 + "</ol></td><td><ol class=\"plain\">"
                 + "".join(f"<li>{n}. {ent(t, n)} <strong>({o})</strong>" for n, t, o in rl)
                 + "</ol></td></tr>")
    b.append("</tbody></table>")
    html = page(TITLE, "GOV.WALES", ["Home", "Local government", "Working Group on Local "
                                     "Government Climate Action"], b,
                ["Business and economy", "Environment and climate change", "Local government",
                 "Housing"], "Welsh Government, Cathays Park, Cardiff, CF10 3NQ")
    html = html.replace("©", "&copy;")
    (OUT / f"{NAME}.html").write_bytes(html.encode("cp1252"))


# ------------------------------------------------------------------ .docx (blank paragraphs)
SHY_WORDS = {"decarbonisation": "de-car-bon-is-a-tion", "infrastructure": "in-fra-struc-ture",
             "performance": "per-form-ance", "procurement": "pro-cure-ment",
             "recommendations": "rec-om-mend-a-tions"}


def d(s: str) -> str:
    return nbsp(shy(s, SHY_WORDS))


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "WLGA \u2013 OFFICIAL")
    doc.add_heading(TITLE, level=1)
    doc.add_paragraph()
    doc.add_heading("Reminder of Working Group’s core task", level=2)
    doc.add_paragraph()
    add_par(doc, d(CORE))
    doc.add_paragraph()
    last, tb = None, None
    for theme, k, area, remit, al, rl in numbered():
        if theme != last:
            doc.add_paragraph()
            doc.add_heading(theme, level=3)
            doc.add_paragraph()
            tb = doc.add_table(rows=1, cols=3)
            tb.style = "Table Grid"
            for c, x in zip(tb.rows[0].cells, ["Area", "Activity underway or achieved",
                                              "Recommendations"]):
                c.paragraphs[0].add_run(x).bold = True
                shade(c, "D9E2F3")
            set_repeat_header(tb.rows[0])
            last = theme
        row = tb.add_row().cells
        row[0].paragraphs[0].add_run(f"Area {k}: {area}").bold = True
        row[0].add_paragraph()
        row[0].add_paragraph(d(remit))
        for i, (n, t) in enumerate(al):
            p = row[1].paragraphs[0] if i == 0 else row[1].add_paragraph()
            p.add_run(f"{n}. {d(t)}")
            row[1].add_paragraph()
        for i, (n, t, o) in enumerate(rl):
            p = row[2].paragraphs[0] if i == 0 else row[2].add_paragraph()
            p.add_run(f"{n}. {d(t)} ")
            p.add_run(f"({o})").bold = True
            row[2].add_paragraph()
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ .pdf (ligatures)
def write_pdf() -> None:
    from reportlab.platypus import Table, TableStyle
    st = pdf_styles(11)

    def L(s: str) -> str:
        return esc(ligatures(s))
    s = [P(L(TITLE), st["title"]), P(L("Reminder of Working Group’s core task"), st["h1"]),
         P(L(CORE), st["body"])]
    last, rows = None, []

    def flush():
        if rows:
            t = Table(rows, colWidths=[50 * mm, 60 * mm, 64 * mm], repeatRows=1)
            t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                 colors.HexColor("#D9E2F3"))]))
            s.append(t)
            rows.clear()
    for theme, k, area, remit, al, rl in numbered():
        if theme != last:
            flush()
            s.append(P(L(theme), st["h1"]))
            rows.append([P("<b>Area</b>", st["cell"]),
                         P("<b>Activity underway or achieved</b>", st["cell"]),
                         P("<b>Recommendations</b>", st["cell"])])
            last = theme
        rows.append([[P(f"<b>Area {k}: {L(area)}</b>", st["cell"]), P(L(remit), st["cell"])],
                     [P(f"{n}. {L(t)}", st["cell"]) for n, t in al],
                     [P(f"{n}. {L(t)} <b>({o})</b>", st["cell"]) for n, t, o in rl]])
    flush()
    build_pdf(OUT / f"{NAME}.pdf", s, "WLGA \u2013 OFFICIAL",
              "Working Group on Local Government Climate Action")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]), NBSP, SHY)
