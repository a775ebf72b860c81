"""The owner-line reader's look for an owner label ("Owner:", "Lead body:") before each
colon of a line finds exactly what a search of the whole line with its field pattern finds
(the look that every table paper pays for, now a few characters a colon)."""

from __future__ import annotations

import random

from wlga_analysis.interpret.recommendations.owner_timescale import _FIELD, _has_owner
from wlga_analysis.interpret.recommendations.record_cards import record_role

WORDS = ["Owner", "owners", "Lead", "lead body", "Lead organisation", "LEAD OFFICER",
         "Responsible", "responsibility", "Timescale", "time frame", "timeframe",
         "Target date", "Deadline", "By when", "co-lead", "xOwner", "the council", "WLGA",
         "1.", "(i)", "", "\t"]
SEPARATORS = [": ", " : ", ":", "  ", "\t", "-", " "]


def _by_whole_line_search(text: str) -> bool:
    return ":" in text and any(record_role(m.group("label")) == "owners"
                               for m in _FIELD.finditer(text))


def test_the_look_before_each_colon_finds_what_the_whole_line_search_finds():
    rng = random.Random(32)
    texts = ["".join(rng.choice(WORDS) + rng.choice(SEPARATORS)
                     for _ in range(rng.randint(1, 8))) for _ in range(20_000)]
    found = [t for t in texts if _has_owner(t)]
    assert [t for t in texts if _has_owner(t) != _by_whole_line_search(t)] == []
    assert 2_000 < len(found) < 18_000  # (both kinds of line were tried)
