"""prog22b: a WORKSTREAM DELIVERY TABLE WITH BULLETED CELLS: one table `Workstream | Key
deliverables 2025-26 | Progress this quarter | RAG | Funding` where each row's "Key
deliverables" cell holds SEVERAL BULLETS (one per deliverable, each with its "(by Month
Year)") and the "Progress this quarter" cell beside it holds ONE BULLET PER DELIVERABLE IN THE
SAME ORDER; a workstream spans two rows (two RAG ratings), its Workstream and Funding cells
MERGED DOWN in Word; funding per workstream "£250,000 (Local Government Decarbonisation
grant)"; then a FUNDING SUMMARY TABLE `Grant | Allocation | Spend to date | Forecast outturn`.

WLGA Climate Change and Decarbonisation Support Programme (setting real; content invented),
"quarterly delivery report, Quarter 2 2025-26", to the WLGA Climate Change Member Panel,
13 November 2025. Forms:
- .md: pandoc GRID TABLE (pandoc 3 writes a Word table's merged cells as blank
  continuation cells), "-   " bullets inside the cells;
- .html: the WLGA website (cookie banner, nav, footer), `rowspan` on Workstream and Funding,
  each bulleted cell a <ul>;
- .docx: Word table, Workstream and Funding cells VERTICALLY MERGED, bullets "List Bullet";
- .pdf: ruled table with SPAN cells and "•" bullets in hanging indents.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from reportlab.platypus import Paragraph, Table, TableStyle

NAME = "prog22b-workstream-delivery-table"
TITLE = ("Climate Change and Decarbonisation Support Programme: quarterly delivery report, "
         "Quarter 2 2025-26")
PANEL = "Report to the WLGA Climate Change Member Panel, 13 November 2025"
INTRO = ("This report sets out progress in July to September 2025 against the programme's "
         "key deliverables for 2025-26. Each workstream's deliverables are listed with the "
         "progress made against each one in the same order. RAG: Green on track; Amber some "
         "slippage; Red significant risk to delivery; Blue complete.")
STATUS = {"Green": "in progress", "Amber": "at risk", "Red": "at risk", "Blue": "done"}
GA = "Local Government Decarbonisation grant"
GB = "Nature Networks Fund"
# workstream: (name, funding, [row: (rag, [(deliverable, progress, quarter, partners)])])
WS = [
    ("Net zero buildings and estates", f"£250,000 ({GA})", [
        ("Green", [
            ("Heat decarbonisation plans for each council's ten largest buildings (by March "
             "2026)", "Plans completed for 14 councils; the rest are being drafted.",
             "2025-26 Q4", []),
            ("A shared framework for solar PV on council roofs (by December 2025)",
             "Tender documents agreed with the councils' procurement leads.", "2025-26 Q3",
             []),
        ]),
        ("Amber", [
            ("Energy data dashboard for all 22 councils with Data Cymru (by September 2025)",
             "Dashboard built; four councils have still to supply meter data.", "2025-26 Q2",
             ["Data Cymru"]),
        ]),
    ]),
    ("Fleet and transport", f"£200,000 ({GA})", [
        ("Blue", [
            ("Ultra-low emission vehicle review of council fleets (by June 2025)",
             "Review published in July 2025 with a fleet transition model for each council.",
             "2025-26 Q1", []),
        ]),
        ("Red", [
            ("Shared charging hubs for council fleets in three regions (by March 2026)",
             "Grid connection offers for two of the three hubs will not be available until "
             "2027.", "2025-26 Q4", []),
            ("Guidance on decarbonising home-to-school transport (by January 2026)",
             "Not started: the lead officer post is vacant.", "2025-26 Q4", []),
        ]),
    ]),
    ("Nature and biodiversity", f"£120,000 ({GB})", [
        ("Green", [
            ("Section 6 biodiversity duty reporting template (by October 2025)",
             "Template drafted and tested with six councils.", "2025-26 Q3", []),
            ("Tree planting on council land: 40 hectares (by March 2026)",
             "18 hectares planted or prepared for planting this winter.", "2025-26 Q4", []),
        ]),
    ]),
]
FUNDS = [(GA, "£450,000", "£205,300", "£441,000"), (GB, "£120,000", "£51,800", "£120,000"),
         ("Total", "£570,000", "£257,100", "£561,000")]
FUNDNOTE = ("Both grants are Welsh Government grants for 2025-26. The forecast underspend on "
            "the Local Government Decarbonisation grant reflects the delay to the charging "
            "hubs; the Panel is asked to agree that it is used for the solar PV framework.")
HEAD = ["Workstream", "Key deliverables 2025-26", "Progress this quarter", "RAG", "Funding"]


def reading() -> dict:
    items = []
    for w, (name, _f, rows) in enumerate(WS, 1):
        n = 0
        for rag, dels in rows:
            for d, _p, q, parts in dels:
                n += 1
                items.append({"ref": f"{w}.{n}", "section": str(w), "text": d,
                              "status": STATUS[rag], "quarter": q, "partners": parts})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-13",
            "priorities": [w[0] for w in WS], "items": items,
            "grants": [{"grant": GA, "amount_gbp": 450000, "financial_year": "2025-26"},
                       {"grant": GB, "amount_gbp": 120000, "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ Markdown (pandoc grid)
W = (22, 36, 36, 6, 22)


def grid_row(cells) -> list[str]:
    cols = []
    for c, w in zip(cells, W):
        if isinstance(c, list):
            lines = []
            for i, it in enumerate(c):
                lines += textwrap.wrap(it, w, initial_indent="-   ", subsequent_indent="    ")
                if i < len(c) - 1:
                    lines.append("")
        else:
            lines = textwrap.wrap(c, w) if c else []
        cols.append(lines)
    n = max(len(x) for x in cols)
    return ["| " + " | ".join((col[i] if i < len(col) else "").ljust(w)
                              for col, w in zip(cols, W)) + " |" for i in range(n)]


def write_md() -> None:
    sep = "+" + "+".join("-" * (w + 2) for w in W) + "+"
    out = [f"# {TITLE}", "", f"*{PANEL}*", "", INTRO, "", "## Delivery this quarter", "", sep]
    out += grid_row(HEAD) + ["+" + "+".join("=" * (w + 2) for w in W) + "+"]
    for name, fund, rows in WS:
        for i, (rag, dels) in enumerate(rows):
            out += grid_row([name if i == 0 else "", [d[0] for d in dels],
                             [d[1] for d in dels], rag, fund if i == 0 else ""]) + [sep]
    out += ["", "## Funding summary", "", "| Grant | Allocation | Spend to date | Forecast "
            "outturn |", "|:---|---:|---:|---:|"]
    out += ["| " + " | ".join(r) + " |" for r in FUNDS] + ["", FUNDNOTE, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (WLGA website)
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div class="cookie-notice"><p>This site uses cookies. Some are essential, others '
         'help us improve the site.</p><button>Accept</button><button>Manage</button></div>',
         '<header><a href="/" class="logo">Welsh Local Government Association</a>'
         '<a href="/cy" hreflang="cy">Cymraeg</a><nav><ul><li><a href="/policy">Policy areas'
         '</a></li><li><a href="/climate">Climate change</a></li><li><a href="/news">News</a>'
         '</li><li><a href="/contact">Contact</a></li></ul></nav><form role="search"><input '
         'type="search" placeholder="Search"></form></header>',
         '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/climate">Climate '
         f"change</a></li><li>{esc(TITLE)}</li></ol>", "<main>", f"<h1>{esc(TITLE)}</h1>",
         f'<p class="lead"><em>{esc(PANEL)}</em></p>', f"<p>{esc(INTRO)}</p>",
         "<h2>Delivery this quarter</h2>", '<table class="delivery"><thead><tr>'
         + "".join(f"<th>{esc(x)}</th>" for x in HEAD) + "</tr></thead><tbody>"]
    for name, fund, rows in WS:
        for i, (rag, dels) in enumerate(rows):
            r = "<tr>"
            if i == 0:
                r += f'<td rowspan="{len(rows)}"><strong>{esc(name)}</strong></td>'
            r += "<td><ul>" + "".join(f"<li>{esc(d[0])}</li>" for d in dels) + "</ul></td>"
            r += "<td><ul>" + "".join(f"<li>{esc(d[1])}</li>" for d in dels) + "</ul></td>"
            r += f'<td class="rag rag-{rag.lower()}">{rag}</td>'
            if i == 0:
                r += f'<td rowspan="{len(rows)}">{esc(fund)}</td>'
            h.append(r + "</tr>")
    h += ["</tbody></table>", "<h2>Funding summary</h2>", "<table><thead><tr><th>Grant</th>"
          "<th>Allocation</th><th>Spend to date</th><th>Forecast outturn</th></tr></thead>"
          "<tbody>"] + ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                        for r in FUNDS]
    h += ["</tbody></table>", f"<p>{esc(FUNDNOTE)}</p>", "</main>",
          '<footer><p>Welsh Local Government Association, One Canal Parade, Dumballs Road, '
          'Cardiff CF10 5BF</p><ul><li><a href="/privacy">Privacy notice</a></li><li><a '
          'href="/accessibility">Accessibility</a></li></ul></footer>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word (merged cells)
def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, "WLGA Climate Change and Decarbonisation Support Programme")
    footer_page_numbers(doc, "Climate Change Member Panel, 13 November 2025")
    doc.add_heading(TITLE, level=1)
    add_par(doc, PANEL).runs[0].italic = True
    add_par(doc, INTRO)
    doc.add_heading("Delivery this quarter", level=2)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, HEAD):
        cell_text(c, x, bold=True)
        shade(c, "A8D08D")
    set_repeat_header(tb.rows[0])
    for name, fund, rows in WS:
        top = None
        for i, (rag, dels) in enumerate(rows):
            row = tb.add_row().cells
            for c, k in ((row[1], 0), (row[2], 1)):
                c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
                for d in dels:
                    add_par(c, d[k], style="List Bullet")
            cell_text(row[3], rag, bold=True)
            shade(row[3], {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000",
                           "Blue": "00B0F0"}[rag])
            if i == 0:
                top = row
                cell_text(row[0], name, bold=True)
                cell_text(row[4], fund)
            else:
                top[0].merge(row[0])
                top[4].merge(row[4])
    add_par(doc)
    doc.add_heading("Funding summary", level=2)
    ft = doc.add_table(rows=1, cols=4)
    ft.style = "Table Grid"
    for c, x in zip(ft.rows[0].cells, ["Grant", "Allocation", "Spend to date",
                                       "Forecast outturn"]):
        cell_text(c, x, bold=True)
        shade(c, "A8D08D")
    for r in FUNDS:
        for c, x in zip(ft.add_row().cells, r):
            cell_text(c, x, bold=r[0] == "Total")
    add_par(doc)
    add_par(doc, FUNDNOTE)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (spans, bullets)
def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c22b", fontSize=8.5, leading=11)
    bul = cell.clone("b22b", leftIndent=9, bulletIndent=0)
    story = [P(esc(TITLE), st["title"]), P(f"<i>{esc(PANEL)}</i>", st["body"]),
             P(esc(INTRO), st["body"]), P("Delivery this quarter", st["h1"])]
    data = [[P(f"<b>{x}</b>", cell) for x in HEAD]]
    spans, r = [], 1
    rag_bg = []
    for name, fund, rows in WS:
        for i, (rag, dels) in enumerate(rows):
            data.append([P(f"<b>{esc(name)}</b>", cell) if i == 0 else "",
                         [Paragraph(esc(d[0]), bul, bulletText="•") for d in dels],
                         [Paragraph(esc(d[1]), bul, bulletText="•") for d in dels],
                         P(rag, cell), P(esc(fund), cell) if i == 0 else ""])
            rag_bg.append(("BACKGROUND", (3, r + i), (3, r + i), colors.HexColor(
                {"Green": "#92D050", "Amber": "#FFC000", "Red": "#FF5050",
                 "Blue": "#00B0F0"}[rag])))
        if len(rows) > 1:
            spans += [("SPAN", (0, r), (0, r + len(rows) - 1)),
                      ("SPAN", (4, r), (4, r + len(rows) - 1))]
        r += len(rows)
    t = Table(data, colWidths=[40 * mm, 80 * mm, 80 * mm, 17 * mm, 44 * mm], repeatRows=1)
    t.setStyle(TableStyle(list(GRID) + spans + rag_bg + [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#A8D08D"))]))
    story += [t, P("Funding summary", st["h1"])]
    ft = Table([[P(f"<b>{x}</b>", cell) for x in ["Grant", "Allocation", "Spend to date",
                                                  "Forecast outturn"]]]
               + [[P(esc(c), cell) for c in r] for r in FUNDS],
               colWidths=[80 * mm, 35 * mm, 35 * mm, 35 * mm])
    ft.setStyle(TableStyle(list(GRID)))
    story += [ft, P(esc(FUNDNOTE), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA – Climate Change and Decarbonisation Support "
              "Programme, Q2 2025-26", "Climate Change Member Panel", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
