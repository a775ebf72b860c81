"""prog16a: a NEWSLETTER-STYLE PROGRAMME UPDATE: the WLGA's improvement programme reported
as a members' newsletter. An editor's note names the year's priorities and the grant; then
"Spotlight on ..." sections (one per priority, unnumbered), each holding SHORT DATED
PARAGRAPHS ("In September, the WLGA ran ...") - ONE PIECE OF WORK A PARAGRAPH of two or three
sentences (the second sentence is colour: attendance, where to find the slides), no bullets,
no tables, no status words or RAG: the status is in the tense ("ran", "is under way",
"will run in January"). A "Diary dates" box and a "Get in touch" footer are no items.

WLGA, "Improvement Matters: Autumn 2025" (Issue 7, 16 October 2025). Forms:
- .md: pandoc's Markdown of the Word file (## Spotlight headings, plain paragraphs);
- .html: the "view in browser" web version of an e-mail newsletter (table layout, preheader,
  "View this email in your browser", social links, unsubscribe footer);
- .docx: a masthead table, then a Word section with TWO TEXT COLUMNS (w:cols num="2"),
  spotlight headings as Heading 2;
- .pdf: a TWO-COLUMN newsletter page layout (masthead across the top, two frames per page),
  paragraphs flowing from the left column into the right one (one page).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, colors, esc, footer_page_numbers, mm, new_docx,
                        pdf_styles, OxmlElement, qn, shade, cell_text)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Table, TableStyle

NAME = "prog16a-newsletter-spotlights"
TITLE = "Improvement Matters: Autumn 2025"
ISSUE = "Issue 7 | 16 October 2025"
MAST = "The newsletter of the WLGA Improvement Support Programme"
EDITOR = [
    "Welcome to the autumn issue of Improvement Matters. Half way through the year, this "
    "issue looks at what the programme has done since the summer and what is coming up.",
    "This year the programme has three priorities: scrutiny and governance; local "
    "government workforce; and data and performance. The programme is funded by the Welsh "
    "Government's Improvement Support Grant of £940,000 for 2025-26.",
]
# spotlight: (heading, priority name, [(paragraph, status, quarter, partners)])
SPOTLIGHTS = [
    ("Spotlight on scrutiny and governance", "Scrutiny and governance", [
        ("In July, the WLGA published a good practice guide on questioning skills for "
         "scrutiny chairs, written with the Centre for Governance and Scrutiny. It draws on "
         "filmed examples from four councils and is free to download.",
         "done", "2025-26 Q2", ["Centre for Governance and Scrutiny"]),
        ("In September, the WLGA ran three regional workshops for audit committee lay "
         "members. 48 members from 19 councils took part, and the slides are on our "
         "website.", "done", "2025-26 Q2", []),
        ("Work on a self-evaluation toolkit for standards committees is under way with "
         "Lawyers in Local Government, and a draft will be tested with two councils in "
         "November.", "in progress", "2025-26 Q3", ["Lawyers in Local Government"]),
        ("In January, the WLGA will run a masterclass on scrutiny of the budget for "
         "chairs of finance scrutiny committees. Places are limited to two a council.",
         "planned", "2025-26 Q4", []),
    ]),
    ("Spotlight on the workforce", "Local government workforce", [
        ("In August, 22 graduates started the second year of the national graduate "
         "programme, placed in 14 councils. Their first projects range from digital "
         "services to climate action.", "done", "2025-26 Q2", []),
        ("The leadership programme for aspiring chief officers, run with Academi Wales, "
         "began its second cohort in October and runs until March.", "in progress",
         "2025-26 Q4", ["Academi Wales"]),
        ("A survey of recruitment and retention in social care, planned with the HR "
         "Directors Network for September, has been delayed to December because councils "
         "asked for more time to collect the data. Results will now be shared in the "
         "spring issue.", "at risk", "2025-26 Q3",
         ["HR Directors Network"]),
    ]),
    ("Spotlight on data and performance", "Data and performance", [
        ("In June, the WLGA and Data Cymru launched a new benchmarking dashboard of "
         "council performance measures. More than 300 users from every council have "
         "registered so far.", "done", "2025-26 Q1", ["Data Cymru"]),
        ("Training on using the dashboard in self-assessment is being delivered to "
         "performance officers in every council through the autumn, finishing in December.",
         "in progress",
         "2025-26 Q3", []),
        ("In February, the WLGA will publish a review of how councils set out their "
         "well-being objectives and measure progress against them. Councils that would like "
         "to take part in the fieldwork should contact the team.", "planned",
         "2025-26 Q4", []),
    ]),
]
DIARY = [
    "Diary dates",
    "4 November 2025 – Scrutiny chairs' network, online",
    "21 November 2025 – Performance officers' forum, Llandrindod Wells",
]
CONTACT = ("Get in touch: improvement@wlga.example.gov.uk. Improvement Matters is published "
           "by the Welsh Local Government Association, One Canal Parade, Dumballs Road, "
           "Cardiff CF10 5BF.")


def items():
    for s, (_h, _p, paras) in enumerate(SPOTLIGHTS, 1):
        for i, (t, st, q, pa) in enumerate(paras, 1):
            yield s, i, t, st, q, pa


def reading() -> dict:
    return {"kind": "programme", "title": TITLE, "date": "2025-10-16",
            "priorities": [p for _h, p, _x in SPOTLIGHTS],
            "items": [{"ref": f"{s}.{i}", "section": str(s), "text": t, "status": st,
                       "quarter": q, "partners": pa} for s, i, t, st, q, pa in items()],
            "grants": [{"grant": "Improvement Support Grant", "amount_gbp": 940000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", MAST, "", ISSUE, "", "## From the editor", ""]
    out += [x for p in EDITOR for x in (p, "")]
    for head, _p, paras in SPOTLIGHTS:
        out += [f"## {head}", ""] + [x for t, *_r in paras for x in (t, "")]
    out += [f"**{DIARY[0]}**", ""] + [x for d in DIARY[1:] for x in (d, "")] + [CONTACT, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (e-mail web version)
def write_html() -> None:
    td = '<td style="padding:8px 24px;font-family:Arial,sans-serif;font-size:15px">'
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)}</title></head><body style=\"margin:0;background:#eeeeee\">",
         '<span class="preheader" style="display:none">Workshops, graduates and a new '
         "dashboard: the autumn issue</span>",
         '<table role="presentation" width="100%"><tr><td align="center">',
         '<p style="font-size:11px"><a href="*|ARCHIVE|*">View this email in your browser'
         "</a></p>",
         '<table role="presentation" width="600" style="background:#ffffff">',
         '<tr><td style="background:#8a1538;color:#ffffff;padding:16px 24px">'
         f'<h1 style="margin:0">{esc(TITLE)}</h1><p>{esc(MAST)}</p><p>{esc(ISSUE)}</p></td></tr>',
         f"<tr>{td}<h2>From the editor</h2>"]
    h += [f"<p>{esc(p)}</p>" for p in EDITOR] + ["</td></tr>"]
    for head, _p, paras in SPOTLIGHTS:
        h.append(f'<tr>{td}<h2 style="color:#8a1538">{esc(head)}</h2>')
        h += [f"<p>{esc(t)}</p>" for t, *_r in paras] + ["</td></tr>"]
    h += [f'<tr>{td}<div style="border:1px solid #8a1538;padding:8px"><p><strong>'
          f"{DIARY[0]}</strong></p>"] + [f"<p>{esc(d)}</p>" for d in DIARY[1:]]
    h += ["</div></td></tr>",
          f'<tr><td style="background:#333333;color:#ffffff;padding:16px 24px;font-size:12px">'
          f"<p>{esc(CONTACT)}</p>",
          '<p><a href="#">Twitter</a> | <a href="#">LinkedIn</a> | <a href="#">Website</a></p>',
          "<p>You are receiving this email because you subscribed to WLGA updates. "
          '<a href="*|UNSUB|*">Unsubscribe</a> | <a href="*|UPDATE_PROFILE|*">Update '
          "preferences</a></p></td></tr></table></td></tr></table></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def two_columns(section) -> None:
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")


def write_docx() -> None:
    from docx.enum.section import WD_SECTION
    doc = new_docx(font="Calibri", size=10)
    footer_page_numbers(doc, "Improvement Matters – Autumn 2025")
    tb = doc.add_table(rows=1, cols=1)
    cell = tb.rows[0].cells[0]
    cell_text(cell, TITLE, bold=True, size=22)
    add_par(cell, MAST)
    add_par(cell, ISSUE)
    shade(cell, "F2DCDB")
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    two_columns(sec)
    doc.add_heading("From the editor", level=2)
    for p in EDITOR:
        add_par(doc, p)
    for head, _p, paras in SPOTLIGHTS:
        doc.add_heading(head, level=2)
        for t, *_r in paras:
            add_par(doc, t)
    add_par(doc, DIARY[0], bold=True)
    for d in DIARY[1:]:
        add_par(doc, d)
    add_par(doc, CONTACT, size=8)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (two columns)
def write_pdf() -> None:
    st = pdf_styles(9)
    w, h = A4
    m, gap, mast_h = 15 * mm, 6 * mm, 38 * mm
    colw = (w - 2 * m - gap) / 2

    def frames(top):
        return [Frame(m, 15 * mm, colw, top - 15 * mm, id="L", showBoundary=0),
                Frame(m + colw + gap, 15 * mm, colw, top - 15 * mm, id="R")]

    def first(canv, _doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#8a1538"))
        canv.rect(0, h - mast_h, w, mast_h, fill=1, stroke=0)
        canv.setFillColor(colors.white)
        canv.setFont("DejaVu-Bold", 22)
        canv.drawString(m, h - 17 * mm, TITLE)
        canv.setFont("DejaVu", 10)
        canv.drawString(m, h - 25 * mm, MAST)
        canv.drawString(m, h - 31 * mm, ISSUE)
        canv.restoreState()
        foot(canv, _doc)

    def foot(canv, doc):
        canv.setFont("DejaVu", 7.5)
        canv.drawString(m, 8 * mm, "Improvement Matters – Autumn 2025")
        canv.drawRightString(w - m, 8 * mm, str(doc.page))

    doc = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    doc.addPageTemplates([PageTemplate("first", frames(h - mast_h - 6 * mm), onPage=first,
                                       autoNextPageTemplate="rest"),
                          PageTemplate("rest", frames(h - 15 * mm), onPage=foot)])
    story = [P("From the editor", st["h1"])] + [P(esc(p), st["body"]) for p in EDITOR]
    for head, _p, paras in SPOTLIGHTS:
        story.append(P(esc(head), st["h1"]))
        story += [P(esc(t), st["body"]) for t, *_r in paras]
    box = [[P(f"<b>{DIARY[0]}</b>", st["body"])]] + [[P(esc(d), st["body"])] for d in DIARY[1:]]
    story.append(Table(box, colWidths=[colw - 4], style=TableStyle(
        [("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#8a1538"))])))
    story.append(P(esc(CONTACT), st["small"]))
    doc.build(story)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]))
