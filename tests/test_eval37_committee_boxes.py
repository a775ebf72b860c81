"""Committee reports of the thirty-seventh evaluation corpus's layout (rec37a), in other
wordings and forms than the corpus prints.

rec37a's family: a Senedd committee report, its recommendations listed at the front (each
ending with the page of its box) and repeated in the chapters in **boxes**; pandoc's
Markdown of the Word file prints each box (a one-cell table) as a one-column table between
two dash rules, the cell's text wrapped (a headerless multiline table; two boxes' cells may
share one table, apart by a blank line). A careful reader takes each recommendation once,
its text the whole sentence (all its wrapped lines), its area the chapter, its owners the
subject of "recommends that ..." -- also when a comma clause follows the subject ("that
the WLGA, by the end of 2027, publishes ...").

The asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.interpret.recommendations.bold_recommends import recommend_that_owners
from wlga_analysis.interpret.recommendations.owners import OwnerCodes
from wlga_analysis.interpret.recommendations.that_subject import that_subject_owners
from wlga_analysis.read.one_column_tables import one_column_table_lines
from wlga_analysis.testing import parse_document


def _parse(path: Path):
    return parse_document(path, "recommendations")


def _recs(parse):
    frame = parse.recommendations
    return [(str(i), a, t, sorted(o)) for i, a, t, o in zip(
        frame["rec_id"], frame["area"], frame["text"], frame["owners"], strict=True)]


_KNOWN = OwnerCodes.from_rows([("WG", "Welsh Government", ""), ("WLGA", None, None),
                               ("LG", "Local government", "councils;local authorities")])


# -- owners: a comma clause after the subject -------------------------------------------
@pytest.mark.parametrize(("text", "owners"), [
    ("That the WLGA, by the end of 2027, publishes guidance on shared services.", ["WLGA"]),
    ("That local authorities, in consultation with the trade unions, review their pay "
     "policies.", ["LG"]),
    ("That the Welsh Government and the WLGA, within six months of this report, agree a "
     "protocol.", ["WG", "WLGA"]),
    ("That the Council, the WLGA and Data Cymru agree a dataset.",
     ["LG", "WLGA", "Data Cymru"]),
])
def test_that_subject_skips_a_comma_clause(text, owners):
    assert that_subject_owners(text, _KNOWN) == owners


def test_recommends_that_with_a_comma_clause():
    text = ("The Committee recommends that the Welsh Government, as part of its next "
            "budget, funds the library service.")
    assert recommend_that_owners(text, _KNOWN) == ["WG"]
    # a clause that never closes is no clause: no owner read
    assert that_subject_owners("That the WLGA, in time, and more.", _KNOWN) is None


# -- the reader: a one-column table is printed as the Word form prints one -----------------
def test_one_column_table_lines():
    lines = ["Text before.", "", "  " + "-" * 40, "  **Box 1.** The first box's",
             "  text, wrapped.", "", "  Its second row.", "  " + "-" * 40, "", "After."]
    assert one_column_table_lines(lines) == (
        "Text before.", "", "", "<p><b>Box 1.</b> The first box's text, wrapped.</p>", "",
        "", "<p>Its second row.</p>", "", "", "After.")
    # a dash rule under a line of text is a heading's (setext), not a table's
    setext = ("Title", "  " + "-" * 20, "  Text.", "  " + "-" * 20)
    assert one_column_table_lines(setext) == setext
    # rules of different widths, or a YAML front matter, are no table
    other = ("", "  " + "-" * 30, "  Text.", "  " + "-" * 20, "")
    assert one_column_table_lines(other) == other
    # a banner typed at the margin around a heading is no table
    banner = ("", "-" * 30, "WORKSTREAM 1 - ROADS", "-" * 30, "")
    assert one_column_table_lines(banner) == banner
    assert one_column_table_lines(("---", "title: x", "---")) == ("---", "title: x", "---")


_RULE = "  " + "-" * 69

_LIBRARIES_MD = f"""\
Senedd Cymru / Welsh Parliament

Culture, Communications and Sport Committee

# Public libraries after the pandemic

October 2026

# Recommendations

**Recommendation 1.** The Committee recommends that local authorities
publish their library opening hours in one national directory by April
2027. Page 9

**Recommendation 2.** The Committee recommends that the WLGA, by the
end of 2027, publishes guidance on sharing library buildings with other
services. Page 9

**Recommendation 3.** The Committee recommends that the Welsh
Government restores the capital grant for library refurbishment. Page 12

**Conclusion 1.** The Committee concludes that volunteers cannot replace
qualified library staff. Page 12

# Opening hours

1.  Witnesses told us that opening hours fell by a fifth between 2019
    and 2025.

## Our conclusions

{_RULE}
  **Recommendation 1.** The Committee recommends that local authorities
  publish their library opening hours in one national directory by April
  2027.

  **Recommendation 2.** The Committee recommends that the WLGA, by the
  end of 2027, publishes guidance on sharing library buildings with other
  services.
{_RULE}

# Buildings and staff

2.  Eleven libraries closed for repairs in 2025.

## Our conclusions

{_RULE}
  **Recommendation 3.** The Committee recommends that the Welsh
  Government restores the capital grant for library refurbishment.
{_RULE}

{_RULE}
  **Conclusion 1.** The Committee concludes that volunteers cannot replace
  qualified library staff.
{_RULE}
"""


@pytest.fixture(scope="module")
def libraries(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval37") / "libraries.md"
    path.write_text(_LIBRARIES_MD, encoding="utf-8")
    return _parse(path)


def test_boxes_read_whole_in_their_chapters(libraries):
    assert _recs(libraries) == [
        ("1", "Opening hours", "The Committee recommends that local authorities publish "
         "their library opening hours in one national directory by April 2027.", ["LG"]),
        ("2", "Opening hours", "The Committee recommends that the WLGA, by the end of 2027, "
         "publishes guidance on sharing library buildings with other services.", ["WLGA"]),
        ("3", "Buildings and staff", "The Committee recommends that the Welsh Government "
         "restores the capital grant for library refurbishment.", ["WG"]),
    ]
    assert libraries.areas["area"].tolist() == ["Opening hours", "Buildings and staff"]
    assert libraries.activities.empty


_DISTRICT_MD = f"""\
# Rural bus services

Economy, Trade and Rural Affairs Committee, May 2027

# 1. Timetables

1.  Operators told us that 40 routes were withdrawn in 2026.

### Our view

{_RULE}
  **Recommendation 1.** The Committee recommends that the Welsh Government
  and Transport for Wales publish a single rural timetable for each region
  before the summer of 2028.
{_RULE}

# 2. Fares

2.  Passengers told us that fares rose faster than wages.

### Our view

{_RULE}
  **Recommendation 2.** The Committee recommends that local authorities,
  in consultation with the bus operators, cap single fares in rural areas
  at two pounds.
{_RULE}
"""


def test_boxes_with_no_front_list(tmp_path):
    path = tmp_path / "rural-buses.md"
    path.write_text(_DISTRICT_MD, encoding="utf-8")
    parse = _parse(path)
    assert _recs(parse) == [
        ("1", "Timetables", "The Committee recommends that the Welsh Government and "
         "Transport for Wales publish a single rural timetable for each region before the "
         "summer of 2028.", ["Transport for Wales", "WG"]),
        ("2", "Fares", "The Committee recommends that local authorities, in consultation "
         "with the bus operators, cap single fares in rural areas at two pounds.", ["LG"]),
    ]
    assert parse.areas["area"].tolist() == ["Timetables", "Fares"]
