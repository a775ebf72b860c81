"""prog35a: a programme update of the SHIPPED KIND, BILINGUAL SIDE BY SIDE, as the Welsh
Government and the WLGA publish joint papers: "Local Government Improvement Support
Programme 2025-26: Quarter 2 progress report" to the Partnership Council's improvement
sub-group, 12 November 2025 (real bodies; programme, figures and officers invented).

Layout (not tried by earlier corpora: eval12 alternated Welsh and English PARAGRAPHS, eval30
put a recommendations paper in a Cymraeg | English table): EVERY paragraph of the paper is a
row of one two-column table `Cymraeg | English`, Welsh left, English right; numbered
paragraphs "3.1" printed in both columns, bold labels in both ("**Tîm y rhaglen:**" /
"**Programme team:**"); section headings rows "3. Sefydlu'r rhaglen" | "3. Programme
set-up"; the status in English words only, as a second line "Status: On track" in the
English cell; the funding paragraph 2.3 with the £ figures in both columns.

The reading (typed here, before any loader ran): items the numbered paragraphs of sections
3-6 (12), read ONCE, in English; text the English paragraph after its number, label kept,
without the "Status: ..." line; section the paragraph's section number; status from the
English status line (Complete done, On track in progress, Delayed at risk, Not started
planned), quarter the 2025-26 quarter of the date the paragraph gives for the outstanding
work. Priorities the three named in paragraph 2.2 (as in the shipped paper, "Programme
set-up" is a section, not a priority). Grants the two in 2.3, once each, 2025-26.
Title the English title; date 2025-11-12.
Forms: .txt the table as tab-separated rows whose cells hold HTML fragments (like the shipped
extraction); .html a GOV.WALES-like page, `<td lang="cy">` / `<td lang="en">`; .docx a real
two-column Word table (header row repeated, Welsh cells marked w:lang cy-GB); .pdf the print of
the Word file (running header "Llywodraeth Cymru | Welsh Government", Page N of M).
"""
from __future__ import annotations

import html

