"""The block classes of the document model write their ``__init__`` out (a frozen
dataclass's own sets each field through ``object.__setattr__``): each must take the same
arguments, in the same order and with the same defaults, as the dataclass would."""

from __future__ import annotations

import dataclasses
import inspect

import pytest

from wlga_analysis.read.model import Heading, Inline, ListItem, Location, Note, Paragraph

CLASSES = (Location, Inline, Heading, Paragraph, ListItem, Note)


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_init_takes_the_fields_in_order_with_their_defaults(cls):
    fields = dataclasses.fields(cls)
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    assert [p.name for p in params] == [f.name for f in fields]
    for param, f in zip(params, fields, strict=True):
        if f.default is not dataclasses.MISSING:
            assert param.default == f.default, f.name
        elif f.default_factory is not dataclasses.MISSING:
            assert param.default is not inspect.Parameter.empty, f.name
        else:
            assert param.default is inspect.Parameter.empty, f.name


def _values(cls):
    """A distinct value for each field (positionally), of a plausible type."""
    samples = {"text": Inline("x", ((0, 1),)), "location": Location(7, 2, 1, 3, 4),
               "bold": ((0, 1),), "level": 3, "kind": "letter", "marker": "a)",
               "number": "4", "line": 7, "page": 2, "table": 1, "row": 3, "column": 4,
               "indent": 2}
    if cls is Inline:
        samples["text"] = "x"
    if cls is Note:
        samples["kind"], samples["text"] = "continuation", "joined"
    return [samples[f.name] for f in dataclasses.fields(cls)]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_fields_set_positionally_and_by_name_frozen_and_replaceable(cls):
    values = _values(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    by_position = cls(*values)
    by_name = cls(**dict(zip(names, values, strict=True)))
    assert [getattr(by_position, n) for n in names] == values
    assert by_position == by_name and hash(by_position) == hash(by_name)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(by_position, names[0], values[0])
    changed = dataclasses.replace(by_position, **{names[-1]: values[0]})
    assert getattr(changed, names[-1]) == values[0]
    assert [getattr(changed, n) for n in names[:-1]] == values[:-1]


def test_a_missing_location_is_a_new_empty_location():
    first, second = ListItem(Inline("a")), Paragraph(Inline("b"))
    assert first.location == Location() == second.location
    assert Heading(Inline("c")).location == Location()
    assert Heading(Inline("c"), location=None).location is None  # (None is kept as given)
    assert repr(Location(line=3)) == ("Location(line=3, page=None, table=None, row=None, "
                                      "column=None)")
