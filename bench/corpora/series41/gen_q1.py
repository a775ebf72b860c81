"""series41 Q1: Cwm Aeron County Borough Council (invented), Corporate Plan 2025-2030,
Delivery Plan 2025-26, quarter 1 progress (April to June 2025), to the Corporate Performance
and Resources Scrutiny Committee of 18 September 2025, as the tracker's Excel sheet saved as
"Text (Tab delimited)".

Layout: title rows in the first cell, a "RAG key" row, a header row `Ref | Action | Lead
officer | RAG | Target date | Progress commentary`, each well-being objective a row of its
own (the objective in the first cell, the other cells empty, so the line ends in tabs),
then one row per action (refs A1..A16 running through the plan, target dates dd/mm/yyyy).
Excel quotes a cell holding a double quote and doubles the quote ("Deliver the ""Gwaith
Aeron"" ..."). A "Funding" block of four columns after the actions. UTF-8, CRLF line ends.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT

NAME = "series41-q1-2025-09"
W = 6  # columns of the sheet

OBJECTIVES = [
    ("Well-being Objective 1: A prosperous and green county borough", [
        ("A1", "Deliver the Shared Prosperity Fund local investment plan for 2025-26",
         "Head of Regeneration", "Green", "31/03/2026",
         "The Local Partnership Group approved the 2025-26 project list in May 2025. 14 "
         "community grants have been awarded and the business support scheme opened on 2 "
         "June 2025."),
        ("A2", "Install electric vehicle charging points at 12 council car parks",
         "Head of Highways and Transport", "Green", "31/12/2025",
         "Sites surveyed and the installation contract awarded in June 2025; installation at "
         "the first four car parks starts in August 2025."),
        ("A3", "Prepare the Replacement Local Development Plan for deposit consultation",
         "Head of Planning", "Green", "31/03/2026",
         "The candidate sites assessment is under way; the preferred strategy consultation "
         "report was noted by Cabinet in June 2025."),
        ("A4", "Adopt a town centre masterplan for Pontgarreg", "Head of Regeneration",
         "Green", "31/12/2025",
         "Engagement with traders and residents ran in May and June 2025 (420 responses); "
         "the draft masterplan is being prepared."),
    ]),
    ("Well-being Objective 2: Healthy, independent communities", [
        ("A5", "Review day opportunities for adults with a learning disability",
         "Head of Adult Services", "Amber", "31/03/2026",
         "The review has started but engagement with families is behind schedule because of "
         "staff vacancies in the team."),
        ("A6", "Extend the Community Connectors service to all 24 wards",
         "Head of Community Wellbeing", "Green", "31/03/2026",
         "Connectors now cover 16 of the 24 wards; recruitment for the remaining wards is "
         "under way."),
        ("A7", "Deliver 60 extra care apartments at Maes y Ffynnon", "Head of Housing",
         "Green", "30/09/2026",
         "Construction is on programme; the building frame is complete and the roof will be "
         "on by October 2025."),
    ]),
    ("Well-being Objective 3: Learning and skills for all", [
        ("A8", "Open the new Welsh-medium primary school, Ysgol Gymraeg Glan Aeron",
         "Head of Education", "Green", "01/09/2026",
         "Building work started in April 2025 and is on programme; the shadow governing body "
         "has been appointed."),
        ("A9", "Improve school attendance through the Attendance Strategy",
         "Head of Inclusion", "Amber", "31/03/2026",
         "Persistent absence in secondary schools (17.2%) remains above the Wales average; "
         "family engagement officers are being recruited."),
        ("A10", 'Deliver the "Gwaith Aeron" employability programme', "Head of Regeneration",
         "Green", "31/03/2026",
         "96 residents supported into training or work in quarter 1, against a profile of "
         "80."),
        ("A11", "Run digital skills courses for residents in libraries",
         "Head of Libraries and Culture", "Green", "31/12/2025",
         "Not yet started: the first courses in the six branch libraries begin in October "
         "2025."),
    ]),
    ("Well-being Objective 4: A modern, efficient council", [
        ("A12", "Launch a new council website with online services", "Head of Digital",
         "Green", "31/03/2026",
         "Supplier appointed in May 2025; the content audit of the current website is "
         "complete."),
        ("A13", "Rationalise office accommodation and close Tŷ Glas", "Head of Property",
         "Amber", "30/09/2026",
         "Staff moves depend on the refurbishment of the Civic Centre, where tenders came in "
         "over budget; options are being reviewed."),
        ("A14", "Agree and deliver a Workforce Strategy 2025-2030", "Head of People",
         "Green", "31/12/2025",
         "Staff survey completed in June 2025 (58% response); the draft strategy will go to "
         "Cabinet in the autumn."),
        ("A15", "Deliver the 2025-26 savings programme (Medium Term Financial Strategy)",
         "Head of Finance", "Amber", "31/03/2026",
         "£4.6m of savings are planned; £1.1m is at risk in social care and school "
         "transport."),
        ("A16", 'Launch a "grow our own" apprenticeship scheme', "Head of People", "Green",
         "31/03/2026", "12 apprentices have accepted places and start in September 2025."),
    ]),
]

FUNDING = [
    ("Funding", "Year", "Allocation", "Note"),
    ("Shared Prosperity Fund", "2025-26", "£1,450,000",
     "Final year of the UK Shared Prosperity Fund; supports A1 and A10"),
    ("Local Transport Fund (Welsh Government)", "2025-26", "£350,000",
     "Electric vehicle charging (A2)"),
]


def cell(text: str) -> str:
    """A cell as Excel writes it in a tab-delimited file."""
    if '"' in text or "\t" in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def row(*cells: str) -> str:
    cells = list(cells) + [""] * (W - len(cells))
    return "\t".join(cell(c) for c in cells)


def main() -> None:
    lines = [
        row("Cwm Aeron County Borough Council"),
        row("Corporate Plan 2025-2030: Delivery Plan 2025-26 – Quarter 1 progress (April to "
            "June 2025)"),
        row("Corporate Performance and Resources Scrutiny Committee", "18 September 2025"),
        row("Position at 30 June 2025"),
        row(),
        row("RAG key", "Green – on track", "Amber – some slippage or risk",
            "Red – significant risk or off track", "Complete", "Closed"),
        row(),
        row("Ref", "Action", "Lead officer", "RAG", "Target date", "Progress commentary"),
    ]
    for objective, actions in OBJECTIVES:
        lines.append(row(objective))
        lines += [row(*a) for a in actions]
    lines += [row(), *[row(*f) for f in FUNDING]]
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


if __name__ == "__main__":
    main()
