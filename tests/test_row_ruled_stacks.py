"""Rules of the same extent on a PDF page (read.row_ruled._stacks): found by cells of the
tolerance's size, the same stacks as a scan of every extent, in time linear in the rules."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from wlga_analysis.read import row_ruled

TOL = row_ruled._TOL


def _stacks_by_scan(horizontal: list[tuple]) -> list[list[float]]:
    """The rule as it was first written: every extent found so far tested in turn."""
    by_extent: dict[tuple[int, int], list[float]] = {}
    for y, x0, x1 in horizontal:
        key = next((k for k in by_extent if abs(k[0] - x0) <= TOL and abs(k[1] - x1) <= TOL),
                   (round(x0), round(x1)))
        by_extent.setdefault(key, []).append(y)
    out = []
    for (x0, x1), ys in by_extent.items():
        ys = sorted({round(y, 1) for y in ys})
        if len(ys) >= 3:
            out.append([float(x0), float(x1), *ys])
    return out


coordinate = st.floats(min_value=-50, max_value=600, allow_nan=False).map(lambda v: round(v, 2))


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(coordinate, coordinate, coordinate), max_size=60))
def test_same_stacks_as_a_scan_of_every_extent(rules: list[tuple]) -> None:
    assert row_ruled._stacks(rules) == _stacks_by_scan(rules)


def test_near_extents_join_the_first_one_found() -> None:
    # (0, 100) first; (2, 102) is within 2 of it and joins it; (3.9, 103.9) is 3.9 from
    # it (a rule is measured against an extent's first ends): a new extent, (4, 104)
    rules = [(10, 0, 100), (20, 2, 102), (30, 3.9, 103.9), (40, 1, 101), (50, 4, 104),
             (60, 4.2, 104.2)]
    assert row_ruled._stacks(rules) == [[0.0, 100.0, 10, 20, 40], [4.0, 104.0, 30, 50, 60]]


def test_many_widths_take_linear_time(monkeypatch) -> None:
    """Rules of thousands of different widths (a page of boxes of every width): doubling
    them at most about doubles the work, counted as tests of one rule's ends against an
    extent's (a scan of every extent quadrupled it)."""
    tests = 0

    def counted_abs(value: float) -> float:
        nonlocal tests
        tests += 1
        return abs(value)

    monkeypatch.setattr(row_ruled, "abs", counted_abs, raising=False)

    def work(n: int) -> int:
        nonlocal tests
        tests = 0
        row_ruled._stacks([(float(k % 7), 0.0, 10.0 + 5 * k) for k in range(n)] * 3)
        return tests

    small, large = work(1_000), work(2_000)
    assert 0 < large <= 2.2 * small
