"""Tests of the recommendations parser: real values of the shipped document, synthetic
documents of the same kind, and bad inputs."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

from wlga_analysis import config, contracts, documents
from wlga_analysis import recommendations as rec
from wlga_analysis.errors import DataQualityWarning, ParseError
from wlga_analysis.testing import quietly

RAW = config.RAW_DIR / "working-group-recommendations.txt"
HEADER = "Area\tActivity underway or achieved\tRecommendations"


@pytest.fixture(scope="module")
def tables():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {
            "areas": rec.load_areas(),
            "activities": rec.load_activities(),
            "recommendations": rec.load_recommendations(),
            "recommendation_owners": rec.load_recommendation_owners(),
            "recommendations_notes": rec.load_recommendations_notes(),
        }


def _one(frame: pd.DataFrame, column: str, value, field: str):
    rows = frame.loc[frame[column] == value, field]
    assert len(rows) == 1, f"{column}={value}: {len(rows)} rows"
    return rows.iloc[0]


def _write(tmp_path: Path, text: str, name: str = "doc.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- contracts
@pytest.mark.parametrize("table", ["areas", "activities", "recommendations",
                                   "recommendation_owners", "recommendations_notes"])
def test_tables_meet_their_contracts(tables, table):
    frame = tables[table]
    contracts.validate(frame, table)
    assert list(frame.columns) == [c.name for c in contracts.TABLES[table].columns]
    for col in contracts.TABLES[table].columns:
        if col.dtype == "int":
            assert frame[col.name].dtype == "int64"
        elif col.dtype == "str":
            assert frame[col.name].dtype == "str"
        elif col.dtype == "list":
            assert all(isinstance(v, list) for v in frame[col.name])
    assert frame["source_line"].is_monotonic_increasing


def test_loaders_return_copies(tables):
    recs = rec.load_recommendations()
    recs.loc[0, "text"] = "changed"
    recs.loc[0, "owners"].append("XX")
    again = rec.load_recommendations()
    assert again.loc[0, "text"] != "changed"
    assert again.loc[0, "owners"] == ["WLGA", "WG"]


# --------------------------------------------------------------------------- areas
def test_areas(tables):
    areas = tables["areas"]
    assert areas["area_id"].tolist() == list(range(1, 11))
    assert _one(areas, "area_id", 3, "area") == "Voluntary mergers"
    assert _one(areas, "area_id", 4, "theme") == "Powers and flexibilities"
    assert _one(areas, "area_id", 1, "theme") == "Joint working and structures"
    assert _one(areas, "area_id", 8, "theme") == "Service change and the financial position"
    assert _one(areas, "area_id", 9, "theme") == "Service change and the financial position"
    assert areas["theme"].nunique() == 5
    remit3 = _one(areas, "area_id", 3, "remit")
    assert remit3.startswith("To produce a prospectus")
    assert remit3.endswith(
        "could use to test the case for change in their context (voluntary mergers).")
    # the remit of area 10 continues on a row without an "Area N:" lead
    assert "Charter for Local Self-Government" in _one(areas, "area_id", 10, "remit")
    assert "regional arrangements" in _one(areas, "area_id", 1, "remit")


# --------------------------------------------------------------------------- activities
def test_activity_numbers_as_printed(tables):
    acts = tables["activities"]
    numbers = acts["activity_no"].tolist()
    assert len(acts) == 25
    assert numbers == [*range(1, 16), 15, 16, 17, 18, *range(20, 26)]
    assert acts["activity_seq"].tolist() == list(range(1, 26))


def test_activity_status_and_owners(tables):
    acts = tables["activities"]
    assert _one(acts, "activity_no", 5, "status") == "Ongoing"
    assert _one(acts, "activity_no", 5, "owners") == ["WLGA", "LG"]
    assert _one(acts, "activity_no", 4, "status") == "Ongoing"
    assert _one(acts, "activity_no", 4, "owners") == ["WLGA", "WG"]
    assert _one(acts, "activity_no", 6, "owners") == ["WLGA", "LG"]
    assert pd.isna(_one(acts, "activity_no", 6, "status"))
    assert _one(acts, "activity_no", 6, "text").endswith("where a business case supports")
    assert _one(acts, "activity_no", 10, "text").endswith(
        "Local Government and Elections (Wales) Bill")
    assert _one(acts, "activity_no", 25, "area_id") == 10
    assert _one(acts, "activity_no", 1, "owners") == []
    first15, second15 = acts.loc[acts["activity_no"] == 15, "area_id"].tolist()
    assert (first15, second15) == (6, 7)


# --------------------------------------------------------------------------- recommendations
def test_recommendation_numbers(tables):
    recs = tables["recommendations"]
    assert recs["rec_id"].tolist() == list(range(1, 26))
    assert _one(recs, "rec_id", 19, "area_id") == 9
    assert _one(recs, "rec_id", 19, "area") == "Improvement and support"
    assert _one(recs, "rec_id", 11, "theme") == "Powers and flexibilities"


def test_recommendation_owners(tables):
    recs = tables["recommendations"]
    assert _one(recs, "rec_id", 1, "owners") == ["WLGA", "WG"]
    assert _one(recs, "rec_id", 4, "owners") == ["WLGA", "LG"]
    assert _one(recs, "rec_id", 7, "owners") == ["LG", "WLGA", "WG"]
    assert _one(recs, "rec_id", 8, "owners") == ["Working Group"]
    assert _one(recs, "rec_id", 18, "owners") == ["WG", "WLGA"]
    assert _one(recs, "rec_id", 19, "owners") == ["WLGA"]
    assert recs.loc[recs["owners"].map(len) == 0, "rec_id"].tolist() == [13, 16, 17]


def test_recommendation_texts(tables):
    recs = tables["recommendations"]
    rec4 = _one(recs, "rec_id", 4, "text")
    assert "Update it annually" in rec4
    assert "Collaborations Compendium and:" in rec4
    assert rec4.endswith("potential new collaborations.")
    rec16 = _one(recs, "rec_id", 16, "text")
    assert "Distribution Sub Group (DGS)" in rec16
    assert "Political membership:" in rec16 and "Officer level:" in rec16
    assert "Tax Advisory group" in rec16 and "Health & Social Care Spending" in rec16
    rec18 = _one(recs, "rec_id", 18, "text")
    assert "existing understandings into a single document" in rec18
    assert rec18.endswith("into the Revenue Support Grant.")
    assert _one(recs, "rec_id", 8, "text").endswith("voluntary mergers going forward.")
    assert _one(recs, "rec_id", 22, "text").endswith("individual portfolio Ministers.")
    assert _one(recs, "rec_id", 5, "text").endswith("on a regular basis.")
    assert not _one(recs, "rec_id", 1, "text").startswith("1.")


def test_long_form_owners(tables):
    owners = tables["recommendation_owners"]
    rows = owners.loc[owners["rec_id"] == 7]
    assert rows["owner"].tolist() == ["LG", "WLGA", "WG"]
    assert rows["owner_position"].tolist() == [1, 2, 3]
    assert rows["joint"].all()
    assert rows["owner_name"].tolist() == ["Local government",
                                           "Welsh Local Government Association",
                                           "Welsh Government"]
    solo = owners.loc[owners["rec_id"] == 19]
    assert solo["joint"].tolist() == [False]
    assert set(owners["rec_id"]) == set(range(1, 26)) - {13, 16, 17}
    assert owners["owner_name"].notna().all()


def test_no_markup_left(tables):
    for name in ("areas", "activities", "recommendations", "recommendations_notes"):
        for col, series in tables[name].items():
            if series.dtype == "str":
                text = " ".join(series.dropna())
                assert "<" not in text and ">" not in text, (name, col)
                assert "&amp;" not in text and "**" not in text, (name, col)
                assert "  " not in text, (name, col)


def test_every_printed_number_present(tables):
    lines = RAW.read_text(encoding="utf-8").splitlines()
    printed = {"activities": set(), "recommendations": set()}
    for line in lines:
        cells = line.split("\t")
        if len(cells) != 3:
            continue
        for key, cell in (("activities", cells[1]), ("recommendations", cells[2])):
            for block in re.split(r"<(?:p|li)\b[^>]*>", cell):
                m = re.match(r"\s*(\d+)\.\s", documents.clean_text(block) + " ")
                if m:
                    printed[key].add(int(m.group(1)))
    assert printed["activities"] == set(tables["activities"]["activity_no"])
    assert printed["recommendations"] == set(tables["recommendations"]["rec_id"])
    assert 19 not in printed["activities"]


def _words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z0-9£']+", text))


def test_nothing_lost(tables):
    """Every word of every table cell of the raw file is somewhere in the outputs."""
    out: set[str] = {"Area"}
    for name in ("areas", "activities", "recommendations"):
        for _col, series in tables[name].items():
            for value in series.dropna():
                if isinstance(value, list):
                    for v in value:
                        out |= _words(v)
                else:
                    out |= _words(str(value))
    raw_words: set[str] = set()
    for line in RAW.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) < 2 or documents.clean_text(cells[0]) == "Area":
            continue
        for cell in cells:
            raw_words |= _words(documents.clean_text(cell))
    assert raw_words, "no table cells found"
    assert raw_words - out == set()


def test_notes(tables):
    notes = tables["recommendations_notes"]
    assert notes["kind"].tolist() == ["title", "heading", "paragraph", "heading"]
    assert notes["text"].iloc[0] == "Working Group on Local Government Recommendations"
    assert notes["text"].iloc[2].startswith("The Working Group's core task")


def test_metadata():
    meta = rec.recommendations_metadata(documents.read_document(None, "recommendations"))
    assert meta["title"] == "Working Group on Local Government Recommendations"
    assert meta["date"] is None and meta["financial_year"] is None
    assert meta["kind"] == "recommendations"
    assert meta["sha256"] == documents.sha256_of(RAW)


# --------------------------------------------------------------------------- issues
def test_issues_of_shipped_document():
    parsed = rec.parse_recommendations(documents.read_document(None, "recommendations"))
    found = {(i.table, i.check, i.item) for i in parsed.issues}
    assert found == {
        ("activities", "duplicate number", "15"),
        ("activities", "numbering gap", "19"),
        ("recommendations", "no owner", "13"),
        ("recommendations", "no owner", "16"),
        ("recommendations", "no owner", "17"),
    }
    gap = next(i for i in parsed.issues if i.check == "numbering gap")
    assert gap.message == "activity 19 is missing: the numbering goes from 18 to 20"


def test_loaders_warn():
    with pytest.warns(DataQualityWarning, match="recommendation 13 names no owner"):
        rec.load_recommendations()
    with pytest.warns(DataQualityWarning, match="activity 15 is printed twice"):
        rec.load_activities()


# --------------------------------------------------------------------------- synthetic
OTHER = f"""## Working Group on Rivers Recommendations

