"""Paths come from the package location, never the working directory."""

from __future__ import annotations

import subprocess
import sys

from wlga_analysis import config


def test_paths_are_under_the_project_root():
    assert (config.PROJ_ROOT / "pyproject.toml").is_file()
    for path in (config.RAW_DIR, config.PROCESSED_DIR, config.FIGURES_DIR,
                 config.NOTEBOOKS_DIR):
        assert path.is_relative_to(config.PROJ_ROOT)
        assert path.is_dir()


def test_paths_do_not_depend_on_the_working_directory(tmp_path):
    code = "from wlga_analysis import config; print(config.RAW_DIR)"
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, check=True,
                         capture_output=True, text=True).stdout.strip()
    assert out == str(config.RAW_DIR)
