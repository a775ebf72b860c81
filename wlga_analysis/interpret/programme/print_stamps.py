"""Programme interpreter: a tool's print stamp after the title in a printed page's header.

A tracker printed from its tool (Smartsheet, a project or spreadsheet application) heads
each page with the sheet's name and when it was printed: "WLGA Decarbonisation Support
Programme 2025-26 – Delivery Tracker Printed: 01/16/26 10:42 AM", "... Exported on
3 March 2026 09:15". The stamp dates the print, not the paper: the title is what comes
before it (the stamp is dropped from the title; the line keeps its text).

Examples
--------
>>> without_print_stamp("Delivery Tracker 2025-26 Printed: 01/16/26 10:42 AM")
'Delivery Tracker 2025-26'
>>> without_print_stamp("Action Log Exported on 3 March 2026 09:15")
'Action Log'
>>> without_print_stamp("How the plan was printed: a guide")  # (no date after it)
'How the plan was printed: a guide'
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["without_print_stamp"]

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
