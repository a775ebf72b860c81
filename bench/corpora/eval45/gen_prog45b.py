"""prog45b: a DESIGNED programme update (laid out as in InDesign): Newport City Council's
"City Centre Regeneration Programme 2025-26: Mid-year Update", published 20 November 2025
(the council and the Welsh Government's Transforming Towns programme real; this programme,
its projects, officers and figures invented).

Layout: a cover band with the title; two text columns per page; on page 1 a coloured
sidebar "At a glance" of figures ("412 new homes in the pipeline", "£4.1m external funding
this year"); a Cabinet Member's introduction; a coloured SECTION BANNER per priority (no
number); items as short paragraphs each opening with a BOLD TITLE ("Market Arcade homes.")
and ending with a STATUS WORD IN CAPITALS ("ON TRACK", "COMPLETE", "AT RISK", "DELAYED",
"NOT STARTED", with a key); two PULL QUOTES repeating an item's sentence in large type; a
boxed "Funding 2025-26" panel (three grants and the council's own capital, not a grant).

The reading: items the bold-titled paragraphs (15), text "Title. sentence(s)" without the
closing status word; a pull quote is the same sentence again, not an item; the sidebar
figures are figures, not items or grants. Section = the banner's place (1-4). Status from
the word, through the key (COMPLETE done, ON TRACK in progress, AT RISK and DELAYED at risk,
NOT STARTED planned); quarter the 2025-26 quarter of the date the paragraph looks to.
Forms: .pdf the designed print (text flows down the left column then the right); .html the
web version (`<aside>` sidebar, `<section>` per priority, `<blockquote class="pullquote">`,
status `<span class="status">`); .docx a two-column section with the sidebar a floating text
box (DrawingML with its VML fallback) and shaded banner paragraphs; .md pandoc's Markdown of
the web page.
"""
from __future__ import annotations

from common45 import cols, page, text_box
from docx.enum.section import WD_SECTION
from gen_common import (OUT, OxmlElement, P, Pt, RGBColor, add_par, colors, esc, mm, new_docx,
                        pdf_styles, qn, shade)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

NAME = "prog45b-designed-regeneration-update"
TITLE = "City Centre Regeneration Programme 2025-26: Mid-year Update"
COUNCIL = "Newport City Council"
PUBLISHED = "Published 20 November 2025"
INTRO = [
    "Six months into the year, the programme is bringing new homes, better links and more "
    "reasons to visit into the heart of the city. This update reports on each of our four "
    "priorities to the end of September 2025.",
    "Most projects are on track. Two have slipped, and we say below what we are doing about "
    "them. – Councillor Mark Llewellyn, Cabinet Member for Regeneration",
]
GLANCE = [("412", "new homes in the pipeline"), ("6,400", "visitors to summer events"),
          ("41", "small business grants awarded"), ("230", "people helped into training"),
          ("£4.1m", "external funding this year")]
KEY = ("Status key: COMPLETE – delivered; ON TRACK – progressing to plan; AT RISK – may miss "
       "its date; DELAYED – has missed its date; NOT STARTED – due to start later.")
WORD = {"COMPLETE": "done", "ON TRACK": "in progress", "AT RISK": "at risk",
        "DELAYED": "at risk", "NOT STARTED": "planned"}
