"""prog50b: a Welsh Government ANNUAL REPORT with "What we said we would do | What we did"
tables per well-being objective (programme kind): "Supporting local government: annual report
2025 to 2026", Local Government Division, published 16 July 2026 (real Welsh Government and
well-being objectives duty; objectives, commitments and figures invented).

Layout: a Minister's foreword and an introduction (not items); per well-being objective a
heading "Well-being objective 1: Build resilient and well-run councils", a sentence of context,
then a two-column table `What we said we would do | What we did`: the left cell the
commitment, the right a narrative with the position in words ("This is complete.", "on track",
"has been delayed", "has not started") and dates; then a "Looking forward" heading over ONE
paragraph (not items; it restates plans for 2026-27). "Annex A: Finance" a table
`Grant | 2025-26 allocation | Spend` with three grants and a Total row. One narrative names
"£2.4 million" of spend (not a grant).
Forms: .docx the division's Word file (Heading 1 objectives, a Heading 2 "Looking forward",
tables with a shaded header row, running header, page-number footer); .pdf a print of the
Word file; .html the GOV.WALES page (CMS chrome, "First published: 16 July 2026", `<table>`
with `<th scope="col">`); .md pandoc's export of the Word file (`--to markdown` with pipe
tables: ATX headings, long cells on one line, the header separator with dashes sized to the
column widths).

The reading: items the table rows (13), text the left cell (the commitment); section the
objective's number; status from the right cell's words (complete/published/held done; on
track/under way in progress; delayed/slipped at risk; not started planned); quarter the
financial quarter of the date the right cell gives for the item's position: the completion
date for what is done, the date the rest is due for what is not (None where only a year is
given); partners the organisations the row names from the list (Audit Wales, Data Cymru);
grants the Annex A rows (the Total a sum; the "£2.4 million" in a narrative is spend, not a
grant); title the report's title; date 2026-07-16.
"""
from __future__ import annotations

import common50 as C
from reportlab.platypus import Table, TableStyle

NAME = "prog50b-wg-annual-report-said-did"
TITLE = "Supporting local government: annual report 2025 to 2026"
DATE_TEXT = "16 July 2026"
FOREWORD = (
    "This report sets out what the Welsh Government said it would do in 2025-26 to support "
    "local government, and what we did. It is published under our duty to report on our "
    "well-being objectives. I am grateful to the WLGA, council leaders and chief executives "
    "for working with us in partnership through a demanding year.")
FOREWORD_BY = "Cabinet Secretary for Housing and Local Government"
INTRO = ("Each section below takes one of our three well-being objectives for local government. "
         "The tables set out each commitment from our 2025-26 plan alongside the progress made "
         "by 31 March 2026, or since where we can report it.")

# objective -> (context, [(commitment, what we did, status, quarter, partners)], looking forward)
OBJECTIVES = [
    ("Build resilient and well-run councils",
     "Councils need stable funding and proportionate governance to plan beyond a single year.",
     [("Publish revised statutory guidance on performance and governance for councils.",
       "We published the revised guidance on 12 June 2025 after consulting the WLGA and all "
       "22 councils. This is complete.", "done", "2025-26 Q1", []),
      ("Give councils indicative settlement figures for future years.",
       "Indicative allocations for 2026-27 and 2027-28 were published with the final "
       "settlement on 24 February 2026. This commitment is complete.", "done", "2025-26 Q4",
       []),
      ("Reduce the reporting burden of specific grants.",
       "Eleven grants were merged into the Local Authority Children and Communities Grant from "
       "April 2025. A review of the remaining grants, with Data Cymru, is under way and is on "
       "track to report by September 2026.", "in progress", "2026-27 Q2", ["Data Cymru"]),
      ("Agree a shared approach to panel performance assessments with Audit Wales.",
       "Panel assessments were held in nine councils. The programme for the remaining councils "
       "has been delayed by a shortage of peer assessors and is now expected to finish by "
       "December 2026.", "at risk", "2026-27 Q3", ["Audit Wales"])],
     "In 2026-27 we will complete the review of specific grants and publish a three-year plan "
     "for reducing them further, and we will work with the WLGA on the settlement for "
     "2027-28."),
    ("Strengthen local democracy",
     "Local democracy is stronger when more people vote and more people stand.",
     [("Pilot flexible voting in council by-elections.",
       "Early voting was piloted in four councils in the by-elections of October and November "
       "2025, and the evaluation was published on 22 January 2026. This is complete.", "done",
       "2025-26 Q4", []),
      ("Introduce automatic voter registration for local elections.",
       "Trials in six councils are on track, and all councils will be ready to register "
       "electors automatically by 31 March 2027.", "in progress", "2026-27 Q4", []),
      ("Review the guidance on support for councillors with the Independent Remuneration Panel "
       "for Wales.",
       "This work has not started. It will begin in April 2026, once the Panel's annual report "
       "has been published.", "planned", "2026-27 Q1", []),
      ("Fund a Diversity in Democracy programme for prospective candidates.",
       "The programme has supported 146 people so far, and is on track, with its final cohort "
       "starting in October 2026.", "in progress", "2026-27 Q3", []),
      ("Publish a code of practice on public participation in council meetings.",
       "Drafting has slipped because of the work to commence the Elections and Elected Bodies "
       "(Wales) Act 2024. We now expect to consult in May 2026.", "at risk", "2026-27 Q1",
       [])],
     "Our priority for 2026-27 is to prepare for the local government elections in May 2027, "
     "with automatic registration in place and the participation code published."),
    ("Support councils to act on the climate and nature emergencies",
     "Councils own and manage much of the land, buildings and fleet that must change.",
     [("Help every council publish a net zero action plan.",
       "All 22 councils had published action plans by 30 September 2025. This is complete.",
       "done", "2025-26 Q2", []),
      ("Fund local nature recovery through the Local Places for Nature scheme.",
       "£2.4 million was spent on 310 projects across Wales. The scheme is on track and "
       "continues in 2026-27.", "in progress", None, []),
      ("Support councils to move their fleets to zero-emission vehicles.",
       "Councils bought 212 electric vehicles in 2025-26, but progress has been delayed by "
       "supply problems with larger vehicles. We now expect the 2026 target to be met by "
       "March 2027.", "at risk", "2026-27 Q4", []),
      ("Agree a shared flood risk management investment plan with councils.",
       "Work started in January 2026 and is on track for the plan to be agreed by 30 June "
       "2026.", "in progress", "2026-27 Q1", [])],
     "In 2026-27 we will agree the flood investment plan and extend Local Places for Nature to "
     "community councils."),
]
GRANTS = [("Local Government Improvement Support Grant", 1200000, "£1,200,000", "£1,146,300"),
          ("Digital Democracy Fund", 350000, "£350,000", "£298,000"),
          ("Local Places for Nature capital grant", 2500000, "£2,500,000", "£2,412,000")]
