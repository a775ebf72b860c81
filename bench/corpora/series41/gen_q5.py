"""series41 Q5: Cwm Aeron County Borough Council (invented), Corporate Plan 2025-2030
Delivery Plan, quarter 1 2026-27 progress (April to June 2026), to the Corporate
Performance and Resources Scrutiny Committee of 17 September 2026, as Markdown (the
performance team's copy kept in the council's wiki and exported).

Layout: "# " title, a "**Committee:** ... / **Date:** ..." block, "## " sections, "### "
per well-being objective over a pipe table `Ref | Action | Lead officer | RAG | Target |
Commentary` (dates now "30 Sep 2026"); Objective 3's table is left out, "No change this
quarter" printed under its heading instead; the grants of the new year in a "## Funding"
list. Changes since Q4: the Shared Prosperity Fund programme and the extra care scheme
complete; Flying Start and 'My Account' slip; a new action A19 (procurement strategy, not
yet started); completed actions A12 and A16 still listed ("to be removed at the mid-year
refresh").
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT

NAME = "series41-q5-2026-09"

OBJECTIVES = [
    ("Well-being Objective 1: A prosperous and green county borough", [
        ("A1", "Deliver the Shared Prosperity Fund local investment plan 2025-26",
         "Head of Regeneration", "Complete", "–",
         "Final claims were verified and the 2025-26 programme closed on 26 June 2026."),
        ("A2", "Install EV charging points in 12 council car parks",
         "Head of Highways and Transport", "Green", "30 Sep 2026",
         "Installation started at three of the remaining eight car parks in June 2026."),
        ("A3", "Prepare the Replacement Local Development Plan for deposit consultation",
         "Head of Planning", "Red", "31 Dec 2026",
         "Work on the housing land supply continues; the deposit plan is now expected to go "
         "to Council in November 2026."),
        ("A18", "Prepare a delivery programme for the Local Area Energy Plan",
         "Head of Climate Change", "Green", "31 Mar 2027",
         "The delivery programme is being drafted with the regional energy team."),
    ]),
    ("Well-being Objective 2: Healthy, independent communities", [
        ("A5", "Extend the Community Connectors service to all 24 wards",
         "Head of Community Wellbeing", "Green", "30 Sep 2026",
         "Two new connectors started in May 2026; 23 of the 24 wards are now covered."),
        ("A6", "Deliver 60 extra care apartments at Maes y Ffynnon", "Head of Housing",
         "Complete", "–",
         "Maes y Ffynnon was handed over on 15 June 2026 and the first tenants moved in on 29 "
         "June 2026."),
        ("A7", "Expand Flying Start childcare to four new areas", "Head of Early Years",
         "Green", "30 Sep 2026",
         "The fourth Flying Start setting will open in September 2026 when its building "
         "works finish, as agreed with the Welsh Government."),
    ]),
    ("Well-being Objective 3: Learning, skills and employment", None),
    ("Well-being Objective 4: A modern, efficient council", [
        ("A12", "Launch the new council website", "Head of Digital", "Complete",
         "31 Mar 2026",
         "The new website went live in March 2026. To be removed at the mid-year refresh."),
        ("A13", "Introduce 'My Account' online services for council tax and waste",
         "Head of Digital", "Amber", "31 Dec 2026",
         "The council tax forms need further testing with the new revenues system; My "
         "Account will now launch by December 2026."),
        ("A14", "Rationalise office accommodation and close Tŷ Glas", "Head of Property",
         "Green", "30 Sep 2026",
         "The Civic Centre refurbishment is on programme and staff move out of Tŷ Glas in "
         "September 2026."),
        ("A15", "Deliver the Workforce Strategy 2025-2030, including the apprenticeship "
         "scheme", "Head of People", "Green", "31 Mar 2027",
         "Year 1 of the Workforce Strategy is under way, including a second apprenticeship "
         "intake of 10 in September 2026."),
        ("A16", "Deliver the 2025-26 savings programme (MTFS)", "Head of Finance",
         "Complete", "31 Mar 2026",
         "Complete for 2025-26 (£4.1m delivered). To be removed at the mid-year refresh."),
        ("A19", "Publish a Procurement Strategy under the Procurement Act 2023",
         "Head of Finance", "Green", "31 Dec 2026",
         "New action. Not yet started: drafting begins in October 2026, once the regional "
         "procurement review has reported."),
    ]),
]

NO_CHANGE = ("No change this quarter. The actions under this objective (A8 to A11) are "
             "reported at the end of each school term; their position at 31 March 2026, "
             "reported to the Committee in June 2026, stands.")


def main() -> None:
    out = ["# Corporate Plan 2025-2030: Delivery Plan – Quarter 1 2026-27 progress", "",
           "**Council:** Cwm Aeron County Borough Council  ",
           "**Committee:** Corporate Performance and Resources Scrutiny Committee  ",
           "**Date:** 17 September 2026  ",
           "**Position at:** 30 June 2026", "",
           "## Summary", "",
           "Of the 13 actions reported this quarter, 7 are rated Green, 1 Amber and 1 Red, "
           "and 4 are complete. A new action on the Procurement Strategy has been added. The "
           "Delivery Plan will be refreshed for 2026-27 at the mid-year review.", "",
           "## Progress by well-being objective", ""]
    for objective, actions in OBJECTIVES:
        out += [f"### {objective}", ""]
        if actions is None:
            out += [NO_CHANGE, ""]
            continue
        out += ["| Ref | Action | Lead officer | RAG | Target | Commentary |",
                "|-----|--------|--------------|-----|--------|------------|"]
        out += [f"| {' | '.join(a)} |" for a in actions]
        out.append("")
    out += ["## Funding", "",
            "- Shared Prosperity Fund 2026-27 (transition year): £900,000, supporting A10 and "
            "the regional business support scheme.",
            "- Local Transport Fund 2026-27: £280,000 for the remaining EV charging sites "
            "(A2).", "",
            "## Recommendation", "",
            "That the Committee notes the progress made in quarter 1 of 2026-27.", "",
            "*Contact officer: Gwenllian Rees, Performance Manager*", ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
