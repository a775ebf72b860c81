"""series36 Q1: the WLGA Sector Support Programme 2025-26, quarter 1 update to the WLGA
Improvement and Governance Board (17 July 2025), as a Word document.

House style of this update: unnumbered "Purpose" / "Background" / "Progress by priority" /
"Funding" / "Recommendation" headings (Heading 1); the four priorities and their pieces of
work numbered by Word's OWN multi-level list (numbering.xml: the priority a Heading 2 at
level 0 "%1.", each piece of work a body paragraph at level 1 "%1.%2", no number typed),
each piece of work opening with a bold lead ("Scrutiny self-evaluation:"); the grants in
sentences under "Funding"; the Head of Improvement's sign-off.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, OxmlElement, add_par, footer_page_numbers, header_text,
                        new_docx, qn)

NAME = "series36-q1-2025-07"
TITLE = "WLGA Sector Support Programme 2025-26: Quarter 1 Update"
DATE = "17 July 2025"
PURPOSE = ("To update the Board on progress with the Sector Support Programme 2025-26 in the "
           "first quarter (April to June 2025).")
BACKGROUND = [
    "The Sector Support Programme is the WLGA's offer of sector-led improvement support to "
    "the 22 councils in Wales, agreed by Leaders in March 2025. It has four priorities: "
    "Governance and Scrutiny; Digital; Workforce; and Performance and Self-assessment.",
    "Progress is reported to the Board each quarter. Each piece of work below keeps its "
    "number for the year unless work is completed or added.",
]
PRIORITIES = [
    ("Governance and Scrutiny", [
        ("Scrutiny self-evaluation", "a self-evaluation toolkit for scrutiny committees is "
         "being tested with three councils and will be published in September 2025."),
        ("Lay member training", "a training programme for lay members of governance and "
         "audit committees is being planned with CIPFA; the sessions are scheduled to run "
         "from October to December 2025."),
        ("Member development charter", "work with councils to renew the Wales Charter for "
         "Member Support and Development is under way, and the charter assessments are due "
         "to be completed by March 2026."),
        ("Panel performance assessment", "refreshed guidance on panel performance "
         "assessments is being drafted with the Welsh Government and is expected in "
         "December 2025."),
    ]),
    ("Digital", [
        ("Cyber resilience exercises", "cyber incident exercises for all 22 councils are "
         "being planned with the Welsh Government's cyber resilience team and will run from "
         "November 2025."),
        ("Data dashboards", "Data Cymru is building shared performance dashboards for "
         "councils, due to go live in September 2025."),
        ("Generative AI guidance", "guidance on the safe use of generative AI in councils "
         "will be developed with the Digital Leaders Network, for publication by December "
         "2025."),
        ("Digital skills for councillors", "an e-learning module on digital skills for "
         "councillors is in development and will be available in quarter 4."),
        ("Data literacy for officers", "a data literacy course for middle managers is "
         "planned for January 2026."),
    ]),
    ("Workforce", [
        ("Workforce survey", "the all-Wales local government workforce survey closed on 30 "
         "June 2025; the findings and an action plan will be reported to the Board in "
         "September 2025."),
        ("Graduate scheme", "a shared graduate scheme for councils is being designed with "
         "Academi Wales, and recruitment will open in January 2026."),
        ("Social care recruitment campaign", "a national campaign to recruit social care "
         "workers, run with Social Care Wales, is planned for February 2026."),
    ]),
    ("Performance and Self-assessment", [
        ("Self-assessment network", "the self-assessment practitioners' network met in May "
         "2025, and two further workshops are planned for quarter 2."),
        ("Core performance measures", "Data Cymru will publish a first set of core "
         "performance measures for local government in December 2025."),
    ]),
]
FUNDING = [
    "The Welsh Government has awarded an improvement grant of £780,000 for 2025-26 to "
    "deliver the programme.",
    "A digital grant of £500,000 for 2025-26 funds the Chief Digital Officer for local "
    "government and the digital team.",
]
RECOMMENDATION = "The Board is asked to note the progress made in quarter 1."
SIGN_OFF = ["Author: Siân Pritchard, Head of Improvement", "E-mail: sian.pritchard@wlga.gov.uk"]


def add_multilevel(doc) -> int:
    """A multi-level list ("%1." / "%1.%2") in numbering.xml; its numId."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = "91", "91"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, text in ((0, "%1."), (1, "%1.%2")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text),
                         ("w:suff", "tab")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(567 + 567 * ilvl))
        ind.set(qn("w:hanging"), "567")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abs_id)
    num.append(ref)
    numbering.append(num)
    return int(num_id)


def number(p, level: int, num_id: int) -> None:
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    style = ppr.find(qn("w:pStyle"))
    if style is None:
        ppr.insert(0, numpr)
    else:
        style.addnext(numpr)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    num_id = add_multilevel(doc)
    header_text(doc, "WLGA Improvement and Governance Board – 17 July 2025 – Item 6")
    footer_page_numbers(doc, "Sector Support Programme 2025-26: Quarter 1 Update")
    add_par(doc, "WELSH LOCAL GOVERNMENT ASSOCIATION", bold=True)
    add_par(doc, "IMPROVEMENT AND GOVERNANCE BOARD", bold=True)
    add_par(doc, DATE)
    doc.add_heading(TITLE, level=0)
    doc.add_heading("Purpose", level=1)
    add_par(doc, PURPOSE)
    doc.add_heading("Background", level=1)
    for text in BACKGROUND:
        add_par(doc, text)
    doc.add_heading("Progress by priority", level=1)
    for priority, items in PRIORITIES:
        number(doc.add_heading(priority, level=2), 0, num_id)
        for lead, text in items:
            p = doc.add_paragraph()
            p.add_run(f"{lead}:").bold = True
            p.add_run(f" {text}")
            number(p, 1, num_id)
    doc.add_heading("Funding", level=1)
    for text in FUNDING:
        add_par(doc, text)
    doc.add_heading("Recommendation", level=1)
    add_par(doc, RECOMMENDATION)
    add_par(doc)
    for line in SIGN_OFF:
        add_par(doc, line)
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_docx()
