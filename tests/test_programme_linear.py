"""The programme loader runs in time linear in its input (issue 13, section 1).

Each hostile input is generated at two sizes, four times apart; the larger must not take
more than about four times as long (a generous ratio of 8, best of three runs), where a
backtracking regular expression would take sixteen times as long or more.
"""

from __future__ import annotations

import contextlib
import time
import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import Document
from wlga_analysis.errors import DataQualityWarning, ParseError
from wlga_analysis.programme import _Parser
from wlga_analysis.testing.hostile import HOSTILE_PROGRAMMES

HOSTILE = HOSTILE_PROGRAMMES


def _parse_seconds(text: str) -> float:
    doc = Document(Path("hostile.txt"), "programme",
                   tuple(text.split("\n")), "0" * 64)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DataQualityWarning)
            with contextlib.suppress(ParseError):
                _Parser(doc).run()
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("name", HOSTILE)
def test_time_grows_linearly(name):
    make = HOSTILE[name]
    _parse_seconds(make(1_000))  # warm up: imports and compiled patterns
    small = _parse_seconds(make(6_000))
    large = _parse_seconds(make(24_000))
    assert large < 8 * small + 0.05, (name, small, large)
