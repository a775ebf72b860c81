"""Two series as analysts receive them (tests/data/series_unseen/, READING.md): a WLGA
Improvement Programme paper and a Digital Programme highlight report, four quarterly
updates each, published as Word, PDF, web page and text within one series, with
sections renamed and reordered, items reworded, split and merged, work slipped, brought
forward and dropped silently, a new priority and a grant's amount changed.

Each test checks the analyst's reading written down before any loader was run.
"""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import analysis, config, series
from wlga_analysis.errors import DataQualityWarning, ParseError

DATA = config.PROJ_ROOT / "tests" / "data" / "series_unseen"

#: label -> {update number: item_id}, the analyst's reading of READING.md.
IMPROVEMENT = {
    "peer panel": {1: "4.1"},
    "scrutiny support": {1: "4.2", 2: "5.1", 3: "4.1", 4: "4.1"},
    "risk workshop": {1: "4.3", 2: "5.2", 3: "4.2"},
    "data maturity": {1: "5.1", 2: "7.1", 3: "6.1", 4: "6.1"},
    "data literacy": {1: "5.2", 2: "7.2", 3: "6.2", 4: "6.2"},
    "workforce survey": {1: "6.1", 2: "6.1"},
    "graduate programme": {1: "6.2", 2: "6.2", 3: "5.1", 4: "5.1"},
    "graduate recruitment": {2: "6.3"},
    "participation strategies": {1: "7.1", 2: "8.1", 3: "7.1"},
    "citizens' panel": {1: "7.2", 2: "8.2"},
    "financial sustainability": {3: "8.1", 4: "7.1"},
    "programme 2026-27": {4: "8.1"},
}
DIGITAL = {
    "data maturity framework": {1: "3.1", 2: "3.1"},
    "data platform": {1: "3.2", 2: "3.2", 3: "3.1", 4: "3.1"},
    "cyber exercises": {1: "4.1", 2: "5.1", 3: "5.1"},
    "cyber assessment framework": {1: "4.2", 2: "5.2", 3: "5.2", 4: "5.1"},
    "service design training": {1: "5.1"},
    "digital leadership": {1: "5.2", 2: "4.1", 3: "4.1", 4: "4.1"},
    "Welsh language standards": {1: "5.3", 2: "4.2"},
    "AI pilots": {2: "3.3", 3: "3.2", 4: "3.2"},  # (the split's halves: either may continue)
    "AI pilots, other half": {3: "3.3"},
    "digital inclusion charter": {3: "6.1", 4: "6.1"},
}
FORMS = {"improvement": ("docx", "pdf", "html", "txt"), "digital": ("txt", "html", "docx", "pdf")}


def _name(programme: str, n: int) -> str:
    return f"{programme}-2025-26-q{n}.{FORMS[programme][n - 1]}"


def _read(programme: str) -> series.ProgrammeSeries:
    return series.read_series(DATA / programme)


@pytest.fixture(scope="module")
def improvement():
    return _read("improvement")


@pytest.fixture(scope="module")
def digital():
    return _read("digital")


def _keys(read: series.ProgrammeSeries, programme: str, reading: dict) -> dict[str, set]:
    rows = read.programme.set_index(["update", "item_id"])["item_key"]
    return {label: {rows[(_name(programme, n), item)] for n, item in where.items()}
            for label, where in reading.items()}


@pytest.mark.parametrize("programme, reading", [("improvement", IMPROVEMENT),
                                                ("digital", DIGITAL)])
def test_every_piece_of_work_keeps_one_key_across_forms_and_layouts(
        programme, reading, improvement, digital):
    read = improvement if programme == "improvement" else digital
    assert list(dict.fromkeys(read.programme["update"])) == \
        [_name(programme, n) for n in (1, 2, 3, 4)]
    assert len(read.programme) == sum(len(w) for w in reading.values())
    keys = _keys(read, programme, reading)
    assert {label: len(k) for label, k in keys.items()} == dict.fromkeys(reading, 1)
    assert len(set().union(*keys.values())) == len(reading)


