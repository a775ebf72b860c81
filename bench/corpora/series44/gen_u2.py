"""series44 U2: Tywi and Teifi Corporate Joint Committee (invented), Regional Delivery
Programme 2025-27, programme highlight report to the CJC meeting of 25 September 2025, as a
PDF printed from Word (portrait A4, running header, "Page N of M").

Layout: as U1 but the project header block is two lines of "Label: value" pairs under a bold
"Project N: name" line, RAG printed as LETTERS (G / A / R; "C" Complete, with a key), an
exception marked "R (E)" with a key line; the Project 2 milestone table is split across a
page break with its header row repeated. Changes since U1: P1-M1, P2-M1 and P3-M1 complete
(Actual date, "C"); P1-M2 slips to 31/12/2025; P1-M3 brought forward to 30/09/2025; P1-M5
"combined with P1-M4" (its row gone, P1-M4 renamed and slipping to 31/01/2026); P2-M2 an
exception (31/01/2026); P2-M4 moves within its quarter (31/10 -> 30/11/2025); P3-M2 slips to
31/10/2025; a new P2-M5 (not started); wording lightly edited.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import GRID, OUT, P, build_pdf, colors, mm, pdf_styles
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "series44-u2-2025-09"
FILL = {"G": "#00B050", "A": "#FFC000", "R": "#FF0000", "R (E)": "#FF0000", "C": "#5B9BD5"}
HEAD = ("Milestone", "Owner", "Baseline date", "Forecast date", "Actual date", "RAG",
        "Comment")

PROJECTS = [
    ("Project 1: Regional Transport Plan",
     "Senior Responsible Owner: Rhian Lloyd, Director of Place &nbsp;&nbsp; Overall RAG: A",
     "Budget: £2.4m &nbsp;&nbsp; Spend to date: £980,000",
     [("P1-M1 Final Regional Transport Plan submitted to Welsh Government",
       "RTP Programme Manager", "31/07/2025", "31/07/2025", "24/07/2025", "C",
       "Submitted on 24 July 2025; Welsh Government acknowledged receipt."),
      ("P1-M2 Regional Transport Delivery Plan: schemes prioritised",
       "Transport Lead Officer", "30/09/2025", "31/12/2025", "", "A",
       "Two councils asked for more time to score their schemes; prioritisation now "
       "expected by December."),
      ("P1-M3 Active travel network maps: regional consultation", "Active Travel Officer",
       "31/10/2025", "30/09/2025", "", "G",
       "Brought forward: the consultation opened early, on 1 September, and closes on 29 "
       "September."),
      ("P1-M4 Bus network review and franchising readiness assessment",
       "Transport Lead Officer", "31/12/2025", "31/01/2026", "", "A",
       "P1-M5 (bus franchising readiness assessment) has been combined with P1-M4 so that "
       "Transport for Wales carries out one piece of work; the combined milestone is "
       "forecast for January 2026, within tolerance."),
      ("P1-M6 Regional grant bids submitted for 2026-27", "RTP Programme Manager",
       "31/01/2026", "31/01/2026", "", "G",
       "The bid pipeline is being compiled from the councils' scheme lists."),
      ]),
    ("Project 2: Strategic Development Plan",
     "Senior Responsible Owner: Huw Parry, Head of Planning &nbsp;&nbsp; Overall RAG: R",
     "Budget: £1.1m &nbsp;&nbsp; Spend to date: £310,000",
     [("P2-M1 SDP Delivery Agreement agreed by Welsh Government", "SDP Manager",
       "30/06/2025", "31/07/2025", "12/08/2025", "C",
       "Agreed by Welsh Government on 12 August 2025."),
      ("P2-M2 Evidence base: regional housing land study", "SDP Manager", "30/11/2025",
       "31/01/2026", "", "R (E)",
       "EXCEPTION. The consultants' household projections must be re-run after the 2024-based "
       "projections were published; the study is now forecast for January 2026, two months "
       "beyond the baseline and outside tolerance. An exception report is attached at "
       "Appendix 1 and a decision is sought below."),
      ("P2-M3 Preferred strategy consultation", "SDP Manager", "31/03/2026", "31/03/2026", "",
       "G", "Growth options are being drafted; member workshops are booked for November."),
      ("P2-M4 Integrated Sustainability Appraisal and HRA scoping", "Environment Officer",
       "31/10/2025", "30/11/2025", "", "A",
       "Natural Resources Wales asked for a further consultation on the scoping report; "
       "forecast moved to the end of November."),
      ("P2-M5 Regional Minerals and Waste Technical Statement: SDP input",
       "SDP Manager", "31/03/2026", "31/03/2026", "", "G",
       "New milestone added at the request of Welsh Government. Not started: work begins in "
       "January 2026."),
      ]),
    ("Project 3: Economic Wellbeing",
     "Senior Responsible Owner: Siân Morgan, Director of Economy &nbsp;&nbsp; Overall RAG: A",
     "Budget: £1.2m (including Shared Prosperity Fund £450,000, 2025-26) &nbsp;&nbsp; Spend to "
     "date: £410,000",
     [("P3-M1 Regional Economic Delivery Plan approved by the CJC", "Economy Lead Officer",
       "30/09/2025", "30/09/2025", "18/09/2025", "C",
       "Approved by the CJC's Economic Wellbeing sub-committee on 18 September 2025."),
      ("P3-M2 Shared Prosperity Fund business support grants launched",
       "Business Support Manager", "31/08/2025", "31/10/2025", "", "A",
       "The application portal failed security testing; launch now forecast for October."),
      ("P3-M3 Regional employer skills survey completed", "Skills Partnership Manager",
       "31/12/2025", "31/12/2025", "", "G",
       "Survey design agreed with the colleges and the survey opens in October."),
      ("P3-M4 Inward investment prospectus published", "Economy Lead Officer", "31/03/2026",
       "31/03/2026", "", "G", "Not started: the brief is being drafted."),
      ]),
    ("Project 4: Regional Energy Strategy",
     "Senior Responsible Owner: Gareth Hughes, Head of Climate Change &nbsp;&nbsp; Overall "
     "RAG: G",
     "Budget: £600,000 &nbsp;&nbsp; Spend to date: £150,000",
     [("P4-M1 Local Area Energy Plans completed for all four councils", "Energy Officer",
       "31/03/2026", "31/03/2026", "", "G", "Three of the four plans are now in draft."),
      ("P4-M2 Regional grid capacity study", "Energy Officer", "31/01/2026", "31/01/2026", "",
       "G", "The distribution network operator has supplied the first data set."),
      ("P4-M3 Regional energy investment prospectus", "Energy Officer", "30/09/2026",
       "30/09/2026", "", "G", "Not started: depends on the Local Area Energy Plans."),
      ]),
]


def main() -> None:
    st = pdf_styles(9)
    story = [P("TYWI AND TEIFI CORPORATE JOINT COMMITTEE", st["h2"]),
             P("Date of meeting: 25 September 2025", st["body"]),
             P("Report of: Chief Executive Officer of the CJC", st["body"]),
             P("Reporting period: 1 June 2025 to 31 August 2025", st["body"]),
             P("Regional Delivery Programme 2025-27: Programme Highlight Report", st["title"]),
             P("Programme summary", st["h1"]),
             P("Three milestones have been completed since the last report. One milestone, "
               "the regional housing land study, is forecast outside tolerance and is "
               "reported as an exception (Project 2). The bus franchising readiness "
               "assessment has been combined with the bus network review.", st["body"]),
             P("Tolerances: time – one month beyond the baseline date; cost – 5% of the "
               "project budget. RAG key: G on track; A at risk, within tolerance; R off "
               "track; R (E) exception, outside tolerance; C complete.", st["body"])]
    widths = [48 * mm, 24 * mm, 16 * mm, 16 * mm, 16 * mm, 10 * mm, 44 * mm]
    for title, line1, line2, milestones in PROJECTS:
        story += [P(f"<b>{title}</b>", st["h1"]), P(line1, st["body"]), P(line2, st["body"])]
        data = [[P(f"<b>{h}</b>", st["cell"]) for h in HEAD]]
        style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))]
        for r in milestones:
            n = len(data)
            data.append([P(x, st["cell"]) for x in r])
            style.append(("BACKGROUND", (5, n), (5, n), colors.HexColor(FILL[r[5]])))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        story += [t, Spacer(1, 4 * mm)]
    story.append(P("Decisions required", st["h1"]))
    for i, d in enumerate(("Note the progress of the four projects.",
                           "Accept the exception report for P2-M2 and agree a revised "
                           "forecast of January 2026.",
                           "Note that P1-M5 has been combined with P1-M4."), 1):
        story.append(P(f"{i}. {d}", st["body"]))
    story.append(P("Contact: Eleri Davies, Programme Manager, Tywi and Teifi CJC",
                   st["small"]))
    build_pdf(OUT / f"{NAME}.pdf", story, "Tywi and Teifi Corporate Joint Committee – 25 "
              "September 2025 – Item 5", "Regional Delivery Programme: highlight report")


if __name__ == "__main__":
    main()
