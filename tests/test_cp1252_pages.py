"""Web pages whose bytes are Windows-1252 while they declare UTF-8 (or declare nothing),
and pages declaring ISO-8859-1 whose bytes use Windows-1252's punctuation (eval33 rec33a's
damage, written afresh in other layouts).

A page exported from an old CMS or saved by Notepad as "ANSI", pasted into a template
whose ``<meta charset="utf-8">`` (or XML prolog ``encoding="utf-8"``) is wrong: "’" is the
byte 0x92, "–" 0x96, "£" 0xA3, “ ” 0x93 0x94 (none valid UTF-8). A careful reader reads
"£1.2 million" and "councils’": the page is read as Windows-1252, the way a text file is
(:func:`wlga_analysis.read.windows_1252.windows_1252_lines`), and that is reported. Bytes
that are no text in Windows-1252 either (a control byte, a byte the code page leaves
undefined) stay U+FFFD, reported. A page declaring ``iso-8859-1`` is read as browsers read
it, Windows-1252 (the HTML standard maps the label so): 0x92 is "’", not a C1 control.

The asserted values are the careful reader's, written before the code ran.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from wlga_analysis.documents import read_document
from wlga_analysis.interpret.programme import parse_programme
from wlga_analysis.read.html_decode import decode_page
from wlga_analysis.recommendations import parse_recommendations

RECS_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ports Task Group</title></head><body>
<main>
<h1>Ports and Harbours Task Group: Recommendations</h1>
<h2>Freight</h2>
<h3>Area 1 – Harbour dues</h3>
<p><strong>What has been done</strong></p>
<ul><li>Councils’ harbour dues were compared across four ports.</li></ul>
<p><strong>Recommendations</strong></p>
<ol><li>That councils agree a “single tariff” for small harbours – from April 2027. (Councils)</li>
<li>That the Welsh Government sets aside £1.2 million for harbour wall repairs.
(Welsh Government)</li></ol>
<h2>Visitors</h2>
<h3>Area 2 – Marinas</h3>
<p><strong>What has been done</strong></p>
<ul><li>The WLGA surveyed 14 marina operators’ booking systems.</li></ul>
<p><strong>Recommendations</strong></p>
<ol start="3"><li>That the WLGA publishes a guide to marina licensing – by March 2027.
(WLGA)</li></ol>
</main></body></html>
"""

PROGRAMME_PAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
 "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Update</title></head><body>
<p>12 January 2026</p>
<h1>LEISURE AND CULTURE PROGRAMME 2025-26 UPDATE</h1>
<h2>Purpose</h2>
<p>1. To update Members on the council’s Leisure and Culture Programme.</p>
<h2>Background</h2>
<p>2. The programme is supported by a Cultural Recovery grant of £275,000 for 2025-26.</p>
<h2>Progress Update</h2>
<h3>3. Libraries</h3>
<ul><li>Opening hours: the “Open Plus” self-service system went live in Mold library
on 4 November 2025.</li>
<li>Stock: the stock review – started in the summer – will finish in February 2026.</li></ul>
<h3>4. Museums</h3>
<ul><li>Collections: the museum store’s move was completed in October 2025.</li></ul>
<h2>Recommendation</h2>
<p>5. Members are asked to note the report.</p>
</body></html>
"""


def _quiet(parse, path: Path, kind: str):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        parsed = parse(read_document(path, kind))
    return parsed, [str(w.message) for w in caught]


def test_cp1252_recommendations_page_declared_utf8_reads_its_pounds_and_quotes(tmp_path):
    path = tmp_path / "ports.html"
    path.write_bytes(RECS_PAGE.encode("cp1252"))
    parsed, warned = _quiet(parse_recommendations, path, "recommendations")
    recs = parsed.recommendations
    assert [(str(r.rec_id), r.area, r.text, sorted(r.owners)) for r in recs.itertuples()] == [
        ("1", "Harbour dues", "That councils agree a “single tariff” for small harbours – "
         "from April 2027.", ["LG"]),
        ("2", "Harbour dues", "That the Welsh Government sets aside £1.2 million for harbour "
         "wall repairs.", ["WG"]),
        ("3", "Marinas", "That the WLGA publishes a guide to marina licensing – by March 2027.",
         ["WLGA"]),
    ]
    assert list(parsed.activities["text"]) == [
        "Councils’ harbour dues were compared across four ports.",
        "The WLGA surveyed 14 marina operators’ booking systems."]
    assert list(zip(parsed.areas["area"], parsed.areas["theme"], strict=True)) == [
        ("Harbour dues", "Freight"), ("Marinas", "Visitors")]
    found = [m for m in warned if "Windows-1252" in m]
    assert found and "0x96" in found[0] and "line 6" in found[0] and "not UTF-8" in found[0]
    assert not any("U+FFFD" in m for m in warned)


def test_cp1252_xhtml_programme_declared_utf8_in_its_xml_prolog(tmp_path):
    path = tmp_path / "leisure.xhtml"
    path.write_bytes(PROGRAMME_PAGE.encode("cp1252"))
    parsed, warned = _quiet(parse_programme, path, "programme")
    frame = parsed.programme
    assert [(r.item_id, r.status) for r in frame.itertuples()] == [
        ("3.1", "done"), ("3.2", "in progress"), ("4.1", "done")]
    texts = " | ".join(frame["text"])
    assert "“Open Plus”" in texts and "the stock review – started in the summer –" in texts
    assert "museum store’s move" in texts and "\ufffd" not in texts
    grants = parsed.grants
    assert list(zip(grants["amount_gbp"], grants["financial_year"], strict=True)) == [
        (275000, "2025-26")]
    assert any("Windows-1252" in m for m in warned)


def test_iso_8859_1_label_reads_windows_1252_punctuation():
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=iso-8859-1"></head><body><p>The council’s “plan” – £40,000.</p>'
            '</body></html>').encode("cp1252")
    text, notes = decode_page(page)
    assert "The council’s “plan” – £40,000." in text
    assert not notes  # (the label means Windows-1252 to every browser: nothing guessed)


def test_bytes_no_code_page_prints_stay_replacement_characters_and_are_reported():
    # A control byte (0x07) and a byte Windows-1252 leaves undefined (0x81): no text.
    for bad in (b"Memb\x07\x92ers", b"Memb\x81\x92ers"):
        page = b'<html><head><meta charset="utf-8"></head><body><p>' + bad + b"</p></body></html>"
        text, notes = decode_page(page)
        assert "\ufffd" in text and "’" not in text
        assert len(notes) == 1 and "read as U+FFFD" in notes[0].text


def test_a_utf8_page_is_read_as_utf8_with_nothing_reported():
    text, notes = decode_page('<meta charset="utf-8"><p>Cyngor – £5 “tâl”</p>'.encode())
    assert text.endswith("<p>Cyngor – £5 “tâl”</p>") and not notes


def test_utf8_among_windows_1252_bytes_is_read_as_utf8_and_noted():
    """A page of both: a UTF-8 template ("£", "–" as UTF-8) with text pasted in Windows-1252
    ("’" 0x92): each character as printed, both reported."""
    page = ('<html><head><meta charset="utf-8"></head><body>\n<p>Cyllid – £5 miliwn</p>\n'
            ).encode() + b"<p>The council\x92s plan.</p></body></html>"
    text, notes = decode_page(page)
    assert "<p>Cyllid – £5 miliwn</p>" in text and "The council’s plan." in text
    assert [n.location.line for n in notes] == [3, 2]
    assert "Windows-1252" in notes[0].text and "'Â£' read as '£'" in notes[1].text
