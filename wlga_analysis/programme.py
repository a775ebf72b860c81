"""Parse a WLGA Improvement Programme update into tidy tables.

A programme update is a short report to Members: a date and an upper-case title, then
un-numbered section headings ("Purpose", "Background", "Progress Update", ...) over
numbered paragraphs ``"N. text"``. Under "Progress Update" each numbered paragraph is a
short heading (a priority of the offer, or e.g. "Programme Set Up") followed by bullets
``"- "`` (sub-bullets ``" - "``, bold leads ``"- **Programme team:** ..."``). An early
paragraph lists the offer's priorities; later paragraphs name grants with £ amounts.

Everything is found by general rules (line shapes, list punctuation, count words), never
by the numbers or titles of one document. :func:`parse_programme` reads a
:class:`~wlga_analysis.documents.Document` once (cached on path and sha256); the loaders
return new, contract-checked DataFrames and emit the data-quality issues of their table.

Examples
--------
>>> import warnings
>>> with warnings.catch_warnings():
...     warnings.simplefilter("ignore")
...     prog = load_programme()
>>> prog.loc[prog["item_id"] == "6.1", ["topic", "status", "quarter_label"]].values.tolist()
[['Programme team', 'at risk', '2021-22 Q2']]
>>> load_priorities()["priority"].tolist()[:2]
['COVID-19 Pandemic Recovery', 'Local Democracy & Member Development']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from wlga_analysis import config, quarters
from wlga_analysis.contracts import PROGRAMME_STATUSES, TABLES, typed_frame, validate
from wlga_analysis.documents import Document, read_document, tag_source
from wlga_analysis.errors import ParseError
from wlga_analysis.quality import Issue, document_name, emit
from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table
from wlga_analysis.read.text_lines import has_heading_shape, is_closing_heading, looks_like_columns
from wlga_analysis.reference import (
    file_identity,
    load_organisations,
    load_programme_columns,
    load_status_tags,
)
from wlga_analysis.status import StatusRule, classify_status, load_status_rules
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.dates import parse_date_line, parse_month_year_line
from wlga_analysis.text.money import Money, find_money, parse_money, pounds
from wlga_analysis.text.sentences import split_sentences

__all__ = [
    "ProgrammeParse",
    "load_grants",
    "load_paragraphs",
    "load_priorities",
    "load_programme",
    "parse_amount",
    "parse_programme",
    "programme_metadata",
]

# --------------------------------------------------------------------------- line shapes
_FY_TEXT = re.compile(r"\b((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})\b")
_TERMINAL = ".!?;:"
_TITLE_WORDS = re.compile(r"(?i)\b(?:programme|update|report|progress)\b|"
                          r"(?:19|20)\d{2}\s*[-–/]\s*\d{2}")
_HTML_CELL = re.compile(r"<\s*(?:/\s*)?(?:p|li|ol|ul|td|tr|table)\b", re.IGNORECASE)
_BOLD_LEAD = re.compile(r"^(?:\*\*\s*(?P<topic>[^*]{1,80}?)\s*:?\s*\*\*\s*:?\s*|"
                        # in HTML a colon is required: "<b>Website:</b>" or "<b>Website</b>:"
                        r"<(?P<tag>b|strong)\b[^<>]*>\s*(?P<html_topic>[^<>]{1,80}?)"
                        r"(?::\s*</(?P=tag)\s*>|\s*</(?P=tag)\s*>\s*:)\s*)", re.IGNORECASE)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_NUMBER_WORDS: dict[str, int] = {
    w: i for i, w in enumerate(
        _words("zero one two three four five six seven eight nine ten eleven twelve"))}
_PRIORITY_COUNT = re.compile(r"(?<![-–/\d])\b(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+"
                             r"(?:[A-Za-z][\w-]*\s+){0,3}?priorit(?:y|ies)\b", re.IGNORECASE)
_STOPWORDS = frozenset(_words("the of and for in on to a an with &"))
#: Words that qualify a grant without naming it ("the annual grant").
_GENERIC_GRANT_WORDS = frozenset(_words(
    "a an the this that these each any its our their annual combined new proposed core "
    "specific further total same additional other government grant funding multi-annual "
    "revenue capital one single overall whole"))
#: Words just before an amount that make it spending, a budget or a total, not a grant.
_NOT_A_GRANT = re.compile(r"(?i)\b(?:underspend|overspend|spend|spent|spending|expenditure|"
                          r"budget|cost|costs|saving|savings|total|subscriptions?|deficit|"
                          r"surplus|reserves?)\b(?:\s+\S+){0,6}\s*$")
_FUNDING_WORD = re.compile(r"\b(?:grants?|funding|funded|funds?|awarded|award|allocation|"
                           r"allocated|receives?|received|provid(?:es|ed|ing)|"
                           r"confirm(?:s|ed)|towards|contribut(?:es|ed|ing|ion)|"
                           r"offer(?:s|ed)|per\s+annum)\b",
                           re.IGNORECASE)
_NAMED_GRANT = re.compile(r"\b([A-Za-z][\w-]*)\s+grant\b")


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


def _normalise(text: str) -> str:
    """Lower case, '&' as 'and', punctuation removed, spaces folded."""
    text = text.lower().replace("&", " and ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


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


@dataclass
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
    _cache: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The cleaned text (recomputed only when ``raw`` changed)."""
        if self._cache is None or self._cache[0] != self.raw:
            self._cache = (self.raw, clean_text(self.raw))
        return self._cache[1]


class _Key:
    """Cache key: a document's path and sha256, and the reference files' identities."""

    __slots__ = ("doc",)

    def __init__(self, doc: Document):
        self.doc = doc

    def _ident(self) -> tuple[Any, ...]:
        # the reference lists a parse reads are part of its identity: edit one, parse again
        return (str(self.doc.path), self.doc.sha256,
                file_identity(config.STATUS_RULES_FILE),
                file_identity(config.ORGANISATIONS_FILE))

    def __hash__(self) -> int:
        return hash(self._ident())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and self._ident() == other._ident()


def parse_programme(doc: Document) -> ProgrammeParse:
    """Parse a programme update (cached on the document's path and sha256).

    Parameters
    ----------
    doc : Document
        From ``read_document(source, "programme")``.

    Returns
    -------
    ProgrammeParse
        Treat its frames as read-only; the ``load_*`` functions return copies.

    Raises
    ------
    ParseError
        If the document is not a programme update (no numbered paragraphs, an HTML
        table, no progress items).

    Examples
    --------
    >>> parsed = parse_programme(read_document(None, "programme"))
    >>> len(parsed.programme), parsed.metadata["financial_year"]
    (30, '2021-22')
    """
    return _parse_cached(_Key(doc))


