"""prog11b: a progress report numbered in LEGAL style (1 / 1.1 / 1.1.1) whose items carry a
STATUS SYMBOL from a key (✔ complete, ● on track, ◐ behind plan, ○ not started).

WLGA Diversity in Democracy and Member Support Programme 2025-26, report to the WLGA
Executive Board, 23 January 2026. Forms:

- .txt: Word's "Save as plain text": the numbers typed, a TAB after each number ("3.1.1<TAB>✔
  The ..."), no Markdown;
- .html: nested <ol> lists numbered by CSS counters (the numbers are NOT in the text), the
  symbol in a <span> with an aria-label, sections as <section> with <h2>;
- .docx: Word's automatic multi-level numbering (numbering.xml, "%1.%2.%3"), headings in
  Heading 1 / Heading 2 styles numbered by the same list, items in a "List Paragraph";
- .pdf: numbers printed with hanging indents, page header and "Page N of M".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

import copy

from gen_common import (OUT, P, add_par, build_pdf, esc, footer_page_numbers, header_text,
                        mm, new_docx, pdf_styles, OxmlElement, qn)
from reportlab.lib.styles import ParagraphStyle

NAME = "prog11b-democracy-legal-numbering"
TITLE = "Diversity in Democracy and Member Support Programme 2025-26: Progress Report"
DATE_PRINTED = "23 January 2026"
SYM = {"done": "✔", "in progress": "●", "at risk": "◐", "planned": "○"}
SYM_LABEL = {"done": "Complete", "in progress": "On track", "at risk": "Behind plan",
             "planned": "Not started"}
KEY = "Key: ✔ complete; ● on track; ◐ behind plan; ○ not started."

PRIORITIES = ["Candidate diversity ahead of the 2027 local elections",
              "Councillor development and induction",
              "Civility, safety and wellbeing of members",
              "Effective scrutiny"]

# Numbered paragraphs outside the progress sections: (heading, [paragraphs])
PURPOSE = ("Purpose", ["To report progress on the Diversity in Democracy and Member Support "
                       "Programme 2025-26 at the end of December 2025, and to note the funding "
                       "position for 2026-27."])
BACKGROUND = ("Background", [
    "The programme supports councils to widen the diversity of those standing for election and "
    "to support elected members once elected. It is funded by the Welsh Government and "
    "delivered by the WLGA with councils' democratic services teams.",
    "The priorities agreed by the Executive Board for 2025-26 are:",
    KEY,
])

# (section no, section title, [(topic, [(text, status, quarter, partners)])])
PROGRESS = [
    ("3", "Candidate diversity", [
        ("Be a Councillor campaign", [
            ("The Be a Councillor website was refreshed in September 2025 with new films from "
             "councillors under 40.", "done", "2025-26 Q2", []),
            ("Regional 'Could you be a councillor?' events are being held in all four regions, "
             "the last by the end of March 2026.", "in progress", "2025-26 Q4", []),
            ("A campaign with employers on time off for public duties will launch in April "
             "2026.", "planned", "2026-27 Q1", []),
            ("Pen portraits of 12 recently elected councillors were added to the website.",
             "done", None, []),
        ]),
        ("Support for under-represented candidates", [
            ("Shadowing schemes with Elect Her and Race Equality First continue alongside the "
             "Welsh Government's Candidate Diversity Grant pilot.", "in progress", None, []),
            ("Guidance for councils on reasonable adjustments for disabled candidates was due "
             "in December 2025 and is now expected in February 2026.", "at risk", "2025-26 Q4",
             []),
            ("A briefing on the Access to Elected Office Fund was given to democratic services "
             "officers in November 2025.", "done", "2025-26 Q3", []),
        ]),
    ]),
    ("4", "Councillor development", [
        ("Induction for 2027", [
            ("An all-Wales induction framework for councillors elected in May 2027 is being "
             "developed with Academi Wales, for agreement by the end of June 2026.",
             "in progress", "2026-27 Q1", ["Academi Wales"]),
            ("E-learning modules for new councillors will be commissioned in Q1 2026-27.",
             "planned", "2026-27 Q1", []),
            ("The Member Development Charter panel met in October 2025 and reaccredited two "
             "councils.", "done", "2025-26 Q3", []),
        ]),
        ("Leadership", [
            ("A third cohort of 18 cabinet members is on the leadership programme delivered "
             "with the LGA, running until March 2026.", "in progress", "2025-26 Q4", ["LGA"]),
            ("Mentoring pairs for new group leaders were in place by December 2025.", "done",
             "2025-26 Q3", []),
            ("The chairs' network has not met since July because members were not available; "
             "a meeting is planned for February 2026.", "at risk", "2025-26 Q4", []),
        ]),
    ]),
    ("5", "Civility, safety and wellbeing", [
        ("Civility in public life", [
            ("The Civility in Public Life pledge has now been signed by all 22 councils.",
             "done", None, []),
            ("A protocol with the four police forces on members' safety at surgeries is in "
             "draft, due by the end of Q4.", "in progress", "2025-26 Q4", []),
            ("Guidance on reporting social media abuse, prepared with the LGA, COSLA and NILGA, "
             "has moved to May 2026.", "at risk", "2026-27 Q1", ["COSLA", "LGA", "NILGA"]),
        ]),
        ("Member wellbeing", [
            ("A wellbeing helpline for members is being piloted in three councils until March "
             "2026.", "in progress", "2025-26 Q4", []),
            ("A survey of councillors' wellbeing will be issued in April 2026.", "planned",
             "2026-27 Q1", []),
            ("Member support officers meet each month to share practice on wellbeing, with "
             "support from Academi Wales.", "in progress", None, ["Academi Wales"]),
        ]),
    ]),
    ("6", "Scrutiny", [
        ("Scrutiny development", [
            ("Masterclasses for scrutiny chairs were delivered with the Centre for Governance "
             "and Scrutiny in September and October 2025.", "done", "2025-26 Q3",
             ["Centre for Governance and Scrutiny"]),
            ("Peer support for the scrutiny of budget setting is being given to five councils "
             "during January and February 2026.", "in progress", "2025-26 Q4", []),
            ("A review of scrutiny arrangements for Corporate Joint Committees will start in Q1 "
             "2026-27.", "planned", "2026-27 Q1", []),
            ("The scrutiny officers' network conference, planned for November 2025, was "
             "postponed and will now take place in March 2026.", "at risk", "2025-26 Q4", []),
        ]),
        ("Data and evidence", [
            ("Data Cymru is preparing a dashboard of councillor diversity from the 2022 "
             "candidates survey, for March 2026.", "in progress", "2025-26 Q4",
             ["Data Cymru"]),
            ("The redesign of the candidates survey for 2027 awaits the Welsh Government's "
             "regulations, now expected by September 2026.", "at risk", "2026-27 Q2", []),
            ("Audit Wales's findings on scrutiny were presented to the scrutiny officers' "
             "network in November 2025.", "done", "2025-26 Q3", ["Audit Wales"]),
        ]),
    ]),
]
FUNDING = ("Funding", [
    "The Welsh Government's Diversity in Democracy grant for 2025-26 is £475,000, confirmed in "
    "April 2025.",
    "A Member Support Grant of £120,000 in 2025-26 funds the wellbeing helpline pilot and the "
    "mentoring scheme.",
    "The Welsh Government has indicated a Diversity in Democracy grant of £500,000 for 2026-27, "
    "subject to approval of the delivery plan.",
])
GRANTS = [("Diversity in Democracy grant", 475_000, "2025-26"),
          ("Member Support Grant", 120_000, "2025-26"),
          ("Diversity in Democracy grant", 500_000, "2026-27")]
RECOMMENDATION = ("Recommendation", [
    "That the Executive Board notes progress on the programme and the items behind plan (◐).",
])


def reading() -> dict:
    items = []
    for no, _title, topics in PROGRESS:
        for t_i, (_topic, rows) in enumerate(topics, start=1):
            for i_i, (text, status, quarter, partners) in enumerate(rows, start=1):
                items.append({"section": no, "ref": f"{no}.{t_i}.{i_i}", "text": text,
                              "status": status, "quarter": quarter,
                              "partners": sorted(partners)})
    return {"kind": "programme", "title": TITLE, "date": "2026-01-23",
            "priorities": PRIORITIES, "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": y}
                       for g, a, y in GRANTS]}


def _frame_sections():
    """The paper in order: (number, heading, [(number, text, children)])."""
    yield "1", PURPOSE[0], [("1.1", PURPOSE[1][0], [])]
    bg = BACKGROUND[1]
    yield "2", BACKGROUND[0], [("2.1", bg[0], []), ("2.2", bg[1], PRIORITIES),
                               ("2.3", bg[2], [])]


# ------------------------------------------------------------------ text
def write_txt() -> None:
    out = ["Welsh Local Government Association", "", "WLGA EXECUTIVE BOARD", "",
           DATE_PRINTED, "", TITLE, "", "Report of the Head of Democratic Services", ""]
    for no, head, paras in _frame_sections():
        out += [f"{no}\t{head}", ""]
        for pno, text, children in paras:
            out += [f"{pno}\t{text}", ""]
            for letter, child in zip("abcd", children):
                out += [f"\t({letter})\t{child}"]
            if children:
                out.append("")
    for no, title, topics in PROGRESS:
        out += [f"{no}\t{title}", ""]
        for t_i, (topic, rows) in enumerate(topics, start=1):
            out += [f"{no}.{t_i}\t{topic}", ""]
            for i_i, (text, status, _q, _p) in enumerate(rows, start=1):
                out += [f"{no}.{t_i}.{i_i}\t{SYM[status]} {text}", ""]
    for no, (head, paras) in (("7", FUNDING), ("8", RECOMMENDATION)):
        out += [f"{no}\t{head}", ""]
        for i, text in enumerate(paras, start=1):
            out += [f"{no}.{i}\t{text}", ""]
    out += ["Contact: Democratic Services Team, WLGA, One Canal Parade, Cardiff CF10 5BF", ""]
    (OUT / f"{NAME}.txt").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    css = ("ol.legal{counter-reset:l1;list-style:none;padding-left:0}"
           "ol.legal>li{counter-increment:l1}"
           "ol.legal>li>h2::before{content:counter(l1) \"  \"}"
           "ol.legal ol{counter-reset:l2;list-style:none}"
           "ol.legal ol>li{counter-increment:l2}"
           "ol.legal ol>li::before{content:counter(l1) \".\" counter(l2) \"  \"}"
           "ol.legal ol ol{counter-reset:l3}"
           "ol.legal ol ol>li{counter-increment:l3}"
           "ol.legal ol ol>li::before{content:counter(l1) \".\" counter(l2) \".\" "
           "counter(l3) \"  \"}"
           "ol.alpha{list-style:lower-alpha}ol.alpha>li::before{content:none}")
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)}</title>", f"<style>{css}</style></head><body>",
         '<nav aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/executive-board">'
         "Executive Board</a></nav>",
         "<main><article>", '<p class="org">WLGA Executive Board</p>',
         f"<h1>{esc(TITLE)}</h1>",
         f'<p><time datetime="2026-01-23">{DATE_PRINTED}</time> · Report of the Head of '
         "Democratic Services</p>", '<ol class="legal">']

    def sec(head: str, inner: list[str]) -> None:
        h.append(f"<li><section><h2>{esc(head)}</h2><ol>")
        h.extend(inner)
        h.append("</ol></section></li>")

    for _no, head, paras in _frame_sections():
        inner = []
        for _pno, text, children in paras:
            if children:
                inner.append(f"<li><p>{esc(text)}</p><ol class=\"alpha\">"
                             + "".join(f"<li>{esc(c)}</li>" for c in children) + "</ol></li>")
            else:
                inner.append(f"<li><p>{esc(text)}</p></li>")
        sec(head, inner)
    for _no, title, topics in PROGRESS:
        inner = []
        for topic, rows in topics:
            inner.append(f"<li><h3>{esc(topic)}</h3><ol>")
            for text, status, _q, _p in rows:
                inner.append(f'<li><span class="status" aria-label="{SYM_LABEL[status]}">'
                             f"{SYM[status]}</span> {esc(text)}</li>")
            inner.append("</ol></li>")
        sec(title, inner)
    for head, paras in (FUNDING, RECOMMENDATION):
        sec(head, [f"<li><p>{esc(p)}</p></li>" for p in paras])
    h += ["</ol>", "</article></main>",
          "<footer>Welsh Local Government Association, One Canal Parade, Cardiff</footer>",
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h), encoding="utf-8")


# ------------------------------------------------------------------ Word
def _legal_numbering(doc) -> int:
    """Add a multi-level legal list (1 / 1.1 / 1.1.1, level 4 "(a)") and return its numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 90
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    texts = ["%1", "%1.%2", "%1.%2.%3", "(%4)"]
    fmts = ["decimal", "decimal", "decimal", "lowerLetter"]
    for lvl, (txt, fmt) in enumerate(zip(texts, fmts)):
        el = OxmlElement("w:lvl")
        el.set(qn("w:ilvl"), str(lvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt)):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            el.append(e)
        if lvl > 0:
            rs = OxmlElement("w:lvlRestart")
            rs.set(qn("w:val"), str(lvl))
            el.append(rs)
        for tag, val in (("w:suff", "tab"), ("w:lvlText", txt), ("w:lvlJc", "left")):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            el.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        left = [567, 567, 1134, 1701][lvl]
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:hanging"), "567")
        ppr.append(ind)
        el.append(ppr)
        an.append(el)
    # abstractNums must come before nums
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(abs_id))
    num.append(a)
    numbering.append(num)
    return 90


