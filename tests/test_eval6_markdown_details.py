"""A Markdown page whose sections are raw ``<details>``/``<summary>`` blocks (as
GitHub-flavoured Markdown pages print collapsible sections): read as a browser shows it
opened, like the same page in HTML. The sixth evaluation corpus found the Markdown form
ending in a ParseError ("no numbered paragraphs") while its web page was read.
"""

from __future__ import annotations

from wlga_analysis.programme import load_priorities, load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

PAGE = "\n".join([
    "# Road Safety Programme 2026-27: Quarter 1 Update", "",
    "12 July 2026", "",
    "<details open>",
    "<summary>Priorities for 2026-27</summary>", "",
    "The programme has two priorities:", "",
    "- school streets",
    "- speed limits", "",
    "</details>", "",
    "<details><summary>3. School streets</summary>", "",
    "- School street schemes were introduced at 40 schools in June 2026.",
    "- A review of the schemes is planned for Q3 2026/27.", "",
    "</details>", "",
    "<details>",
    "<summary>4. Speed limits</summary>", "",
    "- Signage for the revised 20mph exceptions is being replaced in six councils.", "",
    "</details>", "",
])

READING = [["3.1", 3, "done", "2026-27 Q1"], ["3.2", 3, "planned", "2026-27 Q3"],
           ["4.1", 4, "in progress", None]]


def _reading(prog) -> list[list]:
    return [[None if v is None or v != v else v for v in row]
            for row in _rows(prog, "item_id", "paragraph", "status", "quarter_label")]


def test_details_blocks_in_markdown_are_read_as_the_web_page_is(tmp_path):
    md = _write(tmp_path, PAGE, "roads.md")
    prog = quietly(load_programme, md)
    assert _reading(prog) == READING
    assert prog["text"].tolist()[0] == (
        "School street schemes were introduced at 40 schools in June 2026.")
    assert quietly(load_priorities, md)["priority"].tolist() == ["school streets",
                                                                 "speed limits"]


HTML = """<!DOCTYPE html><html><body><main>
<h1>Road Safety Programme 2026-27: Quarter 1 Update</h1><p>12 July 2026</p>
<details open><summary>Priorities for 2026-27</summary><p>The programme has two priorities:</p>
<ul><li>school streets</li><li>speed limits</li></ul></details>
<details><summary>3. School streets</summary><ul>
<li>School street schemes were introduced at 40 schools in June 2026.</li>
<li>A review of the schemes is planned for Q3 2026/27.</li></ul></details>
<details><summary>4. Speed limits</summary><ul>
<li>Signage for the revised 20mph exceptions is being replaced in six councils.</li></ul>
</details></main></body></html>
"""


def test_the_markdown_page_reads_as_its_web_page(tmp_path):
    md = quietly(load_programme, _write(tmp_path, PAGE, "roads.md"))
    html = quietly(load_programme, _write(tmp_path, HTML, "roads.html"))
    assert _reading(md) == _reading(html) == READING
    assert md["text"].tolist() == html["text"].tolist()
