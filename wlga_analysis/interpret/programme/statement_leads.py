"""Programme interpreter: a member's statement whose items open with a project's name and a dash.

A Cabinet Member's statement to full Council (a modern.gov "Statements" item, its Word
file, its print, its plain text) numbers nothing: a salutation ("Madam Mayor, I am pleased
to update Council ..."), a sentence on the funding, short theme sub-headings ("Buildings
and energy", "Transport and fleet"), and under each, one paragraph per project, opening
with the project's name (bold on the web page, small capitals in Word, capitals in plain
text) and a dash::

    Buildings and energy

    CIVIC OFFICES RETROFIT – The heat pump installation ... was completed in July ...

    SCHOOL SOLAR PROGRAMME – Solar panels are now in place at 14 of the 21 schools ...

then a closing thanks and, often, a "Key milestones" table repeating the projects.

A careful reader takes each theme sub-heading as a section, numbered in reading order, and
each **name-and-dash paragraph** as one item (its text the whole paragraph, the name and
dash kept, as a bold run-in label is kept elsewhere). The salutation and the funding
sentence frame the paper (its front matter, where the grants are read); the closing
thanks is no item; a table after the first theme (the milestones) repeats the projects:
its rows stay in the paragraphs table as text, no items.

A sub-heading has the shape of :mod:`.statement` (a short un-numbered line, no closing
punctuation, no digit, no colon) and is directly followed by a name-and-dash paragraph
(:func:`lead_name`). The rule reads a paper that numbers no paragraph and has at least
two such sub-headings and :data:`MIN_LEADS` such paragraphs; it is tried before
:mod:`.statement` (whose sections are prose split into sentences).

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> blocks = [Heading(Inline("Statement on Project Zero"), 1),
...           Paragraph(Inline("Madam Mayor, I am pleased to update Council.")),
...           Paragraph(Inline("Buildings")),
...           Paragraph(Inline("SOLAR PANELS \u2013 Panels were fitted in May.")),
...           Paragraph(Inline("LED LIGHTS \u2013 All lights were replaced in June.")),
...           Paragraph(Inline("Fleet")),
...           Paragraph(Inline("ELECTRIC VANS \u2013 Ten vans will arrive in March 2026.")),
...           Paragraph(Inline("I thank officers for their work."))]
>>> [(type(b).__name__, b.number) for b in lead_statement_sections(blocks)][1:]
[('Paragraph', None), ('Paragraph', '1'), ('ListItem', None), ('ListItem', None), \
('Paragraph', '2'), ('ListItem', None), ('Paragraph', None)]
>>> lead_statement_sections(blocks[:5]) is None
True
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.read.model import Inline, ListItem, Paragraph, Table
from wlga_analysis.text.lazy import LazyPattern

__all__ = ["lead_name", "lead_statement_sections"]

#: The fewest name-and-dash paragraphs of such a statement.
MIN_LEADS = 3
#: The longest project name before the dash, in words.
NAME_WORDS = 7
#: The fewest words of the prose after the dash.
MIN_PROSE_WORDS = 4
#: The dash after a project's name: an en or em dash, or a hyphen, between spaces.
_DASH = LazyPattern(r"[ \t]+[\u2013\u2014-][ \t]+(?=\S)")
#: Characters a project's name never holds (a sentence's or a list's punctuation).
_NOT_IN_NAME = frozenset(".,;:!?()")


def lead_name(text: str) -> str | None:
    """The project's name a paragraph opens with before a dash ("CIVIC OFFICES RETROFIT –
    The heat pump ..." -> "CIVIC OFFICES RETROFIT"), or None: a name is one to
    :data:`NAME_WORDS` words, opens with a capital letter, has no punctuation and no
    figure, and a sentence of prose follows the dash (:data:`MIN_PROSE_WORDS` words or
    more, ending the paragraph with a full stop: not "CABINET - 12 MARCH 2026").

    Examples
    --------
    >>> lead_name("Street lighting \u2013 The conversion is now complete.")
    'Street lighting'
    >>> lead_name("Madam Mayor, I am pleased \u2013 very pleased \u2013 to report.") is None
    True
    >>> lead_name("2025-26 \u2013 a year of progress.") is None
    True
    >>> lead_name("CABINET - 12 MARCH 2026") is None
    True
    """
    head = text[:90]
    dash = _DASH.search(head)
    if dash is None:
        return None
    name = head[:dash.start()].strip().strip("*_").strip()
    words = name.split()
    if not 0 < len(words) <= NAME_WORDS or not name[0].isupper() \
            or any(ch in _NOT_IN_NAME or ch.isdigit() for ch in name):
        return None
    rest = text[dash.end():].rstrip()
    if not rest.endswith((".", "!", "?")) or len(rest.split()) < MIN_PROSE_WORDS:
        return None
    return name


def _is_lead(block: Any) -> bool:
    return block.__class__ is Paragraph and block.number is None \
        and lead_name(block.text.text) is not None


def lead_statement_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a member's statement with each theme sub-heading read as a numbered
    section heading (in reading order), each name-and-dash paragraph under it as a bullet
    and each table after the first theme as lines of text (see the module); None when the
    paper is no such statement."""
    leads = [i for i, b in enumerate(blocks) if _is_lead(b)]  # (the one cheap look)
    if len(leads) < MIN_LEADS or any(b.__class__ is Paragraph and b.number is not None
                                     for b in blocks):
        return None
    from wlga_analysis.interpret.programme.statement import _is_sub_heading

    heads = [i - 1 for i in leads if i > 0 and _is_sub_heading(blocks[i - 1])
             and not _is_lead(blocks[i - 1])]
    if len(heads) < 2:
        return None
    out: list[Any] = []
    section = 0
    for i, block in enumerate(blocks):
        if i in heads:
            section += 1
            out.append(Paragraph(block.text.strip(), str(section), block.location))
        elif section and _is_lead(block):
            # (the name's bold dropped: a bold run-in label would be read as "Name: ...")
            out.append(ListItem(Inline(block.text.text.strip()), "-", "bullet", None, 0,
                                block.location))
        elif section and block.__class__ is Table:
            from wlga_analysis.interpret.programme.risk_register import _lines

            out.extend(_lines(block))
        else:
            out.append(block)
    return out
