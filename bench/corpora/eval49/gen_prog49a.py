"""prog49a: a WLGA programme update whose STATUS IS SHOWN ONLY BY CELL SHADING (programme
kind): "WLGA Decarbonisation Support Programme 2025-26: Quarter 2 progress report", to the
WLGA Climate Change Member Group, 4 December 2025 (programme, officers, figures invented).

Layout: a key at the top "Blue = complete, Green = on track, Amber = at risk, Red = off track"
(swatches beside words), then a table per priority `No. | Action | Lead | Target date | RAG |
Commentary`, the RAG cell filled and EMPTY; a closing "Resources" paragraph with two grants,
a per-partnership share and the WLGA's own contribution (not grants).
The reading (shaded forms): items the rows (16), text the Action cell, section the priority's
number, status the fill through the key (Blue done, Green in progress, Amber and Red at
risk), quarter the 2025-26 quarter of the Target date, partners organisations named in the
Action or Commentary.
The .txt is Word's "Save as Plain Text" of the same file: the shading is LOST, so its reading
(a second reading file, `...--txt.json`) gives a status only where the Commentary says it in
words (completed / published / launched / briefed / confirmed done; paused / slipped /
postponed / behind schedule at risk) and None where the Commentary is silent; everything else
as the shaded forms.
Forms: .docx Word tables (w:shd fill on the RAG cell), .html the WLGA meeting page (class
"rag rag-green" with a CSS rule), .pdf a landscape print (filled rectangles), .txt Word's
plain text (cells TAB-separated, CRLF)."""
from __future__ import annotations

import common49 as C
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "prog49a-decarbonisation-rag-shaded"
TITLE = "WLGA Decarbonisation Support Programme 2025-26: Quarter 2 progress report"
DATE = "2025-12-04"
MEETING = "Climate Change Member Group – 4 December 2025"
HEAD = ["No.", "Action", "Lead", "Target date", "RAG", "Commentary"]
ST = {"Blue": "done", "Green": "in progress", "Amber": "at risk", "Red": "at risk"}
KEY = [("Blue", "complete"), ("Green", "on track"), ("Amber", "at risk"), ("Red", "off track")]
# (priority, [(action, lead, target, rag, commentary, quarter, partners, txt_status)])
PRIORITIES = [
    ("Carbon reporting and route maps", [
        ("Publish the 2024-25 all-Wales council carbon emissions report",
         "Head of Climate Change", "30/09/2025", "Blue",
         "Completed. Published on 18 September 2025 with the data validated by Data Cymru.",
         "2025-26 Q2", ["Data Cymru"], "done"),
        ("Refresh the net zero reporting guidance for councils", "Climate Policy Officer",
         "31/12/2025", "Green",
         "Draft shared with the Society of Welsh Treasurers; comments due 14 November.",
         "2025-26 Q3", ["Society of Welsh Treasurers"], None),
        ("Help the six councils without an adopted net zero route map to adopt one",
         "Climate Change Support Manager", "31/03/2026", "Green",
         "Four of the six have adopted route maps; cabinet dates for the other two are set for "
         "January and February.", "2025-26 Q4", [], None),
        ("Commission an independent review of council carbon offsetting practice",
         "Head of Climate Change", "31/01/2026", "Red",
         "Procurement paused after no compliant bids were received; to be re-advertised in "
         "December.", "2025-26 Q4", [], "at risk"),
    ]),
    ("Buildings and fleet", [
        ("Brief every council on the Re:fit Cymru energy efficiency framework",
         "Energy Programme Manager", "30/06/2025", "Blue",
         "All 22 councils briefed by the end of June 2025.", "2025-26 Q1", [], "done"),
        ("Produce a shared specification for electric refuse collection vehicles",
         "Fleet Decarbonisation Officer", "31/10/2025", "Amber",
         "Slipped to November 2025 while charging requirements are agreed with depot managers.",
         "2025-26 Q3", [], "at risk"),
        ("Set up a fleet charging working group in each of the four regions",
         "Fleet Decarbonisation Officer", "30/09/2025", "Blue",
         "The South East group met for the first time on 24 September.", "2025-26 Q2", [],
         None),
        ("Publish a heat decarbonisation toolkit for schools", "Energy Programme Manager",
         "March 2026", "Green", "Case studies collected from eight councils.", "2025-26 Q4",
         [], None),
    ]),
    ("Nature recovery", [
        ("Allocate the Local Nature Partnerships grant to all 22 partnerships",
         "Nature Recovery Lead", "31/05/2025", "Blue",
         "Allocations confirmed to every partnership in May 2025.", "2025-26 Q1", [], "done"),
        ("Publish guidance on using council-owned land for nature networks",
         "Nature Recovery Lead", "31/12/2025", "Green",
         "A working group of ecologists from nine councils has met three times.",
         "2025-26 Q3", [], None),
        ("Map council grass verges suitable for reduced mowing", "GIS Officer", "28/02/2026",
         "Amber", "Data received from 15 councils; seven to follow.", "2025-26 Q4", [], None),
        ("Run a nature recovery briefing for elected members", "Member Development Officer",
         "31/03/2026", "Red",
         "Postponed when the trainer withdrew; no new date has been set.", "2025-26 Q4", [],
         "at risk"),
    ]),
    ("Skills and capacity", [
        ("Launch a carbon literacy e-learning module with Academi Wales",
         "Climate Change Support Manager", "31/07/2025", "Blue",
         "Launched on 9 July 2025; 1,240 council staff have completed it.", "2025-26 Q2",
         ["Academi Wales"], "done"),
        ("Recruit two regional climate change advisers", "Head of Climate Change",
         "30/11/2025", "Green", "Interviews are on 12 November.", "2025-26 Q3", [], None),
        ("Hold the annual climate conference for councils", "Events Officer", "February 2026",
         "Green", "Venue booked in Llandudno.", "2025-26 Q4", [], None),
        ("Deliver carbon-in-procurement training for council buyers with CIPFA",
         "Procurement Adviser", "31/03/2026", "Amber",
         "Behind schedule: 60 of the 150 places have been filled.", "2025-26 Q4", ["CIPFA"],
         "at risk"),
    ]),
]
INTRO = [
    "1. This report sets out progress on the WLGA Decarbonisation Support Programme at the end "
    "of quarter 2 of 2025-26 (30 September 2025), with commentary updated to 14 November.",
    "2. Each action is rated in the RAG column using the key below.",
]
RESOURCES = [
    "The programme is funded by the Welsh Government's Local Government Decarbonisation "
    "Support Grant of £540,000 for 2025-26. The WLGA also administers the Local Nature "
    "Partnerships Cymru grant of £1,320,000 for 2025-26, passed to the 22 partnerships at "
    "£60,000 each.",
    "The WLGA contributes £35,000 from its own budget towards the conference and member "
    "briefings.",
]
RECOMMENDATION = "That the Member Group notes progress on the programme."
AUTHOR = ["Author: Rhian Pugh, Head of Climate Change", "Tel: 029 2046 8600",
          "E-mail: rhian.pugh@wlga.gov.uk"]


