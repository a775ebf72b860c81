"""The report and the notebooks run on documents given on the command line (a January 2022
update written for these tests): they name only those documents, and no sentence about the
documents is the shipped update's. One report run serves the whole module."""

from __future__ import annotations

import hashlib
import html as html_lib
import re
import subprocess
import sys
import warnings

import nbformat
import pytest

import wlga_analysis as wa
from wlga_analysis import analysis, charts, config, notebooks

JANUARY = config.PROJ_ROOT / "tests" / "data" / "improvement-programme-2021-22-january-update.txt"
#: Facts of the shipped October 2021 update that the January one does not share.
SHIPPED_FACTS = ("22 October 2021", "22nd October", "2021-10-22",
                 "improvement-programme-2021-22-update.txt", "816c9382e638",
                 "£530,000", "£1,330,000", "stretched resources", "item 7.2",
                 "three members of the team (out of five)", "within quarter two")


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wlga_analysis", *args], capture_output=True,
                          text=True, cwd=config.PROJ_ROOT, timeout=900, check=False)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report-january")
    done = _run("report", "--out", str(out), "--programme", str(JANUARY))
    assert done.returncode == 0, done.stderr
    text = (out / "wlga_analysis_report.html").read_text(encoding="utf-8")
    return {"html": text, "stderr": done.stderr,
            "text": re.sub(r'data:image/png;base64,[^"]+', "", text)}


def test_report_names_only_the_documents_given(report):
    text = report["text"]
    sha = hashlib.sha256(JANUARY.read_bytes()).hexdigest()
    sources = text[text.index('id="Sources"'):text.index('id="A-tour-of-the-data"')]
    assert JANUARY.name in sources and sha in sources and "2022-01-27" in sources
    assert "working-group-recommendations.txt" in sources
    assert sources.count("<tr>") == 3  # a header and the two documents
    assert "(27 January 2022)" in text[:text.index('id="Sources"')]  # the title page


def test_no_sentence_states_the_shipped_updates_facts(report):
    for fact in SHIPPED_FACTS:
        assert fact not in report["text"], fact
    for fact in ("27 January 2022", "£560,000", "£1,360,000", "Two items are at risk: item 6.3",
                 "Omicron", "Six of the 9 links of the crosswalk point at nothing"):
        assert fact in report["text"], fact


def test_every_image_has_its_charts_alt_text(report):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wa.DataQualityWarning)
        recs, areas = wa.load_recommendations(), wa.load_areas()
        activities, programme = wa.load_activities(), wa.load_programme(JANUARY)
        quarter = analysis.report_quarter(wa.load_metadata(JANUARY, kind="programme"))
        expected = {c.alt_text for c in (
            charts.chart_owners(recs), charts.chart_owner_theme_heatmap(recs),
            charts.chart_area_counts(areas, activities, recs),
            charts.chart_quarter_status(programme, quarter),
            charts.chart_status_by_priority(programme),
            charts.chart_funding(wa.load_grants(JANUARY), wa.load_paragraphs(JANUARY)))}
    images = re.findall(r"<img\b[^>]*>", report["html"])
    alts = [html_lib.unescape(m) for img in images for m in re.findall(r'alt="([^"]*)"', img)]
    assert len(alts) == len(images) >= 6
    assert expected <= set(alts)  # a notebook added later may add charts of its own
    assert all(alt.strip() and "No description" not in alt for alt in alts)


def test_tables_are_whole_without_index_or_nan(report):
    text = report["text"]
    assert text.count('class="dataframe"') >= 20
    for bad in ("<th></th>", ">NaN<", "&lt;NA&gt;", ">None<", "…", "...</td>"):
        assert bad not in text, bad
    assert "—" in text


def test_no_kernel_warnings_in_the_output(report):
    lines = [line for line in report["stderr"].splitlines() if line.strip()]
    assert lines and all(line.startswith("[report] ") for line in lines), lines


def test_notebooks_command_runs_on_the_documents_given(tmp_path):
    stored = notebooks.notebook_paths()[3]
    before = stored.read_bytes()
    done = _run("notebooks", stored.stem, "--programme", str(JANUARY), "--out", str(tmp_path))
    assert done.returncode == 0, done.stderr
    assert stored.read_bytes() == before  # the stored notebook is left alone
    nb = nbformat.read(tmp_path / stored.name, as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and f"PROGRAMME = '{JANUARY}'" in injected[0].source
    position = nb.cells.index(injected[0])
    assert "parameters" in nb.cells[position - 1].metadata.get("tags", [])
    shown = "\n".join(o.get("data", {}).get("text/markdown", "") for c in nb.cells
                      if c.cell_type == "code" for o in c.outputs)
    assert "Two items are at risk: item 6.3" in shown and "27 January 2022" in shown
    assert "22 October 2021" not in shown


def test_a_bad_document_path_fails_before_any_kernel(tmp_path, capsys):
    from wlga_analysis.__main__ import main

    assert main(["report", "--out", str(tmp_path), "--programme", "no-such-update.txt"]) == 2
    assert main(["notebooks", "--programme", "no-such-update.txt"]) == 2
    err = capsys.readouterr().err
    assert err.count("no-such-update.txt") == 2 and "executing" not in err


def test_stored_report_images_carry_the_shipped_charts_alt_text(tmp_path):
    from wlga_analysis import report as report_module

    path = report_module.build_report(tmp_path, execute=False)
    images = re.findall(r"<img\b[^>]*>", path.read_text(encoding="utf-8"))
    alts = [html_lib.unescape(m) for img in images for m in re.findall(r'alt="([^"]*)"', img)]
    assert len(alts) == len(images) >= 6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wa.DataQualityWarning)
        assert charts.chart_owners(wa.load_recommendations()).alt_text in alts


def test_stored_outputs_are_not_passed_off_as_another_documents(tmp_path):
    from wlga_analysis import report as report_module

    with pytest.raises(ValueError, match="execute=True"):
        report_module.build_report(tmp_path, execute=False, programmes=[JANUARY])


def test_a_series_is_named_in_full_and_the_last_update_is_analysed():
    from wlga_analysis import report as report_module

    october = config.RAW_DIR / "improvement-programme-2021-22-update.txt"
    documents = report_module.document_records(programmes=[october, JANUARY])
    assert [d["file"] for d in documents] == [
        "working-group-recommendations.txt", october.name, JANUARY.name]
    table = report_module.sources_markdown(documents)
    assert table.count("\n| ") == 2 + 3 and "2021-10-22" in table and "2022-01-27" in table
    front = report_module.front_matter(documents)
    assert "(22 October 2021)" in front and "(27 January 2022)" in front
    parameters = notebooks.document_parameters(programmes=[october, JANUARY])
    assert parameters["PROGRAMME"] == str(JANUARY.resolve())
    assert parameters["PROGRAMMES"] == [str(october.resolve()), str(JANUARY.resolve())]
