"""Recommendations printed as unnumbered bullets under lead-ins that ask without
"recommend" (the family of the sixteenth evaluation corpus's rec16a, a letter to a
Minister: "We would urge the Welsh Government to:" over bullets, then "In return, councils
will:" over more; no heading, no number), in documents written for these tests in other
publishers' manner (the asserted values are the careful reader's reading, written before
the code ran):

- **Markdown** (a council leader's letter to a Cabinet Secretary): letterhead and
  addresses, a bold "Re: ..." subject line, the lead-in "We call on the Welsh Government
  to:" as a paragraph of its own over "-" bullets (one with deeper bullets under it),
  "For our part, the WLGA and councils will:" over two more, a bold signature;
- **a web page** (an association's news page): a title heading, the subject line in
  bold, the lead-in "We therefore ask that the Welsh Government:" closing a paragraph of
  background, ``<ul>`` lists, "Local authorities will:", and a "Related news" aside whose
  links are no recommendations;
- inline: an e-mail that only offers ("The WLGA will:") asks nothing: no lead-in; and the
  word list, extended with a phrase of an analyst's own, reads a new wording.

The data contract gives every recommendation an area (``area_id`` and ``area`` are not
nullable): a paper whose lead-ins stand under no heading has one area, named by its
subject line (reported). The corpus's reading has no area (``null``): its four forms are
read as their reading says but for that area.

Before: every document here raised ParseError ("found neither"), or read the lead-in
sentence as the recommendation and lost the bullets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlga_analysis.documents import Document, clean_text, read_document
from wlga_analysis.interpret.recommendations.ask_lead_ins import ask_patterns, ask_subject
from wlga_analysis.interpret.recommendations.lead_ins import read_lead_ins
from wlga_analysis.interpret.recommendations.owners import OwnerCodes
from wlga_analysis.metadata import load_metadata
from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
    load_recommendations_notes,
    parse_recommendations,
)
from wlga_analysis.testing import quietly, table_rows

DATA = Path(__file__).parent / "data" / "eval16" / "rec16a"
CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval16" / "docs"


def _read(path: Path) -> dict:
    return {"areas": quietly(load_areas, path), "recs": quietly(load_recommendations, path),
            "acts": quietly(load_activities, path),
            "notes": quietly(load_recommendations_notes, path)}


@pytest.fixture(scope="module")
def bus() -> dict:
    return _read(DATA / "letter-bus-services.md")


@pytest.fixture(scope="module")
def housing() -> dict:
    return _read(DATA / "letter-housing-support.html")


def test_letter_subject_line_is_its_one_area(bus, housing):
    assert table_rows(bus["areas"], "area_id", "area", "theme") == [
        [1, "Bus services funding 2027-28", ""]]
    assert table_rows(housing["areas"], "area_id", "area", "theme") == [
        [1, "Housing Support Grant 2027-28", ""]]


def test_markdown_bullets_numbered_by_place_owners_from_the_lead_ins(bus):
    recs = bus["recs"]
    assert "rec_label" not in recs
    assert table_rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["WG"]], [2, 1, ["WG"]], [3, 1, ["WG"]],
        [4, 1, ["WLGA", "LG"]], [5, 1, ["WLGA", "LG", "WG"]]]
    texts = list(recs["text"])
    assert texts[0] == "confirm the Bus Network Grant for 2027-28 by the end of April 2027;"
    assert texts[1].startswith("fund the concessionary fares scheme at the full cost")
    assert "demand-responsive services" in texts[1] and "cross into England" in texts[1]
    assert texts[2] == ("work with Transport for Wales to publish the franchise timetable "
                        "for the north-west.")
    assert texts[3] == "share passenger data with Transport for Wales each quarter;"
    assert texts[4] == ("review every supported route with the Welsh Government before "
                        "September 2027.")


def test_markdown_nothing_lost_and_no_activities(bus):
    assert bus["acts"].empty
    kept = " ".join(list(bus["notes"]["text"]) + list(bus["areas"]["remit"]))
    for text in ("Cyngor Sir Enghraifft", "Dear Cabinet Secretary,",
                 "Rural routes in the county carried 1.2 million passengers",
                 "We call on the Welsh Government to:",
                 "For our part, the WLGA and councils will:",
                 "I look forward to your reply.", "Councillor Gwen Price"):
        assert text in kept, text


def test_web_page_lead_in_closing_a_paragraph(housing):
    assert table_rows(housing["recs"], "rec_id", "area_id", "text", "owners") == [
        [1, 1, "raise the Housing Support Grant by at least 10% in 2027-28;", ["WG"]],
        [2, 1, "guarantee the grant for three years from April 2027;", ["WG"]],
        [3, 1, "publish the grant's allocation formula before it is used.", ["WG"]],
        [4, 1, "report each quarter on the households the grant supports;", ["LG"]],
        [5, 1, "agree common outcome measures with the WLGA by June 2027.", ["LG", "WLGA"]],
    ]


def test_web_page_aside_links_are_notes_and_the_reading_is_reported(housing):
    notes = list(housing["notes"]["text"])
    assert "Councils warn on temporary accommodation costs" in " ".join(notes)
    remit = housing["areas"]["remit"][0]
    assert "Homelessness services across Wales supported 31,000 households" in remit
    issues = {i.check for i in parse_recommendations(
        read_document(DATA / "letter-housing-support.html", "recommendations")).issues}
    assert {"area from the subject line", "numbered by place",
            "read from lead-ins"} <= issues


OFFER_ONLY = """From: WLGA Policy <policy@example.org>
Subject: Digital skills

