"""Screenshot a project notebook as JupyterLab shows it (a manual check; not run in CI).

Starts JupyterLab on 127.0.0.1 (random free port, random token, Jupyter's own directories in
a temporary folder), opens one notebook in headless Chromium driven by Playwright, waits until
the notebook is rendered and its kernel is idle (the server says so, and the page no longer
shows "Connecting" or "Starting"), saves a PNG and shuts everything down. With ``--full`` the
PNG holds the whole notebook, not only its first screen. The browser may only reach the
loopback address: every other request is aborted.

Setup (Debian; Playwright cannot download its own browsers here, so it drives Debian's)::

    apt-get update && apt-get install -y chromium      # provides /usr/bin/chromium
    python -m pip install -e ".[dev]" playwright        # jupyterlab comes with the dev extra

Usage::

    python scripts/screenshot_lab.py                             # notebooks/00_*.ipynb
    python scripts/screenshot_lab.py notebooks/01_x.ipynb --out reports/screenshots/01.png
    python scripts/screenshot_lab.py /tmp/any.ipynb              # served from its own folder
    python scripts/screenshot_lab.py notebooks/03_x.ipynb --full  # the whole notebook

A notebook outside the project is served from its own folder; one inside it from the project
root, so the kernel imports the project's ``wlga_analysis``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

from wlga_analysis import config, notebooks

HOST = "127.0.0.1"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
DEFAULT_OUT = config.REPORTS_DIR / "screenshots" / "jupyterlab.png"
#: User settings for the throwaway session: no news prompt (it would cover the notebook)
#: and no autosave (the script must never write to the notebook).
LAB_SETTINGS: dict[str, dict[str, object]] = {
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false",
                                                    "checkForUpdates": False},
    "@jupyterlab/docmanager-extension/plugin": {"autosave": False},
    # Every cell in the page (JupyterLab 4 otherwise attaches only those in view), so that a
    # full capture shows them all.
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
}
#: Kernel states JupyterLab shows before a kernel is ready (the page must not show them).
NOT_READY = ("Connecting", "Starting", "Initializing", "Restarting", "Reconnecting")
#: True in the page once the notebook's kernel is idle and the status bar says so.
KERNEL_READY_JS = """(notReady) => {
  const indicator = document.querySelector(
    ".jp-NotebookPanel .jp-Notebook-ExecutionIndicator");
  if (!indicator || indicator.getAttribute("data-status") !== "idle") return false;
  const bar = document.querySelector(".jp-StatusBar-Widget") || document.body;
  const toolbar = document.querySelector(".jp-NotebookPanel-toolbar") || document.body;
  const shown = bar.innerText + " " + toolbar.innerText;
  return !notReady.some((word) => shown.includes(word));
}"""
#: Height in CSS pixels of everything in the page, the notebook's scrolled content included.
CONTENT_HEIGHT_JS = """() => {
  const scroller = document.querySelector(
    ".jp-NotebookPanel .jp-WindowedPanel-outer, .jp-NotebookPanel .jp-Notebook");
  if (!scroller) return document.documentElement.scrollHeight;
  const hidden = scroller.scrollHeight - scroller.clientHeight;
  return document.documentElement.clientHeight + Math.max(0, hidden);
}"""
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def api(base: str, token: str, method: str, path: str, timeout: float = 5.0) -> bytes:
    """Call the Jupyter REST API with the token; return the raw response body."""
    request = urllib.request.Request(base + path, method=method,
                                     headers={"Authorization": f"token {token}"})
    with _OPENER.open(request, timeout=timeout) as response:
        return response.read()


@contextlib.contextmanager
def jupyterlab(root_dir: Path, timeout: float = 60.0) -> Iterator[tuple[str, str]]:
    """Run JupyterLab on a random loopback port for the duration of the ``with`` block.

    Parameters
    ----------
    root_dir : Path
        The server's root directory.
    timeout : float
        Longest wait in seconds for ``/api/status`` to answer.

    Yields
    ------
    tuple of str
        The base URL and the token.
    """
    token, port = secrets.token_hex(24), free_port()
    base = f"http://{HOST}:{port}"
    with tempfile.TemporaryDirectory(prefix="screenshot-lab-") as tmp:
        home = Path(tmp)
        env = dict(os.environ, JUPYTER_TOKEN=token, JUPYTER_PLATFORM_DIRS="1")
        for name in ("JUPYTER_RUNTIME_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR",
                     "IPYTHONDIR", "JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR",
                     "MPLCONFIGDIR"):
            (home / name).mkdir()
            env[name] = str(home / name)
        for plugin, settings in LAB_SETTINGS.items():
            path = home / "JUPYTERLAB_SETTINGS_DIR" / f"{plugin}.jupyterlab-settings"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(settings))
        log = home / "server.log"
        cmd = notebooks.jupyter_lab_command(root_dir, port, HOST)
        with log.open("wb") as log_file:
            proc = subprocess.Popen(cmd, cwd=root_dir, env=env, stdin=subprocess.DEVNULL,
                                    stdout=log_file, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None or time.monotonic() > deadline:
                    sys.exit(f"JupyterLab did not start:\n{log.read_text(errors='replace')}")
                try:
                    json.loads(api(base, token, "GET", "/api/status", timeout=2.0))
                    break
                except (OSError, urllib.error.URLError):
                    time.sleep(0.25)
            yield base, token
        finally:
            with contextlib.suppress(OSError):
                api(base, token, "POST", "/api/shutdown")
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                for sig in (signal.SIGTERM, signal.SIGKILL):
                    with contextlib.suppress(ProcessLookupError):
                        os.killpg(proc.pid, sig)  # the server's own group (new session)
                    with contextlib.suppress(subprocess.TimeoutExpired):
                        proc.wait(timeout=5)
                        break


def session_idle(sessions: list[dict], notebook: str) -> bool:
    """True when the Jupyter session of ``notebook`` (a path relative to the server root)
    has a kernel whose execution state is ``idle`` (``/api/sessions`` answer).

    Examples
    --------
    >>> busy = [{"path": "notebooks/00.ipynb", "kernel": {"execution_state": "starting"}}]
    >>> session_idle(busy, "notebooks/00.ipynb")
    False
    >>> busy[0]["kernel"]["execution_state"] = "idle"
    >>> session_idle(busy, "notebooks/00.ipynb"), session_idle(busy, "other.ipynb")
    (True, False)
    """
    return any(s.get("path") == notebook and
               (s.get("kernel") or {}).get("execution_state") == "idle" for s in sessions)


def capture_height(content_height: int, viewport_height: int, limit: int = 30000) -> int:
    """The viewport height that shows the whole notebook: its content height, never less
    than the viewport asked for and never more than ``limit`` (Chromium's texture limit).

    Examples
    --------
    >>> capture_height(5200, 900), capture_height(400, 900), capture_height(90000, 900)
    (5200, 900, 30000)
    """
    return max(viewport_height, min(int(content_height), limit))


def wait_until_idle(base: str, token: str, notebook: str, timeout: float) -> None:
    """Poll the server until the notebook's kernel is idle (or exit after ``timeout`` s)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError, urllib.error.URLError):
            if session_idle(json.loads(api(base, token, "GET", "/api/sessions")), notebook):
                return
        time.sleep(0.25)
    sys.exit(f"the kernel of {notebook} did not become idle within {timeout:.0f} s")


def screenshot(url: str, out: Path, *, width: int, height: int, timeout_ms: int,
               full: bool = False, kernel_idle: Callable[[], None] | None = None) -> None:
    """Open ``url`` (a notebook in JupyterLab) in headless Chromium and save a PNG once the
    notebook is rendered and its kernel is idle.

    Parameters
    ----------
    url : str
        ``/lab/tree/<notebook>`` URL carrying the token.
    out : Path
        Where to write the PNG.
    width, height : int
        Viewport size in CSS pixels.
    timeout_ms : int
        Longest wait for each rendering step, in milliseconds.
    full : bool
        Capture the whole notebook: the viewport grows to the notebook's height.
    kernel_idle : callable, optional
        Blocks until the server reports the kernel idle (see :func:`wait_until_idle`).
    """
    from playwright.sync_api import Route, sync_playwright

    def loopback_only(route: Route) -> None:
        host = urllib.parse.urlsplit(route.request.url).hostname
        if host in (HOST, "localhost") or route.request.url.startswith("data:"):
            route.continue_()
        else:
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            page.route("**/*", loopback_only)
            page.goto(url, timeout=timeout_ms)
            page.wait_for_selector(".jp-NotebookPanel .jp-Notebook .jp-Cell",
                                   state="visible", timeout=timeout_ms)
            if kernel_idle is not None:
                kernel_idle()
            page.wait_for_function(KERNEL_READY_JS, arg=list(NOT_READY), timeout=timeout_ms)
            page.wait_for_load_state("networkidle", timeout=timeout_ms)
            page.wait_for_timeout(1000)  # let CodeMirror and rendered Markdown settle
            if full:
                content = page.evaluate(CONTENT_HEIGHT_JS)
                page.set_viewport_size({"width": width,
                                        "height": capture_height(content, height)})
                page.wait_for_load_state("networkidle", timeout=timeout_ms)
                page.wait_for_function(KERNEL_READY_JS, arg=list(NOT_READY),
                                       timeout=timeout_ms)
                page.wait_for_timeout(1000)  # cells laid out again at the new height
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out), full_page=full)
        finally:
            browser.close()


