"""Programme interpreter: a status printed as a SYMBOL, read through the document's key.

Delivery plans and progress reports print each item's status as a symbol: in a Progress
or Status column (``| 1.1 | Publish the guide | WLGA | ✔ |``) or leading the item ("✔ The
website was refreshed.", "3.1.2 ● Events are being held ..."), and explain the symbols in
a key ("Key: ✔ complete; ● on track; ◐ behind plan; ○ not started."). The same symbol
means different things in different papers (◐ "under way" in one, "behind plan" in
another), so:

- the document's own **key** wins (:func:`document_key`: a line opening with "Key" and a
  colon, or a key table of symbol and meaning, each meaning read as a status word of
  ``status_tags.csv``, else by the wording rules);
- a symbol the key does not explain is read by the default list
  ``data/raw/status_symbols.csv`` (analyst-editable);
- the rule that fired is ``symbol``; the symbol is not part of the item's text.

:func:`symbol_tags` gives the status tags of a document with its symbols attached (the
interpreter passes them to every status rule); :func:`cell_state` reads a Status column's
cell, :func:`leading_symbol` an item's text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from wlga_analysis.interpret.programme.percent_complete import percent_status
from wlga_analysis.reference import load_status_symbols, load_status_tags
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["SymbolTags", "cell_state", "document_key", "is_key_line", "leading_symbol",
           "marker_symbol", "symbol_tags"]

#: A key's label: "Key:", "Key to symbols:", "Progress key -", after a paragraph number.
_KEY_LABEL = compile_regex(
    r"(?i)^[ \t]*+(?:\(?[0-9][0-9.]*\)?[ \t]++)?(?:\*\*)?(?:[A-Za-z]+[ \t]+)?key"
    r"(?:[ \t]+to[ \t]+(?:the[ \t]+)?(?:symbols|status|progress))?(?:\*\*)?[ \t]*+[:\-–]"
    r"(?:\*\*)?")
#: The separators around a key's meanings: "✔ = complete;", "○ – not started,".
_SEPARATORS = " \t;,.:=\u2013\u2014-|*"


def _is_symbol(ch: str) -> bool:
    """A symbol character (Unicode "Symbol, other": ✔ ◐ ○ ▲ ●; not a letter, figure or
    punctuation)."""
    return len(ch) == 1 and unicodedata.category(ch) == "So"


class SymbolTags(dict):  # type: ignore[type-arg]
    """A document's status tags (``status_tags.csv``), with ``symbols``: each status symbol
    and the status it gives in this document (its key over the default list)."""

    symbols: dict[str, str]
    #: the symbols the document's own key explains (a part of ``symbols``)
    key: dict[str, str]
    #: the lines opening with a symbol of the key (as a bullet marker), and the symbol
    markers: dict[int, str]


def _meaning_status(meaning: str, tags: dict[str, str], rules: Any) -> str | None:
    """The status a key's meaning gives: the whole meaning as a status word, else one of
    its parts ("under way, on schedule"), else the wording rules (not their default)."""
    folded = " ".join(meaning.lower().split())
    parts = [folded, *(p.strip() for p in folded.replace(" or ", ",").split(","))]
    found = next((tags[p] for p in parts if p in tags), None)
    if found is not None or rules is None:
        return found
    from wlga_analysis.status import classify_status

    status, rule = classify_status(meaning, rules)
    return None if rule is None or rule.startswith("default") else status


def _key_pairs(text: str) -> list[tuple[str, str]]:
    """(symbol, meaning) pairs of a key's text: each symbol, then the words up to the next."""
    marks = [k for k, ch in enumerate(text) if _is_symbol(ch)]
    pairs = []
    for k, start in enumerate(marks):
        end = marks[k + 1] if k + 1 < len(marks) else len(text)
        meaning = text[start + 1:end].strip(_SEPARATORS)
        if meaning:
            pairs.append((text[start], meaning))
    return pairs


