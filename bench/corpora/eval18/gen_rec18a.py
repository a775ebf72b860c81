"""rec18a: a COUNCIL CABINET COVER REPORT whose recommendations are the report's DECISIONS:
"That Cabinet:" over ROMAN items in brackets "(i) notes ...; (ii) approves ...; (iii)
delegates authority to ...; and (v) notes ..." (ONE SENTENCE SPREAD OVER THE ITEMS, each
ending ";" or "; and"), then "That Cabinet recommends to Council that it:" over a second
list whose numerals START AGAIN at (i); then "Reasons for the recommendations" (numbered
paragraphs, no recommendation). The report's other paragraphs are numbered "1.1", "2.1",
"4.3" ... under numbered sections and are NOT recommendations, although two of them report
what OTHER bodies recommended ("The WLGA's 2024 workforce survey recommended that councils
...", "Audit Wales recommended that councils ..."). A cover table (Report to / Date /
Report of / Cabinet Member / Key decision / Wards affected) opens the report.

Bro Hafren County Council (fictional), report to Cabinet, 20 January 2026, "All-Wales Local
Government Apprenticeship Scheme: joining the scheme". Forms:
- .md: pandoc's Markdown of the Word file: the roman items an ordered list "(i)" ... the
  numbered paragraphs typed "1.1" at the start of each paragraph;
- .html: the council's "modern.gov" HTML rendering of the report (cookie banner, site
  header, "Agenda item" breadcrumb, the report in <div class="mgReport">, the roman lists
  <ol type="i"> with no typed numerals, footer);
- .docx: the report as written: cover table, Heading 1 sections "1. Purpose of the report",
  typed "1.1" paragraph numbers, and the recommendation items with REAL WORD NUMBERING
  (numbering.xml, lowerRoman "(%1)", a second list restarting at (i));
- .pdf: the committee-papers PDF: typed roman numerals in a hanging indent, "Page N of M".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, OxmlElement, P, add_par, build_pdf, cell_text, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, qn)
from reportlab.platypus import Paragraph, Table, TableStyle

NAME = "rec18a-cabinet-report-decisions"
COUNCIL = "Bro Hafren County Council"
TITLE = "All-Wales Local Government Apprenticeship Scheme: joining the scheme"
DATE = "20 January 2026"
COVER = [("Report to", "Cabinet"), ("Date of meeting", DATE),
         ("Report of", "Head of People Services"),
         ("Cabinet Member", "Cabinet Member for Corporate Services"),
         ("Key decision", "Yes"), ("Wards affected", "All")]
ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]
LEAD1 = "That Cabinet:"
RECS1 = [
    ("notes the findings of the workforce planning review set out in section 4 of this "
     "report;", ["LG"]),
    ("approves the Council's participation in the All-Wales Local Government Apprenticeship "
     "Scheme from 1 April 2026;", ["LG"]),
    ("approves the creation of 20 apprenticeship posts a year for three years, funded as set "
     "out in section 6;", ["LG"]),
    ("delegates authority to the Head of People Services, in consultation with the Cabinet "
     "Member for Corporate Services, to agree a memorandum of understanding with the WLGA and "
     "the other participating councils; and", ["LG", "WLGA"]),
    ("notes that a progress report will be brought to Cabinet in twelve months' time.",
     ["LG"]),
]
LEAD2 = "That Cabinet recommends to Council that it:"
RECS2 = [
    ("approves a budget of £240,000 a year from 2026-27 for the apprenticeship posts; and",
     ["LG"]),
    ("amends the Pay Policy Statement 2026-27 so that apprentices are paid the real Living "
     "Wage.", ["LG"]),
]
# (section heading, [paragraph texts]) — the recommendations go in as section 2
SECTIONS = [
    ("1. Purpose of the report", [
        "To seek Cabinet's approval for the Council to join the All-Wales Local Government "
        "Apprenticeship Scheme, and to recommend to Council the budget for it.",
    ]),
    ("2. Recommendations", None),
    ("3. Reasons for the recommendations", [
        "Joining the scheme will help the Council to fill posts in services where recruitment "
        "is hardest, and to grow its own staff.",
        "Council must approve the budget and any change to the Pay Policy Statement; Cabinet "
        "cannot decide these itself.",
    ]),
    ("4. Background", [
        "The Council employs 4,300 staff, 31% of whom are aged 55 or over. The workforce "
        "planning review carried out in 2025 found hard-to-fill posts in social care, "
        "planning, environmental health and ICT.",
        "The WLGA's 2024 workforce survey recommended that councils expand apprenticeship "
        "routes into professions with national shortages.",
        "In its report on workforce planning, Audit Wales recommended that councils set out "
        "how they will develop the skills they will need in ten years' time.",
    ]),
    ("5. The scheme", [
        "The scheme is coordinated by the WLGA. Participating councils recruit apprentices to "
        "a shared framework, share training through regional colleges and report on "
        "completions each year.",
        "Twelve councils have joined the scheme so far.",
    ]),
    ("6. Financial implications", [
        "The 20 posts a year will cost £240,000 in 2026-27, rising with pay awards. The cost "
        "will be met from the corporate workforce reserve in the first year and built into "
        "the base budget from 2027-28.",
    ]),
    ("7. Well-being of Future Generations (Wales) Act 2015", [
        "Joining the scheme supports the long-term well-being objective of a skilled local "
        "workforce and involves the regional colleges in its design.",
    ]),
    ("8. Consultation", [
        "The trade unions and the Corporate Management Team have been consulted and support "
        "the proposal.",
    ]),
]
BACKGROUND = ("Background papers: Workforce Planning Review 2025; WLGA, All-Wales Local "
              "Government Apprenticeship Scheme prospectus (2025).")
CONTACT = "Contact officer: Head of People Services, peopleservices@brohafren.example.gov.uk"


def reading() -> dict:
    recs = []
    for k, (t, o) in enumerate(RECS1):
        recs.append({"rec_id": ROMAN[k], "area": None, "text": t, "owners": o})
    for k, (t, o) in enumerate(RECS2):
        recs.append({"rec_id": ROMAN[k], "area": None, "text": t, "owners": o})
    return {"kind": "recommendations", "title": TITLE, "areas": [],
            "recommendations": recs, "activities": None}


def numbered_sections():
    """Yield (heading, [(number, text)]) with the typed paragraph numbers."""
    for head, paras in SECTIONS:
        n = head.split(".")[0]
        yield head, None if paras is None else [(f"{n}.{k}", p) for k, p in
                                                 enumerate(paras, 1)]


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {COUNCIL}", "", f"## {TITLE}", "", "  ----------------- " + "-" * 40]
    out += [f"  {k + ':':<17} {v}" for k, v in COVER] + ["  ----------------- " + "-" * 40, ""]
    for head, paras in numbered_sections():
        out += [f"### {head}", ""]
        if paras is None:
            out += ["2.1 " + LEAD1, ""]
            out += [f"({ROMAN[k]})  {t}" for k, (t, _o) in enumerate(RECS1)] + [""]
            out += ["2.2 " + LEAD2, ""]
            out += [f"({ROMAN[k]})  {t}" for k, (t, _o) in enumerate(RECS2)] + [""]
        else:
            out += [x for n, p in paras for x in (f"{n} {p}", "")]
    out += [BACKGROUND, "", CONTACT, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (modern.gov)
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - {COUNCIL}</title></head><body>",
         '<div id="cookieBanner"><p>We use essential cookies to make this site work.</p>'
         "<button>Accept</button></div>",
         f'<header class="site"><a href="/">{COUNCIL}</a><form role="search"><input '
         'type="search" name="q"><button>Search</button></form></header>',
         '<nav class="mgBreadCrumbs"><a href="/mgListCommittees.aspx">Committees</a> &gt; '
         '<a href="/ieListMeetings.aspx?CId=130">Cabinet</a> &gt; Agenda item</nav>',
         '<div id="modgov"><h1 class="mgSubTitleTxt">Agenda item 7</h1>',
         '<div class="mgReport">', f"<h2>{esc(TITLE)}</h2>", '<table class="mgCover">']
    h += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in COVER] + ["</table>"]
    for head, paras in numbered_sections():
        h.append(f"<h3>{esc(head)}</h3>")
        if paras is None:
            h += [f"<p>2.1 {esc(LEAD1)}</p>", '<ol type="i">']
            h += [f"<li>{esc(t)}</li>" for t, _o in RECS1] + ["</ol>"]
            h += [f"<p>2.2 {esc(LEAD2)}</p>", '<ol type="i">']
            h += [f"<li>{esc(t)}</li>" for t, _o in RECS2] + ["</ol>"]
        else:
            h += [f"<p>{n} {esc(p)}</p>" for n, p in paras]
    h += [f"<p>{esc(BACKGROUND)}</p>", f"<p>{esc(CONTACT)}</p>", "</div></div>",
          f"<footer><p>&copy; {COUNCIL}</p><ul><li><a href=\"/privacy\">Privacy</a></li><li>"
          "<a href=\"/cy\">Cymraeg</a></li></ul></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word (real numbering)
def _roman_numbering(doc) -> tuple[int, int]:
    """Add a lowerRoman "(%1)" abstract numbering and two w:num instances (the second
    restarting at 1); return their numIds."""
    numbering = doc.part.numbering_part.element
    abs_id = 90
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "lowerRoman"), ("w:lvlText", "(%1)"),
                     ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "1080")
    ind.set(qn("w:hanging"), "540")
    ppr.append(ind)
    lvl.append(ppr)
    an.append(lvl)
    numbering.insert(0, an)
    ids = []
    for num_id, restart in ((91, False), (92, True)):
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), str(abs_id))
        num.append(a)
        if restart:
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), "0")
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), "1")
            ov.append(so)
            num.append(ov)
        numbering.append(num)
        ids.append(num_id)
    return ids[0], ids[1]


def _numbered(doc, text: str, num_id: int) -> None:
    p = doc.add_paragraph(style="List Paragraph")
    p.add_run(text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COUNCIL} – Cabinet – {DATE}")
    footer_page_numbers(doc, COUNCIL)
    n1, n2 = _roman_numbering(doc)
    add_par(doc, COUNCIL, bold=True)
    doc.add_heading(TITLE, level=0)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in COVER:
        r = tb.add_row().cells
        cell_text(r[0], k, bold=True)
        cell_text(r[1], v)
    for head, paras in numbered_sections():
        doc.add_heading(head, level=1)
        if paras is None:
            add_par(doc, "2.1 " + LEAD1)
            for t, _o in RECS1:
                _numbered(doc, t, n1)
            add_par(doc, "2.2 " + LEAD2)
            for t, _o in RECS2:
                _numbered(doc, t, n2)
        else:
            for n, p in paras:
                add_par(doc, f"{n}\t{p}")
    add_par(doc, BACKGROUND)
    add_par(doc, CONTACT)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    para = st["body"].clone("para18", leftIndent=28, bulletIndent=0)
    item = st["body"].clone("item18", leftIndent=58, bulletIndent=30)
    story = [P(f"<b>{COUNCIL}</b>", st["body"]), P(esc(TITLE), st["title"])]
    t = Table([[P(f"<b>{esc(k)}</b>", st["cell"]), P(esc(v), st["cell"])] for k, v in COVER],
              colWidths=[45 * mm, 120 * mm])
    t.setStyle(TableStyle(GRID))
    story.append(t)
    for head, paras in numbered_sections():
        story.append(P(esc(head), st["h1"]))
        if paras is None:
            story.append(Paragraph(esc(LEAD1), para, bulletText="2.1"))
            story += [Paragraph(esc(x), item, bulletText=f"({ROMAN[k]})")
                      for k, (x, _o) in enumerate(RECS1)]
            story.append(Paragraph(esc(LEAD2), para, bulletText="2.2"))
            story += [Paragraph(esc(x), item, bulletText=f"({ROMAN[k]})")
                      for k, (x, _o) in enumerate(RECS2)]
        else:
            story += [Paragraph(esc(p), para, bulletText=n) for n, p in paras]
    story += [P(esc(BACKGROUND), st["small"]), P(esc(CONTACT), st["small"])]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – Cabinet – {DATE}", "Agenda item 7")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
