"""A report's cover details printed as a Word table of label and value cells ("Date of
meeting: | 11/02/2026"), where a text export prints them as lines: the date and title are
read from either alike (the twelfth evaluation corpus's prog12a read the date from its text
forms only). Every document here is written for the test; the asserted values are the
careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from wlga_analysis import load_metadata
from wlga_analysis.programme import load_programme
from wlga_analysis.testing import quietly

TITLE = "Waste Strategy Programme 2025-26: Quarter 2 Progress Report"


def _docx(cover: list[tuple[str, ...]]) -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph("CARDIFF COUNCIL")
    table = doc.add_table(rows=0, cols=len(cover[0]))
    for row in cover:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    doc.add_heading(TITLE, 1)
    doc.add_heading("1. Purpose of the report", 2)
    doc.add_paragraph("1.1 To report progress on the waste strategy at quarter 2.")
    doc.add_heading("2. Progress Update", 2)
    for text in ("Weekly food waste collections were extended to flats in August 2025.",
                 "A trial of reusable nappy collections will start in January 2026."):
        doc.add_paragraph(text, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


COVERS = {
    "two columns": [("Report of:", "Director of Economic Development"),
                    ("Portfolio:", "Climate Change"),
                    ("Date of meeting:", "14/11/2025")],
    "two pairs a row": [("Report of:", "Director of Economic Development",
                         "Date of meeting:", "14/11/2025"),
                        ("Wards affected:", "All", "Matter for:", "Information")],
    "labels with no colon": [("Report to", "Cabinet, 14 November 2025"),
                             ("Report of", "Director of Economic Development"),
                             ("Overall RAG", "Amber")],
}


@pytest.mark.parametrize("layout", sorted(COVERS))
def test_a_cover_table_s_date_is_the_paper_s_date(tmp_path, layout):
    path = tmp_path / "waste.docx"
    path.write_bytes(_docx(COVERS[layout]))
    meta = quietly(load_metadata, path, kind="programme")
    assert meta["date"] == dt.date(2025, 11, 14)
    assert meta["title"] == TITLE
    items = quietly(load_programme, path)
    assert items["text"].tolist()[0] == ("Weekly food waste collections were extended to "
                                         "flats in August 2025.")
    # (financial-year quarters: August 2025 is Q2 of 2025-26, January 2026 its Q4)
    assert [str(q) for q in items["quarter"]] == ["2026Q2", "2026Q4"]


def test_a_table_of_other_cells_before_the_paper_gives_no_date(tmp_path):
    # (an action's row before the paper, not its cover: "A1" is no label)
    path = tmp_path / "waste.docx"
    path.write_bytes(_docx([("Ref", "Date"), ("A1", "14/11/2025")]))
    assert quietly(load_metadata, path, kind="programme")["date"] is None
