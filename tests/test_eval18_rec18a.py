"""Recommendations that are the decisions a council cover report asks for (the family of
the eighteenth evaluation corpus's rec18a, a report to Cabinet: "2.1 That Cabinet:" over
roman items "(i) notes ...;", "(ii) approves ...;", then "2.2 That Cabinet recommends to
Council that it:" over a second list restarting at "(i)"), in documents written for these
tests in other councils' manner (the asserted values are the careful reader's reading,
written before the code ran):

- **Markdown** (an Executive report of a county council): a pandoc simple table as the
  cover sheet, "### 1. Recommendations", "1.1 It is recommended that the Executive:" over
  lettered items "(a)" .. "(c)"; "3.1 ... the Wales Audit Office recommended that councils
  ..." and "Sport Wales recommends that councils ..." are no recommendations;
- **Markdown** (a city council's audit committee): a bold "**Recommendations**" label,
  "That the Committee:" over a numbered list "1." "2.", then "Members are asked to:" over
  "a)" "b)";
- **Markdown** (a fees report): "It is recommended that:" over items naming their own
  body ("(a) Cabinet approves ...", "(b) Council notes ..."), then "That Cabinet is asked
  to:" over "i." "ii.";
- **a web page** (a WLGA Executive Board paper): "2.1 Members are asked to:" over an
  ``<ol type="i">`` that types no numerals; the members are the WLGA's (its head names the
  WLGA and no council): owner WLGA;
- **Word** (a county borough council's report to Council, built here): "That Council:"
  over real Word numbering, lowerLetter "(%1)" in numbering.xml, then "That Council
  notes that Cabinet recommends that it:" restarting at "(a)".

Owners: the meeting that decides (Cabinet, Council, a committee of the council, its
members) is the council, code LG; a known body the item says the work is done with follows
("... with Data Cymru and the WLGA" -> LG, WLGA). The area: the data contract gives every
recommendation an area; a report whose decisions stand under its "Recommendations" section
has that section as its one area (the report's title heading over its numbered sections
is the paper's, no area); the corpus's reading has none (``null``).

Before: every document here raised ParseError or lost the lists ("That Cabinet:" was no
lead-in: the lead-in reader needed "recommend"); "It is recommended that the Executive:"
gave the owner "ed that the Executive" (the subject cut inside "recommend|ed").
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
    load_recommendations_notes,
    parse_recommendations,
)
from wlga_analysis.testing import quietly, table_rows

DATA = Path(__file__).parent / "data" / "eval18" / "rec18a"


def _read(path: Path) -> dict:
    return {"areas": quietly(load_areas, path), "recs": quietly(load_recommendations, path),
            "acts": quietly(load_activities, path),
            "notes": quietly(load_recommendations_notes, path)}


@pytest.fixture(scope="module")
def leisure() -> dict:
    return _read(DATA / "executive-leisure-review.md")


@pytest.fixture(scope="module")
def treasury() -> dict:
    return _read(DATA / "audit-committee-treasury.md")


@pytest.fixture(scope="module")
def board() -> dict:
    return _read(DATA / "wlga-board-workforce.html")


# ------------------------------------------------------------------ Word, built here
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _lettered(doc) -> tuple[int, int]:
    """A lowerLetter "(%1)" abstract numbering and two lists of it, the second restarting."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "70")
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "lowerLetter"), ("w:lvlText", "(%1)")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        level.append(element)
    abstract.append(level)
    numbering.insert(0, abstract)
    for num_id, restart in ((71, False), (72, True)):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), "70")
        num.append(ref)
        if restart:
            override = OxmlElement("w:lvlOverride")
            override.set(qn("w:ilvl"), "0")
            start = OxmlElement("w:startOverride")
            start.set(qn("w:val"), "1")
            override.append(start)
            num.append(override)
        numbering.append(num)
    return 71, 72


