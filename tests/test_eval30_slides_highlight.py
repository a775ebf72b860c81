"""eval30's programme layouts, in other wordings: a slide deck whose bullets close with a
status symbol and word under "Priority N: name" slide titles (Marp Markdown, PowerPoint's
outline handout printed as text with its "Slide N" lines), its funding slide's grant
bullets, an "Ask of the Board" slide; a closing status tag left out of the item's text;
and a highlight report's "this quarter / next quarter" table of bulleted cells (a web
page's lists in cells, a Markdown export's grid table)."""

from __future__ import annotations

import warnings

import pytest

from wlga_analysis import load_grants, load_priorities, load_programme
from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme import parse_programme


def quietly(load, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(path)


DECK_MD = """---
marp: true
paginate: true
footer: 'North Wales CJC · Board, 14 May 2026'
---

# Regional Transport and Skills: Quarter 4 update

North Wales CJC Board

14 May 2026

---

# Priority 1: Regional transport

- Bus network review with Transport for Wales agreed, Feb 2026 ✔ Complete
- Active travel maps for 6 councils – publish June 2026 ● On track
- Rail station access study – moved to September 2026 ▲ Delayed

---

# Priority 2: Skills and jobs

- Apprenticeship fair held in Wrexham, March 2026 ✔ Complete
- Careers hub for young people – from October 2026 ○ Not started

---

# Funding 2026-27

- Regional Skills Fund – £250,000 (Welsh Government)
  - Committed to 3 projects: £90,000
- Transport Grant – £1.2m

---

# Ask of the Board

- Note the progress made in Quarter 4
- Approve the transport plan consultation, due by 30 June 2026
"""

HANDOUT_TXT = """Slide 1

Regional Transport and Skills: Quarter 4 update

14 May 2026

Slide 2

Priority 1: Regional transport

- Bus network review with Transport for Wales agreed, Feb 2026 ✔ Complete
- Rail station access study – moved to September 2026 ▲ Delayed

Slide 3

Priority 2: Skills and jobs

- Careers hub for young people – from October 2026 ○ Not started

Slide 4

Ask of the Board

- Note the progress made in Quarter 4
"""


@pytest.mark.parametrize("name, text", [("deck.md", DECK_MD), ("handout.txt", HANDOUT_TXT)])
def test_a_slide_decks_priority_slides_are_its_priorities_and_items(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = quietly(load_programme, path)
    got = dict(zip(items["text"], zip(items["item_id"], items["status"],
                                     items["quarter_label"], strict=True), strict=True))
    assert got["Bus network review with Transport for Wales agreed, Feb 2026"] == (
        "1.1", "done", "2025-26 Q4")
    assert got["Rail station access study – moved to September 2026"][1:] == (
        "at risk", "2026-27 Q2")
    assert got["Careers hub for young people – from October 2026"][1:] == (
        "planned", "2026-27 Q3")
    assert not any("Slide" in t or "Board" in t or "Note the progress" in t
                   for t in items["text"])  # (no handout line, no ask of the board)
    assert set(items["status_rule"]) == {"tag"}
    assert quietly(load_priorities, path)["priority"].tolist() == [
        "Regional transport", "Skills and jobs"]


def test_a_funding_slides_bullets_are_grants_named_before_the_dash(tmp_path):
    path = tmp_path / "deck.md"
    path.write_text(DECK_MD, encoding="utf-8")
    grants = quietly(load_grants, path)
    assert sorted(zip(grants["grant"], grants["amount_gbp"], grants["financial_year"],
                      strict=True)) == [
        ("Regional Skills Fund", 250000, "2026-27"), ("Transport Grant", 1200000, "2026-27")]


def test_a_closing_bracketed_tag_is_left_out_of_the_text_and_kept_in_the_paragraphs(
        tmp_path):
    path = tmp_path / "update.md"
    path.write_text("WLGA update\n\n12 March 2026\n\n## 1. Workforce\n\n"
                    "- A pay review was completed in January 2026. (Complete)\n"
                    "- Training for members (phase two) starts in May 2026.\n"
                    "- A careers portal is due in June 2026. [Amber]\n", encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["text"].tolist() == ["A pay review was completed in January 2026.",
                                      "Training for members (phase two) starts in May 2026.",
                                      "A careers portal is due in June 2026."]
    assert items["status"].tolist()[0::2] == ["done", "at risk"]
    assert items["status_rule"].tolist()[0::2] == ["tag", "tag"]
    paragraphs = parse_programme(read_document(path, "programme")).paragraphs
    assert "A pay review was completed in January 2026. (Complete)" in set(paragraphs["text"])


HIGHLIGHT_HTML = """<html><body>
<h1>Housing Improvement Plan 2026-27: Highlight Report – Quarter 1 (April to June 2026)</h1>
<p>Cabinet, 15 September 2026</p>
<h2>Priority 1 – Empty homes</h2>
<table><tr><th>Overall RAG</th><th>Lead officer</th></tr>
<tr><td>Amber</td><td>Head of Housing</td></tr></table>
<table><tr><th>Delivered this quarter</th><th>Next quarter</th></tr>
<tr><td><ul><li>40 empty homes were brought back into use by June 2026.</li>
<li>A grant scheme for owners opened on 2 May 2026.</li></ul></td>
<td><ul><li>Survey the remaining empty homes in the valleys.</li>
<li>Enforcement pilot – delayed from July because the officer post is vacant.</li>
<li>Recruit two officers to start in October 2026.</li></ul></td></tr></table>
<h2>Priority 2 – Homelessness</h2>
<table><tr><th>Overall RAG</th><th>Lead officer</th></tr>
<tr><td>Green</td><td>Housing Options Manager</td></tr></table>
<table><tr><th>Delivered this quarter</th><th>Next quarter</th></tr>
<tr><td><ul><li>The rapid rehousing plan was adopted.</li></ul></td>
<td><ul><li>Open a second hub in Rhyl.</li></ul></td></tr></table>
<h2>Budget 2026-27</h2>
<table><tr><th>Funding stream</th><th>Allocation</th></tr>
<tr><td>Housing Support Grant</td><td>£2,400,000</td></tr>
<tr><td>Total</td><td>£2,400,000</td></tr></table>
</body></html>
"""

HIGHLIGHT_MD = """\
# Housing Improvement Plan 2026-27: Highlight Report – Quarter 1 (April to June 2026)

Cabinet, 15 September 2026

## Priority 1 – Empty homes

| Overall RAG | Lead officer |
|---|---|
| Amber | Head of Housing |

+-------------------------------------+-------------------------------------+
| Delivered this quarter              | Next quarter                        |
+=====================================+=====================================+
| -   40 empty homes were brought     | -   Survey the remaining empty      |
|     back into use by June 2026.     |     homes in the valleys.           |
|                                     |                                     |
| -   A grant scheme for owners       | -   Enforcement pilot – delayed     |
|     opened on 2 May 2026.           |     from July because the officer   |
|                                     |     post is vacant.                 |
|                                     |                                     |
|                                     | -   Recruit two officers to start   |
|                                     |     in October 2026.                |
+-------------------------------------+-------------------------------------+

## Priority 2 – Homelessness

| Overall RAG | Lead officer |
|---|---|
| Green | Housing Options Manager |

+-------------------------------------+-------------------------------------+
| Delivered this quarter              | Next quarter                        |
+=====================================+=====================================+
| -   The rapid rehousing plan was    | -   Open a second hub in Rhyl.      |
|     adopted.                        |                                     |
+-------------------------------------+-------------------------------------+

## Budget 2026-27

| Funding stream | Allocation |
|---|---:|
| Housing Support Grant | £2,400,000 |
| Total | £2,400,000 |
"""

EXPECTED = [
    ("1.1", "40 empty homes were brought back into use by June 2026.", "done", "2026-27 Q1"),
    ("1.2", "A grant scheme for owners opened on 2 May 2026.", "done", "2026-27 Q1"),
    ("1.3", "Survey the remaining empty homes in the valleys.", "planned", "2026-27 Q2"),
    ("1.4", "Enforcement pilot – delayed from July because the officer post is vacant.",
     "at risk", "2026-27 Q2"),
    ("1.5", "Recruit two officers to start in October 2026.", "planned", "2026-27 Q2"),
    ("2.1", "The rapid rehousing plan was adopted.", "done", "2026-27 Q1"),
    ("2.2", "Open a second hub in Rhyl.", "planned", "2026-27 Q2"),
]


@pytest.mark.parametrize("name, text", [("report.html", HIGHLIGHT_HTML),
                                        ("report.md", HIGHLIGHT_MD)])
def test_a_highlight_reports_period_columns_give_one_item_per_bullet(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    items = quietly(load_programme, path)
    assert list(zip(items["item_id"], items["text"], items["status"],
                    items["quarter_label"], strict=True)) == EXPECTED
    assert quietly(load_priorities, path)["priority"].tolist() == ["Empty homes",
                                                                   "Homelessness"]
    grants = quietly(load_grants, path)
    assert list(zip(grants["grant"], grants["amount_gbp"], strict=True)) == [
        ("Housing Support Grant", 2400000)]
