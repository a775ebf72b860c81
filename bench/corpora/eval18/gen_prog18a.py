"""prog18a: a WLGA ANNUAL REPORT "YEAR IN REVIEW": the year's progress told MONTH BY MONTH
under month headings ("April 2024", "May 2024" ... "March 2025"), each month a one-sentence
framing paragraph (the month's setting, no piece of work) and one to three BULLET
HIGHLIGHTS (one piece of work each, past tense, no status word, no RAG, no numbers); the
three priorities named in the foreword; a FUNDING BOX "Grant funding received in 2024-25"
listing the grants with their amounts; "About us", a foreword and "Contact us" around it.

WLGA, "Annual Report 2024-25: our year in review", published 17 July 2025. Forms:
- .md: pandoc's Markdown of the Word file ("## April 2024" headings, "-   " bullets, the
  funding box a pipe table after a "**Grant funding received in 2024-25**" line);
- .html: the WLGA website's annual report page (cookie banner, navigation, breadcrumb, a
  side "On this page" list of the months, the funding box an <aside class="callout"> with a
  <dl>, "Download the report (PDF)" link and footer);
- .docx: the designed report: month headings Heading 2, highlights in "List Bullet"
  (numbering.xml), the funding box a shaded two-column table, a "Contents" list at the
  start;
- .pdf: a two-column A4 report: month headings coloured, bullets "•", the funding box a
  shaded table, running header and "Page N of M" footer.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

NAME = "prog18a-annual-report-months"
TITLE = "Annual Report 2024-25: our year in review"
PUBLISHED = "17 July 2025"
PRIORITIES = ["Sustainable local government finance", "A skilled and valued workforce",
              "Strong local democracy"]
FOREWORD = [
    "Welcome to the Welsh Local Government Association's annual report for 2024-25. It has "
    "been a demanding year for councils, and for the people they serve.",
    "Our work this year followed the three priorities of our Corporate Plan: "
    + "; ".join(p.lower() if i else p for i, p in enumerate(PRIORITIES)) + ". The pages that "
    "follow tell the story of the year month by month.",
    "Diolch to every member and officer who has worked with us.",
]
ABOUT = ("The WLGA represents the 22 local authorities in Wales; the three fire and rescue "
         "authorities and three national park authorities are associate members.")
# month: (framing sentence, [(highlight, status, quarter, partners)])
D, I = "done", "in progress"
MONTHS = [
    ("April 2024", "The new financial year began with every council's budget set.", [
        ("We published our analysis of the 2024-25 budgets of all 22 councils, prepared with "
         "the Society of Welsh Treasurers.", D, "2024-25 Q1", ["Society of Welsh Treasurers"]),
        ("We launched the Be a Councillor pages for the 2027 elections.", D, "2024-25 Q1", []),
    ]),
    ("May 2024", "Councils held their annual meetings and appointed new leaders.", [
        ("We ran induction sessions for nine new council leaders.", D, "2024-25 Q1", []),
    ]),
    ("June 2024", "The WLGA Annual Conference met in Llandudno.", [
        ("We held our annual conference, attended by 240 members and officers.", D,
         "2024-25 Q1", []),
        ("We completed a review of the evidence on councillors' remuneration with Data Cymru.", D,
         "2024-25 Q1", ["Data Cymru"]),
    ]),
    ("July 2024", "The new UK Government took office.", [
        ("We briefed all Welsh MPs on the pressures facing local government.", D,
         "2024-25 Q2", []),
        ("We set up a workforce data group with the HR Directors Network.", D, "2024-25 Q2",
         ["HR Directors Network"]),
    ]),
    ("August 2024", "A quieter month before the autumn.", [
        ("We published a guide to recruiting social care staff from overseas.", D,
         "2024-25 Q2", []),
    ]),
    ("September 2024", "Members returned to a busy autumn programme.", [
        ("We began a pilot of online pre-meeting briefings for scrutiny chairs with the Centre "
         "for Governance and Scrutiny, which runs until March 2026.", I, "2025-26 Q4",
         ["Centre for Governance and Scrutiny"]),
        ("We ran a leadership programme for 30 senior managers with Academi Wales.", D,
         "2024-25 Q2", ["Academi Wales"]),
    ]),
    ("October 2024", "The UK Budget was announced at the end of the month.", [
        ("We gave evidence to the Senedd's Finance Committee on the local government "
         "settlement.", D, "2024-25 Q3", []),
        ("We published a survey of councillors' experience of abuse and intimidation.", D,
         "2024-25 Q3", []),
    ]),
    ("November 2024", "Councils began setting their budgets for 2025-26.", [
        ("We trained 85 members in chairing skills across six regional events.", D,
         "2024-25 Q3", []),
    ]),
    ("December 2024", "The provisional settlement was published on 11 December.", [
        ("We published our response to the provisional settlement within a day.", D,
         "2024-25 Q3", []),
        ("We agreed a joint statement on the pay award with the trade unions.", D,
         "2024-25 Q3", []),
    ]),
    ("January 2025", "The new year started with flooding in several counties.", [
        ("We coordinated mutual aid between councils after the January floods.", D, "2024-25 Q4",
         []),
        ("We launched a diversity in democracy mentoring scheme with WEN Wales.", D,
         "2024-25 Q4", ["WEN Wales"]),
    ]),
    ("February 2025", "Councils set their council tax for 2025-26.", [
        ("We published the first all-Wales workforce data report.", D, "2024-25 Q4", []),
        ("We began a review of the code of conduct training, due to finish in September 2025.", I,
         "2025-26 Q2", []),
    ]),
    ("March 2025", "The year ended with the final settlement approved by the Senedd.", [
        ("We held a summit on the future of local government finance with CIPFA.", D,
         "2024-25 Q4", ["CIPFA"]),
        ("We submitted our evidence to the Independent Remuneration Panel for Wales.", D,
         "2024-25 Q4", []),
    ]),
]
GRANTS_HEAD = "Grant funding received in 2024-25"
GRANTS = [("Improvement Support Grant", "Welsh Government", 940000),
          ("Anti-racist Wales Action Plan grant", "Welsh Government", 120000),
          ("Diversity in Democracy grant", "Welsh Government", 95000),
          ("Social Care Workforce Development grant", "Social Care Wales", 60000)]
CONTACT = ["Contact us", "Welsh Local Government Association, One Canal Parade, Dumballs "
           "Road, Cardiff CF10 5BF", "Telephone: 029 2046 8600"]


def gbp(n: int) -> str:
    return f"£{n:,}"


def reading() -> dict:
    items = []
    for s, (_m, _f, hs) in enumerate(MONTHS, 1):
        for k, (t, st, q, pa) in enumerate(hs, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": t, "status": st,
                          "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-07-17",
            "priorities": PRIORITIES, "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": "2024-25"}
                       for g, _f, a in GRANTS]}


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", "Welsh Local Government Association", "", f"Published "
           f"{PUBLISHED}", "", "## Foreword", ""]
    out += [x for f in FOREWORD for x in (f, "")]
    out += ["## About us", "", ABOUT, ""]
    for m, f, hs in MONTHS:
        out += [f"## {m}", "", f, ""] + [f"-   {t}" for t, *_r in hs] + [""]
    out += [f"**{GRANTS_HEAD}**", "", "  Grant                                     Funder              Amount",
            "  ----------------------------------------- ------------------- ----------"]
    out += [f"  {g:<41} {fu:<19} {gbp(a)}" for g, fu, a in GRANTS]
    out += ["  ----------------------------------------- ------------------- ----------", ""]
    out += [f"## {CONTACT[0]}", ""] + [x for c in CONTACT[1:] for x in (c, "")]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    slug = lambda m: m.lower().replace(" ", "-")  # noqa: E731
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div id="cookie-banner" role="dialog"><p>We use cookies to make this website work '
         'and to understand how you use it.</p><button>Accept all cookies</button><button>'
         "Reject optional cookies</button></div>",
         '<header><a class="logo" href="/">WLGA</a><nav><ul><li><a href="/about">About us</a>'
         '</li><li><a href="/news">News</a></li><li><a href="/publications">Publications</a>'
         '</li><li><a href="/cy">Cymraeg</a></li></ul></nav></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> &gt; <a href="/publications">'
         "Publications</a> &gt; Annual reports</nav>", "<main>",
         '<aside class="toc"><h2>On this page</h2><ul>'
         + "".join(f'<li><a href="#{slug(m)}">{m}</a></li>' for m, *_x in MONTHS)
         + "</ul></aside>", f"<article><h1>{esc(TITLE)}</h1>",
         f'<p class="meta">Published {PUBLISHED}</p>',
         '<p><a href="/files/annual-report-2024-25.pdf">Download the report (PDF, 2.1MB)</a>'
         "</p>", "<h2>Foreword</h2>"]
    h += [f"<p>{esc(f)}</p>" for f in FOREWORD]
    h += ["<h2>About us</h2>", f"<p>{esc(ABOUT)}</p>"]
    for m, f, hs in MONTHS:
        h += [f'<h2 id="{slug(m)}">{m}</h2>', f"<p>{esc(f)}</p>", "<ul>"]
        h += [f"<li>{esc(t)}</li>" for t, *_r in hs] + ["</ul>"]
    h += ['<aside class="callout callout--funding">', f"<h3>{GRANTS_HEAD}</h3>", "<dl>"]
    for g, fu, a in GRANTS:
        h += [f"<dt>{esc(g)} ({esc(fu)})</dt>", f"<dd>{gbp(a)}</dd>"]
    h += ["</dl></aside>", f"<h2>{CONTACT[0]}</h2>",
          "<p>" + "<br>".join(esc(c) for c in CONTACT[1:]) + "</p>", "</article></main>",
          "<footer><ul><li><a href=\"/accessibility\">Accessibility</a></li><li><a href="
          "\"/privacy\">Privacy</a></li></ul><p>&copy; Welsh Local Government Association "
          "2025</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "WLGA Annual Report 2024-25")
    footer_page_numbers(doc, "Welsh Local Government Association")
    doc.add_heading(TITLE, level=0)
    add_par(doc, f"Published {PUBLISHED}")
    add_par(doc, "Contents", bold=True)
    for x in ["Foreword", "About us"] + [m for m, *_r in MONTHS] + [GRANTS_HEAD, CONTACT[0]]:
        add_par(doc, x)
    doc.add_heading("Foreword", level=1)
    for f in FOREWORD:
        add_par(doc, f)
    doc.add_heading("About us", level=1)
    add_par(doc, ABOUT)
    for m, f, hs in MONTHS:
        doc.add_heading(m, level=2)
        add_par(doc, f)
        for t, *_r in hs:
            add_par(doc, t, style="List Bullet")
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    c = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
    cell_text(c, GRANTS_HEAD, bold=True)
    shade(c, "FCE4D6")
    for g, fu, a in GRANTS:
        r = tb.add_row().cells
        cell_text(r[0], f"{g} ({fu})")
        cell_text(r[1], gbp(a))
        for x in r:
            shade(x, "FCE4D6")
    doc.add_heading(CONTACT[0], level=1)
    for x in CONTACT[1:]:
        add_par(doc, x)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (two columns)
def write_pdf() -> None:
    st = pdf_styles(9)
    w, h = A4
    m = 16 * mm
    colw = (w - 2 * m - 8 * mm) / 2
    month = st["h1"].clone("month", textColor=colors.HexColor("#B3541E"))
    bullet = st["body"].clone("bul", leftIndent=10, bulletIndent=0)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.drawString(m, h - 10 * mm, "WLGA Annual Report 2024-25")
        canv.drawRightString(w - m, 9 * mm, f"Page {doc.page}")
        canv.restoreState()

    frames = [Frame(m, 15 * mm, colw, h - 32 * mm, id="l"),
              Frame(m + colw + 8 * mm, 15 * mm, colw, h - 32 * mm, id="r")]
    d = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    d.addPageTemplates([PageTemplate(id="two", frames=frames, onPage=deco)])
    story = [P(esc(TITLE), st["title"]), P("Welsh Local Government Association", st["body"]),
             P(f"Published {PUBLISHED}", st["body"]), P("Foreword", st["h1"])]
    story += [P(esc(f), st["body"]) for f in FOREWORD]
    story += [P("About us", st["h1"]), P(esc(ABOUT), st["body"])]
    for mo, f, hs in MONTHS:
        story += [P(mo, month), P(esc(f), st["body"])]
        story += [Paragraph(esc(t), bullet, bulletText="•") for t, *_r in hs]
    rows = [[P(f"<b>{GRANTS_HEAD}</b>", st["cell"]), ""]]
    rows += [[P(esc(f"{g} ({fu})"), st["cell"]), P(gbp(a), st["cell"])] for g, fu, a in GRANTS]
    t = Table(rows, colWidths=[colw * 0.7, colw * 0.3])
    t.setStyle(TableStyle(GRID + [("SPAN", (0, 0), (1, 0)),
                                  ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FCE4D6"))]))
    story += [Spacer(1, 6), t, P(CONTACT[0], st["h1"])]
    story += [P(esc(c), st["small"]) for c in CONTACT[1:]]
    d.build(story)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]), len(r["grants"]))
