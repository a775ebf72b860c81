"""Hostile and wrong files in the published forms: clear ParseErrors naming the file and
what was expected, never a crash, a hang or an empty table."""

from __future__ import annotations

import io
import zipfile

import pytest

import wlga_analysis as wa
from wlga_analysis import config
from wlga_analysis.documents import read_document
from wlga_analysis.errors import ParseError


def _pdf(draw) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1, **draw.get("options", {}))
    for text in draw.get("lines", []):
        c.drawString(72, 720 - 14 * draw["lines"].index(text), text)
    if draw.get("rect"):
        c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    return buffer.getvalue()


PROGRAMME_LINES = ["22nd October 2021", "WLGA IMPROVEMENT PROGRAMME 2021-22 UPDATE", "Purpose",
                   "1. To update Members on progress against the delivery plan.",
                   "Progress Update", "2. Programme Set Up",
                   "- Three members of the team were appointed in quarter two."]


def test_a_docx_that_is_a_zip_of_something_else(tmp_path):
    path = tmp_path / "paper.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("data/table.csv", "a,b\n1,2\n")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ParseError, match=r"paper\.docx: not a Word document: a zip archive "
                                         r"without word/document\.xml"):
        wa.load_recommendations(path)


def test_a_docx_that_is_text(tmp_path):
    path = tmp_path / "paper.docx"
    path.write_text("Area\tActivity underway or achieved\tRecommendations\n")
    with pytest.raises(ParseError, match=r"paper\.docx: not a Word document: the file is not "
                                         r"a zip archive"):
        wa.load_recommendations(path)


def test_a_damaged_docx(tmp_path):
    path = tmp_path / "paper.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ParseError, match=r"paper\.docx: damaged Word document"):
        wa.load_programme(path)


def test_a_docx_whose_zip_directory_is_damaged(tmp_path):
    """A damaged byte in the zip's central directory ("version needed to extract" 9.9) made
    the standard library raise NotImplementedError, not a ParseError."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    data = bytearray(buffer.getvalue())
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 6:entry + 8] = (99).to_bytes(2, "little")
    path = tmp_path / "paper.docx"
    path.write_bytes(bytes(data))
    with pytest.raises(ParseError, match=r"paper\.docx: damaged Word document "
                                         r"\(NotImplementedError: zip file version 9\.9\)"):
        wa.load_programme(path)

def _word_file_with_body(body_xml: str) -> bytes:
    """A Word file (python-docx's own template) whose body is ``body_xml``."""
    import docx

    template = io.BytesIO()
    docx.Document().save(template)
    with zipfile.ZipFile(template) as source:
        parts = {info.filename: source.read(info.filename) for info in source.infolist()}
    document = parts["word/document.xml"].decode("utf-8")
    start = document.index("<w:body>") + len("<w:body>")
    parts["word/document.xml"] = (document[:start] + body_xml + document[start:]).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_a_word_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    """A small Word file whose body unpacks hundreds of times (a zip bomb) is refused from
    the sizes its zip directory declares; so is one whose XML is larger than a document
    may be, whatever its packing."""
    path = tmp_path / "paper.docx"
    paragraph = "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    path.write_bytes(_word_file_with_body(paragraph * 60_000))  # 2 MB from about 10 kB
    assert path.stat().st_size < 60_000
    with pytest.raises(ParseError, match=r"paper\.docx: Word file part word/document\.xml "
                                         r"unpacks [\d,]+ times"):
        wa.load_programme(path)
    monkeypatch.setattr(config, "MAX_WORD_XML_BYTES", 1_000_000)
    with pytest.raises(ParseError, match=r"paper\.docx: Word file whose XML unpacks to "
                                         r"[\d,]+ bytes; a document is expected to unpack "
                                         r"to at most 1,000,000"):
        wa.load_programme(path)


def test_a_legacy_word_file(tmp_path):
    path = tmp_path / "paper.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ParseError, match=r"paper\.doc: a legacy Word \(\.doc\) file, or a "
                                         r"password-protected Office file"):
        wa.load_programme(path)


def _pdf_of_runs(runs_per_page: list[int]) -> bytes:
    """A PDF whose pages each show ``runs`` one-letter text runs, from one compressed
    content stream per page (a few hundred bytes for thousands of runs)."""
    import zlib

    pages = len(runs_per_page)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(pages)), pages),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for k, runs in enumerate(runs_per_page):
        stream = zlib.compress(b"BT /F1 9 Tf 72 700 Td (a) Tj ET\n" * runs, 9)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       b"<< /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (5 + 2 * k))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                       + stream + b"\nendstream")
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return out


