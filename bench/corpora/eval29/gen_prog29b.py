"""prog29b: a programme update of the SHIPPED KIND by another hand: a council's own
improvement programme. Torfaen County Borough Council (real council; programme, officer and
figures invented), "Transformation and Improvement Programme 2026-27 – Quarter 1 update",
sent to Members on 23 July 2026 by the imagined Programme Manager as an e-mail.

House style: numbered priority headings "1. Customer and digital" (ALL CAPS in the e-mail),
items as numbered SHORT PARAGRAPHS "1.1", "1.2" opening with a label and "Update –", no
bullets; a RAG word in square brackets at the end of each paragraph ("[Green]", "[Amber]",
"[Red]", "[Complete]", "[Not started]"); dates "2026/27 Q2", "by end of September", "w/c 12
January 2027", "autumn 2026"; "4. Funding" a small table `Funding | Source | 2026/27` whose
third row is the council's own reserve (not a grant) and a total row; a sign-off and an
e-mail disclaimer.

The reading: the items are the numbered paragraphs under 1-3 (section the heading's number);
status from the RAG word as the printed key reads it (Complete -> done, Green -> in
progress, Amber ("some slippage") and Red -> at risk, Not started -> planned); quarter: 2026-27 quarter of the date given,
None for "autumn 2026" (Q2 or Q3). Grants: the two grants of the funding table (the reserve is
the council's own money, the total is a sum). Title: the update's title (the subject line
without "Subject:"); date 2026-07-23.
Forms: .txt the e-mail body as saved from Outlook (headers From/Sent/To/Subject, ALL-CAPS
headings, the table as tab-separated lines); .html the council website's news/document page;
.docx Word with Heading 1 priorities and the paragraphs' numbers typed; .pdf A4.
"""
from __future__ import annotations

from chrome29 import B, page
from gen_common import (OUT, build_pdf, footer_page_numbers, header_text, new_docx,
                        pdf_styles)

NAME = "prog29b-council-improvement-email"
TITLE = "Transformation and Improvement Programme 2026-27 – Quarter 1 update"
INTRO = ["Dear Members,",
         "Please find below the first quarterly update on the Council's Transformation and "
         "Improvement Programme 2026-27, as agreed by Cabinet on 17 March 2026. A fuller "
         "report will go to the Resources Scrutiny Committee on 15 September 2026."]
# (priority, [(ref, label, text, rag, status, quarter)])
PRIORITIES = [
    ("Customer and digital", [
        ("1.1", "Online payments", "Update – all 14 payment types can now be paid online and "
         "the old telephone payment line closed on 30 June 2026.", "Complete", "done",
         "2026-27 Q1"),
        ("1.2", "Customer portal", "Update – the 'My Torfaen' portal is being extended to "
         "waste and highways requests and remains on track for 2026/27 Q2.", "Green",
         "in progress", "2026-27 Q2"),
        ("1.3", "Contact centre telephony", "Update – the procurement of the new telephony "
         "system has been delayed by a supplier challenge; contract award is now expected "
         "w/c 12 January 2027.", "Red", "at risk", "2026-27 Q4"),
    ]),
    ("Assets and accommodation", [
        ("2.1", "Office rationalisation", "Update – staff from Ty Blaen Torfaen have moved to "
         "the Civic Centre and the building will be vacated by end of September.", "Green",
         "in progress", "2026-27 Q2"),
        ("2.2", "Community asset transfers", "Update – three transfers completed in Q1 and "
         "two more are with legal services, with completion expected in 2026/27 Q3.",
         "Amber", "at risk", "2026-27 Q3"),
        ("2.3", "Depot review", "Update – the options appraisal for a single depot will "
         "start in autumn 2026.", "Not started", "planned", None),
    ]),
    ("Workforce", [
        ("3.1", "Agile working policy", "Update – the revised policy was agreed with the trade "
         "unions and adopted on 2 May 2026.", "Complete", "done", "2026-27 Q1"),
        ("3.2", "Leadership programme", "Update – the second cohort of 24 managers started in "
         "June with Academi Wales; the programme ends in 2027/28 Q1.", "Green",
         "in progress", "2027-28 Q1"),
    ]),
]
FUNDING = [("Digital Transformation Fund", "Welsh Government", "£250,000"),
           ("Public Sector Decarbonisation Grant", "Welsh Government", "£420,000"),
           ("Transformation reserve", "Torfaen CBC", "£600,000"),
           ("Total", "", "£1,270,000")]
