"""Owner markers of recommendations and activities: the bold code list at an item's end.

``(<b>WLGA/WG</b>)``, ``<b>(WLGA/WG)</b>``, ``<b>WLGA/WG</b>``, optionally with a status
(``(<b>Ongoing - WLGA/WG</b>)``), role labels (``Lead: WG; Support: WLGA``) or a deadline;
owners written in full ("Welsh Government") are read as their codes (:mod:`.owners`), and
status words come from ``data/raw/recommendation_words.csv``. When the bold is lost, a plain
``(WLGA/WG)`` at the very end of an item is still read, provided every code in it is a known
owner code (the parser reports it).

Examples
--------
>>> text, found = _strip_markers("That it is done. (<b>Ongoing - WLGA/WG</b>)",
...                              frozenset({"WLGA", "WG"}))
>>> text, found[0].status, found[0].codes
('That it is done.', 'Ongoing', ('WLGA', 'WG'))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.footnote_marks import (
    footnote_after_marker,
    footnote_message,
)
from wlga_analysis.interpret.recommendations.owners import organisations_of_job_titles
from wlga_analysis.text.regex_cache import compile_regex

#: Status words and placeholder phrases are analyst-editable, in
#: ``data/raw/recommendation_words.csv`` (read by ``reference.load_recommendation_words``).
_YEAR_IN = compile_regex(r"(?:19|20)\d\d")


#: A status followed by when it was reached: "Complete - March 2023", "Completed December 2022".
_DATED_STATUS = compile_regex(r"(?P<status>[A-Za-z][A-Za-z ]{2,30}?)\s*(?:[-\u2013\u2014,]\s*)?"
                              r"(?:(?:in|by|from)\s+)?(?P<when>(?:\d{1,2}\s+)?[A-Z][a-z]+\.?"
                              r"\s+(?:19|20)\d{2})")


# ---------------------------------------------------------------------------------------
# Regular expressions (all linear: no nested quantifiers over overlapping classes)
# ---------------------------------------------------------------------------------------
_ANY_TAG = compile_regex(r"<[^<>]*>")


_BOLD_TAG = compile_regex(r"<\s*+(/?)\s*+(?:b|strong)\b[^<>]*+>", re.IGNORECASE)


_STATUS_SPLIT = compile_regex(r"\s[-\u2013\u2014]\s|\s?[\u2013\u2014]\s?|:\s")


_STATUS_TEXT = compile_regex(r"[A-Za-z][a-z]+(?: [a-z]+){0,3}|[A-Z]+(?: [A-Z]+){0,3}")


#: Between two codes: "/", ",", ";", "and", "&"; "with (the)" of a supporter ("LG, with the WLGA").
_CODE_SPLIT = compile_regex(r"(?<!\s)(?:\s*+[/,;]\s*+|\s++(?:and|&)\s++|\s++(?=with\s))"
                            r"(?:with\s++(?:the\s++)?)?")


#: Role labels and notes inside an owner list: "Lead: WG", "WG (lead)", "WG - by March 2024".
_ROLE_LABEL = compile_regex(r"(?i)\b(?:lead|leads|support|supported\s+by|partners?|owner|owners|"
                            r"responsible)\s*:\s*")


_ROLE_NOTE = compile_regex(r"(?i)(?<!\s)\s*+\((?:lead|joint\s+lead|co-lead|support|supporting)\)")


_OWNER_DEADLINE = compile_regex(r"(?<!\s)\s++[-\u2013\u2014]\s++(?:by|from|in|until)\s++[^/;,]++$",
                                re.IGNORECASE)


_CODE_LIKE = compile_regex(r"[A-Z][A-Za-z0-9&'’.-]*(?:\s+(?:(?:for|of|the|and|on|in|&)\s+)*"
                           r"[A-Z][A-Za-z0-9&'’.-]*){0,5}")


#: Bold code lists split into several bold spans: "(<b>LG</b>/<b>ADSS Cymru</b>)".
_SPLIT_BOLD = compile_regex(r"</(b|strong)\s*+>(\s*+(?:[/,&]|and)\s*+)<\1\b[^<>]*+>",
                            re.IGNORECASE)


#: A word after which bold text belongs to the sentence ("reported to the <b>Board</b>").
_LEADS_INTO = frozenset(("the", "to", "by", "with", "of", "and", "or", "for", "from", "a",
                         "an", "in", "on", "at", "our", "their", "its", "is", "are", "be",
                         "was", "were"))


_PLAIN_MARKER = compile_regex(r"\(([^()]{1,120})\)\s*([.;,]?)\s*$")


def _status_words(given: frozenset[str] | None = None) -> frozenset[str]:
    """The status words given, or (None) those of ``data/raw/recommendation_words.csv``."""
    if given is not None:
        return given
    from wlga_analysis.reference import load_recommendation_words

    return load_recommendation_words()["status"]


_DOUBLE_STOP = compile_regex(r"([.!?;])\s?\.(?=\s|$)")


def _bold_spans(raw: str) -> list[tuple[int, int, int, int]]:
    """(open start, inner start, inner end, close end) of each outermost bold span."""
    spans = []
    depth = 0
    start = inner = 0
    for m in _BOLD_TAG.finditer(raw):
        if not m.group(1):
            if depth == 0:
                start, inner = m.start(), m.end()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, inner, m.start(), m.end()))
    return spans


def _last_significant(raw: str) -> int:
    """Index of the last character outside tags that is not space or punctuation (-1).

    Read from the end, so that it costs the length of the block's tail, not of the block.

    Examples
    --------
    >>> _last_significant("<p>Do it (<b>WG</b>).</p>"), _last_significant("<p> .</p>")
    (19, -1)
    >>> _last_significant("a > b>")  # a ">" that closes no tag is text
    5
    """
    i = len(raw) - 1
    while i >= 0:
        char = raw[i]
        if char == ">":
            start = raw.rfind("<", 0, i)
            if start < 0 or ">" in raw[start + 1:i]:
                return i  # text, not the end of a tag
            i = start - 1
        elif char in _TRAILING:
            i -= 1
        else:
            return i
    return -1


_TRAILING = frozenset(" \t\n\xa0.,;:")


@dataclass(frozen=True)
class _Marker:
    status: str | None
    codes: tuple[str, ...]
    unknown: tuple[str, ...]
    bold: bool = True
    footnote: str = ""  # a footnote mark printed right after the marker ("(WG)¹")

    def footnote_note(self, item: Any) -> str:
        """The data-quality note on the footnote mark after this marker, for the item
        (an item of the parser: its ``column`` and ``printed`` number) it ends."""
        return footnote_message(item.column, item.printed, self.footnote)


def _parse_marker(content: str, statuses: frozenset[str] | None = None
                  ) -> tuple[str | None, list[str]] | None:
    """Read ``'Ongoing - WLGA/WG'`` as (status, codes); None when it is not a code list.

    ``statuses`` are the status words (default: those of ``recommendation_words.csv``).

    Examples
    --------
    >>> _parse_marker("Ongoing - WLGA/WG")
    ('Ongoing', ['WLGA', 'WG'])
    >>> _parse_marker("Lead: WG; Support: WLGA/SWT"), _parse_marker("WG (lead)/WLGA")
    ((None, ['WG', 'WLGA', 'SWT']), (None, ['WG', 'WLGA']))
    >>> _parse_marker("Complete - March 2023"), _parse_marker("Delayed")
    (('Complete - March 2023', []), ('Delayed', []))
    >>> _parse_marker("Complete, December 2022 - WG")
    ('Complete, December 2022', ['WG'])
    >>> _parse_marker("Lead: LG, with the WLGA"), _parse_marker("WG and WLGA")
    ((None, ['LG', 'WLGA']), (None, ['WG', 'WLGA']))
    """
    content = content.strip().strip(".;,").strip()
    if not content or len(content) > 120:
        return None
    status_words = _status_words(statuses)
    has_year = _YEAR_IN.search(content) is not None
    alone = _status_alone(content, status_words, has_year)
    if alone is not None:
        return alone, []
    split = _split_status(_without_roles(content, has_year), status_words, has_year)
    if split is None:
        return None  # "WG - WLGA" is two codes, not a status "WG"
    status, codes_part = split
    codes = [c.strip() for c in _CODE_SPLIT.split(organisations_of_job_titles(codes_part))]
    if not codes or not all(codes):
        return None
    return (_status_case(status) if status else None), codes


def _is_dated_status(text: str, status_words: frozenset[str]) -> bool:
    """Whether ``text`` is a status word and the date it was reached ("Complete - March 2023").

    Examples
    --------
    >>> words = frozenset({"complete"})
    >>> _is_dated_status("Complete - March 2023", words), _is_dated_status("WG March 2023", words)
    (True, False)
    """
    dated = _DATED_STATUS.fullmatch(text)
    return dated is not None and dated.group("status").strip().lower() in status_words


def _status_alone(content: str, status_words: frozenset[str], has_year: bool) -> str | None:
    """The marker's status when it is all the marker holds (a status word, or one with the
    date it was reached, kept as printed); None when it names owners too.

    Examples
    --------
    >>> words = frozenset({"ongoing", "complete"})
    >>> _status_alone("ONGOING", words, False), _status_alone("Complete March 2023", words, True)
    ('Ongoing', 'Complete March 2023')
    >>> _status_alone("Ongoing - WG", words, False) is None
    True
    """
    if content.lower() in status_words:
        return _status_case(content)
    if has_year and _is_dated_status(content, status_words):
        return content  # the status with the date it was reached, as printed
    return None


def _without_roles(content: str, has_year: bool) -> str:
    """A marker without its role labels and notes ("Lead: WG", "WG (lead)") and without a
    deadline after the owners ("WG - by March 2024").

    Examples
    --------
    >>> _without_roles("Lead: WG; Support: WLGA", False), _without_roles("WG - by March 2024", True)
    ('WG; WLGA', 'WG')
    """
    if ":" in content or "(" in content:
        content = _ROLE_NOTE.sub("", _ROLE_LABEL.sub("", content))
    if has_year or " by " in content or " from " in content:
        content = _OWNER_DEADLINE.sub("", content).strip()
    return content


def _split_status(content: str, status_words: frozenset[str], has_year: bool
                  ) -> tuple[str | None, str] | None:
    """A marker's status (None when it states none) and its code list; None when the part
    before a dash is not a status but a code ("WG - WLGA").

    Examples
    --------
    >>> words = frozenset({"ongoing", "complete"})
    >>> _split_status("Ongoing - WLGA/WG", words, False), _split_status("WLGA/WG", words, False)
    (('Ongoing', 'WLGA/WG'), (None, 'WLGA/WG'))
    >>> _split_status("Complete, December 2022 - WG", words, True)
    ('Complete, December 2022', 'WG')
    >>> _split_status("WG - WLGA", words, False) is None
    True
    """
    m = _STATUS_SPLIT.search(content)
    if m is None:
        return None, content
    status = content[:m.start()].strip()
    codes_part = content[m.end():].strip()
    if has_year and _is_dated_status(status.strip(" ,"), status_words):
        return status, codes_part  # "Complete, December 2022 - WG"
    if not _STATUS_TEXT.fullmatch(status) or (
            status.lower() not in status_words and (len(status.split()) > 2
                                                    or status.isupper())):
        return None
    return status, codes_part


def _status_case(status: str) -> str:
    """"COMPLETE" and "ongoing" are the statuses Complete and Ongoing; others as printed."""
    return status.capitalize() if status.isupper() or status.islower() else status


def _marker_span(raw: str, span: tuple[int, int, int, int]) -> tuple[str, bool, tuple[int, int]]:
    """A bold span's content, whether it is in brackets, and the part of ``raw`` to cut."""
    start, inner, inner_end, end = span
    content = _span_text(raw[inner:inner_end])
    i = start - 1
    while i >= 0 and raw[i].isspace():
        i -= 1
    j, n = end, len(raw)
    while j < n and raw[j].isspace():
        j += 1
    if i >= 0 and raw[i] == "(" and j < n and raw[j] == ")":
        return content, True, (i, j + 1)
    if len(content) > 2 and content[0] == "(" and content[-1] == ")":
        return content[1:-1], True, (start, end)
    return content, False, (start, end)


