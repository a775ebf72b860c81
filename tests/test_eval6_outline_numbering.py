"""Programme papers numbered in outline without full stops ("3 Risk management",
"3.1 Risk networks", "3.1.1 The network ..."), as Word's outline numbering prints them: a
layout the sixth evaluation corpus showed, which ended in a ParseError ("no numbered
paragraphs") before.

The document is written for the test (its own programme, dates and wording) and published
as a web page, a Word file and a PDF; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.errors import ParseError
from wlga_analysis.programme import load_grants, load_priorities, load_programme
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

OUTLINE = "\n".join([
    "Housing Support Programme: Annual Report 2025-26", "",
    "Report to the Executive Board, 15 May 2026", "",
    "Contents", "",
    "1 Introduction .......... 1", "",
    "3 Homelessness prevention .......... 2", "",
    "1 Introduction", "",
    "1.1 This report sets out the work of the programme in 2025-26.", "",
    "2 Priorities", "",
    "2.1 The priorities for 2025-26 were:", "",
    "2.1.1 homelessness prevention;", "",
    "2.1.2 empty homes.", "",
    "3 Homelessness prevention", "",
    "3.1 Tenancy support", "",
    "3.1.1 A tenancy sustainment toolkit was published in October 2025.", "",
    "3.1.2 Training on the toolkit will be delivered in Q1 2026/27.", "",
    "3.2 Data", "",
    "3.2.1 A shared data set on evictions is being tested with four councils.", "",
    "4 Empty homes", "",
    "4.1 A national empty homes officer was appointed in June 2025.", "",
    "5 Funding", "",
    "5.1 Welsh Government provided a grant of £430,000 for 2025-26.", "",
])

#: item_id, paragraph, topic, status, quarter_label, the text's opening words (the item's
#: own words: the sub-heading is its topic, not part of its text; a three-level item's id
#: is its printed number)
READING = [
    ["3.1.1", 3, "Tenancy support", "done", "2025-26 Q3", "A tenancy"],
    ["3.1.2", 3, "Tenancy support", "planned", "2026-27 Q1", "Training"],
    ["3.2.1", 3, "Data", "in progress", None, "A shared data set"],
    ["4.1", 4, None, "done", "2025-26 Q1", "A national empty homes officer"],
]


def _reading(prog) -> list[list]:
    rows = _rows(prog, "item_id", "paragraph", "topic", "status", "quarter_label", "text")
    return [[None if v is None or v != v else v for v in row[:5]] + [row[5][:len(want[5])]]
            for row, want in zip(rows, READING, strict=False)]


@pytest.mark.parametrize("form", ["txt", "html", "docx"])
def test_outline_numbers_without_full_stops_give_sections_topics_and_items(tmp_path, form):
    path = _write(tmp_path, OUTLINE, "housing.txt")
    if form != "txt":
        page = html_page(OUTLINE.split("\n"), "programme")
        path = _write(tmp_path, page, "housing.html")
        if form == "docx":
            path = tmp_path / "housing.docx"
            path.write_bytes(docx_bytes(read_html(page), "auto"))
    prog = quietly(load_programme, path)
    assert len(prog) == len(READING)
    assert _reading(prog) == READING
    assert quietly(load_priorities, path)["priority"].tolist() == [
        "homelessness prevention", "empty homes"]
    assert _rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
        [430000, "2025-26"]]


def test_a_count_at_the_start_of_sentences_is_no_outline_number(tmp_path):
    text = "\n".join(["Notes", "", "3 councils have signed the charter.", "",
                      "4 councils will sign it in 2026.", ""])
    with pytest.raises(ParseError, match="no numbered paragraphs"):
        quietly(load_programme, _write(tmp_path, text, "notes.txt"))
