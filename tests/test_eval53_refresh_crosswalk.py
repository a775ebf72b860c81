"""A programme across a year-end refresh: new refs keyed by a printed crosswalk table
("Previous ref | New ref | Note"), and a plain-text update with aligned-column tables.

Council-style wordings unlike series53's (other refs, owners, numbers of actions)."""

from __future__ import annotations

import warnings

import wlga_analysis as wa

OLD = """# Carmarthen Bay Delivery Plan 2025-26: Quarter 3 update

Date: 9 January 2026

## Housing

| Ref | Action | Owner | Status | Target date |
| --- | --- | --- | --- | --- |
| H1 | Empty homes loan scheme | Housing | On track | March 2026 |
| H2 | Temporary accommodation review | Housing | Delayed | March 2026 |
| H3 | Tenant survey | Housing | On track | February 2026 |

## Economy

| Ref | Action | Owner | Status | Target date |
| --- | --- | --- | --- | --- |
| E1 | Town centre grants round | Regeneration | On track | March 2026 |
| E2 | Market hall repairs | Property | Not started | June 2026 |
"""

NEW = """# Carmarthen Bay Delivery Plan 2026-27: Quarter 1 update

Date: 10 July 2026

## Priority 1: Homes for everyone

| Ref | Action | Owner | Status | Target date |
| --- | --- | --- | --- | --- |
| P1.1 | Empty homes and temporary accommodation programme | Housing | On track | December 2026 |
| P1.2 | Affordable homes pipeline | Housing | Not started | March 2027 |

## Priority 2: A thriving local economy

| Ref | Action | Owner | Status | Target date |
| --- | --- | --- | --- | --- |
| P2.1 | Town centre grants round | Regeneration | On track | September 2026 |
| P2.2 | Market hall repairs | Property | Delayed | October 2026 |

## How the actions map to last year's plan

| Previous ref | New ref | Note |
| --- | --- | --- |
| H1, H2 | P1.1 | combined |
| H3 | – | completed |
| E1 | P2.1 | carried forward |
| E2 | P2.2 | carried forward |
| – | P1.2 | new |
"""

TEXT = """From: Plan Team
Sent: 12 October 2026
Subject: Delivery Plan 2026-27 - Quarter 2 update

Dear colleagues,

PRIORITY 1: HOMES FOR EVERYONE

Ref     Action                               Status        Target
----    ------                               ------        ------
P1.1    Empty homes and temporary            On track      December 2026
        accommodation programme
P1.2    Affordable homes pipeline            Not started   March 2027

Notes:
- P1.2: the site list goes to Cabinet in November.

PRIORITY 2: A THRIVING LOCAL ECONOMY

Ref     Action                               Status        Target
----    ------                               ------        ------
P2.1    Town centre grants round             Complete      September 2026
P2.2    Market hall repairs                  Delayed       January 2027

Regards,
Plan Team
"""


def _quiet(call, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return call(*args)


def test_crosswalk_table_is_not_items(tmp_path):
    path = tmp_path / "plan-2026-07.md"
    path.write_text(NEW, encoding="utf-8")
    programme = _quiet(wa.load_programme, path)
    assert programme["item_id"].tolist() == ["P1.1", "P1.2", "P2.1", "P2.2"]


def test_aligned_column_email_reads_its_tables(tmp_path):
    path = tmp_path / "plan-2026-10.txt"
    path.write_text(TEXT, encoding="utf-8")
    programme = _quiet(wa.load_programme, path)
    assert programme["item_id"].tolist() == ["P1.1", "P1.2", "P2.1", "P2.2"]
    assert programme["text"].iloc[0] == "Empty homes and temporary accommodation programme"
    assert programme["status"].tolist() == ["in progress", "planned", "done", "at risk"]


def test_series_keys_follow_the_crosswalk(tmp_path):
    (tmp_path / "plan-2026-01.md").write_text(OLD, encoding="utf-8")
    (tmp_path / "plan-2026-07.md").write_text(NEW, encoding="utf-8")
    (tmp_path / "plan-2026-10.txt").write_text(TEXT, encoding="utf-8")
    series = _quiet(wa.load_programme_series, tmp_path)
    keys = {(u[5:12], i): k for u, i, k in zip(series["update"], series["item_id"],
                                                 series["item_key"], strict=True)}
    assert keys[("2026-07", "P1.1")] == keys[("2026-01", "H1")]  # combined: the first's work
    assert keys[("2026-07", "P2.1")] == keys[("2026-01", "E1")]
    assert keys[("2026-07", "P2.2")] == keys[("2026-01", "E2")]
    assert keys[("2026-07", "P1.2")] not in {keys[("2026-01", r)] for r in ("H1", "H2", "H3")}
    assert keys[("2026-10", "P2.2")] == keys[("2026-01", "E2")]
    matched = dict(zip(series["item_id"] + "@" + series["update"], series["match"], strict=True))
    assert matched["P2.1@plan-2026-07.md"] == "crosswalk"


YEAR_END = """# Clwyd Skills Partnership: year-end report 2025-26

Date: 28 April 2026

## 1. Apprenticeships

1.1 **Shared apprenticeship pool.** Forty apprentices were placed; the review is being used by the
partners to plan next year. **Complete**

1.2 **Care academy.** The academy, due in February, has slipped to May 2026 as the venue was not
ready. **Carried forward – delayed**

1.3 **Bus driver scheme.** The partners agreed in March 2026 that the scheme would stop.
**Not carried forward**
"""


def test_closing_bold_labels_and_a_slipped_due(tmp_path):
    path = tmp_path / "year-end-2026-04.md"
    path.write_text(YEAR_END, encoding="utf-8")
    programme = _quiet(wa.load_programme, path).set_index("item_id")
    assert programme.loc[["1.1", "1.2", "1.3"], "status"].tolist() == ["done", "at risk", "done"]
    series = _quiet(wa.load_programme_series, [path]).set_index("item_id")
    assert series.loc["1.2", "due_quarter_label"] == "2026-27 Q1"
