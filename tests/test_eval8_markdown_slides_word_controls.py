"""Layouts the eighth evaluation corpus showed, in documents written for these tests (the
asserted values are the careful reader's reading):

- Markdown **setext headings** (a title over ``====``, a heading over ``----``: pandoc's
  default) and a **Marp slide deck** (YAML front matter, ``---`` slide breaks, ``<!-- -->``
  directives and speaker notes, a "We recommend" label over "R1 ..." bullets). Before: the
  underlines were text (no heading: a ParseError, or the title lost) and the front matter was
  read as the first paragraph (no title);
- Word **block-level content controls** (``w:sdt`` around a paragraph) and **text boxes**
  (``wps:txbx`` with a VML fallback repeating the text). Before: their paragraphs were
  dropped with no issue.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly

SETEXT = """Play Sufficiency Task Group: Recommendations
============================================

Date: 11 February 2026

Area 1: Play spaces
-------------------

Recommendation 1. That councils publish a map of their play spaces. (WLGA)

Area 2: Play workforce
----------------------

Recommendation 2. That Welsh Government funds playwork apprenticeships. (WG)
"""

DECK = """---
marp: true
paginate: true
footer: 'Play Panel'
---

<!-- _class: lead -->

# Play Panel: Update to Council

WLGA Council | 4 March 2026

---

<!-- _class: divider -->

# Theme 1: Places to play

---

## Area 1: School grounds

### What we've done

- Grounds opened after school at 30 schools (Complete)

### We recommend

- R1 That councils open school grounds in the holidays – Lead: LG
- R2 That Welsh Government updates the play guidance – Lead: WG

<!-- Speaker notes: thank the school business managers. -->
"""


@pytest.fixture(scope="module")
def md_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval8md")
    (folder / "setext.md").write_text(SETEXT, encoding="utf-8")
    (folder / "deck.md").write_text(DECK, encoding="utf-8")
    return folder


def test_setext_headings_are_headings(md_files):
    from wlga_analysis.metadata import load_metadata

    path = md_files / "setext.md"
    meta = quietly(load_metadata, path, kind="recommendations")
    assert meta["title"] == "Play Sufficiency Task Group: Recommendations"
    areas = quietly(load_areas, path)
    assert areas["area"].tolist() == ["Play spaces", "Play workforce"]
    assert "---" not in " ".join(areas["remit"].fillna(""))
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2]
    assert recs["area_id"].tolist() == [1, 2]
    assert [list(o) for o in recs["owners"]] == [["WLGA"], ["WG"]]


def test_a_marp_deck_front_matter_slides_and_we_recommend(md_files):
    from wlga_analysis.metadata import load_metadata

    path = md_files / "deck.md"
    meta = quietly(load_metadata, path, kind="recommendations")
    assert meta["title"] == "Play Panel: Update to Council"
    assert meta["date"].isoformat() == "2026-03-04"
    areas = quietly(load_areas, path)
    assert areas[["area", "theme"]].values.tolist() == [["School grounds", "Places to play"]]
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WG"]]
    acts = quietly(load_activities, path)
    assert acts["text"].tolist() == ["Grounds opened after school at 30 schools (Complete)"]
    assert acts["status"].tolist() == ["Complete"]


def test_line_rules_for_underlines_rules_and_comments():
    from wlga_analysis.read.text_lines import read_line_run

    blocks, notes = read_line_run(["Title", "=====", "", "- an item", "", "***", "",
                                   "<!-- a note", "still hidden -->", "Text after."], 1)
    assert [(type(b).__name__, b.text.text) for b in blocks] == [
        ("Heading", "Title"), ("ListItem", "an item"), ("Paragraph", "Text after.")]
    assert blocks[0].level == 1
    assert {n.kind for n in notes} >= {"rule", "comment"}


# --------------------------------------------------------------------------- Word
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _textbox(ident: int, lines: list[str]) -> str:
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>' for t in lines)
    return (f'<w:r xmlns:w="{W}" '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
            'xmlns:v="urn:schemas-microsoft-com:vml">'
            '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            f'<wp:docPr id="{ident}" name="Text Box {ident}"/><a:graphic><a:graphicData '
            'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>'
            f'<w:pict><v:shape><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def _word_file() -> bytes:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    title = d.add_heading("Play Panel: Recommendations", level=1)
    sdt = parse_xml(f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="Title"/></w:sdtPr>'
                    '<w:sdtContent/></w:sdt>')
    title._p.addprevious(sdt)
    sdt[1].append(title._p)  # the title inside a content control
    d.add_paragraph("Date: 4 March 2026")
    d.add_heading("Area 1: School grounds", level=2)
    anchor = d.add_paragraph()
    anchor._p.append(parse_xml(_textbox(1, ["What we've done",
                                            "• Grounds opened after school at 30 schools "
                                            "(Complete)"])))
    anchor._p.append(parse_xml(_textbox(2, ["We recommend",
                                            "• R1 That councils open school grounds in the "
                                            "holidays – Lead: LG"])))
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def test_word_content_controls_and_text_boxes_are_read_once(tmp_path):
    from wlga_analysis.metadata import load_metadata
    from wlga_analysis.read.docx import read_docx

    data = _word_file()
    texts = [b.text.text for b in read_docx(data).blocks]
    assert texts[0] == "Play Panel: Recommendations"
    assert texts.count("We recommend") == 1  # the VML fallback is not read again
    path = tmp_path / "panel.docx"
    path.write_bytes(data)
    assert quietly(load_metadata, path, kind="recommendations")["title"] == \
        "Play Panel: Recommendations"
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1]
    assert [list(o) for o in recs["owners"]] == [["LG"]]
    acts = quietly(load_activities, path)
    assert acts["status"].tolist() == ["Complete"]


def _manual_headings_file() -> bytes:
    import docx
    from docx.shared import Pt

    d = docx.Document()

    def big(text: str, size: int) -> None:
        run = d.add_paragraph().add_run(text)
        run.bold, run.font.size = True, Pt(size)

    big("Library Services Task Group: Recommendations", 26)  # typed by hand, no style
    d.add_paragraph("Date: 9 March 2026")
    big("Area 1: Opening hours", 18)
    big("We recommend", 15)
    d.add_paragraph("R1 That councils publish opening hours in one place – Lead: LG",
                    style="List Bullet")
    d.add_paragraph("Library Services Task Group, March 2026 | 2")  # a converted footer
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def test_word_headings_set_by_hand_and_exact_blocks(tmp_path):
    from wlga_analysis.metadata import load_metadata

    path = tmp_path / "library.docx"
    path.write_bytes(_manual_headings_file())
    assert quietly(load_metadata, path, kind="recommendations")["title"] == \
        "Library Services Task Group: Recommendations"
    assert quietly(load_areas, path)["area"].tolist() == ["Opening hours"]
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1]
    assert [list(o) for o in recs["owners"]] == [["LG"]]  # the paragraph below is not joined
