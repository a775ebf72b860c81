"""eval51: programmes exported from an issue tracker (Jira) and a BI table visual as CSV.

The documents are written here as a publisher's tools would (other projects, wordings and
numbers than the corpus): a Jira CSV export saved as .txt (epics and stories in one table,
a "Parent" column linking them by key), a Jira printable list pasted as a Markdown table
(type glyphs only, the Epic Link naming the epic, US dates "Sep 30, 2025") and a BI table
visual's "Export data" CSV with a byte-order mark and a Grey (not started) RAG.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa

JIRA_CSV = '''Issue key,Summary,Issue Type,Status,Assignee,Due date,Parent,Description
HOUS-1,Homelessness prevention,Epic,In Progress,Carys Hughes,,,"Prevention work with councils.
Funded by the Housing Support Grant (£120,000 for 2025-26)."
HOUS-2,Empty homes,Epic,To Do,Carys Hughes,,,No separate budget.
HOUS-3,Publish a prevention toolkit with Shelter Cymru,Story,Done,Ieuan Roberts,15/Jun/25,\
HOUS-1,"Published in June, 2025."
HOUS-4,Run an empty homes survey in every council,Story,Blocked,Nia Thomas,31/Dec/25,\
HOUS-2,Waiting for data sharing agreements.
HOUS-5,Train housing options officers,Story,To Do,Ieuan Roberts,28/Feb/26,HOUS-1,
'''

JIRA_MARKDOWN = """# Regeneration Board tracker 2025-26

| T | Key | Summary | Status | Due | Epic Link |
| --- | --- | --- | --- | --- | --- |
| ■ | REG-1 | Town centres | IN PROGRESS | | |
| ■ | REG-2 | Active travel | IN PROGRESS | | |
| ▣ | REG-3 | Open a business support hub in each town centre | DONE | Sep 30, 2025 | Town centres |
| ▣ | REG-4 | Design three new cycle routes | IN PROGRESS | Jan 15, 2026 | Active travel |
| ▣ | REG-5 | Commission a parking review | BLOCKED | Mar 31, 2026 | Town centres |
| ▣ | REG-6 | Map the walking routes to schools | TO DO | May 29, 2026 | Active travel |
"""

BI_CSV = ("\ufeffTheme,Action,Owner,Due,RAG\r\n"
          "1. Skills,Launch the apprenticeship fair with Careers Wales,Skills Lead,"
          "30/11/2025,Blue\r\n"
          "1. Skills,Review the adult learning offer,Skills Lead,31/03/2026,Grey\r\n"
          "2. Digital,Connect rural libraries to gigabit broadband,Digital Lead,"
          "31/01/2026,Amber\r\n"
          "2. Digital,Publish the digital inclusion plan,Digital Lead,30/06/2026,Grey\r\n")


def _load(path: Path) -> tuple:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_priorities(path), wa.load_programme(path), wa.load_grants(path)


def _items(programme) -> list[tuple]:
    return [(str(r.paragraph), r.text, r.status, r.quarter_label)
            for r in programme.itertuples()]


def test_jira_csv_export_epics_are_priorities_stories_items(tmp_path: Path) -> None:
    path = tmp_path / "jira-export.txt"
    path.write_text(JIRA_CSV, encoding="utf-8")
    priorities, programme, grants = _load(path)
    assert list(priorities["priority"]) == ["Homelessness prevention", "Empty homes"]
    assert _items(programme) == [
        ("1", "Publish a prevention toolkit with Shelter Cymru", "done", "2025-26 Q1"),
        ("1", "Train housing options officers", "planned", "2025-26 Q4"),
        ("2", "Run an empty homes survey in every council", "at risk", "2025-26 Q3"),
    ]
    assert [(int(r.amount_gbp), r.financial_year) for r in grants.itertuples()] == \
        [(120000, "2025-26")]


def test_jira_list_glyph_types_epic_link_by_name(tmp_path: Path) -> None:
    path = tmp_path / "tracker.md"
    path.write_text(JIRA_MARKDOWN, encoding="utf-8")
    priorities, programme, _ = _load(path)
    assert list(priorities["priority"]) == ["Town centres", "Active travel"]
    assert _items(programme) == [
        ("1", "Open a business support hub in each town centre", "done", "2025-26 Q2"),
        ("1", "Commission a parking review", "at risk", "2025-26 Q4"),
        ("2", "Design three new cycle routes", "in progress", "2025-26 Q4"),
        ("2", "Map the walking routes to schools", "planned", "2026-27 Q1"),
    ]


def test_bi_export_data_csv_with_bom_and_grey(tmp_path: Path) -> None:
    path = tmp_path / "dashboard.txt"
    path.write_bytes(BI_CSV.encode("utf-8"))
    _, programme, _ = _load(path)
    assert _items(programme) == [
        ("1", "Launch the apprenticeship fair with Careers Wales", "done", "2025-26 Q3"),
        ("1", "Review the adult learning offer", "planned", "2025-26 Q4"),
        ("2", "Connect rural libraries to gigabit broadband", "at risk", "2025-26 Q4"),
        ("2", "Publish the digital inclusion plan", "planned", "2026-27 Q1"),
    ]


def test_grant_named_before_its_bracketed_amount(tmp_path: Path) -> None:
    path = tmp_path / "update.md"
    path.write_text(
        "# Climate programme update\n\n31 October 2025\n\n## Progress Update\n\n"
        "1. Net zero\n\n- Published the council carbon toolkit (Complete)\n\n"
        "The programme is funded by the Welsh Government's Net Zero Capacity Fund "
        "(£75,000 for 2025-26) and the Decarbonisation Support Grant from the Carbon "
        "Trust (£40,000).\n", encoding="utf-8")
    _, _, grants = _load(path)
    assert [(r.grant, int(r.amount_gbp)) for r in grants.itertuples()] == [
        ("Net Zero Capacity Fund", 75000), ("Decarbonisation Support Grant", 40000)]


def test_jira_printable_list_dated_by_its_display_line_and_browser_stamp_dropped() -> None:
    from wlga_analysis.interpret.programme.page_titles import title_text
    from wlga_analysis.text.dates import split_dated_line

    assert split_dated_line("Displaying 7 issues at 03/Nov/25 4:31 PM.")[1].isoformat() \
        == "2025-11-03"
    assert title_text("03/11/2025, 16:32 Regeneration Board tracker - Cyngor Jira") == \
        "Regeneration Board tracker"


BI_REPORT = """# Housing Delivery Board dashboard 2025-26

