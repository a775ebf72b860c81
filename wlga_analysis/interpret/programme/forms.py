"""Programme interpreter: a monitoring return laid out as a form, one labelled block per item.

A grant monitoring return (or any return filled in on a form) prints no numbered paragraphs
and no bullets: it prints blocks of "Label: value" lines, one block per project, under
headings that number its strands ("Strand 2 – Performance")::

    STRAND 1 – LEADERSHIP AND GOVERNANCE
    Project:                 1.1 Leadership development programme
    Lead body:               WLGA with Academi Wales
    Budget 2025-26:          £85,000
    Completion date:         March 2026
    Progress this quarter:   Two modules ran in July and September.
    RAG:                     Green

Each form prints the labels its own way: padded with spaces to a column (a text print),
as the first cell of a two-column table (a Word template, one table per project or one
long "Field | Return" table for all of them, the strands as rows spanning both columns),
or as a line alone over the value's line (a web page's summary list, each row followed by
its "Change <label>" link). A careful reader takes each block as one item: a row of a
table whose header is the labels. So the blocks are read as that table, one per strand,
under the strand's heading read as the numbered section heading it stands for ("1.
Leadership and governance"), and the interpreter reads the rows as it reads any progress
table: the columns' roles come from ``data/raw/programme_columns.csv`` (``project`` is the
item, ``lead body`` its partners, ``completion date`` its timing, ``RAG`` its status;
``budget``, ``spend to date`` and ``progress this quarter`` are of role ``note``: kept in
the paragraphs table, giving the item nothing). The number printed before an item's name
("1.1") is its number, not part of its text.

A block opens with the label of role ``text`` and holds at least two more labels, one of
them of role status, timing or partners; a paper is read as a form only when it has two
such blocks. The form's other label lines (a return's grant details, "Award 2025-26:
£1,150,000", "Date submitted: 24 October 2025") are printed as "Label: value" lines in
every form, so that the grants and the date are read from them as from any line.

A funder's own template (:mod:`.form_fields`) prints every field in every block, some left
blank ("Delivery partners:" alone: still a field of its block), under its own numbered
headings ("Model of care 2: Home from hospital services": a section named without its label).

Examples
--------
>>> from wlga_analysis.read.model import Inline, Paragraph
>>> lines = ["Strand 1 – Data", "Project:   1.1 A data hub", "Lead body: Data Cymru",
...          "Completion date: June 2026", "RAG: Green", "Project:   1.2 A model",
...          "Lead body: WLGA", "Completion date: March 2026", "RAG: Amber"]
>>> out = form_sections([Paragraph(Inline(t)) for t in lines])
>>> [(type(b).__name__, getattr(b, "number", None)) for b in out]
[('Paragraph', '1'), ('Table', None)]
>>> [c.text for c in out[1].header], [[c.text for c in r][:2] for r in out[1].rows]
(['Project', 'Lead body', 'Completion date', 'RAG'], [['A data hub', 'Data Cymru'], \
['A model', 'WLGA']])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wlga_analysis.interpret.programme import form_fields
from wlga_analysis.interpret.programme.layouts import header_role
from wlga_analysis.interpret.programme.sections import section_label
from wlga_analysis.read.model import Cell, Inline, Location, Paragraph, Table
from wlga_analysis.reference import programme_columns
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["form_sections"]

#: Roles of which a block needs one (besides its item label) to be an item.
_FIELD_ROLES = frozenset({"status", "timing", "partners"})
#: A "Label:   value" line: a short label (no sentence in it), a colon, the value.
_PAIR = compile_regex(r"(?P<label>[A-Za-z][^:.;!?]{0,79}?):[ \t]+(?P<value>\S.*)")
#: The number printed before an item's name ("1.1 ", "2.3. ").
_ITEM_NUMBER = compile_regex(r"(?P<number>\d{1,2}(?:\.\d{1,2}){1,2})\.?[ \t]+(?=\S)")
#: The longest label, in words.
_LABEL_WORDS = 8


@dataclass
class _Entry:
    """One line of the form: a label and its value, or a line alone (``label`` None)."""

    text: str
    line: int | None
    label: str | None = None
    block: Any = None
    bare: bool = False  # (a two-column row whose value cell is empty)


@dataclass
class _Item:
    """One labelled block: its (label, value, line) rows and their entries' places."""

    pairs: list[tuple[str, str, int | None]] = field(default_factory=list)
    at: list[int] = field(default_factory=list)  # the entries' places


