"""prog35b: a programme report of the SHIPPED KIND by other hands: the WLGA's "Improvement
Programme 2025-26: Annual Report to Council", WLGA Council, 28 November 2025, position at 30
September 2025 (real body; programme, officers and figures invented).

Layout (not tried by earlier corpora: eval11's prog11b had legal numbering with status
SYMBOLS and the items at level 2 as bullets): THREE-LEVEL LEGAL NUMBERING, "1" priority,
"1.1" workstream, "1.1.1" action, the ACTIONS the items and the workstreams only grouping
them; each action's status its LAST SENTENCE, either a tag "Status: complete." / "Status:
in progress." / "Status: not started." / "Status: delayed." or a sentence "This remains on
track for March 2026." / "This has slipped to June 2026 ..."; a "Performance indicators"
table (not items) and a "Financial summary" table `Grant | Funder | 2025-26 allocation |
Spent at 30 Sept` with the WLGA's own contribution and a Total row.

The reading (typed here, before any loader ran): items the 13 actions; text the action
without its number and without a closing "Status: ...." tag sentence (a status SENTENCE in
words is part of the text); section the priority's number; status from the last sentence
(complete done, in progress / remains on track in progress, not started planned, delayed /
slipped at risk); quarter the 2025-26 (or 2026-27) quarter of the date of the outstanding
work, None where no date is given. Priorities the three level-1 headings (not the
workstreams). Grants the two WG grants of the Financial summary, 2025-26; the WLGA core
contribution is the WLGA's own money and the Total a sum. Title as printed; date 2025-11-28.
Forms: .md pandoc's export of the Word file (YAML front matter; Word's list numbers are not
text, so `#` / `##` headings without numbers and actions as "1.  " lists restarting per
workstream; pipe tables); .html the WLGA website (numbers typed into the text, CMS chrome);
.docx Heading 1 / Heading 2 / List Paragraph carrying ONE multi-level list of numbering.xml
(%1 / %1.%2 / %1.%2.%3; numbers not in the text); .pdf the print of the Word file, numbers
printed, running header, Page N of M.
"""
from __future__ import annotations

from common35 import multilevel, numbered, page
from gen_common import (GRID, OUT, P, add_par, build_pdf, cell_text, colors, esc,
                        footer_page_numbers, header_text, mm, new_docx, pdf_styles, shade)
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

NAME = "prog35b-improvement-annual-report-legal-numbering"
TITLE = "Improvement Programme 2025-26: Annual Report to Council"
DATE_PRINTED = "28 November 2025"
INTRO = [("Purpose", "This report sets out progress with the WLGA Improvement Programme "
          "2025-26 at 30 September 2025 against the actions agreed by Council in March 2025, "
          "with the programme's performance indicators and a financial summary."),
         ("Summary", "Of the 13 actions in the delivery plan, four are complete, five are in "
          "progress, two have not started and two are delayed.")]
