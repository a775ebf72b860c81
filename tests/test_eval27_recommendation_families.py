"""A coroner's report to prevent future deaths, and a summit report's calls to action (the
twenty-seventh evaluation corpus's rec27a and rec27b families).

**Concern reports** (a coroner's Regulation 28 report on the England and Wales template):
the recommendations are the numbered **matters of concern** of the concerns section ("(1)",
"1.", a Word or HTML list), one area named after the report's title (the contract gives
every recommendation an area), owners the addressees each concern is about (the first it
names and those joined to it by "and"; a council the code of "councils"; the only
addressee when a concern names none); the addressees, circumstances and response duty are
notes.

**Calls to action** (a conference or summit report): the **unnumbered bullets** under
"Calls to action" / "Our calls for action" headings, numbered by their place, areas the
workshop or session headings without their label ("Session A –"), owners whom a call asks
("We call on X to", "The forum urges X to") or the subject of "X should"; a bare
imperative has none; the discussion, "Next steps" lists and other bullets are notes.

The documents in ``tests/data/eval27/`` are written for the test, in layouts of the
families the corpus does not print: a Markdown report ("## 6. CORONER'S CONCERNS",
concerns a "1." list with a sub-list, three addressees: police, council, Welsh Government;
``concern_reports/pfd-missing-person.md``) and a web page whose only addressee is in the
page's metadata line and whose concerns are an ``<ol>`` under "Coroner's concerns"
(``pfd-web-page.html``); a transport forum's web page ("Session A – Rural buses", "Our calls
for action", "The forum urges ... to"; ``calls_to_action/transport-forum.html``) and a
youth summit's plain text (set-ext headings "Theme 1 - Mental health", "Calls to action:"
lines, ``*`` bullets; ``youth-summit.txt``). The asserted values are the careful reader's
reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval27"


def _parse(name: str):
    return parse_document(DATA / name, "recommendations")


def _owners(parsed) -> list[list[str]]:
    return [list(o) for o in parsed.recommendations["owners"]]


def _checks(parsed) -> set[str]:
    return {i.check for i in parsed.issues}


def _notes(parsed) -> str:
    return "\n".join(parsed.notes["text"])


@pytest.fixture(scope="module")
def missing_person():
    return _parse("concern_reports/pfd-missing-person.md")


@pytest.fixture(scope="module")
def web_page():
    return _parse("concern_reports/pfd-web-page.html")


@pytest.fixture(scope="module")
def forum():
    return _parse("calls_to_action/transport-forum.html")


@pytest.fixture(scope="module")
def youth():
    return _parse("calls_to_action/youth-summit.txt")


def test_concerns_are_the_recommendations(missing_person):
    recs = missing_person.recommendations
    assert list(recs["rec_id"]) == [1, 2, 3, 4]
    assert recs["text"].iloc[0].startswith("The Police control room has no written procedure")
    assert recs["text"].iloc[3].startswith("Search volunteers were not told")
    # the sub-list is part of concern 3
    assert "does not mention location devices" in recs["text"].iloc[2]
    assert "does not say who should fund them" in recs["text"].iloc[2]
    assert list(missing_person.areas["area"]) == \
        ["Regulation 28: Report to Prevent Future Deaths"]
    assert "read from matters of concern" in _checks(missing_person)


def test_concern_owners_are_the_addressees_it_is_about(missing_person):
    # the first addressee named (the council in concern 1 is the object), those joined by
    # "and", a council as LG, the Welsh Government by name; none named of three: no owner
    assert _owners(missing_person) == [["Dyfed-Powys Police"], ["LG", "Dyfed-Powys Police"],
                                       ["WG"], []]
    assert "no owner" in _checks(missing_person)


def test_concern_report_keeps_the_rest_as_notes(missing_person):
    notes = _notes(missing_person)
    assert "Chief Constable, Dyfed-Powys Police" in notes
    assert "I believe you and your organisations have the power" in notes
    assert "namely by 29 July 2027" in notes


def test_web_page_addressee_from_the_metadata_line(web_page):
    recs = web_page.recommendations
    assert list(recs["rec_id"]) == [1, 2, 3]
    assert recs["text"].iloc[0].startswith("The health board's mental health liaison team")
    # one addressee: every concern is its own, named or not
    assert _owners(web_page) == [["Betsi Cadwaladr University Health Board"]] * 3
    assert list(web_page.areas["area"]) == \
        ["Alun Pritchard: Prevention of future deaths report"]


def test_calls_under_sessions(forum):
    recs = forum.recommendations
    assert list(forum.areas["area"]) == ["Rural buses", "Active travel"]
    assert list(recs["rec_id"]) == [1, 2, 3, 4, 5]
    assert list(recs["area"]) == ["Rural buses"] * 3 + ["Active travel"] * 2
    assert recs["text"].iloc[2] == "Extend the fflecsi demand-responsive service to every " \
        "county."
    assert _owners(forum) == [["Transport for Wales"], ["Bus operators"], [], ["LG", "WG"], []]
    assert "read from calls to action" in _checks(forum)


def test_discussion_and_next_steps_are_notes(forum):
    texts = " ".join(forum.recommendations["text"])
    assert "operators should publish their timetables" not in texts
    assert "write to the Cabinet Secretary" not in texts
    assert "The forum will write to the Cabinet Secretary for Transport." in _notes(forum)


def test_plain_text_summit(youth):
    assert list(youth.areas["area"]) == ["Mental health", "Getting around"]
    assert list(youth.recommendations["rec_id"]) == [1, 2, 3, 4]
    assert _owners(youth) == [["health boards", "schools"], ["LG"], [], ["WG"]]
    texts = " ".join(youth.recommendations["text"])
    assert "Our youth workers" not in texts and "schools should talk" not in texts


def test_unnumbered_concerns_after_the_lead_in():
    # unnumbered section headings (no section numbers at all), the concerns plain
    # paragraphs after "The MATTERS OF CONCERN are as follows:", numbered by their place;
    # one addressee (a council named "Cyngor ...") owns each
    parsed = _parse("concern_reports/pfd-unnumbered.txt")
    recs = parsed.recommendations
    assert list(recs["rec_id"]) == [1, 2]
    assert recs["text"].iloc[1].startswith("Care workers visiting alone at night")
    assert _owners(parsed) == [["LG"], ["LG"]]
    assert "numbered by place" in _checks(parsed)
    assert "During the course of the investigation" in _notes(parsed)


@pytest.mark.parametrize("name", ["concern_reports/pfd-missing-person.md",
                                  "calls_to_action/youth-summit.txt"])
def test_nothing_lost(name, missing_person, youth):
    # every word of the document (as its reader gives its lines) is in some table
    from wlga_analysis.testing.coverage import words_in_no_table

    doc = read_document(DATA / name, "recommendations")
    parsed = missing_person if name.endswith(".md") else youth
    lost = words_in_no_table(doc.lines, (parsed.areas, parsed.recommendations,
                                         parsed.activities, parsed.notes))
    assert lost - {"title", "author", "date"} == set()
