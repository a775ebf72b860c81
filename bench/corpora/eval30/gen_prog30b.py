"""prog30b: a council's own improvement programme update as a HIGHLIGHT REPORT: Conwy County
Borough Council (real council; programme, officers and figures invented), "Corporate
Improvement Programme 2025-26: Highlight Report – Quarter 3 (October to December 2025)",
to Cabinet on 10 February 2026.

Layout (not used by an earlier corpus): a cover table (Report to / Date / Report author /
Reporting period); a summary table `Priority | Overall RAG | Direction of travel` for the
three priorities; then per priority a heading "Priority 1 – Customer and digital access", a
small table `Overall RAG | Senior responsible owner` and a TWO-COLUMN table `Achievements
this quarter | Planned for next quarter` with one row whose cells hold bullets; a budget
table `Funding stream | Allocation | Spent to date` with two grants and a Total row; a RAG
key.

The reading: items are the bullets of both columns (14); section the priority's number;
status: an achievement is done, a planned bullet planned, except the planned depot move that
"slipped from December" (at risk; its priority is Amber); quarter the date in the bullet,
else the column's quarter (this quarter 2025-26 Q3, next quarter 2025-26 Q4); the summary
and RAG tables are not items. Grants: the two funding streams, 2025-26 (the Total is a sum).
Forms: .md pandoc's export of the Word file (GRID tables, the cells' bullets as "-   "
lines); .html the council's website (CMS chrome, `<ul>` in the cells); .docx Word tables,
bullets in the cells List Bullet (numbering.xml), RAG cells shaded; .pdf A4 print.
"""
from __future__ import annotations

import textwrap

from chrome30 import B, esc, page
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog30b-council-highlight-report"
TITLE = ("Corporate Improvement Programme 2025-26: Highlight Report – Quarter 3 (October to "
         "December 2025)")
COVER = [("Report to", "Cabinet"), ("Date", "10 February 2026"),
         ("Report author", "Corporate Programme Office"),
         ("Reporting period", "1 October to 31 December 2025")]
RAGFILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
Q3, Q4 = "2025-26 Q3", "2025-26 Q4"
# (priority, rag, trend, sro, [achievements (text, status, quarter, partners)], [planned ...])
PRIORITIES = [
    ("Customer and digital access", "Green", "Improving", "Head of Customer Services", [
        ("New contact centre telephony went live on 6 October 2025.", "done", Q3, []),
        ("62% of council tax accounts are now paperless, up from 48% at the end of June.",
         "done", Q3, []),
        ("Webchat was launched for waste and recycling enquiries in November 2025.", "done",
         Q3, []),
    ], [
        ("Launch the 'Fy Nghyfrif / My Account' app for bulky waste bookings in February "
         "2026.", "planned", Q4, []),
        ("Complete user research on the planning portal with residents and agents.",
         "planned", Q4, []),
    ]),
    ("Assets and net zero", "Amber", "Declining", "Head of Property and Assets", [
        ("Solar panels were installed on four schools with the Sustainable Decarbonisation "
         "Grant, completed in December 2025.", "done", Q3, []),
        ("Cabinet agreed the disposal of the Coed Pella annexe on 11 November 2025.", "done",
         Q3, []),
    ], [
        ("Move depot staff to the Mochdre site – slipped from December because the "
         "contractor went into administration; now expected in March 2026.", "at risk", Q4,
         []),
        ("Start the fleet electrification pilot with 12 vans in January 2026.", "planned",
         Q4, []),
    ]),
    ("Workforce", "Green", "No change", "Head of People and Organisational Development", [
        ("The agile working policy was adopted on 2 October 2025 after consultation with the "
         "trade unions.", "done", Q3, []),
        ("22 managers graduated from the second cohort of the leadership programme run with "
         "Academi Wales on 27 November 2025.", "done", Q3, ["Academi Wales"]),
        ("The staff survey was completed by 2,140 employees (a 46% response rate).", "done",
         Q3, []),
    ], [
        ("Publish the Workforce Strategy 2026-2030 in March 2026.", "planned", Q4, []),
        ("Prepare a four-day week pilot in the revenues team to start in April 2026.",
         "planned", Q4, []),
    ]),
]
FUNDING = [("Digital Transformation Fund", "£150,000", 150000, "£88,400"),
           ("Sustainable Decarbonisation Grant", "£320,000", 320000, "£301,750")]
