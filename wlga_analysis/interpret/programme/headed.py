"""Programme interpreter: items printed as numbered headings, each over its paragraph and a
line of labelled fields (a highlight report).

A programme board's highlight report prints each item of a workstream as a numbered
sub-heading naming its topic ("3.1 Be a Councillor campaign"), a paragraph saying what was
done, and a line of labelled fields ("Status: Green  Due: May 2027", "RAG: Amber | Target
date: March 2026"). A careful reader takes the paragraph as the item's text, the heading
as its topic and each field as the column of a table row whose header is its label, so
:func:`fold_heading_items` gives the interpreter one table row per item: its cells the
paragraph (under a header of role ``text``) and the fields by their labels, the roles of
which come from ``data/raw/programme_columns.csv`` (``status`` -> status, ``due`` ->
timing), as any progress table's columns do. The heading, the paragraph and the fields
line stay rows of the paragraphs table.

A heading is folded when it is a numbered sub-paragraph ("3.1") of a few words with no
closing punctuation followed by running text, and a line of fields stands under it (or
under another such heading of the paper: the layout is the paper's, a missing fields line
an item without fields). A fields line is one whose every label ("Status:", "Due:") is
the header of a known status, timing or partners column; a line with any other label is
running text.

The same rule table drops the rows of a risk register ("Risk | Rating | Mitigation": a
table with a column of role ``risk`` and none of role ``text``): its rows are no items and
are reported as table rows kept in the paragraphs table only.

Examples
--------
>>> fields_line("Status: Amber | Due: March 2026")
{'Status': 'Amber', 'Due': 'March 2026'}
>>> fields_line("Status of the review: Members noted it.") is None
True
"""

from __future__ import annotations

import dataclasses
from typing import Any

from wlga_analysis.interpret.programme.common import folded_words
from wlga_analysis.interpret.programme.funding_blocks import is_funding_table
from wlga_analysis.interpret.programme.header_memo import by_headers
from wlga_analysis.interpret.programme.layouts import header_role
from wlga_analysis.reference import programme_columns
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["fields_line", "fold_heading_items"]

#: A colon that ends a field's label ("Due:", "Status :").
_COLON = LazyPattern(r"[ ]?:(?=\s|$)")
#: The roles a fields line's labels may have.
_FIELD_ROLES = frozenset({"status", "timing", "partners"})
#: The most words a heading item's heading has.
_HEADING_WORDS = 14
#: A sub-paragraph's number ("3.1", "2.4.1"; a trailing full stop allowed).
_SUB_NUMBER = LazyPattern(r"\d{1,2}(?:\.\d{1,2}){1,3}\.?")


def fields_line(text: str) -> dict[str, str] | None:
    """The labelled fields of a line that only prints fields ("Status: Green  Due: May
    2027"), by label; None when the line is not one (a label of no known status, timing
    or partners column, or text before the first label).

    Parameters
    ----------
    text : str
        A row's cleaned text (bold markers removed; a TAB or "|" may part the fields).

    Returns
    -------
    dict or None
        ``{label: value}`` in printed order.

    Examples
    --------
    >>> fields_line("Status: Green\\tDue: May 2027")
    {'Status': 'Green', 'Due': 'May 2027'}
    >>> fields_line("RAG : Red  Lead: Data Cymru")
    {'RAG': 'Red', 'Lead': 'Data Cymru'}
    >>> fields_line("Note: the board met.") is None
    True
    """
    text = text.replace("**", "").strip()
    if ":" not in text or len(text) > 160:
        return None
    parts = _COLON.split(text)  # label, "value label", ..., value
    known = programme_columns()
    if len(parts) < 2 or not _is_field(parts[0], known, whole=False):
        return None
    out: dict[str, str] = {}
    label = parts[0].strip()
    for k, part in enumerate(parts[1:], 1):
        words = part.replace("|", " ").split()
        cut = len(words) if k == len(parts) - 1 else _label_start(words, known)
        if cut is None or not 0 < cut <= len(words):
            return None
        value = " ".join(words[:cut])
        if len(value) > 60:
            return None
        out[label] = value
        label = " ".join(words[cut:])
    return out


def _is_field(label: str, known: dict[str, str], whole: bool) -> bool:
    """Whether ``label`` names a status, timing or partners column (``whole``: by its whole
    name only, "Target date", not "Green Due")."""
    label = label.strip()
    if not label[:1].isupper() or len(label.split()) > 4:
        return False
    folded = folded_words(label)
    role = known.get(folded)
    if role is None and not whole and len(folded.split()) <= 2:  # ("Lead organisation")
        role = header_role(folded, known)
    return role in _FIELD_ROLES


def _label_start(words: list[str], known: dict[str, str]) -> int | None:
    """Where the next label starts among the words between two colons ("Green Due" ->
    1): the longest run of the last words that is a known header."""
    for n in range(min(4, len(words) - 1), 0, -1):
        if _is_field(" ".join(words[-n:]), known, whole=True):
            return len(words) - n
    return None


