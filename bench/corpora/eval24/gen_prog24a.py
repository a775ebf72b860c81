"""prog24a: a WELSH GOVERNMENT GRANT OFFER LETTER with its SCHEDULES: the letter, then
"Schedule 1: Approved purposes" (two purposes, each a table `Ref | Approved activity |
Delivered with | Completion date | Grant` of activities numbered 1.1 .. 2.3), "Schedule 2: Payment profile" (a table
`Activity | Q1 | Q2 | Q3 | Q4 | Total` by quarter of the financial year with a total row),
"Schedule 3: Monitoring and reporting" (returns due by date) and "Schedule 4: Specific
conditions" numbered 1.1, 1.2 .. 2.3 AGAIN (the conditions are NOT items: they are
obligations of the recipient under "Use of the grant" / "Payment" headings, with no funding
or completion date; the items are Schedule 1's approved activities).

Welsh Government Local Government Division to the WLGA (setting real: the Welsh Government
funds the WLGA's improvement and support work by grant; content invented), 14 April 2025.
Forms: .md pandoc Markdown (pipe tables, the letter's address block as line blocks); .html
gov.wales-like CMS page (cookie banner, nav, footer) publishing the letter; .docx Word with the
payment profile as a table with a shaded total row and the conditions as Word numbering;
.pdf the letter on headed paper, each schedule on a new page.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import PageBreak, Table, TableStyle
from shell24 import add_numbering, cms_page, numbered

NAME = "prog24a-grant-offer-schedules"
GRANT = "Local Government Improvement and Support Grant"
TITLE = f"Offer of grant: {GRANT} 2025-26"
DATE = "14 April 2025"
ADDR = ["Chief Executive", "Welsh Local Government Association", "One Canal Parade",
        "Dumballs Road", "Cardiff CF10 5BF"]
LETTER = [
    "Dear Chief Executive,",
    f"I am pleased to offer the Welsh Local Government Association (\"the Recipient\") a grant "
    f"of up to £880,000 in the financial year 2025-26 under the {GRANT}, for the approved "
    "purposes in Schedule 1. The grant is offered under section 58A of the Local Government "
    "Act 1972 and on the terms and conditions of this letter, its schedules and the enclosed "
    "standard terms and conditions.",
    "The grant will be paid quarterly in arrears against claims, in line with the payment "
    "profile in Schedule 2. Progress reports are due on the dates in Schedule 3.",
    "Please confirm your acceptance of this offer by signing and returning the enclosed "
    "acceptance form within 30 days of the date of this letter. If we do not receive it, the "
    "offer may be withdrawn.",
    "Yours sincerely,", "Head of Local Government Partnerships", "Local Government Division",
]
# purpose: (title, [(ref, short name, text, with, by, quarter, partners, [q1..q4])])
PURPOSES = [
    ("Improvement support to councils", [
        ("1.1", "Corporate peer challenges",
         "Arrange and support corporate peer challenges for six councils, with peer teams "
         "drawn from Welsh and English councils through the LGA.",
         "LGA", "31 March 2026", "2025-26 Q4", ["LGA"], [0, 60000, 60000, 60000]),
        ("1.2", "Councillor development",
         "Deliver the councillor development programme for members elected at by-elections "
         "and for new committee chairs, with Academi Wales.",
         "Academi Wales", "31 December 2025", "2025-26 Q3", ["Academi Wales"],
         [40000, 40000, 20000, 0]),
        ("1.3", "Scrutiny support",
         "Run the all-Wales scrutiny support programme for scrutiny chairs and officers with "
         "the Centre for Governance and Scrutiny.",
         "Centre for Governance and Scrutiny", "30 September 2025", "2025-26 Q2",
         ["Centre for Governance and Scrutiny"], [35000, 35000, 0, 0]),
    ]),
    ("Data and performance", [
        ("2.1", "Performance data platform",
         "Maintain and develop the local government performance data platform and its "
         "public dashboards, delivered by Data Cymru.",
         "Data Cymru", "31 March 2026", "2025-26 Q4", ["Data Cymru"],
         [100000, 100000, 100000, 100000]),
        ("2.2", "Social care workforce benchmarking",
         "Develop benchmarking of social care workforce data for the 22 councils.",
         "-", "31 December 2025", "2025-26 Q3", [], [0, 50000, 50000, 0]),
        ("2.3", "Self-assessment network",
         "Set up a network of councils' performance officers to share practice in "
         "self-assessment under the Local Government and Elections (Wales) Act 2021.",
         "-", "30 June 2025", "2025-26 Q1", [], [30000, 0, 0, 0]),
    ]),
]
RETURNS = [("Quarter 1 progress report and claim", "15 July 2025"),
           ("Quarter 2 progress report and claim", "15 October 2025"),
           ("Quarter 3 progress report and claim", "15 January 2026"),
           ("Final report, final claim and statement of grant usage", "30 April 2026"),
           ("Independently examined statement of expenditure", "30 September 2026")]
CONDITIONS = [
    ("Use of the grant", [
        "The Recipient must use the grant only for the approved purposes in Schedule 1 and "
        "must not move funding between activities by more than 10% without our written "
        "agreement.",
        "The grant must not be used for activities for which the Recipient receives other "
        "public funding.",
        "Any underspend must be reported in the next quarterly report and may be withdrawn.",
    ]),
    ("Payment", [
        "Claims must be made on the Welsh Government's grant claim form and signed by the "
        "Recipient's Director of Finance.",
        "We will pay valid claims within 30 days of receipt.",
        "No payment will be made for expenditure incurred after 31 March 2026.",
    ]),
]
QHEAD = ["Activity", "Q1 (Apr-Jun)", "Q2 (Jul-Sep)", "Q3 (Oct-Dec)", "Q4 (Jan-Mar)", "Total"]


def money(v: int) -> str:
    return f"£{v:,}" if v else "-"


def profile_rows() -> list[list[str]]:
    rows, tot = [], [0, 0, 0, 0]
    for _t, acts in PURPOSES:
        for ref, short, *_r, qs in acts:
            rows.append([f"{ref} {short}"] + [money(q) for q in qs] + [money(sum(qs))])
            tot = [a + b for a, b in zip(tot, qs)]
    rows.append(["Total"] + [money(q) for q in tot] + [money(sum(tot))])
    return rows


S1HEAD = ["Ref", "Approved activity", "Delivered with", "Completion date", "Grant"]


def s1_row(a) -> list[str]:
    ref, _s, text, with_, by, _q, _p, qs = a
    return [ref, text, with_, by, money(sum(qs))]


def reading() -> dict:
    items = []
    for s, (_t, acts) in enumerate(PURPOSES, 1):
        for ref, _s, text, _w, by, q, pa, _qs in acts:
            items.append({"ref": ref, "section": str(s), "text": text, "status": "planned",
                          "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-04-14",
            "priorities": [t for t, _a in PURPOSES], "items": items,
            "grants": [{"grant": GRANT, "amount_gbp": 880000, "financial_year": "2025-26"}]}


def write_md() -> None:
    o = ["---", f"title: \"{TITLE}\"", "---", "", "**Llywodraeth Cymru / Welsh Government**",
         "", "| Local Government Division", "| Cathays Park, Cardiff CF10 3NQ", "",
         "| " + "\n| ".join(ADDR), "", DATE, "", f"**{TITLE}**", ""]
    o += [x + "\n" for x in LETTER]
    o += ["\\newpage", "", "# Schedule 1: Approved purposes", ""]
    for i, (t, acts) in enumerate(PURPOSES, 1):
        o += [f"## Purpose {i}: {t}", "", "| " + " | ".join(S1HEAD) + " |",
              "|:---|:---|:---|:---|---:|"]
        o += ["| " + " | ".join(s1_row(a)) + " |" for a in acts] + [""]
    o += ["# Schedule 2: Payment profile", "",
          "Amounts are the maximum payable for each quarter of the financial year 2025-26.", "",
          "| " + " | ".join(QHEAD) + " |", "|:---|" + "---:|" * 5]
    o += ["| " + " | ".join(r) + " |" for r in profile_rows()] + [""]
    o += ["# Schedule 3: Monitoring and reporting", "", "| Return | Due by |", "|:---|:---|"]
    o += [f"| {r} | {d} |" for r, d in RETURNS] + ["",
          "Each progress report must describe progress on every activity in Schedule 1.", ""]
    o += ["# Schedule 4: Specific conditions", ""]
    for i, (h, cs) in enumerate(CONDITIONS, 1):
        o += [f"**{i}. {h}**", ""]
        o += [f"{i}.{k}\\ \\ {c}\n" for k, c in enumerate(cs, 1)]
    (OUT / f"{NAME}.md").write_text("\n".join(o) + "\n", encoding="utf-8")


def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>", '<p class="published">Published: 14 April 2025 · '
         'Document: Letter</p>', '<div class="letter"><p class="address">'
         + "<br>".join(esc(x) for x in ADDR) + f"</p><p>{esc(DATE)}</p>"]
    b += [f"<p>{esc(x)}</p>" for x in LETTER] + ["</div>",
          '<h2 id="schedule-1">Schedule 1: Approved purposes</h2>']
    for i, (t, acts) in enumerate(PURPOSES, 1):
        b += [f"<h3>Purpose {i}: {esc(t)}</h3>", '<table class="table"><thead><tr>'
              + "".join(f'<th scope="col">{esc(h)}</th>' for h in S1HEAD) + "</tr></thead><tbody>"]
        b += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in s1_row(a)) + "</tr>" for a in acts]
        b += ["</tbody></table>"]
    b += ['<h2 id="schedule-2">Schedule 2: Payment profile</h2>',
          "<p>Amounts are the maximum payable for each quarter of the financial year "
          "2025-26.</p>", '<table class="table"><thead><tr>'
          + "".join(f'<th scope="col">{esc(h)}</th>' for h in QHEAD) + "</tr></thead><tbody>"]
    rows = profile_rows()
    b += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows[:-1]]
    b += ["</tbody><tfoot><tr>" + "".join(f"<th>{esc(x)}</th>" for x in rows[-1])
          + "</tr></tfoot></table>",
          '<h2 id="schedule-3">Schedule 3: Monitoring and reporting</h2>',
          '<table class="table"><thead><tr><th>Return</th><th>Due by</th></tr></thead><tbody>']
    b += [f"<tr><td>{esc(r)}</td><td>{esc(d)}</td></tr>" for r, d in RETURNS]
    b += ["</tbody></table>", "<p>Each progress report must describe progress on every "
          "activity in Schedule 1.</p>", '<h2 id="schedule-4">Schedule 4: Specific conditions'
          "</h2>"]
    for i, (h, cs) in enumerate(CONDITIONS, 1):
        b += [f"<h3>{i}. {esc(h)}</h3>"]
        b += [f"<p>{i}.{k} {esc(c)}</p>" for k, c in enumerate(cs, 1)]
    page = cms_page(TITLE, "GOV.WALES", b, ["Home", "Housing and local government",
                                            "Local government", "Grants"])
    (OUT / f"{NAME}.html").write_text(page, encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Llywodraeth Cymru / Welsh Government")
    footer_page_numbers(doc, "Local Government Division")
    for x in ADDR + ["", DATE, ""]:
        add_par(doc, x)
    add_par(doc, TITLE, bold=True)
    for x in LETTER:
        add_par(doc, x)
    doc.add_page_break()
    doc.add_heading("Schedule 1: Approved purposes", level=1)
    for i, (t, acts) in enumerate(PURPOSES, 1):
        doc.add_heading(f"Purpose {i}: {t}", level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, S1HEAD):
            cell_text(c, h, bold=True)
            shade(c, "D9D9D9")
        for a in acts:
            for c, x in zip(tb.add_row().cells, s1_row(a)):
                cell_text(c, x)
    doc.add_heading("Schedule 2: Payment profile", level=1)
    add_par(doc, "Amounts are the maximum payable for each quarter of the financial year "
                 "2025-26.")
    rows = profile_rows()
    tb = doc.add_table(rows=1, cols=6)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, QHEAD):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for r in rows:
        cells = tb.add_row().cells
        for c, x in zip(cells, r):
            cell_text(c, x, bold=r is rows[-1])
            if r is rows[-1]:
                shade(c, "F2F2F2")
    doc.add_heading("Schedule 3: Monitoring and reporting", level=1)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    cell_text(tb.rows[0].cells[0], "Return", bold=True)
    cell_text(tb.rows[0].cells[1], "Due by", bold=True)
    for r, d in RETURNS:
        cells = tb.add_row().cells
        cell_text(cells[0], r)
        cell_text(cells[1], d)
    add_par(doc, "Each progress report must describe progress on every activity in "
                 "Schedule 1.")
    doc.add_heading("Schedule 4: Specific conditions", level=1)
    for i, (h, cs) in enumerate(CONDITIONS, 1):
        add_par(doc, f"{i}. {h}", bold=True)
        nid = add_numbering(doc, "decimal", f"{i}.%1")
        for c in cs:
            numbered(doc, c, nid)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell, cellb = st["cell"], st["cellb"]
    story = [P("<b>Llywodraeth Cymru<br/>Welsh Government</b>", st["h1"]),
             P("Local Government Division, Cathays Park, Cardiff CF10 3NQ", st["small"]),
             P("<br/>".join(esc(x) for x in ADDR), st["body"]), P(DATE, st["body"]),
             P(f"<b>{esc(TITLE)}</b>", st["body"])]
    story += [P(esc(x), st["body"]) for x in LETTER]
    story += [PageBreak(), P("Schedule 1: Approved purposes", st["h1"])]
    for i, (t, acts) in enumerate(PURPOSES, 1):
        story.append(P(f"Purpose {i}: {esc(t)}", st["h2"]))
        t1 = Table([[P(f"<b>{esc(h)}</b>", cell) for h in S1HEAD]]
                   + [[P(esc(x), cell) for x in s1_row(a)] for a in acts],
                   colWidths=[12 * mm, 80 * mm, 35 * mm, 27 * mm, 20 * mm], repeatRows=1)
        t1.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                              colors.HexColor("#D9D9D9"))]))
        story.append(t1)
    story += [PageBreak(), P("Schedule 2: Payment profile", st["h1"]),
              P("Amounts are the maximum payable for each quarter of the financial year "
                "2025-26.", st["body"])]
    rows = [[P(f"<b>{esc(h)}</b>", cell) for h in QHEAD]]
    pr = profile_rows()
    rows += [[P(esc(x), cellb if r is pr[-1] else cell) for x in r] for r in pr]
    t2 = Table(rows, colWidths=[62 * mm] + [22 * mm] * 5, repeatRows=1)
    t2.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                          colors.HexColor("#D9D9D9"))]))
    story += [t2, PageBreak(), P("Schedule 3: Monitoring and reporting", st["h1"])]
    t3 = Table([[P("<b>Return</b>", cell), P("<b>Due by</b>", cell)]]
               + [[P(esc(r), cell), P(d, cell)] for r, d in RETURNS],
               colWidths=[120 * mm, 40 * mm])
    t3.setStyle(TableStyle(GRID))
    story += [t3, P("Each progress report must describe progress on every activity in "
                    "Schedule 1.", st["body"]), PageBreak(),
              P("Schedule 4: Specific conditions", st["h1"])]
    for i, (h, cs) in enumerate(CONDITIONS, 1):
        story.append(P(f"{i}. {esc(h)}", st["h2"]))
        story += [P(f"{i}.{k}&nbsp;&nbsp;{esc(c)}", st["body"]) for k, c in enumerate(cs, 1)]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{GRANT} 2025-26 – offer letter",
              "Welsh Government – Local Government Division")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
