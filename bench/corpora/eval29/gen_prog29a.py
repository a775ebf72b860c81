"""prog29a: a WLGA programme update to Members of the SHIPPED KIND, written by another hand:
the WLGA Workforce Support Programme 2024-25 update to the Executive Board (14 November 2024).

House style of this imagined officer (Workforce Policy Officer): numbered paragraphs only in
"Purpose", "Background" and "Recommendation" (1-5); the priorities are UNNUMBERED-paragraph
headings "Priority 1 – Recruitment and retention" (Word Heading 2); under each a bold line
"Progress to date:" over bullets and a bold line "Next steps:" over bullets; dates written as
"by the end of Q3", "in quarter 2", "w/c 13 January 2025", "spring 2025", "6 March 2025";
grants in Background sentences AND in an appendix funding table with a total row and a spend
column; a sign-off with the officer's name.

The reading: items are every bullet under a priority (progress AND next steps); section = the
priority's printed number ("Priority 1" -> "1"); status from the words ("went live", "has been
agreed" done; "is under way" in progress; "has slipped" at risk; next steps planned); quarter
the 2024-25 financial-year quarter of the date printed, None where "spring 2025" leaves it
open (March is Q4 of 2024-25, April-May Q1 of 2025-26). Grants: the two named grants (the
appendix total row is not a grant).
Forms: .md pandoc (YAML front matter, "-   " bullets, "1.  " paragraphs); .html the WLGA
website (Drupal-like chrome); .docx Word Heading 2 priorities, real numbering (List Number,
numbering.xml) for paragraphs 1-5, List Bullet bullets; .pdf A4.
"""
from __future__ import annotations

from chrome29 import B, page
from gen_common import (OUT, build_pdf, footer_page_numbers, header_text, new_docx,
                        pdf_styles)

NAME = "prog29a-workforce-programme-update"
TITLE = "WLGA Workforce Support Programme 2024-25: Update to Members"
DATE_PRINTED = "14th November 2024"

PURPOSE = ["To update Members on progress with the Workforce Support Programme 2024-25 and to "
           "seek Members' endorsement of the draft bid for 2025-26."]
BACKGROUND = [
    "The Workforce Support Programme helps councils to attract, develop and keep the people "
    "they need, and supports the WLGA's role as the employers' organisation for local "
    "government in Wales.",
    "The Welsh Government awarded a Workforce Support Grant of £390,000 for 2024-25, "
    "confirmed in May 2024. In addition, Social Care Wales awarded £85,000 for 2024-25 from "
    "the Social Care Workforce Development Programme to fund the joint social care "
    "recruitment campaign.",
]
# (priority, [(text, status, quarter, partners)] progress, [...] next steps)
PRIORITIES = [
    ("Recruitment and retention", [
        ("The national 'Choose Local Government' careers campaign went live on 3 June 2024 and "
         "the careers website has had 41,000 visits.", "done", "2024-25 Q1", []),
        ("Twelve councils have joined the shared graduate scheme run with Academi Wales, "
         "which recruited its first cohort of 34 graduates in September 2024.", "done",
         "2024-25 Q2", ["Academi Wales"]),
        ("A review of apprentice pay rates across the 22 councils is under way and will "
         "report by the end of Q3.", "in progress", "2024-25 Q3", []),
    ], [
        ("Launch the social care recruitment campaign with Social Care Wales in January "
         "2025.", "planned", "2024-25 Q4", ["Social Care Wales"]),
    ]),
    ("Pay, reward and job evaluation", [
        ("The 2024 pay award was implemented by all 22 councils following the national "
         "agreement in October 2024.", "done", "2024-25 Q3", []),
        ("Guidance on the use of market supplements has been agreed with the HR Directors "
         "Network and was published in July 2024.", "done", "2024-25 Q2",
         ["HR Directors Network"]),
        ("Consistency checking of job evaluation outcomes has slipped because of the pay "
         "negotiations and is now expected to finish in spring 2025.", "at risk", None, []),
    ], [
        ("Begin the joint review of the pay spine with the trade unions in w/c 13 January "
         "2025.", "planned", "2024-25 Q4", []),
    ]),
    ("Wellbeing and hybrid working", [
        ("A wellbeing survey of 9,800 council staff was completed in quarter 2 and Data Cymru "
         "is analysing the results.", "done", "2024-25 Q2", ["Data Cymru"]),
        ("Menopause in the workplace training has been delivered to 420 managers, with "
         "further sessions running until December 2024.", "in progress", "2024-25 Q3", []),
        ("A hybrid working toolkit is being drafted with SOLACE for publication in February "
         "2025.", "in progress", "2024-25 Q4", ["SOLACE"]),
    ], [
        ("Hold the all-Wales workforce wellbeing conference in Llandudno on 6 March 2025.",
         "planned", "2024-25 Q4", []),
    ]),
]
RECOMMENDATION = ["Members are asked to note the progress made with the Workforce Support "
                  "Programme 2024-25 and to endorse the draft bid for 2025-26 set out in "
                  "Appendix B."]
