"""prog48a: a PERFORMANCE MANAGEMENT SYSTEM REPORT (Pentana / InPhase style) of the WLGA
Improvement Programme 2025-26: the system's "Action Progress Report", generated 3 February 2026.

Layout: a report header (report type, programme filter, generated date, the status icon key);
per priority a HEADER BAND ("IP-D  Priority 1: Data and digital capability"); under it each
action as a KEY-VALUE block: Code, Title, Description, Assigned To, Due Date (31-Mar-2026),
Progress (60% with a bar), Status (an icon and a word: Completed / In progress / Overdue /
Not started / Cancelled) and Latest Note ("12-Jan-2026 J. Evans: ...", a date that is NOT the
due date). A "Finance" block at the end: one key-value block per grant (Grant, Funder,
Financial Year, Allocation, Spend to 31-Dec-2025).

The reading (typed here by hand): items the actions (15), text the Description (the Title is
the system's short name, the note a comment on it), section the band's priority number,
status from the Status word (Completed done, In progress in progress, Overdue at risk, Not
started planned, Cancelled at risk: a judgement call, the action will not be delivered and the
four statuses have no "cancelled"), quarter the 2025-26 (or 2026-27) financial-year quarter of
the DUE DATE (not the note's date), partners named in the Description. Grants the two in the
Finance block.

Forms: .pdf the system's landscape print (band rows, each action a 4-column key | value | key |
value table, "Page N of M", generated stamp); .html the system's HTML report (no headings: the
bands are divs, the blocks `<th>` | `<td>` tables, status `<img alt>` + word); .docx its Word
export (a shaded band paragraph, a two-column table per action, the status an inline picture
with alt text beside the word); .txt the text copied out of the PDF (page furniture included,
each row of the 4-column table on one line)."""
from __future__ import annotations

import common48 as C
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

NAME = "prog48a-pentana-action-report"
TITLE = "WLGA Improvement Programme 2025-26 – Action Progress Report"
GENERATED = "03 February 2026 09:14"
DATE = "2026-02-03"

# status word -> (icon file, colour, PDF symbol)
ICONS = {"Completed": ("completed.png", "#1E7B34", "✔"), "In progress": ("inprogress.png",
         "#2F6EBA", "◐"), "Overdue": ("overdue.png", "#C62828", "⚠"),
         "Not started": ("notstarted.png", "#8A8A8A", "○"), "Cancelled": ("cancelled.png",
         "#444444", "✖")}

