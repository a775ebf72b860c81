"""A written response to a report's recommendations printed as a TABLE (the Welsh Government's
response to a Senedd committee report, a council's response to an Audit Wales report): one row a
recommendation, its decision and explanation in columns found by their header names
("Recommendation | Response | Explanation", "No. | Recommendation | Accept/Reject | Comment |
Lead | Timescale", "Recommendation | Welsh Government response | Financial implications"),
under plain group headings. Documents written for these tests; the asserted values are the
careful reader's reading, written down before the loader ran on them:

- areas: the group headings over the tables, numbered in order; no themes;
- recommendations: numbers and texts as printed; owners from a Lead column, else from the
  subject of the sentence ("The Welsh Government should work with the WLGA" -> WG, WLGA);
- activities: the response to each recommendation, numbered in reading order, in the
  recommendation's area; status the decision as printed ("Accept", "Accept in principle",
  "Reject", "Noted"); text the explanation (a response cell's words after its decision);
- every other column (Financial implications, Timescale, Lead) kept as printed per
  recommendation.

Before: a ParseError (the tables were not recognised as recommendations).
"""

from __future__ import annotations

import pytest

from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly

PIPE_RESPONSE = "\n".join([
    "# Welsh Government response to the Local Government and Housing Committee report: "
    "Council tax collection",
    "",
    "Date: 9 September 2026",
    "",
    "## Collection and arrears",
    "",
    "| Recommendation | Response | Explanation |",
    "|---|---|---|",
    "| 1. The Welsh Government should publish council tax collection rates for every "
    "authority each quarter. | Accept | Data Cymru will publish the rates from April 2027. |",
    "| 2. Local authorities should offer a single point of contact to households in arrears. "
    "| Accept in principle | Most authorities already do so; guidance will be updated. "
    "£30,000 is available from the Council Tax Reform budget. |",
    "",
    "## Discounts and exemptions",
    "",
    "| Recommendation | Response | Explanation |",
    "|---|---|---|",
    "| 3. The Welsh Government should work with the WLGA to review the single person "
    "discount. | Reject | The discount is set in primary legislation and no review is "
    "planned. |",
    "| 4. The WLGA should share good practice on exemptions for care leavers. | Noted | "
    "This is a matter for the WLGA. |",
    ""])

AUDIT_REGISTER = "\n".join([
    "# Council response to the Audit Wales report: Workforce planning in local government",
    "",
    "## Planning",
    "",
    "| No. | Recommendation | Accept/Reject | Comment | Lead | Timescale |",
    "|---|---|---|---|---|---|",
    "| R1 | Councils should set out a workforce plan covering at least five years. | Accept "
    "| A five-year plan will go to Cabinet in the spring. | Local authorities | March 2027 |",
    "| R2 | Plans should be shared with the regional partnership board. | Accept in "
    "principle | Sharing depends on the board's own timetable. | WLGA | 2027-28 |",
    "",
    "## Recruitment",
    "",
    "| No. | Recommendation | Accept/Reject | Comment | Lead | Timescale |",
    "|---|---|---|---|---|---|",
    "| R3 | A single regional recruitment portal should be created. | Reject | Existing "
    "national portals already meet this need. | Welsh Government | N/A |",
    ""])

