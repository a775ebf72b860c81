"""Recommendations printed as labelled records, one card per recommendation (the layout the
eleventh evaluation corpus showed in a progress update on a committee's recommendations),
in documents written for these tests with their careful reader's reading:

- "Label: value" lines under "### Recommendation N: <text>" heads, plain chapter headings
  (the areas), labels "Owner", "Timescale", "Status", "Update" (Markdown);
- a Pandoc definition list ("Owner" / ":   WLGA") under numbered chapter headings;
- a web page's ``<dl>`` cards with no chapter heading (one area, named after the title,
  reported);
- a two-column table per card (a head row, "Recommendation | Lead | Status | Progress"),
  as a web page and published as Word and PDF;
- one pipe table holding several cards, and a card table with no number.

Before (main at 6e2ab42): the Markdown and web forms were read as a written response (empty
recommendation text, no owners) or not at all (ParseError), the tables of Word and PDF gave
no recommendation and no error.
"""

from __future__ import annotations

import pandas as pd
import pytest

import wlga_analysis as wa
from wlga_analysis.testing import parse_issues, quietly

LABEL_LINES = """# Bus services: progress on the Transport Task Group's recommendations

Published: 4 March 2026

## Bus franchising

### Recommendation 1: The Welsh Government should publish the franchising timetable.
Owner: Welsh Government
Timescale: June 2026
Status: In progress
Update: A draft timetable was shared with councils in January.
A final version follows the consultation.

### Recommendation 2: Councils should name a franchising lead officer.
Owner: Local authorities
Timescale: April 2026
Status: Complete
Update: Every council has named a lead officer.

## Concessionary travel

### Recommendation 3: The WLGA should survey councils on concessionary fares.
Owner: WLGA
Timescale: 2026-27
Status: Not started
Update: No work yet; the survey is planned for the autumn.

The Task Group will review progress again in September 2026.
"""

LABEL_LINES_READING = {
    "areas": [(1, "Bus franchising"), (2, "Concessionary travel")],
    "recommendations": [
        (1, 1, "The Welsh Government should publish the franchising timetable.", ["WG"]),
        (2, 1, "Councils should name a franchising lead officer.", ["LG"]),
        (3, 2, "The WLGA should survey councils on concessionary fares.", ["WLGA"]),
    ],
    "activities": [
        (1, "A draft timetable was shared with councils in January. A final version follows "
            "the consultation.", "In progress"),
        (1, "Every council has named a lead officer.", "Complete"),
        (2, "No work yet; the survey is planned for the autumn.", "Not started"),
    ],
    "timescale": ["June 2026", "April 2026", "2026-27"],
}

DEFINITIONS = """---
title: "Libraries: progress on the review's recommendations"
date: 2025-11-20
---

## 1. Library buildings

### Recommendation 1

Recommendation
:   Local authorities should publish a plan for their library buildings.

Owner
:   Local authorities

Timescale
:   March 2026

Update
:   Twelve councils have published a plan.

### Recommendation 2

Recommendation
:   The Welsh Government should fund repairs to library buildings.

Owner
:   Welsh Government and WLGA

Timescale
:   2025-26

Update
:   No funding has been agreed yet.

## 2. Digital services

### Recommendation 3

Recommendation
:   The WLGA should agree a common library app with councils.

Owner
:   WLGA

Timescale
:   December 2025

Update
:   A supplier was chosen in October.
"""

DEFINITIONS_READING = {
    "areas": [(1, "Library buildings"), (2, "Digital services")],
    "recommendations": [
        (1, 1, "Local authorities should publish a plan for their library buildings.", ["LG"]),
        (2, 1, "The Welsh Government should fund repairs to library buildings.",
         ["WG", "WLGA"]),
        (3, 2, "The WLGA should agree a common library app with councils.", ["WLGA"]),
    ],
    "activities": [
        (1, "Twelve councils have published a plan.", None),
        (1, "No funding has been agreed yet.", None),
        (2, "A supplier was chosen in October.", None),
    ],
    "timescale": ["March 2026", "2025-26", "December 2025"],
}

