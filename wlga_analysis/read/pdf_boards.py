"""A task board printed to PDF: columns of boxed cards read as the board's table.

A planning tool's board (Microsoft Planner, Trello) printed on a landscape page is columns
side by side, each headed by its bucket's (list's) name, each card a box whose lines print
the task's fields::

    Buildings and energy (4)        Fleet and transport (3)      ...
    +---------------------------+   +---------------------------+
    | Net Zero 2030             |   | Reporting                 |   <- labels
    | **Publish the school ...**|   | **Map EV charge points**  |   <- the task (bold)
    | Completed                 |   | In progress · Important   |   <- progress · priority
    | Due 30/06/2025 · 5/5      |   | Late · Due 12/09/2025     |   <- late, due, checklist
    | CM                        |   | NT, HJ                    |   <- assignees' initials
    +---------------------------+   +---------------------------+

Read line by line, the cards would be read box after box with the key between them. The
rule (:func:`board_cards`, given a page's boxes): four boxes or more standing in two
columns or more (their left edges within :data:`EDGE` points), each column headed by words
just above its first box, and half of the boxes or more printing a progress word (a status
of ``status_tags.csv`` opening a line: "Completed", "In progress", "Not started") or a
"Due" date, are a **board**: read as one table ``Task Name | Bucket Name | Progress |
Priority | Late | Due Date | Checklist | Assigned To | Labels``, a row per card, down each
column from the left (:mod:`wlga_analysis.interpret.programme.task_board` reads it as the
tool's export), with the fields no card prints left out. A card's lines: the bold lines
are the task; the lines before them its labels; a line opening with a progress word its
progress (and priority after a " · "); a line with "Due" its due date, "Late" flag and
checklist; a last line of initials its assignees. The column headings' counts ("(4)") are
dropped.

Examples
--------
>>> card_fields(["Reporting · Net Zero 2030", "**Publish the dashboard**", "In progress · "
...              "Important", "**Late** · Due 15/12/2025 · Checklist 3/5", "NT, DR"])
... # doctest: +NORMALIZE_WHITESPACE
{'Task Name': 'Publish the dashboard', 'Progress': 'In progress', 'Priority': 'Important',
 'Late': 'true', 'Due Date': '15/12/2025', 'Checklist': '3/5', 'Assigned To': 'NT;DR',
 'Labels': 'Reporting;Net Zero 2030'}
"""

from __future__ import annotations

import re
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["EDGE", "board_cards", "card_fields"]

#: How far (points) the left edges of one column's boxes may be apart.
EDGE = 6.0
#: The fewest boxes of a board.
_MIN_CARDS = 4
#: The header of the board's table.
HEADER = ("Task Name", "Bucket Name", "Progress", "Priority", "Late", "Due Date", "Checklist",
          "Assigned To", "Labels")
_DUE = compile_regex(r"\bDue\s+(\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)")
_CHECKLIST = compile_regex(r"(?:Checklist\s+|\u2611\s*)(\d+/\d+)")
_INITIALS = compile_regex(r"^[A-Z]{1,4}(?:\s*,\s*[A-Z]{1,4})*$")
_COUNT = compile_regex(r"\s*\(\d+\)\s*$")
_PARTS = compile_regex(r"\s+\u00b7\s+")


def _plain(text: str) -> str:
    return text.replace("**", "").strip()


def _progress(line: str) -> tuple[str, str] | None:
    """(progress, priority) of a card's line opening with a status word, else None."""
    from wlga_analysis.reference import load_status_tags

    parts = _PARTS.split(_plain(line))
    if " ".join(parts[0].casefold().split()) not in load_status_tags():
        return None
    return parts[0], " \u00b7 ".join(parts[1:])


def card_fields(lines: list[str]) -> dict[str, str]:
    """The fields of a card printed as ``lines`` (Markdown: the task in bold), by the
    board's header names (see the module)."""
    bold = {k for k, t in enumerate(lines) if t.startswith("**") and t.endswith("**")}
    first = min(bold) if bold else 0
    last = first
    while last + 1 in bold:  # (the task's name, wrapped over bold lines)
        last += 1
    out: dict[str, str] = {"Task Name": " ".join(_plain(t) for t in lines[first:last + 1])}
    for line in lines[last + 1:]:
        _line_fields(line, out)
    labels = [p for k in range(first) for p in _PARTS.split(_plain(lines[k])) if p]
    out["Labels"] = ";".join(labels)
    return {k: v for k, v in out.items() if v or k == "Late"}


def _line_fields(line: str, out: dict[str, str]) -> None:
    """Add the fields a card's line after its task prints to ``out``."""
    if "Progress" not in out and (found := _progress(line)) is not None:
        out["Progress"], out["Priority"] = found
    elif (due := _DUE.search(line)) is not None:
        out["Late"] = "true" if re.search(r"\b(?:Late|Overdue)\b", line) else ""
        out["Due Date"] = due.group(1)
        checklist = _CHECKLIST.search(line)
        out["Checklist"] = checklist.group(1) if checklist else ""
    elif _INITIALS.match(_plain(line)):
        out["Assigned To"] = ";".join(p.strip() for p in _plain(line).split(","))
    else:
        out["Details"] = " ".join(filter(None, (out.get("Details"), _plain(line))))


