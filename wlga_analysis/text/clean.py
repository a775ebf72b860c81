"""Plain text from an HTML or Markdown fragment, in time linear in its length.

Examples
--------
>>> clean_text("<p>Health &amp; <b>Social</b>   Care</p>")
'Health & Social Care'
"""

from __future__ import annotations

import html

from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["clean_text"]

# The one clean_text of the library (documents re-exports it): invisible characters
# removed, digit groups kept, every kind of white space folded (NEL, U+2028...). Written
# so that no two quantifiers can share a run of characters: "<" then spaces is read
# once ("<\s*/?\s*" is quadratic on a long run of spaces), and a run of white space before
# punctuation is tried from its start only.
_TAG = LazyPattern(r"<\s*(?:/\s*)?[A-Za-z!][^<>]*>")
_BROKEN_TAG = LazyPattern(r"</?[A-Za-z][A-Za-z0-9]*\b/?>?|(?<![\w-])/?[A-Za-z][A-Za-z0-9]*>")
# A narrow no-break space between digits groups thousands ("£800 000"): it is kept (the
# other no-break and thin spaces between digit groups become one), so that the amount is
# still one number; everywhere else it is white space.
_SPACE = LazyPattern(r"(?:[^\S\u202f]|(?<!\d)\u202f|\u202f(?!\d))+")
_DIGIT_GROUP = LazyPattern(r"(?<=\d)[\u00a0\u2009\u202f](?=\d{3}(?!\d))")
_LINK = compile_regex(r"\[([^\]]*)\]\([^)]*\)")


def clean_text(fragment: str) -> str:
    """Turn an HTML or Markdown fragment into plain text: no tags, entities decoded,
    Markdown emphasis and links removed, white space folded.

    Examples
    --------
    >>> clean_text("an [e-learning module](#) for **candidates**")
    'an e-learning module for candidates'
    >>> clean_text("item <" + " " * 50_000 + "b") == "item < b"
    True
    >>> clean_text("£800\u00a0000 and £800,\u200b000")  # grouped digits stay one number
    '£800\u202f000 and £800,000'

    """
    text = _TAG.sub(" ", fragment) if "<" in fragment else fragment
    if "[" in text:
        text = _LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = text.replace("**", "").replace("__", "")
    if "&" in text:
        text = html.unescape(text)
        if "<" in text:
            text = _TAG.sub(" ", text)  # tags that were written as entities
    if "<" in text or ">" in text:
        text = _BROKEN_TAG.sub(" ", text)  # unbalanced "<b" or "p>" left by damage
    if not text.isascii():
        text = _remove_invisible(text)
        # the white space that may group digits ("£800 000"): kept as one narrow no-break space
        if "\u202f" in text or "\u00a0" in text or "\u2009" in text:
            text = _SPACE.sub(" ", _DIGIT_GROUP.sub("\u202f", text)).strip()
            return _fold_punctuation(text)
    # str.split() splits on exactly the characters "\s" matches (str.isspace), so this is
    # _SPACE.sub(" ", text).strip() when there is no narrow no-break space to keep.
    return _fold_punctuation(_fold_space(text))


def _fold_space(text: str) -> str:
    """``" ".join(text.split())``, without splitting a text whose white space is already
    single spaces between words (most text: a printable text has no white space but the
    space).

    Examples
    --------
    >>> _fold_space(" a \t b\u2028c  "), _fold_space("a b")
    ('a b c', 'a b')
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return " ".join(text.split())


#: Invisible characters removed: zero-width space and joiner, word joiner, BOM, soft hyphen.
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = compile_regex(f"[{_INVISIBLE_CHARS}]")


def _remove_invisible(text: str) -> str:
    """``text`` without zero-width spaces and joiners, word joiners, BOMs and soft hyphens."""
    if _INVISIBLE.search(text) is None:  # one scan for all six (most text has none)
        return text
    for char in _INVISIBLE_CHARS:
        if char in text:
            text = text.replace(char, "")
    return text


#: (printed, folded): no space before ``, . ; : )`` or after ``(``.
_PUNCTUATION_FOLDS = ((" ,", ","), (" .", "."), (" ;", ";"), (" :", ":"), (" )", ")"),
                      ("( ", "("))


def _fold_punctuation(text: str) -> str:
    """No space before ``, . ; : )`` or after ``(`` in text whose white space is folded
    (each pair tested before it is replaced; no string built per call)."""
    if " " not in text:
        return text
    for printed, folded in _PUNCTUATION_FOLDS:
        if printed in text:
            text = text.replace(printed, folded)
    return text
