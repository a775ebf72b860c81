"""prog39b: a programme update of the SHIPPED KIND written as a LETTER from the WLGA's chief
executive to the Minister: "Local Government Resilience Programme 2025-26: progress to
January 2026", 16 February 2026 (real bodies; programme, people and figures invented).

Layout: letterhead, the Minister's address, a date line, "Dear Minister,", a bold subject
line, an opening paragraph, then one paragraph per priority opening with a BOLD RUN-IN LEAD
("Workforce." "Digital." ...): each action one sentence, its timing and status in words;
grants in the prose (one inside an action's sentence); a closing paragraph, "Yours
sincerely", signature, a "cc:" list, and an "Annex: position on actions" table
`Priority | Action | Position` that REPEATS six of the actions in short words.

The reading (typed here, before any loader ran): items the action sentences of the priority
paragraphs (12), text the sentence as printed (the lead word not part of it); sentences that
only name a grant are not actions; the annex rows are the same actions again and counted
once, as the letter's sentence (the careful reader matches each annex row to the sentence of
the same priority it summarises: every annex row has one). Section: the priority's place
(1-4; nothing is numbered). Status from the words ("was completed", "went live", "reported"
done; "is on track", "is under way", "is being developed", "went live in 14 councils ... the
remaining eight will follow" in progress; "has slipped", "is behind schedule" at risk; "will
begin", "have not yet started" planned). Quarter: the 2025-26 (or later) quarter of the date
the sentence gives for the outstanding work, or of the done work's date; None for "in the
summer" (Q1 or Q2). Title the subject line, date the letter's date (2026-02-16; the web
page's "First published" date and the e-mail's sending date are not the letter's).
Forms: .docx Word (letterhead in the first-page header, bold run-in leads); .pdf a print of
the Word file; .html the letter published on GOV.WALES; .txt the letter pasted into an e-mail
(bold lost, the annex tab-separated).
"""
from __future__ import annotations

