"""The lead-in reader for a letter whose lead-ins may be printed as headings.

A scrutiny committee's letter (:mod:`.scrutiny_letters`) closes each topic with "The
Committee recommends:" over lettered items; a Word file's bold line is read as a heading,
which :mod:`.lead_ins` would take for an area. :class:`LetterLeadInParser` reads such a
heading as the lead-in paragraph it is, and is otherwise the lead-in reader. It lives in a
module of its own so that the cheap checks of :mod:`.scrutiny_letters`, run on every
document, import no lead-in reader.

Examples
--------
>>> from wlga_analysis.read.model import Inline
>>> is_lead_in_heading(Heading(Inline("The Committee recommends:"), 2))
True
>>> is_lead_in_heading(Heading(Inline("Recommendations"), 2))
False
"""

from __future__ import annotations

from typing import Any

from wlga_analysis.documents import clean_text
from wlga_analysis.interpret.recommendations.lead_ins import LEAD_IN, LeadInParser
from wlga_analysis.read.model import Block, Heading, Paragraph

__all__ = ["LetterLeadInParser", "is_lead_in_heading"]


def is_lead_in_heading(block: Block) -> bool:
    """Whether a block is a heading that is a lead-in ("The Panel recommends:")."""
    if not isinstance(block, Heading):
        return False
    text = clean_text(block.text.text)
    return text.endswith(":") and "recommend" in text.lower() and \
        LEAD_IN.fullmatch(text) is not None


class LetterLeadInParser(LeadInParser):
    """The lead-in reader, a lead-in printed as a heading read as its paragraph.

    Examples
    --------
    >>> from pathlib import Path
    >>> from wlga_analysis.documents import Document
    >>> lines = ("# Letter", "", "## Libraries", "", "### The Committee recommends:", "",
    ...          "a. Keep them open.", "", "b. Publish the hours.")
    >>> parser = LetterLeadInParser(Document(Path("l.md"), "recommendations", lines,
    ...                                      "0" * 64), frozenset())
    >>> parser.run()
    >>> [(i.printed, parser.areas[i.area_id].title) for i in parser.items["recommendations"]]
    [('a', 'Libraries'), ('b', 'Libraries')]
    """

    def plan(self, blocks: list[Block]) -> dict[int, Any]:
        for index, block in enumerate(blocks):
            if is_lead_in_heading(block):
                blocks[index] = Paragraph(block.text, None, block.location)
        return super().plan(blocks)
