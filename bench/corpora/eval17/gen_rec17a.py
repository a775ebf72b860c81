"""rec17a: a council's INTERNAL AUDIT REPORT: an executive summary with the assurance
opinion and a table COUNTING the recommendations by priority (High 1 | Medium 3 | Low 2),
then "Detailed findings and action plan" under "Area N: ..." headings (the audit's scope
areas), each area ONE FINDINGS TABLE of eight columns `Ref | Finding | Risk | Priority |
Recommendation | Agreed management action | Responsible officer | Target date`, one row per
recommendation (refs "1.1", "2.1" numbered by area). The recommendation is the
Recommendation cell; the agreed management action is the council's response (an
activity); the finding and risk cells are no recommendations; the "Priority" is the
auditor's rating (High/Medium/Low), not a status. Appendix: the assurance and priority
definitions (which say "Recommendation" too, and are no recommendations).

Coed-y-Mynydd County Borough Council Internal Audit Service (fictional), "Internal Audit
Report: Purchasing Cards 2025-26", final report issued 12 September 2025. Forms:
- .txt: the report saved as plain text from Word (tables as tab-separated lines, one row a
  line; headings in capitals);
- .html: the report published with the Governance and Audit Committee papers in the
  council's committee system (moderngov-style page: "Agenda item", breadcrumbs, links,
  footer), the findings tables as <table>s;
- .docx: Word, portrait, the action plan (section 3) in a LANDSCAPE section, the findings
  tables with eight narrow columns and repeated header rows; the priority cells shaded
  (red/amber/green);
- .pdf: the report printed landscape throughout, the priority cells shaded, running
  header "Internal Audit Report: Purchasing Cards" and "Page N of M".
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from docx.enum.section import WD_ORIENT
from docx.shared import Mm
from reportlab.platypus import Spacer, Table, TableStyle

NAME = "rec17a-internal-audit-report"
COUNCIL = "Coed-y-Mynydd County Borough Council"
TITLE = "Internal Audit Report: Purchasing Cards 2025-26"
ISSUED = "Final report issued: 12 September 2025"
DIST = ("Distribution: Chief Finance Officer; Head of Procurement; Head of Financial "
        "Services; Audit Wales (for information)")
OPINION = "Reasonable assurance"
SUMMARY = ("Purchasing cards are used by 214 cardholders across the Council, with spending "
           "of £1.9 million in 2024-25. The audit tested whether card issue, spending and "
           "monitoring controls are designed well and work in practice. Controls over card "
           "limits and merchant category blocks are sound, but monthly reconciliations are "
           "not always reviewed and cards of leavers are not always cancelled promptly.")
SCOPE = ["Cardholder set-up and limits", "Spending controls",
         "Monitoring and reconciliation"]
COLS = ["Ref", "Finding", "Risk", "Priority", "Recommendation", "Agreed management action",
        "Responsible officer", "Target date"]
PFILL = {"High": "FF0000", "Medium": "FFC000", "Low": "92D050"}
# area -> [(ref, finding, risk, priority, recommendation, action, officer, date)]
FINDINGS = [
    (SCOPE[0], [
        ("1.1", "Six of 25 cardholders tested had no signed cardholder agreement on file.",
         "Cardholders may not understand their responsibilities.", "Medium",
         "Obtain a signed cardholder agreement from every cardholder before a card is "
         "issued, and from existing cardholders without one.",
         "Agreements will be obtained from the six cardholders and the card request form "
         "changed so that no card is issued without one.", "Head of Procurement",
         "31/12/2025"),
        ("1.2", "Single transaction limits are set at the default of £5,000 for 40% of "
         "cardholders, whatever their spending pattern.", "Losses from misuse may be "
         "larger than necessary.", "Low",
         "Review card limits each year against each cardholder's actual spending.",
         "An annual limits review will be added to the procurement team's work plan from "
         "April 2026.", "Procurement Systems Officer", "30/04/2026"),
    ]),
    (SCOPE[1], [
        ("2.1", "Nine transactions in the sample were split to stay under the single "
         "transaction limit.", "Contract procedure rules may be avoided.", "Medium",
         "Remind cardholders that splitting transactions is not allowed and report "
         "suspected split transactions to line managers monthly.",
         "A reminder was sent on 5 September 2025; a monthly exception report will be "
         "produced from October.", "Head of Procurement", "31/10/2025"),
        ("2.2", "VAT receipts were missing for 11% of transactions tested.",
         "VAT may not be recoverable.", "Low",
         "Require a VAT receipt to be attached to every transaction in the card system.",
         "The card system will be set to make the receipt field mandatory.",
         "Procurement Systems Officer", "31/01/2026"),
    ]),
    (SCOPE[2], [
        ("3.1", "Monthly statements were not reviewed by the line manager for 7 of 25 "
         "cardholders in at least one month.", "Inappropriate spending may not be "
         "detected.", "High",
         "Ensure every monthly statement is reviewed and approved by the cardholder's line "
         "manager, and suspend cards whose statements are not approved within 30 days.",
         "Suspension after 30 days will be introduced from 1 November 2025, with a "
         "monthly report to Heads of Service.", "Head of Financial Services",
         "01/11/2025"),
        ("3.2", "Three cards of staff who had left the Council were cancelled between 19 "
         "and 46 days after their leaving date.", "Cards of leavers may be misused.",
         "Medium",
         "Cancel the cards of leavers on or before their leaving date, using the HR "
         "leavers report.", "The HR leavers report will be sent to the card administrator "
         "each week.", "Head of Financial Services", "30/09/2025"),
    ]),
]
DEFS_A = [("Substantial assurance", "Controls are well designed and working; few minor "
           "weaknesses."),
          ("Reasonable assurance", "Most controls work; some weaknesses need attention."),
          ("Limited assurance", "Significant weaknesses; action is needed."),
          ("No assurance", "Controls are absent or failing.")]
DEFS_P = [("High", "Recommendation on a fundamental control weakness: action needed "
           "immediately."),
          ("Medium", "Recommendation on a significant weakness: action needed within three "
           "months."),
          ("Low", "Recommendation on good practice: action within six months.")]


def counts():
    from collections import Counter
    c = Counter(r[3] for _a, rows in FINDINGS for r in rows)
    return [(k, str(c[k])) for k in ("High", "Medium", "Low")] + [("Total", str(sum(c.values())))]


def reading() -> dict:
    recs = [{"rec_id": r[0], "area": a, "text": r[4], "owners": ["LG"]}
            for a, rows in FINDINGS for r in rows]
    acts = [{"activity_no": None, "area": a, "text": r[5]} for a, rows in FINDINGS for r in rows]
    return {"kind": "recommendations", "title": TITLE,
            "areas": [{"area": a, "theme": None} for a, _r in FINDINGS],
            "recommendations": recs, "activities": acts}


def sections():
    """The report's structure as (kind, payload): h1/h2/p/table."""
    s = [("h1", "1. Executive summary"), ("p", SUMMARY), ("p", f"Audit opinion: {OPINION}"),
         ("p", "Recommendations made, by priority:"),
         ("table", (["Priority", "Number"], counts(), None)),
         ("h1", "2. Scope"), ("p", "The audit covered:")]
    s += [("p", f"{i}. {x}") for i, x in enumerate(SCOPE, 1)]
    s += [("h1", "3. Detailed findings and action plan")]
    for i, (a, rows) in enumerate(FINDINGS, 1):
        s += [("h2", f"Area {i}: {a}"), ("table", (COLS, [list(r) for r in rows], 3))]
    s += [("h1", "Appendix: definitions"), ("h2", "Assurance opinions"),
          ("table", (["Opinion", "Meaning"], DEFS_A, None)), ("h2", "Priorities"),
          ("table", (["Priority", "Meaning"], DEFS_P, 0))]
    return s


