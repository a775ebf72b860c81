"""prog40b: an EASY READ version of a programme update of the SHIPPED KIND, as the Welsh
Government publishes them (Welsh Government and WLGA, real; programme and figures invented):
"Helping councils to get better: an update", the Easy Read version of the Local Government
Improvement Programme 2025-26 update, 9 December 2025.

Layout: short sentences in boxes beside pictures (each picture with alt text describing it),
one idea a box; "About this update" and "Money for this work" parts; three priorities
"Priority 1: ..." each with an opening box saying what the part is about, then "What we have
done" and "What we will do next" parts; money written "£650,000 (six hundred and fifty
thousand pounds)"; hard words in bold in the text and a "Hard words" glossary at the end;
"More information" contact details.

The reading (typed here by hand): an item is each action sentence under "What we have done"
and "What we will do next" (16; one a box); the "This part is about ..." boxes, the about /
money / glossary / contact boxes and the pictures' alt text are not items. Section the
priority's printed number. Status: "What we will do next" planned; under "What we have done"
done, except "We have started ..." and "We are still working on ..." in progress. Quarter
the 2025-26 quarter of a month named in the sentence (2026-27 for April to June 2026), None
where no time is given. Partners the organisations named (Centre for Governance and
Scrutiny, Data Cymru, Disability Wales). Grants the two named sums of 2025-26 ("2025 to
2026"): the Improvement Grant £650,000 and the Data and Digital Grant £110,000. Title the
cover title; date 2025-12-09.

Forms: .docx Word (Heading 1 parts, Heading 2 "What we have done"; a page break before each
part; under each heading a borderless two-column table picture | text; pictures inline PNGs with alt
text); .pdf a print of the Word file (A4, each part on a new page, the same tables with the pictures, page numbers);
.html the GOV.WALES Easy Read page (figures with `<img alt>` beside `<p>`); .md pandoc's
export of the Word file (pipe tables with an empty header row, `![alt](media/imageN.png)`).
"""
from __future__ import annotations

from common40 import gov_page, no_borders, picture, set_alt
from gen_common import OUT, P, add_par, esc, mm, new_docx, pdf_styles, colors
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt
from reportlab.platypus import Image, PageBreak, SimpleDocTemplate, Table, TableStyle

NAME = "prog40b-easy-read-improvement-update"
TITLE = "Helping councils to get better: an update"
SUB = ("Easy Read version of the Local Government Improvement Programme update for 2025 to "
       "2026")
DATE = "9 December 2025"
# pages: (heading or None, [(kind, picture alt, colour, text)]); kind: "" not an item, or
# (ref, status, quarter, partners) for an item
ABOUT = ("About this update", [
    ("A picture of a Welsh Government building and a council building",
     "This update is from the Welsh Government and the Welsh Local Government Association. "
     "We call the Welsh Local Government Association the WLGA."),
    ("A picture of a group of people working together",
     "The WLGA helps the 22 councils in Wales to get better at what they do."),
    ("A picture of a calendar",
     "This update tells you what we did between April and November 2025."),
])
PRIORITIES = [
    ("Councillors checking decisions",
     ("A picture of councillors sitting round a table",
      "This part is about how councillors check the decisions their council makes. This "
      "is called scrutiny."),
     [("A picture of a trainer in front of a screen",
       "In July 2025 we ran 9 training days for councillors about scrutiny.",
       ("1.1", "done", "2025-26 Q2", [])),
      ("A picture of a booklet",
       "We wrote a new guide for scrutiny committees with the Centre for Governance and "
       "Scrutiny.", ("1.2", "done", None, ["Centre for Governance and Scrutiny"])),
      ("A picture of a person getting off a train",
       "We have started to visit 6 councils to watch their scrutiny meetings.",
       ("1.3", "in progress", None, []))],
     [("A picture of a meeting room full of people",
       "We will hold a meeting for all scrutiny chairs in February 2026.",
       ("1.4", "planned", "2025-26 Q4", [])),
      ("A picture of a report with a tick on it",
       "We will share what we learned from the visits by March 2026.",
       ("1.5", "planned", "2025-26 Q4", []))]),
    ("Using information well",
     ("A picture of a computer screen with charts on it",
      "This part is about how councils use information to make good decisions."),
     [("A picture of a website on a laptop",
       "In September 2025 Data Cymru helped us put information about all 22 councils on one "
       "website.", ("2.1", "done", "2025-26 Q2", ["Data Cymru"])),
      ("A picture of people at a training course",
       "We trained 120 council staff to use information when they make decisions.",
       ("2.2", "done", None, [])),
      ("A picture of a smiling face and a sad face",
       "We are still working on a new way to find out if people are happy with council "
       "services.", ("2.3", "in progress", None, []))],
     [("A picture of a manager at a desk",
       "We will start a training course about information for senior managers in January "
       "2026.", ("2.4", "planned", "2025-26 Q4", [])),
      ("A picture of a report",
       "We will write a report about how well councils are doing in April 2026.",
       ("2.5", "planned", "2026-27 Q1", []))]),
    ("Listening to local people",
     ("A picture of a person speaking and another person listening",
      "This part is about how councils listen to the people who live in their area."),
     [("A picture of a survey form and a pen",
       "In October 2025 we asked 3,000 people what they think about their council.",
       ("3.1", "done", "2025-26 Q3", [])),
      ("A picture of a person in a wheelchair talking to a council worker",
       "We worked with Disability Wales to make it easier for disabled people to take part "
       "in consultations.", ("3.2", "done", None, ["Disability Wales"])),
      ("A picture of a group of young people",
       "We have started a group of young people who will give councils advice.",
       ("3.3", "in progress", None, []))],
     [("A picture of a newspaper",
       "We will publish what people told us in the survey in May 2026.",
       ("3.4", "planned", "2026-27 Q1", [])),
      ("A picture of a map of Wales with 4 stars on it",
       "We will hold 4 events for local people in different parts of Wales by March 2026.",
       ("3.5", "planned", "2025-26 Q4", []))]),
]
MONEY = ("Money for this work", [
    ("A picture of a pile of coins",
     "The Welsh Government gave the WLGA £650,000 (six hundred and fifty thousand pounds) "
     "for this work in 2025 to 2026. This money is called the Improvement Grant."),
    ("A picture of a laptop and some coins",
     "The Welsh Government also gave £110,000 (one hundred and ten thousand pounds) for the "
     "work on information. This money is called the Data and Digital Grant."),
])
HARD = [("Consultation", "When people are asked what they think about a plan before a "
         "decision is made."),
        ("Grant", "Money that is given to pay for some work. It does not have to be paid back."),
        ("Scrutiny", "When councillors check the decisions their council makes and ask "
         "questions about them."),
        ("Senior managers", "The people who run the different parts of a council.")]