SIGN = ["Kind regards,", "", "Gareth Lloyd-Jones", "Programme Manager | Rheolwr Rhaglen",
        "Transformation Office | Swyddfa Trawsnewid", "Torfaen County Borough Council",
        "Tel: 01495 762200"]
DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the "
              "addressee. Torfaen County Borough Council welcomes correspondence in Welsh.")


def para(ref, label, text, rag) -> str:
    return f"{ref} {label}: {text} [{rag}]"


def reading() -> dict:
    items = [{"ref": ref, "section": ref.split(".")[0], "text": f"{label}: {text}",
              "status": st, "quarter": q, "partners": ["Academi Wales"] if "Academi" in text
              else []}
             for _p, rows in PRIORITIES for ref, label, text, _rag, st, q in rows]
    return {"kind": "programme", "title": TITLE, "date": "2026-07-23",
            "priorities": [p for p, _r in PRIORITIES], "items": items,
            "grants": [{"grant": "Digital Transformation Fund", "amount_gbp": 250000,
                        "financial_year": "2026-27"},
                       {"grant": "Public Sector Decarbonisation Grant", "amount_gbp": 420000,
                        "financial_year": "2026-27"}]}


def write_txt() -> None:
    out = ["From: Lloyd-Jones, Gareth <Gareth.Lloyd-Jones@torfaen.gov.uk>",
           "Sent: 23 July 2026 16:42",
           "To: All Members <AllMembers@torfaen.gov.uk>",
           "Cc: Corporate Management Team <CMT@torfaen.gov.uk>",
           f"Subject: {TITLE}", ""] + [x for p in INTRO for x in (p, "")]
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        out += [f"{i}. {name.upper()}", ""]
        for ref, label, text, rag, *_ in rows:
            out += [para(ref, label, text, rag), ""]
    out += ["4. FUNDING", "", "Funding\tSource\t2026/27"]
    out += ["\t".join(r) for r in FUNDING] + [""]
    out += ["RAG key: Green - on track; Amber - some slippage; Red - significant slippage.", ""]
    out += SIGN + ["", "-" * 60, DISCLAIMER]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


def blocks() -> list:
    b: list = [("title", TITLE), ("p", "Date: 23 July 2026")] + [("p", p) for p in INTRO]
    for i, (name, rows) in enumerate(PRIORITIES, 1):
        b.append(("h1", f"{i}. {name}"))
        b += [("bp", f"{ref} {label}:", f"{text} [{rag}]") for ref, label, text, rag, *_ in rows]
    b += [("h1", "4. Funding"), ("table", ["Funding", "Source", "2026/27"], FUNDING),
          ("p", "RAG key: Green - on track; Amber - some slippage; Red - significant slippage.")]
    b += [("p", s) for s in SIGN if s]
    return b


def write_html() -> None:
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "Torfaen County Borough Council", ["Home", "Council and democracy",
                                                  "Transformation", "Programme updates"],
        B.html(blocks()), ["Bins and recycling", "Council tax", "Schools", "Jobs",
                           "Council and democracy"],
        "Torfaen County Borough Council, Civic Centre, Pontypool, NP4 6YB"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    header_text(doc, "Torfaen County Borough Council – Transformation Office")
    footer_page_numbers(doc, "Transformation and Improvement Programme 2026-27")
    B.docx(blocks(), doc, fill="BDD7EE")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = B.pdf(blocks(), st, widths={3: [80 * B.mm, 50 * B.mm, 40 * B.mm]})
    build_pdf(OUT / f"{NAME}.pdf", story, "Transformation and Improvement Programme 2026-27",
              "Torfaen County Borough Council")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
