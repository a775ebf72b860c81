"""series48 P3: WLGA Executive Board, 22 January 2026, agenda item 5, the programme's
Quarter 3 progress report, as the WLGA website's meeting page (.html).

Layout: eval29's CMS chrome (cookie banner, navigation, breadcrumb, aside, footer), a
meeting line with <time datetime>, the paper's numbered runs as <ol start="N"> under <h2>
section headings and <h3> priority sub-headings. This quarter "Fleet and transport" is
renamed "Mobility and transport"; the depot charge point work moves to "Buildings and
energy"; the adaptation strand is split; the clause library and the procurement training
are merged; one action is withdrawn, one paused, one added; the grant is increased.
"""
from __future__ import annotations

from common48 import write_html

PAPER = {
    "name": "series48-p3-2026-01", "meeting": "WLGA EXECUTIVE BOARD",
    "date": "22 January 2026", "iso": "2026-01-22", "item": "AGENDA ITEM 5",
    "title": "WLGA Climate Change Support Programme 2025-26: Quarter 3 Progress Report",
    "report_of": "Report of: Head of Climate and Environment",
    "contact": [("Author:", "Gareth Lewis, Climate Change Programme Manager"),
                ("Tel:", "029 2046 8600"), ("E-mail:", "gareth.lewis@wlga.gov.uk")],
    "sections": [
        ("Purpose of report", 2, [
            "To report progress with the WLGA Climate Change Support Programme 2025-26 to the "
            "end of the third quarter, and changes to the delivery plan."]),
        ("Recommendation", 2, [
            "That the Board notes progress with the programme to 31 December 2025 and the "
            "changes to the delivery plan set out in paragraphs 8, 9, 16 and 19."]),
        ("Background", 2, [
            "The programme supports the 22 councils towards a net zero public sector in "
            "Wales by 2030. The Board agreed its 2025-26 delivery plan on 27 March 2025.",
            "At its meeting on 23 October 2025 the Board asked that changes to the plan be "
            "reported with the reasons for them. They are reported in the paragraphs "
            "concerned.",
            "This report covers the period from 1 October to 31 December 2025.",
        ]),
        ("Progress", 2, []),
        ("Decarbonisation planning", 3, [
            "Carbon literacy training for councillors is complete: sessions were held in all "
            "22 councils by December 2025, and 412 members took part.",
            "The peer learning network for council climate officers was launched on 14 "
            "January 2026, with 58 officers from 21 councils at its first meeting.",
            "Support for councils' climate adaptation plans is now a piece of work of its "
            "own: the first workshop remains planned for February 2026.",
            "Climate risk assessments of council assets, previously part of the adaptation "
            "strand, are now taken forward separately; a methodology will be agreed with "
            "Natural Resources Wales by May 2026.",
        ]),
        ("Buildings and energy", 3, [
            "The results of the survey of heat decarbonisation plans for council buildings "
            "were reported to councils in November 2025, with returns from all 22 councils.",
            "Guidance on costing decarbonisation delivery plans was published in November "
            "2025.",
            "The all-Wales framework for solar PV on council roofs was launched in December "
            "2025 and nine councils have joined it.",
            "The all-Wales register of the energy performance of council buildings, which "
            "Data Cymru is building with us, remains on track to be completed in December "
            "2026.",
            "Joint procurement of electric vehicle charge points at council depots, now "
            "reported under this priority as it forms part of councils' building energy "
            "plans, remains on track for a business case to the Board in March 2026.",
        ]),
        ("Mobility and transport", 3, [
            "Work on a common tariff for councils' public electric vehicle charge points has "
            "been paused until the Welsh Government's review of charging policy reports.",
            "The hydrogen refuelling feasibility study for council heavy vehicles will no "
            "longer be taken forward, as the Welsh Government is commissioning a national "
            "study.",
            "A review of council pool car schemes has been added to the programme and will "
            "report in March 2026.",
        ]),
        ("Procurement and supply chains", 3, [
            "Guidance on measuring supply chain emissions, now that a common methodology has "
            "been agreed with the Welsh Government, remains on track for February 2026.",
            "The carbon clause library for council contracts is now taken forward together "
            "with the training on low carbon specifications for procurement officers, so "
            "that the training introduces the clauses; both will be completed by March "
            "2026.",
        ]),
        ("Financial implications", 2, [
            "The Welsh Government has increased the Climate Change Support Programme Grant "
            "for 2025-26 to £700,000 to fund the adaptation work, and £431,000 had been "
            "spent by 31 December 2025.",
            "The WLGA's own contribution from its core budget has increased to £60,000.",
            "Funding for 2026-27 has not yet been confirmed.",
        ]),
        ("Risk", 2, [
            "The capacity of council climate teams remains the main risk, as several "
            "fixed-term posts end on 31 March 2026.",
            "A decision on the 2026-27 grant is expected in February 2026.",
        ]),
    ],
}

if __name__ == "__main__":
    write_html(PAPER)
    print(PAPER["name"])
