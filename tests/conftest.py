"""Shared test configuration: hypothesis profiles, and the package byte-compiled once.

``default`` runs 20 examples per property (tests/test_fuzz.py scales this: 40 per
loader-level property, 300 per component property), keeping the property-based tests
within seconds on two cores (the README test command must stay under 3 minutes);
``long`` runs 100 times as many. Choose one with
``HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py``.

The slowest modules are collected first (:data:`SLOWEST_FIRST`), so that the two workers of
``-n 2 --dist loadscope`` (which hands out whole modules in the order collected) start on
them and finish together, rather than one worker starting the longest module last.

The tests start many interpreters (notebook kernels, the command line, chart workers). Where
``PYTHONDONTWRITEBYTECODE`` is set, each of them would compile the package's source again
(about 0.3 s each); the session compiles it once instead, as ``pip install`` does for a
regular (not editable) install.
"""

from __future__ import annotations

import compileall
import os
from pathlib import Path

from hypothesis import HealthCheck, settings

#: The scripts that wrote the test documents under ``data/`` (run by hand, ``python
#: tests/data/.../make_*.py``) have no tests or docstring examples: not imported to collect.
collect_ignore_glob = ["data/*"]

settings.register_profile(
    "default",
    deadline=None,
    max_examples=20,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.register_profile(
    "long",
    deadline=None,
    max_examples=2_000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_sessionstart(session: object) -> None:
    """Byte-compile the package once (skipped for files already compiled)."""
    compileall.compile_dir(str(Path(__file__).resolve().parents[1] / "wlga_analysis"),
                           quiet=1)


#: The modules that take longest (about 24-39, 29, 22, 17, 14, 14, 8, 8 and 7 s in a run of
#: the suite on two cores, 2026-11-28), slowest first; every other module follows in the
#: order collected.
SLOWEST_FIRST: tuple[str, ...] = (
    "tests/test_linear_time.py",
    "tests/test_report_documents.py", "tests/test_charts_paper.py",
    "tests/test_build_speed.py", "tests/test_fuzz.py", "tests/test_reproducible.py",
    "wlga_analysis/word.py", "tests/test_word.py",
    "tests/test_build_cpu.py",
)


def pytest_collection_modifyitems(session: object, config: object, items: list) -> None:
    """Put the tests of :data:`SLOWEST_FIRST` first (a stable sort: each module's tests,
    and every other module, keep the order they were collected in)."""
    rank = {path: k for k, path in enumerate(SLOWEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(rank)))
