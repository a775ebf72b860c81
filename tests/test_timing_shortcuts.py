"""The cheap first looks of the timing reader (issue #13): each skips only work that could
find nothing, so the phrases found are those found without it."""

import re
from collections import Counter

from wlga_analysis.quarters import TIMING_PATTERNS
from wlga_analysis.text.milestone import milestone
from wlga_analysis.text.timing_scan import TextScan

_DAY_FIRST = next(p for p in TIMING_PATTERNS if p.name == "day month year").regex
_MONTH_YEAR = next(p for p in TIMING_PATTERNS if p.name == "month year").regex

TEXTS = ("Due in June 2022.", "Held on 3rd May 2022; next on 14 June 2023.",
         "By 31st March 2022, then 1 April 2022", "Agreed 2nd\tJuly 2024 and 22nd  Aug 2025",
         "On \u0661\u0662 June 2024 (Arabic-Indic figures)", "Signed 12th,  March 2023",
         "item 4 x June 2022", "met in June and July 2021", "")


def test_day_starts_only_where_a_day_can_end():
    assert TextScan("Due in June 2022.", "due in june 2022.").day_starts() == []
    text = "Held on 3rd May 2022; next in June."
    assert TextScan(text, text.lower()).day_starts() == [7, 8, 9, 10]
    text = "On \u0661\u0662 June 2024"
    assert TextScan(text, text.lower()).day_starts() == [1, 2, 3, 4]


def test_scan_matches_are_the_finditer_matches():
    for text in TEXTS:
        scan = TextScan(text, text.lower())
        for regex, name in ((_DAY_FIRST, "day month year"), (_MONTH_YEAR, "month year")):
            for pos in range(len(text) + 1):
                got = [m.span() for m in scan.matches(regex, name, pos)]
                assert got == [m.span() for m in regex.finditer(text, pos)], (text, name, pos)


def _finder(text):
    calls = Counter()

    def find(pos):
        calls[pos] += 1
        m = re.compile(r"(?:in|by|for|to) \w+ \d{4}").search(text, pos)
        return m and (m.start(), -m.end(), None, m)
    return find, calls


def test_milestone_searches_each_later_position_once():
    text = "A session planned for December 2025 has moved to April 2026, due by May 2026."
    find, calls = _finder(text)
    found = milestone(text, text.lower(), find(0), find)
    assert found[3].group(0) == "by May 2026"
    assert max(calls.values()) == 1  # (each position searched once)


def test_milestone_of_one_phrase_looks_once_past_it():
    text = "The pilot is now expected, revised and moved: due in June 2026."
    find, calls = _finder(text)
    first = find(0)
    assert milestone(text, text.lower(), first, find) is first
    assert sorted(calls) == [0, first[3].end()]
