"""series41 Q4: Cwm Aeron County Borough Council (invented), Corporate Plan 2025-2030
Delivery Plan, year-end (quarter 4) progress at 31 March 2026, to the Corporate Performance
and Resources Scrutiny Committee of 11 June 2026, as the council's ModernGov page (the
report's HTML version published with the agenda: ModernGov's banner, navigation,
breadcrumb, "Agenda item" header and footer around the report).

Layout: the report's numbered paragraphs; the appendix an `<h2>` per well-being objective
over a `<table>` whose header row is `<th>` cells `Ref | Action | Lead officer | RAG |
Original target | Revised target | Progress commentary` (a new column pair: the original
target kept, the revised one beside it, "–" where none), the RAG a cell coloured by
`style="background-color:..."` with the word in it. Changes since Q3: A4 (complete last
quarter) dropped, refs NOT renumbered (A4 a gap); A17 (apprenticeships) merged into A15
(the Workforce Strategy: "now covered by A15"); a new action A18 (Local Area Energy Plan)
under Objective 1; many slips into 2026-27; the website and the savings programme complete.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, esc

NAME = "series41-q4-2026-06"
FILL = {"Green": "#00B050", "Amber": "#FFC000", "Red": "#FF0000", "Complete": "#5B9BD5",
        "Closed": "#A6A6A6"}

OBJECTIVES = [
    ("Well-being Objective 1: A prosperous and green county borough", [
        ("A1", "Deliver the Shared Prosperity Fund local investment plan 2025-26",
         "Head of Regeneration", "Amber", "31/03/2026", "30/06/2026",
         "Two projects were delivered late. Final claims are being verified with the lead "
         "body and the programme will now close by 30 June 2026."),
        ("A2", "Install electric vehicle charging points in 12 council car parks",
         "Head of Highways and Transport", "Green", "31/12/2025", "30/09/2026",
         "Grid connection dates are now confirmed for all eight remaining sites; installation "
         "is scheduled for July to September 2026."),
        ("A3", "Prepare the Replacement Local Development Plan for deposit consultation",
         "Head of Planning", "Red", "31/03/2026", "31/12/2026",
         "Council deferred the deposit plan in March 2026 pending further work on the housing "
         "land supply; the deposit consultation is now expected by December 2026."),
        ("A18", "Prepare a delivery programme for the Local Area Energy Plan",
         "Head of Climate Change", "Green", "31/03/2027", "–",
         "New action. The Local Area Energy Plan was approved by Cabinet in February 2026 and "
         "work on its delivery programme has begun with the regional energy team."),
    ]),
    ("Well-being Objective 2: Healthy, independent communities", [
        ("A5", "Extend the Community Connectors service to all 24 wards",
         "Head of Community Wellbeing", "Amber", "31/03/2026", "30/09/2026",
         "21 of the 24 wards are covered after two connectors left in February 2026; the "
         "remaining wards will now be covered by September 2026."),
        ("A6", "Deliver 60 extra care apartments at Maes y Ffynnon", "Head of Housing",
         "Green", "30/09/2026", "30/06/2026",
         "Fit-out is nearly complete and handover remains on course for June 2026."),
        ("A7", "Expand Flying Start childcare to four new areas", "Head of Early Years",
         "Amber", "31/03/2026", "30/06/2026",
         "Three areas are open. Building works at the fourth setting have been delayed and it "
         "will now open by June 2026."),
    ]),
    ("Well-being Objective 3: Learning, skills and employment", [
        ("A8", "Open the new Welsh-medium primary school, Ysgol Gymraeg Glan Aeron",
         "Head of Education", "Green", "01/09/2026", "–",
         "The building is on programme and 46 pupils have been allocated places for "
         "September 2026."),
        ("A9", "Improve school attendance through the Attendance Strategy",
         "Head of Inclusion", "Amber", "31/03/2026", "31/07/2026",
         "Persistent absence fell to 16.9% in the spring term; the improvement plan runs to "
         "the end of the school year in July 2026."),
        ("A10", "Deliver the Gwaith Aeron employability programme", "Head of Regeneration",
         "Green", "31/03/2026", "31/03/2027",
         "312 residents were supported in 2025-26. The programme continues in 2026-27 with "
         "Shared Prosperity Fund transition funding."),
        ("A11", "Run digital skills courses for residents in branch libraries",
         "Head of Libraries and Culture", "Amber", "31/12/2025", "30/09/2026",
         "Courses run in five of the six libraries; equipment for the sixth now arrives in "
         "the summer and courses there will start by September 2026."),
    ]),
    ("Well-being Objective 4: A modern, efficient council", [
        ("A12", "Launch the new council website", "Head of Digital", "Complete",
         "31/03/2026", "–", "The new council website went live on 2 March 2026."),
        ("A13", "Introduce 'My Account' online services for council tax and waste",
         "Head of Digital", "Green", "30/09/2026", "–",
         "The council tax online forms are in testing; the waste services will follow."),
        ("A14", "Rationalise office accommodation and close Tŷ Glas", "Head of Property",
         "Green", "30/09/2026", "–",
         "The Civic Centre refurbishment started in March 2026 and Tŷ Glas will close in "
         "September 2026 as planned."),
        ("A15", "Deliver the Workforce Strategy 2025-2030, including the apprenticeship "
         "scheme", "Head of People", "Green", "31/12/2025", "31/03/2027",
         "Cabinet approved the Workforce Strategy in March 2026. The 'grow our own' "
         "apprenticeship scheme, reported until now as A17, is now covered by A15, and the "
         "first-year delivery plan runs to March 2027."),
        ("A16", "Deliver the 2025-26 savings programme (MTFS)", "Head of Finance",
         "Complete", "31/03/2026", "–",
         "£4.1m of the £4.6m savings were delivered in 2025-26 and the £0.5m shortfall was "
         "met from reserves. Savings for 2026-27 are reported in the budget monitoring "
         "reports."),
    ]),
]

HEAD = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Agenda item - Corporate Plan 2025-2030: Delivery Plan 2025-26 - Year-end progress</title>
<link rel="stylesheet" href="/SiteSpecific/ssMgStyles.css">
</head>
<body>
<div id="mgBannerDiv"><a href="https://www.cwmaeron.gov.uk"><img src="/SiteSpecific/logo.png"
 alt="Cwm Aeron County Borough Council logo"></a>
<ul class="mgNavBar"><li><a href="mgListCommittees.aspx">Committees</a></li>
<li><a href="mgCalendarMonthView.aspx">Meetings</a></li>
<li><a href="mgMemberIndex.aspx">Councillors</a></li>
<li><a href="mgPlansHome.aspx">Forward plans</a></li>
<li><a href="ieDocHome.aspx">Library</a></li>
<li><a href="mgWhatsNew.aspx">What's new</a></li></ul></div>
<div class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href="mgListCommittees.aspx">Committees</a>
 &gt; <a href="ieListMeetings.aspx?CommitteeId=141">Corporate Performance and Resources Scrutiny
 Committee</a> &gt; Agenda item</div>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda item</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Corporate Plan 2025-2030: Delivery Plan 2025-26 -
 Year-end progress</h2></div>
<ul class="mgActionList"><li>Meeting of Corporate Performance and Resources Scrutiny Committee,
 Thursday, 11th June, 2026 10.00 am (Item 6.)</li>
<li><a href="ieIssueDetails.aspx?IId=48213">View the background to item 6.</a></li></ul>
<div class="mgContent">
"""

