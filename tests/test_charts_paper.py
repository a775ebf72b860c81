"""Charts for papers: another size, no clipping, text >= 7 pt, integer count axes, SVG text,
byte-identical files and citations. (Parallel rendering equal to serial:
tests/test_build_speed.py and, for every format, tests/test_reproducible.py.)"""

from __future__ import annotations

import warnings

import pytest
from matplotlib.text import Text
from PIL import Image

from wlga_analysis import charts
from wlga_analysis.build import load_tables
from wlga_analysis.charts.collection import CHART_MAKERS
from wlga_analysis.charts.layout import clipped_edges, relayout
from wlga_analysis.charts.quarters import _report_quarter_from


@pytest.fixture(scope="module")
def tables():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_tables()


def _chart(tables, index):
    """Chart ``index`` of ``charts.all_charts(tables)``, drawing only that one."""
    return CHART_MAKERS[index](tables, _report_quarter_from(tables))


def _visible_texts(figure):
    figure.draw_without_rendering()
    return [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()
            and figure.bbox.overlaps(t.get_window_extent())]


@pytest.mark.parametrize("index", range(6))
def test_at_8_cm_nothing_is_clipped_and_no_text_is_below_7_pt(tables, index, tmp_path):
    chart = _chart(tables, index)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a chart that does not fit warns
        narrow = relayout(chart, width_cm=8, title=False)
    width_in = narrow.figure.get_size_inches()[0]
    assert width_in * 2.54 == pytest.approx(8)
    assert clipped_edges(narrow.figure) == []
    sizes = [t.get_fontsize() for t in _visible_texts(narrow.figure)]
    assert min(sizes) >= 7
    assert chart.title not in [t.get_text() for t in narrow.figure.texts]
    dpi = 127
    charts.save_figure(narrow, tmp_path, formats=("png",), dpi=dpi)
    image = Image.open(tmp_path / f"{chart.name}.png").convert("RGB")
    assert image.width == round(8 / 2.54 * dpi)  # 127 dpi = 50 pixels a centimetre
    pixels = image.load()
    edges = ([pixels[x, 0] for x in range(image.width)]
             + [pixels[x, image.height - 1] for x in range(image.width)]
             + [pixels[0, y] for y in range(image.height)]
             + [pixels[image.width - 1, y] for y in range(image.height)])
    assert set(edges) == {(255, 255, 255)}, f"{chart.name}: drawn up to the edge"


def test_save_figure_lays_out_again_and_keeps_the_title_when_asked(tables, tmp_path):
    chart = _chart(tables, 0)
    written = charts.save_figure(chart, tmp_path, formats=("png",), dpi=100, width_cm=12,
                                 height_cm=7)
    image = Image.open(written[0])
    assert image.size == (int(12 / 2.54 * 100), int(7 / 2.54 * 100))
    house = _chart(tables, 0)
    assert house.title in [t.get_text().replace("\n", " ") for t in house.figure.texts]


def test_count_axes_have_integer_ticks(tables):
    by_name = {c.name: c for c in charts.all_charts(tables)}
    for name, axis in (("owners", "x"), ("area_counts", "x"), ("quarter_status", "y"),
                       ("status_by_priority", "x")):
        ax = by_name[name].figure.axes[0]
        ticks = ax.get_xticks() if axis == "x" else ax.get_yticks()
        assert len(ticks) >= 2
        assert all(float(t).is_integer() for t in ticks), (name, ticks)
    narrow = relayout(by_name["owners"], width_cm=8)
    assert all(float(t).is_integer() for t in narrow.figure.axes[0].get_xticks())


def test_svg_keeps_text_and_files_are_byte_identical(tables, tmp_path):
    files = []
    for folder in ("a", "b"):
        chart = _chart(tables, 5)
        files.append(charts.save_figure(chart, tmp_path / folder, width_cm=8, title=False))
    for a, b in zip(*files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    svg = (tmp_path / "a" / "funding.svg").read_text(encoding="utf-8")
    assert svg.count("<text") > 10 and "£530,000" in svg and "Total" in svg
    assert "<dc:date>" not in svg
    pdf = (tmp_path / "a" / "funding.pdf").read_bytes()
    assert b"/FontFile2" in pdf and b"/Type3" not in pdf  # TrueType: text stays text
    assert b"CreationDate" not in pdf


def test_source_line_cites_title_publisher_and_date(tables):
    notes = {}
    for chart in charts.all_charts(tables):
        notes[chart.name] = next(t.get_text().replace("\n", " ") for t in chart.figure.texts
                             if t.get_text().startswith("Source: "))
    assert notes["funding"] == ("Source: Welsh Local Government Association (WLGA), 'WLGA "
                                "Improvement Programme 2021-22 Update', 22 October 2021")
    assert notes["owners"] == ("Source: Welsh Local Government Association (WLGA) with Welsh "
                               "Government (WG), 'Working Group on Local Government "
                               "Recommendations', undated")
    assert not any(".txt" in note for note in notes.values())


def test_every_funding_option_is_numbered(tables):
    chart = charts.chart_funding(tables["grants"], tables["paragraphs"])
    lines = chart.figure.axes[0].get_xlabel().split("\n")
    numbered = [line for line in lines if line[:1].isdigit()]
    assert [line.split(".")[0] for line in numbered] == ["1", "2", "3"]
    assert numbered[2].startswith("3. Option 2 possibly supplemented by an annual grant")
    assert all(line.startswith(("1.", "2.", "3.", "Options", "  ")) for line in lines)


def test_every_former_name_is_still_importable():
    for name in ("Chart", "FIGURE_WIDTH", "SVG_HASHSALT", "CREATOR", "_HOUSE_RC", "_GREY",
                 "_TEXT_GREY", "_FALLBACK_CATEGORICAL", "_matplotlib", "_style", "_palette",
                 "_status_colours", "_wrap", "_new_figure", "_frame_figure", "_source_note",
                 "_join", "_plural", "_contrast", "_in_style", "_clause", "_number_word",
                 "_gbp_formatter", "_metadata", "_render", "_close", "_report_quarter_from",
                 "_default_report_quarter", "all_charts", "build_all_charts", "save_figure",
                 "write_figures_index", "chart_owners", "chart_owner_theme_heatmap",
                 "chart_area_counts", "chart_quarter_status", "chart_status_by_priority",
                 "chart_funding", "analysis", "config", "pd", "atomic_write", "quarter_label"):
        assert hasattr(charts, name), name
