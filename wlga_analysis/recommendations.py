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

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from wlga_analysis import config, contracts, quality, reference
from wlga_analysis.documents import Document, read_document, tag_source
from wlga_analysis.errors import ParseError
from wlga_analysis.interpret import collector_paused, refusals_kept
from wlga_analysis.interpret.recommendations.lines import (
    _ACT,
    _REC,
    HEADER,  # noqa: F401 (the three columns, as printed: importable from here)
    _Item,
    _join,
    _Parser,
)
from wlga_analysis.interpret.recommendations.owners import OwnerCodes, load_owners
from wlga_analysis.text.regex_cache import compile_regex

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


_DATE_PREFIX = compile_regex(r"^(?i:(?:last\s+)?updated(?:\s+on)?|date[d]?|published|as\s+at)"
                             r"\s*:?\s*")


#: The date line of minutes: "Meeting held on Thursday 4 December 2025 at 10.00am via
#: Teams"; group 1 the date (the time and place after it left out).
_MEETING_HELD = compile_regex(r"(?i)^(?:the\s+)?meeting\s+(?:was\s+)?held\s+on\s+"
                              r"(.{4,30}?\b(?:19|20)\d\d)\b")


_FY = compile_regex(r"\b((?:19|20)\d\d)\s?[-\u2013/]\s?(\d\d)\b")


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
# Frames
# ---------------------------------------------------------------------------------------
def _build(parser: _Parser, names: dict[str, str]) -> RecommendationsParse:
    """The parse result: the parser's areas, items and notes as frames of their contracts."""
    recs = parser.items[_REC]
    return RecommendationsParse(_area_frame(parser), _activity_frame(parser.items[_ACT]),
                                _recommendation_frame(parser), _owner_frame(recs, names),
                                _notes_frame(parser.notes), tuple(parser.issues), parser.title)


def _area_frame(parser: _Parser) -> pd.DataFrame:
    areas = [parser.areas[a] for a in dict.fromkeys(a for a, _ in parser.area_order)]
    frame = contracts.typed_frame({
        "area_id": [a.area_id for a in areas],
        "area": [a.title for a in areas],
        "theme": [a.theme or "" for a in areas],
        "remit": [_join(a.remit) for a in areas],
        "source_line": [a.line for a in areas],
    }, "areas")
    if any(a.theme_no for a in areas):  # numbered themes: their numbers, a column of their own
        frame["theme_no"] = pd.array([a.theme_no for a in areas], dtype="str")
    return frame


def _activity_frame(acts: list[_Item]) -> pd.DataFrame:
    frame = contracts.typed_frame({
        "activity_seq": list(range(1, len(acts) + 1)),
        "activity_no": [i.number for i in acts],
        "area_id": [i.area_id for i in acts],
        "text": [_join(i.pieces) for i in acts],
        "status": [i.status for i in acts],
        "owners": [list(i.owners) for i in acts],
        "source_line": [i.line for i in acts],
    }, "activities")
    if any(i.label is not None for i in acts):  # "A1.", "1a.": the labels as printed
        frame["activity_label"] = pd.array([i.printed for i in acts], dtype="str")
    return frame


def _recommendation_frame(parser: _Parser) -> pd.DataFrame:
    recs = parser.items[_REC]
    areas = [parser.areas[i.area_id] for i in recs]
    frame = contracts.typed_frame({
        "rec_seq": list(range(1, len(recs) + 1)),
        "rec_id": [i.number for i in recs],
        "area_id": [i.area_id for i in recs],
        "area": [a.title for a in areas],
        "theme": [a.theme or "" for a in areas],
        "text": [_join(i.pieces) for i in recs],
        "owners": [list(i.owners) for i in recs],
        "source_line": [i.line for i in recs],
    }, "recommendations")
    if any(i.label is not None for i in recs):  # "R1.", "1a.": the labels as printed
        frame["rec_label"] = pd.array([i.printed for i in recs], dtype="str")
    for name in parser.extra_columns:  # other printed columns ("Status"), as printed
        frame[name] = pd.array([i.extra.get(name) for i in recs], dtype="str")
    return frame


