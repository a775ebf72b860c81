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

HEAD = ("22nd October 2021\n\nWLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE\n\nPurpose\n\n"
        "1. To update Members on progress.\n\nProgress Update\n\n2. Programme Set Up\n\n")


def _bullets(line: str, n: int) -> str:
    return HEAD + "".join(line.format(i=i) for i in range(n))


#: name -> document of about ``n`` characters.
HOSTILE = {
    "bold lead then spaces": lambda n: HEAD + "- **Programme team:**" + " " * n + "x\n",
    "spaces after <": lambda n: HEAD + "- an item <" + " " * n + "b\n",
    "U+2028 inside an item": lambda n: HEAD + "- an item " + "\u2028" * n + "x\n",
    "U+2028 after a month": lambda n: HEAD + "- due in October" + "\u2028" * n + "2021\n",
    "spaces after a month": lambda n: HEAD + "- due in October" + " " * n + ",\n",
    "many grants": lambda n: _bullets(
        "- The WLGA receives grant funding of £{i},000 for the {i} team.\n", n // 60),
    "duplicate section numbers": lambda n: HEAD + "".join(
        "3. Section\n\n- an item due in Q2.\n\n" for _ in range(n // 30)),
    "long upper-case title": lambda n: "22nd October 2021\n\n" + "WLGA UPDATE " * (n // 12)
    + "\n\nPurpose\n\n1. To update.\n\nProgress Update\n\n2. Set Up\n\n- an item in Q2.\n",
    "date line with spaces": lambda n: "22nd October" + " " * n + "2021\n\n" + HEAD[19:],
    "£ then separators": lambda n: HEAD + "- grant funding of £" + "1," * (n // 2) + "\n",
    "bullets of one word": lambda n: _bullets("- word{i}\n", n // 10),
    "page numbers": lambda n: _bullets("- an item expected in\n{i}\nFebruary 2024.\n", n // 40),
}


def _parse_seconds(text: str) -> float:
    doc = Document(Path("hostile.txt"), "programme",
                   tuple(text.split("\n")), "0" * 64)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DataQualityWarning)
            with contextlib.suppress(ParseError):
                _Parser(doc).run()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("name", HOSTILE)
def test_time_grows_linearly(name):
    make = HOSTILE[name]
    _parse_seconds(make(1_000))  # warm up: imports and compiled patterns
    small = _parse_seconds(make(6_000))
    large = _parse_seconds(make(24_000))
    assert large < 8 * small + 0.05, (name, small, large)
