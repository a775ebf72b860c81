"""rec37a: a SENEDD COMMITTEE REPORT: the Local Government and Housing Committee's "The
council workforce: recruitment, retention and skills", February 2026 (the real committee;
the inquiry, evidence and recommendations invented). At the front, "Recommendations and
conclusions": each "Recommendation N. The Committee recommends that ..." with a dot leader
and "Page N", then "Conclusion N." lines; then a Chair's foreword; then chapters "1.
Introduction" .. "5. Workforce planning and data" with evidence paragraphs numbered through
the whole report (1-30), an "Our view" sub-heading, the Committee's paragraphs and each
recommendation (and conclusion) repeated in a box. Owners named only in the sentence ("the
Welsh Government", "the WLGA and local authorities", "the Welsh Government and the WLGA").

The reading: recommendations 1-12, each ONCE (the front list and the boxes are the same
twelve), text the whole sentence "The Committee recommends that ..." (without the dot
leader and page); area the chapter it sits in (without its number); the report has no
themes; owners from the sentence (Welsh Government WG, WLGA WLGA, local authorities LG);
the two conclusions are not recommendations; the evidence and "Our view" paragraphs are not
activities (no activities to score, as eval11's committee report). The sentence "The
Auditor General made four recommendations ..." in the evidence is not a recommendation.
Forms: .pdf as the Senedd prints (cover page, running header, bare page number at the foot;
the front list's pages are where the boxes fell, found in a first build); .docx Word (Heading
1 chapters numbered by numbering.xml, the paragraphs 1-30 one numbered list, the front list
a right tab with a dot leader, the boxes one-cell shaded tables); .html a senedd.wales
report page (chrome, front list with a dotted leader span and "Page N", boxes
<div class="recommendation">); .md pandoc's Markdown of the Word file (numbered paragraphs
as "12. " list items, the boxes one-cell simple tables, the tab leader a space).
"""
from __future__ import annotations

from common37 import (Mark, build_pdf_plain_numbers, dot_leader_tab, multilevel, numbered,
                      page)
from gen_common import (OUT, P, esc, footer_page_numbers, header_text, new_docx, pdf_styles,
                        shade)

NAME = "rec37a-senedd-committee-report"
TITLE = "The council workforce: recruitment, retention and skills"
COMMITTEE = "Local Government and Housing Committee"
DATE = "February 2026"

# recommendations: (n, text, owners) — typed by hand, owners as the sentence names them
RECS = {
    1: ("The Committee recommends that the Welsh Government works with the WLGA to fund a "
        "national campaign promoting careers in local government from 2026-27, and reports on "
        "its reach to this Committee within 12 months.", ["WG", "WLGA"]),
    2: ("The Committee recommends that the WLGA and local authorities agree a common approach "
        "to advertising vacancies on a single all-Wales jobs portal by March 2027.",
        ["WLGA", "LG"]),
    3: ("The Committee recommends that the Welsh Government reviews the delays that "
        "pre-employment checks cause for applicants and sets out in its response how the time "
        "taken to hire will be reduced.", ["WG"]),
    4: ("The Committee recommends that the Welsh Government, in its response to this report, "
        "sets out how the local government settlement will reflect the full cost of pay "
        "awards.", ["WG"]),
    5: ("The Committee recommends that local authorities publish their staff turnover rates "
        "and the findings of exit interviews in their annual self-assessment reports.",
        ["LG"]),
    6: ("The Committee recommends that the WLGA leads a review of the use of market "
        "supplements for hard-to-fill roles and shares its findings with all 22 councils by "
        "December 2026.", ["WLGA"]),
    7: ("The Committee recommends that the Welsh Government extends the apprenticeship "
        "programme to professional roles in councils such as planning, building control and "
        "environmental health.", ["WG"]),
    8: ("The Committee recommends that the WLGA and local authorities develop a shared "
        "training offer for managers on digital and AI skills.", ["WLGA", "LG"]),
    9: ("The Committee recommends that the Welsh Government sets out how the social care "
        "workforce plan will be aligned with councils' own workforce plans.", ["WG"]),
    10: ("The Committee recommends that the Welsh Government funds Data Cymru to publish an "
         "annual local government workforce dataset, starting in 2027.", ["WG"]),
    11: ("The Committee recommends that local authorities adopt workforce plans covering at "
         "least five years and review them every year.", ["LG"]),
    12: ("The Committee recommends that the Welsh Government and the WLGA report jointly to "
         "the Partnership Council for Wales each year on progress against the "
         "recommendations in this report.", ["WG", "WLGA"]),
}
CONS = {
    1: "The Committee concludes that pay alone does not explain staff turnover; workload and "
       "flexible working matter as much to the staff who gave evidence.",
    2: "The Committee concludes that the quality of workforce data varies too much between "
       "councils to allow fair comparison.",
}

