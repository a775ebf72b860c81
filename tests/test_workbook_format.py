"""The Excel workbook for people: readable headings, amounts in £, dates as dates, and the
column names kept on the contents sheet."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from openpyxl import load_workbook

from wlga_analysis.build import document_records, load_tables, write_workbook
from wlga_analysis.contracts import TABLES


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = load_tables()
    path = tmp_path_factory.mktemp("book") / "book.xlsx"
    write_workbook(tables, path, document_records())
    return load_workbook(path)


def test_headers_are_the_contracts_readable_labels(book):
    grants = [c.value for c in book["grants"][1]]
    assert grants[:3] == ["Grant", "Amount (£)", "Financial year"]
    recs = [c.value for c in book["recommendations"][1]]
    assert recs[0] == "Recommendation sequence" and "Source line" in recs
    assert [c.value for c in book["recommendations"][1]] == [
        col.heading for col in TABLES["recommendations"].columns]


def test_amounts_are_numbers_in_pounds_and_dates_are_dates(book):
    cell = book["grants"]["B2"]
    assert cell.value == 800000 and cell.number_format == '"£"#,##0'
    documents = book["documents"]
    headings = [c.value for c in documents[1]]
    date_col = headings.index("Date") + 1
    dated = [documents.cell(row=r, column=date_col) for r in range(2, documents.max_row + 1)]
    values = [c.value for c in dated]
    assert values[1] == dt.datetime(2021, 10, 22) and dated[1].is_date
    assert dated[1].number_format == "d mmmm yyyy"
    assert values[0] is None  # the undated recommendations document stays empty


def test_contents_sheet_keeps_each_column_name_with_its_heading(book):
    rows = [[c.value for c in row] for row in book["contents"].iter_rows()]
    header = rows.index(["sheet", "column", "type", "meaning", "heading", None])
    notes = {(r[0], r[1]): r[4] for r in rows[header + 1:] if r[0]}
    assert notes[("grants", "amount_gbp")] == "Amount (£)"
    assert notes[("recommendations", "rec_id")] == "Recommendation no."
