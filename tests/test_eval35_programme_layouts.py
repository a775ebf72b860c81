"""Programme updates in the layouts of the thirty-fifth evaluation corpus's prog35a and
prog35b: a bilingual paper printed side by side, and an annual report in three-level legal
numbering with a closing status sentence, a table of indicators and a financial summary.

The family, written afresh for the test in other words, figures and forms than the corpus:

- a Welsh/English paper whose every paragraph is a row of one two-column table, saved as
  tab-separated text whose cells hold HTML fragments (as the shipped extraction prints a
  table), here with the ENGLISH column first ("English<TAB>Cymraeg") and a "Status:" line
  in the English cell only;
- a pandoc Markdown export of a Word report in legal numbering: ``#`` chapters and ``##``
  workstreams with no numbers and each workstream's actions a "1." list that starts again,
  a "Key performance indicators" simple table (columns two spaces apart), and a funding
  pipe table ``Fund | Funder | 2026-27 allocation | Spend to date`` with a "Match funding"
  row of the council's own money and a Total row;
- the same kind of report as a web page with its numbers typed ("1 Housing", "1.1 Supply",
  "1.1.1 ..."), the indicators table headed "Measure | 2024-25 | Target | As at 31 Dec 2025".

A careful reader's reading, written before the code ran: the English column once (the
Welsh one is the same paper, reported); the actions "N.M.K" the items, the chapters the
priorities (the paper lists none), the workstreams neither; a closing "Status: delayed."
sentence is the status and no part of the text, a status told in words stays; the
indicators are no items; one grant per fund row, named by its first cell, its amount the
allocation column, spend no grant, the own money and the total no grant; the quarter of
the work still outstanding, not of a date naming another event ("the May 2027 local
elections") nor of work already done ("since April 2025").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wlga_analysis.quarters import quarter_label, resolve_timing
from wlga_analysis.testing import parse_document


def _parse(path: Path):
    return parse_document(path, "programme")


def _items(parse):
    return [(r.item_id, r.text, r.status, quarter_label(r.quarter) if r.quarter == r.quarter
             and r.quarter is not None else None) for r in parse.programme.itertuples()]


def _grants(parse):
    return [(r.grant, r.amount_gbp, r.financial_year) for r in parse.grants.itertuples()]


# ------------------------------------------------------------------ bilingual, text form
def _row(en: str, cy: str) -> str:
    return f"{en}\t{cy}"


BILINGUAL = [
    "",
    "English\tCymraeg",
    _row("<p><b>Regional Digital Partnership: update to the Board, December 2025</b></p>",
         "<p><b>Partneriaeth Ddigidol Ranbarthol: diweddariad i'r Bwrdd, Rhagfyr 2025</b></p>"),
    _row("<p>4 December 2025</p>", "<p>4 Rhagfyr 2025</p>"),
    _row("<p><b>1. Purpose</b></p>", "<p><b>1. Diben</b></p>"),
    _row("<p>1.1 To report progress to the Board at the end of November 2025.</p>",
         "<p>1.1 Adrodd ar gynnydd i'r Bwrdd ar ddiwedd mis Tachwedd 2025.</p>"),
    _row("<p><b>2. Shared platforms</b></p>", "<p><b>2. Platfformau a rennir</b></p>"),
    _row("<p>2.1 <b>Booking system:</b> the shared booking system went live in all four "
         "councils in October 2025.</p> <p><b>Status:</b> Complete</p>",
         "<p>2.1 <b>System archebu:</b> aeth y system archebu a rennir yn fyw ym mhob un o'r "
         "pedwar cyngor ym mis Hydref 2025.</p>"),
    _row("<p>2.2 <b>Data hub:</b> two councils have used the hub since April 2025 and the "
         "other two are booked for February 2026.</p> <p><b>Status:</b> On track</p>",
         "<p>2.2 <b>Hwb data:</b> mae dau gyngor wedi defnyddio'r hwb ers mis Ebrill 2025 ac "
         "mae'r ddau arall wedi'u trefnu ar gyfer mis Chwefror 2026.</p>"),
    _row("<p><b>3. Democratic services</b></p>", "<p><b>3. Gwasanaethau democrataidd</b></p>"),
    _row("<p>3.1 <b>Candidate guide:</b> a guide for the May 2027 local elections is being "
         "written with the Electoral Commission for publication in March 2026.</p> "
         "<p><b>Status:</b> On track</p>",
         "<p>3.1 <b>Canllaw ymgeiswyr:</b> mae canllaw ar gyfer etholiadau lleol Mai 2027 yn "
         "cael ei ysgrifennu gyda'r Comisiwn Etholiadol i'w gyhoeddi ym mis Mawrth 2026.</p>"),
    _row("<p>3.2 <b>Webcasting:</b> the move to a new webcasting contract has slipped to "
         "quarter one of 2026-27.</p> <p><b>Status:</b> Delayed</p>",
         "<p>3.2 <b>Gweddarlledu:</b> mae'r newid i gontract gweddarlledu newydd wedi llithro "
         "i chwarter un 2026-27.</p>"),
]


def test_a_bilingual_table_saved_as_tab_separated_text_reads_its_english_column(tmp_path):
    path = tmp_path / "digital-partnership-update.txt"
    path.write_text("\n".join(BILINGUAL) + "\n", encoding="utf-8")
    parse = _parse(path)
    assert _items(parse) == [
        ("2.1", "Booking system: the shared booking system went live in all four councils "
                "in October 2025.", "done", "2025-26 Q3"),
        ("2.2", "Data hub: two councils have used the hub since April 2025 and the other two "
                "are booked for February 2026.", "in progress", "2025-26 Q4"),
        ("3.1", "Candidate guide: a guide for the May 2027 local elections is being written "
                "with the Electoral Commission for publication in March 2026.", "in progress",
         "2025-26 Q4"),
        ("3.2", "Webcasting: the move to a new webcasting contract has slipped to quarter one "
                "of 2026-27.", "at risk", "2026-27 Q1"),
    ]
    assert parse.metadata["date"] == dt.date(2025, 12, 4)


# --------------------------------------------------------- pandoc Markdown, numbers lost
PANDOC = """---
title: "Housing Support Programme 2026-27: Half-year Report to Cabinet"
date: "12 November 2026"
---

