"""Labelled values printed at the end of a line of text ("... designed. Status: Complete").

Examples
--------
>>> status_trailer("The network has been designed. Status: Complete")
('The network has been designed.', 'Complete')
>>> status_trailer("Surveys are under way (status: in progress).")
('Surveys are under way.', 'in progress')
>>> status_trailer("No status here.")
('No status here.', None)
"""

from __future__ import annotations

import re

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["STATUS_TRAILER", "status_trailer"]

#: A status printed after the label "Status" at the end of an item's text ("... designed.
#: Status: Complete", "... (Status: In progress)"): the words of the status, as printed.
STATUS_TRAILER = compile_regex(
    r"\s*+[;,\u2013\u2014-]?\s*+\(?\bstatus\s*+[:\u2013\u2014-]\s*+"
    r"(?P<status>[^\s.;:()<>][^.;:()<>]{0,39}?)\s*+\)?\s*+\.?\s*+$",
    re.IGNORECASE)


def status_trailer(text: str) -> tuple[str, str | None]:
    """A line's text without the status printed after a "Status:" label at its end, and
    that status (None when it prints none).

    Parameters
    ----------
    text : str
        The text of one item or line.

    Returns
    -------
    tuple of (str, str or None)
        The text before the label (its full stop kept), and the status as printed.

    Examples
    --------
    >>> status_trailer("Data was shared – Status: Not started")
    ('Data was shared', 'Not started')
    >>> status_trailer("Status: Complete")  # the label alone: no text before it
    ('Status: Complete', None)
    """
    m = STATUS_TRAILER.search(text)
    if m is None or m.start() == 0:
        return text, None
    body = text[:m.start()].rstrip()
    if text[m.end() - 1:m.end()] == "." and body[-1:] not in ".!?":
        body += "."  # "... under way (status: x)." keeps its full stop
    return body, m.group("status").strip()
