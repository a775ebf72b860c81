"""A document printed to text: page breaks, running headers, TAB-indented bullets, plain headings.

A report printed to a text file (a "Generic / Text Only" printer, ``pdftotext -layout``,
a mainframe's report) keeps what the printed page shows and loses its markup:

- **page breaks** are FORM FEEDs (U+000C) opening each new page: they are read as page
  breaks, not text;
- a **running header or footer** is the first (last) line with text of each page, the same
  on two pages or more ("WLGA – OFFICIAL    Rural Services in Wales"; its digits may differ:
  "Page 2 of 3"): page furniture, left out (the line left blank, line numbers kept) and
  reported once per header (check ``"page furniture"``);
- a **bullet indented by a TAB** ("<TAB>-  The bus service now runs in eleven") whose
  hard-wrapped lines go on indented by the TAB and spaces ("<TAB>   rural areas."): one
  bullet, printed as the text form's (``- The bus service ... rural areas.``), its wrapped
  lines left blank; a TAB there is indentation, not a table's column;
- **headings** are lines alone (a blank line above and below) with no markup: in a printout
  with page breaks and no markup at all, a line alone in capitals ("ACCESS TO SERVICES") is
  a section's heading (``## ``), a short line printed again and again alone ("What has been
  done", "Recommendations") is a label (``**...**``, as the section's parts are printed
  in bold), and another short line alone under a capitals heading is a sub-section's
  heading (``### ``).

:func:`paged_lines` applies these; a file with no FORM FEED and no TAB-indented bullet
comes back unchanged.

Examples
--------
>>> lines = ("HEAD  Report", "", "PLACES", "", "Area 1 - Roads", "", "Done", "",
...          "\\t-  Sites were", "\\t   found.", "", "Page 1 of 2",
...          "\\fHEAD  Report", "", "Area 2 - Parks", "", "Done", "", "\\t-  Trees.", "")
>>> out, notes = paged_lines(lines, b"\\x0c", "r.txt")
>>> [line for line in out if line]
['## PLACES', '### Area 1 - Roads', '**Done**', '- Sites were found.', 'Page 1 of 2', \
'### Area 2 - Parks', '**Done**', '- Trees.']
>>> print(notes[0].warning_text())  # doctest: +NORMALIZE_WHITESPACE
r.txt, line 1: running header 'HEAD Report' printed at the top of 2 pages (lines 1, 13):
page furniture, not read as text
"""

from __future__ import annotations

from wlga_analysis.quality import Issue
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["paged_lines", "tab_bullet_lines"]

#: A bullet indented by TABs, its glyph followed by spaces (no TAB after the text starts):
#: group ``tabs`` the indent, ``glyph`` the bullet, ``text`` its text.
_TAB_BULLET = LazyPattern(r"(?P<tabs>\t++)(?P<glyph>[-\u2022\u00b7\u25aa\u25e6\u2013*o])"
                          r"[ ]++(?P<text>[^\s\t][^\t]*+)")
#: A hard-wrapped bullet's next line: the TABs, spaces, text (no TAB after).
_TAB_WRAPPED = LazyPattern(r"\t++[ ]++(?P<text>[^\s\t][^\t]*+)")
#: Markup of the text form or Markdown opening a line: none in a plain printout.
_MARKUP = LazyPattern(r"[ ]{0,3}(?:#{1,6}[ ]|\*\*|__|\||<[a-zA-Z/!]|> )")
#: A line's closing punctuation: no heading's or label's.
_CLOSING = ".,;:!?"
#: The most words a heading or label alone on its line has.
HEADING_WORDS = 10


def _folded(line: str) -> str:
    """A line's text with whitespace folded and digits as "#" (running lines compared)."""
    return "".join("#" if c.isdigit() else c for c in " ".join(line.split()))


def _pages(lines: list[str]) -> list[tuple[int, int]]:
    """(first, end) line indexes of each page: a page opens at a line holding a FORM FEED."""
    starts = [0, *(k for k, line in enumerate(lines) if "\f" in line and k)]
    return [(start, end) for start, end in zip(starts, [*starts[1:], len(lines)], strict=True)]


