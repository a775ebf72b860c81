"""The build near its floor (issue 12): chart workers started before the documents are
read, each figure laid out and measured once for all its formats, PNGs written as RGB, PDF
fonts subset without reading their layout tables. Speed itself is a bench/run.py row; these
tests pin the behaviour that makes it fast, and that the outputs stay what they were."""

from __future__ import annotations

import io
import sys
import warnings

import matplotlib.figure
import matplotlib.lines
import pytest
from fontTools.ttLib import TTFont
from PIL import Image, ImageChops

from wlga_analysis import build, charts
from wlga_analysis.chart_workers import ChartWorkers
from wlga_analysis.charts.style import _matplotlib, _style


@pytest.fixture(scope="module")
def tables():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build.load_tables()


def _owners(tables):
    return charts.chart_owners(tables["recommendations"])


def test_png_is_rgb_and_the_same_image_as_matplotlib_writes(tables):
    png = charts.render_formats(_owners(tables), ("png",), dpi=100)["png"]
    ours = Image.open(io.BytesIO(png))
    chart = _owners(tables)
    mpl = _matplotlib()
    buffer = io.BytesIO()
    with mpl.style.context(_style()):
        chart.figure.savefig(buffer, format="png", dpi=100, facecolor="white")
    theirs = Image.open(buffer)
    assert (ours.mode, theirs.mode) == ("RGB", "RGBA")
    assert theirs.getchannel("A").getextrema() == (255, 255)  # nothing was transparent
    assert ours.size == theirs.size
    assert ImageChops.difference(ours, theirs.convert("RGB")).getbbox() is None
    assert ours.info["Title"] == chart.title
    assert ours.info["dpi"] == pytest.approx((100, 100), abs=0.01)
    assert "Software" not in ours.info
    assert len(png) < len(buffer.getvalue())


def test_later_formats_reuse_the_layout_and_draw_the_figure_once(tables, monkeypatch):
    draws = []
    original = matplotlib.figure.Figure.draw

    def counted(self, renderer):
        draws.append(type(renderer).__name__)
        return original(self, renderer)

    monkeypatch.setattr(matplotlib.figure.Figure, "draw", counted)
    chart = _owners(tables)
    engine, canvas = chart.figure.get_layout_engine(), chart.figure.canvas
    files = charts.render_formats(chart, ("png", "svg", "pdf"), dpi=50)
    # PNG first: the layout engine runs on its own (savefig's measuring pass, a whole
    # drawing with drawing turned off, is not needed), then one drawing per format
    assert draws == ["RendererAgg", "MixedModeRenderer", "MixedModeRenderer"]
    assert sorted(files) == ["pdf", "png", "svg"]
    assert chart.figure.get_layout_engine() is engine  # given back as it was
    assert chart.figure.canvas is canvas
    # the same bytes as when savefig lays the figure out itself (its measuring pass)
    draws.clear()  # another format first: savefig's measuring pass, as before
    again = charts.render_formats(_owners(tables), ("svg", "png"), dpi=50)
    assert draws == ["MixedModeRenderer", "MixedModeRenderer", "RendererAgg"]
    with_pass = charts.render_formats(_owners(tables), ("png",), dpi=50)
    monkeypatch.setattr("wlga_analysis.charts.save._lay_out_for_raster",
                        lambda figure, dpi: None)
    assert charts.render_formats(_owners(tables), ("png",), dpi=50) == with_pass
    assert sorted(again) == ["png", "svg"]


def test_a_figure_without_axes_renders_without_a_layout_warning():
    # the chart server's warm-up figure holds only texts: no layout engine run, no warning
    from wlga_analysis.charts.layout import new_figure
    from wlga_analysis.charts.style import Chart

    figure = new_figure(0.5)
    figure.text(0.1, 0.5, "0 £", fontweight="bold")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        files = charts.render_formats(Chart(figure, "warm-up", "", ""), ("png", "svg", "pdf"),
                                      dpi=10)
    assert sorted(files) == ["pdf", "png", "svg"]