@lru_cache(maxsize=16)
def _parse_cached(key: _Key) -> ProgrammeParse:
    doc = key.doc
    try:
        return _Parser(doc).run()
    except ParseError:
        raise
    except (IndexError, KeyError, ValueError, TypeError, AttributeError,
            OverflowError, re.error) as exc:  # pragma: no cover - defensive
        raise doc.error(f"could not read this as a programme update "
                        f"({type(exc).__name__}: {exc})") from None


def programme_metadata(doc: Document) -> dict[str, Any]:
    """Title, date and financial year of a programme update.

    Returns
    -------
    dict
        ``kind`` ("programme"), ``title`` (as printed), ``title_display`` (title case,
        keeping acronyms the body prints in capitals), ``date`` (datetime.date or None),
        ``financial_year`` ("2021-22", from the date, else the title), ``title_line``,
        ``date_line``, ``path``, ``sha256``.

    Examples
    --------
    >>> meta = programme_metadata(read_document(None, "programme"))
    >>> meta["title"], meta["date"], meta["financial_year"]
    ('WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE', datetime.date(2021, 10, 22), '2021-22')
    >>> meta["title_display"]
    'WLGA Improvement Programme 2021-22 Update'
    """
    return dict(parse_programme(doc).metadata)


# ------------------------------------------------------------------------------- parser
class _Parser:
    def __init__(self, doc: Document):
        self.doc = doc
        self.name = document_name(doc.path)
        self.issues: list[Issue] = []
        self.lines = doc.lines
        self.roles: dict[int, tuple[str, int | None]] = {}

    def issue(self, table: str, check: str, item: str, line: int | None, message: str):
        self.issues.append(Issue(self.name, table, check, item, line, message))

    # ---------------------------------------------------------------------------- run
    def run(self) -> ProgrammeParse:
        self._reject_wrong_kind()
        rows = self._rows()
        meta = self.meta
        ref_date = meta["date"] or self.month_date
        if ref_date is None and meta["financial_year"]:
            ref_date = quarters.financial_year_start(meta["financial_year"])
        self._check_numbering(rows)
        priorities = self._priorities(rows)
        programme = self._programme(rows, priorities, ref_date)
        grants = self._grants(rows)
        paragraphs = self._paragraph_frame(rows)
        lines = pd.DataFrame(
            [(n, role, row) for n, (role, row) in sorted(self.roles.items())],
            columns=["line", "role", "row_line"]).astype({"row_line": "Int64"})
        return ProgrammeParse(meta, programme, priorities, grants, paragraphs, lines,
                              tuple(self.issues))

    def _reject_wrong_kind(self) -> None:
        html = [n for n, ln in enumerate(self.lines, 1) if _HTML_CELL.search(ln)]
        if len(html) >= 3:
            raise self.doc.error(
                "this looks like an HTML table (e.g. the Working Group recommendations), not "
                "a programme update; expected numbered paragraphs ('1. ...') under headings "
                "and bullets ('- ...') under 'Progress Update'", line=html[0])

    # --------------------------------------------------------------------- line roles
    def _rows(self) -> list[_Row]:
        """Rows of the document, read from its document model: front matter (date, title),
        section headings, numbered paragraphs, list items, un-numbered text and table rows."""
        from wlga_analysis.read import read_model

        lines = self.lines
        nonblank = [n for n, ln in enumerate(lines, 1) if ln.strip()]
        if not nonblank:
            raise self.doc.error("file is blank; expected a programme update")
        model = read_model(self.doc)
        self.model = model
        blocks = model.blocks
        first_numbered = next((b.location.line for b in blocks if _is_numbered(b)), None)
        if first_numbered is None:
            raise self.doc.error(
                "no numbered paragraphs ('1. ...'); expected a WLGA Improvement Programme "
                "update with numbered paragraphs under headings and progress bullets",
                line=nonblank[0])
        headings = {b.location.line for i, b in enumerate(blocks)
                    if _is_section_heading(b, blocks[i + 1] if i + 1 < len(blocks) else None)}
        front = [b for b in blocks if b.location.line < first_numbered
                 and not isinstance(b, Table) and b.location.line not in headings]
        self._front_matter(front, sum(1 for n in nonblank if n < first_numbered))

        rows: list[_Row] = []
        heading: str | None = None
        heading_line: int | None = None
        paragraph: int | None = None
        for i, block in enumerate(blocks):
            n = block.location.line
            if n in self.roles:
                continue
            if n in headings:
                heading, heading_line = _block_text(block), n
                self.roles[n] = ("heading", None)
                continue
            if isinstance(block, Table):
                rows.extend(self._table_rows(block, paragraph, heading, heading_line))
                continue
            kind = _row_kind(block)
            if kind == "paragraph":
                paragraph = int(block.number)
            row = _Row(kind, paragraph, heading, heading_line, block.text.markdown(), n,
                       lines=[n])
            if kind == "paragraph":
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                text = row.text
                row.numbered_heading = (
                    len(text) <= 80 and len(text.split()) <= 10 and bool(text)
                    and text[-1] not in _TERMINAL + "," and isinstance(nxt, ListItem)
                    and nxt.kind != "number")
            rows.append(row)
            self.roles[n] = ("row", n)
        self._note_roles(rows)
        return rows

    def _note_roles(self, rows: list[_Row]) -> None:
        """Roles of the lines the reader joined to a row or removed as page furniture."""
        starts = sorted(r.source_line for r in rows)
        import bisect

        for note in self.model.notes:
            n = note.location.line
            if n is None or n in self.roles:
                continue
            if note.kind == "continuation":
                k = bisect.bisect_left(starts, n) - 1
                row_line = starts[k] if k >= 0 else None
                self.roles[n] = ("continuation", row_line)
                if row_line is not None:
                    self._row_at(rows, row_line).lines.append(n)
            elif note.kind == "page furniture":
                self.roles[n] = ("furniture", None)

    @staticmethod
    def _row_at(rows: list[_Row], line: int) -> _Row:
        return next(r for r in rows if r.source_line == line)

    def _table_rows(self, table: Table, paragraph: int | None, heading: str | None,
                    heading_line: int | None) -> list[_Row]:
        """Rows of a table: its header line and one row per table row (the first cell)."""
        header = [c for c in table.header_text if c]
        out = [_Row("table header", paragraph, heading, heading_line, " | ".join(header),
                    table.location.line, lines=[table.location.line])]
        self.roles[table.location.line] = ("row", table.location.line)
        for row_cells in table.rows:
            cells = [c.text for c in row_cells]
            n = row_cells[0].location.line if row_cells else table.location.line
            out.append(_Row("table row", paragraph, heading, heading_line,
                            " | ".join(c for c in cells if c), n, lines=[n],
                            cells=dict(zip(table.header_text, cells, strict=False))))
            self.roles[n] = ("row", n)
        return out

    def _front_matter(self, front: list[Any], n_front_lines: int) -> None:
        """Date and title lines before the first numbered paragraph."""
        meta: dict[str, Any] = {"kind": "programme", "title": None, "title_display": None,
                                "date": None, "financial_year": None, "title_line": None,
                                "date_line": None, "path": str(self.doc.path),
                                "sha256": self.doc.sha256}
        self.month_date: dt.date | None = None  # from a date line with no day
        texts = [(b.location.line, clean_text(b.text.markdown())) for b in front]
        for n, text in texts:
            day = parse_date_line(text) if meta["date"] is None else None
            if day is not None:
                meta["date"], meta["date_line"] = day, n
                self.roles[n] = ("date", None)
        for n, text in texts if meta["date"] is None else ():
            self.month_date = parse_month_year_line(text)
            if self.month_date is not None:
                meta["date_line"] = n
                self.roles[n] = ("date", None)
                break
        candidates = []
        for n, text in texts:
            if n in self.roles:
                continue
            letters = [c for c in text if c.isalpha()]
            if letters and (text.upper() == text or (not candidates and n_front_lines > 2)):
                candidates.append((n, text))
        # the line naming the update wins over a meeting's name ("WLGA EXECUTIVE BOARD")
        named = [c for c in candidates if _TITLE_WORDS.search(c[1])]
        if candidates:
            n, text = (named or candidates)[0]
            meta["title"], meta["title_line"] = text, n
            self.roles[n] = ("title", None)
        self.meta = meta
        self._finish_metadata()

    def _finish_metadata(self) -> None:
        meta = self.meta
        title_fy = None
        if meta["title"]:
            m = _FY_TEXT.search(meta["title"])
            if m:
                try:
                    title_fy = quarters.financial_year_label(
                        quarters.financial_year_start(m.group(0).replace(" ", "")))
                except ValueError:
                    title_fy = None
            meta["title_display"] = self._title_case(meta["title"])
        else:
            self.issue("programme", "no title", "", None,
                       "no title line found before the first paragraph")
        dated = meta["date"] or self.month_date
        if dated is not None:
            date_fy = quarters.financial_year_label(dated)
            meta["financial_year"] = title_fy or date_fy
            shown = f"{dated:%d %B %Y}" if meta["date"] else f"{dated:%B %Y}"
            if title_fy and title_fy != date_fy:
                self.issue("programme", "title and date disagree", "", meta["title_line"],
                           f"the title names financial year {title_fy} but the document is "
                           f"dated {shown} (financial year {date_fy}); quarters are read in "
                           f"{title_fy}, months and seasons relative to the date")
            if meta["date"] is None:
                self.issue("programme", "date without a day", "", meta["date_line"],
                           f"the document is dated {shown}, with no day; its date is left "
                           f"missing and timings are read relative to the start of {shown}")
        else:
            meta["financial_year"] = title_fy
            self.issue("programme", "no date", "", meta["title_line"],
                       "no date line (e.g. '22nd October 2021') before the first paragraph; "
                       + (f"timings are read in financial year {title_fy} from the title"
                          if title_fy else "relative timings cannot be resolved"))

    def _title_case(self, title: str) -> str:
        if title != title.upper():
            return title
        body = " ".join(self.lines).replace(title, " ")
        words = []
        for word in title.split():
            if any(c.isalpha() for c in word) and re.search(
                    rf"(?<![\w-]){re.escape(word)}(?![\w-])", body):
                words.append(word)  # printed in capitals in the body too: an acronym
            else:
                words.append(word.capitalize())
        return " ".join(words)

    # ------------------------------------------------------------------- numbering
    def _check_numbering(self, rows: list[_Row]) -> None:
        seen: dict[int, int] = {}
        previous = 0
        for row in rows:
            if row.kind != "paragraph" or row.paragraph is None:
                continue
            n = row.paragraph
            if n in seen:
                self.issue("paragraphs", "duplicate number", str(n), row.source_line,
                           f"paragraph {n} is numbered again (first on line {seen[n]})")
            elif n > previous + 1:
                missing = f"{previous + 1}" if n == previous + 2 else f"{previous + 1}-{n - 1}"
                self.issue("paragraphs", "numbering gap", str(n), row.source_line,
                           f"paragraph {n} follows paragraph {previous}: paragraph(s) "
                           f"{missing} missing")
            elif n <= previous:
                self.issue("paragraphs", "numbering out of order", str(n), row.source_line,
                           f"paragraph {n} follows paragraph {previous}")
            seen.setdefault(n, row.source_line)
            previous = max(previous, n)

    # ------------------------------------------------------------------ priorities
    def _priorities(self, rows: list[_Row]) -> pd.DataFrame:
        """The priorities the offer is built around: the bullets after a line that mentions
        priorities and ends with ':', or a list printed inline after the colon."""
        out: list[dict[str, Any]] = []
        for i, row in enumerate(rows):
            text = row.text
            at = text.lower().find("priorit")
            colon = text.find(":", at) if at >= 0 else -1
            if colon < 0:
                continue
            head, inline = text[:colon], text[colon + 1:].strip()
            count = None
            m = _PRIORITY_COUNT.search(head)
            if m:
                word = m.group(1).lower()
                count = int(word) if word.isdigit() else _NUMBER_WORDS[word]
            offers = list(re.finditer(r"\b([\w-]+)\s+offer\b", head, re.IGNORECASE))
            offer = f"{offers[-1].group(1).lower()} offer" if offers else "offer"
            if inline:
                names = _inline_list(inline)
                if len(names) < 2:
                    continue
                found = [(name, row.source_line) for name in names]
            else:
                items = self._priority_bullets(rows, i, count)
                found = [(_strip_list_punctuation(item.text), item.source_line)
                         for item in items]
                if count is not None and items and re.search(r"[;,]\s*(?:and|or)?\s*$",
                                                             items[-1].text):
                    self.issue("priorities", "priority list punctuation", str(row.paragraph),
                               items[-1].source_line, "the last announced priority ends as "
                               "if the list went on; check the priorities list")
            if count is not None and len(found) != count:
                self.issue("priorities", "priority count", str(row.paragraph),
                           row.source_line, f"paragraph {row.paragraph} announces {count} "
                           f"priorities but lists {len(found)}")
            for name, line in found:
                out.append({"priority_no": len(out) + 1, "priority": name,
                            "offer": offer, "paragraph": row.paragraph or 0,
                            "source_line": line})
            if found:
                break
        if not out:
            self.issue("priorities", "no priorities", "", None,
                       "no list of priorities found (a line mentioning priorities and ending "
                       "with ':' followed by bullets); sections have no priority")
        return _records_frame(out, "priorities")

    @staticmethod
    def _priority_bullets(rows: list[_Row], i: int, count: int | None) -> list[_Row]:
        """The bullets listing priorities after ``rows[i]``: as many as announced (all the
        paragraph's bullets when no number is), and never past the item after one that ends
        in 'and' (the last of the list)."""
        items: list[_Row] = []
        last = False
        for nxt in rows[i + 1:]:
            if nxt.kind not in ("bullet", "sub-bullet") or nxt.paragraph != rows[i].paragraph:
                break
            items.append(nxt)
            if last or (count is not None and len(items) == count):
                break
            if re.search(r"\b(?:and|or)\s*$", nxt.text):
                last = True
        return items

    def _match_priority(self, section: str, priorities: list[str], line: int,
                        item: str) -> str | None:
        norm = _normalise(section)
        for p in priorities:
            if _normalise(p) == norm:
                return p
        sec_tokens = _tokens(section)
        close = [p for p in priorities if sec_tokens and (
            sec_tokens <= _tokens(p) or _tokens(p) <= sec_tokens)]
        if len(close) == 1:
            self.issue("programme", "approximate priority", item, line,
                       f"section {section!r} taken to deliver priority {close[0]!r} "
                       "(the wording differs)")
            return close[0]
        shared = [p for p in priorities if sec_tokens & _tokens(p)]
        if shared:
            self.issue("programme", "no matching priority", item, line,
                       f"section {section!r} looks like a priority but matches none of "
                       f"{', '.join(repr(p) for p in priorities)}; its priority is left "
                       "missing")
        return None

    # ------------------------------------------------------------------- programme
    def _programme(self, rows: list[_Row], priorities: pd.DataFrame,
                   ref_date: dt.date | None) -> pd.DataFrame:
        progress = [i for i, r in enumerate(rows)
                    if r.heading and _normalise(r.heading).startswith("progress")]
        if progress:
            heading_line = rows[progress[0]].heading_line
            selected = [r for r in rows if r.heading_line == heading_line]
            usable = [r for r in selected if r.kind == "bullet" and r.paragraph is not None]
            if not usable:
                raise self.doc.error(
                    "no bullets ('- ...') under the 'Progress Update' heading; expected "
                    "numbered section headings followed by progress bullets",
                    line=heading_line)
        else:
            heads = [r for r in rows if r.kind == "paragraph" and r.numbered_heading]
            if not heads:
                last = rows[-1].source_line if rows else None
                raise self.doc.error(
                    "no 'Progress Update' heading and no numbered headings followed by "
                    "bullets; expected a programme update with progress bullets (the "
                    "document may be cut off or of another kind)", line=last)
            self.issue("programme", "no progress heading", "", heads[0].source_line,
                       f"no 'Progress Update' heading; expected one before line "
                       f"{heads[0].source_line}; progress items are read from numbered "
                       "headings followed by bullets")
            head_paras = {r.source_line for r in heads}
            selected, current = [], None
            for r in rows:
                if r.kind == "paragraph":
                    current = r.source_line in head_paras
                if current:
                    selected.append(r)
        if progress and not any(r.heading and r.heading_line != heading_line
                                and r.source_line > heading_line for r in rows):
            last = rows[-1]
            if last.raw.rstrip()[-1:] not in _TERMINAL:
                self.issue("programme", "possibly cut off", "", last.source_line,
                           "the document ends inside the progress section, mid-sentence: "
                           "it may be cut off")

        priority_names = priorities["priority"].tolist()
        rules = load_status_rules()
        orgs = _organisation_patterns()
        items: list[dict[str, Any]] = []
        used_ids: set[str] = set()
        suffixes: dict[str, int] = {}
        section, section_para, section_line = None, None, None
        priority: str | None = None
        counter = 0
        current: dict[str, Any] | None = None
        for r in selected:
            if r.kind == "paragraph":
                section = r.text
                section_para, section_line, counter = r.paragraph, r.source_line, 0
                priority = (self._match_priority(section, priority_names, r.source_line,
                                                 str(r.paragraph))
                            if priority_names else None)
                current = None
                continue
            if r.kind in ("text", "table header"):
                current = None
                continue
            if r.kind == "sub-bullet" and current is not None:
                current["raw"] = current["raw"].rstrip() + " " + r.raw.strip()
                continue
            if section_para is None:
                self.issue("programme", "bullet outside a section", "", r.source_line,
                           "progress bullet before any numbered section heading; it is kept "
                           "in the paragraphs table only")
                continue
            counter += 1
            base = item_id = f"{section_para}.{counter}"
            k = suffixes.get(base, 2)  # the next suffix to try for a repeated number
            while item_id in used_ids:
                item_id = f"{base}-{k}"
                k += 1
            suffixes[base] = k
            used_ids.add(item_id)
            current = {"item_id": item_id, "paragraph": section_para, "section": section,
                       "priority": priority, "raw": r.raw, "source_line": r.source_line,
                       "section_line": section_line, "row": r}
            items.append(current)

        out = []
        memo: dict[str, Any] = {}
        tags = load_status_tags()
        for it in items:
            raw, row = it.pop("raw"), it.pop("row")
            it.pop("section_line")
            fields = (self._table_item(it, row, rules, orgs, tags, ref_date)
                      if row.cells is not None else
                      self._bullet_item(raw, row, rules, orgs, tags, ref_date, memo))
            if fields["when"] is not None and fields["quarter"] is None:
                self.issue("programme", "unresolved timing", it["item_id"], it["source_line"],
                           f"item {it['item_id']}: timing {fields['when']!r} could not be "
                           "placed in a quarter (no document date)")
            elif fields["when"] is None:
                self.issue("programme", "no timing", it["item_id"], it["source_line"],
                           f"item {it['item_id']} states no timing; its quarter is missing")
            out.append({**it, **fields})
        frame = _programme_frame(out)
        self.issues.extend(_status_issues(frame, self.name))
        return frame

    def _bullet_item(self, raw: str, row: _Row, rules: tuple[StatusRule, ...],
                     orgs: tuple[_Org, ...], tags: dict[str, str], ref_date: dt.date | None,
                     memo: dict[str, Any]) -> dict[str, Any]:
        """Topic, text, status, timing and partners of an item printed as a list item."""
        lead = _BOLD_LEAD.match(raw.strip())
        topic = clean_text(lead.group("topic") or lead.group("html_topic")
                           ).rstrip(":").strip() if lead else None
        text = row.text if raw == row.raw else clean_text(raw)
        if topic and text.startswith(f"{topic}:"):
            body = text[len(topic) + 1:].strip()
        elif topic:
            body = clean_text(raw.strip()[lead.end():])
            text = f"{topic}: {body}"
        else:
            body = text
        if body not in memo:
            memo[body] = (_tagged_status(body, tags) or classify_status(body, rules),
                          quarters.resolve_timing(body, ref_date, self.meta["financial_year"]))
        (status, rule), (period, when) = memo[body]
        return {"topic": topic, "text": text, "status": status, "status_rule": rule,
                "quarter": period, "when": when, "partners": _partners(text, orgs)}

    def _table_item(self, it: dict[str, Any], row: _Row, rules: tuple[StatusRule, ...],
                    orgs: tuple[_Org, ...], tags: dict[str, str],
                    ref_date: dt.date | None) -> dict[str, Any]:
        """An item printed as a table row: its columns found by their header names."""
        cells = row.cells or {}
        by_role = _column_roles(list(cells))
        for header in by_role.get("other", []):
            if cells[header]:
                self.issue("programme", "unmapped column", it["item_id"], row.source_line,
                           f"column {header!r} of item {it['item_id']} is not a known "
                           "column (see programme_columns.csv); its text is kept in the "
                           "paragraphs table only")
        text = " ".join(cells[h] for h in by_role["text"] if cells[h]) or row.text
        status_cell = " ".join(cells[h] for h in by_role.get("status", []) if cells[h])
        status = tags.get(_fold(status_cell.strip(" .")))
        if status is not None:
            state = (status, "column")
        else:
            state = classify_status(f"{status_cell} {text}".strip(), rules)
            if status_cell:
                self.issue("programme", "unknown status word", it["item_id"],
                           row.source_line, f"status {status_cell!r} of item {it['item_id']} "
                           "is not in status_tags.csv; the status is read from the wording")
        timing = " ".join(cells[h] for h in by_role.get("timing", []) if cells[h])
        period, when = quarters.resolve_timing(timing, ref_date, self.meta["financial_year"]) \
            if timing else (None, None)
        if when is None:
            period, when = quarters.resolve_timing(text, ref_date, self.meta["financial_year"])
        lead = " ".join(cells[h] for h in by_role.get("partners", []) if cells[h])
        partners = list(dict.fromkeys([*_partners(lead, orgs), *_partners(text, orgs)]))
        return {"topic": None, "text": text, "status": state[0], "status_rule": state[1],
                "quarter": period, "when": when, "partners": partners}

    # ---------------------------------------------------------------------- grants
    def _grants(self, rows: list[_Row]) -> pd.DataFrame:
        """One row per grant: every £ amount in a sentence about funding, each read in its
        own part of the sentence (up to the next amount); mentions of the same amount are
        one grant unless their names or stated years differ."""
        mentions: list[_Mention] = []
        named: list[str] = []
        for r in rows:
            text = r.text
            for m in (_NAMED_GRANT.finditer(text) if "grant" in text else ()):
                word = m.group(1).lower()
                if word not in _GENERIC_GRANT_WORDS and word not in named:
                    named.append(word)
            if "£" not in text and "￡" not in text and "GBP" not in text:
                continue
            mentions.extend(self._mentions(r, text))
        programme_name = self._programme_name(rows)
        grants: list[list[_Mention]] = []
        by_amount: dict[int, list[list[_Mention]]] = {}  # only grants of one amount can match
        unclassified: set[int] = set()
        for mention in sorted(mentions, key=lambda x: not x.funding):  # funded ones first
            home = next((g for g in by_amount.get(mention.amount, ())
                         if _same_grant(g, mention)), None)
            if home is not None:
                home.append(mention)
            elif mention.funding:
                grants.append([mention])
                by_amount.setdefault(mention.amount, []).append(grants[-1])
            elif mention.amount not in unclassified:
                unclassified.add(mention.amount)  # reported once, at its first mention
                self.issue("grants", "unclassified amount", mention.match.group(0),
                           mention.row.source_line,
                           f"{mention.match.group(0)} (paragraph {mention.row.paragraph}) is "
                           "not named as a grant or funding; it is kept in the paragraphs "
                           "table only")
        out = []
        for ms in grants:
            funded = [x for x in ms if x.funding]
            purpose = _grant_purpose(funded, programme_name)
            name = next((x.name for x in funded if x.name), None) or \
                _grant_name_from_purpose(purpose, named)
            first = funded[0]
            if name is None:
                name = f"grant for {purpose}" if purpose else \
                    f"grant of {first.match.group(0).strip()}"
                self.issue("grants", "unnamed grant", first.match.group(0),
                           first.row.source_line,
                           f"grant of {first.match.group(0)} has no name in the document; "
                           f"called {name!r}")
            fy = next((x.year for x in funded if x.year), None)
            stated = fy is not None
            if fy is None:
                fy = self.meta["financial_year"] or "unknown"
            paragraphs = sorted({x.row.paragraph for x in ms if x.row.paragraph is not None})
            out.append({"grant": name, "amount_gbp": first.amount, "financial_year": fy,
                        "financial_year_stated": stated, "purpose": purpose,
                        "paragraphs": paragraphs, "source_line": ms[0].row.source_line})
        return _records_frame(out, "grants")

    def _mentions(self, r: _Row, text: str) -> list[_Mention]:
        """The £ amounts of a row, sentence by sentence (malformed ones and pence reported)."""
        out = []
        in_columns = looks_like_columns(r.raw)
        for sentence in split_sentences(text):
            found = [m for m in find_money(sentence) if self._readable(m, r)]
            funding = bool(_FUNDING_WORD.search(sentence))
            for k, m in enumerate(found):
                close_before = sentence[max(0, m.start - 60):m.start]
                # spending, a budget or a total; or a row of a table printed as text
                is_spend = bool(_NOT_A_GRANT.search(close_before)) or in_columns
                seg_start = found[k - 1].end if k else 0
                seg_end = found[k + 1].start if k + 1 < len(found) else len(sentence)
                out.append(_Mention(r, sentence, m, pounds(m.value), funding and not is_spend,
                                    sentence[seg_start:m.start], sentence[m.end:seg_end]))
        return out

    def _readable(self, m: Money, r: _Row) -> bool:
        """Whether amount ``m`` can be read; a malformed one or pence are reported."""
        if m.value is None:
            self.issue("grants", "malformed amount", m.printed, r.source_line,
                       f"{m.printed!r} (paragraph {r.paragraph}) is not a well-formed amount "
                       f"({m.problem}); it is not read as a figure and is kept in the "
                       "paragraphs table only")
            return False
        if m.has_pence:
            self.issue("grants", "amount with pence", m.printed, r.source_line,
                       f"{m.printed} (paragraph {r.paragraph}) is £{m.value}; amounts are "
                       f"whole pounds, read as £{pounds(m.value):,}")
        return True

    def _programme_name(self, rows: list[_Row]) -> str | None:
        candidates = [self.meta.get("title_display") or ""] + [r.text for r in rows[:3]]
        for text in candidates:
            m = re.search(r"\b((?:[A-Z][\w-]*\s+){1,3}Programme)\b", text)
            if m:
                words = m.group(1).split()
                while words and words[0].isupper() and len(words) > 2:
                    words.pop(0)  # the author's acronym: "WLGA Improvement Programme"
                while words and words[0] in ("The", "This", "Our"):
                    words.pop(0)
                return " ".join(words)
        return None

    # ------------------------------------------------------------------ paragraphs
    def _paragraph_frame(self, rows: list[_Row]) -> pd.DataFrame:
        return typed_frame({"paragraph": [r.paragraph for r in rows],
                            "heading": [r.heading for r in rows],
                            "kind": [r.kind for r in rows],
                            "text": [r.text for r in rows],
                            "source_line": [r.source_line for r in rows]}, "paragraphs")


