"""Recommendations papers of the fiftieth evaluation corpus's families, in documents written
for these tests in other publishers' manner (the asserted values are the careful reader's
reading, written before the code ran):

- **a manifesto of asks** (rec50b, the WLGA's "priorities for the next Welsh Government"):
  per policy area heading an intro, a "Key ask" box repeating one bullet (read once), then
  "We are calling on the next Welsh Government to:" (owner WG; "with the WLGA" adds WLGA)
  and "Councils will:" (owner LG) over unnumbered bullets, numbered by place. Written here:
  a Markdown manifesto with a block-quoted key ask; a web page with "We want the UK
  Government to:" and "The WLGA will:";
- **an Ombudsman investigation report** (rec50a): lettered or numbered items under "I
  recommend that within one month of the date of this report the Council:": the time
  clause is no owner, the addressee after it is (the Council -> LG). Written here: a report
  (Markdown) with numbered recommendations under "I recommend that within two months of
  this report the Council:". As the letters of rec16a, rec18a and rec27a, the data
  contract gives every recommendation an area: the one "Recommendations" heading is read
  as it, and reported (check ``area from a part heading``).

Before: the manifestos raised ParseError; the Ombudsman reports' recommendations had no
owners.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import (
    load_activities,
    load_areas,
    load_recommendations,
    load_recommendations_notes,
    parse_recommendations,
)
from wlga_analysis.testing import quietly, table_rows

CORPUS = Path(__file__).parents[1] / "bench" / "corpora" / "eval50" / "docs"

MANIFESTO_MD = """# Putting communities first: our asks for 2027

Example Valleys Partnership, March 2027

## Schools

Pupil numbers will fall by 6% by 2030, and 40 schools need urgent repairs.

> **Key ask:** Fund a ten-year programme to repair school buildings.

**We are calling on the next Welsh Government to:**

-   fund a ten-year programme to repair school buildings;
-   review the school funding formula with the WLGA by 2029.

**Councils will:**

-   share school transport contracts across county borders.

## Roads

The backlog of road repairs is valued at £1.1 billion.

> **Key ask:** Set a national road maintenance fund of £60 million a year.

**We are calling on the next Welsh Government to:**

-   set a national road maintenance fund of £60 million a year.

**Councils will:**

-   publish a five-year road condition survey;
-   adopt one standard for pothole repairs.
"""

MANIFESTO_HTML = """<html><body><main>
<h1>Our priorities for the UK general election</h1>
<p>Published: May 2029</p>
<h2>Energy and climate</h2>
<p>Councils have cut their emissions by 30% since 2019.</p>
<aside class="key-ask"><p>Key ask</p><p>Devolve net zero funding to councils.</p></aside>
<p><strong>We want the UK Government to:</strong></p>
<ul><li>devolve net zero funding to councils;</li>
<li>extend the home insulation scheme to 2035.</li></ul>
<p><strong>The WLGA will:</strong></p>
<ul><li>run a net zero network for council officers.</li></ul>
<h2>Borders</h2>
<p>Many residents work across the border with England.</p>
<p><strong>We want the UK Government to:</strong></p>
<ul><li>fund cross-border bus routes.</li></ul>
<p><strong>The WLGA will:</strong></p>
<ul><li>convene the border councils twice a year.</li></ul>
<h2>About us</h2>
<p>We represent the councils of Wales.</p>
</main></body></html>
"""

OMBUDSMAN_MD = """# Investigation of a complaint by Mr Y against Bro Teifi County Council

Case: 202501234

## Summary

Mr Y complained that the Council did not process his housing application for 14 months.

## Analysis and conclusions

The Council's delay was maladministration. Mr Y paid £420 for storage while he waited.

## Recommendations

I recommend that within two months of this report the Council:

1. apologises to Mr Y for the delay;
2. pays Mr Y £420 for his storage costs and £300 for his time and trouble;
3. reviews its housing register procedure and reports the review to its scrutiny committee.

