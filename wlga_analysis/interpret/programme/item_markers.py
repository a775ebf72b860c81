"""Programme interpreter: a note in brackets at an item's end about the series of updates.

A later update of a series may print every action again and mark those carried forward as
they were: "1.1 The induction programme was delivered in June 2025. *(no change)*". The
note says how the action stands in the series, it is not the action's words: a careful
reader leaves it out of the item's text. The words are data (list ``item marker`` of
``data/raw/programme_words.csv``: "no change", "unchanged", "no update", "carried
forward"), matched on the whole of the brackets' words, in italics or not. The item's line
in the paragraphs table keeps the note, and the parser reports it (issue "item marker").

Examples
--------
>>> split_item_marker("The toolkit was launched in May. *(no change)*")
('The toolkit was launched in May.', '(no change)')
>>> split_item_marker("The toolkit (the second edition) was launched.")
('The toolkit (the second edition) was launched.', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

from wlga_analysis import config
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["split_item_marker"]


@lru_cache(maxsize=8)
def _pattern(identity: tuple[str, int, int]) -> re.Pattern[str]:
    words = load_programme_words(identity[0])["item marker"]
    alternatives = "|".join(f"(?:{w})" for w in words) or "(?!)"
    return compile_regex(r"(?i)\s[*_]{0,2}(\(\s?(?:" + alternatives + r")\s?\))[*_]{0,2}$")


def split_item_marker(text: str) -> tuple[str, str | None]:
    """The item's text without a marker note in brackets at its end, and the note (None
    when there is none).

    Examples
    --------
    >>> split_item_marker("Guidance will be published in March 2026. (Unchanged)")
    ('Guidance will be published in March 2026.', '(Unchanged)')
    """
    if not text.endswith((")", "*", "_")):
        return text, None
    m = _pattern(file_identity(config.PROGRAMME_WORDS_FILE)).search(text)
    if m is None:
        return text, None
    return text[:m.start()].rstrip(), m.group(1)
