"""rec50b: a WLGA MANIFESTO-STYLE "ASKS" DOCUMENT (recommendations kind): "For a Resilient
Wales: priorities for the next Welsh Government", the WLGA's Phase 2 paper for the 2026 Senedd
election, February 2026 (the real WLGA and its real Phase 1 "For a Resilient Wales" themes;
this paper's wording, asks and figures invented).

Layout: a foreword by the WLGA Leader (not items); per policy area a heading, a short intro
(figures, not asks), a shaded "Key ask" box repeating one of the area's bullets word for word,
"We are calling on the next Welsh Government to:" over bullets (the asks), and "Councils
will:" over one or two bullets (local government's own commitments); "About the WLGA" at the
end.
Forms: .pdf the designed print (cover, coloured area banners, the Key ask a shaded box beside
the intro, footer with page numbers); .html the WLGA website page (CMS chrome, `<aside
class="key-ask">`); .docx the Word master (Heading 1 areas, List Bullet bullets, the Key ask a
shaded one-cell table); .md pandoc's export of the Word file (`-   ` bullets, the box a
headerless one-cell grid table).

The reading: areas the five policy areas (no themes); recommendations every bullet, in
reading order, rec_id its place 1-18 (the bullets are unnumbered): the "calling on the next
Welsh Government to:" bullets owned by WG (WG and WLGA where the bullet says "with the WLGA");
the "Councils will:" bullets are recommendations too, local government's own commitments in
the paper's programme, owners LG; the Key ask box repeats a bullet and is counted once (not a
recommendation of its own); text the bullet as printed (without the lead-in); no activities
(the intros' facts are not work under way).
"""
from __future__ import annotations

import common50 as C
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

NAME = "rec50b-wlga-manifesto-asks"
TITLE = "For a Resilient Wales: priorities for the next Welsh Government"
DATE = "February 2026"
FOREWORD = (
    "Councils are the closest tier of government to our communities. Over the last five years "
    "they have kept services running through a pandemic, a cost-of-living crisis and the "
    "tightest budgets in a generation. This paper sets out what local government is asking of "
    "the next Welsh Government, and what councils will do in return. – Cllr Andrew Morgan OBE, "
    "WLGA Leader")
LEAD_WG = "We are calling on the next Welsh Government to:"
LEAD_LG = "Councils will:"
# area -> (intro, [WG asks (text, owners)], key ask index, [councils will])
AREAS = [
    ("Sustainable funding for local services",
     "Councils have absorbed more than £1 billion of unfunded pressures since 2021-22. "
     "One-year settlements make it impossible to plan.",
     [("agree a multi-year funding settlement for councils for the whole Senedd term, with "
       "indicative figures for at least three years;", ["WG"]),
      ("fully fund the cost of any new duty placed on councils, with a published assessment of "
       "costs before legislation is introduced;", ["WG"]),
      ("move at least half of the specific grants into the Revenue Support Grant by 2028-29.",
       ["WG"])],
     0,
     ["publish medium-term financial plans that show how services will be reshaped over the "
      "term."]),
    ("Social care",
     "Demand for adult social care has risen by 14% since 2019, and the cost of children's "
     "placements has doubled.",
     [("fund the full cost of paying the Real Living Wage to social care workers, including in "
       "commissioned services;", ["WG"]),
      ("work with the WLGA on a national plan to remove profit from children's residential care "
       "that protects existing placements during the transition;", ["WG", "WLGA"]),
      ("create a ring-fenced prevention fund of £50 million a year for community services that "
       "keep people out of hospital.", ["WG"])],
     0,
     ["commission children's placements together on a regional basis;",
      "work with health boards to end delayed transfers of care for people waiting for a "
      "package of care at home."]),
    ("Housing and homelessness",
     "More than 11,000 people, including 3,400 children, are living in temporary "
     "accommodation in Wales.",
     [("deliver a five-year capital programme for social and temporary housing;", ["WG"]),
      ("raise the Housing Support Grant in line with inflation in every year of the Senedd "
       "term;", ["WG"]),
      ("give councils the power to vary council tax premiums on second homes and empty homes "
       "by area within their boundaries.", ["WG"])],
     1,
     ["bring 2,000 empty homes back into use over the term."]),
    ("Working together in the regions",
     "Corporate Joint Committees are in place in all four regions, but their functions were "
     "set nationally.",
     [("let councils lead the design of regional working, rather than prescribing structures "
       "in legislation;", ["WG"]),
      ("review the Corporate Joint Committee regulations with the WLGA by the end of 2027.",
       ["WG", "WLGA"])],
     0,
     ["share back-office services wherever this saves money and protects front-line jobs."]),
    ("A digital Wales",
     "Councils handle more than 60 million online transactions a year, on systems that are "
     "often 15 years old.",
     [("fully resource a digital strategy for local government, with a £30 million fund for "
       "shared platforms;", ["WG"]),
      ("set common data standards for public services in Wales, developed with councils.",
       ["WG"])],
     0,
     ["adopt shared platforms for council tax, planning and licensing by 2029."]),
]
ABOUT = ("The Welsh Local Government Association (WLGA) represents the 22 local authorities in "
         "Wales, and the three fire and rescue authorities and three national park authorities "
         "are associate members.")


def recs() -> list[tuple[str, str, list[str]]]:
    out = []
    for name, _intro, asks, _key, will in AREAS:
        out += [(name, t, o) for t, o in asks]
        out += [(name, t, ["LG"]) for t in will]
    return out


def reading() -> dict:
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a[0], "theme": None} for a in AREAS],
            "recommendations": [{"rec_id": str(k), "area": a, "text": t, "owners": o}
                                for k, (a, t, o) in enumerate(recs(), 1)],
            "activities": []}