def _fold(text: str) -> str:
    return " ".join(text.lower().split()).strip(" :")


def _role(label: str, known: dict[str, str], memo: dict[str, str]) -> str:
    folded = _fold(label)
    if folded not in memo:
        memo[folded] = header_role(folded, known)
    return memo[folded]


def _short_label(text: str) -> bool:
    return 0 < len(text) <= 80 and len(text.split()) <= _LABEL_WORDS \
        and text[-1] not in ".;,"


# ------------------------------------------------------------------------- entries
def _block_entries(block: Any) -> list[_Entry]:
    """The entries of one block: a two-column table's rows as label/value pairs (a row
    with one cell a line alone), a "Label: value" paragraph as a pair, any other line
    alone."""
    line = block.location.line
    if block.__class__ is Table:
        return _table_entries(block, line)
    if block.__class__ is Paragraph and block.number is None:
        text = block.text.text
        m = _PAIR.fullmatch(text) if ":" in text[:62] else None
        if m is not None and len(m.group("label").split()) <= _LABEL_WORDS:
            return [_Entry(m.group("value").strip(), line, m.group("label").strip(), block)]
        return [_Entry(text, line, None, block)]
    return [_Entry(block.text.text if hasattr(block, "text") else "", line, None, block)]


def _table_entries(block: Table, line: int | None) -> list[_Entry]:
    """:func:`_block_entries` of a table: a two-column table's rows (its header too, when it
    has one) as label/value pairs, a label beside an empty cell as a ``bare`` line alone
    (:func:`_blank_fields`), any other row a line alone; any other table one entry."""
    if len(block.header or (block.rows[0] if block.rows else ())) != 2:
        return [_Entry("", line, None, block)]
    out = []
    for row in (block.header, *block.rows) if block.header else block.rows:
        texts = [c.text for c in row]
        n = row[0].location.line if row and row[0].location.line else line
        if len(texts) == 2 and texts[0] and _short_label(texts[0]):
            out.append(_Entry(texts[1], n, texts[0]) if texts[1] else
                       _Entry(texts[0], n, bare=True))
        else:
            out.append(_Entry(" ".join(t for t in texts if t), n))
    return out


def _pair_alone_lines(entries: list[_Entry], known: dict[str, str],
                      memo: dict[str, str], headings: frozenset[str] = frozenset()
                      ) -> list[_Entry]:
    """Labels printed on a line of their own over their value (a web page's summary list):
    a line alone that is a known label (or the label of a pair already read) followed by a
    line alone is that pair; the "Change <label>" link after it is dropped from the pair
    and kept as a line of its own. A labelled heading ("Section 2 – Projects" over
    "Investment area 1 – ...", ``headings`` the template's repeated labels) pairs with
    nothing."""
    labels = {_fold(e.label) for e in entries if e.label}
    out: list[_Entry] = []
    i = 0
    while i < len(entries):
        e = entries[i]
        nxt = entries[i + 1] if i + 1 < len(entries) else None
        if e.label is None and e.block is not None and e.block.__class__ is Paragraph \
                and nxt is not None and nxt.label is None and nxt.block is not None \
                and nxt.block.__class__ is Paragraph and _short_label(e.text) \
                and known.get(_fold(nxt.text)) != "text" \
                and (_fold(e.text) in labels or _role(e.text, known, memo) != "other") \
                and not _headed(e.text, nxt.text, headings):
            out.append(_Entry(nxt.text, e.line, e.text))
            labels.add(_fold(e.text))
            i += 2
            if i < len(entries) and _is_link(entries[i], e.text):
                out.append(entries[i])  # "Change lead body": kept as a line alone
                i += 1
            continue
        out.append(e)
        i += 1
    return out


