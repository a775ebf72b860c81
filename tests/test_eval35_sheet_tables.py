"""Recommendations kept in a spreadsheet, in eval35's rec35a family, written afresh for these
tests (other subjects, headers, owners, numbers of items and wordings than the corpus): one
recommendation a row and NO number column, the Area filled down, the activity cell only in
an area's first row holding "- " lines, a placeholder "None identified", owners as codes
joined "WG / CJC" or "LG, CJC", and a key under the table that defines a code the owner
list does not know ("CJC = Corporate Joint Committees"):

- Excel's "Text (Tab delimited)": a title row, cp1252, CRLF, the multi-line cells quoted
  (one holding a doubled quote), a key row;
- Excel's "Save as Web Page": the lines of a cell parted by ``<br
  style='mso-data-placement:same-cell;'>``;
- the range pasted into Word: a line break (``w:br``) between the lines of one paragraph.

The careful reader's reading is written out below, before the code ran.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.recommendations import parse_recommendations

HEADER = ["Area", "Work already under way", "Recommendation", "Lead body"]
ROWS = [  # (area, activity lines, recommendation, lead)
    ("Transport", ["Regional transport plans drafted by all four CJCs",
                   'Bus "Fflecsi" pilots extended to March 2026'],
     "Agree one regional bus network plan with each CJC by 2027.", "WG / CJC"),
    ("Transport", [], "Publish concessionary fare data every quarter.", "LG"),
    ("Economic development", ["Shared inward investment team set up in 2025"],
     "Align council economic strategies with the regional plan.", "LG, CJC"),
    ("Economic development", [], "Fund two regional skills officers for three years.", "WG"),
    ("Economic development", [], "Report jointly on regional growth deals each year.",
     "WLGA / WG"),
    ("Strategic planning", ["None identified"],
     "Prepare the first Strategic Development Plan by 2028.", "CJC"),
]
KEY = "Key: WG = Welsh Government; LG = local government; CJC = Corporate Joint Committees"

READING_RECS = [  # (rec_id, area, text, owners)
    ("1", "Transport", ROWS[0][2], ["WG", "CJC"]),
    ("2", "Transport", ROWS[1][2], ["LG"]),
    ("3", "Economic development", ROWS[2][2], ["LG", "CJC"]),
    ("4", "Economic development", ROWS[3][2], ["WG"]),
    ("5", "Economic development", ROWS[4][2], ["WLGA", "WG"]),
    ("6", "Strategic planning", ROWS[5][2], ["CJC"]),
]
READING_ACTS = [  # (area, text): each dash line one activity; "None identified" none
    ("Transport", "Regional transport plans drafted by all four CJCs"),
    ("Transport", 'Bus "Fflecsi" pilots extended to March 2026'),
    ("Economic development", "Shared inward investment team set up in 2025"),
]


def _activity_lines(lines: list[str]) -> list[str]:
    return lines if lines == ["None identified"] else [f"- {t}" for t in lines]


def _tab_text() -> bytes:
    def cell(lines: list[str]) -> str:
        text = "\n".join(_activity_lines(lines))
        return f'"{text.replace(chr(34), chr(34) * 2)}"' if ("\n" in text or '"' in text) \
            else text

    out = ["Corporate Joint Committees Task Group \u2013 Recommendations\t\t\t", "\t\t\t",
           "\t".join(HEADER)]
    out += ["\t".join([area, cell(acts), rec, lead]) for area, acts, rec, lead in ROWS]
    out += ["\t\t\t", f"{KEY}\t\t\t"]
    return "\r\n".join(out).encode("cp1252") + b"\r\n"


def _html() -> str:
    br = "<br style='mso-data-placement:same-cell;'>"
    rows = "".join(
        f"<tr><td>{area}</td><td>{br.join(_activity_lines(acts))}</td><td>{rec}</td>"
        f"<td>{lead}</td></tr>" for area, acts, rec, lead in ROWS)
    head = "".join(f"<td>{h}</td>" for h in HEADER)
    return (f"<html><body><table><tr><td colspan=4>Corporate Joint Committees Task Group "
            f"\u2013 Recommendations</td></tr><tr>{head}</tr>{rows}"
            f"<tr><td colspan=4>{KEY}</td></tr></table></body></html>")


def _docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Corporate Joint Committees Task Group \u2013 Recommendations")
    table = document.add_table(rows=1 + len(ROWS), cols=4)
    for k, name in enumerate(HEADER):
        table.rows[0].cells[k].text = name
    for r, (area, acts, rec, lead) in enumerate(ROWS, start=1):
        cells = table.rows[r].cells
        cells[0].text, cells[2].text, cells[3].text = area, rec, lead
        paragraph = cells[1].paragraphs[0]
        for k, line in enumerate(_activity_lines(acts)):
            run = paragraph.add_run(line)
            if k + 1 < len(acts):
                run.add_break()
    document.add_paragraph(KEY)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _write(tmp_path: Path, form: str) -> Path:
    path = tmp_path / f"cjc-task-group.{form}"
    if form == "txt":
        path.write_bytes(_tab_text())
    elif form == "html":
        path.write_text(_html(), encoding="utf-8")
    else:
        path.write_bytes(_docx())
    return path


@pytest.fixture(scope="module", params=["txt", "html", "docx"])
def parsed(request, tmp_path_factory):
    path = _write(tmp_path_factory.mktemp("sheet"), request.param)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return parse_recommendations(read_document(path, "recommendations"))


def test_one_recommendation_a_row_numbered_in_order(parsed) -> None:
    recs = parsed.recommendations
    areas = dict(zip(parsed.areas["area_id"], parsed.areas["area"], strict=True))
    got = [(str(r.rec_id), areas[r.area_id], r.text, list(r.owners)) for r in recs.itertuples()]
    assert got == [(i, a, t, o) for i, a, t, o in READING_RECS]
    assert "numbered by the loader" in {i.check for i in parsed.issues}


def test_dash_lines_of_a_cell_are_activities(parsed) -> None:
    acts = parsed.activities
    areas = dict(zip(parsed.areas["area_id"], parsed.areas["area"], strict=True))
    assert [(areas[a.area_id], a.text) for a in acts.itertuples()] == READING_ACTS
    assert "placeholder" in {i.check for i in parsed.issues}  # ("None identified": reported)


def test_code_the_key_defines_is_kept_and_noted(parsed) -> None:
    checks = [(i.check, i.item) for i in parsed.issues]
    assert ("owner code from the document's key", "CJC") in checks
    assert not any(c == "unknown owner code" for c, _ in checks)
