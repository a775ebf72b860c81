"""Grants stated per year over stated years, and the names of grants a sentence states
(tests/data/grants/per-year-grants-2024-25.md, written for this test).

The reader's reading, written before the loader was run on it:

- "£300,000 a year for two years from 2025-26 for a workforce planning programme": two
  grant rows, 2025-26 and 2026-27, £300,000 each, named for the workforce planning programme
  (not "grant for two years");
- "The data team is funded at £120,000 per annum for 2023-24 to 2025-26": three rows,
  2023-24, 2024-25, 2025-26, named for the data team;
- "provided £0.6m for the improvement programme in 2024-25 and has confirmed £650k for
  2025-26": the £650k is the same programme's grant for 2025-26 (named for it, not
  "grant of £650k");
- "a grant of £50,000 a year for the equalities network": the years are not stated, so one
  row (the paper's year), never invented years.

Each expanded amount is reported once ("grant per year"), on the line of its sentence.
"""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import config
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.interpret.programme.grants import stated_years

PAPER = config.PROJ_ROOT / "tests" / "data" / "grants" / "per-year-grants-2024-25.md"

#: (amount, financial year, a word the name must contain)
READING = [
    (300_000, "2025-26", "workforce planning"), (300_000, "2026-27", "workforce planning"),
    (120_000, "2023-24", "data team"), (120_000, "2024-25", "data team"),
    (120_000, "2025-26", "data team"),
    (600_000, "2024-25", "improvement"), (650_000, "2025-26", "improvement"),
    (50_000, "2024-25", "equalities"),
]


@pytest.fixture(scope="module")
def loaded():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DataQualityWarning)
        grants = wa.load_grants(PAPER)
    return grants, [str(w.message) for w in caught]


def test_one_row_per_stated_year_named_by_the_sentence(loaded):
    grants, _ = loaded
    rows = sorted(zip(grants["amount_gbp"], grants["financial_year"], grants["grant"],
                      strict=True))
    assert [(a, y) for a, y, _ in rows] == sorted((a, y) for a, y, _ in READING)
    for (amount, year, name), (want_amount, want_year, word) in zip(
            rows, sorted(READING), strict=True):
        assert (amount, year) == (want_amount, want_year)
        assert word in name.lower(), (amount, year, name)


def test_each_expansion_is_reported_and_traceable(loaded):
    grants, messages = loaded
    notes = [m for m in messages if "one grant row per year" in m]
    assert len(notes) == 2
    assert any("£300,000 a year for two years from 2025-26" in m and "2025-26, 2026-27" in m
               for m in notes)
    assert any("£120,000 per annum for 2023-24 to 2025-26" in m for m in notes)
    line = PAPER.read_text(encoding="utf-8").splitlines().index(
        next(t for t in PAPER.read_text(encoding="utf-8").splitlines() if "£300,000" in t)) + 1
    assert set(grants.loc[grants["amount_gbp"] == 300_000, "source_line"]) == {line}


@pytest.mark.parametrize("words", [" a year.", " for 2023-24 to 2025-26.",
                                   " per annum for 2025-26 to 2023-24.",
                                   " a year for twenty years from 2025-26."])
def test_years_are_never_invented(words):
    assert stated_years(words) is None
