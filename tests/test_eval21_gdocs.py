"""Eval21 family: Google Docs "Download -> Web page" (list numbers only in CSS counters,
``lst-kix`` levels as sibling lists, bold only through classes) and programme reports whose
numbered sections are each a status table (the sections are the priorities).

The documents of ``tests/data/eval21/gdocs/`` are written for these tests in layouts that
differ from the corpus's (other labels, headers, years, owners; ")" and "." markers, a
lettered level, tables numbered on across two themes, a Markdown form); the expected
readings below were typed before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.read.gdocs_lists import counter_rules, google_docs_page
from wlga_analysis.read.html import parse_html, read_html
from wlga_analysis.read.model import ListItem

DATA = Path(__file__).parent / "data" / "eval21" / "gdocs"


def _quiet(load, name: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(DATA / name)


@pytest.fixture(scope="module")
def workforce():
    return {"items": _quiet(wa.load_programme, "workforce-update.html"),
            "priorities": _quiet(wa.load_priorities, "workforce-update.html")}


@pytest.fixture(scope="module")
def rural():
    return {"recs": _quiet(wa.load_recommendations, "rural-recommendations.html"),
            "acts": _quiet(wa.load_activities, "rural-recommendations.html")}


@pytest.fixture(scope="module", params=["housing-report.html", "digital-report.md"])
def tables(request):
    return request.param, {"items": _quiet(wa.load_programme, request.param),
                           "priorities": _quiet(wa.load_priorities, request.param),
                           "grants": _quiet(wa.load_grants, request.param)}


# ------------------------------------------------------------------ the page as read
def test_counters_run_on_and_levels_nest():
    model = read_html((DATA / "workforce-update.html").read_text(encoding="utf-8"))
    numbered = [(b.number, b.level) for b in model.blocks
                if isinstance(b, ListItem) and b.number is not None]
    # paragraphs 1-6 run on through five separate lists; the lettered list restarts at "a"
    assert numbered == [("1", 0), ("2", 0), ("3", 0), ("4", 0), ("5", 0), ("6", 0),
                        ("a", 1), ("b", 1)]
    bullets = [b for b in model.blocks if isinstance(b, ListItem) and b.marker == "\u2022"]
    assert {b.level for b in bullets} == {1}  # (sibling lists of level 1, nested)
    heading = next(b for b in model.blocks if b.text.text == "Social Care Workforce")
    assert heading.text.bold_text() == ["Social Care Workforce"]  # (class .c2 only)


def test_empty_counter_cells_print_their_numbers():
    model = read_html((DATA / "housing-report.html").read_text(encoding="utf-8"))
    table = next(b for b in model.blocks if type(b).__name__ == "Table")
    refs = [row[0].blocks[0].text.text for row in table.rows]
    assert refs == ["2.1", "2.2"]


def test_counter_rules_and_links():
    rules = counter_rules('.lst-kix_q-2>li:before{content:"" counter(c-2,upper-roman) " "}'
                          '.lst-kix_q-2>li{counter-increment:c-2 2}.c7{font-weight:bold}')
    assert rules.content["lst-kix_q-2"] == ["", ("c-2", "upper-roman"), " "]
    assert rules.increment["lst-kix_q-2"] == ("c-2", 2) and rules.bold == {"c7"}
    root = parse_html('<p><a href="https://www.google.com/url?q=https://x.wales/a&amp;sa=D">'
                      'x</a></p><ol class="lst-kix_q-2"><li>A</li><li>B</li></ol>')
    google_docs_page(root, '.lst-kix_q-2>li:before{content:"" counter(c-2,upper-roman) " "}'
                     '.lst-kix_q-2>li{counter-increment:c-2 2}')
    assert root.children[0].children[0].attrs["href"] == "https://x.wales/a"
    assert [li.children[0] for li in root.children[1].children] == ["II ", "IV "]


def test_other_pages_are_left_alone():
    page = '<style>.c2{font-weight:700}</style><p class="c2">Plain</p><ol><li>One</li></ol>'
    model = read_html(page)
    assert model.blocks[0].text.bold_text() == []  # (not a Google Docs page)
    assert model.blocks[1].number == "1"


# ---------------------------------------------------------------- the documents' data
def test_workforce_programme(workforce):
    items = workforce["items"]
    assert items["item_id"].tolist() == ["4.1", "4.2", "5.1"]
    assert items["paragraph"].tolist() == [4, 4, 5]
    assert items["status"].tolist() == ["done", "in progress", "planned"]
    assert items["priority"].tolist() == ["Social Care Workforce", "Social Care Workforce",
                                          "Leadership Development"]
    assert items["quarter_label"].tolist()[0] == "2026-27 Q1"
    assert items["quarter_label"].tolist()[2] == "2026-27 Q4"
    assert workforce["priorities"]["priority"].tolist() == ["Social Care Workforce",
                                                            "Leadership Development"]


def test_recommendations_numbered_across_cells_and_tables(rural):
    recs = rural["recs"]
    assert recs["rec_id"].astype(str).tolist() == ["1", "2", "3", "4", "5"]
    assert recs["area"].tolist() == ["Rural services", "Rural services", "Young people",
                                     "Older people", "Older people"]
    assert recs["theme"].tolist() == ["Rural communities"] * 3 + ["Ageing well"] * 2
    assert [sorted(o) for o in recs["owners"]] == [["LG"], ["WG"], ["WLGA"], ["LG", "WG"],
                                                   ["WLGA"]]
    acts = rural["acts"]
    assert acts["activity_no"].astype(str).tolist() == ["1", "2", "3", "4", "5", "6"]
    assert acts["area_id"].tolist() == [1, 1, 2, 3, 3, 3]


EXPECTED = {
    "housing-report.html": {
        "priorities": ["Homelessness prevention", "Temporary accommodation"],
        "paragraph": [2, 2, 3, 3],
        "status": ["done", "in progress", "at risk", "planned"],
        "grants": []},
    "digital-report.md": {
        "priorities": ["Cyber security", "Data and insight", "Workforce skills"],
        "paragraph": [3, 3, 4, 4, 4, 5],
        "status": ["in progress", "at risk", "in progress", "at risk", "at risk", "at risk"],
        "grants": [("Digital Inclusion Grant", 300000, "2027-28")]},
}


def test_numbered_sections_over_status_tables_are_priorities(tables):
    name, got = tables
    want = EXPECTED[name]
    assert got["priorities"]["priority"].tolist() == want["priorities"]
    assert got["priorities"]["paragraph"].tolist() == sorted(set(want["paragraph"]))
    items = got["items"]
    assert items["paragraph"].tolist() == want["paragraph"]
    assert items["status"].tolist() == want["status"]
    assert items["priority"].tolist() == [
        want["priorities"][sorted(set(want["paragraph"])).index(p)] for p in want["paragraph"]]
    grants = got["grants"]
    assert list(zip(grants["grant"], grants["amount_gbp"], grants["financial_year"],
                    strict=True)) == want["grants"]


def test_tables_without_a_status_column_give_no_priorities(tmp_path):
    text = (DATA / "digital-report.md").read_text(encoding="utf-8").replace(
        "| Task | RAG | Target date |", "| Task | Lead | Target date |")
    for word in ("Green", "Amber", "Red"):
        text = text.replace(f"| {word} |", "| WLGA |")
    (tmp_path / "leads.md").write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert wa.load_priorities(tmp_path / "leads.md").empty
        items = wa.load_programme(tmp_path / "leads.md")
    assert items["paragraph"].tolist() == [3, 3, 4, 4, 4, 5]
    assert items["status"].tolist()[4] == "planned"  # ("work with ... is scheduled to start")