# ------------------------------------------------------------------------------ helpers
def _fold(text: str) -> str:
    return " ".join(text.lower().split())


#: A status tag in brackets at the end of an item: "... leaders (Complete)", "... 2024. (On
#: track)". The words inside are looked up in status_tags.csv.
_STATUS_TAG = re.compile(r"\((?P<tag>[A-Za-z][A-Za-z' -]{0,40})\)[ .;]{0,3}$")


def _tagged_status(text: str, tags: dict[str, str]) -> tuple[str, str] | None:
    """(status, "tag") when ``text`` ends with a bracketed status tag, else None."""
    m = _STATUS_TAG.search(text[-50:]) if text.endswith((")", ").", ");", ") ")) else None
    status = tags.get(_fold(m.group("tag"))) if m else None
    return (status, "tag") if status else None


def _column_roles(headers: list[str]) -> dict[str, list[str]]:
    """Headers by role (text, partners, status, timing, other), found by header name (a
    header starting with a known name counts: "Lead organisation"). With no text column,
    the first unknown column is the item's text."""
    known = load_programme_columns()
    out: dict[str, list[str]] = {"text": []}
    for header in headers:
        folded = _fold(header).strip(" :")
        role = known.get(folded) or next(
            (r for name, r in known.items() if folded.startswith(name + " ")), "other")
        out.setdefault(role, []).append(header)
    if not out["text"] and out.get("other"):
        out["text"].append(out["other"].pop(0))
    return out


