"""Recommendations in RUNNING PARAGRAPHS under chapters, each area a paragraph that opens
with a BOLD INLINE LEAD (eval38's rec38a family), written afresh for these tests in three
other layouts and wordings than the corpus:

- a pandoc Markdown report (YAML title, "# 2. Getting about" chapters, "**Community
  transport.** ..." leads, "The task group recommends that ... (Recommendation 1). It further
  recommends that ... (Recommendation 2)." sentences, a lead-in "Councils and the WLGA
  should:" ending a paragraph over bullets, a lead-in "... recommends that the Welsh
  Government (Recommendation 5):" over typed "5(a)" .. "5(c)" paragraphs, a lead paragraph
  with no recommendation under the introduction);
- a GOV.WALES-like web page (``<h2>`` chapters with no number, the lead's full stop printed
  after the bold, "We recommend that ..." / "We also recommend that ...", sub-items 6(a) ..
  6(c) addressed to the WLGA and a body not in the owner key);
- a Word file (Heading 1 chapters, a bold first run, "The review group recommends that",
  "It also recommends that the WLGA ...", a lead-in "The Welsh Government and councils
  should:" as a paragraph of its own after the lead's paragraph, List Bullet asks).

The careful reader's reading, written out before the code ran: the bold lead (without its
full stop) is the area, the chapter (without its number) the theme; each "(Recommendation
N)" closes recommendation N, the label, the bold lead and the lead-in left out of its text;
sub-items keep their printed ids ("5(a)") and the lead-in's owners, the lead-in itself is
no recommendation; the owners are the subject of the sentence ("It also recommends that
councils ..." LG) or of the lead-in ("Councils and the WLGA should:" LG, WLGA); list
closes ("; and") are no part of a text; the scene-setting sentences are the area's remit,
not activities (even "Three councils have introduced ..."); a lead paragraph that holds no
recommendation is no area (its text kept in the notes).
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import parse_recommendations

# ---------------------------------------------------------------- Markdown (pandoc)
RURAL_MD = """---
title: "Rural Services Review: Report of the Task and Finish Group"
---

March 2027

# 1. Introduction

The Cabinet asked the task and finish group in 2026 to review how rural
services are provided.

**Method.** The group met six times and heard from twelve organisations.

# 2. Getting about

**Community transport.** Three councils have introduced demand-responsive
buses since 2024. The task group recommends that councils fund community
transport schemes for at least three years at a time (Recommendation 1). It
further recommends that the WLGA and Transport for Wales publish rural
timetables in one place (Recommendation 2).

**School transport.** Learners in rural areas travel further than others.
Councils and the WLGA should:

-   agree a common policy on post-16 transport by September 2027
    (Recommendation 3);
-   report the cost of school transport each year (Recommendation 4).

# 3. Health and care

**Rural surgeries.** Eleven surgeries closed between 2020 and 2025. The task
group recommends that the Welsh Government (Recommendation 5):

5(a) funds a rural GP training scheme from 2028;

5(b) reviews the rural practice allowance; and

5(c) reports progress to the Senedd each year.

**Home care.** The task group recommends that the WLGA publishes a home care
workforce plan (Recommendation 6). The Welsh Government should:

-   pay home care workers' travel time from April 2028 (Recommendation 7).

# 4. Next steps

