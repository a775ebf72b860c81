"""Programme interpreter: a browser's print header before a title line.

A web page printed to PDF from a browser (Chrome, Edge) heads each page with the date and
time of the print and the page's title as its tab shows it: "20/01/2026, 10:05 Digital
Transformation Programme 2025-26 – Members' tracker - WLGA Jira". The stamp dates the print
and the tab's title ends with the site's name after a spaced hyphen (or bar): neither is
part of the paper's title, which is what stands between them.

One cheap look first: the line must start with a digit.

Examples
--------
>>> without_browser_stamp("20/01/2026, 10:05 Members' tracker 2025-26 – Digital - WLGA Jira")
"Members' tracker 2025-26 – Digital"
>>> without_browser_stamp("1/14/26, 9:12 AM Workforce dashboard | Power BI")
'Workforce dashboard'
>>> without_browser_stamp("2025-26 Programme update - Quarter 2")  # (no stamp)
'2025-26 Programme update - Quarter 2'
"""

from __future__ import annotations

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["without_browser_stamp"]

#: The print's date and time at the start of the line ("20/01/2026, 10:05 ", "1/14/26,
#: 9:12 AM ").
_STAMP = LazyPattern(r"[0-3]?\d/[0-3]?\d/(?:\d{4}|\d{2}),?[ \t]+[0-2]?\d:[0-5]\d"
                     r"(?:[ \t]*+[AaPp][Mm])?[ \t]++(?=\S)")
#: The site's name after the tab's title: a spaced hyphen or bar, then three words at most.
_SITE = LazyPattern(r"[ \t]+[-|][ \t]+(?:[\w.&'-]++[ \t]?){1,3}$")


def without_browser_stamp(text: str) -> str:
    """``text`` without a browser's print stamp before it and its site's name after it
    (see the module).

    Parameters
    ----------
    text : str
        A title line.

    Returns
    -------
    str
        The title.
    """
    if not text[:1].isdigit():
        return text
    m = _STAMP.match(text)
    if m is None:
        return text
    title = text[m.end():]
    site = _SITE.search(title)
    return title[:site.start()].rstrip() if site is not None and site.start() > 0 else title
