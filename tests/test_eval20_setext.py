"""Underlined (setext) headings read as '#' headings (a reader defect found with the
twentieth evaluation corpus's e-mail, whose plain-text form underlines its headings).

A Markdown page or a plain-text report may underline its headings (the text over a line of
``=`` or ``-``) where another prints ``#`` marks. Both must read alike: a probe that
rewrote the ``##`` headings of the eleventh to eighteenth corpora's Markdown forms as
underlined lost the areas and themes of three papers (numbered headings, "2. Opening hours"
over ``-----``, were read as a paragraph over a horizontal rule).

The documents in ``tests/data/eval20/setext/`` are written for the test: a town council's
review in Markdown with ``#`` headings, and the same text with its headings underlined. The
asserted values are the careful reader's reading, fixed when the documents were written.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.read.setext import setext_lines

DATA = Path(__file__).parent / "data" / "eval20" / "setext"


@pytest.fixture(scope="module")
def read():
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for form in ("atx", "setext"):
            path = DATA / f"leisure-review-{form}.md"
            out[form] = (wa.load_areas(path), wa.load_recommendations(path))
    return out


def test_underlined_headings_read_as_marked_ones(read):
    areas, recs = read["setext"]
    assert areas["area"].tolist() == ["Opening hours", "Pricing"]
    assert (areas["theme"].fillna("") == "").all()
    assert recs["rec_id"].astype(str).tolist() == ["1", "2", "3"]
    assert recs["area"].tolist() == ["Opening hours", "Pricing", "Pricing"]


def test_both_forms_read_alike(read):
    for a, b in zip(read["atx"], read["setext"], strict=True):
        assert a.drop(columns=["source_line"], errors="ignore").equals(
            b.drop(columns=["source_line"], errors="ignore"))


def test_what_is_not_an_underlined_heading():
    lines = ("Intro text", "continues here", "----", "", "- a bullet", "---", "", "> quoted",
             "> -----", "", "Heading", "===")
    assert setext_lines(lines)[:10] == lines[:10]
    assert setext_lines(lines)[10:] == ("# Heading", "")
