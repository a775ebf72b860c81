"""Tests of wlga_analysis.charts: house style, messages, alt text, byte-identical output."""

from __future__ import annotations

import csv
import subprocess
import sys
import warnings

import pandas as pd
import pytest

from wlga_analysis import charts


def _recs() -> pd.DataFrame:
    return pd.DataFrame({
        "rec_id": [1, 2, 3, 4], "area_id": [1, 1, 2, 2],
        "area": ["Regional arrangements", "Regional arrangements", "A rather long area name "
                 "that must wrap", "A rather long area name that must wrap"],
        "theme": ["T1", "T1", "T2", "T2"], "text": ["a", "b", "c", "d"],
        "owners": [["WLGA", "WG"], ["WG", "WLGA"], ["WLGA"], []],
        "source_line": [1, 2, 3, 4]})


def _programme() -> pd.DataFrame:
    return pd.DataFrame({
        "item_id": ["1.1", "1.2", "2.1"], "section": ["Set Up", "Set Up", "Recovery"],
        "priority": [None, None, "Recovery"], "status": ["at risk", "done", "planned"],
        "quarter": pd.PeriodIndex(["2022Q2", None, "2022Q4"], freq="Q-MAR"),
        "text": ["x", "y", "z"], "partners": [[], [], []], "source_line": [1, 2, 3]})


def _grants():
    grants = pd.DataFrame({"grant": ["improvement grant", "digital grant"],
                           "amount_gbp": [800000, 530000],
                           "financial_year": ["2021-22", "2021-22"], "purpose": ["a", "b"],
                           "paragraphs": [[4], [16]], "source_line": [24, 91]})
    paras = pd.DataFrame({"paragraph": [19], "kind": ["paragraph"], "source_line": [94],
                          "text": ["Options include X, or whether Y, possibly supplemented "
                                   "by Z."]})
    return grants, paras


def _all(tmp=None):
    areas = pd.DataFrame({"area_id": [1, 2], "area": ["Regional arrangements",
                                                      "A rather long area name that must wrap"],
                          "theme": ["T1", "T2"]})
    acts = pd.DataFrame({"area_id": [1, 2, 2], "status": ["Ongoing", None, None]})
    grants, paras = _grants()
    return [charts.chart_owners(_recs()), charts.chart_owner_theme_heatmap(_recs()),
            charts.chart_area_counts(areas, acts, _recs()),
            charts.chart_quarter_status(_programme(), "2021-22 Q3"),
            charts.chart_status_by_priority(_programme()),
            charts.chart_funding(grants, paras)]


def test_import_does_not_load_matplotlib():
    code = ("import sys, wlga_analysis, wlga_analysis.charts, wlga_analysis.analysis; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_every_chart_has_title_subtitle_source_and_alt_text():
    for chart in _all():
        texts = [t.get_text() for t in chart.figure.texts]
        assert chart.title and texts[0].replace("\n", " ") == chart.title
        assert any(t.startswith("Source: ") for t in texts)
        assert len(texts) >= 3
        assert chart.alt_text.endswith(".") and len(chart.alt_text) > 40
        assert chart.figure.get_size_inches()[0] == pytest.approx(charts.FIGURE_WIDTH)


def test_titles_carry_the_message():
    by_name = {c.name: c for c in _all()}
    assert by_name["owners"].title == "WLGA and WG jointly own 2 of 4 recommendations"
    assert by_name["owner_theme_heatmap"].title == "WLGA is named in every theme"
    assert by_name["quarter_status"].title.startswith("Most timed items") or \
        "programme items" in by_name["quarter_status"].title
    assert by_name["status_by_priority"].title == "1 item is at risk, in Set Up"
    assert by_name["funding"].title == "Two grants total £1,330,000 for 2021-22"
    assert "no timing" in by_name["quarter_status"].alt_text


def test_funding_chart_has_no_invented_figures():
    grants, paras = _grants()
    chart = charts.chart_funding(grants, paras)
    ax = chart.figure.axes[0]
    label = ax.get_xlabel()
    assert "1. X" in label and "2. Y" in label and "supplemented by Z" in label
    assert "£" not in label


def test_save_is_byte_identical_and_writes_alt_text(tmp_path):
    grants, paras = _grants()
    files = []
    for folder in ("a", "b"):
        chart = charts.chart_funding(grants, paras)
        files.append(charts.save_figure(chart, tmp_path / folder, dpi=40))
    names = [p.name for p in files[0]]
    assert names == ["funding.png", "funding.svg", "funding.pdf", "funding.alt.txt"]
    for a, b in zip(*files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
    assert (tmp_path / "a" / "funding.alt.txt").read_text(encoding="utf-8").strip()
    assert b"CreationDate" not in (tmp_path / "a" / "funding.pdf").read_bytes()
    assert b"<dc:date>" not in (tmp_path / "a" / "funding.svg").read_bytes()
    assert not list((tmp_path / "a").glob("*.tmp"))


def test_index_lists_every_chart(tmp_path):
    made = _all()
    for chart in made:
        charts.save_figure(chart, tmp_path, formats=("png",), dpi=30)
    csv_path, md_path = charts.write_figures_index(made, tmp_path)
    with csv_path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["name"] for r in rows] == [c.name for c in made]
    assert all(r["files"] == f"{r['name']}.png;{r['name']}.alt.txt" for r in rows)
    md = md_path.read_text(encoding="utf-8")
    assert all(c.title in md for c in made)


def test_build_all_charts_on_shipped_tables(tmp_path):
    import wlga_analysis as wa

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = {"recommendations": wa.load_recommendations(), "areas": wa.load_areas(),
                  "activities": wa.load_activities(), "programme": wa.load_programme(),
                  "grants": wa.load_grants(), "paragraphs": wa.load_paragraphs()}
    messages = []
    written = charts.build_all_charts(tables, tmp_path, progress=messages.append,
                                      formats=("png",), dpi=30)
    names = {p.name for p in written}
    assert {"figures.csv", "figures.md", "owners.png", "funding.png",
            "quarter_status.alt.txt"} <= names
    assert len(messages) == 6
    rows = list(csv.DictReader((tmp_path / "figures.csv").open(encoding="utf-8")))
    titles = {r["name"]: r["title"] for r in rows}
    assert titles["owners"] == "WLGA and WG jointly own 14 of 25 recommendations"
    assert titles["owner_theme_heatmap"] == "WLGA and WG are named in every theme"
    assert titles["funding"] == "Two grants total £1,330,000 for 2021-22"
    assert titles["quarter_status"] == "20 of 30 programme items give no timing"


def test_a_chart_of_another_document_names_it_and_uses_its_quarter(tmp_path):
    """Source note and report quarter come from the document loaded, not the shipped one."""
    import wlga_analysis as wa
    from wlga_analysis import config, documents

    src = config.RAW_DIR / documents.shipped_record("programme")["file"]
    text = src.read_text(encoding="utf-8").replace("22nd October 2021", "15th July 2022")
    path = tmp_path / "later-update.txt"
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        programme = wa.load_programme(path)
    chart = charts.chart_quarter_status(programme)
    notes = [t.get_text() for t in chart.figure.texts]
    assert any(n.startswith("Source: later-update.txt") for n in notes)
    assert "report quarter 2022-23 Q2" in chart.alt_text
