"""prog49b: a council's "PLAN ON A PAGE" delivery plan summary (programme kind): Vale of
Glamorgan Council, "Annual Delivery Plan 2025-26 – Plan on a Page", position at 30 September
2025, to Cabinet on 5 November 2025 (real council; objectives, actions, notes and figures
invented).

Layout: page 1 one landscape page of tiles, a numbered tile per well-being objective with 3-4
short action phrases, each opening with a symbol ✔ / ◐ / ○ and closing with a note number;
a legend "✔ Complete ◐ In progress ○ Not yet started"; a "Funding 2025-26" tile with three
grants and the council's own capital programme. Page 2 "Detail notes" numbered 1-15, each
the dates and detail of the action that points at it.
The reading: items the action phrases (15), text the phrase without its symbol and note
number, section the tile's number, status the symbol (✔ done, ◐ in progress, ○ planned),
quarter the financial quarter of the date the action's NOTE looks to (the phrases carry no
dates), partners organisations named in the phrase or its note. Priorities the tiles'
names. Grants the three in the Funding tile (the council's capital programme is its own
money, not a grant).
Forms: .pdf the designed page (coloured tile headers, page 2 the notes), .html a CSS grid of
divs, .docx a 3 x 2 table of tiles (tile numbers typed, symbols typed, note numbers
superscript; the notes a real numbering.xml list after a page break), .md pandoc's export
of the Word file (a grid table, ^3^ superscripts, the notes `1.` list)."""
from __future__ import annotations

import common49 as C
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import PageBreak, SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "prog49b-plan-on-a-page"
COUNCIL = "Vale of Glamorgan Council"
TITLE = "Annual Delivery Plan 2025-26 – Plan on a Page"
SUB = "Position at 30 September 2025 · Cabinet, 5 November 2025"
DATE = "2025-11-05"
SYM = {"done": "✔", "in progress": "◐", "planned": "○"}
LEGEND = "✔ Complete   ◐ In progress   ○ Not yet started"
COLOURS = ["#1F6F8B", "#6A994E", "#BC6C25", "#3A5A40"]
# (objective, [(phrase, status, note, quarter, partners)])
TILES = [
    ("Healthy and connected communities", [
        ("Open the Barry community hub", "done",
         "Opened on 2 June 2025 in the former Central Library building.", "2025-26 Q1", []),
        ("Extend community transport to the rural Vale", "in progress",
         "Two new routes start in January 2026.", "2025-26 Q4", []),
        ("Recruit 40 new Shared Lives carers", "in progress",
         "26 carers recruited by September; the target is due by March 2026.", "2025-26 Q4",
         []),
        ("Review the leisure centre management contract", "planned",
         "The review starts in April 2026, using CIPFA benchmarking.", "2026-27 Q1",
         ["CIPFA"]),
    ]),
    ("Learning and skills for life", [
        ("Complete the Whitmore High School extension", "done",
         "Handed over to the school in August 2025.", "2025-26 Q2", []),
        ("Cut persistent absence in secondary schools", "in progress",
         "Down from 17% to 14%; end-of-year figures are due in July 2026.", "2026-27 Q2", []),
        ("Launch a Welsh-medium childcare offer in Penarth", "planned",
         "Planned to open in September 2026.", "2026-27 Q2", []),
        ("Pay the Real Living Wage to all council apprentices", "done",
         "In place from 1 April 2025.", "2025-26 Q1", []),
    ]),
    ("A thriving local economy", [
        ("Deliver phase 2 of the Barry Waterfront regeneration", "in progress",
         "Works are on site until December 2025.", "2025-26 Q3", []),
        ("Award Shared Prosperity Fund business grants", "done",
         "82 grants awarded by July 2025.", "2025-26 Q2", []),
        ("Publish a visitor economy strategy", "planned",
         "To be published by June 2026.", "2026-27 Q1", []),
    ]),
    ("Nature and climate", [
        ("Install solar panels on 12 council buildings", "in progress",
         "Seven installed; the other five by March 2026.", "2025-26 Q4", []),
        ("Adopt a nature recovery action plan for the Vale", "done",
         "Adopted by Cabinet on 10 July 2025.", "2025-26 Q2", []),
        ("Replace 30 fleet vans with electric vans", "in progress",
         "18 delivered; the remaining 12 are due in February 2026.", "2025-26 Q4", []),
        ("Plant 5,000 trees in the Cadoxton valley", "planned",
         "Planting begins in November 2026 with Natural Resources Wales.", "2026-27 Q3",
         ["Natural Resources Wales"]),
    ]),
]
FUNDING = [("Shared Prosperity Fund", "£1.9m"),
           ("Sustainable Communities for Learning grant", "£6.4m"),
           ("Local Transport Fund", "£0.75m"),
           ("Council capital programme", "£12.2m")]
