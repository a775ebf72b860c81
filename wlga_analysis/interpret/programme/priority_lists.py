"""Programme interpreter: the sentence that announces the paper's priorities.

A paper lists its priorities after a line that names them, in one of two ways:

- after a colon: "The programme has three priorities:" and bullets under it, or the list in
  the same sentence, "... two priorities this year: financial resilience and digital
  transformation." (the list ends with its sentence: what follows is another sentence);
- as a heading over the list ("Priorities for 2026-27", a slide's title, then bullets);
- after "are" (or "were", "will be", "remain"): "The priorities for 2024-25 are scrutiny,
  self-assessment and workforce planning." A sentence of this shape says many other
  things ("The priorities are being reviewed and updated."), so it is read as a list only
  when the names are as many as the sentence announces, or when there are three or more of
  them, separated by commas.

Examples
--------
>>> announced("The programme has two priorities: finance and digital. It is funded by WG.")
('The programme has two priorities', 'finance and digital.')
>>> announced("The priorities for 2024-25 are scrutiny, self-assessment and workforce planning.")
('The priorities for 2024-25', 'scrutiny, self-assessment and workforce planning.')
>>> announced("The priorities are being reviewed and updated.") is None
True

A sentence about one priority named by its number lists none:

>>> announced("The Priority 2 actions are also supported by £95,000, managed by the "
...           "digital team, and by the Fund.") is None
True
>>> announced("The programme's priorities for 2026-27 remain peer support, scrutiny and "
...           "the workforce.")[1]
'peer support, scrutiny and the workforce.'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from wlga_analysis.interpret.programme.common import (
    _NUMBER_WORDS,
    _PRIORITY_COUNT,
    _inline_list,
    _normalise,
)
from wlga_analysis.interpret.programme.group_column import group_priorities
from wlga_analysis.interpret.programme.sections import priority_word_at
from wlga_analysis.read.text_lines import has_heading_shape
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.sentences import split_sentences

__all__ = ["announced", "announced_count", "announcing_rows", "numbered_names",
           "row_announced", "table_priorities"]

#: The verb between the priorities and their list: "... priorities for 2024-25 are ..."
#: (or "were", in a year-end report; "remain", in a statement that carries them over).
_ARE = LazyPattern(r"\s(?:are|were|will\s+be|remain)\s+(?=\S)")


def announced_count(head: str) -> int | None:
    """The number of priorities the words before the list announce ("three priorities").

    Examples
    --------
    >>> announced_count("The programme has three priorities"), announced_count("Priorities")
    (3, None)
    """
    m = _PRIORITY_COUNT.search(head)
    if m is None:
        return None
    word = m.group(1).lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS[word]


def _after_colon(text: str, at: int) -> tuple[str, str] | None:
    colon = text.find(":", at)
    if colon < 0:
        return None
    inline = text[colon + 1:].strip()
    return text[:colon], split_sentences(inline)[0] if inline else inline


#: A priority named by its number ("the Priority 2 actions", "items in priority 1"): one
#: priority the sentence is about, not the announcement of their list.
_ONE_PRIORITY = LazyPattern(r"[A-Za-z]{3,20}[ \t]++\d{1,2}\b")


def _labelled_heading(text: str, at: int) -> bool:
    """Whether ``text`` is a labelled heading naming ONE priority by its number before a
    colon ("Well-being Objective 1: A prosperous and green county borough"): its name is
    one name, never a list of them ("A prosperous" and "green county borough").

    Examples
    --------
    >>> _labelled_heading("Well-being Objective 1: A prosperous and green borough", 11)
    True
    >>> _labelled_heading("Our objectives: homes and jobs", 4)
    False
    """
    colon = text.find(":", at)
    return colon > 0 and _ONE_PRIORITY.match(text, at) is not None \
        and not text[_ONE_PRIORITY.match(text, at).end():colon].strip()


def _after_are(text: str, at: int) -> tuple[str, str] | None:
    if _ONE_PRIORITY.match(text, at) is not None:
        return None  # ("The Priority 2 actions are also supported by £95,000, ...")
    m = _ARE.search(text, at)
    if m is None:
        return None
    head, inline = text[:m.start()], split_sentences(text[m.end():])[0]
    names = _inline_list(inline)
    count = announced_count(head)
    listed = len(names) == count if count is not None else (
        len(names) >= 3 and "," in inline)
    return (head, inline) if listed else None


def announced(text: str) -> tuple[str, str] | None:
    """(the words before the list, the list printed inline, "" when the list follows as
    bullets) of a line announcing the priorities (see the module); None for any other
    line."""
    if ":" not in text and " are " not in text and " were " not in text \
            and " will be " not in text and " remain " not in text:
        return _heading(text)  # (else it has a colon or a verb: a quick test)
    at = priority_word_at(text)  # "priorities", "objectives"
    if at < 0 or _labelled_heading(text, at):
        return None
    if ":" in text:
        found = _after_colon(text, at)
        if found is not None:
            return found
        label, _, rest = text.partition(":")  # "Section B: Objectives of the grant"
        if len(label.split()) <= 2 and (found := _heading(rest.strip())) is not None:
            return text, ""
    return _after_are(text, at)


def _heading(text: str) -> tuple[str, str] | None:
    """(the heading, "") of a heading that names the priorities in its first words, over
    their list ("Priorities for 2026-27", "Our priorities": a slide's title), else None.

    Examples
    --------
    >>> _heading("Priorities for 2026-27"), _heading("Workforce priorities")
    (('Priorities for 2026-27', ''), ('Workforce priorities', ''))
    >>> _heading("The priorities were agreed in May.") is None
    True
    >>> _heading("Priority 1 – Governance and scrutiny") is None
    True
    """
    if not has_heading_shape(text):  # (the cheaper test first: most lines are sentences)
        return None
    at = priority_word_at(text)
    if at < 0 or len(text[:at].split()) > 2 or _ONE_PRIORITY.match(text, at) is not None:
        return None  # ("Priority 1 – Scrutiny" is one of them, over no list of them)
    from wlga_analysis.interpret.programme.sources import is_progress_heading

    # ("Progress against themes" heads the progress made, not the priorities' list)
    return None if is_progress_heading(_normalise(text)) else (text, "")


def table_priorities(rows: list[Any], i: int) -> list[tuple[str, int]]:
    """The priorities a table lists right after the line announcing them (``rows[i]``):
    the first cells of its rows, when its first column is headed by a priority word
    ("| Priority | Senior responsible officer |"); [] for any other table or none.

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> rows = [R(kind="paragraph", text="The plan has two priorities:"),
    ...         R(kind="table row", cells={"Priority": "Digital", "Lead": "CDO"}, source_line=5),
    ...         R(kind="table row", cells={"Priority": "Workforce", "Lead": "HR"}, source_line=6)]
    >>> table_priorities(rows, 0)
    [('Digital', 5), ('Workforce', 6)]
    """
    if rows[i].kind == "table header":  # (a table whose group column names them)
        from wlga_analysis.interpret.programme.dashboard_tables import dashboard_priorities

        return group_priorities(rows, i) or dashboard_priorities(rows, i)
    found: list[tuple[str, int]] = []
    for row in rows[i + 1:]:
        cells = getattr(row, "cells", None)
        if row.kind == "table header" and not found:
            continue
        if row.kind != "table row" or not cells:
            break
        header, first = next(iter(cells.items()))
        if priority_word_at(header) < 0 and "priorit" not in header.casefold():
            break
        name = " ".join((first or "").split()).strip(" .;:")
        if name:
            found.append((name, row.source_line))
    return found or numbered_names(rows, i)


#: The most words of a priority's name printed as a numbered paragraph.
_NAME_WORDS = 12


def numbered_names(rows: list[Any], i: int) -> list[tuple[str, int]]:
    """The priorities a numbered list names right after the line announcing them
    (``rows[i]``, before the paper's numbered paragraphs: "Our well-being objectives are:"
    over "1. A thriving local economy", "2. Homes and communities"): the numbered rows
    1, 2, ... that follow it with nothing between them, each a short name (no full stop);
    [] unless there are two or more.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("text", None, None, None, "Our objectives are:", 3),
    ...         _Row("paragraph", 1, None, None, "Homes", 4, number="1"),
    ...         _Row("paragraph", 2, None, None, "Jobs", 5, number="2"),
    ...         _Row("text", 2, None, None, "Delivered 5", 6)]
    >>> numbered_names(rows, 0)
    [('Homes', 4), ('Jobs', 5)]
    >>> numbered_names(rows[:2], 0)
    []
    """
    if rows[i].paragraph is not None or not rows[i].text.rstrip().endswith(":"):
        return []
    found: list[tuple[str, int]] = []
    for row in rows[i + 1:]:
        text = row.text.strip()
        if row.kind != "paragraph" or row.number != str(len(found) + 1) or not text \
                or text[-1] in ".;:" or len(text.split()) > _NAME_WORDS:
            break
        found.append((text, row.source_line))
    return found if len(found) >= 2 else []


def row_announced(row: Any) -> tuple[str, str] | None:
    """:func:`announced` of a row's text; for a table's header row whose first column names
    the priorities ("Well-being objective | No. | Commitment"), (its text, ""): the
    table's groups may list them (:func:`table_priorities`).

    Examples
    --------
    >>> from types import SimpleNamespace as R
    >>> row_announced(R(kind="table header", text="Well-being objective | No. | Commitment"))
    ('Well-being objective | No. | Commitment', '')
    >>> row_announced(R(kind="table header", text="Action | Priority | Status")) is None
    True
    """
    if row.kind != "table header":
        return announced(row.text)
    first = row.text.partition(" | ")[0]
    at = priority_word_at(first)
    return (row.text, "") if at >= 0 and len(first[:at].split()) <= 2 else None


def announcing_rows(rows: list[Any]) -> Iterator[tuple[int, Any, tuple[str, str]]]:
    """``(i, rows[i], row_announced(rows[i]))`` of each row that announces the priorities,
    in order. What a row announces depends on its kind and text alone: each distinct text
    is read once (a paper that prints one heading many times reads it once).

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("paragraph", 3, None, None, "Programme Set Up", 5),
    ...         _Row("text", 3, None, None, "Our priorities:", 7),
    ...         _Row("paragraph", 4, None, None, "Programme Set Up", 9)]
    >>> [(i, found) for i, _, found in announcing_rows(rows)]
    [(1, ('Our priorities', ''))]
    """
    seen: dict[str, tuple[str, str] | None] = {}
    heads: dict[str, tuple[str, str] | None] = {}  # (a table header's text read once too)
    for i, row in enumerate(rows):
        if row.kind == "table header":
            if (found := heads.get(text := row.text, _UNREAD)) is _UNREAD:
                found = heads[text] = row_announced(row)
        elif (found := seen.get(text := row.text, _UNREAD)) is _UNREAD:
            found = seen[text] = announced(text)
        if found is not None:
            yield i, row, found


_UNREAD: Any = object()  # (a text not read yet)


#: The most words of a line that leads into an announced list ("From the award letter:").
_LEAD_IN_WORDS = 6


def lead_in_rows(rows: list[Any], i: int) -> int:
    """How many rows after ``rows[i]`` (a heading announcing the priorities) lead into
    their list rather than start it: 1 for a short line of text ending with a colon with a
    bullet after it ("Section B: Objectives of the grant" / "From the award letter:" /
    "- a. Strengthen ..."), else 0.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("text", 2, None, None, "Objectives of the grant", 5),
    ...         _Row("text", 2, None, None, "From the award letter:", 7),
    ...         _Row("bullet", 2, None, None, "Strengthen leadership", 9)]
    >>> lead_in_rows(rows, 0), lead_in_rows(rows[:2], 0), lead_in_rows(rows, 1)
    (1, 0, 0)
    """
    if i + 2 >= len(rows):
        return 0
    lead, first = rows[i + 1], rows[i + 2]
    text = lead.text.strip()
    return int(lead.kind == "text" and first.kind == "bullet" and text.endswith(":")
               and len(text.split()) <= _LEAD_IN_WORDS and lead.paragraph == rows[i].paragraph)
