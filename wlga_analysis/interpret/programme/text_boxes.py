"""Programme interpreter: a Word file's text boxes among the items of a labelled priority.

A designed Word update floats text boxes beside its items: an "At a glance" sidebar
("£800,000 / grant from the Welsh Government", "14 actions, / 10 on track") and a pull
quote from a council leader with its attribution ("– Cllr ..., Leader of a participating
council"). Where the box lands in the reading order depends on the form: the Word file
and the web page give it where it is anchored, the PDF beside the lines it stands next to,
often between two items of one priority. A careful reader reads neither as an item, and
the box does not end the priority it stands in: the items after it, numbered on by the
priority ("2.3" after "2.2" under "Priority 2: ..."), are still that priority's.

:func:`continued_run` continues the run of a labelled priority's items (paragraphs
"N.M" under "Priority N: ...", :mod:`.labelled_paragraphs`) past such a box, when the
item after it is numbered on by the priority: the box's lines are a part of the section
(:class:`~.themes.ThemeText`: kept in the paragraphs table, no item).
:func:`attributions_as_text` reads a dash-marked list item right after a quotation (a
paragraph opening with a quotation mark) as the quote's attribution, text too.

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("\u201cThe peer challenge helped.\u201d")),
...           ListItem(Inline("Cllr A. Jones, Leader of a council"), "\u2013")]
>>> type(attributions_as_text(blocks)[1]).__name__
'ThemeText'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.read.model import ListItem, Paragraph

__all__ = ["MAX_BOX", "attributions_as_text", "continued_run"]

#: The most blocks a box between two items of a priority holds (a sidebar of figures).
MAX_BOX = 16
#: The quotation marks a pull quote opens with.
_QUOTES = ("\u201c", '"', "\u2018")
#: The dashes that mark a quote's attribution line.
_DASHES = frozenset({"\u2013", "\u2014", "-"})


def _as_text(block: Any) -> ThemeText:
    return ThemeText(block.text, None, block.location)


def _number_of(item: Any) -> tuple[str, int] | None:
    """(N, M) of an item numbered "N.M"."""
    number = getattr(item, "number", None)
    if not number or number.count(".") != 1:
        return None
    head, _, tail = number.partition(".")
    return (head, int(tail)) if head.isdigit() and tail.isdigit() else None


def continued_run(blocks: list[Any], number: str, run: list[tuple[int, Any]],
                  item: Callable[[Any, str], Any], stops: set[int]) -> list[tuple[int, Any]]:
    """The run of items ``run`` ((index, item) each) under the labelled heading numbered
    ``number``, continued past a box: when the blocks after its last item are followed,
    within :data:`MAX_BOX` blocks and before any index of ``stops`` (the labelled
    headings), by an item numbered on by the priority ("2.3" after "2.2"), the blocks
    between are the box (made :class:`~.themes.ThemeText` items of the run give no item)
    and the items from there on join the run. ``item(block, number)`` is the item a block
    stands for, or None.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
    >>> def item(block, number):
    ...     return block if block.__class__ is ListItem else None
    >>> blocks = [Paragraph(Inline("Priority 2: Data")),
    ...           ListItem(Inline("A."), "2.1", "number", "2.1"),
    ...           Paragraph(Inline("At a glance")), Paragraph(Inline("\u00a3800,000")),
    ...           ListItem(Inline("B."), "2.2", "number", "2.2")]
    >>> [(k, type(b).__name__) for k, b in continued_run(blocks, "2", [(1, blocks[1])],
    ...                                                 item, {0})]
    [(1, 'ListItem'), (2, 'ThemeText'), (3, 'ThemeText'), (4, 'ListItem')]
    """
    out = list(run)
    while out:
        last = _number_of(out[-1][1])
        k = out[-1][0] + 1
        if last is None or last[0] != number:
            return out
        for j in range(k, min(k + MAX_BOX + 1, len(blocks))):
            if j in stops:
                return out
            found = item(blocks[j], number)
            if found is not None and _number_of(found) == (number, last[1] + 1):
                break
        else:
            return out
        out.extend((g, _as_text(blocks[g])) for g in range(k, j))
        while j < len(blocks) and j not in stops and (found := item(blocks[j], number)):
            out.append((j, found))
            j += 1
    return out


def attributions_as_text(blocks: list[Any]) -> list[Any]:
    """The blocks with each quote's attribution read as text: a dash-marked list item
    with no number right after a paragraph opening with a quotation mark ("“The peer
    challenge ...”" then "– Cllr ..., Leader of a participating council").

    Parameters
    ----------
    blocks : list
        The blocks of the document model (after a section rule).

    Returns
    -------
    list
        The blocks, each attribution a :class:`~.themes.ThemeText` (the list itself when
        there is none).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
    >>> blocks = [Paragraph(Inline("\u201cIt helped.\u201d")),
    ...           ListItem(Inline("Cllr A. Jones, Leader"), "\u2013", "bullet", None, 1)]
    >>> [type(b).__name__ for b in attributions_as_text(blocks)]
    ['Paragraph', 'ThemeText']
    """
    out = blocks
    for k in range(1, len(blocks)):
        block, before = blocks[k], blocks[k - 1]
        if block.__class__ is ListItem and block.number is None and block.marker in _DASHES \
                and isinstance(before, Paragraph) and before.text.text.startswith(_QUOTES):
            out = list(out) if out is blocks else out
            out[k] = _as_text(block)  # (the quote's attribution: no item)
    return out
