"""Recommendations papers with no table, in two layouts the sixth evaluation corpus showed
(both ended in a ParseError, "found neither", before):

- recommendations grouped under **owner labels** ("For Welsh Government:", "For local
  authorities:") as numbered paragraphs, under numbered area headings ("1. Temporary
  accommodation") and "Part A –" themes;
- a formal report whose areas are **decimal sub-headings** ("4.1 Recruitment"), whose
  recommendations are **"Recommendation N" labels** over a paragraph, with an **"Owner:"**
  line, and whose chapter heading is followed by a sub-heading (not joined to it).

The documents are written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.read.html import read_html
from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

GROUPS = "\n".join([
    "# Homelessness Task and Finish Group: Final Report", "",
    "Date: 3 March 2026", "",
    "## Part A – Prevention", "",
    "### 1. Early help for tenants", "",
    "Aim: to stop evictions before they happen.", "",
    "**Progress so far**", "",
    "- Every council has appointed a tenancy support lead.", "",
    "**For Welsh Government:**", "",
    "1. Extend the homelessness prevention grant to private tenants.", "",
    "**For local authorities:**", "",
    "2. Contact every tenant who is served a notice within five days.", "",
    "3. Publish the number of evictions every quarter.", "",
    "### 2. Temporary accommodation and its costs", "",
    "Aim: to reduce the use of bed and breakfast accommodation.", "",
    "**For the WLGA and Data Cymru:**", "",
    "4. Collect the cost of temporary accommodation from every council.", "",
    "## Part B – Housing supply", "",
    "### 3. Empty homes", "",
    "**Progress so far**", "",
    "- A national empty homes grant has been launched.", "",
    "**For Welsh Government:**", "",
    "5. Fund an empty homes officer in each region.", "",
])

#: rec_id, area_id, owners, the text's opening words
GROUP_RECS = [[1, 1, ["WG"], "Extend the homelessness"],
              [2, 1, ["LG"], "Contact every tenant"],
              [3, 1, ["LG"], "Publish the number"],
              [4, 2, ["WLGA", "Data Cymru"], "Collect the cost"],
              [5, 3, ["WG"], "Fund an empty homes"]]
GROUP_AREAS = [[1, "Early help for tenants", "Prevention"],
               [2, "Temporary accommodation and its costs", "Prevention"],
               [3, "Empty homes", "Housing supply"]]

BLOCKS = "\n".join([
    "Leisure Services Task and Finish Group: Report", "",
    "Approved by the Executive Board on 14 May 2026", "",
    "## 3. Findings and recommendations", "",
    "### 3.1 Swimming pools", "",
    "Finding 1: Nine councils have reduced pool opening hours since 2024.", "",
    "**Recommendation 1**", "",
    "Councils should agree a shared maintenance contract for pools.", "",
    "Owner: Heads of Leisure (all councils)", "",
    "### 3.2 Energy costs", "",
    "Finding 2: Energy costs of leisure centres have doubled since 2022.", "",
    "**Recommendation 2**", "",
    "Welsh Government should fund solar panels on leisure centres.", "",
    "Owner: Welsh Government; WLGA", "",
    "## 4. Next steps", "",
    "The Executive Board is asked to endorse the recommendations.", "",
])
BLOCK_RECS = [[1, 1, ["LG"], "Councils should agree"],
              [2, 2, ["WG", "WLGA"], "Welsh Government should fund"]]


def _forms(tmp_path, text: str, name: str, form: str):
    path = _write(tmp_path, text, f"{name}.md")
    if form == "md":
        return path
    page = html_page(text.split("\n"), "recommendations")
    path = _write(tmp_path, page, f"{name}.html")
    if form == "docx":
        path = tmp_path / f"{name}.docx"
        path.write_bytes(docx_bytes(read_html(page), "auto"))
    return path


def _recs(path) -> list[list]:
    rows = _rows(quietly(load_recommendations, path), "rec_id", "area_id", "owners", "text")
    return [[r[0], r[1], list(r[2]), r[3][:len(w[3])]] for r, w in zip(rows, GROUP_RECS * 2,
                                                                        strict=False)]


@pytest.mark.parametrize("form", ["md", "html", "docx"])
def test_owner_labels_give_the_owners_of_the_recommendations_under_them(tmp_path, form):
    path = _forms(tmp_path, GROUPS, "homes", form)
    assert _recs(path) == GROUP_RECS
    assert _rows(quietly(load_areas, path), "area_id", "area", "theme") == GROUP_AREAS
    acts = quietly(load_activities, path)
    assert _rows(acts, "activity_no", "area_id") == [[1, 1], [2, 3]]


@pytest.mark.parametrize("form", ["md", "html"])
def test_recommendation_labels_with_owner_lines_under_decimal_sub_headings(tmp_path, form):
    path = _forms(tmp_path, BLOCKS, "leisure", form)
    rows = _rows(quietly(load_recommendations, path), "rec_id", "area_id", "owners", "text")
    assert [[r[0], r[1], list(r[2]), r[3][:len(w[3])]] for r, w in zip(
        rows, BLOCK_RECS, strict=True)] == BLOCK_RECS
    assert _rows(quietly(load_areas, path), "area_id", "area") == [
        [1, "Swimming pools"], [2, "Energy costs"]]
    acts = quietly(load_activities, path)
    assert [t[:10] for t in acts["text"]] == ["Finding 1:", "Finding 2:"]
    assert acts["area_id"].tolist() == [1, 2]


@pytest.mark.parametrize("form", ["md", "html"])
def test_a_chapter_holding_the_recommendations_is_no_theme(tmp_path, form):
    """"3. Findings and recommendations" stands above the areas as the report's own
    chapter, not a theme; a theme heading in its place stays a theme."""
    path = _forms(tmp_path, BLOCKS, "leisure", form)
    assert _rows(quietly(load_areas, path), "area_id", "theme") == [[1, ""], [2, ""]]
    themed = BLOCKS.replace("## 3. Findings and recommendations", "## 3. Leisure estate")
    path = _forms(tmp_path, themed, "leisure-themed", form)
    assert _rows(quietly(load_areas, path), "area_id", "theme") == [
        [1, "Leisure estate"], [2, "Leisure estate"]]
