"""eval40 (fx): a tracker printed from its tool heads its pages with the sheet's name and a
print stamp ("Printed: 01/16/26 10:42 AM", "Exported on 3 March 2026 09:15"); the stamp
dates the print, not the paper, and is no part of the title. Documents in other wordings
and tools than eval40's Smartsheet print."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa

BODY = """
1. Purpose

1.1 To report progress on the programme.

2. Progress Update

2.1 Housing

- The empty homes grant scheme was launched in May 2025.
- A landlord survey will run in Q4.
"""


@pytest.mark.parametrize(("head", "title"), [
    ("HOUSING SUPPORT PROGRAMME 2025-26 UPDATE Printed: 14/01/2026 09:05",
     "HOUSING SUPPORT PROGRAMME 2025-26 UPDATE"),
    ("HOUSING SUPPORT PROGRAMME 2025-26 UPDATE Exported on 3 March 2026 09:15 AM",
     "HOUSING SUPPORT PROGRAMME 2025-26 UPDATE"),
    ("HOUSING SUPPORT PROGRAMME 2025-26 UPDATE printed: 1.2.2026",
     "HOUSING SUPPORT PROGRAMME 2025-26 UPDATE"),
])
def test_print_stamp_not_in_title(tmp_path: Path, head: str, title: str) -> None:
    path = tmp_path / "update.txt"
    path.write_text(f"{head}\n\n12 January 2026\n{BODY}", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        meta = wa.load_metadata(path)
        prog = wa.load_programme(path)
    assert meta["title"] == title
    assert "The empty homes grant scheme was launched in May 2025." in prog["text"].tolist()