from common35 import gov_page
from gen_common import (GRID, OUT, P, build_pdf, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, qn, OxmlElement,
                        set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "prog35a-bilingual-improvement-support-update"
TITLE_CY = "Rhaglen Cymorth Gwella Llywodraeth Leol 2025-26: Adroddiad cynnydd Chwarter 2"
TITLE = "Local Government Improvement Support Programme 2025-26: Quarter 2 progress report"
DATE_CY, DATE_EN = "12 Tachwedd 2025", "12 November 2025"
STATUS_WORD = {"done": "Complete", "in progress": "On track", "at risk": "Delayed",
               "planned": "Not started"}

# (kind, welsh, english, ...) rows:
#   ("h", cy, en)                     a section heading row "3. ..." in both columns
#   ("p", no, cy, en)                 a numbered paragraph (not an item)
#   ("lp", no, cy_label, cy, en_label, en)  a numbered paragraph with bold labels (not an item)
#   ("item", no, cy_label, cy, en_label, en, status, quarter, partners)
ROWS = [
    ("h", "1. Diben", "1. Purpose"),
    ("p", "1.1", "Rhoi'r wybodaeth ddiweddaraf i'r is-grŵp am gynnydd y Rhaglen Cymorth Gwella "
     "yn ystod ail chwarter 2025-26.",
     "To update the sub-group on progress with the Improvement Support Programme in the "
     "second quarter of 2025-26."),
    ("h", "2. Cefndir", "2. Background"),
    ("p", "2.1", "Mae'r Rhaglen yn cael ei chyflawni gan CLlLC ar ran y 22 cyngor ac mae'n "
     "cael ei goruchwylio ar y cyd gan Lywodraeth Cymru a CLlLC.",
     "The Programme is delivered by the WLGA on behalf of the 22 councils and is overseen "
     "jointly by the Welsh Government and the WLGA."),
    ("p", "2.2", "Mae gan y Rhaglen dair blaenoriaeth ar gyfer 2025-26: Craffu a democratiaeth; "
     "Hunanasesu ac asesu perfformiad gan banel; a Data a digidol.",
     "The Programme has three priorities for 2025-26: Scrutiny and democracy; Self-assessment "
     "and panel performance assessment; and Data and digital."),
    ("lp", "2.3", "Cyllid:", "mae Llywodraeth Cymru wedi dyfarnu £720,000 ar gyfer 2025-26 "
     "drwy'r Grant Gwella Llywodraeth Leol, a £145,000 pellach o'r Gronfa Democratiaeth "
     "Ddigidol ar gyfer y cynllun peilot gweddarlledu.",
     "Funding:", "the Welsh Government has awarded £720,000 for 2025-26 through the Local "
     "Government Improvement Grant, and a further £145,000 from the Digital Democracy Fund "
     "for the webcasting pilot."),
    ("h", "3. Sefydlu'r rhaglen", "3. Programme set-up"),
    ("item", "3.1", "Tîm y rhaglen:", "llenwyd y ddwy swydd cynghorydd gwella ym mis Gorffennaf "
     "2025 ac mae'r tîm bellach yn llawn, gyda chwe aelod.",
     "Programme team:", "the two improvement adviser posts were filled in July 2025 and the "
     "team is now at its full complement of six.", "done", "2025-26 Q2", []),
    ("item", "3.2", "Cronfa cymheiriaid:", "hyfforddwyd cronfa newydd o 28 o gymheiriaid aelod a "
     "swyddog gyda'r LGA ym mis Medi 2025.",
     "Peer pool:", "a refreshed pool of 28 member and officer peers was trained with the LGA in "
     "September 2025.", "done", "2025-26 Q2", ["LGA"]),
    ("h", "4. Craffu a democratiaeth", "4. Scrutiny and democracy"),
    ("item", "4.1", "Rhwydwaith cadeiryddion craffu:", "cyfarfu'r rhwydwaith ddwywaith yn ystod "
     "chwarter dau gyda'r Ganolfan Llywodraethu a Chraffu a chytunwyd ar raglen waith.",
     "Scrutiny chairs' network:", "the network met twice in quarter two with the Centre for "
     "Governance and Scrutiny and agreed a forward work programme.", "done", "2025-26 Q2",
     ["Centre for Governance and Scrutiny"]),
    ("item", "4.2", "Amrywiaeth ymgeiswyr:", "mae ymgyrch 'Bod yn Gynghorydd' ar gyfer etholiadau "
     "Mai 2027 yn cael ei chynllunio gyda WEN Cymru ac Anabledd Cymru i'w lansio ym mis Ionawr "
     "2026.",
     "Candidate diversity:", "the 'Be a Councillor' campaign for the May 2027 elections is being "
     "designed with WEN Wales and Disability Wales for launch in January 2026.", "in progress",
     "2025-26 Q4", ["WEN Wales", "Disability Wales"]),
    ("item", "4.3", "Cynefino aelodau:", "cytunwyd ar fframwaith cynefino cenedlaethol ar gyfer "
     "etholiadau 2027 gan Gyngor CLlLC a'i gyhoeddi ar 3 Hydref 2025.",
     "Member induction:", "a national induction framework for the 2027 elections was agreed by "
     "the WLGA Council and published on 3 October 2025.", "done", "2025-26 Q3", []),
    ("item", "4.4", "Presenoldeb o bell:", "mae'r canllawiau ar gyfarfodydd aml-leoliad wedi "
     "llithro i chwarter pedwar gan fod y canllawiau statudol diwygiedig yn dal i gael eu "
     "disgwyl.",
     "Remote attendance:", "guidance on multi-location meetings has slipped to quarter four "
     "because the revised statutory guidance is still awaited.", "at risk", "2025-26 Q4", []),
    ("h", "5. Hunanasesu ac asesu perfformiad gan banel",
     "5. Self-assessment and panel performance assessment"),
    ("item", "5.1", "Asesiadau panel:", "cwblhawyd tri asesiad perfformiad gan banel rhwng mis "
     "Ebrill a mis Medi 2025, ac mae dau arall wedi'u trefnu ar gyfer mis Chwefror 2026.",
     "Panel assessments:", "three panel performance assessments were completed between April and "
     "September 2025, and two more are scheduled for February 2026.", "in progress",
     "2025-26 Q4", []),
    ("item", "5.2", "Gweithdai hunanasesu:", "mae gweithdy i arweinwyr perfformiad gydag "
     "Archwilio Cymru wedi'i gynllunio ar gyfer 21 Ionawr 2026.",
     "Self-assessment workshops:", "a workshop for performance leads with Audit Wales is "
     "planned for 21 January 2026.", "planned", "2025-26 Q4", ["Audit Wales"]),
    ("item", "5.3", "Pecyn cymorth llywodraethu:", "mae'r pecyn cymorth llywodraethu newydd, a "
     "ysgrifennwyd gyda CIPFA, ar ffurf drafft terfynol a disgwylir ei gyhoeddi erbyn diwedd "
     "mis Rhagfyr 2025.",
     "Governance toolkit:", "the refreshed governance toolkit, written with CIPFA, is in final "
     "draft and is expected to be published by the end of December 2025.", "in progress",
     "2025-26 Q3", ["CIPFA"]),
    ("h", "6. Data a digidol", "6. Data and digital"),
    ("item", "6.1", "Dangosfyrddau perfformiad:", "lansiodd Data Cymru yr ail gyfres o "
     "ddangosfyrddau perfformiad cynghorau ym mis Awst 2025.",
     "Performance dashboards:", "Data Cymru launched the second set of council performance "
     "dashboards in August 2025.", "done", "2025-26 Q2", ["Data Cymru"]),
    ("item", "6.2", "Sgiliau data:", "mae naw o'r 15 carfan llythrennedd data wedi'u hyfforddi; "
     "bydd y chwech sy'n weddill yn gorffen erbyn mis Mawrth 2026.",
     "Data skills:", "nine of the 15 data literacy cohorts have been trained; the remaining six "
     "will finish by March 2026.", "in progress", "2025-26 Q4", []),
    ("item", "6.3", "Democratiaeth ddigidol:", "nid yw'r cynllun peilot gweddarlledu a "
     "chyfarfodydd hybrid wedi dechrau eto gan fod y broses gaffael yn parhau; disgwylir iddo "
     "ddechrau yn chwarter pedwar.",
     "Digital democracy:", "the webcasting and hybrid meetings pilot has not yet started while "
     "procurement is completed; it is expected to begin in quarter four.", "planned",
     "2025-26 Q4", []),
    ("h", "7. Argymhelliad", "7. Recommendation"),
    ("p", "7.1", "Gofynnir i'r is-grŵp nodi'r cynnydd a wnaed.",
     "The sub-group is asked to note the progress made."),
]
PRIORITIES = ["Scrutiny and democracy", "Self-assessment and panel performance assessment",
              "Data and digital"]
CONTACT = ("Cyswllt: Elin Rowlands, Rheolwr y Rhaglen, CLlLC",
           "Contact: Elin Rowlands, Programme Manager, WLGA")


def reading() -> dict:
    items = []
    for r in ROWS:
        if r[0] == "item":
            _k, no, _cl, _cy, el, en, st, q, partners = r
            items.append({"ref": no, "section": no.split(".")[0], "text": f"{el} {en}",
                          "status": st, "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-12",
            "priorities": PRIORITIES, "items": items,
            "grants": [{"grant": "Local Government Improvement Grant", "amount_gbp": 720000,
                        "financial_year": "2025-26"},
                       {"grant": "Digital Democracy Fund", "amount_gbp": 145000,
                        "financial_year": "2025-26"}]}


def cells(r):
    """[(cy_no, cy_label, cy_text), (en_no, en_label, en_text, status_or_None)] of a row."""
    k = r[0]
    if k == "h":
        return ("", r[1], ""), ("", r[2], "", None)
    if k == "p":
        return (r[1], "", r[2]), (r[1], "", r[3], None)
    if k == "lp":
        return (r[1], r[2], r[3]), (r[1], r[4], r[5], None)
    return (r[1], r[2], r[3]), (r[1], r[4], r[5], STATUS_WORD[r[6]])


def all_rows():
    yield "title", ("", TITLE_CY, ""), ("", TITLE, "", None)
    yield "date", ("", "", DATE_CY), ("", "", DATE_EN, None)
    for r in ROWS:
        cy, en = cells(r)
        yield ("head" if r[0] == "h" else "par"), cy, en
    yield "contact", ("", "", CONTACT[0]), ("", "", CONTACT[1], None)


# ------------------------------------------------------------------ .txt
def frag(no, label, text, status=None, head=False) -> str:
    def esc(x):  # (the extraction leaves apostrophes as they are)
        return html.escape(x, quote=False)
    if head:
        return f"<p><b>{esc(label)}</b></p>"
    s = "<p>" + (f"{no} " if no else "") + (f"<b>{esc(label)}</b> " if label else "") \
        + esc(text) + "</p>"
    if status:
        s += f" <p><b>Status:</b> {status}</p>"
    return s


def write_txt() -> None:
    out = ["", "", "Cymraeg\tEnglish"]
    for kind, cy, en in all_rows():
        head = kind in ("title", "head")
        out.append(frag(*cy, head=head) + "\t" + frag(*en, head=head))
    (OUT / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ .html
def write_html() -> None:
    body = [f'<h1>{esc(TITLE)}</h1>', f'<p class="title-cy" lang="cy">{esc(TITLE_CY)}</p>',
            '<div class="header-meta"><p>First published: <time datetime="2025-11-12">'
            f"{DATE_EN}</time></p><p>Part of: Local government improvement</p></div>",
            '<p class="bilingual-note">Mae\'r ddogfen hon ar gael yn Gymraeg ac yn Saesneg ochr '
            "yn ochr. This document is published in Welsh and English side by side.</p>",
            '<div class="table-wrapper"><table class="bilingual">',
            '<thead><tr><th scope="col" lang="cy">Cymraeg</th><th scope="col">English</th>'
            "</tr></thead><tbody>"]
    for kind, cy, en in all_rows():
        if kind == "title":
            continue
        if kind == "head":
            body.append(f'<tr class="section"><td lang="cy"><h2>{esc(cy[1])}</h2></td>'
                        f'<td lang="en"><h2>{esc(en[1])}</h2></td></tr>')
            continue
        en_html = frag(*en).replace(" <p><b>Status", '<p class="status"><b>Status')
        body.append(f'<tr><td lang="cy">{frag(*cy)}</td><td lang="en">{en_html}</td></tr>')
    body.append("</tbody></table></div>")
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Local government improvement"], body),
        encoding="utf-8")


# ------------------------------------------------------------------ .docx
def lang(run, code="cy-GB"):
    rpr = run._r.get_or_add_rPr()
    el = OxmlElement("w:lang")
    el.set(qn("w:val"), code)
    rpr.append(el)


def fill_cell(cell, part, welsh, head=False, size=None):
    no, label, text, *rest = part
    p = cell.paragraphs[0]
    if head:
        r = p.add_run(label)
        r.bold = True
        if size:
            from gen_common import Pt
            r.font.size = Pt(size)
        if welsh:
            lang(r)
        return
    runs = []
    if no:
        runs.append(p.add_run(no + "\t"))
    if label:
        rb = p.add_run(label + " ")
        rb.bold = True
        runs.append(rb)
    runs.append(p.add_run(text))
    if welsh:
        for r in runs:
            lang(r)
    if rest and rest[0]:
        q = cell.add_paragraph()
        q.add_run("Status: ").bold = True
        q.add_run(rest[0])


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Llywodraeth Cymru | Welsh Government\t\tCLlLC | WLGA")
    footer_page_numbers(doc, "Is-grŵp Gwella | Improvement sub-group – 12.11.2025")
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Cymraeg", "English"]):
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9D9D9")
    set_repeat_header(tb.rows[0])
    for kind, cy, en in all_rows():
        row = tb.add_row()
        head = kind in ("title", "head")
        fill_cell(row.cells[0], cy, True, head, 14 if kind == "title" else None)
        fill_cell(row.cells[1], en, False, head, 14 if kind == "title" else None)
        if kind == "head":
            shade(row.cells[0], "F2F2F2")
            shade(row.cells[1], "F2F2F2")
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ .pdf
def write_pdf() -> None:
    st = pdf_styles(9)
    rows = [[P("<b>Cymraeg</b>", st["cell"]), P("<b>English</b>", st["cell"])]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]
    for kind, cy, en in all_rows():
        i = len(rows)
        if kind in ("title", "head"):
            s = st["h1"] if kind == "title" else st["cellb"]
            rows.append([P(f"<b>{esc(cy[1])}</b>", s), P(f"<b>{esc(en[1])}</b>", s)])
            if kind == "head":
                style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")))
            continue
        pair = []
        for part in (cy, en):
            no, label, text, *rest = part
            t = (f"{no}&nbsp;&nbsp;" if no else "") + (f"<b>{esc(label)}</b> " if label else "") \
                + esc(text)
            cell = [P(t, st["cell"])]
            if rest and rest[0]:
                cell.append(P(f"<b>Status:</b> {rest[0]}", st["cell"]))
            pair.append(cell)
        rows.append(pair)
    t = Table(rows, colWidths=[87 * mm, 87 * mm], repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle(style))
    build_pdf(OUT / f"{NAME}.pdf", [t], "Llywodraeth Cymru | Welsh Government – CLlLC | WLGA",
              "Is-grŵp Gwella | Improvement sub-group – 12.11.2025")


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
