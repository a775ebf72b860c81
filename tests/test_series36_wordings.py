"""Wordings of a year of quarterly updates that series36 taught (each in 2-3 other wordings
than the corpus's): a web page dated by its CMS byline, status wordings of work finished,
work still running after a past clause, work started, delay; the due quarter of outstanding
work only; a bold lead followed by a dash; a grant restated without its name; a merge into
a new item and a split beside a continued one.
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import quarters
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.series import read_series
from wlga_analysis.series.drift import carried_grant_names
from wlga_analysis.status import classify_status
from wlga_analysis.text.dates import split_dated_line


@pytest.mark.parametrize(("line", "date"), [
    ("Published 22 January 2026 \u00b7 Improvement \u00b7 4 minute read", dt.date(2026, 1, 22)),
    ("News | First published: 3 February 2026 | 2 min read", dt.date(2026, 2, 3)),
    ("Last updated: 14 May 2025 \u00b7 Workforce", dt.date(2025, 5, 14)),
    ("Posted on 9 October 2025 | Digital | Share", dt.date(2025, 10, 9)),
])
def test_a_cms_byline_labelled_published_or_updated_dates_the_page(line, date):
    assert split_dated_line(line)[1] == date


def test_a_byline_with_no_date_is_no_date_line():
    assert split_dated_line("Published by the Board \u00b7 Improvement \u00b7 4 minute read") \
        is None


@pytest.mark.parametrize(("text", "status"), [
    # finished work told in the past or as a state
    ("The campaign ran in September and October 2025 and reached 9,000 carers.", "done"),
    ("A pilot ran during May 2024, with six councils.", "done"),
    ("The toolkit and its guidance are published on the Data Cymru website.", "done"),
    ("The evaluation report is now available on the WLGA web pages.", "done"),
    ("The booking system, live since March 2025, is now used by 12 councils.", "done"),
    # a past clause, then work still running or outstanding
    ("The first two workshops took place in May; the remaining workshops run until July 2025.",
     "in progress"),
    ("The academy was launched in June 2025, and its second cohort runs until March 2026.",
     "in progress"),
    ("Two guides have been merged into one handbook, now being edited for release in May.",
     "in progress"),
    # work already started, with a date still ahead
    ("A data standard is in development and will be consulted on in quarter 3.",
     "in progress"),
    ("The e-learning modules are under development and will be ready by March 2026.",
     "in progress"),
    ("The team has begun work on the new framework, which is expected in June 2026.",
     "in progress"),
    ("Applications opened on 3 March 2025, and grants will be awarded in May 2025.",
     "in progress"),
    ("The consultation closed in April 2025; responses will be reported in July 2025.",
     "in progress"),
    # a delay in other words
    ("The dashboards are later than planned because of late data; they are now expected in "
     "quarter 4.", "at risk"),
    ("Recruitment is running later than expected: posts are now expected to be filled in "
     "June.", "at risk"),
    # wordings the new rules leave alone
    ("Applications will open in May 2025 and grants will be awarded in July.", "planned"),
    ("Sessions are planned to run until December 2025.", "planned"),
    ("The report will be ready no later than March 2026.", "planned"),
])
def test_status_wordings(text, status):
    assert classify_status(text)[0] == status


@pytest.mark.parametrize(("text", "when", "label"), [
    ("The first review began in January 2026, and the second is being arranged for March "
     "2026.", "March 2026", "2025-26 Q4"),
    ("Two guides have been merged, now being prepared for release in May 2026.",
     "in May 2026", "2026-27 Q1"),
    ("The academy opened in January 2026, and its first courses run until July 2026.",
     "until July 2026", "2026-27 Q2"),
])
def test_a_date_of_work_being_done_or_still_running_is_its_due_date(text, when, label):
    quarter, phrase, _ = quarters.due_timing(text, dt.date(2026, 1, 22), "2025-26")
    assert (phrase, quarters.quarter_label(quarter)) == (when, label)


def test_a_restated_grant_takes_the_name_of_the_one_grant_of_its_year_not_named_again():
    earlier = [{"grant": "improvement grant", "financial_year": "2025-26"},
               {"grant": "digital grant", "financial_year": "2025-26"},
               {"grant": "workforce grant", "financial_year": "2024-25"}]
    now = [{"grant": "grant of £850,000", "financial_year": "2025-26"},
           {"grant": "digital grant", "financial_year": "2025-26"}]
    assert carried_grant_names(now, {0}, earlier) == \
        [(0, "grant of £850,000", "improvement grant")]
    # two earlier grants of the year, neither named again: no guess
    assert carried_grant_names(now[:1], {0}, earlier) == []


_HEAD = """{date}

