"""eval35's imports: `../gen_common.py`, eval28's block renderer (`../eval28/blocks28.py`),
eval29's CMS page chrome (`../eval29/chrome29.py`) and eval30's GOV.WALES page and Word
list numbering (`../eval30/chrome30.py`), imported, not copied; plus this corpus's one new
helper, a Word multi-level list (numbering.xml) applied to any paragraph by level."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for d in (HERE.parent, HERE.parent / "eval28", HERE.parent / "eval29", HERE.parent / "eval30"):
    sys.path.insert(0, str(d))

import blocks28 as B  # noqa: E402,F401
from chrome29 import page  # noqa: E402,F401
from chrome30 import gov_page, numbered  # noqa: E402,F401
from gen_common import OxmlElement, qn  # noqa: E402


def multilevel(doc, fmts: list[str], indent: int = 567) -> int:
    """A "Define New Multilevel List" in numbering.xml with the given lvlText per level
    ("%1", "%1.%2", "%1.%2.%3"), not linked to styles; returns its numId (apply it with
    `numbered(p, num_id, level)`). The numbers are Word's, not in the text."""
    numbering = doc.part.numbering_part.element
    ids = [int(x.get(qn("w:abstractNumId"))) for x in numbering.findall(qn("w:abstractNum"))]
    aid = max(ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, fmt in enumerate(fmts):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", fmt),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent * (ilvl + 1)))
        ind.set(qn("w:hanging"), str(indent))
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
    return nid