def _columns(panels: list[tuple[tuple[float, float, float, float], list[Any]]]
             ) -> list[list[int]]:
    """The panels' indexes by column (left edges within :data:`EDGE`), left to right,
    each top to bottom."""
    order = sorted(range(len(panels)), key=lambda i: panels[i][0][0])
    columns: list[list[int]] = []
    for i in order:
        if columns and panels[i][0][0] - panels[columns[-1][0]][0][0] <= EDGE:
            columns[-1].append(i)
        else:
            columns.append([i])
    return [sorted(c, key=lambda i: panels[i][0][1]) for c in columns]


def _headings(columns: list[list[int]], panels: list[Any], words: list[dict]
              ) -> tuple[list[str], float] | None:
    """Each column's heading (the words just above its first box, in its width) and the
    top of the headings' band; None when a column has none."""
    out: list[str] = []
    band = min(panels[c[0]][0][1] for c in columns)
    tops: list[float] = []
    for column in columns:
        x0, top, x1, _ = panels[column[0]][0]
        above = [w for w in words if x0 - EDGE <= w["x0"] < x1 and top - 24 <= w["top"]
                 and w["bottom"] <= top + 1]
        if not above:
            return None
        line = max(w["top"] for w in above)
        heading = " ".join(w["text"].strip() for w in sorted(above, key=lambda w: w["x0"])
                           if abs(w["top"] - line) < 2)
        out.append(_COUNT.sub("", heading))
        tops.append(line)
        band = min(band, line)
    return out, band


def _is_cards(panels: list[Any]) -> bool:
    """Whether the boxes are cards: lines of text only (a box read as a table of labels is
    none), half of them or more printing a progress word or a due date."""
    if not all(hasattr(ln, "text") for _, lines in panels for ln in lines):
        return False
    texts = [[ln.text.markdown() for ln in lines] for _, lines in panels]
    carded = sum(1 for lines in texts if any(_progress(t) or _DUE.search(t) for t in lines))
    return 2 * carded >= len(texts)


def board_cards(items: list[Any], panels: list[Any], words: list[dict], page: int
                ) -> list[Any]:
    """Read the boxes of a page that make a task board as one table placed in ``items``
    (the page's lines and tables, in reading order; changed in place); return the boxes
    that are no board's, to be placed as before.

    Parameters
    ----------
    items : list
        The page's items (``read.pdf._Line`` and ``_TablePart``), in reading order.
    panels : list of (bbox, lines)
        The page's boxes (one-cell tables) and their lines.
    words : list of dict
        The page's words (``text``, ``x0``, ``top``, ``bottom``).
    page : int
        The page's number.
    """
    columns = _columns(panels)
    if len(columns) < 2 or not _is_cards(panels):
        return panels
    found = _headings(columns, panels, words)
    if found is None:
        return panels
    headings, band = found
    rows, bottom = _board_rows(columns, headings, panels, band, page)
    top = min(panels[c[0]][0][1] for c in columns)
    from wlga_analysis.read.pdf import _TablePart

    kept = [it for it in items if not (hasattr(it, "text") and band - 1 <= it.top < top)]
    at = next((k for k, it in enumerate(kept) if it.top >= top), len(kept))
    kept.insert(at, _TablePart(rows, tuple(range(len(rows[0]))), band, bottom, page))
    items[:] = kept
    used = {i for c in columns for i in c}
    return [p for i, p in enumerate(panels) if i not in used]


def _board_rows(columns: list[list[int]], headings: list[str], panels: list[Any],
                band: float, page: int) -> tuple[list[list[list[Any]]], float]:
    """The board's table rows (each cell a list of one line, or none) and its bottom."""
    from wlga_analysis.read.model import Inline
    from wlga_analysis.read.pdf import _Line

    size = max((ln.size for _, lines in panels for ln in lines), default=8.0)

    def cell(text: str, at: float) -> list[Any]:
        return [_Line(Inline(text), at, at + size, 0.0, size, page, 1.0)] if text else []

    cards: list[tuple[float, dict[str, str]]] = []
    for bucket, column in zip(headings, columns, strict=True):
        for i in column:
            bbox, lines = panels[i]
            fields = card_fields([ln.text.markdown() for ln in lines])
            fields["Bucket Name"] = bucket
            cards.append((bbox[1], fields))
    header = [h for h in HEADER if any(f.get(h) for _, f in cards)]  # (the fields printed)
    rows = [[cell(h, band) for h in header]]
    rows += [[cell(f.get(h, ""), top) for h in header] for top, f in cards]
    return rows, max(panels[i][0][3] for c in columns for i in c)
