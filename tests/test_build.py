"""The build: CSVs, the Excel workbook, back-tests against committed expected files."""

from __future__ import annotations

import datetime as dt
import zipfile

import pandas as pd
import pytest
from openpyxl import load_workbook

from wlga_analysis import build, config, files

EXPECTED = config.PROJ_ROOT / "tests" / "expected"


@pytest.fixture(scope="module")
def tables():
    return build.load_tables()


@pytest.fixture(scope="module")
def built(tables, tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    docs = build.document_records()
    csvs = build.write_csvs(tables, out)
    book = build.write_workbook(tables, out / build.WORKBOOK_NAME, docs,
                                build.build_timestamp(docs))
    return out, csvs, book


def test_one_csv_per_table(built):
    _out, csvs, _ = built
    assert [p.name for p in csvs] == [f"{n}.csv" for n in build.TABLE_ORDER]


@pytest.mark.parametrize("name", build.TABLE_ORDER)
def test_back_test_against_committed_expected_files(built, name):
    out, _, _ = built
    expected = EXPECTED / f"{name}.csv"
    assert (out / f"{name}.csv").read_text(encoding="utf-8") == \
        expected.read_text(encoding="utf-8"), f"{name}.csv differs from tests/expected"


def test_csv_lists_are_joined_and_quarters_labelled(built):
    out, _, _ = built
    recs = pd.read_csv(out / "recommendations.csv", keep_default_na=False)
    assert recs.loc[recs["rec_id"] == 7, "owners"].item() == "LG/WLGA/WG"
    programme = pd.read_csv(out / "programme.csv", keep_default_na=False)
    assert set(programme["quarter"]) - {""} <= set(programme["quarter_label"])
    assert all(q == "" or (q[:8].count("-") == 1 and " Q" in q) for q in programme["quarter"])


def test_workbook_has_a_contents_sheet_and_a_sheet_per_table(built):
    _, _, book = built
    wb = load_workbook(book)
    assert wb.sheetnames == ["contents", *build.TABLE_ORDER]
    contents = [c.value for c in wb["contents"]["A"] if c.value]
    for name in build.TABLE_ORDER:
        assert name in contents
    sheet = wb["recommendations"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet.column_dimensions["F"].width > 20  # the text column is readable


def test_workbook_equals_the_csvs_cell_for_cell(built):
    out, _, book = built
    for name in build.TABLE_ORDER:
        from_csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        from_xlsx = pd.read_excel(book, sheet_name=name, dtype=str, keep_default_na=False)
        from_xlsx = from_xlsx.replace({"True": "True", "False": "False"})
        # the sheet shows readable headings and real dates; the CSV keeps names and ISO text
        from_csv.columns = [build._column_heading(name, c) for c in from_csv.columns]
        from_xlsx = from_xlsx.replace(r"^(\d{4}-\d{2}-\d{2}) 00:00:00$", r"\1", regex=True)
        pd.testing.assert_frame_equal(from_csv, from_xlsx, check_dtype=False, obj=name)


def test_no_cell_is_a_formula(tmp_path):
    hostile = pd.DataFrame({"text": ["=1+1", "+44 20", "-minus", "@home", "=HYPERLINK(\"x\")"]})
    path = build.write_workbook({"areas": hostile}, tmp_path / "t.xlsx")
    ws = load_workbook(path)["areas"]
    values = [c.value for c in ws["A"][1:]]
    assert values == hostile["text"].tolist()
    assert all(c.data_type == "s" for c in ws["A"][1:])


def test_two_builds_are_byte_identical(tables, tmp_path):
    for run in ("a", "b"):
        build.write_csvs(tables, tmp_path / run)
        build.write_workbook(tables, tmp_path / run / "book.xlsx", None,
                             dt.datetime(2021, 10, 22))
    for path in sorted((tmp_path / "a").iterdir()):
        assert path.read_bytes() == (tmp_path / "b" / path.name).read_bytes(), path.name


def test_workbook_timestamps_are_fixed(built):
    _, _, book = built
    with zipfile.ZipFile(book) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2021, 10, 22, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "2021-10-22T00:00:00Z" in core


def test_unwritable_folder_is_a_clear_error(tables, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(build.ParseError, match="cannot write the build output") as info:
        build.write_csvs(tables, blocker / "out")
    assert "a-file" in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failed_write_leaves_no_half_written_file(tables, tmp_path, monkeypatch):
    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(files.os, "replace", boom)
    with pytest.raises(OSError, match="disk full"):
        build.write_csvs(tables, tmp_path)
    assert list(tmp_path.iterdir()) == []
