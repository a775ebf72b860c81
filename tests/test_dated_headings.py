"""The paper's date printed at the end of a heading line, as committee papers print it
("Report to the WLGA Executive Board, 14 June 2023"), for both document kinds.

A careful reader of each document below reads its date from that line; a deadline
("Responses by ...") or a date inside a sentence is not the paper's date.
"""

from __future__ import annotations

import datetime as dt

import pytest

import wlga_analysis as wa
from wlga_analysis import config
from wlga_analysis.text.dates import parse_dated_line

PROGRAMME = (config.RAW_DIR / "improvement-programme-2021-22-update.txt").read_text(
    encoding="utf-8")
RECOMMENDATIONS = (config.RAW_DIR / "working-group-recommendations.txt").read_text(
    encoding="utf-8")


@pytest.mark.parametrize(("line", "expected"), [
    ("Report to the WLGA Executive Board, 14 June 2023", dt.date(2023, 6, 14)),
    ("Cabinet \u2013 Thursday 7 March 2024", dt.date(2024, 3, 7)),
    ("Council meeting: 28/03/2025", dt.date(2025, 3, 28)),
    ("Partnership Council for Wales, 2024-11-05.", dt.date(2024, 11, 5)),
    ("Responses by 14 June 2023", None),
    ("Deadline: 14 June 2023", None),
    ("The plan was agreed. It is reviewed on 14 June 2023", None),
    ("14 June 2023", None),  # a whole-line date is parse_date_line's
    ("Dyddiad: 15 Hydref 2024", dt.date(2024, 10, 15)),  # a bilingual paper, in Welsh
    ("Cyfarfod y Bwrdd Gweithredol – Dydd Gwener 13 Rhagfyr 2024", dt.date(2024, 12, 13)),
    ("Dyddiad / Date: 3 Mawrth 2025", dt.date(2025, 3, 3)),
    ("Report to the Board, " + "very " * 30 + "long, 14 June 2023", None),
])
def test_a_dated_heading_line_gives_the_date(line, expected):
    assert parse_dated_line(line) == expected


def test_programme_date_from_a_dated_heading(tmp_path):
    text = PROGRAMME.replace("22nd October 2021",
                             "Report to the WLGA Executive Board, 14 January 2022", 1)
    path = tmp_path / "january-update.txt"
    path.write_text(text, encoding="utf-8")
    meta = wa.load_metadata(path, "programme")
    assert meta["date"] == dt.date(2022, 1, 14)
    assert meta["title"] == "WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE"


def test_recommendations_date_from_a_dated_heading(tmp_path):
    text = RECOMMENDATIONS.replace(
        "## Working Group on Local Government Recommendations\n",
        "## Working Group on Local Government Recommendations\n\n"
        "Report to the Partnership Council for Wales, 9 March 2022\n", 1)
    path = tmp_path / "recs.txt"
    path.write_text(text, encoding="utf-8")
    meta = wa.load_metadata(path, "recommendations")
    assert meta["date"] == dt.date(2022, 3, 9)
    assert meta["financial_year"] == "2021-22"


@pytest.mark.parametrize("line", ["*9 March 2022*", "_9 March 2022_", "**9 March 2022**"])
def test_a_date_line_in_italics_or_bold_is_the_date(tmp_path, line):
    """Markdown papers print the date in emphasis under the title."""
    text = RECOMMENDATIONS.replace(
        "## Working Group on Local Government Recommendations\n",
        f"## Working Group on Local Government Recommendations\n\n{line}\n", 1)
    path = tmp_path / "recs.md"
    path.write_text(text, encoding="utf-8")
    meta = wa.load_metadata(path, "recommendations")
    assert meta["date"] == dt.date(2022, 3, 9)


def test_unbalanced_emphasis_is_not_stripped():
    from wlga_analysis.text.dates import parse_date_line

    assert parse_date_line("**9 March 2022") is None


def test_a_paper_dated_in_welsh_gives_its_date_and_financial_year(tmp_path):
    """A bilingual paper prints its date in Welsh ("13 Rhagfyr 2024"): the date is read, and
    so the financial year of a paper whose title names none."""
    text = PROGRAMME.replace("22nd October 2021", "13 Rhagfyr 2024", 1).replace(
        "WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE", "WLGA IMPROVEMENT PROGRAMME UPDATE", 1)
    path = tmp_path / "update-cy.txt"
    path.write_text(text, encoding="utf-8")
    meta = wa.load_metadata(path, "programme")
    assert (meta["date"], meta["financial_year"]) == (dt.date(2024, 12, 13), "2024-25")
