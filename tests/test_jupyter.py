"""A real JupyterLab server serves the project's notebooks and runs them in a kernel.

The test starts ``python -m jupyterlab`` on 127.0.0.1 (random free port, random token,
root directory = the project root, Jupyter's runtime/config/data directories in a temporary
folder so nothing of the user's is read or written), lists ``notebooks/`` through the REST
API, starts a kernel through the API, runs the first code cell of the first notebook over the
kernel's websocket (Jupyter messaging protocol, JSON framing) and then shuts the kernel and
the server down. Everything talks to the loopback address only and is bounded in time; the
server's process group is always ended, even when an assertion fails.
"""

from __future__ import annotations

import ast
import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import nbformat
import pytest
import websocket  # websocket-client, a dependency of jupyter_server

from wlga_analysis import config, notebooks

HOST = "127.0.0.1"
#: Longest wait for the server to answer ``/api/status`` (seconds).
STARTUP_TIMEOUT = 60.0
#: Longest wait for one ``execute_request`` to finish (seconds).
EXECUTE_TIMEOUT = 30.0
#: Longest wait for the server process to exit after ``POST /api/shutdown`` (seconds).
SHUTDOWN_TIMEOUT = 15.0
#: A direct opener: loopback requests must never go through an ``http_proxy`` from the env.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class Server:
    """A running Jupyter server: its process, address, token and log file."""

    proc: subprocess.Popen[bytes]
    port: int
    token: str
    log: Path

    @property
    def base(self) -> str:
        """Base URL of the server (loopback only)."""
        return f"http://{HOST}:{self.port}"

    def log_tail(self, n: int = 40) -> str:
        """Last ``n`` lines of the server's log, for failure messages."""
        try:
            lines = self.log.read_text(errors="replace").splitlines()
        except OSError:
            return "<no log>"
        return "\n".join(lines[-n:])

    def api(self, method: str, path: str, body: Any = None, timeout: float = 10.0) -> Any:
        """Call the REST API with the token and return the decoded JSON (None if empty).

        Parameters
        ----------
        method : str
            HTTP method (``GET``, ``POST``, ``DELETE``).
        path : str
            Path below the base URL, starting with ``/api/``.
        body : Any, optional
            JSON-serialisable request body.
        timeout : float
            Socket timeout in seconds.
        """
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path, data=data, method=method,
            headers={"Authorization": f"token {self.token}",
                     "Content-Type": "application/json"})
        with _OPENER.open(request, timeout=timeout) as response:
            payload = response.read()
        return json.loads(payload) if payload else None


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment for the server and its kernels, with every Jupyter/IPython directory
    that would be written to (runtime, config, data, lab settings, IPython profile) in
    ``home``."""
    env = dict(os.environ)
    for name, sub in [("JUPYTER_RUNTIME_DIR", "runtime"), ("JUPYTER_CONFIG_DIR", "config"),
                      ("JUPYTER_DATA_DIR", "data"), ("IPYTHONDIR", "ipython"),
                      ("JUPYTERLAB_SETTINGS_DIR", "lab-settings"),
                      ("JUPYTERLAB_WORKSPACES_DIR", "lab-workspaces"),
                      ("MPLCONFIGDIR", "matplotlib")]:
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"
    env.pop("JUPYTER_TOKEN", None)
    env.pop("JUPYTER_PASSWORD", None)
    return env


def stop_process(proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Wait up to ``timeout`` s for ``proc`` to exit, else end its process group (the server
    and any kernel it started; the group is the server's own, see ``start_new_session``):
    SIGTERM, then SIGKILL."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=timeout)
        return
    for sig in (signal.SIGTERM, signal.SIGKILL):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5.0)
            return


@contextlib.contextmanager
def jupyter_server(root_dir: Path, home: Path) -> Iterator[Server]:
    """Run JupyterLab on a random loopback port for the duration of the ``with`` block.

    Parameters
    ----------
    root_dir : Path
        The server's root directory (what the contents API serves).
    home : Path
        A temporary folder for Jupyter's own directories and the server log.

    Yields
    ------
    Server
        The running server, answering ``/api/status``.
    """
    token = secrets.token_hex(24)
    port = free_port()
    env = isolated_env(home)
    env["JUPYTER_TOKEN"] = token  # not on the command line, so not in `ps`
    log = home / "server.log"
    cmd = notebooks.jupyter_lab_command(root_dir, port, HOST)
    with log.open("wb") as log_file:
        proc = subprocess.Popen(cmd, cwd=root_dir, env=env, stdin=subprocess.DEVNULL,
                                stdout=log_file, stderr=subprocess.STDOUT,
                                start_new_session=True)
    server = Server(proc=proc, port=port, token=token, log=log)
    try:
        wait_until_up(server)
        yield server
        with contextlib.suppress(OSError):
            server.api("POST", "/api/shutdown")
        stop_process(proc, SHUTDOWN_TIMEOUT)
        assert proc.returncode == 0, f"server exit {proc.returncode}\n{server.log_tail()}"
    finally:
        if proc.poll() is None:
            stop_process(proc, 0)


def wait_until_up(server: Server) -> None:
    """Poll ``/api/status`` until it answers 200, failing after ``STARTUP_TIMEOUT`` s or as
    soon as the process exits."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    last: Exception | None = None
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            pytest.fail(f"jupyter exited with {server.proc.returncode} before answering\n"
                        f"{server.log_tail()}")
        try:
            status = server.api("GET", "/api/status", timeout=2.0)
        except (OSError, urllib.error.URLError) as exc:
            last = exc
            time.sleep(0.25)
            continue
        assert "started" in status
        return
    pytest.fail(f"jupyter did not answer /api/status within {STARTUP_TIMEOUT:.0f} s "
                f"(last error: {last})\n{server.log_tail()}")


