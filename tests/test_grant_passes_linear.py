"""Passes over a programme's grants grow linearly with the grants (issue #13).

The linear-time tests of the loaders double small hostile documents; a pass comparing every
grant with every other costs nothing at their sizes and minutes at 1 MB (the rounded-total
pass took 80 s on the bench's 1 MB "many grants" document). These tests time the pass alone
on many grants, at two sizes four times apart: a linear pass takes about 4 times as long, a
quadratic one about 16 times. CPU time, the best of three rounds; a generous ratio, not a
wall-clock limit.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

from wlga_analysis.interpret.programme.grant_rounded import without_rounded_totals

#: Growth allowed when the grants grow 4 times (linear: 4; quadratic: 16).
MAX_RATIO = 8.0
#: Seconds of slack on top (a shared machine's jitter).
NOISE_S = 0.05


def _grants(n: int) -> tuple[list[dict], SimpleNamespace]:
    """``n`` grants of one year, every fourth printed rounded ("£2m") on its own line, and a
    parser with those lines."""
    lines, grants = [], []
    for i in range(n):
        printed = "£2m" if i % 4 == 0 else f"£{1000 + i:,}"
        lines.append(f"Fund {i} gives {printed} this year.")
        grants.append({"amount_gbp": 2_000_000 if i % 4 == 0 else 1000 + i,
                       "financial_year": "2025-26", "source_line": i + 1})
    found: list[tuple] = []
    parser = SimpleNamespace(lines=lines, issues=[],
                             issue=lambda *args: found.append(args))
    return grants, parser


def _seconds(n: int) -> float:
    best = float("inf")
    for _ in range(3):
        grants, parser = _grants(n)
        start = time.process_time()
        without_rounded_totals(grants, [], parser)
        best = min(best, time.process_time() - start)
    return best


def test_the_rounded_total_pass_grows_linearly_with_the_grants():
    small, large = _seconds(1_500), _seconds(6_000)
    assert large < MAX_RATIO * small + NOISE_S, (
        f"1,500 grants {small:.3f} s, 6,000 grants {large:.3f} s: "
        f"{large / max(small, 1e-9):.1f}x for 4x the grants")


def test_a_rounded_figure_is_read_as_the_total_of_smaller_grants():
    lines = ["Fund A gives £2,400,000.", "Fund B gives £850,000.", "Fund C gives £860,000.",
             "In all £4.1m this year."]
    grants = [{"amount_gbp": a, "financial_year": "2025-26", "source_line": n}
              for n, a in ((1, 2_400_000), (2, 850_000), (3, 860_000), (4, 4_100_000))]
    found: list[tuple] = []
    parser = SimpleNamespace(lines=lines, issues=[], issue=lambda *args: found.append(args))
    kept = without_rounded_totals(grants, [], parser)
    assert [g["amount_gbp"] for g in kept] == [2_400_000, 850_000, 860_000]
    assert [(f[1], f[2], f[3]) for f in found] == [("unclassified amount", "£4.1m", 4)]
