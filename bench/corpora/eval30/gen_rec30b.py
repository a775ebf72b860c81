"""rec30b: a working group's recommendations of the SHIPPED KIND reported in a minister's
WRITTEN STATEMENT on GOV.WALES: "Written Statement: Report of the Local Government Financial
Sustainability Working Group", Jayne Bryant MS, Cabinet Secretary for Housing and Local
Government, 3 March 2026 (real office and real GOV.WALES written-statement form, as the 2018
and 2019 statements on the Working Group on Local Government; this group, its text and
figures invented).

Layout (not used by an earlier corpus): PROSE. Introductory paragraphs in the first person;
themes as h2 ("Financial planning"), areas as h3 ("Multi-year settlements"); under an area an
activity sentence "Work already under way includes ..." and recommendations either as
sentences "The group recommends that the Welsh Government and the WLGA jointly ..." or, in
two areas, a short list after "The group recommends:" ("that councils ...;", "...; and");
no numbers anywhere; owners only in the words of each recommendation; a sentence "The group
also considered ... and makes no further recommendation" and the closing first-person
paragraphs are not recommendations; one area with no activity.

The reading: themes the h2 names, areas the h3 names; recommendations 9, rec_id their place
in the statement (1-9), text the sentence or list item as printed (a list item without its
closing "; and"), owners the bodies the words name (the Welsh Government WG, the WLGA WLGA,
councils LG; "councils, with the WLGA" LG + WLGA); activities the "Work already under way
includes ..." sentences (5, no number).
Forms: .md pandoc's gfm of the GOV.WALES page (`##` themes, `###` areas, `-` list items);
.html the GOV.WALES page (chrome, "First published", "Part of"); .docx the Welsh Government's
written statement template (the "WRITTEN STATEMENT BY THE WELSH GOVERNMENT" box with TITLE /
DATE / BY rows), themes Heading 2, areas Heading 3, List Bullet items; .pdf A4 print of the
Word file with page numbers.
"""
from __future__ import annotations

from chrome30 import esc, gov_page
from gen_common import (OUT, P, add_par, cell_text, colors, mm, new_docx, pdf_styles, shade,
                        footer_page_numbers)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "rec30b-written-statement-working-group"
TITLE = "Written Statement: Report of the Local Government Financial Sustainability Working Group"
SHORT = "Report of the Local Government Financial Sustainability Working Group"
BY = "Jayne Bryant MS, Cabinet Secretary for Housing and Local Government"
DATE = "3 March 2026"
INTRO = [
    "In July 2025, with the Welsh Local Government Association (WLGA), I set up a working group "
    "of council leaders, chief executives, finance directors and Welsh Government officials to "
    "consider how the financial sustainability of local government can be strengthened over "
    "the medium term.",
    "The group met seven times between September 2025 and January 2026 and I am today "
    "publishing its report. I am grateful to Cllr Anthony Hunt, who chaired the group, and to "
    "all its members for their work.",
    "The group's recommendations are set out below under the three themes of its report.",
]
# (theme, [(area, activity or None, [(intro, text, owners)])])
# intro: "s" a sentence of its own, "l" an item of a list after "The group recommends:"
THEMES = [
    ("Financial planning", [
        ("Multi-year settlements",
         "Work already under way includes the publication of indicative figures for the "
         "following year alongside the final Local Government Settlement, which began in "
         "2024-25.",
         [("s", "The group recommends that the Welsh Government and the WLGA jointly develop a "
           "three-year settlement framework, to be used from the 2027-28 settlement.",
           ["WG", "WLGA"])]),
        ("Reserves",
         "Work already under way includes a review of councils' reserves policies by the "
         "Society of Welsh Treasurers, which is due to report in the summer.",
         [("s", "The group recommends that councils publish a reserves strategy alongside "
           "their medium-term financial plan each February.", ["LG"])]),
    ]),
    ("Income and charging", [
        ("Fees and charges",
         "Work already under way includes a WLGA survey of discretionary charges across the "
         "22 councils, which was completed in November 2025.",
         [("l", "that councils review their charging policies at least every two years so that "
           "the full cost of discretionary services is recovered", ["LG"]),
          ("l", "that the Welsh Government consults on raising the statutory caps on planning "
           "and licensing fees", ["WG"]),
          ("l", "that the WLGA publishes a benchmarking report on fees and charges each year",
           ["WLGA"])]),
        ("Council tax",
         "Work already under way includes the revaluation of domestic properties for council "
         "tax, which will take effect in April 2028.",
         [("s", "The group recommends that the Welsh Government and the WLGA jointly run a "
           "public information campaign before the revaluation takes effect.",
           ["WG", "WLGA"])]),
    ]),
    ("Working together", [
        ("Shared services",
         "Work already under way includes the joint procurement of a new social care case "
         "management system by eight councils in south-east Wales.",
         [("l", "that the WLGA keeps a register of shared services and publishes it each year",
           ["WLGA"]),
          ("l", "that the Welsh Government provides invest-to-save funding for collaborative "
           "projects between councils", ["WG"])]),
        ("Finance workforce", None,
         [("s", "The group recommends that councils, with the WLGA, develop a shared approach "
           "to recruiting finance professionals, including a graduate trainee scheme.",
           ["LG", "WLGA"])]),
    ]),
]
ASIDE = {"Council tax": "The group also considered the case for a visitor levy, which is now "
         "provided for in legislation, and makes no further recommendation on it."}
