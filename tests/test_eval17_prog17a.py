"""A board's or committee's action log (the seventeenth evaluation corpus's prog17a
layout): one or two tables of actions, one row an action, with its number, the date it
was raised, the action, its owner, its due date, an update and a status (Open, Closed,
"Open - overdue", Ongoing, Superseded); no numbered paragraphs, no progress heading.

The documents in ``tests/data/eval17/prog17a/`` are written for the test, in layouts of
the family that differ from the corpus: a joint committee's action tracker in Markdown
(one table, ``Ref | Date raised | Action | Owner | Deadline | Comments | Status``, refs
"JC/24/07", a "Date of meeting:" line and a "Last updated:" line) and a working group's
web page (``No. | Action | Lead | Due | Latest update | Status``, no caption, "Open –
delayed", the meeting named after the title) and a public services board's log saved as
text (``Ref | Action | Lead | Deadline | Latest update``, no Status column: the status
from the update's wording, "Delayed: ... Now due 30/09/2025"). The asserted values are the careful
reader's reading, written before the code: every row an item; the status from the Status
cell (Open/Ongoing = in progress, Closed/Complete/Superseded = done, "Open – delayed" =
at risk) unless an open action's update opens with a status ("Not started: ..." =
planned); the quarter from the due date, or the revised date an update gives ("Revised
date 30/06/2025", "new date 30 November 2025"), a "Next meeting" due date the meeting the
paper names; the raised date gives nothing; the paper's date its "updated" line.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import parse_programme
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval17" / "prog17a"

#: The careful reader's reading: title, date, items (start of the text, status, quarter,
#: partners); no item has a section number (the logs number none), each item's id is the
#: action's printed number.
READINGS = {
    "joint-committee-action-tracker.md": {
        "title": "Regional Skills Partnership Joint Committee: action tracker",
        "date": "2025-03-03",
        "ids": ["JC/24/07", "JC/24/09", "JC/25/01", "JC/25/02", "JC/25/03"],
        "items": [
            ("Ask Careers Wales to present", "in progress", "2025-26 Q1", []),
            ("Circulate the draft employer", "done", "2024-25 Q4", []),
            ("Agree the terms of reference", "in progress", "2024-25 Q4", []),
            ("Map the digital skills courses", "planned", "2025-26 Q1", ["Data Cymru"]),
            ("Publish the partnership's annual report", "done", "2024-25 Q4", []),
        ],
    },
    "working-group-actions.html": {
        "title": "Workforce Working Group: actions from previous meetings",
        "date": "2025-10-02",
        "ids": ["1", "2", "3", "4"],
        "items": [
            ("Survey councils on their agency", "done", "2025-26 Q2",
             ["Society of Welsh Treasurers"]),
            ("Draft guidance on flexible working", "at risk", "2025-26 Q3", []),
            ("Invite Social Care Wales", "in progress", "2025-26 Q3", []),
            ("Arrange a workshop on workforce", "planned", "2025-26 Q3", ["Data Cymru"]),
        ],
    },
    # no Status column: the status read from the update's wording
    "psb-action-log.txt": {
        "title": None,
        "date": "2025-06-19",
        "ids": ["PSB-14", "PSB-15", "PSB-16", "PSB-17"],
        "items": [
            ("Publish the well-being assessment", "done", "2025-26 Q1", []),
            ("Agree a joint approach", "at risk", "2025-26 Q2", ["Audit Wales"]),
            ("Run a workshop on the climate", "in progress", "2025-26 Q3", []),
            ("Report on the take-up", "planned", "2025-26 Q2", []),
        ],
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_title_and_the_updated_date(parsed, name):
    """The log's title, and its date the "updated" line's, not the meeting's."""
    got, want = parsed[name], READINGS[name]
    if want["title"] is not None:  # (the text log: the Board's name or "Action log")
        assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]
    assert got.priorities.empty and got.grants.empty


@pytest.mark.parametrize("name", READINGS)
def test_every_row_is_an_item_with_status_and_quarter(parsed, name):
    frame = parsed[name].programme
    want = READINGS[name]["items"]
    got = [(r.status, r.quarter_label, list(r.partners)) for r in frame.itertuples()]
    assert got == [(st, q, p) for _, st, q, p in want]
    for text, (start, *_) in zip(frame["text"], want, strict=True):
        assert text.startswith(start), text
    assert frame["paragraph"].isna().all()  # (the log numbers no section)
    assert frame["item_id"].tolist() == READINGS[name]["ids"]