**Purpose**

This report sets out the programme's position at 30 September 2026 against
the delivery plan that Cabinet agreed in March 2026, with the key
performance indicators and the funding position.

# Homelessness prevention

## Early help

1.  Open a single prevention hub in each of the three localities. The
    second hub opened in July 2026. Status: complete.

2.  Recruit two specialist tenancy sustainment officers. One post has been
    filled and the second is scheduled for January 2027. Status: in progress.

## Temporary accommodation

1.  Reduce the use of bed and breakfast for families to zero. Procurement
    of a new supported scheme has been held up and it will now open in
    June 2027. Status: delayed.

# Supply of homes

## Empty homes

1.  Bring 40 empty homes back into use with the Welsh Government's national
    scheme. Twenty-six homes have been brought back into use. This remains
    on track for March 2027.

2.  Publish an empty homes enforcement protocol. Work will start in
    February 2027. Status: not started.

# Key performance indicators

  Indicator                                   2025-26   Target 2026-27   At 30 Sept 2026
  ------------------------------------------  --------  ---------------  ----------------
  Households prevented from homelessness (%)  61%       65%              63%
  Families in bed and breakfast               14        0                9

# Funding

| Fund | Funder | 2026-27 allocation | Spend to date |
|---|---|--:|--:|
| Housing Support Grant | Welsh Government | £1,240,000 | £610,500 |
| Empty Homes Grant | Welsh Government | £310,000 | £96,000 |
| Match funding | Council | £150,000 | £70,000 |
| **Total** |  | **£1,700,000** | **£776,500** |

# Recommendation

