"""A series of programme updates: matching items across updates, what changed, grants by update.

tests/data/series/ holds three successive updates of the 2024-25 programme year, written for
these tests: between October and January a paragraph is added to the background (every
section is renumbered), the two Workforce bullets swap places and are reworded, the Website
item is dropped, one timing slips and one is brought forward, and a new grant year appears;
in March a Climate adaptation item is added, a done item is reworded so that its status
reads 'planned' (a step backwards to check), and a new grant appears.
"""

from __future__ import annotations

import shutil
import warnings

import pandas as pd
import pytest

import wlga_analysis as wa
from wlga_analysis import analysis, config, quarters, series
from wlga_analysis.errors import DataQualityWarning, ParseError

DATA = config.PROJ_ROOT / "tests" / "data" / "series"
OCT, JAN, MAR = (f"programme-2024-25-{m}.txt" for m in ("october", "january", "march"))


def _load(sources, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return wa.load_programme_series(sources, **kwargs)


@pytest.fixture(scope="module")
def prog():
    # given in the wrong order on purpose: the series sorts by update date
    return _load([DATA / MAR, DATA / OCT, DATA / JAN])


@pytest.fixture(scope="module")
def changes(prog):
    return analysis.programme_changes(prog).set_index(["item_key", "to_update"])


def _key(prog, update, item_id):
    row = prog[(prog["update"] == update) & (prog["item_id"] == item_id)]
    return row["item_key"].item()


def test_rows_are_sorted_by_update_date_with_every_programme_column(prog):
    assert list(dict.fromkeys(prog["update"])) == [OCT, JAN, MAR]
    assert prog.groupby("update", sort=False).size().tolist() == [6, 5, 6]
    single = wa.load_programme(DATA / OCT)
    assert set(single.columns) < set(prog.columns)
    assert {"update", "update_date", "report_quarter", "item_key", "match"} <= set(prog.columns)
    assert prog["update_date"].unique().tolist() == ["2024-10-15", "2025-01-16", "2025-03-20"]
    assert wa.quarter_label(prog["report_quarter"]).drop_duplicates().tolist() == \
        ["2024-25 Q3", "2024-25 Q4"]
    assert not prog["example_data"].any()


def test_items_are_matched_by_topic_and_text_never_by_position(prog):
    # the topic lead: Programme team is 4.1, then 5.1, then 4.1
    team = prog[prog["topic"] == "Programme team"]
    assert set(team["item_key"]) == {"2024-10-15#4.1"}
    assert team["match"].tolist() == ["new", "topic", "topic"]
    # the Workforce bullets swapped places and were reworded: matched by wording
    assert _key(prog, JAN, "6.1") == _key(prog, OCT, "5.2")  # the dashboard
    assert _key(prog, JAN, "6.2") == _key(prog, OCT, "5.1")  # the apprenticeship framework
    assert _key(prog, MAR, "5.1") == _key(prog, OCT, "5.1")
    assert _key(prog, MAR, "6.3") == _key(prog, OCT, "6.2")  # net zero toolkit, renumbered
    jan = prog[prog["update"] == JAN].set_index("item_id")
    assert jan.loc[["6.1", "6.2", "7.1", "7.2"], "match"].tolist() == ["text"] * 4
    # the new item gets a key of its own, named after the update it first appears in
    assert _key(prog, MAR, "6.1") == "2025-03-20#6.1"
    assert prog.set_index(["update", "item_id"]).loc[(MAR, "6.1"), "match"] == "new"
    assert prog["item_key"].nunique() == 7


def test_due_quarter_is_the_one_of_outstanding_work(prog):
    oct_ = prog[prog["update"] == OCT].set_index("item_id")
    # "were filled in quarter two; recruitment ... is scheduled for quarter three"
    assert oct_.loc["4.1", "quarter_label"] == "2024-25 Q2"  # the first phrase, as before
    assert oct_.loc["4.1", "due_quarter_label"] == "2024-25 Q3"
    assert oct_.loc["4.1", "due_when"] == "quarter three"
    assert oct_.loc["4.1", "other_timings"] == ["in quarter two"]
    mar = prog[prog["update"] == MAR].set_index("item_id")
    # all in the past: nothing is due any more
    assert pd.isna(mar.loc["6.2", "due_quarter"])
    assert mar.loc["6.2", "other_timings"] == ["in February"]
    assert mar.loc["5.2", "due_when"] == "in June 2025"
    assert mar.loc["5.2", "other_timings"] == ["in January"]


def test_every_change_between_updates(prog, changes):
    team, website = _key(prog, OCT, "4.1"), _key(prog, OCT, "4.2")
    framework, dashboard = _key(prog, OCT, "5.1"), _key(prog, OCT, "5.2")
    carbon, toolkit = _key(prog, OCT, "6.1"), _key(prog, OCT, "6.2")
    adaptation = _key(prog, MAR, "6.1")
    got = changes["change"].to_dict()
    assert got == {
        (team, JAN): "changed", (dashboard, JAN): "changed", (framework, JAN): "changed",
        (carbon, JAN): "changed", (toolkit, JAN): "unchanged", (website, JAN): "dropped",
        (team, MAR): "unchanged", (framework, MAR): "changed", (dashboard, MAR): "changed",
        (adaptation, MAR): "new", (carbon, MAR): "changed", (toolkit, MAR): "changed",
    }
    row = changes.loc[(framework, JAN)]
    assert (row["from_date"], row["to_date"]) == ("2024-10-15", "2025-01-16")
    # October: "is being drafted ... and will be published by ...": under way (in progress)
    assert (row["status_before"], row["status_after"]) == ("in progress", "at risk")
    assert (wa.quarter_label(row["quarter_before"]), wa.quarter_label(row["quarter_after"])) \
        == ("2024-25 Q3", "2024-25 Q4")
    assert row["when_after"] == "slipped to quarter four"
    assert row["slipped"] and not row["brought_forward"]
    row = changes.loc[(carbon, JAN)]
    assert (wa.quarter_label(row["quarter_before"]), wa.quarter_label(row["quarter_after"])) \
        == ("2025-26 Q1", "2024-25 Q4")
    assert row["brought_forward"] and not row["slipped"]
    assert changes["slipped"].sum() == 1 and changes["brought_forward"].sum() == 1
    assert changes.loc[(framework, MAR), "status_after"] == "done"
    assert changes.loc[(carbon, MAR), "status_after"] == "done"
    dropped = changes.loc[(website, JAN)]
    assert dropped["text_before"].startswith("Website: ") and pd.isna(dropped["text_after"])
    new = changes.loc[(adaptation, MAR)]
    assert pd.isna(new["status_before"]) and new["status_after"] == "planned"
    assert wa.quarter_label(new["quarter_after"]) == "2025-26 Q1"


def test_a_status_going_backwards_is_flagged_with_both_wordings_and_rules(prog, changes):
    dashboard = _key(prog, OCT, "5.2")
    flagged = changes[changes["check"]]
    assert flagged.index.tolist() == [(dashboard, MAR)]
    row = flagged.iloc[0]
    assert (row["status_before"], row["status_after"]) == ("done", "planned")
    assert row["status_rule_before"] == "done: was delivered"
    assert row["status_rule_after"] == "planned: is planned"
    assert "was launched in January" in row["text_before"]
    assert "is planned to have a second release" in row["text_after"]
    assert "done -> planned" in row["check_note"]
    assert "'done: was delivered'" in row["check_note"]


def test_grants_series_shows_new_grants_and_new_grant_years():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        grants = wa.load_grants_series(DATA)
    rows = {(u, g, y): a for u, g, y, a in grants[["update_date", "grant", "financial_year",
                                                   "amount_gbp"]].itertuples(index=False)}
    assert rows == {
        ("2024-10-15", "improvement grant", "2024-25"): 900000,
        ("2024-10-15", "digital grant", "2024-25"): 500000,
        ("2025-01-16", "improvement grant", "2024-25"): 900000,
        ("2025-01-16", "digital grant", "2024-25"): 500000,
        ("2025-01-16", "improvement grant", "2025-26"): 900000,  # a new grant year
        ("2025-03-20", "improvement grant", "2024-25"): 900000,
        ("2025-03-20", "improvement grant", "2025-26"): 900000,
        ("2025-03-20", "digital grant", "2024-25"): 500000,
        ("2025-03-20", "equalities grant", "2025-26"): 150000,  # a new grant
    }
    wide = analysis.grant_changes(grants)
    row = wide[(wide["grant"] == "equalities grant")].iloc[0]
    assert pd.isna(row["2024-10-15"]) and pd.isna(row["2025-01-16"])
    assert row["2025-03-20"] == 150000


def test_an_override_wins_over_the_automatic_match(tmp_path):
    matches = tmp_path / "item_matches.csv"
    matches.write_text(f"update,item_id,item_key\n{JAN},7.2,toolkit\n{MAR},6.3,toolkit\n",
                       encoding="utf-8")
    prog = _load(DATA, item_matches=matches)
    rows = prog[prog["item_key"] == "toolkit"]
    assert rows[["update", "item_id", "match"]].to_numpy().tolist() == \
        [[JAN, "7.2", "override"], [MAR, "6.3", "override"]]
    # the October item is no longer matched: it is dropped in January
    changes = analysis.programme_changes(prog).set_index(["item_key", "to_update"])
    assert changes.loc[(_key(prog, OCT, "6.2"), JAN), "change"] == "dropped"
    assert changes.loc[("toolkit", JAN), "change"] == "new"


@pytest.mark.parametrize(("text", "message"), [
    ("update,item_id,item_key\nx.txt,,k\n", r"item_matches.csv, line 2: item_id is empty"),
    ("update,item_id\n", r"line 1: missing column\(s\) item_key"),
    ("update,item_id,item_key\na.txt,1.1,k\na.txt,1.1,j\n",
     r"line 3: item 1.1 of a.txt is matched twice \(first on line 2\)"),
])
def test_item_matches_are_validated_like_the_other_reference_lists(tmp_path, text, message):
    path = tmp_path / "item_matches.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ParseError, match=message):
        series.load_item_matches(path)


def test_an_override_for_an_unknown_item_is_an_error(tmp_path):
    path = tmp_path / "item_matches.csv"
    path.write_text(f"update,item_id,item_key\n{JAN},9.9,k\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"item_matches.csv, line 2: update .* has no item "
                                         r"'9.9'"):
        _load(DATA, item_matches=path)


def test_an_override_for_another_update_is_reported(tmp_path):
    path = tmp_path / "item_matches.csv"
    path.write_text("update,item_id,item_key\nsomething-else.txt,1.1,k\n", encoding="utf-8")
    found = series.read_series(DATA, path).issues
    assert [(i.check, i.item, i.source_line) for i in found
            if i.table == "programme_series"] == [("match for another update", "1.1", 2)]


def test_an_ambiguous_match_is_reported_not_guessed_silently(tmp_path):
    first = (DATA / OCT).read_text(encoding="utf-8")
    later = first.replace("15th October 2024", "12th November 2024").replace(
        "- A net zero toolkit for councils is being developed with the Carbon Trust.",
        "- A net zero toolkit for councils is being developed with the Carbon Trust.\n"
        "- A net zero toolkit for schools is being developed with the Carbon Trust.")
    (tmp_path / "a.txt").write_text(first.replace(
        "- A net zero toolkit for councils is being developed with the Carbon Trust.",
        "- A net zero toolkit for councils is being developed with the Carbon Trust.\n"
        "- A net zero toolkit for schools is being developed with the Carbon Trust."),
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(later.replace(
        "- A net zero toolkit for councils is being developed with the Carbon Trust.\n"
        "- A net zero toolkit for schools is being developed with the Carbon Trust.",
        "- A net zero toolkit for council schools is being developed with the Carbon Trust."),
        encoding="utf-8")
    result = series.read_series(tmp_path)
    ambiguous = [i for i in result.issues if i.check == "ambiguous match"]
    assert [(i.document, i.item) for i in ambiguous] == [("b.txt", "6.2")]
    assert "2024-10-15#6.2" in ambiguous[0].message and "2024-10-15#6.3" in ambiguous[0].message
    assert "item_matches.csv" in ambiguous[0].message
    with pytest.warns(DataQualityWarning, match="could be the same work as"):
        wa.load_programme_series(tmp_path)


def test_sources_a_folder_one_path_or_none(tmp_path):
    assert [p.name for p in series.series_sources(DATA)] == sorted([OCT, JAN, MAR])
    assert [p.name for p in series.series_sources(DATA / OCT)] == [OCT]
    assert [p.name for p in series.series_sources(None)] == \
        ["improvement-programme-2021-22-update.txt"]
    with pytest.raises(ParseError, match="no programme update in this folder"):
        series.series_sources(tmp_path)
    with pytest.raises(ParseError, match="given twice"):
        series.series_sources([DATA / OCT, DATA / OCT])
    shutil.copy(DATA / OCT, tmp_path / "copy.txt")
    with pytest.raises(ParseError, match=r"the same update is given twice \(copy.txt, "):
        series.read_series([DATA / OCT, tmp_path / "copy.txt"])


def test_the_shipped_update_alone_is_a_series_of_one():
    prog = _load(None)
    single = wa.load_programme()
    assert prog["item_id"].tolist() == single["item_id"].tolist()
    assert prog["quarter_label"].tolist() == single["quarter_label"].tolist()
    assert (prog["match"] == "new").all()
    assert analysis.programme_changes(prog).empty


def test_example_updates_are_flagged_and_say_so():
    prog = _load([config.RAW_DIR / "improvement-programme-2021-22-update.txt",
                  config.DATA_DIR / "examples"])
    by_update = prog.groupby("update", sort=False)["example_data"].first()
    assert by_update.tolist() == [False, True, True]
    changes = analysis.programme_changes(prog)
    assert analysis.example_title("What slipped", changes) == "What slipped (example data)"
    assert analysis.example_title("What slipped", _load(None)) == "What slipped"


def test_timing_phrases_prefer_what_is_still_to_happen():
    d = pd.Timestamp("2022-01-20").date()
    text = "The working group met in November; the pilot has slipped to quarter one 2022-23."
    quarter, when, others = quarters.due_timing(text, d)
    assert (wa.quarter_label(quarter), when, others) == \
        ("2022-23 Q1", "slipped to quarter one 2022-23", ["in November"])
    assert quarters.resolve_timing(text, d)[1] == "in November"  # unchanged
    quarter, when, _ = quarters.due_timing("Targets were met in December and the event is "
                                           "expected in March.", d)
    assert (wa.quarter_label(quarter), when) == ("2021-22 Q4", "expected in March")


def test_series_charts_say_what_moved_and_flag_example_data(prog):
    from wlga_analysis.charts import series as series_charts

    status = series_charts.chart_status_by_update(prog)
    assert status.name == "status_by_update"
    assert status.title == ("Done items rose from 1 of 6 to 3 of 6 between October 2024 and "
                            "March 2025")
    # (the framework "is being drafted ... and will be published": in progress)
    assert "15 Oct 2024: 1 done, 3 in progress, 2 planned" in status.alt_text
    trend = series_charts.chart_milestone_trend(prog)
    assert trend.title == "2 of 7 dated items slipped at least once"
    assert "Stacked bar chart" in status.alt_text and "Milestone trend" in trend.alt_text
    examples = _load([config.SHIPPED_PROGRAMME, config.DATA_DIR / "examples"])
    for chart in series_charts.series_charts(examples):
        assert chart.title.endswith("(example data)")
        assert any("(example data)" in t.get_text() for t in chart.figure.texts)


def test_build_and_validate_take_several_programme_paths_or_a_folder(tmp_path, capsys):
    from wlga_analysis import build
    from wlga_analysis.__main__ import main

    assert main(["validate", "--quiet", "--programme", str(DATA / OCT), str(DATA / JAN),
                 "--programme", str(DATA / MAR)]) == 0
    by_paths = capsys.readouterr().out
    assert main(["validate", "--quiet", "--programme", str(DATA)]) == 0
    assert capsys.readouterr().out == by_paths
    for run in ("a", "b"):
        build.build(tmp_path / run, programme=[DATA / MAR, DATA / OCT, DATA / JAN],
                    figures=False)
    for name in ("programme_series", "programme_changes", "grants_series", "programme",
                 "documents"):
        first = (tmp_path / "a" / f"{name}.csv").read_bytes()
        assert first == (tmp_path / "b" / f"{name}.csv").read_bytes(), name
    assert (tmp_path / "a" / build.WORKBOOK_NAME).read_bytes() == \
        (tmp_path / "b" / build.WORKBOOK_NAME).read_bytes()
    changes = pd.read_csv(tmp_path / "a" / "programme_changes.csv", keep_default_na=False)
    assert len(changes) == 12 and changes["slipped"].tolist().count(True) == 1
    programme = pd.read_csv(tmp_path / "a" / "programme.csv")
    assert len(programme) == 6  # the one-update tables hold the newest update
    documents = pd.read_csv(tmp_path / "a" / "documents.csv")
    assert documents.loc[documents["kind"] == "programme", "file"].item() == MAR
    from openpyxl import load_workbook

    sheets = load_workbook(tmp_path / "a" / build.WORKBOOK_NAME).sheetnames
    assert {"programme_series", "programme_changes", "grants_series"} <= set(sheets)


def test_a_series_build_adds_the_series_charts_and_flags_example_data(monkeypatch, tmp_path):
    from wlga_analysis import build, charts

    drawn = []
    monkeypatch.setattr(charts, "save_figure", lambda chart, folder: drawn.append(chart) or [])
    monkeypatch.setattr(charts, "write_figures_index", lambda charts_, folder: [])
    tables = build.load_tables(programme=[config.SHIPPED_PROGRAMME, config.DATA_DIR / "examples"])
    build._draw_figures(tables, tmp_path)
    names = [c.name for c in drawn]
    assert names[-2:] == ["status_by_update", "milestone_trend"]
    assert "quarter_status" in names  # the one-update charts, drawn from the newest update
    assert all(c.title.endswith("(example data)") for c in drawn)
    assert all("(example data)" in c.alt_text or "Example data" in c.alt_text for c in drawn)


def test_an_update_dated_by_month_only_is_placed_at_the_start_of_the_month(tmp_path):
    text = (DATA / JAN).read_text(encoding="utf-8").replace("16th January 2025", "January 2025")
    (tmp_path / "jan.txt").write_text(text, encoding="utf-8")
    shutil.copy(DATA / OCT, tmp_path / "oct.txt")
    prog = _load(tmp_path)
    assert prog["update_date"].unique().tolist() == ["2024-10-15", "2025-01-01"]
    assert prog.set_index(["update", "item_id"]).loc[("jan.txt", "5.1"), "match"] == "topic"


def test_a_reworded_bold_lead_still_matches_by_topic(tmp_path):
    text = (DATA / OCT).read_text(encoding="utf-8")
    shutil.copy(DATA / OCT, tmp_path / "oct.txt")
    later = text.replace("15th October 2024", "12th November 2024").replace(
        "**Website:** programme pages on the WLGA website are planned for December.",
        "**Website development:** the pages went live early, in November.")
    (tmp_path / "nov.txt").write_text(later, encoding="utf-8")
    prog = _load(tmp_path).set_index(["update", "item_id"])
    assert prog.loc[("nov.txt", "4.2"), ["item_key", "match"]].tolist() == \
        ["2024-10-15#4.2", "topic"]