def test_pdf_fonts_are_subset_without_reading_their_layout_tables(tables, monkeypatch):
    read = []
    original = TTFont._readTable

    def recorded(self, tag):
        read.append(tag)
        return original(self, tag)

    monkeypatch.setattr(TTFont, "_readTable", recorded)
    pdf = charts.render_formats(_owners(tables), ("pdf",))["pdf"]
    assert {"glyf", "cmap"} <= set(read)  # fonts were subset here
    assert not {"GSUB", "GPOS", "GDEF", "kern"} & set(read)
    assert b"/FontFile2" in pdf  # still TrueType (Type 42): editable text


def test_chart_server_starts_before_the_tables_and_renders_what_one_process_does(tables):
    # (the bytes of every format against one process: tests/test_reproducible.py, on the
    # build's figures; here the server's life and the order of what it gives back)
    with ChartWorkers(("svg",), workers=2) as workers:
        server = workers._server
        assert server.is_alive()  # started before it has any table
        workers.submit(tables)
        parallel = workers.results()
    assert server.exitcode == 0
    assert [r.name for r in parallel] == [c.name for c in charts.all_charts(tables)]
    funding = charts.render_formats(charts.chart_funding(tables["grants"],
                                                         tables["paragraphs"]), ("svg",))
    assert parallel[-1].files == funding  # one chart in this process, as a spot check


def test_the_chart_server_warms_up_without_collecting_and_freezes_what_it_made():
    import gc

    from wlga_analysis.chart_workers import _warm_up_frozen

    seen = {}

    def warm_up(formats):
        seen["collecting"] = gc.isenabled()
        seen["formats"] = formats
        seen["objects"] = [[i] for i in range(1000)]  # lives on, like imported modules

    frozen_before = gc.get_freeze_count()
    assert gc.isenabled()
    try:
        _warm_up_frozen(("png",), warm_up)
        assert seen["collecting"] is False and seen["formats"] == ("png",)
        assert gc.isenabled()  # the collector is on again for the workers' own objects
        assert gc.get_freeze_count() >= frozen_before + 1000  # never walked again
    finally:
        gc.unfreeze()


def test_the_collector_comes_back_on_when_the_warm_up_fails():
    import gc

    from wlga_analysis.chart_workers import _warm_up_frozen

    def broken(formats):
        raise RuntimeError("no fonts")

    try:
        with pytest.raises(RuntimeError, match="no fonts"):
            _warm_up_frozen(("pdf",), broken)
        assert gc.isenabled()
    finally:
        gc.unfreeze()


def test_chart_server_stops_when_the_build_fails_before_handing_it_tables():
    with pytest.raises(ValueError, match="bad document"), \
            ChartWorkers(("png",), workers=2) as workers:
        server = workers._server
        raise ValueError("bad document")
    assert not server.is_alive()


def test_a_chart_that_fails_in_a_worker_fails_the_build(tables):
    broken = {name: frame for name, frame in tables.items() if name != "grants"}
    with ChartWorkers(("svg",), workers=2) as workers:
        server = workers._server
        workers.submit(broken)
        with pytest.raises(KeyError, match="grants"):
            workers.results()
    assert not server.is_alive()


def test_one_worker_renders_in_this_process(tables, monkeypatch):
    from wlga_analysis.charts import collection

    monkeypatch.setattr(collection, "CHART_MAKERS", collection.CHART_MAKERS[:2])  # (quicker)
    with ChartWorkers(("svg",), workers=1) as workers:
        assert workers._server is None
        workers.submit(tables)
        rendered = workers.results()
    assert [r.name for r in rendered] == ["owners", "owner_theme_heatmap"]


class _Stop(Exception):
    pass


def test_build_starts_the_chart_workers_before_reading_the_documents(monkeypatch, tmp_path):
    events = []

    def enter(self):
        events.append("chart workers")
        raise _Stop

    records = build.document_records
    monkeypatch.setattr(ChartWorkers, "__enter__", enter)
    monkeypatch.setattr(build, "document_records",
                        lambda *args: events.append("documents") or records(*args))
    with pytest.raises(_Stop):
        build.build(tmp_path / "out")
    assert events == ["chart workers"]
    events.clear()
    build.build(tmp_path / "tables only", figures=False)  # no figures, no workers
    assert events == ["documents"]


