"""prog55b: a WLGA programme update sent as a MAILCHIMP e-mail newsletter. "Climate Change
Support Programme: January 2026 update", issue 7, sent Thursday 22 January 2026 (the WLGA's
real Climate Change Support Programme, funded by the Welsh Government; stories, officers and
figures invented).

Layout: the e-mail's own HTML: a preheader, "View this email in your browser", a logo image
with alt text, LAYOUT tables (nested `<table role="presentation">`: a main column and a
sidebar column), `mcnTextContent` blocks; three section headings (the programme's three
workstreams, unnumbered); under each, one STORY BLOCK per action: an image with alt text, a
headline, one paragraph, a status line "Status: On track" / "Complete" / "Delayed" / "Not yet
started" and a "Read more" button; the sidebar column: "Programme funding" (two grants),
"Key dates" (events, not items) and "In numbers" (figures, not grants); the footer with the
postal address and unsubscribe / update preferences links.

The reading (typed here before any loader ran): items the 13 story blocks' actions; text the
story's paragraph (not its headline, status line or button); section the workstream's place
1-3 (the headings are unnumbered); status from the status line (Complete done, On track in
progress, Delayed at risk, Not yet started planned); quarter the financial-year quarter of
the paragraph's outstanding date; partners named in the paragraph (Natural Resources Wales
is not in the organisations list). The preheader, the
buttons, the sidebar's key dates and numbers and the footer are not items. Priorities the
three workstream headings. Grants the Climate Change Support Grant £560,000 and the Local
Net Zero Accelerator Fund £120,000, 2025-26 ("£1.3m of savings identified" is not a grant).
Title "Climate Change Support Programme: January 2026 update"; date 2026-01-22.
Forms: .html the e-mail's HTML; .txt Mailchimp's plain-text version (headings underlined with
====, ** bold **, links in brackets, the sidebar after the main column); .pdf a browser print
of the e-mail (Chrome's header and footer lines); .docx the e-mail saved from Outlook as Word
(the layout table kept: a two-column table, the sidebar in the right cell).
"""
from __future__ import annotations

from common55 import (OUT, P, add_par, colors, esc, mm, new_docx, pdf_styles, shade)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

NAME = "prog55b-climate-programme-mailchimp"
TITLE = "Climate Change Support Programme: January 2026 update"
ISSUE = "Issue 7 · 22 January 2026"
PREHEADER = "Peer reviews, solar on schools and a new fleet network – your January update"
INTRO = ("Welcome to the first update of 2026 from the WLGA's Climate Change Support "
         "Programme. Here is where each of our actions stands as we head into the final "
         "quarter of the year.")
