"""rec16b: a WLGA CONSULTATION RESPONSE: the consultation's questions printed "Question 3:
Do you agree ...?" under the consultation's own section headings, each followed by
"Response:" and the WLGA's paragraphs, NUMBERED 1..N STRAIGHT THROUGH THE PAPER (the WLGA's
house style; the numbers are paragraph numbers, not recommendation numbers). The
recommendations are BOLD SENTENCES "We recommend that ..." INSIDE those paragraphs, not
numbered, not listed anywhere else; a plain "As we recommended in our response to ... in
2022" sentence is background, not a recommendation; questions answered with no
recommendation (Welsh language, other comments) are no areas. No activities.

WLGA, "Council tax discounts, exemptions and premiums: response from the Welsh Local
Government Association" to a Welsh Government consultation, 3 October 2025. Forms:
- .md: pandoc's Markdown of the Word file: the numbered paragraphs an ordered list whose
  numbering continues ("4.  text" after a heading), "**Question 1:** ..." and
  "**Response:**" paragraphs, the recommendations in **bold** inside list items;
- .html: the WLGA website's "Consultation responses" page (cookie notice, navigation,
  breadcrumb, "Download the response (PDF)" link, footer), the paragraphs in <ol start="N">
  runs, recommendations in <strong>;
- .docx: paragraphs in Word's "List Number" style (REAL numbering from numbering.xml, one
  list running 1..N through the paper; no typed numbers), questions bold, "Response:" bold,
  recommendations bold runs inside the paragraphs;
- .pdf: typed numbers with a hanging indent, bold recommendation sentences.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers, header_text,
                        new_docx, pdf_styles)
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

NAME = "rec16b-consultation-response"
TITLE = ("Council tax discounts, exemptions and premiums: response from the Welsh Local "
         "Government Association")
DATE = "3 October 2025"
# a paragraph: list of (text, bold, owners-or-None) runs; recommendations are the bold runs
R = lambda t, o: (t, True, o)  # noqa: E731
T = lambda t: (t, False, None)  # noqa: E731
SECTIONS = [
    ("Introduction", [], [
        [T("The Welsh Local Government Association (WLGA) represents the 22 local "
           "authorities in Wales, and the three fire and rescue authorities and three "
           "national park authorities are associate members.")],
        [T("The WLGA welcomes the opportunity to respond to this consultation. This response "
           "has been agreed by the WLGA's Finance Sub-Group of council leaders and draws on "
           "the advice of the Society of Welsh Treasurers.")],
        [T("We have answered the questions on which local government has a view.")],
    ]),
    ("Discounts", [
        ("Question 1: Do you agree that the single person discount should remain at 25%?", [
            [T("Yes. The discount is well understood by residents and simple to administer. "
               "We do not see a case for changing it.")],
        ]),
        ("Question 2: Do you agree that the student disregard should be replaced by a "
         "discount applied for each academic year?", [
            [T("Councils can see the benefits of a yearly discount but the change would "
               "require new software in every council. As we recommended in our response to "
               "the first phase of the consultation in 2022, councils need time to prepare. "),
             R("We recommend that the Welsh Government makes the regulations at least twelve "
               "months before the new discount takes effect.", ["WG"])],
        ]),
    ]),
    ("Premiums", [
        ("Question 3: Do you agree that councils should continue to decide locally whether "
         "to charge premiums on second homes and long-term empty homes?", [
            [T("Yes. Local discretion is essential: housing pressures differ greatly between "
               "and within counties. "),
             R("We recommend that the Welsh Government publishes updated guidance on the "
               "exceptions to premiums before April 2026.", ["WG"])],
            [T("Councils accept that residents should be able to see how premiums are used. "),
             R("We recommend that councils publish each year how the income from premiums "
               "has been used.", ["LG"])],
        ]),
        ("Question 4: What evidence should councils consider before setting a premium?", [
            [T("Councils already consider housing need, the number of second homes and the "
               "local economy, but the evidence on the effects of premiums is thin. "),
             R("We recommend that the Welsh Government and the WLGA jointly commission "
               "independent research into the effect of premiums on local housing markets.",
               ["WG", "WLGA"])],
        ]),
    ]),
    ("Council Tax Reduction Scheme", [
        ("Question 5: Do you agree that the scheme should be extended to households with "
         "incomes just above the current thresholds?", [
            [T("We support the aim of the proposal. Any extension would, however, increase "
               "the cost of the scheme to councils, which already fund part of it. "),
             R("We recommend that the Welsh Government funds any extension of the scheme in "
               "full through the local government settlement.", ["WG"])],
        ]),
        ("Question 6: How could take-up of the scheme be improved?", [
            [T("Take-up among pensioners is estimated to be below two thirds. "),
             R("We recommend that councils and the Welsh Government run a national take-up "
               "campaign each year, with materials that councils can adapt locally.",
               ["LG", "WG"])],
        ]),
    ]),
    ("Welsh language", [
        ("Question 7: We would like to know your views on the effects that the proposals "
         "would have on the Welsh language. What effects do you think there would be?", [
            [T("We do not expect the proposals to have any effect on the Welsh language. "
               "Councils will continue to provide bills and information bilingually.")],
        ]),
    ]),
    ("Other comments", [
        ("Question 8: We have asked a number of specific questions. If you have any related "
         "issues which we have not specifically addressed, please use this space to report "
         "them.", [
            [T("The WLGA and councils would be pleased to work with officials on the detail "
               "of the regulations and on the timetable for implementation.")],
        ]),
    ]),
]
CONTACT = ["For further information please contact:", "Finance Policy Team, WLGA",
           "finance@wlga.example.gov.uk"]


def blocks():
    """Yield ("h", text) / ("q", text) / ("resp", None) / ("p", n, runs) in order."""
    n = 0
    for head, qs, *rest in SECTIONS:
        intro = rest[0] if rest else []
        yield ("h", head)
        for runs in intro:
            n += 1
            yield ("p", n, runs)
        for q, paras in qs:
            yield ("q", q)
            yield ("resp", None)
            for runs in paras:
                n += 1
                yield ("p", n, runs)


def reading() -> dict:
    recs, areas = [], []
    for head, qs, *_i in SECTIONS:
        for _q, paras in qs:
            for runs in paras:
                for t, bold, o in runs:
                    if bold:
                        recs.append({"rec_id": str(len(recs) + 1), "area": head, "text": t,
                                     "owners": o})
                        if head not in areas:
                            areas.append(head)
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a in areas],
            "recommendations": recs, "activities": None}


def md_runs(runs) -> str:
    return "".join(f"**{t.strip()}**" if b else t for t, b, _o in runs)


def html_runs(runs) -> str:
    return "".join(f"<strong>{esc(t)}</strong>" if b else esc(t) for t, b, _o in runs)


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", DATE, ""]
    for b in blocks():
        if b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "q":
            label, rest = b[1].split(": ", 1)
            out += [f"**{label}:** {rest}", ""]
        elif b[0] == "resp":
            out += ["**Response:**", ""]
        else:
            out += [f"{b[1]}.  {md_runs(b[2])}", ""]
    out += [x for c in CONTACT for x in (c, "")]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         "<title>Consultation response: council tax discounts, exemptions and premiums - "
         "WLGA</title></head><body>",
         '<div class="cookie-notice"><p>This website uses cookies. <a href="/cookies">Find '
         "out more</a></p><button>Accept</button></div>",
         '<header><a href="/" class="logo">WLGA</a><nav><ul><li><a href="/finance">Finance'
         '</a></li><li><a href="/consultation-responses">Consultation responses</a></li><li>'
         '<a href="/cy">Cymraeg</a></li></ul></nav></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/consultation-responses">'
         "Consultation responses</a></nav>",
         f"<main><article><h1>{esc(TITLE)}</h1>", f'<p class="date">{DATE}</p>',
         '<p><a href="/files/ctr-response.pdf">Download the response (PDF, 210KB)</a></p>']
    open_ol = False
    for b in blocks():
        if b[0] != "p" and open_ol:
            h.append("</ol>")
            open_ol = False
        if b[0] == "h":
            h.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "q":
            h.append(f"<p><strong>{esc(b[1])}</strong></p>")
        elif b[0] == "resp":
            h.append("<p><strong>Response:</strong></p>")
        else:
            if not open_ol:
                h.append(f'<ol start="{b[1]}">')
                open_ol = True
            h.append(f"<li>{html_runs(b[2])}</li>")
    if open_ol:
        h.append("</ol>")
    h += ["<p>" + "<br>".join(esc(c) for c in CONTACT) + "</p>", "</article></main>",
          "<footer><p>Welsh Local Government Association, One Canal Parade, Dumballs Road, "
          'Cardiff CF10 5BF</p><ul><li><a href="/accessibility">Accessibility</a></li></ul>'
          "</footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA consultation response")
    footer_page_numbers(doc, "Welsh Local Government Association")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE)
    for b in blocks():
        if b[0] == "h":
            doc.add_heading(b[1], level=1)
        elif b[0] == "q":
            add_par(doc, b[1], bold=True)
        elif b[0] == "resp":
            add_par(doc, "Response:", bold=True)
        else:
            p = doc.add_paragraph(style="List Number")
            for t, bold, _o in b[2]:
                p.add_run(t).bold = bold
    for c in CONTACT:
        add_par(doc, c)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    num = ParagraphStyle("num", parent=st["body"], leftIndent=24, bulletIndent=0)
    story = [P("Welsh Local Government Association", st["body"]), P(esc(TITLE), st["title"]),
             P(DATE, st["body"])]
    for b in blocks():
        if b[0] == "h":
            story.append(P(esc(b[1]), st["h1"]))
        elif b[0] == "q":
            story.append(P(f"<b>{esc(b[1])}</b>", st["body"]))
        elif b[0] == "resp":
            story.append(P("<b>Response:</b>", st["body"]))
        else:
            story.append(Paragraph(html_runs(b[2]).replace("strong>", "b>"), num,
                                   bulletText=f"{b[1]}."))
    story.append(P("<br/>".join(esc(c) for c in CONTACT), st["small"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA consultation response: council tax discounts, "
              "exemptions and premiums", "Welsh Local Government Association")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
