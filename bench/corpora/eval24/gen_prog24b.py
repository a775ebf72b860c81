"""prog24b: a CORPORATE RISK REGISTER EXTRACT presented to a Governance and Audit Committee:
one table `Ref | Risk | Owner | Inherent score | Mitigating actions | Residual score |
Direction of travel` whose Risk cell is a bold short title and a description, whose
Mitigating actions cell is a bulleted list, each bullet ending "– complete (July 2025)",
"– in place since May 2025", "– underway, due December 2025", "– delayed, now due March
2026" or "– planned by June 2026", scores like "20 (L4 x I5)" and a ↑ ↓ → arrow; a scoring
key table before it, and "Risks closed this quarter" (a table of closed risks and the reason,
no actions) after it.

The items are the mitigating actions (text without the status phrase), the sections are the
risks (CR1 .. CR4: the section is the risk's number), the priorities are the risks' short
titles. Status: complete / in place -> done; underway -> in progress; delayed -> at risk;
planned -> planned; the quarter is the date's quarter of the financial year. Owners are
officer titles; an action names an organisation as a partner only where it says so
("with CIPFA", "with the HR Directors Network").

Glanmor County Borough Council (fictitious council; layout modelled on Welsh councils'
Governance and Audit Committee risk reports), Governance and Audit Committee, 20 November 2025.
Forms: .md pandoc grid table with bullet lists inside cells; .html a modern.gov-like agenda
item page (cookie banner, nav, footer) with <ul> in cells; .docx a Word table whose action
cells hold "List Bullet" paragraphs; .pdf landscape A4 with the register table RUNNING OVER
PAGES (rows split, header row repeated).
"""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.platypus import Table, TableStyle
from shell24 import cms_page

NAME = "prog24b-corporate-risk-register"
COUNCIL = "Glanmor County Borough Council"
TITLE = "Corporate Risk Register: Quarter 2 2025-26"
MEETING = "Governance and Audit Committee, 20 November 2025"
INTRO = ("This report presents the Corporate Risk Register at the end of Quarter 2 "
         "(30 September 2025). The Committee's role is to seek assurance that the council's "
         "risk management arrangements are adequate and effective. The register below shows, "
         "for each corporate risk, its score before mitigation (inherent), the mitigating "
         "actions and their position, and its score with those actions (residual).")
KEY = [("15-25", "High", "Red", "Reported to Cabinet each quarter"),
       ("8-14", "Medium", "Amber", "Managed by the Corporate Management Team"),
       ("1-7", "Low", "Green", "Managed within the directorate")]
STATUS = {"complete": "done", "in place": "done", "underway": "in progress",
          "delayed": "at risk", "planned": "planned"}
# (ref, title, description, owner, inherent, residual, arrow,
#  [(action, printed status phrase, status key, quarter, partners)])
RISKS = [
    ("CR1", "Medium-term financial position",
     "The council cannot set a balanced budget for 2026-27 and beyond because demand and "
     "costs rise faster than funding.", "Chief Finance Officer (Section 151 Officer)",
     "25 (L5 x I5)", "20 (L4 x I5)", "↑", [
         ("Medium Term Financial Plan 2026-27 to 2028-29 refreshed and reported to Cabinet",
          "complete (September 2025)", "complete", "2025-26 Q2", []),
         ("Monthly budget monitoring with directorate recovery plans",
          "in place since April 2025", "in place", "2025-26 Q1", []),
         ("Independent financial resilience review with CIPFA",
          "underway, due January 2026", "underway", "2025-26 Q4", ["CIPFA"]),
         ("Review of fees and charges", "planned by December 2025", "planned",
          "2025-26 Q3", []),
     ]),
    ("CR2", "Recruitment and retention of social care staff",
     "Vacancies in social work and domiciliary care leave the council unable to meet "
     "assessed needs.", "Director of Social Services", "20 (L4 x I5)", "16 (L4 x I4)", "→", [
         ("Market supplement for qualified social workers", "in place since June 2025",
          "in place", "2025-26 Q1", []),
         ("Exit interview findings shared and compared with the HR Directors Network",
          "complete (August 2025)", "complete", "2025-26 Q2", ["HR Directors Network"]),
         ("Plan to reduce the use of agency social workers", "delayed, now due March 2026",
          "delayed", "2025-26 Q4", []),
         ("Second cohort of the grow-your-own social work trainee scheme",
          "planned by September 2026", "planned", "2026-27 Q2", []),
     ]),
    ("CR3", "Cyber security",
     "A cyber attack disrupts council services or causes a loss of personal data.",
     "Head of Digital Services", "20 (L4 x I5)", "12 (L3 x I4)", "↓", [
         ("Multi-factor authentication for all staff accounts", "complete (July 2025)",
          "complete", "2025-26 Q2", []),
         ("Cyber incident response exercise for the Corporate Management Team",
          "underway, due December 2025", "underway", "2025-26 Q3", []),
         ("Immutable back-ups for the main business systems", "planned by March 2026",
          "planned", "2025-26 Q4", []),
     ]),
    ("CR4", "Information governance",
     "Personal information is lost, shared wrongly or kept longer than the law allows.",
     "Monitoring Officer", "16 (L4 x I4)", "9 (L3 x I3)", "↓", [
         ("Mandatory data protection e-learning for all staff", "in place since May 2025",
          "in place", "2025-26 Q1", []),
         ("Records retention schedule reviewed and approved", "complete (September 2025)",
          "complete", "2025-26 Q2", []),
         ("Information asset register refreshed in every directorate",
          "planned by June 2026", "planned", "2026-27 Q1", []),
     ]),
]
CLOSED = [("CR7", "Delivery of the new waste transfer station",
           "The station opened in August 2025; remaining risks are on the Environment "
           "directorate's register."),
          ("CR9", "Implementation of the new payroll system",
           "The system went live in July 2025 with no failed pay runs.")]