def execute(ws: Any, code: str, session: str, timeout: float = EXECUTE_TIMEOUT) -> dict[str, Any]:
    """Send one ``execute_request`` on the shell channel and read until the kernel is idle.

    Parameters
    ----------
    ws : websocket.WebSocket
        An open connection to ``/api/kernels/<id>/channels``.
    code : str
        The code to run.
    session : str
        The client's session id.
    timeout : float
        Longest wait in seconds for the reply and ``status: idle``.

    Returns
    -------
    dict
        ``reply`` (content of ``execute_reply``), ``stdout``, ``stderr`` (concatenated
        stream text), ``errors`` (iopub ``error`` contents) and ``results`` (``text/plain``
        of ``execute_result``/``display_data``).
    """
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": session,
                   "username": "pytest", "version": "5.3",
                   "date": datetime.now(UTC).isoformat()},
        "parent_header": {}, "metadata": {}, "buffers": [], "channel": "shell",
        "content": {"code": code, "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
    }))
    out: dict[str, Any] = {"reply": None, "stdout": "", "stderr": "", "errors": [],
                           "results": []}
    idle = False
    deadline = time.monotonic() + timeout
    while not (idle and out["reply"] is not None):
        remaining = deadline - time.monotonic()
        try:
            if remaining <= 0:
                raise websocket.WebSocketTimeoutException
            ws.settimeout(remaining)
            raw = ws.recv()
        except websocket.WebSocketTimeoutException:
            pytest.fail(f"no reply/idle within {timeout:.0f} s for {code[:60]!r}: {out}")
        if not isinstance(raw, str):  # binary frames only come with the v1 subprotocol
            continue
        msg = json.loads(raw)
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = msg["msg_type"], msg["content"]
        if msg["channel"] == "shell" and kind == "execute_reply":
            out["reply"] = content
        elif kind == "stream":
            out[content["name"]] += content["text"]
        elif kind == "error":
            out["errors"].append(content)
        elif kind in ("execute_result", "display_data"):
            out["results"].append(content["data"].get("text/plain", ""))
        elif kind == "status" and content["execution_state"] == "idle":
            idle = True
    return out