def _is_numbered(block: Any) -> bool:
    """A numbered paragraph ("5. ..."), not a sub-paragraph."""
    return isinstance(block, Paragraph) and block.number is not None and "." not in block.number


def _block_text(block: Any) -> str:
    return clean_text(block.text.markdown())


def _is_section_heading(block: Any, nxt: Any) -> bool:
    """A heading that opens a section: short, with no closing punctuation, followed by a
    numbered paragraph (or a closing section's name followed by a list)."""
    if not isinstance(block, Heading):
        return False
    text = _block_text(block)
    if not has_heading_shape(text) or looks_like_columns(block.text.text):
        return False
    if _is_numbered(nxt):
        return True
    return isinstance(nxt, ListItem) and nxt.kind != "number" and is_closing_heading(text)


def _row_kind(block: Any) -> str:
    if isinstance(block, ListItem):
        return "sub-bullet" if block.level > 0 else "bullet"
    if _is_numbered(block):
        return "paragraph"
    return "text"


def _strip_list_punctuation(text: str) -> str:
    return re.sub(r"\s*(?:[;,.]\s*(?:and|or)?|\b(?:and|or))\s*$", "", text).strip()


def _inline_list(text: str) -> list[str]:
    """The items of a list printed in a sentence: "A; B; C; and D." (or "A, B and C.").

    Examples
    --------
    >>> _inline_list("Member Support; Self-Assessment; Resilience and Recovery; and Workforce.")
    ['Member Support', 'Self-Assessment', 'Resilience and Recovery', 'Workforce']
    >>> _inline_list("Leadership, Finance and Digital.")
    ['Leadership', 'Finance', 'Digital']
    """
    text = text.strip().rstrip(".")
    parts = re.split(r"\s*;\s*(?:and\s+|or\s+)?", text) if ";" in text else \
        re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text)
    return [p.strip() for p in parts if p.strip()]


