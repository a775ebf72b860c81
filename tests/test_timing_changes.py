"""A date that CHANGED, "from X to Y", is due at Y, in both timing readers: the item's
quarter (``resolve_timing``) and a series' due quarter of the outstanding work
(``due_timing``), the old date X kept among the other timings. What makes "from X to Y" a
change is a verb of change in its clause ("delayed", "revised", "extended", "brought
forward": ``data/raw/programme_words.csv``, list "timing change") or an old-date marker
beside a new date ("was", "originally", "original target": list "old date"). A plain range
with no such word ("runs from October to December 2025") stays its first month.

The values are a careful reader's, written before the code ran (paper of 10 January 2026,
financial year 2025-26).
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.quarters import due_timing, quarter_label, resolve_timing

PAPER = dt.date(2026, 1, 10)

CHANGED = [
    # (text, the new date's quarter, its phrase, the old date kept)
    ("Delayed from March 2026 to June 2026.", "2026-27 Q1", "June 2026", "from March 2026"),
    ("The launch has moved from March to June 2026.", "2026-27 Q1", "June 2026", "from March"),
    ("Target revised from Q3 to Q4.", "2025-26 Q4", "Q4", "from Q3"),
    ("Pushed back from December 2025 to March 2026.", "2025-26 Q4", "March 2026",
     "from December 2025"),
    ("Rescheduled from May to July 2026.", "2026-27 Q2", "July 2026", "from May"),
    ("Original target March 2026; revised target June 2026.", "2026-27 Q1", "June 2026",
     "March 2026"),
    ("The deadline has been extended from 31 March 2026 to 30 June 2026.", "2026-27 Q1",
     "30 June 2026", "from 31 March 2026"),
    ("Slipped from quarter three to quarter four.", "2025-26 Q4", "quarter four",
     "from quarter three"),
    ("Brought forward from June 2026 to April 2026.", "2026-27 Q1", "April 2026",
     "from June 2026"),
    # other wordings
    ("The review was postponed from the end of March to the end of June 2026.", "2026-27 Q1",
     "the end of June 2026", "from the end of March"),
    ("Go-live has been deferred from quarter 4 to quarter 1 2026-27 at the supplier's request.",
     "2026-27 Q1", "quarter 1 2026-27", "from quarter 4"),
    ("The pilot was re-profiled from Q4 2025-26 to Q2 2026-27.", "2026-27 Q2", "Q2 2026-27",
     "from Q4 2025-26"),
    ("Launch put back from April to September 2026 while the contract is retendered.",
     "2026-27 Q2", "September 2026", "from April"),
    ("Timescale amended from December 2025 to February 2026.", "2025-26 Q4", "February 2026",
     "from December 2025"),
    ("Completion re-phased from 31/03/2026 to 30/09/2026.", "2026-27 Q2",
     "30/09/2026", "from 31/03/2026"),
    ("Training for scrutiny chairs moved back from November 2025 to February 2026.",
     "2025-26 Q4", "February 2026", "from November 2025"),
    ("The toolkit's publication date has shifted from January 2026 to May 2026.",
     "2026-27 Q1", "May 2026", "from January 2026"),
    ("The consultation, originally planned for February 2026, will now run in May 2026.",
     "2026-27 Q1", "in May 2026", "February 2026"),
    ("Was March 2026, now June 2026.", "2026-27 Q1", "June 2026", "March 2026"),
    ("Previous deadline 28 February 2026; the Board agreed 31 July 2026.", "2026-27 Q2",
     "31 July 2026", "28 February 2026"),
]


@pytest.mark.parametrize(("text", "quarter", "when", "old"), CHANGED)
def test_the_new_date_is_the_items_timing(text, quarter, when, old):
    got, phrase = resolve_timing(text, PAPER)
    assert (quarter_label(got), phrase) == (quarter, when)


@pytest.mark.parametrize(("text", "quarter", "when", "old"), CHANGED)
def test_the_new_date_is_due_and_the_old_one_kept(text, quarter, when, old):
    got, phrase, others = due_timing(text, PAPER, "2025-26")
    assert (quarter_label(got), phrase) == (quarter, when)
    assert old in others


@pytest.mark.parametrize(("text", "quarter", "when"), [
    # a plain range, with no verb of change, stays its first month
    ("The event runs from October to December 2025.", "2025-26 Q3",
     "from October to December 2025"),
    ("Drop-in sessions between June and September 2026.", "2026-27 Q1",
     "between June and September 2026"),
    ("Training Apr-Jun 2026.", "2026-27 Q1", "Apr-Jun 2026"),
    ("Funding is available from April 2026 to March 2027.", "2026-27 Q1", "from April 2026"),
    # a verb of change in another clause changes nothing
    ("The terms were revised. Sessions run from May to July 2026.", "2026-27 Q1",
     "from May to July 2026"),
])
def test_a_plain_range_stays_its_first_month(text, quarter, when):
    got, phrase = resolve_timing(text, PAPER)
    assert (quarter_label(got), phrase) == (quarter, when)
    assert quarter_label(due_timing(text, PAPER, "2025-26")[0]) == quarter


_NUMBERED = """# Corporate Joint Committee Support Programme 2025-26: Quarter 3 Update

