"""Area labels of a recommendations table: the word and number that lead an area's cell
("Area 3: Title"), read from an analyst-editable word list (kind ``area_label`` of
``data/raw/recommendation_words.csv``), in one language or two ("Maes 3 / Area 3: Title").
"""

from __future__ import annotations

import re
from functools import lru_cache

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["area_lead_pattern"]


@lru_cache(maxsize=8)
def area_lead_pattern(labels: frozenset[str]) -> re.Pattern[str]:
    """The pattern of an area lead: a label of ``labels`` (kind ``area_label`` of
    ``data/raw/recommendation_words.csv``: "Area", "Maes") and the area's number, then its
    title ("Area 3: Title"); a bilingual label ("Maes 3 / Area 3: Title", "Area 3 / Maes 3 -
    Title") too. Group 1 is the number, group 2 the rest.

    Examples
    --------
    >>> lead = area_lead_pattern(frozenset({"area", "maes"}))
    >>> lead.fullmatch("Maes 1 / Area 1: Council tax").groups()
    ('1', 'Council tax')
    >>> lead.fullmatch("Area 2 / Maes 2 - Grants").groups(), lead.fullmatch("Areas of work")
    (('2', 'Grants'), None)
    """
    words = sorted((r"\s+".join(map(re.escape, w.split())) for w in labels if w.strip()),
                   key=len, reverse=True) or ["area"]
    label = rf"(?:{'|'.join(words)})\s++"
    return compile_regex(rf"(?:{label}\d{{1,4}}\s*+/\s*+)?{label}(\d{{1,4}})"
                         rf"(?:\s*+/\s*+{label}\d{{1,4}}\b)?\s*+[:.\u2013\u2014-]?\s*+(.*)",
                         re.IGNORECASE | re.DOTALL)
