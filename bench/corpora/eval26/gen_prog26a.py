"""prog26a: a LOGIC MODEL DELIVERY PLAN of a Welsh Government-funded programme: a short
introduction, "The logic model" table `Inputs | Activities | Outputs | Short-term outcomes |
Long-term outcomes` (one row per strand, several entries a cell, the activities named short
with their refs), then "Activity schedule" tables per strand `Ref | Activity | Lead | Start |
End | Budget | Status at 31 August 2025` with activities A1.1 .. A3.3, then "Funding" and
"Monitoring and evaluation" prose. The items are the schedule's activities; the logic model's
outputs and outcomes (and its short repeat of the activities) are not items.

Glanmor County Borough Council (fictitious), Communities for Work Plus delivery plan,
version 2, approved by the Tackling Poverty Programme Board on 18 September 2025.
Forms: .md pandoc pipe tables (`<br>` between a cell's entries); .html the council's
website (cookie banner, nav, footer) with `<ul>` in the logic model's cells; .docx Word
tables (repeated header row, several paragraphs a cell); .pdf landscape, the schedule
tables padded so the schedule RUNS OVER PAGES.
"""
from __future__ import annotations

from shell26 import OUT, cms_page, docx, html_body, md, pdf

NAME = "prog26a-logic-model-delivery-plan"
TITLE = "Communities for Work Plus: Tackling Poverty through Employment – Delivery Plan 2025-26"
META = ("Glanmor County Borough Council. Version 2, approved by the Tackling Poverty "
        "Programme Board on 18 September 2025")
STATUS = {"Complete": "done", "On track": "in progress", "Delayed": "at risk",
          "Not started": "planned"}
# strand: (name, logic model row, [(ref, activity, lead, start, end, budget, status, quarter,
#          partners)])
STRANDS = [
    ("Employment support", (
        ["Communities for Work Plus grant: £560,000", "UK Shared Prosperity Fund: £300,000",
         "12 employment mentors"],
        ["A1.1 Employment mentors", "A1.2 Work placements", "A1.3 Jobs fairs",
         "A1.4 Employer pledge"],
        ["600 people supported", "150 paid work placements", "4 jobs fairs a year"],
        ["More participants job-ready", "Employers recruit locally"],
        ["Fewer workless households in Glanmor", "Lower child poverty"]), [
        ("A1.1", "Provide one-to-one employment mentoring to 600 unemployed and economically "
         "inactive adults in the five most deprived wards.", "Employability team",
         "April 2025", "March 2026", "£380,000", "On track", "2025-26 Q4", []),
        ("A1.2", "Arrange 150 paid six-month work placements with council services and local "
         "employers.", "Employability team", "June 2025", "March 2026", "£240,000",
         "Delayed", "2025-26 Q4", []),
        ("A1.3", "Hold four jobs fairs in the Valleys communities with Jobcentre Plus.",
         "Economic development", "May 2025", "February 2026", "£150,000", "On track",
         "2025-26 Q4", ["Jobcentre Plus"]),
        ("A1.4", "Launch a local employer pledge on fair recruitment of people who have been "
         "out of work.", "Economic development", "April 2025", "July 2025", "£90,000",
         "Complete", "2025-26 Q2", []),
    ]),
    ("Skills and digital inclusion", (
        ["Communities for Work Plus grant: £390,000", "Adult learning tutors",
         "Library network"],
        ["A2.1 Essential skills courses", "A2.2 Digital skills sessions",
         "A2.3 Device loans"],
        ["400 learners enrolled", "250 qualifications gained", "120 devices loaned"],
        ["Learners gain qualifications", "More residents online"],
        ["A more skilled workforce", "Fewer digitally excluded residents"]), [
        ("A2.1", "Run essential skills courses in literacy and numeracy with Coleg Glanmor "
         "for 400 adult learners.", "Coleg Glanmor", "September 2025", "July 2026",
         "£210,000", "On track", "2026-27 Q2", ["Coleg Glanmor"]),
        ("A2.2", "Offer weekly digital skills drop-in sessions in eight libraries.",
         "Adult learning team", "April 2025", "March 2026", "£120,000", "On track",
         "2025-26 Q4", []),
        ("A2.3", "Set up a device loan scheme of 120 laptops with data for programme "
         "participants.", "Adult learning team", "January 2026", "September 2026",
         "£60,000", "Not started", "2026-27 Q2", []),
    ]),
    ("Financial inclusion", (
        ["UK Shared Prosperity Fund: £120,000", "Communities for Work Plus grant: £200,000",
         "Welfare rights officers"],
        ["A3.1 Benefit checks", "A3.2 Debt advice", "A3.3 Outcome dashboard"],
        ["1,000 benefit checks", "300 debt cases resolved", "A quarterly dashboard"],
        ["Higher household incomes", "Less problem debt"],
        ["Lower poverty rates", "Better health and well-being"]), [
        ("A3.1", "Carry out benefit entitlement checks for 1,000 households in work "
         "placements and courses.", "Welfare rights team", "April 2025", "March 2026",
         "£180,000", "On track", "2025-26 Q4", []),
        ("A3.2", "Fund debt advice sessions in community hubs with Citizens Advice Glanmor.",
         "Citizens Advice Glanmor", "July 2025", "December 2025", "£95,000", "Delayed",
         "2025-26 Q3", ["Citizens Advice Glanmor"]),
        ("A3.3", "Build a programme outcomes dashboard with Data Cymru.", "Data Cymru",
         "October 2025", "June 2026", "£45,000", "Not started", "2026-27 Q1",
         ["Data Cymru"]),
    ]),
]
INTRO = ("This delivery plan sets out how the Council will use its Communities for Work Plus "
         "grant and UK Shared Prosperity Fund allocation in 2025-26 to help people in "
         "poverty into work. The logic model shows how the programme's inputs and "
         "activities are expected to lead to its outcomes; the activity schedule beneath it "
         "sets out each activity with its lead, dates, budget and status at 31 August 2025.")
