"""A written response to a committee's recommendations (the Welsh Government's response to a
Senedd committee report), a layout the eighth evaluation corpus showed, in documents written
for these tests (the asserted values are the careful reader's reading):

"Recommendation N." then the decision ("Response: Accept in principle"; on a web page a card
with the decision as a badge), the response's paragraphs and its "Financial implications"
line. The response is an activity of the area with the decision as its status; the owners
come from the sentence's subject ("The Welsh Government should work with the WLGA ...").
Before: owners empty, no status, some responses joined to the area's remit and the
"Financial implications" line an activity of its own; the cards were not read at all.
"""

from __future__ import annotations

import pytest

from wlga_analysis.recommendations import load_activities, load_areas, load_recommendations
from wlga_analysis.testing import quietly

MARKDOWN = """Welsh Government response to the Economy Committee report: Town centres
=========================================================================

Vacant units
------------

**Recommendation 1.** The Welsh Government should work with the WLGA to publish vacancy
rates for every town centre.

**Response: Accept**

Data on vacancy rates is collected by the Town Centre Data Service and will be published
each spring.

*Financial implications:* Met from existing budgets.

**Recommendation 2.** Local authorities should use their compulsory purchase powers on
long-term vacant units.

**Response: Reject**

The use of these powers is a matter for each authority.

*Financial implications:* None.

Sian Roberts MS

Minister for the Economy

3 June 2026
"""

CARDS = """<!DOCTYPE html><html><head><title>Response</title></head><body><main>
<h1>Welsh Government response to the Economy Committee report: Town centres</h1>
<section><h2>Vacant units</h2>
<div class="card"><h3>Recommendation 1</h3>
<p>The Welsh Government should work with the WLGA to publish vacancy rates for every town
centre.</p>
<div class="meta"><span class="badge">Accept in principle</span></div>
<div class="body"><p>Data on vacancy rates is collected by the Town Centre Data Service.</p>
<ul><li>first release in spring;</li><li>updated each year.</li></ul>
<p><strong>Financial implications:</strong> Met from existing budgets.</p></div></div>
</section><p class="signature">Sian Roberts MS<br>Minister for the Economy<br>3 June 2026</p>
</main></body></html>
"""


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("eval8resp")
    (folder / "response.md").write_text(MARKDOWN, encoding="utf-8")
    (folder / "response.html").write_text(CARDS, encoding="utf-8")
    return folder


def test_a_response_in_markdown(files):
    from wlga_analysis.metadata import load_metadata

    path = files / "response.md"
    meta = quietly(load_metadata, path, kind="recommendations")
    assert meta["title"].startswith("Welsh Government response to the Economy Committee")
    assert meta["date"].isoformat() == "2026-06-03"
    assert quietly(load_areas, path)["area"].tolist() == ["Vacant units"]
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1, 2]
    assert [list(o) for o in recs["owners"]] == [["WG", "WLGA"], ["LG"]]
    acts = quietly(load_activities, path)
    assert acts["status"].tolist() == ["Accept", "Reject"]
    assert acts["text"].str[:30].tolist() == ["Data on vacancy rates is colle",
                                              "The use of these powers is a m"]
    assert acts["text"].str.contains("Financial implications").all()


def test_a_response_as_web_page_cards(files):
    path = files / "response.html"
    recs = quietly(load_recommendations, path)
    assert recs["rec_id"].tolist() == [1]
    assert recs["text"].iloc[0].startswith("The Welsh Government should work with the WLGA")
    assert list(recs["owners"].iloc[0]) == ["WG", "WLGA"]
    acts = quietly(load_activities, path)
    assert acts["status"].tolist() == ["Accept in principle"]
    assert acts["text"].iloc[0].startswith("Data on vacancy rates")
    assert "updated each year" in acts["text"].iloc[0]
