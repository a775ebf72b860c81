"""Programme interpreter: a performance system's records, one key-value block per action.

A performance management system (Pentana, InPhase, a council's own action tracker) prints
its action report as **records**: a band naming each priority ("IP-D  Priority 1: Data
and digital capability"), then each action as the same fields in the same order, each a
field name before its value with no colon::

    Code         IP-D-03                 Assigned To   Head of Digital, WLGA
    Title        Generative AI guidance  Due Date      31-Mar-2026
    Description  Publish shared guidance ...           Progress 60%
    Latest Note  12-Jan-2026 J. Evans: Draft ...       Status   In progress

as a two-column table per record (a web page's ``<th> | <td>`` rows, a Word export), a
four-column ``name | value | name | value`` table (the system's print), or lines holding
one or two pairs each (a text copy of that print, long values wrapped onto the next line).
The field names are the ``record field`` list of ``programme_words.csv`` (analysts add
their system's names); what a field gives the item is the role of the programme column of
that name (``programme_columns.csv``: ``description`` the item, ``status``, ``due date`` its
timing, ``assigned to`` its partners; fields of no role, a code or a note, give nothing).

A careful reader takes each record as a row of one table per band, the band as the
numbered section heading its label numbers ("1. Data and digital capability", the system's
code before the label dropped), and the records of another shape (a "Finance" block per
grant: Grant, Funder, Financial Year, Allocation) as a table of their own after a heading,
read as any grants table. A record opens with the field that opens the first record; a
field printed twice opens the next record. Lines printed on every page (the system's name,
"Generated on ... Page 2 of 4") are page furniture, never part of a value.

The rule is tried only on a paper that numbers no paragraph and whose first record field
opens two tables or lines at least (one cheap look first).

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> lines = ["IP-D Priority 1: Data", "Code D-01 Assigned To Head of Digital, WLGA",
...          "Description Run a data hub with Data Cymru. Progress 10%",
...          "Status In progress", "Code D-02 Assigned To WLGA",
...          "Description Agree a standard. Progress 0%", "Status Not started"]
>>> out = record_sections([Paragraph(Inline(t)) for t in lines])
>>> [(type(b).__name__, getattr(b, "number", None)) for b in out]
[('PriorityHeading', '1'), ('Table', None)]
>>> out[0].text.text, [c.text for c in out[1].header]
('Data', ['Code', 'Assigned To', 'Description', 'Progress', 'Status'])
>>> [r[2].text for r in out[1].rows]
['Run a data hub with Data Cymru.', 'Agree a standard.']
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.interpret.programme.layouts import column_status, header_role
from wlga_analysis.interpret.programme.sections import labelled_heading, section_label
from wlga_analysis.read.model import Cell, Heading, Inline, Location, Paragraph, Table
from wlga_analysis.reference import load_programme_words, programme_columns
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["record_sections"]

#: A system's code before a band's label ("IP-D  Priority 1: ...").
_BAND_CODE = compile_regex(r"[A-Z][A-Z0-9]{0,7}(?:[-./][A-Z0-9]{1,8}){0,3}[ \t]+(?=\S)")
#: Digits, masked to find the lines printed on every page.
_DIGITS = compile_regex(r"\d+")

#: The most words of a field's name printed in a table's name cell.
_NAME_WORDS = 5

_Pair = tuple[str, str, int | None]


def _field_pattern() -> Any:
    """One pattern finding a record field's name as printed (capitalised) before a value."""
    words = load_programme_words().get("record field", ())
    if not words:
        return None
    names = "|".join(sorted(words, key=len, reverse=True))
    return compile_regex(rf"(?<![^ \t])(?i:(?:{names}))(?=[ \t]+\S)")


def _pairs_of_line(text: str, pattern: Any, line: int | None) -> list[_Pair] | None:
    """The pairs of a line opening with a field name: each capitalised field name after
    the first ends the value before it; None when the line opens with no field name."""
    m = pattern.match(text)
    if m is None:
        return None
    starts = [m] + [x for x in pattern.finditer(text, m.end()) if x.group()[0].isupper()]
    out = []
    for k, x in enumerate(starts):
        stop = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        value = text[x.end():stop].strip()
        if not value:
            return None
        out.append((x.group(), value, line))
    return out


