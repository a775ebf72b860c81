"""rec34a: a working group's recommendations of the SHIPPED KIND, TRANSPOSED: the Local
Government Resilience Working Group's recommendations to the Partnership Council for Wales
(March 2026; real Partnership Council and bodies, group and content invented), one small
table per area whose ROWS are the fields `Theme` / `Area` / `What is already happening` /
`Recommendation(s)` / `Lead`.

Several recommendations per area, numbered "R1".."R15" through the whole report in the
Recommendation(s) cell (in the Word file by a real numbering.xml list with level text "R%1"
that runs on from table to table; typed in the other forms); owners as the Lead row (WLGA,
WG, councils, CJCs, "Working Group", "WLGA and councils") and, for some recommendations, in
brackets after the recommendation ("(WG)", "(Councils)", "(WG/WLGA)"); activities as bullets
in the What is already happening row; one area "Nothing yet in place.".

The reading (typed here, before any loader ran): areas the Area rows (6) with the theme of
their Theme row (3 themes); recommendations R1-R15, rec_id as printed ("R12"), text without
the "R12" and without a closing bracketed owner; owners the bracket where a recommendation
has one, else the Lead row (WG, WLGA, LG = councils, "Corporate Joint Committees" = CJCs,
"Working Group"); activities the bullets (9; unnumbered, activity_no None) of their area;
"Nothing yet in place." is not an activity; the introduction and the key are neither.
Forms: .md pandoc's Markdown of the web page's article (header-less grid tables, since the
cells hold lists and several paragraphs; the field names plain text);
.html GOV.WALES HTML publication (chrome, `<th scope="row">` field names, `<ul>` in cells);
.docx Word (Table Grid, shaded field-name column, List Bullet activities, R-numbered list);
.pdf A4 print of the Word file (running header, page numbers, tables kept whole).
"""
from __future__ import annotations

from common34 import new_list, page, set_num
from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc, mm,
                        new_docx, pdf_styles, shade, header_text, footer_page_numbers)
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

NAME = "rec34a-working-group-transposed-tables"
TITLE = "Local Government Resilience Working Group: Recommendations to the Partnership Council"
PUBLISHED = "First published: 19 March 2026"
INTRO = [
    "The Partnership Council for Wales asked the Local Government Resilience Working Group in "
    "June 2025 to recommend how the Welsh Government, the WLGA and councils could put local "
    "services on a more sustainable footing. The group met seven times between July 2025 "
    "and February 2026.",
    "This paper sets out, area by area, what is already happening and what the group "
    "recommends. The Lead row names who should take each area forward; where a "
    "recommendation names a different lead, it is shown in brackets after it.",
    "Key: WG – Welsh Government; WLGA – Welsh Local Government Association; councils – the "
    "22 principal councils; CJCs – Corporate Joint Committees.",
]
CODES = {"WG": ["WG"], "WLGA": ["WLGA"], "Councils": ["LG"], "CJCs":
         ["Corporate Joint Committees"], "Working Group": ["Working Group"],
         "WLGA and councils": ["WLGA", "LG"], "WG/WLGA": ["WG", "WLGA"]}
# theme -> [(area, [activities], lead, [(text, bracket or None)])]; R numbers run on
THEMES = [
    ("Sustainable finance", [
        ("Multi-year settlements", [
            "The Welsh Government published indicative settlement figures for 2026-27 in "
            "October 2025.",
            "The Finance Sub-Group agreed a shared timetable for the 2026-27 budget round."],
         "WG", [
            ("That the Welsh Government provides three-year indicative settlements from "
             "2027-28.", None),
            ("That councils publish their medium-term financial plans on a common template "
             "by March 2027.", "Councils")]),
        ("Specific grants", [
            "A joint review identified 74 specific grants paid to councils in 2024-25.",
            "Eleven grants were transferred into the Revenue Support Grant for 2025-26."],
         "WG", [
            ("That a further tranche of specific grants is transferred into the settlement "
             "from 2027-28.", None),
            ("That the terms and conditions of specific grants follow one standard template.",
             None),
            ("That grant offers are issued before the start of the financial year to which "
             "they relate.", None)]),
    ]),
    ("Regional working", [
        ("Corporate Joint Committees", [
            "All four CJCs adopted timetables for their strategic development plans.",
            "A network of CJC finance officers has met every quarter since April 2025."],
         "CJCs", [
            ("That each CJC publishes an annual report on its performance to its constituent "
             "councils.", None),
            ("That the Welsh Government reviews the CJC general regulations by 2028.", "WG"),
            ("That a forum for CJC members meets twice a year.", "WLGA")]),
        ("Shared services", ["Nothing yet in place."], "WLGA", [
            ("That the WLGA maps the shared back-office services of the 22 councils by "
             "December 2026.", None),
            ("That councils consider a shared service before re-procuring any back-office "
             "system.", "Councils")]),
    ]),
    ("People and places", [
        ("Workforce capacity", [
            "The WLGA launched a national careers campaign for local government in June 2025.",
            "Twelve councils joined a shared graduate scheme in September 2025."],
         "WLGA and councils", [
            ("That a national recruitment campaign for planners and surveyors runs from "
             "2026-27.", None),
            ("That councils share agency staff rates through a common framework.", None),
            ("That the group's workforce findings are reported to the Workforce Partnership "
             "Council.", "Working Group")]),
        ("Community resilience", [
            "Four councils piloted a community asset transfer toolkit in 2025."],
         "Working Group", [
            ("That the Welsh Government and the WLGA publish joint guidance on community "
             "asset transfer by September 2026.", "WG/WLGA"),
            ("That the group meets again in 2027 to review progress on these "
             "recommendations.", None)]),
    ]),
]
CLOSE = ["The Partnership Council is asked to accept the recommendations and to receive a "
         "progress report in March 2027.",
         "Councillor Andrew Morgan OBE and Dame Shan Morgan, co-chairs"]
