"""Programme interpreter: grants printed as a form's labelled lines, a label then its amount.

A grant monitoring return (:mod:`.forms`) states its grants as labelled lines of its grant
details, the grant's name on a line of its own::

    Grant:                   Local Government Improvement Support Grant
    Award 2025-26:           £1,150,000
    Additional award 2025-26 (Corporate Joint Committees support): £120,000
    Total spend to date:     £512,940

A line whose label names an award (a word of list ``funding`` of
``data/raw/programme_words.csv``: "award", "allocation", "grant") and its year, and whose
value is an amount alone, is a grant of that year: named by the bracket of its label when
it has one ("Corporate Joint Committees support"), else by the value of the form's line
naming the grant (list ``grant name label``: "Grant:", "Grant name:", "Name of grant:").
A label naming spending, a budget or a total (list ``not a grant``) is no grant; a label
with no year, or no name to give, is left to the general rules of :mod:`.grants`.

Examples
--------
>>> from wlga_analysis.interpret.programme.common import _Row
>>> rows = [_Row("text", None, None, None, "Grant: Skills Support Grant", 3),
...         _Row("text", None, None, None, "Award 2026-27: £400,000", 4),
...         _Row("text", None, None, None, "Extra allocation 2026-27 (Digital): £50,000", 5),
...         _Row("text", None, None, None, "Spend to date: £120,000", 6)]
>>> records, read = form_grants(rows, lambda *a: None)
>>> [(r["grant"], r["amount_gbp"], r["financial_year"]) for r in records], len(read)
([('Skills Support Grant', 400000, '2026-27'), ('Digital', 50000, '2026-27')], 2)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.common import _Row, vocabulary
from wlga_analysis.interpret.programme.fund_initials import total_of_fund
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.money import find_money, pounds
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["form_grants"]

#: "Label: £1,150,000": a label, a colon, an amount alone.
_AMOUNT_LINE = compile_regex(r"(?P<label>[A-Za-z][^:£]{1,100}?)[ \t]*+:[ \t]*+"
                             r"(?P<amount>£[0-9][0-9,.]*+(?:[ \t]?(?:m|k|bn|million))?)[ \t]*+")
#: "Grant: Local Government Improvement Support Grant": a label, a colon, a name.
_NAME_LINE = compile_regex(r"(?P<label>[A-Za-z][^:£]{1,40}?)[ \t]*+:[ \t]*+(?P<name>[^£]{3,120})")
_YEAR = compile_regex(r"((?:19|20)\d\d)[ \t]*+[-–/][ \t]*+(\d\d|\d{4})\b")
_BRACKET = compile_regex(r"\((?P<name>[^()]{3,80})\)")


@lru_cache(maxsize=8)
def _name_labels(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["grant name label"]
    return compile_regex(rf"(?i)(?:{'|'.join(f'(?:{w})' for w in words) or '(?!)'})")


def _year(label: str) -> str | None:
    m = _YEAR.search(label)
    if m is None:
        return None
    end = m.group(2)[-2:]
    return f"{m.group(1)}-{end}" if int(end) == (int(m.group(1)) + 1) % 100 else None


def form_grants(rows: list[_Row], report: Callable[[str, int, str], None],
                title: str | None = None) -> tuple[list[dict[str, Any]], set[int]]:
    """Grant records of a form's labelled award lines in ``rows``, and the ``id`` of every
    row read (see the module; ``title``, the paper's, may spell out a fund's initials)."""
    lines = [r for r in rows if r.kind == "text" and ": £" in r.text]  # (a cheap test first)
    if not lines:
        return [], set()
    vocab = vocabulary()
    names = _name_labels(file_identity(config.PROGRAMME_WORDS_FILE))
    out: list[dict[str, Any]] = []
    read: set[int] = set()
    for row in lines:
        m = _AMOUNT_LINE.fullmatch(row.text.strip())
        if m is None:
            continue
        label = m.group("label")
        year = _year(label)
        if year is None or not vocab.funding.search(label):
            continue
        fund = None
        if vocab.not_a_grant.search(label) and (fund := total_of_fund(
                label, vocab.not_a_grant, [title or "", *(r.text for r in rows)])) is None:
            continue  # ("Total RIF allocation 2026-27": the fund's grant, .fund_initials)
        bracket = _BRACKET.search(label)
        name = fund or (bracket.group("name").strip() if bracket else
                        _grant_name(rows, row, names))
        money = [x for x in find_money(m.group("amount")) if x.value is not None][:1]
        if name is None or not money:
            continue
        read.add(id(row))
        out.append({"grant": name, "amount_gbp": pounds(money[0].value),
                    "financial_year": year, "financial_year_stated": True,
                    "purpose": None,
                    "paragraphs": [] if row.paragraph is None else [row.paragraph],
                    "source_line": row.source_line})
    return out, read


def _grant_name(rows: list[_Row], row: _Row, names: re.Pattern[str]) -> str | None:
    """The value of the last line naming the grant ("Grant: ...") before ``row``."""
    found = None
    for r in rows:
        if r is row:
            return found
        if r.kind == "text" and ":" in r.text[:42]:
            m = _NAME_LINE.fullmatch(r.text.strip())
            if m is not None and names.fullmatch(m.group("label").strip()):
                found = m.group("name").strip()
    return found
