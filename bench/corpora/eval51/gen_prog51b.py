"""prog51b: a POWER BI REPORT EXPORTED TO PDF (programme kind): "WLGA Workforce and Leadership
Programme 2025-26 – Quarter 3 dashboard", refreshed and exported on 14 January 2026 (real
WLGA workforce role; programme, officers and figures invented).

Layout (.pdf, three 16:9 pages as Power BI's "Export to PDF" writes them): page 1 the title,
"Data as at 31 December 2025", KPI cards ("Actions complete 4", "Actions total 16", "Budget
£1.1m", "Spend to date £0.62m"), a donut of RAG statuses with its legend, a text box naming
the two grants, "Last refreshed 14/01/2026 09:12"; page 2 the table visual `Priority |
Action | Owner | Due | RAG` whose Action text the visual TRUNCATES ("Deliver the regional
workforce pla..."); page 3 the "Action details" matrix (priority rows over their actions,
`Owner | Due | Latest update`) holding the FULL action texts.
The reading: priorities the four "1. Recruitment and retention" values without the number;
items the 16 actions ONCE (the table and the matrix repeat them), text the full Action (from
the matrix where the table cuts it), section the priority's number, status the RAG word
through the page-1 key (Blue complete -> done, Green on track -> in progress, Amber and Red
-> at risk, Grey not started -> planned), quarter the 2025-26 (2026-27) quarter of Due,
partners organisations named in the Action; grants the two named in the text box (the
"Budget £1.1m" card is their sum, not a grant). Date: the report's only date of issue, the
refresh/export on 14 January 2026 (the briefing and the news post carry the same day; "Data
as at 31 December 2025" is the period the data covers, not the document's date).
The .txt is the table visual's "Export data" CSV (full texts, no title, no date, no funding):
it has a reading of its own (`...--txt.json`): title "", date "", no grants; its RAG column
read by the same key (the WLGA's Blue/Green/Amber/Red/Grey convention).
Forms: .pdf, .txt, .docx a briefing note with the visuals pasted as PICTURES with alt text
and the table pasted as a Word table (full text, RAG cells shaded), .html a SharePoint news
post embedding the table as HTML."""
from __future__ import annotations

import csv
import io

import common51 as C

NAME = "prog51b-workforce-powerbi-dashboard"
TITLE = "WLGA Workforce and Leadership Programme 2025-26 – Quarter 3 dashboard"
DATE = "2026-01-14"
KEY = [("Blue", "Complete", "done", "0070C0"), ("Green", "On track", "in progress", "00B050"),
       ("Amber", "At risk", "at risk", "FFC000"), ("Red", "Off track", "at risk", "FF0000"),
       ("Grey", "Not started", "planned", "A6A6A6")]
ST = {k: s for k, _w, s, _f in KEY}
FILL = {k: f for k, _w, _s, f in KEY}
PRIORITIES = ["Recruitment and retention", "Leadership development", "Pay and reward",
              "Wellbeing and fair work"]
