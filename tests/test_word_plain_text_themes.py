"""The classic recommendations table saved from Word as plain text: the theme headings
print as plain lines, one directly above each table's header row, and are the areas'
themes (``themes.plain_heading``); a caption or a sentence there is not."""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa

_HEADER = "Area\tActivity underway or achieved\tRecommendations"

#: A housing paper with two themes, each a plain line over its own table (CRLF, as Word
#: writes a plain-text file).
_TWO_THEMES = "\r\n".join([
    "Housing Supply Working Group: recommendations",
    "Welsh Local Government Association, June 2026",
    "Purpose",
    "The group was asked to agree actions that increase the supply of affordable homes.",
    "Land and planning",
    _HEADER,
    "Area 1: Public land\tA register of surplus council land is being compiled.\t"
    "1. Councils publish a register of land suitable for housing by March 2027.",
    "Area 2: Planning capacity\tTwo councils share a planning ecologist.\t"
    "2. The WLGA sets up a shared planning skills pool.",
    "Homelessness prevention",
    _HEADER,
    "Area 3: Early help\tA prevention fund pilot ran in four councils.\t"
    "3. The Welsh Government extends the prevention fund to every council.",
    "Contact: housing@wlga.example.wales",
    ""])

#: A caption, not a theme, directly above the second table; the first table under a
#: sentence that ends in a full stop.
_CAPTION = "\r\n".join([
    "Transport Working Group: recommendations",
    "The tables below set out the group's recommendations.",
    _HEADER,
    "Area 1: Bus services\tFranchising plans are being drafted.\t"
    "1. Councils agree a joint bus network plan.",
    "Table 2: Active travel",
    _HEADER,
    "Area 2: Active travel\tRoute maps were updated.\t"
    "2. The Welsh Government funds active travel for three years.",
    ""])


def _areas(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_areas(path), wa.load_recommendations(path)


def test_plain_lines_over_each_table_are_its_themes(tmp_path):
    areas, recs = _areas(tmp_path, "housing.txt", _TWO_THEMES)
    assert list(zip(areas["area_id"], areas["theme"], strict=True)) == [
        (1, "Land and planning"), (2, "Land and planning"), (3, "Homelessness prevention")]
    assert recs["rec_id"].tolist() == [1, 2, 3]


@pytest.mark.parametrize("line", ["Table 2: Active travel",
                                  "The tables below set out the group's recommendations."])
def test_a_caption_or_a_sentence_is_no_theme(tmp_path, line):
    areas, _ = _areas(tmp_path, "transport.txt", _CAPTION)
    assert areas["area_id"].tolist() == [1, 2]
    assert line not in set(areas["theme"].dropna())
