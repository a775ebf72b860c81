"""Programme updates in the layout families of the second unseen corpus (numbered
sub-paragraphs, status lines and RAG colours, group sub-headings, RAG tables, grants tables).

The documents in ``tests/data/programme_general/`` are our own (other themes, years and
wording than any shipped or evaluation paper). The readings asserted below are a careful
reader's, written down before the loader was run on them:

- ``subparagraphs-status-lines.md`` (January 2025): sections "3." and "4." are headings with
  numbered sub-paragraphs "3.1", "3.2", "4.1" and no "Progress Update" heading; the items are
  the sub-paragraphs of 3 and 4 only ("1. Purpose", "2. Background", "5. Financial
  Implications" and "6. Recommendation" frame the paper). A "Status: ..." line gives the
  status of the sub-paragraph above it: Complete = done, Red = at risk, Amber/Green = in
  progress (mostly on track). The title is the heading printed directly above "## 1. Purpose".
- ``rag-table-grants-table.md`` (October 2025): a progress section printed as a table with
  columns Deliverable / RAG / Due by / Responsible; "G" = in progress, "A" and "Red" = at
  risk; "Due by" gives the timing. The Funding section's table gives one grant per (grant,
  year column); its "Total" row is not a grant. "A further £210,000" in the sentence after
  the one naming the equalities grant is that grant's.
- ``group-headings-bracket-tags.txt`` (March 2026): "Completed:" / "In progress:" above
  bullets give their status unless the bullet carries its own tag ("[Amber]"); a "Status:
  Green" line between a list and "3. Procurement" is not a section heading; tags in square
  or round brackets; a present-tense deadline already past ("continues by the end of Q1" in
  March 2026) is reported. Funding sentences: a capitalised fund keeps its proper name, a
  "separate grant" is named after what it funds, an in-kind estimate is not a grant, and a
  grant named in one sentence keeps its name for the next sentence's amount.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.programme import (
    load_grants,
    load_paragraphs,
    load_priorities,
    load_programme,
    parse_programme,
)
from wlga_analysis.testing import quietly

DATA = Path(__file__).parent / "data" / "programme_general"
SUBPARAS = DATA / "subparagraphs-status-lines.md"
RAG_TABLE = DATA / "rag-table-grants-table.md"
#: the same paper as a web page (HTML tables with <th> headers, page furniture)
RAG_TABLE_FORMS = (RAG_TABLE, DATA / "rag-table-grants-table.html")
GROUPS = DATA / "group-headings-bracket-tags.txt"


def _items(path, columns):
    prog = quietly(load_programme, path)
    return {i: list(row) for i, row in zip(prog["item_id"], prog[columns].itertuples(
        index=False), strict=True)}


def _grants(path):
    g = quietly(load_grants, path)
    return sorted(zip(g["grant"], g["amount_gbp"].astype(int), g["financial_year"],
                      strict=True), key=lambda r: (r[1], r[2]))


# ------------------------------------------------------------- B: numbered sub-paragraphs
def test_subparagraphs_of_numbered_sections_are_the_items():
    got = _items(SUBPARAS, ["paragraph", "section", "topic", "status", "status_rule",
                            "quarter_label"])
    assert got == {
        "3.1": [3, "Workforce Wellbeing", "Wellbeing survey", "done", "status line",
                "2024-25 Q3"],
        "3.2": [3, "Workforce Wellbeing", "Retention toolkit", "at risk", "status line",
                "2024-25 Q4"],
        "4.1": [4, "Commissioning Practice", "Fee-setting guidance", "in progress",
                "status line", "2024-25 Q4"],
    }


def test_subparagraph_paper_keeps_title_priorities_and_every_paragraph():
    meta = parse_programme(read_document(SUBPARAS, "programme")).metadata
    assert meta["title"] == "WLGA SOCIAL CARE IMPROVEMENT PROGRAMME 2024-25: QUARTER THREE REPORT"
    assert str(meta["date"]) == "2025-01-14"
    assert quietly(load_priorities, SUBPARAS)["priority"].tolist() == [
        "Workforce wellbeing", "Commissioning practice"]
    paras = quietly(load_paragraphs, SUBPARAS)
    texts = paras["text"].tolist()
    # the framing paragraphs and the status lines are not items, and are not lost
    for kept in ("To report progress on the Social Care Improvement Programme 2024-25.",
                 "Members are asked to note progress.", "Status: Red",
                 "RAG status: Amber/Green"):
        assert kept in texts
    assert _grants(SUBPARAS) == [("grant for Social Care Improvement Programme", 450000,
                                  "2024-25")]


def test_a_status_line_is_not_a_section_heading():
    prog = quietly(load_programme, GROUPS).set_index("item_id")
    # "Status: Green" stands just above "3. Procurement": section 3 is still read
    assert prog.loc[["3.1", "3.2", "3.3"], "section"].tolist() == ["Procurement"] * 3
    assert prog.loc["2.4", ["status", "status_rule"]].tolist() == ["in progress",
                                                                  "status line"]


# ------------------------------------------------------- E: statuses, RAG and columns
@pytest.mark.parametrize("path", RAG_TABLE_FORMS, ids=lambda p: p.suffix)
def test_rag_table_columns_by_header_words(path):
    got = _items(path, ["text", "status", "status_rule", "quarter_label", "when",
                             "partners"])
    assert got == {
        "2.1": ["Cyber resilience exercise for all councils", "in progress", "column",
                "2025-26 Q3", "December 2025", []],
        "2.2": ["Shared data platform business case", "at risk", "column", "2025-26 Q4",
                "Q4", ["Data Cymru"]],
        "2.3": ["Website accessibility audit", "at risk", "column", "2025-26 Q3",
                "November 2025", []],
    }


def test_group_subheadings_and_bracket_tags_give_statuses():
    got = _items(GROUPS, ["status", "status_rule"])
    assert got == {
        "2.1": ["done", "group"],
        "2.2": ["done", "group"],
        "2.3": ["at risk", "tag"],  # its own [Amber] wins over the group heading
        "2.4": ["in progress", "status line"],
        "3.1": ["done", "tag"],
        "3.2": ["at risk", "tag"],
        "3.3": ["in progress", "in progress: continues"],
    }


def test_a_deadline_already_past_is_reported():
    issues = parse_programme(read_document(GROUPS, "programme")).issues
    late = [i for i in issues if i.check == "deadline already past"]
    assert [(i.item, i.source_line) for i in late] == [("3.3", 29)]
    assert "2025-26 Q1" in late[0].message


# ------------------------------------------------------------------------ F: grants
@pytest.mark.parametrize("path", RAG_TABLE_FORMS, ids=lambda p: p.suffix)
def test_grants_table_gives_a_grant_per_row_and_year_column(path):
    assert _grants(path) == [
        ("equalities grant", 200000, "2025-26"),
        ("equalities grant", 210000, "2026-27"),
        ("Improvement support grant", 750000, "2024-25"),
        ("Improvement support grant", 800000, "2025-26"),
        ("Digital transformation", 1100000, "2024-25"),
        ("Digital transformation", 1100000, "2025-26"),
    ]
    issues = parse_programme(read_document(path, "programme")).issues
    total = [i for i in issues if i.check == "unclassified amount"]
    assert len(total) == 1 and "'Total'" in total[0].message
    assert not [i for i in issues if i.check == "table row not an item"]


def test_grant_names_in_sentences():
    assert _grants(GROUPS) == [
        ("grant for procurement team", 300000, "2025-26"),
        ("improvement grant", 780000, "2025-26"),
        ("improvement grant", 790000, "2026-27"),
        ("Wales Net Zero Delivery Fund", 2000000, "2025-26"),
    ]
    issues = parse_programme(read_document(GROUPS, "programme")).issues
    assert [i.item for i in issues if i.check == "unclassified amount"] == ["£40,000"]


def test_subparagraph_items_keep_their_printed_numbers(tmp_path):
    # a careful reader calls the second item 7.3, as printed (7.2 was dropped from the paper)
    paper = tmp_path / "gap.txt"
    paper.write_text(
        "3 February 2026\n\nWLGA IMPROVEMENT PROGRAMME 2025-26 UPDATE\n\nPurpose\n\n"
        "1. To update Members.\n\n7. Housing Support\n\n"
        "7.1 The homelessness prevention review will report in April 2026.\n\n"
        "7.3 A landlord engagement toolkit was published in December 2025.\n\n"
        "Recommendation\n\n8. Members are asked to note the report.\n", encoding="utf-8")
    got = _items(paper, ["paragraph", "section", "quarter_label"])
    assert got == {"7.1": [7, "Housing Support", "2026-27 Q1"],
                   "7.3": [7, "Housing Support", "2025-26 Q3"]}


def test_an_item_about_a_fund_names_its_amount(tmp_path):
    # the bold lead names the fund the amount belongs to; a reader calls the grant by it
    paper = tmp_path / "fund.md"
    paper.write_text(
        "9 September 2025\n\n# WLGA IMPROVEMENT PROGRAMME 2025-26 UPDATE\n\n## Purpose\n\n"
        "1. To update Members.\n\n## Progress Update\n\n2. Community Resilience\n\n"
        "- **Community Resilience Fund:** twelve projects funded from the £0.6m fund for "
        "2025-26. (On track)\n", encoding="utf-8")
    assert _grants(paper) == [("Community Resilience Fund", 600000, "2025-26")]


def test_status_wording_of_finished_started_and_scheduled_work(tmp_path):
    # a careful reader: recruited and trained = done; a risk *management* framework is not a
    # risk (it will be agreed: planned); scheduled between two months = planned; started and
    # will finish = in progress; the remaining ones will follow = in progress
    paper = tmp_path / "wording.txt"
    paper.write_text(
        "2 June 2025\n\nWLGA IMPROVEMENT PROGRAMME 2025-26 UPDATE\n\nPurpose\n\n"
        "1. To update Members.\n\nProgress Update\n\n2. Coaching\n\n"
        "- Twenty coaches have been recruited and trained.\n"
        "- A risk management framework for coaching will be agreed in July 2025.\n"
        "- Three coaching reviews are scheduled between August and October 2025.\n"
        "- The first coaching cohort started in April 2025 and will finish in September 2025.\n"
        "- Five of the eight councils have signed up; the remaining three will join in "
        "autumn 2025.\n", encoding="utf-8")
    assert [s for s, in _items(paper, ["status"]).values()] == [
        "done", "planned", "planned", "in progress", "in progress"]
