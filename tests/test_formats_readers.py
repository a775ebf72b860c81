"""The readers of published forms, rule by rule: Word numbering, web pages, PDFs, detection,
the text-form bridge and the convert command."""

from __future__ import annotations

import io

import pytest

from wlga_analysis.__main__ import main
from wlga_analysis.errors import ParseError
from wlga_analysis.read import read_model
from wlga_analysis.read.detect import detect_form
from wlga_analysis.read.docx import read_docx
from wlga_analysis.read.html import read_html
from wlga_analysis.read.model import Heading, ListItem, Paragraph, Table
from wlga_analysis.read.numbering import Level, WordNumbering

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------------ Word numbering
def _numbered_docx(abstract_xml: str, nums_xml: str, paragraphs: list[tuple[str, int, str]],
                   ) -> bytes:
    """A Word file whose numbering.xml holds ``abstract_xml`` and ``nums_xml`` and whose
    paragraphs are (numId, ilvl, text)."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    root = document.part.numbering_part.element
    for child in list(root):
        root.remove(child)
    root.append(parse_xml(f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="1">'
                          f"{abstract_xml}</w:abstractNum>"))
    for xml in nums_xml.split("|"):
        root.append(parse_xml(xml.replace("<w:num ", f'<w:num xmlns:w="{W}" ')))
    for num_id, ilvl, text in paragraphs:
        p = document.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/>'
            f"</w:numPr>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LEVELS = ('<w:lvl w:ilvl="0"><w:start w:val="4"/><w:numFmt w:val="decimal"/>'
          '<w:lvlText w:val="%1."/></w:lvl>'
          '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
          '<w:lvlText w:val="%1.%2"/></w:lvl>'
          '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
          '<w:lvlText w:val="%3)"/></w:lvl>'
          '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
          '<w:lvlText w:val="(%4)"/></w:lvl>'
          '<w:lvl w:ilvl="4"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
          '<w:lvlText w:val="o"/></w:lvl>')


def _markers(blocks) -> list[tuple[str, str | None, str]]:
    out = []
    for b in blocks:
        if isinstance(b, ListItem):
            out.append((b.marker, b.kind, b.text.text))
        elif isinstance(b, Paragraph):
            out.append((f"{b.number}." if b.number else "", "paragraph", b.text.text))
    return out


def test_word_numbering_levels_formats_and_start_values():
    data = _numbered_docx(LEVELS, '<w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>',
                          [("7", 0, "Background"), ("7", 1, "First sub"), ("7", 1, "Second sub"),
                           ("7", 2, "a letter"), ("7", 2, "b letter"), ("7", 3, "roman one"),
                           ("7", 3, "roman two"), ("7", 4, "a bullet"), ("7", 0, "Progress"),
                           ("7", 1, "restarted sub"), ("7", 2, "restarted letter")])
    assert _markers(read_docx(data).blocks) == [
        ("4.", "paragraph", "Background"), ("4.1", "number", "First sub"),
        ("4.2", "number", "Second sub"), ("a)", "letter", "a letter"),
        ("b)", "letter", "b letter"), ("(i)", "roman", "roman one"),
        ("(ii)", "roman", "roman two"), ("o", "bullet", "a bullet"),
        ("5.", "paragraph", "Progress"), ("5.1", "number", "restarted sub"),
        ("a)", "letter", "restarted letter")]


def test_word_numbering_restarts_by_start_override_and_shared_abstract_continues():
    nums = ('<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>|'
            '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>|'
            '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
            '<w:startOverride w:val="12"/></w:lvlOverride></w:num>')
    data = _numbered_docx(LEVELS, nums, [("1", 0, "one"), ("1", 0, "two"), ("2", 0, "three"),
                                         ("3", 0, "twelve"), ("3", 0, "thirteen"),
                                         ("0", 0, "not numbered")])
    assert [(b.number, b.text.text) for b in read_docx(data).blocks] == [
        ("4", "one"), ("5", "two"), ("6", "three"), ("12", "twelve"), ("13", "thirteen"),
        (None, "not numbered")]


def test_word_numbering_that_points_nowhere_is_reported_not_dropped(tmp_path):
    """A paragraph numbered by a list the numbering part does not define (a damaged file, or
    one whose numbering.xml was stripped) keeps its text, unnumbered, and says so."""
    from wlga_analysis.documents import read_document

    nums = '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    data = _numbered_docx(LEVELS, nums, [("1", 0, "Background"), ("9", 1, "Lost number"),
                                         ("0", 0, "Not numbered")])
    model = read_docx(data)
    assert [(b.number, b.text.text) for b in model.blocks] == [
        ("4", "Background"), (None, "Lost number"), (None, "Not numbered")]
    assert [(n.kind, n.location.line) for n in model.notes] == [("numbering", 2)]
    assert "list 9 (level 1)" in model.notes[0].text
    path = tmp_path / "lost.docx"
    path.write_bytes(data)
    notes = read_document(path, "recommendations").notes  # a finding, not only a note
    assert [(n.check, n.source_line) for n in notes] == [("list numbering missing", 2)]


def test_word_numbering_counts_per_instance_and_level():
    numbering = WordNumbering(
        {"a": {0: Level("upperRoman", "%1.", 1), 1: Level("upperLetter", "%2.", 1)}},
        {"1": ("a", {0: (3, None)}), "2": ("a", {})})
    assert [numbering.next("1", 0), numbering.next("1", 1), numbering.next("2", 0),
            numbering.next("1", 1), numbering.next("9", 0)] == [
        ("III.", "upperRoman"), ("A.", "upperLetter"), ("I.", "upperRoman"),
        ("B.", "upperLetter"), None]


def test_word_headings_bold_tables_and_merged_cells():
    import docx

    document = docx.Document()
    document.add_heading("Joint working", level=4)
    p = document.add_paragraph("That the WLGA leads ")
    p.add_run("(WLGA/WG)").bold = True
    table = document.add_table(rows=3, cols=3)
    for c, text in enumerate(("Area", "Activity underway or achieved", "Recommendations")):
        table.cell(0, c).text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Area 1: Regional arrangements"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "1. Spanning two columns"
    table.cell(2, 1).text = "2. Second"
    buffer = io.BytesIO()
    document.save(buffer)
    heading, paragraph, table = read_docx(buffer.getvalue()).blocks
    assert isinstance(heading, Heading) and (heading.level, heading.text.text) == (
        4, "Joint working")
    assert paragraph.text.bold_text() == ["(WLGA/WG)"]
    assert isinstance(table, Table) and table.header_text == [
        "Area", "Activity underway or achieved", "Recommendations"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["Area 1: Regional arrangements", "Spanning two columns", ""], ["", "Second", ""]]
    assert table.rows[0][1].blocks[0].number == "1"


# ------------------------------------------------------------------------------ web pages
def test_html_main_content_lists_and_numbers():
    page = """<html><body><header><p>WLGA</p></header><nav><ul><li>Home</li></ul></nav>
    <div role="main"><h1>Update</h1><p>Intro with <strong>bold</strong> and
    <span style="font-weight: 700">heavy</span> text.</p>
    <ol start="3" type="a"><li>third letter</li><li value="7">seventh<ul><li>nested</li>
    </ul></li></ol><ol type="I"><li>first roman</li></ol>
    <script>var x = "1. not text";</script></div><footer>Page 1 of 1</footer></body></html>"""
    model = read_html(page)
    assert model.form == "html" and model.reader.startswith("html.parser ")
    heading, intro, *items = model.blocks
    assert heading.text.text == "Update" and intro.text.bold_text() == ["bold", "heavy"]
    assert [(i.marker, i.kind, i.level, i.text.text) for i in items] == [
        ("c.", "letter", 0, "third letter"), ("g.", "letter", 0, "seventh"),
        ("•", "bullet", 1, "nested"), ("I.", "roman", 0, "first roman")]


def test_html_without_main_drops_page_furniture_and_reads_tables_with_spans():
    page = """<body><nav>Menu</nav><article><p>one</p></article><article><p>two</p></article>
    <table><thead><tr><th>Area</th><th>Activity</th><th>Recommendations</th></tr></thead>
    <tr><td rowspan="2"><b>Area 1</b></td><td colspan="2">both columns</td></tr>
    <tr><td><p>6. done</p><p>7. also</p></td><td><ol style="list-style-type:none">
    <li>1. That it be done <b>(WG)</b></li></ol></td></tr></table>
    <aside>Related links</aside><footer>© WLGA</footer></body>"""
    blocks = read_html(page).blocks
    assert [b.text.text for b in blocks[:2]] == ["one", "two"]
    table = blocks[2]
    assert table.header_text == ["Area", "Activity", "Recommendations"]
    assert [[c.text for c in row] for row in table.rows] == [
        ["Area 1", "both columns", ""], ["", "done also", "That it be done (WG)"]]
    assert [b.number for b in table.rows[1][1].blocks] == ["6", "7"]
    assert table.rows[1][2].blocks[0].marker == "1."
    assert table.rows[1][2].location.row == 2 and table.rows[1][2].location.column == 3
    assert len(blocks) == 3  # nav, aside and footer dropped


# ----------------------------------------------------------------------- detection, CLI
@pytest.mark.parametrize(("head", "name", "form"), [
    (b"PK\x03\x04rest", "paper.bin", "docx"), (b"junk\n%PDF-1.7", "x.dat", "pdf"),
    (b"\xef\xbb\xbf<!doctype html>", "page.txt", "html"), (b"<p>x</p>", "page.html", "html"),
    (b"<p>cell</p>\t<p>cell</p>", "table.txt", "text"), (b"# Title", "notes.md", "text")])
def test_the_form_comes_from_the_content_then_the_suffix(head, name, form):
    assert detect_form(head, name) == form


def test_read_model_of_every_form(tmp_path):
    from wlga_analysis.testing.publish import docx_bytes

    model = read_model(None, "programme")
    assert model.form == "text"
    path = tmp_path / "update.docx"
    path.write_bytes(docx_bytes(model, "auto"))
    again = read_model(path, "programme")
    assert again.form == "docx" and again.reader.startswith("python-docx ")
    assert [getattr(b, "number", None) for b in again.blocks if isinstance(b, Paragraph)
            and b.number][:3] == ["1", "2", "3"]


def test_convert_prints_what_was_read_as_the_text_form(tmp_path, capsys):
    path = tmp_path / "update.html"
    path.write_text("<html><body><main><p>22nd October 2021</p><h1>WLGA UPDATE</h1>"
                    "<h2>Purpose</h2><ol><li>To update <b>Members</b>.</li></ol>"
                    "<ul><li>first<ul><li>nested</li></ul></li></ul></main></body></html>")
    assert main(["convert", str(path), "--to", "text"]) == 0
    assert capsys.readouterr().out == (
        "22nd October 2021\n\nWLGA UPDATE\n\nPurpose\n\n1. To update **Members**.\n\n"
        "- first\n - nested\n")
    assert main(["convert", str(tmp_path / "missing.pdf")]) == 2
    assert "missing.pdf" in capsys.readouterr().err


def test_a_wrong_form_names_the_file_and_what_was_expected(tmp_path):
    path = tmp_path / "paper.docx"
    path.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(ParseError, match=r"paper\.docx: damaged PDF"):
        read_model(path, "recommendations")


# ----------------------------------------------------------------------------------- PDF
def test_pdf_row_split_over_three_pages_is_one_row_with_one_paragraph():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate, Spacer, TableStyle
    from reportlab.platypus import Table as RLTable

    from wlga_analysis.read.pdf import read_pdf

    style = getSampleStyleSheet()["Normal"]
    long = " ".join(f"word{i} continues the sentence" for i in range(120)) + "."
    data = [["Area", "Activity underway or achieved", "Recommendations"],
            [RLParagraph("<b>Area 1: Shared services</b>", style), RLParagraph("1. " + long, style),
             RLParagraph("1. That it is done. (<b>WG</b>)", style)],
            [RLParagraph("<b>Area 2: Digital</b>", style), RLParagraph("2. Short.", style),
             RLParagraph("2. That it ends. (<b>WG</b>)", style)]]
    buffer = io.BytesIO()
    table = RLTable(data, colWidths=[120, 200, 150], repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([Spacer(1, 500), table])
    model = read_pdf(buffer.getvalue())
    (only,) = model.tables()
    assert only.header_text == ["Area", "Activity underway or achieved", "Recommendations"]
    assert [[c.text for c in row] for row in only.rows] == [
        ["Area 1: Shared services", long, "That it is done. (WG)"],
        ["Area 2: Digital", "Short.", "That it ends. (WG)"]]
    (paragraph,) = only.rows[0][1].blocks
    assert paragraph.number == "1" and paragraph.text.text == long
    kinds = [note.kind for note in model.notes]
    assert kinds.count("row joined") == 2 and kinds.count("repeated header row") == 2


def test_pdf_table_drawn_cell_by_cell_with_a_merged_cell():
    from reportlab.pdfgen import canvas

    from wlga_analysis.read.pdf import read_pdf

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    widths, top, height = (150, 150, 150), 700, 30
    cells = [["Area", "Activity underway or achieved", "Recommendations"],
             ["Area 1", "6. Spans two columns", None], ["Area 2", "7. Done.", "8. That it be."]]
    for r, row in enumerate(cells):
        x = 50
        for k, text in enumerate(row):
            if text is None:
                continue
            span = 2 if k + 1 < len(row) and row[k + 1] is None else 1
            width = sum(widths[k:k + span])
            c.rect(x, top - height * (r + 1), width, height)  # each cell its own rectangle
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
            c.drawString(x + 4, top - height * (r + 1) + 12, text)
            x += width
    c.showPage()
    c.save()
    (table,) = read_pdf(buffer.getvalue()).tables()
    assert table.header_text == ["Area", "Activity underway or achieved", "Recommendations"]
    assert [[cell.text for cell in row] for row in table.rows] == [
        ["Area 1", "Spans two columns", ""], ["Area 2", "Done.", "That it be."]]
    assert table.rows[0][1].blocks[0].number == "6"


def test_pdf_word_split_in_a_narrow_cell_is_one_word_only_with_evidence():
    """A word too long for its cell is broken with no hyphen ("Recomm" / "endation"); it is
    one word again when the document prints it whole elsewhere, and noted. A break between
    two words ("every" / "council") and a split word the document never prints whole stay
    as they are."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph as RLParagraph
    from reportlab.platypus import SimpleDocTemplate, TableStyle
    from reportlab.platypus import Table as RLTable

    from wlga_analysis.read.pdf import read_pdf

    style = getSampleStyleSheet()["Normal"]
    cells = [["No.", "Recommendation", "Lead"],
             ["1", "That every council publishes its plans.", "Welsh Government"],
             ["2", "That councils agree interoperability standards.", "WLGA"]]
    data = [[RLParagraph(text, style) for text in row] for row in cells]
    table = RLTable(data, colWidths=[30, 62, 62])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    buffer = io.BytesIO()
    intro = RLParagraph("Each recommendation names the Welsh Government or the WLGA.", style)
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([intro, table])
    model = read_pdf(buffer.getvalue())
    (only,) = model.tables()
    raw = [[c.text for c in row] for row in only.rows]
    assert only.header_text == ["No.", "Recommendation", "Lead"]
    assert raw[0] == ["1", "That every council publishes its plans.", "Welsh Government"]
    # "interoperability" is printed nowhere whole: the break stays a space
    assert raw[1][1].replace(" ", "") == "Thatcouncilsagreeinteroperabilitystandards."
    assert raw[1][1] != "That councils agree interoperability standards."
    joined = [note.text for note in model.notes if note.kind == "word joined"]
    assert joined and all(text.endswith("-> Recommendation") or text.endswith("-> Government")
                          for text in joined), joined


