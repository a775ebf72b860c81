"""rec55a: a working group's recommendations circulated in an E-MAIL THREAD. The (invented)
Partnership Council for Wales "Local Government Resilience Working Group": its chair's e-mail
of 6 March 2026 with the final draft recommendations, a member's reply of 9 March 2026 with
comments against three of them, and a WLGA officer's forward of 10 March 2026 to the WLGA
policy team (the Partnership Council is real; group, people and content invented).

Layout: newest message first. The forward's note and signature; Outlook's header block
("From: ... Sent: ... To: ... Subject: RE: ..."); the member's reply, which QUOTES
recommendations 2, 6 and 10 in full, each followed by a comment ("Agreed.", "Agreed – ...",
a doubt), and his signature; then the chair's original, QUOTED in full: an introduction, the
recommendations numbered 1-12 through the message ("1. That the Welsh Government ...") under
four un-numbered theme headings, "Next steps" and the chair's signature.

The reading (typed here before any loader ran): recommendations 1-12, each counted ONCE, from
the newest complete copy (the chair's list; the reply's quoted copies are the same words and
are not counted again); rec_id the printed number; text the sentence as printed; areas the
four theme headings (the only grouping the e-mail has; theme none); owners who is asked:
"the Welsh Government" WG, "the WLGA" WLGA, "councils" LG, jointly named bodies all of them,
Data Cymru kept as printed (no code). The reply's comments ("Agreed.", "Agreed – ..."), the
signatures, the forward's note and "Next steps" are not recommendations. Activities: none
(`null`, not scored).
Forms: .txt the plain-text thread (the forward's note, "-----Original Message-----", the reply with
its three quotes "> 2. That ...", then the original under the reply's "On ... wrote:", every
line quoted "> "); .html the thread as
Outlook writes HTML (`WordSection1`, `MsoNormal`, Outlook's header blocks with a top rule,
the reply's quotes in `<blockquote>`, the original's list an `<ol>` per theme with `start`);
.docx the thread saved as Word (header blocks with bold labels and a top rule, the original's
list ONE numbering.xml list through the themes, the reply's quotes indented with typed numbers);
.pdf a printed e-mail (Outlook's print: the sender's name in bold over the header table).
"""
from __future__ import annotations

from common55 import (OUT, P, add_par, esc, mm, new_docx, new_list, outlook_header_docx,
                      pdf_styles, set_num)
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.lib import colors

NAME = "rec55a-working-group-email-thread"
SUBJECT = "Resilience Working Group – final draft recommendations"
# (area, [(n, text, owners)])
THEMES = [
    ("Funding and financial planning", [
        (1, "That the Welsh Government provides councils with indicative revenue settlements "
         "for three years from 2027-28.", ["WG"]),
        (2, "That the Welsh Government and the WLGA agree a single set of grant conditions for "
         "the twelve largest specific grants by April 2027.", ["WG", "WLGA"]),
        (3, "That councils publish a medium-term financial plan alongside their budget each "
         "year.", ["LG"]),
    ]),
    ("Workforce", [
        (4, "That the WLGA leads a national campaign to recruit planning and building control "
         "officers.", ["WLGA"]),
        (5, "That the Welsh Government funds a shared graduate scheme open to all 22 "
         "councils.", ["WG"]),
        (6, "That councils and the WLGA develop a common approach to market supplements for "
         "hard-to-fill posts.", ["LG", "WLGA"]),
    ]),
    ("Collaboration and shared services", [
        (7, "That the Welsh Government removes the legislative barriers to two councils "
         "sharing a statutory officer.", ["WG"]),
        (8, "That councils review each of their shared service arrangements at least every "
         "five years.", ["LG"]),
        (9, "That the WLGA keeps a public register of collaborative arrangements between "
         "councils.", ["WLGA"]),
    ]),
    ("Digital and data", [
        (10, "That the Welsh Government funds a national data platform for local government "
         "from 2027-28.", ["WG"]),
        (11, "That the WLGA and Data Cymru publish comparative data on council services every "
         "six months.", ["WLGA", "Data Cymru"]),
        (12, "That councils adopt common open standards for the data they publish.", ["LG"]),
    ]),
]
REC = {n: t for _a, rs in THEMES for n, t, _o in rs}
COMMENTS = [(2, ["Agreed. We should name the twelve grants in the covering report."]),
            (6, ["Agreed."]),
            (10, ["Agreed – but I would add \"and its running costs\" if there is still time.",
                  "Could we also say who hosts it?"])]
FWD = ["Colleagues,",
       "FYI – the Working Group's final draft recommendations, with Cllr Hughes's comments. "
       "They go to the Partnership Council on 26 March. Please let me have any views by "
       "Friday 13 March.",
       "Thanks,", "Rhian"]
FWD_SIG = ["Rhian Matthews", "Policy Officer | Swyddog Polisi",
           "Welsh Local Government Association | Cymdeithas Llywodraeth Leol Cymru",
           "One Canal Parade, Dumballs Road, Cardiff CF10 5BF"]
