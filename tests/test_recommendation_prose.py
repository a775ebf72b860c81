"""Recommendations written as prose: a task-and-finish group's report with no table.

Two reports written for these tests as a WLGA officer would write them (tests/data/prose/):

- ``workforce-task-and-finish-2024.md``: plain headings (no "Theme N" / "Area N" labels:
  "## Recruitment" over "### Social care"), "Recommendation 1: That ...", "We recommend that
  ... (Recommendation 3)", "Recommendation 4 is that ...", owners after the sentence
  ("Lead: LG; Support: WLGA", "Welsh Government should lead, supported by the WLGA", "This
  should be led by the WLGA with ...", "with local authorities as lead"), a background
  section and a "Next steps" section that are no area.
- ``digital-task-and-finish-2024.txt``: "Theme 1: ..." / "Area 1: ..." printed as plain
  lines (no heading marks), recommendations as bullets "- Recommendation 1 – That ..." after
  a lead-in ("The group recommends:"), an owner in a bracket "(Lead: Local government)", the
  owners *before* the recommendation ("Welsh Government should lead on the next
  recommendation, supported by the WLGA."), "with Welsh Government leading".

The careful reader's reading of each (below, :data:`READINGS`) was written before the loader
was run on them. Each report is also published as a web page, a Word file and a PDF
(:mod:`wlga_analysis.testing.publish`), and every form must give the same reading. A document
with no table and no numbered recommendation still ends in a ParseError.
"""

from __future__ import annotations

import re
import warnings

import pandas as pd
import pytest

import wlga_analysis as wa
from wlga_analysis import config, documents
from wlga_analysis.errors import DataQualityWarning, ParseError
from wlga_analysis.recommendations import parse_recommendations, recommendations_metadata

DATA = config.PROJ_ROOT / "tests" / "data" / "prose"

