"""Date lines of both document kinds: "22nd October 2021", "Friday, 22 October 2021",
"October 22, 2021", "22/10/2021" (day first, as in the UK; "22.10.21" too), "2021-10-22",
"Date: ...", month-year lines ("October 2021"), and the months in Welsh ("Dyddiad: 15 Hydref 2024").

Examples
--------
>>> lines = ("22nd October 2021", "October 22, 2021", "22/10/2021", "2021-10-22",
...          "Date: Friday 22 Oct 2021")
>>> {str(parse_date_line(t)) for t in lines}
{'2021-10-22'}
>>> parse_month_year_line("October 2021")
datetime.date(2021, 10, 1)
>>> parse_date_line("22nd October 2021 meeting") is None
True
>>> parse_dated_line("Dyddiad: 13 Rhagfyr 2024"), parse_month_year_line("Medi 2024")
(datetime.date(2024, 12, 13), datetime.date(2024, 9, 1))
"""

from __future__ import annotations

import datetime as dt
import re

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["DAY_MONTH_YEAR", "MONTH_COUNT", "MONTH_NAMES", "MONTH_RE", "WELSH_MONTHS", "find_date",
           "month_after", "month_number", "parse_date_line", "parse_dated_line",
           "parse_month_year_line", "split_dated_line"]

_MONTHS: dict[str, int] = {}
_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
for _number, _name in enumerate(_NAMES, start=1):
    _MONTHS[_name] = _number
    _MONTHS[_name[:3]] = _number
_MONTHS["sept"] = 9
#: The months in Welsh (full names only: a bilingual paper prints "15 Hydref 2024").
WELSH_MONTHS: tuple[str, ...] = ("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin",
                                 "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr")
for _number, _name in enumerate(WELSH_MONTHS, start=1):
    _MONTHS[_name.lower()] = _number
#: A month name, English (in full or cut short: "Sept", "Jan.") or Welsh: capitalised only,
#: so that the verb "may" is not May. One definition for every date and timing pattern
#: (:mod:`wlga_analysis.quarters` too): a pattern spelt the same is compiled once.
#: Every month name :data:`MONTH_RE` matches, capitalised, longest first.
MONTH_NAMES: tuple[str, ...] = tuple(sorted((m.capitalize() for m in _MONTHS), key=len,
                                            reverse=True))
MONTH_RE: str = r"(?:" + "|".join(MONTH_NAMES) + r")\b\.?"
_YEAR = r"(?:19|20)\d{2}"
#: "22nd October 2021", "22 Oct, 2021". (A comma, if any, then white space: "\s*,?\s+"
#: would split one run of white space between two quantifiers.)
DAY_MONTH_YEAR = (r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>" + MONTH_RE
                  + r")(?:\s*,)?\s+(?P<year>" + _YEAR + r")\b")
#: "27.03.25", "27/03/25": a year of two figures, the day and month of two figures each
#: (the same separator twice), the year 2000 and after; a second number up to 39, so that
#: a US tool's "02/20/26" is read month first (:func:`_date_of`).
_SHORT_YEAR_DATE = r"(?P<day5>[0-3]\d)(?P<sep5>[/.])(?P<month5>[0-3]\d)(?P=sep5)(?P<year5>\d{2})\b"
#: "20/Jan/26", "31/Mar/2026": an issue tracker's date, the month's short name between
#: slashes.
_SLASHED_MONTH_DATE = (r"(?P<day6>[0-3]?\d)/(?P<month6>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                       r"Oct|Nov|Dec))/(?P<year6>" + _YEAR + r"|\d{2})\b")
_LEAD = r"(?:(?i:date|sent)\s*(?::\s*)?)?(?:(?:[A-Z][a-z]+day|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|" \
    r"Sun)\.?,?\s+)?"
#: A time after a date ("14 October 2026 09:12", "..., 9:12 AM"): an e-mail's "Sent:" line.
_TIME = r"(?:,?\s+(?:at\s+)?[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*(?i:[ap]\.?m\.?))?" \
    r"(?:\s+(?:[+-]\d{4}|GMT|BST|UTC))?)?"
_DATE_LINE = LazyPattern(
    _LEAD + r"(?:" + DAY_MONTH_YEAR + r"|"
    r"(?P<month2>" + MONTH_RE + r")\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    r"(?P<year2>" + _YEAR + r")|"
    r"(?P<day3>[0-3]?\d)[/.](?P<month3>[0-3]?\d)[/.](?P<year3>" + _YEAR + r")|"
    + _SHORT_YEAR_DATE + r"|" + _SLASHED_MONTH_DATE + r"|"
    r"(?P<year4>" + _YEAR + r")-(?P<month4>[01]\d)-(?P<day4>[0-3]\d))" + _TIME + r"\s*")
