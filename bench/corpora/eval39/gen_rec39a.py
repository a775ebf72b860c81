"""rec39a: a recommendations report of the SHIPPED KIND by other hands: an independent review
whose recommendations stand in SHADED BOXES INSIDE CHAPTERS and are collected again at the end
GROUPED BY OWNER: "Standing Up for Local Democracy: Independent Review of Support for
Councillors in Wales – Final Report", March 2026 (real bodies; review, panel and content
invented).

Layout: chapters "Chapter 2 – Standing for election" .. "Chapter 5 – Support and development"
(chapter 1 the introduction), findings in prose, and boxes "Recommendation 3.2" (numbered by
chapter) with the recommendation's text; then "Summary of recommendations" with headings
"For the Welsh Government", "For local authorities", "For the WLGA", each recommendation
repeated under its group with its number (3.3 under two groups).

The reading (typed here, before any loader ran): areas the chapters 2-5 (the chapter's title
without "Chapter N –"), no themes; recommendations the boxes (14), each counted once (the
summary repeats them), rec_id the printed number "3.2", area the chapter, text the box's
text, owners the summary group(s) it is listed under (WG, LG, WLGA; 3.3 both WG and WLGA),
even where the text names another body ("... fund the WLGA's member development programme"
is for the Welsh Government). No activities (the findings are not "activity underway").
Forms: .docx Word (Heading 1 chapters, each box a one-cell table shaded light blue, the
summary's groups Heading 2); .pdf a print of the Word file (shaded boxes, running header,
"Page N of M"); .html the review's page on GOV.WALES (`<aside class="recommendation">`);
.md pandoc's export of the Word file (the boxes as one-cell grid tables).
"""
from __future__ import annotations

from common39 import gov_page, grid_one_cell, wrap
from gen_common import (OUT, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade)
from docx.shared import Mm
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "rec39a-independent-review-boxed-recommendations"
TITLE = ("Standing Up for Local Democracy: Independent Review of Support for Councillors in "
         "Wales – Final Report")
INTRO = [
    "The review was commissioned by the Minister for Local Government and the WLGA in "
    "February 2025 to consider why fewer people stand for election as councillors and why "
    "many leave after a single term.",
    "The panel heard from 412 serving and former councillors, held 18 evidence sessions and "
    "visited every region of Wales. Its recommendations are set out in boxes in each "
    "chapter and are collected, by the body to which they are addressed, at the end of the "
    "report.",
]
OWN = {"WG": "For the Welsh Government", "LG": "For local authorities", "WLGA": "For the WLGA"}
# (chapter number, title, [findings], [(recommendation, [owner codes])])
CHAPTERS = [
    (2, "Standing for election", [
        "Uncontested seats rose from 74 in 2017 to 203 in 2022. Prospective candidates told us "
        "they did not know what the role involves or how much time it takes.",
        "Support for disabled candidates has helped, but it does not reach community and town "
        "council elections."], [
        ("The Welsh Government should extend the Access to Elected Office Fund to candidates "
         "standing in community and town council elections from 2027.", ["WG"]),
        ("Councils should publish a plain-language guide to the role of a councillor, "
         "including the time it takes, before each ordinary election.", ["LG"]),
        ("The WLGA should run a national shadowing scheme so that prospective candidates can "
         "observe a councillor's work for a month.", ["WLGA"]),
    ]),
    (3, "Remuneration and allowances", [
        "Most councillors we heard from do not think the basic salary reflects the work, "
        "especially in the largest councils.",
        "Fewer than one in ten eligible councillors claim the costs of care allowance, and "
        "many did not know it existed."], [
        ("The Welsh Government should ask the Independent Remuneration Panel for Wales to "
         "review whether the basic salary reflects the workload of councillors in the largest "
         "councils.", ["WG"]),
        ("Councils should ensure every councillor is told of, and encouraged to claim, the "
         "costs of care allowance.", ["LG"]),
        ("The Welsh Government and the WLGA should jointly commission research into why "
         "councillors leave office after a single term.", ["WG", "WLGA"]),
    ]),
    (4, "Safety and civility", [
        "Seven in ten councillors told us they had been abused online, and a third had been "
        "threatened in person.",
        "Arrangements for councillors' safety vary widely between councils."], [
        ("The Welsh Government should legislate so that councillors' home addresses are no "
         "longer published in the register of interests.", ["WG"]),
        ("Each council should name a senior officer responsible for the personal safety of "
         "councillors and review its arrangements every year.", ["LG"]),
        ("The WLGA should agree a protocol with the four police forces in Wales for reporting "
         "abuse of councillors.", ["WLGA"]),
    ]),
    (5, "Support and development", [
        "Induction after the 2022 elections was well regarded, but support tails off after the "
        "first year.",
        "Hybrid meetings have made the role possible for many with caring or work "
        "responsibilities."], [
        ("Councils should offer every councillor a personal development review within a year "
         "of election.", ["LG"]),
        ("The WLGA should maintain a peer mentoring network for new council leaders and "
         "cabinet members.", ["WLGA"]),
        ("The Welsh Government should fund the WLGA's member development programme for three "
         "years at a time rather than one.", ["WG"]),
        ("Councils should make hybrid attendance available at all formal meetings, including "
         "committees.", ["LG"]),
    ]),
]
CLOSE = ("Professor Menna Rowlands (Chair), Cllr (retired) Huw Jenkins and Dr Amira Hassan, "
         "March 2026")


