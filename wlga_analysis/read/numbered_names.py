"""A list of numbered names (a contents list) whose last entry a line after it does not continue.

A web page's contents list ("1. Well-being objective 1: Support councils to deliver
sustainable services", "2. ...") printed in the text form is a run of short numbered
paragraphs without closing punctuation. A capitalised line after a blank line under the
last of them (the page's title, "Programme for Government: ... delivery report") is no
end of a sentence a page break cut: the entry before the last is of the same shape and was
not continued either, so the missing full stop is the list's style. So with a bulleted list
of names or figures (a web page's "Key figures" strip: "- 22 councils supported", "- 46
candidates mentored") under which a heading-shaped line stands after a blank line
("Priority 1: Member development"): the heading is no part of the last bullet.

Examples
--------
>>> from types import SimpleNamespace as Open
>>> one = Open(kind="paragraph", number="1", raw="Objective 1: Roads", lines=[])
>>> two = Open(kind="paragraph", number="2", raw="Objective 2: Parks and open spaces", lines=[])
>>> ends_numbered_names([one, two], two, "Programme for Government: delivery report", True)
True
>>> ends_numbered_names([two], two, "Programme for Government: delivery report", True)
False
>>> a = Open(kind="item", number=None, raw="22 councils supported", lines=[], level=0)
>>> b = Open(kind="item", number=None, raw="46 candidates mentored", lines=[], level=0)
>>> ends_numbered_names([a, b], b, "Priority 1: Member development", True)
True
>>> ends_numbered_names([a, b], b, "March 2026 and the rest will follow.", True)
False
"""

from __future__ import annotations

from typing import Any

__all__ = ["ends_numbered_names"]

#: The most words of an entry of a list of names.
NAME_WORDS = 14


def _is_name(block: Any) -> bool:
    """Whether a block read so far is a name: short, not continued, no closing punctuation."""
    raw = block.raw.rstrip().rstrip("*").rstrip()
    return bool(raw) and not block.lines and raw[-1] not in ".;:!?" \
        and len(raw.split()) <= NAME_WORDS


def _entry(block: Any) -> int | None:
    """The number of a numbered paragraph that is a name, else None."""
    number = block.number or ""
    if block.kind != "paragraph" or not number.isdecimal() or not _is_name(block):
        return None
    return int(number)


def _bullets_of_names(last: Any, before: Any, line: str) -> bool:
    """Whether ``last`` and ``before`` are bullets of one list, both names, and ``line`` is
    heading-shaped (a heading after the list, not the end of a bullet a page break cut)."""
    from wlga_analysis.read.text_lines import has_heading_shape  # (this module's importer)

    return last.kind == before.kind == "item" and last.level == before.level \
        and _is_name(last) and _is_name(before) and has_heading_shape(line)


def ends_numbered_names(opened: list[Any], prev: Any, line: str, after_blank: bool) -> bool:
    """Whether ``line``, a capitalised line after a blank line, starts a new block after the
    last of a list of numbered names (``opened``: the blocks read so far, the last the one
    the line would continue; see the module).

    Parameters
    ----------
    opened : list
        The blocks read so far (each with ``kind``, ``number``, ``raw`` and ``lines``).
    prev : object
        The block the line would continue (the last of ``opened`` when it is a list's).
    line : str
        The line, stripped.
    after_blank : bool
        Whether a blank line stands just above it.

    Returns
    -------
    bool
    """
    if not after_blank or not line[:1].isupper() or len(opened) < 2 or opened[-1] is not prev:
        return False
    if _bullets_of_names(opened[-1], opened[-2], line):
        return True
    last, before = _entry(opened[-1]), _entry(opened[-2])
    return last is not None and before is not None and before == last - 1
