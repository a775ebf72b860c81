"""rec19b: a COMMUNITY PANEL (citizens' assembly) REPORT, "What the panel recommends".

Each recommendation (numbered 1-8 through three theme headings) is followed by its VOTE:
"Supported by 87% of members" and a small `Strongly agree | Agree | Neutral | Disagree`
percentage table; some recommendations have sub-points (a), (b) that belong to them. A
section "Ideas the panel did not support" lists proposals with their (losing) votes: they
are NOT recommendations; nor is "What happens next" (the Cabinet's promise to respond).

Bro Hafren County Council (fictional), "Moving together: the Bro Hafren Community Panel on
local bus services. What the panel recommends", 24 February 2026 (the form follows the
Senedd's 2019 Citizens' Assembly and Blaenau Gwent's 2021 climate assembly). Forms:
- .md: pandoc's Markdown: "### Recommendation 1" headings, the sub-points bullets holding
  their typed "(a) ", the vote line in italics, the vote table a pipe table;
- .html: the council website (CMS: cookie banner, "Skip to main content", nav, breadcrumb,
  "Was this page helpful?" form, footer), each recommendation a <section> with <h3>, the
  vote table a <table class="vote">;
- .docx: the recommendations are Word "List Number" paragraphs (numbering.xml: the
  numbers 1-8 are NOT typed and run on across the theme headings), the sub-points indented
  paragraphs "(a) ...", the vote line and a vote table after each;
- .pdf: the designed report: "Recommendation 1" in a coloured bold line, the vote line and a
  four-cell vote table (one page break falls inside the section).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec19b-community-panel-report"
TITLE = "Moving together: the Bro Hafren Community Panel on local bus services"
SUB = "What the panel recommends"
DATE = "24 February 2026"
ABOUT = [
    "The Community Panel brought together 40 residents of Bro Hafren, chosen by a civic "
    "lottery to reflect the county's population, over four Saturdays in January and "
    "February 2026. Members heard from bus operators, Transport for Wales, council officers "
    "and young people, and then wrote and voted on their own recommendations.",
    "Every member voted on every proposal. A proposal became a recommendation of the panel "
    "when at least 60% of members agreed or strongly agreed with it.",
]
VOTE_COLS = ["Strongly agree", "Agree", "Neutral", "Disagree"]
# theme: [(text, sub-points, owners, supported %, (sa, a, n, d))]
THEMES = [
    ("Routes and timetables", [
        ("The council should protect evening and Sunday services on the routes that link the "
         "county's towns with the hospital.", [], ["LG"], 87, (52, 35, 8, 5)),
        ("The council and Transport for Wales should redesign the network around a small "
         "number of frequent routes:",
         ["(a) with buses at least every 30 minutes between the four market towns;",
          "(b) with timed connections to trains at Caerwyn station."],
         ["LG", "Transport for Wales"], 78, (40, 38, 12, 10)),
        ("The council should expand the demand responsive fflecsi service to every village "
         "without a daily bus.", [], ["LG"], 71, (33, 38, 17, 12))]),
    ("Fares and tickets", [
        ("The Welsh Government should introduce a single ticket that can be used on every "
         "bus and train in the region.", [], ["WG"], 92, (65, 27, 5, 3)),
        ("The council should offer free travel to young people aged 16 to 21 who are in "
         "education or training.", [], ["LG"], 66, (30, 36, 14, 20)),
        ("Bus operators should accept contactless payment on every bus by the end of 2026.",
         [], ["Bus operators"], 95, (70, 25, 3, 2))]),
    ("Information and accessibility", [
        ("The council should make timetable information at bus stops clear and up to date:",
         ["(a) by printing timetables in large type in Welsh and English;",
          "(b) by adding real-time displays at the 20 busiest stops;",
          "(c) by checking every stop's information twice a year."],
         ["LG"], 89, (48, 41, 6, 5)),
        ("The council should involve disabled people in checking that new buses and bus "
         "stops are accessible before they come into use.", [], ["LG"], 84,
         (45, 39, 10, 6))]),
]
REJECTED = [("Make all bus travel free for everyone in the county.", 41),
            ("Close roads in town centres to cars on market days to speed up buses.", 38),
            ("Replace the least used routes entirely with taxis paid for by the council.", 22)]
NEXT = ("The council's Cabinet will consider the panel's report on 17 March 2026 and will "
        "publish its response to each recommendation by June 2026. The panel will meet again "
        "in a year to hear what has been done.")


def recs():
    n = 0
    for theme, rs in THEMES:
        for r in rs:
            n += 1
            yield n, theme, r


def full_text(text, subs) -> str:
    return " ".join([text] + subs)


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": t, "theme": None} for t, _r in THEMES],
            "recommendations": [{"rec_id": str(n), "area": theme, "text": full_text(t, s),
                                 "owners": o} for n, theme, (t, s, o, *_v) in recs()],
            "activities": None}


def vote_line(pct) -> str:
    return f"Supported by {pct}% of members"


def write_md() -> None:
    out = [f"# {TITLE}", "", f"## {SUB}", "", f"*Published {DATE}*", "", "## About the panel",
           ""]
    for p in ABOUT:
        out += [p, ""]
    last = None
    for n, theme, (t, subs, _o, pct, v) in recs():
        if theme != last:
            out += [f"## {theme}", ""]
            last = theme
        out += [f"### Recommendation {n}", "", t, ""]
        if subs:
            out += [f"-   {s}" for s in subs] + [""]
        out += [f"*{vote_line(pct)}*", "", "| " + " | ".join(VOTE_COLS) + " |",
                "|" + "---|" * 4, "| " + " | ".join(f"{x}%" for x in v) + " |", ""]
    out += ["## Ideas the panel did not support", "",
            "The panel discussed these ideas but they did not reach the 60% needed to "
            "become recommendations:", ""]
    out += [f"-   {t} (supported by {p}% of members)" for t, p in REJECTED]
    out += ["", "## What happens next", "", NEXT, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def vote_html(v) -> str:
    return ('<table class="vote"><tr>' + "".join(f"<th>{c}</th>" for c in VOTE_COLS)
            + "</tr><tr>" + "".join(f"<td>{x}%</td>" for x in v) + "</tr></table>")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(SUB)} - Bro Hafren County Council</title></head><body>",
         '<a class="skip" href="#main">Skip to main content</a>',
         '<div class="cookie-banner"><h2>Cookies on our website</h2><p>We use essential '
         'cookies and, with your consent, analytics cookies.</p><button>Accept analytics '
         'cookies</button><button>Reject analytics cookies</button></div>',
         '<header><a href="/" class="logo">Bro Hafren County Council</a><nav><a href="/bins">'
         'Bins and recycling</a> <a href="/council-tax">Council tax</a> <a href="/transport">'
         'Roads and transport</a> <a href="/cy">Cymraeg</a></nav></header>',
         '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/transport">Roads '
         'and transport</a></li><li><a href="/transport/panel">Community Panel</a></li></ol>',
         '<main id="main">', f"<h1>{esc(SUB)}</h1>", f'<p class="lead">{esc(TITLE)}</p>',
         f'<p class="published">Published {DATE}</p>', "<h2>About the panel</h2>"]
    h += [f"<p>{esc(p)}</p>" for p in ABOUT]
    last = None
    for n, theme, (t, subs, _o, pct, v) in recs():
        if theme != last:
            h.append(f"<h2>{esc(theme)}</h2>")
            last = theme
        h += ['<section class="recommendation">', f"<h3>Recommendation {n}</h3>",
              f"<p>{esc(t)}</p>"]
        if subs:
            h.append('<ul class="sub">' + "".join(f"<li>{esc(s)}</li>" for s in subs) + "</ul>")
        h += [f'<p class="support"><strong>{vote_line(pct)}</strong></p>', vote_html(v),
              "</section>"]
    h += ["<h2>Ideas the panel did not support</h2>", "<p>The panel discussed these ideas "
          "but they did not reach the 60% needed to become recommendations:</p><ul>"]
    h += [f"<li>{esc(t)} (supported by {p}% of members)</li>" for t, p in REJECTED]
    h += ["</ul>", "<h2>What happens next</h2>", f"<p>{esc(NEXT)}</p>", "</main>",
          '<form class="feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>'
          "No</button></form>", "<footer><p>Bro Hafren County Council, County Hall</p><p><a "
          'href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></p></footer>',
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    from docx.shared import Mm
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Bro Hafren Community Panel on local bus services")
    footer_page_numbers(doc, SUB)
    doc.add_heading(TITLE, level=0)
    doc.add_heading(SUB, level=1)
    add_par(doc, f"Published {DATE}")
    doc.add_heading("About the panel", level=1)
    for p in ABOUT:
        add_par(doc, p)
    last = None
    for _n, theme, (t, subs, _o, pct, v) in recs():
        if theme != last:
            doc.add_heading(theme, level=1)
            last = theme
        add_par(doc, t, style="List Number")
        for s in subs:
            p = add_par(doc, s)
            p.paragraph_format.left_indent = Mm(12)
        add_par(doc, vote_line(pct), bold=True)
        tb = doc.add_table(rows=2, cols=4)
        tb.style = "Table Grid"
        for i, c in enumerate(VOTE_COLS):
            cell_text(tb.rows[0].cells[i], c, bold=True, size=9)
            shade(tb.rows[0].cells[i], "E2EFDA")
            cell_text(tb.rows[1].cells[i], f"{v[i]}%", size=9)
        add_par(doc, "")
    doc.add_heading("Ideas the panel did not support", level=1)
    add_par(doc, "The panel discussed these ideas but they did not reach the 60% needed to "
            "become recommendations:")
    for t, p in REJECTED:
        add_par(doc, f"{t} (supported by {p}% of members)", style="List Bullet")
    doc.add_heading("What happens next", level=1)
    add_par(doc, NEXT)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"]
    rec_h = st["h2"].clone("rech19", textColor=colors.HexColor("#00703C"))
    story = [P(esc(TITLE), st["title"]), P(esc(SUB), st["h1"]), P(f"Published {DATE}",
                                                                   st["small"]),
             P("About the panel", st["h1"])]
    story += [P(esc(p), st["body"]) for p in ABOUT]
    sub = st["body"].clone("sub19", leftIndent=10 * mm)
    last = None
    for n, theme, (t, subs, _o, pct, v) in recs():
        if theme != last:
            story.append(P(esc(theme), st["h1"]))
            last = theme
        story += [P(f"Recommendation {n}", rec_h), P(esc(t), st["body"])]
        story += [P(esc(s), sub) for s in subs]
        story.append(P(f"<b>{vote_line(pct)}</b>", st["body"]))
        vt = Table([[P(f"<b>{c}</b>", cell) for c in VOTE_COLS], [f"{x}%" for x in v]],
                   colWidths=[28 * mm] * 4, hAlign="LEFT")
        vt.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                              colors.HexColor("#E2EFDA")),
                                             ("FONTNAME", (0, 1), (-1, 1), "DejaVu"),
                                             ("FONTSIZE", (0, 1), (-1, 1), 8.5)]))
        story += [vt, P("", st["small"])]
    story += [P("Ideas the panel did not support", st["h1"]),
              P("The panel discussed these ideas but they did not reach the 60% needed to "
                "become recommendations:", st["body"])]
    bul = st["body"].clone("b19", leftIndent=10)
    from reportlab.platypus import Paragraph
    story += [Paragraph(f"{esc(t)} (supported by {p}% of members)", bul, bulletText="•")
              for t, p in REJECTED]
    story += [P("What happens next", st["h1"]), P(esc(NEXT), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Bro Hafren Community Panel – What the panel "
              "recommends", "Bro Hafren County Council")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
