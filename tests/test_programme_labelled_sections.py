"""Programme papers that number no paragraph: their sections are labelled headings
("Objective 1: ...", "Blaenoriaeth 2 / Priority 2: ..."), each over a table of actions or
lettered paragraphs (the third evaluation corpus's layouts).

Every document here is written for the test (its own objectives, timings and wording), in
the forms a publisher prints. The asserted values are the careful reader's reading, written
before the code ran.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_grants, load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import html_page

OBJECTIVE_TABLES = "\n".join([
    "Meeting: 14 November 2024", "",
    "# WLGA Improvement Programme 2024-25: Quarter 2 Report", "",
    "## Purpose", "",
    "To report progress with the programme in the second quarter.", "",
    "## Progress against the objectives", "",
    "### Objective 1: Elected member development", "",
    "| Action | Lead | RAG | Target date |",
    "|---|---|---|---|",
    "| Induction toolkit for councillors elected in 2027 | WLGA | G | March 2025 |",
    "| Chairing skills masterclasses | WLGA / Academi Wales | R | January 2025 |", "",
    "### Objective 2: Corporate planning", "",
    "| Action | Lead | RAG | Target date |",
    "|---|---|---|---|",
    "| Good practice guide on corporate plans | WLGA | Complete | September 2024 |", "",
    "## Funding", "",
    "The improvement grant for 2024-25 is £720,000.",
])


@pytest.mark.parametrize("form", ["md", "html"])
def test_objective_headings_number_the_sections_of_table_items(tmp_path, form):
    text = OBJECTIVE_TABLES if form == "md" else html_page(OBJECTIVE_TABLES.split("\n"),
                                                           "programme")
    path = _write(tmp_path, text, f"q2.{form}")
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "paragraph", "section", "status", "quarter_label") == [
        ["1.1", 1, "Elected member development", "in progress", "2024-25 Q4"],
        ["1.2", 1, "Elected member development", "at risk", "2024-25 Q4"],
        ["2.1", 2, "Corporate planning", "done", "2024-25 Q2"]]
    assert prog["text"].tolist()[1] == "Chairing skills masterclasses"
    assert _rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
        [720000, "2024-25"]]


BILINGUAL_PRIORITIES = "\n".join([
    "Meeting: 3 October 2024", "",
    "# Partnership Council: Improvement Support Update", "",
    "## Blaenoriaeth 1 / Priority 1: Scrutiny", "",
    "(a) A scrutiny self-evaluation framework was published in July 2024.", "",
    "(b) Regional scrutiny networks will be set up by January 2025.", "",
    "## Blaenoriaeth 2 / Priority 2: Procurement", "",
    "(a) Training on the Procurement Act is under way and will finish by March 2025.", "",
])


def test_bilingual_priority_headings_over_lettered_paragraphs(tmp_path):
    path = _write(tmp_path, BILINGUAL_PRIORITIES, "pc.md")
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "paragraph", "section", "status", "quarter_label") == [
        ["1.1", 1, "Scrutiny", "done", "2024-25 Q2"],
        ["1.2", 1, "Scrutiny", "planned", "2024-25 Q4"],
        ["2.1", 2, "Procurement", "in progress", "2024-25 Q4"]]
    # where paragraphs are numbered, they number the sections: a labelled heading stays one
    text = "\n".join([
        "22 May 2024", "", "WLGA IMPROVEMENT PROGRAMME 2024-25 UPDATE", "",
        "Purpose", "", "1. To update Members.", "",
        "Progress Update", "", "2. Workforce", "",
        "Objective 1: recruitment", "",
        "- **Apprenticeships:** a shared framework was agreed in April 2024.", ""])
    prog = quietly(load_programme, _write(tmp_path, text, "u.txt"))
    assert _rows(prog, "item_id", "paragraph", "section") == [["2.1", 2, "Workforce"]]
