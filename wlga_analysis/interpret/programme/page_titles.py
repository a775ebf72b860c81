"""Programme interpreter: a committee papers page's label before the paper's title.

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
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["without_page_label"]

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
