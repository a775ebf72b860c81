"""Programme documents of eval49's RAG-by-shading family, written afresh for these tests
(other subjects, labels, numbers of items, wordings and forms than the corpus):

- a paper that numbers only its framing paragraphs ("1. This paper updates ...") and heads
  each priority by a label with no paragraph number ("Workstream 1: ...", "Objective 2 –
  ..."), each over a table ``Ref | Action | Owner | Due | RAG | Update``;
- the RAG cell holds no words: as a web page its class names the colour (CSS rules in the
  head, a key at the top); as Word's plain text the shading is lost and the cell is empty,
  so the status is what the Update says in words ("Deferred ...", "Completed ...",
  "confirmed to ... in June 2025"), unknown (None) where it says none ("Interviews are
  booked.") - never the default "in progress";
- an organisation named only in the Update (Data Cymru, CIPFA) is the item's partner;
- "£N each" given to several recipients is a share, not a grant.

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import wlga_analysis as wa

TXT = "\r\n".join([
    "WLGA",
    "Workforce Board \u2013 12 March 2026",
    "",
    "Workforce Development Programme 2025-26: Quarter 3 report",
    "",
    "Purpose",
    "",
    "1. This paper updates the Board on the workforce programme at the end of quarter 3.",
    "2. The RAG column shows each action's rating using the key below.",
    "",
    "\tBlue = complete\t\tGreen = on track\t\tAmber = at risk\t\tRed = off track",
    "",
    "Workstream 1: Recruitment",
    "",
    "Ref\tAction\tOwner\tDue\tRAG\tUpdate",
    "1.1\tRun a national recruitment campaign for social workers\tHead of Workforce"
    "\t31/07/2025\t\tCompleted in July 2025; the evaluation was shared with Data Cymru.",
    "1.2\tAppoint three regional apprenticeship coordinators\tWorkforce Manager\t31/01/2026"
    "\t\tInterviews are booked.",
    "1.3\tAgree a common pay scale for care workers\tHR Adviser\tJune 2026\t\t"
    "Deferred until the national pay award is known.",
    "",
    "Workstream 2: Leadership",
    "",
    "Ref\tAction\tOwner\tDue\tRAG\tUpdate",
    "2.1\tFund places on the leadership academy for each council\tLeadership Lead"
    "\t30/06/2025\t\tPlaces confirmed to all 22 councils in June 2025.",
    "2.2\tDeliver finance training for new heads of service\tLeadership Lead\t31/03/2026"
    "\t\tSessions arranged with CIPFA for the spring.",
    "",
    "Funding",
    "",
    "The programme is funded by the Workforce Development Grant of \u00a3300,000 for "
    "2025-26, and passes bursaries to the 22 councils at \u00a35,000 each.",
    "",
    "Recommendation",
    "",
    "That the Board notes the report.",
    "",
])

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Tourism Recovery Plan: progress</title>
<style>.rag{width:4em}.rag-blue{background-color:#0070C0}.rag-green{background-color:#00B050}
.rag-amber{background-color:#FFC000}.rag-red{background-color:#FF0000}</style></head>
<body><main>
<h1>Tourism Recovery Plan 2025-26: progress at December 2025</h1>
<p>Tourism Sub-group, 21 January 2026</p>
<h2>Introduction</h2>
<p>1. This report sets out progress on the Tourism Recovery Plan.</p>
<p>2. Ratings use the key: Blue = complete, Green = on track, Amber = at risk, Red = off
track.</p>
<h3>Objective 1 \u2013 Visitor economy</h3>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>RAG</th>
<th>Update</th></tr>
<tr><td>1.1</td><td>Publish a visitor levy impact study</td><td>Policy Officer</td>
<td>30/09/2025</td><td class="rag rag-blue"></td><td>Published in September.</td></tr>
<tr><td>1.2</td><td>Map coastal car park capacity</td><td>GIS Officer</td><td>31/01/2026</td>
<td class="rag rag-amber"></td><td>Data from four councils is missing.</td></tr>
</table>
<h3>Objective 2 \u2013 Events</h3>
<table><tr><th>Ref</th><th>Action</th><th>Owner</th><th>Due</th><th>RAG</th>
<th>Update</th></tr>
<tr><td>2.1</td><td>Agree a shared events calendar</td><td>Events Officer</td>
<td>28/02/2026</td><td class="rag rag-green"></td><td>Draft circulated to councils.</td></tr>
<tr><td>2.2</td><td>Hold a festival safety workshop</td><td>Events Officer</td>
<td>31/03/2026</td><td class="rag rag-red"></td><td>No venue yet.</td></tr>
<tr><td>2.3</td><td>Review licensing guidance for pop-up events</td><td>Licensing Lead</td>
<td>31/12/2025</td><td class="rag rag-blue"></td><td>Done.</td></tr>
</table>
<h2>Next steps</h2>
<p>The sub-group will next meet in April.</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def txt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eval49") / "workforce-rag.txt"
    path.write_bytes(TXT.encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eval49") / "tourism-rag.html"
    path.write_text(HTML, encoding="utf-8")
    return path


def _items(path: Path) -> dict[str, dict]:
    prog = wa.load_programme(path)
    return {row.item_id: row._asdict() for row in prog.itertuples(index=False)}


def test_plain_text_labelled_workstreams_over_tables(txt: Path) -> None:
    items = _items(txt)
    assert list(items) == ["1.1", "1.2", "1.3", "2.1", "2.2"]
    assert [items[k]["paragraph"] for k in items] == [1, 1, 1, 2, 2]
    assert items["1.2"]["text"] == "Appoint three regional apprenticeship coordinators"
    assert list(wa.load_priorities(txt)["priority"]) == ["Recruitment", "Leadership"]


def test_plain_text_status_from_the_update_alone(txt: Path) -> None:
    items = _items(txt)
    status = {k: v["status"] for k, v in items.items()}
    assert status["1.1"] == "done"  # "Completed in July 2025"
    assert status["1.3"] == "at risk"  # "Deferred until ..."
    assert status["2.1"] == "done"  # "confirmed to all 22 councils in June 2025"
    assert pd.isna(status["1.2"]) and pd.isna(status["2.2"])  # the update is silent
    assert items["1.2"]["status_rule"].startswith("unrated")


def test_partners_named_in_the_update_and_shares_not_grants(txt: Path) -> None:
    items = _items(txt)
    assert "Data Cymru" in items["1.1"]["partners"]
    assert "CIPFA" in items["2.2"]["partners"]
    grants = wa.load_grants(txt)
    assert list(grants["amount_gbp"]) == [300000]


def test_web_page_rag_classes_and_dash_labels(html: Path) -> None:
    items = _items(html)
    assert list(items) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert [items[k]["status"] for k in items] == ["done", "at risk", "in progress",
                                                  "at risk", "done"]
    assert [items[k]["quarter_label"] for k in items] == ["2025-26 Q2", "2025-26 Q4",
                                                         "2025-26 Q4", "2025-26 Q4",
                                                         "2025-26 Q3"]
    assert list(wa.load_priorities(html)["priority"]) == ["Visitor economy", "Events"]


# ----------------------------------------------------------------- plan on a page
# A council's plan on a page: numbered tiles, each over short action phrases opening with a
# status symbol (the Key tile explains them) and closing with a note number; the dates only
# in the numbered notes after the tiles; a Funding tile (no priority, no items).
PLAN_HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Corporate Plan on a Page</title></head>
<body><main>
<p>Conwy County Borough Council</p>
<h1>Corporate Plan 2025-26 \u2013 Plan on a Page</h1>
<p>Position at 31 December 2025 \u00b7 Cabinet, 10 February 2026</p>
<div class="grid">
<div class="tile"><h2><span class="n">1</span>Homes for everyone</h2><ul>
<li><span class="sym">\u2714</span>Buy 20 homes for temporary accommodation
<sup><a href="#n1">1</a></sup></li>
<li><span class="sym">\u25d0</span>Bring 50 empty homes back into use
<sup><a href="#n2">2</a></sup></li>
</ul></div>
<div class="tile"><h2><span class="n">2</span>Thriving town centres</h2><ul>
<li><span class="sym">\u25cb</span>Open a market hall in Colwyn Bay
<sup><a href="#n3">3</a></sup></li>
<li><span class="sym">\u25d0</span>Refresh the Llandudno placemaking plan
<sup><a href="#n4">4</a></sup></li>
<li><span class="sym">\u2714</span>Run a shop front grant scheme
<sup><a href="#n5">5</a></sup></li>
</ul></div>
<div class="tile"><h2>Funding 2025-26</h2><ul>
<li>Transforming Towns grant <strong>\u00a32.1m</strong></li>
<li>Council capital programme <strong>\u00a33.5m</strong></li>
</ul></div>
<div class="tile"><h2>Key</h2><p>\u2714 Complete \u25d0 In progress \u25cb Not yet started</p></div>
</div>
<h2>Detail notes</h2>
<ol>
<li id="n1">All 20 homes bought by November 2025.</li>
<li id="n2">31 back in use; the rest by March 2026.</li>
<li id="n3">Opening planned for June 2026, with Audit Wales advice.</li>
<li id="n4">Consultation runs until January 2026.</li>
<li id="n5">Grants paid in October 2025.</li>
</ol>
</main></body></html>
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("eval49") / "plan-on-a-page.html"
    path.write_text(PLAN_HTML, encoding="utf-8")
    return path


def test_plan_on_a_page_tiles_symbols_and_notes(plan: Path) -> None:
    items = _items(plan)
    assert list(items) == ["1.1", "1.2", "2.1", "2.2", "2.3"]
    assert items["2.1"]["text"] == "Open a market hall in Colwyn Bay"  # (no symbol, no mark)
    assert [items[k]["status"] for k in items] == ["done", "in progress", "planned",
                                                  "in progress", "done"]
    # the quarter is the note's date: the phrase has none
    assert [items[k]["quarter_label"] for k in items] == ["2025-26 Q3", "2025-26 Q4",
                                                         "2026-27 Q1", "2025-26 Q4",
                                                         "2025-26 Q3"]
    assert "Audit Wales" in items["2.1"]["partners"]
    assert list(wa.load_priorities(plan)["priority"]) == ["Homes for everyone",
                                                          "Thriving town centres"]
    assert list(wa.load_grants(plan)["amount_gbp"]) == [2100000]
