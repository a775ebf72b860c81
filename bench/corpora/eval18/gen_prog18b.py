"""prog18b: a CORPORATE JOINT COMMITTEE's FORWARD WORK PROGRAMME STATUS REPORT: a committee
cover sheet (Report of / Meeting date / Purpose / Recommendation "That the Committee notes
..."), an "Overall status" table (one row a workstream: RAG last quarter, RAG this quarter,
direction of travel), then per workstream a NARRATIVE: "Key achievements this period" and
"Next period" bullets (they narrate the milestones, in other words), a "Resources" section
naming a grant, and an APPENDIX "Milestone tracker": ONE table `Workstream | Milestone |
Owner | Baseline date | Forecast date | RAG` with the WORKSTREAM printed in every row, dates
dd/mm/yyyy, RAG as the letters B (complete), G, A, R under a key "B = complete; G = on
track; A = at risk, recoverable; R = off track".

South West Wales Corporate Joint Committee (a real body used as the setting; content
invented), "Forward Work Programme 2025-26: Quarter 2 status report", meeting of
11 November 2025. Forms:
- .md: pandoc's Markdown of the Word file: cover sheet a pipe table, "### Key achievements
  this period" headings, the tracker one pipe table;
- .html: the CJC's meeting-papers page (moderngov-like): cookie banner, navigation, the
  agenda item "Document: Forward work programme status report", the report as HTML with
  the tracker <table>, footer;
- .docx: cover sheet table, Heading 2 per workstream, bold run-in labels "Key achievements
  this period:" paragraphs then "List Bullet" items, the tracker a landscape section table
  with a repeated header row and RAG cells shaded;
- .pdf: portrait narrative, then the tracker on landscape pages: a TABLE RUNNING OVER TWO
  PAGES with its header repeated, RAG cells coloured with their letter.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, cell_text, colors, esc, footer_page_numbers,
                        header_text, mm, new_docx, pdf_styles, set_repeat_header, shade)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Table, TableStyle)

NAME = "prog18b-cjc-status-report"
BODY = "South West Wales Corporate Joint Committee"
TITLE = "Forward Work Programme 2025-26: Quarter 2 status report"
MEETING = "11 November 2025"
COVER = [("Report of", "Chief Executive Officer"), ("Meeting", f"{BODY}, {MEETING}"),
         ("Purpose", "To report progress on the Committee's forward work programme for "
          "2025-26 at the end of Quarter 2 (30 September 2025)."),
         ("Recommendation", "That the Committee notes the status of the forward work "
          "programme and the milestones re-forecast in the appendix.")]
INTRO = ("The Committee's forward work programme has four workstreams, one for each of its "
         "functions: the Strategic Development Plan; the Regional Transport Plan; economic "
         "well-being; and energy. This report sets out the key achievements of the quarter, "
         "the work planned for the next, and the milestone tracker at Appendix A.")
KEY = "B = complete; G = on track; A = at risk, recoverable; R = off track"
RAG = {"B": "done", "G": "in progress", "A": "at risk", "R": "at risk"}
RAG_FILL = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B183"}
# workstream: (name, priority name, last RAG, this RAG, direction, achievements, next,
#              [(milestone, owner, baseline, forecast, rag, quarter, partners)])
WS = [
    ("Strategic Development Plan", "Strategic Development Plan", "G", "A", "Worse",
     ["The Delivery Agreement was agreed by all four councils and the Welsh Government.",
      "The call for candidate sites closed with 212 submissions."],
     ["Publish the integrated sustainability appraisal scoping report for consultation."],
     [("Delivery Agreement agreed with the Welsh Government", "SDP Programme Manager",
       "30/06/2025", "31/07/2025", "B", "2025-26 Q2", []),
      ("Call for candidate sites", "SDP Programme Manager", "30/09/2025", "30/09/2025", "B",
       "2025-26 Q2", []),
      ("Integrated sustainability appraisal scoping report published for consultation",
       "SDP Programme Manager", "31/10/2025", "31/01/2026", "A", "2025-26 Q4", []),
      ("Regional housing and employment land evidence base commissioned with Data Cymru",
       "Head of Planning Policy", "31/12/2025", "31/12/2025", "G", "2025-26 Q3",
       ["Data Cymru"]),
      ("Preferred strategy approved for consultation", "SDP Programme Manager", "30/06/2026",
       "31/12/2026", "R", "2026-27 Q3", [])]),
    ("Regional Transport Plan", "Regional Transport Plan", "G", "G", "Same",
     ["The Regional Transport Plan was submitted to the Welsh Government on 24 July."],
     ["Agree the first year's delivery programme with the four councils."],
     [("Regional Transport Plan submitted to the Welsh Government", "Regional Transport Lead",
       "31/07/2025", "31/07/2025", "B", "2025-26 Q2", []),
      ("First year delivery programme agreed", "Regional Transport Lead", "31/12/2025",
       "31/12/2025", "G", "2025-26 Q3", []),
      ("Regional bus network review completed", "Regional Transport Lead", "31/03/2026",
       "31/03/2026", "G", "2025-26 Q4", []),
      ("Active travel route audit of the four councils", "Active Travel Officer",
       "31/03/2026", "30/06/2026", "A", "2026-27 Q1", [])]),
    ("Economic well-being", "Economic well-being", "A", "A", "Same",
     ["The regional economic delivery plan refresh was started with a members' workshop.",
      "The shared prosperity fund closure report was agreed."],
     ["Complete the refresh of the regional economic delivery plan.",
      "Procure the regional skills partnership's labour market study."],
     [("Shared prosperity fund closure report agreed", "Head of Regional Economy",
       "31/07/2025", "31/08/2025", "B", "2025-26 Q2", []),
      ("Regional economic delivery plan refreshed", "Head of Regional Economy", "31/12/2025",
       "31/03/2026", "A", "2025-26 Q4", []),
      ("Labour market study procured", "Regional Skills Partnership Manager", "30/11/2025",
       "31/01/2026", "A", "2025-26 Q4", []),
      ("Audit Wales review of the CJC's arrangements for economic well-being reported",
       "Monitoring Officer", "31/03/2026", "31/03/2026", "G", "2025-26 Q4",
       ["Audit Wales"])]),
    ("Energy", "Energy", "G", "R", "Worse",
     ["The regional energy plan's project pipeline was mapped with the four councils."],
     ["Agree a revised timetable for the grid capacity study with the distribution network "
      "operator."],
     [("Project pipeline of the regional energy plan mapped", "Energy Programme Lead",
       "31/08/2025", "31/08/2025", "B", "2025-26 Q2", []),
      ("Grid capacity study commissioned", "Energy Programme Lead", "30/09/2025",
       "31/03/2026", "R", "2025-26 Q4", []),
      ("Regional energy investment prospectus published", "Energy Programme Lead",
       "31/03/2026", "30/09/2026", "R", "2026-27 Q2", [])]),
]
RESOURCES = ("The Committee's budget for 2025-26 is met by the four councils' contributions. "
             "The Welsh Government's Local Transport Fund grant of £450,000 for 2025-26 "
             "funds the first schemes of the Regional Transport Plan.")
COLS = ["Workstream", "Milestone", "Owner", "Baseline date", "Forecast date", "RAG"]


def tracker_rows():
    for w, *_x, ms in WS:
        for m, o, b, f, r, *_q in ms:
            yield [w, m, o, b, f, r]


def reading() -> dict:
    items = []
    for s, (_w, _p, _l, _t, _d, _a, _n, ms) in enumerate(WS, 1):
        for k, (m, _o, _b, _f, r, q, pa) in enumerate(ms, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": m, "status": RAG[r],
                          "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-11",
            "priorities": [p for _w, p, *_x in WS], "items": items,
            "grants": [{"grant": "Local Transport Fund", "amount_gbp": 450000,
                        "financial_year": "2025-26"}]}


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {TITLE}", "", f"**{BODY}**", "", "| | |", "|---|---|"]
    out += [f"| **{k}** | {v} |" for k, v in COVER] + ["", "## 1. Introduction", "", INTRO, "",
                                                        "## 2. Overall status", "",
                                                        "| Workstream | Q1 | Q2 | Direction of travel |",
                                                        "|---|---|---|---|"]
    out += [f"| {w} | {lr} | {tr} | {d} |" for w, _p, lr, tr, d, *_x in WS]
    out += ["", f"Key: {KEY}", "", "## 3. Progress by workstream", ""]
    for w, _p, _l, _t, _d, ach, nxt, _m in WS:
        out += [f"### {w}", "", "**Key achievements this period**", ""]
        out += [f"-   {a}" for a in ach] + ["", "**Next period**", ""]
        out += [f"-   {a}" for a in nxt] + [""]
    out += ["## 4. Resources", "", RESOURCES, "", "## Appendix A: Milestone tracker", "",
            f"Key: {KEY}", "", "| " + " | ".join(COLS) + " |", "|" + "---|" * len(COLS)]
    out += ["| " + " | ".join(r) + " |" for r in tracker_rows()]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>Document - {esc(TITLE)} | {BODY}</title></head><body>",
         '<div class="cookie-banner"><p>This site uses cookies to store information on your '
         'computer.</p><a href="/cookies">Cookie settings</a> <button>OK</button></div>',
         f'<header><p class="site-name">{BODY}</p><nav><ul><li><a href="/meetings">Meetings'
         '</a></li><li><a href="/documents">Documents</a></li><li><a href="/members">'
         "Members</a></li></ul></nav></header>",
         '<div id="modgov"><p class="mgBreadCrumbs"><a href="/">Home</a> &gt; <a href='
         '"/ieListMeetings">Committee</a> &gt; Agenda item</p>',
         f'<h1 class="mgMainTitleTxt">Agenda item - {esc(TITLE)}</h1>',
         '<p><a href="/documents/s1234/FWP%20Q2.pdf">PDF 412 KB</a></p><div class="report">',
         '<table class="cover">']
    h += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in COVER]
    h += ["</table>", "<h2>1. Introduction</h2>", f"<p>{esc(INTRO)}</p>",
          "<h2>2. Overall status</h2>", "<table><tr><th>Workstream</th><th>Q1</th><th>Q2</th>"
          "<th>Direction of travel</th></tr>"]
    h += [f"<tr><td>{w}</td><td>{lr}</td><td>{tr}</td><td>{d}</td></tr>"
          for w, _p, lr, tr, d, *_x in WS]
    h += ["</table>", f"<p>Key: {esc(KEY)}</p>", "<h2>3. Progress by workstream</h2>"]
    for w, _p, _l, _t, _d, ach, nxt, _m in WS:
        h += [f"<h3>{w}</h3>", "<p><strong>Key achievements this period</strong></p><ul>"]
        h += [f"<li>{esc(a)}</li>" for a in ach] + ["</ul><p><strong>Next period</strong></p>"
                                                    "<ul>"]
        h += [f"<li>{esc(a)}</li>" for a in nxt] + ["</ul>"]
    h += ["<h2>4. Resources</h2>", f"<p>{esc(RESOURCES)}</p>",
          "<h2>Appendix A: Milestone tracker</h2>", f"<p>Key: {esc(KEY)}</p>",
          '<table class="tracker"><thead><tr>' + "".join(f"<th>{c}</th>" for c in COLS)
          + "</tr></thead><tbody>"]
    for r in tracker_rows():
        h.append("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r[:-1])
                 + f'<td class="rag rag-{r[-1].lower()}">{r[-1]}</td></tr>')
    h += ["</tbody></table></div></div>",
          f"<footer><p>{BODY}, c/o Carmarthenshire County Council, County Hall, Carmarthen"
          '</p><p><a href="/accessibility">Accessibility statement</a></p></footer>',
          "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm
    doc = new_docx(font="Arial", size=10)
    header_text(doc, BODY)
    footer_page_numbers(doc, TITLE)
    doc.add_heading(TITLE, level=1)
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in COVER:
        r = tb.add_row().cells
        cell_text(r[0], k, bold=True)
        cell_text(r[1], v)
    doc.add_heading("1. Introduction", level=2)
    add_par(doc, INTRO)
    doc.add_heading("2. Overall status", level=2)
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, ["Workstream", "Q1", "Q2", "Direction of travel"]):
        cell_text(c, x, bold=True)
    for w, _p, lr, tr, d, *_x in WS:
        r = tb.add_row().cells
        for c, x in zip(r, [w, lr, tr, d]):
            cell_text(c, x)
        shade(r[1], RAG_FILL[lr])
        shade(r[2], RAG_FILL[tr])
    add_par(doc, f"Key: {KEY}")
    doc.add_heading("3. Progress by workstream", level=2)
    for w, _p, _l, _t, _d, ach, nxt, _m in WS:
        doc.add_heading(w, level=3)
        add_par(doc, "Key achievements this period:", bold=True)
        for a in ach:
            add_par(doc, a, style="List Bullet")
        add_par(doc, "Next period:", bold=True)
        for a in nxt:
            add_par(doc, a, style="List Bullet")
    doc.add_heading("4. Resources", level=2)
    add_par(doc, RESOURCES)
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    doc.add_heading("Appendix A: Milestone tracker", level=2)
    add_par(doc, f"Key: {KEY}")
    tb = doc.add_table(rows=1, cols=len(COLS))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, COLS):
        cell_text(c, x, bold=True)
        shade(c, "D9D9D9")
    set_repeat_header(tb.rows[0])
    for row in tracker_rows():
        r = tb.add_row().cells
        for c, x in zip(r, row):
            cell_text(c, x)
        shade(r[-1], RAG_FILL[row[-1]])
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c18", fontSize=10, leading=13)
    pw, ph = A4
    lw, lh = landscape(A4)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        w, h = canv._pagesize
        canv.drawString(18 * mm, h - 11 * mm, f"{BODY} – {MEETING}")
        canv.drawRightString(w - 18 * mm, 9 * mm, f"Page {doc.page}")
        canv.restoreState()

    d = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=A4, title=TITLE)
    d.addPageTemplates([
        PageTemplate(id="port", pagesize=A4, onPage=deco,
                     frames=[Frame(18 * mm, 16 * mm, pw - 36 * mm, ph - 34 * mm)]),
        PageTemplate(id="land", pagesize=landscape(A4), onPage=deco,
                     frames=[Frame(18 * mm, 16 * mm, lw - 36 * mm, lh - 34 * mm)])])
    story = [P(esc(BODY), st["body"]), P(esc(TITLE), st["title"])]
    t = Table([[P(f"<b>{esc(k)}</b>", cell), P(esc(v), cell)] for k, v in COVER],
              colWidths=[35 * mm, pw - 36 * mm - 35 * mm])
    t.setStyle(TableStyle(GRID))
    story += [t, P("1. Introduction", st["h1"]), P(esc(INTRO), st["body"]),
              P("2. Overall status", st["h1"])]
    rows = [[P(f"<b>{x}</b>", cell) for x in ["Workstream", "Q1", "Q2", "Direction of travel"]]]
    rows += [[P(w, cell), lr, tr, d_] for w, _p, lr, tr, d_, *_x in WS]
    t = Table(rows, colWidths=[70 * mm, 20 * mm, 20 * mm, 40 * mm])
    sty = list(GRID)
    for i, (_w, _p, lr, tr, *_x) in enumerate(WS, 1):
        sty += [("BACKGROUND", (1, i), (1, i), colors.HexColor("#" + RAG_FILL[lr])),
                ("BACKGROUND", (2, i), (2, i), colors.HexColor("#" + RAG_FILL[tr]))]
    t.setStyle(TableStyle(sty))
    story += [t, P(f"Key: {esc(KEY)}", st["small"]), P("3. Progress by workstream", st["h1"])]
    bul = st["body"].clone("b18", leftIndent=10)
    for w, _p, _l, _t, _d, ach, nxt, _m in WS:
        story += [P(w, st["h2"]), P("<b>Key achievements this period</b>", st["body"])]
        story += [Paragraph(esc(a), bul, bulletText="•") for a in ach]
        story += [P("<b>Next period</b>", st["body"])]
        story += [Paragraph(esc(a), bul, bulletText="•") for a in nxt]
    story += [P("4. Resources", st["h1"]), P(esc(RESOURCES), st["body"]),
              NextPageTemplate("land"), PageBreak(),
              P("Appendix A: Milestone tracker", st["h1"]), P(f"Key: {esc(KEY)}", st["small"])]
    rows = [[P(f"<b>{c}</b>", cell) for c in COLS]]
    rows += [[P(esc(x), cell) for x in r[:-1]] + [r[-1]] for r in tracker_rows()]
    widths = [45 * mm, 105 * mm, 50 * mm, 25 * mm, 25 * mm, 11 * mm]
    t = Table(rows, colWidths=widths, repeatRows=1)
    sty = list(GRID) + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                        ("ALIGN", (-1, 1), (-1, -1), "CENTER"),
                        ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]
    for i, r in enumerate(tracker_rows(), 1):
        sty.append(("BACKGROUND", (-1, i), (-1, i), colors.HexColor("#" + RAG_FILL[r[-1]])))
    t.setStyle(TableStyle(sty))
    story.append(t)
    d.build(story)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]), len(r["grants"]))
