"""Round trips: each document published as a web page, a Word file (numbers printed, and
Word's automatic numbering) and a PDF gives the same tables as its text form, field by field
(only the location columns, such as ``source_line``, may differ).

The published files are generated once per module from the text form
(:mod:`wlga_analysis.testing.publish`): the shipped documents and four documents of both kinds
written for these tests from public WLGA and Welsh Government material.
"""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import wlga_analysis as wa
from wlga_analysis import config
from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.read.html import read_html
from wlga_analysis.testing.publish import docx_bytes, html_page
from wlga_analysis.testing.publish_pdf import pdf_bytes

DATA = config.PROJ_ROOT / "tests" / "data"
DOCUMENTS = {
    "shipped-recommendations": ("recommendations", None),
    "shipped-programme": ("programme", None),
    "tracker-2021": ("recommendations", DATA / "formats" / "recommendations-tracker-2021.txt"),
    "finance-2020": ("recommendations", DATA / "formats" / "recommendations-finance-2020.txt"),
    "programme-2023-q1": ("programme", DATA / "programme-2023-24-q1-update.txt"),
    "digital-2024": ("programme", DATA / "formats" / "programme-digital-2024.txt"),
}
FORMS = ("html", "docx-literal", "docx-auto", "pdf")
LOADERS = {
    "recommendations": (wa.load_areas, wa.load_activities, wa.load_recommendations,
                        wa.load_recommendation_owners, wa.load_recommendations_notes),
    "programme": (wa.load_programme, wa.load_priorities, wa.load_grants, wa.load_paragraphs),
}


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """{(document, form): path} for every document in every published form."""
    out = {}
    root = tmp_path_factory.mktemp("published")
    for i, (name, (kind, source)) in enumerate(DOCUMENTS.items()):
        doc = read_document(source, kind)
        # every other document prints its numbered paragraphs as <ol start=N>
        page = html_page(doc.lines, kind, numbered_lists=bool(i % 2))
        model = read_html(page)
        files = {"html": page.encode("utf-8"), "docx-literal": docx_bytes(model, "literal"),
                 "docx-auto": docx_bytes(model, "auto"), "pdf": pdf_bytes(model)}
        for form, data in files.items():
            path = root / f"{name}-{form}.{form.split('-')[0]}"
            path.write_bytes(data)
            out[(name, form)] = path
    return out


def _tables(kind: str, source) -> list[pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        frames = [load(source) for load in LOADERS[kind]]
    return [f[[c for c in f.columns if "line" not in c]].reset_index(drop=True) for f in frames]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_published_form_gives_the_same_tables_as_the_text(published, name, form):
    kind, source = DOCUMENTS[name]
    expected = _tables(kind, source)
    got = _tables(kind, published[(name, form)])
    for load, want, have in zip(LOADERS[kind], expected, got, strict=True):
        assert len(want) > 0 or load.__name__ in ("load_grants", "load_priorities",
                                                  "load_recommendations_notes")
        pd.testing.assert_frame_equal(have, want, obj=f"{load.__name__} of {name} ({form})")


@pytest.mark.parametrize("name", ["shipped-recommendations", "shipped-programme"])
def test_published_metadata_is_the_texts_with_the_original_files_checksum(published, name):
    kind, _ = DOCUMENTS[name]
    text_meta = wa.load_metadata(None, kind=kind)
    for form, reader in (("pdf", "pypdfium2"), ("docx-auto", "python-docx"),
                         ("html", "html.parser")):
        path = published[(name, form)]
        meta = wa.load_metadata(path, kind=kind)
        assert (meta["title"], meta["date"]) == (text_meta["title"], text_meta["date"])
        assert meta["sha256"] == read_document(path, kind).sha256
        assert meta["size"] == path.stat().st_size
        assert meta["form"] == form.split("-")[0]
        assert meta["reader"].startswith(reader + " ")


def test_word_automatic_numbers_are_not_in_the_text(published):
    import zipfile

    path = published[("shipped-programme", "docx-auto")]
    with zipfile.ZipFile(path) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
        numbering = archive.read("word/numbering.xml").decode("utf-8")
    assert "To update Members" in body and "1. To update Members" not in body
    assert "w:startOverride" in numbering
    paragraphs = wa.load_paragraphs(path)
    assert paragraphs["paragraph"].dropna().astype(int).max() == 20


def test_pdf_page_furniture_and_repeated_header_rows_are_removed_and_noted(published):
    from wlga_analysis.read import read_model

    model = read_model(published[("shipped-recommendations", "pdf")], "recommendations")
    kinds = {note.kind for note in model.notes}
    assert {"page furniture", "repeated header row", "table continued"} <= kinds
    furniture = [n.text for n in model.notes if n.kind == "page furniture"]
    assert "WLGA Executive Board" in furniture and any(t.startswith("Page ") for t in furniture)
    text = " ".join(b.text.text for b in model.walk() if hasattr(b, "text"))
    assert "WLGA Executive Board" not in text and "Page 2 of" not in text


def test_validate_and_build_tables_read_published_forms(published, capsys):
    from wlga_analysis.__main__ import main
    from wlga_analysis.validate import data_quality_report

    recommendations = published[("shipped-recommendations", "pdf")]
    programme = published[("shipped-programme", "docx-auto")]
    text = data_quality_report(None, None)
    got = data_quality_report(recommendations, programme)
    columns = ["table", "check", "item"]
    pd.testing.assert_frame_equal(got[columns].reset_index(drop=True),
                                  text[columns].reset_index(drop=True))
    assert set(got["document"]) == {recommendations.name, programme.name}
    assert main(["validate", "--quiet", "--recommendations", str(recommendations),
                 "--programme", str(programme)]) == 0
    assert capsys.readouterr().out.strip() == f"{len(text)} data-quality issue(s) found"


def test_documents_table_names_the_form_the_reader_and_the_original_size(tmp_path):
    """The documents table (and so documents.csv and the workbook) says which reader read a
    published file, with its library version, and the original file's size and sha256."""
    import hashlib

    text = (config.RAW_DIR / "improvement-programme-2021-22-update.txt").read_text("utf-8")
    data = docx_bytes(read_html(html_page(text.splitlines(), "programme")), "auto")
    path = tmp_path / "update.docx"
    path.write_bytes(data)
    docs = wa.load_documents(programme=path)
    row = docs.iloc[1]
    assert row["form"] == "docx"
    assert row["reader"].startswith("python-docx ")
    assert int(row["size_bytes"]) == len(data)
    assert row["sha256"] == hashlib.sha256(data).hexdigest()
    assert docs.iloc[0][["form", "reader"]].tolist() == ["text", "text"]
