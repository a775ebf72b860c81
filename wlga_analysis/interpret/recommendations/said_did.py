""""You said, we did" tables: what was asked for beside what was done, a table per topic.

A council or the WLGA reports back on a consultation, a youth summit or a survey with a
heading per topic (the area) over a two-column table: what people asked for (the
recommendation) beside what has been done about it (the activities), often with a number
column: ``No. | You said | We did``, ``Issue raised | Our response``, ``Recommendation |
Action taken``. The rules here read that family:

- the **header words** of either side (:data:`SAID_DID_RULES`, tried after the columns of
  :data:`.columns.COLUMN_RULES`): "You said", "What you told us", "Issues raised" name the
  recommendations column; "We did", "What we did", "Our response", "What happened" the
  activities column (:func:`said_did_role`), "Topic" the area column; a header row of them
  makes a document one the model interpreter reads (:func:`said_did_header`);
- the **area** of a table with a recommendations and an activities column but no Area
  column (and no area rows) is the heading it stands under, or, in a plain-text export,
  the short line just above its header row (:func:`open_heading_area`); tables under
  headings named alike are one area. Its theme is the heading one level above that heading,
  if any (a bold line or a smaller heading above the topics, the report's subtitle, is no
  theme of theirs); a table with neither is one area named after the title (reported);
- the **owners** of such a table's recommendations, with no owner column, are the subject
  of the sentence: "Councils and Transport for Wales should ..." -> LG, Transport for
  Wales; "We want the Welsh Government to ..." -> WG (:func:`wording_owners`;
  :func:`said_did_owners`);
- each **row** starts a recommendation and its activities (:func:`said_did_row`): a
  recommendation printed with no number is numbered in reading order, each bullet of the We
  did cell is an activity (a paragraph with no bullet: the cell is one), numbered in
  reading order across the document, as :mod:`.bullets` numbers bullets in an Activity
  cell; never more text of the row above (both numberings reported);
- Word's "Save as plain text" of such a table prints a bulleted cell's bullet as a cell of
  its own ("•<TAB>text", a row of more cells than its header) and the cell's next bullet
  on a line of its own: the bullet and its text are one bullet item, and a line of bullets
  alone continues the cell above (:func:`joined_bullet_cells`).

Examples
--------
>>> said_did_role("You said"), said_did_role("What we did"), said_did_role("Our response")
('recommendations', 'activities', 'activities')
>>> said_did_role("Issues raised"), said_did_role("Status")
('recommendations', None)
>>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
>>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
...                               ("LG", "Local government", "councils")])
>>> wording_owners("We want the Welsh Government to make bus travel cheaper.", known)
['WG']
>>> wording_owners("Councils and police forces should work together.", known)
['LG', 'police forces']
>>> wording_owners("More buses at night.", known) is None
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Cell, Inline, ListItem, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.blocks import _Block
    from wlga_analysis.interpret.recommendations.columns import Columns
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.interpret.recommendations.lines import _Item

__all__ = ["SAID_DID_RULES", "joined_bullet_cells", "open_heading_area", "said_did_header",
           "said_did_owners", "said_did_role", "said_did_row", "said_did_table",
           "wording_owners"]

#: Who speaks on the "said" side: "You said", "What young people told us".
_SPEAKERS = (r"(?:you|young\speople|children(?:\sand\syoung\speople)?|residents|people|"
             r"members|tenants|pupils|learners|staff|service\susers|communities|"
             r"the\spublic|participants)")
#: (role, pattern): a header cell whose text (case and spacing folded) fully matches the
#: pattern names that column of a "You said, we did" table; the first rule that matches
#: wins. They are tried after :data:`.columns.COLUMN_RULES`, the owner-column and the
#: response-column names, so "Recommendation", "Action taken", "Response" keep their roles.
SAID_DID_RULES: tuple[tuple[str, str], ...] = (
    ("area", r"topics?|subjects?"),  # ("Topic | You said | We did": the topic is the area)
    ("recommendations", rf"(?:what\s)?{_SPEAKERS}\s(?:said|told\sus|asked(?:\sfor)?|"
                        r"wanted|suggested|raised|recommended)|"
                        r"(?:the\s)?(?:issues?|concerns?|points?|matters?|questions?|"
                        r"suggestions?)\s(?:raised|identified|made)|"
                        r"(?:your|the)\s(?:feedback|views|suggestions?|comments)|"
                        r"dywedoch(?:\schi)?|dywedodd\spobl\sifanc"),
    ("activities", r"(?:what\s)?we(?:\shave|['\u2019]ve|\swill)?\s(?:did|done|do|are\sdoing|"
                   r"changed|did\snext)|(?:our|the)\s(?:response|answer|reply|actions?)|"
                   r"what\s(?:has\s|have\s)?(?:happened|changed)(?:\snext|\ssince)?|"
                   r"what['\u2019]s\s(?:happened|changed)|(?:the\s)?outcomes?|"
                   r"(?:fe\s)?(?:wnaethom|gwnaethom)(?:\sni)?"),
)
#: All of :data:`SAID_DID_RULES` in one pattern, rule ``i`` the group named ``r<i>``: a
#: full match takes the first rule that matches in full, as trying them in order does.
_ANY_RULE = compile_regex("|".join(f"(?P<r{i}>{pattern})"
                                   for i, (_, pattern) in enumerate(SAID_DID_RULES)))

#: A line that may be the header row of such a table: short, with a cell separator and one
#: of the header words (a quick look before the rules are tried).
_HEADER_HINT = compile_regex(r"(?i)\b(?:said|told|raised|did|done|doing|response|answer|"
                             r"reply|happened|changed|outcomes?|feedback|views|dywedoch|"
                             r"wnaethom)\b")
#: The words of :data:`_HEADER_HINT`, lower case (see :func:`_has_hint`).
_HINT_WORDS = ("said", "told", "raised", "did", "done", "doing", "response", "answer",
               "reply", "happened", "changed", "outcome", "feedback", "views", "dywedoch",
               "wnaethom")
#: The letters other than ASCII ones that match an ASCII letter when case is ignored
#: (dotless i, long s, capital I with a dot, the Kelvin sign).
_CASE_TWINS = ("\u0131", "\u017f", "\u0130", "\u212a")
#: Between the cells of a row of the text form: a TAB or a pipe.
_CELL_SPLIT = compile_regex(r"\t|\|")
#: The longest header row looked at.
_HEADER_MAX = 300


def said_did_role(header: str) -> str | None:
    """The column a (folded) header cell of a "You said, we did" table names:
    ``recommendations`` ("You said"), ``activities`` ("We did"), else None."""
    text = " ".join(header.casefold().strip(" :*_").split())
    found = _ANY_RULE.fullmatch(text)  # (the first rule that matches in full)
    return SAID_DID_RULES[int(found.lastgroup[1:])][0] if found and found.lastgroup else None


def said_did_header(lines: tuple[str, ...] | list[str]) -> bool:
    """Whether a document prints the header row of a "You said, we did" table (tab or pipe
    separated, one cell of each side's words), which only the model interpreter reads.

    Examples
    --------
    >>> said_did_header(["Transport", "No.\\tYou said\\tWe did", "1\\tCheaper buses.\\t\u2022"])
    True
    >>> said_did_header(["| Issue raised | Our response |"]), said_did_header(["We did it."])
    (True, False)
    >>> said_did_header(["| Dywedoch chi / You said | Gwnaethom ni / We did |"])
    True
    """
    from wlga_analysis.interpret.recommendations.columns import column_role

    words = _printed_hint_words(lines)  # (a row holds a word the document prints)
    if not words:
        return False
    for line in lines:
        if len(line) > _HEADER_MAX or ("\t" not in line and "|" not in line) \
                or not _has_hint(line, words):
            continue
        cells = [clean_text(c) for c in _CELL_SPLIT.split(line.strip().strip("|"))]
        if any(_names_a_side(c) for c in cells if c) \
                and {"recommendations", "activities"} <= {column_role(c) for c in cells if c}:
            return True
    return False


def _printed_hint_words(lines: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The words of :data:`_HINT_WORDS` a document prints anywhere (one look at its whole
    text, lower case), or all of them when it prints one of :data:`_CASE_TWINS` (which
    the pattern matches, ignoring case, as ASCII letters): no line holds a word its
    document does not print.

    Examples
    --------
    >>> _printed_hint_words(["No.\tYou SAID", "We did it"])
    ('said', 'did')
    >>> _printed_hint_words(["Area\tActivity"]), len(_printed_hint_words(["\u017fAID"]))
    ((), 16)
    """
    text = "\n".join(lines)
    if not text.isascii() and any(twin in text for twin in _CASE_TWINS):
        return _HINT_WORDS
    folded = text.lower()
    return tuple(word for word in _HINT_WORDS if word in folded)


def _has_hint(line: str, words: tuple[str, ...] = _HINT_WORDS) -> bool:
    """Whether :data:`_HEADER_HINT` finds a header word in ``line``. The line is first
    looked at, lower case, for the words themselves (``words``: those of
    :data:`_HINT_WORDS` its document prints), which most rows lack: when case is
    ignored, only ASCII letters and four others (:data:`_CASE_TWINS`) match the words'
    letters, so a line with none of the four holds a word wherever the pattern finds one.

    Examples
    --------
    >>> _has_hint("No.\tYou SAID\tWe did"), _has_hint("Area\tActivity"), _has_hint("\u017fAID\tx")
    (True, False, True)
    """
    if line.isascii() or not any(twin in line for twin in _CASE_TWINS):
        folded = line.lower()
        if not any(word in folded for word in words):
            return False
    return _HEADER_HINT.search(line) is not None


def _names_a_side(header: str) -> bool:
    """Whether a header cell, or one half of a bilingual one ("Dywedoch chi / You said"),
    is either side's words."""
    parts = [header, *header.split("/")] if "/" in header else [header]
    return any(said_did_role(p) in ("recommendations", "activities") for p in parts)


# -- areas: the heading over each table ----------------------------------------------------
#: The longest line read as a topic printed plainly over a table (a plain-text export).
_TOPIC_WORDS = 12


def _is_area_row(row: tuple[Cell, ...]) -> bool:
    """Whether a row is an area row: one cell alone ("Area 2: Digital"), or a number and a
    name in bold, all else empty (an action plan's "1 | **Regional transport plans**")."""
    filled = [cell for cell in row if cell.text.strip()]
    if len(filled) != 2:
        return len(filled) <= 1
    texts = [clean_text(cell.text) for cell in filled]
    bold = [len(c.blocks) == 1 and getattr(c.blocks[0], "text", Inline("")).is_bold()
            for c in filled]
    return (texts[0].rstrip(".").isdigit() and bold[1]) or (texts[1].rstrip(".").isdigit()
                                                            and bold[0])


def _heading_table(table: Table) -> bool:
    """Whether a table is of this family: a recommendations and an activities column, no
    Area, theme, owner-tick or response column, and its first row no area row."""
    from wlga_analysis.interpret.recommendations.columns import map_columns

    columns = map_columns(table.header_text) if table.header else None
    return columns is not None and columns.area is None and columns.activities is not None \
        and columns.theme is None and not columns.answers and not columns.ticks \
        and bool(table.rows) and not _is_area_row(table.rows[0])


def _plain_topic(parser: ModelParser, table: Table) -> tuple[str, int] | None:
    """The short plain line just above a table's header row (blank lines between), when
    it was kept as a note: a topic printed with no heading style."""
    line = table.location.line or 0
    if not parser.notes or line <= 1:
        return None
    kind, text, ln = parser.notes[-1]
    if kind != "paragraph" or not 0 < ln < line \
            or any(parser.lines[i - 1].strip() for i in range(ln + 1, line)):
        return None
    if len(text.split()) > _TOPIC_WORDS or text.rstrip()[-1:] in ".;:," \
            or parser.number_of(text) is not None:
        return None
    return text, ln


def _heading_level(parser: ModelParser, heading: tuple[str, int]) -> int:
    """The level of a heading read just now (7, below every heading, when not known)."""
    for level, text, ln in reversed(parser.headings_seen):
        if (text, ln) == heading:
            return level
    return 7


def _theme_of_topics(parser: ModelParser, level: int) -> None:
    """The theme of an area named by a heading of ``level``: the nearest heading above it
    of a higher level; else none, unless the theme is labelled ("Theme 2: ...")."""
    if parser.heading_above(level) is not None:
        parser.theme_above(level)
    elif parser.theme_no is None:
        parser.theme = None  # a subtitle or a smaller heading above the topics: no theme


def open_heading_area(parser: ModelParser, table: Table,
                      pending: tuple[str, int] | None) -> bool:
    """Before a "You said, we did" table, open the area of the heading it stands under
    (``pending``, the heading just before it) or of the plain line just above it; True
    when ``pending`` was read so. A table with neither, before any area, is one area named
    after the title (reported); one after an area stays in it."""
    if not _heading_table(table):
        return False
    if pending is not None and ("heading", *pending) not in parser.notes:
        return False  # (a title printed as a heading)
    topic = pending if pending is not None else _plain_topic(parser, table)
    if topic is None:
        if parser.current is None:
            from wlga_analysis.interpret.recommendations.response_rows import title_area

            title_area(parser, table, "table")
        return False
    kind = "heading" if pending is not None else "paragraph"
    parser.notes.remove((kind, *topic))
    _theme_of_topics(parser, _heading_level(parser, topic) if pending is not None else 7)
    parser.named_area(*topic)
    return pending is not None


# -- owners: the sentence's subject ---------------------------------------------------------
#: "We want the Welsh Government to ...", "Young people would like councils to ...": the
#: body asked to act.
_WISH = compile_regex(r"(?i)^\s*(?:we|young\s+people|they|residents|members|pupils)\s+"
                      r"(?:want(?:ed)?|would\s+like|asked?|call(?:ed)?\s+on|urged?|"
                      r"need(?:ed)?)\s+(?P<subject>[^,.;:()]{2,80}?)\s+to\b")
#: "X should ...", "X must ...": the subject of a recommendation's sentence.
_SHOULD = compile_regex(r"^\s*(?P<subject>[A-Z][^,.;:()]{1,80}?)\s+(?:should|must)\b")
#: The most words a name of the subject that the owner list does not know may have.
_NAME_WORDS = 5


def wording_owners(text: str, known: frozenset[str]) -> list[str] | None:
    """The owners a recommendation's sentence names as the body asked to act ("We want the
    WLGA to ...") or as its subject ("Health boards and councils should ...", with a body
    it should work with as support: :func:`.responses.subject_owners`), known names as
    their codes, others as printed; None unless one of them is a known owner.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.owners import OwnerCodes
    >>> known = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None)])
    >>> wording_owners("The Welsh Government should work with the WLGA to act.", known)
    ['WG', 'WLGA']
    """
    from wlga_analysis.interpret.recommendations.prose_owners import _names
    from wlga_analysis.interpret.recommendations.responses import subject_owners

    m = _WISH.match(text)
    if m is None:
        found = subject_owners(text, known)
        if found is not None:
            return found
        m = _SHOULD.match(text)  # (a name in lower case too: "Councils and police forces")
    if m is None:
        return None
    owners = _names(m.group("subject"), known)
    if not any(name in known for name in owners) \
            or any(len(name.split()) > _NAME_WORDS for name in owners):
        return None
    return owners


def said_did_owners(parser: ModelParser, columns: Columns, started: list[_Item]) -> None:
    """Give the recommendations a row of this family started (with no owner column) the
    owners of their sentence's wording."""
    if columns.owners is not None or columns.ticks or not _in_family(parser, columns):
        return
    for item in started:
        if item.owners or not item.pieces:
            continue
        for name in wording_owners(clean_text(item.pieces[0]), parser.known) or ():
            item.owners.append(name)
            if name not in parser.known:
                item.unknown.append(name)


# -- rows: each starts a recommendation and its activities -------------------------------------
def said_did_table(parser: ModelParser, table: Table) -> Table:
    """A table as this family's rules read it: note whether its header prints either side's
    words ("You said", "We did"; a table with no header, rows after a page break, keeps the
    kind of the table before), and join a plain-text export's bullet cells
    (:func:`joined_bullet_cells`)."""
    if table.header:
        parser.said_did = any(_names_a_side(h) for h in table.header_text)
    return joined_bullet_cells(table)


def _in_family(parser: ModelParser, columns: Columns) -> bool:
    """Whether a row is of a table of this family: an activities column and no response
    column, and a header of either side's words or the area named by a heading or a topic
    line (no Area column)."""
    if columns.activities is None or columns.answers:
        return False
    return getattr(parser, "said_did", False) or (
        columns.area is None and parser.current is not None and parser.current.named)


def said_did_row(parser: ModelParser, columns: Columns, recommendations: list[_Block],
                 activities: list[_Block], ln: int) -> tuple[list[_Block], list[_Block]]:
    """A row of this family's recommendation and activity blocks, as the item rules read
    them: each row starts a recommendation and its activities (no row a page break split),
    so a recommendation printed with no number (and no number column) is numbered as the
    next in reading order, and the activities are new ones, not more text of the activity
    above: each unnumbered bullet numbered as the next activity, or the first paragraph
    when the cell prints no bullet. The numberings are reported."""
    from wlga_analysis.interpret.recommendations.bullets import bullet_text
    from wlga_analysis.interpret.recommendations.lines import _ACT, _REC, _Block

    if not recommendations or not _in_family(parser, columns):
        return recommendations, activities
    recommendations = _numbered(parser, _REC, recommendations, ln)
    texts = [bullet_text(b) for b in activities]
    if not activities or texts[0] is None \
            or any(t is not None and parser.number_of(clean_text(t)) for t in texts):
        return recommendations, _numbered(parser, _ACT, activities, ln)
    first = number = parser.next_no(_ACT)
    out = []
    for block, text in zip(activities, texts, strict=True):
        if text is None:  # (a paragraph under a bullet goes on with it)
            out.append(block)
            continue
        out.append(_Block(f"{number}. {text}", False))
        number += 1
    span = str(first) if number == first + 1 else f"{first}-{number - 1}"
    parser.issue(_ACT, "unnumbered items numbered", span, ln,
                 f"the activities of recommendation row at line {ln} are printed as bullets "
                 f"with no number; numbered {span} in reading order across the document")
    return recommendations, out


def _numbered(parser: ModelParser, column: str, blocks: list[_Block],
              ln: int) -> list[_Block]:
    """The blocks with the first numbered as the column's next item when it prints no
    number (reported); unchanged otherwise."""
    from wlga_analysis.interpret.recommendations.lines import _Block
    from wlga_analysis.interpret.recommendations.register_progress import placeholder_progress

    text = clean_text(blocks[0].raw) if blocks else ""
    if not text or blocks[0].bullet or parser.number_of(text) is not None:
        return blocks
    if column == "activities" and len(blocks) == 1 and placeholder_progress(parser, text, ln):
        return []  # ("Not yet due": no activity, reported)
    number = parser.next_no(column)
    label = "recommendation" if column == "recommendations" else "activity"
    parser.issue(column, "numbered by the loader", number, ln,
                 f"the {label} {text[:60]!r} is printed with no number; numbered {number} "
                 "in reading order")
    return [_Block(f"{number}. {blocks[0].raw}", False), *blocks[1:]]


# -- Word's plain-text export of bulleted cells ----------------------------------------------
#: The bullets Word prints before a list paragraph's TAB (no dash: a cell "–" says "none").
_BULLETS = frozenset("\u2022\u25aa\u25cf\u25e6\u25cb\u25a0\u25a1\u27a2\u27a4\u00b7"
                     "\uf0b7\uf0a7\uf0d8")


def _lone_bullet(cell: Cell) -> bool:
    text = cell.text.strip()
    return len(text) == 1 and text in _BULLETS


def _joined(row: tuple[Cell, ...]) -> list[Cell]:
    """A row's cells, each lone bullet cell and the cell after it one cell: a bullet item."""
    cells: list[Cell] = []
    index = 0
    while index < len(row):
        cell = row[index]
        if _lone_bullet(cell) and index + 1 < len(row) and row[index + 1].blocks:
            after = row[index + 1]
            first = after.blocks[0]
            text = getattr(first, "text", None)
            if isinstance(first, Paragraph) and isinstance(text, Inline):
                item = ListItem(text, cell.text.strip(), "bullet", None, 0, first.location)
                cells.append(Cell((item, *after.blocks[1:]), cell.location))
                index += 2
                continue
        cells.append(cell)
        index += 1
    return cells


def joined_bullet_cells(table: Table) -> Table:
    """A table whose bulleted cells were exported as a bullet cell and a text cell ("•",
    "The fare started.") and their next bullets as rows of their own ("•", "Councils
    promoted it."), with each bullet and its text one bullet item and those rows joined to
    the last cell of the row above (any other table: unchanged).

    Examples
    --------
    >>> def cell(text):
    ...     return Cell((Paragraph(Inline(text)),))
    >>> header = tuple(cell(t) for t in ("No.", "You said", "We did"))
    >>> rows = ((cell("1"), cell("Cheaper buses."), cell("\u2022"), cell("A fare.")),
    ...         (cell("\u2022"), cell("Promoted.")))
    >>> joined = joined_bullet_cells(Table(header, rows))
    >>> [[type(b).__name__ + ":" + b.text.text for b in c.blocks] for c in joined.rows[0]]
    [['Paragraph:1'], ['Paragraph:Cheaper buses.'], ['ListItem:A fare.', 'ListItem:Promoted.']]
    """
    if not table.header or not any(_lone_bullet(c) for row in table.rows for c in row):
        return table
    width = len(table.header)
    rows: list[tuple[Cell, ...]] = []
    for row in table.rows:
        cells = _joined(row) if len(row) > width or _lone_bullet(row[0]) else list(row)
        if rows and _lone_bullet(row[0]) and len(cells) < width:  # the cell above goes on
            above = list(rows[-1])
            last = max((i for i, c in enumerate(above) if c.blocks), default=len(above) - 1)
            more = tuple(b for c in cells for b in c.blocks)
            above[last] = Cell(above[last].blocks + more, above[last].location)
            rows[-1] = tuple(above)
            continue
        rows.append(tuple(cells))
    return Table(table.header, tuple(rows), table.location)
