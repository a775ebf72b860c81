"""series48 P4: WLGA Executive Board, 23 April 2026, agenda item 7, the programme's
year-end progress report, as Word's "Save as Plain Text" of the paper (.txt: CRLF,
headings as lines, "5.<TAB>text").

Background has two paragraphs; progress is paragraphs 5-13 (actions reported complete in
January are not reported again); a new grant year.
"""
from __future__ import annotations

from common48 import write_txt

PAPER = {
    "name": "series48-p4-2026-04", "meeting": "WLGA EXECUTIVE BOARD",
    "date": "23 April 2026", "iso": "2026-04-23", "item": "AGENDA ITEM 7",
    "title": "WLGA Climate Change Support Programme 2025-26: Year-end Progress Report",
    "report_of": "Report of: Head of Climate and Environment",
    "contact": [("Author:", "Gareth Lewis, Climate Change Programme Manager"),
                ("Tel:", "029 2046 8600"), ("E-mail:", "gareth.lewis@wlga.gov.uk")],
    "sections": [
        ("Purpose of report", 2, [
            "To report the position of the WLGA Climate Change Support Programme at the end "
            "of 2025-26 and the funding agreed for 2026-27."]),
        ("Recommendation", 2, [
            "That the Board notes the year-end position of the programme and the grant offer "
            "for 2026-27, and agrees that the actions still open are carried into the "
            "2026-27 delivery plan."]),
        ("Background", 2, [
            "The Board agreed the 2025-26 delivery plan on 27 March 2025 and has received a "
            "progress report each quarter. Actions reported complete in January are not "
            "reported again.",
            "This report covers the period from 1 January to 31 March 2026.",
        ]),
        ("Progress", 2, []),
        ("Decarbonisation planning", 3, [
            "Support for councils' climate adaptation plans is complete for the year: the "
            "workshop on 24 February 2026 was attended by 21 councils and a guidance note "
            "was issued in March 2026.",
            "A methodology for climate risk assessments of council assets will be agreed "
            "with Natural Resources Wales by May 2026.",
            "A new action will help councils to report their 2025-26 emissions under the "
            "revised Welsh public sector reporting guidance by September 2026.",
        ]),
        ("Buildings and energy", 3, [
            "The all-Wales register of the energy performance of council buildings, built "
            "with Data Cymru, remains on track for December 2026; data for 17 councils has "
            "been loaded.",
            "The business case for joint procurement of electric vehicle charge points at "
            "council depots has slipped to June 2026, to take account of the grid "
            "connection costs now quoted by the network operator.",
        ]),
        ("Mobility and transport", 3, [
            "Work on a common tariff for councils' public electric vehicle charge points "
            "remains paused until the Welsh Government's review of charging policy reports.",
            "The review of council pool car schemes has slipped to June 2026 because two "
            "councils' data was late.",
        ]),
        ("Procurement and supply chains", 3, [
            "Guidance on measuring supply chain emissions was published in February 2026 and "
            "is complete.",
            "The carbon clause library was published in March 2026, and training on low "
            "carbon specifications introducing the clauses has been delivered to 120 "
            "procurement officers; the action is complete.",
        ]),
        ("Financial implications", 2, [
            "£689,000 of the £700,000 Climate Change Support Programme Grant for 2025-26 was "
            "spent by 31 March 2026.",
            "The Welsh Government has offered a Climate Change Support Programme Grant of "
            "£650,000 for 2026-27.",
            "The WLGA will continue to contribute £60,000 from its core budget in 2026-27.",
        ]),
        ("Risk", 2, [
            "The lower grant for 2026-27 means that the team will reduce from six to five "
            "posts from 1 July 2026; the 2026-27 delivery plan will be prioritised "
            "accordingly.",
        ]),
    ],
}

if __name__ == "__main__":
    write_txt(PAPER)
    print(PAPER["name"])
