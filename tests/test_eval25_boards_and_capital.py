"""Task boards exported from planning tools and capital monitoring reports' schemes tables
(the twenty-fifth evaluation corpus's prog25a and prog25b families).

Task boards (Microsoft Planner, Trello, Asana): one row or card per task, the board's
columns (buckets, lists, sections) the AREAS, each a numbered section and a priority; each
task an item, its status from its progress or completed flag and **at risk when late or
overdue** whatever its progress, its timing the due date (a browser print's "dd/mm" in the
print's year), its partners the organisations a key of people gives its assignees (and its
labels, when a label is an organisation). Capital monitoring: a ``Scheme | budget | spend |
... | RAG | completion | Commentary`` table grouped by directorate rows, each group a
section, each scheme an item whose text is its commentary (its name with no commentary);
subtotals, totals and the tables after it (slippage) are no items.

The documents in ``tests/data/eval25/`` are written for the test in layouts of the families
the corpus does not print: a Trello export in Markdown (``Card Name | List Name | Members |
Labels | Due Date | Due Complete | Overdue``, a members key, 2026-27), a Trello-like board
printed from the browser (``list``/``list-card`` classes, an "Overdue" badge, a status
icon's ``title``, a team key after the board), a board printed to PDF (three lists of
boxed cards, "Done"/"Doing" statuses, an "Overdue" flag, no checklist, headings with no
counts, the members key after it; written by reportlab with ``make_board_pdf.py`` beside
it); a modern.gov-like web page (``Project |
Budget 2026-27 | Actual to date | Forecast | Status | Expected completion | Progress``,
colspan group rows, "Sub-total Place", "Grand total", a slippage table after, a funding
appendix of two funds, borrowing and capital receipts: the funds are its grants) and a
Markdown table with no groups and no commentary (``Capital scheme | ... | BRAG |
Completion date``). The asserted values were written before the code ran.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme.capital_schemes import is_total, schemes_columns
from wlga_analysis.interpret.programme.task_board import board_fields, task_status
from wlga_analysis.read.markers import parse_marker
from wlga_analysis.testing import parse_document
from wlga_analysis.text.clean import clean_text

DATA = Path(__file__).parent / "data" / "eval25"


def _parse(name: str):
    return parse_document(DATA / name, "programme")


@pytest.fixture(scope="module")
def trello():
    return _parse("task_board/youth-services-trello-export.md")


@pytest.fixture(scope="module")
def printed():
    return _parse("task_board/climate-board-print.html")


@pytest.fixture(scope="module")
def board_pdf():
    return _parse("task_board/estates-board-print.pdf")


@pytest.fixture(scope="module")
def monitoring():
    return _parse("capital_schemes/capital-monitoring-q1.html")


@pytest.fixture(scope="module")
def brag():
    return _parse("capital_schemes/capital-schemes-brag.md")


def _items(parse) -> list[tuple]:
    prog = parse.programme
    return [(i, t, s, q, list(p)) for i, t, s, q, p in zip(
        prog["item_id"], prog["text"], prog["status"], prog["quarter_label"],
        prog["partners"], strict=True)]


def test_board_fields_and_status_rules():
    assert board_fields(["Name", "Section/Column", "Assignee", "Due Date", "Completed At"]) \
        == {"bucket": 1, "task": 0, "assignees": 2, "due": 3, "completed": 4}
    assert board_fields(["Task", "Owner", "Status"]) is None  # (no buckets: no board)
    assert task_status({"progress": "Completed", "late": "true"}) == "at risk"
    assert task_status({"completed": "", "due": "01/01/2026"}) == ""


def test_dates_of_boards_and_meetings(trello, printed, monitoring):
    """A board is dated by its export or print ("exported from Trello on 14/09/2026", in a
    sentence); a report by its meeting."""
    assert str(trello.metadata["date"]) == "2026-09-14"
    assert str(printed.metadata["date"]) == "2026-11-03"
    assert str(monitoring.metadata["date"]) == "2026-07-22"


def test_trello_export_lists_are_sections(trello):
    assert trello.priorities["priority"].tolist() == [
        "Listening to young people", "Workforce", "Performance"]
    assert _items(trello) == [
        ("1.1", "Survey young people on the youth offer", "done", "2026-27 Q1",
         ["Data Cymru"]),
        ("1.2", "Hold four youth forum workshops", "in progress", "2026-27 Q3", []),
        ("2.1", "Train youth workers in trauma-informed practice", "at risk", "2026-27 Q2",
         ["Academi Wales"]),
        ("2.2", "Agree a shared job description for senior youth workers", "in progress",
         "2026-27 Q4", ["CIPFA"]),
        ("3.1", "Publish the youth service performance dashboard", "done", "2026-27 Q2",
         ["Data Cymru"]),
    ]


def test_printed_board_cards_are_a_table(printed):
    assert printed.priorities["priority"].tolist() == ["Schools", "Offices"]
    assert _items(printed) == [
        ("1.1", "Fit LED lighting in ten primary schools", "done", "2026-27 Q2", ["CIPFA"]),
        ("1.2", "Install solar panels on Ysgol y Bryn", "at risk", "2026-27 Q2", []),
        ("2.1", "Close the Ty Glas annex", "planned", "2026-27 Q4", []),
    ]
    assert printed.grants.empty


def test_pdf_board_of_boxed_cards(board_pdf):
    """Three lists of boxed cards side by side: a row per card, down each list."""
    assert board_pdf.metadata["title"] == "Housing improvement board – printed for the Tenant Panel"
    assert str(board_pdf.metadata["date"]) == "2026-10-12"
    assert board_pdf.priorities["priority"].tolist() == ["Tenant engagement", "Repairs", "Energy"]
    assert _items(board_pdf) == [
        ("1.1", "Launch the tenant app survey", "done", "2026-27 Q1", []),
        ("1.2", "Run four estate walkabouts with tenants", "at risk", "2026-27 Q1", ["CIPFA"]),
        ("2.1", "Retender the responsive repairs contract", "in progress", "2026-27 Q4",
         ["CIPFA"]),
        ("2.2", "Publish damp and mould case data", "planned", "2026-27 Q4", ["Data Cymru"]),
        ("3.1", "Fit loft insulation in 300 homes", "in progress", "2026-27 Q3", ["Data Cymru"]),
    ]


def test_schemes_table_groups_and_totals(monitoring):
    assert monitoring.priorities["priority"].tolist() == ["Place", "Social Care"]
    assert _items(monitoring) == [
        ("1.1", "Demolition is finished and the main contractor started on site in June.",
         "in progress", "2026-27 Q4", []),
        ("1.2", "The lighting columns are on a twelve week order.", "at risk", "2026-27 Q3",
         []),
        ("2.1", "Ground conditions added three months and £100k.", "at risk", "2026-27 Q4",
         []),
    ]
    grants = monitoring.grants
    assert sorted(zip(grants["grant"], grants["amount_gbp"], strict=True)) == [
        ("Housing with Care Fund", 3000000), ("Local Transport Fund", 2400000)]
    kept = " ".join(monitoring.paragraphs["text"].astype(str))
    assert "Grand total" in kept and "Sub-total Place" in kept and "Bryncoed bus station" in kept


def test_schemes_without_groups_or_commentary(brag):
    assert _items(brag) == [
        ("1.1", "Leisure centre pool hall roof", "done", "2026-27 Q3", []),
        ("1.2", "Library self-service kiosks", "in progress", "2027-28 Q1", []),
    ]


def test_schemes_columns_and_totals():
    assert schemes_columns(["Project", "Budget", "Forecast outturn", "Status"]) == (0, None)
    assert schemes_columns(["Project", "Budget", "Slippage"]) is None
    assert is_total("Sub-total Place") and is_total("**Total capital programme**")
    assert not is_total("Totnes Road depot")


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(clean_text(text))}


@pytest.mark.parametrize("fixture, name", [
    ("trello", "task_board/youth-services-trello-export.md"),
    ("printed", "task_board/climate-board-print.html"),
    ("board_pdf", "task_board/estates-board-print.pdf"),
    ("monitoring", "capital_schemes/capital-monitoring-q1.html"),
    ("brag", "capital_schemes/capital-schemes-brag.md")])
def test_nothing_lost(fixture, name, request):
    """Every word of the text form is in a table of the parse (or its title or date line)."""
    parse = request.getfixturevalue(fixture)
    found: set[str] = _words(parse.metadata["title"] or "")
    for frame in (parse.programme, parse.priorities, parse.grants, parse.paragraphs):
        for column in frame.columns:
            for value in frame[column].tolist():
                found |= _words(" ".join(map(str, value)) if isinstance(value, list)
                                else str(value))
    missing = []
    for number, line in enumerate(read_document(DATA / name, "programme").lines, 1):
        marker = parse_marker(line)
        text = (marker.rest if marker is not None else line).replace("<br>", " ")
        if number != parse.metadata["date_line"]:
            missing += [(number, w) for w in sorted(_words(text.replace("\t", " ")) - found)]
    assert missing == []