def _numbered(doc, text: str, level: int, num_id: int, style: str | None = None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        p.add_run(text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    return p


def write_docx() -> None:
    doc = new_docx(size=11)
    header_text(doc, "WLGA Executive Board – " + DATE_PRINTED)
    footer_page_numbers(doc, "Diversity in Democracy and Member Support Programme")
    num = _legal_numbering(doc)
    add_par(doc, "WLGA EXECUTIVE BOARD", bold=True)
    add_par(doc, DATE_PRINTED)
    doc.add_heading(TITLE, level=0)
    add_par(doc, "Report of the Head of Democratic Services")
    for _no, head, paras in _frame_sections():
        _numbered(doc, head, 0, num, style="Heading 1")
        for _pno, text, children in paras:
            _numbered(doc, text, 1, num)
            for c in children:
                _numbered(doc, c, 3, num)
    for _no, title, topics in PROGRESS:
        _numbered(doc, title, 0, num, style="Heading 1")
        for topic, rows in topics:
            _numbered(doc, topic, 1, num, style="Heading 2")
            for text, status, _q, _p in rows:
                p = _numbered(doc, "", 2, num, style="List Paragraph")
                r = p.add_run(SYM[status] + " ")
                r.font.name = "Segoe UI Symbol"
                p.add_run(text)
    for head, paras in (FUNDING, RECOMMENDATION):
        _numbered(doc, head, 0, num, style="Heading 1")
        for text in paras:
            _numbered(doc, text, 1, num)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    s = pdf_styles(10)

    def hang(indent_mm: float) -> ParagraphStyle:
        st = copy.copy(s["body"])
        st.name = f"hang{indent_mm}"
        st.leftIndent = indent_mm * mm
        st.firstLineIndent = -12 * mm
        return st

    story = [P("WLGA EXECUTIVE BOARD", s["h2"]), P(DATE_PRINTED, s["body"]),
             P(TITLE, s["title"]), P("Report of the Head of Democratic Services", s["body"])]
    lvl1, lvl2, lvl3 = hang(12), hang(12), hang(24)

    def numbered(no: str, text: str, st: ParagraphStyle) -> P:
        return P(f"{no}<font color='white'>_</font>&nbsp;&nbsp;{text}"
                 if False else f"{no}&nbsp;&nbsp;&nbsp;&nbsp;{text}", st)

    for no, head, paras in _frame_sections():
        story.append(P(f"{no}&nbsp;&nbsp;&nbsp;&nbsp;{esc(head)}", s["h1"]))
        for pno, text, children in paras:
            story.append(numbered(pno, esc(text), lvl2))
            for letter, c in zip("abcd", children):
                story.append(numbered(f"({letter})", esc(c), lvl3))
    for no, title, topics in PROGRESS:
        story.append(P(f"{no}&nbsp;&nbsp;&nbsp;&nbsp;{esc(title)}", s["h1"]))
        for t_i, (topic, rows) in enumerate(topics, start=1):
            story.append(P(f"{no}.{t_i}&nbsp;&nbsp;&nbsp;&nbsp;{esc(topic)}", s["h2"]))
            for i_i, (text, status, _q, _p) in enumerate(rows, start=1):
                story.append(numbered(f"{no}.{t_i}.{i_i}", f"{SYM[status]} {esc(text)}", lvl3))
    for no, (head, paras) in (("7", FUNDING), ("8", RECOMMENDATION)):
        story.append(P(f"{no}&nbsp;&nbsp;&nbsp;&nbsp;{esc(head)}", s["h1"]))
        for i, text in enumerate(paras, start=1):
            story.append(numbered(f"{no}.{i}", esc(text), lvl2))
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Executive Board – " + DATE_PRINTED,
              "Diversity in Democracy and Member Support Programme")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