def key_ask(asks, key) -> str:
    t = asks[key][0].rstrip(";.")
    return t[0].upper() + t[1:] + "."


def write_md() -> None:
    L = [f"# {TITLE}", "", f"Welsh Local Government Association, {DATE}", "", "## Foreword",
         ""] + C.wrap(FOREWORD) + [""]
    for name, intro, asks, key, will in AREAS:
        L += [f"## {name}", ""] + C.wrap(intro) + [""]
        box = C.wrap("**Key ask:** " + key_ask(asks, key), width=66)
        w = 66
        L += ["+" + "-" * (w + 2) + "+"]
        L += ["| " + x.ljust(w) + " |" for x in box]
        L += ["+" + "-" * (w + 2) + "+", ""]
        L += [f"**{LEAD_WG}**", ""]
        for t, _o in asks:
            L += C.wrap(t, "-   ", "    ")
        L += ["", f"**{LEAD_LG}**", ""]
        for t in will:
            L += C.wrap(t, "-   ", "    ")
        L += [""]
    L += ["## About the WLGA", ""] + C.wrap(ABOUT) + [""]
    (C.OUT / f"{NAME}.md").write_text("\n".join(L), encoding="utf-8")


def write_html() -> None:
    b = [f"<h1>{C.esc(TITLE)}</h1>", f'<p class="date">Published: {DATE}</p>',
         '<p class="category">Category – Local Democracy and Governance, Finance</p>',
         "<h2>Foreword</h2>", f"<p>{C.esc(FOREWORD)}</p>"]
    for name, intro, asks, key, will in AREAS:
        b.append(f"<h2>{C.esc(name)}</h2>")
        b.append(f"<p>{C.esc(intro)}</p>")
        b.append('<aside class="key-ask" role="note"><p class="key-ask__label">Key ask</p>'
                 f"<p>{C.esc(key_ask(asks, key))}</p></aside>")
        b.append(f"<p><strong>{C.esc(LEAD_WG)}</strong></p><ul>"
                 + "".join(f"<li>{C.esc(t)}</li>" for t, _o in asks) + "</ul>")
        b.append(f"<p><strong>{C.esc(LEAD_LG)}</strong></p><ul>"
                 + "".join(f"<li>{C.esc(t)}</li>" for t in will) + "</ul>")
    b.append("<h2>About the WLGA</h2>")
    b.append(f"<p>{C.esc(ABOUT)}</p>")
    b.append('<p class="download"><a href="#">Download: For a Resilient Wales – Phase 2 (PDF, '
             "1.8 MB)</a></p>")
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "WLGA", ["Home", "Publications", "Senedd election 2026"], b,
        ["About us", "Our work", "Meetings", "Publications", "News", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff CF10 5BF"),
        encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=11)
    C.footer_page_numbers(doc, "For a Resilient Wales")
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, f"Welsh Local Government Association, {DATE}")
    doc.add_heading("Foreword", level=1)
    C.add_par(doc, FOREWORD)
    for name, intro, asks, key, will in AREAS:
        doc.add_heading(name, level=1)
        C.add_par(doc, intro)
        cell = C.word_box(doc, fill="FCE4D6")
        p = cell.paragraphs[0]
        r = p.add_run("Key ask: ")
        r.bold = True
        p.add_run(key_ask(asks, key))
        C.add_par(doc, LEAD_WG, bold=True)
        for t, _o in asks:
            C.add_par(doc, t, style="List Bullet")
        C.add_par(doc, LEAD_LG, bold=True)
        for t in will:
            C.add_par(doc, t, style="List Bullet")
    doc.add_heading("About the WLGA", level=1)
    C.add_par(doc, ABOUT)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(10)
    red = C.colors.HexColor("#A6192E")
    story = [Spacer(1, 60 * C.mm), C.P(f'<font color="#A6192E">{C.esc(TITLE)}</font>',
                                       st["title"]),
             C.P(f"Welsh Local Government Association · {DATE}", st["body"]), PageBreak(),
             C.P("Foreword", st["h1"]), C.P(C.esc(FOREWORD), st["body"])]
    for name, intro, asks, key, will in AREAS:
        banner = Table([[C.P(f'<font color="white"><b>{C.esc(name)}</b></font>', st["h1"])]],
                       colWidths=[174 * C.mm])
        banner.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), red)]))
        box = Table([[C.P("<b>KEY ASK</b>", st["cellb"])],
                     [C.P(C.esc(key_ask(asks, key)), st["body"])]], colWidths=[60 * C.mm])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C.colors.HexColor("#FCE4D6")),
                                 ("BOX", (0, 0), (-1, -1), 0.8, red)]))
        side = Table([[C.P(C.esc(intro), st["body"]), box]], colWidths=[110 * C.mm, 64 * C.mm])
        side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [Spacer(1, 4 * C.mm), banner, Spacer(1, 2 * C.mm), side,
                  C.P(f"<b>{C.esc(LEAD_WG)}</b>", st["body"])]
        story += [C.P("•&nbsp;&nbsp;" + C.esc(t), st["body"]) for t, _o in asks]
        story.append(C.P(f"<b>{C.esc(LEAD_LG)}</b>", st["body"]))
        story += [C.P("•&nbsp;&nbsp;" + C.esc(t), st["body"]) for t in will]
    story += [C.P("About the WLGA", st["h1"]), C.P(C.esc(ABOUT), st["body"])]
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, "For a Resilient Wales",
                "Welsh Local Government Association · wlga.wales")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
