"""A transposed project summary (the twentieth evaluation corpus's prog20a layout).

The family: a programme's project summary prints each priority as ONE table whose columns
are the projects and whose rows are the fields ("Lead", "Status (RAG)", "Progress this
quarter", "Target completion"). A careful reader turns it round: each project (column) is
an item, its text the progress field, its status and timing from the status and target
rows, its partners from the lead row; each table is a section, numbered in reading order;
a budget row's £ figures are no grants.

The documents in ``tests/data/eval20/transposed/`` are written for the test, in layouts of
the family that differ from the corpus: a Markdown housing summary (``Workstream`` over
the projects; rows ``Owner``, ``Budget 2026-27``, ``RAG status``, ``Latest update``,
``Risks``, ``Due date``; 2026-27; one table of three projects) and a council web page
(``<th scope="row">`` field names ``Lead officer``, ``Status``, ``Progress update``,
``Next steps``, ``Target date``; status words, not colours; 2025-26). The asserted values
are the careful reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa

DATA = Path(__file__).parent / "data" / "eval20" / "transposed"

EXPECTED = {
    "housing-projects-summary.md": [
        ("1", "Eight councils have submitted revised rapid rehousing plans; two are late.",
         "at risk", "2026-27 Q4", ["CIPFA"]),
        ("1", "A tenancy sustainment toolkit was shared with all councils in November.",
         "in progress", "2027-28 Q1", []),
        ("2", "The housing register dashboard went live in October.", "done", "2026-27 Q3",
         ["Data Cymru"]),
        ("2", "The survey of void properties will start once the questions are agreed.",
         "planned", "2027-28 Q2", []),
        ("2", "The empty homes loan scheme has had no applications this quarter.", "at risk",
         "2026-27 Q4", []),
    ],
    "digital-board-summary.html": [
        ("1", "Twelve new online forms were launched for waste and council tax requests.",
         "in progress", "2025-26 Q3", ["Data Cymru"]),
        ("1", "The chatbot pilot has been delayed while the supplier fixes accessibility "
         "issues.", "at risk", "2025-26 Q2", []),
        ("2", "Forty digital champions were trained across the council's services.", "done",
         "2025-26 Q1", ["Academi Wales"]),
        ("2", "Half of the council's laptops have been replaced with new devices.",
         "in progress", "2025-26 Q4", []),
    ],
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def parsed(request):
    path = DATA / request.param
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (request.param, wa.load_programme(path), wa.load_grants(path),
                wa.load_paragraphs(path))


def test_items_are_the_projects(parsed):
    name, prog, _, _ = parsed
    got = [(str(r.paragraph), r.text, r.status, r.quarter_label, list(r.partners))
           for r in prog.itertuples()]
    assert got == EXPECTED[name]


def test_project_name_is_the_topic_and_fields_are_kept(parsed):
    _name, prog, _, paras = parsed
    assert prog["topic"].notna().all()
    text = " ".join(paras["text"])
    assert "Next steps" in text or "Risks" in text  # (the other fields: paragraphs)
    assert all(t in text for t in prog["topic"])


def test_budget_figures_are_no_grants(parsed):
    name, _, grants, _ = parsed
    amounts = sorted(grants["amount_gbp"].tolist())
    assert amounts == ([220000] if name.endswith(".md") else [])


PRIORITIES = {
    "housing-projects-summary.md": ["Homelessness prevention", "Housing data"],
    "digital-board-summary.html": ["Customer access", "Workforce"],
}


def test_priorities_are_the_headings_over_the_tables(parsed):
    name = parsed[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = wa.load_priorities(DATA / name)["priority"].tolist()
    assert got == PRIORITIES[name]
    assert parsed[1]["priority"].tolist()[0] == PRIORITIES[name][0]
