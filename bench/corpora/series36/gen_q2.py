"""series36 Q2: the WLGA Sector Support Programme 2025-26, quarter 2 update to the WLGA
Improvement and Governance Board (16th October 2025), as a PDF printed from Word.

The same paper as Q1 a quarter later, laid out by another officer: the priorities are bold
"Priority 1 – Governance and Scrutiny" lines (no list number), each piece of work a
hanging-indent paragraph whose number Word printed ("1.5"), a bold lead, the text; a
"Summary" paragraph before the progress; the grants in a "Resources" section; running
header and "Page N of M" footer. Changes since Q1: a piece of work split in two (the cyber
exercises: senior leaders 2.1, ICT teams 2.2 new, so Digital's later items move down one),
a new piece of work (1.5 financial resilience peer reviews), the scrutiny toolkit and the
workforce survey complete, one date brought forward (social care campaign to November
2025), two slips (dashboards to quarter 3, the second network workshop to January 2026).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, P, build_pdf, pdf_styles
from reportlab.lib.styles import ParagraphStyle

NAME = "series36-q2-2025-10"
TITLE = "WLGA Sector Support Programme 2025-26 – Quarter 2 Update"
DATE = "16th October 2025"
SUMMARY = ("This report updates the Board on the Sector Support Programme 2025-26 for July to "
           "September 2025. Two pieces of work were completed in the quarter, one was brought "
           "forward and two are running later than planned. The cyber exercises are now "
           "reported as two pieces of work, and the financial resilience peer reviews have "
           "been added to the programme at the request of councils.")
PRIORITIES = [
    ("Governance and Scrutiny", [
        ("Scrutiny self-evaluation", "The self-evaluation toolkit for scrutiny committees was "
         "published in September 2025 after testing with three councils."),
        ("Lay member training", "The first of six training sessions for lay members of "
         "governance and audit committees, designed with CIPFA, took place on 9 October "
         "2025; the remaining sessions run until December 2025."),
        ("Member development charter", "Eight councils have completed their charter "
         "assessments for the renewed Wales Charter for Member Support and Development, and "
         "the remaining assessments are due to be completed by March 2026."),
        ("Panel performance assessment", "Refreshed guidance on panel performance "
         "assessments is being drafted with the Welsh Government and remains on course for "
         "December 2025."),
        ("Financial resilience peer reviews", "Two councils have asked for a financial "
         "resilience peer review; the first is planned for January 2026."),
    ]),
    ("Digital", [
        ("Cyber exercises for senior leaders", "Cyber incident exercises for chief executives "
         "and leaders will run in each region from November 2025."),
        ("Cyber exercises for ICT teams", "Separate technical exercises for council ICT "
         "teams are planned to follow in February 2026."),
        ("Data dashboards", "The shared performance dashboards are later than planned "
         "because of data supply from two councils; the first dashboards are now expected "
         "in quarter 3."),
        ("Generative AI guidance", "A draft of the guidance on the safe use of generative AI "
         "is being consulted on with the Digital Leaders Network; publication is still "
         "expected by December 2025."),
        ("Digital skills for councillors", "The e-learning module on digital skills for "
         "councillors is being developed and will be available in quarter 4."),
        ("Data literacy for officers", "A data literacy course for middle managers is "
         "planned for January 2026, with 30 places."),
    ]),
    ("Workforce", [
        ("Workforce survey", "The findings of the workforce survey and an action plan were "
         "reported to and agreed by the Board in September 2025."),
        ("Graduate scheme", "The shared graduate scheme is being designed with Academi Wales, "
         "and recruitment will open in January 2026."),
        ("Social care recruitment campaign", "The national social care recruitment campaign "
         "with Social Care Wales has been brought forward to November 2025 to support "
         "councils through the winter."),
    ]),
    ("Performance and Self-assessment", [
        ("Self-assessment network", "One workshop of the self-assessment network was held "
         "in September 2025; the second has slipped to January 2026 because of the "
         "availability of speakers."),
        ("Core performance measures", "Data Cymru has started work on the core performance "
         "measures, which are expected in December 2025."),
    ]),
]
RESOURCES = [
    "The programme is funded by the Welsh Government's improvement grant of £780,000 for "
    "2025-26; spend to the end of September was £352,000, in line with the profile.",
    "The digital grant of £500,000 for 2025-26 continues to fund the Chief Digital Officer "
    "for local government and the digital team.",
]
RECOMMENDATION = "Members are asked to note the progress made in quarter 2."


def write_pdf() -> None:
    st = pdf_styles(10)
    item = ParagraphStyle("item", parent=st["body"], leftIndent=28, firstLineIndent=-28)
    story = [P("WELSH LOCAL GOVERNMENT ASSOCIATION", st["h2"]),
             P("IMPROVEMENT AND GOVERNANCE BOARD", st["h2"]), P(DATE, st["body"]),
             P(TITLE, st["title"]),
             P("Summary", st["h1"]), P(SUMMARY, st["body"]),
             P("Progress by priority", st["h1"])]
    for n, (priority, items) in enumerate(PRIORITIES, 1):
        story.append(P(f"Priority {n} – {priority}", st["h2"]))
        for m, (lead, text) in enumerate(items, 1):
            story.append(P(f"{n}.{m}&nbsp;&nbsp;&nbsp;<b>{lead}:</b> {text}", item))
    story += [P("Resources", st["h1"])] + [P(t, st["body"]) for t in RESOURCES]
    story += [P("Recommendation", st["h1"]), P(RECOMMENDATION, st["body"]),
              P("Report author: Siân Pritchard, Head of Improvement", st["small"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Improvement and Governance Board – 16 October "
              "2025 – Item 5", "Sector Support Programme 2025-26: Quarter 2 Update")


if __name__ == "__main__":
    write_pdf()