#: A key's label inside a line (a paragraph the reader joined to the one before): "... are
#: listed below. Key: ✔ complete; ○ not started." (capitalised, with its colon).
_KEY_INSIDE = compile_regex(r"(?<=\s)(?:\*\*)?Key(?:\*\*)?[ \t]*+:(?:\*\*)?")
#: The end of the sentence a key inside a line stands in.
_SENTENCE_END = compile_regex(r"\.(?:\s|$)")


def _line_pairs(line: str) -> list[tuple[str, str]]:
    """The (symbol, meaning) pairs a line of a key gives: a line opening with a key label
    (two pairs or more), a key label inside the line (up to its sentence's end), or a row
    of a key table; [] for any other line."""
    label = _KEY_LABEL.match(line) if "ey" in line else None
    if label is None and "Key" in line:
        label = _KEY_INSIDE.search(line)
        if label is not None:
            end = _SENTENCE_END.search(line, label.end())
            pairs = _key_pairs(line[label.end():end.start() if end else len(line)])
            return pairs if len(pairs) >= 2 else []
    if label is not None:
        pairs = _key_pairs(line[label.end():])
        return pairs if len(pairs) >= 2 else []
    opening = line.lstrip(" \t|*")[:1]  # (most lines: no symbol first, not split)
    if not opening or not (_is_symbol(opening) or _KEY_CELL.match(line)):
        return []
    return _table_pairs([c.strip(" *") for c in line.strip().strip("|").replace("|", "\t")
                         .split("\t") if c.strip(" *")])


#: A key table's row opening with a "Key" cell: "Key<TAB>✔ Complete<TAB>◐ Under way".
_KEY_CELL = compile_regex(r"(?i)[ \t|*]*+key[ \t*]*+[\t|]")


def _table_pairs(cells: list[str]) -> list[tuple[str, str]]:
    """The pairs of a key table's row: "✔ | Complete" (a row per symbol), or a row of
    "symbol meaning" cells, perhaps after a "Key" cell ("Key | ✔ Complete | ◐ Under way").

    Examples
    --------
    >>> _table_pairs(["Key", "\u2714 Complete", "\u25d0 Under way"])
    [('✔', 'Complete'), ('◐', 'Under way')]
    """
    if len(cells) == 2 and len(cells[0]) == 1 and _is_symbol(cells[0]):
        return [(cells[0], cells[1])]
    if cells and cells[0].lower() == "key":
        cells = cells[1:]
    pairs = [(c[0], c[1:].strip(_SEPARATORS)) for c in cells
             if len(c) > 2 and _is_symbol(c[0]) and c[1] in " \t=:\u00a0"]
    return pairs if len(pairs) == len(cells) >= 2 else []


def document_key(lines: Iterable[str], tags: dict[str, str] | None = None,
                 rules: Any = None) -> dict[str, str]:
    """The statuses a document's key gives its symbols: a line that opens with a key label
    ("Key:", "2.3 Key –", "**Key:**") and explains two symbols or more, or the rows of a
    key table ("✔<TAB>Complete", "| ◐ | Behind plan |": a symbol alone in the first
    cell); a meaning that names no status is left out. Empty when there is no key.

    Examples
    --------
    >>> document_key(["2.3\\tKey: \\u2714 complete; \\u25cf on track; \\u25d0 behind plan; "
    ...               "\\u25cb not started."])
    {'✔': 'done', '●': 'in progress', '◐': 'at risk', '○': 'planned'}
    >>> document_key(["Key: \\u2714 complete   \\u25d0 under way, on schedule"])
    {'✔': 'done', '◐': 'in progress'}
    >>> document_key(["| \\u25b2 | Behind schedule |", "\\u2714\\tDone"])
    {'▲': 'at risk', '✔': 'done'}
    >>> document_key(["2. Background The priorities are: (a) Scrutiny. Key: \\u2714 done; "
    ...               "\\u25d0 behind plan. 3. Candidates \\u25cf The site is new."])
    {'✔': 'done', '◐': 'at risk'}
    """
    tags = load_status_tags() if tags is None else tags
    out: dict[str, str] = {}
    lines = lines if isinstance(lines, list) else list(lines)
    for n, line in enumerate(lines):
        if line.isascii():  # (no symbol is ASCII: most lines end here)
            continue
        if "ey" in line and _KEY_LABEL.match(line):  # (a key over two lines: read whole)
            line = _with_key_lines(lines, n, tags, rules)
        for symbol, meaning in _line_pairs(line):
            status = _meaning_status(meaning, tags, rules)
            if status is not None:
                out.setdefault(symbol, status)
    return out


