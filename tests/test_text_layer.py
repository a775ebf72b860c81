"""The shared text layer (wlga_analysis.text): exact amounts, date lines, sentences, and
the programme vocabularies read from reference files."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wlga_analysis.errors import ParseError
from wlga_analysis.programme import parse_amount
from wlga_analysis.reference import (
    load_programme_columns,
    load_programme_words,
    load_status_tags,
)
from wlga_analysis.text.clean import clean_text
from wlga_analysis.text.dates import parse_date_line, parse_month_year_line
from wlga_analysis.text.money import find_money, parse_money

SIGNS = st.sampled_from(["£", "￡", "GBP ", "GBP\u00a0", "£ "])
SEPARATORS = st.sampled_from([",", "\u00a0", "\u202f", "\u2009", ",\u200b"])


@st.composite
def printed_amounts(draw):
    """(text, exact value): a whole number of pounds grouped in threes by one separator,
    maybe with pence, after any currency sign."""
    pounds = draw(st.integers(1_000, 10**12))
    pence = draw(st.one_of(st.none(), st.integers(0, 99)))
    sep = draw(SEPARATORS)
    groups = f"{pounds:,}".replace(",", sep)
    number = groups if pence is None else f"{groups}.{pence:02d}"
    value = Decimal(pounds) if pence is None else Decimal(f"{pounds}.{pence:02d}")
    return f"{draw(SIGNS)}{number}", value


@given(printed_amounts(), st.sampled_from(["", " for 2024-25.", ", and more", "."]))
def test_amounts_are_read_exactly_in_every_grouping(amount, tail):
    printed, value = amount
    found = parse_money(f"funding of {printed}{tail}")
    assert found is not None and found.problem is None
    assert found.value == value


@given(st.integers(1, 999), st.sampled_from(["m", " million", "bn", " billion", "k"]),
       st.integers(0, 9))
def test_units_multiply_exactly(whole, unit, tenth):
    factor = {"m": 10**6, " million": 10**6, "bn": 10**9, " billion": 10**9, "k": 10**3}[unit]
    assert parse_money(f"£{whole}.{tenth}{unit}").value == Decimal(f"{whole}.{tenth}") * factor


@pytest.mark.parametrize(("text", "value"), [
    ("£800\u00a0000", 800000), ("£800,\u200b000", 800000), ("£800,000.75", Decimal("800000.75")),
    ("GBP 800,000", 800000), ("￡800,000", 800000), ("£0.8m", 800000), ("£1.2 million", 1200000),
])
def test_the_issue_13_formats(text, value):
    assert parse_money(text).value == value


@pytest.mark.parametrize("text", ["£800,0000", "£1.2.3", "£80,00 a year", "£1,234,5678",
                                  "£800 000"])
def test_malformed_amounts_are_reported_not_misread(text):
    found = parse_money(text)
    assert found.value is None and found.problem
    assert parse_amount(text) is None


def test_several_amounts_in_one_sentence():
    got = [(m.printed, m.value) for m in find_money("£5k, then GBP 1,000.50 and ￡2m.")]
    assert got == [("£5k", Decimal("5000")), ("GBP 1,000.50", Decimal("1000.50")),
                   ("￡2m", Decimal("2000000"))]


@pytest.mark.parametrize("text", ["22nd October 2021", "Friday, 22nd October 2021",
                                  "October 22, 2021", "22/10/2021", "2021-10-22",
                                  "Date: 22 Oct 2021", "22 October, 2021"])
def test_date_lines(text):
    assert parse_date_line(text) == dt.date(2021, 10, 22)


def test_month_year_and_impossible_dates():
    assert parse_month_year_line("October 2021") == dt.date(2021, 10, 1)
    assert parse_date_line("31/02/2022") is None
    assert parse_date_line("may 2021") is None


def test_clean_text_is_linear_on_long_runs_of_white_space():
    assert clean_text("a <" + " " * 100_000 + "b") == "a < b"
    assert clean_text("a" + "\u2028" * 100_000 + ",") == "a,"


# ---------------------------------------------------------------- reference vocabularies
def test_vocabularies_are_read_from_the_reference_files():
    assert load_status_tags()["not started"] == "planned"
    assert load_programme_columns()["timescale"] == "timing"
    assert "budget" in load_programme_words()["not a grant"]


def test_a_status_tag_with_an_unknown_status_names_the_file_and_line(tmp_path):
    path = tmp_path / "tags.csv"
    path.write_text("# tags\ntag,status\ncomplete,done\nstalled,stuck\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"tags\.csv, line 4: status 'stuck' is not one of"):
        load_status_tags(path)


def test_a_word_list_with_a_bad_pattern_or_list_is_an_error(tmp_path):
    path = tmp_path / "words.csv"
    path.write_text("list,pattern\nfunding,grants?(\n", encoding="utf-8")
    with pytest.raises(ParseError, match="line 2: invalid pattern"):
        load_programme_words(path)
    path.write_text("list,pattern\nfundng,grant\n", encoding="utf-8")
    with pytest.raises(ParseError, match="line 2: list 'fundng' is not one of"):
        load_programme_words(path)


def test_a_column_role_must_be_known(tmp_path):
    path = tmp_path / "columns.csv"
    path.write_text("header,role\nlead,owner\n", encoding="utf-8")
    with pytest.raises(ParseError, match="role 'owner' is not one of"):
        load_programme_columns(path)
