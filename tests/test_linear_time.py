"""Every loader takes time linear in its input, whatever the input.

Each hostile document of :data:`wlga_analysis.testing.hostile.PATHOLOGICAL` (a long run of
spaces after a ``<`` or a bold lead, runs of U+2028, many grants, many duplicate section
numbers, a long upper-case title...) is read by every loader of its kind at two sizes, the
second twice the first. A linear parser takes at most about twice as long on the second;
the regular expressions that backtracked took four to eight times as long (or hung). The
ratio is generous (3.5x plus 50 ms, best of three timings of this process's CPU time, the two
sizes taken in turn so that both see the same machine): this is a test of growth, not of
speed (the speed goal, 1 MB in under 2 s, is a benchmark row in bench/run.py).
"""

from __future__ import annotations

import contextlib
import time
import warnings

import pytest

from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.testing import hostile

#: Size (the ``n`` of each generator) small enough for CI, large enough that a quadratic
#: pattern dominates the fixed cost of building the tables.
SIZES: dict[str, int] = {
    "programme: spaces after a bold lead": 4000,
    "programme: spaces after a '<'": 2500,
    "programme: U+2028 after a month name": 2000,
    "programme: many grants": 150,
    "programme: one amount mentioned many times": 1500,
    "programme: many named grants": 1500,
    "programme: many duplicate section numbers": 400,
    "programme: a long upper-case title": 2000,
    "programme: a long sentence funding a grant": 2000,
    "programme: spaces after an opening bold mark": 1_500,
    "programme: commas in a colour key": 15_000,
    "programme: spaces in a key of letters": 15_000,
    "programme: spaces in a key table's grey row": 15_000,
    "programme: a date changed from one to another n times": 200,
    "programme: n old dates and original targets": 300,
    "programme: an amount of n digits": 20_000,
    "recommendations: spaces after a '<'": 1500,
    "recommendations: U+2028 in an area title": 300,
    "recommendations: U+2028 in an item": 3000,
    "recommendations: U+2028 in a bracket": 6000,
    "recommendations: many bold owner codes": 1000,
    "recommendations: many bold words": 250,
    "recommendations: many bold codes in a pipe table": 1000,
    "recommendations: many areas": 100,
}
MAX_RATIO = 3.5
#: Seconds of slack on top: timings of ~0.1 s on a shared machine jump by tens of ms.
NOISE_S = 0.05


def _cpu_time(kind: str, path) -> float:
    """CPU seconds of this process for every loader of ``kind`` on ``path``, parsed afresh
    (CPU time, not wall time: other processes on a shared CI machine do not count)."""
    hostile.clear_caches()
    start = time.process_time()
    for load in hostile.loaders()[kind]:
        load(path)
    return time.process_time() - start


def _best_times(kind: str, paths: list) -> list[float]:
    """The least of up to three timings of each path, the paths taken in turn each round:
    one round when its growth is well within the ratio (:func:`_done`), a second when it is
    not, a third only when two leave it over the ratio (a busy moment's slow run)."""
    best = [float("inf")] * len(paths)
    for round_ in range(3):
        for k, path in enumerate(paths):
            best[k] = min(best[k], _cpu_time(kind, path))
        if _done(best, round_):
            break
    return best


#: Growth that one round settles: well below :data:`MAX_RATIO` (a quadratic reading, 4x,
#: would need its smaller input's one timing to be slowed by more than half to pass here).
CLEAR_RATIO = 2.5


def _done(best: list[float], round_: int) -> bool:
    """Whether the timings so far settle the test: after one round, growth well within the
    ratio; after two or more, within it."""
    ratio = CLEAR_RATIO if round_ == 0 else MAX_RATIO
    return best[1] < ratio * best[0] + NOISE_S


def test_every_hostile_generator_has_a_size():
    assert sorted(SIZES) == sorted(hostile.PATHOLOGICAL)