#: The most lines a key is printed over after its first.
_KEY_LINES = 2
#: The most words of a meaning on a key's next line ("behind schedule").
_MEANING_WORDS = 5


def _with_key_lines(lines: list[str], n: int, tags: dict[str, str], rules: Any) -> str:
    """Line ``n`` (a key's first line) with the lines it goes on over, joined: a line of
    symbols and their meanings only ("◐ = behind schedule  ○ = not started": each meaning
    short and a status), or the rest of a line a hard wrap broke (not a line of its own:
    :func:`~wlga_analysis.read.wrapped_lines.starts_a_block`). An item marked with a
    symbol ("● Events are held in ...") is no part of the key.

    Examples
    --------
    >>> _with_key_lines(["Key: \u2713 = done", "\u25cb = not started", ""], 0,
    ...                 load_status_tags(), None)
    'Key: ✓ = done \u25cb = not started'
    """
    from wlga_analysis.read.wrapped_lines import WRAP_WIDTH, starts_a_block

    text = lines[n]
    for k in range(n + 1, min(n + 1 + _KEY_LINES, len(lines))):
        line = lines[k].strip()
        wrapped = len(lines[k - 1].rstrip()) >= WRAP_WIDTH and line and not _is_symbol(
            line[0]) and not starts_a_block(lines[k])
        if not (wrapped or _is_pairs_line(line, tags, rules)):
            break
        text = f"{text.rstrip()} {line}"
    return text


def _is_pairs_line(line: str, tags: dict[str, str], rules: Any) -> bool:
    """Whether a line holds only symbols and their meanings, each short and a status."""
    if not line or not _is_symbol(line[0]):
        return False
    pairs = _key_pairs(line)
    return bool(pairs) and (len(pairs) >= 2 or line[1:].lstrip()[:1] in "=:\u2013\u2014-") \
        and all(len(meaning.split()) <= _MEANING_WORDS
                and _meaning_status(meaning, tags, rules) is not None for _, meaning in pairs)


def is_key_line(text: str) -> bool:
    """Whether a line is a key of status symbols (see :func:`document_key`): not an item,
    nor a priority.

    Examples
    --------
    >>> is_key_line("Key: \\u2714 complete; \\u25cb not started."), is_key_line("Key dates")
    (True, False)
    >>> is_key_line("\\u25b2 | Behind schedule"), is_key_line("\\u25b2 | The review")
    (True, False)
    """
    if text.isascii():  # (a key needs its symbols, and no symbol is ASCII)
        return False
    label = _KEY_LABEL.match(text) if "ey" in text else None
    if label is not None:
        return len(_key_pairs(text[label.end():])) >= 2
    first, bar, meaning = text.strip().partition("|")  # a row of a key table
    return bool(bar) and len(first.strip()) == 1 and _is_symbol(first.strip()) \
        and "|" not in meaning and _meaning_status(meaning, load_status_tags(), None) is not None


def symbol_tags(tags: dict[str, str], lines: Iterable[str], rules: Any = None) -> SymbolTags:
    """``tags`` with the document's symbols attached (``.symbols``): the default list
    (``status_symbols.csv``) updated with the document's key (:func:`document_key`).

    Examples
    --------
    >>> tags = symbol_tags(load_status_tags(), ["Key: \\u25d0 behind plan; \\u25cf on track"])
    >>> tags.symbols["\\u25d0"], tags.symbols["\\u25b2"], tags["complete"]
    ('at risk', 'at risk', 'done')
    """
    from wlga_analysis.interpret.programme.colour_key import colour_key

    lines = list(lines)
    out = SymbolTags({**tags, **colour_key(lines, tags, rules)})  # (the key's colours win)
    out.key = document_key(lines, tags, rules)
    out.symbols = {**load_status_symbols(), **out.key}
    out.markers = {}
    for n, line in enumerate(lines, 1) if out.key else ():
        opening = line.lstrip(" \t")[:2]
        if opening[:1] in out.key and opening[1:] in (" ", "\t", "\u00a0"):
            out.markers[n] = opening[0]
    return out


