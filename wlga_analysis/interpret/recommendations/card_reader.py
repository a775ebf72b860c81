"""The cards of :mod:`.record_cards` found in the document model and read as the register
rows they stand for (the model interpreter's :meth:`~.from_model.ModelParser.model_row`):
"No. | Recommendation | <each label>".

The finder (:func:`find_cards`) replaces each card's blocks with one record: a head
("Recommendation 4") then its labels and values, as two-column table rows, definition-list
terms over their descriptions (a bold term, or Pandoc's ``:   value``) or "Label: value"
lines. A paragraph with no label between two labels continues the value before it; after
the last label only the lines of the value's own paragraph do (a closing paragraph after the
cards is a note). :class:`RecordParser` reads the records with the areas of the headings
they stand under.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.card_text_owners import text_owners
from wlga_analysis.interpret.recommendations.cards import area_cards
from wlga_analysis.interpret.recommendations.columns import Columns, column_name
from wlga_analysis.interpret.recommendations.from_model import ModelParser
from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _is_placeholder
from wlga_analysis.interpret.recommendations.nothing_statements import nothing_progress
from wlga_analysis.interpret.recommendations.record_cards import (
    _CARD_ROLES,
    _DEFINITION,
    _HEAD,
    _LABELLED,
    _TABLE_ROLES,
    _fold,
    _is_label_alone,
    record_role,
    split_label,
)
from wlga_analysis.interpret.recommendations.titled_cards import (
    masthead_line,
    title_index,
    titled_card,
    titled_head,
)
from wlga_analysis.read.model import (
    Block,
    Cell,
    Heading,
    Inline,
    ListItem,
    Location,
    Paragraph,
    Table,
)

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document

__all__ = ["RecordParser", "card_row", "find_cards"]


@dataclass
class _Field:
    """A label and the blocks of its value."""

    label: str
    blocks: list[Block]
    line: int
    #: whether it is a row of a table of labels, where a label over an area's work ("What
    #: is already happening": a transposed table's row) names its activities
    in_table: bool = False

    @property
    def role(self) -> str | None:
        """The label's role (:func:`.record_cards.record_role`; in a table's row, a label
        over the work done too: :func:`.labelled_fields.names_work`)."""
        role = record_role(self.label)
        if role is None and self.in_table:
            from wlga_analysis.interpret.recommendations.labelled_fields import names_work

            return names_work(self.label)
        return role


@dataclass
class _Record:
    """A card: its printed number (None: none printed), the text its head prints after the
    number (or the paragraphs under it), and its fields in order."""

    number: str | None
    head_text: str | None
    line: int
    fields: list[_Field] = field(default_factory=list)
    #: the paragraphs printed with no label between the head and the first label: the
    #: recommendation's text ("### Recommendation 2" / "Councils should ..." / "Lead: ...")
    text_blocks: list[Block] = field(default_factory=list)

    def roles(self) -> set[str | None]:
        return {f.role for f in self.fields}

    def is_card(self, table: bool = False) -> bool:
        """Whether the record is a recommendation's card: its number or text, and a label of
        owners, progress or status (in a table's rows, or of a response or explanation; or
        its number and a label of its text)."""
        roles = self.roles()
        if table and self.number is not None and "recommendations" in roles:
            return True  # a table of labels: its number and its text are enough
        return (self.number is not None or "recommendations" in roles) \
            and bool(roles & (_TABLE_ROLES if table else _CARD_ROLES))


# -- finding cards in the document model ------------------------------------------------------
def _head(block: Block) -> tuple[str, str | None] | None:
    """The number and text of a card's head: a heading or a short paragraph "Recommendation
    N" (bold, or a heading), with the text after it if any."""
    if not isinstance(block, (Heading, Paragraph)) or block.number is not None:
        return None
    text = clean_text(block.text.text)
    m = _HEAD.fullmatch(text)
    if m is None or not (isinstance(block, Heading) or block.text.is_bold()
                         or m.group("text") is None):
        return None
    return m.group(1), m.group("text")