def _in_the_sentence(raw: str, span: tuple[int, int, int, int], last_sig: int) -> bool:
    """Whether a bold span is one :func:`_read_marker` reads as bold words of the sentence
    whatever it holds: before the block's last significant character, and in no brackets
    (none around it, and none its text can open: no "(" nor an entity in it).

    Decided without reading the span's text, so that many bold words cost little.

    Examples
    --------
    >>> raw = "Send <b>WG</b> the <b>(plan)</b> (<b>WG</b>) now <b>LG</b>"
    >>> spans = _bold_spans(raw)
    >>> [_in_the_sentence(raw, span, _last_significant(raw)) for span in spans]
    [True, False, False, False]
    """
    start, inner, inner_end, end = span
    if end > last_sig:
        return False
    i = start - 1
    while i >= 0 and raw[i].isspace():
        i -= 1
    if i >= 0 and raw[i] == "(":
        return False  # (bracketed when a ")" follows: read it)
    return raw.find("(", inner, inner_end) < 0 and raw.find("&", inner, inner_end) < 0


@lru_cache(maxsize=4096)
def _span_text(inner: str) -> str:
    """The clean text of a bold span, without a stop after it (cached: the same owner codes
    are printed in bold again and again)."""
    return clean_text(inner).rstrip(".;, ")


