"""prog15a: a COMMITTEE COVERING REPORT whose programme is an APPENDIX TABLE SPLIT BY
ROW-SPANNING PRIORITY CELLS: one table `Priority | No. | Action | Lead | Target date | RAG |
Progress at 30 September 2025`, the Priority cell spanning the rows of its actions (HTML
rowspan, Word vertically merged cells, PDF printed once with blank cells below), actions
numbered 1-14 straight through (the number is no section). The cover report's numbered
paragraphs (purpose, background, summary, financial implications, recommendation) frame it.

Bro Hafren County Council (a fictional council), Governance and Audit Committee, 13
November 2025, "Self-Assessment Action Plan 2025-26: Progress Report". Forms:
- .md: pandoc's Markdown of the Word file (pandoc -t markdown-grid_tables-multiline_tables):
  the merged Priority cell printed in the first row of its group, EMPTY cells below;
- .html: the council's modern.gov-style page (cookie banner, navigation, breadcrumb,
  "Agenda item", footer) with a <table> whose Priority <td rowspan="4">;
- .docx: cover table, numbered paragraphs typed "1.1<TAB>", appendix table with the Priority
  column VERTICALLY MERGED (w:vMerge), shaded header row repeated;
- .pdf: portrait; the appendix table (after a page break) RUNNING OVER TWO PAGES with its
  header repeated, the priority printed once and blank below (no span, no rule between the rows of
  a group).
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade,
                        set_repeat_header)
from reportlab.platypus import PageBreak, Table, TableStyle

NAME = "prog15a-covering-report-rowspan-appendix"
COUNCIL = "Bro Hafren County Council"
TITLE = "Self-Assessment Action Plan 2025-26: Progress Report"
DATE = "13 November 2025"
COVER = [("Report to", "Governance and Audit Committee"), ("Date of meeting", DATE),
         ("Report of", "Chief Executive"), ("Agenda item", "7")]
COLS = ["Priority", "No.", "Action", "Lead", "Target date", "RAG",
        "Progress at 30 September 2025"]
RAG = {"Blue": "done", "Green": "in progress", "Amber": "at risk", "Red": "at risk"}
KEY = ("RAG: Blue – complete; Green – on track; Amber – some slippage, expected to recover; "
       "Red – significant slippage.")
# (priority, [(action, lead, target, rag, progress, quarter, partners)])
PRIORITIES = [
    ("Governance and scrutiny", [
        ("Refresh the scrutiny forward work programme so that it follows the cabinet's "
         "forward plan.", "Head of Democratic Services with the Centre for Governance and "
         "Scrutiny", "December 2025", "Green", "A workshop with the four scrutiny chairs was "
         "held in September; the draft programme goes to the chairs' forum in November.",
         "2025-26 Q3", ["Centre for Governance and Scrutiny"]),
        ("Adopt a protocol for responding to scrutiny recommendations within two months.",
         "Monitoring Officer", "September 2025", "Blue", "Adopted by Council on 17 September "
         "2025.", "2025-26 Q2", []),
        ("Publish the decision log of the Corporate Management Team each month.",
         "Chief Executive", "October 2025", "Amber", "The first log is now expected in "
         "November after the template was changed.", "2025-26 Q3", []),
        ("Review the scheme of delegation in the constitution.", "Monitoring Officer",
         "March 2026", "Green", "Officer working group set up; member workshop booked for "
         "January.", "2025-26 Q4", []),
    ]),
    ("Workforce", [
        ("Agree a workforce plan for 2025-2030.", "Head of People", "January 2026", "Green",
         "The draft plan is with the trade unions for comment.", "2025-26 Q4", []),
        ("Launch a leadership development programme for managers.",
         "Head of People with Academi Wales", "November 2025", "Blue", "Launched in September "
         "2025 with a first cohort of 30 managers.", "2025-26 Q3", ["Academi Wales"]),
        ("Reduce the use of agency staff in social care by a fifth.",
         "Director of Social Services", "March 2026", "Red", "Agency use rose over the "
         "summer; a recruitment campaign starts in October.", "2025-26 Q4", []),
        ("Introduce exit interviews in every service.", "Head of People", "December 2025",
         "Amber", "Questions agreed; the online form is being built and is behind plan.",
         "2025-26 Q3", []),
    ]),
    ("Financial resilience", [
        ("Extend the medium-term financial plan to 2029-30.", "Head of Finance",
         "February 2026", "Green", "Assumptions agreed with Cabinet in September.",
         "2025-26 Q4", []),
        ("Review fees and charges against the guidance of CIPFA.",
         "Head of Finance with CIPFA", "December 2025", "Green", "Eleven of 19 services "
         "reviewed.", "2025-26 Q3", ["CIPFA"]),
        ("Set up a capital programme board.", "Section 151 Officer", "June 2025", "Blue",
         "The board first met on 12 June 2025 and meets monthly.", "2025-26 Q1", []),
    ]),
    ("Data and performance", [
        ("Publish a performance dashboard for councillors.",
         "Performance Manager with Data Cymru", "October 2025", "Blue", "Live on the "
         "councillors' intranet since 6 October 2025.", "2025-26 Q3", ["Data Cymru"]),
        ("Agree a data quality policy.", "Performance Manager", "January 2026", "Amber",
         "Drafting paused while the team recruits an analyst.", "2025-26 Q4", []),
        ("Benchmark the cost of services with the other councils of the region.",
         "Head of Finance with Data Cymru", "March 2026", "Green", "Data request sent to "
         "the five councils in August.", "2025-26 Q4", ["Data Cymru"]),
    ]),
]
PARAS = [
    ("Purpose of the report", [
        "To report progress on the council's Self-Assessment Action Plan 2025-26 at 30 "
        "September 2025, set out in Appendix 1."]),
    ("Background", [
        "The Local Government and Elections (Wales) Act 2021 requires the council to keep "
        "its performance under review and to publish a self-assessment report each year. "
        "The 2024-25 self-assessment led to an action plan agreed by Cabinet in May 2025.",
        "The action plan has four priorities: governance and scrutiny; workforce; financial "
        "resilience; and data and performance."]),
    ("Summary of progress", [
        "Of the 14 actions, four are complete, six are on track, three show some slippage "
        "and one shows significant slippage. Appendix 1 gives the position of each action."]),
    ("Financial implications", [
        "The workforce actions are funded by the Welsh Government's Workforce Development "
        "Grant of £85,000 for 2025-26. The other actions are met from existing budgets."]),
    ("Recommendation", [
        "That the Committee notes the progress set out in Appendix 1 and refers any "
        "concerns to Cabinet."]),
]
APPX = "Appendix 1 – Self-Assessment Action Plan 2025-26: progress at 30 September 2025"
CONTACT = "Contact officer: Corporate Performance Team, performance@brohafren.example.gov.uk"


def rows():
    """(priority number, priority, first row of its group?, row number, action tuple)"""
    n = 0
    for p, (prio, acts) in enumerate(PRIORITIES, 1):
        for k, a in enumerate(acts):
            n += 1
            yield p, prio, k == 0, len(acts), n, a


def pcell(p, prio):
    return f"Priority {p}: {prio}"


def reading() -> dict:
    items = [{"ref": str(n), "section": str(p), "text": a[0], "status": RAG[a[3]],
              "quarter": a[5], "partners": a[6]} for p, _pr, _f, _l, n, a in rows()]
    return {"kind": "programme", "title": TITLE, "date": "2025-11-13",
            "priorities": [p for p, _ in PRIORITIES], "items": items,
            "grants": [{"grant": "Workforce Development Grant", "amount_gbp": 85000,
                        "financial_year": "2025-26"}]}


def cells(p, prio, first, n, a):
    return [pcell(p, prio) if first else "", str(n), a[0], a[1], a[2], a[3], a[4]]


# ------------------------------------------------------------------ Markdown (pandoc)
def write_md() -> None:
    out = [f"**{COUNCIL}**", ""]
    out += ["| | |", "|---|---|"] + [f"| {k} | {v} |" for k, v in COVER] + [""]
    out += [f"# {TITLE}", ""]
    for i, (head, ps) in enumerate(PARAS, 1):
        out += [f"## {i}. {head}", ""]
        out += [f"{i}.{j} {t}" + "\n" for j, t in enumerate(ps, 1)]
    out += [CONTACT, "", f"# {APPX}", "", KEY, ""]
    out += ["| " + " | ".join(COLS) + " |", "|" + "---|" * len(COLS)]
    for p, prio, first, _l, n, a in rows():
        out.append("| " + " | ".join(cells(p, prio, first, n, a)) + " |")
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>Agenda item - {esc(TITLE)} | {COUNCIL}</title></head><body>",
         '<div id="cookie-banner" role="dialog"><p>We use essential cookies to make this '
         'site work and optional analytics cookies.</p><button>Accept all</button><button>'
         'Reject optional cookies</button></div>',
         f'<header><a class="logo" href="/">{COUNCIL}</a><form role="search"><input '
         'type="search" placeholder="Search"></form><nav><ul><li><a href="/mgCalendar">'
         'Calendar</a></li><li><a href="/mgListCommittees">Committees</a></li><li><a href="'
         '/mgMemberIndex">Councillors</a></li><li><a href="/cy">Cymraeg</a></li></ul></nav>'
         "</header>",
         '<ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/mgListCommittees">'
         'Committees</a></li><li>Governance and Audit Committee</li><li>Agenda item</li></ul>',
         '<main id="mgContent"><p class="mgSubTitle">Meeting of Governance and Audit '
         f"Committee, Thursday, {DATE} 10.00 am (Item 7.)</p>",
         f"<h1>{esc(TITLE)}</h1>",
         '<table class="cover">' + "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>"
                                           for k, v in COVER) + "</table>"]
    for i, (head, ps) in enumerate(PARAS, 1):
        h.append(f"<h2>{i}. {esc(head)}</h2>")
        h += [f"<p>{i}.{j} {esc(t)}</p>" for j, t in enumerate(ps, 1)]
    h += [f"<p>{esc(CONTACT)}</p>", f"<h2>{esc(APPX)}</h2>", f"<p><em>{esc(KEY)}</em></p>",
          '<table class="mgTable"><thead><tr>'
          + "".join(f'<th scope="col">{esc(c)}</th>' for c in COLS) + "</tr></thead><tbody>"]
    for p, prio, first, length, n, a in rows():
        tds = ""
        if first:
            tds += f'<th scope="rowgroup" rowspan="{length}">{esc(pcell(p, prio))}</th>'
        tds += "".join(f"<td>{esc(x)}</td>" for x in cells(p, prio, first, n, a)[1:])
        h.append(f"<tr>{tds}</tr>")
    h += ["</tbody></table>", "</main>",
          f'<footer><p>{COUNCIL}, County Hall, Bro Hafren</p><ul><li><a href="/accessibility">'
          'Accessibility</a></li><li><a href="/privacy">Privacy notice</a></li></ul>'
          "</footer></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, f"{COUNCIL} – Governance and Audit Committee")
    footer_page_numbers(doc, TITLE)
    add_par(doc, COUNCIL, bold=True, size=14)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in COVER:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        cell_text(r[1], v)
    doc.add_heading(TITLE, level=1)
    for i, (head, ps) in enumerate(PARAS, 1):
        add_par(doc, f"{i}.\t{head}", bold=True)
        for j, tx in enumerate(ps, 1):
            add_par(doc, f"{i}.{j}\t{tx}")
    add_par(doc, CONTACT)
    doc.add_page_break()
    doc.add_heading(APPX, level=1)
    add_par(doc, KEY, size=9)
    t = doc.add_table(rows=1, cols=len(COLS))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, COLS):
        cell_text(c, v, bold=True, size=9)
        shade(c, "D9E2F3")
    set_repeat_header(t.rows[0])
    top = None
    for p, prio, first, _l, n, a in rows():
        r = t.add_row().cells
        for c, v in zip(r[1:], cells(p, prio, first, n, a)[1:]):
            cell_text(c, v, size=9)
        if first:
            cell_text(r[0], pcell(p, prio), bold=True, size=9)
            top = r[0]
        else:
            top = top.merge(r[0])  # (w:vMerge restart / continue)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
def write_pdf() -> None:
    st = pdf_styles(10)
    story = [P(f"<b>{COUNCIL}</b>", st["title"])]
    story.append(Table([[P(f"<b>{esc(k)}</b>", st["cell"]), P(esc(v), st["cell"])]
                        for k, v in COVER], colWidths=[40 * mm, 100 * mm], hAlign="LEFT",
                       style=TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])))
    story.append(P(esc(TITLE), st["h1"]))
    for i, (head, ps) in enumerate(PARAS, 1):
        story.append(P(f"{i}. {esc(head)}", st["h2"]))
        story += [P(f"{i}.{j}&nbsp;&nbsp;{esc(tx)}", st["body"]) for j, tx in enumerate(ps, 1)]
    story += [P(esc(CONTACT), st["small"]), PageBreak(), P(esc(APPX), st["h1"]),
              P(f"<i>{esc(KEY)}</i>", st["small"])]
    data = [[P(f"<b>{esc(c)}</b>", st["cellb"]) for c in COLS]]
    style = [("BOX", (0, 0), (-1, -1), 0.6, colors.black),
             ("LINEBEFORE", (1, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3")),
             ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for p, prio, first, _l, n, a in rows():
        r = len(data)
        if first and r > 1:
            style.append(("LINEABOVE", (0, r), (-1, r), 0.6, colors.black))
        elif r > 1:
            style.append(("LINEABOVE", (1, r), (-1, r), 0.3, colors.grey))
        data.append([P(f"<b>{esc(x)}</b>" if k == 0 else esc(x), st["cell"])
                     for k, x in enumerate(cells(p, prio, first, n, a))])
    story.append(Table(data, colWidths=[28 * mm, 11 * mm, 38 * mm, 28 * mm, 22 * mm,
                                        16 * mm, 31 * mm], repeatRows=1,
                       style=TableStyle(style)))
    build_pdf(OUT / f"{NAME}.pdf", story, f"{COUNCIL} – {TITLE}", "Governance and Audit "
              f"Committee, {DATE}")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]), len(r["priorities"]), len(r["grants"]))