def _value_block(block: Block, text: Inline, start: int) -> Paragraph:
    """A value's block: ``text`` from ``start``, where ``block`` stands."""
    return Paragraph(text.slice(start, len(text.text)).strip(), None, block.location)


def _definition(block: Block) -> Paragraph | None:
    """A Pandoc definition (":   value") as its value's paragraph, else None."""
    if not isinstance(block, Paragraph) or block.number is not None:
        return None
    m = _DEFINITION.match(block.text.text)
    return None if m is None else _value_block(block, block.text, m.end())


def _follows(before: Block, block: Block) -> bool:
    """Whether ``block`` is the line right after ``before`` (one paragraph of a text form,
    no blank line between)."""
    a, b = before.location.line, block.location.line
    return a is not None and b is not None and b == a + 1


def _two_columns(rows: list[tuple[Cell, ...]]) -> bool:
    """Whether every row prints text in its first two cells at most (a card's table)."""
    return bool(rows) and all(len(row) >= 2 and not any(c.text.strip() for c in row[2:])
                              for row in rows)


def _head_row(label: str, row: tuple[Cell, ...], line: int) -> _Record | None:
    """The card a head row starts ("Recommendation 4" alone, or "Recommendation 4 | its
    text"), else None."""
    lead = _HEAD.fullmatch(label)
    if lead is None or (lead.group("text") is not None and row[1].text.strip()):
        return None
    value = clean_text(row[1].text)
    text = lead.group("text") or (value if value != label else None) or None  # (merged: twice)
    return _Record(lead.group(1), text, row[0].location.line or line)


def _starts_again(record: _Record, label: str) -> bool:
    """Whether a table row labelled ``label`` starts a new card after ``record``: cards
    printed one under another with no head row, the first label of a card again."""
    return bool(record.fields) and _fold(record.fields[0].label) == _fold(label)


def _table_records(table: Table, head: tuple[str, str | None] | None, line: int
                   ) -> list[_Record] | None:
    """The cards a two-column table of labels and values prints (a head row starts each;
    ``head``: the head printed just above the table), or None for any other table."""
    rows = [table.header, *table.rows] if table.header else list(table.rows)
    if not _two_columns(rows):
        return None
    records: list[_Record] = []
    current = _Record(*head, line) if head is not None else None
    for index, row in enumerate(rows):
        label = clean_text(row[0].text).rstrip(" :")
        started = _head_row(label, row, line)
        if started is not None:
            current = started
            records.append(current)
        elif _is_label_alone(label) and row[1].text.strip():
            if current is None or _starts_again(current, label):
                current = _Record(None, None, row[0].location.line or line)
            if current not in records:
                records.append(current)
            current.fields.append(_Field(label, list(row[1].blocks),
                                         row[0].location.line or line, in_table=True))
        elif not (index == 0 and table.header and record_role(label) is None):
            return None  # (a header no rule names is the table's own: "Field | Detail")
    return records if records and all(r.is_card(table=True) for r in records) else None


def _printed_label(block: Block) -> str | None:
    """The folded label a block may print: before a colon ("Timescale: ..."), or alone in
    bold ("**Target date**"); None for any other block."""
    if not isinstance(block, (Paragraph, ListItem)):
        return None
    text = block.text.text
    if ":" in text[:60]:
        m = _LABELLED.fullmatch(text.strip())
        if m is not None:
            return _fold(m.group("label"))
    if isinstance(block, Paragraph) and block.text.is_bold() and _is_label_alone(text):
        return _fold(text.rstrip(" :"))
    return None


def _ends_fields(block: Block) -> bool:
    """Whether a block ends a card's fields: a heading, a table, or the next card's head."""
    return isinstance(block, (Heading, Table)) or _head(block) is not None \
        or titled_head(block) is not None


#: The roles of a card's progress: a card whose text is printed with no label needs one.
_PROGRESS_ROLES = frozenset({"activities", "status"})