def test_the_raised_date_and_the_update_are_no_timing_of_their_own(parsed):
    """The raised date (14/11/2024) is not the item's timing; the revised date is."""
    frame = parsed["joint-committee-action-tracker.md"].programme
    assert frame["when"].tolist()[:2] == ["30/06/2025", "31/01/2025"]


def test_the_corpus_layout_two_captioned_tables():
    """Two tables after their captions: each table a part of the log named by its caption,
    with no number; every row an item, its id the action's number."""
    from wlga_analysis.interpret.programme.action_log import action_log_sections, log_rows
    from wlga_analysis.read.model import Cell, Inline, Location, Paragraph, Table

    def cells(*texts):
        return tuple(Cell((Paragraph(Inline(t)),)) for t in texts)

    head = cells("Action No.", "Meeting date", "Action", "Owner", "Due", "Status")
    blocks = [Paragraph(Inline("**Table 1: Open actions**"), location=Location(line=1)),
              Table(head, (cells("7", "1/1/2025", "Write.", "Chair", "Next meeting",
                                 "Open"),), Location(line=3)),
              Paragraph(Inline("Table 2: Closed actions"), location=Location(line=5)),
              Table(head, (cells("6", "1/1/2025", "Read.", "Chair", "1/2/2025",
                                 "Closed"),), Location(line=7))]
    out = action_log_sections(blocks)
    assert [(b.caption, b.caption_line) for b in out] == [("Open actions", 1),
                                                          ("Closed actions", 5)]
    rows = [r for t in out for r in log_rows(t, None, None, {})]
    assert [(r.kind, r.paragraph, r.number) for r in rows if r.kind != "table header"] == [
        ("paragraph", None, None), ("table row", None, "7"),
        ("paragraph", None, None), ("table row", None, "6")]


def test_no_action_log_without_an_action_table():
    """A risk register, a commitments tracker, and a paper that numbers its paragraphs are
    left to their own readers."""
    from wlga_analysis.interpret.programme.action_log import is_action_table

    assert not is_action_table(["Ref", "Risk", "Owner", "Mitigation", "Rating"])
    assert not is_action_table(["No.", "Commitment", "Lead", "Status", "Due"])
    assert not is_action_table(["Action", "Owner"])
    assert is_action_table(["Ref", "Date raised", "Action", "Owner", "Deadline",
                            "Progress", "Status"])


def test_status_cells_with_a_qualifier():
    from wlga_analysis.interpret.programme.layouts import column_status

    assert column_status("Open - overdue") == "at risk"
    assert column_status("Open – on track") == "in progress"
    assert column_status("Closed") == "done"
    assert column_status("Open") == "in progress"


@pytest.mark.parametrize("name", [n for n in READINGS if not n.endswith(".html")])
def test_nothing_lost(parsed, name):
    """Every word of the log is in some table (the update cells in the paragraphs table);
    the text forms only (a web page's navigation is furniture, not text of the log)."""
    assert programme_words_lost(parsed[name], DATA / name) == set()


def test_a_progress_column_beside_the_status_is_the_update(tmp_path):
    """``Progress | Status``: the Status cell states the status, the Progress cell is the
    update (its revised date the timing, its "Not started:" an open action's status)."""
    doc = tmp_path / "log.md"
    doc.write_text(
        "# Finance Sub-group: action log\n\nUpdated 4 February 2026\n\n"
        "| Ref | Date raised | Action | Owner | Deadline | Progress | Status |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 12 | 05/11/2025 | Model the council tax base. | Treasurer | 31/12/2025 | "
        "Model drafted. Revised date 28/02/2026. | Open |\n"
        "| 13 | 05/11/2025 | Brief the leaders. | Chair | 31/01/2026 | "
        "Not started: after the settlement. | Open |\n"
        "| 14 | 05/11/2025 | Circulate the timetable. | Secretary | 30/11/2025 | "
        "Sent on 20 November. | Closed |\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        frame = parse_programme(read_document(doc, "programme")).programme
    assert list(zip(frame["status"], frame["quarter_label"], strict=True)) == [
        ("in progress", "2025-26 Q4"), ("planned", "2025-26 Q4"), ("done", "2025-26 Q3")]


@pytest.mark.parametrize("name", READINGS)
def test_the_log_is_reported_as_the_progress(parsed, name):
    """An issue says where the progress was read (not "no 'Progress Update' heading")."""
    checks = {i.check for i in parsed[name].issues}
    assert "progress in an action log" in checks and "no progress heading" not in checks
