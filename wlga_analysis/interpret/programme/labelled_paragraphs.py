"""Programme interpreter: labelled priority headings over PARAGRAPHS of actions.

Some updates head their priorities by a label ("Priority 1: Leadership", "Objective 2:
Data", "Theme 3 – Workforce", the words of list ``section label`` of
``data/raw/programme_words.csv``) and print each action under it not as a bullet but as a
paragraph of its own, marked in one of two ways:

- numbered by its priority ("1.1 The induction programme was delivered in June 2025.",
  "1.2 ..."): a later update of a series that lists every action again, after a list of
  the changes since the last update;
- opened by a lead ("**Digital:** The new council app went live ..." or, in an e-mail's
  plain-text part, "Digital: The new council app ..."): a council's e-mail newsletter.

A careful reader takes each labelled heading as the numbered section heading it stands for
(its name one of the paper's priorities when the paper lists none, as
:mod:`.labelled_priorities` does for a heading over bullets) and each such paragraph under
it as one of its items. The run of items under a heading ends at the first block that is
no such paragraph (a "Read more" button, a photo's caption, the next heading, "Funding
news"): what follows is no item, and stays in the paragraphs table as text. Lists before
the first labelled heading (a list of changes since the last update, whose bullets repeat
actions in other words) stand under the paper's framing paragraphs, not under a priority:
they are no second set of items.

The rule accepts a paper only when it has two or more labelled headings numbered 1, 2, ...
in order, each directly over at least one such paragraph; a labelled heading over bullets
alone is :mod:`.labelled_priorities`'s.

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("To update Members."), "1"),
...           Heading(Inline("Priority 1: Housing"), 3),
...           Paragraph(Inline("1.1 A fund for tenants was launched.")),
...           Heading(Inline("Priority 2: Data"), 3),
...           Paragraph(Inline("2.1 The data hub went live in May.")),
...           Paragraph(Inline("Read more"))]
>>> [(type(b).__name__, b.number, b.text.text) for b in labelled_paragraph_sections(blocks)]
... # doctest: +NORMALIZE_WHITESPACE
[('Paragraph', '1', 'To update Members.'), ('PriorityHeading', '1', 'Housing'),
 ('ListItem', '1.1', 'A fund for tenants was launched.'), ('PriorityHeading', '2', 'Data'),
 ('ListItem', '2.1', 'The data hub went live in May.'), ('Paragraph', None, 'Read more')]
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.labelled_priorities import _labelled
from wlga_analysis.interpret.programme.section_priorities import priority_heading
from wlga_analysis.read.model import ListItem, Paragraph
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["item_paragraph", "labelled_paragraph_sections"]

#: An action's number under its priority ("1.1 ", "2.3. ") before a capital or a digit.
_SUB_NUMBER = LazyPattern(r"(\d{1,2})\.(\d{1,2})\.?\s(?=[A-Z0-9\"'‘“(])")
#: A plain lead ("Contact centre: ..."): up to six words, the first capitalised, then a
#: colon and a capitalised sentence.
_LEAD = LazyPattern(r"[A-Z][\w'’&-]*(?: [\w'’&-]+){0,5}: (?=[A-Z0-9])")
#: The fewest words an action's paragraph has (a button's "Read more" has two).
MIN_WORDS = 6


def _is_sentence(text: str) -> bool:
    """Prose: it ends a sentence (or an italic note after one, "*(no change)*") and has
    more than a heading's few words."""
    return text.rstrip().rstrip("*_").endswith((".", "!", "?", ")")) \
        and len(text.split()) >= MIN_WORDS


def item_paragraph(block: Any, number: str) -> ListItem | None:
    """The item a block under the labelled heading numbered ``number`` stands for: a list
    item as it is; an un-numbered paragraph of prose numbered by the priority ("1.2 ...")
    as the item numbered so, or opening with a lead (bold, or "Words: " in plain text) as
    a bullet; None for anything else.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Paragraph
    >>> item_paragraph(Paragraph(Inline("1.2 The review is under way in two councils.")),
    ...                "1").number
    '1.2'
    >>> item_paragraph(Paragraph(Inline("Energy: Solar panels have been fitted.")), "2").text.text
    'Energy: Solar panels have been fitted.'
    >>> [item_paragraph(Paragraph(Inline(t)), "1") for t in (
    ...     "Read more", "2.1 The review is under way in two councils.",
    ...     "Thank you to everyone who came to the sessions.")]
    [None, None, None]
    """
    if block.__class__ is ListItem:
        return block
    if block.__class__ is not Paragraph or block.number is not None:
        return None
    text = block.text.text
    if not _is_sentence(text):
        return None
    m = _SUB_NUMBER.match(text)
    if m is not None:
        if m.group(1) != number:
            return None
        value = f"{m.group(1)}.{m.group(2)}"
        return ListItem(block.text.slice(m.end(), len(text)).strip(), value, "number", value,
                        0, block.location)
    spans = block.text.bold
    bold = bool(spans) and spans[0][0] == 0 and ":" in text[:spans[0][1] + 1]
    if bold or _LEAD.match(text) is not None:
        return ListItem(block.text, "-", "bullet", None, 0, block.location)
    return None


def _items_under(blocks: list[Any], i: int, number: str) -> list[tuple[int, ListItem]]:
    """The items of the run directly under the labelled heading at ``i``."""
    out = []
    for k in range(i + 1, len(blocks)):
        item = item_paragraph(blocks[k], number)
        if item is None:
            break
        out.append((k, item))
    return out


def labelled_paragraph_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks with each labelled priority heading read as a numbered section heading
    and the paragraphs of actions under it as its items (see the module); None when the
    paper has fewer than two labelled headings in order, or one with no such paragraph
    directly under it, or no paragraph item at all (a paper of lists).

    Examples
    --------
    >>> from wlga_analysis.read.model import Heading, Inline, ListItem
    >>> labelled_paragraph_sections([Heading(Inline("Priority 1: Housing"), 3),
    ...                              ListItem(Inline("Done."))]) is None
    True
    """
    found = _labelled(blocks)
    if len(found) < 2 or [int(n) for _, n, _ in found] != list(range(1, len(found) + 1)):
        return None
    runs = [_items_under(blocks, i, n) for i, n, _ in found]
    if not all(runs) or all(blocks[k].__class__ is ListItem for run in runs for k, _ in run):
        return None
    from wlga_analysis.interpret.programme import text_boxes  # (a paper of this layout only)

    stops = {i for i, _, _ in found}  # (a text box between items: .text_boxes)
    runs = [text_boxes.continued_run(blocks, n, run, item_paragraph, stops)
            for (_, n, _), run in zip(found, runs, strict=True)]
    out = text_boxes.attributions_as_text(list(blocks))
    for (i, number, start), run in zip(found, runs, strict=True):
        block = blocks[i]
        out[i] = priority_heading(block, block.text.slice(start, len(block.text.text)), number)
        for k, item in run:
            out[k] = item
    return out
