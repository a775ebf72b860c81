"""An update sent as an e-mail: headings over bullets with fields sub-bullets (the
twentieth evaluation corpus's prog20b layout).

The family: a programme manager's update e-mail prints un-numbered workstream headings
(capitals underlined, bold lines), each over bullets (one a project, with a run-in label)
with sub-bullets of labelled fields ("Status: On track", "Due: March 2026", "Note: ...");
then funding, a diary list, a signature, and the quoted earlier message. A careful reader
takes each bullet of a heading whose bullets carry fields as an item (text without its
sub-bullets), the heading as a section numbered in reading order; the diary bullets and
everything in the quoted message are no items.

The documents in ``tests/data/eval20/status_bullets/`` are written for the test, in
layouts of the family that differ from the corpus: a plain-text e-mail (``-`` bullets and
sub-bullets, "Target date:" instead of "Due:", 2026-27, a "> " quoted message after
"-----Original Message-----") and an Outlook-like web page whose sub-bullets lost their
level (every bullet in one ``<ul>``: a fields bullet after an item is its sub-bullet), bold
capital headings, and a quoted message after a bordered ``<div>`` with "From:" / "Sent:".
A third, ``climate-outlook-update.html``, is saved by Outlook: its bullets are paragraphs
whose level is only in their style (``mso-list:l0 level2``). The asserted values are the
careful reader's reading, fixed when the documents were
written.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa

DATA = Path(__file__).parent / "data" / "eval20" / "status_bullets"

EXPECTED = {
    "housing-team-update.txt": [
        ("1", "Homelessness prevention fund: 9 councils have bid for the fund this month.",
         "in progress", "2027-28 Q1", []),
        ("1", "Tenancy support: the new tenancy support service began in three councils.",
         "done", "2026-27 Q4", []),
        ("2", "Modular homes: the procurement framework is with Data Cymru for review.",
         "at risk", "2027-28 Q1", ["Data Cymru"]),
    ],
    "climate-outlook-update.html": [
        ("1", "Fleet: 40 electric vans were delivered to six councils.", "in progress",
         "2025-26 Q4", []),
        ("1", "Heat pumps: the survey of council buildings has not started.", "planned",
         "2026-27 Q1", []),
        ("2", "Flood plans: Data Cymru mapped flood risk for every council.", "done",
         "2025-26 Q3", ["Data Cymru"]),
    ],
    "digital-team-email.html": [
        ("1", "Phishing exercise: all staff received a test phishing e-mail in May.", "done",
         "2026-27 Q1", []),
        ("1", "Backup review: the review of the council's backups is behind plan.", "at risk",
         "2026-27 Q2", []),
        ("2", "Digital skills: Academi Wales ran two sessions for managers.", "in progress",
         "2026-27 Q2", ["Academi Wales"]),
    ],
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def parsed(request):
    path = DATA / request.param
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return request.param, wa.load_programme(path), wa.load_paragraphs(path)


def test_items_are_the_bullets_with_fields(parsed):
    name, prog, _ = parsed
    got = [(str(r.paragraph), r.text, r.status, r.quarter_label, list(r.partners))
           for r in prog.itertuples()]
    assert got == EXPECTED[name]


def test_quoted_message_and_diary_kept_as_text(parsed):
    _name, prog, paras = parsed
    text = " ".join(paras["text"])
    assert "Phishing exercise: the test e-mail was drafted." in text \
        or "the fund opened for bids" in text or "the vans were ordered" in text
    assert not prog["text"].str.contains("drafted|opened for bids|conference|ordered").any()


def test_priorities_are_the_workstream_headings(parsed):
    name = parsed[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        got = wa.load_priorities(DATA / name)["priority"].tolist()
    assert got == {"housing-team-update.txt": ["PREVENTION", "SUPPLY"],
                   "digital-team-email.html": ["CYBER SECURITY", "SKILLS"],
                   "climate-outlook-update.html": ["DECARBONISATION", "ADAPTATION"]}[name]


@pytest.mark.parametrize(("name", "title", "date"), [
    ("housing-team-update.txt", "Housing Partnership - update for January 2027", "2027-02-12"),
    ("digital-team-email.html", "Digital team update, May 2026", "2026-06-04"),  # (<br>s)
    ("climate-outlook-update.html", "Climate Programme - monthly update, November 2025",
     "2025-12-02"),
])
def test_the_subject_is_the_title_and_the_sent_line_the_date(name, title, date):
    from wlga_analysis.documents import read_document
    from wlga_analysis.programme import programme_metadata

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        meta = programme_metadata(read_document(DATA / name, "programme"))
    assert (meta["title"], str(meta["date"])) == (title, date)


def test_outlook_list_levels_are_kept():
    """Outlook's HTML states a sub-bullet's level only in its style ("mso-list:l0 level2"):
    the sub-bullets stand one level below their items."""
    from wlga_analysis.documents import read_document
    from wlga_analysis.read.text import read_text_lines

    doc = read_document(DATA / "climate-outlook-update.html", "programme")
    items = [b for b in read_text_lines(doc.lines).blocks if type(b).__name__ == "ListItem"]
    assert [(b.text.text[:6], b.level) for b in items[:3]] == [
        ("Fleet:", 0), ("Status", 1), ("Due: J", 1)]


def test_the_sign_off_is_not_joined_to_the_last_bullet():
    from wlga_analysis.documents import read_document
    from wlga_analysis.read.text import read_text_lines

    doc = read_document(DATA / "housing-team-update.txt", "programme")
    texts = [b.text.text for b in read_text_lines(doc.lines).blocks]
    assert "7 April 2027 - Housing conference, online" in texts
    assert "Regards," in texts


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_quoted_message_is_reported(name):
    from wlga_analysis.documents import read_document
    from wlga_analysis.interpret.programme import parse_programme

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_programme(read_document(DATA / name, "programme"))
    assert [i.check for i in parsed.issues].count("quoted message") == 1