# (band code, priority, [(code, title, description, assigned, due, progress, status word,
#   note, READING: status, quarter, partners)])
PRIORITIES = [
    ("IP-D", "Data and digital capability", [
        ("IP-D-01", "Data maturity assessments",
         "Complete a data maturity assessment with Data Cymru in each of the 22 councils.",
         "Head of Digital, WLGA", "30-Sep-2025", 100, "Completed",
         "14-Oct-2025 R. Hughes: All 22 assessments returned; the summary report went to chief "
         "executives on 10 October.", "done", "2025-26 Q2", ["Data Cymru"]),
        ("IP-D-02", "Cyber exercise programme",
         "Run a table-top cyber incident exercise with the emergency planning and ICT teams of "
         "every council.", "Digital Programme Manager, WLGA", "31-Mar-2026", 75, "In progress",
         "08-Jan-2026 R. Hughes: 17 of 22 exercises held; the last five are booked for "
         "February.", "in progress", "2025-26 Q4", []),
        ("IP-D-03", "Generative AI guidance",
         "Publish shared guidance for councils on the safe use of generative AI tools, agreed "
         "with SOLACE.", "Head of Digital, WLGA", "31-Mar-2026", 60, "In progress",
         "12-Jan-2026 J. Evans: Draft consulted on with the SOLACE digital network in "
         "December; final version to chief executives in March.", "in progress", "2025-26 Q4",
         ["SOLACE"]),
        ("IP-D-04", "Digital skills for members",
         "Deliver a digital skills e-learning module for elected members on the Academi Wales "
         "platform.", "Member Development Officer, WLGA", "31-Oct-2025", 40, "Overdue",
         "20-Jan-2026 S. Morgan: Content complete but hosting delayed by a procurement issue; "
         "revised target end of February.", "at risk", "2025-26 Q3", ["Academi Wales"]),
        ("IP-D-05", "Open data standard",
         "Agree a common open data standard for council performance information.",
         "Head of Digital, WLGA", "30-Jun-2026", 0, "Not started",
         "05-Dec-2025 R. Hughes: Scoping will begin once Leaders have considered the data "
         "maturity report.", "planned", "2026-27 Q1", []),
    ]),
    ("IP-G", "Governance, scrutiny and performance", [
        ("IP-G-01", "Panel performance assessments",
         "Provide a panel performance assessment to each council that requests one under the "
         "Local Government and Elections (Wales) Act 2021.", "Improvement Manager, WLGA",
         "31-Mar-2026", 70, "In progress",
         "15-Jan-2026 C. Jenkins: Five assessments completed; two more scheduled for February "
         "and March.", "in progress", "2025-26 Q4", []),
        ("IP-G-02", "Scrutiny chairs' network",
         "Re-establish the national scrutiny chairs' network with the Centre for Governance "
         "and Scrutiny.", "Improvement Officer (Scrutiny), WLGA", "31-Jul-2025", 100,
         "Completed", "02-Sep-2025 C. Jenkins: The network met in July; terms of reference "
         "agreed.", "done", "2025-26 Q2", ["Centre for Governance and Scrutiny"]),
        ("IP-G-03", "Governance and audit committee training",
         "Deliver training for lay members of governance and audit committees with Audit "
         "Wales.", "Improvement Officer (Governance), WLGA", "30-Nov-2025", 55, "Overdue",
         "09-Jan-2026 C. Jenkins: Three of six regional sessions held; the rest postponed to "
         "March because of trainer availability.", "at risk", "2025-26 Q3", ["Audit Wales"]),
        ("IP-G-04", "Performance management toolkit",
         "Publish a performance management toolkit for councils with CIPFA.",
         "Improvement Manager, WLGA", "31-Dec-2025", 0, "Cancelled",
         "18-Nov-2025 C. Jenkins: Cancelled by the Improvement Board on 12 November 2025; "
         "the national guide already meets the need.", "at risk", "2025-26 Q3", ["CIPFA"]),
        ("IP-G-05", "Corporate planning workshops",
         "Hold corporate planning workshops for council strategy officers in north and south "
         "Wales.", "Improvement Officer, WLGA", "31-Jan-2026", 100, "Completed",
         "30-Jan-2026 C. Jenkins: Workshops held in Llandudno on 22 January and Cardiff on 27 "
         "January; 64 officers attended.", "done", "2025-26 Q4", []),
    ]),
    ("IP-W", "Workforce and leadership", [
        ("IP-W-01", "Chief officer leadership programme",
         "Run a leadership development programme for newly appointed chief officers with "
         "Academi Wales.", "Head of Workforce, WLGA", "31-Mar-2026", 80, "In progress",
         "16-Jan-2026 L. Powell: The cohort of 22 has completed four of five modules.",
         "in progress", "2025-26 Q4", ["Academi Wales"]),
        ("IP-W-02", "Workforce data return",
         "Collect and publish the annual local government workforce data return with Data "
         "Cymru.", "Workforce Policy Officer, WLGA", "31-Aug-2025", 100, "Completed",
         "29-Sep-2025 L. Powell: Return published on the Data Cymru website on 26 September.",
         "done", "2025-26 Q2", ["Data Cymru"]),
        ("IP-W-03", "Planning officer recruitment campaign",
         "Launch a national campaign to recruit planning officers into local government.",
         "Workforce Policy Officer, WLGA", "30-Sep-2026", 10, "In progress",
         "21-Jan-2026 L. Powell: Campaign brief agreed with heads of planning; agency "
         "appointed.", "in progress", "2026-27 Q2", []),
        ("IP-W-04", "Mentoring for new councillors",
         "Set up a mentoring scheme pairing new councillors with experienced members before "
         "the 2027 local elections.", "Member Development Officer, WLGA", "31-May-2026", 0,
         "Not started", "11-Dec-2025 S. Morgan: To start after the Diversity in Democracy "
         "review reports in April.", "planned", "2026-27 Q1", []),
    ]),
]
FINANCE = [("Improvement Programme Grant", "Welsh Government", "2025-26", "£750,000",
            "£498,210"),
           ("Digital Capability Grant", "Welsh Government", "2025-26", "£210,000", "£96,450")]
