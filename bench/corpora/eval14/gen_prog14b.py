"""prog14b: a programme HIGHLIGHT REPORT whose items are NUMBERED HEADINGS (each item its own
level-3 heading "3.2 Councillor induction", a short paragraph, and a "Status: ... Due: ..."
line under it) under numbered workstream headings, plus a MILESTONE TABLE (Milestone |
Baseline date | Forecast date | Variance | RAG) whose rows are the programme's key
milestones (items of section 6), a risk table (no items) and a finance section.
WLGA, "Democracy and Member Support Programme – Highlight report, Quarter 2 2025-26
(July to September 2025)", to the WLGA Democracy Programme Board, 16 October 2025.

Forms:
- .txt: Word's "Save as plain text" of a document whose headings are numbered by Word's
  multi-level list: "3.1<TAB>Be a Councillor campaign", the status line "Status: Green<TAB>
  Due: March 2027", tables' cells joined by TABs (CRLF line ends);
- .html: the council-committee CMS (cookie banner, navigation, breadcrumb "Agenda item 5",
  footer), <h2>/<h3> headings with the numbers typed, the status line as
  <p class="status"><strong>Status:</strong> Green | <strong>Due:</strong> March 2027</p>;
- .docx: the headings numbered by Word's OWN multi-level numbering (numbering.xml,
  Heading 2 at level 0 "%1.", Heading 3 at level 1 "%1.%2": no number typed);
- .pdf: bold numbered headings, the status line as a shaded two-pair strip
  (Status | Green | Due | March 2027), the MILESTONE TABLE RUNNING OVER TWO PAGES with its
  header repeated.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (gen_common)

from gen_common import (OUT, GRID, P, OxmlElement, add_par, build_pdf, cell_text, colors,
                        esc, footer_page_numbers, header_text, mm, new_docx, pdf_styles, qn,
                        shade)
from reportlab.platypus import Flowable, Table, TableStyle

NAME = "prog14b-highlight-report-milestones"
ORG = "Welsh Local Government Association"
TITLE = "Democracy and Member Support Programme – Highlight report, Quarter 2 2025-26"
DATE = "16 October 2025"
COVER = [("Programme", "Democracy and Member Support Programme"),
         ("Reporting period", "1 July to 30 September 2025"),
         ("Report to", "WLGA Democracy Programme Board, 16 October 2025"),
         ("Programme manager", "Head of Democratic Services Support, WLGA"),
         ("Overall RAG", "Amber")]
SUMMARY = ("The programme is broadly on track. The Be a Councillor campaign is ahead of "
           "plan, but the mentoring scheme and the scrutiny chairs' network are behind plan "
           "because of staff vacancies. Two milestones have slipped by more than a month.")
PRIORITIES = ["A more diverse pool of candidates for the 2027 local elections",
              "Well-supported councillors throughout their term",
              "Stronger scrutiny and governance"]
STATUS = {"Complete": "done", "Green": "in progress", "Amber": "at risk", "Red": "at risk",
          "Not started": "planned"}
# workstream: [(topic, paragraph, status, due, quarter, partners)]
WORKSTREAMS = [
    ("Diversity in democracy", [
        ("Be a Councillor campaign",
         "The campaign website was relaunched in July and 1,450 people have registered an "
         "interest in standing in 2027.", "Green", "May 2027", "2027-28 Q1", []),
        ("Diverse Councils Declarations",
         "Nineteen councils have now signed a Diverse Councils Declaration; the remaining "
         "three are due to consider it by December 2025.", "Green", "December 2025",
         "2025-26 Q3", []),
        ("Mentoring for under-represented candidates",
         "The mentoring scheme with WEN Wales and EYST has matched 12 of the planned 40 "
         "pairs; recruitment of mentors is behind plan.", "Amber", "March 2026",
         "2025-26 Q4", ["WEN Wales", "EYST"]),
        ("Access to elected office support",
         "Guidance for disabled candidates, written with Disability Wales, was published in "
         "August 2025.", "Complete", "August 2025", "2025-26 Q2", ["Disability Wales"]),
    ]),
    ("Member development", [
        ("Councillor induction programme 2027",
         "The outline of the 2027 induction programme has been agreed with council member "
         "support officers.", "Green", "June 2026", "2026-27 Q1", []),
        ("Personal safety for councillors",
         "Personal safety webinars will start in January 2026.", "Not started",
         "January 2026", "2025-26 Q4", []),
        ("Chairing skills",
         "Three chairing skills workshops were held for 56 committee chairs with Academi "
         "Wales.", "Complete", "September 2025", "2025-26 Q2", ["Academi Wales"]),
    ]),
    ("Scrutiny and governance", [
        ("Scrutiny chairs' network",
         "The network's relaunch has moved from September to November 2025 because of a "
         "staff vacancy.", "Red", "November 2025", "2025-26 Q3", []),
        ("Governance and audit committee lay members",
         "A training pack for lay members was drafted with the Centre for Governance and "
         "Scrutiny and is being tested with two committees.", "Green", "February 2026",
         "2025-26 Q4", ["Centre for Governance and Scrutiny"]),
        ("Self-assessment peer support",
         "Peer support for councils' self-assessments is being arranged with Audit Wales "
         "for the spring.", "Amber", "April 2026", "2026-27 Q1", ["Audit Wales"]),
    ]),
]
MCOLS = ["Milestone", "Baseline date", "Forecast date", "Variance", "RAG"]
# (milestone, baseline, forecast, variance, rag, quarter)
MILESTONES = [
    ("Campaign website relaunched", "July 2025", "July 2025", "None", "Complete",
     "2025-26 Q2"),
    ("Candidate survey results published", "October 2025", "October 2025", "None", "Green",
     "2025-26 Q3"),
    ("All 22 councils have signed a Diverse Councils Declaration", "September 2025",
     "December 2025", "+3 months", "Amber", "2025-26 Q3"),
    ("Forty mentoring pairs matched", "December 2025", "March 2026", "+3 months", "Amber",
     "2025-26 Q4"),
    ("Induction programme content signed off by the Programme Board", "March 2026",
     "March 2026", "None", "Green", "2025-26 Q4"),
    ("Scrutiny chairs' network relaunched", "September 2025", "November 2025",
     "+2 months", "Red", "2025-26 Q3"),
    ("Lay member training pack published", "February 2026", "February 2026", "None",
     "Green", "2025-26 Q4"),
    ("Programme evaluation report to the Board", "June 2026", "June 2026", "None",
     "Not started", "2026-27 Q1"),
]
RCOLS = ["Risk", "Rating", "Mitigation"]
RISKS = [("Staff vacancies delay the scrutiny work", "High",
          "Interim support agreed from the policy team."),
         ("Low take-up of mentoring by candidates", "Medium",
          "Promote through the Be a Councillor campaign.")]
FINANCE = [
    "The programme is funded by the Welsh Government's Democratic Renewal Grant of "
    "£340,000 for 2025-26.",
    "The Diverse Councils Fund of £60,000 in 2025-26 pays for the mentoring scheme.",
    "Spend to the end of September is £151,000, in line with the profile.",
]
DECISION = "The Board is asked to note the report and to agree the revised milestone dates."


def reading() -> dict:
    items = []
    for s, (_ws, its) in enumerate(WORKSTREAMS, 3):
        for k, (topic, para, st, _due, q, parts) in enumerate(its, 1):
            items.append({"ref": f"{s}.{k}", "section": str(s), "text": para,
                          "status": STATUS[st], "quarter": q, "partners": parts})
    for m, _b, _f, _v, rag, q in MILESTONES:
        items.append({"section": "6", "text": m, "status": STATUS[rag], "quarter": q,
                      "partners": []})
    return {"kind": "programme", "title": TITLE, "date": "2025-10-16",
            "priorities": PRIORITIES, "items": items,
            "grants": [{"grant": "Democratic Renewal Grant", "amount_gbp": 340000,
                        "financial_year": "2025-26"},
                       {"grant": "Diverse Councils Fund", "amount_gbp": 60000,
                        "financial_year": "2025-26"}]}


SEC_PRI = "Programme priorities"
PRI_LEAD = "The programme's priorities for 2025-26 are:"


# ------------------------------------------------------------------ text
def write_txt() -> None:
    out = [ORG, TITLE, ""]
    out += [f"{k}\t{v}" for k, v in COVER] + [""]
    out += ["1.\tSummary", SUMMARY, "", f"2.\t{SEC_PRI}", PRI_LEAD]
    out += [f"•\t{p}" for p in PRIORITIES] + [""]
    for s, (ws, its) in enumerate(WORKSTREAMS, 3):
        out += [f"{s}.\t{ws}", ""]
        for k, (topic, para, st, due, _q, _p) in enumerate(its, 1):
            out += [f"{s}.{k}\t{topic}", para, f"Status: {st}\tDue: {due}", ""]
    out += ["6.\tKey milestones", "\t".join(MCOLS)]
    out += ["\t".join(m[:5]) for m in MILESTONES] + [""]
    out += ["7.\tRisks and issues", "\t".join(RCOLS)] + ["\t".join(r) for r in RISKS] + [""]
    out += ["8.\tFinance"] + FINANCE + ["", "9.\tDecision required", DECISION, ""]
    (OUT / f"{NAME}.txt").write_text("\r\n".join(out), encoding="utf-8")


# ------------------------------------------------------------------ HTML
def write_html() -> None:
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f"<title>Agenda item 5 - {esc(TITLE)}</title></head><body>",
         '<div id="cookie-banner"><p>We use cookies on this site. You can choose which '
         'cookies you accept.</p><button>Accept</button><button>Settings</button></div>',
         '<div id="header"><a href="/">WLGA Committee Papers</a><form role="search">'
         '<input type="search" name="q" placeholder="Search"></form></div>',
         '<ul id="nav"><li><a href="/mgCalendarMonthView.aspx">Calendar</a></li><li>'
         '<a href="/mgListCommittees.aspx">Committees</a></li><li><a href="/ieDocHome.aspx">'
         'Library</a></li></ul>',
         '<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/committee/12">'
         'Democracy Programme Board</a> &gt; Agenda item 5</div>',
         '<div id="content"><p class="agenda-item">Agenda item 5</p>',
         f"<h1>{esc(TITLE)}</h1>", f"<p>{esc(ORG)}</p>", '<table class="cover"><tbody>']
    h += [f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in COVER]
    h += ["</tbody></table>", "<h2>1. Summary</h2>", f"<p>{esc(SUMMARY)}</p>",
          f"<h2>2. {SEC_PRI}</h2>", f"<p>{esc(PRI_LEAD)}</p>", "<ul>"]
    h += [f"<li>{esc(p)}</li>" for p in PRIORITIES] + ["</ul>"]
    for s, (ws, its) in enumerate(WORKSTREAMS, 3):
        h.append(f"<h2>{s}. {esc(ws)}</h2>")
        for k, (topic, para, st, due, _q, _p) in enumerate(its, 1):
            h += [f"<h3>{s}.{k} {esc(topic)}</h3>", f"<p>{esc(para)}</p>",
                  f'<p class="status"><strong>Status:</strong> {esc(st)} | '
                  f"<strong>Due:</strong> {esc(due)}</p>"]
    h += ["<h2>6. Key milestones</h2>", '<table class="milestones"><thead><tr>']
    h += [f"<th>{c}</th>" for c in MCOLS] + ["</tr></thead><tbody>"]
    h += ["<tr>" + "".join(f"<td>{esc(v)}</td>" for v in m[:5]) + "</tr>" for m in MILESTONES]
    h += ["</tbody></table>", "<h2>7. Risks and issues</h2>", "<table><thead><tr>"]
    h += [f"<th>{c}</th>" for c in RCOLS] + ["</tr></thead><tbody>"]
    h += ["<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in RISKS]
    h += ["</tbody></table>", "<h2>8. Finance</h2>"] + [f"<p>{esc(p)}</p>" for p in FINANCE]
    h += ["<h2>9. Decision required</h2>", f"<p>{esc(DECISION)}</p>", "</div>",
          '<div id="footer"><p>Welsh Local Government Association, One Canal Parade, '
          'Dumballs Road, Cardiff CF10 5BF</p><a href="/accessibility">Accessibility</a>'
          "</div></body></html>"]
    (OUT / f"{NAME}.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ Word
def add_multilevel(doc) -> int:
    """Add a multi-level list ("%1." / "%1.%2") to numbering.xml; return its numId."""
    numbering = doc.part.numbering_part.element
    abs_id, num_id = "90", "90"
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), abs_id)
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, text in ((0, "%1."), (1, "%1.%2")):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text),
                         ("w:suff", "tab")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(567 + 284 * ilvl))
        ind.set(qn("w:hanging"), "567")
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abs_id)
    num.append(ref)
    numbering.append(num)
    return int(num_id)


def numbered_heading(doc, text, level, num_id):
    p = doc.add_heading(text, level=level)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level - 2))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else \
        ppr.find(qn("w:pStyle")).addnext(numpr)
    return p


def dtable(doc, head, rows, fill):
    t = doc.add_table(rows=1 if head else 0, cols=len(rows[0]))
    t.style = "Table Grid"
    if head:
        for c, v in zip(t.rows[0].cells, head):
            cell_text(c, v, bold=True, size=9)
            shade(c, fill)
    for r in rows:
        row = t.add_row()
        for c, v in zip(row.cells, r):
            cell_text(c, v, size=9)
    return t


def write_docx() -> None:
    doc = new_docx(font="Calibri", size=11)
    num_id = add_multilevel(doc)
    header_text(doc, "WLGA – Democracy and Member Support Programme")
    footer_page_numbers(doc, f"Highlight report Q2 2025-26 – {DATE}")
    add_par(doc, ORG, bold=True)
    doc.add_heading(TITLE, level=1)
    t = dtable(doc, None, [list(c) for c in COVER], None)
    for row in t.rows:
        shade(row.cells[0], "D9D9D9")
    numbered_heading(doc, "Summary", 2, num_id)
    add_par(doc, SUMMARY)
    numbered_heading(doc, SEC_PRI, 2, num_id)
    add_par(doc, PRI_LEAD)
    for p in PRIORITIES:
        add_par(doc, p, style="List Bullet")
    for ws, its in WORKSTREAMS:
        numbered_heading(doc, ws, 2, num_id)
        for topic, para, st, due, _q, _p in its:
            numbered_heading(doc, topic, 3, num_id)
            add_par(doc, para)
            p = add_par(doc, "Status: ", bold=True)
            p.add_run(st)
            p.add_run("\t")
            p.add_run("Due: ").bold = True
            p.add_run(due)
    numbered_heading(doc, "Key milestones", 2, num_id)
    dtable(doc, MCOLS, [list(m[:5]) for m in MILESTONES], "FCE4D6")
    numbered_heading(doc, "Risks and issues", 2, num_id)
    dtable(doc, RCOLS, [list(r) for r in RISKS], "FCE4D6")
    numbered_heading(doc, "Finance", 2, num_id)
    for f in FINANCE:
        add_par(doc, f)
    numbered_heading(doc, "Decision required", 2, num_id)
    add_par(doc, DECISION)
    doc.save(OUT / f"{NAME}.docx")


# ------------------------------------------------------------------ PDF
PAGES: dict[str, int] = {}
BASE = int(__import__("os").environ.get("BASE", "11"))


class Mark(Flowable):
    """Records the page it is drawn on (to check that the milestone table splits)."""

    def __init__(self, name):
        super().__init__()
        self.name = name

    def wrap(self, *_a):
        return 0, 0

    def draw(self):
        PAGES[self.name] = self.canv.getPageNumber()


class MTable(Table):
    """The milestone table: records every page a part of it is drawn on."""

    def drawOn(self, canvas, x, y, _sW=0):
        PAGES.setdefault("milestone table", []).append(canvas.getPageNumber())
        super().drawOn(canvas, x, y, _sW)

    def split(self, aW, aH):
        parts = super().split(aW, aH)
        return [_cast(p) for p in parts]


def _cast(t):
    t.__class__ = MTable
    return t


def write_pdf() -> None:
    st = pdf_styles(BASE)
    story = [P(f"<b>{esc(ORG)}</b>", st["body"]), P(esc(TITLE), st["title"])]
    story.append(Table([[P(f"<b>{esc(k)}</b>", st["cellb"]), P(esc(v), st["cell"])]
                        for k, v in COVER], colWidths=[40 * mm, 134 * mm],
                       style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (0, -1),
                                                       colors.HexColor("#D9D9D9"))])))
    story += [P("1. Summary", st["h1"]), P(esc(SUMMARY), st["body"]),
              P(f"2. {SEC_PRI}", st["h1"]), P(esc(PRI_LEAD), st["body"])]
    story += [P(f"• {esc(p)}", st["body"]) for p in PRIORITIES]
    for s, (ws, its) in enumerate(WORKSTREAMS, 3):
        story.append(P(f"{s}. {esc(ws)}", st["h1"]))
        for k, (topic, para, stt, due, _q, _p) in enumerate(its, 1):
            story += [P(f"{s}.{k} {esc(topic)}", st["h2"]), P(esc(para), st["body"])]
            story.append(Table([[P("<b>Status:</b>", st["cell"]), P(esc(stt), st["cell"]),
                                 P("<b>Due:</b>", st["cell"]), P(esc(due), st["cell"])]],
                               colWidths=[18 * mm, 30 * mm, 14 * mm, 40 * mm], hAlign="LEFT",
                               style=TableStyle([("BACKGROUND", (0, 0), (-1, -1),
                                                  colors.HexColor("#F2F2F2"))])))
    story += [P("6. Key milestones", st["h1"]), Mark("m0")]
    data = [[P(f"<b>{c}</b>", st["cellb"]) for c in MCOLS]]
    data += [[P(esc(v), st["cell"]) for v in m[:5]] for m in MILESTONES]
    story.append(MTable(data, colWidths=[74 * mm, 26 * mm, 26 * mm, 24 * mm, 24 * mm],
                       repeatRows=1,
                       style=TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                       colors.HexColor("#FCE4D6"))])))
    story += [Mark("m1"), P("7. Risks and issues", st["h1"])]
    data = [[P(f"<b>{c}</b>", st["cellb"]) for c in RCOLS]]
    data += [[P(esc(v), st["cell"]) for v in r] for r in RISKS]
    story.append(Table(data, colWidths=[70 * mm, 20 * mm, 84 * mm],
                       style=TableStyle(list(GRID))))
    story += [P("8. Finance", st["h1"])] + [P(esc(f), st["body"]) for f in FINANCE]
    story += [P("9. Decision required", st["h1"]), P(esc(DECISION), st["body"])]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA – Democracy and Member Support Programme – "
              "Highlight report Q2 2025-26", DATE)
    print("milestone table on pages", PAGES)


if __name__ == "__main__":
    write_txt()
    write_html()
    write_docx()
    write_pdf()
    r = reading()
    print(NAME, len(r["items"]), len(r["priorities"]), len(r["grants"]))
