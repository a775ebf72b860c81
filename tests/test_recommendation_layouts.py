"""Layout families of recommendations tables the line patterns were never taught (issue 9).

Each document is written as a publisher would print it; the asserted values are what a
careful reader of the printed table reads, written down before the code was run.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd
import pytest

from wlga_analysis import documents
from wlga_analysis import recommendations as rec
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.testing import parse_issues
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

HEADER = "Area\tActivity underway or achieved\tRecommendations"


def _tables(path: Path) -> dict[str, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {"areas": rec.load_areas(path), "activities": rec.load_activities(path),
                "recommendations": rec.load_recommendations(path),
                "owners": rec.load_recommendation_owners(path),
                "notes": rec.load_recommendations_notes(path)}


_issues = parse_issues


# --------------------------------------------------------------------------- pipe tables
PIPE_OUTER = "\n".join([
    "## Working Group on Local Democracy Recommendations", "",
    "#### Equalities and engagement", "",
    "| Area | Activity underway or achieved | Recommendations |",
    "| --- | --- | --- |",
    "| **Area 1: Diversity in democracy**<br>To increase the diversity of councillors and "
    "candidates. | 1. Candidate survey completed (**WLGA**)<br>2. Diversity declarations made "
    "by all 22 councils | 1. That every council publishes a diversity declaration before the "
    "2027 elections. (**LG**)<br>2. That the WLGA runs a mentoring scheme for candidates from "
    "under-represented groups. (**WLGA/WG**) |",
    "| **Area 2: Public participation**<br>To promote participation in local democracy. | "
    "3. Guidance on public participation strategies issued | 3. That councils publish public "
    "participation strategies. (**LG**)<br>4. That the Welsh Government reviews the guidance "
    "after two years. (**WG**) |",
    "",
])

PIPE_PAGE_BREAK = "\n".join([
    "## Working Group on the Local Government Workforce", "",
    "#### Workforce", "",
    "|Area|Activity underway or achieved|Recommendations|",
    "|:---|:---|:---|",
    "|**Area 1: Workforce planning**<br/>To plan the local government workforce.|"
    "1. Workforce survey completed|1. That councils publish workforce plans. **(LG)**<br/>"
    "2. That the WLGA develops a|",
    "",
    "Page 2 of 3",
    "",
    "|Area|Activity underway or achieved|Recommendations|",
    "|:---|:---|:---|",
    "||2. Apprenticeship scheme launched|shared apprenticeship scheme. **(WLGA)**|",
    "|**Area 2: Finance**<br/>To review the funding formula.|3. Formula review begun|"
    "3. That the distribution sub-group reviews the formula. **(WLGA/WG)**|",
    "",
])


def test_a_pipe_table_with_br_in_cells(tmp_path):
    t = _tables(_write(tmp_path, PIPE_OUTER))
    assert _rows(t["areas"], "area_id", "area", "theme", "remit") == [
        [1, "Diversity in democracy", "Equalities and engagement",
         "To increase the diversity of councillors and candidates."],
        [2, "Public participation", "Equalities and engagement",
         "To promote participation in local democracy."]]
    assert _rows(t["activities"], "activity_no", "area_id", "text", "owners") == [
        [1, 1, "Candidate survey completed", ["WLGA"]],
        [2, 1, "Diversity declarations made by all 22 councils", []],
        [3, 2, "Guidance on public participation strategies issued", []]]
    assert _rows(t["recommendations"], "rec_id", "area_id", "text", "owners") == [
        [1, 1, "That every council publishes a diversity declaration before the 2027 "
         "elections.", ["LG"]],
        [2, 1, "That the WLGA runs a mentoring scheme for candidates from under-represented "
         "groups.", ["WLGA", "WG"]],
        [3, 2, "That councils publish public participation strategies.", ["LG"]],
        [4, 2, "That the Welsh Government reviews the guidance after two years.", ["WG"]]]
    assert t["recommendations"]["source_line"].tolist() == [7, 7, 8, 8]
    checks = {i.check for i in _issues(_write(tmp_path, PIPE_OUTER))}
    assert not checks & {"damaged row", "unnumbered text", "no owner"}


def test_a_pipe_table_split_by_a_page_break(tmp_path):
    path = _write(tmp_path, PIPE_PAGE_BREAK)
    t = _tables(path)
    assert _rows(t["areas"], "area_id", "area", "remit") == [
        [1, "Workforce planning", "To plan the local government workforce."],
        [2, "Finance", "To review the funding formula."]]
    assert _rows(t["activities"], "activity_no", "area_id", "text") == [
        [1, 1, "Workforce survey completed"], [2, 1, "Apprenticeship scheme launched"],
        [3, 2, "Formula review begun"]]
    assert _rows(t["recommendations"], "rec_id", "area_id", "text", "owners") == [
        [1, 1, "That councils publish workforce plans.", ["LG"]],
        [2, 1, "That the WLGA develops a shared apprenticeship scheme.", ["WLGA"]],
        [3, 2, "That the distribution sub-group reviews the formula.", ["WLGA", "WG"]]]
    checks = {i.check for i in _issues(path)}
    assert not checks & {"damaged row", "area repeated", "continuation across areas"}
    # the header printed again after the page break is not an area, a note or an item
    assert "Activity underway or achieved" not in " ".join(t["notes"]["text"])


# --------------------------------------------------------------------------- extra columns
STATUS_TABS = "\n".join([
    "## Working Group on Workforce Recommendations", "",
    "#### Workforce and skills", "",
    HEADER + "\tStatus",
    "<p><b>Area 1: Recruitment</b></p><p>To address recruitment difficulties in social care "
    "and planning.</p>\t<p>1. Recruitment campaign launched <b>(WLGA)</b></p>\t<p>1. That "
    "councils share vacancy data quarterly. <b>(LG)</b></p><p>2. That a national careers "
    "portal is developed with</p>\t<p>Ongoing</p><p>Not started</p>",
    "\t\t<p>Social Care Wales and Careers Wales. <b>(WLGA/WG)</b></p>\t",
    "<p><b>Area 2: Pay and reward</b></p><p>To review pay structures.</p>\t<p>2. Pay "
    "benchmarking completed</p>\t<p>3. That the pay benchmarking is repeated every three "
    "years. <b>(WLGA)</b></p>\t<p>Complete</p>",
    "",
])

STATUS_PIPES = "\n".join([
    "## Climate Working Group", "",
    "#### Climate and nature", "",
    "| Area | Activity underway or achieved | Recommendations | Status | Lead officer |",
    "|---|---|---|---|---|",
    "| **Area 1: Climate change**<br>To support councils to reach net zero by 2030. | "
    "1. Net zero toolkit published | 1. That every council adopts a decarbonisation plan. "
    "(**LG**)<br>2. That the WLGA reports progress to | Ongoing | Head of Climate |",
    "| | | Partnership Council each year. (**WLGA**) | Ongoing | |",
    "| **Area 2: Nature recovery**<br>To restore biodiversity on council land. | "
    "2. Pollinator sites mapped | 3. That councils manage verges for pollinators. (**LG**) | "
    "Not started | Head of Parks |",
    "",
])


def test_a_status_column_is_a_column_of_its_own(tmp_path):
    path = _write(tmp_path, STATUS_TABS)
    t = _tables(path)
    recs = t["recommendations"]
    assert _rows(recs, "rec_id", "text", "owners", "status") == [
        [1, "That councils share vacancy data quarterly.", ["LG"], "Ongoing"],
        [2, "That a national careers portal is developed with Social Care Wales and Careers "
         "Wales.", ["WLGA", "WG"], "Not started"],
        [3, "That the pay benchmarking is repeated every three years.", ["WLGA"], "Complete"]]
    for word in ("Ongoing", "Not started", "Complete"):
        assert not any(word in text for text in recs["text"])
        assert not any(word in text for text in t["activities"]["text"])
    assert t["activities"]["text"].tolist() == ["Recruitment campaign launched",
                                               "Pay benchmarking completed"]
    assert "damaged row" not in {i.check for i in _issues(path)}


def test_any_other_column_is_kept_in_a_column_named_after_its_header(tmp_path):
    path = _write(tmp_path, STATUS_PIPES)
    recs = _tables(path)["recommendations"]
    assert _rows(recs, "rec_id", "area_id", "text", "owners", "status", "lead_officer") == [
        [1, 1, "That every council adopts a decarbonisation plan.", ["LG"], "Ongoing",
         "Head of Climate"],
        [2, 1, "That the WLGA reports progress to Partnership Council each year.", ["WLGA"],
         "Ongoing", "Head of Climate"],
        [3, 2, "That councils manage verges for pollinators.", ["LG"], "Not started",
         "Head of Parks"]]


def test_the_shipped_layout_gets_no_extra_columns():
    assert "status" not in rec.load_recommendations().columns


# --------------------------------------------------------------------------- theme labels
THEMES = "\n".join([
    "## Working Group Recommendations 2022-23", "",
    "#### Theme 1: Equalities and engagement", "",
    HEADER,
    "<p><b>Area 1: Diversity</b></p>\t<p>1. Survey done</p>\t<p>1. That councils publish "
    "declarations <b>(LG)</b></p>",
    "<b>Theme 2: Finance and funding</b>\t\t",
    "<p><b>Area 2: Funding</b></p>\t<p>2. Formula reviewed</p>\t<p>2. That the formula is "
    "reviewed <b>(WG)</b></p>",
    "", "**Theme 3 \u2013 Digital services**", "",
    HEADER,
    "<p><b>Area 3: Digital</b></p>\t<p>3. Strategy agreed</p>\t<p>3. That councils share "
    "platforms <b>(WLGA)</b></p>",
    "",
])

THEMES_PIPES = "\n".join([
    "## Working Group Recommendations", "",
    "| Area | Activity underway or achieved | Recommendations |",
    "| --- | --- | --- |",
    "| **Theme A: Housing** | | |",
    "| **Area 1: Homelessness**<br>To end homelessness. | 1. Strategy published | "
    "1. That councils fund rapid rehousing. (**LG**) |",
    "| **Theme B: Transport** | | |",
    "| **Area 2: Buses**<br>To reform bus services. | 2. Bill introduced | "
    "2. That franchising is planned with councils. (**WG**) |",
    "",
])


def test_theme_labels_are_kept_in_a_column_of_their_own(tmp_path):
    path = _write(tmp_path, THEMES)
    t = _tables(path)
    assert _rows(t["areas"], "area_id", "theme", "theme_no") == [
        [1, "Equalities and engagement", "1"], [2, "Finance and funding", "2"],
        [3, "Digital services", "3"]]
    assert t["recommendations"]["theme"].tolist() == [
        "Equalities and engagement", "Finance and funding", "Digital services"]


def test_theme_labels_in_pipe_theme_rows(tmp_path):
    t = _tables(_write(tmp_path, THEMES_PIPES))
    assert _rows(t["areas"], "area_id", "area", "theme", "theme_no") == [
        [1, "Homelessness", "Housing", "A"], [2, "Buses", "Transport", "B"]]


def test_unlabelled_themes_get_no_theme_number_column():
    assert "theme_no" not in rec.load_areas().columns


# --------------------------------------------------------------------------- owners in full
OWNERS = "\n".join([
    "## Working Group on Public Services", "", "#### Governance", "", HEADER,
    "<p><b>Area 1: Scrutiny</b></p>\t<p>1. Review begun (<b>Welsh Government</b>)</p>\t"
    "<p>1. That scrutiny guidance is updated. (<b>Welsh Government</b>)</p>"
    "<p>2. That councils and the Welsh Government agree a protocol. "
    "<b>(WLGA and Welsh Government)</b></p>"
    "<p>3. That audit findings are shared. (<b>Audit Wales</b>)</p>"
    "<p>4. That performance data is published. (<b>Data Cymru/WLGA</b>)</p>"
    "<p>5. That members are trained. (<b>Welsh Local Government Association</b>)</p>"
    "<p>6. That the guidance is reviewed in 2025. (Welsh Government)</p>",
    "",
])

OWNERS_PIPES = "\n".join([
    "## Working Group", "", "#### Governance", "",
    "| Area | Activity underway or achieved | Recommendations |", "| --- | --- | --- |",
    "| **Area 1: Data**<br>To improve data. | 1. Audit done | 1. That data is shared. "
    "(**Local Government and Welsh Government**)<br>2. That it is checked. "
    "**(Audit Wales & WLGA)** |",
    "",
])


def test_owners_written_in_full_are_matched_to_their_codes(tmp_path):
    path = _write(tmp_path, OWNERS)
    t = _tables(path)
    assert t["recommendations"]["owners"].tolist() == [
        ["WG"], ["WLGA", "WG"], ["Audit Wales"], ["Data Cymru", "WLGA"], ["WLGA"], ["WG"]]
    assert t["recommendations"]["text"].tolist()[1] == (
        "That councils and the Welsh Government agree a protocol.")
    assert t["activities"]["owners"].tolist() == [["WG"]]
    owners = t["owners"]
    assert owners.loc[owners["rec_id"] == 1, "owner_name"].tolist() == ["Welsh Government"]
    issues = _issues(path)
    unknown = sorted((i.item, i.message.split("'")[1]) for i in issues
                     if i.check == "unknown owner code")
    assert unknown == [("3", "Audit Wales"), ("4", "Data Cymru")]
    assert [(i.check, i.item) for i in issues if i.check == "owner not in bold"] == [
        ("owner not in bold", "6")]


def test_owners_in_full_in_a_pipe_table(tmp_path):
    t = _tables(_write(tmp_path, OWNERS_PIPES))
    assert t["recommendations"]["owners"].tolist() == [["LG", "WG"], ["Audit Wales", "WLGA"]]


# --------------------------------------------------------------------------- year-like numbers
def _long_table(n_recs: int, per_area: int = 25) -> str:
    lines = ["## Working Group", "", "#### Everything", "", HEADER]
    for first in range(1, n_recs + 1, per_area):
        area = (first - 1) // per_area + 1
        items = "".join(f"<li>{n}. That item {n} is reviewed with partners (<b>WG</b>)</li>"
                        if n % 2 else f"<li>{n}. That item {n} is reviewed with partners</li>"
                        for n in range(first, min(first + per_area, n_recs + 1)))
        lines.append(f"<p><b>Area {area}: Area {area} title</b></p>\t<p>{area}. Work</p>\t"
                     f"<ol>{items}</ol>")
    return "\n".join([*lines, ""])


@pytest.mark.parametrize("layout", ["list items", "paragraphs"])
def test_item_numbers_that_look_like_years_are_item_numbers(tmp_path, layout):
    text = _long_table(2500)
    if layout == "paragraphs":
        text = text.replace("<li>", "<p>").replace("</li>", "</p>")
    path = _write(tmp_path, text)
    recs = _tables(path)["recommendations"]
    assert len(recs) == 2500
    assert recs["rec_id"].tolist() == list(range(1, 2501))
    assert recs.loc[recs["rec_id"] == 1907, "text"].item() == (
        "That item 1907 is reviewed with partners")
    assert recs.loc[recs["rec_id"] == 1906, "text"].item() == (
        "That item 1906 is reviewed with partners")
    assert not {"numbering gap", "duplicate number"} & {i.check for i in _issues(path)}


# --------------------------------------------------------------------------- nothing lost
def _document_words(path: Path) -> set[str]:
    """Every word of a document's text outside page furniture and table header rows."""
    from wlga_analysis.read.model import Table
    from wlga_analysis.read.text import read_text_lines

    model = read_text_lines(documents.read_document(path, "recommendations").lines)
    texts = []
    for block in model.blocks:
        if isinstance(block, Table):
            texts += [cell.text for row in block.rows for cell in row]
        else:
            texts.append(block.text.text)
    return {w.casefold() for text in texts for w in _WORD.findall(text)}


