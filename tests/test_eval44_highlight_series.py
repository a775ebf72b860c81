"""Series of programme highlight reports (the series44 corpus's layouts, in other
programmes, refs and wordings): milestones followed across updates of a joint committee's
highlight report, in Markdown and in Word. The asserted values are a careful reader's,
written before the code ran:

- a milestone another was "merged into" / "combined with" keeps its key when its ref and
  its words carry on, and the one merged away is dropped (not the other way round);
- work reported complete and then absent is finished: a later new milestone of like words
  is new work, not that work again;
- a project that says it has nothing to report ("No change since the last report.") and
  prints no table carries its milestones forward: unchanged, said so, never dropped;
- a milestone marked complete with an Actual date has no due quarter (nothing is
  outstanding), whatever quarter its forecast date falls in;
- a Green milestone whose comment says "Not started" in a later sentence is planned.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from wlga_analysis import analysis, series
from wlga_analysis.errors import DataQualityWarning

HEADER = "| Milestone | Owner | Baseline date | Forecast date | Actual date | RAG | Comment |"
RULE = "| --- | --- | --- | --- | --- | --- | --- |"


def _project(number: int, name: str, rows: list[str] | None, note: str = "") -> list[str]:
    lines = [f"## Project {number} – {name}", "",
             "**SRO:** Carys Evans | **Overall RAG:** Amber | **Budget:** £900,000", ""]
    if rows is None:
        return [*lines, note, ""]
    return [*lines, HEADER, RULE, *rows, ""]


def _markdown(date: str, projects: list[list[str]]) -> str:
    head = ["# Gwent Valleys Joint Committee", "", f"Date of meeting: {date}", "",
            "## Housing Programme: highlight report", ""]
    tail = ["## Decisions required", "", "1. Note the report.", ""]
    return "\n".join(head + [line for p in projects for line in p] + tail) + "\n"


MD_U1 = _markdown("10 July 2025", [
    _project(1, "Empty homes", [
        "| H1.M1 Empty homes grant scheme opened | Housing Manager | 30 June 2025 | "
        "30 June 2025 | 27 June 2025 | Complete | Opened on 27 June. |",
        "| H1.M2 Landlord survey questionnaire agreed | Housing Officer | 31 August 2025 | "
        "31 August 2025 |  | Green | Drafting with the landlords' forum. |",
        "| H1.M3 Landlord survey fieldwork and analysis | Research Officer | "
        "30 November 2025 | 30 November 2025 |  | Green | Contractor appointed. |",
        "| H1.M4 Empty homes loan fund launched | Housing Manager | 31 January 2026 | "
        "31 January 2026 |  | Green | Fund rules drafted. |"]),
    _project(2, "Retrofit", [
        "| H2.M1 Pilot homes surveyed for retrofit | Energy Officer | 31 December 2025 | "
        "31 December 2025 |  | Green | Forty homes chosen. |",
        "| H2.M2 Retrofit contractor framework procured | Procurement Lead | 31 March 2026 "
        "| 31 March 2026 |  | Amber | Market interest is thin. |"]),
    _project(3, "Town centres", [
        "| H3.M1 Placemaking plans adopted | Regeneration Officer | 31 March 2026 | "
        "31 March 2026 |  | Green | Consultation closed. |"]),
])
MD_U2 = _markdown("9 October 2025", [
    _project(1, "Empty homes", [
        "| H1.M2 Landlord survey questionnaire, fieldwork and analysis | Housing Officer | "
        "31 August 2025 | 31 December 2025 |  | Amber | H1.M3 has been merged into H1.M2 "
        "so that one contractor runs the whole survey. |",
        "| H1.M3 Empty homes loan fund launched | Housing Manager | 31 January 2026 | "
        "31 January 2026 |  | Green | Fund rules drafted. |",
        "| H1.M4 Enforcement policy for long-term vacant properties adopted | "
        "Housing Manager | 31 March 2026 | 31 March 2026 |  | Green | Added by the board "
        "in September. Not started: drafting begins in January. |"]),
    _project(2, "Retrofit", None, "No change since the last report."),
    _project(3, "Town centres", [
        "| H3.M1 Placemaking plans adopted | Regeneration Officer | 31 March 2026 | "
        "31 March 2026 |  | Green | Consultation closed. |"]),
])
MD_U3 = _markdown("15 January 2026", [
    _project(1, "Empty homes", [
        "| H1.M1 Landlord survey questionnaire, fieldwork and analysis | Housing Officer | "
        "31 August 2025 | 31 December 2025 | 12 January 2026 | Complete | Report "
        "received. |",
        "| H1.M2 Empty homes loan fund launched | Housing Manager | 31 January 2026 | "
        "31 January 2026 |  | Green | Launch event booked. |",
        "| H1.M3 Enforcement policy for long-term vacant properties adopted | "
        "Housing Manager | 31 March 2026 | 31 March 2026 |  | Green | Drafting has begun. |",
        "| H1.M4 Empty homes grant scheme reopened for 2026-27 | Housing Manager | "
        "30 June 2026 | 30 June 2026 |  | Green | New milestone. |"]),
    _project(2, "Retrofit", [
        "| H2.M1 Pilot homes surveyed for retrofit | Energy Officer | 31 December 2025 | "
        "31 January 2026 | 12 January 2026 | Complete | All forty surveyed. |",
        "| H2.M2 Retrofit contractor framework procured | Procurement Lead | 31 March 2026 "
        "| 30 June 2026 |  | Red | No compliant bids; retendering. |"]),
    _project(3, "Town centres", [
        "| H3.M1 Placemaking plans adopted | Regeneration Officer | 31 March 2026 | "
        "31 March 2026 |  | Green | Consultation closed. |"]),
])


def _read(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        read = series.read_series(folder)
    return read, analysis.programme_changes(read.programme)


@pytest.fixture(scope="module")
def markdown_series(tmp_path_factory):
    root = tmp_path_factory.mktemp("md44")
    for name, text in (("u1.md", MD_U1), ("u2.md", MD_U2), ("u3.md", MD_U3)):
        (root / name).write_text(text, encoding="utf-8")
    return _read(root)


def _key(read, update: str, item_id: str) -> str:
    p = read.programme
    return p.loc[(p["update"] == update) & (p["item_id"] == item_id), "item_key"].item()


def _change(changes, to_update: str, key: str):
    rows = changes[(changes["to_update"] == to_update) & (changes["item_key"] == key)]
    return rows.iloc[0]


def test_the_milestone_merged_into_keeps_its_key(markdown_series):
    read, changes = markdown_series
    survey = _key(read, "u1.md", "H1.M2")
    fieldwork = _key(read, "u1.md", "H1.M3")
    assert _key(read, "u2.md", "H1.M2") == survey  # (H1.M3 merged into H1.M2)
    assert _key(read, "u3.md", "H1.M1") == survey  # (renumbered in U3)
    assert _change(changes, "u2.md", fieldwork)["change"] == "dropped"
    assert _key(read, "u2.md", "H1.M3") == _key(read, "u1.md", "H1.M4")  # (renumbered)


def test_finished_work_is_not_taken_by_a_new_milestone_of_like_words(markdown_series):
    read, changes = markdown_series
    opened = _key(read, "u1.md", "H1.M1")  # (complete in U1, absent from U2)
    reopened = _key(read, "u3.md", "H1.M4")
    assert reopened != opened
    assert _change(changes, "u3.md", reopened)["change"] == "new"
    # its row says "New milestone.": no possible split of the loan fund's work
    assert not [i for i in read.issues if i.check == "possible split"]


def test_a_project_with_nothing_to_report_carries_its_milestones(markdown_series):
    read, changes = markdown_series
    for item_id in ("H2.M1", "H2.M2"):
        key = _key(read, "u1.md", item_id)
        row = _change(changes, "u2.md", key)
        assert row["change"] == "unchanged"
        assert "No change since the last report." in row["check_note"]
        assert _key(read, "u3.md", item_id) == key  # (back in U3, the same work)
    carried = [i for i in read.issues if i.check == "carried forward"]
    assert [(i.document, i.item) for i in carried] == [("u2.md", "H2.M1"), ("u2.md", "H2.M2")]


def test_a_complete_milestone_with_an_actual_date_has_no_due_quarter(markdown_series):
    read, _ = markdown_series
    p = read.programme.set_index(["update", "item_id"])
    # forecast 31 December 2025 (Q3), actual 12 January 2026, update of Q4
    assert p.loc[("u3.md", "H1.M1"), "status"] == "done"
    assert pd.isna(p.loc[("u3.md", "H1.M1"), "due_quarter_label"])
    # forecast in the update's own quarter (Q4), complete in January
    assert pd.isna(p.loc[("u3.md", "H2.M1"), "due_quarter_label"])
    assert p.loc[("u3.md", "H1.M2"), "due_quarter_label"] == "2025-26 Q4"  # (not done)


def test_not_started_in_a_later_sentence_of_the_comment_is_planned(markdown_series):
    read, _ = markdown_series
    p = read.programme.set_index(["update", "item_id"])
    assert p.loc[("u2.md", "H1.M4"), "status"] == "planned"
    assert p.loc[("u3.md", "H1.M3"), "status"] == "in progress"  # ("Drafting has begun.")


# ------------------------------------------------------------------ Word
def _docx(path, date: str, projects: list[tuple[str, list[tuple[str, ...]] | None, str]]
          ) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Dyfed Energy Partnership: programme highlight report", 1)
    doc.add_paragraph(f"Date of meeting: {date}")
    for number, (name, rows, note) in enumerate(projects, start=1):
        doc.add_heading(f"Project {number}: {name}", 2)
        fields = doc.add_table(rows=2, cols=2)
        for r, (label, value) in enumerate((("Senior Responsible Owner", "Elin Hughes"),
                                            ("Overall RAG", "Green"))):
            fields.cell(r, 0).text, fields.cell(r, 1).text = label, value
        if rows is None:
            doc.add_paragraph(note)
            continue
        header = ("Milestone", "Owner", "Baseline date", "Forecast date", "Actual date",
                  "RAG", "Comment")
        table = doc.add_table(rows=1 + len(rows), cols=len(header))
        for c, text in enumerate(header):
            table.cell(0, c).text = text
        for r, row in enumerate(rows, start=1):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
    doc.add_heading("Decisions required", 2)
    doc.add_paragraph("Note the report.", style="List Number")
    doc.save(path)


@pytest.fixture(scope="module")
def word_series(tmp_path_factory):
    root = tmp_path_factory.mktemp("docx44")
    _docx(root / "board-2025-11.docx", "20 November 2025", [
        ("Heat networks", [
            ("E1-M1 Heat network feasibility study", "Energy Manager", "31/10/2025",
             "31/01/2026", "", "Amber", "Consultant's draft is late."),
            ("E1-M2 Heat network business case: outline", "Energy Manager", "31/03/2026",
             "31/03/2026", "", "Green", "Scoping under way."),
            ("E1-M3 Heat network business case: full", "Finance Lead", "30/09/2026",
             "30/09/2026", "", "Green", "Follows the outline case.")], ""),
        ("Solar on schools", [
            ("E2-M1 Twelve school roofs surveyed", "Schools Officer", "28/02/2026",
             "28/02/2026", "", "Green", "Five surveyed."),
            ("E2-M2 Solar installation tender issued", "Procurement Lead", "31/05/2026",
             "31/05/2026", "", "Green", "Specification drafted.")], ""),
        ("Hydrogen hub", [
            ("E3-M1 Hydrogen hub site options appraisal", "Energy Officer", "31/03/2026",
             "31/03/2026", "", "Green", "Three sites shortlisted.")], ""),
    ])
    _docx(root / "board-2026-02.docx", "19 February 2026", [
        ("Heat networks", [
            ("E1-M1 Heat network feasibility study", "Energy Manager", "31/10/2025",
             "28/02/2026", "12/02/2026", "Complete", "Signed off by the board."),
            ("E1-M2 Heat network business case: outline and full", "Energy Manager",
             "31/03/2026", "30/09/2026", "", "Amber", "E1-M3 is now combined with "
             "E1-M2: one business case will be written."),
            ("E1-M3 Heat network business case: customer survey", "Energy Officer", "30/06/2026",
             "30/06/2026", "", "Green", "Added this quarter. Not started: the survey "
             "goes out in May.")], ""),
        ("Solar on schools", None, "No exceptions to report this quarter."),
        ("Hydrogen hub", [
            ("E3-M1 Hydrogen hub site options appraisal", "Energy Officer", "31/03/2026",
             "31/03/2026", "", "Green", "Three sites shortlisted.")], ""),
    ])
    return _read(root)


def test_word_series_merge_carry_due_and_status(word_series):
    read, changes = word_series
    u1, u2 = "board-2025-11.docx", "board-2026-02.docx"
    outline, full = _key(read, u1, "E1-M2"), _key(read, u1, "E1-M3")
    assert _key(read, u2, "E1-M2") == outline
    assert _change(changes, u2, full)["change"] == "dropped"
    assert _key(read, u2, "E1-M3") not in {outline, full}
    p = read.programme.set_index(["update", "item_id"])
    # complete, its forecast in the update's own quarter (Q4): no due quarter
    assert p.loc[(u2, "E1-M1"), "status"] == "done"
    assert pd.isna(p.loc[(u2, "E1-M1"), "due_quarter_label"])
    assert p.loc[(u2, "E1-M3"), "status"] == "planned"
    # E1-M3 says "Added this quarter.": new work, no possible split of the business case
    assert [(i.check, i.item) for i in read.issues if i.check.startswith("possible")] == [
        ("possible merge", "E1-M2")]
    for item_id in ("E2-M1", "E2-M2"):
        row = _change(changes, u2, _key(read, u1, item_id))
        assert row["change"] == "unchanged"
        assert "No exceptions to report this quarter." in row["check_note"]