# (priority no., action, owner, due, rag, latest update, quarter, partners)
ACTIONS = [
    (1, "Deliver the regional workforce planning toolkit to all 22 councils",
     "Head of Workforce", "31/03/2026", "Green",
     "Toolkit piloted in Gwent and West Wales; roll-out to the other regions from February.",
     "2025-26 Q4", []),
    (1, "Launch the national social care recruitment campaign with Social Care Wales",
     "Workforce Adviser", "30/09/2025", "Blue", "Campaign launched on 15 September 2025.",
     "2025-26 Q2", ["Social Care Wales"]),
    (1, "Publish guidance on international recruitment for council care services",
     "Workforce Adviser", "31/01/2026", "Amber", "Legal review has slipped to February.",
     "2025-26 Q4", []),
    (1, "Set up a graduate management trainee scheme for councils in North Wales",
     "Head of Workforce", "30/09/2026", "Grey", "Scoping to start in April 2026.",
     "2026-27 Q2", []),
    (2, "Run the aspiring chief officers programme with Academi Wales",
     "Leadership Development Manager", "31/12/2025", "Blue",
     "Cohort of 24 completed in December.", "2025-26 Q3", ["Academi Wales"]),
    (2, "Commission a 360-degree feedback service for senior leaders",
     "Leadership Development Manager", "31/03/2026", "Green",
     "Supplier appointed; first reports due in March.", "2025-26 Q4", []),
    (2, "Deliver leadership workshops for newly elected council leaders with the LGA",
     "Member Development Officer", "28/02/2026", "Red",
     "Workshops cancelled when the venue contract fell through; no new dates yet.",
     "2025-26 Q4", ["LGA"]),
    (2, "Launch a mentoring scheme for women in senior leadership roles with WEN Wales",
     "Leadership Development Manager", "31/05/2026", "Green",
     "Mentors being recruited; 18 signed up so far.", "2026-27 Q1", ["WEN Wales"]),
    (3, "Support councils to implement the 2025-26 pay award", "Head of Employment Relations",
     "31/10/2025", "Blue", "Pay award implemented by all 22 councils.", "2025-26 Q3", []),
    (3, "Complete the job evaluation benchmarking exercise with the HR Directors Network",
     "Head of Employment Relations", "31/03/2026", "Amber",
     "Returns from six councils outstanding.", "2025-26 Q4", ["HR Directors Network"]),
    (3, "Produce a total reward statement template for council employees",
     "Reward Adviser", "31/01/2026", "Green", "Template tested with two councils.",
     "2025-26 Q4", []),
    (3, "Review market supplements paid for hard-to-fill posts", "Reward Adviser",
     "30/06/2026", "Grey", "To start after the benchmarking exercise.", "2026-27 Q1", []),
    (4, "Roll out the menopause in the workplace policy toolkit", "Wellbeing Lead",
     "31/07/2025", "Blue", "Adopted by 19 councils.", "2025-26 Q2", []),
    (4, "Run a survey of council staff wellbeing across Wales with Data Cymru",
     "Wellbeing Lead", "28/02/2026", "Green", "Survey open until 6 February.", "2025-26 Q4",
     ["Data Cymru"]),
    (4, "Agree a fair work charter with the trade unions through the Workforce Partnership "
     "Council", "Head of Employment Relations", "31/03/2026", "Amber",
     "Agreement on two clauses still outstanding.", "2025-26 Q4", []),
    (4, "Deliver mental health first aid training to 300 council managers", "Wellbeing Lead",
     "31/03/2026", "Green", "212 managers trained so far.", "2025-26 Q4", []),
]
FUNDING = ("Funded in 2025-26 by the Welsh Government's Workforce Development Grant (£850,000) "
           "and the Social Care Workforce Grant from Social Care Wales (£250,000).")
GRANTS = [("Workforce Development Grant", 850000, "2025-26"),
          ("Social Care Workforce Grant", 250000, "2025-26")]
REFRESH = "Last refreshed 14/01/2026 09:12"
KPIS = [("Actions complete", "4"), ("Actions total", "16"), ("Budget", "£1.1m"),
        ("Spend to date", "£0.62m")]


def pname(n: int) -> str:
    return f"{n}. {PRIORITIES[n - 1]}"


def counts() -> list[tuple[str, str, int]]:
    return [(k, w, sum(1 for a in ACTIONS if a[4] == k)) for k, w, _s, _f in KEY]


def reading(txt: bool = False) -> dict:
    items = []
    pos = {}
    for n, text, _o, _d, rag, _u, q, partners in ACTIONS:
        pos[n] = pos.get(n, 0) + 1
        items.append({"ref": f"{n}.{pos[n]}", "section": str(n), "text": text,
                      "status": ST[rag], "quarter": q, "partners": partners})
    return {"kind": "programme", "title": "" if txt else TITLE, "date": "" if txt else DATE,
            "priorities": PRIORITIES, "items": items,
            "grants": [] if txt else [{"grant": g, "amount_gbp": a, "financial_year": y}
                                      for g, a, y in GRANTS]}


def write_txt() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Priority", "Action", "Owner", "Due", "RAG"])
    for n, text, owner, due, rag, *_r in ACTIONS:
        w.writerow([pname(n), text, owner, due, rag])
    (C.OUT / f"{NAME}.txt").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")


def truncate(text: str, n: int = 34) -> str:
    return text if len(text) <= n else text[:n].rstrip() + "..."


