"""prog20b: a PROGRAMME MANAGER'S UPDATE SENT AS AN E-MAIL: header lines (From / Sent / To /
Subject), "Dear all," ALL-CAPS headings underlined with "====" (the update) and "----" (each
workstream), "*" bullets (one per project, a run-in label "Apprenticeships:") with "o"
outline sub-bullets "Status: On track" / "Due: March 2026" / "Note: ..." in hanging indents,
a "FUNDING" paragraph, "DATES FOR YOUR DIARY" bullets (meetings: no items), a signature block
and, below it, the QUOTED EARLIER MESSAGE (last month's update, "-----Original Message-----",
lines prefixed "> ": no items of this update).

WLGA Workforce Programme (setting real; the manager and content invented), "Workforce
Programme - monthly update, September 2025", sent 3 October 2025. Forms:
- .txt: the plain-text e-mail, hard-wrapped at 76 characters with hanging indents;
- .html: the message as Outlook/Word writes HTML: <p class=MsoNormal>, bullets
  <p class=MsoListParagraphCxSpFirst ... style='mso-list:l0 level1 lfo1'> with
  <![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;...</span></span><![endif]>,
  "o" at level2 in Courier New, <o:p></o:p>, conditional comments, the quoted message in a
  bordered <div> with From/Sent/To/Subject in bold;
- .docx: the message saved from Word: headings bold capitals, bullets "List Bullet" and
  "List Bullet 2" (REAL numbering from numbering.xml, no typed "*" or "o");
- .pdf: the message printed from Outlook: the sender's name bar, the header block, body
  with "•" and "o" bullets in hanging indents.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import OUT, P, add_par, build_pdf, esc, mm, new_docx, pdf_styles
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

NAME = "prog20b-programme-manager-email"
SUBJECT = "Workforce Programme - monthly update, September 2025"
HEAD = [("From", "Carys Morgan <carys.morgan@wlga.gov.uk>"),
        ("Sent", "03 October 2025 16:42"),
        ("To", "Workforce Programme Board <workforce.board@wlga.gov.uk>"),
        ("Cc", "HR Directors Network"),
        ("Subject", SUBJECT)]
OPEN = ["Dear all,",
        "Please find below the Workforce Programme update for September 2025, ahead of the "
        "Programme Board on 21 October. Each project shows its status and the date it is due "
        "to finish. Please send me any corrections by Friday 10 October."]
STATUS = {"On track": "in progress", "Complete": "done", "Delayed": "at risk",
          "Not started": "planned"}
# workstream: [(bullet, status, due, note or None, quarter, partners)]
WS = [
    ("RECRUITMENT AND RETENTION", "Recruitment and retention", [
        ("Apprenticeships: 14 councils have now signed the memorandum of understanding for "
         "the All-Wales local government apprenticeship scheme.", "On track", "March 2026",
         None, "2025-26 Q4", []),
        ("Social care recruitment: the second wave of the national social care recruitment "
         "campaign ran from 1 to 28 September.", "Complete", "September 2025", None,
         "2025-26 Q2", []),
        ("Exit interview toolkit: the draft toolkit is with the HR Directors Network for "
         "comment.", "Delayed", "November 2025",
         "Was due in August; comments are due back by 31 October.", "2025-26 Q3",
         ["HR Directors Network"]),
    ]),
    ("PAY AND REWARD", "Pay and reward", [
        ("Pay negotiations: the 2025-26 pay offer for local government services staff has "
         "been put to the three trade unions.", "On track", "October 2025", None,
         "2025-26 Q3", []),
        ("Job evaluation: the review of the job evaluation schemes used by councils has not "
         "yet been scoped.", "Not started", "June 2026", None, "2026-27 Q1", []),
        ("Pay data: Data Cymru published the pay and workforce data dashboard for 2024-25.",
         "Complete", "August 2025", None, "2025-26 Q2", ["Data Cymru"]),
    ]),
    ("LEADERSHIP DEVELOPMENT", "Leadership development", [
        ("Chief officer programme: 18 chief officers joined the third cohort of the "
         "leadership programme run with Academi Wales.", "On track", "February 2026", None,
         "2025-26 Q4", ["Academi Wales"]),
        ("Mentoring: matching mentors and mentees for the cross-council mentoring scheme is "
         "behind plan because of low take-up in north Wales.", "Delayed", "January 2026",
         "A second call for mentors went out on 29 September.", "2025-26 Q4", []),
        ("Inclusive leadership: two workshops on inclusive leadership for senior managers "
         "were held with WEN Wales.", "Complete", "September 2025", None, "2025-26 Q2",
         ["WEN Wales"]),
    ]),
]
FUNDING = ("The Welsh Government has confirmed its Workforce Development grant of £210,000 "
           "for 2025-26, which funds the apprenticeship and mentoring work. The first claim "
           "will go in at the end of October.")
DIARY = ["21 October 2025 - Workforce Programme Board, WLGA offices, Cardiff",
         "6 November 2025 - HR Directors Network, online",
         "4 December 2025 - Apprenticeship scheme launch event, Llandudno"]
SIGN = ["Diolch / Thanks,", "Carys", "", "Carys Morgan", "Workforce Programme Manager | "
        "Rheolwr Rhaglen y Gweithlu", "Welsh Local Government Association | Cymdeithas "
        "Llywodraeth Leol Cymru", "One Canal Parade, Dumballs Road, Cardiff, CF10 5BF",
        "Tel: 029 2046 8600", "www.wlga.cymru | www.wlga.wales"]
OLD_HEAD = [("From", "Carys Morgan"), ("Sent", "05 September 2025 15:10"),
            ("To", "Workforce Programme Board"),
            ("Subject", "Workforce Programme - monthly update, August 2025")]
OLD = [("RECRUITMENT AND RETENTION", [
            ("Apprenticeships: 11 councils have signed the memorandum of understanding.",
             "On track", "March 2026"),
            ("Social care recruitment: the second wave of the campaign starts on 1 September.",
             "On track", "September 2025"),
            ("Exit interview toolkit: drafting is behind plan.", "Delayed", "August 2025")]),
       ("PAY AND REWARD", [
            ("Pay data: the dashboard was published on 28 August.", "Complete",
             "August 2025")])]


def reading() -> dict:
    items = []
    for s, (_h, _p, bullets) in enumerate(WS, 1):
        for k, (b, st, _d, _n, q, pa) in enumerate(bullets, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": b,
                          "status": STATUS[st], "quarter": q, "partners": pa})
    return {"kind": "programme", "title": SUBJECT, "date": "2025-10-03",
            "priorities": [p for _h, p, _b in WS], "items": items,
            "grants": [{"grant": "Workforce Development grant", "amount_gbp": 210000,
                        "financial_year": "2025-26"}]}


def subs(st, due, note):
    out = [f"Status: {st}", f"Due: {due}"]
    return out + ([f"Note: {note}"] if note else [])


# ------------------------------------------------------------------ plain text
def wrap(text, first, rest, width=76):
    return textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest)


def write_txt() -> None:
    out = [f"{k}: {v}" for k, v in HEAD] + [""]
    out += [OPEN[0], ""] + wrap(OPEN[1], "", "") + [""]
    out += ["PROGRAMME UPDATE - SEPTEMBER 2025", "=" * 33, ""]
    for h, _p, bullets in WS:
        out += [h, "-" * len(h), ""]
        for b, st, due, note, *_x in bullets:
            out += wrap(b, "*  ", "   ")
            for s in subs(st, due, note):
                out += wrap(s, "      o  ", "         ")
            out.append("")
    out += ["FUNDING", "-------", ""] + wrap(FUNDING, "", "") + [""]
    out += ["DATES FOR YOUR DIARY", "-" * 20, ""]
    for d in DIARY:
        out += wrap(d, "*  ", "   ")
    out += [""] + SIGN + ["", "", "-----Original Message-----"]
    out += [f"{k}: {v}" for k, v in OLD_HEAD] + [""]
    old = ["Dear all,", "", "Here is the update for August 2025.", ""]
    for h, bullets in OLD:
        old += [h, "-" * len(h), ""]
        for b, st, due in bullets:
            old += wrap(b, "*  ", "   ", 72)
            old += [f"      o  Status: {st}", f"      o  Due: {due}"]
        old.append("")
    old += ["Carys"]
    out += [("> " + x).rstrip() for x in old]
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Outlook HTML
def mso_p(text, bold=False):
    t = f"<b>{esc(text)}<o:p></o:p></b>" if bold else f"{esc(text)}<o:p></o:p>"
    return f"<p class=MsoNormal>{t}</p>"


def mso_li(text, level, pos):
    cls = {"first": "MsoListParagraphCxSpFirst", "mid": "MsoListParagraphCxSpMiddle",
           "last": "MsoListParagraphCxSpLast", "only": "MsoListParagraph"}[pos]
    if level == 1:
        mark = ("<span style='font-family:Symbol;mso-fareast-font-family:Symbol;"
                "mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>·<span "
                "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;"
                "&nbsp; </span></span></span>")
        margin = "36.0pt"
    else:
        mark = ("<span style='font-family:\"Courier New\";mso-fareast-font-family:\"Courier "
                "New\"'><span style='mso-list:Ignore'>o<span style='font:7.0pt \"Times New "
                "Roman\"'>&nbsp;&nbsp; </span></span></span>")
        margin = "72.0pt"
    return (f"<p class={cls} style='margin-left:{margin};mso-add-space:auto;"
            f"text-indent:-18.0pt;mso-list:l0 level{level} lfo1'><![if !supportLists]>{mark}"
            f"<![endif]>{esc(text)}<o:p></o:p></p>")


def bullets_html(bullets, with_subs=True):
    flat = []
    for b, st, due, *rest in bullets:
        flat.append((b, 1))
        if with_subs:
            note = rest[0] if rest else None
            flat += [(s, 2) for s in subs(st, due, note)]
    out = []
    for i, (t, lv) in enumerate(flat):
        pos = "only" if len(flat) == 1 else "first" if i == 0 else \
            "last" if i == len(flat) - 1 else "mid"
        out.append(mso_li(t, lv, pos))
    return out


def write_html() -> None:
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
         'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
         'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">', "<head>",
         '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
         '<meta name=Generator content="Microsoft Word 15 (filtered medium)">',
         f"<title>{esc(SUBJECT)}</title>",
         "<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
         "\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
         "p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{mso-style-priority:"
         "34;margin-top:0cm;margin-right:0cm;margin-bottom:0cm;margin-left:36.0pt;}\n"
         "@list l0\n\t{mso-list-id:1402173129;mso-list-type:hybrid;}\n@list l0:level1\n\t"
         "{mso-level-number-format:bullet;mso-level-text:\\F0B7;}\n@list l0:level2\n\t"
         "{mso-level-number-format:bullet;mso-level-text:o;}\n-->\n</style>",
         "<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext=\"edit\" spidmax=\"1026\" />\n"
         "</xml><![endif]-->", "</head>", "<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" "
         "style='word-wrap:break-word'>", "<div class=WordSection1>",
         "<table class=MsoNormalTable border=0 cellpadding=0><tbody>"]
    h += [f"<tr><td><p class=MsoNormal><b>{k}:<o:p></o:p></b></p></td><td><p class=MsoNormal>"
          f"{esc(v)}<o:p></o:p></p></td></tr>" for k, v in HEAD]
    h += ["</tbody></table>", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>", mso_p(OPEN[0]),
          "<p class=MsoNormal><o:p>&nbsp;</o:p></p>", mso_p(OPEN[1]),
          "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
          "<p class=MsoNormal><b><u>PROGRAMME UPDATE - SEPTEMBER 2025<o:p></o:p></u></b></p>"]
    for hd, _p, bullets in WS:
        h += ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>", mso_p(hd, bold=True)]
        h += ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>"] + bullets_html(bullets)
    h += ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>", mso_p("FUNDING", bold=True),
          mso_p(FUNDING), "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
          mso_p("DATES FOR YOUR DIARY", bold=True)]
    h += [mso_li(d, 1, "mid") for d in DIARY]
    h += ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>"]
    h += [mso_p(x) if x else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>" for x in SIGN]
    h += ["<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
          "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>",
          "<p class=MsoNormal>" + "<br>\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in OLD_HEAD)
          + "<o:p></o:p></p>", "</div>", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>",
          mso_p("Dear all,"), mso_p("Here is the update for August 2025.")]
    for hd, bullets in OLD:
        h += [mso_p(hd, bold=True)] + bullets_html([(b, s, d) for b, s, d in bullets])
    h += [mso_p("Carys"), "</div>", "</body>", "</html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    for k, v in HEAD:
        p = add_par(doc, f"{k}:", bold=True)
        p.add_run(f"\t{v}")
    add_par(doc)
    add_par(doc, OPEN[0])
    add_par(doc, OPEN[1])
    add_par(doc, "PROGRAMME UPDATE - SEPTEMBER 2025", bold=True).runs[0].underline = True
    for hd, _p, bullets in WS:
        add_par(doc, hd, bold=True)
        for b, st, due, note, *_x in bullets:
            add_par(doc, b, style="List Bullet")
            for s in subs(st, due, note):
                add_par(doc, s, style="List Bullet 2")
    add_par(doc, "FUNDING", bold=True)
    add_par(doc, FUNDING)
    add_par(doc, "DATES FOR YOUR DIARY", bold=True)
    for d in DIARY:
        add_par(doc, d, style="List Bullet")
    add_par(doc)
    for x in SIGN:
        add_par(doc, x)
    add_par(doc)
    add_par(doc, "-----Original Message-----")
    for k, v in OLD_HEAD:
        p = add_par(doc, f"{k}:", bold=True)
        p.add_run(f" {v}")
    add_par(doc, "Dear all,")
    add_par(doc, "Here is the update for August 2025.")
    for hd, bullets in OLD:
        add_par(doc, hd, bold=True)
        for b, st, due in bullets:
            add_par(doc, b, style="List Bullet")
            add_par(doc, f"Status: {st}", style="List Bullet 2")
            add_par(doc, f"Due: {due}", style="List Bullet 2")
    add_par(doc, "Carys")
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (printed from Outlook)
def write_pdf() -> None:
    st = pdf_styles(10)
    b1 = st["body"].clone("b1", leftIndent=14, bulletIndent=4, spaceAfter=1)
    b2 = st["body"].clone("b2", leftIndent=32, bulletIndent=22, spaceAfter=1)
    story = [P("<b>Carys Morgan</b>", st["h1"])]
    t = Table([[P(f"<b>{k}:</b>", st["body"]), P(esc(v), st["body"])] for k, v in HEAD],
              colWidths=[22 * mm, 150 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 8), P(esc(OPEN[0]), st["body"]), P(esc(OPEN[1]), st["body"]),
              P("<b><u>PROGRAMME UPDATE - SEPTEMBER 2025</u></b>", st["body"])]
    for hd, _p, bullets in WS:
        story.append(P(f"<b>{hd}</b>", st["body"].clone("hh", spaceBefore=8)))
        for b, s_, due, note, *_x in bullets:
            story.append(Paragraph(esc(b), b1, bulletText="•"))
            story += [Paragraph(esc(s), b2, bulletText="o") for s in subs(s_, due, note)]
    story += [P("<b>FUNDING</b>", st["body"].clone("hf", spaceBefore=8)),
              P(esc(FUNDING), st["body"]), P("<b>DATES FOR YOUR DIARY</b>", st["body"])]
    story += [Paragraph(esc(d), b1, bulletText="•") for d in DIARY]
    story += [Spacer(1, 8)] + [P(esc(x) or "&nbsp;", st["body"].clone("sg", spaceAfter=0))
                               for x in SIGN]
    story += [Spacer(1, 10)]
    t = Table([[P("<b>" + "<br/>".join(f"{k}: </b>{esc(v)}<b>" for k, v in OLD_HEAD) + "</b>",
                  st["body"])]], colWidths=[172 * mm])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.grey)]))
    story += [t, P("Dear all,", st["body"]), P("Here is the update for August 2025.",
                                                 st["body"])]
    for hd, bullets in OLD:
        story.append(P(f"<b>{hd}</b>", st["body"]))
        for b, s_, due in bullets:
            story.append(Paragraph(esc(b), b1, bulletText="•"))
            story += [Paragraph(f"Status: {s_}", b2, bulletText="o"),
                      Paragraph(f"Due: {due}", b2, bulletText="o")]
    story.append(P("Carys", st["body"]))
    build_pdf(OUT / f"{NAME}.pdf", story, SUBJECT, "Printed from Outlook")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
