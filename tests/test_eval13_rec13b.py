"""A response to a review's recommendations with an action table under each (the family of
the thirteenth evaluation corpus's rec13b, a council's response to its Panel Performance
Assessment), in documents written for these tests in other publishers' manner (the asserted
values are the careful reader's reading, written before the code ran):

- **Markdown** (an audit committee's management response to an Audit Wales review): topic
  headings, each recommendation a Markdown list item numbered on across the headings,
  "Management response: Agreed", an explanation, and a pipe table ``Action ref | What we
  will do | Responsible officer | Target date`` with refs "1.1", "1.2";
- **Word** (a peer review response): Word's own list numbering (style "List Number", no
  number typed) that a second numbering instance **restarts** at 1 after an opening list
  ("Purpose": 1, 2), running on across Heading 3 topics and tables; "Response: Accepted in
  part"; action tables ``No. | Action to be taken | Owner | Deadline`` with refs "1(a)";
- **Word's "Save as plain text"**: a numbered paragraph "2.<TAB>..." printed under a table
  of four tab-separated columns is a paragraph, not the table's row (a row of two cells
  above it keeps it in the table, as before).

Before: a ParseError in every form.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendation_owners,
    load_recommendations,
    load_recommendations_notes,
)
from wlga_analysis.testing import quietly, table_rows

AUDIT_MD = """# Newport City Council: management response to the Audit Wales digital review

Audit Committee, 12 March 2026

## Background

Audit Wales reviewed the Council's digital strategy in the autumn of 2025.

## Data and systems

1. The Council should agree a single data standard for all of its services.

Management response: Agreed

A draft standard exists and will be consulted on.

| Action ref | What we will do | Responsible officer | Target date |
| --- | --- | --- | --- |
| 1.1 | Consult services on the draft data standard. | Head of Digital | June 2026 |
| 1.2 | Adopt the data standard at Cabinet. | Head of Digital | September 2026 |

2. The Council and Cardiff Capital Region Corporate Joint Committee should share one \
address register.

Management response: Partially agreed

| Action ref | What we will do | Responsible officer | Target date |
| --- | --- | --- | --- |
| 2.1 | Ask the Corporate Joint Committee to host the register. | Chief Digital Officer | \
May 2026 |

## Skills

3. The Council should train every manager in the use of data.

Management response: Not agreed

Training is already part of the management programme.

| Action ref | What we will do | Responsible officer | Target date |
| --- | --- | --- | --- |
| 3.1 | Report manager training figures to the Audit Committee. | Head of People | Annual |
"""

PLAIN_TEXT = "\r\n".join([
    "Torfaen County Borough Council", "", "Response to the scrutiny review of libraries", "",
    "Opening hours", "",
    "1.\tThe Council should open its libraries on Saturday afternoons.", "",
    "Our response: Accepted", "",
    "Ref\tAction\tBy when",
    "1a\tOpen two libraries on Saturday afternoons as a trial.\tMay 2026", "",
    "2.\tThe Council should publish each library's opening hours online.", "",
    "Our response: Accepted", "",
    "Ref\tAction\tBy when",
    "2a\tAdd opening hours to the library pages.\tApril 2026", "",
    "Glossary", "",
    "Ref\tMeaning",
    "1.1\tA reference to an action.", "",
])


@pytest.fixture(scope="module")
def audit_md(tmp_path_factory):
    path = tmp_path_factory.mktemp("rec13b") / "management-response.md"
    path.write_text(AUDIT_MD, encoding="utf-8")
    return path


def _numbered(doc, text: str, num_id: int) -> None:
    """A "List Number" paragraph numbered by instance ``num_id``, level 0."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = doc.add_paragraph(text, style="List Number")
    num_pr = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        num_pr.append(el)
    p._p.get_or_add_pPr().append(num_pr)


