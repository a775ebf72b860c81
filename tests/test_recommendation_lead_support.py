"""Recommendations tables with owners printed as lead and supporters, status tags printed
plain, and activities printed as bullets with no numbers (grouped under status bullets).

Every document here is written for the test (its own themes, owners and wording), as a
publisher prints them: Markdown pipe tables, web pages with real lists in the cells, the text
form's tab-separated rows. The asserted values are the careful reader's reading: owners lead
first, then supporters; unnumbered activities numbered in reading order across the document,
each with the status of the group it is printed under.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from wlga_analysis import recommendations as rec
from wlga_analysis.interpret.recommendations.columns import column_role, map_columns
from wlga_analysis.testing import parse_issues, quietly
from wlga_analysis.testing import table_rows as _rows
from wlga_analysis.testing import write_document as _write

_recs = partial(quietly, rec.load_recommendations)
_acts = partial(quietly, rec.load_activities)
_areas = partial(quietly, rec.load_areas)
_issues = parse_issues


# ------------------------------------------------------------ owner columns by their names
def test_owner_column_headers_joined_or_with_a_printed_plural():
    for header in ("Lead and support", "Lead & support", "Lead / support", "Owner(s)",
                   "Lead organisation(s)", "Responsible", "Lead and supporting organisations"):
        assert column_role(header) == "owners", header
    assert column_role("Lead officer") is None  # a person, not the owners
    assert column_role("Lead and timescale") is None  # one half names no owner


LEAD_SUPPORT_PIPE = "\n".join([
    "# Housing Sub Group: Recommendations", "",
    "Date: 3 March 2025", "",
    "## Theme 1: Homelessness", "",
    "| Area | Activity underway or achieved | Recommendations | Lead and support |",
    "|---|---|---|---|",
    "| **Area 1: Temporary accommodation**<br>To cut the use of bed and breakfast. | "
    "1. Every council has a rapid rehousing plan. | "
    "R1 That councils publish their temporary accommodation costs each quarter.<br>"
    "R2 That Welsh Government extends the leasing scheme to all councils. | "
    "R1 – Lead: LG; Support: WLGA<br>R2 – Lead: Welsh Government; Support: WLGA, Shelter Cymru |",
    "| **Area 2: Prevention**<br>To prevent homelessness earlier. | "
    "2. A prevention toolkit was issued in 2024. | "
    "R3 That housing and social services share one referral form. | "
    "Lead: LG; Support: WLGA |",
])


def test_lead_and_support_column_gives_lead_then_supporters(tmp_path):
    path = _write(tmp_path, LEAD_SUPPORT_PIPE, "housing.md")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "area_id", "owners") == [
        [1, 1, ["LG", "WLGA"]], [2, 1, ["WG", "WLGA", "Shelter Cymru"]],
        [3, 2, ["LG", "WLGA"]]]
    # the cell is kept as printed, in a column named after its header
    assert recs["lead_and_support"].tolist()[2] == "Lead: LG; Support: WLGA"
    assert recs["text"].tolist()[0] == (
        "That councils publish their temporary accommodation costs each quarter.")


def test_owner_lines_numbered_for_recommendations_printed_in_another_order(tmp_path):
    """Lines "R2 – ..." / "R1 – ..." go to the recommendation they name, not by position."""
    text = LEAD_SUPPORT_PIPE.replace(
        "R1 – Lead: LG; Support: WLGA<br>R2 – Lead: Welsh Government; Support: WLGA, "
        "Shelter Cymru", "R2 – Lead: WG<br>R1 – Lead: LG; Support: Data Cymru")
    recs = _recs(_write(tmp_path, text, "housing.md"))
    assert _rows(recs, "rec_id", "owners")[:2] == [[1, ["LG", "Data Cymru"]], [2, ["WG"]]]


SEPARATE_COLUMNS_PIPE = "\n".join([
    "# Transport Working Group: Recommendations", "",
    "Date: 12 June 2025", "",
    "## Theme 1: Buses", "",
    "| Area | Activity underway or achieved | Ref | Recommendation | Lead | Support |",
    "|---|---|---|---|---|---|",
    "| **Area 1: Rural buses**<br>To keep rural routes running. | "
    "A1. Demand-responsive buses run in six counties. | Rec 1 | "
    "That councils share timetable data. | LG | Transport for Wales |",
    "|  |  | Rec 2 | That the franchising plan names every rural route. | WG | WLGA, LG |",
    "|  |  | Rec 3 | That the fare cap is reviewed. | WG | – |",
])


def test_separate_lead_and_support_columns_join_the_owners_lead_first(tmp_path):
    path = _write(tmp_path, SEPARATE_COLUMNS_PIPE, "buses.md")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "owners") == [
        [1, ["LG", "Transport for Wales"]], [2, ["WG", "WLGA", "LG"]], [3, ["WG"]]]
    # both columns are also kept as printed
    assert recs["lead"].tolist() == ["LG", "WG", "WG"]
    assert recs["support"].tolist() == ["Transport for Wales", "WLGA, LG", "–"]
    cols = map_columns(["Area", "Activity", "Recommendation", "Lead", "Support"])
    assert (cols.owners, cols.supporters) == (3, (4,))


# --------------------------------------------------- owners and status printed in plain text
PLAIN_TAGS_MD = "\n".join([
    "# Waste Working Group: Recommendations", "",
    "Date: 20 May 2025", "",
    "## Theme 1: Recycling", "",
    "### Area 1: Kerbside collections", "",
    "To raise recycling rates.", "",
    "**Activity underway or achieved**", "",
    "1. Weekly food waste collections run in every council. (Complete)",
    "2. A trial of separate textile collections is being evaluated. (Ongoing)",
    "3. Glass collections were reviewed.", "",
    "**Recommendations**", "",
    "1. That councils adopt one collection blueprint. Lead: LG; Support: WLGA",
    "2. That Welsh Government funds new sorting vehicles. Lead: WG",
])


def test_trailing_lead_and_support_and_plain_status_tags(tmp_path):
    path = _write(tmp_path, PLAIN_TAGS_MD, "waste.md")
    recs = _recs(path)
    assert _rows(recs, "rec_id", "owners", "text") == [
        [1, ["LG", "WLGA"], "That councils adopt one collection blueprint."],
        [2, ["WG"], "That Welsh Government funds new sorting vehicles."]]
    acts = _acts(path)
    assert acts["status"].fillna("-").tolist() == ["Complete", "Ongoing", "-"]
    assert acts["text"].tolist()[:2] == [
        "Weekly food waste collections run in every council.",
        "A trial of separate textile collections is being evaluated."]
    # a plain status is no owner: nothing reported as an owner out of bold for it
    plain = [i for i in _issues(path) if i.check == "owner not in bold"]
    assert sorted(i.item for i in plain) == ["1", "2"]  # the two plain "Lead:" lines


# ------------------------------------------------------- activities as unnumbered bullets
BULLETS_PIPE = "\n".join([
    "# Libraries Sub Group: Recommendations", "",
    "Date: 4 February 2025", "",
    "| Area | Activity underway or achieved | Recommendations |",
    "|---|---|---|",
    "| **Theme A: Access** |  |  |",
    "| **Area 1: Opening hours**<br>To keep branches open. | "
    "- Completed<br>  - Opening hours were surveyed in all councils.<br>"
    "  - Two councils trialled staffless opening.<br>- In progress<br>"
    "  - A volunteer code is being drafted. | "
    "1. That councils publish their opening hours in one place. (**LG**) |",
    "| **Area 2: E-books**<br>To widen the e-book offer. | "
    "- A national e-book contract was let.<br>- Usage data is shared monthly. | "
    "2. That the contract is extended to audiobooks. (**WLGA**) |",
])


def test_unnumbered_bullet_activities_and_status_groups(tmp_path):
    path = _write(tmp_path, BULLETS_PIPE, "libraries.md")
    acts = _acts(path)
    assert _rows(acts.fillna({"status": "-"}), "activity_no", "area_id", "status", "text") == [
        [1, 1, "Completed", "Opening hours were surveyed in all councils."],
        [2, 1, "Completed", "Two councils trialled staffless opening."],
        [3, 1, "In progress", "A volunteer code is being drafted."],
        [4, 2, "-", "A national e-book contract was let."],
        [5, 2, "-", "Usage data is shared monthly."]]
    areas = _areas(path)
    assert areas["remit"].tolist() == ["To keep branches open.", "To widen the e-book offer."]
    assert areas["theme"].tolist() == ["Access", "Access"]
    numbered = [(i.item, i.check) for i in _issues(path) if i.check.startswith("unnumbered")]
    assert numbered == [("1-3", "unnumbered items numbered"),
                        ("4-5", "unnumbered items numbered")]


BULLETS_HTML = """<!DOCTYPE html><html><body><main>
<h1>Libraries Sub Group: Recommendations</h1><p>Date: 4 February 2025</p>
<h2>Theme 1: Access</h2>
<table><thead><tr><th>Area</th><th>Activity underway or achieved</th>
<th>Recommendations</th></tr></thead><tbody>
<tr><td><b>Area 1: Opening hours</b><p>To keep branches open.</p></td>
<td><ul><li>Completed<ul><li>Opening hours were surveyed in all councils.</li></ul></li>
<li>In progress<ul><li>A volunteer code is being drafted.</li></ul></li></ul></td>
<td><p>1. That councils publish their opening hours in one place. (<b>LG</b>)</p></td></tr>
</tbody></table></main></body></html>"""


def test_status_groups_of_nested_lists_in_a_web_page(tmp_path):
    path = _write(tmp_path, BULLETS_HTML, "libraries.html")
    acts = _acts(path)
    assert _rows(acts, "activity_no", "status", "text") == [
        [1, "Completed", "Opening hours were surveyed in all councils."],
        [2, "In progress", "A volunteer code is being drafted."]]


BULLETS_AFTER_NUMBERED_TABS = "\n".join([
    "Working Group: Recommendations", "",
    "Theme 1: Access", "",
    "Area\tActivity underway or achieved\tRecommendations",
    "<p><b>Area 1: Opening hours</b></p>\t<p>1. Opening hours were surveyed.</p>"
    "<ul><li>in all 22 councils</li></ul>\t<p>1. That hours are published. (<b>LG</b>)</p>",
])


def test_bullets_under_a_numbered_activity_still_continue_it(tmp_path):
    acts = _acts(_write(tmp_path, BULLETS_AFTER_NUMBERED_TABS, "access.txt"))
    assert _rows(acts, "activity_no") == [[1]]
    assert "in all 22 councils" in acts["text"].tolist()[0]


# ------------------------------------------ no table: areas as terms of a definition list
DEFINITION_LIST_HTML = """<!DOCTYPE html><html><head><title>Recommendations</title></head>
<body><header>WLGA</header><nav>Home | Publications</nav><main>
<h1>Digital Working Group: Recommendations</h1>
<p>Date: 2 July 2025</p>
<h2>Connectivity</h2>
<dl><dt>Area 1: Rural broadband</dt><dd><p>To close the gaps in rural coverage.</p>
<ul><li>Activity underway or achieved<ul>
<li>1. Voucher schemes were promoted in every county. (Complete)</li>
<li>2. A map of premises with no gigabit offer is being kept. (Ongoing)</li></ul></li>
<li>Recommendations<ul>
<li>Rec 1 – That councils share street works plans with the networks. Lead: LG; Support: WLGA</li>
<li>Rec 2 – That Welsh Government funds the last few thousand premises. Lead: WG</li>
</ul></li></ul></dd>
<dt>Area 2: Mobile coverage</dt><dd><p>To improve mobile signal on main roads.</p>
<ul><li>Activity underway or achieved<ul>
<li>3. Council land was offered for masts. (Complete)</li></ul></li>
<li>Recommendations<ul>
<li>Rec 3 – That planning guidance for masts is updated. Lead: WG; Support: LG</li>
</ul></li></ul></dd></dl>
<h2>Skills</h2>
<dl><dt>Area 3: Digital inclusion</dt><dd><p>To help residents get online.</p>
<ul><li>Activity underway or achieved<ul>
<li>4. Libraries lend tablets with data. (In progress)</li></ul></li>
<li>Recommendations<ul>
<li>Rec 4 – That digital champions are trained in every council. Lead: LG</li>
</ul></li></ul></dd></dl>
</main><footer>Page footer</footer></body></html>"""


def _check_definition_list_reading(path: Path) -> None:
    areas = _areas(path)
    assert _rows(areas, "area_id", "area", "theme") == [
        [1, "Rural broadband", "Connectivity"], [2, "Mobile coverage", "Connectivity"],
        [3, "Digital inclusion", "Skills"]]
    recs = _recs(path)
    assert _rows(recs, "rec_id", "area_id", "owners", "text") == [
        [1, 1, ["LG", "WLGA"], "That councils share street works plans with the networks."],
        [2, 1, ["WG"], "That Welsh Government funds the last few thousand premises."],
        [3, 2, ["WG", "LG"], "That planning guidance for masts is updated."],
        [4, 3, ["LG"], "That digital champions are trained in every council."]]
    acts = _acts(path)
    assert _rows(acts, "activity_no", "area_id", "status") == [
        [1, 1, "Complete"], [2, 1, "Ongoing"], [3, 2, "Complete"], [4, 3, "In progress"]]
    assert acts["text"].tolist()[0] == "Voucher schemes were promoted in every county."


def test_definition_list_page_areas_as_terms_nested_lists(tmp_path):
    _check_definition_list_reading(_write(tmp_path, DEFINITION_LIST_HTML, "digital.html"))


def test_definition_list_read_as_terms_and_their_descriptions():
    from wlga_analysis.read.html import read_html
    from wlga_analysis.read.model import ListItem, Paragraph

    blocks = read_html(DEFINITION_LIST_HTML).blocks
    term = blocks[3]
    assert isinstance(term, Paragraph) and term.text.text == "Area 1: Rural broadband"
    assert term.text.is_bold()
    aim, label, first = blocks[4:7]
    assert isinstance(aim, Paragraph) and not aim.text.is_bold()
    assert isinstance(label, ListItem) and (label.text.text, label.level) == (
        "Activity underway or achieved", 0)
    assert isinstance(first, ListItem) and first.level == 1


NESTED_LABELS_MD = "\n".join([
    "# Digital Working Group: Recommendations", "",
    "Date: 2 July 2025", "",
    "## Connectivity", "",
    "**Area 1: Rural broadband**", "",
    "To close the gaps in rural coverage.",
    "- Activity underway or achieved",
    "    - 1. Voucher schemes were promoted in every county. (Complete)",
    "    - 2. A map of premises with no gigabit offer is being kept. (Ongoing)",
    "- Recommendations",
    "    - Rec 1 – That councils share street works plans with the networks. "
    "Lead: LG; Support: WLGA",
    "    - Rec 2 – That Welsh Government funds the last few thousand premises. Lead: WG", "",
    "**Area 2: Mobile coverage**", "",
    "To improve mobile signal on main roads.",
    "- Activity underway or achieved",
    "    - 3. Council land was offered for masts. (Complete)",
    "- Recommendations",
    "    - Rec 3 – That planning guidance for masts is updated. Lead: WG; Support: LG", "",
    "## Skills", "",
    "**Area 3: Digital inclusion**", "",
    "To help residents get online.",
    "- Activity underway or achieved",
    "    - 4. Libraries lend tablets with data. (In progress)",
    "- Recommendations",
    "    - Rec 4 – That digital champions are trained in every council. Lead: LG",
])


def test_labels_as_bullets_over_nested_lists_markdown(tmp_path):
    _check_definition_list_reading(_write(tmp_path, NESTED_LABELS_MD, "digital.md"))


def test_labels_as_symbol_bullets_a_reader_kept_in_the_text(tmp_path):
    """A Word file's symbol-font bullet (U+F0B7) left in the text, every item at one level."""
    flat = "\n".join(
        "\uf0b7 " + line.strip()[2:] if line.strip().startswith("- ") else line
        for line in NESTED_LABELS_MD.split("\n"))
    _check_definition_list_reading(_write(tmp_path, flat, "digital.txt"))


