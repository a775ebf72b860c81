"""Issue 13 (1 MB in under 2 s): a text a document prints again is read once.

Grant sentences, recommendation cells and their blocks are read by rules that depend on
the text alone, so each parse reads each distinct text once and reuses the reading; the
outputs are those of reading every copy. A load whose warnings the filters drop makes
none. These tests count the readings, so they do not depend on the machine's speed.
"""

from __future__ import annotations

import dataclasses
import pickle
import re
import warnings
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from wlga_analysis import programme, quality, recommendations
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.interpret.programme import grants, parser
from wlga_analysis.interpret.programme.common import vocabulary
from wlga_analysis.interpret.recommendations import lines as rec_lines
from wlga_analysis.read import text_table
from wlga_analysis.testing import hostile, quietly
from wlga_analysis.text import money


def _counted(monkeypatch, module, name):
    """Replace ``module.name`` by a wrapper counting its calls; return the counter."""
    calls = []
    original = getattr(module, name)

    def wrapper(*args, **kwargs):
        calls.append(args[0])
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, wrapper)
    return calls


# ------------------------------------------------------------------------------ grants
def test_a_grant_sentence_printed_many_times_is_read_once(tmp_path, monkeypatch):
    bullet = "- The improvement grant of £800,000 was agreed for 2021-22."
    other = "- The digital grant of £530,000 was agreed for 2021-22."
    path = tmp_path / "update.txt"
    path.write_text(hostile.programme_text(bullets=(bullet, other) * 50), encoding="utf-8")
    read = _counted(monkeypatch, parser, "row_amounts")
    table = quietly(programme.load_grants, path)
    assert sorted(read) == sorted([bullet[2:], other[2:]])
    assert table[["grant", "amount_gbp"]].values.tolist() == [
        ["improvement grant", 800000], ["digital grant", 530000]]
    assert [len(p) for p in table["paragraphs"]] == [1, 1]


def test_row_amounts_reads_each_sentence_and_reports_what_it_cannot_read():
    found = grants.row_amounts("Spending of £5,000 on the digital grant. The digital grant "
                               "of £1,00 and £2.50 was agreed. Nothing here.", vocabulary())
    assert [s.sentence[:12] for s in found] == ["Spending of ", "The digital ", "Nothing here"]
    first, second, third = found
    assert [(r.amount, r.funding, r.name) for r in first.readings] == [
        (5000, False, None)]  # spending: not a grant
    assert [(m.printed, m.value) for m in second.problems] == [
        ("£1", None), ("£2.50", Decimal("2.50"))]
    assert [(r.amount, r.funding, r.before, r.after) for r in second.readings] == [
        (3, True, "The digital grant of £1,00 and ", " was agreed.")]
    assert third.problems == () and third.readings == ()


def test_grant_words_are_noted_in_their_order_once():
    named: dict[str, int] = {}
    grants.note_grant_words("the digital grant, the annual grant", frozenset({"annual"}),
                            named)
    grants.note_grant_words("the team grant and the digital grant", frozenset(), named)
    assert named == {"digital": 0, "team": 1}


def test_a_grant_purpose_is_read_from_the_words_after_its_amount():
    assert grants._purpose_after(" for 2024-25 to fund the Chief Digital Officer, and more"
                                 ) == "Chief Digital Officer"
    assert grants._purpose_after(" each year for 2024-25.") is None
    assert grants._purpose_after(" was agreed.") is None


@given(st.text(alphabet="£￡GBPgbp 0123456789,.\u00a0\u200bkmbn", max_size=40))
def test_find_money_reads_what_the_pattern_finds_everywhere(text):
    expected = [money._read(m, text) for m in money._MONEY.finditer(text)]
    assert money.find_money(text) == expected


def test_money_is_still_read_like_a_match():
    found = money.parse_money("a grant of £1,200 for the team")
    assert (found.start, found.end, found.printed, found.value, found.problem) == (
        11, 17, "£1,200", Decimal("1200"), None)
    assert found.group(0) == "£1,200" and not found.has_pence


# ---------------------------------------------------------------------- recommendations
def test_a_recommendations_row_printed_many_times_reads_its_blocks_once(tmp_path,
                                                                        monkeypatch):
    _kind, make = hostile.PATHOLOGICAL["recommendations: many areas"]
    text = "\n".join([make(40)] * 4)  # the same document, rows and all, printed four times
    path = tmp_path / "recs.txt"
    path.write_text(text, encoding="utf-8")
    stripped = _counted(monkeypatch, rec_lines, "_strip_markers")
    split = _counted(monkeypatch, rec_lines, "_split_blocks")
    areas = quietly(recommendations.load_areas, path)
    assert text.count("<p><b>Area 2: Area 2</b></p>") > 3  # the rows are printed 4 times
    assert len(areas) == len(set(re.findall(r"Area (\d+):", text)))
    # each distinct item block and cell once, however many copies the document prints
    assert len(stripped) == len(set(stripped)) and len(split) == len(set(split))
    assert len(stripped) < 3 * len(areas)


def test_a_repeated_pipe_cell_is_read_once_and_placed_at_each_row(monkeypatch):
    read = _counted(monkeypatch, text_table, "cell_blocks")
    row = "| **Area 1: A** | 1. That **WG** acts | 1. r (**WG**) |"
    run = ["| Area | Activity | Recommendations |", "|---|---|---|", row, row]
    blocks, _ = text_table.read_table_run(run, 10)
    assert len(read) == 6  # one per distinct cell: the header's and the first row's
    table = blocks[0]
    lines = [[c.location.line for c in r] for r in table.rows]
    assert lines == [[12, 12, 12], [13, 13, 13]]
    assert [[b.location.row for c in r for b in c.blocks] for r in table.rows] == [
        [1, 1, 1], [2, 2, 2]]
    assert table.rows[0][1].blocks[0].text.bold == ((5, 7),)


# ------------------------------------------------------------------------------- issues
def test_no_warning_is_made_when_the_filters_drop_them(monkeypatch):
    issues = [quality.Issue("doc.txt", "areas", "area repeated", "2", n, f"finding {n}")
              for n in range(50)]
    made = []
    monkeypatch.setattr(quality.warnings, "warn", lambda *a, **k: made.append(a[0]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        quality.emit(issues)
    assert made == []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        warnings.filterwarnings("always", message="doc.txt, line 7", category=DataQualityWarning)
        quality.emit(issues)
    assert len(made) == 50  # a filter for some messages: each warning is made


def test_every_warning_is_still_shown_when_the_filters_let_it_through():
    issues = [quality.Issue("doc.txt", "areas", "area repeated", "2", n, f"finding {n}")
              for n in range(5)]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quality.emit(issues)
    assert [str(w.message) for w in caught] == [i.warning_text() for i in issues]


def test_an_issue_is_still_a_frozen_dataclass():
    issue = quality.Issue("doc.txt", "areas", "area repeated", "2", 5, "twice")
    assert dataclasses.asdict(issue) == {
        "document": "doc.txt", "table": "areas", "check": "area repeated", "item": "2",
        "source_line": 5, "message": "twice"}
    assert pickle.loads(pickle.dumps(issue)) == issue
    assert dataclasses.replace(issue, item="3").item == "3"
    try:
        issue.item = "4"  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:  # pragma: no cover - the test fails
        raise AssertionError("an Issue can be changed")
    assert hash(issue) == hash(quality.Issue("doc.txt", "areas", "area repeated", "2", 5,
                                             "twice"))
