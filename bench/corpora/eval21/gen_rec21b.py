"""rec21b: a close variant of the shipped kind: one table "Area | What has been done | What
we recommend" (no theme headings, no "Area N:" labels, the area a bold name over its
remit), activities as unnumbered bullets, recommendations as paragraphs "R1 That ..." each
followed by a paragraph "Lead: Welsh Government" (the owners in words, not codes).

WLGA Local Government Decarbonisation Strategy Panel (real panel; content invented),
"Decarbonisation Strategy Panel: progress review and recommendations", November 2026.
Forms: .html Google Docs "Download > Web page" (bullets lst-kix ul lists, "R1" bold only
through a generated class, the "Lead:" line a separate <p> in the same cell); .docx
LibreOffice 24.2 "Save as Word" (cells of several paragraphs, "R1" in the Strong
character style, header row "Table Heading" style, bullets from numbering.xml); .pdf
LibreOffice 24.2 "Export as PDF" of the same file (larger headings, the table WITHOUT
ruling lines, bullets in hanging indents, no page header or footer); .md a GitHub wiki
page: one "### Area {#anchor}" section per row instead of the table, "- [x]" for achieved
and "- [ ]" for underway activities, the recommendations as paragraphs.
"""
from forms21 import OUT, gdocs_html, write_docx, write_md, write_pdf

NAME = "rec21b-decarbonisation-panel"
TITLE = "Decarbonisation Strategy Panel: progress review and recommendations"
LISTS = {"bul": ("ul", None)}
LEAD = {"Welsh Government": ["WG"], "Councils": ["LG"], "WLGA": ["WLGA"],
        "Councils, with the WLGA": ["LG", "WLGA"], "Welsh Government and WLGA": ["WG", "WLGA"]}
# (area, remit, [(activity, achieved)], [(rec, lead)])
AREAS = [
    ("Buildings", "Heating, lighting and energy use in council buildings, including schools.",
     [("Heat decarbonisation surveys of 300 council buildings were completed.", True),
      ("A pipeline of low carbon heat projects for 2027-28 is being prepared.", False)],
     [("That the Welsh Government confirms a five-year capital programme for decarbonising public buildings.", "Welsh Government"),
      ("That councils share their building survey data through a single national platform.", "Councils, with the WLGA")]),
    ("Transport and fleet", "Council vehicles, depots and staff travel.",
     [("Twelve councils have agreed fleet transition plans.", True),
      ("Charging infrastructure at council depots is being mapped.", False)],
     [("That the Welsh Government and the WLGA agree a joint procurement route for electric heavy vehicles.", "Welsh Government and WLGA"),
      ("That every council sets a date by which its car fleet will be fully electric.", "Councils")]),
    ("Procurement", "The carbon in goods, works and services that councils buy.",
     [("A carbon reporting tool for procurement was tested in five councils.", True)],
     [("That the WLGA publishes common carbon clauses for council contracts.", "WLGA"),
      ("That the Welsh Government aligns its own procurement guidance with the common clauses.", "Welsh Government")]),
    ("Finance", "Paying for the transition to net zero.",
     [("Costed decarbonisation plans were completed by 18 councils.", True),
      ("Options for green bonds are being explored with CIPFA.", False)],
     [("That the Welsh Government allows councils to borrow over 40 years for invest-to-save decarbonisation schemes.", "Welsh Government"),
      ("That councils include decarbonisation costs in their medium-term financial plans.", "Councils")]),
]


def reading() -> dict:
    areas, recs, acts = [], [], []
    n = 0
    for area, _remit, activities, rs in AREAS:
        areas.append({"area": area, "theme": None})
        for t, _done in activities:
            acts.append({"activity_no": None, "area": area, "text": t})
        for t, lead in rs:
            n += 1
            recs.append({"rec_id": str(n), "area": area, "text": t, "owners": LEAD[lead]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def blocks(md: bool) -> list:
    b = [("title", TITLE), ("subtitle", "Local Government Decarbonisation Strategy Panel, November 2026"),
         ("h", 2, "Introduction"),
         ("p", "The Panel brings together council leaders and officers to steer local "
               "government's work towards a net zero public sector by 2030. This paper "
               "reviews progress since the Panel's last review and sets out what it "
               "recommends for 2027."),
         ("h", 2, "Progress and recommendations")]
    n = 0
    rows = []
    for area, remit, activities, rs in AREAS:
        recs = []
        for t, lead in rs:
            n += 1
            recs += [("p", [(f"R{n}", "b"), (" " + t, "")]), ("p", [("Lead: " + lead, "i")])]
        if md:
            b += [("h", 3, area), ("p", [(remit, "i")]), ("p", [("What has been done", "b")]),
                  ("list", "bul", [(0, t, done) for t, done in activities]),
                  ("p", [("What we recommend", "b")])] + recs
        rows.append([[("p", [(area, "b")]), ("p", remit)],
                     [("list", "bul", [(0, t, None) for t, _d in activities])], recs])
    if not md:
        b.append(("table", ["Area", "What has been done", "What we recommend"], rows, True))
    b += [("h", 2, "Next steps"),
          ("p", "The Panel will report progress on these recommendations to WLGA Council in "
                "March 2027.")]
    return b


def main():
    b = blocks(False)
    (OUT / f"{NAME}.html").write_text(gdocs_html(b, LISTS, TITLE), encoding="utf-8")
    write_docx(b, LISTS, OUT / f"{NAME}.docx")
    unruled = [x if x[0] != "table" else (x[0], x[1], x[2], False) for x in b]
    write_pdf(unruled, LISTS, OUT / f"{NAME}.pdf", "gdocs", TITLE)
    (OUT / f"{NAME}.md").write_text(write_md(blocks(True), LISTS), encoding="utf-8")


if __name__ == "__main__":
    main()
