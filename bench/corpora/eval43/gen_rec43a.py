"""rec43a: an Independent Remuneration Panel for Wales-style ANNUAL REPORT whose items are
"Determinations": the Panel's Annual Report 2025-26, February 2025 (real Panel; the
determinations, figures and chapters here are invented).

Layout: numbered chapters "1. Introduction", "2. The Panel's approach" (no determinations;
a salary table "Table 1: Basic and senior salaries from 1 April 2025"), then five chapters
by SUBJECT (the areas): "3. Basic and senior salaries" .. "7. Publication and compliance";
in each, determinations numbered 1-14 through the report, each a bold label
"Determination 1" on its own line and a paragraph under it; three with sub-points (a), (b)
(c) (Word numbering, lowerLetter, restarted per determination); and "Annex 1: Summary of
determinations", a table `No. | Determination | Applies to` repeating every determination
SHORTENED, with the bodies it applies to (principal councils, community and town councils,
national park authorities, fire and rescue authorities, corporate joint committees).
This varies eval25's IRPW report (chapters by kind of authority, salary tables, annex
repeating salaries): here chapters are subjects, one determination applies to several kinds
of authority, sub-points are numbered by Word, and the annex names who each applies to.

The reading (typed here by hand): a determination is a recommendation (the Panel's required
action); each counted once, from its chapter (the annex repeats them); rec_id its number;
area the chapter's name without its number; text the paragraph with its sub-points joined
("... rates: (a) ...; (b) ..."); owners the bodies it applies to (as the annex lists them and
the text says): principal councils LG (as eval25 reads them), the others by name. Themes:
none. Activities: none (the document reports none).
Forms: .pdf the Welsh Government's print (running header "IRPW Annual Report 2025-26",
"Page N of M", sub-points printed "(a)"); .docx Heading 1 chapters with typed numbers, a
"Determination" paragraph style (bold) for labels, lowerLetter numbering.xml sub-points;
.html GOV.WALES's HTML version (chapter <h2>, label <p><strong>, sub-points <ol
type="a">, the annex a table); .md pandoc's export of the Word file (YAML title, "# 3. ..."
chapters, bold labels, the "(%1)" Word list as pandoc's "(a) " list items, Table 1 a simple
table, the annex a pipe table, wrapped at 72).
"""
from __future__ import annotations

from common43 import gov_page, letter_abstract, numbered, restarted_num, wrap
from gen_common import (GRID, OUT, P, build_pdf, cell_text, colors, esc, new_docx,
                        pdf_styles, shade, WD_ALIGN_PARAGRAPH)
from reportlab.platypus import Table, TableStyle

NAME = "rec43a-irpw-determinations-report"
TITLE = "Independent Remuneration Panel for Wales: Annual Report 2025-26"
DATE = "February 2025"
PC, CTC, NPA, FRA, CJC = ("Principal councils", "Community and town councils",
                          "National park authorities", "Fire and rescue authorities",
                          "Corporate joint committees")
CODE = {PC: "LG", CTC: CTC, NPA: NPA, FRA: FRA, CJC: CJC}
INTRO = [("Introduction", [
    "This is the Panel's annual report for the 2025-26 financial year. It sets out the "
    "payments members of relevant authorities in Wales must or may receive from 1 April "
    "2025.",
    "The determinations in this report are binding on the authorities to which they apply. "
    "Authorities must comply with them from 1 April 2025."]),
    ("The Panel's approach", [
    "The Panel has linked the basic salary of principal council members to the median "
    "earnings of full-time employees in Wales, as in previous years.",
    "The salaries that follow from the determinations in Chapter 3 are summarised in Table "
    "1."])]
SALARY = [("Basic salary (principal councils)", "£19,371"), ("Leader (Group A)", "£58,113"),
          ("Deputy leader (Group A)", "£40,679"), ("Executive member (Group A)", "£34,870"),
          ("Chair of a national park authority", "£13,336")]