def _table_pairs(table: Table, pattern: Any) -> list[list[_Pair]] | None:
    """A 2- or 4-column table whose rows are ``name | value`` (twice): the pairs of each
    row; None when a name cell is no record field."""
    rows = (table.header, *table.rows) if table.header else table.rows
    width = len(rows[0]) if rows else 0
    if width not in (2, 4) or any(len(r) != width for r in rows):
        return None
    out = []
    for row in rows:
        pairs = []
        for k in range(0, width, 2):
            name, value = row[k].text.strip(), row[k + 1].text.strip()
            if not name and not value:
                continue
            m = pattern.match(name + " x")  # (a field's name, perhaps qualified: "Spend to May")
            if m is None or len(name.split()) > _NAME_WORDS or not value:
                return None
            pairs.append((name, value, row[k].location.line or table.location.line))
        if pairs:
            out.append(pairs)
    return out


def _icon_word(value: str) -> str:
    """A status printed as an icon and its word ("◐ In progress"): the word, as the other
    forms print it (a picture's alt text); any other value as it is."""
    if len(value) > 2 and value[1] == " " and not value[0].isalnum() \
            and column_status(value[2:]) is not None:
        return value[2:].strip()
    return value


def _furniture(blocks: list[Any]) -> set[str]:
    """The lines printed twice or more once their digits are masked (page furniture)."""
    seen: dict[str, int] = {}
    for b in blocks:
        if b.__class__ in (Paragraph, Heading):
            key = _DIGITS.sub("0", b.text.text)
            seen[key] = seen.get(key, 0) + 1
    return {k for k, n in seen.items() if n > 1}


def _band(text: str) -> tuple[str, int, str] | None:
    """A band's number, where its name starts and its text without the system's code
    ("IP-D Priority 1: Data" -> ("1", 12, "Priority 1: Data")), else None."""
    found = section_label(text)
    if found is None and (m := _BAND_CODE.match(text)) is not None:
        text = text[m.end():]
        found = section_label(text)
    return None if found is None else (found[0], found[1], text)


def _gate(blocks: list[Any], pattern: Any) -> bool:
    """The cheap look: two tables or lines open with the same record field."""
    counts: dict[str, int] = {}
    for b in blocks:
        cls = b.__class__
        if cls is Table and (b.header or b.rows):
            head = (b.header or b.rows[0])[0].text + " x"  # (a name cell: its value beside)
        elif cls is Paragraph and b.number is None:
            head = b.text.text
        else:
            continue
        m = pattern.match(head[:40])
        if m is not None:
            key = m.group().lower()
            counts[key] = counts.get(key, 0) + 1
            if counts[key] >= 2:
                return True
    return False


class _Reader:
    """The records of the blocks, grouped by band, and the blocks that are no record."""

    def __init__(self, pattern: Any, furniture: set[str], stops: Any) -> None:
        self.pattern, self.furniture, self.stops = pattern, furniture, stops
        self.groups: list[tuple[Any, list[list[_Pair]]]] = []
        self.front: list[Any] = []
        self.opener: str | None = None
        self.current: list[_Pair] | None = None
        self.wrapped = False

    def _group(self) -> list[list[_Pair]]:
        if not self.groups:
            self.groups.append((None, []))
        return self.groups[-1][1]

    def add(self, pairs: list[_Pair], wraps: bool) -> None:
        """The pairs of a line or of a table's row (``wraps``: a line whose last value may
        go on over the next line): a new record when they open with the field that opened
        the first record or with a field the record holds already."""
        if self.opener is None:
            self.opener = pairs[0][0].lower()
        names = {p[0].lower() for p in self.current or ()}
        if self.current is None or pairs[0][0].lower() == self.opener \
                or pairs[0][0].lower() in names:
            self.current = list(pairs)
            self._group().append(self.current)
        else:
            self.current.extend(pairs)
        self.wrapped = wraps

    def other(self, block: Any) -> None:
        """A block that is no record's pair: a band, furniture, a value's wrapped line, or
        a line of the paper."""
        text = block.text.text if block.__class__ in (Paragraph, Heading) else None
        band = _band(text) if text else None
        if band is not None:
            self.groups.append((labelled_heading(Paragraph(Inline(band[2]), None,
                                                           block.location), *band[:2]), []))
            self.current, self.wrapped = None, False
            return
        if text is not None and _DIGITS.sub("0", text) in self.furniture:
            self.front.append(block)
            return
        if text and self.wrapped and self.current and not self.stops.fullmatch(text.lower()):
            name, value, line = self.current[-1]
            self.current[-1] = (name, f"{value} {text.strip()}", line)
            return
        self.current, self.wrapped = None, False
        self.front.append(block)


