"""Hard-wrapped text and Markdown (pandoc's default of 72 columns, e-mails and plain-text
exports): a document whose paragraphs and items are broken over lines of a fixed width
reads as the same document with one line a paragraph.

Each test document of other layouts (written for earlier corpora's families, with their
own readings) is wrapped at 72 columns by :func:`wlga_analysis.testing.restyle.hard_wrap`,
and must give the same tables as the document itself: the same items (texts, sections,
statuses, quarters, partners), grants and priorities, or the same recommendations and
areas. Before this reader, a wrapped line starting with a capital ("... written with the
Centre for Governance and" / "Scrutiny. It draws ...") cut a paragraph in two.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.read.text import read_text_lines
from wlga_analysis.read.wrapped_lines import is_hard_wrapped, starts_a_block
from wlga_analysis.testing.restyle import hard_wrap, read_as_lists, restyled_copy

DATA = Path(__file__).parent / "data"

PROGRAMME = ["eval16/prog16a/workforce-wales-news.md", "eval14/prog14a/housing-delivery-plan.md",
             "eval15/prog15a/corporate-plan-cabinet-report.md",
             "eval13/prog13b/workforce-annual-review.txt",
             "improvement-programme-2021-22-january-update.txt",
             "eval17/prog17b/education-business-plan-q2.md"]  # (its colour key wraps)
RECOMMENDATIONS = ["eval15/rec15a/inspection-education-services.md",
                   "eval14/rec14a/consultants-report.md", "prose/digital-task-and-finish-2024.txt",
                   "eval16/rec16b/school-transport-response.md",
                   "eval15/rec15b/library-opening-hours.txt"]


def _wrapped_copy(tmp_path: Path, name: str) -> tuple[Path, Path]:
    path = restyled_copy(DATA / name, tmp_path, hard_wrap)
    assert is_hard_wrapped(path.read_text(encoding="utf-8").splitlines())
    return DATA / name, path



@pytest.mark.parametrize("name", PROGRAMME)
def test_a_wrapped_programme_update_reads_as_the_update(tmp_path, name):
    source, wrapped = _wrapped_copy(tmp_path, name)
    want = read_as_lists(source, "programme")
    assert want[0], "the test document has items"
    assert read_as_lists(wrapped, "programme") == want


@pytest.mark.parametrize("name", RECOMMENDATIONS)
def test_a_wrapped_recommendations_paper_reads_as_the_paper(tmp_path, name):
    source, wrapped = _wrapped_copy(tmp_path, name)
    want = read_as_lists(source, "recommendations")
    assert want[0], "the test document has recommendations"
    assert read_as_lists(wrapped, "recommendations") == want


def test_a_wrapped_paragraph_is_one_block_whatever_its_lines_start_with():
    lines = ["In July, the WLGA published a good practice guide for scrutiny chairs,",
             "written with the Centre for Governance and Scrutiny and tested with",
             "Four councils. It is free to download from the website of the WLGA.", "",
             "**Lead body:** WLGA with Data Cymru and the Society of Welsh Treasurers  ",
             "**Status:** Green", "",
             "A second paragraph, short.",
             "Its next line is a paragraph of its own, as its own line is short.",
             "The third line of the file is long enough to be wrapped by any program."]
    blocks = read_text_lines(lines).blocks
    assert [b.text.text[:24] for b in blocks] == [
        "In July, the WLGA publis", "Lead body: WLGA with Dat", "Status: Green",
        "A second paragraph, shor", "Its next line is a parag"]
    assert blocks[0].text.text.endswith("Four councils. It is free to download from the "
                                        "website of the WLGA.")


def test_the_shipped_documents_and_files_of_long_lines_are_not_hard_wrapped():
    raw = Path(__file__).parents[1] / "data" / "raw"
    for name in ("improvement-programme-2021-22-update.txt",
                 "working-group-recommendations.txt"):
        lines = (raw / name).read_text(encoding="utf-8").splitlines()
        assert not is_hard_wrapped(lines), name
    short = ["Purpose", "", "1. To update Members.", "", "- a bullet", "- another bullet"]
    assert not is_hard_wrapped(short)


@pytest.mark.parametrize(("line", "starts"), [
    ("- a bullet", True), ("3. Workforce", True), ("3.1 Networks", True), ("(b) Finance", True),
    ("## Heading", True), ("| a | b |", True), ("Status: Green", True),
    ("**Lead body:** WLGA", True), ("48 members took part.", False),
    ("Councils in November 2025, with the National Cyber Security Centre.", False),
    ("and so on", False)])
def test_which_lines_start_a_block_of_their_own(line, starts):
    assert starts_a_block(line) is starts
