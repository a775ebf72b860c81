"""Recommendations printed once, as addressee matrices under theme headings (the family of
the eighteenth evaluation corpus's rec18b, a Future Generations Commissioner's section 20
review: "5. Recommendations", theme headings, each over a table ``No. | Recommendation |
Welsh Government | Local authorities | WLGA`` with a ✓ in each addressed body's column),
in documents written for these tests in other publishers' manner (the asserted values are
the careful reader's reading, written before the code ran):

- **Markdown** (a joint inspectorate review): chapters of numbered paragraphs ("2.1",
  "2.2": findings, no recommendations), "## 3. Our recommendations", un-numbered theme
  headings "### Prevention", "### Accommodation", matrices headed ``Ref | Recommendation |
  ...`` with refs "R1" .. "R5" running on, ticks "Yes" and "✔", centred columns;
- **a web page** (a commissioner's review page: cookie banner, navigation, footer): tick
  cells ``✓<span class="visually-hidden">Yes</span>`` (the screen-reader word inside the
  cell) and empty cells ``<span class="sr-only">No</span>``, a "Councils" column;
- **Word** (built here): theme headings (Heading 2) under "4. Recommendations" (Heading
  1), the matrices Word tables with "✓" cells, numbered findings paragraphs before.

Owners are the ticked columns only ("..., working with the WLGA on a shared plan" ticked
for local authorities alone -> LG); areas the theme headings, as printed; the findings'
numbered paragraphs are no recommendations and no activities.

Before: the Markdown and Word documents read the findings' numbered paragraphs as a
damaged ``Area | Activity | Recommendations`` table (extra recommendations, the chapters
as areas, every recommendation in the "Recommendations" area); the web page's ticks read
"✓Yes", so no owner.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
    load_recommendations_notes,
    parse_recommendations,
)
from wlga_analysis.testing import quietly, table_rows

DATA = Path(__file__).parent / "data" / "eval18" / "rec18b"


def _read(path: Path) -> dict:
    return {"areas": quietly(load_areas, path), "recs": quietly(load_recommendations, path),
            "acts": quietly(load_activities, path),
            "notes": quietly(load_recommendations_notes, path)}


@pytest.fixture(scope="module")
def homelessness() -> dict:
    return _read(DATA / "homelessness-thematic-review.md")


@pytest.fixture(scope="module")
def digital() -> dict:
    return _read(DATA / "digital-inclusion-review.html")


_ROWS = {
    "Data and evidence": [
        ("1", "Publish a common dataset on school transport costs each year.", "✓", "✓", ""),
        ("2", "Agree one definition of a suitable walking route.", "✓", "", "✓")],
    "Working together": [
        ("3", "Set up a regional transport forum for each Corporate Joint Committee area.",
         "", "✓", ""),
        ("4", "Review the learner travel guidance with the WLGA by 2028.", "✓", "", "")],
}


@pytest.fixture(scope="module")
def transport(tmp_path_factory) -> dict:
    import docx

    doc = docx.Document()
    doc.add_heading("Getting to school: a review of learner travel", level=0)
    doc.add_paragraph("Children's Commissioner for Wales, 14 January 2028")
    doc.add_heading("1. What we found", level=1)
    doc.add_paragraph("1.1\tCosts of learner travel rose by a third in four years.")
    doc.add_paragraph("1.2\tFamilies do not know how routes are judged safe.")
    doc.add_heading("4. Recommendations", level=1)
    for theme, rows in _ROWS.items():
        doc.add_heading(theme, level=2)
        table = doc.add_table(rows=1, cols=5)
        for cell, text in zip(table.rows[0].cells, ("No.", "Recommendation",
                                                    "Welsh Government", "Local authorities",
                                                    "WLGA"), strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
    doc.add_paragraph("Each body must respond within three months.")
    buffer = io.BytesIO()
    doc.save(buffer)
    path = tmp_path_factory.mktemp("rec18b") / "learner-travel-review.docx"
    path.write_bytes(buffer.getvalue())
    return _read(path)


def test_markdown_matrices_under_themes(homelessness):
    recs = homelessness["recs"]
    assert table_rows(recs, "rec_id", "rec_label", "area", "owners") == [
        [1, "R1", "Prevention", ["LG"]], [2, "R2", "Prevention", ["WG"]],
        [3, "R3", "Prevention", ["WG", "LG", "WLGA"]],
        [4, "R4", "Accommodation", ["LG"]], [5, "R5", "Accommodation", ["WLGA"]]]
    assert recs["text"].iloc[3] == ("End the use of bed and breakfast for families, working "
                                    "with the WLGA on a shared plan.")
    assert table_rows(homelessness["areas"], "area_id", "area", "theme") == [
        [1, "Prevention", ""], [2, "Accommodation", ""]]
    assert homelessness["acts"].empty


def test_findings_paragraphs_are_no_recommendations_but_are_kept(homelessness):
    assert not recs_mention(homelessness, "56 days")
    notes = " ".join(homelessness["notes"]["text"])
    assert "56 days" in notes and "Young people leaving care" in notes


def recs_mention(reading: dict, words: str) -> bool:
    return any(words in text for text in reading["recs"]["text"])


def test_web_page_ticks_with_screen_reader_words(digital):
    assert table_rows(digital["recs"], "rec_id", "area", "owners") == [
        [1, "Keeping services open", ["LG"]], [2, "Keeping services open", ["WG", "WLGA"]],
        [3, "Skills and devices", ["WG", "LG"]]]
    assert digital["areas"]["area"].tolist() == ["Keeping services open",
                                                 "Skills and devices"]


def test_word_matrices_under_theme_headings(transport):
    recs = transport["recs"]
    assert table_rows(recs, "rec_id", "area", "owners") == [
        [1, "Data and evidence", ["WG", "LG"]], [2, "Data and evidence", ["WG", "WLGA"]],
        [3, "Working together", ["LG"]], [4, "Working together", ["WG"]]]
    assert recs["text"].tolist() == [row[1] for rows in _ROWS.values() for row in rows]
    assert transport["acts"].empty
    assert not recs_mention(transport, "a third")


def test_the_reading_is_reported():
    parsed = parse_recommendations(read_document(DATA / "homelessness-thematic-review.md",
                                                 "recommendations"))
    assert "read from addressee matrices" in {issue.check for issue in parsed.issues}


_ONE_MATRIX = """# Fit for the future? A review of council fleet decarbonisation

Commissioner's review, 2 May 2028

## 1. What we found

1.1 Nine councils have a fleet transition plan.

1.2 Charging points at depots are the main constraint.

## 2. Recommendations

| Ref. | Recommendation | WG | LG | WLGA |
|---|---|---|---|---|
| 1 | Publish a fleet transition plan by March 2029. |  | ✓ |  |
| 2 | Fund depot charging points through a capital grant. | ✓ |  |  |
| 3 | Run a joint procurement framework for electric vans. |  | ✓ | ✓ |
"""


def test_one_matrix_after_numbered_findings(tmp_path):
    path = tmp_path / "fleet-review.md"
    path.write_text(_ONE_MATRIX, encoding="utf-8")
    fleet = _read(path)
    assert table_rows(fleet["recs"], "rec_id", "area", "owners") == [
        [1, "Recommendations", ["LG"]], [2, "Recommendations", ["WG"]],
        [3, "Recommendations", ["LG", "WLGA"]]]
    assert fleet["acts"].empty
    assert table_rows(fleet["areas"], "area_id", "area") == [[2, "Recommendations"]]
