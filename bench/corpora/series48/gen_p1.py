"""series48 P1: WLGA Executive Board, 24 July 2025, agenda item 6, "WLGA Climate Change
Support Programme 2025-26: Quarter 1 Progress Report" (the WLGA's programme real; this
year's actions, officer and figures invented), as a Word document (.docx).

Layout: a cover paper numbered through: "Purpose of report" (1), "Recommendation" (2: "That
the Board notes ..." - a decision, not an item), "Background" (3-5), "Progress" with
un-numbered priority sub-headings (Heading 3) over paragraphs 6-21, "Financial
implications" (22-23: the Welsh Government's grant, the WLGA's own £50,000), "Risk"
(24-25), an author block. ONE numbering.xml list "%1." numbers every paragraph (no number
in the text).
"""
from __future__ import annotations

from common48 import write_docx

PAPER = {
    "name": "series48-p1-2025-07", "meeting": "WLGA EXECUTIVE BOARD", "date": "24 July 2025",
    "iso": "2025-07-24", "item": "AGENDA ITEM 6",
    "title": "WLGA Climate Change Support Programme 2025-26: Quarter 1 Progress Report",
    "report_of": "Report of: Head of Climate and Environment",
    "contact": [("Author:", "Gareth Lewis, Climate Change Programme Manager"),
                ("Tel:", "029 2046 8600"), ("E-mail:", "gareth.lewis@wlga.gov.uk")],
    "sections": [
        ("Purpose of report", 2, [
            "To report progress with the WLGA Climate Change Support Programme 2025-26 in "
            "the first quarter of the year."]),
        ("Recommendation", 2, [
            "That the Board notes progress with the programme to 30 June 2025 and the "
            "funding position set out in paragraphs 22 and 23."]),
        ("Background", 2, [
            "The Climate Change Support Programme helps the 22 councils to meet the ambition "
            "of a net zero public sector in Wales by 2030. It is funded by the Welsh "
            "Government and delivered by a small WLGA team with councils and partners.",
            "The Board agreed the 2025-26 delivery plan at its meeting on 27 March 2025. The "
            "plan has four priorities, reported below, and progress will be reported to the "
            "Board each quarter.",
            "This report covers the period from 1 April to 30 June 2025.",
        ]),
        ("Progress", 2, []),
        ("Decarbonisation planning", 3, [
            "A common template for councils' 2024-25 net zero reporting to the Welsh "
            "Government was issued in May 2025 and is complete: all 22 councils used it for "
            "their returns.",
            "The review of council decarbonisation action plans, carried out with the Carbon "
            "Trust, is under way and remains on track to report in September 2025.",
            "Carbon literacy training for elected members is being delivered with the Carbon "
            "Literacy Trust, and sessions for all 22 councils will be completed by December "
            "2025.",
            "A peer learning network for council climate officers will be launched in "
            "October 2025.",
        ]),
        ("Buildings and energy", 3, [
            "A survey of councils' heat decarbonisation plans for their buildings has been "
            "sent to all councils, and the results are expected in September 2025.",
            "Guidance on costing decarbonisation delivery plans, drawing on the approach "
            "taken by Swansea and Carmarthenshire councils, will be published in November "
            "2025.",
            "An all-Wales framework for solar PV on council roofs is being developed with the "
            "Welsh Government Energy Service, for launch in January 2026.",
            "An all-Wales register of the energy performance of council buildings is being "
            "built with Data Cymru and is on track for completion in December 2026.",
        ]),
        ("Fleet and transport", 3, [
            "A fleet transition toolkit for councils' refuse and light commercial vehicles "
            "is being drafted and is on track for publication in October 2025.",
            "Work on joint procurement of electric vehicle charge points for council depots "
            "has begun, and a business case will be presented in March 2026.",
            "A grey fleet and staff travel survey template will be issued to councils in "
            "September 2025.",
            "A common tariff for councils' public electric vehicle charge points is being "
            "developed with the 22 councils, for agreement by January 2026.",
            "A feasibility study of hydrogen refuelling for council heavy vehicles will be "
            "commissioned by December 2025.",
        ]),
        ("Procurement and supply chains", 3, [
            "Guidance on measuring the emissions of council supply chains will be published "
            "in December 2025.",
            "A library of carbon clauses for council contracts is being developed with the "
            "National Procurement Network and remains on track for March 2026.",
            "Training for procurement officers on low carbon specifications will begin in "
            "January 2026.",
        ]),
        ("Financial implications", 2, [
            "The programme is funded by the Welsh Government's Climate Change Support "
            "Programme Grant of £600,000 for 2025-26, of which £118,000 had been spent by 30 "
            "June 2025.",
            "The WLGA contributes £50,000 from its core budget towards the programme team "
            "and events.",
        ]),
        ("Risk", 2, [
            "The main risk to delivery is the capacity of council climate teams, several of "
            "which are funded on fixed-term contracts ending on 31 March 2026.",
            "The risk is being managed through regional sessions rather than 22 separate "
            "meetings and by sharing the work of the councils that are furthest ahead.",
        ]),
    ],
}

if __name__ == "__main__":
    write_docx(PAPER)
    print(PAPER["name"])
