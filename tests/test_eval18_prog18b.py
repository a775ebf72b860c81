"""A status report whose progress is a MILESTONE TRACKER table (the eighteenth evaluation
corpus's prog18b layout: a Corporate Joint Committee's forward work programme status report).

The family: a programme or partnership status report (a CJC, a city deal, a regional
partnership board's transformation programme) tells its quarter in narrative bullets under
each workstream ("Key achievements this period" / "Next period"), rates its workstreams in
an overview table (``Workstream | Q1 | Q2 | Direction of travel``), and holds its progress in
ONE milestone tracker (``Workstream | Milestone | Owner | Baseline date | Forecast date |
RAG``), often an appendix. The tracker's rows are the items, each group (the workstream
column, or a sub-heading over a table of the tracker) the numbered section of its rows, in
order; status from the RAG cell (letters read by the paper's key "B = complete; G = on
track; A = at risk, recoverable; R = off track", words, or symbols by the key), quarter from
the forecast (revised, due) date. The narrative bullets and the overview rows are no items.

The documents in ``tests/data/eval18/prog18b/`` are written for the test, in layouts of the
family that differ from the corpus: a pandoc Markdown city deal portfolio report
(``city-deal-portfolio-report.md``) whose tracker is "Annex 1 – Milestone schedule",
``Project | Key milestone | Lead officer | Original date | Revised date | Status``, the
project printed once over its rows (blank cells below), RAG as words (Complete, On track,
At risk, Off track, Not started), followed by a risk register annex (no items), and an
introduction listing "the Pentre Innovation Hub" with its article; and a regional
partnership board's web page (``rpb-transformation-highlight-report.html``) whose tracker
is its last numbered section "3. Milestone tracker", one table per workstream under an
``<h3>`` sub-heading (no workstream column), ``Milestone | Lead | Due | RAG`` with symbols
explained by a key (✔ ● ▲ ✖), months as dates, then "4. Recommendation"; and a council's
Word report (``transformation-status-report.docx``, written by
``make_transformation_status_docx.py``) whose "Appendix 1: Milestone plan" stands in a new
landscape section, ``Workstream | Milestone | Responsible officer | Planned date | Expected
date | RAG rating`` with a repeated header row, the RAG cells shaded in their colour with no
text (read by the colour key above the table), and two dates (the expected date, the last,
gives the quarter; the planned date is a note). The asserted
values are the careful reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval18" / "prog18b"

#: The careful reader's reading: title, date, priorities, items (id, section, text,
#: status, quarter, partners).
READINGS = {
    "city-deal-portfolio-report.md": {
        "title": "Bae Hafren City Deal: Portfolio status report, Quarter 3 2025-26",
        "date": "2026-02-12",
        "priorities": ["Pentre Innovation Hub", "digital infrastructure",
                       "skills and talent"],
        "items": [
            ("1.1", 1, "Planning consent granted", "done", "2025-26 Q3", []),
            ("1.2", 1, "Main contractor appointed", "at risk", "2025-26 Q4", []),
            ("1.3", 1, "Hub construction started", "at risk", "2026-27 Q2", []),
            ("2.1", 2, "Full fibre voucher scheme opened", "done", "2025-26 Q3", []),
            ("2.2", 2, "Mobile coverage survey completed with Data Cymru", "in progress",
             "2025-26 Q4", ["Data Cymru"]),
            ("3.1", 3, "Regional apprenticeship scheme launched", "done", "2025-26 Q2", []),
            ("3.2", 3, "Employer skills survey published", "planned", "2026-27 Q1", []),
        ],
        "sections": ["Pentre Innovation Hub", "Digital infrastructure", "Skills and talent"],
    },
    "rpb-transformation-highlight-report.html": {
        "title": "Transformation Programme highlight report: Quarter 2 2025-26",
        "date": "2025-10-20",
        "priorities": ["home first", "integrated community hubs", "carers support"],
        "items": [
            ("1.1", 1, "Discharge to assess pathway live in two hospitals", "done",
             "2025-26 Q2", []),
            ("1.2", 1, "Pathway live in all three hospitals", "in progress", "2025-26 Q4", []),
            ("2.1", 2, "Hub design brief agreed", "done", "2025-26 Q2", []),
            ("2.2", 2, "First hub site acquired", "at risk", "2025-26 Q3", []),
            ("2.3", 2, "Business case approved by the Board", "at risk", "2025-26 Q4", []),
            ("3.1", 3, "Carers' census completed", "done", "2025-26 Q2", []),
            ("3.2", 3, "Carers' strategy refreshed with Carers Wales", "in progress",
             "2026-27 Q1", []),
        ],
        "sections": ["Home first", "Integrated community hubs", "Carers support"],
    },
    "transformation-status-report.docx": {
        "title": "Our Council 2030 transformation programme: status report",
        "date": "2026-03-25",
        "priorities": ["digital customer service", "estate rationalisation",
                       "workforce modernisation"],
        "items": [
            ("1.1", 1, "Customer account live", "done", "2025-26 Q4", []),
            ("1.2", 1, "Online payments moved to the new platform", "in progress",
             "2026-27 Q1", []),
            ("2.1", 2, "Depot survey finished", "done", "2025-26 Q4", []),
            ("2.2", 2, "Business case for a single depot approved", "at risk", "2026-27 Q3",
             []),
            ("3.1", 3, "Hybrid working policy agreed", "done", "2025-26 Q4", []),
            ("3.2", 3, "Manager training delivered with Academi Wales", "at risk",
             "2026-27 Q2", ["Academi Wales"]),
        ],
        "sections": ["Digital customer service", "Estate rationalisation",
                     "Workforce modernisation"],
    },
}


def _parse(path: Path):
    return parse_document(path, "programme")


@pytest.fixture(scope="module")
def parsed():
    return {name: _parse(DATA / name) for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_title_and_date(parsed, name):
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]


@pytest.mark.parametrize("name", READINGS)
def test_priorities_as_the_groups_print_them(parsed, name):
    """Listed in a sentence; "the Pentre Innovation Hub" is named as its group prints it."""
    assert parsed[name].priorities["priority"].tolist() == READINGS[name]["priorities"]


@pytest.mark.parametrize("name", READINGS)
def test_each_tracker_row_is_an_item_of_its_group(parsed, name):
    """The narrative bullets, the overview table and the risk register are no items; the
    section is the group's place; status from the RAG word or symbol; quarter from the
    revised or due date."""
    frame = parsed[name].programme
    got = [(str(r.item_id), int(r.paragraph), r.text, r.status, r.quarter_label,
            list(r.partners)) for r in frame.itertuples()]
    assert got == READINGS[name]["items"]
    assert list(dict.fromkeys(frame["section"])) == READINGS[name]["sections"]


def test_nothing_lost(parsed):
    """Every word of the Markdown report is in some table: the narrative, the overview
    table and the risk register are kept in the paragraphs table."""
    name = "city-deal-portfolio-report.md"
    assert programme_words_lost(parsed[name], DATA / name) == set()


def test_the_tracker_is_reported(parsed):
    checks = {i.check for i in parsed["city-deal-portfolio-report.md"].issues}
    assert "progress in a milestone tracker" in checks


CJC = """# Forward Work Programme 2026-27: Quarter 1 status report