DL_PAGE = """<!DOCTYPE html><html><head><title>Parks</title></head><body><main>
<h1>Parks and open spaces: progress on our recommendations</h1>
<p>Each recommendation is shown with its owner and the latest update.</p>
<section class="card"><h3>Recommendation 1</h3><dl>
<dt>Recommendation</dt><dd>Local authorities should map the condition of their parks.</dd>
<dt>Owner</dt><dd>Local authorities</dd>
<dt>Timescale</dt><dd>Ongoing</dd>
<dt>Update</dt><dd>Nothing to report this quarter.</dd>
</dl></section>
<section class="card"><h3>Recommendation 2</h3><dl>
<dt>Recommendation</dt><dd>The Welsh Government should fund a parks skills programme.</dd>
<dt>Owner</dt><dd>Welsh Government</dd>
<dt>Timescale</dt><dd>2026-27</dd>
<dt>Update</dt><dd>A bid has been made for next year's budget.</dd>
</dl></section>
<p><strong>Next steps</strong></p>
<p>We will report on progress again in March.</p>
</main></body></html>
"""

DL_READING = {
    "areas": [(1, "Parks and open spaces: progress on our recommendations")],
    "recommendations": [
        (1, 1, "Local authorities should map the condition of their parks.", ["LG"]),
        (2, 1, "The Welsh Government should fund a parks skills programme.", ["WG"]),
    ],
    "activities": [  # ("Nothing to report this quarter." states there is none: a note)
        (1, "A bid has been made for next year's budget.", None),
    ],
    "timescale": ["Ongoing", "2026-27"],
}


def _card_table(number: int, text: str, lead: str, status: str, progress: str) -> str:
    return (f'<table><tr><th colspan="2">Recommendation {number}</th></tr>'
            f"<tr><td><b>Recommendation</b></td><td>{text}</td></tr>"
            f"<tr><td><b>Lead</b></td><td>{lead}</td></tr>"
            f"<tr><td><b>Status</b></td><td>{status}</td></tr>"
            f"<tr><td><b>Progress</b></td><td>{progress}</td></tr></table>")


TABLE_PAGE = ("<!DOCTYPE html><html><head><title>Waste</title></head><body><main>"
              "<h1>Waste: progress on the Task Group's recommendations</h1>"
              "<h2>1. Recycling</h2>"
              + _card_table(1, "Councils should collect food waste weekly.",
                            "Local authorities", "Complete",
                            "All councils now collect food waste weekly.")
              + _card_table(2, "The Welsh Government should fund new vehicles.",
                            "Welsh Government", "In progress",
                            "Funding for 40 vehicles was agreed.")
              + "<h2>2. Reuse</h2>"
              + _card_table(3, "The WLGA should publish a reuse shop guide.", "WLGA",
                            "Not started", "Work starts in April.")
              + "<p>Next update: June 2026.</p></main></body></html>")

TABLE_READING = {
    "areas": [(1, "Recycling"), (2, "Reuse")],
    "recommendations": [
        (1, 1, "Councils should collect food waste weekly.", ["LG"]),
        (2, 1, "The Welsh Government should fund new vehicles.", ["WG"]),
        (3, 2, "The WLGA should publish a reuse shop guide.", ["WLGA"]),
    ],
    "activities": [
        (1, "All councils now collect food waste weekly.", "Complete"),
        (1, "Funding for 40 vehicles was agreed.", "In progress"),
        (2, "Work starts in April.", "Not started"),
    ],
}

ONE_TABLE = """# Housing: progress on the recommendations

## 4. Empty homes

| Recommendation 7 | |
|---|---|
| Recommendation | Councils should charge a premium on long-term empty homes. |
| Owner | Local authorities |
| Update | Eighteen councils now charge a premium. |
| Recommendation 8 | |
| Recommendation | The WLGA should share good practice on empty homes. |
| Owner | WLGA |
| Update | A practice note was published in May. |
"""

NO_NUMBER = """# Housing: progress on the recommendations

## Empty homes

| Recommendation | Councils should charge a premium on long-term empty homes. |
|---|---|
| Owner | Local authorities |
| Update | Eighteen councils now charge a premium. |
"""


RESPONSE_CARDS = """# Welsh Government response: Town centres

## Vacant units

| Ref | 1 |
|---|---|
| Recommendation | The Welsh Government should work with the WLGA to publish vacancy rates. |
| Response | Accept |
| Explanation | Vacancy rates will be published each spring. |
| Financial implications | Met from existing budgets. |

| Ref | 2 |
|---|---|
| Recommendation | Local authorities should use their compulsory purchase powers. |
| Response | Reject |
| Explanation | The use of these powers is a matter for each authority. |
| Financial implications | Not applicable. |
"""


AREA_LABELS = """# Digital: progress on the recommendations

**Recommendation 1**

Theme: Data
Area: Open data
Recommendation: Councils should publish their spending data.
Owner: Local authorities
Update: Fifteen councils publish it.

**Recommendation 2**

Theme: Data
Area: Open data
Recommendation: The WLGA should agree a common format for spending data.
Owner: WLGA
Update: A format was agreed in June.

**Recommendation 3**

Theme: Skills
Area: Digital skills
Recommendation: The Welsh Government should fund digital skills training for staff.
Owner: Welsh Government
Update: Funding was agreed for 2026-27.
"""


