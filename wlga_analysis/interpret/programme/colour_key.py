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

A key may name the colours by their initials, the letters a RAG column prints ("Key: B =
complete; G = on track; A = at risk, recoverable; R = off track"): each letter is given
the status its meaning reads as (a letter alone is read so only in a Status or RAG column,
:func:`~wlga_analysis.interpret.programme.layouts.column_status`).

>>> colour_key(["Key: B = complete; G = on track; A = at risk, recoverable"])
{'b': 'done', 'g': 'in progress', 'a': 'at risk'}
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
_LABEL = compile_regex(r"(?i)^[ \t*]*+(?:rag[ \t]+|status[ \t]+)?key(?:\*\*)?[ \t]*+[:\u2013-]")
#: A colour and its meaning, up to the next colour of the key, a semicolon (a key that
#: separates its entries by them, "Red – off track; Not started") or the line's end.
_PAIR = compile_regex(
    rf"(?i)\b({_COLOUR})\b[ \t*]*+[\u2013\u2014:=-][ \t]*+(.+?)[ \t,.]*+"
    rf"(?=;|(?:[^\w\s]{{1,2}}[ \t]*+)?\b(?:{_COLOUR})\b[ \t*]*+[\u2013\u2014:=-]|$)")

#: A letter and its meaning ("B = complete"), up to a semicolon, the next letter or the end.
_LETTER_PAIR = compile_regex(
    r"(?<![\w'])([A-Z])[ \t*]*+[\u2013\u2014:=-][ \t]*+(.+?)[ \t,.]*+"
    r"(?=;|,?[ \t]++[A-Z][ \t*]*+[\u2013\u2014:=-][ \t]|$)")


def colour_key(lines: Iterable[str], tags: dict[str, str] | None = None,
               rules: Any = None) -> dict[str, str]:
    """The statuses a paper's key gives its colours (lower case colour -> status): the
    first line opening with a key label that explains two colours or more; {} if none."""
    from wlga_analysis.interpret.programme.symbols import _meaning_status
    from wlga_analysis.reference import load_status_tags

    for line in lines:
        label = _LABEL.match(line) if "ey" in line[:12] else None
        if label is None:
            continue
        pairs = _PAIR.findall(line, label.end()) or _LETTER_PAIR.findall(line, label.end())
        if len(pairs) < 2:
            continue
        tags = load_status_tags() if tags is None else tags
        out = {}
        for colour, meaning in pairs:
            status = _meaning_status(meaning, tags, rules)
            if status is not None:
                out.setdefault(colour.lower(), status)
        return out
    return {}
