"""Recommendations printed as labelled records: one card per recommendation.

A progress report on a committee's recommendations (or an action plan) may print each
recommendation as a card: its number ("Recommendation 4", a heading, a bold line or a
shaded first row), then a label and a value for each thing said about it::

    ### Recommendation 4                     | Recommendation 4               |
    Recommendation                           | Recommendation | The WG should...|
    :   The Welsh Government should ...      | Response       | Accepted        |
    Lead                                     | Lead           | Welsh Government|
    :   Welsh Government                     | Target date    | March 2025      |
    Progress update                          | Progress update| A guide was ... |
    :   A guide was published in May.

Any form of a label and its value is read alike: the rows of a two-column table (one
table a card, or one table with a head row per card), a definition list (a web page's
``<dl>``: a bold term over its description; Pandoc's ``Term`` / ``:   value``), and
"Label: value" lines (bold or plain, or list items). The labels are matched by the rules
of the table columns (:func:`.columns.column_role`), then :data:`RECORD_ROLES`:

- **recommendations** ("Recommendation"): the recommendation's text (or the text the head
  prints after its number: "Recommendation 3: Councils should ...");
- **owners** ("Lead", "Owner", "Responsible"; kind ``owner_column`` of
  ``data/raw/recommendation_words.csv``): the owners, lead first (also kept as printed);
- **activities** ("Progress update", "Progress", "Update", "Action taken"): the progress
  the card reports, an activity of the recommendation's area (numbered in reading order,
  reported, as the progress cells of a register);
- **status** ("Status", "RAG status"): kept as printed, and the status of the activity;
- any other label ("Response", "Target date", "Timescale") a column of its own, named after
  the label, as a table's other columns are: never text of the recommendation.

The cards' **areas** are the numbered headings they stand under ("2. Community asset
transfer", "Area 2: ...", read as the model interpreter reads them), else the plain heading
over them, else (no heading) one area named after the document's title (reported). A card
must print a recommendation's number or text and at least one label of owners, progress or
status; a document whose cards are found is read as cards (:func:`record_parser`), any other
by the other interpreters.

Examples
--------
>>> record_role("Progress update"), record_role("Owner"), record_role("Update:")
('activities', 'owners', 'activities')
>>> record_role("Status"), record_role("Target date") is None, record_role("Recommendation")
('status', True, 'recommendations')
>>> split_label("**Owner:** Welsh Government")
('Owner', 'Welsh Government')
>>> split_label("Timescale: March 2025", repeated=frozenset({"timescale"}))
('Timescale', 'March 2025')
>>> split_label("The guide was published: see the web page.") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.columns import Columns, column_name, column_role
from wlga_analysis.interpret.recommendations.from_model import ModelParser
from wlga_analysis.interpret.recommendations.lines import _REC
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
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.documents import Document

__all__ = ["RECORD_ROLES", "RecordParser", "record_parser", "record_role", "split_label"]

#: (role, pattern): labels the table columns' rules do not name, matched on the label's
#: folded text (a colon dropped); the first rule that matches wins.
RECORD_ROLES: tuple[tuple[str, str], ...] = (
    ("activities", r"(?:latest\s+|progress\s+|current\s+)?updates?(?:\s+on\s+progress)?|"
                   r"(?:actions?|steps)\s+taken(?:\s+so\s+far)?|work\s+done"),
    ("status", r"(?:rag\s+|current\s+|progress\s+|delivery\s+)?status|rag(?:\s+rating)?"),
)
_COMPILED = tuple((role, compile_regex(pattern)) for role, pattern in RECORD_ROLES)
#: The roles that make a record of labels a recommendation's card (with its number or text).
_CARD_ROLES = frozenset({"owners", "activities", "status"})
#: ... and of a card printed as a table (a response's: "Response", "Comment").
_TABLE_ROLES = _CARD_ROLES | {"response", "explanation"}
#: A card's head: "Recommendation 4", "Rec 4a:", "Recommendation 4 – Councils should ...".
_HEAD = compile_regex(r"(?i)(?:recommendation|rec\.?|argymhelliad)\s*+(\d{1,4}[a-z]?)"
                      r"(?:\s*+[:.\u2013\u2014-]\s*+(?P<text>\S.*)|\s*+[:.]?)")
#: "Label: value" (the label up to six words, bold marks around it allowed).
_LABELLED = compile_regex(r"(?:\*\*|__)?(?P<label>[A-Za-z][A-Za-z'\u2019()/&-]*+"
                          r"(?:\s++[A-Za-z'\u2019()/&-]++){0,5}?)\s*+(?:\*\*|__)?\s*+:"
                          r"\s*+(?:\*\*|__)?\s*+(?P<value>\S.*)")
#: A Pandoc definition's mark before its text (":   Welsh Government", "~ WG").
_DEFINITION = compile_regex(r"[:~]\s++")
#: A card's head alone on a line or in a cell of the text form ("### Recommendation 4",
#: "<p><b>Recommendation 4</b></p>"), for the cheap check of :func:`record_parser`.
_LINE_HEAD = compile_regex(r"(?i)[\s#>*_|\-\u2022]*+(?:<[^<>]{1,40}>\s*+)*+(?:recommendation|"
                           r"rec\.?|argymhelliad)\s*+\d{1,4}[a-z]?[ .:]*+(?:</[^<>]{1,10}> *+|"
                           r"\*\*|__)*+(?:\t|\||$)")
#: The longest label alone (characters, words).
_LABEL_CHARS, _LABEL_WORDS = 50, 6
#: A line of the text form that starts with a label: the label (a cell, a bold line, or
#: before a colon), for the cheap check of :func:`record_parser`.
_LINE_LABEL = compile_regex(r"[\s#>*_|\-\u2022]*+(?:<[^<>]{1,40}>\s*+)*+(?P<label>[A-Za-z][A-Za-z "
                            r"'\u2019()/&-]{0,50}?) *+(?:</[^<>]{1,10}> *+|\*\*|__)*+"
                            r"(?::|\t|\||$)")


@lru_cache(maxsize=512)
def record_role(label: str) -> str | None:
    """The role of a card's label (see the module's docstring); None for a label no rule
    names (a column of its own)."""
    text = " ".join(label.split()).strip(" *_:").casefold()
    if not text:
        return None
    role = column_role(text)
    if role is not None:
        return role
    return next((role for role, pattern in _COMPILED if pattern.fullmatch(text)), None)


def split_label(text: str, repeated: frozenset[str] = frozenset()
                ) -> tuple[str, str] | None:
    """A "Label: value" line's label and value; None unless the label is a short name (up
    to six words) that a rule of :func:`record_role` names or that is in ``repeated`` (the
    folded labels a document prints on two lines or more: a card's labels repeat)."""
    m = _LABELLED.fullmatch(text.strip())
    if m is None:
        return None
    label = m.group("label").strip()
    if record_role(label) is None and _fold(label) not in repeated:
        return None
    return label, m.group("value").strip()


def _fold(label: str) -> str:
    return " ".join(label.split()).casefold()


def _is_label_alone(text: str) -> bool:
    """Whether a block's text can be a label printed alone: short, a few words, no stop."""
    return 0 < len(text) <= _LABEL_CHARS and len(text.split()) <= _LABEL_WORDS \
        and text.rstrip()[-1] not in ".;,!?" and not text[0].isdigit()


@dataclass
class _Field:
    """A label and the blocks of its value."""

    label: str
    blocks: list[Block]
    line: int


@dataclass
class _Record:
    """A card: its printed number (None: none printed), the text its head prints after the
    number, and its fields in order."""

    number: str | None
    head_text: str | None
    line: int
    fields: list[_Field] = field(default_factory=list)

    def roles(self) -> set[str | None]:
        return {record_role(f.label) for f in self.fields}

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
    text = lead.group("text") or clean_text(row[1].text) or None
    return _Record(lead.group(1), text, row[0].location.line or line)


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
            if current is None:
                current = _Record(None, None, row[0].location.line or line)
            if current not in records:
                records.append(current)
            current.fields.append(_Field(label, list(row[1].blocks),
                                         row[0].location.line or line))
        elif not (index == 0 and table.header and record_role(label) is None):
            return None  # (a header no rule names is the table's own: "Field | Detail")
    return records if records and all(r.is_card(table=True) for r in records) else None


class _Finder:
    """Finds the cards of a document's blocks (its "Label: value" labels known beforehand:
    those a rule names and those printed on two lines or more)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        counts: dict[str, int] = {}
        for block in blocks:
            if isinstance(block, (Paragraph, ListItem)) and ":" in block.text.text[:60]:
                m = _LABELLED.fullmatch(block.text.text.strip())
                if m is not None:
                    label = _fold(m.group("label"))
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
        return text if block.text.is_bold() or record_role(text) is not None else None

    def paragraph_fields(self, i: int) -> tuple[list[_Field], int]:
        """The fields printed as paragraphs from ``blocks[i]`` on, and the index after them. A
        paragraph with no label between two fields continues the value before it; after the
        last field, only the lines that follow its value with no blank line between."""
        blocks = self.blocks
        fields: list[_Field] = []
        pending: list[Block] = []  # plain paragraphs after a value: its continuation?
        while i < len(blocks):
            block = blocks[i]
            if isinstance(block, (Heading, Table)) or _head(block) is not None:
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
        if isinstance(block, Table):
            records = _table_records(block, None, line)
            if records is not None:
                out.extend(records)
                return records, i + 1
        if head is not None:
            fields, after = self.paragraph_fields(i + 1)
            record = _Record(*head, line, fields)
            if fields and record.is_card():
                out.append(record)
                return [record], after
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

    def __init__(self, doc: Document, known: frozenset[str],
                 blocks: list[Block | _Record]) -> None:
        super().__init__(doc, known)
        self.record_blocks = blocks
        #: the last heading read as a note since the last card (an area's, for cards
        #: under plain headings)
        self.card_heading: tuple[str, int] | None = None

    def run(self) -> None:
        """:meth:`ModelParser.run` over the blocks with the cards found."""
        self.columns = None
        self.list_column = None
        self.headings_seen = []
        self.html_of = {}
        self.printed_counts = {}
        self.owner_group = None
        self.unnumbered_responses = None
        from wlga_analysis.interpret.recommendations.heading_areas import check_area_counts

        for block in self.record_blocks:
            pending, self.pending_heading = self.pending_heading, None
            if isinstance(block, _Record):
                self.read_card(block)
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

    def theme_above(self, level: int) -> None:
        """The theme of an area printed as a heading: as :class:`ModelParser` reads it, but
        never a list of contents ("Contents" over links to the chapters)."""
        from wlga_analysis.interpret.recommendations.prose import _NOT_A_THEME

        above = [h for h in self.headings_seen if h[0] < level]
        if not above or not _NOT_A_THEME.fullmatch(above[-1][1]):
            super().theme_above(level)

    def card_area(self, record: _Record) -> None:
        """Open the area of a card: the plain heading above it (when the areas are not
        numbered), else the area open, else one area named after the document's title."""
        heading, self.card_heading = self.card_heading, None
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
             if record_role(f.label) == "number" and f.blocks and hasattr(f.blocks[0], "text")
             and self.number_of(f"{clean_text(f.blocks[0].text.text).rstrip('.')}. X")),
            None)  # a "No." or "Ref" label's number
        if number is None:
            number = str(self.next_no(_REC))
            self.issue(_REC, "numbered by the loader", number, record.line,
                       f"a card at line {record.line} prints no recommendation number; "
                       f"numbered {number} in reading order")
        cells, columns = card_row(record, number)
        if not any(record_role(f.label) == "recommendations" for f in record.fields) \
                and record.head_text is None:
            self.issue(_REC, "no text", number, record.line,
                       f"the card of recommendation {number} prints no recommendation text")
        self.open_table(Table((), ()), columns)
        if self.header_line is None or self.header_line == 0:
            self.header_line = record.line
        self.model_row(tuple(cells), columns)