# chapters: (area, [(no, text, [sub-points], applies_to, annex summary)])
CHAPTERS = [
    ("Basic and senior salaries", [
        (1, "The basic salary for elected members of principal councils shall be £19,371 a "
         "year from 1 April 2025.", [], [PC], "Basic salary of £19,371"),
        (2, "Senior salaries for leaders, deputy leaders and executive members of principal "
         "councils shall be paid at the levels set out in Table 1, and a principal council "
         "must not pay more than 18 senior salaries.", [], [PC],
         "Senior salaries as in Table 1; no more than 18"),
        (3, "The basic salary for ordinary members of national park authorities and fire and "
         "rescue authorities shall be £4,604 a year.", [], [NPA, FRA],
         "Basic salary of £4,604 for ordinary members"),
        (4, "A corporate joint committee may pay its chair a senior salary of £11,500 a year "
         "where the chair does not already receive a senior salary from a principal "
         "council.", [], [CJC], "Chair's senior salary of £11,500"),
    ]),
    ("Reimbursement of costs", [
        (5, "Every relevant authority must reimburse the necessary costs of care and personal "
         "assistance incurred by its members to carry out their official duties, up to a "
         "maximum of £403 a month on production of receipts.", [],
         [PC, CTC, NPA, FRA, CJC], "Costs of care up to £403 a month"),
        (6, "Mileage for official business shall be reimbursed at the following rates:",
         ["45p per mile for private motor vehicles;", "24p per mile for motorcycles;",
          "20p per mile for bicycles."], [PC, NPA, FRA], "Mileage rates"),
        (7, "Overnight subsistence shall be reimbursed up to a maximum of £200 a night in "
         "London, £95 a night elsewhere, and £30 a night when staying with friends or "
         "family.", [], [PC, NPA, FRA], "Overnight subsistence maxima"),
    ]),
    ("Community and town councils", [
        (8, "Every community and town council must make available to each of its members a "
         "payment of £156 a year towards the costs of working from home.", [], [CTC],
         "£156 a year for working from home"),
        (9, "Community and town councils in Groups A and B must:",
         ["pay their chair up to £500 a year for the costs of the office;",
          "reimburse the costs of care on the same basis as Determination 5."], [CTC],
         "Groups A and B: chair's costs and costs of care"),
        (10, "A community or town council may pay a senior role payment of up to £500 a year "
         "to up to seven of its members.", [], [CTC], "Senior role payments up to £500"),
    ]),
    ("Absence and co-opted members", [
        (11, "A principal council may continue to pay a senior salary in full to a member on "
         "family absence for up to six months, and may pay a temporary senior salary to the "
         "member covering the role.", [], [PC], "Senior salary during family absence"),
        (12, "Co-opted members of principal councils, national park authorities and fire and "
         "rescue authorities shall be paid a daily fee of £268, or £134 for a half day of up "
         "to four hours.", [], [PC, NPA, FRA], "Co-opted members' daily fee of £268"),
    ]),
    ("Publication and compliance", [
        (13, "Each principal council, national park authority, fire and rescue authority and "
         "corporate joint committee must publish on its website:",
         ["a Schedule of Member Remuneration by 31 July each year;",
          "the total payments made to each member in the previous year by 30 September."],
         [PC, NPA, FRA, CJC], "Publish the Schedule and the payments"),
        (14, "Each community and town council must publish the payments made to each member "
         "by 30 September and send a copy to the Panel.", [], [CTC],
         "Publish payments by 30 September"),
    ]),
]
AHEAD = ["No.", "Determination", "Applies to"]


def joined(text: str, subs: list[str]) -> str:
    return " ".join([text] + [f"({chr(97 + k)}) {s}" for k, s in enumerate(subs)])


def reading() -> dict:
    recs = []
    for area, dets in CHAPTERS:
        for no, text, subs, applies, _s in dets:
            recs.append({"rec_id": str(no), "area": area, "text": joined(text, subs),
                         "owners": [CODE[a] for a in applies]})
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _ in CHAPTERS],
            "recommendations": recs, "activities": None}


def annex_rows():
    return [(str(no), s, "; ".join(applies)) for _a, dets in CHAPTERS
            for no, _t, _sub, applies, s in dets]


