"""series41 Q2: Cwm Aeron County Borough Council (invented), Corporate Plan 2025-2030
Delivery Plan, quarter 2 progress (July to September 2025), a Word report to the Corporate
Performance and Resources Scrutiny Committee of 27 November 2025.

Layout: a covering report (committee and date, "1. Purpose", "2. Recommendation",
"3. Summary of progress", "4. Financial implications" with the grants in sentences), then
"Appendix A" with one Heading 2 per well-being objective over a Word table `Ref | Action |
Lead Officer | RAG status | Target date | Progress commentary` (header row shaded and
repeated, the RAG cell shaded in its colour with the word in it). Changes since Q1: A5
closed - superseded (the review is now regional), a new action A17 (Flying Start) placed
under Objective 2 after A7, EV charging slips (31/12/2025 -> 31/03/2026, Amber), the
library courses started; action wordings lightly edited.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from gen_common import (OUT, add_par, cell_text, footer_page_numbers, header_text, new_docx,
                        set_repeat_header, shade)

NAME = "series41-q2-2025-11"
FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5",
        "Closed": "A6A6A6"}

OBJECTIVES = [
    ("Well-being Objective 1: A prosperous and green county borough", [
        ("A1", "Deliver the Shared Prosperity Fund local investment plan 2025-26",
         "Head of Regeneration", "Green", "31/03/2026",
         "Delivery continues: 23 community grants awarded and 41 businesses supported by the "
         "end of September 2025."),
        ("A2", "Install electric vehicle charging points in 12 council car parks",
         "Head of Highways and Transport", "Amber", "31/03/2026",
         "Chargers at the first four car parks are installed, but grid connections for the "
         "remaining eight sites have been delayed by the distribution network operator; "
         "target date revised from 31/12/2025 to 31/03/2026."),
        ("A3", "Prepare the Replacement Local Development Plan for deposit consultation",
         "Head of Planning", "Green", "31/03/2026",
         "The candidate sites assessment is complete and the deposit plan is being drafted."),
        ("A4", "Adopt a town centre masterplan for Pontgarreg", "Head of Regeneration",
         "Green", "31/12/2025",
         "The draft masterplan will be reported to Cabinet for adoption in December 2025."),
    ]),
    ("Well-being Objective 2: Healthy, independent communities", [
        ("A5", "Review day opportunities for adults with a learning disability",
         "Head of Adult Services", "Closed", "–",
         "Closed – superseded. The review is now being carried out across the region by the "
         "West Wales Regional Partnership Board, and the council's work has been passed to "
         "it."),
        ("A6", "Extend the Community Connectors service to all 24 wards",
         "Head of Community Wellbeing", "Green", "31/03/2026",
         "Connectors now cover 19 of the 24 wards; the last five posts are being recruited."),
        ("A7", "Deliver 60 extra care apartments at Maes y Ffynnon", "Head of Housing",
         "Green", "30/09/2026",
         "The roof is on and internal fit-out has started; the scheme remains on programme."),
        ("A17", "Expand Flying Start childcare to four new areas", "Head of Early Years",
         "Green", "31/03/2026",
         "New action, agreed by Cabinet in July 2025 following the Welsh Government's "
         "expansion funding. Two of the four areas opened in September 2025."),
    ]),
    ("Well-being Objective 3: Learning and skills for all", [
        ("A8", "Open the new Welsh-medium primary school, Ysgol Gymraeg Glan Aeron",
         "Head of Education", "Green", "01/09/2026",
         "Building work is on programme; admissions for September 2026 opened in October "
         "2025."),
        ("A9", "Improve school attendance through the Attendance Strategy",
         "Head of Inclusion", "Amber", "31/03/2026",
         "Four family engagement officers started in September 2025; persistent absence is "
         "16.8%, still above the Wales average."),
        ("A10", "Deliver the Gwaith Aeron employability programme", "Head of Regeneration",
         "Green", "31/03/2026",
         "174 residents supported into training or work by the end of September, ahead of "
         "profile."),
        ("A11", "Run digital skills courses for residents in branch libraries",
         "Head of Libraries and Culture", "Green", "31/12/2025",
         "The first courses started in the six branch libraries on 6 October 2025, with 48 "
         "residents booked."),
    ]),
    ("Well-being Objective 4: A modern, efficient council", [
        ("A12", "Launch a new council website with online services", "Head of Digital",
         "Green", "31/03/2026",
         "Design of the new website is complete and the 'My Account' online services for "
         "council tax and waste are being built."),
        ("A13", "Rationalise office accommodation and close Tŷ Glas", "Head of Property",
         "Amber", "30/09/2026",
         "Revised Civic Centre refurbishment options are being costed; the closure of Tŷ "
         "Glas remains planned for September 2026."),
        ("A14", "Agree and deliver a Workforce Strategy 2025-2030", "Head of People",
         "Green", "31/12/2025",
         "The draft strategy was consulted on with the trade unions in September 2025 and "
         "goes to Cabinet in December 2025."),
        ("A15", "Deliver the 2025-26 savings programme (MTFS)", "Head of Finance", "Amber",
         "31/03/2026",
         "£2.3m of the £4.6m savings delivered; £1.1m remains at risk in social care and "
         "school transport."),
        ("A16", "Launch a 'grow our own' apprenticeship scheme", "Head of People", "Green",
         "31/03/2026", "12 apprentices started in September 2025 across six services."),
    ]),
]


def main() -> None:
    doc = new_docx("Arial", 11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    header_text(doc, "Cwm Aeron County Borough Council – Corporate Performance and Resources "
                     "Scrutiny Committee")
    footer_page_numbers(doc, "Delivery Plan 2025-26: Quarter 2 progress")
    add_par(doc, "CWM AERON COUNTY BOROUGH COUNCIL", bold=True)
    add_par(doc, "Report to: Corporate Performance and Resources Scrutiny Committee")
    add_par(doc, "Date of meeting: 27 November 2025")
    add_par(doc, "Report of: Head of Policy and Performance")
    doc.add_heading("Corporate Plan 2025-2030: Delivery Plan 2025-26 – Quarter 2 progress",
                    level=1)
    doc.add_heading("1. Purpose of the report", level=2)
    add_par(doc, "To report progress on the actions of the Delivery Plan 2025-26 at 30 "
                 "September 2025 (quarter 2).")
    doc.add_heading("2. Recommendation", level=2)
    add_par(doc, "That the Committee considers the progress made and identifies any matters "
                 "for further scrutiny.")
    doc.add_heading("3. Summary of progress", level=2)
    add_par(doc, "Of the 17 actions in the Delivery Plan, 12 are rated Green, 4 Amber and "
                 "none Red, and one action has been closed. A new action on Flying Start "
                 "childcare has been added under Objective 2. Progress on each action is set "
                 "out in Appendix A.")
    doc.add_heading("4. Financial implications", level=2)
    add_par(doc, "The Shared Prosperity Fund allocation for 2025-26 is £1.45m, of which "
                 "£610,000 had been committed by 30 September 2025. The electric vehicle "
                 "charging points are funded by a Local Transport Fund grant of £350,000 for "
                 "2025-26.")
    doc.add_page_break()
    doc.add_heading("Appendix A – Delivery Plan 2025-26: progress at 30 September 2025",
                    level=1)
    widths = [Mm(14), Mm(62), Mm(38), Mm(22), Mm(24), Mm(100)]
    for objective, actions in OBJECTIVES:
        doc.add_heading(objective, level=2)
        table = doc.add_table(rows=1, cols=6)
        table.style = "Table Grid"
        hdr = table.rows[0]
        set_repeat_header(hdr)
        for c, text in zip(hdr.cells, ("Ref", "Action", "Lead Officer", "RAG status",
                                       "Target date", "Progress commentary"), strict=True):
            cell_text(c, text, bold=True, size=10)
            shade(c, "D9E2F3")
        for ref, action, lead, rag, target, text in actions:
            cells = table.add_row().cells
            for c, value in zip(cells, (ref, action, lead, rag, target, text), strict=True):
                cell_text(c, value, size=10)
            shade(cells[3], FILL[rag])
        for r in table.rows:
            for c, w in zip(r.cells, widths, strict=True):
                c.width = w
        add_par(doc)
    add_par(doc, "Contact officer: Gwenllian Rees, Performance Manager")
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    main()
