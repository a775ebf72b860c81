"""Hostile Word files, PDFs and web pages built from their structure (stop 23, issue #13):
each failed on the code before the fix (a crash, a hang, a file read wrong or not at all).
The probe that found them is ``bench/hostile_forms.py``."""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import ParseError
from wlga_analysis.read import read_model
from wlga_analysis.testing import hostile_forms as hf

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _cell(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _table(*rows: str) -> str:
    return ("<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
            + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>")


# ------------------------------------------------------------------------------- Word
def test_a_word_cell_merged_down_from_nothing_is_read_as_a_cell(tmp_path):
    """``w:vMerge`` (continue) in a table's first row, or under a row with no cell there:
    python-docx raised ValueError ("no tr above topmost tr in w:tbl")."""
    path = tmp_path / "paper.docx"
    path.write_bytes(hf._with_body(_table(
        _cell("Top", "<w:vMerge/>") + _cell("A"),  # (merged down from no row)
        _cell("B") + _cell("", "<w:vMerge/>"),  # (merged with "A": its slot empty)
        _cell("C"),
        _cell("D") + _cell("Orphan", "<w:vMerge/>"))))  # (no cell above it)
    table = read_model(path, "programme").tables()[0]
    texts = [[c.text for c in row] for row in (table.header, *table.rows)]
    assert texts == [["Top", "A"], ["B", ""], ["C"], ["D", "Orphan"]]
    assert len(wa.load_programme(path)) > 0  # (the rest of the paper read as before)


def test_a_word_cell_spanning_a_billion_columns_spans_at_most_63(tmp_path):
    """``w:gridSpan="100000"`` made python-docx give 100,000 cells for the row (a billion:
    a hang); Word tables have at most 63 columns."""
    from wlga_analysis.read.docx_package import MAX_GRID_SPAN

    path = tmp_path / "paper.docx"
    path.write_bytes(hf._with_body(_table(_cell("Wide", '<w:gridSpan w:val="100000"/>')
                                          + _cell("Next"))))
    table = read_model(path, "programme").tables()[0]
    assert len(table.header) == MAX_GRID_SPAN + 1 == 64
    assert table.header[0].text == "Wide" and table.header[-1].text == "Next"


def test_a_word_picture_is_never_unpacked(tmp_path, monkeypatch):
    """A 60 kB Word file can hold a picture that unpacks to gigabytes (100 MB took 6 s, 200 MB
    hung the probe): nothing is read from pictures, so they are not unpacked."""
    path = tmp_path / "update.docx"
    path.write_bytes(hf._zip_bomb_media(30))  # 30 MB of zeros in about 30 kB
    assert path.stat().st_size < 100_000
    read = zipfile.ZipFile.read
    names: list[str] = []

    def spy(self, name, pwd=None):
        data = read(self, name, pwd)
        names.append((getattr(name, "filename", name), len(data)))
        return data
    monkeypatch.setattr(zipfile.ZipFile, "read", spy)
    assert wa.load_programme(path)["text"].tolist() == wa.load_programme()["text"].tolist()
    unpacked = dict(names)
    assert unpacked["word/document.xml"] > 0 and unpacked.get("word/media/image1.png", 0) == 0


def test_a_word_file_holding_a_part_twice_is_refused(tmp_path):
    """Two ``word/document.xml`` entries (one a programme, one a recommendations paper):
    which is read depends on the program; it was read silently."""
    path = tmp_path / "paper.docx"
    path.write_bytes(hf.WORD["duplicate document.xml"][1](1)[1])
    with pytest.raises(ParseError, match=r"paper\.docx: damaged Word document: its zip "
                                         r"archive holds word/document\.xml 2 times"):
        wa.load_programme(path)


def test_a_web_page_imported_whole_into_a_word_file_is_read(tmp_path):
    """A Word file whose body is an imported web page (``w:altChunk``, as a content system
    or mail merge writes one): Word shows the page; nothing was read ("no text was read")."""
    path = tmp_path / "paper.docx"
    path.write_bytes(hf.WORD["altChunk (embedded HTML)"][1](1)[1])
    read, shipped = wa.load_recommendations(path), wa.load_recommendations()
    assert read.drop(columns="source_line").equals(shipped.drop(columns="source_line"))


def test_a_chunk_of_another_kind_imported_into_a_word_file_is_reported(tmp_path):
    data = hf.WORD["altChunk (embedded HTML)"][1](1)[1]
    parts = hf.parts_of(data)
    types = parts["[Content_Types].xml"].replace(b"application/xhtml+xml", b"application/rtf")
    path = tmp_path / "paper.docx"
    path.write_bytes(hf.rezip(data, {"[Content_Types].xml": types}))
    with pytest.raises(ParseError, match=r"paper\.docx: no text was read"):
        wa.load_recommendations(path)
    from wlga_analysis.read.docx import read_docx

    notes = read_docx(path.read_bytes(), path).notes
    assert [n.text for n in notes] == ["a part imported whole (altChunk, application/rtf) is "
                                       "not read"]


@pytest.mark.parametrize("group, case", [("WORD", "start 10**30 in Roman numerals"),
                                         ("HTML", "<ol> of Roman numerals from 10**30")])
def test_a_list_numbered_from_a_huge_start_is_printed_in_figures(tmp_path, group, case):
    """``<ol type="i" start="10**30">`` or a Word level starting at 10**30 in Roman
    numerals: printing it took 10**27 steps (a hang); in letters, a string of gigabytes."""
    suffix, data = getattr(hf, group)[case][1](1)
    path = tmp_path / f"update{suffix}"
    path.write_bytes(data)
    text = " ".join(getattr(b, "marker", "") or "" for b in read_model(path, "programme").blocks)
    assert "1" + "0" * 30 in text and "m" * 40 not in text


# -------------------------------------------------------------------------------- PDF
def test_a_pdf_page_of_many_text_runs_is_read_in_one_pass(monkeypatch):
    """PDFium's ``FPDFTextObj_GetText`` scans the page's characters for each text object:
    a page of many runs took quadratic time (a page 10 m long: 941 lines in 15 s). Above
    ``_ONE_PASS_OBJECTS`` objects, the texts come from one pass, exactly as before."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    from wlga_analysis.read import pdf_page

    lines = [f"Line {i} (a-b) of the page." for i in range(pdf_page._ONE_PASS_OBJECTS + 20)]
    content = hf._content(lines, top=28_300, leading=12)
    data = hf.pdf_of_pages([content], box=(595, 28_346))
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    textpage = page.get_textpage()
    objects = pdf_page._objects(raw, page, raw.FPDF_PAGEOBJ_TEXT)
    one_by_one = [pdf_page._object_text(raw, obj, textpage.raw) for obj in objects]
    textpage.close()
    calls = []
    real = raw.FPDFTextObj_GetText
    monkeypatch.setattr(raw, "FPDFTextObj_GetText", lambda *a: calls.append(1) or real(*a))
    words = pdf_page.page_words(page, 28_346)
    pdf.close()
    assert [w["text"] for w in words] == [t for t in one_by_one if t.strip()]
    assert [w["text"].strip() for w in words] == lines
    assert not calls


@pytest.mark.parametrize("case", ["text only in an annotation", "text only in form fields"])
def test_a_pdf_whose_text_is_only_in_annotations_says_so(tmp_path, case):
    """A form's fields or a comment hold the text, the page none: the error said "scanned
    pages? run OCR", which does not help; it says where the text is."""
    path = tmp_path / "update.pdf"
    path.write_bytes(hf.PDF[case][1](1)[1])
    with pytest.raises(ParseError, match=r"update\.pdf: no text layer: none of the PDF's 1 "
                                         r"page\(s\) holds text \(its text is only in \d+ "
                                         r"annotation\(s\) or form field\(s\)"):
        wa.load_programme(path)


# ------------------------------------------------------------------------------- HTML
@pytest.mark.parametrize("encode", [
    lambda page: page.encode("utf-16"),
    lambda page: "\ufeff".encode("utf-16-be") + page.encode("utf-16-be"),
    lambda page: page.replace('<meta charset="utf-8">', '<meta charset="utf-16">').encode(),
], ids=["utf-16-le-bom", "utf-16-be-bom", "meta-utf-16"])
def test_a_web_page_in_utf16_with_its_mark_is_read(tmp_path, encode):
    """A page saved as "Unicode" (UTF-16 with its mark) was read as text (its markup as
    words); one whose ``<meta charset>`` says UTF-16 (bytes UTF-8) as gibberish."""
    path = tmp_path / "update.html"
    path.write_bytes(encode(hf.base_html("programme")))
    assert wa.load_programme(path)["text"].tolist() == wa.load_programme()["text"].tolist()


def _warnings_of(load, path) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        load(path)
    return [str(w.message) for w in caught]


def test_a_web_page_declaring_latin1_with_utf8_bytes_keeps_its_pounds(tmp_path):
    """A page saved as UTF-8 under an old ``<meta charset="iso-8859-1">`` read "£800,000" as
    "Â£800,000", silently; it is read as UTF-8, and that is reported."""
    page = hf.base_html("programme").replace('<meta charset="utf-8">',
                                             '<meta charset="iso-8859-1">')
    path = tmp_path / "update.html"
    path.write_bytes(page.encode("utf-8"))
    found = [m for m in _warnings_of(wa.load_programme, path) if "declares the encoding" in m]
    assert found and "iso8859-1" in found[0] and "read as UTF-8" in found[0]
    text = " ".join(b.text.text for b in read_model(path, "programme").blocks)
    assert "£800,000" in text and "Â" not in text


def test_bytes_of_a_web_page_that_are_not_utf8_are_reported(tmp_path):
    """Bytes that are neither UTF-8 nor Windows-1252 (0x81 and 0x8D, which the code page
    leaves undefined) are read as U+FFFD, reported; bytes that are Windows-1252 ("ÿþ") make
    the page Windows-1252 text, reported (tests/test_cp1252_pages.py)."""
    path = tmp_path / "update.html"
    path.write_bytes(hf.base_html("programme").encode().replace(b"Members", b"Memb\x81\x8ders"))
    found = [m for m in _warnings_of(wa.load_programme, path) if "not utf-8" in m]
    assert found and "read as U+FFFD" in found[0]
    path.write_bytes(hf.base_html("programme").encode().replace(b"Members", b"Memb\xff\xfeers"))
    found = [m for m in _warnings_of(wa.load_programme, path) if "not UTF-8" in m]
    assert found and "read as Windows-1252" in found[0]


def test_a_web_page_inside_tables_nested_too_deep_keeps_its_items(tmp_path):
    """The page's content inside 200 nested layout tables: beyond the depth limit, its text
    went into table rows (which hold no text) and nothing was read."""
    path = tmp_path / "update.html"
    path.write_bytes(hf.HTML["nested <table>s"][1](200)[1])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = wa.load_programme(path)
    assert items["text"].tolist() == wa.load_programme()["text"].tolist()


def test_every_hostile_case_builds():
    """The probe's cases (small sizes) build; each names its kind and sizes."""
    for group in (hf.WORD, hf.HTML):
        for name, (kind, case, sizes) in group.items():
            if "bomb" in name or "n " in name or "n copies" in name:
                continue
            suffix, data = case(1)
            assert kind in ("programme", "recommendations") and data, name
            assert suffix in (".docx", ".html") and sizes, name
    assert io.BytesIO(hf.PDF["zero pages"][1](1)[1]).read(5) == b"%PDF-"


# ------------------------------------------------------------------ Word (stop hp probe)
def _strict(data: bytes) -> bytes:
    """``data`` saved as Word's "Strict Open XML Document": its XML in the Strict namespaces."""
    swaps = ((b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
              b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships"))
    parts = hf.parts_of(data)
    for name, blob in parts.items():
        for usual, strict in swaps:
            blob = blob.replace(usual, strict)
        parts[name] = blob
    return hf.rezip(data, parts)


def test_a_strict_open_xml_word_file_is_read_as_the_usual_one(tmp_path):
    """Word's "Strict Open XML Document" (other namespaces): python-docx found no main
    document in it (``KeyError``: "damaged Word document")."""
    usual, strict = tmp_path / "usual.docx", tmp_path / "strict.docx"
    usual.write_bytes(hf.base_docx())
    strict.write_bytes(_strict(hf.base_docx()))
    read, expected = wa.load_programme(strict), wa.load_programme(usual)
    assert read[["item_id", "text", "quarter"]].equals(expected[["item_id", "text", "quarter"]])
    assert any("Strict Open XML" in note.text for note in read_model(strict, "programme").notes)


def test_a_word_part_declaring_a_dtd_is_refused(tmp_path):
    """A ``<!DOCTYPE>`` with an external entity in ``word/document.xml``: python-docx read
    the file, leaving out the entity and the text after it ("LEAK&x;LEAK" read "LEAK")."""
    doc = hf._document_xml()
    start = doc.index("?>") + 2
    doc = (doc[:start] + '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
           + doc[start:].replace("<w:body>", "<w:body><w:p><w:r><w:t>LEAK&x;LEAK</w:t></w:r>"
                                 "</w:p>", 1))
    path = tmp_path / "paper.docx"
    path.write_bytes(hf.rezip(hf.base_docx(), {"word/document.xml": doc.encode()}))
    with pytest.raises(ParseError, match=r"paper\.docx: Word file part /word/document\.xml "
                                         r"declares a DTD"):
        read_model(path, "programme")


def test_a_word_table_row_of_thousands_of_cells_is_refused(tmp_path):
    """A row of 50,000 cells (tblGrid as wide): 29 s to read 300 kB."""
    from wlga_analysis import config

    cells = "".join("<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
                    for _ in range(config.MAX_WORD_ROW_CELLS + 1))
    path = tmp_path / "paper.docx"
    path.write_bytes(hf._with_body(f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>"))
    with pytest.raises(ParseError, match=r"paper\.docx: a Word table row of 1,001 cells"):
        read_model(path, "programme")


def test_a_word_file_of_too_many_paragraphs_is_refused(tmp_path, monkeypatch):
    """Each paragraph costs the reader about 0.1 ms: a 500 kB zip can hold a million."""
    from wlga_analysis import config

    path = tmp_path / "paper.docx"
    path.write_bytes(hf.base_docx())
    monkeypatch.setattr(config, "MAX_WORD_BLOCKS", 20)
    with pytest.raises(ParseError, match=r"paper\.docx: a Word document of more than 20 "):
        read_model(path, "programme")


def test_a_word_file_of_too_many_zip_entries_is_refused(tmp_path, monkeypatch):
    """20,000 extra entries: 7 s (10,000: 2.2 s) to list and copy them."""
    from wlga_analysis import config

    path = tmp_path / "paper.docx"
    path.write_bytes(hf.rezip(hf.base_docx(), extra=[(f"extra/p{i}.xml", b"<a/>")
                                                      for i in range(30)]))
    monkeypatch.setattr(config, "MAX_WORD_PARTS", 30)
    with pytest.raises(ParseError, match=r"paper\.docx: Word file of \d+ zip entries"):
        read_model(path, "programme")


def test_a_word_part_whose_deflate_stream_is_damaged_is_a_parse_error(tmp_path):
    """A damaged deflate stream (CRC kept) in a file with a picture: ``zlib.error``."""
    data = hf.rezip(hf.base_docx(), extra=[("word/media/image1.png", b"\x89PNG" + bytes(500))])
    info = next(i for i in zipfile.ZipFile(io.BytesIO(data)).infolist()
                if i.filename == "word/document.xml")
    middle = (info.header_offset + 30 + len(info.filename) + len(info.extra)
              + info.compress_size // 2)
    path = tmp_path / "paper.docx"
    path.write_bytes(data[:middle] + bytes(b ^ 0xFF for b in data[middle:middle + 64])
                     + data[middle + 64:])
    with pytest.raises(ParseError, match=r"paper\.docx: damaged Word document"):
        read_model(path, "programme")
