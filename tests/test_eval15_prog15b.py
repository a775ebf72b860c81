"""A grant-funded programme's quarterly claim narrative (the fifteenth evaluation corpus's
prog15b layout): a claim summary table of awards and claimed amounts (a Total row), then
one section per grant, "Grant N: name", each with a spend-to-date table of £ columns
(``Budget | Spend | Forecast outturn | Variance``), a ``Milestone | Due | Status`` table
(the items), narrative and risks paragraphs; a declaration and signature to close.

The documents in ``tests/data/eval15/prog15b/`` are written for the test, in layouts of the
family that differ from the corpus: a Markdown claim with "Award N – name" headings under
"Section A/B" parts, bold labels ("Expenditure", "Milestones", "Commentary", "Risks" over
bullets), a ``Funding stream | Offer letter | Grant award 2026-27 (£) | Claimed ...``
summary, ``Budget line | Approved budget (£) | Actual to date (£) | Projected outturn (£)
| Under/(over) spend (£)`` tables and ``Milestone | Target date | Status`` tables; a web
page with "Grant N - name" headings, £ signs in the cells, an ``Allocation 2024-25``
column beside a "Grant claimed to date" column (an amount column under a heading naming
the year, which the funding-table reader also knows: read once),
``Budget | Spent to date | Forecast | Variance`` tables with a bracketed negative variance.
The asserted values are the careful reader's reading, written before the code.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import parse_programme
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval15" / "prog15b"

#: The careful reader's reading: title, date, items (id, section, text, status, quarter,
#: partners), grants (name, amount, year), spend rows kept as text (no items).
READINGS = {
    "community-safety-claim.md": {
        "title": "Regional Community Safety Grants 2026-27: Quarter 3 claim and progress "
                 "report",
        "date": "2027-01-19",
        "items": [
            ("1.1", 1, "Neighbourhood safety audits completed in six wards", "done",
             "2026-27 Q3", []),
            ("1.2", 1, "CCTV upgrade commissioned with Audit Wales assurance", "at risk",
             "2026-27 Q4", ["Audit Wales"]),
            ("1.3", 1, "Community safety partnership plan refreshed", "planned",
             "2027-28 Q1", []),
            ("2.1", 2, "Youth workers trained in trauma-informed practice with Academi Wales",
             "done", "2026-27 Q3", ["Academi Wales"]),
            ("2.2", 2, "Diversion panel data shared with Data Cymru", "in progress",
             "2026-27 Q4", ["Data Cymru"]),
        ],
        "grants": [("Community Safety Fund", 420000, "2026-27"),
                   ("Youth Diversion Grant", 85000, "2026-27")],
        "spend": ["Partnership team | 210,000", "CCTV and lighting | 160,000",
                  "Activities | 25,000", "Total | 420,000"],
        "not_items": ["Contractor capacity", "None this quarter", "Signed", "ward audits"],
    },
    "digital-inclusion-claim.html": {
        "title": "Digital Inclusion Grants 2024-25: half-year claim and progress report",
        "date": "2024-10-14",
        "items": [
            ("1.1", 1, "Digital champions recruited in every library", "done", "2024-25 Q2",
             []),
            ("1.2", 1, "Device lending scheme evaluated with Data Cymru", "at risk",
             "2024-25 Q4", ["Data Cymru"]),
            ("2.1", 2, "Free wifi installed in four community hubs", "in progress",
             "2024-25 Q3", []),
            ("2.2", 2, "Hub volunteers trained with Academi Wales", "planned", "2025-26 Q1",
             ["Academi Wales"]),
        ],
        "grants": [("Digital Skills Grant", 310000, "2024-25"),
                   ("Connected Communities Grant", 95000, "2024-25")],
        "spend": ["Tutors | £200,000", "Community hubs | £95,000"],
        "not_items": ["Forty digital champions", "Signed", "Financial position"],
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_metadata_and_no_priorities(parsed, name):
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]
    assert got.priorities.empty  # (the claim lists no priorities)


@pytest.mark.parametrize("name", READINGS)
def test_each_milestone_row_is_one_item_of_its_grant_section(parsed, name):
    frame = parsed[name].programme
    got = [(r.item_id, int(r.paragraph), r.text, r.status, r.quarter_label, list(r.partners))
           for r in frame.itertuples()]
    assert got == READINGS[name]["items"]


@pytest.mark.parametrize("name", READINGS)
def test_the_awards_of_the_claim_summary_are_the_grants(parsed, name):
    """The award column gives the grants; the claimed columns, the Total row and the
    sentence restating the totals give none."""
    grants = parsed[name].grants
    got = [(r.grant, int(r.amount_gbp), r.financial_year) for r in grants.itertuples()]
    assert got == READINGS[name]["grants"]


@pytest.mark.parametrize("name", READINGS)
def test_spend_rows_and_narrative_are_kept_but_no_items(parsed, name):
    got, want = parsed[name], READINGS[name]
    texts = got.paragraphs["text"].tolist()
    for line in want["spend"]:
        assert any(t.startswith(line) for t in texts), line
    items = " ".join(got.programme["text"])
    for words in [*want["spend"], *want["not_items"]]:
        assert words.split(" | ")[0] not in items


def test_the_total_sentence_is_reported_not_a_grant(parsed):
    got = parsed["community-safety-claim.md"]
    assert 505000 not in got.grants["amount_gbp"].tolist()
    assert any("505,000" in i.message and i.table == "grants" for i in got.issues)


def test_finance_headers_are_found_by_their_words():
    from wlga_analysis.interpret.programme.claims import is_finance_header

    assert is_finance_header(["Cost heading", "Budget 2025-26 (£)",
                              "Spend to 30 September (£)", "Forecast outturn (£)",
                              "Variance (£)"])
    assert is_finance_header(["Budget line", "Approved budget", "Actual to date"])
    assert not is_finance_header(["Milestone", "Due", "Status"])
    assert not is_finance_header(["Action", "Budget", "Status"])  # (one money column)


def test_a_claim_with_a_paper_of_labelled_objectives_is_not_read_as_one():
    """Headings labelled "Objective N:" are no grant sections (the rule needs "Grant N:"
    or "Award N:")."""
    from wlga_analysis.interpret.programme.claims import grant_section_label

    assert grant_section_label("Grant 2: Scrutiny Development Grant") == ("2", 9)
    assert grant_section_label("Award 1 – Community Safety Fund") == ("1", 10)
    assert grant_section_label("Objective 1: Data") is None
    assert grant_section_label("Grant funding of £5,000 was received.") is None


def test_nothing_lost(parsed):
    """Every word of the Markdown claim is in some table (the spend rows, the narrative,
    the risks and the signature in the paragraphs table); the date line is the date."""
    name = "community-safety-claim.md"
    got = parsed[name]
    assert programme_words_lost(got, DATA / name) == set()
