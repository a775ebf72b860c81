"""eval14 rec14a: an audit report printing each recommendation twice (stop 20).

An Audit Wales report lists its recommendations in an exhibit at the front (a table
``Ref | Recommendation``, with or without an area column) and prints each again, in the
same words, in a box in the chapter that discusses it. The chapters are the areas; each
recommendation is read once, in its chapter; the exhibit's rows are kept in the notes. The
documents here are written for these tests, in layouts the corpus does not use (their
readings written before the loader ran):

- ``consultants-report.md``: plain Markdown, the exhibit ``Area | No. | Recommendation``
  with bare numbers, the boxes block quotes "> **Recommendation 1** ...", chapters
  "## 2. Knowing what is spent" (one with a sub-heading over its second box: no area), a
  table of figures that is no recommendation;
- ``homelessness-review.html``: a web page (cookie banner, navigation, footer), the
  exhibit ``Reference | Recommendation`` with a caption, boxes ``<aside>`` with a bold "R1"
  (one box's ref a heading of its own over its paragraph), chapters "1 Early contact" (no
  full stop after the number);
- a Word file built here: the exhibit ``Number | Recommendation`` ("1", "2", "3"), each box
  a one-row two-cell table ["Recommendation 1" | text], chapters as Heading 1 "2. Name",
  one box printed in other words than the exhibit's row (reported, the box read);
- a pandoc Markdown text written here: a title block, an exhibit of one column whose
  cells print their refs ("R1: Councils ..."), fenced-div boxes whose ref is printed alone
  over the text, a partner in the subject ("The WLGA, with Data Cymru, should").
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.documents import Document, read_document
from wlga_analysis.recommendations import RecommendationsParse, parse_recommendations
from wlga_analysis.testing.coverage import words_in_no_table

DATA = Path(__file__).parent / "data" / "eval14" / "rec14a"


def _lost(doc: Document, parsed: RecommendationsParse) -> set[str]:
    """The words of the document (as its reader gives its lines) in no table."""
    lost = words_in_no_table(doc.lines, (parsed.areas, parsed.recommendations, parsed.notes))
    return lost - {"p", "b"}  # (the cells' tags of a Word file's lines)


def _read(path: Path) -> dict[str, object]:
    doc = read_document(path, "recommendations")
    parsed = parse_recommendations(doc)
    return {
        "lost": _lost(doc, parsed),
        "areas": parsed.areas["area"].tolist(),
        "recs": [(r.rec_id, r.area, r.text, list(r.owners))
                 for r in wa.load_recommendations(path).itertuples()],
        "acts": len(parsed.activities),
        "notes": " ".join(parsed.notes["text"]),
        "checks": sorted({i.check for i in parsed.issues}),
    }


@pytest.fixture(scope="module")
def consultants() -> dict[str, object]:
    return _read(DATA / "consultants-report.md")


@pytest.fixture(scope="module")
def homelessness() -> dict[str, object]:
    return _read(DATA / "homelessness-review.html")


def _box(doc, ref: str, text: str) -> None:
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].paragraphs[0].add_run(ref).bold = True
    table.rows[0].cells[1].paragraphs[0].add_run(text)
    doc.add_paragraph("")


@pytest.fixture(scope="module")
def word(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Council tax collection", 0)
    doc.add_paragraph("Auditor General for Wales, January 2026")
    doc.add_heading("Overview", 1)
    doc.add_paragraph("Councils collected 95.9% of council tax in 2024-25.")
    doc.add_paragraph("Our recommendations").runs[0].bold = True
    table = doc.add_table(rows=1, cols=2)
    for cell, text in zip(table.rows[0].cells, ("Number", "Recommendation"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for number, text in (
            ("1", "Councils should offer residents in arrears a payment plan before any "
                  "court action."),
            ("2", "The Welsh Government and councils should review the fees charged for "
                  "liability orders."),
            ("3", "The WLGA should publish a plain-language guide to council tax support.")):
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = number, text
    doc.add_heading("2. Collecting arrears", 1)
    doc.add_paragraph("2.1 Court summonses rose by a fifth in two years.")
    _box(doc, "Recommendation 1", "Councils should offer residents in arrears a payment "
         "plan before any court action.")
    _box(doc, "Recommendation 2", "The Welsh Government and councils should review the "
         "fees charged for liability orders, and publish the review.")
    doc.add_heading("3. Helping residents", 1)
    doc.add_paragraph("3.1 Few residents know that they can claim council tax support.")
    _box(doc, "Recommendation 3", "The WLGA should publish a plain-language guide to "
         "council tax support.")
    path = tmp_path_factory.mktemp("rec14a") / "council-tax-collection.docx"
    doc.save(path)
    return _read(path)


def test_markdown_areas_from_the_chapters(consultants: dict[str, object]) -> None:
    assert consultants["areas"] == ["Knowing what is spent", "Getting value"]


def test_markdown_recommendations_read_once(consultants: dict[str, object]) -> None:
    assert consultants["recs"] == [
        (1, "Knowing what is spent",
         "Councils should record all spending on consultants in one register.", ["LG"]),
        (2, "Knowing what is spent",
         "The Welsh Government should collect the registers each year.", ["WG"]),
        (3, "Getting value",
         "The WLGA should publish a framework contract that councils can use.", ["WLGA"]),
        (4, "Getting value",
         "Councils should evaluate every contract over £25,000 when it ends.", ["LG"]),
    ]
    assert consultants["acts"] == 0


def test_markdown_nothing_lost(consultants: dict[str, object]) -> None:
    notes = consultants["notes"]
    assert "Few councils know whether" in notes  # the summary
    assert "Education" in notes and "£14 million" in notes  # the exhibit of figures
    assert "We surveyed all 22 councils" in notes  # the appendix
    assert "printed twice" in consultants["checks"]


def test_web_page_r_refs(homelessness: dict[str, object]) -> None:
    assert homelessness["areas"] == ["Early contact", "Learning and reporting"]
    assert homelessness["recs"] == [
        (1, "Early contact",
         "Councils should contact every household at risk within five working days.",
         ["LG"]),
        (2, "Learning and reporting",
         "The WLGA should share good practice in prevention between councils.", ["WLGA"]),
        (3, "Learning and reporting",
         "Councils should publish their prevention outcomes every quarter.", ["LG"]),
        (4, "Learning and reporting",
         "The Welsh Government should fund a second year of the prevention pilots.", ["WG"]),
    ]
    assert homelessness["acts"] == 0


def test_word_boxes_as_tables(word: dict[str, object]) -> None:
    assert word["areas"] == ["Collecting arrears", "Helping residents"]
    assert word["recs"] == [
        (1, "Collecting arrears", "Councils should offer residents in arrears a payment "
         "plan before any court action.", ["LG"]),
        (2, "Collecting arrears", "The Welsh Government and councils should review the "
         "fees charged for liability orders, and publish the review.", ["WG", "LG"]),
        (3, "Helping residents", "The WLGA should publish a plain-language guide to "
         "council tax support.", ["WLGA"]),
    ]
    assert "printed twice differently" in word["checks"]
    assert "liability orders." in word["notes"]  # the exhibit's wording kept


_ONE_COLUMN = """% Libraries: a service for everyone
% Auditor General for Wales
% 9 April 2026

