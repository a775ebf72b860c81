"""prog32a: a LATER update in a programme's series, written as a delta, of the SHIPPED KIND by
another hand: "WLGA Improvement Programme 2025-26: Update 3 – position at 31 December 2025",
to the WLGA Executive Board of 22 January 2026 (the real WLGA Improvement Programme, funded
by a Welsh Government grant; actions, officer and figures invented).

House style: numbered paragraphs 1-4 (Purpose, Background, Funding, Recommendation); a short
"Changes since the last update" list, each bullet opening with a bold tag NEW / UPDATED /
COMPLETED / CLOSED and an action's number ("COMPLETED 2.3 The data hub went live in
November."); then "Priorities and actions": EVERY action again under "Priority N: ..."
headings, numbered "1.1", "1.2", those carried forward unchanged marked "(no change)"; the
funding paragraph gives a grant whose amount changed ("increased from £400,000 to £450,000")
and one unchanged.

The reading: the items are the actions of "Priorities and actions" (12), each ONCE: the
change list only repeats some of them in other words and is not a second set of items;
section the priority's number; the text without the "(no change)" marker (a note on the
update, not the action's words); status from the action's own words (the change tag agrees:
COMPLETED and CLOSED actions say what was finished); quarter the 2025-26 quarter of the date
about the action's outstanding work where it gives one ("the third and final module will run
in February 2026 (rescheduled from December 2025 ...)" -> Q4). Grants: the Improvement
Programme grant at £450,000 (the amount now awarded: the increase was made in October 2025,
before this update, and the £400,000 is the superseded figure), the Digital Innovation Fund
£120,000, both 2025-26. Date: 2026-01-22 (the paper's date; 31 December 2025 is the position
it reports). Forms: .md pandoc's export of the Word file; .html the WLGA website's page; .docx
Word (List Number paragraphs 1-4, List Bullet change list, typed action numbers with a hanging
indent, italic "(no change)"); .pdf a print of the Word file (running header, Page N of M).
"""
from __future__ import annotations

import chrome32 as C
from chrome32 import page
from gen_common import OUT, build_pdf, footer_page_numbers, header_text, new_docx, pdf_styles

NAME = "prog32a-improvement-update-3-delta"
TITLE = "WLGA Improvement Programme 2025-26: Update 3 – position at 31 December 2025"
DATE_PRINTED = "22 January 2026"
PURPOSE = ["To update Members on the Improvement Programme 2025-26 at 31 December 2025, "
           "setting out what has changed since Update 2, and the full list of actions."]
BACKGROUND = ["The Improvement Programme supports sector-led improvement across the 22 "
              "councils. Update 1 (position at 30 June 2025) and Update 2 (position at 30 "
              "September 2025) were reported to the Executive Board in July and October 2025."]
CHANGES = [("COMPLETED", "2.3 The data hub went live in November."),
           ("CLOSED", "3.3 The chief executive mentoring pilot has ended and its evaluation "
                      "is published."),
           ("UPDATED", "1.2 The last scrutiny chairs' module has moved to February."),
           ("UPDATED", "2.1 All 22 councils now use the benchmarking tool."),
           ("UPDATED", "3.2 Officer peer recruitment has slipped to quarter 4."),
           ("NEW", "4.3 A residents' survey will be commissioned.")]