def _text_chart(text: str):
    from wlga_analysis.charts.layout import new_figure
    from wlga_analysis.charts.style import Chart

    figure = new_figure(1.0)
    figure.text(0.05, 0.5, text)
    figure.text(0.05, 0.2, text, fontweight="bold")
    return Chart(figure, "text", "Text.", "Text")


@pytest.mark.parametrize("text", [
    "Two grants total £1,330,000 – the first, official figures",  # ligatures: fi, ff
    "Cyngor Sir Ddinbych: ŵyr a ŷd, ẁ ẃ ẅ ỳ → ≤ • “quoted”",  # Welsh, arrows, maths
    "Ωμέγα and кириллица",  # outside the working copies: from the font files
])
def test_pdf_fonts_from_working_copies_are_the_same_bytes(text, monkeypatch):
    from wlga_analysis.charts import pdf_fonts

    sources = []
    subset = pdf_fonts._subset

    def recorded(source, *args):
        sources.append("copy" if isinstance(source, io.BytesIO) else "file")
        return subset(source, *args)

    monkeypatch.setattr(pdf_fonts, "_subset", recorded)
    monkeypatch.setattr(pdf_fonts, "_use_working_fonts", False)
    from_files = charts.render_formats(_text_chart(text), ("pdf",))["pdf"]
    assert set(sources) == {"file"}
    sources.clear()
    pdf_fonts.use_working_fonts()
    charts.render_formats(_text_chart(text), ("pdf",))  # makes the working copies
    sources.clear()
    from_copies = charts.render_formats(_text_chart(text), ("pdf",))["pdf"]
    assert from_copies == from_files
    if "Ω" in text:
        assert "file" in sources  # glyphs the copies do not have
    else:
        assert set(sources) == {"copy"}


def test_handing_over_large_tables_does_not_wait_for_the_server(tables, monkeypatch):
    import multiprocessing
    import time

    import pandas as pd

    from wlga_analysis.charts import collection

    warmed = multiprocessing.get_context("fork").Event()
    warm_up = collection._warm_up

    def slow_warm_up(formats):  # the server (forked from here) warms up until told
        warmed.wait(60)
        warm_up(formats)

    monkeypatch.setattr(collection, "_warm_up", slow_warm_up)
    monkeypatch.setattr(collection, "CHART_MAKERS", collection.CHART_MAKERS[:1])  # (quicker)
    texts = [f"{i} " + "x" * 1000 for i in range(2000)]  # 2 MB, each text its own
    large = {**tables, "extra": pd.DataFrame({"text": texts})}
    with ChartWorkers(("svg",), workers=2) as workers:
        start = time.perf_counter()
        workers.submit(large)  # more than a pipe holds, and the server is not reading
        handed_over = time.perf_counter() - start
        warmed.set()
        rendered = workers.results()
    assert handed_over < 30  # it would wait the server's whole 60 s warm-up
    assert [r.name for r in rendered] == ["owners"]


def _dejavu() -> str:
    from matplotlib import font_manager

    return font_manager.findfont("DejaVu Sans")


def test_working_fonts_are_kept_on_disk_and_read_back_the_same(tmp_path, monkeypatch):
    import gc

    from wlga_analysis.charts import pdf_fonts

    monkeypatch.setattr(pdf_fonts, "working_font_folder", lambda: tmp_path)
    monkeypatch.setattr(pdf_fonts, "_working_fonts", {})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        made = pdf_fonts.working_font(_dejavu())
        gc.collect()
    assert made is not None and len(list(tmp_path.glob("*.json"))) == 1
    assert not [w for w in caught if w.category is ResourceWarning]  # the font file closed

    def not_again(*args):
        raise AssertionError("the working copy was made again instead of read back")

    monkeypatch.setattr(pdf_fonts, "_make_working_font", not_again)
    monkeypatch.setattr(pdf_fonts, "_working_fonts", {})  # as in a new process
    read = pdf_fonts.working_font(_dejavu())
    assert read == made  # the same bytes, glyph map and requested glyphs


