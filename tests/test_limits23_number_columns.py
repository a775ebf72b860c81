"""A "No." column of a programme table is the item's printed number (role ``ref``, as a
"Ref" column), not a column the data-quality report calls unknown (stop 23); a header that
only starts with the word ("Number of councils") is no number column."""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa
from wlga_analysis.interpret.programme.common import _column_roles

TRACKER = """# Corporate Plan 2024-29: commitments tracker

Last updated: 30 September 2025

Our Corporate Plan sets out two well-being objectives and the commitments we have made to
deliver them. This tracker shows where each commitment has got to.

Our well-being objectives are:

1.  A thriving local economy
2.  A modern, well-run council

| Well-being objective | {number} | Commitment | Status | Due |
|---|---|---|---|---|
| 1. A thriving local economy | 1 | Open a business hub in each town. | In progress | March 2026 |
| 1. A thriving local economy | 2 | Create 60 apprenticeships. | Delivered | June 2025 |
| 2. A modern, well-run council | 1 | Adopt a new customer charter. | Not yet started | June 2026 |
"""


def _issues(tmp_path: Path, number: str) -> tuple[list[str], list[str]]:
    path = tmp_path / f"tracker-{len(number)}.md"
    path.write_text(TRACKER.format(number=number), encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = wa.load_programme(path)
    return items["text"].tolist(), [str(w.message) for w in caught]


def test_a_no_column_is_the_printed_number_not_an_unknown_column(tmp_path):
    for number in ("No.", "No", "Number", "ID"):
        texts, messages = _issues(tmp_path, number)
        assert len(texts) == 3 and texts[0].startswith("Open a business hub")
        assert not [m for m in messages if f"column {number!r}" in m], number
    assert _column_roles(["No.", "Commitment", "Status"])["ref"] == ["No."]


def test_a_header_starting_with_number_is_still_unknown():
    roles = _column_roles(["Action", "Number of councils", "Status"])
    assert roles.get("other") == ["Number of councils"] and not roles.get("ref")
