"""prog54a: a WLGA programme update of the SHIPPED KIND whose Word file has TEXT BOXES: the
WLGA Improvement Programme 2025-26 Quarter 3 update to WLGA Council (30 January 2026).

Layout: the shipped paper's Purpose / Background / Recommendation paragraphs 1-4 (one Word
list), "Progress Update" with "Priority N: ..." headings (typed) and numbered paragraphs 1.1 ..
(Word numbering "N.%1", one list a priority), each opening with a BOLD STATUS LABEL
("Complete:", "On track:", "Behind schedule:", "Not started:", a key printed above); an "At a
glance" sidebar in a floating TEXT BOX (mc:AlternateContent, DrawingML wps:txbx with the VML
v:textbox fallback holding the same text, as Word writes it) with "£800,000 grant" and "14
actions, 10 on track"; a pull-quote text box from a council leader (not an item).

The reading: items the 14 numbered paragraphs (text without the bold status label), section
the priority's number, status from the label through the printed key (Complete done, On track
in progress, Behind schedule at risk, Not started planned), quarter the 2025-26 / 2026-27
financial-year quarter of the outstanding date (None where no date), partners named in the
text. Grants: the Improvement Programme Grant £800,000 and the Digital Democracy Fund £60,000,
2025-26 (the sidebar's "£800,000 grant" is the same grant: once). The sidebar and the quote
are not items.
Forms: .docx; .pdf the Word print, the sidebar printed beside the body on page 1 (so a line
read across the page mixes the two); .html the WLGA website with an `<aside>` sidebar and a
`<blockquote>`; .md pandoc's export of the Word file (text boxes as block quotes, the item
lists renumbered "1." under each heading).
"""
from __future__ import annotations

import common54 as C
from common54 import B, esc, new_list, page, set_num, text_box
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

NAME = "prog54a-improvement-programme-text-boxes"
TITLE = "WLGA Improvement Programme 2025-26: Quarter 3 Update"
DATE_PRINTED = "30th January 2026"
HEADER = "WLGA COUNCIL – 30 JANUARY 2026 – ITEM 5"

PURPOSE = ["To update Members on progress with the WLGA Improvement Programme 2025-26 at the "
           "end of the third quarter and to highlight the areas where delivery is behind "
           "schedule."]
BACKGROUND = [
    "The Improvement Programme supports sector-led improvement across the 22 councils through "
    "peer challenge, development for members and officers, and shared tools and guidance.",
    "The Welsh Government awarded an Improvement Programme Grant of £800,000 for 2025-26 on "
    "the basis of the delivery plan endorsed by Leaders in March 2025. A further £60,000 from "
    "the Digital Democracy Fund for 2025-26 supports webcasting and hybrid meetings.",
]
RECOMMENDATION = ["Members are asked to note the progress made at the end of quarter 3 and the "
                  "action being taken on the work that is behind schedule."]
KEY = ("Status key: Complete – delivered; On track – in progress to plan; Behind schedule – "
       "delayed or at risk; Not started – due to begin later.")
GLANCE = [("£800,000", "grant from the Welsh Government for 2025-26"),
          ("14 actions,", "10 on track"),
          ("22", "councils using the programme"),
          ("6", "corporate peer challenges completed")]
QUOTE = ("“The peer challenge gave our cabinet an honest outside view at exactly the right "
         "time, and the mentoring that followed has made a real difference.”")
QUOTE_BY = "– Cllr Eleri Vaughan, Leader of a participating council"
STATUS = {"Complete": "done", "On track": "in progress", "Behind schedule": "at risk",
          "Not started": "planned"}
