"""Recommendations numbered by chapter ("Recommendation 2.1") in a report's prose, with no
summary table: each read once, its label as printed, numbered in reading order, its owners
from its subject (the label's ".1" was left in the text and the owners lost before)."""

from __future__ import annotations

import warnings

import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning

MARKDOWN = """# Review of Local Democracy

Published March 2026

## 1 Introduction

This review looked at how councils support elected members.

## 2 Member support

Councils told us that support varies.

**Recommendation 2.1:** The Welsh Government should fund a national induction programme.

**Recommendation 2.2:** Local authorities should publish member development strategies.

## 3 Remuneration

**Recommendation 3.1:** The WLGA should collect data on the take-up of allowances.
"""

WEB_PAGE = """<html><head><title>Rural transport review</title></head><body>
<h1>Rural transport review</h1>
<p>Published 4 February 2026</p>
<h2>4. Bus services</h2>
<p>Passengers described services that stop early in the evening.</p>
<p><strong>Recommendation 4.1</strong> – Corporate Joint Committees should plan evening
routes together.</p>
<p><strong>Recommendation 4.2</strong> – The Welsh Government should publish the bus
network plan.</p>
<h2>5. Community transport</h2>
<p>We recommend that local authorities fund community transport schemes for a further three
years (Recommendation 5.1).</p>
</body></html>
"""


def _read(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        recs = wa.load_recommendations(path)
        areas = wa.load_areas(path)
    return recs, areas


def test_bold_chapter_labels_in_markdown(tmp_path):
    path = tmp_path / "review.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    recs, areas = _read(path)
    assert recs["rec_label"].tolist() == ["2.1", "2.2", "3.1"]
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["text"].tolist() == [
        "The Welsh Government should fund a national induction programme.",
        "Local authorities should publish member development strategies.",
        "The WLGA should collect data on the take-up of allowances."]
    assert [list(o) for o in recs["owners"]] == [["WG"], ["LG"], ["WLGA"]]
    assert recs["area"].tolist() == ["Member support", "Member support", "Remuneration"]
    assert areas["area"].tolist() == ["Member support", "Remuneration"]


def test_leading_and_trailing_chapter_labels_on_a_web_page(tmp_path):
    path = tmp_path / "review.html"
    path.write_text(WEB_PAGE, encoding="utf-8")
    recs, _ = _read(path)
    assert recs["rec_label"].tolist() == ["4.1", "4.2", "5.1"]
    assert recs["text"].str.startswith(("Corporate Joint", "The Welsh", "We recommend")).all()
    assert not recs["text"].str.contains(r"^\.?\d|Recommendation 5", regex=True).any()
    # (no code for the committees in owner_codes.csv: their name as printed)
    assert [list(o) for o in recs["owners"]] == [["Corporate Joint Committees"], ["WG"], ["LG"]]