NOTE = ("Actions carried forward from Update 2 without change are marked (no change).")
# (priority, [(ref, text, no_change, status, quarter, partners)])
PRIORITIES = [
    ("Leadership and governance", [
        ("1.1", "The induction programme for new council leaders and cabinet members was "
         "delivered in June 2025, with 64 members attending.", True, "done", "2025-26 Q1", []),
        ("1.2", "The scrutiny chairs' development programme with the Centre for Governance "
         "and Scrutiny is under way; the third and final module will run in February 2026 "
         "(rescheduled from December 2025 at councils' request).", False, "in progress",
         "2025-26 Q4", ["Centre for Governance and Scrutiny"]),
        ("1.3", "Guidance on the role of lay members of Governance and Audit Committees will "
         "be published with CIPFA in March 2026.", True, "planned", "2025-26 Q4", ["CIPFA"]),
    ]),
    ("Data and performance", [
        ("2.1", "Data Cymru has extended the self-assessment benchmarking tool to all 22 "
         "councils; the last four councils joined in December 2025.", False, "done",
         "2025-26 Q3", ["Data Cymru"]),
        ("2.2", "A performance management maturity review is being piloted in three councils "
         "and will report by the end of Q4.", True, "in progress", "2025-26 Q4", []),
        ("2.3", "The data hub went live in November 2025 and is now used by 19 councils.",
         False, "done", "2025-26 Q3", []),
    ]),
    ("Peer support and challenge", [
        ("3.1", "Corporate peer challenges were held in Powys and Conwy in November 2025.",
         True, "done", "2025-26 Q3", []),
        ("3.2", "Recruitment of 12 new officer peers with the LGA has slipped because of the "
         "pay negotiations and is now expected in quarter 4.", False, "at risk",
         "2025-26 Q4", ["LGA"]),
        ("3.3", "The mentoring pilot for new chief executives with SOLACE ended in October "
         "2025 and its evaluation has been published; this action is closed.", False, "done",
         "2025-26 Q3", ["SOLACE"]),
    ]),
    ("Public engagement", [
        ("4.1", "Twelve councils have published public participation strategies reviewed by "
         "the WLGA and the remaining ten are due by 31 March 2026.", True, "in progress",
         "2025-26 Q4", []),
        ("4.2", "A toolkit on young people's participation was launched with the Children's "
         "Commissioner for Wales in September 2025.", True, "done", "2025-26 Q2",
         ["Children's Commissioner for Wales"]),
        ("4.3", "A national survey of residents' satisfaction with council services will be "
         "commissioned in February 2026.", False, "planned", "2025-26 Q4", []),
    ]),
]
FUNDING = ["The Welsh Government's Improvement Programme grant for 2025-26 was increased "
           "from £400,000 to £450,000 in October 2025 to fund the second phase of the data "
           "hub. The Digital Innovation Fund award of £120,000 for 2025-26 is unchanged."]
RECOMMENDATION = ["Members are asked to note the position at 31 December 2025 and the new "
                  "action 4.3."]
SIGNOFF = ["Author: Rhodri Bevan, Improvement Programme Manager",
           "E-mail: rhodri.bevan@wlga.gov.uk"]


def blocks() -> list:
    b: list = [("p", DATE_PRINTED), ("title", TITLE), ("h1", "Purpose"), ("ol", PURPOSE, 1),
               ("h1", "Background"), ("ol", BACKGROUND, 2),
               ("h1", "Changes since the last update"), ("tagul", CHANGES),
               ("h1", "Priorities and actions"), ("p", NOTE)]
    for i, (name, acts) in enumerate(PRIORITIES, 1):
        b.append(("h2", f"Priority {i}: {name}"))
        b += [("act", ref, t, "(no change)" if nc else "") for ref, t, nc, *_ in acts]
    b += [("h1", "Funding"), ("ol", FUNDING, 3), ("h1", "Recommendation"),
          ("ol", RECOMMENDATION, 4)] + [("p", s) for s in SIGNOFF]
    return b


def reading() -> dict:
    items = [{"ref": ref, "section": ref.split(".")[0], "text": t, "status": st,
              "quarter": q, "partners": partners}
             for _n, acts in PRIORITIES for ref, t, _nc, st, q, partners in acts]
    return {"kind": "programme", "title": TITLE, "date": "2026-01-22",
            "priorities": [n for n, _a in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement Programme grant", "amount_gbp": 450000,
                        "financial_year": "2025-26"},
                       {"grant": "Digital Innovation Fund", "amount_gbp": 120000,
                        "financial_year": "2025-26"}]}


def write_md() -> None:
    text = C.md(blocks())
    lines = []
    for ln in text.splitlines():          # pandoc: "1.  " ordered items
        head, _s, rest = ln.partition(". ")
        lines.append(f"{head}.  {rest}" if head.isdigit() and rest else ln.rstrip())
    (OUT / f"{NAME}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_html() -> None:
    body = [f'<p class="date"><time datetime="2026-01-22">{DATE_PRINTED}</time></p>'] + \
        C.html([b for b in blocks() if b != ("p", DATE_PRINTED)])
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Our work", "Improvement", "Executive Board papers"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA EXECUTIVE BOARD – 22 JANUARY 2026 – ITEM 5")
    footer_page_numbers(doc, "Improvement Programme 2025-26 – Update 3")
    C.docx(blocks(), doc)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    build_pdf(OUT / f"{NAME}.pdf", C.pdf(blocks(), pdf_styles(10)),
              "WLGA EXECUTIVE BOARD – 22 JANUARY 2026 – ITEM 5",
              "Improvement Programme 2025-26 – Update 3")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