def recs():
    for n, title, _f, rr in CHAPTERS:
        for k, (t, owners) in enumerate(rr, 1):
            yield f"{n}.{k}", title, t, owners


def summary():
    return [(OWN[code], [(rid, t) for rid, _a, t, owners in recs() if code in owners])
            for code in ("WG", "LG", "WLGA")]


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": title, "theme": None} for _n, title, _f, _r in CHAPTERS],
            "recommendations": [{"rec_id": rid, "area": a, "text": t, "owners": owners}
                                for rid, a, t, owners in recs()],
            "activities": None}


def write_md() -> None:
    out = ["---", f'title: "{TITLE}"', 'date: "March 2026"', "---", "",
           "# Chapter 1 – Introduction", ""]
    for para in INTRO:
        out += wrap(para) + [""]
    for n, title, findings, rr in CHAPTERS:
        out += [f"# Chapter {n} – {title}", ""]
        for k, para in enumerate(findings):
            out += wrap(para) + [""]
        for k, (t, _o) in enumerate(rr, 1):
            out += grid_one_cell([f"**Recommendation {n}.{k}**", t]) + [""]
    out += ["# Summary of recommendations", ""]
    for group, rows in summary():
        out += [f"## {group}", ""]
        for rid, t in rows:
            out += wrap(f"**{rid}** {t}") + [""]
    out += wrap(CLOSE) + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<div class="meta"><p>First published: 18 March 2026</p><p>Part of: <a href="#">'
            "Local government</a>, <a href=\"#\">Democracy</a></p></div>",
            '<nav class="contents"><h2>Contents</h2><ol>'
            + "".join(f'<li><a href="#ch{n}">{esc(t)}</a></li>' for n, t, _f, _r in CHAPTERS)
            + '<li><a href="#summary">Summary of recommendations</a></li></ol></nav>',
            "<h2>Chapter 1 – Introduction</h2>"] + [f"<p>{esc(p)}</p>" for p in INTRO]
    for n, title, findings, rr in CHAPTERS:
        body.append(f'<h2 id="ch{n}">Chapter {n} – {esc(title)}</h2>')
        body += [f"<p>{esc(p)}</p>" for p in findings]
        for k, (t, _o) in enumerate(rr, 1):
            body.append(f'<aside class="recommendation" id="rec-{n}-{k}"><h3>Recommendation '
                        f"{n}.{k}</h3><p>{esc(t)}</p></aside>")
    body.append('<h2 id="summary">Summary of recommendations</h2>')
    for group, rows in summary():
        body.append(f"<h3>{esc(group)}</h3><ul class=\"rec-summary\">")
        body += [f"<li><strong>{rid}</strong> {esc(t)}</li>" for rid, t in rows]
        body.append("</ul>")
    body.append(f"<p>{esc(CLOSE)}</p>")
    (OUT / f"{NAME}.html").write_text(gov_page(TITLE, ["Home", "Local government",
                                                       "Democracy"], body), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Independent Review of Support for Councillors in Wales")
    footer_page_numbers(doc, "Final Report – March 2026")
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph("March 2026")
    doc.add_heading("Chapter 1 – Introduction", level=1)
    for p in INTRO:
        doc.add_paragraph(p)
    for n, title, findings, rr in CHAPTERS:
        doc.add_heading(f"Chapter {n} – {title}", level=1)
        for p in findings:
            doc.add_paragraph(p)
        for k, (t, _o) in enumerate(rr, 1):
            tb = doc.add_table(rows=1, cols=1)
            tb.style = "Table Grid"
            c = tb.rows[0].cells[0]
            cell_text(c, f"Recommendation {n}.{k}", bold=True)
            c.add_paragraph(t)
            shade(c, "DEEAF6")
            doc.add_paragraph()
    doc.add_heading("Summary of recommendations", level=1)
    for group, rows in summary():
        doc.add_heading(group, level=2)
        for rid, t in rows:
            p = doc.add_paragraph()
            p.add_run(rid).bold = True
            p.add_run("\t" + t)
            p.paragraph_format.left_indent = Mm(12)
            p.paragraph_format.first_line_indent = -Mm(12)
    doc.add_paragraph(CLOSE)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"]), P("March 2026", st["body"]),
             P("Chapter 1 – Introduction", st["h1"])] + [P(esc(p), st["body"]) for p in INTRO]
    for n, title, findings, rr in CHAPTERS:
        story.append(P(esc(f"Chapter {n} – {title}"), st["h1"]))
        story += [P(esc(p), st["body"]) for p in findings]
        for k, (t, _o) in enumerate(rr, 1):
            box = Table([[[P(f"<b>Recommendation {n}.{k}</b>", st["body"]),
                           P(esc(t), st["body"])]]], colWidths=[174 * mm])
            box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DEEAF6")),
                                     ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#2E75B6")),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 6),
                                     ("TOPPADDING", (0, 0), (-1, -1), 5),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            story += [box, Spacer(1, 4 * mm)]
    story.append(P("Summary of recommendations", st["h1"]))
    hang = st["body"].clone("hang", leftIndent=12 * mm, firstLineIndent=-12 * mm)
    for group, rows in summary():
        story.append(P(esc(group), st["h2"]))
        story += [P(f"<b>{rid}</b>&nbsp;&nbsp;&nbsp;&nbsp;{esc(t)}", hang) for rid, t in rows]
    story.append(P(esc(CLOSE), st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "Independent Review of Support for Councillors in "
              "Wales", "Final Report – March 2026")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
