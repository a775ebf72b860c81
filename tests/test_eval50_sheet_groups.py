"""Eval50 family prog50a: a tracker kept in a spreadsheet, each row's group repeated.

The careful reader's reading of further sheets, written down before the loader ran:

- a council's corporate plan tracker saved as CSV: a title row, a "Last updated: 12/03/2026
  by ..." row with a note after the date, the header ``Ref | Priority | Action | Owner |
  Due | Status``, the priority repeated on every row and the rows sorted by it (refs CP-1..
  out of order). Each run of rows is a numbered section (1, 2, 3 in the order the priorities
  come) and a priority named by the value; each row an item with its printed ref; the date
  the "Last updated" date.
- a team's task list saved as ``.csv``, headed ``Ref | Task | Owner | Due | Status`` (no
  Action column): each row an item, no sections.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

from wlga_analysis import load_programme
from wlga_analysis.testing import parse_document

COUNCIL = ("Cyngor Bro Tawe corporate plan tracker 2025-26,,,,,\r\n"
           "Last updated: 12/03/2026 by the Performance Team. Add a comment rather than "
           "editing a cell - the sheet feeds the dashboard.,,,,,\r\n"
           ",,,,,\r\n"
           "Ref,Priority,Action,Owner,Due,Status\r\n"
           "CP-4,Housing,Bring 40 empty homes back into use,Housing,31/03/2026,On track\r\n"
           "CP-1,Housing,\"Open the homelessness hub, with partners\",Housing,30/06/2025,"
           "Complete\r\n"
           "CP-2,Schools,Rebuild Ysgol y Bryn,Education,31/12/2026,Off track\r\n"
           "CP-7,Schools,Extend free breakfast clubs,Education,30/09/2025,Complete\r\n"
           "CP-3,Schools,Pilot a school travel plan with Sustrans,Highways,31/03/2027,"
           "Not started\r\n"
           "CP-5,Climate,Fit solar panels to 12 council buildings,Property,31/12/2025,"
           "At risk\r\n"
           "CP-6,Climate,Plant 5000 trees,Parks,31/03/2026,On track\r\n")

TASKS = ("Ref,Task,Owner,Due,Status\r\n"
         "T1,Agree the terms of reference,Data Cymru,31/05/2025,Complete\r\n"
         "T2,\"Publish the data, with a map\",WLGA,31/12/2025,On track\r\n"
         "T3,Pilot the survey in two councils,WLGA,30/09/2026,Not started\r\n")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_repeated_priority_column_groups_the_rows(tmp_path: Path) -> None:
    parsed = parse_document(_write(tmp_path, "tracker.csv", COUNCIL), "programme")
    items = parsed.programme
    assert list(items["item_id"]) == ["CP-4", "CP-1", "CP-2", "CP-7", "CP-3", "CP-5", "CP-6"]
    assert list(items["paragraph"]) == [1, 1, 2, 2, 2, 3, 3]
    assert list(items["priority"]) == ["Housing", "Housing", "Schools", "Schools", "Schools",
                                       "Climate", "Climate"]
    assert list(parsed.priorities["priority"]) == ["Housing", "Schools", "Climate"]
    assert items.iloc[1]["text"] == "Open the homelessness hub, with partners"
    assert list(items["status"]) == ["in progress", "done", "at risk", "done", "planned",
                                     "at risk", "in progress"]
    assert parsed.metadata["date"] == dt.date(2026, 3, 12)
    assert parsed.metadata["title"] == "Cyngor Bro Tawe corporate plan tracker 2025-26"


def test_task_sheet_saved_as_csv_is_read(tmp_path: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = load_programme(_write(tmp_path, "tasks.csv", TASKS))
    assert list(items["item_id"]) == ["T1", "T2", "T3"]
    assert list(items["text"]) == ["Agree the terms of reference",
                                   "Publish the data, with a map",
                                   "Pilot the survey in two councils"]
    assert list(items["status"]) == ["done", "in progress", "planned"]
    assert list(items.iloc[0]["partners"]) == ["Data Cymru"]


def _pasted_sheet(path: Path) -> Path:
    """A council's tracker copied from a spreadsheet and pasted into Word: the title and
    "Last updated" rows rows of the first table, a Theme column repeated on every row, then
    the Funding tab pasted as a second table with its title row."""
    import docx

    document = docx.Document()
    rows = [["Regional Skills Partnership action plan 2025-26", "", "", "", "", ""],
            ["Last updated: 5 February 2026 by the partnership manager; comments to the "
             "team mailbox please.", "", "", "", "", ""],
            ["", "", "", "", "", ""],
            ["ID", "Theme", "Action", "Lead org", "End", "Status"],
            ["SK3", "Apprenticeships", "Run an apprenticeship fair in each county",
             "Academi Wales", "31/10/2025", "Complete"],
            ["SK1", "Apprenticeships", "Agree shared apprenticeship standards", "WLGA",
             "31/03/2026", "On track"],
            ["SK2", "Digital skills", "Fund digital skills bootcamps", "Data Cymru",
             "30/06/2026", "Off track"],
            ["SK4", "Digital skills", "Publish a digital skills audit", "WLGA", "31/12/2025",
             "Complete"]]
    funding = [["Funding 2025-26", "", "", ""], ["", "", "", ""],
               ["Grant", "Funder", "Allocation 2025-26", "Spent to date"],
               ["Skills Partnership Grant", "Welsh Government", "£210,000", "£150,400"],
               ["Council staff time (in kind)", "Councils", "£18,000", "£9,000"],
               ["Total", "", "£228,000", "£159,400"]]
    for block in (rows, funding):
        table = document.add_table(rows=len(block), cols=len(block[0]))
        for i, values in enumerate(block):
            for j, value in enumerate(values):
                table.cell(i, j).text = value
        document.add_paragraph("")
    document.save(path)
    return path


def test_pasted_sheet_groups_and_funding_tab(tmp_path: Path) -> None:
    parsed = parse_document(_pasted_sheet(tmp_path / "plan.docx"), "programme")
    items = parsed.programme
    assert list(items["item_id"]) == ["SK3", "SK1", "SK2", "SK4"]
    assert list(items["paragraph"]) == [1, 1, 2, 2]
    assert list(parsed.priorities["priority"]) == ["Apprenticeships", "Digital skills"]
    assert list(items["status"]) == ["done", "in progress", "at risk", "done"]
    assert parsed.metadata["date"] == dt.date(2026, 2, 5)
    grants = parsed.grants
    assert list(grants["grant"]) == ["Skills Partnership Grant"]
    assert list(grants["amount_gbp"]) == [210000]
    assert list(grants["financial_year"]) == ["2025-26"]


def _waffle(tab: int, rows: list[list[str]], hidden: bool) -> str:
    letters = "".join(f"<th>{chr(65 + k)}</th>" for k in range(len(rows[0])))
    body = []
    for n, cells in enumerate(rows, start=1):
        tds = "".join(f'<td class="s2">{c}</td>' if c else "<td></td>" for c in cells)
        body.append(f'<tr><th class="row-headers-background"><div>{n}</div></th>{tds}</tr>')
        if n == 3:
            bar = "".join('<td class="freezebar-cell"></td>' for _ in cells)
            body.append(f'<tr><th class="freezebar-cell"></th>{bar}</tr>')
    style = ' style="display:none;"' if hidden else ""
    return (f'<div id="{tab}"{style}><table class="waffle"><thead><tr><th></th>{letters}'
            f'</tr></thead><tbody>{"".join(body)}</tbody></table></div>')


def test_published_workbook_reads_like_the_sheet(tmp_path: Path) -> None:
    actions = [["Town centres action plan 2025-26", "", "", "", ""],
               ["Last updated: 20/02/2026 by the regeneration team (read only view)", "",
                "", "", ""],
               ["Ref", "Priority", "Action", "Lead org", "Status"],
               ["TC-2", "Vacant units", "Survey every empty shop unit", "WLGA", "Complete"],
               ["TC-5", "Vacant units", "Offer rate relief for pop-up shops", "WLGA",
                "On track"],
               ["TC-1", "Green spaces", "Plant a pocket park in each town", "Data Cymru",
                "Not started"]]
    funding = [["Funding", "", ""], ["Grant", "Funder", "Allocation 2025-26"],
               ["Transforming Towns grant", "Welsh Government", "£90,000"],
               ["Total", "", "£90,000"]]
    page = ('<html><head><title>Town centres (published)</title></head><body>'
            '<div id="doc-title"><span class="name">Town centres (published)</span></div>'
            '<div id="sheet-menu"><ul><li>Actions</li><li>Funding</li></ul></div>'
            '<div id="sheets-viewport">' + _waffle(0, actions, False)
            + _waffle(1, funding, True) + '</div><div id="footer">Published by Google '
            'Sheets – Updated automatically every 5 minutes</div></body></html>')
    parsed = parse_document(_write(tmp_path, "towns.html", page), "programme")
    items = parsed.programme
    assert list(items["item_id"]) == ["TC-2", "TC-5", "TC-1"]
    assert list(items["paragraph"]) == [1, 1, 2]
    assert list(parsed.priorities["priority"]) == ["Vacant units", "Green spaces"]
    assert list(items["status"]) == ["done", "in progress", "planned"]
    assert parsed.metadata["title"] == "Town centres action plan 2025-26"
    assert parsed.metadata["date"] == dt.date(2026, 2, 20)
    assert list(parsed.grants["grant"]) == ["Transforming Towns grant"]
    assert list(parsed.grants["amount_gbp"]) == [90000]
