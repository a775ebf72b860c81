"""Recommendations papers of eval51's two recommendations families, written afresh for these
tests (other subjects, owners, numbers of items, wordings and forms than the corpus):

- a JOINT GROUP'S FINAL REPORT: numbered chapters, each with a bulleted account of the work
  done ("What we have done", "Progress so far") and ONE numbered list of recommendations
  through the report, each with sub-points ("(a)", "(i)", "i.") that are part of its text and
  labelled lines under it naming its owner ("Owner:", "Lead:") and timescale ("Timescale:",
  "Timeframe:"), on lines of their own or run together on one line; a closing annex table
  repeating the recommendations (read once); chapters with neither (an introduction, next
  steps) are no areas. As Markdown (pandoc), Word's plain text (TAB after the numbers) and a
  web page (the fields inside the list item, the sub-points a nested list);
- a spotlight report whose calls stand under lead-ins naming whom they ask with "must:"
  ("Health boards must:") as well as "should:".

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import wlga_analysis as wa

AREAS_A = ["Bus services", "Community transport"]
RECS_A = [  # (id, area, text, owners)
    ("1", "Bus services", "The Welsh Government should fund a five-year bus network plan for "
     "each region: (a) setting out the routes that councils will tender together; (b) "
     "publishing the plan by April 2027.", ["WG"]),
    ("2", "Bus services", "Councils and the WLGA should agree one concessionary fares "
     "timetable.", ["LG", "WLGA"]),
    ("3", "Community transport", "Transport for Wales should open its booking app to "
     "community transport schemes.", ["Transport for Wales"]),
]
ACTS_A = [
    ("Bus services", "Mapped every subsidised bus route in Wales."),
    ("Bus services", "Met the bus operators' association four times."),
    ("Community transport", "Surveyed 48 community transport schemes."),
]
DOC_A = """\
# Task and Finish Group on Rural Transport: Final Report

June 2026

## 1. Background

The group was set up in 2025 to look at how people without a car reach services.

## 2. Bus services

### What we have done

- Mapped every subsidised bus route in Wales.
- Met the bus operators' association four times.

### Recommendations

1.  The Welsh Government should fund a five-year bus network plan for
    each region:

    (a) setting out the routes that councils will tender together;
    (b) publishing the plan by April 2027.

    Lead: Welsh Government

    Timeframe: 2027-28

2.  Councils and the WLGA should agree one concessionary fares timetable.

    Lead: Councils and WLGA

    Timeframe: 2026-27

## 3. Community transport

### What we have done

- Surveyed 48 community transport schemes.

### Recommendations

3.  Transport for Wales should open its booking app to community transport schemes.

    Lead: Transport for Wales

    Timeframe: 2028

## 4. Next steps

We will report again in a year.

## Annex A: Recommendations at a glance