def _headed(text: str, nxt: str, headings: frozenset[str]) -> bool:
    """Whether either line is a labelled heading (:func:`.sections.section_label`, or a
    template's repeated label: :mod:`.form_fields`)."""
    return any(section_label(t) is not None or form_fields.heading_label(t, headings)
               is not None for t in (text, nxt))


# --------------------------------------------------------------------------- items
def _is_link(entry: _Entry, label: str | None) -> bool:
    """A "Change <label>" link printed after a pair (a web form's summary list)."""
    return entry.label is None and label is not None \
        and _fold(entry.text).endswith(_fold(label)) and len(entry.text.split()) <= \
        len(label.split()) + 2


def _items(entries: list[_Entry], known: dict[str, str], memo: dict[str, str]
           ) -> tuple[list[tuple[int, int, _Item]], str | None]:
    """The labelled blocks of the entries: (first, last entry index, item), and the item
    label (the label of role text that opens two blocks or more)."""
    openers: dict[str, int] = {}
    for e in entries:
        if e.label and _role(e.label, known, memo) == "text":
            key = _fold(e.label)
            openers[key] = openers.get(key, 0) + 1
    if not openers:
        return [], None
    opener = max(openers, key=lambda k: openers[k])
    found: list[tuple[int, int, _Item]] = []
    i = 0
    while i < len(entries):
        e = entries[i]
        if not (e.label and _fold(e.label) == opener):
            i += 1
            continue
        item, j, last = _Item([(e.label, e.text, e.line)], [i]), i + 1, i
        while j < len(entries):
            nxt = entries[j]
            if nxt.label and _fold(nxt.label) != opener:
                item.pairs.append((nxt.label, nxt.text, nxt.line))
                item.at.append(j)
                last = j
            elif not _is_link(nxt, item.pairs[-1][0]):
                break
            j += 1
        found.append((i, last, item))
        i = last + 1
    found = _cut_rare_labels(found)
    kept = []
    for first, last, item in found:
        roles = {_role(lab, known, memo) for lab, _, _ in item.pairs[1:]}
        if len(item.pairs) >= 3 and roles & _FIELD_ROLES:
            kept.append((first, last, item))
    return kept, opener


def _cut_rare_labels(found: list[tuple[int, int, _Item]]) -> list[tuple[int, int, _Item]]:
    """Each block ended before its first label no other block prints (with three blocks
    or more): the heading of the next strand or section printed as "Strand 2: ..." after
    the last block of a strand is no row of that block."""
    if len(found) < 3:
        return found
    counts: dict[str, int] = {}
    for _, _, item in found:
        for label in {_fold(lab) for lab, _, _ in item.pairs}:
            counts[label] = counts.get(label, 0) + 1
    out = []
    for first, last, item in found:
        cut = next((k for k, (lab, _, _) in enumerate(item.pairs) if k and
                    counts[_fold(lab)] == 1), None)
        if cut is not None:
            last = item.at[cut] - 1
            item = _Item(item.pairs[:cut], item.at[:cut])
        out.append((first, last, item))
    return out


def _alone(entry: _Entry | None) -> bool:
    return entry is not None and entry.label is None and entry.block is not None \
        and entry.block.__class__ is Paragraph