def _restarted_instance(doc) -> tuple[int, int]:
    """The List Number style's numbering instance, and a new instance of the same abstract
    definition whose level 0 restarts at 1 (``lvlOverride/startOverride``), as Word writes
    "Restart at 1"."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    style = doc.styles["List Number"].element
    num_id = int(style.pPr.numPr.numId.val)
    numbering = doc.part.numbering_part.element
    num = next(n for n in numbering.findall(qn("w:num")) if int(n.get(qn("w:numId"))) == num_id)
    abstract = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    new = OxmlElement("w:num")
    new.set(qn("w:numId"), str(new_id))
    ab = OxmlElement("w:abstractNumId")
    ab.set(qn("w:val"), abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    new.extend([ab, override])
    numbering.append(new)
    return num_id, new_id


def _action_table(doc, rows: list[tuple[str, str, str, str]]) -> None:
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("No.", "Action to be taken", "Owner",
                                                "Deadline"), strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text


@pytest.fixture(scope="module")
def peer_docx(tmp_path_factory):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    first, restarted = _restarted_instance(doc)
    doc.add_heading("Conwy County Borough Council: response to the peer review of planning",
                    level=1)
    doc.add_paragraph("Planning Committee, 4 February 2026")
    doc.add_heading("Purpose", level=2)
    _numbered(doc, "To note the peer review's findings.", first)
    _numbered(doc, "To agree the action plan below.", first)
    doc.add_heading("The peer review's recommendations", level=2)
    doc.add_heading("Pre-application advice", level=3)
    _numbered(doc, "The Council should publish its pre-application charges.", restarted)
    doc.add_paragraph("Response: Accepted")
    doc.add_paragraph("The charges were agreed in 2025 but never published.")
    _action_table(doc, [("1(a)", "Publish the charges on the planning pages.",
                         "Development Manager", "March 2026"),
                        ("1(b)", "Review the charges each year.", "Development Manager",
                         "Annually")])
    _numbered(doc, "The Council should answer every pre-application request within 30 days.",
              restarted)
    doc.add_paragraph("Response: Accepted in part")
    doc.add_paragraph("A 30-day target is agreed for householder requests only.")
    _action_table(doc, [("2(a)", "Set a 30-day target for householder requests.",
                         "Head of Planning", "April 2026")])
    doc.add_heading("Enforcement", level=3)
    _numbered(doc, "The Council and Natural Resources Wales should agree a joint enforcement "
              "protocol.", restarted)
    doc.add_paragraph("Response: Not accepted")
    doc.add_paragraph("A protocol agreed in 2023 is still in force.")
    _action_table(doc, [("3(a)", "Raise the review's view with Natural Resources Wales.",
                         "Head of Planning", "July 2026")])
    doc.add_heading("Next steps", level=2)
    doc.add_paragraph("The committee will receive a progress report in September 2026.")
    buffer = io.BytesIO()
    doc.save(buffer)
    path = tmp_path_factory.mktemp("rec13b") / "peer-review-response.docx"
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture(scope="module")
def plain_text(tmp_path_factory):
    path = tmp_path_factory.mktemp("rec13b") / "libraries-response.txt"
    path.write_bytes(PLAIN_TEXT.encode("utf-8"))
    return path


# -- Markdown: management response to Audit Wales -------------------------------------------
def test_markdown_response_areas_are_the_topic_headings(audit_md):
    areas = quietly(load_areas, audit_md)
    assert table_rows(areas, "area_id", "area") == [[1, "Data and systems"], [2, "Skills"]]


def test_markdown_response_recommendations_numbered_across_headings(audit_md):
    recs = quietly(load_recommendations, audit_md)
    assert table_rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG"]],
        [2, 1, ["LG", "Cardiff Capital Region Corporate Joint Committee"]],
        [3, 2, ["LG"]]]
    assert recs["text"].tolist() == [
        "The Council should agree a single data standard for all of its services.",
        "The Council and Cardiff Capital Region Corporate Joint Committee should share one "
        "address register.",
        "The Council should train every manager in the use of data."]
    assert recs["response"].tolist() == ["Agreed", "Partially agreed", "Not agreed"]
    assert recs["explanation"].fillna("").tolist() == [
        "A draft standard exists and will be consulted on.", "",
        "Training is already part of the management programme."]
    owners = quietly(load_recommendation_owners, audit_md)
    assert len(owners) == 4


def test_markdown_response_activities_are_the_action_rows(audit_md):
    acts = quietly(load_activities, audit_md)
    assert table_rows(acts, "activity_no", "activity_label", "area_id") == [
        [1, "1.1", 1], [1, "1.2", 1], [2, "2.1", 1], [3, "3.1", 2]]
    assert acts["text"].tolist() == [
        "Consult services on the draft data standard.", "Adopt the data standard at Cabinet.",
        "Ask the Corporate Joint Committee to host the register.",
        "Report manager training figures to the Audit Committee."]


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def test_markdown_response_loses_no_word(audit_md):
    """Every word of the document is in some output table (the officers and dates of the
    action rows, the background, in the notes)."""
    words = {w.casefold() for w in _WORD.findall(AUDIT_MD.replace("|", " "))}
    out: set[str] = set()
    for loader in (load_areas, load_recommendations, load_activities,
                   load_recommendations_notes):
        frame = quietly(loader, audit_md)
        for column in frame.columns:
            out |= {w.casefold() for w in _WORD.findall(column.replace("_", " "))}
            for value in frame[column]:
                for v in value if isinstance(value, list) else [value]:
                    if isinstance(v, str):
                        out |= {w.casefold() for w in _WORD.findall(v)}
    header = {"action", "ref", "what", "we", "will", "do", "responsible", "officer", "target",
              "date"}
    assert sorted(words - out - header) == []


# -- Word: list numbering restarted by a second instance ------------------------------------
def test_word_list_numbers_restart_with_a_new_instance_and_run_on_across_headings(peer_docx):
    from wlga_analysis.read import read_model
    from wlga_analysis.read.model import Paragraph

    numbered = [(b.number, b.text.text[:12]) for b in read_model(peer_docx).blocks
                if isinstance(b, Paragraph) and b.number]
    assert numbered == [("1", "To note the "), ("2", "To agree the"), ("1", "The Council "),
                        ("2", "The Council "), ("3", "The Council ")]


def test_word_response_reads_recommendations_and_actions(peer_docx):
    areas = quietly(load_areas, peer_docx)
    assert table_rows(areas, "area_id", "area") == [[1, "Pre-application advice"],
                                                    [2, "Enforcement"]]
    recs = quietly(load_recommendations, peer_docx)
    assert table_rows(recs, "rec_id", "area_id", "owners", "response") == [
        [1, 1, ["LG"], "Accepted"], [2, 1, ["LG"], "Accepted in part"],
        [3, 2, ["LG", "Natural Resources Wales"], "Not accepted"]]
    acts = quietly(load_activities, peer_docx)
    assert table_rows(acts, "activity_no", "activity_label", "area_id", "text") == [
        [1, "1(a)", 1, "Publish the charges on the planning pages."],
        [1, "1(b)", 1, "Review the charges each year."],
        [2, "2(a)", 1, "Set a 30-day target for householder requests."],
        [3, "3(a)", 2, "Raise the review's view with Natural Resources Wales."]]
    notes = quietly(load_recommendations_notes, peer_docx)["text"].tolist()
    assert "1. To note the peer review's findings." in notes
    assert "Next steps" in notes


# -- Word's plain text: a numbered paragraph under a table of more than two columns ----------
def test_plain_text_numbered_paragraph_under_a_wide_table_is_no_row(plain_text):
    from wlga_analysis.read import read_model
    from wlga_analysis.read.model import Paragraph, Table

    blocks = read_model(plain_text).blocks
    assert [(b.number, b.text.text[:20]) for b in blocks
            if isinstance(b, Paragraph) and b.number] == [
        ("1", "The Council should o"), ("2", "The Council should p")]
    tables = [b for b in blocks if isinstance(b, Table)]
    assert [len(t.rows) for t in tables] == [1, 1, 1]
    assert [c.text for c in tables[-1].rows[0]] == ["1.1", "A reference to an action."]


def test_plain_text_response_reads_without_a_joined_row(plain_text):
    from wlga_analysis.testing import parse_issues

    recs = quietly(load_recommendations, plain_text)
    assert table_rows(recs, "rec_id", "area_id", "owners") == [[1, 1, ["LG"]],
                                                                [2, 1, ["LG"]]]
    acts = quietly(load_activities, plain_text)
    assert table_rows(acts, "activity_label", "text") == [
        ["1a", "Open two libraries on Saturday afternoons as a trial."],
        ["2a", "Add opening hours to the library pages."]]
    assert "recommendation in a table" not in {i.check for i in parse_issues(plain_text)}


def test_a_response_without_action_tables_is_left_to_the_prose_reader(tmp_path):
    """A numbered recommendation with a response line but no action table is not this
    layout (the prose reader's written response reads it, as before)."""
    from wlga_analysis.documents import read_document
    from wlga_analysis.interpret.recommendations.owners import load_owners
    from wlga_analysis.interpret.recommendations.response_actions import read_response_actions

    path = Path(tmp_path) / "r.md"
    path.write_text("# Response\n\n## Roads\n\n1. The Council should fix roads.\n\n"
                    "Our response: Accepted\n", encoding="utf-8")
    assert read_response_actions(read_document(path, "recommendations"), load_owners()) is None


def test_a_first_heading_over_recommendations_is_an_area_not_the_title(tmp_path):
    """With no title heading, the first heading is the first area's (the title is the plain
    line above it)."""
    from wlga_analysis.recommendations import recommendations_metadata

    text = "\n".join([
        "Response to the internal audit of procurement", "",
        "## Contracts", "",
        "1. The Council should keep one register of its contracts.", "",
        "Our response: Accepted", "",
        "| Ref | Action | Lead | By when |", "| --- | --- | --- | --- |",
        "| 1a | Merge the two registers. | Head of Procurement | June 2026 |", ""])
    path = Path(tmp_path) / "audit.md"
    path.write_text(text, encoding="utf-8")
    assert table_rows(quietly(load_areas, path), "area_id", "area") == [[1, "Contracts"]]
    assert quietly(recommendations_metadata, path)["title"] == (
        "Response to the internal audit of procurement")


def test_an_action_table_with_no_ref_column_numbers_its_actions_by_the_recommendation(
        tmp_path):
    text = "\n".join([
        "# Response to the Audit Wales review of workforce planning", "",
        "## Workforce", "",
        "1. The Council should publish a workforce plan.", "",
        "The Council's response: Accepted", "",
        "| Action | Officer | Due |", "| --- | --- | --- |",
        "| Draft the plan. | Head of HR | May 2026 |", ""])
    path = Path(tmp_path) / "workforce.md"
    path.write_text(text, encoding="utf-8")
    recs = quietly(load_recommendations, path)
    assert table_rows(recs, "rec_id", "response", "owners") == [[1, "Accepted", ["LG"]]]
    acts = quietly(load_activities, path)
    assert table_rows(acts, "activity_no", "text") == [[1, "Draft the plan."]]
    assert "activity_label" not in acts.columns
    notes = quietly(load_recommendations_notes, path)["text"].tolist()
    assert "1: Officer: Head of HR; Due: May 2026" in notes
