"""Recommendations papers of the thirty-fourth evaluation corpus's layouts (rec34a, rec34b),
in other wordings and forms than the corpus prints.

rec34a's family: one small TRANSPOSED table per area, its rows the fields ("Theme", "Area",
"What is already happening" / "What is happening now", "Recommendation(s)", "Lead"),
several recommendations per area labelled "R4" in the recommendations cell (in a Word file
the labels may be a list numbering "R%1" running on from table to table), a bracket after a
recommendation naming a lead other than its table's Lead row, a key of the codes in the
introduction ("Key: PSBs – Public Services Boards; ..."). A careful reader takes the
bullets of the work row as activities (no number), each recommendation's label as its
rec_id and its text without the label and the bracket, its owners the bracket where there
is one (it REPLACES the table's lead, as the introduction says), else the Lead row, codes
the key defines by their meaning.

rec34b's family: recommendations as paragraphs "Recommendation 2.1 (Area: ...; Lead: ...;
By: ...) – text" under Roman-numbered chapters ("III. Housing"), a "Progress so far." /
"Progress to date:" paragraph per area before them. A careful reader takes the printed
number ("2.1") as rec_id, the text after the dash, the owners from the bracket's "Lead" /
"Owner" field (the other fields are no text), the theme without its numeral, and the
progress paragraph's sentences as activities, without the label.

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


def _recs(parse):
    frame = parse.recommendations
    ids = frame["rec_label"] if "rec_label" in frame else frame["rec_id"]
    return [(str(i), t, sorted(o)) for i, t, o in zip(ids, frame["text"], frame["owners"],
                                                       strict=True)]


# -- rec34a's family: transposed per-area tables -----------------------------------------
_TRANSPOSED_MD = """\
# Coastal Resilience Task Group: Recommendations

Published 2 February 2027

Each table below covers one area. The Lead row says who should take the area forward;
where a recommendation names another lead, it is given in brackets after it.

Key: WG – Welsh Government; PSBs – Public Services Boards; NRW – Natural Resources Wales.

## Flood defence

+------------------------+-----------------------------------------------------+
| Theme                  | Climate adaptation                                  |
+------------------------+-----------------------------------------------------+
| Area                   | Flood defence                                       |
+------------------------+-----------------------------------------------------+
| What is happening now  | -   Six councils completed flood risk surveys in    |
|                        |     2026.                                           |
|                        |                                                     |
|                        | -   A coastal monitoring network went live in May.  |
|                        |                                                     |
|                        | -   Two sea wall schemes started on site.           |
+------------------------+-----------------------------------------------------+
| Recommendations        | R1 That councils publish a ten-year coastal plan.   |
|                        |                                                     |
|                        | R2 That the monitoring data is shared openly.       |
|                        | (PSBs)                                              |
+------------------------+-----------------------------------------------------+
| Lead                   | WLGA                                                |
+------------------------+-----------------------------------------------------+

## Community readiness