def _is_heading_row(row: Any) -> bool:
    """A numbered sub-paragraph printed as a heading: "3.1 Be a Councillor campaign"."""
    number, text = row.number, row.text
    return (row.kind == "bullet" and row.cells is None and isinstance(number, str)
            and "." in number and _SUB_NUMBER.fullmatch(number) is not None
            and bool(text) and text[-1] not in ".!?;:,"
            and len(text.split()) <= _HEADING_WORDS)


def _text_header() -> str | None:
    """A header of role ``text`` (the cell the paragraph is put in)."""
    return next((h for h, role in programme_columns().items() if role == "text"), None)


def _item_row(head: Any, body: list[Any], fields: dict[str, str], header: str) -> Any:
    """The table row of one heading item: the paragraph and the fields as its cells."""
    raw = " ".join(r.raw.strip() for r in body)
    cells = {header.capitalize(): " ".join(r.text for r in body), **fields}
    lines = [*head.lines, *(n for r in body for n in r.lines)]
    return dataclasses.replace(head, raw=raw, cells=cells, topic=head.text, lines=lines,
                               _cache=None)


def _risk_tables(rows: list[Any]) -> set[int]:
    """Indexes of the rows (header and rows) of risk registers and funding tables among
    ``rows``."""
    out: set[int] = set()
    for i, row in enumerate(rows):
        if row.kind != "table header" or i + 1 >= len(rows) or rows[i + 1].cells is None:
            continue
        if not _names_risks(tuple(rows[i + 1].cells)) \
                and not is_funding_table(tuple(rows[i + 1].cells)):  # (.funding_blocks)
            continue
        out.add(i)
        k = i + 1
        while k < len(rows) and rows[k].kind == "table row":
            out.add(k)
            k += 1
    return out


@by_headers
def _names_risks(headers: tuple[str, ...]) -> bool:
    """Whether a table's headers are a risk register's: a risk column, no text column."""
    known = programme_columns()
    roles = {header_role(folded_words(h), known) for h in headers if h}
    return "risk" in roles and "text" not in roles


def _heading_spans(rows: list[Any]) -> list[tuple[int, int, int | None]]:
    """(heading index, end of its body, index of its fields line or None) per heading item."""
    spans = []
    for i, row in enumerate(rows):
        if not _is_heading_row(row):
            continue
        k = i + 1
        fields_at = None
        while k < len(rows) and rows[k].kind == "text":
            if fields_at is None and fields_line(rows[k].text) is not None:
                fields_at = k
            k += 1
        if k > i + 1 and fields_at != i + 1:  # (running text first)
            spans.append((i, k, fields_at))
    return spans


def fold_heading_items(rows: list[Any]) -> list[Any]:
    """The progress rows with each heading item folded into one table row, and the rows of
    a risk register left out (see the module's notes).

    Parameters
    ----------
    rows : list of _Row
        The progress rows the interpreter selected.

    Returns
    -------
    list of _Row
        ``rows`` itself when the paper has neither layout.

    Examples
    --------
    >>> from wlga_analysis.interpret.programme.common import _Row
    >>> rows = [_Row("paragraph", 3, None, None, "Diversity", 5, number="3")]
    >>> for n, topic in ((1, "Mentoring"), (2, "Guidance")):
    ...     rows += [_Row("bullet", 3, None, None, topic, 10 * n, number=f"3.{n}"),
    ...              _Row("text", 3, None, None, f"Step {n} was taken.", 10 * n + 1),
    ...              _Row("text", 3, None, None, "**Status:** Amber **Due:** March 2026",
    ...                   10 * n + 2)]
    >>> out = fold_heading_items(rows)
    >>> out[1].text, out[1].topic, out[1].cells["Due"], len(out)
    ('Step 1 was taken.', 'Mentoring', 'March 2026', 3)
    """
    has_sub = any(r.number is not None and "." in r.number for r in rows if r.kind == "bullet")
    has_table = any(r.kind == "table header" for r in rows)
    if not has_sub and not has_table:  # (most papers: neither layout)
        return rows
    drop = _risk_tables(rows) if has_table else set()
    folded = _folded_items(rows, drop) if has_sub else {}
    if not folded and not drop:
        return rows
    return [folded.get(i, r) for i, r in enumerate(rows) if i not in drop]


def _folded_items(rows: list[Any], drop: set[int]) -> dict[int, Any]:
    """The heading items of ``rows`` folded, by the index of their heading; the indexes of
    the rows folded into them added to ``drop``. None when fewer than two print fields."""
    spans = _heading_spans(rows)
    header = _text_header()
    if header is None or sum(1 for s in spans if s[2] is not None) < 2:
        return {}
    folded: dict[int, Any] = {}
    for i, end, at in spans:
        fields = fields_line(rows[at].text) if at is not None else None
        body = [rows[k] for k in range(i + 1, end) if k != at]
        folded[i] = _item_row(rows[i], body, fields or {}, header)
        drop.update(range(i + 1, end))
    return folded
