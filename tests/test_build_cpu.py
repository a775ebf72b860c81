"""The build's CPU (issue 12): what the chart server's processes no longer do (read fonts
through Python files, unpickle every table once a chart, map fresh memory for each
chart's pixels, subset PDF fonts from 1,800-glyph copies), and that the outputs stay
what they were. Speed itself is a bench/run.py row."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings

import pytest

from wlga_analysis import build

_RENDER = """
import hashlib, json, sys, warnings
from wlga_analysis import build, charts
from wlga_analysis.charts import font_files
if sys.argv[1] == "memory":
    font_files.read_fonts_from_memory()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    tables = build.load_tables()
from matplotlib import font_manager
font = font_manager.get_font(font_manager.findfont("DejaVu Sans"))
files = {}
for chart in charts.all_charts(tables)[:1]:  # (one chart: every font is read alike)
    for fmt, data in charts.render_formats(chart, dpi=100).items():  # (any resolution)
        files[chart.name + "." + fmt] = hashlib.sha256(data).hexdigest()
print(json.dumps({"fname": type(font.fname).__name__, "path": str(font.fname),
                  "files": files}))
"""


def _render_in_a_process(how: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _RENDER, how], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def test_fonts_read_from_memory_render_the_same_bytes_in_every_format():
    from_files = _render_in_a_process("files")
    from_memory = _render_in_a_process("memory")
    assert from_files["fname"] == "str"
    assert from_memory["fname"] == "FontFile"  # FreeType reads it from memory
    assert from_memory["path"] == from_files["path"]  # and it still names its file
    assert len(from_memory["files"]) == 3
    assert from_memory["files"] == from_files["files"]


def test_a_font_file_that_cannot_be_read_into_memory_is_opened_as_before(tmp_path,
                                                                         monkeypatch):
    from wlga_analysis.charts import font_files

    monkeypatch.setattr(font_files, "_font_bytes", {})
    assert font_files.FontFile.of(tmp_path / "missing.ttf") is None
    assert font_files.FontFile.of(123) is None  # not a path
    big = tmp_path / "big.ttf"
    big.write_bytes(b"\0" * 100)
    monkeypatch.setattr(font_files, "FONT_FILE_LIMIT", 99)
    assert font_files.FontFile.of(big) is None
    monkeypatch.setattr(font_files, "FONT_FILE_LIMIT", 100)
    font = font_files.FontFile.of(big)
    assert str(font) == str(big) and font.read() == b"\0" * 100


_SERVER_STATE = """
import json
from wlga_analysis.charts import collection
from wlga_analysis import chart_workers
collection._warm_up(("pdf",))
from matplotlib import font_manager
print(json.dumps({"module": type(font_manager.ft2font).__name__,
                  "mallopt": chart_workers._keep_freed_memory()}))
"""


def test_the_chart_server_reads_fonts_from_memory_and_keeps_freed_memory():
    done = subprocess.run([sys.executable, "-c", _SERVER_STATE], capture_output=True,
                          text=True, check=True)
    state = json.loads(done.stdout)
    assert state["module"] == "_FT2FontFromMemory"  # turned on by the warm-up
    assert state["mallopt"] is (sys.platform == "linux")  # glibc here


@pytest.fixture(scope="module")
def tables():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return build.load_tables()


def test_a_worker_finds_its_job_in_the_memory_it_was_forked_with(tables, monkeypatch):
    from wlga_analysis import analysis, chart_workers
    from wlga_analysis.charts.quarters import _report_quarter_from

    quarter = analysis._as_quarter(_report_quarter_from(tables))
    jobs = [(i, tables, quarter, ("svg",), 72, None, True) for i in (5, 0)]
    monkeypatch.setattr(chart_workers, "_JOBS", jobs)
    rendered = chart_workers._render_job(1)  # an index, not the tables
    assert rendered.name == "owners" and rendered.files["svg"].startswith(b"<?xml")


def test_pdf_font_working_copies_are_small_and_hold_what_charts_write():
    from matplotlib import font_manager

    from wlga_analysis.charts import pdf_fonts

    copy = pdf_fonts.working_font(font_manager.findfont("DejaVu Sans"))
    assert 400 < len(copy.glyph_ids) < 800  # not the 1,800 glyphs of every Latin block
    font = font_manager.get_font(font_manager.findfont("DejaVu Sans"))
    text = "Two grants total £1,330,000 – “fi” ŵ ŷ ẁ ỳ € → ≤ − • ■ ●"
    assert {font.get_char_index(ord(c)) for c in text} <= copy.requested