CONTACT = [("A picture of a telephone", "You can phone the WLGA on 029 2046 8600."),
           ("A picture of an envelope", "You can email the WLGA at improvement@wlga.gov.uk.")]
COLOURS = ["#F4B183", "#9DC3E6", "#A9D18E", "#FFD966", "#C9C9C9", "#F8CBAD"]


def reading() -> dict:
    items = []
    for _name, _intro, done, nxt in PRIORITIES:
        for _alt, text, (ref, st, q, partners) in done + nxt:
            items.append({"ref": ref, "section": ref.split(".")[0], "text": text, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-12-09",
            "priorities": [p[0] for p in PRIORITIES], "items": items,
            "grants": [{"grant": "Improvement Grant", "amount_gbp": 650000,
                        "financial_year": "2025-26"},
                       {"grant": "Data and Digital Grant", "amount_gbp": 110000,
                        "financial_year": "2025-26"}]}


def pages():
    """The document page by page: (heading, subheading or None, [(alt, text)])."""
    yield ABOUT[0], None, ABOUT[1]
    for i, (name, intro, done, nxt) in enumerate(PRIORITIES, 1):
        yield f"Priority {i}: {name}", None, [intro]
        yield None, "What we have done", [(a, t) for a, t, _ in done]
        yield None, "What we will do next", [(a, t) for a, t, _ in nxt]
    yield MONEY[0], None, MONEY[1]


def pic_for(n: int, alt: str):
    shape = ("circle", "box", "tri")[n % 3]
    return picture(f"p{n:02d}", COLOURS[n % len(COLOURS)], shape)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=14)
    for s in ("Heading 1", "Heading 2", "Title"):
        doc.styles[s].font.name = "Arial"
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Easy Read – Local Government Improvement Programme"
    doc.add_paragraph(TITLE, style="Title")
    add_par(doc, SUB, size=16)
    add_par(doc, DATE, size=16)
    n = 0
    first = True
    for h1, h2, boxes in pages():
        if h1 and not first:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        first = False
        if h1:
            doc.add_heading(h1, level=1)
        if h2:
            doc.add_heading(h2, level=2)
        tb = doc.add_table(rows=0, cols=2)
        no_borders(tb)
        for alt, text in boxes:
            n += 1
            cells = tb.add_row().cells
            cells[0].width, cells[1].width = Cm(5), Cm(11)
            run = cells[0].paragraphs[0].add_run()
            set_alt(run.add_picture(str(pic_for(n, alt)), width=Cm(3.5)), alt)
            for k, sentence in enumerate(s.strip() + ("." if not s.strip().endswith(".") else "")
                                         for s in text.split(". ") if s):
                p = cells[1].paragraphs[0] if k == 0 else cells[1].add_paragraph()
                p.add_run(sentence)
                p.paragraph_format.space_after = Pt(8)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Hard words", level=1)
    for w, d in HARD:
        p = add_par(doc, w, bold=True)
        add_par(doc, d)
    doc.add_heading("More information", level=1)
    tb = doc.add_table(rows=0, cols=2)
    no_borders(tb)
    for alt, text in CONTACT:
        n += 1
        cells = tb.add_row().cells
        set_alt(cells[0].paragraphs[0].add_run().add_picture(str(pic_for(n, alt)), width=Cm(2.5)), alt)
        cells[1].paragraphs[0].add_run(text)
    doc.save(OUT / f"{NAME}.docx")


