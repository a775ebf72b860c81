"""rec53b: an independent review published on GOV.WALES (recommendations kind): "Independent
review of learner travel in Wales: final report", first published 4 March 2026 (real
GOV.WALES publication pattern, the Learner Travel (Wales) Measure 2008 and its statutory
guidance; the review, its panel and recommendations invented).

Layout: the HTML page opens with a "Summary of recommendations" repeating all 14 (as
"Recommendation N: text" paragraphs with the parts as bullets), then the chapters in
accordion sections (`<details><summary>Chapter 3: Eligibility and entitlement</summary>`);
inside a chapter, narrative paragraphs and each recommendation an `<h3>Recommendation 4</h3>`
heading followed by ONE paragraph, sometimes ending with ":" over a bulleted list of parts;
chapters 1 (Introduction), 2 (How we carried out the review) and 7 (Next steps) hold none.
The reading: areas the four chapters holding recommendations, name without "Chapter N:"
(themes none); recommendations 1-14 ONCE (the summary repeats them), rec_id the number, area
the chapter, text the paragraph with its parts joined "lead-in: part; part" (the parts are
part of the recommendation, not recommendations of their own); owners from the opening
words ("The Welsh Government should" WG, "Local authorities should" LG, "The WLGA and local
authorities" WLGA + LG, "The Welsh Government and the WLGA" WG + WLGA, "Transport for Wales",
"Corporate Joint Committees" as named). No activities (null): the review's narrative of
current practice is evidence, not activity under way.
Forms: .html the GOV.WALES page (CMS chrome, contents list, `<details>` accordions); .docx
the "accessible version" (Title, Heading 1 chapters, Heading 2 "Recommendation N", List
Bullet parts, the summary as Heading 2 "Summary of recommendations" with plain paragraphs);
.pdf a TWO-COLUMN print (reportlab Frames, two columns a page, each recommendation a shaded
box, running header and page numbers); .md pandoc's export of the Word file."""
from __future__ import annotations

import common53 as C
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Spacer, Table,
                                TableStyle)

NAME = "rec53b-learner-travel-review-govwales"
TITLE = "Independent review of learner travel in Wales: final report"
# chapters: (number, name, narrative paragraphs, [rec numbers])
CHAPTERS = [
    (1, "Introduction", ["In June 2025 the Cabinet Secretary asked us to review how learner "
     "travel is provided under the Learner Travel (Wales) Measure 2008, what it costs and "
     "how it could be made more sustainable."], []),
    (2, "How we carried out the review", ["We met officers from all 22 local authorities, "
     "heard from 1,460 parents and learners through an online survey and visited schools in "
     "five counties. Local authorities spent £186 million on learner travel in 2024-25."],
     []),
    (3, "Eligibility and entitlement", ["Eligibility rules have not changed since 2008. Most "
     "parents who responded did not know how walking routes are assessed."], [1, 2, 3, 4]),
    (4, "Procurement and contracts", ["Contract prices rose by 31% between 2021 and 2025 and "
     "fewer operators now bid for contracts in rural areas."], [5, 6, 7, 8]),
    (5, "Safety and behaviour", ["Local authorities told us that behaviour on dedicated "
     "transport has become harder to manage, and that training for drivers varies."],
     [9, 10, 11]),
    (6, "Funding and future arrangements", ["Learner travel is funded from the Revenue Support "
     "Grant and councils' own resources; no authority can plan more than a year ahead."],
     [12, 13, 14]),
    (7, "Next steps", ["We have asked the Welsh Government to publish its response to this "
     "report within six months."], []),
]
# recs: number -> (lead-in, parts, owners)
RECS = {
    1: ("The Welsh Government should update the Learner Travel Statutory Provision and "
        "Operational Guidance by September 2027, taking account of the findings of this "
        "review.", [], ["WG"]),
    2: ("The Welsh Government should consult on lowering the distance threshold for free "
        "transport for secondary school learners from three miles to two miles:",
        ["setting out the full cost to local authorities of each option",
         "publishing an equality impact assessment alongside the consultation",
         "phasing any change over at least two school years"], ["WG"]),
    3: ("Local authorities should publish their learner travel policies in one place on "
        "their websites, in plain language and in Welsh and English.", [], ["LG"]),
    4: ("Local authorities should review their walking route assessments at least every five "
        "years and whenever a route changes.", [], ["LG"]),
    5: ("The WLGA and local authorities should develop a common framework agreement for "
        "school transport contracts by April 2027.", [], ["WLGA", "LG"]),
    6: ("Local authorities should offer contracts of up to seven years where this would "
        "secure better value and more stable services.", [], ["LG"]),
    7: ("The Welsh Government should fund a pilot of council-run fleet services in two "
        "regions:", ["including at least one largely rural area",
                     "evaluating the pilot independently before any wider roll-out"], ["WG"]),
    8: ("Transport for Wales should give local authorities access to its route planning data "
        "and tools at no charge.", [], ["Transport for Wales"]),
    9: ("Local authorities should provide passenger assistants on all dedicated transport for "
        "learners with additional learning needs.", [], ["LG"]),
    10: ("The Welsh Government and the WLGA should produce a national behaviour code for "
         "learners on school transport, working with schools and operators.", [],
         ["WG", "WLGA"]),
    11: ("Local authorities should check each year that every driver and passenger assistant "
         "has completed safeguarding training.", [], ["LG"]),
    12: ("The Welsh Government should give local authorities three-year indicative funding "
         "for learner travel from 2027-28.", [], ["WG"]),
    13: ("The Welsh Government and the WLGA should set up a joint learner travel data group "
         "to publish comparable cost and use data each year:",
         ["agreeing common definitions of cost per learner and per journey",
          "publishing the first comparison by March 2028"], ["WG", "WLGA"]),
    14: ("Corporate Joint Committees should include learner travel in their regional "
         "transport plans.", [], ["Corporate Joint Committees"]),
}
INTRO = ("The independent panel was chaired by Professor Elin Parry-Jones. This report sets "
         "out our findings and 14 recommendations to the Welsh Government, local authorities, "
         "the WLGA and others.")