def marker_symbol(line: int, text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, text) of a list item whose bullet MARKER is a symbol the document's key
    explains ("● Events are being held." in a plain-text paper whose key says "● on
    track": the reader took the symbol for a bullet), by the item's line; None otherwise
    (a "●" or "○" bullet in a paper whose key does not name it is only a bullet).

    Examples
    --------
    >>> tags = symbol_tags(load_status_tags(), ["Key: \u25cf on track; \u25cb not started",
    ...                                         "\u25cf Events are held."])
    >>> marker_symbol(2, "Events are held.", tags), marker_symbol(1, "Key: ...", tags)
    (('in progress', 'Events are held.'), None)
    """
    symbol = getattr(tags, "markers", {}).get(line)
    if symbol is None or text.lstrip().startswith(symbol):
        return None
    return tags.key[symbol], text  # type: ignore[attr-defined]


def _symbols(tags: dict[str, str]) -> dict[str, str]:
    symbols = getattr(tags, "symbols", None)
    return load_status_symbols() if symbols is None else symbols


def cell_state(cell: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, rule) of a Status or Progress column's cell: a symbol alone that the
    document's key explains (rule ``symbol``), else a status word, RAG colour or tick of
    ``status_tags.csv`` (rule ``column``,
    :func:`~wlga_analysis.interpret.programme.layouts.column_status`), else a symbol of the
    default list (``symbol``); None when the cell states none of them.

    Examples
    --------
    >>> tags = symbol_tags(load_status_tags(), ["Key: \\u2714 complete; \\u25cb not started"])
    >>> cell_state("\\u2714", tags), cell_state("\\u2714", load_status_tags())
    (('done', 'symbol'), ('done', 'column'))
    >>> cell_state("\\u25b2", tags), cell_state("Amber", tags)
    (('at risk', 'symbol'), ('at risk', 'column'))
    >>> cell_state("\\u25cb Delayed", tags), cell_state("\\u25cb see note", tags)
    (('at risk', 'column'), ('planned', 'symbol'))
    """
    from wlga_analysis.interpret.programme.layouts import column_status

    if "%" in cell and (share := percent_status(cell)) is not None:
        return share, "column"  # "60%": the share complete (.percent_complete)
    mark = cell.strip(" *")
    single = len(mark) == 1 and _is_symbol(mark)
    status = getattr(tags, "key", {}).get(mark) if single else None
    if status is not None:
        return status, "symbol"
    status = column_status(cell, tags)
    if status is None and (lead := leading_symbol(mark, tags)) is not None:
        # "✔ Complete": the word printed beside the symbol, else the symbol
        status = column_status(lead[1], tags)
        return (status, "column") if status is not None else (lead[0], "symbol")
    if status is not None:
        return status, "column"
    status = _symbols(tags).get(mark) if single else None
    return None if status is None else (status, "symbol")


def leading_symbol(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, text without the symbol) of an item whose text opens or closes with a
    status symbol ("✔ The website was refreshed.", "... by March. ▲"); None otherwise.

    Examples
    --------
    >>> leading_symbol("\\u25cb A scheme will start in April.", load_status_tags())
    ('planned', 'A scheme will start in April.')
    >>> leading_symbol("The guide \\u2714 was read.", load_status_tags()) is None
    True
    """
    stripped = text.strip()
    if len(stripped) < 3 or (stripped[0].isascii() and stripped[-1].isascii()):
        return None  # (no symbol is ASCII)
    if _is_symbol(stripped[0]) and stripped[1] in " \t\u00a0":
        symbol, rest = stripped[0], stripped[1:]
    elif _is_symbol(stripped[-1]) and stripped[-2] in " \t\u00a0":
        symbol, rest = stripped[-1], stripped[:-1]
    else:
        return None
    status = _symbols(tags).get(symbol)
    return None if status is None else (status, rest.strip())