def split_sentences(text: str) -> list[str]:
    out = [s.strip() for s in text.split(". ") if s.strip()]
    return [s if s.endswith(".") else s + "." for s in out]


def write_md() -> None:
    """pandoc -s -t gfm of the Word file: the Title style as YAML metadata, headings, the tables as pipe tables with an empty
    header row, pictures extracted to media/."""
    out = ["---", f"title: \"{TITLE}\"", "---", "", SUB, "", DATE, ""]
    n = 0
    for h1, h2, boxes in pages():
        if h1:
            out += [f"# {h1}", ""]
        if h2:
            out += [f"## {h2}", ""]
        out += ["|  |  |", "|----|----|"]
        for alt, text in boxes:
            n += 1
            out.append(f"| ![{alt}](media/image{n}.png) | "
                       + "<br>".join(split_sentences(text)) + " |")
        out.append("")
    out += ["# Hard words", ""]
    for w, d in HARD:
        out += [f"**{w}**", "", d, ""]
    out += ["# More information", "", "|  |  |", "|----|----|"]
    for alt, text in CONTACT:
        n += 1
        out.append(f"| ![{alt}](media/image{n}.png) | {text} |")
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", f'<p class="lead">{esc(SUB)}</p>',
            f'<p class="meta">First published: {esc(DATE)}</p>',
            '<div class="easy-read">']
    n = 0
    for h1, h2, boxes in pages():
        if h1:
            body.append(f"<h2>{esc(h1)}</h2>")
        if h2:
            body.append(f"<h3>{esc(h2)}</h3>")
        for alt, text in boxes:
            n += 1
            body.append(f'<div class="er-row"><figure><img src="/sites/default/files/er/'
                        f'image{n}.png" alt="{esc(alt)}" width="120"></figure><div class="er-text">'
                        + "".join(f"<p>{esc(s)}</p>" for s in split_sentences(text)) + "</div></div>")
    body += ["</div>", "<h2>Hard words</h2>", "<dl>"]
    body += [f"<dt>{esc(w)}</dt><dd>{esc(d)}</dd>" for w, d in HARD]
    body += ["</dl>", "<h2>More information</h2>"]
    for alt, text in CONTACT:
        body.append(f'<div class="er-row"><figure><img src="#" alt="{esc(alt)}"></figure>'
                    f'<div class="er-text"><p>{esc(text)}</p></div></div>')
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE + " (Easy Read)", ["Home", "Local government", "Improvement and support"], body),
        encoding="utf-8")


def write_pdf() -> None:
    st = pdf_styles(13)
    story = [P(esc(TITLE), st["title"]), P(esc(SUB), st["h2"]), P(esc(DATE), st["h2"])]
    n = 0
    for h1, h2, boxes in pages():
        if h1:
            story += [PageBreak(), P(esc(h1), st["h1"])]
        if h2:
            story.append(P(esc(h2), st["h2"]))
        rows = []
        for alt, text in boxes:
            n += 1
            rows.append([Image(str(pic_for(n, alt)), 32 * mm, 32 * mm),
                         [P(esc(s), st["body"]) for s in split_sentences(text)]])
        t = Table(rows, colWidths=[45 * mm, 120 * mm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        story.append(t)
    story += [PageBreak(), P("Hard words", st["h1"])]
    for w, d in HARD:
        story += [P(f"<b>{esc(w)}</b>", st["body"]), P(esc(d), st["body"])]
    story.append(P("More information", st["h1"]))
    for alt, text in CONTACT:
        story.append(P(esc(text), st["body"]))

    def deco(canvas, doc):
        canvas.setFont("DejaVu", 9)
        canvas.drawString(20 * mm, 10 * mm, "Easy Read – Local Government Improvement Programme")
        canvas.drawRightString(190 * mm, 10 * mm, str(doc.page))
    d = SimpleDocTemplate(str(OUT / f"{NAME}.pdf"), leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=20 * mm, title=TITLE)
    d.build(story, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    write_docx()
    write_md()
    write_html()
    write_pdf()
    print(NAME, len(reading()["items"]))
