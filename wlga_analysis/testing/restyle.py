"""Print a Markdown or text document in another house style (test support).

A document restyled should read as the document itself:

- :func:`hard_wrap` wraps it as pandoc and e-mail programs do
  (:mod:`wlga_analysis.read.wrapped_lines`);
- :func:`headings_in_bold` prints its headings as lines in bold, as a paper typed with no
  heading styles does (:mod:`wlga_analysis.read.bold_headings`).

:func:`hard_wrap` breaks every paragraph and list item longer than ``width`` over several
lines (a list item's lines indented under its text), and leaves alone what Markdown never
wraps: headings, table rows (pipes, tabs, grid and dash rules), front matter, HTML lines,
and lines ending in Markdown's line break (two spaces).

Examples
--------
>>> print(hard_wrap("- The WLGA ran three workshops for the lay members of audit committees "
...                 "in the autumn.", 40))
- The WLGA ran three workshops for the
  lay members of audit committees in the
  autumn.
"""

from __future__ import annotations

import re
import textwrap

__all__ = ["hard_wrap", "headings_in_bold"]

#: A list marker or a paragraph number at the start of a line, kept as the hanging indent.
_MARKER = re.compile(r"\s*(?:[-*+•]|\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-z]{1,4}\))\s+")


def _keep(line: str) -> bool:
    text = line.lstrip()
    return (len(line) <= 0 or text.startswith(("#", "|", "+", "<", "---", "```", "%"))
            or "\t" in line or line.endswith("  ") or "://" in line)


def hard_wrap(text: str, width: int = 72) -> str:
    """``text`` with its long paragraphs and list items wrapped at ``width`` columns.

    Parameters
    ----------
    text : str
        A Markdown or text-form document.
    width : int
        The widest line.

    Returns
    -------
    str
    """
    lines = text.split("\n")
    out: list[str] = []
    front = lines[:1] == ["---"]
    for k, line in enumerate(lines):
        if front:
            out.append(line)
            front = not (k > 0 and line == "---")
            continue
        if len(line) <= width or _keep(line):
            out.append(line)
            continue
        m = _MARKER.match(line)
        indent = " " * (len(m.group(0)) if m else len(line) - len(line.lstrip()))
        out.extend(textwrap.wrap(line, width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def headings_in_bold(text: str) -> str:
    """``text`` with its headings but the title (``##`` to ``######``) printed as lines in
    bold, each followed by a blank line.

    Examples
    --------
    >>> headings_in_bold("# Title\\n\\n## Findings\\nText.")
    '# Title\\n\\n**Findings**\\n\\nText.'
    """
    out: list[str] = []
    for line in text.split("\n"):
        m = re.match(r"#{2,6}\s+(.+?)\s*#*\s*$", line)
        if m:
            out.extend([f"**{m.group(1)}**", ""])
        else:
            out.append(line)
    return re.sub(r"\n\n\n+", "\n\n", "\n".join(out))
