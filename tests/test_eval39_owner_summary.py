"""Recommendations in BOXES numbered by chapter and collected again in a SUMMARY GROUPED BY
OWNER (eval39's rec39a family), and a CONSULTATION RESPONSE with numbered bold call-outs
under "Part N:" headings (rec39b), written afresh for these tests in other layouts and
wordings than the corpus:

- a Markdown report: "# 1. Housing supply" chapters, boxes as block quotes ("> **Rec 1.2:**
  The WLGA should ..."), a summary headed "Recommendations by organisation" whose groups are
  bold lines with colons ("**For councils:**"), one recommendation listed under two groups
  and one box (3.1) that the summary leaves out (read from its box, owners from its subject,
  reported);
- a web page: ``<h2>Chapter 2: Name</h2>`` chapters, ``<aside>`` boxes with an ``<h4>``
  label, the summary's groups ``<h3>For Welsh Ministers</h3>`` over ``<ul>`` entries;
- a consultation response in Markdown: "# Part 3: Housing" headings, "**Recommendation 2:**
  The WLGA will ..." call-outs (the owner the subject of "will").

The careful reader's reading, written before the code ran: areas the chapters with
recommendations, without their number or label ("Housing supply", "Land"); rec labels the
printed "1.2"; text the box's text without its label; owners the summary's groups (a
recommendation under two groups has both, in the order printed), each recommendation once.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import parse_recommendations

MARKDOWN = """\
# Homes for Wales: Final Report of the Housing Review

# 1. Housing supply

Completions fell in 2024.

> **Rec 1.1:** Councils should allocate more land for social housing.

> **Rec 1.2:** The WLGA should publish a shared pipeline of sites.

# 2. Land

Land values vary.

> **Rec 2.1:** The Welsh Government and councils should create a public land bank.

# 3. Skills

> **Rec 3.1:** The Welsh Government should fund 400 construction apprenticeships.

# Recommendations by organisation

**For councils:**

1.1 Councils should allocate more land for social housing.

2.1 The Welsh Government and councils should create a public land bank.

**For the WLGA:**

1.2 The WLGA should publish a shared pipeline of sites.

**For the Welsh Government:**

2.1 The Welsh Government and councils should create a public land bank.

Published by the review panel.
"""

HTML = """<html><head><title>Review</title></head><body><main>
<h1>Rural Transport Review</h1>
<h2>Chapter 1: Introduction</h2><p>The review met eleven times.</p>
<h2>Chapter 2: Buses</h2><p>Services have been cut.</p>
<aside class="recommendation"><h4>Recommendation 2.1</h4>
<p>Councils should protect rural bus routes in their plans.</p></aside>
<aside class="recommendation"><h4>Recommendation 2.2</h4>
<p>The Welsh Government should guarantee bus funding for five years.</p></aside>
<h2>Chapter 3: Community transport</h2><p>Volunteers are fewer.</p>
<aside class="recommendation"><h4>Recommendation 3.1</h4>
<p>The WLGA should share good practice on community transport.</p></aside>
<h2>Summary of recommendations</h2>
<h3>For Welsh Ministers</h3>
<ul><li>2.2 The Welsh Government should guarantee bus funding for five years.</li></ul>
<h3>For local authorities</h3>
<ul><li>2.1 Councils should protect rural bus routes in their plans.</li>
<li>3.1 The WLGA should share good practice on community transport.</li></ul>
<h3>For the WLGA</h3>
<ul><li>3.1 The WLGA should share good practice on community transport.</li></ul>
</main></body></html>
"""

RESPONSE = """\
# Response of the WLGA to the housing consultation

# Part 1: Supply

**Question 1: Do you agree with the targets?**

**Recommendation 1:** The Welsh Government should publish its delivery plan.

# Part 3: Homelessness

**Question 5: Should the duty be extended?**

**Recommendation 2:** The WLGA will convene a practitioners' network on prevention.

**Recommendation 3:** Councils and the WLGA will review temporary accommodation standards.
"""


def _parse(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_recommendations(read_document(path, "recommendations"))


def _recs(parsed) -> list[tuple[str, str, str, list[str]]]:
    recs = parsed.recommendations
    return [(r.rec_label, r.area, r.text, list(r.owners)) for r in recs.itertuples()]


def test_markdown_quoted_boxes_and_bold_owner_groups(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, "review.md", MARKDOWN)
    assert parsed.areas["area"].tolist() == ["Housing supply", "Land", "Skills"]
    assert _recs(parsed) == [
        ("1.1", "Housing supply", "Councils should allocate more land for social housing.",
         ["LG"]),
        ("1.2", "Housing supply", "The WLGA should publish a shared pipeline of sites.",
         ["WLGA"]),
        ("2.1", "Land", "The Welsh Government and councils should create a public land "
         "bank.", ["LG", "WG"]),
        ("3.1", "Skills", "The Welsh Government should fund 400 construction "
         "apprenticeships.", ["WG"]),
    ]
    assert parsed.activities.empty
    checks = [issue.check for issue in parsed.issues]
    assert "not in the summary" in checks and "printed twice" in checks


def test_web_page_asides_and_owner_headings(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, "review.html", HTML)
    assert parsed.areas["area"].tolist() == ["Buses", "Community transport"]
    assert _recs(parsed) == [
        ("2.1", "Buses", "Councils should protect rural bus routes in their plans.", ["LG"]),
        ("2.2", "Buses", "The Welsh Government should guarantee bus funding for five years.",
         ["WG"]),
        ("3.1", "Community transport", "The WLGA should share good practice on community "
         "transport.", ["LG", "WLGA"]),
    ]
    assert "The review met eleven times." in parsed.notes["text"].tolist()


def test_consultation_parts_and_will_owners(tmp_path: Path) -> None:
    parsed = _parse(tmp_path, "response.md", RESPONSE)
    assert parsed.areas["area"].tolist() == ["Supply", "Homelessness"]
    recs = parsed.recommendations
    assert recs["area"].tolist() == ["Supply", "Homelessness", "Homelessness"]
    assert recs["owners"].map(list).tolist() == [["WG"], ["WLGA"], ["LG", "WLGA"]]
