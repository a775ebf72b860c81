"""Hostile and damaged Word files, PDFs and web pages, built from their structure (test and
benchmark support for issue #13's rules: every loader raises only ``ParseError``, naming the
file, never hangs, and takes time linear in its input).

Each case is a function of a size ``n`` (1 for the cases that have no size) returning
``(suffix, bytes)``. The base documents are the shipped programme update and recommendations
paper, published with :mod:`wlga_analysis.testing.publish` (a Word file, a web page, a PDF),
then taken apart and put together wrong: a missing or malformed part, a number definition
that points nowhere or loops, a table nested fifty deep, a zip bomb, a page 10 m long, ten
thousand nested lists.

- :data:`WORD`, :data:`PDF`, :data:`HTML`: name -> (kind, case, sizes to time it at).
- :func:`rezip`: a Word file with parts replaced, removed or added.
- :func:`pdf_of_pages`: a PDF written object by object (any page size, rotation, fonts).

Examples
--------
>>> suffix, data = HTML["nested <div>s"][1](100)
>>> suffix, data.count(b"<div>")
('.html', 100)
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from functools import lru_cache

__all__ = ["HTML", "PDF", "WORD", "base_docx", "base_html", "pdf_of_pages", "rezip"]

Case = Callable[[int], tuple[str, bytes]]
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


# --------------------------------------------------------------------------- base files
@lru_cache(maxsize=8)
def _model(kind: str):
    from wlga_analysis.read import read_model

    return read_model(None, kind)


@lru_cache(maxsize=8)
def base_docx(kind: str = "programme", numbering: str = "auto") -> bytes:
    """The shipped document of ``kind`` published as a Word file."""
    from wlga_analysis.testing.publish import docx_bytes

    return docx_bytes(_model(kind), numbering)


@lru_cache(maxsize=8)
def base_html(kind: str = "programme") -> str:
    """The shipped document of ``kind`` published as a web page."""
    from wlga_analysis.documents import read_document
    from wlga_analysis.testing.publish import html_page

    return html_page(read_document(None, kind).lines, kind)


@lru_cache(maxsize=8)
def base_pdf(kind: str = "programme") -> bytes:
    """The shipped document of ``kind`` laid out as a PDF."""
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    return pdf_bytes(_model(kind), cell_size=7.0)


# --------------------------------------------------------------------------------- Word
def parts_of(data: bytes) -> dict[str, bytes]:
    """The parts of a zip archive by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def rezip(data: bytes, replace: dict[str, bytes | None] | None = None,
          extra: list[tuple[str, bytes]] | None = None,
          method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """``data`` (a zip archive) with parts replaced (None: removed) and ``extra`` entries
    appended (a name already there: a duplicate entry)."""
    import warnings

    parts = parts_of(data)
    for name, value in (replace or {}).items():
        if value is None:
            parts.pop(name, None)
        else:
            parts[name] = value
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (a duplicate name is the point)
        with zipfile.ZipFile(out, "w", method) as archive:
            for name, value in [*parts.items(), *(extra or [])]:
                archive.writestr(name, value)
    return out.getvalue()


def _document_xml(kind: str = "programme") -> str:
    return parts_of(base_docx(kind))["word/document.xml"].decode("utf-8")


def _with_body(body: str, kind: str = "programme") -> bytes:
    """The base Word file with ``body`` added at the start of its body."""
    xml = _document_xml(kind)
    start = xml.index("<w:body>") + len("<w:body>")
    return rezip(base_docx(kind), {"word/document.xml": (xml[:start] + body + xml[start:])
                                   .encode()})


def _sub_document(pattern: str, repl: str, kind: str = "programme", count: int = 0) -> bytes:
    xml = re.sub(pattern, repl, _document_xml(kind), count=count)
    return rezip(base_docx(kind), {"word/document.xml": xml.encode()})


def _sub_part(part: str, pattern: str, repl: str, kind: str = "programme") -> bytes:
    data = base_docx(kind)
    xml = parts_of(data)[part].decode("utf-8")
    return rezip(data, {part: re.sub(pattern, repl, xml).encode()})


def _para(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _nested_tables(depth: int) -> str:
    inner = _para("innermost")
    for _ in range(depth):
        inner = (f"<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc>{inner}"
                 f"{_para('cell')}</w:tc></w:tr></w:tbl>{_para('')}")
    return inner


def _wide_rows(rows: int, span: int) -> str:
    row = (f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>{_para("wide")}</w:tc>'
           f"<w:tc>{_para('x')}</w:tc></w:tr>")
    return f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{row * rows}</w:tbl>"


def _vmerge_no_start(rows: int) -> str:
    cell = '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'
    row = f"<w:tr>{cell}<w:tc>{_para('x')}</w:tc></w:tr>"
    return f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{row * rows}</w:tbl>"


def _numbering_cycle() -> bytes:
    """Two abstract numberings linked to each other's style (``numStyleLink`` /
    ``styleLink``), and a style whose numbering is one of them: a loop."""
    data = base_docx("programme")
    parts = parts_of(data)
    numbering = parts["word/numbering.xml"].decode()
    loop = ('<w:abstractNum w:abstractNumId="90"><w:numStyleLink w:val="LoopB"/>'
            '</w:abstractNum><w:abstractNum w:abstractNumId="91"><w:styleLink w:val="LoopB"/>'
            '<w:numStyleLink w:val="LoopA"/></w:abstractNum>'
            '<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
            '<w:num w:numId="91"><w:abstractNumId w:val="91"/></w:num>')
    first = numbering.index("<w:abstractNum ")
    numbering = numbering[:first] + loop + numbering[first:]
    numbering = numbering.replace("</w:numbering>", "") + "</w:numbering>" \
        if "</w:numbering>" in numbering else numbering
    styles = parts["word/styles.xml"].decode()
    link = ('<w:style w:type="numbering" w:styleId="LoopA"><w:name w:val="LoopA"/><w:basedOn '
            'w:val="LoopB"/><w:pPr><w:numPr><w:numId w:val="91"/></w:numPr></w:pPr></w:style>'
            '<w:style w:type="numbering" w:styleId="LoopB"><w:name w:val="LoopB"/><w:basedOn '
            'w:val="LoopA"/><w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="LoopP"><w:name w:val="LoopP"/><w:basedOn '
            'w:val="LoopP"/><w:pPr><w:numPr><w:numId w:val="90"/></w:numPr></w:pPr></w:style>')
    styles = styles.replace("</w:styles>", link + "</w:styles>")
    xml = _document_xml()
    start = xml.index("<w:body>") + len("<w:body>")
    body = '<w:p><w:pPr><w:pStyle w:val="LoopP"/></w:pPr><w:r><w:t>Looped</w:t></w:r></w:p>'
    return rezip(data, {"word/numbering.xml": numbering.encode(),
                        "word/styles.xml": styles.encode(),
                        "word/document.xml": (xml[:start] + body + xml[start:]).encode()})


def _zip_bomb_media(n: int) -> bytes:
    """A Word file with a picture part (referenced) that unpacks to ``n`` MB of zeros."""
    data = base_docx("programme")
    parts = parts_of(data)
    rels = parts["word/_rels/document.xml.rels"].decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdBomb" Type="http://schemas.'
                        'openxmlformats.org/officeDocument/2006/relationships/image" '
                        'Target="media/image1.png"/></Relationships>')
    types = parts["[Content_Types].xml"].decode()
    if 'Extension="png"' not in types:
        types = types.replace("</Types>", '<Default Extension="png" ContentType="image/png"/>'
                              "</Types>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, value in {**parts, "word/_rels/document.xml.rels": rels.encode(),
                            "[Content_Types].xml": types.encode()}.items():
            archive.writestr(name, value)
        with archive.open("word/media/image1.png", "w", force_zip64=True) as entry:
            block = b"\0" * 1_000_000
            for _ in range(n):
                entry.write(block)
    return out.getvalue()


def _bzip2_bomb(n: int) -> bytes:
    """A Word file whose ``word/document.xml`` is packed with bzip2 (Word never does), and
    a part of ``n`` MB of spaces packed into a few hundred bytes."""
    data = base_docx("programme")
    parts = parts_of(data)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_BZIP2) as archive:
        for name, value in parts.items():
            archive.writestr(name, value)
        with archive.open("word/glossary/padding.xml", "w", force_zip64=True) as entry:
            for _ in range(n):
                entry.write(b" " * 1_000_000)
    return out.getvalue()


