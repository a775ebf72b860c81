"""A Word paper with a call-out TEXT BOX (``w:txbxContent``) holding a grant and an item
of progress: as a modern drawing with the old VML copy beside it (``mc:AlternateContent``:
``mc:Choice`` and ``mc:Fallback``), and as a VML shape alone. Before, the text of a text
box was never read: the grant and the item were silently lost.

The document is written for the test; the asserted values are the careful reader's reading.
"""

from __future__ import annotations

import io

from wlga_analysis.programme import load_grants, load_programme
from wlga_analysis.testing import quietly

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _box(*texts: str) -> str:
    return "<w:txbxContent>" + "".join(
        f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts) + "</w:txbxContent>"


def _paper() -> bytes:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("Improvement Programme 2026-27: Quarter 2 Update", level=1)
    d.add_paragraph("Executive Board, 16 October 2026")
    d.add_heading("1. Scrutiny", level=2)
    d.add_paragraph("A network meeting for scrutiny chairs took place in July 2026.",
                    style="List Bullet")
    anchor = d.add_paragraph("Key points are set out in the box.")
    item = "A scrutiny self-evaluation tool will be published in January 2027."
    anchor._p.append(parse_xml(
        f"<w:r {_NS}><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        f"<wps:txbx>{_box('Progress in the quarter:')}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{_box('Progress in the quarter:')}"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"))
    bullet = d.add_paragraph("", style="List Bullet")
    bullet._p.append(parse_xml(
        f"<w:r {_NS}><w:t>{item}</w:t></w:r>"))
    d.add_heading("2. Funding", level=2)
    box = d.add_paragraph("")
    box._p.append(parse_xml(
        f"<w:r {_NS}><w:pict><v:shape><v:textbox>"
        f"{_box('The Welsh Government improvement grant is £760,000 for 2026-27.')}"
        "</v:textbox></v:shape></w:pict></w:r>"))
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def test_the_text_of_a_text_box_is_read_once(tmp_path):
    path = tmp_path / "update.docx"
    path.write_bytes(_paper())
    grants = quietly(load_grants, path)
    assert grants["amount_gbp"].tolist() == [760_000]
    assert grants["financial_year"].tolist() == ["2026-27"]
    from wlga_analysis.documents import read_document

    lines = read_document(path, "programme").lines
    assert sum("Progress in the quarter" in line for line in lines) == 1
    items = quietly(load_programme, path)
    assert items["item_id"].tolist() == ["1.1", "1.2"]
