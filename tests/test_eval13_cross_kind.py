"""eval13 (fx): a recommendations tracker given to the programme loader is refused.

A tracker of recommendations (one row per recommendation under a header that names a
Recommendation column and its number, owner or activity columns) is a recommendations
paper: the programme loader refuses it with a ParseError naming the file, the table's line
and what it expected (it used to read the tracker's rows as progress items once printed
references became item ids). A programme update that only carries such a table beside its
own progress items is still read. The documents are written here, in layouts of the
family the shipped tests do not use (their readings written before the loader ran):

- a Markdown pipe table, "Ref | Recommendation | Lead officer | Progress (March 2025) |
  RAG", chapters as rows in bold;
- Word's "Save as plain text" of a tracker (CRLF): TAB-joined cells, "Ref. |
  Recommendation | Response | Responsible officer | Update October 2025", refs "R1",
  chapters "Chapter 1: Devices" as rows of their own;
- a council web page, "No. | Recommendation | Owner | Position at June 2025", chapters
  as rows across the table in bold (no Ref column: no programme layout reads it either,
  and the refusal names the recommendations table);
- a council web page, "Reference | Recommendation | Action agreed | Lead | Progress at
  July 2025", refs "TF1", chapters "Chapter 1 – Green Flag parks" as plain rows across the
  table (read as a programme of 4 items before);
- a Word table "Ref | Recommendation | Agreed action | Lead | Update March 2025 | Update
  September 2025", chapter rows merged across in bold (read as a programme before);
- a programme update with progress bullets and, in an annex, a table of an audit's
  recommendations: still a programme.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa
from wlga_analysis.errors import ParseError

PIPE = "\n".join([
    "# Play Sufficiency Review: recommendations tracker", "",
    "Children and Young People Scrutiny Committee, 3 April 2025", "",
    "| Ref | Recommendation | Lead officer | Progress (March 2025) | RAG |",
    "| --- | --- | --- | --- | --- |",
    "| **Play spaces** | | | | |",
    "| 1 | That the Council audits every fixed play area by September 2025. | Head of Parks "
    "| Forty of sixty play areas audited. | Amber |",
    "| 2 | That the Council and town councils agree who maintains shared play areas. "
    "| Head of Parks | A draft agreement is with two town councils. | Amber |",
    "| **Staffing** | | | | |",
    "| 3 | That the holiday play scheme recruits twelve seasonal play workers. "
    "| Play Development Officer | Fourteen play workers were recruited. | Green |",
    "| 4 | That the Council trains its play workers in inclusive play. "
    "| Play Development Officer | Training booked for May 2025. | Green |", ""])

TABS = "\r\n".join([
    "Anglesey County Council",
    "Corporate Scrutiny Committee - 14 October 2025",
    "Digital Access Review: tracker of recommendations",
    "Ref.\tRecommendation\tResponse\tResponsible officer\tUpdate October 2025",
    "Chapter 1: Devices\t\t\t\t",
    "R1\tThat libraries lend laptops to residents without a device.\tAccepted\t"
    "Libraries Manager\tForty laptops are on loan from six libraries.",
    "Chapter 2: Services\t\t\t\t",
    "R2\tThat the Council publishes its forms in plain English.\tAccepted in part\t"
    "Head of Customer Services\tTwelve of thirty forms rewritten.",
    "R3\tThat the contact centre offers call-backs in Welsh.\tAccepted\t"
    "Head of Customer Services\tCall-backs in Welsh began in August 2025.",
    "",
])

WEB = """<!DOCTYPE html>
<html lang="en"><head><title>Food poverty review | Example Council</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/democracy">Democracy</a></nav></header>
<main>
<h1>Food Poverty Task and Finish Group: progress on recommendations</h1>
<p>Report to the Partnerships Scrutiny Committee, 24 June 2025.</p>
<table>
<thead><tr><th>No.</th><th>Recommendation</th><th>Owner</th>
<th>Position at June 2025</th></tr></thead>
<tbody>
<tr><td colspan="4"><b>Schools</b></td></tr>
<tr><td>1</td><td>That every primary school offers a breakfast club.</td>
<td>Chief Education Officer</td><td>Breakfast clubs run in 44 of 48 schools.</td></tr>
<tr><td>2</td><td>That the Council promotes free school meal take-up.</td>
<td>Chief Education Officer</td><td>Take-up rose from 71% to 78%.</td></tr>
<tr><td colspan="4"><b>Community food</b></td></tr>
<tr><td>3</td><td>That the Council funds two community pantries.</td>
<td>Head of Communities</td><td>One pantry opened in Holyhead in May 2025.</td></tr>
</tbody>
</table>
<p>Contact: Scrutiny Officer.</p>
</main>
<footer><p>Example Council</p></footer>
</body></html>
"""

PARKS = """<!DOCTYPE html>
<html lang="en"><head><title>Parks review | Example Council</title></head>
<body>
<nav><a href="/">Home</a></nav>
<main>
<h2>Place Scrutiny Committee &ndash; 2 July 2025</h2>
<h1>Parks and Open Spaces Review: recommendations tracker</h1>
<table>
<tr><th>Reference</th><th>Recommendation</th><th>Action agreed</th><th>Lead</th>
<th>Progress at July 2025</th></tr>
<tr><td colspan="5">Chapter 1 &ndash; Green Flag parks</td></tr>
<tr><td>TF1</td><td>That the Council enters two more parks for a Green Flag award.</td>
<td>Enter Victoria Park and Bryn Park.</td><td>Parks Manager</td>
<td>Both parks were entered in January 2025.</td></tr>
<tr><td>TF2</td><td>That friends groups are offered small grants.</td>
<td>Open a grant scheme of £20,000.</td><td>Parks Manager</td>
<td>Eleven grants were awarded.</td></tr>
<tr><td colspan="5">Chapter 2 &ndash; Trees</td></tr>
<tr><td>TF3</td><td>That the Council plants 5,000 trees by 2027.</td>
<td>Agree a planting plan.</td><td>Tree Officer</td>
<td>1,200 trees were planted this winter.</td></tr>
<tr><td>TF4</td><td>That a tree warden scheme is set up.</td>
<td>Recruit volunteer wardens.</td><td>Tree Officer</td><td>Not yet due</td></tr>
</table>
</main>
</body></html>
"""

PROGRAMME = """WLGA DIGITAL PROGRAMME 2025-26 UPDATE

