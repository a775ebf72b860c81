"""The HTML report for readers who do not run Python."""

from __future__ import annotations

import datetime as dt
import re

import nbformat
import pytest

from wlga_analysis import notebooks, report


@pytest.fixture(scope="module")
def html(tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    path = report.build_report(out, execute=False, built=dt.date(2026, 1, 2))
    return path.read_text(encoding="utf-8")


def _chart_cells() -> int:
    count = 0
    for path in notebooks.notebook_paths():
        nb = nbformat.read(path, as_version=4)
        count += sum(1 for c in nb.cells if c.cell_type == "code" for o in c.outputs
                     if "image/png" in o.get("data", {}))
    return count


def test_every_chart_is_embedded(html):
    images = re.findall(r'<img[^>]+src="([^"]{0,30})', html)
    assert len(images) == _chart_cells() >= 6
    assert all(src.startswith("data:image/png;base64,") for src in images)


def test_key_figures_and_sources_are_there(html):
    for text in ("£800,000", "£530,000", "£1,330,000", "working-group-recommendations.txt",
                 "improvement-programme-2021-22-update.txt", "Built on 2026-01-02"):
        assert text in html, text


def test_contents_links_reach_every_notebook(html):
    links = re.findall(r'<a href="#([^"]+)"', html)
    assert len(links) == len(notebooks.notebook_paths())
    for anchor in links:
        assert f'id="{anchor}"' in html


def test_code_is_hidden_and_nothing_is_fetched(html):
    assert "wa.load_recommendations(" not in html
    assert "import wlga_analysis" not in html
    assert not re.findall(r'(?:src|href)="https?://', html)


def test_same_report_apart_from_the_date(tmp_path, html):
    again = report.build_report(tmp_path, execute=False, built=dt.date(2026, 1, 2))
    assert again.read_text(encoding="utf-8") == html
