"""Programme interpreter: page furniture around a title line (:func:`title_text`).

A page label before the title:

A council's or joint committee's meeting-papers website (modern.gov and its like) prints the
page's kind before the title of the paper it shows: "Agenda item - Forward Work Programme
2025-26: Quarter 2 status report", "Agenda item 7 – ...", "Decision - ...", "Issue - ...".
The label names the web page, not the paper: the title is what follows the dash.

Examples
--------
>>> without_page_label("Agenda item - Forward Work Programme 2025-26: Quarter 2 status report")
'Forward Work Programme 2025-26: Quarter 2 status report'
>>> without_page_label("Agenda item 7 – Annual report"), without_page_label("Decision - X")
('Annual report', 'Decision - X')
>>> without_page_label("Item 4 - Our progress")  # (a title of its own: no page label)
'Item 4 - Our progress'

A print stamp after the title: a tracker printed from its tool (Smartsheet, a project or
spreadsheet application) heads each page with the sheet's name and when it was printed:
"WLGA Decarbonisation Support Programme 2025-26 – Delivery Tracker Printed: 01/16/26
10:42 AM", "... Exported on 3 March 2026 09:15". The stamp dates the print, not the paper:
the title is what comes before it (the stamp is dropped from the title; the line keeps its
text).

>>> without_print_stamp("Delivery Tracker 2025-26 Printed: 01/16/26 10:42 AM")
'Delivery Tracker 2025-26'
>>> without_print_stamp("Action Log Exported on 3 March 2026 09:15")
'Action Log'
>>> without_print_stamp("How the plan was printed: a guide")  # (no date after it)
'How the plan was printed: a guide'
>>> title_text("Agenda item - Delivery Tracker Printed: 01/16/26 10:42 AM")
'Delivery Tracker'
"""

from __future__ import annotations

from collections.abc import Callable

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["title_text", "without_page_label", "without_print_stamp"]

#: A page's label and its dash, before a title of two words or more.
_LABEL = LazyPattern(r"(?i)^(?:agenda[ \t]+item(?:[ \t]+\d{1,3}[a-z]?)?|decision|issue)"
                     r"[ \t]+[-\u2013\u2014][ \t]+(?=\S+[ \t]+\S)")


def without_page_label(text: str) -> str:
    """``text`` without a meeting-papers page's label before it (see the module).

    Parameters
    ----------
    text : str
        A title line.

    Returns
    -------
    str
        The title.
    """
    if "-" not in text[:30] and "\u2013" not in text[:30] and "\u2014" not in text[:30]:
        return text  # (most titles: no dash near their start)
    m = _LABEL.match(text)
    return text[m.end():] if m else text


#: A print or export stamp at the end of a line: the word, "on" or a colon, and a date
#: (and time) of digits, month names, slashes, dots, colons, commas and AM/PM.
_STAMP = LazyPattern(r"(?i)[ \t]+(?:printed|exported|generated|downloaded)(?:[ \t]+on)?:?"
                     r"[ \t]+(?=\d)[\w/.:,\t -]{4,40}+$")


def without_print_stamp(text: str) -> str:
    """``text`` without a print stamp at its end (see the module).

    Parameters
    ----------
    text : str
        A title line.

    Returns
    -------
    str
        The title.
    """
    lowered = text.lower()
    if not any(w in lowered for w in ("printed", "exported", "generated", "downloaded")):
        return text  # (most titles: no stamp word)
    m = _STAMP.search(text)
    return text[:m.start()].rstrip() if m and m.start() > 0 else text


def _title_rules() -> tuple[Callable[[str], str], ...]:
    """The furniture taken off a title line, in the order it is taken off: a browser's
    print header around it, a "Data as at" box beside it, a tool's print stamp at its end,
    a page's label at its start."""
    from wlga_analysis.interpret.programme.browser_stamp import without_browser_stamp
    from wlga_analysis.interpret.programme.data_date_box import title_beside_data_date

    return (without_browser_stamp, title_beside_data_date, without_print_stamp,
            without_page_label)


def title_text(text: str) -> str:
    """A title line without its page furniture (each rule of :func:`_title_rules` in turn:
    a browser's print header around it (:mod:`.browser_stamp`), a "Data as at" box beside
    it (:mod:`.data_date_box`), a print stamp at its end, then a page label at its start;
    see the module).

    Parameters
    ----------
    text : str
        A title line.

    Returns
    -------
    str
        The title.

    Examples
    --------
    >>> title_text("Agenda item 6 - Digital programme update")
    'Digital programme update'
    """
    for rule in _title_rules():
        text = rule(text)
    return text
