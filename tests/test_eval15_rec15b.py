"""A scrutiny task and finish group's report whose findings chapters each close with a
two-column table of "That ..." recommendations (the family of the fifteenth evaluation
corpus's rec15b: "4. Eligibility and the learner travel policy" .. "6. Cost and
contracts", bold "Conclusion N:" paragraphs, ``No. | Recommendation`` tables numbered on
across the chapters), in documents written for these tests in other councils' manner (the
asserted values are the careful reader's reading, written before the code ran):

- **a web page** (a council's site: cookie notice, navigation, breadcrumb, a feedback form):
  unnumbered ``<h2>`` chapters ("Introduction", "Membership of the group", "Our approach"
  hold no table: no areas), ``<p class="conclusion">`` paragraphs, tables headed ``Ref. |
  Recommendations`` with refs "R1" .. "R5", and a witnesses table (``Name |
  Organisation``) in an appendix that is no recommendations table;
- **Word's "Save as plain text"** (CRLF, tab-separated rows): numbered chapters "4. Opening
  hours" as plain lines, "Conclusion 1: ..." plain, a ``Number | Recommendation`` header
  and cells worded "We recommend that the council ...";
- inline: **pandoc grid tables** (``+---+`` borders) under chapters "## 2 Direct payments"
  (a number with no full stop), "Finding N" paragraphs, a findings chapter with no table (no
  area), and a partner set off by commas ("That the council, with Carers Wales, ...").

Owners come from the clause's subject: the council, its Cabinet, a Cabinet Member, the
Executive, the Leader or a council officer ("the Head of Culture") -> LG; a partner the
subject works "with" follows ("works with Transport for Wales", "in partnership with Public
Health Wales"); a body the subject writes to or asks ("asks the Welsh Government to ...") is
no owner. Conclusions and findings are the chapter's remit, never recommendations; the
chapters with no table are notes; no activities.

Before: each of these raised ParseError (a two-column ``No. | Recommendation`` table is no
recommendations table; "found neither").
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
    recommendations_metadata,
)
from wlga_analysis.testing import quietly, table_rows

DATA = Path(__file__).parent / "data" / "eval15" / "rec15b"
CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval15"
DOC = "rec15b-task-and-finish-conclusions"


def _read(path: Path) -> dict:
    return {"areas": quietly(load_areas, path), "recs": quietly(load_recommendations, path),
            "acts": quietly(load_activities, path),
            "notes": quietly(load_recommendations_notes, path)}


@pytest.fixture(scope="module")
def web() -> dict:
    return _read(DATA / "scrutiny-housing-repairs.html")


@pytest.fixture(scope="module")
def text() -> dict:
    return _read(DATA / "library-opening-hours.txt")


def test_web_page_areas_are_the_chapters_closed_by_a_table(web):
    assert table_rows(web["areas"], "area_id", "area", "theme") == [
        [1, "Empty homes", ""], [2, "Damp and mould", ""], [3, "Contractors", ""]]


def test_web_page_recommendations_refs_and_owners(web):
    recs = web["recs"]
    assert table_rows(recs, "rec_id", "rec_label", "area_id", "text", "owners") == [
        [1, "R1", 1, "That the Cabinet Member for Housing sets a target of 28 days to relet "
                     "an empty home.", ["LG"]],
        [2, "R2", 1, "That the Executive publishes the number of empty homes each quarter.",
         ["LG"]],
        [3, "R3", 2, "That the council works in partnership with Public Health Wales to "
                     "inspect every home reported for damp within ten working days.",
         ["LG", "Public Health Wales"]],
        [4, "R4", 2, "That the Leader writes to the Minister for Housing and Local "
                     "Government asking for a fund for damp repairs.", ["LG"]],
        [5, "R5", 3, "That the Welsh Government and the council agree a model repairs "
                     "contract that pays by results.", ["WG", "LG"]],
    ]


def test_web_page_conclusions_are_remit_other_chapters_notes(web):
    assert web["acts"].empty
    remit = " ".join(web["areas"]["remit"])
    assert "Empty homes wait too long for repairs between tenancies." in remit
    assert "Inspections of damp are too slow." in remit
    assert "It took an average of 64 days" in remit
    notes = " ".join(web["notes"]["text"])
    for printed in ("set up the group in June 2025", "Councillor Meera Patel",
                    "questioned the repairs manager", "The Cabinet will respond within two "
                    "months.", "Alun Price", "Tenants' federation"):
        assert printed in notes
    assert not web["recs"]["text"].str.contains("Conclusion").any()


def test_web_page_title():
    meta = quietly(recommendations_metadata, DATA / "scrutiny-housing-repairs.html")
    assert meta["title"] == "Housing Repairs Task and Finish Group: Final Report"


def test_plain_text_we_recommend_cells(text):
    assert table_rows(text["areas"], "area_id", "area") == [
        [4, "Opening hours"], [5, "Community-managed libraries"]]
    assert table_rows(text["recs"], "rec_id", "area_id", "text", "owners") == [
        [1, 4, "We recommend that the Cabinet Member for Culture consults library users on "
               "Saturday opening before April 2026.", ["LG"]],
        [2, 4, "We recommend that the council works with the WLGA to compare opening hours "
               "across Wales.", ["LG", "WLGA"]],
        [3, 5, "We recommend that the council asks the Welsh Government to fund training "
               "for library volunteers.", ["LG"]],
        [4, 5, "We recommend that the Head of Culture renews each agreement for five years.",
         ["LG"]],
    ]
    assert text["acts"].empty
    remit = " ".join(text["areas"]["remit"])
    assert "Conclusion 3: The agreements with the groups end in 2027." in remit
    notes = " ".join(text["notes"]["text"])
    for printed in ("surveyed 860 library users", "review the opening hours of each library",
                    "presented to Cabinet on 5 February 2026"):
        assert printed in notes
    meta = quietly(recommendations_metadata, DATA / "library-opening-hours.txt")
    assert meta["title"] == "Review of Library Opening Hours"


GRID = """# Direct Payments and Carers: Report of the Task and Finish Group

