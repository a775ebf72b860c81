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
    """The project's notebooks, in their numbered order.

    Returns
    -------
    list of Path
        The ``NN_*.ipynb`` files in ``notebooks/``, sorted.

    Examples
    --------
    >>> [path.name for path in notebook_paths()]  # doctest: +NORMALIZE_WHITESPACE
    ['00_data_tour.ipynb', '01_delivery_by_owner.ipynb', '02_delivery_by_area.ipynb',
     '03_delivery_by_quarter.ipynb', '04_funding.ipynb',
     '05_recommendation_to_delivery.ipynb', '06_delivery_over_time.ipynb']
    """
    return sorted(config.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))


def code_sha256(nb: Any) -> str:
    """sha256 of a notebook's code cells (their sources, in order).

    Markdown cells and outputs do not count, so editing prose needs no re-execution.

    Parameters
    ----------
    nb : NotebookNode
        A notebook, as read by ``nbformat.read``.

    Returns
    -------
    str
        64 hex digits.

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Owners"),
    ...                                      nbformat.v4.new_code_cell("1 + 1")])
    >>> code_sha256(nb) == hashlib.sha256(b"1 + 1\\0").hexdigest()
    True
    >>> nb.cells[0].source = "# Owners and partners"
    >>> code_sha256(nb) == hashlib.sha256(b"1 + 1\\0").hexdigest()
    True
    """
    digest = hashlib.sha256()
    for cell in nb.cells:
        if cell.cell_type == "code":
            digest.update(cell.source.encode("utf-8") + b"\0")
    return digest.hexdigest()


def is_current(nb: Any) -> bool:
    """True when the notebook's stored outputs came from its current code cells.

    That is: the code hash stored by :func:`execute` matches :func:`code_sha256`, and every
    non-empty code cell has an execution count.

    Parameters
    ----------
    nb : NotebookNode
        A notebook, as read by ``nbformat.read``.

    Returns
    -------
    bool

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")])
    >>> nb.metadata[METADATA_KEY] = {"code_sha256": code_sha256(nb)}
    >>> is_current(nb)  # the hash matches but the cell was never run
    False
    >>> nb.cells[0].execution_count = 1
    >>> is_current(nb)
    True
    >>> nb.cells[0].source = "1 + 2"
    >>> is_current(nb)  # edited since
    False

    The shipped notebooks' stored outputs are current:

    >>> all(is_current(nbformat.read(path, as_version=4)) for path in notebook_paths())
    True
    """
    stored = nb.metadata.get(METADATA_KEY, {}).get("code_sha256")
    executed = all(cell.get("execution_count") for cell in nb.cells
                   if cell.cell_type == "code" and cell.source.strip())
    return stored == code_sha256(nb) and executed


PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"


