"""prog25b: a CAPITAL PROGRAMME MONITORING REPORT to Cabinet (Quarter 2): the items are the
SCHEMES of Appendix A, `Scheme | Approved budget | Spend to date | Forecast outturn | Variance
| Funding source | RAG | Est. completion | Commentary`, amounts in £000s, negative variances
(overspends) in brackets `(25)`, a subtotal row per directorate and a grand total; a slippage
table (Appendix B, £000s) carrying budget into 2026-27; and a funding table in £ (Appendix C)
naming the Welsh Government grants, prudential borrowing and capital receipts.

The reader's reading: one item per scheme (the priority its directorate, the item's text its
Commentary - what happened to the scheme this quarter, as prog20a reads a project's progress -,
its status from the RAG: Green "in progress", Amber/Red "at risk", Blue "done" as the key says,
its quarter from "Est. completion" in the council's financial year); the subtotal, total and
slippage rows are not items; the grants are the six Welsh Government grants of Appendix C with
their amounts in £ for 2025-26 (borrowing and receipts are not grants).

Glanmor County Borough Council (invented council, as eval15-eval24; the layout follows real
Welsh councils' capital monitoring reports cited in the README), Cabinet 19 November 2025.
Forms: .md pandoc pipe tables with bold subtotal rows; .html a modern.gov agenda item page
(site chrome, the report as <p> paragraphs "1.1" and tables with <tfoot>); .docx Word with
report paragraphs in real list numbering (numbering.xml "List Number") and tables with merged
directorate rows; .pdf the appendix table on landscape pages running over two pages with
repeated header row.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Mm
from reportlab.platypus import PageBreak, Table, TableStyle

NAME = "prog25b-capital-programme-monitoring"
COUNCIL = "Glanmor County Borough Council"
TITLE = "Capital Programme Monitoring Report: Quarter 2 2025-26"
MEETING = "Cabinet, 19 November 2025"
AUTHOR = "Report of the Head of Finance (Section 151 Officer)"
PARAS = [
    ("Purpose of the report", [
        "To report the position of the 2025-26 capital programme at 30 September 2025 "
        "(Quarter 2) and the forecast outturn for the year.",
        "To ask Cabinet to note slippage of £1.070m into 2026-27."]),
    ("Recommendations", [
        "That Cabinet notes the capital programme position at Quarter 2 set out in "
        "Appendix A.",
        "That Cabinet notes the slippage of £1.070m into 2026-27 set out in Appendix B.",
        "That Cabinet notes the funding of the programme set out in Appendix C."]),
    ("Background", [
        "Council approved a capital programme of £18.700m for 2025-26 on 5 March 2025. "
        "Spend to 30 September 2025 was £8.761m, 47% of the approved budget.",
        "Amounts in Appendices A and B are in £000s. A variance in brackets is an "
        "overspend. RAG: Green - on time and within budget; Amber - at risk of delay or "
        "overspend; Red - delayed or over budget; Blue - complete."]),
]
# directorate -> [(scheme, budget, spend, forecast, funding, rag, completion, commentary,
#                  STATUS, QUARTER)]  (status and quarter typed by the reader)
DIRS = [
    ("Education and Learning", [
        ("Ysgol Gymraeg Bro Glanmor new build", 8450, 3912, 8450,
         "WG grant / prudential borrowing", "Green", "Aug 2026",
         "The steel frame is complete, the building is weathertight and fit-out has started.",
         "in progress", "2026-27 Q2"),
        ("Glanmor High School roof replacement", 1200, 1164, 1225, "Capital receipts",
         "Blue", "Aug 2025",
         "Works finished in August; the £25k overspend on scaffolding is met from the "
         "schools contingency.", "done", "2025-26 Q2"),
        ("Primary school kitchen upgrades (free school meals)", 640, 205, 520, "WG grant",
         "Amber", "Jun 2026",
         "Four kitchens remain; two will slip into 2026-27 because of equipment lead times.",
         "at risk", "2026-27 Q1"),
    ]),
    ("Environment and Highways", [
        ("Active travel route: Glanmor to Pentre", 1150, 486, 1150, "WG grant", "Green",
         "Mar 2026",
         "Phase 1 of the shared path is open; the phase 2 contract was awarded in September.",
         "in progress", "2025-26 Q4"),
        ("Afon Llan flood alleviation scheme", 890, 112, 540,
         "WG grant / prudential borrowing", "Red", "Dec 2026",
         "The Natural Resources Wales flood risk activity permit was delayed; £350k slips "
         "into 2026-27.", "at risk", "2026-27 Q3"),
        ("Highways resurfacing programme", 2300, 1380, 2300, "Prudential borrowing", "Green",
         "Mar 2026", "62 of the 95 sites in the programme have been resurfaced.",
         "in progress", "2025-26 Q4"),
    ]),
    ("Housing and Communities", [
        ("Disabled facilities grants", 1600, 744, 1600, "Prudential borrowing / WG grant",
         "Green", "Mar 2026",
         "118 adaptations have been completed; demand is in line with the budget.",
         "in progress", "2025-26 Q4"),
        ("Town centre regeneration: Market Hall", 2050, 310, 1450,
         "WG grant / capital receipts", "Amber", "Mar 2027",
         "Tender prices came in above the estimate and value engineering is under way; "
         "£600k slips into 2026-27.", "at risk", "2026-27 Q4"),
        ("Community hub, Heol Newydd", 420, 448, 470, "Capital receipts", "Amber",
         "Jan 2026",
         "Asbestos was found during the strip-out; the £50k overspend is met from capital "
         "receipts.", "at risk", "2025-26 Q4"),
    ]),
]
SLIP = [("Primary school kitchen upgrades (free school meals)", 640, 120),
        ("Afon Llan flood alleviation scheme", 890, 350),
        ("Town centre regeneration: Market Hall", 2050, 600)]
# Appendix C (£): the reader's grants are the WG grant rows
GRANTS = [("Sustainable Communities for Learning grant", 5070000),
          ("Universal Primary Free School Meals capital grant", 640000),
          ("Active Travel Fund", 1150000),
          ("Flood and Coastal Erosion Risk Management grant", 756500),
          ("ENABLE - Support for Independent Living grant", 250000),
          ("Transforming Towns grant", 1230000)]
OTHER = [("Prudential borrowing", 7163500), ("Capital receipts", 2440000)]
A_COLS = ["Scheme", "Approved budget", "Spend to date", "Forecast outturn", "Variance",
          "Funding source", "RAG", "Est. completion", "Commentary"]


def k(v: int) -> str:
    return f"({-v:,})" if v < 0 else f"{v:,}"


def gbp(v: int | float) -> str:
    return f"£{v:,.0f}"


def appendix_a():
    """Rows: ('dir', name) / ('row', cells) / ('sub', cells) / ('total', cells)."""
    out, tot = [], [0, 0, 0]
    for d, schemes in DIRS:
        out.append(("dir", d))
        sub = [0, 0, 0]
        for s in schemes:
            name, b, sp, f, fund, rag, comp, com = s[:8]
            out.append(("row", [name, k(b), k(sp), k(f), k(b - f), fund, rag, comp, com]))
            for i, v in enumerate((b, sp, f)):
                sub[i] += v
        out.append(("sub", [f"Total {d}", k(sub[0]), k(sub[1]), k(sub[2]),
                            k(sub[0] - sub[2]), "", "", "", ""]))
        tot = [a + b for a, b in zip(tot, sub)]
    out.append(("total", ["Total capital programme", k(tot[0]), k(tot[1]), k(tot[2]),
                          k(tot[0] - tot[2]), "", "", "", ""]))
    return out


def appendix_b():
    rows = [[s, k(b), k(x), k(b - x)] for s, b, x in SLIP]
    rows.append(["Total slippage", k(sum(b for _s, b, _x in SLIP)),
                 k(sum(x for *_r, x in SLIP)), k(sum(b - x for _s, b, x in SLIP))])
    return ["Scheme", "2025-26 budget", "Slippage to 2026-27", "Revised 2025-26 budget"], rows


def appendix_c():
    rows = [["Welsh Government grants", ""]] + [[f"  {g}", gbp(a)] for g, a in GRANTS]
    rows += [["Total Welsh Government grants", gbp(sum(a for _g, a in GRANTS))]]
    rows += [[g, gbp(a)] for g, a in OTHER]
    rows += [["Total funding 2025-26", gbp(sum(a for _g, a in GRANTS + OTHER))]]
    return ["Source of funding", "2025-26 (£)"], rows


def reading() -> dict:
    items = []
    for s, (_d, schemes) in enumerate(DIRS, 1):
        for j, sc in enumerate(schemes, 1):
            items.append({"ref": f"{s}.{j}", "section": str(s), "text": sc[7],
                          "status": sc[8], "quarter": sc[9], "partners": []})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-19",
            "priorities": [d for d, _s in DIRS], "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": "2025-26"}
                       for g, a in GRANTS]}


def md_table(head, rows, bold_first=False):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---:" if i else "---"
                                                          for i in range(len(head))) + "|"]
    for r in rows:
        out.append("| " + " | ".join(r) + " |")
    return out


def write_md() -> None:
    out = [f"# {COUNCIL}", "", f"## {TITLE}", "", f"**{MEETING}**  ", AUTHOR, ""]
    n = 0
    for h, ps in PARAS:
        n += 1
        out += [f"### {n}. {h}", ""]
        out += [f"{n}.{i} {p}" + "\n" for i, p in enumerate(ps, 1)]
    out += ["### Appendix A: Capital programme 2025-26 at Quarter 2 (£000s)", ""]
    rows = []
    for kind, r in appendix_a():
        if kind == "dir":
            rows.append([f"**{r}**"] + [""] * 8)
        elif kind == "row":
            rows.append(r)
        else:
            rows.append([f"**{x}**" if x else "" for x in r])
    out += md_table(A_COLS, rows) + ["", "### Appendix B: Slippage into 2026-27 (£000s)", ""]
    out += md_table(*appendix_b()) + ["", "### Appendix C: Funding of the 2025-26 programme", ""]
    out += md_table(*appendix_c())
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def html_table(head, rows, cls):
    h = [f'<table class="{cls}"><thead><tr>' + "".join(f"<th>{esc(x)}</th>" for x in head)
         + "</tr></thead><tbody>"]
    h += rows + ["</tbody></table>"]
    return h


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>Agenda item - {esc(TITLE)}</title></head><body>",
         '<div id="ccc" class="cookie-banner"><p>This site uses cookies to store information '
         'on your computer.</p><button>Accept</button><button>Settings</button></div>',
         '<div id="mgHeader"><a href="/">Glanmor County Borough Council</a> <ul id="mgNav">'
         '<li><a href="mgListCommittees.aspx">Committees</a></li><li><a href="mgCalendar'
         'MonthView.aspx">Meetings</a></li><li><a href="mgMemberIndex.aspx">Councillors</a>'
         '</li></ul></div>', '<div id="modgov"><div class="mgContent">',
         '<p class="mgBreadcrumb">Home &gt; Cabinet &gt; Meeting of Cabinet on Wednesday, '
         '19th November, 2025, 2.00 pm &gt; Agenda item 7</p>',
         f'<h1 class="mgMainTitleTxt">{esc(TITLE)}</h1>',
         f"<p><strong>Meeting:</strong> 19/11/2025 - Cabinet (Item 7)</p>",
         f"<p>{esc(AUTHOR)}</p>"]
    n = 0
    for hd, ps in PARAS:
        n += 1
        h.append(f"<h2>{n}. {esc(hd)}</h2>")
        h += [f"<p>{n}.{i}&nbsp;&nbsp;{esc(p)}</p>" for i, p in enumerate(ps, 1)]
    h.append("<h2>Appendix A: Capital programme 2025-26 at Quarter 2 (£000s)</h2>")
    rows = []
    for kind, r in appendix_a():
        if kind == "dir":
            rows.append(f'<tr class="directorate"><td colspan="9"><strong>{esc(r)}</strong>'
                        "</td></tr>")
        elif kind == "row":
            rows.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>")
        else:
            rows.append('<tr class="subtotal">' + "".join(
                f"<td><strong>{esc(x)}</strong></td>" for x in r) + "</tr>")
    h += html_table(A_COLS, rows, "capital")
    h.append("<h2>Appendix B: Slippage into 2026-27 (£000s)</h2>")
    hd, rb = appendix_b()
    h += html_table(hd, ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>"
                         for r in rb], "slippage")
    h.append("<h2>Appendix C: Funding of the 2025-26 programme</h2>")
    hd, rc = appendix_c()
    h += html_table(hd, ["<tr>" + "".join(f"<td>{esc(x.strip())}</td>" for x in r) + "</tr>"
                         for r in rc], "funding")
    h += ['<h3>Supporting documents:</h3><ul class="mgActionList"><li><a href="#">Capital '
          'monitoring Q2 2025-26, item 7 PDF 412 KB</a></li></ul>', "</div></div>",
          '<div id="mgFooter"><p>Glanmor County Borough Council, Civic Centre, Glanmor</p>'
          '<a href="/privacy">Privacy</a> | <a href="/accessibility">Accessibility statement'
          '</a> | <a href="/cy">Cymraeg</a></div>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def docx_table(doc, head, rows, sizes=8):
    tb = doc.add_table(rows=1, cols=len(head))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, head):
        cell_text(c, x, bold=True, size=sizes)
        shade(c, "BDD7EE")
    for kind, r in rows:
        cells = tb.add_row().cells
        if kind == "dir":
            m = cells[0].merge(cells[-1])
            cell_text(m, r, bold=True, size=sizes)
            shade(m, "E7E6E6")
            continue
        for c, x in zip(cells, r):
            cell_text(c, x, bold=(kind != "row"), size=sizes)
    return tb


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COUNCIL} – {MEETING}")
    footer_page_numbers(doc, "Capital monitoring Q2 2025-26")
    add_par(doc, COUNCIL, bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, MEETING, bold=True)
    add_par(doc, AUTHOR)
    for hd, ps in PARAS:
        doc.add_heading(hd, level=2)
        for p in ps:
            add_par(doc, p, style="List Number")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    doc.add_heading("Appendix A: Capital programme 2025-26 at Quarter 2 (£000s)", level=2)
    docx_table(doc, A_COLS, appendix_a())
    doc.add_heading("Appendix B: Slippage into 2026-27 (£000s)", level=2)
    hd, rb = appendix_b()
    docx_table(doc, hd, [("row", r) for r in rb[:-1]] + [("total", rb[-1])])
    doc.add_heading("Appendix C: Funding of the 2025-26 programme", level=2)
    hd, rc = appendix_c()
    docx_table(doc, hd, [("row", r) for r in rc])
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(9)
    cell, cellb = st["cell"], st["cellb"]
    story = [P(COUNCIL, st["h2"]), P(esc(TITLE), st["title"]), P(f"<b>{MEETING}</b>",
                                                                   st["body"]),
             P(AUTHOR, st["body"])]
    n = 0
    for hd, ps in PARAS:
        n += 1
        story.append(P(f"{n}. {esc(hd)}", st["h1"]))
        story += [P(f"{n}.{i}&nbsp;&nbsp;&nbsp;{esc(p)}", st["body"]) for i, p in
                  enumerate(ps, 1)]
    story += [PageBreak(), P("Appendix A: Capital programme 2025-26 at Quarter 2 (£000s)",
                             st["h1"])]
    rows = [[P(f"<b>{esc(x)}</b>", cellb) for x in A_COLS]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE"))]
    for kind, r in appendix_a():
        i = len(rows)
        if kind == "dir":
            rows.append([P(f"<b>{esc(r)}</b>", cellb)] + [""] * 8)
            style += [("SPAN", (0, i), (-1, i)),
                      ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#E7E6E6"))]
        else:
            rows.append([P(esc(x), cell if kind == "row" else cellb) for x in r])
        for c in range(1, 5):
            style.append(("ALIGN", (c, i), (c, i), "RIGHT"))
    t = Table(rows, colWidths=[44 * mm, 18 * mm, 17 * mm, 18 * mm, 18 * mm, 30 * mm,
                               13 * mm, 22 * mm, 81 * mm], repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle(style + [("TOPPADDING", (0, 0), (-1, -1), 7),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story += [t, P("Appendix B: Slippage into 2026-27 (£000s)", st["h1"])]
    hd, rb = appendix_b()
    tb = Table([[P(f"<b>{esc(x)}</b>", cellb) for x in hd]] + [[P(esc(x), cell) for x in r]
                                                              for r in rb])
    tb.setStyle(TableStyle(GRID))
    story += [tb, P("Appendix C: Funding of the 2025-26 programme", st["h1"])]
    hd, rc = appendix_c()
    tc = Table([[P(f"<b>{esc(x)}</b>", cellb) for x in hd]] + [[P(esc(x), cell) for x in r]
                                                              for r in rc],
               colWidths=[110 * mm, 40 * mm])
    tc.setStyle(TableStyle(GRID))
    story.append(tc)
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – {TITLE}", MEETING, wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
