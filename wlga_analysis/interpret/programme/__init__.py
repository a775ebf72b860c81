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

import re
import traceback
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

from wlga_analysis import config
from wlga_analysis.contracts import PROGRAMME_STATUSES, validate
from wlga_analysis.documents import Document, read_document, tag_source
from wlga_analysis.errors import ParseError
from wlga_analysis.interpret import collector_paused, refusals_kept
from wlga_analysis.interpret.programme.bullet_pairs import with_group_priorities
from wlga_analysis.interpret.programme.common import ProgrammeParse, _status_issues, parse_amount
from wlga_analysis.interpret.programme.footnote_items import with_item_marks
from wlga_analysis.interpret.programme.heading_priorities import with_heading_priorities
from wlga_analysis.interpret.programme.highlight_tables import with_period_columns
from wlga_analysis.interpret.programme.issue_groups import with_planned_actions
from wlga_analysis.interpret.programme.logic_model import with_strand_priorities
from wlga_analysis.interpret.programme.measures import with_measure_notes
from wlga_analysis.interpret.programme.paper_kind import refuse_recommendations_prose
from wlga_analysis.interpret.programme.parser import _Parser
from wlga_analysis.interpret.programme.percent_complete import with_workstream_priorities
from wlga_analysis.interpret.programme.priority_names import with_printed_priorities
from wlga_analysis.interpret.programme.progress_heading_priorities import (
    with_progress_heading_priorities,
)
from wlga_analysis.interpret.programme.section_name_priorities import (
    with_section_name_priorities,
)
from wlga_analysis.interpret.programme.status_bullets import with_quote_note
from wlga_analysis.interpret.programme.table_priorities import with_table_priorities
from wlga_analysis.quality import Issue, document_name, emit
from wlga_analysis.reference import file_identity, one_reading
from wlga_analysis.status import StatusRule, classify_status, load_status_rules

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

class _Key:
    """Cache key: a document's path and sha256, and the reference files' identities (read
    once per key, when it is first hashed or compared: a key kept by the cache keeps the
    identities of the parse it stands for)."""

    __slots__ = ("_identity", "doc")

    def __init__(self, doc: Document):
        self.doc = doc
        self._identity: tuple[Any, ...] | None = None

    def _ident(self) -> tuple[Any, ...]:
        # the reference lists a parse reads are part of its identity: edit one, parse again
        if self._identity is None:
            self._identity = (str(self.doc.path), self.doc.sha256,
                              *(file_identity(f) for f in (
                                  config.STATUS_RULES_FILE, config.ORGANISATIONS_FILE,
                                  config.STATUS_TAGS_FILE, config.STATUS_SYMBOLS_FILE,
                                  config.PROGRAMME_COLUMNS_FILE,
                                  config.PROGRAMME_WORDS_FILE, config.COUNCILS_FILE)))
        return self._identity

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


@refusals_kept
@lru_cache(maxsize=16)
def _parse_cached(key: _Key) -> ProgrammeParse:
    doc = key.doc
    try:
        # (each reference list read once, by the passes after the run too; the collector
        # paused until the reading's answers, the document model among them, are let go:
        # resumed before, it walks them all once more, a tenth of a 1 MB paper's time)
        with collector_paused(), one_reading():
            try:
                return _passes(doc)
            except ParseError as exc:  # (a refusal: its frames' locals, the model among
                traceback.clear_frames(exc.__traceback__)  # them, let go here too)
                raise
    except ParseError:
        raise
    except (IndexError, KeyError, ValueError, TypeError, AttributeError,
            OverflowError, re.error) as exc:  # pragma: no cover - defensive
        raise doc.error(f"could not read this as a programme update "
                        f"({type(exc).__name__}: {exc})") from None


#: The passes after the interpreter's run, in the order they run (each takes the parse and
#: gives it back with what it reads added: notes, priorities, item marks, items).
_PASSES: tuple[Callable[[ProgrammeParse], ProgrammeParse], ...] = (
    with_measure_notes, with_printed_priorities, with_workstream_priorities,
    with_planned_actions, with_group_priorities, with_strand_priorities,
    with_table_priorities, with_heading_priorities, with_section_name_priorities,
    with_progress_heading_priorities, with_quote_note, with_item_marks, with_period_columns)


def _passes(doc: Document) -> ProgrammeParse:
    # (a note a table of measures; priorities named as their headings print them, a %
    # complete report's workstreams, an action plan's issue or workstream groups,
    # numbered sections over status tables (.table_priorities), or only printed as
    # headings: .heading_priorities; a logic model's strands: .logic_model; numbered
    # progress headings over bullets: .progress_heading_priorities; a highlight report's
    # period columns: .highlight_tables), in this order
    parsed = _Parser(doc).run()
    for step in _PASSES:
        parsed = step(parsed)
    return refuse_recommendations_prose(parsed, doc)  # (.paper_kind: findings, not progress)


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
def _apply_status(frame: pd.DataFrame, issues: list[Issue], name: str,
                  rules: tuple[StatusRule, ...] | None,
                  overrides: Mapping[str, str] | None) -> list[Issue]:
    if rules is not None:
        bodies = [t.split(": ", 1)[1] if isinstance(tp, str) and t.startswith(f"{tp}: ")
                  else t for t, tp in zip(frame["text"], frame["topic"], strict=True)]
        kept = frame["status_rule"].isin(["tag", "column", "status line", "group"]).tolist()
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

