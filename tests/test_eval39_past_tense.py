"""eval39 (fx): done told in the simple past without a passive or "has been".

A chief executive's letter tells what happened in the plain past: the money "allowed us to
appoint two champions in November", the review "reported to the Partnership Council in
January". A careful reader reads both as done; wording that only promises or qualifies
such a thing ("will allow us to", "is reported to the board each quarter", "allowed us to
start") is not. The sentences here are written in other wordings than eval39's letter.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.status import classify_status, load_status_rules


@pytest.mark.parametrize(("text", "status"), [
    ("The grant enabled three councils to recruit data analysts in March 2026.", "done"),
    ("Extra funding allowed the team to publish the toolkit in October.", "done"),
    ("The new licence allowed us to train 40 officers before Christmas.", "done"),
    ("The findings reported to Cabinet in December 2025.", "done"),
    ("Our evaluation reported to the Board on 4 February 2026.", "done"),
    ("The options appraisal presented to the Minister in January set out three models.",
     "done"),
    ("The grant will allow us to appoint a coordinator in the summer.", "planned"),
    ("Progress is reported to the Board each quarter.", "in progress"),
    ("Most of the delays reported to us were short.", "at risk"),
    ("Closures reported to us are kept in a log.", "in progress"),
])
def test_simple_past_done(text: str, status: str) -> None:
    assert classify_status(text, load_status_rules())[0] == status


def test_allowed_to_start_is_not_done() -> None:
    text = "The award allowed us to start the recruitment of two officers."
    assert classify_status(text, load_status_rules())[0] != "done"


LETTER = "\n".join([
    "Welsh Local Government Association", "", "3 March 2026", "", "Dear Cabinet Secretary,",
    "", "Local Government Workforce Programme 2025-26: progress to February 2026", "",
    "I am writing to update you on the programme.", "",
    "Recruitment. The Workforce Resilience Grant of £300,000 for 2025-26 allowed us to fund "
    "twelve graduate trainees from September 2025. The careers portal will be relaunched in "
    "May 2026.", "",
    "Pay and grading. The pay review reported to the Joint Council in December 2025. A job "
    "evaluation refresh is on track for March 2026.", "",
    "Yours sincerely,", "", "Chief Executive", ""])


def test_letter_statuses(tmp_path: Path) -> None:
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        prog = wa.load_programme(path)
    got = dict(zip(prog["text"].str[:24], prog["status"], strict=True))
    assert got == {"The Workforce Resilience": "done", "The careers portal will ": "planned",
                   "The pay review reported ": "done", "A job evaluation refresh": "in progress"}
