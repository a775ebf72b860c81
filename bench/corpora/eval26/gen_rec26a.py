"""rec26a: an ESTYN THEMATIC REPORT: "Main findings" as numbered paragraphs 1 .. 9 that are
NOT recommendations (some say what "leaders need to" do), then "Recommendations" grouped by
addressee lead-ins "Schools should:", "Local authorities and regional consortia should:",
"The Welsh Government should:" with the numbering running on across the groups (R1-R3,
R4-R6, R7-R9), then "Case studies" in boxes describing what schools did (not
recommendations), and "Methods and evidence base".

Estyn (publisher real; report and content invented), "Attendance and engagement in secondary
schools: a thematic review", January 2026.
Forms: .md pandoc from Word (findings an ordered list "1.  ", recommendations "**R1** text"
paragraphs, case studies blockquotes); .html the Estyn website (cookie banner, nav,
"Download the full report" aside), findings `<ol start>`, recommendations `<p><strong>R1`;
.docx REAL WORD NUMBERING: findings a decimal list "%1.", recommendations one list with
level text "R%1" continuing across the three lead-ins (no R-number in the text), case studies
shaded one-cell tables; .pdf printed numbers.
"""
from __future__ import annotations

from shell26 import OUT, cms_page, docx, html_body, md, pdf

NAME = "rec26a-estyn-thematic-report"
TITLE = "Attendance and engagement in secondary schools: a thematic review"
META = "Estyn, Her Majesty's Inspectorate for Education and Training in Wales – January 2026"
INTRO = ("This report is written in response to a request for advice from the Cabinet "
         "Secretary for Education in the Minister's annual remit letter to Estyn for "
         "2024-2025. It considers how secondary schools, local authorities and regional "
         "consortia support pupils' attendance and engagement, and the barriers pupils and "
         "families face.")
FINDINGS = [
    "Overall attendance in secondary schools has improved since 2022 but remains well below "
    "pre-pandemic levels, particularly for pupils eligible for free school meals.",
    "In the most effective schools, leaders treat attendance as everyone's responsibility "
    "and link it closely to pupils' well-being and engagement in learning.",
    "In a few schools, leaders rely too heavily on sanctions and do not understand the "
    "reasons why individual pupils do not attend.",
    "Family engagement officers make a valuable contribution where their role is clear and "
    "they work closely with pastoral staff.",
    "Many schools collect a large amount of attendance data but do not analyse it well "
    "enough to identify patterns for groups of pupils.",
    "Leaders need to evaluate the impact of their attendance strategies more rigorously.",
    "Local authority education welfare services vary widely in capacity, and in a few "
    "authorities waiting times for support are too long.",
    "Regional consortia have provided helpful professional learning on attendance, but "
    "it has not reached all schools.",
    "National guidance on attendance is helpful, though schools are unclear how it fits "
    "with guidance on exclusions and on elective home education.",
]
RECS = [
    ("Schools", "Schools should:", ["Schools"], [
        "Analyse attendance data for groups of pupils, including those eligible for free "
        "school meals, and use it to plan support",
        "Work with families to understand the reasons for persistent absence and agree "
        "support with them",
        "Evaluate the impact of attendance strategies on pupils' engagement and progress",
    ]),
    ("Local authorities and regional consortia",
     "Local authorities and regional consortia should:", ["LG", "Regional consortia"], [
        "Make sure education welfare services have the capacity to respond to referrals "
        "promptly",
        "Provide professional learning on attendance that reaches all secondary schools",
        "Share effective practice on family engagement between schools",
    ]),
    ("The Welsh Government", "The Welsh Government should:", ["WG"], [
        "Clarify how attendance guidance fits with guidance on exclusions and elective home "
        "education",
        "Review the funding for family engagement officers so that schools can plan beyond "
        "one year",
        "Publish attendance data for groups of pupils at national and local authority level "
        "each term",
    ]),
]
CASES = [
    ("Case study: Ysgol Uwchradd Glanmor", [
        "The school set up an attendance team of a pastoral leader, a family engagement "
        "officer and a learning coach.",
        "Staff telephone families on the first morning of absence and visit homes after "
        "three days. Persistent absence fell from 31% to 19% in two years.",
    ]),
    ("Case study: Tawe Valley High School", [
        "Leaders analysed attendance by year group, period and subject and found that "
        "absence was highest in afternoon lessons for Year 9 pupils.",
        "The school changed its timetable and introduced an enrichment afternoon.",
    ]),
]
METHODS = ("Inspectors visited 14 secondary schools, met officers from eight local "
           "authorities and the regional consortia, and held discussion groups with 160 "
           "pupils and 45 parents.")


def blocks():
    b = [("title", TITLE), ("meta", META), ("h1", "Introduction"), ("p", INTRO),
         ("h1", "Main findings")]
    b += [("np", i, t) for i, t in enumerate(FINDINGS, 1)]
    b.append(("h1", "Recommendations"))
    n = 0
    for _area, lead, _own, recs in RECS:
        b.append(("lead", lead))
        items = []
        for t in recs:
            n += 1
            items.append((f"R{n}", t))
        b.append(("list", "R", items))
    b.append(("h1", "Case studies"))
    b += [("box", t, ps) for t, ps in CASES]
    b += [("h1", "Methods and evidence base"), ("p", METHODS)]
    return b


def reading() -> dict:
    recs, n = [], 0
    for area, _lead, owners, texts in RECS:
        for t in texts:
            n += 1
            recs.append({"rec_id": str(n), "rec_label": f"R{n}", "area": area, "text": t,
                         "owners": owners})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _l, _o, _r in RECS],
            "recommendations": recs, "activities": None}


if __name__ == "__main__":
    b = blocks()
    (OUT / f"{NAME}.md").write_text(md(b), encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(cms_page(TITLE, "Estyn", html_body(b),
                                               ["Home", "Improvement resources",
                                                "Thematic reports"]), encoding="utf-8")
    docx(b, OUT / f"{NAME}.docx", "Attendance and engagement in secondary schools",
         "Estyn – January 2026")
    pdf(b, OUT / f"{NAME}.pdf", "Attendance and engagement in secondary schools: a thematic "
        "review", "Estyn – January 2026")
    print(NAME, len(reading()["recommendations"]))
