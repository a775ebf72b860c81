"""Test support: the "nothing lost" checks of the layout tests, in one place.

A layout test reads a document and asks which of its words stand in no table: the words
of a document (its lines, TABs as spaces) less the words of every cell of the tables read
from it.

Examples
--------
>>> import pandas as pd
>>> sorted(printed_words("Data Cymru's **dashboard**, 2025-26"))
['2025', '26', 'cymru', 'dashboard', 'data', 's']
>>> sorted(words_in_no_table(["Owner\\tText", "WG\\tPublish the plan."],
...                          [pd.DataFrame({"owners": [["WG"]], "text": ["Publish the plan."]})]))
['owner', 'text']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

__all__ = ["printed_words", "programme_words_lost", "table_words", "words_in_no_table"]

#: A word: a run of letters and digits.
_WORD = re.compile(r"[^\W_]+")


def printed_words(text: str) -> set[str]:
    """The words of ``text`` (cleaned as the loaders clean it), in lower case."""
    from wlga_analysis.text.clean import clean_text

    return {w.lower() for w in _WORD.findall(clean_text(text))}


def table_words(frames: Iterable[Any]) -> set[str]:
    """The words of every cell of ``frames`` (a list in a cell read word by word)."""
    found: set[str] = set()
    for frame in frames:
        for column in frame.columns:
            for value in frame[column].tolist():
                found |= printed_words(" ".join(map(str, value)) if isinstance(value, list)
                                       else str(value))
    return found


def words_in_no_table(lines: Iterable[str], frames: Iterable[Any]) -> set[str]:
    """The words of a document's ``lines`` (TABs as spaces) that no cell of ``frames``
    holds."""
    printed = {w for line in lines for w in printed_words(line.replace("\t", " "))}
    return printed - table_words(frames)


def programme_words_lost(parsed: Any, path: Path) -> set[str]:
    """The words of a programme document's text file in no table of its parse (a
    :class:`~wlga_analysis.interpret.programme.ProgrammeParse`): items, priorities, grants,
    paragraphs, the title and the date (the date's line is the date)."""
    found = table_words((parsed.programme, parsed.priorities, parsed.grants,
                         parsed.paragraphs))
    found |= printed_words(f"{parsed.metadata['title']} {parsed.metadata['date']:%d %B %Y}")
    lines = path.read_text(encoding="utf-8").splitlines()
    text = " ".join(ln for n, ln in enumerate(lines, 1) if n != parsed.metadata["date_line"])
    return printed_words(text) - found