FIN_KEYS = ["Grant", "Funder", "Financial Year", "Allocation", "Spend to 31-Dec-2025"]
HEAD = [("Report Type", "Actions Report – Progress"),
        ("Programme", "WLGA Improvement Programme 2025-26"),
        ("Report Author", "Performance and Improvement Team"),
        ("Generated on", GENERATED)]


def reading() -> dict:
    items = []
    for i, (_c, _p, acts) in enumerate(PRIORITIES, 1):
        for j, a in enumerate(acts, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": a[2], "status": a[8],
                          "quarter": a[9], "partners": a[10]})
    return {"kind": "programme", "title": TITLE, "date": DATE,
            "priorities": [p for _c, p, _a in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement Programme Grant", "amount_gbp": 750000,
                        "financial_year": "2025-26"},
                       {"grant": "Digital Capability Grant", "amount_gbp": 210000,
                        "financial_year": "2025-26"}]}


def band(i: int, code: str, name: str) -> str:
    return f"Priority {i}: {name}"


def make_icons():
    from PIL import Image, ImageDraw
    folder = C.OUT / "icons48a"
    folder.mkdir(exist_ok=True)
    for word, (fn, colour, _s) in ICONS.items():
        im = Image.new("RGBA", (16, 16), (255, 255, 255, 0))
        d = ImageDraw.Draw(im)
        if word == "Completed":
            d.ellipse((0, 0, 15, 15), fill=colour)
            d.line([(4, 8), (7, 11), (12, 4)], fill="white", width=2)
        elif word == "In progress":
            d.ellipse((0, 0, 15, 15), outline=colour, width=2)
            d.pieslice((0, 0, 15, 15), 270, 90, fill=colour)
        elif word == "Overdue":
            d.polygon([(8, 0), (15, 15), (0, 15)], fill=colour)
        elif word == "Not started":
            d.ellipse((1, 1, 14, 14), outline=colour, width=2)
        else:
            d.line([(2, 2), (13, 13)], fill=colour, width=3)
            d.line([(13, 2), (2, 13)], fill=colour, width=3)
        im.save(folder / fn)
    return folder


# ------------------------------------------------------------------ PDF (landscape print)
def pdf_rows(a):
    code, title, desc, who, due, prog, word, note = a[:8]
    sym = ICONS[word][2]
    return [("Code", code, "Assigned To", who), ("Title", title, "Due Date", due),
            ("Description", desc, "Progress", f"{prog}%"),
            ("Latest Note", note, "Status", f"{sym} {word}")]


