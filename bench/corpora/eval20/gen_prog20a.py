"""prog20a: a TRANSPOSED PROJECT SUMMARY: per priority ONE table whose COLUMNS ARE THE PROJECTS
and whose ROWS ARE THE FIELDS ("Project" | "Cyber resilience" | "Digital skills" | ...; rows
"Lead", "Budget", "Status (RAG)", "Progress this quarter", "Next steps", "Target completion"),
two such tables, then a short narrative ("Summary", "Funding").

WLGA Digital team (setting real; content invented), "Digital Transformation Programme:
project summary, Quarter 2 2025-26", reported to the Digital Programme Board, 23 October 2025.
Forms: .md pandoc pipe tables; .html the WLGA website (cookie banner, nav, footer) with the
tables' first column as <th scope="row">; .docx Word tables with a shaded first column;
.pdf landscape, the second table RUNNING OVER TWO PAGES (rows split at page end).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "prog20a-transposed-project-summary"
TITLE = "Digital Transformation Programme: project summary, Quarter 2 2025-26"
BOARD = "Report to the Digital Programme Board, 23 October 2025"
INTRO = ("This summary sets out the position of each project of the WLGA's Digital "
         "Transformation Programme at the end of Quarter 2 (July to September 2025). Each "
         "table shows one of the programme's two priorities, with one column per project.")
FIELDS = ["Lead", "Budget", "Status (RAG)", "Progress this quarter", "Next steps",
          "Target completion"]
STATUS = {"Green": "in progress", "Amber": "at risk", "Red": "at risk", "Complete": "done"}
# priority: (heading, [(project, lead, budget, rag, progress, next, target, quarter, partners)])
PRI = [
    ("Digital skills and cyber resilience", [
        ("Cyber resilience", "WLGA Cyber Lead", "£310,000", "Green",
         "Twenty councils completed their Cyber Assessment Framework self-assessment and "
         "received a feedback report.",
         "Run tabletop breach exercises with the remaining two councils.", "March 2026",
         "2025-26 Q4", []),
        ("Digital skills for councillors", "WLGA Digital Officer with Academi Wales",
         "£45,000", "Amber",
         "The councillor digital skills e-learning module was drafted with Academi Wales; "
         "testing slipped because of the summer recess.",
         "Test the module with two councils' members.", "December 2025", "2025-26 Q3",
         ["Academi Wales"]),
        ("Digital leadership", "Chief Digital Officer", "£60,000", "Complete",
         "The second cohort of the digital leadership programme for heads of service "
         "finished in July.", "Evaluate the two cohorts.", "July 2025", "2025-26 Q2", []),
    ]),
    ("Data and shared services", [
        ("Data sharing", "WLGA Data Lead with Data Cymru", "£120,000", "Green",
         "A data sharing agreement template for councils and health boards was agreed "
         "with Data Cymru and published.",
         "Support three councils to adopt the template.", "June 2026", "2026-27 Q1",
         ["Data Cymru"]),
        ("Shared web platform", "WLGA Digital Officer", "£85,000", "Red",
         "Procurement of the shared web content platform was paused after two bids were "
         "withdrawn.",
         "Go back to the market with a revised specification.", "September 2026",
         "2026-27 Q2", []),
        ("Automation pilots", "Chief Digital Officer", "£70,000", "Green",
         "Four councils began pilots of automated processing of council tax changes of "
         "address.", "Publish the pilots' interim findings.", "March 2026", "2025-26 Q4",
         []),
    ]),
]
SUMMARY = ("Overall the programme is on track. The shared web platform is the one project "
           "rated Red: the Board is asked to note the revised timetable. The digital "
           "leadership programme is complete and will not appear in future summaries.")
FUNDING = ("The programme is funded by the Welsh Government's Digital Priorities Investment "
           "grant of £560,000 for 2025-26 and by the councils' subscriptions. The budgets "
           "shown above are the projects' allocations for the year.")


def grid(projects):
    """The transposed table: header row of projects, one row per field."""
    head = ["Project"] + [p[0] for p in projects]
    body = [[f] + [p[i] for p in projects] for i, f in enumerate(FIELDS, 1)]
    return head, body


def reading() -> dict:
    items = []
    for s, (_h, projects) in enumerate(PRI, 1):
        for k, (_n, _l, _b, rag, prog, _nx, _t, q, pa) in enumerate(projects, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": prog,
                          "status": STATUS[rag], "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-23",
            "priorities": [h for h, _p in PRI], "items": items,
            "grants": [{"grant": "Digital Priorities Investment grant", "amount_gbp": 560000,
                        "financial_year": "2025-26"}]}


def write_md() -> None:
    out = [f"# {TITLE}", "", f"*{BOARD}*", "", INTRO, ""]
    for h, projects in PRI:
        head, body = grid(projects)
        out += [f"## {h}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| **" + r[0] + "** | " + " | ".join(r[1:]) + " |" for r in body] + [""]
    out += ["## Summary", "", SUMMARY, "", "## Funding", "", FUNDING]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div id="cookie-notice" role="dialog"><p>We use cookies to make this website work '
         'and to understand how you use it.</p><button>Accept all cookies</button> '
         '<button>Reject optional cookies</button></div>',
         '<header class="site-header"><a href="/" class="logo">WLGA</a><nav><ul>'
         '<li><a href="/our-priorities">Our priorities</a></li><li><a href="/digital">Digital'
         '</a></li><li><a href="/news">News</a></li><li><a href="/contact-us">Contact us</a>'
         '</li></ul></nav><form class="search"><input type="search" placeholder="Search">'
         '</form></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/digital">Digital</a> / '
         'Programme updates</nav>', '<main><article class="page-content">',
         f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">{esc(BOARD)}</p>', f"<p>{esc(INTRO)}</p>"]
    for hd, projects in PRI:
        head, body = grid(projects)
        h += [f"<h2>{esc(hd)}</h2>", '<div class="table-scroll"><table class="summary">',
              "<thead><tr>" + "".join(f'<th scope="col">{esc(x)}</th>' for x in head)
              + "</tr></thead><tbody>"]
        for r in body:
            h.append(f'<tr><th scope="row">{esc(r[0])}</th>'
                     + "".join(f"<td>{esc(x)}</td>" for x in r[1:]) + "</tr>")
        h += ["</tbody></table></div>"]
    h += ["<h2>Summary</h2>", f"<p>{esc(SUMMARY)}</p>", "<h2>Funding</h2>",
          f"<p>{esc(FUNDING)}</p>", '<p class="share">Share this page: <a href="#">X</a> '
          '<a href="#">LinkedIn</a></p></article></main>',
          '<footer><p>Welsh Local Government Association, One Canal Parade, Dumballs Road, '
          'Cardiff, CF10 5BF</p><ul><li><a href="/privacy">Privacy notice</a></li>'
          '<li><a href="/accessibility">Accessibility</a></li><li><a href="/cy">Cymraeg</a>'
          '</li></ul></footer>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "WLGA Digital Transformation Programme")
    footer_page_numbers(doc, "Quarter 2 2025-26")
    doc.add_heading(TITLE, level=1)
    add_par(doc, BOARD).runs[0].italic = True
    add_par(doc, INTRO)
    for hd, projects in PRI:
        head, body = grid(projects)
        doc.add_heading(hd, level=2)
        tb = doc.add_table(rows=1, cols=len(head))
        tb.style = "Table Grid"
        for c, x in zip(tb.rows[0].cells, head):
            cell_text(c, x, bold=True)
            shade(c, "1F3864")
        for r in body:
            cells = tb.add_row().cells
            for c, x in zip(cells, r):
                cell_text(c, x, bold=(c is cells[0]))
            shade(cells[0], "D9E2F3")
        add_par(doc)
    doc.add_heading("Summary", level=2)
    add_par(doc, SUMMARY)
    doc.add_heading("Funding", level=2)
    add_par(doc, FUNDING)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c20", fontSize=10, leading=13)
    story = [P("Welsh Local Government Association", st["body"]), P(esc(TITLE), st["title"]),
             P(f"<i>{esc(BOARD)}</i>", st["body"]), P(esc(INTRO), st["body"])]
    for hd, projects in PRI:
        head, body = grid(projects)
        story.append(P(esc(hd), st["h1"]))
        rows = [[P(f"<b>{esc(x)}</b>", cell) for x in head]]
        rows += [[P(f"<b>{esc(r[0])}</b>", cell)] + [P(esc(x), cell) for x in r[1:]]
                 for r in body]
        t = Table(rows, colWidths=[40 * mm] + [70 * mm] * len(projects), repeatRows=1,
                  splitByRow=1)
        t.setStyle(TableStyle(list(GRID) + [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
            ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#EDF1F9")),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        story.append(t)
    story += [P("Summary", st["h1"]), P(esc(SUMMARY), st["body"]), P("Funding", st["h1"]),
              P(esc(FUNDING), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Digital Transformation Programme – Q2 2025-26",
              BOARD, wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