def defined_names(source: str) -> set[str]:
    """Names a cell binds at top level (assignments, imports, defs), IPython syntax allowed."""
    from IPython.core.inputtransformer2 import TransformerManager

    tree = ast.parse(TransformerManager().transform_cell(source))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names if a.name != "*"}
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
    return names


@pytest.fixture
def served_notebooks(tmp_path: Path) -> tuple[Path, list[Path]]:
    """The server's root and the notebooks it must list: the project root and its notebooks;
    while the project has none yet, a throwaway notebook in a temporary root (so the server
    machinery is still exercised; ``test_notebooks.py`` fails on the missing notebooks)."""
    paths = notebooks.notebook_paths()
    if paths:
        return config.PROJ_ROOT, paths
    root = tmp_path / "root"
    (root / "notebooks").mkdir(parents=True)
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# Throwaway"),
        nbformat.v4.new_code_cell("import wlga_analysis\nfrom wlga_analysis import config\n"
                                  "answer = 6 * 7"),
    ])
    path = root / "notebooks" / "00_throwaway.ipynb"
    nbformat.write(nb, path)
    return root, [path]


def test_jupyterlab_serves_and_runs_the_first_notebook(
        tmp_path: Path, served_notebooks: tuple[Path, list[Path]]) -> None:
    root, paths = served_notebooks
    first = paths[0]
    cell = next(c for c in nbformat.read(first, as_version=4).cells
                if c.cell_type == "code" and c.source.strip())
    names = defined_names(cell.source)
    assert names, f"the first code cell of {first.name} defines nothing to check"

    with jupyter_server(root, tmp_path / "jupyter-home") as server:
        listing = server.api("GET", "/api/contents/notebooks")
        assert listing["type"] == "directory"
        listed = {item["name"] for item in listing["content"] if item["type"] == "notebook"}
        missing = {p.name for p in paths} - listed
        assert not missing, f"not listed by the contents API: {sorted(missing)}"

        model = server.api("GET", f"/api/contents/notebooks/{first.name}")
        assert model["type"] == "notebook" and model["content"]["cells"]

        kernel = server.api("POST", "/api/kernels",
                            {"name": "python3", "path": f"notebooks/{first.name}"})
        try:
            url = (f"ws://{HOST}:{server.port}/api/kernels/{kernel['id']}/channels"
                   f"?session_id={uuid.uuid4().hex}")
            ws = websocket.create_connection(
                url, timeout=STARTUP_TIMEOUT, header=[f"Authorization: token {server.token}"],
                http_no_proxy=[HOST, "localhost"])
            try:
                session = uuid.uuid4().hex
                ran = execute(ws, cell.source, session)
                assert not ran["errors"], ran["errors"][0]["traceback"]
                assert ran["reply"]["status"] == "ok", ran["reply"]

                probe = execute(ws, "\n".join([
                    "import json, os, wlga_analysis",
                    "print(wlga_analysis.__name__)",
                    "print(json.dumps({'cwd': os.getcwd(),",
                    "                  'package': wlga_analysis.__file__,",
                    f"                  'defined': sorted(set({sorted(names)!r}) & set(dir()))}}))",
                ]), session)
                assert not probe["errors"], probe["errors"][0]["traceback"]
                first_line, info_line = probe["stdout"].splitlines()[:2]
                assert first_line == "wlga_analysis"
                info = json.loads(info_line)
                assert sorted(names) == info["defined"], "names of the cell not in the kernel"
                assert Path(info["cwd"]).resolve() == first.parent.resolve()
                package_dir = Path(config.__file__).resolve().parent
                assert Path(info["package"]).resolve().parent == package_dir
            finally:
                ws.close()
        finally:
            with contextlib.suppress(OSError):
                server.api("DELETE", f"/api/kernels/{kernel['id']}")
        assert server.api("GET", "/api/kernels") == []

