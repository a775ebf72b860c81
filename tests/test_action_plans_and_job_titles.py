"""Recommendations printed as an action plan (a table "Ref | Recommendation | Owner | Target
date | RAG" with no Area column: each area a row of its number and its name in bold), and
owners printed as job titles ("Chief Executive, Transport for Wales", "Heads of Housing (each
council)"): the owner is the organisation.

The documents are written for the test as a WLGA officer prints them; the asserted values
are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import pytest

from wlga_analysis import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly, table_rows, write_document

ACTION_PLAN = "\n".join([
    "# Transport Task and Finish Group: Recommendations and Action Plan", "",
    "Date of meeting: 23 October 2025", "",
    "## Annex A – Action plan", "",
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
    areas = quietly(load_areas, path)
    assert table_rows(areas, "area_id", "area") == [[1, "Regional transport plans"],
                                                    [2, "Planning"]]
    assert areas["theme"].fillna("").tolist() == ["", ""]  # an annex names no theme
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


# --------------------------------------------------------------------------- area cards
CARDS = "\n".join([
    "# Workforce Task and Finish Group: Recommendations", "",
    "WLGA Executive Board – 27 June 2025", "",
    "## Theme 1 – Recruitment and retention", "",
    "| Area 1 | Social care workforce |", "|---|---|",
    "| Aim | To recruit and keep enough care workers. |",
    "| What we have done | 1. Councils pay care workers the Real Living Wage.<br>"
    "2. A recruitment campaign ran in spring 2025. (**Complete**) |",
    "| What we recommend | 1. That councils agree a common pay framework.<br>"
    "2. That Social Care Wales expands its bursary scheme. |",
    "| Who will lead | Rec 1: Director of Social Services, each council<br>"
    "Rec 2: Chief Executive, Social Care Wales |", "",
    "| Area 2 | Apprenticeships |", "|---|---|",
    "| Aim | To grow the councils' own workforce. |",
    "| What we have done | 3. Councils employed 1,200 apprentices in 2024-25. |",
    "| What we recommend | 3. That the WLGA publishes an apprenticeship framework. |",
    "| Who will lead | Rec 3: Head of Workforce, WLGA |",
])


def _cards_page() -> str:
    """The same cards as a web page prints them: one table a card, no header cells."""
    tables = []
    for card in _card_blocks():
        rows = "".join("<tr>" + "".join(f"<td>{c.strip()}</td>" for c in row) + "</tr>"
                       for row in card)
        tables.append(f"<table>{rows}</table>")
    return ("<html><body><main><h1>Workforce Task and Finish Group: Recommendations</h1>"
            "<p>WLGA Executive Board – 27 June 2025</p><h2>Theme 1 – Recruitment and "
            "retention</h2>" + "".join(tables) + "</main></body></html>")


def _card_blocks() -> list[list[list[str]]]:
    cards: list[list[list[str]]] = []
    for line in CARDS.splitlines():
        if not line.startswith("|") or set(line) <= set("|-"):
            continue
        cells = [c.strip().replace("**", "") for c in line.strip("|").split(" | ")]
        cells = ["".join(f"<p>{p}</p>" for p in c.split("<br>")) for c in cells]
        if cells[0].startswith("<p>Area"):
            cards.append([])
        cards[-1].append(cells)
    return cards


@pytest.mark.parametrize("name", ["cards.md", "cards.html"])
def test_areas_printed_as_cards(tmp_path, name):
    text = CARDS if name.endswith(".md") else _cards_page()
    path = write_document(tmp_path, text, name)
    assert table_rows(quietly(load_areas, path), "area_id", "area", "remit") == [
        [1, "Social care workforce", "To recruit and keep enough care workers."],
        [2, "Apprenticeships", "To grow the councils' own workforce."]]
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 1, ["Social Care Wales"]], [3, 2, ["WLGA"]]]
    acts = quietly(load_activities, path)
    assert table_rows(acts, "activity_no", "area_id") == [[1, 1], [2, 1], [3, 2]]
    assert acts["status"].fillna("").tolist() == ["", "Complete", ""]


def test_job_titles_in_a_bold_owner_bracket(tmp_path):
    text = "\n".join([
        "## Housing Group: Recommendations", "", "Date: 5 June 2025", "",
        "#### Accommodation", "",
        "Area\tActivity underway or achieved\tRecommendations",
        "<p><b>Area 1: Temporary accommodation</b></p>\t"
        "<p>1. Councils report data every month.</p>\t"
        "<p>1. That Welsh Government extends the grant. (<b>Director of Housing and "
        "Regeneration, Welsh Government</b>)</p>"
        "<p>2. That the WLGA reports each year. (<b>Head of Housing Policy, WLGA</b>)</p>"
        "<p>3. That both publish a plan. (<b>Director of Housing and Regeneration, Welsh "
        "Government; Head of Housing Policy, WLGA</b>)</p>"])
    recs = quietly(load_recommendations, write_document(tmp_path, text, "housing.txt"))
    assert recs["owners"].tolist() == [["WG"], ["WLGA"], ["WG", "WLGA"]]