@dataclass(frozen=True)
class _Org:
    name: str
    regex: re.Pattern[str]
    triggers: tuple[str, ...] | None  # lower-case literals one of which any match contains


def _triggers(pattern: str) -> tuple[str, ...] | None:
    r"""Literal words (lower case) one of which every match of ``pattern`` contains, or None.

    A fast pre-check only: each '|'-separated piece must hold a required letter run of
    three or more (look-arounds, escapes, classes, group syntax and optional letters
    removed; the longest run of each piece is kept); otherwise None (always search).

    Examples
    --------
    >>> _triggers(r"(?<![\w-])LGA\b|(?<!Welsh )\bLocal Government Association\b")
    ('lga', 'association')
    >>> _triggers(r"\b[A-Z]{2}\b") is None
    True
    """
    out: list[str] = []
    pattern = re.sub(r"\(\?<?[!=](?:\\.|[^)])*\)", " ", pattern)  # look-arounds match nothing
    for piece in pattern.split("|"):
        piece = re.sub(r"\\.|\(\?(?:P?<\w+>|[<!=:aiLmsux-]+[:)]?)|\[[^\]]*\]|\{[^}]*\}", " ",
                       piece)
        runs = [m.group(0)[:-1] if piece[m.end():m.end() + 1] in ("?", "*") else m.group(0)
                for m in re.finditer(r"[A-Za-z]{3,}", piece)]
        runs = [r.lower() for r in runs if len(r) >= 3]
        if not runs:
            return None
        out.append(max(runs, key=len))  # every run is required: the longest is enough
    return tuple(out)