def _lying_size() -> bytes:
    """A zip entry that declares a small size but unpacks to more (zipfile stops at the
    declared size, and the CRC fails)."""
    data = bytearray(base_docx("programme"))
    name = b"word/document.xml"
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name:
        central = data.index(b"PK\x01\x02", central + 4)
    data[central + 24:central + 28] = (100).to_bytes(4, "little")  # uncompressed size
    local = 0
    while data[local + 30:local + 30 + len(name)] != name:
        local = data.index(b"PK\x03\x04", local + 4)
    data[local + 22:local + 26] = (100).to_bytes(4, "little")
    return bytes(data)


def _ole(encrypted: bool) -> bytes:
    """An OLE compound file: a legacy ``.doc``, or an encrypted (password-protected)
    ``.docx`` (Word keeps it in an OLE container holding ``EncryptionInfo`` and
    ``EncryptedPackage``)."""
    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    header[0x18:0x1A] = (0x3E).to_bytes(2, "little")
    header[0x1A:0x1C] = (3).to_bytes(2, "little")
    header[0x1C:0x1E] = (0xFFFE).to_bytes(2, "little")
    header[0x1E:0x20] = (9).to_bytes(2, "little")
    names = "EncryptionInfo EncryptedPackage" if encrypted else "WordDocument 1Table"
    return bytes(header) + names.encode("utf-16-le") + b"\0" * 1500