# chapters: (name, [evidence paragraphs], [our view: ("p", text) | ("rec", n) | ("con", n)])
CHAPTERS = [
    ("Introduction", [
        "In June 2025 the Committee agreed to hold an inquiry into the pressures facing the "
        "council workforce in Wales, following concerns raised by the WLGA and trade unions.",
        "We received 41 written responses to our consultation and took oral evidence from the "
        "WLGA, the Society of Welsh Treasurers, UNISON Cymru, GMB, Social Care Wales and the "
        "Cabinet Secretary for Housing and Local Government.",
        "We are grateful to everyone who contributed. The consultation responses are "
        "published on our website.",
    ], []),
    ("Recruitment", [
        "The WLGA told us that councils advertised more than 14,000 posts in 2024-25 and that "
        "one in five was re-advertised at least once.",
        "Several councils said that applicants withdraw during long pre-employment checks, "
        "and that the time from interview to start date can exceed ten weeks.",
        "UNISON Cymru said that many people do not see local government as a career, and "
        "called for a national campaign.",
        "The Auditor General for Wales made four recommendations to councils on workforce "
        "planning in 2023; the WLGA told us that most councils have acted on them.",
    ], [
        ("p", "We heard consistent evidence that councils compete with each other, and with "
              "the NHS, for the same applicants. A national approach would help."),
        ("rec", 1), ("rec", 2),
        ("p", "We are concerned by the time it takes to bring new starters into post."),
        ("rec", 3),
    ]),
    ("Retention and pay", [
        "The Society of Welsh Treasurers told us that the 2025 pay award cost councils £98m "
        "more than they had budgeted for.",
        "Staff surveys shared with us show that workload and the loss of flexible working are "
        "the most common reasons given for leaving.",
        "Several witnesses told us that market supplements are used inconsistently, which "
        "leads councils to outbid one another for planners and surveyors.",
    ], [
        ("p", "Councils cannot plan their workforce without certainty about pay costs."),
        ("rec", 4),
        ("con", 1),
        ("rec", 5), ("rec", 6),
    ]),
    ("Skills and training", [
        "Social Care Wales told us that 28 per cent of social care vacancies in councils are "
        "hard to fill because of a lack of qualified applicants.",
        "Councils have few apprenticeships in professional services; the WLGA estimated that "
        "fewer than 60 apprentices were training in planning or building control in 2025.",
        "Witnesses described the growing need for digital and data skills, and for managers "
        "to understand how AI tools can be used safely.",
    ], [
        ("p", "We believe apprenticeships should be a route into every council profession."),
        ("rec", 7), ("rec", 8), ("rec", 9),
    ]),
    ("Workforce planning and data", [
        "Data Cymru told us that there is no single dataset on the local government workforce "
        "in Wales and that councils record vacancies and turnover in different ways.",
        "Only nine councils told us that they have a workforce plan covering more than three "
        "years.",
        "The Cabinet Secretary told us that the Partnership Council for Wales would be the "
        "right place to oversee progress.",
    ], [
        ("con", 2),
        ("rec", 10), ("rec", 11),
        ("p", "Progress on this report should be reported openly."),
        ("rec", 12),
    ]),
]
FOREWORD = ("Councils employ one in ten workers in Wales. Over the course of this inquiry we "
            "heard how difficult it has become to recruit and keep the staff who deliver the "
            "services people rely on every day. Our recommendations are made to the Welsh "
            "Government, the WLGA and local authorities. John Griffiths MS, Chair")


