"""Two recommendations layouts of the twelfth evaluation corpus's kinds, in documents written
for these tests in the publishers' manner (the asserted values are the careful reader's
reading):

- **"You said, we did"**: a heading per topic (the area) over a two-column table of what
  was asked for and what was done (``No. | You said | We did``, ``Issue raised | Our
  response``, ``What you told us | What we have done``, ``Recommendation | Action taken``),
  the done side as bullets (one activity each), owners only the sentence's subject ("We
  want councils to ...", "Councils and health boards should ..."); in Markdown, as Word's
  "Save as plain text" (a bullet exported as a cell of its own, a cell's next bullet on a
  line of its own, the topics plain lines), as a web page (themes as ``<h2>`` over topic
  ``<h3>``) and as a Word file. Before: a ParseError in every form.
- **A topic line at the top of each recommendation cell** (an audit report's appendix of
  recommendations and management responses): the bold topic is the area (not part of the
  recommendation's text; a topic printed once stays over the rows under it), the
  "Recommendation for" / "Addressed to" column gives the owners, and the exhibit caption
  over the table is no theme. Before: one area named after the title with the caption as
  its theme, topics glued to the texts, no owners.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendation_owners,
    load_recommendations,
)
from wlga_analysis.testing import quietly

# -- "You said, we did" ----------------------------------------------------------------------
SAID_MD = """# Older people's panel: you said, we did

Report to the panel, March 2027

The panel met four times in 2026. This report answers what members asked for.

## Getting about

| No. | You said | We did |
| --- | --- | --- |
| 1 | We want councils to keep community transport running on Sundays. | \
• Six councils extended community transport to Sundays.<br>• A timetable was posted to every \
member. |
| 2 | The Welsh Government should make the bus pass valid on trains in rural areas. | \
• The Welsh Government began a trial on one rural line. |

## Staying well

| No. | You said | We did |
| --- | --- | --- |
| 3 | Councils and health boards should publish one list of falls prevention classes. | \
• A joint list is now online in four regions. |
| 4 | We would like the WLGA to share good practice on loneliness. | \
• The WLGA held two webinars on loneliness.<br>• A case study guide is due in June. |

Next steps: the panel meets again in May.
"""

SAID_AREAS = [(1, "Getting about", None), (2, "Staying well", None)]
SAID_RECS = [
    ("1", "Getting about", ["LG"],
     "We want councils to keep community transport running on Sundays."),
    ("2", "Getting about", ["WG"],
     "The Welsh Government should make the bus pass valid on trains in rural areas."),
    ("3", "Staying well", ["LG", "health boards"],
     "Councils and health boards should publish one list of falls prevention classes."),
    ("4", "Staying well", ["WLGA"], "We would like the WLGA to share good practice on loneliness."),
]
SAID_ACTS = [
    ("Getting about", "Six councils extended community transport to Sundays."),
    ("Getting about", "A timetable was posted to every member."),
    ("Getting about", "The Welsh Government began a trial on one rural line."),
    ("Staying well", "A joint list is now online in four regions."),
    ("Staying well", "The WLGA held two webinars on loneliness."),
    ("Staying well", "A case study guide is due in June."),
]

#: Word's "Save as plain text" of topic lines over tables with no number column.
ISSUES_TXT = "\n".join([
    "Tenants' panel: report back, January 2027",
    "",
    "Our panel raised these issues with the housing service in 2026.",
    "",
    "Repairs",
    "Issue raised\tOur response",
    "Repairs take too long to be booked.\t\u2022\tAn online booking form opened in May 2026.",
    "\u2022\tRepairs are now booked within five working days.",
    "Contractors do not say when they will arrive.\t\u2022\tText messages now give a two-hour "
    "slot.",
    "",
    "Damp and mould",
    "Issue raised\tOur response",
    "Councils should inspect every damp report within a week.\t\u2022\tA damp team of six "
    "officers was set up.",
    "",
    "We will report again next year.",
    ""])


def _areas(path):
    areas = quietly(load_areas, path)
    return [(a.area_id, a.area, a.theme or None) for a in areas.itertuples()]


def _recs(path):
    recs = quietly(load_recommendations, path)
    return [(str(r.rec_id), r.area, list(r.owners), r.text) for r in recs.itertuples()]


def _acts(path):
    acts = quietly(load_activities, path)
    areas = dict(quietly(load_areas, path)[["area_id", "area"]].values.tolist())
    return [(areas[a.area_id], a.text) for a in acts.itertuples()]


def test_you_said_we_did_in_markdown(tmp_path):
    path = tmp_path / "panel.md"
    path.write_text(SAID_MD, encoding="utf-8")
    assert _areas(path) == SAID_AREAS
    assert _recs(path) == SAID_RECS
    assert _acts(path) == SAID_ACTS
    owners = quietly(load_recommendation_owners, path)
    assert owners[owners.rec_id == 3].owner.tolist() == ["LG", "health boards"]


def test_issues_raised_in_a_plain_text_export(tmp_path):
    path = tmp_path / "tenants.txt"
    path.write_text(ISSUES_TXT, encoding="utf-8")
    assert _areas(path) == [(1, "Repairs", None), (2, "Damp and mould", None)]
    assert _recs(path) == [
        ("1", "Repairs", [], "Repairs take too long to be booked."),
        ("2", "Repairs", [], "Contractors do not say when they will arrive."),
        ("3", "Damp and mould", ["LG"],
         "Councils should inspect every damp report within a week.")]
    assert _acts(path) == [
        ("Repairs", "An online booking form opened in May 2026."),
        ("Repairs", "Repairs are now booked within five working days."),
        ("Repairs", "Text messages now give a two-hour slot."),
        ("Damp and mould", "A damp team of six officers was set up.")]


#: One table for all topics, a Topic column merged down its rows (a converter prints the
#: topic in its first row only), the done side as plain paragraphs.
TOPIC_COLUMN_MD = """## Carers' conference 2026: you said, we did