REPLY_OPEN = ["Eirian,", "Thanks for pulling these together. My comments are against the "
              "numbers below; I am content with the rest."]
REPLY_SIG = ["Gareth", "", "Cllr Gareth Hughes",
             "Cabinet Member for Finance | Aelod Cabinet dros Gyllid",
             "Cyngor Sir Ceredigion County Council"]
ORIG_OPEN = ["Dear colleagues,",
             "Following our final meeting on 3 March, I attach below the recommendations as "
             "agreed, grouped under our four themes. The numbering runs through the list so "
             "that we can refer to them at the Partnership Council."]
ORIG_CLOSE = ["Next steps", "Subject to any final comments by 10 March, I will present the "
              "recommendations to the Partnership Council for Wales on 26 March 2026, with "
              "the group's report.", "Best wishes,", "Eirian",
              "Cllr Eirian Pugh", "Chair, Local Government Resilience Working Group"]
H_FWD = [("From:", "Rhian Matthews <Rhian.Matthews@wlga.gov.uk>"),
         ("Sent:", "10 March 2026 09:14"), ("To:", "WLGA Policy Team <Policy@wlga.gov.uk>"),
         ("Subject:", "FW: " + SUBJECT)]
H_REPLY = [("From:", "Cllr Gareth Hughes <Gareth.Hughes@ceredigion.gov.uk>"),
           ("Sent:", "09 March 2026 17:02"),
           ("To:", "Cllr Eirian Pugh <eirian.pugh@powys.gov.uk>"),
           ("Cc:", "Rhian Matthews <Rhian.Matthews@wlga.gov.uk>"),
           ("Subject:", "RE: " + SUBJECT)]
H_ORIG = [("From:", "Cllr Eirian Pugh <eirian.pugh@powys.gov.uk>"),
          ("Sent:", "06 March 2026 11:20"),
          ("To:", "Resilience Working Group members"),
          ("Subject:", SUBJECT)]


def reading() -> dict:
    return {"kind": "recommendations", "title": SUBJECT,
            "areas": [{"area": a, "theme": None} for a, _r in THEMES],
            "recommendations": [{"rec_id": str(n), "area": a, "text": t, "owners": o}
                                for a, rs in THEMES for n, t, o in rs],
            "activities": None}


def write_txt() -> None:
    out = [f"{k} {v}" for k, v in H_FWD] + [""]
    out += [x for p in FWD for x in (p, "")] + FWD_SIG + ["", ""]
    out += ["-----Original Message-----"] + [f"{k} {v}" for k, v in H_REPLY] + [""]
    out += [x for p in REPLY_OPEN for x in (p, "")]
    for n, com in COMMENTS:
        out += [f"> {n}. {REC[n]}", ""] + [x for c in com for x in (c, "")]
    out += REPLY_SIG + ["", "On Fri, 6 Mar 2026 at 11:20, Cllr Eirian Pugh "
                        "<eirian.pugh@powys.gov.uk> wrote:"]
    q = [x for p in ORIG_OPEN for x in (p, "")]
    for area, rs in THEMES:
        q += [area, ""] + [f"{n}. {t}" for n, t, _o in rs] + [""]
    q += [x for p in ORIG_CLOSE[:3] for x in (p, "")] + ORIG_CLOSE[3:]
    out += [("> " + x).rstrip() for x in q]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


def hdr_html(fields) -> str:
    inner = "<br>\n".join(f"<b>{esc(k)}</b> {esc(v)}" for k, v in fields)
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            f"<p class=MsoNormal>{inner}</p></div>\n<p class=MsoNormal>&nbsp;</p>")


