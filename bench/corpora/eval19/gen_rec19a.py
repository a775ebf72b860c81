"""rec19a: an INDEPENDENT REVIEW whose recommendations sit in a MATRIX of THEME ROWS by
TIMESCALE COLUMNS ("Immediate (0-6 months) | Medium term (6-18 months) | Longer term (18
months +)"); each cell holds none, one or two numbered recommendations, so a
recommendation's timing comes from its column header and its theme from its row. Before
the matrix, a chapter per theme (2-5) discusses the recommendations in prose, in other
words, pointing at them "(recommendation 3)"; the matrix is the only place their text is
printed.

"Getting there: an independent review of home-to-school transport in Wales", an
independent reviewer's report to the WLGA and the Association of Directors of Education in
Wales (ADEW), 19 March 2026 (review invented; the Learner Travel (Wales) Measure 2008 and
the Welsh Government's learner travel review are real). Forms:
- .md: pandoc's Markdown of the Word file, the matrix a GRID TABLE (multi-line cells);
- .html: the WLGA website's publication page (cookie banner, nav, "Download (PDF)",
  "Related publications", footer), the matrix a <table> with <th scope="row"> themes and
  <p> per recommendation in a cell;
- .docx: chapters with typed paragraph numbers "2.1", the matrix a Word table (theme rows,
  three timescale columns, a cell's recommendations one paragraph each, empty cells "–");
- .pdf: portrait chapters, then the matrix on a landscape page.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, shade)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Table, TableStyle)

NAME = "rec19a-timescale-matrix-review"
TITLE = "Getting there: an independent review of home-to-school transport in Wales"
DATE = "19 March 2026"
BY = "An independent review for the WLGA and ADEW"
TIMES = ["Immediate (0-6 months)", "Medium term (6-18 months)", "Longer term (18 months +)"]
# theme: (name, chapter paragraphs, {column: [(no, text, owners)]})
THEMES = [
    ("Entitlement and policy", [
        "The Learner Travel (Wales) Measure 2008 sets the distances over which councils "
        "must provide free transport. Every council we spoke to told us that its "
        "discretionary policy has grown over time and is hard to explain to parents.",
        "A common statement of discretionary entitlement would help parents and councils "
        "alike, and it can be written quickly from existing policies (recommendation 1). "
        "The statutory distances themselves were last reviewed in 2023; we think the Welsh "
        "Government should settle the question within the next Senedd term "
        "(recommendation 2)."],
     {0: [("1", "Councils should publish a common statement of discretionary home-to-school "
           "transport entitlement.", ["LG"])],
      1: [],
      2: [("2", "The Welsh Government should decide whether to change the statutory walking "
           "distances in the Learner Travel (Wales) Measure 2008.", ["WG"])]}),
    ("Commissioning and contracts", [
        "Contract prices rose by a third between 2021 and 2025 while the number of bidders "
        "fell. Councils that tendered jointly with a neighbour paid less.",
        "We heard that short contracts deter operators from investing in vehicles. Longer "
        "contracts and joint tendering should go together (recommendations 3 and 4), and "
        "in time the regional bodies should take a part (recommendation 5)."],
     {0: [("3", "Councils should share their contract prices through a common benchmarking "
           "return each term.", ["LG"])],
      1: [("4", "Councils should tender jointly with at least one neighbouring council when "
           "contracts are renewed, and offer contracts of up to seven years.", ["LG"])],
      2: [("5", "The Welsh Government should set out the role of Transport for Wales and the "
           "Corporate Joint Committees in commissioning school transport.", ["WG"])]}),
    ("Safety and workforce", [
        "Driver and escort shortages were the reason for most of the route cancellations "
        "reported to us. Training is arranged council by council and is not portable.",
        "A passport of training recognised by every council would help (recommendation 6), "
        "as would a recruitment campaign run once for Wales (recommendation 7)."],
     {0: [],
      1: [("6", "The WLGA should agree with councils a training passport for drivers and "
           "passenger assistants that every council recognises.", ["WLGA"]),
          ("7", "The WLGA and the Welsh Government should run a national recruitment "
           "campaign for drivers and passenger assistants.", ["WLGA", "WG"])],
      2: []}),
    ("Data and accountability", [
        "No one can say how much Wales spends on home-to-school transport in a year: the "
        "revenue outturn return groups it with other transport spending.",
        "A separate line in the return would fix this at little cost (recommendation 8). "
        "Councils should report their performance to scrutiny every year "
        "(recommendation 9), and the review should be repeated in five years "
        "(recommendation 10)."],
     {0: [("8", "The Welsh Government should add a separate line for home-to-school "
           "transport to the revenue outturn return.", ["WG"])],
      1: [("9", "Councils should report the cost and reliability of school transport to a "
           "scrutiny committee every year.", ["LG"])],
      2: [("10", "The WLGA and ADEW should commission a follow-up review in 2031.",
           ["WLGA", "ADEW"])]}),
]
FOREWORD = ("I was asked by the WLGA and ADEW to look at how home-to-school transport is "
            "planned, bought and paid for in Wales. I met officers from all 22 councils, "
            "operators, parents and learners. I recommend this report to every council "
            "leader and cabinet member for education.")
MATRIX_LEAD = ("The table below sets out the review's ten recommendations by theme and by "
               "the time within which they should be carried out.")


def recs():
    for name, _paras, cells in THEMES:
        for col in range(3):
            for no, text, owners in cells[col]:
                yield name, col, no, text, owners


def reading() -> dict:
    rs = sorted(recs(), key=lambda r: int(r[2]))
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": n, "theme": None} for n, *_x in THEMES],
            "recommendations": [{"rec_id": no, "area": n, "text": t, "owners": o}
                                for n, _c, no, t, o in rs],
            "activities": None}


def cell_lines(cells, col):
    return [f"{no}. {t}" for no, t, _o in cells[col]] or ["–"]


def chapters():
    """(number, heading, [(para no, text)])"""
    out = [("1", "Introduction", [("1.1", FOREWORD)])]
    for c, (name, paras, _cells) in enumerate(THEMES, 2):
        out.append((str(c), name, [(f"{c}.{i}", p) for i, p in enumerate(paras, 1)]))
    return out


def write_md() -> None:
    out = [f"# {TITLE}", "", f"*{BY}*", "", DATE, ""]
    for no, head, paras in chapters():
        out += [f"## {no}. {head}", ""]
        out += [f"{pn} {p}\n" for pn, p in paras]
    out += ["## 6. Recommendations", "", MATRIX_LEAD, ""]
    widths = [20, 30, 30, 30]

    def wrap(text, w):
        import textwrap
        return textwrap.wrap(text, w) or [""]

    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = sep.replace("-", "=")

    def row(cells):
        cols = []
        for cell, w in zip(cells, widths):
            lines = []
            for k, para in enumerate(cell):
                if k:
                    lines.append("")
                lines += wrap(para, w)
            cols.append(lines)
        n = max(len(c) for c in cols)
        return ["| " + " | ".join((c[i] if i < len(c) else "").ljust(w)
                                  for c, w in zip(cols, widths)) + " |" for i in range(n)]

    out.append(sep)
    out += row([["Theme"]] + [[t] for t in TIMES])
    out.append(hsep)
    for name, _p, cells in THEMES:
        out += row([[name]] + [cell_lines(cells, c) for c in range(3)])
        out.append(sep)
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div id="ccc" class="cookie-control"><p>We use some essential cookies to make this '
         'website work.</p><button>Accept</button></div>',
         '<header><a class="logo" href="/">WLGA</a><nav><ul><li><a href="/education">'
         'Education</a></li><li><a href="/publications">Publications</a></li><li><a href='
         '"/news">News</a></li></ul></nav></header>', '<main class="publication">',
         f"<h1>{esc(TITLE)}</h1>", f'<p class="meta">{esc(BY)} · Published {DATE}</p>',
         '<p><a class="download" href="/files/getting-there.pdf">Download (PDF, 1.4MB)</a>'
         "</p>"]
    for no, head, paras in chapters():
        h.append(f"<h2>{no}. {esc(head)}</h2>")
        h += [f'<p><span class="pn">{pn}</span> {esc(p)}</p>' for pn, p in paras]
    h += ["<h2>6. Recommendations</h2>", f"<p>{esc(MATRIX_LEAD)}</p>",
          '<table class="matrix"><thead><tr><th scope="col">Theme</th>'
          + "".join(f'<th scope="col">{esc(t)}</th>' for t in TIMES) + "</tr></thead><tbody>"]
    for name, _p, cells in THEMES:
        h.append(f'<tr><th scope="row">{esc(name)}</th>' + "".join(
            "<td>" + "".join(f"<p>{esc(x)}</p>" for x in cell_lines(cells, c)) + "</td>"
            for c in range(3)) + "</tr>")
    h += ["</tbody></table></main>",
          '<aside class="related"><h2>Related publications</h2><ul><li><a href="/pub/1">'
          "Learner travel: council survey 2025</a></li></ul></aside>",
          "<footer><p>Welsh Local Government Association · One Canal Parade, Dumballs Road, "
          "Cardiff CF10 5BF</p></footer>", "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Getting there: home-to-school transport review")
    footer_page_numbers(doc, DATE)
    doc.add_heading(TITLE, level=0)
    add_par(doc, BY)
    add_par(doc, DATE)
    for no, head, paras in chapters():
        doc.add_heading(f"{no}. {head}", level=1)
        for pn, p in paras:
            add_par(doc, f"{pn}\t{p}")
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    doc.add_heading("6. Recommendations", level=1)
    add_par(doc, MATRIX_LEAD)
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, ["Theme"] + TIMES):
        cell_text(c, x, bold=True)
        shade(c, "FCE4D6")
    for name, _p, cells in THEMES:
        r = tb.add_row().cells
        cell_text(r[0], name, bold=True)
        for c in range(3):
            lines = cell_lines(cells, c)
            cell_text(r[c + 1], lines[0])
            for x in lines[1:]:
                add_par(r[c + 1], x)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c19a", fontSize=9.5, leading=12)
    pw, ph = A4
    lw, lh = landscape(A4)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        w, h = canv._pagesize
        canv.drawString(18 * mm, h - 11 * mm, "Getting there: home-to-school transport review")
        canv.drawRightString(w - 18 * mm, 9 * mm, str(doc.page))
        canv.restoreState()

    d = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    d.addPageTemplates([
        PageTemplate(id="port", pagesize=A4, onPage=deco,
                     frames=[Frame(20 * mm, 16 * mm, pw - 40 * mm, ph - 34 * mm)]),
        PageTemplate(id="land", pagesize=landscape(A4), onPage=deco,
                     frames=[Frame(18 * mm, 16 * mm, lw - 36 * mm, lh - 34 * mm)])])
    story = [P(esc(TITLE), st["title"]), P(f"<i>{esc(BY)}</i>", st["body"]),
             P(DATE, st["body"])]
    para = st["body"].clone("pn19", leftIndent=12 * mm, firstLineIndent=-12 * mm)
    for no, head, paras in chapters():
        story.append(P(f"{no}. {esc(head)}", st["h1"]))
        story += [P(f"{pn}&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}", para) for pn, p in paras]
    story += [NextPageTemplate("land"), PageBreak(), P("6. Recommendations", st["h1"]),
              P(esc(MATRIX_LEAD), st["body"])]
    rows = [[P(f"<b>{esc(x)}</b>", cell) for x in ["Theme"] + TIMES]]
    for name, _p, cells in THEMES:
        rows.append([P(f"<b>{esc(name)}</b>", cell)]
                    + [[P(esc(x), cell) for x in cell_lines(cells, c)] for c in range(3)])
    t = Table(rows, colWidths=[45 * mm, 72 * mm, 72 * mm, 72 * mm])
    t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                         colors.HexColor("#FCE4D6"))]))
    story.append(t)
    d.build(story)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