TEXT_UNDER_HEAD = """# Waste: progress on the recommendations

## Recycling

### Recommendation 1

Councils should collect food waste weekly.

**Lead:** Local authorities

**Progress:** All councils now collect food waste weekly.

### Recommendation 2

The WLGA should publish a guide to reuse shops.

**Lead:** WLGA

**Progress:** Work starts in April.
"""

#: Cards one under another in tables with no head row (a web page's row headers).
ROW_HEADERS = ("<!DOCTYPE html><html><head><title>W</title></head><body><main>"
               "<h1>Waste: progress on the recommendations</h1><h2>1. Recycling</h2>"
               + "".join(f'<table><tr><th scope="row">Recommendation</th><td>{text}</td></tr>'
                         f'<tr><th scope="row">Owner</th><td>{owner}</td></tr>'
                         f'<tr><th scope="row">Update</th><td>{update}</td></tr></table>'
                         for text, owner, update in (
                             ("Councils should collect food waste weekly.",
                              "Local authorities", "All councils now collect it weekly."),
                             ("The WLGA should publish a guide to reuse shops.", "WLGA",
                              "Work starts in April.")))
               + "</main></body></html>")


BOLD_CHAPTERS = """<!DOCTYPE html><html><head><title>Parks</title></head><body><main>
<h1>Parks: progress on our recommendations</h1>
<p><strong>Green spaces</strong></p>
<section class="card"><h3>Recommendation 1</h3><dl>
<dt>Recommendation</dt><dd>Local authorities should map the condition of their parks.</dd>
<dt>Owner</dt><dd>Local authorities</dd>
<dt>Update</dt><dd>Nothing to report this quarter.</dd>
</dl></section>
<p><strong>Skills</strong></p>
<section class="card"><h3>Recommendation 2</h3><dl>
<dt>Recommendation</dt><dd>The Welsh Government should fund a parks skills programme.</dd>
<dt>Owner</dt><dd>Welsh Government</dd>
<dt>Update</dt><dd>A bid has been made for next year's budget.</dd>
</dl></section>
</main></body></html>
"""


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, object]:
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    root = tmp_path_factory.mktemp("record-cards")
    out: dict[str, object] = {}
    for name, text in (("lines.md", LABEL_LINES), ("definitions.md", DEFINITIONS),
                       ("dl.html", DL_PAGE), ("tables.html", TABLE_PAGE),
                       ("one-table.md", ONE_TABLE), ("no-number.md", NO_NUMBER),
                       ("response.md", RESPONSE_CARDS), ("areas.md", AREA_LABELS),
                       ("under.md", TEXT_UNDER_HEAD), ("rows.html", ROW_HEADERS),
                       ("bold.html", BOLD_CHAPTERS)):
        (root / name).write_text(text, encoding="utf-8")
        out[name] = root / name
    model = read_html(TABLE_PAGE)
    (root / "tables.docx").write_bytes(docx_bytes(model))
    out["tables.docx"] = root / "tables.docx"
    (root / "tables.pdf").write_bytes(pdf_bytes(model))
    out["tables.pdf"] = root / "tables.pdf"
    return out


def _read(path):
    areas = quietly(wa.load_areas, path)
    recs = quietly(wa.load_recommendations, path)
    acts = quietly(wa.load_activities, path)
    area_names = dict(zip(areas["area_id"], areas["area"], strict=True))
    return (
        [(a, area_names[a]) for a in areas["area_id"]],
        [(r.rec_id, r.area_id, r.text, list(r.owners)) for r in recs.itertuples()],
        [(a.area_id, a.text, None if pd.isna(a.status) else a.status)
         for a in acts.itertuples()],
        recs,
    )


def _check(path, reading):
    areas, recs, acts, frame = _read(path)
    ids = [a for a, _ in areas]
    assert [(n, name) for n, (_, name) in zip(range(1, len(ids) + 1), areas,
                                               strict=True)] == reading["areas"]
    renumber = {a: n for n, a in enumerate(ids, start=1)}
    assert [(r, renumber[a], t, o) for r, a, t, o in recs] == reading["recommendations"]
    assert [(renumber[a], t, s) for a, t, s in acts] == reading["activities"]
    return frame


