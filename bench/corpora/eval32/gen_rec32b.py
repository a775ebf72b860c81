"""rec32b: a recommendations report of the SHIPPED KIND by other hands, AS HEADED BLOCKS:
"Resilient Local Services: Report of the Joint WLGA / Welsh Government Working Group on
Service Resilience", March 2026 (real bodies named; the group, text and figures invented).

Layout: chapters numbered "3 Better services" (themes), areas numbered "3.2 Digital services"
(in Word the numbers are the heading styles' multilevel list, numbering.xml, not text); under
each area a bold "What is already happening" line over ONE paragraph of 2-3 sentences, each
sentence an activity; then each recommendation its own small heading "Recommendation 7"
(numbered through the report) followed by labelled paragraphs "What we recommend:", "Who
should act:", "By when:", "Why:". Chapters 1 Introduction (with "1.1 Membership"), 2
Background and 6 Next steps are not themes.

The reading: areas the numbered sub-headings of chapters 3-5 (5), name without the number,
theme the chapter's name; activities each sentence of the "What is already happening"
paragraph (11, unnumbered: activity_no None); recommendations 1-9, text the "What we
recommend:" paragraph without its label, owners from "Who should act:" ("The Welsh
Government and the WLGA." WG + WLGA; "Councils, supported by the WLGA." LG + WLGA). "1.1
Membership" is not an area; "By when:" and "Why:" are not part of the recommendation's text.
Forms: .md pandoc's export of the Word file (pandoc drops Word's automatic heading numbers:
"## Better services", "### Digital services", "#### Recommendation 7", "**What we
recommend:** ..."); .html the GOV.WALES publication page (typed numbers "3. Better services",
"3.2 Digital services"); .docx Heading 1/2 with multilevel list numbering, Heading 3
"Recommendation N"; .pdf a print of the Word file (numbers printed).
"""
from __future__ import annotations

import chrome32 as C
from chrome32 import B, page
from gen_common import OUT, build_pdf, footer_page_numbers, header_text, new_docx, pdf_styles

NAME = "rec32b-service-resilience-headed-blocks"
TITLE = ("Resilient Local Services: Report of the Joint WLGA / Welsh Government Working Group "
         "on Service Resilience")
CODES = {"The Welsh Government and the WLGA.": ["WG", "WLGA"], "Councils.": ["LG"],
         "The Welsh Government.": ["WG"], "Councils, supported by the WLGA.": ["LG", "WLGA"],
         "The WLGA.": ["WLGA"], "Councils and the Welsh Government.": ["LG", "WG"],
         "The WLGA and councils.": ["WLGA", "LG"]}
INTRO = [("Introduction", ["The Working Group was set up by the Partnership Council for Wales "
                           "in May 2025 to recommend how councils' key services can be made "
                           "more resilient to rising demand and financial pressure."],
          [("Membership", "The Group was co-chaired by the WLGA's spokesperson for finance "
            "and the Welsh Government's Director of Local Government, with five council "
            "leaders, three chief executives and officials of the Welsh Government.")]),
         ("Background", ["Demand for adult social care, homelessness services and school "
                         "transport has grown faster than council budgets since 2022-23. The "
                         "Group took evidence from councils, Audit Wales, Data Cymru and the "
                         "Centre for Digital Public Services."], [])]
