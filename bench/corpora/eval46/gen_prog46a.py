"""prog46a: a WLGA programme update of the SHIPPED KIND opening with a RAG summary table:
"WLGA Data and Digital Improvement Programme 2025-26: Quarter 3 Progress Report", to the
WLGA Improvement and Performance Group, 22 January 2026 (WLGA real; programme, officer and
figures invented).

Layout: a "Summary" table `Priority | Overall RAG | Summary` whose rows repeat the three
PRIORITIES (not items); then "1. Data and insight" ... numbered priority headings, each over
numbered paragraphs 1.1, 1.2 ... with a status word in brackets closing the paragraph
("(complete)", "(on track)", "(delayed)", "(not started)") and, under some, "o Next step: ..."
sub-bullets; one grant named in a paragraph (2.3); a closing un-numbered "Resources" section
with two grants in sentences.

The reading: items are the numbered paragraphs 1.1-3.5 (14); the summary table's rows and
the "Next step" sub-bullets are not items (a sub-bullet is part of its paragraph, left out of
the item's text with the closing status tag). Section: the priority's number. Status from the
tag: complete -> done, on track -> in progress, delayed -> at risk, not started -> planned.
Quarter: the 2025-26 quarter of the date the paragraph itself prints (not the next step's);
None where it prints none. Grants: the three (Resources two, paragraph 2.3 one).
Forms: .docx real multi-level numbering.xml ("%1." / "%1.%2"), Word "o" bullets, the
summary table shaded by RAG; .pdf its print; .html the WLGA website (CMS chrome); .md pandoc's
export of a copy of the Word file whose list numbers were converted to text (Word's
"Convert list numbers to text"), so "1.1" is typed, with the "o" sub-bullets as indented "-"
items; YAML front matter."""
from __future__ import annotations

from common46 import B, multilevel, numbered, o_bullets, page
from gen_common import (OUT, GRID, P, build_pdf, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade, add_par)
from reportlab.platypus import Table, TableStyle

NAME = "prog46a-rag-summary-digital-programme"
TITLE = "WLGA Data and Digital Improvement Programme 2025-26: Quarter 3 Progress Report"
DATE_PRINTED = "22 January 2026"
INTRO = ("This report sets out progress with the Data and Digital Improvement Programme to the "
         "end of December 2025. The summary table gives the overall position of each priority; "
         "the detail follows by priority.")
SUMMARY = [
    ("Data and insight", "Green", "Most actions complete; the benchmarking tool is on track."),
    ("Digital services and skills", "Amber", "The digital skills audit has slipped by a "
     "quarter; other work is on track."),
    ("Cyber resilience", "Amber", "Exercise programme delayed by supplier capacity."),
]
TAGS = {"done": "complete", "in progress": "on track", "at risk": "delayed",
        "planned": "not started"}