# Summary

Visits to libraries have risen since 2022.

| Our recommendations |
|---|
| R1: Councils should open libraries on Saturdays. |
| R2: The WLGA, with Data Cymru, should publish visitor figures. |

# Opening hours

::: {.recommendation}
**R1**

Councils should open libraries on Saturdays.
:::

# Knowing who uses libraries

Few councils count their visitors.

::: {.recommendation}
**R2**

The WLGA, with Data Cymru, should publish visitor figures.
:::
"""


def test_one_column_exhibit_and_labels_alone(tmp_path: Path) -> None:
    path = tmp_path / "libraries.md"
    path.write_text(_ONE_COLUMN, encoding="utf-8")
    read = _read(path)
    assert read["areas"] == ["Opening hours", "Knowing who uses libraries"]
    assert read["recs"] == [
        (1, "Opening hours", "Councils should open libraries on Saturdays.", ["LG"]),
        (2, "Knowing who uses libraries",
         "The WLGA, with Data Cymru, should publish visitor figures.", ["WLGA", "Data Cymru"]),
    ]
    assert "R1: Councils should open libraries" in read["notes"]
    assert ":::" not in read["notes"]


def test_nothing_lost(consultants: dict[str, object], homelessness: dict[str, object],
                      word: dict[str, object]) -> None:
    """Every word each document prints is in some table (areas, recommendations, notes)."""
    assert [consultants["lost"], homelessness["lost"], word["lost"]] == [set(), set(), set()]
