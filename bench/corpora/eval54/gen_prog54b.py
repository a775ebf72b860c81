"""prog54b: a council Cabinet QUARTER 3 PERFORMANCE REPORT of the shipped programme kind: Bro
Morlais County Borough Council (invented), "Corporate Plan 2023-28: Quarter 3 Performance Report
2025-26", Cabinet 17 February 2026.

Layout: a cover report (Purpose, Recommendation "That Cabinet notes ..." (not an item),
Background, Summary of performance, Financial implications naming two grants and the council's
own reserve) and Appendix A, a LANDSCAPE action table `Well-being objective | Step | Action |
Responsible officer | Q3 update | Status | Expected completion`, the objective and step cells
spanning their rows (merged), statuses Complete / On target / Slipped / Not started, expected
completion a quarter string ("Q4 2025/26", "Q2 2026-27"), a month ("March 2026") or "Ongoing".
In the PDF the table breaks over pages with the header row repeated and a row's Q3 update
continuing onto the next page.

The reading: items the 15 action rows, text the Action cell; section the objective's printed
number; status from the Status column (Complete done, On target in progress, Slipped at risk,
Not started planned); quarter the financial-year quarter of Expected completion ("Q4 2025/26"
2025-26 Q4, "March 2026" 2025-26 Q4, "Q2 2026-27" 2026-27 Q2), None for "Ongoing"; partners
named in the Action cell. Priorities the three well-being objectives. Grants: the UK Shared
Prosperity Fund £1,450,000 and the Transforming Towns Placemaking Grant £375,000, 2025-26; the
council's Regeneration Reserve is its own money. Date the Cabinet meeting, 2026-02-17.
Forms: .pdf (portrait cover report, landscape appendix); .docx (the same, a landscape section,
vMerge cells, repeated header row); .html the council's modern.gov agenda item page (rowspan
cells); .txt a copy-paste of the PDF (pdfium's text, page furniture included).
"""
from __future__ import annotations

import common54 as C
from common54 import A4, esc, landscape, moderngov_page, vmerge
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Table, TableStyle)

NAME = "prog54b-cabinet-q3-performance-report"
COUNCIL = "Bro Morlais County Borough Council"
TITLE = "Corporate Plan 2023-28: Quarter 3 Performance Report 2025-26"
MEETING = "Cabinet, 17 February 2026"
HEAD = ["Well-being objective", "Step", "Action", "Responsible officer", "Q3 update", "Status",
        "Expected completion"]
STATUS = {"Complete": "done", "On target": "in progress", "Slipped": "at risk",
          "Not started": "planned"}
