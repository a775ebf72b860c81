"""A status shown by a coloured dot alone (the twelfth evaluation corpus's prog12a): a
Word cell holding only "●" in a coloured run, a web page's empty ``<span role="img"
aria-label="Green">`` drawn by CSS; the paper's key explains the colours ("Grey – not
started"). Every document here is written for the test; the asserted values are the
careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.programme import load_programme
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows

TITLE = "Housing Support Programme 2025-26: Quarter 3 Update"
ROWS = [("1.1", "Open a single advice line.", "30/06/2025", "0070C0", "Blue"),
        ("1.2", "Train frontline staff in early intervention.", "31/03/2026", "00B050",
         "Green"),
        ("1.3", "Reduce the use of bed and breakfast.", "31/03/2026", "FFC000", "Amber"),
        ("1.4", "Survey tenants on the new service.", "30/06/2026", "A6A6A6", "Grey")]
KEY = ("Blue", "complete"), ("Green", "on track"), ("Amber", "at risk"), ("Grey", "not started")
EXPECTED = [["1.1", "done"], ["1.2", "in progress"], ["1.3", "at risk"], ["1.4", "planned"]]


def _docx() -> bytes:
    from docx import Document
    from docx.shared import RGBColor

    doc = Document()
    doc.add_heading(TITLE, 1)
    doc.add_paragraph("Date: 12/01/2026")
    doc.add_heading("Progress Update", 2)
    doc.add_paragraph("1. Homelessness prevention")
    key = doc.add_paragraph("Key: ")
    for colour, meaning in KEY:
        run = key.add_run("\u25cf")
        hexa = next(r[3] for r in ROWS if r[4] == colour)
        run.font.color.rgb = RGBColor.from_string(hexa)
        key.add_run(f" {colour} \u2013 {meaning} ")
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Action", "Target date", "RAG"),
                          strict=True):
        cell.text = text
    for ref, action, due, hexa, _ in ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = ref, action, due
        cells[3].paragraphs[0].add_run("\u25cf").font.color.rgb = RGBColor.from_string(hexa)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _html() -> bytes:
    def dot(colour: str) -> str:
        return f'<span class="rag rag-{colour.lower()}" role="img" aria-label="{colour}"></span>'
    key = " ".join(f"{dot(c)} {c} \u2013 {m}" for c, m in KEY)
    rows = "".join(f"<tr><td>{r}</td><td>{a}</td><td>{d}</td><td>{dot(n)}</td></tr>"
                   for r, a, d, _, n in ROWS)
    return (f"<!DOCTYPE html><html><head><title>{TITLE}</title></head><body>"
            f"<h1>{TITLE}</h1><p>Date: 12/01/2026</p><h2>Progress Update</h2>"
            f"<p>1. Homelessness prevention</p><p>Key: {key}</p>"
            "<table><thead><tr><th>Ref</th><th>Action</th><th>Target date</th><th>RAG</th>"
            f"</tr></thead><tbody>{rows}</tbody></table></body></html>").encode()


@pytest.mark.parametrize("form", ["docx", "html"])
def test_a_coloured_dot_reads_as_its_colour_through_the_key(tmp_path, form):
    path = tmp_path / f"dots.{form}"
    path.write_bytes(_docx() if form == "docx" else _html())
    prog = quietly(load_programme, path)
    assert _rows(prog, "item_id", "status") == EXPECTED
    assert prog["text"].tolist()[0] == "Open a single advice line."


def test_a_black_dot_is_no_colour():
    from wlga_analysis.read.colour_dots import dot_colour_name

    assert dot_colour_name("\u25cf", "000000") is None
    assert dot_colour_name("\u25cf Done", "00B050") is None
