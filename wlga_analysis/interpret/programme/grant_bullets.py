"""Programme interpreter: grants printed as BULLETS of a funding section, a name, a dash and
the amount, perhaps the funder in brackets.

A slide or a short paper lists its grants one a bullet under a heading that names the
funding and its year, the spend of each as sub-bullets:

.. code-block:: text

    Funding 2025-26
    - Improvement Programme grant – £800,000 (Welsh Government)
      - Spent to 30 September 2025: £412,300
    - Local Government Digital Transformation Fund – £1m (Welsh Government)

Each such bullet (a top-level bullet that is only a name, a dash or a colon, one amount and
perhaps a bracket naming the funder) is a grant named by the words before the dash, of the
year the section's heading names, when that heading is about funding (list ``funding`` of
``programme_words.csv``). The sub-bullets (spend, commitments) are no grants: the sentence
reader reports their amounts as it does any amount no grant names. A bullet named as a total
or a budget (list ``not a grant``) is reported, not read.

Examples
--------
>>> rows = [_Row("paragraph", 4, None, None, "Funding 2025-26", 50),
...         _Row("bullet", 4, None, None, "Improvement grant – £800,000 (Welsh Government)", 52),
...         _Row("sub-bullet", 4, None, None, "Spent to 30 September 2025: £412,300", 53),
...         _Row("bullet", 4, None, None, "Digital Fund – £1m", 54)]
>>> records, read = bullet_grants(rows, lambda *a: None)
>>> [(r["grant"], r["amount_gbp"], r["financial_year"]) for r in records], len(read)
([('Improvement grant', 800000, '2025-26'), ('Digital Fund', 1000000, '2025-26')], 2)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.interpret.programme.common import _Row, vocabulary
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["bullet_grants"]

#: A bullet that is a grant's name, a dash (or colon), its amount and perhaps its funder in
#: brackets: "Improvement Programme grant – £800,000 (Welsh Government)".
_GRANT_BULLET = compile_regex(
    r"(?P<name>[A-Za-z][^£:;?!\d\u2013\u2014]{1,78}?)[ \t]*+[:\u2013\u2014-][ \t]*+"
    r"(?P<amount>£[0-9][0-9,.]*+(?:[ \t]?(?:m|k|bn|million))?)"
    r"(?:[ \t]*+\([^()£]{1,60}\))?[ \t]*+\.?")
#: A financial year in a heading: "Funding 2025-26", "Grants for 2025/26".
_YEAR = compile_regex(r"((?:19|20)\d\d)[ \t]*+[-\u2013/][ \t]*+(\d\d|\d{4})\b")


def _section_years(rows: list[_Row]) -> dict[int, str]:
    """The financial year each funding section's heading names, by its paragraph number."""
    funding = vocabulary().funding
    out: dict[int, str] = {}
    for row in rows:
        text = row.text.rstrip()
        if row.kind != "paragraph" or row.paragraph is None or "£" in text or \
                len(text) > 60 or text.endswith((":", ".", ";")):  # (a heading, no lead-in)
            continue
        m = _YEAR.search(row.text)
        if m is None or funding.search(row.text) is None:
            continue
        end = m.group(2)[-2:]
        if int(end) == (int(m.group(1)) + 1) % 100:
            out[row.paragraph] = f"{m.group(1)}-{end}"
    return out


def bullet_grants(rows: list[_Row], report: Callable[[str, int, str], None],
                  read_before: set[int] | frozenset[int] = frozenset()
                  ) -> tuple[list[dict[str, Any]], set[int]]:
    """Grant records of the grant bullets of ``rows``' funding sections, and the ``id`` of
    every row read (see the module).

    Parameters
    ----------
    rows : list of _Row
        The interpreter's rows.
    report : callable
        ``report(item, line, message)``: an amount named as a total or budget.
    read_before : set of int
        The ids of rows another reader read (a list of grants after a lead-in line).

    Returns
    -------
    (list of dict, set of int)
        The grant records and the ids of the rows read.
    """
    from wlga_analysis.interpret.programme.grant_lists import _VERB, _records

    candidates = [r for r in rows if r.kind == "bullet" and r.paragraph is not None
                  and "£" in r.text and id(r) not in read_before]
    years = _section_years(rows) if candidates else {}
    out: list[dict[str, Any]] = []
    read: set[int] = set()
    for row in candidates:
        year = years.get(row.paragraph)  # type: ignore[arg-type]
        m = _GRANT_BULLET.fullmatch(row.text.strip()) if year is not None else None
        if m is None or _VERB.search(m.group("name")):  # (a sentence: not a name)
            continue
        read.add(id(row))
        out.extend(_records(m.group("name").strip(), m.group("amount"), row, year, report))
    return out, read