# (objective, [(step, [(action, officer, update, status, expected, quarter, partners)])])
OBJECTIVES = [
    ("A thriving and fair local economy", [
        ("1.1 Regenerate our town centres", [
            ("Deliver the Morlais town centre placemaking plan, including the refurbishment of "
             "the market hall.", "Head of Regeneration",
             "The main contractor was appointed in November and works started on site on 12 "
             "January. The market traders have moved to the temporary hall on Stryd Fawr.",
             "On target", "Q2 2026-27", "2026-27 Q2", []),
            ("Bring 20 empty commercial properties back into use through the town centre loans "
             "scheme.", "Regeneration Manager",
             "11 properties are back in use and four further loans were approved in December.",
             "On target", "March 2026", "2025-26 Q4", []),
            ("Introduce free parking for two hours in the three district towns.",
             "Head of Highways", "Free parking was introduced on 1 October 2025.",
             "Complete", "Q3 2025/26", "2025-26 Q3", []),
        ]),
        ("1.2 Help people into work", [
            ("Support 300 people into training or work through the Morlais Works "
             "employability programme.", "Employability Manager",
             "246 people have been supported to the end of December, 71 of them into paid "
             "work.", "On target", "Q4 2025/26", "2025-26 Q4", []),
            ("Open a second jobs hub in Pentre Isaf.", "Employability Manager",
             "Negotiations on the lease of the preferred building in Pentre Isaf have taken "
             "much longer than expected because the landlord has asked for changes to the "
             "repairing obligations. Legal Services are reviewing the revised heads of terms "
             "and a report will go to the Property Board in March. If the lease is agreed, the "
             "fit-out will take about twelve weeks, so the hub is now expected to open in the "
             "summer rather than in February as planned. Outreach sessions continue in the "
             "library in the meantime.",
             "Slipped", "Q2 2026-27", "2026-27 Q2", []),
        ]),
    ]),
    ("Healthy, safe and resilient communities", [
        ("2.1 Support older people to live independently", [
            ("Extend the reablement service to seven days a week.", "Head of Adult Services",
             "Weekend cover started in two of the three localities in December.", "On target",
             "Q4 2025/26", "2025-26 Q4", []),
            ("Recruit 25 more domiciliary care workers through the Care to Work campaign with "
             "Social Care Wales.", "Workforce Development Lead",
             "18 care workers have been recruited and the campaign has been extended to "
             "March.", "On target", "March 2026", "2025-26 Q4", ["Social Care Wales"]),
            ("Open the extra care housing scheme at Heol y Bryn.", "Head of Housing",
             "The building was handed over in December and the first tenants moved in on 12 "
             "January 2026.", "Complete", "January 2026", "2025-26 Q4", []),
        ]),
        ("2.2 Keep our communities safe", [
            ("Upgrade the CCTV cameras in the five town centres.", "Community Safety Manager",
             "The procurement was delayed by a challenge to the tender from an unsuccessful "
             "bidder. Legal advice is that the evaluation should be repeated, and the contract "
             "will be re-tendered in February with a revised specification agreed with North "
             "Wales Police. The existing cameras remain in use and have been serviced, and the "
             "two cameras that failed in November have been replaced under the maintenance "
             "contract. Installation is now expected in the first quarter of 2026-27.", "Slipped", "Q1 2026-27", "2026-27 Q1", []),
            ("Launch the Safe at Home falls prevention service with the health board.",
             "Head of Adult Services",
             "The service design has been agreed; recruitment will start in April.",
             "Not started", "Q1 2026-27", "2026-27 Q1", []),
        ]),
    ]),
    ("A greener Bro Morlais", [
        ("3.1 Cut the council's carbon emissions", [
            ("Install solar panels on 12 council buildings.", "Energy Manager",
             "Eight installations are complete and the remaining four are scheduled for "
             "February and March.", "On target", "Q4 2025/26", "2025-26 Q4", []),
            ("Replace 40 fleet vehicles with electric or hybrid vehicles.", "Fleet Manager",
             "22 vehicles have been replaced; the electric refuse vehicles are delayed by the "
             "manufacturer.", "Slipped", "Q4 2026-27", "2026-27 Q4", []),
            ("Provide carbon literacy training for all managers with Academi Wales.",
             "Head of Organisational Development",
             "164 managers have completed the training so far.", "On target", "Ongoing",
             None, ["Academi Wales"]),
        ]),
        ("3.2 Increase recycling", [
            ("Introduce weekly kerbside collection of small electrical items and textiles.",
             "Head of Waste Services", "The service was rolled out across the county in "
             "November 2025.", "Complete", "Q3 2025/26", "2025-26 Q3", []),
            ("Raise the recycling rate to 72 per cent.", "Waste Strategy Manager",
             "The provisional rate at the end of quarter 3 is 68.9 per cent.", "On target",
             "March 2026", "2025-26 Q4", []),
        ]),
    ]),
]
COVER = [
    ("1. Purpose of the report",
     ["1.1 To report progress at the end of quarter 3 (October to December 2025) on the "
      "actions in the Corporate Plan 2023-28 for 2025-26."]),
    ("2. Recommendation",
     ["2.1 That Cabinet notes the progress made at the end of quarter 3 and the actions that "
      "have slipped, set out in Appendix A."]),
    ("3. Background",
     ["3.1 The Corporate Plan 2023-28 sets out the council's three well-being objectives and "
      "the steps it will take to meet them. Progress is reported to Cabinet every quarter and "
      "to the Corporate Overview and Scrutiny Committee twice a year."]),
    ("4. Summary of performance",
     ["4.1 Of the 15 actions for 2025-26, 3 are complete, 8 are on target, 3 have slipped and "
      "1 has not started. The actions that have slipped are explained in the Q3 update "
      "column of Appendix A."]),
    ("5. Financial implications",
     ["5.1 The actions are funded from the council's revenue and capital budgets and from "
      "external grants, including the UK Shared Prosperity Fund allocation of £1,450,000 for "
      "2025-26 and a Transforming Towns Placemaking Grant of £375,000 from the Welsh "
      "Government for 2025-26. A further £200,000 has been drawn from the council's "
      "Regeneration Reserve for the market hall."]),
]
CONTACT = "Contact officer: Nia Pritchard, Head of Policy and Performance, 01656 643210"


