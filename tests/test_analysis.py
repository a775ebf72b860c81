"""Tests of wlga_analysis.analysis: hand-made frames first, then the shipped tables."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from wlga_analysis import ParseError
from wlga_analysis import analysis as an


def _recs() -> pd.DataFrame:
    return pd.DataFrame({
        "rec_seq": [1, 2, 3, 4, 5],
        "rec_id": [1, 2, 3, 4, 5],
        "area_id": [1, 1, 2, 3, 3],
        "area": ["Alpha", "Alpha", "Beta", "Gamma", "Gamma"],
        "theme": ["T1", "T1", "T1", "T2", "T2"],
        "text": ["taken forward by a new sub group of the Partnership Council",
                 "Finance Sub Group to consider", "keep the Digital Programme going",
                 "report to the Partnership Council sub-group", "note it"],
        "owners": [["WLGA", "WG"], ["WG", "WLGA"], ["LG"], ["WLGA"], []],
        "source_line": [10, 11, 12, 20, 21],
    })


def _programme() -> pd.DataFrame:
    return pd.DataFrame({
        "item_id": ["1.1", "1.2", "2.1", "2.2", "2.3"],
        "paragraph": [1, 1, 2, 2, 2],
        "section": ["Set Up", "Set Up", "Recovery", "Recovery", "Recovery"],
        "priority": [None, None, "Recovery", "Recovery", "Recovery"],
        "topic": ["Team", None, None, None, None],
        "text": ["Team: recruiting", "Website done", "Panels delivered", "Event planned",
                 "Ongoing"],
        "status": ["at risk", "done", "done", "planned", "in progress"],
        "quarter": pd.PeriodIndex(["2022Q2", None, "2022Q3", "2022Q4", None], freq="Q-MAR"),
        "partners": [[], [], ["LGA"], ["LGA", "Data Cymru"], []],
        "source_line": [5, 6, 9, 10, 11],
    })


def test_joint_recommendation_credits_every_owner():
    out = an.recommendations_per_owner(_recs())
    got = out.set_index("owner")[["sole", "joint", "total"]].to_dict("index")
    assert got == {"WLGA": {"sole": 1, "joint": 2, "total": 3},
                   "WG": {"sole": 0, "joint": 2, "total": 2},
                   "LG": {"sole": 1, "joint": 0, "total": 1}}
    assert list(out.columns) == ["owner", "sole", "joint", "total"]


def test_owner_combinations_lead_and_unordered():
    kept = an.owner_combinations(_recs())
    assert set(kept["owners"]) == {"WLGA/WG", "WG/WLGA", "LG", "WLGA", an.NO_OWNER}
    assert kept.set_index("owners").loc["WG/WLGA", "lead"] == "WG"
    pooled = an.owner_combinations(_recs(), keep_lead=False).set_index("owners")
    assert pooled.loc["WLGA/WG", "recommendations"] == 2
    assert pooled.loc["WLGA/WG", "rec_ids"] == [1, 2]
    assert "WG/WLGA" not in pooled.index


def test_owner_matrices_and_no_owner():
    theme = an.owner_by_theme(_recs()).set_index("theme")
    assert theme.loc["T1"].to_dict() == {"WLGA": 2, "WG": 2, "LG": 1}
    assert theme.loc["T2"].to_dict() == {"WLGA": 1, "WG": 0, "LG": 0}
    area = an.owner_by_area(_recs())
    assert area["area_id"].tolist() == [1, 2, 3]
    assert area.loc[area["area_id"] == 1, "WG"].item() == 2
    none = an.recommendations_without_owner(_recs())
    assert none["rec_id"].tolist() == [5]


def test_inputs_not_mutated():
    recs, prog = _recs(), _programme()
    before_r, before_p = recs.copy(deep=True), prog.copy(deep=True)
    an.recommendations_per_owner(recs)
    an.owner_combinations(recs, keep_lead=False)
    an.owner_by_area(recs)
    an.items_by_quarter(prog, "2021-22 Q3")
    an.programme_timeline(prog)
    an.partners_by_priority(prog)
    pd.testing.assert_frame_equal(recs, before_r)
    pd.testing.assert_frame_equal(prog, before_p)


def test_partners_long_tables():
    by_p = an.partners_by_priority(_programme())
    assert by_p.to_dict("list") == {"partner": ["LGA", "Data Cymru"],
                                    "priority": ["Recovery", "Recovery"], "items": [2, 1]}
    by_s = an.partners_by_status(_programme())
    assert by_s[by_s["partner"] == "LGA"]["status"].tolist() == ["done", "planned"]


def test_area_and_theme_summary_count_missing_status():
    areas = pd.DataFrame({"area_id": [1, 2, 3], "area": ["Alpha", "Beta", "Gamma"],
                          "theme": ["T1", "T1", "T2"]})
    acts = pd.DataFrame({"area_id": [1, 1, 3], "status": ["Ongoing", None, pd.NA]})
    out = an.area_summary(areas, acts, _recs())
    assert out["recommendations"].tolist() == [2, 1, 2]
    assert out["activities"].tolist() == [2, 0, 1]
    assert out["activities_not_stated"].tolist() == [1, 0, 1]
    assert out["activities_ongoing"].tolist() == [1, 0, 0]
    themes = an.theme_summary(areas, acts, _recs())
    assert themes.to_dict("list")["areas"] == [2, 1]
    assert themes["recommendations"].tolist() == [3, 2]


def test_areas_handing_to_subgroup():
    out = an.areas_handing_to_subgroup(_recs())
    assert out["area_id"].tolist() == [1, 3]
    assert out["rec_ids"].tolist() == [[1], [4]]
    assert out["source_lines"].tolist() == [[10], [20]]


def test_items_by_quarter_counts_no_timing_and_position():
    out = an.items_by_quarter(_programme(), pd.Period("2022Q3", freq="Q-MAR"))
    assert out["quarter_label"].tolist() == ["2021-22 Q2", "2021-22 Q3", "2021-22 Q4",
                                             "no timing"]
    assert out["position"].tolist()[:3] == ["past", "current", "ahead"]
    assert pd.isna(out["position"].iloc[3])
    no_timing = out.iloc[3]
    assert no_timing["total"] == 2 and no_timing["done"] == 1 and no_timing["in progress"] == 1
    assert out["total"].sum() == len(_programme())


def test_timeline_and_status_by_priority():
    tl = an.programme_timeline(_programme())
    assert tl["item_id"].tolist() == ["1.1", "2.1", "2.2"]
    assert tl["start"].iloc[0] == pd.Timestamp("2021-07-01")
    assert tl["end"].iloc[0] == pd.Timestamp("2021-09-30")
    assert tl["label"].iloc[0] == "Team"
    sp = an.status_by_priority(_programme()).set_index("priority")
    assert sp.loc["Set Up", "is_priority"] is False or not sp.loc["Set Up", "is_priority"]
    assert sp.loc["Recovery", ["done", "in progress", "planned", "at risk", "total"]].tolist() \
        == [1, 1, 1, 0, 3]


def test_grant_summary_and_figures():
    grants = pd.DataFrame({"grant": ["a grant", "b grant"], "amount_gbp": [100000, 30000],
                           "financial_year": ["2030-31", "2030-31"], "purpose": ["x", "y"],
                           "paragraphs": [[2], [3, 2]], "source_line": [4, 8]})
    out = an.grant_summary(grants)
    assert out["amount_gbp"].tolist() == [100000, 30000, 130000]
    assert out["amount"].tolist() == ["£100,000", "£30,000", "£130,000"]
    assert out["amount_gbp"].dtype == "int64"
    assert out["paragraphs"].iloc[-1] == [2, 3]
    acts = pd.DataFrame({"activity_no": [1], "source_line": [7],
                         "text": ["Spend of £2.5m and c£4bn over time"]})
    figs = an.figure_from_text(acts)
    assert figs["figure"].tolist() == ["£2.5m", "c£4bn"]
    assert figs["value_gbp"].tolist() == [2.5e6, 4e9]
    assert figs["approximate"].tolist() == [False, True]


def test_funding_options_found_by_wording():
    paras = pd.DataFrame({"paragraph": [3, 7], "kind": ["paragraph", "paragraph"],
                          "source_line": [5, 30],
                          "text": ["Nothing here.",
                                   "Options include A, or B, or whether C, possibly "
                                   "supplemented by D."]})
    out = an.funding_options(paras)
    assert out["option"].tolist() == ["A", "B", "C", "D"]
    assert out["kind"].tolist() == ["alternative"] * 3 + ["supplement"]
    assert out["supplements"].tolist()[-1] == 3
    assert set(out["paragraph"]) == {7} and set(out["source_line"]) == {30}
    assert an.funding_options(paras.iloc[:1]).empty


def test_crosswalk_bad_id_names_line(tmp_path):
    path = tmp_path / "cw.csv"
    path.write_text("# comment\nrec_id,target_kind,target,reason\n1,grant,a grant,ok\n\n"
                    "2,programme_item,9.9,missing item\n", encoding="utf-8")
    cw = an.load_crosswalk(path)
    assert cw["csv_line"].tolist() == [3, 5]
    recs = pd.DataFrame({"rec_id": [1, 2]})
    grants = pd.DataFrame({"grant": ["a grant"]})
    prog = pd.DataFrame({"item_id": ["1.1"], "section": ["S"]})
    paras = pd.DataFrame({"paragraph": [1]})
    with pytest.raises(ParseError, match=r"cw\.csv, line 5: programme item '9\.9'"):
        an.validate_crosswalk(cw, recs, prog, grants, paras)
    path.write_text("rec_id,target_kind,target,reason\nx,grant,a,b\n", encoding="utf-8")
    with pytest.raises(ParseError, match="line 2"):
        an.load_crosswalk(path)


# --------------------------------------------------------------------------- shipped data


@pytest.fixture(scope="module")
def shipped():
    import wlga_analysis as wa

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {"recs": wa.load_recommendations(), "areas": wa.load_areas(),
                "activities": wa.load_activities(), "programme": wa.load_programme(),
                "grants": wa.load_grants(), "paragraphs": wa.load_paragraphs()}


def test_shipped_owner_counts(shipped):
    out = an.recommendations_per_owner(shipped["recs"]).set_index("owner")
    assert out.loc["WLGA"].tolist() == [2, 17, 19]
    assert out.loc["WG"].tolist() == [1, 15, 16]
    assert out.loc["LG"].tolist() == [1, 3, 4]
    assert out.loc["Working Group"].tolist() == [1, 0, 1]
    pooled = an.owner_combinations(shipped["recs"], keep_lead=False).set_index("owners")
    assert pooled.loc["WLGA/WG", "recommendations"] == 14
    assert an.recommendations_without_owner(shipped["recs"])["rec_id"].tolist() == [13, 16, 17]


def test_shipped_subgroup_and_figure(shipped):
    out = an.areas_handing_to_subgroup(shipped["recs"])
    assert out["area_id"].tolist() == [1, 3, 9, 10]
    assert out["rec_ids"].sum() == [1, 2, 10, 20, 21]
    fig = an.figure_from_text(shipped["activities"])
    assert fig["figure"].tolist() == ["c£4bn"]
    assert fig["value_gbp"].item() == 4e9


def test_shipped_programme_tables(shipped):
    prog = shipped["programme"]
    q = an.items_by_quarter(prog, "2021-10-22")
    assert q["total"].sum() == len(prog)
    assert q.set_index("quarter_label").loc["no timing", "total"] == prog["quarter"].isna().sum()
    assert q.set_index("quarter_label").loc["2021-22 Q3", "position"] == "current"
    sp = an.status_by_priority(prog)
    assert sp["total"].sum() == len(prog)
    assert len(an.programme_timeline(prog)) == prog["quarter"].notna().sum()


def test_shipped_grants_and_options(shipped):
    out = an.grant_summary(shipped["grants"])
    assert out.loc[out["is_total"], "amount_gbp"].item() == 1_330_000
    assert out.loc[out["is_total"], "amount"].item() == "£1,330,000"
    opts = an.funding_options(shipped["paragraphs"])
    assert opts["kind"].tolist() == ["current", "alternative", "alternative", "supplement"]
    assert opts["paragraph"].tolist() == [4, 19, 19, 19]
    assert opts["option"].iloc[0] == ("Welsh Government funding is awarded annually subject "
                                      "to approval of the delivery plan")
    assert opts["option"].iloc[1].startswith("combining the improvement grant")
    assert "top-slice into the 2022-23 settlement" in opts["option"].iloc[2]
    assert opts["option"].iloc[3] == "an annual grant submission for specific project funding"
    assert not opts["option"].str.contains("£").any()
    assert len(an.funding_options(shipped["paragraphs"], include_current=False)) == 3
    said = an.grant_statements(shipped["grants"], shipped["paragraphs"])
    assert said[["grant", "paragraph", "source_line"]].to_numpy().tolist() == [
        ["improvement grant", 4, 24], ["improvement grant", 15, 87], ["digital grant", 16, 91]]
    assert said["statement"].iloc[2].startswith("The WLGA also receives grant funding of "
                                                "£530,000 for the Chief Digital Officer")


def test_shipped_crosswalk_validates_and_joins(shipped):
    cw = an.load_crosswalk()
    args = (shipped["recs"], shipped["programme"], shipped["grants"], shipped["paragraphs"])
    an.validate_crosswalk(cw, *args)
    out = an.recommendation_delivery(cw, *args)
    assert set(out["rec_id"]) == {7, 14, 15, 18, 19, 20}
    diversity = out[out["rec_id"].isin([14, 15])]
    assert set(diversity["target"]) == {"8.2", "8.4"}
    assert diversity["target_text"].str.contains("Diverse Council Declarations|Be a Councillor")\
        .all()
    assert out.loc[out["target"] == "digital grant", "target_text"].iloc[0].startswith("£530,000")
    assert out["reason"].notna().all() and out["target_source_line"].notna().all()


def test_shipped_funding_statements_say_what_the_grant_pays_for(shipped):
    said = an.funding_statements(shipped["paragraphs"])
    core = said[said["statement"].str.contains("funding a core team")]
    assert core[["paragraph", "source_line"]].to_numpy().tolist() == [[5, 25]]
    assert said["paragraph"].is_monotonic_increasing
    assert {4, 15, 16, 19} <= set(said["paragraph"])


def test_grants_of_different_years_are_never_added_up():
    grants = pd.DataFrame({"grant": ["improvement grant", "digital grant", "improvement grant"],
                           "amount_gbp": [800000, 530000, 500000],
                           "financial_year": ["2021-22", "2021-22", "2022-23"],
                           "purpose": ["core", "digital", None], "paragraphs": [[4], [16], [5]],
                           "source_line": [24, 91, 30]})
    summary = an.grant_summary(grants)
    assert summary[["grant", "amount_gbp", "is_total"]].to_dict("list") == {
        "grant": ["improvement grant", "digital grant", "total 2021-22", "improvement grant",
                  "total 2022-23"],
        "amount_gbp": [800000, 530000, 1330000, 500000, 500000],
        "is_total": [False, False, True, False, True]}
    from wlga_analysis import charts

    chart = charts.chart_funding(grants, pd.DataFrame({"paragraph": [], "heading": [],
                                                      "kind": [], "text": [],
                                                      "source_line": []}))
    assert chart.title == "Two grants total £1,330,000 for 2021-22; 1 more for 2022-23"
