"""Programme interpreter: grants printed as a DEFINITION LIST, a name then its amount.

A funding section may list its grants as terms and definitions rather than in sentences:

.. code-block:: text

    Funding confirmed for 2025-26 is:          (a web page's <dl>, Pandoc's
    Climate Change Support Programme grant     "Term" then ":   £1,050,000")
    :   £1,050,000
    Fleet transition feasibility fund
    :   £150,000

or a line per grant, the name then the amount after a tab stop ("Fleet transition
feasibility fund<TAB>£150,000": a Word paper's tab leaders). Each entry is a grant named by
its term, of the year the line introducing the list names ("Funding confirmed for 2025-26
is:"). The rule holds only for two entries or more in a row, after a line about funding
that names a year; an entry named as a total or a budget ("Total", list ``not a grant`` of
``programme_words.csv``) is reported, not read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate
from typing import Any

from wlga_analysis.interpret.programme.common import _Row, vocabulary
from wlga_analysis.interpret.programme.grant_name_parts import plain_grant_name
from wlga_analysis.text.money import find_money, pounds
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["definition_grants", "entry_starts"]

#: A definition that is an amount: ":   £1,050,000", "£300,000", "£80,000 (revenue)".
_DEFINITION = compile_regex(r"^(?::[ \t]*+)?£")
#: A term: a short name, no figure, no sentence (no full stop, colon or £ in it).
_TERM = compile_regex(r"[A-Za-z][^£:.;?!\d]{1,78}")
#: A line of a name then its amount, closing the line: "Careers fund<TAB>£80,000".
_NAME_AMOUNT = compile_regex(r"(?P<name>[A-Za-z][^£:.;?!\d]{1,78}?)[ \t]*+[:\-–]?[ \t]*+"
                             r"(?P<amount>£[0-9][0-9,.]*+(?:[ \t]?(?:m|k|bn|million))?)"
                             r"[ \t]*+\.?$")
#: Verbs a sentence has and a grant's name has not.
_VERB = compile_regex(r"(?i)\b(?:is|are|was|were|will|has|have|had|be|been|totals|"
                      r"provides?|provided|receives?|received)\b")
_YEAR = compile_regex(r"((?:19|20)\d\d)[ \t]*+[-–/][ \t]*+(\d\d|\d{4})\b")


def _entry(rows: list[_Row], k: int) -> tuple[str, str, int] | None:
    """(name, amount text, rows used) of a list entry starting at ``rows[k]``, or None."""
    row = rows[k] if k < len(rows) else None
    if row is None or row.kind not in ("text", "bullet"):
        return None
    text = row.text
    if "£" in text[:1]:
        return None
    text = text.strip()
    m = _NAME_AMOUNT.fullmatch(text) if "£" in text else None
    if m is not None and not _VERB.search(m.group("name")):
        return m.group("name").strip(), m.group("amount"), 1
    nxt = rows[k + 1] if k + 1 < len(rows) else None
    if "£" in text or nxt is None or nxt.kind != "text" or not _TERM.fullmatch(text) \
            or _VERB.search(text) or not _DEFINITION.match(nxt.text.strip()):
        return None
    return text, nxt.text.strip().lstrip(":").strip(), 2


def _list_year(lead: str, m: re.Match[str], funding: Any) -> str | None:
    """The year ``m`` the line just before a list names (``lead``), when that line is about
    funding (``funding``: the funding words' pattern, :attr:`Vocabulary.funding`)."""
    if funding.search(lead) is None:
        return None
    end = m.group(2)[-2:]
    return f"{m.group(1)}-{end}" if int(end) == (int(m.group(1)) + 1) % 100 else None


def definition_grants(rows: list[_Row], report: Callable[[str, int, str], None]
                      ) -> tuple[list[dict[str, Any]], set[int]]:
    """Grant records of the definition lists of grants in ``rows``, and the ``id`` of every
    row read (see the module).

    Examples
    --------
    >>> rows = [_Row("text", 6, "Funding", 9, "Funding for 2025-26 is:", 10),
    ...         _Row("text", 6, "Funding", 9, "Digital grant", 11),
    ...         _Row("text", 6, "Funding", 9, ":   £530,000", 12),
    ...         _Row("text", 6, "Funding", 9, "Careers fund\\t£80,000", 13),
    ...         _Row("text", 6, "Funding", 9, "Total\\t£610,000", 14)]
    >>> records, read = definition_grants(rows, lambda *a: None)
    >>> [(r["grant"], r["amount_gbp"], r["financial_year"]) for r in records], len(read)
    ([('Digital grant', 530000, '2025-26'), ('Careers fund', 80000, '2025-26')], 4)
    """
    out: list[dict[str, Any]] = []
    read: set[int] = set()
    texts = [row.text for row in rows]  # (each row's text read once)
    starts = entry_starts(texts)
    if not starts:  # (most papers: no list of grants)
        return out, read
    pounds = ["£" in text for text in texts] + [False]
    funding = vocabulary().funding
    resume = 0  # (the row after the last list found)
    for k in starts:
        if k < resume:
            continue
        # (the cheapest test first: a year on the line before, then a first entry, then
        # funding words on the line before: a paper of many funding sentences has a year
        # and funding words before most of its amounts, and no entries)
        lead = rows[k - 1].text if k and (pounds[k] or pounds[k + 1]) else ""
        found = _YEAR.search(lead) if lead else None
        entry = _entry(rows, k) if found is not None else None
        year = _list_year(lead, found, funding) if found is not None and entry is not None \
            else None
        entries: list[tuple[str, str, list[_Row]]] = []
        j = k
        while year is not None and entry is not None:
            entries.append((entry[0], entry[1], rows[j:j + entry[2]]))
            j += entry[2]
            entry = _entry(rows, j)
        if len(entries) < 2:
            continue
        for name, amount, used in entries:
            read.update(id(r) for r in used)
            out.extend(_records(name, amount, used[0], year, report))  # type: ignore[arg-type]
        resume = j
    return out, read


#: Where a text of texts joined by a NUL (one after the last too) may be an entry: it ends
#: in an amount (:data:`_NAME_AMOUNT`'s end, then white space), or the next text is a
#: definition (:data:`_DEFINITION`, after white space). A search of the joined texts skips
#: to each "£" and NUL by itself.
_ENDS_IN_AMOUNT = compile_regex(r"£[0-9][0-9,.]*+(?:[ \t]?(?:m|k|bn|million))?[ \t]*+\.?\s*+\0")
_BEFORE_DEFINITION = compile_regex(r"\0\s*+(?::[ \t]*+)?£")


def entry_starts(texts: list[str]) -> list[int]:
    """The places of ``texts`` (the rows' texts, in order) where a list entry may start
    (:func:`_entry` is None at every other place), found by one search of all of them.

    Examples
    --------
    >>> entry_starts(["Funding for 2025-26 is:", "Digital grant", ":   £530,000",
    ...               "Careers fund\t£80,000", "The grant of £5 was agreed."])
    [1, 2, 3]
    """
    joined = "\0".join(texts) + "\0"
    if joined.count("\0") != len(texts):  # (a text with a NUL of its own: every place)
        return list(range(len(texts)))
    starts = list(accumulate((len(text) + 1 for text in texts), initial=0))
    found = {bisect_right(starts, m.start()) - 1 for pattern in (_ENDS_IN_AMOUNT,
             _BEFORE_DEFINITION) for m in pattern.finditer(joined)}
    return sorted(found)


def _records(name: str, amount: str, row: _Row, year: str,
             report: Callable[[str, int, str], None]) -> list[dict[str, Any]]:
    """The grant record of one entry (none for a total or budget: reported)."""
    money = [m for m in find_money(amount) if m.value is not None][:1]
    if not money:
        return []
    if vocabulary().not_a_grant.search(name):
        report(money[0].printed, row.source_line,
               f"entry {name!r} of a list of grants (line {row.source_line}) is not named "
               "as a grant; its amount is kept in the paragraphs table only")
        return []
    return [{"grant": plain_grant_name(re.sub(r"\s+", " ", name)),  # (.grant_name_parts)
             "amount_gbp": pounds(money[0].value),
             "financial_year": year, "financial_year_stated": True, "purpose": None,
             "paragraphs": [] if row.paragraph is None else [row.paragraph],
             "source_line": row.source_line}]