FIELDS = ["Theme", "Area", "What is already happening", "Recommendation(s)", "Lead"]


def numbered():
    """(theme, area, activities, lead, [(R label, text, bracket)]) with R numbers run on."""
    n = 0
    out = []
    for theme, areas in THEMES:
        for area, acts, lead, recs in areas:
            rs = []
            for t, br in recs:
                n += 1
                rs.append((f"R{n}", t, br))
            out.append((theme, area, acts, lead, rs))
    return out


def rec_line(label, t, br) -> str:
    return f"{label} {t}" + (f" ({br})" if br else "")


def reading() -> dict:
    areas, recs, acts = [], [], []
    for theme, area, activities, lead, rs in numbered():
        areas.append({"area": area, "theme": theme})
        for a in activities:
            if a != "Nothing yet in place.":
                acts.append({"activity_no": None, "area": area, "text": a})
        for label, t, br in rs:
            recs.append({"rec_id": label, "area": area, "text": t,
                         "owners": CODES[br or lead]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


# ------------------------------------------------------------------ Markdown (pandoc)
def grid(rows: list[tuple[str, list[str]]], w0: int = 27, w1: int = 60) -> list[str]:
    import textwrap
    sep = "+" + "-" * (w0 + 2) + "+" + "-" * (w1 + 2) + "+"
    out = [sep]
    for k, paras in rows:
        left = textwrap.wrap(k, w0)
        right: list[str] = []
        for i, p in enumerate(paras):
            if i:
                right.append("")
            bullet = p.startswith("-   ")
            body = p[4:] if bullet else p
            ls = textwrap.wrap(body, w1 - (4 if bullet else 0))
            right += [("-   " if bullet and j == 0 else "    " if bullet else "") + x
                      for j, x in enumerate(ls)]
        for j in range(max(len(left), len(right))):
            a = left[j] if j < len(left) else ""
            b = right[j] if j < len(right) else ""
            out.append(f"| {a.ljust(w0)} | {b.ljust(w1)} |")
        out.append(sep)
    return out


def write_md() -> None:
    out = [f"# {TITLE}", "", PUBLISHED, ""] + sum(([p, ""] for p in INTRO), [])
    for theme, area, acts, lead, rs in numbered():
        out += [f"## {area}", ""]
        rows = [("Theme", [theme]), ("Area", [area]),
                ("What is already happening",
                 ["-   " + a if a != "Nothing yet in place." else a for a in acts]),
                ("Recommendation(s)", [rec_line(*r) for r in rs]),
                ("Lead", [lead])]
        out += grid(rows) + [""]
    out += ["## Next steps", ""] + sum(([p, ""] for p in CLOSE), [])
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page (GOV.WALES)
def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">{esc(PUBLISHED)}</p>',
         '<nav class="contents"><h2>Contents</h2><ol>'
         + "".join(f'<li><a href="#s{i}">{esc(a)}</a></li>'
                   for i, (_t, a, *_r) in enumerate(numbered(), 1)) + "</ol></nav>",
         "<h2>Introduction</h2>"] + [f"<p>{esc(p)}</p>" for p in INTRO]
    for i, (theme, area, acts, lead, rs) in enumerate(numbered(), 1):
        ul = ("<ul>" + "".join(f"<li>{esc(a)}</li>" for a in acts) + "</ul>"
              if acts != ["Nothing yet in place."] else f"<p>{esc(acts[0])}</p>")
        b += [f'<h2 id="s{i}">{esc(area)}</h2>', '<table class="table"><tbody>',
              f'<tr><th scope="row">Theme</th><td>{esc(theme)}</td></tr>',
              f'<tr><th scope="row">Area</th><td>{esc(area)}</td></tr>',
              f'<tr><th scope="row">What is already happening</th><td>{ul}</td></tr>',
              '<tr><th scope="row">Recommendation(s)</th><td>'
              + "".join(f"<p>{esc(rec_line(*r))}</p>" for r in rs) + "</td></tr>",
              f'<tr><th scope="row">Lead</th><td>{esc(lead)}</td></tr>', "</tbody></table>"]
    b += ["<h2>Next steps</h2>"] + [f"<p>{esc(p)}</p>" for p in CLOSE]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "GOV.WALES", ["Home", "Local government", "Partnership Council for Wales",
                             "Reports"], b,
        ["Business and economy", "Education", "Health", "Local government", "Transport"],
        "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"), encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Local Government Resilience Working Group")
    footer_page_numbers(doc, "Recommendations to the Partnership Council, March 2026")
    doc.add_heading(TITLE, level=0)
    add_par(doc, PUBLISHED)
    doc.add_heading("Introduction", level=1)
    for p in INTRO:
        add_par(doc, p)
    nid = new_list(doc, "decimal", "R%1", indent=454)
    for theme, area, acts, lead, rs in numbered():
        doc.add_heading(area, level=2)
        tb = doc.add_table(rows=5, cols=2)
        tb.style = "Table Grid"
        for row, f in zip(tb.rows, FIELDS):
            cell_text(row.cells[0], f, bold=True)
            shade(row.cells[0], "DEEAF6")
        cell_text(tb.rows[0].cells[1], theme)
        cell_text(tb.rows[1].cells[1], area)
        c = tb.rows[2].cells[1]
        if acts == ["Nothing yet in place."]:
            cell_text(c, acts[0])
        else:
            c.paragraphs[0].style = doc.styles["List Bullet"]
            c.paragraphs[0].add_run(acts[0])
            for a in acts[1:]:
                add_par(c, a, style="List Bullet")
        c = tb.rows[3].cells[1]
        for k, (_label, t, br) in enumerate(rs):
            p = c.paragraphs[0] if k == 0 else c.add_paragraph()
            p.add_run(t + (f" ({br})" if br else ""))
            set_num(p, nid)
        cell_text(tb.rows[4].cells[1], lead)
        add_par(doc)
    doc.add_heading("Next steps", level=1)
    for p in CLOSE:
        add_par(doc, p)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (print of the Word file)
