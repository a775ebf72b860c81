"""Programme dashboards with one column per quarter ("Action | Lead | Q1 | Q2 | Q3 | Q4",
a tick or a status word in the quarter's cell) and funding tables with one amount column
("Funding stream | Recipient | Amount", a Total row): layouts the sixth evaluation corpus
showed. Before, the quarter marks were ignored (status "in progress" by default, no
quarter), the tab-separated header row of a web page or Word file was read as an item due in
"Q1", and the funding rows were read as progress items with one stream lost as a grant.

The documents are written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_grants, load_programme
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

DASHBOARD = "\n".join([
    "# Libraries Improvement Programme 2026-27: Quarter 2 Dashboard", "",
    "Executive Board – 20 October 2026", "",
    "## 3. Digital inclusion", "",
    "| Action | Lead | Q1 | Q2 | Q3 | Q4 |",
    "|---|---|---|---|---|---|",
    "| Lend tablets through every library service | Libraries Cymru | ✓ | | | |",
    "| Train digital champions in each county | Digital Communities Wales | | On track | | |",
    "| Publish a digital inclusion toolkit | WLGA | | | | Planned |",
    "| Replace public computers | Councils | ✓ | Delayed | | |", "",
    "## 4. Funding 2026-27", "",
    "| Funding stream | Recipient | Amount |",
    "|---|---|---|",
    "| Library improvement grant | WLGA | £410,000 |",
    "| Digital inclusion support | Digital Communities Wales | £65,000 |",
    "| **Total** | | **£475,000** |", "",
])

#: item_id, status, quarter_label, text
READING = [
    ["3.1", "done", "2026-27 Q1", "Lend tablets through every library service"],
    ["3.2", "in progress", "2026-27 Q2", "Train digital champions in each county"],
    ["3.3", "planned", "2026-27 Q4", "Publish a digital inclusion toolkit"],
    ["3.4", "at risk", "2026-27 Q2", "Replace public computers"],
]
GRANTS = [["Library improvement grant", 410000, "2026-27"],
          ["Digital inclusion support", 65000, "2026-27"]]


@pytest.mark.parametrize("form", ["md", "html", "docx"])
def test_quarter_columns_give_status_and_quarter_and_funding_streams_are_grants(tmp_path,
                                                                                form):
    path = _write(tmp_path, DASHBOARD, "libraries.md")
    if form != "md":
        page = html_page(DASHBOARD.split("\n"), "programme")
        path = _write(tmp_path, page, "libraries.html")
        if form == "docx":
            path = tmp_path / "libraries.docx"
            path.write_bytes(docx_bytes(read_html(page), "auto"))
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "status", "quarter_label", "text") == READING
    assert _rows(quietly(load_grants, path), "grant", "amount_gbp",
                 "financial_year") == GRANTS