def inject_parameters(nb: Any, parameters: dict[str, Any]) -> Any:
    """Insert a cell setting ``parameters`` after the cell tagged ``parameters`` (the
    papermill convention: the new cell is tagged ``injected-parameters`` and replaces any
    earlier one). Returns the notebook, changed in place.

    Parameters
    ----------
    nb : NotebookNode
    parameters : dict
        Names and values (``repr`` must give Python source: str, None, lists of str).

    Returns
    -------
    NotebookNode

    Raises
    ------
    ValueError
        When no cell is tagged ``parameters``.

    Examples
    --------
    >>> import nbformat
    >>> params = nbformat.v4.new_code_cell("PROGRAMME = None")
    >>> params.metadata["tags"] = ["parameters"]
    >>> nb = nbformat.v4.new_notebook(cells=[params, nbformat.v4.new_code_cell("PROGRAMME")])
    >>> nb = inject_parameters(nb, {"PROGRAMME": "/data/update.txt"})
    >>> print(nb.cells[1].source)
    # Parameters injected by wlga_analysis
    PROGRAMME = '/data/update.txt'
    >>> nb.cells[1].metadata["tags"], len(inject_parameters(nb, {"PROGRAMME": None}).cells)
    (['injected-parameters'], 3)
    """
    import nbformat

    nb.cells = [c for c in nb.cells if INJECTED_TAG not in c.metadata.get("tags", [])]
    where = next((i for i, c in enumerate(nb.cells)
                  if PARAMETERS_TAG in c.metadata.get("tags", [])), None)
    if where is None:
        raise ValueError("the notebook has no cell tagged 'parameters'")
    lines = ["# Parameters injected by wlga_analysis"]
    lines += [f"{name} = {value!r}" for name, value in parameters.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.metadata["tags"] = [INJECTED_TAG]
    cell.id = "injected-parameters"
    nb.cells.insert(where + 1, cell)
    return nb


def document_parameters(recommendations: str | Path | None = None,
                        programmes: list[str | Path] | None = None) -> dict[str, Any]:
    """The parameters that point a notebook at other documents (absolute paths, since a
    notebook runs from its own folder).

    ``PROGRAMME`` is the last update given (the one notebooks 00-05 analyse);
    ``PROGRAMMES`` lists every update given, in order, for a notebook about a series.

    Examples
    --------
    >>> document_parameters()
    {}
    >>> params = document_parameters(programmes=["/data/oct.txt", "/data/jan.txt"])
    >>> params["PROGRAMME"], params["PROGRAMMES"]
    ('/data/jan.txt', ['/data/oct.txt', '/data/jan.txt'])
    """
    parameters: dict[str, Any] = {}
    if recommendations is not None:
        parameters["RECOMMENDATIONS"] = str(Path(recommendations).resolve())
    if programmes:
        paths = [str(Path(p).resolve()) for p in programmes]
        parameters["PROGRAMME"] = paths[-1]
        parameters["PROGRAMMES"] = paths
    return parameters


def execute(path: str | Path, *, timeout: int = 300, write: bool = True,
            parameters: dict[str, Any] | None = None,
            env: dict[str, str] | None = None) -> Any:
    """Execute a notebook in a fresh kernel (working directory: its folder) and store its
    outputs and code hash in place (unless ``write`` is False). Returns the notebook.

    The kernel talks to this process over local (IPC) sockets, not TCP.

    Parameters
    ----------
    path : str or Path
        The ``.ipynb`` file.
    timeout : int
        Seconds each cell may take.
    write : bool
        Write the executed notebook back to ``path``.
    parameters : dict, optional
        Injected after the ``parameters`` cell (see :func:`inject_parameters`).
    env : dict, optional
        Extra environment variables for the kernel.

    Returns
    -------
    NotebookNode
        The executed notebook, with its code hash in ``metadata["wlga_analysis"]``.

    Examples
    --------
    Executing starts a Jupyter kernel (seconds per notebook), so it is not run here:

    >>> path = notebook_paths()[0]
    >>> nb = execute(path, write=False)  # doctest: +SKIP
    >>> is_current(nb)  # doctest: +SKIP
    True

    What it stores is what :func:`is_current` checks; for the stored notebook:

    >>> import nbformat
    >>> stored = nbformat.read(path, as_version=4)
    >>> stored.metadata[METADATA_KEY]["code_sha256"] == code_sha256(stored)
    True
    """
    import os
    import tempfile

    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    path = Path(path)
    nb = nbformat.read(path, as_version=4)
    if parameters:
        inject_parameters(nb, parameters)
    with tempfile.TemporaryDirectory(prefix="wlga-kernel-") as sockets:
        km = KernelManager(kernel_name="python3", transport="ipc",
                           ip=str(Path(sockets) / "kernel"))
        client = NotebookClient(nb, km=km, timeout=timeout, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute(env={**os.environ, **(env or {})})
        finally:
            if km.has_kernel:
                km.shutdown_kernel(now=True)
            km.cleanup_resources()
    nb.metadata.pop("widgets", None)
    nb.metadata[METADATA_KEY] = {"code_sha256": code_sha256(nb)}
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
    if write:
        nbformat.write(nb, path)
    return nb


def jupyter_lab_command(root_dir: str | Path, port: int, host: str = "127.0.0.1") -> list[str]:
    """The command that serves JupyterLab on ``host:port`` for ``root_dir``, quietly: no
    browser, no port hopping, no news feed or update check (nothing leaves the machine).

    The token is left to the ``JUPYTER_TOKEN`` environment variable, so that it does not
    show in the process list.

    Parameters
    ----------
    root_dir : str or Path
        What the contents API serves (the project root).
    port : int
        A free port.
    host : str
        The address to listen on (default loopback only).

    Returns
    -------
    list of str
        For :class:`subprocess.Popen`.

    Examples
    --------
    >>> cmd = jupyter_lab_command("/project", 8899)
    >>> cmd[1:3], "--ServerApp.ip=127.0.0.1" in cmd, "--ServerApp.port=8899" in cmd
    (['-m', 'jupyterlab'], True, True)
    """
    import sys

    return [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root",
            f"--ServerApp.ip={host}", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
            f"--ServerApp.root_dir={root_dir}", "--ServerApp.open_browser=False",
            "--LabApp.news_url=None",
            "--LabApp.check_for_updates_class="
            "jupyterlab.handlers.announcements.NeverCheckForUpdate"]
