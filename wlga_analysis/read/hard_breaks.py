"""Markdown's hard line breaks: a line ending in a backslash ("Civic Offices  \\").

Pandoc writes a line break inside a paragraph (an address block, a signature) as a
backslash at the end of the line, or as two spaces; a browser shows the lines one under the
other and no backslash. :func:`hard_break_lines` removes the backslash (and the spaces
before it) from each line that ends with one and is followed by a line of the same
paragraph (not a blank line: a backslash there is printed as it is), as the text reader
reads each such line as a line of its own. A file with no backslash at a line's end comes
back unchanged (the cheap test is on the file's bytes, before any line is read).

Examples
--------
>>> data = b"Director  \\\\\\nCivic Offices  \\\\\\nTref\\n"
>>> hard_break_lines(("Director  \\\\", "Civic Offices  \\\\", "Tref"), data)
('Director', 'Civic Offices', 'Tref')
>>> hard_break_lines(("Ends with \\\\", ""), b"Ends with \\\\\\n\\n")
('Ends with \\\\', '')
"""

from __future__ import annotations

__all__ = ["hard_break_lines"]


def hard_break_lines(lines: tuple[str, ...], data: bytes) -> tuple[str, ...]:
    """``lines`` with Markdown's hard line breaks (a backslash ending a line that the
    paragraph's next line follows) removed; ``lines`` itself when ``data`` (the file's
    bytes) has no backslash at a line's end.

    Parameters
    ----------
    lines : tuple of str
        The document's lines.
    data : bytes
        The file's bytes (the cheap test).

    Returns
    -------
    tuple of str
        The lines, each hard break's backslash and the spaces before it removed.
    """
    if b"\\\n" not in data and b"\\\r\n" not in data:
        return lines
    out = list(lines)
    for index, line in enumerate(lines[:-1]):
        if line.endswith("\\") and not line.endswith("\\\\") and lines[index + 1].strip() \
                and line[:-1].strip() and not line.lstrip().startswith(("|", "+")):
            out[index] = line[:-1].rstrip()
    return tuple(out)