def _owner_frame(recs: list[_Item], names: dict[str, str]) -> pd.DataFrame:
    rows = [(seq, i, pos, code) for seq, i in enumerate(recs, start=1)
            for pos, code in enumerate(i.owners, start=1)]
    return contracts.typed_frame({
        "rec_seq": [r[0] for r in rows],
        "rec_id": [r[1].number for r in rows],
        "owner": [r[3] for r in rows],
        "owner_name": [names.get(r[3]) for r in rows],
        "owner_position": [r[2] for r in rows],
        "joint": [len(r[1].owners) > 1 for r in rows],
        "source_line": [r[1].line for r in rows],
    }, "recommendation_owners")


def _notes_frame(notes: list[tuple[str, str, int]]) -> pd.DataFrame:
    return contracts.typed_frame({
        "kind": [n[0] for n in notes],
        "text": [n[1] for n in notes],
        "source_line": [n[2] for n in notes],
    }, "recommendations_notes")


def _with_spaced_tables(doc: Document) -> Document:
    """A text-form document whose tables are laid out with spaces only (a plain-text
    export's table): the same document with its recommendations tables printed as the text
    form's tab rows (see :mod:`wlga_analysis.read.fixed_width`), line numbers kept."""
    if doc.model is not None:  # a Word file, PDF or web page: its reader found them
        return doc
    from dataclasses import replace

    from wlga_analysis.read.fixed_width import tabbed_lines

    lines = tabbed_lines(doc.lines, keep=_names_recommendations)
    return doc if lines == doc.lines else replace(doc, lines=lines)


def _names_recommendations(table: Any) -> bool:
    """Whether a table's header is a recommendations table's (other tables laid out with
    spaces, a list of members, stay plain lines: notes)."""
    from wlga_analysis.interpret.recommendations.columns import map_columns

    return map_columns(table.header_text, in_area=True) is not None


def _title_from_plain_line(parser: _Parser, lines: tuple[str, ...]) -> None:
    """A paper with no title heading: its title from a plain line before the table (see
    :mod:`wlga_analysis.interpret.recommendations.plain_title`), noted as the title."""
    if parser.title is not None:
        return
    from wlga_analysis.interpret.recommendations.plain_title import plain_title

    notes = parser.notes
    found = plain_title(notes, lines, getattr(parser, "header_line", None))
    if found is not None:
        parser.title = found[0]
        notes[notes.index(("paragraph", *found))] = ("title", *found)


#: The readers of the layouts without a Working Group table, tried in this order by
#: :func:`_read_without_table` (module of ``wlga_analysis.interpret.recommendations``, its
#: reader): an audit's findings tables? minutes ("Item 3: ...", "Resolved:")? a response
#: with action tables? chapter boxes and an annex ("3.1")? an exhibit and boxes? chapters
#: and a summary? sub-items under lead-ins? chapters closed by 'No. | Recommendation'
#: tables? ... else a report in prose (last: it reads any paper, or raises ParseError).
READERS_WITHOUT_TABLE: tuple[tuple[str, str], ...] = (
    ("two_level", "read_two_level"), ("owner_timescale", "read_owner_timescale"),
    ("proposal_boxes", "read_proposal_boxes"), ("scoped_plans", "read_scoped_plans"),
    ("audit_findings", "read_findings_tables"), ("improvement_tables", "read_improvement_tables"),
    ("improvement_plans", "read_improvement_plans"), ("agency_tables", "read_agency_tables"),
    ("key_asks", "read_key_asks"), ("minutes", "read_minutes"),
    ("response_sentences", "read_response_sentences"),
    ("statement_prose", "read_statement_prose"),
    ("response_actions", "read_response_actions"), ("annex_boxes", "read_annex_boxes"),
    ("owner_summary", "read_owner_summary"),
    ("exhibit_boxes", "read_exhibit_boxes"), ("paragraph_leads", "read_paragraph_leads"),
    ("inspection_boxes", "read_inspection_boxes"),
    ("determinations", "read_determinations"),  # (a determination's "X must:" is its own)
    ("summary_lists", "read_lead_ins_or_chapters"),
    ("scrutiny_letters", "read_letter_lead_ins"), ("closing_tables", "read_closing_tables"),
    ("timescale_matrix", "read_timescale_matrix"), ("panel_votes", "read_panel_votes"),
    ("concern_reports", "read_concern_reports"),
    ("calls_to_action", "read_calls_to_action"),
    ("underlined_lists", "read_underlined_lists"),
    ("inline_metadata", "read_inline_metadata"),
    ("numbered_paragraphs", "read_numbered_paragraphs"),
    ("motions", "read_motions"), ("run_in_letters", "read_run_in_letters"),
    ("numbered_lists", "read_prose_or_lists"),  # (prose; numbered items where it finds none)
)


