"""Eval50 family prog50a: a tracker kept in Google Sheets, downloaded as CSV (.txt / .csv).

The careful reader's reading of a further sheet, written down before the loader ran: the
title and a "Last updated" row padded with commas, a header in another column order
("ID | Action | Lead org | End | Status"), a quoted cell holding a comma and a line break.
Each row below the header is an item: its id the Ref, its text the Task, its status the
status column's word, its quarter the Due date's, its partners the Owner's organisation.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis import load_programme

CSV = ("Waste Partnership Programme 2025-26 tracker,,,,\r\n"
       "Last updated: 14/01/2026,,,,\r\n"
       ",,,,\r\n"
       "ID,Action,Lead org,End,Status\r\n"
       "W-1,Agree the regional food waste contract,WLGA,31/05/2025,Complete\r\n"
       "W-2,\"Publish recycling data, with a dashboard\",Data Cymru,31/12/2025,On track\r\n"
       "W-3,Pilot reuse shops in three councils,WLGA,30/09/2026,\"Not started\"\r\n")


def test_sheet_csv_download_rows_are_items(tmp_path: Path) -> None:
    for name in ("tracker.txt",):
        path = tmp_path / name
        path.write_bytes(CSV.encode("utf-8"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            items = load_programme(path)
        assert list(items["item_id"]) == ["W-1", "W-2", "W-3"]
        assert list(items["text"]) == ["Agree the regional food waste contract",
                                       "Publish recycling data, with a dashboard",
                                       "Pilot reuse shops in three councils"]
        assert list(items["status"]) == ["done", "in progress", "planned"]
        assert [str(q) for q in items["quarter"]] == ["2026Q1", "2026Q3", "2027Q2"]
        assert list(items.iloc[1]["partners"]) == ["Data Cymru"]