Social Care Scrutiny Committee, 9 October 2025

## 1 Why we looked at this

Fewer people use direct payments here than anywhere else in Wales.

## 2 Direct payments

Only 6 per cent of adults receiving care use a direct payment.

**Finding 1:** People are not told that direct payments are an option.

+-----+-----------------------------------------------------------+
| No  | Recommendation                                            |
+=====+===========================================================+
| 1   | That the Cabinet Member for Social Care doubles the       |
|     | number of direct payment advisers by April 2026.          |
+-----+-----------------------------------------------------------+
| 2   | That the council, with Carers Wales, writes a plain guide |
|     | to direct payments.                                       |
+-----+-----------------------------------------------------------+

## 3 Workforce

**Finding 2:** Personal assistants are hard to recruit in rural areas.

## 4 Carers

Carers told us that respite is booked months ahead.

**Finding 3:** Respite is scarce.

+-----+-----------------------------------------------------------+
| No  | Recommendation                                            |
+=====+===========================================================+
| 3   | That the council and Betsi Cadwaladr University Health    |
|     | Board publish a joint plan for carers.                    |
+-----+-----------------------------------------------------------+

## 5 What happens next

The Committee will review progress in a year.
"""


def test_grid_tables_numbered_chapters_without_full_stops(tmp_path):
    path = tmp_path / "direct-payments.md"
    path.write_text(GRID, encoding="utf-8")
    got = _read(path)
    assert table_rows(got["areas"], "area_id", "area") == [[2, "Direct payments"],
                                                           [4, "Carers"]]
    assert table_rows(got["recs"], "rec_id", "area_id", "text", "owners") == [
        [1, 2, "That the Cabinet Member for Social Care doubles the number of direct "
               "payment advisers by April 2026.", ["LG"]],
        [2, 2, "That the council, with Carers Wales, writes a plain guide to direct "
               "payments.", ["LG", "Carers Wales"]],
        [3, 4, "That the council and Betsi Cadwaladr University Health Board publish a "
               "joint plan for carers.", ["LG", "Betsi Cadwaladr University Health Board"]],
    ]
    assert got["acts"].empty
    notes = " ".join(got["notes"]["text"])
    assert "Personal assistants are hard to recruit in rural areas." in notes
    assert "The Committee will review progress in a year." in notes


@pytest.fixture(scope="module")
def reading() -> dict:
    return json.loads((CORPUS / "readings" / f"{DOC}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_corpus_document_reads_as_its_reading(form, reading):
    got = _read(CORPUS / "docs" / f"{DOC}.{form}")
    assert list(got["areas"]["area"]) == [a["area"] for a in reading["areas"]]
    expected = [[int(r["rec_id"]), r["area"], r["text"], r["owners"]]
                for r in reading["recommendations"]]
    assert table_rows(got["recs"], "rec_id", "area", "text", "owners") == expected
    assert got["acts"].empty
    assert not got["recs"]["text"].str.contains("Conclusion").any()


LEAD = """# Public Toilets: Task and Finish Group Report

## 1. Foreword

Public toilets matter to older people, families and visitors.

## 2. Terms of reference

The group was asked to:

- map the toilets open to the public;
- consider the Local Toilets Strategy.

## 3. Provision

Eleven council toilets have closed since 2019.

**Conclusion 1:** Provision has fallen furthest in the valleys.

| Ref | Recommendation | Lead |
| --- | --- | --- |
| 1 | That the council publishes a map of every public toilet. | Head of Neighbourhoods |
| 2 | That the council works with Cadw to open toilets at its sites. | Cabinet Member for Parks |

## 4. Funding

**Conclusion 2:** The community toilet grant is too small.

| Ref | Recommendation | Lead |
| --- | --- | --- |
| 3 | That the Cabinet asks the Welsh Government to double the community toilet grant. | Leader |