+------------------------+-----------------------------------------------------+
| Theme                  | Climate adaptation                                  |
+------------------------+-----------------------------------------------------+
| Area                   | Community readiness                                 |
+------------------------+-----------------------------------------------------+
| What is happening now  | None so far.                                        |
+------------------------+-----------------------------------------------------+
| Recommendations        | R3 That every coastal ward has a flood plan by 2029.|
|                        |                                                     |
|                        | R4 That flood wardens are trained each year. (WG)   |
|                        |                                                     |
|                        | R5 That the task group reviews progress in 2028.    |
+------------------------+-----------------------------------------------------+
| Lead                   | PSBs                                                |
+------------------------+-----------------------------------------------------+
"""


@pytest.fixture(scope="module")
def transposed(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval34") / "coastal-task-group.md"
    path.write_text(_TRANSPOSED_MD, encoding="utf-8")
    return _parse(path)


def test_transposed_tables_activities_are_the_work_rows_bullets(transposed):
    acts = transposed.activities
    assert acts["text"].tolist() == [
        "Six councils completed flood risk surveys in 2026.",
        "A coastal monitoring network went live in May.",
        "Two sea wall schemes started on site.",
    ]
    assert acts["area_id"].tolist() == [1, 1, 1]
    assert transposed.areas["area"].tolist() == ["Flood defence", "Community readiness"]
    assert transposed.areas["theme"].tolist() == ["Climate adaptation"] * 2


def test_transposed_tables_bracket_replaces_the_lead_row(transposed):
    assert _recs(transposed) == [
        ("R1", "That councils publish a ten-year coastal plan.", ["WLGA"]),
        ("R2", "That the monitoring data is shared openly.", ["Public Services Boards"]),
        ("R3", "That every coastal ward has a flood plan by 2029.", ["Public Services Boards"]),
        ("R4", "That flood wardens are trained each year.", ["WG"]),
        ("R5", "That the task group reviews progress in 2028.", ["Public Services Boards"]),
    ]


def _cell(*blocks):
    return Cell(tuple(blocks))


def _p(text: str, bold: bool = False) -> Paragraph:
    return Paragraph(Inline(text, ((0, len(text)),) if bold else ()))


def _area_table(theme: str, area: str, work: list[str], recs: list[tuple[str, str]],
                lead: str) -> Table:
    rows = (
        (_cell(_p("Theme", True)), _cell(_p(theme))),
        (_cell(_p("Area", True)), _cell(_p(area))),
        (_cell(_p("What is already happening", True)),
         _cell(*(ListItem(Inline(w), "•", "bullet") for w in work))),
        (_cell(_p("Recommendation(s)", True)),
         _cell(*(ListItem(Inline(t), m, "number", m[1:]) for m, t in recs))),
        (_cell(_p("Lead", True)), _cell(_p(lead))),
    )
    return Table((), rows)


@pytest.fixture(scope="module")
def transposed_docx(tmp_path_factory):
    model = DocumentModel([
        Heading(Inline("Rural Transport Working Group: Recommendations"), 1),
        _p("Where a recommendation names a different lead, it is shown in brackets."),
        Heading(Inline("Bus services"), 2),
        _area_table("Connectivity", "Bus services",
                    ["Three councils run demand-responsive buses."],
                    [("R1", "That bus franchising covers rural routes."),
                     ("R2", "That fares are capped for under-25s. (WG)")], "Transport for Wales"),
        Heading(Inline("Community transport"), 2),
        _area_table("Connectivity", "Community transport",
                    ["Volunteer drivers made 12,000 trips in 2026.",
                     "A booking app was piloted in Powys."],
                    [("R3", "That community transport grants run for three years."),
                     ("R4", "That councils share one booking system."),
                     ("R5", "That driver training is funded nationally. (Welsh Government)")],
                    "WLGA"),
    ])
    path = tmp_path_factory.mktemp("eval34") / "rural-transport.docx"
    path.write_bytes(docx_bytes(model, "auto"))
    return _parse(path)


def test_transposed_docx_list_numbering_is_the_label(transposed_docx):
    assert _recs(transposed_docx) == [
        ("R1", "That bus franchising covers rural routes.", ["Transport for Wales"]),
        ("R2", "That fares are capped for under-25s.", ["WG"]),
        ("R3", "That community transport grants run for three years.", ["WLGA"]),
        ("R4", "That councils share one booking system.", ["WLGA"]),
        ("R5", "That driver training is funded nationally.", ["WG"]),
    ]
    assert transposed_docx.activities["text"].tolist() == [
        "Three councils run demand-responsive buses.",
        "Volunteer drivers made 12,000 trips in 2026.",
        "A booking app was piloted in Powys.",
    ]
    assert transposed_docx.activities["area_id"].tolist() == [1, 2, 2]


# -- rec34b's family: paragraphs with inline metadata -----------------------------------
_INLINE_HTML = """\
<html><head><title>Housing review</title></head><body><main>
<h1>Independent Review of Rural Housing: Final Report</h1>
<p>March 2027</p>
<h2>Introduction</h2>
<p>We took evidence from 120 organisations. Each recommendation names its area, owner and
timescale.</p>
<h2>II. Supply of homes</h2>
<h3>Empty homes</h3>
<p><strong>Progress to date:</strong> Nine councils charge a premium on empty homes. A loan
fund has brought 300 homes back into use.</p>
<p><strong>Recommendation 2.1 (Area: Empty homes; Owner: councils; Timescale: 2028)</strong>
– Councils should publish an empty homes strategy.</p>
<p><strong>Recommendation 2.2 (Area: Empty homes; Owner: Welsh Government; Timescale:
2027)</strong> – The Welsh Government should extend the loan fund to 2030.</p>
<h3>Second homes</h3>
<p><strong>Progress to date:</strong> A national register of holiday lets opened in 2026.</p>
<p><strong>Recommendation 2.3 (Area: Second homes; Owner: WLGA and councils; Timescale:
2028)</strong> – The WLGA should collect council tax premium data every year.</p>
<h2>III. Skills</h2>
<h3>Construction skills</h3>
<p><strong>Progress to date:</strong> Two colleges run retrofit courses.</p>
<p><strong>Recommendation 3.1 (Area: Construction skills; Owner: Welsh Government and WLGA;
Timescale: 2029)</strong> – A retrofit apprenticeship should be offered in every region.</p>
<h2>Closing remarks</h2>
<p>We thank everyone who gave evidence.</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def inline_html(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval34") / "rural-housing-review.html"
    path.write_text(_INLINE_HTML, encoding="utf-8")
    return _parse(path)


def test_inline_metadata_numbers_text_and_owners(inline_html):
    assert _recs(inline_html) == [
        ("2.1", "Councils should publish an empty homes strategy.", ["LG"]),
        ("2.2", "The Welsh Government should extend the loan fund to 2030.", ["WG"]),
        ("2.3", "The WLGA should collect council tax premium data every year.",
         ["LG", "WLGA"]),
        ("3.1", "A retrofit apprenticeship should be offered in every region.",
         ["WG", "WLGA"]),
    ]


def test_inline_metadata_themes_without_numerals_and_progress_sentences(inline_html):
    areas = inline_html.areas
    assert areas["area"].tolist() == ["Empty homes", "Second homes", "Construction skills"]
    assert areas["theme"].tolist() == ["Supply of homes", "Supply of homes", "Skills"]
    acts = inline_html.activities
    assert acts["text"].tolist() == [
        "Nine councils charge a premium on empty homes.",
        "A loan fund has brought 300 homes back into use.",
        "A national register of holiday lets opened in 2026.",
        "Two colleges run retrofit courses.",
    ]
    assert acts["area_id"].tolist() == [1, 1, 2, 3]


_INLINE_MD = """\
# Review of Library Services: Report

## Foreword

We visited forty libraries.

# Access

## Opening hours

**Progress so far.** Opening hours fell by 8% between 2019 and 2025.[^1]

**Recommendation 1.1 (Area: Opening hours; Lead: councils; By: 2027)** – Councils should
keep at least one library open on Saturdays.

**Recommendation 1.2 (Area: Opening hours; Lead: Welsh Government; By: 2028)** – The Welsh
Government should fund staffed evening opening.

# Collections

## Digital lending

**Progress so far.** E-book loans doubled in 2025. A national app was launched.

**Recommendation 2.1 (Area: Digital lending; Lead: WLGA; By: 2027)** – The WLGA should
negotiate one national e-book licence.

[^1]: Library statistics 2025.
"""


def test_inline_metadata_markdown(tmp_path):
    path = tmp_path / "library-review.md"
    path.write_text(_INLINE_MD, encoding="utf-8")
    parse = _parse(path)
    assert _recs(parse) == [
        ("1.1", "Councils should keep at least one library open on Saturdays.", ["LG"]),
        ("1.2", "The Welsh Government should fund staffed evening opening.", ["WG"]),
        ("2.1", "The WLGA should negotiate one national e-book licence.", ["WLGA"]),
    ]
    assert parse.areas["theme"].tolist() == ["Access", "Collections"]
    assert parse.activities["text"].tolist() == [
        "Opening hours fell by 8% between 2019 and 2025.",
        "E-book loans doubled in 2025.",
        "A national app was launched.",
    ]
