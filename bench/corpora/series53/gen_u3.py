"""series53 U3: Quarter 1 2026-27 of the REFRESHED Workforce and Skills Support Programme
2026-27, the programme's page on the WLGA website, 16 July 2026 (eval29's CMS chrome,
imported).

The refresh: 2025-26's four numbered priorities become four lettered ones: "Recruitment and
retention" split into A "Attracting and recruiting" and B "Early careers"; "Leadership and
management development" renamed C "Leadership and coaching"; "Workforce planning and data"
and "Well-being and fair work" merged into D "Workforce planning, well-being and fair work".
Actions are rows of one `<table>` per priority, `Ref | Action | Lead | Status | Target date
| Progress`, refs "A1.1"; after them a crosswalk table `2025-26 ref | 2026-27 ref | Note`
("2.2, 2.3 | C1.2 | combined", "3.2 | D1.2, D1.3 | split", "1.4 | – | completed 2025-26",
"4.3 | – | not carried forward", "– | A1.2 | new for 2026-27"), not items; the new grant.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "eval29"))

from chrome29 import page  # noqa: E402
from gen_common import OUT, esc  # noqa: E402

NAME = "series53-u3-2026-07"
TITLE = "Workforce and Skills Support Programme 2026-27: Quarter 1 update"
COLS = ["Ref", "Action", "Lead", "Status", "Target date", "Progress"]
PRIORITIES = [
    ("Priority A: Attracting and recruiting", [
        ("A1.1", "Social care recruitment campaign: evaluation", "WLGA / Social Care Wales",
         "Complete", "June 2026", "The evaluation of both waves was published in June 2026."),
        ("A1.2", "Welsh language skills in recruitment", "WLGA", "Not yet started",
         "March 2027", "Good practice on recruiting to Welsh-essential posts; work begins "
         "in quarter 3."),
        ("A2.1", "Return to local government scheme", "WLGA / councils", "On track",
         "December 2026", "A scheme for former staff returning to council work is being "
         "designed with four councils."),
    ]),
    ("Priority B: Early careers", [
        ("B1.1", "Shared graduate scheme", "WLGA / Academi Wales", "On track",
         "September 2026", "18 graduates have accepted offers for the first cohort."),
        ("B1.2", "Apprenticeship framework", "WLGA", "At risk", "September 2026",
         "Still waiting on the Welsh Government's review of its apprenticeship programme."),
    ]),
    ("Priority C: Leadership and coaching", [
        ("C1.1", "Aspiring chief officers programme", "WLGA", "On track", "September 2026",
         "The final module was held in June 2026; the evaluation will go to the Board in "
         "September."),
        ("C1.2", "Management development and coaching programme", "WLGA", "On track",
         "March 2027", "The middle managers' pilot and the coaching network now run as one "
         "programme, offered to all councils."),
        ("C2.1", "Digital and AI leadership for senior managers", "WLGA / Digital Leaders "
         "Network", "Not yet started", "January 2027", "Sessions to be commissioned in "
         "the autumn."),
    ]),
    ("Priority D: Workforce planning, well-being and fair work", [
        ("D1.1", "Workforce data standard", "WLGA / Data Cymru", "At risk", "September 2026",
         "Testing with the last two payroll suppliers is under way."),
        ("D1.2", "Workforce planning toolkit", "WLGA", "Complete", "June 2026",
         "The toolkit was published in June 2026."),
        ("D1.3", "Workforce planning toolkit: social care module", "WLGA / Social Care "
         "Wales", "On track", "January 2027", "The social care module, split from the "
         "toolkit, is being developed with Social Care Wales."),
        ("D2.1", "Pay and grading review support", "WLGA", "On track", "October 2026",
         "The good practice guide has moved from June to October 2026 to take account of "
         "the 2026-27 pay award."),
        ("D2.2", "Fair work self-assessment for councils", "WLGA / trade unions", "On track",
         "November 2026", "A self-assessment tool based on the Fair Work Wales "
         "characteristics is being piloted."),
    ]),
]
CROSSWALK = [
    ("1.1", "A1.1", "carried forward"), ("1.2", "B1.1", "carried forward"),
    ("1.3", "B1.2", "carried forward"), ("1.4", "–", "completed 2025-26"),
    ("2.1", "C1.1", "carried forward"), ("2.2, 2.3", "C1.2", "combined"),
    ("3.1", "D1.1", "carried forward"), ("3.2", "D1.2, D1.3", "split"),
    ("3.3", "–", "completed 2025-26"), ("4.1", "–", "completed 2025-26"),
    ("4.2", "D2.1", "carried forward"), ("4.3", "–", "not carried forward"),
    ("–", "A1.2", "new for 2026-27"), ("–", "A2.1", "new for 2026-27"),
    ("–", "C2.1", "new for 2026-27"), ("–", "D2.2", "new for 2026-27"),
]


def table(head: list[str], rows: list[tuple], caption: str | None = None) -> str:
    h = ['<table class="table">']
    if caption:
        h.append(f"<caption>{esc(caption)}</caption>")
    h.append("<thead><tr>" + "".join(f'<th scope="col">{esc(c)}</th>' for c in head)
             + "</tr></thead><tbody>")
    for r in rows:
        h.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
    h.append("</tbody></table>")
    return "".join(h)


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            '<p class="meta">Published <time datetime="2026-07-16">16 July 2026</time> · '
            "Workforce</p>",
            "<p>This page reports progress with the refreshed Workforce and Skills Support "
            "Programme 2026-27 at the end of quarter 1 (April to June 2026).</p>",
            "<p>The programme was refreshed for 2026-27. Its priorities have been regrouped: "
            "recruitment and retention is now two priorities, Attracting and recruiting (A) "
            "and Early careers (B); leadership and management development is now Leadership "
            "and coaching (C); and workforce planning and data and well-being and fair work "
            "are combined as priority D. Actions carried forward from 2025-26 have new "
            "references; the table at the end of this page shows how the 2025-26 actions "
            "map to the 2026-27 programme.</p>"]
    for head, rows in PRIORITIES:
        body.append(f"<h2>{esc(head)}</h2>")
        body.append(table(COLS, rows))
    body.append("<h2>Changes from the 2025-26 programme</h2>")
    body.append("<p>The 2025-26 programme's final claim has been submitted; the year-end "
                "report to the Board in April 2026 gives its outcome.</p>")
    body.append(table(["2025-26 ref", "2026-27 ref", "Note"], CROSSWALK))
    body.append("<h2>Funding</h2>")
    body.append("<p>The Welsh Government has confirmed a Workforce and Skills Support Grant "
                "of £710,000 for 2026-27, an increase of £70,000 on 2025-26.</p>")
    body.append('<div class="contact"><h2>Contact</h2><p><strong>Rhian Beynon</strong>, '
                "Workforce Programme Manager, rhian.beynon@wlga.gov.uk</p></div>")
    html = page(TITLE, "WLGA", ["Home", "Our work", "Workforce", "Workforce and Skills "
                                "Support Programme"], body,
                ["About us", "Our work", "News", "Publications", "Contact"],
                "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff "
                "CF10 5BF")
    (OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


if __name__ == "__main__":
    write_html()
