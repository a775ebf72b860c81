"""An OKR check-in: objectives over tables of key results scored against a printed key
(the twenty-sixth evaluation corpus's prog26b family).

The family: a team's check-in on its objectives and key results. Under each objective's
labelled heading a table of key results (a ref, the key result, baseline / target / now,
a score and a confidence); a key before them says how to read the score (its top: achieved)
and the confidence (bands of a score out of 10, and the date the key results are due by).
Each key result is an item (its ref the item's number, its section the objective's), its
status the key's word for its score or confidence ("–" with nothing scored: not begun,
planned), its timing a date in its text, else the key's date; the objectives are the
priorities; the key, the owners' lines and the commentary are no items.

The documents in ``tests/data/eval26/okr/`` are written for the test, in layouts of the
family the corpus does not print: a council web page (``KR | Result | Start | Goal |
Current | Grade | Confidence``, refs "1a", confidence "8" with no "/10", other bands "8-10 /
5-7 / 1-4", objectives labelled "Objective 1 –", a "Lead:" line, links after the last
objective; ``housing-okrs-q2-check-in.html``) and a Markdown review (scores as percentages
"40%", confidence "6/10", the key in a blockquote with "means", objectives numbered from 3,
bullets under "Next steps" after the tables; ``digital-okrs-h1-review.md``). The asserted
values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme import parse_programme
from wlga_analysis.testing import parse_document

DATA = Path(__file__).parent / "data" / "eval26" / "okr"


def _parse(name: str):
    return parse_document(DATA / name, "programme")


@pytest.fixture(scope="module")
def housing():
    return _parse("housing-okrs-q2-check-in.html")


@pytest.fixture(scope="module")
def digital():
    return _parse("digital-okrs-h1-review.md")


def _items(parse):
    prog = parse.programme
    return [(r.item_id, int(r.paragraph), r.text, r.status, r.quarter_label, sorted(r.partners))
            for r in prog.itertuples()]


def test_housing_items(housing):
    # (refs "1a", "2c" open with a figure: the item's id is its section and place, as for
    # any such ref (.items.item_key); the ref stays in the paragraphs table)
    assert _items(housing) == [
        ("1.1", 1, "Halve the number of families in bed and breakfast accommodation.",
         "in progress", "2026-27 Q4", []),
        ("1.2", 1, "Open a second family hostel by December 2026.", "at risk", "2026-27 Q3", []),
        ("2.1", 2, "Launch an online repairs form tested with Disability Wales.", "done",
         "2026-27 Q4", ["Disability Wales"]),
        ("2.2", 2, "Move 60% of repair requests online.", "at risk", "2026-27 Q4", []),
        ("2.3", 2, "Publish repair times on the council website by June 2027.", "planned",
         "2027-28 Q1", []),
    ]


def test_housing_metadata_priorities_grants(housing):
    assert housing.metadata["title"] == "Housing Services OKRs 2026-27: Q2 check-in"
    assert str(housing.metadata["date"]) == "2026-10-12"
    assert housing.priorities["priority"].tolist() == [
        "Fewer households in temporary accommodation", "Tenants can report repairs online"]
    grants = housing.grants
    assert grants[["amount_gbp", "financial_year"]].values.tolist() == [[310000, "2026-27"]]


def test_digital_items(digital):
    assert _items(digital) == [
        ("KR3.1", 3, "Connect 120 primary schools to full fibre.", "done", "2027-28 Q4", []),
        ("KR3.2", 3, "Agree a shared wayleave template with the ten councils by January 2028.",
         "at risk", "2027-28 Q4", []),
        ("KR4.1", 4, "Procure a shared security operations centre with Audit Wales advice.",
         "in progress", "2027-28 Q4", ["Audit Wales"]),
        ("KR4.2", 4, "Bring all ten councils' networks under the centre's monitoring.",
         "planned", "2027-28 Q4", []),
    ]


def test_digital_metadata_priorities(digital):
    assert str(digital.metadata["date"]) == "2027-10-18"
    assert digital.priorities["priority"].tolist() == [
        "Every school has gigabit broadband",
        "Councils share one cyber security operations centre"]
    assert digital.grants.empty


def test_nothing_lost(housing, digital):
    """The measures, the key, the owners' lines, commentary and the bullets after the
    tables stay in the paragraphs table (no items)."""
    for parse, words in ((housing, ("2c", "Grade: 0.7", "Confidence: 8", "Lead: Head of Housing",
                                    "planning consent", "Report a repair")),
                         (digital, ("Score: 40%", "Confidence: 6/10", "Baseline: 40",
                                    "Owner: Regional Cyber Lead", "audited in the spring"))):
        text = " ".join(parse.paragraphs["text"])
        for word in words:
            assert word in text, word


def test_key_reading():
    from wlga_analysis.interpret.programme.okr import okr_key, okr_status

    key = okr_key("Confidence out of 10 by 30 June 2027: 8 to 10 is on track, 1 to 7 at risk.")
    assert key.bands == ((8, 10, "on track"), (1, 7, "at risk")) and key.end == "30 June 2027"
    assert okr_status("0.9", "7/10", key) == "at risk"
    assert okr_status("100%", "", key) == "achieved"
    assert okr_status("0.2", "", key) == ""  # (scored, no confidence: the key says nothing)


def test_unlabelled_objectives_on_a_web_page(tmp_path):
    """Objectives printed as plain short lines (no "Objective N:" label, no heading
    element) over their tables, an "Owner:" line between: each is a section in reading
    order, named by its line."""
    row = "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
    table = ("<table><tr><th>KR</th><th>Key result</th><th>Score</th><th>Confidence</th></tr>"
             "{}</table>")
    page = ("<html><body><p>Team OKRs: Q1 check-in</p><p>Team meeting, 3 July 2026</p>"
            "<p>Confidence out of 10 that a result is met by 30 September 2026.</p>"
            "<p>Better websites</p><p>Owner: Web Lead</p>"
            + table.format(row.format("KR1", "Move ten services online.", "0.5", "8/10"))
            + "<p>Faster answers</p><p>Owner: Contact Centre Lead</p>"
            + table.format(row.format("KR2", "Answer calls within a minute.", "1.0", "10/10"))
            + "</body></html>")
    path = tmp_path / "team-okrs.html"
    path.write_text(page, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parse = parse_programme(read_document(path, "programme"))
    assert _items(parse) == [
        ("1.1", 1, "Move ten services online.", "in progress", "2026-27 Q2", []),
        ("2.1", 2, "Answer calls within a minute.", "done", "2026-27 Q2", []),
    ]
    assert parse.priorities["priority"].tolist() == ["Better websites", "Faster answers"]
