"""rec17b: an INDEPENDENT REVIEW's final report: chapters of running text, each closing its
argument with "Recommendation 3.1" paragraphs NUMBERED BY CHAPTER ("3.1", "5.2"), and
ANNEX A "Summary of recommendations", ONE TABLE `Recommendation | For | By when` whose
rows are GROUPED UNDER THEMED ROWS SPANNING THE TABLE ("Becoming a councillor") that do
not match the chapters (a theme holds one to three chapters); the same recommendations,
word for word, in both places. Chapters 1, 2 and 8 hold none; chapter 2 mentions the
recommendations of an earlier review (background, no recommendation of this one).

Welsh Government, "Independent review of support for elected members: final report",
15 July 2025, by an independent reviewer (fictional; no real person named). Forms:
- .md: pandoc's Markdown of the Word file: "Recommendation 3.1" paragraphs in bold, the
  annex a grid table (pandoc's output for a table with a spanning row), the theme rows a
  single merged cell;
- .html: GOV.WALES's HTML publication page (cookie banner, "Contents" side navigation,
  "First published" metadata, "Share this page", footer); the recommendations in the
  chapters as <div class="callout">; the annex a <table> with <th colspan="3"> theme rows;
- .docx: Word: chapters as Heading 1, the recommendations in the chapters as shaded
  one-cell boxes, the annex table with the theme rows MERGED across the three columns
  (gridSpan), header row repeated;
- .pdf: the printed report: the boxes drawn, the annex table with spanned theme rows.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "rec17b-independent-review-annex"
TITLE = "Independent review of support for elected members: final report"
DATE = "15 July 2025"
OWN = {"Welsh Government": ["WG"], "Councils": ["LG"], "WLGA": ["WLGA"],
       "Welsh Government and WLGA": ["WG", "WLGA"], "WLGA and councils": ["WLGA", "LG"],
       "Independent Remuneration Panel for Wales": ["Independent Remuneration Panel for Wales"],
       "Political parties": ["Political parties"]}
# chapter: (no, title, [paragraphs], [(n, text, for, by when)], theme)
CHAPTERS = [
    (1, "Introduction", [
        "In October 2024 the Minister asked me to review the support available to "
        "councillors in Wales and to recommend changes that would help a wider range of "
        "people to stand for election and to serve.",
        "I met councillors from every council, officers, the WLGA and the political "
        "parties, and ran a survey to which 611 councillors replied."], [], None),
    (2, "The role of the councillor today", [
        "Councillors now represent more residents than at any time since 1996, and the "
        "role has grown with the duties placed on councils since 2021.",
        "The review of diversity in democracy in 2019 recommended a number of changes, "
        "some of which have been made; I do not repeat those recommendations here."], [],
     None),
    (3, "Standing for election", [
        "Too few people know what a councillor does, and many who might stand do not "
        "think of themselves as candidates. The survey shows that two thirds of "
        "councillors were first asked to stand by someone they knew."],
     [(1, "The Welsh Government should fund a national campaign before each ordinary "
          "local election explaining the role of the councillor.", "Welsh Government",
       "From the 2027 elections"),
      (2, "Political parties should publish each year what they have done to widen the "
          "range of people selected as candidates.", "Political parties", "From 2026")],
     "Becoming a councillor"),
    (4, "Induction and development", [
        "Induction is better than it was, but practice varies widely between councils and "
        "few councillors have a personal development review."],
     [(1, "Councils should offer every councillor a personal development review within "
          "twelve months of election.", "Councils", "By May 2028"),
      (2, "The WLGA should maintain a national induction programme that councils can "
          "adapt, including modules in Welsh.", "WLGA", "Before the 2027 elections"),
      (3, "The Welsh Government and the WLGA should agree a shared budget for member "
          "development for the next five years.", "Welsh Government and WLGA",
       "By March 2026")],
     "Being a councillor"),
    (5, "Remuneration and allowances", [
        "The basic salary is not a barrier in itself, but the way allowances are claimed "
        "and published deters some councillors from claiming what they are entitled to."],
     [(1, "The Independent Remuneration Panel for Wales should review whether "
          "councillors' names need to be published alongside the costs of care they "
          "claim.", "Independent Remuneration Panel for Wales", "In its 2026 report"),
      (2, "Councils should make it possible to claim every allowance online.", "Councils",
       "By April 2026")],
     "Being a councillor"),
    (6, "Meetings and family life", [
        "Meetings held during the working day or late in the evening make the role hard "
        "to combine with work and caring."],
     [(1, "Councils should survey councillors on meeting times after each ordinary "
          "election and publish the results.", "Councils", "Within six months of each "
          "election")],
     "Being a councillor"),
    (7, "Safety and wellbeing", [
        "More than half of the councillors who replied to the survey had been abused or "
        "intimidated in the last year, most often online."],
     [(1, "The Welsh Government should legislate to allow councillors' home addresses to "
          "be withheld from all published registers.", "Welsh Government", "By 2027"),
      (2, "The WLGA and councils should agree a standard safety protocol for "
          "councillors, covering surgeries, home visits and online abuse.",
       "WLGA and councils", "By December 2025")],
     "Keeping councillors safe"),
    (8, "Conclusion", [
        "None of these changes is costly. Taken together they would make the role more "
        "open, better supported and safer."], [], None),
]
ANNEX_COLS = ["Recommendation", "For", "By when"]


def recs():
    for no, _t, _p, rs, theme in CHAPTERS:
        for n, text, who, when in rs:
            yield f"{no}.{n}", text, who, when, theme


def themes():
    seen = []
    for *_x, th in recs():
        if th not in seen:
            seen.append(th)
    return seen


def reading() -> dict:
    areas = [{"area": t, "theme": th} for _n, t, _p, rs, th in CHAPTERS if rs]
    chap = {f"{no}.{n}": t for no, t, _p, rs, _th in CHAPTERS for n, *_r in rs}
    return {"kind": "recommendations", "title": TITLE, "areas": areas,
            "recommendations": [{"rec_id": rid, "area": chap[rid], "text": text,
                                 "owners": OWN[who]} for rid, text, who, _w, _th in recs()],
            "activities": None}


# ------------------------------------------------------------------ Markdown (pandoc)
def grid(rows_by_theme) -> list[str]:
    w = [62, 30, 26]
    line = "+" + "+".join("-" * x for x in w) + "+"
    head = "+" + "+".join("=" * x for x in w) + "+"
    full = sum(w) + 2

    def cellrow(vals):
        import textwrap
        cols = [textwrap.wrap(v, x - 2) or [""] for v, x in zip(vals, w)]
        n = max(len(c) for c in cols)
        return ["|" + "|".join(" " + (c[i] if i < len(c) else "").ljust(x - 1)
                               for c, x in zip(cols, w)) + "|" for i in range(n)]

    out = [line] + cellrow(ANNEX_COLS) + [head]
    for th, rows in rows_by_theme:
        out += ["| " + f"**{th}**".ljust(full - 1) + "|", line]
        for r in rows:
            out += cellrow(r) + [line]
    return out


def annex_rows():
    return [(th, [(f"{rid} {text}", who, when) for rid, text, who, when, t in recs() if t == th])
            for th in themes()]


def write_md() -> None:
    out = [f"# {TITLE}", "", DATE, ""]
    for no, t, paras, rs, _th in CHAPTERS:
        out += [f"## {no}. {t}", ""]
        for p in paras:
            out += [p, ""]
        for n, text, _w, _b in rs:
            out += [f"**Recommendation {no}.{n}**", "", f"**{text}**", ""]
    out += ["## Annex A: Summary of recommendations", ""] + grid(annex_rows()) + [""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (GOV.WALES)
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} [HTML] | GOV.WALES</title></head><body>",
         '<div class="cookie-banner"><h2>Cookies on GOV.WALES</h2><p>We use some essential '
         'cookies to make this website work.</p><button>Accept additional cookies</button>'
         "<button>Reject additional cookies</button></div>",
         '<header><a href="/" class="logo">Llywodraeth Cymru Welsh Government</a><a href='
         '"/cy">Cymraeg</a><form><input type="search" aria-label="Search"></form></header>',
         '<nav class="breadcrumb"><a href="/">Home</a> <a href="/local-government">Local '
         'government</a> <a href="/councillors">Councillors</a></nav>',
         f"<main><h1>{esc(TITLE)}</h1>",
         '<p class="meta">The independent reviewer\'s findings and recommendations.</p>',
         f'<dl class="meta"><dt>First published:</dt><dd>{DATE}</dd><dt>Last updated:</dt>'
         f"<dd>{DATE}</dd></dl>",
         '<aside class="contents"><h2>Contents</h2><ol>'
         + "".join(f'<li><a href="#c{no}">{esc(t)}</a></li>' for no, t, *_r in CHAPTERS)
         + '<li><a href="#annex">Annex A: Summary of recommendations</a></li></ol></aside>',
         "<article>"]
    for no, t, paras, rs, _th in CHAPTERS:
        h.append(f'<h2 id="c{no}">{no}. {esc(t)}</h2>')
        h += [f"<p>{esc(p)}</p>" for p in paras]
        for n, text, _w, _b in rs:
            h.append(f'<div class="callout"><p><strong>Recommendation {no}.{n}</strong></p>'
                     f"<p>{esc(text)}</p></div>")
    h += ['<h2 id="annex">Annex A: Summary of recommendations</h2>', "<table><thead><tr>"
          + "".join(f'<th scope="col">{c}</th>' for c in ANNEX_COLS) + "</tr></thead><tbody>"]
    for th, rows in annex_rows():
        h.append(f'<tr><th colspan="3" scope="colgroup">{esc(th)}</th></tr>')
        h += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows]
    h += ["</tbody></table></article>",
          '<div class="share"><h2>Share this page</h2><a href="#">Twitter</a> <a href="#">'
          "Facebook</a></div>", '<p>Was this page useful? <a href="#">Yes</a> <a href="#">No'
          "</a></p></main>", '<footer><ul><li><a href="/contact-us">Contact us</a></li><li>'
          '<a href="/accessibility">Accessibility</a></li><li><a href="/copyright">Copyright '
          "statement</a></li></ul><p>&copy; Crown copyright</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "Independent review of support for elected members")
    footer_page_numbers(doc, "Welsh Government")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE)
    for no, t, paras, rs, _th in CHAPTERS:
        doc.add_heading(f"{no}. {t}", level=1)
        for p in paras:
            add_par(doc, p)
        for n, text, _w, _b in rs:
            box = doc.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            c = box.cell(0, 0)
            cell_text(c, f"Recommendation {no}.{n}", bold=True)
            add_par(c, text)
            shade(c, "DEEAF6")
            add_par(doc)
    doc.add_heading("Annex A: Summary of recommendations", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, c in enumerate(ANNEX_COLS):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "1F3864")
    set_repeat_header(t.rows[0])
    for th, rows in annex_rows():
        r = t.add_row()
        m = r.cells[0].merge(r.cells[2])
        cell_text(m, th, bold=True)
        shade(m, "D9D9D9")
        for row in rows:
            r = t.add_row()
            for i, x in enumerate(row):
                cell_text(r.cells[i], x)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P("Welsh Government", st["body"]), P(esc(TITLE), st["title"]), P(DATE, st["body"])]
    for no, t, paras, rs, _th in CHAPTERS:
        story.append(P(f"{no}. {esc(t)}", st["h1"]))
        story += [P(esc(p), st["body"]) for p in paras]
        for n, text, _w, _b in rs:
            box = Table([[P(f"<b>Recommendation {no}.{n}</b><br/>{esc(text)}", st["body"])]],
                        colWidths=[170 * mm])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#1F3864")),
                                     ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#DEEAF6"))]))
            story += [box, Spacer(1, 6)]
    story.append(P("Annex A: Summary of recommendations", st["h1"]))
    data = [[P(f"<font color='white'><b>{c}</b></font>", st["cell"]) for c in ANNEX_COLS]]
    style = GRID + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864"))]
    for th, rows in annex_rows():
        i = len(data)
        data.append([P(f"<b>{esc(th)}</b>", st["cell"]), "", ""])
        style += [("SPAN", (0, i), (2, i)), ("BACKGROUND", (0, i), (2, i), colors.HexColor("#D9D9D9"))]
        data += [[P(esc(x), st["cell"]) for x in r] for r in rows]
    t = Table(data, colWidths=[100 * mm, 38 * mm, 36 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, "Independent review of support for elected members: "
              "final report", "Welsh Government")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["areas"]), len(r["recommendations"]))