FUND_NOTE = "Welsh Government and UK Government grants 2025-26; capital programme from council resources."


def numbered_actions():
    """[(tile no, objective, [(note no, phrase, status, note)])] with notes numbered 1-15."""
    k = 0
    out = []
    for n, (obj, acts) in enumerate(TILES, 1):
        rows = []
        for a in acts:
            k += 1
            rows.append((k, a[0], a[1], a[2]))
        out.append((n, obj, rows))
    return out


def reading() -> dict:
    items = []
    for n, (_o, acts) in enumerate(TILES, 1):
        for j, (phrase, status, _note, q, partners) in enumerate(acts, 1):
            items.append({"ref": f"{n}.{j}", "section": str(n), "text": phrase,
                          "status": status, "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": DATE,
            "priorities": [o for o, _a in TILES], "items": items,
            "grants": [{"grant": "Shared Prosperity Fund", "amount_gbp": 1900000,
                        "financial_year": "2025-26"},
                       {"grant": "Sustainable Communities for Learning grant",
                        "amount_gbp": 6400000, "financial_year": "2025-26"},
                       {"grant": "Local Transport Fund", "amount_gbp": 750000,
                        "financial_year": "2025-26"}]}


def notes():
    return [(k, note) for _n, _o, rows in numbered_actions() for k, _p, _s, note in rows]


# ------------------------------------------------------------------ web page
CSS = ("<style>.poap{display:grid;grid-template-columns:repeat(3,1fr);gap:1rem}"
       ".tile{border-radius:6px;padding:.8rem;background:#f4f6f8}.tile h2{color:#fff;"
       "margin:-.8rem -.8rem .6rem;padding:.5rem .8rem;border-radius:6px 6px 0 0}"
       ".tile ul{list-style:none;padding:0}.sym{font-weight:bold;margin-right:.3em}"
       ".badge{display:inline-block;border-radius:50%;background:#fff;color:#333;"
       "width:1.6em;text-align:center;margin-right:.4em}</style>")


def write_html() -> None:
    body = [f'<p class="council">{C.esc(COUNCIL)}</p>', f"<h1>{C.esc(TITLE)}</h1>",
            f'<p class="sub">{C.esc(SUB)}</p>', '<div class="poap">']
    for n, obj, rows in numbered_actions():
        body.append(f'<div class="tile tile-{n}"><h2 style="background:{COLOURS[n - 1]}">'
                    f'<span class="badge">{n}</span>{C.esc(obj)}</h2><ul>')
        for k, phrase, status, _note in rows:
            body.append(f'<li><span class="sym" aria-label="{status}">{SYM[status]}</span>'
                        f'{C.esc(phrase)}<sup><a href="#note-{k}">{k}</a></sup></li>')
        body.append("</ul></div>")
    body.append('<div class="tile tile-funding"><h2 style="background:#555">Funding 2025-26'
                "</h2><ul>" + "".join(f"<li>{C.esc(g)} <strong>{a}</strong></li>"
                                      for g, a in FUNDING)
                + f'</ul><p class="small">{C.esc(FUND_NOTE)}</p></div>')
    body.append(f'<div class="tile tile-legend"><h2 style="background:#999">Key</h2>'
                f"<p>{C.esc(LEGEND)}</p></div></div>")
    body.append('<h2 id="notes">Detail notes</h2><ol class="notes">'
                + "".join(f'<li id="note-{k}">{C.esc(t)}</li>' for k, t in notes()) + "</ol>")
    (C.OUT / f"{NAME}.html").write_text(C.page(
        TITLE, COUNCIL, ["Home", "Your council", "Strategies, plans and policies",
                         "Annual Delivery Plan"], body,
        ["Resident", "Business", "Working", "Visiting", "Your council"],
        "Vale of Glamorgan Council, Civic Offices, Holton Road, Barry CF63 4RU", extra_head=CSS),
        encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = C.new_docx(font="Arial", size=10)
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    C.footer_page_numbers(doc, COUNCIL + " – Annual Delivery Plan 2025-26")
    C.add_par(doc, COUNCIL, bold=True, size=12)
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, SUB)
    tb = doc.add_table(rows=2, cols=3)
    tb.style = "Table Grid"
    cells = [tb.rows[0].cells[0], tb.rows[0].cells[1], tb.rows[0].cells[2],
             tb.rows[1].cells[0], tb.rows[1].cells[1], tb.rows[1].cells[2]]
    for (n, obj, rows), cell in zip(numbered_actions(), cells):
        C.cell_text(cell, f"{n}  {obj}", bold=True, size=12)
        for k, phrase, status, _note in rows:
            p = C.add_par(cell, f"{SYM[status]} {phrase}")
            C.superscript(p, str(k))
    fc = cells[4]
    C.cell_text(fc, "Funding 2025-26", bold=True, size=12)
    for g, a in FUNDING:
        p = C.add_par(fc, g + " ")
        p.add_run(a).bold = True
    C.add_par(fc, FUND_NOTE, size=8)
    C.cell_text(cells[5], "Key", bold=True, size=12)
    C.add_par(cells[5], LEGEND)
    for i, cell in enumerate(cells):
        C.shade(cell, ["DCEAF0", "E3EEDB", "F4E6D8", "DDE5DE", "EEEEEE", "FFFFFF"][i])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Detail notes", level=1)
    nid = C.new_list(doc, "decimal", "%1.")
    for _k, t in notes():
        C.set_num(C.add_par(doc, t, style="List Paragraph"), nid)
    doc.save(C.OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ pandoc Markdown
def write_md() -> None:
    w = 34
    def tile(n, obj, rows):
        lines = C.wrap(f"**{n} {obj}**", width=w)
        for k, phrase, status, _note in rows:
            lines += [""] + C.wrap(f"{SYM[status]} {phrase}^{k}^", width=w)
        return lines

    acts = numbered_actions()
    cells = [tile(*a) for a in acts]
    fund = C.wrap("**Funding 2025-26**", width=w)
    for g, a in FUNDING:
        fund += [""] + C.wrap(f"{g} **{a}**", width=w)
    fund += [""] + C.wrap(FUND_NOTE, width=w)
    key = ["**Key**", ""] + C.wrap(LEGEND, width=w)
    out = [f"**{COUNCIL}**", "", f"# {TITLE}", "", SUB, ""]
    # pandoc writes a table without a header row with a first rule of "-" only
    grid = C.grid_table([cells[:3], [cells[3], fund, key]], [w, w, w])
    grid[len(grid) - 1 - (max(len(c) for c in [cells[3], fund, key]) + 1)] = \
        "+" + "+".join("-" * (w + 2) for _ in range(3)) + "+"
    out += grid + ["", "# Detail notes", ""]
    for k, t in notes():
        out += C.wrap(t, first=f"{k}.".ljust(4), rest="    ") + [""]
    (C.OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ designed PDF
def write_pdf() -> None:
    st = C.pdf_styles(9)
    size = landscape(A4)

    def tile(n, obj, rows, colour):
        head = C.P(f'<font color="white" size="12"><b>{n}&nbsp;&nbsp;{C.esc(obj)}</b></font>',
                   st["body"])
        body = [C.P(f'<font size="11">{SYM[s]}</font>&nbsp;{C.esc(p)}<super>{k}</super>',
                    st["body"]) for k, p, s, _n in rows]
        t = Table([[head]] + [[b] for b in body], colWidths=[82 * C.mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), C.colors.HexColor(colour)),
                               ("BACKGROUND", (0, 1), (0, -1), C.colors.HexColor("#F4F6F8")),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        return t

    acts = numbered_actions()
    tiles = [tile(*a, COLOURS[i]) for i, a in enumerate(acts)]
    fund = Table([[C.P('<font color="white" size="12"><b>Funding 2025-26</b></font>',
                       st["body"])]]
                 + [[C.P(f"{C.esc(g)} <b>{a}</b>", st["body"])] for g, a in FUNDING]
                 + [[C.P(C.esc(FUND_NOTE), st["small"])]], colWidths=[82 * C.mm])
    fund.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), C.colors.HexColor("#555555")),
                              ("BACKGROUND", (0, 1), (0, -1), C.colors.HexColor("#EEEEEE"))]))
    legend = Table([[C.P(f'<font size="10">{LEGEND}</font>', st["body"])]],
                   colWidths=[82 * C.mm])
    legend.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, C.colors.grey)]))
    grid = Table([[tiles[0], tiles[1], tiles[2]], [tiles[3], fund, legend]],
                 colWidths=[86 * C.mm] * 3)
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    story = [C.P(f"<b>{C.esc(COUNCIL)}</b>", st["body"]),
             C.P(C.esc(TITLE), st["title"]), C.P(C.esc(SUB), st["body"]), Spacer(1, 4), grid,
             PageBreak(), C.P("Detail notes", st["h1"])]
    story += [C.P(f"{k}.&nbsp;&nbsp;{C.esc(t)}", st["body"]) for k, t in notes()]

    def foot(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7)
        canv.drawString(15 * C.mm, 8 * C.mm, f"{COUNCIL} · Annual Delivery Plan 2025-26")
        canv.drawRightString(size[0] - 15 * C.mm, 8 * C.mm, str(doc.page))
        canv.restoreState()

    d = SimpleDocTemplate(str(C.OUT / f"{NAME}.pdf"), pagesize=size, leftMargin=15 * C.mm,
                          rightMargin=15 * C.mm, topMargin=12 * C.mm, bottomMargin=14 * C.mm,
                          title=TITLE)
    d.build(story, onFirstPage=foot, onLaterPages=foot)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