| Topic | You said | We did |
| --- | --- | --- |
| Breaks | Councils should offer more short breaks in the school holidays. | Nine councils \
added holiday short breaks in 2026. |
| | We want the Welsh Government to fund a break for every young carer. | The Short Breaks \
Scheme now has a young carers' strand. |
| Information | Tell carers about their rights when the person they care for leaves \
hospital. | Hospital discharge leaflets were rewritten with carers. |
"""


def test_a_topic_column_over_merged_rows(tmp_path):
    path = tmp_path / "carers.md"
    path.write_text(TOPIC_COLUMN_MD, encoding="utf-8")
    assert _areas(path) == [(1, "Breaks", None), (2, "Information", None)]
    assert _recs(path) == [
        ("1", "Breaks", ["LG"], "Councils should offer more short breaks in the school "
                                "holidays."),
        ("2", "Breaks", ["WG"], "We want the Welsh Government to fund a break for every young "
                                "carer."),
        ("3", "Information", [], "Tell carers about their rights when the person they care "
                                 "for leaves hospital.")]
    assert _acts(path) == [
        ("Breaks", "Nine councils added holiday short breaks in 2026."),
        ("Breaks", "The Short Breaks Scheme now has a young carers' strand."),
        ("Information", "Hospital discharge leaflets were rewritten with carers.")]


def test_a_bilingual_header(tmp_path):
    path = tmp_path / "panel.md"
    path.write_text(SAID_MD.replace("| No. | You said | We did |",
                                    "| Rhif / No. | Dywedoch chi / You said | "
                                    "Gwnaethom ni / We did |"), encoding="utf-8")
    assert _areas(path) == SAID_AREAS
    assert _recs(path) == SAID_RECS
    assert _acts(path) == SAID_ACTS


SAID_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Residents' survey 2026: what you told us</title></head><body><main>
<h1>Residents' survey 2026: what you told us</h1>
<p class="standfirst">What residents asked for, and what the council has done.</p>
<h2>Homes</h2>
<h3>Repairs</h3>
<table><thead><tr><th>What you told us</th><th>What we have done</th></tr></thead><tbody>
<tr><td>The council should answer repair calls faster.</td><td><ul>
<li>A second call centre shift started in April.</li><li>Calls are answered in four minutes on
average.</li></ul></td></tr>
</tbody></table>
<h3>Heating</h3>
<table><thead><tr><th>What you told us</th><th>What we have done</th></tr></thead><tbody>
<tr><td>The Welsh Government should fund heat pumps for older homes.</td><td><ul>
<li>A grant scheme opened in June.</li></ul></td></tr>
</tbody></table>
<h2>Streets</h2>
<h3>Litter</h3>
<table><thead><tr><th>What you told us</th><th>What we have done</th></tr></thead><tbody>
<tr><td>Put more bins near schools.</td><td><ul><li>Forty bins were added near schools.</li>
</ul></td></tr>
</tbody></table>
</main></body></html>
"""


