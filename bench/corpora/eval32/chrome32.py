"""Shared imports of eval32's generators: ../gen_common.py, eval28's block renderer
(`../eval28/blocks28.py`) and eval29's CMS page chrome (`../eval29/chrome29.py`), imported,
not copied; plus this corpus's one new helper, real Word numbering for numbered headings."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for p in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29"):
    sys.path.insert(0, str(p))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from gen_common import OxmlElement, qn  # noqa: E402


def heading_numbering(doc, levels: dict[int, str]) -> None:
    """Number the Heading N styles through numbering.xml, as Word's "Define New Multilevel
    List" linked to the heading styles writes it: levels {0: "%1", 1: "%1.%2"} puts "3" and
    "3.2" before Heading 1 and Heading 2 paragraphs; the numbers are not in the text."""
    numbering = doc.part.numbering_part.element
    ids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, fmt in levels.items():
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"),
                         ("w:pStyle", f"Heading{ilvl + 1}"), ("w:lvlText", fmt),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(567 + 284 * ilvl))
        ind.set(qn("w:hanging"), str(567 + 284 * ilvl))
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    nums = [int(x.get(qn("w:numId"))) for x in numbering.findall(qn("w:num"))]
    nid = max(nums + [0]) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(aid))
    num.append(ref)
    numbering.append(num)
    for ilvl in levels:
        st = doc.styles[f"Heading {ilvl + 1}"]
        ppr = st.element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(nid))
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)


# ------------------------------------------------------------------ prog32a's extra blocks
# ("tagul", [(TAG, text)]) a bullet list each item opening with a bold tag (NEW, UPDATED ...);
# ("act", ref, text, note) a numbered action paragraph "1.1 text", note an italic tail
# ("(no change)") or "".
def md(blocks) -> str:
    out = []
    for b in blocks:
        if b[0] == "tagul":
            out += [f"-   **{t}** {x}" for t, x in b[1]] + [""]
        elif b[0] == "act":
            out += [f"{b[1]} {b[2]}" + (f" *{b[3]}*" if b[3] else ""), ""]
        else:
            out.append(B.md([b]))
    return "\n".join(out)


def html(blocks) -> list[str]:
    from gen_common import esc
    h = []
    for b in blocks:
        if b[0] == "tagul":
            h.append("<ul>" + "".join(f"<li><strong>{esc(t)}</strong> {esc(x)}</li>"
                                      for t, x in b[1]) + "</ul>")
        elif b[0] == "act":
            h.append(f'<p class="action"><span class="ref">{b[1]}</span> {esc(b[2])}'
                     + (f" <em>{esc(b[3])}</em>" if b[3] else "") + "</p>")
        else:
            h += B.html([b])
    return h


def docx(blocks, doc, fill="D9D9D9") -> None:
    from gen_common import add_par
    from docx.shared import Cm
    for b in blocks:
        if b[0] == "tagul":
            for t, x in b[1]:
                p = add_par(doc, t, bold=True, style="List Bullet")
                p.add_run(" " + x)
        elif b[0] == "act":
            p = add_par(doc, f"{b[1]}\t{b[2]}")
            p.paragraph_format.left_indent = Cm(1.27)
            p.paragraph_format.first_line_indent = Cm(-1.27)
            if b[3]:
                r = p.add_run(" " + b[3])
                r.italic = True
        else:
            B.docx([b], doc, fill=fill)


def pdf(blocks, st, widths=None) -> list:
    from gen_common import P, esc
    from reportlab.lib.styles import ParagraphStyle
    hang = ParagraphStyle("hang", parent=st["body"], leftIndent=28, firstLineIndent=-28)
    story = []
    for b in blocks:
        if b[0] == "tagul":
            story += [P(f"•&nbsp;&nbsp;<b>{esc(t)}</b> {esc(x)}", st["body"]) for t, x in b[1]]
        elif b[0] == "act":
            story.append(P(f"{b[1]}&nbsp;&nbsp;&nbsp;{esc(b[2])}"
                           + (f" <i>{esc(b[3])}</i>" if b[3] else ""), hang))
        else:
            story += B.pdf([b], st, widths=widths)
    return story