def write_txt() -> None:
    out = [COUNCIL.upper(), "INTERNAL AUDIT SERVICE", "", TITLE, ISSUED, DIST, ""]
    for k, v in sections():
        if k == "h1":
            out += [v.upper(), ""]
        elif k == "h2":
            out += [v, ""]
        elif k == "p":
            out += [v, ""]
        else:
            cols, rows, _r = v
            out += ["\t".join(cols)] + ["\t".join(r) for r in rows] + [""]
    (OUT / f"{NAME}.txt").write_text("\n".join(out), encoding="utf-8")


def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en-GB"><head><meta charset="utf-8">',
         f"<title>{esc(TITLE)} - Governance and Audit Committee</title></head><body>",
         '<div id="cookies"><p>This site uses cookies.</p><button>OK</button></div>',
         '<header><a href="/">Coed-y-Mynydd County Borough Council</a><nav><ul><li><a href='
         '"/mgCalendar.aspx">Calendar</a></li><li><a href="/mgListCommittees.aspx">Committees'
         '</a></li><li><a href="/mgMemberIndex.aspx">Councillors</a></li></ul></nav></header>',
         '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/mgListCommittees.aspx">'
         'Committees</a> &gt; Governance and Audit Committee &gt; Agenda item</div>',
         '<main><p class="mgSubTitle">Governance and Audit Committee, 30 September 2025, '
         "Agenda item 7: Internal audit reports issued</p>",
         f'<div class="report"><p>{COUNCIL}<br>Internal Audit Service</p>',
         f"<h1>{esc(TITLE)}</h1>", f"<p>{ISSUED}</p>", f"<p>{esc(DIST)}</p>"]
    for k, v in sections():
        if k == "h1":
            h.append(f"<h2>{esc(v)}</h2>")
        elif k == "h2":
            h.append(f"<h3>{esc(v)}</h3>")
        elif k == "p":
            h.append(f"<p>{esc(v)}</p>")
        else:
            cols, rows, _r = v
            h.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cols)
                     + "</tr></thead><tbody>")
            h += ["<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows]
            h.append("</tbody></table>")
    h += ["</div>", '<p><a href="/ieListDocuments.aspx?MId=812">Back to the agenda</a></p>',
          "</main>", "<footer><p>Democratic Services, Civic Centre, Coed-y-Mynydd</p><p>"
          '<a href="/accessibility">Accessibility</a> | <a href="/privacy">Privacy notice</a>'
          "</p></footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


def write_docx() -> None:
    doc = new_docx(font="Arial", size=10)
    header_text(doc, "Internal Audit Report: Purchasing Cards 2025-26 | FINAL")
    footer_page_numbers(doc, "Internal Audit Service")
    for x in (COUNCIL, "Internal Audit Service"):
        add_par(doc, x, bold=True)
    doc.add_heading(TITLE, level=0)
    add_par(doc, ISSUED)
    add_par(doc, DIST)
    for k, v in sections():
        if k == "h1":
            if v.startswith("3."):  # the action plan on landscape pages
                sec = doc.add_section()
                sec.orientation = WD_ORIENT.LANDSCAPE
                sec.page_width, sec.page_height = Mm(297), Mm(210)
            doc.add_heading(v, level=1)
        elif k == "h2":
            doc.add_heading(v, level=2)
        elif k == "p":
            add_par(doc, v)
        else:
            cols, rows, rag = v
            t = doc.add_table(rows=1, cols=len(cols))
            t.style = "Table Grid"
            for i, c in enumerate(cols):
                cell_text(t.rows[0].cells[i], c, bold=True, size=9)
                shade(t.rows[0].cells[i], "D9D9D9")
            set_repeat_header(t.rows[0])
            for r in rows:
                row = t.add_row()
                for i, x in enumerate(r):
                    cell_text(row.cells[i], x, size=9)
                    if i == rag and x in PFILL:
                        shade(row.cells[i], PFILL[x])
            add_par(doc)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(9)
    story = [P(f"<b>{COUNCIL}</b><br/>Internal Audit Service", st["body"]),
             P(esc(TITLE), st["title"]), P(ISSUED, st["body"]), P(esc(DIST), st["body"])]
    wide = [14 * mm, 40 * mm, 30 * mm, 17 * mm, 48 * mm, 52 * mm, 32 * mm, 22 * mm]
    for k, v in sections():
        if k in ("h1", "h2"):
            story.append(P(esc(v), st[k]))
        elif k == "p":
            story.append(P(esc(v), st["body"]))
        else:
            cols, rows, rag = v
            data = [[P(f"<b>{esc(c)}</b>", st["cell"]) for c in cols]]
            data += [[P(esc(x), st["cell"]) for x in r] for r in rows]
            w = wide if len(cols) == 8 else [40 * mm, 120 * mm]
            style = GRID + [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9"))]
            if rag is not None:
                style += [("BACKGROUND", (rag, i), (rag, i), colors.HexColor("#" + PFILL[r[rag]]))
                          for i, r in enumerate(rows, 1) if r[rag] in PFILL]
            t = Table(data, colWidths=w, repeatRows=1)
            t.setStyle(TableStyle(style))
            story += [t, Spacer(1, 6)]
    build_pdf(OUT / f"{NAME}.pdf", story, "Internal Audit Report: Purchasing Cards 2025-26 "
              "(final)", f"{COUNCIL} Internal Audit Service", wide=True)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["recommendations"]), len(r["activities"]))
