"""rec20b: a WLGA "KEY ASKS" PAPER for the Welsh budget: an executive summary whose list
REPEATS THE ASKS (one list, the same words), then the asks grouped by THEME headings (no
numbers), each a bold numbered "Ask 3:" sentence (imperative, addressed to the Welsh
Government: "Increase ...", "Work with the WLGA to ..."), a "Why it matters" paragraph (which
may report what others "recommended": no asks) and a "What it would take:" line with £
figures; a closing "In return, councils will" list (commitments, no asks) and contacts.

Welsh Local Government Association (real; content and figures invented), "Investing in local
services: local government's key asks for the Welsh Government's Budget 2027-28",
published 8 October 2026. Forms:
- .md: the WLGA's web copy in Markdown: "**Ask 1:** ..." paragraphs, "#### Why it matters",
  "**What it would take:** £...", the summary a "1." ordered list;
- .html: the WLGA website (cookie banner, navigation, breadcrumb, "Download the paper",
  footer), each ask a <section class="ask"> with <h3>Ask 1: ...</h3>;
- .docx: REAL WORD NUMBERING: the asks are paragraphs of a numbering whose level text is
  "Ask %1:" (numbering.xml; no typed "Ask 1:"), running on through the themes; the
  summary list a second numbering "%1." (decimal);
- .pdf: the designed paper: each ask a shaded two-cell box ("Ask 1" | the ask), then "Why
  it matters" and "What it would take:", "Page N of M".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, OxmlElement, P, add_par, build_pdf, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, qn)
from reportlab.platypus import Paragraph, Table, TableStyle

NAME = "rec20b-wlga-key-asks"
TITLE = ("Investing in local services: local government's key asks for the Welsh "
         "Government's Budget 2027-28")
DATE = "8 October 2026"
SUMMARY = ("Councils have made savings of more than £1 billion since 2010 while demand for "
           "social care, homelessness services and additional learning needs support keeps "
           "growing. Ahead of the Draft Budget, council leaders ask the Welsh Government to:")
# theme: [(ask, why it matters, what it would take, owners)]
THEMES = [
    ("Fair and sustainable funding", [
        ("Increase the core local government settlement by at least 5.5% in 2027-28.",
         "Pay awards, the national living wage and energy costs add £390 million to councils' "
         "costs next year. A settlement below this means cuts to services that people rely "
         "on every day.", "£290 million above the indicative settlement.", ["WG"]),
        ("Publish indicative settlement figures for the following two years with the final "
         "settlement.",
         "Councils set three-year financial plans on guesses. The Senedd's Finance Committee "
         "recommended multi-year settlements in 2024, and councils agree.",
         "No additional cost.", ["WG"]),
        ("Fold the specific grants listed in our annex into the settlement.",
         "Councils manage more than 70 specific grants, each with its own conditions, "
         "claims and audit. Folding them in would free officer time for services.",
         "Cost neutral: £1.1 billion of grants moved into the settlement.", ["WG"]),
    ]),
    ("Social care", [
        ("Fund the full cost of the Real Living Wage for social care workers.",
         "Commissioned care providers cannot recruit or keep staff. The cost of the Real "
         "Living Wage uplift falls on councils' budgets.", "£45 million a year, recurrent.",
         ["WG"]),
        ("Work with the WLGA to agree a plan for the pressures of children's residential "
         "care, including the removal of profit.",
         "Placements for children with complex needs can cost more than £500,000 a year "
         "each, and the number of such placements has doubled since 2020.",
         "£30 million over two years for new council-run homes.", ["WG", "WLGA"]),
    ]),
    ("Housing and homelessness", [
        ("Raise the Housing Support Grant by £20 million and keep it at that level.",
         "Homelessness presentations are at a record level and temporary accommodation costs "
         "councils more than £100 million a year.", "£20 million a year, recurrent.", ["WG"]),
        ("Give councils a three-year capital programme for temporary and social housing.",
         "One-year capital allocations cannot support building programmes that take three "
         "years to deliver.", "£150 million over three years.", ["WG"]),
    ]),
    ("Schools and additional learning needs", [
        ("Fund the costs of the additional learning needs reforms in full.",
         "The number of learners with additional learning needs supported by councils has "
         "risen by a third, and Estyn found that support is uneven across Wales.",
         "£60 million in 2027-28.", ["WG"]),
    ]),
]
RETURN = ["keep council tax rises as low as we responsibly can;",
          "share the costs and savings of collaboration openly through the WLGA;",
          "report each year what the settlement has delivered for communities."]
CONTACT = ("For more information contact the WLGA's Director of Finance and Resources: "
           "finance@wlga.gov.uk, 029 2046 8600.")


def asks():
    n = 0
    for theme, items in THEMES:
        for a, why, cost, owners in items:
            n += 1
            yield n, theme, a, why, cost, owners


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": t, "theme": None} for t, _i in THEMES],
            "recommendations": [{"rec_id": str(n), "area": t, "text": a, "owners": o}
                                for n, t, a, _w, _c, o in asks()],
            "activities": None}


# ------------------------------------------------------------------ Markdown
def write_md() -> None:
    out = [f"# {TITLE}", "", f"Published: {DATE}", "", "## Executive summary", "", SUMMARY, ""]
    out += [f"{n}. {a}" for n, _t, a, *_x in asks()] + [""]
    cur = None
    for n, t, a, why, cost, _o in asks():
        if t != cur:
            out += [f"## {t}", ""]
            cur = t
        out += [f"**Ask {n}:** {a}", "", "#### Why it matters", "", why, "",
                f"**What it would take:** {cost}", ""]
    out += ["## In return, councils will", ""] + [f"- {x}" for x in RETURN]
    out += ["", "## Contact", "", CONTACT]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div class="cookie-banner" role="region" aria-label="Cookies"><p>This website uses '
         'cookies. Some are essential; others help us improve the site.</p><button>Accept'
         '</button> <button>Manage cookies</button></div>',
         '<header><a href="/" class="logo"><img src="/logo.png" alt="WLGA"></a><nav><ul>'
         '<li><a href="/about">About us</a></li><li><a href="/our-priorities">Our priorities'
         '</a></li><li><a href="/finance">Finance</a></li><li><a href="/news">News</a></li>'
         '</ul></nav><a href="/cy" lang="cy">Cymraeg</a></header>',
         '<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/finance">Finance</a>'
         ' &raquo; Key asks</div>', '<main><article>', f"<h1>{esc(TITLE)}</h1>",
         f'<p class="date">Published: {DATE}</p>', '<p class="download"><a href="/key-asks-'
         '2027-28.pdf">Download the paper (PDF, 640KB)</a></p>',
         "<h2>Executive summary</h2>", f"<p>{esc(SUMMARY)}</p>", "<ol>"]
    h += [f"<li>{esc(a)}</li>" for _n, _t, a, *_x in asks()] + ["</ol>"]
    cur = None
    for n, t, a, why, cost, _o in asks():
        if t != cur:
            if cur is not None:
                h.append("</div>")
            h += [f'<div class="theme"><h2>{esc(t)}</h2>']
            cur = t
        h += [f'<section class="ask" id="ask-{n}"><h3>Ask {n}: {esc(a)}</h3>',
              "<h4>Why it matters</h4>", f"<p>{esc(why)}</p>",
              f'<p class="cost"><strong>What it would take:</strong> {esc(cost)}</p></section>']
    h += ["</div>", "<h2>In return, councils will</h2>", "<ul>"]
    h += [f"<li>{esc(x)}</li>" for x in RETURN] + ["</ul>", "<h2>Contact</h2>",
                                                   f"<p>{esc(CONTACT)}</p>"]
    h += ["</article></main>", "<footer><p>Welsh Local Government Association, One Canal "
          "Parade, Dumballs Road, Cardiff, CF10 5BF</p><p><a href=\"/privacy\">Privacy</a> | "
          "<a href=\"/accessibility\">Accessibility</a> | <a href=\"/sitemap\">Site map</a>"
          "</p></footer>", "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word (real numbering)
def add_numbering(doc, abstract_id: int, num_id: int, fmt: str, text: str, bold: bool) -> None:
    numbering = doc.part.numbering_part.element
    ab = OxmlElement("w:abstractNum")
    ab.set(qn("w:abstractNumId"), str(abstract_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    ab.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:suff", "space"),
                     ("w:lvlText", text), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0" if bold else "567")
    ind.set(qn("w:hanging"), "0" if bold else "567")
    ppr.append(ind)
    lvl.append(ppr)
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        lvl.append(rpr)
    ab.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(ab)
    else:
        numbering.append(ab)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abstract_id))
    num.append(an)
    numbering.append(num)


def numbered(doc, text: str, num_id: int, bold: bool):
    p = add_par(doc, text, bold=bold)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        numpr.append(el)
    ppr.append(numpr)
    return p


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA – Key asks for Budget 2027-28")
    footer_page_numbers(doc, "Welsh Local Government Association")
    add_numbering(doc, 81, 81, "decimal", "%1.", bold=False)
    add_numbering(doc, 82, 82, "decimal", "Ask %1:", bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, f"Published: {DATE}")
    doc.add_heading("Executive summary", level=2)
    add_par(doc, SUMMARY)
    for _n, _t, a, *_x in asks():
        numbered(doc, a, 81, bold=False)
    cur = None
    for _n, t, a, why, cost, _o in asks():
        if t != cur:
            doc.add_heading(t, level=2)
            cur = t
        numbered(doc, a, 82, bold=True)
        add_par(doc, "Why it matters", bold=True)
        add_par(doc, why)
        p = add_par(doc, "What it would take: ", bold=True)
        p.add_run(cost)
    doc.add_heading("In return, councils will", level=2)
    for x in RETURN:
        add_par(doc, x, style="List Bullet")
    doc.add_heading("Contact", level=2)
    add_par(doc, CONTACT)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    big = st["h1"].clone("askno", textColor=colors.white, fontSize=13)
    box = st["body"].clone("askt", fontName="DejaVu-Bold", fontSize=11, leading=14)
    num = st["body"].clone("sumn", leftIndent=14, bulletIndent=0)
    story = [P("Welsh Local Government Association", st["body"]), P(esc(TITLE), st["title"]),
             P(f"Published: {DATE}", st["body"]), P("Executive summary", st["h1"]),
             P(esc(SUMMARY), st["body"])]
    story += [Paragraph(esc(a), num, bulletText=f"{n}.") for n, _t, a, *_x in asks()]
    cur = None
    for n, t, a, why, cost, _o in asks():
        if t != cur:
            story.append(P(esc(t), st["h1"]))
            cur = t
        tb = Table([[P(f"Ask {n}", big), P(esc(a), box)]], colWidths=[22 * mm, 152 * mm])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#7A1F5C")),
                                ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#F3E6EE")),
                                ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        story += [tb, P("<b>Why it matters</b>", st["body"]), P(esc(why), st["body"]),
                  P(f"<b>What it would take:</b> {esc(cost)}", st["body"])]
    story += [P("In return, councils will", st["h1"])]
    story += [Paragraph(esc(x), num, bulletText="•") for x in RETURN]
    story += [P("Contact", st["h1"]), P(esc(CONTACT), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA – Key asks for Budget 2027-28",
              "Welsh Local Government Association")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
