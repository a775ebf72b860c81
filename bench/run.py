"""Benchmarks: ratios measured in one run, so that they hold on any machine.

    python bench/run.py [--quick]

prints a table of ratios against floors measured in the same run:

* import: ``import wlga_analysis`` vs ``import pandas`` (fresh interpreters, median of 7);
* parse: recommendations and programme documents 1x, 10x and 100x the shipped size
  (synthetic, wlga_analysis.testing.synthetic), each parsed from a fresh file by its main loader;
  growth 10x->100x should be linear (within 12x) and 100x well under a second;
* series: 40 successive updates (about 1,200 items) loaded as a series and compared
  (``load_programme_series`` + ``programme_changes``), from fresh files; goal under 2 s;
* cold parse: the 100x recommendations document in a fresh process, as tab rows (the line
  parser, goal < 0.5 s) and printed as a Markdown pipe table (the model interpreter);
* programme cold: the 100x programme document's first load in a fresh process (< 0.5 s),
  with the compiled patterns an earlier run kept (wlga_analysis.text.regex_cache, as any run
  after the README's set-up has), again on one CPU (``WLGA_ANALYSIS_WORKERS=1``: a long
  document's items are otherwise read in two halves, the second in a forked child; info) and
  without the compiled patterns (info);
* hostile: the slowest of the hostile programme inputs (wlga_analysis.testing.hostile) at
  200 kB and 100 kB, the least of three runs of each (at most about twice as long for
  twice the input);
* all loaders: every loader of a kind on the shipped document and on the smallest one
  (one area, one item), from a fresh file: what one loader-level fuzz example costs;
* formats: the main loader of each kind on the synthetic 1x and 10x documents published as
  a web page, a Word file (automatic numbering) and a PDF (wlga_analysis.testing.publish;
  the 10x PDF of recommendations is about 45 pages), each from a fresh file, against the
  same document as text; a 10x document should load in under 5 s in any form;
* hostile: every loader of a kind on each 1 MB hostile document
  (wlga_analysis.testing.hostile.megabyte_document: as many different items as fit, e.g.
  17,500 grants; not one small document repeated), the worst one (the median of three
  runs of each of the three slowest): under 2 s;
* hostile readers: every loader of a kind on each text-form hostile input of the readers
  (wlga_analysis.testing.hostile_readers.READERS: Markdown, web pages, Word's plain-text
  export, e.g. 10,000 small TAB tables) grown to about 1 MB, the worst one: under 2 s;
* 1 MB forms: the main loader of each kind on a 1 MB web page, Word file and PDF
  (wlga_analysis.testing.hostile_forms.megabyte_documents; the recommendations PDF is about
  240 pages), first call in a fresh process, the least of three runs: under 2 s in each form;
* build: ``python -m wlga_analysis build --out TMP`` vs ``python -c "import pandas,
  matplotlib.pyplot"`` (goal <= 3x), and the same build with its charts drawn in one process
  (``WLGA_ANALYSIS_CHART_WORKERS=1``), interleaved;
* notebooks: ``pytest --nbval notebooks/`` vs as many one-cell notebooks (kernel start-up);
  with two references: as many notebooks that only import pandas and matplotlib, and as
  many that load one document and draw one chart; skipped when notebooks/ is empty.

``--quick`` takes fewer repetitions (for a smoke test); ``--build-only`` times only the build.
"""

from __future__ import annotations

import argparse
import compileall
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


#: Words swapped in successive synthetic updates, so that wording changes between them.
_REWORDINGS = (("Work is ongoing", "Work continues"), ("has continued", "continues"),
               ("local authorities", "councils"), ("Councils", "local authorities"),
               ("development", "developing"), ("support", "help"))


