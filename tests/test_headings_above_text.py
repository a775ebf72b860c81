"""Headings typed directly above their text, with no blank line between (a paper typed
with no heading styles, a Word file saved as plain text): "2. Leadership" or "Charging"
on one line, its first sentence on the next.

Before, the heading's line was read as the start of a sentence the next line finished
("Leadership The leader and the chief executive are ..."): a peer challenge's second area
and a consultation response's two areas vanished (their recommendations went to the area
before), and a programme update's sections were named by their first sentence. The
readings below were written before the reader was changed. Guard tests keep what was read
before: a sentence broken after an open word ("5. Members endorsed the" / "Improvement
Offer ...") and lines of an address stay as they were.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.read.wrapped_lines import is_running_text

DATA = Path(__file__).parent / "data" / "headings_above_text"


def _quiet(load, name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load(DATA / name)


def test_a_peer_challenge_with_chapter_headings_directly_above_their_text():
    recs = _quiet(wa.load_recommendations, "peer-challenge-feedback.txt")
    assert recs["area"].tolist() == ["Leadership", "Financial planning", "Financial planning"]
    assert recs["text"].str[:24].tolist() == [
        "Agree with partners a sh", "Identify the savings nee", "The Welsh Government sho"]
    areas = _quiet(wa.load_areas, "peer-challenge-feedback.txt")
    assert areas["area"].tolist() == ["Leadership", "Financial planning"]


def test_a_consultation_response_with_plain_headings_directly_above_their_text():
    recs = _quiet(wa.load_recommendations, "charging-consultation-response.txt")
    assert recs["area"].tolist() == ["Charging", "Workforce"]
    assert [list(o) for o in recs["owners"]] == [["WG"], ["WG"]]


def test_a_programme_update_whose_section_names_stand_above_a_sentence():
    items = _quiet(wa.load_programme, "digital-programme-update.txt")
    assert items["section"].tolist() == ["Cyber resilience"] * 2 + ["Data and insight"] * 2
    assert items["item_id"].tolist() == ["2.1", "2.2", "3.1", "3.2"]
    paragraphs = _quiet(wa.load_paragraphs, "digital-programme-update.txt")
    text = " ".join(paragraphs["text"])
    assert "The cyber team continued its work with councils across Wales" in text


@pytest.mark.parametrize(("lines", "want"), [
    # a sentence broken after an open word: one paragraph
    (["5. Members endorsed the", "Improvement Offer 2021-22 at the Leaders' meeting in March."],
     [("Paragraph", "5", "Members endorsed the Improvement Offer 2021-22 at the Leaders' "
                         "meeting in March.")]),
    # a name directly above its text: a heading-like paragraph of its own, then the text
    (["3. Data and insight", "The data team worked with Data Cymru on shared dashboards."],
     [("Paragraph", "3", "Data and insight"),
      ("Paragraph", None, "The data team worked with Data Cymru on shared dashboards.")]),
    (["", "Workforce", "Recruitment remains the largest single pressure on budgets."],
     [("Heading", None, "Workforce"),
      ("Paragraph", None, "Recruitment remains the largest single pressure on budgets.")]),
    # an address: short lines, no running text under them
    (["Welsh Local Government Association", "Local Government House", "Drake Walk"],
     [("Paragraph", None, "Welsh Local Government Association"),
      ("Paragraph", None, "Local Government House"), ("Paragraph", None, "Drake Walk")]),
])
def test_which_lines_directly_above_text_are_names(lines, want):
    blocks = read_text_lines(lines).blocks
    assert [(type(b).__name__, b.number, b.text.text) for b in blocks] == want


def test_running_text():
    assert is_running_text("The leader and the chief executive are visible and respected.")
    assert not is_running_text("Councils")
    assert not is_running_text("Local Government House, Drake Walk, Cardiff CF10 4LG")