1 October 2025

1. Purpose

1.1 To update members on the digital programme.

2. Progress Update

2.1 Cyber resilience

- Twenty councils completed the cyber exercise in July 2025.
- A cyber assurance toolkit will be published in Q4.

2.2 Data

- The data sharing agreement was signed in September 2025.

3. Annex: recommendations of the audit

No.\tRecommendation\tLead\tArea
1\tThat the WLGA reviews its cyber training offer.\tWLGA\tCyber resilience
2\tThat councils share their data maps.\tCouncils\tData
"""


def _quiet(load, path: Path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(path)


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("cross_kind")
    out = {}
    for name, text in (("play-tracker.md", PIPE), ("digital-tracker.txt", TABS),
                       ("food-tracker.html", WEB),
                       ("parks-tracker.html", PARKS), ("digital-update.txt", PROGRAMME)):
        out[name] = base / name
        out[name].write_bytes(text.encode("utf-8"))
    out["repairs-tracker.docx"] = _word(base / "repairs-tracker.docx")
    return out


def _word(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("Housing Scrutiny Panel, 11 September 2025")
    doc.add_heading("Responsive Repairs Review: progress against recommendations", 1)
    table = doc.add_table(rows=1, cols=6)
    for cell, text in zip(table.rows[0].cells, ("Ref", "Recommendation", "Agreed action",
                                                "Lead", "Update March 2025",
                                                "Update September 2025"), strict=True):
        cell.text = text
    rows = [("Damp and mould",), ("1", "That damp reports are inspected within ten working "
            "days.", "Add an inspection target.", "Repairs Manager", "Target set.",
            "Ninety per cent inspected in time."),
            ("2", "That tenants are told of the outcome in writing.", "Write a standard "
             "letter.", "Tenant Liaison Officer", "Not yet due", "Letters sent since June."),
            ("Contractors",), ("3", "That contractors' performance is published each "
             "quarter.", "Publish a quarterly table.", "Head of Housing", "Not yet due",
             "The first table was published in August 2025.")]
    for texts in rows:
        row = table.add_row()
        if len(texts) == 1:
            row.cells[0].merge(row.cells[-1]).paragraphs[0].add_run(texts[0]).bold = True
            continue
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


@pytest.mark.parametrize(("name", "line"), [
    ("play-tracker.md", 5), ("digital-tracker.txt", 4), ("food-tracker.html", None),
    ("parks-tracker.html", None), ("repairs-tracker.docx", None)])
def test_tracker_refused_as_programme(docs: dict[str, Path], name: str,
                                      line: int | None) -> None:
    with pytest.raises(ParseError, match="not a programme update") as info:
        _quiet(wa.load_programme, docs[name])
    message = str(info.value)
    assert name in message and "load_recommendations" in message
    assert "Recommendation" in message  # (the header the table prints)
    if line is not None:
        assert f"line {line}" in message


def test_tracker_still_read_as_recommendations(docs: dict[str, Path]) -> None:
    recs = _quiet(wa.load_recommendations, docs["play-tracker.md"])
    assert recs["text"].tolist()[0] == ("That the Council audits every fixed play area by "
                                        "September 2025.")
    assert len(recs) == 4
    recs = _quiet(wa.load_recommendations, docs["digital-tracker.txt"])
    assert len(recs) == 3
    assert recs["text"].tolist()[2] == "That the contact centre offers call-backs in Welsh."
    recs = _quiet(wa.load_recommendations, docs["food-tracker.html"])
    assert len(recs) == 3
    assert _quiet(wa.load_areas, docs["food-tracker.html"])["area"].tolist() == [
        "Schools", "Community food"]
    recs = _quiet(wa.load_recommendations, docs["repairs-tracker.docx"])
    assert [(r.rec_id, r.area) for r in recs.itertuples()] == [
        (1, "Damp and mould"), (2, "Damp and mould"), (3, "Contractors")]


def test_programme_with_a_recommendations_annex_still_read(docs: dict[str, Path]) -> None:
    prog = _quiet(wa.load_programme, docs["digital-update.txt"])
    texts = prog["text"].tolist()
    assert "Twenty councils completed the cyber exercise in July 2025." in texts
    assert "The data sharing agreement was signed in September 2025." in texts
    assert prog.loc[prog["text"].str.startswith("Twenty"), "status"].tolist() == ["done"]
