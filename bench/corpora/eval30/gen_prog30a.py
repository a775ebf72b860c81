"""prog30a: a WLGA programme update of the SHIPPED KIND given as a SLIDE DECK: "WLGA
Improvement Programme 2025-26: Quarter 2 update", presented to the WLGA Executive Board on
21 November 2025 (the WLGA's real Improvement Programme, grant funded by the Welsh
Government at up to £800,000 a year, and the real Local Government Digital Transformation
Fund of £1m that the WLGA's digital team manages; slides, officer and figures invented).

Layout (not used by an earlier corpus): one priority per slide with a big slide title
"Priority 2: Digital transformation"; 3-5 short bullets per slide, each ENDING with a status
symbol and word from the deck's key ("✔ Complete", "● On track", "▲ Delayed", "○ Not
started"), dates as slides write them ("Jul–Sept 2025", "Jan 2026", "Q3", "from April
2026"); an agenda slide naming the priorities; a "Funding 2025-26" slide with two grants
("£800,000", "£1m") and spend as sub-bullets; an "Ask of the Board" slide; slide numbers and
a footer line on each slide.

The reading: items the bullets of the three priority slides (12), text without the closing
status marker; section the priority's number; status from the status word by the key
(Complete done, On track in progress, Delayed at risk, Not started planned); quarter the
2025-26 financial-year quarter of the date in the bullet ("Q3" alone is 2025-26 Q3, the
deck's year; "from April 2026" is 2026-27 Q1). Agenda, funding and ask bullets are not
items. Grants: the two on the funding slide, 2025-26 (the spend sub-bullets are not grants).
Forms: .md a Marp deck (front matter `marp: true`, `paginate`, `footer`, `---` slide
separators); .html a reveal.js page (one <section> per slide, a footer and a slide number in
each); .docx PowerPoint's "Create Handouts > Outline" export to Word ("Slide N" lines, slide
titles Heading 1, bullets List Paragraph with real bullet numbering); .pdf the slides printed
one per landscape 16:9 page.
"""
from __future__ import annotations

from chrome30 import bullet, esc
from gen_common import OUT, Pt, mm, new_docx, footer_page_numbers

NAME = "prog30a-improvement-programme-slides"
TITLE = "WLGA Improvement Programme 2025-26: Quarter 2 update"
DATE = "21 November 2025"
FOOTER = "WLGA Improvement Programme 2025-26 · Q2 update · Executive Board, 21 November 2025"
KEY = {"done": "✔ Complete", "in progress": "● On track", "at risk": "▲ Delayed",
       "planned": "○ Not started"}
COLOUR = {"done": "#1b7f3b", "in progress": "#1b7f3b", "at risk": "#d97a00",
          "planned": "#777777"}
# (priority, [(bullet text, status, quarter, partners)]) -- typed by hand
PRIORITIES = [
    ("Scrutiny and governance", [
        ("Scrutiny chairs' development programme with CfGS: 4 workshops held, Jul–Sept 2025",
         "done", "2025-26 Q2", ["Centre for Governance and Scrutiny"]),
        ("Network for lay members of governance and audit committees launched 16 October 2025",
         "done", "2025-26 Q3", []),
        ("Self-assessment peer panels: 6 of 22 councils booked for Q3", "in progress",
         "2025-26 Q3", []),
        ("Member Development Charter refresh – due Dec 2025", "at risk", "2025-26 Q3", []),
    ]),
    ("Digital transformation", [
        ("Digital Transformation Fund: 5 projects funded in June 2025", "done", "2025-26 Q1",
         []),
        ("Data maturity assessments with Data Cymru completed in 9 councils, Sept 2025",
         "done", "2025-26 Q2", ["Data Cymru"]),
        ("Guidance on AI in local government drafted with SOLACE – publish Jan 2026",
         "in progress", "2025-26 Q4", ["SOLACE"]),
        ("All-Wales cyber resilience exercise – moved to March 2026", "at risk", "2025-26 Q4",
         []),
        ("Digital skills academy for elected members – from April 2026", "planned",
         "2026-27 Q1", []),
    ]),
    ("Performance and self-assessment", [
        ("Peer challenges with the LGA in Ceredigion and Torfaen completed, June 2025", "done",
         "2025-26 Q1", ["LGA"]),
        ("Joint learning event with Audit Wales on financial sustainability, 4 December 2025",
         "in progress", "2025-26 Q3", ["Audit Wales"]),
        ("Induction programme for new chief executives – design stage, Q3", "in progress",
         "2025-26 Q3", []),
    ]),
]
GRANTS = [("Improvement Programme grant", "£800,000", 800000,
           "Spent to 30 September 2025: £412,300"),
          ("Local Government Digital Transformation Fund", "£1m", 1000000,
           "Committed to 5 projects: £640,000")]