# (priority, [(label, text, quarter, partners)])
PRIORITIES = [
    ("Scrutiny and governance", [
        ("On track", "Scrutiny development sessions with the Centre for Governance and Scrutiny "
         "have been held in 14 councils, with the remaining eight booked for February and "
         "March 2026.", "2025-26 Q4", ["Centre for Governance and Scrutiny"]),
        ("Complete", "The self-evaluation toolkit for governance and audit committees was "
         "published in November 2025.", "2025-26 Q3", []),
        ("On track", "A national induction for lay members of governance and audit committees "
         "is being designed with CIPFA for launch in April 2026.", "2026-27 Q1", ["CIPFA"]),
        ("Behind schedule", "The review of model council constitutions has been delayed by the "
         "absence of the project lead and will now report in June 2026.", "2026-27 Q1", []),
        ("On track", "Webcasting support paid for by the Digital Democracy Fund has been offered "
         "to every council, and nine have taken it up so far.", None, []),
    ]),
    ("Performance and self-assessment", [
        ("On track", "Data Cymru is refreshing the self-assessment dashboard with the 2024-25 "
         "national measures, due by the end of February 2026.", "2025-26 Q4", ["Data Cymru"]),
        ("On track", "Three councils have been supported to prepare for their panel performance "
         "assessment this year, and work with a fourth starts in January 2026.", "2025-26 Q4",
         []),
        ("Complete", "A good practice guide on reporting performance to the public was produced "
         "with Audit Wales and sent to all councils in October 2025.", "2025-26 Q3",
         ["Audit Wales"]),
        ("On track", "The performance officers' network met in December 2025 and meets again in "
         "March 2026 to compare approaches to setting well-being objectives.", "2025-26 Q4", []),
        ("Not started", "A review of risk management maturity across councils will begin in "
         "quarter 1 of 2026-27.", "2026-27 Q1", []),
    ]),
    ("Leadership and peer support", [
        ("On track", "Corporate peer challenges have been completed in six councils with the "
         "LGA, and two more are arranged for March 2026.", "2025-26 Q4", ["LGA"]),
        ("On track", "The North Wales leadership programme for councillors ran in November 2025; "
         "the South Wales programme, delivered with Academi Wales, runs from January to March "
         "2026.", "2025-26 Q4", ["Academi Wales"]),
        ("On track", "Mentoring for new council leaders and chief executives is in place with "
         "SOLACE, and 11 mentoring pairs are active.", None, ["SOLACE"]),
        ("On track", "A peer support offer for councils under financial pressure is being "
         "developed with the Society of Welsh Treasurers and will be ready by September 2026.",
         "2026-27 Q2", ["Society of Welsh Treasurers"]),
    ]),
]
QUOTE_AFTER = 2  # the pull quote sits in priority 3, after its first paragraph
CONTACT = ["Author: Rhodri Llewellyn, Improvement Programme Manager",
           "Tel: 029 2046 8600", "E-mail: rhodri.llewellyn@wlga.gov.uk"]