TOTAL = ("Total", "£4,050,000", "£3,856,300")
HEAD = ["What we said we would do", "What we did"]


def reading() -> dict:
    items = []
    for n, (_name, _ctx, rows, _lf) in enumerate(OBJECTIVES, 1):
        for k, (said, _did, status, quarter, partners) in enumerate(rows, 1):
            items.append({"ref": f"{n}.{k}", "section": str(n), "text": said, "status": status,
                          "quarter": quarter, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2026-07-16",
            "priorities": [o[0] for o in OBJECTIVES], "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": "2025-26"}
                       for g, a, _x, _y in GRANTS]}


def obj_heading(n: int, name: str) -> str:
    return f"Well-being objective {n}: {name}"


# ------------------------------------------------------------------ Markdown (pandoc from Word)
def pipe(head: list[str], rows: list[list[str]], widths: list[int]) -> list[str]:
    out = ["| " + " | ".join(head) + " |",
           "|" + "|".join("-" * w for w in widths) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return out


def write_md() -> None:
    L = [f"# {TITLE}", "", f"Local Government Division, Welsh Government, {DATE_TEXT}", "",
         "## Foreword", ""]
    L += C.wrap(FOREWORD) + ["", f"*{FOREWORD_BY}*", "", "## Introduction", ""]
    L += C.wrap(INTRO) + [""]
    for n, (name, ctx, rows, lf) in enumerate(OBJECTIVES, 1):
        L += [f"## {obj_heading(n, name)}", ""] + C.wrap(ctx) + [""]
        L += pipe(HEAD, [[s, d] for s, d, *_ in rows], [28, 67]) + [""]
        L += ["### Looking forward", ""] + C.wrap(lf) + [""]
    L += ["## Annex A: Finance", ""]
    L += pipe(["Grant", "2025-26 allocation", "Spend"],
              [[g, a, s] for g, _v, a, s in GRANTS] + [list(TOTAL)], [44, 19, 12]) + [""]
    (C.OUT / f"{NAME}.md").write_text("\n".join(L), encoding="utf-8")


def write_html() -> None:
    b = ['<div class="gem-c-title"><span class="caption">Report</span>'
         f"<h1>{C.esc(TITLE)}</h1></div>",
         '<p class="lead">How the Welsh Government supported local government in 2025-26, '
         "against its well-being objectives.</p>",
         '<dl class="metadata"><dt>First published:</dt><dd>16 July 2026</dd>'
         "<dt>Last updated:</dt><dd>16 July 2026</dd></dl>",
         '<nav class="contents"><h2>Contents</h2><ol>'
         + "".join(f'<li><a href="#o{n}">{C.esc(obj_heading(n, o[0]))}</a></li>'
                   for n, o in enumerate(OBJECTIVES, 1))
         + '<li><a href="#annex">Annex A: Finance</a></li></ol></nav>',
         "<h2>Foreword</h2>", f"<p>{C.esc(FOREWORD)}</p>",
         f'<p class="signature">{C.esc(FOREWORD_BY)}</p>',
         "<h2>Introduction</h2>", f"<p>{C.esc(INTRO)}</p>"]
    for n, (name, ctx, rows, lf) in enumerate(OBJECTIVES, 1):
        b.append(f'<h2 id="o{n}">{C.esc(obj_heading(n, name))}</h2>')
        b.append(f"<p>{C.esc(ctx)}</p>")
        b.append('<table><thead><tr><th scope="col">What we said we would do</th>'
                 '<th scope="col">What we did</th></tr></thead><tbody>'
                 + "".join(f"<tr><td>{C.esc(s)}</td><td>{C.esc(d)}</td></tr>"
                           for s, d, *_ in rows) + "</tbody></table>")
        b.append("<h3>Looking forward</h3>")
        b.append(f"<p>{C.esc(lf)}</p>")
    b.append('<h2 id="annex">Annex A: Finance</h2>')
    b.append('<table><thead><tr><th scope="col">Grant</th><th scope="col">2025-26 allocation'
             '</th><th scope="col">Spend</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{C.esc(g)}</td><td>{a}</td><td>{s}</td></tr>"
                       for g, _v, a, s in GRANTS)
             + f"<tr><td><strong>{TOTAL[0]}</strong></td><td><strong>{TOTAL[1]}</strong></td>"
               f"<td><strong>{TOTAL[2]}</strong></td></tr></tbody></table>")
    b.append('<p class="share">This document may not be fully accessible. For more information '
             'refer to our <a href="#">accessibility statement</a>.</p>')
    (C.OUT / f"{NAME}.html").write_text(
        C.gov_page(TITLE, ["Home", "Local government", "Local government finance and "
                           "performance"], b), encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, "Supporting local government: annual report 2025 to 2026")
    C.footer_page_numbers(doc, "Welsh Government")
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, f"Local Government Division, Welsh Government, {DATE_TEXT}")
    doc.add_heading("Foreword", level=1)
    C.add_par(doc, FOREWORD)
    p = C.add_par(doc, FOREWORD_BY)
    p.runs[0].italic = True
    doc.add_heading("Introduction", level=1)
    C.add_par(doc, INTRO)

    def table(head, rows, bold_last=False):
        tb = doc.add_table(rows=1 + len(rows), cols=len(head))
        tb.style = "Table Grid"
        for j, h in enumerate(head):
            C.cell_text(tb.rows[0].cells[j], h, bold=True)
            C.shade(tb.rows[0].cells[j], "D9E2F3")
        for i, r in enumerate(rows, 1):
            for j, v in enumerate(r):
                C.cell_text(tb.rows[i].cells[j], v, bold=bold_last and i == len(rows))

    for n, (name, ctx, rows, lf) in enumerate(OBJECTIVES, 1):
        doc.add_heading(obj_heading(n, name), level=1)
        C.add_par(doc, ctx)
        table(HEAD, [[s, d] for s, d, *_ in rows])
        doc.add_heading("Looking forward", level=2)
        C.add_par(doc, lf)
    doc.add_heading("Annex A: Finance", level=1)
    table(["Grant", "2025-26 allocation", "Spend"],
          [[g, a, s] for g, _v, a, s in GRANTS] + [list(TOTAL)], bold_last=True)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    story = [C.P(C.esc(TITLE), st["title"]),
             C.P(f"Local Government Division, Welsh Government, {DATE_TEXT}", st["body"]),
             C.P("Foreword", st["h1"]), C.P(C.esc(FOREWORD), st["body"]),
             C.P(f"<i>{C.esc(FOREWORD_BY)}</i>", st["body"]),
             C.P("Introduction", st["h1"]), C.P(C.esc(INTRO), st["body"])]

    def table(head, rows, widths, bold_last=False):
        data = [[C.P(f"<b>{C.esc(h)}</b>", st["cell"]) for h in head]]
        for i, r in enumerate(rows, 1):
            b = bold_last and i == len(rows)
            data.append([C.P(f"<b>{C.esc(v)}</b>" if b else C.esc(v), st["cell"]) for v in r])
        t = Table(data, colWidths=[w * C.mm for w in widths], repeatRows=1)
        t.setStyle(TableStyle(C.GRID + [("BACKGROUND", (0, 0), (-1, 0),
                                         C.colors.HexColor("#D9E2F3"))]))
        return t

    for n, (name, ctx, rows, lf) in enumerate(OBJECTIVES, 1):
        story += [C.P(C.esc(obj_heading(n, name)), st["h1"]), C.P(C.esc(ctx), st["body"]),
                  table(HEAD, [[s, d] for s, d, *_ in rows], [62, 112]),
                  C.P("Looking forward", st["h2"]), C.P(C.esc(lf), st["body"])]
    story += [C.P("Annex A: Finance", st["h1"]),
              table(["Grant", "2025-26 allocation", "Spend"],
                    [[g, a, s] for g, _v, a, s in GRANTS] + [list(TOTAL)], [90, 42, 42],
                    bold_last=True)]
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, "Supporting local government: annual report "
                "2025 to 2026", "Welsh Government")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
