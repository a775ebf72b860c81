"""Titled cards: "Recommendation N: a short title", the recommendation's sentence under it,
then labelled fields.

A government report page (an accordion per recommendation), its Word file and its print
give each recommendation a short title after its number, the recommendation itself as a
sentence under it, and then what is said about it as labels and values::

    ### Recommendation 3: Risk-assess routes to pick-up points     <- head: number, title
    Local authorities should risk assess the walking routes ...    <- the recommendation
    **Area:** Safety on the journey                                <- fields (any form of
    **Lead:** Local authorities                                       :mod:`.record_cards`:
    **By when:** September 2027                                       "Label: value", a
                                                                      definition list, a
                                                                      two-column table)

The head is a heading, a bold line, or a plain line (a web page's ``<summary>``) whose text
after the number is a **title**: a few words (:data:`TITLE_WORDS` at most), no closing
stop, no verb of a recommendation ("should", "must"): "Recommendation 3: Councils should
share data" is a recommendation, not a title, and stays with the other readers. The text
under it is one or more plain paragraphs that end a sentence, then at least one field of an
**area** or of **owners**. Such a card is read as the record of :mod:`.record_cards` with
the sentence as its "Recommendation" field: the title is kept (column ``record_title``), the
sentence is the recommendation's text, the area label names its area, the lead its owners,
any other label ("By when") a column of its own.

Examples
--------
>>> is_title("Review the distance thresholds"), is_title("Councils should share data")
(True, False)
>>> is_title("That the Welsh Government reviews the thresholds."), is_title(None)
(False, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wlga_analysis.documents import clean_text
from wlga_analysis.read.model import Block, Heading, Paragraph, Table
from wlga_analysis.text.regex_cache import compile_regex

if TYPE_CHECKING:  # pragma: no cover
    from wlga_analysis.interpret.recommendations.card_reader import _Finder, _Record

__all__ = ["TITLE_WORDS", "is_title", "masthead_line", "title_index", "titled_card",
           "titled_head"]

#: The most words of a card's title ("Plan school transport with bus franchising": 6).
TITLE_WORDS = 12
#: Words of a recommendation (or of a sentence) that a title does not print.
_NOT_A_TITLE = compile_regex(r"(?i)^(?:that|we\s+recommend)\b|\b(?:should|must|shall|"
                             r"recommends?|ought\s+to|needs?\s+to)\b")
#: The roles of which a titled card prints at least one field.
_FIELD_ROLES = frozenset({"area", "owners"})


def is_title(text: str | None) -> bool:
    """Whether the text a head prints after its number is a title, not the recommendation:
    a few words, no closing stop, no verb of a recommendation."""
    if not text:
        return False
    text = text.strip()
    return len(text.split()) <= TITLE_WORDS and text[-1] not in ".;:!?," \
        and _NOT_A_TITLE.search(text) is None


def titled_head(block: Block) -> tuple[str, str] | None:
    """The number and title of a titled card's head (a heading, or a paragraph bold or
    plain), else None."""
    if not isinstance(block, (Heading, Paragraph)) or block.number is not None:
        return None
    text = block.text.text
    if len(text) > 160 or text.lstrip()[:3].casefold() not in ("rec", "arg"):
        return None  # (the cheap look first)
    from wlga_analysis.interpret.recommendations.record_cards import _HEAD

    m = _HEAD.fullmatch(clean_text(text))
    if m is None or not is_title(m.group("text")):
        return None
    return m.group(1), m.group("text").strip()


def _ends_sentence(blocks: list[Block]) -> bool:
    """Whether the paragraphs under a head end a sentence (the recommendation's)."""
    text = clean_text(blocks[-1].text.text) if blocks else ""  # type: ignore[attr-defined]
    return len(text.split()) >= 4 and text.rstrip("\u201d\u2019\"')")[-1:] in (".", "!", "?")


def titled_card(finder: _Finder, i: int) -> tuple[_Record, int] | None:
    """The titled card whose head is ``finder.blocks[i]`` and the index after it, or None.

    Parameters
    ----------
    finder : card_reader._Finder
        The card finder of the document's blocks.
    i : int
        The index of the block that may be a titled card's head.

    Returns
    -------
    (record, int) or None
        The card (the sentence under the head as its "Recommendation" field, the title as
        its head's text) and the index of the block after its last field.

    Examples
    --------
    >>> from wlga_analysis.interpret.recommendations.card_reader import _Finder
    >>> from wlga_analysis.read.model import Inline, Location
    >>> def p(text, line, bold=False):
    ...     return Paragraph(Inline(text, ((0, len(text)),) if bold else ()), None,
    ...                      Location(line=line))
    >>> blocks = [Heading(Inline("Recommendation 2: Fares for apprentices"), 3, None,
    ...                   Location(line=1)),
    ...           p("Councils should cap bus fares for apprentices.", 3),
    ...           p("Area: Young people", 5), p("Lead: Local authorities", 7)]
    >>> record, after = titled_card(_Finder(blocks), 0)
    >>> record.number, record.head_text, [f.label for f in record.fields], after
    ('2', 'Fares for apprentices', ['Recommendation', 'Area', 'Lead'], 4)
    >>> titled_card(_Finder(blocks), 1) is None
    True
    """
    from wlga_analysis.interpret.recommendations.card_reader import (
        _Field,
        _Record,
        _table_records,
    )
    from wlga_analysis.interpret.recommendations.record_cards import record_role

    blocks = finder.blocks
    head = titled_head(blocks[i])
    if head is None:
        return None
    start = i + 1
    end = finder.unlabelled(start)
    body = blocks[start:end]
    if not body or not _ends_sentence(body):
        return None
    line = blocks[i].location.line or 0
    after = end
    if end < len(blocks) and isinstance(blocks[end], Table):  # the fields as a table's rows
        records = _table_records(blocks[end], head, line)  # type: ignore[arg-type]
        fields = records[0].fields if records is not None and len(records) == 1 else []
        after = end + 1
    else:
        fields, after = finder.paragraph_fields(end)
    if not {record_role(f.label) for f in fields} & _FIELD_ROLES:
        return None
    text = _Field("Recommendation", list(body), body[0].location.line or line)
    return _Record(head[0], head[1], line, [text, *fields]), after


def title_index(blocks: list[Any]) -> int:
    """The index of a document's title: its first heading of level 1 or 2 before its first
    card, else its first heading (0 when it prints none).

    Examples
    --------
    >>> from wlga_analysis.read.model import Inline, Location
    >>> h = [Heading(Inline(t), level, None, Location(page=1)) for t, level in
    ...      (("Glanrafon County Council", 4), ("Scrutiny in focus", 1))]
    >>> title_index(h), title_index(h[:1]), title_index([])
    (1, 0, 0)
    """
    from wlga_analysis.interpret.recommendations.card_reader import _Record

    end = next((k for k, b in enumerate(blocks) if isinstance(b, _Record)), len(blocks))
    headings = [(k, b.level) for k, b in enumerate(blocks[:end]) if isinstance(b, Heading)]
    return next((k for k, level in headings if level <= 2), headings[0][0] if headings else 0)


def masthead_line(parser: Any, block: Block, above_title: bool) -> bool:
    """A bold line alone or a heading above a document's title (``above_title``; a print's
    masthead, "Llywodraeth Cymru | Welsh Government", set bold or larger): kept as a note,
    never the theme of the cards after it (as a bold line alone or a minor heading between
    cards would be). False for any other block.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> from wlga_analysis.read.model import Inline, Location
    >>> parser = SimpleNamespace(notes=[])
    >>> masthead_line(parser, Paragraph(Inline("Welsh Government", ((0, 16),)), None,
    ...                                 Location(page=1)), True)
    True
    >>> parser.notes
    [('paragraph', 'Welsh Government', 0)]
    """
    if not above_title or getattr(block, "number", None) is not None:
        return False
    if isinstance(block, Heading):
        parser.notes.append(("heading", clean_text(block.text.text), block.location.line or 0))
        return True
    if not isinstance(block, Paragraph) or not block.text.is_bold():
        return False
    parser.notes.append(("paragraph", clean_text(block.text.text), block.location.line or 0))
    return True
