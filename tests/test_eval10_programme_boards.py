"""Programme papers of the tenth evaluation corpus's layouts: a "plan on a page" status board
(a row per workstream, a column per status), a status table keyed by the items' outline
numbers beside an Executive Board report (with its cover block, its funding table whose
unit is in the header and an annex allocating a grant between councils), and grants named
in a sentence.

Every document here is written for the test (its own wording, themes and figures). The
asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme.grant_tables import table_unit
from wlga_analysis.programme import load_grants, load_programme, programme_metadata
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import html_page

# ------------------------------------------------------------------- a status board
_BOARD_FRONT = [
    "# Regional Support Programme 2025-26: Board on a Page", "",
    "Leaders' Forum – 12 January 2026", "",
    "## Progress", "",
    "Each action stands in the column of its state: To do, Doing, Blocked or Done.", "",
]
BOARD_MD = "\n".join([
    *_BOARD_FRONT,
    "| Theme | Done | Doing | Blocked | To do |",
    "|---|---|---|---|---|",
    "| **Theme 1: Scrutiny** | - Chairs' network relaunched (May 2025)<br>- Scrutiny "
    "guide printed (July 2025) | - Peer challenge of two committees (2025/26 Q4) |  | "
    "- Annual scrutiny survey (2026/27 Q1) |",
    "| **Theme 2: Climate** |  | - Carbon baseline for each council (end of Q4) | "
    "- Fleet transition plan (moved to 2026/27 Q2) |  |",
])
BOARD_TEXT = "\n".join([
    "Regional Support Programme 2025-26: Board on a Page", "",
    "Leaders' Forum – 12 January 2026", "",
    "Progress", "",
    "Each action stands in the column of its state: To do, Doing, Blocked or Done.", "",
    "Theme\tDone\tDoing\tBlocked\tTo do",
    "Theme 1: Scrutiny\tChairs' network relaunched (May 2025) Scrutiny guide printed (July "
    "2025)\tPeer challenge of two committees (2025/26 Q4)\t\tAnnual scrutiny survey "
    "(2026/27 Q1)",
    "Theme 2: Climate\t\tCarbon baseline for each council (end of Q4)\tFleet transition "
    "plan (moved to 2026/27 Q2)\t",
])
BOARD_READING = [
    ["1.1", 1, "done", "2025-26 Q1", "Chairs' network relaunched (May 2025)"],
    ["1.2", 1, "done", "2025-26 Q2", "Scrutiny guide printed (July 2025)"],
    ["1.3", 1, "in progress", "2025-26 Q4", "Peer challenge of two committees (2025/26 Q4)"],
    ["1.4", 1, "planned", "2026-27 Q1", "Annual scrutiny survey (2026/27 Q1)"],
    ["2.1", 2, "in progress", "2025-26 Q4", "Carbon baseline for each council (end of Q4)"],
    ["2.2", 2, "at risk", "2026-27 Q2", "Fleet transition plan (moved to 2026/27 Q2)"],
]


@pytest.mark.parametrize("name, text", [("board.md", BOARD_MD), ("board.txt", BOARD_TEXT)])
def test_each_bullet_of_a_status_board_is_an_item_with_its_columns_status(tmp_path, name, text):
    path = _write(tmp_path, text, name)
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "paragraph", "status", "quarter_label", "text") == \
        BOARD_READING
    assert set(prog["status_rule"]) == {"column"}
    assert prog["section"].tolist()[:1] == ["Scrutiny"]


def test_a_status_board_on_a_web_page(tmp_path):
    page = html_page(BOARD_TEXT.split("\n"), "programme")
    path = _write(tmp_path, page, "board.html")
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "status", "quarter_label") == \
        [r[:1] + r[2:4] for r in BOARD_READING]


def test_a_next_steps_column_is_not_a_status_board(tmp_path):
    text = "\n".join([
        "# Digital Programme 2025-26 Update", "", "Digital Board – 3 March 2026", "",
        "## Progress", "", "### 1. Data", "",
        "| Action | Status | Next steps |", "|---|---|---|",
        "| A data catalogue was built (June 2025) | Complete | Review it |",
    ])
    prog = quietly(load_programme, _write(tmp_path, text, "update.md"))
    assert _rows(prog, "item_id", "status") == [["1.1", "done"]]


# ------------------------------------- a status table beside an Executive Board report
def _report(table: list[str], annex: list[str]) -> str:
    return "\n".join([
        "WLGA COUNCIL", "", "Date of meeting: 14 May 2026", "",
        "Report of: Director of Transformation", "", "Agenda item: 9", "",
        "Transformation Programme 2026/27: Start-of-year Report", "",
        "1 Purpose", "", "1.1 To report the first actions of the programme.", "",
        "2 Progress", "",
        "2.1 Procurement", "",
        "2.1.1 A joint frameworks review with the Welsh Procurement Alliance.", "",
        "2.1.2 Training for contract managers.", "",
        "2.2 Assets", "",
        "2.2.1 A register of surplus council buildings.", "",
        "2.3 The position of each action is set out in Table 1.", "",
        "Table 1: Position at 30 April 2026", "", *table, "",
        "3 Financial implications", "",
        "3.1 The programme is funded as set out in Table 2.", "",
        "Table 2: Funding 2026/27", "",
        "Source\tAmount (£)",
        "Transformation grant (Welsh Government)\t610,000",
        "Council contributions in kind\t25,000",
        "Total\t635,000", "",
        "4 Welsh language implications", "",
        "4.1 Every product will be published in Welsh and English.", "",
        *annex,
    ])


_TAB_STATUS = ["Ref\tAction\tStatus\tExpected completion",
               "2.1.1\tFrameworks review\tComplete\t2026/27 Q1",
               "2.1.2\tContract training\tDelayed\tend of Q3",
               "2.2.1\tSurplus register\tNot started\t2027/28 Q1",
               "2.2.4\tDisposals plan\tOn track\t2026/27 Q4"]
_ANNEX = ["Annex A: Transformation grant 2026/27 – allocation by council", "",
          "Council\tAllocation (£)", "Cardiff\t40,000", "Swansea\t30,000", "Gwynedd\t20,000",
          "Newport\t20,000", "Total\t110,000"]
REPORT_READING = [  # (an item's id is its printed number, the status table's Ref)
    ["2.1.1", 2, "Procurement", "done", "2026-27 Q1"],
    ["2.1.2", 2, "Procurement", "at risk", "2026-27 Q3"],
    ["2.2.1", 2, "Assets", "planned", "2027-28 Q1"],
]


@pytest.mark.parametrize("form", ["txt", "md"])
def test_a_status_table_keyed_by_ref_gives_its_items_status_and_timing(tmp_path, form):
    table = _TAB_STATUS if form == "txt" else [
        "| " + " | ".join(r.split("\t")) + " |" for r in _TAB_STATUS[:1]] + ["|---|---|---|---|"] \
        + ["| " + " | ".join(r.split("\t")) + " |" for r in _TAB_STATUS[1:]]
    path = _write(tmp_path, _report(table, _ANNEX), f"report.{form}")
    with pytest.warns(UserWarning) as caught:
        prog = load_programme(path)
    assert _rows(prog, "item_id", "paragraph", "topic", "status", "quarter_label") == \
        REPORT_READING
    assert prog["text"].str.contains("frameworks review").tolist() == [True, False, False]
    assert set(prog["status_rule"]) == {"status table"}
    messages = " ".join(str(w.message) for w in caught)
    assert "'2.2.4' of a status table names no item" in messages
    meta = quietly(programme_metadata, read_document(path, "programme"))
    assert meta["title"] == "Transformation Programme 2026/27: Start-of-year Report"
    assert str(meta["date"]) == "2026-05-14"


def test_a_ref_column_anywhere_and_an_item_given_two_rows(tmp_path):
    table = ["Action\tRef\tStatus\tExpected completion",
             "Frameworks review\t2.1.1\tComplete\t2026/27 Q1",
             "Frameworks review (again)\t2.1.1\tDelayed\t2026/27 Q4"]
    path = _write(tmp_path, _report(table, []), "report.txt")
    with pytest.warns(UserWarning) as caught:
        prog = load_programme(path)
    assert _rows(prog, "item_id", "status") == [
        ["2.1.1", "done"], ["2.1.2", "in progress"], ["2.2.1", "in progress"]]
    assert prog["quarter_label"].fillna("").tolist() == ["2026-27 Q1", "", ""]
    assert "item 2.1.1 is given a second row" in " ".join(str(w.message) for w in caught)


def test_an_amount_column_in_pounds_gives_grants_and_a_council_annex_none(tmp_path):
    path = _write(tmp_path, _report(_TAB_STATUS[:-1], _ANNEX), "report.txt")
    with pytest.warns(UserWarning) as caught:
        grants = load_grants(path)
    # (the funder printed in brackets is no part of the grant's name: stop 23,
    # interpret/programme/grant_name_parts.py; the row as printed stays in the paragraphs)
    assert _rows(grants, "grant", "amount_gbp", "financial_year") == [
        ["Transformation grant", 610000, "2026-27"]]
    messages = " ".join(str(w.message) for w in caught)
    assert "gives figures for 4 councils: an allocation" in messages


def test_council_rows_with_pound_signs_are_an_allocation_not_grants(tmp_path):
    text = "\n".join([
        "# Housing Support Programme 2025-26: Update", "", "Cabinet – 2 February 2026", "",
        "## 1. Progress", "", "- A homelessness review was completed in December 2025.", "",
        "## 2. Funding", "",
        "The Welsh Government confirmed a Housing Support Grant of £90,000 for 2025-26.", "",
        "## Annex: allocation by council", "",
        "| Council | Allocation |", "|---|---|",
        "| Conwy | £30,000 |", "| Powys | £30,000 |", "| Torfaen | £30,000 |",
        "| **Total** | **£90,000** |",
    ])
    grants = quietly(load_grants, _write(tmp_path, text, "update.md"))
    assert _rows(grants, "grant", "amount_gbp") == [["Housing Support Grant", 90000]]


@pytest.mark.parametrize("header, factor", [
    ("Amount (£)", 1), ("£", 1), ("2025-26 (£)", 1), ("Grant (£000)", 1000), ("£k", 1000),
    ("£m", 1_000_000)])
def test_the_unit_a_header_names(header, factor):
    assert table_unit(["Funding", header])[0] == Decimal(factor)


# ---------------------------------------------------------------- grant names in prose
def test_grant_names_from_the_sentence_of_the_amount(tmp_path):
    text = "\n".join([
        "# Scrutiny Programme 2025-26: Update", "", "Scrutiny Board – 4 November 2025", "",
        "## 1. Progress", "", "- A chairs' network met in October 2025.", "",
        "## 2. Funding", "",
        "The Scrutiny Support grant from the Welsh Government is £310,000 for 2025-26. "
        "The Board has also agreed £0.05m for the Community Voices Fund in 2025-26.",
    ])
    grants = quietly(load_grants, _write(tmp_path, text, "update.md"))
    assert _rows(grants, "grant", "amount_gbp", "financial_year") == [
        ["Scrutiny Support grant", 310000, "2025-26"],
        ["Community Voices Fund", 50000, "2025-26"]]