class _Finder:
    """Finds the cards of a document's blocks (the labels a rule does not name are labels
    when the document prints them twice or more: a card's labels repeat)."""

    def __init__(self, blocks: list[Block]) -> None:
        from wlga_analysis.interpret.recommendations.area_labels import area_lead_pattern
        from wlga_analysis.reference import load_recommendation_words

        self.blocks = blocks
        self.area_lead = area_lead_pattern(load_recommendation_words()["area_label"])
        counts: dict[str, int] = {}
        for block in blocks:
            label = _printed_label(block)
            if label is not None:
                counts[label] = counts.get(label, 0) + 1
        self.repeated = frozenset(label for label, n in counts.items() if n >= 2)

    def labelled(self, block: Block) -> _Field | None:
        """A "Label: value" paragraph or list item as a field."""
        if not isinstance(block, (Paragraph, ListItem)) or getattr(block, "number", None):
            return None
        text = block.text.text
        if ":" not in text[:60]:
            return None
        split = split_label(text, self.repeated)
        if split is None:
            return None
        start = text.index(":") + 1
        return _Field(split[0], [_value_block(block, block.text, start)], block.location.line or 0)

    def label_alone(self, i: int) -> str | None:
        """The label a block prints alone over its value: a short bold line, or a short line
        whose role a rule names, followed by its value (a definition, or a plain paragraph)."""
        blocks = self.blocks
        block = blocks[i]
        if not isinstance(block, Paragraph) or block.number is not None or i + 1 >= len(blocks):
            return None
        text = clean_text(block.text.text).rstrip(" :")
        if not _is_label_alone(text) or _head(block) is not None:
            return None
        after = blocks[i + 1]
        if _definition(after) is not None:
            return text
        if isinstance(after, (Heading, Table)) or _head(after) is not None:
            return None
        known = record_role(text) is not None or _fold(text) in self.repeated
        return text if known and (block.text.is_bold() or record_role(text) is not None) \
            else None

    def paragraph_fields(self, i: int) -> tuple[list[_Field], int]:
        """The fields printed as paragraphs from ``blocks[i]`` on, and the index after them. A
        paragraph with no label between two fields continues the value before it; after the
        last field, only the lines that follow its value with no blank line between."""
        blocks = self.blocks
        fields: list[_Field] = []
        pending: list[Block] = []  # plain paragraphs after a value: its continuation?
        while i < len(blocks):
            block = blocks[i]
            if _ends_fields(block):
                break
            if fields and not pending and self.continues(i, fields[-1]):
                fields[-1].blocks.append(block)  # the next line of the value's paragraph
                i += 1
                continue
            labelled = self.labelled(block)
            label = None if labelled is not None else self.label_alone(i)
            if labelled is not None or label is not None:
                if pending and fields:
                    fields[-1].blocks.extend(pending)
                pending = []
                if labelled is not None:
                    fields.append(labelled)
                    i += 1
                    continue
                value = _definition(blocks[i + 1]) or blocks[i + 1]
                fields.append(_Field(label or "", [value], block.location.line or 0))
                i += 2
                continue
            definition = _definition(block)
            if not fields or (definition is None and not isinstance(block, (Paragraph, ListItem))):
                break
            if definition is not None:  # a second definition of the term
                fields[-1].blocks.extend([*pending, definition])
                pending = []
            else:
                pending.append(block)
            i += 1
        return fields, i - len(pending)

    def unlabelled(self, i: int) -> int:
        """The index after the paragraphs from ``blocks[i]`` on that print no label (the
        text under a card's head)."""
        while i < len(self.blocks):
            block = self.blocks[i]
            if not isinstance(block, Paragraph) or block.number is not None \
                    or _head(block) is not None or self.labelled(block) is not None \
                    or self.label_alone(i) is not None or _definition(block) is not None:
                break
            i += 1
        return i

    def continues(self, i: int, last: _Field) -> bool:
        """Whether ``blocks[i]`` is the next line of the paragraph of the last field's value:
        a plain line right after it that is no label."""
        block = self.blocks[i]
        return isinstance(block, Paragraph) and block.number is None \
            and _follows(last.blocks[-1], block) and self.labelled(block) is None \
            and _definition(block) is None and self.label_alone(i) is None

    def records_at(self, i: int, out: list[Block | _Record]) -> tuple[list[_Record], int]:
        """Read the card(s) that start at ``blocks[i]`` into ``out`` (or the block itself):
        the cards read, and the index after them."""
        blocks = self.blocks
        block = blocks[i]
        head = _head(block)
        line = block.location.line or 0
        if head is not None and i + 1 < len(blocks) and isinstance(blocks[i + 1], Table):
            records = _table_records(blocks[i + 1], head, line)  # type: ignore[arg-type]
            if records is not None:
                out.extend(records)
                return records, i + 2
        if isinstance(block, Table) and area_cards(block, self.area_lead) is None:
            records = _table_records(block, None, line)  # (areas as cards: .cards reads them)
            if records is not None:
                out.extend(records)
                return records, i + 1
        if head is not None:
            start = i + 1 if head[1] is not None else self.unlabelled(i + 1)
            fields, after = self.paragraph_fields(start)
            record = _Record(*head, line, fields, blocks[i + 1:start])
            if fields and record.is_card() and (
                    start == i + 1 or record.roles() & _PROGRESS_ROLES):
                # (text under the head with no label: a progress card only; a report's
                # "Recommendation 1" / its paragraph / "Owner: ..." is read as prose)
                out.append(record)
                return [record], after
        if (titled := titled_card(self, i)) is not None:  # "Recommendation 4: Title" / text
            out.append(titled[0])
            return [titled[0]], titled[1]
        out.append(block)
        return [], i + 1