# (workstream, [(headline, paragraph, status label, reading status, quarter, partners)])
SECTIONS = [
    ("Decarbonisation planning", [
        ("Net zero action plan reviews", "Our peer reviewers have completed reviews of 18 "
         "councils' net zero action plans, and the remaining four will be finished by the end "
         "of March 2026.", "On track", "in progress", "2025-26 Q4", []),
        ("New carbon reporting guidance", "Updated guidance on reporting scope 3 emissions "
         "from procurement was published with Data Cymru in December 2025.", "Complete",
         "done", "2025-26 Q3", ["Data Cymru"]),
        ("Supplier emissions calculator", "The pilot of the supplier emissions calculator "
         "with five councils has slipped while data-sharing agreements are signed, and is now "
         "expected to start in May 2026.", "Delayed", "at risk", "2026-27 Q1", []),
        ("Carbon literacy for councillors", "240 councillors have now completed carbon "
         "literacy training, with further sessions running until June 2026.", "On track",
         "in progress", "2026-27 Q1", []),
    ]),
    ("Buildings and energy", [
        ("Heat decarbonisation surveys", "A framework contract for heat decarbonisation "
         "surveys of council buildings is being tendered, with the award planned for February "
         "2026.", "On track", "in progress", "2025-26 Q4", []),
        ("Solar on schools", "Feasibility studies for rooftop solar panels on 30 schools were "
         "completed in November 2025.", "Complete", "done", "2025-26 Q3", []),
        ("Street lighting", "Nineteen councils have finished converting their street lights "
         "to LED; one of the remaining three is behind because of supply problems, and all "
         "are due to finish by 31 March 2026.", "Delayed", "at risk", "2025-26 Q4", []),
        ("Fleet managers network", "A new network for council fleet managers will hold its "
         "first meeting in September 2026.", "Not yet started", "planned", "2026-27 Q2", []),
    ]),
    ("Adaptation and nature", [
        ("Climate risk assessments", "Every council has begun a climate risk assessment "
         "using the new Welsh methodology, with drafts due by the end of June 2026.",
         "On track", "in progress", "2026-27 Q1", []),
        ("Flood resilience learning set", "The flood resilience action learning set with "
         "Natural Resources Wales concluded in October 2025 with a shared toolkit.",
         "Complete", "done", "2025-26 Q3", ["Natural Resources Wales"]),
        ("Nature recovery on council land", "A toolkit for managing council land for nature "
         "recovery will be developed in 2026-27 Q2.", "Not yet started", "planned",
         "2026-27 Q2", []),
        ("Community climate conversations", "Eight councils are running community climate "
         "conversations with the Centre for Governance and Scrutiny, with the last events "
         "in March 2026.", "On track", "in progress", "2025-26 Q4",
         ["Centre for Governance and Scrutiny"]),
        ("Adaptation guidance for members", "A short guide to climate adaptation for elected "
         "members was issued in January 2026.", "Complete", "done", "2025-26 Q4", []),
    ]),
]
FUNDING = ["The programme is funded by the Welsh Government's Climate Change Support Grant "
           "(£560,000 in 2025-26).",
           "The Local Net Zero Accelerator Fund adds £120,000 in 2025-26 for the supplier "
           "emissions calculator and heat surveys."]
KEY_DATES = ["12 February 2026 – Climate Change Officers Network, Cardiff",
             "5 March 2026 – Webinar: adaptation reporting",
             "24 March 2026 – Climate and Nature Members' Forum"]
NUMBERS = ["22 councils supported", "240 councillors trained", "£1.3m of savings identified "
           "through energy audits"]
ADDRESS = ["Welsh Local Government Association", "One Canal Parade, Dumballs Road",
           "Cardiff", "CF10 5BF", "United Kingdom"]
CONTACT = "Questions? Contact the programme team at climate@wlga.gov.uk."
PAGES = [1]
URL = "https://mailchi.mp/wlga/climate-change-support-programme-january-2026"


def reading() -> dict:
    items = [{"ref": None, "section": str(i), "text": para, "status": st, "quarter": q,
              "partners": pa}
             for i, (_s, stories) in enumerate(SECTIONS, 1)
             for _h, para, _lab, st, q, pa in stories]
    return {"kind": "programme", "title": TITLE, "date": "2026-01-22",
            "priorities": [s for s, _x in SECTIONS], "items": items,
            "grants": [{"grant": "Climate Change Support Grant", "amount_gbp": 560000,
                        "financial_year": "2025-26"},
                       {"grant": "Local Net Zero Accelerator Fund", "amount_gbp": 120000,
                        "financial_year": "2025-26"}]}


def slug(s: str) -> str:
    return s.lower().replace(" ", "-").replace("'", "")


# ------------------------------------------------------------------ HTML (the e-mail)
def text_block(inner: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"'
            ' role="presentation"><tbody class="mcnTextBlockOuter"><tr><td valign="top" '
            'class="mcnTextBlockInner" style="padding-top:9px;"><table align="left" border="0" '
            'cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" width="100%" '
            'class="mcnTextContentContainer" role="presentation"><tbody><tr><td valign="top" '
            'class="mcnTextContent" style="padding:0 18px 9px; color:#202020; font-family:'
            'Helvetica; font-size:16px; line-height:150%;">' + inner +
            "</td></tr></tbody></table></td></tr></tbody></table>")