WEB_PAGE = """<!DOCTYPE html><html><head><title>Response</title></head><body><main>
<h1>Welsh Government response to the Climate Change Committee report: Council buildings</h1>
<p>Published 3 November 2026</p>
<h2>Energy use</h2>
<table><thead><tr><th>Recommendation</th><th>Welsh Government response</th>
<th>Financial implications</th></tr></thead>
<tbody>
<tr><td>1. The Welsh Government should fund heat decarbonisation surveys of every council
building.</td>
<td><p>Accept.</p><p>Surveys of schools will be completed first, by the end of 2027.</p></td>
<td>£4 million from the Heat Programme.</td></tr>
<tr><td>2. Local authorities should report the energy use of their buildings each year.</td>
<td>Accept in principle. Reporting will use the existing net zero return.</td>
<td>None.</td></tr>
</tbody></table>
<h2>Skills</h2>
<table><thead><tr><th>Recommendation</th><th>Welsh Government response</th>
<th>Financial implications</th></tr></thead>
<tbody>
<tr><td>3. The Welsh Government and local authorities should train facilities staff in
retrofit.</td>
<td>Reject. Training is already offered through Business Wales.</td>
<td>Met from existing budgets.</td></tr>
</tbody></table>
</main></body></html>
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("responsetables")
    (folder / "pipe.md").write_text(PIPE_RESPONSE, encoding="utf-8")
    (folder / "audit.md").write_text(AUDIT_REGISTER, encoding="utf-8")
    (folder / "page.html").write_text(WEB_PAGE, encoding="utf-8")
    # the same page as a Word table, its recommendations numbered by Word's numbering
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes

    (folder / "page.docx").write_bytes(docx_bytes(read_html(WEB_PAGE), "auto"))
    return folder


def test_header_names_of_a_response_table():
    from wlga_analysis.interpret.recommendations.columns import column_role, map_columns

    assert [column_role(h) for h in ("Response", "Accept/Reject", "Accept / Reject",
                                     "Welsh Government response", "Explanation",
                                     "Comment")] == \
        ["response", "response", "response", "response", "explanation", "explanation"]
    cols = map_columns(["No.", "Recommendation", "Accept/Reject", "Comment", "Lead",
                        "Timescale"])
    assert (cols.number, cols.recommendations, cols.response, cols.explanation,
            cols.owners) == (0, 1, 2, 3, 4)
    assert cols.extras == ((4, "lead"), (5, "timescale"))


def test_pipe_tables_under_group_headings(files):
    path = files / "pipe.md"
    areas = quietly(load_areas, path)
    assert areas["area"].tolist() == ["Collection and arrears", "Discounts and exemptions"]
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2, 3, 4]
    assert recs["area_id"].tolist() == [1, 1, 2, 2]
    assert recs["text"].iloc[2] == ("The Welsh Government should work with the WLGA to review "
                                    "the single person discount.")
    assert [list(o) for o in recs["owners"]] == [["WG"], ["LG"], ["WG", "WLGA"], ["WLGA"]]
    acts = quietly(load_activities, path)
    assert acts["activity_no"].tolist() == [1, 2, 3, 4]
    assert acts["area_id"].tolist() == [1, 1, 2, 2]
    assert acts["status"].tolist() == ["Accept", "Accept in principle", "Reject", "Noted"]
    assert acts["text"].tolist() == [
        "Data Cymru will publish the rates from April 2027.",
        "Most authorities already do so; guidance will be updated. £30,000 is available "
        "from the Council Tax Reform budget.",
        "The discount is set in primary legislation and no review is planned.",
        "This is a matter for the WLGA."]
    assert [list(o) for o in acts["owners"]] == [[], [], [], []]


def test_an_audit_register_with_lead_and_timescale(files):
    path = files / "audit.md"
    assert quietly(load_areas, path)["area"].tolist() == ["Planning", "Recruitment"]
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert recs["text"].iloc[1] == "Plans should be shared with the regional partnership board."
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WLGA"], ["WG"]]
    assert recs["timescale"].tolist() == ["March 2027", "2027-28", "N/A"]
    assert recs["lead"].tolist() == ["Local authorities", "WLGA", "Welsh Government"]
    acts = quietly(load_activities, path)
    assert acts["status"].tolist() == ["Accept", "Accept in principle", "Reject"]
    assert acts["text"].tolist() == ["A five-year plan will go to Cabinet in the spring.",
                                     "Sharing depends on the board's own timetable.",
                                     "Existing national portals already meet this need."]


@pytest.mark.parametrize("form", ["html", "docx"])
def test_a_web_page_with_decision_and_explanation_in_one_cell(files, form):
    path = files / f"page.{form}"
    assert quietly(load_areas, path)["area"].tolist() == ["Energy use", "Skills"]
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2, 3]
    assert [list(o) for o in recs["owners"]] == [["WG"], ["LG"], ["WG", "LG"]]
    assert recs["financial_implications"].tolist() == [
        "£4 million from the Heat Programme.", "None.", "Met from existing budgets."]
    acts = quietly(load_activities, path)
    assert acts["status"].tolist() == ["Accept", "Accept in principle", "Reject"]
    assert acts["text"].tolist() == [
        "Surveys of schools will be completed first, by the end of 2027.",
        "Reporting will use the existing net zero return.",
        "Training is already offered through Business Wales."]


SCRUTINY_RESPONSE = "\n".join([
    "# Council response to the scrutiny report: Home to school transport",
    "",
    "| Recommendation | Council response | Lead officer |",
    "|---|---|---|",
    "| The WLGA should collect data on transport costs across Wales. | Agreed \u2013 the "
    "WLGA will ask each council in the spring. | Head of Transport |",
    "| Local authorities should review walking routes to school every three years. | "
    "Not agreed. Routes are reviewed when a road changes. | - |",
    ""])


def test_unnumbered_rows_and_a_decision_before_a_dash(tmp_path):
    """Recommendations printed with no number are numbered in reading order (reported);
    "Agreed – ..." is the decision "Agreed" and the words after the dash; a table under no
    heading is one area named after the title (reported)."""
    from wlga_analysis.errors import DataQualityWarning

    path = tmp_path / "scrutiny.md"
    path.write_text(SCRUTINY_RESPONSE, encoding="utf-8")
    with pytest.warns(DataQualityWarning, match="numbered 2 in reading order"):
        recs = load_recommendations(path)
    assert recs["rec_id"].tolist() == [1, 2]
    assert recs["text"].tolist() == [
        "The WLGA should collect data on transport costs across Wales.",
        "Local authorities should review walking routes to school every three years."]
    assert [list(o) for o in recs["owners"]] == [["WLGA"], ["LG"]]
    assert recs["lead_officer"].tolist() == ["Head of Transport", "-"]
    assert quietly(load_areas, path)["area"].tolist() == [
        "Council response to the scrutiny report: Home to school transport"]
    acts = quietly(load_activities, path)
    assert acts["status"].tolist() == ["Agreed", "Not agreed"]
    assert acts["text"].tolist() == ["the WLGA will ask each council in the spring.",
                                     "Routes are reviewed when a road changes."]