def rows(n: int, acts):
    return [[f"{n}.{k}", a[0], a[1], a[2], a[3], a[4]] for k, a in enumerate(acts, 1)]


def reading(txt: bool = False) -> dict:
    items = []
    for n, (_p, acts) in enumerate(PRIORITIES, 1):
        for k, (text, _l, _t, rag, _c, q, partners, txt_status) in enumerate(acts, 1):
            items.append({"ref": f"{n}.{k}", "section": str(n), "text": text,
                          "status": txt_status if txt else ST[rag], "quarter": q,
                          "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": DATE,
            "priorities": [p for p, _a in PRIORITIES], "items": items,
            "grants": [{"grant": "Local Government Decarbonisation Support Grant",
                        "amount_gbp": 540000, "financial_year": "2025-26"},
                       {"grant": "Local Nature Partnerships Cymru grant",
                        "amount_gbp": 1320000, "financial_year": "2025-26"}]}


def write_txt() -> None:
    """Word's "Save as Plain Text": paragraphs a line each, a table row a line of TAB-separated
    cells (the empty RAG cell an empty field), the key table's swatch cells empty too."""
    lines = ["WLGA", MEETING, "", TITLE, "", "Purpose", ""] + INTRO + [""]
    lines.append("\t".join(x for c, w in KEY for x in ("", f"{c} = {w}")))
    lines.append("")
    for n, (p, acts) in enumerate(PRIORITIES, 1):
        lines += [f"Priority {n}: {p}", "", "\t".join(HEAD)]
        lines += ["\t".join(r[:4] + [""] + r[5:]) for r in rows(n, acts)]
        lines.append("")
    lines += ["Resources", ""] + RESOURCES + ["", "Recommendation", "", RECOMMENDATION, ""]
    lines += AUTHOR
    (C.OUT / f"{NAME}.txt").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


CSS = ("<style>.rag{width:4.5em}.rag-blue{background-color:#0070C0}"
       ".rag-green{background-color:#00B050}.rag-amber{background-color:#FFC000}"
       ".rag-red{background-color:#FF0000}.rag-key span.swatch{display:inline-block;"
       "width:1.2em;height:1.2em;vertical-align:middle;margin:0 .3em}</style>")


def write_html() -> None:
    body = [f'<p class="meeting">{C.esc(MEETING)}</p>', f"<h1>{C.esc(TITLE)}</h1>",
            "<h2>Purpose</h2>"] + [f"<p>{C.esc(x)}</p>" for x in INTRO]
    body.append('<p class="rag-key">Key: ' + ", ".join(
        f'<span class="swatch rag-{c.lower()}"></span>{c} = {w}' for c, w in KEY) + "</p>")
    for n, (p, acts) in enumerate(PRIORITIES, 1):
        body.append(f"<h2>Priority {n}: {C.esc(p)}</h2>")
        body.append('<table class="tracker"><thead><tr>'
                    + "".join(f'<th scope="col">{h}</th>' for h in HEAD) + "</tr></thead><tbody>")
        for r in rows(n, acts):
            body.append("<tr>" + "".join(f"<td>{C.esc(x)}</td>" for x in r[:4])
                        + f'<td class="rag rag-{r[4].lower()}"></td>'
                        + f"<td>{C.esc(r[5])}</td></tr>")
        body.append("</tbody></table>")
    body += ["<h2>Resources</h2>"] + [f"<p>{C.esc(x)}</p>" for x in RESOURCES]
    body += ["<h2>Recommendation</h2>", f"<p>{C.esc(RECOMMENDATION)}</p>",
             '<p class="author">' + "<br>".join(C.esc(x) for x in AUTHOR) + "</p>"]
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, "WLGA", ["Home", "Meetings", "Climate Change Member Group"], body,
        ["About us", "Our work", "Meetings", "Publications", "News", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff CF10 5BF",
        extra_head=CSS), encoding="utf-8")


