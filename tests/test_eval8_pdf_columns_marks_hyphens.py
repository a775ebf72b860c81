"""PDF layouts the eighth evaluation corpus showed, in documents written for these tests (the
asserted values are the careful reader's reading):

- a page set in **two columns** (a two-column slide: "What we've done" left, "We recommend"
  right; a newsletter-style page) is read left column first, then right. Before: each line
  joined the two columns' lines printed on its baseline;
- a **raised footnote mark** after a word ("Youth centres¹") stays on its line. Before: it
  was a line of its own, splitting the area's name;
- a word the typesetter **hyphenated** at a line end ("authori-" / "ties") is one word when
  the document prints it whole elsewhere; a compound ("self-" / "assessment") keeps its
  hyphen.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly


def _slide_pdf() -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(960, 540))
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(480, 300, "Play Panel: Update to Council")
    c.setFont("Helvetica", 18)
    c.drawCentredString(480, 250, "WLGA Council | 4 March 2026")
    c.showPage()
    c.setFont("Helvetica-Bold", 28)
    c.drawString(40, 470, "Area 1: School grounds")
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=20, leading=24)
    bullet = ParagraphStyle("b", fontName="Helvetica", fontSize=16, leading=20, leftIndent=18,
                            spaceAfter=8)
    columns = (("What we've done", ["Grounds opened after school at 30 schools in the "
                                    "autumn term (Complete)",
                                    "A lending library of play kit is being set up in two "
                                    "regions (In progress)"]),
               ("We recommend", ["R1 That councils open school grounds in the holidays "
                                 "– Lead: LG",
                                 "R2 That Welsh Government updates the play guidance by "
                                 "the end of Q2 – Lead: WG"]))
    for (title, items), x0 in zip(columns, (40, 500), strict=True):
        story = [Paragraph(title, head)] + [Paragraph(t, bullet, bulletText="•") for t in items]
        Frame(x0, 60, 420, 390).addFromList(story, c)
    c.setFont("Helvetica", 9)
    c.drawRightString(930, 22, "WLGA | 2")
    c.showPage()
    c.save()
    return buffer.getvalue()


@pytest.fixture(scope="module")
def slide(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval8pdf") / "panel.pdf"
    path.write_bytes(_slide_pdf())
    return path


def test_a_two_column_slide_is_read_column_by_column(slide):
    areas = quietly(load_areas, slide)
    assert areas["area"].tolist() == ["School grounds"]
    recs = quietly(load_recommendations, slide)
    assert recs["rec_id"].tolist() == [1, 2]
    assert recs["text"].str[:30].tolist() == ["That councils open school grou",
                                              "That Welsh Government updates "]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WG"]]
    acts = quietly(load_activities, slide)
    assert acts["status"].tolist() == ["Complete", "In progress"]
    assert acts["text"].str.startswith(("Grounds opened", "A lending library")).all()


def _marks_and_hyphens_pdf() -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("j", fontName="Helvetica", fontSize=10, leading=13, alignment=4,
                          embeddedHyphenation=1, spaceAfter=10)
    story = [Paragraph("Local authorities have asked for a single guide.", body),
             Paragraph("Youth centres<super>1</super> stay open in the evenings in most "
                       "local authori\u00adties and the self-\u00adassessment is done.", body)]
    buffer = io.BytesIO()
    # a column just wide enough to break the line inside "authorities"
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=72, rightMargin=A4[0] - 72 - 278
                      ).build(story)
    return buffer.getvalue()


def test_raised_marks_stay_on_their_line_and_hyphenated_words_are_joined():
    from wlga_analysis.read.pdf import read_pdf

    texts = [b.text.text for b in read_pdf(_marks_and_hyphens_pdf()).blocks]
    assert texts[0] == "Local authorities have asked for a single guide."
    assert texts[1].startswith("Youth centres\u00b9 stay open in the evenings")
    assert "local authorities and" in texts[1]
    assert "self-assessment" in texts[1]


def test_a_title_wrapped_on_three_lines_is_a_heading():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from wlga_analysis.read.model import Heading
    from wlga_analysis.read.pdf import read_pdf

    title = ("Welsh Government response to the Economy Committee report on the future of "
             "town centres in Wales")
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=72, rightMargin=190).build([
        Paragraph(title, ParagraphStyle("t", fontName="Helvetica-Bold", fontSize=18,
                                        leading=22, spaceAfter=12)),
        Paragraph("The Welsh Government thanks the Committee for its report.",
                  ParagraphStyle("b", fontName="Helvetica", fontSize=10, leading=13))])
    first = read_pdf(buffer.getvalue()).blocks[0]
    assert isinstance(first, Heading)
    assert first.text.text == title
