"""Programme updates printed by a performance system as key-value records (eval48's
prog48a layout), in documents written for the test.

A **council's action report, copied as text from the system's PDF**
(``ardal-action-report.txt``): objectives as bands with the system's code ("CP-R
Objective 1: Resilient communities"), each action a record whose printed rows hold two
fields each ("Code CP-R-01 Lead Officer Head of Community Safety"), long values wrapped
onto the next line, the status after the latest note on its line, page furniture between
records, and a Finance record (Grant, Funder, Financial Year, Allocation, Spend). A careful
reader takes each record's Description as the item, the Status word as its status
(Overdue at risk, Not started planned), the Target Date's quarter (never the note's date),
the objectives as the priorities and the Allocation as the grant (the spend is no grant).

A **service plan's actions as a web page** (``tidy-actions.html``): priority bands in
``<div>``s (no headings), each action a ``<th> | <td>`` table in another order (Code,
Description, Owner, Target Date, Status; the status an icon's alt text and its word); a
Cancelled action is at risk (it will not be delivered); a code that names its band's
number ("SS1-01" under Priority 1) is the item's printed ref, as any table's. The values
asserted were written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.programme.record_blocks import record_sections
from wlga_analysis.read.model import Inline, Paragraph
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval48"


def _parse(name: str):
    return parse_document(DATA / name, "programme")


def _items(parsed) -> list[tuple[str, str, str | None]]:
    p = parsed.programme
    return [(str(r.item_id), r.status, None if r.quarter_label != r.quarter_label
             else r.quarter_label) for r in p.itertuples()]


@pytest.fixture(scope="module")
def ardal():
    return _parse("ardal-action-report.txt")


@pytest.fixture(scope="module")
def tidy():
    return _parse("tidy-actions.html")


def test_text_copy_records_are_the_items(ardal):
    assert list(ardal.programme["text"]) == [
        "Open two community hubs in partnership with Audit Wales in Brynmawr and Penrhos.",
        "Refresh the flood response plans for the five highest-risk towns with the help of "
        "Natural Resources Wales.",
        "Award town centre improvement grants to 30 small businesses.",
        "Review the future of the three council markets."]
    assert _items(ardal) == [("1.1", "done", "2025-26 Q1"), ("1.2", "at risk", "2025-26 Q3"),
                             ("2.1", "in progress", "2025-26 Q4"),
                             ("2.2", "planned", "2026-27 Q2")]
    assert list(ardal.programme["partners"].iloc[0]) == ["Audit Wales"]


def test_text_copy_bands_priorities_grant_and_date(ardal):
    assert list(ardal.priorities["priority"]) == ["Resilient communities", "Prosperous places"]
    grants = ardal.grants
    assert list(grants["grant"]) == ["Town Centre Fund"]
    assert list(grants["amount_gbp"]) == [450000]
    assert list(grants["financial_year"]) == ["2025-26"]
    assert str(ardal.metadata["date"]) == "2026-01-14"


def test_web_page_records_in_another_order(tidy):
    assert list(tidy.programme["text"]) == [
        "Recruit 40 more home care workers with Social Care Wales.",
        "Replace the telecare alarm platform.",
        "Open a second children's residential home.",
        "Publish a placement sufficiency strategy."]
    # (a code that names its section, "SS1-01" in section 1, is the item's printed ref)
    assert _items(tidy) == [("SS1-01", "in progress", "2025-26 Q4"),
                            ("SS1-02", "at risk", "2025-26 Q3"),
                            ("SS2-01", "done", "2025-26 Q2"), ("SS2-02", "planned", "2026-27 Q1")]
    assert list(tidy.priorities["priority"]) == ["Safe care at home", "Children's services"]


def test_lines_without_a_record_are_no_records():
    # (a paper whose lines open with a field name but hold no item field: not this layout)
    lines = ["Progress has been good this quarter.", "Progress on roads: slow.",
             "Progress on bridges: fast.", "Status reports follow monthly."]
    assert record_sections([Paragraph(Inline(t)) for t in lines]) is None


# ----------------------------------------------------------------- press releases
# A **press release** (eval48's prog48b layout: ``libraries-release.md``, other words and
# marks): a headline, a dateline, quotes (no items), bullets under a lead-in line ("Key
# achievements so far:") and a next-steps heading ("What happens next": planned), the end
# mark "-ends-", then "Notes for editors" numbered (their numbers no sections; the grant
# read from the note). The items are numbered 1-N through the release with no section.

@pytest.fixture(scope="module")
def release():
    return _parse("libraries-release.md")


def test_press_release_bullets_are_the_items_with_no_section(release):
    p = release.programme
    assert list(p["text"]) == [
        "Twenty branch libraries have been refurbished, the last in January 2026.",
        "A shared e-book catalogue with Data Cymru is under way and due by June 2026.",
        "Self-service kiosks in six branches have been delayed until September 2026.",
        "Open the refurbished Aberaeron branch in May 2026.",
        "Survey library users in all 22 councils by July 2026."]
    assert _items(release) == [("1", "done", "2025-26 Q4"), ("2", "in progress", "2026-27 Q1"),
                               ("3", "at risk", "2026-27 Q2"), ("4", "planned", "2026-27 Q1"),
                               ("5", "planned", "2026-27 Q2")]
    assert p["paragraph"].isna().all()
    assert release.priorities.empty


def test_press_release_grant_title_and_date(release):
    assert list(release.grants["grant"]) == ["Library Capital Grant"]
    assert list(release.grants["amount_gbp"]) == [300000]
    assert release.metadata["title"] == "Library refurbishment programme reaches 20 branches"
    assert str(release.metadata["date"]) == "2026-03-03"


def test_an_end_mark_without_notes_is_no_press_release():
    from wlga_analysis.interpret.programme.press_release import release_sections
    from wlga_analysis.read.model import ListItem

    blocks = [ListItem(Inline("A was done.")), Paragraph(Inline("ENDS")),
              Paragraph(Inline("Contact us."))]
    assert release_sections(blocks) is None
