"""Programme papers of the third evaluation corpus: a funding table in the text form, an
annex of grants with years as rows, priorities printed as "Priority N – name" lines,
relative timings ("within 6 months") and a status printed before the item ("Complete – ...").

Every document here is written for the test (its own wording and figures). The asserted
values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_grants, load_priorities, load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

TEXT_FORM_FUNDING_TABLE = "\n".join([
    "9 June 2025", "", "WLGA IMPROVEMENT PROGRAMME 2025-26 UPDATE", "",
    "Purpose", "", "1. To update Members on the programme and its funding.", "",
    "Progress Update", "", "2. Digital", "",
    "- **Cyber exercises:** a regional cyber exercise was held in May 2025.", "",
    "Funding", "", "3. The grants for 2025-26 are summarised below.", "",
    "Funding stream\t2025-26",
    "<p>Improvement grant</p>\t<p>£800k</p>",
    "<p>Digital programme</p>\t<p>£530k</p>",
    "<p>Total</p>\t<p>£1.33m</p>", "",
    "Recommendation", "", "4. Members are asked to note the report.",
])


def test_a_funding_table_in_the_text_form_is_part_of_the_paper(tmp_path):
    path = _write(tmp_path, TEXT_FORM_FUNDING_TABLE, "update.txt")
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "status", "quarter_label") == [["2.1", "done", "2025-26 Q1"]]
    grants = quietly(load_grants, path)
    assert _rows(grants, "amount_gbp", "financial_year") == [[800000, "2025-26"],
                                                             [530000, "2025-26"]]


ANNEX_YEARS_AS_ROWS = "\n".join([
    "# WLGA Improvement Programme 2024-25: Mid-Year Update", "",
    "Executive Board – 10 October 2024", "",
    "## Progress Update", "",
    "### 2. Equalities", "",
    "- **Diverse councils:** a network of diversity champions was set up in June 2024.", "",
    "## Recommendation", "",
    "3. The Board is asked to note the report.", "",
    "## Annex A: funding by year", "",
    "| Year | Improvement grant | Equalities support | Total |",
    "|---|---|---|---|",
    "| 2023-24 | £800,000 | £150k | £950,000 |",
    "| 2024-25 | £720,000 | £0.2m | £920,000 |",
])


def test_an_annex_of_grants_with_a_row_per_year(tmp_path):
    path = _write(tmp_path, ANNEX_YEARS_AS_ROWS, "mid-year.md")
    grants = quietly(load_grants, path)
    assert _rows(grants, "grant", "amount_gbp", "financial_year") == [
        ["Improvement grant", 800000, "2023-24"], ["Equalities support", 150000, "2023-24"],
        ["Improvement grant", 720000, "2024-25"], ["Equalities support", 200000, "2024-25"]]
    # the Total column is not a grant: reported, not read
    from wlga_analysis.documents import read_document
    from wlga_analysis.programme import parse_programme

    issues = parse_programme(read_document(path, "programme")).issues
    assert sum("'Total'" in i.message for i in issues) == 2


def test_priorities_printed_as_labelled_lines_or_named_objectives(tmp_path):
    lines = ANNEX_YEARS_AS_ROWS.split("\n")
    labelled = "\n".join([*lines[:4], "## Priorities", "",
                          "1. The Board agreed these priorities in March 2024:", "",
                          "Priority 1 – Equalities", "", "Priority 2 – Digital inclusion", "",
                          *lines[4:]])
    priorities = quietly(load_priorities, _write(tmp_path, labelled, "labelled.md"))
    assert priorities["priority"].tolist() == ["Equalities", "Digital inclusion"]
    objectives = "\n".join([*lines[:4], "## Objectives", "",
                            "The programme has two objectives for 2024-25:", "",
                            "- Equalities; and", "- Digital inclusion.", "", *lines[4:]])
    priorities = quietly(load_priorities, _write(tmp_path, objectives, "objectives.md"))
    assert priorities["priority"].tolist() == ["Equalities", "Digital inclusion"]


def test_a_number_of_months_from_the_paper_s_date(tmp_path):
    text = "\n".join([
        "# WLGA Improvement Programme 2024-25 Update", "", "12 February 2025", "",
        "## Progress Update", "", "### 2. Climate change", "",
        "- **Reporting guidance:** the workshops are delayed; the guidance is now expected "
        "within 6 months.",
        "- **Heat networks:** a feasibility study will report in the next three months.",
        "- **Fleet:** the fleet review was completed within six months of its start."])
    prog = quietly(load_programme, _write(tmp_path, text, "update.md"))
    prog["quarter_label"] = prog["quarter_label"].fillna("-")
    assert _rows(prog, "item_id", "status", "quarter_label", "when") == [
        ["2.1", "at risk", "2025-26 Q2", "within 6 months"],
        ["2.2", "planned", "2025-26 Q1", "in the next three months"],
        # a duration of past work is no date: no quarter (its words are kept)
        ["2.3", "done", "-", "within six months"]]


def test_a_status_printed_first_before_a_dash(tmp_path):
    from wlga_analysis.testing.publish import html_page

    text = "\n".join([
        "# WLGA Improvement Programme 2024-25 Update", "", "12 February 2025", "",
        "## Progress Update", "", "### 2. Scrutiny", "",
        "(a) Complete – the second cohort of the chairs' programme started in June 2024.", "",
        "(b) Amber – the new scrutiny guidance will be published in May 2025.", "",
        "(c) Scrutiny training – two sessions will be held in March 2025.", ""])
    for name, body in (("update.md", text), ("update.html",
                                             html_page(text.split("\n"), "programme"))):
        prog = quietly(load_programme, _write(tmp_path, body, name))
        assert _rows(prog, "status", "status_rule") == [
            ["done", "tag"], ["at risk", "tag"], ["planned", "planned: will"]], name


ANNEX_AFTER_PROGRESS_PAGE = """<!DOCTYPE html><html><body><main>
<h1>WLGA Improvement Programme 2024-25 Update</h1><p>26 September 2024</p>
<h2>Progress Update</h2><p>2. Scrutiny</p>
<ul><li><strong>Tool:</strong> the self-evaluation tool was launched in July 2024.</li></ul>
<p>Annex 1: grant funding by year</p>
<table><thead><tr><th>Year</th><th>Improvement grant</th><th>Total</th></tr></thead>
<tbody><tr><td>2023-24</td><td>£800,000</td><td>£800,000</td></tr>
<tr><td>2024-25</td><td>£720,000</td><td>£720,000</td></tr></tbody></table>
</main></body></html>"""


def test_an_annex_table_straight_after_the_progress_section_is_not_items(tmp_path):
    markdown = "\n".join([
        "# WLGA Improvement Programme 2024-25 Update", "", "26 September 2024", "",
        "## Progress Update", "", "### 2. Scrutiny", "",
        "- **Tool:** the self-evaluation tool was launched in July 2024.", "",
        "## Annex 1: grant funding by year", "",
        "| Year | Improvement grant | Total |", "|---|---|---|",
        "| 2023-24 | £800,000 | £800,000 |", "| 2024-25 | £720,000 | £720,000 |"])
    for name, text in (("annex.md", markdown), ("annex.html", ANNEX_AFTER_PROGRESS_PAGE)):
        path = _write(tmp_path, text, name)
        assert quietly(load_programme, path)["item_id"].tolist() == ["2.1"], name
        assert _rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
            [800000, "2023-24"], [720000, "2024-25"]], name


def test_work_done_once_and_due_again_is_in_progress_to_its_next_date(tmp_path):
    text = "\n".join([
        "# WLGA Improvement Programme 2024-25 Update", "", "26 September 2024", "",
        "## Progress Update", "", "### 2. Scrutiny", "",
        "- **Chairs' network:** the network met in June and will meet again in January 2025.",
        "- **Peer reviews:** a peer review was held in Conwy in May and will be held again "
        "in Gwynedd in the autumn.",
        "- **Toolkit:** the toolkit was published in July 2024."])
    prog = quietly(load_programme, _write(tmp_path, text, "update.md"))
    assert _rows(prog, "status", "quarter_label") == [
        ["in progress", "2024-25 Q4"], ["in progress", "2024-25 Q3"], ["done", "2024-25 Q2"]]


@pytest.mark.parametrize(("phrase", "label"), [
    ("within 48 months", "2028-29 Q4"),  # any figure the phrase pattern admits
    ("in eighteen months", "2026-27 Q2"),
    ("in Twenty-Four months", "2026-27 Q4"),
])
def test_every_number_of_months_the_phrase_admits_is_counted(phrase, label):
    import datetime as dt

    from wlga_analysis.quarters import quarter_label, resolve_timing

    period, found = resolve_timing(f"The study will report {phrase}.", dt.date(2025, 2, 12))
    assert (quarter_label(period), found) == (label, phrase)


MILESTONE_MARKS = "\n".join([
    "# Improvement Programme 2024-25: Milestone Report", "", "13 December 2024", "",
    "## 1. Purpose", "", "1. To report progress against the milestones.", "",
    "## 2. Scrutiny", "",
    "| Milestone | Due | Status |", "|---|---|---|",
    "| Scrutiny self-evaluation tool launched | December 2024 | \u2713 |",
    "| Peer challenge of self-assessment reports | November 2024 | \u2717 |",
    "| Workforce planning toolkit published | June 2025 | Not due |",
    "| Officer network relaunched | March 2025 | \u2714 |",
])


def test_a_milestone_table_marked_with_ticks_and_crosses(tmp_path):
    """A Status column of ticks and crosses: a tick is done, a cross (a milestone not met)
    at risk, "Not due" planned (data/raw/status_tags.csv), each by the rule "column"."""
    path = _write(tmp_path, MILESTONE_MARKS, "milestones.md")
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "status", "status_rule", "quarter_label") == [
        ["2.1", "done", "column", "2024-25 Q3"], ["2.2", "at risk", "column", "2024-25 Q3"],
        ["2.3", "planned", "column", "2025-26 Q1"], ["2.4", "done", "column", "2024-25 Q4"]]


PART_OF_A_GRANT = "\n".join([
    "26 February 2025", "", "IMPROVEMENT SUPPORT PROGRESS REPORT 2024-25", "",
    "Purpose", "", "1. This paper reports progress and spending.", "",
    "Progress Update", "", "2. Financial resilience", "",
    "- Peer reviews were completed in four councils.", "",
    "Funding", "",
    "3. Welsh Government provided an improvement grant of £750,000 for 2024-25.", "",
    "4. By the end of January, £410k of the grant had been spent.", "",
])


def test_a_part_of_a_grant_is_not_a_new_grant(tmp_path):
    """"£410k of the grant had been spent" is spending out of the grant, not a second
    grant: one grant row, and the £410k reported as an amount no grant claims."""
    from wlga_analysis import documents
    from wlga_analysis.programme import parse_programme

    path = _write(tmp_path, PART_OF_A_GRANT, "update.txt")
    grants = quietly(load_grants, path)
    assert _rows(grants, "amount_gbp", "financial_year") == [[750000, "2024-25"]]
    issues = parse_programme(documents.read_document(path, "programme")).issues
    assert [(i.check, i.item) for i in issues if "410" in i.item] == [
        ("unclassified amount", "£410k")]