def _alt_chunk() -> bytes:
    """A Word file whose body is an imported HTML chunk (``w:altChunk``): Word shows the
    chunk's text (e.g. a table pasted from a web page by a mail merge)."""
    data = base_docx("recommendations")
    parts = parts_of(data)
    rels = parts["word/_rels/document.xml.rels"].decode().replace(
        "</Relationships>", '<Relationship Id="rIdChunk" Type="http://schemas.openxmlformats.'
        'org/officeDocument/2006/relationships/aFChunk" Target="chunk.htm"/></Relationships>')
    types = parts["[Content_Types].xml"].decode().replace(
        "</Types>", '<Override PartName="/word/chunk.htm" ContentType="application/xhtml+xml"/>'
        "</Types>")
    xml = parts["word/document.xml"].decode()
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr")
    xml = xml[:start] + f'<w:altChunk xmlns:r="{_R_NS}" r:id="rIdChunk"/>' + xml[end:]
    chunk = base_html("recommendations").encode()
    return rezip(data, {"word/_rels/document.xml.rels": rels.encode(),
                        "[Content_Types].xml": types.encode(),
                        "word/document.xml": xml.encode(), "word/chunk.htm": chunk})


def _big_docx(n: int, kind: str) -> bytes:
    """The base Word file with its body repeated ``n`` times (about 1 MB at some n)."""
    xml = _document_xml(kind)
    start = xml.index("<w:body>") + len("<w:body>")
    end = xml.index("<w:sectPr")
    body = xml[start:end]
    return rezip(base_docx(kind), {"word/document.xml": (xml[:start] + body * n + xml[end:])
                                   .encode()})


def _many_paragraphs(n: int) -> bytes:
    return _with_body("".join(_para(f"Paragraph {i} of filler text.") for i in range(n)))


def _roman_start() -> bytes:
    """Every numbering level of the base file Roman, starting at 10**30."""
    data = base_docx("programme")
    xml = parts_of(data)[_NUM].decode()
    xml = re.sub(r'<w:numFmt w:val="\w+"/>', '<w:numFmt w:val="lowerRoman"/>', xml)
    xml = re.sub(r'<w:(start|startOverride) w:val="\d+"/>',
                 r'<w:\1 w:val="1' + "0" * 30 + '"/>', xml)
    return rezip(data, {_NUM: xml.encode()})


