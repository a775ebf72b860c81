"""rec22b: a WELSH LANGUAGE COMMISSIONER'S INVESTIGATION DECISION NOTICE (section 71 of the
Welsh Language (Wales) Measure 2011): numbered paragraphs ("1.1", "3.4") of background,
complaint and findings, a "Determination" (failures to comply with named standards), then
"Enforcement action" - "Under section 77 the Commissioner requires the Council to take the
following steps:" with STEPS NUMBERED 1 .. 4, each with a "by [date]" deadline - a separate
"Recommendations" list ("The Commissioner recommends that the Council:" (a) .. (c)), and a
"Steps to publicise" paragraph (no step: the Commissioner does not require publicity).
A reader counts both the required steps and the recommendations: the steps are the numbered
list under "Enforcement action" (area "Enforcement action"), the recommendations the lettered
list under "Recommendations" (area "Recommendations").

Welsh Language Commissioner (real office, Measure, sections and standards; Glanmor County
Borough Council fictional; complaint and content invented), decision of 9 April 2026,
investigation CSG/2026/014. Forms:
- .md: pandoc Markdown, paragraph numbers typed ("3.1"), steps "1." ordered list,
  recommendations "(a)" lists (pandoc's `(a)` fancy list);
- .html: the Commissioner's website (cookie banner, "Cymraeg", nav, footer), steps an <ol>,
  recommendations <ol type="a">;
- .docx: REAL WORD NUMBERING from numbering.xml: the steps "List Number" (decimal) and the
  recommendations a second abstract numbering whose level text is "(%1)" (lowerLetter); no
  typed step numbers or letters;
- .pdf: the decision notice, hanging-indent numbered paragraphs.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, OxmlElement, P, add_par, build_pdf, esc, footer_page_numbers,
                        header_text, new_docx, pdf_styles, qn)
from reportlab.platypus import Paragraph

NAME = "rec22b-welsh-language-commissioner-decision"
COUNCIL = "Glanmor County Borough Council"
TITLE = ("Decision notice: investigation under section 71 of the Welsh Language (Wales) "
         f"Measure 2011 - {COUNCIL}")
REF = "Investigation reference: CSG/2026/014"
DATE = "9 April 2026"
# (heading, [numbered paragraphs])
BODY = [
    ("1. Background", [
        ("1.1", f"{COUNCIL} (\u201cthe Council\u201d) is required to comply with the Welsh "
         "language standards specified in its compliance notice issued under section 44 of "
         "the Welsh Language (Wales) Measure 2011 (\u201cthe Measure\u201d)."),
        ("1.2", "On 14 November 2025 the Commissioner received a complaint under section 93 "
         "of the Measure. The Commissioner decided to open an investigation under section 71 "
         "of the Measure on 2 December 2025."),
    ]),
    ("2. The complaint", [
        ("2.1", "The complainant stated that the Council's recorded message on its main "
         "telephone number was in English only, and that a letter about council tax sent in "
         "reply to a letter written in Welsh was in English."),
    ]),
    ("3. Findings", [
        ("3.1", "The Council accepted that its telephone system was replaced in October 2025 "
         "and that the new recorded message was not checked for compliance before it went "
         "live."),
        ("3.2", "The Council confirmed that the council tax letter was produced by an "
         "automated system which does not hold a record of a person's language choice."),
        ("3.3", "The Commissioner found that the Council's arrangements for ensuring that new "
         "systems comply with the standards were not effective, and that staff in the revenue "
         "service had not received training on the correspondence standards."),
    ]),
    ("4. Determination", [
        ("4.1", "The Commissioner has determined that the Council failed to comply with "
         "standard 1 (replying in Welsh to correspondence received in Welsh) and standard 10 "
         "(recorded messages on telephone numbers in Welsh)."),
    ]),
]
LEAD_STEPS = ("Under section 77 of the Measure the Commissioner requires the Council to take "
              "the following steps:")
STEPS = [
    "Provide the main telephone number's recorded message in Welsh and English, with the "
    "Welsh message first, by 30 April 2026.",
    "Amend the council tax system so that it records a person's wish to receive "
    "correspondence in Welsh and produces letters in Welsh for them, by 30 September 2026.",
    "Prepare and implement a procedure for checking that new or replaced systems comply with "
    "the standards before they go live, and provide a copy to the Commissioner by 31 July "
    "2026.",
    "Provide the Commissioner with evidence that staff in the revenue service have received "
    "training on the correspondence standards by 31 October 2026.",
]
LEAD_RECS = "The Commissioner recommends that the Council:"
RECS = [
    "reviews its other telephone numbers to ensure that their recorded messages comply with "
    "standard 10;",
    "considers how it will check compliance with the standards when it procures systems from "
    "third parties;",
    "reports its progress on the steps above to its Governance and Audit Committee.",
]
PUBLICISE = ("Steps to publicise: the Commissioner has decided not to require the Council to "
             "publicise its failure under section 77 of the Measure. The Commissioner "
             "will publish this decision notice in the register of enforcement action.")
APPEAL = ("Right of appeal: under section 95 of the Measure the Council may appeal to the "
          "Welsh Language Tribunal against the determination or the enforcement action within "
          "28 days of receiving this decision notice.")
SIGN = ["Welsh Language Commissioner", DATE]


def reading() -> dict:
    recs = [{"rec_id": str(i), "area": "Enforcement action", "text": s, "owners": ["LG"]}
            for i, s in enumerate(STEPS, 1)]
    recs += [{"rec_id": chr(96 + i), "area": "Recommendations", "text": r,
              "owners": ["LG"]} for i, r in enumerate(RECS, 1)]
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": "Enforcement action", "theme": None},
                      {"area": "Recommendations", "theme": None}],
            "recommendations": recs, "activities": None}


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = ["**Comisiynydd y Gymraeg / Welsh Language Commissioner**", "", f"# {TITLE}", "",
           REF + "\\", f"Date: {DATE}", ""]
    for h, paras in BODY:
        out += [f"## {h}", ""] + [f"{n} {t}\n" for n, t in paras]
    out += ["## 5. Enforcement action", "", LEAD_STEPS, ""]
    out += [f"{i}.  {s}" for i, s in enumerate(STEPS, 1)] + [""]
    out += ["## 6. Recommendations", "", LEAD_RECS, ""]
    out += [f"({chr(96 + i)}) {r}" for i, r in enumerate(RECS, 1)] + [""]
    out += ["## 7. Steps to publicise", "", PUBLICISE, "", APPEAL, "", SIGN[0] + "\\", SIGN[1],
            ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (Commissioner site)
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | Welsh Language Commissioner</title></head><body>",
         '<div id="cookie-consent"><p>By continuing to use our site, you are agreeing for us '
         'to set a small number of cookies.</p><a href="/cookies">Cookie policy</a><button>OK'
         "</button></div>",
         '<header><a href="/" class="logo">Welsh Language Commissioner</a><a href="/cy" '
         'lang="cy">Cymraeg</a><nav><ul><li><a href="/your-rights">Your rights</a></li><li>'
         '<a href="/organisations">Organisations</a></li><li><a href="/enforcement">Register '
         'of enforcement action</a></li></ul></nav></header>',
         '<nav class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/enforcement">'
         "Register of enforcement action</a></nav>", "<main><article>",
         f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">{REF}<br>Date: {DATE}</p>']
    for hd, paras in BODY:
        h.append(f"<h2>{esc(hd)}</h2>")
        h += [f'<p><span class="para-no">{n}</span> {esc(t)}</p>' for n, t in paras]
    h += ["<h2>5. Enforcement action</h2>", f"<p>{esc(LEAD_STEPS)}</p>",
          "<ol>" + "".join(f"<li>{esc(s)}</li>" for s in STEPS) + "</ol>",
          "<h2>6. Recommendations</h2>", f"<p>{esc(LEAD_RECS)}</p>",
          '<ol type="a">' + "".join(f"<li>{esc(r)}</li>" for r in RECS) + "</ol>",
          "<h2>7. Steps to publicise</h2>", f"<p>{esc(PUBLICISE)}</p>",
          f"<p>{esc(APPEAL)}</p>", f"<p>{'<br>'.join(SIGN)}</p>", "</article>",
          '<aside><h2>Related</h2><ul><li><a href="/enforcement-policy">Enforcement policy'
          "</a></li></ul></aside></main>",
          '<footer><p>Welsh Language Commissioner, Market Chambers, 5-7 St Mary Street, '
          'Cardiff CF10 1AT</p><p>0345 6033 221</p><ul><li><a href="/privacy">Privacy</a>'
          '</li><li><a href="/accessibility">Accessibility</a></li></ul></footer>',
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word (real numbering)
def add_numbering(doc, abs_id: int, num_id: int, fmt: str, text: str) -> int:
    """An abstract numbering (one level) and a num instance in numbering.xml."""
    numbering = doc.part.numbering_part.element
    ab = OxmlElement("w:abstractNum")
    ab.set(qn("w:abstractNumId"), str(abs_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "720")
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    lvl.append(ppr)
    ab.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(ab)
    else:
        numbering.append(ab)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered(doc, text: str, num_id: int):
    p = add_par(doc, text, style="List Paragraph")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        numpr.append(el)
    ppr.append(numpr)
    return p


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Comisiynydd y Gymraeg / Welsh Language Commissioner")
    footer_page_numbers(doc, REF)
    steps = add_numbering(doc, 71, 171, "decimal", "%1.")
    recs = add_numbering(doc, 72, 172, "lowerLetter", "(%1)")
    doc.add_heading(TITLE, level=1)
    add_par(doc, REF)
    add_par(doc, f"Date: {DATE}")
    for hd, paras in BODY:
        doc.add_heading(hd, level=2)
        for n, t in paras:
            add_par(doc, f"{n}\t{t}")
    doc.add_heading("5. Enforcement action", level=2)
    add_par(doc, LEAD_STEPS)
    for s in STEPS:
        numbered(doc, s, steps)
    doc.add_heading("6. Recommendations", level=2)
    add_par(doc, LEAD_RECS)
    for r in RECS:
        numbered(doc, r, recs)
    doc.add_heading("7. Steps to publicise", level=2)
    add_par(doc, PUBLICISE)
    add_par(doc, APPEAL)
    for x in SIGN:
        add_par(doc, x)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    hang = st["body"].clone("h22d", leftIndent=24, bulletIndent=0)
    story = [P("<b>Comisiynydd y Gymraeg / Welsh Language Commissioner</b>", st["body"]),
             P(esc(TITLE), st["title"]), P(f"{REF}<br/>Date: {DATE}", st["body"])]
    for hd, paras in BODY:
        story.append(P(esc(hd), st["h1"]))
        story += [Paragraph(esc(t), hang, bulletText=n) for n, t in paras]
    story += [P("5. Enforcement action", st["h1"]), P(esc(LEAD_STEPS), st["body"])]
    story += [Paragraph(esc(s), hang, bulletText=f"{i}.") for i, s in enumerate(STEPS, 1)]
    story += [P("6. Recommendations", st["h1"]), P(esc(LEAD_RECS), st["body"])]
    story += [Paragraph(esc(r), hang, bulletText=f"({chr(96 + i)})")
              for i, r in enumerate(RECS, 1)]
    story += [P("7. Steps to publicise", st["h1"]), P(esc(PUBLICISE), st["body"]),
              P(esc(APPEAL), st["body"]), P("<br/>".join(SIGN), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, f"Welsh Language Commissioner – {REF}",
              "Comisiynydd y Gymraeg / Welsh Language Commissioner")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
