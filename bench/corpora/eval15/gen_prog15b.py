"""prog15b: a GRANT-FUNDED PROGRAMME'S QUARTERLY CLAIM NARRATIVE: a claim summary table
(`Grant | Award letter ref. | Award 2025-26 (£) | Claimed to 30 June (£) | Claimed this
quarter (£) | Claimed to date (£)` plus a Total row: the awards are the grants, the claimed
figures are not), then ONE SECTION PER GRANT ("Grant 1: Improvement and Support Grant"),
each with a SPEND-TO-DATE TABLE of £ columns (`Cost heading | Budget 2025-26 (£) | Spend to
30 September (£) | Forecast outturn (£) | Variance (£)`: no items, no grants), a MILESTONE
TABLE (`Milestone | Due | Status`, the items; status words Achieved / On track / Delayed /
Not due explained by a key line), a narrative paragraph and a risks paragraph.

WLGA, "Local Government Improvement Programme 2025-26: Quarter 2 grant claim and progress
report", to the Welsh Government, 20 October 2025. Forms:
- .txt: Word's "Save as plain text" (CRLF, table cells joined by TABs, one row a line);
- .html: the print view of an online grant-management portal (portal header, "Claim
  reference", <fieldset>/<legend> per grant, tables, a "Print" button, footer);
- .docx: Heading 1 per part, Heading 2 per grant, bold labels over shaded-header tables,
  money right-aligned;
- .pdf: the submitted claim; money columns right-aligned; a signature block.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, WD_ALIGN_PARAGRAPH, add_par, build_pdf, cell_text,
                        colors, esc, footer_page_numbers, header_text, mm, new_docx,
                        pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "prog15b-grant-claim-narrative"
ORG = "Welsh Local Government Association"
TITLE = ("Local Government Improvement Programme 2025-26: Quarter 2 grant claim and "
         "progress report")
DATE = "20 October 2025"
COVER = [("Grant recipient", ORG), ("Funder", "Welsh Government, Local Government "
         "Partnerships Division"), ("Claim period", "1 July 2025 to 30 September 2025"),
         ("Date submitted", DATE)]
INTRO = ("This report supports the WLGA's claim for Quarter 2 of 2025-26 under the three "
         "grants that fund the Local Government Improvement Programme. Part A summarises the "
         "claim; Part B reports spend and progress against the milestones in each award "
         "letter.")
SUMCOLS = ["Grant", "Award letter ref.", "Award 2025-26 (£)", "Claimed to 30 June (£)",
           "Claimed this quarter (£)", "Claimed to date (£)"]
SPENDCOLS = ["Cost heading", "Budget 2025-26 (£)", "Spend to 30 September (£)",
             "Forecast outturn (£)", "Variance (£)"]
MSCOLS = ["Milestone", "Due", "Status"]
KEY = ("Milestone status: Achieved; On track; Delayed (past its due date or at risk of "
       "missing it); Not due (work not yet started).")
STATUS = {"Achieved": "done", "On track": "in progress", "Delayed": "at risk",
          "Not due": "planned"}
# (grant, ref, award, claimed Q1, claimed Q2, spend rows, milestones, narrative, risks)
GRANTS = [
    ("Improvement and Support Grant", "LGPD/2025/014", 1200000, 260000, 310500, [
        ("Staff costs", 780000, 382000, 780000, 0),
        ("Peer support and facilitation", 300000, 128500, 290000, -10000),
        ("Events and venues", 120000, 60000, 130000, 10000),
        ("Total", 1200000, 570500, 1200000, 0)], [
        ("Corporate peer challenges completed in three councils", "December 2025",
         "On track", "2025-26 Q3", []),
        ("Induction support for new chief executives delivered with SOLACE",
         "September 2025", "Achieved", "2025-26 Q2", ["SOLACE"]),
        ("Self-assessment support network meeting every quarter", "March 2026",
         "On track", "2025-26 Q4", []),
        ("Financial resilience review tool published with CIPFA", "September 2025",
         "Delayed", "2025-26 Q2", ["CIPFA"])],
     "Two of the three peer challenges have taken place and the third is booked for "
     "November. Seven new chief executives have completed the induction programme.",
     "The financial resilience tool awaits final comments from a technical panel; "
     "publication has moved to November 2025."),
    ("Scrutiny Development Grant", "LGPD/2025/022", 150000, 20000, 41250, [
        ("Staff costs", 90000, 45000, 90000, 0),
        ("Commissioned support", 60000, 16250, 60000, 0),
        ("Total", 150000, 61250, 150000, 0)], [
        ("Scrutiny chairs' development programme launched with the Centre for Governance "
         "and Scrutiny", "October 2025", "On track", "2025-26 Q3",
         ["Centre for Governance and Scrutiny"]),
        ("Good practice guide on the scrutiny of regional bodies published",
         "February 2026", "Not due", "2025-26 Q4", []),
        ("Scrutiny self-evaluation toolkit tested in four councils", "September 2025",
         "Achieved", "2025-26 Q2", [])],
     "Forty-one chairs and vice-chairs have booked places on the development programme, "
     "which opens on 15 October.",
     "No significant risks this quarter."),
    ("Digital Leadership Grant", "LGPD/2025/031", 240000, 35000, 52800, [
        ("Staff costs", 120000, 52800, 120000, 0),
        ("Training delivery", 90000, 30000, 85000, -5000),
        ("Evaluation", 30000, 5000, 35000, 5000),
        ("Total", 240000, 87800, 240000, 0)], [
        ("Digital leadership masterclasses held for 60 senior officers with Academi Wales",
         "November 2025", "On track", "2025-26 Q3", ["Academi Wales"]),
        ("Data maturity assessments completed with Data Cymru in ten councils",
         "September 2025", "Delayed", "2025-26 Q2", ["Data Cymru"]),
        ("Cyber exercise held for council leaders", "January 2026", "Not due",
         "2025-26 Q4", [])],
     "Six of the ten data maturity assessments are complete; the remaining four councils "
     "have asked to take part after their budget rounds.",
     "Spend on training is below profile because two masterclasses moved to November."),
]
TOTAL_CLAIM = ("The total claimed this quarter is £404,550, bringing the total claimed in "
               "2025-26 to £719,550 of the £1,590,000 awarded.")
DECL = ("I certify that the expenditure claimed has been incurred on the purposes set out "
        "in the award letters and in accordance with their terms and conditions.")
SIGN = [("Signed", "Director of Finance and Resources, WLGA"), ("Date", DATE)]


def money(v: int) -> str:
    return f"-{abs(v):,}" if v < 0 else f"{v:,}"


def summary_rows():
    rows = [[g, ref, money(a), money(c1), money(c2), money(c1 + c2)]
            for g, ref, a, c1, c2, *_ in GRANTS]
    tot = [sum(x[k] for x in GRANTS) for k in (2, 3, 4)]
    rows.append(["Total", "", money(tot[0]), money(tot[1]), money(tot[2]),
                 money(tot[1] + tot[2])])
    return rows


def spend_rows(g):
    return [[h, money(b), money(s), money(f), money(v)] for h, b, s, f, v in g[5]]


def ms_rows(g):
    return [[m, due, stt] for m, due, stt, _q, _p in g[6]]


def reading() -> dict:
    items = []
    for s, g in enumerate(GRANTS, 1):
        for k, (m, _due, stt, q, parts) in enumerate(g[6], 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": m,
                          "status": STATUS[stt], "quarter": q, "partners": parts})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-20", "priorities": [],
            "items": items,
            "grants": [{"grant": g[0], "amount_gbp": g[2], "financial_year": "2025-26"}
                       for g in GRANTS]}


# ------------------------------------------------------------------ plain text (Word)
def write_txt() -> None:
    out = [TITLE, ""] + [f"{k}:\t{v}" for k, v in COVER] + ["", INTRO, "",
           "Part A: Claim summary", "\t".join(SUMCOLS)]
    out += ["\t".join(r) for r in summary_rows()]
    out += [TOTAL_CLAIM, "", "Part B: Spend and progress by grant", KEY]
    for s, g in enumerate(GRANTS, 1):
        out += ["", f"Grant {s}: {g[0]}", "Spend to date", "\t".join(SPENDCOLS)]
        out += ["\t".join(r) for r in spend_rows(g)]
        out += ["Milestones", "\t".join(MSCOLS)] + ["\t".join(r) for r in ms_rows(g)]
        out += ["Narrative", g[7], "Risks and issues", g[8]]
    out += ["", "Declaration", DECL] + [f"{k}:\t{v}" for k, v in SIGN]
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(out) + "\r\n").encode("utf-8"))


# ------------------------------------------------------------------ HTML (portal print view)
def table_html(cols, rows, num_from=99):
    h = ["<table><thead><tr>" + "".join(f'<th scope="col">{esc(c)}</th>' for c in cols)
         + "</tr></thead><tbody>"]
    for r in rows:
        h.append("<tr>" + "".join(
            f'<td class="num">{esc(x)}</td>' if k >= num_from else f"<td>{esc(x)}</td>"
            for k, x in enumerate(r)) + "</tr>")
    return h + ["</tbody></table>"]


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>Claim LGIP-2025-26-Q2 – print view</title></head><body>",
         '<header class="portal"><span class="brand">Welsh Government Grants Portal</span>'
         '<nav><a href="/dashboard">Dashboard</a> <a href="/claims">My claims</a> <a href="'
         '/help">Help</a> <a href="/logout">Sign out</a></nav></header>',
         '<div class="claim-bar"><p>Claim reference: LGIP-2025-26-Q2 | Status: Submitted'
         '</p><button onclick="window.print()">Print</button></div>',
         f"<main><h1>{esc(TITLE)}</h1>", "<dl class=\"cover\">"]
    h += [f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in COVER] + ["</dl>",
          f"<p>{esc(INTRO)}</p>", "<h2>Part A: Claim summary</h2>"]
    h += table_html(SUMCOLS, summary_rows(), 2)
    h += [f"<p>{esc(TOTAL_CLAIM)}</p>", "<h2>Part B: Spend and progress by grant</h2>",
          f'<p class="hint">{esc(KEY)}</p>']
    for s, g in enumerate(GRANTS, 1):
        h += [f'<fieldset class="grant"><legend>Grant {s}: {esc(g[0])}</legend>',
              "<h3>Spend to date</h3>"] + table_html(SPENDCOLS, spend_rows(g), 1)
        h += ["<h3>Milestones</h3>"] + table_html(MSCOLS, ms_rows(g))
        h += ["<h3>Narrative</h3>", f"<p>{esc(g[7])}</p>", "<h3>Risks and issues</h3>",
              f"<p>{esc(g[8])}</p>", "</fieldset>"]
    h += ["<h2>Declaration</h2>", f"<p>{esc(DECL)}</p>", '<dl class="sign">']
    h += [f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in SIGN]
    h += ["</dl></main>", '<footer><p>Welsh Government Grants Portal · <a href="/'
          'accessibility">Accessibility</a> · <a href="/privacy">Privacy</a> · Crown '
          "copyright</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def dtable(doc, cols, rows, num_from=99):
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, cols):
        cell_text(c, v, bold=True, size=10)
        shade(c, "C6E0B4")
    for r in rows:
        cells = t.add_row().cells
        for k, (c, v) in enumerate(zip(cells, r)):
            cell_text(c, v, bold=r[0] == "Total", size=10)
            if k >= num_from:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA – Grant claim LGIP-2025-26-Q2")
    footer_page_numbers(doc, "Local Government Improvement Programme")
    doc.add_heading(TITLE, level=0)
    for k, v in COVER:
        p = add_par(doc, f"{k}: ", bold=True)
        p.add_run(v)
    add_par(doc, INTRO)
    doc.add_heading("Part A: Claim summary", level=1)
    dtable(doc, SUMCOLS, summary_rows(), 2)
    add_par(doc, TOTAL_CLAIM)
    doc.add_heading("Part B: Spend and progress by grant", level=1)
    add_par(doc, KEY, size=9)
    for s, g in enumerate(GRANTS, 1):
        doc.add_heading(f"Grant {s}: {g[0]}", level=2)
        add_par(doc, "Spend to date", bold=True)
        dtable(doc, SPENDCOLS, spend_rows(g), 1)
        add_par(doc, "Milestones", bold=True)
        dtable(doc, MSCOLS, ms_rows(g))
        add_par(doc, "Narrative", bold=True)
        add_par(doc, g[7])
        add_par(doc, "Risks and issues", bold=True)
        add_par(doc, g[8])
    doc.add_heading("Declaration", level=1)
    add_par(doc, DECL)
    for k, v in SIGN:
        p = add_par(doc, f"{k}: ", bold=True)
        p.add_run(v)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def ptable(st, cols, rows, widths, num_from=99):
    data = [[P(f"<b>{esc(c)}</b>", st["cellb"]) for c in cols]]
    right = st["cell"].clone("right", alignment=2)
    for r in rows:
        b = r[0] == "Total"
        data.append([P(f"<b>{esc(x)}</b>" if b else esc(x),
                       right if k >= num_from else st["cell"]) for k, x in enumerate(r)])
    return Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT",
                 style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                 colors.HexColor("#C6E0B4"))]))


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"])]
    story.append(Table([[P(f"<b>{esc(k)}</b>", st["cell"]), P(esc(v), st["cell"])]
                        for k, v in COVER], colWidths=[40 * mm, 120 * mm], hAlign="LEFT",
                       style=TableStyle(list(GRID))))
    story += [P(esc(INTRO), st["body"]), P("Part A: Claim summary", st["h1"]),
              ptable(st, SUMCOLS, summary_rows(), [42, 32, 24, 25, 26, 25], 2),
              P(esc(TOTAL_CLAIM), st["body"]),
              P("Part B: Spend and progress by grant", st["h1"]), P(esc(KEY), st["small"])]
    for s, g in enumerate(GRANTS, 1):
        story += [P(f"Grant {s}: {esc(g[0])}", st["h2"]), P("<b>Spend to date</b>", st["body"]),
                  ptable(st, SPENDCOLS, spend_rows(g), [54, 30, 34, 30, 26], 1),
                  P("<b>Milestones</b>", st["body"]),
                  ptable(st, MSCOLS, ms_rows(g), [110, 34, 30]),
                  P("<b>Narrative</b>", st["body"]), P(esc(g[7]), st["body"]),
                  P("<b>Risks and issues</b>", st["body"]), P(esc(g[8]), st["body"])]
    story += [P("Declaration", st["h1"]), P(esc(DECL), st["body"])]
    story += [P(f"<b>{esc(k)}:</b> {esc(v)}", st["body"]) for k, v in SIGN]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA – Grant claim LGIP-2025-26-Q2",
              "Local Government Improvement Programme")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]), len(r["grants"]))