_MONTH_YEAR_LINE = LazyPattern(r"(?:(?i:date)\s*(?::\s*)?)?(?P<month>" + MONTH_RE
                              + r")(?:\s*,)?\s+(?P<year>" + _YEAR + r")\s*")
_FIND = LazyPattern(r"\b" + DAY_MONTH_YEAR)
#: A date line's commonest form, tried before :data:`_DATE_LINE` (whose many forms cost
#: 3 ms to compile): the timing phrases compile this very pattern anyway.
_DAY_MONTH_YEAR = LazyPattern(DAY_MONTH_YEAR)
#: A date anywhere in a line, in any of the forms a date line may take.
_ANY_DATE = LazyPattern(
    r"(?<![\w/.-])(?:" + DAY_MONTH_YEAR + r"|"
    r"(?P<month2>" + MONTH_RE + r")\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?,?\s+"
    r"(?P<year2>" + _YEAR + r")\b|"
    r"(?P<day3>[0-3]?\d)[/.](?P<month3>[0-3]?\d)[/.](?P<year3>" + _YEAR + r")\b|"
    + _SHORT_YEAR_DATE + r"(?![/.]?\d)|" + _SLASHED_MONTH_DATE + r"|"
    r"(?P<year4>" + _YEAR + r")-(?P<month4>[01]\d)-(?P<day4>[0-3]\d)\b)")
#: Words before a date that make it a deadline or an event, not the paper's date.
_NOT_THE_PAPERS_DATE = LazyPattern(
    r"(?i:\b(?:by|until|till|before|after|from|since|deadline|due|closing|ends?|"
    r"starts?|expires?|between|to)\s*:?)$")
#: The longest line read as a dated heading ("Report to the Executive Board, 20 October
#: 2023"); longer lines are prose.
_DATED_LINE_MAX = 120
#: A dated heading's last sentence that labels its date: "... Council. Last updated: 5 May 2025".
_LABEL_SENTENCE = LazyPattern(r"\.\s+[A-Z][a-z]+(?:\s+[a-z]+){0,2}:\s*$")
#: A dated heading's last sentence that says who approved the paper, and on which day:
#: "... Council. Version 2, approved by the Programme Board on 18 September 2025".
_APPROVED_SENTENCE = LazyPattern(r"\.\s+(?:[^.]|\.(?=\d)){0,40}?\b(?:[Aa]pproved|[Aa]greed|"
                                 r"[Aa]dopted|[Ee]ndorsed)\s+by\s+[^.]{2,80}?\s+on\s*$")


def month_number(name: str) -> int:
    """The number of a month named as :data:`MONTH_RE` matches it.

    Examples
    --------
    >>> month_number("Sept."), month_number("Hydref"), month_number("MAY")
    (9, 10, 5)
    """
    return _MONTHS[name.lower().rstrip(".")]


def _month(text: str) -> int:
    return int(text) if text.isdigit() else month_number(text)


def _date_of(m: re.Match[str]) -> dt.date | None:
    """The date a match of the date patterns states; a figures-only date whose second
    number is over 12 ("01/16/26", as a US tool prints) read month first (no other order
    makes it a date).

    Examples
    --------
    >>> parse_date_line("01/16/26"), parse_date_line("16/01/26"), parse_date_line("13/14/26")
    (datetime.date(2026, 1, 16), datetime.date(2026, 1, 16), None)
    >>> parse_date_line("02/20/2026"), parse_date_line("31/31/25")
    (datetime.date(2026, 2, 20), None)
    >>> parse_date_line("20/Jan/26 10:04 AM"), parse_date_line("31/Mar/2026")
    (datetime.date(2026, 1, 20), datetime.date(2026, 3, 31))
    """
    groups = m.groupdict()
    for suffix in ("", "2", "3", "4", "5", "6"):
        if groups.get(f"year{suffix}"):
            year = int(groups[f"year{suffix}"])
            year = year + 2000 if year < 100 else year
            day, month = groups[f"day{suffix}"], groups[f"month{suffix}"]
            if suffix in ("3", "5") and int(month) > 12 >= int(day):
                day, month = month, day  # (month first: the only order that is a date)
            try:
                return dt.date(year, _month(month), int(day))
            except (KeyError, ValueError):
                return None
    return None  # pragma: no cover - every alternative has a year


def _unemphasised(text: str) -> str:
    """The line without white space and Markdown emphasis around it ("*9 February 2022*",
    "_Date: 9 February 2022_"): a date printed in italics or bold is still the date."""
    text = text.strip()
    stripped = text.strip("*_").strip()
    return stripped if len(text) - len(text.lstrip("*_")) == \
        len(text) - len(text.rstrip("*_")) else text


