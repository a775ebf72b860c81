"""series48's cover-paper wordings, in other layouts and words: paragraphs numbered
through a paper keep their printed number as the item id; work sent out or begun with a
future clause after it, a date brought forward, work taken forward together with other
work, work withdrawn, work that remains planned; the due quarter of work that "remains on
track" after a past clause; a grant increased "to" an amount and a grant's spend.

The expected values were written from the documents below, as a careful reader reads them,
before the rules were written."""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.quarters import due_timing, quarter_label
from wlga_analysis.status import classify_status

DIGITAL = [
    ("Purpose of the report", [
        "To update the Board on the Digital Resilience Programme 2025-26."]),
    ("Recommendations", [
        "That the Board notes progress and the changes in paragraphs 7 and 10."]),
    ("Background", [
        "The programme was agreed by the Board in April 2025.",
        "It is funded by the Welsh Government."]),
    ("Progress update", []),
    ("Cyber resilience", [
        "A cyber exercise for council incident teams has been issued to the 12 participating "
        "councils, and their responses are expected in May 2026.",
        "Work on a shared security operations centre has begun, and an options appraisal "
        "will be brought to the Board in June 2026.",
        "The phishing e-learning module will no longer be taken forward, as the National "
        "Cyber Security Centre now offers one free of charge."]),
    ("Data and insight", [
        "The data maturity assessment, run with Data Cymru, remains on track for all "
        "councils by March 2026; nine councils have completed it.",
        "The open data portal has been brought forward and will now go live in February "
        "2026.",
        "The data skills academy is now taken forward together with the analyst network, "
        "so that both share one curriculum; both will be finished by June 2026."]),
    ("Financial implications", [
        "The Welsh Government has increased the Digital Resilience Fund for 2025-26 to "
        "£450,000 to pay for the cyber exercise.",
        "£398,500 of the £450,000 Digital Resilience Fund for 2025-26 was spent by 28 "
        "February 2026."]),
    ("Risk", ["Cyber threats change quickly."]),
]
EXPECTED = [  # (item_id, paragraph, status, quarter)
    ("5", 1, "in progress", "2026-27 Q1"),
    ("6", 1, "in progress", "2026-27 Q1"),
    ("7", 1, "done", None),
    ("8", 2, "in progress", "2025-26 Q4"),
    ("9", 2, "in progress", "2025-26 Q4"),
    ("10", 2, "in progress", "2026-27 Q1"),
]


def _txt() -> str:
    lines = ["WLGA EXECUTIVE BOARD", "12 March 2026", "AGENDA ITEM 6", "",
             "WLGA Digital Resilience Programme 2025-26: Progress Report", "",
             "Report of: Head of Digital", ""]
    n = 0
    for heading, paras in DIGITAL:
        lines += [heading, ""]
        for text in paras:
            n += 1
            lines += [f"{n}.\t{text}", ""]
    lines += ["Author: Nia Hughes, Digital Programme Manager"]
    return "\r\n".join(lines) + "\r\n"


def _html() -> str:
    body = ["<h1>WLGA Digital Resilience Programme 2025-26: Progress Report</h1>",
            "<p>WLGA Executive Board, <time datetime=\"2026-03-12\">12 March 2026</time></p>"]
    n = 0
    for heading, paras in DIGITAL:
        sub = heading in ("Cyber resilience", "Data and insight")
        body.append(f"<h3>{heading}</h3>" if sub else f"<h2>{heading}</h2>")
        if paras:
            body.append(f"<ol start=\"{n + 1}\">" + "".join(f"<li>{t}</li>" for t in paras)
                        + "</ol>")
            n += len(paras)
    return "<html><body><main>" + "\n".join(body) + "</main></body></html>"


def _load(path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_programme(path), wa.load_grants(path)


@pytest.mark.parametrize("form", ["txt", "html"])
def test_cover_paper_items_keep_their_printed_numbers(tmp_path, form):
    path = tmp_path / f"digital.{form}"
    path.write_text(_txt() if form == "txt" else _html(), encoding="utf-8")
    items, grants = _load(path)
    got = [(r.item_id, int(r.paragraph), r.status,
            r.quarter_label if isinstance(r.quarter_label, str) else None)
           for r in items.itertuples()]
    assert got == EXPECTED
    # the increased grant keeps its name; the spend of it is no second grant
    assert sorted(set(zip(grants["grant"], grants["amount_gbp"], strict=True))) == [
        ("Digital Resilience Fund", 450000)]


def test_labelled_priorities_numbered_through_keep_their_printed_numbers(tmp_path):
    lines = ["Transport Plan 2025-26: Quarter 3 report", "Date: 4 February 2026", "",
             "Introduction", "1.\tThis report sets out progress with the plan.",
             "2.\tMembers are asked to note it.", "", "Objective 1: Active travel",
             "3.\tThe Conwy cycle path was opened in October 2025.",
             "4.\tThe school streets pilot will begin in April 2026.", "",
             "Objective 2: Clean air",
             "5.\tAir quality monitors were installed at three schools in May 2025.", "",
             "Resources", "6.\tThe plan is funded from the council's budget."]
    path = tmp_path / "transport.txt"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    items, _grants = _load(path)
    assert list(items["item_id"]) == ["3", "4", "5"]
    assert list(items["paragraph"]) == [1, 1, 2]


@pytest.mark.parametrize(("text", "status"), [
    # sent out or begun, with what follows still ahead: the work is under way
    ("The staff survey has been circulated to all 22 councils, and the findings will be "
     "reported in July 2026.", "in progress"),
    ("The tender has been sent to five suppliers; bids are due in April 2026.", "in progress"),
    ("Drafting of the code of practice has started, and it will go out for consultation "
     "in May 2026.", "in progress"),
    ("The evaluation has now begun; a report will follow in the autumn.", "in progress"),
    # a date brought forward: ahead of plan, under way
    ("The roll-out to schools has been brought forward and will now start in January 2026.",
     "in progress"),
    # combined with other work that goes on
    ("The mentoring scheme is now being taken forward alongside the leadership "
     "programme; both will conclude in March 2026.", "in progress"),
    # withdrawn: closed, done with
    ("The second phase will no longer be taken forward, as the grant has ended.", "done"),
    ("The pilot is no longer being progressed following the Cabinet decision.", "done"),
    ("The app has been withdrawn from the programme.", "done"),
    # still only planned
    ("The launch event remains planned for June 2026.", "planned"),
    # not these
    ("The survey will be sent to councils in May 2026.", "planned"),
    ("Work has not begun and will start in May 2026.", "planned"),
    ("No assessment has started.", "planned"),
    ("No work has yet begun, and it will start in May 2026.", "planned"),
])
def test_status_wordings_of_series48(text, status):
    assert classify_status(text)[0] == status


@pytest.mark.parametrize(("text", "due"), [
    ("The audit, carried out with Audit Wales, remains on track for all councils by "
     "March 2026; six have been audited.", "2025-26 Q4"),
    ("The guidance, now that a model has been agreed with councils, remains on track for "
     "February 2026.", "2025-26 Q4"),
    ("The register, built with Data Cymru, is still on track for June 2026.", "2026-27 Q1"),
    # finished work keeps no due quarter
    ("The guide, written with Data Cymru, was published in December 2025.", None),
])
def test_due_quarter_of_work_on_track_after_a_past_clause(text, due):
    quarter, _when, _others = due_timing(text, dt.date(2026, 1, 20), "2025-26")
    assert (quarter_label(quarter) if quarter is not None else None) == due