def button(href: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonBlock" '
            'role="presentation" width="100%"><tbody><tr><td style="padding:0 18px 18px;" '
            'valign="top" align="left" class="mcnButtonBlockInner"><table border="0" '
            'cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" role="presentation"'
            ' style="border-radius:3px; background-color:#00857C;"><tbody><tr><td align="center"'
            ' valign="middle" class="mcnButtonContent" style="padding:12px;"><a class="mcnButton"'
            f' title="Read more" href="{href}" target="_blank" style="color:#FFFFFF;">Read more'
            "</a></td></tr></tbody></table></td></tr></tbody></table>")


def image_block(alt: str, src: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"'
            ' role="presentation"><tbody><tr><td class="mcnImageContent" valign="top" '
            f'style="padding:9px 18px 0;"><img align="left" alt="{esc(alt)}" src="{src}" '
            'width="264" style="max-width:528px;" class="mcnImage"></td></tr></tbody></table>')


def write_html() -> None:
    main: list[str] = [text_block(f"<h1>{esc(TITLE)}</h1><p>{esc(ISSUE)}</p><p>{esc(INTRO)}</p>")]
    k = 0
    for sec, stories in SECTIONS:
        main.append(text_block(f'<h2 style="color:#00857C;">{esc(sec)}</h2>'))
        for head, para, lab, *_x in stories:
            k += 1
            main.append(image_block(f"Photo: {head}",
                                    f"https://mcusercontent.com/8f1c/images/story{k}.jpg"))
            main.append(text_block(f"<h3>{esc(head)}</h3><p>{esc(para)}</p>"
                                   f"<p><strong>Status:</strong> {esc(lab)}</p>"))
            main.append(button(f"https://www.wlga.wales/climate/{slug(head)}"))
    side = [text_block("<h3>Programme funding</h3>" + "".join(f"<p>{esc(x)}</p>" for x in FUNDING)),
            text_block("<h3>Key dates</h3>" + "".join(f"<p>{esc(x)}</p>" for x in KEY_DATES)),
            text_block("<h3>In numbers</h3>" + "".join(f"<p><strong>{esc(x)}</strong></p>"
                                                       for x in NUMBERS)),
            text_block(f"<p>{esc(CONTACT)}</p>")]
    footer = text_block(
        "<em>Copyright © 2026 Welsh Local Government Association, All rights reserved.</em>"
        "<br>You are receiving this email because you opted in to WLGA climate updates."
        "<br><br><strong>Our mailing address is:</strong><br>"
        + "<br>".join(esc(a) for a in ADDRESS) +
        '<br><br><a href="https://wlga.us5.list-manage.com/vcard?u=8f1c">Add us to your '
        'address book</a><br><br>Want to change how you receive these emails?<br>You can '
        '<a href="https://wlga.us5.list-manage.com/profile?u=8f1c">update your preferences</a>'
        ' or <a href="https://wlga.us5.list-manage.com/unsubscribe?u=8f1c">unsubscribe from '
        "this list</a>.")
    col = ('<table align="left" border="0" cellpadding="0" cellspacing="0" width="{w}" '
           'class="columnWrapper" role="presentation"><tr><td valign="top" '
           'class="columnContainer">{c}</td></tr></table>')
    html = f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(TITLE)}</title>
