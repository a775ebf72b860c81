"""Table contracts: the columns, types and allowed values of every table the library returns.

The contracts are plain data (:data:`TABLES`), so the data dictionary is generated from them
and cannot drift; :func:`validate` checks a DataFrame against its contract (types, missing
values, allowed values, unique keys) and raises a ParseError naming what is wrong.

Examples
--------
>>> import pandas as pd
>>> [c.name for c in TABLES["grants"].columns][:3]
['grant', 'amount_gbp', 'financial_year']
>>> bad = pd.DataFrame({"area_id": [1, 1]})
>>> validate(bad, "areas")
Traceback (most recent call last):
...
wlga_analysis.errors.ParseError: table 'areas' breaks its contract: ...
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from wlga_analysis.errors import ParseError
from wlga_analysis.text.rows import FrozenRow

#: Statuses a programme item can have, in the order charts show them.
PROGRAMME_STATUSES: tuple[str, ...] = ("done", "in progress", "planned", "at risk")


class Column(FrozenRow):  # (a frozen row: no dataclass code generated at import)
    """One column of a table contract.

    Attributes
    ----------
    name : str
        Column name.
    dtype : str
        Contract type: ``"int"``, ``"Int"`` (nullable), ``"str"``, ``"bool"``, ``"list"`` (of
        str), ``"intlist"`` or ``"period"`` (a UK financial quarter).
    description : str
        What the column holds, as shown in the data dictionary.
    nullable : bool
        Whether missing values are allowed.
    allowed : tuple of str or None
        The only values allowed, if restricted.
    unique : bool
        Whether every value must be different.
    label : str or None
        Readable heading (Excel); None: made from the name (see :func:`column_label`).

    Examples
    --------
    >>> col = TABLES["areas"].columns[0]
    >>> col.name, col.dtype, col.nullable, col.unique
    ('area_id', 'int', False, True)
    >>> col.description
    "Area number as printed ('Area 3' -> 3)"
    >>> Column("kind", "str", "title or heading", allowed=("title", "heading")).allowed
    ('title', 'heading')
    """

    __slots__ = _fields = ("name", "dtype", "description", "nullable", "allowed", "unique",
                           "label")

    def __init__(self, name: str, dtype: str, description: str, nullable: bool = False,
                 allowed: tuple[str, ...] | None = None, unique: bool = False,
                 label: str | None = None) -> None:
        self._set(name=name, dtype=dtype, description=description, nullable=nullable,
                  allowed=allowed, unique=unique, label=label)

    @property
    def heading(self) -> str:
        """The readable heading: ``label``, else one made from the name."""
        return self.label or column_label(self.name)


class Table(FrozenRow):  # (a frozen row: no dataclass code generated at import)
    """A table contract: its columns, key, and where its rows come from.

    Attributes
    ----------
    name : str
        Table name (the CSV file and workbook sheet are named after it).
    description : str
        One sentence: what a row is.
    columns : tuple of Column
        The columns, in order.
    source : str
        ``"recommendations"``, ``"programme"``, ``"both"`` or ``"reference"``.
    key : tuple of str
        Columns that together identify a row (empty when there is no key).
    extra : str
        What other columns the table may have after its contract's (empty when none).

    Examples
    --------
    >>> grants = TABLES["grants"]
    >>> grants.description
    'One row per distinct grant named with an amount.'
    >>> grants.source, grants.key, len(grants.columns)
    ('programme', ('grant', 'amount_gbp', 'financial_year'), 7)
    >>> TABLES["recommendation_owners"].key
    ('rec_seq', 'owner')
    """

    __slots__ = _fields = ("name", "description", "columns", "source", "key", "extra")

    def __init__(self, name: str, description: str, columns: tuple[Column, ...], source: str,
                 key: tuple[str, ...] = (), extra: str = "") -> None:
        self._set(name=name, description=description, columns=columns, source=source,
                  key=key, extra=extra)


#: Words of column names written out in headings (the rest keep their spelling).
HEADING_WORDS: dict[str, str] = {
    "id": "no.", "no": "no.", "seq": "sequence", "gbp": "(£)", "rec": "recommendation",
    "sha256": "SHA-256 checksum",
}


def column_label(name: str) -> str:
    """A readable heading made from a column name: words split at ``_``, abbreviations
    written out (:data:`HEADING_WORDS`), the first letter capitalised.

    Parameters
    ----------
    name : str
        A column name.

    Returns
    -------
    str

    Examples
    --------
    >>> [column_label(n) for n in ("amount_gbp", "rec_id", "financial_year", "sha256")]
    ['Amount (£)', 'Recommendation no.', 'Financial year', 'SHA-256 checksum']
    """
    words = [HEADING_WORDS.get(word, word) for word in name.split("_") if word]
    text = " ".join(words) or name
    return text[:1].upper() + text[1:]


def _c(name, dtype, description, **kw) -> Column:
    return Column(name, dtype, description, **kw)


_SOURCE_LINE = _c("source_line", "int", "1-based line of the source document where the row starts")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("documents", "One row per source document: what it is and where it came from.", (
            _c("kind", "str", "recommendations or programme",
               allowed=("recommendations", "programme"), unique=True),
            _c("file", "str", "File name of the document"),
            _c("title", "str", "Title as printed", nullable=True),
            _c("date", "str", "Date of the document (ISO), missing when undated",
               nullable=True),
            _c("financial_year", "str", "Financial year the document belongs to, e.g. "
               "'2021-22'", nullable=True),
            _c("publisher", "str", "Publisher (from the provenance record of a shipped file)",
               nullable=True),
            _c("date_note", "str", "Note on the date (from the provenance record)",
               nullable=True),
            _c("sha256", "str", "Checksum of the bytes read (the original file's, for a Word "
               "file, PDF or web page)"),
            _c("form", "str", "Form the file was in: text, html, docx or pdf",
               allowed=("text", "html", "docx", "pdf")),
            _c("reader", "str", "The reader that read it, with its library version (e.g. "
               "'python-docx 1.2.0')"),
            _c("size_bytes", "Int", "Size of the original file in bytes"),
            _c("source_line", "Int", "Line of the title in the document", nullable=True),
        ), "both", key=("kind",)),
        Table("areas", "One row per area of the Working Group's table.", (
            _c("area_id", "int", "Area number as printed ('Area 3' -> 3)", unique=True),
            _c("area", "str", "Area title, e.g. 'Voluntary mergers'"),
            _c("theme", "str", "Theme heading the area sits under, without any printed "
               "label ('Theme 1: Finance' -> 'Finance')"),
            _c("remit", "str", "The area's full remit text (joined across page breaks)"),
            _SOURCE_LINE,
        ), "recommendations", key=("area_id",),
            extra="When the document numbers its themes ('Theme 1: Finance'), a text column "
                  "`theme_no` follows, holding the theme's printed number ('1'; missing for "
                  "an area under an unnumbered theme)."),
        Table("activities", "One row per item of the 'Activity underway or achieved' column.", (
            _c("activity_seq", "int", "Position in the document (1, 2, ...); a unique key",
               unique=True),
            _c("activity_no", "int", "Item number as printed (duplicates and gaps kept)"),
            _c("area_id", "int", "Area the item belongs to"),
            _c("text", "str", "Item text, joined across page breaks, owner marker removed"),
            _c("status", "str", "Status the item states, e.g. 'Ongoing'", nullable=True),
            _c("owners", "list", "Owner codes the item states, in printed order"),
            _SOURCE_LINE,
        ), "recommendations", key=("activity_seq",),
            extra="When an item's number is printed with a label ('A1.', '1a.', 'Activity 3:'), "
                  "a text column `activity_label` follows, holding each item's number as "
                  "printed ('A1', '1a'; '4' for a bare number); `activity_no` is the number "
                  "in it."),
        Table("recommendations", "One row per recommendation.", (
            _c("rec_seq", "int", "Position in the document (1, 2, ...); a unique key",
               unique=True),
            _c("rec_id", "int", "Recommendation number as printed"),
            _c("area_id", "int", "Area the recommendation belongs to"),
            _c("area", "str", "Area title"),
            _c("theme", "str", "Theme heading"),
            _c("text", "str", "Recommendation text with its bullets, owner marker removed"),
            _c("owners", "list", "Owner codes in printed order (empty when none is named)"),
            _SOURCE_LINE,
        ), "recommendations", key=("rec_seq",),
            extra="When a recommendation's number is printed with a label ('R1.', 'Rec 1.', "
                  "'Recommendation 1:', '1a.', '1(a)'), a text column `rec_label` follows, "
                  "holding each number as printed ('R1', '1a'; '4' for a bare number); `rec_id` "
                  "is the number in it ('1a' and '1b' are two recommendations with rec_id 1; "
                  "numbered by chapter, 'Recommendation 2.1', rec_id counts them in reading "
                  "order). "
                  "Any other column of the printed table (for example Status, Lead officer, "
                  "Timescale) follows as a text column named after its header in snake case "
                  "(`status`, `lead_officer`, `timescale`), holding what the row prints for "
                  "each recommendation; absent when the table has no such column."),
        Table("recommendation_owners", "Long form: one row per (recommendation, owner).", (
            _c("rec_seq", "int", "Key of the recommendation"),
            _c("rec_id", "int", "Recommendation number as printed"),
            _c("owner", "str", "Owner code as printed, e.g. 'WLGA'"),
            _c("owner_name", "str", "Full name of the owner; missing for an unknown code",
               nullable=True),
            _c("owner_position", "int", "1 for the owner printed first (the lead), 2, ..."),
            _c("joint", "bool", "True when the recommendation names more than one owner"),
            _SOURCE_LINE,
        ), "recommendations", key=("rec_seq", "owner")),
        Table("recommendations_notes", "Text of the recommendations document outside the "
              "table: title, headings and paragraphs.", (
            _c("kind", "str", "title, heading or paragraph",
               allowed=("title", "heading", "paragraph")),
            _c("text", "str", "The text"),
            _SOURCE_LINE,
        ), "recommendations"),
        Table("programme", "One row per progress bullet under 'Progress Update'.", (
            _c("item_id", "str", "'<paragraph>.<bullet>', e.g. '7.2'", unique=True),
            _c("paragraph", "Int", "Number of the paragraph (section) the bullet is under; "
               "missing in a paper that numbers no section (an action log)", nullable=True),
            _c("section", "str", "The numbered heading, e.g. 'Corporate Capability'"),
            _c("priority", "str", "Universal-offer priority the section delivers; missing "
               "for set-up and targeted sections", nullable=True),
            _c("topic", "str", "Bold lead of the bullet, e.g. 'Programme team'", nullable=True),
            _c("text", "str", "Bullet text with its sub-bullets folded in; a status tag "
               "closing it ('(Complete)', '[Amber]', '✔ Complete') or a closing RAG change "
               "('Amber → Blue ▲ improving') is left out (the printed "
               "line stays whole in the paragraphs table)"),
            _c("status", "str", "done, in progress, planned or at risk (see status rules); "
               "missing where a RAG cell is empty (its shading lost) and the row's update "
               "says no status", allowed=PROGRAMME_STATUSES, nullable=True),
            _c("status_rule", "str", "Which status rule fired: a wording rule's name, 'tag' "
               "(a status tag closing the item, in brackets or a symbol and word), 'rag' (a "
               "closing previous → current RAG rating, 'Amber → Blue ▲ improving': the "
               "current colour through the paper's key), 'column' "
               "(a Status or RAG column), "
               "'status line' ('Status: Amber' under the item), 'group' (a group sub-heading "
               "such as 'Completed' above it) or 'override'"),
            _c("quarter", "period", "UK financial quarter (pandas Period, freq Q-MAR)",
               nullable=True),
            _c("quarter_label", "str", "The quarter as '2021-22 Q2'", nullable=True),
            _c("when", "str", "Timing phrase the quarter came from", nullable=True),
            _c("partners", "list", "Organisations the item names as delivering or partnering"),
            _SOURCE_LINE,
        ), "programme", key=("item_id",)),
        Table("priorities", "The priorities of the offer, in order.", (
            _c("priority_no", "int", "Position in the printed list", unique=True),
            _c("priority", "str", "Priority as printed, e.g. 'Corporate Capability'"),
            _c("offer", "str", "The offer it belongs to, e.g. 'universal offer'"),
            _c("paragraph", "int", "Paragraph that lists the priorities"),
            _SOURCE_LINE,
        ), "programme", key=("priority_no",)),
        Table("grants", "One row per distinct grant named with an amount.", (
            _c("grant", "str", "Name of the grant, e.g. 'improvement grant'"),
            _c("amount_gbp", "int", "Amount in pounds"),
            _c("financial_year", "str", "Financial year, e.g. '2021-22'"),
            _c("financial_year_stated", "bool", "False when the year is the document's own, "
               "not printed beside the amount"),
            _c("purpose", "str", "What the grant is for, as stated (missing when the "
               "document does not say)", nullable=True),
            _c("paragraphs", "intlist", "Paragraphs that mention the amount"),
            _SOURCE_LINE,
        ), "programme", key=("grant", "amount_gbp", "financial_year")),
        Table("paragraphs", "Every line of running text of the programme update: numbered "
              "paragraphs, their bullets and loose lines, joined across page breaks.", (
            _c("paragraph", "Int", "Paragraph number (missing for text before paragraph 1)",
               nullable=True),
            _c("heading", "str", "Un-numbered heading the text is under", nullable=True),
            _c("kind", "str", "paragraph, bullet, sub-bullet, text, table header or table row "
               "(a table's cells joined by ' | '), or measure (a line of a table of measures, "
               "no item)",
               allowed=("paragraph", "bullet", "sub-bullet", "text", "table header",
                        "table row", "measure")),
            _c("text", "str", "The text, markup removed"),
            _SOURCE_LINE,
        ), "programme"),
    )
}


def _series_tables() -> tuple[Table, ...]:
    """The tables of a series of programme updates (see :mod:`wlga_analysis.series`)."""
    update = (
        _c("update", "str", "File name of the update the row comes from"),
        _c("update_date", "str", "Date of the update (ISO), missing when undated",
           nullable=True),
        _c("report_quarter", "period", "Financial quarter the update reports in",
           nullable=True),
    )
    example = _c("example_data", "bool", "True when the update is invented example data "
                 "(read from data/examples/): not to be quoted")
    programme = tuple(c.replaced(unique=False) for c in TABLES["programme"].columns)
    grants = TABLES["grants"].columns
    change_side = (
        ("item_id", "str", "Item id ('<paragraph>.<bullet>') in the {} update"),
        ("status", "str", "Status in the {} update"),
        ("status_rule", "str", "Status rule that fired in the {} update"),
        ("quarter", "period", "Due quarter (when the outstanding work is due) in the {} update"),
        ("when", "str", "Timing phrase of the due quarter in the {} update"),
        ("text", "str", "Item text in the {} update"),
    )
    sides = tuple(_c(f"{name}_{side}", dtype, text.format("earlier" if side == "before"
                                                             else "later"), nullable=True)
                  for side in ("before", "after") for name, dtype, text in change_side)
    return (
        Table("programme_series", "One row per (update, progress item) of a series of "
              "programme updates, sorted by update date.", (
                  *update,
                  _c("item_key", "str", "Stable key of the piece of work across updates "
                     "('<date of first update>#<item_id there>', or an analyst's key)"),
                  _c("match", "str", "How the item was matched to earlier updates",
                     allowed=("override", "crosswalk", "topic", "text", "new",
                              "carried")),
                  *programme,
                  _c("due_quarter", "period", "Quarter the outstanding work is due: the "
                     "timing phrase about what is still to happen", nullable=True),
                  _c("due_quarter_label", "str", "The due quarter as '2021-22 Q4'",
                     nullable=True),
                  _c("due_when", "str", "Timing phrase the due quarter came from",
                     nullable=True),
                  _c("other_timings", "list", "The item's other timing phrases, in order"),
                  example,
              ), "programme", key=("update", "item_id")),
        Table("programme_changes", "One row per piece of work (item_key) and consecutive "
              "pair of updates in which it appears at least once.", (
                  _c("item_key", "str", "Key of the piece of work"),
                  _c("from_update", "str", "File name of the earlier update"),
                  _c("to_update", "str", "File name of the later update"),
                  _c("from_date", "str", "Date of the earlier update (ISO)", nullable=True),
                  _c("to_date", "str", "Date of the later update (ISO)", nullable=True),
                  _c("change", "str", "What happened between the two updates",
                     allowed=("new", "dropped", "changed", "unchanged")),
                  _c("section", "str", "Section of the item (the later one when both)"),
                  _c("topic", "str", "Bold lead of the item (the later one when both)",
                     nullable=True),
                  *sides,
                  _c("slipped", "bool", "The due quarter moved later"),
                  _c("brought_forward", "bool", "The due quarter moved earlier"),
                  _c("check", "bool", "The status went backwards (e.g. done -> planned): "
                     "more often a wording artefact than news; compare the wordings and "
                     "rules"),
                  _c("check_note", "str", "Why the row is flagged, naming both statuses and "
                     "rules", nullable=True),
                  _c("source_line", "int", "Line of the item in the later update (in the "
                     "earlier one for a dropped item)"),
                  example,
              ), "programme", key=("item_key", "from_update", "to_update")),
        Table("grants_series", "One row per (update, grant) of a series of programme "
              "updates: new grants, changed amounts and new grant years show up.", (
                  *update, *grants, example,
              ), "programme", key=("update", "grant", "amount_gbp", "financial_year")),
    )


TABLES.update({t.name: t for t in _series_tables()})


#: The pandas dtype of each contract type.
PANDAS_DTYPES: dict[str, str] = {"int": "int64", "Int": "Int64", "str": "str", "bool": "bool",
                                 "period": "period[Q-MAR]", "list": "object",
                                 "intlist": "object"}


def typed_frame(columns: Mapping[str, Sequence[Any]], table: str) -> pd.DataFrame:
    """A frame of ``table`` from one list of values per column, each of its contract type.

    Columns come in the contract's order; ``None`` is a missing value (``NaT`` for a
    quarter). Building each column with its dtype is several times faster than building a
    frame and converting it with ``astype``.

    Raises
    ------
    ValueError
        If ``columns`` does not name exactly the contract's columns.

    Examples
    --------
    >>> notes = typed_frame({"kind": ["title"], "text": ["Working Group"],
    ...                      "source_line": [3]}, "recommendations_notes")
    >>> notes.dtypes.astype(str).tolist()
    ['str', 'str', 'int64']
    """
    spec = TABLES[table]
    names = [c.name for c in spec.columns]
    if set(columns) != set(names):
        raise ValueError(f"table {table!r} has columns {', '.join(names)}; given "
                         f"{', '.join(columns)}")
    data: dict[str, Any] = {}
    for col in spec.columns:
        values = columns[col.name]
        if col.dtype in ("list", "intlist"):
            array = np.empty(len(values), dtype=object)
            for i, value in enumerate(values):  # item by item: lists stay lists
                array[i] = value
            data[col.name] = array
            continue
        if col.dtype == "period":
            values = [pd.NaT if v is None else v for v in values]
        data[col.name] = pd.array(values, dtype=PANDAS_DTYPES[col.dtype])
    # arrays of equal length share a RangeIndex: no alignment, no copies
    return pd.DataFrame(data, copy=False)


def _dtype_problem(dtype: Any, values: list[Any], kind: str) -> str | None:
    """Describe how a column (its dtype and values) fails to be of contract type ``kind``."""
    if kind == "int":
        return None if str(dtype) == "int64" else f"expected int64, found {dtype}"
    if kind == "Int":
        return None if str(dtype) in ("Int64", "int64") else f"expected Int64, found {dtype}"
    if kind == "bool":
        return None if str(dtype) == "bool" else f"expected bool, found {dtype}"
    if kind == "str":
        return None if isinstance(dtype, pd.StringDtype) else f"expected str, found {dtype}"
    if kind == "period":
        return None if str(dtype) == "period[Q-MAR]" else \
            f"expected period[Q-MAR], found {dtype}"
    if kind in ("list", "intlist"):
        item = str if kind == "list" else int
        if set(map(type, values)) <= {list} and \
                set(map(type, itertools.chain.from_iterable(values))) <= {item}:
            return None  # every value a plain list of plain items (checked at C speed)
        for value in values:
            if not (isinstance(value, list) and all(
                    isinstance(x, item) and not isinstance(x, bool) for x in value)):
                return f"expected lists of {item.__name__}, found {value!r}"
        return None
    raise ValueError(f"unknown contract type {kind!r}")


def _is_missing(value: Any) -> bool:
    """None, NaN, ``pd.NA`` or ``pd.NaT`` (a list is never missing)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and value != value


