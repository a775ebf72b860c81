"""Executing the project's notebooks and checking that their stored outputs are current.

A notebook is executed top to bottom in a fresh kernel from the ``notebooks/`` folder; the
sha256 of its code cells is then stored in its metadata (``metadata.wlga_analysis``), so a
test can tell when a notebook was edited but not re-executed.

Examples
--------
>>> import nbformat
>>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
>>> len(code_sha256(nb))
64
>>> is_current(nb)
False
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from wlga_analysis import config

METADATA_KEY = "wlga_analysis"


def notebook_paths() -> list[Path]:
    """The project's notebooks, in their numbered order."""
    return sorted(config.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def code_sha256(nb: Any) -> str:
    """sha256 of a notebook's code cells (their sources, in order)."""
    digest = hashlib.sha256()
    for cell in nb.cells:
        if cell.cell_type == "code":
            digest.update(cell.source.encode("utf-8") + b"\0")
    return digest.hexdigest()


def is_current(nb: Any) -> bool:
    """True when the notebook's stored outputs came from its current code cells."""
    stored = nb.metadata.get(METADATA_KEY, {}).get("code_sha256")
    executed = all(cell.get("execution_count") for cell in nb.cells
                   if cell.cell_type == "code" and cell.source.strip())
    return stored == code_sha256(nb) and executed


def execute(path: str | Path, *, timeout: int = 300, write: bool = True) -> Any:
    """Execute a notebook in a fresh kernel (working directory: its folder) and store its
    outputs and code hash in place (unless ``write`` is False). Returns the notebook."""
    import nbformat
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    nb.metadata.pop("widgets", None)
    nb.metadata[METADATA_KEY] = {"code_sha256": code_sha256(nb)}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    if write:
        nbformat.write(nb, path)
    return nb