def _word_before(raw: str, start: int) -> str:
    """The last word of the text before ``start`` (read from a window that grows until it
    holds a whole word, so that many bold spans cost linear time), lower case."""
    window = 160
    while True:
        words = clean_text(raw[max(0, start - window):start]).split()
        if start <= window or len(words) >= 2:
            return words[-1].lower() if words else ""
        window *= 4


def _read_marker(raw: str, span: tuple[int, int, int, int], known: frozenset[str],
                 last_sig: int, statuses: frozenset[str] | None
                 ) -> tuple[_Marker, tuple[int, int]] | None:
    """The owner marker a bold span is, and the part of ``raw`` it takes; None when the
    bold text belongs to the sentence."""
    content, parenthesised, cut = _marker_span(raw, span)
    parsed = _parsed_content(content, known, statuses)
    if parsed is None:
        return None
    status, codes = parsed
    if not (parenthesised or last_sig < cut[1]):
        return None  # bold words inside the text, not at its end
    if not parenthesised and (not codes or _word_before(raw, span[0]) in _LEADS_INTO):
        return None  # "is <b>agreed</b>.", "reported to the <b>Working Group</b>."
    unknown = [c for c in codes if c not in known]
    if unknown and not all(_CODE_LIKE.fullmatch(c) for c in unknown):
        return None
    return _bold_marker(status, tuple(codes), tuple(unknown)), cut