def _output_words(path: Path) -> set[str]:
    """Every word in some output table (cells, owner lists), and the tables' column names
    (the labels "Area", "Theme", "Status" are kept as what a column means; "and" between two
    owners is kept as the owner list itself)."""
    words: set[str] = {"and"}
    for frame in _tables(path).values():
        for column in frame.columns:
            words |= {w.casefold() for w in _WORD.findall(column.replace("_", " "))}
            for value in frame[column]:
                values = value if isinstance(value, list) else [value]
                for v in values:
                    if isinstance(v, str):
                        words |= {w.casefold() for w in _WORD.findall(v)}
    return words


_WORD = __import__("re").compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_DOCUMENTS = {"pipe tables": PIPE_OUTER, "pipe page break": PIPE_PAGE_BREAK,
              "status column": STATUS_TABS, "other columns": STATUS_PIPES,
              "theme labels": THEMES, "theme rows": THEMES_PIPES, "owners in full": OWNERS,
              "owners in a pipe table": OWNERS_PIPES}


@pytest.mark.parametrize("name", [*_DOCUMENTS, "shipped", "synthetic 0", "synthetic 1",
                                  "synthetic 2"])
def test_every_word_of_the_document_is_in_some_table(tmp_path, name):
    from wlga_analysis import config
    from wlga_analysis.testing import synthetic

    if name == "shipped":
        path = config.RAW_DIR / "working-group-recommendations.txt"
    elif name.startswith("synthetic"):
        path = _write(tmp_path, synthetic.recommendations_document(int(name[-1]))[0])
    else:
        path = _write(tmp_path, _DOCUMENTS[name])
    missing = _document_words(path) - _output_words(path)
    assert sorted(missing) == []