def card_row(record: _Record, number: str) -> tuple[list[Cell], Columns]:
    """The register row a card stands for, and its columns: the number, then a cell per
    label (the first recommendation, progress and owner labels in their roles, the owner
    labels also kept as printed, any other label a column of its own), then the text the
    head prints after the number (the recommendation's text, or its title when a label
    prints the text). A card with no progress label but an explanation ("Comment") is a
    written response: the explanation is the activity, the response its status."""
    location = Location(line=record.line)
    cells: list[Cell] = [Cell((Paragraph(Inline(number), None, location),), location)]
    first: dict[str, int] = {}
    supporters: list[int] = []
    extras: list[tuple[int, str]] = []
    for item in record.fields:
        index = len(cells)
        cells.append(Cell(tuple(item.blocks), Location(line=item.line)))
        role = record_role(item.label) or ""
        if role in ("recommendations", "activities", "response", "explanation") \
                and role not in first:
            first[role] = index
            if role in ("recommendations", "activities"):
                continue
        elif role == "owners" and "owners" in first:
            supporters.append(index)
        first.setdefault(role, index)
        name = "status" if role == "status" else column_name(item.label)
        while name in {n for _, n in extras}:
            name += "_2"
        extras.append((index, name))
    if record.head_text is not None:
        if "recommendations" in first:
            extras.append((len(cells), "record_title"))
        first.setdefault("recommendations", len(cells))
        cells.append(Cell((Paragraph(Inline(record.head_text), None, location),), location))
    if "recommendations" not in first:  # a card with no text: its number alone, no text
        first["recommendations"] = len(cells)
        cells.append(Cell((Paragraph(Inline(f"{number}."), None, location),), location))
    answers = "activities" not in first and "explanation" in first
    if answers:  # (the response and explanation are read as a response table's)
        extras = [(i, n) for i, n in extras
                  if i not in (first["explanation"], first.get("response"))]
    return cells, Columns(len(cells), None, first["recommendations"], first.get("activities"),
                          tuple(extras), first.get("owners"), 0, supporters=tuple(supporters),
                          response=first.get("response") if answers else None,
                          explanation=first["explanation"] if answers else None)


