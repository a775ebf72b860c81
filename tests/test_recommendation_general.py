"""Recommendations layouts nobody described: labelled item numbers, headers by name (bilingual,
reordered, no Area column), owner columns and inline owner forms, lists with no table.

Every document here is written for the test (its own themes, owners and wording), in the
forms a publisher prints: Markdown pipe tables, the text form's tab-separated rows, a web
page. The asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from functools import partial

import pytest

from wlga_analysis import recommendations as rec
from wlga_analysis.testing import parse_issues, quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

_recs = partial(quietly, rec.load_recommendations)
_acts = partial(quietly, rec.load_activities)
_areas = partial(quietly, rec.load_areas)
_issues = parse_issues


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


# ------------------------------------------------------------- C: headers found by name
BILINGUAL_PIPE = "\n".join([
    "# Libraries and Culture Working Group / Gweithgor Llyfrgelloedd: Recommendations", "",
    "## Library services", "",
    "| Maes / Area | Argymhellion / Recommendations | Gweithgarwch / Activity to date "
    "| Lead organisation | Target date |",
    "|---|---|---|---|---|",
    "| **Area 1: Opening hours**<br>To keep branch libraries open. | 1. That councils "
    "publish their opening hours in one place.<br>2. That Welsh Government funds a "
    "self-service pilot. | 1. Twelve councils extended Saturday opening. | Local authorities"
    "<br>Welsh Government | March 2026 |",
    "|  | 3. That the WLGA and the Arts Council of Wales agree a joint offer. |  | "
    "WLGA and Arts Council of Wales |  |",
    "| **Area 2: Digital lending**<br>To widen e-book lending. | 4. That councils join one "
    "e-lending consortium. | 2. An e-lending consortium was set up in 2024. | LG / WLGA "
    "| 2026-27 |",
])


def test_bilingual_reordered_header_with_owner_column(tmp_path):
    path = _write(tmp_path, BILINGUAL_PIPE, "libraries.md")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]], [2, 1, ["WG"]], [3, 1, ["WLGA", "Arts Council of Wales"]],
        [4, 2, ["LG", "WLGA"]]]
    # recommendations come from the Recommendations column, not the column in third place
    assert recs["text"].tolist()[1] == "That Welsh Government funds a self-service pilot."
    # the owner column is also kept as printed, the other column too
    assert recs["lead_organisation"].tolist() == [
        "Local authorities", "Welsh Government", "WLGA and Arts Council of Wales", "LG / WLGA"]
    assert recs["target_date"].fillna("-").tolist() == ["March 2026", "March 2026", "-",
                                                        "2026-27"]
    acts = _acts(path)
    assert _rows(acts, "activity_no", "area_id", "owners") == [[1, 1, []], [2, 2, []]]
    assert _areas(path)["theme"].tolist() == ["Library services", "Library services"]
    unknown = [i for i in _issues(path) if i.check == "unknown owner code"]
    assert [(i.item, "Arts Council of Wales" in i.message) for i in unknown] == [("3", True)]


FULL_WIDTH_TABS = "\n".join([
    "## Waste and Recycling Working Group: Recommendations", "",
    "### Collections", "",
    "Activity underway or achieved\tRecommendations\tOwner",
    "<p><b>Area 1: Food waste</b></p>\t\t",
    "<p>1. Every council now collects food waste weekly.</p>\t<p>1. That councils share "
    "food waste contracts.</p><p>2. That Welsh Government funds caddy liners.</p>\t"
    "<p>LG</p><p>WG</p>",
    "<p><b>Area 2: Textiles</b></p>\t\t",
    "<p>2. Two councils trialled textile collections.</p>\t<p>3. That the trial is "
    "evaluated.</p>\t<p>Welsh Local Government Association</p>",
])


def test_tab_rows_with_no_area_column_and_full_width_area_rows(tmp_path):
    path = _write(tmp_path, FULL_WIDTH_TABS, "waste.txt")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "area_id", "area", "owners") == [
        [1, 1, "Food waste", ["LG"]], [2, 1, "Food waste", ["WG"]],
        [3, 2, "Textiles", ["WLGA"]]]
    assert _rows(_acts(path), "activity_no", "area_id") == [[1, 1], [2, 2]]
    assert _areas(path)["theme"].tolist() == ["Collections", "Collections"]


def test_full_width_area_rows_on_a_web_page(tmp_path):
    from wlga_analysis.testing.publish import html_page

    pipe = "\n".join([
        "## Waste and Recycling Working Group: Recommendations", "", "### Collections", "",
        "| Activity underway or achieved | Recommendations |", "|---|---|",
        "| **Area 1: Food waste** | |",
        "| 1. Every council now collects food waste weekly. | 1. That councils share food "
        "waste contracts. (**LG**) |",
        "| **Area 2: Textiles** | |",
        "| 2. Two councils trialled textile collections. | 2. That the trial is evaluated. "
        "(**WLGA**) |"])
    for name, text in (("waste.md", pipe),
                       ("waste.html", html_page(pipe.split("\n"), "recommendations"))):
        path = _write(tmp_path, text, name)
        assert _rows(_recs(path), "rec_id", "area_id", "owners") == [
            [1, 1, ["LG"]], [2, 2, ["WLGA"]]], name


def test_an_unknown_recommendations_header_is_reported_not_glued(tmp_path):
    text = "\n".join([
        "## Working Group Recommendations", "", "### Roads", "",
        "| Area | Activity underway or achieved | Recommendations |", "|---|---|---|",
        "| **Area 1: Potholes** | 1. A survey was done. | 1. That it is repaired. (**LG**) |",
        "", "## Responses", "",
        "| Reference | Recommendations | Response |", "|---|---|---|",
        "| X | 2. That it is resurfaced. | Agreed |"])
    path = _write(tmp_path, text, "odd.md")
    assert _recs(path)["text"].tolist() == ["That it is repaired."]
    issues = [i for i in _issues(path) if i.check == "table not read"]
    assert len(issues) == 1 and "Reference | Recommendations | Response" in issues[0].message
    notes = rec.load_recommendations_notes(path)
    assert "X – 2. That it is resurfaced. – Agreed" in notes["text"].tolist()


# ------------------------------------------------------------ D: lists with no table
LISTS = "\n".join([
    "# Climate Adaptation Working Group Recommendations", "",
    "Welsh Local Government Association", "",
    "## Theme: Flooding", "",
    "### Area 1: Flood risk plans", "",
    "**Activity underway or achieved**", "",
    "1. Every lead local flood authority has refreshed its strategy.", "",
    "**Recommendations**", "",
    "1. That councils publish flood risk plans for each town (LG)", "",
    "2. That Welsh Government confirms capital funding for three years (WG)", "",
    "### Area 2: Property resilience", "",
    "**Recommendations**", "",
    "3. That the WLGA shares a property resilience toolkit (WLGA)", "",
    "## Theme: Heat", "",
    "### Area 3: Cooling centres", "",
    "**Activity underway or achieved**", "",
    "2. Four councils opened cooling centres in 2025.", "",
    "**Recommendations**", "",
    "4. That cooling centres are listed on council websites (LG)", "",
    "These recommendations will be reviewed in a year.",
])


@pytest.mark.parametrize("name", ["adapt.md", "adapt.html"])
def test_recommendations_printed_as_lists(tmp_path, name):
    from wlga_analysis.testing.publish import html_page

    text = LISTS if name.endswith(".md") else html_page(LISTS.split("\n"), "recommendations")
    path = _write(tmp_path, text, name)
    assert _rows(_recs(path), "rec_id", "area_id", "theme", "owners") == [
        [1, 1, "Flooding", ["LG"]], [2, 1, "Flooding", ["WG"]], [3, 2, "Flooding", ["WLGA"]],
        [4, 3, "Heat", ["LG"]]]
    assert _recs(path)["text"].tolist()[0] == ("That councils publish flood risk plans for "
                                               "each town")
    assert _rows(_acts(path), "activity_no", "area_id") == [[1, 1], [2, 3]]
    assert _rows(_areas(path), "area_id", "area") == [
        [1, "Flood risk plans"], [2, "Property resilience"], [3, "Cooling centres"]]
    notes = rec.load_recommendations_notes(path)
    assert "These recommendations will be reviewed in a year." in notes["text"].tolist()
    assert rec.recommendations_metadata(path)["title"] == ("Climate Adaptation Working Group "
                                                           "Recommendations")


# -------------------------------------------------- I: a PDF title printed smaller
def test_a_first_level_three_heading_is_the_title(tmp_path):
    text = LABELLED_TABS.replace("## Housing", "### Housing")
    path = _write(tmp_path, text, "housing.txt")
    assert rec.recommendations_metadata(path)["title"] == ("Housing Working Group "
                                                           "Recommendations")
    assert _areas(path)["theme"].tolist() == ["Homelessness", "Homelessness"]


def test_a_level_three_heading_over_the_table_is_still_its_theme(tmp_path):
    text = LABELLED_PIPE.replace("## Rural Services Working Group: Recommendations\n\n", "")
    path = _write(tmp_path, text, "rural.md")
    assert _areas(path)["theme"].tolist() == ["Transport", "Transport"]
    assert rec.recommendations_metadata(path)["title"] is None


# ------------------------------------------------------- H: owners printed inline, plain
INLINE_OWNERS = "\n".join([
    "## Tourism Working Group Recommendations", "",
    "### Visitor economy", "",
    "| Area | Activity underway or achieved | Recommendations |",
    "|---|---|---|",
    "| **Area 1: Visitor levy**<br>To prepare for a visitor levy. | 1. Councils were "
    "consulted on a levy in 2023. | 1. That councils model the income from a levy "
    "(Visit Wales)<br>2. That guidance is agreed with Visit Wales (VW). "
    "[Lead: Welsh Government]<br>3. That the WLGA reports on the levy each year. – WLGA<br>"
    "4. That the levy is reviewed. Owner: Local authorities<br>"
    "5. That the review is published in Wales - Cardiff |",
])


def test_owners_printed_inline_in_plain_text(tmp_path):
    path = _write(tmp_path, INLINE_OWNERS, "tourism.md")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "owners") == [
        [1, ["Visit Wales"]], [2, ["WG"]], [3, ["WLGA"]], [4, ["LG"]], [5, []]]
    assert recs["text"].tolist() == [
        "That councils model the income from a levy",
        "That guidance is agreed with Visit Wales (VW).",
        "That the WLGA reports on the levy each year.",
        "That the levy is reviewed.",
        "That the review is published in Wales - Cardiff"]
    unknown = [i.item for i in _issues(path) if i.check == "unknown owner code"]
    assert unknown == ["1"]


def test_a_plain_name_in_brackets_at_the_end_of_a_bullet_is_text(tmp_path):
    text = INLINE_OWNERS.replace(
        "(Visit Wales)<br>", "(**LG**)<ul><li>Event organisers (Visit Wales)</li></ul>")
    recs = _recs(_write(tmp_path, text, "tourism.md"))
    assert recs["owners"].tolist()[0] == ["LG"]
    assert "Event organisers (Visit Wales)" in recs["text"].tolist()[0]


def test_date_at_the_end_of_a_dateline(tmp_path):
    text = LABELLED_TABS.replace(
        "## Housing Working Group Recommendations\n",
        "## Housing Working Group Recommendations\n\nPaper for the WLGA Council, "
        "27 June 2025\n")
    meta = rec.recommendations_metadata(_write(tmp_path, text, "housing.txt"))
    assert str(meta["date"]) == "2025-06-27" and meta["financial_year"] == "2025-26"
    sentence = LABELLED_TABS.replace(
        "## Housing Working Group Recommendations\n",
        "## Housing Working Group Recommendations\n\nThe Council met in Cardiff. It agreed "
        "the plan, 27 June 2025\n")
    assert rec.recommendations_metadata(_write(tmp_path, sentence, "h2.txt"))["date"] is None


def test_bilingual_header_of_the_three_columns_in_tab_rows(tmp_path):
    text = LABELLED_TABS.replace(
        "Area\tActivity underway or achieved\tRecommendations",
        "Maes / Area\tGweithgarwch / Activity underway or achieved\t"
        "Argymhellion / Recommendations")
    path = _write(tmp_path, text, "housing.txt")
    assert _rows(_recs(path), "rec_label", "area_id", "owners") == [
        ["R1", 1, ["LG"]], ["R2", 1, ["WG"]], ["1(a)", 2, ["WLGA"]], ["1(b)", 2, ["LG"]]]
    notes = rec.load_recommendations_notes(path)["text"].tolist()
    assert not [n for n in notes if "Argymhellion" in n]  # the header is no note


def test_an_owner_cell_of_a_continued_row_is_not_dropped(tmp_path):
    text = FULL_WIDTH_TABS + "\n\t<p>and the results shared with every council.</p>\t" \
        "<p>Data Cymru</p>"
    recs = _recs(_write(tmp_path, text, "waste.txt"))
    assert recs["owners"].tolist()[-1] == ["WLGA", "Data Cymru"]
    assert recs["text"].tolist()[-1] == ("That the trial is evaluated. and the results shared "
                                         "with every council.")


def test_lists_under_bold_area_lines(tmp_path):
    text = "\n".join([
        "# Roads Working Group Recommendations", "", "## Highways", "",
        "**Area 1: Potholes**", "", "**Activity underway or achieved**", "",
        "1. A survey of road condition was completed.", "", "**Recommendations**", "",
        "1. That councils share repair data (LG)", "", "**Area 2: Bridges**", "",
        "**Recommendations**", "", "2. That bridge inspections are pooled (WLGA)"])
    path = _write(tmp_path, text, "roads.md")
    assert _rows(_recs(path), "rec_id", "area_id", "theme", "owners") == [
        [1, 1, "Highways", ["LG"]], [2, 2, "Highways", ["WLGA"]]]
    assert _rows(_acts(path), "activity_no", "area_id") == [[1, 1]]
