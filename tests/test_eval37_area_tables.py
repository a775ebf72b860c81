"""Working group tables of the thirty-seventh evaluation corpus's layout (rec37b), in other
wordings and forms than the corpus prints.

rec37b's family: the recommendations in one table whose columns come in another order (the
number last), the work already under way in a SEPARATE, later table keyed by the area's
name (``Area | What is already happening``, bullets in the cell), each table under a
caption ("Table 1: Recommendations"). A careful reader files each bullet of the later table
as an activity (no number) of the area its row names, matching the names as an analyst
would ("&" for "and", case, punctuation: reported when printed differently), keeps a row
naming no area of the recommendations table (its own area, reported), and reads no theme
from a caption.

The asserted values are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.read.model import (
    Cell,
    DocumentModel,
    Heading,
    Inline,
    ListItem,
    Paragraph,
    Table,
)
from wlga_analysis.testing import parse_document
from wlga_analysis.testing.publish import docx_bytes


def _parse(path: Path):
    return parse_document(path, "recommendations")


def _activities(parse):
    names = dict(zip(parse.areas["area_id"], parse.areas["area"], strict=True))
    acts = parse.activities
    return [(names[a], t) for a, t in zip(acts["area_id"], acts["text"], strict=True)]


def _checks(parse):
    return sorted((i.check, i.item) for i in parse.issues)


_PIPE_MD = """\
# Task and Finish Group on Library Services: Final Recommendations

June 2027

**Table 1 – Recommendations**

| Ref | Recommendation | Lead | Area |
| --- | --- | --- | --- |
| 1 | That councils keep at least one library open six days a week. | LG | Opening Hours |
| 2 | That the WLGA publishes a directory of opening hours. | WLGA | Opening Hours |
| 3 | That the Welsh Government restores the capital grant. | WG | Buildings & maintenance |
| 4 | That councils share mobile library vans across borders. | LG | Mobile libraries |

**Table 2 – Work already under way**

| Area | Work already under way |
| --- | --- |
| Opening hours | - Six councils opened on Saturdays.<br>- A user survey closed in 2027. |
| Buildings and maintenance | - Four libraries were refurbished in 2026. |
| Digital services | - E-book loans rose by a third. |
"""


@pytest.fixture(scope="module")
def pipe_md(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval37") / "libraries-group.md"
    path.write_text(_PIPE_MD, encoding="utf-8")
    return _parse(path)


def test_activities_filed_under_the_named_areas(pipe_md):
    assert pipe_md.recommendations["rec_id"].tolist() == [1, 2, 3, 4]
    assert pipe_md.areas["area"].tolist() == [
        "Opening Hours", "Buildings & maintenance", "Mobile libraries", "Digital services"]
    assert _activities(pipe_md) == [
        ("Opening Hours", "Six councils opened on Saturdays."),
        ("Opening Hours", "A user survey closed in 2027."),
        ("Buildings & maintenance", "Four libraries were refurbished in 2026."),
        ("Digital services", "E-book loans rose by a third."),
    ]


def test_caption_is_no_theme_and_loose_names_are_reported(pipe_md):
    assert pipe_md.areas["theme"].fillna("").tolist() == ["", "", "", ""]
    checks = _checks(pipe_md)
    assert ("area matched loosely", "Opening hours") in checks
    assert ("area matched loosely", "Buildings and maintenance") in checks
    assert ("area not in the recommendations", "Digital services") in checks


def _cell(*blocks):
    return Cell(tuple(blocks))


def _p(text, bold=False):
    return Paragraph(Inline(text, ((0, len(text)),) if bold else ()))


def _bullet(text):
    return ListItem(Inline(text), marker="\u2022")


@pytest.fixture(scope="module")
def word_tables(tmp_path_factory):
    recs = Table(
        header=(_cell(_p("Recommendation")), _cell(_p("Responsible")), _cell(_p("Area of work")),
                _cell(_p("No."))),
        rows=tuple((_cell(_p(t)), _cell(_p(o, True)), _cell(_p(a)), _cell(_p(n)))
                   for t, o, a, n in (
            ("That councils publish allotment waiting lists.", "LG", "Allotments", "1"),
            ("That the Welsh Government funds new community orchards.", "WG",
             "Green spaces, parks and play", "2"),
            ("That the WLGA shares good practice on play areas.", "WLGA",
             "Green spaces, parks and play", "3"),
        )))
    work = Table(
        header=(_cell(_p("Area")), _cell(_p("What is happening now"))),
        rows=(
            (_cell(_p("ALLOTMENTS", True)),
             _cell(_bullet("Waiting lists fell by 10% in 2026."))),
            (_cell(_p("Green spaces, parks & play", True)),
             _cell(_bullet("Twelve parks won Green Flag awards."),
                   _bullet("A play sufficiency review is under way."))),
        ))
    model = DocumentModel([
        Heading(Inline("Green Spaces Working Group: Recommendations"), 1),
        _p("September 2027"),
        Heading(Inline("Table 1: Our recommendations"), 2),
        recs,
        Heading(Inline("Table 2: What is happening now"), 2),
        work,
    ])
    path = tmp_path_factory.mktemp("eval37") / "green-spaces.docx"
    path.write_bytes(docx_bytes(model, "auto"))
    return _parse(path)


def test_word_tables(word_tables):
    recs = word_tables.recommendations
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert [sorted(o) for o in recs["owners"]] == [["LG"], ["WG"], ["WLGA"]]
    assert word_tables.areas["area"].tolist() == ["Allotments", "Green spaces, parks and play"]
    assert word_tables.areas["theme"].fillna("").tolist() == ["", ""]
    assert _activities(word_tables) == [
        ("Allotments", "Waiting lists fell by 10% in 2026."),
        ("Green spaces, parks and play", "Twelve parks won Green Flag awards."),
        ("Green spaces, parks and play", "A play sufficiency review is under way."),
    ]
    checks = _checks(word_tables)
    assert ("area matched loosely", "ALLOTMENTS") in checks
    assert ("area matched loosely", "Green spaces, parks & play") in checks