#: A bold marker of a status and codes, made once (a marker is frozen: one can be shared).
_bold_marker = lru_cache(maxsize=1024)(_Marker)


@lru_cache(maxsize=4096)
def _parsed_content(content: str, known: frozenset[str], statuses: frozenset[str] | None
                    ) -> tuple[str | None, list[str]] | None:
    """:func:`_parse_marker` of a bold span's content, owners in full read as codes (cached:
    the same markers recur in every row)."""
    parsed = _parse_marker(_spelled_as_codes(content, known), statuses)
    return None if parsed is None else (parsed[0], tuple(parsed[1]))


def _spelled_as_codes(content: str, known: frozenset[str]) -> str:
    """Owners written in full read as their codes, when ``known`` is an
    :class:`~wlga_analysis.interpret.recommendations.owners.OwnerCodes`; job titles printed
    for an owner are read first as the organisation they are of ("Heads of Housing, all
    councils": councils, then its code).

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("LG", "Local government", "councils")])
    >>> _spelled_as_codes("Heads of Housing, all councils", known)
    'LG'
    >>> _spelled_as_codes("Directors of Education, each council", known)
    'LG'
    """
    substitute = getattr(known, "substitute", None)
    return content if substitute is None else substitute(organisations_of_job_titles(content))


def _strip_markers(raw: str, known: frozenset[str], statuses: frozenset[str] | None = None,
                   names_ok: bool = False) -> tuple[str, list[_Marker]]:
    """Remove owner markers from an HTML block; return its clean text and the markers
    (``names_ok``: a plain marker may name an owner the code list does not know).

    A footnote mark printed right after the marker that ends the block ("(<b>WG</b>)¹") is
    taken out of the text with it (the marker keeps it, :attr:`_Marker.footnote`).

    Examples
    --------
    >>> text, found = _strip_markers("That it is done. (<b>WG</b>)\u00b9", frozenset({"WG"}))
    >>> text, found[0].codes, found[0].footnote
    ('That it is done.', ('WG',), '\u00b9')
    >>> _strip_markers("That it is done.\u00b9", frozenset({"WG"}))
    ('That it is done.\u00b9', [])
    """
    if (read := _strip_with_footnote(raw, known, statuses, names_ok)) is not None:
        return read
    if "<" not in raw:  # no tags, so no bold: only a plain marker can be there
        return _plain_marker(clean_text(raw), known, [], statuses, names_ok)
    if "</" in raw and _SPLIT_BOLD.search(raw):  # (searched first: a sub costs more)
        raw = _SPLIT_BOLD.sub(r"\2", raw)
    spans = _bold_spans(raw)
    if not spans:
        return _plain_marker(clean_text(raw), known, [], statuses, names_ok)
    last_sig = _last_significant(raw)
    if raw.find("(", 0, last_sig + 1) < 0 and raw.find("&", 0, last_sig + 1) < 0:
        # no bracket (nor an entity that could print one) before the end: every span that
        # closes before it is bold words of the sentence (spans are in order)
        first = len(spans)
        while first and spans[first - 1][3] > last_sig:
            first -= 1
        spans = spans[first:]
    found = []
    for span in spans:
        if _in_the_sentence(raw, span, last_sig):
            continue
        read = _read_marker(raw, span, known, last_sig, statuses)
        if read is not None:
            found.append(read)
    if not found:
        return _plain_marker(clean_text(raw), known, [], statuses, names_ok)
    markers = [marker for marker, _ in found]
    parts = []
    pos = 0
    at_end = False  # whether a marker reaches past the last significant character
    for _, (a, b) in found:
        parts.append(raw[pos:a])
        parts.append(" ")
        pos = b
        at_end = at_end or last_sig < b
    parts.append(raw[pos:])
    text = clean_text("".join(parts))
    if _DOUBLE_STOP.search(text):
        text = _DOUBLE_STOP.sub(r"\1", text)
    if text in {".", ",", ";", ":"}:
        text = ""
    if not at_end:
        return _plain_marker(text, known, markers, statuses, names_ok)
    return text, markers