# (priority, [(text, status, quarter, partners, next step or None)])
PRIORITIES = [
    ("Data and insight", [
        ("The data maturity self-assessment was offered to all 22 councils and 19 returned "
         "it by 31 October 2025.", "done", "2025-26 Q3", [], None),
        ("Data Cymru has built a first version of the shared performance benchmarking tool, "
         "which will be tested with six councils in February 2026.", "in progress",
         "2025-26 Q4", ["Data Cymru"], "Agree the test plan with the six councils."),
        ("A community of practice for council data analysts met for the first time in "
         "September 2025 with 64 members.", "done", "2025-26 Q2", [], None),
        ("Guidance on publishing open data was agreed with the Society of Welsh Treasurers "
         "in December 2025.", "done", "2025-26 Q3", ["Society of Welsh Treasurers"],
         "Publish the guidance on the WLGA website in January 2026."),
        ("A data ethics framework for councils will be drafted for consultation by March "
         "2026.", "planned", "2025-26 Q4", [], None),
    ]),
    ("Digital services and skills", [
        ("Twelve councils have moved their waste service requests onto the shared digital "
         "platform, and the remaining councils are planned to follow by June 2026.",
         "in progress", "2026-27 Q1", [], "Confirm the order of the next six councils."),
        ("The digital skills audit of council staff has slipped because of procurement and "
         "will now report in April 2026.", "at risk", "2026-27 Q1", [],
         "Re-tender the survey contract in February 2026."),
        ("A digital discovery project on school admissions, funded by a £45,000 Digital "
         "Discovery Fund grant for 2025-26, finished its discovery phase in November 2025.",
         "done", "2025-26 Q3", [], None),
        ("Academi Wales ran four digital leadership masterclasses for heads of service "
         "between July and September 2025.", "done", "2025-26 Q2", ["Academi Wales"], None),
        ("An accessibility review of council websites is under way and 14 sites have been "
         "checked.", "in progress", None, [], None),
    ]),
    ("Cyber resilience", [
        ("A cyber incident exercise programme for all councils has been delayed by supplier "
         "capacity and is expected to start in May 2026.", "at risk", "2026-27 Q1", [],
         "Agree revised dates with the supplier."),
        ("The shared cyber security policy template was adopted by the Digital Leaders Group "
         "in October 2025.", "done", "2025-26 Q3", [], None),
        ("Cyber awareness e-learning has been completed by 8,200 council staff and the "
         "course remains open until 31 March 2026.", "in progress", "2025-26 Q4", [], None),
        ("A review of backup arrangements with Audit Wales will begin in quarter 1 of "
         "2026-27.", "planned", "2026-27 Q1", ["Audit Wales"], None),
    ]),
]
RESOURCES = [
    "The programme is funded by the Welsh Government's Local Government Digital Improvement "
    "Grant of £310,000 for 2025-26, of which £221,000 had been spent by 31 December 2025.",
    "Data Cymru contributes £60,000 for 2025-26 from the Data Capability Fund to the "
    "benchmarking tool.",
]
GRANTS = [{"grant": "Digital Discovery Fund", "amount_gbp": 45000, "financial_year": "2025-26"},
          {"grant": "Local Government Digital Improvement Grant", "amount_gbp": 310000,
           "financial_year": "2025-26"},
          {"grant": "Data Capability Fund", "amount_gbp": 60000, "financial_year": "2025-26"}]
