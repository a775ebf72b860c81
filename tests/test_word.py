"""The Word export: read back with python-docx (pictures, alt text, captions, tables)."""

from __future__ import annotations

import warnings

import pytest
from docx import Document

from wlga_analysis import charts
from wlga_analysis.__main__ import main
from wlga_analysis.build import load_tables
from wlga_analysis.word import KEY_TABLES, export_docx


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("word")
    first = export_docx(folder / "a.docx", workers=1)
    assert main(["export-docx", "--out", str(folder / "b.docx")]) == 0
    return first, folder / "b.docx"


@pytest.fixture(scope="module")
def tables():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_tables()


def test_every_chart_is_a_picture_with_its_alt_text_and_caption(exported, tables):
    doc = Document(exported[0])
    made = charts.all_charts(tables)
    shapes = doc.inline_shapes
    assert len(shapes) == len(made) == 6
    for shape, chart in zip(shapes, made, strict=True):
        doc_pr = shape._inline.docPr
        assert doc_pr.get("descr") == chart.alt_text
        assert doc_pr.get("title") == chart.title
        assert round(shape.width.cm, 1) == 16.0
    captions = [p.text for p in doc.paragraphs if p.style.name == "Caption"]
    figures = [c for c in captions if c.startswith("Figure")]
    assert figures == [f"Figure {n}: {c.title}" for n, c in enumerate(made, start=1)]
    assert "Figure 6: Two grants total £1,330,000 for 2021-22" in figures


def test_key_tables_are_word_tables_with_the_analysis_values(exported):
    doc = Document(exported[0])
    assert len(doc.tables) == len(KEY_TABLES) == 4
    owners = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert owners[0] == ["Owner", "Sole owner", "Joint with others", "Total"]
    assert owners[1:3] == [["WLGA", "2", "17", "19"], ["WG", "1", "15", "16"]]
    quarters = [[c.text for c in row.cells] for row in doc.tables[1].rows]
    assert quarters[0][0] == "Quarter" and quarters[-1][0] == "no timing"
    assert quarters[-1][-1] == "20"
    grants = [[c.text for c in row.cells] for row in doc.tables[3].rows]
    assert grants[1][:3] == ["improvement grant", "£800,000", "2021-22"]
    assert grants[-1][:2] == ["total", "£1,330,000"] and grants[-1][3] == ""
    captions = [p.text for p in doc.paragraphs if p.text.startswith("Table ")]
    assert captions[0] == "Table 1: Recommendations per owner, sole and joint"


def test_the_document_cites_its_sources_and_is_deterministic(exported):
    first, second = exported
    assert first.read_bytes() == second.read_bytes()
    text = "\n".join(p.text for p in Document(first).paragraphs)
    assert ("Welsh Local Government Association (WLGA), 'WLGA Improvement Programme 2021-22 "
            "Update', 22 October 2021") in text
    assert "improvement-programme-2021-22-update.txt" not in text
    core = Document(first).core_properties
    assert core.modified.year == 2021 and core.created.year == 2021