def write_docx() -> None:
    doc = new_docx(font="Arial", size=12)
    from docx.enum.style import WD_STYLE_TYPE
    det = doc.styles.add_style("Determination", WD_STYLE_TYPE.PARAGRAPH)
    det.base_style = doc.styles["Normal"]
    det.font.bold = True
    det.paragraph_format.keep_with_next = True
    aid = letter_abstract(doc)
    doc.sections[0].header.paragraphs[0].text = "IRPW Annual Report 2025-26"
    doc.sections[0].footer.paragraphs[0].text = "© Crown copyright 2025"
    doc.add_heading(TITLE, level=0)
    doc.add_paragraph(DATE)
    n = 0
    for n, (h, paras) in enumerate(INTRO, 1):
        doc.add_heading(f"{n}. {h}", level=1)
        for t in paras:
            doc.add_paragraph(t)
        if n == 2:
            doc.add_paragraph("Table 1: Basic and senior salaries from 1 April 2025").runs[
                0].italic = True
            tb = doc.add_table(rows=1, cols=2)
            tb.style = "Table Grid"
            for c, x in zip(tb.rows[0].cells, ["Role", "Salary"]):
                cell_text(c, x, bold=True)
            for r in SALARY:
                for c, x in zip(tb.add_row().cells, r):
                    cell_text(c, x)
    for k, (area, dets) in enumerate(CHAPTERS, n + 1):
        doc.add_heading(f"{k}. {area}", level=1)
        for no, text, subs, _a, _s in dets:
            doc.add_paragraph(f"Determination {no}", style="Determination")
            doc.add_paragraph(text)
            if subs:
                nid = restarted_num(doc, aid)
                for s in subs:
                    numbered(doc.add_paragraph(s, style="List Paragraph"), nid)
    doc.add_heading("Annex 1: Summary of determinations", level=1)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, AHEAD):
        cell_text(c, x, bold=True)
        shade(c, "D9D9D9")
    for r in annex_rows():
        for c, x in zip(tb.add_row().cells, r):
            cell_text(c, x)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(esc(TITLE), st["title"]), P(DATE, st["body"])]
    n = 0
    for n, (h, paras) in enumerate(INTRO, 1):
        story.append(P(f"{n}. {esc(h)}", st["h1"]))
        story += [P(esc(t), st["body"]) for t in paras]
        if n == 2:
            story.append(P("<i>Table 1: Basic and senior salaries from 1 April 2025</i>",
                           st["body"]))
            t = Table([[P("<b>Role</b>", st["cell"]), P("<b>Salary</b>", st["cell"])]]
                      + [[P(esc(a), st["cell"]), P(b, st["cell"])] for a, b in SALARY])
            t.setStyle(TableStyle(GRID))
            story.append(t)
    sub = st["body"].clone("sub", leftIndent=28, firstLineIndent=-14)
    for k, (area, dets) in enumerate(CHAPTERS, n + 1):
        story.append(P(f"{k}. {esc(area)}", st["h1"]))
        for no, text, subs, _a, _s in dets:
            story += [P(f"<b>Determination {no}</b>", st["body"]), P(esc(text), st["body"])]
            story += [P(f"({chr(97 + j)})&nbsp;&nbsp;{esc(s)}", sub) for j, s in enumerate(subs)]
    story.append(P("Annex 1: Summary of determinations", st["h1"]))
    rows = [[P(f"<b>{x}</b>", st["cell"]) for x in AHEAD]]
    rows += [[P(esc(c), st["cell"]) for c in r] for r in annex_rows()]
    t = Table(rows, colWidths=[14 * 2.835, 90 * 2.835, 70 * 2.835], repeatRows=1)
    t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                         colors.HexColor("#D9D9D9"))]))
    story.append(t)
    build_pdf(OUT / f"{NAME}.pdf", story, "IRPW Annual Report 2025-26",
              "© Crown copyright 2025")


def write_html() -> None:
    body = [f'<p class="meta">First published: {DATE}</p>']
    n = 0
    for n, (h, paras) in enumerate(INTRO, 1):
        body.append(f'<h2 id="section-{n}">{n}. {esc(h)}</h2>')
        body += [f"<p>{esc(t)}</p>" for t in paras]
        if n == 2:
            body.append('<table><caption>Table 1: Basic and senior salaries from 1 April 2025'
                        '</caption><thead><tr><th scope="col">Role</th><th scope="col">'
                        "Salary</th></tr></thead><tbody>"
                        + "".join(f"<tr><td>{esc(a)}</td><td>{b}</td></tr>" for a, b in SALARY)
                        + "</tbody></table>")
    for k, (area, dets) in enumerate(CHAPTERS, n + 1):
        body.append(f'<h2 id="section-{k}">{k}. {esc(area)}</h2>')
        for no, text, subs, _a, _s in dets:
            body += [f"<p><strong>Determination {no}</strong></p>", f"<p>{esc(text)}</p>"]
            if subs:
                body.append('<ol type="a">' + "".join(f"<li>{esc(s)}</li>" for s in subs)
                            + "</ol>")
    body.append('<h2 id="annex-1">Annex 1: Summary of determinations</h2>')
    body.append("<table><thead><tr>" + "".join(f'<th scope="col">{x}</th>' for x in AHEAD)
                + "</tr></thead><tbody>" + "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                    for r in annex_rows()) + "</tbody></table>")
    (OUT / f"{NAME}.html").write_text(gov_page(
        TITLE, ["Home", "Local government", "Independent Remuneration Panel for Wales"],
        body), encoding="utf-8")


def write_md() -> None:
    out = ["---", f'title: "{TITLE}"', f'date: "{DATE}"', "---", ""]
    n = 0
    for n, (h, paras) in enumerate(INTRO, 1):
        out += [f"# {n}. {h}", ""]
        for t in paras:
            out += wrap(t) + [""]
        if n == 2:
            out += ["*Table 1: Basic and senior salaries from 1 April 2025*", "",
                    "  Role                                  Salary",
                    "  ------------------------------------- ---------"]
            out += [f"  {a:<37} {b}" for a, b in SALARY] + [""]
    for k, (area, dets) in enumerate(CHAPTERS, n + 1):
        out += [f"# {k}. {area}", ""]
        for no, text, subs, _a, _s in dets:
            out += [f"**Determination {no}**", ""] + wrap(text) + [""]
            for j, s in enumerate(subs):
                out += wrap(s, f"({chr(97 + j)}) ", "    ")
            if subs:
                out.append("")
    out += ["# Annex 1: Summary of determinations", "",
            "| No. | Determination | Applies to |", "|---|---|---|"]
    out += [f"| {a} | {b} | {c} |" for a, b, c in annex_rows()]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_pdf()
    write_docx()
    write_html()
    write_md()
    print(NAME, len(reading()["recommendations"]))
