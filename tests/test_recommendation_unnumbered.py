"""Recommendations printed with no number: a report's "We recommend that ..." paragraphs, and
unnumbered bullets under a "Recommendations" label.

Two reports written for the test as a WLGA task and finish group prints them:

- ``REPORT_PARAGRAPHS`` (Markdown): "Theme N" / "Area N" headings, under each area an aim,
  work done, and paragraphs "We recommend that the Welsh Government ..." / "We also recommend
  that councils ..." (several per area), owners in words ("led by ...", "X should lead");
- ``REPORT_BULLETS`` (text): areas as plain headings under a theme, a bold label
  "**Activity underway or achieved**" over "- ..." bullets and a label "Recommendations"
  (a bold line, or a heading) over "- That ..." bullets, owners in a bracket "(Lead: LG)".

The careful reader's reading: each such paragraph or bullet is a recommendation; since none
is numbered, they are numbered 1, 2, 3 ... in reading order (in order within each area,
continuing from the area before, as the publisher numbers a recommendations table), and the
loader says so in a data-quality note (check ``"numbers assigned"``). Each report is also
published as a web page, a Word file and a PDF (:mod:`wlga_analysis.testing.publish`);
every form gives the same reading.
"""

from __future__ import annotations

import re

import pytest

from wlga_analysis import documents, load_activities, load_areas, load_recommendations
from wlga_analysis.recommendations import parse_recommendations
from wlga_analysis.testing import quietly, table_rows, write_document

REPORT_PARAGRAPHS = "\n".join([
    "# Rural Services Task and Finish Group: Final Report", "",
    "Date: 4 March 2025", "",
    "## Theme 1: Rural transport", "",
    "### Area 1: Community transport", "",
    "The aim is to keep community transport running in every rural county.", "",
    "Twelve councils have mapped their community transport schemes.", "",
    "We recommend that the Welsh Government funds community transport for three years, "
    "led by Welsh Government with the WLGA.", "",
    "We also recommend that councils share volunteer drivers across county boundaries. "
    "Local authorities should lead.", "",
    "### Area 2: School transport", "",
    "We recommend that councils tender school transport contracts together, led by the "
    "WLGA.", "",
    "## Theme 2: Rural housing", "",
    "### Area 3: Second homes", "",
    "Nine councils are charging the council tax premium on second homes.", "",
    "We recommend that the Welsh Government publishes guidance on the premium. Welsh "
    "Government should lead.", "",
    "We recommend that councils report the premium's yield each year, led by local "
    "authorities.", "",
    "## Next steps", "",
    "The group will report again in March 2026.",
])

PARAGRAPHS_READING = {
    "title": "Rural Services Task and Finish Group: Final Report",
    "areas": [[1, "Community transport", "Rural transport"],
              [2, "School transport", "Rural transport"],
              [3, "Second homes", "Rural housing"]],
    "activities": [[1, 1, "Twelve councils have mapped their community transport schemes."],
                   [2, 3, "Nine councils are charging the council tax premium on second "
                          "homes."]],
    "recommendations": [
        [1, 1, ["WG", "WLGA"], "We recommend that the Welsh Government funds community"],
        [2, 1, ["LG"], "We also recommend that councils share volunteer drivers"],
        [3, 2, ["WLGA"], "We recommend that councils tender school transport"],
        [4, 3, ["WG"], "We recommend that the Welsh Government publishes guidance"],
        [5, 3, ["LG"], "We recommend that councils report the premium's yield"],
    ],
}

REPORT_BULLETS = "\n".join([
    "# Digital Task and Finish Group: Recommendations to Leaders", "",
    "Date: 21 November 2025", "",
    "## Theme 1: Digital services", "",
    "### Online payments", "",
    "The aim is to let residents pay for every council service online.", "",
    "**Activity underway or achieved**", "",
    "- Nine councils have moved parking permits online.",
    "- A shared payments specification is being drafted.", "",
    "**Recommendations**", "",
    "- That every council offers online payment for all fees by 2027 (Lead: LG).",
    "- That the WLGA negotiates a national payments contract, led by the WLGA.", "",
    "### Cyber security", "",
    "#### Recommendations", "",
    "- That Welsh Government funds a shared security operations centre, led by Welsh "
    "Government with the WLGA.",
    "- That every council tests its cyber incident plan each year (Lead: LG).",
    "- That the WLGA runs cyber exercises for elected members (Lead: WLGA).",
])

BULLETS_READING = {
    "title": "Digital Task and Finish Group: Recommendations to Leaders",
    "areas": [[1, "Online payments", "Digital services"],
              [2, "Cyber security", "Digital services"]],
    "activities": [[1, 1, "Nine councils have moved parking permits online."],
                   [2, 1, "A shared payments specification is being drafted."]],
    "recommendations": [
        [1, 1, ["LG"], "That every council offers online payment for all fees by 2027"],
        [2, 1, ["WLGA"], "That the WLGA negotiates a national payments contract"],
        [3, 2, ["WG", "WLGA"], "That Welsh Government funds a shared security operations"],
        [4, 2, ["LG"], "That every council tests its cyber incident plan each year"],
        [5, 2, ["WLGA"], "That the WLGA runs cyber exercises for elected members"],
    ],
}

