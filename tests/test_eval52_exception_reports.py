"""Exception reports (series52's layout family) in other wordings and forms: a council's
exception report in plain text ("Completed" / "Slipped" / "Exceptions" headings, leads
"(Owner: ...)", a field line on its own), a board's Markdown report ("Completed actions",
"New actions", "Closed / withdrawn", a renumbered ref), and a three-update series whose
exception reports close "All other actions remain on track" (the work not listed is
carried forward, a row each, ``match`` "carried").

The expected values are a careful reader's, written before the code ran.
"""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import analysis

COUNCIL = """\
Example County Council
Corporate Plan Delivery: Exception Report to Cabinet
Date: 16 October 2025

This report lists only the actions that have changed since the quarter 1 report.

Completed

CP1.2 Open the new Llanfair household waste recycling centre (Owner: Head of Waste). \
Opened to the public in August 2025.

CP3.1 Adopt the local housing market assessment (Owner: Housing Strategy Manager). \
Completed: adopted by Cabinet in September 2025.

Slipped

CP2.4 Replace street lighting with LED units (Owner: Highways Manager). Target moved from \
December 2025 to June 2026 because of supply delays.

Exceptions

CP4.3 Launch the digital customer portal (Owner: Chief Digital Officer). At risk: the \
supplier has gone into administration.
Target date: March 2026.

All other actions remain on track.
"""

BOARD = """\
# Regional Skills Partnership: exception report, November 2025

**Date:** 20 November 2025

## Completed actions

- S2.1 Map apprenticeship vacancies across the region (Lead: Careers Wales). Completed in \
October 2025.

## New actions

- S1.5 Commission a survey of employers' skills needs (Lead: RSP). Due: May 2026. \
Status: not started.
- S3.2 (formerly S3.3) Pilot a green skills bootcamp (Lead: FE colleges). Due: January \
2026. Status: on track; 40 learners enrolled.

## Closed / withdrawn

- S1.4 Run a skills roadshow in each county (Lead: RSP). Withdrawn: the roadshows will \
now be run by the colleges.

Actions not listed above are unchanged.
"""


def _read(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_programme(str(path))


def _rows(df) -> dict[str, tuple[str, str, str | None]]:
    return {r.item_id: (r.section, r.status, None if r.quarter is None or str(r.quarter) in
                        ("NaT", "None") else str(r.quarter)) for r in df.itertuples()}


def test_a_councils_exception_report_in_text_reads_one_item_per_entry(tmp_path):
    df = _read(tmp_path, "exceptions.txt", COUNCIL)
    assert _rows(df) == {
        "CP1.2": ("CP1", "done", None),  # (under "Completed": done, no date due)
        "CP3.1": ("CP3", "done", None),
        "CP2.4": ("CP2", "at risk", "2027Q1"),  # (slipped to June 2026: the new date)
        "CP4.3": ("CP4", "at risk", "2026Q4"),  # (its field line "Target date: March 2026")
    }
    texts = dict(zip(df["item_id"], df["text"], strict=True))
    assert texts["CP2.4"] == "Replace street lighting with LED units"
    assert not df["text"].str.contains("remain on track").any()  # (the carry statement)


def test_a_boards_markdown_exception_report_reads_new_and_withdrawn_actions(tmp_path):
    df = _read(tmp_path, "exceptions.md", BOARD)
    assert _rows(df) == {
        "S1.5": ("S1", "planned", "2027Q1"),  # (May 2026; "Status: not started")
        "S1.4": ("S1", "done", None),  # (withdrawn: nothing outstanding)
        "S2.1": ("S2", "done", None),
        "S3.2": ("S3", "in progress", "2026Q4"),  # (renumbered; on track; January 2026)
    }
    texts = dict(zip(df["item_id"], df["text"], strict=True))
    assert texts["S3.2"] == "Pilot a green skills bootcamp (formerly S3.3)"


BASELINE = """\
# Town Centre Programme: delivery plan, quarter 1

**Date:** 10 July 2025

## Delivery plan

| Ref | Action | Lead | Due | Status |
| --- | --- | --- | --- | --- |
| T1.1 | Appoint a town centre manager | Council | September 2025 | On track |
| T1.2 | Open a business hub in the old library | Council | March 2026 | On track |
| T2.1 | Pedestrianise the high street | Highways | December 2025 | Not started |
| T2.2 | Install electric vehicle chargers | Highways | June 2026 | On track |
"""

SECOND = """\
# Town Centre Programme: exception report, quarter 2

**Date:** 9 October 2025

## Completed

- T1.1 Appoint a town centre manager (Lead: Council). Completed: the manager started in \
September 2025.

## Changes to timescales

- T2.1 Pedestrianise the high street (Lead: Highways). Due date moved from December 2025 \
to April 2026 following the consultation.

All other actions remain on track.
"""

THIRD = """\
# Town Centre Programme: exception report, quarter 3

**Date:** 15 January 2026

## Actions at risk

- T2.2 Install electric vehicle chargers (Lead: Highways). Now at risk: the grid \
connection is not yet agreed. Due: June 2026 (unchanged).

All other actions remain on track.
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    folder = tmp_path_factory.mktemp("town")
    for name, text in (("u1-2025-07.md", BASELINE), ("u2-2025-10.md", SECOND),
                       ("u3-2026-01.md", THIRD)):
        (folder / name).write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_programme_series(str(folder))


def test_the_actions_an_exception_report_does_not_list_are_carried_forward(town):
    rows = {(r.update[:2], r.item_id): (r.match, r.status, r.due_quarter_label)
            for r in town.itertuples()}
    assert rows[("u2", "T1.1")][1] == "done"
    assert rows[("u2", "T2.1")][1:] == ("planned", "2026-27 Q1")  # (moved to April 2026)
    assert rows[("u2", "T1.2")] == ("carried", "in progress", "2025-26 Q4")
    assert rows[("u2", "T2.2")] == ("carried", "in progress", "2026-27 Q1")
    # U3: T1.1 was reported complete in U2 (reported once: not carried); the rest carried
    assert ("u3", "T1.1") not in rows
    assert rows[("u3", "T1.2")] == ("carried", "in progress", "2025-26 Q4")
    assert rows[("u3", "T2.1")] == ("carried", "planned", "2026-27 Q1")
    assert rows[("u3", "T2.2")][:2] == ("text", "at risk")
    keys = town.groupby("item_id")["item_key"].nunique()
    assert keys.max() == 1  # (one piece of work, one key, across the three updates)


def test_carried_work_reads_as_unchanged_and_finished_work_as_dropped(town):
    changes = analysis.programme_changes(town)
    by = {(r.to_update[:2], r.item_id_before or r.item_id_after): r.change
          for r in changes.itertuples()}
    assert by[("u2", "T1.2")] == "unchanged"
    assert by[("u2", "T2.1")] == "changed"
    assert by[("u3", "T1.1")] == "dropped"
    assert by[("u3", "T2.1")] == "unchanged"
    assert by[("u3", "T2.2")] == "changed"
    slipped = changes.loc[changes["slipped"], "item_id_after"].tolist()
    assert slipped == ["T2.1"]
