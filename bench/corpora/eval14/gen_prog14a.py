"""prog14a: a DELIVERY PLAN WITH ACTIONS NUMBERED BY OBJECTIVE ("O1.A3") and, beside each
objective's actions, a KPI TABLE (Measure | Baseline | Target | Q1 | Q2 | RAG): the KPIs are
measures, not items. WLGA Digital team, "Local Government Digital Delivery Plan 2025-26:
Quarter 2 progress report", 6 November 2025.

Forms:
- .md: pandoc's Markdown (pipe tables, ATX headings, a YAML-free title block "% title");
- .html: the WLGA website (cookie banner, navigation, breadcrumb, footer), tables with
  <caption>, the KPI table in an <aside class="kpi"> after each actions table;
- .docx: Heading 2 per objective, the actions table and the KPI table, shaded headers;
- .pdf: landscape; per objective the actions table and the KPI table SIDE BY SIDE (one
  outer table of two cells), the objective's heading above.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog14a-delivery-plan-kpis"
ORG = "Welsh Local Government Association – Digital team"
TITLE = "Local Government Digital Delivery Plan 2025-26: Quarter 2 progress report"
DATE = "6 November 2025"
ACOLS = ["Ref", "Action", "Lead", "Due", "Status", "Quarter 2 update"]
KCOLS = ["Measure", "Baseline 2024-25", "Target 2025-26", "Q1", "Q2", "RAG"]
INTRO = ("This report sets out progress at the end of Quarter 2 (July to September 2025) "
         "against the Local Government Digital Delivery Plan 2025-26, agreed by the WLGA "
         "Executive Board in April 2025. The plan has three objectives. Each action is "
         "numbered by its objective (O2.A3 is the third action of Objective 2); the key "
         "performance indicators (KPIs) beside each objective's actions measure the outcome "
         "the objective seeks.")
KEY = ("Status: Complete; On track; Slipped (behind the due date or at risk of it); Not "
       "started. KPI RAG: Green on course for the target, Amber within 10% of it, Red more "
       "than 10% away.")
STATUS = {"Complete": "done", "On track": "in progress", "Slipped": "at risk",
          "Not started": "planned"}
# (objective name, [(action, lead, due, status, update, quarter, partners)], [kpi rows])
OBJECTIVES = [
    ("Digital leadership and skills", [
        ("Run a digital leadership programme for heads of service in all 22 councils.",
         "WLGA Digital team with Academi Wales", "March 2026", "On track",
         "Two cohorts of 24 started in September.", "2025-26 Q4", ["Academi Wales"]),
        ("Publish a digital skills framework for council staff.", "WLGA Digital team",
         "September 2025", "Complete", "Published on 18 September 2025.", "2025-26 Q2", []),
        ("Train 200 councillors in using data in scrutiny.",
         "WLGA with the Centre for Governance and Scrutiny", "December 2025", "Slipped",
         "58 trained; sessions moved after low bookings in the summer.", "2025-26 Q3",
         ["Centre for Governance and Scrutiny"]),
        ("Set up a network of digital champions in each council.", "WLGA Digital team",
         "January 2026", "Not started", "Terms of reference in draft.", "2025-26 Q4", []),
    ], [("Heads of service completing the programme", "0", "48", "0", "0", "Green"),
        ("Councils using the skills framework", "0", "22", "–", "6", "Green"),
        ("Councillors trained in data for scrutiny", "35", "200", "22", "58", "Red")]),
    ("Citizen-centred services", [
        ("Build a shared online form for reporting missed bin collections.",
         "WLGA Digital team", "October 2025", "Complete",
         "Live in five councils from 1 October.", "2025-26 Q3", []),
        ("Test a single sign-in for council services with three councils.",
         "WLGA Digital team", "March 2026", "On track", "Supplier appointed in August.",
         "2025-26 Q4", []),
        ("Carry out user research on council tax reduction claims.",
         "WLGA Digital team", "November 2025", "On track",
         "Forty interviews held; report being drafted.", "2025-26 Q3", []),
        ("Agree common accessibility standards for council websites.",
         "WLGA with SOLACE", "February 2026", "Slipped",
         "Waiting for the Welsh Government's guidance.", "2025-26 Q4", ["SOLACE"]),
    ], [("Councils using the shared missed-bin form", "0", "10", "0", "5", "Green"),
        ("Council web pages meeting WCAG 2.2 AA", "61%", "75%", "63%", "64%", "Amber")]),
    ("Data and shared platforms", [
        ("Move the councils' performance data onto the shared data platform.",
         "Data Cymru", "December 2025", "On track",
         "Fourteen councils' data loaded.", "2025-26 Q3", ["Data Cymru"]),
        ("Publish open data standards for local government.", "WLGA with Data Cymru",
         "July 2025", "Complete", "Agreed by the Digital Leaders Group in July.",
         "2025-26 Q2", ["Data Cymru"]),
        ("Agree a data-sharing protocol with the Society of Welsh Treasurers.",
         "WLGA Digital team", "January 2026", "Not started",
         "First meeting set for November.", "2025-26 Q4", ["Society of Welsh Treasurers"]),
        ("Run cyber resilience exercises in every council.", "WLGA Digital team",
         "March 2026", "On track", "Nine exercises held.", "2025-26 Q4", []),
    ], [("Councils' datasets on the shared platform", "3", "22", "9", "14", "Green"),
        ("Councils completing a cyber exercise", "0", "22", "4", "9", "Green")]),
]
FUNDING = [
    "The Welsh Government's Local Government Digital Transformation Fund provides "
    "£1,000,000 in 2025-26 for the plan.",
    "A Cyber Resilience Grant of £180,000 in 2025-26 funds action O3.A4.",
]
CONTACT = "For more information contact the WLGA Digital team, digital@wlga.gov.uk."


def reading() -> dict:
    items = []
    for i, (_obj, acts, _k) in enumerate(OBJECTIVES, 1):
        for j, (a, _l, _d, st, _u, q, parts) in enumerate(acts, 1):
            items.append({"ref": f"O{i}.A{j}", "section": str(i), "text": a,
                          "status": STATUS[st], "quarter": q, "partners": parts})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-06",
            "priorities": [o for o, _a, _k in OBJECTIVES], "items": items,
            "grants": [{"grant": "Local Government Digital Transformation Fund",
                        "amount_gbp": 1000000, "financial_year": "2025-26"},
                       {"grant": "Cyber Resilience Grant", "amount_gbp": 180000,
                        "financial_year": "2025-26"}]}


def arows(i, acts):
    return [[f"O{i}.A{j}", a, lead, due, st, upd]
            for j, (a, lead, due, st, upd, _q, _p) in enumerate(acts, 1)]


def md_table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return out + ["| " + " | ".join(r) + " |" for r in rows]


def write_md() -> None:
    out = [f"% {TITLE}", f"% {ORG}", f"% {DATE}", "", "## Introduction", "", INTRO, "",
           KEY, "", "## Objectives", "", "The plan's three objectives are:", ""]
    out += [f"{i}.  {o}" for i, (o, _a, _k) in enumerate(OBJECTIVES, 1)] + [""]
    for i, (obj, acts, kpis) in enumerate(OBJECTIVES, 1):
        out += [f"## Objective {i}: {obj}", "", "### Actions", ""]
        out += md_table(ACOLS, arows(i, acts)) + ["", f"Table: Objective {i} actions", "",
                                                  "### Key performance indicators", ""]
        out += md_table(KCOLS, [list(k) for k in kpis]) + ["", f"Table: Objective {i} KPIs", ""]
    out += ["## Funding", ""] + [p + "\n" for p in FUNDING] + [CONTACT, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def html_table(head, rows, caption, cls):
    h = [f'<table class="{cls}"><caption>{esc(caption)}</caption><thead><tr>'
         + "".join(f'<th scope="col">{esc(c)}</th>' for c in head) + "</tr></thead><tbody>"]
    h += ["<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in rows]
    return h + ["</tbody></table>"]


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div class="cookie-notice" role="dialog"><p>We use cookies to make this website '
         'work and to understand how you use it.</p><button>Accept all cookies</button>'
         '<button>Necessary cookies only</button></div>',
         '<header class="site-header"><a href="/" class="logo">WLGA</a><nav><ul>'
         '<li><a href="/about">About us</a></li><li><a href="/policy-areas">Policy areas</a>'
         '</li><li><a href="/digital">Digital</a></li><li><a href="/news">News</a></li>'
         '</ul></nav><a href="/cy">Cymraeg</a></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/digital">Digital</a>'
         f' &gt; <span>{esc(TITLE)}</span></nav>',
         '<main><article class="publication">', f"<h1>{esc(TITLE)}</h1>",
         f'<p class="meta">{esc(ORG)} | Published {esc(DATE)}</p>',
         "<h2>Introduction</h2>", f"<p>{esc(INTRO)}</p>", f'<p class="key">{esc(KEY)}</p>',
         "<h2>Objectives</h2>", "<p>The plan's three objectives are:</p>", "<ol>"]
    h += [f"<li>{esc(o)}</li>" for o, _a, _k in OBJECTIVES] + ["</ol>"]
    for i, (obj, acts, kpis) in enumerate(OBJECTIVES, 1):
        h += [f'<section class="objective"><h2>Objective {i}: {esc(obj)}</h2>']
        h += html_table(ACOLS, arows(i, acts), f"Objective {i} actions", "actions")
        h += ['<aside class="kpi">']
        h += html_table(KCOLS, kpis, f"Objective {i} key performance indicators", "kpis")
        h += ["</aside></section>"]
    h += ["<h2>Funding</h2>"] + [f"<p>{esc(p)}</p>" for p in FUNDING]
    h += [f"<p>{esc(CONTACT)}</p>", "</article>",
          '<aside class="related"><h2>Related</h2><ul><li><a href="/digital/strategy">'
          'Digital strategy for local government</a></li></ul></aside></main>',
          '<footer><p>Welsh Local Government Association, One Canal Parade, Dumballs Road, '
          'Cardiff, CF10 5BF</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/'
          'accessibility">Accessibility</a></li></ul></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def docx_table(doc, head, rows, fill):
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, head):
        cell_text(c, v, bold=True, size=9)
        shade(c, fill)
    for r in rows:
        row = t.add_row()
        for c, v in zip(row.cells, r):
            cell_text(c, v, size=9)
    return t


def write_docx() -> None:
    doc = new_docx(size=11)
    header_text(doc, "WLGA – Local Government Digital Delivery Plan 2025-26")
    footer_page_numbers(doc, f"Quarter 2 progress report – {DATE}")
    add_par(doc, ORG, bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, DATE)
    doc.add_heading("Introduction", level=2)
    add_par(doc, INTRO)
    add_par(doc, KEY, size=9)
    doc.add_heading("Objectives", level=2)
    add_par(doc, "The plan's three objectives are:")
    for o, _a, _k in OBJECTIVES:
        add_par(doc, o, style="List Number")
    for i, (obj, acts, kpis) in enumerate(OBJECTIVES, 1):
        doc.add_heading(f"Objective {i}: {obj}", level=2)
        add_par(doc, "Actions", bold=True)
        docx_table(doc, ACOLS, arows(i, acts), "BDD7EE")
        add_par(doc, "Key performance indicators", bold=True)
        docx_table(doc, KCOLS, kpis, "E2EFD9")
    doc.add_heading("Funding", level=2)
    for p in FUNDING:
        add_par(doc, p)
    add_par(doc, CONTACT)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(8)
    story = [P(f"<b>{esc(ORG)}</b>", st["body"]), P(esc(TITLE), st["title"]),
             P(esc(DATE), st["body"]), P("Introduction", st["h1"]), P(esc(INTRO), st["body"]),
             P(esc(KEY), st["small"]), P("Objectives", st["h1"]),
             P("The plan's three objectives are:", st["body"])]
    story += [P(f"{i}. {esc(o)}", st["body"]) for i, (o, _a, _k) in enumerate(OBJECTIVES, 1)]
    for i, (obj, acts, kpis) in enumerate(OBJECTIVES, 1):
        story.append(P(f"Objective {i}: {esc(obj)}", st["h1"]))
        adata = [[P(f"<b>{c}</b>", st["cellb"]) for c in ACOLS]]
        adata += [[P(esc(v), st["cell"]) for v in r] for r in arows(i, acts)]
        at = Table(adata, colWidths=[12 * mm, 52 * mm, 30 * mm, 20 * mm, 16 * mm, 38 * mm],
                   style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                   colors.HexColor("#BDD7EE"))]))
        kdata = [[P("<b>Key performance indicators</b>", st["cellb"]), "", "", "", "", ""],
                 [P(f"<b>{c}</b>", st["cellb"]) for c in KCOLS]]
        kdata += [[P(esc(v), st["cell"]) for v in r] for r in kpis]
        kt = Table(kdata, colWidths=[34 * mm, 14 * mm, 14 * mm, 9 * mm, 9 * mm, 12 * mm],
                   style=TableStyle(list(GRID) + [("SPAN", (0, 0), (-1, 0)),
                                                  ("BACKGROUND", (0, 0), (-1, 1),
                                                   colors.HexColor("#E2EFD9"))]))
        story.append(Table([[at, kt]], colWidths=[170 * mm, 95 * mm],
                           style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 0)])))
        story.append(Spacer(1, 4))
    story.append(P("Funding", st["h1"]))
    story += [P(esc(p), st["body"]) for p in FUNDING] + [P(esc(CONTACT), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA – Local Government Digital Delivery Plan "
              "2025-26 – Quarter 2 progress report", DATE, wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]), len(r["priorities"]), len(r["grants"]))