def test_label_value_lines_under_plain_headings(forms):
    frame = _check(forms["lines.md"], LABEL_LINES_READING)
    assert list(frame["timescale"]) == LABEL_LINES_READING["timescale"]
    assert list(frame["owner"]) == ["Welsh Government", "Local authorities", "WLGA"]
    notes = quietly(wa.load_recommendations_notes, forms["lines.md"])
    assert "The Task Group will review progress again in September 2026." in set(notes["text"])


def test_a_pandoc_definition_list_under_numbered_chapters(forms):
    frame = _check(forms["definitions.md"], DEFINITIONS_READING)
    assert list(frame["timescale"]) == DEFINITIONS_READING["timescale"]
    areas = quietly(wa.load_areas, forms["definitions.md"])
    assert list(areas["area_id"]) == [1, 2]


def test_web_page_cards_with_no_chapter_heading_are_one_area(forms):
    frame = _check(forms["dl.html"], DL_READING)
    assert list(frame["timescale"]) == DL_READING["timescale"]
    checks = {i.check for i in parse_issues(forms["dl.html"])}
    assert "no group heading" in checks
    # a bold line after the cards printed once is no label of the last card: a note
    assert "next_steps" not in frame.columns
    notes = set(quietly(wa.load_recommendations_notes, forms["dl.html"])["text"])
    assert {"Next steps", "We will report on progress again in March.",
            "Nothing to report this quarter."} <= notes  # (no activity, not lost)


@pytest.mark.parametrize("form", ["tables.html", "tables.docx", "tables.pdf"])
def test_a_two_column_table_per_card(forms, form):
    frame = _check(forms[form], TABLE_READING)
    assert list(frame["status"]) == ["Complete", "In progress", "Not started"]
    assert list(frame["lead"]) == ["Local authorities", "Welsh Government", "WLGA"]


def test_one_table_holds_several_cards(forms):
    areas, recs, acts, _ = _read(forms["one-table.md"])
    assert areas == [(4, "Empty homes")]
    assert recs == [
        (7, 4, "Councils should charge a premium on long-term empty homes.", ["LG"]),
        (8, 4, "The WLGA should share good practice on empty homes.", ["WLGA"])]
    assert [t for _, t, _ in acts] == ["Eighteen councils now charge a premium.",
                                       "A practice note was published in May."]


def test_a_card_with_no_number_is_numbered_and_reported(forms):
    areas, recs, acts, _ = _read(forms["no-number.md"])
    assert areas == [(1, "Empty homes")]
    assert recs == [(1, 1, "Councils should charge a premium on long-term empty homes.",
                     ["LG"])]
    assert [t for _, t, _ in acts] == ["Eighteen councils now charge a premium."]
    checks = {i.check for i in parse_issues(forms["no-number.md"])}
    assert "numbered by the loader" in checks


def test_a_written_response_printed_as_cards(forms):
    """A card with no progress label but an explanation is read as a response table's row:
    the explanation the activity, the decision its status, the owners from the subject."""
    areas, recs, acts, frame = _read(forms["response.md"])
    assert areas == [(1, "Vacant units")]
    assert recs == [
        (1, 1, "The Welsh Government should work with the WLGA to publish vacancy rates.",
         ["WG", "WLGA"]),
        (2, 1, "Local authorities should use their compulsory purchase powers.", ["LG"])]
    assert acts == [(1, "Vacancy rates will be published each spring.", "Accept"),
                    (1, "The use of these powers is a matter for each authority.", "Reject")]
    assert list(frame["financial_implications"]) == ["Met from existing budgets.",
                                                     "Not applicable."]


def test_cards_that_name_their_area_and_theme(forms):
    """No chapter heading: each card's "Area" and "Theme" labels give its area, as a
    register's columns do."""
    areas = quietly(wa.load_areas, forms["areas.md"])
    assert [(a.area_id, a.area, a.theme) for a in areas.itertuples()] == [
        (1, "Open data", "Data"), (2, "Digital skills", "Skills")]
    _, recs, acts, _ = _read(forms["areas.md"])
    assert [(r, a, o) for r, a, _, o in recs] == [(1, 1, ["LG"]), (2, 1, ["WLGA"]),
                                                  (3, 2, ["WG"])]
    assert [(a, t) for a, t, _ in acts] == [(1, "Fifteen councils publish it."),
                                            (1, "A format was agreed in June."),
                                            (2, "Funding was agreed for 2026-27.")]
    checks = {i.check for i in parse_issues(forms["areas.md"])}
    assert "no group heading" not in checks


