"""rec14b: an OMBUDSMAN'S OWN INITIATIVE INVESTIGATION REPORT: every paragraph numbered
(1, 2, 3 ... running through the whole report, across its unnumbered headings); each
findings chapter (the area) ends with a numbered paragraph that LEADS IN the recommendations
and names whom they are for ("I recommend that, within six months of the date of this
report, the four councils:"), followed by LETTERED sub-paragraphs "(a)", "(b)" ... whose
letters RUN ON across the chapters (a)-(h). Each recommendation's owners are the lead-in's
subject; the report states no actions (activities: none): the councils' agreement to
implement is a closing paragraph.

Public Services Ombudsman for Wales, "Putting things right? An own initiative investigation
into complaint handling for council housing repairs", 12 November 2025 (Public Services
Ombudsman (Wales) Act 2019, section 4). Forms:
- .md: pandoc's Markdown: the paragraphs an ordered list whose numbers continue after every
  heading ("12. ..."), the recommendations a fancy list "(a)" ... "(d)" continuing "(e)";
- .html: the Ombudsman's WordPress site (cookie banner, "Listen" button, navigation, footer):
  <ol start="N"> per run of paragraphs and <ol type="a" start="5"> for the letters (the
  browser prints "e." not "(e)");
- .docx: Word's OWN numbering (numbering.xml): paragraphs at level 0 ("%1."), the
  recommendations at level 1 ("(%2)") with lvlRestart 0 so that the letters run on; no
  number or letter typed;
- .pdf: hanging numbers in the margin (reportlab bullets), the letters indented.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, OxmlElement, add_par, build_pdf, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, qn)
from reportlab.platypus import Paragraph

NAME = "rec14b-ombudsman-own-initiative"
PUB = "Public Services Ombudsman for Wales"
TITLE = ("Putting things right? An own initiative investigation into complaint handling for "
         "council housing repairs")
DATE = "12 November 2025"
FOUR = "Cardiff Council, Newport City Council, Swansea Council and Wrexham County Borough Council"
# (heading, paragraphs, [block] or None); block: (lead-in paragraph, [(recommendation, owners)])
PARTS = [
    ("Introduction", [
        "This report sets out the findings of my own initiative investigation into how four "
        f"councils that own housing stock, {FOUR}, handle complaints about repairs to their "
        "tenants' homes.",
        "I may investigate on my own initiative under section 4 of the Public Services "
        "Ombudsman (Wales) Act 2019 where I consider it to be in the public interest.",
    ], None),
    ("Background", [
        "Complaints about housing repairs were the largest single category of complaints "
        "about councils made to my office in 2024-25.",
        "My investigators reviewed 160 complaint files from 2023-24 and 2024-25 and "
        "interviewed officers and tenants.",
    ], None),
    ("Recording complaints", [
        "Three of the four councils recorded some complaints as service requests, so they "
        "never entered the complaints process.",
        "Tenants who complained by telephone were less likely to have their complaint "
        "recorded than those who complained in writing.",
    ], [("I recommend that, within six months of the date of this report, the four councils:", [
        ("record every expression of dissatisfaction about a repair as a complaint, however "
         "it is made;", ["LG"]),
        ("train call-centre staff to recognise a complaint and to tell the tenant how it "
         "will be handled.", ["LG"]),
    ])]),
    ("Keeping tenants informed", [
        "In 41% of the files we reviewed the tenant was not told when the repair would be "
        "done.",
        "Letters closing complaints rarely explained what the council would do to put "
        "things right.",
    ], [("I recommend that, within three months of the date of this report, the four "
         "councils:", [
        ("give tenants a date for the repair when they acknowledge the complaint;", ["LG"]),
        ("explain in every complaint response what the council will do to put things right "
         "and by when.", ["LG"]),
    ])]),
    ("Learning from complaints", [
        "None of the four councils reported themes from repairs complaints to a scrutiny "
        "committee in 2024-25.",
        "Performance data on complaints is collected differently by each council, so "
        "councils cannot compare themselves with others.",
    ], [("I recommend that the four councils:", [
        ("report the themes of repairs complaints to a scrutiny committee at least twice a "
         "year;", ["LG"]),
    ]), ("I recommend that the Welsh Government:", [
        ("set out in the Welsh Housing Quality Standard guidance how landlords should record "
         "and report complaints about repairs.", ["WG"]),
    ]),
    ("I recommend that the WLGA, with Data Cymru:", [
        ("agree with councils a common set of measures for complaints about council housing "
         "repairs;", ["WLGA", "Data Cymru"]),
        ("publish the measures for all councils that own housing stock each year.",
         ["WLGA", "Data Cymru"]),
    ])]),
]
CONCLUSION = ("Conclusion", [
    "The four councils, the Welsh Government and the WLGA have accepted my recommendations. "
    "I will ask each of them for evidence of compliance within six months.",
    "I commend the councils for their co-operation with my investigation.",
])
SIGN = ["Ombudsman", DATE]


def recs():
    n = 0
    for head, _paras, blocks in PARTS:
        for _lead, items in blocks or []:
            for text, owners in items:
                n += 1
                yield n, head, text, owners


def letter(n):
    return chr(96 + n)


def reading() -> dict:
    areas = [h for h, _p, b in PARTS if b]
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a in areas],
            "recommendations": [{"rec_id": letter(n), "area": a, "text": t, "owners": o}
                                for n, a, t, o in recs()],
            "activities": None}


def walk():
    """(kind, payload) in reading order: heading, para (number, text), rec (letter, text)."""
    p = 0
    r = 0
    for head, paras, blocks in PARTS + [(CONCLUSION[0], CONCLUSION[1], None)]:
        yield "heading", head
        for t in paras:
            p += 1
            yield "para", (p, t)
        for lead, items in blocks or []:
            p += 1
            yield "para", (p, lead)
            for t, _o in items:
                r += 1
                yield "rec", (r, t)


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", f"**{PUB}**", "", DATE, ""]
    for kind, x in walk():
        if kind == "heading":
            out += [f"## {x}", ""]
        elif kind == "para":
            out += [f"{x[0]}.".ljust(4) + x[1], ""]
        else:  # a fancy list nested under the lead-in item, its letters running on
            out += [f"    ({letter(x[0])}) {x[1]}", ""]
    out += [SIGN[0], "", SIGN[1], ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - Ombudsman Wales</title></head><body>",
         '<div id="cookie-law-info-bar"><span>This website uses cookies to improve your '
         'experience.</span><a role="button">Accept</a><a role="button">Reject</a></div>',
         '<header class="site-header"><a class="custom-logo-link" href="/">Public Services '
         'Ombudsman for Wales</a><nav class="main-navigation"><ul><li><a href="/complain/">'
         'Make a complaint</a></li><li><a href="/publications/">Publications</a></li><li>'
         '<a href="/about-us/">About us</a></li><li><a href="/cy/">Cymraeg</a></li></ul>'
         "</nav></header>",
         '<main id="main"><article class="post type-page"><div class="rs_skip">'
         '<a class="readspeaker" href="#">Listen</a></div>',
         f'<h1 class="entry-title">{esc(TITLE)}</h1>', '<div class="entry-content">',
         f"<p><strong>{esc(PUB)}</strong></p>", f"<p>{esc(DATE)}</p>"]
    open_list = None
    for kind, x in walk():
        want = {"heading": None, "para": "p", "rec": "r"}[kind]
        if open_list and open_list != want:
            h.append("</ol>")
            open_list = None
        if kind == "heading":
            h.append(f"<h2>{esc(x)}</h2>")
            continue
        n, t = x
        if open_list is None:
            h.append(f'<ol start="{n}">' if kind == "para"
                     else f'<ol type="a" start="{n}" class="recommendations">')
            open_list = want
        h.append(f"<li>{esc(t)}</li>")
    if open_list:
        h.append("</ol>")
    h += ["<p>" + "<br>".join(esc(s) for s in SIGN) + "</p>", "</div></article></main>",
          '<footer class="site-footer"><p>Public Services Ombudsman for Wales, 1 Ffordd yr '
          'Hen Gae, Pencoed, CF35 5LJ</p><ul><li><a href="/accessibility/">Accessibility</a>'
          '</li><li><a href="/privacy/">Privacy notice</a></li></ul></footer></body></html>']
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def add_numbering(doc) -> int:
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), "91")
    for ilvl, fmt, text, left in ((0, "decimal", "%1.", 567), (1, "lowerLetter", "(%2)", 1134)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        vals = [("w:start", "1"), ("w:numFmt", fmt)]
        if ilvl == 1:
            vals.append(("w:lvlRestart", "0"))  # the letters run on across paragraphs
        vals += [("w:lvlText", text), ("w:lvlJc", "left")]
        for tag, val in vals:
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:hanging"), "567")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "91")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "91")
    num.append(ref)
    numbering.append(num)
    return 91


def numbered(doc, text, ilvl, num_id):
    p = add_par(doc, text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    a = OxmlElement("w:ilvl")
    a.set(qn("w:val"), str(ilvl))
    b = OxmlElement("w:numId")
    b.set(qn("w:val"), str(num_id))
    numpr.append(a)
    numpr.append(b)
    ppr.insert(0, numpr)
    return p


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    num_id = add_numbering(doc)
    header_text(doc, "Public Services Ombudsman for Wales – Own initiative investigation")
    footer_page_numbers(doc, "Putting things right?")
    add_par(doc, PUB, bold=True)
    doc.add_heading(TITLE, level=1)
    add_par(doc, DATE)
    for kind, x in walk():
        if kind == "heading":
            doc.add_heading(x, level=2)
        else:
            numbered(doc, x[1], 0 if kind == "para" else 1, num_id)
    for s in SIGN:
        add_par(doc, s)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    para = st["body"].clone("para", leftIndent=10 * mm, bulletIndent=0, spaceAfter=6)
    rec = st["body"].clone("rec", leftIndent=20 * mm, bulletIndent=10 * mm, spaceAfter=4)
    story = [P(f"<b>{esc(PUB)}</b>", st["body"]), P(esc(TITLE), st["title"]),
             P(esc(DATE), st["body"])]
    for kind, x in walk():
        if kind == "heading":
            story.append(P(esc(x), st["h1"]))
        elif kind == "para":
            story.append(Paragraph(esc(x[1]), para, bulletText=f"{x[0]}."))
        else:
            story.append(Paragraph(esc(x[1]), rec, bulletText=f"({letter(x[0])})"))
    story += [P(esc(s), st["body"]) for s in SIGN]
    build_pdf(OUT / f"{NAME}.pdf", story, "Public Services Ombudsman for Wales – "
              "Own initiative investigation", "Putting things right?")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
