"""rec31a: a WELSH GOVERNMENT RESPONSE to a working group's report: "Welsh Government
Response to the Report of the Local Government Finance Sustainability Working Group",
March 2026 (real Welsh Government / WLGA / CJCs; the group, text and figures invented).

Layout (not tried by earlier corpora): the report's nine recommendations quoted one by one,
each in a SHADED BOX "Recommendation 3: That the Welsh Government and WLGA ...", followed by
a bold "Response: Accept" / "Accept in principle" / "Reject" line, an explanation paragraph
(which often describes work ALREADY UNDER WAY) and a "Financial implications: ..." line; the
recommendations grouped under the report's four area headings; an introduction and a closing
"Next steps" section; no activities table.

The reading (typed here, before any loader ran): areas the four headings (no themes);
recommendations 1-9 (rec_id the number after "Recommendation"), text the quoted
recommendation without its label, owners the bodies it names as acting ("the Welsh
Government" WG, "the WLGA" WLGA, "councils" LG); the responses, explanations and financial
implications are not recommendations; NO activities (the work under way described in the
explanations is the Government's answer, not the report's "activity underway" list).
Forms: .docx the Welsh Government's Word file (Heading 1 areas, the boxes as paragraphs with
shading and a box border, "Recommendation N:" a bold run, header and "Page N" footer); .md
pandoc's export of it (the shading lost: `**Recommendation 3:** That ...`); .html the
GOV.WALES publication page (boxes as `<div class="callout">`); .pdf A4 print of the Word file
(grey boxes, running header, "Page N of M").
"""
from __future__ import annotations

import common31  # noqa: F401
from chrome29 import page
from gen_common import (OUT, OxmlElement, P, Pt, build_pdf, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, qn)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "rec31a-wg-response-shaded-boxes"
TITLE = ("Welsh Government Response to the Report of the Local Government Finance "
         "Sustainability Working Group")
INTRO = [
    "The Local Government Finance Sustainability Working Group was set up by the Partnership "
    "Council for Wales in June 2025 to consider how the financial resilience of councils "
    "could be strengthened. Its report, published in January 2026, made nine "
    "recommendations.",
    "The Welsh Government thanks the members of the Group, and the WLGA for providing its "
    "secretariat. Our response to each recommendation is set out below, under the headings "
    "used in the Group's report.",
]
# area: [(n, rec text, owners, response, explanation, financial)]
AREAS = [
    ("Local taxation", [
        (1, "That the Welsh Government and WLGA jointly review the Council Tax Reduction "
         "Scheme before the 2027-28 financial year.", ["WG", "WLGA"], "Accept",
         "Officials have already begun work with the WLGA on the data needed for the review, "
         "and a joint project board met for the first time in February 2026.",
         "The review will be met from existing budgets."),
        (2, "That the Welsh Government legislates to allow councils to set a visitor levy "
         "without a national cap.", ["WG"], "Reject",
         "The Visitor Accommodation (Register and Levy) Etc. (Wales) Act 2025 already gives "
         "councils the power to introduce a levy at the rates the Senedd agreed. We do not "
         "intend to legislate again before the Act has been reviewed.",
         "None."),
    ]),
    ("Grant funding", [
        (3, "That the Welsh Government and WLGA agree a timetable to transfer at least ten "
         "specific grants into the Revenue Support Grant by April 2028.", ["WG", "WLGA"],
         "Accept in principle",
         "Four grants worth £38 million were transferred into the settlement in 2025-26. We "
         "will agree a timetable for further transfers with the WLGA, but cannot commit to a "
         "number of grants before the review of grants is complete.",
         "Transfers are cost neutral to the Welsh Government."),
        (4, "That the Welsh Government gives councils indicative allocations of its main "
         "revenue grants three years ahead.", ["WG"], "Accept",
         "Indicative allocations for 2026-27 and 2027-28 were published with the final "
         "settlement in February 2026.",
         "None."),
        (5, "That councils publish a consolidated statement of the specific grants they "
         "receive each year.", ["LG"], "Accept in principle",
         "This is a matter for councils. The Welsh Government will work with the Society of "
         "Welsh Treasurers on a common format.",
         "None for the Welsh Government."),
    ]),
    ("Collaboration and shared services", [
        (6, "That the WLGA leads a review of shared back-office services across the four "
         "Corporate Joint Committee regions.", ["WLGA"], "Accept",
         "The WLGA has started a baseline survey of shared services, supported by Data "
         "Cymru, which will report in the summer.",
         "Up to £60,000 from the Local Government Improvement Grant in 2026-27."),
        (7, "That the Welsh Government amends the Corporate Joint Committee regulations to "
         "allow CJCs to hold and pool reserves for regional capital schemes.", ["WG"],
         "Reject",
         "CJCs can already hold reserves for their functions. Pooling councils' reserves "
         "would blur accountability for local spending decisions.",
         "None."),
    ]),
    ("Capacity and skills", [
        (8, "That the Welsh Government funds a national finance trainee scheme for local "
         "government, run by the WLGA.", ["WG", "WLGA"], "Accept in principle",
         "We support the aim and will consider the scheme in the 2027-28 budget round. In the "
         "meantime, the existing graduate scheme now includes a finance stream.",
         "Estimated at £400,000 a year; subject to the 2027-28 budget."),
        (9, "That councils and the WLGA work with CIPFA to develop a shared finance "
         "apprenticeship route.", ["LG", "WLGA"], "Accept",
         "CIPFA has agreed to join a task group with the WLGA and three councils.",
         "None for the Welsh Government."),
    ]),
]
NEXT = ("We will report progress on the accepted recommendations to the Partnership Council "
        "for Wales in December 2026.")
