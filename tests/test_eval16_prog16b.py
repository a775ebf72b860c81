"""A commitments tracker page: ONE table grouped by a column that names its group in every
row (the sixteenth evaluation corpus's prog16b layout).

A council's tracker web page (its Word export, its browser print to PDF) holds the whole
programme as one table ``Objective | No. | Commitment | Status | Due | Update`` whose first
cell names the group (the well-being objective, priority) in every row and whose number
starts again at 1 under each group; before it an introduction, the list of objectives, a
filter form and a count line ("Delivered 5 | In progress 9"); rows hidden behind "Show
more" are rows all the same. There is no "Progress update" heading and no numbered heading
over a list: the table is the progress, each group the numbered section of its rows.

The documents in ``tests/data/eval16/prog16b/`` are written for the test, in layouts of the
family that differ from the corpus: a CMS page (``climate-action-tracker.html``) whose
``Priority`` cells are labelled ("Priority 4: Resilient communities": a priority with no
actions, "Sustainable travel", is left out of the table, so the label numbers the section),
with ``Ref | Action | Progress | Target date | Comments`` columns, RAG-like pills (Achieved,
On track, Behind schedule, Not started) and four rows ``hidden``; a pandoc Markdown page
(``corporate-commitments-pandoc.md``) with "Objective 1 – Skills and jobs" cells, a
``Commitment no.`` column, a date at the end of a line naming the council ("Cyngor
Bwrdeistref Aberhafod. Updated: 9 January 2026") and no list of objectives (the group
column's header names them); and an A5 browser print to PDF
(``wellbeing-delivery-tracker.pdf``, written by ``make_wellbeing_tracker_pdf.py``) whose
table is ruled under each row only (no column lines, no shaded header, so its header row
has no rule above it), runs over two pages with its header repeated, names its groups with
no number and has no number column. The asserted values are the careful reader's reading,
fixed when the documents were written.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.programme import parse_programme
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval16" / "prog16b"

#: The careful reader's reading: title, date, priorities, items (id, section, text,
#: status, quarter, partners). No grants. Ids are "<section>.<position>" (the number
#: printed in the row restarts per group and stays in the row's text).
READINGS = {
    "climate-action-tracker.html": {
        "title": "Climate and Nature Action Plan: progress tracker",
        "date": "2026-02-12",
        "priorities": ["net zero council", "nature recovery", "sustainable travel",
                       "resilient communities"],
        "items": [
            ("1.1", 1, "Replace the council's fleet of small vans with electric vans.",
             "in progress", "2026-27 Q4", []),
            ("1.2", 1, "Fit solar panels to six schools.", "done", "2025-26 Q2", []),
            ("1.3", 1, "Report the council's carbon emissions with Data Cymru's help.",
             "in progress", "2026-27 Q1", ["Data Cymru"]),
            ("2.1", 2, "Plant 10,000 trees on council land.", "at risk", "2025-26 Q4", []),
            ("2.2", 2, "Stop mowing road verges in the spring.", "done", "2025-26 Q1", []),
            ("2.3", 2, "Adopt a local nature recovery plan.", "planned", "2026-27 Q3", []),
            ("4.1", 4, "Publish flood plans for the five towns most at risk.", "in progress",
             "2026-27 Q3", []),
            ("4.2", 4, "Open warm spaces in every library each winter.", "in progress",
             "2025-26 Q3", []),
            ("4.3", 4, "Train community flood wardens.", "planned", "2026-27 Q4", []),
        ],
    },
    "corporate-commitments-pandoc.md": {
        "title": "Corporate Strategy 2025-30: our commitments",
        "date": "2026-01-09",
        "priorities": ["skills and jobs", "safe and clean streets", "an efficient council"],
        "items": [
            ("1.1", 1, "Open a careers hub for young people in the town centre.",
             "in progress", "2026-27 Q2", []),
            ("1.2", 1, "Offer 40 paid work placements in the council each year.", "done",
             "2024-25 Q4", []),
            ("1.3", 1, "Train 200 managers in coaching skills with Academi Wales.",
             "in progress", "2026-27 Q4", ["Academi Wales"]),
            ("2.1", 2, "Buy two new street cleaning vehicles.", "done", "2025-26 Q1", []),
            ("2.2", 2, "Install CCTV at ten fly-tipping hotspots.", "at risk", "2026-27 Q2",
             []),
            ("2.3", 2, "Review the public spaces protection order.", "planned", "2026-27 Q4",
             []),
            ("3.1", 3, "Close the financial year's accounts a month earlier.", "in progress",
             "2026-27 Q1", []),
        ],
    },
    "wellbeing-delivery-tracker.pdf": {
        "title": "Well-being Plan 2024-29: delivery tracker",
        "date": "2026-03-03",
        "priorities": ["thriving towns", "healthy lives", "green spaces"],
        "items": [
            ("1.1", 1, "Reopen the market hall in Llanfair with twenty stalls.", "done",
             "2025-26 Q3", []),
            ("1.2", 1, "Run a shop front grant scheme in three towns.", "in progress",
             "2026-27 Q4", []),
            ("1.3", 1, "Agree a parking strategy for the town centres.", "at risk",
             "2026-27 Q3", []),
            ("1.4", 1, "Open a business start-up service with Business Wales.", "planned",
             "2026-27 Q2", []),
            ("2.1", 2, "Extend free swimming to over-60s in every leisure centre.", "done",
             "2025-26 Q1", []),
            ("2.2", 2, "Build a new 3G pitch at Ysgol y Dderwen.", "in progress",
             "2026-27 Q2", []),
            ("2.3", 2, "Recruit ten community connectors with the health board.",
             "in progress", "2025-26 Q4", []),
            ("3.1", 3, "Create a new country park at Cwm Glas.", "planned", "2027-28 Q4", []),
            ("3.2", 3, "Publish a tree strategy with Audit Wales's advice on its targets.",
             "in progress", "2026-27 Q1", ["Audit Wales"]),
            ("3.3", 3, "Plant wildflower verges along forty kilometres of road.", "at risk",
             "2026-27 Q2", []),
        ],
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_title_and_date(parsed, name):
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]


@pytest.mark.parametrize("name", READINGS)
def test_priorities_from_the_list_or_the_group_column(parsed, name):
    got = [p.casefold() for p in parsed[name].priorities["priority"]]
    assert got == READINGS[name]["priorities"]


@pytest.mark.parametrize("name", READINGS)
def test_each_row_is_an_item_of_its_group(parsed, name):
    """Hidden rows kept; the filter form and the count line are no items; the section is
    the group's (its label's number, else its place), not the number column."""
    frame = parsed[name].programme
    got = [(str(r.item_id), int(r.paragraph), r.text, r.status, r.quarter_label,
            list(r.partners)) for r in frame.itertuples()]
    assert got == READINGS[name]["items"]


@pytest.mark.parametrize("name", READINGS)
def test_no_grants(parsed, name):
    assert parsed[name].grants.empty


def test_a_row_ruled_pdf_table_keeps_its_header_and_joins_its_pages():
    """The PDF's table (rules under rows only) is read as a table: its header row (no rule
    over it) is the header, and the repeated header of page 2 is no row."""
    model = read_document(DATA / "wellbeing-delivery-tracker.pdf", "programme").lines
    header = [ln for ln in model if ln.startswith("Objective\t")]
    assert header == ["Objective\tCommitment\tStatus\tTarget\tProgress note"]
    assert sum(1 for ln in model if ln.count("\t") == 4) == 11


def test_nothing_lost(parsed):
    """Every word of the Markdown page is in some table: the page's furniture, the filter
    form, the count line and the update column are kept in the paragraphs table."""
    name = "corporate-commitments-pandoc.md"
    got = parsed[name]
    assert programme_words_lost(got, DATA / name) == set()


ANNEXED = """WLGA DIGITAL PROGRAMME

12 May 2026

1. Cyber resilience

- Six councils completed the cyber exercise in April 2026.
- A new incident toolkit was published.

2. Data skills

- Twenty analysts were trained with Data Cymru.

Next steps by theme:

| Theme | No. | Action | Status | Owner |
|---|---|---|---|---|
| Cyber | 1 | Run a second exercise. | Planned | Programme manager |
| Cyber | 2 | Review the toolkit. | Planned | Programme manager |
| Data | 1 | Publish a skills framework. | In progress | Data lead |
"""


def test_numbered_headings_over_lists_keep_the_progress(tmp_path):
    """A paper of numbered headings over bullets holds its progress there: a table grouped
    by its first column after them is no tracker (its groups are no sections), read as
    before."""
    path = tmp_path / "digital-update.md"
    path.write_text(ANNEXED, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        got = parse_programme(read_document(path, "programme")).programme
    assert [(str(r.item_id), r.text) for r in got.itertuples()][:3] == [
        ("1.1", "Six councils completed the cyber exercise in April 2026."),
        ("1.2", "A new incident toolkit was published."),
        ("2.1", "Twenty analysts were trained with Data Cymru.")]