FUNDING = [("Workforce Support Grant", "Welsh Government", "£390,000", "£171,400"),
           ("Social Care Workforce Development Programme", "Social Care Wales", "£85,000",
            "£12,500"),
           ("Total", "", "£475,000", "£183,900")]
SIGNOFF = ["Author: Sioned Pritchard, Workforce Policy Officer",
           "Tel: 029 2046 8600",
           "E-mail: sioned.pritchard@wlga.gov.uk"]


def blocks() -> list:
    b: list = [("p", DATE_PRINTED), ("title", TITLE), ("h2", "Purpose of the report"),
               ("ol", PURPOSE, 1), ("h2", "Background"), ("ol", BACKGROUND, 2),
               ("h2", "Progress against priorities")]
    for i, (name, prog, nxt) in enumerate(PRIORITIES, 1):
        b += [("h2", f"Priority {i} – {name}"), ("bp", "Progress to date:", ""),
              ("ul", [t for t, *_ in prog]), ("bp", "Next steps:", ""),
              ("ul", [t for t, *_ in nxt])]
    b += [("h2", "Recommendation"), ("ol", RECOMMENDATION, 4),
          ("h2", "Appendix A – Programme funding 2024-25"),
          ("table", ["Grant", "Funder", "Allocation 2024-25", "Spend to 30 September 2024"],
           FUNDING)]
    b += [("p", s) for s in SIGNOFF]
    return b


def reading() -> dict:
    items = []
    for i, (name, prog, nxt) in enumerate(PRIORITIES, 1):
        for j, (t, st, q, partners) in enumerate(prog + nxt, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": t, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2024-11-14",
            "priorities": [p for p, _a, _b in PRIORITIES], "items": items,
            "grants": [{"grant": "Workforce Support Grant", "amount_gbp": 390000,
                        "financial_year": "2024-25"},
                       {"grant": "Social Care Workforce Development Programme",
                        "amount_gbp": 85000, "financial_year": "2024-25"}]}


def write_md() -> None:
    text = B.md([b for b in blocks() if b[0] != "title" and b != ("p", DATE_PRINTED)])
    lines = []
    for ln in text.splitlines():
        if ln.startswith("- "):
            ln = "-   " + ln[2:]
        elif ln[:2].rstrip(".").isdigit() and ln[1:3] == ". ":
            ln = ln[:2] + "  " + ln[3:]
        lines.append(ln.replace("** ", "**", 1) if ln.endswith(":** ") else ln)
    front = f'---\ntitle: "{TITLE}"\ndate: "{DATE_PRINTED}"\nauthor: Sioned Pritchard\n---\n\n'
    (OUT / f"{NAME}.md").write_text(front + "\n".join(x.rstrip() for x in lines) + "\n",
                                    encoding="utf-8")


def write_html() -> None:
    body = ['<div class="field field--name-field-date"><time datetime="2024-11-14">'
            f"{DATE_PRINTED}</time></div>"] + B.html([b for b in blocks()
                                                      if b != ("p", DATE_PRINTED)])
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Our work", "Workforce", "Executive Board papers"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, "WLGA EXECUTIVE BOARD – 14 NOVEMBER 2024 – ITEM 6")
    footer_page_numbers(doc, "WLGA Workforce Support Programme 2024-25")
    B.docx(blocks(), doc, fill="C6E0B4")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = B.pdf(blocks(), st, widths={4: [62 * B.mm, 40 * B.mm, 34 * B.mm, 38 * B.mm]})
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Executive Board – 14 November 2024",
              "WLGA Workforce Support Programme 2024-25")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
