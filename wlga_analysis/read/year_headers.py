"""Column headers that name the financial year of their figures after a label.

A funding table heads its amount column with the year it allocates: "Allocation 2025-26",
"Budget 2024/25", "Grant for 2026-27", "Award (2025-26)". The text form of a Word file, PDF
or web page knows a table's header row only by its cells being short labels with no figure
(:mod:`~wlga_analysis.read.text_table`): a year alone ("2025-26") was a label, and a label
before it made the whole row data, so the table lost its header (its grants were read as
text, named "programme grant"). :func:`is_year_label` tells such a label from data: one to
four words, then one financial year (two years in a row: "2025-26", "2025/2026"), no figure
else and no full stop; or the year first, then a word naming figures ("2025-26 allocation",
"2024/25 budget": :data:`FIGURE_WORDS`). A span of years ("Corporate Plan 2023-28") is no
financial year.

Examples
--------
>>> [is_year_label(t) for t in ("Allocation 2025-26", "Budget 2024/25", "Grant for 2026-27",
...                              "Award (2025-26)", "Amount 2025-2026 (£)")]
[True, True, True, True, True]
>>> [is_year_label(t) for t in ("2025-26", "Corporate Plan 2023-28", "Spent £4,000 in 2025-26",
...                              "Allocated in 2025-26.", "Phase 2")]
[False, False, False, False, False]
"""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["FIGURE_WORDS", "is_year_label"]

#: One to four words, then a financial year (after "for" or in brackets), then a unit.
_YEAR_LABEL = compile_regex(
    r"[A-Za-z][A-Za-z'’&/-]*+(?:[ \t]+[A-Za-z][A-Za-z'’&/-]*+){0,3}?[ \t]+(?:for[ \t]+)?"
    r"\(?(?:FY[ \t]?)?((?:19|20)\d\d)[ \t]*+[-–/][ \t]*+(\d\d|\d{4})\)?"
    r"(?:[ \t]*+(?:\(£\)|£|\(£'?000s?\)|\(£m\)))?", flags=0)
#: A financial year, then the label of the figures it heads ("2025-26 allocation", "2024/25
#: budget"): one to three words, the first of :data:`FIGURE_WORDS` (a year before other
#: words, "2025-26 onwards", may be data).
_YEAR_FIRST = compile_regex(
    r"\(?(?:FY[ \t]?)?((?:19|20)\d\d)[ \t]*+[-–/][ \t]*+(\d\d|\d{4})\)?[ \t]++"
    r"([A-Za-z]++)(?:[ \t]+[A-Za-z][A-Za-z'’&/-]*+){0,2}"
    r"(?:[ \t]*+(?:\(£\)|£|\(£'?000s?\)|\(£m\)))?", flags=0)
#: The first word of a label printed after its year: the figures a column holds.
FIGURE_WORDS = frozenset({"allocation", "allocated", "budget", "grant", "award", "amount",
                          "funding", "spend", "spent", "forecast", "actual", "actuals",
                          "outturn", "target", "baseline", "value", "claim", "claimed"})
#: The longest year label.
_LABEL_MAX = 60


def is_year_label(text: str) -> bool:
    """Whether a table cell is a column header naming a financial year after a label
    ("Allocation 2025-26"); False for a year alone (a label of its own elsewhere), a span
    of years, a sentence or an amount.

    Parameters
    ----------
    text : str
        A cell's text.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_year_label("Allocation 2025-26"), is_year_label("Allocation 2025-27")
    (True, False)
    >>> is_year_label("2025-26 allocation"), is_year_label("2025-26 onwards")
    (True, False)
    """
    text = text.strip()
    if len(text) > _LABEL_MAX or ("20" not in text and "19" not in text):
        return False
    m = _YEAR_LABEL.fullmatch(text)
    if m is None:
        m = _YEAR_FIRST.fullmatch(text)  # "2025-26 allocation"
        if m is None or m.group(3).lower() not in FIGURE_WORDS:
            return False
    first, second = int(m.group(1)), m.group(2)
    return int(second) % 100 == (first + 1) % 100 and (len(second) == 2 or
                                                      int(second) == first + 1)
