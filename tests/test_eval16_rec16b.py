"""Recommendations printed as bold "We recommend that ..." sentences closing some of a
consultation response's numbered paragraphs (the family of the sixteenth evaluation
corpus's rec16b, the WLGA's response on council tax discounts and premiums: section
headings, "Question N: ...?" / "Response:" pairs, paragraphs numbered 1..N straight through
the paper), in documents written for these tests in other publishers' manner (the asserted
values are the careful reader's reading, written before the code ran):

- **Markdown** (a response on home-to-school transport): "**Consultation question 1.**"
  and "**WLGA response**" labels, typed paragraph numbers, "We also recommend" and "We
  would recommend" sentences, a partner "with the WLGA", a plain background sentence "As
  we recommended in 2019, ..." that is no recommendation, and sections holding none
  (background, Welsh language, other comments) that are no areas;
- **a web page** (a response on charging for social care): each run of paragraphs an
  ``<ol start="N">``, the recommendations ``<strong>``, a bold sentence that recommends
  nothing ("<strong>This is overdue.</strong>"), an owner's alias ("the Welsh Ministers")
  and a subject of three names joined by a comma and "and";
- inline: a plain-text form (no bold marks) and a subject with "should".

A paper that answers a consultation's questions reports no work of its own: no activities.

Before: every form was a ParseError (the splitter did not end a sentence before a bold
one, so no sentence opened with "We recommend"), and a recommendation's owners were not
read from the subject of its "that" clause.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.documents import Document, read_document
from wlga_analysis.recommendations import RecommendationsParse, parse_recommendations
from wlga_analysis.testing import quietly
from wlga_analysis.testing.coverage import words_in_no_table

DATA = Path(__file__).parent / "data" / "eval16" / "rec16b"
CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval16"


def _lost(doc: Document, parsed: RecommendationsParse) -> set[str]:
    """The words of the document (as its reader gives its lines) in no table."""
    lost = words_in_no_table(doc.lines, (parsed.areas, parsed.recommendations,
                                         parsed.activities, parsed.notes))
    return lost - {"p", "b", "strong", "li", "ol"}


def _read(path: Path) -> dict[str, object]:
    doc = read_document(path, "recommendations")
    parsed = quietly(parse_recommendations, doc)
    return {
        "lost": _lost(doc, parsed),
        "areas": parsed.areas["area"].tolist(),
        "recs": [(r.rec_id, r.area, r.text, list(r.owners))
                 for r in quietly(wa.load_recommendations, path).itertuples()],
        "issues": {(i.check, i.item) for i in parsed.issues},
        "acts": len(parsed.activities),
    }


@pytest.fixture(scope="module")
def transport() -> dict[str, object]:
    return _read(DATA / "school-transport-response.md")


@pytest.fixture(scope="module")
def charging() -> dict[str, object]:
    return _read(DATA / "social-care-charging-response.html")


def test_bold_sentences_closing_numbered_paragraphs(transport):
    assert transport["areas"] == ["Eligibility and distances",
                                  "Learner travel for post-16 learners"]
    assert transport["recs"] == [
        (1, "Eligibility and distances", "We recommend that the Welsh Government funds the "
         "full cost of any change to the distance thresholds.", ["WG"]),
        (2, "Eligibility and distances", "We also recommend that local authorities review "
         "their hazardous route assessments with the WLGA.", ["LG", "WLGA"]),
        (3, "Learner travel for post-16 learners", "We would recommend that the Welsh "
         "Government and councils agree a national fare cap for post-16 learners.",
         ["WG", "LG"]),
    ]
    assert ("numbers assigned", "") in transport["issues"]
    assert transport["acts"] == 0  # (views answering questions: no work done)
    assert transport["lost"] == set()


def test_a_web_page_of_ordered_lists_and_strong_sentences(charging):
    assert charging["areas"] == ["The maximum weekly charge", "Financial assessments"]
    assert charging["recs"] == [
        (1, "The maximum weekly charge", "We recommend that the Welsh Ministers raise the "
         "maximum charge each April in line with inflation.", ["WG"]),
        (2, "The maximum weekly charge", "We recommend that councils, the WLGA and the Welsh "
         "Government produce one guide to charges for carers.", ["LG", "WLGA", "WG"]),
        (3, "Financial assessments", "We recommend that local authorities share one "
         "assessment form, agreed with the WLGA.", ["LG", "WLGA"]),
    ]
    assert charging["acts"] == 0  # ("Our response" is no activities label)
    assert charging["lost"] == set()


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_the_corpus_response(form):
    reading = json.loads((CORPUS / "readings" / "rec16b-consultation-response.json")
                         .read_text(encoding="utf-8"))
    got = _read(CORPUS / "docs" / f"rec16b-consultation-response.{form}")
    assert got["areas"] == [a["area"] for a in reading["areas"]]
    assert [(str(r[0]), r[1], r[2], r[3]) for r in got["recs"]] == [
        (r["rec_id"], r["area"], r["text"], r["owners"]) for r in reading["recommendations"]]
    assert got["acts"] == 0 and got["lost"] == set()


def test_plain_text_and_a_subject_with_should(tmp_path):
    path = tmp_path / "response.txt"
    path.write_text(
        "# Response to the consultation on libraries\n\n## Opening hours\n\n"
        "4. Question 2: Do you agree? Response: Partly. Hours vary. We recommend that the "
        "Welsh Government should publish a minimum standard for opening hours.\n\n"
        "## Staffing\n\n5. We recommended a review in 2021. It has not happened.\n",
        encoding="utf-8")
    got = _read(path)
    assert got["areas"] == ["Opening hours"]
    assert got["recs"] == [(1, "Opening hours", "We recommend that the Welsh Government "
                            "should publish a minimum standard for opening hours.", ["WG"])]


def test_a_bold_sentence_closing_a_bullet_or_with_its_space_in_bold(tmp_path):
    path = tmp_path / "response.md"
    path.write_text(
        "# Response on waste collections\n\n## Frequency\n\n**Question 1:** Do you agree?\n\n"
        "**Response:**\n\n- Yes. Councils already collect weekly.** We also recommend that "
        "councils publish their collection calendars online.**\n- No change is needed to "
        "the timetable.\n\n## Funding\n\n3.  Costs are rising. Several councils report a "
        "gap.<b> We recommend that the Welsh Government funds the new duty in full.</b>\n",
        encoding="utf-8")
    got = _read(path)
    assert got["areas"] == ["Frequency", "Funding"]
    assert got["recs"] == [
        (1, "Frequency", "We also recommend that councils publish their collection "
         "calendars online.", ["LG"]),
        (2, "Funding", "We recommend that the Welsh Government funds the new duty in full.",
         ["WG"])]
    assert got["acts"] == 0