TOTAL = ("Total", "£470,000", "£390,150")
INTRO = ("This report gives Cabinet a summary of progress with the Corporate Improvement "
         "Programme 2025-26 in the third quarter. Each priority's senior responsible owner "
         "has given an overall RAG rating and the main achievements and plans.")
KEY = ("RAG key: Green – on track; Amber – some risk to delivery, being managed; Red – off "
       "track, needs Cabinet's attention.")
RECOMMEND = "That Cabinet notes the progress of the Corporate Improvement Programme in Quarter 3."


def heading(i: int, name: str) -> str:
    return f"Priority {i} – {name}"


def reading() -> dict:
    items = []
    for i, (_n, _r, _t, _s, ach, nxt) in enumerate(PRIORITIES, 1):
        for j, (t, st, q, partners) in enumerate(ach + nxt, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": t, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2026-02-10",
            "priorities": [p[0] for p in PRIORITIES], "items": items,
            "grants": [{"grant": g, "amount_gbp": n, "financial_year": "2025-26"}
                       for g, _a, n, _s in FUNDING]}


# ------------------------------------------------------------------ Markdown (pandoc grid)
def grid(head: list[str], rows: list[list], widths: list[int]) -> list[str]:
    """A pandoc grid table; a cell is a str or a list of bullet strings."""
    def lines(cell, w):
        if isinstance(cell, list):
            out = []
            for k, b in enumerate(cell):
                wrapped = textwrap.wrap(b, w - 4) or [""]
                out += ["-   " + wrapped[0]] + ["    " + x for x in wrapped[1:]]
                if k < len(cell) - 1:
                    out.append("")
            return out
        return textwrap.wrap(str(cell), w) or [""]

    def sep(ch):
        return "+" + "+".join(ch * (w + 2) for w in widths) + "+"

    def render(cells):
        cols = [lines(c, w) for c, w in zip(cells, widths)]
        n = max(len(c) for c in cols)
        return ["| " + " | ".join((c[k] if k < len(c) else "").ljust(w)
                                  for c, w in zip(cols, widths)) + " |" for k in range(n)]
    out = [sep("-")] + (render(head) + [sep("=")] if head else [])
    for r in rows:
        out += render(r) + [sep("-")]
    return out


