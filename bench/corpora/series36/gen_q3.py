"""series36 Q3: the WLGA Sector Support Programme 2025-26, quarter 3 update (22 January
2026), published as a page of the WLGA website (cookie banner, navigation, breadcrumb,
"Related" aside and footer: eval29's page chrome, imported).

Layout of this update: a "Published 22 January 2026" line; <h2> "Purpose" / "Progress" /
"Funding" / "Next steps"; the priorities <h3> with the number typed ("2. Workforce"); each
piece of work a <p> whose bold part holds the number AND the lead
("<strong>1.1 Lay member training:</strong> ..."). Changes since Q2: the scrutiny toolkit,
completed last quarter, is dropped (so Governance's items move up one: 1.2 -> 1.1); the
priorities are reordered (Workforce before Digital) and "Digital" is renamed "Digital and
data"; the councillors' e-learning and the officers' data literacy course are merged into
one "Digital and data skills programme" (3.5); a new piece of work (4.3 well-being
objectives review); the improvement grant for 2025-26 "increased to £850,000" in a sentence
that does not name the grant.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "eval29"))  # chrome29 (which adds gen_common)

from chrome29 import page  # noqa: E402
from gen_common import OUT, esc  # noqa: E402

NAME = "series36-q3-2026-01"
TITLE = "Sector Support Programme 2025-26: Quarter 3 update"
PURPOSE = ("This update sets out progress with the WLGA Sector Support Programme 2025-26 "
           "between October and December 2025, as reported to the Improvement and "
           "Governance Board. Work completed in earlier quarters is no longer listed. The "
           "Digital priority has been renamed Digital and data, to reflect the work with "
           "Data Cymru.")
PRIORITIES = [
    ("Governance and Scrutiny", [
        ("Lay member training", "Four of the six training sessions for lay members of "
         "governance and audit committees have been held; the final sessions were postponed "
         "because of the Christmas recess and are now expected in quarter 4."),
        ("Member development charter", "All but three councils have completed their charter "
         "assessments, and the remaining three assessments are due by March 2026."),
        ("Panel performance assessment", "The refreshed guidance on panel performance "
         "assessments is being revised to take account of the first round of assessments; "
         "publication is now expected in June 2026."),
        ("Financial resilience peer reviews", "The first financial resilience peer review "
         "began on 12 January 2026, and the second is being arranged for March 2026."),
    ]),
    ("Workforce", [
        ("Workforce survey", "The survey findings and the action plan agreed by the Board in "
         "September 2025 are published on the WLGA website."),
        ("Graduate scheme", "Recruitment to the shared graduate scheme opened on 12 January "
         "2026, and appointments will be made by March 2026."),
        ("Social care recruitment campaign", "The social care recruitment campaign ran in "
         "November and December 2025 and reached over 400,000 people."),
    ]),
    ("Digital and data", [
        ("Cyber exercises for senior leaders", "Exercises for chief executives and leaders "
         "were held in all four regions in November and December 2025."),
        ("Cyber exercises for ICT teams", "Technical exercises for council ICT teams are "
         "being prepared with the National Cyber Security Centre and will take place in "
         "February 2026."),
        ("Data dashboards", "The first shared performance dashboards went live in November "
         "2025 and are used by 15 councils."),
        ("Generative AI guidance", "Publication of the guidance on the safe use of "
         "generative AI is planned for February 2026, once comments from the Digital Leaders "
         "Network have been reflected."),
        ("Digital and data skills programme", "The e-learning module for councillors and the "
         "data literacy course for managers have been brought together as one digital and "
         "data skills programme for members and officers, now being prepared for launch in "
         "March 2026."),
    ]),
    ("Performance and Self-assessment", [
        ("Self-assessment network", "The network continues to meet; its second workshop "
         "will be held on 29 January 2026."),
        ("Core performance measures", "The core performance measures are later than "
         "planned: Data Cymru now expects to publish them in March 2026, after testing "
         "with councils."),
        ("Well-being objectives review", "Peer support for councils reviewing their "
         "well-being objectives has begun, with four councils taking part until June 2026."),
    ]),
]
FUNDING = [
    "The Welsh Government has increased improvement funding for 2025-26 to £850,000, to "
    "meet the cost of the financial resilience peer reviews.",
    "The digital grant of £500,000 for 2025-26 funds the Chief Digital Officer for local "
    "government and the digital team.",
]
NEXT = ("The next update, at the end of the year, will report on the programme as a whole "
        "and on the plans for 2026-27.")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<p class="meta">Published 22 January 2026 · Improvement · 4 minute read</p>',
            "<h2>Purpose</h2>", f"<p>{esc(PURPOSE)}</p>", "<h2>Progress</h2>"]
    for n, (priority, items) in enumerate(PRIORITIES, 1):
        body.append(f"<h3>{n}. {esc(priority)}</h3>")
        for m, (lead, text) in enumerate(items, 1):
            body.append(f"<p><strong>{n}.{m} {esc(lead)}:</strong> {esc(text)}</p>")
    body += ["<h2>Funding</h2>"] + [f"<p>{esc(t)}</p>" for t in FUNDING]
    body += ["<h2>Next steps</h2>", f"<p>{esc(NEXT)}</p>",
             '<p class="contact">Contact: <a href="mailto:improvement@wlga.gov.uk">'
             "improvement@wlga.gov.uk</a></p>"]
    html = page(TITLE, "Welsh Local Government Association",
                ["Home", "Improvement", "Sector Support Programme"], body,
                ["About us", "Policy", "Improvement", "News", "Contact"],
                "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff "
                "CF10 5BF")
    (OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


if __name__ == "__main__":
    write_html()
