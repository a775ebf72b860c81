"""A risk register whose mitigating actions are the items (the twenty-fourth evaluation
corpus's prog24b family).

The family: a council's risk register reported to a committee, a table with a risk column
(a short bold title over a description) and a column of actions, one bullet per action
ending with its position after a dash ("– complete (July 2025)", "– underway, due June
2026"). Each risk is a numbered section (the figures of its ref) and a priority (its title);
each action an item, its text without the position, its status and timing from the
position; a scoring key, the risks closed and the recommendation are no items.

The documents in ``tests/data/eval24/risk_register/`` are written for the test, in layouts of
the family the corpus does not print: a web page (``Risk ref | Risk description | Risk owner
| Current score | Actions | Target score | Trend``, refs "SR3", "SR5", ``<ul>`` cells, a
rating key before and a table of risks removed after, an aside of links;
``strategic-risks-q3.html``) and a Markdown pipe table whose actions are "• " lines apart by
``<br>`` (``No. | Risk | Lead officer | Controls and actions | Rating``, other status words:
"completed June 2026", "ongoing", "behind schedule"; ``cabinet-risk-extract-q1.md``). The
asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme.risk_register import action_position
from wlga_analysis.read.markers import parse_marker
from wlga_analysis.testing import parse_document
from wlga_analysis.text.clean import clean_text

DATA = Path(__file__).parent / "data" / "eval24" / "risk_register"


_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(clean_text(text))}


def _missing_words(parse, path: Path) -> list[tuple[int, str]]:
    """Words of the document's text form in no table of the parse nor its title or date line
    (nothing lost, as tests/test_programme_coverage.py checks the text documents)."""
    found: set[str] = _words(parse.metadata["title"] or "")
    for frame in (parse.programme, parse.priorities, parse.grants, parse.paragraphs):
        for column in frame.columns:
            for value in frame[column].tolist():
                found |= _words(" ".join(map(str, value)) if isinstance(value, list)
                                else str(value))
    missing = []
    for number, line in enumerate(read_document(path, "programme").lines, 1):
        marker = parse_marker(line)
        text = (marker.rest if marker is not None else line).replace("<br>", " ")
        if number != parse.metadata["date_line"]:
            missing += [(number, w) for w in sorted(_words(text.replace("\t", " ")) - found)]
    return missing


def _parse(name: str):
    return parse_document(DATA / name, "programme")


@pytest.fixture(scope="module")
def strategic():
    return _parse("strategic-risks-q3.html")


@pytest.fixture(scope="module")
def cabinet():
    return _parse("cabinet-risk-extract-q1.md")


def _items(parse):
    prog = parse.programme
    return [(int(p), t, s, q, sorted(ps)) for p, t, s, q, ps in zip(
        prog["paragraph"], prog["text"], prog["status"], prog["quarter_label"],
        prog["partners"], strict=True)]


def test_strategic_items(strategic):
    assert _items(strategic) == [
        (3, "Flood barrier scheme for the town centre", "in progress", "2026-27 Q1", []),
        (3, "Severe weather plan tested with Natural Resources Wales", "done", "2025-26 Q3",
         []),
        (5, "Apprenticeship scheme extended with the HR Directors Network", "done",
         "2025-26 Q2", ["HR Directors Network"]),
        (5, "Pay and grading review", "at risk", "2026-27 Q2", []),
        (5, "Succession plans for senior posts", "planned", "2026-27 Q3", []),
    ]


def test_strategic_priorities_and_text(strategic):
    assert strategic.priorities["priority"].tolist() == ["Climate adaptation",
                                                         "Workforce capacity"]
    assert strategic.grants.empty
    texts = " ".join(strategic.paragraphs["text"])
    for kept in ("Severe weather damages roads, bridges and homes.", "Director of Environment",
                 "Delivery of the leisure centre rebuild", "15-25"):
        assert kept in texts  # (nothing lost: the row's other cells, the key, closed risks)
    assert not strategic.programme["text"].str.contains(
        "15-25|leisure centre|Audit Committee meetings|notes the").any()


def test_cabinet_items(cabinet):
    assert _items(cabinet) == [
        (1, "New tariff agreed by Cabinet", "done", "2026-27 Q1", []),
        (1, "Cashless payment machines in every car park", "planned", "2026-27 Q3", []),
        (2, "Condition surveys of all schools, checked with CIPFA", "in progress",
         "2026-27 Q4", ["CIPFA"]),
        (2, "Capital bid for the two schools", "at risk", "2026-27 Q4", []),
    ]
    assert cabinet.priorities["priority"].tolist() == ["Income from car parks",
                                                       "School building condition"]
    assert cabinet.metadata["title"] == "Corporate risk register extract: Quarter 1 2026-27"


def test_action_positions():
    assert action_position("Pay review – delayed, now due September 2026") == (
        "Pay review", "delayed", "now due September 2026")
    assert action_position("New tariff – completed June 2026") == (
        "New tariff", "completed", "June 2026")
    assert action_position("Joint work with the Police – a second phase") is None
    assert action_position("A plan with no position") is None


@pytest.mark.parametrize("header, row", [
    ("Risk\tRating\tMitigation", "Funding cut\tHigh\tLobbying"),  # (no actions column)
    ("Risk description\tLikelihood\tImpact\tMitigating action",  # (actions as sentences,
     "Councils lack capacity\tMedium\tHigh\tSecondments offered."),  # no position: an annex)
])
def test_a_risk_table_of_another_kind_is_no_register(header, row):
    from wlga_analysis.interpret.programme.risk_register import register_sections
    from wlga_analysis.read.text import read_text_lines

    lines = ["Risks", "", header, row]
    assert register_sections(read_text_lines(lines, exact=True).blocks) is None


def test_strategic_nothing_lost(strategic):
    assert _missing_words(strategic, DATA / "strategic-risks-q3.html") == []


def test_cabinet_nothing_lost(cabinet):
    assert _missing_words(cabinet, DATA / "cabinet-risk-extract-q1.md") == []