#: The reader's reading: title, date, areas (id, title, theme), activities (number, area,
#: opening words, owners), recommendations (id, area, opening words, owners).
READINGS = {
    "workforce-task-and-finish-2024.md": {
        "title": "Workforce Task and Finish Group: Report to the WLGA Executive Board",
        "date": "2024-11-14",
        "areas": [(1, "Social care", "Recruitment"), (2, "Planning officers", "Recruitment"),
                  (3, "Pay and progression", "Retention")],
        "activities": [
            (1, 1, "Social Care Wales has launched a national recruitment", []),
            (2, 1, "Twelve councils are piloting a shared bank", []),
            (3, 2, "The WLGA has published a workforce survey", []),
            (4, 3, "The WLGA is reviewing career pathways", []),
        ],
        "recommendations": [
            (1, 1, "That councils adopt a common job description", ["LG", "WLGA"]),
            (2, 1, "That Welsh Government funds the shared relief bank", ["WG", "WLGA"]),
            (3, 2, "We recommend that a graduate planner scheme",
             ["WLGA", "Royal Town Planning Institute"]),
            (4, 3, "that councils publish a pay progression framework", ["LG"]),
        ],
        # what is neither an item nor a heading: in the area's remit
        "remits": {1: ["Councils report vacancy rates above 10 per cent in domiciliary care."],
                   2: ["The aim is to rebuild capacity in council planning departments."],
                   3: []},
    },
    "digital-task-and-finish-2024.txt": {
        "title": "Digital Task and Finish Group: Recommendations to Leaders",
        "date": "2024-06-21",
        "areas": [(1, "Online council tax", "Digital services"),
                  (2, "Digital skills", "Digital services"), (3, "Data sharing", "Data")],
        "activities": [
            (1, 1, "Nine councils have moved council tax accounts", []),
            (2, 1, "A shared portal specification is being drafted", []),
            (3, 3, "Data Cymru has agreed data sharing protocols", []),
        ],
        "recommendations": [
            (1, 1, "That every council offers online council tax accounts", ["LG"]),
            (2, 1, "That the WLGA negotiates a national contract", ["WLGA"]),
            (3, 2, "that councils adopt the Digital Skills Framework", ["WG", "WLGA"]),
            (4, 3, "that Welsh Government and councils agree a single", ["WG"]),
        ],
        "remits": {1: ["Councils want residents to manage council tax online.",
                       "The group recommends:"],
                   2: ["The aim of this area is to give staff the skills to use new systems.",
                       "Welsh Government should lead on the next recommendation, supported "
                       "by the WLGA."],
                   3: []},
    },
    "regional-transport-2025.md": {
        "title": "Regional Transport Task and Finish Group: Final Report",
        "date": "2025-10-03",
        # areas straight under the title: no theme
        "areas": [(1, "Bus services", ""), (2, "Active travel", "")],
        "activities": [
            (1, 1, "Three regional bus networks have been mapped", []),
            (2, 1, "Councils are reviewing school transport contracts", []),
            (3, 2, "Active travel plans were published by every council", []),
        ],
        "statuses": ["Complete", "In progress", None],
        "recommendations": [
            (5, 1, "That bus franchising is phased in", ["WG", "WLGA"]),
            (6, 1, "That councils pool their concessionary fares data", ["WLGA"]),
            (7, 2, "That the CJCs set a regional target", ["CJCs", "Sustrans Cymru"]),
        ],
        "remits": {1: ["The group looked at bus services in each region."], 2: []},
    },
    # "Area N" headings with labelled numbered lists under them ("### Recommendations" over
    # "1. That ..."), and a prose recommendation in the next area
    "climate-labelled-lists-2025.md": {
        "title": "Climate Task and Finish Group: Recommendations",
        "date": "2025-02-05",
        "areas": [(1, "Council buildings", ""), (2, "Fleet", "")],
        "activities": [
            (1, 1, "Heat decarbonisation plans have been drafted", []),
            (2, 1, "Solar panels are being fitted on ten depots", []),
        ],
        "statuses": [None, "In progress"],
        "recommendations": [
            (1, 1, "That councils publish a costed retrofit plan", ["LG", "WLGA"]),
            (2, 1, "That Welsh Government keeps the retrofit grant", ["WG"]),
            (3, 2, "that the WLGA agrees a national framework", ["WLGA"]),
        ],
        "remits": {1: ["The aim is net zero council buildings by 2030."], 2: []},
    },
}


@pytest.fixture(scope="module")
def forms(tmp_path_factory) -> dict[tuple[str, str], object]:
    """{(document, form): path}: each report as written, and published as a web page, a
    Word file and a PDF (and with its numbered lists as ``<ol>`` and Word numbering)."""
    from wlga_analysis.read.html import read_html
    from wlga_analysis.testing.publish import docx_bytes, html_page
    from wlga_analysis.testing.publish_pdf import pdf_bytes

    root = tmp_path_factory.mktemp("prose")
    out: dict[tuple[str, str], object] = {}
    for name in READINGS:
        source = DATA / name
        out[(name, "text")] = source
        page = html_page(source.read_text(encoding="utf-8").splitlines(), "recommendations")
        model = read_html(page)
        stem = source.stem
        # numbers printed as <ol start> lists, and as Word's automatic numbering
        ordered = html_page(source.read_text(encoding="utf-8").splitlines(),
                            "recommendations", numbered_lists=True)
        for form, data in (("html", page.encode("utf-8")), ("docx", docx_bytes(model)),
                           ("pdf", pdf_bytes(model)), ("html-ol", ordered.encode("utf-8")),
                           ("docx-auto", docx_bytes(read_html(ordered), "auto"))):
            path = root / f"{stem}-{form}.{form.split('-')[0]}"
            path.write_bytes(data)
            out[(name, form)] = path
    return out


def _quiet(load, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DataQualityWarning)
        return load(path)


