"""Programme papers with legal numbering, 1 / 1.1 / 1.1.1, in every published form: a
layout the eleventh evaluation corpus showed (an Executive Board report whose level-2
numbers are topic headings and whose level-3 paragraphs are the items).

Before, the text form Word saves ("3.1.1<TAB>The ...") and the PDF (numbers in a hanging
indent, the paper's date "12 March 2025" read as chapter 12) ended in a ParseError ("no
numbered paragraphs"), the web page (nested ``<ol>`` numbered by CSS counters only) in
another ("no 'Progress Update' heading"), and the Word file (real multi-level numbering)
kept only the first item of each topic, glued to the topic's heading.

The document is written for the test (its own programme, dates and wording); the asserted
values are the careful reader's reading.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.programme import load_grants, load_priorities, load_programme
from wlga_analysis.read.html import read_html
from wlga_analysis.testing import quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

TITLE = "Workforce and Skills Programme 2024-25: Progress Report"
PRIORITIES = ["Apprenticeships in councils", "Leadership development",
              "Recruitment and retention"]
#: (number, text) of the paragraphs of the frame sections, and their (a)-(c) list
FRAME = [
    ("1", "Purpose", [("1.1", "To report progress on the programme at the end of February "
                              "2025.", [])]),
    ("2", "Background", [
        ("2.1", "The programme is funded by the Welsh Government and delivered with "
                "councils' human resources teams.", []),
        ("2.2", "The priorities for 2024-25 are:", PRIORITIES)]),
    # (a paragraph "2.3 ..." after the list is still read as one more priority, in every
    # form: the lead engineer's, with the status key paragraph "2.3 Key: ...")
]
#: chapter, name, topics (name, items)
PROGRESS = [
    ("3", "Apprenticeships", [
        ("Shared apprenticeship scheme", [
            "Forty apprentices joined the shared scheme in September 2024.",
            "A second intake is being planned with Careers Wales for January 2025."]),
        ("Degree apprenticeships", [
            "Two universities have agreed to offer a degree apprenticeship in digital "
            "services."])]),
    ("4", "Leadership development", [
        ("Senior leaders", [
            "A programme for chief executives started in October 2024.",
            "Coaching for new directors will be offered from April 2025."]),
        ("Middle managers", [
            "Regional workshops for middle managers run until March 2025."])]),
]
TAIL = [
    ("5", "Funding", [("5.1", "The Welsh Government has confirmed a grant of £250,000 for "
                              "2024-25.", [])]),
    ("6", "Recommendation", [("6.1", "That the Board notes progress.", [])]),
]

#: paragraph, topic, text, quarter_label
READING = [
    [3, "Shared apprenticeship scheme",
     "Forty apprentices joined the shared scheme in September 2024.", "2024-25 Q2"],
    [3, "Shared apprenticeship scheme",
     "A second intake is being planned with Careers Wales for January 2025.", "2024-25 Q4"],
    [3, "Degree apprenticeships", "Two universities have agreed to offer a degree "
     "apprenticeship in digital services.", None],
    [4, "Senior leaders", "A programme for chief executives started in October 2024.",
     "2024-25 Q3"],
    [4, "Senior leaders", "Coaching for new directors will be offered from April 2025.",
     "2025-26 Q1"],
    [4, "Middle managers", "Regional workshops for middle managers run until March 2025.",
     "2024-25 Q4"],
]


def _outline() -> list[tuple[int, str, str]]:
    """(level, number, text) of every numbered paragraph, in order; level 3 is (a)-(c)."""
    out: list[tuple[int, str, str]] = []
    for number, name, paragraphs in FRAME:
        out.append((0, number, name))
        for pno, text, listed in paragraphs:
            out.append((1, pno, text))
            out.extend((3, f"({'abc'[k]})", p) for k, p in enumerate(listed))
    for number, name, topics in PROGRESS:
        out.append((0, number, name))
        for t, (topic, items) in enumerate(topics, 1):
            out.append((1, f"{number}.{t}", topic))
            out.extend((2, f"{number}.{t}.{k}", text) for k, text in enumerate(items, 1))
    for number, name, paragraphs in TAIL:
        out.append((0, number, name))
        out.extend((1, pno, text) for pno, text, _ in paragraphs)
    return out


FRONT = ["Welsh Local Government Association", "WLGA EXECUTIVE BOARD", "12 March 2025", TITLE,
         "Report of the Director of Workforce"]


def _plain_text(separator: str) -> str:
    """Word's "Save as plain text": number, separator, text; list items indented."""
    lines: list[str] = []
    for line in FRONT:
        lines += [line, ""]
    for level, number, text in _outline():
        indent = separator if level == 3 else ""
        lines += [f"{indent}{number}{separator}{text}", "" if level != 3 else None]
    return "\n".join(x for x in lines if x is not None) + "\n"


