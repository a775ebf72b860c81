"""rec14a: an AUDIT WALES national report whose recommendations are printed TWICE: gathered
at the start in "Exhibit 1: our recommendations" (a table Ref | Recommendation, R1-R7) and
again, with the same words, as a BOXED "R1" paragraph in the chapter that discusses it. The
chapters ("1. Planning scrutiny's work") are numbered with numbered paragraphs (1.1, 1.2)
and hold exhibits of their own (figures, a case study: no recommendations). The report
states no actions (activities: none).

Auditor General for Wales, "Scrutiny in local government: making a difference", November
2025. Forms:
- .md: pandoc's Markdown (-t markdown-grid_tables-multiline_tables --wrap=none): the exhibit a pipe table with a "Table:" caption, each box a
  FENCED DIV "::: {.recommendation}" ... ":::", numbered paragraphs typed "1.1";
- .html: the audit.wales publication page (cookie banner, ReadSpeaker "Listen" button,
  navigation, breadcrumb, "Download the report" links, footer): the exhibit a <table> with
  a <caption>, the boxes <div class="recommendation-box"> with a <span class="rec-ref">R1
  </span>;
- .docx: the exhibit a shaded two-column table; each box a one-row table [R1 | text] with
  the reference cell in dark teal, white bold text;
- .pdf: the designed report: the exhibit on page 2, the boxes shaded panels with the
  reference in a narrow first cell, page header "Scrutiny in local government" and page
  numbers.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, RGBColor, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec14a-audit-report-exhibit-boxes"
PUB = "Auditor General for Wales"
TITLE = "Scrutiny in local government: making a difference"
DATE = "November 2025"
FOREWORD = [
    "Scrutiny is how councillors who are not in the cabinet hold decision makers to account "
    "and help improve policies and services. This report looks at how well scrutiny works in "
    "the 22 principal councils in Wales and what gets in the way of it making a difference.",
    "We found committed councillors and officers, but scrutiny too often looks at reports "
    "after decisions are made and rarely checks whether its own recommendations are acted "
    "on. Exhibit 1 sets out our recommendations.",
]
# chapter: (paragraphs before the boxes, [(text, owners)], paragraphs after, exhibit)
CHAPTERS = [
    ("Planning scrutiny's work", [
        "Most councils agree their scrutiny work programmes once a year with little "
        "reference to the corporate plan or the cabinet's forward plan.",
        "Only six councils use a public prioritisation tool to choose topics. Exhibit 2 "
        "shows how many items were pre-decision scrutiny in 2024-25.",
    ], [
        ("Councils should link their scrutiny work programmes to the cabinet's forward plan "
         "and the corporate plan, and review them every quarter.", ["LG"]),
        ("Councils should publish the criteria they use to choose scrutiny topics.", ["LG"]),
    ], [
        "We saw good practice where chairs met cabinet members each quarter to agree items.",
    ], ("Exhibit 2: pre-decision items as a share of scrutiny committee items, 2024-25",
        [["Share of items", "Number of councils"], ["Less than 10%", "9"],
         ["10% to 25%", "8"], ["More than 25%", "5"]])),
    ("Supporting scrutiny", [
        "Scrutiny support teams have shrunk: the 22 councils employ 41 full-time equivalent "
        "scrutiny officers, compared with 58 in 2015.",
        "Training for scrutiny members is mostly given at induction and is rarely repeated.",
    ], [
        ("Councils should make sure that scrutiny committees have dedicated officer support "
         "and access to research and data.", ["LG"]),
        ("The WLGA should offer scrutiny chairs and members training throughout the "
         "council term, not only at induction.", ["WLGA"]),
        ("The Welsh Government and the WLGA should agree how national data on service "
         "performance will be made available to scrutiny committees.", ["WG", "WLGA"]),
    ], [
        "Case study: one council shares a scrutiny research officer with its neighbour and "
        "both councils told us this had improved the evidence before their committees.",
    ], None),
    ("The impact of scrutiny", [
        "Fewer than half of councils track what happens to scrutiny's recommendations.",
        "Where recommendations are tracked, cabinets accepted 78% of them in 2024-25 but "
        "only a third were reported as implemented within a year.",
    ], [
        ("Councils should track the cabinet's response to every scrutiny recommendation and "
         "report progress to the committee at least twice a year.", ["LG"]),
        ("Councils should evaluate the impact of scrutiny each year and include the results "
         "in their annual self-assessment.", ["LG"]),
    ], [
        "We will follow up this report in 2027.",
    ], None),
]
METHODS = ("We reviewed documents from all 22 councils, surveyed 412 councillors and "
           "officers, and observed 30 committee meetings between January and June 2025.")


def recs():
    n = 0
    for c, (area, _b, rs, _a, _e) in enumerate(CHAPTERS, 1):
        for text, owners in rs:
            n += 1
            yield n, c, area, text, owners


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, *_ in CHAPTERS],
            "recommendations": [{"rec_id": str(n), "area": area, "text": t, "owners": o}
                                for n, _c, area, t, o in recs()],
            "activities": None}


def by_chapter(c):
    return [(n, t) for n, cc, _a, t, _o in recs() if cc == c]


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", f"{PUB} -- {DATE}", "", "## Summary report", ""]
    for p in FOREWORD:
        out += [p, ""]
    out += ["| Ref | Recommendation |", "|-----|-------------------------------------|"]
    out += [f"| R{n} | {t} |" for n, _c, _a, t, _o in recs()]
    out += ["", "Table: Exhibit 1: our recommendations", ""]
    for c, (area, before, _rs, after, exhibit) in enumerate(CHAPTERS, 1):
        out += [f"## {c}. {area}", ""]
        k = 0
        for p in before:
            k += 1
            out += [f"{c}.{k} {p}", ""]
        for n, t in by_chapter(c):
            out += ["::: {.recommendation}", f"**R{n}** {t}", ":::", ""]
        for p in after:
            k += 1
            out += [f"{c}.{k} {p}", ""]
        if exhibit:
            cap, rows = exhibit
            out += ["| " + " | ".join(rows[0]) + " |", "|---|---|"]
            out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out += ["", f"Table: {cap}", ""]
    out += ["## Appendix 1: audit methods", "", METHODS, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | Audit Wales</title></head><body>",
         '<div class="eu-cookie-compliance-banner"><p>We use cookies on this site to enhance '
         'your user experience.</p><button>OK, I agree</button><button>No, thanks</button>'
         "</div>",
         '<header><a href="/" class="logo">Audit Wales / Archwilio Cymru</a><nav><ul><li>'
         '<a href="/about-us">About us</a></li><li><a href="/publications">Publications</a>'
         '</li><li><a href="/news">News</a></li><li><a href="/cy">Cymraeg</a></li></ul></nav>'
         "</header>",
         '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/publications">'
         f"Publications</a></li><li>{esc(TITLE)}</li></ol>",
         '<main><div id="readspeaker_button1" class="rs_skip"><a href="#">Listen</a></div>',
         f"<h1>{esc(TITLE)}</h1>", f'<p class="date">{esc(PUB)} | {esc(DATE)}</p>',
         '<ul class="downloads"><li><a href="/sites/default/files/scrutiny-eng.pdf">Download '
         'the report (PDF, 1.2MB)</a></li></ul>', "<h2>Summary report</h2>"]
    h += [f"<p>{esc(p)}</p>" for p in FOREWORD]
    h += ['<table class="exhibit"><caption>Exhibit 1: our recommendations</caption><thead>'
          '<tr><th scope="col">Ref</th><th scope="col">Recommendation</th></tr></thead><tbody>']
    h += [f"<tr><td>R{n}</td><td>{esc(t)}</td></tr>" for n, _c, _a, t, _o in recs()]
    h.append("</tbody></table>")
    for c, (area, before, _rs, after, exhibit) in enumerate(CHAPTERS, 1):
        h.append(f"<h2>{c}. {esc(area)}</h2>")
        k = 0
        for p in before:
            k += 1
            h.append(f'<p><span class="para-no">{c}.{k}</span> {esc(p)}</p>')
        for n, t in by_chapter(c):
            h.append(f'<div class="recommendation-box"><p><span class="rec-ref">R{n}</span> '
                     f"{esc(t)}</p></div>")
        for p in after:
            k += 1
            h.append(f'<p><span class="para-no">{c}.{k}</span> {esc(p)}</p>')
        if exhibit:
            cap, rows = exhibit
            h.append(f'<table class="exhibit"><caption>{esc(cap)}</caption><thead><tr>'
                     + "".join(f"<th>{esc(x)}</th>" for x in rows[0]) + "</tr></thead><tbody>")
            h += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows[1:]]
            h.append("</tbody></table>")
    h += ["<h2>Appendix 1: audit methods</h2>", f"<p>{esc(METHODS)}</p>", "</main>",
          '<footer><p>Audit Wales, 1 Capital Quarter, Tyndall Street, Cardiff, CF10 4BZ</p>'
          '<ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/'
          'privacy">Privacy</a></li></ul></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def box(doc, n, text):
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    cell_text(a, f"R{n}", bold=True)
    a.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(a, "00626E")
    cell_text(b, text)
    shade(b, "E1F0F1")
    add_par(doc, "")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, TITLE)
    footer_page_numbers(doc, "Audit Wales")
    add_par(doc, PUB, bold=True)
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE)
    doc.add_heading("Summary report", level=1)
    for p in FOREWORD:
        add_par(doc, p)
    add_par(doc, "Exhibit 1: our recommendations", bold=True)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    for cell, v in zip(t.rows[0].cells, ["Ref", "Recommendation"]):
        cell_text(cell, v, bold=True)
        shade(cell, "B7DDE0")
    for n, _c, _a, text, _o in recs():
        row = t.add_row()
        cell_text(row.cells[0], f"R{n}", bold=True)
        cell_text(row.cells[1], text)
    for c, (area, before, _rs, after, exhibit) in enumerate(CHAPTERS, 1):
        doc.add_heading(f"{c}. {area}", level=1)
        k = 0
        for p in before:
            k += 1
            add_par(doc, f"{c}.{k}\t{p}")
        for n, text in by_chapter(c):
            box(doc, n, text)
        for p in after:
            k += 1
            add_par(doc, f"{c}.{k}\t{p}")
        if exhibit:
            cap, rows = exhibit
            add_par(doc, cap, bold=True)
            et = doc.add_table(rows=0, cols=2)
            et.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = et.add_row().cells
                for cell, v in zip(cells, r):
                    cell_text(cell, v, bold=i == 0)
    doc.add_heading("Appendix 1: audit methods", level=1)
    add_par(doc, METHODS)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    teal = colors.HexColor("#00626E")
    story = [P(esc(PUB), st["body"]), P(esc(TITLE), st["title"]), P(esc(DATE), st["body"]),
             P("Summary report", st["h1"])]
    story += [P(esc(p), st["body"]) for p in FOREWORD]
    story.append(P("<b>Exhibit 1: our recommendations</b>", st["body"]))
    data = [[P("<b>Ref</b>", st["cellb"]), P("<b>Recommendation</b>", st["cellb"])]]
    data += [[P(f"<b>R{n}</b>", st["cellb"]), P(esc(t), st["cell"])]
             for n, _c, _a, t, _o in recs()]
    story.append(Table(data, colWidths=[14 * mm, 160 * mm], repeatRows=1,
                       style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                       colors.HexColor("#B7DDE0"))])))
    white = st["cellb"].clone("white", textColor=colors.white)
    for c, (area, before, _rs, after, exhibit) in enumerate(CHAPTERS, 1):
        story.append(P(f"{c}. {esc(area)}", st["h1"]))
        k = 0
        for p in before:
            k += 1
            story.append(Table([[P(f"{c}.{k}", st["body"]), P(esc(p), st["body"])]],
                               colWidths=[12 * mm, 162 * mm],
                               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
        for n, text in by_chapter(c):
            story.append(Table([[P(f"R{n}", white), P(esc(text), st["cell"])]],
                               colWidths=[14 * mm, 160 * mm],
                               style=TableStyle([("BACKGROUND", (0, 0), (0, 0), teal),
                                                 ("BACKGROUND", (1, 0), (1, 0),
                                                  colors.HexColor("#E1F0F1")),
                                                 ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                 ("TOPPADDING", (0, 0), (-1, -1), 6),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])))
        for p in after:
            k += 1
            story.append(Table([[P(f"{c}.{k}", st["body"]), P(esc(p), st["body"])]],
                               colWidths=[12 * mm, 162 * mm],
                               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
        if exhibit:
            cap, rows = exhibit
            story.append(P(f"<b>{esc(cap)}</b>", st["body"]))
            story.append(Table([[P(esc(x), st["cell"]) for x in r] for r in rows],
                               colWidths=[60 * mm, 40 * mm], hAlign="LEFT",
                               style=TableStyle(list(GRID))))
    story += [P("Appendix 1: audit methods", st["h1"]), P(esc(METHODS), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, TITLE, "Audit Wales")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