# (theme, [(area, [activities], [(recommend, who, by when, why)])])
THEMES = [
    ("Better services", [
        ("Social care commissioning",
         ["The National Commissioning Board has published a national framework for care home "
          "fees.",
          "Six councils are piloting joint commissioning of domiciliary care with their health "
          "boards."],
         [("Develop a single national contract for domiciliary care, with fees set regionally.",
           "The Welsh Government and the WLGA.", "March 2028.",
           "Providers told us that 22 different contracts add cost without adding quality."),
          ("Publish each council's cost of care for older people every year.", "Councils.",
           "From 2026-27.", "Open figures will help councils and providers agree fair fees.")]),
        ("Digital services",
         ["The Centre for Digital Public Services is working with eight councils on common "
          "online forms.",
          "The WLGA's Chief Digital Officer has published a digital maturity assessment of all "
          "22 councils.",
          "A shared cyber security operations centre for councils went live in 2025."],
         [("Fund a shared platform for councils' online services, starting with council tax "
           "and waste.", "The Welsh Government.", "April 2027.",
           "Councils are each buying the same systems at a cost of about £9 million a year."),
          ("Adopt common data standards for housing, waste and council tax records.",
           "Councils, supported by the WLGA.", "March 2027.",
           "Common standards are the first step to sharing systems and data safely.")]),
    ]),
    ("Stronger places", [
        ("Planning capacity",
         ["Planning Aid Wales runs a bursary scheme for 15 planning students.",
          "Three councils in north Wales share a minerals and waste planning service."],
         [("Set up an all-Wales planning graduate scheme hosted by one council for all 22.",
           "The WLGA.", "September 2027.",
           "One in five planning posts in councils is vacant.")]),
        ("Climate adaptation",
         ["Every council has adopted a climate emergency action plan.",
          "Natural Resources Wales has mapped the flood risk of all council-owned buildings."],
         [("Publish guidance on adapting council buildings and roads to more extreme weather.",
           "The Welsh Government.", "December 2026.",
           "Councils have no common basis for deciding which buildings to protect first."),
          ("Agree a ten-year programme of flood resilience works for council-owned "
           "buildings at high risk.", "Councils and the Welsh Government.", "March 2028.",
           "Storm damage to council property cost £41 million between 2020 and 2025.")]),
    ]),
    ("People and skills", [
        ("Workforce resilience",
         ["The WLGA runs a national graduate scheme with 34 graduates.",
          "Councils have agreed a shared approach to the rates they pay for agency staff."],
         [("Extend the shared approach on agency rates to interim senior managers.",
           "The WLGA and councils.", "April 2027.",
           "Interim managers' day rates vary by up to 60 per cent between councils."),
          ("Fund a three-year pilot of shared specialist teams for social work, legal "
           "services and procurement.", "The Welsh Government.", "March 2029.",
           "Small councils cannot recruit or keep specialists on their own.")]),
    ]),
]
NEXT = ["The Partnership Council is asked to agree the recommendations at its meeting on 14 "
        "May 2026. The secretariat will report progress to the Partnership Council every six "
        "months."]
SIGN = ["Cllr Mari Rees and Tracey Burke, co-chairs", "March 2026"]


def reading() -> dict:
    areas, recs, acts, r = [], [], [], 0
    for theme, arealist in THEMES:
        for area, activities, rr in arealist:
            areas.append({"area": area, "theme": theme})
            acts += [{"activity_no": None, "area": area, "text": a} for a in activities]
            for what, who, _by, _why in rr:
                r += 1
                recs.append({"rec_id": str(r), "area": area, "text": what,
                             "owners": CODES[who]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def blocks(numbers: str) -> list:
    """numbers: "text" puts "3 " / "3.2 " in the heading text (PDF print, web page with
    dots), "" leaves them to Word's numbering (docx, and pandoc's export which drops them)."""
    def h(num, text, web_dot=False):
        if numbers == "pdf":
            return f"{num} {text}"
        if numbers == "web":
            return f"{num}. {text}" if "." not in num else f"{num} {text}"
        return text
    b: list = [("title", TITLE), ("meta", "March 2026")]
    ch = 0
    for name, paras, subs in INTRO:
        ch += 1
        b.append(("h1", h(str(ch), name)))
        b += [("p", p) for p in paras]
        for k, (sub, text) in enumerate(subs, 1):
            b += [("h2", h(f"{ch}.{k}", sub)), ("p", text)]
    r = 0
    for theme, arealist in THEMES:
        ch += 1
        b.append(("h1", h(str(ch), theme)))
        for k, (area, activities, rr) in enumerate(arealist, 1):
            b += [("h2", h(f"{ch}.{k}", area)), ("bp", "What is already happening", ""),
                  ("p", " ".join(activities))]
            for what, who, by, why in rr:
                r += 1
                b += [("h3", f"Recommendation {r}"), ("bp", "What we recommend:", what),
                      ("bp", "Who should act:", who), ("bp", "By when:", by),
                      ("bp", "Why:", why)]
    ch += 1
    b += [("h1", h(str(ch), "Next steps"))] + [("p", p) for p in NEXT] + \
        [("p", s) for s in SIGN]
    return b


def write_md() -> None:
    lines = []
    for ln in B.md(blocks("")).splitlines():
        lines.append(ln.replace("** ", "**", 1) if ln == "**What is already happening** "
                     else ln.rstrip())
    (OUT / f"{NAME}.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_html() -> None:
    body = ['<p class="first-published">First published: 26 March 2026</p>'] + \
        B.html(blocks("web"))
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "GOV.WALES", ["Home", "Local government", "Partnership Council for Wales",
                             "Publications"], body,
        ["Business and economy", "Education", "Health and social care", "Local government",
         "Housing"], "Welsh Government, Cathays Park, Cardiff, CF10 3NQ"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    C.heading_numbering(doc, {0: "%1", 1: "%1.%2"})
    header_text(doc, "Resilient Local Services – Working Group report")
    footer_page_numbers(doc, "March 2026")
    B.docx(blocks(""), doc)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    build_pdf(OUT / f"{NAME}.pdf", B.pdf(blocks("pdf"), pdf_styles(10)),
              "Resilient Local Services", "Joint WLGA / Welsh Government Working Group")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
