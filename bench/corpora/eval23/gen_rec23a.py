"""rec23a: a GOV.WALES-STYLE WEB PAGE whose recommendations sit inside ACCORDIONS: the first
five in <details><summary>Recommendation N: short title</summary>...</details>, the rest in
a JavaScript accordion of <button aria-controls> + <div hidden>; inside each, the
recommendation sentence and a <dl> definition list "Area / Lead / By when" (the area is
printed ONLY there: no area headings); a "Contents" nav list of in-page anchors, "Back to top"
links, an <aside> "Related content", a cookie banner, the GOV.WALES header and footer.

Welsh Government (publisher's style real; the review invented, after the real "Learner travel
in Wales: analysis and evaluation: recommendations report" of December 2023), "Home to school
transport review: recommendations", published 4 November 2026. Forms:
- .html: as above;
- .pdf: a TWO-COLUMN newsletter-style print (reportlab frames, two per page, a full-width
  masthead on page 1): each recommendation a bold "Recommendation N: title" line, the
  sentence, then "Area: .. Lead: .. By when: .." lines, flowing from column to column;
- .docx: Word headings "Recommendation N: title" (Heading 3), the sentence, and the three
  fields as bold-labelled paragraphs;
- .md: pandoc Markdown with definition lists ("Area" / ":   Safety on the journey").
The careful reading: rec_id the number, text the sentence (the short title is a heading, not
the recommendation), area the dl's Area, owners from Lead (Welsh Government = WG, local
authorities = LG). No activities.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, add_par, colors, esc, footer_page_numbers, header_text, mm, new_docx, pdf_styles
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageTemplate,
                                Paragraph, Table, TableStyle)

NAME = "rec23a-govwales-accordion-page"
TITLE = "Home to school transport review: recommendations"
DATE = "4 November 2026"
SUMMARY = ("The recommendations of the review of home to school transport under the Learner "
           "Travel (Wales) Measure 2008, and who will take each forward.")
BACKGROUND = [
    "The review looked at how local authorities arrange transport for learners, the "
    "distance thresholds in the Measure, the safety of walking routes and the cost of "
    "provision. It heard from all 22 local authorities, the Children's Commissioner for "
    "Wales, the Welsh Language Commissioner and more than 600 learners and parents.",
    "Spending on learner travel by local authorities rose by 40% between 2019-20 and "
    "2024-25, while the number of learners eligible for free transport stayed broadly the "
    "same."]
NEXT = ("The Welsh Government will publish its response to these recommendations, with a "
        "timetable for the guidance and any changes to the Measure, in spring 2027.")
LEADS = {"Welsh Government": ["WG"], "Local authorities": ["LG"],
         "Welsh Government and local authorities": ["WG", "LG"],
         "Welsh Government with the WLGA": ["WG", "WLGA"]}
# (short title, sentence, area, lead, by when)
RECS = [
    ("Review the distance thresholds",
     "The Welsh Government should review the distance thresholds for free home to school "
     "transport, starting with the threshold of three miles for secondary school learners.",
     "Eligibility and distance", "Welsh Government", "December 2027"),
    ("Transport for post-16 learners",
     "The Welsh Government should consult on a duty to provide transport for learners aged "
     "16 to 18 in school sixth forms and further education.",
     "Eligibility and distance", "Welsh Government", "March 2028"),
    ("Risk-assess routes to pick-up points",
     "Local authorities should risk assess the walking routes that learners use to reach "
     "a pick-up point, not only routes walked directly to school.",
     "Safety on the journey", "Local authorities", "September 2027"),
    ("A single behaviour code",
     "The Welsh Government and local authorities should replace the All-Wales Travel "
     "Behaviour Code with a shorter code written with learners.",
     "Safety on the journey", "Welsh Government and local authorities", "July 2027"),
    ("Driver and escort training",
     "Local authorities should require all school transport drivers and passenger "
     "assistants to complete safeguarding and additional learning needs training.",
     "Safety on the journey", "Local authorities", "September 2027"),
    ("Welsh-medium and faith schools",
     "The Welsh Government should issue guidance that transport to the nearest "
     "Welsh-medium school is provided on the same terms as to the nearest school.",
     "Welsh-medium and faith education", "Welsh Government", "September 2027"),
    ("Publish transport policies earlier",
     "Local authorities should publish their learner travel policies by 1 October for the "
     "following school year.", "Welsh-medium and faith education", "Local authorities",
     "October 2027"),
    ("Fund the cost of provision",
     "The Welsh Government should work with the WLGA to assess the rising cost of learner "
     "travel and how it is funded in the settlement.", "Funding and delivery",
     "Welsh Government with the WLGA", "March 2027"),
    ("Plan school transport with bus franchising",
     "The Welsh Government should plan school transport routes with local authorities as "
     "part of bus franchising in each region.", "Funding and delivery",
     "Welsh Government and local authorities", "March 2029"),
]
AREAS = ["Eligibility and distance", "Safety on the journey",
         "Welsh-medium and faith education", "Funding and delivery"]


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a in AREAS],
            "recommendations": [{"rec_id": str(i), "area": area, "text": text,
                                 "owners": LEADS[lead]}
                                for i, (_t, text, area, lead, _b) in enumerate(RECS, 1)],
            "activities": None}


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en" dir="ltr"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | GOV.WALES</title></head><body>",
         '<div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on '
         'GOV.WALES"><h2>Cookies on GOV.WALES</h2><p>We use some essential cookies to make '
         'this website work.</p><p>We\'d like to set additional cookies to understand how '
         'you use GOV.WALES.</p><button>Accept additional cookies</button><button>Reject '
         'additional cookies</button></div>',
         '<a href="#main-content" class="skip-link">Skip to main content</a>',
         '<header class="global-header"><a href="/" class="logo">Llywodraeth Cymru Welsh '
         'Government</a><a href="/adolygiad-cludiant-o-r-cartref-i-r-ysgol-argymhellion" '
         'lang="cy" hreflang="cy">Cymraeg</a><form role="search"><input type="search" '
         'name="search" aria-label="Search GOV.WALES"></form></header>',
         '<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>'
         '<li><a href="/education-skills">Education and skills</a></li><li><a href="/'
         'learner-travel">Learner travel</a></li></ol></nav>',
         '<main id="main-content"><div class="hero"><p class="type">Report</p>'
         f'<h1 id="top">{esc(TITLE)}</h1><p class="summary">{esc(SUMMARY)}</p>'
         f'<p class="meta">First published: {DATE}</p><p class="meta">Last updated: {DATE}'
         '</p></div>',
         '<nav class="contents" aria-labelledby="contents-heading"><h2 id="contents-heading">'
         'Contents</h2><ol><li><a href="#background">Background</a></li><li><a href="'
         '#recommendations">Recommendations</a></li><li><a href="#next-steps">Next steps</a>'
         '</li></ol></nav>',
         '<div class="content"><h2 id="background">Background</h2>']
    h += [f"<p>{esc(p)}</p>" for p in BACKGROUND]
    h += ['<p class="back-to-top"><a href="#top">Back to top</a></p>',
          '<h2 id="recommendations">Recommendations</h2>',
          '<p>Select a recommendation to see who will take it forward.</p>',
          '<div class="accordion" data-module="accordion">']
    for i, (title, text, area, lead, by) in enumerate(RECS, 1):
        dl = (f'<dl class="rec-details"><dt>Area</dt><dd>{esc(area)}</dd><dt>Lead</dt>'
              f'<dd>{esc(lead)}</dd><dt>By when</dt><dd>{by}</dd></dl>')
        if i <= 5:
            h.append(f'<details class="accordion-section" id="recommendation-{i}"><summary '
                     f'class="accordion-heading">Recommendation {i}: {esc(title)}</summary>'
                     f'<div class="accordion-body"><p>{esc(text)}</p>{dl}</div></details>')
        else:
            h.append(f'<div class="accordion-section"><h3 class="accordion-heading"><button '
                     f'type="button" aria-expanded="false" aria-controls="rec-{i}" '
                     f'id="rec-{i}-heading">Recommendation {i}: {esc(title)}<span '
                     f'class="accordion-icon" aria-hidden="true">+</span></button></h3>'
                     f'<div id="rec-{i}" class="accordion-body" role="region" '
                     f'aria-labelledby="rec-{i}-heading" hidden><p>{esc(text)}</p>{dl}</div>'
                     '</div>')
    h += ["</div>", '<p class="back-to-top"><a href="#top">Back to top</a></p>',
          '<h2 id="next-steps">Next steps</h2>', f"<p>{esc(NEXT)}</p>",
          '<p class="back-to-top"><a href="#top">Back to top</a></p></div>',
          '<aside class="related" aria-labelledby="related-heading"><h2 id="related-heading">'
          'Related content</h2><ul><li><a href="/learner-travel-operational-guidance">Learner '
          'travel operational guidance</a></li><li><a href="/learner-travel-wales-analysis-'
          'and-evaluation">Learner travel in Wales: analysis and evaluation</a></li></ul>'
          '</aside></main>',
          '<script>document.querySelectorAll(".accordion button").forEach(function(b){'
          'b.addEventListener("click",function(){var p=document.getElementById(b.getAttribute('
          '"aria-controls"));var o=b.getAttribute("aria-expanded")==="true";b.setAttribute('
          '"aria-expanded",!o);p.hidden=o;});});</script>',
          '<footer class="global-footer"><ul><li><a href="/contact-us">Contact us</a></li>'
          '<li><a href="/accessibility">Accessibility</a></li><li><a href="/copyright-'
          'statement">Copyright statement</a></li><li><a href="/cookies">Cookies</a></li></ul>'
          '<p>All content is available under the Open Government Licence v3.0, except where '
          'otherwise stated</p></footer>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_md() -> None:
    out = [f"# {TITLE}", "", SUMMARY, "", f"First published: {DATE}", "", "## Background", ""]
    out += [p + "\n" for p in BACKGROUND]
    out += ["## Recommendations", ""]
    for i, (title, text, area, lead, by) in enumerate(RECS, 1):
        out += [f"### Recommendation {i}: {title}", "", text, "", "Area", f":   {area}", "",
                "Lead", f":   {lead}", "", "By when", f":   {by}", ""]
    out += ["## Next steps", "", NEXT]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, "Welsh Government")
    footer_page_numbers(doc, TITLE)
    doc.add_heading(TITLE, level=1)
    add_par(doc, SUMMARY)
    add_par(doc, f"First published: {DATE}")
    doc.add_heading("Background", level=2)
    for p in BACKGROUND:
        add_par(doc, p)
    doc.add_heading("Recommendations", level=2)
    for i, (title, text, area, lead, by) in enumerate(RECS, 1):
        doc.add_heading(f"Recommendation {i}: {title}", level=3)
        add_par(doc, text)
        for lab, val in (("Area", area), ("Lead", lead), ("By when", by)):
            p = add_par(doc, f"{lab}: ", bold=True)
            p.add_run(val)
    doc.add_heading("Next steps", level=2)
    add_par(doc, NEXT)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    pw, ph = A4
    gap, m = 8 * mm, 15 * mm
    colw = (pw - 2 * m - gap) / 2
    mast_h = 45 * mm

    def page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.drawString(m, 8 * mm, f"Welsh Government | {TITLE}")
        canv.drawRightString(pw - m, 8 * mm, str(doc.page))
        canv.restoreState()

    def first(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#323232"))
        canv.rect(0, ph - mast_h, pw, mast_h, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("DejaVu-Bold", 10)
        canv.drawString(m, ph - 12 * mm, "Llywodraeth Cymru  |  Welsh Government")
        canv.setFont("DejaVu-Bold", 17)
        canv.drawString(m, ph - 26 * mm, TITLE)
        canv.setFont("DejaVu", 9)
        canv.drawString(m, ph - 34 * mm, f"Report  ·  First published {DATE}")
        canv.restoreState()
        page(canv, doc)

    top1 = ph - mast_h - 6 * mm
    doc = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    doc.addPageTemplates([
        PageTemplate("first", [Frame(m, 14 * mm, colw, top1 - 14 * mm, id="l1"),
                               Frame(m + colw + gap, 14 * mm, colw, top1 - 14 * mm, id="r1")],
                     onPage=first),
        PageTemplate("next", [Frame(m, 14 * mm, colw, ph - 28 * mm, id="l"),
                              Frame(m + colw + gap, 14 * mm, colw, ph - 28 * mm, id="r")],
                     onPage=page)])
    story = [NextPageTemplate("next"), Paragraph(f"<i>{esc(SUMMARY)}</i>", st["body"]),
             Paragraph("Background", st["h1"])]
    story += [Paragraph(esc(p), st["body"]) for p in BACKGROUND]
    story.append(Paragraph("Recommendations", st["h1"]))
    for i, (title, text, area, lead, by) in enumerate(RECS, 1):
        story += [Paragraph(f"Recommendation {i}: {esc(title)}", st["h2"]),
                  Paragraph(esc(text), st["body"])]
        t = Table([[Paragraph(f"<b>{lab}</b>", st["cell"]), Paragraph(esc(val), st["cell"])]
                   for lab, val in (("Area", area), ("Lead", lead), ("By when", by))],
                  colWidths=[18 * mm, colw - 20 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F0F0F0")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        story.append(t)
    story += [Paragraph("Next steps", st["h1"]), Paragraph(esc(NEXT), st["body"])]
    doc.build(story)


if __name__ == "__main__":
    write_html()
    write_md()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