def _strip_with_footnote(raw: str, known: frozenset[str], statuses: frozenset[str] | None,
                         names_ok: bool) -> tuple[str, list[_Marker]] | None:
    """:func:`_strip_markers` of a block whose marker at the end has a footnote mark right
    after it ("(<b>WG</b>)¹"): the mark is taken out with the marker, which keeps it; None
    when there is no such mark, or no marker before it."""
    footnote = footnote_after_marker(raw)
    if footnote is None:
        return None
    start, end, mark = footnote
    text, markers = _strip_markers(raw[:start] + raw[end:], known, statuses, names_ok)
    if not markers or _closing_char(text) in (")", "]"):  # no marker read at the end
        return None
    markers[-1] = replace(markers[-1], footnote=mark)
    return text, markers


#: Owner markers printed in plain text at the very end of an item, tried in order: (name,
#: pattern whose group 1 is the marker's content, whether an owner the code list does not
#: know, printed like a name ("Data Cymru"), counts). Known owner codes and names always do.
PLAIN_MARKER_RULES: tuple[tuple[str, str, bool], ...] = (
    # "... each year (LG)", "(Data Cymru)", "(Lead: WG)"
    ("bracket", r"\(([^()]{1,120}+)\)\s*+([.;,]?)\s*+$", True),
    # "... its plan. [Lead: Local Authorities]"
    ("square_bracket", r"\[([^\[\]]{1,120}+)\]\s*+([.;,]?)\s*+$", True),
    # "... its plan. Owner: WG", "Lead: Welsh Government and WLGA", "Lead: LG; Support: WLGA"
    ("label", r"(?:^|(?<=[.;!?]))\s*+((?:lead|owners?|responsible)\s*+:\s*+[^:.;()]{1,80}+"
              r"(?:;\s*+(?:support(?:ed\s++by)?|partners?)\s*+:\s*+[^:.;()]{1,80}+)?)"
              r"([.;,]?)\s*+$", True),
    # "... each year. - WLGA", "– WG/LG": known owners only (a dash also starts a clause)
    ("dash", r"(?<=\S)\s++[\u2013\u2014-]\s++([^\u2013\u2014\-()]{1,60}+)()$", False),
)
_PLAIN_COMPILED = tuple((name, compile_regex(pattern, re.IGNORECASE), names)
                        for name, pattern, names in PLAIN_MARKER_RULES)