| No. | Recommendation | Lead | Timeframe |
|-----|----------------|------|-----------|
| 1 | The Welsh Government should fund a five-year bus network plan | Welsh Government | 2027-28 |
| 2 | Councils and the WLGA should agree one fares timetable. | Councils and WLGA | 2026-27 |
| 3 | Transport for Wales should open its booking app | Transport for Wales | 2028 |
"""

AREAS_B = ["Waste and recycling", "Flood resilience", "Planning"]
RECS_B = [
    ("1", "Waste and recycling", "Councils should publish their recycling rates each "
     "quarter.", ["LG"]),
    ("2", "Waste and recycling", "The Welsh Government should extend the Circular Economy "
     "Fund to 2030: (i) keeping the capital share at half; (ii) opening it to joint bids.",
     ["WG"]),
    ("3", "Flood resilience", "Natural Resources Wales and councils should share one flood "
     "map.", ["Natural Resources Wales", "LG"]),
    ("4", "Planning", "The WLGA should run a planning skills academy: (i) for officers; (ii) "
     "for members; (iii) for planning committee chairs.", ["WLGA"]),
    ("5", "Planning", "The Welsh Government should fund 40 planning apprenticeships.",
     ["WG"]),
]
ACTS_B = [
    ("Waste and recycling", "Agreed common recycling measures with all councils."),
    ("Flood resilience", "Held a flood summit in Builth Wells."),
    ("Flood resilience", "Reviewed the flood plans of 11 councils."),
    ("Planning", "Counted the planning officers in every council."),
]
DOC_B = "\r\n".join([
    "WLGA and Welsh Government Environment Partnership", "", "Final Report", "", "May 2026",
    "", "1. Purpose", "", "This report sets out our work and five recommendations.", "",
    "2. Waste and recycling", "", "Progress so far", "",
    "\u00b7\tAgreed common recycling measures with all councils.", "",
    "Recommendations", "",
    "1.\tCouncils should publish their recycling rates each quarter.",
    "Owner: Local authorities Timescale: short term", "",
    "2.\tThe Welsh Government should extend the Circular Economy Fund to 2030:",
    "(i)\tkeeping the capital share at half;", "(ii)\topening it to joint bids.",
    "Owner: Welsh Government Timescale: medium term", "",
    "3. Flood resilience", "", "Progress so far", "",
    "\u00b7\tHeld a flood summit in Builth Wells.",
    "\u00b7\tReviewed the flood plans of 11 councils.", "", "Recommendations", "",
    "3.\tNatural Resources Wales and councils should share one flood map.",
    "Owner: Natural Resources Wales and local authorities", "Timescale: long term", "",
    "4. Planning", "", "Progress so far", "",
    "\u00b7\tCounted the planning officers in every council.", "", "Recommendations", "",
    "4.\tThe WLGA should run a planning skills academy:", "(i)\tfor officers;",
    "(ii)\tfor members;", "(iii)\tfor planning committee chairs.", "Owner: WLGA",
    "Timescale: short term", "",
    "5.\tThe Welsh Government should fund 40 planning apprenticeships.",
    "Owner: Welsh Government", "Timescale: medium term", "",
    "5. Conclusion", "", "We thank everyone who took part.", "",
    "Appendix: Summary of recommendations", "",
    "No.\tRecommendation\tOwner\tTimescale",
    "1\tCouncils should publish their recycling rates each quarter.\tLocal authorities\tShort",
    "2\tThe Welsh Government should extend the Circular Economy Fund to 2030\tWelsh "
    "Government\tMedium",
    "3\tNatural Resources Wales and councils should share one flood map.\tNRW and local "
    "authorities\tLong",
    "4\tThe WLGA should run a planning skills academy\tWLGA\tShort",
    "5\tThe Welsh Government should fund 40 planning apprenticeships.\tWelsh Government\t"
    "Medium", ""])

DOC_C = """<!DOCTYPE html><html><head><title>Digital group final report - GOV.WALES</title>
</head><body><main>
<h1>Local Government Digital Group: final report</h1>
<h2>1. Introduction</h2><p>The group met six times in 2025.</p>
<h2>2. Data sharing</h2>
<h3>What the group has done</h3>
<ul><li>Agreed a data sharing template with Data Cymru.</li></ul>
<h3>Our recommendations</h3>
<ol start="1"><li><p>Councils should adopt the data sharing template:</p>
<ol type="i"><li>publishing their data sharing agreements;</li>
<li>reviewing them every two years.</li></ol>
<p class="rec-meta">Owner: Local authorities<br>Timescale: short term</p></li>
<li><p>Data Cymru should publish an annual data maturity index.</p>
<p class="rec-meta">Owner: Data Cymru<br>Timescale: medium term</p></li></ol>
<h2>3. Cyber security</h2>
<h3>What the group has done</h3>
<ul><li>Ran a cyber exercise with eight councils.</li>
<li>Published a cyber incident playbook.</li></ul>
<h3>Our recommendations</h3>
<ol start="3"><li><p>The Welsh Government and the WLGA should fund a shared security
operations centre.</p>
<p class="rec-meta">Owner: Welsh Government and WLGA<br>Timescale: long term</p></li></ol>
<h2>Annex: summary of recommendations</h2>
<table><tr><th>No.</th><th>Summary</th><th>Owner</th><th>Timescale</th></tr>
<tr><td>1</td><td>Councils should adopt the data sharing template</td><td>Local authorities</td>
<td>Short term</td></tr>
<tr><td>2</td><td>Data Cymru should publish an annual data maturity index.</td>
<td>Data Cymru</td><td>Medium term</td></tr>
<tr><td>3</td><td>The Welsh Government and the WLGA should fund a shared security operations
centre.</td><td>Welsh Government and WLGA</td><td>Long term</td></tr></table>
</main></body></html>
"""
AREAS_C = ["Data sharing", "Cyber security"]
RECS_C = [
    ("1", "Data sharing", "Councils should adopt the data sharing template: (i) publishing "
     "their data sharing agreements; (ii) reviewing them every two years.", ["LG"]),
    ("2", "Data sharing", "Data Cymru should publish an annual data maturity index.",
     ["Data Cymru"]),
    ("3", "Cyber security", "The Welsh Government and the WLGA should fund a shared security "
     "operations centre.", ["WG", "WLGA"]),
]
ACTS_C = [
    ("Data sharing", "Agreed a data sharing template with Data Cymru."),
    ("Cyber security", "Ran a cyber exercise with eight councils."),
    ("Cyber security", "Published a cyber incident playbook."),
]

DOC_D = """\
# Spotlight: Children in hospital

