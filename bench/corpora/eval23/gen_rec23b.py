"""rec23b: an AUDIT WALES-STYLE REPORT PRINTED IN TWO TEXT COLUMNS: a full-width title block,
then the text in two columns per page; a FULL-WIDTH exhibit table (figures, no
recommendations) across both columns; the recommendations ("R1" .. "R7", each a bold label
and a paragraph, under three sub-headings) FLOW FROM THE LEFT COLUMN TO THE RIGHT AND ONTO THE
NEXT PAGE, one of them broken across the column boundary.

Audit Wales (publisher real; the Auditor General's 2024 report on the financial
sustainability of local government and its announced follow-up study on how local
government is funded are real; this report's findings, figures and recommendations are
invented), "How local government is funded: the settlement, specific grants and certainty",
published 15 October 2026. Forms:
- .pdf: reportlab, page 1 a full-width title frame over two column frames, later pages two
  frames, the exhibit a full-width frame between column frames on page 2;
- .docx: Word SECTIONS: a one-column title section, a continuous two-column section
  (w:cols w:num="2" w:space="708"), a continuous one-column section for the exhibit table,
  then two columns again;
- .html: the Audit Wales website's copy (one column; recommendations as <p><strong>R1</strong>);
- .md: the text, "**R1** ..." paragraphs and a pipe table.
The careful reading: seven recommendations, rec_id "R1".."R7" as printed, area the sub-heading
over each, owners from the sentence's subject ("The Welsh Government should" = WG, "Councils
should" = LG, "The Welsh Government and the WLGA should" = WG and WLGA). No activities.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from docx.enum.section import WD_SECTION
from gen_common import (OUT, OxmlElement, add_par, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, qn, shade)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, FrameBreak, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Table, TableStyle)

NAME = "rec23b-audit-two-column-report"
PUB = "Auditor General for Wales"
TITLE = "How local government is funded: the settlement, specific grants and certainty"
DATE = "October 2026"
ABOUT = ("This report looks at how the Welsh Government funds the 22 councils: the revenue "
         "settlement, the specific grants paid alongside it and the timing of both. It "
         "follows our 2024 report on the financial sustainability of local government, in "
         "which councils told us that national processes made financial planning harder.")
FINDINGS = [
    ("Key messages", [
        "Councils received £6.4 billion of revenue funding from the Welsh Government in "
        "2025-26: £5.3 billion through the settlement and £1.1 billion through more than 70 "
        "specific grants. The share paid through specific grants has grown from 13% to 17% "
        "in five years.",
        "The final settlement was confirmed in late February in four of the last five years, "
        "days before councils had to set their budgets and council tax. Only indicative "
        "figures for later years were published, and in two years none at all.",
        "Specific grants carry their own conditions, claims and audit. We estimate that "
        "councils spend the equivalent of 190 full-time posts administering them, and "
        "that a fifth of grant funding is confirmed after the start of the financial year.",
    ]),
    ("What councils told us", [
        "Finance directors told us that the late settlement and the number of grants "
        "confirmed after April lead them to hold higher reserves than they otherwise "
        "would, and to plan savings for one year at a time.",
        "Several councils said that they had turned down or returned grant funding because "
        "it came too late in the year to spend well, or with conditions that did not fit "
        "local needs. Others said that small grants cost more to claim than they are worth.",
        "Councils value the Welsh Government's willingness to discuss the settlement "
        "through the Finance Sub-Group of the Partnership Council, but said the discussion "
        "comes too late to shape the figures.",
    ]),
    ("The funding formula", [
        "The formula that shares out the settlement has not been reviewed in full since "
        "2001. Its indicators are updated each year, but neither councils nor the Welsh "
        "Government could show us that its weights still reflect the cost of services.",
        "Few councillors we spoke to understood how their council's share was worked out, "
        "and councils' own budget reports rarely explain it.",
    ]),
]
EXHIBIT_T = "Exhibit 1: revenue funding of councils from the Welsh Government, 2021-22 to 2025-26"
EXHIBIT = [["Year", "Settlement (£m)", "Specific grants (£m)", "Share in grants",
            "Final settlement confirmed"],
           ["2021-22", "4,650", "690", "13%", "2 March 2021"],
           ["2022-23", "5,050", "820", "14%", "1 March 2022"],
           ["2023-24", "5,130", "930", "15%", "28 February 2023"],
           ["2024-25", "5,230", "1,010", "16%", "27 February 2024"],
           ["2025-26", "5,300", "1,090", "17%", "20 February 2025"]]
SOURCE = ("Source: Audit Wales analysis of the Welsh Government's local government revenue "
          "settlements and specific grant award letters. Figures are rounded.")
CONCLUSIONS = [
    "The way councils are funded makes it harder for them to plan for the medium term, "
    "which our 2024 report found they need to do. The late settlement, the lack of "
    "figures for later years and the number of specific grants all add to the risk.",
    "Much of this is in the Welsh Government's gift. Some of it depends on the timing of "
    "the UK Government's own budget, but the Welsh Government has published indicative "
    "figures in some years and not others without explaining why.",
    "Councils, for their part, can do more to explain the settlement to their councillors "
    "and the public, so that budget decisions are better understood.",
]
INTRO_R = ("Our recommendations are set out below. We will follow up the Welsh Government's "
           "and councils' response to them in 2027-28.")
OWN = {"The Welsh Government should": ["WG"], "Councils should": ["LG"],
       "The Welsh Government and the WLGA should": ["WG", "WLGA"]}
# area: [(label, subject, rest)]
RECS = [
    ("Timing and certainty", [
        ("R1", "The Welsh Government should",
         "confirm the final local government settlement by the end of January each year, "
         "so that councils can set their budgets on known figures."),
        ("R2", "The Welsh Government should",
         "publish indicative settlement figures for at least the two following years with "
         "every final settlement, and explain any change from them."),
    ]),
    ("Specific grants", [
        ("R3", "The Welsh Government should",
         "review its specific grants with a view to moving those that fund core services "
         "into the settlement, starting with the grants of more than £10 million a year."),
        ("R4", "The Welsh Government should",
         "confirm every specific grant's allocation and conditions before the start of the "
         "financial year it funds."),
        ("R5", "The Welsh Government and the WLGA should",
         "agree one set of standard terms and one claim process for the specific grants that "
         "remain."),
    ]),
    ("Transparency of the formula", [
        ("R6", "The Welsh Government should",
         "commission an independent review of the weights of the funding formula and "
         "publish its findings."),
        ("R7", "Councils should",
         "explain in their budget reports how the settlement is worked out and what drives "
         "the change in their share each year."),
    ]),
]


def rec_text(subj, rest):
    return f"{subj} {rest}"


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _r in RECS],
            "recommendations": [{"rec_id": lab, "area": a, "text": rec_text(s, r),
                                 "owners": OWN[s]} for a, rs in RECS for lab, s, r in rs],
            "activities": None}


def write_md() -> None:
    out = [f"# {TITLE}", "", f"{PUB} | {DATE}", "", "## About this report", "", ABOUT, ""]
    for head, ps in FINDINGS:
        out += [f"## {head}", ""] + [p + "\n" for p in ps]
        if head == "Key messages":
            out += [f"**{EXHIBIT_T}**", "", "| " + " | ".join(EXHIBIT[0]) + " |",
                    "|" + "---|" * len(EXHIBIT[0])]
            out += ["| " + " | ".join(r) + " |" for r in EXHIBIT[1:]] + ["", f"*{SOURCE}*", ""]
    out += ["## Our conclusions", ""] + [p + "\n" for p in CONCLUSIONS]
    out += ["## Recommendations", "", INTRO_R, ""]
    for a, rs in RECS:
        out += [f"### {a}", ""]
        out += [f"**{lab}** {rec_text(s, r)}\n" for lab, s, r in rs]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | Audit Wales</title></head><body>",
         '<div class="readspeaker"><a href="#">Listen</a></div>',
         '<header><a href="/" class="logo">Archwilio Cymru | Audit Wales</a><nav><ul><li><a '
         'href="/publications">Publications</a></li><li><a href="/our-work">Our work</a></li>'
         '<li><a href="/news">News</a></li></ul></nav></header><main>',
         f'<p class="type">Report</p><h1>{esc(TITLE)}</h1><p class="date">{DATE} | '
         f'{esc(PUB)}</p>', "<h2>About this report</h2>", f"<p>{esc(ABOUT)}</p>"]
    for head, ps in FINDINGS:
        h.append(f"<h2>{esc(head)}</h2>")
        h += [f"<p>{esc(p)}</p>" for p in ps]
        if head == "Key messages":
            h += [f"<h3>{esc(EXHIBIT_T)}</h3>", "<table><thead><tr>"
                  + "".join(f"<th>{esc(x)}</th>" for x in EXHIBIT[0]) + "</tr></thead><tbody>"]
            h += ["<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in EXHIBIT[1:]]
            h.append(f"</tbody></table><p class=\"source\">{esc(SOURCE)}</p>")
    h += ["<h2>Our conclusions</h2>"] + [f"<p>{esc(p)}</p>" for p in CONCLUSIONS]
    h += ["<h2>Recommendations</h2>", f"<p>{esc(INTRO_R)}</p>"]
    for a, rs in RECS:
        h.append(f"<h3>{esc(a)}</h3>")
        h += [f"<p><strong>{lab}</strong> {esc(rec_text(s, r))}</p>" for lab, s, r in rs]
    h += ['</main><footer><p>Audit Wales, 1 Capital Quarter, Tyndall Street, Cardiff CF10 '
          '4BZ</p><a href="/accessibility">Accessibility statement</a></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def cols(sec, n: int) -> None:
    sp = sec._sectPr
    old = sp.find(qn("w:cols"))
    if old is not None:
        sp.remove(old)
    c = OxmlElement("w:cols")
    c.set(qn("w:num"), str(n))
    c.set(qn("w:space"), "708")
    sp.append(c)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, f"{PUB} – {TITLE}")
    footer_page_numbers(doc, "Audit Wales")
    add_par(doc, "Archwilio Cymru | Audit Wales", bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, f"{PUB} | {DATE}")
    cols(doc.sections[0], 1)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols(sec, 2)
    doc.add_heading("About this report", level=2)
    add_par(doc, ABOUT)

    def findings(part):
        for head, ps in part:
            doc.add_heading(head, level=2)
            for p in ps:
                add_par(doc, p)

    findings(FINDINGS[:2])
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols(sec, 1)
    add_par(doc, EXHIBIT_T, bold=True)
    tb = doc.add_table(rows=0, cols=len(EXHIBIT[0]))
    tb.style = "Table Grid"
    for i, r in enumerate(EXHIBIT):
        cells = tb.add_row().cells
        for c, x in zip(cells, r):
            cell_text(c, x, bold=(i == 0))
            if i == 0:
                shade(c, "D9D9D9")
    add_par(doc, SOURCE).runs[0].italic = True
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols(sec, 2)
    findings(FINDINGS[2:])
    doc.add_heading("Our conclusions", level=2)
    for p in CONCLUSIONS:
        add_par(doc, p)
    doc.add_heading("Recommendations", level=2)
    add_par(doc, INTRO_R)
    for a, rs in RECS:
        doc.add_heading(a, level=3)
        for lab, s, r in rs:
            p = add_par(doc, lab + "\t", bold=True)
            p.add_run(rec_text(s, r))
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    pw, ph = A4
    m, gap = 18 * mm, 8 * mm
    colw = (pw - 2 * m - gap) / 2
    title_h = 50 * mm
    bottom, top = 18 * mm, ph - 18 * mm

    def page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.drawString(m, 10 * mm, f"{TITLE}")
        canv.drawRightString(pw - m, 10 * mm, f"Page {doc.page}")
        canv.setStrokeColor(colors.HexColor("#BFBFBF"))
        x = m + colw + gap / 2
        if doc.pageTemplate.id == "exhibit":
            canv.line(x, bottom, x, top - 50 * mm - ex_h)
            canv.line(x, top - 50 * mm, x, top)
        else:
            canv.line(x, bottom, x, top - title_h if doc.page == 1 else top)
        canv.restoreState()

    ex_h = 62 * mm
    doc = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    doc.addPageTemplates([
        PageTemplate("title", [Frame(m, top - title_h, pw - 2 * m, title_h, id="t"),
                               Frame(m, bottom, colw, top - title_h - bottom, id="l1"),
                               Frame(m + colw + gap, bottom, colw, top - title_h - bottom,
                                     id="r1")], onPage=page),
        PageTemplate("exhibit", [Frame(m, top - 50 * mm, colw, 50 * mm, id="l2a"),
                                 Frame(m + colw + gap, top - 50 * mm, colw, 50 * mm, id="r2a"),
                                 Frame(m, top - 50 * mm - ex_h, pw - 2 * m, ex_h, id="x"),
                                 Frame(m, bottom, colw, top - 50 * mm - ex_h - bottom, id="l2b"),
                                 Frame(m + colw + gap, bottom, colw,
                                       top - 50 * mm - ex_h - bottom, id="r2b")],
                     onPage=page),
        PageTemplate("cols", [Frame(m, bottom, colw, top - bottom, id="l"),
                              Frame(m + colw + gap, bottom, colw, top - bottom, id="r")],
                     onPage=page)])
    big = st["title"].clone("big", fontSize=20, leading=25)
    story = [Paragraph("Archwilio Cymru | Audit Wales", st["h2"]), Paragraph(esc(TITLE), big),
             Paragraph(f"{esc(PUB)}  |  {DATE}", st["body"]), FrameBreak(),
             NextPageTemplate("exhibit"),
             Paragraph("About this report", st["h1"]), Paragraph(esc(ABOUT), st["body"])]
    for head, ps in FINDINGS[:2]:
        story.append(Paragraph(esc(head), st["h1"]))
        story += [Paragraph(esc(p), st["body"]) for p in ps]
    # page 2: the end of the key messages fills the top columns, then the exhibit
    story += [PageBreak()]  # (to page 2, frame l2a)
    for head, ps in FINDINGS[2:]:
        story.append(Paragraph(esc(head), st["h1"]))
        story += [Paragraph(esc(p), st["body"]) for p in ps]
    story += [FrameBreak("x"), Paragraph(f"<b>{esc(EXHIBIT_T)}</b>", st["body"])]
    t = Table([[Paragraph(f"<b>{esc(x)}</b>" if i == 0 else x, st["cell"]) for x in r]
               for i, r in enumerate(EXHIBIT)], colWidths=[(pw - 2 * m) / 5] * 5,
              rowHeights=None)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]))
    story += [t, Paragraph(f"<i>{esc(SOURCE)}</i>", st["small"]), FrameBreak("l2b"),
              NextPageTemplate("cols"), Paragraph("Our conclusions", st["h1"])]
    story += [Paragraph(esc(p), st["body"]) for p in CONCLUSIONS]
    story += [
              Paragraph("Recommendations", st["h1"]), Paragraph(esc(INTRO_R), st["body"])]
    for a, rs in RECS:
        story.append(Paragraph(esc(a), st["h2"]))
        story += [Paragraph(f"<b>{lab}</b>  {esc(rec_text(s, r))}", st["body"])
                  for lab, s, r in rs]
    doc.build(story)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
