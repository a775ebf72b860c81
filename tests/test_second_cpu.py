"""Long documents read on two CPUs (wlga_analysis.second_cpu): the same tables either way,
a failing child's work done again here, a child stopped when this process fails first."""

from __future__ import annotations

import os
import time
import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import second_cpu
from wlga_analysis.interpret.programme import items as programme_items
from wlga_analysis.read import pdf_pages
from wlga_analysis.testing import synthetic
from wlga_analysis.testing.hostile import clear_caches

TWO = second_cpu.cpus() >= 2 and hasattr(os, "fork")


@pytest.fixture
def may_fork(monkeypatch):
    """Forks allowed in this test (the test runner's worker may run a second thread: the
    jobs here take no lock another thread could hold)."""
    monkeypatch.delenv(second_cpu.WORKERS_VARIABLE, raising=False)
    monkeypatch.setattr(second_cpu, "_one_thread", lambda: True)


def test_the_second_half_runs_in_a_child_and_comes_back(may_fork):
    here = os.getpid()
    with second_cpu.second_half(os.getpid) as later:
        assert later.forked == TWO
        pid = later.result()
    assert (pid != here) == TWO


def test_no_child_with_one_worker_or_when_not_worth_it(may_fork, monkeypatch):
    with second_cpu.second_half(os.getpid, worth=False) as later:
        assert not later.forked and later.result() == os.getpid()
    monkeypatch.setenv(second_cpu.WORKERS_VARIABLE, "1")
    assert second_cpu.cpus() == 1
    with second_cpu.second_half(os.getpid) as later:
        assert not later.forked and later.result() == os.getpid()


def test_a_failing_child_has_its_job_done_here(may_fork):
    here = os.getpid()

    def job() -> str:
        if os.getpid() != here:
            raise RuntimeError("only in the child")
        return "done here"

    with second_cpu.second_half(job) as later:
        assert later.result() == "done here"
    with second_cpu.second_half(lambda: 1 // 0) as later, pytest.raises(ZeroDivisionError):
        later.result()  # (the job's own error, raised here)


def test_a_child_is_stopped_when_this_process_fails_first(may_fork):
    start = time.perf_counter()
    with pytest.raises(KeyError), second_cpu.second_half(lambda: time.sleep(30)):
        raise KeyError("the first half failed")
    assert time.perf_counter() - start < 10


@pytest.fixture
def forks(monkeypatch):
    """Whether each second half started in this test ran in a child."""
    seen: list[bool] = []
    start = second_cpu.second_half

    def spy(job, worth=True):
        later = start(job, worth)
        seen.append(later.forked)
        return later

    monkeypatch.setattr(second_cpu, "second_half", spy)
    return seen


def _tables(path, monkeypatch, workers: str | None):
    if workers is None:
        monkeypatch.delenv(second_cpu.WORKERS_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(second_cpu.WORKERS_VARIABLE, workers)
    clear_caches()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_programme(path).to_csv(), wa.data_quality_report(programme=path).to_csv()


def test_a_long_programme_reads_the_same_on_one_cpu_and_two(may_fork, forks, monkeypatch,
                                                             tmp_path):
    monkeypatch.setattr(programme_items, "TWO_CPU_ITEMS", 20)  # (a short document forks)
    path = tmp_path / "update.txt"
    path.write_text(synthetic.scaled_programme(2)[0], encoding="utf-8")
    two = _tables(path, monkeypatch, None)
    assert forks == [TWO]
    one = _tables(path, monkeypatch, "1")
    assert forks == [TWO, False]
    assert two[0].count("\n") > 40
    assert two == one


def test_a_long_pdf_reads_the_same_on_one_cpu_and_two(may_fork, forks, monkeypatch, tmp_path):
    from wlga_analysis.testing.hostile_forms import base_pdf

    monkeypatch.setattr(pdf_pages, "TWO_CPU_PAGES", 2)  # (the shipped update's 3 pages)
    path = tmp_path / "update.pdf"
    path.write_bytes(base_pdf("programme"))
    two = _tables(path, monkeypatch, None)
    assert forks == [TWO, False]  # (the pages; then the items, too few to fork)
    one = _tables(path, monkeypatch, "1")
    assert forks == [TWO, False, False, False]
    assert two[0].count("\n") > 25
    assert two == one


def test_no_fork_to_spare_means_the_job_runs_here(may_fork, monkeypatch):
    def refuse():
        raise OSError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(second_cpu.os, "fork", refuse)
    with second_cpu.second_half(os.getpid) as later:
        assert not later.forked
        assert later.result() == os.getpid()
