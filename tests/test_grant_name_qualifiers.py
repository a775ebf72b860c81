"""A grant's proper name may end in a qualifier printed in its capitals ("Transitional
Accommodation Capital Grant"): it names the grant. A qualifier after a body's name ("Welsh
Government Capital Grant") or in lower case ("revenue grant") still names none."""

from __future__ import annotations

import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import DataQualityWarning

_PAPER = ("# Housing Programme Update\n\nReport date: 14 January 2026\n\n"
          "## Priority 1: Homes\n\n- {sentence}\n- Training is on track for March 2026.\n")


@pytest.mark.parametrize(("sentence", "name", "amount"), [
    ("The Welsh Government awarded a £450,000 Transitional Accommodation Capital Grant in "
     "December 2025.", "Transitional Accommodation Capital Grant", 450_000),
    ("A £1.2m Enable Adaptations Revenue Grant funds the team.",
     "Enable Adaptations Revenue Grant", 1_200_000),
    ("The council was awarded a £450,000 Welsh Government Capital Grant.",
     "grant of £450,000", 450_000),
    ("The £800,000 Improvement Programme revenue grant continues.", "grant of £800,000",
     800_000),
])
def test_a_qualifier_in_a_grant_name(tmp_path, sentence, name, amount):
    path = tmp_path / "update.md"
    path.write_text(_PAPER.format(sentence=sentence), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        grants = wa.load_grants(path)
    assert grants[["grant", "amount_gbp"]].values.tolist() == [[name, amount]]
