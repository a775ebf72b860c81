"""rec35b: recommendations of the SHIPPED KIND in a PLAIN E-MAIL: a WLGA policy officer
forwards the conclusions of the WLGA Rural Services Task Group to Members on 9 February 2026
(real body; task group, people and text invented).

Layout (not tried by earlier corpora: eval20's prog20b was a PROGRAMME update e-mailed in
HTML, eval29's prog29b a programme e-mail with bracketed RAG words): a plain-text message
HARD-WRAPPED at 72; the recommendations as "1)" .. "12)" numbered through the message under
four ALL-CAPS headings underlined with "=" ("WORKFORCE\\n========="); each recommendation
ends with its owners after a dash ("- for WG and councils"), wrapped lines indented three
spaces (so a wrapped tail can start a line "   - for WG"); a signature; below it the earlier
message quoted with "> ", which lists two DRAFT recommendations the group dropped ("> 4) a
rural council tax discount ... - for WG").

The reading (typed here, before any loader ran): areas the four headings (no themes);
recommendations 1-12 as numbered, text without the number and the "- for ..." tail, owners
from the tail (WG; councils = LG; WLGA; "WG and councils" both; "WLGA and WG" both); the
quoted dropped drafts are not recommendations; there are no activities (the message has
none: anything read as one is extra).
Forms: .txt Outlook "Save As" Text Only (From / Sent / To / Cc / Subject header lines with
tabs, CRLF); .html Outlook's HTML of the plain-text message (MsoPlainText paragraph per line,
a header block); .docx the message pasted into Word as text (a paragraph per line); .pdf
printed from Outlook (the sender's name as a banner, the header block, the body).
"""
from __future__ import annotations

import textwrap

import common35  # noqa: F401  (sys.path: ../gen_common.py)
from gen_common import OUT, P, add_par, build_pdf, esc, new_docx, pdf_styles
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer

NAME = "rec35b-rural-task-group-plain-email"
TITLE = "Rural Services Task Group - final conclusions"
HEAD = [("From", "Rhian Morgan <rhian.morgan@wlga.gov.uk>"),
        ("Sent", "09 February 2026 14:32"),
        ("To", "WLGA Rural Forum Members"),
        ("Cc", "Hughes, Dafydd <dafydd.hughes@wlga.gov.uk>"),
        ("Subject", "FW: " + TITLE)]
OPEN = ["Dear colleagues,",
        "Please see below the final conclusions of the WLGA Rural Services Task Group, as "
        "agreed at its last meeting on 3 February. They will go to the Rural Forum on 6 March "
        "for endorsement, and we would welcome any comments by Friday 27 February.",
        "The Task Group makes 12 recommendations under four headings. Where a recommendation "
        "is for a particular body this is shown after the dash."]
OWNERS = {"WG": ["WG"], "councils": ["LG"], "WLGA": ["WLGA"], "WG and councils": ["WG", "LG"],
          "WLGA and WG": ["WLGA", "WG"]}
AREAS = [
    ("TRANSPORT", "Transport", [
        ("That the Welsh Government confirms funding for demand-responsive rural bus services "
         "for at least three years from April 2027", "WG"),
        ("That councils and Transport for Wales agree one booking platform for community "
         "transport schemes in each region", "councils"),
        ("That the WLGA publishes a good practice guide on joining up school and public "
         "transport by December 2026", "WLGA"),
    ]),
    ("WORKFORCE", "Workforce", [
        ("That a rural recruitment premium for hard-to-fill social care posts is piloted in two "
         "regions", "WG and councils"),
        ("That councils offer shared apprenticeships across neighbouring rural authorities",
         "councils"),
        ("That a rural leadership bursary is funded for council staff working in rural "
         "services", "WLGA and WG"),
    ]),
    ("HOUSING", "Housing", [
        ("That the Welsh Government reviews the guidance on the second homes premium in the "
         "light of the evidence gathered by the Task Group", "WG"),
        ("That councils set targets for key worker housing in rural wards in their next Local "
         "Development Plans", "councils"),
        ("That the WLGA keeps a national register of rural exception sites", "WLGA"),
    ]),
    ("DIGITAL CONNECTIVITY", "Digital connectivity", [
        ("That the Welsh Government and councils agree a joint plan for the remaining premises "
         "without gigabit-capable broadband", "WG and councils"),
        ("That every rural council names a digital inclusion lead for its communities",
         "councils"),
        ("That the WLGA reports progress on these recommendations to the Rural Forum every six "
         "months", "WLGA"),
    ]),
]
SIGN = ["Kind regards", "Rhian", "", "Rhian Morgan", "Swyddog Polisi / Policy Officer",
        "CLlLC / WLGA", "Ffôn / Tel: 029 2046 8600"]