def _read_without_table(doc: Document, owners: OwnerCodes) -> _Parser:
    """The reader of a document the table reader found no table in: the first of the
    layouts without a Working Group table that reads it (:data:`READERS_WITHOUT_TABLE`;
    else a report in prose). Each reader's module is imported when it is first tried."""
    from importlib import import_module

    parser = None
    for module, name in READERS_WITHOUT_TABLE:
        reader = getattr(import_module(f"wlga_analysis.interpret.recommendations.{module}"), name)
        parser = reader(doc, owners)
        if parser:
            return parser
    return parser  # type: ignore[return-value]  (the last reads any paper, or raises)


def _read_again(doc: Document, owners: OwnerCodes, parser: _Parser) -> _Parser:
    """``parser``, or the reader of a layout that reads the document better when another
    reader read it: an exhibit with boxes, chapters closed by tables, addressee matrices
    (after a table reader other than the Working Group's); chapter boxes and an annex
    ("3.1"); an audit's action plan (when no recommendation was read); an action plan with
    a scope column (its header the one a table reader read)."""
    from wlga_analysis.interpret.recommendations.scoped_plans import scoped_after

    if (scoped := scoped_after(doc, owners, parser)) is not None:
        return scoped
    from wlga_analysis.interpret.recommendations.owner_timescale import owner_timescale_after

    if (owned := owner_timescale_after(doc, owners, parser)) is not None:
        return owned  # (numbered items with owner lines; the table their annex)
    if parser.header_line is not None and type(parser) is not _Parser:
        from wlga_analysis.interpret.recommendations.addressee_matrix import matrix_after_table
        from wlga_analysis.interpret.recommendations.closing_tables import closing_after_table
        from wlga_analysis.interpret.recommendations.exhibit_boxes import exhibit_after_table

        parser = exhibit_after_table(doc, owners, parser) or \
            closing_after_table(doc, owners, parser) or \
            matrix_after_table(doc, owners, parser) or parser  # (boxes; chapter tables)
    if type(parser) is not _Parser:  # (numbered by chapter, "3.1": boxes and an annex)
        from wlga_analysis.interpret.recommendations.annex_boxes import annex_after_table
        from wlga_analysis.interpret.recommendations.owner_summary import owner_summary_after

        parser = annex_after_table(doc, owners, parser) or \
            owner_summary_after(doc, owners, parser) or parser  # (or a summary by owner)
    if not parser.items[_REC] or (parser.header_line and type(parser) is not _Parser):
        from wlga_analysis.interpret.recommendations.audit_findings import findings_after

        parser = findings_after(doc, owners, parser) or parser  # (an audit's action plan)
    from wlga_analysis.interpret.recommendations.addressee_lead_ins import addressees_after
    from wlga_analysis.interpret.recommendations.scrutiny_letters import letter_after
    from wlga_analysis.interpret.recommendations.summary_areas import (
        cabinet_owners_after,
        summary_areas_after,
    )

    parser = letter_after(doc, owners, parser) or parser  # (a letter, not its response table)
    parser = summary_areas_after(doc, parser) or parser  # (areas from the summary's bullets)
    from wlga_analysis.interpret.recommendations.concern_boxes import concern_areas_after

    concern_areas_after(doc, parser)  # ("Cause of concern N:" areas: read in place)
    parser = cabinet_owners_after(parser) or parser  # (a council Cabinet's responses: LG)
    from wlga_analysis.interpret.recommendations.council_subject import council_owners_after

    parser = council_owners_after(parser) or parser  # (a report on a council: "The Council")
    from wlga_analysis.interpret.recommendations.response_boxes import response_boxes_after

    parser = response_boxes_after(doc, parser)  # (areas from the chapters' boxes)
    parser = addressees_after(parser) or parser  # ("Schools should:": areas and owners)
    from wlga_analysis.interpret.recommendations.matrix_class_owners import class_owners_after

    class_owners_after(parser)  # ("public bodies": the bodies a tick matrix ticks)
    return parser


