"""Benchmarks: ratios measured in one run, so that they hold on any machine.

    python bench/run.py [--quick]

prints a table of ratios against floors measured in the same run:

* import: ``import wlga_analysis`` vs ``import pandas`` (fresh interpreters, median of 7);
* parse: recommendations and programme documents 1x, 10x and 100x the shipped size
  (synthetic, wlga_analysis.testing.synthetic), each parsed from a fresh file by its main loader;
  growth 10x->100x should be linear (within 12x) and 100x well under a second;
* programme cold: the 100x programme document's first load in a fresh process (< 0.5 s);
* hostile: the slowest of the hostile programme inputs (wlga_analysis.testing.hostile) at
  200 kB and 100 kB (at most about twice as long for twice the input);
* all loaders: every loader of a kind on the shipped document and on the smallest one
  (one area, one item), from a fresh file: what one loader-level fuzz example costs;
* build: ``python -m wlga_analysis build --out TMP`` vs ``python -c "import pandas,
  matplotlib"``;
* notebooks: ``pytest --nbval notebooks/`` vs as many one-cell notebooks (kernel start-up);
  with two references: as many notebooks that only import pandas and matplotlib, and as
  many that load one document and draw one chart; skipped when notebooks/ is empty.

``--quick`` takes fewer repetitions (for a smoke test).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


FAILURES: list[str] = []


def run_seconds(args: list[str], cwd: Path = ROOT, env: dict | None = None,
                check: bool = True) -> float:
    """Wall time of one subprocess (which must succeed, unless ``check`` is False)."""
    start = time.perf_counter()
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0 and not check:
        FAILURES.append(f"{' '.join(args[2:])}: exit {proc.returncode}: "
                        f"{proc.stdout.strip().splitlines()[-1:]}")
    elif proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{proc.stdout[-2000:]}\n"
                           f"{proc.stderr[-2000:]}")
    return elapsed


def median_of(n: int, func) -> float:
    return statistics.median(func() for _ in range(n))


def bench_import(reps: int) -> tuple[float, float]:
    ours = median_of(reps, lambda: run_seconds([PY, "-c", "import wlga_analysis"]))
    floor = median_of(reps, lambda: run_seconds([PY, "-c", "import pandas"]))
    return ours, floor


def bench_parse(reps: int) -> dict[str, dict[int, float]]:
    import wlga_analysis as wa
    from wlga_analysis.errors import DataQualityWarning
    from wlga_analysis.testing import synthetic

    kinds = {"recommendations": (synthetic.scaled_recommendations, wa.load_recommendations),
             "programme": (synthetic.scaled_programme, wa.load_programme)}
    out: dict[str, dict[int, float]] = {}
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        counter = 0
        for kind, (make, load) in kinds.items():
            load(None)  # warm up: imports, reference lists, pandera schemas
            out[kind] = {}
            for n in (1, 10, 100):
                text, _ = make(n)
                times = []
                for _ in range(reps if n < 100 else max(3, reps // 2)):
                    counter += 1
                    path = Path(tmp) / f"{kind}-{n}-{counter}.txt"  # fresh file: no cache
                    path.write_text(text, encoding="utf-8")
                    start = time.perf_counter()
                    load(path)
                    times.append(time.perf_counter() - start)
                out[kind][n] = statistics.median(times)
    return out


_COLD_PROGRAMME = """
import sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from wlga_analysis.testing import synthetic
path = Path(sys.argv[1])
path.write_text(synthetic.scaled_programme(100)[0], encoding="utf-8")
from wlga_analysis import load_programme
start = time.perf_counter()
load_programme(path)
print(time.perf_counter() - start)
"""


def bench_programme_cold(reps: int) -> float:
    """Seconds of the first load_programme call on the 100x programme document in a fresh
    interpreter (imports done before the clock starts; no parse cache)."""
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(reps):
            proc = subprocess.run([PY, "-c", _COLD_PROGRAMME, str(Path(tmp) / f"p{k}.txt")],
                                  cwd=ROOT, capture_output=True, text=True, check=True)
            times.append(float(proc.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def bench_hostile(size: int) -> tuple[str, float, float]:
    """The slowest hostile programme input (wlga_analysis.testing.hostile) at ``size`` and
    ``size // 2`` characters: (name, seconds at size, seconds at half the size)."""
    from wlga_analysis.documents import Document
    from wlga_analysis.errors import ParseError
    from wlga_analysis.programme import _Parser
    from wlga_analysis.testing.hostile import HOSTILE_PROGRAMMES

    def seconds(text: str) -> float:
        doc = Document(Path("hostile.txt"), "programme", tuple(text.split("\n")), "0" * 64)
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with contextlib.suppress(ParseError):
                _Parser(doc).run()
        return time.perf_counter() - start

    worst = ("", 0.0, 0.0)
    for name, make in HOSTILE_PROGRAMMES.items():
        full, half = seconds(make(size)), seconds(make(size // 2))
        if full > worst[1]:
            worst = (name, full, half)
    return worst


#: Every loader of each kind, as the fuzz tests (tests/test_fuzz.py) call them per example.
LOADERS: dict[str, tuple[str, ...]] = {
    "recommendations": ("load_areas", "load_activities", "load_recommendations",
                        "load_recommendation_owners", "load_recommendations_notes"),
    "programme": ("load_programme", "load_priorities", "load_grants", "load_paragraphs"),
}


def bench_all_loaders(reps: int) -> dict[str, tuple[float, float]]:
    """Seconds per document through every loader of a kind (what one fuzz example costs):
    the shipped document and the smallest one of its kind (one area, one item), each from
    a fresh file."""
    import wlga_analysis as wa
    from wlga_analysis import config
    from wlga_analysis.errors import DataQualityWarning
    from wlga_analysis.testing import synthetic

    smallest = {
        "recommendations": synthetic.recommendations_document(
            1, n_themes=1, areas_per_theme=(1, 1), items_per_area=(1, 1),
            page_break_rate=0, notes=False)[0],
        "programme": synthetic.programme_document(
            1, n_priorities=2, n_sections=1, items_per_section=(1, 1), page_breaks=False)[0],
    }
    shipped = {kind: Path(config.RAW_DIR / record).read_text(encoding="utf-8")
               for kind, record in (("recommendations", "working-group-recommendations.txt"),
                                    ("programme", "improvement-programme-2021-22-update.txt"))}
    out = {}
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        counter = itertools.count()

        def once(kind: str, text: str) -> float:
            path = Path(tmp) / f"{kind}-{next(counter)}.txt"  # fresh file: no parse cache
            path.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            for name in LOADERS[kind]:
                getattr(wa, name)(path)
            return time.perf_counter() - start

        for kind in LOADERS:
            once(kind, shipped[kind])  # warm up
            out[kind] = (statistics.median(once(kind, shipped[kind]) for _ in range(reps * 5)),
                         statistics.median(once(kind, smallest[kind]) for _ in range(reps * 5)))
    return out


def bench_build(reps: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        ours = median_of(reps, lambda: run_seconds(
            [PY, "-m", "wlga_analysis", "build", "--out", str(Path(tmp) / "out")]))
    floor = median_of(reps, lambda: run_seconds([PY, "-c", "import pandas, matplotlib"]))
    return ours, floor


#: One-cell notebooks timed like ours: the floor (kernel start-up) and two references that
#: show what any analysis notebook pays before doing anything of its own.
NOTEBOOK_FLOORS: dict[str, str] = {
    "one-cell": "1 + 1",
    "import pandas, matplotlib": "import pandas, matplotlib.figure",
    "load one document, draw one chart": (
        "import warnings\n"
        "import wlga_analysis as wa\n"
        "from wlga_analysis import charts\n"
        "warnings.simplefilter('ignore', wa.DataQualityWarning)\n"
        "_ = charts.chart_owners(wa.load_recommendations())._repr_png_()"),
}


def bench_notebooks(reps: int) -> dict[str, float] | None:
    """Seconds for ``pytest --nbval`` on notebooks/ and on as many one-cell notebooks of
    each kind in :data:`NOTEBOOK_FLOORS` (keys ``"ours"`` and the floors' names)."""
    notebooks = sorted((ROOT / "notebooks").glob("*.ipynb"))
    if not notebooks:
        return None
    import nbformat

    pytest_args = [PY, "-m", "pytest", "--nbval", "-q", "-p", "no:cacheprovider",
                   "-o", "addopts="]
    # timed whether or not the notebooks pass (a failure is reported under the table)
    out = {"ours": median_of(reps, lambda: run_seconds([*pytest_args, "notebooks/"],
                                                      check=False))}
    for name, source in NOTEBOOK_FLOORS.items():
        with tempfile.TemporaryDirectory() as tmp:
            for k in range(len(notebooks)):
                nb = nbformat.v4.new_notebook()
                outputs = [nbformat.v4.new_output("execute_result", {"text/plain": "2"},
                                                  execution_count=1)
                           ] if source == "1 + 1" else []
                nb.cells.append(nbformat.v4.new_code_cell(source, outputs=outputs,
                                                          execution_count=1))
                nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                             "language": "python"}
                nbformat.write(nb, Path(tmp) / f"floor_{k}.ipynb")
            # run from the project (the kernel's working directory does not matter here)
            out[name] = median_of(reps, lambda: run_seconds([*pytest_args, tmp]))
    out["count"] = len(notebooks)
    return out


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--skip-notebooks", action="store_true")
    args = parser.parse_args(argv)
    reps = 3 if args.quick else 7
    rows: list[tuple[str, str, str, str, str]] = []

    def row(what, measured, floor, ratio, goal, ok=None):
        flag = "" if ok is None else ("ok" if ok else "OVER")
        rows.append((what, measured, floor, ratio, f"{goal} {flag}".strip()))

    ours, floor = bench_import(reps)
    row("import wlga_analysis / import pandas", f"{ours:.3f} s", f"{floor:.3f} s",
        f"{ours / floor:.2f}x", "<= 1.5x", ours / floor <= 1.5)

    parse = bench_parse(reps)
    for kind, t in parse.items():
        row(f"parse {kind} 1x (main loader)", f"{t[1] * 1000:.1f} ms", "", "", "")
        row(f"parse {kind} 10x / 1x", f"{t[10] * 1000:.1f} ms", f"{t[1] * 1000:.1f} ms",
            f"{t[10] / t[1]:.1f}x", "(info)")
        row(f"parse {kind} 100x / 10x", f"{t[100] * 1000:.1f} ms", f"{t[10] * 1000:.1f} ms",
            f"{t[100] / t[10]:.1f}x", "<= 12x, 100x < 1 s",
            t[100] / t[10] <= 12 and t[100] < 1.0)

    cold = bench_programme_cold(max(3, reps // 2))
    row("parse programme 100x, first call in a fresh process", f"{cold * 1000:.0f} ms", "",
        "", "< 0.5 s", cold < 0.5)
    name, full, half = bench_hostile(200_000)
    row(f"slowest hostile programme input, 200 kB / 100 kB ({name})", f"{full:.2f} s",
        f"{half:.2f} s", f"{full / half:.1f}x", "<= 2.5x (linear)", full / half <= 2.5)

    for kind, (shipped, smallest) in bench_all_loaders(reps).items():
        row(f"all {kind} loaders, shipped document / smallest one", f"{shipped * 1000:.1f} ms",
            f"{smallest * 1000:.1f} ms", f"{shipped / smallest:.1f}x", "(info)")

    ours, floor = bench_build(max(3, reps // 2))
    row("build / import pandas, matplotlib", f"{ours:.2f} s", f"{floor:.2f} s",
        f"{ours / floor:.1f}x", "(info)")

    nb = None if args.skip_notebooks else bench_notebooks(max(3, reps // 2))
    if nb is None:
        row("pytest --nbval notebooks/ / one-cell notebooks", "skipped", "", "",
            "no notebooks in notebooks/" if not args.skip_notebooks else "--skip-notebooks")
    else:
        count, floor = nb["count"], nb["one-cell"]
        row(f"pytest --nbval notebooks/ ({count}) / {count} one-cell notebooks",
            f"{nb['ours']:.2f} s", f"{floor:.2f} s", f"{nb['ours'] / floor:.2f}x",
            "<= 1.5x", nb["ours"] / floor <= 1.5)
        for name in list(NOTEBOOK_FLOORS)[1:]:
            row(f"  reference: {count} notebooks that {name} / one-cell",
                f"{nb[name]:.2f} s", f"{floor:.2f} s", f"{nb[name] / floor:.2f}x", "(info)")
        last = list(NOTEBOOK_FLOORS)[-1]
        row(f"  notebooks/ / {count} notebooks that {last}", f"{nb['ours']:.2f} s",
            f"{nb[last]:.2f} s", f"{nb['ours'] / nb[last]:.2f}x", "(info)")

    head = ("measure", "ours", "floor", "ratio", "goal")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    print(f"wlga-analysis benchmarks, {dt.date.today():%Y-%m-%d}, {os.cpu_count()} CPUs "
          f"({cpu_model()}), Python {platform.python_version()}")
    for r in [head, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    if FAILURES:
        print(f"note: {len(FAILURES)} timed run(s) failed, e.g. {FAILURES[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
