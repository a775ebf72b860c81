"""Programme interpreter: an e-mail's header lines printed as one paragraph.

A web mail or an e-mail saved as a web page prints its header as one paragraph with line
breaks ("<b>From:</b> Ffion Davies<br><b>Sent:</b> 4 June 2026 11:20<br><b>Subject:</b>
..."), which the web page reader reads as one line of text. The front matter reads a date
and a title from lines, so a paragraph that opens with a header label and holds another
(:data:`LABELS`) is read as the lines it prints, one a label.

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> block = Paragraph(Inline("From: Ffion Davies Sent: 4 June 2026 11:20 Subject: May update"))
>>> [b.text.text for b in header_lines(block)]
['From: Ffion Davies', 'Sent: 4 June 2026 11:20', 'Subject: May update']
>>> len(header_lines(Paragraph(Inline("From: April to June we met twice."))))
1
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Inline, Paragraph
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["LABELS", "header_lines"]

#: The labels of an e-mail's header lines.
LABELS = ("From", "Sent", "To", "Cc", "Bcc", "Subject", "Date")
_NEXT = LazyPattern(r"\s+(?=(?:\*\*)?(?:" + "|".join(LABELS) + r"):(?:\*\*)?\s)")


def header_lines(block: Any) -> list[Any]:
    """``[block]``, or the header lines a paragraph prints (see the module).

    Parameters
    ----------
    block : Block
        A block of a paper's front matter.

    Returns
    -------
    list
        The blocks it stands for.
    """
    if block.__class__ is not Paragraph or block.number is not None:
        return [block]
    text = block.text.text
    if not text.startswith(LABELS) or text.count(":") < 2:  # (a cheap test first)
        return [block]
    parts = _NEXT.split(text)
    if len(parts) < 2 or not all(p.startswith(LABELS) for p in parts):
        return [block]
    return [Paragraph(Inline(p.strip()), None, block.location) for p in parts]