def default_notebook() -> Path:
    """The project's first notebook (``notebooks/00_*.ipynb``)."""
    paths = notebooks.notebook_paths()
    if not paths:
        sys.exit(f"no notebooks in {config.NOTEBOOKS_DIR}: pass a notebook path")
    return paths[0]


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebook", nargs="?", type=Path,
                        help="notebook to open (default: the project's notebooks/00_*.ipynb)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help=f"PNG to write (default: {DEFAULT_OUT.relative_to(config.PROJ_ROOT)})")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--full", action="store_true",
                        help="capture the whole notebook, not only its first screen")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds to wait for each step (default: 60)")
    args = parser.parse_args(argv)

    notebook = (args.notebook or default_notebook()).resolve()
    if not notebook.is_file():
        parser.error(f"no such notebook: {notebook}")
    root = config.PROJ_ROOT if notebook.is_relative_to(config.PROJ_ROOT) else notebook.parent
    rel = notebook.relative_to(root).as_posix()
    with jupyterlab(root, timeout=args.timeout) as (base, token):
        url = f"{base}/lab/tree/{urllib.parse.quote(rel)}?reset&token={token}"
        screenshot(url, args.out, width=args.width, height=args.height,
                   timeout_ms=int(args.timeout * 1000), full=args.full,
                   kernel_idle=lambda: wait_until_idle(base, token, rel, args.timeout))
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