# --------------------------------------------------------------------------- two paths, one reading
@pytest.mark.parametrize("source", ["shipped", "synthetic 3", "synthetic 4", "scaled 3"])
def test_the_model_interpreter_reads_the_classic_layout_as_the_line_parser_does(tmp_path,
                                                                                 source):
    """The classic tab layout is read line by line (the fast path); the model interpreter
    must read it identically, so that either can serve any layout."""
    from wlga_analysis import config
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.interpret.recommendations.owners import load_owners
    from wlga_analysis.testing import synthetic

    if source == "shipped":
        path = config.RAW_DIR / "working-group-recommendations.txt"
    elif source.startswith("scaled"):
        path = _write(tmp_path, synthetic.scaled_recommendations(int(source[-1]))[0])
    else:
        path = _write(tmp_path, synthetic.recommendations_document(int(source[-1]))[0])
    doc = documents.read_document(path, "recommendations")
    by_lines = rec.parse_recommendations(doc)
    parser = ModelParser(doc, load_owners())
    parser.run()
    by_model = rec._build(parser, load_owners().names())
    for table in ("areas", "activities", "recommendations", "recommendation_owners", "notes"):
        pd.testing.assert_frame_equal(getattr(by_model, table), getattr(by_lines, table))
    assert [(i.check, i.item, i.source_line) for i in by_model.issues] == [
        (i.check, i.item, i.source_line) for i in by_lines.issues]
