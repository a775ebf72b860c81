"""List items wrapped as pandoc wraps Markdown ("-   text" and the rest of the item on lines
indented under its text): each wrapped line belongs to its item, even one that opens with
a field's label ("Owner: ...") or follows an item line ending in a separator ("·", "—").

A careful reader's reading: two items, each the whole of its wrapped lines.
"""

from __future__ import annotations

from wlga_analysis.read.model import ListItem, Paragraph
from wlga_analysis.read.text import read_text_lines

PAGE = """# Digital roadmap 2026-27

The roadmap sets out the work of the programme for the year ahead, by quarter.

## Next

-   **Local government data platform discovery** — Data and insight ·
    Owner: CDO team · Q1 2026-27
-   **Audit Wales follow-up on cyber resilience** —
    Cyber resilience · Owner: Cyber lead · Q1 2026-27

## Later

The board will review the roadmap in March 2027.
"""


def test_wrapped_item_lines_belong_to_their_items():
    blocks = read_text_lines(PAGE.split("\n"), form="markdown").blocks
    items = [b.text.text for b in blocks if isinstance(b, ListItem)]
    assert items == [
        "Local government data platform discovery — Data and insight · Owner: CDO team · "
        "Q1 2026-27",
        "Audit Wales follow-up on cyber resilience — Cyber resilience · Owner: Cyber lead · "
        "Q1 2026-27"]
    assert [b.text.text for b in blocks if isinstance(b, Paragraph)][-1] == \
        "The board will review the roadmap in March 2027."
