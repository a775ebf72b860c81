"""Hard-wrap a Markdown or text document as pandoc and e-mail programs do (test support).

:func:`hard_wrap` breaks every paragraph and list item longer than ``width`` over several
lines (a list item's lines indented under its text), and leaves alone what Markdown never
wraps: headings, table rows (pipes, tabs, grid and dash rules), front matter, HTML lines,
and lines ending in Markdown's line break (two spaces). A document read from its wrapped
copy should give the same tables as the document itself
(:mod:`wlga_analysis.read.wrapped_lines`).

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

__all__ = ["hard_wrap"]

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
