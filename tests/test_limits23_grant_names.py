"""A grant's name without the funder printed in brackets after it, and without a generic
word after a name that is already a fund's or grant's (stop 23): "Improvement Support Grant
(Welsh Government): £940,000" is the Improvement Support Grant, from the Welsh Government
(a separate fact, kept in the paragraphs table); "the Local Transport Fund grant of
£450,000" is the Local Transport Fund."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.interpret.programme.grant_name_parts import plain_grant_name

UPDATE = """9th February 2026

WLGA IMPROVEMENT PROGRAMME 2025-26 UPDATE

Purpose

1. To update Members on progress against the delivery plan for the Improvement Programme 2025-26.

Background

2. The programme is funded by these grants in 2025-26:

- Improvement Support Grant (Welsh Government): £940,000
- Workforce Development grant (Social Care Wales): £60,000
- Housing Support Grant (capital): £35,000

3. The Welsh Government's Local Transport Fund grant of £450,000 for 2025-26 funds the first
regional transport schemes.

Progress Update

4. Leadership and Governance

- An induction programme for newly elected council leaders (Complete)
- A peer review of scrutiny arrangements in two councils (On track)

Next Steps

5. Members are asked to note the progress report.
"""


@pytest.mark.parametrize(("printed", "name"), [
    ("Improvement Support Grant (Welsh Government)", "Improvement Support Grant"),
    ("Social Care Workforce Development grant (Social Care Wales)",
     "Social Care Workforce Development grant"),
    ("Local Transport Fund grant", "Local Transport Fund"),
    ("Shared Prosperity Fund funding", "Shared Prosperity Fund"),
    ("Improvement Programme grant", "Improvement Programme grant"),  # (a programme's grant)
    ("Anti-racist Wales Action Plan grant", "Anti-racist Wales Action Plan grant"),
    ("Housing Support Grant (capital)", "Housing Support Grant (capital)"),  # (its part)
    ("Capital grant (2024-25 allocation)", "Capital grant (2024-25 allocation)"),
    ("improvement grant", "improvement grant"),
    ("Fund grant", "Fund grant"),  # (a name that is only that)
])
def test_a_grant_name_without_its_funder_or_a_second_kind_word(printed, name):
    assert plain_grant_name(printed) == name


def test_the_grants_of_an_update_are_named_without_funder_or_second_kind_word(tmp_path):
    path = Path(tmp_path) / "update.txt"
    path.write_text(UPDATE, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        grants = wa.load_grants(path)
        paragraphs = wa.load_paragraphs(path)
    got = sorted(zip(grants["grant"], grants["amount_gbp"], strict=True))
    assert got == [("Housing Support Grant (capital)", 35000),
                   ("Improvement Support Grant", 940000),
                   ("Local Transport Fund", 450000),
                   ("Workforce Development grant", 60000)]
    # (the funder is not lost: the paragraphs table keeps the line as printed)
    assert paragraphs["text"].str.contains(r"Support Grant \(Welsh Government\)").any()