HEAD = ["Ref", "Risk", "Owner", "Inherent score", "Mitigating actions", "Residual score",
        "Direction of travel"]
ARROWS = "↑ risk increasing   → no change   ↓ risk reducing"


def bullet(a) -> str:
    return f"{a[0]} – {a[1]}"


def reading() -> dict:
    items = []
    for s, r in enumerate(RISKS, 1):
        for k, (text, _ph, key, q, pa) in enumerate(r[7], 1):
            items.append({"ref": f"{r[0]}.{k}", "section": str(s), "text": text,
                          "status": STATUS[key], "quarter": q, "partners": pa})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-20",
            "priorities": [r[1] for r in RISKS], "items": items, "grants": []}


def grid_table(head: list[str], rows: list[list[list[str]]], widths: list[int]) -> list[str]:
    """A pandoc grid table; each cell is a list of lines (bullets as "- ")."""
    def wrap(lines, w):
        out = []
        for ln in lines:
            ind = "  " if ln.startswith("- ") else ""
            out += textwrap.wrap(ln, w, subsequent_indent=ind) or [""]
        return out
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    hsep = "+" + "+".join("=" * (w + 2) for w in widths) + "+"

    def emit(cells):
        cols = [wrap(c, w) for c, w in zip(cells, widths)]
        n = max(len(c) for c in cols)
        return ["| " + " | ".join((c[i] if i < len(c) else "").ljust(w)
                                  for c, w in zip(cols, widths)) + " |" for i in range(n)]
    out = [sep] + emit([[h] for h in head]) + [hsep]
    for r in rows:
        out += emit(r) + [sep]
    return out


def md_cells(r) -> list[list[str]]:
    return [[r[0]], [f"**{r[1]}**", "", r[2]], [r[3]], [r[4]],
            [f"- {bullet(a)}" for a in r[7]], [r[5]], [r[6]]]


def write_md() -> None:
    o = [f"# {TITLE}", "", f"*{COUNCIL} – {MEETING}*", "", INTRO, "", "## Risk scoring key", "",
         "Score = likelihood (L, 1-5) x impact (I, 1-5).", "",
         "| Score | Rating | Colour | Escalation |", "|---|---|---|---|"]
    o += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in KEY] + ["", ARROWS, "",
          "## Corporate risks at 30 September 2025", ""]
    o += grid_table(HEAD, [md_cells(r) for r in RISKS], [4, 30, 16, 9, 48, 9, 9])
    o += ["", "## Risks closed this quarter", "", "| Ref | Risk | Reason for closure |",
          "|---|---|---|"]
    o += [f"| {a} | {b} | {c} |" for a, b, c in CLOSED]
    o += ["", "## Recommendation", "", "That the Committee notes the Corporate Risk Register "
          "and the actions being taken to manage the council's corporate risks."]
    (OUT / f"{NAME}.md").write_text("\n".join(o) + "\n", encoding="utf-8")


