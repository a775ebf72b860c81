"""rec11c (a fifth document, added after the first run on the other four, read before any
loader ran on it): a SENEDD COMMITTEE REPORT whose recommendations are printed TWICE — once in
the "Recommendations and conclusions" summary at the front (each with its page number), once
in a box in its chapter — and which also prints numbered CONCLUSIONS that are not
recommendations, among paragraphs numbered through the report (1., 2., ... 40.).

Local Government and Housing Committee, "Planning services: capacity and resilience",
July 2025. A careful reader counts each recommendation ONCE, in the area (chapter) whose box
holds it; conclusions are not recommendations; the owners are the subject of the sentence.
The report has no activities column: activities are not scored for this document.

Forms: .md (summary as bold-labelled paragraphs ending "(Page 9)", boxes as block quotes),
.html (summary as a list of links to the boxes, boxes as <aside class="recommendation">),
.docx (summary with tab leaders to page numbers, boxes as paragraphs with borders and
shading), .pdf (summary with page numbers, boxes as one-cell shaded tables, paragraph numbers
hanging in the margin).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, build_pdf, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, OxmlElement, qn)
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "rec11c-planning-committee-report"
TITLE = "Planning services: capacity and resilience"
COMMITTEE = "Local Government and Housing Committee"
DATE_PRINTED = "July 2025"
FOREWORD = [
    "Planning shapes the places where we live and work, yet the evidence we heard describes "
    "services that have lost a quarter of their staff in a decade. Applications take longer, "
    "enforcement is stretched and specialist advice on ecology, heritage and flooding is hard "
    "to find.",
    "We are grateful to everyone who gave evidence. Our recommendations are addressed mainly to "
    "the Welsh Government, but councils and the WLGA have an important part to play.",
]

# chapter no, title, paragraphs (evidence), [(kind, no, text, owners)] kind R or C, page
CHAPTERS = [
    ("2", "Resourcing planning services", [
        "Audit Wales reported that spending on planning services fell substantially in real "
        "terms over the last decade, while the number of applications has stayed broadly level.",
        "Witnesses told us that fee income covers well under half the cost of determining "
        "applications, and that the gap is met from councils' general budgets.",
        "The Welsh Government told us it has commissioned research on the true cost of the "
        "development management service.",
    ], [
        ("R", 1, "The Welsh Government should publish the research on the cost of planning "
                 "services by the end of 2025 and set out how it will respond.", ["WG"]),
        ("R", 2, "The Welsh Government should work with the WLGA to agree a minimum resourcing "
                 "benchmark for local planning authorities.", ["WG", "WLGA"]),
        ("C", 1, "We are concerned that the decline in resources has reached a point where "
                 "statutory duties are at risk.", []),
        ("R", 3, "Local authorities should report the resourcing of their planning service to "
                 "their governance and audit committee each year.", ["LG"]),
    ], 4),
    ("3", "Skills and recruitment", [
        "Nearly every planning authority told us of vacancies that had been advertised more "
        "than once. Ecologists and conservation officers were the hardest posts to fill.",
        "The bursary scheme for planning students, funded by the Welsh Government, was "
        "welcomed, though witnesses said it was too small to change the picture.",
    ], [
        ("R", 4, "The Welsh Government should double the number of planning bursaries from "
                 "2026-27.", ["WG"]),
        ("R", 5, "The WLGA should coordinate a shared apprenticeship scheme for planning "
                 "technicians across councils.", ["WLGA"]),
        ("R", 6, "The Welsh Government, with the Royal Town Planning Institute, should develop "
                 "a career pathway into planning for graduates of other disciplines.",
         ["WG", "Royal Town Planning Institute"]),
    ], 4),
    ("4", "Fees and income", [
        "Planning fees in Wales were last increased in 2020. Witnesses supported full cost "
        "recovery for major applications but were wary of higher fees for householders.",
    ], [
        ("R", 7, "The Welsh Government should bring forward regulations to increase planning "
                 "fees, ring-fenced for planning services, in 2025-26.", ["WG"]),
        ("R", 8, "Local authorities should publish how fee income is used in their planning "
                 "service each year.", ["LG"]),
        ("C", 2, "We do not support a fee for lodging a planning appeal at this time.", []),
    ], 4),
    ("5", "Digital planning", [
        "Planning Portal Wales is used for most applications, but councils use six different "
        "back-office systems that do not share data.",
        "We heard that digital tools could save officer time on validation and on "
        "consultation with statutory consultees.",
    ], [
        ("R", 9, "The Welsh Government should fund a national digital planning programme with "
                 "the WLGA, including common data standards.", ["WG", "WLGA"]),
        ("R", 10, "Local authorities should adopt the common data standards when they next "
                  "procure a back-office system.", ["LG"]),
        ("R", 11, "The Welsh Government should report to the Committee on progress with digital "
                  "planning within 12 months.", ["WG"]),
    ], 5),
    ("6", "Regional and shared working", [
        "Corporate Joint Committees now have a duty to prepare strategic development plans. "
        "Several witnesses argued that specialist planning advice could also be shared "
        "regionally.",
        "Some councils already share ecology and minerals expertise, with good results.",
    ], [
        ("R", 12, "Corporate Joint Committees should set out, by March 2026, which specialist "
                  "planning services they will share.", ["Corporate Joint Committees"]),
        ("R", 13, "The Welsh Government should fund the set-up costs of shared specialist "
                  "services for three years.", ["WG"]),
        ("C", 3, "We recognise that shared services will not suit every council and should "
                 "not be imposed.", []),
        ("R", 14, "The WLGA and Planning Officers Society Wales should publish good practice "
                  "on shared planning services.", ["WLGA", "Planning Officers Society Wales"]),
        ("R", 15, "The Welsh Government should evaluate the shared services funded under "
                  "recommendation 13 before the end of the Senedd term.", ["WG"]),
    ], 5),
]
INTRO_CHAPTER = ("1", "Introduction", [
    "The Committee agreed to hold an inquiry into the capacity of local planning authorities "
    "in January 2025. We received 41 written responses and held four evidence sessions.",
    "This report sets out our findings and makes 15 recommendations and 3 conclusions.",
])


def reading() -> dict:
    areas, recs = [], []
    for no, name, _paras, boxes, _page in CHAPTERS:
        areas.append({"area_no": no, "area": name, "theme": None})
        for kind, n, text, owners in boxes:
            if kind == "R":
                recs.append({"rec_id": str(n), "area": name, "text": text, "owners": owners})
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": None}


def _numbered_chapters():
    """Paragraph numbers run through the report."""
    n = 0
    out = []
    for no, name, paras in [INTRO_CHAPTER] + [(c[0], c[1], c[2]) for c in CHAPTERS]:
        numbered = []
        for p in paras:
            n += 1
            numbered.append((n, p))
        out.append((no, name, numbered))
    return out


# the page of the PDF each box is printed on, where it is not its chapter's first page
PAGE_OF = {("R", 8): 5, ("C", 2): 5}


def _summary():
    for _no, _name, _paras, boxes, page in CHAPTERS:
        for kind, n, text, _o in boxes:
            yield (("Recommendation" if kind == "R" else "Conclusion"), n, text,
                   PAGE_OF.get((kind, n), page))


def _chapter_parts():
    chs = _numbered_chapters()
    yield chs[0][0], chs[0][1], chs[0][2], []
    for (no, name, numbered), ch in zip(chs[1:], CHAPTERS):
        yield no, name, numbered, ch[3]


# ------------------------------------------------------------------ Markdown
def write_md() -> None:
    out = [f"# {TITLE}", "", f"**{COMMITTEE}**  ", DATE_PRINTED, "", "## Chair's foreword", ""]
    for p in FOREWORD:
        out += [p, ""]
    out += ["John Griffiths MS  ", "Committee Chair", "", "## Recommendations and conclusions",
            ""]
    for label, n, text, page in _summary():
        out += [f"**{label} {n}.** {text} (Page {page})", ""]
    for no, name, numbered, boxes in _chapter_parts():
        out += [f"## {no}. {name}", ""]
        for n, p in numbered:
            out += [f"{n}. {p}", ""]
        if boxes:
            out += ["### Our view", ""]
        for kind, n, text, _o in boxes:
            label = "Recommendation" if kind == "R" else "Conclusion"
            out += [f"> **{label} {n}.** {text}", ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - Senedd</title>",
         "<style>aside.recommendation{border:2px solid #00594c;padding:.5em;margin:1em 0}"
         "aside.conclusion{border:2px solid #999;padding:.5em}</style></head><body>",
         '<header><a href="/">Senedd Cymru | Welsh Parliament</a><nav><a href="/committees">'
         "Committees</a></nav></header>", "<main>",
         f'<p class="committee">{COMMITTEE}</p>', f"<h1>{esc(TITLE)}</h1>",
         f"<p>{DATE_PRINTED}</p>", "<h2>Chair's foreword</h2>"]
    h += [f"<p>{esc(p)}</p>" for p in FOREWORD]
    h += ["<p>John Griffiths MS<br>Committee Chair</p>",
          "<h2>Recommendations and conclusions</h2>", '<ul class="summary">']
    for label, n, text, _page in _summary():
        anchor = f"{label[0].lower()}{n}"
        h.append(f'<li><a href="#{anchor}"><strong>{label} {n}.</strong></a> {esc(text)}</li>')
    h.append("</ul>")
    for no, name, numbered, boxes in _chapter_parts():
        h.append(f"<section><h2>{no}. {esc(name)}</h2>")
        h += [f'<p class="para"><span class="para-no">{n}.</span> {esc(p)}</p>'
              for n, p in numbered]
        if boxes:
            h.append("<h3>Our view</h3>")
        for kind, n, text, _o in boxes:
            label = "Recommendation" if kind == "R" else "Conclusion"
            cls = label.lower()
            h.append(f'<aside class="{cls}" id="{cls[0]}{n}"><p><strong>{label} {n}.</strong> '
                     f"{esc(text)}</p></aside>")
        h.append("</section>")
    h += ["</main>", "<footer>Senedd Commission Copyright 2025</footer>", "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h), encoding="utf-8")


# ------------------------------------------------------------------ Word
def _box(p, fill: str = "E2EFD9") -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "12")
        e.set(qn("w:space"), "4")
        e.set(qn("w:color"), "00594C")
        bdr.append(e)
    ppr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def write_docx() -> None:
    from docx.enum.text import WD_TAB_LEADER
    from docx.shared import Cm
    doc = new_docx(size=11)
    header_text(doc, f"{TITLE}")
    footer_page_numbers(doc, COMMITTEE)
    add_par(doc, COMMITTEE, bold=True)
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE_PRINTED)
    doc.add_heading("Chair's foreword", level=1)
    for p in FOREWORD:
        add_par(doc, p)
    add_par(doc, "John Griffiths MS")
    add_par(doc, "Committee Chair")
    doc.add_heading("Recommendations and conclusions", level=1)
    for label, n, text, page in _summary():
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16), leader=WD_TAB_LEADER.DOTS)
        r = p.add_run(f"{label} {n}. ")
        r.bold = True
        p.add_run(f"{text}\tPage {page}")
    for no, name, numbered, boxes in _chapter_parts():
        doc.add_heading(f"{no}. {name}", level=1)
        for n, text in numbered:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1)
            p.paragraph_format.first_line_indent = Cm(-1)
            p.add_run(f"{n}.\t{text}")
        if boxes:
            doc.add_heading("Our view", level=2)
        for kind, n, text, _o in boxes:
            label = "Recommendation" if kind == "R" else "Conclusion"
            p = doc.add_paragraph()
            r = p.add_run(f"{label} {n}. ")
            r.bold = True
            p.add_run(text)
            _box(p, "E2EFD9" if kind == "R" else "EDEDED")
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    from reportlab.platypus import PageBreak
    s = pdf_styles(10)
    para = ParagraphStyle("para", parent=s["body"], leftIndent=10 * mm, firstLineIndent=-10 * mm)
    story = [P(COMMITTEE, s["h2"]), P(esc(TITLE), s["title"]), P(DATE_PRINTED, s["body"]),
             PageBreak(), P("Chair's foreword", s["h1"])]
    story += [P(esc(p), s["body"]) for p in FOREWORD]
    story += [P("John Griffiths MS<br/>Committee Chair", s["body"]), PageBreak(),
              P("Recommendations and conclusions", s["h1"])]
    for label, n, text, page in _summary():
        t = Table([[P(f"<b>{label} {n}.</b> {esc(text)}", s["body"]),
                    P(f"Page {page}", s["body"])]], colWidths=[150 * mm, 20 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(t)
    story.append(PageBreak())
    for no, name, numbered, boxes in _chapter_parts():
        story.append(P(f"{no}. {esc(name)}", s["h1"]))
        story += [P(f"{n}.&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}", para) for n, p in numbered]
        if boxes:
            story.append(P("Our view", s["h2"]))
        for kind, n, text, _o in boxes:
            label = "Recommendation" if kind == "R" else "Conclusion"
            fill = "#E2EFD9" if kind == "R" else "#EDEDED"
            t = Table([[P(f"<b>{label} {n}.</b> {esc(text)}", s["body"])]],
                      colWidths=[170 * mm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#00594C")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(fill)),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
            story += [t, Spacer(1, 3 * mm)]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{TITLE}", f"{COMMITTEE} – {DATE_PRINTED}")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
