"""Programme updates: the paper's date from its page furniture, when the paper prints none.

A council's statement to Council may print the meeting's date only where the readers
remove it as furniture: a Word file's running header ("Council – 24 September 2025"), a
PDF's running header, a committee system's breadcrumb ("Committee structure > Council >
Meeting of Council, Wednesday, 24th September, 2025 6.00 pm > Agenda item"). The readers
keep that text in the model's notes (:mod:`wlga_analysis.read.running_headers`); when the
front matter holds no date, a careful reader dates the paper by it. A print stamp
("04/11/2025, 09:41") is no dated line and is passed over; the furniture stays out of the
items.

Examples
--------
>>> from wlga_analysis.read.model import Location, Note
>>> furniture_date([Note(Location(page=1), "page furniture", "Page 1 of 2"),
...                 Note(Location(page=1), "page furniture", "Council – 24 September 2025")])
(datetime.date(2025, 9, 24), 'Council – 24 September 2025')
>>> furniture_date([Note(Location(line=4), "breadcrumb", "Committee structure > Council > "
...                      "Meeting of Council, Wednesday, 24th September, 2025 6.00 pm")])[0]
datetime.date(2025, 9, 24)
>>> furniture_date([Note(Location(line=1), "continuation", "24 September 2025")]) is None
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from wlga_analysis.text.dates import parse_date_line, split_dated_line
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["FURNITURE_KINDS", "dated_by_furniture", "furniture_date"]

#: The notes whose text is page furniture the readers removed.
FURNITURE_KINDS = frozenset({"page furniture", "running header", "breadcrumb"})
#: A breadcrumb trail's separators ("A > B", "A › B", "A » B", "A / B").
_CRUMB = LazyPattern(r"[ \t]+[>›»/][ \t]+")
#: The most notes looked at (a long PDF repeats its header on every page).
_MOST = 40


def furniture_date(notes: Iterable[Any]) -> tuple[dt.date, str] | None:
    """The date of the first removed piece of furniture that is a dated line (a date line,
    or a name and a date), a breadcrumb's parts read one by one; with the text it was read
    from. None when no furniture note is dated.

    Parameters
    ----------
    notes : iterable of Note
        The document model's notes.

    Returns
    -------
    tuple of (date, str) or None

    Examples
    --------
    >>> furniture_date([]) is None
    True
    """
    looked = 0
    for note in notes:
        if note.kind not in FURNITURE_KINDS:
            continue
        looked += 1
        if looked > _MOST:
            break
        for part in _CRUMB.split(note.text) if note.kind == "breadcrumb" else (note.text,):
            day = parse_date_line(part)
            if day is None:
                found = split_dated_line(part)
                day = None if found is None else found[1]
            if day is not None:
                return day, note.text
    return None


def dated_by_furniture(model: Any, issue: Callable[..., Any]) -> dt.date | None:
    """The paper's date from the furniture of a Word file's, PDF's or web page's ``model``
    (None for a text-form file, or when no furniture is dated), reported through ``issue``
    (the parser's ``issue(table, check, item, line, message)``) as where the date came from.

    Parameters
    ----------
    model : DocumentModel or None
        The reader's model.
    issue : callable
        Records a finding.

    Returns
    -------
    datetime.date or None

    Examples
    --------
    >>> dated_by_furniture(None, print) is None
    True
    """
    found = None if model is None else furniture_date(model.notes)
    if found is None:
        return None
    issue("programme", "date from page furniture", "", None,
          f"no date before the first paragraph; the paper is dated {found[0]:%d %B %Y} from "
          f"its page furniture: '{found[1]}'")
    return found[0]
