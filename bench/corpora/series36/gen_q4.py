"""series36 Q4: the WLGA Sector Support Programme 2025-26, year-end update (23 April 2026),
as Markdown (the officer's own copy kept in the team's wiki, exported as .md).

Layout of this update: "# " title, the date on its own line, "## " sections; the priorities
"### 1. Governance and Scrutiny" in Q3's order and names; each piece of work a paragraph
"1.1 **Lay member training** – text" (the number typed before the bold lead, an en dash
instead of a colon); the grants in sentences, the 2026-27 grant year new. Changes since Q3:
most work complete; slips into 2026-27 (graduate appointments "slipped to June 2026", the
ICT teams' exercises for two councils in May 2026, the skills programme's courses until July
2026, the network's next meeting in June 2026); no piece of work added or dropped.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT

NAME = "series36-q4-2026-04"
TITLE = "WLGA Sector Support Programme 2025-26: year-end update"
DATE = "23 April 2026"
INTRO = ("This is the final update on the Sector Support Programme 2025-26, covering January "
         "to March 2026. Of the 15 pieces of work in the programme at the end of the year, "
         "nine are complete and six continue into 2026-27.")
PRIORITIES = [
    ("Governance and Scrutiny", [
        ("Lay member training", "the last two training sessions for lay members were held "
         "in February 2026, and all six sessions are now complete."),
        ("Member development charter", "all 22 councils have completed their charter "
         "assessments, and the renewed charter was awarded in March 2026."),
        ("Panel performance assessment", "the refreshed guidance on panel performance "
         "assessments is being finalised with the Welsh Government and is still expected "
         "in June 2026."),
        ("Financial resilience peer reviews", "both financial resilience peer reviews have "
         "been completed, the second in March 2026."),
    ]),
    ("Workforce", [
        ("Workforce survey", "the findings of the workforce survey and the action plan, "
         "agreed in September 2025, are available on the WLGA website."),
        ("Graduate scheme", "recruitment to the graduate scheme closed in February 2026; "
         "because of the number of applications, appointments have slipped to June 2026."),
        ("Social care recruitment campaign", "the social care recruitment campaign ran in "
         "November and December 2025, reaching more than 400,000 people."),
    ]),
    ("Digital and data", [
        ("Cyber exercises for senior leaders", "exercises for chief executives and leaders "
         "were completed in all four regions by December 2025."),
        ("Cyber exercises for ICT teams", "technical exercises were held with the ICT teams "
         "of 20 councils in February 2026; the remaining two councils will take part in May "
         "2026."),
        ("Data dashboards", "the shared performance dashboards, live since November 2025, "
         "are now used by 19 councils."),
        ("Generative AI guidance", "the guidance on the safe use of generative AI was "
         "published on 26 February 2026."),
        ("Digital and data skills programme", "the digital and data skills programme for "
         "members and officers was launched in March 2026, and its first courses run until "
         "July 2026."),
    ]),
    ("Performance and Self-assessment", [
        ("Self-assessment network", "the network held its second workshop in January 2026 "
         "and will meet again in June 2026."),
        ("Core performance measures", "Data Cymru published the first core performance "
         "measures for local government in March 2026."),
        ("Well-being objectives review", "peer support for the four councils reviewing their "
         "well-being objectives continues and will end in June 2026."),
    ]),
]
FUNDING = [
    "The improvement grant of £850,000 for 2025-26 was spent in full.",
    "The Welsh Government has confirmed an improvement grant of £800,000 for 2026-27.",
    "The digital grant of £500,000 for 2025-26 funded the Chief Digital Officer for local "
    "government and the digital team; the digital grant for 2026-27 is still to be "
    "confirmed.",
]
NEXT = ("The Sector Support Programme 2026-27 will be presented to the Board in June 2026. "
        "Members are asked to note this update.")


def write_md() -> None:
    lines = [f"# {TITLE}", "", DATE, "", "## Introduction", "", INTRO, "", "## Progress", ""]
    for n, (priority, items) in enumerate(PRIORITIES, 1):
        lines += [f"### {n}. {priority}", ""]
        for m, (lead, text) in enumerate(items, 1):
            lines += [f"{n}.{m} **{lead}** – {text}", ""]
    lines += ["## Funding", ""]
    for t in FUNDING:
        lines += [t, ""]
    lines += ["## Looking ahead", "", NEXT, "", "*Siân Pritchard, Head of Improvement*", ""]
    (OUT / f"{NAME}.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    write_md()
