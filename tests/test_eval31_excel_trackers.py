"""Improvement programme trackers kept in Excel and published as they are (the thirty-first
evaluation corpus's prog31a, written afresh in other layouts and wordings).

The family: ONE sheet `Ref | Priority (Theme) | Action | Lead | ... | Due | RAG |
Commentary`, the reference numbering the items by their priority ("2.1"), the priority's
NAME printed again in every row, RAG letters explained by a key row under the table
("Key:  B = Done   G = On track ..." separated by spaces only), a blank RAG for an action
not started, and a second block "Funding" (`Grant | Funder | 2025/26 (£)` and a Total).
Saved as Excel's "Text (Tab delimited)" the file is Windows-1252 (not UTF-8): it is read as
such, and that is reported; a binary file named .txt is still refused.

The documents are written by the tests (tmp_path): a filtered tracker of two themes (2 and
4) saved as tab-delimited Windows-1252 text with a quoted cell; a two-priority tracker
published by Excel as a web page (colspan title rows, `&nbsp;` cells). The asserted values
are the careful reader's reading, written before the code ran.
"""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest

from wlga_analysis.documents import read_document
from wlga_analysis.errors import ParseError
from wlga_analysis.testing import parse_document

PARKS = [
    "Parks and Countryside Service Plan 2025/26 \u2013 Delivery tracker\t\t\t\t\t\t\t",
    "Powys County Council | Position at Quarter 2 | Updated: 14/11/2025\t\t\t\t\t\t\t",
    "\t\t\t\t\t\t\t",
    "Ref\tTheme\tAction\tOwner\tPartners\tDue\tRAG\tUpdate",
    "2.1\tParks and open spaces\tResurface the Lakeside car park\tParks Manager\t\t"
    "28/02/2026\tG\tContract awarded; works start in January.",
    "2.2\tParks and open spaces\t\"Open the \"\"Wild Powys\"\" play area\"\tParks Manager\t\t"
    "30/09/2025\tB\tOpened on 12 September.",
    "4.1\tRights of way\tClear the backlog of path reports\tCountryside Officer\t"
    "Audit Wales\tQ4 2025/26\tA\tBacklog down to 140 reports but winter "
    "weather will slow progress.",
    "4.2\tRights of way\tReplace 30 stiles with gates\tCountryside Officer\t\t30/06/2026\t\t"
    "Not started \u2013 funding bid submitted.",
    "4.3\tRights of way\tPublish the Rights of Way Improvement Plan\tCountryside Officer\t\t"
    "Q3 2025/26\tR\tConsultation responses not yet analysed; Cabinet date missed.",
    "\t\t\t\t\t\t\t",
    "Key:  B = Done   G = On track   A = Minor delay   R = Significant delay\t\t\t\t\t\t\t",
    "",
    "Funding\t\t",
    "Grant\tFunder\t2025/26 (\u00a3)",
    "Access Improvement Grant\tNatural Resources Wales\t64,000",
    "Green Spaces Fund\tWelsh Government\t118,250",
    "Total\t\t182,250",
]


def _parse(path):
    return parse_document(path, "programme")


def _items(parse):
    return [(r.item_id, r.paragraph, r.section, r.status,
             r.quarter_label if isinstance(r.quarter_label, str) else None)
            for r in parse.programme.itertuples()]


@pytest.fixture(scope="module")
def parks(tmp_path_factory):
    path = tmp_path_factory.mktemp("eval31") / "parks-tracker.txt"
    path.write_bytes(("\r\n".join(PARKS) + "\r\n").encode("cp1252"))
    return path


def test_windows_1252_text_is_read_and_reported(parks):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = read_document(parks, "programme")
    assert doc.lines[0].startswith("Parks and Countryside Service Plan 2025/26 \u2013 Delivery")
    found = [n for n in doc.notes if n.check == "text encoding"]
    assert len(found) == 1 and found[0].document == "parks-tracker.txt"
    assert "Windows-1252" in found[0].message and found[0].source_line == 1