OLD_HEAD = [("From", "Parry, Eryl (Cllr) <eryl.parry@wlga.gov.uk>"),
            ("Sent", "04 February 2026 09:15"),
            ("To", "Morgan, Rhian <rhian.morgan@wlga.gov.uk>"),
            ("Subject", TITLE)]
OLD = ["Rhian,", "",
       "Thanks for yesterday. As agreed, the group dropped two of the draft recommendations "
       "and the numbering in the final list changes accordingly:", "",
       "4) a rural council tax discount for key workers - for WG",
       "9) a single rural services fund - for WG and WLGA", "",
       "Please circulate the final list to members before the Rural Forum.", "", "Eryl"]


def reading() -> dict:
    areas, recs = [], []
    n = 0
    for _caps, area, rr in AREAS:
        areas.append({"area": area, "theme": None})
        for t, o in rr:
            n += 1
            recs.append({"rec_id": str(n), "area": area, "text": t, "owners": OWNERS[o]})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": []}


def wrap(text: str, first: str = "", rest: str = "", width: int = 72) -> list[str]:
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                         break_on_hyphens=False)


def body_lines() -> list[str]:
    out: list[str] = []
    for para in OPEN:
        out += wrap(para) + [""]
    n = 0
    for caps, _area, rr in AREAS:
        out += [caps, "=" * len(caps), ""]
        for t, o in rr:
            n += 1
            lab = f"{n}) "
            out += wrap(f"{t} - for {o}", lab, " " * len(lab))
        out.append("")
    out += SIGN + ["", "-----Original Message-----"]
    out += [f"{k}: {v}" for k, v in OLD_HEAD] + [""]
    quoted: list[str] = []
    for x in OLD:
        quoted += wrap(x, width=70) if x else [""]
    out += [("> " + x).rstrip() for x in quoted]
    return out


def write_txt() -> None:
    lines = [f"{k}:\t{v}" for k, v in HEAD] + [""] + body_lines()
    (OUT / f"{NAME}.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))


def write_html() -> None:
    h = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
         'office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
         'xmlns="http://www.w3.org/TR/REC-html40">', "<head>",
         '<meta http-equiv=Content-Type content="text/html; charset=utf-8">',
         '<meta name=Generator content="Microsoft Word 15 (filtered medium)">',
         f"<title>{esc(HEAD[-1][1])}</title>",
         "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
         "font-family:\"Calibri\",sans-serif;}\np.MsoPlainText, li.MsoPlainText, "
         "div.MsoPlainText\n\t{mso-style-priority:99;mso-style-link:\"Plain Text Char\";"
         "margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n-->\n</style>",
         "</head>", "<body lang=EN-GB link=\"#0563C1\" vlink=\"#954F72\" "
         "style='word-wrap:break-word'>", "<div class=WordSection1>",
         "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0>"]
    h += [f"<tr><td valign=top style='padding:0cm'><p class=MsoNormal><b>{k}:</b></p></td>"
          f"<td style='padding:0cm 0cm 0cm 6.0pt'><p class=MsoNormal>{esc(v)}</p></td></tr>"
          for k, v in HEAD]
    h += ["</table>", "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"]
    for ln in body_lines():
        if not ln:
            h.append("<p class=MsoPlainText><o:p>&nbsp;</o:p></p>")
        else:
            lead = len(ln) - len(ln.lstrip(" "))
            h.append("<p class=MsoPlainText>" + "&nbsp;" * lead + esc(ln.lstrip(" "))
                     .replace("&gt; ", "&gt; ") + "<o:p></o:p></p>")
    h += ["</div>", "</body>", "</html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    for k, v in HEAD:
        p = add_par(doc, f"{k}:", bold=True)
        p.add_run("\t" + v)
        p.paragraph_format.space_after = 0
    add_par(doc).paragraph_format.space_after = 0
    for ln in body_lines():
        p = add_par(doc, ln)
        p.paragraph_format.space_after = 0
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    line = ParagraphStyle("line", parent=st["body"], spaceAfter=0, leading=12.5)
    story = [P("<b>Rhian Morgan</b>", ParagraphStyle("banner", parent=st["title"],
                                                     fontSize=14, leading=18)),
             Spacer(1, 4)]
    story += [P(f"<b>From:</b>&nbsp;&nbsp;{esc(v)}" if k == "From" else
                f"<b>{k}:</b>&nbsp;&nbsp;{esc(v)}", line) for k, v in HEAD]
    story.append(Spacer(1, 12))
    for ln in body_lines():
        lead = len(ln) - len(ln.lstrip(" "))
        story.append(P("&nbsp;" * lead + esc(ln.lstrip(" ")) if ln else "&nbsp;", line))
    build_pdf(OUT / f"{NAME}.pdf", story, "Rhian Morgan", "")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
