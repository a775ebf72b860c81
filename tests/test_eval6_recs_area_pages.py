"""Areas printed as headings (or collapsible blocks) over a "Recommendation | Lead" table and
a labelled list of the work done (the sixth evaluation corpus, causes R4-R7).

Two pages written for these tests, with the careful reader's reading (:data:`READING`):

- a Markdown page: "### Area 1 – Food waste (2 recommendations)" headings under "## Theme"
  headings, a "Remit:" paragraph, a "Recommendation | Lead" table (leads joined by "&"), a
  bold "**What has been done**" label over unnumbered bullets ending "Status: Complete";
- the same page as a web page with ``<details>``/``<summary>`` areas (the summary a plain
  line, no heading), and both published as Word and PDF.

A classic "Area | Activity | Recommendations" table followed by a labelled list of work done
(the list belongs to the table's last area) is read too. Every sentence lands in a table.
"""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import wlga_analysis as wa
from wlga_analysis import documents
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.recommendations import parse_recommendations

MARKDOWN = """# Waste Working Group: Recommendations

Published: 12 March 2026

## Recycling

### Area 1 – Food waste (2 recommendations)

Remit: to raise food waste capture in flats and schools.

| Recommendation | Lead |
|---|---|
| R1. That councils collect food waste from all flats by 2027. | Local authorities |
| R2. That Welsh Government funds new food waste vehicles. | Welsh Government & WLGA |

**What has been done**

- A national food waste campaign ran in autumn 2025. Status: Complete
- Collection crews are being trained to serve flats. Status: In progress

### Area 2 – Glass (1 recommendation)

Remit: to collect glass separately everywhere.

| Recommendation | Lead |
|---|---|
| R3. That the last two councils collect glass separately. | Local authorities |

**What has been done**

- Twenty councils now collect glass separately. Status: Complete

## Markets

### Area 3 – Reprocessing (1 recommendation)

Remit: to keep recycled material in Wales.

| Recommendation | Lead |
|---|---|
| R4. That the WLGA maps reprocessing capacity in Wales. | WLGA |

**What has been done**

- A survey of reprocessors was sent in January 2026. Status: Complete
"""