def test_parks_tracker_items(parks):
    parse = _parse(parks)
    assert _items(parse) == [
        ("2.1", 2, "Parks and open spaces", "in progress", "2025-26 Q4"),
        ("2.2", 2, "Parks and open spaces", "done", "2025-26 Q2"),
        ("4.1", 4, "Rights of way", "at risk", "2025-26 Q4"),
        ("4.2", 4, "Rights of way", "planned", "2026-27 Q1"),
        ("4.3", 4, "Rights of way", "at risk", "2025-26 Q3"),
    ]
    texts = parse.programme["text"].tolist()
    assert texts[1] == 'Open the "Wild Powys" play area'
    assert parse.programme["partners"].iloc[2] == ["Audit Wales"]
    assert parse.priorities["priority"].tolist() == ["Parks and open spaces", "Rights of way"]


def test_parks_tracker_metadata_and_funding(parks):
    parse = _parse(parks)
    assert parse.metadata["title"].startswith("Parks and Countryside Service Plan 2025/26")
    assert str(parse.metadata["date"]) == "2025-11-14"
    assert parse.grants[["grant", "amount_gbp", "financial_year"]].values.tolist() == [
        ["Access Improvement Grant", 64000, "2025-26"],
        ["Green Spaces Fund", 118250, "2025-26"]]


def _html_cell(text: str, span: int = 1) -> str:
    return f"<td colspan={span}>{text}</td>" if span > 1 else f"<td>{text or '&nbsp;'}</td>"


def test_excel_web_page_tracker(tmp_path):
    rows = [
        ("1.1", "Housing", "Bring 40 empty homes back into use", "Housing Lead", "31/03/2026",
         "G", "28 homes so far."),
        ("1.2", "Housing", "Adopt the local housing market assessment", "Planning Lead",
         "31/07/2025", "B", "Adopted by Council in July."),
        ("2.1", "Economy", "Open the Llandrindod enterprise hub", "Economy Lead", "Q4 2025/26",
         "A", "Fit-out running six weeks late."),
        ("2.2", "Economy", "Launch the shop front grant scheme", "Economy Lead", "30/04/2026",
         "", "Not started - scheme opens in April."),
    ]
    head = ["Ref", "Priority", "Action", "Lead", "Due", "RAG", "Comments"]
    body = [f"<tr>{_html_cell('Housing and Economy Action Tracker 2025-26', 7)}</tr>",
            f"<tr>{_html_cell('Last updated 03/11/2025', 7)}</tr>",
            "<tr>" + "".join(_html_cell(h) for h in head) + "</tr>"]
    body += ["<tr>" + "".join(_html_cell(c) for c in r) + "</tr>" for r in rows]
    key = "Key: B = Complete G = On track A = Slipping R = Off track"
    body.append(f"<tr>{_html_cell(key, 7)}</tr>")
    page = ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta "
            "name=ProgId content=Excel.Sheet></head><body><table>" + "\n".join(body)
            + "</table></body></html>")
    path = tmp_path / "tracker.html"
    path.write_text(page, encoding="utf-8")
    parse = _parse(path)
    assert _items(parse) == [
        ("1.1", 1, "Housing", "in progress", "2025-26 Q4"),
        ("1.2", 1, "Housing", "done", "2025-26 Q2"),
        ("2.1", 2, "Economy", "at risk", "2025-26 Q4"),
        ("2.2", 2, "Economy", "planned", "2026-27 Q1"),
    ]
    assert parse.priorities["priority"].tolist() == ["Housing", "Economy"]
    assert str(parse.metadata["date"]) == "2025-11-03"


def test_binary_named_txt_is_still_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("notes.txt", "Plan \u2013 2025-26 " * 50)
    path = tmp_path / "archive.txt"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ParseError):
        read_document(path, "programme")
    path.write_bytes("Plan \u2013 ".encode("cp1252") + b"\x1b[0m\x05 more text\r\n")
    with pytest.raises(ParseError, match="not UTF-8"):
        read_document(path, "programme")