def find_cards(blocks: list[Block] | tuple[Block, ...]) -> list[Block | _Record] | None:
    """The blocks of a document with each card's blocks replaced by one :class:`_Record`;
    None when it prints no card."""
    blocks = list(blocks)
    out: list[Block | _Record] = []
    found = False
    finder = _Finder(blocks)
    i = 0
    while i < len(blocks):
        records, i = finder.records_at(i, out)
        found = found or bool(records)
    return out if found else None


# -- the parser -------------------------------------------------------------------------------
class RecordParser(ModelParser):
    """The model interpreter, reading each card as the register row it stands for."""

    lead_is_default = True  # (a card's Lead: the default of the recommendations it holds)

    def __init__(self, doc: Document, known: frozenset[str],
                 blocks: list[Block | _Record]) -> None:
        super().__init__(doc, known)
        self.record_blocks = blocks
        #: the last heading read as a note since the last card (an area's, for cards
        #: under plain headings)
        self.card_heading: tuple[str, int] | None = None

    def run(self) -> None:
        """:meth:`ModelParser.run` over the blocks with the cards found."""
        self.start_run()
        from wlga_analysis.interpret.recommendations.heading_areas import check_area_counts

        blocks = self.record_blocks
        first = title_index(blocks)
        for k, block in enumerate(blocks):
            pending, self.pending_heading = self.pending_heading, None
            if isinstance(block, _Record):
                self.read_card(block)
            elif masthead_line(self, block, k < first) or self.bold_heading(
                    block, blocks[k + 1] if k + 1 < len(blocks) else None):
                continue  # (a masthead above the title: no theme; an area's bold heading)
            elif isinstance(block, Table):
                if pending is not None:
                    self.promote_heading(*pending)
                self.table(block)
            elif isinstance(block, Heading):
                self.model_heading(block)
                note = self.notes[-1] if self.notes else None
                if note is not None and note[0] == "heading":
                    self.card_heading = (note[1], note[2])
            else:
                self.loose(block)
        check_area_counts(self, self.printed_counts)
        self.finish()

    def bold_heading(self, block: Block | _Record, after: Block | _Record | None) -> bool:
        """A short bold line alone right before a card ("**Community housing**"), where the
        cards' areas are not numbered: the heading of the cards after it (their area)."""
        if not isinstance(after, _Record) or not isinstance(block, Paragraph) \
                or block.number is not None or not block.text.is_bold() \
                or "area" in after.roles() or (self.current is not None
                                               and not self.current.named):
            return False
        text = clean_text(block.text.text)
        if not _is_label_alone(text) or self.area_lead_re.fullmatch(text):
            return False  # ("**Area 2: Digital**" is read as the model interpreter reads it)
        line = block.location.line or 0
        self.notes.append(("heading", text, line))
        self.card_heading = (text, line)
        return True

    def theme_above(self, level: int) -> None:
        """The theme of an area printed as a heading: as :class:`ModelParser` reads it, but
        never a list of contents ("Contents" over links to the chapters)."""
        from wlga_analysis.interpret.recommendations.prose import _NOT_A_THEME

        above = self.heading_above(level)
        if above is None or not _NOT_A_THEME.fullmatch(above[1]):
            super().theme_above(level)

    def card_area(self, record: _Record) -> None:
        """Open the area of a card: the plain heading above it (when the areas are not
        numbered), else the area open, else one area named after the document's title. (A
        card with an "Area" label names its area itself: read as a register's Area cell.)"""
        heading, self.card_heading = self.card_heading, None
        if "area" in record.roles():
            return
        if heading is not None and ("heading", *heading) in self.notes and (
                self.current is None or self.current.named) \
                and (self.current is None or self.current.line < heading[1]):
            self.notes.remove(("heading", *heading))
            self.named_area(*heading)
        elif self.current is None:
            name = self.title or "Recommendations"
            self.issue("areas", "no group heading", 1, record.line,
                       f"the cards of recommendations stand under no heading; they are one "
                       f"area named after the document's title ({name!r})")
            self.named_area(name, record.line)

    def read_card(self, record: _Record) -> None:
        """Read a card as the register row it stands for: "No. | Recommendation | <each
        label>"."""
        self.card_area(record)
        self.list_column = None
        number = record.number or next(
            (clean_text(f.blocks[0].text.text).rstrip(".") for f in record.fields
             if f.role == "number" and f.blocks and hasattr(f.blocks[0], "text")
             and self.number_of(f"{clean_text(f.blocks[0].text.text).rstrip('.')}. X")),
            None)  # a "No." or "Ref" label's number
        if number is None:
            number = str(self.next_no(_REC))
            self.issue(_REC, "numbered by the loader", number, record.line,
                       f"a card at line {record.line} prints no recommendation number; "
                       f"numbered {number} in reading order")
        cells, columns = card_row(record, number)
        if not any(f.role == "recommendations" for f in record.fields) \
                and record.head_text is None and not record.text_blocks:
            self.issue(_REC, "no text", number, record.line,
                       f"the card of recommendation {number} prints no recommendation text")
        if columns.activities is not None:
            cells[columns.activities] = self.numbered_progress(
                cells[columns.activities], number, record.line)
        self.open_table(Table((), ()), columns)
        if self.header_line is None or self.header_line == 0:
            self.header_line = record.line
        before = len(self.items[_REC])
        self.model_row(tuple(cells), columns)
        if columns.owners is None:  # (no owner label: the owners its text names)
            text_owners(self, self.items[_REC][before:])


    def numbered_progress(self, cell: Cell, number: str, line: int) -> Cell:
        """A card's progress, its first paragraph numbered as the next activity when it
        prints no number (reported; a list of bullets is left to the bullet rules)."""
        first = cell.blocks[0] if cell.blocks else None
        if not isinstance(first, Paragraph) or first.number is not None:
            return cell
        if (bullets := _bulleted(cell)) is not None:
            return bullets  # ("-   A" / "-   B": a grid cell's bullets, lines of a cell)
        text = clean_text(first.text.text)
        if len(cell.blocks) == 1 and _is_placeholder(text, self.words["placeholder"]):
            self.issue(_ACT, "placeholder", "", line,
                       f"the progress on recommendation {number} printed in its card reads "
                       f"{text!r}: no activity (kept in this message only)")
            return Cell((), cell.location)
        if (nothing := nothing_progress(self, cell, number, line)) is not None:
            return nothing  # ("No progress has been reported since the response.")
        if not text or self.number_of(text) is not None:
            return cell
        n = self.next_no(_ACT)
        if self.current is not None:
            self.issue(_ACT, "unnumbered items numbered", str(n), line,
                       f"Area {self.current.area_id}'s activity, the progress on "
                       f"recommendation {number} printed in its card, has no number; "
                       f"numbered {n} in reading order across the document")
        return Cell((Paragraph(first.text, str(n), first.location), *cell.blocks[1:]),
                    cell.location)


