"""eval46's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval30's GOV.WALES page and Word list
numbering (`../eval30/chrome30.py`), eval34's one-level Word list (`../eval34/common34.py`)
and eval35's multi-level Word list (`../eval35/common35.py`), imported, not copied; plus
this corpus's new helpers: a Word "o" bullet list (numbering.xml, Courier New "o" as Word's
second-level bullet), a Word check box content control (`w14:checkbox`, printed ☒ / ☐) and
a SharePoint modern page."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval34", HERE.parent / "eval35"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common34 import new_list, set_num  # noqa: E402,F401
from common35 import multilevel  # noqa: E402,F401
from docx.oxml import parse_xml  # noqa: E402
from gen_common import OxmlElement, esc, qn  # noqa: E402


def o_bullets(doc, indent: int = 1134) -> int:
    """A bullet list whose level-0 symbol is Word's "o" (Courier New), as Word prints the
    second level of its default bullets; returns its numId."""
    numbering = doc.part.numbering_part.element
    ids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = parse_xml(
        f'<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New" '
        f'w:hint="default"/></w:rPr></w:lvl></w:abstractNum>')
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(an)
    else:
        numbering.append(an)
    nums = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 1
    numbering.append(parse_xml(
        f'<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def checkbox(paragraph, checked: bool, sdt_id: int) -> None:
    """Prepend a check box content control (Developer > Check Box Content Control) to a
    paragraph: w:sdt with w14:checkbox, its content the MS Gothic glyph ☒ (2612) / ☐ (2610)."""
    glyph = "☒" if checked else "☐"
    xml = (f'<w:sdt {_W} {_W14}><w:sdtPr><w:id w:val="{sdt_id}"/><w14:checkbox>'
           f'<w14:checked w14:val="{1 if checked else 0}"/>'
           f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
           f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
           f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
           f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{glyph}</w:t></w:r>'
           f'</w:sdtContent></w:sdt>')
    el = parse_xml(xml)
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(el)
    else:
        paragraph._p.insert(0, el)


def sharepoint_page(site: str, title: str, body: list[str], modified: str) -> str:
    """A SharePoint Online modern page as the browser saves it: suite bar, site header and
    navigation, the page title, canvas sections of text web parts, the comments box."""
    h = ["<!DOCTYPE html>", '<html lang="en-GB" dir="ltr"><head><meta charset="utf-8">',
         f"<title>{esc(title)}</title></head><body>",
         '<div id="SuiteNavWrapper"><div class="o365sx-appName">SharePoint</div>'
         '<input type="search" placeholder="Search this site" aria-label="Search"></div>',
         f'<div class="ms-siteHeader"><span class="ms-siteHeader-siteName">{esc(site)}</span>'
         '<nav class="ms-HorizontalNav"><a href="#">Home</a> <a href="#">Documents</a> '
         '<a href="#">Pages</a> <a href="#">Site contents</a></nav>'
         '<button>Follow</button><button>Share</button></div>',
         '<div class="CanvasZone"><div class="pageTitle">'
         f'<h1 data-automation-id="pageHeader">{esc(title)}</h1>'
         f'<span class="authorByline">Last modified {esc(modified)}</span></div>',
         '<div class="CanvasSection"><div data-sp-feature-tag="Rich Text Editor" '
         'class="cke_editable rte--read">']
    h += body
    h += ["</div></div></div>",
          '<div class="ms-CommentsWrapper"><h2>Comments</h2><textarea aria-label="Add a '
          'comment"></textarea><button>Post</button></div></body></html>']
    return "\n".join(h) + "\n"
