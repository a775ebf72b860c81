"""Word "Save as plain text" exports (one paragraph a line, CRLF, no blank line, a TAB
after a list number or bullet glyph, table rows as TAB-separated cells with empty trailing
cells kept): a short roadmap of cards under status lines, and addressee (tick) matrices
under plain "Priority A: ..." lines, read as their Markdown forms are."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa

DATA = Path(__file__).parent / "data" / "word_plain_text"


@pytest.fixture(scope="module")
def roadmap():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_programme(DATA / "roadmap" / "housing-roadmap.txt")


def test_the_roadmap_file_is_as_word_writes_it():
    raw = (DATA / "roadmap" / "housing-roadmap.txt").read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") and b"\r\n\r\n" not in raw


def test_roadmap_cards_are_items_with_their_column_status(roadmap):
    items = list(zip(roadmap["text"], roadmap["status"], strict=True))
    assert items == [
        ("Empty homes loan scheme opened", "done"),
        ("Fifty modular homes on site", "in progress"),
        ("Self-build plots offered", "planned"),
        ("Town centre audit finished with Cadw", "done"),
        ("Market hall refurbishment designed", "planned"),
    ]


def test_roadmap_timings_are_quarters(roadmap):
    # (financial-year quarters: 2026-27 Q1 is the period 2027Q1 of years ending in March)
    assert [str(q) for q in roadmap["quarter"]] == ["2027Q1", "2027Q4", "2028Q3", "2027Q2",
                                                    "2028Q2"]


@pytest.fixture(scope="module")
def ticks():
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in ("priorities-ref", "workstreams-r-numbers"):
            path = DATA / "tick_matrix" / f"{name}.txt"
            out[name] = (wa.load_areas(path), wa.load_recommendations(path))
    return out


def test_tick_matrix_files_keep_empty_trailing_cells():
    raw = (DATA / "tick_matrix" / "priorities-ref.txt").read_bytes().decode("utf-8")
    assert "\u2713\t\t\r\n" in raw and "\r\n\r\n" not in raw


def test_plain_lines_over_tick_matrices_are_the_areas(ticks):
    areas, recs = ticks["priorities-ref"]
    assert list(areas["area"]) == ["Priority A: Funding that lasts",
                                   "Priority B: Passengers first"]
    assert list(recs["area"]) == ["Priority A: Funding that lasts"] * 2 \
        + ["Priority B: Passengers first"] * 2


def test_ticked_columns_are_the_owners(ticks):
    _, recs = ticks["priorities-ref"]
    assert [list(o) for o in recs["owners"]] == [["WG"], ["LG"], ["LG", "WLGA"], ["WLGA"]]
    assert recs["text"].iloc[0] == "Give councils three-year allocations for bus support."


def test_another_order_of_owner_columns_and_r_numbers(ticks):
    areas, recs = ticks["workstreams-r-numbers"]
    assert len(areas) == 2 and areas["area"].iloc[1].endswith("Skills and confidence")
    assert list(recs["rec_id"]) == [1, 2, 3]  # (the number of "R1": as "1" reads)
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WLGA", "WG"], ["WLGA", "LG"]]
    assert recs["text"].iloc[2] == "Train front-line staff as digital champions."


@pytest.fixture(scope="module")
def cover():
    path = DATA / "cover_table" / "skills-board-report.txt"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_metadata(path), wa.load_paragraphs(path)


def test_cover_table_of_plain_labels_gives_the_meeting_date(cover):
    # (the labels lost their bold; "1.<TAB>Background" under the table is the first
    # numbered paragraph, not a row of the two-column cover table)
    meta, _ = cover
    assert str(meta["date"]) == "2027-01-19"


def test_numbered_paragraph_after_the_cover_table_is_no_table_row(cover):
    _, paragraphs = cover
    rows = paragraphs[paragraphs["kind"].isin(["table header", "table row"])]
    assert list(rows["source_line"])[:3] == [3, 4, 5]
    assert 6 not in set(rows["source_line"])
    first = paragraphs[paragraphs["source_line"] == 7]
    assert list(first["paragraph"]) == [1]
