"""A programme update recorded in a council committee's minutes (the thirty-seventh
evaluation corpus's prog37b: the family, written afresh).

The family: a committee's minutes print the council and committee, a line "Minutes of a
meeting held on <date> ...", then the agenda items as numbered headings ("6. DIGITAL
TRANSFORMATION PROGRAMME: MID-YEAR UPDATE"), each over its numbered minute paragraphs
("6.1", "6.2"), a paragraph sometimes leading into bullets ("On the data priority, the
Committee noted:"), and a decision line ("RESOLVED –", "AGREED:"). One agenda item records
the programme update: its heading names the programme and its lead-in paragraphs list the
progress in reported speech ("had been completed", "was being piloted", "would start").

A careful reader takes as the items only the bullets under the lead-ins of that agenda item;
the other agenda items (apologies, another report with its own "requested:" bullets), the
paragraphs that introduce or question the update and the decision lines are no items (they
stay in the paragraphs table). The title is the programme item's heading, the date the
meeting's. The reported speech is backshifted: "had been <done>" / "had <done>" done, "was
being <done>" in progress, "would <do>" planned, "had been moved from <month> to <a later
month>" at risk.

The documents are written here in layouts the corpus does not print: a plain-text minutes
of another council with "- " bullets and "AGREED:" lines, and a ModernGov web page whose
agenda items are tables with the number in a cell of its own. The asserted values are the
careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document

MINUTES = """\
CYNGOR SIR BRO HAFREN

GOVERNANCE AND AUDIT COMMITTEE

Minutes of the meeting held on 12 February 2026 at 2.00 pm in the Council Chamber.

Present: Councillor A. Price (Chair); Councillors B. Lloyd, C. Rees and D. Owen.

1. APOLOGIES

1.1 Apologies were received from Councillor E. Vaughan.

2. INTERNAL AUDIT PROGRESS REPORT

2.1 The Head of Audit presented the report. Members asked that:

- the audit of fleet management be brought forward;
- a follow-up review of payroll be added to the plan.

AGREED: That the report be noted.

3. DIGITAL TRANSFORMATION PROGRAMME: MID-YEAR UPDATE

3.1 The Chief Digital Officer introduced the update. The programme had two priorities: \
customer access; and data and insight.

3.2 On customer access, the Committee noted:

- The new customer portal had gone live in June 2025 with 4,200 accounts.
- Online council tax forms had been launched in September 2025.
- A webchat service was being piloted in two contact centres until March 2026.

3.3 In respect of data and insight, the Committee noted:

- A data warehouse had been procured from Data Cymru in August 2025.
- Training in data skills would start in April 2026.
- The dashboard release had been moved from October 2025 to January 2026 \
owing to a change of supplier.

3.4 In answer to a question from Councillor Rees, the officer confirmed that the portal met \
accessibility standards.

AGREED: That the update be noted.

4. DATE OF NEXT MEETING

