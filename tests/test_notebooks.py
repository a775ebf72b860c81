"""Every notebook's stored outputs are current, so strict nbval has something to compare."""

from __future__ import annotations

import json

import nbformat
import pytest

from wlga_analysis import notebooks

PATHS = notebooks.notebook_paths()


def test_there_are_notebooks():
    assert len(PATHS) >= 6


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_stored_outputs_are_current(path):
    nb = nbformat.read(path, as_version=4)
    assert notebooks.is_current(nb), (
        f"{path.name} changed but was not re-executed: run "
        "`python -m wlga_analysis notebooks` and commit it")


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_notebook_is_parameterised_and_uses_the_library(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert "parameters" in code[0].metadata.get("tags", [])
    assert "import wlga_analysis" in "\n".join(c.source for c in code)
    counts = [c.execution_count for c in code]
    assert counts == list(range(1, len(code) + 1)), "executed top to bottom in one kernel"
    source = "\n".join(c.source for c in code)
    for forbidden in ("import re", "read_csv(", "plt.subplots", "open("):
        assert forbidden not in source, f"{forbidden!r}: parsing/plotting belongs in the library"
    assert nb.cells[0].cell_type == "markdown"


def test_stale_notebook_is_detected(tmp_path):
    nb = nbformat.read(PATHS[0], as_version=4)
    code = next(c for c in nb.cells if c.cell_type == "code")
    code.source += "\n# edited"
    assert not notebooks.is_current(nb)


@pytest.mark.parametrize("path", PATHS, ids=[p.stem for p in PATHS])
def test_outputs_hold_no_machine_specific_paths(path):
    text = json.dumps(nbformat.read(path, as_version=4).dict())
    for marker in ("/work/", "/home/", "/tmp/", "site-packages"):
        assert marker not in text, f"{marker} in the stored outputs of {path.name}"
