"""A web page that places each data table in a cell of a layout table (an old content
system's grid: the table in one cell, a note in the next). The outer table is the page's
layout, not data: the inner table is read as if the grid were not there. A layout the
seventh evaluation corpus showed (rec29, prog29 html). Before, the nested tables were lost
inside the outer table's cells (nothing read, or rows merged).

The document is written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_programme
from wlga_analysis.testing import quietly

ROWS = [("3.1", "Refresh the engagement toolkit", "WLGA", "Green"),
        ("3.2", "Citizens' panel pilot in two councils", "WLGA", "Amber"),
        ("3.3", "Youth council network meeting", "WLGA", "Complete")]


def _page(layout: str) -> str:
    rows = "".join(f"<tr><td>{r}</td><td>{a}</td><td>{lead}</td><td>{rag}</td></tr>"
                   for r, a, lead, rag in ROWS)
    inner = ("<table><thead><tr><th>Ref</th><th>Action</th><th>Lead</th><th>RAG</th></tr>"
             f"</thead><tbody>{rows}</tbody></table>")
    note = "<p><em>Updated quarterly</em></p>"
    grid = f"<table{layout}><tr><td>{inner}</td><td>{note}</td></tr></table>"
    return ("<html><body><main><h1>Improvement Programme 2026-27: Quarter 2 Update</h1>"
            "<p>WLGA Executive Board – 23 October 2026</p>"
            "<h2>1. Purpose</h2><p>To report progress at the end of Quarter 2.</p>"
            f"<h2>3. Public engagement</h2>{grid}"
            "<h2>4. Recommendation</h2><p>The Board is asked to note progress.</p>"
            "</main></body></html>")


@pytest.mark.parametrize("layout", ["", ' role="presentation"'])
def test_a_table_in_a_layout_tables_cell_is_read_as_a_table(tmp_path, layout):
    path = tmp_path / "update.html"
    path.write_text(_page(layout), encoding="utf-8")
    items = quietly(load_programme, path)
    assert items["item_id"].tolist() == ["3.1", "3.2", "3.3"]
    assert items["text"].tolist() == [a for _, a, _, _ in ROWS]
    assert items["status"].tolist() == ["in progress", "at risk", "done"]
