"""Titled recommendation cards (the twenty-third evaluation corpus's rec23a layout: a
GOV.WALES report page whose recommendations sit in accordions, its Word file, its pandoc
Markdown and its two-column print).

The family: each recommendation prints its number and a short **title** ("Recommendation 3:
Risk-assess routes to pick-up points"), the recommendation itself as a sentence under it,
and then labelled **fields** (an area, who leads, a date) as a definition list, "Label:
value" lines or a shaded block of labels and values. The recommendation's text is the
sentence (the title is kept in ``record_title``), its area the area field, its owners the
lead field; any other field a column of its own. On a web page an accordion's collapsed
panel (``hidden`` until its button opens it) is read, as a reader opens it; other hidden
content is not. In a two-column print a shaded block is read in its own column, its labels
and values as a two-column table (a label wrapped onto two lines is one label).

The documents in ``tests/data/eval23/titled_cards/`` are written for the test, in layouts
of the family that differ from the corpus:

- ``active-travel-accordion.html``: a GOV.UK design-system accordion (a ``<button>`` in an
  ``<h2>``, panels hidden by ``hidden="until-found"``, ``style="display: none"`` and
  ``aria-hidden``), a ``govuk-summary-list`` (``<dl>`` rows in ``<div>`` s) labelled
  "Topic / Owner / Timescale", a fourth recommendation in ``<details>``, en-dash heads, a
  hidden cookie confirmation, a ``<template>`` and a hidden feedback message (not read);
- ``fares-definition-lists.md``: pandoc Markdown, "### Recommendation 1 - title" heads, the
  sentence wrapped over two lines, definition lists "Area of work / Responsible / Deadline";
- ``waste-newsletter-two-column.pdf`` (``make_waste_pdf.py``): a council scrutiny
  newsletter in two columns under a dark masthead, shaded "Area / Owner / Target date"
  blocks ("Target date" wrapping in its column), recommendation 3's block at the top of the
  right column (the masthead's bold council name above the title: no theme).

The asserted values are the careful reader's reading, fixed when the documents were
written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.recommendations.titled_cards import is_title
from wlga_analysis.read import read_model
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval23" / "titled_cards"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


@pytest.fixture(scope="module")
def accordion():
    return _parse("active-travel-accordion.html")


@pytest.fixture(scope="module")
def fares():
    return _parse("fares-definition-lists.md")


@pytest.fixture(scope="module")
def waste():
    return _parse("waste-newsletter-two-column.pdf")


def _owners(parsed) -> list[list[str]]:
    return [sorted(o) for o in parsed.recommendations["owners"]]


def test_accordion_reads_every_panel(accordion):
    recs = accordion.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert recs["text"].tolist() == [
        "Local authorities should map the walking and cycling routes to every rural primary "
        "school and publish the map.",
        "Local authorities should trial school streets outside ten rural schools, with the "
        "Welsh Government paying for the signs.",
        "The Welsh Government should fund cycle racks on the TrawsCymru buses that serve "
        "market towns.",
        "The WLGA and the Welsh Government should agree a standard for secure cycle parking "
        "at rural railway stations.",
    ]
    assert recs["record_title"].tolist() == [
        "Safer routes to rural schools", "School streets", "Bus and bike",
        "Cycle parking at stations"]
    assert recs["area"].tolist() == ["Routes to school", "Routes to school",
                                     "Linking with public transport",
                                     "Linking with public transport"]
    assert _owners(accordion) == [["LG"], ["LG", "WG"], ["WG"], ["WG", "WLGA"]]


def test_accordion_areas_and_unshown_text(accordion):
    assert accordion.areas["area"].tolist() == ["Routes to school",
                                                "Linking with public transport"]
    assert accordion.areas["theme"].tolist() == ["", ""]
    everything = " ".join([*accordion.notes["text"], *accordion.recommendations["text"]])
    assert "Thank you for your feedback" not in everything  # (hidden, no control names it)
    assert "accepted additional cookies" not in everything  # (a closed cookie message)
    assert "Template title" not in everything  # (a <template>)
    assert "Show all sections" not in everything  # (a button of the accordion, shown)
    assert "The panel will report on progress in 2026." in everything


def test_accordion_panels_noted():
    model = read_model(DATA / "active-travel-accordion.html", "recommendations")
    assert [n.kind for n in model.notes].count("accordion opened") == 3


def test_definition_lists(fares):
    recs = fares.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["text"].tolist() == [
        "The Welsh Government should introduce a single flat fare of £1 for every bus "
        "journey made by a young person under 21.",
        "Local authorities should stop charging post-16 learners for seats on school buses "
        "that run with spare seats.",
        "The Welsh Government and the WLGA should agree which evening services young people "
        "need most to reach work and college.",
    ]
    assert recs["area"].tolist() == ["Fares", "Fares", "Rural services"]
    assert _owners(fares) == [["WG"], ["LG"], ["WG", "WLGA"]]
    assert recs["deadline"].tolist() == ["April 2027", "September 2026", "December 2026"]
    assert fares.areas["area"].tolist() == ["Fares", "Rural services"]


def test_two_column_print(waste):
    recs = waste.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert recs["text"].tolist() == [
        "Local authorities should collect food waste every week from flats as well as from "
        "houses.",
        "The Welsh Government should fund a reuse shop at every household waste recycling "
        "centre in Wales.",
        "Local authorities should offer recycling collections to small businesses at cost, "
        "starting with town centres.",
        "The WLGA should publish the contamination rate of each council's dry recycling "
        "every quarter.",
    ]
    assert recs["area"].tolist() == ["Food waste", "Reuse", "Businesses", "Businesses"]
    assert _owners(waste) == [["LG"], ["WG"], ["LG", "WLGA"], ["WLGA"]]
    assert recs["target_date"].tolist() == ["March 2027", "April 2028", "October 2026",
                                            "June 2026"]
    assert waste.areas["theme"].tolist() == ["", "", ""]


def test_a_head_that_is_the_recommendation_is_no_title():
    assert is_title("Risk-assess routes to pick-up points")
    assert not is_title("Councils should share data")
    assert not is_title("That the Welsh Government reviews the thresholds.")
    assert not is_title("We recommend a review")
    assert not is_title(" ".join(["word"] * 13))


def test_bootstrap_accordion_heading_read():
    # a Bootstrap accordion: the panel collapsed by its class (no attribute hides it), its
    # button in the section's heading; a "close" button outside any heading is not read
    from wlga_analysis.read.html import read_html

    page = ('<main><div class="accordion" id="recs"><div class="accordion-item">'
            '<h2 class="accordion-header"><button class="accordion-button collapsed" '
            'type="button" data-bs-toggle="collapse" data-bs-target="#r5" '
            'aria-expanded="false" aria-controls="r5">Recommendation 5: Bus passes</button>'
            '</h2><div id="r5" class="accordion-collapse collapse" data-bs-parent="#recs">'
            '<div class="accordion-body"><p>Councils should accept the youth bus pass on '
            'all routes.</p></div></div></div></div>'
            '<div class="alert"><button type="button" aria-controls="recs" '
            'aria-expanded="true">Close</button></div></main>')
    blocks = read_html(page).blocks
    assert [(type(b).__name__, b.text.text) for b in blocks] == [
        ("Heading", "Recommendation 5: Bus passes"),
        ("Paragraph", "Councils should accept the youth bus pass on all routes.")]
