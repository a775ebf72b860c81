"""A review whose recommendations are numbered by chapter ("Recommendation 3.1"), printed
in boxes in their chapters and again in an annex table grouped under theme rows that span
the table (the family of the seventeenth evaluation corpus's rec17b, the Welsh
Government's independent review of support for elected members), in documents written for
these tests in other publishers' manner (the asserted values are the careful reader's
reading, written before the code ran):

- **Markdown** (a commission's report on rural housing): chapters "## Chapter 2: Homes for
  local people", the boxes block quotes "> **Recommendation 2.1:** text" (label and text
  in one paragraph), the annex an "Appendix 1" **pipe table** ``Recommendation | Lead |
  Timescale`` whose theme rows are a bold first cell and empty cells; a theme holding two
  chapters; chapters 1 and 6 hold none, chapter 3 mentions an earlier review's
  recommendations;
- **a web page** (a ministerial review of learner travel): chapters ``<h2>2 Who can
  travel</h2>`` (a number and no dot), each box a ``<div>`` with an ``<h3>Recommendation
  2.1</h3>`` over its paragraph, the annex ``<th colspan="3">`` theme rows and a
  ``Responsible`` column naming three bodies; a theme holding chapters 3 and 4;
- **a Word file** written in the test (an independent review of the council workforce):
  chapters as Heading 1, paragraphs numbered "2.1", "2.2" in the running text (no
  recommendation), each box a shaded **one-cell table**, the annex with a **number
  column** ``No. | Recommendation | Lead body | Timescale`` and theme rows **merged across
  the four columns**; chapter 2's recommendations sit under two themes (reported, its
  theme the first).

The areas are the chapters holding recommendations (named without their number), each
theme the annex's theme row its chapter's recommendations sit under; each recommendation is
read once, its printed number its label, its owners from the annex's owner column; a
review reports no work done: no activities.

Before: the Markdown was read "from prose" with chapter-prefixed areas ("Chapter 2: ...")
and texts starting "1:", no owners and no themes; the web page was a ParseError; the corpus
document had every recommendation under the last chapter, three extra areas and the wrong
themes.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.documents import Document, read_document
from wlga_analysis.recommendations import RecommendationsParse, parse_recommendations
from wlga_analysis.testing import quietly
from wlga_analysis.testing.coverage import words_in_no_table

DATA = Path(__file__).parent / "data" / "eval17" / "rec17b"
CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval17" / "docs"


def _lost(doc: Document, parsed: RecommendationsParse) -> set[str]:
    """The words of the document (as its reader gives its lines) in no table."""
    lost = words_in_no_table(doc.lines, (parsed.areas, parsed.recommendations,
                                         parsed.activities, parsed.notes))
    return lost - {"p", "b", "strong", "li", "ol", "style", "list", "type", "none"}


def _read(path: Path) -> dict[str, object]:
    doc = read_document(path, "recommendations")
    parsed = quietly(parse_recommendations, doc)
    recs = quietly(wa.load_recommendations, path)
    return {
        "lost": _lost(doc, parsed),
        "title": parsed.title,
        "areas": [(r.area_id, r.area, r.theme) for r in parsed.areas.itertuples()],
        "recs": [(r.rec_label, r.area, r.text, list(r.owners)) for r in recs.itertuples()],
        "issues": {(i.check, i.item) for i in parsed.issues},
        "acts": len(parsed.activities),
        "notes": parsed.notes["text"].tolist(),
        "columns": list(recs.columns),
    }


def _workforce_docx(path: Path) -> Path:
    """A Word review: Heading 1 chapters, numbered paragraphs, one-cell boxes, an annex
    with a number column and theme rows merged across it."""
    from docx import Document as Word

    word = Word()
    word.add_heading("Independent review of the council workforce: final report", 0)
    word.add_paragraph("Published 2 February 2026")
    chapters = [
        ("1. Introduction", ["1.1 The review was asked to look at recruitment and pay."], []),
        ("2. Recruitment", ["2.1 Councils struggle to recruit planners and social workers.",
                            "2.2 Graduate schemes are small and uneven."],
         [("2.1", "Councils should run a joint graduate scheme for planners."),
          ("2.2", "The WLGA should publish a national careers website for councils.")]),
        ("3. Pay and grading", ["3.1 Pay scales differ widely for the same job."],
         [("3.1", "The Welsh Government and the WLGA should commission a review of "
                  "job evaluation schemes.")]),
        ("4. Conclusion", ["4.1 We ask for a response within three months."], []),
    ]
    for heading, paragraphs, boxes in chapters:
        word.add_heading(heading, 1)
        for text in paragraphs:
            word.add_paragraph(text)
        for ref, text in boxes:
            cell = word.add_table(rows=1, cols=1).rows[0].cells[0]
            cell.paragraphs[0].add_run(f"Recommendation {ref}").bold = True
            cell.add_paragraph(text)
    word.add_heading("Annex A: Recommendations and who should act", 1)
    rows = [("Attracting people",), ("2.1", "Councils should run a joint graduate scheme "
                                     "for planners.", "Councils", "From 2026"),
            ("Keeping people",), ("2.2", "The WLGA should publish a national careers "
                                  "website for councils.", "WLGA", "By June 2026"),
            ("3.1", "The Welsh Government and the WLGA should commission a review of job "
                    "evaluation schemes.", "Welsh Government and WLGA", "2026-27")]
    table = word.add_table(rows=1 + len(rows), cols=4)
    for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation", "Lead body",
                                                "Timescale"), strict=True):
        cell.text = text
    for row, values in zip(table.rows[1:], rows, strict=True):
        if len(values) == 1:  # a theme row: one cell merged across the table
            merged = row.cells[0].merge(row.cells[3])
            merged.text = ""
            merged.paragraphs[0].add_run(values[0]).bold = True
            continue
        for cell, text in zip(row.cells, values, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    word.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture(scope="module")
def housing() -> dict[str, object]:
    return _read(DATA / "rural-housing-commission.md")


@pytest.fixture(scope="module")
def transport() -> dict[str, object]:
    return _read(DATA / "school-transport-review.html")


@pytest.fixture(scope="module")
def workforce(tmp_path_factory) -> dict[str, object]:
    return _read(_workforce_docx(tmp_path_factory.mktemp("rec17b") / "workforce.docx"))


def test_markdown_chapters_and_a_pipe_table_annex(housing):
    assert housing["title"] == "Commission on Rural Housing in Wales: final report"
    assert housing["areas"] == [
        (2, "Homes for local people", "Building more homes"),
        (3, "Planning and land", "Building more homes"),
        (4, "Second homes", "Using the homes we have"),
        (5, "Skills in the building trades", "People and skills")]
    assert housing["recs"] == [
        ("2.1", "Homes for local people", "Councils should set a local housing target for "
         "every rural ward in their next local development plan.", ["LG"]),
        ("2.2", "Homes for local people", "The Welsh Government should double the rural "
         "element of the social housing grant from 2027.", ["WG"]),
        ("3.1", "Planning and land", "The Welsh Government and councils should publish a "
         "register of public land suitable for affordable homes.", ["WG", "LG"]),
        ("4.1", "Second homes", "Councils should review the council tax premium on second "
         "homes every two years.", ["LG"]),
        ("4.2", "Second homes", "The Welsh Government should evaluate the licensing scheme "
         "for holiday lets before extending it.", ["WG"]),
        ("5.1", "Skills in the building trades", "The WLGA should bring councils together to "
         "fund shared apprenticeships with small rural builders.", ["WLGA"])]
    assert housing["acts"] == 0
    assert "timescale" in housing["columns"]  # the annex's other column, as printed
    assert "Chapter 1: Introduction" in housing["notes"]  # chapters holding none: notes
    assert housing["lost"] == set()


def test_web_page_boxes_under_headings_and_colspan_themes(transport):
    assert transport["title"] == "Review of learner travel: final report"
    assert transport["areas"] == [(2, "Who can travel", "Eligibility"),
                                  (3, "Getting there safely", "Safety and cost"),
                                  (4, "Paying for transport", "Safety and cost")]
    assert [r[:2] for r in transport["recs"]] == [
        ("2.1", "Who can travel"), ("2.2", "Who can travel"), ("3.1", "Getting there safely"),
        ("4.1", "Paying for transport"), ("4.2", "Paying for transport")]
    assert transport["recs"][1][2] == ("Local authorities should publish their assessments "
                                       "of hazardous routes.")  # (no theme glued on)
    assert [r[3] for r in transport["recs"]] == [["WG"], ["LG"], ["WLGA"], ["WG"],
                                                 ["WG", "WLGA", "LG"]]
    assert ("printed twice", "") in transport["issues"]  # the reading is reported
    assert not {c for c, _ in transport["issues"]} & {"duplicate number", "numbering gap"}
    assert transport["acts"] == 0
    assert transport["lost"] == set()


def test_word_boxes_merged_theme_rows_and_a_number_column(workforce):
    assert workforce["title"] == "Independent review of the council workforce: final report"
    assert workforce["areas"] == [(2, "Recruitment", "Attracting people"),
                                  (3, "Pay and grading", "Keeping people")]
    assert workforce["recs"] == [
        ("2.1", "Recruitment", "Councils should run a joint graduate scheme for planners.",
         ["LG"]),
        ("2.2", "Recruitment", "The WLGA should publish a national careers website for "
         "councils.", ["WLGA"]),
        ("3.1", "Pay and grading", "The Welsh Government and the WLGA should commission a "
         "review of job evaluation schemes.", ["WG", "WLGA"])]
    assert ("chapter under two themes", "2") in workforce["issues"]
    assert workforce["acts"] == 0
    assert workforce["lost"] == set()


@pytest.mark.parametrize("form", ["md", "html"])
def test_corpus_review_reads_the_chapters(form):
    got = _read(CORPUS / f"rec17b-independent-review-annex.{form}")
    assert [a[1:] for a in got["areas"]] == [
        ("Standing for election", "Becoming a councillor"),
        ("Induction and development", "Being a councillor"),
        ("Remuneration and allowances", "Being a councillor"),
        ("Meetings and family life", "Being a councillor"),
        ("Safety and wellbeing", "Keeping councillors safe")]
    assert [r[0] for r in got["recs"]] == ["3.1", "3.2", "4.1", "4.2", "4.3", "5.1", "5.2",
                                           "6.1", "7.1", "7.2"]
    assert got["recs"][1][2].endswith("selected as candidates.")
    assert got["lost"] == set()


_TOILETS = (
    "# Review of public toilet provision in Wales", "", "June 2026", "",
    "## Summary of recommendations", "",
    "| Recommendation | Lead |", "|---|---|",
    "| **Theme 1: Provision** | |",
    "| 1.1 Councils should publish a local toilets strategy every five years. | Councils |",
    "| 2.1 The Welsh Government should fund grants for community toilet schemes. "
    "| Welsh Government |",
    "| **Theme 2: Access** | |",
    "| 3.1 The WLGA should agree signage standards with councils. | WLGA and councils |", "",
    "## 1. Strategies", "", "Only half of councils have a current strategy.", "",
    "### Recommendation 1.1", "",
    "Councils should publish a local toilets strategy every five years.", "",
    "## 2. Funding", "", "Community schemes have lost their funding.", "",
    "### Recommendation 2.1", "",
    "The Welsh Government should fund grants for community toilet schemes.", "",
    "## 3. Access and signage", "", "Visitors cannot find the toilets that are open.", "",
    "### Recommendation 3.1", "", "The WLGA should agree signage standards with councils.", "",
    "## Annex: terms of reference", "", "1. To review provision.", "",
)


def test_summary_table_before_the_chapters(tmp_path):
    """A summary table at the front of the report, its themes labelled "Theme 1:"; the
    boxes a heading "Recommendation 1.1" over the paragraph."""
    path = tmp_path / "toilets.md"
    path.write_text("\n".join(_TOILETS), encoding="utf-8")
    got = _read(path)
    assert got["title"] == "Review of public toilet provision in Wales"
    assert got["areas"] == [(1, "Strategies", "Provision"), (2, "Funding", "Provision"),
                            (3, "Access and signage", "Access")]
    assert [(r[0], r[1], r[3]) for r in got["recs"]] == [
        ("1.1", "Strategies", ["LG"]), ("2.1", "Funding", ["WG"]),
        ("3.1", "Access and signage", ["WLGA", "LG"])]
    assert "1. To review provision." in got["notes"]
    assert got["lost"] == set()


def test_a_box_worded_differently_or_in_another_chapter_is_reported(tmp_path):
    lines = list(_TOILETS)
    at = lines.index("The Welsh Government should fund grants for community toilet schemes.")
    lines[at] = "The Welsh Government should fund community toilet schemes."
    moved = lines.index("## 3. Access and signage")
    lines[moved:moved] = lines[-8:-4]  # (3.1's box printed at the end of chapter 2)
    del lines[-8:-4]
    path = tmp_path / "toilets.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    got = _read(path)
    assert {("printed twice differently", "2.1"), ("box in another chapter", "3.1")} \
        <= got["issues"]
    assert got["recs"][1][2] == ("The Welsh Government should fund grants for community "
                                 "toilet schemes.")  # the annex's text
    assert "Recommendation 2.1 The Welsh Government should fund community toilet schemes." \
        in got["notes"]  # the box's, kept
    assert [a[1] for a in got["areas"]] == ["Strategies", "Funding", "Access and signage"]


#: A report saved as text from Word: headings in capitals, each box its label on a line
#: over its text, the annex's rows tab-separated, its theme rows one cell and two tabs, a
#: row split by a page break.
_LIBRARIES = (
    'INDEPENDENT REVIEW OF LIBRARY SERVICES: FINAL REPORT',
    '',
    '9 September 2025',
    '',
    '1. INTRODUCTION',
    '',
    'The review looked at every library service in Wales.',
    '',
    '2. OPENING HOURS',
    '',
    'Opening hours have fallen by a fifth since 2015.',
    '',
    'Recommendation 2.1',
    'Councils should keep every library open on at least one evening a week.',
    '',
    'Recommendation 2.2',
    'The Welsh Government should fund a national library card.',
    '',
    '3. BUILDINGS',
    '',
    'Many buildings need repair.',
    '',
    'Recommendation 3.1',
    'The WLGA should collect the condition of library buildings every year.',
    '',
    '4. CONCLUSION',
    '',
    'We thank everyone who gave evidence.',
    '',
    'ANNEX A: SUMMARY OF RECOMMENDATIONS',
    '',
    'Recommendation\tWho\tWhen',
    'Access\t\t',
    '2.1 Councils should keep every library open on at least one evening a week.\tCouncils\t2026',
    '2.2 The Welsh Government should fund a\tWelsh\t2027',
    'national library card.\tGovernment\t',  # (a row a page break split)
    'Buildings\t\t',
    '3.1 The WLGA should collect the condition of library buildings every year.\tWLGA\tAnnually',
)


def test_text_form_with_tab_rows(tmp_path):
    path = tmp_path / "libraries.txt"
    path.write_text("\n".join(_LIBRARIES) + "\n", encoding="utf-8")
    got = _read(path)
    assert got["areas"] == [(2, "OPENING HOURS", "Access"), (3, "BUILDINGS", "Buildings")]
    assert [(r[0], r[1], r[3]) for r in got["recs"]] == [
        ("2.1", "OPENING HOURS", ["LG"]), ("2.2", "OPENING HOURS", ["WG"]),
        ("3.1", "BUILDINGS", ["WLGA"])]
    assert got["recs"][1][2] == "The Welsh Government should fund a national library card."
    assert "when" in got["columns"] and "4. CONCLUSION" in got["notes"]
    assert got["lost"] == set()
