"""Reproducibility: two builds in separate processes write byte-identical files.

One double build (the two run side by side, each in a fresh interpreter with its own
hash seed), then every output is compared byte for byte: CSVs, the Excel workbook, every
figure (PNG, SVG, PDF, alt text) and the figures index. The workbook is also read back
with openpyxl: each table sheet equals its CSV cell for cell and no cell is a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wlga_analysis import config
from wlga_analysis.build import TABLE_ORDER, WORKBOOK_NAME, _column_heading

BUILD_TIMEOUT = 300


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    outs = [tmp_path_factory.mktemp(f"build{n}") / "out" for n in (1, 2)]
    procs = []
    for n, out in enumerate(outs):
        env = {**os.environ, "PYTHONHASHSEED": str(n + 1), "MPLBACKEND": "Agg"}
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "wlga_analysis", "build", "--out", str(out)],
            cwd=out.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True))
    for proc in procs:
        stdout, stderr = proc.communicate(timeout=BUILD_TIMEOUT)
        assert proc.returncode == 0, f"build failed:\n{stdout}\n{stderr}"
        _OUTPUT.append(stdout + stderr)
    return outs


#: What the two builds of ``two_builds`` printed.
_OUTPUT: list[str] = []


def test_a_build_prints_no_warnings(two_builds):
    assert len(_OUTPUT) == 2 and all("wrote" in text for text in _OUTPUT)
    assert not [line for text in _OUTPUT for line in text.splitlines()
                if "Warning" in line or "warnings.warn" in line]


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_every_output_is_byte_identical(two_builds):
    first, second = (_files(out) for out in two_builds)
    assert sorted(first) == sorted(second)
    differ = [name for name in first if first[name] != second[name]]
    assert not differ, f"files differ between two builds: {differ}"


def test_the_build_s_figures_are_what_one_process_renders(two_builds):
    """The chart server (fonts read from memory, jobs found in forked memory, small working
    font copies) writes the bytes one process renders, in every format."""
    import warnings

    from wlga_analysis import build, charts

    figures = _files(two_builds[0] / "figures")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        serial = charts.render_all_charts(build.load_tables(), workers=1)
    rendered = {f"{chart.name}.{fmt}": data for chart in serial
                for fmt, data in chart.files.items()}
    assert len(rendered) == 18
    assert {name: figures[name] for name in rendered} == rendered


def test_the_build_writes_every_kind_of_output(two_builds):
    names = set(_files(two_builds[0]))
    assert {f"{t}.csv" for t in TABLE_ORDER} <= names
    assert WORKBOOK_NAME in names
    assert {"figures/figures.csv", "figures/figures.md"} <= names
    for ext in (".png", ".svg", ".pdf", ".alt.txt"):
        assert any(n.startswith("figures/") and n.endswith(ext) for n in names), ext
    stems = {n[len("figures/"):-len(".png")] for n in names
             if n.startswith("figures/") and n.endswith(".png")}
    for stem in stems:  # every chart in every format, with its alt text
        for ext in (".svg", ".pdf", ".alt.txt"):
            assert f"figures/{stem}{ext}" in names


def _csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _as_csv_text(value) -> str:
    """A workbook cell written the way pandas writes it to CSV (a date cell as ISO text)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return repr(value)
    return str(value)


def test_workbook_equals_the_csvs_cell_for_cell(two_builds):
    from openpyxl import load_workbook

    out = two_builds[0]
    book = load_workbook(out / WORKBOOK_NAME)
    assert book.sheetnames == ["contents", *TABLE_ORDER]
    formulas = [f"{ws.title}!{cell.coordinate}" for ws in book.worksheets
                for row in ws.iter_rows() for cell in row if cell.data_type == "f"]
    assert not formulas, f"formula cells: {formulas[:10]}"
    for name in TABLE_ORDER:
        ws = book[name]
        sheet = [[_as_csv_text(v) for v in row] for row in ws.iter_rows(values_only=True)]
        rows = _csv_rows(out / f"{name}.csv")
        # the sheet's header row shows each column's readable heading (the CSV keeps names)
        rows[0] = [_column_heading(name, column) for column in rows[0]]
        assert len(sheet) == len(rows), f"{name}: {len(sheet)} sheet rows, {len(rows)} in CSV"
        for n, (a, b) in enumerate(zip(sheet, rows, strict=True), start=1):
            assert a == b, f"{name} row {n}: workbook {a!r} != CSV {b!r}"


def test_builds_do_not_touch_the_shipped_outputs(two_builds):
    # --out keeps everything under the folder given: nothing is written beside it
    for out in two_builds:
        assert sorted(p.name for p in out.parent.iterdir()) == ["out"]
    assert config.RAW_DIR.is_dir()
