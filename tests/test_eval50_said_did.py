# ruff: noqa: E501  (the documents print their table rows on one line each)
"""Eval50 family prog50b: an annual report's "What we said we would do | What we did" tables.

A report on well-being objectives prints under each labelled heading ("Well-being objective
1: ...", "Objective 2: ...") a sentence of context and a table of two columns: the
commitment, and beside it a narrative of what was done. The careful reader's reading of two
further wordings, written down before the loader ran:

- Markdown (pandoc's export of a Word file), "We said | We did", three objectives;
- a web page, "What we said we would do | What we did" under "Objective N:" headings.

Each row is ONE item: its text the left cell; its status, quarter and partners read from
the right cell's words ("This is complete.", "has slipped", "has not started"); the right
cell is no item of its own; the objectives are the sections.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis import load_programme

MD = """# Council support: annual report 2025 to 2026

Local Government Division, 10 July 2026

## Objective 1: Sound finances

Councils need funding they can plan with.

| We said | We did |
|---------|---------|
| Publish a three-year funding outlook. | The outlook was published on 3 March 2026. This is complete. |
| Review the capital finance rules with CIPFA. | The review with CIPFA is on track to report by November 2026. |

## Objective 2: Open democracy

People should find it easy to take part.

| We said | We did |
|---------|---------|
| Webcast every council meeting. | This has slipped because of a procurement delay. We now expect all councils to webcast by January 2027. |
| Publish a guide to petitions. | This work has not started. It will begin in September 2026. |
| Train new councillors in scrutiny. | Training ran in all 22 councils. This is complete. |
"""

HTML = """<html><head><title>Annual report</title></head><body><main>
<h1>Housing support: annual report 2025 to 2026</h1>
<p>First published: 2 July 2026</p>
<h2>Objective 1: More homes</h2>
<p>We said we would help councils build.</p>
<table><thead><tr><th scope="col">What we said we would do</th><th scope="col">What we did</th>
</tr></thead><tbody>
<tr><td>Fund 500 council homes.</td><td>520 homes were started by 31 December 2025. This is complete.</td></tr>
<tr><td>Agree a land release plan with Data Cymru.</td><td>The plan is on track to be agreed by October 2026.</td></tr>
</tbody></table>
<h2>Objective 2: Fewer empty homes</h2>
<p>Empty homes are a wasted resource.</p>
<table><thead><tr><th scope="col">What we said we would do</th><th scope="col">What we did</th>
</tr></thead><tbody>
<tr><td>Launch an empty homes grant.</td><td>The launch has been delayed and is now expected by February 2027.</td></tr>
</tbody></table>
</main></body></html>
"""


def _items(path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_programme(path)


def test_we_said_we_did_markdown_rows_are_one_item_each(tmp_path: Path) -> None:
    path = tmp_path / "annual.md"
    path.write_text(MD, encoding="utf-8")
    items = _items(path)
    assert list(items["item_id"]) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert list(items["text"]) == [
        "Publish a three-year funding outlook.", "Review the capital finance rules with CIPFA.",
        "Webcast every council meeting.", "Publish a guide to petitions.",
        "Train new councillors in scrutiny."]
    assert list(items["status"]) == ["done", "in progress", "at risk", "planned", "done"]
    assert [str(q) for q in items["quarter"]] == ["2026Q4", "2027Q3", "2027Q4", "2027Q2",
                                                  "NaT"]
    assert list(items.iloc[1]["partners"]) == ["CIPFA"]


def test_what_we_did_web_page_rows_are_one_item_each(tmp_path: Path) -> None:
    path = tmp_path / "annual.html"
    path.write_text(HTML, encoding="utf-8")
    items = _items(path)
    assert list(items["item_id"]) == ["1.1", "1.2", "2.1"]
    assert list(items["text"]) == ["Fund 500 council homes.",
                                   "Agree a land release plan with Data Cymru.",
                                   "Launch an empty homes grant."]
    assert list(items["status"]) == ["done", "in progress", "at risk"]
    assert [str(q) for q in items["quarter"]] == ["2026Q3", "2027Q3", "2027Q4"]
    assert list(items.iloc[1]["partners"]) == ["Data Cymru"]
