"""eval45's programme layouts, in other wordings: a board cover paper's un-numbered
priority sub-headings under "Progress" over paragraphs numbered through the paper, and a
designed update's banners over bold-titled paragraphs closing with a status in capitals.

The expected values were written from the documents below, as a careful reader reads them,
before the rules were written."""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as w

COVER = """\
WLGA EXECUTIVE BOARD
12 March 2026
AGENDA ITEM 4

WLGA Climate Support Programme 2025-26: Progress Report

Report of: Head of Environment

Purpose of the report

1.\tTo update the Board on the Climate Support Programme.

Recommendation

2.\tThat the Board notes progress and agrees the 2026-27 plan.

Background

3.\tThe programme has two priorities, reported below.

Progress update

Decarbonising council buildings

4.\tA heat decarbonisation guide was published in May 2025.

5.\tSurveys of 40 schools are under way and will finish in January 2026.

Fleet

6.\tA procurement framework for electric vans will be launched in April 2026.

Financial implications

7.\tThe programme is funded by a Climate Change Support Grant of £210,000 for 2025-26.

Risk

8.\tThe main risk is the supply of survey staff.

Author: Alun Rees, Policy Officer
"""

DESIGNED = """\
Cardiff Council

# Parks and Green Spaces Programme 2025-26: Autumn Update

Published 4 December 2025

## At a glance

Status key: COMPLETE – delivered; ON TRACK – progressing to plan; DELAYED – has missed its date.

## Parks for everyone

**Roath Park play area.** The new play area opened in August 2025. COMPLETE

**Bute Park paths.** Resurfacing of 2 km of paths started in October 2025. ON TRACK

> “The new play area opened in August 2025.”

## Trees and nature

**Street trees.** Planting of 500 trees was held back by a wet autumn. DELAYED

### Funding 2025-26

| Source | Amount |
| --- | --- |
| Local Places for Nature Grant | £300,000 |
"""


def _load(path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return w.load_programme(path), w.load_priorities(path), w.load_grants(path)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_cover_paper_progress_subheadings(tmp_path, suffix):
    path = tmp_path / f"cover{suffix}"
    path.write_text(COVER, encoding="utf-8")
    items, priorities, grants = _load(path)
    assert list(priorities["priority"]) == ["Decarbonising council buildings", "Fleet"]
    assert [t[:22] for t in items["text"]] == ["A heat decarbonisation", "Surveys of 40 schools ",
                                              "A procurement framewor"]
    assert list(items["paragraph"]) == [1, 1, 2]
    assert list(items["status"]) == ["done", "in progress", "planned"]
    assert list(items["quarter_label"]) == ["2025-26 Q1", "2025-26 Q4", "2026-27 Q1"]
    # the Board's recommendation, the background and the implications are no items
    assert not items["text"].str.contains("That the Board|main risk|funded by").any()
    assert list(grants["grant"]) == ["Climate Change Support Grant"]
    assert list(grants["amount_gbp"]) == [210000]


def test_designed_update_banners_and_capital_status(tmp_path):
    path = tmp_path / "designed.md"
    path.write_text(DESIGNED, encoding="utf-8")
    items, priorities, grants = _load(path)
    assert list(priorities["priority"]) == ["Parks for everyone", "Trees and nature"]
    assert list(items["text"]) == [
        "Roath Park play area. The new play area opened in August 2025.",
        "Bute Park paths. Resurfacing of 2 km of paths started in October 2025.",
        "Street trees. Planting of 500 trees was held back by a wet autumn."]
    assert list(items["paragraph"]) == [1, 1, 2]
    assert list(items["status"]) == ["done", "in progress", "at risk"]
    assert list(grants["grant"]) == ["Local Places for Nature Grant"]
    assert list(grants["amount_gbp"]) == [300000]


def test_closing_capitals_tag_left_out():
    from wlga_analysis.interpret.programme.closing_tags import closing_tag
    from wlga_analysis.reference import load_status_tags

    tags = load_status_tags()
    assert closing_tag("Work began in May 2025. ON TRACK", tags) == (
        "in progress", "Work began in May 2025.")
    assert closing_tag("The scheme was run by the WLGA and CLA.", tags) is None


def test_designed_update_panel_titled_by_its_first_row_is_no_item(tmp_path):
    # (Word's boxed panel: a table right after the last item, its title its first row)
    text = DESIGNED.replace("### Funding 2025-26\n\n| Source | Amount |\n| --- | --- |\n",
                            "| Funding 2025-26 | |\n| --- | --- |\n")
    assert text != DESIGNED
    path = tmp_path / "panel.md"
    path.write_text(text, encoding="utf-8")
    items, priorities, _grants = _load(path)
    assert len(priorities) == 2
    assert list(items["item_id"]) == ["1.1", "1.2", "2.1"]
    assert not items["text"].str.contains("Nature Grant").any()


def test_timing_and_spending_wordings_of_eval45():
    import datetime as dt

    from wlga_analysis.interpret.programme.grant_sources import own_source
    from wlga_analysis.quarters import resolve_timing

    paper = dt.date(2025, 11, 20)
    # "quarterly" is no "quarter": the report's month is its timing
    period, phrase = resolve_timing("the first quarterly report was published in October "
                                    "2025.", paper, "2025-26")
    assert (str(period), phrase) == ("2026Q3", "in October 2025")
    # a range's year, printed once at its end, is its start month's year too
    period, _ = resolve_timing("Events ran between June and September 2025.", paper,
                               "2025-26")
    assert str(period) == "2026Q1"
    spend = __import__("re").compile(r"(?i)\bspent\b").search
    assert own_source(" had been spent by 31 December 2025", spend) is False
    assert own_source(" from the Welsh Government", spend) is True