def _running_lines(lines: list[str], pages: list[tuple[int, int]], name: str
                   ) -> list[Issue]:
    """Blank the running header and footer of ``pages`` in ``lines`` (in place); one note
    per running line."""
    notes = []
    for where, pick in (("top", lambda r: r), ("foot", lambda r: reversed(list(r)))):
        found: dict[str, list[int]] = {}
        for start, end in pages:
            at = next((k for k in pick(range(start, end)) if lines[k].strip()), None)
            if at is not None:
                found.setdefault(_folded(lines[at]), []).append(at)
        for text, ats in found.items():
            if len(ats) < 2 or 2 * len(ats) < len(pages) or len(text) > 200:
                continue
            shown = " ".join(lines[ats[0]].split())
            for at in ats:
                lines[at] = ""
            listed = ", ".join(str(at + 1) for at in ats)
            kind = "header" if where == "top" else "footer"
            notes.append(Issue(name, "document", "page furniture", "", ats[0] + 1,
                               f"running {kind} {shown!r} printed at the {where} of "
                               f"{len(ats)} pages (lines {listed}): page furniture, not "
                               "read as text"))
    return notes


def tab_bullet_lines(lines: list[str]) -> bool:
    """Print each TAB-indented bullet of ``lines`` as the text form's, its hard-wrapped
    lines joined to it (left blank), in place; whether any was.

    Examples
    --------
    >>> lines = ["\\t-  Sites were", "\\t   found.", "\\t\\t-  Nested.", "a\\tb"]
    >>> tab_bullet_lines(lines), lines
    (True, ['- Sites were found.', '', '  - Nested.', 'a\\tb'])
    """
    changed = False
    bullet = None  # the index of the bullet being read
    for k, line in enumerate(lines):
        if not line.startswith("\t"):
            bullet = None
            continue
        match = _TAB_BULLET.fullmatch(line.rstrip())
        if match is not None:
            indent = "  " * (len(match.group("tabs")) - 1)
            lines[k] = f"{indent}{match.group('glyph')} {match.group('text')}"
            bullet, changed = k, True
            continue
        wrapped = _TAB_WRAPPED.fullmatch(line.rstrip()) if bullet is not None else None
        if wrapped is None:
            bullet = None
            continue
        lines[bullet] = f"{lines[bullet]} {wrapped.group('text')}"
        lines[k] = ""
    return changed


def _alone(lines: list[str], k: int) -> bool:
    """Whether line ``k`` has a blank line (or the file's edge) above and below it."""
    return (k == 0 or not lines[k - 1].strip()) and (k + 1 == len(lines)
                                                     or not lines[k + 1].strip())


def _heading_shape(text: str) -> bool:
    """A short line that could be a heading: few words, no closing punctuation, opening
    with a capital or a figure."""
    from wlga_analysis.read.text_lines import is_page_furniture

    return bool(text) and len(text.split()) <= HEADING_WORDS and text[-1] not in _CLOSING \
        and (text[0].isupper() or text[0].isdigit()) and _TAB_BULLET.match("\t" + text) is None \
        and not is_page_furniture(text)


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _plain_headings(lines: list[str]) -> None:
    """Mark the headings and labels of a printout with no markup (see the module), in
    place."""
    if any(_MARKUP.match(line) for line in lines):
        return
    alone = [k for k in range(len(lines)) if lines[k].strip() and _alone(lines, k)
             and _heading_shape(" ".join(lines[k].split()))]
    counts: dict[str, int] = {}
    for k in alone:
        key = " ".join(lines[k].split()).casefold()
        counts[key] = counts.get(key, 0) + 1
    under_capitals = False
    for k in alone:
        text = " ".join(lines[k].split())
        if _is_capitals(text):
            lines[k], under_capitals = f"## {text}", True
        elif counts[text.casefold()] > 1:
            lines[k] = f"**{text}**"
        elif under_capitals and not text[0].isdigit():
            lines[k] = f"### {text}"


def paged_lines(lines: tuple[str, ...], data: bytes, name: str
                ) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    """``lines`` read as a printout's (see the module): page breaks, running headers and
    footers, TAB-indented bullets and plain headings; and a note per running line.

    Parameters
    ----------
    lines : tuple of str
        A text document's decoded lines.
    data : bytes
        The file's bytes (the cheap test: a FORM FEED, a TAB).
    name : str
        The document's name, for the notes.

    Returns
    -------
    lines : tuple of str
        The lines, line numbers kept.
    notes : tuple of Issue
        One per running header or footer left out.

    Examples
    --------
    >>> paged_lines(("Text", "- a"), b"Text\\n- a", "x.txt")
    (('Text', '- a'), ())
    """
    paged = b"\x0c" in data
    if not paged and b"\t" not in data:
        return lines, ()
    out = list(lines)
    notes: list[Issue] = []
    if paged:
        pages = _pages(out)
        out = [line.replace("\f", "") for line in out]
        notes = _running_lines(out, pages, name) if len(pages) > 1 else []
    bullets = tab_bullet_lines(out)
    if paged:
        _plain_headings(out)
    return (tuple(out), tuple(notes)) if paged or bullets else (lines, ())
