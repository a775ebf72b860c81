"""The command line: build, validate and clear errors without tracebacks."""

from __future__ import annotations

import subprocess
import sys

from wlga_analysis.__main__ import main


def test_validate_prints_the_report(capsys):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "working-group-recommendations.txt:" in out
    assert "no owner" in out
    assert out.strip().endswith("data-quality issue(s) found")


def test_validate_strict_fails_on_issues():
    assert main(["validate", "--strict", "--quiet"]) == 1


def test_bad_input_is_one_clear_line_not_a_traceback(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01\x02binary")
    result = subprocess.run(
        [sys.executable, "-m", "wlga_analysis", "build", "--out", str(tmp_path / "out"),
         "--programme", str(junk), "--no-figures"],
        capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"error: {junk}" in result.stderr
    assert "NUL" in result.stderr


def test_build_writes_into_out(tmp_path):
    assert main(["build", "--out", str(tmp_path), "--no-figures"]) == 0
    assert (tmp_path / "wlga_analysis.xlsx").is_file()
    assert (tmp_path / "recommendations.csv").is_file()


def test_build_logs_what_it_read_wrote_and_warned(tmp_path, monkeypatch, capsys):
    from wlga_analysis import config, documents

    log = tmp_path / "logs" / "run.log"
    monkeypatch.setattr(config, "LOG_FILE", log)
    assert main(["build", "--out", str(tmp_path / "out"), "--no-figures"]) == 0
    text = log.read_text()
    for kind in ("recommendations", "programme"):
        sha = documents.shipped_record(kind)["sha256"]
        assert f"read {kind} document" in text and f"sha256={sha}" in text
    assert "wrote " in text and "wlga_analysis.xlsx sha256=" in text
    assert "data quality: working-group-recommendations.txt, line 26" in text
    progress = capsys.readouterr().err
    assert "[build] reading the programme document improvement-programme" in progress
    assert "[build] writing the Excel workbook" in progress


def test_a_data_quality_warning_of_reading_is_one_line(tmp_path):
    from wlga_analysis import config

    shipped = (config.RAW_DIR / "improvement-programme-2021-22-update.txt").read_text()
    update = tmp_path / "update.txt"
    changed = shipped.replace("Programme Set Up", "Programme\u200b Set Up", 1)
    update.write_text(changed, encoding="utf-8")
    line = next(n for n, text in enumerate(changed.splitlines(), 1) if "\u200b" in text)
    done = subprocess.run(  # (pytest records warnings in its own process)
        [sys.executable, "-m", "wlga_analysis", "build", "--out", str(tmp_path / "out"),
         "--no-figures", "--programme", str(update)], capture_output=True, text=True,
        check=False)
    assert done.returncode == 0
    err = done.stderr.splitlines()
    quality = [line for line in err if "zero-width space" in line]
    assert quality == [f"data quality: update.txt, line {line}: "
                       "zero-width space removed (1)"]
    assert not any(".py:" in line or "DataQualityWarning" in line for line in err)


def test_an_output_path_that_cannot_be_written_is_one_clear_line(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert main(["export-docx", "--out", str(blocker / "briefing.docx")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"error: {blocker}: File exists"
