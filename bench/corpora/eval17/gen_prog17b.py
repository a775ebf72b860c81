"""prog17b: a council SERVICE PLAN MID-YEAR REVIEW: per service area a "Key actions" table
`Ref | Key action | Target date | RAG | Mid-year comment` whose status is ONLY A COLOUR in
its own column (the RAG legend up front: Blue complete, Green on track, Amber some
slippage, Red off track, Grey not started), followed by a "Performance indicators" table
`PI | Indicator | 2024-25 actual | 2025-26 target | Q2 2025-26 | RAG` that holds NO
actions (measures, with their own RAG); a "Resources" section with the service's grants in
a table. The service priorities are a numbered list in the introduction.

Coed-y-Mynydd County Borough Council (fictional), "Housing and Public Protection Service
Plan 2025-26: mid-year review" (1 April to 30 September 2025), published 4 November 2025.
Forms:
- .md: pandoc's Markdown of the Word file: RAG cells as the colour word;
- .html: the council's CMS accessible HTML version: the RAG a coloured "●" symbol
  (`<span class="rag rag-amber" title="Amber">●</span>`, no word printed), navigation,
  "On this page" contents, cookie banner, footer;
- .docx: Word, the RAG cells SHADED with the colour and the colour word in the cell;
- .pdf: the printed plan, RAG cells shaded with the colour word.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog17b-service-plan-midyear"
COUNCIL = "Coed-y-Mynydd County Borough Council"
TITLE = "Housing and Public Protection Service Plan 2025-26: mid-year review"
PERIOD = "Reporting period: 1 April to 30 September 2025"
PUBLISHED = "Published: 4 November 2025"
RAG = {"Blue": ("Complete", "2E75B6", "done"), "Green": ("On track", "70AD47", "in progress"),
       "Amber": ("Some slippage; action being taken", "FFC000", "at risk"),
       "Red": ("Off track; needs intervention", "FF0000", "at risk"),
       "Grey": ("Not started", "A6A6A6", "planned")}
INTRO = ("This review reports progress at the half-year point against the key actions and "
         "performance indicators in the service plan agreed by Cabinet in April 2025. It "
         "will be considered by the Communities Scrutiny Committee on 19 November 2025.")
PRIORITIES = ["Prevent homelessness and end the use of bed and breakfast accommodation",
              "Improve the condition of private rented homes",
              "Protect residents and businesses through fair and safe trading"]
# area: (name, [(ref, action, target, rag, comment, quarter, partners)], [pi rows])
AREAS = [
    ("Housing Solutions", [
        ("HS1", "Open a 12-bed supported housing scheme for young people in Pontyfelin.",
         "December 2025", "Green", "Building handed over in October; staff recruited.",
         "2025-26 Q3", []),
        ("HS2", "Reduce the number of families placed in bed and breakfast accommodation to "
         "zero.", "March 2026", "Red", "Placements rose to 14 in September because of "
         "demand; a recovery plan goes to Cabinet in November.", "2025-26 Q4", []),
        ("HS3", "Review the housing allocation policy with the housing associations.",
         "September 2025", "Blue", "New policy adopted on 16 September.", "2025-26 Q2", []),
        ("HS4", "Publish a rapid rehousing transition plan update with Data Cymru's "
         "homelessness data.", "January 2026", "Amber", "Data matching delayed by two "
         "months; revised date March 2026.", "2025-26 Q4", ["Data Cymru"]),
    ], [("PI01", "Households successfully prevented from becoming homeless (%)", "61%",
         "65%", "63%", "Amber"),
        ("PI02", "Average days in temporary accommodation", "187", "150", "171", "Red")]),
    ("Private Sector Housing", [
        ("PSH1", "Inspect all licensed houses in multiple occupation due for renewal.",
         "March 2026", "Green", "61 of 118 inspected.", "2025-26 Q4", []),
        ("PSH2", "Launch an empty homes loan scheme.", "July 2025", "Blue",
         "Launched on 1 July; nine loans approved.", "2025-26 Q2", []),
        ("PSH3", "Carry out a stock condition survey of the private rented sector.",
         "February 2026", "Grey", "Tender to be issued in November.", "2025-26 Q4", []),
    ], [("PI03", "Empty homes brought back into use", "48", "60", "27", "Green"),
        ("PI04", "Disabled facilities grants: average days to deliver", "214", "190", "201",
         "Amber")]),
    ("Public Protection", [
        ("PP1", "Deliver the food hygiene inspection programme for high-risk premises.",
         "March 2026", "Green", "Inspections are on schedule.", "2025-26 Q4", []),
        ("PP2", "Run a doorstep crime awareness campaign with older people's groups.",
         "October 2025", "Blue", "Campaign ran in September with 31 talks.",
         "2025-26 Q3", []),
        ("PP3", "Introduce online applications for all licensing types.", "December 2025",
         "Amber", "Supplier delay; taxi licences now due online in January.", "2025-26 Q3",
         []),
        ("PP4", "Agree a regional trading standards intelligence protocol with the other "
         "five councils.", "March 2026", "Grey", "Not started: awaiting the regional "
         "group's terms of reference.", "2025-26 Q4", []),
    ], [("PI05", "High-risk food premises inspected on time (%)", "94%", "100%", "97%",
         "Green"),
        ("PI06", "Licence applications decided within 28 days (%)", "82%", "90%", "84%",
         "Amber")]),
]
GRANTS = [("Housing Support Grant", "£4,210,000", "£1,985,400"),
          ("Homelessness Prevention Grant", "£612,000", "£298,700")]
KCOLS = ["Ref", "Key action", "Target date", "RAG", "Mid-year comment"]
PCOLS = ["PI", "Indicator", "2024-25 actual", "2025-26 target", "Q2 2025-26", "RAG"]
GCOLS = ["Grant (2025-26)", "Allocation", "Spent to 30 September"]
FILL = {k: v[1] for k, v in RAG.items()}


def reading() -> dict:
    items = [{"ref": a[0], "section": str(n), "text": a[1], "status": RAG[a[3]][2],
              "quarter": a[5], "partners": a[6]}
             for n, (_nm, acts, _p) in enumerate(AREAS, 1) for a in acts]
    grants = [{"grant": g[0], "amount_gbp": int(g[1].strip("£").replace(",", "")),
               "financial_year": "2025-26"} for g in GRANTS]
    return {"kind": "programme", "title": TITLE, "date": "2025-11-04",
            "priorities": PRIORITIES, "items": items, "grants": grants}


def kcells(a):
    return list(a[:5])


def legend_rows():
    return [[k, v[0]] for k, v in RAG.items()]


def md_table(cols, rows):
    return ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)] + \
        ["| " + " | ".join(r) + " |" for r in rows] + [""]


def write_md() -> None:
    out = [f"# {TITLE}", "", COUNCIL, "", PERIOD, "", PUBLISHED, "", "## 1. Introduction", "",
           INTRO, "", "The service's priorities for 2025-26 are:", ""]
    out += [f"{i}.  {p}" for i, p in enumerate(PRIORITIES, 1)] + [""]
    out += ["## 2. How to read this review", "", "Key actions and indicators are given a "
            "RAG status:", ""] + md_table(["RAG", "Meaning"], legend_rows())
    out += ["## 3. Progress by service area", ""]
    for n, (nm, acts, pis) in enumerate(AREAS, 1):
        out += [f"### 3.{n} {nm}", "", "**Key actions**", ""] + md_table(KCOLS, [kcells(a) for a in acts])
        out += ["**Performance indicators**", ""] + md_table(PCOLS, [list(p) for p in pis])
    out += ["## 4. Resources", ""] + md_table(GCOLS, [list(g) for g in GRANTS])
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def dot(c):
    return f'<span class="rag rag-{c.lower()}" title="{c}">\u25cf</span>'


def html_table(cols, rows, rag_col=None):
    h = ['<table class="table"><thead><tr>' + "".join(f"<th>{c}</th>" for c in cols)
         + "</tr></thead><tbody>"]
    for r in rows:
        h.append("<tr>" + "".join(f"<td>{dot(x) if i == rag_col else esc(x)}</td>"
                                  for i, x in enumerate(r)) + "</tr>")
    return h + ["</tbody></table>"]


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - {COUNCIL}</title>",
         "<style>.rag-blue{color:#2E75B6}.rag-green{color:#70AD47}.rag-amber{color:#FFC000}"
         ".rag-red{color:#FF0000}.rag-grey{color:#A6A6A6}</style></head><body>",
         '<div class="cookie-banner"><p>Can we store analytics cookies on your device? '
         '</p><button>Yes</button><button>No</button><a href="/cookies">How we use cookies'
         "</a></div>",
         '<header><a href="/en/">Coed-y-Mynydd County Borough Council</a><form role="search">'
         '<label for="q">Search</label><input id="q"></form><nav><ul><li><a href="/en/'
         'council">Council and democracy</a></li><li><a href="/en/housing">Housing</a></li>'
         '<li><a href="/cy/">Cymraeg</a></li></ul></nav></header>',
         '<main><nav class="breadcrumb"><a href="/en/">Home</a> &gt; <a href="/en/council">'
         'Council and democracy</a> &gt; Performance</nav>',
         f"<h1>{esc(TITLE)}</h1>", f"<p>{PERIOD}</p>", f"<p>{PUBLISHED}</p>",
         '<nav class="on-this-page"><h2>On this page</h2><ul><li><a href="#intro">'
         'Introduction</a></li><li><a href="#rag">How to read this review</a></li><li>'
         '<a href="#progress">Progress by service area</a></li><li><a href="#resources">'
         "Resources</a></li></ul></nav>",
         '<h2 id="intro">1. Introduction</h2>', f"<p>{esc(INTRO)}</p>",
         "<p>The service's priorities for 2025-26 are:</p><ol>"
         + "".join(f"<li>{esc(p)}</li>" for p in PRIORITIES) + "</ol>",
         '<h2 id="rag">2. How to read this review</h2><p>Key actions and indicators are '
         "given a RAG status:</p>"]
    h += html_table(["RAG", "Meaning"], legend_rows(), rag_col=0)
    h.append('<h2 id="progress">3. Progress by service area</h2>')
    for n, (nm, acts, pis) in enumerate(AREAS, 1):
        h += [f"<h3>3.{n} {esc(nm)}</h3>", "<h4>Key actions</h4>"]
        h += html_table(KCOLS, [kcells(a) for a in acts], rag_col=3)
        h.append("<h4>Performance indicators</h4>")
        h += html_table(PCOLS, [list(p) for p in pis], rag_col=5)
    h.append('<h2 id="resources">4. Resources</h2>')
    h += html_table(GCOLS, [list(g) for g in GRANTS])
    h += ["</main>", "<footer><p>Was this page useful? <a href=\"/feedback\">Tell us</a></p>"
          '<ul><li><a href="/en/accessibility">Accessibility statement</a></li><li><a href="/'
          'en/privacy">Privacy</a></li></ul><p>&copy; Coed-y-Mynydd County Borough Council</p>'
          "</footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def docx_table(doc, cols, rows, rag_col=None):
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "1F3864")
    set_repeat_header(t.rows[0])
    for r in rows:
        row = t.add_row()
        for i, x in enumerate(r):
            cell_text(row.cells[i], x)
            if i == rag_col:
                shade(row.cells[i], FILL[x])
    add_par(doc)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, f"{COUNCIL} | Service Plan 2025-26 mid-year review")
    footer_page_numbers(doc, "Housing and Public Protection")
    doc.add_heading(TITLE, level=0)
    for x in (COUNCIL, PERIOD, PUBLISHED):
        add_par(doc, x)
    doc.add_heading("1. Introduction", level=1)
    add_par(doc, INTRO)
    add_par(doc, "The service's priorities for 2025-26 are:")
    for p in PRIORITIES:
        doc.add_paragraph(p, style="List Number")
    doc.add_heading("2. How to read this review", level=1)
    add_par(doc, "Key actions and indicators are given a RAG status:")
    docx_table(doc, ["RAG", "Meaning"], legend_rows(), rag_col=0)
    doc.add_heading("3. Progress by service area", level=1)
    for n, (nm, acts, pis) in enumerate(AREAS, 1):
        doc.add_heading(f"3.{n} {nm}", level=2)
        add_par(doc, "Key actions", bold=True)
        docx_table(doc, KCOLS, [kcells(a) for a in acts], rag_col=3)
        add_par(doc, "Performance indicators", bold=True)
        docx_table(doc, PCOLS, [list(p) for p in pis], rag_col=5)
    doc.add_heading("4. Resources", level=1)
    docx_table(doc, GCOLS, [list(g) for g in GRANTS])
    doc.save(OUT / f"{NAME}.docx")


def pdf_table(st, cols, rows, widths, rag_col=None):
    data = [[P(f"<font color='white'><b>{c}</b></font>", st["cell"]) for c in cols]]
    data += [[P(esc(x), st["cell"]) for x in r] for r in rows]
    style = GRID + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864"))]
    if rag_col is not None:
        style += [("BACKGROUND", (rag_col, i), (rag_col, i), colors.HexColor("#" + FILL[r[rag_col]]))
                  for i, r in enumerate(rows, 1)]
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return [t, Spacer(1, 6)]


def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(COUNCIL, st["body"]), P(esc(TITLE), st["title"]), P(PERIOD, st["body"]),
             P(PUBLISHED, st["body"]), P("1. Introduction", st["h1"]), P(esc(INTRO), st["body"]),
             P("The service's priorities for 2025-26 are:", st["body"])]
    story += [P(f"{i}. {esc(p)}", st["body"]) for i, p in enumerate(PRIORITIES, 1)]
    story += [P("2. How to read this review", st["h1"]),
              P("Key actions and indicators are given a RAG status:", st["body"])]
    story += pdf_table(st, ["RAG", "Meaning"], legend_rows(), [20 * mm, 80 * mm], rag_col=0)
    story.append(P("3. Progress by service area", st["h1"]))
    for n, (nm, acts, pis) in enumerate(AREAS, 1):
        story += [P(f"3.{n} {esc(nm)}", st["h2"]), P("<b>Key actions</b>", st["body"])]
        story += pdf_table(st, KCOLS, [kcells(a) for a in acts],
                           [14 * mm, 62 * mm, 24 * mm, 14 * mm, 60 * mm], rag_col=3)
        story.append(P("<b>Performance indicators</b>", st["body"]))
        story += pdf_table(st, PCOLS, [list(p) for p in pis],
                           [14 * mm, 70 * mm, 22 * mm, 22 * mm, 22 * mm, 14 * mm], rag_col=5)
    story.append(P("4. Resources", st["h1"]))
    story += pdf_table(st, GCOLS, [list(g) for g in GRANTS], [70 * mm, 35 * mm, 45 * mm])
    build_pdf(OUT / f"{NAME}.pdf", story, "Housing and Public Protection Service Plan 2025-26: "
              "mid-year review", COUNCIL)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