def write_pdf() -> None:
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Paragraph
    W, H = 1280 * 0.75, 720 * 0.75  # Power BI's 16:9 page (960 x 540 pt)
    cv = canvas.Canvas(str(C.OUT / f"{NAME}.pdf"), pagesize=(W, H))
    cv.setTitle(TITLE)
    st = C.pdf_styles(9)

    def band(sub: str):
        cv.setFillColor(C.colors.HexColor("#1F3864"))
        cv.rect(0, H - 48, W, 48, fill=1, stroke=0)
        cv.setFillColor(C.colors.white)
        cv.setFont("DejaVu-Bold", 15)
        cv.drawString(24, H - 30, TITLE)
        cv.setFont("DejaVu", 9)
        cv.drawRightString(W - 24, H - 30, sub)
        cv.setFillColor(C.colors.black)

    # page 1: KPI cards, donut, funding text box
    band("Data as at 31 December 2025")
    for i, (label, val) in enumerate(KPIS):
        x = 24 + i * 232
        cv.setStrokeColor(C.colors.HexColor("#D0D0D0"))
        cv.roundRect(x, H - 160, 216, 92, 6, stroke=1, fill=0)
        cv.setFont("DejaVu-Bold", 30)
        cv.drawCentredString(x + 108, H - 118, val)
        cv.setFont("DejaVu", 10)
        cv.setFillColor(C.colors.HexColor("#605E5C"))
        cv.drawCentredString(x + 108, H - 145, label)
        cv.setFillColor(C.colors.black)
    cv.setFont("DejaVu-Bold", 11)
    cv.drawString(24, H - 192, "Actions by status")
    cx, cy, r = 150, 170, 110
    start = 90.0
    for k, w, c in counts():
        ext = 360.0 * c / len(ACTIONS)
        cv.setFillColor(C.colors.HexColor("#" + FILL[k]))
        cv.wedge(cx - r, cy - r, cx + r, cy + r, start, -ext, stroke=0, fill=1)
        start -= ext
    cv.setFillColor(C.colors.white)
    cv.circle(cx, cy, r * 0.55, stroke=0, fill=1)
    cv.setFillColor(C.colors.black)
    cv.setFont("DejaVu-Bold", 18)
    cv.drawCentredString(cx, cy - 6, str(len(ACTIONS)))
    cv.setFont("DejaVu", 9)
    for i, (k, w, c) in enumerate(counts()):
        y = 260 - i * 22
        cv.setFillColor(C.colors.HexColor("#" + FILL[k]))
        cv.circle(290, y + 3, 5, stroke=0, fill=1)
        cv.setFillColor(C.colors.black)
        cv.drawString(300, y, f"{k} – {w}   {c}")
    box = Paragraph(f"<b>Funding</b><br/>{C.esc(FUNDING)}", st["body"])
    box.wrapOn(cv, 360, 120)
    cv.roundRect(560, 150, 376, 110, 6, stroke=1, fill=0)
    box.drawOn(cv, 568, 250 - box.height)
    cv.setFont("DejaVu", 7.5)
    cv.setFillColor(C.colors.HexColor("#605E5C"))
    cv.drawRightString(W - 24, 16, REFRESH)
    cv.setFillColor(C.colors.black)
    cv.showPage()

    # page 2: the table visual (truncated Action cells)
    band("Actions")
    cols = [("Priority", 24, 190), ("Action", 214, 250), ("Owner", 464, 200),
            ("Due", 664, 90), ("RAG", 754, 90)]
    y = H - 80
    cv.setFont("DejaVu-Bold", 9)
    for h, x, _w in cols:
        cv.drawString(x + 4, y, h)
    cv.line(24, y - 5, 844, y - 5)
    cv.setFont("DejaVu", 9)
    for n, text, owner, due, rag, *_r in ACTIONS:
        y -= 24
        vals = [truncate(pname(n), 28), truncate(text), truncate(owner, 30), due, rag]
        for (h, x, _w), v in zip(cols, vals):
            if h == "RAG":
                cv.setFillColor(C.colors.HexColor("#" + FILL[rag]))
                cv.rect(x, y - 6, 86, 18, stroke=0, fill=1)
                cv.setFillColor(C.colors.white if rag in ("Blue", "Red") else C.colors.black)
                cv.drawString(x + 4, y, v)
                cv.setFillColor(C.colors.black)
            else:
                cv.drawString(x + 4, y, v)
        cv.setStrokeColor(C.colors.HexColor("#E1DFDD"))
        cv.line(24, y - 8, 844, y - 8)
    cv.setFont("DejaVu", 7.5)
    cv.setFillColor(C.colors.HexColor("#605E5C"))
    cv.drawRightString(W - 24, 16, REFRESH)
    cv.setFillColor(C.colors.black)
    cv.showPage()

    # page 3: the "Action details" matrix (full text)
    band("Action details")
    cell = st["cell"].clone("m", fontSize=7.5, leading=9)
    y = H - 74
    cv.setFont("DejaVu-Bold", 8)
    for h, x in (("Priority / Action", 28), ("Owner", 420), ("Due", 590), ("Latest update", 650)):
        cv.drawString(x, y, h)
    cv.line(24, y - 4, W - 24, y - 4)
    y -= 6
    last = 0
    for n, text, owner, due, _rag, update, *_r in ACTIONS:
        if n != last:
            y -= 12
            cv.setFont("DejaVu-Bold", 8)
            cv.drawString(28, y, "⊟ " + pname(n))
            last = n
        parts = [(Paragraph(C.esc(text), cell), 42, 370), (Paragraph(C.esc(owner), cell), 420, 165),
                 (Paragraph(due, cell), 590, 55), (Paragraph(C.esc(update), cell), 650, 285)]
        hgt = max(p.wrap(w, 100)[1] for p, _x, w in parts)
        y -= hgt + 2
        for p, x, _w in parts:
            p.drawOn(cv, x, y + hgt - p.height)
    cv.setFont("DejaVu", 7.5)
    cv.setFillColor(C.colors.HexColor("#605E5C"))
    cv.drawRightString(W - 24, 16, REFRESH)
    cv.showPage()
    cv.save()


