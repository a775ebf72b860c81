"""Programme interpreter: a status TAG closing an item, read and left out of its text.

Papers close an item with its status in several printed forms: a word in brackets ("...
in July 2025. (Complete)", "... 2026/27 Q2. [Green]"), or a slide's status symbol and word
("... Jul–Sept 2025 ✔ Complete", "... Q3 ● On track", "... ▲ Delayed"). The tag states the
item's status (rule ``tag``; the words in ``data/raw/status_tags.csv``, a symbol printed
alone through the document's key or ``status_symbols.csv``), and a careful reader leaves
it out of the item's text: the item is what was done, the tag how it stands. The printed
line stays whole in the paragraphs table, so nothing is lost. A bracket whose words are no
status ("... members (phase two).") is part of the text; so is a status word closing a
sentence with no symbol or bracket before it ("... the work is complete"), and a closing
"Status: Amber" sentence (rule ``status line``), which is not a tag. A tag closing the
item's own sentence before a labelled note joined onto its line ("... (on track). Next
step: ...", :func:`.item_notes.tag_before_note`) is a tag too; the note is no item text.

Examples
--------
>>> from wlga_analysis.reference import load_status_tags
>>> tags = load_status_tags()
>>> closing_tag("The guide was issued in July 2025. (Complete)", tags)
('done', 'The guide was issued in July 2025.')
>>> closing_tag("Peer panels: 6 of 22 councils booked for Q3 \\u25cf On track", tags)
('in progress', 'Peer panels: 6 of 22 councils booked for Q3')
>>> closing_tag("Three networks were mapped (Complete).", tags)
('done', 'Three networks were mapped.')
>>> closing_tag("Training for members (phase two).", tags) is None
True
>>> closing_tag("Twelve peers were trained in May 2025. Status: complete.", tags)
('done', 'Twelve peers were trained in May 2025.')
>>> closing_tag("This remains on track for March 2026.", tags) is None
True
>>> closing_tag("The bridge opened in May 2025. COMPLETE", tags)
('done', 'The bridge opened in May 2025.')
>>> closing_tag("Work starts in April 2026. [NOT STARTED]{.status}", tags)
('planned', 'Work starts in April 2026.')
>>> closing_tag("The report was shared with the WLGA.", tags) is None
True
"""

from __future__ import annotations

import unicodedata

from wlga_analysis.text.lazy import LazyPattern

__all__ = ["closing_tag"]

#: A tag in round or square brackets closing the text, perhaps with a full stop or a
#: semicolon after it: "(Complete)", "[Not started].".
_BRACKET = LazyPattern(r"[\[(](?P<tag>[A-Za-z][A-Za-z'/ -]{1,40})[\])][ .;]{0,3}$")
#: A status word in capitals closing the text after a sentence's stop ("... 2026. ON
#: TRACK"), or in a pandoc span ("... 2026. [ON TRACK]{.status}").
_CAPITALS = LazyPattern(r"(?:(?<=[.!?\u201d)] )(?P<word>[A-Z][A-Z'/ -]{1,30})"
                        r"|\[(?P<span>[A-Z][A-Z'/ -]{1,30})\]\{[.#][\w-]{1,30}\})$")
#: The longest status words after a closing symbol ("Not started", "Behind schedule").
_WORDS_MAX = 30


def _is_symbol(ch: str) -> bool:
    return unicodedata.category(ch) == "So"


