"""A "Status:" line under each bullet that gives the status and, after a dash, its timing
("Status: Delayed – now w/c 7 September 2026", "Status: On track – due by the end of Q2"):
a layout the seventh evaluation corpus showed (prog28). Before, a status line was read only
when it held nothing but the status word, so these items kept the status of their own
wording ("in progress" by default) and no quarter.

The document is written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

from wlga_analysis.programme import load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import write_document as _write

PAPER = "\n".join([
    "# WLGA Improvement Programme: Update to Leaders", "",
    "Leaders' meeting, 12 June 2026", "",
    "## 1. Purpose", "", "To update Leaders on the programme for 2026-27.", "",
    "## 3. Data and digital", "",
    "- Data maturity assessments in eight councils.",
    "  Status: Complete – May 2026",
    "- An AI governance framework for councils.",
    "  Status: On track – due by the end of Q2",
    "- A leadership academy for deputy leaders.",
    "  Status: Delayed – now w/c 7 September 2026", "",
    "## 4. Recommendation", "", "Leaders are asked to note the update.", "",
])


def test_a_status_line_under_a_bullet_gives_its_status_and_timing(tmp_path):
    items = quietly(load_programme, _write(tmp_path, PAPER, "update.md"))
    assert items["item_id"].tolist() == ["3.1", "3.2", "3.3"]
    assert items["status"].tolist() == ["done", "in progress", "at risk"]
    assert items["quarter_label"].tolist() == ["2026-27 Q1", "2026-27 Q2", "2026-27 Q2"]