def test_the_text_printed_under_the_head_with_no_label(forms):
    _, recs, acts, _ = _read(forms["under.md"])
    assert recs == [(1, 1, "Councils should collect food waste weekly.", ["LG"]),
                    (2, 1, "The WLGA should publish a guide to reuse shops.", ["WLGA"])]
    assert [t for _, t, _ in acts] == ["All councils now collect food waste weekly.",
                                       "Work starts in April."]


def test_cards_one_under_another_with_no_head_row(forms):
    """A page's card tables with row headers and no head: the text reader prints them as
    one table; the first label again starts the next card (numbered, reported)."""
    _, recs, acts, _ = _read(forms["rows.html"])
    assert recs == [(1, 1, "Councils should collect food waste weekly.", ["LG"]),
                    (2, 1, "The WLGA should publish a guide to reuse shops.", ["WLGA"])]
    assert [t for _, t, _ in acts] == ["All councils now collect it weekly.",
                                       "Work starts in April."]
    assert [i.check for i in parse_issues(forms["rows.html"])].count(
        "numbered by the loader") == 2


def test_chapters_printed_as_bold_lines_over_the_cards(forms):
    areas, recs, acts, _ = _read(forms["bold.html"])
    assert areas == [(1, "Green spaces"), (2, "Skills")]
    assert [(r, a, o) for r, a, _, o in recs] == [(1, 1, ["LG"]), (2, 2, ["WG"])]
    assert [a for a, _, _ in acts] == [2]  # (area 1's update states there is none)


def test_the_labels_roles():
    from wlga_analysis.interpret.recommendations.record_cards import record_role, split_label

    assert [record_role(x) for x in ("Lead", "Owner", "Responsible", "Progress update",
                                     "Update", "Latest update", "Progress", "Status",
                                     "RAG status", "Recommendation")] == [
        "owners", "owners", "owners", "activities", "activities", "activities",
        "activities", "status", "status", "recommendations"]
    assert record_role("Target date") is None and record_role("Timescale") is None
    assert [record_role(x) for x in ("Update / Diweddariad", "Statws / Status",
                                     "Lead / Arwain")] == ["activities", "status", "owners"]
    assert split_label("Note: this is not a label line of a card.") is None
    assert split_label("Owner: Welsh Government") == ("Owner", "Welsh Government")


def test_areas_with_no_recommendation_are_reported(tmp_path):
    """Nothing lost: a layout that gives areas but no recommendation is reported (here a
    table of a recommendation and its date, with no number and no other label)."""
    path = tmp_path / "unread.md"
    path.write_text("# Housing: progress on the recommendations\n\n## 1. Housing supply\n\n"
                    "| What we recommend | Councils should build more homes. |\n|---|---|\n"
                    "| When | March 2026 |\n", encoding="utf-8")
    assert len(quietly(wa.load_recommendations, path)) == 0
    issues = [i for i in parse_issues(path) if i.check == "no recommendations"]
    assert len(issues) == 1 and issues[0].source_line == 3


def test_a_placeholder_progress_is_reported_not_an_activity(tmp_path):
    path = tmp_path / "na.md"
    path.write_text("# Waste: progress\n\n## 1. Recycling\n\n### Recommendation 1\n\n"
                    "Recommendation: Councils should collect food waste weekly.\n"
                    "Owner: Local authorities\nUpdate: N/A\n\n### Recommendation 2\n\n"
                    "Recommendation: The WLGA should publish a guide.\nOwner: WLGA\n"
                    "Update: Work starts in April.\n", encoding="utf-8")
    _, recs, acts, _ = _read(path)
    assert [(r, o) for r, _, _, o in recs] == [(1, ["LG"]), (2, ["WLGA"])]
    assert acts == [(1, "Work starts in April.", None)]
    assert [i.item for i in parse_issues(path) if i.check == "placeholder"] == [""]


def test_the_card_parser_sets_up_what_the_model_parser_does(forms):
    """:class:`RecordParser` runs the model interpreter's loop over its own blocks: every
    attribute :meth:`ModelParser.run` sets up must be set up by it too (a guard for changes
    to the model interpreter)."""
    from wlga_analysis.documents import read_document
    from wlga_analysis.interpret.recommendations.from_model import ModelParser
    from wlga_analysis.interpret.recommendations.owners import load_owners
    from wlga_analysis.interpret.recommendations.record_cards import record_parser

    doc = read_document(forms["one-table.md"], "recommendations")
    model = ModelParser(doc, load_owners())
    quietly(model.run)
    cards = record_parser(doc, load_owners())
    quietly(cards.run)
    assert set(vars(model)) <= set(vars(cards))
