"""Page furniture of a text-form document: a page (or a handout's slide) number printed alone
on a line, which the readers remove and note."""

from __future__ import annotations

from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_page_furniture"]

_PAGE_NUMBER = compile_regex(r"(?i:(?:page|slide)[ \t]+)?\d{1,3}(?:[ \t]*(?:of|/)[ \t]*\d{1,3})?")
_DASHED_PAGE = compile_regex(r"[-–—][ \t]*\d{1,3}[ \t]*[-–—]")


def is_page_furniture(line: str) -> bool:
    """True for a page number printed alone on a line, or a handout's "Slide 4".

    Examples
    --------
    >>> [is_page_furniture(s) for s in ("3", " Page 2 of 3 ", "- 3 -", "3/7", "2021", "3 people")]
    [True, True, True, True, False, False]
    >>> is_page_furniture("Slide 4"), is_page_furniture("Slide 4: Funding")
    (True, False)
    """
    text = line.strip()
    if len(text) > 16 or not text or not (text[0].isdigit() or text[0] in "PpSs-–—"):
        return False
    return bool(_PAGE_NUMBER.fullmatch(text) or _DASHED_PAGE.fullmatch(text))
