"""Programme interpreter: a grants table's row that is the body's own money, not a grant.

A financial summary lists beside the grants a body receives the money it puts in itself::

    | Grant                        | Funder           | 2025-26 allocation |
    | Sector-led Improvement Grant | Welsh Government | £850,000           |
    | WLGA core contribution       | WLGA             | £95,000            |

The second row is the body's own contribution (its core budget, match funding), not a grant
it was awarded: a careful reader leaves it out of the grants and the row stays in the
paragraphs table, reported (an "unclassified amount"). Such a row is told by its name: a
phrase of list ``own money`` of ``data/raw/programme_words.csv`` ("core contribution", "own
contribution", "match funding").

Examples
--------
>>> is_own_money("WLGA core contribution"), is_own_money("Match funding (councils)")
(True, True)
>>> is_own_money("Sector-led Improvement Grant")
False
"""

from __future__ import annotations

import re
from functools import lru_cache

from wlga_analysis import config
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["OWN_MONEY_NOTE", "is_own_money"]

#: The words of the note on such a row.
OWN_MONEY_NOTE = "the body's own money (a contribution), not a grant"


@lru_cache(maxsize=8)
def _pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["own money"]
    return compile_regex(rf"(?i)\b(?:{'|'.join(f'(?:{w})' for w in words) or '(?!)'})\b")


def is_own_money(name: str) -> bool:
    """Whether a grants table's row name names the body's own money (list ``own money``).

    Parameters
    ----------
    name : str
        The row's first cell.

    Returns
    -------
    bool

    Examples
    --------
    >>> is_own_money("Own contribution 2025-26"), is_own_money("Contribution to costs")
    (True, False)
    """
    return bool(name) and _pattern(file_identity(config.PROGRAMME_WORDS_FILE)).search(
        name) is not None
