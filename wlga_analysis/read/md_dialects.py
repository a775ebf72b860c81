"""Markdown as note and wiki tools write it: Obsidian, Notion, GitHub wikis.

A Markdown page exported from a note or wiki tool carries marks of the tool's own dialect
that a browser (or the tool) shows as something else; the text reader reads the page as a
browser shows it, so :func:`dialect_lines` rewrites those marks first. Each mark is a rule
of :data:`DIALECT_RULES` (a name, the cheap test on the file's bytes, and the function
that rewrites one line). Only a file named as Markdown (``.md``: what the tools write) is
scanned; a file none of whose tests hold comes back unchanged, and a rule is tried only
on the lines of a file its test allows (no per-line scan of a file without the mark).

- **heading anchors** ``### Buildings {#buildings}`` (Obsidian, pandoc, wikis): the
  anchor is the heading's id, not its text;
- **task-list items** ``- [x] Done`` / ``- [ ] Not done``: a list item whose box is a
  status. In a programme a ticked box is read as the tick it shows ("✓", the status
  symbol ``data/raw/status_symbols.csv`` reads as done; a document's own key still
  wins); an empty box says only "not done", no status of its own: it is left out and the
  item's wording decides. In a recommendations paper (activities "underway or
  achieved", whose status the wording says) both boxes are left out. The boxes are
  counted in a finding (:func:`task_box_note`), never lost silently;
- **TAB-indented list items** ``\\t- An item`` under ``6. **Scrutiny**``: Markdown reads
  a TAB as four columns of indent, so the item is nested in the numbered paragraph (a
  line with a second TAB is a table's row, left as it is);
- **whole-line emphasis** ``*Lead: Welsh Government*``: the line's text in italics;
- **callouts** ``> [!NOTE]`` / ``> [!IMPORTANT] Title`` (GitHub, Obsidian): the callout's
  type line is a label the page shows as a coloured title ("Note", "Important"), printed
  as that word; the quoted lines under it are the callout's text (their "> " left out).

``<details>``/``<summary>`` toggles are unwrapped by
:func:`wlga_analysis.documents.disclosure_lines`, emoji statuses (✅ 🔄 🔴 ⏳) are read by the
programme interpreter through the document's key.

Examples
--------
>>> lines = ("## Progress {#progress}", "6. **Scrutiny**", "", "\\t- [x] **Chairs:** done.",
...          "\\t- [ ] **Toolkit:** on track.", "*Lead: Welsh Government*",
...          "> [!NOTE]", "> Owners: WG = Welsh Government.")
>>> data = "\\n".join(lines).encode()
>>> for line in dialect_lines(lines, data, "programme"):
...     print(repr(line))
'## Progress'
'6. **Scrutiny**'
''
'    - ✓ **Chairs:** done.'
'    - **Toolkit:** on track.'
'Lead: Welsh Government'
'Note'
'Owners: WG = Welsh Government.'
>>> dialect_lines(("# Plain", "- a"), b"# Plain\\n- a", "programme")
('# Plain', '- a')
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["DIALECT_RULES", "MARKDOWN_SUFFIXES", "dialect_lines", "markdown_dialects",
           "task_box_note"]

#: A heading's anchor at its end, from its "{": "{#buildings}", "{#id .class}" (pandoc
#: attributes); white space before it parts it from the heading's text.
_ANCHOR = LazyPattern(r"\{#[\w:.\-]++(?:[ \t]++[^{}]*+)?\}[ \t]*+")
#: A task-list item: its indent and marker (group ``lead``), its box (``box``).
_TASK = LazyPattern(r"(?P<lead>[ \t]*+(?:[-*+]|\d{1,3}[.)])[ \t]++)\[(?P<box>[ xX])\][ \t]++")
#: A bulleted list item indented by TABs (and no other TAB: a row of a table has one; a
#: number after TABs is left to the plain-text readers: Word's exports print them so).
_TAB_ITEM = LazyPattern(r"(?P<tabs>\t++)(?P<item>[-*+][ ][^\t]*)")
#: A line in emphasis from end to end ("*Lead: WLGA*", "_Remit_"), not bold ("**").
_EMPHASIS = LazyPattern(r"(?P<mark>[*_])(?P<text>[^*_\s](?:[^*_]*[^*_\s])?)(?P=mark)[ \t]*")
#: A callout's type line ("> [!NOTE]", "> [!IMPORTANT] Read first", "> [!tip]-").
_CALLOUT = LazyPattern(r"[ \t]{0,3}>[ \t]*\[!(?P<type>[A-Za-z]+)\][-+]?[ \t]*(?P<title>.*)")
#: A quoted line of a callout ("> text").
_QUOTED = LazyPattern(r"[ \t]{0,3}>[ ]?(?P<text>.*)")
#: The names' endings of the Markdown files the note and wiki tools write.
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
#: What a ticked task box of a programme is read as: the tick, a status symbol that reads
#: "done".
TICK = "\u2713"
#: A task-list item in the file's bytes: its box (group 1).
_TASK_BYTES = LazyPattern(rb"(?m)^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\[([ xX])\][ \t]")


def _anchor(line: str) -> str:
    """A heading without its anchor ("### Buildings {#buildings}" -> "### Buildings").

    The anchor holds no other brace: it starts at the line's last "{" (looked for from
    there, once: a search from each space of a long run of them took quadratic time).

    Examples
    --------
    >>> _anchor("### Buildings {#buildings .wide}  "), _anchor("# A {#b} c {#d}")
    ('### Buildings', '# A {#b} c')
    >>> _anchor("# A{#b}"), _anchor("# A {#b} {c}")
    ('# A{#b}', '# A {#b} {c}')
    """
    if not line.startswith("#") or "{#" not in line:
        return line
    at = line.rfind("{")
    start = len(line[:at].rstrip(" \t"))
    if start == at or _ANCHOR.fullmatch(line, at) is None:
        return line
    return line[:start]


def _task(kind: str) -> Callable[[str], str]:
    """The rule of a task-list item of a ``kind`` document: the ticked box read as the tick
    it shows (a programme's status symbol; an activity of a recommendations paper: left
    out, as the empty box is)."""

    def rule(line: str) -> str:
        if "[" not in line:
            return line
        m = _TASK.match(line)
        if m is None:
            return line
        if m.group("box") in "xX" and kind == "programme":
            return f"{m.group('lead')}{TICK} {line[m.end():]}"
        return m.group("lead") + line[m.end():]

    return rule


def _tab_item(line: str) -> str:
    """A list item indented by TABs, indented by four spaces a TAB."""
    if not line.startswith("\t"):
        return line
    m = _TAB_ITEM.fullmatch(line)
    return line if m is None else "    " * len(m.group("tabs")) + m.group("item")


def _emphasis(line: str) -> str:
    """A line in emphasis from end to end, without the emphasis marks."""
    if line[:1] not in "*_" or line[1:2] in ("*", "_", " ", ""):
        return line
    m = _EMPHASIS.fullmatch(line)
    return line if m is None else m.group("text")


#: A line of the file in emphasis from end to end (the emphasis rule's test).
#: (Searched from its line break: a pattern with a literal start is found at C speed.)
_EMPHASIS_BYTES = LazyPattern(rb"\n[*_][^*_\s][^\n]*[*_][ \t]*\r?(?:\n|$)")

#: (name, the file's test: byte strings of which one must be in it, or a pattern it must
#: hold, the rule of one line). Tried in this order on each line of a file whose test
#: holds; the task rule is set per kind.
DIALECT_RULES: tuple[tuple[str, tuple[bytes, ...] | LazyPattern,
                           Callable[[str], str] | None], ...] = (
    ("heading anchor", (b" {#",), _anchor),
    ("tab-indented item", (b"\t- ", b"\t* ", b"\t+ "), _tab_item),
    ("task item", (b"[x] ", b"[X] ", b"[ ] "), None),
    ("emphasis line", _EMPHASIS_BYTES, _emphasis),
)


def _holds(test: tuple[bytes, ...] | LazyPattern, data: bytes) -> bool:
    """Whether the file's bytes pass a rule's test."""
    if isinstance(test, tuple):
        return any(t in data for t in test)
    first = data.find(b"\n")  # (the first line has no line break before it)
    return test.search(data) is not None or test.match(b"\n" + data[:first if first >= 0
                                                                      else len(data)]) is not None


def _callouts(lines: list[str]) -> None:
    """Rewrite each callout of ``lines`` in place: its type line as the type's word
    ("> [!NOTE]" -> "Note", with the callout's own title after it), its quoted lines
    without their "> "."""
    k = 0
    while k < len(lines):
        line = lines[k]
        m = _CALLOUT.fullmatch(line) if "[!" in line else None
        k += 1
        if m is None:
            continue
        title = m.group("title").strip()
        lines[k - 1] = m.group("type").capitalize() + (f": {title}" if title else "")
        while k < len(lines) and lines[k].lstrip()[:1] == ">":
            q = _QUOTED.fullmatch(lines[k])
            lines[k] = q.group("text") if q else lines[k]
            k += 1


def dialect_lines(lines: tuple[str, ...], data: bytes, kind: str = "programme"
                  ) -> tuple[str, ...]:
    """``lines`` with the marks of the Markdown dialects of :data:`DIALECT_RULES` (and
    callouts) rewritten as a browser shows them; ``lines`` itself when ``data`` (the file's
    bytes) holds none.

    Parameters
    ----------
    lines : tuple of str
        The document's lines.
    data : bytes
        The file's bytes (the cheap tests).
    kind : str
        ``"programme"`` (a ticked task box read as a tick) or ``"recommendations"``.

    Returns
    -------
    tuple of str
        The lines (as many: line numbers kept).

    Examples
    --------
    >>> dialect_lines(("- [x] Surveys were completed.", "- [ ] A plan is being written."),
    ...               b"- [x] Surveys", "recommendations")
    ('- Surveys were completed.', '- A plan is being written.')
    """
    rules = [rule if rule is not None else _task(kind)
             for _name, test, rule in DIALECT_RULES if _holds(test, data)]
    callouts = b"[!" in data and b">" in data
    if not rules and not callouts:
        return lines
    out = list(lines)
    if rules:
        for k, line in enumerate(out):
            for rule in rules:
                line = rule(line)
            out[k] = line
    if callouts:
        _callouts(out)
    return tuple(out)


def task_box_note(data: bytes, kind: str = "programme") -> str | None:
    """What the task boxes of a Markdown file of ``kind`` were read as (a note for the
    reader), or None for a file with no task box.

    Examples
    --------
    >>> task_box_note(b"- [x] A\\n- [ ] B\\n- [ ] C\\n")
    'task list: 1 ticked box read as done, 2 empty boxes left to the wording'
    >>> task_box_note(b"- [x] A\\n", "recommendations")
    'task list: 1 ticked box and 0 empty boxes left out (the wording says the status)'
    >>> task_box_note(b"- A") is None
    True
    """
    boxes = [m.group(1) for m in _TASK_BYTES.finditer(data)]
    empty = boxes.count(b" ")
    ticked = len(boxes) - empty
    if not boxes:
        return None
    ticks = f"{ticked} ticked box{'es' * (ticked != 1)}"
    empties = f"{empty} empty box{'es' * (empty != 1)}"
    if kind != "programme":
        return f"task list: {ticks} and {empties} left out (the wording says the status)"
    return f"task list: {ticks} read as done, {empties} left to the wording"


def markdown_dialects(lines: tuple[str, ...], data: bytes, kind: str, path: Path,
                      notes: tuple[Any, ...]) -> tuple[tuple[str, ...], tuple[Any, ...]]:
    """:func:`dialect_lines` and ``notes`` with a finding telling what the task boxes were
    read as (:func:`task_box_note`), for a Markdown file (its name ends in one of
    :data:`MARKDOWN_SUFFIXES`; any other file comes back as it is, unscanned): the hook of
    :mod:`wlga_analysis.documents`.

    Examples
    --------
    >>> lines, notes = markdown_dialects(("- [ ] Draft.",), b"- [ ] Draft.", "programme",
    ...                                  Path("plan.md"), ())
    >>> lines, notes[0].check
    (('- Draft.',), 'task list')
    """
    if path.suffix.lower() not in MARKDOWN_SUFFIXES:  # (the tools write .md: no scan of
        return lines, notes                         # a text-form or plain-text file)
    out = dialect_lines(lines, data, kind)
    if out is lines:
        return lines, notes
    note = task_box_note(data, kind)
    if note is None:
        return out, notes
    from wlga_analysis.quality import Issue, document_name

    first = next((k + 1 for k, line in enumerate(lines) if line != out[k] and "[" in line), None)
    return out, (*notes, Issue(document_name(path), "document", "task list", "", first, note))
