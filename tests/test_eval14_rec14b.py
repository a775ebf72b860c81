"""Recommendations printed as lettered, roman or numbered sub-items under a lead-in that
names whom they are for (the family of the fourteenth evaluation corpus's rec14b, an
Ombudsman's own-initiative report: "I recommend that ... the four councils:" then "(a)"
...), in documents written for these tests in other publishers' manner (the asserted values
are the careful reader's reading, written before the code ran):

- **Markdown** (a Senedd committee report): chapters numbered "## 2. Collection rates",
  unnumbered paragraphs, the lead-in "The Committee recommends that councils, working with
  the WLGA:" over roman items "i." / "ii." that start again in each chapter, and a lead-in
  naming nobody ("We recommend that:") whose items name their owners themselves;
- **a web page** (an audit report): ``<p>`` lead-ins ("The Auditor General recommends that
  local authorities and the WLGA:", "We recommend that the Welsh Government:") over
  ``<ol>`` lists numbered on across the chapters (``<ol start="3">``).
- inline: a letter layout ("a)" under "### Recommendations" sub-headings of chapters
  "## 1. Housing adaptations", no title; "We recommend to the Welsh Government that it:"),
  and numbered items with bullets under an item ending with a colon (a flattened nested
  list) followed by a bullet list that is no part of them.

The corpus document itself (its Markdown and web page forms) is read as its reading says,
but for ``rec_id``: the contract's ``rec_id`` is a number, so a letter "(c)" is rec_id 3
with ``rec_label`` "c".

Before: the Markdown and web-page documents were read as unnumbered prose (the lead-in as
the recommendation), the corpus document raised ParseError ("found neither").
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
    load_recommendations_notes,
)
from wlga_analysis.testing import quietly, table_rows

DATA = Path(__file__).parent / "data" / "eval14" / "rec14b"
CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval14"


def _read(path: Path) -> dict:
    return {"areas": quietly(load_areas, path), "recs": quietly(load_recommendations, path),
            "acts": quietly(load_activities, path),
            "notes": quietly(load_recommendations_notes, path)}


@pytest.fixture(scope="module")
def committee() -> dict:
    return _read(DATA / "committee-council-tax.md")


@pytest.fixture(scope="module")
def audit() -> dict:
    return _read(DATA / "audit-waste-services.html")


def test_committee_areas_are_the_chapters_with_lead_ins(committee):
    assert table_rows(committee["areas"], "area_id", "area", "theme") == [
        [2, "Collection rates", ""], [3, "Support for residents", ""]]


def test_committee_roman_items_owned_by_the_lead_in_or_by_themselves(committee):
    recs = committee["recs"]
    assert table_rows(recs, "rec_id", "rec_label", "area_id", "text", "owners") == [
        [1, "i", 2, "publish their collection rate each quarter;", ["LG", "WLGA"]],
        [2, "ii", 2, "review their recovery policies by March 2027.", ["LG", "WLGA"]],
        [1, "i", 3, "the Welsh Government should fund free debt advice for council tax "
                    "payers;", ["WG"]],
        [2, "ii", 3, "Citizens Advice Cymru should train council staff on vulnerability.",
         ["Citizens Advice Cymru"]],
    ]


def test_committee_nothing_lost_and_no_activities(committee):
    assert committee["acts"].empty
    remit = " ".join(committee["areas"]["remit"])
    assert "The Committee recommends that councils, working with the WLGA:" in remit
    assert "Residents in arrears were rarely offered a payment plan." in remit
    notes = " ".join(committee["notes"]["text"])
    for text in ("took evidence from six councils", "Next steps",
                 "We will review progress in a year."):
        assert text in notes


def test_web_page_numbered_items_run_on_across_chapters(audit):
    assert table_rows(audit["areas"], "area", "theme") == [
        ["Kerbside collections", ""], ["Funding", ""]]
    recs = audit["recs"]
    assert table_rows(recs, "rec_id", "area", "text", "owners") == [
        [1, "Kerbside collections", "agree a common set of collection measures;",
         ["LG", "WLGA"]],
        [2, "Kerbside collections", "share the cost of new vehicles where they can.",
         ["LG", "WLGA"]],
        [3, "Funding", "confirm the waste grant for three years at a time.", ["WG"]],
    ]
    assert "rec_label" not in recs.columns  # bare numbers: no label
    assert audit["acts"].empty
    notes = " ".join(audit["notes"]["text"])
    assert "Recycling rates have not risen since 2022." in notes
    assert "have accepted the recommendations" in notes


@pytest.fixture(scope="module")
def reading() -> dict:
    return json.loads((CORPUS / "readings" / "rec14b-ombudsman-own-initiative.json")
                      .read_text(encoding="utf-8"))


@pytest.mark.parametrize("form", ["md", "html"])
def test_corpus_document_reads_as_its_reading(form, reading):
    got = _read(CORPUS / "docs" / f"rec14b-ombudsman-own-initiative.{form}")
    assert list(got["areas"]["area"]) == [a["area"] for a in reading["areas"]]
    expected = [[ord(r["rec_id"]) - 96, r["rec_id"], r["area"], r["text"], r["owners"]]
                for r in reading["recommendations"]]
    assert table_rows(got["recs"], "rec_id", "rec_label", "area", "text", "owners") \
        == expected
    assert got["acts"].empty


def test_committee_numbers_starting_again_are_no_repeats():
    from wlga_analysis.documents import read_document
    from wlga_analysis.recommendations import parse_recommendations

    parsed = parse_recommendations(read_document(DATA / "committee-council-tax.md",
                                                 "recommendations"))
    checks = {i.check for i in parsed.issues}
    assert "read from lead-ins" in checks
    assert not checks & {"duplicate number", "numbering out of order"}


LETTER = """## 1. Housing adaptations

Waiting times for adaptations vary from 4 to 40 weeks.

### Recommendations

We recommend that each council:

a) publish its waiting times for adaptations;
b) set a target of 12 weeks.

## 2. Funding

The grant has not risen since 2019.

### Recommendations

We recommend to the Welsh Government that it:

c) raise the grant in line with costs.
"""


def test_letters_under_a_recommendations_subheading_no_title(tmp_path):
    path = tmp_path / "letter.md"
    path.write_text(LETTER, encoding="utf-8")
    areas = quietly(load_areas, path)
    assert table_rows(areas, "area_id", "area") == [[1, "Housing adaptations"],
                                                     [2, "Funding"]]
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "rec_label", "area_id", "text", "owners") == [
        [1, "a", 1, "publish its waiting times for adaptations;", ["LG"]],
        [2, "b", 1, "set a target of 12 weeks.", ["LG"]],
        [3, "c", 2, "raise the grant in line with costs.", ["WG"]],
    ]


NESTED = """# Review of school transport

## Safety

Few councils check that drivers are trained.

We recommend that councils:

1. check every driver's training each year, covering:
    - first aid;
    - safeguarding;
2. publish the results.

- A bullet after the list is no part of item 2.
"""


def test_deeper_items_continue_their_item_a_list_after_does_not(tmp_path):
    path = tmp_path / "nested.md"
    path.write_text(NESTED, encoding="utf-8")
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "owners") == [[1, ["LG"]], [2, ["LG"]]]
    assert "first aid" in recs["text"][0] and "safeguarding" in recs["text"][0]
    assert recs["text"][1] == "publish the results."
    remit = " ".join(quietly(load_areas, path)["remit"])
    assert "A bullet after the list is no part of item 2." in remit
