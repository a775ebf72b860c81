"""Recommendations of a community panel or citizens' assembly, each followed by its vote
(the family of the nineteenth evaluation corpus's rec19b: "Recommendation N" over a
sentence, sub-points "(a) ...; (b) ...", then "Supported by 87% of members" and a
``Strongly agree | Agree | Neutral | Disagree`` table; a section of the ideas the panel did
not support), in documents written for these tests in other councils' manner (the
asserted values are the careful reader's reading, written before the code ran):

- **a web page** (``climate-assembly.html``, a county's climate assembly): bold inline
  labels "**Recommendation 1:** The council should ...", roman sub-points "(i)" "(ii)" as
  paragraphs, the vote "Agreed by 39 of 45 members (87%)" with (for one recommendation) a
  five-answer table "Strongly support | Tend to support | Don't know | Tend to oppose |
  Strongly oppose", the others a vote line only; a section "Proposals not adopted" whose
  labelled proposal and vote are no recommendation; owners "Housing associations" (as
  printed, reported) and "The council and Natural Resources Wales" (-> LG, Natural
  Resources Wales);
- **Markdown** (``youth-panel.md``, a youth panel): no "Recommendation N" label at all, a
  numbered list running on across the theme headings, "Level of support: 91%" lines and no
  vote table, lettered sub-points "a)" "b)" indented under the item; "Ideas we rejected"
  holds a numbered idea with its vote, no recommendation.

A recommendation is the sentence (with its sub-points) a vote follows: rec_id as printed,
area the heading above, the vote line's share in ``support`` and the vote table in
``votes`` (not the text), owners the sentence's subject. No activities. Before: both
documents raised ParseError or were read as prose, with sub-points dropped and no owners
for "The council should".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import RecommendationsParse, parse_recommendations
from wlga_analysis.testing import quietly, table_rows
from wlga_analysis.testing.coverage import words_in_no_table

DATA = Path(__file__).parent / "data" / "eval19" / "rec19b"

#: The careful reader's reading: areas, then (rec_id, area, text, owners, support).
READINGS = {
    "climate-assembly.html": {
        "title": "Dyffryn Climate Assembly: our recommendations",
        "areas": ["Homes", "Nature and land"],
        "recs": [
            [1, "Homes", "The council should insulate all of its own housing stock to EPC "
             "band C: (i) starting with homes heated by oil; (ii) with a named contact for "
             "every tenant.", ["LG"], "87%"],
            [2, "Homes", "Housing associations should offer free energy advice to every "
             "tenant.", ["Housing associations"], "73%"],
            [3, "Nature and land", "The council and Natural Resources Wales should plant "
             "trees along every new cycle path.", ["LG", "Natural Resources Wales"], "91%"],
            [4, "Nature and land", "The Welsh Government should fund peatland restoration "
             "in the uplands.", ["WG"], "80%"],
        ],
        "votes": {1: "Strongly support 60%; Tend to support 27%; Don't know 4%; "
                     "Tend to oppose 5%; Strongly oppose 4%"},
        "not": "ban wood burning stoves",
    },
    "youth-panel.md": {
        "title": "Our voice: the Sir Penfro Youth Panel on getting about",
        "areas": ["Getting to school and college", "Getting about after school"],
        "recs": [
            [1, "Getting to school and college", "Schools should let learners who live over "
             "three miles away leave lessons early when the last bus is before 4pm.",
             ["Schools"], "91%"],
            [2, "Getting to school and college", "The council should publish bus times for "
             "every school route on one web page: a) with the times printed on each "
             "school's own page; b) with a text alert when a bus is cancelled.", ["LG"],
             "84%"],
            [3, "Getting about after school", "The council and the Welsh Government should "
             "keep the under-22 bus fare at £1.", ["LG", "WG"], "96%"],
            [4, "Getting about after school", "Taxi firms should take part in a safe ride "
             "home scheme for young people.", ["Taxi firms"], "70%"],
        ],
        "votes": {},
        "not": "free bus pass to 11",
    },
}


@pytest.fixture(scope="module", params=sorted(READINGS))
def parsed(request) -> tuple[str, RecommendationsParse, tuple[str, ...]]:
    doc = read_document(DATA / request.param, "recommendations")
    return request.param, quietly(parse_recommendations, doc), doc.lines


def test_the_voted_recommendations_are_read(parsed):
    name, result, _ = parsed
    reading = READINGS[name]
    assert result.title == reading["title"]
    assert result.areas["area"].tolist() == reading["areas"]
    assert table_rows(result.recommendations, "rec_id", "area", "text", "owners",
                      "support") == reading["recs"]
    assert result.activities.empty


def test_the_vote_tables_are_columns_not_text(parsed):
    name, result, _ = parsed
    votes = dict(zip(result.recommendations["rec_id"], result.recommendations["votes"],
                     strict=True))
    assert {k: v for k, v in votes.items() if isinstance(v, str)} == READINGS[name]["votes"]
    assert not any("%" in t and "support" in t.lower() for t in result.recommendations["text"])


def test_ideas_voted_down_are_no_recommendations(parsed):
    name, result, _ = parsed
    assert not any(READINGS[name]["not"] in t for t in result.recommendations["text"])
    assert READINGS[name]["not"] in " ".join(result.notes["text"])


def test_unknown_owners_are_reported_and_nothing_is_lost(parsed):
    _, result, lines = parsed
    printed = {o for owners in result.recommendations["owners"] for o in owners}
    unknown = {i.item for i in result.issues if i.check == "unknown owner code"}
    assert {str(r) for r, owners in zip(result.recommendations["rec_id"],
                                         result.recommendations["owners"], strict=True)
            if set(owners) - {"LG", "WG", "WLGA"}} == unknown and printed
    lost = words_in_no_table(lines, (result.areas, result.recommendations, result.notes))
    assert lost - {"p", "b", "strong", "br"} == set()


def test_a_plain_text_export_its_theme_lines_and_vote_rows(tmp_path):
    # (a plain-text export: no heading marks, the theme a plain line before the first
    # "Recommendation N" line, the vote table as TAB rows; added after a probe of the
    # reader, as a regression test)
    from wlga_analysis.recommendations import load_recommendations

    path = tmp_path / "panel.txt"
    path.write_text(
        "Moving together: panel report\n\nRoutes\n\nRecommendation 1\nThe council should "
        "protect evening services.\nSupported by 87% of members\nStrongly agree\tAgree\t"
        "Neutral\tDisagree\n52%\t35%\t8%\t5%\n\nRecommendation 2\nBus operators should "
        "accept contactless payment:\n(a) on every bus;\n(b) by 2027.\nSupported by 78% of "
        "members\n", encoding="utf-8")
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "area", "text", "owners", "support") == [
        [1, "Routes", "The council should protect evening services.", ["LG"], "87%"],
        [2, "Routes", "Bus operators should accept contactless payment: (a) on every bus; "
         "(b) by 2027.", ["Bus operators"], "78%"]]
