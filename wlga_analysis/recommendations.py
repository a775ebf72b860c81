"""Parse a Working Group recommendations table into tidy tables.

The document is a plain-text extraction of a PDF table: Markdown headings and paragraphs
(the notes), theme headings, and table rows of three TAB-separated cells
(Area | Activity underway or achieved | Recommendations) holding HTML fragments. Rows are
split across page breaks, so a row without an ``Area N:`` lead continues the current area,
and a piece of text without an item number continues the previous item of its column.
Owners are the bold code list at an item's end (``(<b>WLGA/WG</b>)``, ``<b>(WLGA/WG)</b>``,
``<b>WLGA/WG</b>``), optionally with a status (``(<b>Ongoing - WLGA/WG</b>)``). When the
bold is lost or unbalanced, a plain ``(WLGA/WG)`` at the very end of an item is still read,
provided every code in it is a known owner code, and reported ("owner not in bold").

Everything is parsed by general rules; what the document gets wrong (numbering gaps and
duplicates, recommendations without an owner, unknown owner codes, damaged rows, areas out
of order) is kept as printed and reported as :class:`~wlga_analysis.quality.Issue` records.

Examples
--------
>>> recs = load_recommendations()
>>> len(recs), recs["rec_id"].tolist()[:5]
(25, [1, 2, 3, 4, 5])
>>> recs.loc[recs["rec_id"] == 7, "owners"].item()
['LG', 'WLGA', 'WG']
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from wlga_analysis import config, contracts, quality, reference
from wlga_analysis.documents import Document, clean_text, read_document, tag_source

__all__ = [
    "RecommendationsParse",
    "load_activities",
    "load_areas",
    "load_recommendation_owners",
    "load_recommendations",
    "load_recommendations_notes",
    "parse_recommendations",
    "recommendations_metadata",
]

#: The three columns of the table, as printed in its header row.
HEADER: tuple[str, str, str] = ("Area", "Activity underway or achieved", "Recommendations")

#: Words that, alone in a bold marker, are a status rather than an owner code.
STATUS_WORDS: frozenset[str] = frozenset({
    "ongoing", "complete", "completed", "achieved", "done", "underway", "in progress",
    "planned", "not started", "not yet started", "on hold", "agreed", "delayed",
    "delivered", "implemented", "paused", "closed", "pending", "superseded", "on track",
    "partially complete", "partially completed", "in development", "started", "live",
})
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
#: A status followed by when it was reached: "Complete - March 2023", "Completed December 2022".
_DATED_STATUS = re.compile(r"(?P<status>[A-Za-z][A-Za-z ]{2,30}?)\s*(?:[-\u2013\u2014,]\s*)?"
                           r"(?:(?:in|by|from)\s+)?(?P<when>(?:\d{1,2}\s+)?[A-Z][a-z]+\.?"
                           r"\s+(?:19|20)\d{2})")

_ACT, _REC = "activities", "recommendations"
_LABEL = {_ACT: "activity", _REC: "recommendation"}

# ---------------------------------------------------------------------------------------
# Regular expressions (all linear: no nested quantifiers over overlapping classes)
# ---------------------------------------------------------------------------------------
_ANY_TAG = re.compile(r"<[^<>]*>")
_BLOCK_TAGS = frozenset({
    "p", "li", "ol", "ul", "div", "br", "tr", "td", "th", "table", "tbody", "thead",
    "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "dl", "dt", "dd",
})
_LIST_TAGS = frozenset({"ul", "ol"})
_BLOCK_TAG = re.compile(r"<\s*+(/?)\s*+(" + "|".join(sorted(_BLOCK_TAGS)) + r")\b[^<>]*>",
                        re.IGNORECASE)
_BOLD_TAG = re.compile(r"<\s*+(/?)\s*+(?:b|strong)\b[^<>]*>", re.IGNORECASE)
_MD_HEADING = re.compile(r"\s{0,3}(#{1,6})[ \t\u00a0]+(.*)")
_SEPARATOR_CHARS = frozenset("-:|= \t\u2013\u2014")
_AREA_LEAD = re.compile(r"Area\s+(\d{1,4})\s*[:.\u2013\u2014-]?\s*(.*)", re.IGNORECASE | re.DOTALL)
_ITEM_NO = re.compile(r"(\d{1,4})\.(?:\s+|$|(?=[A-Z][a-z]))")
_HTMLISH = re.compile(r"<\s*+/?\s*+[A-Za-z]|&[#A-Za-z0-9]++;")
_MD_BOLD_LINE = re.compile(r"\s*(\*\*|__)([^*_]+)\1\s*")
_STATUS_SPLIT = re.compile(r"\s[-\u2013\u2014]\s|\s?[\u2013\u2014]\s?|:\s")
_STATUS_TEXT = re.compile(r"[A-Za-z][a-z]+(?: [a-z]+){0,3}|[A-Z]+(?: [A-Z]+){0,3}")
_CODE_SPLIT = re.compile(r"(?<!\s)\s*+[/,;]\s*|(?<!\s)\s++(?:and|&)\s+")
#: Role labels and notes inside an owner list: "Lead: WG", "WG (lead)", "WG - by March 2024".
_ROLE_LABEL = re.compile(r"(?i)\b(?:lead|leads|support|supported\s+by|partners?|owner|owners|"
                         r"responsible)\s*:\s*")
_ROLE_NOTE = re.compile(r"(?i)(?<!\s)\s*+\((?:lead|joint\s+lead|co-lead|support|supporting)\)")
_OWNER_DEADLINE = re.compile(r"(?<!\s)\s++[-\u2013\u2014]\s++(?:by|from|in|until)\s++[^/;,]++$",
                             re.IGNORECASE)
_CODE_LIKE = re.compile(r"[A-Z][A-Za-z0-9&'’.-]*(?:\s+(?:(?:for|of|the|and|on|in|&)\s+)*"
                        r"[A-Z][A-Za-z0-9&'’.-]*){0,5}")
#: Bold code lists split into several bold spans: "(<b>LG</b>/<b>ADSS Cymru</b>)".
_SPLIT_BOLD = re.compile(r"</(b|strong)\s*>(\s*(?:[/,&]|and)\s*)<\1\b[^<>]*>",
                         re.IGNORECASE)
#: A word after which bold text belongs to the sentence ("reported to the <b>Board</b>").
_LEADS_INTO = frozenset(("the", "to", "by", "with", "of", "and", "or", "for", "from", "a",
                         "an", "in", "on", "at", "our", "their", "its", "is", "are", "be",
                         "was", "were"))
_PLAIN_MARKER = re.compile(r"\(([^()]{1,120})\)\s*([.;,]?)\s*$")
_CONTINUED = re.compile(r"(?<!\s)\s*+[(\[]?\s*+(?:continued|cont(?:'d|inued)?\.?)\s*+[)\]]?\s*+$",
                        re.IGNORECASE)
#: What an empty cell says when it is not left blank.
_PLACEHOLDER = re.compile(r"(?:n/?a|none|nil|tbc|tbd|not applicable|no activity(?: to date)?|"
                          r"[-–—]+)\.?", re.IGNORECASE)
_DOUBLE_STOP = re.compile(r"([.!?;])\s?\.(?=\s|$)")
_HEADER_FIRST = re.compile(r"areas?(?:\s+(?:of|for)\s+\w+(?:\s+\w+)?)?")
_HEADER_LINE = re.compile(r"areas?\s+activit\S*(?:\s+\S+){0,4}?\s+recommendations?",
                          re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH_RE = "(" + "|".join(m.capitalize() for m in _MONTHS) + "|" + \
    "|".join(m[:3].capitalize() for m in _MONTHS) + r")\.?"
_DATE_DMY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_RE + r",?\s+((?:19|20)\d\d)")
_DATE_MDY = re.compile(_MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)")
_DATE_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_DATE_MY = re.compile(_MONTH_RE + r"\s+((?:19|20)\d\d)")
_DATE_PREFIX = re.compile(r"^(?i:(?:last\s+)?updated(?:\s+on)?|date[d]?|published|as\s+at)"
                          r"\s*:?\s*")
_FY = re.compile(r"\b((?:19|20)\d\d)\s?[-\u2013/]\s?(\d\d)\b")


# ---------------------------------------------------------------------------------------
# Result type
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class RecommendationsParse:
    """Everything parsed from one recommendations document.

    Attributes
    ----------
    areas, activities, recommendations, recommendation_owners, notes : pandas.DataFrame
        The tables, with the columns of their contracts (see :mod:`wlga_analysis.contracts`).
    issues : tuple of quality.Issue
        What the document gets wrong or leaves open, in document order.
    title : str or None
        The document title (its ``#``/``##`` heading), if any.

    Examples
    --------
    >>> parsed = parse_recommendations(read_document(None, "recommendations"))
    >>> parsed.title
    'Working Group on Local Government Recommendations'
    >>> [len(parsed.areas), len(parsed.activities), len(parsed.recommendations),
    ...  len(parsed.recommendation_owners), len(parsed.notes)]
    [10, 25, 25, 40, 4]
    >>> parsed.areas[["area_id", "area", "theme"]].head(2)
       area_id                   area                         theme
    0        1  Regional arrangements  Joint working and structures
    1        2        Shared services  Joint working and structures
    >>> [(issue.check, issue.item) for issue in parsed.issues]  # doctest: +NORMALIZE_WHITESPACE
    [('no owner', '13'), ('duplicate number', '15'), ('no owner', '16'), ('no owner', '17'),
     ('numbering gap', '19')]
    """

    areas: pd.DataFrame
    activities: pd.DataFrame
    recommendations: pd.DataFrame
    recommendation_owners: pd.DataFrame
    notes: pd.DataFrame
    issues: tuple[quality.Issue, ...]
    title: str | None = None


# ---------------------------------------------------------------------------------------
# HTML helpers
# ---------------------------------------------------------------------------------------
@dataclass
class _Block:
    raw: str
    bullet: bool


def _split_blocks(cell: str) -> list[_Block]:
    """Split an HTML cell into blocks (paragraphs, list items, loose text), in order."""
    blocks: list[_Block] = []
    start = 0
    list_stack: list[str] = []

    def flush(end: int) -> None:
        raw = cell[start:end]
        text = _ANY_TAG.sub("", raw).replace("&nbsp;", " ").strip(" \t\xa0")
        if text and ("&" not in text or clean_text(raw)):  # "&#160;" alone is empty too
            blocks.append(_Block(raw, bool(list_stack) and list_stack[-1] == "ul"))

    for m in _BLOCK_TAG.finditer(cell):
        name, closing = m.group(2).lower(), bool(m.group(1))
        flush(m.start())
        start = m.end()
        if name in _LIST_TAGS:
            if closing:
                if list_stack:
                    list_stack.pop()
            else:
                list_stack.append(name)
    flush(len(cell))
    return blocks


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
    """Index of the last character outside tags that is not space or punctuation (-1)."""
    last = -1
    pos = 0
    for m in [*_ANY_TAG.finditer(raw), None]:
        end = len(raw) if m is None else m.start()
        seg = raw[pos:end]
        kept = seg.rstrip(" \t\n\xa0.,;:")
        if kept:
            last = pos + len(kept) - 1
        if m is not None:
            pos = m.end()
    return last


@dataclass(frozen=True)
class _Marker:
    status: str | None
    codes: tuple[str, ...]
    unknown: tuple[str, ...]
    bold: bool = True


def _parse_marker(content: str) -> tuple[str | None, list[str]] | None:
    """Read ``'Ongoing - WLGA/WG'`` as (status, codes); None when it is not a code list.

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
    """
    content = content.strip().strip(".;,").strip()
    if not content or len(content) > 120:
        return None
    if content.lower() in STATUS_WORDS:
        return _status_case(content), []
    has_year = _YEAR_IN.search(content) is not None
    dated = _DATED_STATUS.fullmatch(content) if has_year else None
    if dated and dated.group("status").strip().lower() in STATUS_WORDS:
        return content, []  # the status with the date it was reached, as printed
    if ":" in content or "(" in content:
        content = _ROLE_NOTE.sub("", _ROLE_LABEL.sub("", content))
    if has_year or " by " in content or " from " in content:
        content = _OWNER_DEADLINE.sub("", content).strip()
    status = None
    codes_part = content
    m = _STATUS_SPLIT.search(content)
    if m:
        status = content[:m.start()].strip()
        codes_part = content[m.end():].strip()
        dated = _DATED_STATUS.fullmatch(status.strip(" ,")) if has_year else None
        if dated and dated.group("status").strip().lower() in STATUS_WORDS:
            pass  # "Complete, December 2022 - WG"
        elif not _STATUS_TEXT.fullmatch(status) or (
                status.lower() not in STATUS_WORDS and (len(status.split()) > 2
                                                        or status.isupper())):
            return None  # "WG - WLGA" is two codes, not a status "WG"
    codes = [c.strip() for c in _CODE_SPLIT.split(codes_part)]
    if not codes or not all(codes):
        return None
    return (_status_case(status) if status else None), codes


def _status_case(status: str) -> str:
    """"COMPLETE" and "ongoing" are the statuses Complete and Ongoing; others as printed."""
    return status.capitalize() if status.isupper() or status.islower() else status


def _strip_markers(raw: str, known: frozenset[str]) -> tuple[str, list[_Marker]]:
    """Remove owner markers from an HTML block; return its clean text and the markers."""
    raw = _SPLIT_BOLD.sub(r"\2", raw)
    spans = _bold_spans(raw)
    if not spans:
        return _plain_marker(clean_text(raw), known, [])
    last_sig = _last_significant(raw)
    markers: list[_Marker] = []
    cuts: list[tuple[int, int]] = []
    n = len(raw)
    for start, inner, inner_end, end in spans:
        content = clean_text(raw[inner:inner_end]).rstrip(".;, ")
        i = start - 1
        while i >= 0 and raw[i].isspace():
            i -= 1
        j = end
        while j < n and raw[j].isspace():
            j += 1
        if i >= 0 and raw[i] == "(" and j < n and raw[j] == ")":
            parenthesised, cut = True, (i, j + 1)
        elif len(content) > 2 and content[0] == "(" and content[-1] == ")":
            parenthesised, cut = True, (start, end)
            content = content[1:-1]
        else:
            parenthesised, cut = False, (start, end)
        parsed = _parse_marker(content)
        if parsed is None:
            continue
        status, codes = parsed
        at_end = last_sig < cut[1]
        unknown = [c for c in codes if c not in known]
        if not parenthesised:
            words = clean_text(raw[max(0, start - 1000):start]).split()  # the last word
            if not codes or (words and words[-1].lower() in _LEADS_INTO):
                continue  # "is <b>agreed</b>.", "reported to the <b>Working Group</b>."
        if unknown:
            ok = (parenthesised or at_end) and all(_CODE_LIKE.fullmatch(c) for c in unknown)
        else:
            ok = parenthesised or at_end
        if not ok:
            continue
        markers.append(_Marker(status, tuple(codes), tuple(unknown)))
        cuts.append(cut)
    if not cuts:
        return _plain_marker(clean_text(raw), known, [])
    parts = []
    pos = 0
    for a, b in cuts:
        parts.append(raw[pos:a])
        parts.append(" ")
        pos = b
    parts.append(raw[pos:])
    text = clean_text("".join(parts))
    text = _DOUBLE_STOP.sub(r"\1", text)
    if text in {".", ",", ";", ":"}:
        text = ""
    if not any(last_sig < b for _, b in cuts):
        return _plain_marker(text, known, markers)
    return text, markers


def _plain_marker(text: str, known: frozenset[str],
                  markers: list[_Marker]) -> tuple[str, list[_Marker]]:
    """Read a trailing ``(WLGA/LG)`` that is not in bold (a lost or unbalanced ``<b>``).

    Only a parenthesised group at the very end of the block whose codes are all known
    owner codes counts; the marker is flagged ``bold=False`` so the parser reports it.

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
    """
    m = _PLAIN_MARKER.search(text)
    if m is None:
        return text, markers
    parsed = _parse_marker(m.group(1))
    if parsed is None or not parsed[1] or any(c not in known for c in parsed[1]):
        return text, markers
    status, codes = parsed
    rest = (text[:m.start()].rstrip() + m.group(2)).strip()
    rest = _DOUBLE_STOP.sub(r"\1", rest)
    if rest in {".", ",", ";", ":"}:
        rest = ""
    return rest, [*markers, _Marker(status, tuple(codes), (), bold=False)]


_BR = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)


def _br_in_bold_as_space(cell: str) -> str:
    """A line break inside bold text is a space: "<b>Area 1: Net zero<br>public estate</b>"."""
    if "<" not in cell or not _BR.search(cell):
        return cell
    out, pos = [], 0
    for _, inner, inner_end, _ in _bold_spans(cell):
        out.append(cell[pos:inner])
        out.append(_BR.sub(" ", cell[inner:inner_end]))
        pos = inner_end
    out.append(cell[pos:])
    return "".join(out)


#: An owner marker followed, in the same paragraph, by the next numbered item:
#: "... accord. (<b>LG</b>) 5. That health boards ...".
_NEXT_ITEM_AFTER_OWNER = re.compile(r"(?:</(?:b|strong)>\s*\)|\)\s*</(?:b|strong)>)"
                                    r"(?=\s+\d{1,3}\.\s+[A-Z])", re.IGNORECASE)


def _split_after_owner(block: _Block) -> list[_Block]:
    """Split a paragraph that holds two numbered items after the first one's owner."""
    cuts = [m.end() for m in _NEXT_ITEM_AFTER_OWNER.finditer(block.raw)]
    if not cuts:
        return [block]
    bounds = [0, *cuts, len(block.raw)]
    return [_Block(block.raw[a:b], block.bullet) for a, b in itertools.pairwise(bounds)
            if b > a]


def _note_text(cells: list[str]) -> str:
    """A note from a line's cells: "CDPS – Centre for Digital Public Services"."""
    return " – ".join(t for t in (clean_text(c) for c in cells) if t)


def _is_bold_only(raw: str) -> bool:
    """Whether all the text of an HTML block is in bold."""
    spans = _bold_spans(raw)
    if not spans:
        return False
    outside, pos = [], 0
    for start, _, _, end in spans:
        outside.append(raw[pos:start])
        pos = end
    outside.append(raw[pos:])
    return not clean_text(" ".join(outside)) and bool(clean_text(raw))


def _join(pieces: list[str]) -> str:
    """Join text pieces with a space; a word split as ``in-`` + ``principle`` stays joined."""
    out = ""
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        if not out:
            out = piece
        elif len(out) > 1 and out[-1] == "-" and out[-2].isalpha() and piece[0].islower():
            out += piece
        else:
            out += " " + piece
    return out


# ---------------------------------------------------------------------------------------
# Parser state
# ---------------------------------------------------------------------------------------
@dataclass
class _Area:
    area_id: int
    title: str
    theme: str | None
    line: int
    remit: list[str] = field(default_factory=list)


@dataclass
class _Item:
    column: str
    number: int
    area_id: int
    line: int
    pieces: list[str] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    status: str | None = None


class _Parser:
    def __init__(self, doc: Document, known: frozenset[str]):
        self.doc = doc
        self.name = quality.document_name(doc.path)
        self.known = known
        self.areas: dict[int, _Area] = {}
        self.area_order: list[tuple[int, int]] = []  # (area_id, line) as printed
        self.current: _Area | None = None
        self.theme: str | None = None
        self.items: dict[str, list[_Item]] = {_ACT: [], _REC: []}
        self.last_item: dict[str, _Item | None] = {_ACT: None, _REC: None}
        self.notes: list[tuple[str, str, int]] = []
        self.title: str | None = None
        self.header_line: int | None = None
        self.table_started = False
        self.prose_after_rows = False  # plain text since the last table row: notes follow
        self.theme_lines: list[tuple[str, int]] = []
        self.pending_title: _Area | None = None  # "Area 13" printed with no title
        self.table_rows = 0
        self.issues: list[quality.Issue] = []
        self.last_row: tuple[list[str], int] | None = None

    # -- issues -------------------------------------------------------------------------
    def issue(self, table: str, check: str, item: Any, line: int | None, message: str) -> None:
        self.issues.append(quality.Issue(self.name, table, check, str(item), line, message))

    # -- lines --------------------------------------------------------------------------
    def run(self) -> None:
        for number, line in enumerate(self.doc.lines, start=1):
            self.line(line, number)
        self.finish()

    def line(self, line: str, ln: int) -> None:
        if not line.strip():
            return
        if "\t" not in line:
            m = _MD_HEADING.fullmatch(line)
            if m:
                self.heading(len(m.group(1)), m.group(2), ln)
                return
        if self.is_separator(line):
            return
        cells = line.split("\t")
        if self.is_header(cells, line):
            self.table_started = True
            if self.header_line is None:
                self.header_line = ln
            return
        theme = self.theme_heading(cells)
        if theme is not None:
            self.set_theme(theme, ln)
            return
        if not self.table_started and not (
                self.has_area_lead(line) and ("\t" in line or _HTMLISH.search(line))):
            # before the table: prose ("Area 4 (...) was added to the remit in 2023") and
            # plain tabbed lists ("Co-chair<TAB>Cllr Jane Jones") are notes
            text = _note_text(cells)
            if text:
                self.notes.append(("paragraph", text, ln))
            return
        if self.prose_after_rows and "\t" in line and not _HTMLISH.search(line) \
                and not self.has_area_lead(line):
            self.notes.append(("paragraph", _note_text(cells), ln))  # a glossary after it
            return
        if "\t" not in line and self.table_started and not _HTMLISH.search(line) \
                and not self.has_area_lead(line) and (
                    self.prose_after_rows or not _ITEM_NO.match(line.strip())):
            # Plain prose between or after the table rows: a note, not a damaged row (and
            # so are numbered lines after it: "Notes:" / "1. CDPS is ...").
            self.notes.append(("paragraph", clean_text(line), ln))
            self.prose_after_rows = True
            return
        self.table_started = True
        self.prose_after_rows = False
        self.table_rows += 1
        extra = cells[3:]
        if len(cells) == 3 or (len(cells) > 3 and not any(c.strip() for c in extra)):
            self.row(cells[:3], ln)
        elif len(cells) > 3:
            merged = [*cells[:2], " ".join(cells[2:])]
            before = self.snapshot()
            self.row(merged, ln)
            self.damaged(len(cells), ln, before, "the cells after the third were joined "
                         "to the Recommendations column")
        else:
            before = self.snapshot()
            self.damaged_row(cells, ln)
            self.damaged(len(cells), ln, before, None)

    def heading(self, level: int, text: str, ln: int) -> None:
        text = clean_text(text)
        if not text:
            return
        if level >= 4:
            self.set_theme(text, ln)
        elif level <= 2 and self.title is None:
            self.title = text
            self.notes.append(("title", text, ln))
        else:
            self.notes.append(("heading", text, ln))

    @staticmethod
    def is_separator(line: str) -> bool:
        return "-" in line and all(ch in _SEPARATOR_CHARS for ch in line)

    @staticmethod
    def is_header(cells: list[str], line: str) -> bool:
        if len(cells) >= 2 and len(cells[0]) < 100 and \
                _HEADER_FIRST.fullmatch(clean_text(cells[0]).lower()):
            rest = " ".join(clean_text(c[:200]).lower() for c in cells[1:])
            if rest.startswith("activit") and "recommendation" in rest:
                return True
            # another name for the middle column ("Progress to date")
            return len(cells) == 3 and len(rest) < 120 and \
                clean_text(cells[2]).lower().startswith("recommendation")
        if len(cells) == 1 and len(line) < 200:
            return bool(_HEADER_LINE.fullmatch(clean_text(line)))
        return False

    def theme_heading(self, cells: list[str]) -> str | None:
        """The theme of a row whose only text is bold, in the first cell ("<b>Theme</b>",
        "<p><b style=...><i>Theme</i></b></p>", "**Theme**"), else None."""
        if any(c.strip() for c in cells[1:]):
            return None
        first = cells[0].strip()
        m = _MD_BOLD_LINE.fullmatch(first)
        if m:
            text = clean_text(m.group(2))
        elif _is_bold_only(first):
            text = clean_text(first)
        else:
            return None  # text outside the bold: not a heading
        if not text or _AREA_LEAD.fullmatch(text) or text[0] in "([" or len(text) > 120:
            return None
        return text

    def set_theme(self, text: str, ln: int) -> None:
        self.theme_lines.append((text, ln))
        if self.theme is not None and self.theme.casefold() == text.casefold():
            return
        self.theme = text

    @staticmethod
    def has_area_lead(line: str) -> bool:
        return any(_AREA_LEAD.fullmatch(clean_text(b.raw)) for b in _split_blocks(line)[:1])

    # -- rows ---------------------------------------------------------------------------
    def row(self, cells: list[str], ln: int) -> None:
        self.last_row = (cells, ln)
        for first, block in enumerate(_split_blocks(_br_in_bold_as_space(cells[0]))):
            if self.pending_title is not None and first:
                area, self.pending_title = self.pending_title, None
                text = clean_text(block.raw)
                if _is_bold_only(block.raw) or (  # "Area 13" then "<b>Registration</b>"
                        len(text.split()) <= 10 and not text.endswith(".")):
                    area.title = text.rstrip(" .:;")
                    continue
            self.area_block(block, ln, first == 0)
        self.pending_title = None
        new_area = self.current is not None and self.current.line == ln
        for column, cell in ((_ACT, cells[1]), (_REC, cells[2])):
            for block in _split_blocks(cell):
                for part in _split_after_owner(block):
                    self.item_block(column, part, ln, new_area)

    def damaged_row(self, cells: list[str], ln: int) -> None:
        """Read a row that lost tabs: assign each block to a column by its content."""
        col = 0
        for ci, cell in enumerate(cells):
            col = max(col, min(ci, 2))
            for bi, block in enumerate(_split_blocks(cell)):
                text = clean_text(block.raw)
                if self.area_lead(block, text, bi == 0):
                    col = 0
                    self.area_block(block, ln, bi == 0)
                    continue
                m = _ITEM_NO.match(text)
                if m:
                    n = int(m.group(1))
                    next_act, next_rec = (self.next_no(_ACT), self.next_no(_REC))
                    if n == next_act and n != next_rec:
                        col = 1
                    elif n == next_rec and n != next_act:
                        col = 2
                    elif col == 0:
                        col = 1
                if col == 0:
                    self.area_block(block, ln, bi == 0)
                else:
                    new_area = self.current is not None and self.current.line == ln
                    self.item_block(_ACT if col == 1 else _REC, block, ln, new_area)

    def next_no(self, column: str) -> int:
        last = self.last_item[column]
        return 1 if last is None else last.number + 1

    def snapshot(self) -> tuple[int, int, int]:
        return len(self.area_order), len(self.items[_ACT]), len(self.items[_REC])

    def damaged(self, ncells: int, ln: int, before: tuple[int, int, int],
                note: str | None) -> None:
        n_areas, n_act, n_rec = before
        parts = [f"area {a} " + repr(self.areas[a].title) for a, _ in self.area_order[n_areas:]]
        parts += [f"activity {i.number}" for i in self.items[_ACT][n_act:]]
        parts += [f"recommendation {i.number}" for i in self.items[_REC][n_rec:]]
        found = "no tab" if ncells == 1 else f"{ncells} cells"
        read = ", ".join(parts) if parts else "continuation text of the current area and items"
        message = (f"damaged table row: expected 3 tab-separated cells ("
                   f"{' | '.join(HEADER)}), found {found}; read as best it can be: {read}")
        if note:
            message += f" ({note})"
        self.issue("areas", "damaged row", "", ln, message)

    def area_lead(self, block: _Block, text: str, first: bool) -> re.Match[str] | None:
        m = _AREA_LEAD.fullmatch(text)
        if m and (first or block.raw.lstrip().lower().startswith(("<b", "<strong"))):
            return m
        return None

    def area_block(self, block: _Block, ln: int, first: bool) -> None:
        text = clean_text(block.raw)
        m = self.area_lead(block, text, first)
        if m is None:
            if self.current is None:
                raise self.doc.error(
                    "expected an 'Area N: title' cell before other table text; found "
                    f"{text[:60]!r} before any area", ln)
            self.current.remit.append(text)
            return
        area_id = int(m.group(1))
        title, remit = m.group(2).strip(), ""
        spans = _bold_spans(block.raw)
        if spans and block.raw[:spans[0][0]].strip() == "":
            bold = clean_text(block.raw[spans[0][1]:spans[0][2]])
            bm = _AREA_LEAD.fullmatch(bold)
            if bm and bm.group(2).strip():
                title = bm.group(2).strip()
                remit = clean_text(block.raw[spans[0][3]:])
        title = title.rstrip(" .:;")
        self.start_area(area_id, title, ln)
        if remit:
            self.current.remit.append(remit)
        elif not title and self.current is not None and not self.current.title:
            self.pending_title = self.current

    def start_area(self, area_id: int, title: str, ln: int) -> None:
        previous = self.area_order[-1][0] if self.area_order else None
        self.area_order.append((area_id, ln))
        continued = _CONTINUED.search(title)
        if continued:
            title = title[:continued.start()].rstrip(" .:;-")
        if area_id in self.areas:
            area = self.areas[area_id]
            same = "" if area.title.casefold() == title.casefold() or not title else \
                f" (there titled {area.title!r}, here {title!r})"
            if not (continued and self.current is area):
                self.issue("areas", "area repeated", area_id, ln,
                           f"Area {area_id} is printed again (first at line {area.line})"
                           f"{same}; its text is joined to area {area_id}")
            self.current = area
            return
        if previous is not None and area_id < previous:
            self.issue("areas", "area out of order", area_id, ln,
                       f"Area {area_id} is printed after Area {previous}; kept as printed")
        if self.theme is None:
            self.issue("areas", "no theme", area_id, ln,
                       f"Area {area_id} has no theme heading above it; its theme is left empty")
        area = _Area(area_id, title, self.theme, ln)
        self.areas[area_id] = area
        self.current = area

    def item_block(self, column: str, block: _Block, ln: int, new_area: bool) -> None:
        text, markers = _strip_markers(block.raw, self.known)
        if self.current is None:
            raise self.doc.error(
                f"found {_LABEL[column]} text {clean_text(block.raw)[:60]!r} before any "
                "'Area N: title' row; expected an area row first", ln)
        m = _ITEM_NO.match(text)
        previous = self.last_item[column]
        if m and 1900 <= int(m.group(1)) <= 2100 and previous is not None and previous.pieces \
                and previous.pieces[-1].rstrip()[-1:] not in ".!?;:":
            m = None  # "... by 31 March" / "2023. These plans ...": a year after a page break
        if m is None and not markers and _PLACEHOLDER.fullmatch(text):
            self.issue(column, "placeholder", "", ln,
                       f"Area {self.current.area_id}'s {_LABEL[column]} cell reads {text!r}: "
                       f"no {_LABEL[column]} (kept in this message only)")
            return
        if m:
            item = _Item(column, int(m.group(1)), self.current.area_id, ln)
            self.items[column].append(item)
            self.last_item[column] = item
            text = text[m.end():]
        else:
            item = self.last_item[column]
            label = _LABEL[column]
            if item is None:
                self.issue(column, "unnumbered text", "", ln,
                           f"text with no item number and no {label} before it "
                           f"({text[:50]!r}); kept in the remit of Area "
                           f"{self.current.area_id}")
                if text:
                    self.current.remit.append(text)
                if markers:
                    self.issue(column, "owner without item", "", ln,
                               f"an owner marker with no {label} before it is ignored")
                return
            if new_area and item.area_id != self.current.area_id:
                self.issue(column, "continuation across areas", item.number, ln,
                           f"text with no item number at the start of Area "
                           f"{self.current.area_id}'s column is joined to {label} "
                           f"{item.number} of Area {item.area_id}")
        if text:
            item.pieces.append(text)
        for marker in markers:
            if not marker.bold:
                self.issue(column, "owner not in bold", item.number, ln,
                           f"{_LABEL[column]} {item.number}: owner "
                           f"({'/'.join(marker.codes)}) read from plain text at the end of "
                           "the item; owners are normally printed in bold, so check it")
            if marker.status and item.status is None:
                item.status = marker.status
            for code in marker.codes:
                if code not in item.owners:
                    item.owners.append(code)
                    if code in marker.unknown:
                        item.unknown.append(code)

    # -- end of document ----------------------------------------------------------------
    def finish(self) -> None:
        if not self.areas:
            if self.header_line is not None:
                raise self.doc.error(
                    "found the table header row (Area / Activity underway or achieved / "
                    "Recommendations) but no table rows after it", self.header_line)
            raise self.doc.error(
                "expected a Working Group recommendations table (a header row "
                "'Area / Activity underway or achieved / Recommendations'); found none")
        used = {a.theme.casefold() for a in self.areas.values() if a.theme}
        for text, ln in self.theme_lines:
            if text.casefold() not in used:  # a heading after the table ("Next steps"), not a theme
                self.notes.append(("heading", text, ln))
        self.notes.sort(key=lambda n: n[2])
        self.check_areas()
        self.check_end()
        for column in (_ACT, _REC):
            self.check_numbers(column)
        for item in self.items[_REC]:
            if not item.owners:
                self.issue(_REC, "no owner", item.number, item.line,
                           f"recommendation {item.number} names no owner")
        for column, table in ((_ACT, _ACT), (_REC, "recommendation_owners")):
            for item in self.items[column]:
                for code in item.unknown:
                    self.issue(table, "unknown owner code", item.number, item.line,
                               f"{_LABEL[column]} {item.number} names owner code {code!r}, "
                               "which is not in data/raw/owner_codes.csv; kept as printed")
        self.issues.sort(key=lambda i: (i.source_line is None, i.source_line or 0))

    def check_end(self) -> None:
        """Warn when the table's last row stops inside an open tag (cut off?).

        (Ending without a full stop is no sign: many printed items have none.)
        """
        if self.last_row is None:
            return
        cells, ln = self.last_row
        raw = " ".join(cells)
        unclosed = [tag for tag in ("p", "li", "ol", "ul", "b")
                    if len(re.findall(rf"<{tag}\b", raw, re.IGNORECASE)) >
                    len(re.findall(rf"</{tag}\s*>", raw, re.IGNORECASE))]
        if unclosed:
            self.issue("areas", "cut off", "", ln,
                       f"the table's last row ends inside an unclosed <{unclosed[0]}> tag: "
                       "the document may be cut off")

    def check_areas(self) -> None:
        ids = sorted(self.areas)
        lines = dict(reversed(self.area_order))  # first line of each area
        for prev, nxt in itertools.pairwise(ids):
            if nxt - prev > 1:
                self.issue("areas", "area numbering gap", _span(prev, nxt), lines[nxt],
                           f"{_missing('Area', prev, nxt)}: the areas go from {prev} to {nxt}")

    def check_numbers(self, column: str) -> None:
        items = self.items[column]
        label = _LABEL[column]
        if not items:
            return
        counts = Counter(i.number for i in items)
        seen: dict[int, list[int]] = {}
        for item in items:
            seen.setdefault(item.number, []).append(item.line)
        for number, lines in seen.items():
            if counts[number] > 1:
                times = "twice" if len(lines) == 2 else f"{len(lines)} times"
                where = ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"
                self.issue(column, "duplicate number", number, lines[1],
                           f"{label} {number} is printed {times} (lines {where}); "
                           "all are kept as printed")
        previous = None
        for item in items:
            if previous is not None and item.number < previous.number:
                self.issue(column, "numbering out of order", item.number, item.line,
                           f"{label} {item.number} is printed after {label} "
                           f"{previous.number}; kept as printed")
            previous = item
        numbers = sorted(counts)
        first_line = {n: lines[0] for n, lines in seen.items()}
        if numbers[0] > 1:
            self.issue(column, "numbering gap", 1, first_line[numbers[0]],
                       f"{label} numbering starts at {numbers[0]}, not 1")
        for prev, nxt in itertools.pairwise(numbers):
            if nxt - prev > 1:
                self.issue(column, "numbering gap", _span(prev, nxt), first_line[nxt],
                           f"{_missing(label, prev, nxt)}: the numbering goes from "
                           f"{prev} to {nxt}")


def _span(prev: int, nxt: int) -> str:
    """The numbers missing between ``prev`` and ``nxt``, as ``'19'`` or ``'19-21'``."""
    return str(prev + 1) if nxt - prev == 2 else f"{prev + 1}-{nxt - 1}"


def _missing(label: str, prev: int, nxt: int) -> str:
    if nxt - prev == 2:
        return f"{label} {prev + 1} is missing"
    plural = {"activity": "activities", "recommendation": "recommendations"}.get(label,
                                                                                 label + "s")
    return f"{plural} {prev + 1} to {nxt - 1} are missing"


# ---------------------------------------------------------------------------------------
# Frames
# ---------------------------------------------------------------------------------------
def _build(parser: _Parser, names: dict[str, str]) -> RecommendationsParse:
    areas = [parser.areas[a] for a in dict.fromkeys(a for a, _ in parser.area_order)]
    area_frame = contracts.typed_frame({
        "area_id": [a.area_id for a in areas],
        "area": [a.title for a in areas],
        "theme": [a.theme or "" for a in areas],
        "remit": [_join(a.remit) for a in areas],
        "source_line": [a.line for a in areas],
    }, "areas")
    acts = parser.items[_ACT]
    act_frame = contracts.typed_frame({
        "activity_seq": list(range(1, len(acts) + 1)),
        "activity_no": [i.number for i in acts],
        "area_id": [i.area_id for i in acts],
        "text": [_join(i.pieces) for i in acts],
        "status": [i.status for i in acts],
        "owners": [list(i.owners) for i in acts],
        "source_line": [i.line for i in acts],
    }, "activities")
    recs = parser.items[_REC]
    rec_frame = contracts.typed_frame({
        "rec_seq": list(range(1, len(recs) + 1)),
        "rec_id": [i.number for i in recs],
        "area_id": [i.area_id for i in recs],
        "area": [parser.areas[i.area_id].title for i in recs],
        "theme": [parser.areas[i.area_id].theme or "" for i in recs],
        "text": [_join(i.pieces) for i in recs],
        "owners": [list(i.owners) for i in recs],
        "source_line": [i.line for i in recs],
    }, "recommendations")
    rows = [(seq, i, pos, code) for seq, i in enumerate(recs, start=1)
            for pos, code in enumerate(i.owners, start=1)]
    owner_frame = contracts.typed_frame({
        "rec_seq": [r[0] for r in rows],
        "rec_id": [r[1].number for r in rows],
        "owner": [r[3] for r in rows],
        "owner_name": [names.get(r[3]) for r in rows],
        "owner_position": [r[2] for r in rows],
        "joint": [len(r[1].owners) > 1 for r in rows],
        "source_line": [r[1].line for r in rows],
    }, "recommendation_owners")
    notes_frame = contracts.typed_frame({
        "kind": [n[0] for n in parser.notes],
        "text": [n[1] for n in parser.notes],
        "source_line": [n[2] for n in parser.notes],
    }, "recommendations_notes")
    return RecommendationsParse(area_frame, act_frame, rec_frame, owner_frame, notes_frame,
                                tuple(parser.issues), parser.title)


def _owner_names() -> tuple[tuple[str, str | None], ...]:
    return _owner_names_cached(*reference.file_identity(config.OWNER_CODES_FILE))


@lru_cache(maxsize=16)
def _owner_names_cached(path: str, mtime_ns: int, size: int
                        ) -> tuple[tuple[str, str | None], ...]:
    codes = reference.load_owner_codes(path)
    return tuple((str(c), None if pd.isna(n) else str(n))
                 for c, n in zip(codes["code"], codes["name"], strict=True) if not pd.isna(c))


@lru_cache(maxsize=16)
def _parse_cached(path: str, sha256: str, owners: tuple[tuple[str, str | None], ...],
                  doc: Document) -> RecommendationsParse:
    names = dict(owners)
    parser = _Parser(doc, frozenset(names))
    parser.run()
    return _build(parser, {k: v for k, v in names.items() if v is not None})


def parse_recommendations(doc: Document) -> RecommendationsParse:
    """Parse a recommendations document into its tables and data-quality issues.

    The result is cached (per file path, checksum and owner-code list); its frames are
    shared, so copy them before changing them (the ``load_*`` functions return copies).

    Parameters
    ----------
    doc : Document
        A document read by :func:`wlga_analysis.documents.read_document`.

    Returns
    -------
    RecommendationsParse

    Raises
    ------
    ParseError
        If the document is not a recommendations table (no header row and no
        ``Area N:`` rows), has a header but no rows, or has items before any area.

    Examples
    --------
    >>> parsed = parse_recommendations(read_document(None, "recommendations"))
    >>> len(parsed.areas), len(parsed.activities), len(parsed.recommendations)
    (10, 25, 25)
    >>> sorted({i.check for i in parsed.issues})
    ['duplicate number', 'no owner', 'numbering gap']
    """
    return _parse_cached(str(doc.path), doc.sha256, _owner_names(), doc)


# ---------------------------------------------------------------------------------------
# Loaders
# ---------------------------------------------------------------------------------------
_EMITS: dict[str, tuple[str, ...]] = {
    "areas": ("areas",),
    "activities": ("activities", "areas"),
    "recommendations": ("recommendations", "recommendation_owners", "areas"),
    "recommendation_owners": ("recommendations", "recommendation_owners", "areas"),
    "recommendations_notes": (),
}


def _load(source: str | Path | None, table: str, attr: str) -> pd.DataFrame:
    doc = read_document(source, "recommendations")
    parsed = parse_recommendations(doc)
    frame = getattr(parsed, attr).copy()
    for col in frame.columns:
        if frame[col].dtype == object:
            frame[col] = [list(v) if isinstance(v, list) else v for v in frame[col]]
    frame = contracts.validate(frame, table)
    quality.emit(parsed.issues, tables=_EMITS[table], stacklevel=4)
    return tag_source(frame, doc, parsed.title)


def load_areas(source: str | Path | None = None) -> pd.DataFrame:
    """One row per area: ``area_id``, ``area``, ``theme``, ``remit``, ``source_line``.

    Parameters
    ----------
    source : str or Path, optional
        A recommendations document; None for the shipped one.

    Returns
    -------
    pandas.DataFrame
        A new frame satisfying the ``areas`` contract, in document order.

    Examples
    --------
    >>> areas = load_areas()
    >>> areas.loc[areas["area_id"] == 3, ["area", "theme"]].values.tolist()
    [['Voluntary mergers', 'Joint working and structures']]
    """
    return _load(source, "areas", "areas")


def load_activities(source: str | Path | None = None) -> pd.DataFrame:
    """One row per item of the 'Activity underway or achieved' column.

    Numbers are kept as printed (duplicates and gaps are reported as warnings).

    Parameters
    ----------
    source : str or Path, optional
        A recommendations document; None for the shipped one.

    Returns
    -------
    pandas.DataFrame
        A new frame satisfying the ``activities`` contract, in document order.

    Examples
    --------
    >>> acts = load_activities()
    >>> acts.loc[acts["activity_no"] == 4, ["status", "owners"]].values.tolist()
    [['Ongoing', ['WLGA', 'WG']]]
    """
    return _load(source, "activities", "activities")


def load_recommendations(source: str | Path | None = None) -> pd.DataFrame:
    """One row per recommendation, with its area, theme, text and owners.

    Parameters
    ----------
    source : str or Path, optional
        A recommendations document; None for the shipped one.

    Returns
    -------
    pandas.DataFrame
        A new frame satisfying the ``recommendations`` contract, in document order.

    Examples
    --------
    >>> recs = load_recommendations()
    >>> recs.loc[recs["rec_id"] == 8, "owners"].item()
    ['Working Group']
    >>> recs.loc[recs["owners"].map(len) == 0, "rec_id"].tolist()
    [13, 16, 17]
    """
    return _load(source, "recommendations", "recommendations")


def load_recommendation_owners(source: str | Path | None = None) -> pd.DataFrame:
    """Long form of the owners: one row per (recommendation, owner), lead owner first.

    Parameters
    ----------
    source : str or Path, optional
        A recommendations document; None for the shipped one.

    Returns
    -------
    pandas.DataFrame
        A new frame satisfying the ``recommendation_owners`` contract; ``owner_name`` comes
        from ``data/raw/owner_codes.csv`` (missing for an unknown code).

    Examples
    --------
    >>> owners = load_recommendation_owners()
    >>> owners.loc[owners["rec_id"] == 7, ["owner", "owner_position", "joint"]].values.tolist()
    [['LG', 1, True], ['WLGA', 2, True], ['WG', 3, True]]
    """
    return _load(source, "recommendation_owners", "recommendation_owners")


def load_recommendations_notes(source: str | Path | None = None) -> pd.DataFrame:
    """The text outside the table: the title, headings and paragraphs.

    Parameters
    ----------
    source : str or Path, optional
        A recommendations document; None for the shipped one.

    Returns
    -------
    pandas.DataFrame
        Columns ``kind`` (title, heading or paragraph), ``text``, ``source_line``.

    Examples
    --------
    >>> load_recommendations_notes()["kind"].tolist()
    ['title', 'heading', 'paragraph', 'heading']
    """
    return _load(source, "recommendations_notes", "notes")


# ---------------------------------------------------------------------------------------
# Metadata
# ---------------------------------------------------------------------------------------
def _find_date(texts: list[str]) -> tuple[Any, str | None]:
    """(date or None, financial year or None) from the first line that is a date."""
    import datetime as dt

    from wlga_analysis.quarters import financial_year_label

    def month(name: str) -> int:
        return [m[:3] for m in _MONTHS].index(name[:3].lower()) + 1

    for text in texts:
        text = _DATE_PREFIX.sub("", text.strip().rstrip("."))
        if len(text) > 40:
            continue
        try:
            if m := _DATE_DMY.fullmatch(text):
                day = dt.date(int(m.group(3)), month(m.group(2)), int(m.group(1)))
            elif m := _DATE_MDY.fullmatch(text):
                day = dt.date(int(m.group(3)), month(m.group(1)), int(m.group(2)))
            elif m := _DATE_ISO.fullmatch(text):
                day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif m := _DATE_MY.fullmatch(text):
                first = dt.date(int(m.group(2)), month(m.group(1)), 1)
                return None, financial_year_label(first)
            else:
                continue
        except ValueError:
            continue
        return day, financial_year_label(day)
    return None, None


def recommendations_metadata(doc: Document | str | Path | None = None) -> dict[str, Any]:
    """Metadata of a recommendations document, read from the document itself.

    Parameters
    ----------
    doc : Document, str, Path or None
        A document (or a path to one; None for the shipped one).

    Returns
    -------
    dict
        ``title`` (the ``#``/``##`` heading or None), ``date`` (a ``datetime.date`` when a
        line of the notes is a date, else None), ``financial_year`` ("2019-20" when a
        financial year is printed in the title or follows from the date, else None),
        ``kind`` ("recommendations"), ``path`` and ``sha256``.

    Examples
    --------
    >>> meta = recommendations_metadata()
    >>> meta["title"], meta["date"], meta["financial_year"], meta["kind"]
    ('Working Group on Local Government Recommendations', None, None, 'recommendations')
    """
    if not isinstance(doc, Document):
        doc = read_document(doc, "recommendations")
    parsed = parse_recommendations(doc)
    notes = parsed.notes
    date, fy = _find_date([t for k, t in zip(notes["kind"], notes["text"], strict=True)
                           if k != "title"])
    if parsed.title and (m := _FY.search(parsed.title)):
        start, end = int(m.group(1)), int(m.group(2))
        if (start + 1) % 100 == end:
            fy = f"{start}-{end:02d}"
    title_lines = notes.loc[notes["kind"] == "title", "source_line"].tolist()
    return {"title": parsed.title, "title_line": title_lines[0] if title_lines else None,
            "date": date, "financial_year": fy,
            "kind": "recommendations", "path": str(doc.path), "sha256": doc.sha256}
