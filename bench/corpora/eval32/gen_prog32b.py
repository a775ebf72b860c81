"""prog32b: an improvement programme update of the SHIPPED KIND by another hand, published as
a Mailchimp-style E-NEWSLETTER: Newport City Council (real council; programme, officers and
figures invented), "Improvement Programme 2026-27: Members' update – October 2026", sent to
all councillors on 14 October 2026 (Issue 2).

Layout: the e-mail's layout tables nested four deep (bodyTable > templateContainer >
mcnTextBlock > mcnTextContentContainer > td.mcnTextContent), a preheader with "View this email
in your browser", a logo and photos with alt text, a "Read more" button after each priority,
an unsubscribe footer. Each priority a block: heading "Priority N: ..." and 2-4 short progress
PARAGRAPHS (not bullets), each opening with a bold lead ("Digital: ..."). Also a Chief
Executive's welcome, a "Funding news" block in plain paragraphs and "Dates for your diary".

The reading: items the lead paragraphs under the three priorities (9), text with the lead
("Digital: The new council app ..."), section the priority's number; status from the words;
quarter the 2026-27 quarter of the date about the outstanding work ("construction started in
July 2026 and it is due to open in September 2027" -> 2027-28 Q2), None where no date is
given. The welcome, funding news and diary dates are not items. Grants: the two named in
"Funding news" (Digital Transformation Fund £180,000, Public Sector Decarbonisation Grant
£310,000, both 2026-27). Title the masthead heading; date 2026-10-14 (the issue date).
Forms: .html the e-mail's HTML (the web version); .txt the plain-text alternative part as
Mailchimp generates it (headings underlined with "====", links in brackets after their text);
.docx a staff member's copy-paste of the e-mail into Word (Normal paragraphs with direct
bold/size formatting inside the pasted layout tables, no Heading styles); .pdf Chrome's print
of the web version (date and title at the top, address and "1/2" at the foot).
"""
from __future__ import annotations

import chrome32  # noqa: F401  (paths)
from gen_common import OUT, P, colors, esc, mm, new_docx, pdf_styles, shade
from docx.shared import Pt

NAME = "prog32b-newsletter-mailchimp"
TITLE = "Improvement Programme 2026-27: Members' update – October 2026"
ISSUE = "Issue 2 | 14 October 2026"
ARCHIVE = "https://mailchi.mp/newport.gov.uk/improvement-programme-members-update-oct-2026"
WELCOME = ("Welcome to the second Members' update on our Improvement Programme for 2026-27. "
           "Thank you to everyone who came to the drop-in sessions over the summer. - Beverly "
           "Owen, Chief Executive")
# (priority, image alt or None, [(lead, text, status, quarter, partners)])
PRIORITIES = [
    ("Modern customer services", "Residents using the new council app on a mobile phone", [
        ("Digital:", "The new council app went live on 1 September 2026 and has been "
         "downloaded 8,400 times.", "done", "2026-27 Q2", []),
        ("Contact centre:", "A new telephone system is being installed and will be switched "
         "on in November 2026.", "in progress", "2026-27 Q3", []),
        ("Libraries:", "Customer hubs will open in two branch libraries in January 2027.",
         "planned", "2026-27 Q4", []),
    ]),
    ("Schools and the learning estate", "Construction work at the new primary school site", [
        ("Sustainable Communities for Learning:", "Construction of the new Welsh-medium "
         "primary school started in July 2026 and it is due to open in September 2027.",
         "in progress", "2027-28 Q2", []),
        ("Energy:", "Solar panels have been fitted to 11 school roofs, funded by the Public "
         "Sector Decarbonisation Grant.", "done", None, []),
        ("Catering:", "Free school meals for all primary pupils were fully rolled out in "
         "April 2026.", "done", "2026-27 Q1", []),
        ("Transport:", "The review of home-to-school transport routes has been delayed by a "
         "shortage of drivers and will now report in December 2026.", "at risk",
         "2026-27 Q3", []),
    ]),
    ("Workforce and culture", None, [
        ("Apprenticeships:", "Thirty-six apprentices started with the council in September "
         "2026, with training provided by Coleg Gwent.", "done", "2026-27 Q2",
         ["Coleg Gwent"]),
        ("Staff survey:", "The 2026 staff survey will run from 2 to 27 November 2026, with "
         "the results analysed by Data Cymru.", "planned", "2026-27 Q3", ["Data Cymru"]),
    ]),
]
FUNDING = ["The Welsh Government has confirmed a Digital Transformation Fund grant of £180,000 "
           "for 2026-27, which is paying for the council app and the new telephone system.",
           "We have also been awarded £310,000 from the Public Sector Decarbonisation Grant "
           "for 2026-27 for solar panels and LED lighting in schools."]