def _pair_runs(entries: list[_Entry | None], spans: list[tuple[int, int]],
               known: dict[str, str], headings: frozenset[str] = frozenset()) -> None:
    """Outside the blocks, lines alone next to a pair read two by two as pairs too (a web
    page's summary list of a return's details, "Grant" over its value, beside "Award
    reference" over its value), backwards and forwards from each pair whose label is a
    known column name (not a title, "Grant 2024-25: Return"), up to a line that is
    no label (a sentence, a heading "Section B: ...") or no value (a line ending ':');
    in place: the value's entry becomes None."""
    inside = {k for first, last in spans for k in range(first, last + 1)}

    def pairs_up(j: int) -> bool:
        a, b = entries[j], entries[j + 1]
        if j in inside or j + 1 in inside or not (_alone(a) and _alone(b)):
            return False
        assert a is not None and b is not None
        return _short_label(a.text) and ":" not in a.text and \
            not b.text.rstrip().endswith(":") and known.get(_fold(b.text)) != "text" \
            and not _headed(a.text, b.text, headings)

    def pair(j: int) -> None:
        a, b = entries[j], entries[j + 1]
        assert a is not None and b is not None
        entries[j], entries[j + 1] = _Entry(b.text, a.line, a.text), None

    anchors = [k for k, e in enumerate(entries) if e is not None and e.label
               and k not in inside and header_role(_fold(e.label), known) != "other"]
    for k in anchors:
        j = k - 2
        while j >= 0 and pairs_up(j):
            pair(j)
            j -= 2
        j = k + 1
        while j + 1 < len(entries) and pairs_up(j):
            pair(j)
            j += 2


def _line_text(e: _Entry) -> str:
    return e.text if e.label is None else f"{e.label.rstrip(' :')}: {e.text}"


def _blank_fields(entries: list[_Entry]) -> list[_Entry]:
    """Lines alone that are a field left blank ("Delivery partners:", a form's label
    beside an empty cell) read as that field with an empty value, when the paper prints
    the label with a value elsewhere (:mod:`.form_fields`)."""
    candidates = [k for k, e in enumerate(entries) if e.label is None and
                  (e.bare or (e.text[-1:] == ":" and e.block.__class__ is Paragraph))]
    if not candidates:
        return entries
    labels = {_fold(e.label) for e in entries if e.label and e.text}
    for k in candidates:
        e = entries[k]
        label = form_fields.bare_label(e.text) or (e.text.strip() if e.bare else None)
        if label and _fold(label) in labels:
            entries[k] = _Entry("", e.line, label)
    return entries


def _section_of(entries: list[_Entry | None], start: int, stop: int,
                labels: frozenset[str] = frozenset()) -> tuple[str, str, Location] | None:
    """The labelled heading ("Strand 2 – Performance") among entries[start:stop]: (number,
    heading as printed, location) of the last one, or None. (The heading keeps its label:
    "Strand 2" is text of the paper, kept in the section's name; a template's own label
    repeated through the paper, ``labels``, is not: "Model of care 2: Home from hospital
    services" names the section "Home from hospital services".)"""
    for e in reversed(entries[start:stop]):
        if e is None or not e.text:
            continue
        text = _line_text(e)
        found = section_label(text)
        if found is not None:
            return found[0], text.strip(), Location(line=e.line)
        if (named := form_fields.heading_label(text, labels)) is not None:
            return named[0], named[1], Location(line=e.line)
    return None


# -------------------------------------------------------------------------- output
def _cell(text: str, line: int | None, number: str | None = None) -> Cell:
    return Cell((Paragraph(Inline(text), number, Location(line=line)),), Location(line=line))


def _table(items: list[_Item], opener: str) -> Table:
    """The blocks as one table: the labels (in first-printed order) its header, a row per
    block; the item's printed number kept as its cell's paragraph number."""
    labels: list[str] = []
    seen: set[str] = set()
    for item in items:
        for label, _, _ in item.pairs:
            if _fold(label) not in seen:
                seen.add(_fold(label))
                labels.append(label.strip())
    first = items[0].pairs[0][2]
    rows = []
    for item in items:
        values = {_fold(label): (value, line) for label, value, line in item.pairs}
        cells = []
        for label in labels:
            value, line = values.get(_fold(label), ("", item.pairs[0][2]))
            number = None
            if _fold(label) == opener and (m := _ITEM_NUMBER.match(value)):
                number, value = m.group("number"), value[m.end():]
            cells.append(_cell(value, line, number))
        rows.append(tuple(cells))
    return Table(tuple(_cell(label, first) for label in labels), tuple(rows),
                 Location(line=first))