FOOT = """</div>
<p class="mgSupportingDocs">Supporting documents:</p>
<ul class="mgBulletList"><li><a href="documents/s61842/Delivery%20Plan%20Q4.pdf">
Delivery Plan 2025-26 Q4 report, item 6. PDF 412 KB</a></li>
<li><a href="documents/s61843/Appendix%20A.pdf">Appendix A - Delivery Plan tracker, item 6.
 PDF 288 KB</a></li></ul>
</div>
<div id="mgFooter"><a href="mgAccessibility.aspx">Accessibility</a> |
 <a href="mgPrivacy.aspx">Privacy</a> | <a href="mgContact.aspx">Contact us</a>
 <p>Cwm Aeron County Borough Council, Civic Centre, Heol y Farchnad, Pontgarreg</p></div>
</body>
</html>
"""


def main() -> None:
    out = [HEAD,
           "<p><strong>Cwm Aeron County Borough Council</strong></p>",
           "<p>Corporate Performance and Resources Scrutiny Committee</p>",
           "<p>11 June 2026</p>",
           "<h2>1. Purpose of the report</h2>",
           "<p>1.1 To report the year-end position of the Delivery Plan 2025-26 at 31 March "
           "2026 (quarter 4).</p>",
           "<h2>2. Summary of progress</h2>",
           "<p>2.1 Of the 16 actions, 8 are rated Green, 5 Amber and 1 Red, and 2 are "
           "complete. The masterplan action, complete at quarter 3, has been removed; the "
           "apprenticeship scheme is now reported with the Workforce Strategy; a new action "
           "on the Local Area Energy Plan has been added. Action references are unchanged "
           "from quarter 3.</p>",
           "<h2>3. Financial implications</h2>",
           "<p>3.1 The Shared Prosperity Fund allocation of £1.2m for 2025-26 was fully "
           "committed by 31 March 2026. The Local Transport Fund grant of £350,000 for "
           "2025-26 was spent on the first four sites and the grid connection works.</p>",
           "<h2>Appendix A – Delivery Plan 2025-26: position at 31 March 2026</h2>"]
    for objective, actions in OBJECTIVES:
        out.append(f"<h2>{esc(objective)}</h2>")
        out.append('<table class="mgTable" border="1" cellspacing="0" cellpadding="4">')
        out.append("<tr>" + "".join(f"<th>{h}</th>" for h in (
            "Ref", "Action", "Lead officer", "RAG", "Original target", "Revised target",
            "Progress commentary")) + "</tr>")
        for ref, action, lead, rag, orig, rev, text in actions:
            out.append(
                f"<tr><td>{ref}</td><td>{esc(action)}</td><td>{esc(lead)}</td>"
                f'<td style="background-color:{FILL[rag]};">{rag}</td><td>{orig}</td>'
                f"<td>{rev}</td><td>{esc(text)}</td></tr>")
        out.append("</table>")
    out.append("<p>Contact officer: Gwenllian Rees, Performance Manager</p>")
    out.append(FOOT)
    (OUT / f"{NAME}.html").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
