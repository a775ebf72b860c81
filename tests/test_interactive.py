"""Notebook and IPython sessions: summarised data-quality warnings, alt text on charts."""

from __future__ import annotations

import importlib.util
import sys
import warnings
from types import SimpleNamespace

import pytest

import wlga_analysis as wa
from wlga_analysis import config, interactive, quality


@pytest.fixture
def in_ipython(monkeypatch):
    """Pretend to run inside IPython (without starting a shell that would outlive the test)."""
    monkeypatch.setattr(interactive, "ipython_shell", lambda: SimpleNamespace())


def _loaded_warnings(load):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", wa.DataQualityWarning)
        load()
    return [str(w.message) for w in caught if issubclass(w.category, wa.DataQualityWarning)]


def test_one_summary_per_load_in_ipython(in_ipython, caplog):
    with caplog.at_level("WARNING", logger="wlga_analysis"):
        messages = _loaded_warnings(wa.load_programme)
    assert messages == ["improvement-programme-2021-22-update.txt: 21 data-quality findings; "
                        "`wa.data_quality_report()` lists them"]
    logged = [r.getMessage() for r in caplog.records]
    assert len(logged) == 21 and "item 6.2 states no timing" in " ".join(logged)
    assert len(wa.data_quality_report()) == 26  # the report keeps the full list


def test_full_list_outside_ipython_and_on_request(in_ipython):
    assert len(_loaded_warnings(wa.load_recommendations)) == 1
    previous = quality.set_warning_style("full")
    try:
        assert len(_loaded_warnings(wa.load_recommendations)) == 3
    finally:
        quality.set_warning_style(previous)


def test_scripts_and_tests_get_every_warning():
    with pytest.warns(wa.DataQualityWarning, match="recommendation 13 names no owner"):
        wa.load_recommendations()


def test_a_script_shows_the_first_findings_then_counts_the_rest(tmp_path, caplog):
    """Outside IPython a load shows its first CAPPED_WARNINGS findings as warnings of their
    own and one more counting the rest (logged each): not 2,000 lines for a long update."""
    from wlga_analysis.testing import synthetic

    path = tmp_path / "long-update.txt"
    path.write_text(synthetic.scaled_programme(3)[0], encoding="utf-8")
    findings = len(wa.data_quality_report(programme=path, recommendations=None)
                   .query("table == 'programme'"))
    assert findings > quality.CAPPED_WARNINGS + 10  # (the document is long enough)
    with caplog.at_level("WARNING", logger="wlga_analysis"):
        messages = _loaded_warnings(lambda: wa.load_programme(path))
    shown = findings if findings <= quality.CAPPED_WARNINGS else quality.CAPPED_WARNINGS
    assert len(messages) == shown + 1
    assert messages[-1] == (f"long-update.txt: {findings - shown:,} more data-quality "
                            "findings; `wa.data_quality_report()` lists them")
    assert all(", line " in m for m in messages[:-1])
    assert len(caplog.records) == findings - shown  # the rest are in the log
    previous = quality.set_warning_style("full")
    try:  # and every one on request
        assert len(_loaded_warnings(lambda: wa.load_programme(path))) == findings
    finally:
        quality.set_warning_style(previous)


def test_chart_display_carries_alt_text():
    import pandas as pd

    from wlga_analysis import charts

    chart = charts.chart_owners(pd.DataFrame({"rec_id": [1, 2], "owners": [["WLGA"], ["WG"]]}))
    registered = {}
    formatter = SimpleNamespace(
        for_type_by_name=lambda module, name, func: registered.update({(module, name): func}))
    shell = SimpleNamespace(display_formatter=SimpleNamespace(formatters={"image/png": formatter}))
    assert interactive.setup(shell)
    func = registered[(type(chart).__module__, type(chart).__name__)]
    png, metadata = func(chart)
    assert png.startswith(b"\x89PNG") and metadata == {"alt": chart.alt_text}


def _screenshot_module():
    path = config.PROJ_ROOT / "scripts" / "screenshot_lab.py"
    spec = importlib.util.spec_from_file_location("screenshot_lab", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("screenshot_lab", module)
    spec.loader.exec_module(module)
    return module


def test_screenshot_waits_for_an_idle_kernel_and_can_capture_everything():
    lab = _screenshot_module()
    starting = [{"path": "notebooks/00.ipynb", "kernel": {"execution_state": "starting"}}]
    assert not lab.session_idle(starting, "notebooks/00.ipynb")
    starting[0]["kernel"]["execution_state"] = "idle"
    assert lab.session_idle(starting, "notebooks/00.ipynb")
    assert "Connecting" in lab.NOT_READY
    assert lab.capture_height(5200, 900) == 5200 and lab.capture_height(300, 900) == 900
    assert lab.LAB_SETTINGS["@jupyterlab/notebook-extension/tracker"] == {
        "windowingMode": "none"}


IPYTHON_SESSION = '''
import warnings
from IPython.core.interactiveshell import InteractiveShell
shell = InteractiveShell.instance()
warnings.simplefilter("always")
shell.run_cell("import wlga_analysis as wa\\nprogramme = wa.load_programme()")
shell.run_cell("from wlga_analysis import charts\\n"
               "chart = charts.chart_owners(wa.load_recommendations())")
data, metadata = shell.display_formatter.format(shell.user_ns["chart"])
print("alt text shown:", metadata["image/png"]["alt"] == shell.user_ns["chart"].alt_text)
'''


def test_a_real_ipython_session_gets_summaries_and_alt_text():
    import subprocess

    done = subprocess.run([sys.executable, "-c", IPYTHON_SESSION], capture_output=True,
                          text=True, timeout=300, check=True, cwd=config.PROJ_ROOT)
    assert "alt text shown: True" in done.stdout
    warned = [line for line in done.stderr.splitlines() if "DataQualityWarning" in line]
    assert len(warned) == 2, done.stderr
    assert "improvement-programme-2021-22-update.txt: 21 data-quality findings" in warned[0]
    assert "states no timing" not in done.stderr
