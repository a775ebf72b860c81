"""Word files whose headings are direct formatting: Normal paragraphs made bold and larger
by their runs, no heading style (eval33 rec33b's LibreOffice .docx, written afresh).

LibreOffice, Google Docs and many a hand-typed report set a heading by selecting the line
and making it bold and larger. A careful reader reads the sizes against the body text's
usual size: the largest bold line alone on its line is the title, the next size down the
themes (or sections), the next the areas; a bold line at the body's size ("What has been
done", "Recommendations") is a label, not a heading. The body's usual size is the size of
most of its characters (a LibreOffice file sets 12 pt on every run while its defaults say
11 pt), not a fixed point value.

The documents are written in the test (other words, sizes, owners and item counts than the
corpus's); the asserted values are the careful reader's reading, written before the code
ran.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import docx
from docx.shared import Pt

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme import parse_programme
from wlga_analysis.recommendations import parse_recommendations


def _docx(path: Path, lines: list[tuple[str, float | None, bool]], body_pt: float | None
          ) -> Path:
    """A Word file of Normal paragraphs: (text, size in points or None for the body's,
    bold); every run sized ``body_pt`` when given (LibreOffice's direct formatting)."""
    document = docx.Document()
    for text, size, bold in lines:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size is not None or body_pt is not None:
            run.font.size = Pt(size if size is not None else body_pt)
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def _quiet(parse, path: Path, kind: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse(read_document(path, kind))


#: A task group's report typed in LibreOffice: every run 12 pt, title 20 pt, the numbered
#: introduction and the themes 14 pt, the areas 13 pt, the labels bold at 12 pt.
LIBRE = [
    ("Coastal Communities: Report of the WLGA Coastal Task Group", 20, True),
    ("October 2025", None, False),
    ("1.\tBackground", 14, True),
    ("1.1\tThe task group was set up by the WLGA Council in January 2025.", None, False),
    ("1.2\tIt met four times and heard from eleven councils.", None, False),
    ("Flooding", 14, True),
    ("Area 1 – Sea defences", 13, True),
    ("What has been done", None, True),
    ("•\tThree sea defence schemes were completed in 2025.", None, False),
    ("Recommendations", None, True),
    ("1.\tThat the Welsh Government funds the next four schemes. (Welsh Government)",
     None, False),
    ("Area 2 – Flood warnings", 13, True),
    ("What has been done", None, True),
    ("•\tTwo councils installed river level sensors.", None, False),
    ("•\tA joint warning text service started in May 2025.", None, False),
    ("Recommendations", None, True),
    ("2.\tThat councils share sensor data with Natural Resources Wales. (Councils)",
     None, False),
    ("Tourism", 14, True),
    ("Area 3 – Beach management", 13, True),
    ("What has been done", None, True),
    ("•\tThe WLGA published a beach safety guide.", None, False),
    ("Recommendations", None, True),
    ("3.\tThat the WLGA and councils review lifeguard cover each year. (WLGA and councils)",
     None, False),
    ("4.\tThat the Welsh Government and the WLGA fund beach wheelchairs. "
     "(Welsh Government and WLGA)", None, False),
]


def test_libreoffice_sized_themes_and_areas(tmp_path: Path) -> None:
    parsed = _quiet(parse_recommendations, _docx(tmp_path / "coastal.docx", LIBRE, 12),
                    "recommendations")
    areas = parsed.areas
    assert list(zip(areas["area"], areas["theme"], strict=True)) == [
        ("Sea defences", "Flooding"), ("Flood warnings", "Flooding"),
        ("Beach management", "Tourism")]
    recs = parsed.recommendations
    assert [(str(r.rec_id), r.area, r.text, sorted(r.owners)) for r in recs.itertuples()] == [
        ("1", "Sea defences", "That the Welsh Government funds the next four schemes.", ["WG"]),
        ("2", "Flood warnings", "That councils share sensor data with Natural Resources Wales.",
         ["LG"]),
        ("3", "Beach management", "That the WLGA and councils review lifeguard cover each "
         "year.", ["LG", "WLGA"]),
        ("4", "Beach management", "That the Welsh Government and the WLGA fund beach "
         "wheelchairs.", ["WG", "WLGA"]),
    ]
    names = dict(zip(areas["area_id"], areas["area"], strict=True))
    assert [(names[a], t) for a, t in zip(parsed.activities["area_id"],
                                          parsed.activities["text"], strict=True)] == [
        ("Sea defences", "Three sea defence schemes were completed in 2025."),
        ("Flood warnings", "Two councils installed river level sensors."),
        ("Flood warnings", "A joint warning text service started in May 2025."),
        ("Beach management", "The WLGA published a beach safety guide."),
    ]
    assert parsed.title == "Coastal Communities: Report of the WLGA Coastal Task Group"


#: The same family as Google Docs exports it when the headings were typed by hand: the
#: body at the defaults' 11 pt, title 16 pt, themes 13 pt (under 1.2 times the body), the
#: areas labelled "Area N:" at 12 pt.
GDOCS = [
    ("Bus Services Review: Member Working Group Findings", 16, True),
    ("Public transport", 13, True),
    ("Area 1: Rural routes", 12, True),
    ("Progress so far", None, True),
    ("•\tFourteen rural routes were retendered in 2025.", None, False),
    ("Recommendations", None, True),
    ("1.\tThat the Welsh Government keeps the bus fare cap for rural routes. "
     "(Welsh Government)", None, False),
    ("2.\tThat councils publish one timetable for each county. (Councils)", None, False),
    ("Community transport", 13, True),
    ("Area 2: Volunteer drivers", 12, True),
    ("Progress so far", None, True),
    ("•\tThe WLGA ran two volunteer recruitment events.", None, False),
    ("Recommendations", None, True),
    ("3.\tThat the WLGA shares a volunteer expenses policy. (WLGA)", None, False),
]


def test_google_docs_hand_sized_themes(tmp_path: Path) -> None:
    parsed = _quiet(parse_recommendations, _docx(tmp_path / "buses.docx", GDOCS, None),
                    "recommendations")
    areas = parsed.areas
    assert list(zip(areas["area"], areas["theme"], strict=True)) == [
        ("Rural routes", "Public transport"), ("Volunteer drivers", "Community transport")]
    recs = parsed.recommendations
    assert [(str(r.rec_id), r.area, sorted(r.owners)) for r in recs.itertuples()] == [
        ("1", "Rural routes", ["WG"]), ("2", "Rural routes", ["LG"]),
        ("3", "Volunteer drivers", ["WLGA"])]
    assert parsed.title == "Bus Services Review: Member Working Group Findings"


#: A programme update typed in LibreOffice: every run 11.5 pt; title 17 pt; section
#: headings 13 pt ("Purpose", numbered priorities "3.<tab>Waste"); bold labels at the
#: body's size open the bullets.
PROGRAMME = [
    ("4 February 2026", None, False),
    ("ENVIRONMENT PROGRAMME 2025-26: QUARTER 3 UPDATE", 17, True),
    ("Purpose", 13, True),
    ("1.\tTo update Members on the Environment Programme at the end of quarter 3.",
     None, False),
    ("Background", 13, True),
    ("2.\tThe programme is funded by a Circular Economy grant of £320,000 for 2025-26.",
     None, False),
    ("3.\tWaste and recycling", 13, True),
    ("•\tKerbside glass: weekly glass collections started in every ward in October 2025.",
     None, False),
    ("•\tReuse shop: the second reuse shop will open in March 2026.", None, False),
    ("4.\tGreen spaces", 13, True),
    ("•\tTree planting: 2,400 trees were planted in November 2025.", None, False),
    ("•\tPlay areas: the refurbishment of six play areas has slipped to 2026-27.",
     None, False),
    ("Recommendation", 13, True),
    ("5.\tMembers are asked to note the report.", None, False),
]


def test_libreoffice_programme_sections_and_priorities(tmp_path: Path) -> None:
    parsed = _quiet(parse_programme, _docx(tmp_path / "environment.docx", PROGRAMME, 11.5),
                    "programme")
    frame = parsed.programme
    assert [(r.item_id, r.status) for r in frame.itertuples()] == [
        ("3.1", "in progress"), ("3.2", "planned"), ("4.1", "done"), ("4.2", "at risk")]
    assert list(parsed.priorities["priority"]) == ["Waste and recycling", "Green spaces"]
    assert list(parsed.grants["amount_gbp"]) == [320000]
    assert parsed.metadata["title"] == "ENVIRONMENT PROGRAMME 2025-26: QUARTER 3 UPDATE"
