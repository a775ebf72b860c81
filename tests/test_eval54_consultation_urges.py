"""eval54 rec54a's layout: a consultation response answering "Question N:" under "Part"
headings, its recommendations the answer paragraphs opening "The WLGA recommends that ..."
and "We (would) urge X to ..." (numbered in reading order), the heading over the Parts a
section of the paper, not a theme. Documents written here in other wordings and forms."""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis import recommendations as recs

_MD = """# Response of the Welsh Local Government Association: Consultation on Library Services

January 2026

## About the WLGA

1. The WLGA represents the 22 councils in Wales.

2. We welcome the chance to respond.

## Our answers to the questions

### Part 1: Opening hours

**Question 1: Do you agree that libraries should open on Sundays?**

Response: Partly. Some councils already open on Sundays.

The WLGA recommends that councils agree their opening hours with their communities.

We urge the Welsh Government to fund the extra staffing costs of Sunday opening for three years.

**Question 2: Do you agree with the proposed standards?**

Response: Yes. The standards are clear.

### Part 2: Digital services

**Question 3: Should every library offer free wi-fi?**

Response: Yes.

We would also urge councils to publish a digital inclusion plan for their libraries by 2027.

The WLGA recommends that the Welsh Government and the WLGA jointly commission a review
of e-book licensing.

### Welsh language

**Question 4: What effects would the proposals have on the Welsh language?**

Response: None that we can see.
"""

_TXT = """Local Transport Consultation: response of the Welsh Local Government Association
March 2026
Introduction
1.\tThe WLGA speaks for local government in Wales.
Answers to the consultation
Part 1: Bus services
Question 1: Do you agree that franchising should start in the north?
WLGA response: No. The timetable is too short for councils.
We would press the Welsh Government to delay franchising in the north until 2028.
Question 2: Do you agree with the fares proposals?
WLGA response: Yes, with one change.
The WLGA recommends that councils set concessionary fares locally.
Part 2: Active travel
Question 3: Do you have any other comments?
WLGA response: Funding for active travel is too short term.
We would call on the Welsh Government to give councils three-year active travel allocations.
The WLGA recommends that the Welsh Government, the WLGA and councils JOINT.
We would urge councils to share their route maps with neighbouring authorities.
""".replace("JOINT", "agree a joint delivery plan by 2027")


def _read(path: Path) -> tuple[list[dict], list[dict]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (recs.load_recommendations(path).to_dict("records"),
                recs.load_areas(path).to_dict("records"))


def test_urges_and_recommends_in_answers_markdown(tmp_path: Path) -> None:
    path = tmp_path / "library-response.md"
    path.write_text(_MD, encoding="utf-8")
    rows, areas = _read(path)
    assert [(r["rec_id"], r["area"], r["owners"]) for r in rows] == [
        (1, "Opening hours", ["LG"]), (2, "Opening hours", ["WG"]),
        (3, "Digital services", ["LG"]), (4, "Digital services", ["WG", "WLGA"])]
    assert rows[1]["text"] == ("We urge the Welsh Government to fund the extra staffing costs "
                               "of Sunday opening for three years.")
    assert rows[2]["text"].startswith("We would also urge councils to publish")
    assert [(a["area"], a["theme"] or None) for a in areas] == [
        ("Opening hours", None), ("Digital services", None)]


def test_urges_and_recommends_in_answers_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "transport-response.txt"
    path.write_text(_TXT, encoding="utf-8")
    rows, areas = _read(path)
    assert [(r["rec_id"], r["area"], r["owners"]) for r in rows] == [
        (1, "Bus services", ["WG"]), (2, "Bus services", ["LG"]),
        (3, "Active travel", ["WG"]), (4, "Active travel", ["WG", "WLGA", "LG"]),
        (5, "Active travel", ["LG"])]
    assert rows[2]["text"] == ("We would call on the Welsh Government to give councils "
                               "three-year active travel allocations.")
    assert [(a["area"], a["theme"] or None) for a in areas] == [
        ("Bus services", None), ("Active travel", None)]
