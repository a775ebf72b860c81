"""Table contracts: the columns, types and allowed values of every table the library returns.

The contracts are plain data (:data:`TABLES`), so the README's data dictionary is generated
from them and cannot drift; :func:`validate` turns a contract into a pandera schema (pandera
is imported only when a table is validated) and checks a DataFrame against it.

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

from dataclasses import dataclass, field

import pandas as pd

from wlga_analysis.errors import ParseError

#: Statuses a programme item can have, in the order charts show them.
PROGRAMME_STATUSES: tuple[str, ...] = ("done", "in progress", "planned", "at risk")


@dataclass(frozen=True)
class Column:
    """One column of a table contract."""

    name: str
    dtype: str  # "int", "Int", "str", "bool", "list" (of str), "intlist", "period"
    description: str
    nullable: bool = False
    allowed: tuple[str, ...] | None = None
    unique: bool = False


@dataclass(frozen=True)
class Table:
    """A table contract: its columns, key, and where its rows come from."""

    name: str
    description: str
    columns: tuple[Column, ...]
    source: str  # "recommendations", "programme", "both" or "reference"
    key: tuple[str, ...] = field(default=())


def _c(name, dtype, description, **kw) -> Column:
    return Column(name, dtype, description, **kw)


_SOURCE_LINE = _c("source_line", "int", "1-based line of the source document where the row starts")

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("areas", "One row per area of the Working Group's table.", (
            _c("area_id", "int", "Area number as printed ('Area 3' -> 3)", unique=True),
            _c("area", "str", "Area title, e.g. 'Voluntary mergers'"),
            _c("theme", "str", "Theme heading the area sits under"),
            _c("remit", "str", "The area's full remit text (joined across page breaks)"),
            _SOURCE_LINE,
        ), "recommendations", key=("area_id",)),
        Table("activities", "One row per item of the 'Activity underway or achieved' column.", (
            _c("activity_seq", "int", "Position in the document (1, 2, ...); a unique key",
               unique=True),
            _c("activity_no", "int", "Item number as printed (duplicates and gaps kept)"),
            _c("area_id", "int", "Area the item belongs to"),
            _c("text", "str", "Item text, joined across page breaks, owner marker removed"),
            _c("status", "str", "Status the item states, e.g. 'Ongoing'", nullable=True),
            _c("owners", "list", "Owner codes the item states, in printed order"),
            _SOURCE_LINE,
        ), "recommendations", key=("activity_seq",)),
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
        ), "recommendations", key=("rec_seq",)),
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
            _c("paragraph", "int", "Number of the paragraph (section) the bullet is under"),
            _c("section", "str", "The numbered heading, e.g. 'Corporate Capability'"),
            _c("priority", "str", "Universal-offer priority the section delivers; missing "
               "for set-up and targeted sections", nullable=True),
            _c("topic", "str", "Bold lead of the bullet, e.g. 'Programme team'", nullable=True),
            _c("text", "str", "Bullet text with its sub-bullets folded in"),
            _c("status", "str", "done, in progress, planned or at risk (see status rules)",
               allowed=PROGRAMME_STATUSES),
            _c("status_rule", "str", "Which status rule fired (or 'override')"),
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
            _c("amount_gbp", "int", "Amount in pounds", unique=True),
            _c("financial_year", "str", "Financial year, e.g. '2021-22'"),
            _c("financial_year_stated", "bool", "False when the year is the document's own, "
               "not printed beside the amount"),
            _c("purpose", "str", "What the grant is for, as stated"),
            _c("paragraphs", "intlist", "Paragraphs that mention the amount"),
            _SOURCE_LINE,
        ), "programme", key=("amount_gbp",)),
        Table("paragraphs", "Every line of running text of the programme update: numbered "
              "paragraphs, their bullets and loose lines, joined across page breaks.", (
            _c("paragraph", "Int", "Paragraph number (missing for text before paragraph 1)",
               nullable=True),
            _c("heading", "str", "Un-numbered heading the text is under", nullable=True),
            _c("kind", "str", "paragraph, bullet, sub-bullet or text",
               allowed=("paragraph", "bullet", "sub-bullet", "text")),
            _c("text", "str", "The text, markup removed"),
            _SOURCE_LINE,
        ), "programme"),
    )
}


def _pandera_schema(table: Table):
    import pandera.pandas as pa

    def check_list(series: pd.Series) -> pd.Series:
        return series.map(lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v))

    def check_int_list(series: pd.Series) -> pd.Series:
        return series.map(lambda v: isinstance(v, list) and all(isinstance(x, int) for x in v))

    def check_period(series: pd.Series) -> pd.Series:
        return pd.Series(str(series.dtype) == "period[Q-MAR]", index=series.index)

    columns = {}
    for col in table.columns:
        checks = []
        dtype = None
        if col.dtype == "int":
            dtype = "int64"
        elif col.dtype == "Int":
            dtype = "Int64"
        elif col.dtype == "bool":
            dtype = "bool"
        elif col.dtype == "str":
            dtype = pd.StringDtype(na_value=float("nan"))
        elif col.dtype == "list":
            checks.append(pa.Check(check_list, element_wise=False, name="list of str"))
        elif col.dtype == "intlist":
            checks.append(pa.Check(check_int_list, element_wise=False, name="list of int"))
        elif col.dtype == "period":
            checks.append(pa.Check(check_period, element_wise=False, name="Period[Q-MAR]",
                                   ignore_na=False))
        if col.allowed is not None:
            checks.append(pa.Check.isin(list(col.allowed)))
        columns[col.name] = pa.Column(dtype, checks=checks, nullable=col.nullable,
                                      unique=col.unique, required=True)
    unique = list(table.key) if len(table.key) > 1 else None
    return pa.DataFrameSchema(columns, strict=False, ordered=False, unique=unique,
                              coerce=False, name=table.name)


_SCHEMAS: dict[str, object] = {}


def validate(frame: pd.DataFrame, table: str) -> pd.DataFrame:
    """Check ``frame`` against the contract of ``table`` and return it.

    Raises
    ------
    ParseError
        Naming the table and every failed check, if the frame breaks its contract.
    """
    spec = TABLES[table]
    if table not in _SCHEMAS:
        _SCHEMAS[table] = _pandera_schema(spec)
    import pandera.errors

    try:
        return _SCHEMAS[table].validate(frame, lazy=True)
    except (pandera.errors.SchemaErrors, pandera.errors.SchemaError) as exc:
        cases = getattr(exc, "failure_cases", None)
        if cases is not None and len(cases):
            summary = "; ".join(
                f"{r.column}: {r.check} (e.g. {r.failure_case!r})"
                for r in cases.drop_duplicates(["column", "check"]).head(6).itertuples())
        else:
            summary = str(exc).splitlines()[0]
        raise ParseError(f"table {table!r} breaks its contract: {summary}") from None


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
    ]
    for table in TABLES.values():
        key = ", ".join(f"`{k}`" for k in table.key) or "none (document order)"
        lines += [f"## `{table.name}`", "", table.description, "",
                  f"Source document: {table.source}. Key: {key}.", "",
                  "| column | type | missing allowed | meaning |",
                  "| --- | --- | --- | --- |"]
        for col in table.columns:
            meaning = col.description
            if col.allowed:
                meaning += " (one of: " + ", ".join(col.allowed) + ")"
            lines.append(f"| `{col.name}` | {col.dtype} | {'yes' if col.nullable else 'no'} "
                         f"| {meaning} |")
        lines.append("")
    return "\n".join(lines)