# (priority, [(title, text, STATUS WORD, quarter, partners)]) - typed by hand
PRIORITIES = [
    ("Homes and city living", [
        ("Market Arcade homes", "Work on the 24 flats above the restored Market Arcade is "
         "under way and the first tenants are expected to move in by March 2026.",
         "ON TRACK", "2025-26 Q4", []),
        ("Chartist Tower apartments", "The conversion of the tower's upper floors into 62 "
         "apartments was finished in August 2025 and every apartment is now let.",
         "COMPLETE", "2025-26 Q2", []),
        ("Living over the shop", "A grant scheme for owners of empty space above shops "
         "opened in July 2025 and nine applications have been approved so far.",
         "ON TRACK", "2025-26 Q2", []),
        ("Riverfront housing site", "Ground investigation found contamination that must be "
         "removed, and the planning application has moved from December 2025 to June 2026.",
         "DELAYED", "2026-27 Q1", []),
    ]),
    ("Getting around", [
        ("Station footbridge", "The new link from the bus station to the railway station "
         "opened to the public in May 2025.", "COMPLETE", "2025-26 Q1", []),
        ("Clarence Place cycle route", "Building the 1.2 km segregated route started in "
         "October 2025 and is due to finish in February 2026.", "ON TRACK", "2025-26 Q4", []),
        ("Footfall counters", "Data Cymru has installed counters at six entrances to the city "
         "centre, and the first quarterly footfall report was published in October 2025.",
         "COMPLETE", "2025-26 Q3", ["Data Cymru"]),
        ("Parking strategy", "Work on a new city centre parking strategy will begin in April "
         "2026, once the car park survey is complete.", "NOT STARTED", "2026-27 Q1", []),
    ]),
    ("Culture, events and the evening economy", [
        ("Summer events", "Eighteen events brought 6,400 visitors into the city centre "
         "between June and September 2025.", "COMPLETE", "2025-26 Q2", []),
        ("Purple Flag", "Our application for Purple Flag status for a safe and lively evening "
         "economy will be submitted in December 2025.", "ON TRACK", "2025-26 Q3", []),
        ("Market hall events space", "Fitting out the events space in the indoor market has "
         "been held up by a supplier failure, and it is now expected to open in summer 2026.",
         "AT RISK", None, []),
    ]),
    ("Business and jobs", [
        ("Business grants", "41 small businesses had received start-up or shop front grants "
         "from the Shared Prosperity Fund by 30 September 2025.", "ON TRACK", "2025-26 Q2",
         []),
        ("Meanwhile uses", "Six empty shop units have been let to new traders on short "
         "leases, and six more will follow by the end of March 2026.", "ON TRACK",
         "2025-26 Q4", []),
        ("City centre skills hub", "The skills hub opened in the former library on 1 "
         "September 2025 and has helped 230 people into training.", "COMPLETE",
         "2025-26 Q2", []),
        ("Investment prospectus", "The prospectus has been held back so that the new "
         "economic strategy can be agreed first, and it will now be launched in May 2026.",
         "DELAYED", "2026-27 Q1", []),
    ]),
]
# pull quotes: (after priority index, item index) and the sentence repeated
PULLQUOTES = {(1, 0): "The new link from the bus station to the railway station opened to the "
                      "public in May 2025.",
              (3, 2): "The skills hub opened in the former library on 1 September 2025 and "
                      "has helped 230 people into training."}
FUNDING = [("Transforming Towns Placemaking Grant", "Welsh Government", "£2,400,000"),
           ("Shared Prosperity Fund", "UK Government", "£850,000"),
           ("Active Travel Fund", "Welsh Government", "£860,000"),
           ("Council capital programme", "Newport City Council", "£1,500,000")]
CONTACT = ("Regeneration Programme Office, Newport City Council, Civic Centre, Godfrey Road, "
           "Newport NP20 4UR · regeneration@newport.gov.uk")


def reading() -> dict:
    items = []
    for i, (_p, rows) in enumerate(PRIORITIES, 1):
        for j, (title, text, word, q, partners) in enumerate(rows, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": f"{title}. {text}",
                          "status": WORD[word], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-20",
            "priorities": [p for p, _r in PRIORITIES], "items": items,
            "grants": [{"grant": g, "amount_gbp": int(a.strip("£").replace(",", "")),
                        "financial_year": "2025-26"} for g, _f, a in FUNDING[:3]]}


# ------------------------------------------------------------------ web page and Markdown
def write_html() -> None:
    b = [f'<header class="report-hero"><p class="kicker">{esc(COUNCIL)}</p>'
         f"<h1>{esc(TITLE)}</h1><p class=\"published\"><time datetime=\"2025-11-20\">"
         f"{esc(PUBLISHED)}</time></p></header>",
         '<aside class="at-a-glance" aria-labelledby="glance"><h2 id="glance">At a glance</h2>'
         '<dl>' + "".join(f"<dt>{esc(n)}</dt><dd>{esc(w)}</dd>" for n, w in GLANCE)
         + "</dl></aside>", '<div class="intro">']
    b += [f"<p>{esc(t)}</p>" for t in INTRO] + ["</div>", f'<p class="key">{esc(KEY)}</p>']
    for i, (name, rows) in enumerate(PRIORITIES):
        b.append(f'<section class="priority"><h2 class="banner">{esc(name)}</h2>')
        for j, (title, text, word, *_r) in enumerate(rows):
            cls = word.lower().replace(" ", "-")
            b.append(f"<p><strong>{esc(title)}.</strong> {esc(text)} "
                     f'<span class="status status--{cls}">{word}</span></p>')
            if (i, j) in PULLQUOTES:
                b.append(f'<blockquote class="pullquote"><p>“{esc(PULLQUOTES[(i, j)])}”</p>'
                         "</blockquote>")
        b.append("</section>")
    b.append('<div class="panel panel--funding"><h3>Funding 2025-26</h3><table><thead><tr>'
             "<th>Source</th><th>From</th><th>2025-26</th></tr></thead><tbody>"
             + "".join(f"<tr><td>{esc(g)}</td><td>{esc(f)}</td><td>{a}</td></tr>"
                       for g, f, a in FUNDING) + "</tbody></table></div>")
    b.append(f'<p class="contact">{esc(CONTACT)}</p>')
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, COUNCIL, ["Home", "Business", "Regeneration", "City centre regeneration"], b,
        ["Council tax", "Bins and recycling", "Business", "Housing", "Council and democracy"],
        "Newport City Council, Civic Centre, Godfrey Road, Newport NP20 4UR"),
        encoding="utf-8")


