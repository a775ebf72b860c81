"""Programme interpreter: a title with a "Data as at" text box printed beside it.

A BI report's page (Power BI, a dashboard exported to PDF) heads its first page with the
report's title and, on the same line, a small text box saying when the data stands
("WLGA Workforce and Leadership Programme 2025-26 – Quarter 3 dashboard Data as at 31
December 2025"). The line is the title (the words before the box's label) and a dated line
(the label and its date): :func:`title_beside_data_date` gives the title,
:func:`dates_beside_titles` the box's words as a line of their own, so that the line is
not taken for a date line alone (and so for no title).

One cheap look first: the line must hold " as at " or " as of ".

Examples
--------
>>> title_beside_data_date("Workforce dashboard 2025-26 Data as at 31 December 2025")
'Workforce dashboard 2025-26'
>>> title_beside_data_date("Position as at 30 June 2025")  # (no title before it)
'Position as at 30 June 2025'
>>> dates_beside_titles([(1, "Workforce dashboard 2025-26 Data as at 31 December 2025"),
...                      (3, "Text")])
[(1, 'DATA AS AT 31/12/2025'), (3, 'Text')]
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["dates_beside_titles", "title_beside_data_date"]

#: The label of a text box saying when the data stands, at the end of the words before
#: its date ("Data as at", "Figures as of", "Position as at").
_LABEL = LazyPattern(r"[ \t]+(?P<label>(?:[Dd]ata|[Ff]igures|[Pp]osition|[Ii]nformation)"
                     r"[ \t]+as[ \t]+(?:at|of))$")
#: The fewest words of the title before the box.
_MIN_TITLE_WORDS = 3


def _split(text: str) -> tuple[str, str] | None:
    """The title and the box's words (its date in figures); None when the line is no such
    line."""
    from wlga_analysis.text.dates import split_dated_line

    if " as at " not in text and " as of " not in text:
        return None
    found = split_dated_line(text)
    m = _LABEL.search(found[0]) if found is not None else None
    if m is None or len(found[0][:m.start()].split()) < _MIN_TITLE_WORDS:
        return None
    day = found[1]
    return (found[0][:m.start()].strip(),
            f"{m.group('label').upper()} {day.day:02d}/{day.month:02d}/{day.year}")


def title_beside_data_date(text: str) -> str:
    """The title of a line that prints a "Data as at" box beside it (see the module);
    ``text`` itself otherwise.

    Parameters
    ----------
    text : str
        A title line.

    Returns
    -------
    str
    """
    found = _split(text)
    return text if found is None else found[0]


def dates_beside_titles(texts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The front matter's lines, each title line with a "Data as at" box beside it given
    as the box's words in capitals and its date in figures (the date read, the line left
    no date line's role: a dated line in capitals stays a paragraph; see the module).

    Parameters
    ----------
    texts : list of (int, str)
        The front matter's (line, text).

    Returns
    -------
    list of (int, str)
    """
    out = []
    for n, text in texts:
        found = _split(text)
        out.append((n, text) if found is None else (n, found[1]))
    return out