def test_what_you_told_us_on_a_web_page_with_themes(tmp_path):
    path = tmp_path / "survey.html"
    path.write_text(SAID_HTML, encoding="utf-8")
    assert _areas(path) == [(1, "Repairs", "Homes"), (2, "Heating", "Homes"),
                            (3, "Litter", "Streets")]
    assert _recs(path) == [
        ("1", "Repairs", [], "The council should answer repair calls faster."),
        ("2", "Heating", ["WG"], "The Welsh Government should fund heat pumps for older homes."),
        ("3", "Litter", [], "Put more bins near schools.")]
    assert _acts(path) == [
        ("Repairs", "A second call centre shift started in April."),
        ("Repairs", "Calls are answered in four minutes on average."),
        ("Heating", "A grant scheme opened in June."),
        ("Litter", "Forty bins were added near schools.")]


def _docx_said() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Youth forum recommendations: action taken", level=1)
    d.add_paragraph("A report of what has been done since the forum of June 2026.")
    topics = [("Schools", [("Councils should offer free breakfasts in every secondary school.",
                            ["A pilot runs in twelve schools.", "An evaluation is due in July."])]),
              ("Sport", [("We want the WLGA to ask councils to cut the cost of leisure "
                          "centres for young people.", ["The WLGA wrote to all councils."])])]
    for topic, rows in topics:
        d.add_heading(topic, level=2)
        table = d.add_table(rows=1, cols=2)
        table.rows[0].cells[0].text = "Recommendation"
        table.rows[0].cells[1].text = "Action taken"
        for said, did in rows:
            cells = table.add_row().cells
            cells[0].text = said
            cells[1].text = did[0]
            cells[1].paragraphs[0].style = d.styles["List Bullet"]
            for more in did[1:]:
                cells[1].add_paragraph(more, style="List Bullet")
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def test_recommendation_and_action_taken_in_a_word_file(tmp_path):
    path = tmp_path / "forum.docx"
    path.write_bytes(_docx_said())
    assert _areas(path) == [(1, "Schools", None), (2, "Sport", None)]
    assert _recs(path) == [
        ("1", "Schools", ["LG"], "Councils should offer free breakfasts in every secondary "
                                 "school."),
        ("2", "Sport", ["WLGA"], "We want the WLGA to ask councils to cut the cost of leisure "
                                 "centres for young people.")]
    assert _acts(path) == [("Schools", "A pilot runs in twelve schools."),
                           ("Schools", "An evaluation is due in July."),
                           ("Sport", "The WLGA wrote to all councils.")]


# -- a topic line at the top of each recommendation cell ------------------------------------
TOPICS_MD = """# Annex B – Recommendations and responses

*Flood risk management in Wales* – Auditor General for Wales, May 2027

**Exhibit 4: recommendations and responses**

| Ref | Recommendation | Recommendation for | Management response |
| --- | --- | --- | --- |
| R1 | **Planning for floods**<br>Councils should update their local flood risk strategies \
every six years. | Councils | Eleven councils have updated their strategies. |
| R2 | The Welsh Government should publish flood maps for every community. | Welsh \
Government | Maps will be published in 2028. |
| R3 | **Paying for defences**<br>The WLGA and Data Cymru should collect the cost of flood \
repairs. | WLGA and Data Cymru | A return was agreed in March 2027. |

Source: Audit Wales
"""

TOPIC_AREAS = [(1, "Planning for floods", None), (2, "Paying for defences", None)]
TOPIC_RECS = [
    ("1", "Planning for floods", ["LG"],
     "Councils should update their local flood risk strategies every six years."),
    ("2", "Planning for floods", ["WG"],
     "The Welsh Government should publish flood maps for every community."),
    ("3", "Paying for defences", ["WLGA", "Data Cymru"],
     "The WLGA and Data Cymru should collect the cost of flood repairs."),
]
TOPIC_ACTS = [("Planning for floods", "Eleven councils have updated their strategies."),
              ("Planning for floods", "Maps will be published in 2028."),
              ("Paying for defences", "A return was agreed in March 2027.")]

