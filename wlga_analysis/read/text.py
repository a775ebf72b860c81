"""Read the project's text form (and Markdown) into the document model.

The text form is what the shipped documents are: Markdown-like headings (``## ...``),
``**bold**`` lines, numbered paragraphs (``5. ...``), bullets (``- ...``), and tables whose
rows are tab-separated (cells are HTML fragments) or Markdown pipe rows (``| a | b |``),
the latter also inside an ASCII grid's borders (``+----+----+``; ``+====+`` under the header).

A YAML front matter block at the top (``---`` / ``marp: true`` / ``---``: a Markdown
deck's settings) is not text: it is left out, with a note. A Markdown footnote's mark
("grant[^2]", "[^2]: note") is read as the raised figure it shows ("grant²", "² note").
The document is cut into
*runs*: a table run is a stretch of table rows (blank lines inside it included); every
other stretch is a line run.
:func:`wlga_analysis.read.text_table.read_table_run` reads table runs, and
:func:`wlga_analysis.read.text_lines.read_line_run` reads line runs.

Examples
--------
>>> model = read_text_lines(("## Title", "", "Area\\tRecommendations", "<p>x</p>\\t<p>y</p>",
...                          "", "5. A numbered paragraph"))
>>> [type(b).__name__ for b in model.blocks]
['Heading', 'Table', 'Paragraph']
>>> model.blocks[2].number, model.blocks[2].location.line
('5', 6)
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress
from pathlib import Path
from typing import Any

from wlga_analysis.read.model import Block, Cell, DocumentModel, Note, Table
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.marks import SUPERSCRIPT_FIGURES

__all__ = ["front_matter", "is_table_line", "read_text_lines", "split_runs"]

_PIPE_ROW = LazyPattern(r"[ \t]{0,3}\|")
#: A key of a YAML front matter block ("title: ...", "marp: true").
_FRONT_KEY = LazyPattern(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?")
#: A paragraph as Word's "Save as plain text" prints its automatic number: the number
#: ("3", "3.1.1", "(a)", "ii)") then one TAB and the text, no other TAB (indented by TABs).
_TAB_NUMBERED = LazyPattern(
    r"[ \t]*+(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|\(?[a-z]\)|\(?[ivx]{1,5}\))\t[^\t]*\S[^\t]*")
#: The longest front matter block read, in lines.
FRONT_MATTER_LINES = 60
#: A border line of a grid table drawn in ASCII ("+------+-----+", "+=====+=====+").
_GRID_BORDER = LazyPattern(r"[ \t]{0,3}\+(?:[-=:]++\+)++[ \t]*+")


def is_table_line(line: str) -> bool:
    """True for a row of a table: tab-separated cells, or a Markdown pipe row.

    Examples
    --------
    >>> is_table_line("Area\\tActivity\\tRecommendations"), is_table_line("| a | b |")
    (True, True)
    >>> is_table_line("+------+-----+"), is_table_line("- a bullet")
    (True, False)
    """
    # a pipe row has its "|" within its first four characters
    return ("\t" in line and bool(line.strip())) or ("|" in line[:4]
                                                     and bool(_PIPE_ROW.match(line))) \
        or ("+" in line[:4] and _GRID_BORDER.fullmatch(line) is not None)


def _numbered_lines_not_rows(lines: tuple[str, ...] | list[str], table_at: list[bool]) -> None:
    """Mark as no table row each line that is a paragraph with its number and a TAB
    (Word's plain-text export: "3.1.1<TAB>The ..."), unless it follows a row of two cells
    that opens its table or holds a number first (a table of two columns whose first holds
    numbers: "Ref<TAB>Action" over "1.1<TAB>..."); after a row of more cells
    ("1a<TAB>Act<TAB>Lead<TAB>June"), or of two whose first is a label ("Purpose<TAB>To
    report ...": a cover table), it is the paragraph the export printed under the table.

    Examples
    --------
    >>> lines = ["Meeting\\tCommittee, 11 November 2025", "Purpose\\tTo report.",
    ...          "1.\\tIntroduction", "Ref\\tAction", "1.1\\tDo it."]
    >>> table_at = [True] * 5
    >>> _numbered_lines_not_rows(lines, table_at); table_at
    [True, True, False, True, True]
    >>> lines = ["Conclusion 1: A.\t", "No.\tRecommendation", "1\tThat X."]
    >>> table_at = [True] * 3  # (a header row under a caption's row opens the table)
    >>> _numbered_lines_not_rows(lines, table_at); table_at
    [True, True, True]
    """
    if True not in table_at:
        return  # (no table row: nothing to mark, no line looked at)
    previous = 0  # the cells of the last line with text when it was a table row, else 0
    numbered = False  # that row opened its table or holds a number first
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        if table_at[k] and (not previous or previous > 2 or (previous == 2 and not numbered)) \
                and _TAB_NUMBERED.fullmatch(line):
            table_at[k] = False
        # (a bullet the export printed with its TAB, "•<TAB>text", is no row of a table;
        # a row's cells are those with text: "Conclusion 1: ...<TAB>" is a caption's row)
        cells = sum(1 for cell in line.split("\t") if cell.strip()) \
            if table_at[k] and not _TAB_BULLET.fullmatch(line) else 0
        numbered = cells == 2 and (previous <= 1 or line.lstrip()[:1].isdigit())
        previous = cells


#: A bullet as Word's "Save as plain text" prints it: the bullet's glyph, one TAB, the text.
_TAB_BULLET = LazyPattern(r"[ \t]*+[\u2022\u00b7\u25aa\u25e6\u2013o\-*][ ]?\t[^\t]*\S[^\t]*")
#: A cell of a line of labelled fields ("Status: Green", "Due: May 2027").
_FIELD_CELL = LazyPattern(r"[A-Z][\w ]{0,30}?[ ]?:[ ]*+\S.*")


def _word_export_lines_not_rows(lines: tuple[str, ...] | list[str],
                                table_at: list[bool]) -> None:
    """Mark as no table row the lines Word's "Save as plain text" prints with a TAB that
    are no table's: a bullet ("•<TAB>text") not under a table's row (there, its cell's next
    line), a paragraph with its number after a blank line ("3.1<TAB>Topic": a table's rows
    have no blank line between them), and a line of labelled fields alone between lines of
    text ("Status: Green<TAB>Due: May 2027").

    Examples
    --------
    >>> lines = ["Cover\\tA", "", "1.\\tSummary", "\\u2022\\tA priority", "Text.",
    ...          "Status: Green\\tDue: May 2027", ""]
    >>> table_at = [True, False, True, True, False, True, False]
    >>> _word_export_lines_not_rows(lines, table_at); table_at
    [True, False, False, False, False, False, False]
    """
    if True not in table_at:
        return
    last = len(lines) - 1
    for k in compress(range(len(lines)), table_at):
        line = lines[k]
        if not (k == 0 or not table_at[k - 1]):  # (a blank line is no table row)
            continue  # (a bullet under a table's row is its cell's next line)
        if _TAB_BULLET.fullmatch(line) or _word_field_line(line, k == last or not table_at[k + 1]) \
                or ((k == 0 or not lines[k - 1].strip()) and _TAB_NUMBERED.fullmatch(line)):
            table_at[k] = False


def _word_field_line(line: str, alone: bool) -> bool:
    """A line of labelled fields ("Status: Green<TAB>Due: May 2027"), ``alone``: with no
    table row after it."""
    return alone and ":" in line and all(_FIELD_CELL.fullmatch(c.strip())
                                         for c in line.split("\t"))


def split_runs(lines: tuple[str, ...] | list[str]) -> list[tuple[bool, int, list[str]]]:
    """Cut ``lines`` into runs ``(is_table, first_line_number, lines)``.

    Blank lines between two table rows belong to the table run; other blank lines to the
    line run around them.

    Examples
    --------
    >>> [(t, n, len(ls)) for t, n, ls in split_runs(["Intro", "a\\tb", "", "c\\td", "", "End"])]
    [(False, 1, 1), (True, 2, 3), (False, 5, 2)]
    """
    runs: list[tuple[bool, int, list[str]]] = []
    # (is_table_line called only for a line holding what a table line must: most hold none)
    table_at = [("\t" in line or "|" in line[:4] or "+" in line[:4]) and is_table_line(line)
                for line in lines]
    _numbered_lines_not_rows(lines, table_at)
    _word_export_lines_not_rows(lines, table_at)
    if True in table_at:  # (Word's plain-text save: a merged row, a line with no TAB)
        from wlga_analysis.read.merged_rows import mark_full_width_rows

        mark_full_width_rows(lines, table_at)
    if True in table_at:  # (a sheet's title and key rows: read.sheet_rows)
        from wlga_analysis.read.sheet_rows import sheet_lines_not_rows

        sheet_lines_not_rows(lines, table_at)
    i, n = 0, len(lines)
    while i < n:
        start = i
        if table_at[i]:
            end = i
            j = i + 1
            while j < n and (table_at[j] or not lines[j].strip()):
                if table_at[j]:
                    end = j
                j += 1
            runs.append((True, start + 1, list(lines[start:end + 1])))
            i = end + 1
        else:
            while i < n and not table_at[i]:
                i += 1
            runs.append((False, start + 1, list(lines[start:i])))
    return runs


#: A Markdown footnote's mark ("grant[^2]") or the start of its note ("[^2]: £820,000").
_FOOTNOTE_REF = LazyPattern(r"\[\^(\d{1,3})\](:[ \t]*+)?")


def _raised(m: Any) -> str:
    """A Markdown footnote mark as the raised figure a reader sees ("[^2]" -> "²"; a note's
    "[^2]: " -> "² "), as the Word, web-page and PDF readers print one."""
    return m.group(1).translate(SUPERSCRIPT_FIGURES) + (" " if m.group(2) is not None else "")


def front_matter(lines: tuple[str, ...] | list[str]) -> tuple[int, list[Block], list[Note]]:
    """A YAML front matter block at the top of a Markdown or text file (``---``, ``key: value``
    lines, ``---`` or ``...``: pandoc, Jekyll, Marp slide decks): the number of lines it
    takes, its ``title`` as a level-1 heading and its ``date`` as a "Date: ..." paragraph
    (what pandoc prints), and a note for each other key (settings, not text).

    Examples
    --------
    >>> n, blocks, notes = front_matter(["---", "title: 'Road Safety Panel'", "marp: true",
    ...                                  "---", "# Slide 1"])
    >>> n, [b.text.text for b in blocks], [x.text for x in notes]
    (4, ['Road Safety Panel'], ["front matter 'marp: true' not read"])
    >>> front_matter(["---", "Not a key", "---"])[0]
    0
    """
    from wlga_analysis.read.model import Heading, Inline, Location, Paragraph

    if not lines or lines[0].strip() != "---":
        return 0, [], []
    end = next((i for i in range(1, min(len(lines), FRONT_MATTER_LINES))
                if lines[i].strip() in ("---", "...")), None)
    if end is None or end == 1:
        return 0, [], []
    blocks: list[Block] = []
    notes: list[Note] = []
    i = 1
    while i < end:
        line = lines[i]
        m = _FRONT_KEY.fullmatch(line.strip())
        if m is None and not line[:1].isspace() and not line.lstrip().startswith("- "):
            return 0, [], []  # not YAML: a horizontal rule over text
        key = m.group(1).lower() if m else ""
        loc = Location(line=i + 1)
        if key in ("title", "date") and not line[:1].isspace():
            value, i = _front_value(lines, i, end, m.group(2) or "")
            if value:
                blocks.append(Heading(Inline(value), 1, None, loc) if key == "title"
                              else Paragraph(Inline(f"Date: {value}"), None, loc))
                continue
        else:
            i += 1
        notes.append(Note(loc, "front matter", f"front matter {line.strip()[:60]!r} not read"))
    return end + 1, blocks, notes


def _front_value(lines: tuple[str, ...] | list[str], i: int, end: int, first: str
                 ) -> tuple[str, int]:
    """A front matter key's value from line ``i`` (its text after the colon: ``first``),
    with the indented lines under it that continue it (a long title wrapped, quoted or not;
    a ``>`` or ``|`` block), joined by spaces and unquoted; and the line after it.

    Examples
    --------
    >>> _front_value(["---", 'title: "Working Group on', '  Local Government"', "---"], 1, 3,
    ...              '"Working Group on')
    ('Working Group on Local Government', 3)
    >>> _front_value(["---", "title: >-", "  Road Safety", "  Panel", "---"], 1, 4, ">-")
    ('Road Safety Panel', 4)
    """
    parts = [first.strip()]
    if parts[0] in (">", "|", ">-", "|-", ">+", "|+"):
        parts = []
    elif not parts[0] and i + 1 < end and _FRONT_KEY.fullmatch(lines[i + 1].strip()):
        return "", i + 1  # (a mapping under the key, "title:" over "  en: ...": not read)
    k = i + 1
    while k < end and lines[k][:1].isspace() and lines[k].strip():
        parts.append(lines[k].strip())
        k += 1
    value = " ".join(part for part in parts if part)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.strip().strip("'\"").strip(), k


def _marked_lines(lines: Sequence[str]) -> list[str]:
    """The lines with Markdown footnote marks as raised figures, and a tab-delimited
    export's rows whose quoted cells hold line breaks as one line each
    (:func:`~wlga_analysis.read.sheet_rows.quoted_cells_joined`).

    Examples
    --------
    >>> _marked_lines(["Grant[^1]", 'A\\t"x', 'y"\\tB'])
    ['Grant¹', 'A\\tx<br>y\\tB', '']
    """
    out = [_FOOTNOTE_REF.sub(_raised, line) if "[^" in line else line for line in lines]
    if any("\t" in line and '"' in line for line in out):  # (Excel's multi-line cells)
        from wlga_analysis.read.sheet_rows import quoted_cells_joined

        out = quoted_cells_joined(out)
    return out


def _csv_lines(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines, a CSV export's as its table's TAB rows (:mod:`.csv_text`; one cheap look
    first: a first line with a comma and no TAB).

    Examples
    --------
    >>> _csv_lines(("A,B,C", "1,2,3", "4,5,6"))
    ('A\\tB\\tC', '1\\t2\\t3', '4\\t5\\t6')
    """
    if not lines or "," not in lines[0] or "\t" in lines[0]:
        return lines
    from wlga_analysis.read.csv_text import csv_as_tab_lines  # (a CSV export: its table)

    return tuple(csv_as_tab_lines(lines) or lines)


def read_text_lines(lines: tuple[str, ...] | list[str], path: Path | None = None,
                    form: str = "text", exact: bool = False) -> DocumentModel:
    """Read the lines of a text-form document into a :class:`DocumentModel`.

    Within one reading of a document (:func:`wlga_analysis.reference.one_reading`), the
    same lines are read once: the interpreters that try a layout each read the document's
    model, and each gets the model read first (its own lists of blocks and notes; the
    blocks are frozen).

    Parameters
    ----------
    lines : sequence of str
        The document's lines (``lines[0]`` is line 1), without line breaks.
    path : Path, optional
        Where the document came from.
    form : str
        ``"text"`` or ``"markdown"``.
    exact : bool
        The lines print a Word file's or web page's model (:mod:`.textform`): a blank line
        ends a block (no line after one continues the block before it). Otherwise, lines
        found hard-wrapped (:func:`~.wrapped_lines.is_hard_wrapped`) are read as Markdown
        reads a paragraph: a line directly under a paragraph's line continues it.

    Returns
    -------
    DocumentModel

    Examples
    --------
    >>> from wlga_analysis.reference import one_reading
    >>> with one_reading():
    ...     first = read_text_lines(["# Title", "", "Text."])
    ...     again = read_text_lines(("# Title", "", "Text."))
    >>> again.blocks == first.blocks, again.blocks is first.blocks
    (True, False)
    >>> again.blocks[0] is first.blocks[0]
    True
    """
    from wlga_analysis.reference import reading_token

    if reading_token() is None:
        return _read_lines(tuple(lines), path, form, exact)
    model = _read_once(tuple(lines), path, form, exact)
    return DocumentModel(list(model.blocks), model.path, model.form, model.reader,
                         list(model.notes))


def _read_lines(lines: tuple[str, ...], path: Path | None, form: str, exact: bool
                ) -> DocumentModel:
    """:func:`read_text_lines`, read."""
    from wlga_analysis.read.text_lines import read_line_run
    from wlga_analysis.read.title_block import title_block
    from wlga_analysis.read.wrapped_lines import is_hard_wrapped, is_line_per_paragraph

    blocks: list[Block] = []
    notes: list[Note] = []
    skip = 0
    if lines and lines[0].strip() == "---":
        skip, blocks, notes = front_matter(lines)
    elif lines and lines[0].startswith("%"):  # pandoc's title block (read.title_block)
        skip, blocks = title_block(lines)
    lines = _marked_lines(_csv_lines(lines) if form == "text" else lines)
    # lines printed in bold from their start: a heading in bold, or a numbered one
    # ("**2. Digital**", read as the numbered heading it is)
    bold = [] if exact else [k for k, line in enumerate(lines) if line[:2] in ("**", "__")]
    if bold:
        from wlga_analysis.read.bold_headings import unbold_numbered

        for k in bold:  # (a cover line "**Report date:** 31 October 2025\\": pandoc's
            lines[k] = unbold_numbered(lines[k].removesuffix("\\"))  # hard line break)
    tables = 0  # tables read so far (counted as they come: linear in the document)
    # one paragraph a line with no blank line between (no line continues another), or
    # paragraphs wrapped at a fixed width (a line directly under a full one continues it)
    whole = not exact and is_line_per_paragraph(lines)
    wrapped = not exact and not whole and is_hard_wrapped(lines)
    cells_read: dict[tuple[str, bool], Cell] = {}  # each distinct cell read once
    runs = split_runs(lines[skip:])
    if any(is_table for is_table, _, _ in runs):  # (imported only for a document with
        from wlga_analysis.read.text_table import read_table_run  # tables, and once)
    for is_table, first, run in runs:
        first += skip
        if is_table:
            run_blocks, run_notes = read_table_run(run, first, tables + 1, cells_read)
            tables += sum(isinstance(b, Table) for b in run_blocks)
        else:
            run_blocks, run_notes = read_line_run(run, first, exact, wrapped, whole)
        blocks.extend(run_blocks)
        notes.extend(run_notes)
    if bold:  # (a document that marks no heading: its bold lines are its headings)
        from wlga_analysis.read.bold_headings import bold_headings

        blocks, bold_notes = bold_headings(blocks, lines)
        notes.extend(bold_notes)
    return DocumentModel(blocks=blocks, path=path, form=form, reader=form, notes=notes)


def _read_once(lines: tuple[str, ...], path: Path | None, form: str, exact: bool
               ) -> DocumentModel:
    """:func:`_read_lines`, once per arguments within one reading (its first answer kept;
    :func:`~wlga_analysis.reference.per_reading`, made when first asked: the reference
    lists' module is imported only by a reading)."""
    if not _READ_ONCE:
        from wlga_analysis.reference import per_reading

        _READ_ONCE.append(per_reading(_read_lines))
    return _READ_ONCE[0](lines, path, form, exact)


#: :func:`_read_lines` answered once per reading (see :func:`_read_once`).
_READ_ONCE: list[Any] = []