5 November 2025

| Theme | Action | Lead | Due | RAG |
| --- | --- | --- | --- | --- |
| 1. Supply | Agree the social housing grant prog... | Housing Lead | 31/03/2026 | Green |
| 1. Supply | Open the modular homes factory wit... | Housing Lead | 30/09/2025 | Blue |
| 2. Standards | Inspect every council's temporary... | Standards Lead | 31/01/2026 | Amber |

## Action details

| Action | Update |
| --- | --- |
| Agree the social housing grant programme with each council | On schedule. |
| Open the modular homes factory with Cartrefi Conwy | Opened in September. |
| Inspect every council's temporary accommodation | Four visits left. |
"""


def test_bi_visual_cut_texts_read_in_full_from_details(tmp_path: Path) -> None:
    path = tmp_path / "dashboard.md"
    path.write_text(BI_REPORT, encoding="utf-8")
    _, programme, _ = _load(path)
    assert [(str(r.paragraph), r.text, r.status) for r in programme.itertuples()] == [
        ("1", "Agree the social housing grant programme with each council", "in progress"),
        ("1", "Open the modular homes factory with Cartrefi Conwy", "done"),
        ("2", "Inspect every council's temporary accommodation", "at risk"),
    ]


def test_title_with_a_data_as_at_box_beside_it() -> None:
    from wlga_analysis.interpret.programme.action_log import updated_first
    from wlga_analysis.interpret.programme.page_titles import title_text

    line = "Housing Delivery Board dashboard 2025-26 Figures as of 30 September 2025"
    assert title_text(line) == "Housing Delivery Board dashboard 2025-26"
    assert updated_first([(1, line)]) == [(1, "FIGURES AS OF 30/09/2025")]
