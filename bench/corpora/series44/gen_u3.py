"""series44 U3: Tywi and Teifi Corporate Joint Committee (invented), Regional Delivery
Programme 2025-27, programme highlight report to the CJC meeting of 11 December 2025, as
the CJC's website page (.html).

Layout: site chrome (skip link, header with the CJC's name, navigation, breadcrumb, a
"Published" line, footer); `<h1>` title, a meeting details `<dl>`, `<h2>` per project over a
`<p>` header block ("Senior Responsible Owner: ... | Overall RAG: ... | Budget: ... | Spend
to date: ...") and a milestone `<table>` with a `<thead>` of `<th>` cells; RAG as WORDS
(Green / Amber / Red / Complete; an exception "Red – Exception"); "Decisions required" an
`<ol>`. Changes since U2: the milestone REFS RENUMBERED from this report (completed
milestones reported last time removed, the rest numbered from M1 within each project);
Project 3 renamed "Regional Economic Delivery"; the grid capacity study MOVED from Project 4
to Project 2 (now P2-M6); P2-M4 (ISA and HRA scoping) SPLIT: the ISA scoping report
complete (P2-M3) and the HRA screening a milestone of its own (P2-M4); P1-M3 (active travel
consultation, now P1-M2) and P3-M2 (SPF grants, now P3-M1) complete; P2-M3 (preferred
strategy, now P2-M2) slips to June 2026; a new P3-M4; Project 1's budget revised from £2.4m
to £2.65m with a Welsh Government Regional Transport Planning Grant of £275,000 named (this
update only).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, esc

NAME = "series44-u3-2025-12"
CLS = {"Green": "rag-green", "Amber": "rag-amber", "Red": "rag-red", "Complete": "rag-blue"}
HEAD = ("Milestone", "Owner", "Baseline date", "Forecast date", "Actual date", "RAG",
        "Comment")

PROJECTS = [
    ("Project 1: Regional Transport Plan",
     "Senior Responsible Owner: Rhian Lloyd, Director of Place | Overall RAG: Amber | "
     "Budget: £2.65m | Spend to date: £1.52m",
     "Budget revised from £2.4m to £2.65m: the CJC accepted a Welsh Government Regional "
     "Transport Planning Grant of £275,000 for 2025-26 in October, of which £250,000 is added "
     "to the project budget.",
     [("P1-M1 Regional Transport Delivery Plan – schemes prioritised",
       "Transport Lead Officer", "30 Sep 2025", "31 Dec 2025", "", "Amber",
       "All four councils have now scored their schemes; moderation is under way and the "
       "prioritised list will be finalised in December."),
      ("P1-M2 Active travel network maps – regional consultation", "Active Travel Officer",
       "31 Oct 2025", "30 Sep 2025", "26 Sep 2025", "Complete",
       "The consultation closed on 26 September 2025 with 1,240 responses."),
      ("P1-M3 Bus network review and franchising readiness assessment",
       "Transport Lead Officer", "31 Dec 2025", "31 Jan 2026", "", "Amber",
       "Transport for Wales is carrying out the combined review; the forecast is unchanged."),
      ("P1-M4 Regional grant bids submitted for 2026-27", "RTP Programme Manager",
       "31 Jan 2026", "31 Jan 2026", "", "Green",
       "The bid pipeline has been compiled and is being checked against the RTP."),
      ]),
    ("Project 2: Strategic Development Plan",
     "Senior Responsible Owner: Huw Parry, Head of Planning | Overall RAG: Red | Budget: "
     "£1.1m | Spend to date: £455,000", "",
     [("P2-M1 Evidence base – regional housing land study", "SDP Manager", "30 Nov 2025",
       "31 Mar 2026", "", "Red – Exception",
       "The re-run household projections showed a higher need in two councils, and the "
       "study will now report in March 2026. The exception remains open."),
      ("P2-M2 Preferred strategy consultation", "SDP Manager", "31 Mar 2026", "30 Jun 2026",
       "", "Amber",
       "The consultation depends on the housing land study and is now forecast for June "
       "2026."),
      ("P2-M3 Integrated Sustainability Appraisal scoping report", "Environment Officer",
       "31 Oct 2025", "30 Nov 2025", "28 Nov 2025", "Complete",
       "The ISA scoping report was completed on 28 November 2025. The Habitats Regulations "
       "Assessment screening has been split from this milestone and is now P2-M4."),
      ("P2-M4 Habitats Regulations Assessment screening", "Environment Officer",
       "28 Feb 2026", "28 Feb 2026", "", "Amber",
       "Split from the scoping milestone; Natural Resources Wales has asked for more "
       "survey information before screening."),
      ("P2-M5 Regional Minerals and Waste Technical Statement – SDP input", "SDP Manager",
       "31 Mar 2026", "31 Mar 2026", "", "Green",
       "Not started: work begins in January 2026 as planned."),
      ("P2-M6 Regional grid capacity study", "Energy Officer", "31 Jan 2026", "28 Feb 2026",
       "", "Amber",
       "Moved from Project 4: the study now forms part of the SDP evidence base. The second "
       "data set from the network operator is late; forecast February 2026."),
      ]),
    ("Project 3: Regional Economic Delivery",
     "Senior Responsible Owner: Siân Morgan, Director of Economy | Overall RAG: Green | "
     "Budget: £1.2m (including Shared Prosperity Fund £450,000, 2025-26) | Spend to date: "
     "£690,000",
     "Project renamed from \u201cEconomic Wellbeing\u201d to \u201cRegional Economic "
     "Delivery\u201d following the approval of the Regional Economic Delivery Plan.",
     [("P3-M1 Shared Prosperity Fund business support grants launched",
       "Business Support Manager", "31 Aug 2025", "31 Oct 2025", "20 Oct 2025", "Complete",
       "The grants opened on 20 October 2025; 37 applications were received in the first "
       "month."),
      ("P3-M2 Regional employer skills survey completed", "Skills Partnership Manager",
       "31 Dec 2025", "31 Dec 2025", "", "Green",
       "The survey closes on 12 December; 610 employers have responded so far."),
      ("P3-M3 Inward investment prospectus published", "Economy Lead Officer", "31 Mar 2026",
       "31 Mar 2026", "", "Green",
       "The brief was agreed and a design agency appointed in November."),
      ("P3-M4 Foundational economy procurement pilot", "Economy Lead Officer", "30 Jun 2026",
       "30 Jun 2026", "", "Green",
       "New milestone: two councils are piloting local supplier lots in their catering "
       "contracts."),
      ]),
    ("Project 4: Regional Energy Strategy",
     "Senior Responsible Owner: Gareth Hughes, Head of Climate Change | Overall RAG: Green | "
     "Budget: £600,000 | Spend to date: £240,000", "",
     [("P4-M1 Local Area Energy Plans completed for all four councils", "Energy Officer",
       "31 Mar 2026", "31 Mar 2026", "", "Green", "All four plans are now in draft."),
      ("P4-M2 Regional energy investment prospectus", "Energy Officer", "30 Sep 2026",
       "30 Sep 2026", "", "Green",
       "Pipeline workshops with developers were held in November; drafting has started."),
      ]),
]

CHROME_TOP = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Regional Delivery Programme highlight report – December 2025 | Tywi and Teifi CJC</title>
<style>
.rag-green{background:#00B050}.rag-amber{background:#FFC000}.rag-red{background:#FF0000}
.rag-blue{background:#5B9BD5}table{border-collapse:collapse}th,td{border:1px solid #999;padding:4px}
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-name"><a href="/">Tywi and Teifi Corporate Joint Committee</a></p>
<nav class="main-nav" aria-label="Main"><ul>
<li><a href="/about">About the CJC</a></li>
<li><a href="/meetings">Meetings</a></li>
<li><a href="/transport">Regional transport</a></li>
<li><a href="/planning">Strategic planning</a></li>
<li><a href="/economy">Economy and energy</a></li>
<li><a href="/contact">Contact us</a></li>
</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><ol>
<li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li>
<li>Highlight report – December 2025</li></ol></nav>
<main id="main">
"""