def write_pdf() -> None:
    st = C.pdf_styles(8.5)
    cell, cellb = st["cell"], st["cellb"]
    s = [Paragraph(C.esc(TITLE), st["title"])]
    ht = Table([[Paragraph(f"<b>{C.esc(k)}</b>", cell), Paragraph(C.esc(v), cell)]
                for k, v in HEAD], colWidths=[35 * C.mm, 110 * C.mm], hAlign="LEFT")
    ht.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [ht, Spacer(1, 2 * C.mm)]
    key = "  ".join(f'<font color="{c}">{sym}</font> {w}' for w, (_f, c, sym) in ICONS.items())
    s += [Paragraph("<b>Action Status</b>  " + key, cell), Spacer(1, 3 * C.mm)]
    wid = [28 * C.mm, 150 * C.mm, 24 * C.mm, 59 * C.mm]
    for i, (code, name, acts) in enumerate(PRIORITIES, 1):
        bt = Table([[Paragraph(f'<font color="white"><b>{code}&nbsp;&nbsp;&nbsp;'
                               f'{C.esc(band(i, code, name))}</b></font>', st["h2"])]],
                   colWidths=[sum(wid)])
        bt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), C.colors.HexColor("#1F3864")),
                                ("TOPPADDING", (0, 0), (-1, -1), 3)]))
        s += [bt, Spacer(1, 2 * C.mm)]
        for a in acts:
            col = ICONS[a[6]][1]
            rows = []
            for k1, v1, k2, v2 in pdf_rows(a):
                if k2 == "Status":
                    v2p = Paragraph(f'<font color="{col}">{C.esc(v2[0])}</font> '
                                    f'{C.esc(v2[2:])}', cell)
                else:
                    v2p = Paragraph(C.esc(v2), cell)
                rows.append([Paragraph(k1, cellb), Paragraph(C.esc(v1), cell),
                             Paragraph(k2, cellb), v2p])
            t = Table(rows, colWidths=wid)
            t.setStyle(TableStyle([
                ("BOX", (0, 0), (-1, -1), 0.6, C.colors.HexColor("#7F7F7F")),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, C.colors.HexColor("#BFBFBF")),
                ("BACKGROUND", (0, 0), (0, -1), C.colors.HexColor("#E7ECF5")),
                ("BACKGROUND", (2, 0), (2, -1), C.colors.HexColor("#E7ECF5")),
                ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            s += [t, Spacer(1, 3 * C.mm)]
    s.append(Paragraph("Finance", st["h1"]))
    for g in FINANCE:
        t = Table([[Paragraph(k, cellb), Paragraph(C.esc(v), cell)] for k, v in
                   zip(FIN_KEYS, g)], colWidths=[40 * C.mm, 80 * C.mm], hAlign="LEFT")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, C.colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), C.colors.HexColor("#E7ECF5")),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.3, C.colors.lightgrey)]))
        s += [t, Spacer(1, 3 * C.mm)]
    C.build_pdf(C.OUT / f"{NAME}.pdf", s, "Pentana Performance  |  Welsh Local Government "
                "Association", f"Generated on: {GENERATED}", wide=True)


# ------------------------------------------------------------------ TXT (copied from the PDF)
def write_txt() -> None:
    """What selecting all in a PDF viewer and pasting gives (pdfium's text of each page, as
    Chrome's and Edge's viewers copy it): each table row on a line, long cells wrapped, the
    page furniture (running header, "Generated on ... Page N of M") at each page's end."""
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(str(C.OUT / f"{NAME}.pdf"))
    text = "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    (C.OUT / f"{NAME}.txt").write_text(text.replace("\r\n", "\n").rstrip() + "\n",
                                       encoding="utf-8")


