"""Recommendations layouts nobody described: labelled item numbers, headers by name (bilingual,
reordered, no Area column), owner columns and inline owner forms, lists with no table.

Every document here is written for the test (its own themes, owners and wording), in the
forms a publisher prints: Markdown pipe tables, the text form's tab-separated rows, a web
page. The asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from wlga_analysis import documents
from wlga_analysis import recommendations as rec
from wlga_analysis.errors import DataQualityWarning


def _write(tmp_path: Path, text: str, name: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _recs(path: Path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return rec.load_recommendations(path)


def _acts(path: Path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return rec.load_activities(path)


def _areas(path: Path) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return rec.load_areas(path)


def _issues(path: Path) -> list:
    return list(rec.parse_recommendations(
        documents.read_document(path, "recommendations")).issues)


def _rows(frame: pd.DataFrame, *columns: str) -> list[list]:
    return [list(r) for r in frame[list(columns)].itertuples(index=False)]


# ------------------------------------------------------------------ A: labelled numbers
LABELLED_PIPE = "\n".join([
    "## Rural Services Working Group: Recommendations", "",
    "### Transport", "",
    "| Area | Activity underway or achieved | Recommendations |",
    "|---|---|---|",
    "| **Area 1: Community transport**<br>To keep rural bus links running. | "
    "A1. Eight councils pooled their community transport budgets. | "
    "Rec 1. That councils publish a rural transport map. (**LG**)<br>"
    "Rec 2. That the WLGA brokers a shared booking system. (**WLGA**) |",
    "| **Area 2: School transport**<br>To review eligibility for school transport. | "
    "A2. A review of learner travel was started in 2023. | "
    "Recommendation 3: That Welsh Government updates the learner travel guidance. (**WG**)<br>"
    "4a. That councils publish their walking route assessments. (**LG**)<br>"
    "4b. That the assessments are reviewed every three years. (**LG**) |",
])


def test_labelled_numbers_in_a_pipe_table(tmp_path):
    path = _write(tmp_path, LABELLED_PIPE, "rural.md")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "rec_label", "area_id", "owners") == [
        [1, "Rec 1", 1, ["LG"]], [2, "Rec 2", 1, ["WLGA"]],
        [3, "Recommendation 3", 2, ["WG"]], [4, "4a", 2, ["LG"]], [4, "4b", 2, ["LG"]]]
    assert recs["text"].tolist()[2] == ("That Welsh Government updates the learner travel "
                                        "guidance.")
    acts = _acts(path)
    assert _rows(acts, "activity_no", "activity_label", "area_id") == [[1, "A1", 1],
                                                                       [2, "A2", 2]]
    # "4a" and "4b" are two items, not a number printed twice
    assert not [i for i in _issues(path) if i.check == "duplicate number"]


LABELLED_TABS = "\n".join([
    "## Housing Working Group Recommendations", "",
    "**Homelessness**",
    "Area\tActivity underway or achieved\tRecommendations",
    "<p><b>Area 1: Temporary accommodation</b></p>\t<p>1. Councils counted the families in "
    "bed and breakfast.</p>\t<p>R1. That councils end the use of bed and breakfast for "
    "families. (<b>LG</b>)</p><p>R2. That Welsh Government funds leasing schemes. "
    "(<b>WG</b>)</p>",
    "<p><b>Area 2: Prevention</b></p>\t<p>2. A prevention toolkit was shared.</p>\t"
    "<p>1(a) That the WLGA shares prevention case studies. (<b>WLGA</b>)</p>"
    "<p>1(b) That councils report prevention outcomes. (<b>LG</b>)</p>",
])


def test_labelled_numbers_in_tab_rows(tmp_path):
    path = _write(tmp_path, LABELLED_TABS, "housing.txt")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "rec_label", "area_id", "owners") == [
        [1, "R1", 1, ["LG"]], [2, "R2", 1, ["WG"]], [1, "1(a)", 2, ["WLGA"]],
        [1, "1(b)", 2, ["LG"]]]
    assert recs["text"].tolist()[0] == ("That councils end the use of bed and breakfast for "
                                        "families.")
    # the labels are read, so no text is left in an area's remit
    assert _areas(path)["remit"].tolist() == ["", ""]


def test_a_sentence_that_starts_with_a_prefix_word_is_not_an_item(tmp_path):
    text = LABELLED_TABS.replace(
        "<p>2. A prevention toolkit was shared.</p>",
        "<p>2. A prevention toolkit was shared.</p><p>Recommendation 3 of the 2019 review "
        "was met.</p>")
    acts = _acts(_write(tmp_path, text, "housing.txt"))
    assert acts["activity_no"].tolist() == [1, 2]
    assert acts["text"].tolist()[1] == ("A prevention toolkit was shared. Recommendation 3 "
                                        "of the 2019 review was met.")


def test_labelled_numbers_on_a_web_page(tmp_path):
    from wlga_analysis.testing.publish import html_page

    page = html_page(LABELLED_PIPE.split("\n"), "recommendations")
    path = _write(tmp_path, page, "rural.html")
    assert _rows(_recs(path), "rec_id", "rec_label") == [
        [1, "Rec 1"], [2, "Rec 2"], [3, "Recommendation 3"], [4, "4a"], [4, "4b"]]


def test_plain_numbers_give_no_label_column(tmp_path):
    text = LABELLED_TABS.replace("R1. ", "1. ").replace("R2. ", "2. ").replace(
        "1(a) ", "3. ").replace("1(b) ", "4. ")
    recs = _recs(_write(tmp_path, text, "housing.txt"))
    assert "rec_label" not in recs.columns
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
