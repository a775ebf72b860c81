"""series48 P2: WLGA Executive Board, 23 October 2025, agenda item 8, the programme's
Quarter 2 progress report, as the PDF printed from the Word paper (.pdf).

Layout as P1 (numbered through the whole paper), printed: "5." with a hanging indent,
section headings bold, the priority sub-headings bold italic, a running header and "Page N
of M". Background has two paragraphs this time, so every progress paragraph has a new
number (5-20). The Welsh Government "has confirmed a further £150,000" from another fund
(named in this paper only).
"""
from __future__ import annotations

from common48 import write_pdf

PAPER = {
    "name": "series48-p2-2025-10", "meeting": "WLGA EXECUTIVE BOARD",
    "date": "23 October 2025", "iso": "2025-10-23", "item": "AGENDA ITEM 8",
    "title": "WLGA Climate Change Support Programme 2025-26: Quarter 2 Progress Report",
    "report_of": "Report of: Head of Climate and Environment",
    "contact": [("Author:", "Gareth Lewis, Climate Change Programme Manager"),
                ("Tel:", "029 2046 8600"), ("E-mail:", "gareth.lewis@wlga.gov.uk")],
    "sections": [
        ("Purpose of report", 2, [
            "To report progress with the WLGA Climate Change Support Programme 2025-26 to the "
            "end of the second quarter, and additional funding received."]),
        ("Recommendation", 2, [
            "That the Board notes progress with the programme to 30 September 2025 and the "
            "additional Welsh Government funding reported in paragraph 22."]),
        ("Background", 2, [
            "The programme supports the 22 councils towards a net zero public sector in "
            "Wales by 2030. The Board agreed its 2025-26 delivery plan on 27 March 2025 and "
            "received the first quarter's report on 24 July 2025.",
            "This report covers the period from 1 July to 30 September 2025.",
        ]),
        ("Progress", 2, []),
        ("Decarbonisation planning", 3, [
            "The review of council decarbonisation action plans with the Carbon Trust is "
            "complete, and its report was shared with all councils in September 2025.",
            "Carbon literacy training for councillors, delivered with the Carbon Literacy "
            "Trust, remains on track for all 22 councils by December 2025; 14 councils have "
            "held their sessions.",
            "The launch of the peer learning network for council climate officers has "
            "slipped to January 2026, so that it can build on the findings of the action "
            "plan review.",
            "A new strand of work will support councils to prepare climate adaptation plans "
            "and to assess the climate risks to their assets, with a first workshop planned "
            "for February 2026.",
        ]),
        ("Buildings and energy", 3, [
            "The results of the survey of heat decarbonisation plans for council buildings "
            "have slipped to November 2025, as returns from two councils are outstanding.",
            "Drafting of the guidance on costing decarbonisation delivery plans, which draws "
            "on the approach of Swansea and Carmarthenshire councils, has begun and it "
            "remains on track for publication in November 2025.",
            "The all-Wales framework for solar PV on council roofs, developed with the Welsh "
            "Government Energy Service, has been brought forward and will now launch in "
            "December 2025.",
            "The all-Wales register of the energy performance of council buildings, being "
            "built with Data Cymru, remains on track for completion in December 2026.",
        ]),
        ("Fleet and transport", 3, [
            "The fleet transition toolkit for refuse and light commercial vehicles is "
            "complete and was published on 30 September 2025.",
            "Work on joint procurement of electric vehicle charge points at council depots "
            "is progressing, and the business case will come to the Board in March 2026.",
            "The grey fleet and staff travel survey template was issued to councils in "
            "September 2025 and is complete.",
            "A common tariff for councils' public electric vehicle charge points is being "
            "developed with all 22 councils and remains on track for agreement by January "
            "2026.",
            "A feasibility study of hydrogen refuelling for council heavy goods vehicles "
            "will be commissioned by December 2025.",
        ]),
        ("Procurement and supply chains", 3, [
            "Guidance on measuring supply chain emissions has slipped to February 2026 "
            "because of delays in agreeing a common methodology with the Welsh Government.",
            "A library of carbon clauses for council contracts is being developed with the "
            "National Procurement Network and is on track for March 2026.",
            "Training on low carbon specifications for council procurement officers will "
            "begin in January 2026.",
        ]),
        ("Financial implications", 2, [
            "The programme is funded by the Welsh Government's Climate Change Support "
            "Programme Grant of £600,000 for 2025-26, of which £262,000 had been spent by 30 "
            "September 2025.",
            "The Welsh Government has confirmed a further £150,000 for 2025-26 from the Ultra "
            "Low Emission Vehicle Transformation Fund for the fleet and charging work "
            "reported in paragraphs 13 to 17.",
            "The WLGA continues to contribute £50,000 from its core budget.",
        ]),
        ("Risk", 2, [
            "The capacity of council climate teams remains the main risk; it is being "
            "managed through regional sessions and shared resources.",
        ]),
    ],
}

if __name__ == "__main__":
    write_pdf(PAPER)
    print(PAPER["name"])