def write_md() -> None:
    out = ["**Conwy County Borough Council**", "", f"# {TITLE}", ""]
    out += grid(None, [list(r) for r in COVER], [18, 40])
    out += ["", INTRO, "", "## Summary", ""]
    out += ["| Priority | Overall RAG | Direction of travel |", "|---|---|---|"]
    out += [f"| {i}. {p[0]} | {p[1]} | {p[2]} |" for i, p in enumerate(PRIORITIES, 1)]
    out += ["", KEY, ""]
    for i, (name, rag, _t, sro, ach, nxt) in enumerate(PRIORITIES, 1):
        out += [f"## {heading(i, name)}", "", "| Overall RAG | Senior responsible owner |",
                "|---|---|", f"| {rag} | {sro} |", ""]
        out += grid(["Achievements this quarter", "Planned for next quarter"],
                    [[[t for t, *_ in ach], [t for t, *_ in nxt]]], [38, 38])
        out.append("")
    out += ["## Budget 2025-26", "", "| Funding stream | Allocation | Spent to date |",
            "|---|---:|---:|"]
    out += [f"| {g} | {a} | {s} |" for g, a, _n, s in FUNDING]
    out += [f"| **{TOTAL[0]}** | **{TOTAL[1]}** | **{TOTAL[2]}** |", "",
            "## Recommendation", "", RECOMMEND, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    b = ['<p class="council">Conwy County Borough Council</p>', f"<h1>{esc(TITLE)}</h1>",
         '<table class="cover">' + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>"
                                           for k, v in COVER) + "</table>",
         f"<p>{esc(INTRO)}</p>", "<h2>Summary</h2>",
         '<table class="summary"><thead><tr><th>Priority</th><th>Overall RAG</th>'
         "<th>Direction of travel</th></tr></thead><tbody>"]
    b += [f'<tr><td>{i}. {esc(p[0])}</td><td class="rag rag-{p[1].lower()}">{p[1]}</td>'
          f"<td>{p[2]}</td></tr>" for i, p in enumerate(PRIORITIES, 1)]
    b += ["</tbody></table>", f'<p class="key">{esc(KEY)}</p>']
    for i, (name, rag, _t, sro, ach, nxt) in enumerate(PRIORITIES, 1):
        b += [f"<h2>{esc(heading(i, name))}</h2>",
              '<table class="rag-table"><tr><th>Overall RAG</th><th>Senior responsible owner'
              f'</th></tr><tr><td class="rag rag-{rag.lower()}">{rag}</td><td>{esc(sro)}</td>'
              "</tr></table>",
              '<table class="highlight"><thead><tr><th scope="col">Achievements this quarter'
              '</th><th scope="col">Planned for next quarter</th></tr></thead><tbody><tr>'
              "<td><ul>" + "".join(f"<li>{esc(t)}</li>" for t, *_ in ach) + "</ul></td>"
              "<td><ul>" + "".join(f"<li>{esc(t)}</li>" for t, *_ in nxt) + "</ul></td>"
              "</tr></tbody></table>"]
    b += ["<h2>Budget 2025-26</h2>", '<table class="budget"><thead><tr><th>Funding stream</th>'
          "<th>Allocation</th><th>Spent to date</th></tr></thead><tbody>"]
    b += [f"<tr><td>{esc(g)}</td><td>{a}</td><td>{s}</td></tr>" for g, a, _n, s in FUNDING]
    b += [f"<tr class=\"total\"><th>{TOTAL[0]}</th><th>{TOTAL[1]}</th><th>{TOTAL[2]}</th></tr>",
          "</tbody></table>", "<h2>Recommendation</h2>", f"<p>{esc(RECOMMEND)}</p>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "Conwy County Borough Council", ["Home", "Council and democracy",
                                                "Performance and improvement"], b,
        ["Bins and recycling", "Council tax", "Planning", "Schools", "Council and democracy"],
        "Conwy County Borough Council, PO Box 1, Conwy, LL30 9GN"), encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Conwy County Borough Council – Cabinet – 10 February 2026")
    footer_page_numbers(doc, "Corporate Improvement Programme 2025-26 – Quarter 3")
    doc.add_paragraph().add_run("Conwy County Borough Council").bold = True
    doc.add_heading(TITLE, level=1)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in COVER:
        r = tb.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], "DEEAF6")
        cell_text(r[1], v)
    doc.add_paragraph(INTRO)
    doc.add_heading("Summary", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Priority", "Overall RAG", "Direction of travel"]):
        cell_text(c, h, bold=True)
        shade(c, "DEEAF6")
    for i, p in enumerate(PRIORITIES, 1):
        r = tb.add_row().cells
        cell_text(r[0], f"{i}. {p[0]}")
        cell_text(r[1], p[1])
        shade(r[1], RAGFILL[p[1]])
        cell_text(r[2], p[2])
    doc.add_paragraph(KEY).runs[0].italic = True
    for i, (name, rag, _t, sro, ach, nxt) in enumerate(PRIORITIES, 1):
        doc.add_heading(heading(i, name), level=2)
        tb = doc.add_table(rows=2, cols=2)
        tb.style = "Table Grid"
        cell_text(tb.cell(0, 0), "Overall RAG", bold=True)
        cell_text(tb.cell(0, 1), "Senior responsible owner", bold=True)
        cell_text(tb.cell(1, 0), rag)
        shade(tb.cell(1, 0), RAGFILL[rag])
        cell_text(tb.cell(1, 1), sro)
        doc.add_paragraph()
        tb = doc.add_table(rows=2, cols=2)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["Achievements this quarter",
                                           "Planned for next quarter"]):
            cell_text(c, h, bold=True)
            shade(c, "DEEAF6")
        for c, bl in zip(tb.rows[1].cells, (ach, nxt)):
            first = c.paragraphs[0]
            for t, *_ in bl:
                c.add_paragraph(t, style="List Bullet")
            first._p.getparent().remove(first._p)
    doc.add_heading("Budget 2025-26", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Funding stream", "Allocation", "Spent to date"]):
        cell_text(c, h, bold=True)
        shade(c, "DEEAF6")
    for g, a, _n, s in FUNDING:
        for c, x in zip(tb.add_row().cells, (g, a, s)):
            cell_text(c, x)
    for c, x in zip(tb.add_row().cells, TOTAL):
        cell_text(c, x, bold=True)
    doc.add_heading("Recommendation", level=2)
    doc.add_paragraph(RECOMMEND)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    cell, cellb = st["cell"], st["cellb"]
    hdr = colors.HexColor("#DEEAF6")

    def tbl(rows, widths, extra=()):
        t = Table(rows, colWidths=widths, repeatRows=0)
        t.setStyle(TableStyle(list(GRID) + list(extra)))
        return t
    story = [P("<b>Conwy County Borough Council</b>", st["body"]), P(esc(TITLE), st["title"]),
             tbl([[P(f"<b>{esc(k)}</b>", cell), P(esc(v), cell)] for k, v in COVER],
                 [45 * mm, 120 * mm], [("BACKGROUND", (0, 0), (0, -1), hdr)]),
             Spacer(1, 4 * mm), P(esc(INTRO), st["body"]), P("Summary", st["h1"])]
    rows = [[P(f"<b>{h}</b>", cell) for h in ("Priority", "Overall RAG", "Direction of travel")]]
    ex = [("BACKGROUND", (0, 0), (-1, 0), hdr)]
    for i, p in enumerate(PRIORITIES, 1):
        rows.append([P(f"{i}. {esc(p[0])}", cell), P(p[1], cell), P(p[2], cell)])
        ex.append(("BACKGROUND", (1, i), (1, i), colors.HexColor("#" + RAGFILL[p[1]])))
    story += [tbl(rows, [80 * mm, 35 * mm, 45 * mm], ex), P(f"<i>{esc(KEY)}</i>", st["small"])]
    for i, (name, rag, _t, sro, ach, nxt) in enumerate(PRIORITIES, 1):
        story += [P(esc(heading(i, name)), st["h1"]),
                  tbl([[P("<b>Overall RAG</b>", cell), P("<b>Senior responsible owner</b>", cell)],
                       [P(rag, cell), P(esc(sro), cell)]], [35 * mm, 90 * mm],
                      [("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#" + RAGFILL[rag]))]),
                  Spacer(1, 3 * mm),
                  tbl([[P("<b>Achievements this quarter</b>", cell),
                        P("<b>Planned for next quarter</b>", cell)],
                       [[P("•&nbsp;&nbsp;" + esc(t), cell) for t, *_ in ach],
                        [P("•&nbsp;&nbsp;" + esc(t), cell) for t, *_ in nxt]]],
                      [87 * mm, 87 * mm], [("BACKGROUND", (0, 0), (-1, 0), hdr)])]
    rows = [[P(f"<b>{h}</b>", cell) for h in ("Funding stream", "Allocation", "Spent to date")]]
    rows += [[P(esc(g), cell), P(a, cell), P(s, cell)] for g, a, _n, s in FUNDING]
    rows.append([P(f"<b>{x}</b>", cellb) for x in TOTAL])
    story += [P("Budget 2025-26", st["h1"]),
              tbl(rows, [80 * mm, 35 * mm, 35 * mm], [("BACKGROUND", (0, 0), (-1, 0), hdr),
                                                      ("ALIGN", (1, 1), (-1, -1), "RIGHT")]),
              P("Recommendation", st["h1"]), P(esc(RECOMMEND), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Conwy County Borough Council – Cabinet – "
              "10 February 2026", "Corporate Improvement Programme 2025-26 – Quarter 3")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
