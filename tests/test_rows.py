"""The frozen rows of the timing tables (:mod:`wlga_analysis.text.rows`) behave as the
frozen dataclasses they replaced: the same repr, equality, hash, frozenness; copied and
pickled."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wlga_analysis import quarters, status
from wlga_analysis.text import milestone
from wlga_analysis.text.rows import FrozenRow


class _Row(FrozenRow):
    __slots__ = _fields = ("name", "count", "tag")

    def __init__(self, name: str, count: int, tag: object = None) -> None:
        self._set(name=name, count=count, tag=tag)


@dataclasses.dataclass(frozen=True)
class _Row2:
    name: str
    count: int
    tag: object = None


_values = st.tuples(st.text(max_size=5), st.integers(-3, 3), st.none() | st.text(max_size=2))


@given(_values, _values)
def test_a_row_is_shown_compared_and_hashed_as_a_frozen_dataclass(a, b):
    assert repr(_Row(*a)).replace("_Row", "_Row2", 1) == repr(_Row2(*a))
    assert (_Row(*a) == _Row(*b)) == (_Row2(*a) == _Row2(*b))
    assert (hash(_Row(*a)) == hash(_Row(*b))) == (hash(_Row2(*a)) == hash(_Row2(*b)))
    assert _Row(*a) != _Row2(*a) and _Row(*a) != a


def test_a_row_is_frozen():
    row = _Row("a", 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        row.name = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del row.count
    assert copy.copy(row) == row and copy.deepcopy(row) == row


def test_the_timing_and_status_rows_pickle_and_compare_as_before():
    rules = status.load_status_rules()
    again = pickle.loads(pickle.dumps(rules))
    assert again == rules and [r.required for r in again] == [r.required for r in rules]
    rule = rules[0]
    assert repr(rule) == (f"StatusRule(order={rule.order!r}, status={rule.status!r}, "
                          f"pattern={rule.pattern!r}, rule={rule.rule!r}, "
                          f"source_line={rule.source_line!r})")
    # (as the dataclass's fields with compare=False: the compiled pattern is not compared)
    assert rule == status.StatusRule(rule.order, rule.status, rule.pattern, rule.rule,
                                     rule.source_line)
    timing = quarters.Timing(None, "in May", "past")
    assert pickle.loads(pickle.dumps(timing)) == timing
    assert repr(timing) == "Timing(quarter=None, when='in May', tense='past')"
    assert [r.name for r in milestone.MILESTONE_RULES] == ["event named", "deadline",
                                                           "moved to", "revised",
                                                           "still to come", "future verb",
                                                           "booked"]
    assert quarters.TIMING_PATTERNS[0].name == "financial quarter"
    with pytest.raises(dataclasses.FrozenInstanceError):
        quarters.TIMING_PATTERNS[0].name = "x"  # type: ignore[misc]