def _closing_char(text: str) -> str:
    """The last character of ``text`` before trailing white space and one ``. ; ,``."""
    text = text.rstrip()
    if text[-1:] in (".", ";", ","):
        text = text[:-1].rstrip()
    return text[-1:]


#: For each rule of PLAIN_MARKER_RULES, what any match needs (so most items skip the scan).
_PLAIN_GATES = {
    "bracket": lambda text, closing: closing == ")",
    "square_bracket": lambda text, closing: closing == "]",
    "label": lambda text, closing: ":" in text,
    "dash": lambda text, closing: "-" in text or "\u2013" in text or "\u2014" in text,
}


def _is_abbreviation(name: str, before: str) -> bool:
    """Whether ``name`` is the abbreviation of the words printed just before it ("Natural
    Resources Wales (NRW)"): then it names what the sentence names, not an owner.

    Examples
    --------
    >>> _is_abbreviation("NRW", "Agreed by Natural Resources Wales")
    True
    >>> _is_abbreviation("Data Cymru", "That Data Cymru publishes the data")
    False
    """
    letters = [c for c in name if c.isupper()]
    if " " in name.strip() or not letters:
        return False
    capitals = [w[0] for w in before.split() if w[:1].isupper()]
    return capitals[-len(letters):] == letters


@lru_cache(maxsize=4096)
def _parsed_codes(content: str, statuses: frozenset[str]) -> tuple[str | None,
                                                                  tuple[str, ...]] | None:
    """:func:`_parse_marker` of a marker whose owner names are already codes, with the
    status words given (cached: the same markers recur in every row)."""
    parsed = _parse_marker(content, statuses)
    return None if parsed is None else (parsed[0], tuple(parsed[1]))


def _plain_owner_codes(content: str, before: str, known: frozenset[str], names_ok: bool,
                       statuses: frozenset[str] | None
                       ) -> tuple[str | None, Sequence[str]] | None:
    """The status and owners of a plain marker's content, or None when it names none."""
    spelled = _spelled_as_codes(content, known)
    parsed = _parse_marker(spelled, statuses) if statuses is None \
        else _parsed_codes(spelled, statuses)
    if parsed is None or not parsed[1]:
        return None
    unknown = [c for c in parsed[1] if c not in known]
    if unknown and not (names_ok and all(_CODE_LIKE.fullmatch(c) for c in unknown)
                        and not any(_is_abbreviation(c, before) for c in unknown)):
        return None
    return parsed


