"""prog13b: an ANNUAL REPORT NARRATIVE, "What we said we would do / What we did / What
next" under each theme: the commitment is a short paragraph (what last year's plan said;
not an item), "What we did" bullets are the year's items (done or still in progress, from
their wording), "What next" bullets the planned items with their dates. The themes are
plain headings with no number (sections numbered in reading order, 1..4).

WLGA, Local Government Decarbonisation Support Programme, Annual Report 2024-25,
published 10 July 2025. Forms:

- .md: pandoc's Markdown (``pandoc -t markdown``): ATX headings, "-   " bullets, lines
  wrapped at 72 columns with continuation lines indented;
- .html: the WLGA website (a CMS page: cookie banner, site navigation, breadcrumb, the
  report in <article> with <h2> themes and <h3> parts, a "Related" sidebar, footer);
- .docx: Heading 2 themes, Heading 3 parts, "List Bullet" paragraphs;
- .pdf: the designed report: per theme a THREE-COLUMN TABLE, the three parts side by side
  (the column headers the part names, bullets in the cells), coloured header row.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, add_par, build_pdf, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles)
from reportlab.platypus import Table, TableStyle

NAME = "prog13b-annual-report-said-did-next"
TITLE = "Local Government Decarbonisation Support Programme: Annual Report 2024-25"
DATE_LINE = "Published 10 July 2025"
INTRO = [
    "This is the annual report of the WLGA's Decarbonisation Support Programme, which helps "
    "the 22 councils in Wales reach net zero across their own estates by 2030. It sets out, "
    "for each theme of our 2024-25 plan, what we said we would do, what we did and what "
    "comes next.",
]
PRIO_LEAD = "Our priorities for 2024-25 were:"
PRIORITIES = [
    "Cutting emissions from council buildings",
    "Moving council fleets to zero emission vehicles",
    "Using procurement to reduce supply chain emissions",
    "Managing council land for carbon and nature",
]
FUNDING = [
    "The programme was funded by a Welsh Government grant of £480,000 in 2024-25.",
    "The Welsh Government's Ynni Cymru programme also provided £95,000 in 2024-25 for the "
    "community energy work in theme one.",
]
GRANTS = [("Welsh Government grant", 480000, "2024-25"),
          ("Ynni Cymru", 95000, "2024-25")]
SAID, DID, NEXT = "What we said we would do", "What we did", "What next"
# theme, said (paragraph), did [(text, status, quarter, partners)], next [(...)]
THEMES = [
    ("Buildings",
     "We said we would help councils plan the retrofit of their buildings and find the "
     "money to pay for it.",
     [("We published a retrofit planning guide for council buildings in September 2024.",
       "done", "2024-25 Q2", []),
      ("We ran four regional workshops on heat decarbonisation plans for 19 councils in "
       "October and November 2024.", "done", "2024-25 Q3", []),
      ("We helped six councils bid for community energy funding from Ynni Cymru.", "done",
       None, []),
      ("Energy data for 1,240 council buildings is being loaded onto the Data Cymru "
       "platform, with 870 loaded so far.", "in progress", None, ["Data Cymru"])],
     [("Publish a costed retrofit pipeline for all 22 councils by December 2025.",
       "planned", "2025-26 Q3", []),
      ("Complete the building energy data on the Data Cymru platform by September 2025.",
       "planned", "2025-26 Q2", ["Data Cymru"])]),
    ("Mobility and transport",
     "We said we would support councils to replace their fleet vehicles and install "
     "charge points for staff and residents.",
     [("We agreed a national framework for electric refuse vehicles with 14 councils in "
       "January 2025.", "done", "2024-25 Q4", []),
      ("We produced a fleet transition toolkit and shared it with every council's fleet "
       "manager.", "done", None, []),
      ("Work with councils on charge points for residents without driveways is continuing "
       "and is behind plan because of grid connection delays.", "at risk", None, [])],
     [("Run a shared procurement for electric vans for councils by May 2026.",
       "planned", "2026-27 Q1", []),
      ("Report the fleet emissions baseline for every council by October 2025.",
       "planned", "2025-26 Q3", [])]),
    ("Procurement",
     "We said we would help councils measure and cut the emissions of the goods and "
     "services they buy, which are about two thirds of their total emissions.",
     [("We trained 160 procurement officers in carbon reporting with CIPFA in the "
       "July and August 2024.", "done", "2024-25 Q2", ["CIPFA"]),
      ("We added carbon questions to the standard supplier questionnaire used by councils.",
       "done", None, []),
      ("A supply chain emissions method for councils is being tested in three councils.",
       "in progress", None, [])],
     [("Publish the supply chain emissions method for all councils by March 2026.",
       "planned", "2025-26 Q4", []),
      ("Hold a suppliers' event on net zero with the Society of Welsh Treasurers in "
       "November 2025.", "planned", "2025-26 Q3", ["Society of Welsh Treasurers"])]),
    ("Land use",
     "We said we would help councils understand how much carbon their land holds and how "
     "to manage it for carbon and nature.",
     [("We mapped the land owned by 18 councils and estimated its carbon stock.", "done",
       None, []),
      ("We published case studies of tree planting and peatland restoration on council "
       "land in March 2025.", "done", "2024-25 Q4", [])],
     [("Map the land of the last four councils by September 2025.", "planned",
       "2025-26 Q2", []),
      ("Agree a common way of counting land-based carbon in councils' net zero reports "
       "with Audit Wales by June 2026.", "planned", "2026-27 Q1", ["Audit Wales"])]),
]
CLOSE = ("We will report on the 2025-26 plan in our next annual report. For more "
         "information contact the WLGA's decarbonisation team.")


def reading() -> dict:
    items = []
    for s, (_t, _said, did, nxt) in enumerate(THEMES, 1):
        for text, status, quarter, partners in did + nxt:
            items.append({"section": str(s), "text": text, "status": status,
                          "quarter": quarter, "partners": sorted(partners)})
    return {"kind": "programme", "title": TITLE, "date": "2025-07-10",
            "priorities": PRIORITIES, "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y}
                       for g, a, y in GRANTS]}


# ------------------------------------------------------------------ Markdown (pandoc)
def wrap(text: str, first: str, rest: str, width: int = 72) -> list[str]:
    words, lines, cur = text.split(), [], first
    for w in words:
        if len(cur) + len(w) + (0 if cur.strip() == "" or cur == first else 1) > width \
                and cur.strip():
            lines.append(cur.rstrip())
            cur = rest
        cur += ("" if cur in (first, rest) else " ") + w
    lines.append(cur.rstrip())
    return lines


def write_md() -> None:
    out = [f"# {TITLE}", "", DATE_LINE, ""]
    for p in INTRO:
        out += wrap(p, "", "") + [""]
    out += [PRIO_LEAD, ""]
    for p in PRIORITIES:
        out += wrap(p, "-   ", "    ")
    out += ["", "## Funding", ""]
    for p in FUNDING:
        out += wrap(p, "", "") + [""]
    for theme, said, did, nxt in THEMES:
        out += [f"## {theme}", "", f"### {SAID}", ""] + wrap(said, "", "") + [""]
        out += [f"### {DID}", ""]
        for t, *_ in did:
            out += wrap(t, "-   ", "    ")
        out += ["", f"### {NEXT}", ""]
        for t, *_ in nxt:
            out += wrap(t, "-   ", "    ")
        out += [""]
    out += wrap(CLOSE, "", "") + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div id="cookie-notice" class="cookie-bar"><p>This website uses cookies to improve '
         'your experience.</p><a class="btn" href="#">Accept</a> <a class="btn" href="#">'
         'Decline</a> <a href="/privacy-notice">Read more</a></div>',
         '<header class="site-header"><a class="logo" href="/">WLGA | CLlLC</a>'
         '<nav class="main-nav"><ul><li><a href="/about-us">About us</a></li><li><a href='
         '"/policy-areas">Policy areas</a></li><li><a href="/news">News</a></li><li><a '
         'href="/publications">Publications</a></li><li><a href="/contact-us">Contact us'
         '</a></li><li><a href="/cy">Cymraeg</a></li></ul></nav></header>',
         '<div class="breadcrumb"><a href="/">Home</a> / <a href="/policy-areas">Policy areas'
         '</a> / <a href="/climate-change">Climate change</a> / Annual report 2024-25</div>',
         '<div class="container"><article class="content">', f"<h1>{esc(TITLE)}</h1>",
         f'<p class="meta">{esc(DATE_LINE)}</p>']
    h += [f"<p>{esc(p)}</p>" for p in INTRO]
    h += [f"<p>{esc(PRIO_LEAD)}</p>", "<ul>"] + [f"<li>{esc(p)}</li>" for p in PRIORITIES]
    h += ["</ul>", "<h2>Funding</h2>"] + [f"<p>{esc(p)}</p>" for p in FUNDING]
    for theme, said, did, nxt in THEMES:
        h += [f"<h2>{esc(theme)}</h2>", f"<h3>{SAID}</h3>", f"<p>{esc(said)}</p>",
              f"<h3>{DID}</h3>", "<ul>"] + [f"<li>{esc(t)}</li>" for t, *_ in did]
        h += ["</ul>", f"<h3>{NEXT}</h3>", "<ul>"] + [f"<li>{esc(t)}</li>" for t, *_ in nxt]
        h += ["</ul>"]
    h += [f"<p>{esc(CLOSE)}</p>", "</article>",
          '<aside class="sidebar"><h2>Related</h2><ul><li><a href="/climate-change">Climate '
          'change</a></li><li><a href="/net-zero-toolkit">Net zero toolkit</a></li><li><a '
          'href="/decarbonisation-strategy-panel">Decarbonisation Strategy Panel</a></li>'
          "</ul></aside></div>",
          '<footer class="site-footer"><p>Welsh Local Government Association, One Canal '
          'Parade, Dumballs Road, Cardiff, CF10 5BF</p><ul><li><a href="/accessibility">'
          'Accessibility</a></li><li><a href="/privacy-notice">Privacy notice</a></li><li>'
          '<a href="/sitemap">Sitemap</a></li></ul><p>© WLGA 2025</p></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(size=11)
    header_text(doc, "WLGA – Decarbonisation Support Programme – Annual Report 2024-25")
    footer_page_numbers(doc, "WLGA | CLlLC")
    doc.add_heading(TITLE, level=1)
    add_par(doc, DATE_LINE)
    for p in INTRO:
        add_par(doc, p)
    add_par(doc, PRIO_LEAD)
    for p in PRIORITIES:
        add_par(doc, p, style="List Bullet")
    doc.add_heading("Funding", level=2)
    for p in FUNDING:
        add_par(doc, p)
    for theme, said, did, nxt in THEMES:
        doc.add_heading(theme, level=2)
        doc.add_heading(SAID, level=3)
        add_par(doc, said)
        doc.add_heading(DID, level=3)
        for t, *_ in did:
            add_par(doc, t, style="List Bullet")
        doc.add_heading(NEXT, level=3)
        for t, *_ in nxt:
            add_par(doc, t, style="List Bullet")
    add_par(doc, CLOSE)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(esc(TITLE), st["title"]), P(esc(DATE_LINE), st["small"])]
    story += [P(esc(p), st["body"]) for p in INTRO]
    story += [P(esc(PRIO_LEAD), st["body"])]
    story += [P(f"• {esc(p)}", st["body"]) for p in PRIORITIES]
    story += [P("Funding", st["h1"])] + [P(esc(p), st["body"]) for p in FUNDING]
    green = colors.HexColor("#1B5E20")
    for theme, said, did, nxt in THEMES:
        story.append(P(esc(theme), st["h1"]))
        data = [[P(f"<font color='white'><b>{c}</b></font>", st["cellb"])
                 for c in (SAID, DID, NEXT)],
                [P(esc(said), st["cell"]),
                 [P(f"• {esc(t)}", st["cell"]) for t, *_ in did],
                 [P(f"• {esc(t)}", st["cell"]) for t, *_ in nxt]]]
        story.append(Table(data, colWidths=[50 * mm, 65 * mm, 59 * mm],
                           style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                           green)])))
    story.append(P(esc(CLOSE), st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA – Decarbonisation Support Programme – "
              "Annual Report 2024-25", "WLGA | CLlLC")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, sum(len(t[2]) + len(t[3]) for t in THEMES), "items")
