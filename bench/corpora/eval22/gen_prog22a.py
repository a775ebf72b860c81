"""prog22a: a council's ANNUAL GOVERNANCE STATEMENT ACTION PLAN: "Progress against the
significant governance issues identified in 2023-24", a table `Issue | Action(s) agreed |
Lead officer | Target date | Progress at 31 March 2025 | Status` where SEVERAL ACTIONS SHARE
ONE ISSUE (row-spanning issue cell, or the issue repeated), status words "Complete",
"Partially complete - carried forward", "Superseded"; then a SECOND TABLE of the new year's
significant issues (`Issue | Action(s) agreed | Lead officer | Target date`, no progress yet).

Glanmor County Borough Council (fictional; the AGS, its duty and layout real), Annual
Governance Statement 2024-25, section 6, approved by the Governance and Audit Committee on
17 July 2025. Forms:
- .md: pandoc's Markdown of the Word file: pipe tables, the issue cell printed in the first
  row of its group and EMPTY in the rows below (pandoc drops merges);
- .html: the council's modern.gov-style page (cookie banner, nav, footer), `rowspan` issue cells;
- .docx: Word tables with the issue cell VERTICALLY MERGED over its actions;
- .pdf: landscape, the issue REPEATED in every row, the first table RUNNING OVER TWO PAGES
  (header row repeated).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from reportlab.platypus import Table, TableStyle

NAME = "prog22a-ags-action-plan"
COUNCIL = "Glanmor County Borough Council"
TITLE = "Annual Governance Statement 2024-25"
DATE = "17 July 2025"
STATUS = {"Complete": "done", "Partially complete - carried forward": "in progress",
          "Superseded": "done"}
INTRO = [
    "The Council's review of the effectiveness of its governance framework is informed by the "
    "work of the Corporate Management Team, Internal Audit, the Governance and Audit Committee "
    "and Audit Wales. This section reports progress against the significant governance issues "
    "identified in the Annual Governance Statement 2023-24, and sets out the significant "
    "issues identified for 2025-26.",
]
# issue: (no, issue, [(action, lead, target, progress, status, quarter)])
OLD = [
    ("1", "Medium-term financial resilience: a budget gap of £18.4m over the next three years", [
        ("Agree a three-year savings programme with Cabinet.", "Head of Finance",
         "30 September 2024", "Cabinet approved a savings programme of £11.2m on 24 September "
         "2024.", "Complete", "2024-25 Q2"),
        ("Review earmarked reserves and set a minimum level of general reserves.",
         "Head of Finance", "31 December 2024", "The review was reported to Cabinet in January "
         "2025, which set a minimum general reserve of 4% of the net budget.", "Complete",
         "2024-25 Q3"),
        ("Develop a transformation programme to close the remaining gap.", "Chief Executive",
         "31 March 2025", "The programme was agreed in February 2025; two of its five projects "
         "have started.", "Partially complete - carried forward", "2024-25 Q4"),
    ]),
    ("2", "Information governance: records retention arrangements out of date", [
        ("Refresh the corporate records retention schedule and publish it to staff.",
         "Data Protection Officer", "31 October 2024", "The schedule was refreshed and "
         "published on the intranet in November 2024, one month late.", "Complete",
         "2024-25 Q3"),
        ("Deliver mandatory data protection training to all staff with system access.",
         "Data Protection Officer", "31 March 2025", "87% of staff with system access have "
         "completed the training; managers are following up the rest.",
         "Partially complete - carried forward", "2024-25 Q4"),
    ]),
    ("3", "Procurement: readiness for the Procurement Act 2023", [
        ("Revise the Contract Procedure Rules for the new procurement regime.",
         "Head of Legal and Democratic Services", "28 February 2025", "Council approved the "
         "revised Contract Procedure Rules on 20 February 2025.", "Complete", "2024-25 Q4"),
        ("Create a corporate contracts register.", "Head of Procurement", "31 December 2024",
         "Replaced by the national Central Digital Platform, which the Council has used since "
         "February 2025.", "Superseded", "2024-25 Q3"),
        ("Train contract managers in the requirements of the new regime.",
         "Head of Procurement", "31 March 2025", "64 contract managers completed the national "
         "training programme.", "Complete", "2024-25 Q4"),
    ]),
]
NEW = [
    ("4", "Social care workforce: reliance on agency social workers", [
        ("Implement the recruitment and retention plan for children's social workers.",
         "Director of Social Services", "31 December 2025", "2025-26 Q3"),
        ("Reduce agency social workers to no more than 10% of social work posts.",
         "Director of Social Services", "31 March 2026", "2025-26 Q4"),
    ]),
    ("5", "Cyber security: gaps found by the Cyber Assessment Framework self-assessment", [
        ("Complete the actions of the cyber security improvement plan.", "Head of Digital",
         "30 September 2025", "2025-26 Q2"),
        ("Test the Council's cyber incident response plan with an exercise for senior "
         "managers.", "Head of Digital", "31 January 2026", "2025-26 Q4"),
    ]),
]
AFTER = [
    "The two actions partially complete at 31 March 2025 are carried forward and will be "
    "monitored by the Governance and Audit Committee with the 2025-26 action plan.",
    "We propose over the coming year to take steps to address the above matters to further "
    "enhance our governance arrangements. We are satisfied that these steps will address the "
    "need for improvements that were identified in our review of effectiveness and will "
    "monitor their implementation and operation as part of our next annual review.",
]
SIGN = ["Signed: Leader of the Council", "Signed: Chief Executive"]
H1 = ["Issue", "Action(s) agreed", "Lead officer", "Target date", "Progress at 31 March 2025",
      "Status"]
H2 = ["Issue", "Action(s) agreed", "Lead officer", "Target date"]
S1 = "6.1 Progress against the significant governance issues identified in 2023-24"
S2 = "6.2 Significant governance issues identified for 2025-26"


def reading() -> dict:
    items = []
    for no, _iss, acts in OLD:
        for i, (a, _l, _t, _p, s, q) in enumerate(acts, 1):
            items.append({"ref": f"{no}.{i}", "section": no, "text": a, "status": STATUS[s],
                          "quarter": q, "partners": []})
    for no, _iss, acts in NEW:
        for i, (a, _l, _t, q) in enumerate(acts, 1):
            items.append({"ref": f"{no}.{i}", "section": no, "text": a, "status": "planned",
                          "quarter": q, "partners": []})
    return {"kind": "programme", "title": TITLE, "date": "2025-07-17",
            "priorities": [iss for _n, iss, _a in OLD + NEW], "items": items, "grants": []}


def rows1():
    for no, iss, acts in OLD:
        for i, (a, l, t, p, s, _q) in enumerate(acts):
            yield i, len(acts), f"{no}. {iss}", [a, l, t, p, s]


def rows2():
    for no, iss, acts in NEW:
        for i, (a, l, t, _q) in enumerate(acts):
            yield i, len(acts), f"{no}. {iss}", [a, l, t]


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"# {COUNCIL}", "", f"## {TITLE}", "",
           f"*Approved by the Governance and Audit Committee on {DATE}*", "",
           "### 6. Significant governance issues", ""] + [x + "\n" for x in INTRO]
    for head, rows, hdr in ((S1, rows1, H1), (S2, rows2, H2)):
        out += [f"#### {head}", "", "| " + " | ".join(hdr) + " |",
                "|" + "|".join("-" * (len(h) + 2) for h in hdr) + "|"]
        for i, _n, iss, cells in rows():
            out.append("| " + " | ".join([iss if i == 0 else ""] + cells) + " |")
        out.append("")
    out += [x + "\n" for x in AFTER] + [x + "  " for x in SIGN[:-1]] + [SIGN[-1], ""]
    (OUT / f"{NAME}.md").write_text("\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML (council CMS)
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - {COUNCIL}</title></head><body>",
         '<div id="cookie-banner" role="dialog"><p>We use cookies to make this website work and '
         'to understand how you use it.</p><button>Accept all cookies</button><button>Reject '
         'non-essential cookies</button><a href="/cookies">Cookie settings</a></div>',
         '<header class="site-header"><a class="logo" href="/">Glanmor County Borough Council'
         '</a><a href="/cy" lang="cy">Cymraeg</a><nav><ul><li><a href="/council-tax">Council '
         'tax</a></li><li><a href="/bins">Bins and recycling</a></li><li><a href="/council">'
         'Council and democracy</a></li></ul></nav></header>',
         '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/council">Council and '
         'democracy</a> &gt; <a href="/finance">Budgets and accounts</a> &gt; '
         f"{esc(TITLE)}</div>",
         '<main><div class="page-content">', f"<h1>{esc(TITLE)}</h1>",
         f'<p class="meta">Approved by the Governance and Audit Committee on {DATE}</p>',
         "<h2>6. Significant governance issues</h2>"] + [f"<p>{esc(x)}</p>" for x in INTRO]
    for head, rows, hdr in ((S1, rows1, H1), (S2, rows2, H2)):
        h += [f"<h3>{esc(head)}</h3>", '<table class="mgTable"><thead><tr>'
              + "".join(f'<th scope="col">{esc(x)}</th>' for x in hdr) + "</tr></thead><tbody>"]
        for i, n, iss, cells in rows():
            first = f'<th scope="rowgroup" rowspan="{n}">{esc(iss)}</th>' if i == 0 else ""
            h.append("<tr>" + first + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
        h.append("</tbody></table>")
    h += [f"<p>{esc(x)}</p>" for x in AFTER] + [f"<p>{esc(x)}</p>" for x in SIGN]
    h += ["</div>", '<aside class="related"><h2>Related pages</h2><ul><li><a href="/soa">'
          "Statement of accounts</a></li><li><a href=\"/gac\">Governance and Audit Committee"
          "</a></li></ul></aside></main>",
          '<footer><p>Civic Offices, Glanmor</p><ul><li><a href="/accessibility">Accessibility '
          'statement</a></li><li><a href="/privacy">Privacy</a></li></ul><p>&copy; Glanmor '
          "County Borough Council 2025</p></footer>", "</body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word (merged cells)
def word_table(doc, hdr, groups):
    tb = doc.add_table(rows=1, cols=len(hdr))
    tb.style = "Table Grid"
    for c, x in zip(tb.rows[0].cells, hdr):
        cell_text(c, x, bold=True, size=9)
        shade(c, "1F4E79")
    set_repeat_header(tb.rows[0])
    for _no, iss, acts in groups:
        first = None
        for a in acts:
            row = tb.add_row()
            for c, x in zip(row.cells[1:], a[:len(hdr) - 1]):
                cell_text(c, x, size=9)
            if first is None:
                first = row.cells[0]
                cell_text(first, f"{_no}. {iss}", bold=True, size=9)
            else:
                first = first.merge(row.cells[0])
    return tb


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COUNCIL} – {TITLE}")
    footer_page_numbers(doc, "Annual Governance Statement 2024-25")
    doc.add_heading(TITLE, level=1)
    add_par(doc, f"Approved by the Governance and Audit Committee on {DATE}")
    doc.add_heading("6. Significant governance issues", level=2)
    for x in INTRO:
        add_par(doc, x)
    doc.add_heading(S1, level=3)
    word_table(doc, H1, [(n, i, [a[:5] for a in acts]) for n, i, acts in OLD])
    add_par(doc)
    doc.add_heading(S2, level=3)
    word_table(doc, H2, [(n, i, [a[:3] for a in acts]) for n, i, acts in NEW])
    add_par(doc)
    for x in AFTER + SIGN:
        add_par(doc, x)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF (issue repeated)
def write_pdf() -> None:
    st = pdf_styles(10)
    cell = st["cell"].clone("c22a", fontSize=9, leading=12)
    story = [P(f"<b>{esc(COUNCIL)}</b>", st["body"]), P(esc(TITLE), st["title"]),
             P(f"Approved by the Governance and Audit Committee on {DATE}", st["body"]),
             P("6. Significant governance issues", st["h1"])]
    story += [P(esc(x), st["body"]) for x in INTRO]
    for head, rows, hdr, w in ((S1, rows1, H1, [55, 55, 30, 25, 70, 26]),
                               (S2, rows2, H2, [70, 100, 45, 30])):
        story.append(P(esc(head), st["h2"]))
        data = [[P(f"<b>{esc(x)}</b>", cell) for x in hdr]]
        for _i, _n, iss, cells in rows():
            # padded rows (as the council's template prints them) push the table over a page
            data.append([P(esc(iss), cell)] + [P(esc(c), cell) for c in cells])
        t = Table(data, colWidths=[x * mm for x in w], repeatRows=1)
        t.setStyle(TableStyle(list(GRID) + [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE")),
            ("TOPPADDING", (0, 1), (-1, -1), 7), ("BOTTOMPADDING", (0, 1), (-1, -1), 7)]))
        story.append(t)
    story += [P(esc(x), st["body"]) for x in AFTER + SIGN]
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – {TITLE}", "Annual Governance "
              "Statement 2024-25", wide=True)


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
