"""Hostile programme updates (issue 13, section 1): inputs that made a backtracking
regular expression take time growing with the square of their size or worse.

Examples
--------
>>> text = HOSTILE_PROGRAMMES["spaces after <"](1_000)
>>> 1_000 < len(text) < 1_300
True
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["HOSTILE_PROGRAMMES"]

_HEAD = ("22nd October 2021\n\nWLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE\n\nPurpose\n\n"
         "1. To update Members on progress.\n\nProgress Update\n\n2. Programme Set Up\n\n")


def _bullets(line: str, n: int) -> str:
    return _HEAD + "".join(line.format(i=i) for i in range(n))


#: name -> function of a size ``n`` (characters, roughly) returning a document.
HOSTILE_PROGRAMMES: dict[str, Callable[[int], str]] = {
    "bold lead then spaces": lambda n: _HEAD + "- **Programme team:**" + " " * n + "x\n",
    "spaces after <": lambda n: _HEAD + "- an item <" + " " * n + "b\n",
    "U+2028 inside an item": lambda n: _HEAD + "- an item " + "\u2028" * n + "x\n",
    "U+2028 after a month": lambda n: _HEAD + "- due in October" + "\u2028" * n + "2021\n",
    "spaces after a month": lambda n: _HEAD + "- due in October" + " " * n + ",\n",
    "many grants": lambda n: _bullets(
        "- The WLGA receives grant funding of £{i},000 for the {i} team.\n", n // 60),
    "duplicate section numbers": lambda n: _HEAD + "".join(
        "3. Section\n\n- an item due in Q2.\n\n" for _ in range(n // 30)),
    "long upper-case title": lambda n: "22nd October 2021\n\n" + "WLGA UPDATE " * (n // 12)
    + "\n\nPurpose\n\n1. To update.\n\nProgress Update\n\n2. Set Up\n\n- an item in Q2.\n",
    "date line with spaces": lambda n: "22nd October" + " " * n + "2021\n\n" + _HEAD[19:],
    "£ then separators": lambda n: _HEAD + "- grant funding of £" + "1," * (n // 2) + "\n",
    "bullets of one word": lambda n: _bullets("- word{i}\n", n // 10),
    "page numbers": lambda n: _bullets("- an item expected in\n{i}\nFebruary 2024.\n", n // 40),
}
