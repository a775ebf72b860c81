"""Two readings the eleventh evaluation corpus showed wrong in a legal-numbered report:

- **timing**: a sentence that names a date as background before the date the item is due
  by ("for staff appointed in May 2026 ..., for approval by the end of September 2025"), or
  before the date it now has ("was due in December and is now expected in February"), was
  placed in the quarter of its first date; the careful reader takes the deadline or the new
  date (:mod:`wlga_analysis.text.milestone`);
- **grant names**: a capitalised name of several words joined by "in", "for", "of"
  ("Skills for Public Service grant"), after its owner's name ("The Welsh Government's
  ...") or before "of £X", was cut to its last word ("service grant").

The sentences and the document are written for the test; the asserted values are the
careful reader's reading.
"""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis.programme import load_grants, load_programme
from wlga_analysis.quarters import quarter_label, resolve_timing
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

PAPER_DATE = dt.date(2025, 3, 12)


@pytest.mark.parametrize(("text", "quarter", "phrase"), [
    ("A framework for staff appointed in May 2026 is being drafted, for approval by the end "
     "of September 2025.", "2025-26 Q2", "by the end of September 2025"),
    ("A bid for the scheme, first discussed in May 2024, will be submitted by the end of "
     "February 2025.", "2024-25 Q4", "by the end of February 2025"),
    ("Workshops began in April 2024 and run until March 2025.", "2024-25 Q4",
     "until March 2025"),
    ("The seminar was due in December 2024 and is now expected in February 2025.",
     "2024-25 Q4", "expected in February 2025"),
    ("The conference, planned for November 2024, was postponed and will now take place in "
     "March 2025.", "2024-25 Q4", "in March 2025"),
])
def test_the_deadline_or_the_new_date_wins_over_a_date_named_first(text, quarter, phrase):
    period, when = resolve_timing(text, PAPER_DATE)
    assert (quarter_label(period), when) == (quarter, phrase)


@pytest.mark.parametrize(("text", "quarter"), [
    ("The group met in May 2024 and agreed its terms.", "2024-25 Q1"),
    ("Published by December 2024, with a review in March 2025.", "2024-25 Q3"),
    ("Now planned for June 2025, after the review in April 2025.", "2025-26 Q1"),
])
def test_a_first_date_that_is_the_deadline_or_the_only_one_stays(text, quarter):
    assert quarter_label(resolve_timing(text, PAPER_DATE)[0]) == quarter


PAPER = "\n".join([
    "SKILLS PROGRAMME UPDATE", "", "12 March 2025", "",
    "1. Purpose", "", "1.1 To report progress on the skills programme.", "",
    "2. Progress Update", "",
    "- A framework for staff appointed in May 2026 is being drafted, for approval by the end "
    "of September 2025.", "",
    "3. Funding", "",
    "3.1 The Welsh Government's Skills for Public Service grant for 2024-25 is £250,000.", "",
    "3.2 A Member Support Grant of £120,000 in 2024-25 funds the helpline.", "",
    "3.3 The Welsh Government has indicated a Skills for Public Service grant of £300,000 "
    "for 2025-26.", "",
    "3.4 A Welsh Government grant of £40,000 for 2024-25 funds the survey.", "",
])


def test_a_paper_reads_the_deadline_and_whole_grant_names(tmp_path):
    path = _write(tmp_path, PAPER, "skills.txt")
    assert _rows(quietly(load_programme, path), "quarter_label") == [["2025-26 Q2"]]
    grants = _rows(quietly(load_grants, path), "grant", "amount_gbp", "financial_year")
    assert grants[:3] == [["Skills for Public Service grant", 250000, "2024-25"],
                          ["Member Support Grant", 120000, "2024-25"],
                          ["Skills for Public Service grant", 300000, "2025-26"]]
    # (a body's name before "grant" is no grant's name)
    assert all(row[0] != "Welsh Government grant" for row in grants)