from common39 import B, gov_page
from gen_common import (GRID, OUT, P, WD_ALIGN_PARAGRAPH, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog39b-chief-executive-letter-to-minister"
SUBJECT = "Local Government Resilience Programme 2025-26: progress to January 2026"
DATE_PRINTED = "16 February 2026"
LETTERHEAD = ["Welsh Local Government Association", "One Canal Parade, Dumballs Road, Cardiff "
              "CF10 5BF", "Tel: 029 2046 8600 · www.wlga.wales"]
OUR_REF = "Our ref: GM/LGRP/26-02"
TO = ["Minister for Local Government", "Welsh Government", "Cathays Park", "Cardiff",
      "CF10 3NQ"]
OPENING = ("I am writing, as promised at the Partnership Council in July 2025, to update you "
           "on the Local Government Resilience Programme 2025-26. The annex sets out the "
           "position on the actions whose timing has changed since my last letter.")
# (lead, [sentence | (sentence, status, quarter, partners)]) ; a bare string is not an action
PRIORITIES = [
    ("Workforce", [
        ("Since my last letter the joint recruitment campaign for social care and planning "
         "posts was completed in December 2025, and councils report 340 new starters.",
         "done", "2025-26 Q3", []),
        ("The shared apprenticeship academy with Coleg Cambria and Coleg Gwent is on track to "
         "take its first 60 apprentices in September 2026.", "in progress", "2026-27 Q2",
         ["Coleg Cambria", "Coleg Gwent"]),
        ("Work on a common approach to agency staff rates has slipped, because two regions "
         "asked for more time, and will now conclude in June 2026.", "at risk", "2026-27 Q1",
         []),
        "This work is funded by the Workforce Resilience Grant of £610,000 for 2025-26, for "
        "which councils are grateful.",
    ]),
    ("Digital", [
        ("The Digital Inclusion Fund award of £180,000 for 2025-26 allowed us to appoint two "
         "regional digital champions in November 2025.", "done", "2025-26 Q3", []),
        ("The common platform for council tax e-billing went live in 14 councils on 5 January "
         "2026, and the remaining eight will follow by the end of March 2026.", "in progress",
         "2025-26 Q4", []),
        ("We will begin procurement of a shared cyber security operations centre with the "
         "Centre for Digital Public Services in April 2026.", "planned", "2026-27 Q1",
         ["Centre for Digital Public Services"]),
    ]),
    ("Climate and nature", [
        ("All 22 councils have now published net zero action plans, the last of them in "
         "October 2025.", "done", "2025-26 Q3", []),
        ("The retrofit of 150 council buildings is behind schedule because of contractor "
         "capacity and is unlikely to finish before September 2026.", "at risk", "2026-27 Q2",
         []),
        ("Nature recovery training for planning committee members is under way and will be "
         "completed by the end of February 2026.", "in progress", "2025-26 Q4", []),
        "The Net Zero Delivery Grant of £95,000 for 2025-26 supports both pieces of work.",
    ]),
    ("Financial resilience", [
        ("The joint review of council reserves with the Society of Welsh Treasurers reported "
         "to the Partnership Council in January 2026.", "done", "2025-26 Q4",
         ["Society of Welsh Treasurers"]),
        ("A peer support offer for the three councils facing the largest budget gaps is being "
         "developed with CIPFA and will be available from April 2026.", "in progress",
         "2026-27 Q1", ["CIPFA"]),
        ("We have not yet started the planned work on a shared fees and charges framework, "
         "which I now expect to begin in the summer.", "planned", None, []),
    ]),
]
CLOSING = ("I would welcome the chance to discuss the programme with you at our meeting on "
           "12 March 2026, and in particular the agency staff rates work, where an early "
           "signal of the Welsh Government's support would help.")
SIGN = ["Yours sincerely,", "", "Dr Gareth Morris", "Chief Executive"]
CC = ["cc: Cllr Eleri Vaughan, WLGA Leader",
      "Director of Local Government, Welsh Government",
      "Members of the WLGA Executive Board"]
ANNEX = [("Workforce", "Shared apprenticeship academy", "On track – first intake September 2026"),
         ("Workforce", "Common approach to agency staff rates", "Slipped – now June 2026"),
         ("Digital", "Council tax e-billing platform",
          "Live in 14 councils; the other eight by March 2026"),
         ("Digital", "Shared cyber security operations centre", "Procurement from April 2026"),
         ("Climate and nature", "Retrofit of 150 council buildings",
          "Behind schedule – September 2026"),
         ("Financial resilience", "Peer support for councils with the largest budget gaps",
          "Available from April 2026")]
ANNEX_HEAD = ["Priority", "Action", "Position"]


def paragraph_text(sentences) -> str:
    return " ".join(s if isinstance(s, str) else s[0] for s in sentences)


def reading() -> dict:
    items = []
    for i, (_lead, sents) in enumerate(PRIORITIES, 1):
        j = 0
        for s in sents:
            if isinstance(s, str):
                continue
            j += 1
            t, st, q, partners = s
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": t, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": SUBJECT, "date": "2026-02-16",
            "priorities": [p for p, _s in PRIORITIES], "items": items,
            "grants": [{"grant": "Workforce Resilience Grant", "amount_gbp": 610000,
                        "financial_year": "2025-26"},
                       {"grant": "Digital Inclusion Fund", "amount_gbp": 180000,
                        "financial_year": "2025-26"},
                       {"grant": "Net Zero Delivery Grant", "amount_gbp": 95000,
                        "financial_year": "2025-26"}]}


def write_txt() -> None:
    out = ["From: Office of the Chief Executive <ceo.office@wlga.gov.uk>",
           "Sent: 16 February 2026 15:42",
           "To: Minister for Local Government <Correspondence.Minister.LG@gov.wales>",
           "Subject: Letter from the WLGA Chief Executive - Resilience Programme", "",
           "Dear Minister,", "",
           "Please find below a letter from Dr Gareth Morris. A signed copy is attached.", "",
           "Kind regards,", "Nia", "", "-" * 40, ""]
    out += LETTERHEAD + ["", OUR_REF, ""] + TO + ["", DATE_PRINTED, "", "Dear Minister,", "",
                                                  SUBJECT, "", OPENING, ""]
    for lead, sents in PRIORITIES:
        out += [f"{lead}. {paragraph_text(sents)}", ""]
    out += [CLOSING, ""] + SIGN + [""] + CC + ["", "Annex: position on actions", "",
                                               "\t".join(ANNEX_HEAD)]
    out += ["\t".join(r) for r in ANNEX] + [""]
    (OUT / f"{NAME}.txt").write_bytes("\r\n".join(out).encode("utf-8"))


