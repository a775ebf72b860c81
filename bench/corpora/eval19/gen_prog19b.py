"""prog19b: a PROGRAMME PROGRESS REPORT whose status is ONLY A PERCENTAGE COMPLETE.

Each workstream (a priority) has a table `Ref | Milestone | Lead | Due | % complete`; the
percentage is printed beside a progress bar and is the only status the report gives
(100% = complete, 0% = not started, anything between = under way: the key line says so).
Due dates are months ("Dec 2025"). Cover lines (Programme / Reporting period / Report
date / Programme manager), a summary sentence, a "Funding 2025-26" table of two grants and
a line of WLGA core funding that is no grant.

WLGA, "Climate Change Support Programme: progress report, Quarter 2 2025-26", 31 October
2025 (the WLGA's decarbonisation support for councils is real; milestones invented).
Forms:
- .md: pandoc's Markdown (cover lines as a definition-like bold list, one pipe table per
  workstream, "60%" text);
- .html: the WLGA website page: cookie banner, nav, the tables with
  <progress value="60" max="100"> bars followed by the percentage in a <span>, footer;
- .docx: Heading 2 per workstream, one table each, the % cell shaded by its value;
- .pdf: ONE table for the whole programme, the workstream as a full-width spanning row,
  drawn progress bars (a nested table, filled to the percentage) beside the number, the
  table RUNNING OVER TWO PAGES with its header repeated.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles,
                        set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "prog19b-percent-complete-report"
TITLE = "Climate Change Support Programme: progress report, Quarter 2 2025-26"
COVER = [("Programme", "Climate Change Support Programme for Welsh councils"),
         ("Reporting period", "1 July 2025 to 30 September 2025"),
         ("Report date", "31 October 2025"),
         ("Programme manager", "Climate Change Programme Manager, WLGA")]
SUMMARY = ("Of the programme's 14 milestones, four are complete and eight are under way; two "
           "have not started. Progress is shown as the percentage of each milestone that is "
           "complete.")
KEY = "Key: 100% = complete; 0% = not started; 1% to 99% = under way."
MONTHQ = {"Apr": 1, "May": 1, "Jun": 1, "Jul": 2, "Aug": 2, "Sep": 2, "Oct": 3, "Nov": 3,
          "Dec": 3, "Jan": 4, "Feb": 4, "Mar": 4}
# workstream: [(milestone, lead, due, pct, partners)]
WS = [
    ("Carbon reporting and data", [
        ("Net zero reporting guide for 2024-25 returns issued to councils", "Data Officer",
         "Jul 2025", 100, []),
        ("Carbon reporting dashboard built with Data Cymru", "Data Officer", "Dec 2025", 60,
         ["Data Cymru"]),
        ("Scope 3 supply chain emissions method agreed by the Society of Welsh Treasurers",
         "Programme Manager", "Mar 2026", 25, ["Society of Welsh Treasurers"]),
        ("Annual all-Wales carbon position statement published", "Programme Manager",
         "Feb 2026", 0, [])]),
    ("Buildings and energy", [
        ("Heat decarbonisation plans completed for 40 council buildings", "Energy Adviser",
         "Sep 2025", 100, []),
        ("Solar PV framework opened to all councils", "Energy Adviser", "Nov 2025", 85, []),
        ("Schools retrofit pipeline of 60 projects costed", "Energy Adviser", "Mar 2026", 40,
         []),
        ("Street lighting LED conversion completed in the last three councils",
         "Energy Adviser", "Mar 2026", 70, [])]),
    ("Fleet and transport", [
        ("Fleet review completed in 12 councils", "Fleet Adviser", "Aug 2025", 100, []),
        ("Shared electric vehicle charging procurement", "Fleet Adviser", "Jan 2026", 50, []),
        ("Refuse collection vehicle trial of hydrogen fuel reported", "Fleet Adviser",
         "Jun 2026", 10, [])]),
    ("Procurement and supply chain", [
        ("Carbon criteria added to the national procurement frameworks", "Procurement Lead",
         "Sep 2025", 100, []),
        ("Supplier carbon reduction plan template agreed with CIPFA", "Procurement Lead",
         "Dec 2025", 30, ["CIPFA"]),
        ("Training in low carbon procurement for 200 officers", "Procurement Lead",
         "Jun 2026", 0, [])]),
]
FUNDING = [("Decarbonisation Support Grant", "Welsh Government", 650000),
           ("Fleet Transition Fund", "Welsh Government", 180000)]
CORE = ("The programme also draws on £44,000 of the WLGA's core budget for staff time "
        "(not a grant).")


def fy_quarter(due: str) -> str:
    mon, yr = due.split()
    q, y = MONTHQ[mon], int(yr)
    start = y if q < 4 else y - 1
    return f"{start}-{str(start + 1)[2:]} Q{q}"


def status(p: int) -> str:
    return "done" if p == 100 else "planned" if p == 0 else "in progress"


def money(a: int) -> str:
    return f"£{a:,}"


def reading() -> dict:
    items = []
    for s, (_w, ms) in enumerate(WS, 1):
        for k, (m, _l, due, pct, pa) in enumerate(ms, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": m,
                          "status": status(pct), "quarter": fy_quarter(due), "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-31",
            "priorities": [w for w, _m in WS], "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": "2025-26"}
                       for g, _f, a in FUNDING]}


COLS = ["Ref", "Milestone", "Lead", "Due", "% complete"]


def write_md() -> None:
    out = [f"# {TITLE}", ""]
    out += [f"**{k}:** {v}\\" for k, v in COVER[:-1]] + [f"**{COVER[-1][0]}:** {COVER[-1][1]}",
                                                        "", "## Summary", "", SUMMARY, "",
                                                        KEY, ""]
    for s, (w, ms) in enumerate(WS, 1):
        out += [f"## {s}. {w}", "", "| " + " | ".join(COLS) + " |",
                "|-----|-----------|------|-----|-----:|"]
        out += [f"| {s}.{k} | {m} | {ld} | {d} | {p}% |" for k, (m, ld, d, p, _x)
                in enumerate(ms, 1)] + [""]
    out += ["## Funding 2025-26", "", "| Source | Funder | Amount |", "|---|---|---:|"]
    out += [f"| {g} | {f} | {money(a)} |" for g, f, a in FUNDING] + ["", CORE, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div class="cookie-notice"><p>This website uses cookies.</p><a href="/cookies">'
         'Find out more</a> <button>Got it</button></div>',
         '<header><a href="/" class="logo">Welsh Local Government Association</a><nav><a '
         'href="/climate">Climate change</a> <a href="/publications">Publications</a> <a '
         'href="/contact">Contact</a></nav></header><main>', f"<h1>{esc(TITLE)}</h1>", "<dl>"]
    h += [f"<dt>{k}</dt><dd>{esc(v)}</dd>" for k, v in COVER] + ["</dl>", "<h2>Summary</h2>",
                                                                 f"<p>{esc(SUMMARY)}</p>",
                                                                 f"<p>{esc(KEY)}</p>"]
    for s, (w, ms) in enumerate(WS, 1):
        h += [f"<h2>{s}. {esc(w)}</h2>", "<table><thead><tr>"
              + "".join(f"<th>{c}</th>" for c in COLS) + "</tr></thead><tbody>"]
        for k, (m, ld, d, p, _x) in enumerate(ms, 1):
            h.append(f"<tr><td>{s}.{k}</td><td>{esc(m)}</td><td>{esc(ld)}</td><td>{d}</td>"
                     f'<td><progress value="{p}" max="100"></progress> <span class="pct">'
                     f"{p}%</span></td></tr>")
        h.append("</tbody></table>")
    h += ["<h2>Funding 2025-26</h2>", "<table><tr><th>Source</th><th>Funder</th><th>Amount"
          "</th></tr>"]
    h += [f"<tr><td>{g}</td><td>{f}</td><td>{money(a)}</td></tr>" for g, f, a in FUNDING]
    h += ["</table>", f"<p>{esc(CORE)}</p></main>", "<footer><p>© WLGA 2025</p><p><a href="
          '"/privacy">Privacy notice</a></p></footer>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def pct_fill(p: int) -> str:
    return "A9D08E" if p == 100 else "FFFFFF" if p == 0 else "DDEBF7"


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    header_text(doc, "WLGA Climate Change Support Programme")
    footer_page_numbers(doc, "Progress report Q2 2025-26")
    doc.add_heading(TITLE, level=1)
    for k, v in COVER:
        p = add_par(doc, f"{k}: ", bold=True)
        p.add_run(v)
    doc.add_heading("Summary", level=2)
    add_par(doc, SUMMARY)
    add_par(doc, KEY)
    for s, (w, ms) in enumerate(WS, 1):
        doc.add_heading(f"{s}. {w}", level=2)
        tb = doc.add_table(rows=1, cols=len(COLS))
        tb.style = "Table Grid"
        for c, x in zip(tb.rows[0].cells, COLS):
            cell_text(c, x, bold=True)
            shade(c, "D9D9D9")
        for k, (m, ld, d, p, _x) in enumerate(ms, 1):
            r = tb.add_row().cells
            for c, x in zip(r, [f"{s}.{k}", m, ld, d, f"{p}%"]):
                cell_text(c, x)
            shade(r[-1], pct_fill(p))
    doc.add_heading("Funding 2025-26", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, ["Source", "Funder", "Amount"]):
        cell_text(c, x, bold=True)
    for g, f, a in FUNDING:
        r = tb.add_row().cells
        for c, x in zip(r, [g, f, money(a)]):
            cell_text(c, x)
    add_par(doc, CORE)
    doc.save(OUT / f"{NAME}.docx")


def bar(p: int) -> Table:
    w = 22 * mm
    if p in (0, 100):
        t = Table([[""]], colWidths=[w], rowHeights=[3 * mm])
        fill = colors.HexColor("#70AD47") if p == 100 else colors.white
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), fill),
                               ("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]))
        return t
    t = Table([["", ""]], colWidths=[w * p / 100, w * (100 - p) / 100], rowHeights=[3 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#2E75B6")),
                           ("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]))
    return t


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c19", fontSize=9.5, leading=12)
    story = [P(esc(TITLE), st["title"])]
    story += [P(f"<b>{k}:</b> {esc(v)}", st["body"]) for k, v in COVER]
    story += [P("Summary", st["h1"]), P(esc(SUMMARY), st["body"]), P(esc(KEY), st["small"]),
              P("Progress by workstream", st["h1"])]
    rows = [[P(f"<b>{c}</b>", cell) for c in COLS] + [""]]
    sty = list(GRID) + [("SPAN", (4, 0), (5, 0)),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                        ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1),
                                                              8)]
    for s, (w, ms) in enumerate(WS, 1):
        rows.append([P(f"<b>{s}. {esc(w)}</b>", cell), "", "", "", "", ""])
        i = len(rows) - 1
        sty += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i),
                                             colors.HexColor("#DEEAF6"))]
        for k, (m, ld, d, p, _x) in enumerate(ms, 1):
            rows.append([P(f"{s}.{k}", cell), P(esc(m), cell), P(esc(ld), cell), P(d, cell),
                         bar(p), P(f"{p}%", cell)])
    t = Table(rows, colWidths=[12 * mm, 70 * mm, 32 * mm, 18 * mm, 26 * mm, 14 * mm],
              repeatRows=1)
    t.setStyle(TableStyle(sty))
    story += [t, P("Funding 2025-26", st["h1"])]
    ft = Table([[P("<b>Source</b>", cell), P("<b>Funder</b>", cell), P("<b>Amount</b>", cell)]]
               + [[P(g, cell), P(f, cell), P(money(a), cell)] for g, f, a in FUNDING],
               colWidths=[70 * mm, 50 * mm, 30 * mm])
    ft.setStyle(TableStyle(GRID))
    story += [ft, P(esc(CORE), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Climate Change Support Programme – Q2 2025-26",
              "Welsh Local Government Association")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
