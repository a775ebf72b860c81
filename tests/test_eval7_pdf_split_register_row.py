"""A register row split by a PDF page break, its text going on with a capital letter ("...
of the" / "Corporate Joint Committees ..."): the next page's first row has no number of its
own in the number column, so it is the rest of the numbered row above (a layout the seventh
evaluation corpus showed, prog29 pdf). Before, only a cell going on in lower case joined
the rows, and the rest of the row was read as an item of its own ("3.3").
"""

from __future__ import annotations

from wlga_analysis.read.model import Inline
from wlga_analysis.read.pdf import _continue_table, _Line, _TablePart


def _cell(text: str, page: int) -> list[_Line]:
    return [_Line(Inline(text), 0.0, 10.0, 0.0, 9.0, page)] if text else []


def _part(rows: list[list[str]], page: int) -> _TablePart:
    return _TablePart([[_cell(t, page) for t in row] for row in rows], (0.0, 50.0, 100.0),
                      0.0, 100.0, page)


HEADER = ["Ref", "Action", "Commentary"]


def test_a_row_with_no_number_after_a_page_break_continues_the_numbered_row_above():
    first = _part([HEADER, ["3.1", "Refresh the toolkit", "Six councils take part; the"],
                   ["3.2", "Citizens' panel pilot", "Recruitment has slipped, and the"]], 1)
    rest = _part([HEADER, ["", "", "Corporate Joint Committees will be consulted."],
                  ["4.1", "Climate risk workshop", "Held with 40 officers."]], 2)
    notes: list = []
    _continue_table(first, rest, notes)
    numbers = [row[0][0].text.text if row[0] else "" for row in first.rows]
    assert numbers == ["Ref", "3.1", "3.2", "4.1"]
    assert [ln.text.text for ln in first.rows[2][2]] == [
        "Recruitment has slipped, and the", "Corporate Joint Committees will be consulted."]
    assert [n.kind for n in notes].count("row joined") == 1


def test_a_numbered_row_after_a_page_break_is_a_row_of_its_own():
    first = _part([HEADER, ["3.1", "Refresh the toolkit", "Six councils take part"]], 1)
    rest = _part([HEADER, ["3.2", "Citizens' panel pilot", "recruitment has slipped"]], 2)
    _continue_table(first, rest, [])
    assert [row[0][0].text.text for row in first.rows] == ["Ref", "3.1", "3.2"]