def test_a_merged_item_continues_the_work_first_seen_and_the_merge_is_reported(digital):
    rows = digital.programme.set_index(["update", "item_id"])["item_key"]
    pilots = rows[(_name("digital", 2), "3.3")]
    assert rows[(_name("digital", 4), "3.2")] == pilots
    checks = {(i.document, i.check, i.item) for i in digital.issues}
    assert (_name("digital", 3), "possible split", "3.3") in checks
    assert (_name("digital", 4), "possible merge", "3.2") in checks


def test_a_merge_by_wording_is_reported(improvement):
    checks = {(i.document, i.check, i.item) for i in improvement.issues}
    assert (_name("improvement", 3), "possible merge", "5.1") in checks


def _changes(read, programme, reading):
    keys = {next(iter(k)): label for label, k in _keys(read, programme, reading).items()}
    changes = analysis.programme_changes(read.programme)
    to = {name: n for n in (1, 2, 3, 4) if (name := _name(programme, n))}
    return {(keys[r.item_key], to[r.to_update]): r for r in changes.itertuples()}


def test_changes_of_the_highlight_report_use_its_due_dates(digital):
    got = _changes(digital, "digital", DIGITAL)
    assert sorted(k for k, r in got.items() if r.slipped) == [
        ("AI pilots", 4), ("cyber assessment framework", 3), ("data platform", 2),
        ("data platform", 4)]
    assert [k for k, r in got.items() if r.brought_forward] == \
        [("cyber assessment framework", 2)]
    assert wa.quarter_label(got[("data platform", 4)].quarter_after) == "2026-27 Q2"
    assert got[("data platform", 4)].when_after == "September 2026"
    counts = {n: {c: sum(1 for (_, m), r in got.items() if m == n and r.change == c)
                  for c in ("new", "dropped", "changed", "unchanged")} for n in (2, 3, 4)}
    assert counts == {2: {"new": 1, "dropped": 1, "changed": 3, "unchanged": 3},
                      3: {"new": 2, "dropped": 2, "changed": 4, "unchanged": 1},
                      4: {"new": 0, "dropped": 2, "changed": 5, "unchanged": 0}}


def test_changes_of_the_paper_across_renamed_and_reordered_sections(improvement):
    got = _changes(improvement, "improvement", IMPROVEMENT)
    assert got[("data maturity", 2)].change == "unchanged"  # its section was renamed
    # (the follow-up rounds of done work, scrutiny and financial sustainability, had no due
    # quarter left before: flagged check, not slipped)
    assert sorted(k for k, r in got.items() if r.slipped) == [
        ("data maturity", 3), ("graduate programme", 4), ("risk workshop", 2)]
    assert {k for k, r in got.items() if r.check} >= {
        ("scrutiny support", 4), ("financial sustainability", 4)}
    counts = {n: {c: sum(1 for (_, m), r in got.items() if m == n and r.change == c)
                  for c in ("new", "dropped", "changed", "unchanged")} for n in (2, 3, 4)}
    assert counts == {2: {"new": 1, "dropped": 1, "changed": 5, "unchanged": 3},
                      3: {"new": 1, "dropped": 3, "changed": 5, "unchanged": 1},
                      4: {"new": 1, "dropped": 2, "changed": 4, "unchanged": 1}}


@pytest.mark.parametrize("programme, grant, amounts", [
    ("improvement", "improvement grant", [800000, 800000, 850000, 850000]),
    ("digital", "digital grant", [500000, 500000, 520000, 520000]),
])
def test_one_grant_is_followed_across_updates_and_years(programme, grant, amounts,
                                                        improvement, digital):
    grants = (improvement if programme == "improvement" else digital).grants
    this_year = grants[grants["financial_year"] == "2025-26"]
    assert this_year["grant"].tolist() == [grant] * 4
    assert this_year["amount_gbp"].tolist() == amounts
    next_year = grants[grants["financial_year"] == "2026-27"]
    assert next_year[["update", "grant"]].values.tolist() == [[_name(programme, 4), grant]]
    table = analysis.grant_changes(grants)
    assert table["grant"].tolist() == [grant, grant]


def test_the_quality_report_holds_every_finding(improvement):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        report = series.series_quality_report(DATA / "improvement")
    assert len(report) == len(improvement.issues)