BULLETS_TABS = "\n".join([
    "Working Group: Recommendations", "",
    "Theme 1: Access", "",
    "Area\tActivity underway or achieved\tRecommendations",
    "<p><b>Area 1: Opening hours</b></p>\t<ul><li>In progress</li><li>A volunteer code is "
    "being drafted.</li><li>Opening hours are being surveyed.</li></ul>\t"
    "<p>1. That hours are published. (<b>LG</b>)</p>",
])


def test_unnumbered_bullets_of_the_text_form_tab_rows(tmp_path):
    acts = _acts(_write(tmp_path, BULLETS_TABS, "access.txt"))
    assert _rows(acts, "activity_no", "status", "text") == [
        [1, "In progress", "A volunteer code is being drafted."],
        [2, "In progress", "Opening hours are being surveyed."]]


SPLIT_ROW_TABS = "\n".join([
    "Working Group: Recommendations", "",
    "Theme 1: Access", "",
    "Area\tActivity underway or achieved\tRecommendations",
    "<p><b>Area 1: Opening hours</b></p>\t<p>1. Opening hours were surveyed:</p>"
    "<ul><li>in the north</li></ul>\t<p>1. That hours are published. (<b>LG</b>)</p>",
    "\t<ul><li>in the south</li></ul>\t",
])


def test_bullets_of_a_row_a_page_break_split_continue_the_activity(tmp_path):
    acts = _acts(_write(tmp_path, SPLIT_ROW_TABS, "access.txt"))
    assert _rows(acts, "activity_no") == [[1]]
    assert "in the south" in acts["text"].tolist()[0]


def test_bullets_of_a_new_area_after_numbered_activities_are_new_activities(tmp_path):
    text = BULLETS_TABS + "\n" + (
        "<p><b>Area 2: Mobile libraries</b></p>\t<ul><li>Two vans were replaced.</li></ul>\t"
        "<p>2. That routes are reviewed. (<b>LG</b>)</p>")
    acts = _acts(_write(tmp_path, text, "access.txt"))
    assert _rows(acts, "activity_no", "area_id") == [[1, 1], [2, 1], [3, 2]]
