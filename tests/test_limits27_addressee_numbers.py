"""Numbered and lettered recommendations under addressee lead-ins ("Schools should:")
(stop 27: a known limit of the rec26a family left by stop 26).

An Estyn thematic report (or another inspectorate's national review) groups its
recommendations under lead-ins naming whom they are for: "Schools should:", "Local
authorities and regional consortia should:", "The Welsh Government should:". Stop 26 read
the groups when the recommendations print an R-label ("**R1** ..."); printed as a numbered
or lettered list under each lead-in ("1.", "1)", "(a)"), the paper raised a ParseError in
plain text and Markdown. A careful reader reads them as any lead-in's sub-items
(:mod:`.lead_ins`): each item a recommendation, its number as printed (running on across
the lead-ins, or starting again under each: then the numbering is checked per lead-in),
a letter's place in the alphabet as its number and the letter as its label; and, as
stop 26 reads R-labels (:mod:`.addressee_lead_ins`), under a heading that only says these
are recommendations each lead-in is an area named after its addressee and the addressee's
owners are the items' owners. A short item with no full stop ("2. Work with families") is
an item there, never a section's name; a lead-in under a chapter's heading leaves the
chapter the area.

The documents in ``tests/data/limits27/`` are written for the test: a plain-text version
with underlined headings and numbers running on ("1." .. "5.",
``estyn-attendance-primary.txt``), a Markdown report with bold lead-ins and numbers starting
again under each (``estyn-welsh-medium.md``), a Markdown report with lettered items "(a)"
starting again (``estyn-careers-guidance.md``), a plain-text version with "1)" numbers
starting again (``estyn-school-meals.txt``) and a report whose lead-ins stand in numbered
chapters (``estyn-chapters-lead-ins.md``). The asserted values are the careful reader's
reading, written before the code ran; every one of them raised a ParseError before.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.recommendations.addressee_lead_ins import (
    items_after_should,
    should_lead_in,
)
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.testing import parse_document
from wlga_analysis.text.clean import clean_text

DATA = Path(__file__).parent / "data" / "limits27"
_SCHOOLS, _LA, _WG = "Schools", "Local authorities", "The Welsh Government"
_LARC = "Local authorities and regional consortia"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


def _owners(parsed) -> list[list[str]]:
    return [list(o) for o in parsed.recommendations["owners"]]


def _checks(parsed) -> set[str]:
    return {i.check for i in parsed.issues}


@pytest.fixture(scope="module")
def attendance():
    return _parse("estyn-attendance-primary.txt")


@pytest.fixture(scope="module")
def welsh_medium():
    return _parse("estyn-welsh-medium.md")


@pytest.fixture(scope="module")
def careers():
    return _parse("estyn-careers-guidance.md")


@pytest.fixture(scope="module")
def meals():
    return _parse("estyn-school-meals.txt")


@pytest.fixture(scope="module")
def chapters():
    return _parse("estyn-chapters-lead-ins.md")


def test_plain_text_numbers_running_on(attendance):
    recs = attendance.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3, 4, 5]
    assert recs["area"].tolist() == [_SCHOOLS] * 2 + [_LARC] * 2 + [_WG]
    assert recs["text"].tolist()[1] == "Work with families"  # (short: no section's name)
    assert recs["text"].tolist()[3] == "Share effective practice"
    assert _owners(attendance) == [["Schools"]] * 2 + [["LG", "Regional consortia"]] * 2 + [
        ["WG"]]
    assert attendance.areas["remit"].tolist() == [
        "Schools should:", f"{_LARC} should:", "The Welsh Government should:"]
    assert attendance.activities.empty
    checks = _checks(attendance)
    assert "read from addressee lead-ins" in checks and "no owner" not in checks


def test_plain_text_findings_are_notes(attendance):
    notes = " ".join(attendance.notes["text"])
    assert "Leaders need to act sooner when a pupil's attendance begins to fall." in notes
    assert "Recommendations" in notes and "Ysgol Gynradd Glanmor set up" in notes


def test_markdown_numbers_starting_again(welsh_medium):
    recs = welsh_medium.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 1, 2, 3, 1]
    assert recs["area"].tolist() == [_SCHOOLS] * 2 + [_LA] * 3 + [_WG]
    assert welsh_medium.areas["area"].tolist() == [_SCHOOLS, _LA, _WG]
    assert _owners(welsh_medium) == [["Schools"]] * 2 + [["LG"]] * 3 + [["WG"]]
    assert recs["text"].tolist()[1] == "Track latecomers' progress"
    checks = _checks(welsh_medium)
    assert "duplicate number" not in checks and "numbering out of order" not in checks
    assert "Inspectors visited nine immersion centres and 14 schools." in " ".join(
        welsh_medium.notes["text"])


def test_lettered_items_starting_again(careers):
    recs = careers.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 1, 1, 2]
    assert recs["rec_label"].tolist() == ["a", "b", "a", "a", "b"]
    assert recs["area"].tolist() == [_SCHOOLS] * 2 + [_LARC] + [_WG] * 2
    assert recs["text"].tolist()[1] == "Involve parents in pupils' choices at 14"
    assert _owners(careers) == [["Schools"]] * 2 + [["LG", "Regional consortia"]] + [
        ["WG"]] * 2


def test_closing_bracket_numbers(meals):
    recs = meals.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 1, 2, 1]
    assert recs["text"].tolist()[1] == "Teach cooking skills"
    assert recs["area"].tolist() == [_SCHOOLS] * 2 + [_LA] * 2 + [_WG]
    assert _owners(meals) == [["Schools"]] * 2 + [["LG"]] * 2 + [["WG"]]


def test_lead_ins_in_chapters_leave_the_chapters_areas(chapters):
    recs = chapters.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 1]
    assert recs["area"].tolist() == ["Attendance", "Attendance", "Wellbeing"]
    assert _owners(chapters) == [["Schools"], ["Schools"], ["LG"]]
    assert "read from addressee lead-ins" not in _checks(chapters)
    assert "Pupils value the wellbeing hubs." in " ".join(chapters.areas["remit"])


_WORD = re.compile(r"[^\W_]+")


@pytest.mark.parametrize("fixture, name", [
    ("attendance", "estyn-attendance-primary.txt"), ("welsh_medium", "estyn-welsh-medium.md"),
    ("careers", "estyn-careers-guidance.md"), ("meals", "estyn-school-meals.txt"),
    ("chapters", "estyn-chapters-lead-ins.md")])
def test_nothing_lost(fixture, name, request):
    """Every word of the document is in a table of the parse (or its title)."""
    parsed = request.getfixturevalue(fixture)
    found = {w.lower() for w in _WORD.findall(parsed.title or "")}
    for frame in (parsed.areas, parsed.recommendations, parsed.notes):
        for column in frame.columns:
            for value in frame[column].tolist():
                text = " ".join(map(str, value)) if isinstance(value, list) else str(value)
                found |= {w.lower() for w in _WORD.findall(clean_text(text))}
    text = "\n".join(read_document(DATA / name, "recommendations").lines)
    missing = {w.lower() for w in _WORD.findall(clean_text(text))} - found
    assert not missing


def test_should_lead_in_wording():
    assert should_lead_in("The Welsh Government should:") == "The Welsh Government"
    assert should_lead_in("**Local authorities and regional consortia should:**") == _LARC
    assert should_lead_in("Schools should also:") == "Schools"
    assert should_lead_in("Recommendation 2 is that councils should:") is None
    assert should_lead_in("We recommend that local authorities:") is None
    assert should_lead_in("Schools should consider the following.") is None


def test_items_after_should_stop_at_a_heading():
    lines = ["Schools should:", "", "1. Work with families", "2. Share practice", "",
             "## 3. Wellbeing", "", "5. Pupils value the hubs."]
    blocks = read_text_lines(lines).blocks
    kept = items_after_should(blocks, lines)
    assert [clean_text(blocks[i].text.text) for i in sorted(kept)] == [
        "Work with families", "Share practice"]


def test_a_lead_in_after_a_lettered_item_is_no_continuation():
    """A lead-in ending with a colon, alone between blank lines after an item with no
    closing punctuation, opens the next group: it does not finish the item's sentence."""
    blocks = read_text_lines([
        "Schools should:", "", "(a) Give every pupil in Years 9 to 11 a careers interview",
        "", "(b) Involve parents in pupils' choices at 14", "",
        "Local authorities and regional consortia should:", "",
        "(a) Share labour market information with schools each year"]).blocks
    assert [clean_text(b.text.text) for b in blocks] == [
        "Schools should:", "Give every pupil in Years 9 to 11 a careers interview",
        "Involve parents in pupils' choices at 14",
        "Local authorities and regional consortia should:",
        "Share labour market information with schools each year"]
