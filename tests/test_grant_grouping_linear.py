"""Grouping the mentions of grants reads each mention a bounded number of times.

An amount mentioned many times (or many grants named in one document) once made the grants
table quadratic: each new mention of an amount re-read every earlier mention of it, and each
grant name word was looked up in a list of all the others. These tests count the reads, so
they do not depend on the machine's speed.
"""

from __future__ import annotations

from wlga_analysis.interpret.programme.grants import _grant_name_from_purpose, _same_grant


class _CountedMention:
    """A mention whose name and year count how often they are read."""

    reads = 0

    def __init__(self, amount: int, name: str | None, year: str | None) -> None:
        self.amount, self._name, self._year, self.group_seen = amount, name, year, None

    @property
    def name(self) -> str | None:
        _CountedMention.reads += 1
        return self._name

    @property
    def year(self) -> str | None:
        _CountedMention.reads += 1
        return self._year


def test_an_amount_mentioned_many_times_reads_each_mention_a_few_times():
    _CountedMention.reads = 0
    grant = [_CountedMention(1000, "digital grant", "2021-22")]
    n = 3000
    for k in range(n):
        mention = _CountedMention(1000, "digital grant" if k % 2 else None, "2021-22")
        assert _same_grant(grant, mention)
        grant.append(mention)
    # about 8 reads per mention; re-reading the whole grant each time is n * n
    assert _CountedMention.reads < 12 * n


def test_a_different_name_or_year_is_still_another_grant():
    grant = [_CountedMention(1000, "digital grant", "2021-22")]
    for name, year in [(None, None), ("digital grant", None), (None, "2021-22")]:
        mention = _CountedMention(1000, name, year)
        assert _same_grant(grant, mention)
        grant.append(mention)
    assert not _same_grant(grant, _CountedMention(1000, "improvement grant", None))
    assert not _same_grant(grant, _CountedMention(1000, None, "2022-23"))
    assert not _same_grant(grant, _CountedMention(2000, "digital grant", "2021-22"))
    # a list that has grown since the last look is read again from where it was left
    grant.append(_CountedMention(1000, "improvement grant", None))
    assert _same_grant(grant, _CountedMention(1000, "improvement grant", None))


def test_the_first_grant_named_in_the_document_names_a_purpose():
    named = {f"fund{k}": k for k in range(5000)}
    named["team"] = len(named)
    named["digital"] = len(named)
    assert _grant_name_from_purpose("Chief Digital Officer and team", named) == "team grant"
    assert _grant_name_from_purpose("fund4321 and fund17 projects", named) == "fund17 grant"
    assert _grant_name_from_purpose("nothing named", named) is None