def reading() -> dict:
    items = []
    for i, (_name, rows) in enumerate(PRIORITIES, 1):
        for j, (label, t, q, partners) in enumerate(rows, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": t,
                          "status": STATUS[label], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2026-01-30",
            "priorities": [p for p, _r in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement Programme Grant", "amount_gbp": 800000,
                        "financial_year": "2025-26"},
                       {"grant": "Digital Democracy Fund", "amount_gbp": 60000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.header_text(doc, HEADER)
    C.footer_page_numbers(doc, "WLGA Improvement Programme 2025-26 – Quarter 3")
    C.add_par(doc, DATE_PRINTED)
    doc.add_heading(TITLE, level=1)
    paras = new_list(doc, "decimal", "%1.")
    doc.add_heading("Purpose", level=2)
    first = None
    for t in PURPOSE:
        first = C.add_par(doc, t)
        set_num(first, paras)
    # the sidebar: a floating text box anchored to the first Purpose paragraph
    text_box(first, [("At a glance", True, 13)] + [x for n, w in GLANCE
                                                   for x in ((n, True, 16), (w, False, 9))],
             "1F5C73", 1900000, 3900000, shape_id=1, name="Text Box 1")
    doc.add_heading("Background", level=2)
    for t in BACKGROUND:
        set_num(C.add_par(doc, t), paras)
    doc.add_heading("Progress Update", level=2)
    kp = C.add_par(doc, KEY, size=9)
    kp.runs[0].italic = True
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"Priority {i}: {name}", level=3)
        nid = new_list(doc, "decimal", f"{i}.%1")
        for j, (label, t, _q, _p) in enumerate(rows, 1):
            p = C.add_par(doc, f"{label}:", bold=True)
            p.add_run(" " + t)
            set_num(p, nid)
            if i == 3 and j == QUOTE_AFTER - 1:
                text_box(p, [(QUOTE, False, 12), (QUOTE_BY, True, 9)], "7A3B69", 2300000,
                         1500000, shape_id=2, name="Text Box 2")
    doc.add_heading("Recommendation", level=2)
    for t in RECOMMENDATION:
        set_num(C.add_par(doc, t), paras)
    for t in CONTACT:
        C.add_par(doc, t, size=9)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (Word's print)
def write_pdf() -> None:
    w, h = C.A4
    m = 20 * C.mm
    side = 52 * C.mm
    gap = 6 * C.mm
    top, bottom = h - 20 * C.mm, 18 * C.mm

    def furniture(c, d):
        c.saveState()
        c.setFont("DejaVu", 8)
        c.drawString(m, h - 12 * C.mm, HEADER)
        c.drawString(m, 10 * C.mm, "WLGA Improvement Programme 2025-26 – Quarter 3")
        c.drawRightString(w - m, 10 * C.mm, f"Page {d.page}")
        c.restoreState()

    def first(c, d):
        furniture(c, d)
        c.saveState()
        c.setFillColor(C.colors.HexColor("#1F5C73"))
        c.rect(w - m - side, top - 112 * C.mm, side, 104 * C.mm, fill=1, stroke=0)
        c.restoreState()

    main_w = w - 2 * m - side - gap
    doc = BaseDocTemplate(str(C.OUT / f"{NAME}.pdf"), pagesize=C.A4, title=TITLE,
                          author="WLGA")
    doc.addPageTemplates([
        PageTemplate("first", [Frame(w - m - side, top - 112 * C.mm, side, 104 * C.mm,
                                     id="glance", leftPadding=8, rightPadding=8),
                               Frame(m, bottom, main_w, top - bottom, id="main1")],
                     onPage=first),
        PageTemplate("rest", [Frame(m, bottom, w - 2 * m, top - bottom, id="main")],
                     onPage=furniture)])
    st = C.pdf_styles(10)
    white = st["body"].clone("white", textColor=C.colors.white, fontSize=8.5, leading=11)
    big = st["body"].clone("big", textColor=C.colors.white, fontName="DejaVu-Bold",
                           fontSize=15, leading=18, spaceAfter=1)
    gh = st["h1"].clone("gh", textColor=C.colors.white)
    story = [Paragraph("At a glance", gh)]
    for n, wd in GLANCE:
        story += [Paragraph(esc(n), big), Paragraph(esc(wd), white), Spacer(1, 2 * C.mm)]
    story += [FrameBreak(), NextPageTemplate("rest"),
              Paragraph(DATE_PRINTED, st["body"]), Paragraph(esc(TITLE), st["title"])]
    n = 0

    def numbered(texts):
        nonlocal n
        out = []
        for t in texts:
            n += 1
            out.append(Paragraph(f"{n}.&nbsp;&nbsp;{esc(t)}", st["body"]))
        return out
    story += [Paragraph("Purpose", st["h1"])] + numbered(PURPOSE)
    story += [Paragraph("Background", st["h1"])] + numbered(BACKGROUND)
    story += [Paragraph("Progress Update", st["h1"]),
              Paragraph(f"<i>{esc(KEY)}</i>", st["small"])]
    quote = st["body"].clone("quote", textColor=C.colors.white, fontSize=11, leading=14)
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        story.append(Paragraph(esc(f"Priority {i}: {name}"), st["h2"]))
        for j, (label, t, _q, _p) in enumerate(rows, 1):
            story.append(Paragraph(f"{i}.{j}&nbsp;&nbsp;<b>{esc(label)}:</b> {esc(t)}",
                                   st["body"]))
            if i == 3 and j == QUOTE_AFTER - 1:
                box = Table([[Paragraph(esc(QUOTE), quote)],
                             [Paragraph(f"<b>{esc(QUOTE_BY)}</b>", white)]],
                            colWidths=[90 * C.mm], hAlign="RIGHT")
                box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                          C.colors.HexColor("#7A3B69")),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
                story += [Spacer(1, 2 * C.mm), box, Spacer(1, 2 * C.mm)]
    story += [Paragraph("Recommendation", st["h1"])] + numbered(RECOMMENDATION)
    story += [Paragraph(esc(t), st["small"]) for t in CONTACT]
    doc.build(story)


# ------------------------------------------------------------------ web page
def write_html() -> None:
    body = ['<div class="field field--name-field-date"><time datetime="2026-01-30">'
            f"{DATE_PRINTED}</time></div>", f"<h1>{esc(TITLE)}</h1>",
            '<aside class="at-a-glance" aria-labelledby="glance-h"><h2 id="glance-h">At a '
            'glance</h2><ul class="stats">'
            + "".join(f'<li><span class="stat-figure">{esc(n)}</span> <span class="stat-'
                      f'label">{esc(wd)}</span></li>' for n, wd in GLANCE) + "</ul></aside>",
            "<h2>Purpose</h2>", "<ol>" + "".join(f"<li>{esc(t)}</li>" for t in PURPOSE)
            + "</ol>", "<h2>Background</h2>", '<ol start="2">'
            + "".join(f"<li>{esc(t)}</li>" for t in BACKGROUND) + "</ol>",
            "<h2>Progress Update</h2>", f'<p class="key"><em>{esc(KEY)}</em></p>']
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        body.append(f"<h3>Priority {i}: {esc(name)}</h3>")
        for j, (label, t, _q, _p) in enumerate(rows, 1):
            body.append(f'<p class="numbered">{i}.{j} <strong>{esc(label)}:</strong> '
                        f"{esc(t)}</p>")
            if i == 3 and j == QUOTE_AFTER - 1:
                body.append(f'<blockquote class="pull-quote"><p>{esc(QUOTE)}</p><footer>'
                            f"{esc(QUOTE_BY)}</footer></blockquote>")
    body += ["<h2>Recommendation</h2>", '<ol start="4">'
             + "".join(f"<li>{esc(t)}</li>" for t in RECOMMENDATION) + "</ol>",
             '<div class="contact">' + "".join(f"<p>{esc(t)}</p>" for t in CONTACT)
             + "</div>"]
    (C.OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Our work", "Improvement", "WLGA Council papers"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    """pandoc -f docx -t markdown: the header and footer dropped, text boxes as block quotes
    where they are anchored, Word's list numbers written as "1.  " (each priority's list
    starts again at 1; the paragraphs 1-4 keep their start numbers)."""
    L = [DATE_PRINTED, "", f"# {TITLE}", "", "## Purpose", ""]
    L += [f"1.  {PURPOSE[0]}", ""]
    L += ["> **At a glance**", ">"]
    for n, wd in GLANCE:
        L += [f"> **{n}**", ">", f"> {wd}", ">"]
    L[-1] = ""
    L += ["## Background", ""]
    L += [f"{k}.  {t}" for k, t in enumerate(BACKGROUND, 2)] + [""]
    L += ["## Progress Update", "", f"*{KEY}*", ""]
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        L += [f"### Priority {i}: {name}", ""]
        for j, (label, t, _q, _p) in enumerate(rows, 1):
            L += [f"{j}.  **{label}:** {t}", ""]
            if i == 3 and j == QUOTE_AFTER - 1:
                L += [f"> {QUOTE}", ">", f"> **{QUOTE_BY}**", ""]
    L += ["## Recommendation", "", f"4.  {RECOMMENDATION[0]}", ""] + [x for t in CONTACT
                                                                   for x in (t, "")]
    (C.OUT / f"{NAME}.md").write_text("\n".join(L).rstrip() + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_docx()
    write_pdf()
    write_html()
    write_md()
    print(NAME, len(reading()["items"]))
