"""rec18b: a FUTURE GENERATIONS COMMISSIONER'S SECTION 20 REVIEW whose recommendations are
printed ONCE, in a closing chapter, as MATRIX TABLES: `No. | Recommendation | Welsh
Government | Local authorities | WLGA` with a TICK (✓) in the column of each body the
recommendation is ADDRESSED TO (the owners are read from the ticked columns, not from the
sentence, which often has no subject: "Publish ...", "Set ..."), one table per theme under
a theme heading, numbers running 1..10 through the tables. Before it: a Commissioner's
foreword ("I recommend that every public body reads this report" is no recommendation), a
"About this review" chapter citing sections 20 and 22 of the Act, findings chapters with
paragraphs numbered "2.1", "2.2" and "What good looks like" boxes, and after the tables a
statutory note on section 22 responses (no recommendation).

Future Generations Commissioner for Wales, "Planning for the long term: a section 20 review
of how the Welsh Government and four councils plan their finances" (the review, its
findings and the councils are invented; the Commissioner's powers are real), 12 March 2026.
Forms:
- .md: pandoc's Markdown of the Word file: the matrices as pipe tables with "✓" cells and
  empty cells, "### Theme 1: ..." headings;
- .html: the Commissioner's website page (cookie banner, language toggle, navigation,
  breadcrumb, "Download the full report" link, tables with <td class="tick">✓</td> and
  <span class="visually-hidden">Yes</span>, "Share this page" and footer);
- .docx: the designed report: the matrices with the tick "✓" centred in shaded cells, the
  header row repeated, the "What good looks like" boxes as one-cell tables;
- .pdf: A4 report with running header and "Page N of M", the matrices as ruled tables.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles,
                        set_repeat_header, shade)
from reportlab.platypus import Table, TableStyle

NAME = "rec18b-section20-review"
TITLE = ("Planning for the long term: a section 20 review of how the Welsh Government and "
         "four councils plan their finances")
DATE = "12 March 2026"
TICK = "✓"
BODIES = ["Welsh Government", "Local authorities", "WLGA"]
CODES = ["WG", "LG", "WLGA"]
FOREWORD = [
    "The Well-being of Future Generations (Wales) Act 2015 asks public bodies to think about "
    "the long term. Nowhere is that harder, or more important, than in how they plan their "
    "money.",
    "This review found real commitment, but budgets that still look one year ahead. I "
    "recommend that every public body reads this report, not only those we reviewed.",
]
ABOUT = [
    "Section 20 of the Act allows the Commissioner to review the extent to which a public "
    "body is safeguarding the ability of future generations to meet their needs.",
    "The review looked at the Welsh Government and four councils between April and December "
    "2025. We read their financial strategies and interviewed 46 members and officers.",
]
FINDINGS = [
    ("2. Long-term financial planning", [
        "Every council has a medium-term financial plan, but none looks further than five "
        "years ahead.",
        "One-year settlements make longer plans harder; indicative figures for later years "
        "have been given only twice since 2016.",
    ], "A financial strategy that looks ten years ahead and shows how spending prevents "
       "problems from getting worse."),
    ("3. Involving people in budget decisions", [
        "Budget consultations ask residents to choose between cuts rather than to shape "
        "priorities.",
        "Young people were not involved in any of the budget processes we reviewed.",
    ], "Residents, including young people, involved early, before options are fixed."),
    ("4. Working together", [
        "Councils and the Welsh Government share financial information late and in "
        "different formats.",
        "The WLGA's finance network is valued but has no standing role in the settlement "
        "process.",
    ], "A shared timetable and a common dataset agreed by all parties."),
]
# theme: (heading, [(recommendation, [addressed columns])])
THEMES = [
    ("Theme 1: Long-term financial planning", [
        ("Publish indicative settlement figures for at least three years in each final "
         "settlement.", ["WG"]),
        ("Set a financial strategy that looks at least ten years ahead, and publish it with "
         "the budget.", ["LG"]),
        ("Report each year how much of the budget is spent on prevention, using a common "
         "definition.", ["WG", "LG"]),
        ("Agree the common definition of preventative spending with councils by March "
         "2027.", ["WG", "WLGA"]),
    ]),
    ("Theme 2: Involving people in budget decisions", [
        ("Involve residents in setting budget priorities before options are drawn up.",
         ["LG"]),
        ("Involve young people in each year's budget process, through youth councils or "
         "schools.", ["LG"]),
        ("Share good practice in participatory budgeting between councils.", ["WLGA"]),
    ]),
    ("Theme 3: Working together", [
        ("Agree a shared annual timetable for the settlement and council budget setting.",
         ["WG", "LG", "WLGA"]),
        ("Give the WLGA's finance network a standing role in preparing the settlement.",
         ["WG"]),
        ("Develop a common financial dataset for all 22 councils, published each year.",
         ["LG", "WLGA"]),
    ]),
]
STATUTORY = ("Under section 22 of the Act, each public body reviewed must publish its "
             "response to the recommendations addressed to it. We ask that responses are "
             "published within 25 working days.")
CONTACT = "Future Generations Commissioner for Wales, Cardiff. contactus@futuregenerations.example.wales"


def rows():
    n = 0
    for head, recs in THEMES:
        out = []
        for t, cols in recs:
            n += 1
            out.append((str(n), t, [TICK if c in cols else "" for c in CODES]))
        yield head, out


def reading() -> dict:
    recs = []
    for head, rs in rows():
        for n, t, ticks in rs:
            recs.append({"rec_id": n, "area": head, "text": t,
                         "owners": [c for c, x in zip(CODES, ticks) if x]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": h, "theme": None} for h, _r in THEMES],
            "recommendations": recs, "activities": None}


def numbered(chapter: str, paras: list[str]):
    n = chapter.split(".")[0]
    return [(f"{n}.{k}", p) for k, p in enumerate(paras, 1)]


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", "Future Generations Commissioner for Wales", "", DATE, "",
           "## Foreword", ""]
    out += [x for f in FOREWORD for x in (f, "")]
    out += ["## 1. About this review", ""]
    out += [x for n, p in numbered("1.", ABOUT) for x in (f"{n} {p}", "")]
    for ch, paras, good in FINDINGS:
        out += [f"## {ch}", ""] + [x for n, p in numbered(ch, paras) for x in (f"{n} {p}", "")]
        out += [f"> **What good looks like:** {good}", ""]
    out += ["## 5. Recommendations", "",
            "The table shows the bodies each recommendation is addressed to.", ""]
    for head, rs in rows():
        out += [f"### {head}", "", "| No. | Recommendation | " + " | ".join(BODIES) + " |",
                "|---|---|---|---|---|"]
        out += [f"| {n} | {t} | " + " | ".join(ticks) + " |" for n, t, ticks in rs] + [""]
    out += [STATUTORY, "", CONTACT, ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         "<title>Section 20 review: planning for the long term - Future Generations "
         "Commissioner for Wales</title></head><body>",
         '<div class="cookie-consent"><p>We use cookies to improve your experience of our '
         'website.</p><button>Accept</button><button>Decline</button></div>',
         '<header><a class="logo" href="/">Future Generations Commissioner for Wales</a>'
         '<a class="lang" href="/cy/">Cymraeg</a><nav><ul><li><a href="/about">About</a></li>'
         '<li><a href="/resources">Resources</a></li><li><a href="/news">News</a></li></ul>'
         "</nav></header>",
         '<nav class="breadcrumbs"><a href="/">Home</a> / <a href="/resources">Resources</a>'
         "</nav>", f"<main><h1>{esc(TITLE)}</h1>", f'<p class="date">{DATE}</p>',
         '<p><a class="button" href="/files/s20-finance-review.pdf">Download the full report'
         "</a></p>", "<h2>Foreword</h2>"]
    h += [f"<p>{esc(f)}</p>" for f in FOREWORD]
    h += ["<h2>1. About this review</h2>"]
    h += [f"<p>{n} {esc(p)}</p>" for n, p in numbered("1.", ABOUT)]
    for ch, paras, good in FINDINGS:
        h += [f"<h2>{esc(ch)}</h2>"] + [f"<p>{n} {esc(p)}</p>" for n, p in numbered(ch, paras)]
        h += [f'<div class="box"><h4>What good looks like</h4><p>{esc(good)}</p></div>']
    h += ["<h2>5. Recommendations</h2>",
          "<p>The table shows the bodies each recommendation is addressed to.</p>"]
    for head, rs in rows():
        h += [f"<h3>{esc(head)}</h3>", '<table class="matrix"><thead><tr><th>No.</th><th>'
              "Recommendation</th>" + "".join(f"<th>{b}</th>" for b in BODIES)
              + "</tr></thead><tbody>"]
        for n, t, ticks in rs:
            cells = "".join('<td class="tick">✓<span class="visually-hidden">Yes</span></td>'
                            if x else "<td></td>" for x in ticks)
            h.append(f"<tr><td>{n}</td><td>{esc(t)}</td>{cells}</tr>")
        h.append("</tbody></table>")
    h += [f"<p>{esc(STATUTORY)}</p>",
          '<div class="share"><p>Share this page</p><a href="#">X</a> <a href="#">LinkedIn</a>'
          "</div></main>",
          f"<footer><p>{esc(CONTACT)}</p><ul><li><a href=\"/accessibility\">Accessibility</a>"
          "</li><li><a href=\"/privacy\">Privacy notice</a></li></ul></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "Section 20 review: planning for the long term")
    footer_page_numbers(doc, "Future Generations Commissioner for Wales")
    doc.add_heading(TITLE, level=0)
    add_par(doc, "Future Generations Commissioner for Wales")
    add_par(doc, DATE)
    doc.add_heading("Foreword", level=1)
    for f in FOREWORD:
        add_par(doc, f)
    doc.add_heading("1. About this review", level=1)
    for n, p in numbered("1.", ABOUT):
        add_par(doc, f"{n}\t{p}")
    for ch, paras, good in FINDINGS:
        doc.add_heading(ch, level=1)
        for n, p in numbered(ch, paras):
            add_par(doc, f"{n}\t{p}")
        box = doc.add_table(rows=1, cols=1)
        box.style = "Table Grid"
        c = box.rows[0].cells[0]
        cell_text(c, "What good looks like", bold=True)
        add_par(c, good)
        shade(c, "E2EFDA")
        add_par(doc)
    doc.add_heading("5. Recommendations", level=1)
    add_par(doc, "The table shows the bodies each recommendation is addressed to.")
    for head, rs in rows():
        doc.add_heading(head, level=2)
        tb = doc.add_table(rows=1, cols=5)
        tb.style = "Table Grid"
        for c, x in zip(tb.rows[0].cells, ["No.", "Recommendation"] + BODIES):
            cell_text(c, x, bold=True)
            shade(c, "375623")
        set_repeat_header(tb.rows[0])
        for n, t, ticks in rs:
            r = tb.add_row().cells
            cell_text(r[0], n)
            cell_text(r[1], t)
            for c, x in zip(r[2:], ticks):
                cell_text(c, x)
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                if x:
                    shade(c, "E2EFDA")
        add_par(doc)
    add_par(doc, STATUTORY)
    add_par(doc, CONTACT)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    para = st["body"].clone("p18b", leftIndent=26, bulletIndent=0)
    from reportlab.platypus import Paragraph
    story = [P("Future Generations Commissioner for Wales", st["body"]), P(esc(TITLE), st["title"]),
             P(DATE, st["body"]), P("Foreword", st["h1"])]
    story += [P(esc(f), st["body"]) for f in FOREWORD]
    story += [P("1. About this review", st["h1"])]
    story += [Paragraph(esc(p), para, bulletText=n) for n, p in numbered("1.", ABOUT)]
    for ch, paras, good in FINDINGS:
        story += [P(esc(ch), st["h1"])]
        story += [Paragraph(esc(p), para, bulletText=n) for n, p in numbered(ch, paras)]
        box = Table([[P("<b>What good looks like</b><br/>" + esc(good), st["cell"])]],
                    colWidths=[170 * mm])
        box.setStyle(TableStyle(GRID + [("BACKGROUND", (0, 0), (-1, -1),
                                         colors.HexColor("#E2EFDA"))]))
        story.append(box)
    story += [P("5. Recommendations", st["h1"]),
              P("The table shows the bodies each recommendation is addressed to.", st["body"])]
    for head, rs in rows():
        story.append(P(esc(head), st["h2"]))
        data = [[P(f"<b>{x}</b>", st["cell"]) for x in ["No.", "Recommendation"] + BODIES]]
        data += [[n, P(esc(t), st["cell"])] + ticks for n, t, ticks in rs]
        t = Table(data, colWidths=[12 * mm, 84 * mm, 30 * mm, 26 * mm, 18 * mm], repeatRows=1)
        t.setStyle(TableStyle(GRID + [("ALIGN", (2, 1), (-1, -1), "CENTER"),
                                      ("FONTNAME", (0, 1), (-1, -1), "DejaVu"),
                                      ("BACKGROUND", (0, 0), (-1, 0),
                                       colors.HexColor("#C6E0B4"))]))
        story.append(t)
    story += [P(esc(STATUTORY), st["body"]), P(esc(CONTACT), st["small"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "Section 20 review: planning for the long term",
              "Future Generations Commissioner for Wales")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