def _bracket_tag(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    from wlga_analysis.interpret.programme.layouts import tag_status

    tail = text[-60:]
    m = _BRACKET.search(tail)
    status = tag_status(m.group("tag"), tags) if m else None
    if status is None or m is None:
        return None
    kept = text[:len(text) - len(tail) + m.start()].rstrip()
    if "." in m.group(0)[m.end("tag") - m.start():] and not kept.endswith((".", "!", "?")):
        kept += "."  # "... by Transport for Wales (Complete).": the sentence's own stop
    return status, kept


def _symbol_tag(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """A status symbol, then status words closing the text ("... ✔ Complete")."""
    from wlga_analysis.interpret.programme.layouts import tag_status

    tail = text[-(_WORDS_MAX + 3):]
    at = next((k for k in range(len(tail) - 2, -1, -1) if _is_symbol(tail[k])), None)
    if at is None or (at and not tail[at - 1].isspace()) or not tail[at + 1:at + 2].isspace():
        return None  # (the symbol stands apart, between spaces: "Q3 ● On track")
    status = tag_status(tail[at + 1:].strip(" .;"), tags)
    if status is None:
        return None
    return status, text[:len(text) - len(tail) + at]


def _capitals_tag(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """A status word in capitals after the last sentence's stop ("... 2026. ON TRACK";
    a designed update's status through its printed key), or in a pandoc span."""
    from wlga_analysis.interpret.programme.layouts import tag_status

    tail = text[-40:]
    m = _CAPITALS.search(tail)
    if m is None:
        return None
    status = tag_status((m.group("word") or m.group("span")).strip().lower(), tags)
    if status is None:
        return None
    return status, text[:len(text) - len(tail) + m.start()]


#: The longest closing "Status: Not started." sentence read as a tag.
_SENTENCE_MAX = 40


def _sentence_tag(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """A last sentence that only states the status after a status label ("... 2025.
    Status: complete."): (status, the text before it)."""
    from wlga_analysis.interpret.programme.layouts import status_line_timing

    tail = text[-_SENTENCE_MAX:]
    colon = tail.rfind(":")
    if colon < 0:
        return None
    stop = max(tail.rfind(". ", 0, colon), tail.rfind("; ", 0, colon))
    if stop < 0:
        return None
    stated = status_line_timing(tail[stop + 1:].strip().rstrip("."), tags)
    if stated is None or stated[1] is not None:
        return None  # (a status with its timing after it is more than a tag)
    return stated[0], text[:len(text) - len(tail) + stop + 1]


def closing_tag(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, text without the tag) of an item whose text closes with a status tag: a
    status word in brackets, or a status symbol and word (see the module); None when it
    closes with none, or when nothing but the tag is left.

    Parameters
    ----------
    text : str
        The item's text (cleaned: no Markdown emphasis).
    tags : dict
        The status words (``status_tags.csv``, :func:`~wlga_analysis.reference.load_status_tags`).

    Returns
    -------
    (str, str) or None
        The status the tag states and the text before it (its closing spaces removed).

    Examples
    --------
    >>> from wlga_analysis.reference import load_status_tags
    >>> closing_tag("Charter refresh \\u2013 due Dec 2025 \\u25b2 Delayed", load_status_tags())
    ('at risk', 'Charter refresh \\u2013 due Dec 2025')
    >>> closing_tag("(Complete)", load_status_tags()) is None
    True
    """
    stripped = text.rstrip()
    if not stripped:
        return None
    last = stripped[-1]
    # (a bracket closes the text, at most three stops or spaces after it: most texts end
    # with a full stop and no bracket, and are not searched)
    found = _bracket_tag(stripped, tags) if last in ").;]" and (
        ")" in stripped[-4:] or "]" in stripped[-4:]) else None
    if found is None and not stripped.isascii():  # (every symbol is outside ASCII)
        found = _symbol_tag(stripped, tags)
    if found is None and (last.isupper() or last == "}"):  # "... 2026. ON TRACK"
        found = _capitals_tag(stripped, tags)
    if found is None and ":" in stripped[-_SENTENCE_MAX:]:  # "... Status: complete."
        found = _sentence_tag(stripped, tags)
    if found is None and ": " in stripped and "(" in stripped:  # "(on track). Next step: ..."
        from wlga_analysis.interpret.programme.item_notes import tag_before_note

        found = tag_before_note(stripped, tags)
    if found is None:
        return None
    kept = found[1].rstrip()
    return (found[0], kept) if any(ch.isalnum() for ch in kept) else None