def kpi_png():
    from PIL import ImageFont

    def draw(d, w, h):
        big = ImageFont.truetype(str(C.Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")), 34)
        small = ImageFont.truetype(str(C.Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")), 14)
        for i, (label, val) in enumerate(KPIS):
            x = 8 + i * 238
            d.rounded_rectangle((x, 8, x + 226, h - 8), radius=8, outline=(208, 208, 208), width=2)
            d.text((x + 113, 50), val, font=big, fill="black", anchor="mm")
            d.text((x + 113, 95), label, font=small, fill=(96, 94, 92), anchor="mm")
    return C.png("pbi-kpis", draw, (960, 130))


def donut_png():
    from PIL import ImageFont

    def draw(d, w, h):
        small = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
        start = -90.0
        for k, wd, c in counts():
            ext = 360.0 * c / len(ACTIONS)
            d.pieslice((20, 20, 260, 260), start, start + ext, fill="#" + FILL[k])
            start += ext
        d.ellipse((86, 86, 194, 194), fill="white")
        for i, (k, wd, c) in enumerate(counts()):
            d.ellipse((290, 60 + i * 34, 304, 74 + i * 34), fill="#" + FILL[k])
            d.text((312, 58 + i * 34), f"{k} – {wd}  {c}", font=small, fill="black")
    return C.png("pbi-donut", draw, (520, 280))


def write_docx() -> None:
    from docx.shared import Cm
    doc = C.new_docx(font="Arial", size=10)
    C.header_text(doc, "WLGA – Briefing note – OFFICIAL")
    C.footer_page_numbers(doc, "Workforce and Leadership Programme – Quarter 3 dashboard")
    doc.add_heading(TITLE, level=0)
    C.add_par(doc, "Briefing note for members of the WLGA Executive Board – 14 January 2026")
    C.add_par(doc, "This note reproduces the Quarter 3 dashboard for the programme from the "
              "WLGA's Power BI workforce report (data as at 31 December 2025).")
    doc.add_heading("Summary", level=1)
    p = doc.add_paragraph()
    pic = p.add_run().add_picture(str(kpi_png()), width=Cm(16))
    C.set_alt(pic, "KPI cards: Actions complete 4; Actions total 16; Budget £1.1m; Spend to "
              "date £0.62m")
    p = doc.add_paragraph()
    pic = p.add_run().add_picture(str(donut_png()), width=Cm(9))
    C.set_alt(pic, "Donut chart of actions by status: " + "; ".join(
        f"{k} – {w} {c}" for k, w, c in counts()))
    C.add_par(doc, FUNDING)
    doc.add_heading("Actions", level=1)
    head = ["Priority", "Action", "Owner", "Due", "RAG"]
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, head):
        C.cell_text(c, x, bold=True, size=9)
    for n, text, owner, due, rag, *_r in ACTIONS:
        cells = tb.add_row().cells
        for c, x in zip(cells, [pname(n), text, owner, due, rag]):
            C.cell_text(c, x, size=9)
        C.shade(cells[4], FILL[rag])
    C.add_par(doc, "Source: Power BI – WLGA Workforce report. " + REFRESH + ".", size=8)
    doc.save(C.OUT / f"{NAME}.docx")


def write_html() -> None:
    body = ['<p class="newsDate">News · 14 January 2026 · 3 min read</p>',
            "<p>The Quarter 3 dashboard for the Workforce and Leadership Programme has been "
            "refreshed. Four of the sixteen actions are complete and six are on track; four "
            "need attention.</p>", f"<p>{C.esc(FUNDING)}</p>",
            "<p>The full table from the report is below. Open the "
            '<a href="https://app.powerbi.com/groups/me/reports/7c1e">Power BI report</a> '
            "for the charts and the action details.</p>",
            '<div class="canvasEmbed"><table class="pbi-export" border="1"><thead><tr>'
            + "".join(f"<th>{h}</th>" for h in ["Priority", "Action", "Owner", "Due", "RAG"])
            + "</tr></thead><tbody>"]
    for n, text, owner, due, rag, *_r in ACTIONS:
        body.append("<tr>" + "".join(f"<td>{C.esc(x)}</td>" for x in (pname(n), text, owner, due))
                    + f'<td style="background-color:#{FILL[rag]}">{rag}</td></tr>')
    body.append(f"</tbody></table><p><em>{REFRESH}</em></p></div>")
    (C.OUT / f"{NAME}.html").write_text(C.sharepoint_page(
        "WLGA Workforce Team", TITLE, body, "14 January 2026"), encoding="utf-8")


if __name__ == "__main__":
    write_txt()
    write_pdf()
    write_docx()
    write_html()
    print(NAME, len(reading()["items"]))
