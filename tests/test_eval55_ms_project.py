"""A programme kept in Microsoft Project (the fifty-fifth evaluation corpus's prog55a: the
family, written afresh).

The family: ONE task table of a project plan, its hierarchy its outline levels (an "Outline
Level" column in Project's tab-delimited "Save As Text" export; the Task Name's indent in a
print, a SharePoint task list's ``<div style="padding-left:...">`` or a Word table pasted
with leading spaces):

- the project summary task (outline level 0, the first row, alone at its level) is the
  paper's TITLE, not an item;
- the summary tasks (level 1) are the PRIORITIES, numbered in reading order;
- the level-2 tasks (milestones "0 days" alike) are the ITEMS, their text the Task Name;
- deeper sub-tasks are steps of their task: no items, their text kept in the paragraphs;
- status from "% Complete" alone (100 done, 0 planned, else in progress; "% Comp." in a
  print); quarter that of the Finish date (a weekday before it: "Fri 31/07/26");
  partners the organisations of the Task Name or the "Resource Names" (people are none);
- the summary tasks' Notes name the grants, of the plan's year (the title's).

The documents are written by the tests in wordings and forms the corpus does not print
(another programme, four spaces of indent, other widths, other columns). The asserted
values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis.interpret.programme import (
    load_grants,
    load_paragraphs,
    load_priorities,
    load_programme,
)
from wlga_analysis.metadata import load_metadata

#: (outline level, outline number, task, duration, finish, % complete, resources, notes)
PLAN = [
    (0, "0", "Workforce Development Programme 2026-27", "260 days", "Fri 26/03/27", "45%",
     "", ""),
    (1, "1", "Recruitment", "250 days", "Wed 31/03/27", "60%", "",
     "Grant: Workforce Fund \u00a3200,000"),
    (2, "1.1", "Launch a social care careers campaign", "80 days", "Fri 31/07/26", "100%",
     "Data Cymru; Alun Hughes", "Campaign ran on radio and social media."),
    (2, "1.2", "Pilot a graduate scheme in four councils", "240 days", "Wed 31/03/27", "40%",
     "Alun Hughes", ""),
    (3, "1.2.1", "Agree the pilot councils", "40 days", "Fri 29/05/26", "100%",
     "Alun Hughes", ""),
    (3, "1.2.2", "Appoint the graduates", "60 days", "Fri 30/10/26", "0%", "Alun Hughes", ""),
    (1, "2", "Retention", "200 days", "Fri 15/01/27", "30%", "", ""),
    (2, "2.1", "Exit interview survey published", "0 days", "Mon 30/11/26", "0%",
     "SOLACE; Mair Evans", ""),
    (2, "2.2", "Review flexible working policies", "150 days", "Fri 15/01/27", "75%",
     "Mair Evans; WLGA Workforce Team", ""),
]

EXPECTED_ITEMS = [
    ("1", "Launch a social care careers campaign", "done", "2026-27 Q2", ["Data Cymru"]),
    ("1", "Pilot a graduate scheme in four councils", "in progress", "2026-27 Q4", []),
    ("2", "Exit interview survey published", "planned", "2026-27 Q3", ["SOLACE"]),
    ("2", "Review flexible working policies", "in progress", "2026-27 Q4", []),
]
EXPECTED_PRIORITIES = ["Recruitment", "Retention"]
TITLE = "Workforce Development Programme 2026-27"


def _load(path: str) -> tuple:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return (load_programme(path), load_priorities(path), load_grants(path),
                load_metadata(path), load_paragraphs(path))


def _check(path: str, *, grants_expected: bool = True) -> None:
    items, priorities, grants, meta, paragraphs = _load(path)
    got = [(str(s), t, st, q, sorted(p)) for s, t, st, q, p in zip(
        items["paragraph"], items["text"], items["status"], items["quarter_label"],
        items["partners"], strict=True)]
    assert got == EXPECTED_ITEMS
    assert list(priorities["priority"]) == EXPECTED_PRIORITIES
    assert meta["title"] == TITLE
    if grants_expected:
        assert [(g, int(a), y) for g, a, y in zip(
            grants["grant"], grants["amount_gbp"], grants["financial_year"], strict=True)] \
            == [("Workforce Fund", 200000, "2026-27")]
    kept = " ".join(str(t) for t in paragraphs["text"])
    assert "Agree the pilot councils" in kept and "Appoint the graduates" in kept


def test_project_text_export_outline_levels(tmp_path: Path) -> None:
    head = ["ID", "Outline Level", "Outline Number", "Task Name", "Duration", "Finish",
            "% Complete", "Resource Names", "Notes"]
    lines = ["\t".join(head)]
    for k, (level, number, task, dur, finish, pct, res, notes) in enumerate(PLAN):
        quoted = f'"{notes}"' if notes else ""
        lines.append("\t".join([str(k), str(level), number, task, dur, finish, pct, res,
                                quoted]))
    path = tmp_path / "workforce plan.txt"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    _check(str(path))


def test_sharepoint_task_list_div_padding(tmp_path: Path) -> None:
    rows = []
    for level, _, task, _, finish, pct, res, notes in PLAN:
        day, month, year = finish.split()[1].split("/")
        rows.append(f'<tr><td><div style="padding-left:{level * 20}px;"><a href="#">{task}'
                    f'</a></div></td><td>{day}/{month}/20{year}</td><td>{pct[:-1]} %</td>'
                    f"<td>{res}</td><td>{notes}</td></tr>")
    html = ("<html><head><title>Tasks</title></head><body><h1>Workforce tasks</h1>"
            "<table><tr><th>Task Name</th><th>Due Date</th><th>% Complete</th>"
            "<th>Assigned To</th><th>Description</th></tr>" + "".join(rows)
            + "</table></body></html>")
    path = tmp_path / "tasks.html"
    path.write_text(html, encoding="utf-8")
    _check(str(path))


def test_word_table_leading_spaces(tmp_path: Path) -> None:
    from docx import Document

    doc = Document()
    doc.add_heading("Workforce board report", level=1)
    doc.add_paragraph("The plan below is copied from Microsoft Project.")
    table = doc.add_table(rows=len(PLAN) + 1, cols=5)
    for c, text in enumerate(["Task Name", "Finish", "% Complete", "Resource Names",
                              "Notes"]):
        table.cell(0, c).paragraphs[0].add_run(text)
    for r, (level, _, task, _, finish, pct, res, notes) in enumerate(PLAN, start=1):
        for c, text in enumerate([" " * (4 * level) + task, finish, pct, res, notes]):
            table.cell(r, c).paragraphs[0].add_run(text)
    path = tmp_path / "report.docx"
    doc.save(str(path))
    _check(str(path))


def test_print_percent_comp_header_is_the_status() -> None:
    from wlga_analysis.interpret.programme.percent_complete import is_percent_header

    assert is_percent_header("% Comp.") and is_percent_header("% Complete")
    assert not is_percent_header("% compliance")