def series_documents(n: int, folder: Path, seed: int = 0) -> list[Path]:
    """``n`` successive updates of the shipped programme update, two weeks apart, in
    ``folder``: each rewords a few phrases, drops one bullet and adds one (about 30 items
    each), so the series is matched by topic and by wording."""
    import random

    from wlga_analysis import config

    rng = random.Random(seed)
    base = (config.RAW_DIR / "improvement-programme-2021-22-update.txt").read_text(
        encoding="utf-8").splitlines()
    start = dt.date(2021, 10, 22)
    paths = []
    for k in range(n):
        day = start + dt.timedelta(days=14 * k)
        lines = list(base)
        lines[0] = f"{day.day} {day:%B %Y}"
        bullets = [i for i, ln in enumerate(lines) if ln.startswith("- ") and i > 30]
        dropped = rng.choice(bullets)
        lines[dropped] = ""
        lines.insert(bullets[-1] + 1, f"- A new piece of work number {k} on {rng.random():.6f}.")
        text = "\n".join(lines)
        for old, new in rng.sample(_REWORDINGS, 2):
            text = text.replace(old, new)
        path = folder / f"update-{k:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def bench_series(reps: int, n: int = 40) -> tuple[float, float, int]:
    """Seconds to load a series of ``n`` updates from fresh files and compare them
    (load_programme_series + programme_changes), median of ``reps``; the floor: the same
    files parsed one by one by ``load_programme`` (fresh copies); and the item count."""
    import wlga_analysis as wa
    from wlga_analysis import analysis
    from wlga_analysis.errors import DataQualityWarning

    times, floors, items = [], [], 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        wa.load_programme(None)  # warm up: imports and reference lists
        for rep in range(reps):
            with tempfile.TemporaryDirectory() as tmp:
                (Path(tmp) / "a").mkdir()
                (Path(tmp) / "b").mkdir()
                paths = series_documents(n, Path(tmp) / "a", seed=rep)
                copies = series_documents(n, Path(tmp) / "b", seed=rep)
                start = time.perf_counter()
                series = wa.load_programme_series(paths)
                analysis.programme_changes(series)
                times.append(time.perf_counter() - start)
                start = time.perf_counter()
                for path in copies:
                    wa.load_programme(path)
                floors.append(time.perf_counter() - start)
                items = len(series)
    return statistics.median(times), statistics.median(floors), items


# "Cold": the first call in a fresh interpreter. pandas is imported before the clock starts
# (its import alone takes about 0.5 s and is no part of a parse); the import of our own
# loader modules and every first-call cache are inside it.
_COLD_PARSE = """
import sys, time, warnings
import pandas
import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning
warnings.simplefilter("ignore", DataQualityWarning)
start = time.perf_counter()
wa.load_recommendations(sys.argv[1])
print(time.perf_counter() - start)
"""


def as_pipe_table(text: str) -> str:
    """A recommendations document with its tab-separated rows printed as Markdown pipe rows
    (a separator after each header row)."""
    out = []
    for line in text.splitlines():
        if "\t" not in line:
            out.append(line)
            continue
        cells = [c.strip() for c in line.split("\t")]
        out.append("| " + " | ".join(cells) + " |")
        if cells and cells[0].lower().replace("<b>", "").startswith("area") and \
                "ecommendation" in line and len(line) < 200:
            out.append("|" + "---|" * len(cells))
    return "\n".join(out) + "\n"