def area_of(n: int) -> str:
    for name, _ev, view in CHAPTERS:
        if ("rec", n) in view:
            return name
    raise KeyError(n)


def reading() -> dict:
    areas = [{"area": name, "theme": None} for name, _e, view in CHAPTERS
             if any(k == "rec" for k, _ in view)]
    recs = [{"rec_id": str(n), "area": area_of(n), "text": t, "owners": o}
            for n, (t, o) in RECS.items()]
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": recs, "activities": None}


def body_sequence():
    """(kind, payload) through the report: ("chapter", (no, name)), ("para", (no, text)),
    ("ourview", None), ("rec", n), ("con", n)."""
    k = 0
    for c, (name, ev, view) in enumerate(CHAPTERS, 1):
        yield "chapter", (c, name)
        for t in ev:
            k += 1
            yield "para", (k, t)
        if view:
            yield "ourview", None
        for kind, x in view:
            if kind == "p":
                k += 1
                yield "para", (k, x)
            else:
                yield kind, x


def box_text(kind: str, n: int) -> tuple[str, str]:
    return (f"Recommendation {n}.", RECS[n][0]) if kind == "rec" else (f"Conclusion {n}.",
                                                                      CONS[n])


# ------------------------------------------------------------------ PDF (two passes)
PAGES: dict = {}


def pdf_story(pages: dict) -> list:
    from reportlab.lib import colors
    from reportlab.platypus import PageBreak, Spacer, Table, TableStyle
    st = pdf_styles(10)
    s: list = [Spacer(1, 60), P("Senedd Cymru<br/>Welsh Parliament", st["h1"]), Spacer(1, 30),
               P(esc(COMMITTEE), st["h1"]), P(esc(TITLE), st["title"]), P(DATE, st["body"]),
               PageBreak(), P("Recommendations and conclusions", st["h1"])]
    for kind, d in (("rec", RECS), ("con", CONS)):
        for n in d:
            lab, text = box_text(kind, n)
            pg = pages.get(f"{kind}{n}", 0)
            s.append(P(f"<b>{lab}</b> {esc(text)} {'.' * 24}Page {pg}", st["body"]))
    s += [PageBreak(), P("Chair's foreword", st["h1"]), P(esc(FOREWORD), st["body"])]
    for kind, x in body_sequence():
        if kind == "chapter":
            s += [PageBreak(), P(f"{x[0]}. {esc(x[1])}", st["title"])]
        elif kind == "para":
            s.append(P(f"{x[0]}.&nbsp;&nbsp;&nbsp;{esc(x[1])}", st["body"]))
        elif kind == "ourview":
            s.append(P("Our view", st["h2"]))
        else:
            lab, text = box_text(kind, x)
            t = Table([[P(f"<b>{lab}</b> {esc(text)}", st["body"])]], colWidths=[160 * 2.835])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#00594C")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E6F0EE")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            s += [Mark(f"{kind}{x}"), t, Spacer(1, 6)]
    return s