def write_pdf() -> None:
    st = pdf_styles(9.5)
    s = [P(esc(TITLE), st["title"]), P(esc(PUBLISHED), st["body"]),
         P("Introduction", st["h1"])] + [P(esc(p), st["body"]) for p in INTRO]
    for theme, area, acts, lead, rs in numbered():
        happening = ([P(esc(acts[0]), st["cell"])] if acts == ["Nothing yet in place."] else
                     [P("•&nbsp;&nbsp;" + esc(a), st["cell"]) for a in acts])
        data = [[P("<b>Theme</b>", st["cell"]), P(esc(theme), st["cell"])],
                [P("<b>Area</b>", st["cell"]), P(esc(area), st["cell"])],
                [P("<b>What is already happening</b>", st["cell"]), happening],
                [P("<b>Recommendation(s)</b>", st["cell"]),
                 [P(f"{lb}&nbsp;&nbsp;&nbsp;{esc(t)}" + (f" ({esc(br)})" if br else ""),
                    st["cell"]) for lb, t, br in rs]],
                [P("<b>Lead</b>", st["cell"]), P(esc(lead), st["cell"])]]
        t = Table(data, colWidths=[42 * mm, 132 * mm])
        t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (0, -1),
                                             colors.HexColor("#DEEAF6"))]))
        s.append(KeepTogether([P(esc(area), st["h2"]), t, Spacer(1, 3 * mm)]))
    s += [P("Next steps", st["h1"])] + [P(esc(p), st["body"]) for p in CLOSE]
    build_pdf(OUT / f"{NAME}.pdf", s, "Local Government Resilience Working Group",
              "Recommendations to the Partnership Council, March 2026")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["recommendations"]), len(r["areas"]), len(r["activities"]))