def bench_cold_recommendations(reps: int) -> dict[str, float]:
    """First parse in a fresh process of the 100x recommendations document, as printed
    (tab rows, the line parser) and as a Markdown pipe table (the model interpreter)."""
    from wlga_analysis.testing import synthetic

    text, _ = synthetic.scaled_recommendations(100)
    out = {}
    env = _regex_cache_env(True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, body in (("tab rows", text), ("pipe table", as_pipe_table(text))):
            path = Path(tmp) / f"{name.replace(' ', '-')}.txt"
            path.write_text(body, encoding="utf-8")
            times = []
            for _ in range(reps):
                proc = subprocess.run([PY, "-c", _COLD_PARSE, str(path)], cwd=ROOT,
                                      capture_output=True, text=True, check=True, env=env)
                times.append(float(proc.stdout.strip().splitlines()[-1]))
            out[name] = min(times)
    return out


_COLD_PROGRAMME = """
import sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from wlga_analysis.testing import synthetic
path = Path(sys.argv[1])
path.write_text(synthetic.scaled_programme(100)[0], encoding="utf-8")
import pandas
import wlga_analysis as wa
start = time.perf_counter()
wa.load_programme(path)
print(time.perf_counter() - start)
"""


def _regex_cache_env(on: bool) -> dict[str, str]:
    """The environment of a cold process with the compiled-pattern cache
    (wlga_analysis.text.regex_cache) on (written by an earlier run first) or off."""
    env = {**os.environ, "WLGA_ANALYSIS_REGEX_CACHE": "1" if on else "0"}
    if on:  # any earlier run on this machine leaves it; make sure one did
        subprocess.run([PY, "-c", "import wlga_analysis as wa; wa.load_programme(); "
                        "wa.load_recommendations()"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    return env


def bench_programme_cold(reps: int, regex_cache: bool = True, cpus: int | None = None
                         ) -> float:
    """Seconds of the first load_programme call on the 100x programme document in a fresh
    interpreter (pandas imported before the clock starts, our loader modules inside it; no
    parse cache), with the compiled-pattern cache of earlier runs or without it; on as many
    CPUs as the loader finds (wlga_analysis.second_cpu), or on ``cpus``."""
    times = []
    env = _regex_cache_env(regex_cache)
    if cpus is not None:
        env["WLGA_ANALYSIS_WORKERS"] = str(cpus)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(reps):
            proc = subprocess.run([PY, "-c", _COLD_PROGRAMME, str(Path(tmp) / f"p{k}.txt")],
                                  cwd=ROOT, capture_output=True, text=True, check=True,
                                  env=env)
            times.append(float(proc.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def bench_hostile_programme(size: int) -> tuple[str, float, float]:
    """The slowest hostile programme input (wlga_analysis.testing.hostile) at ``size`` and
    ``size // 2`` characters: (name, seconds at size, seconds at half the size; the least of
    three runs of each, taken in turn)."""
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
    # the slowest one again, both sizes in turn, the least disturbed of three: one reading
    # of each swung by a third or more when this VM changed speed between the two
    name = worst[0]
    big, small = HOSTILE_PROGRAMMES[name](size), HOSTILE_PROGRAMMES[name](size // 2)
    pairs = [(seconds(big), seconds(small)) for _ in range(3)]
    return name, min(full for full, _ in pairs), min(half for _, half in pairs)


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


#: The floor of the build row, as the goal is stated (issue 12): the two libraries it uses.
BUILD_FLOOR = "import pandas, matplotlib.pyplot"


#: Published forms timed by bench_formats: (name, suffix, how to publish a text document).
def _publishers():
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes, html_page
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    def page(text: str, kind: str) -> bytes:
        return html_page(text.splitlines(), kind).encode("utf-8")

    def model(text: str, kind: str):
        return read_html(html_page(text.splitlines(), kind))

    return (("text", ".txt", lambda text, kind: text.encode("utf-8")),
            ("html", ".html", page),
            ("docx", ".docx", lambda text, kind: docx_bytes(model(text, kind), "auto")),
            ("pdf", ".pdf", lambda text, kind: pdf_bytes(model(text, kind))))


def _pages(data: bytes) -> int:
    import pypdfium2

    return len(pypdfium2.PdfDocument(data))


def bench_formats(reps: int) -> dict[tuple[str, str, int], tuple[float, int]]:
    """Seconds for the main loader of each kind on the synthetic 1x and 10x documents in
    each published form, from a fresh file (median), with the file's size (or, for a PDF,
    its page count)."""
    import wlga_analysis as wa
    from wlga_analysis.errors import DataQualityWarning
    from wlga_analysis.testing import synthetic

    kinds = {"recommendations": (synthetic.scaled_recommendations, wa.load_recommendations),
             "programme": (synthetic.scaled_programme, wa.load_programme)}
    out: dict[tuple[str, str, int], tuple[float, int]] = {}
    with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        counter = itertools.count()
        for kind, (make, load) in kinds.items():
            for n in (1, 10):
                text, _ = make(n)
                for form, suffix, publish in _publishers():
                    data = publish(text, kind)
                    size = _pages(data) if form == "pdf" else len(data)
                    times = []
                    for _ in range(max(2, reps // 2)):
                        path = Path(tmp) / f"{kind}-{n}-{next(counter)}{suffix}"
                        path.write_bytes(data)  # a fresh file: no read or parse cache
                        start = time.perf_counter()
                        load(path)
                        times.append(time.perf_counter() - start)
                    out[(kind, form, n)] = (statistics.median(times), size)
    return out


_COLD_LOAD = """
import sys, time, warnings
import pandas
import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning
warnings.simplefilter("ignore", DataQualityWarning)
load = getattr(wa, "load_" + sys.argv[2])
start = time.perf_counter()
load(sys.argv[1])
print(time.perf_counter() - start)
"""


def bench_megabyte_forms(reps: int) -> dict[str, tuple[float, str]]:
    """Seconds of the main loader on the 1 MB document of each kind in each published form
    (wlga_analysis.testing.hostile_forms.megabyte_documents: the shipped document's body
    repeated), first call in a fresh process, the least of ``reps`` runs: form -> (the worse
    kind's seconds, its name and size)."""
    from wlga_analysis.testing.hostile_forms import megabyte_documents

    out: dict[str, tuple[float, str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (kind, data) in megabyte_documents().items():
            path = Path(tmp) / name
            path.write_bytes(data)
            times = []
            for _ in range(reps):
                proc = subprocess.run([PY, "-c", _COLD_LOAD, str(path), kind], cwd=ROOT,
                                      capture_output=True, text=True, check=True)
                times.append(float(proc.stdout.strip().splitlines()[-1]))
            form = path.suffix.lstrip(".")
            label = f"{kind}, {len(data) / 1e6:.2f} MB" + (
                f", {_pages(data)} pages" if form == "pdf" else "")
            if form not in out or min(times) > out[form][0]:
                out[form] = (min(times), label)
    return out


def _loaders_seconds(path: Path, kind: str) -> float:
    """Seconds through every loader of ``kind`` on ``path``, from empty caches; a document
    the loaders refuse (a ``ParseError``: a line grown past the limit) counts with the time
    it took to refuse it."""
    from wlga_analysis.errors import ParseError
    from wlga_analysis.testing import hostile

    hostile.clear_caches()
    start = time.perf_counter()
    for load in hostile.loaders()[kind]:
        with contextlib.suppress(ParseError):
            load(path)
    return time.perf_counter() - start


def _worst_of(documents: dict[str, tuple[Path, str]]) -> tuple[str, float, int]:
    """The worst of ``documents`` (name -> (path, kind)) through every loader of its kind:
    its name, time and size. Each document is timed once; the three slowest are timed twice
    more, and each of them counts with the median of its three runs (the slowest of many
    single runs is the one a busy moment of the machine slowed most, not the slowest
    document)."""
    from wlga_analysis.errors import DataQualityWarning
    from wlga_analysis.testing import hostile

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        hostile.loaders()  # (the loaders' imports are no part of any document's time)
        runs = {name: [_loaders_seconds(path, kind)] for name, (path, kind) in documents.items()}
        slowest = sorted(runs, key=lambda name: -runs[name][0])[:3]
        for _ in range(2):
            for name in slowest:
                runs[name].append(_loaders_seconds(*documents[name]))
    name = max(slowest, key=lambda name: statistics.median(runs[name]))
    return name, statistics.median(runs[name]), documents[name][0].stat().st_size


def bench_hostile() -> tuple[str, float, int]:
    """Seconds through every loader of a kind for each 1 MB hostile document
    (wlga_analysis.testing.hostile): the worst one, its time and its size
    (:func:`_worst_of`)."""
    from wlga_analysis.testing import hostile

    with tempfile.TemporaryDirectory() as tmp:
        documents: dict[str, tuple[Path, str]] = {}
        for name, (kind, _make) in hostile.PATHOLOGICAL.items():
            path = Path(tmp) / f"{len(documents)}-{kind}.txt"
            path.write_text(hostile.megabyte_document(name), encoding="utf-8")
            documents[name] = (path, kind)
        return _worst_of(documents)


def bench_hostile_readers(size: int = 1_000_000) -> tuple[str, float, int]:
    """Seconds through every loader of a kind for each text-form hostile input of the
    readers (wlga_analysis.testing.hostile_readers.READERS: Markdown, web pages, Word's
    plain-text export) grown to about ``size`` bytes: the worst one, its time and its size
    (:func:`_worst_of`; an input the loaders refuse counts with the time to refuse it)."""
    from wlga_analysis.testing.hostile_readers import READERS

    with tempfile.TemporaryDirectory() as tmp:
        documents: dict[str, tuple[Path, str]] = {}
        for name, (kind, case, sizes) in READERS.items():
            suffix, data = case(sizes[0])
            if suffix not in (".txt", ".md", ".html"):
                continue  # (the 1 MB PDF and Word files have rows of their own)
            suffix, data = case(max(sizes[0], round(sizes[0] * size / max(len(data), 1))))
            path = Path(tmp) / f"{len(documents)}-{kind}{suffix}"
            path.write_bytes(data)
            documents[name] = (path, kind)
        return _worst_of(documents)


def bench_build(reps: int) -> dict[str, float]:
    """Seconds for ``build --out TMP`` (charts on every CPU), the same with charts drawn in
    one process (``WLGA_ANALYSIS_CHART_WORKERS=1``, as before issue 12), and the floor; runs
    interleaved so that a busy machine slows all three alike. Also each one's CPU time
    (user + system, every process it started included; keys ``"<name> cpu"``), which a
    busy machine inflates less than wall time, and the load average at the end."""
    import resource

    def cpu_seconds() -> float:
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        return used.ru_utime + used.ru_stime

    serial_env = {**os.environ, "WLGA_ANALYSIS_CHART_WORKERS": "1"}
    times: dict[str, list[float]] = {"ours": [], "serial": [], "floor": []}
    cpu: dict[str, list[float]] = {"ours": [], "serial": [], "floor": []}
    with tempfile.TemporaryDirectory() as tmp:
        command = [PY, "-m", "wlga_analysis", "build", "--out", str(Path(tmp) / "out")]
        runs = {"floor": ([PY, "-c", BUILD_FLOOR], None), "ours": (command, None),
                "serial": (command, serial_env)}
        for _ in range(reps):
            for key, (args, env) in runs.items():
                before = cpu_seconds()
                times[key].append(run_seconds(args, env=env))
                cpu[key].append(cpu_seconds() - before)  # every process, workers included
    out = {key: statistics.median(values) for key, values in times.items()}
    out.update({f"{key} cpu": statistics.median(values) for key, values in cpu.items()})
    out["load"] = os.getloadavg()[0]
    return out


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


def loop_seconds() -> float:
    """Seconds of a fixed pure-Python loop: how fast the machine runs Python right now.
    Timed at the start and at the end of a run (and between parts), it shows how much a
    virtual machine's speed swung while the rows were measured (seen here: the same loop
    from 0.31 to 0.52 s minutes apart, on an idle machine)."""
    start = time.perf_counter()
    total = 0
    for i in range(2_000_000):
        total += i * i
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--skip-notebooks", action="store_true")
    parser.add_argument("--build-only", action="store_true", help="only the build rows")
    args = parser.parse_args(argv)
    reps = 3 if args.quick else 7
    # Fresh interpreters read our modules' bytecode, as every run does after the README's
    # set-up command (it byte-compiles the package, so even where PYTHONDONTWRITEBYTECODE is
    # set): compiling the source is an install cost, not a parse's or a build's.
    compileall.compile_dir(str(ROOT / "wlga_analysis"), quiet=1)
    rows: list[tuple[str, str, str, str, str]] = []
    speed = [loop_seconds()]

    def row(what, measured, floor, ratio, goal, ok=None):
        flag = "" if ok is None else ("ok" if ok else "OVER")
        rows.append((what, measured, floor, ratio, f"{goal} {flag}".strip()))

    if not args.build_only:
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

        seconds, floor, items = bench_series(max(3, reps // 2))
        row(f"series of 40 updates ({items} items): load and compare / load_programme x 40",
            f"{seconds:.2f} s", f"{floor:.2f} s", f"{seconds / floor:.2f}x", "< 2 s",
            seconds < 2.0)

        cold = bench_programme_cold(max(3, reps // 2))
        row("parse programme 100x, first call in a fresh process", f"{cold * 1000:.0f} ms", "",
            "", "< 0.5 s", cold < 0.5)
        one_cpu = bench_programme_cold(max(3, reps // 2), cpus=1)
        row("parse programme 100x, first call, one CPU (WLGA_ANALYSIS_WORKERS=1)",
            f"{one_cpu * 1000:.0f} ms", f"{cold * 1000:.0f} ms", f"{one_cpu / cold:.2f}x",
            "(info)")
        uncached = bench_programme_cold(max(3, reps // 2), regex_cache=False)
        row("parse programme 100x, first call, compiled-pattern cache off",
            f"{uncached * 1000:.0f} ms", f"{cold * 1000:.0f} ms", f"{uncached / cold:.2f}x",
            "(info)")
        name, full, half = bench_hostile_programme(200_000)
        row(f"slowest hostile programme input, 200 kB / 100 kB ({name})", f"{full:.2f} s",
            f"{half:.2f} s", f"{full / half:.1f}x", "<= 2.5x (linear)", full / half <= 2.5)

        cold = bench_cold_recommendations(max(3, reps // 2))
        row("parse recommendations 100x, cold (tab rows: line parser)",
            f"{cold['tab rows'] * 1000:.0f} ms", "", "", "< 0.5 s", cold["tab rows"] < 0.5)
        row("parse recommendations 100x, cold (pipe table: model interpreter)",
            f"{cold['pipe table'] * 1000:.0f} ms", f"{cold['tab rows'] * 1000:.0f} ms",
            f"{cold['pipe table'] / cold['tab rows']:.1f}x", "(info)")

        for kind, (shipped, smallest) in bench_all_loaders(reps).items():
            row(f"all {kind} loaders, shipped document / smallest one", f"{shipped * 1000:.1f} ms",
                f"{smallest * 1000:.1f} ms", f"{shipped / smallest:.1f}x", "(info)")

        name, seconds, size = bench_hostile()
        row(f"1 MB hostile document loads in < 2 s (worst: {name}, {size / 1e6:.2f} MB)",
            f"{seconds:.2f} s", "", "", "< 2 s", seconds < 2.0)

        name, seconds, size = bench_hostile_readers()
        row(f"1 MB hostile input of the readers loads in < 2 s (worst: {name}, "
            f"{size / 1e6:.2f} MB)", f"{seconds:.2f} s", "", "", "< 2 s", seconds < 2.0)

        for form, (seconds, label) in bench_megabyte_forms(3).items():
            row(f"1 MB document as {form}, first call in a fresh process (worst: {label})",
                f"{seconds:.2f} s", "", "", "< 2 s", seconds < 2.0)

        formats = bench_formats(reps)
        for (kind, form, n), (seconds, size) in formats.items():
            if form == "text":
                continue
            text_seconds = formats[(kind, "text", n)][0]
            label = f"{size} pages" if form == "pdf" else f"{size / 1000:.0f} kB"
            row(f"load {kind} {n}x as {form} ({label}) / as text", f"{seconds:.3f} s",
                f"{text_seconds:.3f} s", f"{seconds / text_seconds:.1f}x",
                "< 5 s" if n == 10 else "(info)", seconds < 5 if n == 10 else None)

    build = bench_build(max(3, reps // 2))
    row(f"build / {BUILD_FLOOR}", f"{build['ours']:.2f} s", f"{build['floor']:.2f} s",
        f"{build['ours'] / build['floor']:.1f}x", "<= 3x",
        build["ours"] / build["floor"] <= 3)
    row("  build with charts in one process / floor", f"{build['serial']:.2f} s",
        f"{build['floor']:.2f} s", f"{build['serial'] / build['floor']:.1f}x", "(info)")
    row(f"  build CPU time, all processes / floor's (load {build['load']:.1f})",
        f"{build['ours cpu']:.2f} s", f"{build['floor cpu']:.2f} s",
        f"{build['ours cpu'] / build['floor cpu']:.1f}x", "(info)")
    row("  build with charts in one process, CPU time / floor's",
        f"{build['serial cpu']:.2f} s", f"{build['floor cpu']:.2f} s",
        f"{build['serial cpu'] / build['floor cpu']:.1f}x", "(info)")

    nb = None if args.skip_notebooks or args.build_only else bench_notebooks(max(3, reps // 2))
    if nb is None:
        row("pytest --nbval notebooks/ / one-cell notebooks", "skipped", "", "",
            "--skip-notebooks" if args.skip_notebooks else "--build-only" if args.build_only
            else "no notebooks in notebooks/")
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

    speed.append(loop_seconds())
    head = ("measure", "ours", "floor", "ratio", "goal")
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    print(f"wlga-analysis benchmarks, {dt.date.today():%Y-%m-%d}, {os.cpu_count()} CPUs "
          f"({cpu_model()}), Python {platform.python_version()}")
    print(f"machine speed: a fixed Python loop took {speed[0]:.3f} s at the start and "
          f"{speed[1]:.3f} s at the end (a wall-clock row swings as much as this does)")
    for r in [head, tuple("-" * w for w in widths), *rows]:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
    if FAILURES:
        print(f"note: {len(FAILURES)} timed run(s) failed, e.g. {FAILURES[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