DOCUMENTS = {"paragraphs.md": (REPORT_PARAGRAPHS, PARAGRAPHS_READING),
             "bullets.txt": (REPORT_BULLETS, BULLETS_READING)}


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[tuple[str, str], object]:
    """{(document, form): path}: each report as written, as a web page, a Word file and a
    PDF."""
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes, html_page
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    root = tmp_path_factory.mktemp("unnumbered")
    out: dict[tuple[str, str], object] = {}
    for name, (text, _) in DOCUMENTS.items():
        out[(name, "text")] = write_document(root, text, name)
        page = html_page(text.splitlines(), "recommendations")
        out[(name, "html")] = write_document(root, page, name + ".html")
        docx = root / (name + ".docx")
        docx.write_bytes(docx_bytes(read_html(page)))
        out[(name, "docx")] = docx
        pdf = root / (name + ".pdf")
        pdf.write_bytes(pdf_bytes(read_html(page)))
        out[(name, "pdf")] = pdf
    return out


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf"])
@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_unnumbered_recommendations_are_read_and_numbered_in_order(forms, name, form):
    path = forms[(name, form)]
    want = DOCUMENTS[name][1]
    areas = quietly(load_areas, path)
    assert table_rows(areas, "area_id", "area", "theme") == want["areas"]
    acts = quietly(load_activities, path)
    assert table_rows(acts, "activity_no", "area_id", "text") == want["activities"]
    recs = quietly(load_recommendations, path)
    got = [[n, a, o, t[:len(w[3])]] for (n, a, o, t), w in
           zip(table_rows(recs, "rec_id", "area_id", "owners", "text"),
               want["recommendations"], strict=False)]
    assert got == want["recommendations"]
    assert len(recs) == len(want["recommendations"])


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_the_assigned_numbers_are_reported(forms, name):
    parsed = parse_recommendations(documents.read_document(forms[(name, "text")],
                                                           "recommendations"))
    assigned = [i for i in parsed.issues if i.check == "numbers assigned"]
    assert len(assigned) == 1
    assert "numbered 1 to 5 in reading order" in assigned[0].message
    assert parsed.title == DOCUMENTS[name][1]["title"]


_SENTENCE = re.compile(r"(?<=[.:])\s+(?=[A-Z(])")


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_every_sentence_lands_in_some_table(forms, name):
    """Nothing lost: every sentence of the report is in the areas, activities,
    recommendations or notes."""
    parsed = parse_recommendations(documents.read_document(forms[(name, "text")],
                                                           "recommendations"))
    cells = []
    for frame in (parsed.areas, parsed.activities, parsed.recommendations, parsed.notes):
        for column in frame.columns:
            cells += [str(v) for v in frame[column] if isinstance(v, str)]
    flat = " ".join(" ".join(cells).split())
    missing = []
    for line in DOCUMENTS[name][0].splitlines():
        text = documents.clean_text(line.lstrip("#- ").replace("**", ""))
        text = re.sub(r"^(?:Theme|Area) \d+: ", "", text)
        for sentence in _SENTENCE.split(text):
            if sentence and sentence not in flat:
                missing.append(sentence)
    assert missing == []


def test_a_sentence_that_recommends_in_a_numbered_report_is_not_renumbered(tmp_path):
    """A report that numbers its recommendations keeps its numbers: a "We recommend that"
    sentence there (with no "(Recommendation N)") is not given one."""
    text = REPORT_PARAGRAPHS.replace(
        "We recommend that councils tender", "Recommendation 7 is that councils tender")
    recs = quietly(load_recommendations, write_document(tmp_path, text, "report.md"))
    assert recs["rec_id"].tolist() == [7]


def test_numbered_items_under_a_recommendations_label_are_not_unnumbered(tmp_path):
    """Items that print a number ("4.1 Recruitment", "- 20.1 Consider ...") under a label
    naming recommendations are not recommendations printed with no number: the report's
    only recommendation is the one labelled "Recommendation 1" (over its paragraph)."""
    text = "\n".join([
        "# Workforce Task and Finish Group: Report", "",
        "3. Context", "",
        "Councils spent an estimated £42 million on agency social workers in 2024-25.", "",
        "4. Findings and recommendations", "",
        "4.1 Recruitment", "",
        "Finding 1: Sixteen councils have joined the recruitment campaign.", "",
        "Recommendation 1", "",
        "Social Care Wales should extend the bursary to part-time students.", "",
        "4.2 Agency staff", "",
        "Finding 2: All 22 councils have signed the memorandum.", "",
        "Recommendations", "",
        "- 5.1 Consider the findings; and",
        "- 5.2 Agree the next steps.",
    ])
    recs = quietly(load_recommendations, write_document(tmp_path, text, "report.txt"))
    assert recs["rec_id"].tolist() == [1]
    assert recs["text"].tolist() == [
        "Social Care Wales should extend the bursary to part-time students."]
