"""A committee's covering report with its action plan as an appendix table whose group
column spans its rows (the fifteenth evaluation corpus's prog15a layout): a cover table
("Report to", "Date of meeting", "Report of"), numbered paragraphs "1. Purpose" .. "N.
Recommendation", then "Appendix A – ..." over ONE table ``Priority | No. | Action | Lead |
Target date | RAG | Progress at ...`` whose first cell spans the rows of its group (HTML
``rowspan``, Word ``vMerge``, printed once with blank cells below in Markdown or a PDF), the
actions numbered 1-N straight through.

The documents in ``tests/data/eval15/prog15a/`` are written for the test, in layouts of the
family that differ from the corpus: a pandoc Markdown Cabinet report whose ``Theme`` column
prints "Priority 1: Homes for local people" once over blank cells, with ``Ref | Commitment |
Responsible officer | Due | RAG status | Progress update`` columns (the progress wording
contradicting the RAG on purpose); a committee web page whose cover table (labels with a
colon) stands before the title and whose ``Workstream`` cell is a ``<th rowspan>`` naming
the group with no number ("Digital services"); Word's "Save as plain text" of an Audit
Committee report (CRLF, TAB-separated cells) whose ``Priority`` column repeats the group's
name in every row (a merged cell copied into each row), with ``RAG rating`` and
``Position at 31 March 2026`` columns; a Word file whose ``Strategic aim`` cells are
vertically merged (``w:vMerge``, "Aim 1: Reduce waste"), written by :func:`_waste_docx`.
The asserted values are the careful reader's reading, written before the code.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning, ParseError
from wlga_analysis.interpret.programme.layouts import not_a_title
from wlga_analysis.programme import parse_programme
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval15" / "prog15a"

#: The careful reader's reading: title, date, priorities, sections (number, name), items
#: (id, section, text, status, quarter, partners) and grants. The ids follow the project's
#: rule for a plain running number (:func:`~wlga_analysis.interpret.programme.items.item_key`:
#: "<section>.<position>"; the printed number stays in the row's text).
READINGS = {
    "corporate-plan-cabinet-report.md": {
        "title": "Corporate Plan 2025-26: Quarter 3 Delivery Report",
        "date": "2026-02-04",
        "priorities": ["homes for local people", "climate and nature",
                       "thriving town centres"],
        "sections": {1: "Homes for local people", 2: "Climate and nature",
                     3: "Thriving town centres"},
        "items": [
            ("1.1", 1, "Bring forty empty homes back into use.", "in progress", "2025-26 Q4",
             []),
            ("1.2", 1, "Adopt a local housing market assessment.", "done", "2025-26 Q2", []),
            ("1.3", 1, "Open a housing options hub in the town centre.", "at risk",
             "2025-26 Q4", []),
            ("2.1", 2, "Fit solar panels to ten council buildings.", "at risk", "2025-26 Q3",
             []),
            ("2.2", 2, "Publish a nature recovery action plan.", "done", "2025-26 Q3",
             ["Audit Wales"]),
            ("3.1", 3, "Agree a town centre masterplan with the business forum.",
             "in progress", "2026-27 Q1", []),
            ("3.2", 3, "Report town centre footfall to every Cabinet meeting.", "in progress",
             "2025-26 Q4", ["Data Cymru"]),
        ],
        "grants": [],
    },
    "digital-strategy-committee-page.html": {
        "title": "Digital Strategy Action Plan 2026-27: Half-Year Progress",
        "date": "2027-01-12",
        "priorities": ["digital services", "data and insight", "digital skills"],
        "sections": {1: "Digital services", 2: "Data and insight", 3: "Digital skills"},
        "items": [
            ("1.1", 1, "Move council tax accounts online.", "done", "2026-27 Q3", []),
            ("1.2", 1, "Replace the customer contact system.", "in progress", "2026-27 Q4",
             []),
            ("2.1", 2, "Build a data warehouse for service performance.", "at risk",
             "2026-27 Q3", ["Data Cymru"]),
            ("2.2", 2, "Agree a data sharing protocol with the health board.", "at risk",
             "2026-27 Q2", []),
            ("2.3", 2, "Publish open data on planning applications.", "in progress",
             "2026-27 Q4", []),
            ("3.1", 3, "Train two hundred staff as digital champions.", "in progress",
             "2026-27 Q4", ["Academi Wales"]),
            ("3.2", 3, "Run digital skills sessions in every library.", "done", "2026-27 Q2",
             []),
        ],
        "grants": [],
    },
    "improvement-plan-word-plain-text.txt": {
        "title": "Corporate Self-Assessment Improvement Plan: Year-End Progress 2025-26",
        "date": "2026-04-22",
        "priorities": ["customer experience", "asset management"],
        "sections": {1: "Customer experience", 2: "Asset management"},
        "items": [
            ("1.1", 1, "Publish customer service standards.", "done", "2025-26 Q3", []),
            ("1.2", 1, "Answer 80% of calls within two minutes.", "at risk", "2025-26 Q4",
             []),
            ("1.3", 1, "Introduce a complaints dashboard for managers.", "in progress",
             "2026-27 Q1", ["Data Cymru"]),
            ("2.1", 2, "Adopt an asset management strategy.", "at risk", "2025-26 Q4", []),
            ("2.2", 2, "Dispose of three surplus buildings.", "in progress", "2026-27 Q4",
             []),
        ],
        "grants": [],
    },
    "waste-action-plan-decision-report.docx": {
        "title": "Waste Strategy Action Plan 2025-26: Quarter 3 Update",
        "date": "2026-03-09",
        "priorities": ["reduce waste", "increase recycling"],
        "sections": {1: "Reduce waste", 2: "Increase recycling"},
        "items": [
            ("1.1", 1, "Launch a reusable nappy scheme.", "done", "2025-26 Q3", []),
            ("1.2", 1, "Cut food waste in council canteens by a quarter.", "at risk",
             "2025-26 Q4", []),
            ("2.1", 2, "Introduce weekly recycling collections for flats.", "in progress",
             "2025-26 Q4", []),
            ("2.2", 2, "Open a reuse shop at the recycling centre.", "at risk", "2025-26 Q3",
             []),
            ("2.3", 2, "Publish recycling rates for each ward.", "in progress", "2025-26 Q4",
             ["Data Cymru"]),
        ],
        "grants": [],
    },
}


def _waste_docx(path: Path) -> Path:
    """Write the Word test document (committed; regenerate: ``python -c "import
    test_eval15_prog15a as t, pathlib; t._waste_docx(pathlib.Path(...))"`` in tests/)."""
    import docx
    from docx.enum.text import WD_BREAK

    doc = docx.Document()
    doc.add_paragraph().add_run("Blaenau Gwyrdd County Borough Council (fictional)").bold = True
    cover = doc.add_table(rows=0, cols=2)
    for label, value in (("Report to", "Environment Scrutiny Committee"),
                         ("Date of meeting", "9 March 2026"),
                         ("Report of", "Head of Waste Services"), ("Agenda item", "6")):
        cells = cover.add_row().cells
        cells[0].text, cells[1].text = label, value
    doc.add_heading("Waste Strategy Action Plan 2025-26: Quarter 3 Update", level=1)
    for number, head, text in (
            ("1", "Purpose", "To report the position of the Waste Strategy action plan at "
                             "31 December 2025 (Appendix B)."),
            ("2", "Background", "The plan has two aims: reduce waste; and increase "
                                "recycling."),
            ("3", "Recommendation", "That the Committee notes the position.")):
        doc.add_paragraph().add_run(f"{number}.\t{head}").bold = True
        doc.add_paragraph(f"{number}.1\t{text}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_paragraph().add_run("Appendix B – Waste Strategy action plan: position at 31 "
                                "December 2025").bold = True
    doc.add_paragraph("RAG: Blue – complete; Green – on track; Amber – some slippage; "
                      "Red – off track.")
    rows = [
        ("Strategic aim", "No.", "Action", "Responsible officer", "Target date", "RAG",
         "Progress at 31 December 2025"),
        ("Aim 1: Reduce waste", "1", "Launch a reusable nappy scheme.",
         "Head of Waste Services", "October 2025", "Blue",
         "Launched on 1 October with 120 families."),
        ("", "2", "Cut food waste in council canteens by a quarter.", "Catering Manager",
         "March 2026", "Amber",
         "Food waste fell by 12% so far; the new menus were completed in December."),
        ("Aim 2: Increase recycling", "3", "Introduce weekly recycling collections for flats.",
         "Head of Waste Services", "January 2026", "Green",
         "Collections are not yet started in two blocks."),
        ("", "4", "Open a reuse shop at the recycling centre.", "Head of Property",
         "December 2025", "Red", "Planning permission was refused in November."),
        ("", "5", "Publish recycling rates for each ward.",
         "Performance Manager with Data Cymru", "February 2026", "Green",
         "Data agreed with the council's partners."),
    ]
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for k, text in enumerate(row):
            if text:
                table.cell(i, k).paragraphs[0].add_run(text).bold = i == 0
    table.cell(1, 0).merge(table.cell(2, 0))  # (w:vMerge restart / continue)
    table.cell(3, 0).merge(table.cell(5, 0))
    doc.save(path)
    return path


class _Parsed(dict):
    """Each document's parse, read once; a document that failed raises its error when its
    test asks for it (the other documents are still tested)."""

    def __getitem__(self, name):
        got = super().__getitem__(name)
        if isinstance(got, Exception):
            raise got
        return got


@pytest.fixture(scope="module")
def parsed():
    out = _Parsed()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        for name in READINGS:
            try:
                out[name] = parse_programme(read_document(DATA / name, "programme"))
            except ParseError as error:
                out[name] = error
    return out


@pytest.mark.parametrize("name", READINGS)
def test_title_is_the_heading_not_the_cover_tables_audience(parsed, name):
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]


