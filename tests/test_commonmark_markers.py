"""Other list markers: CommonMark's ``+ item`` bullets and ``1)`` numbers, and the bullets
of word processors.

Markdown allows a bullet to be printed ``-``, ``*`` or ``+`` and a number ``1.`` or ``1)``;
pandoc, Word's "save as plain text" and e-mail programs use all of them, and text copied
from Word keeps its arrows, diamonds and dots ("➔", "❖", "⦁"; "Ø" where Wingdings' arrow
lost its font). Each test document
of other layouts (written for earlier corpora's families, with their own readings) is
restyled by :mod:`wlga_analysis.testing.restyle` and must give the same tables as the
document itself. Before this change a ``+`` bullet was a paragraph (an annual report with
"+   We published ..." lists read no item at all) and a ``1)`` paragraph was no numbered
paragraph (an Ombudsman's report numbered ``1)`` .. ``17)`` raised a ``ParseError``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.read.markers import parse_marker
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.testing.restyle import (
    bullets_as,
    paren_numbers,
    read_as_lists,
    restyled_copy,
)

DATA = Path(__file__).parent / "data"

PLUS = [("programme", "eval16/prog16b/corporate-commitments-pandoc.md"),
        ("programme", "period_headings/partnership-year.md"),
        ("programme", "priority_lead_in/workforce-update.txt"),
        ("programme", "programme_general/group-headings-bracket-tags.txt"),
        ("recommendations", "eval16/rec16a/letter-bus-services.md"),
        ("recommendations", "prose/regional-transport-2025.md")]
PAREN = [("programme", "improvement-programme-2021-22-january-update.txt"),
         ("programme", "eval14/prog14a/housing-delivery-plan.md"),
         ("programme", "eval15/prog15a/improvement-plan-word-plain-text.txt"),
         ("recommendations", "eval15/rec15b/library-opening-hours.txt"),
         ("recommendations", "eval16/rec16b/school-transport-response.md"),
         ("recommendations", "eval18/rec18a/audit-committee-treasury.md")]


def _restyled(tmp_path: Path, name: str, restyle) -> tuple[Path, Path]:
    return DATA / name, restyled_copy(DATA / name, tmp_path, restyle)


def _as_printed_with_dashes(value, bullet: str):
    """A reading with the sub-bullets a recommendation keeps as printed ("including: +
    journeys ...") printed with dashes, as in the document before it was restyled."""
    if isinstance(value, list):
        return [_as_printed_with_dashes(v, bullet) for v in value]
    return value.replace(f" {bullet} ", " - ") if isinstance(value, str) else value


@pytest.mark.parametrize(("kind", "name", "bullet"), [
    *((kind, name, "+") for kind, name in PLUS),
    *((kind, name, bullet) for kind, name in (PLUS[2], PLUS[4]) for bullet in "➔❖⦁►Ø")])
def test_other_bullets_read_as_dash_bullets(tmp_path, kind, name, bullet):
    source, restyled = _restyled(tmp_path, name, lambda text: bullets_as(text, bullet))
    want = read_as_lists(source, kind)
    assert want[0], "the test document has items"
    assert _as_printed_with_dashes(read_as_lists(restyled, kind), bullet) == want


@pytest.mark.parametrize(("kind", "name"), PAREN)
def test_numbers_closed_by_a_bracket_read_as_numbers_with_a_full_stop(tmp_path, kind, name):
    source, restyled = _restyled(tmp_path, name, paren_numbers)
    want = read_as_lists(source, kind)
    assert want[0], "the test document has items"
    assert read_as_lists(restyled, kind) == want


def test_the_model_of_plus_bullets_and_bracketed_numbers():
    blocks = read_text_lines(["Purpose", "", "1) To update Members.", "", "2) Progress:",
                              "+ first piece of work", "  + its detail.", "",
                              "+44 29 2046 8600 is a telephone number"]).blocks
    assert [(type(b).__name__, b.number, b.text.text) for b in blocks] == [
        ("Heading", None, "Purpose"), ("Paragraph", "1", "To update Members."),
        ("Paragraph", "2", "Progress:"), ("ListItem", None, "first piece of work"),
        ("ListItem", None, "its detail."),
        ("Paragraph", None, "+44 29 2046 8600 is a telephone number")]
    assert [b.level for b in blocks[3:5]] == [0, 1]
    assert parse_marker("+ item").kind == "bullet"
    assert parse_marker("+44 29 2046 8600") is None
