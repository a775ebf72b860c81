"""Programme interpreter: a grant named only in the footnote on its amount.

A council report may print its funding as figures with footnote marks ("funded by a grant
of £1.2m¹ and ... by £380,000²") and name the funds only in the notes ("¹ Welsh Government
Digital Transformation Fund, 2025-26 allocation"). A careful reader names each grant by its
note: the fund's name, without the government that gives it ("Welsh Government ..."); a
note that names no fund or grant ("³ Council Transformation Reserve, ...") names nothing.

The mark is printed as a superscript ("£1.2m¹"), in brackets by a plain-text export
("£1.2m[1]") or, by a PDF's text, as a digit run into the figure ("£1.2m1"); the note
starts with the same mark (a PDF prints it as a plain digit: "1 Welsh Government ...").

Examples
--------
>>> from types import SimpleNamespace as R
>>> rows = [R(kind="text", text="\\u00b9 Welsh Government Digital Transformation Fund, 2025-26 "
...                                "allocation"),
...         R(kind="text", text="[2] Council Transformation Reserve, approved in March")]
>>> notes = note_names(rows)
>>> notes
{'1': 'Digital Transformation Fund'}
>>> noted_name([R(after="\\u00b9 and the solar panels")], notes)
'Digital Transformation Fund'
>>> noted_name([R(after="[2]. A further")], notes) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.text_lines import looks_like_columns
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["note_names", "noted_name", "printed_in_columns"]

#: Superscript digits and the digits they stand for.
_SUPERSCRIPTS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079",
                              "0123456789")
#: A footnote mark right after an amount: superscripts, "[1]", or a digit run into it.
_MARK_AFTER = LazyPattern(r"(?P<mark>[\u00b2\u00b3\u00b9\u2070-\u2079]{1,2}|\[\d{1,2}\]|"
                          r"\d{1,2}(?![\d,.]))")
#: A note: its mark, then its text ("¹ Welsh Government ...", "[1] ...", "1 ...").
_NOTE = LazyPattern(r"[ \t]*+(?P<mark>[\u00b2\u00b3\u00b9\u2070-\u2079]{1,2}|\[\d{1,2}\]|"
                    r"\d{1,2})[ \t]++(?P<text>\S.*)")
#: The government that gives a fund, printed before its name: no part of it.
_GOVERNMENT = LazyPattern(r"(?:[Tt]he[ \t]++)?(?:Welsh|UK|Scottish|HM)[ \t]++Government"
                          r"(?:['\u2019]s)?[ \t]++")
#: A fund's name: capitalised words (perhaps joined by "of", "for", "and") ending in its kind.
_FUND = LazyPattern(r"(?P<name>(?:[A-Z][\w'&-]*+[ \t]++(?:(?:of|for|and|in|on)[ \t]++)?){0,7}"
                    r"(?:Fund|Grant|Programme|Scheme))(?![\w'-])")


def _digits(mark: str) -> str:
    return mark.strip("[]").translate(_SUPERSCRIPTS)


def note_names(rows: list[Any]) -> dict[str, str]:
    """The fund each footnote names, by its mark's digits ("1"): the notes are lines of
    text (no numbered paragraphs) that open with a mark and then a fund's name.

    Parameters
    ----------
    rows : list of _Row
        The paper's rows.

    Returns
    -------
    dict of str to str
    """
    out: dict[str, str] = {}
    for row in rows:
        if row.kind != "text":
            continue
        m = _NOTE.fullmatch(row.text)
        if m is None:
            continue
        text = m.group("text")
        owner = _GOVERNMENT.match(text)
        fund = _FUND.match(text, owner.end() if owner else 0)
        if fund is not None and len(fund.group("name").split()) >= 2:
            out.setdefault(_digits(m.group("mark")), fund.group("name"))
    return out


def noted_name(funded: list[Any], names: dict[str, str]) -> str | None:
    """The fund the footnote on a grant's first amount names (its mark right after the
    figure), else None.

    Parameters
    ----------
    funded : list of _Mention
        The grant's mentions (``after``: the words after the amount).
    names : dict
        :func:`note_names` of the paper.

    Returns
    -------
    str or None
    """
    if not names:
        return None
    m = _MARK_AFTER.match(funded[0].after)
    return names.get(_digits(m.group("mark"))) if m else None


#: A paragraph's printed number and the tab after it ("2.01\t"), as a plain-text export
#: of a council report prints it.
_NUMBER_TAB = LazyPattern(r"[ \t]*+\d{1,2}(?:\.\d{1,2})?\.?\t(?=\S)")


def printed_in_columns(raw: str) -> bool:
    """Whether a row is a table's row printed as text (two spaces or a tab between its
    cells); a council paragraph's number before a tab ("2.01\\tThe digital items ...") is
    no column, the prose after it is read.

    Examples
    --------
    >>> printed_in_columns("Rural   5   2"), printed_in_columns("2.01\\tThe grant funds it.")
    (True, False)
    """
    if "  " not in raw and "\t" not in raw:
        return False
    m = _NUMBER_TAB.match(raw)
    return looks_like_columns(raw[m.end():] if m else raw)
