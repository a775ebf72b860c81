"""A grant monitoring return laid out as a form (the thirteenth evaluation corpus's prog13a
layout): one block of "Label: value" lines per project under labelled strand headings, the
grant's details and objectives before them.

The documents in ``tests/data/eval13/prog13a/`` are written for the test, in layouts of
the family that differ from the corpus: a text print with other labels ("Activity:",
"Lead:", "Target date:", "Status:", "Grant name:", "Allocation reference:") under
"WORKSTREAM N" headings; a web page whose projects are definition lists with no "Change"
links under "Theme N:" headings; a text form of one long "Field | Return" table with the
strands as rows of one cell. The asserted values are the careful reader's reading.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.interpret.programme.colour_key import colour_key
from wlga_analysis.interpret.programme.forms import form_sections
from wlga_analysis.interpret.programme.priority_lists import announced
from wlga_analysis.programme import parse_programme
from wlga_analysis.read.model import Inline, Paragraph
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval13" / "prog13a"

#: The careful reader's reading of each document: title, date, priorities, items
#: (id, section, text, status, quarter, partners) and grants (name, amount, year).
READINGS = {
    "skills-grant-return.txt": {
        "title": "Regional Skills Partnership Grant 2026-27: Six-monthly Monitoring Return",
        "date": "2027-01-15",
        "priorities": ["Match training provision to regional employer demand",
                       "Widen access to apprenticeships in rural areas"],
        "items": [
            ("1.1", 1, "Employer skills survey of the region", "done", "2026-27 Q3", []),
            ("1.2", 1, "Sector panels for tourism and agriculture", "at risk", "2027-28 Q1",
             []),
            ("2.1", 2, "Travel bursaries for rural apprentices", "in progress", "2026-27 Q4",
             []),
            ("2.2", 2, "Shared apprenticeship scheme for small employers", "at risk",
             "2027-28 Q2", ["Data Cymru"]),
        ],
        "grants": [("Regional Skills Partnership Grant", 300000, "2026-27"),
                   ("Digital inclusion", 40000, "2026-27")],
    },
    "culture-fund-return.html": {
        "title": "Libraries Transformation Grant 2024-25: Annual Monitoring Return",
        "date": "2025-04-30",
        "priorities": ["Modernise library buildings", "Grow digital lending"],
        "items": [
            ("1.1", 1, "Refurbish the Llandrindod library", "done", "2024-25 Q4", []),
            ("1.2", 1, "Self-service kiosks in branch libraries", "at risk", "2025-26 Q1", []),
            ("2.1", 2, "E-book platform for all Welsh libraries", "in progress", "2024-25 Q3",
             ["Data Cymru"]),
        ],
        "grants": [("Libraries Transformation Grant", 210000, "2024-25")],
    },
    "youth-work-return.txt": {
        "title": "Youth Work Strategy Support Grant 2025-26: Quarter 3 Return",
        "date": "2026-01-09",
        "priorities": ["Reach more young people in rural areas",
                       "Improve youth workers' training"],
        "items": [
            ("1.1", 1, "Mobile youth centre for north Powys", "done", "2025-26 Q3",
             ["Audit Wales"]),
            ("1.2", 1, "Detached youth work pilots", "planned", "2026-27 Q1", []),
            ("2.1", 2, "Youth work qualifications for volunteers", "in progress",
             "2025-26 Q4", ["Data Cymru"]),
        ],
        "grants": [],
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_metadata_and_priorities(parsed, name):
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]
    assert got.priorities["priority"].tolist() == want["priorities"]


@pytest.mark.parametrize("name", READINGS)
def test_each_block_is_one_item(parsed, name):
    frame = parsed[name].programme
    got = [(r.item_id, int(r.paragraph), r.text, r.status, r.quarter_label, list(r.partners))
           for r in frame.itertuples()]
    assert got == READINGS[name]["items"]


@pytest.mark.parametrize("name", READINGS)
def test_award_lines_are_the_grants_and_budgets_are_not(parsed, name):
    grants = parsed[name].grants
    got = [(r.grant, int(r.amount_gbp), r.financial_year) for r in grants.itertuples()]
    assert got == READINGS[name]["grants"]


@pytest.mark.parametrize("name", ["skills-grant-return.txt", "youth-work-return.txt"])
def test_nothing_lost(parsed, name):
    """Every word of the return is in some table (the labels and figures of each block in
    the paragraphs table), or its list letter; the date line is the date (as in
    test_programme_coverage)."""
    got = parsed[name]
    assert programme_words_lost(got, DATA / name) <= {"a", "b"}


def test_labelled_blocks_need_two_blocks_with_a_field():
    """One block, or blocks with no status, timing or lead, are no form: the paper is left
    to the other rules."""
    one = ["Project: 1.1 A data hub", "Lead body: Data Cymru", "RAG: Green"]
    assert form_sections([Paragraph(Inline(t)) for t in one]) is None
    bare = ["Project: A", "Budget: £5", "Notes: x", "Project: B", "Budget: £6", "Notes: y"]
    assert form_sections([Paragraph(Inline(t)) for t in bare]) is None
    numbered = [Paragraph(Inline("Purpose"), "1"), *(Paragraph(Inline(t)) for t in one * 2)]
    assert form_sections(numbered) is None


def test_a_key_separated_by_semicolons():
    key = "RAG key: Complete – finished; Green – on track; Red – off track; Not started."
    assert colour_key([key]) == {"green": "in progress", "red": "at risk"}


def test_a_labelled_heading_announces_the_objectives():
    assert announced("Section B: Objectives of the grant") == (
        "Section B: Objectives of the grant", "")
    assert announced("Section B: Grant details") is None


def test_a_typed_letter_list_ends_before_a_capitalised_line():
    lines = ["- (a) Strengthen leadership in councils", "- (b) Build workforce skills", "",
             "Section C: Project progress", "", "RAG key: Green – on track."]
    texts = [b.text.text for b in read_text_lines(lines, exact=False).blocks]
    assert texts[-2:] == ["Section C: Project progress", "RAG key: Green – on track."]