AGENDA = ["Progress against our three priorities", "Funding 2025-26", "Ask of the Board"]
ASK = ["Note progress at the end of Quarter 2", "Agree the draft priorities for the 2026-27 "
       "bid to the Welsh Government, due by 16 January 2026"]


def slides() -> list[dict]:
    """[{title, sub (title slide lines), bullets [(text, level)], note}] in slide order."""
    s = [{"title": TITLE, "sub": ["WLGA Executive Board", DATE,
                                  "Rhian Davies, Head of Improvement"], "bullets": []},
         {"title": "Today", "bullets": [(a, 0) for a in AGENDA],
          "note": "Status key: " + " · ".join(KEY.values())}]
    for i, (name, items) in enumerate(PRIORITIES, 1):
        s.append({"title": f"Priority {i}: {name}",
                  "bullets": [(f"{t} {KEY[st]}", 0, st) for t, st, *_ in items]})
    fund = []
    for g, amt, _n, sub in GRANTS:
        fund += [(f"{g} – {amt} (Welsh Government)", 0), (sub, 1)]
    s += [{"title": "Funding 2025-26", "bullets": fund},
          {"title": "Ask of the Board", "bullets": [(a, 0) for a in ASK]},
          {"title": "Diolch – Thank you", "sub": ["Questions?",
                                                  "improvement@wlga.gov.uk"], "bullets": []}]
    return s


def reading() -> dict:
    items = []
    for i, (_name, rows) in enumerate(PRIORITIES, 1):
        for j, (t, st, q, partners) in enumerate(rows, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": t, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-21",
            "priorities": [p for p, _ in PRIORITIES], "items": items,
            "grants": [{"grant": g, "amount_gbp": n, "financial_year": "2025-26"}
                       for g, _a, n, _s in GRANTS]}