def test_a_pdf_page_of_too_many_objects_is_refused_before_its_text_is_read(
        tmp_path, monkeypatch):
    """A small PDF can hold millions of text runs (a hostile page: 233 kB held 3 million,
    read for over a minute): a page over ``config.MAX_PDF_PAGE_OBJECTS`` objects, or a PDF
    over ``config.MAX_PDF_OBJECTS``, ends in a ParseError naming the page."""
    path = tmp_path / "update.pdf"
    path.write_bytes(_pdf_of_runs([300, 3_000]))
    assert path.stat().st_size < 5_000
    monkeypatch.setattr(config, "MAX_PDF_PAGE_OBJECTS", 2_000)
    with pytest.raises(ParseError, match=r"update\.pdf: PDF page 2 holds more than 2,000 "
                                         r"objects \(text runs, lines, shapes\)"):
        wa.load_programme(path)
    monkeypatch.setattr(config, "MAX_PDF_PAGE_OBJECTS", 5_000)
    monkeypatch.setattr(config, "MAX_PDF_OBJECTS", 3_000)
    with pytest.raises(ParseError, match=r"update\.pdf: PDF holds more than 3,000 objects "
                                         r"by page 2"):
        wa.load_programme(path)
    monkeypatch.setattr(config, "MAX_PDF_OBJECTS", 4_000)  # within both: read as usual
    with pytest.raises(ParseError, match=r"update\.pdf, line 1: no numbered paragraphs"):
        wa.load_programme(path)


def test_an_encrypted_pdf(tmp_path):
    path = tmp_path / "update.pdf"
    path.write_bytes(_pdf({"lines": PROGRAMME_LINES,
                           "options": {"encrypt": "secret-password"}}))
    with pytest.raises(ParseError, match=r"update\.pdf: encrypted PDF: it cannot be read "
                                         r"without its password"):
        wa.load_programme(path)


def test_a_pdf_with_no_text_layer(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf({"rect": True}))
    with pytest.raises(ParseError, match=r"scan\.pdf: no text layer: none of the PDF's 1 "
                                         r"page\(s\) holds text"):
        wa.load_programme(path)


def test_a_pdf_that_is_not_a_pdf_and_a_damaged_one(tmp_path):
    path = tmp_path / "update.pdf"
    path.write_text("22nd October 2021\n")
    with pytest.raises(ParseError, match=r"update\.pdf: not a PDF document: the file does "
                                         r"not start with %PDF-"):
        wa.load_programme(path)
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage\n")
    with pytest.raises(ParseError, match=r"update\.pdf: "):
        wa.load_programme(path)


def test_a_pdf_of_the_wrong_kind_names_what_was_expected(tmp_path):
    path = tmp_path / "update.pdf"
    path.write_bytes(_pdf({"lines": ["Minutes of the meeting", "Present: all members"]}))
    with pytest.raises(ParseError, match=r"update\.pdf.*no numbered paragraphs"):
        wa.load_programme(path)


def _big_pdf(path, padding: int) -> None:
    """A valid one-page PDF holding the programme lines and an unused stream of
    ``padding`` bytes (as a large embedded image or font would be)."""
    text = " ".join(f"({line}) Tj 0 -16 Td" for line in PROGRAMME_LINES)
    content = f"BT /F1 11 Tf 72 720 Td {text} ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % padding + b"\0" * padding + b"\nendstream"]
    with path.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        offsets = []
        for n, body in enumerate(objects, start=1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(objects) + 1, xref))


def test_a_50_mb_pdf_is_read(tmp_path):
    path = tmp_path / "update.pdf"
    _big_pdf(path, 50_000_000)
    assert path.stat().st_size > config.MAX_DOCUMENT_BYTES  # over the limit for text
    doc = read_document(path, "programme")
    assert doc.form == "pdf" and doc.size == path.stat().st_size
    items = wa.load_programme(path)
    assert items["text"].tolist() == ["Three members of the team were appointed in quarter two."]
    assert items["section"].tolist() == ["Programme Set Up"]


def test_a_pdf_over_the_binary_limit_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "update.pdf"
    _big_pdf(path, 10_000)
    monkeypatch.setattr(config, "MAX_BINARY_DOCUMENT_BYTES", 5_000)
    with pytest.raises(ParseError, match=r"update\.pdf: file is 10,\d{3} bytes; a programme "
                                         r"document is expected to be at most 5,000 bytes"):
        read_document(path, "programme")