# ------------------------------------------------------------------ odd inputs
@pytest.fixture(scope="module")
def odd(tmp_path_factory):
    """Folders of odd inputs, published from the series' text forms."""
    import shutil
    import sys

    sys.path.insert(0, str(DATA))
    try:
        from make_series import publish
    finally:
        sys.path.remove(str(DATA))
    root = tmp_path_factory.mktemp("odd")
    q1 = (DATA / "src" / "improvement-2025-26-q1.txt").read_text(encoding="utf-8")
    q4 = (DATA / "src" / "improvement-2025-26-q4.txt").read_text(encoding="utf-8")
    (root / "twice").mkdir()
    (root / "twice" / "q1.docx").write_bytes(publish(q1, "docx"))
    (root / "twice" / "q1.pdf").write_bytes(publish(q1, "pdf"))
    (root / "same-date").mkdir()
    (root / "same-date" / "q1.txt").write_bytes(publish(q1, "txt"))
    (root / "same-date" / "q4.html").write_bytes(
        publish(q4.replace("19th March 2026", "19th June 2025"), "html"))
    titled = q4.replace("19th March 2026\n\nWLGA IMPROVEMENT PROGRAMME 2025-26 UPDATE",
                        "WLGA IMPROVEMENT PROGRAMME 2025-26: UPDATE, MARCH 2026")
    (root / "title").mkdir()
    (root / "title" / "q1.txt").write_bytes(publish(q1, "txt"))
    (root / "title" / "q4.pdf").write_bytes(publish(titled, "pdf"))
    (root / "period").mkdir()
    (root / "period" / "q4.html").write_bytes(publish(titled.replace(
        "UPDATE, MARCH 2026", "UPDATE, APRIL 2025 TO MARCH 2026"), "html"))
    (root / "other").mkdir()
    for name in ("improvement-2025-26-q1.docx", "improvement-2025-26-q2.pdf"):
        shutil.copy(DATA / "improvement" / name, root / "other" / name)
    (root / "other" / "notes.csv").write_text("update,note\nq1,first\n", encoding="utf-8")
    return root


def test_the_same_update_given_twice_is_an_error_that_says_so(odd):
    with pytest.raises(ParseError, match=r"the same update is given twice \(q1.docx, q1.pdf"):
        series.read_series(odd / "twice")


def test_two_updates_of_one_date_are_an_error(odd):
    with pytest.raises(ParseError, match="two updates have the same date 19 June 2025"):
        series.read_series(odd / "same-date")


def test_an_update_dated_only_in_its_title_is_dated_from_it_and_says_so(odd):
    read = series.read_series(odd / "title")
    assert read.programme["update_date"].unique().tolist() == ["2025-06-19", "2026-03-01"]
    found = [i for i in read.issues if i.check == "dated from title"]
    assert [(i.document, i.source_line) for i in found] == [("q4.pdf", 1)]
    assert "dated 1 March 2026" in found[0].message
    # a title naming a period gives no one date: undated, put last and said so
    period = series.read_series(odd / "period")
    assert period.programme["update_date"].isna().all()
    assert "undated update" in {i.check for i in period.issues}


def test_a_file_that_is_not_a_document_is_left_out_and_said_so(odd):
    read = series.read_series(odd / "other")
    assert list(dict.fromkeys(read.programme["update"])) == \
        ["improvement-2025-26-q1.docx", "improvement-2025-26-q2.pdf"]
    found = [i for i in read.issues if i.check == "not an update"]
    assert [i.document for i in found] == ["notes.csv"]
    assert "left out of the series" in found[0].message


def test_the_order_the_updates_are_given_in_does_not_matter(digital):
    paths = [DATA / "digital" / _name("digital", n) for n in (4, 2, 3, 1)]
    again = series.read_series(paths)
    assert again.programme.equals(digital.programme)
    assert again.grants.equals(digital.grants)
    assert [i.message for i in again.issues] == [i.message for i in digital.issues]


def test_an_update_of_another_programme_in_the_series_is_reported():
    paths = [DATA / "improvement" / _name("improvement", 1),
             DATA / "digital" / _name("digital", 2),
             DATA / "improvement" / _name("improvement", 3)]
    read = series.read_series(paths)
    found = [(i.document, i.check) for i in read.issues if i.check == "no work in common"]
    assert found == [(_name("digital", 2), "no work in common")]
    assert not [i for i in _read("digital").issues if i.check == "no work in common"]
