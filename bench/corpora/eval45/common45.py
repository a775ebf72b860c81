"""eval45's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`), eval30's GOV.WALES page and Word list
numbering (`../eval30/chrome30.py`), eval34's one-level Word list (`../eval34/common34.py`),
eval35's multi-level Word list (`../eval35/common35.py`), eval43's Word box
(`../eval43/common43.py`) and eval23's column switch (`../eval23/gen_rec23b.py`), imported,
not copied; plus this corpus's new helpers: a Word text box as Word 2010+ writes it
(DrawingML `wps:txbx` with a VML fallback holding the same text), a ModernGov page, and a
designed two-column PDF with a sidebar frame on its first page."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30",
          HERE.parent / "eval34", HERE.parent / "eval35", HERE.parent / "eval43",
          HERE.parent / "eval23"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from common34 import new_list, set_num  # noqa: E402,F401
from common35 import multilevel  # noqa: E402,F401
from common43 import word_box  # noqa: E402,F401
from docx.oxml import parse_xml  # noqa: E402
from gen_common import esc  # noqa: E402
from gen_rec23b import cols  # noqa: E402,F401

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"')


def _txbx_paras(paras: list[tuple[str, bool, int]]) -> str:
    out = []
    for text, bold, size in paras:
        rpr = ("<w:b/>" if bold else "") + f'<w:color w:val="FFFFFF"/><w:sz w:val="{size * 2}"/>'
        out.append(f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr>'
                   f'<w:t xml:space="preserve">{esc(text, quote=False)}</w:t></w:r></w:p>')
    return "".join(out)


def text_box(paragraph, paras: list[tuple[str, bool, int]], fill: str, width_emu: int,
             height_emu: int, shape_id: int = 1, name: str = "Text Box 1") -> None:
    """Anchor a floating text box (square wrapping, right of the page margin) to `paragraph`
    as Word 2010+ saves it: mc:AlternateContent whose Choice is DrawingML (wps:wsp with
    wps:txbx) and whose Fallback is VML (v:shape with v:textbox); both hold the same text."""
    body = _txbx_paras(paras)
    wpt, hpt = width_emu / 12700, height_emu / 12700
    xml = (
        f'<w:r {W_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right'
        f'</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        f'</wp:posOffset></wp:positionV><wp:extent cx="{width_emu}" cy="{height_emu}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        f'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" '
        f'y="0"/><a:ext cx="{width_emu}" cy="{height_emu}"/></a:xfrm><a:prstGeom prst="rect">'
        f'<a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln>'
        f'<a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>{body}</w:txbxContent>'
        f'</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" '
        f'rIns="91440" bIns="91440" anchor="t"/></wps:wsp></a:graphicData></a:graphic>'
        f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" '
        f'coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke '
        f'joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name.replace(" ", "")}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{wpt:.1f}pt;height:{hpt:.1f}pt;'
        f'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" '
        f'fillcolor="#{fill}" stroked="f"><v:textbox><w:txbxContent>{body}</w:txbxContent>'
        f'</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    paragraph._p.append(parse_xml(xml))


def moderngov_page(council: str, host: str, committee: str, meeting: str, item: str,
                   body: list[str], docs: list[str]) -> str:
    """A ModernGov (mgAi.aspx) agenda item page: the council's banner, the democracy menu,
    the item heading, the report's text as ModernGov's Word conversion (div.mgWordPara),
    then the supporting documents list and the footer."""
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>Agenda item - {esc(item)}</title>",
         '<link rel="stylesheet" href="SiteSpecific/ssMgStyles.css"></head><body>',
         f'<div id="banner"><a href="https://{host}/"><img src="SiteSpecific/logo.png" '
         f'alt="{esc(council)}"></a><a href="mgAi.aspx?ID=31766&amp;LLL=1">Cymraeg</a></div>',
         '<div id="mgNav"><ul class="mgActionList">'
         + "".join(f"<li><a href=\"#\">{x}</a></li>" for x in (
             "Committees", "Calendar", "Councillors", "Decisions", "Forward Plans",
             "Search documents", "Subscribe to updates"))
         + "</ul></div>", '<div id="modgov"><div class="mgContent">',
         '<div class="mgBreadcrumb"><a href="#">Home</a> &gt; <a href="#">Committees</a> &gt; '
         f'<a href="#">{esc(committee)}</a> &gt; Agenda item</div>',
         '<h1 class="mgMainTitleTxt">Agenda item</h1>',
         f'<h2 class="mgSubTitleTxt">{esc(item)}</h2>',
         f'<ul class="mgBulletList"><li><a href="#">{esc(meeting)}</a></li></ul>',
         '<h3 class="mgSubTitleTxt">Report:</h3>', '<div class="mgWordPara">']
    h += body
    h += ["</div>", '<h3 class="mgSubTitleTxt">Supporting documents:</h3>',
          '<ul class="mgBulletList">'
          + "".join(f'<li><a href="#">{esc(d)}</a></li>' for d in docs) + "</ul>",
          "</div></div>",
          f'<div id="footer"><p>{esc(council)}</p><p><a href="#">Accessibility statement</a> | '
          '<a href="#">Privacy</a> | <a href="#">Cookies</a></p><p>Powered by ModernGov</p>'
          "</div></body></html>"]
    return "\n".join(h) + "\n"
