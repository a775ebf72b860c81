"""A key of status symbols printed over two lines is read whole (stop 23): "Key: ✓ =
complete  ● = in progress" then "◐ = behind schedule  ○ = not started" on the next line,
or a key hard-wrapped in the middle of a meaning; an item marked with a symbol the key
explains is no continuation of the key."""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa
from wlga_analysis.interpret.programme.symbols import document_key

PLAN = """# Digital Support Programme 2025-26: position at the end of Quarter 2

Report to the Digital Panel, 16 October 2025

This paper reports progress against the 2025-26 delivery plan of the programme.

## Progress against the delivery plan

{key}

### Workstream 1: Leadership and skills

| Ref | Milestone | Lead | Progress |
|---|---|---|---|
| 1.1 | Run a digital leadership course for senior officers | WLGA | ✓ |
| 1.2 | Publish a digital skills framework for councils | WLGA | ● |
| 1.3 | Agree a shared data standard with councils | Data Cymru | ◐ |
| 1.4 | Hold a national conference of heads of digital | WLGA | ○ |
"""


def test_a_key_continued_on_the_next_line_is_read_whole():
    lines = ["Key: \u2713 = complete  \u25cf = in progress",
             "\u25d0 = behind schedule  \u25cb = not started", "", "Text."]
    assert document_key(lines) == {"\u2713": "done", "\u25cf": "in progress",
                                   "\u25d0": "at risk", "\u25cb": "planned"}
    wrapped = ["Key: \u2713 complete; \u25cf in progress, on schedule; \u25d0 behind",
               "schedule; \u25cb not started", ""]
    assert document_key(wrapped)["\u25d0"] == "at risk"
    assert document_key(wrapped)["\u25cb"] == "planned"


def test_an_item_marked_with_a_symbol_after_the_key_is_no_part_of_it():
    lines = ["Key: \u2713 = complete  \u25cf = in progress  \u25cb = not started",
             "\u25cf Events are being held in each council this autumn.", ""]
    assert document_key(lines) == {"\u2713": "done", "\u25cf": "in progress",
                                   "\u25cb": "planned"}


def test_the_statuses_of_a_plan_whose_key_is_printed_over_two_lines(tmp_path):
    got = {}
    for name, key in (("one.md", "Key: ✓ = complete  ● = in progress  ◐ = behind schedule  "
                                 "○ = not started"),
                      ("two.md", "Key: ✓ = complete  ● = in progress\n"
                                 "◐ = behind schedule  ○ = not started")):
        path = Path(tmp_path) / name
        path.write_text(PLAN.format(key=key), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got[name] = wa.load_programme(path)["status"].tolist()
    assert got["one.md"] == ["done", "in progress", "at risk", "planned"]
    assert got["two.md"] == got["one.md"]
