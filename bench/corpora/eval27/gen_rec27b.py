"""rec27b: a CONFERENCE / SUMMIT REPORT WITH "CALLS TO ACTION": an introduction and a summary
of the opening addresses, then one section per workshop ("Workshop N: <topic>", the areas),
each with a "Summary of discussion" (prose that reports what delegates said, including
"should" sentences that are NOT calls to action) and "Calls to action" as unnumbered bullets,
some written "We call on the Welsh Government to ...", some "Councils should ...", others as
bare imperatives with no one named; then "Next steps" (what the organisers will do: NOT
recommendations) and a list of workshop facilitators.

The reading: the calls to action are the recommendations, numbered by their place through the
report (1-13; the bullets print no numbers); area the workshop's topic; owners the body the
bullet names (WG for the Welsh Government, LG for councils, both where both are named; none
for a bare imperative that names no one, even where the workshop's subject suggests one).
The discussion and the next steps are not recommendations. No activities.

Welsh Local Government Association with the Welsh Government and Cymorth Cymru (real bodies;
the summit and its content invented), "Ending Homelessness Summit 2026: report and calls to
action", summit held in Llandudno on 12 June 2026, report published 10 July 2026.
Forms: .md a pandoc Markdown file (YAML front matter, bullet lists); .html the WLGA news page
(CMS: cookie banner, nav, breadcrumbs, related links, footer); .docx Word with "List Bullet"
calls to action and numbered next steps from numbering.xml; .pdf A4 with running header.
"""
from __future__ import annotations

from shell27 import OUT, cms_page, docx, html_body, md, pdf

NAME = "rec27b-summit-calls-to-action"
TITLE = "Ending Homelessness Summit 2026: report and calls to action"
META = ("Welsh Local Government Association, Welsh Government and Cymorth Cymru – summit held "
        "at Venue Cymru, Llandudno, 12 June 2026; report published 10 July 2026")
INTRO = [
    "More than 180 people from the 22 councils, housing associations, health boards, the third "
    "sector and people with lived experience of homelessness met in Llandudno to discuss how "
    "Wales can meet its ambition that homelessness is rare, brief and unrepeated.",
    "The summit was opened by the WLGA's Spokesperson for Housing and by the Cabinet Secretary "
    "for Housing and Local Government, who set out the progress of the Homelessness and Social "
    "Housing Allocation (Wales) Bill. Delegates then took part in four workshops. This report "
    "summarises each discussion and the calls to action that delegates agreed at the closing "
    "plenary.",
]
# workshop: (topic, [discussion paragraphs], [(call, owners)])
WS = [
    ("Preventing homelessness", [
        "Delegates agreed that the new duties in the Bill will only work if public bodies "
        "identify risk early. Several councils described how referrals from health and "
        "probation arrive too late to prevent homelessness. Some delegates felt that schools "
        "should be part of the duty to refer, but there was no agreement on this.",
    ], [
        ("We call on the Welsh Government to publish statutory guidance on the duty to refer at "
         "least six months before the duty comes into force.", ["WG"]),
        ("Councils should set up a single referral route for all public bodies, with a named "
         "contact in each.", ["LG"]),
        ("Fund prevention work through a ring-fenced multi-year Housing Support Grant settlement.",
         []),
        ("Share data on evictions from the private rented sector across councils and Rent Smart "
         "Wales.", []),
    ]),
    ("Temporary accommodation", [
        "Use of bed and breakfast and hotels remains high in most areas. Delegates described "
        "the cost to councils and the harm to families, particularly children who move school. "
        "A housing association representative said landlords should do more to offer empty "
        "homes as temporary accommodation.",
    ], [
        ("We call on the Welsh Government to set a national standard for the quality of "
         "temporary accommodation, developed with councils.", ["WG"]),
        ("Councils and the Welsh Government should agree a timetable to end the use of bed and "
         "breakfast for families with children.", ["LG", "WG"]),
        ("Publish quarterly data on the number of children living in temporary accommodation in "
         "each council area.", []),
    ]),
    ("Increasing the supply of homes", [
        "The supply of social homes is not keeping pace with need. Delegates discussed the "
        "Transitional Accommodation Capital Programme, the cost of building to the Welsh "
        "Development Quality Requirements and the shortage of planners and surveyors.",
    ], [
        ("We call on the Welsh Government to confirm Social Housing Grant allocations for three "
         "years so that councils and housing associations can plan their pipelines.", ["WG"]),
        ("Councils should review their land holdings every year and release sites suitable for "
         "social housing.", ["LG"]),
        ("Bring long-term empty homes back into use through the national empty homes grant "
         "scheme.", []),
    ]),
    ("Support for people with complex needs", [
        "Delegates with lived experience described being passed between services. Workers "
        "described the difficulty of recruiting and keeping support staff on short-term "
        "contracts.",
    ], [
        ("We call on the Welsh Government to uplift Housing Support Grant contracts so that "
         "support workers are paid at least the Real Living Wage.", ["WG"]),
        ("Make Housing First available in every council area by 2028.", []),
        ("Health boards and councils should jointly commission mental health and substance use "
         "support for people who are homeless.", ["Health boards", "LG"]),
    ]),
]
NEXT = [
    "The WLGA will share this report with the Cabinet Secretary and all council leaders.",
    "The organisers will report progress on the calls to action at the WLGA annual conference "
    "in 2027.",
    "Cymorth Cymru will set up a lived experience panel to test the guidance on the duty to "
    "refer.",
]
FACILITATORS = ["Workshop 1: WLGA Housing Policy Officer", "Workshop 2: Welsh Government "
                "Homelessness Policy Branch", "Workshop 3: Community Housing Cymru",
                "Workshop 4: Cymorth Cymru"]


def blocks(form: str):
    b = [("title", TITLE), ("meta", META), ("h1", "Introduction")]
    b += [("p", t) for t in INTRO]
    for i, (topic, disc, calls) in enumerate(WS, 1):
        b.append(("h1", f"Workshop {i}: {topic}"))
        b.append(("h2", "Summary of discussion"))
        b += [("p", t) for t in disc]
        b.append(("h2", "Calls to action"))
        b.append(("list", "bullet", [("", c) for c, _o in calls]))
    b += [("h1", "Next steps"), ("list", "decimal", [(str(i), t) for i, t in enumerate(NEXT, 1)]),
          ("h1", "Workshop facilitators"), ("list", "bullet", [("", t) for t in FACILITATORS])]
    return b


def reading() -> dict:
    recs, n = [], 0
    for topic, _d, calls in WS:
        for c, o in calls:
            n += 1
            recs.append({"rec_id": str(n), "area": topic, "text": c, "owners": o})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": w[0], "theme": None} for w in WS],
            "recommendations": recs, "activities": None}


if __name__ == "__main__":
    (OUT / f"{NAME}.md").write_text(md(blocks("md"), [f"title: \"{TITLE}\"",
                                                      "author: Welsh Local Government Association",
                                                      "date: 2026-07-10", "lang: en-GB"]),
                                    encoding="utf-8")
    (OUT / f"{NAME}.html").write_text(
        cms_page(TITLE, "WLGA", html_body(blocks("html")), ["Home", "News", TITLE]),
        encoding="utf-8")
    docx(blocks("docx"), OUT / f"{NAME}.docx", "Ending Homelessness Summit 2026",
         "WLGA – Summit report")
    pdf(blocks("pdf"), OUT / f"{NAME}.pdf", "Ending Homelessness Summit 2026 – report and calls "
        "to action", "WLGA, Welsh Government and Cymorth Cymru")
    print(NAME, len(reading()["recommendations"]))
