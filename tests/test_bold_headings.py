"""Headings printed in bold: papers typed with no heading styles (a Markdown file whose
headings are ``**...**`` lines, a Word file whose headings are bold body text) read as the
same papers with their headings marked.

Each test document of other layouts (written for earlier corpora's families, with their
own readings) is printed with its headings in bold by
:func:`wlga_analysis.testing.restyle.headings_in_bold` ("## 3. Local priorities" ->
"**3. Local priorities**", "### Areas for consideration" -> "**Areas for consideration**")
and must give the same tables. A bold line of the cover (a council's name, a committee and
its date, a letter's subject) or a signature stays as printed, and a paper that marks its
headings keeps its bold lines as labels.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.read.bold_headings import bold_headings, unbold_numbered
from wlga_analysis.read.model import Heading, Paragraph
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.recommendations import parse_recommendations
from wlga_analysis.testing.restyle import headings_in_bold, read_as_lists, restyled_copy

DATA = Path(__file__).parent / "data"

PROGRAMME = ["markdown/programme-numbered-headings.md", "markdown/programme-all-tables.md",
             "programme_general/rag-table-grants-table.md",
             "eval14/prog14b/waste-highlight-report.md", "grants/per-year-grants-2024-25.md"]
RECOMMENDATIONS = ["eval16/rec16b/school-transport-response.md",
                   "eval15/rec15a/inspection-education-services.md",
                   "eval14/rec14b/committee-council-tax.md",
                   "markdown/recommendations-theme-headings.md"]


def _bold_copy(tmp_path: Path, name: str) -> tuple[Path, Path]:
    return DATA / name, restyled_copy(DATA / name, tmp_path, headings_in_bold)


def _quiet(parse, path: Path, kind: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return parse(read_document(path, kind))


@pytest.mark.parametrize("name", PROGRAMME)
def test_a_programme_update_with_its_headings_in_bold_reads_as_the_update(tmp_path, name):
    source, bold = _bold_copy(tmp_path, name)
    want = read_as_lists(source, "programme")
    assert want[0], "the test document has items"
    assert read_as_lists(bold, "programme") == want


@pytest.mark.parametrize("name", RECOMMENDATIONS)
def test_a_paper_with_its_headings_in_bold_reads_as_the_paper(tmp_path, name):
    source, bold = _bold_copy(tmp_path, name)
    want = read_as_lists(source, "recommendations")
    assert want[0], "the test document has recommendations"
    assert read_as_lists(bold, "recommendations") == want


def test_cover_lines_signatures_and_labels_in_bold_stay_as_printed():
    lines = ["# Waste services: a joint scrutiny review", "",
             "**North Wales Joint Scrutiny Panel**  ",
             "**Report to the six councils: 4 February 2026**", "",
             "The panel reviewed household waste services in the six councils in 2025.", "",
             "**Kerbside collections**", "",
             "Councils should trial three-weekly collections in two wards each.", "",
             "**Re: the booking system**", "", "The WLGA should share its review.", "",
             "**Councillor Rhys Evans**", "Chair, North Wales Joint Scrutiny Panel"]
    blocks = read_text_lines(lines).blocks
    heads = [b.text.text for b in blocks if isinstance(b, Heading)]
    assert heads == ["Waste services: a joint scrutiny review", "Kerbside collections"]
    marked = ["## Kerbside collections" if line == "**Kerbside collections**" else line
              for line in lines]
    marked_heads = [b.text.text for b in read_text_lines(marked).blocks
                    if isinstance(b, Heading)]
    assert marked_heads == ["Waste services: a joint scrutiny review", "Kerbside collections"]
    # in a paper that marks its headings, a bold line is a label, not a heading
    labelled = [*marked, "", "**Completed**", "", "- The guide was published."]
    assert "Completed" not in [b.text.text for b in read_text_lines(labelled).blocks
                               if isinstance(b, Heading)]


def test_a_word_file_with_bold_body_text_as_headings(tmp_path):
    """A Word file typed with no heading styles: its bold paragraphs (at body size) are
    the headings of its areas."""
    import docx

    document = docx.Document()
    document.add_heading("Libraries in Gwent: a joint scrutiny review", 0)
    document.add_paragraph().add_run("Gwent Joint Scrutiny Panel").bold = True
    document.add_paragraph("The panel reviewed the library services of the five councils "
                           "between September 2025 and February 2026.")
    for head, asks in (("Opening hours", ["Councils should keep every branch open on "
                                          "Saturday mornings."]),
                       ("Digital services", ["The Welsh Government should fund laptops for "
                                             "loan in the largest branches."])):
        document.add_paragraph().add_run(head).bold = True
        document.add_paragraph("We recommend that:")
        for ask in asks:
            document.add_paragraph(ask, style="List Bullet")
    path = tmp_path / "libraries.docx"
    document.save(path)
    got = _quiet(parse_recommendations, path, "recommendations")
    assert got.areas["area"].tolist() == ["Opening hours", "Digital services"]
    assert [list(o) for o in got.recommendations["owners"]] == [["LG"], ["WG"]]


def test_a_numbered_heading_in_bold_is_the_numbered_heading():
    assert unbold_numbered("**3.1 Networks**") == "## 3.1 Networks"
    assert unbold_numbered("**Recommendation 1.** The council should act.") == \
        "**Recommendation 1.** The council should act."
    blocks = read_text_lines(["**2. Digital**", "The team met twice in May."]).blocks
    assert [(type(b).__name__, b.number, b.text.text) for b in blocks] == [
        ("Paragraph", "2", "Digital"), ("Paragraph", None, "The team met twice in May.")]
    assert bold_headings([Paragraph(blocks[1].text, None, blocks[1].location)], None) == (
        [Paragraph(blocks[1].text, None, blocks[1].location)], [])
