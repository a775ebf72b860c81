"""Print a Markdown or text document in another house style (test support).

A document restyled should read as the document itself:

- :func:`hard_wrap` wraps it as pandoc and e-mail programs do
  (:mod:`wlga_analysis.read.wrapped_lines`);
- :func:`headings_in_bold` prints its headings as lines in bold, as a paper typed with no
  heading styles does (:mod:`wlga_analysis.read.bold_headings`);
- :func:`bullets_as` and :func:`paren_numbers` use other list markers: CommonMark's
  ``+ item`` and ``1) paragraph``, and the bullets of word processors
  (:mod:`wlga_analysis.read.markers`).

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
import warnings
from collections.abc import Callable
from pathlib import Path

__all__ = ["bullets_as", "hard_wrap", "headings_in_bold", "paren_numbers", "read_as_lists",
           "restyled_copy"]

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


def bullets_as(text: str, bullet: str = "+") -> str:
    """``text`` with its ``-`` bullets printed as ``bullet`` (CommonMark allows ``+``; word
    processors print dots, arrows and diamonds).

    Examples
    --------
    >>> bullets_as("Done:\\n- one\\n  - two\\n-3 is no bullet")
    'Done:\\n+ one\\n  + two\\n-3 is no bullet'
    >>> bullets_as("- one", "❖")
    '❖ one'
    """
    return re.sub(r"(?m)^([ \t]*)- ", lambda m: m.group(1) + bullet + " ", text)


def paren_numbers(text: str) -> str:
    """``text`` with its numbered paragraphs and items ``5.`` printed as ``5)`` (CommonMark
    allows both); ``5.1`` and headings' numbers are left as they are.

    Examples
    --------
    >>> paren_numbers("## 2. Findings\\n\\n3. Text.\\n3.1 More.\\n  4. Nested")
    '## 2. Findings\\n\\n3) Text.\\n3.1 More.\\n  4) Nested'
    """
    return re.sub(r"(?m)^([ \t]*)(\d{1,3})\. ", r"\1\2) ", text)


def read_as_lists(path: Path, kind: str) -> list:
    """What a loader reads from the document at ``path``, as lists to compare a document
    with its restyled copy: for a programme update its items (number, section, paragraph,
    text, status, quarter, partners), grants, priorities, title and date; for a
    recommendations paper its recommendations, activities and areas (every column but the
    source line).

    Examples
    --------
    >>> from wlga_analysis import config
    >>> got = read_as_lists(config.RAW_DIR / "working-group-recommendations.txt",
    ...                     "recommendations")
    >>> len(got[0]) > 20, len(got[2]) > 5
    (True, True)
    """
    from wlga_analysis.documents import read_document
    from wlga_analysis.errors import DataQualityWarning
    from wlga_analysis.programme import parse_programme
    from wlga_analysis.recommendations import parse_recommendations

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        if kind == "programme":
            got = parse_programme(read_document(path, kind))
        else:
            got = parse_recommendations(read_document(path, kind))
    if kind == "programme":
        items = got.programme[["item_id", "section", "paragraph", "text", "status",
                               "quarter_label", "partners"]].astype(str).values.tolist()
        grants = got.grants[["grant", "amount_gbp", "financial_year"]].astype(str)
        return [items, grants.values.tolist(), got.priorities["priority"].tolist(),
                got.metadata["title"], str(got.metadata["date"])]
    return [frame.drop(columns=["source_line"], errors="ignore").astype(str).values.tolist()
            for frame in (got.recommendations, got.activities, got.areas)]


def restyled_copy(source: Path, folder: Path, restyle: Callable[[str], str]) -> Path:
    """A copy of the document at ``source`` in ``folder`` (same name), its text restyled by
    ``restyle``; an ``AssertionError`` when the restyle changes nothing (a test document
    the restyle does not apply to).

    Examples
    --------
    >>> import tempfile
    >>> from wlga_analysis import config
    >>> copy = restyled_copy(config.SHIPPED_PROGRAMME, Path(tempfile.mkdtemp()), bullets_as)
    >>> "\\n+ **" in copy.read_text(encoding="utf-8")
    True
    """
    text = source.read_text(encoding="utf-8")
    changed = restyle(text)
    assert changed != text, f"{source.name}: the restyle changes nothing"
    path = folder / source.name
    path.write_text(changed, encoding="utf-8")
    return path
