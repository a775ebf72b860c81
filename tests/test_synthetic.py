"""Round trips: synthetic documents parse back to exactly what was generated.

Every generated document (wlga_analysis.testing.synthetic) is written to a fresh file (the loaders
cache parses by path and checksum) and read with the public loaders; their tables must
equal the generator's ``expected`` row for row.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wlga_analysis as wa
from wlga_analysis.testing import quietly, synthetic

_COUNTER = itertools.count()


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="wlga-synthetic-") as tmp:
        yield Path(tmp)


def _write(workdir: Path, text: str, stem: str) -> Path:
    path = workdir / f"{stem}-{next(_COUNTER)}.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def _plain(value):
    """A cell as a plain Python value (missing -> None, numpy scalars -> Python)."""
    if isinstance(value, list):
        return list(value)
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _records(frame: pd.DataFrame, columns: list[str]) -> list[dict]:
    return [{c: _plain(v) for c, v in zip(columns, row, strict=True)}
            for row in frame[columns].itertuples(index=False)]


def _assert_rows(got: list[dict], want: list[dict], table: str) -> None:
    for n, (g, w) in enumerate(zip(got, want, strict=False)):
        assert g == w, f"{table} row {n}: parsed {g!r}, generated {w!r}"
    assert len(got) == len(want), f"{table}: parsed {len(got)} rows, generated {len(want)}"


# ---------------------------------------------------------------------------------------
# Recommendations
# ---------------------------------------------------------------------------------------
def check_recommendations(text: str, expected: dict, path: Path) -> None:
    areas = quietly(wa.load_areas, path)
    _assert_rows(_records(areas, ["area_id", "area", "theme", "remit"]),
                 expected["areas"], "areas")
    acts = quietly(wa.load_activities, path)
    cols = ["activity_no", "area_id", "text", "status", "owners"]
    _assert_rows(_records(acts, cols), expected["activities"], "activities")
    assert acts["activity_seq"].tolist() == list(range(1, len(acts) + 1))
    recs = quietly(wa.load_recommendations, path)
    cols = ["rec_id", "area_id", "area", "theme", "text", "owners"]
    _assert_rows(_records(recs, cols), expected["recommendations"], "recommendations")
    owners = quietly(wa.load_recommendation_owners, path)
    want = [{"rec_id": r["rec_id"], "owner": code, "owner_position": k,
             "joint": len(r["owners"]) > 1}
            for r in expected["recommendations"] for k, code in enumerate(r["owners"], 1)]
    _assert_rows(_records(owners, ["rec_id", "owner", "owner_position", "joint"]), want,
                 "recommendation_owners")
    assert owners["owner_name"].notna().all()  # every generated code is a known one
    notes = quietly(wa.load_recommendations_notes, path)
    _assert_rows(_records(notes, ["kind", "text"]), expected["notes"], "recommendations_notes")
    meta = wa.load_metadata(path, kind="recommendations")
    assert meta["title"] == expected["title"]


@given(rng=st.randoms(use_true_random=False),
       n_themes=st.integers(1, 6),
       page_break_rate=st.sampled_from([0.0, 0.35, 1.0]),
       notes=st.booleans())
def test_recommendations_round_trip(workdir, rng, n_themes, page_break_rate, notes):
    text, expected = synthetic.recommendations_document(
        rng, n_themes=n_themes, page_break_rate=page_break_rate, notes=notes)
    check_recommendations(text, expected, _write(workdir, text, "recs"))


@pytest.mark.parametrize("seed", range(5))
def test_recommendations_round_trip_fixed_seeds(workdir, seed):
    text, expected = synthetic.recommendations_document(seed)
    check_recommendations(text, expected, _write(workdir, text, "recs-seed"))


def test_scaled_recommendations_round_trip(workdir):
    text, expected = synthetic.scaled_recommendations(4)
    assert len(expected["areas"]) == 40
    assert 80 <= len(expected["recommendations"]) <= 120
    check_recommendations(text, expected, _write(workdir, text, "recs-scaled"))


def test_generated_recommendations_cover_the_shipped_features():
    features = {"#### ": 0, "</b>\t\t": 0, "\n**": 0, synthetic.HEADER_PLAIN: 0,
                synthetic.HEADER_BOLD: 0, "\n\t": 0, "---\t": 0, "(<b>": 0, "<b>(": 0,
                "/": 0, "Working Group</b>": 0, " - ": 0, "<ul": 0, "&amp;": 0}
    for seed in range(40):
        text, _ = synthetic.recommendations_document(seed)
        for key in features:
            features[key] += key in text
    assert all(features.values()), features


# ---------------------------------------------------------------------------------------
# Programme updates
# ---------------------------------------------------------------------------------------
def check_programme(text: str, expected: dict, path: Path) -> None:
    meta = wa.load_metadata(path, kind="programme")
    assert (meta["date"], meta["financial_year"], meta["title"]) == \
        (expected["date"], expected["financial_year"], expected["title"])
    prog = quietly(wa.load_programme, path)
    cols = ["item_id", "paragraph", "section", "priority", "topic", "text", "when",
            "quarter_label", "partners"]
    got = _records(prog, [*cols, "status"])
    want = []
    for g, w in zip(got, expected["items"], strict=False):
        row = {c: w[c] for c in cols}
        # status is checked where the wording states one; neutral wording gets the
        # (analyst-editable) default rule, whatever it says
        row["status"] = g["status"] if w["status"] is None else w["status"]
        want.append(row)
    _assert_rows(got, want, "programme")
    assert len(prog) == len(expected["items"])
    assert prog["quarter_label"].isna().tolist() == prog["quarter"].isna().tolist()
    priorities = quietly(wa.load_priorities, path)
    assert priorities["priority"].tolist() == expected["priorities"]
    grants = quietly(wa.load_grants, path)
    cols = ["grant", "amount_gbp", "financial_year", "financial_year_stated", "purpose",
            "paragraphs"]
    got = _records(grants, cols)
    want = [{**w, "purpose": g["purpose"] if w["purpose"] is None else w["purpose"]}
            for g, w in zip(got, expected["grants"], strict=False)]
    _assert_rows(got, want, "grants")
    assert len(got) == len(expected["grants"])
    paragraphs = quietly(wa.load_paragraphs, path)
    _assert_rows(_records(paragraphs, ["paragraph", "heading", "kind", "text"]),
                 expected["paragraphs"], "paragraphs")


@given(rng=st.randoms(use_true_random=False),
       date=st.dates(dt.date(2000, 1, 1), dt.date(2060, 12, 31)),
       n_priorities=st.integers(1, 12),
       page_breaks=st.booleans())
def test_programme_round_trip(workdir, rng, date, n_priorities, page_breaks):
    text, expected = synthetic.programme_document(
        rng, date=date, n_priorities=n_priorities, page_breaks=page_breaks)
    check_programme(text, expected, _write(workdir, text, "prog"))


@pytest.mark.parametrize("date", [dt.date(2021, 10, 22), dt.date(2022, 3, 31),
                                  dt.date(2022, 4, 1), dt.date(2023, 12, 31)])
def test_programme_round_trip_at_year_edges(workdir, date):
    text, expected = synthetic.programme_document(7, date=date)
    check_programme(text, expected, _write(workdir, text, "prog-edge"))


def test_scaled_programme_round_trip(workdir):
    text, expected = synthetic.scaled_programme(3)
    assert len(expected["items"]) >= 3 * 20
    check_programme(text, expected, _write(workdir, text, "prog-scaled"))


def test_generated_programmes_cover_the_shipped_features():
    features = {"quarter two": 0, "by 31st March": 0, "- **": 0, "\n - ": 0, "£": 0,
                "in late Autumn": 0, "Progress Update": 0, "in-\n": 0, "'s elections": 0}
    for seed in range(60):
        text, _ = synthetic.programme_document(seed, date=dt.date(2021, 10, 22))
        for key in features:
            features[key] += key in text
    assert all(features.values()), features


# ---------------------------------------------------------------------------------------
# The generators themselves
# ---------------------------------------------------------------------------------------
def test_generators_are_deterministic():
    assert synthetic.recommendations_document(11) == synthetic.recommendations_document(11)
    assert synthetic.programme_document(11) == synthetic.programme_document(11)
    assert synthetic.recommendations_document(11)[0] != synthetic.recommendations_document(12)[0]


@settings(max_examples=5)
@given(st.integers(1, 4))
def test_scaled_documents_grow_linearly(n):
    one_r = len(synthetic.scaled_recommendations(1)[1]["recommendations"])
    one_p = len(synthetic.scaled_programme(1)[1]["items"])
    assert 0.7 * n < len(synthetic.scaled_recommendations(n)[1]["recommendations"]) / one_r \
        < 1.3 * n
    assert 0.7 * n < len(synthetic.scaled_programme(n)[1]["items"]) / one_p < 1.3 * n


def test_scaled_hundredfold_has_about_2500_recommendations():
    _, expected = synthetic.scaled_recommendations(100)
    assert 2_250 <= len(expected["recommendations"]) <= 2_750
    assert len(expected["areas"]) == 1_000


@pytest.mark.parametrize("bad", [0, 391])
def test_scaled_recommendations_rejects_sizes_it_cannot_print(bad):
    with pytest.raises(ValueError):
        synthetic.scaled_recommendations(bad)