def _docx(make: Callable[[int], bytes]) -> Case:
    return lambda n: (".docx", make(n))


_NUM = "word/numbering.xml"
#: name -> (kind, case, sizes): Word files.
WORD: dict[str, tuple[str, Case, tuple[int, ...]]] = {
    "no numbering.xml": ("programme", _docx(lambda n: rezip(base_docx(), {_NUM: None})), (1,)),
    "malformed numbering.xml": ("programme", _docx(lambda n: rezip(
        base_docx(), {_NUM: b"<w:numbering><w:num"})), (1,)),
    "numbering.xml not Word's": ("programme", _docx(lambda n: rezip(
        base_docx(), {_NUM: b"<?xml version='1.0'?><other/>"})), (1,)),
    "no styles.xml": ("programme", _docx(lambda n: rezip(
        base_docx(), {"word/styles.xml": None})), (1,)),
    "malformed styles.xml": ("programme", _docx(lambda n: rezip(
        base_docx(), {"word/styles.xml": b"<w:styles"})), (1,)),
    "no document relationships": ("programme", _docx(lambda n: rezip(
        base_docx(), {"word/_rels/document.xml.rels": None})), (1,)),
    "no package relationships": ("programme", _docx(lambda n: rezip(
        base_docx(), {"_rels/.rels": None})), (1,)),
    "malformed relationships": ("programme", _docx(lambda n: rezip(
        base_docx(), {"word/_rels/document.xml.rels": b"<Relationships><Rel"})), (1,)),
    "relationship to a missing part": ("programme", _docx(lambda n: _sub_part(
        "word/_rels/document.xml.rels", r'Target="styles.xml"', 'Target="nowhere.xml"')), (1,)),
    "no content types": ("programme", _docx(lambda n: rezip(
        base_docx(), {"[Content_Types].xml": None})), (1,)),
    "numId pointing nowhere": ("programme", _docx(lambda n: _sub_document(
        r'<w:numId w:val="\d+"/>', '<w:numId w:val="999"/>')), (1,)),
    "numId not a number": ("programme", _docx(lambda n: _sub_document(
        r'<w:numId w:val="\d+"/>', '<w:numId w:val="x&amp;y"/>')), (1,)),
    "abstractNum numStyleLink loop": ("programme", _docx(lambda n: _numbering_cycle()), (1,)),
    "ilvl 10,000": ("programme", _docx(lambda n: _sub_document(
        r'<w:ilvl w:val="\d+"/>', '<w:ilvl w:val="10000"/>')), (1,)),
    "ilvl 10**30": ("programme", _docx(lambda n: _sub_document(
        r'<w:ilvl w:val="0"/>', '<w:ilvl w:val="1000000000000000000000000000000"/>', count=3)),
        (1,)),
    "lvl ilvl 10**9 in numbering": ("programme", _docx(lambda n: _sub_part(
        _NUM, r'w:ilvl="0"', 'w:ilvl="1000000000"')), (1,)),
    "start 10**30 in numbering": ("programme", _docx(lambda n: _sub_part(
        _NUM, r'<w:start w:val="\d+"/>', '<w:start w:val="1000000000000000000000000000000"/>')),
        (1,)),
    "start 10**30 in Roman numerals": ("programme", _docx(lambda n: _roman_start()), (1,)),
    "tables nested n deep": ("programme", _docx(lambda n: _with_body(_nested_tables(n))),
                             (25, 50)),
    "gridSpan 10,000 in n rows": ("recommendations", _docx(lambda n: _with_body(
        _wide_rows(n, 10_000), "recommendations")), (10, 20)),
    "gridSpan 10**9": ("recommendations", _docx(lambda n: _with_body(
        _wide_rows(1, 1_000_000_000), "recommendations")), (1,)),
    "vMerge with no start, n rows": ("recommendations", _docx(lambda n: _with_body(
        _vmerge_no_start(n), "recommendations")), (500, 1000)),
    "zip bomb: picture of n MB zeros": ("programme", _docx(_zip_bomb_media), (100, 200)),
    "zip bomb: bzip2, n MB": ("programme", _docx(_bzip2_bomb), (200, 400)),
    "zip entry lying about its size": ("programme", _docx(lambda n: _lying_size()), (1,)),
    "duplicate document.xml": ("programme", _docx(lambda n: rezip(
        base_docx(), extra=[("word/document.xml", _document_xml("recommendations")
                             .encode())])), (1,)),
    "encrypted docx (OLE)": ("programme", _docx(lambda n: _ole(True)), (1,)),
    "legacy .doc named .docx": ("programme", _docx(lambda n: _ole(False)), (1,)),
    "altChunk (embedded HTML)": ("recommendations", _docx(lambda n: _alt_chunk()), (1,)),
    "n paragraphs": ("programme", _docx(_many_paragraphs), (20_000, 40_000)),
    "body repeated n times": ("programme", _docx(lambda n: _big_docx(n, "programme")),
                              (40, 80)),
}