def test_word_text_inside_hyperlinks_and_tracked_insertions_is_kept():
    """A paragraph's text includes its hyperlinks' and tracked insertions' runs, in reading
    order; deleted text (tracked changes) is not text; a tab and a line break are white
    space, a page break nothing; bold is the run's own, else its character style's."""
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    paragraph = document.add_paragraph("6. The guidance is on the ")
    paragraph._p.append(parse_xml(
        f'<w:hyperlink {w}><w:r><w:rPr><w:b/></w:rPr><w:t>WLGA website</w:t></w:r>'
        f'</w:hyperlink>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {w} w:id="1" w:author="A"><w:r><w:t xml:space="preserve"> and the'
        f'</w:t><w:tab/><w:t>portal</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(
        f'<w:del {w} w:id="2" w:author="A"><w:r><w:delText> (withdrawn)</w:delText></w:r>'
        f'</w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:r {w}><w:br w:type="page"/><w:t>.</w:t><w:br/><w:t>Next line.</w:t></w:r>'))
    buffer = io.BytesIO()
    document.save(buffer)
    (block,) = read_docx(buffer.getvalue()).blocks
    assert isinstance(block, Paragraph) and block.number == "6"
    assert block.text.text == "The guidance is on the WLGA website and the portal. Next line."
    assert [block.text.text[a:b] for a, b in block.text.bold] == ["WLGA website"]


@pytest.mark.parametrize("page", [
    '<p><span class="num">3.1</span>Guidance was published.</p>',
    '<div><span><span class="num">3.1</span>Guidance was published.</span></div>',
    '<div class="para"><span><strong>3.1</strong>Guidance was published.</span></div>'])
def test_a_paragraph_number_in_an_element_of_its_own_is_spaced_at_any_depth(page):
    # a CMS prints "3.1" in a span spaced from the text by CSS; inside a <div> and a
    # further <span> it was read "3.1Guidance", no numbered paragraph
    (block,) = read_html(f"<html><body><main>{page}</main></body></html>").blocks
    assert (type(block).__name__, block.number, block.text.text) == (
        "ListItem", "3.1", "Guidance was published.")