**Mid Wales Corporate Joint Committee, 14 July 2026**

## 1. Introduction

The Committee's work programme has two workstreams: the Regional Transport Plan; and energy.

## 2. Progress by workstream

### Regional Transport Plan

**Key achievements this period**

-   The delivery programme was agreed.

## Appendix A: Milestone tracker

Key: C = complete; O = on track; D = delayed

| Milestone | Owner | Baseline date | Forecast date | RAG |
|---|---|---|---|---|
| Delivery programme agreed | Transport Lead | 30/06/2026 | 30/06/2026 | C |
| Bus network review completed | Transport Lead | 31/12/2026 | 31/03/2027 | D |
| Energy plan pipeline mapped | Energy Lead | 30/09/2026 | 30/09/2026 | O |
"""


def test_an_appendix_tracker_with_no_group_column_is_one_section(tmp_path):
    """No overview table, no workstream column, letters of the paper's own key: read, not a
    ParseError; the appendix is the one section."""
    path = tmp_path / "cjc.md"
    path.write_text(CJC, encoding="utf-8")
    got = _parse(path)
    assert [(str(r.item_id), r.text, r.status, r.quarter_label)
            for r in got.programme.itertuples()] == [
        ("1.1", "Delivery programme agreed", "done", "2026-27 Q1"),
        ("1.2", "Bus network review completed", "at risk", "2026-27 Q4"),
        ("1.3", "Energy plan pipeline mapped", "in progress", "2026-27 Q2")]
    assert got.priorities["priority"].tolist() == ["Regional Transport Plan", "energy"]


HIGHLIGHT = """WLGA DIGITAL PROGRAMME HIGHLIGHT REPORT

12 May 2026

1. Cyber resilience

- Six councils completed the cyber exercise in April 2026.

2. Data skills

- Twenty analysts were trained with Data Cymru.

3. Milestones

| Theme | Milestone | Forecast date | RAG |
|---|---|---|---|
| Cyber | Second exercise run | 30/09/2026 | Green |
| Data | Skills framework published | 31/12/2026 | Amber |
"""


def test_numbered_headings_over_bullets_keep_the_progress(tmp_path):
    """A milestone table in a numbered section of a paper whose numbered headings open
    bullets is read as before (the headings' bullets are items too): no tracker paper."""
    path = tmp_path / "highlight.md"
    path.write_text(HIGHLIGHT, encoding="utf-8")
    got = _parse(path).programme
    assert [(str(r.item_id), r.text) for r in got.itertuples()][:2] == [
        ("1.1", "Six councils completed the cyber exercise in April 2026."),
        ("2.1", "Twenty analysts were trained with Data Cymru.")]


REFERENCED = """Digital Transformation Programme: highlight report

Programme Board, 3 March 2026

1. Summary

Two projects are on track.

2. Milestone tracker

| Ref | Project | Milestone | Due date | Status |
|---|---|---|---|---|
| P1.1 | Customer portal | Portal live for council tax | 31/01/2026 | Complete |
| P1.2 | Customer portal | Portal live for housing repairs | 30/06/2026 | On track |
| P2.1 | Data platform | Data platform procured | 31/12/2025 | Complete |
| P2.2 | Data platform | First dashboards published with Data Cymru | 31/05/2026 | Delayed |
"""


def test_a_group_column_after_a_reference_column(tmp_path):
    """"Ref | Project | Milestone | ...": the project (a column before the milestone) groups
    the rows though a reference column comes first; the tracker is the paper's last
    numbered section."""
    path = tmp_path / "digital.md"
    path.write_text(REFERENCED, encoding="utf-8")
    got = _parse(path).programme
    assert [(int(r.paragraph), r.section, r.text, r.status, r.quarter_label)
            for r in got.itertuples()] == [
        (1, "Customer portal", "Portal live for council tax", "done", "2025-26 Q4"),
        (1, "Customer portal", "Portal live for housing repairs", "in progress", "2026-27 Q1"),
        (2, "Data platform", "Data platform procured", "done", "2025-26 Q3"),
        (2, "Data platform", "First dashboards published with Data Cymru", "at risk",
         "2026-27 Q1")]