@pytest.mark.parametrize("name", sorted(hostile.PATHOLOGICAL))
def test_doubling_a_hostile_input_at_most_doubles_the_time(tmp_path, name):
    kind, make = hostile.PATHOLOGICAL[name]
    paths = []
    for n in (SIZES[name], 2 * SIZES[name]):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(make(n), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        small, large = _best_times(kind, paths)
    assert large < MAX_RATIO * small + NOISE_S, (
        f"{name}: {small * 1000:.0f} ms at n={SIZES[name]}, {large * 1000:.0f} ms at twice "
        f"the size ({large / small:.1f}x): not linear")


@pytest.mark.parametrize("name", sorted(hostile.PATHOLOGICAL))
def test_hostile_documents_are_read_not_refused(tmp_path, name):
    # the growth test is only worth something if the documents are really parsed
    kind, make = hostile.PATHOLOGICAL[name]
    path = tmp_path / "doc.txt"
    path.write_text(make(50), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        tables = [load(path) for load in hostile.loaders()[kind]]
    assert len(tables[0]) >= 1


#: Hostile inputs for the readers added since stop 23 (:data:`wlga_analysis.testing
#: .hostile_readers.READERS`: Markdown dialects, Word plain text, ruled PDF tables; the
#: probe bench/hostile_forms.py --only READERS times them all): name -> a size small enough
#: for CI (the second size is twice it).
READER_SIZES: dict[str, int] = {
    "md: runs of n spaces at anchors": 10_000,
    "md: runs of n at task boxes and TABs": 2_000,
    "md: runs of n at emphasis lines": 2_000,
    "txt: runs of n in plain headings": 4_000,
    "txt: n plain lines over TAB tables, as a programme": 300,
    "txt: n dashed rules of columns, no blank line": 1_000,
    "md: a crosswalk cell with a run of n spaces": 20_000,
    "pdf: ruled grid of 5 rows x n columns": 400,
    "pdf: ruled grid of n rows x 5 columns": 250,
    "pdf: n ruled tables of 2 x 2 cells on one page": 200,
    # (a page's boxes: below 500 text objects a page at both sizes, where PDFium's own scan
    # of each object's text gives way to one pass; the work is counted in test_pdf_linear)
    "pdf: n one-cell boxes on one page": 250,
    "pdf: n one-cell boxes, a line beside each": 120,
    "pdf: n one-cell boxes in two columns": 120,
    "pdf: n one-cell boxes over 20 pages": 500,
}


def _best_times_of_first(kind: str, paths: list) -> list[float]:
    """As :func:`_best_times` (up to three rounds), the first loader of ``kind`` only (it
    parses the document; the others read its cache), a ``ParseError`` counting as a reading."""
    from wlga_analysis.errors import ParseError

    best = [float("inf")] * len(paths)
    load = hostile.loaders()[kind][0]
    for round_ in range(3):
        for k, path in enumerate(paths):
            hostile.clear_caches()
            start = time.process_time()
            with contextlib.suppress(ParseError):
                load(path)
            best[k] = min(best[k], time.process_time() - start)
        if _done(best, round_):
            break
    return best


@pytest.mark.parametrize("name", sorted(READER_SIZES))
def test_doubling_a_hostile_input_of_the_new_readers_at_most_doubles_the_time(tmp_path, name):
    from wlga_analysis.testing.hostile_readers import READERS

    kind, case, _sizes = READERS[name]
    paths = []
    for n in (READER_SIZES[name], 2 * READER_SIZES[name]):
        suffix, data = case(n)
        paths.append(tmp_path / f"{n}{suffix}")
        paths[-1].write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        small, large = _best_times_of_first(kind, paths)
    assert large < MAX_RATIO * small + NOISE_S, (
        f"{name}: {small * 1000:.0f} ms at n={READER_SIZES[name]}, {large * 1000:.0f} ms at "
        f"twice the size ({large / small:.1f}x): not linear")
