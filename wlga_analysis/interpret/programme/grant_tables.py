"""Programme interpreter: grants printed as a table, and naming rules for grants in text.

A grants table names a grant in its first column and gives its amount in one column per
financial year::

    | Grant             | 2023-24  | 2024-25  |
    | Improvement grant | £800,000 | £720,000 |

Each (grant, year column) with an amount is one grant row, whether or not the row itself
says "grant" or "funding": the table is about funding (its first header, its section
heading or the paragraph that introduces it says so). A table printed the other way round,
a row per year and a column per grant ("| Year | Improvement grant | Total |"), gives one
grant row per (grant column, year row); it is about funding when a column header says so.
A row (or column) named as a total, a budget or a saving (programme_words.csv, ``not a
grant``) is not a grant and is reported.

A table may print its figures in a unit its header or heading names ("Grant (£'000)",
"£000s", "(£m)"): a bare figure ("800") is then read in that unit (£800,000). A bare figure
in a grants table that names no unit is reported, not read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from wlga_analysis import quarters
from wlga_analysis.interpret.programme.amount_years import column_year
from wlga_analysis.interpret.programme.common import _FY_TEXT, _Row, vocabulary
from wlga_analysis.interpret.programme.funding_blocks import row_year
from wlga_analysis.interpret.programme.grant_funders import funder_programme_name
from wlga_analysis.interpret.programme.grant_scan import ANY_WORDS, FUND_NAME_ENDS, DocumentWords
from wlga_analysis.interpret.programme.grant_summary import without_allocation_parts
from wlga_analysis.interpret.programme.grant_under import scheme_name_after
from wlga_analysis.interpret.programme.grants import _Mention
from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.marks import FOOTNOTE_MARKS, SUPERSCRIPT_DIGITS
from wlga_analysis.text.money import FIGURES_UNIT, Money, find_money, pounds

#: A year column's header: "2023-24", "2023/24", "2023-2024", "FY 2023-24", "2023-24 (£)".
_YEAR_HEADER = LazyPattern(r"(?i)(?:fy|financial\s+year)?[ \t]*+((?:19|20)\d{2}[ \t]*+[-–/]"
                          r"[ \t]*+(?:\d{2}|\d{4}))[ \t]*+(?:\(£\)|£)?")


#: A header naming pounds as its figures' unit: "Amount (£)", "2024-25 (£)", "£".
_POUNDS_UNIT = LazyPattern(r"(?:^|\()[ \t]*+£[ \t]*+(?:\)|$)")

#: A figure printed with no sign or unit ("800", "1,050", "0.25").
_BARE_FIGURE = LazyPattern(r"\d{1,3}(?:,\d{3})++(?:\.\d+)?|\d+(?:\.\d+)?")


def table_unit(texts: list[str]) -> tuple[Decimal, str] | None:
    """The factor and printed unit of a table's figures, from its headers and heading.

    Examples
    --------
    >>> table_unit(["Grant (£'000)", "2024-25"]), table_unit(["Funding (£m)"])
    ((Decimal('1000'), "£'000"), (Decimal('1000000'), '£m'))
    >>> table_unit(["Grant", "2024-25 (£)"]), table_unit(["Funding", "Amount (£)"])
    ((Decimal('1'), '£'), (Decimal('1'), '£'))
    >>> table_unit(["Grant", "2024-25"]) is None
    True
    """
    for text in texts:
        m = FIGURES_UNIT.search(text)
        if m is not None:
            return Decimal(1000 if m.group("thousands") else 1_000_000), m.group(0)
    if any(_POUNDS_UNIT.search(text) for text in texts):  # "Amount (£)", "£": pounds
        return Decimal(1), "£"
    return None


def _cell_amounts(cell: str, unit: tuple[Decimal, str] | None,
                  bare: list[str] | None = None) -> list[Money]:
    """The amounts of a table cell: its £ amounts, or a bare figure in the table's unit. A
    bare figure in a table that names no unit is no amount: it is added to ``bare``."""
    found = find_money(cell)
    if found:
        return found
    text = clean_text(cell)
    if not text or _BARE_FIGURE.fullmatch(text) is None:
        return []
    if unit is None:
        if bare is not None:
            bare.append(cell)
        return []
    return [Money(0, len(cell), f"{text} ({unit[1]})", unit[0] * Decimal(text.replace(",", "")))]


def year_label(header: str) -> str | None:
    """The financial year a column header names ("2023-24", "FY 2024/25"), else None.

    Examples
    --------
    >>> year_label("2023-24"), year_label("FY 2024/25"), year_label("2023-2024 (£)")
    ('2023-24', '2024-25', '2023-24')
    >>> year_label("Grant") is None, year_label("2023-27") is None
    (True, True)
    """
    m = _YEAR_HEADER.fullmatch(header.strip())
    if m is None:
        return None
    try:
        return quarters.financial_year_label(
            quarters.financial_year_start(re.sub(r"\s+", "", m.group(1))))
    except ValueError:
        return None


def _about_funding(row: _Row, paragraphs: dict[int, str], columns: bool = False) -> bool:
    """Whether the table of ``row`` is about funding: its first header, its section heading
    or the paragraph it stands under names funding (or, with ``columns``, the header of a
    column: "Improvement grant" in a table with a row per year)."""
    funding = vocabulary().funding
    headers = list(row.cells or {})
    texts = (*(headers if columns else headers[:1]), row.heading or "",
             paragraphs.get(row.paragraph or -1, ""))
    return any(funding.search(t) for t in texts if t)


def without_row_notes(issues: list[Any], rows: list[_Row], read: set[int]) -> list[Any]:
    """The issues less the "table row not an item" notes of the rows a grants table was
    read from (``read``: their ids): a grants table's rows are grants, not lost items.

    Examples
    --------
    >>> without_row_notes([], [], set())
    []
    """
    if not read:
        return issues
    lines_read = {r.source_line for r in rows if id(r) in read}
    return [i for i in issues
            if not (i.check == "table row not an item" and i.source_line in lines_read)]


def table_grants(rows: list[_Row], report: Callable[[str, int, str], None],
                 title: str | None = None) -> tuple[list[dict[str, Any]], set[int]]:
    """Grant records from the rows of grants tables (and of lists of grants, a name then
    its amount: :mod:`.grant_lists`), and the ``id`` of every row read.

    ``report(item, line, message)`` records an "unclassified amount" issue for a row named
    as a total, budget or saving; ``title``: the paper's title (it may spell out a fund a
    form names by its initials: :mod:`.fund_initials`).

    Examples
    --------
    >>> row = _Row("table row", 5, "Funding", 1, "", 9, cells={
    ...     "Grant": "Digital grant", "2023-24": "£0.5m", "2024-25": "£530k"})
    >>> records, read = table_grants([row], lambda *a: None)
    >>> [(r["grant"], r["amount_gbp"], r["financial_year"]) for r in records]
    [('Digital grant', 500000, '2023-24'), ('Digital grant', 530000, '2024-25')]
    """
    records, read = _table_grants(rows, report, title)
    # a table of measures' £ figures ("Value of grants awarded (£)") are the service's
    # performance, not its funding: read as no grant (kept as kind "measure": .measures)
    return records, read | {id(r) for r in rows if r.kind == "measure"}


def _table_grants(rows: list[_Row], report: Callable[[str, int, str], None],
                  title: str | None) -> tuple[list[dict[str, Any]], set[int]]:
    from wlga_analysis.interpret.programme.grant_bullets import bullet_grants
    from wlga_analysis.interpret.programme.grant_forms import form_grants
    from wlga_analysis.interpret.programme.grant_lists import definition_grants

    listed, listed_read = definition_grants(rows, report)  # "Name" then ":   £150,000"
    formed, formed_read = form_grants(rows, report, title)  # "Award 2025-26: £1,150,000"
    bulleted, bulleted_read = bullet_grants(  # "Name – £800,000 (Funder)"
        rows, report, listed_read | formed_read)
    listed, listed_read = listed + formed + bulleted, listed_read | formed_read | bulleted_read
    table_rows = [r for r in rows if r.kind == "table row" and r.cells]
    if not table_rows:  # (the paragraphs are looked at only for a table's rows)
        return listed, listed_read
    from wlga_analysis.interpret.programme.allocations import allocation_rows
    from wlga_analysis.interpret.programme.grant_claims import claim_grants
    from wlga_analysis.interpret.programme.grant_summary import table_context
    from wlga_analysis.interpret.programme.item_figures import item_figure_rows  # (shares)
    from wlga_analysis.interpret.programme.logic_model import resource_rows  # (inputs, budgets)

    claimed, claimed_read = claim_grants(table_rows, rows, report)  # (.grant_claims)
    if claimed_read:  # (a claim summary's rows are read once)
        listed, listed_read = listed + claimed, listed_read | claimed_read
        table_rows = [r for r in table_rows if id(r) not in claimed_read]
    paragraphs = {r.paragraph: r.text for r in rows
                  if r.kind == "paragraph" and r.paragraph is not None}
    from wlga_analysis.interpret.programme.budget_strands import strand_budget_grants

    lead_ins = _lead_ins(rows)
    stranded, stranded_read = strand_budget_grants(  # "Strand | Budget (£k) | Spent (£k)"
        table_rows, paragraphs, lead_ins, report)
    allocated = allocation_rows(table_rows, report) | resource_rows(table_rows, report) \
        | item_figure_rows(table_rows, report) | stranded_read
    found, read = _read_table_rows([r for r in table_rows if id(r) not in allocated],
                                   paragraphs, report, table_context(rows, lead_ins), title)
    return found + listed + stranded, read | allocated | listed_read


def _lead_ins(rows: list[_Row]) -> dict[int, str]:
    """The line just before each table ("Funding for 2026-27 and spend to date:"), by the
    ``id`` of each of the table's rows.

    Examples
    --------
    >>> rows = [_Row("text", 5, None, None, "Funding for 2026-27:", 8),
    ...         _Row("table header", 5, None, None, "Line | Amount", 9),
    ...         _Row("table row", 5, None, None, "Grant | £5", 10)]
    >>> list(_lead_ins(rows).values())
    ['Funding for 2026-27:']
    """
    out: dict[int, str] = {}
    lead = ""
    for before, r in zip([None, *rows], rows, strict=False):
        if r.kind == "table header":
            lead = before.text if before is not None and before.kind in (
                "text", "paragraph") else ""
        elif r.kind == "table row":
            out[id(r)] = lead
    return out


def _read_table_rows(table_rows: list[_Row], paragraphs: dict[int | None, str],
                     report: Callable[[str, int, str], None],
                     lead_ins: dict[int, str] | None = None, title: str | None = None
                     ) -> tuple[list[dict[str, Any]], set[int]]:
    """:func:`table_grants` of the table rows of a document (``paragraphs``: the text of
    each numbered paragraph; ``lead_ins``: the line before each row's table; ``title``:
    the paper's title, whose year a grants table naming none is of)."""
    out: list[dict[str, Any]] = []
    read: set[int] = set()
    for r in table_rows:
        years = dict(_column_years(tuple(r.cells)))
        if not years and (year := _row_year(r)) is not None \
                and _about_funding(r, paragraphs, columns=True):
            read.add(id(r))  # a table with a row per year, a column per grant
            out.extend(_year_row_records(r, year, report))
            continue
        lead = (lead_ins or {}).get(id(r), "")
        if not years and (year := _amount_column_year(r, paragraphs, lead, title)) is not None:
            years = dict.fromkeys(_amount_columns(r), year)  # "Funding stream | Amount"
        if not years or not (_about_funding(r, paragraphs) or vocabulary().funding.search(lead)):
            continue
        read.add(id(r))
        name = _grant_name(next(iter(r.cells.values()), ""))
        unit = table_unit([*r.cells, r.heading or ""])
        bare: list[str] = []
        amounts = [(years[h], m) for h in years
                   for m in _cell_amounts(r.cells[h] or "", unit, bare) if m.value is not None]
        if bare:
            report(bare[0], r.source_line,
                   f"figure {bare[0]!r} of a grants table (line {r.source_line}) has no £ "
                   "sign and the table names no unit (such as £'000); it is not read as a "
                   "grant and is kept in the paragraphs table only")
        out.extend(_named_grant_records(r, "row", name, amounts, report))
    return out, read


def _amount_columns(r: _Row) -> list[str]:
    """The headers of a table row's amount columns ("Amount", "Allocation": role
    ``amount`` of ``programme_columns.csv``)."""
    return list(_amount_headers(tuple(r.cells or {})))


@by_headers
def _amount_headers(headers: tuple[str, ...]) -> tuple[str, ...]:
    from wlga_analysis.interpret.programme.layouts import header_role
    from wlga_analysis.reference import programme_columns

    known = programme_columns()
    return tuple(h for h in headers if header_role(" ".join(h.lower().split()).strip(" :"),
                                                   known) == "amount")


@by_headers
def _column_years(headers: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(header, year) of the headers that name a financial year (:func:`column_year`)."""
    return tuple((h, y) for h in headers if (y := column_year(h)) is not None)


def _amount_column_year(r: _Row, paragraphs: dict[int | None, str],
                        lead: str = "", title: str | None = None) -> str | None:
    """The financial year of a funding table with an amount column and no year column:
    the year its section heading, its paragraph, the line just before it or its first
    column's header names ("6. Funding 2025-26", "Funding for 2026-27 and spend to date:",
    "Grant (2025-26)"), else, for a table whose first header names a grant ("Grant |
    Allocation | Spent"), the year of the paper's ``title`` ("... Programme 2025-26"), else
    None. (Only the amount column is a grant: "Allocation | Spent
    to date | Remaining" gives the allocation.)

    Examples
    --------
    >>> row = _Row("table row", 6, None, None, "", 9, cells={
    ...     "Funding stream": "Data grant", "Amount": "£95,000"})
    >>> _amount_column_year(row, {6: "Funding 2025-26"})
    '2025-26'
    >>> _amount_column_year(row, {6: "Funding"}) is None
    True
    """
    if not _amount_columns(r):
        return None
    if (year := row_year(r.cells)) is not None:  # a Year column of its own (.funding_blocks)
        return year
    named = title if title and vocabulary().funding.search(next(iter(r.cells))) else ""
    for text in (r.heading or "", paragraphs.get(r.paragraph, ""), lead, next(iter(r.cells)),
                 named):
        m = _YEAR_HEADER.search(text)
        if m is not None and (year := year_label(m.group(1))) is not None:
            return year
    return None


def _row_year(r: _Row) -> str | None:
    """The financial year a table row's first cell names ("2023-24"), else None."""
    first = next(iter(r.cells.values()), "") if r.cells else ""
    return year_label(clean_text(first or "")) if first and len(first) <= 24 else None


def _year_row_records(r: _Row, year: str,
                      report: Callable[[str, int, str], None]) -> list[dict[str, Any]]:
    """The grants of a grants table's row for one year: one record per column named as a
    grant ("Improvement grant"); a column named as a total or budget is reported, not read.

    Examples
    --------
    >>> row = _Row("table row", 6, "Annex 1: grant funding", 1, "", 9, cells={
    ...     "Year": "2023-24", "Improvement grant": "£800,000", "Total": "£800,000"})
    >>> [(g["grant"], g["amount_gbp"], g["financial_year"])
    ...  for g in _year_row_records(row, "2023-24", lambda *a: None)]
    [('Improvement grant', 800000, '2023-24')]
    """
    out: list[dict[str, Any]] = []
    unit = table_unit([*r.cells, r.heading or ""])
    for header in list(r.cells)[1:]:
        amounts = [(year, m) for m in _cell_amounts(r.cells[header] or "", unit)
                   if m.value is not None]
        out.extend(_named_grant_records(r, "column", _grant_name(header), amounts, report))
    return out


#: Footnote marks printed after a name ("Improvement grant¹", "Digital fund*").
_FOOTNOTE_MARKS = FOOTNOTE_MARKS + "*"


def _grant_name(cell: str) -> str:
    """A grant's name as a grants table prints it, without a footnote mark or a unit
    ("Improvement grant¹" is "Improvement grant")."""
    from wlga_analysis.interpret.programme.grant_name_parts import plain_grant_name

    name = FIGURES_UNIT.sub("", clean_text(cell)).replace("()", "")
    return plain_grant_name(name.strip(" :").rstrip(_FOOTNOTE_MARKS).strip(" :"))


def _named_grant_records(r: _Row, part: str, name: str, amounts: list[tuple[str, Any]],
                         report: Callable[[str, int, str], None]) -> list[dict[str, Any]]:
    """The grant records of the ``amounts`` of a grants table's row or column (``part``)
    called ``name``; one not named as a grant (a total, a budget) is reported instead."""
    if not amounts:
        return []
    if not name or vocabulary().not_a_grant.search(name):
        report(amounts[0][1].printed, r.source_line,
               f"{part} {name!r} of a grants table (line {r.source_line}) is not named as a "
               "grant; its amounts are kept in the paragraphs table only")
        return []
    from wlga_analysis.interpret.programme.own_money import OWN_MONEY_NOTE, is_own_money

    if is_own_money(name):  # "WLGA core contribution": not a grant (.own_money)
        report(amounts[0][1].printed, r.source_line,
               f"{part} {name!r} of a grants table (line {r.source_line}) is "
               f"{OWN_MONEY_NOTE}; its amounts are kept in the paragraphs table only")
        return []
    return _row_records(r, name, amounts)


def _row_records(r: _Row, name: str, amounts: list[tuple[str, Any]]) -> list[dict[str, Any]]:
    """One grant record per (year column, amount) of a grants table's row."""
    return [{"grant": name, "amount_gbp": pounds(m.value), "financial_year": year,
             "financial_year_stated": True, "purpose": None,
             "paragraphs": [] if r.paragraph is None else [r.paragraph],
             "source_line": r.source_line} for year, m in amounts]


def drop_table_row_issues(issues: list[Any], rows: list[_Row], read: set[int]) -> list[Any]:
    """The issues without "table row not an item" for the rows of a grants table (they
    are grants, not stray items).

    Examples
    --------
    >>> drop_table_row_issues([], [], set())
    []
    """
    lines = {r.source_line for r in rows if id(r) in read}
    return [i for i in issues
            if not (i.check == "table row not an item" and i.source_line in lines)]


def merge_table_grants(text_grants: list[dict[str, Any]],
                       table: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Grants read from sentences and from tables; a sentence's grant of the same amount
    and year as a table's row is that row (its paragraphs added), not a second grant.

    Examples
    --------
    >>> t = [{"amount_gbp": 5, "financial_year": "2023-24", "paragraphs": [5]}]
    >>> s = [{"amount_gbp": 5, "financial_year": "2023-24", "paragraphs": [3]},
    ...      {"amount_gbp": 7, "financial_year": "2023-24", "paragraphs": [4]}]
    >>> [(g["amount_gbp"], g["paragraphs"]) for g in merge_table_grants(s, t)]
    [(7, [4]), (5, [3, 5])]
    """
    by_key = {(g["amount_gbp"], g["financial_year"]): g for g in table}
    kept = []
    from wlga_analysis.interpret.programme.grant_sums import without_table_sums

    for g in without_table_sums(without_allocation_parts(text_grants, table), table):
        home = by_key.get((g["amount_gbp"], g["financial_year"]))
        if home is None:
            kept.append(g)
        else:
            home["paragraphs"] = sorted({*home["paragraphs"], *g["paragraphs"]})
    return kept + table


#: A proper name before an amount: "the Local Government Digital Transformation Fund of £".
_PROPER_NAME = LazyPattern(r"((?:[A-Z][\w'&-]*+[ \t]++(?:(?:and|for|of)[ \t]++)?){0,6}"
                          r"(?:Fund|Grant|Programme|Scheme|Allocation))[ \t]++(?:of[ \t]++)?"
                          r"(?:up[ \t]++to[ \t]++)?$")
#: "The digital team is funded by ... £X": what the amount funds.
_FUNDED_SUBJECT = LazyPattern(r"(?i)^(?:the[ \t]++)?(?P<p>[^,;:]{3,80}?)[ \t]++(?:is|are|was|"
                             r"were|will[ \t]++be)[ \t]++(?:(?:fully|partly|also)[ \t]++)?"
                             r"funded[ \t]++(?:by|through|from|at)\b")
#: "the grant for the Improvement and Support Programme is £X".
_GRANT_FOR = LazyPattern(r"(?i)\bgrant[ \t]++for[ \t]++(?:the[ \t]++)?(?P<p>[^,;:£]{3,80}?)"
                        r"[ \t]++(?:is|was|will[ \t]++be|of|totals?|amounts[ \t]++to)[ \t]*+$")


_PROPER_NAME_ENDS = FUND_NAME_ENDS


def proper_grant_name(before: str) -> str | None:
    """The capitalised name of a fund printed just before its amount, or None.

    Examples
    --------
    >>> proper_grant_name("The Local Government Digital Transformation Fund of ")
    'Local Government Digital Transformation Fund'
    >>> proper_grant_name("a separate grant of ") is None
    True
    """
    tail = before[-120:]
    # (the name ends in one of these words, as printed: no scan of a tail without one)
    m = _PROPER_NAME.search(tail) if any(word in tail for word in _PROPER_NAME_ENDS) else None
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[0] in ("The", "This", "A", "An", "Our"):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else None


_LEADING_YEAR = LazyPattern(r"(?i)^(?:in|during|for)[ \t]++(?:the[ \t]++)?(?:financial[ \t]++"
                           r"year[ \t]++)?(?:19|20)\d\d(?:[-–/]\d{2,4})?+,?[ \t]++(?:the[ \t]++)?")


def sentence_purpose(sentence: str, before: str, funded: bool = True) -> str | None:
    """What an amount funds when the sentence says it before the amount: "The digital
    team is funded by a grant of £X" or "The grant for the Support Programme is £X" (the
    first only when ``funded``: the document may say "funded").

    Examples
    --------
    >>> sentence_purpose("The digital team is funded by a grant of £5.", "")
    'digital team'
    >>> sentence_purpose("", "The Welsh Government grant for the Support Programme is ")
    'Support Programme'
    >>> sentence_purpose("", "The improvement grant for 2024-25 was ") is None
    True
    >>> sentence_purpose("In 2022-23 the programme is funded by the £8 grant.", "")
    'programme'
    """
    # (each pattern tried only when its key words are there, in any case: "grant" and
    # "for", "funded")
    tail = before[-120:]
    lowered = tail.lower()
    m = _GRANT_FOR.search(tail) if "grant" in lowered and "for" in lowered else None
    if m is None or _FY_TEXT.match(m.group("p")):  # "the grant for 2024-25 is": a year
        m = _FUNDED_SUBJECT.match(sentence.strip()) if funded and \
            "funded" in sentence.lower() else None
        if m is None or _FY_TEXT.match(m.group("p")):
            return None
    # "In 2022-23 the programme is funded by": the year is not what is funded
    return _LEADING_YEAR.sub("", m.group("p").strip())


def carry_name(sentence_mentions: list[_Mention], carried: str | None) -> str | None:
    """A sentence naming no grant whose one funded amount follows a sentence that named
    one ("The improvement grant for 2024-25 was £720,000. Welsh Government has confirmed
    £750,000 for 2025-26.") is that grant's: the name carries over. Returns the name the
    next sentence may carry.

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> m = M(funding=True, name=None, sentence="Welsh Government has confirmed £750,000.")
    >>> carry_name([m], "improvement grant"), m.name
    ('improvement grant', 'improvement grant')
    """
    if not carried and len(sentence_mentions) == 1:  # (most sentences: one amount)
        only = sentence_mentions[0]
        return (only.name or None) if only.funding else None
    funded = [x for x in sentence_mentions if x.funding]
    if carried and len(funded) == 1 and funded[0].name is None \
            and "grant" not in funded[0].sentence.lower():
        funded[0].name = carried
    return next((x.name for x in reversed(funded) if x.name), None)


def purpose_before(funded: list[_Mention], programme_name: str | None,
                   words: DocumentWords = ANY_WORDS) -> str | None:
    """What a grant funds when its sentence says so before the amount ("The digital team is
    funded by ..."); "the programme" is the programme the paper reports on (``words``: the
    words the document holds).

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> m = M(sentence="The programme is funded by a grant of £8.", before="")
    >>> purpose_before([m], "Improvement Programme")
    'Improvement Programme'
    """
    pairs = ((funded[0].sentence, funded[0].before),) if len(funded) == 1 else \
        dict.fromkeys((x.sentence, x.before) for x in funded)  # (each distinct text once)
    for sentence, before in pairs:
        purpose = sentence_purpose(sentence, before, words.funded)
        if purpose:
            return the_programme(purpose, programme_name)
    return None


def printed_grant_name(funded: list[_Mention], words: DocumentWords = ANY_WORDS) -> str | None:
    """The name of a fund printed with a grant's mentions: a capitalised name just before
    an amount (:func:`proper_grant_name`), or the bold lead of its item
    (:func:`topic_grant_name`); the first mention that has one names it (a name's words
    looked for only when the document has them: ``words``).

    Examples
    --------
    >>> from types import SimpleNamespace as M
    >>> row = M(raw="- **Digital Transformation Fund:** eight projects")
    >>> printed_grant_name([M(before="a grant of ", row=row)])
    'Digital Transformation Fund'
    """
    pairs = ((funded[0].before, funded[0].row.raw, getattr(funded[0], "after", None)),) \
        if len(funded) == 1 else dict.fromkeys((x.before, x.row.raw, getattr(x, "after", None))
                                               for x in funded)  # (each distinct text once)
    for before, raw, after in pairs:
        name = (words.fund_names and proper_grant_name(before)) or \
            ("**" in raw and topic_grant_name(raw)) or funder_programme_name(before) \
            or scheme_name_after(after)  # ("... under the X Grant": .grant_under)
        if name:
            return name
    return None


def the_programme(purpose: str | None, programme_name: str | None) -> str | None:
    """A purpose that is "the programme" named as the programme the paper reports on.

    Examples
    --------
    >>> the_programme("the programme", "Improvement Programme"), the_programme("x", "P")
    ('Improvement Programme', 'x')
    """
    if purpose and programme_name and purpose.lower() in ("programme", "the programme"):
        return programme_name
    return purpose


#: An item's bold lead that names a fund: "**Digital Transformation Fund:**".
_FUND_TOPIC = LazyPattern(r"[-+ \t]*+\*\*[ \t]*+(?P<t>(?:[A-Z][\w'&-]*+[ \t]++(?:(?:and|for|of)"
                         r"[ \t]++)?){1,6}(?:Fund|Grant|Scheme))[ \t]*+:?[ \t]*+\*\*")


def topic_grant_name(raw: str) -> str | None:
    """The name of a fund an item is about, from its bold lead ("**Digital Transformation
    Fund:** eight projects funded from the £1m fund"); None when the lead names no fund.

    Examples
    --------
    >>> topic_grant_name("**Digital Transformation Fund:** eight projects funded")
    'Digital Transformation Fund'
    >>> topic_grant_name("**Programme team:** three posts") is None
    True
    """
    m = _FUND_TOPIC.match(raw)
    return " ".join(m.group("t").split()) if m else None


_MARKS = SUPERSCRIPT_DIGITS
#: Any footnote mark (a search in C, with no string made for each character).
_ANY_MARK = LazyPattern(f"[{_MARKS}]")
#: A word with a footnote mark after it ("grant²") and the mark.
_MARKED_WORD = LazyPattern(rf"(?<=[\w)])([{_MARKS}]++)")
#: A footnote: its mark first ("² £820,000 for 2026-27 ...").
_NOTE_START = LazyPattern(rf"[ \t]*+([{_MARKS}]++)[ \t]")
#: The name of a fund printed just before a mark: capitalised words, then its kind.
_NAME_AT_MARK = LazyPattern(r"((?:[A-Z][\w'&-]*+[ \t]++){1,5}(?i:grant|fund|funding|"
                           r"allocation|programme))$")


def footnote_marks(rows: list[_Row]) -> dict[str, str]:
    """The text before each footnote mark printed after a word ("... Improvement Programme
    grant²"), by the mark ("²"): the first place each mark is printed.

    Examples
    --------
    >>> rows = [_Row("text", 6, None, None, "Funded by the Improvement grant\u00b2 in full.", 9)]
    >>> footnote_marks(rows)
    {'\u00b2': 'Funded by the Improvement grant'}
    """
    out: dict[str, str] = {}
    if _ANY_MARK.search("\n".join([r.raw for r in rows])) is None:
        return out  # (most papers: no mark at all, found by one search of them all)
    for r in rows:
        if r.raw.isascii() or _ANY_MARK.search(r.raw) is None:  # (most rows: no mark)
            continue
        text = r.text
        for m in _MARKED_WORD.finditer(text):
            out.setdefault(m.group(1), text[max(0, m.start() - 120):m.start()])
    return out


def footnoted_name(text: str, marks: dict[str, str]) -> str | None:
    """The name of a grant whose amount is in a footnote ("² £820,000 for 2026-27"): the
    fund named just before the same mark in the text ("Welsh Government Improvement
    Programme grant²"), else None.

    Examples
    --------
    >>> footnoted_name("\u00b2 £820,000 for 2026-27.",
    ...                {"\u00b2": "funded by the Welsh Government Improvement Programme grant"})
    'Welsh Government Improvement Programme grant'
    >>> footnoted_name("£5 for 2026-27.", {}) is None
    True
    """
    m = _NOTE_START.match(text) if text[:3].strip()[:1] in _MARKS else None
    before = marks.get(m.group(1)) if m else None
    if not before:
        return None
    named = _NAME_AT_MARK.search(before.rstrip())
    return " ".join(named.group(1).split()) if named else None
