"""series44 U1: Tywi and Teifi Corporate Joint Committee (invented), Regional Delivery
Programme 2025-27, programme highlight report to the CJC meeting of 26 June 2025, as a Word
document (.docx).

Layout: a cover block (To / Date of meeting / Report of / Reporting period), a purpose
paragraph and a programme summary, a tolerance line, then one block per project: a Heading 2
"Project N: name", a two-column Word table of the project's header fields (Project, Senior
Responsible Owner, Overall RAG, Budget, Spend to date) and a milestone table `Milestone |
Owner | Baseline date | Forecast date | Actual date | RAG | Comment` whose Milestone cell
opens with its ref ("P2-M3 ..."), RAG as a word (Green / Amber / Red / Complete) in a shaded
cell; "Decisions required" a numbered list at the end (not milestones). The Shared Prosperity
Fund is named in Project 3's Budget field.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from gen_common import (OUT, add_par, cell_text, footer_page_numbers, header_text, new_docx,
                        set_repeat_header, shade)

NAME = "series44-u1-2025-06"
FILL = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000", "Complete": "5B9BD5"}
HEAD = ("Milestone", "Owner", "Baseline date", "Forecast date", "Actual date", "RAG",
        "Comment")

PROJECTS = [
    ("Project 1: Regional Transport Plan",
     [("Senior Responsible Owner", "Rhian Lloyd, Director of Place (Cyngor Sir Tywi)"),
      ("Overall RAG", "Green"), ("Budget", "£2.4m"), ("Spend to date", "£610,000")],
     [("P1-M1 Final Regional Transport Plan submitted to Welsh Government",
       "RTP Programme Manager", "31/07/2025", "31/07/2025", "", "Green",
       "The final plan was approved by the CJC on 12 June; submission is on track."),
      ("P1-M2 Regional Transport Delivery Plan: schemes prioritised", "Transport Lead Officer",
       "30/09/2025", "30/09/2025", "", "Green",
       "Scheme scoring under way with the four councils' highway teams."),
      ("P1-M3 Active travel network maps: regional consultation", "Active Travel Officer",
       "31/10/2025", "31/10/2025", "", "Green",
       "Consultation materials are being prepared with the councils."),
      ("P1-M4 Bus network review: options appraisal", "Transport Lead Officer", "31/12/2025",
       "31/12/2025", "", "Green", "Transport for Wales data sharing agreement signed."),
      ("P1-M5 Bus franchising readiness assessment", "Transport Lead Officer", "31/01/2026",
       "31/01/2026", "", "Green",
       "Scope agreed with Transport for Wales; assessment to begin in the autumn."),
      ("P1-M6 Regional grant bids submitted for 2026-27", "RTP Programme Manager",
       "31/01/2026", "31/01/2026", "", "Green",
       "Bid pipeline being compiled from the councils' scheme lists."),
      ]),
    ("Project 2: Strategic Development Plan",
     [("Senior Responsible Owner", "Huw Parry, Head of Planning (Cyngor Sir Teifi)"),
      ("Overall RAG", "Amber"), ("Budget", "£1.1m"), ("Spend to date", "£180,000")],
     [("P2-M1 SDP Delivery Agreement agreed by Welsh Government", "SDP Manager",
       "30/06/2025", "31/07/2025", "", "Amber",
       "Welsh Government comments received late; the revised agreement goes to the CJC in "
       "July."),
      ("P2-M2 Evidence base: regional housing land study", "SDP Manager", "30/11/2025",
       "30/11/2025", "", "Green", "Consultants appointed in May."),
      ("P2-M3 Preferred strategy consultation", "SDP Manager", "31/03/2026", "31/03/2026", "",
       "Green", "Drafting of growth options has started."),
      ("P2-M4 Integrated Sustainability Appraisal and HRA scoping", "Environment Officer",
       "31/10/2025", "31/10/2025", "", "Green",
       "Scoping workshops held with Natural Resources Wales."),
      ]),
    ("Project 3: Economic Wellbeing",
     [("Senior Responsible Owner", "Siân Morgan, Director of Economy (Cyngor Sir Teifi)"),
      ("Overall RAG", "Green"),
      ("Budget", "£1.2m (including Shared Prosperity Fund £450,000, 2025-26)"),
      ("Spend to date", "£220,000")],
     [("P3-M1 Regional Economic Delivery Plan approved by the CJC", "Economy Lead Officer",
       "30/09/2025", "30/09/2025", "", "Green",
       "Draft plan discussed at the Economic Wellbeing sub-committee in May."),
      ("P3-M2 Shared Prosperity Fund business support grants launched", "Business Support "
       "Manager", "31/08/2025", "31/08/2025", "", "Green",
       "Grant criteria agreed; the application portal is being built."),
      ("P3-M3 Regional employer skills survey completed", "Skills Partnership Manager",
       "31/12/2025", "31/12/2025", "", "Green", "Survey design agreed with the colleges."),
      ("P3-M4 Inward investment prospectus published", "Economy Lead Officer", "31/03/2026",
       "31/03/2026", "", "Green", "Not started: the brief will be drafted in the autumn."),
      ]),
    ("Project 4: Regional Energy Strategy",
     [("Senior Responsible Owner", "Gareth Hughes, Head of Climate Change (Cyngor Sir Tywi)"),
      ("Overall RAG", "Green"), ("Budget", "£600,000"), ("Spend to date", "£95,000")],
     [("P4-M1 Local Area Energy Plans completed for all four councils", "Energy Officer",
       "31/03/2026", "31/03/2026", "", "Green", "Two of the four plans are in draft."),
      ("P4-M2 Regional grid capacity study", "Energy Officer", "31/01/2026", "31/01/2026", "",
       "Green", "Data request issued to the distribution network operator."),
      ("P4-M3 Regional energy investment prospectus", "Energy Officer", "30/09/2026",
       "30/09/2026", "", "Green",
       "Not started: depends on the Local Area Energy Plans."),
      ]),
]


def main() -> None:
    doc = new_docx("Arial", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    header_text(doc, "Tywi and Teifi Corporate Joint Committee – 26 June 2025 – Item 6")
    footer_page_numbers(doc, "Regional Delivery Programme: highlight report")
    add_par(doc, "TYWI AND TEIFI CORPORATE JOINT COMMITTEE", bold=True)
    add_par(doc, "To: Corporate Joint Committee")
    add_par(doc, "Date of meeting: 26 June 2025")
    add_par(doc, "Report of: Chief Executive Officer of the CJC")
    add_par(doc, "Reporting period: 1 April 2025 to 31 May 2025")
    doc.add_heading("Regional Delivery Programme 2025-27: Programme Highlight Report", level=1)
    doc.add_heading("Purpose", level=2)
    add_par(doc, "To report progress on the four projects of the Regional Delivery Programme "
                 "against their milestones, and to seek the CJC's decisions on the matters "
                 "listed at the end of this report.")
    doc.add_heading("Programme summary", level=2)
    add_par(doc, "The programme is on track overall. One milestone (the SDP Delivery "
                 "Agreement) is forecast beyond its baseline date but within tolerance.")
    add_par(doc, "Tolerances: time – one month beyond the baseline date; cost – 5% of the "
                 "project budget. A milestone forecast beyond tolerance is reported as an "
                 "exception.")
    widths = [Mm(70), Mm(32), Mm(21), Mm(21), Mm(21), Mm(18), Mm(78)]
    for title, fields, milestones in PROJECTS:
        doc.add_heading(title, level=2)
        ht = doc.add_table(rows=0, cols=2)
        ht.style = "Table Grid"
        for label, value in [("Project", title.split(": ", 1)[1])] + fields:
            cells = ht.add_row().cells
            cell_text(cells[0], label, bold=True)
            cell_text(cells[1], value)
            shade(cells[0], "F2F2F2")
        add_par(doc)
        table = doc.add_table(rows=1, cols=7)
        table.style = "Table Grid"
        set_repeat_header(table.rows[0])
        for c, text in zip(table.rows[0].cells, HEAD, strict=True):
            cell_text(c, text, bold=True, size=9)
            shade(c, "D9E2F3")
        for row in milestones:
            cells = table.add_row().cells
            for c, value in zip(cells, row, strict=True):
                cell_text(c, value, size=9)
            shade(cells[5], FILL[row[5]])
        for r in table.rows:
            for c, w in zip(r.cells, widths, strict=True):
                c.width = w
        add_par(doc)
    doc.add_heading("Decisions required", level=2)
    for d in ("Note the progress of the four projects.",
              "Approve the revised SDP Delivery Agreement timetable for submission to Welsh "
              "Government.",
              "Agree that the bus franchising readiness assessment is commissioned jointly "
              "with Transport for Wales."):
        add_par(doc, d, style="List Number")
    add_par(doc, "Contact: Eleri Davies, Programme Manager, Tywi and Teifi CJC")
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    main()