# priority -> [(workstream, [(action text, status tail, status, quarter, partners)])]
# status tail: a closing tag sentence ("Status: complete.") NOT in the reading's text, or a
# status sentence in words that IS (prefixed "+").
PLAN = [
    ("Leadership and governance", [
        ("Member development", [
            ("Deliver the cabinet members' leadership programme with the LGA; 22 cabinet "
             "members completed the first cohort in July 2025.", "Status: complete.", "done",
             "2025-26 Q2", ["LGA"]),
            ("Publish an e-learning module on the members' code of conduct. The module is being "
             "tested with three councils.", "+This remains on track for March 2026.",
             "in progress", "2025-26 Q4", []),
        ]),
        ("Scrutiny", [
            ("Support scrutiny committees to use performance data, with the Centre for "
             "Governance and Scrutiny. Four councils have taken part since June 2025 and a "
             "further three are booked for January 2026.", "Status: in progress.",
             "in progress", "2025-26 Q4", ["Centre for Governance and Scrutiny"]),
            ("Refresh the statutory scrutiny guidance with the Welsh Government.",
             "+This has slipped to June 2026 because of the Senedd timetable.", "at risk",
             "2026-27 Q1", []),
        ]),
    ]),
    ("Performance and self-assessment", [
        ("Self-assessment", [
            ("Hold a national self-assessment learning event with Audit Wales. The event was "
             "held in Llandrindod Wells on 10 July 2025.", "Status: complete.", "done",
             "2025-26 Q2", ["Audit Wales"]),
            ("Pilot peer review of self-assessment reports in two councils. The first review "
             "will start in February 2026.", "Status: not started.", "planned", "2025-26 Q4",
             []),
        ]),
        ("Performance data", [
            ("Agree a core set of national performance measures with Data Cymru. The measures "
             "were agreed by chief executives in September 2025.", "Status: complete.", "done",
             "2025-26 Q2", ["Data Cymru"]),
            ("Publish a benchmarking dashboard for all 22 councils. Data Cymru is building the "
             "dashboard.", "+This remains on track for March 2026.", "in progress",
             "2025-26 Q4", ["Data Cymru"]),
        ]),
    ]),
    ("Capacity and workforce", [
        ("Leadership capacity", [
            ("Provide mentoring for new chief executives with SOLACE. Five new chief "
             "executives have been matched with mentors.", "Status: in progress.",
             "in progress", None, ["SOLACE"]),
            ("Commission a development programme for heads of democratic services. "
             "Procurement has been delayed and the programme will now start in April 2026.",
             "Status: delayed.", "at risk", "2026-27 Q1", []),
        ]),
        ("Peer support", [
            ("Recruit and train a pool of officer peers. Twelve new officer peers were trained "
             "in May 2025.", "Status: complete.", "done", "2025-26 Q1", []),
            ("Deliver corporate peer challenges in three councils. Two peer challenges were "
             "completed in October 2025 and the third is scheduled for March 2026.",
             "+This remains on track.", "in progress", "2025-26 Q4", []),
            ("Set up a finance peer network with the Society of Welsh Treasurers, to start in "
             "quarter four.", "Status: not started.", "planned", "2025-26 Q4",
             ["Society of Welsh Treasurers"]),
        ]),
    ]),
]
PI_HEAD = ["Indicator", "2024-25", "Target 2025-26", "At 30 Sept 2025"]
PIS = [("Councils taking part in at least one programme activity", "20", "22", "21"),
       ("Members completing development modules", "640", "800", "455"),
       ("Corporate peer challenges completed", "2", "3", "2"),
       ("Councils satisfied with the support received (%)", "87%", "90%", "91%")]
FIN_HEAD = ["Grant", "Funder", "2025-26 allocation", "Spent at 30 Sept"]
FIN = [("Sector-led Improvement Grant", "Welsh Government", "£850,000", "£391,200"),
       ("Scrutiny Development Grant", "Welsh Government", "£120,000", "£47,300"),
       ("WLGA core contribution", "WLGA", "£95,000", "£44,100"),
       ("Total", "", "£1,065,000", "£482,600")]
RECOMMENDATION = "That Council notes the annual report and the financial summary."
SIGNOFF = ["Report author: Gareth Lloyd, Head of Improvement, WLGA",
           "gareth.lloyd@wlga.gov.uk"]


def full(text, tail):
    return text + " " + tail.lstrip("+")


def reading() -> dict:
    items = []
    for i, (_p, wss) in enumerate(PLAN, 1):
        for j, (_w, acts) in enumerate(wss, 1):
            for k, (t, tail, st, q, partners) in enumerate(acts, 1):
                text = full(t, tail) if tail.startswith("+") else t
                items.append({"ref": f"{i}.{j}.{k}", "section": str(i), "text": text,
                              "status": st, "quarter": q, "partners": partners})
    return {"kind": "programme", "title": TITLE, "date": "2025-11-28",
            "priorities": [p for p, _ in PLAN], "items": items,
            "grants": [{"grant": "Sector-led Improvement Grant", "amount_gbp": 850000,
                        "financial_year": "2025-26"},
                       {"grant": "Scrutiny Development Grant", "amount_gbp": 120000,
                        "financial_year": "2025-26"}]}