def write_pdf() -> None:
    path = OUT / f"{NAME}.pdf"
    build_pdf_plain_numbers(path, pdf_story({}), TITLE, title=TITLE)      # pass 1: find pages
    PAGES.update(Mark.pages)
    build_pdf_plain_numbers(path, pdf_story(PAGES), TITLE, title=TITLE)   # pass 2: print them


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, TITLE)
    footer_page_numbers(doc, "")
    doc.add_paragraph("Senedd Cymru / Welsh Parliament")
    doc.add_paragraph(COMMITTEE)
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(DATE)
    doc.add_heading("Recommendations and conclusions", level=1)
    for kind, d in (("rec", RECS), ("con", CONS)):
        for n in d:
            lab, text = box_text(kind, n)
            p = doc.add_paragraph()
            dot_leader_tab(p)
            p.add_run(lab).bold = True
            p.add_run(f" {text}\tPage {PAGES.get(f'{kind}{n}', '')}")
    doc.add_heading("Chair's foreword", level=1)
    doc.add_paragraph(FOREWORD)
    chapters = multilevel(doc, ["%1."])
    paras = multilevel(doc, ["%1."])
    for kind, x in body_sequence():
        if kind == "chapter":
            numbered(doc.add_heading(x[1], level=1), chapters, 0)
        elif kind == "para":
            numbered(doc.add_paragraph(x[1]), paras, 0)
        elif kind == "ourview":
            doc.add_heading("Our view", level=2)
        else:
            lab, text = box_text(kind, x)
            tb = doc.add_table(rows=1, cols=1)
            tb.style = "Table Grid"
            c = tb.rows[0].cells[0]
            c.paragraphs[0].add_run(lab).bold = True
            c.paragraphs[0].add_run(" " + text)
            shade(c, "E6F0EE")
            doc.add_paragraph()
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ web page
def write_html() -> None:
    b = [f'<p class="committee">{esc(COMMITTEE)}</p>', f"<h1>{esc(TITLE)}</h1>",
         f'<p class="published">Published: {DATE}</p>',
         '<nav class="report-contents"><h2>Recommendations and conclusions</h2>']
    for kind, d in (("rec", RECS), ("con", CONS)):
        for n in d:
            lab, text = box_text(kind, n)
            b.append(f'<p class="toc-line"><a href="#{kind}{n}"><strong>{lab}</strong> '
                     f'{esc(text)}</a><span class="leader">{"." * 30}</span>'
                     f'<span class="page">Page {PAGES.get(f"{kind}{n}", "")}</span></p>')
    b += ["</nav>", "<h2>Chair's foreword</h2>", f"<p>{esc(FOREWORD)}</p>"]
    for kind, x in body_sequence():
        if kind == "chapter":
            b.append(f'<h2 id="chapter-{x[0]}">{x[0]}. {esc(x[1])}</h2>')
        elif kind == "para":
            b.append(f'<p class="para"><span class="para-no">{x[0]}.</span> {esc(x[1])}</p>')
        elif kind == "ourview":
            b.append("<h3>Our view</h3>")
        else:
            lab, text = box_text(kind, x)
            cls = "recommendation" if kind == "rec" else "conclusion"
            b.append(f'<div class="{cls}" id="{kind}{x}"><p><strong>{lab}</strong> '
                     f"{esc(text)}</p></div>")
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "Senedd Cymru / Welsh Parliament",
        ["Home", "Committees", COMMITTEE, "Reports"], b,
        ["Senedd business", "Members of the Senedd", "Committees", "Visit", "Get involved"],
        "Welsh Parliament, Cardiff Bay, Cardiff, CF99 1SN"), encoding="utf-8")


# ------------------------------------------------------------------ pandoc Markdown
def wrap(text: str, width: int = 71) -> list[str]:
    import textwrap
    return textwrap.wrap(text, width)


def write_md() -> None:
    out = ["Senedd Cymru / Welsh Parliament", "", COMMITTEE, "", f"# {TITLE}", "", DATE, "",
           "# Recommendations and conclusions", ""]
    for kind, d in (("rec", RECS), ("con", CONS)):
        for n in d:
            lab, text = box_text(kind, n)
            out += wrap(f"**{lab}** {text} Page {PAGES.get(f'{kind}{n}', '')}", 72) + [""]
    out += ["# Chair's foreword", ""] + wrap(FOREWORD, 72) + [""]
    for kind, x in body_sequence():
        if kind == "chapter":
            out += [f"# {x[1]}", ""]
        elif kind == "para":
            num = f"{x[0]}."
            pad = " " * (4 - len(num)) if len(num) < 4 else " "
            lines = wrap(x[1], 68)
            out += [num + pad + lines[0]] + ["    " + ln for ln in lines[1:]] + [""]
        elif kind == "ourview":
            out += ["## Our view", ""]
        else:
            lab, text = box_text(kind, x)
            rule = "  " + "-" * 71
            out += [rule] + ["  " + ln for ln in wrap(f"**{lab}** {text}", 71)] + [rule, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    write_pdf()
    write_docx()
    write_html()
    write_md()
    print(NAME, len(RECS), PAGES)