def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=10)
    from docx.enum.section import WD_ORIENT
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    C.header_text(doc, "WLGA " + MEETING)
    C.footer_page_numbers(doc, "WLGA Decarbonisation Support Programme – Q2 2025-26")
    C.add_par(doc, "WLGA", bold=True, size=14)
    doc.add_heading(TITLE, level=0)
    doc.add_heading("Purpose", level=1)
    for x in INTRO:
        C.add_par(doc, x)
    key = doc.add_table(rows=1, cols=8)
    for i, (c, w) in enumerate(KEY):
        C.shade(key.rows[0].cells[2 * i], C.RAG_FILL[c])
        C.cell_text(key.rows[0].cells[2 * i + 1], f"{c} = {w}", size=9)
    C.add_par(doc)
    for n, (p, acts) in enumerate(PRIORITIES, 1):
        doc.add_heading(f"Priority {n}: {p}", level=1)
        tb = doc.add_table(rows=1, cols=len(HEAD))
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, HEAD):
            C.cell_text(c, h, bold=True)
            C.shade(c, "D9E2F3")
        for r in rows(n, acts):
            cells = tb.add_row().cells
            for i, x in enumerate(r):
                if i == 4:
                    C.cell_text(cells[i], "")
                    C.shade(cells[i], C.RAG_FILL[x])
                else:
                    C.cell_text(cells[i], x)
        C.add_par(doc)
    doc.add_heading("Resources", level=1)
    for x in RESOURCES:
        C.add_par(doc, x)
    doc.add_heading("Recommendation", level=1)
    C.add_par(doc, RECOMMENDATION)
    for x in AUTHOR:
        C.add_par(doc, x)
    doc.save(C.OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = C.pdf_styles(9)
    story = [C.P("<b>WLGA</b>", st["h1"]), C.P(C.esc(TITLE), st["title"]),
             C.P("Purpose", st["h1"])] + [C.P(C.esc(x), st["body"]) for x in INTRO]
    kc = []
    for c, w in KEY:
        kc += ["", C.P(f"{c} = {w}", st["cell"])]
    kt = Table([kc], colWidths=[8 * C.mm, 32 * C.mm] * 4)
    kt.setStyle(TableStyle([("BACKGROUND", (2 * i, 0), (2 * i, 0),
                             C.colors.HexColor("#" + C.RAG_FILL[c])) for i, (c, _w) in
                            enumerate(KEY)] + [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [kt, Spacer(1, 6)]
    widths = [12 * C.mm, 70 * C.mm, 42 * C.mm, 24 * C.mm, 14 * C.mm, 99 * C.mm]
    for n, (p, acts) in enumerate(PRIORITIES, 1):
        story.append(C.P(f"Priority {n}: {C.esc(p)}", st["h1"]))
        data = [[C.P(f"<b>{h}</b>", st["cell"]) for h in HEAD]]
        style = list(C.GRID) + [("BACKGROUND", (0, 0), (-1, 0), C.colors.HexColor("#D9E2F3"))]
        for k, r in enumerate(rows(n, acts), 1):
            data.append([C.P(C.esc(x), st["cell"]) if i != 4 else "" for i, x in enumerate(r)])
            style.append(("BACKGROUND", (4, k), (4, k), C.colors.HexColor("#" + C.RAG_FILL[r[4]])))
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
    story.append(C.P("Resources", st["h1"]))
    story += [C.P(C.esc(x), st["body"]) for x in RESOURCES]
    story += [C.P("Recommendation", st["h1"]), C.P(C.esc(RECOMMENDATION), st["body"])]
    story += [C.P(C.esc(x), st["small"]) for x in AUTHOR]
    C.build_pdf(C.OUT / f"{NAME}.pdf", story, "WLGA " + MEETING,
                "WLGA Decarbonisation Support Programme – Q2 2025-26", wide=True)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