def _first_repeat(values: Iterable[Any]) -> tuple[bool, Any]:
    """``(True, value)`` for the first value seen twice, else ``(False, None)``."""
    values = list(values)
    if len(set(values)) == len(values):  # (no repeat: found at C speed)
        return False, None
    seen: set[Any] = set()
    for value in values:
        if value in seen:
            return True, value
        seen.add(value)
    return False, None


def contract_problems(frame: pd.DataFrame, table: str) -> list[str]:
    """Every way ``frame`` breaks the contract of ``table`` (empty when it keeps it).

    A column of its contract's pandas type is checked through pandas' vectorised paths
    (:func:`_typed_column_problems`), any other column value by value as Python objects
    (:func:`_column_problems`); both give the same problems, word for word.

    Examples
    --------
    >>> contract_problems(pd.DataFrame({"area_id": [1, 1]}), "areas")[:2]
    ['area_id: must be unique, 1 is repeated', 'missing column area']
    >>> notes = pd.DataFrame({"kind": ["note", None], "text": ["a", "b"], "source_line": [1, 2]})
    >>> for problem in contract_problems(notes, "recommendations_notes"):
    ...     print(problem)
    kind: 1 missing value(s), e.g. row 1
    kind: 'note' is not one of title, heading, paragraph
    """
    spec = TABLES[table]
    if not frame.columns.is_unique:
        repeated = frame.columns[frame.columns.duplicated()].tolist()
        return [f"column names must be unique, {repeated[0]!r} is repeated"]
    problems = []
    dtypes = frame.dtypes
    values: dict[str, list[Any]] = {}
    for col in spec.columns:
        if col.name not in frame.columns:
            problems.append(f"missing column {col.name}")
            continue
        series = frame[col.name]
        if _typed_fast_path(col, dtypes[col.name]):
            well_typed, column_problems = True, _typed_column_problems(col, series)
        else:
            well_typed, column_problems = _column_problems(col, dtypes[col.name],
                                                           series.tolist())
        if well_typed and col.name in spec.key:
            values[col.name] = series.tolist()  # its values can be compared as keys
        problems += column_problems
    if len(spec.key) > 1 and all(k in values for k in spec.key):
        repeated, first = _first_repeat(zip(*(values[k] for k in spec.key), strict=True))
        if repeated:
            problems.append(f"key ({', '.join(spec.key)}) must be unique, {first!r} is "
                            "repeated")
    return problems


