"""Mojibake: UTF-8 text that went through a Windows-1252 round trip, read as printed.

A file saved in UTF-8, opened as Windows-1252 and saved again in UTF-8 shows each non-ASCII
character as two or three others: "–" as "â€“", "£" as "Â£", "’" as "â€™". The reader of
the rendered page reads "£5 million", so does the loader: :func:`repair_mojibake` finds
each run of the characters Windows-1252 prints for the bytes 0x80-0xFF and, when the run's
Windows-1252 bytes are valid UTF-8 (the repair is unambiguous: "tâl" or "café" are not),
reads it as that UTF-8 text. Each line repaired gets one data-quality note (check
``"mojibake"``) naming what was read as what: the anomaly is reported, never silently fixed.

The decoding of the file's bytes is not touched: this reads the decoded text.

Examples
--------
>>> lines, notes = repair_mojibake(("Re:fit Cymru â€“ with a Â£5 million fund", "tâl"),
...                                "rec.txt")
>>> lines
('Re:fit Cymru – with a £5 million fund', 'tâl')
>>> print(notes[0].warning_text())  # doctest: +NORMALIZE_WHITESPACE
rec.txt, line 1: mojibake (UTF-8 text read as Windows-1252) repaired: 'â€“' read as '–',
'Â£' read as '£'
"""

from __future__ import annotations

from wlga_analysis.quality import Issue
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["repair_mojibake", "repaired_line"]

#: The characters Windows-1252 prints for the bytes 0x80-0xFF (with the five bytes it leaves
#: undefined, which a lenient decoder keeps as C1 controls): a run of them may be mojibake.
_CP1252_HIGH = ("\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
                "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
                "\u20ac\u2122")
_RUN = LazyPattern(f"[{_CP1252_HIGH}]{{2,}}")
#: A lead character followed by another of the run's: what mojibake needs (the cheap test).
_PAIR = LazyPattern(f"[\u00c2-\u00f4][{_CP1252_HIGH}]")
#: What opens a UTF-8 sequence of two to four bytes, printed as Windows-1252 ("Â" .. "ô").
_LEAD = frozenset(chr(code) for code in range(0xC2, 0xF5))
#: The bytes Windows-1252 leaves undefined (kept as the C1 control of the same value).
_UNDEFINED = frozenset("\x81\x8d\x8f\x90\x9d")


def _as_utf8(run: str) -> str | None:
    """``run`` read as the UTF-8 text whose Windows-1252 printing it is; None when its
    bytes are no UTF-8 (or read as ASCII or control characters only)."""
    try:
        data = b"".join(bytes([ord(c)]) if c in _UNDEFINED else c.encode("cp1252")
                        for c in run)
        text = data.decode("utf-8")
    except UnicodeError:
        return None
    if all(ord(c) < 0xA0 for c in text):
        return None
    return text


def repaired_line(line: str) -> tuple[str, list[tuple[str, str]]]:
    """``line`` with each unambiguous mojibake run read as its UTF-8 text, and the runs
    read (as printed, as read).

    Examples
    --------
    >>> repaired_line("the groupâ€™s plan, Â£40,000")
    ('the group’s plan, £40,000', [('â€™', '’'), ('Â£', '£')])
    >>> repaired_line("Llys Tâl – £5")
    ('Llys Tâl – £5', [])
    """
    if _PAIR.search(line) is None:
        return line, []
    done: list[tuple[str, str]] = []
    parts: list[str] = []
    pos = 0
    for match in _RUN.finditer(line):
        run = match.group()
        start = next((k for k, c in enumerate(run) if c in _LEAD), None)
        text = None if start is None else _as_utf8(run[start:])
        if text is None:
            continue
        parts += [line[pos:match.start() + start], text]
        pos = match.end()
        done.append((run[start:], text))
    return ("".join(parts) + line[pos:] if done else line), done


def repair_mojibake(lines: tuple[str, ...], name: str
                    ) -> tuple[tuple[str, ...], tuple[Issue, ...]]:
    """``lines`` with their mojibake repaired (see the module), and one note per line
    repaired.

    Parameters
    ----------
    lines : tuple of str
        The decoded lines of a text document.
    name : str
        The document's name, for the notes.

    Returns
    -------
    lines : tuple of str
        The lines, line numbers kept.
    notes : tuple of Issue
        One per line repaired (check ``"mojibake"``).

    Examples
    --------
    >>> repair_mojibake(("plain", "£5"), "x.txt")
    (('plain', '£5'), ())
    """
    if _PAIR.search("\n".join(lines)) is None:
        return lines, ()
    out, notes = [], []
    for number, line in enumerate(lines, start=1):
        new, done = repaired_line(line)
        out.append(new)
        if done:
            read = ", ".join(f"{old!r} read as {text!r}" for old, text in done)
            notes.append(Issue(name, "document", "mojibake", "", number,
                               f"mojibake (UTF-8 text read as Windows-1252) repaired: {read}"))
    return (tuple(out), tuple(notes)) if notes else (lines, ())
