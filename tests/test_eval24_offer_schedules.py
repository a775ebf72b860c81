"""A grant offer letter with schedules (the twenty-fourth evaluation corpus's prog24a family).

The family: a funder's offer letter, then numbered schedules; the schedule of approved
purposes prints the work the grant pays for as tables of activities (a ref, the activity, a
partner, a completion date, an amount), perhaps one table per purpose under a labelled
sub-heading; other schedules print a payment profile (£ by quarter), a monitoring table and
the conditions of grant. The items are the approved activities (status planned: work
funded, not yet begun; quarter that of the completion date), each purpose a numbered
section and a priority; conditions, profile and monitoring returns are no items; the grant
is the one the letter offers, named as the scheme it is offered under.

The documents in ``tests/data/eval24/offer_schedules/`` are written for the test, in layouts
of the family the corpus does not print: a Markdown letter with lettered schedules
("Schedule A – Approved projects"), "Strand N –" sub-headings, a ``No. | Approved project |
Partner | End date | Amount`` header, a numbered paragraph in the letter and conditions as a
numbered list (``digital-fund-offer-2026-27.md``); and a web page whose one table of
activities stands under its schedule's heading with no sub-heading, refs "A1", a monitoring
table ``Report | Due``, terms as ``<ol>`` and an aside of links (``housing-support-offer.html``).
The asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme.offer_schedules import schedule_heading
from wlga_analysis.read.markers import parse_marker
from wlga_analysis.testing import parse_document
from wlga_analysis.text.clean import clean_text

DATA = Path(__file__).parent / "data" / "eval24" / "offer_schedules"


_WORD = re.compile(r"[^\W_]+")
#: A labelled sub-heading's label, as a list marker is: structure, not text.
_LABEL = re.compile(r"^(?:#+ )?[A-Z][a-z]+ \d{1,2} [\u2013:-] ")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(clean_text(text))}


def _missing_words(parse, path: Path) -> list[tuple[int, str]]:
    """Words of the document's text form in no table of the parse nor its title or date line
    (nothing lost, as tests/test_programme_coverage.py checks the text documents)."""
    found: set[str] = _words(parse.metadata["title"] or "")
    for frame in (parse.programme, parse.priorities, parse.grants, parse.paragraphs):
        for column in frame.columns:
            for value in frame[column].tolist():
                found |= _words(" ".join(map(str, value)) if isinstance(value, list)
                                else str(value))
    missing = []
    for number, line in enumerate(read_document(path, "programme").lines, 1):
        marker = parse_marker(line)
        text = (marker.rest if marker is not None else line).replace("<br>", " ")
        text = _LABEL.sub("", text)  # ("Strand 1 – ": structure, the section's number)
        if number != parse.metadata["date_line"]:
            missing += [(number, w) for w in sorted(_words(text.replace("\t", " ")) - found)]
    return missing


def _parse(name: str):
    return parse_document(DATA / name, "programme")


@pytest.fixture(scope="module")
def digital():
    return _parse("digital-fund-offer-2026-27.md")


@pytest.fixture(scope="module")
def housing():
    return _parse("housing-support-offer.html")


def _items(parse):
    prog = parse.programme
    return [(int(p), t, s, q, sorted(ps)) for p, t, s, q, ps in zip(
        prog["paragraph"], prog["text"], prog["status"], prog["quarter_label"],
        prog["partners"], strict=True)]


def test_digital_items(digital):
    assert _items(digital) == [
        (1, "Build a shared booking platform for council leisure services with Data Cymru.",
         "planned", "2026-27 Q3", ["Data Cymru"]),
        (1, "Publish open standards for council web forms.", "planned", "2026-27 Q4", []),
        (2, "Run a data skills academy for council analysts, with Academi Wales.", "planned",
         "2026-27 Q2", ["Academi Wales"]),
    ]


def test_digital_sections_priorities_grant(digital):
    assert digital.programme["section"].drop_duplicates().tolist() == [
        "Shared digital services", "Data skills"]
    assert digital.priorities["priority"].tolist() == ["Shared digital services",
                                                       "Data skills"]
    grants = digital.grants
    assert grants[["grant", "amount_gbp", "financial_year"]].values.tolist() == [
        ["Digital Councils Fund", 240000, "2026-27"]]
    assert digital.metadata["date"] == dt.date(2026, 5, 3)
    assert digital.metadata["title"] == "Offer of funding: Digital Councils Fund 2026-27"


def test_digital_conditions_and_profile_are_text(digital):
    texts = " ".join(digital.paragraphs["text"])
    for kept in ("The Recipient must tell us at once of any delay to a project.",
                 "Open standards | - | - | £15,000", "This offer lapses if it is not accepted"):
        assert kept in texts  # (nothing lost: in the paragraphs table, no item)
    assert not digital.programme["text"].str.contains("Recipient|Claims|offer lapses").any()


def test_housing_items(housing):
    assert _items(housing) == [
        (1, "Recruit four tenancy support officers for young people leaving care.", "planned",
         "2025-26 Q3", []),
        (1, "Commission a rapid rehousing review across the county with Audit Wales.",
         "planned", "2025-26 Q4", ["Audit Wales"]),
        (1, "Extend the housing first pilot to the valleys towns.", "planned", "2025-26 Q1", []),
    ]
    assert housing.programme["section"].unique().tolist() == ["Approved activities"]


def test_housing_grant_and_front_matter(housing):
    assert housing.grants[["grant", "amount_gbp", "financial_year"]].values.tolist() == [
        ["Housing Support Grant", 515000, "2025-26"]]
    assert housing.metadata["date"] == dt.date(2025, 6, 2)
    assert housing.metadata["title"] == "Housing Support Grant: offer letter 2025-26"
    assert housing.priorities.empty  # (the schedule's own heading names no priority)


def test_schedule_heading_words():
    assert schedule_heading("Schedule 4: Specific conditions")
    assert schedule_heading("Schedule B – Claims profile")
    assert not schedule_heading("Schedule of meetings 2025-26")
    assert not schedule_heading("Annex A: Progress")


def test_digital_nothing_lost(digital):
    assert _missing_words(digital, DATA / "digital-fund-offer-2026-27.md") == []


def test_housing_nothing_lost(housing):
    assert _missing_words(housing, DATA / "housing-support-offer.html") == []


def test_delivered_with_column_names_partners():
    from wlga_analysis.interpret.programme.common import _column_roles

    roles = _column_roles(["Ref", "Approved activity", "Delivered with", "Completion date"])
    assert roles["partners"] == ["Delivered with"] and roles["text"] == ["Approved activity"]
    assert _column_roles(["Project", "Delivered by", "End date"])["partners"] == ["Delivered by"]