TOPICS_HTML = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Annex B</title></head><body><main>
<p class="report">Flood risk management in Wales</p>
<h1>Annex B – Recommendations and responses</h1>
<table><caption>Exhibit 4: recommendations and responses</caption>
<thead><tr><th>Ref</th><th>Recommendation</th><th>Addressed to</th><th>Accepted?</th>
<th>Management response</th></tr></thead><tbody>
<tr><th scope="row">R1</th><td><p class="topic"><strong>Planning for floods</strong></p>
<p>Councils should update their local flood risk strategies every six years.</p></td>
<td>Councils</td><td><span class="badge">Yes</span></td>
<td>Eleven councils have updated their strategies.</td></tr>
<tr><th scope="row">R2</th><td><p class="topic"><strong>Planning for floods</strong></p>
<p>The Welsh Government should publish flood maps for every community.</p></td>
<td>Welsh Government</td><td><span class="badge">Yes</span></td>
<td>Maps will be published in 2028.</td></tr>
<tr><th scope="row">R3</th><td><p class="topic"><strong>Paying for defences</strong></p>
<p>The WLGA and Data Cymru should collect the cost of flood repairs.</p></td>
<td>WLGA and Data Cymru</td><td><span class="badge">Partly</span></td>
<td>A return was agreed in March 2027.</td></tr>
</tbody></table></main></body></html>
"""


def _docx_topics() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Annex B – Recommendations and responses", level=1)
    d.add_paragraph().add_run("Exhibit 4: recommendations and responses").bold = True
    table = d.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Recommendation", "Recommendation for",
                                                "Management response"), strict=True):
        cell.text = text
    for (ref, topic, text, owners, response) in [
            ("R1", "Planning for floods", TOPIC_RECS[0][3], "Councils", TOPIC_ACTS[0][1]),
            ("R2", "Planning for floods", TOPIC_RECS[1][3], "Welsh Government",
             TOPIC_ACTS[1][1]),
            ("R3", "Paying for defences", TOPIC_RECS[2][3], "WLGA and Data Cymru",
             TOPIC_ACTS[2][1])]:
        cells = table.add_row().cells
        cells[0].text = ref
        cells[1].paragraphs[0].add_run(topic).bold = True
        cells[1].add_paragraph(text)
        cells[2].text = owners
        cells[3].text = response
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


#: The topic run in at the start of the cell's paragraph, and a topic printed once.
RUN_IN_MD = TOPICS_MD.replace("**Planning for floods**<br>", "**Planning for floods:** ") \
    .replace("**Paying for defences**<br>", "**Paying for defences** \u2013 ")

_TOPIC_FORMS = {"md": lambda: TOPICS_MD.encode(), "html": lambda: TOPICS_HTML.encode(),
                "docx": _docx_topics, "run-in.md": lambda: RUN_IN_MD.encode()}


@pytest.mark.parametrize("form", sorted(_TOPIC_FORMS))
def test_topic_lines_in_the_recommendation_cells_are_the_areas(tmp_path, form):
    path = tmp_path / f"annex.{form}"
    path.write_bytes(_TOPIC_FORMS[form]())
    assert _areas(path) == TOPIC_AREAS
    assert _recs(path) == TOPIC_RECS
    assert _acts(path) == TOPIC_ACTS


def test_the_header_names_of_the_two_layouts():
    from wlga_analysis.interpret.recommendations.columns import column_role, map_columns

    assert [column_role(h) for h in ("Recommendation for", "Addressed to", "You said",
                                     "We did", "Issues raised", "Our response",
                                     "What you told us", "Recommendation")] == [
        "owners", "owners", "recommendations", "activities", "recommendations",
        "activities", "recommendations", "recommendations"]
    cols = map_columns(["No.", "You said", "We did"])
    assert (cols.number, cols.recommendations, cols.activities, cols.area) == (0, 1, 2, None)


@pytest.mark.parametrize("text, expected", [
    (SAID_MD, (SAID_AREAS, SAID_RECS, SAID_ACTS)),
    (TOPICS_MD, (TOPIC_AREAS, TOPIC_RECS, TOPIC_ACTS))], ids=["said-did", "topics"])
def test_both_layouts_printed_to_pdf(tmp_path, text, expected):
    from wlga_analysis.read import read_model
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    source = tmp_path / "paper.md"
    source.write_text(text, encoding="utf-8")
    path = tmp_path / "paper.pdf"
    path.write_bytes(pdf_bytes(read_model(source)))
    assert (_areas(path), _recs(path), _acts(path)) == expected
