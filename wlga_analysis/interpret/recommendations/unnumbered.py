"""Recommendations printed with no number, in a report that numbers none.

A task-and-finish group's report may print its recommendations as paragraphs that open with
"We recommend that the Welsh Government ..." (several per area), or as bullets "- That ..."
under a label "Recommendations" (a bold line or a heading) in each area, with no number at
all. :class:`~wlga_analysis.interpret.recommendations.prose.ProseParser` reads them when the
report prints no recommendation number anywhere ("Recommendation N", "(Recommendation N)"):

- a sentence of a paragraph that opens with a phrase of kind ``recommends`` of
  ``data/raw/recommendation_words.csv`` ("We recommend", "We also recommend") starts a
  recommendation (the sentences after it in its paragraph continue it);
- so does a bullet under a "Recommendations" label;
- they are numbered 1, 2, 3 ... in reading order: in order within each area, continuing
  from the area before (as the publisher numbers a recommendations table), and the loader
  reports it (check ``"numbers assigned"``), since the document printed none.

Owners are read from the wording as for the numbered prose recommendations ("led by ...",
"X should lead", "(Lead: LG)").

Examples
--------
>>> pattern = recommends_pattern(frozenset({"we recommend", "we also recommend"}))
>>> bool(pattern.match("We also recommend that councils share drivers."))
True
>>> bool(pattern.match("We recommended a review in 2023.")), bool(pattern.match("We note it."))
(False, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["assigned_numbers_message", "recommends_pattern"]


@lru_cache(maxsize=8)
def recommends_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """The pattern of a sentence that opens with one of ``phrases`` (any case, any white
    space between words; a whole word: "We recommend" does not open "We recommended")."""
    if not phrases:
        return compile_regex(r"(?!)")
    words = sorted(phrases, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in words)
    return compile_regex(rf"(?i)\s*(?:{alternatives})\b")


def assigned_numbers_message(count: int, areas: int) -> str:
    """The data-quality note that says how the loader numbered recommendations printed with
    no number.

    Examples
    --------
    >>> assigned_numbers_message(5, 3)[:74]
    'the document prints no recommendation numbers: its 5 recommendations were '
    """
    return (f"the document prints no recommendation numbers: its {count} recommendations were "
            f"read from sentences opening 'We recommend ...' (recommendation_words.csv, kind "
            f"'recommends') and from bullets under a 'Recommendations' label, in {areas} "
            f"areas, and numbered 1 to {count} in reading order (in order within each area, "
            "continuing from the area before); rec_id is the loader's number, not one the "
            "document printed")