3rd March 2020

#### Water quality

{HEADER}
<p><b>Area 1: River monitoring</b></p> <p>To review <b>monitoring</b> of rivers.</p>\t\
<ol><li>1. Reviewed sampling sites in-</li></ol>\t\
<p>1. That NRW publish data annually. <b>(NRW/WG)</b></p>
\t<p>principle agreed (<b>Ongoing - WG</b>)</p>\t<p>2. That councils share data (<b>LG</b>)</p>
---\t--\t--
<b>Flooding</b>\t\t
<b>Area</b>\t<b>Activity underway or achieved</b>\t<b>Recommendations</b>
<p><b>Area 2: Flood plans</b></p> <p>To plan.</p>\t<p>2. Plans drafted <b>WLGA/LG</b></p>\t\
<p>3. That plans are agreed <b>(WLGA)</b></p>
**Flooding**

{HEADER}
<p><b>Area 3: Gauges</b></p>\t<p>3. Gauges fitted</p>\t\
<p>4. That gauges are read (SWT) weekly.</p>
**Community engagement**
<p><b>Area 4: Volunteers</b></p>\t<p>4. Volunteers trained</p>\t\
<p>5. That volunteers are thanked. (<b>Working Group</b>)</p>
"""


def test_other_working_group(tmp_path):
    path = _write(tmp_path, OTHER)
    with pytest.warns(DataQualityWarning) as record:
        recs = rec.load_recommendations(path)
    messages = [str(w.message) for w in record]
    assert any("line 8" in m and "'NRW'" in m for m in messages)
    assert all(issubclass(w.category, DataQualityWarning) for w in record)
    assert recs["rec_id"].tolist() == [1, 2, 3, 4, 5]
    assert recs["owners"].tolist() == [["NRW", "WG"], ["LG"], ["WLGA"], [], ["Working Group"]]
    assert recs["text"].iloc[0] == "That NRW publish data annually."
    assert recs["text"].iloc[3] == "That gauges are read (SWT) weekly."
    owners = quietly(rec.load_recommendation_owners, path)
    nrw = owners.loc[owners["owner"] == "NRW"]
    assert len(nrw) == 1 and pd.isna(nrw["owner_name"].item())
    assert nrw["joint"].item() and nrw["owner_position"].item() == 1
    areas = quietly(rec.load_areas, path)
    assert areas["theme"].tolist() == ["Water quality", "Flooding", "Flooding",
                                       "Community engagement"]
    assert areas["remit"].iloc[0] == "To review monitoring of rivers."
    acts = quietly(rec.load_activities, path)
    assert acts["text"].iloc[0] == "Reviewed sampling sites in-principle agreed"
    assert acts["status"].iloc[0] == "Ongoing" and acts["owners"].iloc[0] == ["WG"]
    assert acts["owners"].iloc[1] == ["WLGA", "LG"]
    meta = rec.recommendations_metadata(path)
    assert meta["title"] == "Working Group on Rivers Recommendations"
    assert str(meta["date"]) == "2020-03-03" and meta["financial_year"] == "2019-20"
    parsed = rec.parse_recommendations(documents.read_document(path, "recommendations"))
    checks = {(i.check, i.item) for i in parsed.issues}
    assert checks == {("unknown owner code", "1"), ("no owner", "4")}
    unknown = next(i for i in parsed.issues if i.check == "unknown owner code")
    assert unknown.table == "recommendation_owners" and unknown.source_line == 8


def test_unknown_code_warning_names_line(tmp_path):
    path = _write(tmp_path, OTHER)
    with pytest.warns(DataQualityWarning, match=r"doc\.txt, line 8: .*'NRW'"):
        rec.load_recommendation_owners(path)


def _table(*rows: str, theme: str = "#### Theme one") -> str:
    return "\n".join(["## Title", "", theme, "", HEADER, *rows, ""])


def test_theme_heading_spellings(tmp_path):
    text = _table(
        "<p><b>Area 1: A</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p>",
        "#### Theme two",
        "<p><b>Area 2: B</b></p>\t<p>2. b</p>\t<p>2. r <b>(WG)</b></p>",
        "<b>Theme two</b>\t\t",  # repeated heading: not a new theme
        HEADER,
        "\t<p>3. b2</p>\t",
        "<b>Theme three</b>\t\t",
        "<p><b>Area 3: C</b></p>\t<p>4. c</p>\t<p>3. r <b>(WG)</b></p>",
        "**Theme four &amp; more**",
        "<p><b>Area 4: D</b></p>\t<p>5. d</p>\t<p>4. r <b>(WG)</b></p>",
    )
    path = _write(tmp_path, text)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataQualityWarning)
        areas = rec.load_areas(path)
        acts = rec.load_activities(path)
    assert areas["theme"].tolist() == ["Theme one", "Theme two", "Theme three",
                                       "Theme four & more"]
    assert acts["area_id"].tolist() == [1, 2, 2, 3, 4]


def test_tabless_damaged_row(tmp_path):
    text = _table(
        "<p><b>Area 1: A</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p>",
        "<p><b>Area 2: Lost tabs</b></p> <p>Remit two.</p> <p>2. act two</p> "
        "<p>2. rec two <b>(WLGA)</b></p>",
    )
    path = _write(tmp_path, text)
    with pytest.warns(DataQualityWarning, match=r"line 7: damaged table row"):
        areas = rec.load_areas(path)
    assert areas["area"].tolist() == ["A", "Lost tabs"]
    assert areas["remit"].iloc[1] == "Remit two."
    acts = quietly(rec.load_activities, path)
    recs = quietly(rec.load_recommendations, path)
    assert acts["text"].tolist() == ["a", "act two"]
    assert recs["text"].tolist() == ["r", "rec two"]
    assert recs["owners"].tolist() == [["WG"], ["WLGA"]]
    with pytest.warns(DataQualityWarning, match="damaged table row"):
        rec.load_recommendations(path)


def test_duplicate_recommendation_number(tmp_path):
    text = _table(
        "<p><b>Area 1: A</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p> <p>2. s <b>(WG)</b></p>",
        "<p><b>Area 2: B</b></p>\t<p>2. b</p>\t<p>2. t <b>(LG)</b></p>",
    )
    path = _write(tmp_path, text)
    with pytest.warns(DataQualityWarning, match="recommendation 2 is printed twice"):
        recs = rec.load_recommendations(path)
    assert recs["rec_id"].tolist() == [1, 2, 2]
    assert recs["rec_seq"].tolist() == [1, 2, 3]
    assert recs["area_id"].tolist() == [1, 1, 2]
    owners = quietly(rec.load_recommendation_owners, path)
    assert owners["rec_seq"].tolist() == [1, 2, 3]


def test_area_order_and_gaps_reported(tmp_path):
    text = _table(
        "<p><b>Area 2: B</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p>",
        "<p><b>Area 1: A</b></p>\t<p>2. b</p>\t<p>2. r <b>(WG)</b></p>",
        "<p><b>Area 4: D</b></p>\t<p>3. c</p>\t<p>4. r <b>(WG)</b></p>",
        "<p><b>Area 1: A again</b></p> <p>More remit.</p>\t<p>4. d</p>\t",
    )
    path = _write(tmp_path, text)
    parsed = rec.parse_recommendations(documents.read_document(path, "recommendations"))
    checks = {(i.check, i.item) for i in parsed.issues}
    assert ("area out of order", "1") in checks
    assert ("area numbering gap", "3") in checks
    assert ("area repeated", "1") in checks
    assert ("numbering gap", "3") in checks  # recommendation 3
    areas = quietly(rec.load_areas, path)
    assert areas["area_id"].tolist() == [2, 1, 4]
    assert areas["remit"].iloc[1] == "More remit."
    assert quietly(rec.load_activities, path)["area_id"].tolist() == [2, 1, 4, 1]


def test_bold_text_that_is_not_an_owner(tmp_path):
    text = _table(
        "<p><b>Area 1: A</b></p>\t<p>1. the <b>WLGA</b> agreed a plan</p>\t"
        "<p>1. Groups: <b>(see below)</b></p> <p><b>Officers:</b></p> "
        "<ul><li>• Board (DGS)</li></ul> <p>2. r <b>(Ongoing - WG)</b></p>",
    )
    path = _write(tmp_path, text)
    recs = quietly(rec.load_recommendations, path)
    acts = quietly(rec.load_activities, path)
    assert acts["text"].tolist() == ["the WLGA agreed a plan"]
    assert acts["owners"].tolist() == [[]]
    assert recs["text"].iloc[0] == "Groups: (see below) Officers: • Board (DGS)"
    assert recs["owners"].tolist() == [[], ["WG"]]


@pytest.mark.parametrize("damage", [
    ("<b>(WLGA/LG)</b>", "<b>(WLGA/LG)"),  # closing tag lost
    ("<b>(WLGA/LG)</b>", "(WLGA/LG)</b>"),  # opening tag lost
    ("<b>(WLGA/LG)</b>", "(WLGA/LG)"),  # not in bold at all
])
def test_owner_whose_bold_is_lost_is_read_and_reported(tmp_path, damage):
    """Recommendation 6 ends '(WLGA/LG)': a careful reader sees the owners bold or not."""
    original = RAW.read_text(encoding="utf-8")
    assert original.count(damage[0]) == 1
    path = _write(tmp_path, original.replace(*damage))
    recs = quietly(rec.load_recommendations, path)
    assert _one(recs, "rec_id", 6, "owners") == ["WLGA", "LG"]
    assert _one(recs, "rec_id", 6, "text").endswith("(as above)")
    shipped = quietly(rec.load_recommendations, None)
    assert recs["owners"].tolist() == shipped["owners"].tolist()
    issues = rec.parse_recommendations(documents.read_document(path, "recommendations")).issues
    flagged = [(i.check, i.item, i.source_line) for i in issues if i.check == "owner not in bold"]
    assert flagged == [("owner not in bold", "6", _one(recs, "rec_id", 6, "source_line"))]


def test_plain_parentheses_are_owners_only_when_every_code_is_known(tmp_path):
    text = _table(
        "<p><b>Area 1: A</b></p>\t<p>1. a plan agreed (see above)</p>\t"
        "<p>1. Work with Natural Resources Wales (NRW)</p> <p>2. Report to Council (WG)</p>"
        " <p>3. Defined here (WG) and used later</p>",
    )
    recs = quietly(rec.load_recommendations, _write(tmp_path, text))
    assert recs["owners"].tolist() == [[], ["WG"], []]
    assert recs["text"].tolist() == ["Work with Natural Resources Wales (NRW)",
                                     "Report to Council", "Defined here (WG) and used later"]


def test_gap_ranges_and_dated_heading(tmp_path):
    text = _table(
        "<p><b>Area 1: A</b></p>\t<p>1. a</p> <p>5. e</p>\t<p>2. r <b>(WG)</b></p>",
        theme="### March 2021\n\n#### Theme",
    )
    path = _write(tmp_path, text)
    parsed = rec.parse_recommendations(documents.read_document(path, "recommendations"))
    messages = {i.message for i in parsed.issues}
    assert "activities 2 to 4 are missing: the numbering goes from 1 to 5" in messages
    assert "recommendation numbering starts at 2, not 1" in messages
    meta = rec.recommendations_metadata(path)
    assert meta["date"] is None and meta["financial_year"] == "2020-21"


# --------------------------------------------------------------------------- bad inputs
def test_empty_file(tmp_path):
    with pytest.raises(ParseError, match="empty"):
        rec.load_recommendations(_write(tmp_path, "\n \n"))


def test_wrong_kind():
    with pytest.raises(ParseError, match="expected a Working Group recommendations table"):
        rec.load_recommendations(config.RAW_DIR / "improvement-programme-2021-22-update.txt")


def test_header_without_rows(tmp_path):
    path = _write(tmp_path, f"## Title\n\n#### Theme\n\n{HEADER}\n\n---\t--\t--\n")
    with pytest.raises(ParseError, match="no table rows") as info:
        rec.load_areas(path)
    assert info.value.line == 5


def test_items_before_any_area(tmp_path):
    path = _write(tmp_path, _table("\t<p>1. orphan</p>\t<p>1. r</p>"))
    with pytest.raises(ParseError, match="before any 'Area N: title' row"):
        rec.load_activities(path)


def test_truncated_file_parses_or_raises(tmp_path):
    text = RAW.read_text(encoding="utf-8")
    loaders = (rec.load_areas, rec.load_activities, rec.load_recommendations,
               rec.load_recommendation_owners, rec.load_recommendations_notes)
    step = max(1, len(text) // 40)
    for n, cut in enumerate(range(0, len(text), step)):
        path = _write(tmp_path, text[:cut] or "x", name=f"cut{cut}.txt")
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DataQualityWarning)
                if n % 8 == 0:  # the full loaders (with contract checks) on some cuts
                    for loader in loaders:
                        loader(path)
                else:
                    parsed = rec.parse_recommendations(
                        documents.read_document(path, "recommendations"))
                    assert len(parsed.areas) >= 1
        except ParseError:
            pass
    # cut in the middle of the last row: still parses, with every area
    cut = text.rindex("\t25. The Welsh") + 8
    areas = quietly(rec.load_areas, _write(tmp_path, text[:cut], name="mid.txt"))
    assert len(areas) == 10


def test_a_document_cut_off_mid_row_warns(tmp_path):
    text = RAW.read_text(encoding="utf-8")
    cut = tmp_path / "cut.txt"
    cut.write_text(text[:3000], encoding="utf-8")  # stops inside recommendation 5
    with pytest.warns(DataQualityWarning, match=r"cut\.txt, line 16: .*may be cut off"):
        areas = rec.load_areas(cut)
    assert areas["area_id"].tolist() == [1]


def test_the_shipped_document_is_not_reported_as_cut_off():
    checks = {i.check for i in rec.parse_recommendations(documents.read_document(None,
                                                                       "recommendations")).issues}
    assert "cut off" not in checks


# --------------------------------------------------------------------------- unseen layouts
def _report(path):
    return rec.parse_recommendations(documents.read_document(path, "recommendations")).issues


def test_owner_markers_in_other_forms(tmp_path):
    text = _table(
        "<p><b>Area 1: Housing</b></p>\t<p>1. Land pipeline underway <b>RSLs/LG</b></p> "
        "<p>2. Review completed (<b>COMPLETE - WG</b>)</p> <p>3. Pilots running "
        "(<b>ongoing - TfW</b>)</p>\t<p>1. That sites are found (<b>RSLs/LG</b>) and:</p> "
        "<ul><li>• mapped;</li></ul> <p>2. That plans are shared (<b>LG</b>/<b>ADSS Cymru</b>)"
        "</p> <p>3. That children are heard (<b>Children's Commissioner for Wales</b>)</p> "
        "<p>4. That the prospectus is <b>agreed</b>.</p> <p>5. That progress is reported to "
        "the <b>Working Group</b>.</p> <p>6. That it is funded <b>(WG/WLGA).</b></p>",
    )
    path = _write(tmp_path, text)
    acts = quietly(rec.load_activities, path)
    assert acts["text"].tolist() == ["Land pipeline underway", "Review completed",
                                     "Pilots running"]
    assert acts["status"].fillna("-").tolist() == ["-", "Complete", "Ongoing"]
    assert acts["owners"].tolist() == [["RSLs", "LG"], ["WG"], ["TfW"]]
    recs = quietly(rec.load_recommendations, path)
    assert recs["owners"].tolist() == [["RSLs", "LG"], ["LG", "ADSS Cymru"],
                                       ["Children's Commissioner for Wales"], [], [],
                                       ["WG", "WLGA"]]
    assert recs["text"].tolist()[3:5] == ["That the prospectus is agreed.",
                                          "That progress is reported to the Working Group."]
    assert "owner not in bold" not in {i.check for i in _report(path)}


def test_a_page_break_before_a_year_continues_the_item(tmp_path):
    text = _table(
        "<p><b>Area 1: Capital</b></p>\t<p>1. a</p>\t<p>1. That councils publish capital "
        "plans by 31 March</p>",
        "\t\t<p>2023. These plans should show the pipeline <b>(LG)</b></p> "
        "<p>2. That it is reviewed <b>(WG)</b></p>",
    )
    recs = quietly(rec.load_recommendations, _write(tmp_path, text))
    assert recs["rec_id"].tolist() == [1, 2]
    assert recs["text"].iloc[0] == ("That councils publish capital plans by 31 March 2023. "
                                    "These plans should show the pipeline")
    assert recs["owners"].tolist() == [["LG"], ["WG"]]


def test_themes_in_other_bold_forms_and_a_heading_after_the_table(tmp_path):
    text = "\n".join([
        "## Title", "", "####\u00a0Rural services", "", HEADER,
        "<p><b>Area 1: A</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p>",
        '<p><b style="font-weight: bold">Rural economy</b></p>\t\t',
        "<p><b>Area 2: B</b></p>\t<p>N/A</p>\t<p>2. s <b>(WG)</b></p>",
        "<b><i>Theme D</i></b>\t\t",
        "<p><b>Area 3</b></p> <p><b>Registration of care workers</b></p> <p>Remit.</p>\t"
        "<p>&#160;</p>\t<p>3. t <b>(LG)</b></p>",
        "<p><b>Area 3 (continued)</b></p>\t\t<p>4. u <b>(LG)</b></p>",
        "", "Notes:", "1. CDPS is the Centre for Digital Public Services.", "",
        "#### Next steps", "",
    ])
    path = _write(tmp_path, text)
    areas = quietly(rec.load_areas, path)
    assert [list(r) for r in areas[["area_id", "area", "theme", "remit"]].itertuples(
        index=False)] == [
        [1, "A", "Rural services", ""], [2, "B", "Rural economy", ""],
        [3, "Registration of care workers", "Theme D", "Remit."]]
    assert quietly(rec.load_activities, path)["text"].tolist() == ["a"]
    assert quietly(rec.load_recommendations, path)["rec_id"].tolist() == [1, 2, 3, 4]
    notes = quietly(rec.load_recommendations_notes, path)
    assert notes["text"].tolist()[-3:] == [
        "Notes:", "1. CDPS is the Centre for Digital Public Services.", "Next steps"]
    checks = [i.check for i in _report(path)]
    assert checks.count("placeholder") == 1
    assert not {"area repeated", "continuation across areas", "damaged row",
                "no theme"} & set(checks)


def test_a_header_with_another_name_for_the_middle_column(tmp_path):
    text = _table("<p><b>Area 1: A</b></p>\t<p>1. a</p>\t<p>1. r <b>(WG)</b></p>").replace(
        HEADER, "Area\tProgress to date\tRecommendations")
    assert quietly(rec.load_recommendations, _write(tmp_path, text))["owners"].tolist() == [
        ["WG"]]


def test_statuses_owner_roles_and_item_numbers_without_a_space(tmp_path):
    text = _table(
        "<p><b>Area 1: Finance</b></p>\t<p>1. Grant review (<b>Delayed</b>)</p> "
        "<p>2. Audit (<b>Complete - March 2023</b>)</p> <p>3. Plan (<b>Not yet started</b>)"
        "</p>\t<p>1. That grants merge (<b>WG (lead)/WLGA</b>)</p> <p>2. That returns "
        "align (<b>Lead: WG; Support: WLGA/SWT</b>)</p> <p>3. That reports slim "
        "(<b>WG – by March 2024</b>)</p><p>4.That councils publish data (<b>LG</b>)</p>",
    )
    path = _write(tmp_path, text)
    acts = quietly(rec.load_activities, path)
    assert acts["status"].tolist() == ["Delayed", "Complete - March 2023", "Not yet started"]
    assert acts["owners"].tolist() == [[], [], []]
    recs = quietly(rec.load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert recs["owners"].tolist() == [["WG", "WLGA"], ["WG", "WLGA", "SWT"], ["WG"], ["LG"]]
    assert recs["text"].tolist()[3] == "That councils publish data"


def test_text_around_the_table_is_kept_as_notes(tmp_path):
    text = "\n".join([
        "## Housing Working Group", "", "Updated: 14 March 2023", "",
        "Area 4 (Gypsy and Traveller sites) was added to the remit in January 2023.",
        "Co-chair\tCllr Jane Jones (WLGA)", "", "#### Supply", "",
        "Area of work\tActivity underway or achieved\tRecommendations",
        "<p><b>Area 1: Net zero<br>public estate</b></p> <p>To agree a route map.</p>\t"
        "<p>1. a</p>\t<p>1. r <b>(WG)</b></p>",
        "<p><b>Area 2:</b><br>Digital inclusion</p>\t<p>2. b</p>\t<p>2. s <b>(LG)</b></p>",
        "", "Glossary", "CDPS\tCentre for Digital Public Services", "",
    ])
    path = _write(tmp_path, text)
    areas = quietly(rec.load_areas, path)
    assert [list(r) for r in areas[["area_id", "area", "remit"]].itertuples(index=False)] == [
        [1, "Net zero public estate", "To agree a route map."], [2, "Digital inclusion", ""]]
    notes = quietly(rec.load_recommendations_notes, path)["text"].tolist()
    assert "Area 4 (Gypsy and Traveller sites) was added to the remit in January 2023." in notes
    assert "Co-chair – Cllr Jane Jones (WLGA)" in notes
    assert notes[-1] == "CDPS – Centre for Digital Public Services"
    meta = rec.recommendations_metadata(documents.read_document(path, "recommendations"))
    assert str(meta["date"]) == "2023-03-14" and meta["financial_year"] == "2022-23"
    assert not {"damaged row", "area repeated"} & {i.check for i in _report(path)}


def test_two_numbered_items_in_one_paragraph_split_after_the_first_owner(tmp_path):
    text = _table(
        "<p><b>Area 1: A</b></p>\t<p>1. a</p>\t<p>4. That all councils sign the accord. "
        "(<b>LG</b>) 5. That health boards and councils agree a protocol (<b>LG/NHS</b>)</p>",
    )
    recs = quietly(rec.load_recommendations, _write(tmp_path, text))
    assert recs["rec_id"].tolist() == [4, 5]
    assert recs["text"].tolist() == ["That all councils sign the accord.",
                                     "That health boards and councils agree a protocol"]
    assert recs["owners"].tolist() == [["LG"], ["LG", "NHS"]]
