"""Recommendations grouped under owner headings, in areas printed as numbered sub-headings
(the sixth evaluation corpus, cause R1).

Two reports written for these tests, with the careful reader's reading: numbered
recommendations under bold owner headings ("**For Welsh Government:**", "**Recommendations
for local authorities:**", "**For the WLGA and Data Cymru:**") with no owner after each item,
numbered continuously across groups and areas; areas as numbered sub-headings ("### 1.
Libraries"); themes "## Part A – ..." (or "## Part 1: ..."); an "Aim:" line; activities
as an unnumbered "Progress so far" (or "What has been done") list. Each report is also
published as a web page, a Word file and a PDF, and every form gives the same reading.
"""

from __future__ import annotations

import re
import warnings

import pytest

import wlga_analysis as wa
from wlga_analysis import documents
from wlga_analysis.errors import DataQualityWarning
from wlga_analysis.recommendations import parse_recommendations

LIBRARIES = """# Culture Task and Finish Group: Final Report

WLGA Council | Friday 6 March 2026

The group was set up in 2025 to look at library and museum services. \
Recommendations are grouped by the body that should act on them.

## Part A – Libraries

### 1. Opening hours

Aim: to keep every branch library open at least four days a week.

**Progress so far**

- Twelve councils have surveyed their library users about opening hours.
- A shared staffing model has been piloted in two rural branches.

**For Welsh Government:**

1. Publish a library standards framework that sets minimum opening hours.

**For local authorities:**

2. Share library staff across neighbouring councils where a branch would otherwise close.

3. Report opening hours to the WLGA every quarter.

### 2. Digital lending

Aim: to widen e-book lending.

**Progress so far**

- A national e-book licence has been agreed with three publishers.

**For the WLGA and Data Cymru:**

4. Collect e-book lending figures from every council.

## Part B – Museums

### 3. Collections care

Aim: to protect collections held in council stores.

**Progress so far**

- A survey of museum stores has found damp in six buildings.

**For Welsh Government:**

5. Fund a capital programme for museum stores.

**For the WLGA:**

6. Publish guidance on sharing stores between councils.

## Next steps

WLGA Council is asked to agree the recommendations.
"""

LIBRARIES_READING = {
    "areas": [(1, "Opening hours", "Libraries"), (2, "Digital lending", "Libraries"),
              (3, "Collections care", "Museums")],
    "remits": {1: "Aim: to keep every branch library open at least four days a week.",
               2: "Aim: to widen e-book lending.",
               3: "Aim: to protect collections held in council stores."},
    "recommendations": [
        (1, 1, "Publish a library standards framework", ["WG"]),
        (2, 1, "Share library staff across neighbouring councils", ["LG"]),
        (3, 1, "Report opening hours to the WLGA", ["LG"]),
        (4, 2, "Collect e-book lending figures", ["WLGA", "Data Cymru"]),
        (5, 3, "Fund a capital programme", ["WG"]),
        (6, 3, "Publish guidance on sharing stores", ["WLGA"]),
    ],
    "activities": [
        (1, 1, "Twelve councils have surveyed"), (2, 1, "A shared staffing model"),
        (3, 2, "A national e-book licence"), (4, 3, "A survey of museum stores"),
    ],
}

#: The second layout: "Part 1:" themes, "Recommendations for ..." owner headings, a "What
#: has been done" label, an area with no activity, two owner groups in one area.
ROADS = """# Highways Task and Finish Group: Report

Date: 3 February 2026

## Part 1: Maintenance

### 1. Potholes

**What has been done**

- Nine councils have bought new patching machines.

**Recommendations for local authorities:**

1. Publish a pothole repair target for every road class.

**Recommendations for Welsh Government:**

2. Fund a three-year carriageway resurfacing programme.

### 2. Winter service

**Recommendations for the WLGA:**

3. Agree a regional salt-sharing arrangement before November.
"""

ROADS_READING = {
    "areas": [(1, "Potholes", "Maintenance"), (2, "Winter service", "Maintenance")],
    "remits": {1: "", 2: ""},
    "recommendations": [
        (1, 1, "Publish a pothole repair target", ["LG"]),
        (2, 1, "Fund a three-year carriageway", ["WG"]),
        (3, 2, "Agree a regional salt-sharing", ["WLGA"]),
    ],
    "activities": [(1, 1, "Nine councils have bought")],
}