@pytest.mark.parametrize("name", READINGS)
def test_priorities(parsed, name):
    got = [p.casefold() for p in parsed[name].priorities["priority"]]
    assert got == READINGS[name]["priorities"]


@pytest.mark.parametrize("name", READINGS)
def test_each_appendix_row_is_one_item_in_its_spanning_group(parsed, name):
    frame = parsed[name].programme
    got = [(str(r.item_id), int(r.paragraph), r.text, r.status, r.quarter_label,
            list(r.partners)) for r in frame.itertuples()]
    assert got == READINGS[name]["items"]


@pytest.mark.parametrize("name", READINGS)
def test_sections_are_the_spanning_cells(parsed, name):
    frame = parsed[name].programme
    got = dict(zip(frame["paragraph"].astype(int), frame["section"], strict=True))
    assert got == READINGS[name]["sections"]


@pytest.mark.parametrize("name", READINGS)
def test_grants(parsed, name):
    grants = parsed[name].grants
    got = [(r.grant, int(r.amount_gbp), r.financial_year) for r in grants.itertuples()]
    assert got == READINGS[name]["grants"]


def test_a_cover_tables_audience_is_no_title():
    assert not_a_title("Report to: Governance and Audit Committee") == "message header"
    assert not_a_title("Reporting to the Board: quarter 2") is None
    assert not_a_title("Report to Council on the budget 2025-26") is None


def test_nothing_lost(parsed):
    """Every word of the Markdown report is in some table: the spanning group cells as
    the section headings, the progress comments in the paragraphs table."""
    name = "corporate-plan-cabinet-report.md"
    got = parsed[name]
    assert programme_words_lost(got, DATA / name) == set()