## 5. Next steps

The Cabinet will respond by June 2026.
"""


def test_lead_column_chapters_not_the_foreword(tmp_path):
    path = tmp_path / "toilets.md"
    path.write_text(LEAD, encoding="utf-8")
    got = _read(path)
    assert table_rows(got["areas"], "area_id", "area") == [[3, "Provision"], [4, "Funding"]]
    assert table_rows(got["recs"], "rec_id", "area_id", "text", "owners", "lead") == [
        [1, 3, "That the council publishes a map of every public toilet.", ["LG"],
         "Head of Neighbourhoods"],
        [2, 3, "That the council works with Cadw to open toilets at its sites.",
         ["LG", "Cadw"], "Cabinet Member for Parks"],
        [3, 4, "That the Cabinet asks the Welsh Government to double the community toilet "
               "grant.", ["LG"], "Leader"],
    ]
    assert got["acts"].empty
    remit = " ".join(got["areas"]["remit"])
    assert "Provision has fallen furthest in the valleys." in remit
    notes = " ".join(got["notes"]["text"])
    assert "map the toilets open to the public;" in notes
    assert "The Cabinet will respond by June 2026." in notes


SUMMARY = """# Town Centres: Report of the Task and Finish Group

## Summary of recommendations

| No. | Recommendation |
|---|---|
| 1 | That the council reviews parking charges in every town centre. |
| 2 | That the council works with Business Wales to fill empty shops. |

## 1. Parking

Parking charges differ across the county's towns.

| No. | Recommendation |
|---|---|
| 1 | That the council reviews parking charges in every town centre. |

## 2. Empty shops

One shop in five is empty.

| No. | Recommendation |
|---|---|
| 2 | That the council works with Business Wales to fill empty shops. |
"""


def test_a_summary_table_repeating_the_chapters_rows_is_notes(tmp_path):
    path = tmp_path / "town-centres.md"
    path.write_text(SUMMARY, encoding="utf-8")
    got = _read(path)
    assert table_rows(got["areas"], "area_id", "area") == [[1, "Parking"],
                                                           [2, "Empty shops"]]
    assert table_rows(got["recs"], "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 2, ["LG", "Business Wales"]]]
    notes = " ".join(got["notes"]["text"])
    assert "Summary of recommendations" in notes
    assert "reviews parking charges in every town centre" in notes


@pytest.fixture(scope="module")
def word(tmp_path_factory) -> dict:
    """A Word file: a Title paragraph, Heading 1 chapters with no numbers, a Heading 2 "Our
    recommendations" over each table (a label, not the area), a bold "Conclusion N: " run
    opening a paragraph, and tables headed ``Rec No. | Recommendation``."""
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("Review of Leisure Centres", style="Title")
    doc.add_paragraph("Place Scrutiny Committee, 2 February 2026")
    chapters = [
        ("Introduction", ["The committee set up the group to review leisure centre use."],
         None, []),
        ("Use of leisure centres", ["Visits fell by a fifth between 2019 and 2025."],
         "Conclusion 1: ", [("1", "That the council asks Aura Leisure to publish visits "
                                   "for each centre every quarter.")]),
        ("Prices", ["A swim costs £5.20, more than in any neighbouring county."],
         "Conclusion 2: ", [("2", "That the council, working with Sport Wales, sets a "
                                   "concession price for under-18s."),
                            ("3", "That the Cabinet Member for Leisure reviews prices "
                                  "each year.")]),
        ("Next steps", ["The committee will receive the Cabinet's response in April."],
         None, []),
    ]
    for name, paragraphs, conclusion, rows in chapters:
        doc.add_heading(name, level=1)
        for text in paragraphs:
            doc.add_paragraph(text)
        if conclusion:
            para = doc.add_paragraph()
            para.add_run(conclusion).bold = True
            para.add_run("Prices and use are not monitored.")
        if rows:
            doc.add_heading("Our recommendations", level=2)
            table = doc.add_table(rows=1, cols=2)
            table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Rec No.", \
                "Recommendation"
            for ref, text in rows:
                cells = table.add_row().cells
                cells[0].text, cells[1].text = ref, text
    path = tmp_path_factory.mktemp("rec15b") / "leisure-centres.docx"
    doc.save(path)
    return _read(path)


def test_word_file_label_heading_over_the_table_is_no_area(word):
    assert table_rows(word["areas"], "area_id", "area") == [
        [1, "Use of leisure centres"], [2, "Prices"]]
    assert table_rows(word["recs"], "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 2, ["LG", "Sport Wales"]], [3, 2, ["LG"]]]
    assert word["recs"]["text"][0] == ("That the council asks Aura Leisure to publish visits "
                                       "for each centre every quarter.")
    remit = " ".join(word["areas"]["remit"])
    assert "Conclusion 2: Prices and use are not monitored." in remit
    assert "£5.20" in remit
    notes = " ".join(word["notes"]["text"])
    assert "The committee will receive the Cabinet's response in April." in notes