def walk():
    """(level, number, text) of the numbered parts."""
    for i, (p, wss) in enumerate(PLAN, 1):
        yield 0, f"{i}", p
        for j, (w, acts) in enumerate(wss, 1):
            yield 1, f"{i}.{j}", w
            for k, (t, tail, *_r) in enumerate(acts, 1):
                yield 2, f"{i}.{j}.{k}", full(t, tail)


def write_md() -> None:
    out = ["---", f'title: "{TITLE}"', f'date: "{DATE_PRINTED}"',
           "author: Gareth Lloyd", "---", ""]
    for h, t in INTRO:
        out += [f"**{h}**", ""] + _wrap(t, 72, "") + [""]
    n = 0
    for level, _no, text in walk():
        if level == 0:
            out += [f"# {text}", ""]
        elif level == 1:
            out += [f"## {text}", ""]
            n = 0
        else:
            n += 1
            wrapped = _wrap(text, 72, "    ")
            out += [f"{n}.  " + wrapped[0]] + wrapped[1:] + [""]
    out += ["# Performance indicators", ""]
    out += ["  " + "  ".join(h.ljust(w) for h, w in zip(PI_HEAD, (56, 8, 15, 16))),
            "  " + "  ".join("-" * w for w in (56, 8, 15, 16))]
    out += ["  " + "  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                             for i, (c, w) in enumerate(zip(r, (56, 8, 15, 16)))) for r in PIS]
    out += ["", "# Financial summary", ""]
    out += ["| " + " | ".join(FIN_HEAD) + " |", "|---|---|--:|--:|"]
    out += ["| " + " | ".join(f"**{c}**" if r[0] == "Total" and c else c for c in r) + " |"
            for r in FIN]
    out += ["", "# Recommendation", ""] + _wrap(RECOMMENDATION, 72, "") + [""] + [s + "\\" for s in SIGNOFF[:-1]] \
        + [SIGNOFF[-1]]
    (OUT / f"{NAME}.md").write_text("\n".join(out) + "\n", encoding="utf-8")


def _wrap(text, width, indent):
    import textwrap
    lines = textwrap.wrap(text, width)
    return [lines[0]] + [indent + x for x in lines[1:]]


def write_html() -> None:
    body = [f"<h1>{esc(TITLE)}</h1>", '<p class="meta">WLGA Council – <time datetime='
            f'"2025-11-28">{DATE_PRINTED}</time></p>']
    for h, t in INTRO:
        body += [f"<h2>{esc(h)}</h2>", f"<p>{esc(t)}</p>"]
    for level, no, text in walk():
        if level == 0:
            body.append(f"<h2>{no} {esc(text)}</h2>")
        elif level == 1:
            body.append(f"<h3>{no} {esc(text)}</h3>")
        else:
            body.append(f'<p class="action">{no} {esc(text)}</p>')
    body += ["<h2>Performance indicators</h2>", '<table class="data"><thead><tr>'
             + "".join(f"<th>{esc(h)}</th>" for h in PI_HEAD) + "</tr></thead><tbody>"]
    body += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in PIS]
    body += ["</tbody></table>", "<h2>Financial summary</h2>", '<table class="data"><thead><tr>'
             + "".join(f"<th>{esc(h)}</th>" for h in FIN_HEAD) + "</tr></thead><tbody>"]
    for r in FIN:
        tag = "th" if r[0] == "Total" else "td"
        body.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
    body += ["</tbody></table>", "<h2>Recommendation</h2>", f"<p>{esc(RECOMMENDATION)}</p>",
             "<p>" + "<br>".join(esc(s) for s in SIGNOFF) + "</p>"]
    (OUT / f"{NAME}.html").write_text(page(
        TITLE, "WLGA", ["Home", "About us", "WLGA Council", "Council papers"], body,
        ["About us", "Our work", "News", "Publications", "Contact"],
        "Welsh Local Government Association, One Canal Parade, Dumballs Road, Cardiff, "
        "CF10 5BF"), encoding="utf-8")