AUTHOR = "Contact: Gethin Morgan, Improvement Manager (Data and Digital), WLGA"
RAG_FILL = {"Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}


def tagged(t: str, st: str) -> str:
    return t[:-1] + f" ({TAGS[st]})."


def reading() -> dict:
    items = []
    for i, (_n, its) in enumerate(PRIORITIES, 1):
        for j, (t, st, q, partners, _nx) in enumerate(its, 1):
            items.append({"ref": f"{i}.{j}", "section": str(i), "text": t, "status": st,
                          "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2026-01-22",
            "priorities": [p for p, _ in PRIORITIES], "items": items, "grants": GRANTS}


def write_md() -> None:
    out = ["---", f'title: "{TITLE}"', f'date: "{DATE_PRINTED}"', "author: Gethin Morgan",
           "---", "", INTRO, "", "## Summary", ""]
    out += ["| Priority | Overall RAG | Summary |", "|---|---|---|"]
    out += [f"| {a} | {b} | {c} |" for a, b, c in SUMMARY] + [""]
    for i, (n, its) in enumerate(PRIORITIES, 1):
        out += [f"## {i}. {n}", ""]
        for j, (t, st, _q, _p, nx) in enumerate(its, 1):
            out += [f"{i}.{j} {tagged(t, st)}", ""]
            if nx:
                out += [f"-   Next step: {nx}", ""]
    out += ["## Resources", ""] + [x for r in RESOURCES for x in (r, "")] + [AUTHOR, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>",
            f'<div class="field--name-field-date"><time datetime="2026-01-22">{DATE_PRINTED}'
            "</time></div>", f"<p>{esc(INTRO)}</p>", "<h2>Summary</h2>",
            '<table class="rag-summary"><thead><tr><th>Priority</th><th>Overall RAG</th>'
            "<th>Summary</th></tr></thead><tbody>"]
    body += [f'<tr><td>{esc(a)}</td><td class="rag rag--{b.lower()}">{b}</td><td>{esc(c)}</td>'
             "</tr>" for a, b, c in SUMMARY]
    body.append("</tbody></table>")
    for i, (n, its) in enumerate(PRIORITIES, 1):
        body.append(f"<h2>{i}. {esc(n)}</h2>")
        for j, (t, st, _q, _p, nx) in enumerate(its, 1):
            body.append(f'<p class="para"><span class="para-no">{i}.{j}</span> '
                        f"{esc(tagged(t, st))}</p>")
            if nx:
                body.append(f'<ul class="sub"><li>Next step: {esc(nx)}</li></ul>')
    body.append("<h2>Resources</h2>")
    body += [f"<p>{esc(r)}</p>" for r in RESOURCES] + [f"<p><em>{esc(AUTHOR)}</em></p>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "Our work", "Improvement", "Data and digital"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA Improvement and Performance Group – 22 January 2026")
    footer_page_numbers(doc, "Data and Digital Improvement Programme – Q3 2025-26")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE_PRINTED)
    add_par(doc, INTRO)
    doc.add_heading("Summary", level=1)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, ("Priority", "Overall RAG", "Summary")):
        cell_text(c, x, bold=True)
        shade(c, "1F3864")
    for a, b, c in SUMMARY:
        cells = tb.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
        shade(cells[1], RAG_FILL[b])
        cell_text(cells[2], c)
    add_par(doc)
    nid = multilevel(doc, ["%1.", "%1.%2"])
    oid = o_bullets(doc)
    for n, its in PRIORITIES:
        h = doc.add_heading(n, level=1)
        numbered(h, nid, 0)
        for t, st, _q, _p, nx in its:
            numbered(add_par(doc, tagged(t, st)), nid, 1)
            if nx:
                numbered(add_par(doc, f"Next step: {nx}"), oid, 0)
    doc.add_heading("Resources", level=1)
    for r in RESOURCES:
        add_par(doc, r)
    add_par(doc, AUTHOR).runs[0].italic = True
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"]), P(DATE_PRINTED, st["body"]), P(esc(INTRO), st["body"]),
             P("Summary", st["h1"])]
    rows = [[P("<b>Priority</b>", st["cell"]), P("<b>Overall RAG</b>", st["cell"]),
             P("<b>Summary</b>", st["cell"])]]
    style = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE"))]
    for r, (a, b, c) in enumerate(SUMMARY, 1):
        rows.append([P(esc(a), st["cell"]), P(b, st["cell"]), P(esc(c), st["cell"])])
        style.append(("BACKGROUND", (1, r), (1, r), colors.HexColor("#" + RAG_FILL[b])))
    t = Table(rows, colWidths=[50 * mm, 25 * mm, 99 * mm])
    t.setStyle(TableStyle(style))
    story.append(t)
    ind = P("", st["body"]).style
    from reportlab.lib.styles import ParagraphStyle
    para = ParagraphStyle("para", parent=ind, leftIndent=12 * mm, firstLineIndent=-12 * mm)
    sub = ParagraphStyle("sub", parent=ind, leftIndent=20 * mm, firstLineIndent=-5 * mm)
    for i, (n, its) in enumerate(PRIORITIES, 1):
        story.append(P(f"{i}.&nbsp;&nbsp;{esc(n)}", st["h1"]))
        for j, (t_, s_, _q, _p, nx) in enumerate(its, 1):
            story.append(P(f"{i}.{j}&nbsp;&nbsp;&nbsp;&nbsp;{esc(tagged(t_, s_))}", para))
            if nx:
                story.append(P(f"o&nbsp;&nbsp;Next step: {esc(nx)}", sub))
    story.append(P("Resources", st["h1"]))
    story += [P(esc(r), st["body"]) for r in RESOURCES] + [P(f"<i>{esc(AUTHOR)}</i>",
                                                             st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Improvement and Performance Group – "
              "22 January 2026", "Data and Digital Improvement Programme – Q3 2025-26")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