def write_html() -> None:
    P_ = lambda t: f"<p class=MsoNormal>{esc(t)}</p>"  # noqa: E731
    h = ["<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:"
         "office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">",
         "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">",
         "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\">",
         "<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}"
         " p.MsoListParagraph{margin-left:36.0pt;} div.WordSection1{page:WordSection1;} --></style>"
         "</head><body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\">",
         "<div class=WordSection1>"]
    h += [P_(p) + "\n<p class=MsoNormal>&nbsp;</p>" for p in FWD]
    h += [f"<p class=MsoNormal><b>{esc(FWD_SIG[0])}</b><br>" + "<br>".join(esc(x) for x in FWD_SIG[1:]) + "</p>",
          "<p class=MsoNormal>&nbsp;</p>", hdr_html(H_REPLY)]
    h += [P_(p) + "\n<p class=MsoNormal>&nbsp;</p>" for p in REPLY_OPEN]
    for n, com in COMMENTS:
        h.append("<blockquote style='border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm "
                 f"0cm 6.0pt;margin-left:4.8pt'><p class=MsoNormal>{n}. {esc(REC[n])}</p></blockquote>")
        h += [f"<p class=MsoNormal><span style='color:#1F4E79'>{esc(c)}</span></p>" for c in com]
        h.append("<p class=MsoNormal>&nbsp;</p>")
    h += [P_(x) if x else "<p class=MsoNormal>&nbsp;</p>" for x in REPLY_SIG]
    h += ["<p class=MsoNormal>&nbsp;</p>", hdr_html(H_ORIG)]
    h += [P_(p) + "\n<p class=MsoNormal>&nbsp;</p>" for p in ORIG_OPEN]
    for area, rs in THEMES:
        h.append(f"<p class=MsoNormal><b><u>{esc(area)}</u></b></p>")
        h.append(f"<ol style='margin-top:0cm' start={rs[0][0]} type=1>")
        h += [f"<li class=MsoListParagraph style='margin-left:0cm;mso-list:l0 level1 lfo1'>"
              f"{esc(t)}</li>" for _n, t, _o in rs]
        h.append("</ol><p class=MsoNormal>&nbsp;</p>")
    h.append(f"<p class=MsoNormal><b>{esc(ORIG_CLOSE[0])}</b></p>")
    h += [P_(x) for x in ORIG_CLOSE[1:]]
    h += ["</div></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    for k, v in H_FWD:
        p = doc.add_paragraph()
        r = p.add_run(k + "\t")
        r.bold = True
        p.add_run(v)
        p.paragraph_format.space_after = 0
    add_par(doc, "")
    for x in FWD:
        add_par(doc, x)
    for i, x in enumerate(FWD_SIG):
        p = add_par(doc, x, bold=(i == 0))
        p.paragraph_format.space_after = 0
    add_par(doc, "")
    outlook_header_docx(doc, H_REPLY)
    for x in REPLY_OPEN:
        add_par(doc, x)
    from docx.shared import Cm
    for n, com in COMMENTS:
        p = add_par(doc, f"{n}. {REC[n]}")
        p.paragraph_format.left_indent = Cm(0.6)
        for c in com:
            add_par(doc, c)
    for x in REPLY_SIG:
        p = add_par(doc, x)
        p.paragraph_format.space_after = 0
    add_par(doc, "")
    outlook_header_docx(doc, H_ORIG)
    for x in ORIG_OPEN:
        add_par(doc, x)
    nid = new_list(doc, "decimal", "%1.", indent=360)
    for area, rs in THEMES:
        p = add_par(doc, area, bold=True)
        p.runs[0].underline = True
        for _n, t, _o in rs:
            set_num(doc.add_paragraph(t, style="List Paragraph"), nid)
    add_par(doc, ORIG_CLOSE[0], bold=True)
    for x in ORIG_CLOSE[1:]:
        add_par(doc, x)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    s: list = [P("<b>Rhian Matthews</b>", st["title"])]

    def hdr(fields):
        t = Table([[P(f"<b>{esc(k)}</b>", st["body"]), P(esc(v), st["body"])] for k, v in fields],
                  colWidths=[22 * mm, 150 * mm])
        t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [t, Spacer(1, 8)]
    s += hdr(H_FWD) + [P(esc(x), st["body"]) for x in FWD]
    s += [P("<br/>".join(esc(x) for x in FWD_SIG), st["body"]), Spacer(1, 8)]
    s += hdr(H_REPLY) + [P(esc(x), st["body"]) for x in REPLY_OPEN]
    from reportlab.lib.styles import ParagraphStyle
    quote = ParagraphStyle("q", parent=st["body"], leftIndent=8 * mm,
                           textColor=colors.HexColor("#444444"))
    for n, com in COMMENTS:
        s.append(P(f"{n}. {esc(REC[n])}", quote))
        s += [P(esc(c), st["body"]) for c in com]
    s += [P("<br/>".join(esc(x) for x in REPLY_SIG), st["body"]), Spacer(1, 8)]
    s += hdr(H_ORIG) + [P(esc(x), st["body"]) for x in ORIG_OPEN]
    li = ParagraphStyle("li", parent=st["body"], leftIndent=7 * mm, firstLineIndent=-5 * mm)
    for area, rs in THEMES:
        s.append(P(f"<b><u>{esc(area)}</u></b>", st["body"]))
        s += [P(f"{n}.&nbsp;&nbsp;{esc(t)}", li) for n, t, _o in rs]
    s.append(P(f"<b>{esc(ORIG_CLOSE[0])}</b>", st["body"]))
    s += [P(esc(x), st["body"]) for x in ORIG_CLOSE[1:]]

    def furniture(c, d):
        w, h = A4
        c.setFont("DejaVu", 7.5)
        c.drawCentredString(w / 2, 10 * mm, str(c.getPageNumber()))

    doc = SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, leftMargin=18 * mm,
                            rightMargin=18 * mm, topMargin=18 * mm, bottomMargin=18 * mm,
                            title="FW: " + SUBJECT)
    doc.build(s, onFirstPage=furniture, onLaterPages=furniture)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