def write_md() -> None:
    """pandoc -f html -t markdown of the web page's article (the span's class dropped, the
    definition list in pandoc's ":   " form, the pull quote a block quote)."""
    out = [f"{COUNCIL}", "", f"# {TITLE}", "", PUBLISHED, "", "## At a glance", ""]
    for n, w in GLANCE:
        out += [n, f":   {w}", ""]
    out += [t for x in INTRO for t in (x, "")] + [KEY, ""]
    for i, (name, rows) in enumerate(PRIORITIES):
        out += [f"## {name}", ""]
        for j, (title, text, word, *_r) in enumerate(rows):
            out += [f"**{title}.** {text} [{word}]{{.status}}", ""]
            if (i, j) in PULLQUOTES:
                out += [f"> “{PULLQUOTES[(i, j)]}”", ""]
    out += ["### Funding 2025-26", "", "  Source                                  From"
            "                   2025-26", "  --------------------------------------- "
            "---------------------- ------------"]
    out += [f"  {g:<39} {f:<22} {a}" for g, f, a in FUNDING]
    out += ["", CONTACT]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def banner(doc, text: str) -> None:
    p = add_par(doc)
    r = p.add_run(text.upper())
    r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0xFF, 0xFF, 0xFF)
    ppr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), "0B6E4F")
    ppr.append(shd)


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=10)
    sec = doc.sections[0]
    add_par(doc, COUNCIL.upper(), bold=True, size=10)
    t = add_par(doc, TITLE, bold=True, size=22)
    t.runs[0].font.color.rgb = RGBColor(0x0B, 0x6E, 0x4F)
    add_par(doc, PUBLISHED, size=10)
    # the rest in two columns: a continuous section break after the title
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    cols(sec, 1)
    cols(body, 2)
    anchor = add_par(doc)
    text_box(anchor, [("AT A GLANCE", True, 12)] + [x for n, w in GLANCE
                                                     for x in ((n, True, 20), (w, False, 9))],
             "E36C0A", 1700000, 4300000)
    for x in INTRO:
        add_par(doc, x, size=11)
    kp = add_par(doc, KEY, size=8)
    kp.runs[0].italic = True
    for i, (name, rows) in enumerate(PRIORITIES):
        banner(doc, name)
        for j, (title, text, word, *_r) in enumerate(rows):
            p = add_par(doc, f"{title}.", bold=True)
            p.add_run(f" {text} ")
            s = p.add_run(word)
            s.bold, s.font.color.rgb = True, RGBColor(0x0B, 0x6E, 0x4F)
            if (i, j) in PULLQUOTES:
                q = add_par(doc, f"“{PULLQUOTES[(i, j)]}”", style="Intense Quote")
                q.runs[0].font.size = Pt(15)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    head = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
    head.paragraphs[0].add_run("FUNDING 2025-26").bold = True
    shade(head, "FCE4D6")
    for g, f, a in FUNDING:
        c = tb.add_row().cells
        c[0].paragraphs[0].add_run(g).bold = True
        c[0].add_paragraph(f)
        c[1].paragraphs[0].add_run(a)
        for x in c:
            shade(x, "FCE4D6")
    add_par(doc)
    add_par(doc, CONTACT, size=8)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ designed PDF
GREEN = colors.HexColor("#0B6E4F")
ORANGE = colors.HexColor("#E36C0A")