The Cabinet will respond in the summer.
"""
RURAL_AREAS = [("Community transport", "Getting about"), ("School transport", "Getting about"),
               ("Rural surgeries", "Health and care"), ("Home care", "Health and care")]
RURAL_RECS = [
    ("1", "Community transport", "The task group recommends that councils fund community "
     "transport schemes for at least three years at a time.", ["LG"]),
    ("2", "Community transport", "It further recommends that the WLGA and Transport for Wales "
     "publish rural timetables in one place.", ["WLGA", "Transport for Wales"]),
    ("3", "School transport", "agree a common policy on post-16 transport by September 2027",
     ["LG", "WLGA"]),
    ("4", "School transport", "report the cost of school transport each year.", ["LG", "WLGA"]),
    ("5(a)", "Rural surgeries", "funds a rural GP training scheme from 2028", ["WG"]),
    ("5(b)", "Rural surgeries", "reviews the rural practice allowance", ["WG"]),
    ("5(c)", "Rural surgeries", "reports progress to the Senedd each year.", ["WG"]),
    ("6", "Home care", "The task group recommends that the WLGA publishes a home care "
     "workforce plan.", ["WLGA"]),
    ("7", "Home care", "pay home care workers' travel time from April 2028.", ["WG"]),
]

# ---------------------------------------------------------------- web page
YOUTH_HTML = """<!DOCTYPE html><html lang="en"><head><title>Youth services - GOV.WALES</title>
</head><body><header><a href="/">GOV.WALES</a></header><main>
<h1>Youth Services in Wales: Report of the Youth Work Panel</h1>
<p>First published: 3 February 2027</p>
<h2>About this report</h2>
<p>The panel was set up by the Minister for Education in 2025.</p>
<h2>Buildings and places</h2>
<p><strong>Youth centres</strong>. The panel visited fourteen centres. We recommend that
councils keep at least one open-access youth centre in each county (Recommendation 1).</p>
<p><strong>Outdoor education.</strong> Centres have closed in four counties. We recommend
that the Welsh Government and the WLGA review the funding of outdoor education centres by
2028 (Recommendation 2). We also recommend that councils share places at their centres
(Recommendation 3).</p>
<h2>The workforce</h2>
<p><strong>Qualifications.</strong> Many youth workers are part-time. The Welsh Government
should:</p>
<ul><li>fund a part-time degree route for youth workers (Recommendation 4);</li>
<li>publish a workforce plan by March 2028 (Recommendation 5).</li></ul>
<p><strong>Welsh language.</strong> Few youth workers can work in Welsh. We recommend that
the WLGA and Urdd Gobaith Cymru (Recommendation 6):</p>
<p class="indent">6(a) map Welsh-medium provision in each county;</p>
<p class="indent">6(b) run a joint recruitment campaign; and</p>
<p class="indent">6(c) report on progress in 2029.</p>
<h2>Next steps</h2>
<p>The panel will meet again in 2028.</p>
</main></body></html>
"""
YOUTH_AREAS = [("Youth centres", "Buildings and places"),
               ("Outdoor education", "Buildings and places"),
               ("Qualifications", "The workforce"), ("Welsh language", "The workforce")]
URDD = ["WLGA", "Urdd Gobaith Cymru"]
YOUTH_RECS = [
    ("1", "Youth centres", "We recommend that councils keep at least one open-access youth "
     "centre in each county.", ["LG"]),
    ("2", "Outdoor education", "We recommend that the Welsh Government and the WLGA review "
     "the funding of outdoor education centres by 2028.", ["WG", "WLGA"]),
    ("3", "Outdoor education", "We also recommend that councils share places at their "
     "centres.", ["LG"]),
    ("4", "Qualifications", "fund a part-time degree route for youth workers", ["WG"]),
    ("5", "Qualifications", "publish a workforce plan by March 2028.", ["WG"]),
    ("6(a)", "Welsh language", "map Welsh-medium provision in each county", URDD),
    ("6(b)", "Welsh language", "run a joint recruitment campaign", URDD),
    ("6(c)", "Welsh language", "report on progress in 2029.", URDD),
]

# ---------------------------------------------------------------- Word
FINANCE_AREAS = [("Car parking", "Income"), ("Commercial income", "Income"),
                 ("Adult social care", "Spending"), ("Highways", "Spending")]
FINANCE_RECS = [
    ("1", "Car parking", "The review group recommends that councils publish their parking "
     "income and what it is spent on.", ["LG"]),
    ("2", "Car parking", "It also recommends that the WLGA collects the figures each year.",
     ["WLGA"]),
    ("3", "Commercial income", "The review group recommends that councils adopt a common "
     "policy on commercial investment.", ["LG"]),
    ("4", "Adult social care", "agree a ten-year funding plan for social care", ["WG", "LG"]),
    ("5", "Adult social care", "publish the plan by December 2028.", ["WG", "LG"]),
    ("6", "Highways", "The review group recommends that the Welsh Government funds a "
     "five-year highways maintenance programme.", ["WG"]),
]


def _finance_docx() -> bytes:
    import docx

    doc = docx.Document()
    doc.add_heading("Council Income and Spending: Report of the Finance Review Group", 0)
    doc.add_paragraph("October 2026")
    doc.add_heading("Income", level=1)
    _lead(doc, "Car parking.", " Charges vary from nothing to £6 a day. The review group "
          "recommends that councils publish their parking income and what it is spent on "
          "(Recommendation 1). It also recommends that the WLGA collects the figures each "
          "year (Recommendation 2).")
    _lead(doc, "Commercial income.", " Four councils have bought commercial property since "
          "2019. The review group recommends that councils adopt a common policy on "
          "commercial investment (Recommendation 3).")
    doc.add_heading("Spending", level=1)
    _lead(doc, "Adult social care.", " Spending on adult social care has risen by a third "
          "since 2020.")
    doc.add_paragraph("The Welsh Government and councils should:")
    doc.add_paragraph("agree a ten-year funding plan for social care (Recommendation 4);",
                      style="List Bullet")
    doc.add_paragraph("publish the plan by December 2028 (Recommendation 5).",
                      style="List Bullet")
    _lead(doc, "Highways.", " The review group recommends that the Welsh Government funds a "
          "five-year highways maintenance programme (Recommendation 6).")
    doc.add_heading("Conclusion", level=1)
    doc.add_paragraph("The group thanks everyone who gave evidence.")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _lead(doc, lead: str, rest: str) -> None:
    paragraph = doc.add_paragraph()
    paragraph.add_run(lead).bold = True
    paragraph.add_run(rest)


def _load(path: Path) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = parse_recommendations(read_document(path, "recommendations"))
    recs = parsed.recommendations
    labels = recs["rec_label"] if "rec_label" in recs else [None] * len(recs)
    got = [(label if isinstance(label, str) else str(r.rec_id), r.area, r.text, list(r.owners))
           for r, label in zip(recs.itertuples(), labels, strict=True)]
    return {"parsed": parsed, "recs": got,
            "areas": list(zip(parsed.areas["area"], parsed.areas["theme"], strict=True))}


DOCS = {"md": (RURAL_MD, RURAL_AREAS, RURAL_RECS), "html": (YOUTH_HTML, YOUTH_AREAS, YOUTH_RECS),
        "docx": (None, FINANCE_AREAS, FINANCE_RECS)}


@pytest.fixture(scope="module", params=sorted(DOCS))
def report(request, tmp_path_factory):
    text, areas, recs = DOCS[request.param]
    path = tmp_path_factory.mktemp("eval38") / f"report.{request.param}"
    if text is None:
        path.write_bytes(_finance_docx())
    else:
        path.write_text(text, encoding="utf-8")
    return _load(path), areas, recs


def test_bold_leads_are_the_areas_and_chapters_their_themes(report):
    got, areas, _ = report
    assert got["areas"] == areas


def test_recommendations_ids_texts_and_owners(report):
    got, _, recs = report
    assert got["recs"] == recs


def test_no_activities_and_the_reading_is_reported(report):
    got, _, _ = report
    parsed = got["parsed"]
    assert parsed.activities.empty
    assert "read from paragraph leads" in {i.check for i in parsed.issues}
    assert "no owner" not in {i.check for i in parsed.issues}


def test_scene_setting_and_leads_without_recommendations_are_kept(tmp_path):
    path = tmp_path / "rural.md"
    path.write_text(RURAL_MD, encoding="utf-8")
    parsed = _load(path)["parsed"]
    remit = dict(zip(parsed.areas["area"], parsed.areas["remit"], strict=True))
    assert "Three councils have introduced demand-responsive buses since 2024." in \
        remit["Community transport"]
    assert "Councils and the WLGA should:" in remit["School transport"]
    assert "(Recommendation 5):" in remit["Rural surgeries"]
    notes = " ".join(parsed.notes["text"])
    assert "Method" in notes and "heard from twelve organisations" in notes
    assert "The Cabinet will respond in the summer." in notes


def test_a_key_that_says_it_lists_the_owners_keeps_their_codes():
    """rec38b's wording: "Owners: WG – Welsh Government; ...; CJCs – ..." run into the
    introduction's paragraph: its codes are the document's owner codes, kept as printed;
    a "Key:" of dashes alone stays a glossary (eval34: read by its meanings)."""
    from wlga_analysis.interpret.recommendations.owner_key import owner_key

    intro = ("The panel met four times. Owner codes: WG \u2013 Welsh Government; "
             "PSBs \u2013 Public Services Boards; NRW \u2013 Natural Resources Wales.")
    assert owner_key((intro,)) == {"WG": "Welsh Government", "PSBs": "Public Services Boards",
                                   "NRW": "Natural Resources Wales"}
    assert owner_key(("Key: WG \u2013 Welsh Government; CJCs \u2013 Corporate Joint "
                      "Committees.",)) == {}
    assert owner_key(("The owners were asked. Councils: many of them; most agreed.",)) == {}