def table(doc, head, rows):
    tb = doc.add_table(rows=1, cols=len(head))
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, head):
        cell_text(c, h, bold=True)
        shade(c, "DEEAF6")
    for r in rows:
        for c, x in zip(tb.add_row().cells, r):
            cell_text(c, x, bold=r[0] == "Total")
    add_par(doc)


def write_docx() -> None:
    doc = new_docx(font="Arial", size=11)
    header_text(doc, "WLGA COUNCIL – 28 NOVEMBER 2025 – ITEM 7")
    footer_page_numbers(doc, "Improvement Programme 2025-26: Annual Report")
    doc.add_heading(TITLE, level=0)
    add_par(doc, DATE_PRINTED)
    for h, t in INTRO:
        add_par(doc, h, bold=True)
        add_par(doc, t)
    nid = multilevel(doc, ["%1", "%1.%2", "%1.%2.%3"])
    for level, _no, text in walk():
        if level < 2:
            p = doc.add_heading(text, level=level + 1)
        else:
            p = add_par(doc, text, style="List Paragraph")
        numbered(p, nid, level)
    doc.add_heading("Performance indicators", level=1)
    table(doc, PI_HEAD, PIS)
    doc.add_heading("Financial summary", level=1)
    table(doc, FIN_HEAD, FIN)
    doc.add_heading("Recommendation", level=1)
    add_par(doc, RECOMMENDATION)
    for s in SIGNOFF:
        add_par(doc, s)
    doc.save(OUT / f"{NAME}.docx")


def write_pdf() -> None:
    st = pdf_styles(10)
    hang = ParagraphStyle("hang", parent=st["body"], leftIndent=40, firstLineIndent=-40)
    story = [P(esc(TITLE), st["title"]), P(DATE_PRINTED, st["body"])]
    for h, t in INTRO:
        story += [P(f"<b>{esc(h)}</b>", st["body"]), P(esc(t), st["body"])]
    for level, no, text in walk():
        if level == 0:
            story.append(P(f"{no}&nbsp;&nbsp;&nbsp;{esc(text)}", st["h1"]))
        elif level == 1:
            story.append(P(f"{no}&nbsp;&nbsp;&nbsp;{esc(text)}", st["h2"]))
        else:
            story.append(P(f"{no}&nbsp;&nbsp;&nbsp;{esc(text)}", hang))

    def tbl(head, rows, widths):
        data = [[P(f"<b>{esc(h)}</b>", st["cell"]) for h in head]]
        data += [[P(f"<b>{esc(c)}</b>" if r[0] == "Total" else esc(c), st["cell"]) for c in r]
                 for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(list(GRID) + [("BACKGROUND", (0, 0), (-1, 0),
                                                 colors.HexColor("#DEEAF6"))]))
        return t
    story += [P("Performance indicators", st["h1"]),
              tbl(PI_HEAD, PIS, [88 * mm, 22 * mm, 30 * mm, 34 * mm]),
              P("Financial summary", st["h1"]),
              tbl(FIN_HEAD, FIN, [62 * mm, 40 * mm, 36 * mm, 36 * mm]),
              P("Recommendation", st["h1"]), P(esc(RECOMMENDATION), st["body"])]
    story += [P(esc(s), st["body"]) for s in SIGNOFF]
    build_pdf(OUT / f"{NAME}.pdf", story, "WLGA Council – 28 November 2025 – Item 7",
              "Improvement Programme 2025-26: Annual Report")


if __name__ == "__main__":
    write_md()
    write_html()
    write_docx()
    write_pdf()
    print(NAME, len(reading()["items"]))
