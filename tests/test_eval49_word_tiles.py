"""eval49: a plan on a page written in Word, a table of tiles (one cell a tile: a numbered
priority paragraph over action paragraphs opening with a status symbol typed as text and
closing with a superscript note number), the notes a numbered list after the table."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

import wlga_analysis as wa

#: (tile heading, [(symbol, phrase, note number)]) of a 2 x 2 table of tiles.
TILES = [
    ("1 Safer streets", [("\u2714", "Light 60 footpaths in Rhyl", "1"),
                         ("\u25cb", "Fit cameras at two car parks", "2"),
                         ("\u25d0", "Train 30 wardens", "3")]),
    ("2 Greener valleys", [("\u25d0", "Restore 8 hectares of peat bog", "4"),
                           ("\u25cb", "Open a repair cafe in Ruthin", "5")]),
    ("3 Better jobs", [("\u2714", "Place 45 young people in work", "6"),
                       ("\u25d0", "Build the Prestatyn enterprise units", "7"),
                       ("\u25cb", "Survey employers on skills gaps", "8"),
                       ("\u2714", "Pay suppliers within 30 days", "9")]),
]
NOTES = ["Finished in August 2025.", "Work starts in May 2026.",
         "18 trained; the rest by February 2026.",
         "All eight hectares restored by December 2026.",
         "Opening in July 2026, advised by Audit Wales.",
         "Placed by September 2025.", "Due to open in March 2026.",
         "Survey in June 2026.", "In place since April 2025."]


def _tile(cell, heading: str, lines: list[tuple[str, str, str]]) -> None:
    cell.paragraphs[0].add_run(heading).bold = True
    for symbol, phrase, note in lines:
        p = cell.add_paragraph()
        p.add_run(symbol)  # (its own run, as a symbol inserted by hand)
        p.add_run(f" {phrase}")
        p.add_run(note).font.superscript = True


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = docx.Document()
    doc.add_paragraph("Denbighshire County Council")
    doc.add_heading("Council Plan 2025-26 \u2013 At a Glance", level=1)
    doc.add_paragraph("Position at 31 October 2025 \u00b7 Cabinet, 25 November 2025")
    table = doc.add_table(rows=2, cols=2)
    for (heading, lines), cell in zip(TILES, [table.cell(0, 0), table.cell(0, 1),
                                              table.cell(1, 0)], strict=True):
        _tile(cell, heading, lines)
    key = table.cell(1, 1)
    key.paragraphs[0].add_run("Key").bold = True
    key.add_paragraph("\u2714 Complete \u25d0 In progress \u25cb Not yet started")
    doc.add_heading("Detail notes", level=1)
    for n, note in enumerate(NOTES, 1):
        doc.add_paragraph(f"{n}. {note}")
    path = tmp_path_factory.mktemp("eval49") / "council-plan-at-a-glance.docx"
    doc.save(str(path))
    return path


def test_word_tiles_read_one_item_a_symbol_line(plan: Path) -> None:
    prog = wa.load_programme(plan)
    items = {row.item_id: row._asdict() for row in prog.itertuples(index=False)}
    assert list(items) == ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4"]
    assert items["1.2"]["text"] == "Fit cameras at two car parks"  # (no symbol, no mark)
    assert items["3.4"]["text"] == "Pay suppliers within 30 days"
    assert [items[k]["status"] for k in items] == [
        "done", "planned", "in progress", "in progress", "planned", "done", "in progress",
        "planned", "done"]
    # the quarter is the note's date (the phrase has none)
    assert [items[k]["quarter_label"] for k in items] == [
        "2025-26 Q2", "2026-27 Q1", "2025-26 Q4", "2026-27 Q3", "2026-27 Q2", "2025-26 Q2",
        "2025-26 Q4", "2026-27 Q1", "2025-26 Q1"]
    assert "Audit Wales" in items["2.2"]["partners"]
    assert list(wa.load_priorities(plan)["priority"]) == ["Safer streets", "Greener valleys",
                                                          "Better jobs"]