def full_text(n: int) -> str:
    lead, parts, _o = RECS[n]
    return lead if not parts else lead + " " + "; ".join(parts) + "."


def reading() -> dict:
    areas, recs = [], []
    for _num, name, _paras, nums in CHAPTERS:
        if nums:
            areas.append({"area": name, "theme": None})
        for n in nums:
            recs.append({"rec_id": str(n), "area": name, "text": full_text(n),
                         "owners": RECS[n][2]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": None}


def chap(num: int, name: str) -> str:
    return f"Chapter {num}: {name}"


# ------------------------------------------------------------------ GOV.WALES page
def write_html() -> None:
    e = C.esc
    b = ['<div class="gw-publication-header"><p class="type">Report</p>'
         f"<h1>{e(TITLE)}</h1><p>Independent panel report on how learner travel is provided, "
         "what it costs and how it could change.</p><p class=\"meta\">First published: "
         '<time datetime="2026-03-04">4 March 2026</time><br>Last updated: 4 March 2026</p>'
         "</div>",
         '<nav class="contents"><h2>Contents</h2><ol><li><a href="#summary">Summary of '
         "recommendations</a></li>"
         + "".join(f'<li><a href="#ch{c[0]}">{e(chap(c[0], c[1]))}</a></li>' for c in CHAPTERS)
         + "</ol></nav>", f"<p>{e(INTRO)}</p>",
         '<section id="summary"><h2>Summary of recommendations</h2>']
    for n in sorted(RECS):
        lead, parts, _o = RECS[n]
        b.append(f"<p><strong>Recommendation {n}:</strong> {e(lead)}</p>")
        if parts:
            b.append("<ul>" + "".join(f"<li>{e(p)}</li>" for p in parts) + "</ul>")
    b.append("</section>")
    for num, name, paras, nums in CHAPTERS:
        b.append(f'<details class="gw-accordion" id="ch{num}"><summary><span class="gw-'
                 f'accordion__title">{e(chap(num, name))}</span></summary><div class="gw-'
                 'accordion__content">')
        b += [f"<p>{e(p)}</p>" for p in paras]
        for n in nums:
            lead, parts, _o = RECS[n]
            b.append(f'<h3 id="recommendation-{n}">Recommendation {n}</h3><p>{e(lead)}</p>')
            if parts:
                b.append("<ul>" + "".join(f"<li>{e(p)}</li>" for p in parts) + "</ul>")
        b.append("</div></details>")
    b.append('<div class="gw-doc-downloads"><h2>Documents</h2><ul><li><a href="#">'
             "Independent review of learner travel in Wales: final report (accessible "
             "version), DOCX 74 KB</a></li><li><a href=\"#\">Independent review of learner "
             "travel in Wales: final report, PDF 1 MB</a></li></ul></div>")
    html = C.gov_page(TITLE, ["Home", "Education and skills", "Learner travel"], b)
    (C.OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


# ------------------------------------------------------------------ Word (accessible version)
def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=12)
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph("First published 4 March 2026")
    doc.add_paragraph(INTRO)
    doc.add_heading("Summary of recommendations", level=1)
    for n in sorted(RECS):
        lead, parts, _o = RECS[n]
        p = doc.add_paragraph()
        p.add_run(f"Recommendation {n}: ").bold = True
        p.add_run(lead)
        for x in parts:
            doc.add_paragraph(x, style="List Bullet")
    for num, name, paras, nums in CHAPTERS:
        doc.add_heading(chap(num, name), level=1)
        for x in paras:
            doc.add_paragraph(x)
        for n in nums:
            lead, parts, _o = RECS[n]
            doc.add_heading(f"Recommendation {n}", level=2)
            doc.add_paragraph(lead)
            for x in parts:
                doc.add_paragraph(x, style="List Bullet")
    C.footer_page_numbers(doc, TITLE)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ Markdown (pandoc of the Word)
def write_md() -> None:
    m = [f"# {TITLE}", "", "First published 4 March 2026", ""] + C.wrap(INTRO) + [""]
    m += ["# Summary of recommendations", ""]
    for n in sorted(RECS):
        lead, parts, _o = RECS[n]
        m += C.wrap(f"**Recommendation {n}:** {lead}") + [""]
        for x in parts:
            m += C.wrap(x, "-   ", "    ")
        if parts:
            m.append("")
    for num, name, paras, nums in CHAPTERS:
        m += [f"# {chap(num, name)}", ""]
        for x in paras:
            m += C.wrap(x) + [""]
        for n in nums:
            lead, parts, _o = RECS[n]
            m += [f"## Recommendation {n}", ""] + C.wrap(lead) + [""]
            for x in parts:
                m += C.wrap(x, "-   ", "    ")
            if parts:
                m.append("")
    (C.OUT / f"{NAME}.md").write_text("\n".join(m), encoding="utf-8")


# ------------------------------------------------------------------ two-column PDF
def write_pdf() -> None:
    from reportlab.lib.pagesizes import A4
    st = C.pdf_styles(9)
    box = st["body"].clone("box", fontSize=8.5, leading=11)
    story = [C.P(C.esc(TITLE), st["title"]), C.P("First published 4 March 2026", st["small"]),
             C.P(C.esc(INTRO), st["body"]), C.P("Summary of recommendations", st["h1"])]
    for n in sorted(RECS):
        lead, parts, _o = RECS[n]
        story.append(C.P(f"<b>Recommendation {n}:</b> {C.esc(lead)}", st["body"]))
        story += [C.P("• " + C.esc(x), st["body"]) for x in parts]
    for num, name, paras, nums in CHAPTERS:
        story.append(C.P(C.esc(chap(num, name)), st["h1"]))
        story += [C.P(C.esc(x), st["body"]) for x in paras]
        for n in nums:
            lead, parts, _o = RECS[n]
            inner = [C.P(f"<b>Recommendation {n}</b>", box), C.P(C.esc(lead), box)]
            inner += [C.P("• " + C.esc(x), box) for x in parts]
            t = Table([[inner]], colWidths=[80 * C.mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C.colors.HexColor("#E3F0E8")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 5)]))
            story += [Spacer(1, 3), t, Spacer(1, 3)]
    w, h = A4
    gap, margin = 8 * C.mm, 16 * C.mm
    colw = (w - 2 * margin - gap) / 2
    frames = [Frame(margin, 18 * C.mm, colw, h - 36 * C.mm, id="left"),
              Frame(margin + colw + gap, 18 * C.mm, colw, h - 36 * C.mm, id="right")]

    def deco(canv, doc):
        canv.setFont("DejaVu", 7.5)
        canv.drawString(margin, h - 11 * C.mm, "Independent review of learner travel in Wales")
        canv.line(margin, h - 12.5 * C.mm, w - margin, h - 12.5 * C.mm)
        canv.drawCentredString(w / 2, 10 * C.mm, str(doc.page))
    d = BaseDocTemplate(str(C.OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    d.addPageTemplates([PageTemplate("two", frames, onPage=deco)])
    d.build(story)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
