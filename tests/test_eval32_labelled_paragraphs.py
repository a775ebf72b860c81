"""Programme updates whose items are PARAGRAPHS under labelled priority headings (the
thirty-second evaluation corpus's prog32a and prog32b: the shipped kind of paper, written
afresh).

The family: a later update of a series that prints every action again as a numbered
paragraph ("1.1 ...", not a bullet) under "Objective N: ..." headings, after a list of
the changes since the last update whose bullets open with a bold tag (NEW, COMPLETED,
UPDATED) and repeat some of the actions in other words; actions carried forward are
marked "(unchanged)" / "(no change)" at their end. Or a council's e-mail newsletter
(Mailchimp: the plain-text alternative with "====" / "----" underlined headings, a Word
paste of the web version) whose items are short paragraphs opening with a lead
("Fleet: ..."), under "Theme N: ..." headings, between a welcome and "Funding news",
"Diary dates" and an unsubscribe footer.

A careful reader takes every action ONCE (the change list is no second set of items),
the priority's number as the section, the text without the "(unchanged)" marker (a note
about the update, kept in the paragraphs table's line and reported), the lead as part of
the text; the welcome, "Read more" buttons, funding news, diary and footer are no items.
A grant "increased from £180,000 to £215,000" is ONE grant at its new figure. Status from
the action's tense and aspect: "was formally opened", "were handed over" (simple past
passive), "have been brought back", "has surveyed", "has reopened" (present perfect),
"started with the council" done; "is being procured / built ... and will ..." in
progress (what is happening beats what will); "has been held up", "has slipped" at risk.

The documents, written for the test in layouts the corpus does not print:
``tests/data/eval32/housing-support-update-2.md`` (a regional panel's Update 2, pandoc's
Markdown, "Objective N:" headings, "(unchanged)" markers), ``councillors-bulletin-june.txt``
(a plain-text e-mail, CRLF, "Theme N:" headings underlined with "----", the title and
closing blocks with "===="), and a Word paste of another council's bulletin built in the
test ("Aim N:" lines in plain paragraphs, bold leads, no heading styles). The asserted
values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.read.model import DocumentModel, Inline, Paragraph
from wlga_analysis.testing import parse_document
from wlga_analysis.testing.publish import docx_bytes

DATA = Path(__file__).parent / "data" / "eval32"


def _parse(path: Path):
    return parse_document(path, "programme")


def _items(parse):
    return [(r.item_id, r.paragraph, r.status) for r in parse.programme.itertuples()]


@pytest.fixture(scope="module")
def housing():
    return _parse(DATA / "housing-support-update-2.md")


@pytest.fixture(scope="module")
def bulletin():
    return _parse(DATA / "councillors-bulletin-june.txt")


def test_update_items_once_with_statuses(housing):
    assert _items(housing) == [
        ("1.1", 1, "done"), ("1.2", 1, "done"),
        ("2.1", 2, "in progress"), ("2.2", 2, "planned"),
        ("3.1", 3, "at risk"), ("3.2", 3, "done"), ("3.3", 3, "done"),
    ]
    texts = housing.programme["text"].tolist()
    assert texts[0] == ("A prevention fund for private tenants was launched in April 2025 "
                        "and has helped 310 households.")
    assert texts[5] == "Forty empty homes have been brought back into use across the region."
    assert not any("unchanged" in t or "COMPLETED" in t for t in texts)
    assert housing.programme["quarter_label"].tolist()[:4] == [
        "2025-26 Q1", "2025-26 Q4", "2026-27 Q1", "2026-27 Q1"]


def test_update_marker_and_change_list_kept_and_reported(housing):
    paragraphs = housing.paragraphs
    marked = paragraphs[(paragraphs["kind"] == "bullet")
                        & paragraphs["text"].str.contains("(unchanged)", regex=False)]
    assert marked["source_line"].tolist() == [25, 39]
    assert paragraphs["text"].str.startswith("COMPLETED 1.2").sum() == 1
    markers = [i for i in housing.issues if i.check == "item marker"]
    assert [(i.item, i.source_line) for i in markers] == [("1.1", 25), ("3.2", 39)]


def test_update_priorities_metadata_grants(housing):
    assert housing.priorities["priority"].tolist() == [
        "Preventing homelessness", "Working with landlords", "Empty homes"]
    assert housing.programme["priority"].tolist()[::3] == [
        "Preventing homelessness", "Working with landlords", "Empty homes"]
    assert str(housing.metadata["date"]) == "2026-05-14"
    grants = sorted(zip(housing.grants["amount_gbp"], housing.grants["financial_year"],
                        strict=True))
    assert grants == [(60000, "2025-26"), (215000, "2025-26")]  # (£180,000: the old figure)
    assert "Housing Support Grant" in housing.grants["grant"].tolist()
    assert [i.item for i in housing.issues if i.check == "superseded amount"] == ["£180,000"]


def test_bulletin_items(bulletin):
    assert _items(bulletin) == [
        ("1.1", 1, "done"), ("1.2", 1, "in progress"), ("1.3", 1, "planned"),
        ("2.1", 2, "done"), ("2.2", 2, "done"), ("2.3", 2, "at risk"),
    ]
    texts = bulletin.programme["text"].tolist()
    assert texts[0] == ("Fleet: Twenty electric vans were handed over to the Thornton depot "
                        "in May 2026.")
    assert texts[4] == ("Youth services: Six new youth workers started with the council in "
                        "April 2026.")
    assert bulletin.programme["quarter_label"].tolist()[:2] == ["2026-27 Q1", "2026-27 Q4"]


def test_bulletin_chrome_no_items_priorities_metadata(bulletin):
    assert bulletin.priorities["priority"].tolist() == [
        "Climate and nature", "Thriving communities"]
    assert bulletin.metadata["title"] == \
        "Corporate Plan 2026-27: Councillors' bulletin – June 2026"
    assert str(bulletin.metadata["date"]) == "2026-06-18"
    assert bulletin.grants["amount_gbp"].tolist() == [95000]
    kept = " ".join(bulletin.paragraphs["text"])
    for chrome in ("Read more", "Full Council: 9 July 2026", "Unsubscribe", "A short welcome"):
        assert chrome in kept


def _pasted_bulletin() -> DocumentModel:
    """A Word paste of a council's e-mail bulletin: plain paragraphs, leads in bold."""
    def lead(label: str, rest: str) -> Paragraph:
        return Paragraph(Inline.from_runs([(label, True), (" " + rest, False)]))

    plain = [Paragraph(Inline(t)) for t in (
        "View this email in your browser", "Ceredigion County Council",
        "Well-being Plan 2026-27: Members' news – March 2027", "Issue 11 | 3 March 2027",
        "Welcome to this issue. The Chief Executive thanks Members for their support.")]
    body = [Paragraph(Inline("Aim 1: Healthier schools")),
            lead("Meals:", "Breakfast clubs were extended to every primary school in "
                           "January 2027."),
            lead("Water:", "Refill stations are being fitted in secondary schools and will be "
                           "ready in May 2027."),
            Paragraph(Inline("Read more")),
            Paragraph(Inline("Aim 2: Active travel")),
            lead("Cycling:", "A cycle route between Aberaeron and Llanon has been completed."),
            lead("Walking:", "New school crossings will be installed in the summer term."),
            Paragraph(Inline("Read more")),
            Paragraph(Inline("Dates for the diary")),
            Paragraph(Inline("Members' seminar: 12 March 2027.")),
            Paragraph(Inline("You are receiving this email because you are a Member."))]
    return DocumentModel(blocks=[*plain, *body])


def test_word_paste_of_a_bulletin(tmp_path):
    path = tmp_path / "members-news.docx"
    path.write_bytes(docx_bytes(_pasted_bulletin()))
    parse = _parse(path)
    assert _items(parse) == [("1.1", 1, "done"), ("1.2", 1, "in progress"),
                             ("2.1", 2, "done"), ("2.2", 2, "planned")]
    assert parse.programme["text"].iloc[1] == ("Water: Refill stations are being fitted in "
                                               "secondary schools and will be ready in May 2027.")
    assert parse.priorities["priority"].tolist() == ["Healthier schools", "Active travel"]
    assert str(parse.metadata["date"]) == "2027-03-03"
