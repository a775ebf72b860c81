"""Analyst-editable reference lists: read with clear errors."""

from __future__ import annotations

import pytest

from wlga_analysis.errors import ParseError
from wlga_analysis.reference import load_organisations, load_owner_codes, read_reference_csv


def test_owner_codes_name_the_four_owners():
    codes = dict(load_owner_codes()[["code", "name"]].itertuples(index=False))
    assert codes == {"WLGA": "Welsh Local Government Association", "WG": "Welsh Government",
                     "LG": "Local government", "Working Group": "Working Group"}


def test_organisations_have_full_names():
    orgs = load_organisations().set_index("organisation")
    assert orgs.loc["LGA", "full_name"] == "Local Government Association"
    assert "Data Cymru" in orgs.index
    assert "WLGA" not in orgs.index


def test_missing_column_names_the_file_and_line(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("code\nWLGA\n")
    with pytest.raises(ParseError, match=r"codes\.csv, line 1: missing column\(s\) name"):
        read_reference_csv(path, ("code", "name"))


def test_ragged_row_is_an_error(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("code,name\nWLGA,Welsh Local Government Association,extra\n")
    with pytest.raises(ParseError, match="line 2"):
        read_reference_csv(path, ("code", "name"))


def test_comments_and_blank_cells(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_text("# a comment\ncode,name\nXYZ,\n")
    frame = read_reference_csv(path, ("code", "name"))
    assert frame["code"].tolist() == ["XYZ"]
    assert frame["name"].isna().all()


def test_a_header_listed_twice_with_two_roles_is_an_error(tmp_path):
    """Two analysts' edits that give one column header two roles: a clear error naming
    the line, not the first role silently winning (a duplicate with the same role is
    harmless)."""
    from wlga_analysis.reference import load_programme_columns

    path = tmp_path / "programme_columns.csv"
    path.write_text("header,role\ncomments,note\nlead,partners\nLead,partners\n"
                    "Comments,status\n")
    with pytest.raises(ParseError, match=r"programme_columns\.csv, line 5: header "
                                         r"'Comments' is listed twice, as 'note' and as "
                                         r"'status'"):
        load_programme_columns(path)
