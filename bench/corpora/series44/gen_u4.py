"""series44 U4: Tywi and Teifi Corporate Joint Committee (invented), Regional Delivery
Programme 2025-27, the programme manager's highlight report for the CJC meeting of 19 March
2026, sent as a plain-text E-MAIL (.txt) with the milestone tables pasted from the tracker
as TAB-separated lines.

Layout: e-mail headers (From / Sent / To / Subject), a greeting and summary, the tolerance
line, each project a line "Project: name<TAB>SRO: ...<TAB>Overall RAG: ...<TAB>Budget:
...<TAB>Spend to date: ..." then the pasted header line and one TAB line per milestone;
milestone names printed WITHOUT refs (the tracker's ref column was not copied); RAG as
LETTERS (G / A / R, C complete); dates "31-Mar-26". Project 4 has no table: "No exceptions
to report." A "Decisions required" list ("1)" items) and a signature. Changes since U3:
P1-M1 (RTDP schemes), P1-M4 (grant bids), P2-M4 (HRA screening) and P3-M2 (skills survey)
complete; the bus review, housing land study, grid capacity study and inward investment
prospectus slip; the Minerals and Waste input started; one new milestone (RTDP annual
review); completed milestones of U3 gone.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT

NAME = "series44-u4-2026-03"
HEAD = ("Milestone", "Owner", "Baseline date", "Forecast date", "Actual date", "RAG",
        "Comment")

PROJECTS = [
    ("Regional Transport Plan", "Rhian Lloyd", "A", "£2.65m", "£1.9m", [
        ("Regional Transport Delivery Plan - schemes prioritised", "Transport Lead Officer",
         "30-Sep-25", "31-Dec-25", "19-Jan-26", "C",
         "Prioritised list agreed by the Transport sub-committee on 19 January."),
        ("Bus network review and franchising readiness assessment", "Transport Lead Officer",
         "31-Dec-25", "31-May-26", "", "R",
         "TfW has asked to extend the review to cover the new rail timetable; forecast moved "
         "to May 2026, outside tolerance."),
        ("Regional grant bids submitted for 2026-27", "RTP Programme Manager", "31-Jan-26",
         "31-Jan-26", "27-Jan-26", "C", "Eleven bids submitted on 27 January."),
        ("Regional Transport Delivery Plan annual review", "RTP Programme Manager",
         "30-Sep-26", "30-Sep-26", "", "G",
         "New milestone. Not started: the review begins after the first year of delivery."),
    ]),
    ("Strategic Development Plan", "Huw Parry", "A", "£1.1m", "£620,000", [
        ("Evidence base - regional housing land study", "SDP Manager", "30-Nov-25",
         "31-May-26", "", "A",
         "Exception closed: the CJC agreed a revised SDP timetable in December. Study now "
         "due in May 2026."),
        ("Preferred strategy consultation", "SDP Manager", "31-Mar-26", "30-Jun-26", "", "A",
         "Still forecast for June 2026, in line with the revised timetable."),
        ("Habitats Regulations Assessment screening", "Environment Officer", "28-Feb-26",
         "28-Feb-26", "06-Mar-26", "C", "Screening report issued on 6 March."),
        ("Regional Minerals and Waste Technical Statement - SDP input", "SDP Manager",
         "31-Mar-26", "31-Mar-26", "", "G", "Work started in January and is on track."),
        ("Regional grid capacity study", "Energy Officer", "31-Jan-26", "30-Apr-26", "", "R",
         "The network operator's data is still incomplete; forecast April 2026."),
    ]),
    ("Regional Economic Delivery", "Siân Morgan", "G",
     "£1.2m (incl. Shared Prosperity Fund £450,000, 2025-26)", "£1.05m", [
        ("Regional employer skills survey completed", "Skills Partnership Manager",
         "31-Dec-25", "31-Dec-25", "16-Jan-26", "C",
         "Survey report published on 16 January (closing date extended by two weeks)."),
        ("Inward investment prospectus published", "Economy Lead Officer", "31-Mar-26",
         "30-Apr-26", "", "A",
         "Launch moved to the regional investment summit in April."),
        ("Foundational economy procurement pilot", "Economy Lead Officer", "30-Jun-26",
         "30-Jun-26", "", "G", "Both pilot councils have let their first local lots."),
    ]),
]


def main() -> None:
    L = ["From: Eleri Davies <eleri.davies@tywiteifi-cjc.cymru>",
         "Sent: 09 March 2026 16:42",
         "To: CJC Members; CJC Chief Executives Group",
         "Cc: Democratic Services",
         "Subject: Regional Delivery Programme - highlight report for the CJC meeting of 19 "
         "March 2026",
         "",
         "Dear all,",
         "",
         "Please find below the programme highlight report for the CJC meeting on 19 March "
         "2026 (reporting period 1 December 2025 to 28 February 2026). The tracker "
         "website is down for maintenance so I have pasted the milestone tables from the "
         "tracker below; the refs column did not copy across, sorry.",
         "",
         "Summary: four milestones have been completed since December. The bus network "
         "review is now forecast outside tolerance. The SDP exception has been closed "
         "following the revised timetable agreed in December.",
         "",
         "Tolerances: time - one month beyond the baseline date; cost - 5% of the project "
         "budget.",
         ""]
    for name, sro, rag, budget, spend, milestones in PROJECTS:
        L.append("\t".join((f"Project: {name}", f"SRO: {sro}", f"Overall RAG: {rag}",
                            f"Budget: {budget}", f"Spend to date: {spend}")))
        L.append("\t".join(HEAD))
        for r in milestones:
            L.append("\t".join(r))
        L.append("")
    L += ["\t".join(("Project: Regional Energy Strategy", "SRO: Gareth Hughes",
                     "Overall RAG: G", "Budget: £600,000", "Spend to date: £310,000")),
          "No exceptions to report.",
          "",
          "Decisions required:",
          "1) Note the progress of the four projects.",
          "2) Agree the revised forecast for the bus network review (May 2026) and ask TfW "
          "for a fixed completion date.",
          "3) Note the closure of the SDP housing land study exception.",
          "",
          "Kind regards,",
          "",
          "Eleri",
          "",
          "Eleri Davies",
          "Rheolwr Rhaglen | Programme Manager",
          "Tywi and Teifi Corporate Joint Committee",
          "Ffôn | Tel: 01267 000 000",
          ""]
    (OUT / f"{NAME}.txt").write_text("\n".join(L), encoding="utf-8")


if __name__ == "__main__":
    main()
