"""series53 U1: the WLGA Workforce and Skills Support Programme 2025-26, Quarter 3 update
to the (invented) WLGA Workforce Board, 11 December 2025, as a Word document.

House style: Purpose / Background / Progress by priority / Funding / Recommendation
headings (Heading 1); the four priorities "1. Recruitment and retention" .. typed as
Heading 2; each action a body paragraph whose number "1.1" is TYPED, a tab, a bold title,
the narrative, and the status closing the paragraph as a bold label ("Status: On track").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, add_par, footer_page_numbers, header_text, new_docx  # noqa: E402

NAME = "series53-u1-2025-12"
TITLE = "Workforce and Skills Support Programme 2025-26: Quarter 3 Update"
DATE = "11 December 2025"
PURPOSE = ("To update Members on progress with the Workforce and Skills Support Programme "
           "2025-26 in the third quarter (October to December 2025).")
BACKGROUND = [
    "The Workforce and Skills Support Programme is the WLGA's support to the 22 councils in "
    "Wales on recruitment, leadership development, workforce planning and fair work. It is "
    "funded by the Welsh Government and was agreed by the Board in March 2025.",
    "Each action keeps its number for the year. The status of each action is shown in bold "
    "at the end of its paragraph.",
]
PRIORITIES = [
    ("1. Recruitment and retention", [
        ("1.1", "Social care recruitment campaign.", "The second wave of the national "
         "campaign with Social Care Wales runs from January to March 2026, and an "
         "evaluation of both waves will be completed by the end of March 2026.", "On track"),
        ("1.2", "Shared graduate scheme.", "A shared graduate scheme for councils has been "
         "designed with Academi Wales; recruitment opens in January 2026 and the first "
         "cohort of 20 graduates will start in September 2026.", "On track"),
        ("1.3", "Apprenticeship framework.", "The all-Wales framework for council "
         "apprenticeships was due in December 2025. It has been held back by the Welsh "
         "Government's consultation on its apprenticeship programme and is now expected in "
         "March 2026.", "Delayed"),
        ("1.4", "Exit interview toolkit.", "A common exit interview toolkit has been tested "
         "with four councils and will be published in February 2026.", "On track"),
    ]),
    ("2. Leadership and management development", [
        ("2.1", "Aspiring chief officers programme.", "The second cohort of 16 "
         "participants is on its fourth module; the programme finishes in March 2026.",
         "On track"),
        ("2.2", "Middle managers' programme.", "A development programme for middle "
         "managers will be piloted with six councils from February to July 2026.",
         "Not started"),
        ("2.3", "Coaching network.", "45 coaches have now been trained, and the all-Wales "
         "coaching network will be open to staff in all 22 councils by December 2026.",
         "On track"),
    ]),
    ("3. Workforce planning and data", [
        ("3.1", "Workforce data standard.", "The common workforce data standard being "
         "developed with Data Cymru was due in December 2025; testing with payroll "
         "suppliers has taken longer than planned and it is now expected in March 2026.",
         "Delayed"),
        ("3.2", "Workforce planning toolkit.", "A workforce planning toolkit for councils, "
         "with a module for social care, is being drafted and will be published in March "
         "2026.", "On track"),
        ("3.3", "All-Wales workforce survey.", "The results of the all-Wales local "
         "government workforce survey were published in November 2025 and shared with "
         "every council.", "Complete"),
    ]),
    ("4. Well-being and fair work", [
        ("4.1", "Menopause and well-being guidance.", "Joint guidance with the trade unions "
         "on menopause and well-being at work is with the Joint Council for Wales and will "
         "be issued in January 2026.", "On track"),
        ("4.2", "Pay and grading review support.", "Advice to councils on job evaluation and "
         "equal pay reviews continues; a good practice guide will be published in "
         "September 2026.", "On track"),
        ("4.3", "Hybrid working guidance.", "Guidance on hybrid working is planned for "
         "March 2026.", "Not started"),
    ]),
]
FUNDING = [
    "The Welsh Government's Workforce and Skills Support Grant of £640,000 for 2025-26 "
    "funds the programme. Spend to 30 November 2025 was £402,300, in line with the profile.",
]
RECOMMENDATION = "Members are asked to note the progress made in quarter 3."
SIGN_OFF = ["Author: Rhian Beynon, Workforce Programme Manager",
            "Tel: 029 2046 8600", "E-mail: rhian.beynon@wlga.gov.uk"]


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA Workforce Board – 11 December 2025 – Item 5")
    footer_page_numbers(doc, "Workforce and Skills Support Programme: Quarter 3 Update")
    add_par(doc, "WELSH LOCAL GOVERNMENT ASSOCIATION", bold=True)
    add_par(doc, "WORKFORCE BOARD", bold=True)
    add_par(doc, DATE)
    doc.add_heading(TITLE, level=0)
    doc.add_heading("Purpose", level=1)
    add_par(doc, PURPOSE)
    doc.add_heading("Background", level=1)
    for text in BACKGROUND:
        add_par(doc, text)
    doc.add_heading("Progress by priority", level=1)
    for priority, items in PRIORITIES:
        doc.add_heading(priority, level=2)
        for ref, title, text, status in items:
            p = doc.add_paragraph()
            p.add_run(f"{ref}\t")
            p.add_run(title).bold = True
            p.add_run(f" {text} ")
            p.add_run(f"Status: {status}").bold = True
    doc.add_heading("Funding", level=1)
    for text in FUNDING:
        add_par(doc, text)
    doc.add_heading("Recommendation", level=1)
    add_par(doc, RECOMMENDATION)
    add_par(doc)
    for line in SIGN_OFF:
        add_par(doc, line)
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_docx()
