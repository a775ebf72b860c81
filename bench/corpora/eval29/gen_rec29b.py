"""rec29b: a recommendations paper of the SHIPPED KIND by other hands, AS NUMBERED PARAGRAPHS
UNDER AREA HEADINGS: "The Future of Corporate Joint Committees: Report of the Joint WLGA /
Welsh Government Review Group", October 2026 (real bodies and CJCs, the four established by
the Local Government and Elections (Wales) Act 2021; group, text and figures invented).

Layout (not tried by eval11-14 or eval21): themes as "Part A – ..." headings, areas as
lettered sub-headings "A1 Scrutiny and transparency"; under each area a sub-heading
"Activity underway" over paragraphs NUMBERED THROUGH THE WHOLE REPORT (1-4 are the
introduction, not activities), then "Recommendations" with each recommendation a bold
run-in "Recommendation N." paragraph (not in the paragraph numbering), its owners in brackets
at the end "(Lead: Welsh Government)", "(Lead: WLGA and councils)"; a closing "Next steps"
paragraph that is not a recommendation; signed by the two co-chairs.

The reading: areas the A1 .. C1 sub-headings (name without the "A1" label), theme the Part
heading's name; activities the numbered paragraphs under "Activity underway" with their
paragraph number as activity_no; recommendations 1-8 with the Lead owners as codes
(Welsh Government = WG, councils = LG).
Forms: .md pandoc from the Word file ("5.  " numbered paragraphs, `**Recommendation 1.**`);
.html the WLGA website's publication page; .docx numbered paragraphs as ONE Word list (List
Number, numbering.xml; the numbers are not in the text), Heading 1 parts and Heading 2 areas;
.pdf A4 with hanging printed numbers.
"""
from __future__ import annotations

from chrome29 import B, page
from gen_common import (OUT, build_pdf, footer_page_numbers, header_text, new_docx,
                        pdf_styles)

NAME = "rec29b-cjc-review-group-paragraphs"
TITLE = ("The Future of Corporate Joint Committees: Report of the Joint WLGA / Welsh "
         "Government Review Group")
INTRO = [
    "The four Corporate Joint Committees (CJCs) were established on 1 April 2021 under the "
    "Local Government and Elections (Wales) Act 2021, with functions for strategic "
    "development planning, regional transport planning and economic well-being.",
    "In January 2026 the Minister and the WLGA Leader asked a joint review group of "
    "Welsh Government officials, council leaders and CJC chief executives to consider how "
    "CJCs should develop over the next five years.",
    "The group met six times between February and September 2026. This report sets out, for "
    "each area it considered, the activity already under way and its recommendations.",
    "The recommendations are for the Partnership Council for Wales to agree at its meeting "
    "on 3 December 2026.",
]
CODES = {"Welsh Government": ["WG"], "WLGA": ["WLGA"], "WLGA and councils": ["WLGA", "LG"],
         "councils": ["LG"], "Welsh Government and WLGA": ["WG", "WLGA"]}
# (part, [(code, area, [activities], [(rec, lead)])])
PARTS = [
    ("Part A – Governance and accountability", [
        ("A1", "Scrutiny and transparency",
         ["All four CJCs now have an overview and scrutiny sub-committee and a governance and "
          "audit sub-committee in place.",
          "The South West Wales CJC has webcast all its meetings since 2024 and the other "
          "three CJCs will do so from January 2027."],
         [("That each CJC publishes an annual report on its performance, including how it has "
           "responded to its scrutiny sub-committee's recommendations.", "WLGA and councils")]),
        ("A2", "Membership and voting",
         ["Each CJC has reviewed its standing orders since the 2022 local elections."],
         [("That the Welsh Government consults on allowing CJCs to co-opt non-voting members "
           "from health boards and further education colleges.", "Welsh Government"),
          ("That constituent councils review their CJC's voting arrangements after each "
           "ordinary local election.", "councils")]),
    ]),
    ("Part B – Functions and funding", [
        ("B1", "Regional transport planning",
         ["All four CJCs submitted draft regional transport plans to the Welsh Government in "
          "2025.",
          "Transport for Wales has seconded a planner to each CJC."],
         [("That the Welsh Government confirms a three-year funding settlement for regional "
           "transport planning from 2027-28.", "Welsh Government")]),
        ("B2", "Funding and financial sustainability",
         ["Levies on constituent councils rose by an average of 6 per cent in 2026-27."],
         [("That the WLGA and the Welsh Government agree a common funding framework for CJC "
           "core costs, including the levy, in time for 2028-29.", "Welsh Government and WLGA"),
          ("That the Welsh Government removes the requirement for a full statement of accounts "
           "where a CJC's gross spending is below £2.5 million.", "Welsh Government")]),
    ]),
    ("Part C – Future role", [
        ("C1", "Additional functions",
         ["The North Wales CJC took on the North Wales Growth Deal and its staff in April "
          "2025."],
         [("That further functions are given to a CJC only at the request of its constituent "
           "councils.", "Welsh Government"),
          ("That the WLGA facilitates a network of CJC chief executives and statutory officers "
           "to share practice.", "WLGA")]),
    ]),
]
NEXT = ("Next steps: the secretariat will report progress on the agreed recommendations to the "
        "Partnership Council in December 2027.")
SIGN = ["Cllr Sian Roberts, WLGA co-chair", "Dr Alun Evans, Welsh Government co-chair",
        "October 2026"]


def numbered():
    """Yield (paragraph number, part, area-tuple, activity) over the report's numbering."""
    n = len(INTRO)
    for part, areas in PARTS:
        for a in areas:
            for act in a[2]:
                n += 1
                yield n, part, a, act


def reading() -> dict:
    areas, recs, acts = [], [], []
    r = 0
    nums = {act: n for n, _p, _a, act in numbered()}
    for part, arealist in PARTS:
        for _code, area, activities, rr in arealist:
            areas.append({"area": area, "theme": part.split(" – ", 1)[1]})
            acts += [{"activity_no": str(nums[a]), "area": area, "text": a} for a in activities]
            for t, lead in rr:
                r += 1
                recs.append({"rec_id": str(r), "area": area, "text": t, "owners": CODES[lead]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def blocks() -> list:
    b: list = [("title", TITLE), ("meta", "October 2026"), ("h1", "Introduction"),
               ("ol", INTRO, 1)]
    n, r = len(INTRO), 0
    for part, arealist in PARTS:
        b.append(("h1", part))
        for code, area, activities, rr in arealist:
            b += [("h2", f"{code} {area}"), ("h3", "Activity underway"),
                  ("ol", activities, n + 1)]
            n += len(activities)
            b.append(("h3", "Recommendations"))
            for t, lead in rr:
                r += 1
                b.append(("bp", f"Recommendation {r}.", f"{t} (Lead: {lead})"))
    b += [("h1", "Next steps"), ("p", NEXT)] + [("p", s) for s in SIGN]
    return b


def write_md() -> None:
    text = B.md(blocks())
    lines = []
    for ln in text.splitlines():
        head, _sep, rest = ln.partition(". ")
        if head.isdigit() and rest:
            ln = f"{head}.  {rest}"
        lines.append(ln)
    (OUT / f"{NAME}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_html() -> None:
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Publications", "Reports"], B.html(blocks()),
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Joint WLGA / Welsh Government Review Group – Corporate Joint Committees")
    footer_page_numbers(doc, "October 2026")
    B.docx(blocks(), doc)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    build_pdf(OUT / f"{NAME}.pdf", B.pdf(blocks(), st), "The Future of Corporate Joint "
              "Committees", "Joint WLGA / Welsh Government Review Group")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
