"""Programme interpreter: lists of indicators under a heading that names measures.

A Results Based Accountability report card prints, under each outcome, its "Population
indicators" as bullets, each a figure the council contributes to ("Employment rate of
people aged 16-64: 71.9% (2024)"), beside its tables of performance measures ("How much
did we do? | 2023-24 | 2024-25 | Target"). Neither is progress: the bullets of a list
whose heading names measures (the whole heading a word of list ``measure column`` of
``data/raw/programme_words.csv``: "Population indicators", "Key performance indicators")
are read as lines of kind ``measure`` (kept in the paragraphs table, no items), as the
rows of a table of measures are (:mod:`.measures`). Printed a card to a page pair, a card's
heading is printed again over its second page ("Outcome 1: ... (continued)"): the same
section, continued (:func:`continued_labels`), its line kept as text.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem
>>> blocks = [Heading(Inline("Population indicators"), 2),
...           ListItem(Inline("Employment rate: 71.9% (2024)")),
...           Heading(Inline("What we will do next"), 2), ListItem(Inline("Open a hub."))]
>>> sorted(measure_list_items(blocks))
[1]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Heading, ListItem, Paragraph

__all__ = ["continued_labels", "measure_list_items", "measured_sections"]

#: The longest heading read as naming measures.
_HEADING_MAX = 60


def measure_list_items(blocks: list[Any]) -> set[int]:
    """The places in ``blocks`` of the list items under a heading that names measures
    (up to the next heading or un-numbered line of text).

    Parameters
    ----------
    blocks : list
        Blocks of the document model.

    Returns
    -------
    set of int
        Indices of the list items that are measures, not items.
    """
    from wlga_analysis.interpret.programme.measures import names_measures

    out: set[int] = set()
    under = False
    for i, block in enumerate(blocks):
        cls = block.__class__
        if cls is ListItem:
            if under:
                out.add(i)
        elif cls is Heading or (cls is Paragraph and block.number is None):
            text = block.text.text.strip(" :")
            under = 0 < len(text) <= _HEADING_MAX and names_measures(text)
    return out


def measured_sections(places: list[int], ends: list[int], measured: set[int]) -> set[int]:
    """The places of the labelled headings whose section prints a list of measures: its
    items are then its table's rows, and the heading heads them (its bullets no items).

    Examples
    --------
    >>> sorted(measured_sections([0, 5], [5, 9], {2, 3}))
    [0]
    """
    if not measured:  # (most papers)
        return set()
    return {start for start, end in zip(places, ends, strict=True)
            if any(start < i < end for i in measured)}


def continued_labels(blocks: list[Any], labels: dict[int, tuple[str, int]]
                     ) -> tuple[dict[int, tuple[str, int]], set[int]]:
    """The labelled headings less those that print the one before them again (the same
    number, the same name, perhaps "(continued)" after it: a card's second page), and
    the places of those repeats.

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline
    >>> blocks = [Heading(Inline(t), 1) for t in ("Outcome 1: Homes", "Outcome 1: Homes "
    ...           "(continued)", "Outcome 2: Jobs")]
    >>> continued_labels(blocks, {0: ("1", 11), 1: ("1", 11), 2: ("2", 11)})
    ({0: ('1', 11), 2: ('2', 11)}, {1})
    """
    kept: dict[int, tuple[str, int]] = {}
    repeats: set[int] = set()
    last = None
    for i in sorted(labels):
        number, start = labels[i]
        name = block_name(blocks[i], start)
        if last is not None and number == last[0] and name.startswith(last[1]) and last[1]:
            repeats.add(i)
            continue
        kept[i] = labels[i]
        last = (number, name)
    return kept, repeats


def block_name(block: Any, start: int) -> str:
    """A labelled heading's name after its label, folded."""
    return " ".join(block.text.text[start:].casefold().split())