def _looks_like_cards(lines: tuple[str, ...]) -> bool:
    """A cheap look at the text form's lines: whether it prints labels of two roles, one of
    them owners, progress, status, a response, an explanation or a card's head ("Recommendation
    4" alone): only then is the model searched for cards."""
    roles: set[str] = set()
    for line in lines:
        if len(line) > 2000 or not line.strip():
            continue
        m = _LINE_LABEL.match(line)
        role = record_role(m.group("label")) if m is not None \
            else "head" if _LINE_HEAD.match(line) else None
        if role is not None:
            roles.add(role)
            if len(roles) >= 2 and roles & _LOOKED_FOR:
                return True
    return False


#: The roles of which :func:`_looks_like_cards` looks for one (with another).
_LOOKED_FOR = _TABLE_ROLES | {"head"}


def record_parser(doc: Document, known: frozenset[str]) -> RecordParser | None:
    """A parser of the document's cards (not run yet), or None when it prints none.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> lines = ("# Progress", "", "## 1. Transfers", "", "### Recommendation 1", "",
    ...          "**Owner:** Welsh Government", "", "**Update:** A guide was published.")
    >>> doc = Document(Path("c.md"), "recommendations", lines, "0" * 64)
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> parser = record_parser(doc, OwnerCodes.from_rows([("WG", "Welsh Government", "")]))
    >>> parser.run()
    >>> [(i.number, i.pieces, i.owners) for i in parser.items["recommendations"]]
    [(1, [], ['WG'])]
    >>> [i.check for i in parser.issues if i.table == "recommendations"]
    ['no text']
    >>> [(i.number, i.pieces) for i in parser.items["activities"]]
    [(1, ['A guide was published.'])]
    >>> record_parser(Document(Path("n.md"), "recommendations", ("# T", "Text."), "0" * 64),
    ...               frozenset()) is None
    True
    """
    if not _looks_like_cards(doc.lines):
        return None
    from wlga_analysis.interpret.recommendations.lines import normalised_lines
    from wlga_analysis.read.text import read_text_lines

    model = read_text_lines(normalised_lines(doc.lines), path=doc.path)
    blocks = find_cards(model.blocks)
    return None if blocks is None else RecordParser(doc, known, blocks)
