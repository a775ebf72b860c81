"""Recommendations printed as an action plan (a table "Ref | Recommendation | Owner | Target
date | RAG" with no Area column: each area a row of its number and its name in bold), and
owners printed as job titles ("Chief Executive, Transport for Wales", "Heads of Housing (each
council)"): the owner is the organisation.

The documents are written for the test as a WLGA officer prints them; the asserted values
are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import pytest

from wlga_analysis import load_areas, load_recommendations
from wlga_analysis.testing import quietly, table_rows, write_document

ACTION_PLAN = "\n".join([
    "# Transport Task and Finish Group: Recommendations and Action Plan", "",
    "Date of meeting: 23 October 2025", "",
    "| Ref | Recommendation | Owner | Target date | RAG |",
    "|---|---|---|---|---|",
    "| **1** | **Regional transport plans** | | | |",
    "| 1.1 | That each CJC adopts its Regional Transport Plan. | Chief Executive of each CJC "
    "| Jan-Mar 2026 | Green |",
    "| 1.2 | That Transport for Wales provides modelling support. | Chief Executive, "
    "Transport for Wales | Oct-Dec 2025 | Amber |",
    "| **2** | **Planning** | | | |",
    "| 2.1 | That councils share planning officers across each region. | Director of Local "
    "Government, Welsh Government; Heads of Planning (each council) | Apr-Jun 2026 | Red |",
])


def test_an_action_plan_gives_areas_from_its_area_rows(tmp_path):
    path = write_document(tmp_path, ACTION_PLAN, "plan.md")
    assert table_rows(quietly(load_areas, path), "area_id", "area") == [
        [1, "Regional transport plans"], [2, "Planning"]]
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "rec_label", "area_id", "owners") == [
        [1, "1.1", 1, ["CJCs"]], [1, "1.2", 1, ["Transport for Wales"]],
        [2, "2.1", 2, ["WG", "LG"]]]
    assert recs["target_date"].tolist() == ["Jan-Mar 2026", "Oct-Dec 2025", "Apr-Jun 2026"]


@pytest.mark.parametrize(("printed", "owners"), [
    ("Director of Housing and Regeneration, Welsh Government", ["WG"]),
    ("Head of Housing Policy, WLGA", ["WLGA"]),
    ("Heads of Housing, all councils", ["LG"]),
    ("Director of Social Services, each council", ["LG"]),
    ("Monitoring Officer of each CJC", ["CJCs"]),
    ("WLGA and Welsh Government", ["WLGA", "WG"]),
])
def test_an_owner_printed_as_a_job_title_is_its_organisation(printed, owners):
    from wlga_analysis.interpret.recommendations.owners import load_owners, owner_names

    assert owner_names(printed, load_owners()) == owners