def rows():
    """(objective no, objective, step, action row, first-of-objective, first-of-step)."""
    for i, (obj, steps) in enumerate(OBJECTIVES, 1):
        for s, (step, actions) in enumerate(steps):
            for a, act in enumerate(actions):
                yield i, obj, step, act, s == 0 and a == 0, a == 0


def reading() -> dict:
    items = []
    for i, _obj, step, act, _fo, _fs in rows():
        text, _off, _upd, status, _exp, q, partners = act
        items.append({"ref": step.split()[0], "section": str(i), "text": text,
                      "status": STATUS[status], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2026-02-17",
            "priorities": [o for o, _s in OBJECTIVES], "items": items,
            "grants": [{"grant": "UK Shared Prosperity Fund", "amount_gbp": 1450000,
                        "financial_year": "2025-26"},
                       {"grant": "Transforming Towns Placemaking Grant", "amount_gbp": 375000,
                        "financial_year": "2025-26"}]}


def obj_label(i: int, obj: str) -> str:
    return f"{i}. {obj}"


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = C.pdf_styles(9.5)
    cell = st["cell"]
    pw, ph = A4
    lw, lh = landscape(A4)
    m = 18 * C.mm

    def furniture(c, d):
        w, h = c._pagesize
        c.saveState()
        c.setFont("DejaVu", 7.5)
        c.drawString(m, h - 11 * C.mm, COUNCIL)
        c.drawRightString(w - m, h - 11 * C.mm, MEETING)
        c.drawString(m, 9 * C.mm, TITLE)
        c.drawRightString(w - m, 9 * C.mm, f"Page {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(str(C.OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE, author=COUNCIL)
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(m, 18 * C.mm, pw - 2 * m, ph - 36 * C.mm)],
                     onPage=furniture, pagesize=A4),
        PageTemplate("landscape", [Frame(m, 16 * C.mm, lw - 2 * m, lh - 32 * C.mm)],
                     onPage=furniture, pagesize=landscape(A4))])
    story = [Paragraph(esc(COUNCIL.upper()), st["h2"]),
             Paragraph("REPORT TO CABINET", st["h2"]),
             Table([[Paragraph("<b>Date of meeting</b>", cell), Paragraph("17 February 2026", cell)],
                    [Paragraph("<b>Report of</b>", cell),
                     Paragraph("Head of Policy and Performance", cell)],
                    [Paragraph("<b>Subject</b>", cell), Paragraph(esc(TITLE), cell)]],
                   colWidths=[45 * C.mm, 120 * C.mm], hAlign="LEFT",
                   style=TableStyle(list(C.GRID))),
             Paragraph(esc(TITLE), st["title"])]
    for head, paras in COVER:
        story.append(Paragraph(esc(head), st["h1"]))
        story += [Paragraph(esc(p), st["body"]) for p in paras]
    story += [Paragraph(esc(CONTACT), st["small"]), NextPageTemplate("landscape"), PageBreak(),
              Paragraph("Appendix A – Corporate Plan actions: position at the end of quarter 3 "
                        "2025-26", st["h1"])]
    # The objective and step cells "span" their rows as a print of merged cells does: no rule
    # between the rows of a span (a PDF has no merged cells, only missing lines), the text
    # once at the top. Word broke the table inside the CCTV row: its Q3 update runs on to the
    # next page, under the repeated header row, beside empty cells.
    head = [Paragraph(f"<b>{esc(x)}</b>", cell) for x in HEAD]
    body, ends = [], []
    n_obj = {i: sum(len(a) for _s, a in steps) for i, (_o, steps) in enumerate(OBJECTIVES, 1)}
    seen_obj: dict[int, int] = {}
    for i, obj, step, act, fo, fs in rows():
        text, off, upd, status, exp, _q, _p = act
        seen_obj[i] = seen_obj.get(i, 0) + 1
        step_len = next(len(a) for _o, st_ in OBJECTIVES for s_, a in st_ if s_ == step)
        body.append([Paragraph(esc(obj_label(i, obj)), cell) if fo else "",
                     Paragraph(esc(step), cell) if fs else "", Paragraph(esc(text), cell),
                     Paragraph(esc(off), cell), Paragraph(esc(upd), cell),
                     Paragraph(esc(status), cell), Paragraph(esc(exp), cell)])
        ends.append((seen_obj[i] == n_obj[i], act is next(
            a for _o, st_ in OBJECTIVES for s_, a in st_ if s_ == step)[-1]))
    k = next(n for n, r_ in enumerate(body) if "CCTV" in r_[2].text)
    upd = next(a[2] for _o, st_ in OBJECTIVES for _s, acts in st_ for a in acts
               if "CCTV" in a[0])
    cut = upd.index(" should be repeated,") + len(" should be repeated,")
    first_part = list(body[k])
    first_part[4] = Paragraph(esc(upd[:cut]), cell)
    rest_part = ["", "", "", "", Paragraph(esc(upd[cut:].strip()), cell), "", ""]

    def rules(ends_):
        out = [("BOX", (0, 0), (-1, -1), 0.5, C.colors.black),
               ("LINEAFTER", (0, 0), (-2, -1), 0.5, C.colors.black),
               ("LINEBELOW", (0, 0), (-1, 0), 0.5, C.colors.black),
               ("VALIGN", (0, 0), (-1, -1), "TOP"),
               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
               ("BACKGROUND", (0, 0), (-1, 0), C.colors.HexColor("#D9E2F3"))]
        for n, (end_obj, end_step, end_row) in enumerate(ends_, 1):
            if end_row:
                out.append(("LINEBELOW", (2, n), (-1, n), 0.5, C.colors.black))
            if end_step:
                out.append(("LINEBELOW", (1, n), (1, n), 0.5, C.colors.black))
            if end_obj:
                out.append(("LINEBELOW", (0, n), (0, n), 0.5, C.colors.black))
        return out
    e1 = [(o, s_, True) for o, s_ in ends[:k]] + [(False, False, False)]
    e2 = [(ends[k][0], ends[k][1], True)] + [(o, s_, True) for o, s_ in ends[k + 1:]]
    widths = [x * C.mm for x in (36, 34, 52, 30, 78, 20, 22)]
    t1 = Table([head] + body[:k] + [first_part], colWidths=widths)
    t1.setStyle(TableStyle(rules(e1)))
    t2 = Table([head] + [rest_part] + body[k + 1:], colWidths=widths, repeatRows=1)
    t2.setStyle(TableStyle(rules(e2)))
    story += [t1, PageBreak()]
    t = t2
    story.append(t)
    doc.build(story)


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, f"{COUNCIL}\t\t{MEETING}")
    C.footer_page_numbers(doc, TITLE)
    C.add_par(doc, COUNCIL.upper(), bold=True)
    C.add_par(doc, "REPORT TO CABINET", bold=True)
    tb = doc.add_table(rows=3, cols=2)
    tb.style = "Table Grid"
    for row, (k, v) in zip(tb.rows, [("Date of meeting", "17 February 2026"),
                                     ("Report of", "Head of Policy and Performance"),
                                     ("Subject", TITLE)]):
        C.cell_text(row.cells[0], k, bold=True)
        C.cell_text(row.cells[1], v)
    doc.add_heading(TITLE, level=1)
    for head, paras in COVER:
        doc.add_heading(head, level=2)
        for p in paras:
            C.add_par(doc, p)
    C.add_par(doc, CONTACT, size=9)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(15)
    doc.add_heading("Appendix A – Corporate Plan actions: position at the end of quarter 3 "
                    "2025-26", level=2)
    all_rows = list(rows())
    t = doc.add_table(rows=1 + len(all_rows), cols=len(HEAD))
    t.style = "Table Grid"
    C.header_row(t, HEAD, "D9E2F3", size=9)
    for k, (i, obj, step, act, _fo, _fs) in enumerate(all_rows, 1):
        text, off, upd, status, exp, _q, _p = act
        for c, x in zip(t.rows[k].cells[2:], (text, off, upd, status, exp)):
            C.cell_text(c, x, size=9)
    r = 1
    for i, (obj, steps) in enumerate(OBJECTIVES, 1):
        n_obj = sum(len(a) for _s, a in steps)
        vmerge(t, 0, r, r + n_obj - 1, obj_label(i, obj), size=9)
        rr = r
        for step, acts in steps:
            vmerge(t, 1, rr, rr + len(acts) - 1, step, size=9)
            rr += len(acts)
        r += n_obj
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ modern.gov page
def write_html() -> None:
    body = [f"<p><strong>{esc(COUNCIL.upper())}</strong></p>",
            "<p><strong>REPORT TO CABINET</strong></p>",
            '<table class="mgTable"><tr><td><strong>Date of meeting</strong></td><td>17 '
            "February 2026</td></tr><tr><td><strong>Report of</strong></td><td>Head of Policy "
            "and Performance</td></tr><tr><td><strong>Subject</strong></td><td>"
            f"{esc(TITLE)}</td></tr></table>", f"<h2>{esc(TITLE)}</h2>"]
    for head, paras in COVER:
        body.append(f"<h3>{esc(head)}</h3>")
        body += [f"<p>{esc(p)}</p>" for p in paras]
    body.append(f"<p>{esc(CONTACT)}</p>")
    body += ["<h3>Appendix A – Corporate Plan actions: position at the end of quarter 3 "
             "2025-26</h3>", '<table class="mgStatsTable" border="1"><thead><tr>'
             + "".join(f"<th>{esc(h)}</th>" for h in HEAD) + "</tr></thead><tbody>"]
    counts_obj = {i: sum(len(a) for _s, a in steps) for i, (_o, steps) in
                  enumerate(OBJECTIVES, 1)}
    counts_step = {step: len(acts) for _o, steps in OBJECTIVES for step, acts in steps}
    for i, obj, step, act, fo, fs in rows():
        text, off, upd, status, exp, _q, _p = act
        cells = []
        if fo:
            cells.append(f'<td rowspan="{counts_obj[i]}">{esc(obj_label(i, obj))}</td>')
        if fs:
            cells.append(f'<td rowspan="{counts_step[step]}">{esc(step)}</td>')
        cells += [f"<td>{esc(x)}</td>" for x in (text, off, upd, status, exp)]
        body.append("<tr>" + "".join(cells) + "</tr>")
    body.append("</tbody></table>")
    (C.OUT / f"{NAME}.html").write_text(moderngov_page(
        COUNCIL, "democracy.bromorlais.gov.uk", "Cabinet",
        "Cabinet, Tuesday, 17th February, 2026 2.00 pm", TITLE.upper(), body,
        ["Q3 Performance Report - Cover report PDF 210 KB",
         "Appendix A - Corporate Plan actions Q3 PDF 388 KB"]), encoding="utf-8")


def write_txt() -> None:
    (C.OUT / f"{NAME}.txt").write_text(C.pdf_copy_text(NAME), encoding="utf-8")


if __name__ == "__main__":
    write_pdf()
    write_docx()
    write_html()
    write_txt()
    print(NAME, len(reading()["items"]))
