"""A web page's table captions are kept (stop 23): ``<caption>`` is read as the line the
Word and PDF forms print over the table ("nothing lost"), or just after the table when a
heading stands directly over it (the heading still names its table), and the tables read as
before."""

from __future__ import annotations

import warnings
from pathlib import Path

import wlga_analysis as wa
from wlga_analysis.read.html import read_html
from wlga_analysis.read.model import Paragraph, Table

PROGRAMME = """<!DOCTYPE html><html><body><main>
<h1>Digital Support Programme 2025-26: position at the end of Quarter 3</h1>
<p>Report to the Digital Panel, 14 January 2026</p>
<p>This paper reports progress against the 2025-26 delivery plan of the programme, which
supports all 22 councils with their digital services.</p>
<h2>Progress against the delivery plan</h2>
<h3>Workstream 1: Leadership and skills</h3>
<table>{caption1}
<thead><tr><th>Ref</th><th>Milestone</th><th>Lead</th><th>Progress</th></tr></thead>
<tbody>
<tr><td>1.1</td><td>Run a digital leadership course for senior officers</td><td>WLGA</td>
<td>Complete</td></tr>
<tr><td>1.2</td><td>Publish a digital skills framework for councils</td><td>WLGA</td>
<td>On track</td></tr>
</tbody></table>
<h3>Workstream 2: Shared services</h3>
<table>{caption2}
<thead><tr><th>Ref</th><th>Milestone</th><th>Lead</th><th>Progress</th></tr></thead>
<tbody>
<tr><td>2.1</td><td>Benchmark council website costs with Data Cymru</td><td>Data Cymru</td>
<td>On track</td></tr>
</tbody></table>
<h2>Next steps</h2>
<p>The Panel is asked to note the progress made.</p>
</main></body></html>
"""

RECOMMENDATIONS = """<!DOCTYPE html><html><body><main>
<h1>Regional Working Group: recommendations 2025</h1>
<p>The group met four times in 2025. Its recommendations are set out below.</p>
<table>{caption1}
<thead><tr><th>Area</th><th>Activity underway or achieved</th><th>Recommendations</th></tr></thead>
<tbody>
<tr><td><b>Area 1: Regional transport</b><br>Buses and rail.</td>
<td>1. A joint bus network review was started.</td>
<td>1. That councils publish a joint bus network plan. (<b>LG</b>)</td></tr>
<tr><td><b>Area 2: Digital</b><br>Shared platforms.</td>
<td>2. A shared booking platform was tested.</td>
<td>2. That the WLGA shares the booking platform with all councils. (<b>WLGA</b>)</td></tr>
</tbody></table>
</main></body></html>
"""


def _write(tmp_path: Path, name: str, page: str, captions: tuple[str, str]) -> Path:
    path = tmp_path / name
    path.write_text(page.format(caption1=captions[0], caption2=captions[1]), encoding="utf-8")
    return path


