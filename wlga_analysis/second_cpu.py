"""Half of a long job on a second CPU: the work of a large document split in two, its second
half done in a forked child process while this process does the first.

A loader's per-item work (an item's status, timing and partners) and a PDF's per-page work
(its words, lines and tables) do not depend on one another, so a long list of them can be
cut in two. :func:`second_half` starts the second half's job in a child forked from this
process (it has everything this process has: the document, the compiled rules, the caches)
and hands back its result, pickled through a pipe, when this process has done the first half.

The result is the same as the job's in this process, always:

- the child only computes: what it returns is taken as it is, and nothing it does reaches
  this process otherwise (no warnings, no notes, no files: a job given here must be pure);
- when no child can run (no ``fork``, as on Windows; one CPU; ``$WLGA_ANALYSIS_WORKERS``
  set to 1; a process with more than one thread, where a fork may deadlock; a child's own
  child), or when the child fails in any way (an exception, a signal), the job runs in this
  process instead: an exception it raises is raised here, as it would be without the child.

Two builds, or two reruns of a notebook, give the same tables with or without the second
CPU; ``WLGA_ANALYSIS_WORKERS=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import threading
import warnings
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["WORKERS_VARIABLE", "SecondHalf", "cpus", "second_half"]

T = TypeVar("T")

#: Environment variable that caps the processes a loader uses (1: this process only).
WORKERS_VARIABLE = "WLGA_ANALYSIS_WORKERS"

_IN_CHILD = False  # (set in a child: it starts no child of its own)


def cpus(variable: str = WORKERS_VARIABLE) -> int:
    """The CPUs a loader may use: those this process may run on, at most ``$variable``
    (``$WLGA_ANALYSIS_WORKERS``; the build's charts: ``$WLGA_ANALYSIS_CHART_WORKERS``)
    when that is set.

    Examples
    --------
    >>> cpus() >= 1
    True
    """
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        n = os.cpu_count() or 1
    cap = os.environ.get(variable, "").strip()
    if cap.isdigit() and int(cap) >= 1:
        n = min(n, int(cap))
    return max(1, n)


def _one_thread() -> bool:
    """Whether this process runs one thread (a fork copies only the forking thread: a lock
    another thread holds stays held in the child)."""
    return threading.active_count() == 1


def _can_fork() -> bool:
    return hasattr(os, "fork") and not _IN_CHILD and cpus() >= 2 and _one_thread()


class SecondHalf(Generic[T]):
    """A job started in a forked child (see :func:`second_half`); use it as a context
    manager, so that the child is stopped if this process fails first.

    Parameters
    ----------
    job : callable
        A pure function of no arguments.
    fork : bool
        Whether to start it in a child (else :meth:`result` runs it here).

    Examples
    --------
    >>> with SecondHalf(lambda: "read here", fork=False) as later:
    ...     later.forked, later.result()
    (False, 'read here')
    """

    def __init__(self, job: Callable[[], T], fork: bool) -> None:
        self._job = job
        self._pid: int | None = None
        self._read: int | None = None
        if fork:
            self._start()

    def _start(self) -> None:
        global _IN_CHILD
        try:
            read, write = os.pipe()
        except OSError:  # (no descriptors left: the job runs here)
            return
        try:
            pid = os.fork()
        except OSError:  # (no process or memory to spare: the job runs here)
            os.close(read)
            os.close(write)
            return
        if pid == 0:  # the child: the job, its result down the pipe, and out
            code = 1
            try:
                _IN_CHILD = True
                gc.freeze()  # (its collections leave the objects it shares with us alone)
                os.close(read)
                warnings.simplefilter("ignore")  # (this process says them, if any)
                data = pickle.dumps(self._job(), protocol=pickle.HIGHEST_PROTOCOL)
                with os.fdopen(write, "wb") as out:
                    out.write(data)
                code = 0
            finally:
                os._exit(code)
        os.close(write)
        self._pid, self._read = pid, read

    @property
    def forked(self) -> bool:
        """Whether the job runs in a child process."""
        return self._pid is not None

    def result(self) -> T:
        """The job's result: the child's, or, when no child ran or it failed, the job run
        here (its exception raised here)."""
        if self._pid is None:
            return self._job()
        with os.fdopen(self._read, "rb") as pipe:  # type: ignore[arg-type]
            self._read = None
            data = pipe.read()
        _, status = os.waitpid(self._pid, 0)
        self._pid = None
        if status == 0 and data:
            with contextlib.suppress(Exception):  # (else it is done here)
                return pickle.loads(data)  # (our own child's result)
        return self._job()

    def close(self) -> None:
        """Stop the child, if one still runs (this process failed before it was needed)."""
        if self._read is not None:
            os.close(self._read)
            self._read = None
        if self._pid is not None:
            with contextlib.suppress(ProcessLookupError):  # (it had ended)
                os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
            self._pid = None

    def __enter__(self) -> SecondHalf[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def second_half(job: Callable[[], T], worth: bool = True) -> SecondHalf[T]:
    """Start ``job`` (a pure function of no arguments) in a forked child when that is
    possible and ``worth`` it (the job long enough to pay for a fork, about 10 ms).

    Examples
    --------
    >>> with second_half(lambda: sum(range(10))) as later:
    ...     first = sum(range(10, 20))
    ...     first + later.result()
    190
    """
    return SecondHalf(job, worth and _can_fork())
