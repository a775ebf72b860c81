"""rec25a: the INDEPENDENT REMUNERATION PANEL FOR WALES annual report's DETERMINATIONS:
"Determination 1", "Determination 2", ... numbered through the report and grouped by chapters
(Chapter 3 Principal councils, 4 Community and town councils, 5 National park authorities,
6 Fire and rescue authorities), with explanatory paragraphs between them and salary tables
(£ figures by group / role) beside them; chapters 1-2 (introduction, approach) hold none; an
Annex repeats every determination in one list. The determinations are the recommendations
(each once), the tables are not; each determination's owners are the bodies it binds
(principal councils "LG"; community and town councils, national park authorities, fire and
rescue authorities named as printed).

IRPW (real body, real report structure - see the README; the figures and wording invented),
Annual Report 2024/25, February 2024.
Forms: .md pandoc Markdown of the GOV.WALES HTML (bold "Determination N:" lead words, pipe
tables); .html a GOV.WALES HTML publication (skip link, cookie banner, "Contents" list of
chapter links, each determination a <div class="callout"> with an <h4> "Determination N"
and its text in the next <p>, salary tables with <caption>, footer); .docx each determination
in a one-cell shaded and bordered box (a table), the salary tables as Word tables, chapter
headings "Chapter 3: Principal councils"; .pdf printed with boxed determinations, the annex
as a two-column table "Determination | Summary".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

NAME = "rec25a-irpw-determinations"
TITLE = "Independent Remuneration Panel for Wales: Annual Report 2024/25"
DATE = "February 2024"
FORE = [("Chapter 1: Introduction", [
    "This is the Panel's annual report for 2024/25. It sets out the payments that relevant "
    "authorities must make available to their members from 1 April 2024.",
    "Section 153 of the Local Government (Wales) Measure 2011 requires each relevant "
    "authority to comply with the Panel's determinations. Determinations are numbered "
    "through the report and listed together in Annex 1."]),
    ("Chapter 2: Our approach this year", [
    "The Panel has kept the link between the basic salary of members of principal councils "
    "and average earnings in Wales. We consulted on a draft of this report between October "
    "and December 2023 and received 41 responses.",
    "The Panel has not changed the structure of senior salaries this year."])]
TABLE1 = (["Role", "Group A (population over 200,000)", "Group B (100,000 to 200,000)",
           "Group C (under 100,000)"],
          [["Leader", "£62,451", "£58,532", "£54,612"],
           ["Deputy leader", "£43,716", "£40,972", "£38,228"],
           ["Executive member", "£37,471", "£35,119", "£32,767"],
           ["Chair of a committee", "£28,886", "£28,886", "£28,886"],
           ["Leader of the largest opposition group", "£28,886", "£28,886", "£28,886"],
           ["Civic head", "£28,886", "£26,913", "£25,178"]])
TABLE2 = (["Group", "Income or expenditure", "Payments members must be offered"],
          [["A", "£1,000,000 and above", "Determinations 7, 8 and 9"],
           ["B", "£200,000 to £999,999", "Determinations 7, 8 and 9"],
           ["C", "Under £200,000", "Determinations 7 and 8"]])
# chapter, owners, [paragraphs before], [(n, text)], table, [paragraphs after]
CHAPTERS = [
    ("Principal councils", ["LG"],
     ["The basic salary is paid to every elected member of a principal council. It "
      "reflects the time a member is expected to give to the role, the equivalent of three "
      "days a week."],
     [(1, "The basic salary for elected members of principal councils shall be £19,371 "
          "with effect from 1 April 2024."),
      (2, "Senior salaries and civic salaries shall be paid at the levels set out in "
          "Table 1."),
      (3, "A principal council must not pay more than 18 senior salaries, not counting "
          "the civic head and deputy civic head."),
      (4, "Principal councils must reimburse the costs of care and personal assistance "
          "incurred by members, up to £403 a month, on production of receipts."),
      (5, "Co-opted members of principal councils shall be paid £256 for a full day and "
          "£128 for a half day, including travelling time."),
      (6, "Each principal council must publish a Schedule of Member Remuneration by 31 "
          "July 2024.")],
     TABLE1,
     ["The Panel notes that some councils pay fewer senior salaries than the maximum. "
      "That is a decision for each council."]),
    ("Community and town councils", ["Community and town councils"],
     ["Community and town councils are grouped by their income or expenditure, as shown in "
      "Table 2. The payments a council must offer depend on its group."],
     [(7, "Every community and town council must make available to each of its members a "
          "payment of £156 a year towards the costs of working from home."),
      (8, "Every community and town council must reimburse the travel costs of its members "
          "on council business at HMRC rates."),
      (9, "Community and town councils in Groups A and B must pay up to five members a "
          "senior role payment of £500 a year."),
      (10, "A community or town council may pay its mayor or chair up to £1,500 a year "
           "for the responsibility of the office."),
      (11, "Each community and town council must publish the payments made to its members "
           "by 30 September following the end of the financial year.")],
     TABLE2, []),
    ("National park authorities", ["National park authorities"],
     ["Members of national park authorities are appointed by principal councils or by the "
      "Welsh Government."],
     [(12, "The basic salary for ordinary members of national park authorities shall be "
           "£4,729 with effect from 1 April 2024."),
      (13, "The chair of a national park authority shall be paid £13,336 and the deputy "
           "chair £7,605."),
      (14, "A national park authority may pay a senior salary of £7,605 to the chair of "
           "one committee.")], None, []),
    ("Fire and rescue authorities", ["Fire and rescue authorities"],
     ["The three fire and rescue authorities' members are appointed by the principal "
      "councils of their areas."],
     [(15, "The basic salary for ordinary members of fire and rescue authorities shall be "
           "£2,364 with effect from 1 April 2024."),
      (16, "The chair of a fire and rescue authority shall be paid £11,818 and the deputy "
           "chair £5,972."),
      (17, "Each fire and rescue authority must publish the payments made to its members "
           "by 30 September 2025.")], None,
     ["The Panel will review the payments of fire and rescue authority members in its "
      "2025/26 report."])]


def chap_title(i: int, name: str) -> str:
    return f"Chapter {i + 3}: {name}"


def tab_caption(t) -> str:
    return ("Table 1: Senior and civic salaries of principal councils, 2024/25"
            if t is TABLE1 else "Table 2: Groups of community and town councils")


def reading() -> dict:
    recs = []
    for name, owners, _b, dets, _t, _a in CHAPTERS:
        recs += [{"rec_id": str(n), "area": name, "text": t, "owners": owners}
                 for n, t in dets]
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": c[0], "theme": None} for c in CHAPTERS],
            "recommendations": recs, "activities": None}


def all_dets():
    return [(n, t) for c in CHAPTERS for n, t in c[3]]


def write_md() -> None:
    out = [f"# {TITLE}", "", DATE, ""]
    for h, ps in FORE:
        out += [f"## {h}", ""] + [p + "\n" for p in ps]
    for i, (name, _o, before, dets, tab, after) in enumerate(CHAPTERS):
        out += [f"## {chap_title(i, name)}", ""] + [p + "\n" for p in before]
        for n, t in dets:
            out += [f"**Determination {n}:** {t}", ""]
        if tab:
            out += [f"*{tab_caption(tab)}*", "", "| " + " | ".join(tab[0]) + " |",
                    "|" + "---|" * len(tab[0])]
            out += ["| " + " | ".join(r) + " |" for r in tab[1]] + [""]
        out += [p + "\n" for p in after]
    out += ["## Annex 1: Determinations for 2024/25", ""]
    out += [f"{n}. {t}" for n, t in all_dets()]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def html_tab(tab):
    h = [f"<table><caption>{esc(tab_caption(tab))}</caption><thead><tr>"
         + "".join(f'<th scope="col">{esc(x)}</th>' for x in tab[0]) + "</tr></thead><tbody>"]
    h += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in tab[1]]
    return h + ["</tbody></table>"]


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} [HTML] | GOV.WALES</title></head><body>",
         '<a href="#main-content" class="skip-link">Skip to main content</a>',
         '<div class="cookie-banner"><p>We use cookies to collect information about how you '
         'use GOV.WALES.</p><button>Accept additional cookies</button><button>Reject '
         'additional cookies</button></div>',
         '<header class="header"><a href="/" class="logo">Llywodraeth Cymru Welsh Government'
         '</a><a href="/cy" lang="cy">Cymraeg</a><form><input type="search"></form></header>',
         '<nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/local-'
         'government">Local government</a></li></ol></nav>',
         '<main id="main-content"><div class="hero"><h1>' + esc(TITLE) + "</h1>",
         f'<p class="meta">Published: {DATE}</p></div>',
         '<nav class="contents"><h2>Contents</h2><ol>']
    heads = [h_ for h_, _p in FORE] + [chap_title(i, c[0]) for i, c in enumerate(CHAPTERS)]
    heads.append("Annex 1: Determinations for 2024/25")
    h += [f'<li><a href="#s{j}">{esc(x)}</a></li>' for j, x in enumerate(heads)]
    h += ["</ol></nav>"]
    j = 0
    for hd, ps in FORE:
        h += [f'<h2 id="s{j}">{esc(hd)}</h2>'] + [f"<p>{esc(p)}</p>" for p in ps]
        j += 1
    for i, (name, _o, before, dets, tab, after) in enumerate(CHAPTERS):
        h += [f'<h2 id="s{j}">{esc(chap_title(i, name))}</h2>']
        j += 1
        h += [f"<p>{esc(p)}</p>" for p in before]
        for n, t in dets:
            h += [f'<div class="callout callout--info"><h4>Determination {n}</h4>'
                  f"<p>{esc(t)}</p></div>"]
        if tab:
            h += html_tab(tab)
        h += [f"<p>{esc(p)}</p>" for p in after]
    h += [f'<h2 id="s{j}">Annex 1: Determinations for 2024/25</h2>', "<ol>"]
    h += [f'<li value="{n}">{esc(t)}</li>' for n, t in all_dets()]
    h += ["</ol>", '<p class="licence">This document may not be fully accessible. '
          '<a href="#">Request a different format</a>.</p></main>',
          '<footer><ul><li><a href="/contact-us">Contact us</a></li><li><a href="/'
          'accessibility">Accessibility</a></li><li><a href="/copyright">Copyright '
          'statement</a></li><li><a href="/cookies">Cookies</a></li></ul><p>© Crown '
          'copyright</p></footer>', "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    header_text(doc, "Independent Remuneration Panel for Wales")
    footer_page_numbers(doc, "Annual Report 2024/25")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE)
    for hd, ps in FORE:
        doc.add_heading(hd, level=1)
        for p in ps:
            add_par(doc, p)
    for i, (name, _o, before, dets, tab, after) in enumerate(CHAPTERS):
        doc.add_heading(chap_title(i, name), level=1)
        for p in before:
            add_par(doc, p)
        for n, t in dets:
            box = doc.add_table(rows=1, cols=1)
            box.style = "Table Grid"
            c = box.rows[0].cells[0]
            cell_text(c, f"Determination {n}:", bold=True)
            add_par(c, t)
            shade(c, "DEEAF6")
            add_par(doc)
        if tab:
            add_par(doc, tab_caption(tab), bold=True)
            tb = doc.add_table(rows=1, cols=len(tab[0]))
            tb.style = "Table Grid"
            for c, x in zip(tb.rows[0].cells, tab[0]):
                cell_text(c, x, bold=True, size=10)
            for r in tab[1]:
                for c, x in zip(tb.add_row().cells, r):
                    cell_text(c, x, size=10)
            add_par(doc)
        for p in after:
            add_par(doc, p)
    doc.add_heading("Annex 1: Determinations for 2024/25", level=1)
    for n, t in all_dets():
        add_par(doc, f"{n}.\t{t}")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell, cellb = st["cell"], st["cellb"]
    story = [P("Independent Remuneration Panel for Wales", st["h2"]), P(esc(TITLE), st["title"]),
             P(DATE, st["body"])]
    for hd, ps in FORE:
        story += [P(esc(hd), st["h1"])] + [P(esc(p), st["body"]) for p in ps]
    for i, (name, _o, before, dets, tab, after) in enumerate(CHAPTERS):
        story += [P(esc(chap_title(i, name)), st["h1"])] + [P(esc(p), st["body"])
                                                            for p in before]
        for n, t in dets:
            b = Table([[P(f"<b>Determination {n}:</b>", st["body"])], [P(esc(t), st["body"])]],
                      colWidths=[170 * mm])
            b.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, colors.HexColor("#1F4E79")),
                                   ("BACKGROUND", (0, 0), (-1, -1),
                                    colors.HexColor("#DEEAF6"))]))
            story += [KeepTogether(b), Spacer(1, 4)]
        if tab:
            story.append(P(f"<b>{esc(tab_caption(tab))}</b>", st["body"]))
            t = Table([[P(f"<b>{esc(x)}</b>", cellb) for x in tab[0]]]
                      + [[P(esc(x), cell) for x in r] for r in tab[1]])
            t.setStyle(TableStyle(GRID))
            story += [t, Spacer(1, 6)]
        story += [P(esc(p), st["body"]) for p in after]
    story.append(P("Annex 1: Determinations for 2024/25", st["h1"]))
    t = Table([[P("<b>Determination</b>", cellb), P("<b>Summary</b>", cellb)]]
              + [[P(str(n), cell), P(esc(x), cell)] for n, x in all_dets()],
              colWidths=[25 * mm, 145 * mm], repeatRows=1)
    t.setStyle(TableStyle(GRID))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, "IRPW Annual Report 2024/25", DATE)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["recommendations"]))