CHROME_END = """</main>
<footer class="site-footer">
<p>Tywi and Teifi Corporate Joint Committee, County Hall, Caerfyrddin</p>
<ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li>
<li><a href="/cymraeg">Cymraeg</a></li></ul>
<p>© 2025 Tywi and Teifi CJC</p>
</footer>
</body>
</html>
"""


def main() -> None:
    out = [CHROME_TOP,
           "<h1>Regional Delivery Programme 2025-27: Programme Highlight Report</h1>",
           "<p class=\"published\">Published 12 December 2025</p>",
           "<dl class=\"meeting\"><dt>Meeting</dt><dd>Corporate Joint Committee</dd>"
           "<dt>Date of meeting</dt><dd>11 December 2025</dd>"
           "<dt>Reporting period</dt><dd>1 September 2025 to 30 November 2025</dd>"
           "<dt>Report of</dt><dd>Chief Executive Officer of the CJC</dd></dl>",
           "<h2>Programme summary</h2>",
           "<p>Milestone references have been renumbered from this report: milestones "
           "completed and reported in September have been removed and the remaining "
           "milestones renumbered within each project. The grid capacity study has moved to "
           "the Strategic Development Plan, and Project 3 has been renamed.</p>",
           "<p>Tolerances: time – one month beyond the baseline date; cost – 5% of the "
           "project budget. Milestones forecast outside tolerance are reported as "
           "exceptions.</p>"]
    for title, header, note, milestones in PROJECTS:
        out.append(f"<h2>{esc(title)}</h2>")
        out.append(f"<p class=\"project-header\">{esc(header)}</p>")
        if note:
            out.append(f"<p>{esc(note)}</p>")
        out.append("<table class=\"milestones\">\n<thead><tr>"
                   + "".join(f"<th scope=\"col\">{h}</th>" for h in HEAD)
                   + "</tr></thead>\n<tbody>")
        for r in milestones:
            cells = []
            for i, v in enumerate(r):
                if i == 5:
                    cells.append(f"<td class=\"{CLS[v.split(' ')[0]]}\">{esc(v)}</td>")
                else:
                    cells.append(f"<td>{esc(v)}</td>")
            out.append("<tr>" + "".join(cells) + "</tr>")
        out.append("</tbody>\n</table>")
    out.append("<h2>Decisions required</h2>\n<ol>")
    for d in ("Note the progress of the four projects.",
              "Approve the revised budget of £2.65m for the Regional Transport Plan.",
              "Note that the grid capacity study now forms part of the SDP evidence base.",
              "Keep the P2-M1 exception open and receive a revised SDP timetable in March "
              "2026."):
        out.append(f"<li>{esc(d)}</li>")
    out.append("</ol>")
    out.append("<p>Contact: Eleri Davies, Programme Manager</p>")
    out.append(CHROME_END)
    (OUT / f"{NAME}.html").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