def write_pdf() -> None:
    w, h = A4
    m, gap, top_band = 14 * mm, 6 * mm, 52 * mm
    side = 48 * mm
    bottom = 16 * mm

    def cover(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, h - top_band, w, top_band, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("DejaVu-Bold", 9)
        c.drawString(m, h - 14 * mm, COUNCIL.upper())
        c.setFont("DejaVu-Bold", 20)
        c.drawString(m, h - 28 * mm, "City Centre Regeneration Programme 2025-26:")
        c.drawString(m, h - 37 * mm, "Mid-year Update")
        c.setFont("DejaVu", 9)
        c.drawString(m, h - 46 * mm, PUBLISHED)
        c.setFillColor(ORANGE)
        c.rect(m, bottom, side, h - top_band - bottom - 6 * mm, fill=1, stroke=0)
        folio(c, d)
        c.restoreState()

    def folio(c, d):
        c.setFont("DejaVu", 7.5)
        c.setFillColor(GREEN)
        c.drawString(m, 8 * mm, "City Centre Regeneration Programme  |  Mid-year update "
                     "2025-26")
        c.drawRightString(w - m, 8 * mm, str(d.page))

    def inner(c, d):
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(0, h - 8 * mm, w, 8 * mm, fill=1, stroke=0)
        folio(c, d)
        c.restoreState()

    body_top = h - top_band - 6 * mm
    colw1 = (w - 2 * m - side - 2 * gap) / 2
    x1 = m + side + gap
    colw = (w - 2 * m - gap) / 2
    doc = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE,
                          author=COUNCIL)
    doc.addPageTemplates([
        PageTemplate("cover", [Frame(m, bottom, side, body_top - bottom, id="side",
                                     leftPadding=8, rightPadding=8, topPadding=10),
                               Frame(x1, bottom, colw1, body_top - bottom, id="l1"),
                               Frame(x1 + colw1 + gap, bottom, colw1, body_top - bottom,
                                     id="r1")], onPage=cover),
        PageTemplate("cols", [Frame(m, bottom, colw, h - 14 * mm - bottom, id="l"),
                              Frame(m + colw + gap, bottom, colw, h - 14 * mm - bottom,
                                    id="r")], onPage=inner)])
    st = pdf_styles(9)
    white = st["body"].clone("white", textColor=colors.white, fontSize=8, leading=10)
    fig = st["body"].clone("fig", textColor=colors.white, fontName="DejaVu-Bold",
                           fontSize=22, leading=25, spaceAfter=0)
    glance = st["h1"].clone("glance", textColor=colors.white)
    intro = st["body"].clone("intro", fontSize=10.5, leading=14, textColor=GREEN)
    quote = st["body"].clone("quote", fontName="DejaVu-Bold", fontSize=15, leading=19,
                             textColor=ORANGE, spaceBefore=6, spaceAfter=8)
    key = st["small"].clone("key", fontName="DejaVu-Oblique")
    story = [Paragraph("AT A GLANCE", glance)]
    for n, wd in GLANCE:
        story += [Paragraph(esc(n), fig), Paragraph(esc(wd), white), Spacer(1, 3 * mm)]
    story += [FrameBreak(), NextPageTemplate("cols")]
    story += [Paragraph(esc(t), intro) for t in INTRO] + [Paragraph(esc(KEY), key)]
    for i, (name, rows) in enumerate(PRIORITIES):
        bn = Table([[Paragraph(f"<b>{esc(name.upper())}</b>", white)]], colWidths=["100%"])
        bn.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GREEN),
                                ("TOPPADDING", (0, 0), (-1, -1), 5),
                                ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        story += [Spacer(1, 3 * mm), bn, Spacer(1, 2 * mm)]
        for j, (title, text, word, *_r) in enumerate(rows):
            story.append(Paragraph(f"<b>{esc(title)}.</b> {esc(text)} "
                                   f"<font color='#0B6E4F'><b>{word}</b></font>", st["body"]))
            if (i, j) in PULLQUOTES:
                story.append(Paragraph(f"“{esc(PULLQUOTES[(i, j)])}”", quote))
    rows = [[Paragraph("<b>FUNDING 2025-26</b>", st["cellb"]), ""]]
    rows += [[Paragraph(f"<b>{esc(g)}</b><br/>{esc(f)}", st["cell"]),
              Paragraph(a, st["cell"])] for g, f, a in FUNDING]
    box = Table(rows, colWidths=[colw * 0.66, colw * 0.30])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, ORANGE),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#FCE4D6")),
                             ("SPAN", (0, 0), (1, 0)), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 4 * mm), KeepTogether([box]), Spacer(1, 4 * mm),
              Paragraph(esc(CONTACT), st["small"])]
    doc.build(story)


if __name__ == "__main__":
    write_pdf()
    write_html()
    write_docx()
    write_md()
    print(NAME, len(reading()["items"]))