def parse_date_line(text: str) -> dt.date | None:
    """The date a whole line states, or None (also for an impossible date: "31/02/2022").

    Examples
    --------
    >>> parse_date_line("Wednesday, 14th June 2023"), parse_date_line("31/02/2022")
    (datetime.date(2023, 6, 14), None)
    >>> parse_date_line("*9 February 2022*")  # in italics
    datetime.date(2022, 2, 9)
    >>> parse_date_line("Sent: 14 October 2026 09:12")  # an e-mail's header line
    datetime.date(2026, 10, 14)
    >>> parse_date_line("Date: Wed, 14 Oct 2026 09:12:05 +0100")
    datetime.date(2026, 10, 14)
    """
    text = _unemphasised(text)
    # A line that is one day-month-year date ("22nd October 2021") is read by that form
    # alone: it starts with a figure, so no lead and (a year ends it) no time can match.
    m = _DAY_MONTH_YEAR.match(text) if text[:1].isdigit() else None
    if m is None or m.end() != len(text):
        m = _DATE_LINE.fullmatch(text)
    return None if m is None else _date_of(m)


def parse_month_year_line(text: str) -> dt.date | None:
    """The first day of the month a whole line names with its year ("June 2023"), or None.

    Examples
    --------
    >>> parse_month_year_line("Date: June, 2023"), parse_month_year_line("June")
    (datetime.date(2023, 6, 1), None)
    """
    m = _MONTH_YEAR_LINE.fullmatch(_unemphasised(text))
    return None if m is None else dt.date(int(m.group("year")), _month(m.group("month")), 1)


def parse_dated_line(text: str) -> dt.date | None:
    """The date of a short heading line that ends with one: the meeting and the date a
    paper was written for ("Report to the WLGA Executive Board, 20 October 2023",
    "Council – 28/03/2025"), or None.

    Not a date inside a sentence ("The plan was agreed on 5 July 2024. It ..."), nor a
    deadline ("Responses by 5 July 2024"), nor a line longer than 120 characters.

    Examples
    --------
    >>> parse_dated_line("Report to the WLGA Executive Board, 20 October 2023")
    datetime.date(2023, 10, 20)
    >>> parse_dated_line("Executive Board – Friday 5 July 2024.")
    datetime.date(2024, 7, 5)
    >>> parse_dated_line("Responses by 5 July 2024") is None
    True
    >>> parse_dated_line("It was agreed. Review on 5 July 2024") is None
    True
    """
    found = split_dated_line(text)
    return None if found is None else found[1]


#: What parts a web page's byline: a middle dot or a bar between spaces.
_BYLINE = LazyPattern(r"[ \t]+[\u00b7|][ \t]+")
#: The label a CMS puts before a page's date in its byline ("Published 22 January 2026",
#: "First published: 3 February 2026", "Last updated: ...", "Posted on ..."): GOV.WALES
#: and WLGA pages date themselves so.
_PUBLISHED_LABEL = LazyPattern(r"(?i:(?:first\s+|last\s+)?(?:published|updated|posted)"
                               r"(?:\s+on)?\s*:?[ \t])")
#: A meeting's date line as modern.gov prints it: "Meeting: 19/11/2025 - Cabinet (Item 7)".
_MEETING_DATE = LazyPattern(r"(?i)[*_]*(?:date\s+of\s+)?meeting(?:\s+date)?\s*:[*_]*\s*"
                            r"(?P<date>[^-\u2013]{6,24}?)\s+[-\u2013]\s+(?P<rest>\S.{0,80})$")
#: A time of day after a date ("06/10/2025 09:14.").
_CLOCK = LazyPattern(r"\s+[0-2]?\d[:.][0-5]\d(?:\s*[apAP][mM])?\s*\.?")  # ("10:12 AM")


def _byline_date(text: str) -> tuple[str, dt.date] | None:
    """(the rest, the date) of a byline ("23 January 2026 · Report of the Head") or a
    meeting line ("Meeting: 19/11/2025 - Cabinet"), else None."""
    if "\u00b7" in text or "|" in text:  # a byline: "23 January 2026 · Report of the Head"
        parts = _BYLINE.split(text)
        for k, part in enumerate(parts):
            if (label := _PUBLISHED_LABEL.match(part)) is not None:
                part = part[label.end():]  # ("Published 22 January 2026 · News")
            if len(parts) > 1 and (day := parse_date_line(part)) is not None:
                return " \u00b7 ".join(parts[:k] + parts[k + 1:]), day
    return _meeting_date(text) if ":" in text[:18] else None