def _full_stops() -> str:
    """Every number with a full stop ("3.", "3.1.", "3.1.1."), as a converter prints them."""
    lines: list[str] = []
    for line in FRONT:
        lines += [line, ""]
    for level, number, text in _outline():
        lines += [f"   {number} {text}"] if level == 3 else [f"{number}. {text}", ""]
    return "\n".join(lines) + "\n"


def _markdown() -> str:
    """Chapters and topics as Markdown headings with their numbers ("## 3 Name",
    "### 3.1 Topic"), the paragraphs numbered in their text."""
    topics = {f"{n}.{t}" for n, _, tp in PROGRESS for t in range(1, len(tp) + 1)}
    lines: list[str] = []
    for line in FRONT:
        lines += [line, ""]
    for level, number, text in _outline():
        mark = "## " if level == 0 else "### " if number in topics else \
            "- " if level == 3 else ""
        lines += [f"{mark}{number} {text}"] + ([] if level == 3 else [""])
    return "\n".join(lines) + "\n"


def _html() -> str:
    """Nested ``<ol>`` inside ``<section>``s, the numbers made by CSS counters only."""
    css = ("ol.legal{counter-reset:c1;list-style:none}ol.legal>li{counter-increment:c1}"
           "ol.legal>li>section>h2::before{content:counter(c1) \"  \"}"
           "ol.legal ol{counter-reset:c2;list-style:none}ol.legal ol>li{counter-increment:c2}"
           "ol.legal ol>li::before{content:counter(c1) \".\" counter(c2) \"  \"}"
           "ol.legal ol ol{counter-reset:c3}ol.legal ol ol>li{counter-increment:c3}"
           "ol.legal ol ol>li::before{content:counter(c1) \".\" counter(c2) \".\" "
           "counter(c3) \"  \"}ol.letters{list-style-type:lower-alpha}")
    h = [f"<html><head><style>{css}</style></head><body><main>",
         "<p>WLGA Executive Board</p>", f"<h1>{TITLE}</h1>",
         "<p><time datetime=\"2025-03-12\">12 March 2025</time></p>",
         "<p>Report of the Director of Workforce</p>", '<ol class="legal">']
    for number, name, paragraphs in FRAME + TAIL:
        h.append(f"<li><section><h2>{name}</h2><ol>")
        for _pno, text, listed in paragraphs:
            sub = "".join(f"<li>{p}</li>" for p in listed)
            h.append(f"<li><p>{text}</p>" + (f'<ol class="letters">{sub}</ol>' if sub else "")
                     + "</li>")
        h.append("</ol></section></li>")
        if number == "2":
            for _n, chapter, topics in PROGRESS:
                h.append(f"<li><section><h2>{chapter}</h2><ol>")
                for topic, items in topics:
                    h.append(f"<li><h3>{topic}</h3><ol>"
                             + "".join(f"<li>{t}</li>" for t in items) + "</ol></li>")
                h.append("</ol></section></li>")
    h.append("</ol></main></body></html>")
    return "\n".join(h)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx() -> bytes:
    """Word's multi-level list numbering the headings (Heading 1, Heading 2) and the items
    (List Paragraph): lvlText "%1", "%1.%2", "%1.%2.%3", "(%4)"; no number in the text."""
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:suff w:val="tab"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{567 * (i + 1)}" w:hanging="567"/></w:pPr></w:lvl>'
        for i, (fmt, text) in enumerate((("decimal", "%1"), ("decimal", "%1.%2"),
                                         ("decimal", "%1.%2.%3"), ("lowerLetter", "(%4)"))))
    root = document.part.numbering_part.element
    abstract = parse_xml(f'<w:abstractNum xmlns:w="{_W}" w:abstractNumId="77">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    first = root.find(f"{{{_W}}}num")
    if first is not None:
        first.addprevious(abstract)
    else:
        root.append(abstract)
    root.append(parse_xml(f'<w:num xmlns:w="{_W}" w:numId="77"><w:abstractNumId w:val="77"/>'
                          "</w:num>"))
    for line in FRONT:
        document.add_paragraph(line)
    chapter_of = {n for n, _, _ in FRAME + PROGRESS + TAIL}
    topic_of = {f"{n}.{t}" for n, _, topics in PROGRESS for t in range(1, len(topics) + 1)}
    for level, number, text in _outline():
        style = "Heading 1" if number in chapter_of and level == 0 else \
            "Heading 2" if number in topic_of else "List Paragraph"
        paragraph = document.add_paragraph(text, style=style)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr xmlns:w="{_W}"><w:ilvl w:val="{level}"/><w:numId w:val="77"/>'
            "</w:numPr>"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf() -> bytes:
    """The numbers printed in a hanging indent (reportlab's bullet), page numbers below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    buffer = io.BytesIO()
    story = [Paragraph(line, ParagraphStyle("f", fontSize=11, leading=14, spaceAfter=8))
             for line in FRONT]
    for level, number, text in _outline():
        indent = [0, 42, 42, 70][level]
        style = ParagraphStyle(f"l{level}", fontSize=12 if level == 0 else 10, leading=14,
                               leftIndent=indent + 42, bulletIndent=indent, spaceAfter=6,
                               fontName="Helvetica-Bold" if level == 0 else "Helvetica")
        story.append(Paragraph(text, style, bulletText=number))
    story.append(Spacer(1, 12))
    SimpleDocTemplate(buffer, pagesize=A4).build(
        story, onFirstPage=lambda c, d: c.drawString(280, 20, "1"))
    return buffer.getvalue()


FORMS = {
    "txt-tab": lambda tmp: _write(tmp, _plain_text("\t"), "legal.txt"),
    "txt-spaces": lambda tmp: _write(tmp, _plain_text("  "), "legal.txt"),
    "txt-full-stops": lambda tmp: _write(tmp, _full_stops(), "legal.txt"),
    "md": lambda tmp: _write(tmp, _markdown(), "legal.md"),
    "html": lambda tmp: _write(tmp, _html(), "legal.html"),
}


def _path(tmp_path, form: str):
    if form in FORMS:
        return FORMS[form](tmp_path)
    path = tmp_path / f"legal.{form}"
    path.write_bytes(_docx() if form == "docx" else _pdf())
    return path


@pytest.mark.parametrize("form", ["txt-tab", "txt-spaces", "txt-full-stops", "md", "html",
                                  "docx", "pdf"])
def test_legal_numbering_gives_level_three_items_under_their_topic(tmp_path, form):
    path = _path(tmp_path, form)
    prog = quietly(load_programme, path)
    got = [[p, t, x, q if q == q else None] for p, t, x, q in _rows(
        prog, "paragraph", "topic", "text", "quarter_label")]
    assert got == READING
    assert prog["item_id"].tolist() == ["3.1.1", "3.1.2", "3.2.1", "4.1.1", "4.1.2", "4.2.1"]
    assert quietly(load_priorities, path)["priority"].tolist() == PRIORITIES
    assert _rows(quietly(load_grants, path), "amount_gbp", "financial_year") == [
        [250000, "2024-25"]]


def test_a_css_counter_page_numbers_its_lists_from_their_nesting():
    model = read_html(_html())
    numbered = [(type(b).__name__, b.number, b.text.text[:20]) for b in model.blocks
                if getattr(b, "number", None)][:9]
    assert numbered == [
        ("Heading", "1", "Purpose"), ("ListItem", "1.1", "To report progress o"),
        ("Heading", "2", "Background"), ("ListItem", "2.1", "The programme is fun"),
        ("ListItem", "2.2", "The priorities for 2"), ("ListItem", "a", "Apprenticeships in c"),
        ("ListItem", "b", "Leadership developme"), ("ListItem", "c", "Recruitment and rete"),
        ("Heading", "3", "Apprenticeships")]
    topic = next(b for b in model.blocks if b.text.text == "Shared apprenticeship scheme")
    assert (type(topic).__name__, topic.number) == ("Heading", "3.1")


def test_a_symbol_or_bullet_opening_a_css_numbered_item_stays_in_its_text():
    page = ('<style>ol ol>li::before{content:counter(a) "." counter(b)}</style><main><ol>'
            '<li><h2>Progress</h2><ol><li><span aria-label="On track">\u25cf</span> A plan.'
            '</li></ol></li></ol></main>')
    item = read_html(page).blocks[1]
    assert (item.number, item.text.text) == ("1.1", "\u25cf A plan.")


def test_a_page_without_counters_keeps_its_list_numbers():
    page = "<main><ol><li><p>First</p><ol><li>Inner</li></ol></li></ol></main>"
    assert [(b.number, b.text.text) for b in read_html(page).blocks] == [
        ("1", "First"), ("1", "Inner")]


def test_a_two_column_table_of_numbered_rows_stays_a_table(tmp_path):
    from wlga_analysis.read.model import Table
    from wlga_analysis.read.text import read_text_lines

    model = read_text_lines(("Ref\tAction", "1.1\tPublish the guide.", "1.2\tHold a seminar."))
    assert [type(b).__name__ for b in model.blocks] == ["Table"]
    assert len(next(b for b in model.blocks if isinstance(b, Table)).rows) == 2


def test_a_numbered_paragraph_after_an_unfinished_list_item_starts_its_own_block():
    from wlga_analysis.read.text_lines import read_line_run

    blocks, _ = read_line_run(["2.2 The priorities are:", " - (a) Scrutiny",
                               "2.3 Key: done; planned."], 1)
    assert [b.text.text for b in blocks] == [
        "2.2 The priorities are:", "(a) Scrutiny", "2.3 Key: done; planned."]


def test_a_byline_gives_the_papers_date(tmp_path):
    from wlga_analysis.metadata import load_metadata

    page = _html().replace(
        '<p><time datetime="2025-03-12">12 March 2025</time></p>\n'
        "<p>Report of the Director of Workforce</p>",
        '<p><time datetime="2025-03-12">12 March 2025</time> \u00b7 Report of the Director '
        "of Workforce</p>")
    path = _write(tmp_path, page, "byline.html")
    meta = quietly(load_metadata, path, "programme")
    assert (str(meta["date"]), meta["title"]) == ("2025-03-12", TITLE)
    assert len(quietly(load_programme, path)) == len(READING)


def test_word_numbered_items_starting_in_lower_case_stay_items(tmp_path):
    """The text form a Word file's numbering is printed as ("3." and "3.1." headings, the
    items indented "3.1.1 ..."), its items in lower case with no closing punctuation: each
    is its own item, never the end of the one before."""
    text = "\n".join([
        "SKILLS PROGRAMME UPDATE", "", "12 March 2025", "",
        "1. Purpose", "", " 1.1 To report progress.", "",
        "2. Apprenticeships", "", "2.1. Shared scheme", "",
        "  2.1.1 forty apprentices joined in September 2024",
        "  2.1.2 a second intake is planned for January 2025", "",
        "2.2. Degree apprenticeships", "",
        "  2.2.1 two universities will offer places from April 2025", "",
        "3. Recommendation", "", " 3.1 That the Board notes progress.", ""])
    prog = quietly(load_programme, _write(tmp_path, text, "skills.txt"))
    assert _rows(prog, "item_id", "topic", "quarter_label") == [
        ["2.1.1", "Shared scheme", "2024-25 Q2"], ["2.1.2", "Shared scheme", "2024-25 Q4"],
        ["2.2.1", "Degree apprenticeships", "2025-26 Q1"]]


def test_a_page_numbering_with_counters_of_every_level_reads_the_same(tmp_path):
    """``counters(item, ".")``, the other way a style sheet prints "3.1.1"."""
    import re

    page = re.sub(r"[^{}]*::before\{content:[^{}]*\}", "", _html())
    page = page.replace("</style>", 'ol.legal li::before{content:counters(item, ".") " "}'
                                    "</style>")
    assert '"." counter(' not in page
    prog = quietly(load_programme, _write(tmp_path, page, "counters.html"))
    assert prog["item_id"].tolist() == ["3.1.1", "3.1.2", "3.2.1", "4.1.1", "4.1.2", "4.2.1"]