LM_NOTE = ("The outputs and outcomes in the logic model are measured through the "
           "programme's performance framework and are reported to the Board each quarter.")
FUNDING = ("In 2025-26 the programme is funded by the Welsh Government's Communities for "
           "Work Plus grant of £1,150,000 and by £420,000 from the UK Shared Prosperity Fund "
           "through the Glanmor local investment plan. The Council's core budget meets the "
           "cost of the programme manager.")
MONITOR = ("Progress against the schedule is reported to the Tackling Poverty Programme "
           "Board each quarter. An independent evaluation will report in autumn 2026.")
HEAD = ["Ref", "Activity", "Lead", "Start", "End", "Budget", "Status at 31 August 2025"]


def blocks():
    b = [("title", TITLE), ("meta", META), ("h1", "Introduction"), ("p", INTRO),
         ("h1", "The logic model"),
         ("table", ["Strand", "Inputs", "Activities", "Outputs", "Short-term outcomes",
                    "Long-term outcomes"],
          [[f"{i}. {s}"] + list(lm) for i, (s, lm, _a) in enumerate(STRANDS, 1)],
          [14, 20, 20, 18, 18, 18]),
         ("p", LM_NOTE), ("h1", "Activity schedule")]
    for i, (s, _lm, acts) in enumerate(STRANDS, 1):
        b += [("h2", f"Strand {i}: {s}"),
              ("table", HEAD, [list(a[:7]) for a in acts], [8, 44, 16, 12, 12, 10, 12])]
    b += [("h1", "Funding"), ("p", FUNDING), ("h1", "Monitoring and evaluation"),
          ("p", MONITOR)]
    return b


def reading() -> dict:
    items = []
    for i, (_s, _lm, acts) in enumerate(STRANDS, 1):
        for ref, text, _l, _st, _e, _b, status, q, pa in acts:
            items.append({"ref": ref, "section": str(i), "text": text,
                          "status": STATUS[status], "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-09-18",
            "priorities": [s for s, _lm, _a in STRANDS], "items": items,
            "grants": [{"grant": "Communities for Work Plus", "amount_gbp": 1150000,
                        "financial_year": "2025-26"},
                       {"grant": "UK Shared Prosperity Fund", "amount_gbp": 420000,
                        "financial_year": "2025-26"}]}


if __name__ == "__main__":
    b = blocks()
    (OUT / f"{NAME}.md").write_text(md(b, [f'title: "{TITLE}"', 'author: "Glanmor County '
                                           'Borough Council"', 'date: "18 September 2025"']),
                                    encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(cms_page(TITLE, "Glanmor County Borough Council",
                                               html_body(b), ["Home", "Business",
                                                              "Employment support",
                                                              "Delivery plan"]),
                                      encoding="utf-8")
    docx(b, OUT / f"{NAME}.docx", "Glanmor County Borough Council – Communities for Work Plus",
         "Delivery Plan 2025-26, version 2")
    pdf(b, OUT / f"{NAME}.pdf", "Communities for Work Plus – Delivery Plan 2025-26",
        "Glanmor County Borough Council", wide=True, pad=12)
    print(NAME, len(reading()["items"]))
