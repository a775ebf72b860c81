"""Programme updates in layouts the line patterns were never taught (issue 9).

Each document in ``tests/data/programme_layouts/`` was written as a publisher would print
it; the expected readings below were written before the loader was run on them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.programme import (
    load_grants,
    load_paragraphs,
    load_priorities,
    load_programme,
    parse_programme,
)
from wlga_analysis.testing import quietly

LAYOUTS = Path(__file__).parent / "data" / "programme_layouts"
PIPE = LAYOUTS / "pipe-table-lettered-tags.txt"
TABS = LAYOUTS / "tab-table-roman-tags.txt"


def _items(path, columns):
    prog = quietly(load_programme, path).set_index("item_id")
    return {i: list(row) for i, row in zip(prog.index, prog[columns].itertuples(index=False),
                                           strict=True)}


# ---------------------------------------------------------------- a section as a table
def test_pipe_table_rows_are_items_with_columns_by_header():
    got = _items(PIPE, ["text", "partners", "status", "status_rule", "quarter_label", "when"])
    assert got["4.1"] == ["Induction programme for newly elected council leaders", [],
                          "done", "column", "2023-24 Q1", "Q1"]
    assert got["4.2"] == ["Peer review of scrutiny arrangements in two councils", ["LGA"],
                          "in progress", "column", "2023-24 Q3", "Q3"]
    assert got["4.3"] == ["Refresh of the model constitution guidance",
                          ["Lawyers in Local Government"], "at risk", "column", "2023-24 Q4",
                          "Q4"]
    prog = quietly(load_programme, PIPE)
    sections = prog.drop_duplicates("paragraph").set_index("paragraph")["section"].to_dict()
    assert sections == {4: "Leadership and Governance", 5: "Financial Resilience",
                        6: "Workforce and Skills"}
    assert prog.set_index("item_id").loc["4.1", "priority"] == "Leadership and Governance"


def test_tab_table_rows_are_items_whatever_the_column_order():
    got = _items(TABS, ["text", "partners", "status", "status_rule", "quarter_label"])
    assert got["4.1"] == ["Data dashboards for councils", ["Data Cymru"], "in progress",
                          "column", "2023-24 Q2"]
    assert got["4.2"] == ["Self-assessment guidance refreshed", [], "done", "column",
                          "2023-24 Q1"]
    assert got["4.3"] == ["Chief executive appraisal approach", ["SOLACE"], "planned",
                          "column", "2023-24 Q4"]


@pytest.mark.parametrize("path", [PIPE, TABS])
def test_table_rows_are_kept_whole_in_the_paragraphs_table(path):
    paras = quietly(load_paragraphs, path)
    rows = paras.loc[paras["kind"] == "table row", "text"].tolist()
    assert len(rows) == 3
    assert all(r.count(" | ") == 3 for r in rows)
    header = paras.loc[paras["kind"] == "table header", "text"].tolist()
    assert len(header) == 1 and "Status" in header[0]


# -------------------------------------------------------------------- lettered, roman
def test_priorities_listed_with_letters():
    pr = quietly(load_priorities, PIPE)
    assert pr["priority"].tolist() == ["Leadership and Governance", "Financial Resilience",
                                       "Workforce and Skills", "Digital Transformation"]
    assert pr["offer"].unique().tolist() == ["universal offer"]
    assert pr["paragraph"].unique().tolist() == [2]


def test_priorities_listed_with_roman_numerals():
    pr = quietly(load_priorities, TABS)
    assert pr["priority"].tolist() == ["Corporate Capability", "Local Democracy",
                                       "Climate Change", "Equalities"]
    prog = quietly(load_programme, TABS).set_index("item_id")
    assert prog.loc["5.1", "priority"] == "Local Democracy"


# ------------------------------------------------------------------------ status tags
def test_bracketed_status_tags_set_the_status():
    got = _items(PIPE, ["status", "status_rule", "partners"])
    assert got["5.1"] == ["done", "tag", []]
    assert got["5.2"] == ["in progress", "tag", ["CIPFA"]]
    assert got["5.3"] == ["at risk", "tag", []]
    assert got["5.4"] == ["planned", "tag", []]


def test_a_tag_wins_over_the_wording_and_is_read_after_a_full_stop():
    got = _items(TABS, ["status", "status_rule"])
    assert got["5.1"] == ["done", "tag"]
    assert got["5.2"] == ["in progress", "tag"]
    assert got["5.3"] == ["at risk", "tag"]  # "is being arranged" would be in progress


# ------------------------------------------------------------ page numbers inside items
def test_a_page_number_inside_a_bullet_is_removed_and_the_bullet_joined():
    got = _items(PIPE, ["text", "quarter_label", "partners"])
    assert got["6.1"] == ["The workforce survey report, prepared with Data Cymru, is "
                          "expected in February 2024.", "2023-24 Q4", ["Data Cymru"]]
    assert got["6.2"][1] == "2023-24 Q4"
    paras = quietly(load_paragraphs, PIPE)
    assert "3" not in paras["text"].tolist()


def test_page_of_pages_inside_a_sub_paragraph_is_removed():
    got = _items(TABS, ["text", "quarter_label", "partners"])
    assert got["5.2"] == ["The candidate diversity campaign with EYST will run until the May "
                          "2024 elections.", "2024-25 Q1", ["EYST"]]
    parsed = parse_programme(read_document(TABS, "programme"))
    roles = parsed.lines.set_index("line")["role"]
    page_line = TABS.read_text(encoding="utf-8").splitlines().index("Page 2 of 4") + 1
    assert roles[page_line] == "furniture"


# ------------------------------------------------------------------- the rest as read
@pytest.mark.parametrize(("path", "expected"), [
    (PIPE, [("improvement grant", 800000, "2023-24")]),
    (TABS, [("digital grant", 530000, "2023-24")]),
])
def test_grants_and_metadata_of_the_layout_documents(path, expected):
    grants = quietly(load_grants, path)
    got = [tuple(r) for r in grants[["grant", "amount_gbp", "financial_year"]].itertuples(
        index=False)]
    assert [g[1:] for g in got] == [e[1:] for e in expected]
    prog = quietly(load_programme, path)
    assert len(prog) == {PIPE: 9, TABS: 7}[path]


# ------------------------------------------------------------ amounts in other formats
@pytest.mark.parametrize("printed", ["£800\u00a0000", "£800,\u200b000", "GBP 800,000",
                                     "￡800,000", "£0.8m", "£800\u202f000"])
def test_a_grant_in_any_amount_format_is_read_exactly(tmp_path, printed):
    path = tmp_path / "grant.txt"
    path.write_text(PIPE.read_text(encoding="utf-8").replace("£800,000", printed),
                    encoding="utf-8")
    grants = quietly(load_grants, path)
    assert grants[["grant", "amount_gbp"]].values.tolist() == [["improvement grant", 800000]]


def test_pence_and_malformed_amounts_are_reported(tmp_path):
    path = tmp_path / "pence.txt"
    text = PIPE.read_text(encoding="utf-8").replace("£800,000", "£800,000.75")
    path.write_text(text.replace("to support the delivery plan.",
                                 "to support the delivery plan. Councils paid £12,0000."),
                    encoding="utf-8")
    parsed = parse_programme(read_document(path, "programme"))
    assert parsed.grants["amount_gbp"].tolist() == [800001]
    checks = {(i.check, i.item) for i in parsed.issues}
    assert ("amount with pence", "£800,000.75") in checks
    assert ("malformed amount", "£12,000") in checks


def test_a_table_outside_the_progress_section_is_reported(tmp_path):
    path = tmp_path / "budget-table.txt"
    text = PIPE.read_text(encoding="utf-8").replace(
        "Progress Update\n",
        "| Workstream | Budget |\n|---|---|\n| Leadership | £200,000 |\n\nProgress Update\n")
    path.write_text(text, encoding="utf-8")
    parsed = parse_programme(read_document(path, "programme"))
    reported = [(i.check, i.source_line) for i in parsed.issues
                if i.check == "table row not an item"]
    assert reported == [("table row not an item", text.splitlines().index(
        "| Leadership | £200,000 |") + 1)]
    assert "Leadership | £200,000" in parsed.paragraphs["text"].tolist()


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u200b\ufeff"])
def test_an_invisible_character_before_a_bullet_does_not_hide_it(tmp_path, invisible):
    path = tmp_path / "invisible.txt"
    text = PIPE.read_text(encoding="utf-8").replace(
        "- A benchmarking review", f"{invisible}- A benchmarking review")
    path.write_text(text, encoding="utf-8")
    got = _items(path, ["text", "status", "status_rule"])
    assert got["5.3"] == ["A benchmarking review of council reserves", "at risk",
                          "tag"]
