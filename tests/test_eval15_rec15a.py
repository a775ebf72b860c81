"""Recommendations printed in a report's chapters and listed again in a summary at its end,
under a lead-in that says whom they are for (the family of the fifteenth evaluation corpus's
rec15a, a WLGA corporate peer challenge report: "**Recommendation R1:** Set out ..." in
themed chapters, then "The peer team recommends that the council:" over "1. Set out ..."),
in documents written for these tests in other publishers' manner (the asserted values are
the careful reader's reading, written before the code ran):

- **Markdown** (an Estyn inspection of a council's education services): "**Recommendation
  1.**" paragraphs in chapters, one of them with a subject of its own ("The Welsh
  Government should ..."), a "Suggestions" list that is no recommendation, and the summary
  under "We recommend that the local authority:" (a singular that names the plural's code);
- **a web page** (a WLGA peer review): each recommendation a call-out "<strong>R1</strong>
  Publish ..." (a bare ref), an imperative naming a partner ("Work with the WLGA to ..."),
  and a summary ``<ol>`` that prints one recommendation with other words (reported; the
  chapter's words read);
- inline: a summary that lists other numbers than the chapters is no summary of them (the
  lead-in reading stands), and a tab-separated table whose cells mark their topic in
  ``**bold**`` as the text form's lines do.

Before: the summary was read as the recommendations (every area "What happens next" or the
summary's heading, the chapters' areas lost), a bare "R1" or "Recommendation R1" label was
no label, an imperative's partner ("Work with the WLGA") no owner, "the local authority" an
unknown owner, and a tab cell's ``**bold**`` topic was part of the recommendation's text.
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

DATA = Path(__file__).parent / "data" / "eval15" / "rec15a"
CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval15"


def _lost(doc: Document, parsed: RecommendationsParse) -> set[str]:
    """The words of the document (as its reader gives its lines) in no table."""
    lost = words_in_no_table(doc.lines, (parsed.areas, parsed.recommendations, parsed.notes))
    # (the cells' tags of a Word file's lines; a label's word: "Recommendation 1" is rec_id 1)
    return lost - {"p", "b", "strong", "recommendation"}


def _read(path: Path) -> dict[str, object]:
    doc = read_document(path, "recommendations")
    parsed = quietly(parse_recommendations, doc)
    return {
        "lost": _lost(doc, parsed),
        "areas": parsed.areas["area"].tolist(),
        "recs": [(r.rec_id, r.area, r.text, list(r.owners))
                 for r in quietly(wa.load_recommendations, path).itertuples()],
        "acts": len(parsed.activities),
        "issues": {(i.check, i.item) for i in parsed.issues},
    }


@pytest.fixture(scope="module")
def inspection() -> dict[str, object]:
    return _read(DATA / "inspection-education-services.md")


@pytest.fixture(scope="module")
def review() -> dict[str, object]:
    return _read(DATA / "review-workforce.html")


def test_the_chapters_give_the_areas_and_the_summary_the_addressee(inspection):
    assert inspection["areas"] == ["Outcomes", "Education services"]
    assert inspection["recs"] == [
        (1, "Outcomes", "Improve attendance in secondary schools, in particular for pupils "
         "eligible for free school meals.", ["LG"]),
        (2, "Education services", "Strengthen self-evaluation so that it identifies clearly "
         "the impact of services on pupils' outcomes.", ["LG"]),
        (3, "Education services", "The Welsh Government should review the funding formula "
         "for specialist provision in rural authorities.", ["WG"]),
    ]
    assert inspection["acts"] == 0  # (a suggestion is no activity, and none is printed)
    assert ("printed twice", "") in inspection["issues"]
    assert inspection["lost"] == set()


def test_bare_refs_partners_and_a_summary_in_other_words(review):
    assert review["areas"] == ["Recruitment", "Retention"]
    assert review["recs"] == [
        (1, "Recruitment", "Publish a recruitment plan for domiciliary care each year.",
         ["LG"]),
        (2, "Recruitment", "Work with the WLGA to offer a paid induction for new carers.",
         ["LG", "WLGA"]),
        (3, "Retention", "Pay travel time for all domiciliary care staff.", ["LG"]),
    ]
    assert ("printed twice differently", "R3") in review["issues"]
    assert not {i for i in review["issues"] if i[0] == "no owner"}  # (the summary's)
    assert review["lost"] == set()


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_the_corpus_report_is_read_once_from_its_chapters(form):
    reading = json.loads((CORPUS / "readings" / "rec15a-peer-challenge-report.json")
                         .read_text(encoding="utf-8"))
    got = _read(CORPUS / "docs" / f"rec15a-peer-challenge-report.{form}")
    assert got["areas"] == [a["area"] for a in reading["areas"]]
    assert [(str(r[0]), r[1], r[2], r[3]) for r in got["recs"]] == [
        (r["rec_id"], r["area"], r["text"], r["owners"]) for r in reading["recommendations"]]


def test_a_summary_of_other_numbers_is_no_summary_of_the_chapters(tmp_path):
    path = tmp_path / "review.md"
    path.write_text("# Review\n\n## 1. Housing\n\n**Recommendation 1:** Build more homes.\n\n"
                    "## 2. Summary\n\nWe recommend that councils:\n\n1. Build more homes.\n"
                    "2. Publish a housing plan.\n", encoding="utf-8")
    got = _read(path)
    assert got["areas"] == ["Summary"]  # the lead-in's reading, as before
    assert [r[2] for r in got["recs"]] == ["Build more homes.", "Publish a housing plan."]


def test_a_tab_cells_bold_topic_opens_its_area(tmp_path):
    path = tmp_path / "exhibit.txt"
    path.write_text(
        "# Appendix 2 - Recommendations and responses\n\n"
        "Ref\tRecommendation\tRecommendation for\tResponse\n"
        "R1\t**Data and evidence**<br>Councils should publish their data each year.\t"
        "Councils\tAgreed.\n"
        "R2\t**Data and evidence**<br>The WLGA should collate the data.\tWLGA\tAgreed.\n"
        "R3\t**Working together**<br>Councils should share platforms.\tCouncils\tAgreed.\n",
        encoding="utf-8")
    got = _read(path)
    assert got["areas"] == ["Data and evidence", "Working together"]
    assert [(r[0], r[1], r[2]) for r in got["recs"]] == [
        (1, "Data and evidence", "Councils should publish their data each year."),
        (2, "Data and evidence", "The WLGA should collate the data."),
        (3, "Working together", "Councils should share platforms.")]
