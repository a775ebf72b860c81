"""Layouts the eighth evaluation corpus showed, in documents written for these tests (the
asserted values are the careful reader's reading):

- a web page whose Working Group table is an **ARIA grid** of ``div`` elements
  (``role="table"`` / ``"row"`` / ``"cell"`` / ``"columnheader"``), with **footnote links**
  (``<sup><a href="#fn1">1</a></sup>``) after an area's name and after an owner marker, and
  **speaker notes / hidden text** that a reader does not see. Before: the grid was not a
  table (no recommendation read), the mark stayed in the name ("Youth services1");
- the same table in Markdown with **Markdown footnotes** (``[^1]``). Before: the reference
  stayed in the area's name and the recommendation's text.
"""

from __future__ import annotations

import pytest

from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly

HEAD = ("<!DOCTYPE html><html><head><title>Youth Work Group</title></head><body>"
        "<header><nav><a href='/'>Home</a></nav></header><main>"
        "<h1>Youth Work Task Group: Recommendations</h1><p>Date: 19 January 2026</p>"
        "<h2>Theme 1: Provision</h2>")


def _cell(*paras: str) -> str:
    return '<div role="cell">' + "".join(f"<p>{p}</p>" for p in paras) + "</div>"


GRID = (HEAD + '<div class="grid" role="table" aria-label="Provision">'
        '<div role="rowgroup"><div role="row"><div role="columnheader">Area</div>'
        '<div role="columnheader">Activity underway or achieved</div>'
        '<div role="columnheader">Recommendations</div></div></div><div role="rowgroup">'
        '<div role="row">'
        + _cell('<strong>Area 1: Youth centres<sup><a href="#fn1">1</a></sup></strong>',
                "To keep centres open in the evenings.")
        + _cell("1. Opening hours mapped in all councils. (<strong>Complete – WLGA</strong>)",
                '<span hidden>Draft: check with officers.</span>'
                "2. A shared booking system is being tested. (<strong>Ongoing – LG</strong>)")
        + _cell("1. That councils keep one centre open until 9pm. (<strong>LG</strong>)"
                '<sup><a href="#fn2">2</a></sup>',
                "2. That Welsh Government funds evening staffing. (<strong>WG</strong>)")
        + '</div></div></div>'
        '<aside class="notes">Speaker: mention the pilot councils.</aside>'
        '<section class="footnotes"><ol><li id="fn1">Open access centres only.</li>'
        '<li id="fn2">From April 2027.</li></ol></section></main></body></html>')

MARKDOWN = ("# Youth Work Task Group: Recommendations\n\nDate: 19 January 2026\n\n"
            "## Theme 1: Provision\n\n"
            "| Area | Activity underway or achieved | Recommendations |\n|---|---|---|\n"
            "| **Area 1: Youth centres[^1]**<br>To keep centres open in the evenings. "
            "| 1. Opening hours mapped in all councils. (**Complete – WLGA**) "
            "| 1. That councils keep one centre open until 9pm. (**LG**)[^2] |\n\n"
            "[^1]: Open access centres only.\n[^2]: From April 2027.\n")


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval8grid")
    (folder / "grid.html").write_text(GRID, encoding="utf-8")
    (folder / "table.md").write_text(MARKDOWN, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["grid.html", "table.md"])
def test_area_names_lose_their_footnote_marks(pages, name):
    areas = quietly(load_areas, pages / name)
    assert areas[["area_id", "area", "theme"]].values.tolist() == [
        [1, "Youth centres", "Provision"]]
    recs = quietly(load_recommendations, pages / name)
    assert recs["text"].iloc[0] == "That councils keep one centre open until 9pm."
    assert list(recs["owners"].iloc[0]) == ["LG"]


def test_an_aria_grid_is_read_as_the_table_it_presents(pages):
    recs = quietly(load_recommendations, pages / "grid.html")
    assert recs["rec_id"].tolist() == [1, 2]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WG"]]
    acts = quietly(load_activities, pages / "grid.html")
    assert acts["activity_no"].tolist() == [1, 2]
    assert acts["status"].tolist() == ["Complete", "Ongoing"]
    assert acts["text"].iloc[1] == "A shared booking system is being tested."


def test_hidden_text_and_speaker_notes_are_not_read():
    from wlga_analysis.read.html import read_html

    texts = " ".join(b.text.text if hasattr(b, "text") else "" for b in
                     read_html(GRID).blocks)
    assert "Speaker" not in texts
    assert "Draft: check" not in texts