That Cabinet notes the report.
"""


@pytest.fixture(scope="module")
def pandoc(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval35") / "housing-support-half-year.md"
    path.write_text(PANDOC, encoding="utf-8")
    return _parse(path)


def test_pandoc_export_numbers_the_actions_as_the_printed_legal_numbering(pandoc):
    assert _items(pandoc) == [
        ("1.1.1", "Open a single prevention hub in each of the three localities. The second "
                  "hub opened in July 2026.", "done", "2026-27 Q2"),
        ("1.1.2", "Recruit two specialist tenancy sustainment officers. One post has been "
                  "filled and the second is scheduled for January 2027.", "in progress",
         "2026-27 Q4"),
        ("1.2.1", "Reduce the use of bed and breakfast for families to zero. Procurement of a "
                  "new supported scheme has been held up and it will now open in June 2027.",
         "at risk", "2027-28 Q1"),
        ("2.1.1", "Bring 40 empty homes back into use with the Welsh Government's national "
                  "scheme. Twenty-six homes have been brought back into use. This remains on "
                  "track for March 2027.", "in progress", "2026-27 Q4"),
        ("2.1.2", "Publish an empty homes enforcement protocol. Work will start in February "
                  "2027.", "planned", "2026-27 Q4"),
    ]


def test_pandoc_export_chapters_are_the_priorities(pandoc):
    assert pandoc.priorities["priority"].tolist() == ["Homelessness prevention",
                                                      "Supply of homes"]
    assert pandoc.programme["section"].tolist() == ["Homelessness prevention"] * 3 \
        + ["Supply of homes"] * 2


def test_pandoc_export_funding_table_gives_one_grant_per_fund(pandoc):
    assert _grants(pandoc) == [("Housing Support Grant", 1240000, "2026-27"),
                               ("Empty Homes Grant", 310000, "2026-27")]
    notes = [i.message for i in pandoc.issues if i.check == "unclassified amount"]
    assert any("Match funding" in m and "own money" in m for m in notes)
    assert any("Total" in m for m in notes)


def test_pandoc_export_indicators_are_no_items(pandoc):
    measures = pandoc.paragraphs[pandoc.paragraphs["kind"] == "measure"]
    assert len(measures) == 3  # (its header and two rows, kept there only)
    assert not pandoc.programme["text"].str.contains("Households prevented").any()


# ----------------------------------------------------------- web page, numbers typed
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Waste Strategy 2025-26: Annual
Report</title></head><body><main>
<h1>Waste Strategy 2025-26: Annual Report to Scrutiny Committee</h1>
<p>3 December 2025</p>
<h2>1 Collections</h2>
<h3>1.1 Kerbside recycling</h3>
<p>1.1.1 Roll out weekly food waste caddies to flats. The roll-out was finished in
August 2025. Status: complete.</p>
<p>1.1.2 Replace the recycling fleet. Six new vehicles were delivered in September 2025 and
the last four are booked for February 2026. Status: in progress.</p>
<h3>1.2 Bulky waste</h3>
<p>1.2.1 Pilot a reuse collection with a local charity. The pilot has been delayed to
May 2026. Status: delayed.</p>
<h2>2 Sites</h2>
<h3>2.1 Household recycling centres</h3>
<p>2.1.1 Introduce a booking system at both centres. Bookings have been taken since
April 2025 at the first centre and the second is scheduled for March 2026. This remains
on track.</p>
<p>2.1.2 Open a reuse shop at the main centre, to start in quarter four. Status: not
started.</p>
<h2>Performance measures</h2>
<table><tr><th>Measure</th><th>2024-25</th><th>Target</th><th>As at 31 Dec 2025</th></tr>
<tr><td>Recycling rate (%)</td><td>64%</td><td>70%</td><td>67%</td></tr>
<tr><td>Missed collections per 100,000</td><td>41</td><td>30</td><td>35</td></tr></table>
<h2>Financial summary</h2>
<table><tr><th>Grant</th><th>Funder</th><th>2025-26 allocation</th><th>Spent at 30 Nov</th></tr>
<tr><td>Circular Economy Fund</td><td>Welsh Government</td><td>£420,000</td><td>£201,000</td></tr>
<tr><td>Council core contribution</td><td>Council</td><td>£60,000</td><td>£31,000</td></tr>
<tr><td>Total</td><td></td><td>£480,000</td><td>£232,000</td></tr></table>
</main></body></html>
"""


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval35") / "waste-strategy-annual-report.html"
    path.write_text(PAGE, encoding="utf-8")
    return _parse(path)


def test_web_page_legal_numbering_closing_status_sentences(page):
    assert _items(page) == [
        ("1.1.1", "Roll out weekly food waste caddies to flats. The roll-out was finished in "
                  "August 2025.", "done", "2025-26 Q2"),
        ("1.1.2", "Replace the recycling fleet. Six new vehicles were delivered in September "
                  "2025 and the last four are booked for February 2026.", "in progress",
         "2025-26 Q4"),
        ("1.2.1", "Pilot a reuse collection with a local charity. The pilot has been delayed "
                  "to May 2026.", "at risk", "2026-27 Q1"),
        ("2.1.1", "Introduce a booking system at both centres. Bookings have been taken since "
                  "April 2025 at the first centre and the second is scheduled for March 2026. "
                  "This remains on track.", "in progress", "2025-26 Q4"),
        ("2.1.2", "Open a reuse shop at the main centre, to start in quarter four.", "planned",
         "2025-26 Q4"),
    ]
    assert page.priorities["priority"].tolist() == ["Collections", "Sites"]


def test_web_page_financial_summary_and_measures(page):
    assert _grants(page) == [("Circular Economy Fund", 420000, "2025-26")]
    assert (page.paragraphs["kind"] == "measure").sum() == 3


# ------------------------------------------------------------------------- timing rules
@pytest.mark.parametrize(("text", "expected"), [
    ("A guide for the May 2027 local elections is being written for publication in "
     "March 2026.", "2025-26 Q4"),
    ("Work on the 2026 Senedd election briefing will finish in January 2026.", "2025-26 Q4"),
    ("Three councils have taken part since June 2025 and two more are booked for "
     "February 2026.", "2025-26 Q4"),
    ("Two reviews were completed in October 2025 and the third is scheduled for "
     "March 2026.", "2025-26 Q4"),
    ("The team met in May 2025 to plan the conference.", "2025-26 Q1"),
])
def test_the_quarter_is_the_outstanding_work_not_another_events_date(text, expected):
    period, _phrase = resolve_timing(text, dt.date(2025, 11, 12))
    assert quarter_label(period) == expected
