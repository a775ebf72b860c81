"""Programme interpreter: a key that explains the paper's RAG COLOURS in its own words.

A paper that shows each item's status by colour alone (a coloured dot, a shaded cell: the
readers give such a cell its colour's name, "Grey", see :mod:`wlga_analysis.read.colour_dots`)
explains the colours in a key: "Key: ● Blue – complete ● Green – on track ● Amber – at
risk of slipping ● Red – off track ● Grey – not started". The key's meanings are the
paper's own, so they win over the default colour words of ``status_tags.csv`` (a grey
that one paper calls "not started" another may call "closed"): each colour the key names
is given the status its meaning reads as (a status word of ``status_tags.csv``, else the
wording rules; a meaning that names no status is left out).

Examples
--------
>>> colour_key(["Key: \\u25cf Blue \\u2013 complete \\u25cf Grey \\u2013 not started"])
{'blue': 'done', 'grey': 'planned'}
>>> colour_key(["Key: Green = on track; Red = delayed"]), colour_key(["Green – on track"])
({'green': 'in progress', 'red': 'at risk'}, {})
>>> colour_key(["RAG key: Green – on track; Red – off track; Not started."])
{'green': 'in progress', 'red': 'at risk'}

A key may be a numbered paragraph of the paper, and go on with the key of its arrows:

>>> colour_key(["1.4 Key: Blue – complete; Grey – not started. \u25b2 improving"])
{'blue': 'done', 'grey': 'planned'}

A key printed as a table of two columns, a row per colour ("| Grey | Not started |", or
its text form "Grey<TAB>Not started"), is read too when it names a grey (the colour that
has no default status; the lines around that row are the table's other rows):

>>> colour_key(["RAG\\tMeaning", "Blue\\tComplete", "Green\\tOn track", "Grey\\tNot started"])
{'blue': 'done', 'green': 'in progress', 'grey': 'planned'}
>>> colour_key(["| Grey | The review |", "| Red | Late |"])
{}

A key may name the colours by their initials, the letters a RAG column prints ("Key: B =
complete; G = on track; A = at risk, recoverable; R = off track"): each letter is given
the status its meaning reads as (a letter alone is read so only in a Status or RAG column,
:func:`~wlga_analysis.interpret.programme.layouts.column_status`).

>>> colour_key(["Key: B = complete; G = on track; A = at risk, recoverable"])
{'b': 'done', 'g': 'in progress', 'a': 'at risk'}
>>> colour_key(["Key:  B = Complete   G = On track   R = Off track"])
{'b': 'done', 'g': 'in progress', 'r': 'at risk'}
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["COLOUR_WORDS", "colour_key"]

#: The colours a RAG (BRAG) key names.
COLOUR_WORDS = ("blue", "green", "amber", "yellow", "orange", "red", "grey", "gray", "purple",
                "black")
_COLOUR = "|".join(COLOUR_WORDS)
#: A key's label opening a line ("Key:", "**Key** –", "RAG key:").
_LABEL = compile_regex(r"(?i)^[ \t*]*+(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?[ \t]++)?"
                       r"(?:rag[ \t]+|status[ \t]+)?key(?:\*\*)?[ \t]*+[:\u2013-]")


def _meaning(stop: str) -> str:
    r"""A key's meaning (a group) up to the white space and commas before ``stop``: the
    shortest text (one character at least) whose strip of ``[ \t,.]`` stands at ``stop``.
    Written as a run of characters each not at ``stop`` and of strips not followed by it,
    each taken once (a lazy ``(.+?)[ \t,.]*+(?=stop)`` tried every strip end from every
    character of a long run of spaces or commas: quadratic, 40,000 of them took 3 s)."""
    return rf"(.(?:(?!{stop})[^ \t,.\n]|[ \t,.]++(?!{stop}))*+)[ \t,.]*+(?={stop})"


#: A colour and its meaning, up to the next colour of the key, a semicolon (a key that
#: separates its entries by them, "Red – off track; Not started") or the line's end.
_PAIR = compile_regex(
    rf"(?i)\b({_COLOUR})\b[ \t*]*+[\u2013\u2014:=-][ \t]*+" + _meaning(
        rf"(?:;|(?:[^\w\s]{{1,2}}[ \t]*+)?\b(?:{_COLOUR})\b[ \t*]*+[\u2013\u2014:=-]|$)"))
#: A row of a key table: a colour, then its meaning (its trailing spaces and stars to strip),
#: the only two cells of the row.
_ROW = compile_regex(rf"(?i)[ \t|*]*+({_COLOUR})[ *]*+[|\t][ \t*]*+([^|\t]*+)[ \t|*]*+")
#: How many lines either side of a key table's grey row are looked at for its other rows.
_TABLE_REACH = 8

#: A letter and its meaning ("B = complete"), up to a semicolon, the next letter or the end
#: (the next letter after white space: "B = Complete   G = On track", a key of spaces
#: alone, as a spreadsheet's key row prints it; the stop opens at the letter, for
#: :func:`_meaning` looks for it after each run of spaces).
_LETTER_PAIR = compile_regex(
    r"(?<![\w'])([A-Z])[ \t*]*+[\u2013\u2014:=-][ \t]*+"
    + _meaning(r"(?:;|(?<=[ \t])[A-Z][ \t*]*+[\u2013\u2014:=-][ \t]|$)"))


def colour_key(lines: Iterable[str], tags: dict[str, str] | None = None,
               rules: Any = None) -> dict[str, str]:
    """The statuses a paper's key gives its colours (lower case colour -> status): the
    first line opening with a key label that explains two colours or more; {} if none."""
    from wlga_analysis.interpret.programme.symbols import _meaning_status
    from wlga_analysis.reference import load_status_tags

    lines = lines if isinstance(lines, list) else list(lines)
    for n, line in enumerate(lines):
        if "ey" not in line[:12]:  # ("Key", "Grey": most lines end here)
            continue
        label = _LABEL.match(line)
        if label is not None:
            line = _with_wrapped_lines(lines, n)  # (a key wrapped over lines: read whole)
            pairs = _PAIR.findall(line, label.end()) or _LETTER_PAIR.findall(line, label.end())
        elif (row := _ROW.fullmatch(line)) is not None and row.group(1).lower() == "grey":
            pairs = _table_pairs(lines, n)
        else:
            continue
        if len(pairs) < 2:
            continue
        tags = load_status_tags() if tags is None else tags
        out = {}
        for colour, meaning in pairs:  # (a meaning ends its sentence: "Grey – not
            # started. ▲ improving; ▼ worsening" goes on with the arrows' key)
            status = _meaning_status(meaning.partition(". ")[0], tags, rules)
            if status is not None:
                out.setdefault(colour.lower(), status)
        return out
    return {}


def _with_wrapped_lines(lines: list[str], n: int) -> str:
    """Line ``n`` with the lines a hard wrap broke it over (each under a full line, none
    starting a block of its own: :mod:`~wlga_analysis.read.wrapped_lines`), joined.

    Examples
    --------
    >>> _with_wrapped_lines(["Key: Blue – complete; Green – on track; Amber – at risk; Red – "
    ...                      "off", "track; Grey – not started", "", "Text."], 0)[-35:]
    'Red – off track; Grey – not started'
    """
    from wlga_analysis.read.wrapped_lines import WRAP_WIDTH, starts_a_block

    text = lines[n]
    k = n + 1
    while k < len(lines) and k - n <= 3 and len(lines[k - 1].rstrip()) >= WRAP_WIDTH \
            and lines[k].strip() and not starts_a_block(lines[k]):
        text = f"{text.rstrip()} {lines[k].strip()}"
        k += 1
    return text


def _table_pairs(lines: list[str], n: int) -> list[tuple[str, str]]:
    """The (colour, meaning) rows of the key table that holds line ``n``: the lines next
    to it (up to :data:`_TABLE_REACH` either side) that are rows of a colour and a meaning.

    Examples
    --------
    >>> _table_pairs(["Key", "Blue\\tDone", "Grey\\tNot started", "", "Red\\tLate"], 2)
    [('Blue', 'Done'), ('Grey', 'Not started')]
    """
    start = n
    while start > 0 and n - start < _TABLE_REACH and _ROW.fullmatch(lines[start - 1]):
        start -= 1
    out = []
    for line in lines[start:n + _TABLE_REACH + 1]:
        row = _ROW.fullmatch(line)
        if row is None:
            break
        out.append((row.group(1), row.group(2).rstrip(" *")))
    return out