def _as_block(entry: _Entry | None) -> Any:
    """An entry outside the blocks as the block it came from; a pair as one "Label:
    value" line (in every form: its padding folded), a table's row alone as a line; None
    for the value of a pair read from two lines."""
    if entry is None:
        return None
    if entry.block is not None and entry.label is None:
        return entry.block
    text = f"{entry.label.rstrip(' :')}: {entry.text}" if entry.label else entry.text
    return Paragraph(Inline(text), None, Location(line=entry.line))


def _gate(blocks: list[Any], openers: tuple[str, ...]) -> bool:
    """A cheap test: two blocks or more open with an item label (a label of role text)."""
    count = 0
    for b in blocks:
        cls = b.__class__
        if cls is Paragraph:
            head = b.text.text[:30].lower()
        elif cls is Table and len(b.header) == 2:
            count += sum(1 for r in (b.header, *b.rows) if r and
                         r[0].text.lower().startswith(openers))
            continue
        else:
            continue
        if head.startswith(openers):
            count += 1
    return count >= 2


def form_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a form (see the module) with each strand read as a numbered section
    heading over a table of its labelled blocks; None when the paper is no form (fewer
    than two labelled blocks) or numbers its paragraphs."""
    if any(b.__class__ is Paragraph and b.number is not None for b in blocks):
        return None
    known = programme_columns()
    openers = tuple(sorted(k for k, r in known.items() if r == "text"))
    if not openers or not _gate(blocks, openers):
        return None
    memo: dict[str, str] = {}
    entries, headings = _entries(blocks, known, memo)
    found, opener = _items(entries, known, memo)
    if len(found) < 2 or opener is None:
        return None
    _pair_runs(entries, [(first, last) for first, last, _ in found], known, headings)
    out, groups = _grouped(entries, found, headings)
    for number, (section, items, rest) in enumerate(groups, 1):
        num, name, loc = (str(number), "", Location(line=items[0].pairs[0][2])) \
            if section is None else section
        out.append(Paragraph(Inline(name), num, loc))
        out.append(_table(items, opener))
        out.extend(rest)
    out.extend(_as_block(e) for e in entries[found[-1][1] + 1:])
    return [b for b in out if b is not None]


def _entries(blocks: list[Any], known: dict[str, str], memo: dict[str, str]
             ) -> tuple[list[_Entry], frozenset[str]]:
    """The entries of the blocks (labels over their values paired, blank fields read) and
    the template's repeated heading labels (:mod:`.form_fields`)."""
    raw = [e for b in blocks for e in _block_entries(b)]
    headings = form_fields.repeated_labels(_line_text(e) for e in raw if e.text
                                           and e.block.__class__ is not Table)
    return _blank_fields(_pair_alone_lines(raw, known, memo, headings)), headings


_Group = tuple[tuple[str, str, Location] | None, list[_Item], list[Any]]


def _grouped(entries: list[_Entry | None], found: list[tuple[int, int, _Item]],
             labels: frozenset[str] = frozenset()) -> tuple[list[Any], list[_Group]]:
    """The blocks before the first strand, and each strand: (its heading's number, name
    and place, or None; its items; the blocks that stand in it besides its items, the
    lines alone between them)."""
    front: list[Any] = []
    groups: list[_Group] = []
    done = 0
    for first, last, item in found:
        section = _section_of(entries, done, first, labels)
        if not groups or section is not None:
            cut = next((k for k in range(done, first) if section is not None
                        and (e := entries[k]) is not None and e.line == section[2].line),
                       first)
            # (what stands before the heading ends the strand before; after it, opens its own)
            (front if not groups else groups[-1][2]).extend(
                _as_block(e) for e in entries[done:max(cut, done)])
            groups.append((section, [], [_as_block(e) for e in entries[cut + 1:first]]))
        else:
            groups[-1][2].extend(_as_block(e) for e in entries[done:first])
        groups[-1][1].append(item)
        done = last + 1
        groups[-1][2].extend(_as_block(e) for e in entries[first + 1:done]
                             if e is not None and e.label is None)
    return front, groups
