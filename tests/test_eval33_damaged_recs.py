"""Recommendations papers in ordinary layouts, in damaged or oddly encoded files (the
thirty-third evaluation corpus's rec33a and rec33b, written afresh in other layouts).

The family: a task group's report with theme headings over "Area N" sub-headings, each with
a list of work done and numbered recommendations owned in brackets; or the Working Group's
table with numbered items. The files carry the damage received files carry:

- a report **printed to text**: FORM FEEDs between pages, a running header repeated at the
  top of every page, "Page N of M" at the foot, lines hard-wrapped, bullets indented by a
  TAB with their wrapped lines indented by the TAB and spaces, capitals for the themes and
  no markup at all (the careful reader: the header and footer are no item's text; each
  bullet and numbered item is whole);
- **mojibake**: UTF-8 text that went through a Windows-1252 round trip ("Â£5 million",
  "â€“"): read as "£5 million", "–", and reported; a Welsh "tâl" is no mojibake;
- a web page whose lists are styled with no marker and print their numbers typed in each
  ``<li>`` ("<li>4. That ..."): the printed number is the item's, not its place in the list;
- a Word "filtered" page whose themes are ``<h1>`` (as its numbered "1. Background" is) and
  areas ``<h2>``: the themes are the ``<h1>`` headings after the numbered paragraphs;
- a paper whose labels are headings of their own ("##### Recommendations", as a PDF's
  bold lines are read) beside a numbered "1. Background" heading at the level of the areas:
  "1. Background" is a section of the paper, not an area; owners' brackets leave the text.

The documents are written in the test (other words, numbers, owners and item counts than
the corpus's); the asserted values are the careful reader's reading, written before the
code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.testing import parse_document
from wlga_analysis.text.mojibake import repair_mojibake


def _parse(path: Path):
    return parse_document(path, "recommendations")


def _activities(parsed) -> list[tuple[str, str]]:
    names = dict(zip(parsed.areas["area_id"], parsed.areas["area"], strict=True))
    return [(names[a], t) for a, t in zip(parsed.activities["area_id"],
                                          parsed.activities["text"], strict=True)]


def _recs(parsed) -> list[tuple[str, str, str, list[str]]]:
    frame = parsed.recommendations
    return [(str(r.rec_id), r.area, r.text, sorted(r.owners)) for r in frame.itertuples()]


HEADER = "CYNGOR SIR – RESTRICTED                        Housing Review 2026"

PRINTOUT = [
    HEADER, "", "Housing Review 2026: Findings of the Member Working Group ", "",
    "March 2026 ", "", "",
    "1. BACKGROUND ", "",
    "1.1 The Member Working Group met four times between October 2025 and ",
    "    February 2026.", "", "",
    "HOMELESSNESS ", "", "",
    "Area 1: Temporary accommodation ", "", "",
    "Progress so far ", "",
    "\t-  Bed and breakfast use for families fell from 41 placements to",
    "\t   nine.",
    "", "Recommendations ", "",
    "1.  That the council buys twenty homes for use as temporary ",
    "    accommodation by March 2027. (Councils) ", "",
    "2.  That the Welsh Government allows the Housing Support Grant to fund ",
    "    the purchases. (Welsh Government) ", "",
    "                                                  Page 1 of 2",
    "\f" + HEADER, "", "",
    "Area 2: Prevention ", "", "",
    "Progress so far ", "",
    "\t-  A prevention officer now works in each of the three hubs.", "",
    "Recommendations ", "",
    "3.  That the WLGA shares the hub model with all councils in Wales. ",
    "    (WLGA) ", "", "",
    "HOUSING SUPPLY ", "", "",
    "Area 3: Empty homes ", "", "",
    "Progress so far ", "",
    "\t-  Sixty empty homes were brought back into use in 2025-26, against a",
    "\t   target of fifty.",
    "\t-  An empty homes loan scheme opened in January 2026.", "",
    "Recommendations ", "",
    "4.  That the council and the WLGA press for a national empty homes ",
    "    levy. (Councils and WLGA) ", "",
    "                                                  Page 2 of 2", "",
]


@pytest.fixture(scope="module")
def printout(tmp_path_factory) -> object:
    path = tmp_path_factory.mktemp("eval33") / "housing-review-printout.txt"
    path.write_text("\n".join(PRINTOUT), encoding="utf-8")
    return _parse(path)


def test_printout_areas_and_themes(printout) -> None:
    areas = printout.areas
    assert list(areas["area"]) == ["Temporary accommodation", "Prevention", "Empty homes"]
    assert [t.casefold() for t in areas["theme"]] == ["homelessness", "homelessness",
                                                      "housing supply"]


def test_printout_recommendations_whole_with_owners(printout) -> None:
    assert _recs(printout) == [
        ("1", "Temporary accommodation", "That the council buys twenty homes for use as "
         "temporary accommodation by March 2027.", ["LG"]),
        ("2", "Temporary accommodation", "That the Welsh Government allows the Housing "
         "Support Grant to fund the purchases.", ["WG"]),
        ("3", "Prevention", "That the WLGA shares the hub model with all councils in Wales.",
         ["WLGA"]),
        ("4", "Empty homes", "That the council and the WLGA press for a national empty homes "
         "levy.", ["LG", "WLGA"]),
    ]


def test_printout_bullets_whole_and_no_running_header(printout) -> None:
    assert _activities(printout) == [
        ("Temporary accommodation",
         "Bed and breakfast use for families fell from 41 placements to nine."),
        ("Prevention", "A prevention officer now works in each of the three hubs."),
        ("Empty homes", "Sixty empty homes were brought back into use in 2025-26, against a "
         "target of fifty."),
        ("Empty homes", "An empty homes loan scheme opened in January 2026."),
    ]
    furniture = [i for i in printout_notes() if i.check == "page furniture"]
    assert [i.source_line for i in furniture][:1] == [1]
    assert "Housing Review 2026" in furniture[0].message and "2 pages" in furniture[0].message


def printout_notes():
    """The reading notes of the printout (the running lines reported)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "printout.txt"
        path.write_text("\n".join(PRINTOUT), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return read_document(path, "recommendations").notes


def test_mojibake_repaired_and_reported(tmp_path: Path) -> None:
    text = ("## Energy Working Group Recommendations\n\n"
            "Area\tActivity underway or achieved\tRecommendations\n"
            "<p><b>Area 1: Energy</b></p> <p>To cut energy costs.</p>\t"
            "<ol style=\"list-style-type: none\"> <li>4. Councils saved Â£240,000 "
            "â€“ a fifth more than planned.</li></ol>\t<ol style=\"list-style-type: none\"> "
            "<li>6. That the groupâ€™s fund of Â£1.2m continues in 2027. <b>(WG)</b></li>"
            "</ol> \n")
    path = tmp_path / "energy-table.txt"
    path.write_bytes(text.encode("utf-8"))
    parsed = _parse(path)
    assert list(parsed.recommendations["text"]) == [
        "That the group’s fund of £1.2m continues in 2027."]
    assert list(parsed.activities["text"]) == [
        "Councils saved £240,000 – a fifth more than planned."]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        notes = read_document(path, "recommendations").notes
    assert [(n.check, n.source_line) for n in notes] == [("mojibake", 4)]
    assert "'Â£' read as '£'" in notes[0].message


def test_mojibake_left_when_ambiguous() -> None:
    lines = ("Y tâl – ffi o £20", "cafÃ©", "Ã(")
    out, notes = repair_mojibake(lines, "x.txt")
    assert out == ("Y tâl – ffi o £20", "café", "Ã(")
    assert [n.source_line for n in notes] == [2]


TYPED_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<style>ol.bare { list-style: none; padding: 0 }</style></head><body><main>
<h1>Libraries Working Group: Recommendations</h1>
<h2>Theme: Access</h2>
<table><thead><tr><th>Area</th><th>Activity underway or achieved</th>
<th>Recommendations</th></tr></thead><tbody>
<tr><td><p><strong>Area 3: Opening hours</strong></p></td>
<td><ol class="bare"><li>12. Surveyed 4,000 library users.</li>
<li>13. Piloted Sunday opening in two towns.</li></ol></td>
<td><ol class="bare"><li>9. That councils publish their opening hours in one place.
<strong>(LG)</strong></li><li>10. That the WLGA reports on the pilot. <strong>(WLGA)</strong>
</li></ol></td></tr>
</tbody></table></main></body></html>
"""


def test_typed_numbers_in_li_are_the_printed_numbers(tmp_path: Path) -> None:
    path = tmp_path / "libraries.html"
    path.write_text(TYPED_PAGE, encoding="utf-8")
    parsed = _parse(path)
    assert _recs(parsed) == [
        ("9", "Opening hours", "That councils publish their opening hours in one place.",
         ["LG"]),
        ("10", "Opening hours", "That the WLGA reports on the pilot.", ["WLGA"]),
    ]
    acts = parsed.activities
    assert [(str(n), t) for n, t in zip(acts["activity_no"], acts["text"], strict=True)] == [
        ("12", "Surveyed 4,000 library users."),
        ("13", "Piloted Sunday opening in two towns."),
    ]


FILTERED_PAGE = """<html><head><meta name=Generator content="Microsoft Word 15 (filtered)">
</head><body lang=EN-GB><div class=WordSection1>
<p class=MsoTitle>Coastal Councils Panel: Report and Recommendations</p>
<h1>1. Background</h1>
<p class=MsoNormal>1.1 The panel was set up by five coastal councils in 2025.</p>
<p class=MsoNormal>1.2 It took evidence from Natural Resources Wales.</p>
<h1>Flood risk</h1>
<h2>Area 1 &#8211; Sea defences</h2>
<p class=MsoNormal><b>Progress</b></p>
<p class=MsoListParagraph>&middot; Three schemes were completed in 2025.</p>
<p class=MsoNormal><b>Recommendations</b></p>
<p class=MsoNormal>1. That the Welsh Government funds the next five schemes. (Welsh Government)</p>
<h1>Tourism</h1>
<h2>Area 2 &#8211; Visitor levy</h2>
<p class=MsoNormal><b>Progress</b></p>
<p class=MsoListParagraph>&middot; Two councils consulted on a levy.</p>
<p class=MsoNormal><b>Recommendations</b></p>
<p class=MsoNormal>2. That councils share their consultation findings. (Councils)</p>
</div></body></html>
"""


def test_h1_themes_after_numbered_background(tmp_path: Path) -> None:
    path = tmp_path / "coastal.html"
    path.write_text(FILTERED_PAGE, encoding="utf-8")
    parsed = _parse(path)
    areas = parsed.areas
    assert list(zip(areas["area"], areas["theme"], strict=True)) == [
        ("Sea defences", "Flood risk"), ("Visitor levy", "Tourism")]
    assert _recs(parsed) == [
        ("1", "Sea defences", "That the Welsh Government funds the next five schemes.", ["WG"]),
        ("2", "Visitor levy", "That councils share their consultation findings.", ["LG"]),
    ]
    assert parsed.title == "Coastal Councils Panel: Report and Recommendations"


HEADING_LABELS = """# Waste Task Group

**Report to the WLGA Council**

#### 1. Background

1.1 The task group met three times in 2026.
1.2 It heard from six councils.

#### Recycling

#### Area 1 – Food waste

##### Work done

• Every council now collects food waste weekly.

##### Recommendations

1. That the Welsh Government keeps the food waste grant for three years. (Welsh Government)

#### Area 2 – Textiles

##### Work done

• Two councils trialled textile collections.

##### Recommendations

2. That the WLGA and councils agree a textiles plan. (WLGA and councils)
"""


def test_heading_labels_and_numbered_background_not_an_area(tmp_path: Path) -> None:
    path = tmp_path / "waste.md"
    path.write_text(HEADING_LABELS, encoding="utf-8")
    parsed = _parse(path)
    areas = parsed.areas
    assert list(zip(areas["area"], areas["theme"], strict=True)) == [
        ("Food waste", "Recycling"), ("Textiles", "Recycling")]
    assert _recs(parsed) == [
        ("1", "Food waste", "That the Welsh Government keeps the food waste grant for three "
         "years.", ["WG"]),
        ("2", "Textiles", "That the WLGA and councils agree a textiles plan.", ["LG", "WLGA"]),
    ]
    assert _activities(parsed) == [
        ("Food waste", "Every council now collects food waste weekly."),
        ("Textiles", "Two councils trialled textile collections.")]