DOCS = {"libraries.md": (LIBRARIES, LIBRARIES_READING), "roads.md": (ROADS, ROADS_READING)}


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[tuple[str, str], object]:
    """{(document, form): path}: each report as written, and as a web page, Word, PDF."""
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes, html_page
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    root = tmp_path_factory.mktemp("owner-groups")
    out: dict[tuple[str, str], object] = {}
    for name, (text, _) in DOCS.items():
        source = root / name
        source.write_text(text, encoding="utf-8")
        out[(name, "md")] = source
        page = html_page(text.splitlines(), "recommendations")
        model = read_html(page)
        # numbers printed as <ol start> lists, and as Word's automatic numbering, too
        ordered = html_page(text.splitlines(), "recommendations", numbered_lists=True)
        for form, data in (("html", page.encode("utf-8")), ("docx", docx_bytes(model)),
                           ("pdf", pdf_bytes(model)), ("html-ol", ordered.encode("utf-8")),
                           ("docx-auto", docx_bytes(read_html(ordered), "auto"))):
            path = root / f"{source.stem}-{form}.{form.split('-')[0]}"
            path.write_bytes(data)
            out[(name, form)] = path
    return out


def _quiet(load, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load(path)


@pytest.mark.parametrize("form", ["md", "html", "docx", "pdf", "html-ol", "docx-auto"])
@pytest.mark.parametrize("name", list(DOCS))
def test_every_form_gives_the_readers_reading(forms, name, form):
    path = forms[(name, form)]
    want = DOCS[name][1]
    areas = _quiet(wa.load_areas, path)
    assert list(zip(areas["area_id"], areas["area"], areas["theme"], strict=True)) \
        == want["areas"]
    assert dict(zip(areas["area_id"], areas["remit"], strict=True)) == want["remits"]
    recs = _quiet(wa.load_recommendations, path)
    assert [(r.rec_id, r.area_id, list(r.owners)) for r in recs.itertuples()] \
        == [(n, a, o) for n, a, _, o in want["recommendations"]]
    for (_, _, start, _), text in zip(want["recommendations"], recs["text"], strict=True):
        assert text.startswith(start), text
    acts = _quiet(wa.load_activities, path)
    assert [(a.activity_no, a.area_id) for a in acts.itertuples()] \
        == [(n, a) for n, a, _ in want["activities"]]
    for (_, _, start), text in zip(want["activities"], acts["text"], strict=True):
        assert text.startswith(start), text


def test_the_date_of_a_council_line_is_read(forms):
    meta = wa.load_metadata(forms[("libraries.md", "md")], kind="recommendations")
    assert str(meta["date"]) == "2026-03-06"


def test_an_owner_heading_naming_no_known_owner_is_no_group(tmp_path):
    """"For example:" names no owner: the recommendations below it keep no owner (reported),
    and the label is kept in the notes."""
    path = tmp_path / "example.md"
    path.write_text(LIBRARIES.replace("**For Welsh Government:**\n\n1.", "**For example:**\n\n1."),
                    encoding="utf-8")
    parsed = parse_recommendations(documents.read_document(path, "recommendations"))
    recs = parsed.recommendations
    assert list(recs.loc[recs["rec_id"] == 1, "owners"].iloc[0]) == []
    assert ("recommendations", "no owner", "1") in {(i.table, i.check, i.item)
                                                    for i in parsed.issues}


_SENTENCE = re.compile(r"(?<=[.:])\s+(?=[A-Z(])")


@pytest.mark.parametrize("name", list(DOCS))
def test_every_sentence_lands_in_some_table(forms, name):
    parsed = parse_recommendations(documents.read_document(forms[(name, "md")],
                                                           "recommendations"))
    cells = []
    for frame in (parsed.areas, parsed.activities, parsed.recommendations, parsed.notes):
        for column in frame.columns:
            cells += [str(v) for v in frame[column] if isinstance(v, str)]
    flat = " ".join(" ".join(cells).split())
    missing = []
    for line in DOCS[name][0].splitlines():
        text = documents.clean_text(re.sub(r"^\d+\. ", "", line.lstrip("#- ").strip("*")))
        # the labels are read as numbers, themes' labels, owners and columns
        text = re.sub(r"^\d+\. |^Part (?:[A-Z]|\d) [–:] ?|^Part \d: ", "", text)
        if re.fullmatch(r"(?:Recommendations for|For) .*:|Progress so far|What has been done",
                        text):
            continue
        for sentence in _SENTENCE.split(text):
            if sentence and sentence not in flat:
                missing.append(sentence)
    assert missing == []