def _quiet(loader, path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return loader(path)


def test_the_web_reader_keeps_a_caption_as_a_line_by_its_table():
    model = read_html("<h1>Plan</h1><table><caption>Exhibit 8: <i>responses</i></caption>"
                      "<tr><th>Ref</th><th>Recommendation</th></tr>"
                      "<tr><td>R1</td><td>Publish it.</td></tr></table>"
                      "<table role=\"presentation\"><caption>Contacts</caption>"
                      "<tr><td>Ann Jones</td></tr></table>"
                      "<table><caption hidden>Not shown</caption>"
                      "<tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>")
    kinds = [(type(b).__name__, b.text.text if isinstance(b, Paragraph) else "")
             for b in model.blocks[1:]]
    assert kinds == [("Table", ""), ("Paragraph", "Exhibit 8: responses"),
                     ("Paragraph", "Contacts"), ("Paragraph", "Ann Jones"), ("Table", "")]
    caption = model.blocks[2]
    assert not caption.text.is_bold() and caption.location.line == 1
    assert isinstance(model.blocks[1], Table)  # (under the heading "Plan": after it)
    model = read_html("<p>Responses received.</p><table><caption>Exhibit 8</caption>"
                      "<tr><th>Ref</th><th>Recommendation</th></tr>"
                      "<tr><td>R1</td><td>Publish it.</td></tr></table>")
    assert [type(b).__name__ for b in model.blocks] == ["Paragraph", "Paragraph", "Table"]
    assert model.blocks[1].text.text == "Exhibit 8"


def test_the_programme_loaders_keep_captions_and_read_the_tables_as_before(tmp_path):
    captioned = _write(tmp_path, "captioned.html", PROGRAMME,
                       ("<caption>Table 1: Leadership milestones</caption>",
                        "<caption>Table 2: Shared services milestones</caption>"))
    plain = _write(tmp_path, "plain.html", PROGRAMME, ("", ""))
    text = _quiet(wa.load_paragraphs, captioned)["text"].tolist()
    assert "Table 1: Leadership milestones" in text
    assert "Table 2: Shared services milestones" in text
    columns = ["item_id", "paragraph", "text", "status", "quarter_label", "partners"]
    want = _quiet(wa.load_programme, plain)[columns].astype(str).values.tolist()
    assert len(want) == 3
    assert _quiet(wa.load_programme, captioned)[columns].astype(str).values.tolist() == want


def test_the_recommendations_loaders_keep_a_caption_and_read_the_table_as_before(tmp_path):
    captioned = _write(tmp_path, "captioned.html", RECOMMENDATIONS,
                       ("<caption>Table 1: Recommendations of the group</caption>", ""))
    plain = _write(tmp_path, "plain.html", RECOMMENDATIONS, ("", ""))
    notes = _quiet(wa.load_recommendations_notes, captioned)["text"].tolist()
    assert "Table 1: Recommendations of the group" in notes
    for loader in (wa.load_recommendations, wa.load_areas, wa.load_activities):
        want = _quiet(loader, plain).drop(columns=["source_line"], errors="ignore")
        got = _quiet(loader, captioned).drop(columns=["source_line"], errors="ignore")
        assert len(want) == 2
        assert got.astype(str).values.tolist() == want.astype(str).values.tolist()


NUMBERED = """<!DOCTYPE html><html><body><main>
<h1>WLGA Improvement Programme 2025-26: January update</h1>
<p>Date: 14 January 2026</p>
<h2>Purpose</h2>
<p>1. To update members on progress against the delivery plan for 2025-26.</p>
<h2>Progress update</h2>
<h3>2. Leadership and governance</h3>
<table><caption>Leadership actions, 2025-26</caption>
<tr><th>Activity</th><th>Lead</th><th>Status</th><th>Timescale</th></tr>
<tr><td>Induction programme for newly elected council leaders</td><td>WLGA</td>
<td>Complete</td><td>Q1</td></tr>
</table>
<h3>3. Financial resilience</h3>
<table><caption>Financial resilience actions, 2025-26</caption>
<tr><th>Activity</th><th>Lead</th><th>Status</th><th>Timescale</th></tr>
<tr><td>Benchmarking of council reserves with Data Cymru</td><td>Data Cymru</td>
<td>On track</td><td>Q2</td></tr>
</table>
</main></body></html>
"""


def test_a_caption_under_its_table_does_not_end_the_numbered_sections(tmp_path):
    # under a heading the caption is printed under its table; a caption line before the
    # next numbered heading ("3. Financial resilience") had read as a heading that ended
    # the progress section, and section 3's rows were no items
    path = tmp_path / "captions-numbered.html"
    path.write_text(NUMBERED, encoding="utf-8")
    items = _quiet(wa.load_programme, path)
    assert items[["item_id", "section"]].values.tolist() == [
        ["2.1", "Leadership and governance"], ["3.1", "Financial resilience"]]
    text = _quiet(wa.load_paragraphs, path)["text"].tolist()
    assert "Table: Leadership actions, 2025-26" in text
    assert "Table: Financial resilience actions, 2025-26" in text
