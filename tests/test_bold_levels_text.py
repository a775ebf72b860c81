"""Heading levels of headings printed as bold lines in Markdown and plain text.

A Markdown or text paper that marks no heading with ``#`` but prints its headings as bold
lines is read as the Word and web-page readers read one (:mod:`wlga_analysis.read.bold_levels`):
a bold line printed again and again ("What we recommend" under each area) is the label of
what follows, not a heading of its own, and the levels come from the numbers, series and
order of the bold lines, not one level for all.

Two test documents (``tests/data/bold_levels``), written for these tests:

- ``community-transport-recommendations.md``: a task group's paper, each area a bold line
  with bold "What we found" / "What we recommend" labels under it, the recommendations
  "**R1** ..." paragraphs; a bold "Next steps" at the end;
- ``community-transport-typed.txt``: the same paper typed as plain text with each bold
  line directly over its text (no blank line), and the labels too.

A careful reader's reading: two areas, "Rural routes" (R1, R2) and "Accessible vehicles"
(R3); "What we found" and "What we recommend" are no areas (sub-headings of each area).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.read.bold_headings import bold_headings
from wlga_analysis.read.model import Heading, Inline, Location, Paragraph

DATA = Path(__file__).parent / "data" / "bold_levels"
PAPERS = [DATA / "community-transport-recommendations.md", DATA / "community-transport-typed.txt"]
AREAS = ["Rural routes", "Accessible vehicles"]
RECS = [("1", "Rural routes", ["WG"]), ("2", "Rural routes", ["LG"]),
        ("3", "Accessible vehicles", ["WLGA", "LG"])]


@pytest.fixture(scope="module", params=PAPERS, ids=lambda p: p.suffix)
def paper(request):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return wa.load_areas(request.param), wa.load_recommendations(request.param)


def test_repeated_bold_labels_are_no_areas(paper):
    areas, _ = paper
    assert areas["area"].tolist() == AREAS


def test_each_recommendation_under_its_area(paper):
    _, recs = paper
    got = [(str(r.rec_id), r.area) for r in recs.itertuples()]
    assert got == [(n, area) for n, area, _ in RECS]
    assert recs["text"].str.startswith("That ").all()


def _bold(text: str, line: int) -> Paragraph:
    return Paragraph(Inline(text, ((0, len(text)),)), None, Location(line))


def test_levels_from_order_not_one_level_for_all():
    """A bold line directly over another is its parent: "Part A" over "Rural routes"
    (levels 2 and 3); the labels printed twice are sub-headings under the heading before
    them (level 4), not headings beside it."""
    prose = "The task group met five times and heard evidence from twelve operators."
    lines = ["x", prose, "**Part A Services**", "**Rural routes**", "Text one here.",
             "**What we recommend**", "R1 That councils act.", "**Accessible vehicles**",
             "Text two here.", "**What we recommend**", "R2 That the WLGA acts."]
    blocks = [Paragraph(Inline("x"), None, Location(1)),
              Paragraph(Inline(prose), None, Location(2)),
              _bold("Part A Services", 3), _bold("Rural routes", 4),
              Paragraph(Inline("Text one here."), None, Location(5)),
              _bold("What we recommend", 6),
              Paragraph(Inline("R1 That councils act."), None, Location(7)),
              _bold("Accessible vehicles", 8),
              Paragraph(Inline("Text two here."), None, Location(9)),
              _bold("What we recommend", 10),
              Paragraph(Inline("R2 That the WLGA acts."), None, Location(11))]
    out, notes = bold_headings(blocks, lines, 1)
    heads = [(b.text.text, b.level) for b in out if isinstance(b, Heading)]
    assert heads == [("Part A Services", 2), ("Rural routes", 3), ("What we recommend", 4),
                     ("Accessible vehicles", 3), ("What we recommend", 4)]
    assert len(notes) == 5 and "label" in notes[2].text
