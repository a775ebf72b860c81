"""A grant named as the subject of a sentence that "provides a further £X" (eval38's
prog38a: "The Welsh Government's Diversity in Democracy Fund provides a further £95,000"),
in other wordings: the grant is the fund the sentence names, not "grant for work in ..."."""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa

UPDATE = """# Member Support Programme: Update, January 2026

## 1. Progress Update

1.1 **Mentoring:** Twelve councillors have been matched with mentors, on track for March 2026.

1.2 **Induction:** The refreshed induction pack is being drafted with Academi Wales.

## 2. Resources

2.1 The Welsh Government awarded a Member Support grant of £410,000 for 2025-26.

2.2 {sentence}
"""


@pytest.mark.parametrize(("sentence", "name", "amount"), [
    ("The Shared Prosperity Fund adds another £40,000 for 2025-26 for the mentoring work.",
     "Shared Prosperity Fund", 40_000),
    ("The Community Resilience Grant gave an additional £12,500 in 2025-26 for section 1.",
     "Community Resilience Grant", 12_500),
    ("The Welsh Government's Diversity in Democracy Fund provides a further £95,000 for "
     "2025-26 for the work in section 1.", "Diversity in Democracy Fund", 95_000),
])
def test_a_fund_that_provides_a_further_amount_names_the_grant(tmp_path, sentence, name,
                                                                amount):
    path = tmp_path / "update.md"
    path.write_text(UPDATE.format(sentence=sentence), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wa.DataQualityWarning)
        grants = wa.load_grants(path)
    rows = {int(a): n for n, a in zip(grants["grant"], grants["amount_gbp"], strict=True)}
    assert rows[amount] == name
    assert rows[410_000] == "Member Support grant"
