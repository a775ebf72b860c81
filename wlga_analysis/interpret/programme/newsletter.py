"""Programme interpreter: a members' newsletter used as the programme update.

A newsletter tells its programme's progress as news: a masthead (the title, a strapline,
an issue line "Issue 7 | 16 October 2025"), an editor's note ("From the editor") that
names the priorities and the grant, then un-numbered feature sections ("Spotlight on the
workforce", "News from the regions"), each of a few short paragraphs, one piece of work a
paragraph ("In September, the WLGA ran three workshops ... 48 members took part."), and
closing furniture: a "Diary dates" box, "Get in touch", an e-mail footer ("Unsubscribe").
A careful reader takes each feature section as a section, numbered in reading order, and
each **paragraph** of it as one item (its second sentence says more about the same piece
of work: it is no item of its own); the editor's note and the furniture hold no item.

So, in a paper that numbers nothing and prints a newsletter's masthead issue line (list
``newsletter masthead`` of ``data/raw/programme_words.csv``: "Issue 7", "Volume 3, No. 2")
before its first sub-heading, with at least two sub-headings over prose (the shape of
:mod:`.statement`), each sub-heading is read as the numbered section heading it stands for
and each paragraph of prose under it as a bullet; a sub-heading of list ``newsletter front
heading`` ("From the editor", "In this issue") is no section (its paragraphs stay text: the
front matter, where the priorities and the grant are read), and the items end at the
first line of list ``newsletter closing`` ("Diary dates", "Get in touch", "Unsubscribe").

Examples
--------
>>> from wlga_analysis.read.model import Heading, Inline, Paragraph
>>> done, later = ("In May, the team published a guide to scrutiny. It is free.",
...                "Training for members will run in the spring across Wales.")
>>> blocks = [Heading(Inline("Council News"), 1), Paragraph(Inline("Issue 3 | May 2026")),
...           Paragraph(Inline("From the editor")),
...           Paragraph(Inline("Welcome to this issue of the newsletter for members.")),
...           Paragraph(Inline("Scrutiny")), Paragraph(Inline(done)),
...           Paragraph(Inline("Members")), Paragraph(Inline(later)),
...           Paragraph(Inline("Get in touch: news@example.org for more."))]
>>> [(type(b).__name__, b.number) for b in newsletter_sections(blocks)][3:]
[('Paragraph', None), ('Paragraph', '1'), ('ListItem', None), ('Paragraph', '2'), \
('ListItem', None), ('Paragraph', None)]
>>> newsletter_sections(blocks[:1] + blocks[2:]) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import Any

from wlga_analysis import config
from wlga_analysis.read.model import ListItem, Paragraph
from wlga_analysis.reference import file_identity, load_programme_words
from wlga_analysis.text.regex_cache import compile_regex

__all__ = ["is_strapline", "newsletter_sections", "preheader_lines"]

#: How many blocks of the top of a paper may hold the masthead's issue line.
MASTHEAD_BLOCKS = 8


@lru_cache(maxsize=8)
def _patterns(identity: tuple[str, int, int]) -> tuple[re.Pattern[str], ...]:
    words = load_programme_words(identity[0])
    return tuple(compile_regex(r"(?i)(?:" + "|".join(f"(?:{w})" for w in words[name])
                               + r")\b" if words[name] else "(?!)")
                 for name in ("newsletter masthead", "newsletter front heading",
                              "newsletter closing", "newsletter strapline",
                              "newsletter furniture"))


def _words() -> tuple[re.Pattern[str], ...]:
    return _patterns(file_identity(config.PROGRAMME_WORDS_FILE))


def _text(block: Any) -> str:
    text = getattr(block, "text", None)
    return text.text.strip().strip("*_ ") if text is not None else ""


def _has_masthead(blocks: list[Any]) -> bool:
    """Whether a block of the top of the paper is a newsletter's issue line ("Issue 7 |
    16 October 2025"; a masthead printed in one table cell gives one line holding it)."""
    masthead = _words()[0]
    return any(masthead.search(_text(b)) is not None for b in blocks[:MASTHEAD_BLOCKS])


def is_strapline(text: str) -> bool:
    """Whether a line is a newsletter's strapline under its masthead title ("The newsletter
    of the WLGA Improvement Support Programme": list ``newsletter strapline``) or a line of
    an e-mail's furniture above it ("View this email in your browser": list ``newsletter
    furniture``): no title.

    Examples
    --------
    >>> is_strapline("The newsletter of the Improvement Programme"), is_strapline("Update")
    (True, False)
    """
    lowered = text.lower()
    words = _words()
    if lowered.startswith("view") and words[4].match(text) is not None:
        return True
    return ("newsletter" in lowered or "bulletin" in lowered or "magazine" in lowered) \
        and words[3].match(text) is not None


def preheader_lines(texts: list[tuple[int, str]]) -> set[int]:
    """The lines of the top of a paper (its first :data:`MASTHEAD_BLOCKS` lines) that
    stand right before a line of an e-mail's furniture ("View this email in your browser":
    list ``newsletter furniture``): an e-mail campaign's preheader, the teaser an inbox
    shows after the subject ("Peer reviews, solar on schools ... – your January update"),
    no title.

    Examples
    --------
    >>> preheader_lines([(1, "Solar and peer reviews – your update"),
    ...                  (3, "View this email in your browser"), (5, "Programme update")])
    {1}
    """
    furniture = _words()[4]
    top = texts[:MASTHEAD_BLOCKS]
    return {n for (n, _), (_, nxt) in pairwise(top)
            if nxt[:4].lower() == "view" and furniture.match(nxt) is not None}


def newsletter_sections(blocks: list[Any]) -> list[Any] | None:
    """The blocks of a newsletter with each feature sub-heading read as a numbered section
    heading (numbered in reading order) and each paragraph of prose under it as a bullet
    (see the module); None when the paper is no newsletter (it numbers a paragraph, prints
    no masthead issue line, or has fewer than two feature sections).

    Examples
    --------
    >>> newsletter_sections([]) is None
    True
    """
    if not blocks or not _has_masthead(blocks) \
            or any(isinstance(b, Paragraph) and b.number is not None for b in blocks):
        return None
    from wlga_analysis.interpret.programme import statement  # (only for a newsletter)

    _, front, closing = _words()[:3]
    end = next((i for i, b in enumerate(blocks) if closing.match(_text(b))), len(blocks))
    heads = {i for i in range(1, end - 1)
             if statement._is_sub_heading(blocks[i]) and statement._is_prose(blocks[i + 1])}
    features = sorted(i for i in heads if front.match(_text(blocks[i])) is None)
    if len(features) < 2:
        return None
    out = list(blocks)
    for number, i in enumerate(features, 1):
        out[i] = Paragraph(blocks[i].text.strip(), str(number), blocks[i].location)
    in_feature = False
    for i in range(features[0], end):  # (a closing line ends the items: the furniture)
        if i in heads:
            in_feature = out[i] is not blocks[i]
        elif in_feature and statement._is_prose(blocks[i]):
            out[i] = ListItem(blocks[i].text.strip(), "-", "bullet", None, 0,
                              blocks[i].location)
    return out
