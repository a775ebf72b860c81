"""A web page printed from a browser: the site's bars printed above the document's title.

A browser's "Save as PDF" with "Headers and footers" prints the date and the page's title at
the top of every page and the page's address and "1/6" at the bottom: the reader removes
those as running headers and footers (:mod:`wlga_analysis.read.pdf`). Above the document's
own title, the first page also prints what the web page shows before its content: a
published Google Doc's bar ("Published using Google Docs", "Report abuse", "Learn more",
the Doc's name, "Updated automatically every 5 minutes"), a site's cookie banner,
navigation and breadcrumb. Read as text they become the document's first lines, and its
title ("Published using Google Docs Report abuse Learn more").

:func:`remove_browser_bars` removes them, each noted as "page furniture" with its text
(nothing is lost): when the pages' footers removed as furniture hold a web address (the
print of a web page), the lines and boxes of the first page **before its title** (its
first line printed :data:`TITLE_RATIO` times the body text's size or larger) are furniture
when **every one** of them is printed smaller than the body text. A line in the body size
before the title (a document's own reference line, "Agenda item 5") keeps all of them.

Examples
--------
>>> from types import SimpleNamespace as NS
>>> from wlga_analysis.read.model import Inline, Location, Note
>>> def line(text, size):
...     return NS(text=Inline(text), size=size)
>>> page = NS(number=1, items=[line("Published using Google Docs", 8),
...                            line("A Report", 26), line("Body text.", 10)])
>>> notes = [Note(Location(page=1), "page furniture", "https://docs.google.com/x 1/2")]
>>> remove_browser_bars([page], notes, 10.0)
>>> [item.text.text for item in page.items], notes[-1].text
(['A Report', 'Body text.'], 'Published using Google Docs')
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Location, Note

__all__ = ["TITLE_RATIO", "remove_browser_bars"]

#: A title is printed at least this many times the body text's size.
TITLE_RATIO = 1.45
#: How much smaller (points) than the body text a bar's print is.
_SMALLER = 0.5


def _lines(item: Any) -> list[Any]:
    """The lines of an item: a line itself, or the lines of a table's (a box's) cells."""
    if hasattr(item, "rows"):
        return [line for row in item.rows for cell in row for line in cell]
    return [item]


def _text(item: Any) -> str:
    if hasattr(item, "rows"):
        return " | ".join(" ".join(line.text.text for line in cell)
                          for row in item.rows for cell in row if cell)
    return str(item.text.text)


def remove_browser_bars(pages: list[Any], notes: list[Note], body_size: float) -> None:
    """Remove the bars a browser printed above the first page's title (see the module's
    description); each removed line or box noted as "page furniture".

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> from wlga_analysis.read.model import Inline
    >>> page = NS(number=1, items=[NS(text=Inline("Skip to content"), size=7),
    ...                            NS(text=Inline("A Report"), size=26)])
    >>> remove_browser_bars([page], [], 10.0)  # (no web address in a footer: not a print)
    >>> len(page.items)
    2
    """
    if not pages or not any(n.kind == "page furniture" and "://" in n.text for n in notes):
        return
    page = pages[0]
    title = next((k for k, item in enumerate(page.items) if not hasattr(item, "rows")
                  and item.size >= TITLE_RATIO * body_size), None)
    if not title:
        return
    before = page.items[:title]
    if not all(line.size < body_size - _SMALLER for item in before for line in _lines(item)):
        return
    for item in before:
        notes.append(Note(Location(page=page.number), "page furniture", _text(item)))
    page.items = page.items[title:]
