"""A "What we said we would do | What we did" table of one commitment per row.

An annual report on well-being objectives may print under each objective a table of two
columns, the commitment made ("What we said we would do", "We said", "Commitment") and,
beside it, a narrative of what was done ("What we did", "We did"): one row per commitment,
the right cell plain prose (no bullets) giving that commitment's position ("This is
complete.", "has been delayed ... by December 2026"). Each row is one item, the left cell
its text and the right its update: the table stays a table in the programme text form,
unlike a designed report's side-by-side parts (:mod:`.report_parts`), whose "What we did"
cells hold the year's work as bullets (each an item).

Examples
--------
>>> from wlga_analysis.read.model import Cell, Inline, ListItem, Paragraph, Table
>>> def cell(*texts): return Cell(tuple(Paragraph(Inline(t)) for t in texts))
>>> head = (cell("What we said we would do"), cell("What we did"))
>>> rows = ((cell("Publish the guidance."), cell("Published in June 2025. This is complete.")),
...         (cell("Pilot early voting."), cell("Piloted in four councils.")))
>>> is_row_per_commitment(Table(head, rows), ["commitment", "done"])
True
>>> bullets = ((cell("Help more."), Cell((ListItem(Inline("We helped."), "•"),))),)
>>> is_row_per_commitment(Table(head, bullets), ["commitment", "done"])
False
"""

from __future__ import annotations

from collections.abc import Sequence

from wlga_analysis.read.model import Paragraph, Table

__all__ = ["is_row_per_commitment"]


def is_row_per_commitment(table: Table, kinds: Sequence[str | None]) -> bool:
    """Whether a table headed by two parts (``kinds`` of :func:`.report_parts.part_kind`),
    the commitment then what was done, holds one commitment per row: every cell of its
    rows plain paragraphs (no list items), the commitment cell filled.

    Parameters
    ----------
    table : Table
        The table.
    kinds : sequence of str or None
        The part kind of each header cell.

    Returns
    -------
    bool
    """
    if list(kinds) != ["commitment", "done"] or not table.rows:
        return False
    for row in table.rows:
        if len(row) != 2 or not row[0].text.strip():
            return False
        if any(b.__class__ is not Paragraph for cell in row for b in cell.blocks):
            return False
    return True