@pytest.mark.parametrize("damage", [
    lambda text: text[: len(text) // 2],  # cut short
    lambda text: text.replace('"data":"', '"data":"AAAA', 1),  # other bytes, old checksum
    lambda text: "[1, 2, 3]",  # not a record
])
def test_a_damaged_working_font_on_disk_is_made_again(tmp_path, monkeypatch, damage):
    from wlga_analysis.charts import pdf_fonts

    monkeypatch.setattr(pdf_fonts, "working_font_folder", lambda: tmp_path)
    monkeypatch.setattr(pdf_fonts, "_working_fonts", {})
    made = pdf_fonts.working_font(_dejavu())
    (stored,) = tmp_path.glob("*.json")
    stored.write_text(damage(stored.read_text()))
    monkeypatch.setattr(pdf_fonts, "_working_fonts", {})
    assert pdf_fonts.working_font(_dejavu()) == made
    assert pdf_fonts._read_stored(stored) == made  # and written again, whole


def test_a_changed_font_file_gets_a_working_copy_of_its_own(tmp_path, monkeypatch):
    import os
    import shutil

    from wlga_analysis.charts import pdf_fonts

    monkeypatch.setattr(pdf_fonts, "working_font_folder", lambda: tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    font = tmp_path / "font.ttf"
    shutil.copyfile(_dejavu(), font)
    first = pdf_fonts._stored_path(font, 0)
    os.utime(font, ns=(0, 10**18))  # the file replaced by another
    assert pdf_fonts._stored_path(font, 0) != first
    assert pdf_fonts._stored_path(font, 1) != pdf_fonts._stored_path(font, 0)
    assert pdf_fonts._stored_path(tmp_path / "missing.ttf", 0) is None


_RENDER_WITHOUT_SETTER_DOCS = """
import hashlib, json, warnings
from wlga_analysis.chart_workers import _import_matplotlib_without_setter_docs
_import_matplotlib_without_setter_docs()
import matplotlib.artist, matplotlib.lines
from wlga_analysis import build, charts
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    tables = build.load_tables()
files = charts.render_formats(charts.chart_owners(tables["recommendations"]), dpi=100)
print(json.dumps({"docs": len(matplotlib.lines.Line2D.set.__doc__),
                  "kwdoc": len(matplotlib.artist.kwdoc(matplotlib.lines.Line2D)),
                  "files": {f: hashlib.sha256(b).hexdigest() for f, b in files.items()}}))
"""


def test_the_chart_server_imports_matplotlib_without_setter_docs_and_renders_the_same(tables):
    import hashlib
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _RENDER_WITHOUT_SETTER_DOCS],
                          capture_output=True, text=True, check=True)
    there = json.loads(done.stdout.splitlines()[-1])
    here = charts.render_formats(_owners(tables), dpi=100)
    assert there["files"] == {f: hashlib.sha256(b).hexdigest() for f, b in here.items()}
    assert there["docs"] < 1000 < len(matplotlib.lines.Line2D.set.__doc__)  # skipped there
    assert there["kwdoc"] > 1000  # and kwdoc itself given back


_STARTED: list = []  # [the file the workers write each chart's index to when it starts]


def _render_recording_its_start(index, *args):
    from wlga_analysis.charts import collection

    with _STARTED[0].open("a") as log:  # (workers are processes: they share the file)
        log.write(f"{index}\n")
    return collection._render_one_unrecorded(index, *args)


def test_the_workers_start_the_costliest_charts_first(tables, tmp_path, monkeypatch):
    from wlga_analysis.charts import collection

    monkeypatch.setattr(collection, "_render_one_unrecorded", collection._render_one,
                        raising=False)
    monkeypatch.setattr(collection, "_render_one", _render_recording_its_start)
    monkeypatch.setattr(sys.modules[__name__], "_STARTED", [tmp_path / "started.txt"])
    with ChartWorkers(("svg",), workers=2) as workers:
        workers.submit(tables)
        names = [chart.name for chart in workers.results()]
    started = (tmp_path / "started.txt").read_text().split()
    order = [collection.CHART_MAKERS[int(i)] for i in started]
    assert order[0] in collection.COSTLIEST_FIRST[:2]  # (two workers start at once)
    assert order.index(collection.COSTLIEST_FIRST[0]) < 2  # the costliest, whoever is first
    assert sorted(map(int, started)) == list(range(len(collection.CHART_MAKERS)))
    assert names == [chart.name for chart in charts.all_charts(tables)]  # published order