def test_an_html_page_with_no_table_is_not_a_recommendations_table(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html><html><body><main><h1>Working Group</h1>"
                    "<p>The group met in June.</p><ul><li>Minutes</li></ul></main></body></html>")
    with pytest.raises(ParseError, match=r"page\.html"):
        wa.load_recommendations(path)


def test_an_html_page_with_no_numbered_paragraphs_is_not_a_programme_update(tmp_path):
    path = tmp_path / "page.htm"
    path.write_text("<html><body><main><h1>WLGA UPDATE</h1><p>22nd October 2021</p>"
                    "<p>Progress is good.</p></main></body></html>")
    with pytest.raises(ParseError, match=r"page\.htm.*no numbered paragraphs"):
        wa.load_programme(path)


def test_an_html_page_of_a_programme_update_is_not_taken_for_a_recommendations_table(tmp_path):
    from wlga_analysis.testing.publish import html_page

    page = html_page(read_document(None, "programme").lines, "programme")
    path = tmp_path / "update.html"
    path.write_text(page)
    assert len(wa.load_programme(path)) == len(wa.load_programme())
    with pytest.raises(ParseError, match=r"update\.html"):
        wa.load_recommendations(path)


def test_an_empty_html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html><html><body><nav>Home</nav></body></html>")
    with pytest.raises(ParseError, match=r"page\.html: no text was read from this html file"):
        wa.load_programme(path)


@pytest.mark.parametrize("depth", [300, 20_000])
def test_a_page_nested_deeper_than_any_browser_keeps_its_text_and_says_so(tmp_path, depth):
    import warnings

    from wlga_analysis.read.html import MAX_DEPTH
    from wlga_analysis.testing.publish import html_page

    page = html_page(read_document(None, "programme").lines, "programme")
    start, end = page.index("<main>") + len("<main>"), page.index("</main>")
    path = tmp_path / "nested.html"
    path.write_text(page[:start] + "<div>" * depth + page[start:end] + "</div>" * depth
                    + page[end:])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        items = wa.load_programme(path)
    shipped = wa.load_programme()
    assert items["text"].tolist() == shipped["text"].tolist()  # every item, as printed
    messages = [str(w.message) for w in caught if "deep, from line" in str(w.message)]
    assert len(messages) == 1 and f"more than {MAX_DEPTH} deep" in messages[0]
    report = wa.data_quality_report(programme=path)
    assert "nested too deep" in report["check"].tolist()


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be-bom"])
@pytest.mark.parametrize("kind", ["programme", "recommendations"])
def test_text_saved_as_unicode_utf16_with_its_byte_order_mark_reads_as_utf8(
        tmp_path, encoding, kind):
    text = "\n".join(read_document(None, kind).lines)
    data = ("\ufeff" + text).encode("utf-16-be") if encoding.endswith("bom") else \
        text.encode("utf-16")  # (little-endian here, with its mark)
    path = tmp_path / f"{kind}.txt"
    path.write_bytes(data)
    load = wa.load_programme if kind == "programme" else wa.load_recommendations
    assert load(path).equals(load())
    surrogate = b"\xd8\x00" if encoding.endswith("bom") else b"\x00\xd8"  # unpaired
    path.write_bytes(data[:2] + surrogate + data[2:])
    with pytest.raises(ParseError, match=r"not UTF-16 text after its byte order mark"):
        load(path)


def test_the_object_limits_hold_in_page_order_when_a_pdf_is_read_on_two_cpus(
        tmp_path, monkeypatch):
    """The second half of a long PDF is read in a child that counts its objects from its own
    first page: a PDF past the limit in all is still refused at the page where a reading
    page by page finds it (wlga_analysis.read.pdf_pages)."""
    from wlga_analysis import second_cpu
    from wlga_analysis.read import pdf_pages

    monkeypatch.delenv(second_cpu.WORKERS_VARIABLE, raising=False)
    monkeypatch.setattr(second_cpu, "_one_thread", lambda: True)
    monkeypatch.setattr(pdf_pages, "TWO_CPU_PAGES", 4)
    path = tmp_path / "update.pdf"
    path.write_bytes(_pdf_of_runs([100] * 10))
    monkeypatch.setattr(config, "MAX_PDF_OBJECTS", 850)  # (the child's own count: 500)
    with pytest.raises(ParseError, match=r"update\.pdf: PDF holds more than 850 objects "
                                         r"by page 9"):
        wa.load_programme(path)
    monkeypatch.setattr(config, "MAX_PDF_PAGE_OBJECTS", 99)
    with pytest.raises(ParseError, match=r"PDF page 1 holds more than 99 objects"):
        wa.load_programme(path)