def _bulleted(cell: Cell) -> Cell | None:
    """A cell whose every paragraph opens with a bullet ("- A", "- B": the lines of a
    grid table's cell) as its list items; None for any other cell."""
    from wlga_analysis.read.markers import parse_marker

    items: list[Block] = []
    for block in cell.blocks:
        marker = parse_marker(block.text.text) if isinstance(block, Paragraph) else None
        if marker is None or marker.kind != "bullet" or block.number is not None:
            return None
        text = block.text
        items.append(ListItem(text.slice(len(text.text) - len(marker.rest),
                                         len(text.text)).strip(),
                              marker.marker.strip(), "bullet", None, 0, block.location))
    return Cell(tuple(items), cell.location) if items else None


#: The labels whose first is read in a role of its own (the others are columns as printed;
#: a response and an explanation too, unless the card is a written response's).
_OWN_ROLES = frozenset({"recommendations", "activities", "response", "explanation", "area",
                        "theme"})


def _head_text(record: _Record, location: Location) -> list[Block]:
    """The text a card prints with no label: after its head's number, or under its head."""
    if record.text_blocks:
        return list(record.text_blocks)
    if record.head_text is not None:
        return [Paragraph(Inline(record.head_text), None, location)]
    return []


def _label_cells(record: _Record, cells: list[Cell]
                 ) -> tuple[dict[str, int], list[int], list[tuple[int, str]]]:
    """Add a cell per label of a card to ``cells``: the index of each role's first label,
    the further owner labels (supporters), and the labels kept as columns (name)."""
    first: dict[str, int] = {}
    supporters: list[int] = []
    extras: list[tuple[int, str]] = []
    for item in record.fields:
        index = len(cells)
        cells.append(Cell(tuple(item.blocks), Location(line=item.line)))
        role = item.role or ""
        if role in _OWN_ROLES and role not in first:
            first[role] = index
            if role in ("recommendations", "activities", "area", "theme"):
                continue
        elif role == "owners" and "owners" in first:
            supporters.append(index)
        first.setdefault(role, index)
        name = "status" if role == "status" else column_name(item.label)
        while name in {n for _, n in extras}:
            name += "_2"
        extras.append((index, name))
    return first, supporters, extras