def _organisation_patterns(path: str | Path | None = None) -> tuple[_Org, ...]:
    return _organisation_patterns_cached(
        *file_identity(path or config.ORGANISATIONS_FILE))


@lru_cache(maxsize=16)
def _organisation_patterns_cached(path: str, mtime_ns: int, size: int) -> tuple[_Org, ...]:
    # cached on the file's identity: the patterns are compiled and analysed once
    orgs = load_organisations(path)
    out = []
    for row in orgs.itertuples(index=False):
        pattern = row.pattern if isinstance(row.pattern, str) and row.pattern else \
            rf"(?<![\w-]){re.escape(row.organisation)}(?![\w-])"
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise ParseError(f"invalid pattern for organisation {row.organisation!r}: {exc}",
                             path=path or "organisations.csv") from None
        out.append(_Org(row.organisation, regex, _triggers(pattern)))
    return tuple(out)


def _partners(text: str, orgs: tuple[_Org, ...]) -> list[str]:
    lowered = text.lower()
    found = []
    for org in orgs:
        if org.triggers is not None and not any(t in lowered for t in org.triggers):
            continue
        m = org.regex.search(text)
        if m:
            found.append((m.start(), org.name))
    return [name for _, name in sorted(found)]


def _cut_phrase(text: str) -> str:
    text = re.split(r"\s*[,;:.()]\s|\s*[,;:](?!\d)|\s+and\s+the\s+|\s+(?:which|that|who|to|from|"
                    r"with|by|in order)\s+|\s+(?:during|in|for|over)\s+(?:the\s+)?"
                    r"(?:(?:financial\s+)?year\s+)?(?:19|20)\d{2}\b|\.$", text, maxsplit=1)[0]
    return text.strip().rstrip(".")


