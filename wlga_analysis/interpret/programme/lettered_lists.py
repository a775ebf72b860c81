"""Programme interpreter: a programme update written as ONE nested numbered list, each
action a lettered item over a progress line that opens with its status.

An update written in Google Docs (or Word) as a multilevel list prints the priority at
the first level, each action at the second, lettered, and its progress at the third,
numbered in Roman figures, the status in bold at its start::

    1. **Diversity in democracy**
        a. Refresh the campaign website and materials
            i. **Complete** – the refreshed website was launched in November 2025.
        b. Support councils to publish action plans
            i. **On track** – 17 of the 22 councils have published their plans ...
            ii. A summary of the plans will be shared with group leaders.

A careful reader takes each first-level item as a numbered section and a priority (no
other line lists the priorities), each lettered item as an item whose text is its own
line only (without its letter), its status the bold word of its first progress line
(else that line's wording) and its timing that line's date; a further line ("ii.") is a
comment on the action: neither an item nor part of its text (kept in the paragraphs
table). :func:`lettered_sections` reads each section's actions as one table of columns
``Activity | Status | Timing | Update`` (``data/raw/programme_columns.csv``), as the
e-mail's status bullets are (:class:`~.status_bullets.FieldsTable`, its heading a
priority's).

The list is read so when every section (a numbered paragraph or heading) over lettered
items holds at least one, there are two sections or more, and every lettered item has a
progress line below it; the levels may be printed by their labels ("a.", "i." after a
bullet of the text form), as the markers of the list's items (plain text, "   a. ..."),
or by the list's levels (a Markdown export renumbering every level "1.", "2.", nested by
indentation).

Examples
--------
>>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
>>> blocks = [Paragraph(Inline("Homes"), "1"), ListItem(Inline("a. Build homes"), level=0),
...           ListItem(Inline.from_html("i. <b>Complete</b> – done in May 2025."), level=1),
...           Paragraph(Inline("Jobs"), "2"), ListItem(Inline("a. Train staff"), level=0),
...           ListItem(Inline("i. Not started – from June 2026."), level=1),
...           ListItem(Inline("ii. A note."), level=1)]
>>> out = lettered_sections(blocks)
>>> [type(b).__name__ for b in out]
['Paragraph', 'FieldsTable', 'Paragraph', 'FieldsTable']
>>> out[3].header_text, [c.text for c in out[3].rows[0]]  # doctest: +NORMALIZE_WHITESPACE
(['Activity', 'Status', 'Timing', 'Update'],
 ['Train staff', 'Not started – from June 2026.', 'Not started – from June 2026.',
  'A note.'])
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Cell, Heading, Inline, ListItem, Location, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["lettered_sections"]

#: A letter's or Roman figure's label printed at the start of an item's text ("a. ", "ii) ").
_LABEL = compile_regex(r"(?:[a-z]|[ivx]{1,4})[.)][ \t]+(?=\S)")
#: A progress line's bold status lead and the rest ("**On track** – 17 of the 22 ...").
_STATUS = compile_regex(r"\*\*(?P<status>[^*\n]{1,40}?)[ \t:]*\*\*[ \t]*+"
                        r"(?:[\u2013\u2014:-][ \t]*+)?(?P<rest>.*)")


def _section(block: Any) -> bool:
    """A numbered paragraph or heading ("1. Diversity in democracy")."""
    return block.__class__ in (Paragraph, Heading) and block.number is not None \
        and block.number.isdigit()


def _plain(text: str) -> str:
    m = _LABEL.match(text)
    return text[m.end():] if m else text


def _scan(blocks: list[Any]) -> list[tuple[int, list[tuple[int, list[int]]]]]:
    """(section index, [(action index, [progress indexes])]) in reading order; a section
    index of -1 for a paragraph standing after a section's list (it closes the list)."""
    out: list[tuple[int, list[tuple[int, list[int]]]]] = []
    top: int | None = None  # the level of the actions
    for k, b in enumerate(blocks):
        if _section(b):
            out.append((k, []))
        elif b.__class__ is ListItem and out:
            top = b.level if top is None else top
            actions = out[-1][1]
            if b.level == top:
                actions.append((k, []))
            elif b.level > top and actions:
                actions[-1][1].append(k)
        elif b.__class__ is not ListItem and out and out[-1][1]:
            out.append((-1, []))
    return out


def _groups(blocks: list[Any]) -> list[tuple[int, list[tuple[int, list[int]]]]] | None:
    """(section index, [(action index, [progress indexes])]) per section, or None when the
    blocks are not such a list."""
    out = _scan(blocks)
    groups = [(s, a) for s, a in out if s >= 0 and a]
    if len(groups) < 2 or any(s < 0 and a for s, a in out) \
            or not all(p for _, a in groups for _, p in a):
        return None
    return groups if _printed_levels(blocks, groups) else None


def _printed_levels(blocks: list[Any], groups: list[tuple[int, list[tuple[int, list[int]]]]]
                    ) -> bool:
    """Whether the actions are lettered and their progress lines numbered: by the labels
    printed in their text (the text form of a Word file, web page or PDF), or by being
    numbered items of the list (a Markdown export)."""
    actions = [blocks[i] for _, a in groups for i, _ in a]
    firsts = [blocks[p[0]] for _, a in groups for _, p in a]
    labelled = all(_LABEL.match(b.text.text) for b in (*actions, *firsts))
    numbered = all(b.kind != "bullet" for b in (*actions, *firsts))  # (1., a., i. markers)
    return labelled or numbered


def _cell(text: str, line: int | None) -> Cell:
    at = Location(line=line)
    return Cell((Paragraph(Inline(text), None, at),), at)


def _row(blocks: list[Any], action: int, progress: list[int]) -> tuple[Cell, ...]:
    line = blocks[action].location.line
    first = _plain(blocks[progress[0]].text.markdown().strip())
    m = _STATUS.match(first)
    status, rest = (m.group("status").strip(), m.group("rest").strip()) if m else ("", "")
    plain = _plain(blocks[progress[0]].text.text.strip())
    comments = " ".join(_plain(blocks[k].text.text.strip()) for k in progress[1:])
    return (_cell(_plain(blocks[action].text.markdown().strip()), line),
            _cell(status or plain, blocks[progress[0]].location.line),
            _cell(rest or plain, blocks[progress[0]].location.line),
            _cell(comments, blocks[progress[1]].location.line if comments else line))


def lettered_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of an update written as one nested numbered list (see the module), each
    section's actions one table of their fields; None for any other paper.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list or None
    """
    from wlga_analysis.interpret.programme.status_bullets import FieldsTable
    from wlga_analysis.reference import programme_columns

    if ListItem not in set(map(type, blocks)):
        return None
    groups = _groups(blocks)
    if groups is None:
        return None
    text_header = next((h for h, r in programme_columns().items() if r == "text"),
                       "activity").capitalize()
    taken: dict[int, Any] = {}
    skip: set[int] = set()
    for s, actions in groups:
        first = blocks[actions[0][0]].location
        header = tuple(_cell(h, first.line) for h in (text_header, "Status", "Timing",
                                                        "Update"))
        rows = tuple(_row(blocks, a, p) for a, p in actions)
        taken[actions[0][0]] = FieldsTable.of(Table(header, rows, first),
                                              blocks[s].location.line)
        skip.update(k for a, p in actions for k in (a, *p))
    return [taken.get(k, b) for k, b in enumerate(blocks) if k in taken or k not in skip]
