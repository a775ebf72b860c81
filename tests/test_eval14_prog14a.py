"""A delivery plan whose actions are numbered by objective, beside tables of measures (the
fourteenth evaluation corpus's prog14a layout): "Objective N: name" headings, each over an
actions table (refs "O1.A1") and a KPI table (``Measure | Baseline | Target | Q1 | Q2 |
RAG``) whose rows are no items; the objectives also listed 1-N before them.

The documents in ``tests/data/eval14/prog14a/`` are written for the test, in layouts of the
family that differ from the corpus: a Markdown report with "Priority N – name" headings, bold
"Commitments" / "Performance measures" labels over pipe tables, commitments "P2.C1" and an
``Indicator | 2025-26 baseline | 2026-27 target | Actual to date | RAG`` table; a web page
with "Aim N:" headings, deliverables "D1.2" and a ``Performance indicator | Baseline |
Target | Q3`` table (no RAG) printed after the deliverables in the same table run. The
asserted values are the careful reader's reading, written before the code.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.interpret.programme.measures import is_measure_header, printed_ref
from wlga_analysis.programme import parse_programme
from wlga_analysis.read.text import read_text_lines
from wlga_analysis.testing.coverage import programme_words_lost

DATA = Path(__file__).parent / "data" / "eval14" / "prog14a"

#: The careful reader's reading: title, date, priorities, items (id, section, text,
#: status, quarter, partners), grants (name, amount, year) and the rows of measures.
READINGS = {
    "housing-delivery-plan.md": {
        "title": "Older People's Housing Delivery Plan 2026-27: Quarter 3 monitoring report",
        "date": "2027-01-21",
        "priorities": ["Homes that meet older people's needs",
                       "Support to live independently"],
        "items": [
            ("P1.C1", 1, "Map the extra care housing planned by each council.", "done",
             "2026-27 Q3", ["Data Cymru"]),
            ("P1.C2", 1, "Publish design guidance for accessible council homes.", "at risk",
             "2027-28 Q1", []),
            ("P2.C1", 2, "Review adaptations waiting times with Audit Wales.", "in progress",
             "2026-27 Q4", ["Audit Wales"]),
            ("P2.C2", 2, "Pilot a handyperson service in two rural councils.", "planned",
             "2027-28 Q1", []),
            ("P2.C3", 2, "Train housing officers in dementia awareness.", "done",
             "2026-27 Q3", []),
        ],
        "grants": [("Housing with Care Fund", 250000, "2026-27")],
        "measures": ["Councils with an extra care plan", "Accessible homes started",
                     "Average wait for a major adaptation (weeks)"],
        "measure_tables": 2,
    },
    "library-strategy-update.html": {
        "title": "Public Libraries Strategy 2024-25: third quarter progress report",
        "date": "2025-02-14",
        "priorities": ["Libraries as community hubs", "Reading for wellbeing",
                       "Digital inclusion"],
        "items": [
            ("D1.1", 1, "Open warm spaces in branch libraries over the winter.", "done",
             "2024-25 Q3", []),
            ("D1.2", 1, "Agree a shared volunteering policy.", "at risk", "2024-25 Q4", []),
            ("D2.1", 2, "Extend the books on prescription scheme to every health board.",
             "in progress", "2024-25 Q4", ["Audit Wales"]),
            ("D3.1", 3, "Lend data-enabled tablets in every library service.", "planned",
             "2025-26 Q1", ["Data Cymru"]),
            ("D3.2", 3, "Run digital skills sessions for older readers.", "done",
             "2024-25 Q4", []),
        ],
        "grants": [("Libraries Transformation Grant", 420000, "2024-25")],
        "measures": ["Visits to libraries (millions)", "Books on prescription loans",
                     "Digital skills sessions held"],
        "measure_tables": 3,
    },
}


@pytest.fixture(scope="module")
def parsed():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return {name: parse_programme(read_document(DATA / name, "programme"))
                for name in READINGS}


@pytest.mark.parametrize("name", READINGS)
def test_metadata_and_priorities(parsed, name):
    got, want = parsed[name], READINGS[name]
    assert got.metadata["title"] == want["title"]
    assert str(got.metadata["date"]) == want["date"]
    assert got.priorities["priority"].tolist() == want["priorities"]


@pytest.mark.parametrize("name", READINGS)
def test_each_action_row_is_one_item_with_its_printed_ref(parsed, name):
    frame = parsed[name].programme
    got = [(r.item_id, int(r.paragraph), r.text, r.status, r.quarter_label, list(r.partners))
           for r in frame.itertuples()]
    assert got == READINGS[name]["items"]


@pytest.mark.parametrize("name", READINGS)
def test_grants(parsed, name):
    grants = parsed[name].grants
    got = [(r.grant, int(r.amount_gbp), r.financial_year) for r in grants.itertuples()]
    assert got == READINGS[name]["grants"]


@pytest.mark.parametrize("name", READINGS)
def test_measures_are_no_items_but_kept_and_noted(parsed, name):
    got, want = parsed[name], READINGS[name]
    paragraphs = got.paragraphs
    kept = paragraphs.loc[paragraphs["kind"] == "measure", "text"].tolist()
    for measure in want["measures"]:
        assert any(text.startswith(f"{measure} | ") for text in kept)
        assert not got.programme["text"].str.contains(measure, regex=False).any()
    notes = [i for i in got.issues if i.check == "measures not items"]
    assert len(notes) == want["measure_tables"]
    assert all(i.table == "paragraphs" for i in notes)


def test_measure_headers_are_found_by_their_words():
    assert is_measure_header(["Measure", "Baseline 2024-25", "Target 2025-26", "Q1", "Q2",
                              "RAG"])
    assert is_measure_header(["KPI", "Target", "Actual"])
    # an action table with a "Target date" column is no table of measures
    assert not is_measure_header(["Ref", "Action", "Lead", "Target date", "Status"])
    assert not is_measure_header(["Indicator", "Status"])


def test_printed_refs_are_kept_when_they_name_the_section():
    assert printed_ref("O2.A3", 2) == "O2.A3"
    assert printed_ref("SO1.4", 1) == "SO1.4"
    assert printed_ref("O2.A3", 3) is None  # another section's number: not its id
    assert printed_ref("2.3", 2) is None  # a plain number is placed by its position
    assert printed_ref(None, 2) is None


def test_a_title_row_inside_a_table_run_opens_the_measures():
    """A PDF prints the KPI table beside the actions: the text form runs the two together,
    with a spanning title row before the measures' header."""
    lines = ["Theme 1: Workforce", "",
             "Ref\tTask\tOwner\tDeadline\tRAG",
             "T1.1\tA pay review.\tData Cymru\tMay 2026\tGreen",
             "Indicators\t\t\t\t",
             "Indicator\tBaseline\tTarget\tActual\tRAG",
             "Vacancy rate\t9%\t6%\t8%\tAmber",
             "", "Theme 2: Pay", "",
             "Ref\tTask\tOwner\tDeadline\tRAG",
             "T2.1\tA pay model.\tData Cymru\tJune 2026\tAmber"]
    from wlga_analysis.interpret.programme.sources import section_rule

    rule, blocks = section_rule(read_text_lines(lines, exact=True).blocks)
    assert rule == "labelled_tables"
    kinds = [type(b).__name__ for b in blocks]
    assert kinds.count("Table") == 2
    assert kinds.count("MeasureRow") == 3  # the title, the header and the one measure


def test_a_pandoc_title_block_gives_the_title_and_date():
    from wlga_analysis.read.title_block import title_block

    lines = ["% Waste Strategy Delivery Plan 2026-27:", "  half-year report",
             "% Cardiff Council – Waste team", "% 3 November 2026", "", "## Aims"]
    n, blocks = title_block(lines)
    assert n == 4
    assert [b.text.text for b in blocks] == [
        "Waste Strategy Delivery Plan 2026-27: half-year report",
        "Cardiff Council – Waste team", "3 November 2026"]
    model = read_text_lines(lines)
    assert [type(b).__name__ for b in model.blocks][:1] == ["Heading"]
    assert title_block(["%  of councils met the target", "(see table)"]) == (0, [])


def test_nothing_lost(parsed):
    """Every word of the Markdown report is in some table (the measures and the comments
    in the paragraphs table); the date line is the date."""
    name = "housing-delivery-plan.md"
    got = parsed[name]
    assert programme_words_lost(got, DATA / name) == set()