The Council has agreed to implement these recommendations.
"""


def _read(path: Path) -> dict:
    return {"areas": quietly(load_areas, path), "recs": quietly(load_recommendations, path),
            "acts": quietly(load_activities, path),
            "notes": quietly(load_recommendations_notes, path)}


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_markdown_manifesto_asks_and_offers_key_ask_once(tmp_path):
    read = _read(_write(tmp_path, "asks.md", MANIFESTO_MD))
    assert table_rows(read["areas"], "area_id", "area") == [[1, "Schools"], [2, "Roads"]]
    assert table_rows(read["recs"], "rec_id", "area_id", "text", "owners") == [
        [1, 1, "fund a ten-year programme to repair school buildings;", ["WG"]],
        [2, 1, "review the school funding formula with the WLGA by 2029.", ["WG", "WLGA"]],
        [3, 1, "share school transport contracts across county borders.", ["LG"]],
        [4, 2, "set a national road maintenance fund of £60 million a year.", ["WG"]],
        [5, 2, "publish a five-year road condition survey;", ["LG"]],
        [6, 2, "adopt one standard for pothole repairs.", ["LG"]]]
    assert read["acts"].empty
    kept = " ".join([*read["notes"]["text"], *read["areas"]["remit"]])
    assert "£1.1 billion" in kept and "6% by 2030" in kept


def test_web_manifesto_other_wording(tmp_path):
    read = _read(_write(tmp_path, "asks.html", MANIFESTO_HTML))
    assert table_rows(read["areas"], "area_id", "area") == [
        [1, "Energy and climate"], [2, "Borders"]]
    assert table_rows(read["recs"], "rec_id", "area_id", "text", "owners") == [
        [1, 1, "devolve net zero funding to councils;", ["UK Government"]],
        [2, 1, "extend the home insulation scheme to 2035.", ["UK Government"]],
        [3, 1, "run a net zero network for council officers.", ["WLGA"]],
        [4, 2, "fund cross-border bus routes.", ["UK Government"]],
        [5, 2, "convene the border councils twice a year.", ["WLGA"]]]


def test_ombudsman_numbered_recommendations_owner_after_time_clause(tmp_path):
    path = _write(tmp_path, "report.md", OMBUDSMAN_MD)
    read = _read(path)
    assert table_rows(read["recs"], "rec_id", "text", "owners") == [
        [1, "apologises to Mr Y for the delay;", ["LG"]],
        [2, "pays Mr Y £420 for his storage costs and £300 for his time and trouble;",
         ["LG"]],
        [3, "reviews its housing register procedure and reports the review to its scrutiny "
            "committee.", ["LG"]]]
    assert list(read["areas"]["area"]) == ["Recommendations"]
    kept = " ".join([*read["notes"]["text"], *read["areas"]["remit"]])
    assert "paid £420 for storage" in kept
    assert "agreed to implement" in kept
    issues = {i.check for i in parse_recommendations(
        read_document(path, "recommendations")).issues}
    assert "area from a part heading" in issues


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_corpus_manifesto_every_form(form):
    path = CORPUS / f"rec50b-wlga-manifesto-asks.{form}"
    recs = quietly(load_recommendations, path)
    assert list(quietly(load_areas, path)["area"]) == [
        "Sustainable funding for local services", "Social care", "Housing and homelessness",
        "Working together in the regions", "A digital Wales"]
    assert list(recs["rec_id"]) == list(range(1, 20))
    owners = [tuple(o) for o in recs["owners"]]
    assert owners.count(("LG",)) == 6 and owners.count(("WG", "WLGA")) == 2
    assert owners.count(("WG",)) == 11
    assert recs["text"][5] == ("work with the WLGA on a national plan to remove profit from "
                               "children's residential care that protects existing "
                               "placements during the transition;")


@pytest.mark.parametrize("form", ["txt", "html", "docx", "pdf"])
def test_corpus_ombudsman_owners_every_form(form):
    path = CORPUS / f"rec50a-ombudsman-investigation-report.{form}"
    recs = quietly(load_recommendations, path)
    assert list(recs["rec_label"] if "rec_label" in recs else recs["rec_id"])[:1] in (
        ["a"], [1])
    assert len(recs) == 10
    assert all(list(o) == ["LG"] for o in recs["owners"])
    assert any("£1,750" in t for t in recs["text"])