# ---------------------------------------------------------------------------------- PDF
def pdf_of_pages(pages: list[bytes], box: tuple[float, float] = (595, 842), rotate: int = 0,
                 font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                 extra_page: bytes = b"", count: int | None = None) -> bytes:
    """A PDF whose pages show the content streams ``pages`` (compressed), in ``font`` as
    ``/F1``, each page ``box`` points (width, height) and rotated by ``rotate`` degrees;
    ``extra_page`` goes into each page's dictionary (annotations), ``count`` overrides the
    pages' count."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(len(pages))),
                   len(pages) if count is None else count), font]
    for k, content in enumerate(pages):
        stream = zlib.compress(content, 6)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Rotate %d "
                       b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R %s >>"
                       % (box[0], box[1], rotate, 5 + 2 * k, extra_page))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                       + stream + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _escape(text: str) -> bytes:
    return text.encode("latin-1", "replace").replace(b"\\", b"\\\\").replace(
        b"(", b"\\(").replace(b")", b"\\)")


def _programme_lines(n: int = 1) -> list[str]:
    from wlga_analysis.documents import read_document

    lines = [line for line in read_document(None, "programme").lines if line.strip()]
    return lines * n


def _content(lines: list[str], top: float = 800, leading: float = 14, x: float = 50,
             size: int = 9) -> bytes:
    parts = [b"BT /F1 %d Tf %d %d Td %d TL" % (size, x, top, leading)]
    parts += [b"(%s) '" % _escape(line[:110]) for line in lines]
    parts.append(b"ET")
    return b"\n".join(parts)


def _paged(lines: list[str], per_page: int = 50, **kw) -> bytes:
    pages = [_content(lines[i:i + per_page]) for i in range(0, len(lines), per_page)]
    return pdf_of_pages(pages, **kw)


def _long_page(n: int) -> bytes:
    """One page 10 m (28,346 pt) long holding ``n`` copies of the programme."""
    lines = _programme_lines(n)
    return pdf_of_pages([_content(lines, top=28_300, leading=12)], box=(595, 28_346))


def _no_unicode_font() -> bytes:
    """The programme in a font whose codes map to glyph names no reader knows (no
    ``ToUnicode``, a ``Differences`` encoding of made-up names): the text layer is
    there but reads as gibberish or nothing."""
    names = b" ".join(b"/g%d" % k for k in range(256))
    font = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type "
            b"/Encoding /Differences [0 " + names + b"] >> >>")
    return _paged(_programme_lines(), font=font)


def _annotation_only() -> bytes:
    """A page with no text in its content, the programme in a FreeText annotation."""
    text = _escape("\n".join(_programme_lines()))
    annot = (b"/Annots [<< /Type /Annot /Subtype /FreeText /Rect [50 50 545 800] "
             b"/Contents (" + text + b") /DA (/Helv 9 Tf 0 g) >>]")
    return pdf_of_pages([b"0 0 1 rg 10 10 5 5 re f"], extra_page=annot)


def _pdf_reportlab(draw: Callable[[object], None]) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    draw(c)
    c.save()
    return buffer.getvalue()


def _form_fields_only() -> bytes:
    def draw(c) -> None:
        form = c.acroForm
        for i, line in enumerate(_programme_lines()[:20]):
            form.textfield(name=f"f{i}", value=line[:80].encode("ascii", "replace").decode(),
                           x=40, y=780 - 30 * i, width=500, height=20)
        c.showPage()
    return _pdf_reportlab(draw)


def _encrypted(owner_only: bool) -> bytes:
    from reportlab.lib import pdfencrypt

    def draw(c) -> None:
        for i, line in enumerate(_programme_lines()[:40]):
            c.drawString(50, 800 - 14 * i, line[:100])
        c.showPage()

    buffer = io.BytesIO()
    from reportlab.pdfgen import canvas

    enc = pdfencrypt.StandardEncryption("" if owner_only else "user", "owner", canPrint=0)
    c = canvas.Canvas(buffer, invariant=1, encrypt=enc)
    draw(c)
    c.save()
    return buffer.getvalue()


def _without_to_unicode(data: bytes) -> bytes:
    """A PDF with its fonts' ``ToUnicode`` maps unlinked (an embedded subset font's codes
    then map to no letters a reader knows: the text reads as gibberish)."""
    return data.replace(b"/ToUnicode", b"/XoUnicode")


def _pdf(make: Callable[[int], bytes]) -> Case:
    return lambda n: (".pdf", make(n))


#: name -> (kind, case, sizes): PDFs.
PDF: dict[str, tuple[str, Case, tuple[int, ...]]] = {
    "encrypted (user password)": ("programme", _pdf(lambda n: _encrypted(False)), (1,)),
    "encrypted (owner password only)": ("programme", _pdf(lambda n: _encrypted(True)), (1,)),
    "zero pages": ("programme", _pdf(lambda n: pdf_of_pages([])), (1,)),
    "page count lies (10**9)": ("programme", _pdf(lambda n: _paged(
        _programme_lines(), count=10**9)), (1,)),
    "scanned: no text layer": ("programme", _pdf(lambda n: pdf_of_pages(
        [b"0.5 g 50 50 400 700 re f"] * 3)), (1,)),
    "truncated at half": ("programme", _pdf(lambda n: base_pdf()[:len(base_pdf()) // 2]), (1,)),
    "truncated at 90%": ("programme", _pdf(lambda n: base_pdf()[:len(base_pdf()) * 9 // 10]),
                         (1,)),
    "no xref, no trailer": ("programme", _pdf(lambda n: base_pdf()[
        :base_pdf().rindex(b"xref")]), (1,)),
    "rotated 90": ("programme", _pdf(lambda n: _paged(_programme_lines(), rotate=90)), (1,)),
    "rotated 45 (invalid)": ("programme", _pdf(lambda n: _paged(_programme_lines(),
                                                                rotate=45)), (1,)),
    "page 10 m long, n copies": ("programme", _pdf(_long_page), (10, 20)),
    "page 0 x 0": ("programme", _pdf(lambda n: _paged(_programme_lines(), box=(0, 0))), (1,)),
    "n pages": ("programme", _pdf(lambda n: _paged(_programme_lines(n), per_page=45)),
                (100, 200)),
    "font with made-up glyph names": ("programme", _pdf(lambda n: _no_unicode_font()), (1,)),
    "subset fonts with no ToUnicode": ("programme", _pdf(lambda n: _without_to_unicode(
        base_pdf())), (1,)),
    "text only in an annotation": ("programme", _pdf(lambda n: _annotation_only()), (1,)),
    "text only in form fields": ("programme", _pdf(lambda n: _form_fields_only()), (1,)),
    "reportlab base, recommendations": ("recommendations", _pdf(
        lambda n: base_pdf("recommendations")), (1,)),
}


# --------------------------------------------------------------------------------- HTML
def _main(inner: str, kind: str = "programme") -> str:
    page = base_html(kind)
    start, end = page.index("<main>") + len("<main>"), page.index("</main>")
    return page[:start] + inner + page[start:end] + page[end:]


def _wrap(open_tag: str, close_tag: str, n: int, kind: str = "programme") -> str:
    page = base_html(kind)
    start, end = page.index("<main>") + len("<main>"), page.index("</main>")
    return page[:start] + open_tag * n + page[start:end] + close_tag * n + page[end:]


def _nested_lists(n: int) -> str:
    return _wrap("<ul><li>item", "</li></ul>", n)


def _wide_table(columns: int) -> str:
    head = "<tr>" + "".join(f"<th>C{i}</th>" for i in range(columns)) + "</tr>"
    row = "<tr>" + "".join(f"<td>{i}</td>" for i in range(columns)) + "</tr>"
    return _main(f"<table>{head}{row * 3}</table>", "recommendations")


def _table_list_table(n: int) -> str:
    inner = "x"
    for _ in range(n):
        inner = f"<table><tr><td><ul><li>{inner}</li></ul></td></tr></table>"
    return _main(inner)


def _single_line(n: int) -> str:
    """The programme page on one line, its main content repeated ``n`` times."""
    page = base_html("programme")
    start, end = page.index("<main>") + len("<main>"), page.index("</main>")
    return (page[:start] + page[start:end] * n + page[end:]).replace("\n", " ")


def _big_page(n: int, kind: str) -> str:
    page = base_html(kind)
    start, end = page.index("<main>") + len("<main>"), page.index("</main>")
    return page[:start] + page[start:end] * n + page[end:]


def _html(make: Callable[[int], str | bytes]) -> Case:
    def case(n: int) -> tuple[str, bytes]:
        page = make(n)
        return ".html", page if isinstance(page, bytes) else page.encode("utf-8")
    return case


_ITEMS = "<p>3. Fake section</p><ul><li>A fake item due in Q2 2022.</li></ul>"
#: name -> (kind, case, sizes): web pages.
HTML: dict[str, tuple[str, Case, tuple[int, ...]]] = {
    "nested <div>s": ("programme", _html(lambda n: _wrap("<div>", "</div>", n)),
                      (10_000, 20_000)),
    "nested <ul>s": ("programme", _html(_nested_lists), (10_000, 20_000)),
    "nested <table>s": ("programme", _html(lambda n: _wrap("<table><tr><td>",
                                                           "</td></tr></table>", n)),
                        (5_000, 10_000)),
    "table in a list in a table, n deep": ("programme", _html(_table_list_table),
                                           (2_000, 4_000)),
    "unclosed tags": ("programme", _html(lambda n: _main("<div><p><b><i><table><tr><td>"
                                                         "<ul><li>" * n)), (2_000, 4_000)),
    "unclosed <b> n times": ("programme", _html(lambda n: _main("<b>" * n)), (5_000, 10_000)),
    "table of n columns": ("recommendations", _html(_wide_table), (5_000, 10_000)),
    "colspan and rowspan huge": ("recommendations", _html(lambda n: _main(
        '<table><tr><td colspan="1000000000" rowspan="1000000000">x</td></tr>'
        "<tr><td>y</td></tr></table>", "recommendations")), (1,)),
    "entities &#x0; &#xD800; &#1114112;": ("programme", _html(lambda n: _main(
        "<p>4. Bad &#x0; &#xD800; &#1114112; &#99999999999999999999; &#x110000; text</p>")),
        (1,)),
    "meta charset contradicting the bytes": ("programme", _html(lambda n: base_html()
        .replace('<meta charset="utf-8">', '<meta charset="iso-8859-1">')
        .replace("Members", "Members £800,000").encode("utf-8")), (1,)),
    "meta charset utf-16 on utf-8 bytes": ("programme", _html(lambda n: base_html()
        .replace('<meta charset="utf-8">', '<meta charset="utf-16">').encode("utf-8")), (1,)),
    "meta charset unknown": ("programme", _html(lambda n: base_html()
        .replace('<meta charset="utf-8">', '<meta charset="x-no-such">').encode("utf-8")),
        (1,)),
    "UTF-16 LE with a BOM": ("programme", _html(lambda n: base_html().encode("utf-16")),
        (1,)),
    "UTF-16 BE with a BOM": ("programme", _html(lambda n: "\ufeff".encode("utf-16-be")
                                                + base_html().encode("utf-16-be")), (1,)),
    "UTF-8 BOM": ("programme", _html(lambda n: b"\xef\xbb\xbf" + base_html().encode()), (1,)),
    "invalid UTF-8 bytes": ("programme", _html(lambda n: base_html().encode().replace(
        b"Members", b"Memb\xff\xfeers")), (1,)),
    "one line of n copies": ("programme", _html(_single_line), (100, 200)),
    "<script>/<style> holding items": ("programme", _html(lambda n: _main(
        f"<script>document.write('{_ITEMS}')</script><style>/* {_ITEMS} */</style>"
        f"<noscript>{_ITEMS}</noscript>")), (1,)),
    "<template> and hidden content": ("programme", _html(lambda n: _main(
        f"<template>{_ITEMS}</template><div hidden>{_ITEMS}</div>"
        f'<div style="display:none">{_ITEMS}</div><div aria-hidden="true">{_ITEMS}</div>')),
        (1,)),
    "unterminated comment": ("programme", _html(lambda n: _main("<!-- " + "x" * n)),
                             (100_000, 200_000)),
    "unterminated <script>": ("programme", _html(lambda n: _main("<script>" + "<p>" * n)),
                              (50_000, 100_000)),
    "n attributes": ("programme", _html(lambda n: _main(
        "<p " + " ".join(f'a{i}="{i}"' for i in range(n)) + ">4. x</p>")), (20_000, 40_000)),
    "a tag n characters long": ("programme", _html(lambda n: _main("<p" + " " * n + ">")),
                                (200_000, 400_000)),
    "'<' n times": ("programme", _html(lambda n: _main("<" * n)), (100_000, 200_000)),
    "'&' n times": ("programme", _html(lambda n: _main("&" * n)), (100_000, 200_000)),
    "n paragraphs": ("programme", _html(lambda n: _main("".join(
        f"<p>Filler paragraph {i}.</p>" for i in range(n)))), (10_000, 20_000)),
    "body repeated n times, programme": ("programme", _html(lambda n: _big_page(
        n, "programme")), (50, 100)),
    "body repeated n times, recommendations": ("recommendations", _html(lambda n: _big_page(
        n, "recommendations")), (20, 40)),
    "<ol> of Roman numerals from 10**30": ("programme", _html(lambda n: _main(
        '<ol type="i" start="1' + "0" * 30 + '"><li>An item.</li><li>Another.</li></ol>'
        '<ol type="a" start="100000000000"><li>A lettered item.</li></ol>')), (1,)),
    "NUL bytes": ("programme", _html(lambda n: base_html().encode().replace(
        b"Members", b"Mem\0bers")), (1,)),
}


# ------------------------------------------------------------------------ 1 MB documents
def megabyte_documents(size: int = 1_000_000) -> dict[str, tuple[str, bytes]]:
    """A document of each kind in each form, about ``size`` bytes: the shipped document's
    body repeated (a web page, a PDF: ``size`` bytes of file; a Word file: the same text as
    the web page, its zip much smaller). name -> (kind, bytes); the name ends in the suffix.
    """
    from dataclasses import replace

    from wlga_analysis.read.model import DocumentModel
    from wlga_analysis.testing.publish import docx_bytes
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    out: dict[str, tuple[str, bytes]] = {}
    for kind in ("programme", "recommendations"):
        one = len(base_html(kind).encode())
        copies = max(1, round(size / one))
        out[f"{kind}.html"] = (kind, _big_page(copies, kind).encode())
        model = _model(kind)
        many = replace(model, blocks=list(model.blocks) * copies) \
            if isinstance(model, DocumentModel) else model
        out[f"{kind}.docx"] = (kind, docx_bytes(many, "literal"))
        one_pdf = len(base_pdf(kind))
        pdf_copies = max(1, round(size / one_pdf))
        for _ in range(2):  # (fonts are embedded once: a copy costs less than the first)
            data = pdf_bytes(replace(model, blocks=list(model.blocks) * pdf_copies),
                             cell_size=7.0)
            pdf_copies = max(1, round(pdf_copies * size / len(data)))
        out[f"{kind}.pdf"] = (kind, data)
    return out