Dear colleagues,

The WLGA will:

  * run four workshops on data skills;
  * publish a guide for members.

Best wishes,
"""


def test_an_undertaking_alone_asks_nothing():
    doc = Document(Path("offer.txt"), "recommendations", tuple(OFFER_ONLY.splitlines()),
                   "0" * 64)
    assert read_lead_ins(doc, OwnerCodes.from_rows([("WLGA", None, None)])) is None


def test_the_word_list_takes_an_analysts_phrase():
    patterns = ask_patterns(frozenset({"implore x to"}), frozenset({"x pledge to"}))
    assert ask_subject("The Board implores the UK Government to:", patterns) == (
        "ask", "the UK Government")
    assert ask_subject("In turn, the Board and its members pledge to:", patterns) == (
        "undertaking", "the Board and its members")
    assert ask_subject("We would urge the Welsh Government to:", patterns) is None


def _lost(path: Path, read: dict) -> list[str]:
    """The sentences (over 25 characters) of a document's lines that no table holds."""
    kept = " ".join([*read["notes"]["text"], *read["areas"]["remit"], *read["areas"]["area"],
                     *read["recs"]["text"]])
    kept = re.sub(r"\s+", " ", kept)
    lines = read_document(path, "recommendations").lines
    sentences = (s for line in lines for s in re.split(r"(?<=[.;:])\s+", clean_text(
        line.strip().lstrip("#-*\u2022\uf0b7 ").replace("**", ""))))
    return [s for s in sentences if len(s) > 25 and s not in kept]


def test_nothing_lost(bus, housing):
    assert _lost(DATA / "letter-bus-services.md", bus) == []
    assert _lost(DATA / "letter-housing-support.html", housing) == []


@pytest.mark.parametrize("form", ["txt", "html", "docx", "pdf"])
def test_corpus_letter_reads_eight_bullets_in_every_form(form):
    path = CORPUS / f"rec16a-letter-to-minister.{form}"
    recs = quietly(load_recommendations, path)
    read = {"recs": recs, "areas": quietly(load_areas, path),
            "notes": quietly(load_recommendations_notes, path)}
    assert _lost(path, read) == []
    assert table_rows(recs, "rec_id", "owners") == [
        [1, ["WG"]], [2, ["WG"]], [3, ["WG"]], [4, ["WG"]], [5, ["WG", "WLGA"]],
        [6, ["LG"]], [7, ["LG"]], [8, ["LG", "WLGA"]]]
    assert recs["text"][2] == ("transfer at least £200 million of specific grants into the "
                               "revenue support grant from April 2026;")
    assert list(quietly(load_areas, path)["area"]) == ["Local Government Settlement 2026-27"]
    title = "WLGA writes to Cabinet Secretary on 2026-27 settlement" if form == "html" else \
        "Local Government Settlement 2026-27"  # (the news page's heading; else the subject)
    assert quietly(load_metadata, path, kind="recommendations")["title"] == title


RECOMMEND_CLOSING = """# Scrutiny of school transport

## Safety

Few councils check that drivers are trained. We recommend that councils:

- check every driver's training each year;
- publish the results.
"""


def test_recommend_lead_in_closing_a_paragraph_over_bullets(tmp_path):
    path = tmp_path / "transport.md"
    path.write_text(RECOMMEND_CLOSING, encoding="utf-8")
    assert table_rows(quietly(load_areas, path), "area_id", "area") == [[1, "Safety"]]
    assert table_rows(quietly(load_recommendations, path), "rec_id", "text", "owners") == [
        [1, "check every driver's training each year;", ["LG"]],
        [2, "publish the results.", ["LG"]]]


LETTERHEAD = """**Example Valleys Partnership**

Unit 4, Heol y Bont, Pontypridd CF37 1AA

Dear Minister,

**Free school meals: the next phase**

Councils have served 9 million more meals since 2023. We would encourage the Welsh
Government to:

1. fund kitchen equipment in every primary school;
2. confirm the meal rate for 2028-29.

Yours faithfully,

**Dr Anwen Lloyd**
"""


def test_the_bold_line_beside_the_salutation_is_the_subject_not_the_letterhead(tmp_path):
    path = tmp_path / "meals.md"
    path.write_text(LETTERHEAD, encoding="utf-8")
    assert table_rows(quietly(load_areas, path), "area_id", "area") == [
        [1, "Free school meals: the next phase"]]
    assert table_rows(quietly(load_recommendations, path), "rec_id", "text", "owners") == [
        [1, "fund kitchen equipment in every primary school;", ["WG"]],
        [2, "confirm the meal rate for 2028-29.", ["WG"]]]
