"""Chart worker processes that start before the tables exist.

Rendering the charts is most of a build's work, and a worker's own start (importing
matplotlib, reading fonts, loading the PDF and PNG writers) is a good part of it. A
:class:`ChartWorkers` starts at once: one *chart server* process is forked, warms up (see
:func:`~wlga_analysis.charts.collection._warm_up`) while this process goes on reading the
documents and building the tables, then receives the tables (:meth:`ChartWorkers.submit`,
which sends them from a thread, so that tables larger than a pipe holds never hold this
process up until the server is ready) and forks the rendering workers from its warm self,
so matplotlib is imported and warmed up once, not once per worker. Results come back in the order of
:data:`~wlga_analysis.charts.collection.CHART_MAKERS`
(:meth:`ChartWorkers.results`), byte for byte what one process would render.

Where processes cannot be forked, or only one worker is wanted, nothing starts early and
:meth:`~ChartWorkers.results` renders the charts in this process.

Examples
--------
>>> from wlga_analysis.build import load_tables
>>> with ChartWorkers(formats=("svg",), workers=2) as workers:
...     tables = load_tables()  # meanwhile the chart server warms up
...     workers.submit(tables)
...     rendered = workers.results()
>>> [chart.name for chart in rendered][:2], rendered[0].files["svg"][:5]
(['owners', 'owner_theme_heatmap'], b'<?xml')
"""

from __future__ import annotations

import contextlib
import multiprocessing
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from wlga_analysis.charts.collection import RenderedChart

#: Seconds to wait for the chart server to stop when it is closed early (an error).
STOP_TIMEOUT_S: float = 30.0

#: Environment variable that caps the worker processes charts are drawn in (1: none).
WORKERS_VARIABLE = "WLGA_ANALYSIS_CHART_WORKERS"


def _workers(n_tasks: int | None = None) -> int:
    """Worker processes to use: the CPUs this process may run on, at most one per task
    (when ``n_tasks`` is given), at most ``$WLGA_ANALYSIS_CHART_WORKERS`` when that is set.

    Examples
    --------
    >>> 1 <= _workers(6) <= 6, _workers(1)
    (True, 1)
    """
    from wlga_analysis.second_cpu import cpus

    n = cpus(WORKERS_VARIABLE)
    if n_tasks is not None:
        n = min(n, n_tasks)
    return max(1, n)