CLOSE = [
    "I welcome the group's report. I will consider its recommendations carefully with the "
    "WLGA and will set out the Welsh Government's formal response before the summer recess.",
    "I will also ask the Partnership Council for Wales to oversee the recommendations that "
    "are for local government.",
    "The report is available on the Welsh Government's website.",
]


def body_blocks() -> list:
    """("p", text) | ("h2", t) | ("h3", t) | ("ul", [items]) in reading order."""
    b: list = [("p", x) for x in INTRO]
    for theme, areas in THEMES:
        b.append(("h2", theme))
        for area, act, recs in areas:
            b.append(("h3", area))
            paras = [act] if act else []
            lst = [t for k, t, _o in recs if k == "l"]
            if lst:
                b += [("p", x) for x in paras] + [("p", "The group recommends:")]
                items = [t + (";" if i < len(lst) - 2 else "; and" if i == len(lst) - 2 else ".")
                         for i, t in enumerate(lst)]
                b.append(("ul", items))
            else:
                # the activity and the recommendation sentence(s) in one paragraph
                b.append(("p", " ".join(paras + [t for _k, t, _o in recs])))
            if area in ASIDE:
                b.append(("p", ASIDE[area]))
    b += [("p", x) for x in CLOSE]
    return b


def reading() -> dict:
    areas, recs, acts = [], [], []
    for theme, arealist in THEMES:
        for area, act, reclist in arealist:
            areas.append({"area": area, "theme": theme})
            if act:
                acts.append({"activity_no": None, "area": area, "text": act})
            for _k, t, owners in reclist:
                recs.append({"rec_id": str(len(recs) + 1), "area": area, "text": t,
                             "owners": owners})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": acts}


def write_md() -> None:
    out = [f"# {TITLE}", "", BY, "", f"First published: {DATE}", "",
           f"Last updated: {DATE}", ""]
    for k, x in body_blocks():
        if k == "p":
            out += [x, ""]
        elif k == "h2":
            out += [f"## {x}", ""]
        elif k == "h3":
            out += [f"### {x}", ""]
        else:
            out += [f"- {i}" for i in x] + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ['<div class="gw-header"><p class="gw-type">Written statement</p>',
         f"<h1>{esc(TITLE)}</h1>", f'<p class="statement-by">{esc(BY)}</p>',
         '<div class="first-published"><span>First published:</span> '
         f'<time datetime="2026-03-03">{DATE}</time></div>',
         '<div class="last-updated"><span>Last updated:</span> '
         f'<time datetime="2026-03-03">{DATE}</time></div>',
         '<p class="part-of">Part of: <a href="#">Local government finance</a></p></div>',
         '<div class="gw-article-body">']
    for k, x in body_blocks():
        if k == "p":
            h.append(f"<p>{esc(x)}</p>")
        elif k in ("h2", "h3"):
            h.append(f"<{k}>{esc(x)}</{k}>")
        else:
            h.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in x) + "</ul>")
    h += ["</div>", '<div class="share"><p>Share this page</p><a href="#">Facebook</a> '
          '<a href="#">X</a> <a href="#">Email</a></div>']
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Local government finance"], h), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    footer_page_numbers(doc, "")
    tb = doc.add_table(rows=4, cols=2)
    tb.style = "Table Grid"
    top = tb.cell(0, 0).merge(tb.cell(0, 1))
    cell_text(top, "WRITTEN STATEMENT\nBY\nTHE WELSH GOVERNMENT", bold=True, size=14)
    shade(top, "FFFFFF")
    for r, (k, v) in enumerate((("TITLE", SHORT), ("DATE", DATE), ("BY", BY)), 1):
        cell_text(tb.cell(r, 0), k, bold=True)
        cell_text(tb.cell(r, 1), v, bold=True)
    add_par(doc)
    for k, x in body_blocks():
        if k == "p":
            add_par(doc, x)
        elif k == "h2":
            doc.add_heading(x, level=2)
        elif k == "h3":
            doc.add_heading(x, level=3)
        else:
            for i in x:
                add_par(doc, i, style="List Bullet")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(11)
    h3 = st["h2"].clone("h3", fontSize=11, fontName="DejaVu-Bold")
    story = []
    box = Table([[P("<b>WRITTEN STATEMENT<br/>BY<br/>THE WELSH GOVERNMENT</b>", st["h1"]), ""],
                 [P("<b>TITLE</b>", st["body"]), P(f"<b>{esc(SHORT)}</b>", st["body"])],
                 [P("<b>DATE</b>", st["body"]), P(f"<b>{DATE}</b>", st["body"])],
                 [P("<b>BY</b>", st["body"]), P(f"<b>{esc(BY)}</b>", st["body"])]],
                colWidths=[30 * mm, 140 * mm])
    box.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                             ("SPAN", (0, 0), (1, 0)), ("ALIGN", (0, 0), (1, 0), "CENTER"),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [box, Spacer(1, 8 * mm)]
    for k, x in body_blocks():
        if k == "p":
            story.append(P(esc(x), st["body"]))
        elif k == "h2":
            story.append(P(esc(x), st["h1"]))
        elif k == "h3":
            story.append(P(esc(x), h3))
        else:
            story += [P("•&nbsp;&nbsp;" + esc(i), st["body"].clone("li", leftIndent=8 * mm,
                                                                   firstLineIndent=-5 * mm))
                      for i in x]

    def num(c, d):
        c.setFont("DejaVu", 9)
        c.drawCentredString(A4[0] / 2, 12 * mm, str(d.page))
    d = SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, leftMargin=20 * mm,
                          rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                          title=SHORT, author="Welsh Government")
    d.build(story, onFirstPage=num, onLaterPages=num)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