class _Mention:
    """One £ amount in a sentence: the words before it and after it (up to the next
    amount), whether the sentence is about funding, and the name and financial year the
    mention itself states."""

    __slots__ = ("after", "amount", "before", "funding", "match", "name", "row", "sentence",
                 "year")

    def __init__(self, row: _Row, sentence: str, match: Money, amount: int,
                 funding: bool, before: str, after: str):
        self.row, self.sentence, self.match, self.amount = row, sentence, match, amount
        self.funding, self.before, self.after = funding, before, after
        self.name = _mention_name(before, after)
        self.year = _mention_year(before, after)


def _same_grant(grant: list[_Mention], mention: _Mention) -> bool:
    """Whether ``mention`` is another mention of ``grant``: the same amount, and no name or
    stated year that differs from the grant's."""
    if grant[0].amount != mention.amount:
        return False
    names = {x.name for x in grant if x.name}
    years = {x.year for x in grant if x.year}
    return not (mention.name and names and mention.name not in names) and \
        not (mention.year and years and mention.year not in years)


_NAME_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+(?:grant\s+funding|grant|funding)\s+"
                          r"(?:of\s+)?(?:up\s+to\s+)?$")
_NAME_AFTER = re.compile(r"\s+(?:of\s+)?([A-Za-z][\w-]*)\s+grant\b")
#: Verbs that come before "grant funding of £X" and are not its name.
_VERB_LIKE = re.compile(r"(?i:receives?|received|receiving|provides?|provided|providing|"
                        r"awards?|awarded|confirms?|confirmed|secures?|secured|allocates?|"
                        r"allocated|indicated|announced|approved|committed|offered|agreed|"
                        r"has|have|had|is|are|was|were|be|been|gives?|given|makes?|made|"
                        r"includes?|included|including)")


def _mention_name(before: str, after: str) -> str | None:
    """"improvement grant" from "improvement funding of £X" or "£X digital grant"."""
    for m in (_NAME_BEFORE.search(before), _NAME_AFTER.match(after),
              *reversed(list(_NAMED_GRANT.finditer(before)))):
        if m:
            word = m.group(1)
            if word.lower() not in _GENERIC_GRANT_WORDS and not _VERB_LIKE.fullmatch(word) \
                    and not _FY_TEXT.fullmatch(word):
                return f"{word.lower()} grant"
    return None


_YEAR_AFTER = re.compile(r"\b(?i:for|in|during|of|from)\s+(?i:the\s+)?(?i:financial\s+year\s+)?"
                         r"((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})\b")


_YEAR_NAMING = re.compile(r"((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})\s+(?:[A-Za-z-]+\s+){0,2}"
                          r"(?i:grant|funding|allocation)\b")


def _mention_year(before: str, after: str) -> str | None:
    """The financial year a mention states: "£X for 2024-25" (or "For 2025-26, ... £X")."""
    candidates = list(_YEAR_AFTER.finditer(after))[:1] + \
        list(_YEAR_AFTER.finditer(before))[-1:] + list(_YEAR_NAMING.finditer(before))[-1:]
    for y in candidates:
        try:
            start = quarters.financial_year_start(f"{y.group(1)}-{y.group(2)}")
        except ValueError:
            continue
        return quarters.financial_year_label(start)
    return None


_PURPOSE_LEAD = re.compile(
    r"\b(?:for|towards|funds|pays\s+for|supports|to\s+(?:deliver|fund|support|secure|resource|"
    r"provide|establish|develop|run|pay\s+for))\s+(?:the\s+)?(?P<p>.+)", re.IGNORECASE)


def _grant_purpose(funded: list[_Mention], programme_name: str | None) -> str | None:
    """What a grant is for, as stated; None when the document does not say."""
    # a. "£X ... for (the) <purpose>", "... to deliver <purpose>", "... towards <purpose>"
    #    (a financial year, "for 2024-25", is not a purpose)
    for x in funded:
        after = x.after
        while (f := _PURPOSE_LEAD.search(after)) is not None:
            if _FY_TEXT.match(f.group("p")) or re.match(r"(?i)(?:a|each|per)\s+year\b",
                                                        f.group("p")):
                after = f.group("p")[1:]
                continue
            purpose = _cut_phrase(f.group("p"))
            if purpose:
                return purpose
            break
    # b. the plan or programme the amount secures
    for x in funded:
        p = re.search(r"\b((?:[A-Z][\w-]*\s+)*(?:delivery|business|work|action)\s+plan"
                      r"(?:\s+(?:for\s+)?(?:19|20)\d{2}\s*[-–/]\s*\d{2,4})?)",
                      x.before + x.match.group(0) + x.after, re.IGNORECASE)
        if p:
            phrase = re.sub(r"^(?:the|this|our)\s+", "", p.group(1), flags=re.IGNORECASE)
            if programme_name and programme_name.lower() not in phrase.lower():
                phrase = f"{programme_name} {phrase}"
            return phrase
    # c. "<word> funding/grant of £X"
    for x in funded:
        w = re.search(r"\b([A-Za-z][\w-]*)\s+(?:funding|grant)\s+(?:of\s+)?$", x.before)
        if w and w.group(1).lower() not in _GENERIC_GRANT_WORDS \
                and not _VERB_LIKE.fullmatch(w.group(1)):
            return f"{w.group(1).lower()} support"
    return None


def _grant_name_from_purpose(purpose: str | None, named: list[str]) -> str | None:
    """A grant named elsewhere in the document ("the digital grant") whose name word is in
    the purpose ("Chief Digital Officer and team")."""
    purpose_words = set(_normalise(purpose or "").split())
    for word in named:
        if word in purpose_words:
            return f"{word} grant"
    return None


def _records_frame(records: list[dict[str, Any]], table: str) -> pd.DataFrame:
    """A contract table from records (dicts with the table's columns)."""
    names = [c.name for c in TABLES[table].columns]
    return typed_frame({n: [r[n] for r in records] for n in names}, table)


