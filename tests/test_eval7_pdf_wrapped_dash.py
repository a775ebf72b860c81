"""A PDF paragraph whose line wraps just before a dash ("1. That councils report agency
spend every quarter" / "– Lead: LG", or "(Ongoing" / "– WLGA & WG)"): the dash goes on with
the sentence, it does not open a list item. A layout the seventh evaluation corpus showed
(rec27, rec28 pdf). Before, the wrapped line became a bullet "Lead: LG": the owner was lost
and the next recommendation with it.
"""

from __future__ import annotations

from wlga_analysis.read.model import Inline
from wlga_analysis.read.pdf import _Blocks, _Line


def _lines(*texts: tuple[str, float, float]) -> list[_Line]:
    """Lines (text, left edge, top) of 9-point type on page 1."""
    return [_Line(Inline(t), top, top + 9.0, x0, 9.0, 1, 400.0) for t, x0, top in texts]


def test_a_line_opening_with_a_dash_at_the_paragraphs_edge_goes_on_with_it():
    groups = _Blocks(9.0).group(_lines(
        ("1. That councils report agency spend every quarter", 72.0, 0.0),
        ("– Lead: LG", 72.0, 11.0),
        ("2. That the WLGA publishes a guide – Lead: WLGA", 72.0, 30.0)))
    assert [[ln.text.text for ln in g] for g in groups] == [
        ["1. That councils report agency spend every quarter", "– Lead: LG"],
        ["2. That the WLGA publishes a guide – Lead: WLGA"]]


def test_a_dash_list_after_a_colon_or_another_dash_item_is_a_list():
    groups = _Blocks(9.0).group(_lines(
        ("The group will:", 72.0, 0.0), ("– review the scheme", 72.0, 11.0),
        ("– publish a guide", 72.0, 22.0)))
    assert len(groups) == 3
