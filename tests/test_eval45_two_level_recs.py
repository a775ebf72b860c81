"""eval45's recommendations layouts in other wordings: two-level recommendations (headline
recommendations as areas over "N.M" specific recommendations with owners in brackets and a
timescale tag), and a task and finish report printing its recommendations twice (bullets
under summary sub-headings, then a numbered action plan with the Cabinet's responses)."""

from __future__ import annotations

from pathlib import Path

from wlga_analysis.recommendations import (
    load_areas,
    load_recommendation_owners,
    load_recommendations,
)

_TWO_LEVEL = """\
# Review of Shared Services in Welsh Local Government

3 March 2026

## Summary

We looked at how councils share back-office services.

## Recommendations

Timescales: Short term (within a year); Long term (after three years).

### Recommendation 1 - Share more services

1.1 That councils publish a list of the services they share with others. (Councils) \
\u2013 Short term
1.2 That the WLGA keeps a register of shared services
and updates it each spring. (WLGA, Welsh Government) \u2013 Long term

### Recommendation 2: Fund the set-up costs

2.1 That the Welsh Government funds the set-up costs of new shared services. (Welsh \
Government) \u2013 Medium term
2.2 That savings are reported to the Partnership Council. (Welsh Government, WLGA) \u2013 Short term
2.3 That councils agree one charging model. (Councils) \u2013 Short term

## Next steps

We will meet again in the autumn.
"""

_NESTED_MD = """\
# Review of Library Services

## Our recommendations

The bodies in brackets lead each recommendation.

1.  **Open libraries for longer**

    1.  That councils pilot staffless opening in two libraries each. (Councils) -- *Short term*

    2.  That the WLGA shares the pilots' results. (WLGA) -- *Medium term*

2.  **Keep the book fund**

    1.  That the Welsh Government keeps the book fund at its present level. (Welsh \
Government) -- *Long term*

## Annex

Members of the review.
"""

_ACTION_PLAN = """\
NEATH PORT TALBOT COUNCIL\r
REPORT TO EDUCATION SCRUTINY COMMITTEE\r
\r
School Transport: Report of the Task and Finish Group\r
\r
1. Summary\r
\r
The Group recommends that:\r
\r
Safer routes\r
\r
\u2022\tEvery school route is assessed for safety by July 2027.\r
\u2022\tThe Council publishes the route assessments online.\r
\r
Costs\r
\r
\u2022\tThe Council asks the Welsh Government for help with post-16 transport costs.\r
\r
2. Safer routes\r
\r
Parents told us that some routes have no pavement.\r
\r
Appendix A \u2013 Action plan\r
\r
Ref\tRecommendation\tCabinet response\tAction\tLead officer\tTarget date\r
1\tEvery school route is assessed for safety by July 2027.\tAccepted\tAssessments to \
start in the autumn.\tHead of Transport\tJuly 2027\r
2\tThe Council publishes the route assessments online.\tNot accepted\tNone.\tHead of \
Transport\t\u2013\r
3\tThe Council asks the Welsh Government for help with post-16 transport \
costs.\tAccepted\tLetter to be sent.\tChief Executive\tMay 2026\r
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def test_two_level_headings_are_areas_and_specific_recommendations_are_read(
        tmp_path: Path) -> None:
    path = _write(tmp_path, "shared.md", _TWO_LEVEL)
    recs = load_recommendations(path)
    assert list(recs["rec_label"]) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert list(recs["area"]) == ["Share more services"] * 2 + ["Fund the set-up costs"] * 3
    assert recs["text"].iloc[1] == ("That the WLGA keeps a register of shared services and "
                                    "updates it each spring.")
    assert recs["text"].iloc[0] == ("That councils publish a list of the services they "
                                    "share with others.")
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WLGA", "WG"], ["WG"],
                                                 ["WG", "WLGA"], ["LG"]]
    assert list(recs["timescale"]) == ["Short term", "Long term", "Medium term",
                                       "Short term", "Short term"]
    areas = load_areas(path)
    assert list(areas["area"]) == ["Share more services", "Fund the set-up costs"]
    assert set(areas["theme"].fillna("")) == {""}
    owners = load_recommendation_owners(path)
    assert len(owners) == 7


def test_pandoc_nested_lists_number_the_specific_recommendations(tmp_path: Path) -> None:
    path = _write(tmp_path, "libraries.md", _NESTED_MD)
    recs = load_recommendations(path)
    assert list(recs["rec_label"]) == ["1.1", "1.2", "2.1"]
    assert list(recs["area"]) == ["Open libraries for longer"] * 2 + ["Keep the book fund"]
    assert list(recs["text"]) == [
        "That councils pilot staffless opening in two libraries each.",
        "That the WLGA shares the pilots' results.",
        "That the Welsh Government keeps the book fund at its present level."]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WLGA"], ["WG"]]
    assert list(recs["timescale"]) == ["Short term", "Medium term", "Long term"]


def test_action_plan_recommendations_take_the_summary_sub_heading_as_area(
        tmp_path: Path) -> None:
    path = _write(tmp_path, "transport.txt", _ACTION_PLAN)
    recs = load_recommendations(path)
    assert list(recs["rec_id"]) == [1, 2, 3]
    assert list(recs["area"]) == ["Safer routes", "Safer routes", "Costs"]
    assert recs["text"].iloc[2] == ("The Council asks the Welsh Government for help with "
                                    "post-16 transport costs.")
    assert [list(o) for o in recs["owners"]] == [["LG"]] * 3
    assert list(load_areas(path)["area"]) == ["Safer routes", "Costs"]
