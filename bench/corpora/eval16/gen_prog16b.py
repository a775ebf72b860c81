"""prog16b: a COMMITMENTS TRACKER web page: a council's corporate plan commitments, NUMBERED
AGAIN FROM 1 UNDER EACH WELL-BEING OBJECTIVE, in ONE LONG TABLE `Well-being objective | No.
| Commitment | Status | Due | Latest update` (the objective printed in every row), above it
a FILTER FORM (objective select, status checkboxes, search box, Apply / Clear) and a status
summary ("Delivered 5 | In progress 9 | Not yet started 4"); only the first 10 rows shown,
the rest hidden behind a "Show more" button. Statuses are words: Delivered / In progress /
Not yet started (no RAG). No grants.

Bro Hafren County Council (fictional), "Corporate Plan 2023-28: commitments tracker", last
updated 30 September 2025. Forms:
- .html: the council's CMS page (skip link, cookie banner, header search, navigation,
  breadcrumb, the filter <form>, the table with rows 11-18 `hidden` and class "js-more", a
  "Show more commitments" button, "Was this page helpful?" and a footer);
- .md: pandoc's Markdown of the saved page (html -> markdown): the form's labels as text,
  one pipe table, the hidden rows included;
- .docx: the "Download this tracker (Word)" export: title, "Last updated" line, one table,
  header row repeated;
- .pdf: the browser's "Print to PDF" of the page: browser header (date/time, page title) and
  footer (URL, "1/2"), the form printed as text, the table RUNNING OVER PAGES with the
  header repeated (thead).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, colors, esc, mm, new_docx, pdf_styles, shade,
                        cell_text, set_repeat_header)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

NAME = "prog16b-commitments-tracker"
COUNCIL = "Bro Hafren County Council"
TITLE = "Corporate Plan 2023-28: commitments tracker"
UPDATED = "30 September 2025"
URL = "https://www.brohafren.example.gov.uk/en/council/corporate-plan/commitments-tracker"
INTRO = ("Our Corporate Plan 2023-28 sets out four well-being objectives and the commitments "
         "we have made to deliver them. This tracker shows where each commitment has got to. "
         "It is updated every quarter.")
COLS = ["Well-being objective", "No.", "Commitment", "Status", "Due", "Latest update"]
STATUS = {"Delivered": "done", "In progress": "in progress", "Not yet started": "planned"}
# objective: (name, [(commitment, status, due, update, quarter, partners)])
OBJECTIVES = [
    ("A thriving local economy", [
        ("Open a business hub in each of the county's three market towns.", "In progress",
         "March 2026", "Two hubs are open; the third opens in the new year.", "2025-26 Q4", []),
        ("Pay the real Living Wage to every council employee and require it in new "
         "contracts.", "Delivered", "April 2024", "Accredited in April 2024.", "2024-25 Q1", []),
        ("Create 60 apprenticeships in the council.", "In progress", "March 2027",
         "41 apprentices have started so far.", "2026-27 Q4", []),
        ("Adopt a tourism strategy for the county.", "Not yet started", "June 2026",
         "Work will start when the destination survey reports.", "2026-27 Q1", []),
    ]),
    ("Homes and communities", [
        ("Build 250 new council homes.", "In progress", "March 2028",
         "118 homes completed and 64 on site.", "2027-28 Q4", []),
        ("Bring 100 empty homes back into use.", "Delivered", "March 2025",
         "112 homes were brought back into use by March 2025.", "2024-25 Q4", []),
        ("Agree a community asset transfer policy.", "Delivered", "December 2024",
         "Adopted by Cabinet in December 2024.", "2024-25 Q3", []),
        ("Reduce the time taken to relet council homes to 30 days.", "In progress",
         "March 2026", "Average time is 38 days, down from 51.", "2025-26 Q4", []),
        ("Open two new community hubs in libraries.", "Not yet started", "September 2026",
         "Sites are being identified.", "2026-27 Q2", []),
    ]),
    ("Learning and well-being", [
        ("Replace Ysgol Bryn Hafren with a new net zero school building.", "In progress",
         "August 2027", "Contractor appointed; work starts in the spring.", "2027-28 Q2", []),
        ("Offer free swimming to children in every school holiday.", "Delivered",
         "July 2024", "In place since the summer 2024 holidays.", "2024-25 Q2", []),
        ("Increase the number of foster carers by a quarter.", "In progress", "March 2026",
         "14 new carers approved against a target of 20.", "2025-26 Q4", []),
        ("Review day opportunities for adults with learning disabilities with Data Cymru's "
         "support on needs data.", "In progress", "December 2025",
         "Engagement with families finished in September.", "2025-26 Q3", ["Data Cymru"]),
    ]),
    ("A modern, well-run council", [
        ("Move 30 more council services online.", "In progress", "March 2026",
         "22 services are online.", "2025-26 Q4", []),
        ("Agree a workforce plan with the trade unions.", "Delivered", "June 2025",
         "Agreed by Cabinet on 24 June 2025.", "2025-26 Q1", []),
        ("Carry out a panel performance assessment with peers from other councils and the "
         "WLGA.", "Not yet started", "November 2026", "The panel is booked for autumn 2026.",
         "2026-27 Q3", []),
        ("Set a balanced medium-term financial plan to 2030 with CIPFA's review of the "
         "assumptions.", "In progress", "February 2026", "CIPFA's review is under way.",
         "2025-26 Q4", ["CIPFA"]),
        ("Publish a new customer charter.", "Not yet started", "March 2026",
         "Drafting starts in November.", "2025-26 Q4", []),
    ]),
]
SHOWN = 10


def rows():
    for o, (obj, cs) in enumerate(OBJECTIVES, 1):
        for n, c in enumerate(cs, 1):
            yield o, f"{o}. {obj}", n, c


def counts() -> str:
    from collections import Counter
    k = Counter(c[1] for *_x, c in rows())
    return " | ".join(f"{s} {k[s]}" for s in STATUS)


def reading() -> dict:
    return {"kind": "programme", "title": TITLE, "date": "2025-09-30",
            "priorities": [o for o, _c in OBJECTIVES],
            "items": [{"ref": f"{o}.{n}", "section": str(o), "text": c[0],
                       "status": STATUS[c[1]], "quarter": c[4], "partners": c[5]}
                      for o, _ob, n, c in rows()],
            "grants": []}


def cells(ob, n, c):
    return [ob, str(n), c[0], c[1], c[2], c[3]]


# ------------------------------------------------------------------ Markdown (pandoc from HTML)
def write_md() -> None:
    out = [f"# {TITLE}", "", f"Last updated: {UPDATED}", "", INTRO, "",
           "Our well-being objectives are:", ""]
    out += [f"{i}.  {o}" for i, (o, _c) in enumerate(OBJECTIVES, 1)] + [""]
    out += ["## Filter commitments", "", "Well-being objective", "", "Status", "",
            "-   [ ] Delivered", "-   [ ] In progress", "-   [ ] Not yet started", "",
            "Search commitments", "", "Apply filters Clear filters", "", counts(), ""]
    out += ["| " + " | ".join(COLS) + " |", "|" + "---|" * len(COLS)]
    out += ["| " + " | ".join(cells(ob, n, c)) + " |" for _o, ob, n, c in rows()]
    out += ["", "Show more commitments", "", "## Was this page helpful?", "", "Yes No", ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | {COUNCIL}</title></head><body>",
         '<a class="skip-link" href="#main">Skip to main content</a>',
         '<div class="cookie-banner" role="region" aria-label="Cookies"><p>We use cookies to '
         'make this website work.</p><button>Accept all cookies</button><button>Reject '
         'optional cookies</button></div>',
         f'<header><a href="/" class="logo">{COUNCIL}</a><form role="search"><label '
         'for="q">Search</label><input id="q" name="q"><button>Search</button></form>'
         '<nav><ul><li><a href="/en/bins">Bins and recycling</a></li><li><a href="/en/council">'
         'Council and democracy</a></li><li><a href="/en/schools">Schools</a></li></ul></nav>'
         "</header>",
         '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/en/council">'
         'Council and democracy</a></li><li><a href="/en/council/corporate-plan">Corporate '
         "plan</a></li></ol></nav>",
         f'<main id="main"><h1>{esc(TITLE)}</h1><p class="updated">Last updated: {UPDATED}</p>',
         f"<p>{esc(INTRO)}</p><p>Our well-being objectives are:</p><ol>"]
    h += [f"<li>{esc(o)}</li>" for o, _c in OBJECTIVES] + ["</ol>"]
    h += ['<form class="filters" method="get"><h2>Filter commitments</h2>',
          '<label for="obj">Well-being objective</label><select id="obj" name="objective">'
          '<option value="">All objectives</option>']
    h += [f'<option value="{i}">{esc(o)}</option>' for i, (o, _c) in enumerate(OBJECTIVES, 1)]
    h += ['</select><fieldset><legend>Status</legend>']
    h += [f'<label><input type="checkbox" name="status" value="{s}"> {s}</label>' for s in STATUS]
    h += ['</fieldset><label for="kw">Search commitments</label><input id="kw" name="kw">',
          '<button type="submit">Apply filters</button> <a href="?">Clear filters</a></form>',
          f'<p class="summary">{counts()}</p>',
          '<table class="tracker"><thead><tr>' + "".join(f'<th scope="col">{c}</th>'
                                                         for c in COLS) + "</tr></thead><tbody>"]
    for k, (_o, ob, n, c) in enumerate(rows()):
        attr = ' class="js-more" hidden' if k >= SHOWN else ""
        tds = cells(ob, n, c)
        tds[3] = f'<span class="tag tag--{c[1].lower().replace(" ", "-")}">{c[1]}</span>'
        h.append(f"<tr{attr}>" + "".join(f"<td>{x if i == 3 else esc(x)}</td>"
                                         for i, x in enumerate(tds)) + "</tr>")
    h += ["</tbody></table>",
          f'<button class="show-more" aria-expanded="false">Show more commitments '
          f"({sum(1 for _ in rows()) - SHOWN})</button>",
          '<form class="feedback"><h2>Was this page helpful?</h2><button>Yes</button>'
          "<button>No</button></form></main>",
          f'<footer><p>&copy; {COUNCIL}</p><ul><li><a href="/accessibility">Accessibility'
          '</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cymraeg">Cymraeg</a>'
          "</li></ul></footer>",
          "<script>document.querySelector('.show-more').onclick=function(){document."
          "querySelectorAll('.js-more').forEach(function(r){r.hidden=false});};</script>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    doc = new_docx(font="Arial", size=9)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    doc.add_heading(TITLE, level=1)
    add_par(doc, f"{COUNCIL}. Last updated: {UPDATED}")
    add_par(doc, INTRO)
    tb = doc.add_table(rows=1, cols=len(COLS))
    tb.style = "Table Grid"
    for cell, c in zip(tb.rows[0].cells, COLS):
        cell_text(cell, c, bold=True)
        shade(cell, "D9E2F3")
    set_repeat_header(tb.rows[0])
    for _o, ob, n, c in rows():
        for cell, x in zip(tb.add_row().cells, cells(ob, n, c)):
            cell_text(cell, x)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (browser print)
def write_pdf() -> None:
    st = pdf_styles(9)
    w, h = A4

    def page(canv, doc):
        canv.setFont("DejaVu", 7)
        canv.drawString(10 * mm, h - 7 * mm, "30/09/2025, 16:42")
        canv.drawCentredString(w / 2, h - 7 * mm, f"{TITLE} | {COUNCIL}")
        canv.drawString(10 * mm, 6 * mm, URL)
        canv.drawRightString(w - 10 * mm, 6 * mm, f"{doc.page}/2")

    story = [P(f"{COUNCIL}   Search   Bins and recycling   Council and democracy   Schools",
               st["small"]),
             P("Home › Council and democracy › Corporate plan", st["small"]),
             P(esc(TITLE), st["title"]), P(f"Last updated: {UPDATED}", st["body"]),
             P(esc(INTRO), st["body"]), P("Our well-being objectives are:", st["body"])]
    story += [P(f"{i}. {esc(o)}", st["body"]) for i, (o, _c) in enumerate(OBJECTIVES, 1)]
    story += [P("Filter commitments", st["h2"]),
              P("Well-being objective [All objectives ▾]   Status ☐ Delivered ☐ In progress "
                "☐ Not yet started   Search commitments [          ]   Apply filters   Clear "
                "filters", st["small"]), P(counts(), st["body"])]
    data = [[P(f"<b>{c}</b>", st["cell"]) for c in COLS]]
    data += [[P(esc(x), st["cell"]) for x in cells(ob, n, c)] for _o, ob, n, c in rows()]
    story.append(Table(data, colWidths=[30 * mm, 10 * mm, 52 * mm, 20 * mm, 20 * mm, 48 * mm],
                       repeatRows=1, style=TableStyle([
                           ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")])))
    story += [P("Show more commitments", st["body"]), P("Was this page helpful? Yes No",
                                                          st["body"]),
              P(f"© {COUNCIL}   Accessibility   Privacy   Cymraeg", st["small"])]
    SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, leftMargin=12 * mm,
                      rightMargin=12 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                      title=f"{TITLE} | {COUNCIL}").build(story, onFirstPage=page,
                                                          onLaterPages=page)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]))