def _details_page(markdown: str) -> str:
    """The Markdown page as a web page whose areas are ``<details>`` blocks: the summary a
    plain line naming the area, no heading."""
    import html

    body: list[str] = []
    open_list = False
    in_details = False
    table: list[list[str]] = []

    def flush_table() -> None:
        if table:
            head, *rows = table
            body.append("<table><thead><tr>" + "".join(f"<th>{html.escape(c)}</th>"
                                                        for c in head) + "</tr></thead><tbody>")
            body.extend("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                        for row in rows)
            body.append("</tbody></table>")
            table.clear()

    for line in markdown.splitlines():
        if not line.startswith("|"):
            flush_table()
        if not line.startswith("- ") and open_list:
            body.append("</ul>")
            open_list = False
        if line.startswith("|"):
            if not set(line) <= set("|-"):
                table.append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("### "):
            if in_details:
                body.append("</details>")
            body.append(f"<details><summary>{html.escape(line[4:])}</summary>")
            in_details = True
        elif line.startswith("## ") or line.startswith("# "):
            if in_details and line.startswith("## "):
                body.append("</details>")
                in_details = False
            level = len(line.split()[0])
            body.append(f"<h{level}>{html.escape(line[level + 1:])}</h{level}>")
        elif line.startswith("- "):
            if not open_list:
                body.append("<ul>")
                open_list = True
            body.append(f"<li>{html.escape(line[2:])}</li>")
        elif line.startswith("**"):
            body.append(f"<p><strong>{html.escape(line.strip('*'))}</strong></p>")
        elif line:
            body.append(f"<p>{html.escape(line)}</p>")
    flush_table()
    if open_list:
        body.append("</ul>")
    if in_details:
        body.append("</details>")
    return ("<!DOCTYPE html><html><head><title>Waste</title></head><body><main>"
            + "\n".join(body) + "</main></body></html>")


READING = {
    "title": "Waste Working Group: Recommendations",
    "date": "2026-03-12",
    "areas": [(1, "Food waste", "Recycling"), (2, "Glass", "Recycling"),
              (3, "Reprocessing", "Markets")],
    "remits": {1: "Remit: to raise food waste capture in flats and schools.",
               2: "Remit: to collect glass separately everywhere.",
               3: "Remit: to keep recycled material in Wales."},
    "recommendations": [
        (1, 1, "That councils collect food waste from all flats by 2027.", ["LG"]),
        (2, 1, "That Welsh Government funds new food waste vehicles.", ["WG", "WLGA"]),
        (3, 2, "That the last two councils collect glass separately.", ["LG"]),
        (4, 3, "That the WLGA maps reprocessing capacity in Wales.", ["WLGA"]),
    ],
    "activities": [
        (1, 1, "A national food waste campaign ran in autumn 2025.", "Complete"),
        (2, 1, "Collection crews are being trained to serve flats.", "In progress"),
        (3, 2, "Twenty councils now collect glass separately.", "Complete"),
        (4, 3, "A survey of reprocessors was sent in January 2026.", "Complete"),
    ],
}


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[str, object]:
    """{form: path}: the Markdown page, the ``<details>`` web page, and the web page
    published as Word and PDF."""
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    root = tmp_path_factory.mktemp("area-pages")
    out: dict[str, object] = {}
    (root / "waste.md").write_text(MARKDOWN, encoding="utf-8")
    out["md"] = root / "waste.md"
    page = _details_page(MARKDOWN)
    (root / "waste.html").write_text(page, encoding="utf-8")
    out["html"] = root / "waste.html"
    model = read_html(page)
    (root / "waste.docx").write_bytes(docx_bytes(model))
    out["docx"] = root / "waste.docx"
    (root / "waste.pdf").write_bytes(pdf_bytes(model))
    out["pdf"] = root / "waste.pdf"
    return out


def _quiet(load, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load(path)


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf"])
def test_every_form_gives_the_readers_reading(forms, form):
    path = forms[form]
    areas = _quiet(wa.load_areas, path)
    assert list(zip(areas["area_id"], areas["area"], areas["theme"], strict=True)) \
        == READING["areas"]
    assert dict(zip(areas["area_id"], areas["remit"], strict=True)) == READING["remits"]
    recs = _quiet(wa.load_recommendations, path)
    assert [(r.rec_id, r.area_id, r.text, list(r.owners)) for r in recs.itertuples()] \
        == READING["recommendations"]
    acts = _quiet(wa.load_activities, path)
    assert [(a.activity_no, a.area_id, a.text, None if pd.isna(a.status) else a.status)
            for a in acts.itertuples()] == READING["activities"]


def test_the_numbering_and_counts_are_reported(forms, tmp_path):
    parsed = parse_recommendations(documents.read_document(forms["md"], "recommendations"))
    numbered = [i.item for i in parsed.issues if i.check == "unnumbered items numbered"]
    assert numbered == ["1", "2", "3", "4"]
    assert not [i for i in parsed.issues if i.check == "area count"]
    wrong = tmp_path / "wrong.md"  # area 2 says it has two recommendations; one is read
    wrong.write_text(MARKDOWN.replace("Glass (1 recommendation)", "Glass (2 recommendations)"),
                     encoding="utf-8")
    parsed = parse_recommendations(documents.read_document(wrong, "recommendations"))
    counts = [(i.check, i.item) for i in parsed.issues if i.check == "area count"]
    assert counts == [("area count", "2")]


_SENTENCE = re.compile(r"(?<=[.:])\s+(?=[A-Z(])")


@pytest.mark.parametrize("form", ["md", "html"])
def test_every_sentence_lands_in_some_table(forms, form):
    """Nothing lost: every sentence of the page is in the areas, activities,
    recommendations or notes (the labels read as numbers, owners, statuses and counts
    aside)."""
    parsed = parse_recommendations(documents.read_document(forms[form], "recommendations"))
    cells = []
    for frame in (parsed.areas, parsed.activities, parsed.recommendations,
                  parsed.recommendation_owners, parsed.notes):
        for column in frame.columns:
            cells += [str(v) for v in frame[column] if isinstance(v, str)]
    flat = " ".join(" ".join(cells).split())
    missing = []
    for line in MARKDOWN.splitlines():
        if set(line) <= set("|- "):
            continue
        for cell in line.strip("|").split("|"):
            text = documents.clean_text(cell.strip().lstrip("#- ").strip("*"))
            text = re.sub(r"^R\d\. |^Area \d – | \(\d recommendations?\)$| Status: .*$",
                          "", text)
            if text in {"Local authorities", "Welsh Government & WLGA", "WLGA",
                        "Recommendation", "Lead", "What has been done"}:
                continue  # owners read as codes; the header and the label name columns
            for sentence in _SENTENCE.split(text):
                if sentence and sentence not in flat:
                    missing.append(sentence)
    assert missing == []


CLASSIC_THEN_LIST = """# Waste Working Group: Recommendations

Date: 5 January 2026

## Recycling

| Area | Activity underway or achieved | Recommendations |
|---|---|---|
| **Area 1: Food waste** | 1. Food waste is collected weekly in every council. | \
1. That councils collect food waste from all flats. (**LG**) |

**What has been done**

- A national food waste campaign ran in autumn 2025. Status: Complete
- Collection crews are being trained on flats (Status: In progress).
"""


def test_a_labelled_list_after_a_table_is_its_last_areas_work(tmp_path):
    """Bullets under a bold "What has been done" label after the table were kept as notes
    (or lost): they are the last area's activities, numbered after the table's."""
    path = tmp_path / "classic.md"
    path.write_text(CLASSIC_THEN_LIST, encoding="utf-8")
    acts = _quiet(wa.load_activities, path)
    assert [(a.activity_no, a.area_id, a.text, None if pd.isna(a.status) else a.status)
            for a in acts.itertuples()] == [
        (1, 1, "Food waste is collected weekly in every council.", None),
        (2, 1, "A national food waste campaign ran in autumn 2025.", "Complete"),
        (3, 1, "Collection crews are being trained on flats.", "In progress")]
    notes = _quiet(wa.load_recommendations_notes, path)
    assert not notes["text"].str.contains("campaign").any()
