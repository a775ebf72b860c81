"""series41 Q3: Cwm Aeron County Borough Council (invented), Corporate Plan 2025-2030
Delivery Plan, quarter 3 progress (October to December 2025), to the Corporate Performance
and Resources Scrutiny Committee of 12 February 2026, as a PDF printed from Word
(landscape A4).

Layout: the covering report's paragraphs, then ONE table for the whole plan `Ref | Action |
Lead officer | RAG | Target | Progress update (Q3)` running over several pages with its
header row repeated on each page; each well-being objective a shaded row spanning the table;
the RAG cell filled in its colour with the word; running header and "Page N of M".
Changes since Q2: A5 (closed) dropped and the actions RENUMBERED from this report (A6 ->
A5, A7 -> A6, A17 -> A7, ...); A12 split in two (A12 the website, A13 'My Account' new);
Objective 3 renamed "Learning, skills and employment"; the masterplan complete; the extra
care handover brought forward (30/09/2026 -> 30/06/2026); EV charging slips again
(31/03/2026 -> 30/09/2026); the Shared Prosperity Fund allocation revised to £1.2m.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import GRID, OUT, P, build_pdf, colors, mm, pdf_styles
from reportlab.platypus import Table, TableStyle

NAME = "series41-q3-2026-02"
FILL = {"Green": "#00B050", "Amber": "#FFC000", "Red": "#FF0000", "Complete": "#5B9BD5",
        "Closed": "#A6A6A6"}

ROWS = [
    "Well-being Objective 1: A prosperous and green county borough",
    ("A1", "Deliver the Shared Prosperity Fund local investment plan 2025-26",
     "Head of Regeneration", "Amber", "31/03/2026",
     "The Shared Prosperity Fund allocation has been revised to £1.2m after the UK Government "
     "confirmed the final year's funding; two business support projects have been scaled "
     "back and re-profiled."),
    ("A2", "Install electric vehicle charging points in 12 council car parks",
     "Head of Highways and Transport", "Amber", "30/09/2026",
     "The distribution network operator cannot connect the remaining eight sites before "
     "summer 2026; target date revised from 31/03/2026 to 30/09/2026."),
    ("A3", "Prepare the Replacement Local Development Plan for deposit consultation",
     "Head of Planning", "Green", "31/03/2026",
     "The deposit plan has been drafted and will be reported to Council in March 2026 before "
     "consultation."),
    ("A4", "Adopt a town centre masterplan for Pontgarreg", "Head of Regeneration",
     "Complete", "31/12/2025",
     "The Pontgarreg town centre masterplan was adopted by Cabinet on 9 December 2025."),
    "Well-being Objective 2: Healthy, independent communities",
    ("A5", "Extend the Community Connectors service to all 24 wards",
     "Head of Community Wellbeing", "Green", "31/03/2026",
     "Connectors now cover 22 of the 24 wards."),
    ("A6", "Deliver 60 extra care apartments at Maes y Ffynnon", "Head of Housing", "Green",
     "30/06/2026",
     "The contractor is ahead of programme and handover has been brought forward from "
     "30/09/2026 to 30/06/2026."),
    ("A7", "Expand Flying Start childcare to four new areas", "Head of Early Years", "Green",
     "31/03/2026",
     "Three of the four new Flying Start areas are open; the fourth opens in March 2026."),
    "Well-being Objective 3: Learning, skills and employment",
    ("A8", "Open the new Welsh-medium primary school, Ysgol Gymraeg Glan Aeron",
     "Head of Education", "Green", "01/09/2026",
     "The school building is on programme for opening in September 2026, and the "
     "headteacher has been appointed."),
    ("A9", "Improve school attendance through the Attendance Strategy", "Head of Inclusion",
     "Red", "31/03/2026",
     "Persistent absence rose to 18.1% in the autumn term; an improvement plan has been "
     "agreed with the secondary headteachers."),
    ("A10", "Deliver the Gwaith Aeron employability programme", "Head of Regeneration",
     "Green", "31/03/2026",
     "247 residents supported into training or work by the end of December. The programme "
     "is funded from the Shared Prosperity Fund."),
    ("A11", "Run digital skills courses for residents in branch libraries",
     "Head of Libraries and Culture", "Amber", "31/03/2026",
     "Courses are running in four of the six branch libraries; the other two are waiting "
     "for equipment, and the target has moved to 31/03/2026."),
    "Well-being Objective 4: A modern, efficient council",
    ("A12", "Launch the new council website", "Head of Digital", "Green", "31/03/2026",
     "This action has been split: the website launch stays as A12 and the 'My Account' "
     "online services are now reported as A13. Testing of the new website is under way."),
    ("A13", "Introduce 'My Account' online services for council tax and waste",
     "Head of Digital", "Green", "30/09/2026",
     "New action (split from A12). The online services will follow the website launch, from "
     "summer 2026."),
    ("A14", "Rationalise office accommodation and close Tŷ Glas", "Head of Property",
     "Amber", "30/09/2026",
     "A reduced Civic Centre refurbishment has been agreed; the closure of Tŷ Glas is still "
     "expected by September 2026, but the timetable is tight."),
    ("A15", "Agree and deliver a Workforce Strategy 2025-2030", "Head of People", "Amber",
     "31/03/2026",
     "Cabinet asked for further work on the pay and grading section in December 2025; the "
     "strategy will now be considered in March 2026."),
    ("A16", "Deliver the 2025-26 savings programme (MTFS)", "Head of Finance", "Red",
     "31/03/2026",
     "£3.2m of the £4.6m savings delivered; £1.4m is unlikely to be achieved this year and "
     "will be met from reserves if necessary."),
    ("A17", "Launch a 'grow our own' apprenticeship scheme", "Head of People", "Green",
     "31/03/2026", "The 12 apprentices are in post and a second intake is being planned."),
]


def main() -> None:
    st = pdf_styles(9)
    story = [P("CWM AERON COUNTY BOROUGH COUNCIL", st["h2"]),
             P("Corporate Performance and Resources Scrutiny Committee", st["body"]),
             P("12 February 2026", st["body"]),
             P("Corporate Plan 2025-2030: Delivery Plan 2025-26 – Quarter 3 progress",
               st["title"]),
             P("1. Purpose of the report", st["h1"]),
             P("To report progress on the actions of the Delivery Plan 2025-26 at 31 December "
               "2025 (quarter 3).", st["body"]),
             P("2. Summary of progress", st["h1"]),
             P("Of the 17 actions, 9 are rated Green, 5 Amber and 2 Red, and 1 is complete. "
               "Following the closure of the day opportunities review in quarter 2, the "
               "actions have been renumbered from this report; the website action has been "
               "split in two, and Objective 3 has been renamed \u201cLearning, skills and "
               "employment\u201d to reflect the employability work.", st["body"]),
             P("3. Financial implications", st["h1"]),
             P("The Shared Prosperity Fund allocation for 2025-26 has been revised to £1.2m "
               "(from £1.45m) following the UK Government's confirmation of the final year's "
               "funding. The Local Transport Fund grant of £350,000 for 2025-26 is "
               "unchanged.", st["body"]),
             P("Appendix A – Delivery Plan 2025-26: progress at 31 December 2025", st["h1"])]
    data = [[P(f"<b>{h}</b>", st["cell"]) for h in
             ("Ref", "Action", "Lead officer", "RAG", "Target", "Progress update (Q3)")]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
    for r in ROWS:
        n = len(data)
        if isinstance(r, str):
            data.append([P(f"<b>{r}</b>", st["cell"]), "", "", "", "", ""])
            style += [("SPAN", (0, n), (-1, n)),
                      ("BACKGROUND", (0, n), (-1, n), colors.HexColor("#F2F2F2"))]
            continue
        data.append([P(x, st["cell"]) for x in r])
        style.append(("BACKGROUND", (3, n), (3, n), colors.HexColor(FILL[r[3]])))
    widths = [12 * mm, 58 * mm, 36 * mm, 18 * mm, 20 * mm, 117 * mm]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle(style))
    story.append(table)
    story.append(P("Contact officer: Gwenllian Rees, Performance Manager", st["small"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "Corporate Performance and Resources Scrutiny "
              "Committee – 12 February 2026 – Item 7", "Delivery Plan 2025-26: Quarter 3 "
              "progress", wide=True)


if __name__ == "__main__":
    main()
