"""A slide deck exported to PDF: landscape pages, a title a slide, the items as bullets in a
narrow left column, and a shaded box in a right column ("Lead officer", "Overall status")
whose lines sit on the same baselines as the bullets. A layout the ninth evaluation corpus
showed (prog32 pdf). Before, the box (a filled rectangle) was read as a one-cell table
standing between each workstream's title and its bullets, so no section opened: the whole
paper ended in a ParseError. A word split by a hyphen at a line's end ("develop-" / "ment")
was kept as "develop-ment".

The document is drawn for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import pytest

from wlga_analysis.programme import load_programme
from wlga_analysis.testing import quietly

SLIDES = [
    ("Workstream 1: Scrutiny",
     ["Scrutiny chairs from every council met in", "Cardiff in July 2026."],
     ["Lead officer: Head of Democracy", "Overall status: Red"]),
    ("Workstream 2: Data",
     ["The data maturity assessments are under", "way in six councils.",
      "Training for perform-", "ance officers will be held in", "January 2027."],
     ["Lead officer: Data Cymru", "Overall status: Green"]),
]


def _deck(path) -> None:
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    width, height = 720, 405
    c = canvas.Canvas(str(path), pagesize=(width, height))
    c.setFont("Helvetica-Bold", 24)
    c.drawString(40, 250, "Improvement Programme 2026-27: Quarter 2")
    c.setFont("Helvetica", 14)
    c.drawString(40, 220, "WLGA Executive Board, 9 October 2026")
    c.showPage()
    for n, (title, lines, box) in enumerate(SLIDES, 2):
        c.setFont("Helvetica-Bold", 22)
        c.drawString(40, 340, title)
        c.setFillColor(colors.HexColor("#EEEEEE"))
        c.rect(400, 300 - 18 * len(box), 280, 18 * len(box) + 22, stroke=0, fill=1)
        c.setFillColor(colors.black)
        y = 300
        for k, line in enumerate(lines):
            c.setFont("Helvetica", 14)
            starts = k == 0 or lines[k - 1].endswith(".")
            if starts:
                y -= 8
                c.drawString(40, y, "\u2022")
            c.drawString(55, y, line)
            if k < len(box):
                c.setFont("Helvetica", 13)
                c.drawString(410, y if k == 0 else 300 - 8 - 18 * k, box[k])
            y -= 18
        c.setFont("Helvetica", 9)
        c.drawRightString(width - 30, 20, f"WLGA | {n}")
        c.showPage()
    c.save()


@pytest.fixture(scope="module")
def items(tmp_path_factory):
    path = tmp_path_factory.mktemp("deck") / "deck.pdf"
    _deck(path)
    return quietly(load_programme, path)


def test_a_side_box_is_read_after_the_bullets_beside_it(items):
    assert items["item_id"].tolist() == ["1.1", "2.1", "2.2"]
    assert items["text"].tolist() == [
        "Scrutiny chairs from every council met in Cardiff in July 2026.",
        "The data maturity assessments are under way in six councils.",
        "Training for performance officers will be held in January 2027."]
    assert items["status"].tolist() == ["done", "in progress", "planned"]


def test_the_box_is_kept_as_text_not_an_item(tmp_path):
    from wlga_analysis.documents import read_document

    path = tmp_path / "deck.pdf"
    _deck(path)
    text = "\n".join(read_document(path, "programme").lines)
    assert "Lead officer: Data Cymru" in text and "Overall status: Green" in text
    # (read after the column beside it, not spliced into its lines)
    assert text.index("Lead officer: Data Cymru") > text.index("held in January 2027.")
    items = quietly(load_programme, path)
    assert not any("Lead officer" in t for t in items["text"])