def _cell(text: str, line: int | None) -> Cell:
    return Cell((Paragraph(Inline(text), None, Location(line=line)),), Location(line=line))


def _as_table(records: list[list[_Pair]]) -> Table:
    """The records as one table: the field names in first-printed order its header."""
    names: list[str] = []
    for rec in records:
        names.extend(n for n, _, _ in rec if n.lower() not in {x.lower() for x in names})
    rows = []
    for rec in records:
        values = {n.lower(): (_icon_word(v), line) for n, v, line in rec}
        first = rec[0][2]
        rows.append(tuple(_cell(*values.get(n.lower(), ("", first))) for n in names))
    line = records[0][0][2]
    return Table(tuple(_cell(n, line) for n in names), tuple(rows), Location(line=line))


def _split(records: list[list[_Pair]], known: Any) -> tuple[list[list[_Pair]], list[Any]]:
    """The records that are items (one field of role ``text``), and the others as tables,
    one per shape (their first field)."""
    items, others = [], {}
    for rec in records:
        if any(header_role(n.lower(), known) == "text" for n, _, _ in rec):
            items.append(rec)
        else:
            others.setdefault(rec[0][0].lower(), []).append(rec)
    return items, [_as_table(r) for r in others.values()]


def record_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a performance system's report (see the module) with each band read as
    a numbered section heading over a table of its records; None when the paper is no
    such report (fewer than two records with an item field and a status or timing field)."""
    pattern = _field_pattern()
    if pattern is None or any(b.__class__ is Paragraph and b.number is not None
                              for b in blocks) or not _gate(blocks, pattern):
        return None
    words = load_programme_words()
    stops = compile_regex("(?:" + "|".join(words["other section"]) + ")")
    reader = _Reader(pattern, _furniture(blocks), stops)
    placed: list[tuple[int, Any]] = []  # (group count when met, block) of the other blocks
    for b in blocks:
        cls = b.__class__
        if cls is Table and (rows := _table_pairs(b, pattern)):
            reader.current = None  # (a table opens a record)
            for pairs in rows:
                reader.add(pairs, False)
            continue
        pairs = _pairs_of_line(b.text.text, pattern, b.location.line) \
            if cls in (Paragraph, Heading) and _band(b.text.text) is None else None
        if pairs:
            reader.add(pairs, True)
            continue
        before = len(reader.front)
        reader.other(b)
        if len(reader.front) > before:
            placed.append((len(reader.groups), b))
    return _assemble(reader, placed)


def _assemble(reader: _Reader, placed: list[tuple[int, Any]]) -> list[Any] | None:
    known = programme_columns()
    out: list[Any] = [b for g, b in placed if g == 0]
    count = 0
    for index, (band, records) in enumerate(reader.groups, 1):
        items, others = _split(records, known)
        roles = {header_role(n.lower(), known) for rec in items for n, _, _ in rec}
        if items and not roles & {"status", "timing"}:
            return None
        if band is not None:
            out.append(band if items else Paragraph(band.text, None, band.location))
        if items:
            count += len(items)
            out.append(_as_table(items))
        out.extend(others)
        out.extend(b for g, b in placed if g == index)
    return out if count >= 2 else None
