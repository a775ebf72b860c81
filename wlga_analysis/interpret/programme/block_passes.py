"""Programme interpreter: the passes over a document model's blocks before the section rules.

Each pass takes the blocks and returns them (a new list where it changed something, the
same list where it did not), in the order of :data:`BLOCK_PASSES`:

==================  ==========================================================================
pass                what it does
==================  ==========================================================================
``item_notes``      a labelled sub-bullet ("Next step: ...") under a numbered paragraph is the
                    paragraph's note, not an item (:mod:`.item_notes`)
``ref_notes``       a bullet under a table opening with a row's ref ("A2.1: ...") is a note
                    on that row, not an item (:mod:`.ref_notes`)
``crosswalk``       a table mapping old refs to a refreshed programme's new refs is no table
                    of items: its rows are paragraphs (:mod:`.crosswalk`)
``inner_headers``   a header row inside a table (a sheet's title rows, a funding block below
                    the actions) starts a table of its own (:mod:`.inner_headers`)
``figure_strips``   a strip of figures over labels ("£1.2m" over a grant's name) is read as
                    one paragraph of "figure label" phrases (:mod:`.figure_strips`)
``full_texts``      a report visual's table cells cut short ("Deliver the regional pla...")
                    read in full from where the paper prints them (:mod:`.truncated_cells`)
==================  ==========================================================================

Examples
--------
>>> prepared_blocks([])
[]
>>> [name for name, _ in BLOCK_PASSES]
['item_notes', 'ref_notes', 'crosswalk', 'inner_headers', 'figure_strips', 'full_texts']
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wlga_analysis.interpret.programme.crosswalk import with_crosswalk_tables
from wlga_analysis.interpret.programme.figure_strips import with_figure_strips
from wlga_analysis.interpret.programme.inner_headers import with_inner_headers
from wlga_analysis.interpret.programme.item_notes import with_item_notes
from wlga_analysis.interpret.programme.ref_notes import with_ref_notes
from wlga_analysis.interpret.programme.truncated_cells import with_full_texts

__all__ = ["BLOCK_PASSES", "prepared_blocks"]

#: The passes, in the order they run (name, function of the blocks).
BLOCK_PASSES: tuple[tuple[str, Callable[[list[Any]], list[Any]]], ...] = (
    ("item_notes", with_item_notes),
    ("ref_notes", with_ref_notes),
    ("crosswalk", with_crosswalk_tables),
    ("inner_headers", with_inner_headers),
    ("figure_strips", with_figure_strips),
    ("full_texts", with_full_texts),
)


def prepared_blocks(blocks: list[Any]) -> list[Any]:
    """``blocks`` after every pass of :data:`BLOCK_PASSES`, in order.

    Parameters
    ----------
    blocks : list
        The document model's blocks.

    Returns
    -------
    list
        The blocks the section rules read.
    """
    for _name, run in BLOCK_PASSES:
        blocks = run(blocks)
    return blocks