def card_row(record: _Record, number: str) -> tuple[list[Cell], Columns]:
    """The register row a card stands for, and its columns: the number, then a cell per
    label (the first recommendation, progress and owner labels in their roles, the owner
    labels also kept as printed, any other label a column of its own), then the text the
    head prints after the number (the recommendation's text, or its title when a label
    prints the text). A card with no progress label but an explanation ("Comment") is a
    written response: the explanation is the activity, the response its status."""
    location = Location(line=record.line)
    cells: list[Cell] = [Cell((Paragraph(Inline(number), None, location),), location)]
    first, supporters, extras = _label_cells(record, cells)
    text = _head_text(record, location)
    if text and "recommendations" in first:  # a text label too: the head's is a title
        extras.append((len(cells), "record_title"))
    first.setdefault("recommendations", len(cells))
    if text or first["recommendations"] == len(cells):  # (no text: the number alone)
        cells.append(Cell(tuple(text or [Paragraph(Inline(f"{number}."), None, location)]),
                          location))
    answers = "activities" not in first and "explanation" in first
    if answers:  # (the response and explanation are read as a response table's)
        extras = [(i, n) for i, n in extras
                  if i not in (first["explanation"], first.get("response"))]
    return cells, Columns(len(cells), first.get("area"), first["recommendations"],
                          first.get("activities"), tuple(extras), first.get("owners"), 0,
                          first.get("theme"), supporters=tuple(supporters),
                          response=first.get("response") if answers else None,
                          explanation=first["explanation"] if answers else None)