4.1 The next meeting would be held on 14 May 2026.
"""

MODERNGOV = """\
<!DOCTYPE html>
<html lang="en"><head><title>Minutes - Cabinet Scrutiny Panel</title></head><body>
<div id="mgContent">
<h1 class="mgMainTitleTxt">Minutes</h1>
<h2>Cabinet Scrutiny Panel</h2>
<p>Tuesday, 20th January, 2026 10.00 am</p>
<p class="mgSectionTitle">Items</p>
<table class="mgItemTable" summary="Item"><tr><td class="mgItemNumberCell">
<p class="mgAiTitleTxt">11.</p></td><td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=1">
DECLARATIONS OF INTEREST</a></p><p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>11.1&nbsp;&nbsp; None were declared.</p></div></td></tr></table>
<table class="mgItemTable" summary="Item"><tr><td class="mgItemNumberCell">
<p class="mgAiTitleTxt">12.</p></td><td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=2">
HOUSING SUPPORT PROGRAMME 2025-26 PROGRESS UPDATE</a></p>
<p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara">
<p>12.1&nbsp;&nbsp; The Head of Housing reported that the programme had three priorities: \
prevention; temporary accommodation; and rapid rehousing.</p>
<p>12.2&nbsp;&nbsp; With regard to prevention, the Panel noted:</p>
<ul><li>A tenancy sustainment team had recruited six officers in November 2025.</li>
<li>A landlord incentive scheme would be launched in May 2026.</li></ul>
<p>12.3&nbsp;&nbsp; With regard to temporary accommodation and rapid rehousing, the Panel \
noted:</p>
<ul><li>Twelve self-contained flats had been completed in December 2025.</li>
<li>A rapid rehousing transition plan was being drafted with Shelter Cymru and would be \
finalised by March 2026.</li></ul>
<p>12.4&nbsp;&nbsp; The Head of Housing advised that a Housing Support Grant of £2,400,000 had \
been confirmed for 2025-26.</p>
<p><b>RESOLVED –</b> That the update be noted.</p>
</div></td></tr></table>
<table class="mgItemTable" summary="Item"><tr><td class="mgItemNumberCell">
<p class="mgAiTitleTxt">13.</p></td><td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=3">
URGENT BUSINESS</a></p><p class="mgSubItemTitleTxt">Minutes:</p>
<div class="mgWordPara"><p>13.1&nbsp;&nbsp; There was no urgent \
business.</p></div></td></tr></table>
</div></body></html>
"""


def _parse(path: Path):
    return parse_document(path, "programme")


def _items(parse):
    return [(r.item_id, r.paragraph, r.text, r.status, r.quarter_label)
            for r in parse.programme.itertuples()]


@pytest.fixture(scope="module")
def minutes(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval37") / "audit-committee-minutes.txt"
    path.write_text(MINUTES, encoding="utf-8")
    return _parse(path)


@pytest.fixture(scope="module")
def moderngov(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval37") / "scrutiny-panel-minutes.html"
    path.write_text(MODERNGOV, encoding="utf-8")
    return _parse(path)


def test_minutes_items_are_the_noted_bullets_of_the_programme_item(minutes):
    assert _items(minutes) == [
        ("3.2.1", 3, "The new customer portal had gone live in June 2025 with 4,200 accounts.",
         "done", "2025-26 Q1"),
        ("3.2.2", 3, "Online council tax forms had been launched in September 2025.", "done",
         "2025-26 Q2"),
        ("3.2.3", 3, "A webchat service was being piloted in two contact centres until March "
         "2026.", "in progress", "2025-26 Q4"),
        ("3.3.1", 3, "A data warehouse had been procured from Data Cymru in August 2025.",
         "done", "2025-26 Q2"),
        ("3.3.2", 3, "Training in data skills would start in April 2026.", "planned",
         "2026-27 Q1"),
        ("3.3.3", 3, "The dashboard release had been moved from October 2025 to January 2026 "
         "owing to a change of supplier.", "at risk", "2025-26 Q4"),
    ]
    assert minutes.programme["section"].tolist()[::3] == [
        "On customer access, the Committee noted:",
        "In respect of data and insight, the Committee noted:"]
    assert minutes.programme["priority"].tolist() == ["customer access"] * 3 + [
        "data and insight"] * 3  # (as 3.1 prints them)


def test_minutes_metadata_is_the_programme_items_heading_and_the_meeting_date(minutes):
    assert minutes.metadata["title"] == "DIGITAL TRANSFORMATION PROGRAMME: MID-YEAR UPDATE"
    assert str(minutes.metadata["date"]) == "2026-02-12"


def test_minutes_other_paragraphs_stay_in_the_paragraphs_table(minutes):
    texts = " ".join(minutes.paragraphs["text"])
    for kept in ("Apologies were received", "fleet management be brought forward",
                 "In answer to a question", "AGREED: That the update be noted",
                 "The next meeting would be held"):
        assert kept in texts


def test_moderngov_item_tables_read_as_numbered_minutes(moderngov):
    assert _items(moderngov) == [
        ("12.2.1", 12, "A tenancy sustainment team had recruited six officers in November "
         "2025.", "done", "2025-26 Q3"),
        ("12.2.2", 12, "A landlord incentive scheme would be launched in May 2026.", "planned",
         "2026-27 Q1"),
        ("12.3.1", 12, "Twelve self-contained flats had been completed in December 2025.",
         "done", "2025-26 Q3"),
        ("12.3.2", 12, "A rapid rehousing transition plan was being drafted with Shelter Cymru "
         "and would be finalised by March 2026.", "in progress", "2025-26 Q4"),
    ]
    assert moderngov.metadata["title"] == "HOUSING SUPPORT PROGRAMME 2025-26 PROGRESS UPDATE"
    assert str(moderngov.metadata["date"]) == "2026-01-20"
    assert moderngov.priorities["priority"].tolist() == [
        "prevention", "temporary accommodation", "rapid rehousing"]
    assert moderngov.grants[["amount_gbp", "financial_year"]].values.tolist() == [
        [2400000, "2025-26"]]
