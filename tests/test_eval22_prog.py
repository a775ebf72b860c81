"""Eval22's programme families in layouts the corpus does not print (prog22a, prog22b).

Family A, an Annual Governance Statement's action plan: tables whose first column names
the (numbered) governance issue the actions beside it address, the issue cell spanning its
actions' rows; a second table of the new year's issues has no progress or status column
(its actions are planned). Here: a Markdown export that prints the issue again in every
row (other headers, other years, status words), and a web page with ``<th rowspan>``
issues printed with no number, one table, and an aside of links (no items).

Family B, a workstream delivery table whose cells hold a bullet per deliverable beside a
bullet of progress each, the workstream (and its funding) merged down: here a web page
with ``rowspan`` and ``<ul>`` cells, per-workstream funding that sums up to the grant of a
funding summary whose year only its note names; and a Markdown pipe table with "* "
bullets apart by ``<br>`` whose workstream is printed again in its second row.

The documents are in ``tests/data/eval22/ags_action_plan`` and ``.../workstream_bullets``;
the expected readings were written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval22"

_DOCUMENTS = {"ags_md": "ags_action_plan/bryncoed-ags-2023-24.md",
              "ags_html": "ags_action_plan/ags-2025-26-action-plan.html",
              "ws_html": "workstream_bullets/digital-delivery-q3.html",
              "ws_md": "workstream_bullets/housing-support-half-year.md"}


def _parse(path):
    return parse_document(path, "programme")


class _Parses(dict):
    """Each document parsed once, when a test first asks for it."""

    def __missing__(self, name):
        self[name] = _parse(DATA / _DOCUMENTS[name])
        return self[name]


@pytest.fixture(scope="module")
def parsed():
    return _Parses()


def _items(parse):
    prog = parse.programme
    return [(i, str(p), t, s, q) for i, p, t, s, q in zip(
        prog["item_id"], prog["paragraph"], prog["text"], prog["status"],
        prog["quarter_label"], strict=True)]


def test_issue_repeated_in_every_row_numbers_sections_and_plans_new_year(parsed):
    p = parsed["ags_md"]
    assert _items(p) == [
        ("1.1", "1", "Adopt a corporate workforce strategy.", "done", "2023-24 Q2"),
        ("1.2", "1", "Publish service workforce plans for every directorate.", "in progress",
         "2023-24 Q4"),
        ("2.1", "2", "Complete condition surveys of all schools.", "done", "2023-24 Q3"),
        ("2.2", "2", "Agree a corporate asset management plan.", "done", "2023-24 Q4"),
        ("3.1", "3", "Review the terms of reference with partner councils.", "planned",
         "2024-25 Q3"),
        ("3.2", "3", "Report the review to the Audit Committee.", "planned", "2024-25 Q4"),
    ]
    assert p.priorities["priority"].tolist() == [
        "Workforce planning: no corporate workforce strategy",
        "Asset management: condition surveys out of date",
        "Partnership governance: the regional board's terms of reference"]
    assert p.programme["priority"].tolist()[4] == \
        "Partnership governance: the regional board's terms of reference"
    assert p.programme.loc[4, "status_rule"] == "no progress column"
    assert p.grants.empty


def test_web_page_rowspan_issues_numbered_in_order_aside_links_no_items(parsed):
    p = parsed["ags_html"]
    assert _items(p) == [
        ("1.1", "1", "Roll out multi-factor authentication to all staff.", "done",
         "2025-26 Q1"),
        ("1.2", "1", "Run a phishing exercise for all staff.", "in progress", "2025-26 Q3"),
        ("2.1", "2", "Adopt a scrutiny work programme protocol.", "done", "2025-26 Q2"),
        ("2.2", "2", "Train scrutiny chairs.", "done", "2025-26 Q4"),
    ]
    assert p.priorities["priority"].tolist() == ["Information security",
                                                 "Scrutiny arrangements"]
    # the aside's links are no actions: kept in the paragraphs table as lines of text
    paras = p.paragraphs
    assert paras.loc[paras["text"] == "Annual accounts", "kind"].tolist() == ["text"]
    assert "Signed: Chief Executive" in " ".join(paras["text"])


def test_workstream_bullets_paired_rag_status_and_grant_summary(parsed):
    p = parsed["ws_html"]
    assert _items(p) == [
        ("1.1", "1", "Publish an open data catalogue (by December 2026)", "done", "2026-27 Q3"),
        ("1.2", "1", "Train 200 data champions (by March 2027)", "done", "2026-27 Q4"),
        ("1.3", "1", "Launch a data standards board (by July 2026)", "at risk", "2026-27 Q2"),
        ("2.1", "2", "Test backups in every council (by January 2027)", "at risk",
         "2026-27 Q4"),
        ("2.2", "2", "Adopt a shared incident playbook (by February 2027)", "at risk",
         "2026-27 Q4"),
    ]
    assert p.priorities["priority"].tolist() == ["Data and insight", "Cyber resilience"]
    grants = p.grants
    assert [(g, int(a), y) for g, a, y in zip(grants["grant"], grants["amount_gbp"],
                                              grants["financial_year"], strict=True)] == [
        ("Digital Grant", 150000, "2026-27")]
    # the progress bullets and the funding cells are kept (in the items' rows)
    texts = " ".join(p.paragraphs["text"])
    assert "120 champions trained so far." in texts and "£60,000 (Digital Grant)" in texts


def test_markdown_star_bullets_group_printed_again(parsed):
    p = parsed["ws_md"]
    assert _items(p) == [
        ("1.1", "1", "Publish homelessness data with Data Cymru (by September 2027)",
         "in progress", "2027-28 Q2"),
        ("1.2", "1", "Agree a prevention protocol (by December 2027)", "in progress",
         "2027-28 Q3"),
        ("1.3", "1", "Recruit tenancy support workers (by June 2027)", "done", "2027-28 Q1"),
        ("2.1", "2", "Review temporary accommodation costs (by March 2028)", "at risk",
         "2027-28 Q4"),
        ("2.2", "2", "Publish a good practice guide (by January 2028)", "at risk",
         "2027-28 Q4"),
    ]
    assert p.priorities["priority"].tolist() == ["Homelessness prevention",
                                                 "Temporary accommodation"]
    assert "Data Cymru" in p.programme["partners"].iloc[0]