<style type="text/css">p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}}
#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
.mcnPreviewText{{display:none !important;}}
@media only screen and (max-width:480px){{.columnWrapper{{max-width:100% !important;width:100% !important;}}}}</style>
</head>
<body>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(PREHEADER)}</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" role="presentation">
<tr><td align="center" valign="top" id="bodyCell">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" role="presentation" style="max-width:900px;">
<tr><td valign="top" id="templatePreheader">{text_block('<p style="font-size:11px;">' + esc(PREHEADER) + '</p><p style="font-size:11px;"><a href="' + URL + '">View this email in your browser</a></p>')}</td></tr>
<tr><td valign="top" id="templateHeader">{image_block("Welsh Local Government Association – Cymdeithas Llywodraeth Leol Cymru", "https://mcusercontent.com/8f1c/images/wlga-logo.png")}</td></tr>
<tr><td valign="top" id="templateColumns">
<table border="0" cellpadding="0" cellspacing="0" width="100%" role="presentation"><tr>
<td valign="top" width="600" class="columnsContainer">{col.format(w="100%", c="".join(main))}</td>
<td valign="top" width="300" class="columnsContainer" style="background:#EEF6F5;">{col.format(w="100%", c="".join(side))}</td>
</tr></table></td></tr>
<tr><td valign="top" id="templateFooter">{footer}</td></tr>
</table></td></tr></table></center>
<img src="https://wlga.us5.list-manage.com/track/open.php?u=8f1c&amp;id=4e2a&amp;e=b7d0" height="1" width="1" alt="">
</body></html>
"""
    (OUT / f"{NAME}.html").write_text(html, encoding="utf-8")


# ------------------------------------------------------------------ plain text
def write_txt() -> None:
    out = [PREHEADER, "", f"View this email in your browser ({URL})", "",
           "** " + TITLE + " **", "=" * (len(TITLE) + 6), "", ISSUE, "", INTRO, ""]
    for sec, stories in SECTIONS:
        out += [sec, "=" * len(sec), ""]
        for head, para, lab, *_x in stories:
            out += [f"** {head} **", "", para, "", f"** Status: ** {lab}", "",
                    f"Read more (https://www.wlga.wales/climate/{slug(head)})", ""]
    out += ["-" * 60, "", "Programme funding", "=" * 17, ""] + [x for f in FUNDING for x in (f, "")]
    out += ["Key dates", "=" * 9, ""] + [x for f in KEY_DATES for x in (f, "")]
    out += ["In numbers", "=" * 10, ""] + [x for f in NUMBERS for x in (f"** {f} **", "")]
    out += [CONTACT, "", "=" * 60, "",
            "Copyright © 2026 Welsh Local Government Association, All rights reserved.",
            "You are receiving this email because you opted in to WLGA climate updates.", "",
            "Our mailing address is:"] + ADDRESS + [
            "", "Want to change how you receive these emails?",
            "You can update your preferences (https://wlga.us5.list-manage.com/profile?u=8f1c)"
            " or unsubscribe from this list (https://wlga.us5.list-manage.com/unsubscribe?u=8f1c)."]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


# ------------------------------------------------------------------ PDF (browser print)
def write_pdf() -> None:
    st = pdf_styles(9)
    main = [P(f"<b>{esc(TITLE)}</b>", st["title"]), P(esc(ISSUE), st["body"]),
            P(esc(INTRO), st["body"])]
    for sec, stories in SECTIONS:
        main.append(P(esc(sec), st["h1"]))
        for head, para, lab, *_x in stories:
            main += [P(f"[Photo: {esc(head)}]", st["small"]), P(esc(head), st["h2"]),
                     P(esc(para), st["body"]), P(f"<b>Status:</b> {esc(lab)}", st["body"]),
                     P('<font color="#00857C"><b>Read more</b></font>', st["body"])]
    side = [P("Programme funding", st["h2"])] + [P(esc(x), st["cell"]) for x in FUNDING]
    side += [P("Key dates", st["h2"])] + [P(esc(x), st["cell"]) for x in KEY_DATES]
    side += [P("In numbers", st["h2"])] + [P(f"<b>{esc(x)}</b>", st["cell"]) for x in NUMBERS]
    side += [P(esc(CONTACT), st["cell"])]
    head = Table([[P(esc(PREHEADER), st["small"]),
                   P('<u>View this email in your browser</u>', st["small"])],
                  [P("<b>Welsh Local Government Association</b> – Cymdeithas Llywodraeth Leol "
                     "Cymru", st["body"]), ""]], colWidths=[120 * mm, 54 * mm])
    # one row per section of the main column keeps the layout table printable across pages
    body_rows = [[main[:3], side]]
    i = 3
    while i < len(main):
        j = i + 1
        while j < len(main) and main[j].style.name != "h1":
            j += 1
        body_rows.append([main[i:j], ""])
        i = j
    body = Table(body_rows, colWidths=[118 * mm, 56 * mm])
    body.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#EEF6F5"))]))
    foot = [P("<i>Copyright © 2026 Welsh Local Government Association, All rights reserved.</i>",
              st["small"]),
            P("Our mailing address is: " + esc(", ".join(ADDRESS)), st["small"]),
            P("Want to change how you receive these emails? You can <u>update your "
              "preferences</u> or <u>unsubscribe from this list</u>.", st["small"])]

    def furniture(c, d):
        w, h = A4
        c.setFont("DejaVu", 7)
        c.drawString(10 * mm, h - 7 * mm, "22/01/2026, 10:31")
        c.drawCentredString(w / 2, h - 7 * mm, TITLE)
        c.drawString(10 * mm, 6 * mm, URL)
        c.drawRightString(w - 10 * mm, 6 * mm, f"{c.getPageNumber()}/{PAGES[0]}")

    import copy
    for _pass in (1, 2):  # the first pass counts the pages ("1/4" as Chrome prints)
        doc = SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, leftMargin=18 * mm,
                                rightMargin=18 * mm, topMargin=14 * mm, bottomMargin=14 * mm,
                                title=TITLE)
        doc.build(copy.deepcopy([head, Spacer(1, 6), body, Spacer(1, 6)] + foot),
                  onFirstPage=furniture, onLaterPages=furniture)
        PAGES[0] = doc.page


# ------------------------------------------------------------------ Word (saved from Outlook)
def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    for lab, val in (("From:", "WLGA Climate Change Support Programme <climate@wlga.gov.uk>"),
                     ("Sent:", "22 January 2026 10:30"),
                     ("To:", "Rhodri Evans"),
                     ("Subject:", TITLE)):
        p = doc.add_paragraph()
        r = p.add_run(lab + "\t")
        r.bold = True
        p.add_run(val)
        p.paragraph_format.space_after = 0
    add_par(doc, "")
    add_par(doc, PREHEADER, size=8)
    add_par(doc, "View this email in your browser", size=8)
    add_par(doc, "[Welsh Local Government Association – Cymdeithas Llywodraeth Leol Cymru]")
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    shade(right, "EEF6F5")
    lp = left.paragraphs[0]
    r = lp.add_run(TITLE)
    r.bold = True
    r.font.size = 16 * 12700
    add_par(left, ISSUE)
    add_par(left, INTRO)
    for sec, stories in SECTIONS:
        add_par(left, sec, bold=True, size=14)
        for head, para, lab, *_x in stories:
            add_par(left, f"[Photo: {head}]", size=8)
            add_par(left, head, bold=True, size=12)
            add_par(left, para)
            p = add_par(left, "Status:", bold=True)
            p.add_run(" " + lab)
            add_par(left, "Read more", bold=True)
    rp = right.paragraphs[0]
    rr = rp.add_run("Programme funding")
    rr.bold = True
    for x in FUNDING:
        add_par(right, x)
    add_par(right, "Key dates", bold=True)
    for x in KEY_DATES:
        add_par(right, x)
    add_par(right, "In numbers", bold=True)
    for x in NUMBERS:
        add_par(right, x, bold=True)
    add_par(right, CONTACT)
    add_par(doc, "Copyright © 2026 Welsh Local Government Association, All rights reserved.",
            size=8)
    add_par(doc, "Our mailing address is: " + ", ".join(ADDRESS), size=8)
    add_par(doc, "Want to change how you receive these emails? You can update your preferences "
            "or unsubscribe from this list.", size=8)
    doc.save(OUT / f"{NAME}.docx")


if __name__ == "__main__":
    write_html()
    write_txt()
    write_pdf()
    write_docx()
    print(NAME, len(reading()["items"]))