def _item(doc, text: str, num_id: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    paragraph = doc.add_paragraph(text, style="List Paragraph")
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        numpr.append(element)
    ppr.insert(1, numpr)


_COUNCIL_ITEMS = ("adopts the Local Toilets Strategy 2027-2031;",
                  "agrees the opening hours set out in Appendix B; and",
                  "asks the Chief Executive to report on progress in 2028.")
_CABINET_ITEMS = ("approves a capital budget of £400,000 for 2027-28;",
                  "notes the revenue savings of £35,000 a year.")


@pytest.fixture(scope="module")
def toilets(tmp_path_factory) -> dict:
    import docx

    doc = docx.Document()
    first, second = _lettered(doc)
    doc.add_paragraph("Caerphilly County Borough Council").runs[0].bold = True
    doc.add_heading("Local Toilets Strategy 2027-2031", level=0)
    doc.add_heading("1. Purpose of the report", level=1)
    doc.add_paragraph("1.1\tTo ask Council to adopt the strategy.")
    doc.add_heading("2. Recommendations", level=1)
    doc.add_paragraph("2.1\tThat Council:")
    for text in _COUNCIL_ITEMS:
        _item(doc, text, first)
    doc.add_paragraph("2.2\tThat Council notes that Cabinet recommends that it:")
    for text in _CABINET_ITEMS:
        _item(doc, text, second)
    doc.add_heading("3. Background", level=1)
    doc.add_paragraph("3.1\tThe Public Health (Wales) Act 2017 requires a strategy.")
    buffer = io.BytesIO()
    doc.save(buffer)
    path = tmp_path_factory.mktemp("rec18a") / "council-toilets-strategy.docx"
    path.write_bytes(buffer.getvalue())
    return _read(path)


# ------------------------------------------------------------------ the readings
def test_it_is_recommended_that_the_executive_lettered_items(leisure):
    recs = leisure["recs"]
    assert table_rows(recs, "rec_id", "rec_label", "owners") == [
        [1, "a", ["LG"]], [2, "b", ["LG"]], [3, "c", ["LG", "WLGA"]]]
    assert recs["text"].tolist() == [
        "approves the Leisure Strategy 2027-2032;",
        "notes the results of the public consultation held in spring 2027; and",
        "authorises the Director of Place to agree a data sharing agreement with Data Cymru "
        "and the WLGA."]
    assert table_rows(leisure["areas"], "area_id", "area", "theme") == [
        [1, "Recommendations", ""]]
    assert recs["area"].unique().tolist() == ["Recommendations"]
    assert leisure["acts"].empty


def test_what_others_recommended_is_no_recommendation(leisure):
    texts = " ".join(leisure["recs"]["text"])
    assert "Wales Audit Office" not in texts and "Sport Wales" not in texts
    notes = " ".join(leisure["notes"]["text"])  # (kept: nothing lost)
    assert "Wales Audit Office recommended that councils" in notes
    assert "Sport Wales recommends that councils" in notes


def test_a_pandoc_simple_table_line_is_no_heading(leisure):
    notes = leisure["notes"]
    headings = [*notes.loc[notes["kind"] == "heading", "text"], *leisure["areas"]["area"]]
    assert not any(text.startswith("Portfolio") for text in headings)
    assert "Portfolio: Leisure and Tourism" in notes["text"].tolist()  # (a line, kept)


def test_that_the_committee_and_members_are_asked_to(treasury):
    recs = treasury["recs"]
    assert table_rows(recs, "rec_id", "owners") == [
        [1, ["LG"]], [2, ["LG"]], [1, ["LG"]], [2, ["LG"]]]
    assert recs["rec_label"].tolist() == ["1", "2", "a", "b"]
    assert recs["text"].tolist() == [
        "notes the treasury management activity for the first half of 2026-27;",
        "agrees to recommend the revised prudential indicators to Council.",
        "note the report;", "agree the training plan for members of the Committee."]
    assert table_rows(treasury["areas"], "area", "theme") == [
        ["Treasury management mid-year report 2026-27", ""]]


def test_a_wlga_board_paper_members_are_the_wlga(board):
    recs = board["recs"]
    assert table_rows(recs, "rec_id", "rec_label", "owners") == [
        [1, "i", ["WLGA"]], [2, "ii", ["WLGA"]]]
    assert recs["text"].tolist() == [
        "agree the shared workforce dataset set out in Appendix A;",
        "note the timetable for the first collection in autumn 2027."]
    assert "HR Directors Network" not in " ".join(recs["text"])


def test_word_numbering_that_council_two_lists_restarting(toilets):
    recs = toilets["recs"]
    assert recs["text"].tolist() == [*_COUNCIL_ITEMS, *_CABINET_ITEMS]
    assert recs["rec_label"].tolist() == ["a", "b", "c", "a", "b"]
    assert recs["rec_id"].tolist() == [1, 2, 3, 1, 2]
    assert recs["owners"].tolist() == [["LG"]] * 5
    assert table_rows(toilets["areas"], "area_id", "area") == [[2, "Recommendations"]]


def test_the_reading_is_reported(leisure):
    parsed = parse_recommendations(read_document(DATA / "executive-leisure-review.md",
                                                 "recommendations"))
    assert "read from lead-ins" in {issue.check for issue in parsed.issues}
    assert not any("ed that" in owner for owners in leisure["recs"]["owners"]
                   for owner in owners)


def test_items_naming_their_body_and_that_cabinet_is_asked_to():
    fees = _read(DATA / "cabinet-fees-and-charges.md")
    assert table_rows(fees["recs"], "rec_id", "rec_label", "area", "owners") == [
        [1, "a", "Recommendations", ["LG"]], [2, "b", "Recommendations", ["LG"]],
        [1, "i", "Decision sought", ["LG"]], [2, "ii", "Decision sought", ["LG"]]]
    assert fees["recs"]["text"].tolist()[:2] == [
        "Cabinet approves the fees and charges in Appendix A;",
        "Council notes the income forecast."]
