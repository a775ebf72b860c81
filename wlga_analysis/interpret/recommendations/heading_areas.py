"""Areas printed as headings of their own, over their text, table and lists.

A web page may print each area as a collapsible block whose summary names it ("Area 1 –
Bus franchising (2 recommendations)"), over a remit paragraph ("Remit: to ..."), a table of
its recommendations and a labelled list of the work done. The rules here read that shape:

- a **plain line that is an area lead** alone (a ``<summary>``, a line of a Word file with no
  heading style) opens the area, as a heading or a bold line does (:func:`is_plain_area_lead`);
- a **count of recommendations** printed after the name ("(2 recommendations)") is a page
  aid, not part of the name: it is taken out (:func:`split_area_count`) and checked against
  the recommendations read for the area (:func:`check_area_counts`: a different number is
  reported);
- a **paragraph right under the area's lead**, before any of its items, is the area's
  remit (:func:`is_area_remit`), as the text under an area's name in an Area cell is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.lines import _Parser

__all__ = ["AREA_COUNT", "check_area_counts", "is_area_remit", "is_plain_area_lead",
           "split_area_count"]

#: A count of an area's recommendations printed after its name: "(2 recommendations)",
#: "[1 recommendation]", "– 3 recommendations". Group ``count`` is the number.
AREA_COUNT = compile_regex(r"\s*+(?:[(\[]\s*+|[\u2013\u2014-]\s++)(?P<count>\d{1,3})\s++"
                           r"recommendations?\s*+[)\]]?\s*+$", re.IGNORECASE)

#: The most words an area lead printed as a plain line may have (a name, not a sentence).
LEAD_WORDS = 14


def split_area_count(title: str) -> tuple[str, int | None]:
    """An area's title without the count of its recommendations printed after it, and the
    count (None when none is printed).

    Examples
    --------
    >>> split_area_count("Bus franchising (2 recommendations)")
    ('Bus franchising', 2)
    >>> split_area_count("Concessionary travel [1 recommendation]")
    ('Concessionary travel', 1)
    >>> split_area_count("Recommendations on 2 recommendations")
    ('Recommendations on 2 recommendations', None)
    """
    m = AREA_COUNT.search(title)
    if m is None or m.start() == 0:
        return title, None
    return title[:m.start()].rstrip(" .:;"), int(m.group("count"))


def is_plain_area_lead(parser: _Parser, text: str) -> bool:
    """Whether a plain paragraph (not bold, not a heading) is an area's lead printed alone:
    it is all an area lead ("Area 1 – Bus franchising"), a name rather than a sentence,
    under the document's title where no table is being read.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> parser = _Parser(Document(Path("d.md"), "recommendations", ("# T",), "0" * 64),
    ...                  frozenset())
    >>> parser.title, parser.columns = "T", None
    >>> is_plain_area_lead(parser, "Area 1 – Bus franchising (2 recommendations)")
    True
    >>> is_plain_area_lead(parser, "Area 1 was added to the remit in 2023.")
    False
    """
    if getattr(parser, "columns", None) is not None or parser.title is None:
        return False
    m = parser.area_lead_re.fullmatch(text)
    return m is not None and bool(m.group(2).strip()) and len(text.split()) <= LEAD_WORDS \
        and text.rstrip()[-1:] not in ".;:"


def is_area_remit(parser: _Parser, text: str, ln: int) -> bool:
    """Whether an un-numbered paragraph is the remit of the area opened just above it (by a
    heading, a bold or a plain line): no table is being read and the area has no item yet.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> from wlga_analysis.interpret.recommendations.blocks import _Block
    >>> parser = _Parser(Document(Path("d.md"), "recommendations", ("# T",), "0" * 64),
    ...                  frozenset())
    >>> parser.columns = None
    >>> parser.area_block(_Block("Area 1: Buses", False), 3, True)
    >>> is_area_remit(parser, "Remit: to plan bus services.", 5)
    True
    """
    area = parser.current
    if area is None or getattr(parser, "columns", None) is not None or ln <= area.line \
            or not text or text[:1] in "-\u2022*|":
        return False
    return not any(item is not None and item.area_id == area.area_id
                   for item in parser.last_item.values())


def check_area_counts(parser: _Parser, counts: dict[int, tuple[int, int]]) -> None:
    """Report each area whose printed count of recommendations ("(2 recommendations)",
    ``counts``: area id -> (count, line)) differs from the recommendations read for it.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> from wlga_analysis.interpret.recommendations.lines import _Parser
    >>> parser = _Parser(Document(Path("d.md"), "recommendations", ("# T",), "0" * 64),
    ...                  frozenset())
    >>> check_area_counts(parser, {1: (2, 3)})
    >>> [(i.check, i.item) for i in parser.issues]
    [('area count', '1')]
    """
    read: dict[int, int] = {}
    for item in parser.items["recommendations"]:
        read[item.area_id] = read.get(item.area_id, 0) + 1
    for area_id, (count, ln) in counts.items():
        found = read.get(area_id, 0)
        if found != count:
            parser.issue("areas", "area count", area_id, ln,
                         f"Area {area_id} prints that it has {count} recommendation"
                         f"{'s' if count != 1 else ''}, but {found} were read for it")