def write_md() -> None:
    out = ["---", "marp: true", "theme: default", "paginate: true", "size: 16:9",
           f"footer: '{FOOTER}'", "---", ""]
    for k, s in enumerate(slides()):
        if k:
            out += ["---", ""]
        if k == 0:
            out += ["<!-- _class: lead -->", "<!-- _paginate: false -->", ""]
        out += [f"# {s['title']}", ""]
        for line in s.get("sub", []):
            out += [line, ""]
        for b in s["bullets"]:
            out.append("  " * b[1] + f"- {b[0]}")
        if s["bullets"]:
            out.append("")
        if s.get("note"):
            out += [f"<small>{s['note']}</small>", ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)}</title>",
         '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
         '<link rel="stylesheet" href="dist/reveal.css">',
         '<link rel="stylesheet" href="dist/theme/white.css" id="theme">',
         "<style>.slide-footer{position:absolute;bottom:-1.2em;left:0;font-size:14px;color:#666}"
         ".slide-no{position:absolute;bottom:-1.2em;right:0;font-size:14px}"
         ".status{font-weight:bold;white-space:nowrap}</style>",
         "</head><body>", '<div class="reveal"><div class="slides">']
    for k, s in enumerate(slides(), 1):
        cls = ' class="title-slide"' if k == 1 else ""
        h.append(f'<section id="slide-{k}"{cls} data-transition="fade">')
        h.append(f"<h{'1' if k == 1 else '2'}>{esc(s['title'])}</h{'1' if k == 1 else '2'}>")
        h += [f"<p>{esc(x)}</p>" for x in s.get("sub", [])]
        if s["bullets"]:
            h.append("<ul>")
            open_sub = False
            for b in s["bullets"]:
                if len(b) == 3:
                    txt, st = b[0][: -len(KEY[b[2]]) - 1], b[2]
                    li = (f'<li class="fragment">{esc(txt)} <span class="status" '
                          f'style="color:{COLOUR[st]}">{esc(KEY[st])}</span></li>')
                    h.append(li)
                elif b[1] == 1:
                    h.append(f"<ul><li>{esc(b[0])}</li></ul></li>")
                    open_sub = False
                else:
                    if open_sub:
                        h.append("</li>")
                    h.append(f"<li>{esc(b[0])}")
                    open_sub = True
            if open_sub:
                h.append("</li>")
            h.append("</ul>")
        if s.get("note"):
            h.append(f'<p class="key"><small>{esc(s["note"])}</small></p>')
        if k > 1:
            h.append(f'<footer class="slide-footer">{esc(FOOTER)}</footer>'
                     f'<span class="slide-no">{k}</span>')
        h.append("</section>")
    h += ["</div></div>", '<script src="dist/reveal.js"></script>',
          "<script>Reveal.initialize({hash: true, slideNumber: false});</script>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    footer_page_numbers(doc, FOOTER)
    for k, s in enumerate(slides(), 1):
        p = doc.add_paragraph()
        r = p.add_run(f"Slide {k}")
        r.font.size = Pt(9)
        r.italic = True
        doc.add_heading(s["title"], level=1)
        for line in s.get("sub", []):
            doc.add_paragraph(line)
        for b in s["bullets"]:
            if b[1] == 1:
                doc.add_paragraph(b[0], style="List Bullet 2")
            else:
                bullet(doc, b[0])
        if s.get("note"):
            doc.add_paragraph(s["note"]).runs[0].font.size = Pt(9)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph
    W, H = 338.67 * mm, 190.5 * mm  # PowerPoint widescreen 13.33 x 7.5 in
    c = canvas.Canvas(str(OUT / f"{NAME}.pdf"), pagesize=(W, H))
    c.setTitle(TITLE)
    c.setAuthor("Rhian Davies")
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=20, leading=26)
    sub = ParagraphStyle("s", parent=body, fontSize=16, leading=21)
    for k, s in enumerate(slides(), 1):
        c.setFillColor(colors.HexColor("#b5123e"))
        c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        if k == 1:
            c.setFont("DejaVu-Bold", 34)
            c.drawCentredString(W / 2, H / 2 + 20 * mm, s["title"])
            c.setFont("DejaVu", 20)
            for n, line in enumerate(s["sub"]):
                c.drawCentredString(W / 2, H / 2 - n * 11 * mm, line)
            c.showPage()
            continue
        c.setFont("DejaVu-Bold", 34)
        c.drawString(20 * mm, H - 30 * mm, s["title"])
        y = H - 48 * mm
        for b in s["bullets"]:
            st = body if b[1] == 0 else sub
            x = 28 * mm + b[1] * 14 * mm
            mark = "•" if b[1] == 0 else "–"
            if len(b) == 3:
                txt = esc(b[0][: -len(KEY[b[2]]) - 1]) + \
                    f' <font color="{COLOUR[b[2]]}"><b>{esc(KEY[b[2]])}</b></font>'
            else:
                txt = esc(b[0])
            para = Paragraph(txt, st)
            _w, h = para.wrap(W - x - 25 * mm, H)
            c.setFont(st.fontName, st.fontSize)
            c.drawString(x - 8 * mm, y - st.fontSize, mark)
            para.drawOn(c, x, y - h + (st.leading - st.fontSize) * 0.2)
            y -= h + 5 * mm
        if s.get("note"):
            c.setFont("DejaVu", 12)
            c.drawString(20 * mm, 22 * mm, s["note"])
        for line in s.get("sub", []):
            c.setFont("DejaVu", 22)
            c.drawString(28 * mm, y - 10 * mm, line)
            y -= 12 * mm
        c.setFont("DejaVu", 10)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(20 * mm, 8 * mm, FOOTER)
        c.drawRightString(W - 15 * mm, 8 * mm, str(k))
        c.showPage()
    c.save()


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