Date: 10 January 2026

## 1. Planning

1.1 Strategic development plan. Consultation on the draft plan has been delayed from
February 2026 to May 2026 while the evidence base is refreshed.

1.2 Transport plan. Adoption rescheduled from March to July 2026.

1.3 Member briefings. Briefings run from October to December 2025.

## 2. Economic wellbeing

2.1 Skills audit. The audit's completion was brought forward from quarter four to quarter
three.

2.2 Business survey. Original target date 31 January 2026; revised target date 30 April 2026.
"""

_BULLETS = """WLGA Digital Programme Update

12 January 2026

Progress

1. Digital services

- **Cyber exercise:** the regional cyber exercise has been postponed from 20 February 2026 to
  15 May 2026 because of the elections.
- **Telecare switchover:** the switchover deadline was extended from December 2025 to
  March 2026.
- **Data platform:** the data platform is live and the training runs from January to March
  2026.
"""


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("cjc.md", _NUMBERED, {"1.1": ("2026-27 Q1", "May 2026"), "1.2": ("2026-27 Q2", "July 2026"),
                           "1.3": ("2025-26 Q3", "from October to December 2025"),
                           "2.1": ("2025-26 Q3", "quarter three"),
                           "2.2": ("2026-27 Q1", "30 April 2026")}),
    ("digital.txt", _BULLETS, {"1.1": ("2026-27 Q1", "15 May 2026"),
                               "1.2": ("2025-26 Q4", "March 2026"),
                               "1.3": ("2025-26 Q4", "from January to March 2026")}),
])
def test_an_update_dates_each_changed_item_at_its_new_date(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        items = wa.load_programme(path)
    got = {i: (q, w) for i, q, w in zip(items["item_id"], items["quarter_label"],
                                         items["when"], strict=True)}
    assert got == expected


_HEAD = """{date}

WLGA WORKFORCE PROGRAMME 2025-26 UPDATE

Progress

1. Workforce

"""


def _write(path, date, items):
    path.write_text(_HEAD.format(date=date) + "\n".join(f"- **{lead}:** {body}"
                                                       for lead, body in items) + "\n",
                    encoding="utf-8")


def test_a_series_is_due_at_the_new_date_and_keeps_the_old_one(tmp_path):
    _write(tmp_path / "q2.txt", "9 October 2025", [
        ("Pay review", "the pay review will report in December 2025."),
        ("Apprenticeship scheme", "the scheme will open in quarter three.")])
    _write(tmp_path / "q3.txt", "10 January 2026", [
        ("Pay review", "the pay review's report has slipped from December 2025 to April "
         "2026."),
        ("Apprenticeship scheme", "the opening was moved from quarter three to quarter four.")])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        prog = wa.load_programme_series(tmp_path)
    q3 = prog[prog["update"] == "q3.txt"]
    assert q3["due_quarter_label"].tolist() == ["2026-27 Q1", "2025-26 Q4"]
    assert [list(o) for o in q3["other_timings"]] == [["from December 2025"],
                                                     ["from quarter three"]]
    q2 = prog[prog["update"] == "q2.txt"]
    assert q2["due_quarter_label"].tolist() == ["2025-26 Q3", "2025-26 Q3"]
