"""Hostile probe 48 (bench/hostile-probe-48.md): the whole run. Where a build may write,
what a folder of updates holds besides updates, amounts that are not plain figures, cells
longer than Excel holds, Ctrl-C. Each test failed on the code before the probe."""

from __future__ import annotations

import logging
import shutil
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from wlga_analysis import build, config
from wlga_analysis.errors import ParseError
from wlga_analysis.series import read_series
from wlga_analysis.testing import hostile
from wlga_analysis.text.money import find_money

EXAMPLES = config.DATA_DIR / "examples"


# ------------------------------------------------------------------ where a build may write

@pytest.mark.parametrize("out", [config.RAW_DIR, config.RAW_DIR / "tables", config.DATA_DIR,
                                 config.PROJ_ROOT / "wlga_analysis", config.PROJ_ROOT])
def test_a_build_never_writes_over_the_raw_documents_the_package_or_a_folder_holding_them(out):
    before = sorted(p.name for p in out.parent.iterdir())
    with pytest.raises(ParseError, match=r"cannot write the build output here: it (is|holds)"):
        build.build(out, figures=False)
    assert sorted(p.name for p in out.parent.iterdir()) == before  # nothing created


def test_a_build_never_writes_over_a_folder_holding_a_document_it_reads(tmp_path):
    update = tmp_path / "update.txt"
    update.write_text(hostile.programme_text(), encoding="utf-8")
    with pytest.raises(ParseError, match=r"it holds update\.txt, a document this build reads"):
        build.build(tmp_path, programme=update, figures=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["update.txt"]


@pytest.mark.parametrize("command", [["export-docx", "--out"], ["report", "--out"],
                                     ["notebooks", "--out"]])
def test_other_commands_never_write_inside_the_raw_documents(command, capsys):
    from wlga_analysis.__main__ import main

    target = config.RAW_DIR / "written-by-a-test.docx"
    assert main([*command, str(target)]) == 2
    assert "cannot write here: it is inside the raw documents" in capsys.readouterr().err
    assert not target.exists()


def test_an_empty_programme_path_is_refused_not_read_as_the_current_folder():
    with pytest.raises(ParseError, match="an empty path"):
        read_series([""])


def test_ctrl_c_is_one_line_and_exit_status_130(monkeypatch, capsys):
    from wlga_analysis import __main__ as cli

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run", interrupted)
    assert cli.main(["validate", "--quiet"]) == 130
    err = capsys.readouterr().err
    assert err.startswith("interrupted") and "Traceback" not in err


# ------------------------------------------------------------------ a folder of updates

def test_lock_hidden_files_and_sub_folders_among_updates_are_left_out_and_said(tmp_path):
    for update in EXAMPLES.glob("*.txt"):
        shutil.copy(update, tmp_path / update.name)
    (tmp_path / "~$update-march.docx").write_bytes(b"\x0bAnalyst" + b"\x00" * 150)
    (tmp_path / ".~lock.update-march.docx#").write_text("Analyst,host,01.03.2022;")
    (tmp_path / "._update-march.txt").write_bytes(b"\x00\x05\x16\x07Mac OS X")
    (tmp_path / "old").mkdir()
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    series = read_series(tmp_path)
    assert [p.name for p in series.paths] == sorted(p.name for p in EXAMPLES.glob("*.txt"))
    said = {i.document: i.message for i in series.issues if i.check == "not an update"}
    assert sorted(said) == sorted([".~lock.update-march.docx#", "._update-march.txt",
                                   "gone.txt", "old", "~$update-march.docx"])
    assert "lock file" in said["~$update-march.docx"]
    assert "hidden file" in said["._update-march.txt"]
    assert "is a folder" in said["old"]
    assert "does not exist" in said["gone.txt"]


# ------------------------------------------------------------------ amounts

@pytest.mark.parametrize(("text", "printed", "problem"), [
    ("secure £8e5 of funding", "£8", "an exponent"),
    ("a cut of -£50,000 this year", "-£50,000", "a minus sign"),
    ("a cut of (−£50,000) this year", "−£50,000", "a minus sign"),
    ("a deficit of £(200,000) in the accounts", "£(200,000)", "in brackets"),
    ("half of it, £½m, is spent", "£½m,", "a fraction"),
    ("secure £800.000 of funding", "£800.000", "a point before three digits"),
    ("secure £800, 000 of funding", "£800", "a plain space"),  # broken over a line
    ("GBP (£(5)) is owed", "£(5))", "in brackets"),
])
def test_an_amount_that_is_not_a_plain_figure_is_reported_never_read_wrong(text, printed,
                                                                           problem):
    found = find_money(text)
    assert [(m.printed, m.value) for m in found] == [(printed, None)]
    assert problem in found[0].problem


@pytest.mark.parametrize(("text", "value"), [
    ("GBP800k", Decimal("800000")), ("£40,000-£50,000", Decimal("40000")),
    ("£1,234.567", Decimal("1234.567")), ("£1.125m", Decimal("1125000.000")),
    ("2021-£5 each", Decimal("5")),
])
def test_plain_figures_beside_those_forms_are_still_read(text, value):
    assert find_money(text)[0].value == value


def test_an_amount_broken_over_a_line_is_reported_not_read_as_its_first_group(tmp_path):
    from wlga_analysis import load_grants

    text = config.SHIPPED_PROGRAMME.read_text(encoding="utf-8").replace(
        "secure £800,000 grant", "secure £800,\n000 grant", 1)
    assert "£800,\n000" in text  # (a PDF column or a hard wrap broke the figure)
    path = tmp_path / "update.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.warns(UserWarning, match=r"'£800' .* not a well-formed amount"):
        grants = load_grants(path)
    assert 800 not in grants["amount_gbp"].tolist()


# ------------------------------------------------------------------ the workbook

def test_a_cell_longer_than_excel_holds_is_cut_with_a_note_and_reported(tmp_path, caplog):
    import pandas as pd

    text = "A long note. " * 3100  # 40,300 characters
    table = pd.DataFrame({"heading": ["h"], "kind": ["paragraph"], "text": [text],
                          "paragraph": [1], "source_line": [1]})
    with caplog.at_level(logging.WARNING, logger="wlga_analysis"):
        path = build.write_workbook({"paragraphs": table}, tmp_path / "book.xlsx")
    cells = [c.value for row in load_workbook(path)["paragraphs"].iter_rows() for c in row]
    cut = next(c for c in cells if isinstance(c, str) and c.startswith("A long note."))
    assert len(cut) == 32_767 and cut.endswith("more than an Excel cell holds; see the CSV]")
    assert any("more than an Excel cell holds" in r.getMessage() for r in caplog.records)
