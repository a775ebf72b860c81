"""Safe outputs: no CSV cell runs as a formula, the workbook always opens, names cannot
forge log lines, and a build lands whole or not at all (full disk, killed, concurrent)."""

from __future__ import annotations

import csv
import errno
import logging
import os
import subprocess
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from wlga_analysis import build, config, outputs
from wlga_analysis.errors import ParseError
from wlga_analysis.testing import hostile

HOSTILE_BULLETS = (
    "- =HYPERLINK(\"http://evil.example\",\"click\") continues and is expected in June 2022.",
    "- =cmd|' /C calc'!A0 is expected in July 2022.",
    "- +44 29 2046 8600 is the number; work is due in May 2022.",
    "- @SUM(1+1)*cmd|' /C calc'!A0 work is due by March 2022.",
    "- -2+3 is expected in June 2022.",
    "- Work with a bad character \uffff is expected in June 2022.",
)


def _csv_cells(folder):
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                yield from ((path.name, cell) for cell in row)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    programme = tmp / "=update\x0c\nERROR forged line.txt"
    programme.write_text(hostile.programme_text(bullets=HOSTILE_BULLETS), encoding="utf-8")
    out = tmp / "out"
    logger = logging.getLogger("wlga_analysis")
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        written = build.build(out, programme=programme, figures=False)
    finally:
        logger.removeHandler(handler)
    return out, written, [r.getMessage() for r in records]


def test_no_csv_cell_starts_with_a_formula_character(hostile_build):
    out, _, _ = hostile_build
    cells = list(_csv_cells(out))
    assert not [c for c in cells if c[1].startswith(outputs.FORMULA_TRIGGERS)]
    texts = [cell for name, cell in cells if name == "programme.csv"]
    assert "'=cmd|' /C calc'!A0 is expected in July 2022." in texts
    assert "'-2+3 is expected in June 2022." in texts


def test_the_workbook_keeps_the_text_as_text_without_the_quote(hostile_build):
    out, _, _ = hostile_build
    sheet = load_workbook(out / build.WORKBOOK_NAME)["programme"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert "=cmd|' /C calc'!A0 is expected in July 2022." in [c.value for c in cells]
    assert not [c for c in cells if c.data_type == "f"]


def test_a_character_xml_forbids_is_replaced_and_reported(hostile_build, tmp_path):
    out, _, _ = hostile_build
    book = load_workbook(out / build.WORKBOOK_NAME)  # it opens
    texts = [c.value for c in book["programme"]["H"]] + [
        c.value for row in book["programme"].iter_rows() for c in row]
    assert any(isinstance(t, str) and "bad character \ufffd" in t for t in texts)
    quality = pd.read_csv(out / "data_quality.csv", keep_default_na=False)
    assert "non-character U+FFFF replaced by '\ufffd' (1)" in quality["message"].tolist()
    # written directly (no document read first), the workbook is still safe
    frame = pd.DataFrame({"text": ["page\x0cbreak", "ok\uffff"]})
    path = build.write_workbook({"areas": frame}, tmp_path / "t.xlsx")
    assert [c.value for c in load_workbook(path)["areas"]["A"]][1:] == [
        "page\ufffdbreak", "ok\ufffd"]


def test_a_file_name_cannot_forge_a_log_line_or_a_formula(hostile_build):
    out, _, messages = hostile_build
    assert not [m for m in messages if "\n" in m or "\x0c" in m]
    assert any("=update\\x0c\\nERROR forged line.txt" in m for m in messages)
    documents = pd.read_csv(out / "documents.csv", keep_default_na=False)
    assert documents["file"].tolist()[1] == "'=update\\x0c\\nERROR forged line.txt"


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=6), min_size=1, max_size=5))
def test_neutralised_cells_never_start_a_formula(cells):
    frame = outputs.neutralise_formulas(pd.DataFrame({"text": cells}, dtype="str"))
    for before, after in zip(cells, frame["text"], strict=True):
        assert not after.startswith(outputs.FORMULA_TRIGGERS)
        assert after in (before, "'" + before)


def test_a_real_negative_number_stays_a_number(tmp_path):
    grants = pd.DataFrame({"grant": ["refund"], "amount_gbp": [-5000]})
    build.write_csvs({"grants": grants}, tmp_path)
    assert (tmp_path / "grants.csv").read_text().splitlines()[1] == "refund,-5000"


# ------------------------------------------------------------------ whole or not at all

def _snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def previous_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("previous") / "out"
    build.build(out, figures=False)
    (out / "analyst-notes.md").write_text("kept")
    return out


def test_a_full_disk_is_a_clear_error_and_keeps_the_previous_outputs(previous_build,
                                                                      monkeypatch):
    before = _snapshot(previous_build)

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(build, "write_workbook", full)
    with pytest.raises(ParseError, match=r"No space left on device.*left as they were"):
        build.build(previous_build, figures=False)
    assert _snapshot(previous_build) == before
    assert sorted(p.name for p in previous_build.parent.iterdir()) == ["out"]


def test_an_unwritable_target_is_one_clear_line(tmp_path, capsys):
    from wlga_analysis.__main__ import main

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["build", "--out", str(blocker / "out"), "--no-figures"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {blocker / 'out'}: cannot write the build output")
    assert len(err.strip().splitlines()) == 1


def test_what_a_killed_build_left_is_cleaned_and_foreign_files_are_kept(previous_build):
    stray = previous_build / ".paragraphs.csv.k1ll3d.tmp"
    stray.write_text("half")
    staging = previous_build.parent / ".out.staging-k1ll3d"
    staging.mkdir()
    (staging / "areas.csv").write_text("half")
    build.build(previous_build, figures=False)
    assert sorted(p.name for p in previous_build.parent.iterdir()) == ["out"]
    assert not stray.exists()
    assert (previous_build / "analyst-notes.md").read_text() == "kept"


def test_a_build_killed_between_the_two_renames_is_recovered(previous_build):
    old = previous_build.parent / ".out.old-k1ll3d"
    os.rename(previous_build, old)
    build.build(previous_build, figures=False)
    assert (previous_build / "analyst-notes.md").read_text() == "kept"
    assert sorted(p.name for p in previous_build.parent.iterdir()) == ["out"]


def test_a_second_build_waits_for_the_lock(tmp_path, monkeypatch):
    monkeypatch.setattr(outputs, "LOCK_TIMEOUT_S", 0.2)
    target = tmp_path / "out"
    with outputs.StagedOutput(target), pytest.raises(ParseError, match="another build"):
        build.build(target, figures=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_two_builds_at_once_never_leave_a_mixed_folder(tmp_path):
    other = config.PROJ_ROOT / "tests" / "data" / "programme-2023-24-q1-update.txt"
    references = {}
    for name, programme in (("shipped", None), ("other", other)):
        build.build(tmp_path / name, programme=programme, figures=False)
        references[name] = _snapshot(tmp_path / name)
    out = tmp_path / "out"
    procs = [subprocess.Popen(
        [sys.executable, "-m", "wlga_analysis", "build", "--out", str(out), "--no-figures",
         *(["--programme", str(programme)] if programme else [])],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for programme in (None, other)]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
    assert _snapshot(out) in references.values()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other", "out", "shipped"]