SIGN = "Cabinet Secretary for Housing and Local Government, March 2026"


def reading() -> dict:
    areas, recs = [], []
    for area, rr in AREAS:
        areas.append({"area": area, "theme": None})
        recs += [{"rec_id": str(n), "area": area, "text": t, "owners": o}
                 for n, t, o, *_x in rr]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": []}


def write_md() -> None:
    out = [f"# {TITLE}", "", "March 2026", "", "# Introduction", ""]
    for p in INTRO:
        out += [p, ""]
    for area, rr in AREAS:
        out += [f"# {area}", ""]
        for n, t, _o, resp, expl, fin in rr:
            out += [f"**Recommendation {n}:** {t}", "", f"**Response: {resp}**", "", expl, "",
                    f"**Financial implications:** {fin}", ""]
    out += ["# Next steps", "", NEXT, "", SIGN, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<div class="header-meta"><p>First published: 19 March 2026</p>'
            "<p>Last updated: 19 March 2026</p></div>",
            '<nav class="contents"><h2>Contents</h2><ol>'
            + "".join(f'<li><a href="#s{i}">{esc(a)}</a></li>'
                      for i, a in enumerate(["Introduction"] + [a for a, _r in AREAS]
                                            + ["Next steps"]))
            + "</ol></nav>", '<h2 id="s0">Introduction</h2>']
    body += [f"<p>{esc(p)}</p>" for p in INTRO]
    for i, (area, rr) in enumerate(AREAS, 1):
        body.append(f'<h2 id="s{i}">{esc(area)}</h2>')
        for n, t, _o, resp, expl, fin in rr:
            body += [f'<div class="callout callout--grey"><p><strong>Recommendation {n}:'
                     f"</strong> {esc(t)}</p></div>",
                     f"<p><strong>Response: {esc(resp)}</strong></p>", f"<p>{esc(expl)}</p>",
                     f"<p><strong>Financial implications:</strong> {esc(fin)}</p>"]
    body += [f'<h2 id="s{len(AREAS) + 1}">Next steps</h2>', f"<p>{esc(NEXT)}</p>",
             f"<p>{esc(SIGN)}</p>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "GOV.WALES", ["Home", "Local government", "Local government finance"], body,
        ["Business and economy", "Education", "Health and social care", "Local government",
         "Housing"], "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"), encoding="utf-8")


def boxed(p, fill="E7E6E6") -> None:
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "auto")
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, "Welsh Government Response – Local Government Finance Sustainability "
                     "Working Group")
    footer_page_numbers(doc, "March 2026")
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph("March 2026")
    doc.add_heading("Introduction", level=1)
    for p in INTRO:
        doc.add_paragraph(p)
    for area, rr in AREAS:
        doc.add_heading(area, level=1)
        for n, t, _o, resp, expl, fin in rr:
            p = doc.add_paragraph()
            r = p.add_run(f"Recommendation {n}:")
            r.bold = True
            p.add_run(" " + t)
            boxed(p)
            p = doc.add_paragraph()
            p.add_run(f"Response: {resp}").bold = True
            doc.add_paragraph(expl)
            p = doc.add_paragraph()
            p.add_run("Financial implications:").bold = True
            p.add_run(" " + fin)
    doc.add_heading("Next steps", level=1)
    doc.add_paragraph(NEXT)
    doc.add_paragraph(SIGN)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"]), P("March 2026", st["body"]),
             P("Introduction", st["h1"])]
    story += [P(esc(p), st["body"]) for p in INTRO]
    for area, rr in AREAS:
        story.append(P(esc(area), st["h1"]))
        for n, t, _o, resp, expl, fin in rr:
            box = Table([[P(f"<b>Recommendation {n}:</b> {esc(t)}", st["body"])]],
                        colWidths=[170 * mm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                                     ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E7E6E6")),
                                     ("TOPPADDING", (0, 0), (-1, -1), 5),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            story += [Spacer(1, 4), box, Spacer(1, 4), P(f"<b>Response: {esc(resp)}</b>", st["body"]),
                      P(esc(expl), st["body"]),
                      P(f"<b>Financial implications:</b> {esc(fin)}", st["body"])]
    story += [P("Next steps", st["h1"]), P(esc(NEXT), st["body"]), P(esc(SIGN), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Welsh Government Response – Local Government "
              "Finance Sustainability Working Group", "March 2026")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
