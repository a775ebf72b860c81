"""Two recommendations families of the twenty-eighth evaluation corpus (rec28a, rec28b).

**A report of numbered paragraphs** (a boundary commission's final recommendations): every
paragraph numbered by its chapter ("4.4"), numbered chapter headings ("4. Northern
Glanmor") the areas, the recommendations the paragraphs the body recommends in ("4.4 We
recommend that ..."), labelled with their numbers as printed; one-row tables of each
proposed ward, draft proposals, representations not accepted and an appendix repeating the
recommendations are notes; the owners the body the report is made to when the report says
it implements it ("submitted to the Welsh Ministers, who may implement ...": WG), else the
subject of the recommended clause ("We recommend that the council ...": LG).

**A regulator's follow-up review**: the earlier report's recommendations in a status table
are not this paper's; its new ones under "New recommendations" (or "Further ...", "Our new
...") sit under sub-headings (the areas, **no theme**: the section title names the
recommendations), and "The Council should ..." is the council (LG).

The documents in ``tests/data/eval28/`` are written for the test, in layouts of the
families the corpus does not print: a commission's web page ("Chapter 2: ...", "The
Commission recommends", "It is recommended that", a lead-in "recommends that:" over
bullets, a report made to a Minister who may give effect to it by order, "Annex A"
repeating; ``boundary_review/afon-community-review-final.html``),
a council's own community review in Markdown (chapters "2 Community of Maesglas", a
contents list, a two-row table, no addressee: owners from "We recommend that the council
..."; ``boundary_review/bro-ddu-community-review.md``), an Audit Wales web page ("Further
recommendations", bold run-ins; ``follow_up_review/caerwen-digital-follow-up.html``) and a
Markdown follow-up ("Our new recommendations", "The Council, with the WLGA, should";
``follow_up_review/tywyn-procurement-follow-up.md``). The asserted values are the careful
reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval28"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


@pytest.fixture(scope="module")
def afon():
    return _parse("boundary_review/afon-community-review-final.html")


@pytest.fixture(scope="module")
def bro_ddu():
    return _parse("boundary_review/bro-ddu-community-review.md")


@pytest.fixture(scope="module")
def caerwen():
    return _parse("follow_up_review/caerwen-digital-follow-up.html")


@pytest.fixture(scope="module")
def tywyn():
    return _parse("follow_up_review/tywyn-procurement-follow-up.md")


def _areas(parse):
    return [(r.area, r.theme or None) for r in parse.areas.itertuples()]


def _recs(parse):
    frame = parse.recommendations
    labels = frame["rec_label"] if "rec_label" in frame else frame["rec_id"].astype(str)
    return [(str(label), r.area, r.text, list(r.owners))
            for label, r in zip(labels, frame.itertuples(), strict=True)]


def test_afon_chapters_and_recommending_paragraphs(afon):
    assert _areas(afon) == [("Number of councillors", None), ("The Upper Valley", None),
                            ("Afon town", None)]
    assert _recs(afon) == [
        ("2.2", "Number of councillors", "The Commission recommends that Afon County "
         "Council should have 38 elected members.", ["WG"]),
        ("3.3", "The Upper Valley", "It is recommended that the communities of Llanfawr and "
         "Cwmdu form the Llanfawr ward, returning one member.", ["WG"]),
        ("3.5", "The Upper Valley", "The Commission recommends that the existing Nantyr ward "
         "be retained, returning two members.", ["WG"]),
        ("3.6", "The Upper Valley", "The Commission also recommends that: the Welsh name of "
         "the Nantyr ward be Nant-yr-Afon; its boundary with Llanfawr follow the river.",
         ["WG"]),
        ("4.3", "Afon town", "The Commission recommends that the East and Riverside "
         "community wards of the Town of Afon form a ward returning three members, named "
         "Afon East / Dwyrain Afon.", ["WG"]),
    ]


def test_afon_keeps_the_rest_in_the_notes(afon):
    notes = " ".join(afon.notes["text"])
    assert afon.title == "Afon County Council: Review of Electoral Arrangements \u2013 Final " \
        "Recommendations"
    assert "We did not accept this request" in notes  # (a representation not accepted)
    assert "Llanfawr; Cwmdu" in notes  # (the ward's table row)
    assert "Annex A: Summary of recommendations" in notes
    assert notes.count("The Commission recommends that the existing Nantyr ward") == 1
    assert "3.7 Nantyr Community Council supported both changes." in notes
    assert "Nant-yr-Afon" not in notes  # (the lead-in's bullets are its text)


def test_bro_ddu_owners_from_the_clause(bro_ddu):
    assert _areas(bro_ddu) == [("Community of Maesglas", None), ("Community of Tirbach", None)]
    assert _recs(bro_ddu) == [
        ("2.2", "Community of Maesglas", "We recommend that the council creates a Parc Newydd "
         "community ward of the community of Maesglas, represented by four community "
         "councillors.", ["LG"]),
        ("2.4", "Community of Maesglas", "We recommend that the council moves the boundary "
         "between Maesglas and Tirbach to the line of the B4620, as shown on Map 2.", ["LG"]),
        ("3.2", "Community of Tirbach", "We recommend that the council and Tirbach Community "
         "Council publish the new community ward names in Welsh and English by April 2025.",
         ["LG", "Tirbach Community Council"]),
    ]
    notes = " ".join(bro_ddu.notes["text"])
    assert "Parc Newydd" in notes and "we did not accept this" in notes


def test_caerwen_new_recommendations_only(caerwen):
    assert _areas(caerwen) == [("Digital skills", None), ("Data and systems", None)]
    assert _recs(caerwen) == [
        ("R1", "Digital skills", "The Council should assess the digital skills of all staff "
         "by December 2025.", ["LG"]),
        ("R2", "Digital skills", "The Council should set out a training plan for staff "
         "without basic digital skills.", ["LG"]),
        ("R3", "Data and systems", "The Council should complete the move to the new housing "
         "system by March 2026.", ["LG"]),
    ]


def test_tywyn_our_new_recommendations(tywyn):
    assert _areas(tywyn) == [("Contract management", None), ("Collaboration", None)]
    assert _recs(tywyn) == [
        ("R1", "Contract management", "The Council should add every contract over £5,000 to "
         "its contracts register by September 2026.", ["LG"]),
        ("R2", "Collaboration", "The Council, with the WLGA, should compare its procurement "
         "savings with those of other councils.", ["LG", "WLGA"]),
    ]
