"""prog19a: a DIGITAL TEAM's "NOW / NEXT / LATER / DONE" ROADMAP as the programme update.

The cards sit in four columns (Done, Now, Next, Later); a card's status follows ONLY from
the column it sits in (Done = done, Now = in progress, Next and Later = planned). Each card
is a title, a theme tag (one of the roadmap's three themes, named in the introduction), an
owner tag and a target quarter printed "Q3 2025-26" (Done cards: "Completed Q1 2025-26").
A "Funding" note names two grants.

WLGA / Chief Digital Officer for Local Government (real role hosted by the WLGA; content
invented), "Local government digital roadmap: November 2025 update", 14 November 2025.
Forms:
- .md: pandoc's Markdown: four "## Done" .. "## Later" headings with "-   " bullets, each
  bullet the bold card title then "Theme · Owner · quarter" on the same line;
- .html: the WLGA website's roadmap page: cookie banner, nav, breadcrumb, a KANBAN BOARD
  of <div class="column"> with <div class="card"> (no table), tags as <span>, footer;
- .docx: a four-column table (header row Done | Now | Next | Later, one body row, each cell
  holding its cards as paragraphs: bold title, then a small tag line);
- .pdf: four columns side by side (BaseDocTemplate, four frames: the text flows column to
  column, a column heading at the top of each frame).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, cell_text, esc, footer_page_numbers, header_text,
                        mm, new_docx, pdf_styles, shade)
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate

NAME = "prog19a-digital-roadmap"
TITLE = "Local government digital roadmap: November 2025 update"
DATE = "14 November 2025"
THEMES = ["Data and insight", "Cyber resilience", "Digital services and skills"]
INTRO = ("This roadmap shows the work of the Chief Digital Officer for Local Government and "
         "the WLGA digital team with Welsh councils. It has three themes: Data and insight; "
         "Cyber resilience; and Digital services and skills. Cards move from right to left "
         "as work starts and finishes. The roadmap is reviewed every quarter by the "
         "Digital Leaders Network.")
COLUMNS = [("Done", "done", "Work we have finished"),
           ("Now", "in progress", "Work under way"),
           ("Next", "planned", "Work starting in the next two quarters"),
           ("Later", "planned", "Work we plan to start later")]
# column: [(title, theme index, owner, quarter as printed, reading quarter, partners)]
CARDS = {
    "Done": [
        ("Council data maturity assessment published with Data Cymru", 1, "CDO team",
         "Completed Q1 2025-26", "2025-26 Q1", ["Data Cymru"]),
        ("Cyber incident exercise run with all 22 councils", 2, "Cyber lead",
         "Completed Q2 2025-26", "2025-26 Q2", []),
        ("Digital skills self-assessment tool launched for council staff", 3,
         "Skills lead", "Completed Q2 2025-26", "2025-26 Q2", [])],
    "Now": [
        ("Shared social care data standard for adult services", 1, "Data lead",
         "Q3 2025-26", "2025-26 Q3", []),
        ("Cyber assurance framework piloted in six councils", 2, "Cyber lead",
         "Q4 2025-26", "2025-26 Q4", []),
        ("Service design training for council service managers", 3, "Skills lead",
         "Q4 2025-26", "2025-26 Q4", [])],
    "Next": [
        ("Local government data platform discovery", 1, "CDO team", "Q1 2026-27",
         "2026-27 Q1", []),
        ("Audit Wales follow-up on cyber resilience: response agreed", 2, "Cyber lead",
         "Q1 2026-27", "2026-27 Q1", ["Audit Wales"]),
        ("Common online forms pattern library for council websites", 3, "Digital services "
         "lead", "Q2 2026-27", "2026-27 Q2", [])],
    "Later": [
        ("Use of artificial intelligence in council services: guidance and case studies", 1,
         "CDO team", "Q4 2026-27", "2026-27 Q4", []),
        ("Digital apprenticeships shared across councils", 3, "Skills lead", "Q3 2026-27",
         "2026-27 Q3", [])],
}
FUNDING = [("Digital Transformation Fund", "Welsh Government", "£1,200,000", 1200000),
           ("Cyber Resilience Grant", "Welsh Government", "£300,000", 300000)]
FUNDING_LEAD = "The roadmap's work in 2025-26 is funded by two grants:"


def tag(c) -> str:
    return f"{THEMES[c[1] - 1]} · Owner: {c[2]} · {c[3]}"


def reading() -> dict:
    items, k = [], 0
    for col, status, _h in COLUMNS:
        for c in CARDS[col]:
            k += 1
            items.append({"ref": str(k), "section": str(c[1]), "text": c[0], "status": status,
                          "quarter": c[4], "partners": c[5]})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-14", "priorities": THEMES,
            "items": items,
            "grants": [{"grant": g, "amount_gbp": a, "financial_year": "2025-26"}
                       for g, _f, _t, a in FUNDING]}


def write_md() -> None:
    out = [f"# {TITLE}", "", f"Published {DATE}", "", INTRO, ""]
    for col, _s, hint in COLUMNS:
        out += [f"## {col}", "", f"*{hint}*", ""]
        out += [f"-   **{c[0]}** — {tag(c)}" for c in CARDS[col]] + [""]
    out += ["## Funding", "", FUNDING_LEAD, ""]
    out += [f"-   {g} ({f}): {t}" for g, f, t, _a in FUNDING] + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} | WLGA</title></head><body>",
         '<div id="cookie-banner" role="dialog"><p>We use cookies to make this website work '
         'and to measure how it is used.</p><button>Accept all cookies</button> <button>'
         'Reject optional cookies</button></div>',
         '<header><a class="logo" href="/">WLGA</a><nav><ul><li><a href="/about">About us'
         '</a></li><li><a href="/digital">Digital</a></li><li><a href="/news">News</a></li>'
         '<li><a href="/cymraeg">Cymraeg</a></li></ul></nav></header>',
         '<main><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/digital">'
         'Digital</a></li><li>Roadmap</li></ol>',
         f"<h1>{esc(TITLE)}</h1>", f'<p class="date">Published {DATE}</p>',
         f"<p>{esc(INTRO)}</p>", '<div class="board">']
    for col, _s, hint in COLUMNS:
        h += [f'<div class="column column-{col.lower()}"><h2>{col}</h2>',
              f'<p class="hint">{esc(hint)}</p>']
        for c in CARDS[col]:
            h.append(f'<div class="card"><p class="card-title">{esc(c[0])}</p><p class='
                     f'"tags"><span class="tag theme">{esc(THEMES[c[1] - 1])}</span> <span '
                     f'class="tag owner">Owner: {esc(c[2])}</span> <span class="tag when">'
                     f'{esc(c[3])}</span></p></div>')
        h.append("</div>")
    h += ["</div>", "<h2>Funding</h2>", f"<p>{esc(FUNDING_LEAD)}</p><ul>"]
    h += [f"<li>{esc(g)} ({esc(f)}): {t}</li>" for g, f, t, _a in FUNDING]
    h += ["</ul></main>", '<footer><p>Welsh Local Government Association, One Canal Parade, '
          'Dumballs Road, Cardiff CF10 5BF</p><p><a href="/privacy">Privacy</a> | <a href='
          '"/accessibility">Accessibility</a></p></footer>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    doc = new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(297), Mm(210)
    header_text(doc, "WLGA – Local government digital roadmap")
    footer_page_numbers(doc, f"Published {DATE}")
    doc.add_heading(TITLE, level=1)
    add_par(doc, f"Published {DATE}")
    add_par(doc, INTRO)
    tb = doc.add_table(rows=2, cols=4)
    tb.style = "Table Grid"
    for i, (col, _s, _h) in enumerate(COLUMNS):
        cell_text(tb.rows[0].cells[i], col, bold=True)
        shade(tb.rows[0].cells[i], "1F4E79" if False else "D9E2F3")
        cell = tb.rows[1].cells[i]
        first = True
        for c in CARDS[col]:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.add_run(c[0]).bold = True
            add_par(cell, tag(c), size=8)
    doc.add_heading("Funding", level=2)
    add_par(doc, FUNDING_LEAD)
    for g, f, t, _a in FUNDING:
        add_par(doc, f"{g} ({f}): {t}", style="List Bullet")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(9)
    w, h = landscape(A4)
    top = h - 62 * mm
    colw = (w - 36 * mm - 15 * mm) / 4

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("DejaVu", 7.5)
        canv.drawString(18 * mm, h - 11 * mm, "Welsh Local Government Association")
        canv.drawRightString(w - 18 * mm, 9 * mm, f"Page {doc.page}")
        canv.restoreState()

    head = Frame(18 * mm, top, w - 36 * mm, h - 18 * mm - top)
    cols = [Frame(18 * mm + i * (colw + 5 * mm), 40 * mm, colw, top - 40 * mm) for i in range(4)]
    foot = Frame(18 * mm, 14 * mm, w - 36 * mm, 26 * mm)
    d = BaseDocTemplate(str(OUT / f"{NAME}.pdf"), pagesize=landscape(A4), title=TITLE)
    d.addPageTemplates([PageTemplate(id="board", frames=[head] + cols + [foot], onPage=deco)])
    small = st["small"]
    story = [P(esc(TITLE), st["title"]), P(f"Published {DATE}", st["small"]),
             P(esc(INTRO), st["body"]), FrameBreak()]
    for col, _s, hint in COLUMNS:
        story += [P(col, st["h1"]), P(f"<i>{esc(hint)}</i>", small)]
        for c in CARDS[col]:
            story += [P(f"<b>{esc(c[0])}</b>", st["body"]), P(esc(tag(c)), small)]
        story.append(FrameBreak())
    story += [P("Funding", st["h2"]), P(esc(FUNDING_LEAD) + " " + "; ".join(
        f"{esc(g)} ({esc(f)}): {t}" for g, f, t, _a in FUNDING) + ".", st["body"])]
    d.build(story)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