def write_html() -> None:
    page_title = ("Letter from the WLGA Chief Executive to the Minister for Local Government: "
                  "Local Government Resilience Programme")
    body = [f"<h1>{esc(page_title)}</h1>",
            '<div class="meta"><p>First published: 24 February 2026</p><p>Last updated: '
            '24 February 2026</p><p>Part of: <a href="#">Local government</a></p></div>',
            '<div class="letter">',
            "<p>" + "<br>".join(esc(x) for x in LETTERHEAD) + "</p>",
            f"<p>{esc(OUR_REF)}</p>", "<p>" + "<br>".join(esc(x) for x in TO) + "</p>",
            f'<p class="date">{DATE_PRINTED}</p>', "<p>Dear Minister,</p>",
            f"<p><strong>{esc(SUBJECT)}</strong></p>", f"<p>{esc(OPENING)}</p>"]
    for lead, sents in PRIORITIES:
        body.append(f"<p><strong>{esc(lead)}.</strong> {esc(paragraph_text(sents))}</p>")
    body += [f"<p>{esc(CLOSING)}</p>", "<p>Yours sincerely,</p>",
             "<p>" + "<br>".join(esc(x) for x in SIGN[2:]) + "</p>",
             "<p>" + "<br>".join(esc(x) for x in CC) + "</p>",
             "<h2>Annex: position on actions</h2>"]
    body += B.html([("table", ANNEX_HEAD, ANNEX)]) + ["</div>"]
    (OUT / f"{NAME}.html").write_text(gov_page(page_title, ["Home", "Local government",
                                                            "Partnership Council"], body),
                                      encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.first_page_header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run(LETTERHEAD[0])
    r.bold = True
    for x in LETTERHEAD[1:]:
        p = sec.first_page_header.add_paragraph(x)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer_page_numbers(doc, "WLGA – Local Government Resilience Programme")
    doc.add_paragraph(OUR_REF)
    p = doc.add_paragraph()
    for k, x in enumerate(TO):
        p.add_run(x)
        if k < len(TO) - 1:
            p.add_run().add_break()
    doc.add_paragraph(DATE_PRINTED)
    doc.add_paragraph("Dear Minister,")
    doc.add_paragraph().add_run(SUBJECT).bold = True
    doc.add_paragraph(OPENING)
    for lead, sents in PRIORITIES:
        p = doc.add_paragraph()
        p.add_run(f"{lead}.").bold = True
        p.add_run(" " + paragraph_text(sents))
    doc.add_paragraph(CLOSING)
    doc.add_paragraph("Yours sincerely,")
    doc.add_paragraph()
    doc.add_paragraph("\n".join(SIGN[2:]))
    doc.add_paragraph("\n".join(CC))
    doc.add_page_break()
    doc.add_heading("Annex: position on actions", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ANNEX_HEAD):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for row in ANNEX:
        for c, x in zip(tb.add_row().cells, row):
            cell_text(c, x)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    right = st["body"].clone("right", alignment=2)
    story = [P(f"<b>{esc(LETTERHEAD[0])}</b>", right)] + [P(esc(x), right)
                                                          for x in LETTERHEAD[1:]]
    story += [Spacer(1, 8 * mm), P(esc(OUR_REF), st["body"]),
              P("<br/>".join(esc(x) for x in TO), st["body"]), P(DATE_PRINTED, st["body"]),
              P("Dear Minister,", st["body"]), P(f"<b>{esc(SUBJECT)}</b>", st["body"]),
              P(esc(OPENING), st["body"])]
    for lead, sents in PRIORITIES:
        story.append(P(f"<b>{esc(lead)}.</b> {esc(paragraph_text(sents))}", st["body"]))
    story += [P(esc(CLOSING), st["body"]), P("Yours sincerely,", st["body"]), Spacer(1, 8 * mm),
              P("<br/>".join(esc(x) for x in SIGN[2:]), st["body"]),
              P("<br/>".join(esc(x) for x in CC), st["body"]),
              P("Annex: position on actions", st["h1"])]
    data = [[P(f"<b>{h}</b>", st["cell"]) for h in ANNEX_HEAD]]
    data += [[P(esc(x), st["cell"]) for x in row] for row in ANNEX]
    t = Table(data, colWidths=[40 * mm, 70 * mm, 64 * mm], repeatRows=1)
    t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                         colors.HexColor("#D9E2F3"))]))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, "", "WLGA – Local Government Resilience Programme")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
