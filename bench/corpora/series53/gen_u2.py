"""series53 U2: the year-end report, Quarter 4 2025-26, to the WLGA Workforce Board, 23 April
2026, as a PDF printed from Word (running header, "Page N of M").

House style as U1 (typed "1.1" numbers, a bold title, the narrative, a bold status label
closing the paragraph), the labels now the year-end's ("Complete", "Carried forward – on
track", "Carried forward – delayed", "Not carried forward"); before the progress a
"Year-end summary" table `Ref | Action | Position at 31 March 2026 | 2026-27` repeating
every action in one row (not further items); the year-end financial position (the grant,
spend and underspend) under Funding.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import GRID, OUT, P, build_pdf, colors, mm, pdf_styles  # noqa: E402
from reportlab.platypus import Spacer, Table  # noqa: E402

NAME = "series53-u2-2026-04"
TITLE = "Workforce and Skills Support Programme 2025-26: Quarter 4 and Year-end Report"
DATE = "23 April 2026"
CF, CD, DN, NC = ("Carried forward – on track", "Carried forward – delayed", "Complete",
                  "Not carried forward")
PURPOSE = ("To report progress with the Workforce and Skills Support Programme in the fourth "
           "quarter (January to March 2026), to summarise what the programme completed in "
           "2025-26 and to set out which actions carry forward into the 2026-27 programme.")
BACKGROUND = [
    "The Board agreed in February 2026 that the 2026-27 programme would be refreshed, with "
    "unfinished actions carried forward and a small number of new actions. The refreshed "
    "programme will be reported from quarter 1 of 2026-27.",
]
SUMMARY = [
    ("1.1", "Social care recruitment campaign", "Second wave delivered", "Carried forward"),
    ("1.2", "Shared graduate scheme", "Recruitment under way", "Carried forward"),
    ("1.3", "Apprenticeship framework", "Delayed", "Carried forward"),
    ("1.4", "Exit interview toolkit", "Complete", "–"),
    ("2.1", "Aspiring chief officers programme", "Final module outstanding",
     "Carried forward"),
    ("2.2", "Middle managers' programme", "Pilot under way", "Carried forward"),
    ("2.3", "Coaching network", "Network launched", "Carried forward"),
    ("3.1", "Workforce data standard", "Delayed", "Carried forward"),
    ("3.2", "Workforce planning toolkit", "Delayed", "Carried forward"),
    ("3.3", "All-Wales workforce survey", "Complete", "–"),
    ("4.1", "Menopause and well-being guidance", "Complete", "–"),
    ("4.2", "Pay and grading review support", "Guide in draft", "Carried forward"),
    ("4.3", "Hybrid working guidance", "Not started", "Not carried forward"),
]
PRIORITIES = [
    ("1. Recruitment and retention", [
        ("1.1", "Social care recruitment campaign.", "The second wave of the campaign ran "
         "from January to March 2026 and brought 1,940 expressions of interest. The "
         "evaluation, due in March, has slipped to June 2026 because the councils' "
         "recruitment data arrived late.", CD),
        ("1.2", "Shared graduate scheme.", "Recruitment opened in January 2026 and 412 "
         "applications were received. The first cohort will start in September 2026.", CF),
        ("1.3", "Apprenticeship framework.", "The framework has been held back again while "
         "the Welsh Government reviews its apprenticeship programme, and has slipped to "
         "September 2026.", CD),
        ("1.4", "Exit interview toolkit.", "The toolkit was published in February 2026 and "
         "nine councils are using it.", DN),
    ]),
    ("2. Leadership and management development", [
        ("2.1", "Aspiring chief officers programme.", "The final module has been moved out "
         "of the budget-setting period; the module and the programme's evaluation will be "
         "completed by September 2026.", CF),
        ("2.2", "Middle managers' programme.", "The pilot began in February 2026 with six "
         "councils and runs until July 2026.", CF),
        ("2.3", "Coaching network.", "The network was launched in January 2026 with 52 "
         "coaches and will be open to staff in all 22 councils by December 2026.", CF),
    ]),
    ("3. Workforce planning and data", [
        ("3.1", "Workforce data standard.", "Testing with payroll suppliers is still not "
         "finished and the standard is now expected in September 2026.", CD),
        ("3.2", "Workforce planning toolkit.", "The toolkit has been drafted; publication "
         "has moved to June 2026 so that the social care module can be developed with Social "
         "Care Wales.", CD),
        ("3.3", "All-Wales workforce survey.", "Completed in quarter 3; the results are "
         "being used in councils' workforce plans.", DN),
    ]),
    ("4. Well-being and fair work", [
        ("4.1", "Menopause and well-being guidance.", "The joint guidance was issued to "
         "councils in January 2026.", DN),
        ("4.2", "Pay and grading review support.", "The good practice guide has been brought "
         "forward to June 2026 to support councils' equal pay reviews.", CF),
        ("4.3", "Hybrid working guidance.", "Councils already have their own hybrid working "
         "policies, and the Board agreed in February 2026 that this action would not be "
         "carried forward.", NC),
    ]),
]
FUNDING = [
    "Year-end financial position: the Workforce and Skills Support Grant for 2025-26 was "
    "£640,000. Spend for the year was £611,850, an underspend of £28,150 (4.4%), mainly "
    "because of the delayed data standard work. The underspend will be returned to the "
    "Welsh Government with the final claim.",
    "The Welsh Government has indicated that the grant for 2026-27 will be confirmed in "
    "June 2026.",
]
RECOMMENDATION = ("Members are asked to note the year-end position and the actions carried "
                  "forward into the 2026-27 programme.")


def write_pdf() -> None:
    st = pdf_styles(10)
    hang = st["body"].clone("hang", leftIndent=12 * mm, firstLineIndent=-12 * mm)
    story = [P("WELSH LOCAL GOVERNMENT ASSOCIATION", st["h2"]), P("WORKFORCE BOARD", st["h2"]),
             P(DATE, st["body"]), P(TITLE, st["title"]),
             P("Purpose", st["h1"]), P(PURPOSE, st["body"]),
             P("Background", st["h1"])]
    story += [P(t, st["body"]) for t in BACKGROUND]
    story.append(P("Year-end summary", st["h1"]))
    rows = [[P(h, st["cellb"]) for h in ("Ref", "Action", "Position at 31 March 2026",
                                         "2026-27")]]
    rows += [[P(c, st["cell"]) for c in r] for r in SUMMARY]
    t = Table(rows, colWidths=[14 * mm, 66 * mm, 52 * mm, 40 * mm], repeatRows=1)
    t.setStyle(GRID + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))])
    story += [t, Spacer(1, 4 * mm),
              P("Three actions were completed in 2025-26 and one will not be carried "
                "forward; nine carry forward into 2026-27.", st["body"])]
    story.append(P("Progress by priority", st["h1"]))
    for priority, items in PRIORITIES:
        story.append(P(priority, st["h2"]))
        for ref, title, text, status in items:
            story.append(P(f"{ref}&nbsp;&nbsp;&nbsp;&nbsp;<b>{title}</b> {text} "
                           f"<b>{status}</b>", hang))
    story.append(P("Funding", st["h1"]))
    story += [P(t, st["body"]) for t in FUNDING]
    story += [P("Recommendation", st["h1"]), P(RECOMMENDATION, st["body"]), Spacer(1, 4 * mm),
              P("Author: Rhian Beynon, Workforce Programme Manager", st["body"]),
              P("E-mail: rhian.beynon@wlga.gov.uk", st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Workforce Board – 23 April 2026 – Item 4",
              "Workforce and Skills Support Programme: Year-end Report")


if __name__ == "__main__":
    write_pdf()
