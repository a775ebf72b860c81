"""rec16a: a WLGA LETTER TO A MINISTER whose recommendations are UNNUMBERED BULLETS after a
lead-in "We would urge the Welsh Government to:" (infinitive clauses, no subject: the
Welsh Government acts) and a SECOND LIST after "In return, councils will:" (the councils'
undertakings, which the letter offers as the other half of its proposals: "our proposals
are in two parts"). No headings, no areas, no numbers; letterhead, addresses, "Dear
Cabinet Secretary", a subject line, "Yours sincerely" and the spokesperson's signature
frame it. No activities.

WLGA to the Cabinet Secretary for Housing and Local Government (the addressee's office, no
name), 5 November 2025, "Local Government Settlement 2026-27" (signed by a fictional WLGA
spokesperson). Forms:
- .txt: the letter as sent in a plain-text e-mail: lines hard-wrapped at 72 characters,
  bullets "  * " with continuation lines indented, "--" signature block;
- .html: the WLGA website's news page "WLGA writes to Cabinet Secretary on 2026-27
  settlement" (cookie notice, navigation, breadcrumb, a news intro paragraph, the letter in
  the article body with <ul> lists, "Related news" aside, footer);
- .docx: a letter: letterhead in the page header, date and addressee lines, bold subject,
  the bullets in Word's "List Bullet" style (numbering.xml bullets);
- .pdf: the letter printed from Word: letterhead, bullets drawn "•", signature block.
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, build_pdf, esc, header_text, new_docx, pdf_styles)
from reportlab.platypus import ListFlowable, ListItem, Spacer

NAME = "rec16a-letter-to-minister"
TITLE = "Local Government Settlement 2026-27"
DATE = "5 November 2025"
FROM = ["Welsh Local Government Association", "One Canal Parade, Dumballs Road",
        "Cardiff CF10 5BF"]
TO = ["Cabinet Secretary for Housing and Local Government", "Welsh Government",
      "Cathays Park", "Cardiff CF10 3NQ"]
SALUTE = "Dear Cabinet Secretary,"
BODY = [
    "Thank you for meeting the WLGA's Executive Board on 17 October. I am writing, as "
    "promised at that meeting, to set out local government's proposals ahead of the "
    "provisional settlement for 2026-27.",
    "Councils' own estimate, prepared with the Society of Welsh Treasurers, is that "
    "unavoidable pressures in 2026-27 will reach £559 million, most of it in social care, "
    "pay and school transport. Even after planned savings and council tax rises, this "
    "leaves a gap that cannot be closed without cutting services that residents value.",
    "Councils also receive more than 90 separate specific grants, many of them small, each "
    "with its own conditions, claims and monitoring. Bringing these into the settlement "
    "would free officer time and let councils plan with confidence.",
    "Our proposals are in two parts: what we ask of the Welsh Government, and what councils "
    "will do in return. We would urge the Welsh Government to:",
]
WG_LIST = [
    ("provide a settlement for 2026-27 that meets the unavoidable pressures identified by "
     "councils;", ["WG"]),
    ("publish indicative settlements for 2027-28 and 2028-29 so that councils can plan over "
     "the medium term;", ["WG"]),
    ("transfer at least £200 million of specific grants into the revenue support grant from "
     "April 2026;", ["WG"]),
    ("fund in full the cost of the 2026 pay awards for teachers and local government staff;",
     ["WG"]),
    ("work with the WLGA to simplify the terms and reporting of the grants that remain.",
     ["WG", "WLGA"]),
]
MIDDLE = "In return, councils will:"
LG_LIST = [
    ("publish their medium-term financial plans and savings proposals each year;", ["LG"]),
    ("report each year on the outcomes achieved with the funding transferred into the "
     "settlement;", ["LG"]),
    ("work with the WLGA on a shared programme of efficiency and collaboration reviews.",
     ["LG", "WLGA"]),
]
CLOSE = [
    "We would welcome the opportunity to discuss these proposals with you and your officials "
    "before the provisional settlement is announced. I am copying this letter to the Cabinet "
    "Secretary for Finance and Welsh Language and to the leaders of all 22 councils.",
]
SIGN = ["Yours sincerely,", "Councillor Elin Rowlands",
        "WLGA Spokesperson for Finance and Resources"]


def reading() -> dict:
    recs = [{"rec_id": str(i), "area": None, "text": t, "owners": o}
            for i, (t, o) in enumerate(WG_LIST + LG_LIST, 1)]
    return {"kind": "recommendations", "title": TITLE, "areas": [],
            "recommendations": recs, "activities": None}


# ------------------------------------------------------------------ plain-text e-mail
def wrap(t: str, first: str = "", rest: str = "") -> list[str]:
    return textwrap.wrap(t, 72, initial_indent=first, subsequent_indent=rest)


def write_txt() -> None:
    out = [f"From: WLGA Finance <finance@wlga.example.gov.uk>",
           "To: Correspondence.CabinetSecretary.HLG@gov.wales.example",
           f"Date: {DATE}", f"Subject: {TITLE}", "", SALUTE, ""]
    for p in BODY:
        out += wrap(p) + [""]
    for t, _o in WG_LIST:
        out += wrap(t, "  * ", "    ")
    out += [""] + wrap(MIDDLE) + [""]
    for t, _o in LG_LIST:
        out += wrap(t, "  * ", "    ")
    out += [""]
    for p in CLOSE:
        out += wrap(p) + [""]
    out += [SIGN[0], "", "--", SIGN[1], SIGN[2]] + FROM + [""]
    (OUT / f"{NAME}.txt").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (WLGA news page)
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         "<title>WLGA writes to Cabinet Secretary on 2026-27 settlement - WLGA</title>"
         "</head><body>",
         '<div class="cookie-notice"><p>This website uses cookies.</p><button>OK</button></div>',
         '<header><a href="/" class="logo">WLGA</a><nav><ul><li><a href="/news">News</a></li>'
         '<li><a href="/finance">Finance</a></li><li><a href="/cy">Cymraeg</a></li></ul></nav>'
         "</header>",
         '<nav class="breadcrumb"><a href="/">Home</a> / <a href="/news">News</a></nav>',
         "<main><article><h1>WLGA writes to Cabinet Secretary on 2026-27 settlement</h1>",
         f'<p class="date">{DATE}</p>',
         '<p class="lead">The WLGA has written to the Cabinet Secretary for Housing and Local '
         "Government setting out local government's proposals for next year's settlement. "
         "The letter is published in full below.</p>",
         f"<p><strong>{esc(TITLE)}</strong></p>", f"<p>{SALUTE}</p>"]
    h += [f"<p>{esc(p)}</p>" for p in BODY] + ["<ul>"]
    h += [f"<li>{esc(t)}</li>" for t, _o in WG_LIST] + ["</ul>", f"<p>{esc(MIDDLE)}</p>", "<ul>"]
    h += [f"<li>{esc(t)}</li>" for t, _o in LG_LIST] + ["</ul>"]
    h += [f"<p>{esc(p)}</p>" for p in CLOSE]
    h += [f"<p>{SIGN[0]}<br>{SIGN[1]}<br>{SIGN[2]}</p>", "</article>",
          '<aside><h2>Related news</h2><ul><li><a href="/news/1">WLGA responds to the UK '
          'Spending Review</a></li><li><a href="/news/2">Council pressures reach £559m, '
          "says WLGA</a></li></ul></aside></main>",
          "<footer><p>Welsh Local Government Association, One Canal Parade, Dumballs Road, "
          "Cardiff CF10 5BF</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, " | ".join(FROM) + " | www.wlga.example.wales")
    add_par(doc, DATE)
    add_par(doc, "")
    for line in TO:
        add_par(doc, line)
    add_par(doc, "")
    add_par(doc, SALUTE)
    add_par(doc, TITLE, bold=True)
    for p in BODY:
        add_par(doc, p)
    for t, _o in WG_LIST:
        add_par(doc, t, style="List Bullet")
    add_par(doc, MIDDLE)
    for t, _o in LG_LIST:
        add_par(doc, t, style="List Bullet")
    for p in CLOSE:
        add_par(doc, p)
    add_par(doc, SIGN[0])
    add_par(doc, "")
    add_par(doc, SIGN[1], bold=True)
    add_par(doc, SIGN[2])
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P("<br/>".join(esc(x) for x in FROM), st["small"]), Spacer(1, 12),
             P(DATE, st["body"]), Spacer(1, 6), P("<br/>".join(esc(x) for x in TO), st["body"]),
             Spacer(1, 6), P(SALUTE, st["body"]), P(f"<b>{esc(TITLE)}</b>", st["body"])]
    story += [P(esc(p), st["body"]) for p in BODY]

    def bullets(lst):
        return ListFlowable([ListItem(P(esc(t), st["body"])) for t, _o in lst],
                            bulletType="bullet", start="•", leftIndent=14)

    story += [bullets(WG_LIST), P(esc(MIDDLE), st["body"]), bullets(LG_LIST)]
    story += [P(esc(p), st["body"]) for p in CLOSE]
    story += [P(SIGN[0], st["body"]), Spacer(1, 18), P(f"<b>{SIGN[1]}</b>", st["body"]),
              P(SIGN[2], st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA", "www.wlga.example.wales")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["recommendations"]))