def _column_problems(col: Column, dtype: Any, column: list[Any]) -> tuple[bool, list[str]]:
    """Whether a column's values have its contract's type, and every way they break it.

    ``col`` is the column's contract (a :class:`Column`), ``dtype`` the frame's dtype of it
    and ``column`` its values as Python objects; the problems are in the order
    :func:`contract_problems` lists them (type, missing values, allowed values, uniqueness).

    Examples
    --------
    >>> kind = TABLES["recommendations_notes"].columns[0]
    >>> well_typed, problems = _column_problems(kind, pd.Series(["note", None]).dtype,
    ...                                         ["note", None])
    >>> well_typed, problems
    (True, ['kind: 1 missing value(s), e.g. row 1',
            "kind: 'note' is not one of title, heading, paragraph"])
    """
    problems = []
    kind_problem = _dtype_problem(dtype, column, col.dtype)
    if kind_problem:
        problems.append(f"{col.name}: {kind_problem}")
    na, nat = pd.NA, pd.NaT  # _is_missing, inlined: this runs for every value of a table
    missing = [False] * len(column) if col.dtype in ("list", "intlist") else \
        [v is None or v is na or v is nat or (isinstance(v, float) and v != v) for v in column]
    if not col.nullable and any(missing):
        problems.append(f"{col.name}: {sum(missing)} missing value(s), e.g. row "
                        f"{missing.index(True)}")
    if col.allowed is not None:
        allowed = set(col.allowed)
        bad = [v for v, m in zip(column, missing, strict=True) if not m
               and not (isinstance(v, str) and v in allowed)]
        if bad:
            problems.append(f"{col.name}: {bad[0]!r} is not one of "
                            f"{', '.join(col.allowed)}")
    if col.unique and not kind_problem:
        repeated, value = _first_repeat(column)
        if repeated:
            problems.append(f"{col.name}: must be unique, {value!r} is repeated")
    return not kind_problem, problems