def _meeting_date(text: str) -> tuple[str, dt.date] | None:
    """(the meeting, its date) of a modern.gov meeting line ("Meeting: 19/11/2025 -
    Cabinet (Item 7)"), else None."""
    labelled = _MEETING_DATE.match(text)
    if labelled is None or (day := parse_date_line(labelled.group("date"))) is None:
        return None
    return labelled.group("rest").strip(), day


def _tail(after: str) -> str:
    """What a line prints after its last date, but a time of day ("06/10/2025 09:14.")."""
    return "" if after and _CLOCK.fullmatch(after) else after.strip(" .")


def split_dated_line(text: str) -> tuple[str, dt.date] | None:
    """The words before the date of a dated heading line, and the date (see
    :func:`parse_dated_line`), or None.

    Examples
    --------
    >>> split_dated_line("Cabinet, Thursday 7 March 2024")
    ('Cabinet', datetime.date(2024, 3, 7))
    >>> split_dated_line("23 January 2026 \u00b7 Report of the Head of Democratic Services")
    ('Report of the Head of Democratic Services', datetime.date(2026, 1, 23))
    >>> split_dated_line("Bro Hafren County Council. Last updated: 30 September 2025")
    ('Bro Hafren County Council', datetime.date(2025, 9, 30))
    >>> split_dated_line("Meeting: 19/11/2025 - Cabinet (Item 7)")
    ('Cabinet (Item 7)', datetime.date(2025, 11, 19))
    >>> split_dated_line("Published 22 January 2026 \u00b7 Improvement \u00b7 4 minute read")
    ('Improvement \u00b7 4 minute read', datetime.date(2026, 1, 22))
    >>> split_dated_line("Exported from Microsoft Planner on 06/10/2025 09:14.")
    ('Exported from Microsoft Planner on', datetime.date(2025, 10, 6))
    >>> split_dated_line("Glanmor Council. Version 2, approved by the Board on 18 May 2025")
    ('Glanmor Council', datetime.date(2025, 5, 18))
    >>> split_dated_line("Last edited: November 3, 2025 10:12 AM")
    ('Last edited', datetime.date(2025, 11, 3))
    >>> split_dated_line("COUNCIL - 24 SEPTEMBER 2025")
    ('Council', datetime.date(2025, 9, 24))
    """
    text = _unemphasised(text)
    if len(text) > _DATED_LINE_MAX:
        return None
    if (byline := _byline_date(text)) is not None:
        return byline
    last = None
    for match in _ANY_DATE.finditer(text):
        last = match
    if last is None and text.isupper() and any(ch.isdigit() for ch in text):
        return split_dated_line(text.title())  # (in capitals: "COUNCIL - 24 SEPTEMBER 2025")
    if last is None or _tail(text[last.end():]) or last.start() == 0:
        return None
    lead = text[:last.start()].rstrip(" ,;:\u2013\u2014-")
    lead = re.sub(r"(?:\b[A-Z][a-z]+day)$", "", lead).rstrip(" ,")  # "Friday 5 July"
    if ". " in lead and _labels_its_date(text[:last.start()], lead) \
            and not _NOT_THE_PAPERS_DATE.search(lead) \
            and (day := _date_of(last)) is not None:  # (a last sentence "Last updated: ...")
        return lead[:lead.rindex(". ")], day
    if not lead or ". " in lead or lead.endswith(".") or _NOT_THE_PAPERS_DATE.search(lead):
        return None
    day = _date_of(last)
    return None if day is None else (lead, day)


def _labels_its_date(before: str, lead: str) -> bool:
    """Whether the last sentence of a dated line (``before`` its date; ``lead`` the same
    without its trailing punctuation) labels the date ("Last updated:") or says who
    approved the paper on it ("approved by the Board on")."""
    return _LABEL_SENTENCE.search(before) is not None or (
        " by " in lead and _APPROVED_SENTENCE.search(before) is not None)


def find_date(text: str) -> dt.date | None:
    """The first "22nd October 2021"-style date anywhere in ``text``, or None.

    Examples
    --------
    >>> find_date("Updated: 3rd March 2020 (draft)")
    datetime.date(2020, 3, 3)
    """
    for m in _FIND.finditer(text):
        day = _date_of(m)
        if day is not None:
            return day
    return None


#: A number of months as printed in a relative timing ("within 6 months", "in six months"):
#: a figure of one or two digits, or a word.
MONTH_COUNT: dict[str, int] = {
    **{str(n): n for n in range(1, 100)}, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "eighteen": 18, "twenty-four": 24}


def month_after(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after the month of ``day``: where a timing "within 6 months"
    of a paper dated ``day`` ends.

    Examples
    --------
    >>> month_after(dt.date(2025, 2, 12), 6), month_after(dt.date(2025, 11, 1), 3)
    ((2025, 8), (2026, 2))
    """
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1