def _programme_frame(out: list[dict[str, Any]]) -> pd.DataFrame:
    records = [{**it, "quarter_label": None if it["quarter"] is None
                else quarters.quarter_label(it["quarter"])} for it in out]
    return _records_frame(records, "programme")


def _status_issues(frame: pd.DataFrame, name: str) -> list[Issue]:
    out = []
    for item_id, state, rule, line in zip(frame["item_id"].tolist(), frame["status"].tolist(),
                                          frame["status_rule"].tolist(),
                                          frame["source_line"].tolist(), strict=True):
        rule = rule if isinstance(rule, str) else ""
        if rule.lower().startswith("default") or not rule:
            out.append(Issue(name, "programme", "status by default", item_id, line,
                             f"item {item_id}: no status wording rule matched; status "
                             f"{state!r} is the default"))
    return out


def _apply_status(frame: pd.DataFrame, issues: list[Issue], name: str,
                  rules: tuple[StatusRule, ...] | None,
                  overrides: Mapping[str, str] | None) -> list[Issue]:
    if rules is not None:
        bodies = [t.split(": ", 1)[1] if isinstance(tp, str) and t.startswith(f"{tp}: ")
                  else t for t, tp in zip(frame["text"], frame["topic"], strict=True)]
        kept = frame["status_rule"].isin(["tag", "column"]).tolist()
        results = [(s, r) if keep else classify_status(b, rules) for b, s, r, keep in zip(
            bodies, frame["status"], frame["status_rule"], kept, strict=True)]
        frame["status"] = pd.Series([s for s, _ in results], index=frame.index, dtype="str")
        frame["status_rule"] = pd.Series([r for _, r in results], index=frame.index,
                                         dtype="str")
        issues = [i for i in issues if i.check != "status by default"]
        issues += _status_issues(frame, name)
        unmatched = frame["status"].isna()
        if unmatched.any():
            raise ValueError(f"no status rule matched item(s) "
                             f"{', '.join(frame.loc[unmatched, 'item_id'])}; end the rules "
                             "with a catch-all default rule (pattern '.')")
    if overrides:
        known = set(frame["item_id"])
        for item_id, status in overrides.items():
            if item_id not in known:
                raise ValueError(f"status override for unknown item {item_id!r}; items are "
                                 f"{', '.join(frame['item_id'])}")
            if status not in PROGRAMME_STATUSES:
                raise ValueError(f"status override {status!r} for item {item_id} is not one "
                                 f"of {', '.join(PROGRAMME_STATUSES)}")
            mask = frame["item_id"] == item_id
            frame.loc[mask, "status"] = status
            frame.loc[mask, "status_rule"] = "override"
        issues = [i for i in issues if not (i.check == "status by default"
                                            and i.item in overrides)]
    return issues


# ------------------------------------------------------------------------------ loaders
def _copy(frame: pd.DataFrame, list_columns: tuple[str, ...] = ()) -> pd.DataFrame:
    out = frame.copy(deep=True)
    for col in list_columns:
        out[col] = out[col].map(list)
    return out


def load_programme(source: str | Path | None = None, *,
                   status_rules: str | Path | tuple[StatusRule, ...] | None = None,
                   status_overrides: Mapping[str, str] | None = None) -> pd.DataFrame:
    """One row per progress bullet under "Progress Update" (table ``programme``).

    Parameters
    ----------
    source : str or Path, optional
        A programme update; default the shipped one.
    status_rules : path or tuple of StatusRule, optional
        Status rules to use instead of ``data/raw/status_rules.csv``.
    status_overrides : mapping, optional
        ``{item_id: status}`` set by an analyst; recorded with status_rule ``"override"``.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     prog = load_programme(status_overrides={"6.2": "in progress"})
    >>> prog.set_index("item_id").loc["6.2", ["status", "status_rule"]].tolist()
    ['in progress', 'override']
    >>> prog.set_index("item_id").loc["8.1", "partners"]
    ['LGA', 'COSLA', 'NILGA']
    """
    doc = read_document(source, "programme")
    parsed = parse_programme(doc)
    frame = _copy(parsed.programme, ("partners",))
    issues = list(parsed.issues)
    if status_rules is not None and not isinstance(status_rules, tuple):
        status_rules = load_status_rules(status_rules)
    if status_rules is not None or status_overrides:
        issues = _apply_status(frame, issues, document_name(doc.path),
                               status_rules, status_overrides)
    validate(frame, "programme")
    emit(issues, tables=["programme"])
    return _tagged(frame, doc, parsed)


def _tagged(frame: pd.DataFrame, doc: Document, parsed: ProgrammeParse) -> pd.DataFrame:
    frame.attrs["date"] = parsed.metadata.get("date")
    return tag_source(frame, doc, parsed.metadata.get("title_display")
                      or parsed.metadata.get("title"))


def load_priorities(source: str | Path | None = None) -> pd.DataFrame:
    """The priorities of the offer, in printed order (table ``priorities``).

    Examples
    --------
    >>> pr = load_priorities()
    >>> pr.loc[0, "priority"], pr.loc[0, "offer"], int(pr.loc[0, "paragraph"])
    ('COVID-19 Pandemic Recovery', 'universal offer', 3)
    """
    doc = read_document(source, "programme")
    parsed = parse_programme(doc)
    frame = _copy(parsed.priorities)
    validate(frame, "priorities")
    emit(parsed.issues, tables=["priorities"])
    return _tagged(frame, doc, parsed)


def load_grants(source: str | Path | None = None) -> pd.DataFrame:
    """One row per distinct £ amount named as a grant or funding (table ``grants``).

    Examples
    --------
    >>> g = load_grants().set_index("amount_gbp")
    >>> row = g.loc[530000]
    >>> row["grant"], row["purpose"], bool(row["financial_year_stated"])
    ('digital grant', 'Chief Digital Officer and team', False)
    >>> g.loc[800000, "paragraphs"]
    [4, 15]
    """
    doc = read_document(source, "programme")
    parsed = parse_programme(doc)
    frame = _copy(parsed.grants, ("paragraphs",))
    validate(frame, "grants")
    emit(parsed.issues, tables=["grants"])
    return _tagged(frame, doc, parsed)


def load_paragraphs(source: str | Path | None = None) -> pd.DataFrame:
    """Every line of running text, joined across page breaks (table ``paragraphs``).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     paras = load_paragraphs()
    >>> paras["kind"].value_counts().to_dict()["paragraph"]
    20
    """
    doc = read_document(source, "programme")
    parsed = parse_programme(doc)
    frame = _copy(parsed.paragraphs)
    validate(frame, "paragraphs")
    emit(parsed.issues, tables=["paragraphs"])
    return _tagged(frame, doc, parsed)