def _fork_context() -> Any:
    """The ``fork`` start method, or None where there is none (Windows)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return None  # pragma: no cover - not on Linux
    return multiprocessing.get_context("fork")


#: glibc's ``mallopt`` parameters (``malloc.h``) and the values the chart server sets:
#: blocks up to 32 MB (glibc's most) come from the heap, not from a fresh memory mapping
#: each, and up to 256 MB of freed heap stays with the process instead of going back.
_MALLOPT: tuple[tuple[int, int], ...] = ((-3, 32 * 2**20), (-1, 256 * 2**20))


def _keep_freed_memory() -> bool:
    """Have this process (the chart server, and so its workers) reuse the memory it frees.

    A chart at 300 dpi is drawn into a 12 MB pixel buffer, then copied to Pillow's: glibc
    maps each block that large afresh and hands it back when freed, so every chart pays
    for some 3,000 page faults a buffer (kernel time). Kept in the heap, the blocks of one
    chart serve the next. Where the C library has no ``mallopt`` (not glibc), nothing
    changes. Returns whether it was set.

    Examples
    --------
    >>> isinstance(_keep_freed_memory(), bool)
    True
    """
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # pragma: no cover - not glibc
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    return all([mallopt(param, value) == 1 for param, value in _MALLOPT])


def _warm_up_frozen(formats: tuple[str, ...], warm_up: Any) -> None:
    """Warm up with the garbage collector paused, then freeze what the warm-up left.

    Importing matplotlib and its backends makes hundreds of thousands of objects that
    live as long as the process: collecting while they are made finds nothing to free,
    and every full collection in a rendering worker would walk them all again (each took
    0.12-0.16 s, a fifth of a chart's own work). Frozen (:func:`gc.freeze`, as the standard
    library advises before forking), the workers' collections see only their own objects.
    """
    import gc

    enabled = gc.isenabled()
    gc.disable()
    try:
        _import_matplotlib_without_setter_docs()
        warm_up(formats)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _import_matplotlib_without_setter_docs() -> None:
    """Import matplotlib's figure and artists without writing their ``set()`` docstrings.

    Each artist class matplotlib defines gets a ``set()`` method whose docstring lists
    every property, made at import by ``matplotlib.artist.kwdoc``: a quarter of the
    instructions of importing matplotlib, for help text that a process that only renders
    charts never shows. So the chart server (a process of its own) imports matplotlib with
    ``kwdoc`` giving an empty text, and puts ``kwdoc`` back afterwards. Where matplotlib
    is already imported, or has no ``kwdoc``, this only imports.
    """
    import matplotlib.artist as artist

    kwdoc = getattr(artist, "kwdoc", None)
    if kwdoc is not None:
        artist.kwdoc = lambda *args, **kwargs: ""
    try:
        import matplotlib.figure  # noqa: F401  (every artist class)
    finally:
        if kwdoc is not None:
            artist.kwdoc = kwdoc


#: The jobs the chart server received: its rendering workers, forked after they arrive,
#: find them here, so that no job (each holds every table) is pickled to a worker again.
_JOBS: list[tuple] = []


def _render_job(k: int) -> Any:
    """Render job ``k`` of :data:`_JOBS` (in a worker forked by the chart server)."""
    from wlga_analysis.charts import collection

    return collection._render_one(*_JOBS[k])


def _serve(connection: Any, other_end: Any, formats: tuple[str, ...], dpi: int,
           workers: int) -> None:
    """The chart server: warm up, wait for the jobs, render them in up to ``workers``
    processes forked from here and send each result back in order as ``("ok",
    RenderedChart)``, or ``("error", exception)`` and stop."""
    from concurrent.futures import ProcessPoolExecutor

    from wlga_analysis.charts.collection import _warm_up, render_order

    other_end.close()  # so that the parent's end closing reads as the end of the input
    _keep_freed_memory()
    _warm_up_frozen(formats, _warm_up)
    try:
        jobs = connection.recv()
    except EOFError:
        return
    if not jobs:
        return
    _JOBS[:] = jobs  # (this process only: a fork of the one that made the jobs)
    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)),
                             mp_context=_fork_context()) as pool:
        futures: list[Any] = [None] * len(jobs)  # (sent back in the jobs' order)
        for k in render_order([job[0] for job in jobs]):  # the costliest started first
            futures[k] = pool.submit(_render_job, k)
        try:
            for future in futures:
                try:
                    message = ("ok", future.result())
                except Exception as exc:  # raised again in the parent
                    message = ("error", exc)
                connection.send(message)
                if message[0] == "error":
                    break
        except OSError:  # the parent stopped listening (it failed): stop quietly
            pass
        finally:
            pool.shutdown(cancel_futures=True)


class ChartWorkers:
    """Worker processes for every chart, started before the tables are loaded.

    Use as a context manager: entering starts the chart server (with more than one worker
    and a fork start method); :meth:`submit` hands it the tables, :meth:`results` waits
    for the rendered charts; leaving stops every process, also on an error.

    Parameters
    ----------
    formats : iterable of str
        Any of ``png``, ``svg``, ``pdf``; none: only names, titles and alt texts.
    dpi : int
        Resolution of raster output.
    workers : int, optional
        Rendering processes; default one per available CPU, at most
        ``$WLGA_ANALYSIS_CHART_WORKERS`` (1: the charts are rendered in this process).

    Examples
    --------
    >>> ChartWorkers(formats=("png",), workers=1).parallel
    False
    """

    def __init__(self, formats: Iterable[str] = ("png", "svg", "pdf"), dpi: int = 300,
                 workers: int | None = None):
        self.formats = tuple(formats)
        self.dpi = dpi
        self.workers = workers if workers is not None else _workers()
        self.parallel = self.workers > 1 and bool(self.formats) and _fork_context() is not None
        self._server: Any = None
        self._connection: Any = None
        self._jobs: list[tuple] = []
        self._sent = False
        self._sender: threading.Thread | None = None

    def __enter__(self) -> ChartWorkers:
        if self.parallel and self._server is None:
            context = _fork_context()
            self._connection, server_end = context.Pipe()
            self._server = context.Process(
                target=_serve, name="wlga-chart-server",
                args=(server_end, self._connection, self.formats, self.dpi, self.workers))
            self._server.start()
            server_end.close()
        return self

    def submit(self, tables: dict[str, pd.DataFrame], report_quarter=None,
               width_cm: float | None = None, title: bool = True) -> None:
        """Hand over the tables: every chart starts rendering now (in parallel) or at
        :meth:`results` (in this process).

        Parameters
        ----------
        tables : dict of str to DataFrame
            Keyed by table name, as from :func:`wlga_analysis.build.load_tables`.
        report_quarter : Period, str or date, optional
            Quarter the update reports in; default from the programme document's date.
        width_cm : float, optional
            Lay every chart out at this width (see
            :func:`~wlga_analysis.charts.layout.layout`).
        title : bool
            Keep the headline titles on the figures.
        """
        from wlga_analysis import analysis
        from wlga_analysis.charts.collection import CHART_MAKERS
        from wlga_analysis.charts.quarters import _report_quarter_from

        if report_quarter is None:
            report_quarter = _report_quarter_from(tables)
        quarter = analysis._as_quarter(report_quarter)
        self._jobs = [(i, tables, quarter, self.formats, self.dpi, width_cm, title)
                      for i in range(len(CHART_MAKERS))]
        if self._server is not None:
            # sent from a thread: the tables can be more than a pipe holds, and the server
            # reads them only once warmed up, while this process goes on writing tables
            self._sender = threading.Thread(target=self._send, args=(self._jobs,),
                                            name="wlga-chart-jobs", daemon=True)
            self._sender.start()
            self._sent = True

    def _send(self, jobs: list[tuple]) -> None:
        with contextlib.suppress(OSError, ValueError):  # closed meanwhile (an error)
            self._connection.send(jobs)

    def results(self) -> list[RenderedChart]:
        """Every chart rendered, in ``CHART_MAKERS`` order (waits for the workers)."""
        if not self._sent:
            from wlga_analysis.charts.collection import _render_one

            return [_render_one(*job) for job in self._jobs]
        self._sender.join()
        out = []
        for _ in self._jobs:
            try:
                status, value = self._connection.recv()
            except EOFError:
                raise RuntimeError("the chart worker processes stopped unexpectedly "
                                   f"(exit code {self._server.exitcode})") from None
            if status == "error":
                raise value
            out.append(value)
        return out

    def close(self) -> None:
        """Stop the chart server and its workers (at once when it has no tables yet)."""
        if self._server is None:
            return
        if not self._sent:  # it has forked no workers yet: stop it at once
            self._server.terminate()
        self._connection.close()  # the server reads the end of its input and stops
        self._server.join(STOP_TIMEOUT_S)
        if self._server.is_alive():  # pragma: no cover - a render that hangs
            self._server.terminate()
            self._server.join()
        self._server = None

    def __exit__(self, *exc_info: Any) -> None:
        self.close()