DIARY = ["Members' seminar on the Improvement Programme: 5 November 2026, 5.30pm, Civic "
         "Centre and on Teams.",
         "Overview and Scrutiny Management Committee: 19 November 2026."]
FOOTER = ["Copyright © 2026 Newport City Council, All rights reserved.",
          "You are receiving this email because you are an elected member of Newport City "
          "Council.",
          "Our mailing address is: Newport City Council, Civic Centre, Newport, NP20 4UR"]
LINKS = {1: "https://www.newport.gov.uk/improvement/customer-services",
         2: "https://www.newport.gov.uk/improvement/schools",
         3: "https://www.newport.gov.uk/improvement/workforce"}


def reading() -> dict:
    items = [{"ref": f"{i}.{j}", "section": str(i), "text": f"{lead} {t}", "status": st,
              "quarter": q, "partners": partners}
             for i, (_n, _img, rows) in enumerate(PRIORITIES, 1)
             for j, (lead, t, st, q, partners) in enumerate(rows, 1)]
    return {"kind": "programme", "title": TITLE, "date": "2026-10-14",
            "priorities": [n for n, _i, _r in PRIORITIES], "items": items,
            "grants": [{"grant": "Digital Transformation Fund", "amount_gbp": 180000,
                        "financial_year": "2026-27"},
                       {"grant": "Public Sector Decarbonisation Grant", "amount_gbp": 310000,
                        "financial_year": "2026-27"}]}


# ------------------------------------------------------------------ HTML (the e-mail)
def text_block(inner: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"'
            ' style="min-width:100%;"><tbody class="mcnTextBlockOuter"><tr><td valign="top" '
            'class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" '
            'cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%"'
            ' class="mcnTextContentContainer"><tbody><tr><td valign="top" class="mcnTextContent"'
            ' style="padding: 0px 18px 9px; line-height: 150%;">' + inner +
            "</td></tr></tbody></table></td></tr></tbody></table>")


def image_block(alt: str, src: str, width: int = 564) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock">'
            '<tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:9px" '
            'class="mcnImageBlockInner"><table align="left" width="100%" border="0" '
            'cellpadding="0" cellspacing="0" class="mcnImageContentContainer"><tbody><tr><td '
            'class="mcnImageContent" valign="top" style="padding: 0 9px; text-align:center;">'
            f'<img align="center" alt="{esc(alt)}" src="{src}" width="{width}" '
            'style="max-width:1200px; padding-bottom: 0; display: inline !important; '
            'vertical-align: bottom;" class="mcnImage"></td></tr></tbody></table></td></tr>'
            "</tbody></table>")


def button_block(label: str, href: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock">'
            '<tbody class="mcnButtonBlockOuter"><tr><td style="padding: 0 18px 18px 18px;" '
            'valign="top" align="left" class="mcnButtonBlockInner"><table border="0" '
            'cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-'
            'collapse: separate !important;border-radius: 3px;background-color: #00598C;">'
            '<tbody><tr><td align="center" valign="middle" class="mcnButtonContent" '
            'style="font-size: 16px; padding: 12px;"><a class="mcnButton " title="'
            f'{esc(label)}" href="{href}" target="_blank" style="font-weight: bold;letter-'
            f'spacing: normal;color: #FFFFFF;">{esc(label)}</a></td></tr></tbody></table></td>'
            "</tr></tbody></table>")