def _plain_status(rule: str, content: str, statuses: frozenset[str] | None
                  ) -> tuple[str, tuple[str, ...]] | None:
    """A status alone in brackets at an item's end, printed plain ("(Complete)", "[Ongoing]"),
    as its bold form is read; None for any other content.

    Examples
    --------
    >>> _plain_status("bracket", "Complete", None), _plain_status("bracket", "as above", None)
    (('Complete', ()), None)
    >>> _plain_status("dash", "Complete", None) is None
    True
    """
    if rule not in ("bracket", "square_bracket"):
        return None
    content = content.strip().strip(".;,").strip()
    status = _status_alone(content, _status_words(statuses),
                           _YEAR_IN.search(content) is not None)
    return None if status is None else (status, ())


def _plain_marker(text: str, known: frozenset[str], markers: list[_Marker],
                  statuses: frozenset[str] | None = None, names_ok: bool = False
                  ) -> tuple[str, list[_Marker]]:
    """Read an owner marker printed in plain text at the very end of an item (a lost or
    unbalanced ``<b>``, or a publisher who prints no bold), by :data:`PLAIN_MARKER_RULES`.

    Known owner codes and names always count; with ``names_ok`` (recommendations), so do
    other names printed like an organisation's ("Data Cymru"), unless they abbreviate the
    words just before them. The marker is flagged ``bold=False`` so the parser reports it.

    Examples
    --------
    >>> known = frozenset({"WLGA", "LG"})
    >>> text, found = _plain_marker("Review the Compendium (WLGA/LG).", known, [])
    >>> text, found[0].codes, found[0].bold
    ('Review the Compendium.', ('WLGA', 'LG'), False)
    >>> _plain_marker("Review it (as above)", known, [])[1]
    []
    >>> _plain_marker("Agreed by Natural Resources Wales (NRW)", known, [])[1]
    []
    >>> _plain_marker("Agreed by Natural Resources Wales (NRW)", known, [], names_ok=True)[1]
    []
    >>> [m.codes for m in _plain_marker("Publish it. Owner: WLGA", known, [])[1]]
    [('WLGA',)]
    >>> [m.codes for m in _plain_marker("Publish it (Data Cymru)", known, [],
    ...                                  names_ok=True)[1]]
    [('Data Cymru',)]
    >>> _plain_marker("Publish it - Cardiff", known, [], names_ok=True)[1]
    []
    >>> [m.codes for m in _plain_marker("Publish it. Lead: LG; Support: WLGA", known, [])[1]]
    [('LG', 'WLGA')]
    >>> text, found = _plain_marker("A survey is under way. (Ongoing)", known, [])
    >>> text, found[0].status, found[0].codes
    ('A survey is under way.', 'Ongoing', ())
    """
    closing = _closing_char(text)
    if closing != ")" and closing != "]" and ":" not in text and "-" not in text \
            and "\u2013" not in text and "\u2014" not in text:
        return text, markers  # no rule's gate (_PLAIN_GATES) passes: nothing to scan
    for name, pattern, names in _PLAIN_COMPILED:
        if not _PLAIN_GATES[name](text, closing):
            continue  # the rule cannot match (checked without a regex scan)
        m = pattern.search(text)
        if m is None:
            continue
        parsed = _plain_owner_codes(m.group(1), text[:m.start()], known, names and names_ok,
                                    statuses) or _plain_status(name, m.group(1), statuses)
        if parsed is None:
            continue
        status, codes = parsed
        unknown = tuple(c for c in codes if c not in known)
        rest = (text[:m.start()].rstrip() + m.group(2)).strip()
        if _DOUBLE_STOP.search(rest):  # (searched first: a sub costs more)
            rest = _DOUBLE_STOP.sub(r"\1", rest)
        if rest in {".", ",", ";", ":"}:
            rest = ""
        return rest, [*markers, _Marker(status, tuple(codes), unknown, bold=False)]
    return text, markers
