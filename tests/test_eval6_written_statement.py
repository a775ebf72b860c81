"""A programme paper written as a Welsh Government written statement: no numbered
paragraphs and no bullets, un-numbered sub-headings over prose ("Peer support", "Funding"),
one item a sentence. The sixth evaluation corpus found it ending in a ParseError ("no
numbered paragraphs"). The document is written for the test; the asserted values are the
careful reader's reading (sections numbered in reading order).
"""

from __future__ import annotations

import datetime as dt

import pytest

from wlga_analysis.errors import ParseError
from wlga_analysis.metadata import load_metadata
from wlga_analysis.programme import load_grants, load_programme
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write
from wlga_analysis.testing.publish import docx_bytes, html_page

STATEMENT = "\n".join([
    "Written Statement: Flood Resilience Support Programme 2026-27", "",
    "Huw Irranca-Davies MS, Cabinet Secretary for Climate Change", "",
    "First published: 10 February 2026", "",
    "I am updating Members on the flood resilience support delivered with councils, and "
    "confirming its funding for 2026-27.", "",
    "Flood plans", "",
    "Local flood risk management plans were approved by nine councils in December 2025. "
    "Two further plans will be submitted in Quarter 1.", "",
    "Property resilience", "",
    "A property flood resilience scheme is being piloted in two valleys. Its evaluation "
    "has been delayed and is now expected by summer recess.", "",
    "Funding", "",
    "I am confirming a grant of £1.4 million for the programme in 2026-27. Officers' time "
    "from councils is valued at around £90,000 a year; it is not grant funding.", "",
])

#: item_id, paragraph, section, status, quarter_label
READING = [
    ["1.1", 1, "Flood plans", "done", "2025-26 Q3"],
    ["1.2", 1, "Flood plans", "planned", "2026-27 Q1"],
    ["2.1", 2, "Property resilience", "in progress", None],
    ["2.2", 2, "Property resilience", "at risk", "2026-27 Q2"],
]


def _reading(prog) -> list[list]:
    return [[None if v is None or v != v else v for v in row]
            for row in _rows(prog, "item_id", "paragraph", "section", "status",
                             "quarter_label")]


@pytest.mark.parametrize("form", ["txt", "html", "docx"])
def test_sub_headings_over_prose_are_numbered_sections_in_reading_order(tmp_path, form):
    path = _write(tmp_path, STATEMENT, "floods.txt")
    if form != "txt":
        page = html_page(STATEMENT.split("\n"), "programme")
        path = _write(tmp_path, page, "floods.html")
        if form == "docx":
            path = tmp_path / "floods.docx"
            path.write_bytes(docx_bytes(read_html(page), "auto"))
    prog = quietly(load_programme, path)
    assert _reading(prog) == READING
    assert prog["text"].tolist()[0] == ("Local flood risk management plans were approved "
                                        "by nine councils in December 2025.")
    meta = quietly(load_metadata, path, "programme")
    assert (meta["title"], meta["date"], meta["financial_year"]) == (
        "Written Statement: Flood Resilience Support Programme 2026-27", dt.date(2026, 2, 10),
        "2026-27")
    # the valued officers' time is not a grant
    assert _rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
        [1400000, "2026-27"]]


def test_one_sub_heading_is_not_enough(tmp_path):
    text = "\n".join(STATEMENT.split("\n")[:12])  # title, front matter, one sub-heading
    with pytest.raises(ParseError, match="no numbered paragraphs"):
        quietly(load_programme, _write(tmp_path, text, "short.txt"))


def test_priorities_carried_over_with_remain_are_read(tmp_path):
    """A statement carries its priorities over from the year before: "The programme's
    priorities for 2026-27 remain ..." lists them as "are" would; its items are matched to
    them by their sections."""
    from wlga_analysis.programme import load_priorities

    text = STATEMENT.replace(
        "confirming its funding for 2026-27.",
        "confirming its funding for 2026-27. The programme's priorities for 2026-27 remain "
        "flood plans, property resilience and community engagement.")
    path = _write(tmp_path, text, "floods.txt")
    priorities = quietly(load_priorities, path)
    assert priorities["priority"].tolist() == [
        "flood plans", "property resilience", "community engagement"]
    prog = quietly(load_programme, path)
    assert prog["priority"].tolist()[:3] == ["flood plans", "flood plans", "property resilience"]
