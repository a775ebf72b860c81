"""Reader of web pages: the list levels of an e-mail saved by Outlook (or Word) as HTML.

Outlook and Word save a bulleted list as HTML without ``<ul>``: each item is a paragraph
``<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;...;mso-list:l0 level2
lfo1'>`` whose marker ("·", "o", "§") is typed in a ``<span style='mso-list:Ignore'>``;
its level is only in the style, ``mso-list:l0 level2``. The web page reader reads the
typed marker as a bullet at the first level, so a sub-bullet ("o Status: On track") would
stand at its item's level. :func:`with_list_levels` gives each such item the level its
style states (``level1`` the first, 0).

The style is found in the page's markup at the item's line (a paragraph's style printed
on its line or up to :data:`LOOK_BACK` lines above its text, as Outlook wraps its markup);
a page with no ``mso-list`` style is returned as it is.

Examples
--------
>>> from wlga_analysis.read.html import read_html
>>> page = (b"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'>"
...         b"<span style='mso-list:Ignore'>\\xc2\\xb7 </span>Pay: agreed.</p>\\n"
...         b"<p class=MsoListParagraph style='mso-list:l0 level2 lfo1'>"
...         b"<span style='mso-list:Ignore'>o </span>Status: Complete</p>")
>>> model = with_list_levels(read_html(page), page)
>>> [(b.text.text, b.level) for b in model.blocks]
[('Pay: agreed.', 0), ('Status: Complete', 1)]
"""

from __future__ import annotations

import bisect
import dataclasses

from wlga_analysis.read.model import DocumentModel, ListItem
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["LOOK_BACK", "with_list_levels"]

#: How many lines above an item's text its paragraph's style may stand.
LOOK_BACK = 3
#: A list paragraph's level in its style: "mso-list:l0 level2 lfo1".
_LEVEL = compile_regex(rb"mso-list:\s*l\d+\s+level(\d{1,2})")


def with_list_levels(model: DocumentModel, data: bytes) -> DocumentModel:
    """The page's model with each list item of an Outlook or Word list at the level its
    paragraph's style states (see the module).

    Parameters
    ----------
    model : DocumentModel
        The web page read by :func:`~wlga_analysis.read.html.read_html`.
    data : bytes
        The page's markup.

    Returns
    -------
    DocumentModel
        ``model`` itself when the page has no such list.
    """
    if b"mso-list" not in data:  # (a cheap test first: most pages are no Office export)
        return model
    lines: list[int] = []
    levels: list[int] = []
    line = 1
    at = 0
    for m in _LEVEL.finditer(data):
        line += data.count(b"\n", at, m.start())
        at = m.start()
        lines.append(line)
        levels.append(max(int(m.group(1)) - 1, 0))
    if not lines:
        return model
    blocks = [_leveled(b, lines, levels) if b.__class__ is ListItem else b
              for b in model.blocks]
    return dataclasses.replace(model, blocks=blocks)


def _leveled(item: ListItem, lines: list[int], levels: list[int]) -> ListItem:
    """``item`` at the level of the nearest style at or above its line."""
    n = item.location.line
    if n is None:
        return item
    k = bisect.bisect_right(lines, n) - 1
    if k < 0 or n - lines[k] > LOOK_BACK or levels[k] == item.level:
        return item
    return ListItem(item.text, item.marker, item.kind, item.number, levels[k], item.location)