WLGA SUPPORT PROGRAMME 2025-26 UPDATE

Progress

1. Skills

"""


def _write(path, date, items):
    path.write_text(_HEAD.format(date=date) + "\n".join(f"- **{lead}:** {body}"
                                                       for lead, body in items) + "\n",
                    encoding="utf-8")


@pytest.fixture(scope="module")
def drift(tmp_path_factory):
    root = tmp_path_factory.mktemp("s36drift")
    _write(root / "q1.txt", "10 July 2025", [
        ("Equality course for members", "an equality course for members is planned for "
         "October 2025."),
        ("Tenancy advice service", "an advice line for tenants is being set up."),
        ("Welsh language course for officers", "a Welsh language course for officers is "
         "planned for November 2025."),
        ("Procurement guidance", "guidance on social value in procurement is being drafted "
         "with councils.")])
    _write(root / "q2.txt", "9 October 2025", [
        ("Member and officer learning offer", "the equality course for members and the Welsh "
         "language course for officers have been brought together as one offer, to start in "
         "January 2026."),
        ("Tenancy advice service", "the advice line for tenants is being set up."),
        ("Procurement guidance for councils", "the guidance on social value in procurement "
         "is being tested with councils."),
        ("Procurement guidance for suppliers", "a short guide for suppliers will follow in "
         "December 2025.")])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return read_series([root / "q1.txt", root / "q2.txt"])


def test_an_item_that_takes_in_dropped_work_is_a_possible_merge(drift):
    found = {(i.check, i.item) for i in drift.issues if i.check.startswith("possible")}
    assert ("possible merge", "1.1") in found
    # (whether the matcher takes it as new work or as one part continued, it is reported)


def test_a_new_item_beside_a_continued_one_of_the_same_lead_is_a_possible_split(drift):
    found = {(i.check, i.item) for i in drift.issues if i.check.startswith("possible")}
    assert ("possible split", "1.4") in found
    assert len(found) == 2


def test_work_finished_has_no_due_quarter_in_a_series(tmp_path):
    _write(tmp_path / "q1.txt", "10 July 2025", [
        ("Toolkit", "the toolkit is being drafted and will be published in September 2025."),
        ("Survey", "the survey will run in August 2025.")])
    _write(tmp_path / "q2.txt", "9 October 2025", [
        ("Toolkit", "the toolkit was published in September 2025."),
        ("Survey", "the survey findings were agreed by the Board in September 2025.")])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        prog = wa.load_programme_series(tmp_path)
    q2 = prog[prog["update"] == "q2.txt"]
    assert q2["status"].tolist() == ["done", "done"]
    assert q2["due_quarter_label"].isna().all()
    assert q2["other_timings"].map(len).tolist() == [1, 1]  # (the phrase is kept)
    q1 = prog[prog["update"] == "q1.txt"]
    assert q1["due_quarter_label"].tolist() == ["2025-26 Q2", "2025-26 Q2"]


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "-"])
def test_a_bold_lead_then_a_dash_keeps_the_dash_out_of_the_text(tmp_path, dash):
    path = tmp_path / "q.md"
    path.write_text("# Support programme 2025-26: year-end update\n\n23 April 2026\n\n"
                    "## Progress\n\n### 1. Skills\n\n"
                    f"1.1 **Equality training** {dash} all six sessions were held.\n\n"
                    f"1.2 **Audit guide** {dash} the guide is being drafted.\n",
                    encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        prog = wa.load_programme(path)
    assert prog["text"].tolist() == ["Equality training: all six sessions were held.",
                                     "Audit guide: the guide is being drafted."]
    assert prog["status"].tolist() == ["done", "in progress"]
