"""Hard-wrapped text: paragraphs broken into lines of a fixed width.

Pandoc writes Markdown wrapped at 72 columns unless told not to, and plain-text e-mails
and exports wrap at 70 to 80: a paragraph or a bullet runs over several lines, paragraphs
apart by blank lines. Read as the project's text form (a line a block; a line continues
the block before only when a page break seems to have cut a sentence), such a file would
be split mid-sentence wherever a line happens to start with a capital ("... written with
the Centre for Governance and" / "Scrutiny. It draws on ...").

:func:`is_hard_wrapped` tells such a file by its shape: no line of text longer than
:data:`MAX_WIDTH` but a few (one in twenty of its lines), and at least :data:`MIN_WRAPS`
lines of :data:`WRAP_WIDTH` characters or more directly followed by a line that starts no
block of its own. Its lines are then read as Markdown reads a paragraph
(:meth:`~wlga_analysis.read.text_lines.LineRunReader.parse_continuation`): a line directly
under a full line of a paragraph or a list item continues it, unless it starts a block (a
heading, a list marker, a numbered paragraph, a table row, a rule); a blank line or a
short line (the paragraph's last) ends it.

Examples
--------
>>> lines = ["The programme ran three workshops for members in the autumn, with the",
...          "Centre for Governance and Scrutiny. Forty members took part and the",
...          "slides are on the website.", "",
...          "- The second cohort of the leadership programme started in October and",
...          "  Runs until March.", "",
...          "Evaluation of the first cohort is being written up by the team and will",
...          "Be published in the spring."]
>>> is_hard_wrapped(lines)
True
>>> from wlga_analysis.read.text_lines import read_line_run
>>> [b.text.text[-20:] for b in read_line_run(lines, 1, wrapped=True)[0]]
[' are on the website.', 'nd Runs until March.', 'ished in the spring.']
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wlga_analysis.read.markers import parse_marker
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["MAX_WIDTH", "MIN_WHOLE_LINES", "MIN_WRAPS", "OPEN_ENDINGS", "WRAP_WIDTH",
           "is_hard_wrapped", "is_line_per_paragraph", "is_running_text", "starts_a_block"]

#: The longest line of a hard-wrapped file (pandoc: 72; e-mail: 76-80; a little slack).
MAX_WIDTH = 100
#: A line at least this long, directly followed by more text, is a wrapped line.
WRAP_WIDTH = 50
#: The fewest wrapped lines that make a file hard-wrapped.
MIN_WRAPS = 3
#: A paragraph's printed number: "5. ", "5) ", "5.1 ", "5.1.2 " (not "48 members").
_NUMBER = compile_regex(r"\d{1,3}(?:[.)]|(?:\.\d{1,3})+\.?)\s")
#: A form's field label at the start of a line: "Lead body:  WLGA", "Status: Green".
_LABEL = compile_regex(r"[A-Z][A-Za-z'’()/&-]*(?: [A-Za-z'’()/&-]+){0,3}:[*_]*(?:\s|$)")
#: The commonest bullets, tested first.
_BULLETS = frozenset({"- ", "* ", "+ ", "• "})
#: The first characters of a line that starts a block of its own (or of a table row).
_BLOCK_STARTS = ("#", "|", "<", "+", "=", "---", "***", "___", "```", ">",
                 "[ ] ", "[x] ", "[X] ", "\u2610 ", "\u2612 ", "\u2611 ")  # (a checklist's box)


def continues_item(item: Any, line: str, above: str, number: int) -> bool:
    """Whether ``line`` (line ``number``, directly under ``above``) continues ``item``, the
    block being read, as Markdown reads a list item: ``item`` a list item whose last line is
    ``above``, and ``line`` indented past its marker (pandoc's "-   text" wrapped under its
    text), starting no list item, heading, quote or table row of its own; a "Owner: ..."
    line so indented is the item's.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> item = SimpleNamespace(kind="item", indent=0, line=4, lines=[])
    >>> continues_item(item, "    Owner: CDO team", "-   **Data platform** — Data ·", 5)
    True
    >>> continues_item(item, "    - a sub-item", "-   An item", 5)
    False
    >>> continues_item(item, "Owner: X", "- A", 5), continues_item(None, "    X", "- A", 5)
    (False, False)
    """
    if item is None or item.kind != "item" or (item.lines or [item.line])[-1] != number - 1:
        return False
    text = line.lstrip(" ")
    indent = len(line) - len(text)
    return indent >= 2 and indent > item.indent and bool(above.strip()) and bool(text) \
        and text[:1] not in "|#>" and "\t" not in line and parse_marker(text) is None


def starts_a_block(line: str) -> bool:
    """Whether a line starts a block of its own: a heading, a table row, a rule, a quote,
    a list marker or a number ("5. ", "a) ", "- "), a form's field label ("Lead body:"), a
    checklist's box ("[ ] ", "[x] ", "☐ ").

    Examples
    --------
    >>> starts_a_block("- a bullet"), starts_a_block("3. Workforce"), starts_a_block("and so on")
    (True, True, False)
    """
    text = line.lstrip()
    if not text or text[:2] in _BULLETS or text.startswith(_BLOCK_STARTS) or "\t" in line:
        return True  # (the commonest markers first: a cheap test)
    if text[:1].isdigit():
        return _NUMBER.match(text) is not None
    if ":" in text[:44] and _LABEL.match(text.lstrip("*_")):
        return True  # (a form's next field)
    return parse_marker(text, frozenset({"bullet", "letter", "roman"})) is not None


def is_hard_wrapped(lines: Sequence[str]) -> bool:
    """Whether a text file's lines are hard-wrapped paragraphs (see the module).

    Parameters
    ----------
    lines : sequence of str
        The file's lines.

    Returns
    -------
    bool
    """
    wraps = long = 0
    for k, line in enumerate(lines):
        if len(line) < WRAP_WIDTH:
            continue  # (most lines: neither long nor full)
        width = len(line.rstrip())
        if width < WRAP_WIDTH or "\t" in line or line.lstrip()[:1] in ("|", "+", "<"):
            continue
        if width > MAX_WIDTH and "://" not in line:
            long += 1
            if long * 20 > len(lines):
                return False  # (a file of long lines: known at once, whatever its size)
        elif wraps < MIN_WRAPS and k + 1 < len(lines) and lines[k + 1].strip() \
                and not starts_a_block(lines[k + 1]):
            wraps += 1  # (counted up to MIN_WRAPS: the long lines decide the rest)
    return wraps >= MIN_WRAPS



#: The fewest lines of text of a file read as one paragraph a line.
MIN_WHOLE_LINES = 15


def is_line_per_paragraph(lines: Sequence[str]) -> bool:
    """Whether a text file prints one paragraph a line with no blank line between them, as
    Word's "Save as plain text" does: no line continues the one above it (no page break
    nor wrap cuts a paragraph), so a line under a heading's is the heading's text.

    It holds for a file of :data:`MIN_WHOLE_LINES` lines of text or more, one blank line
    at most for each 30 of them, and one line in 20 longer than
    :data:`~wlga_analysis.read.wrapped_lines.MAX_WIDTH` characters (paragraphs not wrapped).

    Examples
    --------
    >>> para = "The peer team met 40 officers and members over three days in January 2026."
    >>> is_line_per_paragraph(["Title", "1.\\tIntroduction", para * 2] * 6)
    True
    >>> is_line_per_paragraph(["Title", "", "1. Introduction", "", para * 2] * 6)
    False
    >>> is_line_per_paragraph(["Title", "1.\\tIntroduction", para * 2] * 5 + [""])
    True
    """
    text = blank = long = 0
    for line in lines:
        if not line.strip():
            blank += 1
            continue
        text += 1
        if len(line) > MAX_WIDTH:
            long += 1
    end = len(lines)  # (blank lines after the last paragraph, the file's last line break
    while end and not lines[end - 1].strip():  # printed as an empty line, are between none)
        end -= 1
        blank -= 1
    return text >= MIN_WHOLE_LINES and blank * 30 <= text and long * 20 >= text


#: Words a line does not end with when it names a section (a sentence broken after them
#: goes on on the next line).
OPEN_ENDINGS = frozenset({"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "with",
                           "by", "at", "from", "as", "that", "which", "is", "are", "was",
                           "were", "be", "will", "has", "have", "its", "their", "our"})


def is_running_text(line: str) -> bool:
    """Whether ``line`` is a sentence of running text: 40 characters or more, ending in a
    full stop, a question mark or an exclamation mark (bold and spaces aside).

    Examples
    --------
    >>> is_running_text("Bro Hafren invited the WLGA to carry out a corporate peer challenge.")
    True
    >>> is_running_text("Local priorities and outcomes"), is_running_text("Cardiff CF10 4LG")
    (False, False)
    """
    text = line.rstrip().rstrip("*").rstrip()
    return len(text) >= 40 and text[-1:] in (".", "?", "!")