@refusals_kept
@lru_cache(maxsize=16)
def _parse_cached(path: str, sha256: str, owners: OwnerCodes, words: tuple[str, int, int],
                  doc: Document) -> RecommendationsParse:
    from wlga_analysis.interpret.recommendations.columns import needs_model
    from wlga_analysis.interpret.recommendations.nothing_read import report_nothing_read
    from wlga_analysis.interpret.recommendations.record_cards import record_parser as _record_parser

    doc = _with_spaced_tables(doc)
    # (each reference list read once; the answers of the reading, forgotten when it ends,
    # go while the collector is still paused, not walked by it first)
    with collector_paused(), reference.one_reading():
        if needs_model(doc.lines):  # a pipe table, or other columns: read from the model
            from wlga_analysis.interpret.recommendations.from_model import ModelParser

            parser: _Parser = ModelParser(doc, owners)
        else:
            parser = _Parser(doc, owners)
        parser = _record_parser(doc, owners) or parser  # cards: a labelled record each
        try:
            parser.run()
        except ParseError:
            if parser.areas or parser.header_line is not None:
                from wlga_analysis.interpret.recommendations.owner_timescale import (
                    read_owner_timescale,
                )
                from wlga_analysis.interpret.recommendations.plain_headings import (
                    matrices_after_error,
                )
                from wlga_analysis.interpret.recommendations.scoped_plans import (
                    read_scoped_plans,
                )

                found = matrices_after_error(doc, owners, parser) or \
                    read_scoped_plans(doc, owners) or \
                    read_owner_timescale(doc, owners)  # (or a scope column; owner lines)
                if found is None:
                    raise  # (else matrices under a Word plain-text export's plain headings)
                parser = found
            else:
                parser = _read_without_table(doc, owners)
        parser = _read_again(doc, owners, parser)
        _title_from_plain_line(parser, doc.lines)
        report_nothing_read(parser)  # areas but no recommendation: reported, never silent
        parsed = _build(parser, owners.names())
        # The parser's blocks and items go while the collector is still paused: resumed,
        # its first pass walks only what is left (the tables), not every item of the parse.
        del parser
    return parsed


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
    words = reference.file_identity(config.RECOMMENDATION_WORDS_FILE)
    return _parse_cached(str(doc.path), doc.sha256, load_owners(), words, doc)


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
    """(date or None, financial year or None) from the first line that is a date, else the
    first short heading line that ends with one ("Report to the Executive Board, 20 October
    2023"), else a month and year (read by the shared date reader,
    :mod:`wlga_analysis.text.dates`)."""
    from wlga_analysis.quarters import financial_year_label
    from wlga_analysis.text.dates import parse_date_line, parse_dated_line, parse_month_year_line

    lines = [m.group(1) if (m := _MEETING_HELD.match(text.strip())) else
             _DATE_PREFIX.sub("", text.strip().rstrip(".")) for text in texts]
    short = [text for text in lines if len(text) <= 40]
    for read in (parse_date_line, parse_dated_line):
        for text in short if read is parse_date_line else lines:
            day = read(text)
            if day is not None:
                return day, financial_year_label(day)
    for text in short:
        first = parse_month_year_line(text)
        if first is not None:  # a month with no day: its financial year only
            return None, financial_year_label(first)
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