#: The pandas dtype (as printed) a column of each contract type has when it is well typed;
#: such a column is checked through pandas (see :func:`_typed_column_problems`).
_TYPED_DTYPES: dict[str, str] = {"int": "int64", "Int": "Int64", "bool": "bool",
                                 "period": "period[Q-MAR]"}


def _typed_fast_path(col: Column, dtype: Any) -> bool:
    """Whether ``dtype`` is the pandas type of contract type ``col.dtype`` (no type
    problem, and missing values are exactly what :meth:`pandas.Series.isna` finds)."""
    if col.dtype == "str":
        return isinstance(dtype, pd.StringDtype)
    return _TYPED_DTYPES.get(col.dtype) == str(dtype)


def _typed_column_problems(col: Column, series: pd.Series) -> list[str]:
    """The problems of a column of its contract's pandas type (:func:`_typed_fast_path`),
    found through pandas: the same messages, in the same order, as :func:`_column_problems`
    gives for its values as Python objects.

    Examples
    --------
    >>> kind = TABLES["recommendations_notes"].columns[0]
    >>> _typed_column_problems(kind, pd.Series(["note", None, "title", "title"], dtype="str"))
    ['kind: 1 missing value(s), e.g. row 1', "kind: 'note' is not one of title, heading, \
paragraph"]
    >>> area_id = TABLES["areas"].columns[0]
    >>> _typed_column_problems(area_id, pd.Series([3, 1, 3, 1]))
    ['area_id: must be unique, 3 is repeated']
    """
    problems = []
    missing = series.isna().to_numpy()
    any_missing = bool(missing.any())
    if not col.nullable and any_missing:
        problems.append(f"{col.name}: {int(missing.sum())} missing value(s), e.g. row "
                        f"{int(missing.argmax())}")
    if col.allowed is not None:
        bad = ~series.isin(list(col.allowed)).to_numpy() & ~missing
        if bad.any():
            problems.append(f"{col.name}: {_value_at(series, int(bad.argmax()))!r} is not one of "
                            f"{', '.join(col.allowed)}")
    if col.unique:
        if any_missing:  # a missing value equals itself or not: as Python sees it
            repeated, value = _first_repeat(series.tolist())
        else:
            again = series.duplicated().to_numpy()
            repeated = bool(again.any())
            value = _value_at(series, int(again.argmax())) if repeated else None
        if repeated:
            problems.append(f"{col.name}: must be unique, {value!r} is repeated")
    return problems