def write_html() -> None:
    cdn = "https://mcusercontent.com/5f1c0e2a9b/images"
    pre = text_block('<span class="mcnPreviewText" style="display:none;">Progress on the '
                     'council app, the new primary school and apprenticeships</span>'
                     f'<a href="{ARCHIVE}" target="_blank">View this email in your browser</a>')
    header = image_block("Newport City Council | Cyngor Dinas Casnewydd", f"{cdn}/logo.png", 300)
    body = [text_block(f"<h1>{esc(TITLE)}</h1><p>{esc(ISSUE)}</p><p>{esc(WELCOME)}</p>")]
    for i, (name, img, rows) in enumerate(PRIORITIES, 1):
        if img:
            body.append(image_block(img, f"{cdn}/priority{i}.jpg"))
        body.append(text_block(f"<h2>Priority {i}: {esc(name)}</h2>" + "".join(
            f"<p><strong>{esc(lead)}</strong> {esc(t)}</p>" for lead, t, *_ in rows)))
        body.append(button_block("Read more", LINKS[i]))
    body.append(text_block("<h2>Funding news</h2>" + "".join(f"<p>{esc(x)}</p>" for x in FUNDING)))
    body.append(text_block("<h2>Dates for your diary</h2>" + "".join(f"<p>{esc(x)}</p>" for x in DIARY)))
    foot = text_block("<em>" + esc(FOOTER[0]) + "</em><br>" + esc(FOOTER[1]) + "<br><br>"
                      "<strong>" + esc(FOOTER[2]) + "</strong><br><br>Want to change how you "
                      'receive these emails?<br>You can <a href="https://newport.us5.list-manage'
                      '.com/profile?u=5f1c0e2a9b">update your preferences</a> or <a href="https:'
                      '//newport.us5.list-manage.com/unsubscribe?u=5f1c0e2a9b">unsubscribe from '
                      'this list</a>.')
    h = ['<!doctype html>', '<html xmlns="http://www.w3.org/1999/xhtml" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">',
         '<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{esc(TITLE)}</title>",
         "<style type=\"text/css\">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}"
         "h1,h2{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;}"
         "#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}"
         ".mcnPreviewText{display:none !important;}#templateBody{background-color:#FFFFFF;}"
         ".mcnTextContent{word-break:break-word;}</style>",
         "<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96"
         "</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->",
         "</head><body><center>",
         '<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" '
         'width="100%" id="bodyTable"><tr><td align="center" valign="top" id="bodyCell">',
         "<!--[if (gte mso 9)|(IE)]><table align=\"center\" border=\"0\" cellspacing=\"0\" "
         "cellpadding=\"0\" width=\"600\" style=\"width:600px;\"><tr><td align=\"center\" "
         "valign=\"top\" width=\"600\" style=\"width:600px;\"><![endif]-->",
         '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">',
         f'<tr><td valign="top" id="templatePreheader">{pre}</td></tr>',
         f'<tr><td valign="top" id="templateHeader">{header}</td></tr>',
         '<tr><td valign="top" id="templateBody">' + "\n".join(body) + "</td></tr>",
         f'<tr><td valign="top" id="templateFooter">{foot}</td></tr>',
         "</table><!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->",
         "</td></tr></table></center></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ plain-text part
def write_txt() -> None:
    def head(t):
        return [t, "=" * len(t), ""]
    out = [f"View this email in your browser ({ARCHIVE})", "",
           "Newport City Council | Cyngor Dinas Casnewydd", "",
           "------------------------------------------------------------", ""]
    out += head(TITLE) + [ISSUE, "", WELCOME, ""]
    for i, (name, _img, rows) in enumerate(PRIORITIES, 1):
        out += head(f"Priority {i}: {name}")
        for lead, t, *_ in rows:
            out += [f"{lead} {t}", ""]
        out += [f"Read more ({LINKS[i]})", ""]
    out += head("Funding news") + [x for f in FUNDING for x in (f, "")]
    out += head("Dates for your diary") + [x for f in DIARY for x in (f, "")]
    out += ["============================================================", ""]
    out += [FOOTER[0], FOOTER[1], "", FOOTER[2], "",
            "Want to change how you receive these emails?",
            "You can update your preferences (https://newport.us5.list-manage.com/profile?u="
            "5f1c0e2a9b) or unsubscribe from this list (https://newport.us5.list-manage.com/"
            "unsubscribe?u=5f1c0e2a9b)", ""]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ Word: a copy-paste
def write_docx() -> None:
    doc = new_docx(font="Helvetica", size=12)
    outer = doc.add_table(rows=1, cols=1)       # the pasted templateContainer
    cell = outer.rows[0].cells[0]

    def par(c, text="", bold=False, size=None, link=False):
        p = c.add_paragraph()
        if text:
            r = p.add_run(text)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
            if link:
                r.underline = True
                r.font.color.rgb = __import__("docx").shared.RGBColor(0x00, 0x59, 0x8C)
        return p

    first = cell.paragraphs[0]
    r = first.add_run("View this email in your browser")
    r.underline = True
    par(cell, "[Newport City Council | Cyngor Dinas Casnewydd]", size=9)

    def block():                                  # a pasted mcnTextBlock: a nested table
        t = cell.add_table(rows=1, cols=1)
        inner = t.rows[0].cells[0]
        return inner

    c = block()
    c.paragraphs[0].add_run(TITLE).bold = True
    c.paragraphs[0].runs[0].font.size = Pt(20)
    par(c, ISSUE)
    par(c, WELCOME)
    for i, (name, _img, rows) in enumerate(PRIORITIES, 1):
        c = block()
        c.paragraphs[0].add_run(f"Priority {i}: {name}").bold = True
        c.paragraphs[0].runs[0].font.size = Pt(16)
        for lead, t, *_ in rows:
            p = par(c, lead, bold=True)
            p.add_run(" " + t)
        btn = c.add_table(rows=1, cols=1)        # the button's own table
        bc = btn.rows[0].cells[0]
        shade(bc, "00598C")
        rr = bc.paragraphs[0].add_run("Read more")
        rr.bold = True
        rr.font.color.rgb = __import__("docx").shared.RGBColor(0xFF, 0xFF, 0xFF)
    for head, paras in (("Funding news", FUNDING), ("Dates for your diary", DIARY)):
        c = block()
        c.paragraphs[0].add_run(head).bold = True
        c.paragraphs[0].runs[0].font.size = Pt(16)
        for x in paras:
            par(c, x)
    c = block()
    c.paragraphs[0].add_run(FOOTER[0]).italic = True
    for x in FOOTER[1:]:
        par(c, x, size=10)
    par(c, "Want to change how you receive these emails?", size=10)
    par(c, "You can update your preferences or unsubscribe from this list.", size=10)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF: Chrome's print
def write_pdf() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
    st = pdf_styles(10)
    h1 = ParagraphStyle("mh1", parent=st["title"], fontSize=20, leading=25)
    h2 = ParagraphStyle("mh2", parent=st["h1"], fontSize=15, leading=19)
    small = ParagraphStyle("sm", parent=st["body"], fontSize=8, leading=10)
    w = 150 * mm

    def img(label_h):
        t = Table([[""]], colWidths=[w], rowHeights=[label_h])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#B8C4CC"))]))
        return t

    def button():
        t = Table([[P('<font color="#FFFFFF"><b>Read more</b></font>', st["body"])]],
                  colWidths=[30 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#00598C")),
                               ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        t.hAlign = "LEFT"
        return t

    story = [P(f'<u><font color="#00598C">View this email in your browser</font></u>', small),
             Spacer(1, 4), img(14 * mm), Spacer(1, 6), P(esc(TITLE), h1), P(esc(ISSUE), st["body"]),
             P(esc(WELCOME), st["body"])]
    for i, (name, im, rows) in enumerate(PRIORITIES, 1):
        if im:
            story += [Spacer(1, 6), img(45 * mm)]
        story.append(P(esc(f"Priority {i}: {name}"), h2))
        story += [P(f"<b>{esc(lead)}</b> {esc(t)}", st["body"]) for lead, t, *_ in rows]
        story += [button(), Spacer(1, 8)]
    for head, paras in (("Funding news", FUNDING), ("Dates for your diary", DIARY)):
        story.append(P(head, h2))
        story += [P(esc(x), st["body"]) for x in paras]
    story += [Spacer(1, 10), P(f"<i>{esc(FOOTER[0])}</i>", small)] + \
        [P(esc(x), small) for x in FOOTER[1:]] + \
        [P("Want to change how you receive these emails?", small),
         P("You can <u>update your preferences</u> or <u>unsubscribe from this list</u>.", small)]

    from reportlab.pdfgen import canvas as _canvas

    class Chrome(_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for s in self._saved:
                self.__dict__.update(s)
                W, H = A4
                self.setFont("DejaVu", 7.5)
                self.drawString(10 * mm, H - 7 * mm, "14/10/2026, 09:12")
                self.drawCentredString(W / 2, H - 7 * mm, TITLE)
                self.drawString(10 * mm, 6 * mm, ARCHIVE)
                self.drawRightString(W - 10 * mm, 6 * mm, f"{self._pageNumber}/{n}")
                super().showPage()
            super().save()

    d = SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, leftMargin=30 * mm,
                          rightMargin=30 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                          title=TITLE)
    d.build(story, canvasmaker=Chrome)


if __name__ == "__main__":
    write_html()
    write_txt()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
