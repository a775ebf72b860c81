"""Programme interpreter: common (see :mod:`wlga_analysis.interpret.programme`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import Any

import pandas as pd

from wlga_analysis import config, quarters
from wlga_analysis.contracts import TABLES, typed_frame
from wlga_analysis.interpret.programme.action_log import _NUMBER_HEADERS, update_cells
from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.interpret.programme.layouts import (
    group_status,
    header_role,
    is_other_section,
    opens_subparagraphs,
    status_line,
)
from wlga_analysis.interpret.programme.measures import MeasureRow
from wlga_analysis.interpret.programme.percent_complete import percent_columns
from wlga_analysis.interpret.programme.themes import ThemeText
from wlga_analysis.quality import Issue
from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape, is_closing_heading, looks_like_columns
from wlga_analysis.reference import (
    file_identity,
    load_programme_words,
    programme_columns,
)
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.lazy import LazyPattern
from wlga_analysis.text.money import parse_money, pounds
from wlga_analysis.text.prefilter import StartSearch
from wlga_analysis.text.regex_cache import compile_regex
from wlga_analysis.text.rows import FrozenRow

_FY_TEXT = compile_regex(r"\b((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})\b")
_TERMINAL = ".!?;:"
_TERMINAL_OR_COMMA = _TERMINAL + ","
_HTML_CELL = LazyPattern(r"<\s*(?:/\s*)?(?:p|li|ol|ul|td|tr|table)\b", re.IGNORECASE)
_BOLD_LEAD = compile_regex(r"^(?:\*\*\s*+(?P<topic>[^*]{1,80}?)\s*+:?\s*+\*\*\s*+:?\s*+|"
                           # in HTML a colon is required: "<b>Website:</b>" or "<b>Website</b>:"
                           r"<(?P<tag>b|strong)\b[^<>]*>\s*+(?P<html_topic>[^<>]{1,80}?)"
                           r"(?::\s*+</(?P=tag)\s*+>|\s*+</(?P=tag)\s*+>\s*+:)\s*+)", re.IGNORECASE)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate(
        _words("zero one two three four five six seven eight nine ten eleven twelve"))}
_PRIORITY_COUNT = compile_regex(r"(?<![-–/\d])\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+"
                                r"(?:[A-Za-z][\w-]*\s+){0,3}?priorit(?:y|ies)\b", re.IGNORECASE)
_STOPWORDS = frozenset(_words("the of and for in on to a an with &"))


class Vocabulary(FrozenRow):
    """The word lists of ``data/raw/programme_words.csv``, compiled.

    ``funding`` and ``not_a_grant`` say *whether* a text holds one of their words (they
    are searched for every £ amount: a :class:`~wlga_analysis.text.prefilter.StartSearch`
    tries them only where one of the words can start).

    Examples
    --------
    >>> v = vocabulary()
    >>> bool(v.funding.search("grant funding of")), bool(v.not_a_grant.search("the budget of"))
    (True, True)
    >>> "annual" in v.generic, bool(v.title.search("WLGA IMPROVEMENT PROGRAMME UPDATE"))
    (True, True)
    >>> bool(v.message_header.match("Subject: Quarter 2 report")), bool(
    ...     v.message_header.match("Scrutiny: a review"))
    (True, False)
    >>> bool(v.message_header.match("Report of")), bool(v.message_header.match("Report of 2025"))
    (True, False)
    """

    # (a frozen row, not a dataclass: no code generated at import)
    __slots__ = _fields = ("funding", "not_a_grant", "generic", "title", "message_header")

    def __init__(self, funding: StartSearch, not_a_grant: StartSearch,
                 generic: frozenset[str], title: re.Pattern[str],
                 message_header: re.Pattern[str]) -> None:
        # funding: a sentence about funding; not_a_grant: spending, a budget or a total
        # just before an amount; generic: words that qualify a grant without naming it;
        # title: the title line names the update; message_header: "From: ...", "Subject:
        # ...", an e-mail's header line
        self._set(funding=funding, not_a_grant=not_a_grant, generic=generic, title=title,
                  message_header=message_header)


def vocabulary() -> Vocabulary:
    """The programme word lists, compiled (cached on the file's identity)."""
    return _vocabulary_cached(file_identity(config.PROGRAMME_WORDS_FILE))


@lru_cache(maxsize=8)
def _vocabulary_cached(identity: tuple[str, int, int]) -> Vocabulary:
    words = load_programme_words(identity[0])

    def either(name: str) -> str:
        return "|".join(f"(?:{w})" for w in words[name])

    return Vocabulary(
        funding=StartSearch(rf"\b(?:{either('funding')})\b", re.IGNORECASE),
        not_a_grant=StartSearch(rf"\b(?:{either('not a grant')})\b:?(?:\s+\S+){{0,6}}\s*$",
                                re.IGNORECASE),
        generic=frozenset(w.lower() for w in words["generic grant word"]),
        title=compile_regex(rf"(?i)\b(?:{either('title word')})\b|"
                            r"(?:19|20)\d{2}\s*[-–/]\s*\d{2}"),
        # (a label with its colon, or alone on its line: a cover block's "<dt>Report of</dt>")
        message_header=compile_regex(rf"(?i)(?:{either('message header')})[ \t]*+(?::|$)"))


_NAMED_GRANT = compile_regex(r"(?<![\w-])([A-Za-z][\w-]*+)\s+grant\b")


def parse_amount(text: str) -> int | None:
    """Whole pounds of the first £ figure in ``text``: ``"£800,000"``, ``"£1.2m"``,
    ``"£4bn"``, ``"£50k"``, ``"GBP 800,000"``, ``"£800\u00a0000"``; None when there is
    none, or when it is malformed (``"£800,0000"``). Pence are rounded half up here; the
    exact value is :func:`wlga_analysis.text.money.parse_money`'s.

    Examples
    --------
    >>> [parse_amount(t) for t in ("£800,000", "£1.2m", "£4bn", "£50k", "£2.5 million")]
    [800000, 1200000, 4000000000, 50000, 2500000]
    >>> parse_amount("800") is None, parse_amount("£800,0000") is None
    (True, True)
    """
    m = parse_money(text)
    return None if m is None or m.value is None else pounds(m.value)


_NOT_A_WORD_CHARACTER = compile_regex(r"[^\w\s]")


def _normalise(text: str) -> str:
    """Lower case, '&' as 'and', punctuation removed, spaces folded."""
    text = text.lower().replace("&", " and ")
    return " ".join(_NOT_A_WORD_CHARACTER.sub(" ", text).split())


def _tokens(text: str) -> frozenset[str]:
    return frozenset(t for t in _normalise(text).split() if t not in _STOPWORDS)


# ------------------------------------------------------------------------------ results
@dataclass(frozen=True)
class ProgrammeParse:
    """Everything read from one programme update.

    Attributes
    ----------
    metadata : dict
        See :func:`programme_metadata`.
    programme, priorities, grants, paragraphs : DataFrame
        The tables of the same names (default status rules).
    lines : DataFrame
        Every non-blank line: ``line``, ``role`` (title, date, heading, row,
        continuation) and ``row_line`` (the line of the row it belongs to).
    issues : tuple of Issue
        Data-quality issues found while parsing.

    Examples
    --------
    >>> from wlga_analysis.documents import read_document
    >>> from wlga_analysis.programme import parse_programme
    >>> parsed = parse_programme(read_document(None, "programme"))
    >>> parsed.metadata["date"], parsed.metadata["title_display"]
    (datetime.date(2021, 10, 22), 'WLGA Improvement Programme 2021-22 Update')
    >>> len(parsed.programme), len(parsed.priorities), len(parsed.paragraphs)
    (30, 4, 71)
    >>> parsed.grants[["grant", "amount_gbp"]]
                   grant  amount_gbp
    0  improvement grant      800000
    1      digital grant      530000
    >>> parsed.programme.loc[0, ["item_id", "status", "quarter_label", "when"]].tolist()
    ['6.1', 'at risk', '2021-22 Q2', 'within quarter two']
    >>> len(parsed.issues), parsed.issues[0].check
    (21, 'no timing')
    """

    metadata: dict[str, Any]
    programme: pd.DataFrame
    priorities: pd.DataFrame
    grants: pd.DataFrame
    paragraphs: pd.DataFrame
    lines: pd.DataFrame
    issues: tuple[Issue, ...] = field(default=())


@dataclass(slots=True)  # (many rows: slots make them quicker to build and read)
class _Row:
    kind: str  # paragraph, bullet, sub-bullet, text
    paragraph: int | None
    heading: str | None
    heading_line: int | None
    raw: str
    source_line: int
    indent: int = 0
    numbered_heading: bool = False
    lines: list[int] = field(default_factory=list)
    cells: dict[str, str] | None = None  # a table row: its cells by header
    number: str | None = None  # a list item's printed number ("3.2" of a sub-paragraph)
    topic: str | None = None  # the sub-heading an item stands under ("3.1 Networks")
    _cache: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The cleaned text (recomputed only when ``raw`` changed)."""
        if self._cache is None or self._cache[0] != self.raw:
            self._cache = (self.raw, clean_text(self.raw))
        return self._cache[1]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


def folded_words(text: str) -> str:
    """A header or cell's words to look up in a reference list: cleaned, lower case,
    punctuation as spaces, single-spaced.

    Examples
    --------
    >>> folded_words("  Blaenau-Gwent (County Borough) ")
    'blaenau gwent county borough'
    """
    return " ".join(re.sub(r"[^\w\s]", " ", clean_text(text).lower()).split())


#: A status tag in brackets at the end of an item: "... leaders (Complete)", "... 2024. (On
#: track)". The words inside are looked up in status_tags.csv.
_STATUS_TAG = LazyPattern(r"\((?P<tag>[A-Za-z][A-Za-z' -]{0,40})\)[ .;]{0,3}$")


def _tagged_status(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, "tag") when ``text`` ends with a bracketed status tag, else None."""
    m = _STATUS_TAG.search(text[-50:]) if text.endswith((")", ").", ");", ") ")) else None
    status = tags.get(_fold(m.group("tag"))) if m else None
    return (status, "tag") if status else None


def quarter_mark(cells: dict[str, str], headers: list[str], financial_year: str | None
                 ) -> tuple[str, str] | None:
    """(mark, timing) of a row of a table with one column per quarter ("Q1 | Q2 | Q3 | Q4",
    role ``quarter`` of ``programme_columns.csv``): the mark in the last quarter's cell
    that has one (a tick, "On track"), and that quarter in the paper's year ("Q3 2025-26");
    None when no quarter's cell is marked.

    Examples
    --------
    >>> quarter_mark({"Q1": "\u2713", "Q2": "", "Q3": "On track"}, ["Q1", "Q2", "Q3"], "2025-26")
    ('On track', 'Q3 2025-26')
    >>> quarter_mark({"Q1": "", "Q2": ""}, ["Q1", "Q2"], "2025-26") is None
    True
    """
    marked = [h for h in headers if cells.get(h, "").strip()]
    if not marked:
        return None
    from wlga_analysis.interpret.programme import gantt  # (a table's layouts: when needed)

    header = marked[-1]
    year = f" {financial_year}" if financial_year and not re.search(r"\d{4}", header) else ""
    mark = cells[header].strip()
    return ("" if mark in gantt.MARKS else mark,  # (a Gantt's bar: no status word)
            gantt.quarter_timing(header, financial_year) or f"{header.strip()}{year}")


def stated_cells(cells: dict[str, str], by_role: dict[str, list[str]],
                 financial_year: str | None) -> tuple[str, str]:
    """The status and the timing a table row states: the text of its Status and Timing
    columns, else the mark of its last marked quarter column and that quarter
    (:func:`quarter_mark`).

    Examples
    --------
    >>> stated_cells({"Action": "A plan", "Q1": "", "Q2": "Delayed"},
    ...              {"text": ["Action"], "quarter": ["Q1", "Q2"]}, "2025-26")
    ('Delayed', 'Q2 2025-26')
    """
    from wlga_analysis.interpret.programme.printed_refs import revised_timing
    from wlga_analysis.interpret.programme.rated_status import status_headers

    heads = status_headers(cells, by_role.get("status", []))  # (a RAG beside a comment)
    status = " ".join(cells[h] for h in heads if cells[h]) or \
        " ".join(by_role.get("status board", []))  # an item of a status board (.kanban)
    timing_heads = by_role.get("timing", [])
    timing = (revised_timing(cells, timing_heads) if len(timing_heads) > 1 else None) \
        or " ".join(cells[h] for h in timing_heads if cells[h])  # (.printed_refs)
    notes = by_role.get("update") or [h for h in by_role.get("status", ()) if h not in heads]
    if notes or heads:  # an update or progress comment: a revised date, "Not started: ..."
        status, timing = update_cells(cells, notes, heads, status, timing)
    mark = quarter_mark(cells, by_role.get("quarter", []), financial_year)
    if mark is not None:
        status, timing = status or mark[0], timing or mark[1]
    return status, timing


def _column_roles(headers: list[str]) -> dict[str, list[str]]:
    """Headers by role (text, partners, status, timing, other), found by the words of the
    header (see :func:`~wlga_analysis.interpret.programme.layouts.header_role`: "Lead
    organisation", "Action owner", "Due by" count). A header that is only a number's
    ("No.", "Number", "ID") is the item's printed number, role ``ref`` as "Ref". With no
    text column, the first unknown column is the item's text.

    Read once per row of headers and version of the reference lists
    (:func:`~.header_memo.by_headers`: a paper of thousands of tables repeats the same few
    headers); the caller gets its own copy."""
    return {role: list(names) for role, names in _roles_of(tuple(headers))}


@by_headers
def _roles_of(row: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """:func:`_column_roles` of a row of headers, kept as tuples (a cached answer)."""
    return tuple((role, tuple(names)) for role, names in _read_column_roles(list(row)).items())


def _read_column_roles(headers: list[str]) -> dict[str, list[str]]:
    known = programme_columns()
    out: dict[str, list[str]] = {"text": []}
    for header in headers:
        role = header_role(_fold(header).strip(" :"), known)
        if role == "other" and folded_words(header) in _NUMBER_HEADERS:
            role = "ref"  # (the whole header only: "Number of councils" is no number)
        out.setdefault(role, []).append(header)
    if len(headers) > 1:  # a status board's column names the status of its items only
        out.setdefault("other", []).extend(out.pop("status board", []))
    from wlga_analysis.interpret.programme import gantt, milestone_tracker  # (a table's)

    out = gantt.quarter_columns(out)  # "Apr–Jun" | "Jul–Sep": a Gantt chart's quarters
    out = milestone_tracker.milestone_columns(out, headers)  # "Milestone | Forecast date"
    out = percent_columns(out, headers)  # "% complete": the status (.percent_complete)
    if not out["text"] and out.get("other"):
        out["text"].append(out["other"].pop(0))
    return out


def _is_numbered(block: Any) -> bool:
    """A numbered paragraph ("5. ..."), not a sub-paragraph."""
    return isinstance(block, Paragraph) and block.number is not None and "." not in block.number


def _block_text(block: Any) -> str:
    return clean_text(block.text.markdown())


def _frames_the_paper(block: Any) -> bool:
    """A heading (or a line alone) naming a section that frames the paper ("Annex A")."""
    text = _block_text(block)
    return has_heading_shape(text) and is_other_section(text)


def _is_section_heading(block: Any, nxt: Any) -> bool:
    """A heading that opens a section: short, with no closing punctuation, followed by a
    numbered paragraph (or a closing section's name followed by a list); or the name of a
    section that frames the paper ("Annex A: ...", a heading or a line alone) over a table."""
    if block.__class__ is not Heading:  # (class tests, not calls: one per block)
        if nxt.__class__ is Table and block.__class__ is Paragraph and block.number is None:
            return _frames_the_paper(block)  # "Annex 1: grants by year" over its table
        return False
    if nxt.__class__ is Table:
        return _frames_the_paper(block)
    text = _block_text(block)
    if not has_heading_shape(text) or looks_like_columns(block.text.text):
        return False
    if status_line(text) is not None:  # "Status: Green" under an item, not a section
        return False
    if _is_numbered(nxt):
        return True
    return isinstance(nxt, ListItem) and nxt.kind != "number" and is_closing_heading(text)


def _row_kind(block: Any) -> str:
    if block.__class__ is MeasureRow:  # a line of a table of measures (.measures): no item
        return "measure"
    if isinstance(block, ListItem):
        return "sub-bullet" if block.level > 0 else "bullet"
    if _is_numbered(block):
        return "paragraph"
    return "text"


def _strip_list_punctuation(text: str) -> str:
    return re.sub(r"\s*(?:[;,.]\s*(?:and|or)?|\b(?:and|or))\s*$", "", text).strip()


#: A comma that parts a list: not an amount's thousands comma ("£95,000").
_COMMA = r"\s*(?:(?<!\d),|,(?!\d{3}(?!\d)))"


def _inline_list(text: str) -> list[str]:
    """The items of a list printed in a sentence: "A; B; C; and D." (or "A, B and C.").

    Examples
    --------
    >>> _inline_list("Member Support; Self-Assessment; Resilience and Recovery; and Workforce.")
    ['Member Support', 'Self-Assessment', 'Resilience and Recovery', 'Workforce']
    >>> _inline_list("Leadership, Finance and Digital.")
    ['Leadership', 'Finance', 'Digital']

    With a comma before the last "and" (a serial comma), only the commas part the items,
    so an item may hold an "and" of its own:

    >>> _inline_list("data and digital, scrutiny and governance, and the workforce.")
    ['data and digital', 'scrutiny and governance', 'the workforce']

    An amount's thousands comma parts nothing:

    >>> _inline_list("£95,000 for data, £1,200 for training and £40 for travel")
    ['£95,000 for data', '£1,200 for training', '£40 for travel']
    """
    text = text.strip().rstrip(".")
    serial = ";" not in text and re.search(r",\s*+(?:and|or)\s", text) is not None
    parts = re.split(r"\s*;\s*(?:and\s+|or\s+)?", text) if ";" in text else \
        re.split(_COMMA + r"\s*(?:and\s+|or\s+)?" if serial
                 else _COMMA + r"\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text)
    return [p.strip() for p in parts if p.strip()]


def _records_frame(records: list[dict[str, Any]], table: str) -> pd.DataFrame:
    """A contract table from records (dicts with the table's columns)."""
    names = [c.name for c in TABLES[table].columns]
    return typed_frame({n: list(map(itemgetter(n), records)) for n in names}, table)


def _programme_frame(out: list[dict[str, Any]]) -> pd.DataFrame:
    """The programme table from the item records ``out`` (each given its quarter's label)."""
    # Items share their quarters' Period objects (cached where they are made): each one is
    # labelled once. (Keyed by identity: every Period stays alive in ``out`` meanwhile.)
    labels: dict[int, str | None] = {}
    for it in out:
        quarter = it["quarter"]
        if quarter is not None and id(quarter) not in labels:
            labels[id(quarter)] = quarters.quarter_label(quarter)
        it["quarter_label"] = None if quarter is None else labels[id(quarter)]
    return _records_frame(out, "programme")


def _status_issues(frame: pd.DataFrame, name: str) -> list[Issue]:
    out = []
    by_default: dict[Any, bool] = {}  # each rule's name read once
    for item_id, state, rule, line in zip(frame["item_id"].tolist(), frame["status"].tolist(),
                                          frame["status_rule"].tolist(),
                                          frame["source_line"].tolist(), strict=True):
        default = by_default.get(rule)
        if default is None:
            text = rule if isinstance(rule, str) else ""
            default = by_default[rule] = text.lower().startswith("default") or not text
        if default:
            out.append(Issue(name, "programme", "status by default", item_id, line,
                             f"item {item_id}: no status wording rule matched; status "
                             f"{state!r} is the default"))
    return out


# ------------------------------------------------------------------------------ helpers
def _whole_word(word: str, text: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no letter, digit, _ or - on either side.

    The pattern starts with the word itself (its lookbehind after it), so that the regex
    engine looks for the word's letters rather than trying every position.
    """
    literal = re.escape(word)
    return re.search(rf"{literal}(?<![\w-]{literal})(?![\w-])", text) is not None


def title_case(title: str, lines: list[str] | tuple[str, ...]) -> str:
    """A title printed in capitals as it reads in the document's own case: each word
    capitalised, but for a word the body prints in capitals too (an acronym); a title not
    all in capitals as it is.

    Examples
    --------
    >>> title_case("WLGA IMPROVEMENT PROGRAMME", ["WLGA IMPROVEMENT PROGRAMME", "The WLGA met."])
    'WLGA Improvement Programme'
    >>> title_case("Improvement Programme", [])
    'Improvement Programme'
    """
    if title != title.upper():
        return title
    body = " ".join(lines).replace(title, " ")
    distinct = set(title.split())
    # a few words are looked for one by one; many in one pass over the body
    runs = set(re.findall(r"[\w-]+", body)) if len(distinct) > 8 else None
    in_body: dict[str, bool] = {}
    words = []
    for word in title.split():
        if word not in in_body:
            in_body[word] = any(c.isalpha() for c in word) and word in body and (
                word in runs if runs is not None and re.fullmatch(r"[\w-]+", word)
                else _whole_word(word, body))  # (a plain "in" first: no pattern)
        if in_body[word]:
            words.append(word)  # printed in capitals in the body too: an acronym
        else:
            words.append(word.capitalize())
    return " ".join(words)


def after_group_labels(blocks: list[Any], start: int) -> Any:
    """The first block from ``blocks[start]`` on that is not a group label ("Achievements
    this quarter (Oct-Dec 2025):", "**Completed**"), or None: a numbered heading over group
    labels and their lists opens a section as one directly over a list does.

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, ListItem, Paragraph
    >>> blocks = [Paragraph(Inline("Risks and issues:")), ListItem(Inline("Late."))]
    >>> type(after_group_labels(blocks, 0)).__name__, after_group_labels(blocks, 2)
    ('ListItem', None)
    """
    while start < len(blocks) and (blocks[start].__class__ is ThemeText  # (its parts)
                                   or getattr(blocks[start], "shares_line", False)):
        start += 1
    for block in blocks[start:start + 3]:
        if not (isinstance(block, Paragraph) and block.number is None
                and group_status(block.text.text) is not None):
            return block
    return None


def _opens_a_list(text: str, nxt: Any, number: int | None = None) -> bool:
    """A short numbered paragraph with no closing punctuation followed by a list (or by
    its own first sub-paragraph, "3." then "3.1", or by a table of its items): the heading
    of a section of items ("6. Programme Set Up")."""
    if nxt.__class__.__name__ == "IssueTable":  # (an issue over its actions: .issue_groups)
        return True
    if not (text and text[-1] not in _TERMINAL_OR_COMMA and len(text) <= 80
            and len(text.split()) <= 10):
        return False
    if isinstance(nxt, Table):
        return True
    return isinstance(nxt, ListItem) and (nxt.kind != "number"
                                          or opens_subparagraphs(number, nxt))
