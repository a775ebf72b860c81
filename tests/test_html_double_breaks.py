"""A web page whose paragraphs are parted by ``<br><br>`` inside one ``<p>`` (as some CMS
and e-mail editors print them) reads as the same page with a ``<p>`` per paragraph
(``read/html_breaks.py``)."""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import wlga_analysis as wa
from wlga_analysis.config import RAW_DIR
from wlga_analysis.testing.publish import html_page

_SHIPPED = {"programme": "improvement-programme-2021-22-update.txt",
            "recommendations": "working-group-recommendations.txt"}


def _one_paragraph(page: str) -> str:
    """The page with each run of paragraphs joined into one ``<p>``, parted by ``<br><br>``."""
    joined = re.sub(r"</p>\s*<p\b[^>]*>", "<br><br>", page)
    assert joined != page  # (the restyle changes the page)
    return joined


@pytest.mark.parametrize("kind", ["programme", "recommendations"])
def test_paragraphs_parted_by_two_breaks_read_as_paragraphs(tmp_path, kind):
    lines = (RAW_DIR / _SHIPPED[kind]).read_text(encoding="utf-8").splitlines()
    page = html_page(lines, kind)
    load = wa.load_programme if kind == "programme" else wa.load_recommendations
    tables = []
    for name, text in (("p.html", page), ("br.html", _one_paragraph(page))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tables.append(load(path).drop(columns=["source_line"], errors="ignore"))
    assert len(tables[0]) > 20
    pd.testing.assert_frame_equal(tables[0], tables[1])


def test_a_single_break_stays_inside_its_paragraph_and_a_cell_is_parted_too():
    from wlga_analysis.read.html import read_html

    model = read_html("<h1>Update</h1><p>Civic Centre<br>Newport</p>"
                      "<table><tr><th>Area</th><th>Recommendations</th></tr>"
                      "<tr><td>Housing</td><td><p>1. Build more.<br> <br>2. Build faster."
                      "</p></td></tr></table><pre>a<br><br>b</pre>")
    texts = [b.text.text for b in model.blocks if hasattr(b, "text")]
    assert texts[:2] == ["Update", "Civic Centre Newport"]
    cell = model.tables()[0].rows[0][1]
    assert [b.text.text for b in cell.blocks] == ["Build more.", "Build faster."]
    assert [b.number for b in cell.blocks] == ["1", "2"]