def write_html() -> None:
    b = [f"<h1>{esc(TITLE)}</h1>", f'<p class="mgSubTitle">{esc(COUNCIL)} – {esc(MEETING)}'
         "</p>", f"<p>{esc(INTRO)}</p>", "<h2>Risk scoring key</h2>",
         "<p>Score = likelihood (L, 1-5) x impact (I, 1-5).</p>",
         '<table class="mgTable"><tr><th>Score</th><th>Rating</th><th>Colour</th>'
         "<th>Escalation</th></tr>"]
    b += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in k) + "</tr>" for k in KEY]
    b += ["</table>", f"<p>{esc(ARROWS)}</p>", "<h2>Corporate risks at 30 September 2025</h2>",
          '<table class="mgTable risk-register"><thead><tr>'
          + "".join(f"<th>{esc(h)}</th>" for h in HEAD) + "</tr></thead><tbody>"]
    for r in RISKS:
        b.append(f"<tr><td>{r[0]}</td><td><strong>{esc(r[1])}</strong><br>{esc(r[2])}</td>"
                 f"<td>{esc(r[3])}</td><td>{esc(r[4])}</td><td><ul>"
                 + "".join(f"<li>{esc(bullet(a))}</li>" for a in r[7])
                 + f"</ul></td><td>{esc(r[5])}</td><td class=\"dot\">{r[6]}</td></tr>")
    b += ["</tbody></table>", "<h2>Risks closed this quarter</h2>",
          '<table class="mgTable"><tr><th>Ref</th><th>Risk</th><th>Reason for closure</th></tr>']
    b += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in c) + "</tr>" for c in CLOSED]
    b += ["</table>", "<h2>Recommendation</h2>", "<p>That the Committee notes the Corporate "
          "Risk Register and the actions being taken to manage the council's corporate "
          "risks.</p>"]
    page = cms_page(TITLE, COUNCIL, b, ["Home", "Council and democracy", "Meetings",
                                        "Governance and Audit Committee"])
    (OUT / f"{NAME}.html").write_text(page, encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = 1
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(doc, f"{COUNCIL} – Governance and Audit Committee")
    footer_page_numbers(doc, "Corporate Risk Register Q2 2025-26")
    doc.add_heading(TITLE, level=1)
    add_par(doc, MEETING).runs[0].italic = True
    add_par(doc, INTRO)
    doc.add_heading("Risk scoring key", level=2)
    add_par(doc, "Score = likelihood (L, 1-5) x impact (I, 1-5).")
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Score", "Rating", "Colour", "Escalation"]):
        cell_text(c, h, bold=True)
    fills = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050"}
    for k in KEY:
        cells = tb.add_row().cells
        for c, x in zip(cells, k):
            cell_text(c, x)
        shade(cells[2], fills[k[2]])
    add_par(doc, ARROWS)
    doc.add_heading("Corporate risks at 30 September 2025", level=2)
    tb = doc.add_table(rows=1, cols=len(HEAD))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, HEAD):
        cell_text(c, h, bold=True)
        shade(c, "1F3864")
    for r in RISKS:
        cells = tb.add_row().cells
        cell_text(cells[0], r[0])
        cell_text(cells[1], r[1], bold=True)
        add_par(cells[1], r[2])
        cell_text(cells[2], r[3])
        cell_text(cells[3], r[4])
        first = True
        for a in r[7]:
            if first:
                p = cells[4].paragraphs[0]
                p.style = doc.styles["List Bullet"]
                p.add_run(bullet(a))
                first = False
            else:
                add_par(cells[4], bullet(a), style="List Bullet")
        cell_text(cells[5], r[5])
        cell_text(cells[6], r[6], size=14)
    doc.add_heading("Risks closed this quarter", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Ref", "Risk", "Reason for closure"]):
        cell_text(c, h, bold=True)
    for cl in CLOSED:
        for c, x in zip(tb.add_row().cells, cl):
            cell_text(c, x)
    doc.add_heading("Recommendation", level=2)
    add_par(doc, "That the Committee notes the Corporate Risk Register and the actions being "
                 "taken to manage the council's corporate risks.")
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c24", fontSize=9.5, leading=12.5)
    story = [P(esc(COUNCIL), st["body"]), P(esc(TITLE), st["title"]),
             P(f"<i>{esc(MEETING)}</i>", st["body"]), P(esc(INTRO), st["body"]),
             P("Risk scoring key", st["h1"]),
             P("Score = likelihood (L, 1-5) x impact (I, 1-5).", st["body"])]
    kt = Table([[P(f"<b>{h}</b>", cell) for h in ["Score", "Rating", "Colour", "Escalation"]]]
               + [[P(esc(x), cell) for x in k] for k in KEY],
               colWidths=[25 * mm, 25 * mm, 25 * mm, 90 * mm])
    kt.setStyle(TableStyle(list(GRID) + [
        ("BACKGROUND", (2, 1), (2, 1), colors.red), ("BACKGROUND", (2, 2), (2, 2),
                                                     colors.orange),
        ("BACKGROUND", (2, 3), (2, 3), colors.green)]))
    story += [kt, P(esc(ARROWS), st["body"]), P("Corporate risks at 30 September 2025",
                                                 st["h1"])]
    rows = [[P(f"<b>{esc(h)}</b>", cell) for h in HEAD]]
    for r in RISKS:
        acts = [P("• " + esc(bullet(a)), cell) for a in r[7]]
        rows.append([P(r[0], cell), [P(f"<b>{esc(r[1])}</b>", cell), P(esc(r[2]), cell)],
                     P(esc(r[3]), cell), P(esc(r[4]), cell), acts, P(esc(r[5]), cell),
                     P(f'<font size="14">{r[6]}</font>', cell)])
    t = Table(rows, colWidths=[12 * mm, 55 * mm, 35 * mm, 22 * mm, 95 * mm, 22 * mm, 20 * mm],
              repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle(list(GRID) + [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
        ("TOPPADDING", (0, 0), (-1, -1), 14), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    story += [t, P("Risks closed this quarter", st["h1"])]
    ct = Table([[P(f"<b>{h}</b>", cell) for h in ["Ref", "Risk", "Reason for closure"]]]
               + [[P(esc(x), cell) for x in c] for c in CLOSED],
               colWidths=[15 * mm, 70 * mm, 150 * mm])
    ct.setStyle(TableStyle(GRID))
    story += [ct, P("Recommendation", st["h1"]),
              P("That the Committee notes the Corporate Risk Register and the actions being "
                "taken to manage the council's corporate risks.", st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – {TITLE}", MEETING, wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