# ------------------------------------------------------------------ HTML (the system's report)
def write_html() -> None:
    h = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\">",
         f"<title>{C.esc(TITLE)}</title>",
         "<style>body{font-family:Arial,sans-serif;font-size:9pt}.band{background:#1F3864;"
         "color:#fff;font-weight:bold;padding:4px;margin-top:10px}.action{border:1px solid "
         "#7f7f7f;border-collapse:collapse;width:100%;margin:6px 0}.action th{background:"
         "#E7ECF5;text-align:left;width:140px;vertical-align:top}.bar{display:inline-block;"
         "width:100px;height:8px;background:#ddd}.bar span{display:block;height:8px;"
         "background:#2F6EBA}</style></head><body>",
         '<div class="report-header"><img src="images/pentana_logo.png" alt="Pentana">',
         f'<div class="report-title">{C.esc(TITLE)}</div><table class="report-params">']
    h += [f"<tr><td class=\"param-label\">{k}:</td><td>{C.esc(v)}</td></tr>" for k, v in HEAD]
    h += ["</table>", '<div class="legend"><span class="legend-title">Action Status</span> '
          + " ".join(f'<img src="icons48a/{fn}" alt="{w}" title="{w}"> {w}'
                     for w, (fn, _c, _s) in ICONS.items()) + "</div></div>"]
    for i, (code, name, acts) in enumerate(PRIORITIES, 1):
        h.append(f'<div class="band"><span class="band-code">{code}</span> '
                 f"{C.esc(band(i, code, name))}</div>")
        for a in acts:
            c, title, desc, who, due, prog, word, note = a[:8]
            fn = ICONS[word][0]
            h.append('<table class="action">')
            for k, v in (("Code", C.esc(c)), ("Title", C.esc(title)),
                         ("Description", C.esc(desc)), ("Assigned To", C.esc(who)),
                         ("Due Date", C.esc(due)),
                         ("Progress", f'<span class="bar"><span style="width:{prog}%"></span>'
                                      f"</span> {prog}%"),
                         ("Status", f'<img src="icons48a/{fn}" alt="{word}" title="{word}"> '
                                    f"{word}"),
                         ("Latest Note", C.esc(note))):
                h.append(f"<tr><th>{k}</th><td>{v}</td></tr>")
            h.append("</table>")
    h.append('<div class="band">Finance</div>')
    for g in FINANCE:
        h.append('<table class="action">' + "".join(
            f"<tr><th>{k}</th><td>{C.esc(v)}</td></tr>" for k, v in zip(FIN_KEYS, g))
            + "</table>")
    h.append(f'<div class="report-footer">Generated on: {GENERATED} by Pentana Performance'
             "</div></body></html>")
    (C.OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ DOCX (Word export)
def write_docx() -> None:
    folder = make_icons()
    doc = C.new_docx(font="Arial", size=9)
    sec = doc.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    C.header_text(doc, "Pentana Performance | Welsh Local Government Association")
    C.footer_page_numbers(doc, f"Generated on: {GENERATED}")
    p = C.add_par(doc, TITLE, bold=True, size=16)
    t = doc.add_table(rows=0, cols=2)
    for k, v in HEAD:
        r = t.add_row().cells
        C.cell_text(r[0], k, bold=True)
        C.cell_text(r[1], v)
    p = C.add_par(doc, "Action Status  ", bold=True)
    for w, (fn, _c, _s) in ICONS.items():
        C.picture_with_alt(p, folder / fn, w, 8)
        p.add_run(f" {w}   ")
    for i, (code, name, acts) in enumerate(PRIORITIES, 1):
        p = doc.add_paragraph()
        r = p.add_run(f"{code}    {band(i, code, name)}")
        r.bold = True
        r.font.size = C.Pt(12)
        r.font.color.rgb = C.RGBColor(0xFF, 0xFF, 0xFF)
        C.shade_par(p, "1F3864")
        for a in acts:
            c, title, desc, who, due, prog, word, note = a[:8]
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in (("Code", c), ("Title", title), ("Description", desc),
                         ("Assigned To", who), ("Due Date", due), ("Progress", f"{prog}%"),
                         ("Status", None), ("Latest Note", note)):
                cells = t.add_row().cells
                C.cell_text(cells[0], k, bold=True)
                C.shade(cells[0], "E7ECF5")
                if v is None:
                    cp = cells[1].paragraphs[0]
                    C.picture_with_alt(cp, folder / ICONS[word][0], word, 9)
                    cp.add_run(" " + word)
                else:
                    C.cell_text(cells[1], v)
            C.col_width(t, [4, 20])
            C.add_par(doc)
    p = doc.add_paragraph()
    r = p.add_run("Finance")
    r.bold = True
    r.font.size = C.Pt(12)
    r.font.color.rgb = C.RGBColor(0xFF, 0xFF, 0xFF)
    C.shade_par(p, "1F3864")
    for g in FINANCE:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in zip(FIN_KEYS, g):
            cells = t.add_row().cells
            C.cell_text(cells[0], k, bold=True)
            C.shade(cells[0], "E7ECF5")
            C.cell_text(cells[1], v)
        C.col_width(t, [4, 20])
        C.add_par(doc)
    doc.save(C.OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_docx()
    write_html()
    write_pdf()
    write_txt()
    print(NAME, len(reading()["items"]))
