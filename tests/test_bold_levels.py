"""Heading levels of headings printed as bold paragraphs (web pages and Word files).

Two test documents, of other titles, years and owners than the corpora, print every
heading but the title as a bold paragraph (``<p><strong>...</strong></p>``):

- ``youth-work-plan-bold.html``: a programme update whose workstreams ("Strand 1: ...")
  sit under "Progress against the plan", each over its table of actions (with a
  ``<caption>``);
- ``youth-provision-recommendations-bold.html``: a paper of recommendation cards: numbered
  chapters ("1. Youth centres"), "Recommendation N" under each, and the card's labels
  ("Recommendation", "Lead", "Progress update") in bold in every card.

Their Word twins (Normal paragraphs whose runs are bold, built here from the pages) must
read the same. The readings are written out below.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.read.bold_levels import (
    heading_levels,
    published_bold_headings,
    repeated_labels,
)
from wlga_analysis.read.model import Heading, Inline, ListItem, Location, Paragraph, Table

DATA = Path(__file__).parent / "data" / "bold_levels"
PLAN = DATA / "youth-work-plan-bold.html"
PAPER = DATA / "youth-provision-recommendations-bold.html"

PLAN_ITEMS = [
    (1, "Publish a professional learning framework for youth workers", "done"),
    (1, "Run three regional conferences for youth work managers", "in progress"),
    (1, "Agree a common induction for new part-time youth workers", "at risk"),
    (2, "Test a shared booking platform for youth clubs in four councils", "in progress"),
    (2, "Publish guidance on safe online youth work", "planned"),
]
PAPER_AREAS = ["Youth centres", "Outreach and detached youth work"]
PAPER_RECS = [
    ("1", "Youth centres", ["WG"]),
    ("2", "Youth centres", ["LG"]),
    ("3", "Outreach and detached youth work", ["WG", "WLGA"]),
    ("4", "Outreach and detached youth work", ["LG"]),
]


def _word_twin(page: Path, tmp_path: Path) -> Path:
    """The page typed in Word with no heading styles: its title in the Title style, every
    other heading a Normal paragraph whose runs are bold, its lists and tables as printed."""
    import docx

    from wlga_analysis.read.detect import read_bytes

    model = read_bytes(page.read_bytes(), page)
    document = docx.Document()
    for block in model.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text.text, 0)
        elif isinstance(block, ListItem):
            document.add_paragraph(block.text.text, style="List Bullet")
        elif isinstance(block, Paragraph):
            number = f"{block.number}. " if block.number else ""
            document.add_paragraph().add_run(number + block.text.text).bold = \
                block.text.is_bold()
        elif isinstance(block, Table):
            rows = (block.header, *block.rows)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell.text
    path = tmp_path / (page.stem + ".docx")
    document.save(path)
    return path


def _forms(tmp_path: Path, page: Path) -> list[Path]:
    return [page, _word_twin(page, tmp_path)]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_programme_update_with_bold_headings_reads_its_workstreams(tmp_path, form):
    path = _forms(tmp_path, PLAN)[form == "docx"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        items = wa.load_programme(path)
        priorities = wa.load_priorities(path)
        grants = wa.load_grants(path)
    got = [(int(p), t, s) for p, t, s in zip(items["paragraph"], items["text"],
                                             items["status"], strict=True)]
    assert got == PLAN_ITEMS
    assert priorities["priority"].tolist() == ["Workforce development", "Digital youth work"]
    assert grants["amount_gbp"].tolist() == [180000]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_paper_of_bold_cards_reads_its_chapters_and_recommendations(tmp_path, form):
    path = _forms(tmp_path, PAPER)[form == "docx"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        areas = wa.load_areas(path)
        recs = wa.load_recommendations(path)
        activities = wa.load_activities(path)
    assert areas["area"].tolist() == PAPER_AREAS
    assert [(str(r), a, sorted(o)) for r, a, o in zip(
        recs["rec_id"], recs["area"], recs["owners"], strict=True)] == PAPER_RECS
    assert recs["text"].tolist()[0] == ("The Welsh Government should publish a ten-year "
                                        "plan for youth centre buildings.")
    assert activities["area_id"].tolist() == [1, 1, 2, 2]


def test_the_page_reads_as_the_same_page_with_its_headings_marked(tmp_path):
    """The bold page and the page with <h2>/<h3> read the same (levels and all)."""
    headed = tmp_path / "headed.html"
    text = PLAN.read_text(encoding="utf-8")
    for head in ("Summary", "Priorities for 2027-28", "Progress against the plan", "Funding"):
        text = text.replace(f"<p><strong>{head}</strong></p>", f"<h2>{head}</h2>")
    for head in ("Strand 1: Workforce development", "Strand 2: Digital youth work"):
        text = text.replace(f"<p><strong>{head}</strong></p>", f"<h3>{head}</h3>")
    headed.write_text(text, encoding="utf-8")
    from wlga_analysis.read.bold_headings import with_bold_headings
    from wlga_analysis.read.detect import read_bytes

    def heads(path: Path) -> list[tuple[str, int]]:
        model = with_bold_headings(read_bytes(path.read_bytes(), path))
        return [(b.text.text, b.level) for b in model.blocks if isinstance(b, Heading)]

    assert heads(PLAN) == heads(headed) == [
        ("Youth Work Support Programme 2027-28: position at the end of Quarter 3", 1),
        ("Summary", 2), ("Priorities for 2027-28", 2), ("Progress against the plan", 2),
        ("Strand 1: Workforce development", 3), ("Strand 2: Digital youth work", 3),
        ("Funding", 2)]


def _bold(text: str, number: str | None = None) -> Paragraph:
    return Paragraph(Inline(text, ((0, len(text)),)), number, Location(1))


_PROSE = Paragraph(Inline("The board met four times and agreed the plan in the spring."))


def _levels(blocks: list) -> list[tuple[str, int]]:
    out, _ = published_bold_headings(blocks)
    return [(b.text.text, b.level) for b in out if isinstance(b, Heading)]


def test_printed_numbers_give_the_levels():
    blocks = [Heading(Inline("Leisure services review"), 1), _PROSE,
              _bold("Summary"), _PROSE, _bold("Findings", "2"), _PROSE,
              _bold("Swimming pools", "2.1"), _PROSE, _bold("Opening hours", "2.1.1"),
              _PROSE, _bold("Next steps", "3"), _PROSE]
    assert _levels(blocks) == [("Leisure services review", 1), ("Summary", 2),
                               ("Findings", 2), ("Swimming pools", 3),
                               ("Opening hours", 4), ("Next steps", 2)]


def test_part_and_section_stand_above_unnumbered_headings():
    blocks = [_PROSE, _bold("Part 1: The review"), _PROSE, _bold("Background"), _PROSE,
              _bold("Part 2: Findings"), _PROSE, _bold("Libraries"), _PROSE]
    assert _levels(blocks) == [("Part 1: The review", 2), ("Background", 3),
                               ("Part 2: Findings", 2), ("Libraries", 3)]


def test_a_bold_title_opening_the_document_is_its_title():
    blocks = [_bold("Coastal erosion: a joint review"), _PROSE, _bold("Sea defences"),
              _PROSE, _bold("Funding"), _PROSE]
    assert _levels(blocks) == [("Coastal erosion: a joint review", 1), ("Sea defences", 2),
                               ("Funding", 2)]


def test_a_bold_title_over_a_bold_subtitle_is_the_title():
    blocks = [_bold("Playgrounds in Powys: what children told us"),
              _bold("Report of the 2026 play sufficiency survey"), _PROSE,
              _bold("Equipment"), _PROSE]
    assert _levels(blocks) == [("Playgrounds in Powys: what children told us", 1),
                               ("Equipment", 2)]


def test_a_bare_label_over_a_bold_title_stays_on_the_cover():
    blocks = [_bold("Annex B"), _bold("Library opening hours: a tracker of the panel's asks"),
              _PROSE, _bold("Branch libraries"), _PROSE]
    assert _levels(blocks) == [("Library opening hours: a tracker of the panel's asks", 1),
                               ("Branch libraries", 2)]


def test_bold_outline_numbered_items_over_their_sub_items_are_headings():
    def item(number: str, text: str, bold: bool = False) -> ListItem:
        return ListItem(Inline(text, ((0, len(text)),) if bold else ()), number, "number",
                        number, number.count("."), Location(1))

    blocks = [Heading(Inline("Member support programme 2026-27"), 1),
              item("1", "Purpose", True), item("1.1", "To report progress at Quarter 2."),
              item("2", "Councillor induction", True), item("2.1", "Induction", True),
              item("2.1.1", "The e-learning modules were refreshed in May."),
              item("3", "Publish the guide", True), item("4", "Hold the seminar", True)]
    assert _levels(blocks) == [("Member support programme 2026-27", 1), ("Purpose", 2),
                               ("Councillor induction", 2), ("Induction", 3)]


def test_a_bold_line_over_another_is_its_parent():
    blocks = [_PROSE, _bold("Our findings"), _bold("Staffing"), _PROSE, _bold("Premises"),
              _PROSE, _bold("What happens next"), _bold("Timetable"), _PROSE]
    assert _levels(blocks) == [("Our findings", 2), ("Staffing", 3), ("Premises", 3),
                               ("What happens next", 2), ("Timetable", 3)]


def test_a_real_heading_stands_over_the_bold_ones_below_it():
    blocks = [_PROSE, Heading(Inline("Recommendations"), 2), _PROSE, _bold("Transport"),
              _PROSE, _bold("Housing"), _PROSE]
    assert _levels(blocks) == [("Recommendations", 2), ("Transport", 3), ("Housing", 3)]


def test_a_bold_series_over_tables_under_marked_chapters_is_read_below_them():
    """A Word file whose chapters are Heading 1 and whose themes are bold lines over
    their tables: the themes sit under the chapter; an exhibit's caption stays."""
    table = Table((), ())
    blocks = [Heading(Inline("Budget planning review"), 1), _PROSE,
              Heading(Inline("4. Recommendations"), 1), _PROSE,
              _bold("Theme 1: Long-term plans"), table, _bold("Theme 2: Consultation"), table,
              _bold("Exhibit 1: savings by year"), table, _bold("Exhibit 2: reserves"), table]
    assert _levels(blocks) == [("Budget planning review", 1), ("4. Recommendations", 1),
                               ("Theme 1: Long-term plans", 2), ("Theme 2: Consultation", 2)]


def test_repeated_lines_and_lead_ins_stay_labels():
    blocks = [_PROSE, _bold("Recommendation 1"), _PROSE, _bold("Backed by 81% of members"),
              _PROSE, _bold("Recommendation 2"), _PROSE, _bold("Backed by 64% of members"),
              _PROSE, _bold("Our response:"), _PROSE]
    assert _levels(blocks) == [("Recommendation 1", 2), ("Recommendation 2", 2)]
    assert repeated_labels(blocks, [1, 3, 5, 7]) == {3, 7}


def test_a_page_that_marks_its_headings_keeps_its_other_bold_lines():
    blocks = [Heading(Inline("Title"), 1), _PROSE, Heading(Inline("Areas"), 2),
              _bold("Transport"), _PROSE]
    assert published_bold_headings(blocks) == (blocks, [])
    assert heading_levels(blocks, []) == {}
