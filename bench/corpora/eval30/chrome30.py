"""Shared bits of eval30's generators: eval29's CMS page chrome (`../eval29/chrome29.py`,
imported, not copied, with eval28's block renderer and `../gen_common.py` behind it), a
GOV.WALES page, and Word list paragraphs numbered through numbering.xml."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))             # gen_common
sys.path.insert(0, str(HERE.parent / "eval29"))  # chrome29 (-> eval28/blocks28)

from chrome29 import B, page  # noqa: E402,F401
from gen_common import OxmlElement, esc, qn  # noqa: E402,F401

GOV_NAV = ["Business and economy", "Education", "Health and social care", "Local government",
           "Housing", "Welsh language"]
GOV_FOOT = "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"


def gov_page(title: str, crumbs: list[str], body: list[str]) -> str:
    return page(title, "GOV.WALES", crumbs, body, GOV_NAV, GOV_FOOT)


def numbered(p, num_id: int, level: int = 0):
    """Give a paragraph a real Word list number (w:numPr -> numbering.xml)."""
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else \
        pPr.find(qn("w:pStyle")).addnext(numPr)
    return p


BULLET_NUM = 1  # python-docx's default template: "List Bullet" uses numId 1 (a bullet list)


def bullet(container, text: str, level: int = 0, style: str = "List Paragraph"):
    """A bullet as PowerPoint's Word export and table cells write it: a List Paragraph with a
    bullet numbering (numId of the template's bullet list), the level in w:ilvl."""
    p = container.add_paragraph(style=style)
    p.add_run(text)
    return numbered(p, BULLET_NUM, level)
