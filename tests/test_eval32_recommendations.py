"""Recommendations papers in eval32's layouts, written afresh (other subjects and wordings).

- **headed blocks**: chapters numbered "2. Prevention", areas "2.1 Youth services"; under
  each area a bold label line ("What is happening now", "What is already under way") over
  one paragraph whose every sentence is an activity, whatever its verb ("Gwynedd runs ...",
  "A new hub opened ..."); each recommendation a small heading "Recommendation N" over
  labelled paragraphs: the text ("Our recommendation:", "What we recommend:"), who acts
  ("Who will lead:", "Who should act:") and labels the paper repeats ("Timescale:", "Cost:",
  "By when:") that are neither. Forms: Markdown and a web page (typed numbers), Word
  (bold label runs, Heading styles).
- **register with paragraphs**: a "Ref | Area | Work done so far | Recommendation | Owner"
  table whose activity cells hold two or three activities as paragraphs (``<br>`` in a pipe
  cell, ``<p>`` on a web page) with no bullet or number: each paragraph that is a whole
  sentence is an activity; a cell whose paragraphs break one sentence (the first ends with
  no stop, the next starts in lower case) is one activity.

A careful reader's reading is written out below.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest

import wlga_analysis as wa

# -- headed blocks --------------------------------------------------------------------
SAFER = [
    ("Prevention", [
        ("Youth services", "What is happening now",
         ["Gwynedd runs a detached youth work service in 14 towns.",
          "A new youth hub opened in Wrexham in 2025.",
          "Four councils share a youth justice data system."],
         [(1, "Set a national minimum offer of open-access youth provision.",
           "The Welsh Government, with support from the WLGA.", "April 2028.",
           "About £2 million a year.")]),
        ("Early help", "What is happening now",
         ["Every council operates a family information service."],
         [(2, "Publish a single directory of early help services for each region. Keep it "
              "up to date every quarter.", "Councils and Data Cymru.", "March 2027.",
           "Within existing budgets.")]),
    ]),
    ("Enforcement", [
        ("Trading standards", "What is happening now",
         ["Trading standards teams seized 40,000 illegal vapes in 2025.",
          "The WLGA coordinates a regional intelligence network."],
         [(3, "Give trading standards officers new powers to close shops selling illegal "
              "vapes.", "The Welsh Government.", "December 2027.", "None."),
          (4, "Fund two more regional trading standards posts.", "Councils.", "April 2027.",
           "£120,000 a year.")]),
    ]),
]
SAFER_OWNERS = {1: ["WG", "WLGA"], 2: ["LG", "Data Cymru"], 3: ["WG"], 4: ["LG"]}
SAFER_TITLE = "Safer Communities: Final Report of the Community Safety Task and Finish Group"
SAFER_LABELS = ("Our recommendation", "Who will lead", "Timescale", "Cost")


def _safer_md() -> str:
    out = [f"# {SAFER_TITLE}", "", "*October 2026*", "", "## 1. Introduction", "",
           "The Group met six times between January and June 2026.", "",
           "### 1.1 Terms of reference", "",
           "The Group was asked to look at prevention and enforcement.", ""]
    for c, (chapter, areas) in enumerate(SAFER, start=2):
        out += [f"## {c}. {chapter}", ""]
        for a, (area, label, acts, recs) in enumerate(areas, start=1):
            out += [f"### {c}.{a} {area}", "", f"**{label}**", "", " ".join(acts), ""]
            for no, *values in recs:
                out += [f"#### Recommendation {no}", ""]
                for label, value in zip(SAFER_LABELS, values, strict=True):
                    out += [f"**{label}:** {value}", ""]
    return "\n".join([*out, "## 4. Next steps", "", "The Group will report again in 2027.", ""])


def _safer_html() -> str:
    out = ["<!DOCTYPE html><html><head><title>Safer Communities</title></head><body><main>",
           f"<h1>{SAFER_TITLE}</h1>", "<p><em>October 2026</em></p>", "<h2>1. Introduction</h2>",
           "<p>The Group met six times between January and June 2026.</p>",
           "<h3>1.1 Terms of reference</h3>",
           "<p>The Group was asked to look at prevention and enforcement.</p>"]
    for c, (chapter, areas) in enumerate(SAFER, start=2):
        out.append(f"<h2>{c}. {chapter}</h2>")
        for a, (area, label, acts, recs) in enumerate(areas, start=1):
            out += [f"<h3>{c}.{a} {area}</h3>", f"<p><strong>{label}</strong></p>",
                    f"<p>{' '.join(acts)}</p>"]
            for no, *values in recs:
                out.append(f"<h4>Recommendation {no}</h4>")
                out += [f"<p><strong>{lab}:</strong> {val}</p>"
                        for lab, val in zip(SAFER_LABELS, values, strict=True)]
    out += ["<h2>4. Next steps</h2>", "<p>The Group will report again in 2027.</p>",
            "</main></body></html>"]
    return "\n".join(out)


# A Word file of the same layout in rec32b's wording, other subjects.
HOUSING = [
    ("Homes", [
        ("Temporary accommodation", [
            "Eleven councils have bought homes for use as temporary accommodation.",
            "Cardiff leases 300 flats from private landlords.",
        ], [(1, "Agree a national rate for leasing private homes as temporary accommodation.",
             "Councils, supported by the WLGA.", "June 2027.")]),
    ]),
    ("Support", [
        ("Tenancy sustainment", [
            "A tenancy support grant of £4 million was awarded in 2025.",
            "Support workers visit every new tenant within a week.",
            "Two councils pool their tenancy support teams.",
        ], [(2, "Extend tenancy support to private renters at risk of eviction.",
             "The Welsh Government and councils.", "April 2028."),
            (3, "Report the number of tenancies sustained each year.", "The WLGA.",
             "From 2027-28.")]),
    ]),
]
HOUSING_OWNERS = {1: ["LG", "WLGA"], 2: ["WG", "LG"], 3: ["WLGA"]}


def _housing_docx() -> bytes:
    import docx

    doc = docx.Document()
    doc.add_heading("Housing Pressures: Report of the Joint Working Group", level=0)
    doc.add_paragraph("May 2026")
    doc.add_heading("1. Introduction", level=1)
    doc.add_paragraph("The Group was set up in 2025 to look at housing pressures.")
    for c, (chapter, areas) in enumerate(HOUSING, start=2):
        doc.add_heading(f"{c}. {chapter}", level=1)
        for a, (area, acts, recs) in enumerate(areas, start=1):
            doc.add_heading(f"{c}.{a} {area}", level=2)
            doc.add_paragraph().add_run("What is already under way").bold = True
            doc.add_paragraph(" ".join(acts))
            for no, text, who, when in recs:
                doc.add_heading(f"Recommendation {no}", level=3)
                for label, value in (("What we recommend:", text), ("Who should act:", who),
                                     ("By when:", when)):
                    p = doc.add_paragraph()
                    p.add_run(label).bold = True
                    p.add_run(f" {value}")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# -- a register whose activity cells hold paragraphs --------------------------------------
ROADS_ROWS = [
    ("1", "Potholes", ["Councils repaired 120,000 potholes in 2025-26.",
                       "A shared defects app was launched in May 2026.",
                       "Three councils now use drones to survey roads."],
     "That councils adopt a common standard for road repairs.", "Councils"),
    ("2", "Street lighting", ["LED lanterns have replaced 85% of the old lights.",
                              "A joint energy contract was signed in 2024."],
     "That the Welsh Government funds the final LED conversions.", "WG"),
    ("3", "Winter service", ["A review of gritting routes was completed by the WLGA in March "
                             "2026, covering all routes used by",
                             "buses and school transport."],
     "That councils share gritting routes across boundaries.", "Councils / WLGA"),
]
ROADS_ACTIVITIES = [
    (1, "Potholes", "Councils repaired 120,000 potholes in 2025-26."),
    (2, "Potholes", "A shared defects app was launched in May 2026."),
    (3, "Potholes", "Three councils now use drones to survey roads."),
    (4, "Street lighting", "LED lanterns have replaced 85% of the old lights."),
    (5, "Street lighting", "A joint energy contract was signed in 2024."),
    (6, "Winter service", "A review of gritting routes was completed by the WLGA in March "
                          "2026, covering all routes used by buses and school transport."),
]
ROADS_HEADER = ("Ref", "Area", "Work done so far", "Recommendation", "Owner")


def _roads_md() -> str:
    out = ["# Highways Group: Recommendations", "", "*September 2026*", "",
           "| " + " | ".join(ROADS_HEADER) + " |", "|---|---|---|---|---|",
           "| **Theme 1: Highways** |  |  |  |  |"]
    out += [f"| {ref} | {area} | {'<br>'.join(acts)} | {rec} | {owner} |"
            for ref, area, acts, rec, owner in ROADS_ROWS]
    return "\n".join([*out, ""])


def _roads_html() -> str:
    rows = "".join(
        f"<tr><td>{ref}</td><td>{area}</td><td>{''.join(f'<p>{a}</p>' for a in acts)}</td>"
        f"<td><p>{rec}</p></td><td>{owner}</td></tr>" for ref, area, acts, rec, owner in ROADS_ROWS)
    head = "".join(f"<th>{h}</th>" for h in ROADS_HEADER)
    return ("<html><body><h1>Highways Group: Recommendations</h1><p>September 2026</p>"
            f"<table><thead><tr>{head}</tr></thead><tbody>"
            '<tr><td colspan="5"><strong>Theme 1: Highways</strong></td></tr>'
            f"{rows}</tbody></table></body></html>")


# -- loading --------------------------------------------------------------------------------
def _load(path: Path) -> dict:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return {"areas": wa.load_areas(path), "activities": wa.load_activities(path),
                "recs": wa.load_recommendations(path)}


def _write(tmp: Path, name: str, content: str | bytes) -> Path:
    path = tmp / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=["md", "html"])
def safer(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("safer")
    content = _safer_md() if request.param == "md" else _safer_html()
    return _load(_write(tmp, f"safer-communities.{request.param}", content))


@pytest.fixture(scope="module")
def housing(tmp_path_factory):
    return _load(_write(tmp_path_factory.mktemp("housing"), "housing.docx", _housing_docx()))


@pytest.fixture(scope="module", params=["md", "html"])
def roads(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("roads")
    content = _roads_md() if request.param == "md" else _roads_html()
    return _load(_write(tmp, f"roads-register.{request.param}", content))


def test_headed_blocks_areas_and_themes(safer):
    got = list(zip(safer["areas"]["area"], safer["areas"]["theme"], strict=True))
    assert got == [(area, chapter) for chapter, areas in SAFER for area, *_ in areas]


def test_every_sentence_under_the_activity_label_is_an_activity_and_the_label_none(safer):
    expected = [act for _, areas in SAFER for _, _, acts, _ in areas for act in acts]
    assert safer["activities"]["text"].tolist() == expected
    assert safer["activities"]["area_id"].tolist() == [1, 1, 1, 2, 3, 3]


def test_recommendation_text_without_its_label_and_owners_from_the_label(safer):
    recs = safer["recs"]
    expected = [(no, text) for _, areas in SAFER for *_, rs in areas for no, text, *_ in rs]
    assert list(zip(recs["rec_id"].astype(int), recs["text"], strict=True)) == expected
    assert {int(r): list(o) for r, o in zip(recs["rec_id"], recs["owners"],
                                            strict=True)} == SAFER_OWNERS


def test_other_repeated_labels_are_columns_of_their_own_not_text(safer):
    recs = safer["recs"]
    assert recs["timescale"].tolist() == ["April 2028.", "March 2027.", "December 2027.",
                                          "April 2027."]
    assert recs["cost"].tolist()[3] == "£120,000 a year."
    assert not recs["text"].str.contains("Timescale|Cost|Who will lead").any()


def test_word_headed_blocks(housing):
    areas = list(zip(housing["areas"]["area"], housing["areas"]["theme"], strict=True))
    assert areas == [("Temporary accommodation", "Homes"), ("Tenancy sustainment", "Support")]
    expected = [act for _, areas in HOUSING for _, acts, _ in areas for act in acts]
    assert housing["activities"]["text"].tolist() == expected
    recs = housing["recs"]
    assert recs["text"].tolist() == [text for _, areas in HOUSING for *_, rs in areas
                                     for _, text, *_ in rs]
    assert {int(r): list(o) for r, o in zip(recs["rec_id"], recs["owners"],
                                            strict=True)} == HOUSING_OWNERS
    assert recs["by_when"].tolist() == ["June 2027.", "April 2028.", "From 2027-28."]


def test_each_whole_sentence_paragraph_of_an_activity_cell_is_an_activity(roads):
    acts = roads["activities"].merge(roads["areas"][["area_id", "area"]], on="area_id")
    got = list(zip(acts["activity_no"].astype(int), acts["area"], acts["text"], strict=True))
    assert got == ROADS_ACTIVITIES
    recs = roads["recs"]
    assert [list(o) for o in recs["owners"]] == [["LG"], ["WG"], ["LG", "WLGA"]]