def _value_at(series: pd.Series, row: int) -> Any:
    """The value at position ``row`` as :meth:`pandas.Series.tolist` gives it (a Python
    ``int``, not a NumPy one: its ``repr`` is the one a message shows)."""
    return series.iloc[row:row + 1].tolist()[0]


def validate(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Check ``frame`` against the contract of ``table`` and return it unchanged.

    Checks each column's presence, type (``int64``, ``Int64``, ``str``, ``bool``, lists,
    ``period[Q-MAR]``), missing values, allowed values and uniqueness, and the table key.
    (These checks are done directly rather than with pandera: pandera cost about 0.9 s of
    imports in every process that loads a table, more than parsing a document.)

    Raises
    ------
    ParseError
        Naming the table and what is wrong, if the frame breaks its contract.

    Examples
    --------
    The shipped grants keep their contract, so they come back unchanged:

    >>> from wlga_analysis.programme import load_grants
    >>> grants = load_grants()
    >>> validate(grants, "grants") is grants
    True

    A value outside a column's allowed values is refused:

    >>> notes = pd.DataFrame({"kind": ["note"], "text": ["Introduction"], "source_line": [3]})
    >>> validate(notes, "recommendations_notes")
    Traceback (most recent call last):
    ...
    wlga_analysis.errors.ParseError: table 'recommendations_notes' breaks its contract: kind:
    'note' is not one of title, heading, paragraph
    """
    problems = contract_problems(frame, table)
    if problems:
        raise ParseError(f"table {table!r} breaks its contract: " + "; ".join(problems[:6]))
    return frame

def data_dictionary_markdown() -> str:
    """Render every table contract as a Markdown data dictionary (``docs/data-dictionary.md``).

    Examples
    --------
    >>> print(data_dictionary_markdown().splitlines()[0])
    # Data dictionary
    """
    lines = [
        "# Data dictionary",
        "",
        "Generated from `wlga_analysis/contracts.py` by "
        "`python -m wlga_analysis dictionary`; a test fails if this file is stale.",
        "Types: `int` whole number; `Int` whole number or missing; `str` text; `bool` "
        "True/False; `list` list of text (joined with `/` in CSV and Excel); `intlist` list "
        "of numbers; `period` pandas `Period[Q-MAR]` (UK financial quarter; written as "
        "`2021-22 Q2`).",
        "",
        "CSV files: a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage "
        "return is written with a leading `'` (OWASP CSV-injection guidance), so that a "
        "spreadsheet shows it as text instead of running it as a formula; number columns are "
        "not changed, and the Excel workbook keeps such text as it is (stored as text). "
        "Characters XML does not allow are written as U+FFFD; file names in `documents.file` "
        "and `data_quality.document` have control characters escaped (`\\n`).",
        "",
    ]
    for table in TABLES.values():
        key = ", ".join(f"`{k}`" for k in table.key) or "none (document order)"
        lines += [f"## `{table.name}`", "", table.description, "",
                  f"Source document: {table.source}. Key: {key}.", "",
                  *([table.extra, ""] if table.extra else []),
                  "| column | type | missing allowed | meaning |",
                  "| --- | --- | --- | --- |"]
        for col in table.columns:
            meaning = col.description
            if col.allowed:
                meaning += " (one of: " + ", ".join(col.allowed) + ")"
            lines.append(f"| `{col.name}` | {col.dtype} | {'yes' if col.nullable else 'no'} "
                         f"| {meaning} |")
        lines.append("")
    lines += _rules_markdown()
    return "\n".join(lines)


def _rules_markdown() -> list[str]:
    """The status rules, the timing phrases and the caveats of each source, as Markdown."""
    import datetime as dt

    from wlga_analysis.documents import load_provenance
    from wlga_analysis.quarters import TIMING_PATTERNS, quarter_label, resolve_timing
    from wlga_analysis.status import load_status_rules

    lines = ["## Status rules (`programme.status`)", "",
             "From `data/raw/status_rules.csv`, tried in order; the first whose pattern "
             "(a case-insensitive regular expression) matches the item's text sets the "
             "status, and its name is the item's `status_rule`. A rule named `default...` "
             "is the catch-all, and every item it classifies is reported as a data-quality "
             "finding. Override any item with `load_programme(status_overrides={...})`.", "",
             "| order | status | rule | pattern |", "| --- | --- | --- | --- |"]
    for rule in load_status_rules():
        pattern = rule.pattern.replace("|", "\\|")
        lines.append(f"| {rule.order} | {rule.status} | {rule.rule} | `{pattern}` |")
    lines += ["", "Before the wording rules, a status the layout states wins: a tag in round "
              "or square brackets at the item's end ('(Complete)', '[Amber]') or a status "
              "symbol and word closing it ('✔ Complete', '● On track'), rule `tag`: the tag is "
              "left out of the item's `text` (the printed line stays whole in the paragraphs "
              "table), a "
              "Status or RAG column (`column`), a line 'Status: ...' or 'RAG status: ...' "
              "under the item (`status line`), or a group sub-heading ('Completed', 'In "
              "progress', 'Planned') above its bullets (`group`; the item's own tag wins). "
              "The words are in `data/raw/status_tags.csv`; RAG ratings are read as Green "
              "= in progress (on track), Amber = at risk, Red = at risk (off track or "
              "delayed), Amber/Green = in progress; the letters G, A, R only alone in a RAG "
              "or Status column. A status symbol in a Progress or Status column or opening "
              "the item ('✔ The guide was published.') is read through the document's own "
              "key ('Key: ✔ complete; ◐ behind plan; ○ not started'), else by the default "
              "list `data/raw/status_symbols.csv` (rule `symbol`; a tick in a Status column "
              "that no key explains stays `column`)."]
    example_date = dt.date(2021, 10, 22)
    lines += ["", "## Timing phrases (`programme.quarter`, `programme.when`)", "",
              "The first timing phrase in an item's text gives its quarter, resolved in the "
              "document's own financial year and relative to its date. A bare year "
              "('from 2022') is not a timing. Examples as read in a document dated "
              f"{example_date:%d %B %Y}:", "",
              "| kind of phrase | example | quarter |", "| --- | --- | --- |"]
    for pattern in TIMING_PATTERNS:
        quarter, _ = resolve_timing(pattern.example, example_date)
        lines.append(f"| {pattern.name} | {pattern.example} | {quarter_label(quarter)} |")
    lines += ["", "For tracking across a series of updates (`programme_series.due_quarter`), "
              "the phrase that counts is the one about what is still to happen: the first "
              "in the future tense ('will', 'scheduled for', 'expected in', 'slipped to', a "
              "deadline 'by ...'), else the first whose tense the text does not give; the "
              "item's other phrases are kept in `other_timings`, and an item whose phrases "
              "are all about the past has no due quarter."]
    lines += ["", "## Caveats of each source", ""]
    for record in load_provenance():
        lines.append(f"- **{record['title']}** (`{record['file']}`): "
                     + " ".join(record.get("caveats", [])))
    lines.append("")
    return lines
