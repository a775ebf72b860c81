"""rec21a: the shipped kind itself, a Working Group's recommendations table "Area | Activity
underway or achieved | Recommendations" under theme headings, the area cell "Area N: name"
in bold over its remit, activities and recommendations numbered lists running on through
the whole table, each recommendation's owners in bold "(WLGA/WG)".

WLGA with the Welsh Government (real bodies and programme; content invented), "Diversity in
Democracy Working Group: recommendations", March 2026.
Forms: .html Google Docs "Download > Web page": every number a CSS counter (two lst-kix
lists continued from cell to cell: no "1." in any cell's text), owners bold only through a
generated class; .docx LibreOffice 24.2 "Save as Word 2007-365": numbering.xml "%1." lists
in the cells (cells of several paragraphs), the area name bold by the Strong character
style, header row in LibreOffice's "Table Heading" paragraph style; .pdf Chrome 131 "Save
as PDF" of the WLGA web page holding the table (cookie banner and navigation printed,
date/title header, URL and "n/N" footer, the table over two pages with its header row
repeated); .md a GitHub wiki page: pipe table with "<br>" inside cells, "{#id}" anchors.
"""
from forms21 import OUT, gdocs_html, write_docx, write_md, write_pdf

NAME = "rec21a-diversity-working-group"
TITLE = "Diversity in Democracy Working Group: recommendations"
LISTS = {"act": ("ol", ["%1."]), "rec": ("ol", ["%1."])}
# theme: [(area, remit, [activities], [(rec, owners)])]
THEMES = [
    ("Standing for election", [
        ("Candidate support", "To consider the support available to people thinking of standing for election and the barriers they face.",
         ["The Be a Councillor website was refreshed with new case studies and e-learning.",
          "The Access to Elected Office Fund was extended to disabled candidates for the 2027 elections."],
         [("That the Welsh Government extends the Access to Elected Office Fund to candidates with caring responsibilities and on low incomes.", ["WG"]),
          ("That every council holds a candidate information event at least six months before the 2027 local elections.", ["LG"])]),
        ("Political parties", "To consider how political parties select and support candidates.",
         ["All four political groups in the WLGA signed the Diversity in Democracy declaration.",
          "Voluntary diversity targets were discussed with party officers in the autumn."],
         [("That the WLGA asks political parties to publish diversity data on their candidates after each local election.", ["WLGA"]),
          ("That the WLGA and the Welsh Government fund a mentoring scheme for candidates from under-represented groups.", ["WLGA", "WG"])]),
    ]),
    ("Serving as a councillor", [
        ("Meeting arrangements", "To look at how council meetings and workloads can fit around work and caring.",
         ["Councils adopted multi-location meeting policies under the Local Government and Elections (Wales) Act 2021.",
          "A survey of councillors' meeting times was completed by 17 councils."],
         [("That every council reviews its meeting times in the first year after each election.", ["LG"]),
          ("That the Welsh Government and the WLGA issue joint guidance on family absence for councillors.", ["WLGA", "WG"]),
          ("That the Welsh Government asks the Independent Remuneration Panel for Wales to review the costs of care allowance.", ["WG"])]),
        ("Safety and online abuse", "To consider the safety of councillors and candidates, including online abuse.",
         ["The WLGA published guidance on handling online abuse, agreed with the four police forces.",
          "A joint statement on respectful debate was signed by all 22 council leaders."],
         [("That councils provide a personal safety assessment for every new councillor.", ["LG"]),
          ("That the WLGA, the Welsh Government and the police agree a protocol for reporting threats to councillors.", ["WLGA", "WG"])]),
    ]),
]


def reading() -> dict:
    areas, recs, acts = [], [], []
    r = a = 0
    for theme, rows in THEMES:
        for area, _remit, activities, rs in rows:
            areas.append({"area": area, "theme": theme})
            for t in activities:
                a += 1
                acts.append({"activity_no": str(a), "area": area, "text": t})
            for t, ow in rs:
                r += 1
                recs.append({"rec_id": str(r), "area": area, "text": t, "owners": ow})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def blocks(md: bool) -> list:
    b = [("title", TITLE), ("p", "Welsh Local Government Association and Welsh Government, March 2026"),
         ("h", 2, "Purpose of the Working Group"),
         ("p", "The Working Group was asked to agree actions so that council chambers better "
               "reflect the communities they serve before the 2027 local elections. Its "
               "recommendations go to the Partnership Council for Wales for agreement."),
         ("note", "note", "Owners: WLGA = Welsh Local Government Association; WG = Welsh Government; LG = local government (the councils).")]
    n = 0
    for theme, rows in THEMES:
        b.append(("h", 4, theme))
        trs = []
        for area, remit, activities, rs in rows:
            n += 1
            recs = [(0, [(t + " ", ""), (f"({'/'.join(ow)})", "b")], None) for t, ow in rs]
            trs.append([[("p", [(f"Area {n}: {area}", "b")]), ("p", remit)],
                        [("list", "act", [(0, t, None) for t in activities])],
                        [("list", "rec", recs)]])
        b.append(("table", ["Area", "Activity underway or achieved", "Recommendations"], trs, True))
    b.append(("p", [("Contact:", "b"), (" ", ""), ("Democratic Services team, WLGA", ("a", "https://www.wlga.wales/democratic-services"))]))
    return b


def main():
    b = blocks(False)
    (OUT / f"{NAME}.html").write_text(gdocs_html(b, LISTS, TITLE), encoding="utf-8")
    write_docx(b, LISTS, OUT / f"{NAME}.docx")
    write_pdf(b, LISTS, OUT / f"{NAME}.pdf", "chrome", f"{TITLE} | WLGA",
              "https://www.wlga.wales/diversity-in-democracy-working-group-recommendations",
              "27/03/2026, 14:05",
              ["We use cookies to make this website work and to see how it is used. Accept all cookies   Reject non-essential cookies   Cookie settings",
               "WLGA    Cymraeg    Search    Home  About us  Policy areas  Improvement  News  Publications  Contact us",
               "Home > Publications > Diversity in Democracy Working Group: recommendations"])
    (OUT / f"{NAME}.md").write_text(write_md(blocks(True), LISTS), encoding="utf-8")


if __name__ == "__main__":
    main()
