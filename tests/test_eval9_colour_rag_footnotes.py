"""A tracker whose RAG column is shown by COLOUR ONLY, and a Word paper whose grant amount
is only in a FOOTNOTE. Layouts the ninth evaluation corpus showed (prog30):

- Word: the RAG cells are empty and shaded (``w:shd w:fill``); a web page: an empty cell
  with a ``background-color``; Markdown: a coloured emoji (🟢 🟠 🔴 🔵). Before, the colour
  was not read and every status came from the action's wording ("in progress").
- a "Target" column ("June 2026", "Q4") is the item's timing (before: no quarter).
- Word footnotes (``word/footnotes.xml``): before, never read, so a grant whose amount is
  only in a footnote was silently lost from the .docx.

The documents are written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import io

import pytest

from wlga_analysis.programme import load_grants, load_programme
from wlga_analysis.testing import quietly

# (ref, action, target, colour) -> the reader's status and quarter (paper: November 2026)
ROWS = [("2.1", "Hold a network meeting for scrutiny chairs", "June 2026", "Blue"),
        ("2.2", "Refresh the self-evaluation tool for committees", "Q4", "Amber"),
        ("2.3", "Pilot a youth scrutiny panel in one council", "March 2027", "Red"),
        ("2.4", "Publish a guide to scrutiny of joint committees", "December 2026", "Green")]
FILLS = {"Blue": "0070C0", "Amber": "FFC000", "Red": "FF0000", "Green": "00B050"}
EMOJI = {"Blue": "\U0001F535", "Amber": "\U0001F7E0", "Red": "\U0001F534", "Green": "\U0001F7E2"}
STATUS = ["done", "at risk", "at risk", "in progress"]
QUARTERS = ["2026-27 Q1", "2026-27 Q4", "2026-27 Q4", "2026-27 Q3"]
TITLE = "Improvement Programme 2026-27: Scrutiny Tracker"
DATE = "Scrutiny sub-group – 12 November 2026"
KEY = "RAG key: Green = on track; Amber = at risk; Red = off track; Blue = complete."


def _markdown() -> str:
    rows = "\n".join(f"| {r} | {a} | WLGA | {t} | {EMOJI[c]} |" for r, a, t, c in ROWS)
    return (f"# {TITLE}\n\n{DATE}\n\n## 1. Purpose\n\nTo report progress.\n\n"
            f"{KEY}\n\n## 2. Scrutiny\n\n| Ref | Action | Lead | Target | RAG |\n"
            f"|---|---|---|---|---|\n{rows}\n\n## 3. Recommendation\n\nTo note progress.\n")


def _page() -> str:
    rows = "".join(f"<tr><td>{r}</td><td>{a}</td><td>WLGA</td><td>{t}</td>"
                   f'<td style="background-color:#{FILLS[c]}">&nbsp;</td></tr>'
                   for r, a, t, c in ROWS)
    return (f"<html><body><main><h1>{TITLE}</h1><p>{DATE}</p><h2>1. Purpose</h2>"
            f"<p>To report progress.</p><p>{KEY}</p><h2>2. Scrutiny</h2><table><thead><tr>"
            "<th>Ref</th><th>Action</th><th>Lead</th><th>Target</th><th>RAG</th></tr></thead>"
            f"<tbody>{rows}</tbody></table><h2>3. Recommendation</h2><p>To note progress.</p>"
            "</main></body></html>")


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _word() -> bytes:
    """A Word tracker: empty shaded RAG cells, and a real footnote holding the grant."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading(TITLE, level=1)
    d.add_paragraph(DATE)
    d.add_heading("1. Purpose", level=2)
    d.add_paragraph("To report progress.")
    d.add_paragraph(KEY)
    d.add_heading("2. Scrutiny", level=2)
    table = d.add_table(rows=1 + len(ROWS), cols=5)
    for c, head in enumerate(["Ref", "Action", "Lead", "Target", "RAG"]):
        table.cell(0, c).text = head
    for r, (ref, action, target, colour) in enumerate(ROWS, 1):
        for c, text in enumerate([ref, action, "WLGA", target]):
            table.cell(r, c).text = text
        table.cell(r, 4)._tc.get_or_add_tcPr().append(parse_xml(
            f'<w:shd {_W} w:val="clear" w:color="auto" w:fill="{FILLS[colour]}"/>'))
    d.add_heading("3. Funding", level=2)
    p = d.add_paragraph("The work is funded by the Welsh Government Improvement Programme grant")
    p._p.append(parse_xml(f'<w:r {_W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          '<w:footnoteReference w:id="1"/></w:r>'))
    p.add_run(" for the year.")
    d.add_heading("4. Recommendation", level=2)
    d.add_paragraph("To note progress.")
    notes = (f'<w:footnotes {_W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
             '<w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r>'
             '<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> £640,000 for 2026-27, '
             'confirmed on 1 April 2026.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"), "application/vnd.openxmlformats-"
                "officedocument.wordprocessingml.footnotes+xml", notes.encode(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("colour")
    (folder / "tracker.md").write_text(_markdown(), encoding="utf-8")
    (folder / "tracker.html").write_text(_page(), encoding="utf-8")
    (folder / "tracker.docx").write_bytes(_word())
    return folder


@pytest.mark.parametrize("name", ["tracker.md", "tracker.html", "tracker.docx"])
def test_a_rag_shown_by_colour_alone_gives_the_status(files, name):
    items = quietly(load_programme, files / name)
    assert items["item_id"].tolist() == [r for r, *_ in ROWS]
    assert items["status"].tolist() == STATUS


@pytest.mark.parametrize("name", ["tracker.md", "tracker.docx"])
def test_a_target_column_gives_the_quarter(files, name):
    items = quietly(load_programme, files / name)
    assert items["quarter_label"].tolist() == QUARTERS


def test_a_grant_amount_in_a_word_footnote_is_not_lost(files):
    grants = quietly(load_grants, files / "tracker.docx")
    assert grants["amount_gbp"].tolist() == [640_000]
    assert grants["financial_year"].tolist() == ["2026-27"]


def test_a_pale_or_text_cell_names_no_colour():
    from wlga_analysis.read.colours import rag_colour_name

    assert [rag_colour_name(c) for c in ("D9D9D9", "DEEAF6", "FFFFFF", "92D050", "C00000")] \
        == [None, None, None, "Green", "Red"]
