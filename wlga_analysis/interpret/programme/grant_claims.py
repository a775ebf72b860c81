"""Programme interpreter: the grants of a grant claim's summary table, its awards.

A grant claim narrative (:mod:`.claims`) opens on a table of the grants it claims for::

    | Grant                         | Award letter ref. | Award 2025-26 (£) | Claimed to date (£) |
    | Improvement and Support Grant | LGPD/2025/014     | 1,200,000         | 570,500             |
    | Total                         |                   | 1,590,000         | 719,550             |

Each row is a grant: its name the first cell (under a header naming a grant: list
``funding`` of ``data/raw/programme_words.csv``), its amount the **award** column's (a
header naming an award or allocation, list ``funding``, and a financial year, and no claim,
spend or budget: list ``finance column`` or ``not a grant``), the year the header's. The
claimed columns are no grants; a row named as a total, or as the body's own money ("WLGA
core contribution", :mod:`.own_money`), is reported, not read, and a
sentence that restates the awards' total ("... £719,550 of the £1,590,000 awarded") names
no grant of its own (reported). Figures with no £ sign are pounds when the header says so
("(£)"), or in the unit it names ("£'000").

Examples
--------
>>> from wlga_analysis.interpret.programme.common import _Row
>>> head = ("Grant", "Ref.", "Award 2025-26 (£)", "Claimed to date (£)")
>>> rows = [_Row("table row", None, None, None, "", 5, cells=dict(zip(head, cells)))
...         for cells in (("Skills Grant", "A/1", "90,000", "20,000"),
...                       ("Total", "", "90,000", "20,000"))]
>>> rows.append(_Row("text", None, None, None, "We have claimed £20,000 of £90,000.", 8))
>>> records, read = claim_grants(rows[:2], rows, lambda *a: None)
>>> [(r["grant"], r["amount_gbp"], r["financial_year"]) for r in records], len(read)
([('Skills Grant', 90000, '2025-26')], 3)
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from wlga_analysis import config
from wlga_analysis.interpret.programme.claims import _finance_pattern
from wlga_analysis.interpret.programme.common import _Row, vocabulary
from wlga_analysis.interpret.programme.own_money import OWN_MONEY_NOTE, is_own_money
from wlga_analysis.reference import file_identity
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.money import find_money, pounds

__all__ = ["award_columns", "claim_grants"]

#: A financial year in a header ("2025-26", "2025/2026").
_YEAR = LazyPattern(r"\b((?:19|20)\d\d)[ \t]*+[-–/][ \t]*+(\d\d|\d{4})\b")
#: A figure printed with no sign ("1,200,000", "-5,000").
_FIGURE = LazyPattern(r"-?\d{1,3}(?:,\d{3})++|-?\d+")


def _year(header: str) -> str | None:
    m = _YEAR.search(header)
    if m is None:
        return None
    end = m.group(2)[-2:]
    return f"{m.group(1)}-{end}" if int(end) == (int(m.group(1)) + 1) % 100 else None


def award_columns(headers: list[str]) -> dict[str, str]:
    """The award columns of a claim summary's header and the year each names: a header
    naming an award and a year, no claim or spending, after a first header naming a grant
    ({} for any other table).

    Examples
    --------
    >>> award_columns(["Grant", "Award 2025-26 (£)", "Claimed to date (£)"])
    {'Award 2025-26 (£)': '2025-26'}
    >>> award_columns(["Cost heading", "Budget 2025-26 (£)", "Spend (£)"])
    {}
    """
    if len(headers) < 2 or len(headers[0]) > 40 or not any("20" in h for h in headers):
        return {}  # (a cheap test first: most tables name no year)
    vocab = vocabulary()
    if not vocab.funding.search(headers[0]):
        return {}
    finance = _finance_pattern(file_identity(config.PROGRAMME_WORDS_FILE))
    out = {}
    for header in headers[1:]:
        year = _year(header)
        if year is not None and vocab.funding.search(header) and not finance.search(header) \
                and not vocab.not_a_grant.search(header):
            out[header] = year
    return out


def _unit(header: str) -> Decimal | None:
    """The factor of a header's bare figures: "(£)" pounds, "(£'000)" thousands."""
    if "£'000" in header or "£000" in header or "£k" in header:
        return Decimal(1000)
    if "£m" in header:
        return Decimal(1_000_000)
    return Decimal(1) if "£" in header else None


def _amount(cell: str, header: str) -> int | None:
    found = [m for m in find_money(cell) if m.value is not None]
    if found:
        return pounds(found[0].value)
    text = clean_text(cell).strip()
    unit = _unit(header)
    if unit is None or not text or _FIGURE.fullmatch(text) is None:
        return None
    return pounds(Decimal(text.replace(",", "")) * unit)


def claim_grants(table_rows: list[_Row], rows: list[_Row],
                 report: Callable[[str, int, str], None]
                 ) -> tuple[list[dict[str, Any]], set[int]]:
    """Grant records of the awards of a claim summary among ``table_rows``, and the ``id``
    of every row read (its rows, and a sentence of ``rows`` restating its total)."""
    out: list[dict[str, Any]] = []
    read: set[int] = set()
    totals: set[int] = set()
    columns: dict[tuple[str, ...], dict[str, str]] = {}
    for r in table_rows:
        head = tuple(r.cells)
        awards = columns.get(head)
        if awards is None:
            awards = columns[head] = award_columns(list(head))
        if not awards:
            continue
        read.add(id(r))
        name = clean_text(r.cells[head[0]] or "").strip(" :")
        amounts = [(year, a) for h, year in awards.items()
                   if (a := _amount(r.cells[h] or "", h)) is not None]
        if not amounts:
            continue
        if not name or vocabulary().not_a_grant.search(name):
            totals.update(a for _, a in amounts)
            report(f"£{amounts[0][1]:,}", r.source_line,
                   f"row {name!r} of a claim summary (line {r.source_line}) is not named as "
                   "a grant; its amounts are kept in the paragraphs table only")
            continue
        if is_own_money(name):  # "WLGA core contribution" (.own_money)
            report(f"£{amounts[0][1]:,}", r.source_line,
                   f"row {name!r} of a grants table (line {r.source_line}) is "
                   f"{OWN_MONEY_NOTE}; its amounts are kept in the paragraphs table only")
            continue
        out.extend({"grant": name, "amount_gbp": amount, "financial_year": year,
                    "financial_year_stated": True, "purpose": None,
                    "paragraphs": [] if r.paragraph is None else [r.paragraph],
                    "source_line": r.source_line} for year, amount in amounts)
    if totals:
        read |= _restating(rows, totals, report)
    return out, read


def _restating(rows: list[_Row], totals: set[int],
               report: Callable[[str, int, str], None]) -> set[int]:
    """The ``id`` of each line of text that names the awards' total: it restates the
    claim summary (its amounts are claims and totals) and names no grant (reported)."""
    read = set()
    for r in rows:
        if r.kind == "table row" or "£" not in r.text:
            continue
        found = [m for m in find_money(r.text) if m.value is not None]
        if any(pounds(m.value) in totals for m in found):
            read.add(id(r))
            report(found[0].printed, r.source_line,
                   f"line {r.source_line} restates the claim summary's total of the awards "
                   f"({', '.join(m.printed.strip() for m in found)}): claims and totals, no "
                   "grant of its own; it is kept in the paragraphs table only")
    return read
