"""A programme update printed as a council's annual self-assessment (the twenty-eighth
evaluation corpus's prog28b family): objectives under labelled headings, a judgement,
evidence in prose and in a table of indicators, and numbered improvement actions ending in
an owner tail ("(Owner: ...; by ...)"), the only items. Main (e009443) ended in a
ParseError ("no 'Progress Update' heading and no numbered headings followed by bullets").
The two documents are written for the test in layouts other than the corpus's (a Markdown
report with "Objective N:" labels, "Areas for improvement" lists that restart at 1 and
"(Lead officer: ..., due ...)" tails; a web page with "Well-being Objective N -" labels,
"How can we improve?" and ``<ol start>`` lists); the asserted values are the careful
reader's reading, written before the code ran.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis.metadata import load_metadata
from wlga_analysis.programme import load_grants, load_paragraphs, load_priorities, load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

ASSESSMENT_MD = "\n".join([
    "# Bryncoed County Council – Corporate Self-Assessment 2024-25", "",
    "14 November 2025", "",
    "## Summary of our assessment", "",
    "| Objective | 2024-25 |", "|---|---|",
    "| Objective 1: Homes for everyone | Adequate |",
    "| Objective 2: A thriving economy | Good |", "",
    "## Objective 1: Homes for everyone", "",
    "Our assessment: Adequate", "",
    "### What went well", "",
    "We let 230 new council homes, and the Welsh Government's Social Housing Grant of "
    "£9.5 million in 2024-25 paid for 120 of them.", "",
    "### Performance measures", "",
    "| Measure | 2023-24 | 2024-25 | Target |", "|---|---|---|---|",
    "| Households prevented from homelessness (%) | 58 | 61 | 65 |",
    "| Empty homes brought back into use | 40 | 52 | 50 |", "",
    "### Areas for improvement", "",
    "1. Cut the time taken to relet empty council homes. (Lead officer: Head of Housing, "
    "due December 2025)",
    "2. Agree a new allocations policy with the housing associations. (Lead officer: Head "
    "of Housing, due March 2026)", "",
    "## Objective 2: A thriving economy", "",
    "Our assessment: Good", "",
    "### What went well", "",
    "Footfall in the town centres rose by 6% on the year before.", "",
    "### Areas for improvement", "",
    "1. Open the second phase of the business park, which began in October 2025. (Lead "
    "officer: Head of Regeneration, due June 2026)", "",
])

ASSESSMENT_HTML = "\n".join([
    "<html><body>",
    "<h1>Cyngor Sir Enghraifft: Annual Self-Assessment 2025-26</h1>",
    "<p>9 October 2026</p>",
    "<h2>Well-being Objective 3 - Clean and green places</h2>",
    "<p><strong>Our judgement:</strong> Good</p>",
    "<h3>How well are we doing?</h3>",
    "<p>Recycling rose to 68% of household waste, above the statutory target.</p>",
    "<h3>How can we improve?</h3>",
    '<ol start="5">',
    "<li>Introduce weekly food waste collections from flats. (Owner: Waste Manager; by "
    "March 2027)</li>",
    "<li>Plant 5,000 trees with Coed Cadw. (Owner: Parks Manager; by November 2026)</li>",
    "</ol>",
    "<h2>Well-being Objective 4 - Safe communities</h2>",
    "<p><strong>Our judgement:</strong> Adequate</p>",
    "<h3>How can we improve?</h3>",
    '<ol start="7">',
    "<li>Install CCTV in the three town centres. (Owner: Community Safety Manager; by "
    "January 2027)</li>",
    "</ol>",
    "</body></html>",
])

#: title, date, priorities, items (text, section, status, quarter), grants
READINGS = {
    "md": ("Bryncoed County Council – Corporate Self-Assessment 2024-25",
           dt.date(2025, 11, 14), ["Homes for everyone", "A thriving economy"], [
               ["Cut the time taken to relet empty council homes.", 1, "planned",
                "2025-26 Q3"],
               ["Agree a new allocations policy with the housing associations.", 1,
                "planned", "2025-26 Q4"],
               ["Open the second phase of the business park, which began in October 2025.",
                2, "in progress", "2026-27 Q1"]],
           [["Social Housing Grant", 9500000, "2024-25"]]),
    "html": ("Cyngor Sir Enghraifft: Annual Self-Assessment 2025-26", dt.date(2026, 10, 9),
             ["Clean and green places", "Safe communities"], [
                 ["Introduce weekly food waste collections from flats.", 3, "planned",
                  "2026-27 Q4"],
                 ["Plant 5,000 trees with Coed Cadw.", 3, "planned", "2026-27 Q3"],
                 ["Install CCTV in the three town centres.", 4, "planned", "2026-27 Q4"]],
             []),
}


@pytest.fixture(scope="module", params=["md", "html"])
def assessment(request, tmp_path_factory):
    text = ASSESSMENT_MD if request.param == "md" else ASSESSMENT_HTML
    path = _write(tmp_path_factory.mktemp("assessment"), text, f"sa.{request.param}")
    return request.param, path, quietly(load_programme, path)


def test_the_improvement_actions_are_the_items(assessment):
    form, _path, prog = assessment
    assert _rows(prog, "text", "paragraph", "status", "quarter_label") == READINGS[form][3]


def test_objectives_are_the_priorities_and_the_title_and_date_read(assessment):
    form, path, _prog = assessment
    title, date, priorities = READINGS[form][:3]
    meta = quietly(load_metadata, path, "programme")
    assert (meta["title"], meta["date"]) == (title, date)
    assert quietly(load_priorities, path)["priority"].tolist() == priorities


def test_grants_in_the_evidence_prose(assessment):
    form, path, _prog = assessment
    assert _rows(quietly(load_grants, path), "grant", "amount_gbp", "financial_year") == \
        READINGS[form][4]


def test_owner_tails_and_evidence_kept_in_the_paragraphs_table(assessment):
    _form, path, _prog = assessment
    text = " ".join(quietly(load_paragraphs, path)["text"])
    assert "Owner: " in text or "Lead officer: " in text
    assert "Our judgement" in text or "Our assessment" in text


def test_nothing_lost_from_the_markdown(tmp_path):
    """Every word of the Markdown report is in some table (the objectives' labels, the
    judgements, the indicator rows and the owner tails in the paragraphs table; the
    Markdown only: a web page's tags are no words of the report)."""
    from wlga_analysis.documents import read_document
    from wlga_analysis.programme import parse_programme
    from wlga_analysis.testing.coverage import programme_words_lost

    path = _write(tmp_path, ASSESSMENT_MD, "sa.md")
    parsed = parse_programme(read_document(path, "programme"))
    assert programme_words_lost(parsed, path) == set()