# 1. Staying in touch

Children told us they lost touch with school while in hospital.

## What needs to change

**Health boards must:**

1.  Give every child in hospital for more than a week a named education contact.

**We call on the Welsh Government to:**

2.  Fund hospital schools to lend every child a laptop.

# 2. Going home

## What needs to change

**Local authorities should:**

3.  Plan a child's return to school before they leave hospital.

**Health boards must:**

4.  Tell the child's school the day they are discharged.

5.  Ask the child what help they want at home.
"""
RECS_D = [
    ("1", "Staying in touch", ["Health boards"]), ("2", "Staying in touch", ["WG"]),
    ("3", "Going home", ["LG"]), ("4", "Going home", ["Health boards"]),
    ("5", "Going home", ["Health boards"]),
]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _check(path: Path, areas: list[str], recs: list[tuple[str, str, str, list[str]]],
           acts: list[tuple[str, str]]) -> None:
    area_frame = wa.load_areas(path)
    assert list(area_frame["area"]) == areas
    names = dict(zip(area_frame["area_id"], area_frame["area"], strict=True))
    frame = wa.load_recommendations(path)
    got = [(str(r.rec_id), r.area, r.text, sorted(r.owners)) for r in frame.itertuples()]
    assert got == [(i, a, t, sorted(o)) for i, a, t, o in recs]
    got_acts = [(names[r.area_id], r.text) for r in wa.load_activities(path).itertuples()]
    assert got_acts == acts


def test_markdown_report_lead_and_timeframe_lines(tmp_path: Path) -> None:
    _check(_write(tmp_path, "transport.md", DOC_A), AREAS_A, RECS_A, ACTS_A)


def test_word_plain_text_owner_and_timescale_on_one_line(tmp_path: Path) -> None:
    _check(_write(tmp_path, "environment.txt", DOC_B), AREAS_B, RECS_B, ACTS_B)


def test_web_page_fields_inside_the_list_item(tmp_path: Path) -> None:
    _check(_write(tmp_path, "digital.html", DOC_C), AREAS_C, RECS_C, ACTS_C)


def test_timescale_kept_as_a_column_and_annex_not_counted(tmp_path: Path) -> None:
    path = _write(tmp_path, "environment.txt", DOC_B)
    frame = wa.load_recommendations(path)
    assert len(frame) == 5
    assert list(frame["timescale"]) == ["short term", "medium term", "long term",
                                        "short term", "medium term"]


def test_must_lead_ins_name_their_owners(tmp_path: Path) -> None:
    frame = wa.load_recommendations(_write(tmp_path, "hospital.md", DOC_D))
    got = [(str(r.rec_id), r.area, list(r.owners)) for r in frame.itertuples()]
    assert got == RECS_D