@pytest.mark.parametrize("form", ["text", "html", "docx", "pdf", "html-ol", "docx-auto"])
@pytest.mark.parametrize("name", list(READINGS))
def test_every_form_gives_the_readers_reading(forms, name, form):
    path = forms[(name, form)]
    want = READINGS[name]
    meta = _quiet(recommendations_metadata, path)
    assert (meta["title"], str(meta["date"])) == (want["title"], want["date"])
    areas = _quiet(wa.load_areas, path)
    assert list(zip(areas["area_id"], areas["area"], areas["theme"], strict=True)) \
        == want["areas"]
    acts = _quiet(wa.load_activities, path)
    assert len(acts) == len(want["activities"])
    for (number, area, start, owners), row in zip(want["activities"], acts.itertuples(),
                                                   strict=True):
        assert (row.activity_no, row.area_id, list(row.owners)) == (number, area, owners)
        assert row.text.startswith(start), row.text
    if "statuses" in want:
        assert [None if pd.isna(s) else s for s in acts["status"]] == want["statuses"]
    recs = _quiet(wa.load_recommendations, path)
    assert len(recs) == len(want["recommendations"])
    for (number, area, start, owners), row in zip(want["recommendations"], recs.itertuples(),
                                                   strict=True):
        assert (row.rec_id, row.area_id, list(row.owners)) == (number, area, owners)
        assert row.text.startswith(start), row.text
    remits = dict(zip(areas["area_id"], areas["remit"], strict=True))
    for area_id, sentences in want["remits"].items():
        assert remits[area_id] == " ".join(sentences)


_SENTENCE = re.compile(r"(?<=[.:])\s+(?=[A-Z(])")


@pytest.mark.parametrize("name", list(READINGS))
def test_every_sentence_lands_in_some_table(name):
    """Nothing lost: every sentence of the report (its headings and lines too) is in the
    areas, activities, recommendations or notes."""
    path = DATA / name
    parsed = parse_recommendations(documents.read_document(path, "recommendations"))
    cells = []
    for frame in (parsed.areas, parsed.activities, parsed.recommendations, parsed.notes):
        for column in frame.columns:
            cells += [str(v) for v in frame[column] if isinstance(v, str)]
    flat = " ".join(" ".join(cells).split())
    missing = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text = documents.clean_text(re.sub(r"^\d+\. ", "", line.lstrip("#- ")))
        # the labels are read as numbers (area_id, rec_id), not kept in the text
        # (and the owners in a bracket after a label are read as codes, in the owners list)
        text = re.sub(r"^Recommendation \d+ \(Lead: WG; Support: WLGA\): |"
                      r"^(?:Theme|Area) \d+: |^(?:Recommendation|Rec) \d+(?: is|:|\.| –)? |"
                      r"\s*\(Recommendation \d+\)", "", text)
        for sentence in _SENTENCE.split(text):
            if sentence and sentence not in flat:
                missing.append(sentence)
    assert missing == []


def test_the_reading_is_reported():
    path = DATA / "workforce-task-and-finish-2024.md"
    parsed = parse_recommendations(documents.read_document(path, "recommendations"))
    checks = [i.check for i in parsed.issues]
    assert "read from prose" in checks
    unknown = [i.item for i in parsed.issues if i.check == "unknown owner code"]
    assert unknown == ["3"]  # the Royal Town Planning Institute is not in owner_codes.csv


def test_prose_with_no_numbered_recommendation_is_a_parse_error(tmp_path):
    path = tmp_path / "report.md"
    # (a sentence "The group recommends that ..." is a recommendation since eval30's
    # written statement: statement_prose; a paper that only discusses is still no paper)
    path.write_text("# Rural Group: Final Report\n\n## Transport\n\nThe group discussed "
                    "whether the CJCs plan rural buses. Transport for Wales should lead.\n",
                    encoding="utf-8")
    with pytest.raises(ParseError, match=r"expected a Working Group recommendations table"
                       r".*'Recommendation 1 is that"):
        wa.load_recommendations(path)


def test_numbered_recommendations_under_no_heading_are_a_parse_error(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("Rural Group report\n\nRecommendation 1 is that the CJCs plan rural "
                    "buses.\n", encoding="utf-8")
    with pytest.raises(ParseError, match="no heading above it") as info:
        wa.load_areas(path)
    assert info.value.line == 3
