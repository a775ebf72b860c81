"""Linear time (issue 13, section 1): pathological recommendations documents at two sizes.

Each input targets a pattern that once backtracked (white space after a ``<``, line
separators inside an area title, an item or a bracket, many bold owner codes...). Doubling
the input must at most roughly double the time: the best of five runs at each size, with
a generous ratio (quadratic growth gives about 4x). No wall-clock limit here: speed goals
live in bench/run.py.
"""

from __future__ import annotations

import contextlib
import itertools
import time
import warnings

import pytest

from wlga_analysis import recommendations as rec
from wlga_analysis.errors import DataQualityWarning, ParseError

HEADER = "Area\tActivity underway or achieved\tRecommendations"
PIPE_HEADER = "| Area | Activity underway or achieved | Recommendations |\n|---|---|---|"
AREA = "<p><b>Area 1: A</b></p>"


def _doc(row: str) -> str:
    return "\n".join(["## Title", "", "#### Theme", "", HEADER, row, ""])


CASES = {
    "spaces after <": lambda n: _doc(f"{AREA}\t<p>1. a</p>\t<p>1. r <{' ' * n}b (WG)</p>"),
    "many < with spaces": lambda n: _doc(f"{AREA}\t<p>1. a</p>\t<p>1. r {'<   ' * (n // 4)}</p>"),
    "U+2028 in an area title": lambda n: _doc(
        f"<p><b>Area 1:{chr(0x2028) * n}A</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p>"),
    "U+2028 in an item": lambda n: _doc(
        f"{AREA}\t<p>1.{chr(0x2028) * n}a</p>\t<p>1. r{chr(0x2028) * n}<b>(WG)</b></p>"),
    "U+2028 in a bracket": lambda n: _doc(
        f"{AREA}\t<p>1. a</p>\t<p>1. r ({chr(0x2028) * n}WG x</p>"),
    "U+2028 after a month": lambda n: _doc(f"{AREA}\t<p>1. a</p>\t<p>1. r</p>").replace(
        "## Title", "## Title\n\nMarch" + chr(0x2028) * n),
    "many bold owner codes": lambda n: _doc(f"{AREA}\t<p>1. a</p>\t<p>1. r "
                                            + "<b>WG</b> " * (n // 10) + "</p>"),
    "many bracketed owner codes": lambda n: _doc(f"{AREA}\t<p>1. a</p>\t<p>1. r "
                                                 + "(<b>WG</b>) " * (n // 12) + "</p>"),
    "spaces in an area lead": lambda n: _doc(
        f"<p><b>Area 1{' ' * n}x</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p>"),
    "spaces after < in a pipe table": lambda n: "\n".join([
        PIPE_HEADER, f"| **Area 1: A** | 1. a | 1. r <{' ' * n} (**WG**) |", ""]),
    "many bold codes in a pipe table": lambda n: "\n".join([
        PIPE_HEADER, "| **Area 1: A** | 1. a | 1. r " + "**WG** " * (n // 8) + "|", ""]),
}

_COUNTER = itertools.count()


def _best_time(tmp_path, text: str) -> float:
    best = float("inf")
    for _ in range(5):
        path = tmp_path / f"doc-{next(_COUNTER)}.txt"  # a fresh file: no parse cache
        path.write_text(text, encoding="utf-8")
        start = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DataQualityWarning)
            with contextlib.suppress(ParseError):
                rec.load_recommendations(path)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("case", CASES)
def test_doubling_the_input_at_most_roughly_doubles_the_time(tmp_path, case):
    make = CASES[case]
    rec.load_recommendations()  # imports and reference lists loaded
    n = 10_000
    small = _best_time(tmp_path, make(n))
    while small < 0.05 and n < 40_000:  # too quick to time against the fixed costs
        n *= 4
        small = _best_time(tmp_path, make(n))
    large = _best_time(tmp_path, make(2 * n))
    # Below 20 ms a time is mostly noise (a loaded machine, a cache): compare against that.
    assert large / max(small, 0.02) < 3.5, \
        f"{case}: {n} -> {2 * n}: {small:.3f} s -> {large:.3f} s"
